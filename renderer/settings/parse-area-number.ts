/** What a person typed in a number box: empty → undefined (let the server choose), else a whole number or 'invalid'. */
export function parseAreaNumber(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  return value >= 1 && value <= 100000 ? value : 'invalid';
}
