//! Installing a bundle, so that a crash at any point leaves the old directory or the new
//! one in use, intact, and a refusal changes nothing:
//!
//! 1. verify the head and the payload's hash (nothing written yet);
//! 2. decompress into a hidden `.part` file in the data folder, hashing as it goes; flush;
//! 3. open it read-only and check it (integrity, every record, the right bundle id);
//! 4. rename it to `directory-<bundle>-<sequence>.sqlite` (a new name: never over an open
//!    database) and flush the folder;
//! 5. keep the bundled key list if it is newer than the stored one;
//! 6. switch: one user-database transaction records the sequence and the file in use,
//!    and refuses a sequence not above the highest (so two installers can't both win);
//! 7. remove the directory no longer in use.
//!
//! Leftovers of a crash (a `.part`, a renamed file that never got switched to, an old
//! directory not yet removed) are collected the next time the data folder opens.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::error::BundleError;
use super::failpoint;
use super::keys::parse_time;
use super::manifest::{file_stem, Manifest};
use super::trust::TrustStore;
use super::verify::{self, Check};
use super::{Checks, Progress};
use crate::datadir::DataDir;
use crate::userdb::UserDb;

/// What an install did.
#[derive(Debug, Clone, Serialize)]
pub struct Installed {
    /// The bundle id.
    pub bundle_id: String,
    /// The publisher, for people.
    pub publisher: String,
    /// The bundle's title.
    pub title: String,
    /// Its sequence.
    pub sequence: i64,
    /// When it expires.
    pub expires: String,
    /// The directory file now in use.
    pub file: PathBuf,
    /// Services in it.
    pub services: u64,
    /// What was checked.
    pub checks: Vec<Check>,
}

/// The file name a bundle's directory gets in the data folder.
pub fn directory_file_name(bundle_id: &str, sequence: i64) -> String {
    format!("directory-{}-{sequence}.sqlite", file_stem(bundle_id))
}

fn io(path: &Path, source: std::io::Error) -> BundleError {
    BundleError::Core(crate::Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Verifies the bundle at `bundle` completely, then installs it and switches to it.
/// On any refusal or error, the directory in use and the stored sequences are unchanged.
pub fn install_file(
    data: &mut DataDir,
    bundle: &Path,
    trust: &TrustStore,
    checks: &Checks,
    progress: &mut dyn FnMut(Progress),
) -> Result<Installed, BundleError> {
    let (mut file, mut v) = verify::open_and_verify_head(bundle, trust, data.user(), checks)?;
    verify::check_payload(&mut file, bundle, &mut v, progress)?;

    let root = data.root().to_path_buf();
    let name = directory_file_name(&v.manifest.bundle_id, v.manifest.sequence);
    let target = root.join(&name);
    let part = crate::atomic::part_path(&target);
    let unpacked = verify::unpack(&mut file, bundle, &mut v, &part, progress)
        .and_then(|()| verify::check_directory(&part, &mut v, progress));
    if let Err(e) = unpacked {
        let _ = std::fs::remove_file(&part);
        return Err(e);
    }
    drop(file);

    failpoint::step("install", "rename the new directory into place");
    if let Err(e) = std::fs::rename(&part, &target) {
        let _ = std::fs::remove_file(&part);
        return Err(io(&target, e));
    }
    failpoint::step("install", "flush the data folder");
    crate::atomic::sync_dir(&root)?;

    failpoint::step("install", "keep the newer key list");
    if let Some((list, sig)) = &v.newer_key_list {
        data.user()
            .store_key_list(&v.key_list.publisher, v.key_list.version, list, sig)?;
    }

    failpoint::step("install", "switch to the new directory");
    let switched = data.user_mut().switch_directory(
        &name,
        &v.manifest.bundle_id,
        v.manifest.sequence,
        Some(&v.manifest_json),
    );
    if let Err(e) = switched {
        // Another install won the race (its sequence is now the highest). Ours was never
        // in use, so it goes — unless the winner installed this very bundle under the
        // same name and is using it.
        let in_use = data
            .user()
            .active_directory()
            .ok()
            .flatten()
            .is_some_and(|a| a.file == name);
        if !in_use {
            let _ = std::fs::remove_file(&target);
        }
        let installed = data
            .user()
            .highest_sequence(&v.manifest.bundle_id)
            .unwrap_or(0);
        return Err(match e {
            crate::Error::Input(_) => BundleError::Rollback {
                publisher: v.publisher.clone(),
                bundle_id: v.manifest.bundle_id.clone(),
                offered: v.manifest.sequence,
                installed,
            },
            other => BundleError::Core(other),
        });
    }
    failpoint::step("install", "switched");

    collect_garbage(&root, data.user());
    failpoint::step("install", "removed the old directory");
    let _ = crate::atomic::sync_dir(&root);
    Ok(Installed {
        bundle_id: v.manifest.bundle_id.clone(),
        publisher: v.publisher.clone(),
        title: v.manifest.title.clone(),
        sequence: v.manifest.sequence,
        expires: v.manifest.expires.clone(),
        file: target,
        services: v.manifest.payload.services,
        checks: v.checks,
    })
}

/// How long a bundle directory that was never switched to may be in progress before it
/// counts as abandoned.
const ABANDONED_SECS: u64 = 3600;

/// Removes installed-bundle directories no longer in use: any whose sequence is at or
/// below the highest installed for its bundle id (superseded), and any above it that has
/// been lying there over an hour (an install that crashed before its switch). The file in
/// use and the built-in directory are never touched. Returns how many were removed.
pub fn collect_garbage(root: &Path, user: &UserDb) -> usize {
    let Ok(active) = user.active_directory() else {
        return 0;
    };
    let active = active.map(|a| a.file);
    let Ok(sequences) = user.bundle_sequences() else {
        return 0;
    };
    let Ok(entries) = std::fs::read_dir(root) else {
        return 0;
    };
    let mut removed = 0;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some((stem, seq)) = parse_directory_file_name(&name) else {
            continue;
        };
        if active.as_deref() == Some(name.as_str()) {
            continue;
        }
        let highest = sequences
            .iter()
            .filter(|(id, _)| file_stem(id) == stem)
            .map(|(_, h)| *h)
            .max()
            .unwrap_or(0);
        let abandoned = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > ABANDONED_SECS);
        if (seq <= highest || abandoned) && std::fs::remove_file(e.path()).is_ok() {
            failpoint::step("install", "removed a directory no longer in use");
            removed += 1;
        }
    }
    removed
}

/// `directory-<stem>-<seq>.sqlite` → (stem, seq), for installed bundles only (never the
/// built-in `directory-default-<key>.sqlite`).
fn parse_directory_file_name(name: &str) -> Option<(&str, i64)> {
    if name.starts_with("directory-default-") {
        return None;
    }
    let rest = name.strip_prefix("directory-")?.strip_suffix(".sqlite")?;
    let (stem, seq) = rest.rsplit_once('-')?;
    if stem.is_empty() || !seq.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((stem, seq.parse().ok()?))
}

/// What the app shows about its directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DirectoryStatus {
    /// The built-in directory (no bundle installed).
    pub built_in: bool,
    /// Bundle id.
    pub bundle_id: String,
    /// Publisher id.
    pub publisher: String,
    /// Title.
    pub title: String,
    /// Sequence (0 for the built-in directory).
    pub sequence: i64,
    /// When the publisher made it (RFC 3339), for bundles.
    pub published: Option<String>,
    /// When this device verified and installed it (RFC 3339), for bundles.
    pub verified_at: Option<String>,
    /// When it expires (RFC 3339), for bundles.
    pub expires: Option<String>,
    /// Past its expiry: it keeps working, but should be updated.
    pub expired: bool,
    /// When a channel was last checked successfully (RFC 3339).
    pub last_checked: Option<String>,
}

/// Setting key: when a channel was last checked.
pub const LAST_CHECKED: &str = "update.last_checked";

/// The status of the directory in use at `now`.
pub fn status(data: &DataDir, now: DateTime<Utc>) -> crate::Result<DirectoryStatus> {
    let active = data.active()?;
    let last_checked = data.user().setting(LAST_CHECKED)?;
    let recorded = if active.built_in {
        None
    } else {
        data.user().active_directory()?
    };
    let manifest = recorded
        .as_ref()
        .and_then(|r| r.manifest.as_deref())
        .and_then(|m| Manifest::parse(m.as_bytes()).ok());
    Ok(match (recorded, manifest) {
        (Some(r), Some(m)) => {
            let expired = parse_time(&m.expires).is_ok_and(|e| now > e);
            DirectoryStatus {
                built_in: false,
                bundle_id: m.bundle_id,
                publisher: m.publisher,
                title: m.title,
                sequence: m.sequence,
                published: Some(m.created),
                verified_at: Some(r.installed_at),
                expires: Some(m.expires),
                expired,
                last_checked,
            }
        }
        _ => {
            let info = crate::datadir::built_in_info();
            DirectoryStatus {
                built_in: active.built_in,
                bundle_id: active.bundle_id,
                publisher: info.publisher,
                title: info.title,
                sequence: active.sequence,
                published: None,
                verified_at: None,
                expires: None,
                expired: false,
                last_checked,
            }
        }
    })
}

/// Records that a channel was checked now.
pub fn record_check(user: &UserDb, now: DateTime<Utc>) -> crate::Result<()> {
    user.set_setting(LAST_CHECKED, &super::keys::format_time(now))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_file_names_round_trip_and_skip_the_built_in() {
        let n = directory_file_name("org.example/pt-north", 12);
        assert_eq!(n, "directory-org.example_pt-north-12.sqlite");
        assert_eq!(
            parse_directory_file_name(&n),
            Some(("org.example_pt-north", 12))
        );
        assert_eq!(
            parse_directory_file_name("directory-default-0123456789.sqlite"),
            None
        );
        assert_eq!(parse_directory_file_name("user.sqlite"), None);
    }
}
