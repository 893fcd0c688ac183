//! Keys and signatures, compatible with minisign: Ed25519 keys in minisign's file formats
//! (secret keys encrypted with scrypt, or unencrypted on request), prehashed (`ED`)
//! signatures with a trusted comment. A signature made here verifies with the `minisign`
//! tool and the other way round; legacy (`Ed`, not prehashed) signatures are refused.
//!
//! Also the publisher's key list: a small JSON file signed by the publisher's root key
//! that says which keys may sign its bundles, from when to when, and which are revoked.
//! It lets a publisher rotate or revoke a signing key without a new app release.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use ct_codecs::{Base64, Decoder};
use minisign::{PublicKey, SecretKey, SignatureBox};
use serde::{Deserialize, Serialize};

use super::error::{BundleError, Signed};

/// Largest key list accepted (bytes).
pub const MAX_KEY_LIST: usize = 64 * 1024;
/// Largest signature file accepted (bytes): four short lines.
pub const MAX_SIGNATURE: usize = 2048;
/// `type` of a key list.
pub const KEY_LIST_TYPE: &str = "ponte-key-list";
/// Key list format this code writes and reads.
pub const KEY_LIST_FORMAT: u32 = 1;

/// A key's id as minisign prints it: the 8-byte key number, little-endian, in upper-case
/// hex.
pub fn key_id(keynum: &[u8]) -> String {
    let mut b = [0u8; 8];
    let n = keynum.len().min(8);
    b[..n].copy_from_slice(&keynum[..n]);
    format!("{:016X}", u64::from_le_bytes(b))
}

/// A public key with its id.
#[derive(Clone, Debug)]
pub struct Public {
    /// The key.
    pub key: PublicKey,
    /// Its id.
    pub id: String,
}

impl Public {
    /// The key as minisign's one-line base64 form (what `minisign -P` takes).
    pub fn to_base64(&self) -> String {
        self.key.to_base64()
    }

    /// The key as a minisign `.pub` file.
    pub fn to_file_text(&self) -> String {
        match self.key.to_box() {
            Ok(b) => b.into_string(),
            Err(_) => format!(
                "untrusted comment: minisign public key: {}\n{}\n",
                self.id,
                self.to_base64()
            ),
        }
    }
}

/// Parses a public key: a minisign `.pub` file (comment line + base64) or the bare
/// base64 line.
pub fn parse_public(text: &str) -> Result<Public, String> {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
        .ok_or("no key in it")?;
    let bytes = Base64::decode_to_vec(line, None).map_err(|_| "not base64".to_string())?;
    if bytes.len() != 42 || &bytes[..2] != b"Ed" {
        return Err("not a minisign Ed25519 public key".into());
    }
    let key = PublicKey::from_bytes(&bytes).map_err(|e| e.to_string())?;
    let id = key_id(key.keynum());
    Ok(Public { key, id })
}

/// Reads a public key file.
pub fn read_public(path: &Path) -> Result<Public, BundleError> {
    let text = read_small(path, 4096)?;
    parse_public(&text).map_err(|why| BundleError::BadKeyFile {
        path: path.to_path_buf(),
        why,
    })
}

fn read_small(path: &Path, max: u64) -> Result<String, BundleError> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| io(path, e))?;
    let mut s = String::new();
    f.take(max + 1)
        .read_to_string(&mut s)
        .map_err(|e| BundleError::BadKeyFile {
            path: path.to_path_buf(),
            why: e.to_string(),
        })?;
    if s.len() as u64 > max {
        return Err(BundleError::BadKeyFile {
            path: path.to_path_buf(),
            why: format!("larger than {max} bytes"),
        });
    }
    Ok(s)
}

fn io(path: &Path, source: std::io::Error) -> BundleError {
    BundleError::Core(crate::Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// A secret key ready to sign, with its public half.
#[derive(Clone)]
pub struct Secret {
    sk: SecretKey,
    /// The public key.
    pub public: Public,
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Secret")
            .field("id", &self.public.id)
            .finish_non_exhaustive()
    }
}

/// Whether a secret key file is encrypted with a passphrase (so one must be asked for).
pub fn secret_is_encrypted(path: &Path) -> Result<bool, BundleError> {
    let text = read_small(path, 4096)?;
    let bytes = secret_bytes(&text).map_err(|why| BundleError::BadKeyFile {
        path: path.to_path_buf(),
        why,
    })?;
    Ok(bytes[2..4] != [0, 0])
}

fn secret_bytes(text: &str) -> Result<Vec<u8>, String> {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
        .ok_or("no key in it")?;
    let bytes = Base64::decode_to_vec(line, None).map_err(|_| "not base64".to_string())?;
    // sig alg, kdf alg, checksum alg, salt 32, opslimit 8, memlimit 8, keynum 8, key 64,
    // checksum 32.
    if bytes.len() != 158 || &bytes[..2] != b"Ed" {
        return Err("not a minisign Ed25519 secret key".into());
    }
    Ok(bytes)
}

/// Reads a secret key file (minisign format). `passphrase` is asked only when the key is
/// encrypted.
pub fn read_secret(
    path: &Path,
    passphrase: impl FnOnce() -> Result<String, BundleError>,
) -> Result<Secret, BundleError> {
    let text = read_small(path, 4096)?;
    let bad = |why: String| BundleError::BadKeyFile {
        path: path.to_path_buf(),
        why,
    };
    let bytes = secret_bytes(&text).map_err(bad)?;
    let encrypted = bytes[2..4] != [0, 0];
    // Rebuild a box from the key line alone: the comment line is untrusted and unused.
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
        .unwrap_or_default();
    let boxed = minisign::SecretKeyBox::from_string(&format!("untrusted comment: key\n{line}\n"))
        .map_err(|e| bad(e.to_string()))?;
    let sk = if encrypted {
        let pass = passphrase()?;
        boxed
            .into_secret_key(Some(pass))
            .map_err(|_| BundleError::WrongPassphrase {
                path: path.to_path_buf(),
            })?
    } else if bytes[126..].iter().all(|b| *b == 0) {
        // The minisign tool (0.11) leaves the checksum of an unencrypted key (-W) zeroed;
        // the self-test below stands in for it.
        SecretKey::from_bytes(&bytes).map_err(|e| bad(e.to_string()))?
    } else {
        boxed
            .into_unencrypted_secret_key()
            .map_err(|e| bad(e.to_string()))?
    };
    let pk = PublicKey::from_secret_key(&sk).map_err(|e| bad(e.to_string()))?;
    let id = key_id(pk.keynum());
    let secret = Secret {
        sk,
        public: Public { key: pk, id },
    };
    // A damaged key (secret and public halves that don't match) signs nothing that
    // verifies: find out now, not from every device's refusal.
    let probe = b"ponte key self-test";
    let ok = sign(&secret, probe, "self-test")
        .ok()
        .and_then(|sig| Signature::parse(&sig).ok())
        .is_some_and(|sig| sig.verify(&secret.public, probe, Signed::File, "").is_ok());
    if !ok {
        return Err(bad(
            "the secret key is damaged (its halves don't match)".into()
        ));
    }
    Ok(secret)
}

/// A new key pair as file texts: (secret key file, public key file, key id). The secret
/// key is encrypted with `passphrase` (scrypt, as minisign does), or left unencrypted when
/// it is `None` (for automation; keep such a key somewhere safe).
pub fn generate(passphrase: Option<String>) -> Result<(String, String, String), BundleError> {
    let failed = |e: minisign::PError| {
        BundleError::Core(crate::Error::Input(format!("key generation failed: {e}")))
    };
    let kp = match passphrase {
        Some(p) => minisign::KeyPair::generate_encrypted_keypair(Some(p)),
        None => minisign::KeyPair::generate_unencrypted_keypair(),
    }
    .map_err(failed)?;
    let id = key_id(kp.pk.keynum());
    let comment = if kp.sk.is_encrypted() {
        "minisign encrypted secret key (ponte)"
    } else {
        "minisign unencrypted secret key (ponte): keep it private"
    };
    let sk = kp.sk.to_box(Some(comment)).map_err(failed)?.into_string();
    let pk = kp.pk.to_box().map_err(failed)?.into_string();
    Ok((sk, pk, id))
}

/// Signs `data` (prehashed, as `minisign -S` does) with a one-line trusted comment.
/// Returns the signature file's text.
pub fn sign(secret: &Secret, data: &[u8], trusted_comment: &str) -> Result<String, BundleError> {
    let comment: String = trusted_comment
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let sig = minisign::sign(
        Some(&secret.public.key),
        &secret.sk,
        Cursor::new(data),
        Some(&comment),
        Some(&format!("signature from ponte, key {}", secret.public.id)),
    )
    .map_err(|e| BundleError::Core(crate::Error::Input(format!("signing failed: {e}"))))?;
    Ok(sig.into_string())
}

/// A parsed signature file, not yet verified.
#[derive(Clone)]
pub struct Signature {
    sig: SignatureBox,
    /// Id of the key it claims.
    pub key_id: String,
}

impl std::fmt::Debug for Signature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signature")
            .field("key_id", &self.key_id)
            .finish_non_exhaustive()
    }
}

impl Signature {
    /// Parses a minisign signature file's text.
    pub fn parse(text: &str) -> Result<Signature, String> {
        if text.len() > MAX_SIGNATURE {
            return Err(format!("signature longer than {MAX_SIGNATURE} bytes"));
        }
        // Check the shapes the minisign crate leaves unchecked: it indexes a global
        // signature of the wrong length and panics (minisign 0.10), and ignores bytes
        // after the signature proper.
        let lines: Vec<&str> = text.lines().collect();
        let decoded = |i: usize| {
            lines
                .get(i)
                .and_then(|l| Base64::decode_to_vec(l.trim(), None).ok())
                .map(|b| b.len())
        };
        if lines.len() != 4 {
            return Err(format!("{} lines, not 4", lines.len()));
        }
        if decoded(1) != Some(74) {
            return Err("the signature line is not a 74-byte signature".into());
        }
        if decoded(3) != Some(64) {
            return Err("the global signature line is not a 64-byte signature".into());
        }
        let sig = SignatureBox::from_string(text).map_err(|e| e.to_string())?;
        let key_id = key_id(sig.keynum());
        Ok(Signature { sig, key_id })
    }

    /// Whether it is a prehashed (`ED`) signature, the only kind Ponte accepts.
    pub fn is_prehashed(&self) -> bool {
        self.sig.is_prehashed()
    }

    /// The trusted comment (covered by the signature; read it only after [`verify`]).
    pub fn trusted_comment(&self) -> String {
        self.sig.trusted_comment().unwrap_or_default()
    }

    /// Verifies the signature over `data` with `key`: prehashed only, key ids must
    /// match, and both the data signature and the trusted comment's signature must hold.
    pub fn verify(
        &self,
        key: &Public,
        data: &[u8],
        what: Signed,
        publisher: &str,
    ) -> Result<(), BundleError> {
        if !self.is_prehashed() {
            return Err(BundleError::LegacySignature {
                what,
                key_id: self.key_id.clone(),
            });
        }
        minisign::verify(&key.key, &self.sig, Cursor::new(data), true, false, false).map_err(|_| {
            BundleError::BadSignature {
                what,
                publisher: publisher.to_string(),
                key_id: self.key_id.clone(),
            }
        })
    }
}

/// One key in a publisher's key list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListedKey {
    /// Its id (16 hex digits, as minisign prints it).
    pub key_id: String,
    /// The public key (minisign's base64 line).
    pub public_key: String,
    /// Bundles made before this are refused (RFC 3339).
    pub valid_from: String,
    /// Bundles made after this are refused (RFC 3339); none: no end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
    /// Revoked: nothing it signed is accepted any more.
    #[serde(default)]
    pub revoked: bool,
    /// A note for people ("signing key 2026, laptop in the office").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A publisher's key list: which keys may sign its bundles. Signed by a root key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyList {
    /// Always [`KEY_LIST_TYPE`], so a key list can never pass for a manifest.
    #[serde(rename = "type")]
    pub kind: String,
    /// [`KEY_LIST_FORMAT`].
    pub format: u32,
    /// The publisher's id (`org.example`).
    pub publisher: String,
    /// The publisher's name, for people.
    pub publisher_name: String,
    /// Grows with every new list; an older list never replaces a newer one.
    pub version: i64,
    /// When it was signed (RFC 3339).
    pub issued: String,
    /// The keys.
    pub keys: Vec<ListedKey>,
}

impl KeyList {
    /// Parses and checks a key list's JSON.
    pub fn parse(bytes: &[u8]) -> Result<KeyList, String> {
        if bytes.len() > MAX_KEY_LIST {
            return Err(format!("key list longer than {MAX_KEY_LIST} bytes"));
        }
        let list: KeyList = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        if list.kind != KEY_LIST_TYPE {
            return Err(format!("type is {:?}, not {KEY_LIST_TYPE:?}", list.kind));
        }
        if list.format != KEY_LIST_FORMAT {
            return Err(format!(
                "key list format {} (this app reads {KEY_LIST_FORMAT})",
                list.format
            ));
        }
        super::manifest::check_publisher_id(&list.publisher)?;
        for k in &list.keys {
            let p = parse_public(&k.public_key).map_err(|e| format!("key {}: {e}", k.key_id))?;
            if p.id != k.key_id {
                return Err(format!(
                    "key {} is listed with the public key of {}",
                    k.key_id, p.id
                ));
            }
            parse_time(&k.valid_from).map_err(|e| format!("key {}: {e}", k.key_id))?;
            if let Some(u) = &k.valid_until {
                parse_time(u).map_err(|e| format!("key {}: {e}", k.key_id))?;
            }
        }
        Ok(list)
    }

    /// The listed key with this id.
    pub fn get(&self, key_id: &str) -> Option<&ListedKey> {
        self.keys.iter().find(|k| k.key_id == key_id)
    }

    /// The list as the JSON that gets signed.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }
}

impl ListedKey {
    /// Whether a bundle made at `created` may be signed with this key.
    pub fn valid_at(&self, created: DateTime<Utc>) -> bool {
        let from = parse_time(&self.valid_from).ok();
        let until = self.valid_until.as_deref().and_then(|u| parse_time(u).ok());
        from.is_some_and(|f| created >= f) && until.is_none_or(|u| created <= u)
    }

    /// The validity as text ("2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z").
    pub fn validity(&self) -> String {
        format!(
            "{} – {}",
            self.valid_from,
            self.valid_until.as_deref().unwrap_or("…")
        )
    }

    /// The public key.
    pub fn public(&self) -> Result<Public, String> {
        parse_public(&self.public_key)
    }
}

/// Parses an RFC 3339 time.
pub fn parse_time(s: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| format!("{s:?} is not an RFC 3339 time ({e})"))
}

/// A time as Ponte writes it: RFC 3339, UTC, seconds.
pub fn format_time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Parses a date or time given on the command line: `2026-12-31` (the end of that day,
/// UTC) or an RFC 3339 time.
pub fn parse_date_arg(s: &str, end_of_day: bool) -> Result<DateTime<Utc>, String> {
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        let t = if end_of_day {
            d.and_hms_opt(23, 59, 59)
        } else {
            d.and_hms_opt(0, 0, 0)
        };
        return t
            .map(|t| t.and_utc())
            .ok_or_else(|| format!("{s:?} is not a date"));
    }
    parse_time(s).map_err(|_| format!("{s:?} is not a date (2026-12-31) or an RFC 3339 time"))
}

/// Writes a signature beside `file`, as `<file>.minisig` (minisign's convention).
pub fn signature_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_os_string();
    name.push(".minisig");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ct_codecs::Encoder;

    #[test]
    fn key_ids_print_like_minisign() {
        assert_eq!(key_id(&[1, 0, 0, 0, 0, 0, 0, 0x80]), "8000000000000001");
    }

    #[test]
    fn sign_and_verify_round_trip_and_a_flipped_byte_fails() {
        let (sk, pk, id) = generate(None).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let skp = dir.path().join("k.key");
        std::fs::write(&skp, sk).unwrap();
        let secret = read_secret(&skp, || unreachable!()).unwrap();
        assert_eq!(secret.public.id, id);
        let public = parse_public(&pk).unwrap();
        let sig = sign(&secret, b"hello", "ponte test").unwrap();
        let parsed = Signature::parse(&sig).unwrap();
        assert!(parsed.is_prehashed());
        assert_eq!(parsed.trusted_comment(), "ponte test");
        parsed.verify(&public, b"hello", Signed::File, "x").unwrap();
        assert!(matches!(
            parsed.verify(&public, b"hellp", Signed::File, "x"),
            Err(BundleError::BadSignature { .. })
        ));
    }

    #[test]
    fn encrypted_keys_need_the_right_passphrase() {
        let (sk, _, _) = generate(Some("correct horse".into())).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let skp = dir.path().join("k.key");
        std::fs::write(&skp, sk).unwrap();
        assert!(secret_is_encrypted(&skp).unwrap());
        assert!(matches!(
            read_secret(&skp, || Ok("wrong".into())),
            Err(BundleError::WrongPassphrase { .. })
        ));
        read_secret(&skp, || Ok("correct horse".into())).unwrap();
    }

    #[test]
    fn an_unencrypted_key_with_a_zero_checksum_as_minisign_writes_it_still_signs() {
        let (sk, _, id) = generate(None).unwrap();
        let line = sk.lines().nth(1).unwrap();
        let mut bytes = Base64::decode_to_vec(line, None).unwrap();
        for b in &mut bytes[126..] {
            *b = 0;
        }
        let text = format!(
            "untrusted comment: minisign encrypted secret key\n{}\n",
            Base64::encode_to_string(&bytes).unwrap()
        );
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k.key");
        std::fs::write(&p, &text).unwrap();
        assert_eq!(read_secret(&p, || unreachable!()).unwrap().public.id, id);
        // A damaged secret half is caught by the self-test.
        bytes[70] ^= 1;
        let text = format!(
            "untrusted comment: x\n{}\n",
            Base64::encode_to_string(&bytes).unwrap()
        );
        std::fs::write(&p, &text).unwrap();
        assert!(matches!(
            read_secret(&p, || unreachable!()),
            Err(BundleError::BadKeyFile { .. })
        ));
    }

    #[test]
    fn a_global_signature_of_the_wrong_length_is_refused_not_a_panic() {
        // The minisign crate slices the global signature as 64 bytes without checking.
        let (sk, _, _) = generate(None).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k.key");
        std::fs::write(&p, sk).unwrap();
        let secret = read_secret(&p, || unreachable!()).unwrap();
        let sig = sign(&secret, b"data", "c").unwrap();
        let lines: Vec<&str> = sig.lines().collect();
        for (line, replacement) in [(3, "AAAA"), (1, "AAAA"), (3, "")] {
            let mut l = lines.clone();
            l[line] = replacement;
            let text = format!("{}\n", l.join("\n"));
            assert!(Signature::parse(&text).is_err(), "line {line}");
        }
        assert!(Signature::parse(&format!("{sig}extra line\n")).is_err());
    }

    #[test]
    fn garbage_is_not_a_key() {
        assert!(parse_public("untrusted comment: x\nnot base64 at all!\n").is_err());
        assert!(parse_public("").is_err());
        assert!(Signature::parse("nonsense").is_err());
    }
}
