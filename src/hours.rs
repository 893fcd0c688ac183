//! Opening hours: OpenStreetMap `opening_hours` strings evaluated in the service's own time
//! zone, with its country's public holidays.
//!
//! A string that cannot be parsed is an error here, never "open" or "closed": callers keep
//! the raw text to show as written, report it in validation, and treat "open now" as
//! unknown.

use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock};

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use opening_hours::localization::{Coordinates, Country, TzLocation};
use opening_hours::{Context, OpeningHours, RuleKind};
use serde::Serialize;

use crate::model::LatLon;

/// How close to closing time counts as "closes soon".
pub const CLOSES_SOON_MINUTES: i64 = 60;

/// An hours string or time zone that can't be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    /// The `opening_hours` string does not parse.
    #[error("cannot read opening hours {raw:?} (from character {position}): {message}")]
    Syntax {
        /// The string as written.
        raw: String,
        /// Where reading stopped: 1-based character position in `raw`.
        position: usize,
        /// The parser's explanation (technical: grammar rules expected there).
        message: String,
    },
    /// The time zone is not an IANA name.
    #[error("unknown time zone {0:?} (expected an IANA name like Europe/Lisbon)")]
    TimeZone(String),
}

/// Open, closed, or not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OpenState {
    /// Open now.
    Open,
    /// Closed now.
    Closed,
    /// The hours say "unknown" now, or there are no usable hours.
    Unknown,
}

impl OpenState {
    /// `Some(true)` open, `Some(false)` closed, `None` unknown.
    pub fn as_option(self) -> Option<bool> {
        match self {
            OpenState::Open => Some(true),
            OpenState::Closed => Some(false),
            OpenState::Unknown => None,
        }
    }
}

/// The state of a service at a moment, in its own time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Status {
    /// Open, closed or unknown.
    pub state: OpenState,
    /// When the state next changes (closing time when open, opening time when closed), in
    /// the service's time zone, within the next year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_at: Option<DateTime<Tz>>,
    /// `changes_at` as local wall-clock time, "17:00".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes_at_local: Option<String>,
    /// Whether `changes_at` is on another day than now (in the service's time).
    pub changes_on_other_day: bool,
    /// Open and closing within [`CLOSES_SOON_MINUTES`].
    pub closes_soon: bool,
    /// A comment the hours attach to the current period ("by appointment").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

impl Status {
    /// The status when nothing is known.
    pub fn unknown() -> Status {
        Status {
            state: OpenState::Unknown,
            changes_at: None,
            changes_at_local: None,
            changes_on_other_day: false,
            closes_soon: false,
            comment: None,
        }
    }
}

/// One period of a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    /// Start, "09:00".
    pub from: String,
    /// End, "17:00" (or "26:00" for 02:00 the next day, as OSM writes it).
    pub to: String,
    /// Open, or unknown (e.g. "by appointment" with no fixed state).
    pub state: OpenState,
    /// A comment the hours attach to this period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// One day of a week's hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Day {
    /// The date, in the service's time zone.
    pub date: NaiveDate,
    /// ISO weekday, 1 = Monday.
    pub weekday: u32,
    /// Whether this is today in the service's time zone.
    pub today: bool,
    /// Open (or unknown) periods; empty = closed all day.
    pub periods: Vec<Period>,
}

/// Parsed opening hours bound to a place's time zone and holidays.
#[derive(Clone)]
pub struct Hours {
    oh: OpeningHours<TzLocation<Tz>>,
    tz: Tz,
}

impl std::fmt::Debug for Hours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hours").field("tz", &self.tz).finish()
    }
}

/// Checks that `raw` parses, without binding it to a place.
pub fn check(raw: &str) -> Result<(), HoursError> {
    OpeningHours::from_str(raw.trim())
        .map(|_| ())
        .map_err(|e| syntax_error(raw, &e.to_string()))
}

/// The parser reports `--> line:column` before its grammar dump; people need the column.
fn syntax_error(raw: &str, parser_message: &str) -> HoursError {
    let position = parser_message
        .split("-->")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|lc| lc.split(':').nth(1))
        .and_then(|c| c.parse::<usize>().ok())
        .unwrap_or(1);
    HoursError::Syntax {
        raw: raw.to_string(),
        position,
        message: first_line(parser_message),
    }
}

/// Parses an IANA time zone name.
pub fn parse_tz(name: &str) -> Result<Tz, HoursError> {
    Tz::from_str(name.trim()).map_err(|_| HoursError::TimeZone(name.to_string()))
}

fn first_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

type CacheKey = (String, Tz, Option<String>);

/// Parsing is the costly part and a directory repeats a few hours strings many times, so
/// parsed hours are shared. Bounded: a hostile directory can't grow it without limit.
fn cache() -> &'static Mutex<std::collections::HashMap<CacheKey, Arc<Hours>>> {
    static CACHE: OnceLock<Mutex<std::collections::HashMap<CacheKey, Arc<Hours>>>> =
        OnceLock::new();
    CACHE.get_or_init(Default::default)
}
const CACHE_LIMIT: usize = 4096;

impl Hours {
    /// Parses `raw` for a place in time zone `tz` and country `country` (ISO code, for
    /// public holidays), optionally at `at` (for sunrise/sunset rules).
    pub fn parse(
        raw: &str,
        tz: Tz,
        country: Option<&str>,
        at: Option<LatLon>,
    ) -> Result<Hours, HoursError> {
        let oh =
            OpeningHours::from_str(raw.trim()).map_err(|e| syntax_error(raw, &e.to_string()))?;
        let mut locale = TzLocation::new(tz);
        if let Some(c) = at.and_then(|p| Coordinates::new(p.lat, p.lon)) {
            locale = locale.with_coords(c);
        }
        let mut ctx = Context::default();
        if let Some(c) = country.and_then(|c| Country::from_str(&c.to_ascii_uppercase()).ok()) {
            ctx = ctx.with_holidays(c.holidays());
        }
        Ok(Hours {
            oh: oh.with_context(ctx.with_locale(locale)),
            tz,
        })
    }

    /// Like [`Hours::parse`] without coordinates, shared through a process-wide cache.
    pub fn cached(raw: &str, tz: Tz, country: Option<&str>) -> Result<Arc<Hours>, HoursError> {
        let key = (raw.to_string(), tz, country.map(str::to_string));
        if let Ok(c) = cache().lock() {
            if let Some(h) = c.get(&key) {
                return Ok(h.clone());
            }
        }
        let h = Arc::new(Hours::parse(raw, tz, country, None)?);
        if let Ok(mut c) = cache().lock() {
            if c.len() >= CACHE_LIMIT {
                c.clear();
            }
            c.insert(key, h.clone());
        }
        Ok(h)
    }

    /// Only whether it is open at `now`: what a search filter needs. Unlike [`status`]
    /// it doesn't look for the next change, which can walk the calendar a long way for a
    /// service that is closed (the bench measured it dominating filtered searches).
    ///
    /// [`status`]: Hours::status
    pub fn state_at(&self, now: DateTime<Utc>) -> OpenState {
        match self.oh.state(now.with_timezone(&self.tz)).0 {
            RuleKind::Open => OpenState::Open,
            RuleKind::Closed => OpenState::Closed,
            RuleKind::Unknown => OpenState::Unknown,
        }
    }

    /// The state at `now`.
    pub fn status(&self, now: DateTime<Utc>) -> Status {
        let local = now.with_timezone(&self.tz);
        let (kind, comment) = self.oh.state(local);
        let state = match kind {
            RuleKind::Open => OpenState::Open,
            RuleKind::Closed => OpenState::Closed,
            RuleKind::Unknown => OpenState::Unknown,
        };
        let horizon = local + Duration::days(366);
        let changes_at = self.oh.next_change(local).filter(|t| *t < horizon);
        let closes_soon = state == OpenState::Open
            && changes_at.is_some_and(|t| t - local <= Duration::minutes(CLOSES_SOON_MINUTES));
        Status {
            state,
            changes_at_local: changes_at.map(|t| t.format("%H:%M").to_string()),
            changes_on_other_day: changes_at.is_some_and(|t| t.date_naive() != local.date_naive()),
            changes_at,
            closes_soon,
            comment: Some(comment.to_string()).filter(|c| !c.is_empty()),
        }
    }

    /// The seven days of the week (Monday first) that contains `now`, in the service's
    /// own time.
    pub fn week(&self, now: DateTime<Utc>) -> Vec<Day> {
        let today = now.with_timezone(&self.tz).date_naive();
        let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
        (0..7)
            .map(|i| {
                let date = monday + Duration::days(i);
                let periods = self
                    .oh
                    .schedule_at(date)
                    .into_iter()
                    .filter(|r| r.kind != RuleKind::Closed)
                    .map(|r| Period {
                        from: hhmm(r.range.start.hour(), r.range.start.minute()),
                        to: hhmm(r.range.end.hour(), r.range.end.minute()),
                        state: if r.kind == RuleKind::Open {
                            OpenState::Open
                        } else {
                            OpenState::Unknown
                        },
                        comment: Some(r.comment.to_string()).filter(|c| !c.is_empty()),
                    })
                    .collect();
                Day {
                    date,
                    weekday: date.weekday().number_from_monday(),
                    today: date == today,
                    periods,
                }
            })
            .collect()
    }

    /// The time zone the hours are read in.
    pub fn timezone(&self) -> Tz {
        self.tz
    }
}

fn hhmm(h: u8, m: u8) -> String {
    format!("{h:02}:{m:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    #[test]
    fn open_now_is_computed_in_the_services_time_zone() {
        let bkk = parse_tz("Asia/Bangkok").unwrap();
        let h = Hours::parse("Mo-Fr 08:30-16:30", bkk, Some("TH"), None).unwrap();
        // Monday 2026-11-23 02:00 UTC is 09:00 in Bangkok: open.
        let s = h.status(utc(2026, 11, 23, 2, 0));
        assert_eq!(s.state, OpenState::Open);
        assert_eq!(s.changes_at_local.as_deref(), Some("16:30"));
        // Same instant read in Lisbon (02:00 local) would be closed.
        let lis = Hours::parse(
            "Mo-Fr 08:30-16:30",
            parse_tz("Europe/Lisbon").unwrap(),
            None,
            None,
        )
        .unwrap();
        assert_eq!(lis.status(utc(2026, 11, 23, 2, 0)).state, OpenState::Closed);
    }

    #[test]
    fn closes_soon_within_the_hour() {
        let lis = parse_tz("Europe/Lisbon").unwrap();
        let h = Hours::parse("Mo-Fr 08:00-17:00", lis, Some("PT"), None).unwrap();
        let s = h.status(utc(2026, 11, 23, 16, 30)); // 16:30 in Lisbon (UTC+0 in winter)
        assert_eq!(s.state, OpenState::Open);
        assert!(s.closes_soon);
        let s = h.status(utc(2026, 11, 23, 12, 0));
        assert!(!s.closes_soon);
    }

    #[test]
    fn broken_string_is_an_error_not_a_state() {
        assert!(check("Mo-Fr 08:00-17:00").is_ok());
        let e = check("mornings except Tuesday").unwrap_err();
        assert!(e.to_string().contains("mornings except Tuesday"));
        // "mo" reads as Monday; the parser stops at the third character.
        assert!(matches!(e, HoursError::Syntax { position: 3, .. }), "{e:?}");
        let Err(HoursError::Syntax { position, .. }) = check("Mo-Fr 09:00-17:00 lunch") else {
            panic!("accepted");
        };
        assert!((18..=20).contains(&position), "{position}");
        assert!(parse_tz("Europe/Atlantis").is_err());
    }

    #[test]
    fn week_marks_today_and_lists_periods() {
        let lis = parse_tz("Europe/Lisbon").unwrap();
        let h = Hours::parse("Mo 09:00-12:30,14:00-17:30", lis, Some("PT"), None).unwrap();
        let w = h.week(utc(2026, 11, 25, 12, 0)); // a Wednesday
        assert_eq!(w.len(), 7);
        assert_eq!(w[0].weekday, 1);
        assert_eq!(w[0].periods.len(), 2);
        assert_eq!(w[0].periods[1].to, "17:30");
        assert!(w[2].today);
        assert!(w[1].periods.is_empty());
    }
}
