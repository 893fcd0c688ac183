//! A round trip with the real `minisign` tool (Debian package `minisign`), both ways:
//! what `ponte` signs verifies with `minisign -V -H` (prehashed required), keys made by
//! `minisign -G` (encrypted or not) sign for `ponte`, signatures made by `minisign -S`
//! verify in `ponte`, and `minisign -S -l` (legacy) signatures are refused.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::common::{stderr, stdout, HEADER};

fn minisign() -> Option<PathBuf> {
    ["/usr/bin/minisign", "/usr/local/bin/minisign"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
}

/// Runs minisign with `stdin` fed in (it reads passwords from there).
fn run(tool: &Path, dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(tool)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

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

fn ok(o: &Output) {
    assert!(
        o.status.success(),
        "{:?}\nstdout: {}\nstderr: {}",
        o.status,
        stdout(o),
        stderr(o)
    );
}

#[test]
fn ponte_and_minisign_verify_each_others_signatures() {
    let Some(tool) = minisign() else {
        // Skipping is for a developer's machine; on CI a missing tool is a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "minisign is not installed: scripts/setup-debian.sh test installs it"
        );
        eprintln!("SKIPPED: minisign is not installed (scripts/setup-debian.sh test installs it)");
        return;
    };
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    let data = d.join("data");
    super::fixture::data_dir(&data);
    std::fs::write(d.join("note.txt"), "a file to sign\n").unwrap();

    // ponte → minisign: an encrypted ponte key signs; minisign verifies, prehashed.
    ok(&ponte(&data, d, &["keygen", "-o", "p"], Some("ponte pass")));
    ok(&ponte(
        &data,
        d,
        &[
            "keys",
            "sign",
            "note.txt",
            "--key",
            "p.key",
            "--comment",
            "from ponte",
        ],
        Some("ponte pass"),
    ));
    let o = run(&tool, d, &["-V", "-H", "-p", "p.pub", "-m", "note.txt"], "");
    ok(&o);
    assert!(
        stdout(&o).contains("Trusted comment: from ponte"),
        "{}",
        stdout(&o)
    );
    // minisign signs with ponte's encrypted key too (same scrypt format).
    ok(&run(
        &tool,
        d,
        &["-S", "-s", "p.key", "-m", "note.txt", "-t", "by minisign"],
        "ponte pass\n",
    ));
    let o = ponte(
        &data,
        d,
        &["keys", "verify", "note.txt", "--key", "p.pub"],
        None,
    );
    ok(&o);
    assert!(stdout(&o).contains("by minisign"), "{}", stdout(&o));

    // minisign → ponte: keys made by minisign (a root with a password, a signing key
    // without) run a whole publisher.
    ok(&run(
        &tool,
        d,
        &["-G", "-p", "root.pub", "-s", "root.key"],
        "root pass\nroot pass\n",
    ));
    ok(&run(
        &tool,
        d,
        &["-G", "-W", "-p", "sign.pub", "-s", "sign.key"],
        "",
    ));
    ok(&ponte(
        &data,
        d,
        &[
            "keys",
            "sign-list",
            "--root",
            "root.key",
            "--publisher",
            "org.example",
            "--name",
            "Example NGO",
            "--add",
            "sign.pub",
            "-o",
            "keys.json",
        ],
        Some("root pass"),
    ));
    // minisign verifies ponte's key list signature...
    ok(&run(
        &tool,
        d,
        &["-V", "-H", "-p", "root.pub", "-m", "keys.json"],
        "",
    ));
    // ...and the list is signed again by minisign itself, which ponte must accept.
    ok(&run(
        &tool,
        d,
        &["-S", "-s", "root.key", "-m", "keys.json"],
        "root pass\n",
    ));
    let rows: Vec<String> = (0..5)
        .map(|i| crate::common::place(&format!("ms-{i}"), "health", 38.7 + i as f64 * 0.01, -9.1))
        .collect();
    std::fs::write(
        d.join("src.csv"),
        format!("{HEADER}\n{}\n", rows.join("\n")),
    )
    .unwrap();
    ok(&ponte(
        &data,
        d,
        &[
            "bundle",
            "build",
            "src.csv",
            "-o",
            "b.ponte",
            "--sequence",
            "1",
            "--expires",
            "2099-12-31",
            "--key",
            "sign.key",
            "--key-list",
            "keys.json",
            "--bundle-id",
            "org.example/pt",
            "--title",
            "Minisign round trip",
        ],
        None,
    ));
    // minisign verifies the bundle's manifest signature.
    ok(&ponte(
        &data,
        d,
        &["bundle", "manifest", "b.ponte", "-o", "manifest.json"],
        None,
    ));
    let o = run(
        &tool,
        d,
        &["-V", "-H", "-p", "sign.pub", "-m", "manifest.json"],
        "",
    );
    ok(&o);
    assert!(
        stdout(&o).contains("Trusted comment: ponte bundle org.example/pt sequence 1"),
        "{}",
        stdout(&o)
    );
    // And ponte installs it, trusting minisign's root key.
    let o = ponte(
        &data,
        d,
        &["bundle", "install", "b.ponte", "--trust", "root.pub"],
        None,
    );
    ok(&o);
    assert!(
        stdout(&o).contains("Example NGO (org.example)"),
        "{}",
        stdout(&o)
    );

    // Legacy signatures (minisign -S -l) are refused, on a file and on a key list.
    ok(&run(
        &tool,
        d,
        &["-S", "-l", "-s", "sign.key", "-m", "note.txt"],
        "",
    ));
    let o = ponte(
        &data,
        d,
        &["keys", "verify", "note.txt", "--key", "sign.pub"],
        None,
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("legacy"), "{}", stderr(&o));
    ok(&run(
        &tool,
        d,
        &["-S", "-l", "-s", "root.key", "-m", "keys.json"],
        "root pass\n",
    ));
    ok(&ponte(
        &data,
        d,
        &[
            "bundle",
            "build",
            "src.csv",
            "-o",
            "legacy.ponte",
            "--sequence",
            "2",
            "--expires",
            "2099-12-31",
            "--key",
            "sign.key",
            "--key-list",
            "keys.json",
            "--bundle-id",
            "org.example/pt",
        ],
        None,
    ));
    let o = ponte(
        &data,
        d,
        &["bundle", "install", "legacy.ponte", "--trust", "root.pub"],
        None,
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("legacy minisign signature"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("Nothing was changed"), "{}", stderr(&o));
}
