//! `ponte bench --peers`: the same nearest-service queries on the spatial databases an
//! engineer would otherwise reach for, over the same data, when they are installed.
//!
//! - PostgreSQL + PostGIS, driven through the `psql` binary (no client library in
//!   Ponte): a `geography` column with a GiST index, `ORDER BY geog <-> point LIMIT 10`
//!   with the filters in `WHERE`. Times are psql's `\timing` per statement, so they
//!   include a local-socket round trip Ponte doesn't pay. Connection: psql's usual
//!   environment (`PGHOST`, `PGDATABASE`, ...; default database `ponte_bench`).
//! - SpatiaLite (`mod_spatialite`, loaded into a separate SQLite file made for it): its
//!   R*Tree `SpatialIndex` with a growing search frame, ranked by `ST_Distance(.., 1)`
//!   (geodesic on the ellipsoid) — SpatiaLite's `KNN` virtual table can't filter and
//!   stops at 1024 items, so filtered queries need the frame.
//!
//! SpatiaLite needs a build with `--features peers` (SQLite extension loading is compiled
//! out otherwise); without it its column says "not installed".
//!
//! Neither evaluates OpenStreetMap opening hours, so their "open now" is not applied
//! (noted in BENCHMARKS.md); every other filter is. Nothing is installed here.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use ponte::search::Query;

use crate::bench_cmd::{PeerResult, Stats};

/// What is installed.
pub struct Peers {
    psql: bool,
    spatialite: Option<PathBuf>,
}

fn db_name() -> String {
    std::env::var("PGDATABASE").unwrap_or_else(|_| "ponte_bench".into())
}

impl Peers {
    /// Looks for `psql` with PostGIS available, and for `mod_spatialite`.
    pub fn detect() -> Peers {
        let psql = Command::new("psql")
            .args(["-X", "-q", "-A", "-t", "-d", &db_name(), "-c"])
            .arg("CREATE EXTENSION IF NOT EXISTS postgis; SELECT postgis_version();")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        let spatialite = [
            "/usr/lib/x86_64-linux-gnu/mod_spatialite.so",
            "/usr/lib/aarch64-linux-gnu/mod_spatialite.so",
            "/usr/lib/mod_spatialite.so",
            "/usr/local/lib/mod_spatialite.so",
        ]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists());
        Peers { psql, spatialite }
    }

    /// PostGIS can be used.
    pub fn postgis_available(&self) -> bool {
        self.psql
    }

    /// SpatiaLite can be used (installed, and this build has the `peers` feature).
    pub fn spatialite_available(&self) -> bool {
        cfg!(feature = "peers") && self.spatialite.is_some()
    }

    /// Runs `qs` on PostGIS over the directory `db` (loaded once per size).
    pub fn postgis(&self, db: &Path, n: u64, qs: &[Query]) -> PeerResult {
        if !self.psql {
            return PeerResult::NotInstalled;
        }
        match postgis_run(db, n, qs) {
            Ok(s) => PeerResult::Measured(s),
            Err(e) => PeerResult::Failed(e.to_string()),
        }
    }

    /// Runs `qs` on SpatiaLite over the directory `db` (converted once per size).
    #[cfg(feature = "peers")]
    pub fn spatialite(&self, db: &Path, _n: u64, qs: &[Query]) -> PeerResult {
        let Some(lib) = &self.spatialite else {
            return PeerResult::NotInstalled;
        };
        match spatialite_run(lib, db, qs) {
            Ok(s) => PeerResult::Measured(s),
            Err(e) => PeerResult::Failed(e.to_string()),
        }
    }

    /// Without the `peers` feature this build can't load SQLite extensions at all.
    #[cfg(not(feature = "peers"))]
    pub fn spatialite(&self, _db: &Path, _n: u64, _qs: &[Query]) -> PeerResult {
        PeerResult::NotInstalled
    }
}

/// The masks and SQL filters of a query.
struct Filters {
    need: i64,
    flags: i64,
    language: Option<String>,
    within: Option<f64>,
}

fn filters(q: &Query) -> Filters {
    let mut flags = 0u64;
    if q.free {
        flags |= ponte::store::flags::FREE;
    }
    if q.no_documents {
        flags |= ponte::store::flags::NO_DOCUMENTS;
    }
    if q.firewall {
        flags |= ponte::store::flags::FIREWALL;
    }
    Filters {
        need: q.needs.iter().fold(0u64, |m, n| m | n.filter_mask()) as i64,
        flags: flags as i64,
        // Codes are letters and hyphens (checked by the reader): safe inside quotes.
        language: q.languages.first().map(|l| {
            l.chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect()
        }),
        within: q.within_m,
    }
}

/// A row of the peers' table: rid, lat, lon, needs, flags, serves, languages.
type PeerRow = (i64, f64, f64, i64, i64, i64, String);

/// Every place of the directory as a peer row.
fn export(db: &Path) -> anyhow::Result<Vec<PeerRow>> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let mut st = conn.prepare(
        "SELECT g.rid, g.lat, g.lon, g.needs, g.flags, g.serves, s.languages
         FROM service_geo g JOIN service s ON s.rid = g.rid",
    )?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
            r.get(6)?,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn psql(script: &str) -> anyhow::Result<String> {
    let mut child = Command::new("psql")
        .args([
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-d",
            &db_name(),
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    if let Some(mut sin) = child.stdin.take() {
        sin.write_all(script.as_bytes())?;
    }
    let out = child.wait_with_output()?;
    if !out.status.success() {
        anyhow::bail!("psql: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn postgis_run(db: &Path, n: u64, qs: &[Query]) -> anyhow::Result<Stats> {
    let table = format!("svc_{n}");
    let have = psql(&format!(
        "SELECT count(*) FROM pg_class WHERE relname = '{table}';"
    ))?;
    let loaded =
        have.trim() == "1" && psql(&format!("SELECT count(*) = {n} FROM {table};"))?.trim() == "t";
    if !loaded {
        let csv = db.with_extension("postgis.csv");
        {
            let mut w = std::io::BufWriter::new(std::fs::File::create(&csv)?);
            for (rid, lat, lon, needs, flags, serves, langs) in export(db)? {
                writeln!(w, "{rid},{lat},{lon},{needs},{flags},{serves},;{langs};")?;
            }
            w.flush()?;
        }
        psql(&format!(
            "DROP TABLE IF EXISTS {table};
             CREATE TABLE {table} (rid bigint PRIMARY KEY, lat float8, lon float8, needs bigint,
                 flags bigint, serves bigint, languages text, geog geography(Point, 4326));
             \\copy {table} (rid, lat, lon, needs, flags, serves, languages) FROM '{}' CSV
             UPDATE {table} SET geog = ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography;
             CREATE INDEX ON {table} USING gist (geog);
             VACUUM ANALYZE {table};",
            csv.display()
        ))?;
        let _ = std::fs::remove_file(&csv);
    }
    let mut script = String::from("\\timing on\n\\o /dev/null\n");
    for q in qs {
        let f = filters(q);
        let pt = format!(
            "ST_SetSRID(ST_MakePoint({}, {}), 4326)::geography",
            q.near.lon, q.near.lat
        );
        let mut wh = vec![format!("(flags & {0}) = {0}", f.flags)];
        if f.need != 0 {
            wh.push(format!("(needs & {}) <> 0", f.need));
        }
        if let Some(l) = &f.language {
            wh.push(format!("languages LIKE '%;{l};%'"));
        }
        if let Some(w) = f.within {
            wh.push(format!("ST_DWithin(geog, {pt}, {w})"));
        }
        script.push_str(&format!(
            "SELECT rid FROM {table} WHERE {} ORDER BY geog <-> {pt} LIMIT {};\n",
            wh.join(" AND "),
            q.limit.max(1)
        ));
    }
    let out = psql(&script)?;
    let samples: Vec<Duration> = out
        .lines()
        .filter_map(|l| l.strip_prefix("Time: "))
        .filter_map(|t| t.split_whitespace().next()?.parse::<f64>().ok())
        .map(|ms| Duration::from_secs_f64(ms / 1e3))
        .collect();
    stats(&samples)
}

fn stats(samples: &[Duration]) -> anyhow::Result<Stats> {
    if samples.is_empty() {
        anyhow::bail!("no timings");
    }
    let mut ms: Vec<f64> = samples.iter().map(|d| d.as_secs_f64() * 1e3).collect();
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((q * ms.len() as f64).ceil() as usize).clamp(1, ms.len()) - 1];
    Ok(Stats {
        iterations: ms.len(),
        p50_ms: at(0.5),
        p95_ms: at(0.95),
        p99_ms: at(0.99),
    })
}

#[cfg(feature = "peers")]
fn spatialite_run(lib: &Path, db: &Path, qs: &[Query]) -> anyhow::Result<Stats> {
    let file = db.with_extension("spatialite.sqlite");
    let conn = rusqlite::Connection::open(&file)?;
    // SAFETY: loads the system's mod_spatialite into this connection only (a file the
    // bench made for it); no directory or gazetteer connection ever enables loading.
    unsafe {
        let guard = rusqlite::LoadExtensionGuard::new(&conn)?;
        conn.load_extension(lib, None::<&str>)?;
        drop(guard);
    }
    let ready: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'svc'",
            [],
            |r| r.get(0),
        )
        .unwrap_or(0);
    if ready == 0 {
        conn.execute_batch(
            "SELECT InitSpatialMetadata(1);
             CREATE TABLE svc (rid INTEGER PRIMARY KEY, needs INTEGER, flags INTEGER,
                 serves INTEGER, languages TEXT);
             SELECT AddGeometryColumn('svc', 'geom', 4326, 'POINT', 'XY');",
        )?;
        let tx = conn.unchecked_transaction()?;
        {
            let mut ins = tx.prepare(
                "INSERT INTO svc (rid, needs, flags, serves, languages, geom)
                 VALUES (?1, ?2, ?3, ?4, ?5, MakePoint(?6, ?7, 4326))",
            )?;
            for (rid, lat, lon, needs, flags, serves, langs) in export(db)? {
                ins.execute(rusqlite::params![
                    rid,
                    needs,
                    flags,
                    serves,
                    format!(";{langs};"),
                    lon,
                    lat
                ])?;
            }
        }
        tx.commit()?;
        conn.execute_batch("SELECT CreateSpatialIndex('svc', 'geom'); ANALYZE;")?;
    }
    let mut samples = Vec::new();
    for q in qs {
        let f = filters(q);
        let limit = q.limit.max(1);
        let t = std::time::Instant::now();
        // Grow the frame until the limit-th hit is inside the circle the frame holds
        // (or the frame covers the globe).
        let mut r_m = 2_000.0f64;
        loop {
            let dlat = (r_m / 111_320.0).min(180.0);
            let dlon = (r_m / (111_320.0 * q.near.lat.to_radians().cos().max(0.01))).min(360.0);
            let mut st = conn.prepare_cached(
                "SELECT rid, ST_Distance(geom, MakePoint(?1, ?2, 4326), 1) AS d FROM svc
                 WHERE ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'svc'
                       AND search_frame = BuildMbr(?3, ?4, ?5, ?6, 4326))
                   AND (?7 = 0 OR (needs & ?7) != 0) AND (flags & ?8) = ?8
                   AND (?9 IS NULL OR languages LIKE '%;' || ?9 || ';%')
                   AND (?10 IS NULL OR d <= ?10)
                 ORDER BY d LIMIT ?11",
            )?;
            let rows: Vec<(i64, f64)> = st
                .query_map(
                    rusqlite::params![
                        q.near.lon,
                        q.near.lat,
                        q.near.lon - dlon,
                        q.near.lat - dlat,
                        q.near.lon + dlon,
                        q.near.lat + dlat,
                        f.need,
                        f.flags,
                        f.language,
                        f.within,
                        limit as i64
                    ],
                    |r| Ok((r.get(0)?, r.get::<_, Option<f64>>(1)?.unwrap_or(f64::MAX))),
                )?
                .collect::<rusqlite::Result<_>>()?;
            let whole = dlat >= 180.0 || dlon >= 360.0 || f.within.is_some_and(|w| r_m >= w);
            if whole || (rows.len() == limit && rows[limit - 1].1 <= r_m) {
                std::hint::black_box(rows);
                break;
            }
            r_m *= 4.0;
        }
        samples.push(t.elapsed());
    }
    stats(&samples)
}
