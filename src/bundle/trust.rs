//! Whom Ponte trusts: publisher root keys.
//!
//! - Built in: `trust/*.toml` in the source tree, embedded at build time (one file per
//!   publisher: its id, its name and its root public keys).
//! - Added by the person: `ponte trust add` (kept in the user database).
//! - For one command only: `--trust <public key file>`, trusted as the root key of
//!   whichever publisher its key list names.
//!
//! A root key never signs bundles: it signs the publisher's key list, and the key list
//! says which keys sign bundles (see [`super::keys::KeyList`]).

use serde::Deserialize;

use super::error::BundleError;
use super::keys::{parse_public, Public};
use crate::userdb::UserDb;

include!(concat!(env!("OUT_DIR"), "/trust_generated.rs"));

/// Where a root key came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// Shipped with the app (`trust/`).
    BuiltIn,
    /// Added by the person (`ponte trust add`).
    Added,
    /// Given for one command (`--trust`).
    CommandLine,
}

impl Source {
    /// Where it came from, in the person's language.
    pub fn message(self, l: &crate::i18n::L10n) -> String {
        l.t(match self {
            Source::BuiltIn => "bundle-trust-source-built-in",
            Source::Added => "bundle-trust-source-added",
            Source::CommandLine => "bundle-trust-source-command-line",
        })
    }

    /// A short code ("built-in", "added", "command-line").
    pub fn code(self) -> &'static str {
        match self {
            Source::BuiltIn => "built-in",
            Source::Added => "added",
            Source::CommandLine => "command-line",
        }
    }
}

/// A trusted root key.
#[derive(Debug, Clone)]
pub struct Anchor {
    /// The publisher it is the root of; `None` for a key given on the command line, which
    /// is trusted for whichever publisher its key list names.
    pub publisher: Option<String>,
    /// The publisher's name, when known.
    pub name: Option<String>,
    /// The key.
    pub key: Public,
    /// Where it came from.
    pub source: Source,
}

/// The set of trusted root keys.
#[derive(Debug, Clone, Default)]
pub struct TrustStore {
    anchors: Vec<Anchor>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrustFile {
    publisher: String,
    name: String,
    root_keys: Vec<String>,
}

/// Parses one `trust/*.toml` file.
fn parse_trust_file(file: &str, text: &str) -> Result<Vec<Anchor>, String> {
    let t: TrustFile = toml::from_str(text).map_err(|e| format!("trust/{file}: {e}"))?;
    super::manifest::check_publisher_id(&t.publisher).map_err(|e| format!("trust/{file}: {e}"))?;
    t.root_keys
        .iter()
        .map(|k| {
            Ok(Anchor {
                publisher: Some(t.publisher.clone()),
                name: Some(t.name.clone()),
                key: parse_public(k).map_err(|e| format!("trust/{file}: {e}"))?,
                source: Source::BuiltIn,
            })
        })
        .collect()
}

impl TrustStore {
    /// An empty store (trusts nothing).
    pub fn empty() -> TrustStore {
        TrustStore::default()
    }

    /// The root keys built into this app.
    pub fn built_in() -> Result<TrustStore, BundleError> {
        let mut anchors = Vec::new();
        for (file, text) in TRUST_FILES {
            anchors.extend(
                parse_trust_file(file, text)
                    .map_err(|e| BundleError::Core(crate::Error::Input(e)))?,
            );
        }
        Ok(TrustStore { anchors })
    }

    /// The built-in root keys plus those the person added.
    pub fn load(user: &UserDb) -> Result<TrustStore, BundleError> {
        let mut store = TrustStore::built_in()?;
        for k in user.trusted_keys()? {
            // A key that no longer parses was stored by a broken version: skip it rather
            // than stop every update.
            if let Ok(key) = parse_public(&k.public_key) {
                store.anchors.push(Anchor {
                    publisher: Some(k.publisher),
                    name: Some(k.name).filter(|n| !n.is_empty()),
                    key,
                    source: Source::Added,
                });
            }
        }
        Ok(store)
    }

    /// Adds a root key trusted for this command only.
    pub fn add_for_now(&mut self, key: Public) {
        self.anchors.push(Anchor {
            publisher: None,
            name: None,
            key,
            source: Source::CommandLine,
        });
    }

    /// Every trusted root key.
    pub fn anchors(&self) -> &[Anchor] {
        &self.anchors
    }

    /// The anchors with this key id.
    pub fn find<'a>(&'a self, key_id: &'a str) -> impl Iterator<Item = &'a Anchor> + 'a {
        self.anchors.iter().filter(move |a| a.key.id == key_id)
    }
}

/// "Name (id)", the way a publisher is named in messages.
pub fn display_publisher(name: &str, id: &str) -> String {
    if name.is_empty() || name == id {
        id.to_string()
    } else {
        format!("{name} ({id})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_trust_file_parses() {
        TrustStore::built_in().unwrap();
    }

    #[test]
    fn trust_files_are_strict() {
        let (_, pk, _) = super::super::keys::generate(None).unwrap();
        let b64 = pk.lines().nth(1).unwrap();
        let good =
            format!("publisher = \"org.example\"\nname = \"Example\"\nroot_keys = [\"{b64}\"]\n");
        assert_eq!(parse_trust_file("x.toml", &good).unwrap().len(), 1);
        assert!(parse_trust_file("x.toml", &format!("{good}extra = 1\n")).is_err());
        assert!(parse_trust_file(
            "x.toml",
            "publisher = \"org.example\"\nname = \"E\"\nroot_keys = [\"nope\"]\n"
        )
        .is_err());
    }
}
