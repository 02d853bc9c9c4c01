/**
 * A new clientId for a create (shared/model/versioned.ts): a random UUID v4. Uses
 * `crypto.randomUUID` where the page is a secure context (127.0.0.1, the desktop app) and builds
 * one from `crypto.getRandomValues` elsewhere (a phone or laptop joining over the venue's network
 * on plain http), so every device can make one.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
