/**
 * Tagged-PDF helpers over pdfkit's structure API: real content goes into structure
 * elements (H1, P, Table, ...), decoration and page furniture are marked as Artifact.
 */

export interface StructOptions {
  title?: string;
  lang?: string;
  alt?: string;
  actual?: string;
}

/** Creates `type` under `parent`, draws its content as marked content, returns the element (ended). */
export function tagged(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  type: string,
  draw: () => void,
  options: StructOptions = {},
): PDFKit.PDFStructureElement {
  const el = doc.struct(type, options);
  parent.add(el);
  addContent(doc, el, type, draw);
  el.end();
  return el;
}

/** Adds one more piece of marked content to an open element (e.g. a cell continued on a new page). */
export function addContent(doc: PDFKit.PDFDocument, el: PDFKit.PDFStructureElement, type: string, draw: () => void): void {
  const content = doc.markStructureContent(type);
  draw();
  doc.endMarkedContent();
  el.add(content);
}

/** An open (not yet ended) child element; call `.end()` when its children are complete. */
export function openElement(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  type: string,
  options: StructOptions = {},
): PDFKit.PDFStructureElement {
  const el = doc.struct(type, options);
  parent.add(el);
  return el;
}

export function artifact(doc: PDFKit.PDFDocument, draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}
