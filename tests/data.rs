//! The default directory as shipped: every record valid, sourced, dated and placed.

use ponte::datadir::{built_in_sources, DataDir};
use ponte::source::Severity;

use crate::common::{gazetteer, shared_data_dir};

#[test]
fn default_sources_have_no_errors_or_warnings() {
    let mut loaded = built_in_sources();
    ponte::compile::place(&mut loaded, &gazetteer()).unwrap();
    let problems: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        loaded
            .diagnostics
            .iter()
            .all(|d| d.severity != Severity::Error),
        "{problems:#?}"
    );
    assert!(loaded.services.len() >= 100, "{}", loaded.services.len());
}

#[test]
fn every_default_record_has_a_source_a_date_and_a_place_or_country() {
    let dd = DataDir::open(shared_data_dir()).unwrap();
    let dir = dd.directory().unwrap();
    assert!(!dir.info().synthetic);
    let today = chrono::Utc::now().date_naive();
    for s in dir.iter().unwrap() {
        let s = s.unwrap();
        assert!(!s.source.trim().is_empty(), "{}", s.id);
        let d = chrono::NaiveDate::parse_from_str(&s.verified_at, "%Y-%m-%d").unwrap();
        assert!(d <= today, "{}", s.id);
        assert_eq!(s.address.country.len(), 2, "{}", s.id);
        if s.kind.is_place() {
            let loc = s
                .location
                .as_ref()
                .unwrap_or_else(|| panic!("{} unplaced", s.id));
            // A point found from a town is marked so, with the town and how far it reaches.
            if loc.precision.is_approximate() {
                assert!(s.address.locality.is_some(), "{}", s.id);
                assert!(loc.uncertainty_m >= 1_000.0, "{}", s.id);
            } else {
                assert_eq!(loc.uncertainty_m, 0.0, "{} exact but uncertain", s.id);
            }
            assert!(s.timezone.is_some(), "{} has no time zone", s.id);
        }
        assert!(
            !s.name.value.to_lowercase().contains("synthetic"),
            "{}",
            s.id
        );
    }
}

#[test]
fn the_default_directory_covers_every_lead_country() {
    let dd = DataDir::open(shared_data_dir()).unwrap();
    let dir = dd.directory().unwrap();
    let mut countries: Vec<String> = dir
        .iter()
        .unwrap()
        .map(|s| s.unwrap().address.country)
        .collect();
    countries.sort();
    countries.dedup();
    for c in [
        "PT", "TH", "MY", "LA", "KH", "MM", "VN", "ID", "PH", "BR", "CO",
    ] {
        assert!(countries.iter().any(|x| x == c), "no record in {c}");
    }
}
