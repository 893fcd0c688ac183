//! Opening SQLite files the way Ponte's invariants require.
//!
//! Directory and gazetteer files may come from outside (a bundle on a USB stick), so they
//! are opened read-only, in defensive mode, with an untrusted schema: a hostile file cannot
//! write, cannot call functions from its schema and cannot corrupt itself on purpose.

use std::path::Path;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use crate::error::{Context, Error, Result};

/// Opens a database read-only and hardened against hostile content.
pub fn open_read_only(path: &Path) -> Result<Connection> {
    if !path.is_file() {
        return Err(Error::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
        });
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags).at(path)?;
    harden(&conn).at(path)?;
    Ok(conn)
}

/// Creates a fresh database for a one-shot build: no journal (the file is a `.part` that
/// is thrown away on failure), large cache.
pub fn create_for_build(path: &Path) -> Result<Connection> {
    let _ = std::fs::remove_file(path);
    let conn = Connection::open(path).at(path)?;
    conn.execute_batch(
        "PRAGMA journal_mode = OFF;
         PRAGMA synchronous = OFF;
         PRAGMA cache_size = -65536;
         PRAGMA temp_store = MEMORY;",
    )
    .at(path)?;
    harden(&conn).at(path)?;
    Ok(conn)
}

fn harden(conn: &Connection) -> rusqlite::Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    Ok(())
}

/// Reads a `meta` table value.
pub fn meta(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    use rusqlite::OptionalExtension;
    conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()
}
