//! Criterion micro-benchmarks of the hot functions: nearest services with filters, text
//! search, and a place name typed letter by letter. They run on a synthetic directory of
//! 10,000 services (`ponte synth`, seed 7) built into a temporary folder; `ponte bench`
//! measures the same things end to end at every size.
//!
//! `cargo bench -p ponte --bench hot` (set `PONTE_BENCH_SERVICES` for another size).

use std::hint::black_box;

use chrono::TimeZone;
use criterion::{criterion_group, criterion_main, Criterion};

use ponte::datadir::DataDir;
use ponte::search::{self, Query};
use ponte::store::{Directory, DirectoryInfo};
use ponte::synth::{self, Spread};
use ponte::taxonomy::Need;

struct Fixture {
    _tmp: tempfile::TempDir,
    dir: Directory,
    gaz: ponte::gazetteer::Gazetteer,
    points: Vec<ponte::model::LatLon>,
}

fn fixture() -> Fixture {
    let services: u64 = std::env::var("PONTE_BENCH_SERVICES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let tmp = tempfile::tempdir().expect("temp folder");
    let data = DataDir::open(&tmp.path().join("data")).expect("data folder");
    let gaz = data.gazetteer().expect("gazetteer");
    let src = tmp.path().join("src");
    synth::write(&gaz, &synth::Options { services, seed: 7 }, &src).expect("synth");
    let db = tmp.path().join("synthetic.sqlite");
    let info = DirectoryInfo {
        bundle_id: "synthetic/criterion".into(),
        publisher: "synthetic".into(),
        title: "Synthetic directory (criterion)".into(),
        created: "2026-01-01T00:00:00Z".into(),
        synthetic: true,
        description: "Synthetic data for benchmarks; not real services.".into(),
        services: 0,
    };
    ponte::compile::compile(&src, &gaz, &info, &db).expect("directory builds");
    let spread = Spread::new(&gaz).expect("spread");
    let points = synth::sample_points(&spread, 7, 256, false);
    Fixture {
        dir: Directory::open(&db).expect("directory opens"),
        gaz,
        points,
        _tmp: tmp,
    }
}

fn hot(c: &mut Criterion) {
    let f = fixture();
    let now = chrono::Utc
        .with_ymd_and_hms(2026, 3, 11, 10, 0, 0)
        .single()
        .expect("a valid time");
    let health = Need::from_code("health").expect("known need");
    let legal = Need::from_code("legal-aid").expect("known need");
    let mut i = 0usize;
    c.bench_function("nearest 10, one need", |b| {
        b.iter(|| {
            i = (i + 1) % f.points.len();
            let mut q = Query::near(f.points[i]);
            q.needs = vec![health];
            q.now = now;
            black_box(search::search(&f.dir, None, &q).expect("search"))
        })
    });
    c.bench_function("nearest 10, need + language + open now + firewall", |b| {
        b.iter(|| {
            i = (i + 1) % f.points.len();
            let mut q = Query::near(f.points[i]);
            q.needs = vec![legal];
            q.languages = vec!["ar".into()];
            q.open_now = true;
            q.firewall = true;
            q.now = now;
            black_box(search::search(&f.dir, None, &q).expect("search"))
        })
    });
    c.bench_function("text search \"legal aid\"", |b| {
        b.iter(|| black_box(f.dir.text_search("legal aid", 10).expect("text")))
    });
    c.bench_function("text search Arabic", |b| {
        b.iter(|| black_box(f.dir.text_search("مساعدة قانونية", 10).expect("text")))
    });
    let typed: Vec<String> = {
        let chars: Vec<char> = "São Paulo".chars().collect();
        (1..=chars.len())
            .map(|k| chars[..k].iter().collect())
            .collect()
    };
    c.bench_function("gazetteer, \"São Paulo\" typed letter by letter", |b| {
        b.iter(|| {
            for t in &typed {
                black_box(f.gaz.search(t, 8).expect("places"));
            }
        })
    });
}

criterion_group!(benches, hot);
criterion_main!(benches);
