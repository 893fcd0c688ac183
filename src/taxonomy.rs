//! The needs taxonomy and the "serves" groups: the vocabulary people search by.
//!
//! Needs are two levels deep (`health`, `health.mental`). Each need owns one bit of a `u64`
//! mask so the spatial index can filter by need without touching the service table; a
//! top-level need's filter mask covers its sub-needs, so asking for `health` finds a
//! service tagged only `health.mental`.
//!
//! Codes are the stable public vocabulary (CSV, JSON, CLI, bundles). Human names live in
//! Fluent (`need-<code with dots as dashes>`), never here.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One entry of the needs taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedDef {
    /// Stable code, e.g. `legal-aid.regularisation`.
    pub code: &'static str,
}

/// The taxonomy, parents before children. The position is the bit index: never reorder,
/// only append (bundles built by older versions store masks).
pub const NEEDS: &[NeedDef] = &[
    n("one-stop-shop"),
    n("health"),
    n("health.emergency"),
    n("health.primary"),
    n("health.mental"),
    n("health.sexual-reproductive"),
    n("education"),
    n("education.school-enrolment"),
    n("education.language-classes"),
    n("education.vocational"),
    n("housing"),
    n("housing.shelter"),
    n("housing.tenancy-advice"),
    n("legal-aid"),
    n("legal-aid.immigration"),
    n("legal-aid.regularisation"),
    n("legal-aid.labour"),
    n("work"),
    n("work.recruitment"),
    n("work.wage-claims"),
    n("social-protection"),
    n("violence-support"),
    n("violence-support.trafficking"),
    n("child-protection"),
    n("documents"),
    n("interpretation"),
    n("food"),
    n("money"),
    n("money.remittances"),
    n("money.banking"),
    n("return"),
    n("complaints"),
    n("complaints.labour-inspection"),
    n("complaints.human-rights"),
    n("information"),
];

const fn n(code: &'static str) -> NeedDef {
    NeedDef { code }
}

/// A need from [`NEEDS`], by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Need(u8);

/// A code that is not in the taxonomy (or the serves list).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {code:?}; known: {known}")]
pub struct UnknownCode {
    /// What kind of code it was ("need", "group").
    pub what: &'static str,
    /// The code as given.
    pub code: String,
    /// The accepted codes, comma-separated, for the message.
    pub known: String,
}

impl Need {
    /// Every need, in taxonomy order.
    pub fn all() -> impl Iterator<Item = Need> {
        (0..NEEDS.len()).map(|i| Need(i as u8))
    }

    /// Looks a need up by code, ignoring case and surrounding space.
    pub fn from_code(code: &str) -> Result<Need, UnknownCode> {
        let c = code.trim().to_ascii_lowercase();
        NEEDS
            .iter()
            .position(|d| d.code == c)
            .map(|i| Need(i as u8))
            .ok_or_else(|| UnknownCode {
                what: "need",
                code: code.to_string(),
                known: NEEDS.iter().map(|d| d.code).collect::<Vec<_>>().join(", "),
            })
    }

    /// The stable code.
    pub fn code(self) -> &'static str {
        NEEDS[self.0 as usize].code
    }

    /// The definition.
    pub fn def(self) -> &'static NeedDef {
        &NEEDS[self.0 as usize]
    }

    /// The top-level need (itself when it is top-level).
    pub fn top(self) -> Need {
        match self.code().split_once('.') {
            Some((parent, _)) => Need::from_code(parent).unwrap_or(self),
            None => self,
        }
    }

    /// True for a top-level need.
    pub fn is_top(self) -> bool {
        !self.code().contains('.')
    }

    /// The sub-needs of a top-level need.
    pub fn children(self) -> impl Iterator<Item = Need> {
        let prefix = format!("{}.", self.code());
        Need::all().filter(move |n| n.code().starts_with(&prefix))
    }

    /// This need's own bit.
    pub fn bit(self) -> u64 {
        1u64 << self.0
    }

    /// The mask a filter for this need matches: itself and, for a top-level need, all of
    /// its sub-needs.
    pub fn filter_mask(self) -> u64 {
        self.children().fold(self.bit(), |m, c| m | c.bit())
    }

    /// The Fluent message id of this need's name (`need-legal-aid-regularisation`).
    pub fn message_id(self) -> String {
        format!("need-{}", self.code().replace('.', "-"))
    }
}

impl fmt::Display for Need {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Need {
    type Err = UnknownCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Need::from_code(s)
    }
}

impl Serialize for Need {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Need {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Need::from_code(&s).map_err(serde::de::Error::custom)
    }
}

/// The mask of a set of needs (each need's own bit).
pub fn needs_mask(needs: &[Need]) -> u64 {
    needs.iter().fold(0, |m, n| m | n.bit())
}

/// The needs whose bits are set in `mask`, in taxonomy order.
pub fn needs_from_mask(mask: u64) -> Vec<Need> {
    Need::all().filter(|n| mask & n.bit() != 0).collect()
}

/// Groups a service is meant for. `All` is the default.
pub const SERVES: &[&str] = &[
    "all",
    "women",
    "children",
    "unaccompanied-minors",
    "survivors-of-violence",
    "workers",
    "families",
    "lgbtiq",
];

/// A group from [`SERVES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Serves(u8);

impl Serves {
    /// Everyone.
    pub const ALL: Serves = Serves(0);

    /// Every group, in list order.
    pub fn all_groups() -> impl Iterator<Item = Serves> {
        (0..SERVES.len()).map(|i| Serves(i as u8))
    }

    /// Looks a group up by code.
    pub fn from_code(code: &str) -> Result<Serves, UnknownCode> {
        let c = code.trim().to_ascii_lowercase();
        SERVES
            .iter()
            .position(|d| *d == c)
            .map(|i| Serves(i as u8))
            .ok_or_else(|| UnknownCode {
                what: "group",
                code: code.to_string(),
                known: SERVES.join(", "),
            })
    }

    /// The stable code.
    pub fn code(self) -> &'static str {
        SERVES[self.0 as usize]
    }

    /// This group's bit.
    pub fn bit(self) -> u64 {
        1u64 << self.0
    }

    /// The Fluent message id of this group's name (`serves-women`).
    pub fn message_id(self) -> String {
        format!("serves-{}", self.code())
    }
}

impl fmt::Display for Serves {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Serves {
    type Err = UnknownCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Serves::from_code(s)
    }
}

impl Serialize for Serves {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Serves {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Serves::from_code(&s).map_err(serde::de::Error::custom)
    }
}

/// The mask of a set of groups.
pub fn serves_mask(groups: &[Serves]) -> u64 {
    groups.iter().fold(0, |m, g| m | g.bit())
}

/// The groups whose bits are set in `mask`.
pub fn serves_from_mask(mask: u64) -> Vec<Serves> {
    Serves::all_groups()
        .filter(|g| mask & g.bit() != 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taxonomy_fits_a_u64_mask_and_codes_are_unique() {
        assert!(NEEDS.len() <= 64);
        let mut codes: Vec<_> = NEEDS.iter().map(|d| d.code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), NEEDS.len());
    }

    #[test]
    fn every_sub_need_has_a_parent_listed_before_it() {
        for (i, d) in NEEDS.iter().enumerate() {
            if let Some((parent, _)) = d.code.split_once('.') {
                let p = NEEDS.iter().position(|x| x.code == parent);
                assert!(matches!(p, Some(pi) if pi < i), "{} has no parent", d.code);
            }
        }
    }

    #[test]
    fn top_level_filter_covers_sub_needs_but_not_siblings() {
        let health = Need::from_code("health").unwrap();
        let mental = Need::from_code("health.mental").unwrap();
        let housing = Need::from_code("housing").unwrap();
        assert_ne!(health.filter_mask() & mental.bit(), 0);
        assert_eq!(health.filter_mask() & housing.bit(), 0);
        assert_eq!(mental.filter_mask(), mental.bit());
        assert_eq!(mental.top(), health);
    }

    #[test]
    fn unknown_need_lists_known_codes() {
        let e = Need::from_code("healthcare").unwrap_err();
        assert!(e.to_string().contains("health.mental"));
    }

    #[test]
    fn masks_round_trip() {
        let needs = vec![
            Need::from_code("work").unwrap(),
            Need::from_code("information").unwrap(),
        ];
        assert_eq!(needs_from_mask(needs_mask(&needs)), needs);
        let g = vec![Serves::from_code("women").unwrap()];
        assert_eq!(serves_from_mask(serves_mask(&g)), g);
    }
}
