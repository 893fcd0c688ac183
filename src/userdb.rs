//! The user database (`user.sqlite`): settings, favourites, corrections and bundle state.
//! Small, local, versioned with ordered migrations (`src/migrations/user_*.sql`).
//!
//! Invariant: nothing about a search, a place or a need is ever written here.

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;

use crate::error::{Context, Error, Result};

/// Migrations in order; the position + 1 is the schema version after applying it.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/user_0001_init.sql"),
    include_str!("migrations/user_0002_bundle_trust.sql"),
];

/// The directory in use, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActiveDirectory {
    /// File name inside the data folder.
    pub file: String,
    /// Bundle id.
    pub bundle_id: String,
    /// Its sequence number.
    pub sequence: i64,
    /// When it was installed (RFC 3339).
    pub installed_at: String,
    /// The manifest it came with (JSON), for bundles.
    pub manifest: Option<String>,
}

/// A "this is wrong" report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correction {
    /// Local id.
    pub id: i64,
    /// The service it is about.
    pub service_id: String,
    /// The directory it was seen in.
    pub bundle_id: String,
    /// Which field is wrong, if the person said.
    pub field: Option<String>,
    /// What is wrong.
    pub note: String,
    /// When (RFC 3339).
    pub created_at: String,
}

/// A publisher root key the person added (`ponte trust add`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrustedKey {
    /// Key id (16 hex digits).
    pub key_id: String,
    /// The publisher it is the root key of.
    pub publisher: String,
    /// The publisher's name, for people.
    pub name: String,
    /// The public key (minisign base64).
    pub public_key: String,
    /// When it was added (RFC 3339).
    pub added_at: String,
}

/// The newest key list seen for a publisher, with its signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredKeyList {
    /// Its version.
    pub version: i64,
    /// The list (JSON, as signed).
    pub list: String,
    /// Its signature (minisign text).
    pub signature: String,
}

/// An open user database.
pub struct UserDb {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for UserDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserDb").field("path", &self.path).finish()
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

impl UserDb {
    /// Opens (creating and migrating as needed) the user database at `path`.
    pub fn open(path: &Path) -> Result<UserDb> {
        let mut conn = Connection::open(path).at(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .at(path)?;
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")
            .at(path)?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .at(path)?;
        let version: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .at(path)?;
        if version as usize > MIGRATIONS.len() {
            return Err(Error::BadDatabase {
                path: path.to_path_buf(),
                what: "user database",
                why: format!(
                    "it was written by a newer Ponte (version {version}, this one knows {})",
                    MIGRATIONS.len()
                ),
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql).at(path)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)
                .at(path)?;
        }
        tx.commit().at(path)?;
        Ok(UserDb {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// The schema version.
    pub fn version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .at(&self.path)
    }

    /// A setting.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .at(&self.path)
    }

    /// Stores a setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )
            .map(|_| ())
            .at(&self.path)
    }

    /// The recorded active directory, if a bundle was ever installed.
    pub fn active_directory(&self) -> Result<Option<ActiveDirectory>> {
        self.conn
            .query_row(
                "SELECT file, bundle_id, sequence, installed_at, manifest FROM active_directory",
                [],
                |r| {
                    Ok(ActiveDirectory {
                        file: r.get(0)?,
                        bundle_id: r.get(1)?,
                        sequence: r.get(2)?,
                        installed_at: r.get(3)?,
                        manifest: r.get(4)?,
                    })
                },
            )
            .optional()
            .at(&self.path)
    }

    /// The highest sequence installed for a bundle id (0 when never).
    pub fn highest_sequence(&self, bundle_id: &str) -> Result<i64> {
        self.conn
            .query_row(
                "SELECT highest FROM bundle_sequence WHERE bundle_id = ?1",
                [bundle_id],
                |r| r.get(0),
            )
            .optional()
            .map(|v| v.unwrap_or(0))
            .at(&self.path)
    }

    /// Every bundle id ever installed with its highest sequence.
    pub fn bundle_sequences(&self) -> Result<Vec<(String, i64)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT bundle_id, highest FROM bundle_sequence ORDER BY bundle_id")
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Switches to a new directory file and raises its bundle's sequence, in one
    /// transaction. Refuses (changing nothing) when `sequence` is not above the highest
    /// recorded for the bundle id.
    pub fn switch_directory(
        &mut self,
        file: &str,
        bundle_id: &str,
        sequence: i64,
        manifest: Option<&str>,
    ) -> Result<()> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .at(&path)?;
        let highest: i64 = tx
            .query_row(
                "SELECT highest FROM bundle_sequence WHERE bundle_id = ?1",
                [bundle_id],
                |r| r.get(0),
            )
            .optional()
            .at(&path)?
            .unwrap_or(0);
        if sequence <= highest {
            return Err(Error::Input(format!(
                "sequence {sequence} of {bundle_id} is not above the installed {highest}"
            )));
        }
        tx.execute(
            "INSERT INTO bundle_sequence (bundle_id, highest) VALUES (?1, ?2)
             ON CONFLICT (bundle_id) DO UPDATE SET highest = excluded.highest",
            params![bundle_id, sequence],
        )
        .at(&path)?;
        tx.execute(
            "INSERT INTO active_directory (slot, file, bundle_id, sequence, installed_at, manifest)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (slot) DO UPDATE SET file = excluded.file, bundle_id = excluded.bundle_id,
               sequence = excluded.sequence, installed_at = excluded.installed_at,
               manifest = excluded.manifest",
            params![file, bundle_id, sequence, now(), manifest],
        )
        .at(&path)?;
        tx.commit().at(&path)
    }

    /// Forgets the installed bundle, going back to the built-in directory. Sequences are
    /// kept, so an older bundle still can't be installed afterwards.
    pub fn clear_active_directory(&self) -> Result<()> {
        self.conn
            .execute("DELETE FROM active_directory", [])
            .map(|_| ())
            .at(&self.path)
    }

    /// Publisher root keys the person added.
    pub fn trusted_keys(&self) -> Result<Vec<TrustedKey>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT key_id, publisher, name, public_key, added_at FROM trusted_key
                 ORDER BY publisher, added_at",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| {
                Ok(TrustedKey {
                    key_id: r.get(0)?,
                    publisher: r.get(1)?,
                    name: r.get(2)?,
                    public_key: r.get(3)?,
                    added_at: r.get(4)?,
                })
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Adds (or replaces) a trusted publisher root key.
    pub fn add_trusted_key(
        &self,
        key_id: &str,
        publisher: &str,
        name: &str,
        public_key: &str,
    ) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO trusted_key (key_id, publisher, name, public_key, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (key_id) DO UPDATE SET publisher = excluded.publisher,
                   name = excluded.name, public_key = excluded.public_key",
                params![key_id, publisher, name, public_key, now()],
            )
            .map(|_| ())
            .at(&self.path)
    }

    /// Removes a trusted key; false when there was none with that id.
    pub fn remove_trusted_key(&self, key_id: &str) -> Result<bool> {
        self.conn
            .execute("DELETE FROM trusted_key WHERE key_id = ?1", [key_id])
            .map(|n| n > 0)
            .at(&self.path)
    }

    /// The newest key list stored for a publisher.
    pub fn key_list(&self, publisher: &str) -> Result<Option<StoredKeyList>> {
        self.conn
            .query_row(
                "SELECT version, list, signature FROM key_list WHERE publisher = ?1",
                [publisher],
                |r| {
                    Ok(StoredKeyList {
                        version: r.get(0)?,
                        list: r.get(1)?,
                        signature: r.get(2)?,
                    })
                },
            )
            .optional()
            .at(&self.path)
    }

    /// Stores a publisher's key list if it is newer than the stored one (versions only
    /// grow); returns whether it was stored. The caller has verified its signature.
    pub fn store_key_list(
        &self,
        publisher: &str,
        version: i64,
        list: &str,
        signature: &str,
    ) -> Result<bool> {
        self.conn
            .execute(
                "INSERT INTO key_list (publisher, version, list, signature, stored_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (publisher) DO UPDATE SET version = excluded.version,
                   list = excluded.list, signature = excluded.signature,
                   stored_at = excluded.stored_at
                 WHERE excluded.version > key_list.version",
                params![publisher, version, list, signature, now()],
            )
            .map(|n| n > 0)
            .at(&self.path)
    }

    /// Records a correction.
    pub fn add_correction(
        &self,
        service_id: &str,
        bundle_id: &str,
        field: Option<&str>,
        note: &str,
    ) -> Result<i64> {
        self.conn
            .execute(
                "INSERT INTO correction (service_id, bundle_id, field, note, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![service_id, bundle_id, field, note, now()],
            )
            .at(&self.path)?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Every correction, oldest first.
    pub fn corrections(&self) -> Result<Vec<Correction>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, service_id, bundle_id, field, note, created_at FROM correction ORDER BY id",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Correction {
                    id: r.get(0)?,
                    service_id: r.get(1)?,
                    bundle_id: r.get(2)?,
                    field: r.get(3)?,
                    note: r.get(4)?,
                    created_at: r.get(5)?,
                })
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Deletes a correction.
    pub fn delete_correction(&self, id: i64) -> Result<bool> {
        self.conn
            .execute("DELETE FROM correction WHERE id = ?1", [id])
            .map(|n| n > 0)
            .at(&self.path)
    }

    /// Favourite service ids, newest first.
    pub fn favourites(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT service_id FROM favourite ORDER BY added_at DESC, service_id")
            .at(&self.path)?;
        let rows = stmt.query_map([], |r| r.get(0)).at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Adds or removes a favourite.
    pub fn set_favourite(&self, service_id: &str, on: bool) -> Result<()> {
        let r = if on {
            self.conn.execute(
                "INSERT OR IGNORE INTO favourite (service_id, added_at) VALUES (?1, ?2)",
                params![service_id, now()],
            )
        } else {
            self.conn
                .execute("DELETE FROM favourite WHERE service_id = ?1", [service_id])
        };
        r.map(|_| ()).at(&self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_once_and_sequences_only_grow() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("user.sqlite");
        let mut db = UserDb::open(&p).unwrap();
        assert_eq!(db.version().unwrap(), MIGRATIONS.len() as i64);
        db.switch_directory("a.sqlite", "b", 5, None).unwrap();
        assert!(db.switch_directory("c.sqlite", "b", 5, None).is_err());
        assert!(db.switch_directory("c.sqlite", "b", 4, None).is_err());
        assert_eq!(db.active_directory().unwrap().unwrap().file, "a.sqlite");
        drop(db);
        let db = UserDb::open(&p).unwrap();
        assert_eq!(db.highest_sequence("b").unwrap(), 5);
    }

    #[test]
    fn key_lists_only_move_forward() {
        let dir = tempfile::tempdir().unwrap();
        let db = UserDb::open(&dir.path().join("user.sqlite")).unwrap();
        assert!(db.store_key_list("org.x", 2, "two", "s2").unwrap());
        assert!(!db.store_key_list("org.x", 1, "one", "s1").unwrap());
        assert!(!db.store_key_list("org.x", 2, "other", "s").unwrap());
        assert_eq!(db.key_list("org.x").unwrap().unwrap().list, "two");
        assert!(db.store_key_list("org.x", 3, "three", "s3").unwrap());
        assert_eq!(db.key_list("org.x").unwrap().unwrap().version, 3);
    }

    #[test]
    fn refuses_a_database_from_a_newer_version() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("user.sqlite");
        let c = Connection::open(&p).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        drop(c);
        assert!(matches!(UserDb::open(&p), Err(Error::BadDatabase { .. })));
    }
}
