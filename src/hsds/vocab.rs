//! Words to codes: HSDS taxonomy terms to Ponte needs, language names to language codes,
//! and HSDS schedules to and from OpenStreetMap `opening_hours`.
//!
//! The needs table is deliberately small and literal: a term maps to a need only when its
//! name (or code) holds one of the listed keywords as whole words. It is documented in
//! `data/README.md`; a term that matches nothing maps to nothing, never to a guess.

use serde_json::{Map, Value};

use crate::taxonomy::Need;
use crate::text::fold;

/// Keyword (folded, whole words) → need code. The first matching row of a group wins over
/// broader ones listed after it, so "mental health" is `health.mental`, not only `health`.
pub const TERM_NEEDS: &[(&str, &str)] = &[
    ("one stop shop", "one-stop-shop"),
    ("migrant resource centre", "one-stop-shop"),
    ("migrant resource center", "one-stop-shop"),
    ("emergency room", "health.emergency"),
    ("emergency medical", "health.emergency"),
    ("mental health", "health.mental"),
    ("counselling", "health.mental"),
    ("counseling", "health.mental"),
    ("psychosocial", "health.mental"),
    ("primary care", "health.primary"),
    ("general practitioner", "health.primary"),
    ("prenatal", "health.sexual-reproductive"),
    ("maternity", "health.sexual-reproductive"),
    ("family planning", "health.sexual-reproductive"),
    ("reproductive health", "health.sexual-reproductive"),
    ("sexual health", "health.sexual-reproductive"),
    ("health", "health"),
    ("medical", "health"),
    ("clinic", "health"),
    ("dental", "health"),
    ("school enrollment", "education.school-enrolment"),
    ("school enrolment", "education.school-enrolment"),
    ("english as a second language", "education.language-classes"),
    ("esl", "education.language-classes"),
    ("language classes", "education.language-classes"),
    ("language class", "education.language-classes"),
    ("vocational", "education.vocational"),
    ("job training", "education.vocational"),
    ("education", "education"),
    ("emergency shelter", "housing.shelter"),
    ("shelter", "housing.shelter"),
    ("tenant", "housing.tenancy-advice"),
    ("eviction", "housing.tenancy-advice"),
    ("housing", "housing"),
    ("immigration", "legal-aid.immigration"),
    ("asylum", "legal-aid.immigration"),
    ("refugee", "legal-aid.immigration"),
    ("naturalization", "legal-aid.immigration"),
    ("citizenship", "legal-aid.immigration"),
    ("residence permit", "legal-aid.regularisation"),
    ("regularisation", "legal-aid.regularisation"),
    ("regularization", "legal-aid.regularisation"),
    ("daca", "legal-aid.regularisation"),
    ("employment law", "legal-aid.labour"),
    ("labor law", "legal-aid.labour"),
    ("labour law", "legal-aid.labour"),
    ("legal", "legal-aid"),
    ("wage theft", "work.wage-claims"),
    ("unpaid wages", "work.wage-claims"),
    ("job search", "work.recruitment"),
    ("job placement", "work.recruitment"),
    ("employment", "work"),
    ("jobs", "work"),
    ("public assistance", "social-protection"),
    ("benefits", "social-protection"),
    ("social security", "social-protection"),
    ("cash assistance", "social-protection"),
    ("trafficking", "violence-support.trafficking"),
    ("domestic violence", "violence-support"),
    ("sexual assault", "violence-support"),
    ("gender based violence", "violence-support"),
    ("child protection", "child-protection"),
    ("unaccompanied", "child-protection"),
    ("birth certificate", "documents"),
    ("identification", "documents"),
    ("civil registration", "documents"),
    ("interpretation", "interpretation"),
    ("interpreting", "interpretation"),
    ("translation", "interpretation"),
    ("food", "food"),
    ("meals", "food"),
    ("remittance", "money.remittances"),
    ("remittances", "money.remittances"),
    ("banking", "money.banking"),
    ("financial literacy", "money.banking"),
    ("voluntary return", "return"),
    ("reintegration", "return"),
    ("labor inspection", "complaints.labour-inspection"),
    ("labour inspection", "complaints.labour-inspection"),
    ("human rights", "complaints.human-rights"),
    ("ombudsman", "complaints.human-rights"),
    ("complaints", "complaints"),
    ("information and referral", "information"),
    ("information", "information"),
];

/// Needs named by a taxonomy term or a service name: every row of [`TERM_NEEDS`] whose
/// keyword occurs as whole words, dropping a broad need when a narrower one of the same
/// family matched ("mental health" gives `health.mental`, not also `health`). Returns the
/// needs with the keyword that matched each.
pub fn needs_in(text: &str) -> Vec<(Need, &'static str)> {
    let hay = format!(" {} ", words(text));
    let mut out: Vec<(Need, &'static str)> = Vec::new();
    for (kw, code) in TERM_NEEDS {
        if !hay.contains(&format!(" {kw} ")) {
            continue;
        }
        let Ok(n) = Need::from_code(code) else {
            continue;
        };
        if out.iter().any(|(m, _)| *m == n) {
            continue;
        }
        out.push((n, kw));
    }
    // A top-level need whose sub-need also matched says nothing more.
    let subs: Vec<Need> = out
        .iter()
        .filter(|(n, _)| !n.is_top())
        .map(|(n, _)| *n)
        .collect();
    out.retain(|(n, _)| !(n.is_top() && subs.iter().any(|s| s.top() == *n)));
    out
}

/// Folded text with every run of non-alphanumeric characters as one space.
fn words(s: &str) -> String {
    let f = fold(s);
    let mut out = String::with_capacity(f.len());
    let mut space = false;
    for c in f.chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else {
            space = true;
        }
    }
    out
}

/// Names people write for languages that differ from ISO 639's English names.
const LANGUAGE_ALIASES: &[(&str, &str)] = &[
    ("mandarin", "zh"),
    ("chinese", "zh"),
    ("cantonese", "yue"),
    ("farsi", "fa"),
    ("persian", "fa"),
    ("dari", "prs"),
    ("haitian creole", "ht"),
    ("creole", "ht"),
    ("punjabi", "pa"),
    ("pashto", "ps"),
    ("swahili", "sw"),
    ("filipino", "fil"),
    ("tagalog", "tl"),
    ("burmese", "my"),
    ("cape verdean creole", "kea"),
    ("sign language", "sgn"),
    ("american sign language", "ase"),
    ("asl", "ase"),
];

/// The language code for a code or a name as HSDS files write it ("es", "spa",
/// "Spanish", "Español", "Chinese (Mandarin)"): ISO 639-1 where it exists, else 639-3.
pub fn language_code(s: &str) -> Option<String> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    if (t.len() == 2 || t.len() == 3 || t.contains('-')) && crate::lang::is_known(t) {
        let l = crate::lang::language(t)?;
        // Keep a region or script subtag as written ("pt-BR").
        if t.contains('-') {
            return Some(t.to_string());
        }
        return Some(l.to_639_1().unwrap_or(l.to_639_3()).to_string());
    }
    let lower = t.to_lowercase();
    let candidates = [
        lower.clone(),
        lower.split('(').next().unwrap_or("").trim().to_string(),
        lower
            .split('(')
            .nth(1)
            .map(|x| x.trim_end_matches(')').trim().to_string())
            .unwrap_or_default(),
    ];
    for c in candidates.iter().filter(|c| !c.is_empty()) {
        if let Some((_, code)) = LANGUAGE_ALIASES.iter().find(|(n, _)| n == c) {
            return Some(code.to_string());
        }
        let found = isolang::languages().find(|l| {
            l.to_name().eq_ignore_ascii_case(c)
                || l.to_autonym().is_some_and(|a| a.to_lowercase() == *c)
        });
        if let Some(l) = found {
            return Some(l.to_639_1().unwrap_or(l.to_639_3()).to_string());
        }
    }
    None
}

/// Days in OSM order.
const OSM_DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
/// Days as iCalendar writes them (HSDS `byday`).
const ICAL_DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// A day of the week from the many ways HSDS files write it: `MO`, `Monday`, `mon`, `1`
/// (1 = Monday; 0 and 7 = Sunday). Index 0 = Monday.
pub fn weekday(s: &str) -> Option<usize> {
    let t = s.trim().to_ascii_lowercase();
    if let Ok(n) = t.parse::<usize>() {
        return match n {
            0 | 7 => Some(6),
            1..=6 => Some(n - 1),
            _ => None,
        };
    }
    const NAMES: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    if t.len() < 2 {
        return None;
    }
    NAMES.iter().position(|n| n.starts_with(&t))
}

/// A time of day as `HH:MM` from `9:00`, `09:00:00`, `9am`, `5:30 PM`; `None` when it
/// isn't one.
pub fn time_of_day(s: &str) -> Option<String> {
    let t = s.trim().to_ascii_lowercase().replace(['.', ' '], "");
    let (t, pm, am) = if let Some(x) = t.strip_suffix("pm") {
        (x.to_string(), true, false)
    } else if let Some(x) = t.strip_suffix("am") {
        (x.to_string(), false, true)
    } else {
        (t, false, false)
    };
    let mut parts = t.split(':');
    let h: u32 = parts.next()?.parse().ok()?;
    let m: u32 = match parts.next() {
        Some(m) => m.parse().ok()?,
        None if pm || am => 0,
        None => return None,
    };
    if let Some(sec) = parts.next() {
        let sec: u32 = sec.parse().ok()?;
        if sec != 0 {
            return None;
        }
    }
    if parts.next().is_some() || m > 59 {
        return None;
    }
    let h = match (h, pm, am) {
        (12, false, true) => 0,
        (12, true, false) => 12,
        (h, true, false) if h < 12 => h + 12,
        (h, _, _) if h > 24 || ((pm || am) && h > 12) => return None,
        (h, _, _) => h,
    };
    if h == 24 && m != 0 {
        return None;
    }
    Some(format!("{h:02}:{m:02}"))
}

/// Why a set of schedules can't be written as `opening_hours`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unrepresentable(pub String);

/// Weekly HSDS schedules (`byday` + `opens_at` + `closes_at`) as an OSM `opening_hours`
/// string: `Mo-Fr 09:00-17:00; Sa 09:00-12:00`. `Ok(None)` when there are no schedules.
/// Any schedule that is not a plain weekly opening (monthly rules, week numbers, missing
/// times) makes the whole set unrepresentable: partial hours would show a service closed
/// when another rule has it open.
pub fn schedules_to_osm(
    schedules: &[&Map<String, Value>],
) -> Result<Option<String>, Unrepresentable> {
    if schedules.is_empty() {
        return Ok(None);
    }
    let mut days: [Vec<(String, String)>; 7] = Default::default();
    for s in schedules {
        let get = |k: &str| {
            s.get(k)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        if let Some(f) = get("freq") {
            if !f.eq_ignore_ascii_case("weekly") {
                return Err(Unrepresentable(format!("freq {f}")));
            }
        }
        for k in ["byweekno", "bymonthday", "byyearday", "count", "until"] {
            if s.get(k).is_some_and(|v| !v.is_null() && v != "") {
                return Err(Unrepresentable(k.to_string()));
            }
        }
        if s.get("interval")
            .and_then(Value::as_f64)
            .is_some_and(|i| i != 1.0)
        {
            return Err(Unrepresentable("interval".into()));
        }
        let (Some(o), Some(c)) = (get("opens_at"), get("closes_at")) else {
            return Err(Unrepresentable("opens_at/closes_at".into()));
        };
        let (Some(o), Some(mut c)) = (time_of_day(o), time_of_day(c)) else {
            return Err(Unrepresentable(format!("times {o}-{c}")));
        };
        if c == "00:00" {
            c = "24:00".into();
        }
        let Some(byday) = get("byday") else {
            return Err(Unrepresentable("byday".into()));
        };
        for d in byday.split(',') {
            let d = d.trim();
            let Some(i) = ICAL_DAYS.iter().position(|x| x.eq_ignore_ascii_case(d)) else {
                return Err(Unrepresentable(format!("byday {d}")));
            };
            if !days[i].contains(&(o.clone(), c.clone())) {
                days[i].push((o.clone(), c.clone()));
            }
        }
    }
    for d in days.iter_mut() {
        d.sort();
    }
    // Group days with the same periods, in week order of their first day.
    type Periods = Vec<(String, String)>;
    let mut groups: Vec<(Vec<usize>, &Periods)> = Vec::new();
    for (i, periods) in days.iter().enumerate() {
        if periods.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(_, p)| *p == periods) {
            Some((ds, _)) => ds.push(i),
            None => groups.push((vec![i], periods)),
        }
    }
    let rules: Vec<String> = groups
        .iter()
        .map(|(ds, periods)| {
            let times: Vec<String> = periods.iter().map(|(o, c)| format!("{o}-{c}")).collect();
            format!("{} {}", day_list(ds), times.join(","))
        })
        .collect();
    Ok(Some(rules.join("; ")))
}

/// `Mo-Fr`, `Mo,We`, `Mo-We,Sa`: runs of three or more days as ranges.
fn day_list(ds: &[usize]) -> String {
    let mut parts = Vec::new();
    let mut i = 0;
    while i < ds.len() {
        let mut j = i;
        while j + 1 < ds.len() && ds[j + 1] == ds[j] + 1 {
            j += 1;
        }
        if j - i >= 2 {
            parts.push(format!("{}-{}", OSM_DAYS[ds[i]], OSM_DAYS[ds[j]]));
        } else {
            for d in &ds[i..=j] {
                parts.push(OSM_DAYS[*d].to_string());
            }
        }
        i = j + 1;
    }
    parts.join(",")
}

/// A simple `opening_hours` string as weekly schedules: `(byday, opens_at, closes_at)` per
/// period, e.g. `("MO,TU,WE,TH,FR", "09:00", "17:00")`. `None` for anything beyond day
/// lists and times (holidays, months, comments, "24/7"): those go to HSDS as the Ponte
/// `opening_hours` attribute only.
pub fn osm_to_schedules(oh: &str) -> Option<Vec<(String, String, String)>> {
    let mut out = Vec::new();
    for rule in oh.split(';').map(str::trim).filter(|r| !r.is_empty()) {
        let (days, times) = rule.split_once(' ')?;
        let mut ds = Vec::new();
        for part in days.split(',') {
            match part.split_once('-') {
                Some((a, b)) => {
                    let a = OSM_DAYS.iter().position(|d| *d == a)?;
                    let b = OSM_DAYS.iter().position(|d| *d == b)?;
                    if b < a {
                        return None;
                    }
                    ds.extend(a..=b);
                }
                None => ds.push(OSM_DAYS.iter().position(|d| *d == part)?),
            }
        }
        let byday: Vec<&str> = ds.iter().map(|d| ICAL_DAYS[*d]).collect();
        for t in times.trim().split(',') {
            let (o, c) = t.split_once('-')?;
            let (o2, c2) = (time_of_day(o)?, time_of_day(c)?);
            if o2 != o || c2 != c {
                return None;
            }
            out.push((byday.join(","), o2, c2));
        }
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sched(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap()
    }

    #[test]
    fn terms_map_to_the_narrowest_need() {
        let codes = |s: &str| -> Vec<&str> { needs_in(s).iter().map(|(n, _)| n.code()).collect() };
        assert_eq!(codes("Mental Health Services"), ["health.mental"]);
        assert_eq!(
            codes("Immigration Legal Services"),
            ["legal-aid.immigration"]
        );
        assert_eq!(codes("Food Pantries"), ["food"]);
        assert_eq!(codes("Emergency Shelter"), ["housing.shelter"]);
        assert!(codes("Seafood restaurant").is_empty(), "whole words only");
        assert!(codes("name").is_empty());
    }

    #[test]
    fn language_names_and_codes_become_codes() {
        assert_eq!(language_code("Spanish").as_deref(), Some("es"));
        assert_eq!(language_code("spanish").as_deref(), Some("es"));
        assert_eq!(language_code("Español").as_deref(), Some("es"));
        assert_eq!(language_code("Chinese (Mandarin)").as_deref(), Some("zh"));
        assert_eq!(language_code("Haitian Creole").as_deref(), Some("ht"));
        assert_eq!(language_code("ur").as_deref(), Some("ur"));
        assert_eq!(language_code("spa").as_deref(), Some("es"));
        assert_eq!(language_code("kea").as_deref(), Some("kea"));
        assert_eq!(language_code("Klingonese"), None);
    }

    #[test]
    fn weekly_schedules_become_valid_opening_hours() {
        let a = sched(
            json!({"byday": "MO,TU,WE,TH,FR", "opens_at": "09:00:00", "closes_at": "17:00:00"}),
        );
        let b = sched(
            json!({"byday": "SA", "opens_at": "9am", "closes_at": "12:30 PM", "freq": "WEEKLY"}),
        );
        let oh = schedules_to_osm(&[&a, &b]).unwrap().unwrap();
        assert_eq!(oh, "Mo-Fr 09:00-17:00; Sa 09:00-12:30");
        crate::hours::check(&oh).unwrap();
        let split = sched(json!({"byday": "MO,WE", "opens_at": "14:00", "closes_at": "17:30"}));
        let morning = sched(json!({"byday": "MO,WE", "opens_at": "09:00", "closes_at": "12:30"}));
        let oh = schedules_to_osm(&[&split, &morning]).unwrap().unwrap();
        assert_eq!(oh, "Mo,We 09:00-12:30,14:00-17:30");
        crate::hours::check(&oh).unwrap();
    }

    #[test]
    fn rules_beyond_weekly_hours_are_not_half_converted() {
        let monthly = sched(
            json!({"byday": "TH", "opens_at": "10:00", "closes_at": "18:00", "byweekno": "41,42"}),
        );
        assert!(schedules_to_osm(&[&monthly]).is_err());
        let no_times = sched(json!({"byday": "TH"}));
        assert!(schedules_to_osm(&[&no_times]).is_err());
    }

    #[test]
    fn simple_opening_hours_go_back_to_schedules_and_return_unchanged() {
        for oh in [
            "Mo-Fr 08:00-17:00",
            "Mo,We 09:00-12:30,14:00-17:30; Sa 10:00-12:00",
        ] {
            let s = osm_to_schedules(oh).unwrap();
            let maps: Vec<Map<String, Value>> = s
                .iter()
                .map(|(d, o, c)| sched(json!({"byday": d, "opens_at": o, "closes_at": c})))
                .collect();
            let refs: Vec<&Map<String, Value>> = maps.iter().collect();
            assert_eq!(schedules_to_osm(&refs).unwrap().as_deref(), Some(oh));
        }
        assert!(osm_to_schedules("Mo-Fr 09:00-13:00; PH off").is_none());
        assert!(osm_to_schedules("24/7").is_none());
        assert!(osm_to_schedules(r#"Tu-Fr 09:00-12:00 "by appointment""#).is_none());
    }

    #[test]
    fn weekdays_and_times_in_many_spellings() {
        assert_eq!(weekday("Monday"), Some(0));
        assert_eq!(weekday("sun"), Some(6));
        assert_eq!(weekday("7"), Some(6));
        assert_eq!(weekday("0"), Some(6));
        assert_eq!(weekday("TH"), Some(3));
        assert_eq!(weekday("x"), None);
        assert_eq!(time_of_day("9:00").as_deref(), Some("09:00"));
        assert_eq!(time_of_day("5:30 PM").as_deref(), Some("17:30"));
        assert_eq!(time_of_day("12am").as_deref(), Some("00:00"));
        assert_eq!(time_of_day("25:00"), None);
        assert_eq!(time_of_day("noon"), None);
    }
}
