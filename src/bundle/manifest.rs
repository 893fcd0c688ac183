//! The bundle manifest: everything Ponte acts on, signed as one piece of JSON. Its bytes
//! are signed as they are (a minisign signature over the exact bytes), so a verifier
//! never parses or acts on anything the signature doesn't cover.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::keys::parse_time;

/// `type` of a manifest: a key list (or anything else signed by the same key) can never
/// pass for one.
pub const MANIFEST_TYPE: &str = "ponte-bundle-manifest";
/// Manifest format this code writes and reads.
pub const MANIFEST_FORMAT: u32 = 1;
/// Largest manifest accepted (bytes).
pub const MAX_MANIFEST: usize = 16 * 1024;
/// The only payload compression.
pub const COMPRESSION: &str = "zstd";

/// What the payload is and how to check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    /// `zstd`.
    pub compression: String,
    /// Bytes of the compressed payload in the bundle file.
    pub length: u64,
    /// SHA-256 of the compressed payload (lower-case hex).
    pub sha256: String,
    /// Bytes of the directory file once decompressed.
    pub directory_length: u64,
    /// SHA-256 of the directory file (lower-case hex).
    pub directory_sha256: String,
    /// The directory's schema version.
    pub schema_version: i64,
    /// Number of services in it.
    pub services: u64,
}

/// A bundle's manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always [`MANIFEST_TYPE`].
    #[serde(rename = "type")]
    pub kind: String,
    /// [`MANIFEST_FORMAT`].
    pub format: u32,
    /// This directory's line of updates: `<publisher>/<name>`.
    pub bundle_id: String,
    /// The publisher's id.
    pub publisher: String,
    /// A title for people.
    pub title: String,
    /// Only grows from one bundle to the next of the same id.
    pub sequence: i64,
    /// When it was made (RFC 3339, UTC).
    pub created: String,
    /// After this it is never installed (RFC 3339, UTC); an installed copy keeps working
    /// but says it is out of date.
    pub expires: String,
    /// The oldest Ponte that may install it (`0.1.0`).
    pub min_app_version: String,
    /// Id of the key that signs it.
    pub key_id: String,
    /// The payload.
    pub payload: Payload,
}

/// Publisher ids: lower-case letters, digits, `.` and `-`, like a reversed domain name
/// (`org.example`).
pub fn check_publisher_id(id: &str) -> Result<(), String> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
        && !id.starts_with(['.', '-']);
    if ok {
        Ok(())
    } else {
        Err(format!(
            "publisher id {id:?} must be 1-64 lower-case letters, digits, '.' or '-' (like org.example)"
        ))
    }
}

/// Bundle ids are `<publisher>/<name>`: a publisher can only sign its own lines of
/// updates, never raise the sequence of another publisher's.
pub fn check_bundle_id(bundle_id: &str, publisher: &str) -> Result<(), String> {
    let name = bundle_id
        .strip_prefix(publisher)
        .and_then(|r| r.strip_prefix('/'))
        .ok_or_else(|| {
            format!(
                "bundle id {bundle_id:?} must be \"{publisher}/<name>\" for publisher {publisher}"
            )
        })?;
    check_publisher_id(name).map_err(|_| {
        format!(
            "the name in bundle id {bundle_id:?} must be lower-case letters, digits, '.' or '-'"
        )
    })
}

/// The bundle id as it appears in file names (`/` is not allowed there).
pub fn file_stem(bundle_id: &str) -> String {
    bundle_id.replace('/', "_")
}

/// Parses "1.2.3" (missing parts are 0; anything after `-` or `+` is ignored).
pub fn parse_version(v: &str) -> Option<(u64, u64, u64)> {
    let core = v.split(['-', '+']).next()?;
    let mut parts = core.split('.').map(|p| p.parse::<u64>());
    let major = parts.next()?.ok()?;
    let minor = parts.next().unwrap_or(Ok(0)).ok()?;
    let patch = parts.next().unwrap_or(Ok(0)).ok()?;
    if parts.next().is_some() {
        return None;
    }
    Some((major, minor, patch))
}

impl Manifest {
    /// Parses and checks a manifest's JSON (only ever called on signed bytes).
    pub fn parse(bytes: &[u8]) -> Result<Manifest, String> {
        if bytes.len() > MAX_MANIFEST {
            return Err(format!("manifest longer than {MAX_MANIFEST} bytes"));
        }
        let m: Manifest = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        if m.kind != MANIFEST_TYPE {
            return Err(format!("type is {:?}, not {MANIFEST_TYPE:?}", m.kind));
        }
        if m.format != MANIFEST_FORMAT {
            return Err(format!(
                "manifest format {} (this app reads {MANIFEST_FORMAT})",
                m.format
            ));
        }
        check_publisher_id(&m.publisher)?;
        check_bundle_id(&m.bundle_id, &m.publisher)?;
        if m.sequence < 1 {
            return Err(format!("sequence {} is not a positive number", m.sequence));
        }
        m.created_at()?;
        m.expires_at()?;
        if parse_version(&m.min_app_version).is_none() {
            return Err(format!(
                "minimum app version {:?} is not a version",
                m.min_app_version
            ));
        }
        if m.payload.compression != COMPRESSION {
            return Err(format!(
                "payload compression {:?} (this app reads {COMPRESSION})",
                m.payload.compression
            ));
        }
        for h in [&m.payload.sha256, &m.payload.directory_sha256] {
            if h.len() != 64
                || !h
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_uppercase())
            {
                return Err(format!("{h:?} is not a SHA-256 in lower-case hex"));
            }
        }
        Ok(m)
    }

    /// When it was made.
    pub fn created_at(&self) -> Result<DateTime<Utc>, String> {
        parse_time(&self.created)
    }

    /// When it expires.
    pub fn expires_at(&self) -> Result<DateTime<Utc>, String> {
        parse_time(&self.expires)
    }

    /// The manifest's JSON, as signed.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// The one-line trusted comment put in the signature: what `minisign -V` shows.
    pub fn trusted_comment(&self) -> String {
        format!(
            "ponte bundle {} sequence {} expires {} payload sha256 {}",
            self.bundle_id, self.sequence, self.expires, self.payload.sha256
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundle_ids_live_under_their_publisher() {
        assert!(check_bundle_id("org.example/pt", "org.example").is_ok());
        assert!(check_bundle_id("org.example.evil/pt", "org.example").is_err());
        assert!(check_bundle_id("org.examplex/pt", "org.example").is_err());
        assert!(check_bundle_id("org.example/", "org.example").is_err());
        assert!(check_bundle_id("org.example/a/b", "org.example").is_err());
        assert!(check_publisher_id("Org").is_err());
        assert_eq!(file_stem("org.example/pt"), "org.example_pt");
    }

    #[test]
    fn versions_compare_numerically() {
        assert!(parse_version("0.10.0") > parse_version("0.9.9"));
        assert_eq!(parse_version("1"), Some((1, 0, 0)));
        assert_eq!(parse_version("1.2.3-beta"), Some((1, 2, 3)));
        assert_eq!(parse_version("x"), None);
    }
}
