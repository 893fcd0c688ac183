//! HSDS 1.x and 2.x CSV packages, renamed into 3.0 tables. Real systems still export them:
//! `services_at_location.csv`, `physical_addresses.csv` / `postal_addresses.csv`,
//! `regular_schedules.csv` (one row per weekday), `eligibility.csv`, `taxonomy.csv` +
//! `services_taxonomy.csv`, `languages.csv` with language names.
//!
//! What 3.0 has no table for (`holiday_schedules`, `payment_accepted`...) is attached to its
//! service, location or organization as a list under the file's name, so it is kept with
//! the record and exported again.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{Map, Value};

use super::read::{add_rows, read_csv_rows, Input};
use super::tables::{short, Origin};
use super::vocab;

type Cells = BTreeMap<String, String>;

/// Reads the CSV files of a legacy package into `input`.
pub fn read(csvs: &[(&PathBuf, &Vec<u8>, String)], input: &mut Input) {
    let mut eligibility: Vec<(Cells, Origin)> = Vec::new();
    let mut kept: Vec<(String, Cells, Origin)> = Vec::new();
    let mut sal_seen = false;
    // Tables first, links after: 3.0 rows must exist before the kept lists attach to them.
    for (path, bytes, name) in csvs {
        let rows = read_csv_rows(path, bytes, &mut input.findings);
        let stem = name.trim_end_matches(".csv").to_string();
        let rename = |rows: Vec<(Cells, Origin)>, f: &dyn Fn(&mut Cells, &Origin)| {
            rows.into_iter()
                .map(|(mut c, o)| {
                    f(&mut c, &o);
                    (c, o)
                })
                .collect::<Vec<_>>()
        };
        let (table, rows): (&str, Vec<(Cells, Origin)>) = match stem.as_str() {
            "organizations" | "organization" => (
                "organization",
                rename(rows, &|c, _| mv(c, "url", "website")),
            ),
            "programs" | "program" => ("program", rows),
            "services" | "service" => ("service", rows),
            "locations" | "location" => ("location", rows),
            "services_at_location" | "service_at_location" | "services_at_locations" => {
                sal_seen = true;
                ("service_at_location", rows)
            }
            "phones" | "phone" => ("phone", rows),
            "physical_addresses" => (
                "address",
                rename(rows, &|c, _| set(c, "address_type", "physical")),
            ),
            "postal_addresses" => (
                "address",
                rename(rows, &|c, _| set(c, "address_type", "postal")),
            ),
            "regular_schedules" => {
                let mut out = Vec::new();
                for (mut c, o) in rows {
                    if let Some(w) = c.remove("weekday") {
                        match vocab::weekday(&w) {
                            Some(d) => {
                                c.insert(
                                    "byday".into(),
                                    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][d].into(),
                                );
                            }
                            None => {
                                input.findings.push(o.at("weekday").error(
                                    "bad-type",
                                    "data-bad-type",
                                    &[
                                        ("table", "regular_schedules".into()),
                                        ("field", "weekday".into()),
                                        ("expected", "a day of the week".into()),
                                        ("value", short(&w)),
                                    ],
                                ));
                                continue;
                            }
                        }
                    }
                    set(&mut c, "freq", "WEEKLY");
                    out.push((c, o));
                }
                ("schedule", out)
            }
            "eligibility" => {
                eligibility.extend(rows);
                continue;
            }
            "languages" | "language" => (
                "language",
                rename(rows, &|c, _| {
                    if let Some(l) = c.remove("language") {
                        if let Some(code) = vocab::language_code(&l) {
                            c.entry("code".into()).or_insert(code);
                        }
                        c.entry("name".into()).or_insert(l);
                    }
                }),
            ),
            "required_documents" | "required_document" => ("required_document", rows),
            "service_area" | "service_areas" => (
                "service_area",
                rename(rows, &|c, _| mv(c, "service_area", "name")),
            ),
            "accessibility_for_disabilities" | "accessibility" => (
                "accessibility",
                rename(rows, &|c, _| mv(c, "accessibility", "description")),
            ),
            "taxonomy" | "taxonomies" if !has_col(&rows, "uri") => (
                "taxonomy_term",
                rename(rows, &|c, _| {
                    mv(c, "vocabulary", "taxonomy");
                    if let Some(n) = c.get("name").cloned() {
                        c.entry("description".into()).or_insert(n);
                    }
                }),
            ),
            "taxonomy_terms" | "taxonomy_term" => (
                "taxonomy_term",
                rename(rows, &|c, _| {
                    mv(c, "term", "name");
                    if let Some(n) = c.get("name").cloned() {
                        c.entry("description".into()).or_insert(n);
                    }
                }),
            ),
            "services_taxonomy" | "service_taxonomy" | "service_attributes" => (
                "attribute",
                rename(rows, &|c, o| {
                    mv(c, "service_id", "link_id");
                    mv(c, "taxonomy_id", "taxonomy_term_id");
                    mv(c, "taxonomy_detail", "value");
                    set(c, "link_entity", "service");
                    if !c.contains_key("id") {
                        c.insert("id".into(), format!("{}:{}", o.file.display(), o.line));
                    }
                }),
            ),
            "contacts" | "contact" => ("contact", rows),
            "funding" => ("funding", rows),
            "metadata" => ("metadata", rows),
            "meta_table_description" | "meta_table_descriptions" => {
                ("meta_table_description", rows)
            }
            _ => {
                kept.extend(rows.into_iter().map(|(c, o)| (stem.clone(), c, o)));
                continue;
            }
        };
        // Rows without an id (common in 1.x child tables) are named by their place.
        let rows = rows
            .into_iter()
            .map(|(mut c, o)| {
                if !c.contains_key("id") {
                    c.insert("id".into(), format!("{}:{}", o.file.display(), o.line));
                }
                (c, o)
            })
            .collect();
        add_rows(table, rows, input);
    }
    // HSDS 1.0 linked a service to one location on the service row.
    if !sal_seen {
        let mut sal = Vec::new();
        for s in input.tables.table("service") {
            if let (Some(sid), Some(lid)) = (s.str("id"), s.str("location_id")) {
                let mut c = Cells::new();
                c.insert("id".into(), format!("{sid}@{lid}"));
                c.insert("service_id".into(), sid.to_string());
                c.insert("location_id".into(), lid.to_string());
                sal.push((c, s.origin.clone()));
            }
        }
        add_rows("service_at_location", sal, input);
    }
    // Eligibility text becomes the service's 3.0 eligibility_description.
    for (c, o) in eligibility {
        let (Some(sid), Some(text)) = (c.get("service_id"), c.get("eligibility")) else {
            continue;
        };
        if !attach_text(input, "service", sid, "eligibility_description", text) {
            input.findings.push(o.at("service_id").error(
                "unknown-reference",
                "data-unknown-reference",
                &[
                    ("table", "eligibility".into()),
                    ("field", "service_id".into()),
                    ("target", "service".into()),
                    ("value", short(sid)),
                ],
            ));
        }
    }
    // Tables 3.0 has no place for: kept as lists on their owner.
    for (stem, c, o) in kept {
        let owner = [
            ("service_id", "service"),
            ("location_id", "location"),
            ("organization_id", "organization"),
        ]
        .into_iter()
        .find_map(|(f, t)| c.get(f).map(|v| (t, v.clone())));
        let obj: Map<String, Value> = c
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        let attached = owner.is_some_and(|(t, id)| attach_item(input, t, &id, &stem, obj));
        if !attached {
            input.findings.push(o.row().warning(
                "unknown-table",
                "data-unknown-table",
                &[("table", format!("{stem}.csv"))],
            ));
        }
    }
}

fn has_col(rows: &[(Cells, Origin)], col: &str) -> bool {
    rows.first()
        .and_then(|(_, o)| o.header.as_ref())
        .is_some_and(|h| h.iter().any(|c| c == col))
}

fn mv(c: &mut Cells, from: &str, to: &str) {
    if let Some(v) = c.remove(from) {
        c.entry(to.to_string()).or_insert(v);
    }
}

fn set(c: &mut Cells, k: &str, v: &str) {
    c.entry(k.to_string()).or_insert_with(|| v.to_string());
}

fn attach_text(input: &mut Input, table: &str, id: &str, field: &str, text: &str) -> bool {
    let Some(rows) = input.tables.rows.get_mut(table) else {
        return false;
    };
    let Some(r) = rows.iter_mut().find(|r| r.id() == Some(id)) else {
        return false;
    };
    let v = match r.fields.get(field).and_then(Value::as_str) {
        Some(prev) => format!("{prev}; {}", text.trim()),
        None => text.trim().to_string(),
    };
    r.fields.insert(field.to_string(), Value::String(v));
    true
}

fn attach_item(
    input: &mut Input,
    table: &str,
    id: &str,
    key: &str,
    obj: Map<String, Value>,
) -> bool {
    let Some(rows) = input.tables.rows.get_mut(table) else {
        return false;
    };
    let Some(r) = rows.iter_mut().find(|r| r.id() == Some(id)) else {
        return false;
    };
    match r
        .fields
        .entry(key.to_string())
        .or_insert(Value::Array(Vec::new()))
    {
        Value::Array(a) => a.push(Value::Object(obj)),
        _ => return false,
    }
    true
}
