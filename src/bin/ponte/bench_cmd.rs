//! `ponte synth` and `ponte bench`: synthetic directories, and how fast Ponte answers on
//! them from a thousand to a million services, side by side with a full scan (and, with
//! `--peers`, PostGIS and SpatiaLite) measured in the same run.
//!
//! The bench keeps its synthetic sources and directories in a folder (`--dir`, default
//! `<data dir>/bench`) so a second run skips the slow part; it never touches the data
//! folder's directory in use. Besides timing, it checks that the search returns the same
//! services as the full scan for a sample of queries: a fast answer that differs from
//! the slow one is a bug, and the report says so.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context as _};
use chrono::{TimeZone, Utc};
use clap::Args;
use serde::Serialize;

use ponte::gazetteer::Gazetteer;
use ponte::i18n::L10n;
use ponte::model::LatLon;
use ponte::search::{self, Query};
use ponte::spatial::geodesic_m;
use ponte::store::{Directory, DirectoryInfo};
use ponte::synth::{self, Spread};
use ponte::taxonomy::Need;

use crate::out::{self, clean};
use crate::peers;
use crate::{CmdResult, Ctx, Failure};

/// `ponte synth`.
#[derive(Debug, Args)]
pub struct SynthArgs {
    /// How many service points to make.
    #[arg(long, default_value_t = 1000)]
    services: u64,
    /// Seed: the same seed makes the same rows.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Where to write: a .csv file, or a folder (it gets synthetic.csv and a README).
    #[arg(short, long)]
    output: PathBuf,
}

/// `ponte synth`: writes synthetic sources.
pub fn synth(ctx: &Ctx, a: SynthArgs) -> CmdResult {
    let l = &ctx.l10n;
    let data = ctx.open_data()?;
    let gaz = data.gazetteer()?;
    let t = Instant::now();
    let w = synth::write(
        &gaz,
        &synth::Options {
            services: a.services,
            seed: a.seed,
        },
        &a.output,
    )?;
    println!(
        "{}",
        clean(
            l,
            &l.ta(
                "bench-synth-written",
                &[
                    ("count", (w.services as f64).into()),
                    ("rural", (w.rural as f64).into()),
                    ("file", w.file.display().to_string().into()),
                    (
                        "seconds",
                        format!("{:.1}", t.elapsed().as_secs_f64()).into()
                    ),
                ],
            )
        )
    );
    Ok(())
}

/// `ponte bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// 1,000 and 10,000 services, fewer iterations: a few minutes.
    #[arg(long, conflicts_with = "full")]
    quick: bool,
    /// 1,000, 10,000, 100,000 and 1,000,000 services (the million takes long).
    #[arg(long)]
    full: bool,
    /// Sizes to measure, comma-separated (instead of those of --quick or --full).
    #[arg(long, value_delimiter = ',', value_name = "N,N")]
    sizes: Vec<u64>,
    /// Iterations per scenario: small (for tests), quick, normal, or a number.
    #[arg(long, value_name = "small|quick|normal|N")]
    iterations: Option<String>,
    /// Also run the same queries on PostGIS (psql) and SpatiaLite (mod_spatialite) when
    /// they are installed; installs nothing.
    #[arg(long)]
    peers: bool,
    /// Write the report as JSON to this file.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Folder for the synthetic sources, directories and bundles (default:
    /// <data dir>/bench). Kept between runs.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Seed of the synthetic data and of the query points.
    #[arg(long, default_value_t = 7)]
    seed: u64,
}

/// Percentiles of one set of timings, milliseconds.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Stats {
    /// Timed runs.
    pub iterations: usize,
    /// Median.
    pub p50_ms: f64,
    /// 95th percentile.
    pub p95_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
}

impl Stats {
    fn of(samples: &[Duration]) -> Option<Stats> {
        if samples.is_empty() {
            return None;
        }
        let mut ms: Vec<f64> = samples.iter().map(|d| d.as_secs_f64() * 1e3).collect();
        ms.sort_by(f64::total_cmp);
        // Nearest rank: the smallest sample with at least q of them at or below it.
        let at = |q: f64| ms[((q * ms.len() as f64).ceil() as usize).clamp(1, ms.len()) - 1];
        Some(Stats {
            iterations: ms.len(),
            p50_ms: at(0.50),
            p95_ms: at(0.95),
            p99_ms: at(0.99),
        })
    }
}

/// What a peer measured for a scenario, or why it couldn't.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PeerResult {
    /// Timings.
    Measured(Stats),
    /// The peer isn't installed (or not reachable).
    NotInstalled,
    /// The peer has no equivalent of this scenario.
    NotApplicable,
    /// It failed; the reason.
    Failed(String),
}

/// One row of the report.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Scenario id (`nearest-need`, ...).
    pub scenario: String,
    /// Ponte's timings.
    pub ponte: Stats,
    /// The full scan's timings, when the scenario has one.
    pub baseline: Option<Stats>,
    /// Ponte p50 / baseline p50.
    pub ratio: Option<f64>,
    /// PostgreSQL + PostGIS.
    pub postgis: Option<PeerResult>,
    /// SpatiaLite.
    pub spatialite: Option<PeerResult>,
}

/// The correctness check of one size.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Correctness {
    /// Queries compared.
    pub checked: usize,
    /// Queries whose ids differed (beyond ties in distance).
    pub mismatches: usize,
    /// A few of them, for a person to look at.
    pub examples: Vec<String>,
}

/// Everything measured at one size.
#[derive(Debug, Clone, Serialize)]
pub struct SizeReport {
    /// Services in the directory.
    pub services: u64,
    /// Seconds to write the synthetic sources (0 when cached).
    pub synth_s: f64,
    /// Seconds to build the directory (0 when cached).
    pub build_s: f64,
    /// Directory file size, bytes.
    pub directory_bytes: u64,
    /// Bundle file size, bytes.
    pub bundle_bytes: u64,
    /// The scenarios.
    pub rows: Vec<Row>,
    /// Search against full scan.
    pub correctness: Correctness,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Ponte's version.
    pub ponte_version: String,
    /// When it ran (UTC).
    pub started: String,
    /// Logical CPUs.
    pub cpus: usize,
    /// Seed.
    pub seed: u64,
    /// Iterations per query scenario.
    pub iterations: usize,
    /// Whether peers were asked for.
    pub peers: bool,
    /// One entry per size.
    pub sizes: Vec<SizeReport>,
    /// True when no size had a mismatch.
    pub correctness_passed: bool,
    /// Seconds the whole run took.
    pub total_s: f64,
}

/// Every scenario, in report order.
pub const SCENARIOS: &[&str] = &[
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
];

/// The text queries: a phrase, a prefix, and Arabic script.
const TEXT_LEGAL: &str = "legal aid";
const TEXT_PREFIX: &str = "shel";
const TEXT_ARABIC: &str = "مساعدة قانونية";

/// Place names typed letter by letter, in several scripts.
const TYPED: &[&str] = &[
    "Lisboa",
    "Bangkok",
    "São Paulo",
    "Mae Sot",
    "القاهرة",
    "Москва",
    "मुंबई",
    "Cartagena",
];

/// The fixed "now" of open-now filters, so runs compare (a Wednesday, 10:00 UTC).
fn bench_now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 11, 10, 0, 0)
        .single()
        .unwrap_or_else(Utc::now)
}

struct Plan {
    sizes: Vec<u64>,
    iterations: usize,
    baseline_iterations: usize,
    bundle_iterations: usize,
    process_iterations: usize,
    checks: usize,
}

fn plan(a: &BenchArgs) -> Result<Plan, String> {
    let sizes = if !a.sizes.is_empty() {
        a.sizes.clone()
    } else if a.full {
        vec![1_000, 10_000, 100_000, 1_000_000]
    } else {
        vec![1_000, 10_000]
    };
    if sizes.iter().any(|s| *s == 0 || *s > 5_000_000) {
        return Err("sizes".into());
    }
    let default = if a.full { "normal" } else { "quick" };
    let (iterations, baseline, bundle, process, checks) =
        match a.iterations.as_deref().unwrap_or(default) {
            "small" => (12, 4, 1, 3, 20),
            "quick" => (100, 20, 2, 10, 100),
            "normal" => (400, 30, 3, 30, 200),
            n => match n.parse::<usize>() {
                Ok(n) if n > 0 => (n, (n / 5).max(3), 3, n.min(30), n.min(200)),
                _ => return Err(n.to_string()),
            },
        };
    Ok(Plan {
        sizes,
        iterations,
        baseline_iterations: baseline,
        bundle_iterations: bundle,
        process_iterations: process,
        checks,
    })
}

/// `ponte bench`.
pub fn bench(ctx: &Ctx, a: BenchArgs) -> CmdResult {
    let l = &ctx.l10n;
    let started = Instant::now();
    let p = plan(&a)
        .map_err(|v| Failure::Input(clean(l, &l.ta("bench-bad-option", &[("value", v.into())]))))?;
    let data = ctx.open_data()?;
    let root = match &a.dir {
        Some(d) => d.clone(),
        None => data.root().join("bench"),
    };
    std::fs::create_dir_all(&root).with_context(|| root.display().to_string())?;
    let gaz = data.gazetteer()?;
    let spread = Spread::new(&gaz)?;
    let peer_env = if a.peers {
        Some(peers::Peers::detect())
    } else {
        None
    };
    if let Some(pe) = &peer_env {
        for (name, ok) in [
            ("PostGIS", pe.postgis_available()),
            ("SpatiaLite", pe.spatialite_available()),
        ] {
            if !ok {
                eprintln!(
                    "{}",
                    clean(l, &l.ta("bench-peer-missing", &[("peer", name.into())]))
                );
            }
        }
    }
    let mut sizes = Vec::new();
    for &n in &p.sizes {
        eprintln!(
            "{}",
            clean(
                l,
                &l.ta("bench-size-start", &[("count", (n as f64).into())])
            )
        );
        let r = bench_size(
            ctx,
            &data,
            &gaz,
            &spread,
            &root,
            n,
            a.seed,
            &p,
            peer_env.as_ref(),
        )?;
        print_size(l, &r);
        sizes.push(r);
    }
    let passed = sizes.iter().all(|s| s.correctness.mismatches == 0);
    let report = Report {
        ponte_version: env!("CARGO_PKG_VERSION").into(),
        started: Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
        seed: a.seed,
        iterations: p.iterations,
        peers: a.peers,
        sizes,
        correctness_passed: passed,
        total_s: started.elapsed().as_secs_f64(),
    };
    if let Some(path) = &a.json {
        let text = serde_json::to_string_pretty(&report).map_err(anyhow::Error::from)?;
        std::fs::write(path, text).with_context(|| path.display().to_string())?;
    }
    let summary = if passed {
        l.t("bench-correct")
    } else {
        l.t("bench-incorrect")
    };
    println!("{}", clean(l, &summary));
    if !passed {
        return Err(Failure::Internal(anyhow!("{}", clean(l, &summary))));
    }
    Ok(())
}

/// The synthetic sources and directory of size `n`, made once and kept.
fn prepare(gaz: &Gazetteer, root: &Path, n: u64, seed: u64) -> anyhow::Result<(PathBuf, f64, f64)> {
    let src = root.join(format!("synth-{n}-seed{seed}"));
    let db = root.join(format!("synth-{n}-seed{seed}.sqlite"));
    let mut synth_s = 0.0;
    let mut build_s = 0.0;
    let csv = src.join("synthetic.csv");
    if !csv.exists() {
        let t = Instant::now();
        synth::write(gaz, &synth::Options { services: n, seed }, &src)?;
        synth_s = t.elapsed().as_secs_f64();
    }
    if !db.exists() {
        let t = Instant::now();
        let info = synthetic_info(n, seed);
        ponte::compile::compile(&src, gaz, &info, &db)
            .map_err(|e| anyhow!("building {}: {e}", db.display()))?;
        build_s = t.elapsed().as_secs_f64();
    }
    Ok((db, synth_s, build_s))
}

/// The metadata of a synthetic directory: it says so.
pub fn synthetic_info(n: u64, seed: u64) -> DirectoryInfo {
    DirectoryInfo {
        bundle_id: BENCH_BUNDLE_ID.into(),
        publisher: BENCH_PUBLISHER.into(),
        title: format!("Synthetic directory ({n} services, seed {seed}) — not real services"),
        created: "2026-01-01T00:00:00Z".into(),
        synthetic: true,
        description: format!(
            "Synthetic data made by ponte synth --services {n} --seed {seed} for benchmarks; not real services."
        ),
        services: 0,
    }
}

const BENCH_PUBLISHER: &str = "synthetic";
const BENCH_BUNDLE_ID: &str = "synthetic/bench";

#[allow(clippy::too_many_arguments)]
fn bench_size(
    ctx: &Ctx,
    data: &ponte::datadir::DataDir,
    gaz: &Gazetteer,
    spread: &Spread,
    root: &Path,
    n: u64,
    seed: u64,
    p: &Plan,
    peer_env: Option<&peers::Peers>,
) -> anyhow::Result<SizeReport> {
    // A full scan of a million rows takes seconds, and so does one bundle of them:
    // fewer runs of those at the big sizes keep --full within an evening.
    let scaled = Plan {
        sizes: Vec::new(),
        iterations: p.iterations,
        baseline_iterations: if n >= 500_000 {
            p.baseline_iterations.min(8)
        } else {
            p.baseline_iterations
        },
        bundle_iterations: if n >= 100_000 { 1 } else { p.bundle_iterations },
        process_iterations: p.process_iterations,
        checks: if n >= 500_000 {
            p.checks.min(25)
        } else {
            p.checks
        },
    };
    let p = &scaled;
    let (db, synth_s, build_s) = prepare(gaz, root, n, seed)?;
    let dir = Directory::open(&db)?;
    let scan = Scan::load(&db)?;
    let now = bench_now();
    let city = synth::sample_points(spread, seed, p.iterations.max(p.checks), false);
    let rural = synth::sample_points(spread, seed ^ 0xA5A5, p.iterations.max(p.checks), true);
    let health = Need::from_code("health").map_err(|e| anyhow!("{}", e.code))?;
    let legal = Need::from_code("legal-aid").map_err(|e| anyhow!("{}", e.code))?;
    let shelter = Need::from_code("housing.shelter").map_err(|e| anyhow!("{}", e.code))?;
    let base = |pt: LatLon| {
        let mut q = Query::near(pt);
        q.now = now;
        q
    };
    // The query of each spatial scenario at a point.
    let make = |scenario: &str, pt: LatLon| -> Query {
        let mut q = base(pt);
        match scenario {
            "nearest-need" => q.needs = vec![health],
            "nearest-filtered" => {
                q.needs = vec![legal];
                q.languages = vec!["ar".into()];
                q.open_now = true;
                q.firewall = true;
            }
            "within-radius" => {
                q.needs = vec![health];
                q.within_m = Some(5_000.0);
            }
            "rural-widening" => {
                q.needs = vec![shelter];
                q.firewall = true;
            }
            "text-near" => q.text = Some(TEXT_LEGAL.into()),
            _ => {}
        }
        q
    };
    let points_for = |scenario: &str| -> &[LatLon] {
        if scenario == "rural-widening" {
            &rural
        } else {
            &city
        }
    };

    let mut rows = Vec::new();
    let mut correctness = Correctness::default();
    for scenario in [
        "nearest-need",
        "nearest-filtered",
        "within-radius",
        "rural-widening",
        "text-near",
    ] {
        let pts = points_for(scenario);
        let mut samples = Vec::with_capacity(p.iterations);
        for pt in pts.iter().take(p.iterations) {
            let q = make(scenario, *pt);
            let t = Instant::now();
            let out = search::search(&dir, None, &q)?;
            samples.push(t.elapsed());
            std::hint::black_box(out);
        }
        let mut base_samples = Vec::new();
        for pt in pts.iter().take(p.baseline_iterations) {
            let q = make(scenario, *pt);
            let t = Instant::now();
            let out = scan.nearest(&dir, &q)?;
            base_samples.push(t.elapsed());
            std::hint::black_box(out);
        }
        // Correctness: the search against the full scan, on other points than the timed
        // ones where there are enough.
        let checks = if scenario == "text-near" {
            (p.checks.min(pts.len()) / 4).max(1)
        } else {
            p.checks.min(pts.len())
        };
        for pt in pts.iter().rev().take(checks) {
            let q = make(scenario, *pt);
            let got = search::search(&dir, None, &q)?;
            let want = scan.nearest(&dir, &q)?;
            correctness.checked += 1;
            let got: Vec<(i64, f64)> = got
                .hits
                .iter()
                .map(|h| (scan.rid_of(&h.service.id), h.distance_m.unwrap_or(f64::NAN)))
                .collect();
            if !same_up_to_ties(&got, &want) {
                correctness.mismatches += 1;
                if correctness.examples.len() < 5 {
                    correctness.examples.push(format!(
                        "{scenario} at {pt}: search {:?} vs scan {:?}",
                        got.iter().map(|x| x.0).collect::<Vec<_>>(),
                        want.iter().map(|x| x.0).collect::<Vec<_>>()
                    ));
                }
            }
        }
        let (postgis, spatialite) = match peer_env {
            // The peers have no full-text index over the same folded text: no equivalent.
            Some(_) if scenario == "text-near" => (
                Some(PeerResult::NotApplicable),
                Some(PeerResult::NotApplicable),
            ),
            Some(pe) => {
                let qs: Vec<Query> = pts
                    .iter()
                    .take(p.baseline_iterations.max(20).min(p.iterations))
                    .map(|pt| make(scenario, *pt))
                    .collect();
                (
                    Some(pe.postgis(&db, n, &qs)),
                    Some(pe.spatialite(&db, n, &qs)),
                )
            }
            None => (None, None),
        };
        rows.push(row(scenario, &samples, &base_samples, postgis, spatialite)?);
    }

    // Text alone: FTS5 against a scan of every name and description.
    for (scenario, text) in [
        ("text-legal-aid", TEXT_LEGAL),
        ("text-prefix", TEXT_PREFIX),
        ("text-arabic", TEXT_ARABIC),
    ] {
        let mut samples = Vec::new();
        for _ in 0..p.iterations {
            let t = Instant::now();
            let hits = dir.text_search(text, 10)?;
            samples.push(t.elapsed());
            std::hint::black_box(hits);
        }
        let mut base_samples = Vec::new();
        for _ in 0..p.baseline_iterations {
            let t = Instant::now();
            let hits = scan.text(text)?;
            base_samples.push(t.elapsed());
            std::hint::black_box(hits);
        }
        let na = peer_env.map(|_| PeerResult::NotApplicable);
        rows.push(row(scenario, &samples, &base_samples, na.clone(), na)?);
    }

    // Gazetteer, as typed: every prefix of every name is one lookup.
    {
        let prefixes: Vec<String> = TYPED
            .iter()
            .flat_map(|name| {
                let chars: Vec<char> = name.chars().collect();
                (1..=chars.len())
                    .map(move |k| chars[..k].iter().collect::<String>())
                    .collect::<Vec<_>>()
            })
            .collect();
        let rounds = (p.iterations / prefixes.len()).max(1);
        let mut samples = Vec::new();
        for _ in 0..rounds {
            for pre in &prefixes {
                let t = Instant::now();
                let found = gaz.search(pre, 8)?;
                samples.push(t.elapsed());
                std::hint::black_box(found);
            }
        }
        let gscan = GazScan::load(data.gazetteer_path())?;
        let mut base_samples = Vec::new();
        for pre in prefixes.iter().take(p.baseline_iterations) {
            let t = Instant::now();
            let found = gscan.prefix(pre, 8);
            base_samples.push(t.elapsed());
            std::hint::black_box(found);
        }
        let na = peer_env.map(|_| PeerResult::NotApplicable);
        rows.push(row(
            "gazetteer-typing",
            &samples,
            &base_samples,
            na.clone(),
            na,
        )?);
    }

    // Bundles: build, verify, install (a throwaway publisher and data folder).
    let bundle_bytes = bundle_rows(root, &db, n, p, peer_env.is_some(), &mut rows)?;

    // The default directory's `ponte search` as a whole process.
    {
        let exe = std::env::current_exe()?;
        let dd = root.join("default-data");
        let mut samples = Vec::new();
        // The first run builds the built-in data in a fresh folder: not timed.
        for i in 0..=p.process_iterations {
            let t = Instant::now();
            let st = std::process::Command::new(&exe)
                .args([
                    "search", "--near", "Lisboa", "--need", "health", "--lang", "en",
                ])
                .arg("--data-dir")
                .arg(&dd)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()?;
            let el = t.elapsed();
            if !st.success() {
                return Err(anyhow!("ponte search failed: {st}"));
            }
            if i > 0 {
                samples.push(el);
            }
        }
        let na = peer_env.map(|_| PeerResult::NotApplicable);
        rows.push(row("search-process", &samples, &[], na.clone(), na)?);
    }
    let _ = ctx;
    rows.sort_by_key(|r| SCENARIOS.iter().position(|s| *s == r.scenario));

    Ok(SizeReport {
        services: n,
        synth_s,
        build_s,
        directory_bytes: std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0),
        bundle_bytes,
        rows,
        correctness,
    })
}

fn row(
    scenario: &str,
    samples: &[Duration],
    base: &[Duration],
    postgis: Option<PeerResult>,
    spatialite: Option<PeerResult>,
) -> anyhow::Result<Row> {
    let ponte = Stats::of(samples).ok_or_else(|| anyhow!("{scenario}: no samples"))?;
    let baseline = Stats::of(base);
    let ratio = baseline
        .filter(|b| b.p50_ms > 0.0)
        .map(|b| ponte.p50_ms.max(1e-6) / b.p50_ms);
    Ok(Row {
        scenario: scenario.into(),
        ponte,
        baseline,
        ratio,
        postgis,
        spatialite,
    })
}

/// Same services in the same order, except where neighbours are at the same distance
/// (to a millimetre), which either order ranks correctly.
fn same_up_to_ties(got: &[(i64, f64)], want: &[(i64, f64)]) -> bool {
    if got.len() != want.len() {
        return false;
    }
    got.iter()
        .zip(want)
        .all(|(g, w)| g.0 == w.0 || (g.1 - w.1).abs() < 1e-3)
}

/// Builds, verifies and installs bundles of the directory; returns the bundle's size.
fn bundle_rows(
    root: &Path,
    db: &Path,
    n: u64,
    p: &Plan,
    peers: bool,
    rows: &mut Vec<Row>,
) -> anyhow::Result<u64> {
    use ponte::bundle::{self, build, keys, trust::TrustStore, Checks};
    let kdir = root.join("keys");
    std::fs::create_dir_all(&kdir)?;
    let key = |name: &str| -> anyhow::Result<keys::Secret> {
        let path = kdir.join(format!("{name}.key"));
        if !path.exists() {
            let (sk, _, _) = keys::generate(None)?;
            std::fs::write(&path, sk)?;
        }
        Ok(keys::read_secret(&path, || {
            Err(bundle::BundleError::Core(ponte::Error::Input(
                "bench keys are unencrypted".into(),
            )))
        })?)
    };
    let rootk = key("root")?;
    let signing = key("signing")?;
    let list = keys::KeyList {
        kind: keys::KEY_LIST_TYPE.into(),
        format: keys::KEY_LIST_FORMAT,
        publisher: BENCH_PUBLISHER.into(),
        publisher_name: "Synthetic data (ponte bench)".into(),
        version: 1,
        issued: "2026-01-01T00:00:00Z".into(),
        keys: vec![keys::ListedKey {
            key_id: signing.public.id.clone(),
            public_key: signing.public.to_base64(),
            valid_from: "2020-01-01T00:00:00Z".into(),
            valid_until: None,
            revoked: false,
            note: String::new(),
        }],
    };
    let list_json = list.to_json();
    let list_sig = keys::sign(&rootk, list_json.as_bytes(), "bench key list")?;
    let mut trust = TrustStore::empty();
    trust.add_for_now(rootk.public.clone());
    let out = root.join(format!("synth-{n}.ponte"));
    let install_root = root.join("install-data");
    // A fresh data folder per size keeps sequences simple; building its built-in data is
    // not timed.
    let _ = std::fs::remove_dir_all(&install_root);
    let mut idata = ponte::datadir::DataDir::open(&install_root)?;
    let checks = Checks::default();
    let (mut tb, mut tv, mut ti) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..p.bundle_iterations {
        let seq = i as i64 + 1;
        let now = Utc::now();
        let opts = build::BuildOptions {
            bundle_id: BENCH_BUNDLE_ID.into(),
            title: format!("Synthetic directory, {n} services (not real)"),
            sequence: seq,
            created: now - chrono::Duration::minutes(1),
            expires: now + chrono::Duration::days(30),
            min_app_version: "0.1.0".into(),
            key_list: list_json.clone(),
            key_list_sig: list_sig.clone(),
            level: build::ZSTD_LEVEL,
        };
        let t = Instant::now();
        build::build(db, &signing, &opts, &out, &mut bundle::no_progress)?;
        tb.push(t.elapsed());
        let t = Instant::now();
        bundle::verify::verify_file(
            &out,
            &trust,
            idata.user(),
            &checks,
            &install_root,
            &mut bundle::no_progress,
        )?;
        tv.push(t.elapsed());
        let t = Instant::now();
        bundle::install::install_file(&mut idata, &out, &trust, &checks, &mut bundle::no_progress)?;
        ti.push(t.elapsed());
    }
    let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    let na = || peers.then_some(PeerResult::NotApplicable);
    rows.push(row("build-bundle", &tb, &[], na(), na())?);
    rows.push(row("verify-bundle", &tv, &[], na(), na())?);
    rows.push(row("install-bundle", &ti, &[], na(), na())?);
    drop(idata);
    let _ = std::fs::remove_dir_all(&install_root);
    let _ = std::fs::remove_file(&out);
    Ok(size)
}

/// The baseline: what an engineer writes without a spatial index — read every place,
/// compute every geodesic distance, sort, then apply the same filters nearest first.
pub struct Scan {
    conn: rusqlite::Connection,
    ids: std::collections::HashMap<String, i64>,
}

impl Scan {
    fn load(db: &Path) -> anyhow::Result<Scan> {
        let conn = rusqlite::Connection::open_with_flags(
            db,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let mut ids = std::collections::HashMap::new();
        {
            let mut st = conn.prepare("SELECT id, rid FROM service")?;
            let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
            for r in rows {
                let (id, rid) = r?;
                ids.insert(id, rid);
            }
        }
        Ok(Scan { conn, ids })
    }

    fn rid_of(&self, id: &str) -> i64 {
        self.ids.get(id).copied().unwrap_or(-1)
    }

    /// The `limit` nearest matches of `q`, as (rid, geodesic metres), ranked as the
    /// search ranks (an approximate place no nearer than its uncertainty).
    fn nearest(&self, dir: &Directory, q: &Query) -> anyhow::Result<Vec<(i64, f64)>> {
        let need_mask = q.needs.iter().fold(0u64, |m, n| m | n.filter_mask());
        let mut required = 0u64;
        if q.free {
            required |= ponte::store::flags::FREE;
        }
        if q.no_documents {
            required |= ponte::store::flags::NO_DOCUMENTS;
        }
        if q.firewall {
            required |= ponte::store::flags::FIREWALL;
        }
        let serves = ponte::taxonomy::serves_mask(&q.serves);
        let text = match q.text.as_deref() {
            Some(t) => Some(dir.text_matches(t)?),
            None => None,
        };
        let mut st = self
            .conn
            .prepare_cached("SELECT rid, lat, lon, unc, needs, flags, serves FROM service_geo")?;
        let mut all: Vec<(f64, f64, i64)> = Vec::new();
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let (needs, flags, sv): (i64, i64, i64) = (r.get(4)?, r.get(5)?, r.get(6)?);
            if need_mask != 0 && (needs as u64 & need_mask) == 0 {
                continue;
            }
            if (flags as u64 & required) != required {
                continue;
            }
            if serves != 0 && (sv as u64 & serves) == 0 {
                continue;
            }
            let rid: i64 = r.get(0)?;
            let pt = LatLon {
                lat: r.get(1)?,
                lon: r.get(2)?,
            };
            let unc: f64 = r.get::<_, Option<f64>>(3)?.unwrap_or(0.0);
            let d = geodesic_m(q.near, pt);
            all.push((d.max(unc), d, rid));
        }
        all.sort_by(|a, b| {
            a.0.total_cmp(&b.0)
                .then(a.1.total_cmp(&b.1))
                .then(a.2.cmp(&b.2))
        });
        let limit = q.limit.max(1);
        let row_filters = !q.languages.is_empty() || q.open_now;
        let max_unc = all.iter().map(|x| x.0 - x.1).fold(0.0, f64::max);
        let mut passing: Vec<(i64, f64)> = Vec::new();
        let mut inside = 0;
        for (key, d, rid) in &all {
            if let Some(w) = q.within_m {
                if inside >= limit {
                    break;
                }
                if passing.len() >= limit && *key > w + max_unc {
                    break;
                }
            } else if passing.len() >= limit {
                break;
            }
            if text.as_ref().is_some_and(|t| !t.contains(rid)) {
                continue;
            }
            if row_filters && !search::passes_row_filters(dir, *rid, q)? {
                continue;
            }
            if q.within_m.is_some_and(|w| *d <= w) {
                inside += 1;
            }
            passing.push((*rid, *d));
        }
        Ok(match q.within_m {
            Some(w) if inside > 0 => passing
                .into_iter()
                .filter(|(_, d)| *d <= w)
                .take(limit)
                .collect(),
            _ => passing.into_iter().take(limit).collect(),
        })
    }

    /// Row ids whose name or description (any language) has every word of `query` as a
    /// word prefix, scanning every row.
    fn text(&self, query: &str) -> anyhow::Result<Vec<i64>> {
        let words = ponte::text::words(query);
        let mut st = self.conn.prepare_cached(
            "SELECT s.rid, s.name, coalesce(s.description, ''),
                    coalesce((SELECT group_concat(value, ' ') FROM service_text t WHERE t.rid = s.rid), '')
             FROM service s",
        )?;
        let mut rows = st.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let text = format!(
                "{} {} {}",
                r.get_ref(1)?.as_str()?,
                r.get_ref(2)?.as_str()?,
                r.get_ref(3)?.as_str()?
            );
            let have = ponte::text::words(&text);
            if words
                .iter()
                .all(|w| have.iter().any(|h| h.starts_with(w.as_str())))
            {
                out.push(r.get(0)?);
            }
        }
        Ok(out)
    }
}

/// The gazetteer baseline: every name of every place, folded, held in memory, and a
/// linear scan for a typed prefix.
struct GazScan {
    names: Vec<(String, i64, i64)>,
}

impl GazScan {
    fn load(path: &Path) -> anyhow::Result<GazScan> {
        let conn = rusqlite::Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )?;
        let mut st = conn.prepare("SELECT id, name, names, population FROM place")?;
        let mut rows = st.query([])?;
        let mut names = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let pop: i64 = r.get(3)?;
            let main: String = r.get(1)?;
            let alt: String = r.get(2)?;
            for n in std::iter::once(main.as_str()).chain(alt.split('|')) {
                if !n.is_empty() {
                    names.push((ponte::text::fold(n), id, pop));
                }
            }
        }
        Ok(GazScan { names })
    }

    fn prefix(&self, typed: &str, limit: usize) -> Vec<i64> {
        let key = ponte::text::fold(typed);
        let mut found: Vec<(i64, i64)> = self
            .names
            .iter()
            .filter(|(n, _, _)| n.starts_with(&key) || n.split(' ').any(|w| w.starts_with(&key)))
            .map(|(_, id, pop)| (*pop, *id))
            .collect();
        found.sort_unstable_by(|a, b| b.cmp(a));
        found.dedup_by_key(|x| x.1);
        found.into_iter().take(limit).map(|x| x.1).collect()
    }
}

fn ms(l: &L10n, v: f64) -> String {
    let digits = if v < 1.0 {
        3
    } else if v < 100.0 {
        2
    } else {
        0
    };
    l.number(v, digits)
}

fn peer_cell(l: &L10n, p: &Option<PeerResult>) -> String {
    match p {
        None => String::new(),
        Some(PeerResult::Measured(s)) => ms(l, s.p50_ms),
        Some(PeerResult::NotInstalled) => l.t("bench-peer-not-installed"),
        Some(PeerResult::NotApplicable) => "—".into(),
        Some(PeerResult::Failed(_)) => l.t("bench-peer-failed"),
    }
}

fn print_size(l: &L10n, r: &SizeReport) {
    println!(
        "\n{}",
        clean(
            l,
            &l.ta(
                "bench-size-title",
                &[
                    ("count", (r.services as f64).into()),
                    ("build", format!("{:.1}", r.build_s).into()),
                    (
                        "mb",
                        format!("{:.1}", r.directory_bytes as f64 / 1e6).into()
                    ),
                ],
            )
        )
    );
    let mut header = vec![
        l.t("bench-col-scenario"),
        l.t("bench-col-p50"),
        l.t("bench-col-p95"),
        l.t("bench-col-p99"),
        l.t("bench-col-baseline"),
        l.t("bench-col-ratio"),
    ];
    let peers = r.rows.iter().any(|x| x.postgis.is_some());
    if peers {
        header.push(l.t("bench-col-postgis"));
        header.push(l.t("bench-col-spatialite"));
    }
    let mut t = out::Table::new(header);
    for x in &r.rows {
        let mut cells = vec![
            l.t(&format!("bench-scenario-{}", x.scenario)),
            ms(l, x.ponte.p50_ms),
            ms(l, x.ponte.p95_ms),
            ms(l, x.ponte.p99_ms),
            x.baseline
                .map(|b| ms(l, b.p50_ms))
                .unwrap_or_else(|| "—".into()),
            x.ratio
                .map(|v| {
                    if v < 0.01 {
                        l.ta(
                            "bench-ratio-times-faster",
                            &[("times", l.number(1.0 / v, 0).into())],
                        )
                    } else {
                        l.number(v, 2)
                    }
                })
                .unwrap_or_else(|| "—".into()),
        ];
        if peers {
            cells.push(peer_cell(l, &x.postgis));
            cells.push(peer_cell(l, &x.spatialite));
        }
        t.row(cells);
    }
    t.print(l);
    let c = &r.correctness;
    println!(
        "{}",
        clean(
            l,
            &l.ta(
                "bench-correctness",
                &[
                    ("checked", (c.checked as f64).into()),
                    ("mismatches", (c.mismatches as f64).into()),
                ],
            )
        )
    );
    for e in &c.examples {
        println!("  {e}");
    }
}
