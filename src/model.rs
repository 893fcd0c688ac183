//! The directory's data model: a service point, aligned with Open Referral HSDS 3.0, plus
//! what migrants need and HSDS lacks (DESIGN.md §4).
//!
//! A [`Service`] flattens HSDS's service + location + service_at_location into one record
//! per place where help is given, because that is what a person looks for and what NGO
//! spreadsheets hold. Every record carries its `source` and `verified_at`.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::taxonomy::{Need, Serves};

/// Yes / no / unknown: most facts about a service are known only sometimes, and "unknown"
/// must never be shown as either answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TriState {
    /// A source says yes.
    Yes,
    /// A source says no.
    No,
    /// No source says.
    #[default]
    Unknown,
}

impl TriState {
    /// The code used in CSV, JSON and SQLite.
    pub fn code(self) -> &'static str {
        match self {
            TriState::Yes => "yes",
            TriState::No => "no",
            TriState::Unknown => "unknown",
        }
    }
}

/// A value that is not yes, no or unknown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not one of yes, no, unknown")]
pub struct BadTriState(pub String);

impl FromStr for TriState {
    type Err = BadTriState;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" | "1" => Ok(TriState::Yes),
            "no" | "n" | "false" | "0" => Ok(TriState::No),
            "" | "unknown" | "?" => Ok(TriState::Unknown),
            _ => Err(BadTriState(s.to_string())),
        }
    }
}

impl fmt::Display for TriState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What kind of entry a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A place people can go to.
    #[default]
    Place,
    /// A helpline or remote service for a whole country; no address.
    PhoneLine,
    /// An emergency number.
    Emergency,
}

impl Kind {
    /// The code used in CSV, JSON and SQLite.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Place => "place",
            Kind::PhoneLine => "phone-line",
            Kind::Emergency => "emergency",
        }
    }

    /// True for entries that have a location.
    pub fn is_place(self) -> bool {
        self == Kind::Place
    }
}

/// A kind that is not place, phone-line or emergency.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not one of place, phone-line, emergency")]
pub struct BadKind(pub String);

impl FromStr for Kind {
    type Err = BadKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "" | "place" => Ok(Kind::Place),
            "phone-line" | "phone" | "helpline" => Ok(Kind::PhoneLine),
            "emergency" => Ok(Kind::Emergency),
            _ => Err(BadKind(s.to_string())),
        }
    }
}

/// How exactly a service's point is known. Shown to the user: an approximate point must
/// never look like a doorstep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GeoPrecision {
    /// Coordinates published for the building.
    Exact,
    /// Coordinates found from the street address.
    Address,
    /// The centre of the town named in the record.
    City,
    /// The centre of a postal code area.
    PostalCode,
}

impl GeoPrecision {
    /// How far the real place may be from the point, when nothing better is known.
    pub fn default_uncertainty_m(self) -> f64 {
        match self {
            GeoPrecision::Exact => 0.0,
            GeoPrecision::Address => 100.0,
            GeoPrecision::PostalCode => 2_000.0,
            GeoPrecision::City => 3_000.0,
        }
    }

    /// The code used in CSV, JSON and SQLite.
    pub fn code(self) -> &'static str {
        match self {
            GeoPrecision::Exact => "exact",
            GeoPrecision::Address => "address",
            GeoPrecision::City => "city",
            GeoPrecision::PostalCode => "postal-code",
        }
    }

    /// True when the point is only the centre of an area.
    pub fn is_approximate(self) -> bool {
        matches!(self, GeoPrecision::City | GeoPrecision::PostalCode)
    }
}

/// A precision that is not one of the known codes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not one of exact, address, city, postal-code")]
pub struct BadPrecision(pub String);

impl FromStr for GeoPrecision {
    type Err = BadPrecision;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "exact" => Ok(GeoPrecision::Exact),
            "address" | "address-geocoded" => Ok(GeoPrecision::Address),
            "city" | "city-centroid" => Ok(GeoPrecision::City),
            "postal-code" | "postcode" => Ok(GeoPrecision::PostalCode),
            _ => Err(BadPrecision(s.to_string())),
        }
    }
}

/// A point on the WGS 84 ellipsoid, in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LatLon {
    /// Latitude, -90 to 90.
    pub lat: f64,
    /// Longitude, -180 to 180.
    pub lon: f64,
}

/// Coordinates outside the globe.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BadCoordinates {
    /// Latitude beyond ±90.
    #[error("latitude {0} is outside -90..90")]
    Latitude(f64),
    /// Longitude beyond ±180.
    #[error("longitude {0} is outside -180..180")]
    Longitude(f64),
    /// Not numbers.
    #[error("{0:?} is not a pair of decimal degrees like 38.72,-9.14")]
    Syntax(String),
}

impl LatLon {
    /// A checked point.
    pub fn new(lat: f64, lon: f64) -> Result<LatLon, BadCoordinates> {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            return Err(BadCoordinates::Latitude(lat));
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            return Err(BadCoordinates::Longitude(lon));
        }
        Ok(LatLon { lat, lon })
    }

    /// Parses `"lat,lon"` (spaces allowed). Returns `None` when `s` doesn't look like a
    /// pair of numbers at all (so it can be tried as a place name), and an error when it
    /// does but is off the globe.
    pub fn parse_pair(s: &str) -> Option<Result<LatLon, BadCoordinates>> {
        let (a, b) = s.split_once(',')?;
        let lat: f64 = a.trim().parse().ok()?;
        let lon: f64 = b.trim().parse().ok()?;
        Some(LatLon::new(lat, lon))
    }
}

impl fmt::Display for LatLon {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.5},{:.5}", self.lat, self.lon)
    }
}

/// Where a place is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The point.
    #[serde(flatten)]
    pub point: LatLon,
    /// How exactly the point is known.
    pub precision: GeoPrecision,
    /// How far the real place may be from the point, metres (0 for exact points). A town's
    /// centre stands for anywhere in the town.
    #[serde(default)]
    pub uncertainty_m: f64,
}

impl Location {
    /// A location with its precision's default uncertainty.
    pub fn new(point: LatLon, precision: GeoPrecision) -> Location {
        Location {
            point,
            precision,
            uncertainty_m: precision.default_uncertainty_m(),
        }
    }
}

/// Roughly how far a town reaches from its centre, from its population: a town of 20,000
/// spans about 1 km each way, a city of 500,000 about 5 km (clamped to 1-8 km).
pub fn town_radius_m(population: i64) -> f64 {
    (1_000.0 * (population.max(0) as f64 / 20_000.0).sqrt()).clamp(1_000.0, 8_000.0)
}

/// A postal address as the source gives it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Address {
    /// Street and number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    /// Town or city.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// Postal code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2 country code, upper case.
    pub country: String,
    /// GeoNames id of the town, when the source's town name is shared by several towns.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub geonames_id: Option<i64>,
}

/// A phone number and what the source says about it ("from mobiles").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    /// The number as written, ideally in international format.
    pub number: String,
    /// A note in the record's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Phone {
    /// The number for a `tel:` link: digits and a leading `+` only.
    pub fn dial(&self) -> String {
        let mut out = String::new();
        for (i, c) in self.number.trim().chars().enumerate() {
            if c.is_ascii_digit() || (c == '+' && i == 0) {
                out.push(c);
            }
        }
        out
    }
}

/// A text in the record's own language with optional translations (BCP 47 code → text).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Text {
    /// The text in the record's language ([`Service::lang`]).
    pub value: String,
    /// Translations by language code.
    #[serde(skip_serializing_if = "BTreeMap::is_empty", default)]
    pub translations: BTreeMap<String, String>,
}

impl Text {
    /// A text with no translations.
    pub fn new(value: impl Into<String>) -> Text {
        Text {
            value: value.into(),
            translations: BTreeMap::new(),
        }
    }

    /// The best text for a reader of `preferred` languages (most preferred first): an
    /// exact translation, then one for the same base language, then the original.
    /// Returns the text and its language.
    pub fn pick<'a>(&'a self, own_lang: &'a str, preferred: &[&str]) -> (&'a str, &'a str) {
        for want in preferred {
            if base(own_lang) == base(want) {
                return (&self.value, own_lang);
            }
            if let Some((l, t)) = self.translations.get_key_value(*want) {
                return (t, l);
            }
            if let Some((l, t)) = self
                .translations
                .iter()
                .find(|(l, _)| base(l) == base(want))
            {
                return (t, l);
            }
        }
        (&self.value, own_lang)
    }

    /// The original and every translation.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.value.as_str()).chain(self.translations.values().map(|s| s.as_str()))
    }
}

/// The primary language subtag of a BCP 47 code, lower case (`pt-BR` → `pt`).
pub fn base(code: &str) -> &str {
    code.split(['-', '_']).next().unwrap_or(code)
}

/// One service point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    /// Stable id, unique in a directory.
    pub id: String,
    /// Place, phone line or emergency number.
    pub kind: Kind,
    /// Language of `name`, `description` and `what_to_bring` (BCP 47).
    pub lang: String,
    /// Name, with translations.
    pub name: Text,
    /// What it offers, in plain words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Who runs it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// What people can get there.
    pub needs: Vec<Need>,
    /// Who it is for.
    pub serves: Vec<Serves>,
    /// Many services under one roof.
    pub one_stop_shop: TriState,
    /// Languages spoken by staff or interpreters (BCP 47).
    pub languages: Vec<String>,
    /// Asks about migration status before helping.
    pub asks_status: TriState,
    /// Asks for identity or residence documents.
    pub asks_documents: TriState,
    /// Known to share data with immigration authorities (`No` = firewall confirmed).
    pub shares_with_immigration: TriState,
    /// Free of charge.
    pub free_of_charge: TriState,
    /// An appointment is needed.
    pub appointment_needed: TriState,
    /// People can come without an appointment.
    pub walk_in: TriState,
    /// What to bring.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub what_to_bring: Option<Text>,
    /// Postal address.
    pub address: Address,
    /// Where it is (places only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// IANA time zone its hours are in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Phone numbers.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub phones: Vec<Phone>,
    /// Email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Web site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Opening hours in OpenStreetMap `opening_hours` syntax, as written by the source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<String>,
    /// Where the facts come from (URLs or document names, ` ; `-separated).
    pub source: String,
    /// Caveats about the source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_note: Option<String>,
    /// Date (YYYY-MM-DD) of the newest source or check confirming the record.
    pub verified_at: String,
    /// Fields from the source that Ponte does not model, kept for export.
    #[serde(skip_serializing_if = "BTreeMap::is_empty", default)]
    pub extra: BTreeMap<String, String>,
}

impl Service {
    /// The point, for places that have one.
    pub fn point(&self) -> Option<LatLon> {
        self.location.as_ref().map(|l| l.point)
    }

    /// Whether the service offers `need` (a top-level need also matches its sub-needs).
    pub fn offers(&self, need: Need) -> bool {
        let mask = need.filter_mask();
        self.needs.iter().any(|n| mask & n.bit() != 0)
    }

    /// Whether staff speak `lang` (compared by primary subtag).
    pub fn speaks(&self, lang: &str) -> bool {
        let want = base(lang).to_ascii_lowercase();
        self.languages
            .iter()
            .any(|l| base(l).eq_ignore_ascii_case(&want))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tristate_parses_and_refuses() {
        assert_eq!("Yes".parse::<TriState>().unwrap(), TriState::Yes);
        assert_eq!("".parse::<TriState>().unwrap(), TriState::Unknown);
        assert!("maybe".parse::<TriState>().is_err());
    }

    #[test]
    fn coordinates_off_the_globe_are_refused() {
        assert!(LatLon::new(200.0, 400.0).is_err());
        assert!(matches!(
            LatLon::parse_pair("200,400"),
            Some(Err(BadCoordinates::Latitude(_)))
        ));
        assert!(LatLon::parse_pair("Lisboa").is_none());
        let p = LatLon::parse_pair(" 16.71 , 98.57 ").unwrap().unwrap();
        assert_eq!((p.lat, p.lon), (16.71, 98.57));
    }

    #[test]
    fn text_picks_translation_then_base_language_then_original() {
        let mut t = Text::new("Centro Nacional");
        t.translations.insert("en".into(), "National Centre".into());
        t.translations
            .insert("fr-CA".into(), "Centre national".into());
        assert_eq!(t.pick("pt", &["en"]), ("National Centre", "en"));
        assert_eq!(t.pick("pt", &["fr"]), ("Centre national", "fr-CA"));
        assert_eq!(t.pick("pt", &["pt-BR", "en"]), ("Centro Nacional", "pt"));
        assert_eq!(t.pick("pt", &["ar"]), ("Centro Nacional", "pt"));
        assert_eq!(t.pick("pt", &["ar", "en"]), ("National Centre", "en"));
    }

    #[test]
    fn dial_keeps_digits_and_leading_plus() {
        let p = Phone {
            number: "+351 808 257 257".into(),
            note: None,
        };
        assert_eq!(p.dial(), "+351808257257");
    }
}
