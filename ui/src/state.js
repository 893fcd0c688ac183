// What the person has chosen in this session. Kept in memory only: never in storage, the
// URL or history, and wiped by quick exit (which also reloads the page).

export function defaultFilters() {
  return {
    openNow: false,
    free: false,
    noDocuments: false,
    firewall: false,
    language: '',
    serves: '',
    withinKm: '',
    subNeed: '',
    text: '',
  };
}

function fresh() {
  return {
    screen: 'start',
    need: null, //          need code chosen on the start screen
    place: null, //         { name, country, country_name, lat, lon, label, picked }
    filters: defaultFilters(),
    limit: 20,
    results: null, //       last search response (for going back from a service page)
    resultsKey: null, //    what it was searched with
    rights: null,
    selected: null, //      id of the result last opened or picked on the map
    serviceId: null,
    returnTo: 'start', //   where "back" goes from About
    resultsScroll: 0,
    showMap: false, //      narrow screens: map shown instead of hidden
  };
}

export const session = fresh();

/** Forgets everything chosen in this session. */
export function resetSession() {
  for (const k of Object.keys(session)) delete session[k];
  Object.assign(session, fresh());
}

/** How many filters are on (for the filter summary). */
export function activeFilterCount(f = session.filters) {
  return Object.entries(f).filter(([, v]) => v !== '' && v !== false).length;
}
