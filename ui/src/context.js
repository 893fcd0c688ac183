// Shared, read-mostly facts about the app for the screens (filled at start-up), and the
// navigation functions app.js provides.

export const app = {
  info: null, //      app_info: version, directory, locales, device_location...
  directoryStatus: null, // directory_status: published, verified, expires, expired, channel
  needs: [], //       the taxonomy, in order
  settings: {}, //    stored settings (language, text-size, contrast)
  testing: false, //  pseudo-locales offered in the language switcher
  go: () => {}, //    go(screen, options)
  announce: () => {}, // polite screen-reader message
  setLanguage: async () => {}, // setLanguage(tag): switch, store, redraw
  setDisplay: async () => {}, //  setDisplay(key, value): text size or contrast
};
