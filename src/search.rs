//! Finding the nearest services that fit a person's needs.
//!
//! The search grows a ring around the point: each round asks the R*Tree for the places in
//! a box (filtered there by need, flag and group masks), measures them, and checks the
//! remaining filters (language, open now, text) on the ones inside the ring, nearest
//! first. It stops when the `limit`-th hit is provably nearer than anything not yet seen,
//! so results are exact, and it keeps widening — up to the whole globe — rather than
//! return nothing. With a radius, only hits inside it are returned, unless there are
//! none: then the nearest ones beyond it are, marked as such.
//!
//! Ranking is by geodesic distance; pruning uses the haversine distance with a safety
//! factor (see [`crate::spatial`]). A place known only approximately (a town's centre)
//! ranks as if no nearer than its uncertainty radius: "somewhere in Lisbon" must not beat
//! a centre 1 km away just because the town's centre is where the person typed "Lisbon".

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::error::Result;
use crate::gazetteer::{Gazetteer, Place};
use crate::hours::{self, Hours, OpenState, Status};
use crate::model::{LatLon, Service};
use crate::spatial::{
    bearing_deg, boxes_around, geodesic_m, haversine_m, Compass, HALF_CIRCUMFERENCE_M,
    HAVERSINE_SLACK,
};
use crate::store::{flags, Candidate, Directory};
use crate::taxonomy::{serves_mask, Need, Serves};

/// First ring radius. Small enough that a dense city answers in one round.
const FIRST_RADIUS_M: f64 = 2_000.0;
/// Each round multiplies the radius by this.
const GROWTH: f64 = 4.0;
/// Default number of results.
pub const DEFAULT_LIMIT: usize = 10;

/// What a person is looking for.
#[derive(Debug, Clone)]
pub struct Query {
    /// Where they are.
    pub near: LatLon,
    /// Any of these needs (a top-level need includes its sub-needs); empty = any need.
    pub needs: Vec<Need>,
    /// Staff speak any of these languages; empty = any.
    pub languages: Vec<String>,
    /// Known to be open at `now`.
    pub open_now: bool,
    /// Known to be free of charge.
    pub free: bool,
    /// Known not to ask for documents.
    pub no_documents: bool,
    /// Known not to share data with immigration authorities.
    pub firewall: bool,
    /// Meant specifically for any of these groups; empty = anyone.
    pub serves: Vec<Serves>,
    /// Only within this many metres (widening past it only when nothing is inside).
    pub within_m: Option<f64>,
    /// How many results.
    pub limit: usize,
    /// Words that must appear in the name or description (any language).
    pub text: Option<String>,
    /// The moment "open now" refers to.
    pub now: DateTime<Utc>,
}

impl Query {
    /// A query near `p` with no filters.
    pub fn near(p: LatLon) -> Query {
        Query {
            near: p,
            needs: Vec::new(),
            languages: Vec::new(),
            open_now: false,
            free: false,
            no_documents: false,
            firewall: false,
            serves: Vec::new(),
            within_m: None,
            limit: DEFAULT_LIMIT,
            text: None,
            now: Utc::now(),
        }
    }

    fn need_mask(&self) -> u64 {
        self.needs.iter().fold(0, |m, n| m | n.filter_mask())
    }

    fn required_flags(&self) -> u64 {
        let mut f = 0;
        if self.free {
            f |= flags::FREE;
        }
        if self.no_documents {
            f |= flags::NO_DOCUMENTS;
        }
        if self.firewall {
            f |= flags::FIREWALL;
        }
        f
    }
}

/// One result.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// The service.
    pub service: Service,
    /// Geodesic distance from the query point, metres (`None` for phone lines).
    pub distance_m: Option<f64>,
    /// Initial bearing from the query point, degrees from north.
    pub bearing_deg: Option<f64>,
    /// The bearing as a compass direction.
    pub direction: Option<Compass>,
    /// Open now, closes at... in the service's own time.
    pub status: Status,
    /// Why the hours couldn't be read, when they couldn't (the raw text is kept).
    pub hours_problem: Option<String>,
    /// Outside the requested radius (shown because nothing was inside).
    pub beyond_radius: bool,
}

/// What a search found.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// Places, nearest first.
    pub hits: Vec<Hit>,
    /// Phone lines and emergency numbers for the country the point is in.
    pub phone_lines: Vec<Hit>,
    /// The populated place nearest the query point, and its distance.
    pub near_place: Option<(Place, f64)>,
    /// The requested radius.
    pub within_m: Option<f64>,
    /// Nothing matched inside the radius; `hits` are the nearest beyond it.
    pub widened: bool,
    /// Places examined (for benchmarks and diagnostics).
    pub examined: usize,
}

impl Outcome {
    /// Distance of the nearest hit.
    pub fn nearest_m(&self) -> Option<f64> {
        self.hits.first().and_then(|h| h.distance_m)
    }

    /// Distance of the farthest hit.
    pub fn farthest_m(&self) -> Option<f64> {
        self.hits.last().and_then(|h| h.distance_m)
    }
}

/// The opening status of a service at `now`, and why its hours couldn't be read if so.
pub fn status_of(s: &Service, now: DateTime<Utc>) -> (Status, Option<String>) {
    match evaluate(
        s.opening_hours.as_deref(),
        s.timezone.as_deref(),
        &s.address.country,
        now,
    ) {
        Ok(st) => (st, None),
        Err(e) => (Status::unknown(), Some(e.to_string())),
    }
}

fn evaluate(
    raw: Option<&str>,
    tz: Option<&str>,
    country: &str,
    now: DateTime<Utc>,
) -> std::result::Result<Status, hours::HoursError> {
    let Some(raw) = raw else {
        return Ok(Status::unknown());
    };
    let Some(tz) = tz else {
        // Hours without a time zone can't be placed in time: unknown, not a guess.
        return Ok(Status::unknown());
    };
    let tz = hours::parse_tz(tz)?;
    let country = Some(country).filter(|c| !c.is_empty());
    Ok(Hours::cached(raw, tz, country)?.status(now))
}

/// Whether hours are known to be open at `now` (the state only: see [`Hours::state_at`]).
/// Unreadable hours or a missing time zone are unknown, never open.
fn open_state(raw: Option<&str>, tz: Option<&str>, country: &str, now: DateTime<Utc>) -> OpenState {
    let (Some(raw), Some(tz)) = (raw, tz) else {
        return OpenState::Unknown;
    };
    let Ok(tz) = hours::parse_tz(tz) else {
        return OpenState::Unknown;
    };
    let country = Some(country).filter(|c| !c.is_empty());
    Hours::cached(raw, tz, country).map_or(OpenState::Unknown, |h| h.state_at(now))
}

/// Text matches of a query: the set of matching rows when it is small, else a check per
/// row (a common word matches a large part of a big directory, and building that set
/// cost more than the whole spatial search).
enum TextFilter {
    Set(HashSet<i64>),
    PerRow(String),
}

/// Above this many matches, text is checked per candidate instead of as a set.
const TEXT_SET_LIMIT: usize = 2_000;

/// Runs a query against a directory. `gaz` (when given) names the nearest town and finds
/// the country for phone lines.
pub fn search(dir: &Directory, gaz: Option<&Gazetteer>, q: &Query) -> Result<Outcome> {
    let p = q.near;
    let need_mask = q.need_mask();
    let required = q.required_flags();
    let serves = serves_mask(&q.serves);
    let text: Option<TextFilter> = match q.text.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => Some(match dir.text_matches_up_to(t, TEXT_SET_LIMIT)? {
            Some(set) => TextFilter::Set(set),
            None => TextFilter::PerRow(t.to_string()),
        }),
        _ => None,
    };
    let row_filters = !q.languages.is_empty() || q.open_now;
    let limit = q.limit.max(1);

    // Hits in increasing haversine distance: rings are examined outward, each in order.
    let mut hits: Vec<(Candidate, f64)> = Vec::new();
    let mut examined = 0;
    let mut done_upto = -1.0f64;
    let mut radius = FIRST_RADIUS_M.min(HALF_CIRCUMFERENCE_M);
    let mut ring: Vec<(Candidate, f64)> = Vec::new();
    let mut found: Vec<Candidate> = Vec::new();
    // The haversine distance beyond which nothing can beat the current `limit`-th hit.
    let cutoff = |hits: &[(Candidate, f64)]| {
        hits.get(limit - 1)
            .map(|h| h.1 * HAVERSINE_SLACK * HAVERSINE_SLACK)
    };
    'rings: loop {
        found.clear();
        for b in boxes_around(p, radius) {
            dir.candidates(&b, need_mask, required, serves, &mut found)?;
        }
        ring.clear();
        // The ranking key never undercuts the distance, so rings examined by distance
        // still settle the key order.
        ring.extend(
            found
                .iter()
                .map(|c| (*c, haversine_m(p, c.point)))
                .filter(|(_, d)| *d > done_upto && *d <= radius)
                .map(|(c, d)| (c, d.max(c.uncertainty_m))),
        );
        ring.sort_unstable_by(|a, b| a.1.total_cmp(&b.1));
        for (c, d) in &ring {
            if cutoff(&hits).is_some_and(|cut| *d > cut) {
                break 'rings;
            }
            examined += 1;
            match &text {
                Some(TextFilter::Set(set)) if !set.contains(&c.rid) => continue,
                Some(TextFilter::PerRow(t)) if !dir.text_matches_row(t, c.rid)? => continue,
                _ => {}
            }
            if row_filters && !passes_row_filters(dir, c.rid, q)? {
                continue;
            }
            hits.push((*c, *d));
        }
        // Keys above the distance can put a ring's hits out of order with earlier ones.
        hits.sort_by(|a, b| a.1.total_cmp(&b.1));
        done_upto = radius;
        if radius >= HALF_CIRCUMFERENCE_M || cutoff(&hits).is_some_and(|cut| cut <= radius) {
            break;
        }
        if let Some(w) = q.within_m {
            // The whole radius is examined: what's inside is the answer, if anything is.
            // "Inside" is geodesic, as in the ranking below: a hit whose haversine distance
            // is within the slack of the radius but whose geodesic one is beyond it leaves
            // nothing inside, and stopping here would widen to that one hit alone instead
            // of the nearest `limit` (found by `ponte bench`'s check against a full scan).
            if radius >= w * HAVERSINE_SLACK
                && hits
                    .iter()
                    .any(|(c, d)| *d <= w * HAVERSINE_SLACK && geodesic_m(p, c.point) <= w)
            {
                break;
            }
        }
        radius = (radius * GROWTH).min(HALF_CIRCUMFERENCE_M);
    }

    // Rank the hits that can make the cut by geodesic distance.
    let cut = cutoff(&hits).unwrap_or(f64::INFINITY);
    let mut ranked: Vec<(Candidate, f64)> = hits
        .iter()
        .filter(|(_, d)| *d <= cut)
        .map(|(c, _)| (*c, geodesic_m(p, c.point)))
        .collect();
    ranked.sort_by(|a, b| {
        a.1.max(a.0.uncertainty_m)
            .total_cmp(&b.1.max(b.0.uncertainty_m))
            .then(a.1.total_cmp(&b.1))
            .then(a.0.rid.cmp(&b.0.rid))
    });
    let inside = |d: f64| q.within_m.is_none_or(|w| d <= w);
    let any_inside = ranked.iter().any(|(_, d)| inside(*d));
    let widened = q.within_m.is_some() && !any_inside && !ranked.is_empty();
    let mut out = Vec::with_capacity(limit);
    for (c, d) in ranked {
        if out.len() == limit {
            break;
        }
        if any_inside && !inside(d) {
            continue;
        }
        let Some(s) = dir.get_rid(c.rid)? else {
            continue;
        };
        let (status, hours_problem) = status_of(&s, q.now);
        let brg = bearing_deg(p, c.point);
        out.push(Hit {
            distance_m: Some(d),
            bearing_deg: Some(brg),
            direction: Some(Compass::from_bearing(brg)),
            status,
            hours_problem,
            beyond_radius: widened,
            service: s,
        });
    }

    let near_place = match gaz {
        Some(g) => g.nearest(p)?,
        None => None,
    };
    let mut phone_lines = Vec::new();
    if let Some((place, _)) = &near_place {
        for rid in dir.remote_services(&place.country, 0, 0)? {
            let Some(s) = dir.get_rid(rid)? else { continue };
            let emergency = s.kind == crate::model::Kind::Emergency;
            let fits = (need_mask == 0 || s.needs.iter().any(|n| need_mask & n.bit() != 0))
                && crate::store::flags_of(&s) & required == required
                && (q.languages.is_empty() || q.languages.iter().any(|l| s.speaks(l)));
            if emergency || fits {
                let (status, hours_problem) = status_of(&s, q.now);
                phone_lines.push(Hit {
                    service: s,
                    distance_m: None,
                    bearing_deg: None,
                    direction: None,
                    status,
                    hours_problem,
                    beyond_radius: false,
                });
            }
        }
    }

    Ok(Outcome {
        hits: out,
        phone_lines,
        near_place,
        within_m: q.within_m,
        widened,
        examined,
    })
}

/// Whether the service at `rid` passes the filters the spatial index can't check
/// (languages spoken, open now). Public so that baselines (`ponte bench`'s full scan)
/// apply exactly the same filters as the search.
pub fn passes_row_filters(dir: &Directory, rid: i64, q: &Query) -> Result<bool> {
    let Some(f) = dir.filter_fields(rid)? else {
        return Ok(false);
    };
    if !q.languages.is_empty() {
        let speaks = f.languages.split(';').any(|have| {
            q.languages
                .iter()
                .any(|want| crate::model::base(have).eq_ignore_ascii_case(crate::model::base(want)))
        });
        if !speaks {
            return Ok(false);
        }
    }
    if q.open_now
        && open_state(
            f.opening_hours.as_deref(),
            f.timezone.as_deref(),
            &f.country,
            q.now,
        ) != OpenState::Open
    {
        return Ok(false);
    }
    Ok(true)
}
