import type { FileReading, MessageParams } from '../../model';
import { detectCsvDelimiter } from './csv-delimiter';
import { decodeFile, ENCODING_LABELS } from './decode-file';

/** A problem with an imported file as a whole, or with one of its lines; `key` names it in the UI's catalogs (serverMessages.<key>). */
export interface FileProblem {
  line: number | null;
  message: string;
  key: string;
  params: MessageParams;
}

export interface ImportText {
  text: string;
  reading: FileReading;
  /** Refusals: the file cannot be imported as it is (binary, text already damaged). */
  problems: FileProblem[];
}

/**
 * Every import's first step: the file's bytes through the one decoder (decode-file.ts), the CSV
 * delimiter found for `kind: 'csv'`, and the problems that refuse the file, each naming the file,
 * the line and what to do. U+FFFD left in the text (a file damaged before it reached Convene)
 * refuses it, naming the lines: it is never stored silently.
 */
export function readImportText(bytes: Uint8Array, fileName: string, kind: 'csv' | 'yaml' | 'json'): ImportText {
  const decoded = decodeFile(bytes);
  const text = decoded.text;
  const reading: FileReading = { encoding: decoded.encoding, delimiter: kind === 'csv' ? detectCsvDelimiter(text) : null };
  const problems: FileProblem[] = [];
  const file = fileName || 'the file';
  if (decoded.binary) {
    problems.push({
      line: null,
      key: 'import.file.binary',
      params: { file },
      message: `${file} is not a text file: it holds binary data (a spreadsheet workbook, an image or a zip?). Save it as "CSV UTF-8" (or YAML for a scenario) and choose that file.`,
    });
  } else if (decoded.replacementLines.length > 0) {
    const lines = decoded.replacementLines.slice(0, 10).join(', ');
    problems.push({
      line: decoded.replacementLines[0],
      key: 'import.file.replacementChar',
      params: { file, lines, encoding: ENCODING_LABELS[decoded.encoding] },
      message: `${file}, line ${lines}: the text holds "\uFFFD" where letters were lost before the file reached Convene (it was saved in another encoding earlier). Correct those letters in the file, save it as "CSV UTF-8", and import it again.`,
    });
  }
  return { text, reading, problems };
}

/** "Windows-1252 (Western European, ANSI), columns separated by semicolons": for logs and English messages. */
export function describeReading(reading: FileReading): string {
  const sep = reading.delimiter === ';' ? 'semicolons' : reading.delimiter === '\t' ? 'tabs' : reading.delimiter === ',' ? 'commas' : null;
  return `${ENCODING_LABELS[reading.encoding]}${sep ? `, columns separated by ${sep}` : ''}`;
}

/**
 * The header row of a CSV file's bytes, read as the services will read it (same decoder, same
 * delimiter): what a column-mapping step offers before the file is sent.
 */
export function peekCsvHeaders(bytes: Uint8Array): { headers: string[]; reading: FileReading } {
  const decoded = decodeFile(bytes);
  const delimiter = detectCsvDelimiter(decoded.text);
  const firstLine = firstRecord(decoded.text);
  const headers = splitRecord(firstLine, delimiter).map((h) => h.trim()).filter(Boolean);
  return { headers, reading: { encoding: decoded.encoding, delimiter } };
}

/** The first CSV record (a quoted header may hold a line break). */
function firstRecord(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return text.slice(0, i);
  }
  return text;
}

function splitRecord(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out;
}
