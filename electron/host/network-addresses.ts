import { networkInterfaces } from 'node:os';

/**
 * The laptop's addresses on the networks it is connected to (Wi-Fi, Ethernet, its own hotspot):
 * every non-internal IPv4 address. A room is served on these. IPv6 is left out on purpose: phones
 * on a venue's Wi-Fi reach an IPv4 address, and link-local IPv6 needs a zone id no phone can type.
 */
export function listNetworkAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (!a.internal && a.family === 'IPv4') out.push(a.address);
  }
  return [...new Set(out)];
}
