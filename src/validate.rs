//! The checks behind `ponte validate`, beyond what reading a row already checks: what an
//! NGO must fix before publishing (errors stop a directory build) and what it should look
//! at (warnings).
//!
//! - a place that could not be put on the map (no coordinates and no usable town): error;
//! - phone numbers that don't parse for the record's country (error) or parse but are not a
//!   number in use there (warning). Phone lines and emergency entries may also list short
//!   national numbers: 3 to 6 digits with no `+` (`112`, `116 000`, `1455`);
//! - likely duplicates: the same name (folded: case, accents, spacing) within
//!   [`DUPLICATE_RADIUS_M`] of each other (warning);
//! - records not confirmed for longer than the staleness threshold (warning);
//! - a source that is only a local file name, not something a reader can open (warning);
//! - the template's example row (`id` starting `example-`) left in (warning).
//!
//! Coordinates outside the stated country are found while placing (`compile::place`,
//! against the gazetteer's nearest place); hours, language codes and a missing source or
//! date by the reader (`source`).

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::{Months, NaiveDate};
use serde::Serialize;

use crate::model::{Kind, Service};
use crate::report::{At, Finding};
use crate::spatial::haversine_m;
use crate::text::fold;

/// Two records with the same name closer than this are likely one place entered twice.
pub const DUPLICATE_RADIUS_M: f64 = 200.0;

/// Default staleness threshold, months.
pub const DEFAULT_STALE_AFTER_MONTHS: u32 = 24;

/// How to check.
#[derive(Debug, Clone)]
pub struct Options {
    /// Records confirmed longer ago than this many months get a warning.
    pub stale_after_months: u32,
    /// Today (a parameter so tests don't age).
    pub today: NaiveDate,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            stale_after_months: DEFAULT_STALE_AFTER_MONTHS,
            today: chrono::Utc::now().date_naive(),
        }
    }
}

/// Where each record is, for findings.
fn at(s: &Service, origin: &(PathBuf, u64), field: &str) -> At {
    At {
        file: origin.0.clone(),
        row: (origin.1 > 0).then_some(origin.1),
        column: None,
        field: Some(field.to_string()),
        id: Some(s.id.clone()),
    }
}

/// Runs the checks on placed records. `origins[i]` is where `services[i]` came from.
pub fn check(services: &[Service], origins: &[(PathBuf, u64)], opts: &Options) -> Vec<Finding> {
    let mut out = Vec::new();
    let stale_before = opts
        .today
        .checked_sub_months(Months::new(opts.stale_after_months));
    for (s, o) in services.iter().zip(origins) {
        if s.kind.is_place() && s.location.is_none() {
            out.push(at(s, o, "lat").error("unplaced", "data-unplaced", &[]));
        }
        for p in &s.phones {
            if let Some(f) = check_phone(s, &p.number) {
                let (sev_error, id) = f;
                let args = [
                    ("value", p.number.clone()),
                    ("country", s.address.country.clone()),
                ];
                out.push(if sev_error {
                    at(s, o, "phone").error("bad-phone", id, &args)
                } else {
                    at(s, o, "phone").warning("phone-not-valid", id, &args)
                });
            }
        }
        if let (Some(limit), Ok(d)) = (
            stale_before,
            NaiveDate::parse_from_str(&s.verified_at, "%Y-%m-%d"),
        ) {
            if d < limit {
                out.push(at(s, o, "verified_at").warning(
                    "stale",
                    "data-stale",
                    &[
                        ("date", s.verified_at.clone()),
                        ("months", opts.stale_after_months.to_string()),
                    ],
                ));
            }
        }
        if s.id.starts_with("example-") {
            out.push(at(s, o, "id").warning("example-row", "data-example-row", &[]));
        }
        let src = s.source.trim();
        if !src.is_empty() && !looks_public(src) {
            out.push(at(s, o, "source").warning(
                "source-not-public",
                "data-source-not-public",
                &[("value", src.to_string())],
            ));
        }
    }
    out.extend(duplicates(services, origins));
    out
}

/// Whether a source is something a reader can open: a web address, or a document name
/// that is not a path on the NGO's own computer.
fn looks_public(src: &str) -> bool {
    src.split(" ; ").all(|part| {
        let p = part.trim();
        p.contains("://")
            || !(p.starts_with('/')
                || p.starts_with("./")
                || p.starts_with("../")
                || p.get(1..3) == Some(":\\"))
    })
}

/// `Some((is_error, message id))` when the number is not right for the record's country.
fn check_phone(s: &Service, number: &str) -> Option<(bool, &'static str)> {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let international = number.trim_start().starts_with('+');
    // Short national numbers (112, 116 000, 1455) are how helplines and emergency services
    // are dialled; libphonenumber's main metadata doesn't hold them.
    if matches!(s.kind, Kind::PhoneLine | Kind::Emergency)
        && !international
        && (3..=6).contains(&digits.len())
    {
        return None;
    }
    let country: Option<phonenumber::country::Id> = s.address.country.parse().ok();
    if country.is_none() && !international {
        return None;
    }
    match phonenumber::parse(if international { None } else { country }, number) {
        Err(_) => Some((true, "data-phone-unreadable")),
        Ok(n) if !phonenumber::is_valid(&n) => Some((false, "data-phone-not-valid")),
        Ok(_) => None,
    }
}

fn duplicates(services: &[Service], origins: &[(PathBuf, u64)]) -> Vec<Finding> {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in services.iter().enumerate() {
        if s.location.is_some() {
            by_name.entry(fold(&s.name.value)).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    let mut groups: Vec<&Vec<usize>> = by_name.values().filter(|v| v.len() > 1).collect();
    groups.sort();
    for g in groups {
        for (k, &i) in g.iter().enumerate() {
            for &j in &g[..k] {
                let (Some(a), Some(b)) = (services[i].point(), services[j].point()) else {
                    continue;
                };
                let d = haversine_m(a, b);
                if d <= DUPLICATE_RADIUS_M {
                    out.push(at(&services[i], &origins[i], "name").warning(
                        "likely-duplicate",
                        "data-likely-duplicate",
                        &[
                            ("other", services[j].id.clone()),
                            ("metres", format!("{d:.0}")),
                        ],
                    ));
                }
            }
        }
    }
    out
}

/// Where records were placed, by how precisely.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Placement {
    /// Places with coordinates from the source (exact or address).
    pub from_source: usize,
    /// Places put at their town's centre by the gazetteer.
    pub by_city: usize,
    /// Places put at their postal code's centre (always 0: Ponte has no offline postal-code
    /// data yet; see `postal_code_not_used`).
    pub by_postal_code: usize,
    /// Records placed by city whose postal code was given but could not be used.
    pub postal_code_not_used: usize,
    /// Phone lines and emergency numbers (no place to put).
    pub not_places: usize,
    /// Places that could not be placed: id and why.
    pub unplaced: Vec<(String, String)>,
}

/// Places records without coordinates from their town (see [`crate::compile::place`]) and
/// says how each record was placed. Placement problems are returned as findings (errors:
/// a directory can't be built with them).
pub fn place(
    loaded: &mut crate::source::Loaded,
    gaz: &crate::gazetteer::Gazetteer,
) -> crate::Result<(Placement, Vec<Finding>)> {
    let before: Vec<bool> = loaded
        .services
        .iter()
        .map(|s| s.location.is_some())
        .collect();
    let skip = loaded.diagnostics.len();
    crate::compile::place(loaded, gaz)?;
    let new: Vec<Finding> = loaded
        .diagnostics
        .drain(skip..)
        .map(Finding::plain)
        .collect();
    let mut p = Placement::default();
    for (s, had) in loaded.services.iter().zip(before) {
        if !s.kind.is_place() {
            p.not_places += 1;
            continue;
        }
        match (&s.location, had) {
            (Some(_), true) => p.from_source += 1,
            (Some(l), false) => {
                if l.precision == crate::model::GeoPrecision::PostalCode {
                    p.by_postal_code += 1;
                } else {
                    p.by_city += 1;
                    if s.address.postal_code.is_some() {
                        p.postal_code_not_used += 1;
                    }
                }
            }
            (None, _) => {
                let why = new
                    .iter()
                    .find(|f| f.diagnostic.id.as_deref() == Some(&s.id))
                    .map(|f| f.diagnostic.message.clone())
                    .unwrap_or_else(|| match (&s.address.locality, &s.address.postal_code) {
                        (None, Some(pc)) => format!(
                            "no town, only postal code {pc} (Ponte has no offline postal-code data)"
                        ),
                        _ => "no coordinates and no town".to_string(),
                    });
                p.unplaced.push((s.id.clone(), why));
            }
        }
    }
    Ok((p, new))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LatLon, Location, Phone, Text};

    fn svc(id: &str, kind: Kind, country: &str, phones: &[&str]) -> Service {
        let csv = format!(
            "id,kind,name,lang,needs,country,locality,source,verified_at\n{id},{},Centro,pt,health,{country},Lisboa,https://e.org,2025-06-01\n",
            kind.code()
        );
        let mut s = crate::source::read_csv(csv.as_bytes(), std::path::Path::new("t.csv"))
            .services
            .remove(0);
        s.phones = phones
            .iter()
            .map(|n| Phone {
                number: n.to_string(),
                note: None,
            })
            .collect();
        s
    }

    fn codes(services: &[Service], opts: &Options) -> Vec<&'static str> {
        let origins: Vec<(PathBuf, u64)> = services.iter().map(|_| ("t.csv".into(), 2)).collect();
        check(services, &origins, opts)
            .into_iter()
            .map(|f| f.diagnostic.code)
            .collect()
    }

    fn today() -> Options {
        Options {
            stale_after_months: 24,
            today: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        }
    }

    #[test]
    fn phones_are_checked_for_the_records_country() {
        let mut s = svc(
            "a",
            Kind::Place,
            "PT",
            &["+351 21 810 61 00", "21 810 61 00"],
        );
        s.location = Some(Location::new(
            LatLon {
                lat: 38.7,
                lon: -9.1,
            },
            crate::model::GeoPrecision::Exact,
        ));
        assert!(codes(&[s.clone()], &today()).is_empty());
        s.phones[0].number = "21 810".into();
        assert_eq!(codes(&[s.clone()], &today()), ["phone-not-valid"]);
        s.phones[0].number = "+999 1".into();
        assert_eq!(codes(&[s], &today()), ["bad-phone"]);
    }

    #[test]
    fn short_numbers_are_fine_for_helplines_and_emergencies_only() {
        let line = svc("a", Kind::PhoneLine, "PT", &["112", "116 000"]);
        assert!(codes(&[line], &today()).is_empty());
        let mut place = svc("b", Kind::Place, "PT", &["112"]);
        place.location = Some(Location::new(
            LatLon {
                lat: 38.7,
                lon: -9.1,
            },
            crate::model::GeoPrecision::Exact,
        ));
        assert_eq!(codes(&[place], &today()), ["phone-not-valid"]);
    }

    #[test]
    fn same_name_within_200_m_is_a_likely_duplicate() {
        let mut a = svc("a", Kind::Place, "PT", &[]);
        a.location = Some(Location::new(
            LatLon {
                lat: 38.7,
                lon: -9.1,
            },
            crate::model::GeoPrecision::Exact,
        ));
        let mut b = svc("b", Kind::Place, "PT", &[]);
        b.name = Text::new("CENTRO ");
        b.location = Some(Location::new(
            LatLon {
                lat: 38.701,
                lon: -9.1,
            },
            crate::model::GeoPrecision::Exact,
        ));
        assert_eq!(
            codes(&[a.clone(), b.clone()], &today()),
            ["likely-duplicate"]
        );
        b.location = Some(Location::new(
            LatLon {
                lat: 38.71,
                lon: -9.1,
            },
            crate::model::GeoPrecision::Exact,
        ));
        assert!(codes(&[a, b], &today()).is_empty(), "1.1 km apart");
    }

    #[test]
    fn stale_records_unplaced_places_and_local_sources_are_reported() {
        let mut s = svc("example-x", Kind::Place, "PT", &[]);
        s.source = "/home/ngo/export.json (HSDS service 1)".into();
        let opts = Options {
            stale_after_months: 3,
            ..today()
        };
        let mut c = codes(&[s], &opts);
        c.sort();
        assert_eq!(c, ["example-row", "source-not-public", "stale", "unplaced"]);
    }
}
