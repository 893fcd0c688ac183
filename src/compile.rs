//! Turning directory sources into a directory file: read the rows, place the ones that
//! give only a town (at the town's centre, marked approximate), fill in time zones, check,
//! and write. The same path builds the default directory and an NGO's bundle.

use std::path::Path;

use serde::Serialize;

use crate::error::Result;
use crate::gazetteer::Gazetteer;
use crate::model::{town_radius_m, GeoPrecision, Location};
use crate::source::{msg, Diagnostic, Loaded, Msg, Severity, SourceErrors};
use crate::store::{self, DirectoryInfo};

/// A town name shared by several towns of a country is taken to mean the most populous
/// one only when it is this many times bigger than the next: "Porto" is Porto, but "Lagoa"
/// (Azores, 14,000) is not obviously Lagoa (Algarve, 6,000).
pub const AMBIGUITY_RATIO: i64 = 5;

/// What a compile did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Records written.
    pub services: usize,
    /// Places given coordinates from their town (approximate).
    pub placed_from_locality: usize,
    /// Records whose time zone came from the gazetteer.
    pub timezones_filled: usize,
    /// Warnings (errors stop the compile).
    pub diagnostics: Vec<Diagnostic>,
}

/// Places rows without coordinates at their town's centre and fills in missing time
/// zones, adding a diagnostic for each row that can't be placed.
pub fn place(loaded: &mut Loaded, gaz: &Gazetteer) -> Result<(usize, usize)> {
    let (mut placed, mut tz_filled) = (0, 0);
    for (s, (file, row)) in loaded.services.iter_mut().zip(&loaded.origins) {
        let diag = |severity, code, field: &str, m: Msg| {
            Diagnostic::new(
                severity,
                code,
                file,
                Some(*row),
                None,
                Some(field.to_string()),
                Some(s.id.clone()),
                m,
            )
        };
        if !s.address.country.is_empty() && !gaz.is_country(&s.address.country)? {
            loaded.diagnostics.push(diag(
                Severity::Error,
                "bad-country",
                "country",
                msg("place-bad-country", &[("value", s.address.country.clone())]),
            ));
            continue;
        }
        if s.kind.is_place() && s.location.is_none() {
            let Some(town) = s.address.locality.clone() else {
                continue; // already reported by the reader
            };
            let chosen = match s.address.geonames_id {
                Some(id) => match gaz.get(id)? {
                    Some(p) if p.country == s.address.country => Some(p),
                    Some(p) => {
                        loaded.diagnostics.push(diag(
                            Severity::Error,
                            "bad-geonames-id",
                            "geonames_id",
                            msg(
                                "place-geonames-other-country",
                                &[
                                    ("id", id.to_string()),
                                    ("name", p.name.clone()),
                                    ("found", p.country.clone()),
                                    ("country", s.address.country.clone()),
                                ],
                            ),
                        ));
                        continue;
                    }
                    None => {
                        loaded.diagnostics.push(diag(
                            Severity::Error,
                            "bad-geonames-id",
                            "geonames_id",
                            msg("place-geonames-unknown", &[("id", id.to_string())]),
                        ));
                        continue;
                    }
                },
                None => {
                    let found = gaz.exact_in_country(&town, &s.address.country)?;
                    match found.as_slice() {
                        [] => {
                            loaded.diagnostics.push(diag(
                                Severity::Error,
                                "unplaceable",
                                "locality",
                                msg(
                                    "place-town-not-found",
                                    &[
                                        ("town", town.clone()),
                                        ("country", s.address.country.clone()),
                                    ],
                                ),
                            ));
                            continue;
                        }
                        [only] => Some(only.place.clone()),
                        [first, second, ..]
                            if first.place.population
                                >= AMBIGUITY_RATIO * second.place.population.max(1) =>
                        {
                            Some(first.place.clone())
                        }
                        several => {
                            let list: Vec<String> = several
                                .iter()
                                .map(|m| {
                                    format!(
                                        "{} (geonames_id {}, {:.4},{:.4}, population {})",
                                        m.place.name,
                                        m.place.id,
                                        m.place.lat,
                                        m.place.lon,
                                        m.place.population
                                    )
                                })
                                .collect();
                            loaded.diagnostics.push(diag(
                                Severity::Error,
                                "ambiguous-town",
                                "locality",
                                msg(
                                    "place-ambiguous-town",
                                    &[
                                        ("count", several.len().to_string()),
                                        ("country", s.address.country.clone()),
                                        ("town", town.clone()),
                                        ("list", list.join("; ")),
                                    ],
                                ),
                            ));
                            continue;
                        }
                    }
                }
            };
            if let Some(place) = chosen {
                s.location = Some(Location {
                    point: place.point(),
                    precision: GeoPrecision::City,
                    uncertainty_m: town_radius_m(place.population),
                });
                if s.timezone.is_none() {
                    s.timezone = Some(place.timezone.clone());
                    tz_filled += 1;
                }
                placed += 1;
            }
        } else if let Some(p) = s.point() {
            if let Some((near, d)) = gaz.nearest(p)? {
                if near.country != s.address.country && d > 30_000.0 {
                    loaded.diagnostics.push(diag(
                        Severity::Warning,
                        "outside-country",
                        "lat",
                        msg(
                            "place-outside-country",
                            &[
                                ("km", format!("{:.0}", d / 1000.0)),
                                ("place", near.name.clone()),
                                ("found", near.country.clone()),
                                ("country", s.address.country.clone()),
                            ],
                        ),
                    ));
                }
                if s.timezone.is_none() {
                    s.timezone = Some(near.timezone);
                    tz_filled += 1;
                }
            }
        }
        if s.timezone.is_none() && !s.address.country.is_empty() {
            if let Some(tz) = gaz.country_timezone(&s.address.country)? {
                s.timezone = Some(tz);
                tz_filled += 1;
            }
        }
    }
    Ok((placed, tz_filled))
}

/// Reads the sources at `source` (a CSV file or a folder of them), places them and writes
/// a directory to `out`. Nothing is written when any row has an error.
pub fn compile(source: &Path, gaz: &Gazetteer, info: &DirectoryInfo, out: &Path) -> Result<Report> {
    let loaded = crate::source::read_path(source)?;
    compile_loaded(loaded, gaz, info, out)
}

/// [`compile`] for sources already read.
pub fn compile_loaded(
    mut loaded: Loaded,
    gaz: &Gazetteer,
    info: &DirectoryInfo,
    out: &Path,
) -> Result<Report> {
    let (placed, tz) = place(&mut loaded, gaz)?;
    if loaded.has_errors() {
        return Err(SourceErrors(loaded.diagnostics).into());
    }
    let mut info = info.clone();
    info.services = loaded.services.len() as u64;
    store::write(&loaded.services, &info, out)?;
    Ok(Report {
        services: loaded.services.len(),
        placed_from_locality: placed,
        timezones_filled: tz,
        diagnostics: loaded.diagnostics,
    })
}
