//! The directory database: one SQLite file per directory, written once by [`write`] and
//! then only ever opened read-only ([`Directory::open`]).
//!
//! Layout (schema version [`SCHEMA_VERSION`]):
//! - `service`: one row per service point (HSDS service + location + service_at_location
//!   flattened), with every field of [`Service`] and bit masks for fast filtering;
//! - `service_text`: translations of name, description and what-to-bring;
//! - `service_geo`: an R*Tree over places, carrying the filter masks and exact coordinates
//!   as auxiliary columns so a nearest-service search never touches `service` for pruning;
//! - `service_fts`: FTS5 over names and texts in every language, folded
//!   ([`crate::text::fold`]) so matching ignores case, accents and Arabic letter variants;
//! - `meta`: schema version, publisher, creation time, whether the data is synthetic.
//!
//! Architecture invariant: nothing here edits a directory in place. A new directory is a
//! new file, written beside the old one and switched to atomically by the data folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::db;
use crate::error::{Context, Error, Result};
use crate::model::{Address, GeoPrecision, Kind, LatLon, Location, Phone, Service, Text, TriState};
use crate::taxonomy::{needs_from_mask, needs_mask, serves_from_mask, serves_mask};
use crate::text::fold;

/// Schema version of directory files this code writes and reads.
pub const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE service (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    organization TEXT,
    needs_mask INTEGER NOT NULL,
    serves_mask INTEGER NOT NULL,
    flags INTEGER NOT NULL,
    languages TEXT NOT NULL,
    one_stop_shop TEXT NOT NULL,
    asks_status TEXT NOT NULL,
    asks_documents TEXT NOT NULL,
    shares_with_immigration TEXT NOT NULL,
    free_of_charge TEXT NOT NULL,
    appointment_needed TEXT NOT NULL,
    walk_in TEXT NOT NULL,
    what_to_bring TEXT,
    street TEXT,
    locality TEXT,
    postal_code TEXT,
    country TEXT NOT NULL,
    geonames_id INTEGER,
    lat REAL,
    lon REAL,
    geo_precision TEXT,
    uncertainty_m REAL,
    timezone TEXT,
    phones TEXT NOT NULL,
    email TEXT,
    website TEXT,
    opening_hours TEXT,
    source TEXT NOT NULL,
    source_note TEXT,
    verified_at TEXT NOT NULL,
    extra TEXT NOT NULL
);
CREATE TABLE service_text (
    rid INTEGER NOT NULL, field TEXT NOT NULL, lang TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (rid, field, lang)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE service_geo USING rtree(
    rid, min_lat, max_lat, min_lon, max_lon,
    +needs INTEGER, +flags INTEGER, +serves INTEGER, +lat REAL, +lon REAL, +unc REAL
);
CREATE VIRTUAL TABLE service_fts USING fts5(
    names, body, content='', tokenize='unicode61 remove_diacritics 0', prefix='1 2 3'
);
";

/// Filter bits stored per service (in `service.flags` and the R*Tree).
pub mod flags {
    /// Free of charge.
    pub const FREE: u64 = 1;
    /// Known not to ask for documents.
    pub const NO_DOCUMENTS: u64 = 1 << 1;
    /// Known not to ask about status.
    pub const NO_STATUS: u64 = 1 << 2;
    /// Known not to share data with immigration authorities.
    pub const FIREWALL: u64 = 1 << 3;
    /// One-stop shop.
    pub const ONE_STOP_SHOP: u64 = 1 << 4;
    /// Walk-in.
    pub const WALK_IN: u64 = 1 << 5;
    /// No appointment needed.
    pub const NO_APPOINTMENT: u64 = 1 << 6;
}

/// The filter bits of a service.
pub fn flags_of(s: &Service) -> u64 {
    let mut f = 0;
    let mut set = |cond: bool, bit: u64| {
        if cond {
            f |= bit;
        }
    };
    set(s.free_of_charge == TriState::Yes, flags::FREE);
    set(s.asks_documents == TriState::No, flags::NO_DOCUMENTS);
    set(s.asks_status == TriState::No, flags::NO_STATUS);
    set(s.shares_with_immigration == TriState::No, flags::FIREWALL);
    set(s.one_stop_shop == TriState::Yes, flags::ONE_STOP_SHOP);
    set(s.walk_in == TriState::Yes, flags::WALK_IN);
    set(s.appointment_needed == TriState::No, flags::NO_APPOINTMENT);
    f
}

/// What a directory says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DirectoryInfo {
    /// A stable id for this directory's line of updates (`ponte-default`, `org.example.pt`).
    pub bundle_id: String,
    /// Who published it.
    pub publisher: String,
    /// A human title.
    pub title: String,
    /// When it was built (RFC 3339, UTC).
    pub created: String,
    /// Generated data for tests, benchmarks or demos, never real services.
    pub synthetic: bool,
    /// Where the records come from, in a sentence.
    pub description: String,
    /// Number of records (filled in when written).
    #[serde(default)]
    pub services: u64,
}

/// Writes `services` as a new directory file at `out` (replaced atomically).
/// Records must already be placed (places with a location) and carry unique ids.
pub fn write(services: &[Service], info: &DirectoryInfo, out: &Path) -> Result<()> {
    write_with_progress(services, info, out, &mut |_| {})
}

/// [`write`], calling `progress` with the number of records written so far.
pub fn write_with_progress(
    services: &[Service],
    info: &DirectoryInfo,
    out: &Path,
    progress: &mut dyn FnMut(usize),
) -> Result<()> {
    crate::atomic::replace_with(out, |part| {
        let mut conn = db::create_for_build(part)?;
        conn.execute_batch(SCHEMA).at(part)?;
        let tx = conn.transaction().at(part)?;
        {
            let mut meta = tx
                .prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)")
                .at(part)?;
            let count = services.len().to_string();
            for (k, v) in [
                ("schema_version", SCHEMA_VERSION.to_string().as_str()),
                ("bundle_id", info.bundle_id.as_str()),
                ("publisher", info.publisher.as_str()),
                ("title", info.title.as_str()),
                ("created", info.created.as_str()),
                ("synthetic", if info.synthetic { "true" } else { "false" }),
                ("description", info.description.as_str()),
                ("services", count.as_str()),
            ] {
                meta.execute(params![k, v]).at(part)?;
            }
            let mut ins = tx.prepare(INSERT_SERVICE).at(part)?;
            let mut ins_text = tx
                .prepare("INSERT INTO service_text VALUES (?1, ?2, ?3, ?4)")
                .at(part)?;
            let mut ins_geo = tx
                .prepare(
                    "INSERT INTO service_geo VALUES (?1, ?2, ?2, ?3, ?3, ?4, ?5, ?6, ?2, ?3, ?7)",
                )
                .at(part)?;
            let mut ins_fts = tx
                .prepare("INSERT INTO service_fts (rowid, names, body) VALUES (?1, ?2, ?3)")
                .at(part)?;
            for (i, s) in services.iter().enumerate() {
                let rid = i as i64 + 1;
                let nm = needs_mask(&s.needs) as i64;
                let sm = serves_mask(&s.serves) as i64;
                let fl = flags_of(s) as i64;
                let point = s.point();
                ins.execute(params![
                    rid,
                    s.id,
                    s.kind.code(),
                    s.lang,
                    s.name.value,
                    s.description.as_ref().map(|t| &t.value),
                    s.organization,
                    nm,
                    sm,
                    fl,
                    s.languages.join(";"),
                    s.one_stop_shop.code(),
                    s.asks_status.code(),
                    s.asks_documents.code(),
                    s.shares_with_immigration.code(),
                    s.free_of_charge.code(),
                    s.appointment_needed.code(),
                    s.walk_in.code(),
                    s.what_to_bring.as_ref().map(|t| &t.value),
                    s.address.street,
                    s.address.locality,
                    s.address.postal_code,
                    s.address.country,
                    point.map(|p| p.lat),
                    point.map(|p| p.lon),
                    s.location.as_ref().map(|l| l.precision.code()),
                    s.timezone,
                    json(&s.phones),
                    s.email,
                    s.website,
                    s.opening_hours,
                    s.source,
                    s.source_note,
                    s.verified_at,
                    json(&s.extra),
                    s.address.geonames_id,
                    s.location.as_ref().map(|l| l.uncertainty_m),
                ])
                .at(part)?;
                for (field, text) in [
                    ("name", Some(&s.name)),
                    ("description", s.description.as_ref()),
                    ("what_to_bring", s.what_to_bring.as_ref()),
                ] {
                    for (lang, value) in text.map(|t| &t.translations).into_iter().flatten() {
                        ins_text
                            .execute(params![rid, field, lang, value])
                            .at(part)?;
                    }
                }
                if let (Some(l), true) = (&s.location, s.kind.is_place()) {
                    let p = l.point;
                    ins_geo
                        .execute(params![rid, p.lat, p.lon, nm, fl, sm, l.uncertainty_m])
                        .at(part)?;
                }
                let names: Vec<&str> = s.name.all().collect();
                let mut body: Vec<&str> = Vec::new();
                if let Some(d) = &s.description {
                    body.extend(d.all());
                }
                body.extend(s.organization.as_deref());
                body.extend(s.address.locality.as_deref());
                body.extend(s.address.street.as_deref());
                ins_fts
                    .execute(params![rid, fold(&names.join(" ")), fold(&body.join(" "))])
                    .at(part)?;
                if i % 4096 == 0 {
                    progress(i);
                }
            }
        }
        tx.commit().at(part)?;
        progress(services.len());
        // VACUUM drops the pages FTS5's merges left free: a quarter of the file at 10,000
        // services (measured by `ponte bench`), so smaller bundles and installs.
        conn.execute_batch(
            "INSERT INTO service_fts(service_fts) VALUES ('optimize'); ANALYZE; VACUUM;",
        )
        .at(part)?;
        conn.close().map_err(|(_, e)| e).at(part)?;
        Ok(())
    })
}

const INSERT_SERVICE: &str = "INSERT INTO service (
    rid, id, kind, lang, name, description, organization, needs_mask, serves_mask, flags,
    languages, one_stop_shop, asks_status, asks_documents, shares_with_immigration,
    free_of_charge, appointment_needed, walk_in, what_to_bring, street, locality,
    postal_code, country, lat, lon, geo_precision, timezone, phones, email, website,
    opening_hours, source, source_note, verified_at, extra, geonames_id, uncertainty_m
) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
    ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36,
    ?37)";

const SELECT_SERVICE: &str = "SELECT rid, id, kind, lang, name, description, organization,
    needs_mask, serves_mask, languages, one_stop_shop, asks_status, asks_documents,
    shares_with_immigration, free_of_charge, appointment_needed, walk_in, what_to_bring,
    street, locality, postal_code, country, lat, lon, geo_precision, timezone, phones, email,
    website, opening_hours, source, source_note, verified_at, extra, geonames_id, uncertainty_m FROM service";

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

/// A place found in the spatial index: enough to rank by distance and filter by masks
/// without reading the service row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// Row id in `service`.
    pub rid: i64,
    /// Exact point.
    pub point: LatLon,
    /// How far the real place may be from the point, metres.
    pub uncertainty_m: f64,
}

/// The fields a search needs to apply the filters the index can't.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterFields {
    /// Languages spoken, `;`-separated.
    pub languages: String,
    /// Opening hours as written.
    pub opening_hours: Option<String>,
    /// IANA time zone.
    pub timezone: Option<String>,
    /// Country code.
    pub country: String,
}

/// An open, read-only directory.
pub struct Directory {
    conn: Connection,
    path: PathBuf,
    info: DirectoryInfo,
}

impl std::fmt::Debug for Directory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Directory")
            .field("path", &self.path)
            .field("info", &self.info)
            .finish()
    }
}

impl Directory {
    /// Opens a directory file read-only, checking it is one this version understands.
    pub fn open(path: &Path) -> Result<Directory> {
        let conn = db::open_read_only(path)?;
        let bad = |why: String| Error::BadDatabase {
            path: path.to_path_buf(),
            what: "directory",
            why,
        };
        let meta: BTreeMap<String, String> = {
            let mut stmt = conn
                .prepare("SELECT key, value FROM meta")
                .map_err(|e| bad(format!("no meta table ({e})")))?;
            let rows = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(|e| bad(e.to_string()))?;
            rows.collect::<rusqlite::Result<_>>()
                .map_err(|e| bad(e.to_string()))?
        };
        let version = meta
            .get("schema_version")
            .and_then(|v| v.parse::<i64>().ok());
        match version {
            Some(SCHEMA_VERSION) => {}
            Some(v) if v > SCHEMA_VERSION => {
                return Err(bad(format!(
                    "it was made for a newer Ponte (directory schema {v}, this app reads {SCHEMA_VERSION}); update the app"
                )))
            }
            other => return Err(bad(format!("unsupported directory schema {other:?}"))),
        }
        let get = |k: &str| meta.get(k).cloned().unwrap_or_default();
        let info = DirectoryInfo {
            bundle_id: get("bundle_id"),
            publisher: get("publisher"),
            title: get("title"),
            created: get("created"),
            synthetic: get("synthetic") == "true",
            description: get("description"),
            services: get("services").parse().unwrap_or(0),
        };
        Ok(Directory {
            conn,
            path: path.to_path_buf(),
            info,
        })
    }

    /// What the directory says about itself.
    pub fn info(&self) -> &DirectoryInfo {
        &self.info
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Checks that the file is intact and has the tables this version reads: run before a
    /// directory from outside is put into use.
    pub fn check(&self) -> Result<()> {
        let bad = |why: String| Error::BadDatabase {
            path: self.path.clone(),
            what: "directory",
            why,
        };
        let ok: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| bad(e.to_string()))?;
        if ok != "ok" {
            return Err(bad(format!("damaged: {ok}")));
        }
        for t in ["service", "service_text", "service_geo", "service_fts"] {
            let n: i64 = self
                .conn
                .query_row(
                    "SELECT count(*) FROM sqlite_schema WHERE name = ?1",
                    [t],
                    |r| r.get(0),
                )
                .map_err(|e| bad(e.to_string()))?;
            if n != 1 {
                return Err(bad(format!("table {t} is missing")));
            }
        }
        let n = self.len()?;
        if n as u64 != self.info.services {
            return Err(bad(format!(
                "it says it holds {} services but holds {n}",
                self.info.services
            )));
        }
        // Reading every row proves every stored value decodes. One pass per table: a
        // lookup per record made installing 100,000 services take seconds longer.
        let mut stmt = self
            .conn
            .prepare(&format!("{SELECT_SERVICE} ORDER BY rid"))
            .at(&self.path)?;
        let mut rows = stmt.query([]).at(&self.path)?;
        while let Some(r) = rows.next().at(&self.path)? {
            service_from_row(r).at(&self.path)?;
        }
        let mut stmt = self
            .conn
            .prepare("SELECT rid, field, lang, value FROM service_text")
            .at(&self.path)?;
        let mut rows = stmt.query([]).at(&self.path)?;
        while let Some(r) = rows.next().at(&self.path)? {
            let _: (i64, String, String, String) = (
                r.get(0).at(&self.path)?,
                r.get(1).at(&self.path)?,
                r.get(2).at(&self.path)?,
                r.get(3).at(&self.path)?,
            );
        }
        Ok(())
    }

    /// Number of records.
    pub fn len(&self) -> Result<usize> {
        self.conn
            .query_row("SELECT count(*) FROM service", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .at(&self.path)
    }

    /// True when the directory holds no record.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// One record by id.
    pub fn get(&self, id: &str) -> Result<Option<Service>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{SELECT_SERVICE} WHERE id = ?1"))
            .at(&self.path)?;
        let row = stmt
            .query_row([id], |r| Ok((r.get::<_, i64>(0)?, service_from_row(r)?)))
            .optional()
            .at(&self.path)?;
        match row {
            Some((rid, s)) => Ok(Some(self.with_texts(rid, s)?)),
            None => Ok(None),
        }
    }

    /// One record by row id.
    pub fn get_rid(&self, rid: i64) -> Result<Option<Service>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{SELECT_SERVICE} WHERE rid = ?1"))
            .at(&self.path)?;
        let s = stmt
            .query_row([rid], service_from_row)
            .optional()
            .at(&self.path)?;
        match s {
            Some(s) => Ok(Some(self.with_texts(rid, s)?)),
            None => Ok(None),
        }
    }

    fn with_texts(&self, rid: i64, mut s: Service) -> Result<Service> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT field, lang, value FROM service_text WHERE rid = ?1")
            .at(&self.path)?;
        let rows = stmt
            .query_map([rid], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .at(&self.path)?;
        for row in rows {
            let (field, lang, value) = row.at(&self.path)?;
            let target = match field.as_str() {
                "name" => Some(&mut s.name),
                "description" => s.description.as_mut(),
                "what_to_bring" => s.what_to_bring.as_mut(),
                _ => None,
            };
            if let Some(t) = target {
                t.translations.insert(lang, value);
            }
        }
        Ok(s)
    }

    /// Every record, in row order.
    pub fn iter(&self) -> Result<impl Iterator<Item = Result<Service>> + '_> {
        let n = self.len()? as i64;
        Ok((1..=n).filter_map(move |rid| self.get_rid(rid).transpose()))
    }

    /// Places in a box whose masks pass: `(needs & need_mask) != 0` (unless `need_mask` is
    /// 0), `(flags & required_flags) == required_flags`, `(serves & serves_mask) != 0`
    /// (unless 0).
    pub fn candidates(
        &self,
        b: &crate::spatial::BBox,
        need_mask: u64,
        required_flags: u64,
        serves_mask: u64,
        out: &mut Vec<Candidate>,
    ) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT rid, lat, lon, unc FROM service_geo
                 WHERE min_lat <= ?2 AND max_lat >= ?1 AND min_lon <= ?4 AND max_lon >= ?3
                   AND (?5 = 0 OR (needs & ?5) != 0)
                   AND (flags & ?6) = ?6
                   AND (?7 = 0 OR (serves & ?7) != 0)",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map(
                params![
                    b.min_lat,
                    b.max_lat,
                    b.min_lon,
                    b.max_lon,
                    need_mask as i64,
                    required_flags as i64,
                    serves_mask as i64
                ],
                |r| {
                    Ok(Candidate {
                        rid: r.get(0)?,
                        point: LatLon {
                            lat: r.get(1)?,
                            lon: r.get(2)?,
                        },
                        uncertainty_m: r.get::<_, Option<f64>>(3)?.unwrap_or(0.0),
                    })
                },
            )
            .at(&self.path)?;
        for r in rows {
            out.push(r.at(&self.path)?);
        }
        Ok(())
    }

    /// The fields a search filters on that the index doesn't carry.
    pub fn filter_fields(&self, rid: i64) -> Result<Option<FilterFields>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT languages, opening_hours, timezone, country FROM service WHERE rid = ?1",
            )
            .at(&self.path)?;
        stmt.query_row([rid], |r| {
            Ok(FilterFields {
                languages: r.get(0)?,
                opening_hours: r.get(1)?,
                timezone: r.get(2)?,
                country: r.get(3)?,
            })
        })
        .optional()
        .at(&self.path)
    }

    /// Row ids of phone lines and emergency numbers for a country whose masks pass.
    pub fn remote_services(
        &self,
        country: &str,
        need_mask: u64,
        required_flags: u64,
    ) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT rid FROM service
                 WHERE country = ?1 AND kind != 'place'
                   AND (?2 = 0 OR (needs_mask & ?2) != 0) AND (flags & ?3) = ?3
                 ORDER BY kind = 'emergency' DESC, rid",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map(
                params![country, need_mask as i64, required_flags as i64],
                |r| r.get(0),
            )
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<Vec<i64>>>().at(&self.path)
    }

    /// Row ids whose names or texts match the words of `query` (each word as a prefix),
    /// best match first.
    pub fn text_search(&self, query: &str, limit: usize) -> Result<Vec<i64>> {
        let Some(expr) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT rowid FROM service_fts WHERE service_fts MATCH ?1
                 ORDER BY bm25(service_fts, 4.0, 1.0) LIMIT ?2",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map(params![expr, limit as i64], |r| r.get(0))
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<Vec<i64>>>().at(&self.path)
    }

    /// The set of row ids matching `query` (for combining text with a location).
    pub fn text_matches(&self, query: &str) -> Result<std::collections::HashSet<i64>> {
        let Some(expr) = fts_query(query) else {
            return Ok(Default::default());
        };
        let mut stmt = self
            .conn
            .prepare_cached("SELECT rowid FROM service_fts WHERE service_fts MATCH ?1")
            .at(&self.path)?;
        let rows = stmt.query_map([expr], |r| r.get(0)).at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }
}

impl Directory {
    /// Like [`Directory::text_matches`], but `None` when more than `limit` rows match
    /// (then check rows one by one with [`Directory::text_matches_row`]).
    pub fn text_matches_up_to(
        &self,
        query: &str,
        limit: usize,
    ) -> Result<Option<std::collections::HashSet<i64>>> {
        let Some(expr) = fts_query(query) else {
            return Ok(Some(Default::default()));
        };
        let mut stmt = self
            .conn
            .prepare_cached("SELECT rowid FROM service_fts WHERE service_fts MATCH ?1 LIMIT ?2")
            .at(&self.path)?;
        let rows = stmt
            .query_map(params![expr, limit as i64 + 1], |r| r.get(0))
            .at(&self.path)?;
        let set: std::collections::HashSet<i64> =
            rows.collect::<rusqlite::Result<_>>().at(&self.path)?;
        Ok((set.len() <= limit).then_some(set))
    }

    /// Whether row `rid` matches `query` (as [`Directory::text_matches`] would say).
    pub fn text_matches_row(&self, query: &str, rid: i64) -> Result<bool> {
        let Some(expr) = fts_query(query) else {
            return Ok(false);
        };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM service_fts WHERE service_fts MATCH ?1 AND rowid = ?2",
            )
            .at(&self.path)?;
        let n: i64 = stmt
            .query_row(params![expr, rid], |r| r.get(0))
            .at(&self.path)?;
        Ok(n > 0)
    }
}

/// An FTS5 query that matches every folded word of `query` as a prefix, with no FTS5
/// syntax let through from the user.
fn fts_query(query: &str) -> Option<String> {
    let words = crate::text::words(query);
    if words.is_empty() {
        return None;
    }
    Some(
        words
            .iter()
            .map(|w| format!("\"{}\"*", w.replace('"', "")))
            .collect::<Vec<_>>()
            .join(" AND "),
    )
}

fn tri(r: &Row<'_>, i: usize) -> rusqlite::Result<TriState> {
    let s: String = r.get(i)?;
    s.parse().map_err(|e: crate::model::BadTriState| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn parse_col<T, E>(r: &Row<'_>, i: usize) -> rusqlite::Result<T>
where
    T: std::str::FromStr<Err = E>,
    E: std::error::Error + Send + Sync + 'static,
{
    let s: String = r.get(i)?;
    s.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn json_col<T: for<'de> Deserialize<'de>>(r: &Row<'_>, i: usize) -> rusqlite::Result<T> {
    let s: String = r.get(i)?;
    serde_json::from_str(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn service_from_row(r: &Row<'_>) -> rusqlite::Result<Service> {
    let lat: Option<f64> = r.get(22)?;
    let lon: Option<f64> = r.get(23)?;
    let location = match (lat, lon) {
        (Some(lat), Some(lon)) => Some(Location {
            point: LatLon::new(lat, lon).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    22,
                    rusqlite::types::Type::Real,
                    Box::new(e),
                )
            })?,
            precision: {
                let p: Option<String> = r.get(24)?;
                p.unwrap_or_else(|| "exact".into())
                    .parse::<GeoPrecision>()
                    .map_err(|e| {
                        rusqlite::Error::FromSqlConversionFailure(
                            24,
                            rusqlite::types::Type::Text,
                            Box::new(e),
                        )
                    })?
            },
            uncertainty_m: r.get::<_, Option<f64>>(35)?.unwrap_or(0.0),
        }),
        _ => None,
    };
    let languages: String = r.get(9)?;
    Ok(Service {
        id: r.get(1)?,
        kind: parse_col::<Kind, _>(r, 2)?,
        lang: r.get(3)?,
        name: Text::new(r.get::<_, String>(4)?),
        description: r.get::<_, Option<String>>(5)?.map(Text::new),
        organization: r.get(6)?,
        needs: needs_from_mask(r.get::<_, i64>(7)? as u64),
        serves: serves_from_mask(r.get::<_, i64>(8)? as u64),
        languages: languages
            .split(';')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        one_stop_shop: tri(r, 10)?,
        asks_status: tri(r, 11)?,
        asks_documents: tri(r, 12)?,
        shares_with_immigration: tri(r, 13)?,
        free_of_charge: tri(r, 14)?,
        appointment_needed: tri(r, 15)?,
        walk_in: tri(r, 16)?,
        what_to_bring: r.get::<_, Option<String>>(17)?.map(Text::new),
        address: Address {
            street: r.get(18)?,
            locality: r.get(19)?,
            postal_code: r.get(20)?,
            country: r.get(21)?,
            geonames_id: r.get(34)?,
        },
        location,
        timezone: r.get(25)?,
        phones: json_col::<Vec<Phone>>(r, 26)?,
        email: r.get(27)?,
        website: r.get(28)?,
        opening_hours: r.get(29)?,
        source: r.get(30)?,
        source_note: r.get(31)?,
        verified_at: r.get(32)?,
        extra: json_col(r, 33)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts_query_quotes_words_and_drops_syntax() {
        assert_eq!(fts_query("legal aid").unwrap(), "\"legal\"* AND \"aid\"*");
        assert_eq!(
            fts_query("NEAR(\"x\" OR y)").unwrap(),
            "\"near\"* AND \"x\"* AND \"or\"* AND \"y\"*"
        );
        assert!(fts_query(" ,; ").is_none());
    }
}
