//! `ponte synth` and `ponte bench`: synthetic data is deterministic, says it is synthetic
//! and passes the directory's own checks; the bench runs end to end at the smallest size
//! and writes a report of the right shape (timings are not asserted: they depend on the
//! machine).

use serde_json::Value;

use crate::common::{gazetteer, ponte, shared_data_dir, stderr};

#[test]
fn synth_is_deterministic_and_every_record_says_synthetic() {
    let tmp = tempfile::tempdir().unwrap();
    let gaz = gazetteer();
    let opts = ponte::synth::Options {
        services: 400,
        seed: 11,
    };
    let a = ponte::synth::write(&gaz, &opts, &tmp.path().join("a.csv")).unwrap();
    let b = ponte::synth::write(&gaz, &opts, &tmp.path().join("b.csv")).unwrap();
    let other = ponte::synth::write(
        &gaz,
        &ponte::synth::Options { seed: 12, ..opts },
        &tmp.path().join("c.csv"),
    )
    .unwrap();
    let bytes = |p: &std::path::Path| std::fs::read(p).unwrap();
    assert_eq!(bytes(&a.file), bytes(&b.file), "same seed, same bytes");
    assert_ne!(
        bytes(&a.file),
        bytes(&other.file),
        "another seed, other rows"
    );
    assert!(
        a.rural > 0 && a.rural < 120,
        "about a tenth rural: {}",
        a.rural
    );

    // The NGO reader takes it without an error, and every record says synthetic.
    let loaded = ponte::source::read_path(&a.file).unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics.first());
    assert_eq!(loaded.services.len(), 400);
    assert!(ponte::synth::is_synthetic(&loaded));
    for s in &loaded.services {
        assert_eq!(s.source, "synthetic: ponte synth seed 11");
        let en = s.name.translations.get("en").unwrap_or(&s.name.value);
        assert!(en.contains("synthetic"), "{en}");
        assert!(s.timezone.is_some() && s.opening_hours.as_deref() != Some(""));
        assert!(s.location.is_some());
    }
    let scripts = |pred: fn(char) -> bool| {
        loaded
            .services
            .iter()
            .any(|s| s.name.value.chars().any(pred))
    };
    assert!(
        scripts(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "Arabic"
    );
    assert!(
        scripts(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
        "Cyrillic"
    );

    // The directory's own validation finds no error.
    let out = ponte::dataio::validate(
        &a.file,
        &gaz,
        &ponte::hsds::ImportOptions::default(),
        &ponte::validate::Options::default(),
        &mut |_| {},
    )
    .unwrap();
    assert!(!out.has_errors(), "{:?}", out.findings.first());
}

#[test]
fn a_directory_built_from_synthetic_sources_says_synthetic() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    let db = tmp.path().join("dir.sqlite");
    let o = ponte(
        shared_data_dir(),
        &[
            "synth",
            "--services",
            "200",
            "--seed",
            "3",
            "-o",
            src.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = ponte(
        shared_data_dir(),
        &[
            "directory",
            "build",
            src.to_str().unwrap(),
            "-o",
            db.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let dir = ponte::store::Directory::open(&db).unwrap();
    assert!(dir.info().synthetic);
    assert_eq!(dir.len().unwrap(), 200);
}

#[test]
fn bench_quick_at_the_smallest_size_writes_a_report_of_the_right_shape() {
    let tmp = tempfile::tempdir().unwrap();
    let report = tmp.path().join("report.json");
    let o = ponte(
        shared_data_dir(),
        &[
            "bench",
            "--quick",
            "--sizes",
            "1000",
            "--iterations",
            "small",
            "--dir",
            tmp.path().join("bench").to_str().unwrap(),
            "--json",
            report.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let r: Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(r["correctness_passed"], true, "{r:#}");
    let sizes = r["sizes"].as_array().unwrap();
    assert_eq!(sizes.len(), 1);
    let s = &sizes[0];
    assert_eq!(s["services"], 1000);
    assert!(s["correctness"]["checked"].as_u64().unwrap() > 0);
    assert_eq!(s["correctness"]["mismatches"], 0);
    assert!(s["bundle_bytes"].as_u64().unwrap() > 0);
    let rows = s["rows"].as_array().unwrap();
    let names: Vec<&str> = rows
        .iter()
        .map(|x| x["scenario"].as_str().unwrap())
        .collect();
    for want in [
        "nearest-need",
        "nearest-filtered",
        "within-radius",
        "rural-widening",
        "text-legal-aid",
        "text-prefix",
        "text-arabic",
        "text-near",
        "gazetteer-typing",
        "build-bundle",
        "verify-bundle",
        "install-bundle",
        "search-process",
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    for x in rows {
        let p = &x["ponte"];
        let (p50, p95, p99) = (
            p["p50_ms"].as_f64().unwrap(),
            p["p95_ms"].as_f64().unwrap(),
            p["p99_ms"].as_f64().unwrap(),
        );
        assert!(0.0 <= p50 && p50 <= p95 && p95 <= p99, "{x}");
        if let Some(ratio) = x["ratio"].as_f64() {
            assert!(ratio > 0.0, "{x}");
        }
    }
    // Every scenario with a full-scan baseline has a ratio.
    for x in rows.iter().filter(|x| !x["baseline"].is_null()) {
        assert!(x["ratio"].as_f64().is_some(), "{x}");
    }
}

#[test]
fn text_checked_row_by_row_agrees_with_the_set_of_matches() {
    // Big directories check common words per row (search.rs); both ways must agree.
    let tmp = tempfile::tempdir().unwrap();
    let gaz = gazetteer();
    let src = tmp.path().join("s.csv");
    ponte::synth::write(
        &gaz,
        &ponte::synth::Options {
            services: 1500,
            seed: 5,
        },
        &src,
    )
    .unwrap();
    let db = tmp.path().join("d.sqlite");
    let info = ponte::store::DirectoryInfo {
        bundle_id: "synthetic/test".into(),
        synthetic: true,
        ..Default::default()
    };
    ponte::compile::compile(&src, &gaz, &info, &db).unwrap();
    let dir = ponte::store::Directory::open(&db).unwrap();
    for q in ["legal aid", "shel", "مساعدة قانونية", "nothing-like-this"] {
        let set = dir.text_matches(q).unwrap();
        assert_eq!(
            dir.text_matches_up_to(q, 1_000_000).unwrap().as_ref(),
            Some(&set)
        );
        if set.len() > 3 {
            assert!(dir.text_matches_up_to(q, 3).unwrap().is_none());
        }
        for rid in 1..=1500 {
            assert_eq!(
                dir.text_matches_row(q, rid).unwrap(),
                set.contains(&rid),
                "{q} {rid}"
            );
        }
    }
}
