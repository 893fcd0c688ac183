//! The bundle file: one file that travels by HTTPS, a mirror or a USB stick and is checked
//! the same way whichever road it took.
//!
//! ```text
//! offset  size  what
//! 0       8     magic "PONTEBDL"
//! 8       4     file format (u32 little-endian), 1
//! 12      4     manifest length M          (≤ 16 KiB)
//! 16      4     manifest signature length S (≤ 2 KiB)
//! 20      4     key list length K          (≤ 64 KiB)
//! 24      4     key list signature length T (≤ 2 KiB)
//! 28      M     manifest (JSON, signed as these exact bytes)
//!         S     minisign signature of the manifest (text, prehashed `ED`)
//!         K     the publisher's key list (JSON) that authorises the signing key
//!         T     minisign signature of the key list by a publisher root key
//!         P     payload: the directory SQLite file, zstd-compressed; P is the manifest's
//!               `payload.length`, and the file ends exactly there
//! ```
//!
//! Every length is capped before anything is read, so a hostile file can't make Ponte
//! allocate or read without bound (endless data); the payload's length comes only from
//! the signed manifest.

use std::io::{Read, Write};

use super::error::BundleError;
use super::keys::{MAX_KEY_LIST, MAX_SIGNATURE};
use super::manifest::MAX_MANIFEST;

/// First bytes of every bundle.
pub const MAGIC: &[u8; 8] = b"PONTEBDL";
/// File format this code writes and reads.
pub const FILE_FORMAT: u32 = 1;
/// Bytes before the sections.
pub const FIXED_HEADER: usize = 28;
/// Most bytes a head (everything before the payload) can take.
pub const MAX_HEAD: u64 =
    (FIXED_HEADER + MAX_MANIFEST + MAX_SIGNATURE + MAX_KEY_LIST + MAX_SIGNATURE) as u64;
/// File name extension of bundles.
pub const EXTENSION: &str = "ponte";

/// Everything in a bundle before its payload. Nothing in it is trusted until verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// Manifest bytes.
    pub manifest: Vec<u8>,
    /// Manifest signature (minisign text).
    pub manifest_sig: Vec<u8>,
    /// Key list bytes.
    pub key_list: Vec<u8>,
    /// Key list signature (minisign text).
    pub key_list_sig: Vec<u8>,
}

fn not_a_bundle(why: impl Into<String>) -> BundleError {
    BundleError::NotABundle { why: why.into() }
}

/// The head's total length from the fixed header, checking the magic, format and caps.
pub fn head_len(fixed: &[u8]) -> Result<u64, BundleError> {
    if fixed.len() < FIXED_HEADER {
        return Err(not_a_bundle(format!(
            "shorter than the {FIXED_HEADER}-byte header"
        )));
    }
    if &fixed[..8] != MAGIC {
        return Err(not_a_bundle("it doesn't start with PONTEBDL"));
    }
    let u = |i: usize| u32::from_le_bytes([fixed[i], fixed[i + 1], fixed[i + 2], fixed[i + 3]]);
    let format = u(8);
    if format != FILE_FORMAT {
        return Err(not_a_bundle(format!(
            "bundle file format {format} (this app reads {FILE_FORMAT}); a newer Ponte may read it"
        )));
    }
    let caps = [
        ("manifest", MAX_MANIFEST),
        ("manifest signature", MAX_SIGNATURE),
        ("key list", MAX_KEY_LIST),
        ("key list signature", MAX_SIGNATURE),
    ];
    let mut total = FIXED_HEADER as u64;
    for (i, (what, cap)) in caps.iter().enumerate() {
        let n = u(12 + 4 * i) as usize;
        if n == 0 || n > *cap {
            return Err(not_a_bundle(format!(
                "{what} of {n} bytes (1 to {cap} allowed)"
            )));
        }
        total += n as u64;
    }
    Ok(total)
}

impl Head {
    /// Bytes before the payload.
    pub fn len(&self) -> u64 {
        (FIXED_HEADER
            + self.manifest.len()
            + self.manifest_sig.len()
            + self.key_list.len()
            + self.key_list_sig.len()) as u64
    }

    /// Never true for a head that was read: every section has at least one byte.
    pub fn is_empty(&self) -> bool {
        self.manifest.is_empty()
    }

    /// Reads a head, refusing anything over the caps. A file that ends inside the head is
    /// "not a bundle" (nothing signed says how long it should be yet).
    pub fn read(r: &mut impl Read) -> Result<Head, BundleError> {
        let mut fixed = [0u8; FIXED_HEADER];
        read_exact(r, &mut fixed)?;
        head_len(&fixed)?;
        let u = |i: usize| {
            u32::from_le_bytes([fixed[i], fixed[i + 1], fixed[i + 2], fixed[i + 3]]) as usize
        };
        let mut take = |n: usize| -> Result<Vec<u8>, BundleError> {
            let mut v = vec![0u8; n];
            read_exact(r, &mut v)?;
            Ok(v)
        };
        Ok(Head {
            manifest: take(u(12))?,
            manifest_sig: take(u(16))?,
            key_list: take(u(20))?,
            key_list_sig: take(u(24))?,
        })
    }

    /// Writes the head.
    pub fn write(&self, w: &mut impl Write) -> std::io::Result<()> {
        w.write_all(MAGIC)?;
        w.write_all(&FILE_FORMAT.to_le_bytes())?;
        for s in [
            &self.manifest,
            &self.manifest_sig,
            &self.key_list,
            &self.key_list_sig,
        ] {
            w.write_all(&(s.len() as u32).to_le_bytes())?;
        }
        for s in [
            &self.manifest,
            &self.manifest_sig,
            &self.key_list,
            &self.key_list_sig,
        ] {
            w.write_all(s)?;
        }
        Ok(())
    }
}

fn read_exact(r: &mut impl Read, buf: &mut [u8]) -> Result<(), BundleError> {
    r.read_exact(buf).map_err(|e| {
        if e.kind() == std::io::ErrorKind::UnexpectedEof {
            not_a_bundle("the file ends inside its header (truncated?)")
        } else {
            not_a_bundle(e.to_string())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head() -> Head {
        Head {
            manifest: b"{}".to_vec(),
            manifest_sig: b"sig".to_vec(),
            key_list: b"[]".to_vec(),
            key_list_sig: b"sig2".to_vec(),
        }
    }

    #[test]
    fn head_round_trips_and_knows_its_length() {
        let mut v = Vec::new();
        head().write(&mut v).unwrap();
        assert_eq!(v.len() as u64, head().len());
        assert_eq!(head_len(&v).unwrap(), head().len());
        assert_eq!(Head::read(&mut v.as_slice()).unwrap(), head());
    }

    #[test]
    fn oversized_sections_are_refused_before_reading() {
        let mut v = Vec::new();
        head().write(&mut v).unwrap();
        v[12..16].copy_from_slice(&(u32::MAX).to_le_bytes());
        assert!(matches!(
            Head::read(&mut v.as_slice()),
            Err(BundleError::NotABundle { .. })
        ));
        let mut w = Vec::new();
        head().write(&mut w).unwrap();
        w[0] = b'X';
        assert!(head_len(&w).is_err());
        assert!(Head::read(&mut &w[..10]).is_err());
    }
}
