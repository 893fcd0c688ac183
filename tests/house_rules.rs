//! House rules that would otherwise rot: checked over the source tree on every test run.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            if !["node_modules", "dist", "target", "gen", "dev"].contains(&name.as_str()) {
                files(&p, exts, out);
            }
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| exts.contains(&x))
        {
            out.push(p);
        }
    }
}

#[test]
fn every_rust_module_says_what_it_is_for() {
    let mut rs = Vec::new();
    files(&root().join("src"), &["rs"], &mut rs);
    files(&root().join("src-tauri/src"), &["rs"], &mut rs);
    assert!(rs.len() > 15);
    for f in rs {
        let text = std::fs::read_to_string(&f).unwrap();
        assert!(
            text.trim_start().starts_with("//!"),
            "{} has no //! module doc",
            f.display()
        );
    }
}

#[test]
fn the_ui_never_builds_html_from_strings() {
    let mut ui = Vec::new();
    files(&root().join("ui"), &["js", "mjs", "html"], &mut ui);
    for f in ui {
        if f.ends_with("build.mjs") {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        for sink in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
        ] {
            assert!(!text.contains(sink), "{} uses {sink}", f.display());
        }
        // No inline scripts or styles: the CSP forbids them, so they would silently break.
        if f.extension().is_some_and(|x| x == "html") {
            assert!(
                !text.contains(" style="),
                "{} has an inline style",
                f.display()
            );
            assert!(
                !text.contains("onclick=") && !text.contains("onload="),
                "{} has an inline handler",
                f.display()
            );
            for (i, _) in text.match_indices("<script") {
                let tag_end = text[i..].find('>').map(|e| &text[i..i + e]).unwrap_or("");
                assert!(
                    tag_end.contains("src="),
                    "{} has an inline <script>",
                    f.display()
                );
            }
        }
    }
}

#[test]
fn the_ui_references_nothing_remote() {
    let mut ui = Vec::new();
    files(
        &root().join("ui"),
        &["js", "mjs", "html", "css", "svg"],
        &mut ui,
    );
    for f in ui {
        if f.ends_with("build.mjs") {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        for (i, _) in text.match_indices("http") {
            let rest = &text[i..];
            let url: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && !"\"'()<>`".contains(*c))
                .collect();
            let allowed = !(url.starts_with("http://") || url.starts_with("https://"))
                || url.starts_with("http://www.w3.org/")
                || url.starts_with("http://ipc.localhost")
                || url.starts_with("http://tauri.localhost");
            assert!(allowed, "{} references {url}", f.display());
        }
    }
}

#[test]
fn the_csp_allows_no_remote_origin_and_no_inline_code() {
    let conf: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("src-tauri/tauri.conf.json")).unwrap(),
    )
    .unwrap();
    let csp = &conf["app"]["security"]["csp"];
    let obj = csp.as_object().expect("CSP set as directives");
    assert_eq!(obj["default-src"], "'self'");
    for (k, v) in obj {
        let v = v.as_str().unwrap();
        for bad in ["'unsafe-inline'", "'unsafe-eval'", "*", "https:", "http:"] {
            assert!(!v.split_whitespace().any(|t| t == bad), "{k} allows {bad}");
        }
        for token in v.split_whitespace() {
            let remote = token.contains("://") && !["http://ipc.localhost"].contains(&token);
            assert!(!remote, "{k} allows {token}");
        }
    }
    assert_eq!(conf["app"]["security"]["freezePrototype"], true);
}

#[test]
fn the_window_may_call_only_the_apps_own_commands() {
    let mut caps = Vec::new();
    files(&root().join("src-tauri/capabilities"), &["json"], &mut caps);
    assert!(!caps.is_empty());
    for f in caps {
        let c: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        assert_eq!(c["windows"], serde_json::json!(["main"]), "{}", f.display());
        assert!(
            c.get("remote").is_none(),
            "{} grants remote URLs",
            f.display()
        );
        for p in c["permissions"].as_array().unwrap() {
            let p = p.as_str().expect("plain permission ids");
            assert!(
                p.starts_with("allow-") && !p.contains(':'),
                "{} grants {p}",
                f.display()
            );
        }
    }
}
