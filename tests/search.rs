//! Search over real directory files: ranking, every filter, widening, approximate places.

use chrono::{TimeZone, Utc};
use ponte::model::LatLon;
use ponte::search::{search, Query};
use ponte::taxonomy::{Need, Serves};

use crate::common::{directory, place, HEADER};

fn ll(lat: f64, lon: f64) -> LatLon {
    LatLon::new(lat, lon).unwrap()
}

fn ids(o: &ponte::search::Outcome) -> Vec<String> {
    o.hits.iter().map(|h| h.service.id.clone()).collect()
}

fn need(c: &str) -> Need {
    Need::from_code(c).unwrap()
}

/// Lisbon-ish origin; offsets of 0.01° latitude are about 1.1 km.
const LAT: f64 = 38.72;
const LON: f64 = -9.14;

#[test]
fn results_come_in_geodesic_distance_order() {
    let t = tempfile::tempdir().unwrap();
    let rows: Vec<String> = [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d")]
        .iter()
        .map(|(k, id)| place(id, "health", LAT + 0.01 * *k as f64, LON))
        .collect();
    let dir = directory(
        t.path(),
        &rows.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let o = search(&dir, None, &Query::near(ll(LAT, LON))).unwrap();
    assert_eq!(ids(&o), ["a", "b", "c", "d", "e"]);
    let d: Vec<f64> = o.hits.iter().map(|h| h.distance_m.unwrap()).collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]));
    assert!((d[0] - 1110.0).abs() < 20.0, "{d:?}");
}

#[test]
fn limit_is_exact_even_when_rings_overlap() {
    // A dense cluster and a far point: the 3 nearest must be the 3 of the cluster, in order.
    let t = tempfile::tempdir().unwrap();
    let mut rows = Vec::new();
    for i in 0..40 {
        rows.push(place(
            &format!("n{i:02}"),
            "health",
            LAT + 0.0005 * i as f64,
            LON,
        ));
    }
    rows.push(place("far", "health", LAT + 3.0, LON));
    let dir = directory(
        t.path(),
        &rows.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let mut q = Query::near(ll(LAT, LON));
    q.limit = 3;
    assert_eq!(ids(&search(&dir, None, &q).unwrap()), ["n00", "n01", "n02"]);
}

#[test]
fn need_filter_includes_sub_needs_and_excludes_others() {
    let t = tempfile::tempdir().unwrap();
    let dir = directory(
        t.path(),
        &[
            &place("mental", "health.mental", LAT + 0.01, LON),
            &place("housing", "housing", LAT + 0.005, LON),
            &place("both", "housing;health.primary", LAT + 0.02, LON),
        ],
    );
    let mut q = Query::near(ll(LAT, LON));
    q.needs = vec![need("health")];
    assert_eq!(ids(&search(&dir, None, &q).unwrap()), ["mental", "both"]);
    q.needs = vec![need("health.mental")];
    assert_eq!(ids(&search(&dir, None, &q).unwrap()), ["mental"]);
    q.needs = vec![need("food")];
    assert!(search(&dir, None, &q).unwrap().hits.is_empty());
}

#[test]
fn flag_filters_keep_only_what_a_source_confirms() {
    let t = tempfile::tempdir().unwrap();
    let row = |id: &str, docs: &str, shares: &str, free: &str, k: f64| {
        format!("{id},place,{id},en,health,,,{docs},{shares},{free},,PT,,{},{LON},exact,Europe/Lisbon,,,s,2026-01-01", LAT + k)
    };
    let dir = directory(
        t.path(),
        &[
            &row("all-yes", "no", "no", "yes", 0.01),
            &row("unknown", "", "", "", 0.005),
            &row("shares", "no", "yes", "yes", 0.002),
        ],
    );
    let mut q = Query::near(ll(LAT, LON));
    q.firewall = true;
    assert_eq!(ids(&search(&dir, None, &q).unwrap()), ["all-yes"]);
    let mut q = Query::near(ll(LAT, LON));
    q.no_documents = true;
    assert_eq!(ids(&search(&dir, None, &q).unwrap()), ["shares", "all-yes"]);
    let mut q = Query::near(ll(LAT, LON));
    q.free = true;
    assert_eq!(ids(&search(&dir, None, &q).unwrap()), ["shares", "all-yes"]);
}

#[test]
fn language_and_group_filters() {
    let t = tempfile::tempdir().unwrap();
    let row = |id: &str, serves: &str, langs: &str, k: f64| {
        format!("{id},place,{id},en,health,{serves},{langs},,,,,PT,,{},{LON},exact,Europe/Lisbon,,,s,2026-01-01", LAT + k)
    };
    let dir = directory(
        t.path(),
        &[
            &row("ar-women", "women", "ar;pt", 0.01),
            &row("pt-all", "", "pt", 0.005),
            &row("ti", "workers", "ti", 0.02),
        ],
    );
    let mut q = Query::near(ll(LAT, LON));
    q.languages = vec!["ar-EG".into()];
    assert_eq!(ids(&search(&dir, None, &q).unwrap()), ["ar-women"]);
    q.languages = vec!["ti".into(), "ar".into()];
    assert_eq!(ids(&search(&dir, None, &q).unwrap()), ["ar-women", "ti"]);
    let mut q = Query::near(ll(LAT, LON));
    q.serves = vec![Serves::from_code("women").unwrap()];
    assert_eq!(ids(&search(&dir, None, &q).unwrap()), ["ar-women"]);
}

#[test]
fn open_now_uses_the_services_own_time_and_skips_unknown_hours() {
    let t = tempfile::tempdir().unwrap();
    let row = |id: &str, hours: &str, tz: &str, k: f64| {
        format!(
            "{id},place,{id},en,health,,,,,,,PT,,{},{LON},exact,{tz},{hours},,s,2026-01-01",
            LAT + k
        )
    };
    let dir = directory(
        t.path(),
        &[
            &row("lisbon-office", "Mo-Fr 09:00-17:00", "Europe/Lisbon", 0.01),
            &row("bangkok-hours", "Mo-Fr 09:00-17:00", "Asia/Bangkok", 0.02),
            &row("no-hours", "", "Europe/Lisbon", 0.005),
            &row(
                "unreadable",
                "mornings except Tuesday",
                "Europe/Lisbon",
                0.003,
            ),
        ],
    );
    // Monday 2026-11-23 10:00 UTC: 10:00 in Lisbon (open), 17:00 in Bangkok (closed).
    let mut q = Query::near(ll(LAT, LON));
    q.now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    q.open_now = true;
    assert_eq!(ids(&search(&dir, None, &q).unwrap()), ["lisbon-office"]);
    // 03:00 UTC: 10:00 in Bangkok.
    q.now = Utc.with_ymd_and_hms(2026, 11, 23, 3, 0, 0).unwrap();
    assert_eq!(ids(&search(&dir, None, &q).unwrap()), ["bangkok-hours"]);
    // Without the filter, the unreadable string is kept, with "open now" unknown.
    q.open_now = false;
    let o = search(&dir, None, &q).unwrap();
    let h = o
        .hits
        .iter()
        .find(|h| h.service.id == "unreadable")
        .unwrap();
    assert_eq!(h.status.state.as_option(), None);
    assert!(h.hours_problem.as_deref().unwrap().contains("mornings"));
    assert_eq!(
        h.service.opening_hours.as_deref(),
        Some("mornings except Tuesday")
    );
}

#[test]
fn widening_finds_far_services_instead_of_nothing() {
    let t = tempfile::tempdir().unwrap();
    let dir = directory(
        t.path(),
        &[
            &place("porto", "legal-aid", 41.15, -8.61),
            &place("faro", "legal-aid", 37.02, -7.93),
        ],
    );
    let mut q = Query::near(ll(LAT, LON));
    q.needs = vec![need("legal-aid")];
    let o = search(&dir, None, &q).unwrap();
    assert_eq!(ids(&o), ["faro", "porto"]);
    assert!(o.nearest_m().unwrap() > 150_000.0);
    assert!(!o.widened);

    // With a radius and nothing inside: the nearest beyond it, marked as such.
    q.within_m = Some(5_000.0);
    let o = search(&dir, None, &q).unwrap();
    assert!(o.widened);
    assert_eq!(ids(&o), ["faro", "porto"]);
    assert!(o.hits.iter().all(|h| h.beyond_radius));
}

#[test]
fn radius_keeps_only_what_is_inside_when_something_is() {
    let t = tempfile::tempdir().unwrap();
    let dir = directory(
        t.path(),
        &[
            &place("near", "work", LAT + 0.01, LON),
            &place("far", "work", LAT + 0.2, LON),
        ],
    );
    let mut q = Query::near(ll(LAT, LON));
    q.within_m = Some(5_000.0);
    let o = search(&dir, None, &q).unwrap();
    assert_eq!(ids(&o), ["near"]);
    assert!(!o.widened);
}

#[test]
fn widening_past_a_radius_edge_still_gives_the_nearest_limit() {
    // In eastern Ukraine a service 5,002 m away by haversine is 5,017 m away by geodesic:
    // within the haversine slack of a 5 km radius, but outside it. Nothing is inside, so
    // the answer is the nearest ones beyond — all of them, not that one alone.
    let t = tempfile::tempdir().unwrap();
    let mut rows = vec![place("edge", "health", 48.72469, 37.597575)];
    for i in 0..12 {
        rows.push(place(
            &format!("beyond-{i:02}"),
            "health",
            48.72672 + 0.1 + 0.01 * i as f64,
            37.52945,
        ));
    }
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let dir = directory(t.path(), &rows);
    let mut q = Query::near(ll(48.72672, 37.52945));
    q.needs = vec![need("health")];
    q.within_m = Some(5_000.0);
    let o = search(&dir, None, &q).unwrap();
    assert!(o.widened);
    assert_eq!(o.hits.len(), 10, "{:?}", ids(&o));
    assert_eq!(ids(&o)[0], "edge");
    assert!(o.hits[0].distance_m.unwrap() > 5_000.0);
}

#[test]
fn search_across_the_antimeridian() {
    let t = tempfile::tempdir().unwrap();
    let dir = directory(
        t.path(),
        &[
            &place("east", "health", -17.0, 179.95),
            &place("far-west", "health", -17.0, 170.0),
        ],
    );
    let o = search(&dir, None, &Query::near(ll(-17.0, -179.95))).unwrap();
    assert_eq!(ids(&o)[0], "east");
    assert!(o.hits[0].distance_m.unwrap() < 15_000.0);
}

#[test]
fn approximate_places_rank_no_nearer_than_their_uncertainty() {
    // "Somewhere in Lisbon" (the town's centre, where the person also is) must not beat an
    // exactly placed centre 1 km away.
    let t = tempfile::tempdir().unwrap();
    let city_row = "somewhere,place,Somewhere,en,health,,,,,,Lisboa,PT,,,,,,,,s,2026-01-01";
    let dir = directory(
        t.path(),
        &[city_row, &place("exact", "health", 38.734, -9.1498)],
    );
    let lisbon = crate::common::gazetteer()
        .best("Lisboa")
        .unwrap()
        .unwrap()
        .place
        .point();
    let o = search(&dir, None, &Query::near(lisbon)).unwrap();
    assert_eq!(ids(&o), ["exact", "somewhere"]);
    let approx = &o.hits[1].service.location.as_ref().unwrap();
    assert!(approx.precision.is_approximate());
    assert!(approx.uncertainty_m >= 1_000.0);
}

#[test]
fn text_search_matches_any_language_without_accents() {
    let t = tempfile::tempdir().unwrap();
    let csv = [
        "a,place,Centro de Apoio Jurídico,pt,legal-aid,,,,,,,PT,,38.73,-9.14,exact,Europe/Lisbon,,,s,2026-01-01",
        "b,place,مركز المساعدة القانونية,ar,legal-aid,,,,,,,PT,,38.74,-9.14,exact,Europe/Lisbon,,,s,2026-01-01",
        "c,place,Clinic,en,health,,,,,,,PT,,38.725,-9.14,exact,Europe/Lisbon,,,s,2026-01-01",
    ];
    let dir = directory(t.path(), &csv);
    assert_eq!(dir.text_search("juridico", 10).unwrap().len(), 1);
    assert_eq!(dir.text_search("القانونية", 10).unwrap().len(), 1);
    let mut q = Query::near(ll(LAT, LON));
    q.text = Some("apoio".into());
    assert_eq!(ids(&search(&dir, None, &q).unwrap()), ["a"]);
}

#[test]
fn phone_lines_of_the_points_country_come_with_results() {
    let t = tempfile::tempdir().unwrap();
    let line =
        "line,phone-line,Help line,en,information,,,,,,,PT,,,,,,,+351 808 257 257,s,2026-01-01";
    let other = "other,phone-line,Elsewhere line,en,information,,,,,,,TH,,,,,,,1694,s,2026-01-01";
    let sos = "sos,emergency,112,en,health.emergency,,,,,,,PT,,,,,,,112,s,2026-01-01";
    let dir = directory(
        t.path(),
        &[line, other, sos, &place("p", "health", LAT, LON)],
    );
    let gaz = crate::common::gazetteer();
    let mut q = Query::near(ll(LAT, LON));
    q.needs = vec![need("health")];
    let o = search(&dir, Some(&gaz), &q).unwrap();
    let lines: Vec<&str> = o
        .phone_lines
        .iter()
        .map(|h| h.service.id.as_str())
        .collect();
    // The emergency number always; the help line only matches "information".
    assert_eq!(lines, ["sos"]);
    q.needs.clear();
    let o = search(&dir, Some(&gaz), &q).unwrap();
    let lines: Vec<&str> = o
        .phone_lines
        .iter()
        .map(|h| h.service.id.as_str())
        .collect();
    assert_eq!(lines, ["sos", "line"]);
    assert_eq!(o.near_place.unwrap().0.country, "PT");
}

#[test]
fn header_constant_matches_template_columns() {
    for col in HEADER.split(',') {
        assert!(ponte::source::COLUMNS.contains(&col), "{col}");
    }
}
