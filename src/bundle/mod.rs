//! Signed directory bundles: build, sign, verify, install and publish — everything but the
//! network (that is [`crate::update`], the only module allowed a socket).
//!
//! A bundle is one file (see [`format`]) holding a signed manifest ([`manifest`]), the
//! publisher's signed key list ([`keys`]) and the directory, compressed. It is checked the
//! same way whether it came from a channel, a mirror or a USB stick, in the spirit of The
//! Update Framework:
//!
//! - **arbitrary install / key compromise**: the manifest must be signed by a key the
//!   publisher's key list names and hasn't revoked, and the key list by a root key Ponte
//!   trusts ([`trust`]); legacy minisign signatures are refused;
//! - **rollback**: the sequence must be above the highest ever installed for the bundle id
//!   (kept in the user database; it only grows), and key lists only move forward too;
//! - **freeze**: an expired manifest is never installed;
//! - **endless data**: every length is capped, the payload's from the signed manifest;
//! - **mix-and-match**: the payload's length and SHA-256 are in the signed manifest, and
//!   the directory inside must name the same bundle id;
//! - **wrong software**: a bundle that needs a newer app says so and is refused.
//!
//! Installing ([`install`]) verifies everything before touching anything, writes the new
//! directory beside the old one, flushes it, renames it into place and switches to it in
//! one user-database transaction; a crash at any point leaves the old directory or the
//! new one in use, never a mix. A refusal changes nothing.

pub mod build;
pub mod channel;
pub mod error;
mod failpoint;
pub mod format;
pub mod install;
pub mod keys;
pub mod manifest;
pub mod trust;
pub mod verify;

use chrono::{DateTime, Utc};

pub use error::{BundleError, Signed};

/// This app's version, compared with a manifest's minimum app version.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The clock and version a verification uses (tests pass their own).
#[derive(Debug, Clone)]
pub struct Checks {
    /// Now.
    pub now: DateTime<Utc>,
    /// The app's version.
    pub app_version: String,
}

impl Default for Checks {
    fn default() -> Self {
        Checks {
            now: Utc::now(),
            app_version: APP_VERSION.to_string(),
        }
    }
}

/// A stage of long work, for progress bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Compressing the directory into a bundle.
    Compressing,
    /// Reading the payload through SHA-256.
    Hashing,
    /// Decompressing the payload into a new directory file.
    Unpacking,
    /// Checking the new directory (integrity, every record).
    Checking,
    /// Downloading a bundle.
    Downloading,
}

impl Stage {
    /// The Fluent message id naming this stage.
    pub fn message_id(self) -> &'static str {
        match self {
            Stage::Compressing => "bundle-stage-compressing",
            Stage::Hashing => "bundle-stage-hashing",
            Stage::Unpacking => "bundle-stage-unpacking",
            Stage::Checking => "bundle-stage-checking",
            Stage::Downloading => "bundle-stage-downloading",
        }
    }
}

/// Progress of long work: `done` of `total` bytes (total 0 when unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// What is being done.
    pub stage: Stage,
    /// Bytes done.
    pub done: u64,
    /// Bytes in all.
    pub total: u64,
}

/// A progress callback that ignores everything.
pub fn no_progress(_: Progress) {}

/// Lower-case hex of bytes.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// "Install from file" as the app does it: the trusted root keys of this device (built in
/// and added), the real clock, this app's version.
pub fn install_from_path(
    data: &mut crate::datadir::DataDir,
    path: &std::path::Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<install::Installed, BundleError> {
    let trust = trust::TrustStore::load(data.user())?;
    install::install_file(data, path, &trust, &Checks::default(), progress)
}

/// The directory in use, where it came from, and whether it has expired, now.
pub fn directory_status(data: &crate::datadir::DataDir) -> crate::Result<install::DirectoryStatus> {
    install::status(data, Utc::now())
}
