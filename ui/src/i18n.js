// Every string the person reads, in their language: Fluent sources from the `l10n` command
// (the negotiated chain, most preferred first, ending in English), one FluentBundle per
// locale, falling back along the chain message by message.

import { FluentBundle, FluentResource } from './vendor/fluent-bundle/index.js';
import { invoke } from './ipc.js';

const PSEUDO = new Set(['en-XA', 'ar-XB']);

let chain = []; // [{ tag, bundle }]
let current = { tag: 'en', info: { name: 'English', direction: 'ltr', status: 'source' }, fellBackFrom: null };

/** Loads the locale chain for `requested` (BCP 47 tags, most preferred first). */
export async function loadLocale(requested) {
  const payload = await invoke('l10n', { requested });
  chain = payload.chain.map(({ tag, ftl }) => {
    // Pseudo-locales are English underneath: plurals and numbers follow English.
    const bundle = new FluentBundle([PSEUDO.has(tag) ? 'en' : tag], { useIsolating: true });
    for (const source of ftl) {
      const errors = bundle.addResource(new FluentResource(source));
      if (errors.length) console.warn(`Fluent errors in ${tag}:`, errors.map(String).join('; '));
    }
    return { tag, bundle };
  });
  current = { tag: payload.tag, info: payload.info, fellBackFrom: payload.fell_back_from ?? null };
  const root = document.documentElement;
  root.lang = payload.tag;
  root.dir = payload.info.direction === 'rtl' ? 'rtl' : 'ltr';
  return current;
}

/** The locale shown: { tag, info: { name, direction, status, review }, fellBackFrom }. */
export function locale() {
  return current;
}

/** The tag to format dates, numbers and names with (English for pseudo-locales). */
export function intlTag() {
  return PSEUDO.has(current.tag) ? 'en' : current.tag;
}

/** The tags of the locale chain, most preferred first (for messages the core formats). */
export function chainTags() {
  return chain.map((c) => c.tag);
}

export function isRtl() {
  return current.info.direction === 'rtl';
}

/** Formats message `id` (or `id.attr`) with `args`; the first locale of the chain that has it. */
export function t(id, args) {
  const [msgId, attr] = id.split('.');
  for (const { bundle } of chain) {
    const msg = bundle.getMessage(msgId);
    if (!msg) continue;
    const pattern = attr ? msg.attributes[attr] : msg.value;
    if (!pattern) continue;
    const errors = [];
    const text = bundle.formatPattern(pattern, args, errors);
    if (errors.length) console.warn(`Fluent: ${id}:`, errors.map(String).join('; '));
    return text;
  }
  console.warn(`Fluent: no message ${id}`);
  return id;
}

/** Message `id` only if the locale shown (not a fallback) has it; else null. */
export function tOwn(id, args) {
  const first = chain[0];
  if (!first || !first.bundle.hasMessage(id)) return null;
  return t(id, args);
}

/** Fills every element under `root` that carries data-l10n-id. */
export function translateStatic(root = document) {
  for (const el of root.querySelectorAll('[data-l10n-id]')) {
    el.textContent = t(el.dataset.l10nId);
  }
}
