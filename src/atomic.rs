//! Replacing files so that a crash leaves the old file or the new one, never a mix.
//!
//! The new content is written to a unique `.part` file in the same folder, flushed to disk,
//! renamed over the destination, and the folder itself is flushed so the rename survives a
//! power cut. Readers that hold the old file open keep reading the old inode.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::{Context, Error, Result};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A fresh `.part` path beside `dest`, unique within this process and across processes.
pub fn part_path(dest: &Path) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = dest
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    dest.with_file_name(format!(".{name}.{}-{n}.part", std::process::id()))
}

/// Flushes a file's content to disk.
pub fn sync_file(path: &Path) -> Result<()> {
    File::open(path).and_then(|f| f.sync_all()).at(path)
}

/// Flushes a folder's entries (a rename) to disk. A no-op where folders can't be opened.
pub fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        File::open(dir).and_then(|f| f.sync_all()).at(dir)?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Writes `dest` through `write`, which receives a temporary path in the same folder and
/// must leave the complete file there. On any error the temporary file is removed and
/// `dest` is untouched.
pub fn replace_with<F>(dest: &Path, write: F) -> Result<()>
where
    F: FnOnce(&Path) -> Result<()>,
{
    let part = part_path(dest);
    let outcome = write(&part).and_then(|()| {
        sync_file(&part)?;
        fs::rename(&part, dest).at(dest)?;
        sync_dir(folder_of(dest))
    });
    if outcome.is_err() {
        let _ = fs::remove_file(&part);
    }
    outcome
}

/// The folder a path is in: `.` for a bare file name (whose `parent()` is the empty path,
/// which can't be opened).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Writes `bytes` to `dest` atomically.
pub fn write_bytes(dest: &Path, bytes: &[u8]) -> Result<()> {
    replace_with(dest, |part| fs::write(part, bytes).at(part))
}

/// Removes `.part` files older than an hour left in `dir` by crashed writers.
pub fn sweep_parts(dir: &Path) -> Result<usize, Error> {
    let mut removed = 0;
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(0);
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.starts_with('.') && name.ends_with(".part")) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 3600);
        if old && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_write_leaves_destination_and_no_part_file() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("x.sqlite");
        fs::write(&dest, b"old").unwrap();
        let r = replace_with(&dest, |part| {
            fs::write(part, b"half").unwrap();
            Err(Error::Input("boom".into()))
        });
        assert!(r.is_err());
        assert_eq!(fs::read(&dest).unwrap(), b"old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn replacing_a_file_named_without_a_folder_works() {
        // `ponte keygen -o root` and `ponte directory build -o x.sqlite` pass bare names,
        // whose parent() is "", which can't be opened to flush the rename. (The CLI test
        // `an_ngo_and_a_device_do_everything_from_the_command_line` runs it for real.)
        assert_eq!(folder_of(Path::new("x.sqlite")), Path::new("."));
        assert_eq!(folder_of(Path::new("a/x.sqlite")), Path::new("a"));
        assert_eq!(folder_of(Path::new("/x")), Path::new("/"));
        assert!(sync_dir(folder_of(Path::new("bare-name"))).is_ok());
        assert!(sync_dir(Path::new("")).is_err());
    }

    #[test]
    fn write_replaces_content() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("x");
        write_bytes(&dest, b"one").unwrap();
        write_bytes(&dest, b"two").unwrap();
        assert_eq!(fs::read(&dest).unwrap(), b"two");
    }
}
