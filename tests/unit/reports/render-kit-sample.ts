/** Renders the kit sample: npx tsx tests/unit/reports/render-kit-sample.ts <out.pdf> [en|es] */
import { writeFileSync } from 'node:fs';
import { buildSample } from './kit-sample';

const [out, lang = 'en'] = process.argv.slice(2);
if (!out || (lang !== 'en' && lang !== 'es')) {
  console.error('usage: npx tsx tests/unit/reports/render-kit-sample.ts <out.pdf> [en|es]');
  process.exit(2);
}
const started = Date.now();
const pdf = await buildSample(lang).toBuffer();
writeFileSync(out, pdf);
console.log(`${out}: ${pdf.length} bytes in ${Date.now() - started} ms`);
