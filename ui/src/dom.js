// Building the page without HTML strings: every node is made with createElement and every
// text is set with textContent (directory text is untrusted data): no HTML strings, ever.

/**
 * h('p', { class: 'x', dataset: { test: 'y' }, on: { click } }, 'text', child...)
 * Props: class, dataset, on (event handlers), text; anything else becomes an attribute
 * (false/null/undefined skip it; true sets it empty).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
    else if (k === 'dataset') for (const [dk, dv] of Object.entries(v)) { if (dv != null) el.dataset[dk] = String(dv); }
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else if (k === 'text') el.textContent = String(v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = !!v;
    else if (k === 'selected') el.selected = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** Appends children: nodes as they are, strings and numbers as text nodes. */
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** A decorative icon (CSS mask from icons.css): hidden from screen readers. */
export function icon(name, extra) {
  return h('span', { class: ['icon', `i-${name.replace(/\./g, '-')}`, extra], 'aria-hidden': 'true' });
}

/** Text that came from the directory: its language when known, direction from content. */
export function dirText(tag, text, lang, props = {}) {
  return h(tag, { ...props, lang: lang || undefined, dir: 'auto' }, text ?? '');
}

let uid = 0;
/** A fresh id for label/aria wiring. */
export function newId(prefix = 'id') {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** Removes every child of `el`. */
export function clear(el) {
  el.replaceChildren();
  return el;
}
