//! Turning results into words a person reads: opening status, distance and direction, how
//! old a record is. Shared by the command line and anything else that prints (referral
//! slips); the app's web view formats the same Fluent messages itself.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentValue;

use crate::hours::{OpenState, Status};
use crate::i18n::L10n;
use crate::model::{GeoPrecision, Service};
use crate::spatial::Compass;

/// Records last confirmed longer ago than this are shown with a warning.
pub const STALE_AFTER_MONTHS: i64 = 24;

/// "Open until 17:00", "Closes soon (17:00)", "Opens Monday at 09:00", "Closed now"...
pub fn status_text(l: &L10n, st: &Status) -> String {
    let time = st.changes_at_local.clone().unwrap_or_default();
    match st.state {
        OpenState::Open if st.closes_soon => l.ta("status-closes-soon", &[("time", time.into())]),
        OpenState::Open if st.changes_at.is_some() && !st.changes_on_other_day => {
            l.ta("status-open-until", &[("time", time.into())])
        }
        OpenState::Open => l.t("status-open"),
        OpenState::Closed => match &st.changes_at {
            Some(t) if st.changes_on_other_day => {
                let day = l.t(&format!("weekday-{}", t.weekday().number_from_monday()));
                l.ta(
                    "status-opens-on",
                    &[("day", day.into()), ("time", time.into())],
                )
            }
            Some(_) => l.ta("status-opens-at", &[("time", time.into())]),
            None => l.t("status-closed"),
        },
        OpenState::Unknown => l.t("status-unknown"),
    }
}

/// "2.3 km north-east"; for a place known only within `uncertainty_m`, "about 14 km
/// west", or "within about 5 km" when the person may already be in its town.
pub fn distance_text(
    l: &L10n,
    meters: f64,
    direction: Option<Compass>,
    uncertainty_m: f64,
) -> String {
    if uncertainty_m > 0.0 && meters < uncertainty_m {
        return l.ta(
            "distance-within-about",
            &[("distance", l.distance(uncertainty_m).into())],
        );
    }
    let d = if uncertainty_m >= 500.0 {
        l.ta("distance-about", &[("distance", l.distance(meters).into())])
    } else {
        l.distance(meters)
    };
    match direction {
        Some(c) if meters >= 50.0 => l.ta(
            "distance-direction",
            &[
                ("distance", d.into()),
                ("direction", l.t(&format!("compass-{}", c.code())).into()),
            ],
        ),
        _ => d,
    }
}

/// Whole months from `date` to `today` (0 when in the same month or later than today).
pub fn months_between(date: NaiveDate, today: NaiveDate) -> i64 {
    let m = (today.year() - date.year()) as i64 * 12 + today.month() as i64 - date.month() as i64;
    let m = if today.day() < date.day() { m - 1 } else { m };
    m.max(0)
}

/// How long ago a record was confirmed, "3 months ago" / "11 years ago", and whether that
/// is old enough to warn. `None` when the date doesn't parse.
pub fn age_text(l: &L10n, verified_at: &str, today: NaiveDate) -> Option<(String, bool)> {
    let date = NaiveDate::parse_from_str(verified_at, "%Y-%m-%d").ok()?;
    let months = months_between(date, today);
    let text = if months >= 24 {
        l.ta(
            "verified-years-ago",
            &[("years", FluentValue::from(months / 12))],
        )
    } else {
        l.ta(
            "verified-months-ago",
            &[("months", FluentValue::from(months))],
        )
    };
    Some((text, months >= STALE_AFTER_MONTHS))
}

/// A country's name in the reader's language: the `country-<code>` message where one
/// exists (the countries of the default directory), else `english` (the gazetteer's name),
/// else the code.
pub fn country_name(l: &L10n, code: &str, english: Option<&str>) -> String {
    let id = format!("country-{}", code.to_ascii_lowercase());
    if l.has(&id) {
        l.t(&id)
    } else {
        english.unwrap_or(code).to_string()
    }
}

/// The badges that apply to a service, as Fluent message ids, most important first.
pub fn badges(s: &Service) -> Vec<&'static str> {
    use crate::model::{Kind, TriState};
    let mut b = Vec::new();
    match s.kind {
        Kind::Emergency => b.push("badge-emergency"),
        Kind::PhoneLine => b.push("badge-phone-line"),
        Kind::Place => {}
    }
    if s.shares_with_immigration == TriState::No {
        b.push("badge-firewall");
    } else if s.shares_with_immigration == TriState::Yes {
        b.push("badge-shares-with-immigration");
    }
    if s.asks_documents == TriState::No {
        b.push("badge-no-documents");
    }
    if s.asks_status == TriState::No {
        b.push("badge-no-status");
    }
    if s.free_of_charge == TriState::Yes {
        b.push("badge-free");
    }
    if s.one_stop_shop == TriState::Yes {
        b.push("badge-one-stop-shop");
    }
    if s.walk_in == TriState::Yes {
        b.push("badge-walk-in");
    }
    if s.appointment_needed == TriState::Yes {
        b.push("badge-appointment");
    }
    if s.location
        .as_ref()
        .is_some_and(|l| l.precision.is_approximate())
    {
        b.push("badge-approximate");
    }
    b
}

/// A sentence on how exactly the service is placed.
pub fn precision_text(l: &L10n, s: &Service) -> Option<String> {
    let loc = s.location.as_ref()?;
    Some(match loc.precision {
        GeoPrecision::Exact => l.t("precision-exact"),
        GeoPrecision::Address => l.t("precision-address"),
        GeoPrecision::City => l.ta(
            "precision-city",
            &[(
                "town",
                s.address.locality.clone().unwrap_or_default().into(),
            )],
        ),
        GeoPrecision::PostalCode => l.t("precision-postal-code"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_count_whole_months() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(months_between(d("2024-03-19"), d("2024-04-18")), 0);
        assert_eq!(months_between(d("2024-03-19"), d("2024-04-19")), 1);
        assert_eq!(months_between(d("2015-11-23"), d("2026-11-23")), 132);
        assert_eq!(months_between(d("2027-01-01"), d("2026-11-23")), 0);
    }

    #[test]
    fn old_records_warn() {
        let l = L10n::english();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let (t, old) = age_text(&l, "2015-11-23", today).unwrap();
        assert!(old);
        assert!(t.contains("11") && t.contains("years"), "{t}");
        let (_, old) = age_text(&l, "2026-06-01", today).unwrap();
        assert!(!old);
    }
}
