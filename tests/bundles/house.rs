//! House rules as tests, so they can't rot: only `src/update.rs` may link an HTTP client
//! or open a socket; the Tauri shell (if present) none at all; and the HTTP client is
//! built without native TLS, cookies or default features.

use std::path::{Path, PathBuf};

/// Names that mean network access.
const FORBIDDEN: &[&str] = &[
    "reqwest",
    "hyper",
    "TcpStream",
    "TcpListener",
    "UdpSocket",
    "ureq",
    "std::net::",
    "tokio::net",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Whether `name` occurs in `line` as a whole identifier path ("hyper" in `hyper::`, not
/// in "hyperlink").
fn contains_token(line: &str, name: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    line.match_indices(name).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + name.len()..].chars().next();
        !before.is_some_and(ident) && (name.ends_with(':') || !after.is_some_and(ident))
    })
}

#[test]
fn the_scan_matches_identifiers_not_words() {
    assert!(contains_token("use reqwest::blocking;", "reqwest"));
    assert!(contains_token(
        "let s = std::net::TcpStream::connect(a);",
        "TcpStream"
    ));
    assert!(contains_token("x: std::net::UdpSocket", "std::net::"));
    assert!(!contains_token("a hyperlink", "hyper"));
    assert!(!contains_token("MyTcpStreamLike", "TcpStream"));
}

/// (file, line number, name) of every forbidden name outside `allowed`.
fn violations(root: &Path, dirs: &[&str], allowed: &[&str]) -> Vec<(String, usize, &'static str)> {
    let mut files = Vec::new();
    for d in dirs {
        rust_files(&root.join(d), &mut files);
    }
    let mut found = Vec::new();
    for f in files {
        let rel = f
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if allowed.contains(&rel.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        for (i, line) in text.lines().enumerate() {
            for name in FORBIDDEN {
                if contains_token(line, name) {
                    found.push((rel.clone(), i + 1, *name));
                }
            }
        }
    }
    found
}

#[test]
fn only_the_update_module_touches_the_network() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bad = violations(root, &["src", "src-tauri/src"], &["src/update.rs"]);
    assert!(
        bad.is_empty(),
        "network access outside src/update.rs (ARCHITECTURE.md, \"only the update module touches the network\"):\n{bad:#?}"
    );
    // Positive control: the scan does see the client where it lives.
    let seen = violations(root, &["src"], &[]);
    assert!(
        seen.iter()
            .any(|(f, _, n)| f == "src/update.rs" && *n == "reqwest"),
        "the scan found nothing even in src/update.rs: {seen:?}"
    );
}

#[test]
fn the_http_client_has_rustls_and_no_cookies_or_native_tls() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let line = manifest
        .lines()
        .find(|l| l.starts_with("reqwest"))
        .expect("reqwest is a dependency");
    assert!(line.contains("default-features = false"), "{line}");
    assert!(line.contains("\"rustls\""), "{line}");
    for banned in [
        "cookies",
        "native-tls",
        "default-tls",
        "gzip",
        "brotli",
        "deflate",
        "zstd",
    ] {
        assert!(!line.contains(banned), "reqwest feature {banned}: {line}");
    }
}

#[test]
fn the_user_agent_names_no_version_or_platform() {
    assert_eq!(ponte::update::USER_AGENT, "Ponte");
}

#[test]
fn every_bundle_and_update_message_exists_in_english() {
    // Message ids are string literals in the code; a typo would show the id to people.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let l = ponte::i18n::L10n::english();
    let mut missing = Vec::new();
    let mut seen = 0;
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for (i, _) in text.match_indices('"') {
            let rest = &text[i + 1..];
            let Some(end) = rest.find('"') else { continue };
            let lit = &rest[..end];
            let is_id = (lit.starts_with("bundle-") || lit.starts_with("update-"))
                && lit.len() > 8
                && lit.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            if is_id {
                seen += 1;
                if !l.has(lit) {
                    missing.push(format!("{}: {lit}", f.display()));
                }
            }
        }
    }
    assert!(seen > 50, "only {seen} message ids found");
    assert!(missing.is_empty(), "{missing:#?}");
}
