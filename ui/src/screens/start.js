// Start: "What do you need help with?" as big tiles (icon + word), the rest behind "More".

import { h, icon } from '../dom.js';
import { t } from '../i18n.js';
import { needName } from '../format.js';
import { app } from '../context.js';
import { session } from '../state.js';

// The tiles shown first, most asked-for first; every other need is under "More".
const MAIN = [
  'health', 'legal-aid', 'housing', 'food', 'work', 'one-stop-shop',
  'violence-support', 'child-protection', 'education', 'documents', 'interpretation', 'social-protection',
];

function choose(code) {
  session.need = code;
  session.filters.subNeed = '';
  session.results = null;
  session.selected = null;
  app.go(session.place ? 'results' : 'where');
}

function tile(code, small = false) {
  return h('li', {},
    h('button', {
      type: 'button',
      class: ['tile', small && 'tile-small', session.need === code && 'tile-current'],
      dataset: { test: `need-${code}`, need: code },
      'aria-current': session.need === code ? 'true' : undefined,
      on: { click: () => choose(code) },
    }, icon(code, 'tile-icon'), h('span', { class: 'tile-label' }, needName(code))));
}

export function render() {
  const top = app.needs.filter((n) => n.top).map((n) => n.code);
  const main = MAIN.filter((c) => top.includes(c));
  const rest = top.filter((c) => !main.includes(c));
  const children = (code) => app.needs.filter((n) => n.parent === code).map((n) => n.code);

  const more = h('details', { class: 'more-needs', dataset: { test: 'more-needs' } },
    h('summary', {}, icon('more', 'summary-icon'), h('span', {}, t('start-more-needs'))),
    h('ul', { class: 'tiles tiles-more' }, rest.map((c) => tile(c))),
    h('h2', { class: 'more-heading' }, t('start-specific-heading')),
    h('div', { class: 'subneed-groups' },
      top.filter((c) => children(c).length).map((c) =>
        h('section', { class: 'subneed-group', 'aria-labelledby': `group-${c}` },
          h('h3', { id: `group-${c}` }, needName(c)),
          h('ul', { class: 'tiles tiles-small' }, children(c).map((s) => tile(s, true)))))));

  return h('section', { class: 'screen screen-start', dataset: { test: 'screen-start' } },
    h('h1', { tabindex: '-1', class: 'screen-title' }, t('start-title')),
    h('p', { class: 'lead' }, t('start-intro')),
    app.directoryStatus && app.directoryStatus.expired
      ? h('p', { class: 'warning-box with-icon', role: 'note', dataset: { test: 'directory-expired-banner' } }, icon('warning'), h('span', {}, t('start-directory-expired')))
      : null,
    h('ul', { class: 'tiles', dataset: { test: 'need-tiles' } }, main.map((c) => tile(c))),
    more,
    session.place
      ? h('p', { class: 'hint with-icon' }, icon('place'), h('span', {}, t('start-place-kept', { place: session.place.label })))
      : null);
}
