//! HSDS → Ponte: one service point per service_at_location (a service with no location is
//! a phone line), built as template cells and parsed by the template reader, so HSDS data
//! is held to exactly the rules of the spreadsheet template.
//!
//! What Ponte models is taken from the standard fields (see the table in `data/README.md`);
//! Ponte's own attributes (taxonomy `ponte`, written by Ponte's export) override them, so a
//! Ponte export imports back unchanged. Everything else is kept in `extra` under
//! `hsds.<object>.<field>` (text as is, other values as JSON) and written back on export.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use serde_json::{Map, Value};

use super::tables::{nest, LinkIndex, Tables};
use super::vocab;
use super::{
    uuid_for, ImportOptions, Progress, NEEDS_TAXONOMY, PONTE_TAXONOMY, PONTE_TAXONOMY_URI,
};
use crate::model::Service;
use crate::report::{At, Finding};
use crate::source::{parse_cells, Severity};

/// Services mapped from tables.
#[derive(Debug, Default)]
pub struct Mapped {
    /// The records that parsed.
    pub services: Vec<Service>,
    /// File and line of each record's HSDS row.
    pub origins: Vec<(PathBuf, u64)>,
    /// Problems, at their HSDS file, line and column.
    pub findings: Vec<Finding>,
}

/// Template cells of one record under construction, with where each came from.
#[derive(Default)]
pub(crate) struct Cells {
    pub cells: Vec<(String, String)>,
    at: HashMap<String, At>,
}

impl Cells {
    fn put(&mut self, col: &str, v: impl Into<String>, at: &At) {
        let v = v.into();
        if v.trim().is_empty() {
            return;
        }
        self.cells.retain(|(c, _)| c != col);
        self.cells.push((col.to_string(), v));
        self.at.insert(col.to_string(), at.clone());
    }

    pub(crate) fn get(&self, col: &str) -> Option<&str> {
        self.cells
            .iter()
            .find(|(c, _)| c == col)
            .map(|(_, v)| v.as_str())
    }
}

fn obj(v: Option<&Value>) -> Option<&Map<String, Value>> {
    v.and_then(Value::as_object)
}

fn objs(v: Option<&Value>) -> Vec<&Map<String, Value>> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_object).collect())
        .unwrap_or_default()
}

fn s<'a>(o: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    o.get(k)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// The Ponte attributes (taxonomy `ponte` and `ponte-needs`) among `attrs`: column →
/// value, and the need codes.
fn ponte_attributes(attrs: &[&Map<String, Value>]) -> (BTreeMap<String, String>, Vec<String>) {
    let mut cols = BTreeMap::new();
    let mut needs = Vec::new();
    for a in attrs {
        let Some(term) = obj(a.get("taxonomy_term")) else {
            continue;
        };
        let taxonomy = s(term, "taxonomy").unwrap_or("");
        let Some(code) = s(term, "code") else {
            continue;
        };
        if taxonomy == NEEDS_TAXONOMY {
            needs.push(code.to_string());
        } else if taxonomy == PONTE_TAXONOMY
            || s(term, "term_uri").is_some_and(|u| u.starts_with(PONTE_TAXONOMY_URI))
        {
            cols.insert(
                code.to_string(),
                a.get("value")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
            );
        }
    }
    (cols, needs)
}

fn is_ponte_attribute(a: &Value) -> bool {
    let term = a.get("taxonomy_term");
    let tax = term.and_then(|t| t.get("taxonomy")).and_then(Value::as_str);
    matches!(tax, Some(t) if t == PONTE_TAXONOMY || t == NEEDS_TAXONOMY)
}

/// A Ponte id from an HSDS id: lower case, other characters as `-`, at most 100.
pub fn slug(id: &str) -> String {
    let mut out = String::new();
    for c in id.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_' || c == '-' {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let t = out.trim_matches('-').to_string();
    if t.is_empty() || t.len() > 100 {
        let u = uuid_for("id", id);
        return format!("hsds-{u}");
    }
    t
}

/// A phone number as the template accepts it, from how HSDS files write them: quotes and
/// brackets around parts dropped, an extension cut off (it stays in the kept HSDS phone).
/// `None` when what is left is not a number.
pub fn clean_number(raw: &str) -> Option<String> {
    let mut t = raw.trim().trim_matches(['"', '\'']).trim().to_string();
    let lower = t.to_ascii_lowercase();
    for marker in [" ext", " x", "#", "ext."] {
        if let Some(i) = lower.find(marker) {
            t.truncate(i);
            break;
        }
    }
    let t: String = t.replace(['(', ')'], " ");
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let ok = digits >= 2
        && t.chars().all(|c| c.is_ascii_digit() || " +-./".contains(c))
        && !t[1..].contains('+');
    ok.then_some(t)
}

/// A phone note the template can carry (`number (note)`): short, no brackets or `;`.
fn safe_note(d: &str) -> Option<&str> {
    let d = d.trim();
    (!d.is_empty() && d.len() <= 100 && !d.contains(['(', ')', ';', '\n'])).then_some(d)
}

/// The template's `phone` cell from HSDS phones (deduplicated by number), and the numbers
/// that could not be read.
pub(crate) fn phone_cell(phones: &[&Map<String, Value>]) -> (String, Vec<String>) {
    let mut parts: Vec<String> = Vec::new();
    let mut numbers: Vec<String> = Vec::new();
    let mut bad = Vec::new();
    for p in phones {
        let Some(raw) = s(p, "number") else { continue };
        let Some(n) = clean_number(raw) else {
            bad.push(raw.to_string());
            continue;
        };
        if numbers.contains(&n) {
            continue;
        }
        numbers.push(n.clone());
        match s(p, "description").and_then(safe_note) {
            Some(note) => parts.push(format!("{n} ({note})")),
            None => parts.push(n),
        }
    }
    (parts.join("; "), bad)
}

/// The template's `languages` cell from HSDS languages, and the names not recognised.
pub(crate) fn languages_cell(langs: &[&Map<String, Value>]) -> (String, Vec<String>) {
    let mut codes: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    for l in langs {
        let code = s(l, "code")
            .and_then(vocab::language_code)
            .or_else(|| s(l, "name").and_then(vocab::language_code));
        match code {
            Some(c) if !codes.contains(&c) => codes.push(c),
            Some(_) => {}
            None => {
                if let Some(n) = s(l, "name").or(s(l, "code")) {
                    unknown.push(n.to_string());
                }
            }
        }
    }
    (codes.join(";"), unknown)
}

/// The template's `what_to_bring` cell from HSDS required documents.
pub(crate) fn documents_cell(docs: &[&Map<String, Value>]) -> String {
    docs.iter()
        .filter_map(|d| s(d, "document"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Free of charge, only when the data leaves no doubt: every cost option has amount 0, or
/// any has an amount above 0 (someone pays), or a legacy `fees` field says just "free".
fn free_cell(service: &Map<String, Value>) -> Option<&'static str> {
    let amounts: Vec<f64> = objs(service.get("cost_options"))
        .iter()
        .filter_map(|c| c.get("amount").and_then(Value::as_f64))
        .collect();
    if amounts.iter().any(|a| *a > 0.0) {
        return Some("no");
    }
    if !amounts.is_empty() {
        return Some("yes");
    }
    let fees = s(service, "fees")?.to_lowercase();
    let fees = fees.trim_end_matches('.');
    matches!(
        fees,
        "free" | "none" | "no fee" | "no fees" | "no cost" | "free of charge"
    )
    .then_some("yes")
}

/// A date `YYYY-MM-DD` at the start of an HSDS date or date-time.
fn date_of(v: &str) -> Option<String> {
    let d = v.get(..10)?;
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()?;
    Some(d.to_string())
}

/// Fields Ponte reads from each object (they are rebuilt from the record on export) and so
/// does not keep in `extra`. Links (`*_id`) are rebuilt from the structure too.
const CONSUMED: &[(&str, &[&str])] = &[
    (
        "service",
        &[
            "name",
            "description",
            "url",
            "email",
            "assured_date",
            "organization",
            "service_at_locations",
            "organization_id",
            "attributes",
        ],
    ),
    (
        "service_at_location",
        &[
            "service_id",
            "location_id",
            "location",
            "attributes",
            "service",
        ],
    ),
    (
        "location",
        &[
            "latitude",
            "longitude",
            "addresses",
            "organization_id",
            "attributes",
        ],
    ),
    ("organization", &["name"]),
    (
        "address",
        &["address_1", "city", "postal_code", "country", "location_id"],
    ),
];

/// Values Ponte's export writes when the record has none; equal values are not kept.
fn is_export_default(
    entity: &str,
    field: &str,
    v: &Value,
    defaults: &HashMap<String, String>,
) -> bool {
    let key = format!("{entity}.{field}");
    match (entity, field, v.as_str()) {
        ("location", "location_type", Some("physical")) => true,
        ("service", "status", Some("active")) => true,
        ("address", "address_type", Some("physical")) => true,
        (_, _, Some("")) => true,
        (_, _, Some(x)) => defaults.get(&key).is_some_and(|d| d == x),
        _ => false,
    }
}

/// Whether a list is exactly what Ponte's export makes from the record (its items carry
/// the ids export gives them): then the record's own fields already say it all.
fn generated_by_export(
    entity: &str,
    key: &str,
    items: &[Value],
    defaults: &HashMap<String, String>,
) -> bool {
    let Some(id) = defaults.get("ponte.id") else {
        return false;
    };
    if items.is_empty() {
        return false;
    }
    items.iter().enumerate().all(|(i, item)| {
        let item_id = item.get("id").and_then(Value::as_str).unwrap_or("");
        let expected = match (entity, key) {
            (_, "phones") => item
                .get("number")
                .and_then(Value::as_str)
                .map(|n| uuid_for("phone", &format!("{id}:{n}"))),
            (_, "schedules") => Some(uuid_for("schedule", &format!("{id}:{i}"))),
            (_, "languages") => item
                .get("code")
                .and_then(Value::as_str)
                .map(|c| uuid_for("language", &format!("{id}:{c}"))),
            ("service", "required_documents") => Some(uuid_for("required_document", id)),
            _ => None,
        };
        expected.is_some_and(|e| e == item_id)
    })
}

/// Keeps `o`'s fields that Ponte does not read as `hsds.<entity>.<field>` cells. Consumed
/// lists (phones, schedules...) are kept raw too when `raw` says so; export reuses them
/// when the record still says what they say.
fn keep(
    c: &mut Cells,
    entity: &str,
    o: &Map<String, Value>,
    at: &At,
    skip: &[&str],
    defaults: &HashMap<String, String>,
) {
    let consumed = CONSUMED
        .iter()
        .find(|(e, _)| *e == entity)
        .map(|(_, f)| *f)
        .unwrap_or(&[]);
    for (k, v) in o {
        if consumed.contains(&k.as_str()) || skip.contains(&k.as_str()) {
            continue;
        }
        if is_export_default(entity, k, v, defaults) {
            continue;
        }
        if let Value::Array(items) = v {
            if generated_by_export(entity, k, items, defaults) {
                continue;
            }
        }
        let v = match v {
            Value::String(x) => x.clone(),
            Value::Array(a) if a.is_empty() => continue,
            other => other.to_string(),
        };
        c.put(&format!("hsds.{entity}.{k}"), v, &at.field(k.clone()));
    }
}

/// Attributes other than Ponte's own, kept for export.
fn foreign_attributes(o: &Map<String, Value>) -> Option<String> {
    let a: Vec<&Value> = o
        .get("attributes")
        .and_then(Value::as_array)?
        .iter()
        .filter(|a| !is_ponte_attribute(a))
        .collect();
    (!a.is_empty()).then(|| Value::Array(a.into_iter().cloned().collect()).to_string())
}

/// Cells for one service point of a nested HSDS service. `with_attributes`: let Ponte's own
/// attributes override (false when export checks what the standard fields alone carry).
pub(crate) fn record_cells(
    svc: &Map<String, Value>,
    sal: Option<&Map<String, Value>>,
    svc_at: &At,
    sal_at: &At,
    opts: &ImportOptions,
    with_attributes: bool,
    findings: &mut Vec<Finding>,
) -> Cells {
    let mut c = Cells::default();
    let loc = sal.and_then(|x| obj(x.get("location")));
    let org = obj(svc.get("organization"));
    let loc_at = sal_at.field("location");
    let mut attrs: Vec<&Map<String, Value>> = Vec::new();
    for o in [sal, Some(svc), loc].into_iter().flatten() {
        attrs.extend(objs(o.get("attributes")));
    }
    let (ponte, ponte_needs) = if with_attributes {
        ponte_attributes(&attrs)
    } else {
        Default::default()
    };

    let svc_id = s(svc, "id").unwrap_or("");
    let hsds_id = sal.and_then(|x| s(x, "id")).unwrap_or(svc_id);
    let id = match ponte.get("id") {
        Some(id) => id.clone(),
        None => {
            let base = slug(hsds_id);
            match &opts.id_prefix {
                Some(p) => format!("{p}-{base}"),
                None => base,
            }
        }
    };
    let at_of = |a: &At| At {
        id: Some(id.clone()),
        ..a.clone()
    };
    let (svc_at, sal_at, loc_at) = (at_of(svc_at), at_of(sal_at), at_of(&loc_at));
    c.put("id", id.clone(), &sal_at.field("id"));
    let virtual_loc = loc.and_then(|l| s(l, "location_type")) == Some("virtual");
    let kind = if loc.is_none() || virtual_loc {
        "phone-line"
    } else {
        "place"
    };
    c.put("kind", kind, &sal_at.field("location"));
    if let Some(n) = s(svc, "name") {
        c.put("name", n, &svc_at.field("name"));
    }
    c.put(
        "lang",
        opts.lang.clone().unwrap_or_else(|| "en".into()),
        &svc_at.field("name"),
    );
    if let Some(d) = s(svc, "description") {
        c.put("description", d, &svc_at.field("description"));
    }
    if let Some(n) = org.and_then(|o| s(o, "name")) {
        c.put("organization", n, &svc_at.field("organization"));
    }

    // Needs: from taxonomy terms; failing that, from the service's own name, with a warning.
    let mut needs: Vec<&'static str> = Vec::new();
    for a in &attrs {
        if is_ponte_attribute(&Value::Object((*a).clone())) {
            continue;
        }
        if let Some(t) = obj(a.get("taxonomy_term")) {
            for text in [s(t, "name"), s(t, "code")].into_iter().flatten() {
                for (n, _) in vocab::needs_in(text) {
                    if !needs.contains(&n.code()) {
                        needs.push(n.code());
                    }
                }
            }
        }
    }
    if needs.is_empty() && ponte_needs.is_empty() {
        let program = obj(svc.get("program")).and_then(|p| s(p, "name"));
        for text in [s(svc, "name"), s(svc, "alternate_name"), program]
            .into_iter()
            .flatten()
        {
            for (n, kw) in vocab::needs_in(text) {
                if !needs.contains(&n.code()) {
                    needs.push(n.code());
                    findings.push(svc_at.field("name").warning(
                        "needs-from-name",
                        "data-needs-from-name",
                        &[
                            ("need", n.code().to_string()),
                            ("keyword", kw.to_string()),
                            ("text", text.to_string()),
                        ],
                    ));
                }
            }
        }
    }
    c.put("needs", needs.join(";"), &svc_at.field("attributes"));

    // Languages: the service's and the location's.
    let mut langs = objs(svc.get("languages"));
    if let Some(l) = loc {
        langs.extend(objs(l.get("languages")));
    }
    let (codes, unknown) = languages_cell(&langs);
    c.put("languages", codes, &svc_at.field("languages"));
    for u in unknown {
        findings.push(svc_at.field("languages").warning(
            "unknown-language",
            "data-unknown-language-name",
            &[("value", u)],
        ));
    }

    let docs = objs(svc.get("required_documents"));
    let what = documents_cell(&docs);
    if !what.is_empty() {
        c.put("asks_documents", "yes", &svc_at.field("required_documents"));
        c.put("what_to_bring", what, &svc_at.field("required_documents"));
    }
    if let Some(f) = free_cell(svc) {
        c.put("free_of_charge", f, &svc_at.field("cost_options"));
    }

    // Address: the physical one, else the first.
    let addresses = loc.map(|l| objs(l.get("addresses"))).unwrap_or_default();
    let main = addresses
        .iter()
        .position(|a| s(a, "address_type") == Some("physical"))
        .or((!addresses.is_empty()).then_some(0));
    let addr_at = loc_at.field("addresses");
    if let Some(a) = main.map(|i| addresses[i]) {
        if let Some(v) = s(a, "address_1") {
            c.put("address", v, &addr_at.field("address_1"));
        }
        if let Some(v) = s(a, "city") {
            c.put("locality", v, &addr_at.field("city"));
        }
        if let Some(v) = s(a, "postal_code") {
            c.put("postal_code", v, &addr_at.field("postal_code"));
        }
        if let Some(v) = s(a, "country") {
            c.put("country", v.to_ascii_uppercase(), &addr_at.field("country"));
        }
    }
    if c.get("country").is_none() {
        if let Some(cc) = &opts.country {
            c.put(
                "country",
                cc.to_ascii_uppercase(),
                &addr_at.field("country"),
            );
        }
    }

    // Coordinates, when they are on the globe.
    let mut kept_coordinates = false;
    if let Some(l) = loc {
        let lat = l.get("latitude").and_then(Value::as_f64);
        let lon = l.get("longitude").and_then(Value::as_f64);
        match (lat, lon) {
            (Some(la), Some(lo))
                if crate::model::LatLon::new(la, lo).is_ok() && !(la == 0.0 && lo == 0.0) =>
            {
                c.put("lat", la.to_string(), &loc_at.field("latitude"));
                c.put("lon", lo.to_string(), &loc_at.field("longitude"));
            }
            (None, None) => {}
            (la, lo) => {
                kept_coordinates = true;
                findings.push(loc_at.field("latitude").warning(
                    "bad-coordinates",
                    "data-impossible-coordinates",
                    &[
                        ("lat", la.map(|x| x.to_string()).unwrap_or_default()),
                        ("lon", lo.map(|x| x.to_string()).unwrap_or_default()),
                    ],
                ));
            }
        }
    }

    // Phones of the service point, the service and the location.
    let mut phones = Vec::new();
    for o in [sal, Some(svc), loc].into_iter().flatten() {
        phones.extend(objs(o.get("phones")));
    }
    let (cell, bad) = phone_cell(&phones);
    c.put("phone", cell, &svc_at.field("phones"));
    for b in bad {
        findings.push(svc_at.field("phones").warning(
            "bad-phone",
            "data-unreadable-phone",
            &[("value", b)],
        ));
    }
    if let Some(v) = s(svc, "email") {
        c.put("email", v, &svc_at.field("email"));
    }
    if let Some(v) = s(svc, "url") {
        c.put("website", v, &svc_at.field("url"));
    }

    // Hours: the most specific schedules there are.
    let mut schedules = sal.map(|x| objs(x.get("schedules"))).unwrap_or_default();
    if schedules.is_empty() {
        let loc_id = loc.and_then(|l| s(l, "id"));
        schedules = objs(svc.get("schedules"))
            .into_iter()
            .filter(|x| s(x, "location_id").is_none() || s(x, "location_id") == loc_id)
            .collect();
    }
    if schedules.is_empty() {
        if let Some(l) = loc {
            schedules = objs(l.get("schedules"));
        }
    }
    match vocab::schedules_to_osm(&schedules) {
        Ok(Some(oh)) => c.put("opening_hours", oh, &svc_at.field("schedules")),
        Ok(None) => {}
        Err(why) => findings.push(svc_at.field("schedules").warning(
            "schedules-not-hours",
            "data-schedules-not-hours",
            &[("reason", why.0)],
        )),
    }

    let base = opts
        .source
        .clone()
        .unwrap_or_else(|| svc_at.file.display().to_string());
    let what_row = if sal.is_some() {
        "service_at_location"
    } else {
        "service"
    };
    c.put(
        "source",
        format!("{base} (HSDS {what_row} {hsds_id})"),
        &svc_at.field("id"),
    );
    let verified = s(svc, "assured_date")
        .and_then(date_of)
        .or_else(|| s(svc, "last_modified").and_then(date_of))
        .or_else(|| {
            // 1.x packages date changes only in metadata: the newest change to the service.
            objs(svc.get("metadata"))
                .iter()
                .filter_map(|m| s(m, "last_action_date").and_then(date_of))
                .max()
        })
        .or_else(|| opts.verified_at.clone());
    if let Some(d) = verified {
        c.put("verified_at", d, &svc_at.field("assured_date"));
    }

    // What Ponte does not model, kept. Ids equal to those export would make are not.
    let defaults: HashMap<String, String> = [
        ("service.id", uuid_for("service", &id)),
        (
            "service_at_location.id",
            uuid_for("service_at_location", &id),
        ),
        ("location.id", uuid_for("location", &id)),
        ("address.id", uuid_for("address", &id)),
        (
            "organization.id",
            uuid_for("organization", c.get("organization").unwrap_or("")),
        ),
        ("organization.description", String::new()),
        ("ponte.id", id.clone()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    keep(&mut c, "service", svc, &svc_at, &[], &defaults);
    if let Some(a) = foreign_attributes(svc) {
        c.put("hsds.service.attributes", a, &svc_at.field("attributes"));
    }
    if let Some(x) = sal {
        keep(&mut c, "service_at_location", x, &sal_at, &[], &defaults);
        if let Some(a) = foreign_attributes(x) {
            c.put(
                "hsds.service_at_location.attributes",
                a,
                &sal_at.field("attributes"),
            );
        }
    }
    if let Some(l) = loc {
        keep(&mut c, "location", l, &loc_at, &[], &defaults);
        if kept_coordinates {
            for k in ["latitude", "longitude"] {
                if let Some(v) = l.get(k).filter(|v| !v.is_null()) {
                    c.put(
                        &format!("hsds.location.{k}"),
                        v.to_string(),
                        &loc_at.field(k),
                    );
                }
            }
        }
        if let Some(a) = foreign_attributes(l) {
            c.put("hsds.location.attributes", a, &loc_at.field("attributes"));
        }
        let others: Vec<Value> = addresses
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != main)
            .map(|(_, a)| Value::Object((*a).clone()))
            .collect();
        if !others.is_empty() {
            c.put(
                "hsds.location.addresses",
                Value::Array(others).to_string(),
                &addr_at,
            );
        }
    }
    if let Some(a) = main.map(|i| addresses[i]) {
        keep(&mut c, "address", a, &addr_at, &[], &defaults);
    }
    if let Some(o) = org {
        keep(
            &mut c,
            "organization",
            o,
            &svc_at.field("organization"),
            &[],
            &defaults,
        );
    }

    // Ponte's own attributes win: they say what Ponte modelled when it exported.
    for (col, v) in &ponte {
        c.put(col, v.clone(), &sal_at.field("attributes"));
    }
    if !ponte_needs.is_empty() {
        c.put("needs", ponte_needs.join(";"), &sal_at.field("attributes"));
    }
    c
}

/// A service point to map: its service_at_location (if any), where it is, its origin.
type Point<'a> = (Option<&'a Map<String, Value>>, At, (PathBuf, u64));

/// Maps every service of `t` to Ponte records.
pub fn map(t: &Tables, opts: &ImportOptions, progress: &mut dyn FnMut(Progress)) -> Mapped {
    let mut out = Mapped::default();
    let ix = LinkIndex::new(t);
    let services = t.table("service");
    let total = services.len();
    for (i, row) in services.iter().enumerate() {
        if i % 100 == 0 {
            progress(Progress::Mapping { done: i, total });
        }
        let Value::Object(svc) = nest(t, &ix, "service", row, 0) else {
            continue;
        };
        let svc_at = row.origin.row();
        let sals = objs(svc.get("service_at_locations"));
        let points: Vec<Point> = if sals.is_empty() {
            vec![(
                None,
                svc_at.clone(),
                (row.origin.file.to_path_buf(), row.origin.line),
            )]
        } else {
            sals.into_iter()
                .map(|x| {
                    let r = s(x, "id").and_then(|id| t.get("service_at_location", id));
                    let o = r.map(|r| r.origin.clone()).unwrap_or(row.origin.clone());
                    (Some(x), o.row(), (o.file.to_path_buf(), o.line))
                })
                .collect()
        };
        for (sal, sal_at, origin) in points {
            let mut findings = Vec::new();
            let cells = record_cells(&svc, sal, &svc_at, &sal_at, opts, true, &mut findings);
            let (service, diags) = parse_cells(&origin.0, origin.1, &cells.cells);
            for d in diags {
                // Said at the HSDS field the value came from.
                let at = d
                    .field
                    .as_deref()
                    .and_then(|f| cells.at.get(f))
                    .cloned()
                    .unwrap_or_else(|| sal_at.clone());
                // A place with neither coordinates nor a town is kept and reported as
                // unplaced; building a directory refuses it (validate, compile).
                let severity = if d.code == "unplaceable" {
                    Severity::Warning
                } else {
                    d.severity
                };
                findings.push(Finding::plain(crate::source::Diagnostic {
                    severity,
                    file: at.file,
                    row: at.row,
                    column: at.column,
                    field: at.field.or(d.field),
                    id: d.id.or(at.id),
                    ..d
                }));
            }
            out.findings.extend(findings);
            if let Some(s) = service {
                out.services.push(s);
                out.origins.push(origin);
            }
        }
    }
    progress(Progress::Mapping { done: total, total });
    out
}

/// Whether any finding is an error.
pub fn has_errors(f: &[Finding]) -> bool {
    f.iter().any(|x| x.diagnostic.severity == Severity::Error)
}
