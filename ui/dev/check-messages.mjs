// Dev check: every message id the UI uses exists in locales/en, and the English FTL parses.
//   node ui/dev/check-messages.mjs
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource } from '../node_modules/@fluent/bundle/esm/index.js';

const ui = join(dirname(fileURLToPath(import.meta.url)), '..');
const en = join(ui, '..', 'locales', 'en');
const bundle = new FluentBundle('en');
for (const f of readdirSync(en).filter((f) => f.endsWith('.ftl'))) {
  const errors = bundle.addResource(new FluentResource(readFileSync(join(en, f), 'utf8')));
  for (const e of errors) console.log(`en/${f}: ${e}`);
}
const files = [];
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.(js|html)$/.test(f)) files.push(p); } };
walk(join(ui, 'src'));
let missing = 0;
const dynamic = {
  'about-text-size': ['', '-normal', '-large', '-larger'], 'about-contrast': ['', '-normal', '-more'],
  'about-status': ['-source', '-reviewed', '-complete', '-draft', '-pseudo'],
};
const ids = new Set(Object.entries(dynamic).flatMap(([k, vs]) => vs.map((v) => k + v)));
for (const f of files) {
  const s = readFileSync(f, 'utf8');
  for (const m of s.matchAll(/(?:\bt\(|data-l10n-id=)['"]([a-z0-9-]+)['"]/g)) ids.add(m[1]);
  for (const m of s.matchAll(/\[['"][a-z_]*['"], ['"]([a-z0-9-]+)['"]/g)) ids.add(m[1]);
}
for (const id of ids) if (id.includes("-") && !bundle.hasMessage(id)) { console.log(`missing: ${id}`); missing++; }
console.log(`${ids.size} ids checked, ${missing} missing`);
process.exit(missing ? 1 : 0);
