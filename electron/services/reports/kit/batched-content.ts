/**
 * Page content written in one piece. pdfkit turns every content operator it is given (each glyph
 * run, rule, colour, marked-content tag) into its own byte array as it arrives: a 100-page report
 * makes hundreds of thousands of tiny arrays, and the garbage collector and the copies took a third
 * of a report's time. Here each page's content stream keeps the operator strings and converts
 * them once, joined, when pdfkit ends the page. The bytes are the same; only the number of
 * conversions changes. Works for pages added later and for pages revisited with switchToPage.
 */
interface ContentStream {
  write(chunk: unknown): void;
  end(chunk?: unknown): void;
}

interface PageLike {
  content: ContentStream;
}

const batched = new WeakSet<ContentStream>();

function batch(content: ContentStream): void {
  if (batched.has(content)) return;
  batched.add(content);
  const write = content.write.bind(content);
  const end = content.end.bind(content);
  let pending: string[] = [];
  const flush = () => {
    // pdfkit adds '\n' after each chunk it converts: joining with '\n' and converting once (it
    // adds the last '\n') gives the same bytes.
    if (pending.length > 0) write(pending.join('\n'));
    pending = [];
  };
  content.write = (chunk: unknown) => {
    if (typeof chunk === 'string') pending.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  content.end = (chunk?: unknown) => {
    if (chunk !== undefined && chunk !== null) content.write(chunk);
    flush();
    end();
  };
}

/** Batches the content of every page `doc` adds from now on (call right after creating it). */
export function batchPageContent(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as { page?: PageLike; on(event: 'pageAdded', fn: () => void): void };
  if (d.page) batch(d.page.content);
  d.on('pageAdded', () => {
    if (d.page) batch(d.page.content);
  });
}
