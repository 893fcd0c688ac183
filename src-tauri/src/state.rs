//! What the app holds while it runs: the data folder, the directory in use and the
//! gazetteer, behind one lock (SQLite connections are not shared across threads).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use ponte::datadir::DataDir;
use ponte::gazetteer::Gazetteer;
use ponte::store::Directory;

/// The open data of the app.
pub struct Open {
    /// The data folder (user database included).
    pub data: DataDir,
    /// The directory in use.
    pub dir: Directory,
    /// Place names.
    pub gaz: Gazetteer,
}

/// Managed state: the open data behind a lock.
pub struct AppState {
    open: Mutex<Open>,
}

impl AppState {
    /// Opens the data folder at `root`, installing the built-in data on first launch.
    pub fn open(root: &Path) -> Result<AppState, ponte::Error> {
        let data = DataDir::open(root)?;
        let dir = data.directory()?;
        let gaz = data.gazetteer()?;
        Ok(AppState {
            open: Mutex::new(Open { data, dir, gaz }),
        })
    }

    /// The open data. A poisoned lock (a panic in another command) is recovered: every
    /// command leaves the state consistent, since the databases are read-only.
    pub fn lock(&self) -> MutexGuard<'_, Open> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Where the data folder is: `PONTE_DATA_DIR` when set (tests, portable use), else the
/// platform's app data folder.
pub fn data_root<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
) -> Result<PathBuf, Box<dyn std::error::Error>> {
    use tauri::Manager;
    if let Some(d) = std::env::var_os(ponte::datadir::ENV_VAR) {
        return Ok(PathBuf::from(d));
    }
    Ok(app.path().app_data_dir()?)
}
