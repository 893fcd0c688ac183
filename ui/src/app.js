// Ponte's interface: start-up, navigation between screens, the header (language, About,
// quick exit) and display settings. Navigation state lives in memory only: no pushState,
// no hash, nothing in history, so quick exit leaves nothing to go back to.

import { invoke } from './ipc.js';
import { loadLocale, locale, t, translateStatic } from './i18n.js';
import { h } from './dom.js';
import { app } from './context.js';
import { session, resetSession } from './state.js';
import { setupQuickExit, setQuickExitTexts, onQuickExit } from './exit.js';
import * as start from './screens/start.js';
import * as where from './screens/where.js';
import * as results from './screens/results.js';
import * as service from './screens/service.js';
import * as about from './screens/about.js';
import { runBench } from './bench.js';

const screens = { start, where, results, service, about };
const PSEUDO = new Set(['en-XA', 'ar-XB']);

const main = document.getElementById('main');
const announcer = document.getElementById('announce');

function announce(text) {
  // Cleared first so the same words are spoken again.
  announcer.textContent = '';
  setTimeout(() => { announcer.textContent = text; }, 50);
}

let current = null;

/** Shows a screen. Options: restore (coming back), keepFocus (language switch). */
function go(name, opts = {}) {
  if (current && current !== name && screens[current].unmount) screens[current].unmount();
  if (name === 'about' && current !== 'about') session.returnTo = current ?? 'start';
  current = name;
  session.screen = name;
  const node = screens[name].render(opts);
  main.replaceChildren(node);
  document.body.dataset.screen = name;
  const title = node.querySelector('h1');
  document.title = title && title.textContent ? `${title.textContent} · ${t('app-name')}` : t('app-name');
  // Coming back to the results restores their scroll and focus (results.js does it).
  const restoring = opts.restore && name === 'results';
  if (!restoring && !opts.keepFocus) window.scrollTo(0, 0);
  if (!restoring && !opts.keepFocus && title) title.focus({ preventScroll: true });
}

/** Draws the current screen again (after a language switch), keeping focus and scroll. */
function rerender() {
  go(session.screen, { keepFocus: true });
}

// --- language ---------------------------------------------------------------------------

function fillLanguageSelect() {
  const select = document.getElementById('language');
  const cur = locale().tag;
  const list = app.info.locales.filter((l) => l.status !== 'pseudo' || app.testing || l.tag === cur);
  select.replaceChildren(...list.map((l) => h('option', { value: l.tag, lang: l.tag, selected: l.tag === cur }, l.name)));
  if (!list.some((l) => l.tag === cur)) {
    select.prepend(h('option', { value: cur, selected: true }, locale().info.name));
  }
}

function showNotices() {
  const box = document.getElementById('notices');
  const cur = locale();
  const notes = [];
  if (cur.fellBackFrom) {
    notes.push(h('p', { class: 'notice', dataset: { test: 'lang-fallback' } }, t('lang-fallback', { requested: cur.fellBackFrom, used: cur.info.name })));
  }
  if (cur.info.status === 'draft') {
    notes.push(h('p', { class: 'notice', dataset: { test: 'lang-draft' } }, t('lang-draft-notice', { language: cur.info.name })));
  }
  box.replaceChildren(...notes);
}

function applyStaticTexts() {
  translateStatic(document);
  setQuickExitTexts({ two: t('exit-press-two'), one: t('exit-press-one'), expired: t('exit-expired') });
  fillLanguageSelect();
  showNotices();
}

async function setLanguage(tag) {
  if (PSEUDO.has(tag)) app.testing = true;
  await loadLocale([tag]);
  applyStaticTexts();
  rerender();
  announce(t('app-language-changed', { language: locale().info.name }));
  try {
    await invoke('set_setting', { key: 'language', value: tag });
    app.settings.language = tag;
  } catch (e) {
    console.warn('language not saved', e);
  }
}

// --- display settings --------------------------------------------------------------------

function applyDisplay() {
  const root = document.documentElement;
  root.dataset.textSize = app.settings['text-size'] || 'normal';
  root.dataset.contrast = app.settings.contrast || 'normal';
}

async function setDisplay(key, value) {
  app.settings[key] = value;
  applyDisplay();
  try { await invoke('set_setting', { key, value }); } catch (e) { console.warn('setting not saved', e); }
}

/** Under a tel:/geo: link on desktop: the number or coordinates to use on another device. */
function showHandoffNote(link) {
  const href = link.getAttribute('href');
  const value = href.slice(4);
  const text = href.startsWith('tel:')
    ? t('handoff-tel', { number: value })
    : t('handoff-geo', { coordinates: value.replace(',', ', ') });
  let note = link.parentElement.querySelector(':scope > .handoff-note');
  if (!note) {
    note = h('p', { class: 'handoff-note', role: 'status', dataset: { test: 'handoff-note' } });
    link.after(note);
  }
  note.textContent = text;
}

// --- start-up ----------------------------------------------------------------------------

async function boot() {
  const [settings, info, needs, directoryStatus, bench] = await Promise.all([
    invoke('settings').catch(() => ({})),
    invoke('app_info'),
    invoke('needs'),
    invoke('directory_status').catch(() => null),
    // Only under scripts/bench-app.sh; null otherwise.
    invoke('bench_request').catch(() => null),
  ]);
  app.directoryStatus = directoryStatus;
  app.settings = settings;
  app.info = info;
  app.needs = needs;
  app.go = go;
  app.announce = announce;
  app.setLanguage = setLanguage;
  app.setDisplay = setDisplay;
  applyDisplay();

  // The stored choice, else the system's languages (the core reads them on desktop; phones
  // report them to the web view).
  const requested = settings.language
    ? [settings.language]
    : (info.system_languages.length ? info.system_languages : [...(navigator.languages ?? [])]);
  if (PSEUDO.has(requested[0])) app.testing = true;
  await loadLocale(requested);
  applyStaticTexts();

  document.getElementById('language').addEventListener('change', (e) => setLanguage(e.target.value));
  document.getElementById('home').addEventListener('click', () => go('start'));
  document.getElementById('about-button').addEventListener('click', () => go('about'));
  document.getElementById('skip-link').addEventListener('click', (e) => {
    // A fragment link would add a history entry: move focus instead.
    e.preventDefault();
    const target = main.querySelector('h1') ?? main;
    target.focus();
  });
  setupQuickExit(document.getElementById('quick-exit'), document.getElementById('exit-lights'),
    (text) => { const el = document.getElementById('exit-announce'); el.textContent = text; });
  // tel: and geo: links hand off to the phone or a map app through the `open_uri` command
  // (it accepts only those two schemes). Never let the web view navigate to them: a desktop
  // web view would replace the app with an error page. When nothing can take the link, say
  // what to do instead.
  document.addEventListener('click', (e) => {
    const link = e.target.closest && e.target.closest('a[href^="tel:"], a[href^="geo:"]');
    if (!link) return;
    e.preventDefault();
    invoke('open_uri', { uri: link.getAttribute('href') }).catch(() => showHandoffNote(link));
  });
  invoke('window_title', { neutral: false }).catch(() => {});
  onQuickExit(() => {
    if (current && screens[current].unmount) screens[current].unmount();
    results.forget();
    resetSession();
    current = null;
  });

  document.getElementById('app').hidden = false;
  go('start', { keepFocus: true });
  if (bench) runBench(bench, main).catch((e) => console.error('bench', e));
}

boot().catch((e) => {
  console.error('Ponte could not start', e);
  const box = document.getElementById('boot-error');
  box.hidden = false;
  box.textContent = `Ponte could not start: ${e && e.message ? e.message : e}`;
});
