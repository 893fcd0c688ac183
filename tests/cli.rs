//! The real `ponte` binary on the built-in directory: what a caseworker types.

use serde_json::Value;

use crate::common::{ponte, shared_data_dir, stderr, stdout};

fn json(args: &[&str]) -> Vec<Value> {
    let o = ponte(shared_data_dir(), args);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("stdout is JSON")
}

#[test]
fn health_near_lisboa_puts_cnaim_lisboa_first_with_source_and_date() {
    let hits = json(&["search", "--near", "Lisboa", "--need", "health", "--json"]);
    let first = &hits[0];
    assert_eq!(first["id"], "pt-cnaim-lisboa");
    assert!(first["distance_m"].as_f64().unwrap() < 5_000.0);
    assert!(first["source"].as_str().unwrap().starts_with("http"));
    assert_eq!(first["verified_at"].as_str().unwrap().len(), 10);
    for key in [
        "id",
        "name",
        "needs",
        "distance_m",
        "lat",
        "lon",
        "geo_precision",
        "open_now",
        "languages",
        "source",
        "verified_at",
    ] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    assert!(first["open_now"].is_boolean() || first["open_now"].is_null());
    // Places come in distance order, an approximate place counted no nearer than its
    // uncertainty; phone lines (no distance) after them.
    let d: Vec<f64> = hits
        .iter()
        .filter_map(|h| Some(h["distance_m"].as_f64()?.max(h["uncertainty_m"].as_f64()?)))
        .collect();
    assert!(d.len() >= 3);
    assert!(d.windows(2).all(|w| w[0] <= w[1] + 1.0), "{d:?}");
}

#[test]
fn work_near_mae_sot_puts_the_mae_sot_resource_centre_first() {
    let hits = json(&[
        "search",
        "--near",
        "16.71,98.57",
        "--need",
        "work",
        "--json",
    ]);
    assert_eq!(hits[0]["id"], "th-mrc-mae-sot");
}

#[test]
fn unknown_place_is_bad_input_with_a_clear_message() {
    let o = ponte(shared_data_dir(), &["search", "--near", "nowhere-at-all"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nowhere-at-all"));
    assert!(stderr(&o).contains("coordinates"));
}

#[test]
fn coordinates_off_the_globe_are_bad_input() {
    let o = ponte(shared_data_dir(), &["search", "--near", "200,400"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("latitude 200"), "{}", stderr(&o));
}

#[test]
fn bad_filters_are_bad_input() {
    for args in [
        &["search", "--near", "Lisboa", "--need", "healthcare"][..],
        &["search", "--near", "Lisboa", "--speaks", "xx"],
        &["search", "--near", "Lisboa", "--within", "-3"],
        &["search", "--near", "Lisboa", "--limit", "0"],
        &["show", "no-such-service"],
    ] {
        let o = ponte(shared_data_dir(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).trim().is_empty());
    }
}

#[test]
fn no_result_is_success_and_says_so() {
    // Nobody in the directory serves LGBTIQ people specifically: say so, exit 0.
    let o = ponte(
        shared_data_dir(),
        &["search", "--near", "Lisboa", "--serves", "lgbtiq"],
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("No service"), "{}", stdout(&o));
}

#[test]
fn places_lists_lisbon_from_four_names() {
    for q in ["Lisboa", "Lisbon", "Лиссабон", "لشبونة"] {
        let v = json(&["places", q, "--json"]);
        assert_eq!(v[0]["name"], "Lisbon", "{q}");
        assert_eq!(v[0]["country"], "PT", "{q}");
        assert_eq!(v[0]["matched_name"], q, "{q}");
    }
}

#[test]
fn show_prints_source_and_age_and_json_has_everything() {
    let o = ponte(shared_data_dir(), &["show", "pt-cnaim-lisboa"]);
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(text.contains("arquivo.pt"), "{text}");
    assert!(text.contains("years ago"), "{text}");
    assert!(text.contains("tel:+351"), "{text}");
    let o = ponte(shared_data_dir(), &["show", "pt-cnaim-lisboa", "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["id"], "pt-cnaim-lisboa");
    assert!(v["week"].as_array().is_some_and(|w| w.len() == 7));
}

#[test]
fn every_command_has_help() {
    for cmd in [
        &["--help"][..],
        &["search", "--help"],
        &["places", "--help"],
        &["show", "--help"],
        &["validate", "--help"],
        &["directory", "build", "--help"],
    ] {
        let o = ponte(shared_data_dir(), cmd);
        assert!(o.status.success(), "{cmd:?}");
        assert!(stdout(&o).contains("Usage"), "{cmd:?}");
    }
}
