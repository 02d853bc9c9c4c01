import type { MessageParams } from '../../shared/model';

type Translate = (key: string, params?: MessageParams) => string | null;
let translate: Translate | null = null;

/** Set once by the i18n setup: how a service message's key becomes a sentence in the UI's language. */
export function setServerMessageTranslator(fn: Translate): void {
  translate = fn;
}

/**
 * A message from the services (an error, an import row problem) in the UI's language when the
 * catalog knows its key (`serverMessages.<key>`), else the services' English sentence.
 */
export function localizedServerMessage(m: { message: string; key?: string; params?: MessageParams }): string {
  if (m.key && translate) {
    const text = translate(m.key, m.params);
    if (text) return text;
  }
  return m.message;
}
