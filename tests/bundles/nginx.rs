//! End to end: a channel published with `ponte channel publish`, served by a real nginx on
//! loopback, updated from with the real `ponte update`. The server's access log is the
//! witness of what left the device: only GETs of channel files, no query strings, the
//! fixed user agent, no Accept-Language, no cookie, no referer — and the same requests
//! whatever language or search the person used before.

// The test needs a free port and to wait for nginx: sockets are fine in tests (the house
// rule is about the app's own code).
#![allow(clippy::disallowed_types)]

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::fixture::{directory, sha256_file, Publisher};
use crate::common::{stderr, stdout};

/// nginx, if installed.
fn nginx() -> Option<PathBuf> {
    ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
}

struct Server {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(nginx: &Path, dir: &Path, root: &Path) -> Server {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        std::fs::create_dir_all(dir).unwrap();
        let log = dir.join("access.log");
        let probe = dir.join("uid-probe");
        std::fs::write(&probe, b"").unwrap();
        let as_root = std::os::unix::fs::MetadataExt::uid(&std::fs::metadata(&probe).unwrap()) == 0;
        for sub in ["body", "proxy", "fastcgi", "uwsgi", "scgi"] {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
        }
        let d = dir.display();
        let conf = format!(
            r#"{user}
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 64; }}
http {{
    default_type application/octet-stream;
    types {{ application/json json; }}
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    log_format ponte escape=json '{{"method":"$request_method","uri":"$request_uri","args":"$args","protocol":"$server_protocol","user_agent":"$http_user_agent","accept_language":"$http_accept_language","cookie":"$http_cookie","referer":"$http_referer","accept":"$http_accept","accept_encoding":"$http_accept_encoding","range":"$http_range","status":"$status"}}';
    access_log {log} ponte;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location /moved/ {{ return 302 http://localhost:{port}/good/; }}
    }}
}}
"#,
            user = if as_root { "user root root;" } else { "" },
            log = log.display(),
            root = root.display(),
        );
        let conf_path = dir.join("nginx.conf");
        std::fs::write(&conf_path, conf).unwrap();
        let child = Command::new(nginx)
            .arg("-p")
            .arg(dir)
            .arg("-c")
            .arg(&conf_path)
            .args(["-g", "daemon off;"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "nginx did not start: {}",
                std::fs::read_to_string(dir.join("error.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Server { child, port, log }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.port)
    }

    fn log_lines(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON log line"))
            .collect()
    }
}

fn ponte(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ponte"))
        .args(args)
        .env("PONTE_DATA_DIR", data)
        .env_remove("PONTE_LANG")
        .env("LANG", "C")
        // Talk to loopback directly, whatever proxy this machine has.
        .env_remove("http_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("https_proxy")
        .env_remove("HTTPS_PROXY")
        .env_remove("all_proxy")
        .env_remove("ALL_PROXY")
        .output()
        .unwrap()
}

/// Every request must be a plain GET of a channel file with nothing about the person.
fn assert_only_plain_gets(lines: &[Value], allowed: &[String]) {
    assert!(!lines.is_empty());
    for l in lines {
        assert_eq!(l["method"], "GET", "{l}");
        let uri = l["uri"].as_str().unwrap();
        assert!(!uri.contains('?'), "query string in {l}");
        assert_eq!(l["args"], "", "{l}");
        assert!(allowed.iter().any(|a| a == uri), "unexpected request {l}");
        assert_eq!(l["user_agent"], "Ponte", "{l}");
        assert_eq!(l["accept_language"], "", "{l}");
        assert_eq!(l["cookie"], "", "{l}");
        assert_eq!(l["referer"], "", "{l}");
    }
}

/// The log lines without what differs between runs by design (nothing, so far).
fn requests(lines: &[Value]) -> Vec<String> {
    lines.iter().map(|l| l.to_string()).collect()
}

#[test]
fn update_from_a_channel_on_nginx_sends_nothing_about_the_person() {
    let Some(nginx) = nginx() else {
        // Skipping is for a developer's machine; on CI a missing tool is a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "nginx is not installed: scripts/setup-debian.sh test installs it"
        );
        eprintln!("SKIPPED: nginx is not installed (scripts/setup-debian.sh test installs it)");
        return;
    };
    let t = tempfile::tempdir().unwrap();
    let p = Publisher::new(t.path(), "org.example");
    let src = directory(&t.path().join("src"), &p.bundle_id(), 60, "one");
    let b1 = p.bundle(&src, 1, &t.path().join("b1.ponte"));
    let b2 = p.bundle(&src, 2, &t.path().join("b2.ponte"));
    let www = t.path().join("www");
    let good = www.join("good");
    let root_pub = p.root.public_path.to_string_lossy().into_owned();
    let o = ponte(
        &t.path().join("publisher-data"),
        &[
            "channel",
            "publish",
            b1.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let server = Server::start(&nginx, &t.path().join("nginx"), &www);
    let channel = server.url("good/");
    let allowed = vec![
        "/good/index.json".to_string(),
        "/good/org.example_test-1.ponte".to_string(),
        "/good/org.example_test-2.ponte".to_string(),
    ];

    // Two people with different languages and searches: the server sees the same thing.
    let mut per_person = Vec::new();
    for (who, lang, near, need) in [
        ("a", "ar", "Lisboa", "health"),
        ("b", "pt", "13.75,100.5", "work"),
    ] {
        let data = t.path().join(format!("device-{who}"));
        super::fixture::data_dir(&data);
        let before = server.log_lines().len();
        let o = ponte(
            &data,
            &["--lang", lang, "search", "--near", near, "--need", need],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(
            server.log_lines().len(),
            before,
            "a search touched the network"
        );
        let o = ponte(
            &data,
            &[
                "--lang",
                lang,
                "update",
                "--channel",
                &channel,
                "--trust",
                &root_pub,
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        // The person reads the outcome in their own language; right-to-left ones keep
        // Fluent's isolation marks around values, which the comparison ignores.
        let l = ponte::i18n::L10n::new(&[lang.to_string()]);
        assert_eq!(l.tag(), lang);
        let text = ponte::i18n::strip_isolation(&stdout(&o));
        let installed = ponte::i18n::strip_isolation(&l.ta(
            "bundle-cli-installed",
            &[
                ("bundle", "org.example/test".into()),
                ("sequence", "1".into()),
                (
                    "publisher",
                    "Test publisher org.example (org.example)".into(),
                ),
                ("services", 60.into()),
            ],
        ));
        assert_eq!(text.lines().next(), Some(installed.as_str()), "{text}");
        let o = ponte(
            &data,
            &[
                "--lang",
                lang,
                "update",
                "--channel",
                &channel,
                "--trust",
                &root_pub,
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let up_to_date = ponte::i18n::strip_isolation(&l.ta(
            "bundle-cli-up-to-date",
            &[
                ("bundle", "org.example/test".into()),
                ("offered", "1".into()),
                ("installed", "1".into()),
            ],
        ));
        assert_eq!(
            ponte::i18n::strip_isolation(&stdout(&o)).trim_end(),
            up_to_date,
            "{}",
            stdout(&o)
        );
        let lines = server.log_lines()[before..].to_vec();
        assert_only_plain_gets(&lines, &allowed);
        per_person.push(requests(&lines));
        let o = ponte(&data, &["directory", "info", "--json"]);
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["active"]["sequence"], 1);
        assert_eq!(
            sha256_file(Path::new(v["active"]["path"].as_str().unwrap())),
            sha256_file(&src)
        );
        assert!(v["status"]["last_checked"].is_string());
    }
    assert_eq!(per_person[0], per_person[1]);
    assert_eq!(
        per_person[0]
            .iter()
            .filter(|l| l.contains("test-1.ponte"))
            .count(),
        1,
        "{:?}",
        per_person[0]
    );

    // Sequence 2 is published; device a has half of it already: the update resumes.
    let o = ponte(
        &t.path().join("publisher-data"),
        &[
            "channel",
            "publish",
            b2.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let data_a = t.path().join("device-a");
    let whole = std::fs::read(&b2).unwrap();
    let downloads = data_a.join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    std::fs::write(
        downloads.join(format!("{}.ponte.part", sha256_file(&b2))),
        &whole[..whole.len() / 2],
    )
    .unwrap();
    let before = server.log_lines().len();
    let o = ponte(
        &data_a,
        &["update", "--channel", &channel, "--trust", &root_pub],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("sequence 2"), "{}", stdout(&o));
    let lines = server.log_lines()[before..].to_vec();
    assert_only_plain_gets(&lines, &allowed);
    let resumed = lines
        .iter()
        .find(|l| l["uri"] == "/good/org.example_test-2.ponte")
        .unwrap();
    assert_eq!(resumed["range"], format!("bytes={}-", whole.len() / 2));
    assert_eq!(resumed["status"], "206");
    assert_eq!(std::fs::read_dir(&downloads).unwrap().count(), 0);

    // A mirror serving more than the signed manifest declares (endless data) is refused
    // and nothing changes.
    let evil = www.join("evil");
    std::fs::create_dir_all(&evil).unwrap();
    let b3 = p.bundle(&src, 3, &t.path().join("b3.ponte"));
    let mut long = std::fs::read(&b3).unwrap();
    long.extend(std::iter::repeat_n(0u8, 3 * 1024 * 1024));
    std::fs::write(evil.join("org.example_test-3.ponte"), &long).unwrap();
    let index = serde_json::json!({
        "type": "ponte-channel-index", "format": 1, "updated": "2026-01-01T00:00:00Z",
        "bundles": [{"bundle_id": "org.example/test", "publisher": "org.example",
            "sequence": 3, "file": "org.example_test-3.ponte", "length": long.len(),
            "sha256": sha256_file(&evil.join("org.example_test-3.ponte")),
            "expires": "2099-01-01T00:00:00Z"}]
    });
    std::fs::write(evil.join("index.json"), index.to_string()).unwrap();
    let o = ponte(
        &data_a,
        &[
            "update",
            "--channel",
            &server.url("evil/"),
            "--trust",
            &root_pub,
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("more data than"), "{}", stderr(&o));
    assert!(stderr(&o).contains("Nothing was changed"), "{}", stderr(&o));
    let o = ponte(&data_a, &["directory", "info", "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["active"]["sequence"], 2);
    assert_eq!(std::fs::read_dir(&downloads).unwrap().count(), 0);

    // A redirect to another origin is not followed.
    let before = server.log_lines().len();
    let o = ponte(
        &data_a,
        &[
            "update",
            "--channel",
            &server.url("moved/"),
            "--trust",
            &root_pub,
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let lines = server.log_lines()[before..].to_vec();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["uri"], "/moved/index.json");
}
