// The page quick exit leaves on screen: a plain clock, nothing of Ponte. "Continue" (in the
// person's language) starts Ponte again from its first screen, replacing this page.

import { invoke } from './ipc.js';
import { loadLocale, t, intlTag } from './i18n.js';

const clock = document.getElementById('clock');
const date = document.getElementById('date');
const button = document.getElementById('continue');

function tick() {
  const now = new Date();
  try {
    clock.textContent = new Intl.DateTimeFormat(intlTag(), { hour: '2-digit', minute: '2-digit' }).format(now);
    date.textContent = new Intl.DateTimeFormat(intlTag(), { dateStyle: 'full' }).format(now);
  } catch {
    clock.textContent = now.toLocaleTimeString();
  }
}

async function start() {
  // Quick exit asked for this already; ask again in case the page went first.
  invoke('window_title', { neutral: true }).catch(() => {});
  let requested = [];
  try {
    const settings = await invoke('settings');
    if (settings.language) requested = [settings.language];
  } catch { /* the system's languages */ }
  try {
    await loadLocale(requested);
    button.textContent = t('exit-neutral-continue');
  } catch {
    button.textContent = '→';
  }
  // The neutral page is not tied to the app's direction for its layout, only its text.
  tick();
  setInterval(tick, 15000);
  button.hidden = false;
  button.addEventListener('click', () => window.location.replace('index.html'));
}

start();
