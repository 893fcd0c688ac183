//! Shared fixtures: the gazetteer built once per test run, directories built from CSV text,
//! and a data folder for the real binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use ponte::datadir::DataDir;
use ponte::gazetteer::Gazetteer;
use ponte::store::{Directory, DirectoryInfo};

/// A data folder shared by tests that only read (the gazetteer and the built-in directory
/// are compiled once: seconds in a debug build).
pub fn shared_data_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("ponte-tests-{}", std::process::id()));
        let dd = DataDir::open(&dir).expect("data folder opens");
        dd.directory().expect("built-in directory compiles");
        dir
    })
}

/// The real gazetteer.
pub fn gazetteer() -> Gazetteer {
    DataDir::open(shared_data_dir())
        .and_then(|d| d.gazetteer())
        .expect("gazetteer opens")
}

/// The template header used by `directory` (columns not given stay empty).
pub const HEADER: &str = "id,kind,name,lang,needs,serves,languages,asks_documents,shares_with_immigration,free_of_charge,locality,country,geonames_id,lat,lon,geo_precision,timezone,opening_hours,phone,source,verified_at";

/// Builds a real directory file from template CSV rows (after [`HEADER`]) in `dir`.
pub fn directory(dir: &Path, rows: &[&str]) -> Directory {
    let csv = format!("{HEADER}\n{}\n", rows.join("\n"));
    let src = dir.join("src.csv");
    std::fs::write(&src, csv).unwrap();
    let out = dir.join("dir.sqlite");
    let info = DirectoryInfo {
        bundle_id: "test".into(),
        publisher: "tests".into(),
        title: "Synthetic test directory".into(),
        created: "2026-01-01T00:00:00Z".into(),
        synthetic: true,
        description: "synthetic".into(),
        services: 0,
    };
    ponte::compile::compile(&src, &gazetteer(), &info, &out).expect("test sources compile");
    Directory::open(&out).unwrap()
}

/// A row of a synthetic place at `lat,lon` (everything else default).
pub fn place(id: &str, needs: &str, lat: f64, lon: f64) -> String {
    format!("{id},place,Synthetic {id},en,{needs},,,,,,,PT,,{lat},{lon},exact,Europe/Lisbon,,,synthetic test data,2026-01-01")
}

/// Runs the real `ponte` binary with a data folder.
pub fn ponte(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ponte"))
        .args(args)
        .env("PONTE_DATA_DIR", data)
        .env_remove("PONTE_LANG")
        .env("LANG", "C")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("ponte runs")
}

/// stdout as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
