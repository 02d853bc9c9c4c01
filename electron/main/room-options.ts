import { isIPv4 } from 'node:net';
import { DEFAULT_ROOM_PORT } from '../host/room-hub';

export interface DesktopRoomOptions {
  /** The port a room is served on (`--room-port <n>`, default 4870). */
  port: number;
  /** `--room-address <ip>` (repeatable): serve rooms on these IPv4 addresses only; empty: every network address. */
  addresses: string[];
  /** What was wrong on the command line, to log (the option is then ignored, never fatal). */
  problems: string[];
}

/**
 * The desktop app's room options from its command line, the same ones the browser host takes
 * (`--room-address`, and `--room-port` since the desktop app has no `--port`). A bad value is
 * reported and ignored: the app still opens, and a room can still be served on the defaults.
 */
export function desktopRoomOptions(argv: readonly string[]): DesktopRoomOptions {
  const out: DesktopRoomOptions = { port: DEFAULT_ROOM_PORT, addresses: [], problems: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name !== '--room-address' && name !== '--room-port') continue;
    const value = inline ?? argv[++i];
    if (name === '--room-address') {
      if (value && isIPv4(value)) out.addresses.push(value);
      else out.problems.push(`--room-address must be an IPv4 address such as 192.168.1.20 (got ${value ?? 'nothing'}); ignored.`);
    } else {
      const port = Number(value);
      if (Number.isInteger(port) && port >= 1 && port <= 65535) out.port = port;
      else out.problems.push(`--room-port must be a number from 1 to 65535 (got ${value ?? 'nothing'}); rooms use ${DEFAULT_ROOM_PORT}.`);
    }
  }
  return out;
}
