import { join, resolve } from 'node:path';
import { isIPv4 } from 'node:net';
import { DATA_FILE_NAME, userDataFolder } from '../services/user-data-folder';

export interface HostArgs {
  port: number;
  /** Always loopback: the laptop's own browser. A room is served on network addresses only while it is open. */
  host: string;
  dataFile: string;
  /** The addresses a room is served on; empty means every network address of this laptop. */
  roomAddresses: string[];
}

export const USAGE = `Usage: npm run serve -- [--port <n>] [--data <file>] [--room-address <ip>]...
  --port <n>            port to listen on (default 4870; 0 picks a free one). Never changed silently.
  --data <file>         the data file (default: ${join(userDataFolder(), DATA_FILE_NAME)})
  --room-address <ip>   serve open rooms on this IPv4 address only (repeatable; default: every
                        network address of this laptop). Nothing but this laptop can reach
                        Convene until a town hall is opened to the room.`;

export function parseHostArgs(argv: string[]): HostArgs {
  const args: HostArgs = { port: 4870, host: '127.0.0.1', dataFile: join(userDataFolder(), DATA_FILE_NAME), roomAddresses: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value.\n${USAGE}`);
      return v;
    };
    if (a === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535.\n${USAGE}`);
      args.port = port;
    } else if (a === '--data') args.dataFile = resolve(value());
    else if (a === '--room-address') {
      const ip = value();
      if (!isIPv4(ip)) throw new Error(`--room-address must be an IPv4 address such as 192.168.1.20 (got ${ip}).\n${USAGE}`);
      args.roomAddresses.push(ip);
    } else if (a === '--lan') {
      throw new Error(`--lan is gone: it let anyone on the network read every resident's details. Open a town hall to the room instead (Town halls → Open to the room); only invited devices get in.\n${USAGE}`);
    } else if (a === '--strictPort') {
      /* always strict: accepted for tools that pass it */
    } else if (a === '--help' || a === '-h') throw new Error(USAGE);
    else throw new Error(`Unknown option ${a}.\n${USAGE}`);
  }
  return args;
}
