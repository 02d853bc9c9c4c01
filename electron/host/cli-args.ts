import { join, resolve } from 'node:path';
import { DATA_FILE_NAME, userDataFolder } from '../services/user-data-folder';

export interface HostArgs {
  port: number;
  host: string;
  lan: boolean;
  dataFile: string;
}

export const USAGE = `Usage: npm run serve -- [--port <n>] [--data <file>] [--lan]
  --port <n>     port to listen on (default 4870; 0 picks a free one). Never changed silently.
  --data <file>  the data file (default: ${join(userDataFolder(), DATA_FILE_NAME)})
  --lan          also serve other machines on this network (default: this machine only)`;

export function parseHostArgs(argv: string[]): HostArgs {
  const args: HostArgs = { port: 4870, host: '127.0.0.1', lan: false, dataFile: join(userDataFolder(), DATA_FILE_NAME) };
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
    else if (a === '--lan') {
      args.lan = true;
      args.host = '0.0.0.0';
    } else if (a === '--strictPort') {
      /* always strict: accepted for tools that pass it */
    } else if (a === '--help' || a === '-h') throw new Error(USAGE);
    else throw new Error(`Unknown option ${a}.\n${USAGE}`);
  }
  return args;
}
