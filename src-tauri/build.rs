//! Declares the app's own commands so Tauri generates one permission per command; the
//! window's capability (capabilities/main.json) grants exactly these and nothing else.

fn main() {
    let ui = std::path::Path::new("../ui/dist/index.html");
    if !ui.exists() {
        panic!(
            "ui/dist is missing: build the interface first with `npm ci --prefix ui && node ui/build.mjs` (the README's commands do this)"
        );
    }
    println!("cargo:rerun-if-changed=../ui/dist");
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "app_info",
            "l10n",
            "needs",
            "places",
            "nearest_place",
            "search",
            "service",
            "rights",
            "report_correction",
            "corrections",
            "delete_correction",
            "settings",
            "set_setting",
            "open_uri",
            "window_title",
            "directory_status",
            "install_bundle",
            "check_updates",
            "bench_request",
            "bench_done",
        ]),
    ))
    .expect("tauri build configuration is valid");
}
