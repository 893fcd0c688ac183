// Results: nearest first, as a list and on the map (pins numbered like the list, linked
// both ways), with filters, phone lines for the country, a widening message when nothing
// is near, and the rights cards for the need.

import { h, icon, dirText, newId } from '../dom.js';
import { t, locale } from '../i18n.js';
import { invoke } from '../ipc.js';
import { needName, servesName, distanceText, distance, statusText, ageText, countryName, languageName } from '../format.js';
import { app } from '../context.js';
import { session, defaultFilters, activeFilterCount } from '../state.js';
import { createMap } from '../map.js';
import { backButton, errorText, badges, languageList, rightsSection, phoneList } from './common.js';

const SERVES = ['women', 'children', 'unaccompanied-minors', 'survivors-of-violence', 'workers', 'families', 'lgbtiq'];
const RADII = [1, 2, 5, 10, 25, 50, 100];
const WIDE = '(min-width: 56rem)';
const FAR_M = 25000;

let mapCtl = null;
let refs = null; // elements of the mounted screen
const knownLanguages = new Map(); // code -> autonym, from results seen this session

function request() {
  const f = session.filters;
  return {
    lat: session.place.lat,
    lon: session.place.lon,
    needs: [f.subNeed || session.need],
    languages: f.language ? [f.language] : [],
    open_now: f.openNow,
    free: f.free,
    no_documents: f.noDocuments,
    firewall: f.firewall,
    serves: f.serves ? [f.serves] : [],
    within_km: f.withinKm ? Number(f.withinKm) : null,
    limit: session.limit,
    text: f.text.trim() || null,
  };
}

function key() {
  return JSON.stringify([request(), locale().tag]);
}

async function runSearch() {
  const k = key();
  if (session.results && session.resultsKey === k) return session.results;
  const res = await invoke('search', { request: request(), lang: [locale().tag] });
  session.results = res;
  session.resultsKey = k;
  return res;
}

// --- filters ------------------------------------------------------------------------

function checkbox(name, label, test) {
  const id = newId(name);
  return h('div', { class: 'toggle' },
    h('input', {
      type: 'checkbox', id, checked: session.filters[name], dataset: { test },
      on: { change: (e) => { session.filters[name] = e.target.checked; filtersChanged(); } },
    }),
    h('label', { for: id }, label));
}

function select(name, label, options, test) {
  const id = newId(name);
  return h('div', { class: 'field' },
    h('label', { for: id, class: 'field-label' }, label),
    h('select', {
      id, class: 'select', dataset: { test },
      on: { change: (e) => { session.filters[name] = e.target.value; filtersChanged(); } },
    }, options.map(([value, text, lang]) => h('option', { value, selected: session.filters[name] === value, lang }, text))));
}

function languageOptions() {
  const mine = locale().tag.split('-')[0];
  const codes = new Map(knownLanguages);
  if (!codes.has(mine) && mine !== 'en' && locale().tag !== 'ar-XB' && locale().tag !== 'en-XA') codes.set(mine, null);
  const sorted = [...codes.entries()]
    .map(([code, autonym]) => [code, languageName(code, autonym)])
    .sort((a, b) => (b[0] === mine) - (a[0] === mine) || a[1].localeCompare(b[1]));
  return [['', t('results-filter-language-any')], ...sorted.map(([code, name]) => [code, name, code])];
}

function filtersPanel() {
  const f = session.filters;
  const children = app.needs.filter((n) => n.parent === session.need);
  const textId = newId('words');
  const more = moreFilterCount();
  const summaryCount = h('span', { class: 'filter-count', dataset: { test: 'filter-count' } }, more ? t('results-filters-on', { count: more }) : '');
  return h('div', { class: 'filters', dataset: { test: 'filters' } },
    h('fieldset', { class: 'quick-filters' },
      h('legend', { class: 'visually-hidden' }, t('results-filter-only')),
      checkbox('openNow', t('results-filter-open-now'), 'filter-open-now'),
      checkbox('free', t('results-filter-free'), 'filter-free'),
      checkbox('noDocuments', t('results-filter-no-documents'), 'filter-no-documents'),
      checkbox('firewall', t('results-filter-firewall'), 'filter-firewall')),
    h('details', { class: 'more-filters', open: more > 0 },
      h('summary', {}, icon('filters'), h('span', {}, t('results-filters')), summaryCount),
      h('div', { class: 'filters-body' },
        h('div', { class: 'selects' },
          children.length
            ? select('subNeed', t('results-filter-kind'), [['', t('results-filter-kind-all', { need: needName(session.need) })], ...children.map((n) => [n.code, needName(n.code)])], 'filter-kind')
            : null,
          select('language', t('results-filter-language'), languageOptions(), 'filter-language'),
          select('serves', t('results-filter-serves'), [['', t('results-filter-serves-any')], ...SERVES.map((g) => [g, servesName(g)])], 'filter-serves'),
          select('withinKm', t('results-filter-radius'), [['', t('results-filter-radius-any')], ...RADII.map((km) => [String(km), t('distance-kilometers', { kilometers: km })])], 'filter-radius'),
          h('div', { class: 'field' },
            h('label', { for: textId, class: 'field-label' }, t('results-filter-words')),
            h('input', {
              id: textId, type: 'search', class: 'text-input', value: f.text, autocomplete: 'off', spellcheck: 'false', maxlength: '100',
              dataset: { test: 'filter-words' },
              on: { input: (e) => { session.filters.text = e.target.value; filtersChanged(400); } },
            }))),
        h('button', {
          type: 'button', class: 'link-button', dataset: { test: 'filters-clear' },
          on: { click: () => clearFilters() },
        }, t('results-filters-clear')))));
}

/** Filters behind "More filters" that are on (the four quick ones show for themselves). */
function moreFilterCount() {
  const f = session.filters;
  return [f.language, f.serves, f.withinKm, f.subNeed, f.text.trim()].filter(Boolean).length;
}

function clearFilters() {
  session.filters = defaultFilters();
  session.limit = 20;
  rerenderFilters();
  filtersChanged(0);
}

function rerenderFilters() {
  if (!refs) return;
  const fresh = filtersPanel();
  refs.filters.replaceWith(fresh);
  refs.filters = fresh;
}

let filterTimer = null;
function filtersChanged(delay = 150) {
  session.limit = 20;
  if (refs) {
    const count = moreFilterCount();
    refs.filters.querySelector('.filter-count').textContent = count ? t('results-filters-on', { count }) : '';
  }
  clearTimeout(filterTimer);
  filterTimer = setTimeout(() => load(), delay);
}

// --- the list -------------------------------------------------------------------------

function resultItem(hit, i) {
  const st = statusText(hit.status);
  const age = ageText(hit.age_months);
  const open = () => {
    session.selected = hit.id;
    session.resultsScroll = window.scrollY;
    app.go('service', { id: hit.id, from: hit });
  };
  const dist = distanceText(hit.distance_m, hit.direction, hit.uncertainty_m);
  const li = h('li', { class: ['result', session.selected === hit.id && 'result-current'], dataset: { test: 'result', id: hit.id } },
    h('span', { class: 'result-number', 'aria-hidden': 'true' }, String(i + 1)),
    h('div', { class: 'result-body' },
      h('h3', { class: 'result-name' },
        h('button', { type: 'button', class: 'result-open', dataset: { test: 'result-open' }, on: { click: open } },
          dirText('span', hit.name, hit.name_lang))),
      h('p', { class: 'result-meta' },
        dist.text ? h('span', { class: 'result-distance', dataset: { test: 'distance', meters: Math.round(Math.max(hit.distance_m, hit.uncertainty_m ?? 0)), exactMeters: Math.round(hit.distance_m) } },
          icon('directions', `compass compass-${dist.direction ?? 'none'}`), h('span', {}, dist.text)) : null,
        hit.locality ? dirText('span', hit.locality, null, { class: 'result-locality' }) : null),
      h('p', { class: `status status-${st.tone}`, dataset: { test: 'status', state: hit.status?.state } },
        icon('clock'), h('span', {}, st.text),
        hit.status?.comment ? dirText('span', hit.status.comment, null, { class: 'status-comment' }) : null),
      badges(hit.badges),
      hit.languages.length
        ? h('p', { class: 'result-languages' }, icon('speak'), h('span', { class: 'visually-hidden' }, t('field-languages'), ': '), languageList(hit.languages, { max: 5 }))
        : null,
      hit.stale && age
        ? h('p', { class: 'warning-line', dataset: { test: 'stale' } }, icon('warning'), h('span', {}, t('results-verified-old', { when: age })))
        : null));
  li.addEventListener('mouseenter', () => mapCtl?.highlight(hit.id));
  li.addEventListener('focusin', () => mapCtl?.highlight(hit.id, true));
  return li;
}

function phoneLinesSection(res) {
  if (!res.phone_lines.length) return null;
  const country = res.near_place?.place;
  return h('section', { class: 'phone-lines', 'aria-labelledby': 'phone-lines-h', dataset: { test: 'phone-lines' } },
    h('h2', { id: 'phone-lines-h' }, icon('phone'), ' ',
      country ? t('results-phone-lines', { country: countryName(country.country, country.country_name) }) : t('results-phone-lines-any')),
    h('ul', { class: 'line-list' }, res.phone_lines.map((p) => h('li', { class: 'line', dataset: { test: 'phone-line', id: p.id } },
      h('h3', { class: 'line-name' },
        h('button', { type: 'button', class: 'link-button', on: { click: () => { session.resultsScroll = window.scrollY; session.selected = p.id; app.go('service', { id: p.id }); } } },
          dirText('span', p.name, p.name_lang))),
      badges(p.badges.filter((b) => b === 'badge-emergency' || b === 'badge-phone-line' || b === 'badge-free' || b === 'badge-firewall')),
      phoneList(p.phones, 'phone-line-call'),
      p.languages.length ? h('p', { class: 'result-languages' }, icon('speak'), languageList(p.languages, { max: 6 })) : null))));
}

function statusMessage(res) {
  const hits = res.hits;
  const parts = [];
  if (!hits.length) {
    parts.push(t('results-none'));
    return parts;
  }
  parts.push(t('results-count', { count: hits.length }));
  const first = hits[0].distance_m;
  if (res.widened && res.within_m) {
    parts.push(t('results-widened', { radius: distance(res.within_m), distance: distance(first ?? 0) }));
  } else if (first != null && first > FAR_M) {
    parts.push(t('results-far', { distance: distance(first) }));
  }
  return parts;
}

async function load({ restore = false, keepFocus = false } = {}) {
  if (!refs) return;
  const mine = (refs.seq = (refs.seq ?? 0) + 1);
  refs.status.textContent = t('results-searching');
  refs.body.setAttribute('aria-busy', 'true');
  let res;
  try {
    res = await runSearch();
  } catch (e) {
    if (!refs || mine !== refs.seq) return;
    refs.body.removeAttribute('aria-busy');
    refs.status.textContent = errorText(e);
    refs.list.replaceChildren();
    return;
  }
  if (!refs || mine !== refs.seq) return;
  refs.body.removeAttribute('aria-busy');
  for (const hit of [...res.hits, ...res.phone_lines]) {
    for (const l of hit.languages) if (!knownLanguages.has(l.code)) knownLanguages.set(l.code, l.autonym);
  }
  const msgs = statusMessage(res);
  refs.status.replaceChildren(...msgs.map((m, i) => h('span', { class: i ? 'status-extra' : 'status-count' }, m, ' ')));
  refs.list.replaceChildren(...res.hits.map(resultItem));
  refs.empty.hidden = res.hits.length > 0 || activeFilterCount() === 0;
  refs.more.hidden = res.hits.length < session.limit || session.limit >= 200;
  refs.phones.replaceChildren(...[phoneLinesSection(res)].filter(Boolean));
  // The language filter learns the languages of what was found.
  const langSelect = refs.filters.querySelector('[data-test="filter-language"]');
  if (langSelect && langSelect.options.length !== languageOptions().length) {
    const value = session.filters.language;
    langSelect.replaceChildren(...languageOptions().map(([v, text, lang]) => h('option', { value: v, selected: v === value, lang }, text)));
  }
  ensureMap();
  mapCtl?.setResults(res.hits, session.place);
  if (mapCtl && session.selected) mapCtl.highlight(session.selected);
  loadRights(res);
  if (restore && !keepFocus) {
    window.scrollTo(0, session.resultsScroll);
    const current = refs.list.querySelector(`[data-id="${CSS.escape(session.selected ?? '')}"] .result-open`);
    if (current) current.focus({ preventScroll: true });
  }
}

async function loadRights(res) {
  const country = res.near_place?.place.country || session.place.country || null;
  const need = session.filters.subNeed || session.need;
  const k = JSON.stringify([need, country, locale().tag]);
  if (refs.rightsKey === k) return;
  refs.rightsKey = k;
  try {
    const rights = await invoke('rights', { need, country, lang: [locale().tag] });
    if (!refs || refs.rightsKey !== k) return;
    session.rights = rights;
    refs.rights.replaceChildren(rightsSection(rights, needName(need)));
  } catch (e) {
    if (refs) refs.rights.replaceChildren(h('p', { class: 'error' }, errorText(e)));
  }
}

function ensureMap() {
  if (!refs || mapCtl) return;
  if (!refs.mapHost.offsetParent) return; // hidden (narrow screen, map not asked for)
  mapCtl = createMap(refs.mapHost, {
    label: t('results-map-label'),
    onSelect: (id) => {
      session.selected = id;
      const item = refs.list.querySelector(`[data-id="${CSS.escape(id)}"]`);
      if (!item) return;
      for (const li of refs.list.children) li.classList.toggle('result-current', li === item);
      mapCtl.highlight(id);
      item.scrollIntoView({ block: 'nearest', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      item.querySelector('.result-open').focus({ preventScroll: true });
    },
  });
  if (session.place) mapCtl.setPlace(session.place.lat, session.place.lon);
  if (session.results) mapCtl.setResults(session.results.hits, session.place);
}

function onResize() {
  if (!refs) return;
  ensureMap();
  mapCtl?.invalidate();
}

export function render(opts = {}) {
  unmount();
  if (!session.need || !session.place) {
    queueMicrotask(() => app.go(session.need ? 'where' : 'start'));
    return h('section', { class: 'screen' });
  }
  const status = h('p', { class: 'results-status', role: 'status', 'aria-live': 'polite', dataset: { test: 'results-status' } });
  const list = h('ol', { class: 'results', 'aria-labelledby': 'results-list-h', dataset: { test: 'results' } });
  const empty = h('p', { class: 'empty', hidden: true },
    h('button', { type: 'button', class: 'button', on: { click: clearFilters } }, t('results-filters-clear')));
  const more = h('button', {
    type: 'button', class: 'button more-button', hidden: true, dataset: { test: 'results-more' },
    on: { click: () => { session.limit = Math.min(200, session.limit + 20); load(); } },
  }, t('results-show-more'));
  const mapHost = h('div', { class: 'map-host', dataset: { test: 'map' } });
  const mapToggle = h('button', {
    type: 'button', class: 'button map-toggle', 'aria-pressed': String(session.showMap), dataset: { test: 'map-toggle' },
    on: {
      click: () => {
        session.showMap = !session.showMap;
        mapToggle.setAttribute('aria-pressed', String(session.showMap));
        body.classList.toggle('map-shown', session.showMap);
        onResize();
      },
    },
  }, icon('map'), h('span', {}, t('results-map-toggle')));
  const body = h('div', { class: ['results-body', session.showMap && 'map-shown'] },
    h('div', { class: 'results-list-col' },
      h('h2', { id: 'results-list-h', class: 'visually-hidden' }, t('results-list-heading')),
      list, empty, more),
    h('div', { class: 'results-map-col' }, mapHost));
  const filters = filtersPanel();
  const phones = h('div', { class: 'phones-host' });
  const rights = h('div', { class: 'rights-host' });

  const node = h('section', { class: 'screen screen-results', dataset: { test: 'screen-results' } },
    backButton(() => app.go('where'), t('results-back')),
    h('h1', { tabindex: '-1', class: 'screen-title', dataset: { test: 'results-title' } },
      t('results-title', { need: needName(session.filters.subNeed || session.need), place: session.place.label })),
    h('div', { class: 'chosen' },
      h('button', { type: 'button', class: 'chip', dataset: { test: 'change-need' }, on: { click: () => app.go('start') } },
        icon(session.need), h('span', {}, t('results-change-need'))),
      h('button', { type: 'button', class: 'chip', dataset: { test: 'change-place' }, on: { click: () => app.go('where') } },
        icon('place'), h('span', {}, t('results-change-place')))),
    filters,
    h('div', { class: 'results-toolbar' }, status, mapToggle),
    body,
    phones,
    rights);
  refs = { node, status, list, empty, more, mapHost, body, filters, phones, rights, rightsKey: null };
  window.addEventListener('resize', onResize);
  queueMicrotask(() => load({ restore: !!opts.restore, keepFocus: !!opts.keepFocus }));
  return node;
}

export function unmount() {
  window.removeEventListener('resize', onResize);
  clearTimeout(filterTimer);
  if (mapCtl) { mapCtl.destroy(); mapCtl = null; }
  refs = null;
}

export function forget() {
  knownLanguages.clear();
}
