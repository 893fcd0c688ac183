//! The app's commands, headless: Tauri's mock runtime with the app's real configuration
//! and capabilities, a real data folder and the built-in directory.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

/// One data folder for the whole test binary: the built-in data compiles once.
fn data() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let d = std::env::temp_dir().join(format!("ponte-app-tests-{}", std::process::id()));
        ponte_app_lib::AppState::open(&d).expect("data folder opens");
        d
    })
}

fn app() -> App<MockRuntime> {
    let state = ponte_app_lib::AppState::open(data()).expect("state");
    ponte_app_lib::with_commands(mock_builder().manage(state))
        .build(tauri::generate_context!())
        .expect("app builds")
}

fn window(app: &App<MockRuntime>, label: &str) -> WebviewWindow<MockRuntime> {
    WebviewWindowBuilder::new(app, label, Default::default())
        .build()
        .expect("window")
}

fn call(w: &WebviewWindow<MockRuntime>, url: &str, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        w,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: url.parse().expect("url"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().expect("json"))
}

const APP_URL: &str = "tauri://localhost";

#[test]
fn search_from_the_apps_own_page_ranks_cnaim_lisboa_first() {
    let app = app();
    let w = window(&app, "main");
    let lisbon = call(
        &w,
        APP_URL,
        "places",
        json!({"query": "Lisboa", "limit": 1}),
    )
    .unwrap();
    let (lat, lon) = (
        lisbon[0]["lat"].as_f64().unwrap(),
        lisbon[0]["lon"].as_f64().unwrap(),
    );
    let r = call(
        &w,
        APP_URL,
        "search",
        json!({"request": {"lat": lat, "lon": lon, "needs": ["health"]}, "lang": ["en"]}),
    )
    .unwrap();
    assert_eq!(r["hits"][0]["id"], "pt-cnaim-lisboa");
    assert!(r["hits"][0]["distance_m"].as_f64().unwrap() < 5_000.0);
    assert!(r["hits"][0]["badges"].as_array().is_some());
    assert_eq!(r["near_place"]["place"]["country"], "PT");
}

#[test]
fn a_remote_origin_cannot_call_any_command() {
    let app = app();
    let w = window(&app, "main");
    for url in ["https://example.com", "http://tauri.localhost.evil.example"] {
        let r = call(&w, url, "app_info", json!({}));
        assert!(r.is_err(), "{url} was allowed: {r:?}");
    }
}

#[test]
fn a_window_without_the_capability_cannot_call_commands() {
    let app = app();
    let w = window(&app, "other");
    assert!(call(&w, APP_URL, "app_info", json!({})).is_err());
}

#[test]
fn no_plugin_or_core_command_beyond_ours_is_reachable() {
    let app = app();
    let w = window(&app, "main");
    for cmd in [
        "plugin:fs|read_file",
        "plugin:shell|execute",
        "plugin:http|fetch",
        "plugin:opener|open_url",
        "plugin:webview|create_webview_window",
    ] {
        assert!(
            call(&w, APP_URL, cmd, json!({})).is_err(),
            "{cmd} reachable"
        );
    }
}

#[test]
fn only_known_settings_are_stored() {
    let app = app();
    let w = window(&app, "main");
    assert!(call(
        &w,
        APP_URL,
        "set_setting",
        json!({"key": "last-place", "value": "Lisboa"})
    )
    .is_err());
    call(
        &w,
        APP_URL,
        "set_setting",
        json!({"key": "language", "value": "ar"}),
    )
    .unwrap();
    let s = call(&w, APP_URL, "settings", json!({})).unwrap();
    assert_eq!(s["language"], "ar");
    assert!(s.get("last-place").is_none());
}

#[test]
fn a_correction_is_kept_on_the_device_and_can_be_deleted() {
    let app = app();
    let w = window(&app, "main");
    let id = call(
        &w,
        APP_URL,
        "report_correction",
        json!({"serviceId": "pt-cnaim-lisboa", "field": "phone", "note": "number no longer answers"}),
    )
    .unwrap();
    let all = call(&w, APP_URL, "corrections", json!({})).unwrap();
    assert!(all
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == id && c["note"] == "number no longer answers"));
    assert!(call(
        &w,
        APP_URL,
        "report_correction",
        json!({"serviceId": "no-such", "note": "x"})
    )
    .is_err());
    assert_eq!(
        call(&w, APP_URL, "delete_correction", json!({"id": id})).unwrap(),
        true
    );
}

#[test]
fn l10n_returns_the_chain_with_english_last_and_direction() {
    let app = app();
    let w = window(&app, "main");
    let r = call(&w, APP_URL, "l10n", json!({"requested": ["ar-XB"]})).unwrap();
    assert_eq!(r["info"]["direction"], "rtl");
    let chain: Vec<&str> = r["chain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["tag"].as_str().unwrap())
        .collect();
    assert_eq!(chain.last(), Some(&"en"));
    let r = call(&w, APP_URL, "l10n", json!({"requested": ["xx-unknown"]})).unwrap();
    assert_eq!(r["tag"], "en");
    assert_eq!(r["fell_back_from"], "xx-unknown");
}

#[test]
fn service_page_has_links_hours_and_provenance() {
    let app = app();
    let w = window(&app, "main");
    let s = call(
        &w,
        APP_URL,
        "service",
        json!({"id": "pt-cnaim-lisboa", "lang": ["en"]}),
    )
    .unwrap();
    assert!(s["geo_uri"].as_str().unwrap().starts_with("geo:38.7"));
    assert!(s["phones"][0]["dial"].as_str().unwrap().starts_with("+351"));
    assert!(s["source"].as_str().unwrap().starts_with("http"));
    assert_eq!(s["week"].as_array().unwrap().len(), 7);
    assert!(s["stale"].as_bool().unwrap());
}

/// `install_bundle` with raw bytes (what the web view sends for "Install from file").
fn install(w: &WebviewWindow<MockRuntime>, bytes: Vec<u8>, lang: &str) -> Result<Value, Value> {
    let mut headers = tauri::http::HeaderMap::new();
    headers.insert("ponte-lang", lang.parse().expect("header"));
    get_ipc_response(
        w,
        InvokeRequest {
            cmd: "install_bundle".into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: APP_URL.parse().expect("url"),
            body: InvokeBody::Raw(bytes),
            headers,
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().expect("json"))
}

#[test]
fn install_from_file_refuses_a_file_that_is_not_a_bundle_and_changes_nothing() {
    let app = app();
    let w = window(&app, "main");
    let before = call(&w, APP_URL, "directory_status", json!({})).unwrap();
    let info_before = call(&w, APP_URL, "app_info", json!({})).unwrap();
    let r = install(
        &w,
        b"PK\x03\x04 a zip file, not a Ponte bundle".to_vec(),
        "en",
    )
    .unwrap();
    assert_eq!(r["outcome"], "refused", "{r}");
    let msg = r["message"].as_str().unwrap();
    assert!(msg.contains("not a bundle"), "{msg}");
    assert!(msg.contains("Nothing was changed"), "{msg}");
    assert_eq!(
        call(&w, APP_URL, "directory_status", json!({})).unwrap(),
        before
    );
    let info_after = call(&w, APP_URL, "app_info", json!({})).unwrap();
    assert_eq!(info_after["active"], info_before["active"]);
    // The private copy the core read is gone.
    let downloads = data().join("downloads");
    let left: Vec<_> = std::fs::read_dir(&downloads)
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "left in downloads: {left:?}");
}

#[test]
fn install_from_file_wants_the_bytes_as_the_body() {
    let app = app();
    let w = window(&app, "main");
    let e = call(
        &w,
        APP_URL,
        "install_bundle",
        json!({"path": "/etc/passwd"}),
    )
    .unwrap_err();
    assert_eq!(e["kind"], "input", "{e}");
}

#[test]
fn directory_status_says_the_built_in_directory_is_in_use_and_not_expired() {
    let app = app();
    let w = window(&app, "main");
    let s = call(&w, APP_URL, "directory_status", json!({})).unwrap();
    assert_eq!(s["built_in"], true, "{s}");
    assert_eq!(s["expired"], false, "{s}");
    assert!(s["title"].as_str().is_some_and(|t| !t.is_empty()), "{s}");
}

#[test]
fn check_updates_refuses_a_channel_that_is_not_http() {
    let app = app();
    let w = window(&app, "main");
    let r = call(
        &w,
        APP_URL,
        "check_updates",
        json!({"channel": "file:///etc/", "lang": ["en"]}),
    )
    .unwrap();
    assert_eq!(r["outcome"], "refused", "{r}");
    assert!(
        r["message"].as_str().unwrap().contains("file:///etc/"),
        "{r}"
    );
}
