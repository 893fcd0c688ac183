//! Fetching directory updates from a channel: **the only module that touches the
//! network** (a test over the source tree enforces it).
//!
//! What goes over the wire is what any visitor of a static folder sends, and nothing
//! about the person: plain `GET`s of `index.json` and of one bundle file, with a fixed
//! `User-Agent: Ponte` (no version, no platform), no cookies (no cookie store is even
//! compiled in), no `Accept-Language`, no query strings, no `Referer`, and redirects
//! followed only within the channel's own origin. Nothing here reads the person's
//! language, place, searches or settings.
//!
//! Sizes are capped before reading: the index at [`MAX_INDEX`]; a bundle at its head's
//! cap until the head has been verified, then at exactly the length its signed manifest
//! declares (more is refused as endless data). A download that breaks off is resumed with
//! `Range` next time (or restarted if the server won't); the finished file then goes
//! through the same full verification and install as a bundle from a USB stick.

// This is the one module allowed an HTTP client (clippy.toml bans it everywhere else).
#![allow(clippy::disallowed_types)]

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use fluent_bundle::FluentValue;
use reqwest::blocking::Client;
use reqwest::header::{CONTENT_RANGE, RANGE};
use reqwest::{StatusCode, Url};
use serde::Serialize;

use crate::bundle::channel::{ChannelIndex, IndexEntry, INDEX_FILE, MAX_INDEX};
use crate::bundle::format::{head_len, Head, FIXED_HEADER, MAX_HEAD};
use crate::bundle::install::{self, Installed};
use crate::bundle::trust::TrustStore;
use crate::bundle::{verify, BundleError, Checks, Progress, Stage};
use crate::datadir::DataDir;
use crate::i18n::L10n;

/// The one `User-Agent` Ponte sends: it names no version and no platform.
pub const USER_AGENT: &str = "Ponte";
/// Bytes read per step of a download.
const CHUNK: usize = 64 * 1024;
/// Downloads older than this are thrown away rather than resumed.
const STALE_DOWNLOAD_SECS: u64 = 7 * 24 * 3600;

/// Why checking for updates failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpdateError {
    /// The channel address is not one Ponte will use.
    BadUrl {
        /// The address.
        url: String,
        /// Why.
        why: String,
    },
    /// The server couldn't be reached, or the transfer broke off (a partial download is
    /// kept and resumed next time).
    Network {
        /// What was being fetched.
        url: String,
        /// What happened.
        why: String,
    },
    /// The server answered with an error status.
    Http {
        /// What was being fetched.
        url: String,
        /// The status code.
        status: u16,
    },
    /// The channel's index is not usable.
    BadIndex {
        /// The index's address.
        url: String,
        /// Why.
        why: String,
    },
    /// The channel has no bundle for this device (or several, and none was chosen).
    NotOnChannel {
        /// The bundle id asked for, if any.
        bundle_id: Option<String>,
        /// The bundle ids the channel has.
        available: Vec<String>,
    },
    /// The bundle was refused; nothing was changed.
    Refused(BundleError),
}

impl From<BundleError> for UpdateError {
    fn from(e: BundleError) -> Self {
        UpdateError::Refused(e)
    }
}

impl From<crate::Error> for UpdateError {
    fn from(e: crate::Error) -> Self {
        UpdateError::Refused(BundleError::Core(e))
    }
}

impl UpdateError {
    /// True when the failure is the bundle's or the input's (exit code 2) rather than
    /// Ponte's own (exit code 1). Network trouble counts as the former: nothing is wrong
    /// with Ponte, and the person can try again.
    pub fn is_refusal(&self) -> bool {
        match self {
            UpdateError::Refused(e) => e.is_refusal(),
            _ => true,
        }
    }

    /// The message in the person's language.
    pub fn message(&self, l: &L10n) -> String {
        let s = |v: &str| FluentValue::from(v.to_string());
        match self {
            UpdateError::BadUrl { url, why } => {
                l.ta("update-bad-url", &[("url", s(url)), ("reason", s(why))])
            }
            UpdateError::Network { url, why } => {
                l.ta("update-network", &[("url", s(url)), ("reason", s(why))])
            }
            UpdateError::Http { url, status } => l.ta(
                "update-http",
                &[("url", s(url)), ("status", FluentValue::from(*status))],
            ),
            UpdateError::BadIndex { url, why } => {
                l.ta("update-bad-index", &[("url", s(url)), ("reason", s(why))])
            }
            UpdateError::NotOnChannel {
                bundle_id,
                available,
            } => l.ta(
                "update-not-on-channel",
                &[
                    ("bundle", s(bundle_id.as_deref().unwrap_or("-"))),
                    ("available", s(&available.join(", "))),
                ],
            ),
            UpdateError::Refused(e) => e.message(l),
        }
    }
}

impl std::fmt::Display for UpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::strip_isolation(
            &self.message(&L10n::english()),
        ))
    }
}

impl std::error::Error for UpdateError {}

/// What checking for updates did.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum UpdateOutcome {
    /// The channel has nothing newer than what is installed.
    UpToDate {
        /// Bundle id.
        bundle_id: String,
        /// The channel's sequence.
        offered: i64,
        /// The highest installed.
        installed: i64,
    },
    /// A newer bundle was downloaded, verified and installed.
    Installed(Installed),
}

/// How to check.
#[derive(Debug, Clone)]
pub struct UpdateOptions {
    /// The bundle id to follow; by default the one in use, or the channel's only one.
    pub bundle_id: Option<String>,
    /// Trusted root keys.
    pub trust: TrustStore,
    /// Clock and app version.
    pub checks: Checks,
}

/// The channel's base address, checked: http or https, no user name or password, no
/// query, no fragment; always ending in `/`.
pub fn channel_url(channel: &str) -> Result<Url, UpdateError> {
    let bad = |why: &str| UpdateError::BadUrl {
        url: channel.to_string(),
        why: why.to_string(),
    };
    let mut url = Url::parse(channel).map_err(|e| bad(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("only http:// and https:// channels are supported"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("a channel address can't carry a user name or password"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad(
            "a channel address can't have a query (?…) or fragment (#…)",
        ));
    }
    if url.host().is_none() {
        return Err(bad("the address has no host"));
    }
    if !url.path().ends_with('/') {
        let p = format!("{}/", url.path());
        url.set_path(&p);
    }
    Ok(url)
}

/// The HTTP client: rustls, fixed user agent, no cookies, no referer, redirects only
/// within the same origin and never to a query.
fn client() -> Result<Client, UpdateError> {
    let policy = reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if attempt.previous().len() > 5 {
            attempt.error("too many redirects")
        } else if !same_origin {
            attempt.error("a redirect to another server was refused")
        } else if attempt.url().query().is_some() {
            attempt.error("a redirect to an address with a query was refused")
        } else {
            attempt.follow()
        }
    });
    Client::builder()
        .user_agent(USER_AGENT)
        .referer(false)
        .redirect(policy)
        .connect_timeout(Duration::from_secs(20))
        .timeout(Duration::from_secs(60))
        .build()
        .map_err(|e| UpdateError::Network {
            url: String::new(),
            why: e.to_string(),
        })
}

fn network(url: &Url, e: impl std::fmt::Display) -> UpdateError {
    UpdateError::Network {
        url: url.to_string(),
        why: e.to_string(),
    }
}

/// A short, readable reason from a reqwest error (its source chain).
fn why(e: &reqwest::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(c) = src {
        s.push_str(": ");
        s.push_str(&c.to_string());
        src = c.source();
    }
    s
}

/// Fetches the channel's index (capped at [`MAX_INDEX`] bytes).
pub fn fetch_index(channel: &str) -> Result<ChannelIndex, UpdateError> {
    let base = channel_url(channel)?;
    fetch_index_with(&client()?, &base)
}

fn fetch_index_with(client: &Client, base: &Url) -> Result<ChannelIndex, UpdateError> {
    let url = base.join(INDEX_FILE).map_err(|e| network(base, e))?;
    let resp = client
        .get(url.clone())
        .send()
        .map_err(|e| network(&url, why(&e)))?;
    if resp.status() != StatusCode::OK {
        return Err(UpdateError::Http {
            url: url.to_string(),
            status: resp.status().as_u16(),
        });
    }
    let mut bytes = Vec::new();
    resp.take(MAX_INDEX + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| network(&url, e))?;
    if bytes.len() as u64 > MAX_INDEX {
        return Err(UpdateError::BadIndex {
            url: url.to_string(),
            why: format!("larger than {MAX_INDEX} bytes"),
        });
    }
    ChannelIndex::parse(&bytes).map_err(|why| UpdateError::BadIndex {
        url: url.to_string(),
        why,
    })
}

/// Checks `channel` for a bundle newer than the one installed and, if there is one,
/// downloads, verifies and installs it. The app's "Check for updates" and
/// `ponte update --channel` both call this.
pub fn check_for_updates(
    data: &mut DataDir,
    channel: &str,
    opts: &UpdateOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<UpdateOutcome, UpdateError> {
    let base = channel_url(channel)?;
    let client = client()?;
    let index = fetch_index_with(&client, &base)?;
    let entry = choose(data, &index, opts.bundle_id.as_deref())?;
    let installed = data.user().highest_sequence(&entry.bundle_id)?;
    if entry.sequence <= installed {
        install::record_check(data.user(), opts.checks.now)?;
        return Ok(UpdateOutcome::UpToDate {
            bundle_id: entry.bundle_id,
            offered: entry.sequence,
            installed,
        });
    }
    let url = base.join(&entry.file).map_err(|e| network(&base, e))?;
    let downloads = data.root().join("downloads");
    std::fs::create_dir_all(&downloads).map_err(|e| crate::Error::Io {
        path: downloads.clone(),
        source: e,
    })?;
    sweep_downloads(&downloads);
    let part = downloads.join(format!("{}.ponte.part", entry.sha256.to_ascii_lowercase()));
    match download(&client, &url, &part, data, opts, entry.length, progress) {
        Ok(()) => {}
        Err(e @ UpdateError::Refused(_)) => {
            let _ = std::fs::remove_file(&part);
            return Err(e);
        }
        Err(e) => return Err(e),
    }
    let outcome = install::install_file(data, &part, &opts.trust, &opts.checks, progress);
    let _ = std::fs::remove_file(&part);
    let done = outcome?;
    install::record_check(data.user(), opts.checks.now)?;
    Ok(UpdateOutcome::Installed(done))
}

/// "Check for updates" as the app does it: this device's trusted root keys, the real
/// clock, the bundle in use (or the channel's only one).
pub fn check_channel(
    data: &mut DataDir,
    channel: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<UpdateOutcome, UpdateError> {
    let opts = UpdateOptions {
        bundle_id: None,
        trust: TrustStore::load(data.user())?,
        checks: Checks::default(),
    };
    check_for_updates(data, channel, &opts, progress)
}

/// Which of the channel's bundles this device follows.
fn choose(
    data: &DataDir,
    index: &ChannelIndex,
    wanted: Option<&str>,
) -> Result<IndexEntry, UpdateError> {
    let not_there = || UpdateError::NotOnChannel {
        bundle_id: wanted.map(str::to_string),
        available: index.bundles.iter().map(|e| e.bundle_id.clone()).collect(),
    };
    if let Some(id) = wanted {
        return index
            .bundles
            .iter()
            .find(|e| e.bundle_id == id)
            .cloned()
            .ok_or_else(not_there);
    }
    if let Some(active) = data.user().active_directory()? {
        if let Some(e) = index
            .bundles
            .iter()
            .find(|e| e.bundle_id == active.bundle_id)
        {
            return Ok(e.clone());
        }
    }
    match index.bundles.as_slice() {
        [only] => Ok(only.clone()),
        _ => Err(not_there()),
    }
}

/// Removes downloads nobody resumed for a week.
fn sweep_downloads(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let stale = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > STALE_DOWNLOAD_SECS);
        if stale {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

fn io(path: &Path, source: std::io::Error) -> UpdateError {
    UpdateError::Refused(BundleError::Core(crate::Error::Io {
        path: path.to_path_buf(),
        source,
    }))
}

/// Once the head is in `f`, verifies it and returns the bundle's declared total length
/// and its publisher.
fn verified_total(
    f: &mut File,
    part: &Path,
    have: u64,
    data: &DataDir,
    opts: &UpdateOptions,
) -> Result<Option<(u64, String)>, UpdateError> {
    if have < FIXED_HEADER as u64 {
        return Ok(None);
    }
    let mut fixed = [0u8; FIXED_HEADER];
    f.seek(SeekFrom::Start(0)).map_err(|e| io(part, e))?;
    f.read_exact(&mut fixed).map_err(|e| io(part, e))?;
    let len = head_len(&fixed)?;
    if have < len {
        return Ok(None);
    }
    f.seek(SeekFrom::Start(0)).map_err(|e| io(part, e))?;
    let head = Head::read(f)?;
    let v = verify::verify_head(&head, &opts.trust, data.user(), &opts.checks)?;
    Ok(Some((v.total_len(), v.publisher)))
}

/// Downloads `url` into `part`, resuming what is there. Before the head is verified at
/// most a head's worth is accepted; after, exactly the declared length.
fn download(
    client: &Client,
    url: &Url,
    part: &PathBuf,
    data: &DataDir,
    opts: &UpdateOptions,
    index_length: u64,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), UpdateError> {
    let mut f = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(part)
        .map_err(|e| io(part, e))?;
    let mut have = f.metadata().map_err(|e| io(part, e))?.len();
    let mut publisher = String::new();
    let mut expected = None;
    if let Some((total, who)) = verified_total(&mut f, part, have, data, opts)? {
        expected = Some(total);
        publisher = who;
    }
    if let Some(total) = expected {
        if have == total {
            return Ok(());
        }
        if have > total {
            f.set_len(0).map_err(|e| io(part, e))?;
            have = 0;
            expected = None;
        }
    } else if have > MAX_HEAD {
        f.set_len(0).map_err(|e| io(part, e))?;
        have = 0;
    }
    // At most two requests: a resume, and a restart if the server won't resume.
    for _ in 0..2 {
        let mut req = client.get(url.clone());
        if have > 0 {
            req = req.header(RANGE, format!("bytes={have}-"));
        }
        let mut resp = req.send().map_err(|e| network(url, why(&e)))?;
        let status = resp.status();
        if have > 0 && status == StatusCode::PARTIAL_CONTENT {
            let starts_right = resp
                .headers()
                .get(CONTENT_RANGE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("bytes "))
                .and_then(|v| v.split('-').next())
                .and_then(|v| v.parse::<u64>().ok())
                == Some(have);
            if !starts_right {
                f.set_len(0).map_err(|e| io(part, e))?;
                have = 0;
                expected = None;
                continue;
            }
        } else if status == StatusCode::OK {
            if have > 0 {
                f.set_len(0).map_err(|e| io(part, e))?;
                have = 0;
                expected = None;
            }
        } else if have > 0 && status == StatusCode::RANGE_NOT_SATISFIABLE {
            f.set_len(0).map_err(|e| io(part, e))?;
            have = 0;
            expected = None;
            continue;
        } else {
            return Err(UpdateError::Http {
                url: url.to_string(),
                status: status.as_u16(),
            });
        }
        f.seek(SeekFrom::Start(have)).map_err(|e| io(part, e))?;
        let mut buf = vec![0u8; CHUNK];
        loop {
            let n = resp.read(&mut buf).map_err(|e| network(url, e))?;
            if n == 0 {
                break;
            }
            let limit = expected.unwrap_or(MAX_HEAD + CHUNK as u64);
            if have + n as u64 > limit {
                return Err(match expected {
                    Some(declared) => UpdateError::Refused(BundleError::TooLong {
                        publisher: publisher.clone(),
                        declared,
                    }),
                    None => UpdateError::Refused(BundleError::NotABundle {
                        why: "its header is larger than any bundle's".into(),
                    }),
                });
            }
            f.write_all(&buf[..n]).map_err(|e| io(part, e))?;
            have += n as u64;
            if expected.is_none() {
                if let Some((total, who)) = verified_total(&mut f, part, have, data, opts)? {
                    expected = Some(total);
                    publisher = who;
                }
                f.seek(SeekFrom::Start(have)).map_err(|e| io(part, e))?;
            }
            progress(Progress {
                stage: Stage::Downloading,
                done: have,
                total: expected.unwrap_or(index_length),
            });
        }
        f.sync_all().map_err(|e| io(part, e))?;
        return match expected {
            Some(total) if have == total => Ok(()),
            Some(total) => Err(UpdateError::Network {
                url: url.to_string(),
                why: format!("the transfer ended after {have} of {total} bytes; it will resume"),
            }),
            None => Err(UpdateError::Refused(BundleError::NotABundle {
                why: format!("the server sent only {have} bytes"),
            })),
        };
    }
    Err(UpdateError::Network {
        url: url.to_string(),
        why: "the server neither resumed nor restarted the transfer".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_addresses_are_checked() {
        assert_eq!(
            channel_url("https://example.org/ponte").unwrap().as_str(),
            "https://example.org/ponte/"
        );
        for bad in [
            "ftp://example.org/",
            "https://user:pw@example.org/",
            "https://example.org/?lang=ar",
            "https://example.org/#x",
            "not a url",
            "file:///etc/",
        ] {
            assert!(channel_url(bad).is_err(), "{bad}");
        }
    }
}
