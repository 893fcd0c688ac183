// Updating the directory from the About page: where the directory in use came from (and a
// warning once it is past its expiry), "Install from file" and "Check for updates".
// Verification, installing and the network are the core's (commands install_bundle and
// check_updates); this page only hands over the chosen file's bytes or the channel address
// and shows the outcome.

import { h, icon, newId } from '../dom.js';
import { t, chainTags } from '../i18n.js';
import { invoke } from '../ipc.js';
import { longDate } from '../format.js';
import { app } from '../context.js';
import { errorText } from './common.js';

/** The status lines for the directory in use (dates in the reader's language). */
function statusLines(st) {
  if (!st) return [];
  if (st.built_in) return [h('li', {}, t('bundle-status-built-in'))];
  const lines = [];
  if (st.published) lines.push(h('li', {}, t('bundle-status-published', { date: longDate(st.published) })));
  if (st.verified_at) lines.push(h('li', {}, t('bundle-status-verified', { date: longDate(st.verified_at) })));
  if (st.expires) {
    lines.push(st.expired
      ? h('li', { class: 'warning-box with-icon', dataset: { test: 'directory-expired' } }, icon('warning'), h('span', {}, t('bundle-status-expired', { date: longDate(st.expires) })))
      : h('li', {}, t('bundle-status-expires', { date: longDate(st.expires) })));
  }
  if (st.last_checked) lines.push(h('li', {}, t('bundle-status-last-checked', { date: longDate(st.last_checked) })));
  return lines;
}

/** After an install: the new directory's facts everywhere, then this page drawn again. */
async function refresh() {
  try {
    app.info = await invoke('app_info');
    app.directoryStatus = await invoke('directory_status');
  } catch (e) {
    console.warn('directory status not refreshed', e);
  }
}

// What the last install said, kept across the redraw that shows the new directory.
let pending = null;

export function updateSection() {
  const fileId = newId('bundle-file');
  const channelId = newId('channel');
  const status = h('ul', { class: 'status-lines', dataset: { test: 'directory-status' } }, statusLines(app.directoryStatus));
  const outcome = h('p', { role: 'status', class: 'update-outcome', dataset: { test: 'update-outcome' } });
  const say = (view) => {
    outcome.className = `update-outcome outcome-${view.outcome}`;
    outcome.dataset.outcome = view.outcome;
    outcome.textContent = view.message;
  };
  const show = async (view) => {
    say(view);
    if (view.outcome === 'installed') {
      await refresh();
      pending = view;
      app.go('about', { keepFocus: true });
      return;
    }
    if (view.directory) { app.directoryStatus = view.directory; status.replaceChildren(...statusLines(view.directory)); }
  };
  const fail = (e) => {
    outcome.className = 'update-outcome outcome-refused';
    outcome.dataset.outcome = 'error';
    outcome.textContent = errorText(e);
  };
  const busy = (on, ...controls) => {
    for (const c of controls) c.disabled = on;
    if (on) { outcome.dataset.outcome = 'working'; outcome.textContent = t('about-update-working'); }
  };

  const file = h('input', { type: 'file', id: fileId, accept: '.ponte', class: 'visually-hidden', dataset: { test: 'install-file' } });
  const fileButton = h('label', { for: fileId, class: 'button', tabindex: '0', role: 'button', dataset: { test: 'install-file-button' } },
    icon('file'), ' ', t('about-update-file'));
  fileButton.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); file.click(); } });
  file.addEventListener('change', async () => {
    const chosen = file.files && file.files[0];
    if (!chosen) return;
    busy(true, file);
    try {
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      await show(await invoke('install_bundle', bytes, { headers: { 'Ponte-Lang': chainTags().join(',') } }));
    } catch (e) {
      fail(e);
    } finally {
      file.value = '';
      busy(false, file);
    }
  });

  const channel = h('input', {
    type: 'url', id: channelId, class: 'text-input', dir: 'ltr', inputmode: 'url', autocomplete: 'off', spellcheck: 'false',
    value: (app.directoryStatus && app.directoryStatus.channel) || '', dataset: { test: 'channel' },
  });
  const check = h('button', { type: 'submit', class: 'button', dataset: { test: 'check-updates' } }, icon('refresh'), ' ', t('about-update-check'));
  const form = h('form', { class: 'channel-form', dataset: { test: 'channel-form' }, on: { submit: async (e) => {
    e.preventDefault();
    if (!channel.value.trim()) { channel.focus(); return; }
    busy(true, check, channel);
    try {
      await show(await invoke('check_updates', { channel: channel.value.trim(), lang: chainTags() }));
    } catch (err) {
      fail(err);
    } finally {
      busy(false, check, channel);
    }
  } } },
  h('label', { for: channelId }, t('about-update-channel')),
  h('p', { class: 'hint' }, t('about-update-channel-hint')),
  h('div', { class: 'channel-row' }, channel, check));

  if (pending) { say(pending); pending = null; }

  return h('section', { 'aria-labelledby': 'about-update-h', dataset: { test: 'update' } },
    h('h2', { id: 'about-update-h' }, t('about-update-heading')),
    status,
    h('p', { class: 'hint' }, t('about-update-intro')),
    h('div', { class: 'install-file' }, file, fileButton, h('p', { class: 'hint' }, t('about-update-file-hint'))),
    form,
    outcome);
}
