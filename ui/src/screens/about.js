// About: what Ponte is, the promise that nothing leaves the device, the directory in use,
// display settings, every locale with its review status, corrections saved on this
// device, and credits. Pseudo-locales are offered behind a "testing" disclosure.

import { h, icon, newId } from '../dom.js';
import { t, locale } from '../i18n.js';
import { updateSection } from './update.js';
import { invoke } from '../ipc.js';
import { number, longDate } from '../format.js';
import { app } from '../context.js';
import { session } from '../state.js';
import { backButton, errorText } from './common.js';

const TEXT_SIZES = ['normal', 'large', 'larger'];
const CONTRASTS = ['normal', 'more'];

function radioGroup(key, values, current, onChange, test) {
  const name = newId(key);
  return h('fieldset', { class: 'radios', dataset: { test } },
    h('legend', {}, t(`about-${key}`)),
    values.map((v) => {
      const id = `${name}-${v}`;
      return h('div', { class: 'radio' },
        h('input', { type: 'radio', id, name, value: v, checked: current === v, on: { change: () => onChange(v) } }),
        h('label', { for: id }, t(`about-${key}-${v}`)));
    }));
}

function localesTable(locales, pseudo) {
  return h('table', { class: 'locales', dataset: { test: pseudo ? 'pseudo-locales' : 'locales' } },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('about-locale-name')),
      h('th', { scope: 'col' }, t('about-locale-status')),
      h('th', { scope: 'col' }, t('about-locale-review')))),
    h('tbody', {}, locales.map((l) => h('tr', { dataset: { locale: l.tag, status: l.status } },
      h('th', { scope: 'row' }, h('span', { lang: l.tag, dir: l.direction }, l.name), ' ', h('span', { class: 'tag', dir: 'ltr' }, l.tag)),
      h('td', {}, h('span', { class: `review review-${l.status}` }, t(`about-status-${l.status}`))),
      h('td', {}, pseudo
        ? h('button', { type: 'button', class: 'button small', dataset: { test: `use-${l.tag}` }, on: { click: () => app.setLanguage(l.tag) } }, t('about-use-locale'))
        // The maintainers' note on who drafted and who must still check it: written in
        // English, and marked so (screen readers switch voice; it is not untranslated UI).
        : h('span', { lang: 'en', dir: 'ltr' }, l.review))))));
}

async function correctionsList(host) {
  try {
    const list = await invoke('corrections');
    if (!host.isConnected) return;
    if (!list.length) { host.replaceChildren(h('p', {}, t('about-corrections-none'))); return; }
    host.replaceChildren(h('ul', { class: 'corrections' }, list.map((c) => h('li', { dataset: { test: 'saved-correction' } },
      h('p', {}, h('span', { class: 'tag', dir: 'ltr' }, c.service_id), ' · ', longDate(c.created_at)),
      h('p', { dir: 'auto' }, c.note),
      h('button', {
        type: 'button', class: 'button small',
        on: { click: async () => { try { await invoke('delete_correction', { id: c.id }); correctionsList(host); app.announce(t('about-correction-deleted')); } catch (e) { app.announce(errorText(e)); } } },
      }, t('about-correction-delete'))))));
  } catch (e) {
    host.replaceChildren(h('p', { class: 'error' }, errorText(e)));
  }
}

export function render() {
  const info = app.info;
  const dir = info.directory;
  const real = info.locales.filter((l) => l.status !== 'pseudo');
  const pseudo = info.locales.filter((l) => l.status === 'pseudo');
  const corrections = h('div', {});
  correctionsList(corrections);
  const cur = locale();

  return h('section', { class: 'screen screen-about', dataset: { test: 'screen-about' } },
    backButton(() => app.go(session.returnTo ?? 'start', { restore: true }), t('about-back')),
    h('h1', { tabindex: '-1', class: 'screen-title' }, t('about-title')),
    h('p', { class: 'lead' }, t('about-intro')),
    h('div', { class: 'note-box privacy-box' },
      h('h2', {}, icon('lock'), ' ', t('about-privacy-heading')),
      h('ul', {},
        h('li', {}, t('about-privacy-search')),
        h('li', {}, t('about-privacy-location')),
        h('li', {}, t('about-privacy-stored')),
        h('li', {}, t('about-privacy-exit')))),
    h('section', { 'aria-labelledby': 'about-dir-h' },
      h('h2', { id: 'about-dir-h' }, t('about-directory-heading')),
      h('dl', { class: 'pairs', dataset: { test: 'about-directory' } },
        h('div', {}, h('dt', {}, t('about-directory-title')), h('dd', { dir: 'auto' }, dir.title)),
        dir.description ? h('div', {}, h('dt', {}, t('about-directory-description')), h('dd', { dir: 'auto' }, dir.description)) : null,
        h('div', {}, h('dt', {}, t('about-directory-services')), h('dd', {}, number(info.services))),
        h('div', {}, h('dt', {}, t('about-directory-publisher')), h('dd', { dir: 'auto' }, dir.publisher)),
        // The built-in directory has no build date (its build is reproducible): no empty row.
        dir.created ? h('div', {}, h('dt', {}, t('about-directory-built')), h('dd', {}, longDate(dir.created))) : null,
        h('div', {}, h('dt', {}, t('about-directory-bundle')), h('dd', {}, h('span', { dir: 'ltr' }, dir.bundle_id), ' · ',
          info.active.built_in ? t('about-directory-built-in') : t('about-directory-sequence', { sequence: info.active.sequence }))))),
    updateSection(),
    h('section', { 'aria-labelledby': 'about-display-h' },
      h('h2', { id: 'about-display-h' }, t('about-display-heading')),
      h('div', { class: 'display-settings' },
        radioGroup('text-size', TEXT_SIZES, app.settings['text-size'] || 'normal', (v) => app.setDisplay('text-size', v), 'text-size'),
        radioGroup('contrast', CONTRASTS, app.settings.contrast || 'normal', (v) => app.setDisplay('contrast', v), 'contrast')),
      h('p', { class: 'hint' }, t('about-display-system'))),
    h('section', { 'aria-labelledby': 'about-lang-h' },
      h('h2', { id: 'about-lang-h' }, t('about-languages-heading')),
      h('p', {}, t('about-languages-current', { language: cur.info.name })),
      localesTable(real, false),
      h('details', { class: 'testing', dataset: { test: 'testing' } },
        h('summary', {}, t('about-testing')),
        h('p', {}, t('about-testing-intro')),
        localesTable(pseudo, true))),
    h('section', { 'aria-labelledby': 'about-corr-h' },
      h('h2', { id: 'about-corr-h' }, t('about-corrections-heading')),
      h('p', { class: 'hint' }, t('about-corrections-intro')),
      corrections),
    h('section', { 'aria-labelledby': 'about-credits-h', dataset: { test: 'credits' } },
      h('h2', { id: 'about-credits-h' }, t('about-credits-heading')),
      h('ul', { class: 'credits' },
        h('li', {}, t('about-credit-places')),
        h('li', {}, t('about-credit-map')),
        h('li', {}, t('about-credit-leaflet')),
        h('li', {}, t('about-credit-icons')),
        h('li', {}, t('about-credit-fluent')),
        h('li', {}, t('about-credit-fonts')))),
    h('p', { class: 'hint version', dataset: { test: 'version' } }, t('about-version', { version: info.version })));
}
