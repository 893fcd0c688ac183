// Where: type a place (the offline gazetteer, any script, results as you type), pick a
// point on the map, or — only where the platform can without asking a server — use the
// device's location. Nothing typed or picked leaves the device.

import { h, icon, dirText, newId } from '../dom.js';
import { t } from '../i18n.js';
import { invoke } from '../ipc.js';
import { needName, countryName, distance } from '../format.js';
import { app } from '../context.js';
import { session } from '../state.js';
import { createMap } from '../map.js';
import { backButton, errorText } from './common.js';

let mapCtl = null;

export function choosePlace(place) {
  session.place = place;
  session.results = null;
  session.selected = null;
  app.go('results');
}

export function placeLabel(name, country, countryEnglish) {
  return t('where-place-label-full', { place: name, country: countryName(country, countryEnglish) });
}

/** The type-ahead: an ARIA 1.2 combobox with a listbox of places. */
function placeField() {
  const inputId = newId('place');
  const listId = newId('places');
  const hintId = newId('place-hint');
  const statusId = newId('place-status');
  let matches = [];
  let active = -1;
  let seq = 0;
  let timer = null;

  const input = h('input', {
    id: inputId,
    type: 'text',
    class: 'text-input place-input',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-describedby': hintId,
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    maxlength: '100',
    dir: 'auto', // a Latin name typed in an Arabic interface still reads left to right
    dataset: { test: 'place-input' },
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': t('where-suggestions-label'), dataset: { test: 'place-suggestions' } });
  const status = h('p', { id: statusId, class: 'field-status', role: 'status', 'aria-live': 'polite' });

  function setActive(i) {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0 && list.children[i]) {
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }
  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }
  function pick(i) {
    const m = matches[i];
    if (!m) return;
    close();
    choosePlace({
      name: m.name, country: m.country, country_name: m.country_name, lat: m.lat, lon: m.lon,
      label: placeLabel(m.matched_name, m.country, m.country_name),
    });
  }
  function show() {
    list.replaceChildren(...matches.map((m, i) => {
      const other = m.matched_name !== m.name ? m.name : null;
      return h('li', {
        id: `${listId}-${i}`, role: 'option', class: 'suggestion', 'aria-selected': 'false',
        dataset: { test: 'place-suggestion', country: m.country, lat: m.lat, lon: m.lon },
        on: { click: () => pick(i), mousedown: (e) => e.preventDefault() },
      },
      icon('place', 'suggestion-icon'),
      h('span', { class: 'suggestion-text' },
        dirText('span', m.matched_name, null, { class: 'suggestion-name' }),
        other ? h('span', { class: 'suggestion-alt' }, ' · ', dirText('span', other)) : null,
        h('span', { class: 'suggestion-country' }, countryName(m.country, m.country_name))));
    }));
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(matches.length > 0));
    setActive(-1);
  }
  async function lookup() {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) { matches = []; show(); status.textContent = ''; return; }
    try {
      const found = await invoke('places', { query: q, limit: 8 });
      if (mine !== seq) return;
      matches = found;
      show();
      status.textContent = found.length ? t('where-suggestions-count', { count: found.length }) : t('where-no-place', { query: q });
    } catch (e) {
      if (mine !== seq) return;
      matches = [];
      show();
      status.textContent = errorText(e);
    }
  }
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(lookup, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden && matches.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
      setActive(Math.min(active + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      if (active >= 0) pick(active);
      else if (matches.length) pick(0);
      else lookup().then(() => { if (matches.length === 1) pick(0); });
    } else if (e.key === 'Escape') {
      if (!list.hidden) { e.preventDefault(); close(); }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  return h('div', { class: 'field place-field' },
    h('label', { for: inputId, class: 'field-label' }, t('where-place-label')),
    h('p', { id: hintId, class: 'field-hint' }, t('where-place-hint')),
    h('div', { class: 'combo' }, icon('search', 'combo-icon'), input, list),
    status);
}

/** Picking a point on the map (click, or pan with the keyboard and use the centre). */
function pickPanel() {
  const panelId = newId('pick');
  const result = h('div', { class: 'pick-result', role: 'status', 'aria-live': 'polite' });
  const host = h('div', { class: 'map-host map-pick', dataset: { test: 'map' } });
  const cross = h('span', { class: 'crosshair', 'aria-hidden': 'true' });
  let picked = null;

  async function pickAt(lat, lon) {
    mapCtl?.setPending(lat, lon);
    result.replaceChildren(h('p', {}, t('where-pick-looking')));
    let near = null;
    try { near = await invoke('nearest_place', { lat, lon }); } catch (e) { result.replaceChildren(h('p', { class: 'error' }, errorText(e))); return; }
    const p = near?.place;
    // The results' title says "near <town>"; here the person sees how far the point is.
    const town = p ? placeLabel(p.name, p.country, p.country_name) : null;
    const shown = p
      ? (near.distance_m < 1000 ? town : t('where-picked-near', { place: town, distance: distance(near.distance_m) }))
      : t('where-picked-point');
    picked = { name: p?.name ?? '', country: p?.country ?? '', country_name: p?.country_name ?? '', lat, lon, label: town ?? shown, picked: true };
    // Picked from far out: come closer so the point can be adjusted.
    if (mapCtl && mapCtl.map.getZoom() < 6) mapCtl.view(lat, lon, 9);
    result.replaceChildren(
      dirText('p', shown, null, { class: 'pick-label' }),
      h('button', { type: 'button', class: 'button primary', dataset: { test: 'pick-confirm' }, on: { click: () => choosePlace(picked) } },
        icon('search'), h('span', {}, t('where-pick-confirm'))));
  }

  const panel = h('div', { id: panelId, class: 'pick-panel', hidden: true },
    h('p', { class: 'field-hint' }, t('where-pick-hint')),
    h('div', { class: 'map-frame' }, host, cross),
    h('button', {
      type: 'button', class: 'button', dataset: { test: 'pick-centre' },
      on: { click: () => { const c = mapCtl.center(); pickAt(c.lat, c.lon); } },
    }, icon('crosshair'), h('span', {}, t('where-pick-centre'))),
    result);

  const toggle = h('button', {
    type: 'button', class: 'button', 'aria-expanded': 'false', 'aria-controls': panelId, dataset: { test: 'pick-on-map' },
    on: {
      click: () => {
        const open = panel.hidden;
        panel.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        if (open && !mapCtl) {
          mapCtl = createMap(host, { label: t('where-map-label'), onPick: pickAt });
          if (session.place) { mapCtl.view(session.place.lat, session.place.lon, 11); mapCtl.setPlace(session.place.lat, session.place.lon); }
        } else if (open) {
          mapCtl.invalidate();
        }
      },
    },
  }, icon('map'), h('span', {}, t('where-pick-button')));

  return h('section', { class: 'where-option', 'aria-labelledby': `${panelId}-h` },
    h('h2', { id: `${panelId}-h` }, t('where-pick-heading')),
    toggle, panel);
}

/** The device's location: offered only where the platform has it without a network lookup. */
function deviceLocation() {
  const status = h('p', { class: 'field-status', role: 'status', 'aria-live': 'polite' });
  if (!app.info?.device_location || !('geolocation' in navigator)) {
    return h('section', { class: 'where-option note-box', 'aria-labelledby': 'where-device-h' },
      h('h2', { id: 'where-device-h' }, t('where-device-heading')),
      h('p', { class: 'with-icon' }, icon('lock'), h('span', {}, t('where-device-unavailable'))));
  }
  const button = h('button', {
    type: 'button', class: 'button', dataset: { test: 'use-location' },
    on: {
      click: () => {
        status.textContent = t('where-device-finding');
        // Phones answer from satellite positioning; the result stays in this page.
        navigator.geolocation.getCurrentPosition(async (pos) => {
          const { latitude: lat, longitude: lon } = pos.coords;
          let label = t('where-device-here');
          try {
            const near = await invoke('nearest_place', { lat, lon });
            if (near) label = placeLabel(near.place.name, near.place.country, near.place.country_name);
            choosePlace({ name: near?.place.name ?? '', country: near?.place.country ?? '', country_name: near?.place.country_name ?? '', lat, lon, label, picked: true });
          } catch (e) { status.textContent = errorText(e); }
        }, () => { status.textContent = t('where-device-failed'); }, { enableHighAccuracy: true, maximumAge: 0, timeout: 30000 });
      },
    },
  }, icon('locate'), h('span', {}, t('where-device-button')));
  return h('section', { class: 'where-option', 'aria-labelledby': 'where-device-h' },
    h('h2', { id: 'where-device-h' }, t('where-device-heading')),
    button, h('p', { class: 'field-hint with-icon' }, icon('lock'), h('span', {}, t('where-device-private'))), status);
}

export function render() {
  if (mapCtl) { mapCtl.destroy(); mapCtl = null; }
  return h('section', { class: 'screen screen-where', dataset: { test: 'screen-where' } },
    backButton(() => app.go('start'), t('where-back')),
    h('h1', { tabindex: '-1', class: 'screen-title' }, t('where-title')),
    session.need
      ? h('p', { class: 'chosen-need' }, icon(session.need), ' ', h('span', {}, t('where-looking-for', { need: needName(session.need) })))
      : null,
    h('div', { class: 'where-options' },
      h('section', { class: 'where-option where-type', 'aria-labelledby': 'where-type-h' },
        h('h2', { id: 'where-type-h', class: 'visually-hidden' }, t('where-type-heading')),
        placeField(),
        session.place
          ? h('p', { class: 'current-place' }, t('where-current', { place: session.place.label }), ' ',
            h('button', { type: 'button', class: 'link-button', on: { click: () => app.go('results') } }, t('where-keep-place')))
          : null),
      pickPanel(),
      deviceLocation()),
    h('p', { class: 'privacy-note with-icon' }, icon('lock'), h('span', {}, t('where-private'))));
}

export function unmount() {
  if (mapCtl) { mapCtl.destroy(); mapCtl = null; }
}
