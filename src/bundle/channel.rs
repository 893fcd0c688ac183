//! Update channels: a static folder that any web server, mirror or CDN can serve.
//!
//! ```text
//! <channel>/
//!   index.json                     which bundles there are (newest per bundle id)
//!   <publisher>_<name>-<seq>.ponte the bundles
//! ```
//!
//! The index is only a map: it says which file to fetch and how big it is, and is never
//! trusted for anything else — every decision is made on the signed bundle itself. It is
//! replaced atomically, after the bundle it names is in place, so a server never serves an
//! index that points at a missing file.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::error::{BundleError, Signed};
use super::format::{Head, EXTENSION};
use super::keys::{format_time, KeyList, Signature};
use super::manifest::{file_stem, Manifest};
use super::{hex, Progress, Stage};
use crate::error::Context;

/// The index's file name.
pub const INDEX_FILE: &str = "index.json";
/// `type` of an index.
pub const INDEX_TYPE: &str = "ponte-channel-index";
/// Index format this code writes and reads.
pub const INDEX_FORMAT: u32 = 1;
/// Largest index a client reads.
pub const MAX_INDEX: u64 = 1024 * 1024;

/// One bundle on a channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    /// Bundle id.
    pub bundle_id: String,
    /// Publisher id.
    pub publisher: String,
    /// Sequence.
    pub sequence: i64,
    /// File name in the channel folder.
    pub file: String,
    /// Its size in bytes.
    pub length: u64,
    /// Its SHA-256 (of the whole file).
    pub sha256: String,
    /// When it expires.
    pub expires: String,
}

/// A channel's index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelIndex {
    /// [`INDEX_TYPE`].
    #[serde(rename = "type")]
    pub kind: String,
    /// [`INDEX_FORMAT`].
    pub format: u32,
    /// When it was last written.
    pub updated: String,
    /// The newest bundle of each bundle id.
    pub bundles: Vec<IndexEntry>,
}

/// A file name a channel may name: no folders, nothing hidden, nothing that needs
/// escaping in a URL.
pub fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 200
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

impl ChannelIndex {
    /// An empty index.
    pub fn new() -> ChannelIndex {
        ChannelIndex {
            kind: INDEX_TYPE.into(),
            format: INDEX_FORMAT,
            updated: String::new(),
            bundles: Vec::new(),
        }
    }

    /// Parses and checks an index (from a server: untrusted, but it must be well-formed).
    pub fn parse(bytes: &[u8]) -> Result<ChannelIndex, String> {
        if bytes.len() as u64 > MAX_INDEX {
            return Err(format!("index larger than {MAX_INDEX} bytes"));
        }
        let index: ChannelIndex = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        if index.kind != INDEX_TYPE || index.format != INDEX_FORMAT {
            return Err(format!(
                "not a channel index this app reads (type {:?}, format {})",
                index.kind, index.format
            ));
        }
        for e in &index.bundles {
            if !is_plain_file_name(&e.file) {
                return Err(format!("file name {:?} is not a plain file name", e.file));
            }
            if e.sha256.len() != 64 || !e.sha256.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err(format!("{:?} is not a SHA-256", e.sha256));
            }
        }
        Ok(index)
    }

    /// The index as written to disk.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }
}

impl Default for ChannelIndex {
    fn default() -> Self {
        ChannelIndex::new()
    }
}

/// Checks that a bundle is whole and consistent on its own — the manifest is signed by a
/// key in the bundled key list, the payload's length and SHA-256 match — without asking
/// whether its root key is trusted (the publisher's machine may not trust itself).
/// Returns the manifest and the whole file's SHA-256.
pub fn check_consistent(
    path: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<(Manifest, String, u64), BundleError> {
    let mut f = File::open(path).at(path)?;
    let head = Head::read(&mut f)?;
    let not = |why: String| BundleError::NotABundle { why };
    let list = KeyList::parse(&head.key_list).map_err(|w| not(format!("key list: {w}")))?;
    let text = |b: &[u8]| String::from_utf8(b.to_vec()).map_err(|_| not("not text".into()));
    let sig = Signature::parse(&text(&head.manifest_sig)?).map_err(not)?;
    Signature::parse(&text(&head.key_list_sig)?).map_err(not)?;
    let listed = list
        .get(&sig.key_id)
        .ok_or(BundleError::UnknownSigningKey {
            publisher: list.publisher.clone(),
            key_id: sig.key_id.clone(),
        })?;
    let key = listed.public().map_err(not)?;
    sig.verify(&key, &head.manifest, Signed::Manifest, &list.publisher)?;
    let m = Manifest::parse(&head.manifest).map_err(|why| BundleError::BadManifest {
        publisher: list.publisher.clone(),
        why,
    })?;
    let total = head.len() + m.payload.length;
    let found = std::fs::metadata(path).at(path)?.len();
    if found < total {
        return Err(BundleError::Truncated {
            publisher: list.publisher.clone(),
            expected: total,
            found,
        });
    }
    if found > total {
        return Err(BundleError::TooLong {
            publisher: list.publisher.clone(),
            declared: total,
        });
    }
    // One pass over the whole file: the payload's hash (signed) and the file's (indexed).
    let mut f = File::open(path).at(path)?;
    let mut whole = Sha256::new();
    let mut payload = Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    let mut pos = 0u64;
    loop {
        let n = f.read(&mut buf).at(path)?;
        if n == 0 {
            break;
        }
        whole.update(&buf[..n]);
        let start = head.len().saturating_sub(pos).min(n as u64) as usize;
        payload.update(&buf[start..n]);
        pos += n as u64;
        progress(Progress {
            stage: Stage::Hashing,
            done: pos,
            total,
        });
    }
    if hex(&payload.finalize()) != m.payload.sha256 {
        return Err(BundleError::PayloadMismatch {
            publisher: list.publisher.clone(),
            bundle_id: m.bundle_id.clone(),
            part: "payload",
            what: "SHA-256",
        });
    }
    Ok((m, hex(&whole.finalize()), total))
}

/// Adds a bundle to the channel folder `folder` (created if needed): copies it in,
/// then replaces the index atomically, then removes the bundle it superseded. Refuses a
/// bundle whose sequence is not above the one the channel already has for its id.
pub fn publish(
    bundle: &Path,
    folder: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<IndexEntry, BundleError> {
    let (m, sha256, length) = check_consistent(bundle, progress)?;
    std::fs::create_dir_all(folder).at(folder)?;
    let index_path = folder.join(INDEX_FILE);
    let mut index = match std::fs::read(&index_path) {
        Ok(bytes) => ChannelIndex::parse(&bytes).map_err(|why| {
            BundleError::Core(crate::Error::Input(format!(
                "{} is not a channel index: {why}",
                index_path.display()
            )))
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => ChannelIndex::new(),
        Err(e) => {
            return Err(crate::Error::Io {
                path: index_path,
                source: e,
            }
            .into())
        }
    };
    if let Some(old) = index.bundles.iter().find(|e| e.bundle_id == m.bundle_id) {
        if old.sequence >= m.sequence {
            return Err(BundleError::Rollback {
                publisher: m.publisher.clone(),
                bundle_id: m.bundle_id.clone(),
                offered: m.sequence,
                installed: old.sequence,
            });
        }
    }
    let file = format!("{}-{}.{EXTENSION}", file_stem(&m.bundle_id), m.sequence);
    let dest = folder.join(&file);
    crate::atomic::replace_with(&dest, |part| {
        std::fs::copy(bundle, part).map(|_| ()).at(part)
    })?;
    let entry = IndexEntry {
        bundle_id: m.bundle_id.clone(),
        publisher: m.publisher.clone(),
        sequence: m.sequence,
        file: file.clone(),
        length,
        sha256,
        expires: m.expires.clone(),
    };
    let old_files: Vec<String> = index
        .bundles
        .iter()
        .filter(|e| e.bundle_id == m.bundle_id)
        .map(|e| e.file.clone())
        .collect();
    index.bundles.retain(|e| e.bundle_id != m.bundle_id);
    index.bundles.push(entry.clone());
    index.bundles.sort_by(|a, b| a.bundle_id.cmp(&b.bundle_id));
    index.updated = format_time(chrono::Utc::now());
    crate::atomic::write_bytes(&index_path, index.to_json().as_bytes())?;
    for f in old_files {
        if f != file && is_plain_file_name(&f) {
            let _ = std::fs::remove_file(folder.join(f));
        }
    }
    Ok(entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_file_names_pass() {
        assert!(is_plain_file_name("org.example_pt-3.ponte"));
        for bad in ["", "../x", "a/b", ".hidden", "a?b", "a%2f", "a b"] {
            assert!(!is_plain_file_name(bad), "{bad}");
        }
    }

    #[test]
    fn index_round_trips_and_refuses_odd_names() {
        let mut i = ChannelIndex::new();
        i.bundles.push(IndexEntry {
            bundle_id: "org.x/a".into(),
            publisher: "org.x".into(),
            sequence: 1,
            file: "org.x_a-1.ponte".into(),
            length: 10,
            sha256: "0".repeat(64),
            expires: "2030-01-01T00:00:00Z".into(),
        });
        assert_eq!(ChannelIndex::parse(i.to_json().as_bytes()).unwrap(), i);
        i.bundles[0].file = "../../etc/passwd".into();
        assert!(ChannelIndex::parse(i.to_json().as_bytes()).is_err());
    }
}
