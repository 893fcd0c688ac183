//! Every refusal of the issue, each asserting that the directory in use (file and
//! content hash), the stored sequences, the stored key lists and the data folder's files
//! are exactly as before.

use std::path::{Path, PathBuf};

use chrono::{Duration, Utc};
use ponte::bundle::format::Head;
use ponte::bundle::keys;
use ponte::bundle::trust::TrustStore;
use ponte::bundle::{BundleError, Signed};
use ponte::datadir::DataDir;

use super::fixture::{
    data_dir, directory, install, legacy_signature, replace_signature, resign, snapshot, KeyFiles,
    Publisher,
};

/// A device with bundle sequence 1 of a publisher installed, and sources for more.
struct Device {
    t: tempfile::TempDir,
    publisher: Publisher,
    data: DataDir,
    dir_file: PathBuf,
    trust: TrustStore,
}

impl Device {
    fn new() -> Device {
        let t = tempfile::tempdir().unwrap();
        let publisher = Publisher::new(t.path(), "org.example");
        let dir_file = directory(&t.path().join("src"), &publisher.bundle_id(), 40, "one");
        let mut data = data_dir(&t.path().join("data"));
        let trust = publisher.trust();
        let b1 = publisher.bundle(&dir_file, 1, &t.path().join("b1.ponte"));
        install(&mut data, &b1, &trust).unwrap();
        Device {
            t,
            publisher,
            data,
            dir_file,
            trust,
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.t.path().join(name)
    }

    /// A good bundle with sequence `seq`.
    fn good(&self, seq: i64) -> PathBuf {
        self.publisher.bundle(
            &self.dir_file,
            seq,
            &self.path(&format!("good-{seq}.ponte")),
        )
    }

    /// Installs `bundle`, expecting a refusal, and proves nothing changed.
    fn refuse(&mut self, bundle: &Path) -> BundleError {
        self.refuse_with(bundle, &self.trust.clone())
    }

    fn refuse_with(&mut self, bundle: &Path, trust: &TrustStore) -> BundleError {
        let before = snapshot(&self.data, &[&self.publisher.id]);
        let e = install(&mut self.data, bundle, trust).expect_err("the bundle must be refused");
        assert!(e.is_refusal(), "{e:?}");
        let after = snapshot(&self.data, &[&self.publisher.id]);
        assert_eq!(before, after, "a refusal changed something: {e}");
        // And as the app would see it after a restart.
        let reopened = DataDir::open(self.data.root()).unwrap();
        assert_eq!(before, snapshot(&reopened, &[&self.publisher.id]));
        assert_eq!(before.active.sequence, 1);
        e
    }
}

fn flip(path: &Path, at: usize) {
    let mut b = std::fs::read(path).unwrap();
    b[at] ^= 0x01;
    std::fs::write(path, b).unwrap();
}

fn head_len(path: &Path) -> usize {
    let b = std::fs::read(path).unwrap();
    Head::read(&mut b.as_slice()).unwrap().len() as usize
}

#[test]
fn tampered_payload_is_refused() {
    let mut d = Device::new();
    let b = d.good(2);
    let len = std::fs::metadata(&b).unwrap().len() as usize;
    flip(&b, (head_len(&b) + len) / 2);
    let e = d.refuse(&b);
    assert!(
        matches!(
            e,
            BundleError::PayloadMismatch {
                part: "payload",
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("Test publisher org.example"), "{e}");
}

#[test]
fn tampered_manifest_is_refused() {
    let mut d = Device::new();
    let b = d.good(2);
    // Raise the sequence in the signed bytes without signing again.
    let mut bytes = std::fs::read(&b).unwrap();
    let at = bytes
        .windows(13)
        .position(|w| w == b"\"sequence\": 2")
        .unwrap();
    bytes[at + 12] = b'9';
    std::fs::write(&b, bytes).unwrap();
    let e = d.refuse(&b);
    assert!(
        matches!(
            e,
            BundleError::BadSignature {
                what: Signed::Manifest,
                ..
            }
        ),
        "{e:?}"
    );
}

#[test]
fn tampered_key_list_is_refused() {
    let mut d = Device::new();
    let b = d.good(2);
    let mut bytes = std::fs::read(&b).unwrap();
    let at = bytes.windows(9).position(|w| w == b"\"version\"").unwrap();
    bytes[at + 11] = b'7';
    std::fs::write(&b, bytes).unwrap();
    let e = d.refuse(&b);
    assert!(
        matches!(
            e,
            BundleError::BadSignature {
                what: Signed::KeyList,
                ..
            }
        ),
        "{e:?}"
    );
}

#[test]
fn signature_by_a_key_not_in_the_key_list_is_refused() {
    let mut d = Device::new();
    let stranger = KeyFiles::new(&d.path("stranger"));
    // ponte won't build it (the key isn't listed), so sign the manifest by hand.
    let good = d.good(2);
    let b = d.path("stranger.ponte");
    resign(&good, &b, &stranger.secret, |m| m.key_id = stranger.id());
    let e = d.refuse(&b);
    assert!(
        matches!(&e, BundleError::UnknownSigningKey { key_id, .. } if *key_id == stranger.id()),
        "{e:?}"
    );
}

#[test]
fn key_list_signed_by_an_untrusted_root_is_refused() {
    let mut d = Device::new();
    // Another "publisher" reusing the same id, with its own root: not trusted here.
    std::fs::create_dir_all(d.path("impostor")).unwrap();
    let impostor = Publisher::new(&d.path("impostor"), "org.example");
    let b = impostor.bundle(&d.dir_file, 2, &d.path("impostor.ponte"));
    let e = d.refuse(&b);
    assert!(matches!(e, BundleError::UnknownRootKey { .. }), "{e:?}");
    assert!(e.to_string().contains("ponte trust add"), "{e}");
}

#[test]
fn revoked_signing_key_is_refused_even_with_an_old_key_list_replayed() {
    let mut d = Device::new();
    // Rotation: list v2 adds a new key and revokes the old one; a bundle carrying it is
    // installed, so the device now knows v2.
    let new_key = KeyFiles::new(&d.path("signing-2"));
    let mut old = d.publisher.signing.listed();
    old.revoked = true;
    let (l2, s2) = d.publisher.key_list(2, vec![old, new_key.listed()]);
    let mut opts = d.publisher.options(2);
    opts.key_list = l2.clone();
    opts.key_list_sig = s2.clone();
    let b2 = d
        .publisher
        .bundle_with(&d.dir_file, &opts, &new_key.secret, &d.path("b2.ponte"));
    install(&mut d.data, &b2, &d.trust).unwrap();
    assert_eq!(
        d.data
            .user()
            .key_list("org.example")
            .unwrap()
            .unwrap()
            .version,
        2
    );
    // Sequence 3 signed by the revoked key, carrying the old list v1 in which it was
    // still valid: the stored v2 wins, and it is refused.
    let b3 = d.good(3);
    let before = snapshot(&d.data, &["org.example"]);
    let e = install(&mut d.data, &b3, &d.trust).unwrap_err();
    assert!(matches!(e, BundleError::RevokedKey { .. }), "{e:?}");
    assert_eq!(before, snapshot(&d.data, &["org.example"]));
    // The same key revoked in the bundled list itself (a newer v3) is refused too.
    let mut revoked_listed = d.publisher.signing.listed();
    revoked_listed.revoked = true;
    let (l3, s3) = d
        .publisher
        .key_list(3, vec![revoked_listed, new_key.listed()]);
    let b3b = d.path("b3b.ponte");
    // Build with the key while it was still listed as valid, then swap in list v3.
    d.publisher.bundle(&d.dir_file, 3, &b3b);
    let bytes = std::fs::read(&b3b).unwrap();
    let head = Head::read(&mut bytes.as_slice()).unwrap();
    let payload = bytes[head.len() as usize..].to_vec();
    let new = Head {
        key_list: l3.into_bytes(),
        key_list_sig: s3.into_bytes(),
        ..head
    };
    let mut v = Vec::new();
    new.write(&mut v).unwrap();
    v.extend_from_slice(&payload);
    std::fs::write(&b3b, v).unwrap();
    let before = snapshot(&d.data, &["org.example"]);
    let e = install(&mut d.data, &b3b, &d.trust).unwrap_err();
    assert!(matches!(e, BundleError::RevokedKey { .. }), "{e:?}");
    assert_eq!(before, snapshot(&d.data, &["org.example"]));
}

#[test]
fn legacy_signature_is_refused() {
    let mut d = Device::new();
    let b = d.good(2);
    let bytes = std::fs::read(&b).unwrap();
    let head = Head::read(&mut bytes.as_slice()).unwrap();
    let legacy = legacy_signature(&d.publisher.signing.secret_path, &head.manifest);
    replace_signature(&b, &legacy, false);
    let e = d.refuse(&b);
    assert!(
        matches!(
            e,
            BundleError::LegacySignature {
                what: Signed::Manifest,
                ..
            }
        ),
        "{e:?}"
    );
    // A legacy signature on the key list, too.
    let b = d.good(2);
    let legacy = legacy_signature(
        &d.publisher.root.secret_path,
        d.publisher.key_list.as_bytes(),
    );
    replace_signature(&b, &legacy, true);
    let e = d.refuse(&b);
    assert!(
        matches!(
            e,
            BundleError::LegacySignature {
                what: Signed::KeyList,
                ..
            }
        ),
        "{e:?}"
    );
}

#[test]
fn rollback_to_a_lower_or_equal_sequence_is_refused() {
    let mut d = Device::new();
    let b5 = d.good(5);
    install(&mut d.data, &b5, &d.trust).unwrap();
    let b3 = d.good(3);
    let before = snapshot(&d.data, &["org.example"]);
    let e = install(&mut d.data, &b3, &d.trust).unwrap_err();
    assert!(
        matches!(
            e,
            BundleError::Rollback {
                offered: 3,
                installed: 5,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(before, snapshot(&d.data, &["org.example"]));
    // The same bundle again is not "above" either.
    let e = install(&mut d.data, &b5, &d.trust).unwrap_err();
    assert!(matches!(e, BundleError::Rollback { .. }), "{e:?}");
    assert_eq!(before, snapshot(&d.data, &["org.example"]));
}

#[test]
fn expired_manifest_is_refused_for_a_new_install() {
    let mut d = Device::new();
    let mut opts = d.publisher.options(2);
    opts.created = Utc::now() - Duration::days(60);
    opts.expires = Utc::now() - Duration::days(1);
    let b = d.publisher.bundle_with(
        &d.dir_file,
        &opts,
        &d.publisher.signing.secret,
        &d.path("expired.ponte"),
    );
    let e = d.refuse(&b);
    assert!(matches!(e, BundleError::Expired { .. }), "{e:?}");
}

#[test]
fn payload_longer_than_declared_is_refused() {
    let mut d = Device::new();
    let b = d.good(2);
    let mut bytes = std::fs::read(&b).unwrap();
    bytes.extend_from_slice(&[0u8; 4096]);
    std::fs::write(&b, bytes).unwrap();
    let e = d.refuse(&b);
    assert!(matches!(e, BundleError::TooLong { .. }), "{e:?}");
}

#[test]
fn directory_larger_than_declared_stops_at_the_declared_length() {
    // A signed manifest that under-declares the directory: decompression stops there.
    let mut d = Device::new();
    let b = d.good(2);
    let out = d.path("short-dir.ponte");
    resign(&b, &out, &d.publisher.signing.secret, |m| {
        m.payload.directory_length /= 2;
    });
    let e = d.refuse(&out);
    assert!(matches!(e, BundleError::TooLong { .. }), "{e:?}");
}

#[test]
fn truncated_file_is_refused() {
    let mut d = Device::new();
    let b = d.good(2);
    let bytes = std::fs::read(&b).unwrap();
    std::fs::write(&b, &bytes[..bytes.len() - 100]).unwrap();
    let e = d.refuse(&b);
    assert!(matches!(e, BundleError::Truncated { .. }), "{e:?}");
    // Cut inside the head: not even a bundle.
    std::fs::write(&b, &bytes[..40]).unwrap();
    let e = d.refuse(&b);
    assert!(matches!(e, BundleError::NotABundle { .. }), "{e:?}");
    std::fs::write(&b, b"").unwrap();
    let e = d.refuse(&b);
    assert!(matches!(e, BundleError::NotABundle { .. }), "{e:?}");
}

#[test]
fn manifest_of_one_bundle_with_the_payload_of_another_is_refused() {
    let mut d = Device::new();
    let other_dir = directory(&d.path("src2"), &d.publisher.bundle_id(), 40, "two");
    let a = d.good(3);
    let b = d.publisher.bundle(&other_dir, 2, &d.path("other.ponte"));
    let a_bytes = std::fs::read(&a).unwrap();
    let b_bytes = std::fs::read(&b).unwrap();
    let a_head = head_len(&a);
    let b_head = head_len(&b);
    let mut mixed = a_bytes[..a_head].to_vec();
    mixed.extend_from_slice(&b_bytes[b_head..]);
    let m = d.path("mixed.ponte");
    std::fs::write(&m, &mixed).unwrap();
    let e = d.refuse(&m);
    assert!(
        matches!(
            e,
            BundleError::PayloadMismatch { .. }
                | BundleError::Truncated { .. }
                | BundleError::TooLong { .. }
        ),
        "{e:?}"
    );
    // Same length as declared, other content: the signed SHA-256 catches it.
    let a_payload_len = a_bytes.len() - a_head;
    let mut same_len = a_bytes[..a_head].to_vec();
    let mut other = b_bytes[b_head..].to_vec();
    other.resize(a_payload_len, 0);
    same_len.extend_from_slice(&other);
    std::fs::write(&m, &same_len).unwrap();
    let e = d.refuse(&m);
    assert!(
        matches!(
            e,
            BundleError::PayloadMismatch {
                part: "payload",
                ..
            }
        ),
        "{e:?}"
    );
}

#[test]
fn signed_manifest_naming_another_bundles_directory_is_refused() {
    // Even a correctly hashed payload must be the directory of the bundle id signed.
    let mut d = Device::new();
    let foreign = directory(&d.path("src3"), "org.example/elsewhere", 10, "three");
    let b = d.path("foreign.ponte");
    ponte::bundle::build::pack(
        &foreign,
        10,
        1,
        &d.publisher.signing.secret,
        &d.publisher.options(2),
        &b,
        &mut ponte::bundle::no_progress,
    )
    .unwrap();
    let e = d.refuse(&b);
    assert!(
        matches!(&e, BundleError::NotADirectory { why, .. } if why.contains("elsewhere")),
        "{e:?}"
    );
}

#[test]
fn payload_that_is_not_a_directory_is_refused() {
    let mut d = Device::new();
    let junk = d.path("junk.sqlite");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend((0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    std::fs::write(&junk, bytes).unwrap();
    let b = d.path("junk.ponte");
    ponte::bundle::build::pack(
        &junk,
        40,
        1,
        &d.publisher.signing.secret,
        &d.publisher.options(2),
        &b,
        &mut ponte::bundle::no_progress,
    )
    .unwrap();
    let e = d.refuse(&b);
    assert!(matches!(e, BundleError::NotADirectory { .. }), "{e:?}");
    // Plain text is not a database at all.
    std::fs::write(&junk, "id,name\n1,x\n").unwrap();
    ponte::bundle::build::pack(
        &junk,
        1,
        1,
        &d.publisher.signing.secret,
        &d.publisher.options(2),
        &b,
        &mut ponte::bundle::no_progress,
    )
    .unwrap();
    let e = d.refuse(&b);
    assert!(matches!(e, BundleError::NotADirectory { .. }), "{e:?}");
}

#[test]
fn bundle_needing_a_newer_app_is_refused() {
    let mut d = Device::new();
    let mut opts = d.publisher.options(2);
    opts.min_app_version = "99.0.0".into();
    let b = d.publisher.bundle_with(
        &d.dir_file,
        &opts,
        &d.publisher.signing.secret,
        &d.path("future.ponte"),
    );
    let e = d.refuse(&b);
    assert!(
        matches!(&e, BundleError::AppTooOld { needs, .. } if needs == "99.0.0"),
        "{e:?}"
    );
}

#[test]
fn bundle_made_outside_the_keys_validity_is_refused() {
    let mut d = Device::new();
    let mut listed = d.publisher.signing.listed();
    listed.valid_until = Some("2021-01-01T00:00:00Z".into());
    let (l, s) = d.publisher.key_list(2, vec![listed]);
    let b = d.good(2);
    // Swap in a list where the key stopped signing in 2021.
    let bytes = std::fs::read(&b).unwrap();
    let head = Head::read(&mut bytes.as_slice()).unwrap();
    let payload = bytes[head.len() as usize..].to_vec();
    let new = Head {
        key_list: l.into_bytes(),
        key_list_sig: s.into_bytes(),
        ..head
    };
    let mut v = Vec::new();
    new.write(&mut v).unwrap();
    v.extend_from_slice(&payload);
    std::fs::write(&b, v).unwrap();
    let e = d.refuse(&b);
    assert!(matches!(e, BundleError::KeyNotValid { .. }), "{e:?}");
}

#[test]
fn bundle_id_outside_the_publishers_namespace_is_refused() {
    let mut d = Device::new();
    let b = d.good(2);
    let out = d.path("namespace.ponte");
    resign(&b, &out, &d.publisher.signing.secret, |m| {
        m.bundle_id = "org.other/test".into();
    });
    let e = d.refuse(&out);
    assert!(
        matches!(&e, BundleError::BadManifest { why, .. } if why.contains("org.other/test")),
        "{e:?}"
    );
}

#[test]
fn key_list_claiming_another_publisher_is_refused() {
    // A root key trusted for org.example signs a list that says it is org.victim's.
    let mut d = Device::new();
    let t = d.path("trust-db");
    std::fs::create_dir_all(&t).unwrap();
    let db = ponte::userdb::UserDb::open(&t.join("user.sqlite")).unwrap();
    db.add_trusted_key(
        &d.publisher.root.id(),
        "org.example",
        "Example",
        &d.publisher.root.secret.public.to_base64(),
    )
    .unwrap();
    let trust = TrustStore::load(&db).unwrap();
    std::fs::create_dir_all(d.path("victim")).unwrap();
    let mut victim = Publisher::new(&d.path("victim"), "org.victim");
    // Sign org.victim's list with org.example's root key.
    let list = keys::KeyList {
        kind: keys::KEY_LIST_TYPE.into(),
        format: keys::KEY_LIST_FORMAT,
        publisher: "org.victim".into(),
        publisher_name: "Victim".into(),
        version: 1,
        issued: "2026-01-01T00:00:00Z".into(),
        keys: vec![victim.signing.listed()],
    };
    let json = list.to_json();
    let sig = keys::sign(&d.publisher.root.secret, json.as_bytes(), "x").unwrap();
    victim.key_list = json;
    victim.key_list_sig = sig;
    let vdir = directory(&d.path("vsrc"), &victim.bundle_id(), 5, "victim");
    let b = victim.bundle(&vdir, 1, &d.path("victim.ponte"));
    let e = d.refuse_with(&b, &trust);
    assert!(matches!(e, BundleError::WrongPublisher { .. }), "{e:?}");
}

/// Byte ranges of the signatures' untrusted comments: minisign leaves that line unsigned
/// by design, and Ponte never reads it.
fn untrusted_comments(bytes: &[u8]) -> Vec<std::ops::Range<usize>> {
    let head = Head::read(&mut &bytes[..]).unwrap();
    let fixed = ponte::bundle::format::FIXED_HEADER;
    let m_sig = fixed + head.manifest.len();
    let k_sig = m_sig + head.manifest_sig.len() + head.key_list.len();
    [(m_sig, &head.manifest_sig), (k_sig, &head.key_list_sig)]
        .iter()
        .map(|(start, sig)| {
            let prefix = "untrusted comment: ".len();
            let end = sig.iter().position(|b| *b == b'\n').unwrap();
            start + prefix..start + end
        })
        .collect()
}

#[test]
fn any_flipped_byte_is_refused_and_changes_nothing() {
    // A property over the whole file: header, manifest, signatures, key list, payload.
    let mut d = Device::new();
    let good = d.good(2);
    let bytes = std::fs::read(&good).unwrap();
    let n = bytes.len();
    let unsigned = untrusted_comments(&bytes);
    let step = (n / 150).max(1);
    let bad = d.path("flipped.ponte");
    let mut tried = 0;
    let positions = (0..n)
        .step_by(step)
        .chain(0..ponte::bundle::format::FIXED_HEADER)
        .chain([n - 1])
        .filter(|at| !unsigned.iter().any(|r| r.contains(at)));
    for at in positions {
        let mut b = bytes.clone();
        b[at] ^= 0x40;
        std::fs::write(&bad, &b).unwrap();
        let before = snapshot(&d.data, &["org.example"]);
        let r = install(&mut d.data, &bad, &d.trust);
        assert!(r.is_err(), "flipping byte {at} of {n} was accepted");
        assert_eq!(before, snapshot(&d.data, &["org.example"]), "byte {at}");
        tried += 1;
    }
    assert!(tried >= 150, "{tried}");
    // And the untouched bundle still installs: the refusals were about the flips.
    install(&mut d.data, &good, &d.trust).unwrap();
}

#[test]
fn a_key_trusted_for_one_command_cant_speak_for_a_known_publisher() {
    // The device knows org.example's root. Someone hands over another key with --trust
    // and a bundle claiming to be org.example's: refused, org.example's line untouched.
    let mut d = Device::new();
    d.data
        .user()
        .add_trusted_key(
            &d.publisher.root.id(),
            "org.example",
            "Example",
            &d.publisher.root.secret.public.to_base64(),
        )
        .unwrap();
    std::fs::create_dir_all(d.path("other")).unwrap();
    let other = Publisher::new(&d.path("other"), "org.example");
    let b = other.bundle(&d.dir_file, 9, &d.path("other.ponte"));
    let mut trust = TrustStore::load(d.data.user()).unwrap();
    trust.add_for_now(other.root.secret.public.clone());
    let e = d.refuse_with(&b, &trust);
    assert!(matches!(e, BundleError::WrongPublisher { .. }), "{e:?}");
}
