// A service's page: what it offers and for whom, hours with today highlighted (in the
// service's own time), languages, what to bring, phone (tel:) and directions (geo:),
// address, source and age, rights for the need, and "this is wrong" saved on the device.

import { h, icon, dirText, newId } from '../dom.js';
import { t, locale } from '../i18n.js';
import { invoke } from '../ipc.js';
import { needName, servesName, distanceText, statusText, ageText, countryName, shortDate, list } from '../format.js';
import { app } from '../context.js';
import { session } from '../state.js';
import { backButton, errorText, badges, languageList, rightsSection, phoneList } from './common.js';

const FACTS = [
  // [field, message, answer that is good news for a person at risk]
  ['shares_with_immigration', 'field-shares-with-immigration', 'no'],
  ['asks_documents', 'field-asks-documents', 'no'],
  ['asks_status', 'field-asks-status', 'no'],
  ['free_of_charge', 'field-free', 'yes'],
  ['walk_in', 'field-walk-in', 'yes'],
  ['appointment_needed', 'field-appointment', 'no'],
];

const CORRECTION_FIELDS = [
  ['', 'service-wrong-field-any'], ['name', 'service-wrong-field-name'], ['description', 'field-what'], ['address', 'field-address'], ['location', 'field-location'],
  ['hours', 'field-hours'], ['phone', 'field-phone'], ['languages', 'field-languages'],
  ['asks_documents', 'field-asks-documents'], ['shares_with_immigration', 'field-shares-with-immigration'],
  ['free_of_charge', 'field-free'], ['what_to_bring', 'field-what-to-bring'],
];

function section(id, title, ...content) {
  return h('section', { class: 'service-section', 'aria-labelledby': id },
    h('h2', { id }, title), ...content);
}

function factsTable(s) {
  return h('dl', { class: 'facts', dataset: { test: 'service-facts' } }, FACTS.map(([field, label, good]) => {
    const v = s[field] ?? 'unknown';
    const tone = v === 'unknown' ? 'unknown' : v === good ? 'good' : 'bad';
    return h('div', { class: `fact fact-${tone}`, dataset: { test: `fact-${field}`, value: v } },
      h('dt', {}, t(label)),
      h('dd', {}, icon(tone === 'good' ? 'check' : tone === 'bad' ? 'warning' : 'about'), h('span', {}, t(`answer-${v}`))));
  }));
}

function hoursTable(s) {
  if (!s.week) {
    if (!s.opening_hours) return h('p', {}, t('status-unknown'));
    return h('div', {}, h('p', {}, t('status-hours-unreadable')), h('p', { class: 'raw-hours', dir: 'ltr' }, s.opening_hours));
  }
  const caption = s.timezone ? t('status-time-zone', { zone: s.timezone }) : t('field-hours');
  return h('table', { class: 'hours', dataset: { test: 'service-hours' } },
    h('caption', {}, caption),
    h('tbody', {}, s.week.map((d) => h('tr', { class: d.today ? 'today' : undefined, 'aria-current': d.today ? 'date' : undefined, dataset: { today: d.today ? 'true' : undefined } },
      h('th', { scope: 'row' },
        h('span', { class: 'day-name' }, t(`weekday-${d.weekday}`)),
        h('span', { class: 'day-date' }, shortDate(d.date)),
        d.today ? h('span', { class: 'today-label' }, t('hours-today')) : null),
      h('td', {},
        d.periods.length
          ? h('ul', { class: 'periods' }, d.periods.map((p) => h('li', {},
            h('span', { dir: 'ltr', class: 'period-time' }, t('hours-period', { from: p.from, to: p.to })),
            p.state === 'unknown' ? h('span', { class: 'period-note' }, ' ', t('hours-period-unknown')) : null,
            p.comment ? dirText('span', p.comment, null, { class: 'period-note' }) : null)))
          : h('span', { class: 'closed' }, t('hours-closed-all-day')))))));
}

function addressBlock(s) {
  const a = s.address ?? {};
  const lines = [a.street, [a.postal_code, a.locality].filter(Boolean).join(' '), a.country ? countryName(a.country) : null].filter(Boolean);
  if (!lines.length) return null;
  return h('address', { class: 'address', dataset: { test: 'service-address' } }, lines.map((l) => dirText('span', l, null, { class: 'address-line' })));
}

function correctionForm(s) {
  const noteId = newId('note');
  const fieldId = newId('field');
  const hintId = newId('note-hint');
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite', dataset: { test: 'correction-status' } });
  const note = h('textarea', { id: noteId, class: 'text-input', rows: '4', maxlength: '2000', required: true, 'aria-describedby': hintId, dataset: { test: 'correction-note' }, spellcheck: 'true', dir: 'auto' });
  const field = h('select', { id: fieldId, class: 'select', dataset: { test: 'correction-field' } },
    CORRECTION_FIELDS.map(([v, m]) => h('option', { value: v }, t(m))));
  const form = h('form', {
    class: 'correction-form', novalidate: true, dataset: { test: 'correction-form' },
    on: {
      submit: async (e) => {
        e.preventDefault();
        const text = note.value.trim();
        if (!text) {
          status.className = 'form-status error';
          status.textContent = t('service-wrong-empty');
          note.setAttribute('aria-invalid', 'true');
          note.focus();
          return;
        }
        note.removeAttribute('aria-invalid');
        try {
          await invoke('report_correction', { serviceId: s.id, field: field.value || null, note: text });
          note.value = '';
          status.className = 'form-status ok';
          status.textContent = t('service-wrong-saved');
        } catch (err) {
          status.className = 'form-status error';
          status.textContent = errorText(err);
        }
      },
    },
  },
  h('div', { class: 'field' }, h('label', { for: fieldId, class: 'field-label' }, t('service-wrong-which')), field),
  h('div', { class: 'field' },
    h('label', { for: noteId, class: 'field-label' }, t('service-wrong-note')),
    h('p', { id: hintId, class: 'field-hint' }, icon('lock'), ' ', t('service-wrong-private')),
    note),
  h('button', { type: 'submit', class: 'button primary', dataset: { test: 'correction-save' } }, icon('flag'), h('span', {}, t('service-wrong-save'))),
  status);
  return h('details', { class: 'wrong' },
    h('summary', { dataset: { test: 'correction-open' } }, icon('flag'), h('span', {}, t('service-wrong-button'))),
    form);
}

function page(s, from) {
  const st = statusText(s.status);
  const age = ageText(s.age_months);
  const geo = s.geo_uri && /^geo:-?[0-9.]+,-?[0-9.]+$/.test(s.geo_uri) ? s.geo_uri : null;
  const dist = from ? distanceText(from.distance_m, from.direction, from.uncertainty_m) : { text: '' };
  const approx = s.precision && s.precision !== 'exact' && s.precision !== 'address';
  const precision = s.precision === 'city'
    ? t('precision-city', { town: s.address?.locality ?? '' })
    : s.precision ? t(`precision-${s.precision}`) : null;
  const firstPhone = (s.phones ?? []).find((p) => /^\+?[0-9]{2,20}$/.test(p.dial ?? ''));
  const sources = (s.source ?? '').split(/\s;\s/).map((x) => x.trim()).filter(Boolean);

  return h('article', { class: 'service', dataset: { test: 'service', id: s.id } },
    h('header', { class: 'service-head' },
      h('h1', { tabindex: '-1', class: 'screen-title' }, dirText('span', s.name, s.name_lang, { dataset: { test: 'service-name' } })),
      s.original_name && s.original_name !== s.name ? dirText('p', s.original_name, s.lang, { class: 'original-name' }) : null,
      s.organization ? h('p', { class: 'org' }, t('service-run-by', { organization: s.organization })) : null,
      h('p', { class: `status status-${st.tone} status-big`, dataset: { test: 'service-status', state: s.status?.state } }, icon('clock'), h('span', {}, st.text),
        s.status?.comment ? dirText('span', s.status.comment, null, { class: 'status-comment' }) : null),
      dist.text ? h('p', { class: 'result-distance', dataset: { test: 'distance' } }, icon('directions', `compass compass-${dist.direction ?? 'none'}`), h('span', {}, dist.text)) : null,
      badges(s.badges)),
    h('div', { class: 'actions' },
      firstPhone ? h('a', { class: 'button primary', href: `tel:${firstPhone.dial}`, dataset: { test: 'service-call' } }, icon('phone'), h('span', {}, t('service-call'))) : null,
      geo ? h('a', { class: 'button', href: geo, dataset: { test: 'service-directions' } }, icon('directions'), h('span', {}, t('service-directions'))) : null),
    (s.stale && age) || approx
      ? h('div', { class: 'warning-box', role: 'note' },
        s.stale && age ? h('p', { class: 'with-icon', dataset: { test: 'stale' } }, icon('warning'), h('span', {}, t('verified-old-warning', { when: age }))) : null,
        approx && precision ? h('p', { class: 'with-icon', dataset: { test: 'approximate' } }, icon('warning'), h('span', {}, precision)) : null)
      : null,
    s.description ? section('svc-what', t('field-what'), dirText('p', s.description, s.description_lang, { class: 'description', dataset: { test: 'service-description' } })) : null,
    section('svc-safe', t('service-before-you-go'), factsTable(s)),
    s.what_to_bring ? section('svc-bring', t('field-what-to-bring'), dirText('p', s.what_to_bring, s.what_to_bring_lang)) : null,
    section('svc-hours', t('field-hours'), hoursTable(s)),
    s.languages?.length ? section('svc-langs', t('field-languages'), h('p', {}, languageList(s.languages))) : null,
    section('svc-for', t('service-help-and-for'),
      h('dl', { class: 'pairs' },
        h('div', {}, h('dt', {}, t('field-needs')), h('dd', {}, list(s.needs.map(needName)))),
        h('div', {}, h('dt', {}, t('field-serves')), h('dd', {}, list((s.serves.length ? s.serves : ['all']).map(servesName)))))),
    section('svc-contact', t('service-contact'),
      phoneList(s.phones, 'service-phone'),
      s.email ? h('p', {}, h('span', { class: 'label' }, t('field-email'), ' '), h('span', { dir: 'ltr', class: 'selectable' }, s.email)) : null,
      s.website ? h('p', {}, h('span', { class: 'label' }, t('field-website'), ' '), h('span', { dir: 'ltr', class: 'selectable' }, s.website)) : null,
      !s.phones?.length && !s.email && !s.website ? h('p', {}, t('service-no-contact')) : null),
    section('svc-where', t('field-address'),
      addressBlock(s),
      precision ? h('p', { class: approx ? 'warning-line' : 'hint' }, approx ? icon('warning') : null, h('span', {}, precision)) : null,
      s.lat != null ? h('p', { class: 'coords' }, h('span', { class: 'label' }, t('field-location'), ' '), h('span', { dir: 'ltr', class: 'selectable' }, `${s.lat.toFixed(5)}, ${s.lon.toFixed(5)}`)) : null,
      geo ? h('p', { class: 'hint' }, t('service-directions-hint')) : null),
    section('svc-source', t('field-source'),
      h('ul', { class: 'sources', dataset: { test: 'service-source' } }, sources.map((src) => h('li', {}, h('span', { dir: 'auto', class: 'selectable' }, src)))),
      s.source_note ? h('p', { class: 'source-note' }, h('span', { class: 'label' }, t('field-source-note'), ' '), dirText('span', s.source_note, s.lang)) : null,
      h('p', { class: s.stale ? 'warning-line' : undefined, dataset: { test: 'service-verified' } },
        s.stale ? icon('warning') : icon('check'), ' ', h('span', { class: 'label' }, t('field-verified'), ' '), age ?? s.verified_at),
      h('p', { class: 'hint' }, t('service-directory', { title: s.directory_title }), ' · ', t('service-reference', { id: s.id }))),
    h('div', { class: 'rights-host' }),
    correctionForm(s));
}

export function render(opts = {}) {
  const id = opts.id ?? session.serviceId;
  session.serviceId = id;
  const from = opts.from ?? session.results?.hits.find((x) => x.id === id) ?? null;
  const host = h('section', { class: 'screen screen-service', dataset: { test: 'screen-service' } },
    backButton(() => app.go(session.results ? 'results' : 'start', { restore: true }), t('service-back')),
    h('h1', { tabindex: '-1', class: 'screen-title loading' }, t('service-loading')));
  (async () => {
    try {
      const s = await invoke('service', { id, lang: [locale().tag] });
      if (session.serviceId !== id || !host.isConnected) return;
      const node = page(s, from);
      host.querySelector('h1').remove();
      host.append(node);
      if (!opts.keepFocus) node.querySelector('h1').focus({ preventScroll: true });
      const need = session.filters.subNeed || session.need;
      if (need) {
        const country = s.address?.country || session.place?.country || null;
        invoke('rights', { need, country, lang: [locale().tag] })
          .then((r) => { if (host.isConnected) node.querySelector('.rights-host').replaceChildren(rightsSection(r, needName(need))); })
          .catch((e) => errorText(e));
      }
    } catch (e) {
      host.querySelector('h1').textContent = errorText(e);
    }
  })();
  return host;
}
