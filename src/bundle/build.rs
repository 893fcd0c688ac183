//! Building a bundle: a directory file, compressed with zstd, behind a manifest signed by
//! one of the publisher's signing keys, with the publisher's signed key list alongside.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::error::{BundleError, Signed};
use super::format::Head;
use super::keys::{format_time, KeyList, Secret, Signature};
use super::manifest::{
    check_bundle_id, Manifest, Payload, COMPRESSION, MANIFEST_FORMAT, MANIFEST_TYPE,
};
use super::{hex, Progress, Stage};
use crate::store::Directory;

/// Default zstd level. Bundles are fetched many times over slow links, but level 19
/// took 110 s for 100,000 services on the project's 2-core machine (`ponte bench`);
/// level 9 builds ~20x faster for bundles ~25% bigger. Publishers who want the smallest
/// file pass `ponte bundle build --level 19`.
pub const ZSTD_LEVEL: i32 = 9;

/// What to put in a bundle besides the directory.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// `<publisher>/<name>`.
    pub bundle_id: String,
    /// A title for people.
    pub title: String,
    /// Above every earlier bundle of this id.
    pub sequence: i64,
    /// When it is made.
    pub created: DateTime<Utc>,
    /// When it stops being installable.
    pub expires: DateTime<Utc>,
    /// The oldest app that may install it.
    pub min_app_version: String,
    /// The publisher's key list (JSON, as signed).
    pub key_list: String,
    /// Its signature by a root key (minisign text).
    pub key_list_sig: String,
    /// zstd level.
    pub level: i32,
}

fn input(why: String) -> BundleError {
    BundleError::Core(crate::Error::Input(why))
}

fn io(path: &Path, source: std::io::Error) -> BundleError {
    BundleError::Core(crate::Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Builds a bundle at `out` from the directory file `directory`, which must open, pass its
/// checks and carry the same bundle id. Returns the signed manifest.
pub fn build(
    directory: &Path,
    key: &Secret,
    opts: &BuildOptions,
    out: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<Manifest, BundleError> {
    let dir = Directory::open(directory)?;
    dir.check()?;
    if dir.info().bundle_id != opts.bundle_id {
        return Err(input(format!(
            "{} is the directory of {:?}, not {:?}: build it with that bundle id",
            directory.display(),
            dir.info().bundle_id,
            opts.bundle_id
        )));
    }
    let services = dir.len()? as u64;
    drop(dir);
    pack(
        directory,
        services,
        crate::store::SCHEMA_VERSION,
        key,
        opts,
        out,
        progress,
    )
}

/// Packs any file as a bundle's payload, without checking it is a directory (tests use
/// this to make bundles a device must refuse). Prefer [`build`].
pub fn pack(
    payload_file: &Path,
    services: u64,
    schema_version: i64,
    key: &Secret,
    opts: &BuildOptions,
    out: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<Manifest, BundleError> {
    let list = KeyList::parse(opts.key_list.as_bytes())
        .map_err(|why| input(format!("the key list can't be used: {why}")))?;
    Signature::parse(&opts.key_list_sig)
        .map_err(|why| input(format!("the key list's signature can't be used: {why}")))?;
    check_bundle_id(&opts.bundle_id, &list.publisher).map_err(input)?;
    let listed = list.get(&key.public.id).ok_or_else(|| {
        input(format!(
            "key {} is not in {}'s key list: add it with `ponte keys sign-list --add`",
            key.public.id, list.publisher
        ))
    })?;
    if listed.revoked {
        return Err(input(format!(
            "key {} is revoked in the key list",
            key.public.id
        )));
    }
    if !listed.valid_at(opts.created) {
        return Err(input(format!(
            "key {} is not valid now ({})",
            key.public.id,
            listed.validity()
        )));
    }
    if opts.expires <= opts.created {
        return Err(input("the expiry must be after the bundle is made".into()));
    }
    if opts.sequence < 1 {
        return Err(input("the sequence must be 1 or more".into()));
    }

    // Hash the directory, then compress it beside the output, hashing what comes out.
    let dir_len = std::fs::metadata(payload_file)
        .map_err(|e| io(payload_file, e))?
        .len();
    let mut src = File::open(payload_file).map_err(|e| io(payload_file, e))?;
    let mut dir_hash = Sha256::new();
    let compressed = crate::atomic::part_path(out);
    let outcome = (|| {
        let sink = HashingWriter {
            inner: std::io::BufWriter::new(
                File::create(&compressed).map_err(|e| io(&compressed, e))?,
            ),
            hash: Sha256::new(),
            count: 0,
        };
        let mut enc =
            zstd::stream::write::Encoder::new(sink, opts.level).map_err(|e| io(&compressed, e))?;
        let mut buf = vec![0u8; 256 * 1024];
        let mut done = 0u64;
        loop {
            let n = src.read(&mut buf).map_err(|e| io(payload_file, e))?;
            if n == 0 {
                break;
            }
            dir_hash.update(&buf[..n]);
            enc.write_all(&buf[..n]).map_err(|e| io(&compressed, e))?;
            done += n as u64;
            progress(Progress {
                stage: Stage::Compressing,
                done,
                total: dir_len,
            });
        }
        if done != dir_len {
            return Err(input(format!(
                "{} changed while it was being read",
                payload_file.display()
            )));
        }
        let mut sink = enc.finish().map_err(|e| io(&compressed, e))?;
        sink.inner.flush().map_err(|e| io(&compressed, e))?;
        Ok((sink.count, hex(&sink.hash.finalize())))
    })();
    let (length, sha256) = match outcome {
        Ok(v) => v,
        Err(e) => {
            let _ = std::fs::remove_file(&compressed);
            return Err(e);
        }
    };

    let manifest = Manifest {
        kind: MANIFEST_TYPE.into(),
        format: MANIFEST_FORMAT,
        bundle_id: opts.bundle_id.clone(),
        publisher: list.publisher.clone(),
        title: opts.title.clone(),
        sequence: opts.sequence,
        created: format_time(opts.created),
        expires: format_time(opts.expires),
        min_app_version: opts.min_app_version.clone(),
        key_id: key.public.id.clone(),
        payload: Payload {
            compression: COMPRESSION.into(),
            length,
            sha256,
            directory_length: dir_len,
            directory_sha256: hex(&dir_hash.finalize()),
            schema_version,
            services,
        },
    };
    let json = manifest.to_json();
    let outcome = (|| {
        // The manifest must be one this code accepts, and the signature must verify:
        // never publish what a device would refuse.
        Manifest::parse(json.as_bytes()).map_err(input)?;
        let sig = super::keys::sign(key, json.as_bytes(), &manifest.trusted_comment())?;
        Signature::parse(&sig).map_err(input)?.verify(
            &key.public,
            json.as_bytes(),
            Signed::Manifest,
            &list.publisher,
        )?;
        let head = Head {
            manifest: json.clone().into_bytes(),
            manifest_sig: sig.into_bytes(),
            key_list: opts.key_list.clone().into_bytes(),
            key_list_sig: opts.key_list_sig.clone().into_bytes(),
        };
        crate::atomic::replace_with(out, |part| {
            let mut w = std::io::BufWriter::new(File::create(part).at(part)?);
            head.write(&mut w).at(part)?;
            let mut c = File::open(&compressed).at(&compressed)?;
            std::io::copy(&mut c, &mut w).at(part)?;
            w.flush().at(part)
        })
        .map_err(BundleError::Core)
    })();
    let _ = std::fs::remove_file(&compressed);
    outcome.map(|()| manifest)
}

use crate::error::Context as _;

struct HashingWriter<W> {
    inner: W,
    hash: Sha256,
    count: u64,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
