// The only door to Ponte's core: Tauri commands over IPC (src-tauri/src/commands.rs).
// Nothing here opens a network connection; the CSP allows only the IPC origin.

export function invoke(cmd, args = {}) {
  const core = window.__TAURI__ && window.__TAURI__.core;
  if (!core || typeof core.invoke !== 'function') {
    return Promise.reject({ kind: 'internal', message: 'Tauri IPC is not available' });
  }
  return core.invoke(cmd, args);
}
