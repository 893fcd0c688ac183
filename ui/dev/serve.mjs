// Development only (never part of ui/dist): serves ui/dist on 127.0.0.1 with a stand-in
// for Tauri's IPC, answered by the `ponte` command line, so the interface can be looked at
// in a headless browser without building the app. The real app is what counts: check
// there too.
//
//   node ui/dev/serve.mjs [port]      (needs target/debug/ponte and PONTE_DATA_DIR)
//
// Shapes follow src-tauri/src/commands.rs closely enough for layout work; badges, ages and
// autonyms are approximated here.

import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { join, dirname, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const ui = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(ui, '..');
const dist = join(ui, 'dist');
const ponte = join(root, 'target', 'debug', 'ponte');
const port = Number(process.argv[2] ?? 8765);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };
const settings = {};
const corrections = [];

const cli = (args) => JSON.parse(execFileSync(ponte, [...args, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));

function locales() {
  const dir = join(root, 'locales');
  const out = [];
  for (const tag of readdirSync(dir)) {
    const p = join(dir, tag, 'locale.toml');
    if (!existsSync(p)) continue;
    const toml = readFileSync(p, 'utf8');
    const get = (k) => (toml.match(new RegExp(`^${k}\\s*=\\s*"(.*)"`, 'm')) ?? [])[1] ?? '';
    out.push({ tag, name: get('name'), direction: get('direction') || 'ltr', status: get('status') || 'draft', review: get('review') });
  }
  out.push({ tag: 'en-XA', name: 'Pseudo (long)', direction: 'ltr', status: 'pseudo', review: 'Generated from English to test layouts.' });
  out.push({ tag: 'ar-XB', name: 'Pseudo (mirrored)', direction: 'rtl', status: 'pseudo', review: 'Generated from English to test layouts.' });
  return out;
}

const ftl = (tag) => {
  const d = join(root, 'locales', tag);
  return existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.ftl')).map((f) => readFileSync(join(d, f), 'utf8')) : [];
};

function badgesOf(s) {
  const b = [];
  if (s.kind === 'emergency') b.push('badge-emergency');
  if (s.kind === 'phone-line') b.push('badge-phone-line');
  if (s.shares_with_immigration === 'no') b.push('badge-firewall');
  else if (s.shares_with_immigration === 'yes') b.push('badge-shares-with-immigration');
  if (s.asks_documents === 'no') b.push('badge-no-documents');
  if (s.asks_status === 'no') b.push('badge-no-status');
  if (s.free_of_charge === 'yes') b.push('badge-free');
  if (s.one_stop_shop === 'yes') b.push('badge-one-stop-shop');
  if (s.walk_in === 'yes') b.push('badge-walk-in');
  if (s.appointment_needed === 'yes') b.push('badge-appointment');
  const prec = s.geo_precision ?? s.location?.precision;
  if (prec === 'city' || prec === 'postal-code') b.push('badge-approximate');
  return b;
}

function months(v) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v ?? '');
  if (!m) return null;
  const now = new Date();
  let n = (now.getUTCFullYear() - +m[1]) * 12 + now.getUTCMonth() + 1 - +m[2];
  if (now.getUTCDate() < +m[3]) n -= 1;
  return Math.max(0, n);
}

function hit(s) {
  const age = months(s.verified_at);
  const name = typeof s.name === 'string' ? s.name : (s.name.translations?.en ?? s.name.value);
  return {
    id: s.id, kind: s.kind, name, name_lang: s.name_lang ?? 'en', original_name: typeof s.name === 'string' ? name : s.name.value,
    needs: s.needs, serves: s.serves ?? [], distance_m: s.distance_m ?? null, uncertainty_m: s.uncertainty_m ?? s.location?.uncertainty_m ?? 0,
    direction: s.direction ?? null, beyond_radius: !!s.beyond_radius, lat: s.lat ?? s.location?.lat ?? null, lon: s.lon ?? s.location?.lon ?? null,
    precision: s.geo_precision ?? s.location?.precision ?? null, status: s.status, hours_problem: s.hours_problem, opening_hours: s.opening_hours,
    badges: badgesOf(s), languages: (s.languages ?? []).map((code) => ({ code, autonym: null })),
    phones: (s.phones ?? []).map((p) => ({ number: p.number, dial: p.number.replace(/[^0-9+]/g, ''), note: p.note ?? null })),
    verified_at: s.verified_at, age_months: age, stale: age == null || age >= 24, locality: s.address?.locality ?? null,
  };
}

const commands = {
  app_info: () => ({
    version: '0.1.0-dev', directory: { bundle_id: 'ponte-default', publisher: 'Ponte', title: 'Ponte default directory', created: '2026-11-23T00:00:00Z', synthetic: false, description: 'Curated from public sources.', services: 108 },
    active: { path: '/tmp/x', bundle_id: 'ponte-default', sequence: 0, built_in: true }, services: 108, locales: locales(), system_languages: ['en-GB'],
    gazetteer_credit: 'Place names: GeoNames (geonames.org), CC BY 4.0', device_location: false,
  }),
  l10n: ({ requested }) => {
    const ls = locales();
    const first = requested?.[0] ?? 'en';
    const found = ls.find((l) => l.tag === first) ?? ls.find((l) => l.tag === first.split('-')[0]) ?? ls.find((l) => l.tag === 'en');
    const chain = [found.tag, ...(found.tag === 'en' ? [] : ['en'])];
    return {
      tag: found.tag, info: found, fell_back_from: found.tag.split('-')[0] === first.split('-')[0] ? null : first,
      chain: chain.map((tag) => ({ tag, ftl: ftl(tag.endsWith('-XA') || tag.endsWith('-XB') ? 'en' : tag) })),
    };
  },
  needs: () => {
    const src = readFileSync(join(root, 'src', 'taxonomy.rs'), 'utf8');
    const codes = [...src.matchAll(/^\s+n\("([a-z.-]+)"\),/gm)].map((m) => m[1]);
    return codes.map((code) => ({ code, top: !code.includes('.'), parent: code.includes('.') ? code.split('.')[0] : null, message: `need-${code.replace(/\./g, '-')}` }));
  },
  places: ({ query, limit }) => cli(['places', query, '--limit', String(limit ?? 8)]),
  nearest_place: ({ lat, lon }) => {
    const r = cli(['places', 'Lisboa', '--limit', '1'])[0];
    return { place: r, distance_m: 2300 + 0 * lat * lon };
  },
  search: ({ request: r, lang }) => {
    const args = ['search', '--near', `${r.lat},${r.lon}`, '--limit', String(r.limit ?? 20), '--any-language', '--lang', lang?.[0] ?? 'en'];
    for (const n of r.needs ?? []) args.push('--need', n);
    for (const l of r.languages ?? []) args.push('--speaks', l);
    for (const g of r.serves ?? []) args.push('--serves', g);
    if (r.open_now) args.push('--open-now');
    if (r.free) args.push('--free');
    if (r.no_documents) args.push('--no-documents');
    if (r.firewall) args.push('--firewall');
    if (r.within_km) args.push('--within', String(r.within_km));
    if (r.text) args.push('--text', r.text);
    const all = cli(args).map(hit);
    // PONTE_DEV_XSS=1: a hostile record, to see that it shows as plain text.
    if (process.env.PONTE_DEV_XSS && all[0]) all[0].name = '<img src=x onerror=alert(1)>';
    return {
      hits: all.filter((x) => x.kind === 'place'), phone_lines: all.filter((x) => x.kind !== 'place'),
      near_place: { place: { id: 1, name: 'Lisbon', country: 'PT', country_name: 'Portugal', lat: r.lat, lon: r.lon, population: 1, timezone: 'Europe/Lisbon' }, distance_m: 100 },
      widened: !!r.within_km && all.some((x) => x.beyond_radius), within_m: r.within_km ? r.within_km * 1000 : null,
    };
  },
  service: ({ id, lang }) => {
    const s = cli(['show', id, '--lang', lang?.[0] ?? 'en']);
    if (process.env.PONTE_DEV_XSS) { s.name = '<img src=x onerror=alert(1)>'; s.description = { value: '<img src=x onerror=alert(1)>' }; }
    const pick = (t) => (t ? (t.translations?.en ?? t.value) : null);
    return {
      ...hit(s), description: pick(s.description), what_to_bring: pick(s.what_to_bring), organization: s.organization ?? null, address: s.address,
      email: s.email ?? null, website: s.website ?? null, one_stop_shop: s.one_stop_shop, asks_status: s.asks_status, asks_documents: s.asks_documents,
      shares_with_immigration: s.shares_with_immigration, free_of_charge: s.free_of_charge, appointment_needed: s.appointment_needed, walk_in: s.walk_in,
      timezone: s.timezone, week: s.week ?? null, geo_uri: s.location ? `geo:${s.location.lat.toFixed(6)},${s.location.lon.toFixed(6)}` : null,
      source: s.source, source_note: s.source_note ?? null, directory_title: s.directory?.title ?? 'Ponte default directory',
    };
  },
  rights: ({ need, country, lang }) => cli(['rights', ...(need ? ['--need', need] : []), ...(country ? ['--country', country] : []), '--lang', lang?.[0] ?? 'en']),
  report_correction: ({ serviceId, field, note }) => { corrections.push({ id: corrections.length + 1, service_id: serviceId, bundle_id: 'ponte-default', field, note, created_at: new Date().toISOString() }); return corrections.length; },
  corrections: () => corrections,
  delete_correction: ({ id }) => { const i = corrections.findIndex((c) => c.id === id); if (i >= 0) corrections.splice(i, 1); return i >= 0; },
  settings: () => settings,
  window_title: () => null,
  open_uri: () => { throw new Error('no app for this link on the dev server'); },
  set_setting: ({ key, value }) => { settings[key] = value; return null; },
};

const MOCK = `Object.freeze(Object.prototype); // as tauri.conf.json's freezePrototype does
window.__TAURI__ = { core: { invoke: async (cmd, args) => {
  const r = await fetch('/__dev/invoke', { method: 'POST', body: JSON.stringify({ cmd, args }) });
  const body = await r.json();
  if (!r.ok) throw body;
  return body;
} } };`;

createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/__dev/invoke') {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const { cmd, args } = JSON.parse(body);
      try {
        const out = commands[cmd](args ?? {});
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(out ?? null));
      } catch (e) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ kind: 'input', message: String(e.message ?? e) }));
      }
    });
    return;
  }
  if (req.url === '/__dev/mock.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(MOCK);
    return;
  }
  let path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  if (path === '/') path = '/index.html';
  const file = normalize(join(dist, path));
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404);
    res.end();
    return;
  }
  let data = readFileSync(file);
  if (path.endsWith('.html')) {
    data = data.toString().replace('<head>', '<head><script src="/__dev/mock.js"></script>');
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(data);
}).listen(port, '127.0.0.1', () => console.log(`dev: http://127.0.0.1:${port}/`));
