//! Opening hours across time zones and midnight.

use chrono::{TimeZone, Utc};
use ponte::hours::{parse_tz, Hours, OpenState};

#[test]
fn hours_past_midnight_belong_to_the_day_they_start() {
    let tz = parse_tz("Europe/Lisbon").unwrap();
    let h = Hours::parse("Mo-Fr 22:00-02:00", tz, Some("PT"), None).unwrap();
    // Tuesday 01:00 in Lisbon (UTC+0 in November): still Monday's night shift.
    let s = h.status(Utc.with_ymd_and_hms(2026, 11, 24, 1, 0, 0).unwrap());
    assert_eq!(s.state, OpenState::Open);
    assert_eq!(s.changes_at_local.as_deref(), Some("02:00"));
    // Saturday 01:00: Friday night's shift; Sunday 01:00: closed.
    assert_eq!(
        h.status(Utc.with_ymd_and_hms(2026, 11, 28, 1, 0, 0).unwrap())
            .state,
        OpenState::Open
    );
    assert_eq!(
        h.status(Utc.with_ymd_and_hms(2026, 11, 29, 1, 0, 0).unwrap())
            .state,
        OpenState::Closed
    );
}

#[test]
fn the_same_instant_is_open_in_one_zone_and_closed_in_another() {
    // Monday 02:00 UTC is 09:00 in Bangkok, 02:00 in Lisbon, 15:00 in Auckland (NZDT).
    let instant = Utc.with_ymd_and_hms(2026, 11, 23, 2, 0, 0).unwrap();
    let state_in = |tz: &str| {
        Hours::parse("Mo-Sa 08:00-12:00", parse_tz(tz).unwrap(), None, None)
            .unwrap()
            .status(instant)
            .state
    };
    assert_eq!(state_in("Asia/Bangkok"), OpenState::Open);
    assert_eq!(state_in("Europe/Lisbon"), OpenState::Closed);
    assert_eq!(state_in("Pacific/Auckland"), OpenState::Closed);
}

#[test]
fn opening_time_across_a_day_boundary_is_reported_in_local_time() {
    let tz = parse_tz("America/Bogota").unwrap();
    let h = Hours::parse("Mo-Fr 08:00-17:00", tz, Some("CO"), None).unwrap();
    // Friday 2026-11-27 23:00 UTC = 18:00 in Bogotá: closed, opens Monday 08:00.
    let s = h.status(Utc.with_ymd_and_hms(2026, 11, 27, 23, 0, 0).unwrap());
    assert_eq!(s.state, OpenState::Closed);
    assert_eq!(s.changes_at_local.as_deref(), Some("08:00"));
    assert!(s.changes_on_other_day);
    assert_eq!(s.changes_at.unwrap().format("%A").to_string(), "Monday");
}

#[test]
fn public_holidays_follow_the_services_country() {
    // 1 December (Restoration of Independence) is a public holiday in Portugal.
    let tz = parse_tz("Europe/Lisbon").unwrap();
    let h = Hours::parse("Mo-Fr 09:00-17:00; PH off", tz, Some("PT"), None).unwrap();
    let tuesday_noon = Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap();
    assert_eq!(h.status(tuesday_noon).state, OpenState::Closed);
    let h = Hours::parse("Mo-Fr 09:00-17:00; PH off", tz, Some("TH"), None).unwrap();
    assert_eq!(h.status(tuesday_noon).state, OpenState::Open);
}
