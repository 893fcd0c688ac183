//! The Ponte app: a Tauri 2 shell over the core library.
//!
//! Thin on purpose: each command turns its arguments into a core call and the result into
//! JSON for the web view. No business logic lives here (searching, ranking, hours, rights
//! and files are the core's). The web view is treated as untrusted: it can call only the
//! commands listed in `capabilities/main.json`, under a CSP that allows nothing remote.
//!
//! The same crate builds for desktop and, through [`run`]'s mobile entry point, for
//! Android and iOS.

mod bench;
mod commands;
mod state;

pub use state::AppState;

/// Adds the app's commands to a builder (shared by [`run`] and the tests).
pub fn with_commands<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::app_info,
        commands::l10n,
        commands::needs,
        commands::places,
        commands::nearest_place,
        commands::search,
        commands::service,
        commands::rights,
        commands::report_correction,
        commands::corrections,
        commands::delete_correction,
        commands::settings,
        commands::set_setting,
        commands::open_uri,
        commands::window_title,
        commands::directory_status,
        commands::install_bundle,
        commands::check_updates,
        bench::bench_request,
        bench::bench_done,
    ])
}

/// Runs the app: opens (on first launch, installs) the data folder, then the window.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    bench::mark_start();
    let app = with_commands(
        tauri::Builder::default()
            .plugin(tauri_plugin_opener::init())
            .setup(|app| {
                use tauri::Manager;
                let root = state::data_root(app.handle())?;
                let state = AppState::open(&root)?;
                app.manage(state);
                Ok(())
            }),
    )
    .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => {
            eprintln!("Ponte could not start: {e}");
            std::process::exit(1);
        }
    }
}
