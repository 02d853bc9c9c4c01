// Writes a generated gaps workspace (tests/bench/gaps-data.ts) to a data file, for end-to-end tests
// whose loader cannot import shared/logic directly: `tsx tests/support/write-gaps-workspace.ts <file> <services> <needs> <links>`.
import { writeFileSync } from 'node:fs';
import { benchWorkspace } from '../bench/gaps-data';

const [file, services, needs, links] = process.argv.slice(2);
writeFileSync(file, JSON.stringify(benchWorkspace({ services: Number(services), needs: Number(needs), links: Number(links) })));
