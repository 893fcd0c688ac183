// Quick exit, after GOV.UK's "Exit this page": a button on every screen, and Shift pressed
// three times on its own (within 5 seconds between presses). It hides everything first, in
// the same event, then wipes the session and replaces this page with a neutral one, so
// nothing is left to go back to.
//
// Why Shift ×3 does not surprise someone typing: only a Shift pressed and released with no
// other key in between counts. Typing a capital (Shift held while a letter goes down) marks
// that Shift as a modifier, whatever order the keys are released in, and any other key
// resets the count. So "ABC" typed with Shift never exits, in a text field or anywhere
// else; Caps Lock is not Shift. (Tracked on keydown rather than from `shiftKey` on keyup,
// which some platforms report as still set when Shift itself is released.)

import { invoke } from './ipc.js';

const PRESSES = 3;
const WINDOW_MS = 5000;

let count = 0;
let timer = null;
let shiftIsModifier = false;
let hooks = [];
let indicator = null;
let announce = null;
let messages = { two: '', one: '', expired: '' };

/** Runs `fn` during quick exit (after the page is hidden). */
export function onQuickExit(fn) {
  hooks.push(fn);
}

export function quickExit() {
  // 1. Hide at once: nothing of Ponte stays on screen, even for a frame.
  const root = document.documentElement;
  root.classList.add('exiting');
  document.title = '';
  // 2. Forget: every registered piece of session state, text typed, scroll, selection.
  for (const fn of hooks) {
    try { fn(); } catch { /* keep going: leaving matters more */ }
  }
  try {
    for (const el of document.querySelectorAll('input, textarea')) {
      if (el.type === 'checkbox' || el.type === 'radio') el.checked = el.defaultChecked;
      else el.value = '';
    }
    const main = document.getElementById('main');
    if (main) main.replaceChildren();
    window.getSelection()?.removeAllRanges();
    window.scrollTo(0, 0);
  } catch { /* ignore */ }
  // 3. The window's title bar must not say "Ponte" either (best effort: the page goes on).
  invoke('window_title', { neutral: true }).catch(() => {});
  // 4. Replace this page (no new history entry): a fresh document with no Ponte content.
  window.location.replace('neutral.html');
}

function show() {
  if (indicator) indicator.dataset.count = String(count);
}

function reset(expired) {
  clearTimeout(timer);
  timer = null;
  count = 0;
  show();
  if (expired && announce) announce(messages.expired);
}

function onKeyDown(e) {
  if (e.key === 'Shift') {
    if (!e.repeat) shiftIsModifier = false;
    return;
  }
  if (e.shiftKey) shiftIsModifier = true; // Shift + another key: typing, not quick exit
  if (count) reset(false);
}

function onKeyUp(e) {
  if (e.key !== 'Shift') return;
  if (shiftIsModifier) {
    shiftIsModifier = false;
    return;
  }
  count += 1;
  show();
  if (count >= PRESSES) {
    reset(false);
    quickExit();
    return;
  }
  if (announce) announce(count === 1 ? messages.two : messages.one);
  clearTimeout(timer);
  timer = setTimeout(() => reset(true), WINDOW_MS);
}

/**
 * Wires the button and the key sequence. `lights` shows how many presses so far;
 * `announcer(text)` speaks to screen readers.
 */
export function setupQuickExit(button, lights, announcer) {
  indicator = lights;
  announce = announcer;
  button.addEventListener('click', (e) => {
    e.preventDefault();
    quickExit();
  });
  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('keyup', onKeyUp, true);
  // A page restored from the back-forward cache must not stay hidden.
  window.addEventListener('pageshow', () => {
    document.documentElement.classList.remove('exiting');
    reset(false);
  });
}

/** The localised announcements: { two, one, expired }. */
export function setQuickExitTexts(texts) {
  messages = texts;
}
