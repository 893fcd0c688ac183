//! Verifying a bundle, in an order where nothing unsigned is ever acted on:
//!
//! 1. the head's sizes are capped ([`super::format`]);
//! 2. the key list's signature is by a trusted root key (prehashed only), and the list is
//!    for that root key's publisher; a newer list already stored wins over the bundled one;
//! 3. the manifest's signature is by a key in that list, not revoked, valid when the
//!    bundle was made; only then is the manifest parsed;
//! 4. the app is new enough, the manifest hasn't expired, the sequence is above the
//!    highest installed;
//! 5. the file is exactly as long as declared, and the payload's SHA-256 matches —
//!    before a single byte is decompressed;
//! 6. decompressing never writes more than the declared directory length, and the
//!    directory's SHA-256 matches; the directory opens read-only and passes its checks.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use fluent_bundle::FluentValue;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::error::{BundleError, Signed};
use super::failpoint;
use super::format::Head;
use super::keys::{format_time, KeyList, Signature};
use super::manifest::{parse_version, Manifest};
use super::trust::{display_publisher, TrustStore};
use super::{hex, Checks, Progress, Stage};
use crate::i18n::L10n;
use crate::store::Directory;
use crate::userdb::UserDb;

/// Bytes written per step while decompressing (each is a crash point in the kill test).
pub const CHUNK: usize = 16 * 1024;

/// One thing that was checked, for `ponte bundle verify` to explain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "check", rename_all = "kebab-case")]
pub enum Check {
    /// The file's header and section sizes.
    Format,
    /// The key list's signature by a trusted root key.
    KeyList {
        /// Publisher, for people.
        publisher: String,
        /// The list's version.
        version: i64,
        /// The root key.
        root_key: String,
        /// Where the root key came from.
        source: &'static str,
    },
    /// A newer key list already on this device was used instead of the bundled one.
    NewerKeyListKept {
        /// The stored version.
        stored: i64,
        /// The bundled version.
        bundled: i64,
    },
    /// The manifest's signature by a listed, unrevoked, valid key.
    ManifestSignature {
        /// The signing key.
        key: String,
        /// Its validity.
        validity: String,
    },
    /// The app is new enough.
    AppVersion {
        /// The bundle's minimum.
        needs: String,
        /// Ours.
        ours: String,
    },
    /// Not expired.
    NotExpired {
        /// When it expires.
        expires: String,
    },
    /// The sequence is above the installed one.
    Sequence {
        /// The bundle's.
        offered: i64,
        /// The highest installed (0: none).
        installed: i64,
    },
    /// The payload's length and SHA-256.
    Payload {
        /// Bytes.
        bytes: u64,
        /// SHA-256.
        sha256: String,
    },
    /// The decompressed directory's length and SHA-256.
    Directory {
        /// Bytes.
        bytes: u64,
        /// SHA-256.
        sha256: String,
    },
    /// The directory opens and passes its integrity checks.
    DirectoryIntact {
        /// Services in it.
        services: u64,
    },
}

impl Check {
    /// The check in the person's language.
    pub fn message(&self, l: &L10n) -> String {
        let s = |v: &str| FluentValue::from(v.to_string());
        let n = |v: i64| FluentValue::from(v);
        match self {
            Check::Format => l.t("bundle-check-format"),
            Check::KeyList {
                publisher,
                version,
                root_key,
                source,
            } => l.ta(
                "bundle-check-key-list",
                &[
                    ("publisher", s(publisher)),
                    ("version", s(&version.to_string())),
                    ("key", s(root_key)),
                    ("source", s(source)),
                ],
            ),
            Check::NewerKeyListKept { stored, bundled } => l.ta(
                "bundle-check-newer-key-list",
                &[
                    ("stored", s(&stored.to_string())),
                    ("bundled", s(&bundled.to_string())),
                ],
            ),
            Check::ManifestSignature { key, validity } => l.ta(
                "bundle-check-manifest-signature",
                &[("key", s(key)), ("validity", s(validity))],
            ),
            Check::AppVersion { needs, ours } => l.ta(
                "bundle-check-app-version",
                &[("needs", s(needs)), ("ours", s(ours))],
            ),
            Check::NotExpired { expires } => {
                l.ta("bundle-check-not-expired", &[("expires", s(expires))])
            }
            Check::Sequence {
                offered,
                installed: 0,
            } => l.ta(
                "bundle-check-sequence-first",
                &[("offered", s(&offered.to_string()))],
            ),
            Check::Sequence { offered, installed } => l.ta(
                "bundle-check-sequence",
                &[
                    ("offered", s(&offered.to_string())),
                    ("installed", s(&installed.to_string())),
                ],
            ),
            Check::Payload { bytes, sha256 } => l.ta(
                "bundle-check-payload",
                &[("bytes", n(*bytes as i64)), ("sha256", s(sha256))],
            ),
            Check::Directory { bytes, sha256 } => l.ta(
                "bundle-check-directory",
                &[("bytes", n(*bytes as i64)), ("sha256", s(sha256))],
            ),
            Check::DirectoryIntact { services } => l.ta(
                "bundle-check-directory-intact",
                &[("services", n(*services as i64))],
            ),
        }
    }
}

/// A bundle whose head verified.
#[derive(Debug, Clone)]
pub struct Verified {
    /// The manifest (signed).
    pub manifest: Manifest,
    /// Its JSON, exactly as signed.
    pub manifest_json: String,
    /// The publisher, for people: "Name (id)".
    pub publisher: String,
    /// The key list in force (the bundled one, or a newer one already stored).
    pub key_list: KeyList,
    /// The bundled key list and its signature, when it is newer than the stored one (the
    /// installer keeps it).
    pub newer_key_list: Option<(String, String)>,
    /// Bytes before the payload.
    pub head_len: u64,
    /// What was checked so far.
    pub checks: Vec<Check>,
}

impl Verified {
    /// Bytes the whole file must have.
    pub fn total_len(&self) -> u64 {
        self.head_len + self.manifest.payload.length
    }
}

fn utf8(bytes: &[u8], what: &str) -> Result<String, BundleError> {
    String::from_utf8(bytes.to_vec()).map_err(|_| BundleError::NotABundle {
        why: format!("the {what} is not text"),
    })
}

/// Verifies a bundle's head: signatures, trust, key list, manifest, app version, expiry
/// and sequence (steps 1-4). Reads nothing but `head`, `trust` and `user`; changes
/// nothing.
pub fn verify_head(
    head: &Head,
    trust: &TrustStore,
    user: &UserDb,
    checks: &Checks,
) -> Result<Verified, BundleError> {
    let mut done = vec![Check::Format];
    // The key list: find the root key by the signature's key id, verify, then parse.
    let kl_sig =
        Signature::parse(&utf8(&head.key_list_sig, "key list signature")?).map_err(|why| {
            BundleError::NotABundle {
                why: format!("key list signature: {why}"),
            }
        })?;
    // The unverified claim is only ever used to word a refusal.
    let claimed = KeyList::parse(&head.key_list)
        .map(|k| format!("{} ({})", k.publisher_name, k.publisher))
        .unwrap_or_else(|_| "?".into());
    let mut anchor = None;
    let mut failure = None;
    for a in trust.find(&kl_sig.key_id) {
        let who = a.publisher.clone().unwrap_or_else(|| claimed.clone());
        match kl_sig.verify(&a.key, &head.key_list, Signed::KeyList, &who) {
            Ok(()) => {
                anchor = Some(a);
                break;
            }
            Err(e) => failure = Some(e),
        }
    }
    let anchor = match (anchor, failure) {
        (Some(a), _) => a,
        (None, Some(e)) => return Err(e),
        (None, None) => {
            return Err(BundleError::UnknownRootKey {
                claimed,
                key_id: kl_sig.key_id,
            })
        }
    };
    let bundled = KeyList::parse(&head.key_list).map_err(|why| BundleError::BadManifest {
        publisher: claimed.clone(),
        why: format!("key list: {why}"),
    })?;
    let name = anchor
        .name
        .clone()
        .unwrap_or_else(|| bundled.publisher_name.clone());
    let publisher = display_publisher(&name, &bundled.publisher);
    if let Some(p) = &anchor.publisher {
        if *p != bundled.publisher {
            return Err(BundleError::WrongPublisher {
                publisher: display_publisher(&name, p),
                claimed: bundled.publisher.clone(),
            });
        }
    } else if let Some(owner) = trust.anchors().iter().find(|a| {
        a.publisher.as_deref() == Some(bundled.publisher.as_str()) && a.key.id != anchor.key.id
    }) {
        // A key trusted for one command can't speak for a publisher this device already
        // knows under other root keys (it would raise that publisher's sequences).
        return Err(BundleError::WrongPublisher {
            publisher: display_publisher(
                owner.name.as_deref().unwrap_or_default(),
                &bundled.publisher,
            ),
            claimed: bundled.publisher.clone(),
        });
    }
    done.push(Check::KeyList {
        publisher: publisher.clone(),
        version: bundled.version,
        root_key: anchor.key.id.clone(),
        source: anchor.source.code(),
    });

    // A newer list already seen wins (a replayed old list can't revive a revoked key),
    // as long as a root key still trusted signed it.
    let mut key_list = bundled.clone();
    let mut newer_key_list = Some((
        utf8(&head.key_list, "key list")?,
        utf8(&head.key_list_sig, "key list signature")?,
    ));
    if let Some(stored) = user.key_list(&bundled.publisher)? {
        if stored.version >= bundled.version {
            newer_key_list = None;
        }
        if stored.version > bundled.version {
            if let Some(list) = verified_stored_list(&stored, trust, &bundled.publisher) {
                done.push(Check::NewerKeyListKept {
                    stored: stored.version,
                    bundled: bundled.version,
                });
                key_list = list;
            }
        }
    }

    // The manifest: signed by a listed, unrevoked key; parsed only once verified.
    let m_sig =
        Signature::parse(&utf8(&head.manifest_sig, "manifest signature")?).map_err(|why| {
            BundleError::NotABundle {
                why: format!("manifest signature: {why}"),
            }
        })?;
    let listed = key_list
        .get(&m_sig.key_id)
        .ok_or_else(|| BundleError::UnknownSigningKey {
            publisher: publisher.clone(),
            key_id: m_sig.key_id.clone(),
        })?;
    if listed.revoked {
        return Err(BundleError::RevokedKey {
            publisher: publisher.clone(),
            key_id: m_sig.key_id.clone(),
        });
    }
    let key = listed.public().map_err(|why| BundleError::BadManifest {
        publisher: publisher.clone(),
        why: format!("key list: {why}"),
    })?;
    m_sig.verify(&key, &head.manifest, Signed::Manifest, &publisher)?;
    let manifest = Manifest::parse(&head.manifest).map_err(|why| BundleError::BadManifest {
        publisher: publisher.clone(),
        why,
    })?;
    let bad = |why: String| BundleError::BadManifest {
        publisher: publisher.clone(),
        why,
    };
    if manifest.publisher != key_list.publisher {
        return Err(BundleError::WrongPublisher {
            publisher: publisher.clone(),
            claimed: manifest.publisher.clone(),
        });
    }
    if manifest.key_id != m_sig.key_id {
        return Err(bad(format!(
            "it names key {} but is signed by {}",
            manifest.key_id, m_sig.key_id
        )));
    }
    let created = manifest.created_at().map_err(&bad)?;
    if !listed.valid_at(created) {
        return Err(BundleError::KeyNotValid {
            publisher: publisher.clone(),
            key_id: listed.key_id.clone(),
            created: manifest.created.clone(),
            validity: listed.validity(),
        });
    }
    done.push(Check::ManifestSignature {
        key: listed.key_id.clone(),
        validity: listed.validity(),
    });

    // What the signed manifest asks of this device.
    if parse_version(&manifest.min_app_version) > parse_version(&checks.app_version) {
        return Err(BundleError::AppTooOld {
            publisher: publisher.clone(),
            bundle_id: manifest.bundle_id.clone(),
            needs: manifest.min_app_version.clone(),
            ours: checks.app_version.clone(),
        });
    }
    done.push(Check::AppVersion {
        needs: manifest.min_app_version.clone(),
        ours: checks.app_version.clone(),
    });
    let expires = manifest.expires_at().map_err(&bad)?;
    if checks.now > expires {
        return Err(BundleError::Expired {
            publisher: publisher.clone(),
            bundle_id: manifest.bundle_id.clone(),
            expires: format_time(expires),
        });
    }
    done.push(Check::NotExpired {
        expires: manifest.expires.clone(),
    });
    let installed = user.highest_sequence(&manifest.bundle_id)?;
    if manifest.sequence <= installed {
        return Err(BundleError::Rollback {
            publisher: publisher.clone(),
            bundle_id: manifest.bundle_id.clone(),
            offered: manifest.sequence,
            installed,
        });
    }
    done.push(Check::Sequence {
        offered: manifest.sequence,
        installed,
    });
    Ok(Verified {
        manifest_json: utf8(&head.manifest, "manifest")?,
        manifest,
        publisher,
        key_list,
        newer_key_list,
        head_len: head.len(),
        checks: done,
    })
}

/// A stored key list, if a root key of `publisher` still trusted signed it.
fn verified_stored_list(
    stored: &crate::userdb::StoredKeyList,
    trust: &TrustStore,
    publisher: &str,
) -> Option<KeyList> {
    let sig = Signature::parse(&stored.signature).ok()?;
    let ok = trust.find(&sig.key_id).any(|a| {
        a.publisher.as_deref().is_none_or(|p| p == publisher)
            && sig
                .verify(&a.key, stored.list.as_bytes(), Signed::KeyList, publisher)
                .is_ok()
    });
    let list = KeyList::parse(stored.list.as_bytes()).ok()?;
    (ok && list.publisher == publisher).then_some(list)
}

/// Opens a bundle file and verifies its head (steps 1-4).
pub fn open_and_verify_head(
    path: &Path,
    trust: &TrustStore,
    user: &UserDb,
    checks: &Checks,
) -> Result<(File, Verified), BundleError> {
    let mut file = File::open(path).map_err(|e| io(path, e))?;
    let head = Head::read(&mut std::io::BufReader::new(&mut file))?;
    let v = verify_head(&head, trust, user, checks)?;
    Ok((file, v))
}

fn io(path: &Path, source: std::io::Error) -> BundleError {
    BundleError::Core(crate::Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// A reader that hashes and counts what passes through it.
struct Hashing<R> {
    inner: R,
    hash: Sha256,
    count: u64,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
}

/// Step 5: the file is exactly as long as the manifest declares and the payload's
/// SHA-256 matches. Decompresses nothing.
pub fn check_payload(
    file: &mut File,
    path: &Path,
    v: &mut Verified,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), BundleError> {
    let length = v.manifest.payload.length;
    let found = file.metadata().map_err(|e| io(path, e))?.len();
    let expected = v.total_len();
    if found < expected {
        return Err(BundleError::Truncated {
            publisher: v.publisher.clone(),
            expected,
            found,
        });
    }
    if found > expected {
        return Err(BundleError::TooLong {
            publisher: v.publisher.clone(),
            declared: expected,
        });
    }
    file.seek(SeekFrom::Start(v.head_len))
        .map_err(|e| io(path, e))?;
    let mut r = Hashing {
        inner: (&mut *file).take(length),
        hash: Sha256::new(),
        count: 0,
    };
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = r.read(&mut buf).map_err(|e| io(path, e))?;
        if n == 0 {
            break;
        }
        progress(Progress {
            stage: Stage::Hashing,
            done: r.count,
            total: length,
        });
    }
    let (count, hash) = (r.count, r.hash);
    // The file may have changed under us (a USB stick, a hostile writer): recheck.
    if count < length {
        return Err(BundleError::Truncated {
            publisher: v.publisher.clone(),
            expected,
            found: v.head_len + count,
        });
    }
    let mut one = [0u8; 1];
    if file.read(&mut one).map_err(|e| io(path, e))? > 0 {
        return Err(BundleError::TooLong {
            publisher: v.publisher.clone(),
            declared: expected,
        });
    }
    let sha = hex(&hash.finalize());
    if sha != v.manifest.payload.sha256 {
        return Err(mismatch(v, "payload", "SHA-256"));
    }
    v.checks.push(Check::Payload {
        bytes: length,
        sha256: sha,
    });
    Ok(())
}

fn mismatch(v: &Verified, part: &'static str, what: &'static str) -> BundleError {
    BundleError::PayloadMismatch {
        publisher: v.publisher.clone(),
        bundle_id: v.manifest.bundle_id.clone(),
        part,
        what,
    }
}

/// Step 6: decompresses the payload into `out` (a new file), never writing more than the
/// declared directory length, hashing both sides; flushes it to disk. The caller removes
/// `out` on error.
pub fn unpack(
    file: &mut File,
    path: &Path,
    v: &mut Verified,
    out: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), BundleError> {
    let m = v.manifest.payload.clone();
    file.seek(SeekFrom::Start(v.head_len))
        .map_err(|e| io(path, e))?;
    let input = Hashing {
        inner: (&mut *file).take(m.length),
        hash: Sha256::new(),
        count: 0,
    };
    let mut decoder = zstd::stream::read::Decoder::new(input).map_err(|e| io(path, e))?;
    failpoint::step("install", "create the new directory file");
    let mut dest = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(out)
        .map_err(|e| io(out, e))?;
    let mut hash = Sha256::new();
    let mut written = 0u64;
    let mut buf = vec![0u8; CHUNK];
    loop {
        let n = read_full(&mut decoder, &mut buf).map_err(|_| {
            // A stream that doesn't decode is not what the manifest's hash promised.
            mismatch(v, "payload", "content")
        })?;
        if n == 0 {
            break;
        }
        if written + n as u64 > m.directory_length {
            return Err(BundleError::TooLong {
                publisher: v.publisher.clone(),
                declared: m.directory_length,
            });
        }
        dest.write_all(&buf[..n]).map_err(|e| io(out, e))?;
        hash.update(&buf[..n]);
        written += n as u64;
        failpoint::step("install", "write a chunk of the new directory");
        progress(Progress {
            stage: Stage::Unpacking,
            done: written,
            total: m.directory_length,
        });
    }
    // Drain what the decoder didn't need so the payload hash covers every byte.
    let mut rest = decoder.finish();
    std::io::copy(&mut rest, &mut std::io::sink()).map_err(|e| io(path, e))?;
    let input = rest.into_inner();
    if input.count != m.length || hex(&input.hash.finalize()) != m.sha256 {
        return Err(mismatch(v, "payload", "SHA-256"));
    }
    if written != m.directory_length {
        return Err(mismatch(v, "directory", "length"));
    }
    let sha = hex(&hash.finalize());
    if sha != m.directory_sha256 {
        return Err(mismatch(v, "directory", "SHA-256"));
    }
    dest.sync_all().map_err(|e| io(out, e))?;
    failpoint::step("install", "flush the new directory file");
    v.checks.push(Check::Directory {
        bytes: written,
        sha256: sha,
    });
    Ok(())
}

fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Checks an unpacked directory file: a plain (rollback-journal) SQLite file that opens
/// read-only, passes its integrity checks, and is the directory the manifest describes.
pub fn check_directory(
    dir_file: &Path,
    v: &mut Verified,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), BundleError> {
    let not_dir = |why: String| BundleError::NotADirectory {
        publisher: v.publisher.clone(),
        bundle_id: v.manifest.bundle_id.clone(),
        why,
    };
    progress(Progress {
        stage: Stage::Checking,
        done: 0,
        total: 0,
    });
    let mut header = [0u8; 100];
    let mut f = File::open(dir_file).map_err(|e| io(dir_file, e))?;
    if f.read_exact(&mut header).is_err() || &header[..16] != b"SQLite format 3\0" {
        return Err(not_dir("it is not an SQLite database".into()));
    }
    // A WAL-mode file would make SQLite create side files next to it even read-only.
    if header[18] != 1 || header[19] != 1 {
        return Err(not_dir(
            "it is in WAL mode, not a finished directory file".into(),
        ));
    }
    drop(f);
    let dir = Directory::open(dir_file).map_err(|e| not_dir(reason(e)))?;
    dir.check().map_err(|e| not_dir(reason(e)))?;
    let info = dir.info();
    if info.bundle_id != v.manifest.bundle_id {
        return Err(not_dir(format!(
            "it is the directory of {:?}, not {:?}",
            info.bundle_id, v.manifest.bundle_id
        )));
    }
    let n = dir.len().map_err(|e| not_dir(reason(e)))? as u64;
    if n != v.manifest.payload.services {
        return Err(not_dir(format!(
            "it holds {n} services, the manifest says {}",
            v.manifest.payload.services
        )));
    }
    v.checks.push(Check::DirectoryIntact { services: n });
    Ok(())
}

fn reason(e: crate::Error) -> String {
    match e {
        crate::Error::BadDatabase { why, .. } => why,
        other => other.to_string(),
    }
}

/// Verifies a whole bundle file without installing it: head, payload, and the directory
/// unpacked into a scratch file in `scratch_dir` (removed afterwards). Changes nothing.
pub fn verify_file(
    path: &Path,
    trust: &TrustStore,
    user: &UserDb,
    checks: &Checks,
    scratch_dir: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<Verified, BundleError> {
    let (mut file, mut v) = open_and_verify_head(path, trust, user, checks)?;
    check_payload(&mut file, path, &mut v, progress)?;
    let scratch = crate::atomic::part_path(&scratch_dir.join("ponte-verify.sqlite"));
    let outcome = unpack(&mut file, path, &mut v, &scratch, progress)
        .and_then(|()| check_directory(&scratch, &mut v, progress));
    let _ = std::fs::remove_file(&scratch);
    outcome.map(|()| v)
}
