//! Ponte → HSDS 3.0: full service objects (JSON, as the API's `/services/{id}` gives them),
//! an API-style page of them, the organization list, and the tabular CSV package with its
//! `datapackage.json`.
//!
//! Records that came from one HSDS service (same `hsds.service.id`) become one service with
//! a service_at_location each. What Ponte kept in `extra` is written back where it came
//! from. Standard fields carry what they can (name, description, address, coordinates,
//! phones, weekly hours, languages, documents); every Ponte-specific fact, and any value
//! the standard fields would not give back exactly, goes in an attribute of the Ponte
//! taxonomy on the service_at_location. Export checks this by importing each record back.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::{json, Map, Value};

use super::map::{record_cells, Cells};
use super::spec::{self, FieldType};
use super::tables::{flatten, nesting, Origin, Tables};
use super::vocab;
use super::{
    uuid_for, ImportOptions, Progress, NEEDS_TAXONOMY, NEEDS_TAXONOMY_URI, PONTE_TAXONOMY,
    PONTE_TAXONOMY_URI,
};
use crate::error::{Context, Error, Result};
use crate::model::Service;
use crate::report::At;
use crate::source::to_cells;

/// Template columns with no home in HSDS: always written as Ponte attributes when set.
const PONTE_ONLY: &[&str] = &[
    "id",
    "kind",
    "lang",
    "serves",
    "one_stop_shop",
    "asks_status",
    "asks_documents",
    "shares_with_immigration",
    "free_of_charge",
    "appointment_needed",
    "walk_in",
    "geonames_id",
    "geo_precision",
    "uncertainty_m",
    "timezone",
    "source",
    "source_note",
    "verified_at",
];

/// The value of a kept `hsds.<entity>.<field>` as JSON: lists, objects and numbers were
/// kept as JSON text, everything else as text.
fn restored(entity: &str, field: &str, v: &str) -> Value {
    let structured = nesting(entity, field).is_some()
        || spec::table(entity).and_then(|t| t.field_type(field)) == Some(FieldType::Num)
        || ((v.starts_with('[') || v.starts_with('{'))
            && spec::table(entity)
                .and_then(|t| t.field_type(field))
                .is_none());
    if structured {
        if let Ok(j) = serde_json::from_str::<Value>(v) {
            return j;
        }
    }
    Value::String(v.to_string())
}

fn restore(entity: &str, s: &Service) -> Map<String, Value> {
    let prefix = format!("hsds.{entity}.");
    s.extra
        .iter()
        .filter_map(|(k, v)| {
            let f = k.strip_prefix(&prefix)?;
            Some((f.to_string(), restored(entity, f, v)))
        })
        .collect()
}

fn is_uri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut sc = scheme.chars();
    sc.next().is_some_and(|c| c.is_ascii_alphabetic())
        && sc.all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        && !rest.is_empty()
        && !s
            .chars()
            .any(|c| c.is_whitespace() || "<>\"{}|\\^`".contains(c))
        && (!rest.starts_with("//") || rest.len() > 2)
}

fn is_email(s: &str) -> bool {
    let mut parts = s.split('@');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !a.is_empty()
        && b.contains('.')
        && !b.starts_with('.')
        && !b.ends_with('.')
        && !s
            .chars()
            .any(|c| c.is_whitespace() || "<>()[],;:\\\"".contains(c))
}

fn cell<'a>(cells: &'a [(String, String)], col: &str) -> Option<&'a str> {
    cells
        .iter()
        .find(|(c, _)| c == col)
        .map(|(_, v)| v.as_str())
}

/// A term of a Ponte taxonomy. The taxonomy is named in `taxonomy` and its URI starts
/// `term_uri` (`urn:ponte:taxonomy:needs:1#health`): no separate taxonomy object, which
/// would be repeated in every attribute of a JSON export.
fn term(taxonomy: &str, uri: &str, code: &str) -> Value {
    json!({
        "id": uuid_for("taxonomy_term", &format!("{taxonomy}:{code}")),
        "code": code,
        "name": code,
        "description": if taxonomy == NEEDS_TAXONOMY {
            format!("Ponte need {code}")
        } else {
            format!("Ponte column {code}")
        },
        "taxonomy": taxonomy,
        "term_uri": format!("{uri}#{code}"),
    })
}

fn attribute(
    record: &str,
    link_id: &str,
    link_entity: &str,
    taxonomy: &str,
    uri: &str,
    code: &str,
    value: &str,
) -> Value {
    let t = term(taxonomy, uri, code);
    json!({
        "id": uuid_for("attribute", &format!("{record}:{taxonomy}:{code}")),
        "link_id": link_id,
        "link_type": "ponte",
        "link_entity": link_entity,
        "taxonomy_term_id": t["id"],
        "value": value,
        "taxonomy_term": t,
    })
}

/// The nested 3.0 service objects for `services`, grouped by their HSDS service.
pub fn services_json(services: &[Service], progress: &mut dyn FnMut(Progress)) -> Vec<Value> {
    let mut groups: Vec<(String, Vec<&Service>)> = Vec::new();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    for s in services {
        let key = s
            .extra
            .get("hsds.service.id")
            .cloned()
            .unwrap_or_else(|| uuid_for("service", &s.id));
        match index.get(&key) {
            Some(&i) => groups[i].1.push(s),
            None => {
                index.insert(key.clone(), groups.len());
                groups.push((key, vec![s]));
            }
        }
    }
    let total = groups.len();
    groups
        .iter()
        .enumerate()
        .map(|(i, (id, recs))| {
            if i % 100 == 0 {
                progress(Progress::Writing { done: i, total });
            }
            service_object(id, recs)
        })
        .collect()
}

fn service_object(id: &str, recs: &[&Service]) -> Value {
    let first = recs[0];
    let mut svc = restore("service", first);
    svc.insert("id".into(), json!(id));
    svc.insert("name".into(), json!(first.name.value));
    if let Some(d) = &first.description {
        svc.insert("description".into(), json!(d.value));
    }
    if let Some(w) = first.website.as_deref().filter(|w| is_uri(w)) {
        svc.insert("url".into(), json!(w));
    }
    if let Some(e) = first.email.as_deref().filter(|e| is_email(e)) {
        svc.insert("email".into(), json!(e));
    }
    svc.entry("status").or_insert(json!("active"));
    if chrono::NaiveDate::parse_from_str(&first.verified_at, "%Y-%m-%d").is_ok() {
        svc.insert("assured_date".into(), json!(first.verified_at));
    }
    let mut org = restore("organization", first);
    if let Some(name) = &first.organization {
        org.insert("name".into(), json!(name));
        org.entry("id")
            .or_insert_with(|| json!(uuid_for("organization", name)));
    }
    if org.contains_key("name") {
        org.entry("description").or_insert(json!(""));
        svc.insert("organization_id".into(), org["id"].clone());
        svc.insert("organization".into(), Value::Object(org));
    }
    let mut sals = Vec::new();
    for r in recs {
        if r.kind.is_place() {
            sals.push(Value::Object(sal_object(id, r)));
        }
    }
    if !sals.is_empty() {
        svc.insert("service_at_locations".into(), Value::Array(sals));
    }
    // Each record: make the standard fields say what they can, then attributes for the rest.
    for r in recs {
        settle(&mut svc, r);
    }
    Value::Object(svc)
}

fn sal_object(service_id: &str, r: &Service) -> Map<String, Value> {
    let mut sal = restore("service_at_location", r);
    sal.entry("id")
        .or_insert_with(|| json!(uuid_for("service_at_location", &r.id)));
    sal.insert("service_id".into(), json!(service_id));
    let mut loc = restore("location", r);
    loc.entry("id")
        .or_insert_with(|| json!(uuid_for("location", &r.id)));
    loc.entry("location_type").or_insert(json!("physical"));
    if let Some(l) = &r.location {
        loc.insert("latitude".into(), json!(l.point.lat));
        loc.insert("longitude".into(), json!(l.point.lon));
    }
    let a = &r.address;
    let mut addresses: Vec<Value> = Vec::new();
    if a.street.is_some() || a.locality.is_some() || a.postal_code.is_some() {
        let mut addr = restore("address", r);
        addr.entry("id")
            .or_insert_with(|| json!(uuid_for("address", &r.id)));
        addr.insert("location_id".into(), loc["id"].clone());
        addr.insert(
            "address_1".into(),
            json!(a.street.clone().unwrap_or_default()),
        );
        addr.insert("city".into(), json!(a.locality.clone().unwrap_or_default()));
        addr.insert(
            "postal_code".into(),
            json!(a.postal_code.clone().unwrap_or_default()),
        );
        addr.insert("country".into(), json!(a.country));
        addr.entry("state_province").or_insert(json!(""));
        addr.entry("address_type").or_insert(json!("physical"));
        addresses.push(Value::Object(addr));
    }
    if let Some(Value::Array(more)) = loc.remove("addresses") {
        addresses.extend(more);
    }
    if !addresses.is_empty() {
        loc.insert("addresses".into(), Value::Array(addresses));
    }
    sal.insert("location_id".into(), loc["id"].clone());
    sal.insert("location".into(), Value::Object(loc));
    sal
}

/// The object that holds record `r`'s own facts: its service_at_location, or the service
/// for a record without a location.
fn own<'a>(svc: &'a mut Map<String, Value>, r: &Service) -> &'a mut Map<String, Value> {
    let sal_id = json!(r
        .extra
        .get("hsds.service_at_location.id")
        .cloned()
        .unwrap_or_else(|| uuid_for("service_at_location", &r.id)));
    let has_sal = svc
        .get("service_at_locations")
        .and_then(Value::as_array)
        .is_some_and(|a| a.iter().any(|x| x.get("id") == Some(&sal_id)));
    if !has_sal {
        return svc;
    }
    let sals = svc
        .get_mut("service_at_locations")
        .and_then(Value::as_array_mut)
        .expect("checked above");
    sals.iter_mut()
        .find(|x| x.get("id") == Some(&sal_id))
        .and_then(Value::as_object_mut)
        .expect("checked above")
}

/// What importing record `r` back from `svc` would give, without Ponte's attributes.
fn reimport(svc: &Map<String, Value>, r: &Service) -> Cells {
    let sal_id = r
        .extra
        .get("hsds.service_at_location.id")
        .cloned()
        .unwrap_or_else(|| uuid_for("service_at_location", &r.id));
    let sal = svc
        .get("service_at_locations")
        .and_then(Value::as_array)
        .and_then(|a| a.iter().find(|x| x.get("id") == Some(&json!(sal_id))))
        .and_then(Value::as_object);
    let at = At::default();
    record_cells(
        svc,
        sal,
        &at,
        &at,
        &ImportOptions::default(),
        false,
        &mut Vec::new(),
    )
}

/// Makes `svc` carry record `r`: replaces kept HSDS lists that no longer say what the
/// record says with ones made from the record, then adds Ponte attributes for whatever the
/// standard fields don't give back.
fn settle(svc: &mut Map<String, Value>, r: &Service) {
    let want = to_cells(r, true);
    let has_sal = r.kind.is_place();
    let got = reimport(svc, r);
    let differs = |col: &str, got: &Cells| got.get(col) != cell(&want, col);
    if differs("phone", &got) {
        remove_list(svc, r, "phones");
        let phones: Vec<Value> = r
            .phones
            .iter()
            .map(|p| {
                let mut o = json!({
                    "id": uuid_for("phone", &format!("{}:{}", r.id, p.number)),
                    "number": p.number,
                });
                if let Some(n) = &p.note {
                    o["description"] = json!(n);
                }
                o
            })
            .collect();
        if !phones.is_empty() {
            own(svc, r).insert("phones".into(), Value::Array(phones));
        }
    }
    if differs("opening_hours", &got) {
        remove_list(svc, r, "schedules");
        if let Some(list) = r.opening_hours.as_deref().and_then(vocab::osm_to_schedules) {
            let sched: Vec<Value> = list
                .into_iter()
                .enumerate()
                .map(|(i, (byday, o, c))| {
                    json!({
                        "id": uuid_for("schedule", &format!("{}:{i}", r.id)),
                        "freq": "WEEKLY",
                        "byday": byday,
                        "opens_at": o,
                        "closes_at": c,
                    })
                })
                .collect();
            own(svc, r).insert("schedules".into(), Value::Array(sched));
        }
    }
    if differs("languages", &got) {
        remove_list(svc, r, "languages");
        let langs: Vec<Value> = r
            .languages
            .iter()
            .map(|l| {
                json!({
                    "id": uuid_for("language", &format!("{}:{l}", r.id)),
                    "code": l,
                    "name": crate::lang::english_name(l).unwrap_or(l),
                })
            })
            .collect();
        if !langs.is_empty() {
            let target: &mut Map<String, Value> = if has_sal {
                location_of(own(svc, r))
            } else {
                svc
            };
            target.insert("languages".into(), Value::Array(langs));
        }
    }
    if differs("what_to_bring", &got) {
        svc.remove("required_documents");
        if let Some(w) = &r.what_to_bring {
            svc.insert(
                "required_documents".into(),
                json!([{ "id": uuid_for("required_document", &r.id), "document": w.value }]),
            );
        }
    }
    // Now what is still not given back goes in attributes.
    let got = reimport(svc, r);
    let link_entity = if has_sal {
        "service_at_location"
    } else {
        "service"
    };
    let holder = own(svc, r);
    let link_id = holder
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let mut attrs: Vec<Value> = match holder.remove("attributes") {
        Some(Value::Array(a)) => a,
        _ => Vec::new(),
    };
    for n in &r.needs {
        attrs.push(attribute(
            &r.id,
            &link_id,
            link_entity,
            NEEDS_TAXONOMY,
            NEEDS_TAXONOMY_URI,
            n.code(),
            n.code(),
        ));
    }
    for (col, v) in &want {
        if col == "needs" || col.starts_with("hsds.") {
            continue;
        }
        let translation = col.contains(':');
        if PONTE_ONLY.contains(&col.as_str()) || translation || got.get(col) != Some(v.as_str()) {
            attrs.push(attribute(
                &r.id,
                &link_id,
                link_entity,
                PONTE_TAXONOMY,
                PONTE_TAXONOMY_URI,
                col,
                v,
            ));
        }
    }
    // A value the standard fields give that the record doesn't have (cleared by an NGO):
    // an empty attribute says "none".
    for (col, _) in &got.cells {
        if col.starts_with("hsds.") || cell(&want, col).is_some() || col == "needs" {
            continue;
        }
        attrs.push(attribute(
            &r.id,
            &link_id,
            link_entity,
            PONTE_TAXONOMY,
            PONTE_TAXONOMY_URI,
            col,
            "",
        ));
    }
    if !attrs.is_empty() {
        holder.insert("attributes".into(), Value::Array(attrs));
    }
}

/// Removes `key` (phones, schedules, languages) from the service and from record `r`'s
/// service_at_location and location, before the record's own list is written.
fn remove_list(svc: &mut Map<String, Value>, r: &Service, key: &str) {
    svc.remove(key);
    let sal_id = json!(r
        .extra
        .get("hsds.service_at_location.id")
        .cloned()
        .unwrap_or_else(|| uuid_for("service_at_location", &r.id)));
    if let Some(Value::Array(sals)) = svc.get_mut("service_at_locations") {
        for x in sals.iter_mut().filter(|x| x.get("id") == Some(&sal_id)) {
            if let Some(o) = x.as_object_mut() {
                o.remove(key);
                if let Some(Value::Object(l)) = o.get_mut("location") {
                    l.remove(key);
                }
            }
        }
    }
}

fn location_of(sal: &mut Map<String, Value>) -> &mut Map<String, Value> {
    if !sal.get("location").is_some_and(Value::is_object) {
        sal.insert("location".into(), json!({}));
    }
    sal.get_mut("location")
        .and_then(Value::as_object_mut)
        .expect("inserted above")
}

/// An API-style page holding `items`.
pub fn page(items: Vec<Value>) -> Value {
    let n = items.len();
    json!({
        "total_items": n,
        "total_pages": 1,
        "page_number": 1,
        "size": n,
        "first_page": true,
        "last_page": true,
        "empty": n == 0,
        "contents": items,
    })
}

/// The organizations of `services` (nested service objects), each once, with their own
/// fields only (the organization list's shape).
pub fn organizations(services: &[Value]) -> Vec<Value> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for s in services {
        let Some(org) = s.get("organization").and_then(Value::as_object) else {
            continue;
        };
        let id = org
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        if !seen.insert(id) {
            continue;
        }
        let own: Map<String, Value> = org
            .iter()
            .filter(|(k, _)| nesting("organization", k).is_none())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        out.push(Value::Object(own));
    }
    out
}

/// The tabular package of nested `services`: `(file name, bytes)` for each CSV with rows,
/// and `datapackage.json` describing them.
pub fn tabular(services: &[Value]) -> Vec<(String, Vec<u8>)> {
    let mut t = Tables::default();
    let origin = Origin::default();
    let mut findings = Vec::new();
    for (i, s) in services.iter().enumerate() {
        if let Value::Object(o) = s {
            flatten(
                "service",
                o,
                &origin,
                &format!("/{i}"),
                &mut t,
                &mut findings,
                &|_| 0,
            );
        }
    }
    let mut files = Vec::new();
    let mut resources = Vec::new();
    let written: BTreeSet<&str> = spec::TABLES
        .iter()
        .filter(|d| !t.table(d.name).is_empty())
        .map(|d| d.name)
        .collect();
    for def in spec::TABLES {
        let rows = t.table(def.name);
        if rows.is_empty() {
            continue;
        }
        let mut header: Vec<String> = def.fields.iter().map(|f| f.0.to_string()).collect();
        let mut more = BTreeSet::new();
        for r in rows {
            for k in r.fields.keys() {
                if def.field_type(k).is_none() {
                    more.insert(k.clone());
                }
            }
        }
        header.extend(more.iter().cloned());
        let mut w = csv::Writer::from_writer(Vec::new());
        let _ = w.write_record(&header);
        for r in rows {
            let rec: Vec<String> = header
                .iter()
                .map(|h| match r.fields.get(h) {
                    None | Some(Value::Null) => String::new(),
                    Some(Value::String(s)) => s.clone(),
                    Some(other) => other.to_string(),
                })
                .collect();
            let _ = w.write_record(&rec);
        }
        let bytes = w.into_inner().unwrap_or_default();
        files.push((def.path.to_string(), bytes));
        let ty = |t: FieldType| match t {
            FieldType::Str => "string",
            FieldType::Num => "number",
            FieldType::Date => "date",
            FieldType::DateTime => "datetime",
            FieldType::Time => "time",
        };
        let mut fields: Vec<Value> = def
            .fields
            .iter()
            .map(|(n, t, req)| json!({"name": n, "type": ty(*t), "constraints": {"required": req}}))
            .collect();
        fields.extend(more.iter().map(|n| json!({"name": n, "type": "string"})));
        let fks: Vec<Value> = def
            .foreign_keys
            .iter()
            .filter(|(_, target)| written.contains(target))
            .map(|(f, target)| json!({"fields": f, "reference": {"resource": target, "fields": "id"}}))
            .collect();
        let mut schema = json!({"primaryKey": "id", "fields": fields});
        if !fks.is_empty() {
            schema["foreignKeys"] = Value::Array(fks);
        }
        resources.push(json!({
            "name": def.name,
            "path": def.path,
            "format": "csv",
            "mediatype": "text/csv",
            "profile": "tabular-data-resource",
            "schema": schema,
        }));
    }
    let dp = json!({
        "name": "ponte-hsds-export",
        "title": "Service directory exported by Ponte (Human Services Data Specification 3.0)",
        "profile": "tabular-data-package",
        "version": "3.0.0",
        "homepage": "https://openreferral.org/",
        "resources": resources,
    });
    files.push((
        "datapackage.json".to_string(),
        serde_json::to_vec_pretty(&dp).unwrap_or_default(),
    ));
    files
}

/// Writes the HSDS 3.0 export of `services` into the folder `out` (created if needed):
/// `services.json` (a page of full services), `organizations.json` (a page of
/// organizations) and, in `out/tabular/`, the CSV package. Returns the files written.
pub fn write(
    services: &[Service],
    out: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<std::path::PathBuf>> {
    let objs = services_json(services, progress);
    std::fs::create_dir_all(out.join("tabular")).at(out)?;
    let mut written = Vec::new();
    let json_err = |e: serde_json::Error| Error::Input(e.to_string());
    let p = out.join("services.json");
    std::fs::write(
        &p,
        serde_json::to_vec_pretty(&page(objs.clone())).map_err(json_err)?,
    )
    .at(&p)?;
    written.push(p);
    let p = out.join("organizations.json");
    std::fs::write(
        &p,
        serde_json::to_vec_pretty(&page(organizations(&objs))).map_err(json_err)?,
    )
    .at(&p)?;
    written.push(p);
    for (name, bytes) in tabular(&objs) {
        let p = out.join("tabular").join(name);
        std::fs::write(&p, bytes).at(&p)?;
        written.push(p);
    }
    Ok(written)
}
