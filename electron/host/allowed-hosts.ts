import type { IncomingMessage } from 'node:http';

/** The names this machine answers to on its loopback interface, in every mode. */
export const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

/** `192.168.1.5` stays as is; an IPv6 address gets its brackets (`[fe80::1]`), as in a Host header. */
export function hostnameOf(address: string): string {
  return address.includes(':') && !address.startsWith('[') ? `[${address.toLowerCase()}]` : address.toLowerCase();
}

/**
 * DNS-rebinding and cross-site guard, applied to every request before anything else. The Host
 * header must name this machine (`localhost`, a loopback address, or one of the addresses the host
 * is serving on, `extraHostnames`) with the port the request actually arrived on; an Origin header,
 * when a browser sends one, must be that same `http://host:port`. A page on another site, or one
 * whose host name was rebound to this laptop, therefore never reaches the API or the app.
 */
export function isAllowedRequest(req: IncomingMessage, extraHostnames: Iterable<string>): boolean {
  const host = (req.headers.host ?? '').toLowerCase();
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):(\d{1,5})$/.exec(host);
  if (!m) return false;
  const [, name, port] = m;
  if (Number(port) !== req.socket.localPort) return false;
  const allowed = new Set<string>(LOOPBACK_HOSTNAMES);
  for (const h of extraHostnames) allowed.add(hostnameOf(h));
  if (!allowed.has(name)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin.toLowerCase() === `http://${host}`;
}
