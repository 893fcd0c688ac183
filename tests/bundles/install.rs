//! Installing, verifying, status, rotation, several publishers, channels on disk.

use std::time::{Duration as StdDuration, SystemTime};

use chrono::{TimeZone, Utc};
use ponte::bundle::channel::{self, ChannelIndex};
use ponte::bundle::install::{self, status};
use ponte::bundle::verify::{self, Check};
use ponte::bundle::{no_progress, BundleError, Checks};
use ponte::datadir::DataDir;
use ponte::store::Directory;

use super::fixture::{data_dir, directory, install, sha256_file, snapshot, KeyFiles, Publisher};

#[test]
fn install_switches_to_the_new_directory_and_removes_the_old_one() {
    let t = tempfile::tempdir().unwrap();
    let p = Publisher::new(t.path(), "org.example");
    let d1 = directory(&t.path().join("s1"), &p.bundle_id(), 30, "one");
    let d2 = directory(&t.path().join("s2"), &p.bundle_id(), 35, "two");
    let b1 = p.bundle(&d1, 1, &t.path().join("b1.ponte"));
    let b2 = p.bundle(&d2, 2, &t.path().join("b2.ponte"));
    let mut data = data_dir(&t.path().join("data"));
    let built_in = data.active().unwrap();
    assert!(built_in.built_in);

    let done = install(&mut data, &b1, &p.trust()).unwrap();
    assert_eq!(done.sequence, 1);
    assert_eq!(done.services, 30);
    let a1 = data.active().unwrap();
    assert!(!a1.built_in);
    assert_eq!(sha256_file(&a1.path), sha256_file(&d1));
    assert_eq!(data.directory().unwrap().len().unwrap(), 30);

    install(&mut data, &b2, &p.trust()).unwrap();
    let a2 = data.active().unwrap();
    assert_eq!(
        (a2.bundle_id.as_str(), a2.sequence),
        ("org.example/test", 2)
    );
    assert_eq!(sha256_file(&a2.path), sha256_file(&d2));
    assert!(
        !a1.path.exists(),
        "the old directory is removed once unused"
    );
    assert!(
        built_in.path.exists(),
        "the built-in directory is never removed"
    );
    assert_eq!(data.user().highest_sequence("org.example/test").unwrap(), 2);
    // The installed file is what a reopened app uses, and it passes its checks.
    let reopened = DataDir::open(data.root()).unwrap();
    let dir = reopened.directory().unwrap();
    dir.check().unwrap();
    assert_eq!(dir.len().unwrap(), 35);
    // Nothing else was left behind.
    let leftovers: Vec<String> = std::fs::read_dir(data.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".part") || n.starts_with("directory-org"))
        .collect();
    assert_eq!(leftovers, vec!["directory-org.example_test-2.sqlite"]);
}

#[test]
fn verify_changes_nothing_and_says_what_it_checked() {
    let t = tempfile::tempdir().unwrap();
    let p = Publisher::new(t.path(), "org.example");
    let d1 = directory(&t.path().join("s1"), &p.bundle_id(), 12, "one");
    let b1 = p.bundle(&d1, 1, &t.path().join("b1.ponte"));
    let data = data_dir(&t.path().join("data"));
    let before = snapshot(&data, &["org.example"]);
    let v = verify::verify_file(
        &b1,
        &p.trust(),
        data.user(),
        &Checks::default(),
        t.path(),
        &mut no_progress,
    )
    .unwrap();
    assert_eq!(before, snapshot(&data, &["org.example"]));
    let kinds: Vec<&str> = v
        .checks
        .iter()
        .map(|c| match c {
            Check::Format => "format",
            Check::KeyList { .. } => "key-list",
            Check::NewerKeyListKept { .. } => "newer-key-list",
            Check::ManifestSignature { .. } => "manifest-signature",
            Check::AppVersion { .. } => "app-version",
            Check::NotExpired { .. } => "not-expired",
            Check::Sequence { .. } => "sequence",
            Check::Payload { .. } => "payload",
            Check::Directory { .. } => "directory",
            Check::DirectoryIntact { .. } => "directory-intact",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "format",
            "key-list",
            "manifest-signature",
            "app-version",
            "not-expired",
            "sequence",
            "payload",
            "directory",
            "directory-intact"
        ]
    );
    let l = ponte::i18n::L10n::english();
    let text: Vec<String> = v.checks.iter().map(|c| c.message(&l)).collect();
    assert!(
        text.iter().all(|m| !m.starts_with("bundle-check")),
        "{text:?}"
    );
    // No scratch file is left in the scratch folder.
    assert!(std::fs::read_dir(t.path())
        .unwrap()
        .flatten()
        .all(|e| !e.file_name().to_string_lossy().contains(".part")));
}

#[test]
fn an_expired_directory_keeps_working_and_says_since_when() {
    let t = tempfile::tempdir().unwrap();
    let p = Publisher::new(t.path(), "org.example");
    let d1 = directory(&t.path().join("s1"), &p.bundle_id(), 10, "one");
    let mut opts = p.options(1);
    opts.created = Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap();
    opts.expires = Utc.with_ymd_and_hms(2024, 6, 1, 0, 0, 0).unwrap();
    let b1 = p.bundle_with(&d1, &opts, &p.signing.secret, &t.path().join("b1.ponte"));
    let mut data = data_dir(&t.path().join("data"));
    // Installed while it was current...
    let then = Checks {
        now: Utc.with_ymd_and_hms(2024, 3, 1, 0, 0, 0).unwrap(),
        ..Checks::default()
    };
    install::install_file(&mut data, &b1, &p.trust(), &then, &mut no_progress).unwrap();
    let st = status(&data, then.now).unwrap();
    assert!(!st.expired);
    assert_eq!(st.published.as_deref(), Some("2024-01-01T00:00:00Z"));
    assert!(st.verified_at.is_some());
    // ...and now past its expiry: still in use, marked expired.
    let st = status(&data, Utc::now()).unwrap();
    assert!(st.expired);
    assert_eq!(st.expires.as_deref(), Some("2024-06-01T00:00:00Z"));
    assert_eq!(data.directory().unwrap().len().unwrap(), 10);
    let o = crate::common::ponte(data.root(), &["directory", "info"]);
    assert!(o.status.success(), "{}", crate::common::stderr(&o));
    let text = crate::common::stdout(&o);
    assert!(
        text.contains("Expired since 2024-06-01T00:00:00Z"),
        "{text}"
    );
    assert!(text.contains("Published: 2024-01-01T00:00:00Z"), "{text}");
    let o = crate::common::ponte(data.root(), &["directory", "info", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["status"]["expired"], true);
}

#[test]
fn leftovers_of_a_crash_are_collected_when_the_data_folder_opens() {
    let t = tempfile::tempdir().unwrap();
    let p = Publisher::new(t.path(), "org.example");
    let d1 = directory(&t.path().join("s1"), &p.bundle_id(), 10, "one");
    let b2 = p.bundle(&d1, 2, &t.path().join("b2.ponte"));
    let mut data = data_dir(&t.path().join("data"));
    install(&mut data, &b2, &p.trust()).unwrap();
    let root = data.root().to_path_buf();
    drop(data);
    // Superseded (sequence 1 < 2): removed at once.
    let superseded = root.join("directory-org.example_test-1.sqlite");
    std::fs::copy(&d1, &superseded).unwrap();
    // Above the highest and fresh: maybe another process installing it; kept.
    let fresh = root.join("directory-org.example_test-3.sqlite");
    std::fs::copy(&d1, &fresh).unwrap();
    // Above the highest and two hours old: an abandoned install; removed.
    let stale = root.join("directory-org.example_test-4.sqlite");
    std::fs::copy(&d1, &stale).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(SystemTime::now() - StdDuration::from_secs(7200))
        .unwrap();
    let data = DataDir::open(&root).unwrap();
    assert!(!superseded.exists());
    assert!(fresh.exists());
    assert!(!stale.exists());
    assert_eq!(data.active().unwrap().sequence, 2);
    assert!(data.active().unwrap().path.exists());
}

#[test]
fn a_publisher_rotates_its_signing_key_without_an_app_release() {
    let t = tempfile::tempdir().unwrap();
    let p = Publisher::new(t.path(), "org.example");
    let d1 = directory(&t.path().join("s1"), &p.bundle_id(), 10, "one");
    let mut data = data_dir(&t.path().join("data"));
    install(
        &mut data,
        &p.bundle(&d1, 1, &t.path().join("b1.ponte")),
        &p.trust(),
    )
    .unwrap();
    // The new key arrives in key list v2, signed by the same root.
    let k2 = KeyFiles::new(&t.path().join("k2"));
    let (l2, s2) = p.key_list(2, vec![p.signing.listed(), k2.listed()]);
    let mut opts = p.options(2);
    opts.key_list = l2;
    opts.key_list_sig = s2;
    let b2 = p.bundle_with(&d1, &opts, &k2.secret, &t.path().join("b2.ponte"));
    let done = install(&mut data, &b2, &p.trust()).unwrap();
    assert!(done
        .checks
        .iter()
        .any(|c| matches!(c, Check::ManifestSignature { key, .. } if *key == k2.id())));
    assert_eq!(
        data.user()
            .key_list("org.example")
            .unwrap()
            .unwrap()
            .version,
        2
    );
    // A later bundle carrying the old list v1, signed by the old (not revoked) key, still
    // installs: the stored v2 is used, and says so.
    let b3 = p.bundle(&d1, 3, &t.path().join("b3.ponte"));
    let done = install(&mut data, &b3, &p.trust()).unwrap();
    assert!(done.checks.iter().any(|c| matches!(
        c,
        Check::NewerKeyListKept {
            stored: 2,
            bundled: 1
        }
    )));
    assert_eq!(
        data.user()
            .key_list("org.example")
            .unwrap()
            .unwrap()
            .version,
        2
    );
}

#[test]
fn two_publishers_are_trusted_side_by_side_and_named_in_messages() {
    let t = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(t.path().join("a")).unwrap();
    std::fs::create_dir_all(t.path().join("b")).unwrap();
    let a = Publisher::new(&t.path().join("a"), "org.alpha");
    let b = Publisher::new(&t.path().join("b"), "org.beta");
    let mut data = data_dir(&t.path().join("data"));
    for p in [&a, &b] {
        data.user()
            .add_trusted_key(
                &p.root.id(),
                &p.id,
                &p.name,
                &p.root.secret.public.to_base64(),
            )
            .unwrap();
    }
    let trust = ponte::bundle::trust::TrustStore::load(data.user()).unwrap();
    let da = directory(&t.path().join("sa"), &a.bundle_id(), 5, "alpha");
    let db = directory(&t.path().join("sb"), &b.bundle_id(), 6, "beta");
    let ba = a.bundle(&da, 1, &t.path().join("a.ponte"));
    let bb = b.bundle(&db, 1, &t.path().join("b.ponte"));
    let done = install(&mut data, &ba, &trust).unwrap();
    assert_eq!(done.publisher, "Test publisher org.alpha (org.alpha)");
    let done = install(&mut data, &bb, &trust).unwrap();
    assert_eq!(done.publisher, "Test publisher org.beta (org.beta)");
    assert_eq!(data.active().unwrap().bundle_id, "org.beta/test");
    // Going back to A's bundle now is a rollback of A's own line, and says whose.
    let e = install(&mut data, &ba, &trust).unwrap_err();
    assert!(matches!(e, BundleError::Rollback { .. }), "{e:?}");
    assert!(e.to_string().contains("org.alpha"), "{e}");
}

#[test]
fn channel_folder_keeps_the_newest_bundle_per_id_and_refuses_going_back() {
    let t = tempfile::tempdir().unwrap();
    let p = Publisher::new(t.path(), "org.example");
    let d1 = directory(&t.path().join("s1"), &p.bundle_id(), 10, "one");
    let b1 = p.bundle(&d1, 1, &t.path().join("b1.ponte"));
    let b2 = p.bundle(&d1, 2, &t.path().join("b2.ponte"));
    let ch = t.path().join("channel");
    let e1 = channel::publish(&b1, &ch, &mut no_progress).unwrap();
    assert_eq!(e1.file, "org.example_test-1.ponte");
    let e2 = channel::publish(&b2, &ch, &mut no_progress).unwrap();
    let index = ChannelIndex::parse(&std::fs::read(ch.join(channel::INDEX_FILE)).unwrap()).unwrap();
    assert_eq!(index.bundles, vec![e2.clone()]);
    assert_eq!(e2.sha256, sha256_file(&b2));
    assert!(
        !ch.join(&e1.file).exists(),
        "the superseded bundle is removed"
    );
    assert_eq!(sha256_file(&ch.join(&e2.file)), sha256_file(&b2));
    // Going back, or publishing a damaged bundle, changes nothing.
    let before = std::fs::read(ch.join(channel::INDEX_FILE)).unwrap();
    assert!(matches!(
        channel::publish(&b1, &ch, &mut no_progress),
        Err(BundleError::Rollback { .. })
    ));
    let b3 = p.bundle(&d1, 3, &t.path().join("b3.ponte"));
    let mut bytes = std::fs::read(&b3).unwrap();
    let n = bytes.len();
    bytes[n - 10] ^= 1;
    std::fs::write(&b3, bytes).unwrap();
    assert!(channel::publish(&b3, &ch, &mut no_progress).is_err());
    assert_eq!(before, std::fs::read(ch.join(channel::INDEX_FILE)).unwrap());
    let names: Vec<String> = std::fs::read_dir(&ch)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn a_bundle_directory_is_opened_read_only() {
    let t = tempfile::tempdir().unwrap();
    let p = Publisher::new(t.path(), "org.example");
    let d1 = directory(&t.path().join("s1"), &p.bundle_id(), 5, "one");
    let mut data = data_dir(&t.path().join("data"));
    install(
        &mut data,
        &p.bundle(&d1, 1, &t.path().join("b.ponte")),
        &p.trust(),
    )
    .unwrap();
    let path = data.active().unwrap().path;
    let before = sha256_file(&path);
    let dir = Directory::open(&path).unwrap();
    dir.check().unwrap();
    drop(dir);
    assert_eq!(before, sha256_file(&path));
}
