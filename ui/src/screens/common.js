// Pieces several screens share: the back button, error wording, badges, languages and the
// rights cards.

import { h, icon, dirText } from '../dom.js';
import { t, locale } from '../i18n.js';
import { languageName } from '../format.js';

export function backButton(onClick, label) {
  return h('button', { type: 'button', class: 'back-button', dataset: { test: 'back' }, on: { click: onClick } },
    icon('back', 'flip-rtl'), h('span', {}, label ?? t('app-back')));
}

/** Command errors carry an English detail for logs; the person reads a Fluent message. */
export function errorText(e) {
  if (e && e.message) console.warn('command error:', e.kind, e.message);
  return t(e && e.kind === 'input' ? 'error-input' : 'error-internal');
}

// Badges that say something good for a person at risk, and the one that warns.
const GOOD = new Set(['badge-firewall', 'badge-no-documents', 'badge-no-status', 'badge-free']);
const WARN = new Set(['badge-shares-with-immigration', 'badge-approximate']);
const BADGE_ICON = {
  'badge-firewall': 'lock', 'badge-no-documents': 'documents', 'badge-no-status': 'check', 'badge-free': 'check',
  'badge-shares-with-immigration': 'warning', 'badge-approximate': 'warning', 'badge-one-stop-shop': 'one-stop-shop',
  'badge-walk-in': 'check', 'badge-appointment': 'clock', 'badge-phone-line': 'phone', 'badge-emergency': 'health.emergency',
};

export function badges(list, extra = []) {
  const all = [...extra, ...list];
  if (!all.length) return null;
  return h('ul', { class: 'badges', 'aria-label': t('results-badges-label') },
    all.map((id) => h('li', {
      class: ['badge', GOOD.has(id) && 'badge-good', WARN.has(id) && 'badge-warn'],
      dataset: { test: id },
    }, icon(BADGE_ICON[id] ?? 'check'), h('span', {}, t(id)))));
}

/** Spoken languages as their own names; the reader's language first when spoken there. */
export function languageList(langs, { max = Infinity } = {}) {
  if (!langs || !langs.length) return null;
  const mine = locale().tag.split('-')[0];
  const sorted = [...langs].sort((a, b) => (b.code === mine) - (a.code === mine));
  const shown = sorted.slice(0, max);
  const rest = sorted.length - shown.length;
  return h('span', { class: 'languages' },
    shown.map((l, i) => [
      i ? h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · ') : null,
      h('span', { lang: l.code, dir: 'auto', class: l.code === mine ? 'lang-mine' : undefined }, languageName(l.code, l.autonym)),
    ]),
    rest > 0 ? h('span', { class: 'more' }, ' ', t('results-languages-more', { count: rest })) : null);
}

/** The rights cards for a need, with citations, the disclaimer and the date checked. */
export function rightsSection(rights, needLabel, headingLevel = 2) {
  const H = `h${headingLevel}`;
  const sub = `h${headingLevel + 1}`;
  const section = h('section', { class: 'rights', 'aria-labelledby': 'rights-h', dataset: { test: 'rights' } },
    h(H, { id: 'rights-h' }, icon('legal-aid'), ' ', t('rights-heading')));
  if (!rights) return section;
  if (!rights.cards.length) {
    section.append(h('p', {}, t('rights-none-for-need', { need: needLabel })));
  }
  for (const card of rights.cards) {
    section.append(h('article', { class: 'rights-card', dataset: { test: 'rights-card', id: card.id } },
      h(sub, {}, card.title),
      card.regardless_of_status
        ? h('p', { class: 'rights-regardless', dataset: { test: 'rights-regardless' } }, icon('check'), ' ', t('rights-applies-whatever-status'))
        : null,
      h('p', {}, card.body),
      h('details', { class: 'rights-more' },
        h('summary', {}, t('rights-if-refused-heading')),
        h('p', {}, card.if_refused)),
      card.ratification ? h('p', { class: 'rights-note' }, card.ratification) : null,
      card.compact_note ? h('p', { class: 'rights-note' }, card.compact_note) : null,
      card.citations.length
        ? h('details', { class: 'rights-more' },
          h('summary', {}, t('rights-sources-heading')),
          h('ul', { class: 'citations' }, card.citations.map((c) => h('li', {},
            h('span', {}, c.instrument), ', ', h('span', { class: 'cite-ref' }, c.reference),
            c.url ? h('span', { class: 'cite-url', dir: 'ltr' }, ' — ', c.url) : null))))
        : null));
  }
  section.append(h('p', { class: 'rights-disclaimer with-icon' }, icon('warning'),
    h('span', {}, rights.disclaimer, ' ', h('span', { class: 'rights-checked' }, rights.checked))));
  return section;
}

export { dirText };

/** Phone numbers as tel: links (the dialable form only: digits and a leading +). */
export function phoneList(phones, testId = 'phone') {
  if (!phones || !phones.length) return null;
  return h('ul', { class: 'phones' }, phones.map((p) => {
    const ok = /^\+?[0-9]{2,20}$/.test(p.dial ?? '');
    return h('li', {},
      ok
        ? h('a', { href: `tel:${p.dial}`, class: 'phone-link', dataset: { test: testId } }, icon('phone'), h('span', { dir: 'ltr' }, p.number))
        : h('span', { dir: 'ltr' }, p.number),
      p.note ? dirText('span', p.note, null, { class: 'phone-note' }) : null);
  }));
}
