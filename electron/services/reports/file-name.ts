/** Report file names: the subject, who the report is for, its language and the date it is about. */

/**
 * The audience as a file name says it, in the report's language: "public"/"publico",
 * "internal"/"interno", and for an internal report that keeps residents' or participants' personal
 * details "internal-with-personal-details"/"interno-con-datos-personales", so the two internal
 * versions never overwrite each other and the sensitive one says what it holds.
 */
export function audienceLabel(language: 'en' | 'es', audience: 'public' | 'internal', withPersonalDetails = false): string {
  const personal = audience === 'internal' && withPersonalDetails;
  if (language === 'es') return audience === 'internal' ? (personal ? 'interno-con-datos-personales' : 'interno') : 'publico';
  return personal ? 'internal-with-personal-details' : audience;
}

/** The audience label of an export request (its audience and whether it keeps personal details). */
export function requestAudienceLabel(language: 'en' | 'es', request: { audience: 'public' | 'internal'; includePersonalDetails?: boolean }): string {
  return audienceLabel(language, request.audience, request.includePersonalDetails === true);
}

const slugPart = (part: string): string =>
  part
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '')
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * A file name that is safe on every system: letters of any script, digits, dashes; ending with
 * the date the report is about (the event's date, a `YYYY-MM-DD` string) or, without one, `date`.
 * At most 100 characters before the date: a long title is shortened, never the audience or language
 * parts after it (they are what tell two exports apart).
 */
export function reportFileName(parts: string[], date: Date | string): string {
  const slugs = parts.map(slugPart).filter(Boolean);
  let longest = 0;
  slugs.forEach((s, i) => {
    if (s.length > slugs[longest].length) longest = i;
  });
  const others = slugs.reduce((n, s, i) => (i === longest ? n : n + s.length + 1), 0);
  if (slugs.length > 0) slugs[longest] = slugs[longest].slice(0, Math.max(12, 100 - others)).replace(/-$/, '');
  const slug = slugs.join('-').slice(0, 120);
  const day = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : (date instanceof Date ? date : new Date()).toISOString().slice(0, 10);
  return `${slug || 'report'}-${day}.pdf`;
}
