//! The data folder: where installed directories, the gazetteer and the user database live.
//!
//! ```text
//! <data dir>/
//!   user.sqlite                       settings, favourites, corrections, bundle state
//!   gazetteer-<key>.sqlite            built from the embedded GeoNames extract
//!   directory-default-<key>.sqlite    built from the embedded default sources
//!   directory-<bundle>-<seq>.sqlite   installed bundles (see the bundle module)
//! ```
//!
//! On open, the built-in gazetteer and default directory are compiled from the binary's
//! embedded sources if this version's copies are missing, so Ponte works offline from its
//! first launch. Which directory is in use is recorded in the user database; when none
//! is, the built-in default is.

use std::path::{Path, PathBuf};

use crate::compile;
use crate::defaults;
use crate::error::{Context, Error, Result};
use crate::gazetteer::{self, Gazetteer};
use crate::store::{Directory, DirectoryInfo};
use crate::userdb::UserDb;

/// Environment variable naming the data folder.
pub const ENV_VAR: &str = "PONTE_DATA_DIR";

/// Where the data folder is when nothing says otherwise: the platform's per-user data
/// folder (`~/.local/share/ponte` on Linux).
pub fn default_root() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Ponte", "ponte").map(|d| d.data_dir().to_path_buf())
}

/// The directory in use and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ActiveInfo {
    /// The database file.
    pub path: PathBuf,
    /// Its bundle id (`ponte-default` for the built-in one).
    pub bundle_id: String,
    /// Its sequence (0 for the built-in one).
    pub sequence: i64,
    /// Whether it is the built-in directory.
    pub built_in: bool,
}

/// An open data folder.
#[derive(Debug)]
pub struct DataDir {
    root: PathBuf,
    user: UserDb,
    gazetteer_path: PathBuf,
    default_path: PathBuf,
}

impl DataDir {
    /// Opens the data folder at `root`, creating it and installing the built-in data as
    /// needed.
    pub fn open(root: &Path) -> Result<DataDir> {
        std::fs::create_dir_all(root).at(root)?;
        let _ = crate::atomic::sweep_parts(root);
        let user = UserDb::open(&root.join("user.sqlite"))?;
        // Installed-bundle directories left behind by a crash or superseded.
        crate::bundle::install::collect_garbage(root, &user);
        let gazetteer_path = root.join(format!("gazetteer-{}.sqlite", defaults::GAZETTEER_KEY));
        let default_path = root.join(format!(
            "directory-default-{}.sqlite",
            defaults::DEFAULTS_KEY
        ));
        let dd = DataDir {
            root: root.to_path_buf(),
            user,
            gazetteer_path,
            default_path,
        };
        dd.ensure_gazetteer()?;
        Ok(dd)
    }

    /// The folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The user database.
    pub fn user(&self) -> &UserDb {
        &self.user
    }

    /// The user database, for changes.
    pub fn user_mut(&mut self) -> &mut UserDb {
        &mut self.user
    }

    fn ensure_gazetteer(&self) -> Result<()> {
        if !self.gazetteer_path.is_file() {
            let places = flate2::read::GzDecoder::new(defaults::GAZETTEER_PLACES_GZ);
            gazetteer::build(places, defaults::GAZETTEER_COUNTRIES, &self.gazetteer_path)?;
            self.remove_stale_built_ins();
        }
        Ok(())
    }

    /// Compiles the built-in directory from the embedded sources if this version's copy
    /// is missing. Done on first need, not on open: looking up a place or validating a
    /// file doesn't need it.
    fn ensure_default_directory(&self) -> Result<()> {
        if !self.default_path.is_file() {
            let gaz = Gazetteer::open(&self.gazetteer_path)?;
            compile::compile_loaded(
                built_in_sources(),
                &gaz,
                &built_in_info(),
                &self.default_path,
            )?;
            self.remove_stale_built_ins();
        }
        Ok(())
    }

    /// Removes built-in databases of other versions (never the ones in use).
    fn remove_stale_built_ins(&self) {
        let Ok(entries) = std::fs::read_dir(&self.root) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            let built_in = (name.starts_with("gazetteer-")
                || name.starts_with("directory-default-"))
                && name.ends_with(".sqlite");
            if built_in && p != self.gazetteer_path && p != self.default_path {
                let _ = std::fs::remove_file(p);
            }
        }
    }

    /// The gazetteer.
    pub fn gazetteer(&self) -> Result<Gazetteer> {
        Gazetteer::open(&self.gazetteer_path)
    }

    /// Path of the gazetteer file.
    pub fn gazetteer_path(&self) -> &Path {
        &self.gazetteer_path
    }

    /// Path of the built-in directory file (compiled on first call).
    pub fn built_in_path(&self) -> Result<&Path> {
        self.ensure_default_directory()?;
        Ok(&self.default_path)
    }

    /// Which directory is in use.
    pub fn active(&self) -> Result<ActiveInfo> {
        if let Some(a) = self.user.active_directory()? {
            let path = self.root.join(&a.file);
            if path.is_file() {
                return Ok(ActiveInfo {
                    path,
                    bundle_id: a.bundle_id,
                    sequence: a.sequence,
                    built_in: false,
                });
            }
        }
        self.ensure_default_directory()?;
        Ok(ActiveInfo {
            path: self.default_path.clone(),
            bundle_id: defaults::DEFAULT_BUNDLE_ID.to_string(),
            sequence: 0,
            built_in: true,
        })
    }

    /// Opens the directory in use.
    pub fn directory(&self) -> Result<Directory> {
        let a = self.active()?;
        Directory::open(&a.path).map_err(|e| match e {
            Error::Io { .. } => Error::BadDatabase {
                path: a.path.clone(),
                what: "directory",
                why: "the file in use is missing".into(),
            },
            other => other,
        })
    }
}

/// The built-in directory's sources, as embedded in the binary.
pub fn built_in_sources() -> crate::source::Loaded {
    let mut loaded = crate::source::Loaded::default();
    for (name, bytes) in defaults::SERVICE_SOURCES {
        loaded.merge(crate::source::read_csv(
            *bytes,
            Path::new(&format!("data/services/{name}")),
        ));
    }
    loaded
}

/// How the built-in directory describes itself.
pub fn built_in_info() -> DirectoryInfo {
    DirectoryInfo {
        bundle_id: defaults::DEFAULT_BUNDLE_ID.into(),
        publisher: "Ponte".into(),
        title: "Ponte default directory".into(),
        created: String::new(),
        synthetic: false,
        description: "Curated from public sources listed on every record (data/services in the Ponte source).".into(),
        services: 0,
    }
}
