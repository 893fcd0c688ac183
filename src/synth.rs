//! Synthetic directories for tests, benchmarks and demos: `ponte synth`.
//!
//! Writes rows in the same template CSV that NGOs fill in (`data/README.md`), so a
//! synthetic directory goes through exactly the reader, placement and writer a real one
//! does. The spread imitates real data: most services cluster around real towns of the
//! gazetteer, picked in proportion to their population, and a share sits in the
//! countryside far from any large town (where a search has to widen). Needs, sub-needs,
//! languages, flags and OpenStreetMap opening hours are mixed in realistic proportions;
//! names and descriptions come in several scripts (Latin, Arabic, Cyrillic, Devanagari,
//! Thai); every record's time zone is its town's.
//!
//! Honest data: every record says it is synthetic — in its name, its description, its
//! `source` (`synthetic: ponte synth seed 7`) and its source note — and a directory built
//! from such rows is marked synthetic in its metadata ([`is_synthetic`]). Synthetic data
//! never goes into `data/` or the default directory.
//!
//! Deterministic: the same seed, size and gazetteer give byte-identical files (a small
//! SplitMix64 generator, not a crate whose streams may change between versions).

use std::path::{Path, PathBuf};

use crate::error::{Context, Error, Result};
use crate::gazetteer::{Gazetteer, Place};
use crate::model::{town_radius_m, LatLon};
use crate::source::Loaded;
use crate::taxonomy::Need;

/// The prefix of every synthetic record's `source`.
pub const SOURCE_PREFIX: &str = "synthetic: ponte synth seed ";

/// Towns at least this big get the clustered services; smaller places anchor the rural
/// share.
const CITY_MIN_POPULATION: i64 = 15_000;

/// Share of services placed in the countryside rather than around a town.
const RURAL_SHARE: f64 = 0.10;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// How many service points.
    pub services: u64,
    /// The seed: the same seed gives the same rows.
    pub seed: u64,
}

/// What [`write`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The CSV file.
    pub file: PathBuf,
    /// Rows written.
    pub services: u64,
    /// Rows placed in the countryside.
    pub rural: u64,
}

/// The `source` value of records made with `seed`.
pub fn source_of(seed: u64) -> String {
    format!("{SOURCE_PREFIX}{seed}")
}

/// True when every record of `loaded` is synthetic (and there is at least one): a
/// directory built from them must say so in its metadata.
pub fn is_synthetic(loaded: &Loaded) -> bool {
    !loaded.services.is_empty()
        && loaded
            .services
            .iter()
            .all(|s| s.source.starts_with(SOURCE_PREFIX))
}

/// SplitMix64: tiny, fast and stable across versions, which is all synthetic data needs.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x05EE_D0F9_0A7E)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize % n.max(1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// An index into `weights`, in proportion to them.
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = (self.unit() * total as f64) as u32;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len().saturating_sub(1)
    }
}

/// Top-level needs and how often services offer them (roughly the mix of 211 and
/// migrant-service directories: health and legal aid lead).
const NEED_MIX: &[(&str, u32)] = &[
    ("health", 20),
    ("legal-aid", 15),
    ("housing", 10),
    ("work", 10),
    ("education", 8),
    ("social-protection", 8),
    ("information", 8),
    ("food", 6),
    ("documents", 5),
    ("interpretation", 4),
    ("violence-support", 4),
    ("child-protection", 3),
    ("money", 3),
    ("complaints", 3),
    ("one-stop-shop", 2),
    ("return", 1),
];

/// Languages migrants often need, added on top of a country's own.
const MIGRANT_LANGUAGES: &[&str] = &[
    "en", "ar", "fr", "es", "ru", "uk", "fa", "ps", "bn", "hi", "ne", "my", "km", "vi", "id", "tl",
    "pt", "so", "ti", "sw", "ur", "zh",
];

/// Opening hours in OpenStreetMap syntax, with how often each appears.
const HOURS: &[(&str, u32)] = &[
    ("Mo-Fr 09:00-17:00", 30),
    ("Mo-Fr 08:30-12:30,13:30-17:00", 12),
    ("Mo-Fr 09:00-17:00; PH off", 10),
    ("Mo-Sa 09:00-13:00", 8),
    ("24/7", 8),
    ("Tu-Th 10:00-16:00", 6),
    ("Mo,We,Fr 14:00-18:00", 5),
    ("Su-Th 08:00-15:00", 5),
    ("Mo-Fr 08:00-20:00; Sa 09:00-14:00", 6),
    ("Mo-Fr 10:00-12:00 \"by appointment\"", 4),
];

/// Words per language of the text: "synthetic", then a word for a general centre, legal
/// aid, health, shelter and work. Several scripts on purpose: search and folding must
/// work on all of them.
const WORDS: &[(&str, [&str; 6])] = &[
    (
        "en",
        [
            "synthetic",
            "Service centre",
            "Legal aid",
            "Health clinic",
            "Shelter",
            "Work support",
        ],
    ),
    (
        "fr",
        [
            "synthétique",
            "Centre de services",
            "Aide juridique",
            "Centre de santé",
            "Hébergement",
            "Aide à l'emploi",
        ],
    ),
    (
        "es",
        [
            "sintético",
            "Centro de servicios",
            "Asistencia jurídica",
            "Clínica",
            "Albergue",
            "Apoyo laboral",
        ],
    ),
    (
        "pt",
        [
            "sintético",
            "Centro de serviços",
            "Apoio jurídico",
            "Centro de saúde",
            "Abrigo",
            "Apoio ao emprego",
        ],
    ),
    (
        "ar",
        [
            "اصطناعي",
            "مركز خدمات",
            "مساعدة قانونية",
            "عيادة صحية",
            "مأوى",
            "دعم العمل",
        ],
    ),
    (
        "ru",
        [
            "синтетический",
            "Сервисный центр",
            "Юридическая помощь",
            "Поликлиника",
            "Приют",
            "Помощь с работой",
        ],
    ),
    (
        "hi",
        [
            "कृत्रिम",
            "सेवा केंद्र",
            "कानूनी सहायता",
            "स्वास्थ्य केंद्र",
            "आश्रय",
            "रोज़गार सहायता",
        ],
    ),
    (
        "th",
        [
            "สังเคราะห์",
            "ศูนย์บริการ",
            "ความช่วยเหลือทางกฎหมาย",
            "คลินิก",
            "ที่พักพิง",
            "ช่วยหางาน",
        ],
    ),
];

const HEADER: &[&str] = &[
    "id",
    "kind",
    "name",
    "lang",
    "name:en",
    "description",
    "description:en",
    "organization",
    "needs",
    "serves",
    "one_stop_shop",
    "languages",
    "asks_status",
    "asks_documents",
    "shares_with_immigration",
    "free_of_charge",
    "appointment_needed",
    "walk_in",
    "locality",
    "country",
    "lat",
    "lon",
    "geo_precision",
    "timezone",
    "opening_hours",
    "source",
    "source_note",
    "verified_at",
];

/// Writes `opts.services` synthetic rows to `out`: a `.csv` file, or a folder (created if
/// needed) that gets `synthetic.csv` and a README saying what it is. Rows are streamed:
/// a million services need no more memory than a thousand.
pub fn write(gaz: &Gazetteer, opts: &Options, out: &Path) -> Result<Written> {
    let file = if out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
    {
        out.to_path_buf()
    } else {
        std::fs::create_dir_all(out).at(out)?;
        std::fs::write(
            out.join("README.md"),
            format!(
                "# Synthetic directory (not real services)\n\nMade by `ponte synth --services {} --seed {}` for tests and benchmarks.\nEvery record is invented; none of it may be published as a directory of services.\n",
                opts.services, opts.seed
            ),
        )
        .at(out)?;
        out.join("synthetic.csv")
    };
    let spread = Spread::new(gaz)?;
    let mut languages_of: std::collections::HashMap<String, Vec<String>> =
        std::collections::HashMap::new();
    let mut rng = Rng::new(opts.seed);
    let source = source_of(opts.seed);
    let f = std::fs::File::create(&file).at(&file)?;
    let mut w = csv::Writer::from_writer(std::io::BufWriter::with_capacity(1 << 20, f));
    let csv_err = |e: csv::Error| Error::Io {
        path: file.clone(),
        source: std::io::Error::other(e),
    };
    w.write_record(HEADER).map_err(csv_err)?;
    let mut rural = 0;
    for n in 0..opts.services {
        let is_rural = rng.chance(RURAL_SHARE);
        rural += u64::from(is_rural);
        let (anchor, p) = spread.point(&mut rng, is_rural);
        let (lat, lon) = (p.lat, p.lon);
        if !languages_of.contains_key(&anchor.country) {
            let langs = gaz.country_languages(&anchor.country)?;
            languages_of.insert(anchor.country.clone(), langs);
        }
        let local: Vec<String> = languages_of
            .get(&anchor.country)
            .map(|ls| {
                ls.iter()
                    .map(|l| crate::model::base(l).to_ascii_lowercase())
                    .filter(|l| crate::lang::is_known(l))
                    .collect()
            })
            .unwrap_or_default();
        let row = Row::make(n, opts.seed, &source, anchor, lat, lon, &local, &mut rng);
        w.write_record(row.cells()).map_err(csv_err)?;
    }
    let inner = w.into_inner().map_err(|e| Error::Io {
        path: file.clone(),
        source: std::io::Error::other(e.to_string()),
    })?;
    let f = inner.into_inner().map_err(|e| Error::Io {
        path: file.clone(),
        source: e.into_error(),
    })?;
    f.sync_all().at(&file)?;
    Ok(Written {
        file,
        services: opts.services,
        rural,
    })
}

/// Where synthetic services (and benchmark queries) are: real towns weighted by
/// population, and the countryside around any place.
#[derive(Debug, Clone)]
pub struct Spread {
    cities: Vec<Place>,
    cumulative: Vec<f64>,
    all: Vec<Place>,
}

impl Spread {
    /// The spread over `gaz`'s places.
    pub fn new(gaz: &Gazetteer) -> Result<Spread> {
        let cities = gaz.places_with_population(CITY_MIN_POPULATION)?;
        let all = gaz.places_with_population(0)?;
        if cities.is_empty() || all.is_empty() {
            return Err(Error::Input(
                "the gazetteer has no towns to place synthetic services around".into(),
            ));
        }
        // Cumulative populations for picking a town in proportion to its size.
        let mut cumulative = Vec::with_capacity(cities.len());
        let mut total = 0f64;
        for c in &cities {
            total += c.population.max(1) as f64;
            cumulative.push(total);
        }
        Ok(Spread {
            cities,
            cumulative,
            all,
        })
    }

    /// A random point: around a town picked by population, or (`rural`) 15-60 km out
    /// into the countryside from any place. Returns the anchoring place too.
    pub fn point(&self, rng: &mut Rng, rural: bool) -> (&Place, LatLon) {
        let (p, d) = if rural {
            let p = &self.all[rng.below(self.all.len())];
            (p, 15_000.0 + 45_000.0 * rng.unit())
        } else {
            let total = self.cumulative.last().copied().unwrap_or(0.0);
            let x = rng.unit() * total;
            let i = self
                .cumulative
                .partition_point(|c| *c <= x)
                .min(self.cities.len() - 1);
            let p = &self.cities[i];
            // Uniform over a disc a little wider than the town.
            (p, town_radius_m(p.population) * 1.5 * rng.unit().sqrt())
        };
        let (lat, lon) = offset(p, d, rng);
        (p, LatLon { lat, lon })
    }
}

/// Query points for benchmarks: `n` points of the same spread as the services (`rural`:
/// only countryside ones), deterministic per seed.
pub fn sample_points(spread: &Spread, seed: u64, n: usize, rural: bool) -> Vec<LatLon> {
    let mut rng = Rng::new(seed.wrapping_mul(31).wrapping_add(1));
    (0..n).map(|_| spread.point(&mut rng, rural).1).collect()
}

/// A point `d` metres from `p` in a random direction (flat-earth offset: at these
/// distances the error is far below what matters for synthetic data).
fn offset(p: &Place, d: f64, rng: &mut Rng) -> (f64, f64) {
    let bearing = rng.unit() * std::f64::consts::TAU;
    let dlat = d * bearing.cos() / 111_320.0;
    let coslat = p.lat.to_radians().cos().max(0.05);
    let dlon = d * bearing.sin() / (111_320.0 * coslat);
    let lat = (p.lat + dlat).clamp(-89.9, 89.9);
    let mut lon = p.lon + dlon;
    if lon > 180.0 {
        lon -= 360.0;
    } else if lon < -180.0 {
        lon += 360.0;
    }
    (lat, lon)
}

/// One synthetic row, as template cells.
struct Row {
    cells: Vec<String>,
}

impl Row {
    #[allow(clippy::too_many_arguments)]
    fn make(
        n: u64,
        seed: u64,
        source: &str,
        anchor: &Place,
        lat: f64,
        lon: f64,
        local: &[String],
        rng: &mut Rng,
    ) -> Row {
        // Needs: one to three top-level needs, each refined to a sub-need 60% of the time.
        let weights: Vec<u32> = NEED_MIX.iter().map(|(_, w)| *w).collect();
        let mut needs: Vec<Need> = Vec::new();
        let count = 1 + rng.weighted(&[60, 30, 10]);
        for _ in 0..count {
            let code = NEED_MIX[rng.weighted(&weights)].0;
            let Ok(top) = Need::from_code(code) else {
                continue;
            };
            let children: Vec<Need> = top.children().collect();
            let need = if !children.is_empty() && rng.chance(0.6) {
                children[rng.below(children.len())]
            } else {
                top
            };
            if !needs.contains(&need) {
                needs.push(need);
            }
        }
        let first_top = needs
            .first()
            .map(|n| n.top().code())
            .unwrap_or("information");
        let word = match first_top {
            "legal-aid" => 2,
            "health" => 3,
            "housing" => 4,
            "work" => 5,
            _ => 1,
        };

        // Text language: the country's own when we have words for it, else a mix.
        let lang_ix = local
            .first()
            .and_then(|l| WORDS.iter().position(|(w, _)| w == l))
            .filter(|_| rng.chance(0.7))
            .unwrap_or_else(|| rng.weighted(&[40, 10, 10, 10, 12, 8, 5, 5]));
        let (lang, words) = WORDS[lang_ix];
        let en = WORDS[0].1;
        let tag = format!("{}-{n}", anchor.name);
        let name = format!("{} – {tag} ({})", words[word], words[0]);
        let name_en = format!("{} – {tag} (synthetic)", en[word]);
        let description = format!(
            "{} – {}: {}. ponte synth {seed}.",
            words[0], words[word], anchor.name
        );
        let description_en = format!(
            "Synthetic record made by ponte synth (seed {seed}) for tests and benchmarks; not a real service. {} near {}.",
            en[word], anchor.name
        );

        // Languages spoken: the country's first language, then a few migrants' ones.
        let mut spoken: Vec<String> = local.iter().take(1).cloned().collect();
        for _ in 0..rng.weighted(&[25, 35, 25, 15]) {
            let l = MIGRANT_LANGUAGES[rng.below(MIGRANT_LANGUAGES.len())].to_string();
            if !spoken.contains(&l) {
                spoken.push(l);
            }
        }
        if spoken.is_empty() {
            spoken.push("en".into());
        }

        let tri = |rng: &mut Rng, yes: f64, no: f64| {
            let x = rng.unit();
            if x < yes {
                "yes"
            } else if x < yes + no {
                "no"
            } else {
                "unknown"
            }
        };
        let one_stop = if needs.iter().any(|n| n.code() == "one-stop-shop") {
            "yes"
        } else {
            "unknown"
        };
        let serves = if rng.chance(0.8) {
            "all"
        } else {
            [
                "women",
                "children",
                "workers",
                "families",
                "survivors-of-violence",
                "lgbtiq",
            ][rng.below(6)]
        };
        let hours_weights: Vec<u32> = HOURS.iter().map(|(_, w)| *w).collect();
        let hours = if rng.chance(0.85) {
            HOURS[rng.weighted(&hours_weights)].0
        } else {
            ""
        };
        let precision = if rng.chance(0.85) { "exact" } else { "address" };
        // Confirmed in 2025 or early 2026: recent, never in the future.
        let verified = format!(
            "{}-{:02}-{:02}",
            2025 + rng.below(2),
            1 + rng.below(10),
            1 + rng.below(28)
        );
        let needs_cell: Vec<&str> = needs.iter().map(|n| n.code()).collect();
        let asks_status = tri(rng, 0.10, 0.40);
        let asks_documents = tri(rng, 0.25, 0.35);
        let shares = tri(rng, 0.05, 0.30);
        let free = tri(rng, 0.60, 0.10);
        let appointment = tri(rng, 0.30, 0.30);
        let walk_in = tri(rng, 0.40, 0.20);
        let cells = vec![
            format!("synth-{seed}-{n:07}"),
            "place".into(),
            name,
            lang.into(),
            if lang == "en" { String::new() } else { name_en },
            description,
            if lang == "en" {
                String::new()
            } else {
                description_en
            },
            "Synthetic organisation (not real)".into(),
            needs_cell.join(";"),
            serves.into(),
            one_stop.into(),
            spoken.join(";"),
            asks_status.into(),
            asks_documents.into(),
            shares.into(),
            free.into(),
            appointment.into(),
            walk_in.into(),
            anchor.name.clone(),
            anchor.country.clone(),
            format!("{lat:.6}"),
            format!("{lon:.6}"),
            precision.into(),
            anchor.timezone.clone(),
            hours.into(),
            source.into(),
            "Generated data for tests and benchmarks; not a real service.".into(),
            verified,
        ];
        Row { cells }
    }

    fn cells(&self) -> &[String] {
        &self.cells
    }
}
