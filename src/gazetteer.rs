//! The offline gazetteer: place names in any script → coordinates, and back.
//!
//! Built from GeoNames (CC BY 4.0) extracts in `data/gazetteer/`. Every name and alternate
//! name is stored folded ([`crate::text::fold`]) in a B-tree, so a query typed letter by
//! letter is a prefix range scan. Multi-word names are also indexed from each later word,
//! so "paulo" finds São Paulo. Matches rank by a score that adds how well the name
//! matched (the place's main name beats an alternate one; a whole name beats a prefix; a
//! later word counts least) to the logarithm of the population, so typing "Lis" offers
//! Lisbon before Lyss (whose alternate name is exactly "Lis"), and "Lisboa" finds the
//! capital before a village of the same name.
//!
//! API boundary: opened read-only; built only by [`build`] into a fresh file.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::db;
use crate::error::{Context, Error, Result};
use crate::model::LatLon;
use crate::spatial::{boxes_around, haversine_m, HALF_CIRCUMFERENCE_M};
use crate::text::fold;

/// Schema version of gazetteer files this code reads and writes.
pub const SCHEMA_VERSION: i64 = 2;

/// The credit GeoNames' licence asks for.
pub const CREDIT: &str = "Place names: GeoNames (geonames.org), CC BY 4.0";

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE country (
    iso TEXT PRIMARY KEY, name TEXT NOT NULL, phone TEXT, languages TEXT
) WITHOUT ROWID;
-- names: the alternate names, '|'-separated (the matched one is found again at query time)
-- weight: 100 x log10(population), precomputed for ranking
CREATE TABLE place (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT,
    lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL, timezone TEXT NOT NULL,
    names TEXT NOT NULL, weight INTEGER NOT NULL
);
-- One row per folded name and per later word of a name. how: 0 main name, 1 alternate
-- name, 2 later word of the main name, 3 later word of an alternate name. The table is its
-- own index on key: a typed prefix is a range scan.
CREATE TABLE place_name (
    key TEXT NOT NULL, place INTEGER NOT NULL, how INTEGER NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE place_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
";

/// A populated place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    /// GeoNames id.
    pub id: i64,
    /// The place's main name (GeoNames' English-alphabet name).
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// The country's English name.
    pub country_name: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Population (0 when unknown).
    pub population: i64,
    /// IANA time zone.
    pub timezone: String,
}

impl Place {
    /// The place's point.
    pub fn point(&self) -> LatLon {
        LatLon {
            lat: self.lat,
            lon: self.lon,
        }
    }
}

/// How well a name matched a query; lower is better. (Ranking also weighs whether it was
/// the place's main name or an alternate one, and the population: one point of score per
/// 1% of a decade of population, and 400 / 300 / 250 / 200 / 100 / 100 / 80 / 0 for exact
/// main, exact alternate, prefix of main, exact later word of main, prefix of alternate,
/// exact later word of alternate, prefix of a later word of main, of alternate.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchQuality {
    /// The whole name equals the query.
    Exact,
    /// A word of the name equals the query.
    ExactWord,
    /// The name starts with the query.
    Prefix,
    /// A word of the name starts with the query.
    WordPrefix,
}

/// A place found by name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceMatch {
    /// The place.
    #[serde(flatten)]
    pub place: Place,
    /// The name (in whatever script) that matched the query.
    pub matched_name: String,
    /// How well it matched.
    pub quality: MatchQuality,
}

/// An open gazetteer.
pub struct Gazetteer {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("path", &self.path)
            .finish()
    }
}

impl Gazetteer {
    /// Opens a gazetteer file read-only.
    pub fn open(path: &Path) -> Result<Gazetteer> {
        let conn = db::open_read_only(path)?;
        let version = db::meta(&conn, "schema_version")
            .ok()
            .flatten()
            .and_then(|v| v.parse::<i64>().ok());
        if version != Some(SCHEMA_VERSION) {
            return Err(Error::BadDatabase {
                path: path.to_path_buf(),
                what: "gazetteer",
                why: format!("schema version {version:?}, expected {SCHEMA_VERSION}"),
            });
        }
        Ok(Gazetteer {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Places whose name (in any script, accents ignored) equals or starts with `query`,
    /// best first. `query` may end with `, <country>` (code or English name) to keep only
    /// that country's places: "Cartagena, CO".
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<PlaceMatch>> {
        let (name, country) = self.split_country(query)?;
        let key = fold(name);
        if key.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let hi = format!("{key}\u{10FFFF}");
        // Rank in SQL so a one-letter prefix doesn't ship tens of thousands of rows to Rust;
        // over-fetch because one place can match through several of its names.
        let sql = "
            SELECT p.id, p.name, p.country, COALESCE(c.name, p.country), p.lat, p.lon,
                   p.population, p.timezone, p.names,
                   n.key = ?1 AS exact, n.how,
                   p.weight + CASE WHEN n.key = ?1
                       THEN CASE n.how WHEN 0 THEN 400 WHEN 1 THEN 300 WHEN 2 THEN 200 ELSE 100 END
                       ELSE CASE n.how WHEN 0 THEN 250 WHEN 1 THEN 100 WHEN 2 THEN 80 ELSE 0 END
                   END AS score
            FROM place_name n
            JOIN place p ON p.id = n.place
            LEFT JOIN country c ON c.iso = p.country
            WHERE n.key >= ?1 AND n.key < ?2 AND (?3 IS NULL OR p.country = ?3)
            ORDER BY score DESC, p.population DESC, p.id
            LIMIT ?4";
        let mut stmt = self.conn.prepare_cached(sql).at(&self.path)?;
        let rows = stmt
            .query_map(params![key, hi, country, (limit * 4 + 8) as i64], |r| {
                Ok((
                    place_from_row(r)?,
                    r.get::<_, String>(8)?,
                    (r.get::<_, bool>(9)?, r.get::<_, i64>(10)?),
                ))
            })
            .at(&self.path)?;
        let mut out: Vec<PlaceMatch> = Vec::new();
        for row in rows {
            let (place, names, q) = row.at(&self.path)?;
            if out.iter().any(|m| m.place.id == place.id) {
                continue;
            }
            let matched_name = matched(&key, &place.name, &names);
            let quality = match q {
                (true, 0 | 1) => MatchQuality::Exact,
                (true, _) => MatchQuality::ExactWord,
                (false, 0 | 1) => MatchQuality::Prefix,
                (false, _) => MatchQuality::WordPrefix,
            };
            out.push(PlaceMatch {
                place,
                matched_name,
                quality,
            });
            if out.len() == limit {
                break;
            }
        }
        Ok(out)
    }

    /// The best match for `query`, if any.
    pub fn best(&self, query: &str) -> Result<Option<PlaceMatch>> {
        Ok(self.search(query, 1)?.into_iter().next())
    }

    /// Places named exactly `name` (whole name, accents and case ignored) in `country`,
    /// most populous first: how directory rows that give only a town are placed.
    pub fn exact_in_country(&self, name: &str, country: &str) -> Result<Vec<PlaceMatch>> {
        Ok(self
            .search(&format!("{name}, {country}"), 8)?
            .into_iter()
            .filter(|m| m.quality == MatchQuality::Exact)
            .collect())
    }

    /// A place by GeoNames id.
    pub fn get(&self, id: i64) -> Result<Option<Place>> {
        self.conn
            .query_row(
                "SELECT p.id, p.name, p.country, COALESCE(c.name, p.country), p.lat, p.lon,
                        p.population, p.timezone
                 FROM place p LEFT JOIN country c ON c.iso = p.country WHERE p.id = ?1",
                [id],
                place_from_row,
            )
            .optional()
            .at(&self.path)
    }

    /// The populated place nearest to `p`, with its distance in metres.
    pub fn nearest(&self, p: LatLon) -> Result<Option<(Place, f64)>> {
        let mut radius = 25_000.0;
        loop {
            let mut best: Option<(Place, f64)> = None;
            for b in boxes_around(p, radius) {
                let mut stmt = self
                    .conn
                    .prepare_cached(
                        "SELECT p.id, p.name, p.country, COALESCE(c.name, p.country), p.lat,
                                p.lon, p.population, p.timezone
                         FROM place_geo g JOIN place p ON p.id = g.id
                         LEFT JOIN country c ON c.iso = p.country
                         WHERE g.min_lat <= ?2 AND g.max_lat >= ?1
                           AND g.min_lon <= ?4 AND g.max_lon >= ?3",
                    )
                    .at(&self.path)?;
                let rows = stmt
                    .query_map(
                        params![b.min_lat, b.max_lat, b.min_lon, b.max_lon],
                        place_from_row,
                    )
                    .at(&self.path)?;
                for row in rows {
                    let place = row.at(&self.path)?;
                    let d = haversine_m(p, place.point());
                    if d <= radius && best.as_ref().is_none_or(|(_, bd)| d < *bd) {
                        best = Some((place, d));
                    }
                }
            }
            if best.is_some() || radius >= HALF_CIRCUMFERENCE_M {
                return Ok(best);
            }
            radius = (radius * 4.0).min(HALF_CIRCUMFERENCE_M);
        }
    }

    /// A country's English name.
    pub fn country_name(&self, iso: &str) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT name FROM country WHERE iso = ?1",
                [iso.to_ascii_uppercase()],
                |r| r.get(0),
            )
            .optional()
            .at(&self.path)
    }

    /// Whether `iso` is a known country code.
    pub fn is_country(&self, iso: &str) -> Result<bool> {
        Ok(self.country_name(iso)?.is_some())
    }

    /// Number of places.
    pub fn len(&self) -> Result<usize> {
        self.conn
            .query_row("SELECT count(*) FROM place", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .at(&self.path)
    }

    /// True when the gazetteer holds no place.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// Splits a trailing ", CC" or ", Country name" off a query when it names a country.
    fn split_country<'q>(&self, query: &'q str) -> Result<(&'q str, Option<String>)> {
        let Some((name, tail)) = query.rsplit_once(',') else {
            return Ok((query, None));
        };
        let tail = tail.trim();
        if tail.len() == 2 && self.is_country(tail)? {
            return Ok((name, Some(tail.to_ascii_uppercase())));
        }
        let code: Option<String> = self
            .conn
            .query_row(
                "SELECT iso FROM country WHERE lower(name) = lower(?1)",
                [tail],
                |r| r.get(0),
            )
            .optional()
            .at(&self.path)?;
        Ok(match code {
            Some(c) => (name, Some(c)),
            None => (query, None),
        })
    }
}

/// The name of a place that a folded query matched: the first whose folded form (or one of
/// its later words) starts with the query.
fn matched(key: &str, main: &str, names: &str) -> String {
    let hit = |n: &&str| {
        let f = fold(n);
        f.starts_with(key)
            || f.match_indices(' ')
                .any(|(i, _)| f[i + 1..].starts_with(key))
    };
    std::iter::once(main)
        .chain(names.split('|'))
        .find(hit)
        .unwrap_or(main)
        .to_string()
}

fn place_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Place> {
    Ok(Place {
        id: r.get(0)?,
        name: r.get(1)?,
        country: r.get(2)?,
        country_name: r.get(3)?,
        lat: r.get(4)?,
        lon: r.get(5)?,
        population: r.get(6)?,
        timezone: r.get(7)?,
    })
}

/// What [`build`] made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildReport {
    /// Places written.
    pub places: usize,
    /// Name keys written (names and later words).
    pub keys: usize,
}

/// Builds a gazetteer at `out` (replaced atomically) from a `places.tsv` stream (already
/// decompressed) and a `countries.tsv` stream, in the formats `data/gazetteer/extract.py`
/// writes.
pub fn build(places_tsv: impl Read, countries_tsv: impl Read, out: &Path) -> Result<BuildReport> {
    let mut report = BuildReport { places: 0, keys: 0 };
    crate::atomic::replace_with(out, |part| {
        let mut conn = db::create_for_build(part)?;
        conn.execute_batch(SCHEMA).at(part)?;
        let tx = conn.transaction().at(part)?;
        tx.execute(
            "INSERT INTO meta VALUES ('schema_version', ?1), ('credit', ?2)",
            params![SCHEMA_VERSION.to_string(), CREDIT],
        )
        .at(part)?;
        {
            let mut ins = tx
                .prepare("INSERT OR REPLACE INTO country VALUES (?1, ?2, ?3, ?4)")
                .at(part)?;
            for (i, line) in BufReader::new(countries_tsv).lines().enumerate() {
                let line = line.at(part)?;
                if i == 0 || line.trim().is_empty() {
                    continue;
                }
                let f: Vec<&str> = line.split('\t').collect();
                if f.len() < 5 {
                    return Err(bad_line(
                        "countries.tsv",
                        i + 1,
                        "expected 6 tab-separated fields",
                    ));
                }
                ins.execute(params![f[0], f[1], f[3], f[4]]).at(part)?;
            }
        }
        // Keys are collected and inserted in order: a WITHOUT ROWID table filled in key
        // order builds in a fraction of the time and packs its pages full.
        let mut keys: Vec<(String, i64, i64)> = Vec::new();
        {
            let mut ins_place = tx
                .prepare("INSERT INTO place VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .at(part)?;
            let mut ins_geo = tx
                .prepare("INSERT INTO place_geo VALUES (?1, ?2, ?2, ?3, ?3)")
                .at(part)?;
            for (i, line) in BufReader::new(places_tsv).lines().enumerate() {
                let line = line.at(part)?;
                if i == 0 || line.trim().is_empty() {
                    continue;
                }
                let f: Vec<&str> = line.split('\t').collect();
                if f.len() != 9 {
                    return Err(bad_line(
                        "places.tsv",
                        i + 1,
                        "expected 9 tab-separated fields",
                    ));
                }
                let num = |s: &str, what: &str| {
                    s.parse::<f64>()
                        .map_err(|_| bad_line("places.tsv", i + 1, &format!("bad {what} {s:?}")))
                };
                let id = num(f[0], "id")? as i64;
                let (lat, lon) = (num(f[4], "latitude")?, num(f[5], "longitude")?);
                let pop = num(f[6], "population")? as i64;
                let weight = (100.0 * (pop.max(1) as f64).log10()).round() as i64;
                ins_place
                    .execute(params![
                        id, f[1], f[2], f[3], lat, lon, pop, f[7], f[8], weight
                    ])
                    .at(part)?;
                ins_geo.execute(params![id, lat, lon]).at(part)?;
                report.places += 1;
                // One row per distinct key for this place; the whole name wins over a word.
                let mut mine: HashMap<String, i64> = HashMap::new();
                let names = std::iter::once((f[1], 0)).chain(f[8].split('|').map(|n| (n, 1)));
                for (name, alt) in names {
                    let folded = fold(name);
                    if folded.is_empty() {
                        continue;
                    }
                    for (at, _) in folded.match_indices(' ') {
                        let e = mine.entry(folded[at + 1..].to_string()).or_insert(2 + alt);
                        *e = (*e).min(2 + alt);
                    }
                    let e = mine.entry(folded).or_insert(alt);
                    *e = (*e).min(alt);
                }
                keys.extend(mine.into_iter().map(|(k, how)| (k, id, how)));
            }
        }
        keys.sort_unstable();
        {
            let mut ins_name = tx
                .prepare("INSERT INTO place_name VALUES (?1, ?2, ?3)")
                .at(part)?;
            for (k, id, how) in &keys {
                ins_name.execute(params![k, id, how]).at(part)?;
            }
            report.keys = keys.len();
        }
        tx.commit().at(part)?;
        conn.execute_batch("ANALYZE;").at(part)?;
        conn.close().map_err(|(_, e)| e).at(part)?;
        Ok(())
    })?;
    Ok(report)
}

fn bad_line(file: &str, line: usize, why: &str) -> Error {
    Error::Input(format!("{file}:{line}: {why}"))
}

impl Gazetteer {
    /// Every place of at least `min_population` people, most populous first (synthetic
    /// directories spread their services over real towns with these).
    pub fn places_with_population(&self, min_population: i64) -> Result<Vec<Place>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT p.id, p.name, p.country, COALESCE(c.name, p.country), p.lat, p.lon,
                        p.population, p.timezone
                 FROM place p LEFT JOIN country c ON c.iso = p.country
                 WHERE p.population >= ?1 ORDER BY p.population DESC, p.id",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map([min_population], place_from_row)
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<Vec<Place>>>()
            .at(&self.path)
    }

    /// The languages GeoNames lists for a country, most used first (`pt-PT,mwl`).
    pub fn country_languages(&self, iso: &str) -> Result<Vec<String>> {
        let langs: Option<Option<String>> = self
            .conn
            .query_row(
                "SELECT languages FROM country WHERE iso = ?1",
                [iso.to_ascii_uppercase()],
                |r| r.get(0),
            )
            .optional()
            .at(&self.path)?;
        Ok(langs
            .flatten()
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect())
    }

    /// The time zone of a country's most populous place: the best guess for services
    /// that cover the whole country.
    pub fn country_timezone(&self, iso: &str) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT timezone FROM place WHERE country = ?1 ORDER BY population DESC LIMIT 1",
                [iso.to_ascii_uppercase()],
                |r| r.get(0),
            )
            .optional()
            .at(&self.path)
    }
}
