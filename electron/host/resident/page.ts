import type { PublicQuestion } from '../../../shared/contract';
import { RESIDENT_QUESTION_MAX_CHARS } from '../../../shared/model';
import { fill, RESIDENT_CATALOGS, type ResidentCatalog } from './catalogs';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Small, readable on a phone in sunlight, no web fonts, works back to old Android browsers. */
const STYLE = `body{font:18px/1.45 -apple-system,Roboto,"Segoe UI",Arial,sans-serif;margin:0;color:#111;background:#fff}
main{max-width:36em;margin:0 auto;padding:12px 16px 40px}h1{font-size:1.5em;margin:.4em 0}h2{font-size:1.2em;margin:1.4em 0 .4em}
label{display:block;font-weight:bold;margin:.8em 0 .2em}textarea,select{width:100%;box-sizing:border-box;font:inherit;padding:8px;border:2px solid #555;border-radius:6px}
textarea{min-height:6em}button{font:inherit;font-weight:bold;padding:10px 18px;border-radius:6px;border:2px solid #0b5394;background:#0b5394;color:#fff;margin-top:10px}
button[disabled]{background:#ddd;color:#333;border-color:#999}.left{font-size:.85em;color:#444}.left.over{color:#a00000;font-weight:bold}
.status{min-height:1.4em;margin:.6em 0;font-weight:bold}.status.ok{color:#1b5e20}.status.error{color:#a00000}.status.wait{color:#7a4f00}
ul{list-style:none;padding:0}li{border-top:1px solid #ccc;padding:10px 0}li p{margin:0 0 6px}.count{margin-inline-end:12px;color:#333}
.langs a{margin-inline-end:12px}.empty{color:#555}`;

export interface ResidentPageModel {
  code: string;
  language: string;
  languages: string[];
  title: string;
  topics: { id: string; name: string }[];
  areas: { id: string; name: string }[];
  questions: PublicQuestion[];
  /** Ids of the shown questions this phone already said "me too" to: their button says so. */
  supported: ReadonlySet<string>;
  notice?: { text: string; kind: 'ok' | 'error' };
}

function questionItem(q: PublicQuestion, t: ResidentCatalog, base: string, supported: boolean): string {
  const button = supported
    ? `<button type="button" disabled aria-pressed="true">${escape(t.meTooDone)}</button>`
    : `<form method="post" action="${base}/support" style="display:inline"><input type="hidden" name="questionId" value="${escape(q.id)}"><button type="submit">${escape(t.meToo)}</button></form>`;
  return `<li data-id="${escape(q.id)}"><p>${escape(q.text)}</p><span class="count">${escape(fill(t.raised, q.raised))}</span>${button}</li>`;
}

/**
 * The residents' page for one room (`GET /r/<code>`): server-rendered HTML in the phone's language,
 * a plain form that works without script, the shown questions with "me too", and one small script.
 * No app bundle, no images, no fonts: a few kilobytes (tested under 60 KB with 300 questions).
 */
export function renderResidentPage(m: ResidentPageModel): string {
  const t = RESIDENT_CATALOGS[m.language] ?? RESIDENT_CATALOGS.en;
  const base = `/r/${m.code}`;
  const options = (items: { id: string; name: string }[]) => `<option value="">${escape(t.none)}</option>${items.map((i) => `<option value="${escape(i.id)}">${escape(i.name)}</option>`).join('')}`;
  const langs = m.languages
    .map((code) => (code === m.language ? `<strong lang="${code}">${escape(RESIDENT_CATALOGS[code].name)}</strong>` : `<a href="${base}?lang=${code}" lang="${code}" hreflang="${code}">${escape(RESIDENT_CATALOGS[code].name)}</a>`))
    .join(' ');
  const text = JSON.stringify({ ...t, name: undefined }).replace(/</g, '\\u003c');
  const list = m.questions.length > 0 ? m.questions.map((q) => questionItem(q, t, base, m.supported.has(q.id))).join('') : `<li class="empty">${escape(t.nothingShown)}</li>`;
  return `<!doctype html>
<html lang="${m.language}" dir="${t.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(t.title)} · ${escape(m.title)}</title><style>${STYLE}</style></head>
<body><main id="room" data-base="${base}" data-lang="${m.language}" data-text="${escape(text)}">
<nav class="langs" aria-label="${escape(t.language)}">${langs}</nav>
<h1>${escape(t.title)}</h1><p>${escape(m.title)}</p><p>${escape(t.intro)}</p>
<form id="ask" method="post" action="${base}/questions?lang=${m.language}">
<label for="q">${escape(t.question)}</label><textarea id="q" name="text" maxlength="${RESIDENT_QUESTION_MAX_CHARS * 2}" required></textarea>
<div id="left" class="left" aria-live="polite"></div>
${m.topics.length > 0 ? `<label for="topic">${escape(t.topic)}</label><select id="topic" name="topic">${options(m.topics)}</select>` : ''}
${m.areas.length > 0 ? `<label for="area">${escape(t.area)}</label><select id="area" name="area">${options(m.areas)}</select>` : ''}
<button type="submit">${escape(t.send)}</button>
</form>
<p id="status" class="status${m.notice ? ` ${m.notice.kind}` : ''}" role="status" aria-live="polite">${m.notice ? escape(m.notice.text) : ''}</p>
<h2>${escape(t.shownTitle)}</h2>
<ul id="shown" aria-live="polite">${list}</ul>
</main><script src="${base}/page.js"></script></body></html>`;
}

/** A page with one sentence (closed room, unknown code), in the phone's language. */
export function renderResidentMessage(language: string, sentence: string): string {
  const t = RESIDENT_CATALOGS[language] ?? RESIDENT_CATALOGS.en;
  return `<!doctype html><html lang="${language}" dir="${t.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Convene</title><style>${STYLE}</style></head><body><main><h1>Convene</h1><p>${escape(sentence)}</p></main></body></html>`;
}
