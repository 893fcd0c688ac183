//! Why a bundle was refused: one variant per refusal, each with a Fluent message that says
//! what was checked, why it failed and whose bundle it was. A refusal always means that
//! nothing on the device was changed.

use std::fmt;
use std::path::PathBuf;

use fluent_bundle::FluentValue;

use crate::i18n::L10n;

/// What a signature covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signed {
    /// The bundle's manifest.
    Manifest,
    /// A publisher's key list.
    KeyList,
    /// A file signed on its own (`ponte keys verify`).
    File,
}

impl Signed {
    fn code(self) -> &'static str {
        match self {
            Signed::Manifest => "manifest",
            Signed::KeyList => "key-list",
            Signed::File => "file",
        }
    }
}

/// A bundle, key or key list that Ponte refuses, or a failure while handling one.
#[derive(Debug)]
#[non_exhaustive]
pub enum BundleError {
    /// Not a Ponte bundle at all (wrong magic, unknown format, impossible section sizes).
    NotABundle {
        /// What is wrong with it.
        why: String,
    },
    /// The file ends before the length its signed manifest declares.
    Truncated {
        /// Whose bundle.
        publisher: String,
        /// Bytes the manifest declares for the whole file.
        expected: u64,
        /// Bytes there are.
        found: u64,
    },
    /// More data than the signed manifest declares (the "endless data" attack).
    TooLong {
        /// Whose bundle.
        publisher: String,
        /// Bytes declared.
        declared: u64,
    },
    /// The key list is signed by a key that is no trusted publisher's root key.
    UnknownRootKey {
        /// The publisher the (unverified) bundle claims to come from.
        claimed: String,
        /// Id of the key that signed the key list.
        key_id: String,
    },
    /// The key list is for another publisher than the root key that signed it.
    WrongPublisher {
        /// The publisher the root key belongs to.
        publisher: String,
        /// The publisher the key list names.
        claimed: String,
    },
    /// The manifest is signed by a key the publisher's key list doesn't list.
    UnknownSigningKey {
        /// Whose bundle.
        publisher: String,
        /// The key.
        key_id: String,
    },
    /// The manifest is signed by a key the publisher revoked.
    RevokedKey {
        /// Whose bundle.
        publisher: String,
        /// The key.
        key_id: String,
    },
    /// The bundle was made outside the signing key's validity.
    KeyNotValid {
        /// Whose bundle.
        publisher: String,
        /// The key.
        key_id: String,
        /// When the bundle says it was made.
        created: String,
        /// The key's validity, as text.
        validity: String,
    },
    /// A legacy (not prehashed) minisign signature.
    LegacySignature {
        /// What was signed.
        what: Signed,
        /// The signing key.
        key_id: String,
    },
    /// A signature that does not verify: the signed bytes were changed.
    BadSignature {
        /// What was signed.
        what: Signed,
        /// Whose.
        publisher: String,
        /// The key it claims.
        key_id: String,
    },
    /// A signed manifest or key list Ponte can't use (unknown format, bad field).
    BadManifest {
        /// Whose.
        publisher: String,
        /// What is wrong.
        why: String,
    },
    /// The sequence is not above the highest installed for this bundle id (rollback).
    Rollback {
        /// Whose bundle.
        publisher: String,
        /// Bundle id.
        bundle_id: String,
        /// The bundle's sequence.
        offered: i64,
        /// The highest installed.
        installed: i64,
    },
    /// The manifest expired (a frozen or stale update is never installed).
    Expired {
        /// Whose bundle.
        publisher: String,
        /// Bundle id.
        bundle_id: String,
        /// When it expired (RFC 3339).
        expires: String,
    },
    /// The bundle needs a newer Ponte.
    AppTooOld {
        /// Whose bundle.
        publisher: String,
        /// Bundle id.
        bundle_id: String,
        /// The minimum version it asks for.
        needs: String,
        /// This app's version.
        ours: String,
    },
    /// The payload's length or SHA-256 differs from the signed manifest (tampered, or
    /// taken from another bundle).
    PayloadMismatch {
        /// Whose bundle.
        publisher: String,
        /// Bundle id.
        bundle_id: String,
        /// "payload" (the compressed bytes) or "directory" (after decompression).
        part: &'static str,
        /// What differs ("SHA-256", "length").
        what: &'static str,
    },
    /// The payload is not a directory this app can use.
    NotADirectory {
        /// Whose bundle.
        publisher: String,
        /// Bundle id.
        bundle_id: String,
        /// What is wrong.
        why: String,
    },
    /// A key or key list file that can't be read as one.
    BadKeyFile {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        why: String,
    },
    /// The passphrase doesn't open the secret key.
    WrongPassphrase {
        /// The key file.
        path: PathBuf,
    },
    /// The core failed (I/O, database) or the input is wrong.
    Core(crate::Error),
}

impl From<crate::Error> for BundleError {
    fn from(e: crate::Error) -> Self {
        BundleError::Core(e)
    }
}

impl BundleError {
    /// True when this is a refusal of the bundle or of what the person gave (exit code 2),
    /// false when Ponte itself failed (exit code 1).
    pub fn is_refusal(&self) -> bool {
        match self {
            BundleError::Core(e) => matches!(e, crate::Error::Input(_)),
            _ => true,
        }
    }

    /// The Fluent message id for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            BundleError::NotABundle { .. } => "bundle-refused-not-a-bundle",
            BundleError::Truncated { .. } => "bundle-refused-truncated",
            BundleError::TooLong { .. } => "bundle-refused-too-long",
            BundleError::UnknownRootKey { .. } => "bundle-refused-unknown-root-key",
            BundleError::WrongPublisher { .. } => "bundle-refused-wrong-publisher",
            BundleError::UnknownSigningKey { .. } => "bundle-refused-unknown-signing-key",
            BundleError::RevokedKey { .. } => "bundle-refused-revoked-key",
            BundleError::KeyNotValid { .. } => "bundle-refused-key-not-valid",
            BundleError::LegacySignature { .. } => "bundle-refused-legacy-signature",
            BundleError::BadSignature { .. } => "bundle-refused-bad-signature",
            BundleError::BadManifest { .. } => "bundle-refused-bad-manifest",
            BundleError::Rollback { .. } => "bundle-refused-rollback",
            BundleError::Expired { .. } => "bundle-refused-expired",
            BundleError::AppTooOld { .. } => "bundle-refused-app-too-old",
            BundleError::PayloadMismatch { .. } => "bundle-refused-payload-mismatch",
            BundleError::NotADirectory { .. } => "bundle-refused-not-a-directory",
            BundleError::BadKeyFile { .. } => "bundle-bad-key-file",
            BundleError::WrongPassphrase { .. } => "bundle-wrong-passphrase",
            BundleError::Core(_) => "bundle-failed",
        }
    }

    /// The message in the person's language.
    pub fn message(&self, l: &L10n) -> String {
        let s = |v: &str| FluentValue::from(v.to_string());
        let n = |v: i64| FluentValue::from(v);
        let args: Vec<(&str, FluentValue<'_>)> = match self {
            BundleError::NotABundle { why } => vec![("reason", s(why))],
            BundleError::Truncated {
                publisher,
                expected,
                found,
            } => vec![
                ("publisher", s(publisher)),
                ("expected", n(*expected as i64)),
                ("found", n(*found as i64)),
            ],
            BundleError::TooLong {
                publisher,
                declared,
            } => vec![
                ("publisher", s(publisher)),
                ("declared", n(*declared as i64)),
            ],
            BundleError::UnknownRootKey { claimed, key_id } => {
                vec![("claimed", s(claimed)), ("key", s(key_id))]
            }
            BundleError::WrongPublisher { publisher, claimed } => {
                vec![("publisher", s(publisher)), ("claimed", s(claimed))]
            }
            BundleError::UnknownSigningKey { publisher, key_id }
            | BundleError::RevokedKey { publisher, key_id } => {
                vec![("publisher", s(publisher)), ("key", s(key_id))]
            }
            BundleError::KeyNotValid {
                publisher,
                key_id,
                created,
                validity,
            } => vec![
                ("publisher", s(publisher)),
                ("key", s(key_id)),
                ("created", s(created)),
                ("validity", s(validity)),
            ],
            BundleError::LegacySignature { what, key_id } => {
                vec![("what", s(what.code())), ("key", s(key_id))]
            }
            BundleError::BadSignature {
                what,
                publisher,
                key_id,
            } => vec![
                ("what", s(what.code())),
                ("publisher", s(publisher)),
                ("key", s(key_id)),
            ],
            BundleError::BadManifest { publisher, why } => {
                vec![("publisher", s(publisher)), ("reason", s(why))]
            }
            BundleError::Rollback {
                publisher,
                bundle_id,
                offered,
                installed,
            } => vec![
                ("publisher", s(publisher)),
                ("bundle", s(bundle_id)),
                ("offered", s(&offered.to_string())),
                ("installed", s(&installed.to_string())),
            ],
            BundleError::Expired {
                publisher,
                bundle_id,
                expires,
            } => vec![
                ("publisher", s(publisher)),
                ("bundle", s(bundle_id)),
                ("expires", s(expires)),
            ],
            BundleError::AppTooOld {
                publisher,
                bundle_id,
                needs,
                ours,
            } => vec![
                ("publisher", s(publisher)),
                ("bundle", s(bundle_id)),
                ("needs", s(needs)),
                ("ours", s(ours)),
            ],
            BundleError::PayloadMismatch {
                publisher,
                bundle_id,
                part,
                what,
            } => vec![
                ("publisher", s(publisher)),
                ("bundle", s(bundle_id)),
                ("part", s(part)),
                ("what", s(what)),
            ],
            BundleError::NotADirectory {
                publisher,
                bundle_id,
                why,
            } => vec![
                ("publisher", s(publisher)),
                ("bundle", s(bundle_id)),
                ("reason", s(why)),
            ],
            BundleError::BadKeyFile { path, why } => {
                vec![("file", s(&path.display().to_string())), ("reason", s(why))]
            }
            BundleError::WrongPassphrase { path } => {
                vec![("file", s(&path.display().to_string()))]
            }
            BundleError::Core(e) => vec![("reason", s(&e.to_string()))],
        };
        l.ta(self.message_id(), &args)
    }
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let l = L10n::english();
        f.write_str(&crate::i18n::strip_isolation(&self.message(&l)))
    }
}

impl std::error::Error for BundleError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BundleError::Core(e) => Some(e),
            _ => None,
        }
    }
}
