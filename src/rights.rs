//! Rights information: short cards that say what a person can expect, whether it applies
//! whatever their status, what to do if refused, and which instrument and article say so.
//!
//! The structure (which cards exist, for which needs and countries, their citations and
//! each country's ratification of the Migrant Workers Convention) is `locales/rights.toml`;
//! every word is in `locales/<tag>/rights.ftl`; the audit trail of sources is
//! `locales/RIGHTS-SOURCES.md`. Every rendered card carries the "general information, not
//! legal advice" line and the date the text was checked.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use crate::i18n::{L10n, RIGHTS_TOML};
use crate::taxonomy::Need;

/// A citation: an instrument key (see [`Catalogue::instruments`]) and the article or
/// paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// Instrument key, e.g. `icrmw`.
    pub instrument: String,
    /// Article or paragraph, e.g. `art. 28`.
    #[serde(rename = "ref")]
    pub reference: String,
}

/// One card's structure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardDef {
    /// Id; Fluent messages are `rights-<id>-title`, `-body`, `-if-refused`.
    pub id: String,
    /// Need codes the card is shown for.
    pub needs: Vec<String>,
    /// Empty for general cards, an ISO code for a country note.
    #[serde(default)]
    pub country: String,
    /// Applies whatever the person's migration status.
    pub regardless_of_status: bool,
    /// Where it comes from.
    pub citations: Vec<Citation>,
}

/// An instrument's web address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instrument {
    /// Where its text can be read.
    pub url: String,
}

/// A country's status under the Migrant Workers Convention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryStatus {
    /// `party`, `signatory`, `not-party` or `unknown`.
    pub icrmw: String,
    /// Year it joined, for parties.
    #[serde(default)]
    pub icrmw_year: Option<i64>,
    /// Year it signed, if it did.
    #[serde(default)]
    pub icrmw_signed: Option<i64>,
    /// Month (YYYY-MM) of the newest source that settles it.
    #[serde(default)]
    pub icrmw_as_of: Option<String>,
    /// Where it was read.
    #[serde(default)]
    pub icrmw_source: Option<String>,
}

/// The parsed `locales/rights.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    /// When every card was last checked against its sources (YYYY-MM-DD).
    pub checked: String,
    /// Instruments by key.
    pub instruments: BTreeMap<String, Instrument>,
    /// Every card.
    pub cards: Vec<CardDef>,
    /// Ratification facts by ISO country code.
    #[serde(default)]
    pub countries: BTreeMap<String, CountryStatus>,
}

/// `rights.toml` did not parse: a build of Ponte with broken rights data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("locales/rights.toml: {0}")]
pub struct BadCatalogue(pub String);

/// Parses the embedded catalogue once.
pub fn catalogue() -> Result<&'static Catalogue, BadCatalogue> {
    static CAT: OnceLock<Result<Catalogue, BadCatalogue>> = OnceLock::new();
    CAT.get_or_init(|| toml::from_str(RIGHTS_TOML).map_err(|e| BadCatalogue(e.to_string())))
        .as_ref()
        .map_err(Clone::clone)
}

/// A citation in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RenderedCitation {
    /// The instrument's full name in the reader's language.
    pub instrument: String,
    /// Article or paragraph.
    pub reference: String,
    /// Where to read it.
    pub url: Option<String>,
}

/// A card ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Card {
    /// Card id.
    pub id: String,
    /// Country code for a country note.
    pub country: Option<String>,
    /// Title.
    pub title: String,
    /// What a person can expect.
    pub body: String,
    /// What to do if refused.
    pub if_refused: String,
    /// Applies whatever the person's migration status.
    pub regardless_of_status: bool,
    /// Sources.
    pub citations: Vec<RenderedCitation>,
    /// What the card's country (or the person's) has done about the Migrant Workers
    /// Convention, when the card cites it and the country is known.
    pub ratification: Option<String>,
    /// A note that the Global Compact is a promise, when the card cites it.
    pub compact_note: Option<String>,
}

/// Rights cards for a need and a country, rendered in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rights {
    /// The cards: general ones first, then notes for the country.
    pub cards: Vec<Card>,
    /// "General information, not legal advice."
    pub disclaimer: String,
    /// "Checked on 2026-11-23."
    pub checked: String,
    /// The date the text was checked.
    pub checked_date: String,
    /// The locale shown.
    pub lang: String,
}

/// The cards that apply to `need` (a card for a need's parent applies too; no need = all)
/// and `country` (its notes; general cards always).
pub fn select<'c>(
    cat: &'c Catalogue,
    need: Option<Need>,
    country: Option<&str>,
) -> Vec<&'c CardDef> {
    let wanted: Vec<&str> = match need {
        Some(n) => {
            let mut v = vec![n.code()];
            if !n.is_top() {
                v.push(n.top().code());
            }
            v
        }
        None => Vec::new(),
    };
    let fits_need =
        |c: &CardDef| wanted.is_empty() || c.needs.iter().any(|x| wanted.contains(&x.as_str()));
    let country = country.map(str::to_ascii_uppercase);
    let mut general: Vec<&CardDef> = cat
        .cards
        .iter()
        .filter(|c| c.country.is_empty() && fits_need(c))
        .collect();
    let notes: Vec<&CardDef> = cat
        .cards
        .iter()
        .filter(|c| !c.country.is_empty() && Some(&c.country) == country.as_ref() && fits_need(c))
        .collect();
    general.extend(notes);
    general
}

fn country_name(l: &L10n, code: &str, english: Option<&str>) -> String {
    let id = format!("country-{}", code.to_ascii_lowercase());
    if l.has(&id) {
        l.t(&id)
    } else {
        english.unwrap_or(code).to_string()
    }
}

/// Renders the cards for `need` and `country` in `l`'s language. `country_english_name`
/// is used when no translated country name exists.
pub fn render(
    l: &L10n,
    need: Option<Need>,
    country: Option<&str>,
    country_english_name: Option<&str>,
) -> Result<Rights, BadCatalogue> {
    let cat = catalogue()?;
    let mut cards = Vec::new();
    for def in select(cat, need, country) {
        let cites_icrmw = def.citations.iter().any(|c| c.instrument == "icrmw");
        let cites_gcm = def.citations.iter().any(|c| c.instrument == "gcm");
        // A country note speaks of its own country; a general card of the reader's.
        let about = if def.country.is_empty() {
            country.map(str::to_string)
        } else {
            Some(def.country.clone())
        };
        let ratification = match (&about, cites_icrmw) {
            (Some(cc), true) => Some(ratification_text(l, cat, cc, country_english_name)),
            (None, true) => Some(l.t("rights-ratification-note")),
            _ => None,
        };
        cards.push(Card {
            id: def.id.clone(),
            country: Some(def.country.clone()).filter(|c| !c.is_empty()),
            title: l.t(&format!("rights-{}-title", def.id)),
            body: l.t(&format!("rights-{}-body", def.id)),
            if_refused: l.t(&format!("rights-{}-if-refused", def.id)),
            regardless_of_status: def.regardless_of_status,
            citations: def
                .citations
                .iter()
                .map(|c| RenderedCitation {
                    instrument: l.t(&format!("instrument-{}", c.instrument)),
                    reference: c.reference.clone(),
                    url: cat.instruments.get(&c.instrument).map(|i| i.url.clone()),
                })
                .collect(),
            ratification,
            compact_note: cites_gcm.then(|| l.t("rights-gcm-note")),
        });
    }
    Ok(Rights {
        cards,
        disclaimer: l.t("rights-disclaimer"),
        checked: l.ta("rights-checked", &[("date", cat.checked.clone().into())]),
        checked_date: cat.checked.clone(),
        lang: l.tag().to_string(),
    })
}

fn ratification_text(l: &L10n, cat: &Catalogue, cc: &str, english: Option<&str>) -> String {
    let cc = cc.to_ascii_uppercase();
    let name = country_name(l, &cc, english.filter(|_| true));
    let Some(st) = cat.countries.get(&cc) else {
        return l.ta("rights-ratification-unknown", &[("country", name.into())]);
    };
    let main = match st.icrmw.as_str() {
        "party" => l.ta(
            "rights-ratification-party",
            &[
                ("country", name.clone().into()),
                (
                    "year",
                    st.icrmw_year
                        .map(|y| y.to_string())
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
        "signatory" => l.ta(
            "rights-ratification-signatory",
            &[("country", name.clone().into())],
        ),
        "not-party" => l.ta(
            "rights-ratification-not-party",
            &[("country", name.clone().into())],
        ),
        _ => l.ta(
            "rights-ratification-unknown",
            &[("country", name.clone().into())],
        ),
    };
    match &st.icrmw_as_of {
        Some(when) => format!(
            "{main} {}",
            l.ta(
                "rights-ratification-as-of",
                &[
                    ("country", FluentValue::from(name)),
                    ("date", when.clone().into())
                ]
            )
        ),
        None => main,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_parses_and_every_card_has_text_and_known_needs_and_instruments() {
        let cat = catalogue().unwrap();
        let l = L10n::english();
        assert!(cat.cards.len() >= 10);
        for c in &cat.cards {
            for suffix in ["title", "body", "if-refused"] {
                assert!(
                    l.has(&format!("rights-{}-{suffix}", c.id)),
                    "{} {suffix}",
                    c.id
                );
            }
            for n in &c.needs {
                assert!(Need::from_code(n).is_ok(), "{}: need {n}", c.id);
            }
            assert!(!c.citations.is_empty(), "{} cites nothing", c.id);
            for cit in &c.citations {
                assert!(
                    cat.instruments.contains_key(&cit.instrument),
                    "{}: {}",
                    c.id,
                    cit.instrument
                );
                assert!(
                    l.has(&format!("instrument-{}", cit.instrument)),
                    "{}",
                    cit.instrument
                );
            }
        }
        chrono::NaiveDate::parse_from_str(&cat.checked, "%Y-%m-%d").unwrap();
    }

    #[test]
    fn health_in_portugal_gives_the_emergency_card_and_the_country_note_with_ratification() {
        let l = L10n::english();
        let r = render(
            &l,
            Need::from_code("health").ok(),
            Some("PT"),
            Some("Portugal"),
        )
        .unwrap();
        let ids: Vec<&str> = r.cards.iter().map(|c| c.id.as_str()).collect();
        assert!(ids.contains(&"health-emergency"));
        assert!(ids.contains(&"pt-health"));
        assert!(!ids.contains(&"th-school"));
        let emergency = r.cards.iter().find(|c| c.id == "health-emergency").unwrap();
        assert!(emergency.regardless_of_status);
        assert!(emergency
            .citations
            .iter()
            .any(|c| c.reference.contains("28")));
        let note = crate::i18n::strip_isolation(emergency.ratification.as_deref().unwrap());
        assert!(note.contains("Portugal has not joined"), "{note}");
        assert!(r.disclaimer.contains("not legal advice"));
    }
}
