// Words for results: distance and direction, opening status, age of a record, names of
// needs, countries and languages. The same rules as the core's `present` module, so the
// app and the command line say the same thing.

import { t, intlTag } from './i18n.js';

/** "350 m" or "2.3 km" (rounded like the command line). */
export function distance(meters) {
  if (meters < 1000) return t('distance-meters', { meters: Math.round(meters / 10) * 10 });
  if (meters < 10000) return t('distance-kilometers', { kilometers: meters / 1000 });
  return t('distance-kilometers', { kilometers: Math.round(meters / 1000) });
}

/**
 * "2.3 km north-east"; "about 14 km west" or "within about 3 km" for approximate places.
 * Returns { text, direction }: direction is the compass code the text names, or null.
 */
export function distanceText(meters, direction, uncertainty = 0) {
  if (meters == null) return { text: '', direction: null };
  if (uncertainty > 0 && meters < uncertainty) {
    return { text: t('distance-within-about', { distance: distance(uncertainty) }), direction: null };
  }
  const d = uncertainty >= 500 ? t('distance-about', { distance: distance(meters) }) : distance(meters);
  if (direction && meters >= 50) {
    return { text: t('distance-direction', { distance: d, direction: t(`compass-${direction}`) }), direction };
  }
  return { text: d, direction: null };
}

/** ISO weekday (1 = Monday) of the date at the start of an RFC 3339 string (its own offset). */
function isoWeekday(rfc3339) {
  const [y, m, d] = rfc3339.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** { text, tone } for an opening status, in the service's own time. */
export function statusText(st) {
  if (!st) return { text: t('status-unknown'), tone: 'unknown' };
  const time = st.changes_at_local ?? '';
  if (st.state === 'open') {
    if (st.closes_soon) return { text: t('status-closes-soon', { time }), tone: 'soon' };
    if (st.changes_at && !st.changes_on_other_day) return { text: t('status-open-until', { time }), tone: 'open' };
    return { text: t('status-open'), tone: 'open' };
  }
  if (st.state === 'closed') {
    if (st.changes_at && st.changes_on_other_day) {
      const day = t(`weekday-${isoWeekday(st.changes_at)}`);
      return { text: t('status-opens-on', { day, time }), tone: 'closed' };
    }
    if (st.changes_at) return { text: t('status-opens-at', { time }), tone: 'closed' };
    return { text: t('status-closed'), tone: 'closed' };
  }
  return { text: t('status-unknown'), tone: 'unknown' };
}

/** "3 months ago" / "11 years ago", or null when the date is unknown. */
export function ageText(months) {
  if (months == null) return null;
  if (months >= 24) return t('verified-years-ago', { years: Math.floor(months / 12) });
  return t('verified-months-ago', { months });
}

export function needName(code) {
  return t(`need-${code.replace(/\./g, '-')}`);
}

export function servesName(code) {
  return t(`serves-${code}`);
}

/** A country's name in the reader's language, else the gazetteer's English name. */
export function countryName(code, english) {
  try {
    const name = new Intl.DisplayNames([intlTag()], { type: 'region' }).of(code);
    if (name && name !== code) return name;
  } catch { /* no Intl data for this locale */ }
  return english || code;
}

/** A language's name for itself (autonym), from the core when it knows it. */
export function languageName(code, autonym) {
  if (autonym) return autonym;
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    if (name && name !== code) return name;
  } catch { /* unknown to Intl */ }
  return code;
}

/** A day of a service's week (YYYY-MM-DD, its own calendar date), like "24 Nov". */
export function shortDate(iso) {
  try {
    const [y, m, d] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(intlTag(), { day: 'numeric', month: 'short', timeZone: 'UTC' })
      .format(new Date(Date.UTC(y, m - 1, d)));
  } catch {
    return iso;
  }
}

/** A calendar date (YYYY-MM-DD or RFC 3339) in the reader's format. */
export function longDate(iso) {
  if (!iso) return '';
  try {
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    return new Intl.DateTimeFormat(intlTag(), { dateStyle: 'long', timeZone: 'UTC' })
      .format(new Date(Date.UTC(y, m - 1, d)));
  } catch {
    return iso;
  }
}

export function number(n) {
  return new Intl.NumberFormat(intlTag()).format(n);
}

/** "Health, Education and Housing", in the reader's language. */
export function list(items) {
  try {
    return new Intl.ListFormat(intlTag(), { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
