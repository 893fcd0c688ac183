// The start-up probe for scripts/bench-app.sh (src-tauri/src/bench.rs). Runs only when the
// app was started with PONTE_BENCH_FIRST_RESULTS=<need>,<place>: it takes the same path as
// a person choosing the need and the first place the type-ahead offers, waits until the
// results are on screen (and painted), then tells the Rust side, which prints the time.
// It shows nothing of its own.

import { invoke } from './ipc.js';
import { session } from './state.js';
import { choosePlace, placeLabel } from './screens/where.js';

function painted() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

function resultsShown(root) {
  const done = () => root.querySelector('[data-test="results-status"] .status-count');
  return new Promise((resolve) => {
    if (done()) { resolve(); return; }
    const watch = new MutationObserver(() => {
      if (done()) { watch.disconnect(); resolve(); }
    });
    watch.observe(root, { childList: true, subtree: true });
  });
}

export async function runBench(req, root) {
  const [m] = await invoke('places', { query: req.place, limit: 1 });
  if (!m) { await invoke('bench_done', { hits: 0 }); return; }
  session.need = req.need;
  const shown = resultsShown(root);
  choosePlace({
    name: m.name, country: m.country, country_name: m.country_name, lat: m.lat, lon: m.lon,
    label: placeLabel(m.matched_name, m.country, m.country_name),
  });
  await shown;
  await painted();
  const hits = root.querySelectorAll('[data-test="results"] > li').length;
  await invoke('bench_done', { hits });
}
