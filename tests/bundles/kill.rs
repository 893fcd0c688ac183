//! Kill test: the real `ponte bundle install` is aborted at every I/O step of an install
//! (each chunk of the new directory written, the flush, the rename, the folder flush, the
//! key list, the switch, the clean-up), and at random moments with SIGKILL. After every
//! crash the data folder is opened as the app would open it, and the directory in use
//! must open, pass its checks, and be exactly the old or the new one, with the stored
//! sequence matching it. A later install must then succeed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use ponte::datadir::DataDir;

use super::fixture::{data_dir, directory, install, sha256_file, Publisher};

struct World {
    _t: tempfile::TempDir,
    template: PathBuf,
    bundle: PathBuf,
    root_pub: PathBuf,
    old_sha: String,
    new_sha: String,
    scratch: PathBuf,
}

fn world() -> World {
    let t = tempfile::tempdir().unwrap();
    let p = Publisher::new(t.path(), "org.example");
    let old = directory(&t.path().join("old"), &p.bundle_id(), 30, "old");
    // Big enough that writing it takes well over 50 chunks.
    let new = directory(&t.path().join("new"), &p.bundle_id(), 2500, "new");
    let b1 = p.bundle(&old, 1, &t.path().join("b1.ponte"));
    let bundle = p.bundle(&new, 2, &t.path().join("b2.ponte"));
    let template = t.path().join("template");
    let mut data = data_dir(&template);
    install(&mut data, &b1, &p.trust()).unwrap();
    drop(data);
    World {
        old_sha: sha256_file(&old),
        new_sha: sha256_file(&new),
        template,
        bundle,
        root_pub: p.root.public_path.clone(),
        scratch: t.path().join("runs"),
        _t: t,
    }
}

impl World {
    /// A fresh copy of the device with sequence 1 installed.
    fn device(&self, name: &str) -> PathBuf {
        let dest = self.scratch.join(name);
        std::fs::create_dir_all(&dest).unwrap();
        for e in std::fs::read_dir(&self.template).unwrap().flatten() {
            if !e.file_type().unwrap().is_file() {
                continue;
            }
            let to = dest.join(e.file_name());
            if e.file_name() == "user.sqlite" {
                std::fs::copy(e.path(), &to).unwrap();
            } else {
                // Read-only databases, replaced only by rename: sharing is safe.
                std::fs::hard_link(e.path(), &to).unwrap();
            }
        }
        dest
    }

    fn install_cmd(&self, data: &Path) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_ponte"));
        c.args(["bundle", "install"])
            .arg(&self.bundle)
            .arg("--trust")
            .arg(&self.root_pub)
            .env("PONTE_DATA_DIR", data)
            .env("LANG", "C")
            .env_remove("PONTE_LANG")
            .env_remove("PONTE_FAILPOINT");
        c
    }

    fn run(&self, data: &Path, failpoint: Option<&str>) -> Output {
        let mut c = self.install_cmd(data);
        if let Some(f) = failpoint {
            c.env("PONTE_FAILPOINT", f);
        }
        c.output().unwrap()
    }

    /// Opens the data folder as the app does and says which directory is in use.
    fn which(&self, data: &Path) -> Which {
        let dd = DataDir::open(data).unwrap();
        let active = dd.active().unwrap();
        let dir = dd.directory().expect("the directory in use opens");
        dir.check().expect("the directory in use is intact");
        let sha = sha256_file(&active.path);
        let highest = dd.user().highest_sequence("org.example/test").unwrap();
        if sha == self.old_sha {
            assert_eq!(
                (active.sequence, highest),
                (1, 1),
                "old directory, sequence"
            );
            Which::Old
        } else if sha == self.new_sha {
            assert_eq!(
                (active.sequence, highest),
                (2, 2),
                "new directory, sequence"
            );
            assert_eq!(dir.len().unwrap(), 2500);
            Which::New
        } else {
            panic!("the directory in use is neither the old nor the new one");
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Old,
    New,
}

#[test]
fn an_install_killed_at_any_step_leaves_the_old_or_the_new_directory() {
    if !cfg!(debug_assertions) {
        eprintln!("SKIPPED: failpoints exist only in debug builds; run `cargo test` (debug)");
        return;
    }
    let w = world();
    // How many steps an install has.
    let data = w.device("trace");
    let o = w.run(&data, Some("install:trace"));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let trace = String::from_utf8_lossy(&o.stderr).into_owned();
    let steps: Vec<&str> = trace
        .lines()
        .filter(|l| l.starts_with("failpoint install:"))
        .collect();
    let total = steps.len();
    assert!(total >= 50, "only {total} crash points:\n{trace}");
    assert_eq!(w.which(&data), Which::New);

    let mut seen = Vec::new();
    for n in 1..=total {
        let data = w.device(&format!("fp-{n}"));
        let o = w.run(&data, Some(&format!("install:{n}")));
        assert!(
            !o.status.success() && o.status.code().is_none(),
            "step {n} ({}) should have aborted: {:?} {}",
            steps[n - 1],
            o.status,
            String::from_utf8_lossy(&o.stderr)
        );
        let which = w.which(&data);
        seen.push(which);
        // Recovery: the same install afterwards succeeds (or was already done).
        if n % 7 == 0 || n == total || which == Which::New {
            let o = w.run(&data, None);
            match which {
                Which::Old => assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr)),
                Which::New => {
                    assert_eq!(o.status.code(), Some(2), "a second install is a rollback")
                }
            }
            assert_eq!(w.which(&data), Which::New);
            let names: Vec<String> = std::fs::read_dir(&data)
                .unwrap()
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("directory-org"))
                .collect();
            assert_eq!(
                names,
                vec!["directory-org.example_test-2.sqlite"],
                "step {n}"
            );
        }
        std::fs::remove_dir_all(&data).unwrap();
    }
    // The switch happens at one point: old before it, new after it, never back.
    let first_new = seen.iter().position(|w| *w == Which::New).unwrap();
    assert!(seen[..first_new].iter().all(|w| *w == Which::Old));
    assert!(seen[first_new..].iter().all(|w| *w == Which::New));
    assert!(
        first_new > total / 2,
        "the switch comes after the payload is written"
    );
    eprintln!("kill test: {total} crash points, switch after step {first_new}");
}

#[test]
fn an_install_killed_at_random_moments_leaves_the_old_or_the_new_directory() {
    let w = world();
    // How long an install takes here, to spread the kills over it.
    let data = w.device("timing");
    let start = Instant::now();
    assert!(w.run(&data, None).status.success());
    let took = start.elapsed();
    let mut outcomes = Vec::new();
    for i in 0..12u64 {
        let data = w.device(&format!("kill-{i}"));
        let delay = took.mul_f64((i as f64 + 0.5) / 12.0);
        let mut child = w
            .install_cmd(&data)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL; it may have finished already
        let _ = child.wait();
        outcomes.push(w.which(&data));
        std::fs::remove_dir_all(&data).unwrap();
    }
    eprintln!("random kills over {took:?}: {outcomes:?}");
}
