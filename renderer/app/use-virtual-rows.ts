import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

/** Lists up to this many rows render every row (find-in-page and screen readers see all); longer ones render the visible rows. */
export const VIRTUALIZE_ABOVE = 150;

export interface VirtualRows {
  /** Put on the scrolling element that holds the rows (a fixed-height box with overflow: auto). */
  scrollRef: React.RefObject<HTMLDivElement | null>;
  /** The indexes of the rows to render, in order. */
  indexes: number[];
  /** Pixels of rows not rendered above and below: give them to spacer rows so the scrollbar is true. */
  padTop: number;
  padBottom: number;
  /** Give to each rendered row's ref (with `data-index`) so rows of varying height are measured. */
  measure: ((el: Element | null) => void) | undefined;
  virtual: boolean;
}

/**
 * Row windowing for long lists and tables (@tanstack/react-virtual): only the rows in view, plus a
 * few either side, are in the DOM, so 10,000 rows render and scroll like 30. Rows keep their
 * list or table semantics; callers set `aria-rowcount`/`aria-rowindex` (tables) or
 * `aria-setsize`/`aria-posinset` (lists) so assistive technology hears the true size.
 * @param count number of rows
 * @param estimate a row's usual height in px (measured rows replace it)
 * @param options.fixed every row is exactly `estimate` px tall (CSS makes it so): rows are not
 *   measured, so opening and scrolling never force a layout per row.
 */
export function useVirtualRows(count: number, estimate: number, options: { fixed?: boolean } = {}): VirtualRows {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = count > VIRTUALIZE_ABOVE;
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    enabled: virtual,
    getScrollElement: () => (virtual ? scrollRef.current : null),
    estimateSize: () => estimate,
    overscan: 6,
  });
  if (!virtual) return { scrollRef, indexes: Array.from({ length: count }, (_, i) => i), padTop: 0, padBottom: 0, measure: undefined, virtual };
  const items = virtualizer.getVirtualItems();
  const padTop = items.length > 0 ? items[0].start : 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  return { scrollRef, indexes: items.map((i) => i.index), padTop, padBottom, measure: options.fixed ? undefined : virtualizer.measureElement, virtual };
}
