import { useTranslation } from 'react-i18next';
import type { FileReading } from '../../shared/model';

/**
 * How the services read an imported file, said once beside its preview: "Read as Windows-1252
 * (Western European, ANSI), columns separated by semicolons." Shown for every file, so a person
 * whose accents look wrong knows which encoding was used.
 */
export function FileReadingNote({ fileName, reading }: { fileName: string; reading: FileReading | null | undefined }) {
  const { t } = useTranslation();
  if (!reading) return null;
  const encoding = t(`fileReading.encoding.${reading.encoding}`);
  const text = reading.delimiter
    ? t('fileReading.csv', { file: fileName, encoding, delimiter: t(`fileReading.delimiter.${reading.delimiter === '\t' ? 'tab' : reading.delimiter === ';' ? 'semicolon' : 'comma'}`) })
    : t('fileReading.text', { file: fileName, encoding });
  return (
    <p className="muted file-reading" data-testid="file-reading">
      {text}
    </p>
  );
}

/** A chosen file's bytes, as base64 for the contract (the one typed client sends them raw over HTTP). */
export async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
