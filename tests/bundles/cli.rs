//! The whole flow through the real `ponte` binary, as an NGO and a device would use it:
//! keys, key list, build, verify, trust, install, status, channel, rotation, revocation.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::common::{place, stderr, stdout, HEADER};

fn ponte(data: &Path, dir: &Path, args: &[&str], passphrase: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ponte"));
    c.args(args)
        .current_dir(dir)
        .env("PONTE_DATA_DIR", data)
        .env("LANG", "C")
        .env_remove("PONTE_LANG")
        .stdin(Stdio::null());
    match passphrase {
        Some(p) => c.env("PONTE_KEY_PASSPHRASE", p),
        None => c.env_remove("PONTE_KEY_PASSPHRASE"),
    };
    c.output().unwrap()
}

fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "{:?}\nstdout: {}\nstderr: {}",
        o.status,
        stdout(o),
        stderr(o)
    );
    stdout(o)
}

fn refused(o: &Output, needle: &str) -> String {
    assert_eq!(o.status.code(), Some(2), "{}\n{}", stdout(o), stderr(o));
    let e = stderr(o);
    assert!(e.contains(needle), "expected {needle:?} in: {e}");
    e
}

fn key_id(pub_file: &Path) -> String {
    let text = std::fs::read_to_string(pub_file).unwrap();
    text.lines()
        .next()
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap()
        .to_string()
}

fn sources(dir: &Path, n: usize) {
    let rows: Vec<String> = (0..n)
        .map(|i| {
            place(
                &format!("cli-{i}"),
                "health",
                38.7 + i as f64 * 0.001,
                -9.14,
            )
        })
        .collect();
    std::fs::write(
        dir.join("src.csv"),
        format!("{HEADER}\n{}\n", rows.join("\n")),
    )
    .unwrap();
}

fn build(data: &Path, d: &Path, out: &str, seq: &str, key: &str) -> Output {
    ponte(
        data,
        d,
        &[
            "bundle",
            "build",
            "src.csv",
            "-o",
            out,
            "--sequence",
            seq,
            "--expires",
            "2099-12-31",
            "--key",
            key,
            "--key-list",
            "keys.json",
            "--bundle-id",
            "org.example/pt",
            "--title",
            "Example directory",
        ],
        None,
    )
}

#[test]
fn an_ngo_and_a_device_do_everything_from_the_command_line() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    let ngo = d.join("ngo-data");
    let device = d.join("device-data");
    super::fixture::data_dir(&ngo);
    super::fixture::data_dir(&device);
    sources(d, 8);

    // Keys: an encrypted root, an unencrypted signing key for automation.
    ok(&ponte(
        &ngo,
        d,
        &["keygen", "-o", "root"],
        Some("root pass"),
    ));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.join("root.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "the secret key is private: {mode:o}");
    }
    refused(
        &ponte(&ngo, d, &["keygen", "-o", "root"], Some("x")),
        "exists already",
    );
    refused(
        &ponte(&ngo, d, &["keygen", "-o", "nopass"], None),
        "PONTE_KEY_PASSPHRASE",
    );
    ok(&ponte(
        &ngo,
        d,
        &["keygen", "-o", "signing", "--unencrypted"],
        None,
    ));
    let signing_id = key_id(&d.join("signing.pub"));

    // The key list, signed by the root.
    let list_args = [
        "keys",
        "sign-list",
        "--root",
        "root.key",
        "--publisher",
        "org.example",
        "--name",
        "Example NGO",
        "--add",
        "signing.pub",
        "-o",
        "keys.json",
    ];
    refused(
        &ponte(&ngo, d, &list_args, Some("wrong")),
        "passphrase does not open",
    );
    let out = ok(&ponte(&ngo, d, &list_args, Some("root pass")));
    assert!(out.contains("version 1"), "{out}");
    assert!(d.join("keys.json.minisig").is_file());

    // Build and verify.
    let out = ok(&build(&ngo, d, "b1.ponte", "1", "signing.key"));
    assert!(out.contains("8 services"), "{out}");
    refused(
        &ponte(&device, d, &["bundle", "verify", "b1.ponte"], None),
        "not a root key this device trusts",
    );
    let out = ok(&ponte(
        &device,
        d,
        &["bundle", "verify", "b1.ponte", "--trust", "root.pub"],
        None,
    ));
    assert!(out.contains("is a valid bundle"), "{out}");
    assert!(out.matches('✓').count() >= 8, "{out}");
    assert!(out.contains("Example NGO (org.example)"), "{out}");

    // Trust on the device, install, status.
    ok(&ponte(
        &device,
        d,
        &[
            "trust",
            "add",
            "root.pub",
            "--publisher",
            "org.example",
            "--name",
            "Example NGO",
        ],
        None,
    ));
    let out = ok(&ponte(&device, d, &["trust", "list"], None));
    assert!(out.contains(&key_id(&d.join("root.pub"))), "{out}");
    let out = ok(&ponte(&device, d, &["bundle", "install", "b1.ponte"], None));
    assert!(out.contains("Installed org.example/pt sequence 1"), "{out}");
    let out = ok(&ponte(&device, d, &["directory", "info"], None));
    assert!(out.contains("Published: "), "{out}");
    assert!(out.contains("Verified and installed: "), "{out}");
    assert!(out.contains("Expires: 2099-12-31T23:59:59Z"), "{out}");
    let o = ponte(
        &device,
        d,
        &["search", "--near", "Lisboa", "--need", "health", "--json"],
        None,
    );
    let hits: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(
        hits[0]["id"].as_str().unwrap().starts_with("cli-"),
        "{hits}"
    );

    // A damaged copy is refused and says nothing changed.
    let mut bytes = std::fs::read(d.join("b1.ponte")).unwrap();
    let n = bytes.len();
    bytes[n - 5] ^= 0x10;
    std::fs::write(d.join("bad.ponte"), bytes).unwrap();
    let e = refused(
        &ponte(&device, d, &["bundle", "install", "bad.ponte"], None),
        "Nothing was changed",
    );
    assert!(e.contains("Example NGO (org.example)"), "{e}");

    // Rotation and revocation: a new signing key, the old one revoked.
    ok(&ponte(
        &ngo,
        d,
        &["keygen", "-o", "signing2", "--unencrypted"],
        None,
    ));
    let out = ok(&ponte(
        &ngo,
        d,
        &[
            "keys",
            "sign-list",
            "--root",
            "root.key",
            "--from",
            "keys.json",
            "--add",
            "signing2.pub",
            "--revoke",
            &signing_id,
            "-o",
            "keys.json",
        ],
        Some("root pass"),
    ));
    assert!(out.contains("version 2"), "{out}");
    refused(
        &build(&ngo, d, "b2-old-key.ponte", "2", "signing.key"),
        "revoked",
    );
    ok(&build(&ngo, d, "b2.ponte", "2", "signing2.key"));
    ok(&ponte(&device, d, &["bundle", "install", "b2.ponte"], None));

    // The channel folder.
    ok(&ponte(
        &ngo,
        d,
        &["channel", "publish", "b2.ponte", "channel"],
        None,
    ));
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.join("channel/index.json")).unwrap()).unwrap();
    assert_eq!(index["bundles"][0]["sequence"], 2);
    refused(
        &ponte(
            &ngo,
            d,
            &["channel", "publish", "b1.ponte", "channel"],
            None,
        ),
        "not above",
    );

    // Forgetting the root key: bundles are no longer trusted.
    ok(&ponte(
        &device,
        d,
        &["trust", "remove", &key_id(&d.join("root.pub"))],
        None,
    ));
    refused(
        &ponte(&device, d, &["bundle", "verify", "b2.ponte"], None),
        "not a root key",
    );
}

#[test]
fn a_bad_channel_address_is_refused_before_any_request() {
    let t = tempfile::tempdir().unwrap();
    let data = t.path().join("data");
    super::fixture::data_dir(&data);
    for url in [
        "https://example.org/?lang=ar",
        "ftp://example.org/",
        "https://u:p@example.org/",
    ] {
        let o = ponte(&data, t.path(), &["update", "--channel", url], None);
        refused(&o, "can't be used as a channel");
    }
}

#[test]
fn every_bundle_command_has_help() {
    let t = tempfile::tempdir().unwrap();
    for cmd in [
        &["keygen", "--help"][..],
        &["keys", "sign-list", "--help"],
        &["keys", "sign", "--help"],
        &["keys", "verify", "--help"],
        &["trust", "add", "--help"],
        &["trust", "list", "--help"],
        &["trust", "remove", "--help"],
        &["bundle", "build", "--help"],
        &["bundle", "verify", "--help"],
        &["bundle", "install", "--help"],
        &["bundle", "manifest", "--help"],
        &["channel", "publish", "--help"],
        &["update", "--help"],
    ] {
        let o = ponte(t.path(), t.path(), cmd, None);
        assert!(o.status.success(), "{cmd:?}");
        assert!(stdout(&o).contains("Usage"), "{cmd:?}");
    }
}
