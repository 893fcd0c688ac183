//! Reading HSDS files into [`Tables`]: HSDS 3.0 JSON (a service, organization or
//! service_at_location, alone, in a list or in an API page; the `tabular.json` form), the
//! 3.0 tabular CSV package, and the older 1.x/2.x CSV packages (`regular_schedules`,
//! `physical_addresses`, `postal_addresses`, `eligibility`, `services_taxonomy`...), which
//! are renamed into 3.0 tables here so everything after this sees one shape.
//!
//! Problems in the files themselves (not valid JSON or CSV, broken UTF-8, a field over
//! [`MAX_FIELD_BYTES`], a value of the wrong type, a link to a row that isn't there) are
//! errors located at file, line and column: the data would be misread or lost, so nothing
//! is imported.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{Map, Value};

use super::spec;
use super::tables::{coerce, file_arc, flatten, short, Origin, Row, Tables};
use super::Format;
use crate::report::{At, Finding};
use crate::source::MAX_FIELD_BYTES;

/// What was read.
#[derive(Debug, Default)]
pub struct Input {
    /// The rows.
    pub tables: Tables,
    /// Problems found while reading.
    pub findings: Vec<Finding>,
}

/// Reads a JSON file's bytes.
pub fn read_json(file: &Path, bytes: &[u8], input: &mut Input) {
    let at = At::file(file);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let (line, col) = line_col(bytes, e.valid_up_to());
            input.findings.push(
                At {
                    row: Some(line),
                    column: Some(col),
                    ..at
                }
                .error("bad-utf8", "data-bad-utf8", &[]),
            );
            return;
        }
    };
    let root: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            input.findings.push(
                At {
                    row: Some(e.line() as u64),
                    column: Some(e.column()),
                    ..at
                }
                .error("bad-json", "data-bad-json", &[("reason", e.to_string())]),
            );
            return;
        }
    };
    // Where an id first appears: the line an NGO looks at for that object. One pass over
    // the text: every string literal's first line.
    let lines = string_lines(text);
    let line_of = |id: &str| -> u64 { lines.get(id).copied().unwrap_or(0) };
    let origin = Origin {
        file: file_arc(file),
        line: 0,
        header: None,
        pointer: None,
    };
    check_sizes(&root, "", &origin, &mut input.findings);
    let mut items: Vec<(String, &Map<String, Value>, Option<&'static str>)> = Vec::new();
    match &root {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                if let Value::Object(o) = x {
                    items.push((format!("/{i}"), o, None));
                }
            }
        }
        Value::Object(o) if o.get("contents").is_some_and(Value::is_array) => {
            if let Some(Value::Array(a)) = o.get("contents") {
                for (i, x) in a.iter().enumerate() {
                    if let Value::Object(o) = x {
                        items.push((format!("/contents/{i}"), o, None));
                    }
                }
            }
        }
        Value::Object(o) if o.keys().any(|k| k.ends_with(".csv")) => {
            // The tabular form written as JSON: {"services.csv": [rows], ...}.
            for (k, v) in o {
                let Some(t) = spec::table_for_path(k) else {
                    input.findings.push(at.field(format!("/{k}")).warning(
                        "unknown-table",
                        "data-unknown-table",
                        &[("table", k.clone())],
                    ));
                    continue;
                };
                if let Value::Array(a) = v {
                    for (i, x) in a.iter().enumerate() {
                        if let Value::Object(o) = x {
                            items.push((format!("/{k}/{i}"), o, Some(t.name)));
                        }
                    }
                }
            }
        }
        Value::Object(o) => items.push((String::new(), o, None)),
        _ => {}
    }
    if items.is_empty() {
        input
            .findings
            .push(at.error("no-records", "data-no-records", &[]));
        return;
    }
    for (ptr, obj, table) in items {
        let table = match table
            .or_else(|| classify(obj))
            .or_else(|| kind_from_name(file))
        {
            Some(t) => t,
            None => {
                input.findings.push(at.field(ptr.clone()).error(
                    "unknown-object",
                    "data-unknown-object",
                    &[],
                ));
                continue;
            }
        };
        flatten(
            table,
            obj,
            &origin,
            &ptr,
            &mut input.tables,
            &mut input.findings,
            &line_of,
        );
    }
}

/// The first line of every string literal (and bare number) in a JSON text, by its raw
/// contents. Escaped strings are left out: ids rarely hold escapes.
fn string_lines(text: &str) -> std::collections::HashMap<&str, u64> {
    let mut out = std::collections::HashMap::new();
    let b = text.as_bytes();
    let (mut i, mut line) = (0usize, 1u64);
    while i < b.len() {
        match b[i] {
            b'\n' => line += 1,
            b'"' => {
                let start = i + 1;
                let mut j = start;
                let mut escaped = false;
                while j < b.len() && b[j] != b'"' {
                    if b[j] == b'\\' {
                        escaped = true;
                        j += 1;
                    } else if b[j] == b'\n' {
                        line += 1;
                    }
                    j += 1;
                }
                if !escaped && j <= b.len() {
                    if let Some(s) = text.get(start..j) {
                        out.entry(s).or_insert(line);
                    }
                }
                i = j;
            }
            b'0'..=b'9' => {
                let start = i;
                while i + 1 < b.len() && b[i + 1].is_ascii_digit() {
                    i += 1;
                }
                if let Some(s) = text.get(start..=i) {
                    out.entry(s).or_insert(line);
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The kind a file's name promises (`organizations.json`, as Ponte's own export and HSDS
/// API dumps name their pages), for objects whose keys alone could be any kind: a bare
/// organization is just an id, a name and a description.
fn kind_from_name(file: &Path) -> Option<&'static str> {
    let stem = file.file_stem()?.to_str()?.to_ascii_lowercase();
    match stem.trim_end_matches('s') {
        "service" => Some("service"),
        "organization" | "organisation" => Some("organization"),
        "location" => Some("location"),
        "service_at_location" => Some("service_at_location"),
        "taxonomy_term" => Some("taxonomy_term"),
        _ => None,
    }
}

/// Which HSDS object a top-level JSON object is, from the keys only that kind has.
fn classify(o: &Map<String, Value>) -> Option<&'static str> {
    let has = |k: &str| o.contains_key(k);
    if (has("service") && o["service"].is_object())
        || (has("location") && o["location"].is_object())
        || (has("service_id") && has("location_id") && !has("name"))
    {
        Some("service_at_location")
    } else if has("status")
        || has("service_at_locations")
        || has("organization")
        || has("required_documents")
        || has("cost_options")
        || has("eligibility_description")
    {
        Some("service")
    } else if has("services")
        || has("locations")
        || has("organization_identifiers")
        || has("year_incorporated")
        || has("legal_status")
        || has("tax_id")
    {
        Some("organization")
    } else if has("location_type") || has("latitude") || has("addresses") {
        Some("location")
    } else if has("term_uri") || has("taxonomy") || has("taxonomy_detail") {
        Some("taxonomy_term")
    } else {
        None
    }
}

/// Every string in a JSON document within [`MAX_FIELD_BYTES`].
fn check_sizes(v: &Value, ptr: &str, origin: &Origin, findings: &mut Vec<Finding>) {
    match v {
        Value::String(s) if s.len() > MAX_FIELD_BYTES => findings.push(
            At {
                file: origin.file.to_path_buf(),
                field: Some(ptr.to_string()),
                ..At::default()
            }
            .error(
                "too-long",
                "data-too-long",
                &[
                    ("bytes", s.len().to_string()),
                    ("limit", MAX_FIELD_BYTES.to_string()),
                ],
            ),
        ),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                check_sizes(x, &format!("{ptr}/{i}"), origin, findings);
            }
        }
        Value::Object(o) => {
            for (k, x) in o {
                check_sizes(x, &format!("{ptr}/{k}"), origin, findings);
            }
        }
        _ => {}
    }
}

/// 1-based line and column of a byte offset.
fn line_col(bytes: &[u8], at: usize) -> (u64, usize) {
    let before = &bytes[..at.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() as u64 + 1;
    let col = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
    (line, col)
}

/// One CSV file as rows of text cells with their origin; problems with the file itself go
/// to `findings`.
pub fn read_csv_rows(
    file: &Path,
    bytes: &[u8],
    findings: &mut Vec<Finding>,
) -> Vec<(BTreeMap<String, String>, Origin)> {
    let mut out = Vec::new();
    let at = At::file(file);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = rdr.byte_records();
    let header: Vec<String> = match records.next() {
        None => return out,
        Some(Err(e)) => {
            findings.push(csv_problem(file, &e));
            return out;
        }
        Some(Ok(h)) => {
            let mut cols = Vec::new();
            for (i, raw) in h.iter().enumerate() {
                match std::str::from_utf8(raw) {
                    Ok(s) => {
                        cols.push(s.trim().trim_start_matches('\u{FEFF}').to_ascii_lowercase())
                    }
                    Err(_) => {
                        findings.push(
                            At {
                                row: Some(1),
                                column: Some(i + 1),
                                ..at.clone()
                            }
                            .error("bad-utf8", "data-bad-utf8", &[]),
                        );
                        return out;
                    }
                }
            }
            cols
        }
    };
    let header = Arc::new(header);
    let file_arc = file_arc(file);
    let mut lines = crate::source::Lines::new(bytes);
    for rec in records {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let mut f = csv_problem(file, &e);
                f.diagnostic.row = e.position().map(|p| lines.line_at(p.byte()));
                findings.push(f);
                // A quoting error desynchronises the reader: later rows can't be trusted.
                break;
            }
        };
        let line = rec.position().map(|p| lines.line_at(p.byte())).unwrap_or(0);
        if rec.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let here = At {
            row: Some(line),
            ..at.clone()
        };
        if rec.len() != header.len() {
            findings.push(here.error(
                "bad-csv",
                "data-cell-count",
                &[
                    ("cells", rec.len().to_string()),
                    ("columns", header.len().to_string()),
                ],
            ));
            continue;
        }
        let mut cells = BTreeMap::new();
        for (i, raw) in rec.iter().enumerate() {
            let cell = At {
                column: Some(i + 1),
                field: header.get(i).cloned(),
                ..here.clone()
            };
            if raw.len() > MAX_FIELD_BYTES {
                findings.push(cell.error(
                    "too-long",
                    "data-too-long",
                    &[
                        ("bytes", raw.len().to_string()),
                        ("limit", MAX_FIELD_BYTES.to_string()),
                    ],
                ));
                continue;
            }
            match std::str::from_utf8(raw) {
                Ok(s) => {
                    if !s.trim().is_empty() {
                        cells.insert(header[i].clone(), s.to_string());
                    }
                }
                Err(_) => findings.push(cell.error("bad-utf8", "data-bad-utf8", &[])),
            }
        }
        out.push((
            cells,
            Origin {
                file: file_arc.clone(),
                line,
                header: Some(header.clone()),
                pointer: None,
            },
        ));
    }
    out
}

fn csv_problem(file: &Path, e: &csv::Error) -> Finding {
    let line = e.position().map(|p| p.line());
    At {
        file: file.to_path_buf(),
        row: line,
        ..At::default()
    }
    .error("bad-csv", "data-bad-csv", &[("reason", e.to_string())])
}

/// Adds CSV rows to `table`, converting cells to the field types of HSDS 3.0.
pub fn add_rows(table: &str, rows: Vec<(BTreeMap<String, String>, Origin)>, input: &mut Input) {
    for (cells, origin) in rows {
        let mut fields = Map::new();
        for (k, v) in cells {
            match coerce(table, &k, Value::String(v.clone())) {
                Ok(Some(v)) => {
                    fields.insert(k, v);
                }
                Ok(None) => {}
                Err(expected) => input.findings.push(origin.at(&k).error(
                    "bad-type",
                    "data-bad-type",
                    &[
                        ("table", table.to_string()),
                        ("field", k.clone()),
                        ("expected", expected.to_string()),
                        ("value", short(&v)),
                    ],
                )),
            }
        }
        // In a table, an id names one row: a second row with it would silently merge.
        if let Some(id) = fields.get("id").and_then(Value::as_str) {
            if input.tables.has(table, id) {
                input.findings.push(origin.at("id").error(
                    "duplicate-id",
                    "data-duplicate-row",
                    &[("table", table.to_string()), ("value", short(id))],
                ));
                continue;
            }
        }
        input.tables.add(table, Row { fields, origin });
    }
}

/// File names that only the 1.x/2.x packages use.
const LEGACY_FILES: &[&str] = &[
    "regular_schedules.csv",
    "holiday_schedules.csv",
    "physical_addresses.csv",
    "postal_addresses.csv",
    "services_at_location.csv",
    "eligibility.csv",
    "services_taxonomy.csv",
    "service_taxonomy.csv",
    "taxonomy.csv",
    "accessibility_for_disabilities.csv",
    "service_area.csv",
    "service_attributes.csv",
    "payment_accepted.csv",
    "interpretation_services.csv",
];

/// Whether a package (by its CSV file names and `datapackage.json` version) is 1.x/2.x.
pub fn is_legacy(names: &[String], datapackage: Option<&Value>) -> bool {
    if let Some(v) = datapackage
        .and_then(|d| d.get("version"))
        .and_then(Value::as_str)
    {
        if v.starts_with("1.") || v.starts_with("2.") {
            return true;
        }
        if v.starts_with('3') {
            return false;
        }
    }
    names
        .iter()
        .any(|n| LEGACY_FILES.contains(&n.to_ascii_lowercase().as_str()))
}

/// Reads a CSV package from its files: `(file name, bytes)` pairs, `datapackage.json`
/// among them or not. Returns the format found.
pub fn read_package(files: &[(PathBuf, Vec<u8>)], input: &mut Input) -> Format {
    let mut dp: Option<Value> = None;
    let mut csvs: Vec<(&PathBuf, &Vec<u8>, String)> = Vec::new();
    for (p, b) in files {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if name == "datapackage.json" {
            // The spec's own example folder holds a link-like text file here; only a JSON
            // object is a data package.
            dp = serde_json::from_slice::<Value>(b)
                .ok()
                .filter(Value::is_object);
        } else if name.ends_with(".csv") {
            csvs.push((p, b, name));
        }
    }
    let names: Vec<String> = csvs.iter().map(|(_, _, n)| n.clone()).collect();
    let legacy = is_legacy(&names, dp.as_ref());
    if legacy {
        super::legacy::read(&csvs, input);
        return Format::Legacy;
    }
    for (p, b, name) in csvs {
        let Some(t) = spec::table_for_path(&name) else {
            input.findings.push(At::file(p).warning(
                "unknown-table",
                "data-unknown-table",
                &[("table", name.clone())],
            ));
            continue;
        };
        let rows = read_csv_rows(p, b, &mut input.findings);
        add_rows(t.name, rows, input);
    }
    Format::Tabular
}

/// Checks every link between rows. A link Ponte follows to build a service point
/// (service_at_location → service or location) or a row that would belong to nothing
/// (a phone, schedule, address... whose every link points nowhere: its data would be lost)
/// is an error. Any other dangling link (a location's organization, a term's taxonomy) is a
/// warning: the value is kept as written.
pub fn check_links(t: &Tables) -> Vec<Finding> {
    let mut out = Vec::new();
    for (table, rows) in &t.rows {
        let Some(def) = spec::table(table) else {
            continue;
        };
        for r in rows {
            let mut links = 0;
            let mut dangling: Vec<(&str, &str, &str)> = Vec::new();
            for (field, target) in def.foreign_keys {
                let Some(v) = r.str(field) else { continue };
                links += 1;
                if !t.has(target, v) {
                    dangling.push((field, target, v));
                }
            }
            let needed = table == "service_at_location";
            let owned = matches!(
                table.as_str(),
                "phone"
                    | "schedule"
                    | "address"
                    | "language"
                    | "required_document"
                    | "cost_option"
                    | "service_area"
                    | "accessibility"
                    | "contact"
                    | "funding"
                    | "program"
                    | "organization_identifier"
            );
            let orphan = owned && links > 0 && dangling.len() == links;
            for (field, target, v) in &dangling {
                let args = [
                    ("table", table.clone()),
                    ("field", field.to_string()),
                    ("target", target.to_string()),
                    ("value", short(v)),
                ];
                let at = r.origin.at(field);
                out.push(if needed || orphan {
                    at.error("unknown-reference", "data-unknown-reference", &args)
                } else {
                    at.warning("dangling-reference", "data-dangling-reference", &args)
                });
            }
            if table == "attribute" {
                if let Some(link) = r.str("link_id") {
                    let entity = r.str("link_entity").unwrap_or("");
                    let known_entity = spec::table(entity).is_some();
                    let found = if known_entity {
                        t.has(entity, link)
                    } else {
                        t.rows.keys().any(|tb| t.has(tb, link))
                    };
                    if !found {
                        let args = [
                            ("table", table.clone()),
                            ("field", "link_id".to_string()),
                            ("target", entity.to_string()),
                            ("value", short(link)),
                        ];
                        let at = r.origin.at("link_id");
                        out.push(if known_entity {
                            at.error("unknown-reference", "data-unknown-reference", &args)
                        } else {
                            at.warning("dangling-reference", "data-dangling-reference", &args)
                        });
                    }
                }
            }
        }
    }
    out
}
