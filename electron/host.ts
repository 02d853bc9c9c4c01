import { join } from 'node:path';
import { parseHostArgs } from './host/cli-args';
import { createHostServer } from './host/server';
import { StaffSessions } from './host/sessions';
import { openWorkspace } from './services/open-workspace';
import { warmReportPool } from './services/reports/export';

/** `npm run serve`: the browser host. Prints the URL and data file, or a plain reason it cannot start. */
async function main(): Promise<void> {
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  let ctx;
  try {
    ctx = await openWorkspace(args.dataFile, 'Convene browser host', (m) => console.log(`Convene: ${m}`));
  } catch (error) {
    console.error(`Convene cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
  if (ctx.store.recovery) {
    const r = ctx.store.recovery;
    // stdout, like the URL line after it, so a reader sees the two in order.
    console.log(`Convene: ${r.kind === 'journal' ? 'REPAIRED CHANGE JOURNAL.' : 'RECOVERED DATA FILE.'} ${r.summary ?? r.reason}`);
  }
  const sessions = new StaffSessions();
  const server = createHostServer({
    ctx,
    staticDir: join(import.meta.dirname, '../renderer'),
    sessions,
    roomAddresses: args.roomAddresses.length > 0 ? () => args.roomAddresses : undefined,
    log: (m) => console.log(m),
  });
  server.on('error', async (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Convene cannot start: port ${args.port} is already in use. Pick another with --port.`
        : `Convene cannot start: ${error.message}`,
    );
    await ctx.store.close();
    process.exit(1);
  });
  server.listen(args.port, args.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : args.port;
    // One write, so a reader that sees the URL also sees the data file.
    // The token is this run's staff secret (a new one every start): the page trades it for a cookie.
    console.log(`Convene is running at http://127.0.0.1:${port}/?token=${sessions.token}\nData file: ${args.dataFile}`);
    warmReportPool(ctx.fontsDir);
  });
  // Once, however many signals arrive: a terminal signals the whole process group and the
  // launcher passes the signal on too, and a second stop must not exit while the first is still
  // folding the journal into the data file (it left a temporary file and an unfolded journal).
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await ctx.room?.stop();
      server.close();
      server.closeAllConnections();
      await ctx.store.close();
      process.exit(0);
    })());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
