//! A publisher with generated keys, directories built from synthetic rows, bundles
//! (honest and forged), fresh data folders, and a snapshot of what a refusal must leave
//! unchanged.

use std::path::{Path, PathBuf};

use chrono::{Duration, Utc};
use ct_codecs::{Base64, Decoder, Encoder};
use ponte::bundle::build::{self, BuildOptions};
use ponte::bundle::format::Head;
use ponte::bundle::keys::{self, KeyList, ListedKey, Secret};
use ponte::bundle::manifest::Manifest;
use ponte::bundle::trust::TrustStore;
use ponte::bundle::{install, no_progress, BundleError, Checks};
use ponte::datadir::DataDir;
use ponte::store::DirectoryInfo;
use sha2::{Digest, Sha256};

use crate::common::{gazetteer, shared_data_dir};

/// A key pair on disk.
pub struct KeyFiles {
    /// Secret key file (unencrypted).
    pub secret_path: PathBuf,
    /// Public key file.
    pub public_path: PathBuf,
    /// The loaded secret key.
    pub secret: Secret,
}

impl KeyFiles {
    /// A new unencrypted key pair at `<base>.key` / `<base>.pub`.
    pub fn new(base: &Path) -> KeyFiles {
        let (sk, pk, _) = keys::generate(None).unwrap();
        let secret_path = PathBuf::from(format!("{}.key", base.display()));
        let public_path = PathBuf::from(format!("{}.pub", base.display()));
        std::fs::write(&secret_path, sk).unwrap();
        std::fs::write(&public_path, pk).unwrap();
        let secret = keys::read_secret(&secret_path, || unreachable!()).unwrap();
        KeyFiles {
            secret_path,
            public_path,
            secret,
        }
    }

    /// The key id.
    pub fn id(&self) -> String {
        self.secret.public.id.clone()
    }

    /// A key list entry for this key, valid from 2020.
    pub fn listed(&self) -> ListedKey {
        ListedKey {
            key_id: self.id(),
            public_key: self.secret.public.to_base64(),
            valid_from: "2020-01-01T00:00:00Z".into(),
            valid_until: None,
            revoked: false,
            note: String::new(),
        }
    }
}

/// A publisher: a root key, a signing key, and a key list (version 1) naming the
/// signing key, signed by the root key.
pub struct Publisher {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The root key.
    pub root: KeyFiles,
    /// The signing key.
    pub signing: KeyFiles,
    /// The key list JSON.
    pub key_list: String,
    /// Its signature.
    pub key_list_sig: String,
}

impl Publisher {
    /// A new publisher with keys in `dir`.
    pub fn new(dir: &Path, id: &str) -> Publisher {
        let root = KeyFiles::new(&dir.join(format!("{id}-root")));
        let signing = KeyFiles::new(&dir.join(format!("{id}-signing")));
        let name = format!("Test publisher {id}");
        let mut p = Publisher {
            id: id.into(),
            name,
            root,
            signing,
            key_list: String::new(),
            key_list_sig: String::new(),
        };
        let listed = p.signing.listed();
        let (l, s) = p.key_list(1, vec![listed]);
        p.key_list = l;
        p.key_list_sig = s;
        p
    }

    /// A key list of this publisher with `keys`, signed by its root key.
    pub fn key_list(&self, version: i64, keys: Vec<ListedKey>) -> (String, String) {
        let list = KeyList {
            kind: keys::KEY_LIST_TYPE.into(),
            format: keys::KEY_LIST_FORMAT,
            publisher: self.id.clone(),
            publisher_name: self.name.clone(),
            version,
            issued: "2026-01-01T00:00:00Z".into(),
            keys,
        };
        let json = list.to_json();
        let sig = keys::sign(&self.root.secret, json.as_bytes(), "test key list").unwrap();
        (json, sig)
    }

    /// Trust store holding this publisher's root key, as if built in.
    pub fn trust(&self) -> TrustStore {
        let mut t = TrustStore::empty();
        t.add_for_now(self.root.secret.public.clone());
        t
    }

    /// The bundle id `<publisher>/test`.
    pub fn bundle_id(&self) -> String {
        format!("{}/test", self.id)
    }

    /// Build options for sequence `seq`, made a minute ago, expiring in 30 days.
    pub fn options(&self, seq: i64) -> BuildOptions {
        let now = Utc::now();
        BuildOptions {
            bundle_id: self.bundle_id(),
            title: format!("Test directory {seq}"),
            sequence: seq,
            created: now - Duration::minutes(1),
            expires: now + Duration::days(30),
            min_app_version: "0.1.0".into(),
            key_list: self.key_list.clone(),
            key_list_sig: self.key_list_sig.clone(),
            level: 3,
        }
    }

    /// Builds a bundle of `directory` at `out` with sequence `seq`, signed by the signing
    /// key.
    pub fn bundle(&self, directory: &Path, seq: i64, out: &Path) -> PathBuf {
        self.bundle_with(directory, &self.options(seq), &self.signing.secret, out)
    }

    /// Builds a bundle with explicit options and key.
    pub fn bundle_with(
        &self,
        directory: &Path,
        opts: &BuildOptions,
        key: &Secret,
        out: &Path,
    ) -> PathBuf {
        build::build(directory, key, opts, out, &mut no_progress).unwrap();
        out.to_path_buf()
    }
}

/// A directory file for `bundle_id` with `n` synthetic services near Lisbon; `salt`
/// changes the content so two directories differ.
pub fn directory(dir: &Path, bundle_id: &str, n: usize, salt: &str) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let mut csv = String::from(
        "id,kind,name,lang,description,needs,country,lat,lon,geo_precision,timezone,source,verified_at\n",
    );
    for i in 0..n {
        let lat = 38.70 + (i % 100) as f64 * 0.001;
        let lon = -9.20 + (i / 100) as f64 * 0.001;
        csv.push_str(&format!(
            "{salt}-{i},place,Synthetic service {salt} {i},en,\"Synthetic test record {i} of {salt}: a description long enough to make the directory realistic in size, with some words to index.\",health,PT,{lat:.5},{lon:.5},exact,Europe/Lisbon,synthetic test data,2026-01-01\n"
        ));
    }
    let src = dir.join(format!("{salt}.csv"));
    std::fs::write(&src, csv).unwrap();
    let out = dir.join(format!("{salt}.sqlite"));
    let info = DirectoryInfo {
        bundle_id: bundle_id.into(),
        publisher: "tests".into(),
        title: format!("Synthetic {salt}"),
        created: "2026-01-01T00:00:00Z".into(),
        synthetic: true,
        description: "synthetic".into(),
        services: 0,
    };
    ponte::compile::compile(&src, &gazetteer(), &info, &out).unwrap();
    out
}

/// A data folder at `root` that shares the built-in gazetteer and default directory with
/// the shared test folder (hard links: they are read-only and replaced only by rename),
/// so it opens in milliseconds.
pub fn data_dir(root: &Path) -> DataDir {
    std::fs::create_dir_all(root).unwrap();
    for e in std::fs::read_dir(shared_data_dir()).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if (name.starts_with("gazetteer-") || name.starts_with("directory-default-"))
            && name.ends_with(".sqlite")
        {
            let dest = root.join(&name);
            if !dest.exists() {
                std::fs::hard_link(e.path(), &dest)
                    .or_else(|_| std::fs::copy(e.path(), &dest).map(|_| ()))
                    .unwrap();
            }
        }
    }
    DataDir::open(root).unwrap()
}

/// SHA-256 of a file, hex.
pub fn sha256_file(p: &Path) -> String {
    let bytes = std::fs::read(p).unwrap();
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What a refusal must leave exactly as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The directory in use (file, bundle id, sequence).
    pub active: ponte::datadir::ActiveInfo,
    /// SHA-256 of the file in use.
    pub content: String,
    /// Every bundle id's highest sequence.
    pub sequences: Vec<(String, i64)>,
    /// Stored key lists' versions.
    pub key_lists: Vec<Option<i64>>,
    /// Every file in the data folder.
    pub files: Vec<String>,
}

/// Snapshot of a data folder.
pub fn snapshot(data: &DataDir, publishers: &[&str]) -> Snapshot {
    let active = data.active().unwrap();
    let content = sha256_file(&active.path);
    let sequences = data.user().bundle_sequences().unwrap();
    let key_lists = publishers
        .iter()
        .map(|p| data.user().key_list(p).unwrap().map(|k| k.version))
        .collect();
    let mut files: Vec<String> = std::fs::read_dir(data.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("user.sqlite-"))
        .collect();
    files.sort();
    Snapshot {
        active,
        content,
        sequences,
        key_lists,
        files,
    }
}

/// Installs with the default clock and progress ignored.
pub fn install(
    data: &mut DataDir,
    bundle: &Path,
    trust: &TrustStore,
) -> Result<install::Installed, BundleError> {
    install::install_file(data, bundle, trust, &Checks::default(), &mut no_progress)
}

/// Rewrites `bundle` into `out` with its manifest changed by `edit` and signed again by
/// `key` (so the signature is valid: what changes is what the manifest says).
pub fn resign(bundle: &Path, out: &Path, key: &Secret, edit: impl FnOnce(&mut Manifest)) {
    let bytes = std::fs::read(bundle).unwrap();
    let head = Head::read(&mut bytes.as_slice()).unwrap();
    let payload = &bytes[head.len() as usize..];
    let mut m = Manifest::parse(&head.manifest).unwrap();
    edit(&mut m);
    let json = serde_json::to_string_pretty(&m).unwrap();
    let sig = keys::sign(key, json.as_bytes(), &m.trusted_comment()).unwrap();
    let new = Head {
        manifest: json.into_bytes(),
        manifest_sig: sig.into_bytes(),
        ..head
    };
    let mut v = Vec::new();
    new.write(&mut v).unwrap();
    v.extend_from_slice(payload);
    std::fs::write(out, v).unwrap();
}

/// Replaces a bundle's manifest signature (or, with `key_list`, its key list signature)
/// in place.
pub fn replace_signature(bundle: &Path, sig: &str, key_list: bool) {
    let bytes = std::fs::read(bundle).unwrap();
    let head = Head::read(&mut bytes.as_slice()).unwrap();
    let payload = bytes[head.len() as usize..].to_vec();
    let new = if key_list {
        Head {
            key_list_sig: sig.as_bytes().to_vec(),
            ..head
        }
    } else {
        Head {
            manifest_sig: sig.as_bytes().to_vec(),
            ..head
        }
    };
    let mut v = Vec::new();
    new.write(&mut v).unwrap();
    v.extend_from_slice(&payload);
    std::fs::write(bundle, v).unwrap();
}

/// A legacy (`Ed`, not prehashed) minisign signature of `data` by the unencrypted secret
/// key in `secret_file`: what old minisign versions made, and what Ponte must refuse.
pub fn legacy_signature(secret_file: &Path, data: &[u8]) -> String {
    use ed25519_dalek::{Signer, SigningKey};
    let text = std::fs::read_to_string(secret_file).unwrap();
    let line = text.lines().nth(1).unwrap().trim();
    let raw = Base64::decode_to_vec(line, None).unwrap();
    // Ed | kdf | chk alg | salt 32 | ops 8 | mem 8 | keynum 8 | secret 64 | checksum 32
    let keynum = &raw[54..62];
    let seed: [u8; 32] = raw[62..94].try_into().unwrap();
    let sk = SigningKey::from_bytes(&seed);
    let sig = sk.sign(data).to_bytes();
    let mut sig_bytes = b"Ed".to_vec();
    sig_bytes.extend_from_slice(keynum);
    sig_bytes.extend_from_slice(&sig);
    let comment = "legacy signature";
    let mut global_input = sig.to_vec();
    global_input.extend_from_slice(comment.as_bytes());
    let global = sk.sign(&global_input).to_bytes();
    format!(
        "untrusted comment: legacy\n{}\ntrusted comment: {comment}\n{}\n",
        Base64::encode_to_string(&sig_bytes).unwrap(),
        Base64::encode_to_string(global).unwrap()
    )
}
