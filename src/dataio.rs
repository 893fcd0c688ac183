//! NGO data in and out, as the CLI and the app call it: read any source (the spreadsheet
//! template or HSDS), place it, check it, and write it as a template CSV, a directory
//! database, HSDS 3.0, or GeoJSON.
//!
//! ```text
//! template CSV ─ source::read_path ─┐
//! HSDS (JSON, 3.0 CSV, 1.x CSV) ────┴─ hsds::import_path ─▶ records + findings
//!      ─▶ validate::place (gazetteer: town centres, time zones) ─▶ validate::check
//!      ─▶ template CSV │ directory.sqlite (store::write) │ HSDS 3.0 │ GeoJSON
//! ```
//! Every function takes a progress callback; none writes anything when the input has
//! errors.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{json, Value};

use crate::error::{Error, Result};
use crate::gazetteer::Gazetteer;
use crate::hsds::{self, Format, ImportOptions, Progress};
use crate::model::Service;
use crate::report::Finding;
use crate::source::{Loaded, Severity};
use crate::store::DirectoryInfo;
use crate::validate::{self, Placement};

/// What kind of source a path holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// Ponte's spreadsheet template (`data/README.md`).
    Template,
    /// HSDS 3.0 JSON.
    HsdsJson,
    /// HSDS 3.0 tabular CSV package.
    HsdsTabular,
    /// HSDS 1.x/2.x CSV package.
    HsdsLegacy,
}

/// File names that mark a folder as an HSDS CSV package.
const HSDS_FILES: &[&str] = &[
    "datapackage.json",
    "services.csv",
    "organizations.csv",
    "locations.csv",
    "service_at_location.csv",
    "services_at_location.csv",
];

/// Whether `path` holds HSDS (a `.json` file, or a folder with an HSDS package or JSON
/// files) rather than template CSV.
pub fn is_hsds(path: &Path) -> bool {
    if path.is_dir() {
        std::fs::read_dir(path)
            .map(|rd| {
                rd.flatten().any(|e| {
                    let n = e.file_name().to_string_lossy().to_ascii_lowercase();
                    HSDS_FILES.contains(&n.as_str()) || n.ends_with(".json")
                })
            })
            .unwrap_or(false)
    } else {
        path.extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("json"))
    }
}

/// Records read from a source, not yet placed.
#[derive(Debug)]
pub struct Source {
    /// The records and their origins (`diagnostics` empty: they are in `findings`).
    pub loaded: Loaded,
    /// Problems found while reading.
    pub findings: Vec<Finding>,
    /// What the source was.
    pub kind: SourceKind,
}

/// Reads a template CSV (file or folder) or HSDS source.
pub fn load(
    path: &Path,
    opts: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Source> {
    if is_hsds(path) {
        let imp = hsds::import_path(path, opts, progress)?;
        let kind = match imp.format {
            Some(Format::Tabular) => SourceKind::HsdsTabular,
            Some(Format::Legacy) => SourceKind::HsdsLegacy,
            _ => SourceKind::HsdsJson,
        };
        let (loaded, findings) = imp.into_loaded();
        Ok(Source {
            loaded,
            findings,
            kind,
        })
    } else {
        progress(Progress::Reading {
            file: path.to_path_buf(),
        });
        let mut loaded = crate::source::read_path(path)?;
        let findings = loaded.diagnostics.drain(..).map(Finding::plain).collect();
        Ok(Source {
            loaded,
            findings,
            kind: SourceKind::Template,
        })
    }
}

/// What a validation or import found and did.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// What the source was.
    pub kind: SourceKind,
    /// Records read.
    pub services: usize,
    /// How places were put on the map.
    pub placement: Placement,
    /// Every problem, errors first within each file, by file then row.
    pub findings: Vec<Finding>,
    /// Files written (none when there were errors).
    pub written: Vec<PathBuf>,
}

impl Outcome {
    /// Errors and warnings.
    pub fn counts(&self) -> (usize, usize) {
        crate::report::counts(&self.findings)
    }

    /// Whether anything must be fixed.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(Finding::is_error)
    }
}

fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let (a, b) = (&a.diagnostic, &b.diagnostic);
        (
            &a.file,
            a.row.unwrap_or(0),
            a.column.unwrap_or(0),
            a.severity,
        )
            .cmp(&(
                &b.file,
                b.row.unwrap_or(0),
                b.column.unwrap_or(0),
                b.severity,
            ))
    });
}

/// Finding codes that already say why a place has no point.
const PLACEMENT_CODES: &[&str] = &[
    "unplaceable",
    "ambiguous-town",
    "bad-geonames-id",
    "bad-country",
    "bad-coordinates",
];

/// Reads, places and checks a source: the report of `ponte validate`. Errors mean the
/// source can't be built into a directory.
pub fn validate(
    path: &Path,
    gaz: &Gazetteer,
    opts: &ImportOptions,
    checks: &validate::Options,
    progress: &mut dyn FnMut(Progress),
) -> Result<Outcome> {
    let src = load(path, opts, progress)?;
    let mut findings = src.findings;
    let mut loaded = src.loaded;
    let total = loaded.services.len();
    progress(Progress::Placing { done: 0, total });
    let (placement, placing) = validate::place(&mut loaded, gaz)?;
    progress(Progress::Placing { done: total, total });
    findings.extend(placing);
    // A place that can't be put on the map stops a build: an error here, whatever the
    // import said.
    for f in findings.iter_mut() {
        if f.diagnostic.code == "unplaceable" {
            f.diagnostic.severity = Severity::Error;
        }
    }
    for f in validate::check(&loaded.services, &loaded.origins, checks) {
        let explained = f.diagnostic.code == "unplaced"
            && findings.iter().any(|g| {
                g.diagnostic.id == f.diagnostic.id && PLACEMENT_CODES.contains(&g.diagnostic.code)
            });
        if !explained {
            findings.push(f);
        }
    }
    sort(&mut findings);
    Ok(Outcome {
        kind: src.kind,
        services: total,
        placement,
        findings,
        written: Vec::new(),
    })
}

/// Imports a source into `out`: a template CSV (`.csv`, for an NGO to curate) or a
/// directory database (any other extension, e.g. `.sqlite`). Nothing is written when there
/// are errors. For a CSV, places that can't be placed yet are warnings (they are kept for
/// the NGO to fix); for a database they are errors.
pub fn import(
    path: &Path,
    gaz: &Gazetteer,
    opts: &ImportOptions,
    out: &Path,
    info: &DirectoryInfo,
    progress: &mut dyn FnMut(Progress),
) -> Result<Outcome> {
    let to_csv = out
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("csv"));
    let src = load(path, opts, progress)?;
    let mut findings = src.findings;
    let as_read = src.loaded.services.clone();
    let mut loaded = src.loaded;
    let total = loaded.services.len();
    progress(Progress::Placing { done: 0, total });
    let (placement, mut placing) = validate::place(&mut loaded, gaz)?;
    if to_csv {
        for f in placing.iter_mut() {
            if matches!(
                f.diagnostic.code,
                "unplaceable" | "ambiguous-town" | "bad-geonames-id"
            ) {
                f.diagnostic.severity = Severity::Warning;
            }
        }
    } else {
        for f in findings.iter_mut() {
            if f.diagnostic.code == "unplaceable" {
                f.diagnostic.severity = Severity::Error;
            }
        }
        for f in validate::check(&loaded.services, &loaded.origins, &Default::default()) {
            let explained = findings.iter().chain(&placing).any(|g| {
                g.diagnostic.id == f.diagnostic.id && PLACEMENT_CODES.contains(&g.diagnostic.code)
            });
            if f.diagnostic.code == "unplaced" && !explained {
                findings.push(f);
            }
        }
    }
    findings.extend(placing);
    sort(&mut findings);
    let mut outcome = Outcome {
        kind: src.kind,
        services: total,
        placement,
        findings,
        written: Vec::new(),
    };
    if outcome.has_errors() {
        return Ok(outcome);
    }
    if to_csv {
        // As read, not as placed: a town's centre is found again when the directory is built.
        write_csv(&as_read, out)?;
    } else {
        let mut info = info.clone();
        info.services = loaded.services.len() as u64;
        crate::store::write_with_progress(&loaded.services, &info, out, &mut |done| {
            progress(Progress::Writing { done, total })
        })?;
    }
    outcome.written.push(out.to_path_buf());
    Ok(outcome)
}

/// Writes records as the spreadsheet template (`data/README.md`), atomically.
pub fn write_csv(services: &[Service], out: &Path) -> Result<()> {
    let mut buf = Vec::new();
    crate::source::write_csv(services, &mut buf, false)
        .map_err(|e| Error::Input(format!("{}: {e}", out.display())))?;
    crate::atomic::write_bytes(out, &buf)
}

/// Records as a GeoJSON FeatureCollection: one Point feature per placed record, with the
/// record's public fields as properties (`extra` left out). Records without a point
/// (phone lines, unplaced) are left out.
pub fn geojson(services: &[Service]) -> Value {
    let features: Vec<Value> = services
        .iter()
        .filter_map(|s| {
            let l = s.location.as_ref()?;
            let mut props = serde_json::to_value(s).ok()?;
            let o = props.as_object_mut()?;
            o.remove("extra");
            o.remove("location");
            o.insert("geo_precision".into(), json!(l.precision.code()));
            o.insert("uncertainty_m".into(), json!(l.uncertainty_m));
            Some(json!({
                "type": "Feature",
                "id": s.id,
                "geometry": {"type": "Point", "coordinates": [l.point.lon, l.point.lat]},
                "properties": props,
            }))
        })
        .collect();
    json!({"type": "FeatureCollection", "features": features})
}

/// Writes [`geojson`] to `out`, atomically.
pub fn write_geojson(services: &[Service], out: &Path) -> Result<()> {
    let bytes =
        serde_json::to_vec_pretty(&geojson(services)).map_err(|e| Error::Input(e.to_string()))?;
    crate::atomic::write_bytes(out, &bytes)
}

/// Writes the HSDS 3.0 export (JSON pages and the tabular package) into the folder `out`.
pub fn write_hsds(
    services: &[Service],
    out: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<PathBuf>> {
    hsds::export::write(services, out, progress)
}

/// Every record of a directory database, for export.
pub fn directory_services(path: &Path) -> Result<Vec<Service>> {
    let dir = crate::store::Directory::open(path)?;
    let all: Result<Vec<Service>> = dir.iter()?.collect();
    all
}

/// Reads and places a source for export; refuses it when it has errors (the findings are
/// returned as [`crate::source::SourceErrors`]). Places that can't be put on the map are
/// warnings here.
pub fn placed_services(
    path: &Path,
    gaz: &Gazetteer,
    opts: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<(Vec<Service>, Vec<Finding>)> {
    let src = load(path, opts, progress)?;
    let mut findings = src.findings;
    let mut loaded = src.loaded;
    let (_, mut placing) = validate::place(&mut loaded, gaz)?;
    // Exports carry a place's address whether or not it could be put on the map (GeoJSON
    // leaves it out, and the caller says so): a warning here, not a refusal.
    for f in placing.iter_mut() {
        if PLACEMENT_CODES.contains(&f.diagnostic.code) {
            f.diagnostic.severity = Severity::Warning;
        }
    }
    findings.extend(placing);
    if findings.iter().any(Finding::is_error) {
        return Err(crate::source::SourceErrors(
            findings.into_iter().map(|f| f.diagnostic).collect(),
        )
        .into());
    }
    Ok((loaded.services, findings))
}
