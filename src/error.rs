//! The core's error type: what went wrong and on which file, so a message can say where and
//! why. Domain refusals (a bad bundle, a bad CSV row) have their own types in their modules
//! and are wrapped here.

use std::io;
use std::path::PathBuf;

/// Errors of the core library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read, written or renamed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        source: io::Error,
    },
    /// SQLite failed on a database file.
    #[error("database {path}: {source}")]
    Db {
        /// The database file.
        path: PathBuf,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// A database file is not what Ponte expects (wrong kind, newer schema, damaged).
    #[error("{path} is not a usable Ponte {what}: {why}")]
    BadDatabase {
        /// The database file.
        path: PathBuf,
        /// "directory", "gazetteer", "user database".
        what: &'static str,
        /// Why.
        why: String,
    },
    /// Bad input from a person (a query, a flag value); the message says what to do.
    #[error("{0}")]
    Input(String),
    /// Directory sources with errors; nothing was built.
    #[error(transparent)]
    Source(#[from] crate::source::SourceErrors),
}

/// Result with the core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Attaches a path to I/O and SQLite errors.
pub(crate) trait Context<T> {
    fn at(self, path: impl Into<PathBuf>) -> Result<T>;
}

impl<T> Context<T> for std::result::Result<T, io::Error> {
    fn at(self, path: impl Into<PathBuf>) -> Result<T> {
        self.map_err(|source| Error::Io {
            path: path.into(),
            source,
        })
    }
}

impl<T> Context<T> for std::result::Result<T, rusqlite::Error> {
    fn at(self, path: impl Into<PathBuf>) -> Result<T> {
        self.map_err(|source| Error::Db {
            path: path.into(),
            source,
        })
    }
}
