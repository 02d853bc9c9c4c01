/** The Convene report look: page geometry, palette, type sizes. Change the look here only. */
export const theme = {
  page: {
    size: 'LETTER' as const,
    width: 612,
    height: 792,
    margins: { top: 72, bottom: 66, left: 54, right: 54 },
    /** Baselines of the running header and footer, measured from the page edge. */
    headerY: 34,
    footerFromBottom: 44,
  },
  colors: {
    text: '#1f2933',
    muted: '#5b6775',
    accent: '#1c5d8c',
    rule: '#cbd2d9',
    tableHeaderBg: '#e3e7ec',
    zebra: '#f4f6f8',
    axis: '#8a96a3',
  },
  size: {
    title: 26,
    subtitle: 14,
    h1: 17,
    h2: 13.5,
    h3: 11.5,
    body: 10.5,
    table: 9,
    small: 8.5,
  },
  lineGap: 2.5,
  paragraphGap: 7,
  cellPadding: { x: 5, y: 4 },
} as const;

export type Theme = typeof theme;
