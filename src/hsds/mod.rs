//! Open Referral HSDS in and out: the standard that NGOs and 211-style systems keep
//! service data in.
//!
//! Import reads HSDS 3.0 JSON (service, organization or service_at_location; one, a list,
//! or an API page), the 3.0 tabular CSV package, and the older 1.x/2.x CSV packages
//! ([`read`], [`legacy`]) into one set of 3.0 tables ([`tables`]), checks every link, and
//! maps each service_at_location to a Ponte [`Service`] ([`map`]) through the same parser
//! as the spreadsheet template. Export ([`export`]) writes 3.0 JSON and the tabular package;
//! Ponte's own fields travel as HSDS attributes of the taxonomy [`PONTE_TAXONOMY`], and
//! what Ponte does not model is carried in `extra` and written back, so
//! import → export → import gives the same records.
//!
//! Data flow:
//! ```text
//! JSON ──flatten──┐
//! 3.0 CSV ────────┼─▶ Tables ─check_links─▶ nest per service ─▶ template cells ─▶ source::parse_cells ─▶ Service
//! 1.x CSV ─rename─┘
//! Service ─▶ template cells ─▶ nested 3.0 service ─┬─▶ JSON page
//!                                                   └─flatten─▶ Tables ─▶ CSV package
//! ```
//! Errors in the files (syntax, types, links, sizes, UTF-8) mean nothing is imported.

pub mod export;
pub mod legacy;
pub mod map;
pub mod read;
pub mod spec;
pub mod tables;
pub mod vocab;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Context, Result};
use crate::model::Service;
use crate::report::{At, Finding};

/// Taxonomy name of Ponte's attributes: one term per template column (`asks_status`,
/// `source`, `name:ar`...), the value in the attribute's `value`.
pub const PONTE_TAXONOMY: &str = "ponte";
/// Taxonomy name of Ponte's needs: one term per need code (`legal-aid.regularisation`).
pub const NEEDS_TAXONOMY: &str = "ponte-needs";
/// URI of the Ponte taxonomy; each term's `term_uri` is this, `#`, and the column.
pub const PONTE_TAXONOMY_URI: &str = "urn:ponte:taxonomy:template-columns:1";
/// URI of the Ponte needs taxonomy; each term's `term_uri` is this, `#`, and the need code.
pub const NEEDS_TAXONOMY_URI: &str = "urn:ponte:taxonomy:needs:1";

/// Which form the input was in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// HSDS 3.0 JSON.
    Json,
    /// HSDS 3.0 tabular CSV package.
    Tabular,
    /// HSDS 1.x/2.x CSV package.
    Legacy,
}

/// What a person tells the importer that the data doesn't say.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Language the texts are written in (HSDS doesn't say); default English, with a warning.
    pub lang: Option<String>,
    /// Country of records whose address gives none (ISO 3166-1 alpha-2).
    pub country: Option<String>,
    /// Where the data set comes from (a URL); default: the file name. Each record adds its
    /// HSDS id.
    pub source: Option<String>,
    /// Date the person asserts the records were confirmed, for records whose HSDS gives no
    /// `assured_date` or `last_modified`. Never used over a date the data gives.
    pub verified_at: Option<String>,
    /// Prefix for Ponte ids made from HSDS ids (`ngo` → `ngo-<id>`).
    pub id_prefix: Option<String>,
}

/// How far a long import or export has got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// Reading a file.
    Reading {
        /// The file.
        file: PathBuf,
    },
    /// Records mapped so far.
    Mapping {
        /// Done.
        done: usize,
        /// Of.
        total: usize,
    },
    /// Records placed so far.
    Placing {
        /// Done.
        done: usize,
        /// Of.
        total: usize,
    },
    /// Records written so far.
    Writing {
        /// Done.
        done: usize,
        /// Of.
        total: usize,
    },
}

/// An import's result: records with where they came from, and every finding. Check
/// [`Imported::has_errors`] before using the records.
#[derive(Debug, Default)]
pub struct Imported {
    /// The records.
    pub services: Vec<Service>,
    /// File and line of each record.
    pub origins: Vec<(PathBuf, u64)>,
    /// Problems found.
    pub findings: Vec<Finding>,
    /// The input's form.
    pub format: Option<Format>,
}

impl Imported {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(Finding::is_error)
    }

    /// The records as the template reader returns them, for placement and building.
    pub fn into_loaded(self) -> (crate::source::Loaded, Vec<Finding>) {
        (
            crate::source::Loaded {
                services: self.services,
                origins: self.origins,
                diagnostics: Vec::new(),
            },
            self.findings,
        )
    }
}

/// A stable UUID (RFC 9562 version 8, name-based with FNV-1a 128) for `kind` + `name`:
/// the same record always gets the same HSDS ids, so exports diff cleanly.
pub fn uuid_for(kind: &str, name: &str) -> String {
    let mut h: u128 = 0x6c62272e07bb014262b821756295c58d;
    for b in kind.bytes().chain([0u8]).chain(name.bytes()) {
        h ^= u128::from(b);
        h = h.wrapping_mul(0x0000000001000000000000000000013B);
    }
    let mut b = h.to_be_bytes();
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Imports HSDS from bytes of one JSON file (`name` is used in messages). The entry point
/// for fuzzing: never panics, whatever the bytes.
pub fn import_json_bytes(name: &Path, bytes: &[u8], opts: &ImportOptions) -> Imported {
    let mut input = read::Input::default();
    read::read_json(name, bytes, &mut input);
    finish(input, Format::Json, opts, &mut |_| {})
}

/// Imports an HSDS CSV package (3.0 or legacy) from its files' bytes: `(file name,
/// bytes)`, `datapackage.json` among them or not. The entry point for fuzzing.
pub fn import_package_bytes(files: &[(PathBuf, Vec<u8>)], opts: &ImportOptions) -> Imported {
    let mut input = read::Input::default();
    let format = read::read_package(files, &mut input);
    finish(input, format, opts, &mut |_| {})
}

/// Imports HSDS from a path: a `.json` file, or a folder holding a CSV package (or JSON
/// files). `progress` hears how far it has got.
pub fn import_path(
    path: &Path,
    opts: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Imported> {
    let mut input = read::Input::default();
    let format;
    if path.is_dir() {
        let mut files = Vec::new();
        let mut jsons = Vec::new();
        for e in std::fs::read_dir(path).at(path)? {
            let p = e.at(path)?.path();
            let ext = p
                .extension()
                .map(|x| x.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            let is_dp = p.file_name().is_some_and(|n| n == "datapackage.json");
            if ext == "csv" || is_dp {
                files.push(p);
            } else if ext == "json" {
                jsons.push(p);
            }
        }
        files.sort();
        jsons.sort();
        if files
            .iter()
            .any(|f| f.extension().is_some_and(|x| x == "csv"))
        {
            let mut loaded = Vec::new();
            for f in files {
                progress(Progress::Reading { file: f.clone() });
                loaded.push((f.clone(), std::fs::read(&f).at(&f)?));
            }
            format = read::read_package(&loaded, &mut input);
        } else {
            for f in jsons {
                progress(Progress::Reading { file: f.clone() });
                let bytes = std::fs::read(&f).at(&f)?;
                read::read_json(&f, &bytes, &mut input);
            }
            format = Format::Json;
        }
    } else {
        progress(Progress::Reading {
            file: path.to_path_buf(),
        });
        let bytes = std::fs::read(path).at(path)?;
        read::read_json(path, &bytes, &mut input);
        format = Format::Json;
    }
    Ok(finish(input, format, opts, progress))
}

fn finish(
    mut input: read::Input,
    format: Format,
    opts: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Imported {
    let mut findings = std::mem::take(&mut input.findings);
    findings.extend(read::check_links(&input.tables));
    if findings.iter().any(Finding::is_error) {
        // The files can't be read as they are: don't map half a data set.
        return Imported {
            findings,
            format: Some(format),
            ..Imported::default()
        };
    }
    if input.tables.table("service").is_empty() {
        let file = input
            .tables
            .rows
            .values()
            .flatten()
            .next()
            .map(|r| r.origin.file.to_path_buf())
            .unwrap_or_default();
        findings.push(At::file(&file).warning("no-services", "data-no-services", &[]));
    }
    let mapped = map::map(&input.tables, opts, progress);
    findings.extend(mapped.findings);
    if opts.lang.is_none() && !mapped.services.is_empty() {
        let file = mapped.origins[0].0.clone();
        findings.push(At::file(&file).warning(
            "assumed-language",
            "data-assumed-language",
            &[("lang", "en".into())],
        ));
    }
    // Two HSDS records that map to one Ponte id would overwrite each other.
    let mut seen: std::collections::HashMap<String, (PathBuf, u64)> =
        std::collections::HashMap::new();
    let (mut services, mut origins) = (Vec::new(), Vec::new());
    for (s, o) in mapped.services.into_iter().zip(mapped.origins) {
        if let Some((f, line)) = seen.get(&s.id) {
            findings.push(
                At {
                    file: o.0.clone(),
                    row: (o.1 > 0).then_some(o.1),
                    field: Some("id".into()),
                    id: Some(s.id.clone()),
                    ..At::default()
                }
                .error(
                    "duplicate-id",
                    "data-duplicate-id",
                    &[
                        ("value", s.id.clone()),
                        ("other", format!("{}:{line}", f.display())),
                    ],
                ),
            );
            continue;
        }
        seen.insert(s.id.clone(), o.clone());
        services.push(s);
        origins.push(o);
    }
    Imported {
        services,
        origins,
        findings,
        format: Some(format),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_stable_well_formed_and_distinct() {
        let a = uuid_for("service", "pt-cnaim-lisboa");
        assert_eq!(a, uuid_for("service", "pt-cnaim-lisboa"));
        assert_ne!(a, uuid_for("location", "pt-cnaim-lisboa"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "8");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"));
    }
}
