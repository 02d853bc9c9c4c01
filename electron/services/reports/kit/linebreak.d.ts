/** Types for `linebreak` (Unicode line breaking, UAX #14), the package pdfkit itself uses. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
