//! `ponte search` and `ponte show`.

use chrono::{DateTime, Utc};
use clap::Args;
use serde_json::{json, Value};

use ponte::gazetteer::{Gazetteer, MatchQuality, PlaceMatch};
use ponte::i18n::L10n;
use ponte::model::{LatLon, Service};
use ponte::present;
use ponte::search::{self, Hit, Query};
use ponte::taxonomy::{Need, Serves};

use crate::out::{self, clean};
use crate::{CmdResult, Ctx, Failure};

/// Arguments of `ponte search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Where: a place name in any script ("Lisboa", "Mae Sot", "Cartagena, CO") or
    /// coordinates "lat,lon" in decimal degrees ("16.71,98.57").
    #[arg(long, value_name = "PLACE|LAT,LON", allow_hyphen_values = true)]
    near: String,
    /// A need, e.g. health, legal-aid.regularisation, work (repeat for any of several).
    /// A top-level need includes its sub-needs.
    #[arg(long = "need", value_name = "NEED")]
    needs: Vec<String>,
    /// Keep services where staff speak this language (repeatable). Overrides --lang as a
    /// filter.
    #[arg(long = "speaks", value_name = "LANG")]
    speaks: Vec<String>,
    /// Don't filter by spoken language, even with --lang.
    #[arg(long)]
    any_language: bool,
    /// Only services known to be open now (in their own time zone).
    #[arg(long)]
    open_now: bool,
    /// Only services known to be free of charge.
    #[arg(long)]
    free: bool,
    /// Only services known not to ask for documents.
    #[arg(long)]
    no_documents: bool,
    /// Only services known not to share data with immigration authorities.
    #[arg(long)]
    firewall: bool,
    /// Only services meant for this group: women, children, unaccompanied-minors,
    /// survivors-of-violence, workers, families, lgbtiq (repeatable: any of them).
    #[arg(long = "serves", value_name = "GROUP")]
    serves: Vec<String>,
    /// Only within this many kilometres. When nothing is inside, the nearest services
    /// beyond it are shown and marked.
    #[arg(long, value_name = "KM")]
    within: Option<f64>,
    /// How many services to show.
    #[arg(long, default_value_t = search::DEFAULT_LIMIT)]
    limit: usize,
    /// Words that must appear in the name or description (any language).
    #[arg(long, value_name = "WORDS")]
    text: Option<String>,
    /// Judge "open now" at this moment instead (RFC 3339, e.g. 2026-11-23T10:00:00Z).
    #[arg(long, value_name = "TIME")]
    at: Option<String>,
    /// Print a JSON array instead of a table.
    #[arg(long)]
    json: bool,
}

fn input(l: &L10n, id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> Failure {
    Failure::Input(clean(l, &l.ta(id, args)))
}

/// Resolves `--near` to a point, the place matched and other places of the same name.
fn resolve_near(
    l: &L10n,
    gaz: &Gazetteer,
    near: &str,
) -> Result<(LatLon, Option<PlaceMatch>, Vec<PlaceMatch>), Failure> {
    match LatLon::parse_pair(near) {
        Some(Ok(p)) => return Ok((p, None, Vec::new())),
        Some(Err(e)) => {
            return Err(input(
                l,
                "cli-bad-coordinates",
                &[("reason", e.to_string().into())],
            ))
        }
        None => {}
    }
    let mut found = gaz.search(near, 6)?;
    if found.is_empty() {
        return Err(input(l, "cli-place-not-found", &[("query", near.into())]));
    }
    let best = found.remove(0);
    let others: Vec<PlaceMatch> = found
        .into_iter()
        .filter(|m| m.quality == best.quality && m.quality <= MatchQuality::ExactWord)
        .filter(|m| m.place.country != best.place.country || m.place.name != best.place.name)
        .collect();
    Ok((best.place.point(), Some(best), others))
}

fn parse_time(l: &L10n, at: Option<&str>) -> Result<DateTime<Utc>, Failure> {
    match at {
        None => Ok(Utc::now()),
        Some(s) => DateTime::parse_from_rfc3339(s)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| input(l, "cli-bad-time", &[("value", s.into())])),
    }
}

/// `ponte search`.
pub fn run(ctx: &Ctx, a: SearchArgs, lang_flag: Option<&str>) -> CmdResult {
    let l = &ctx.l10n;
    let mut needs = Vec::new();
    for n in &a.needs {
        needs.push(Need::from_code(n).map_err(|e| {
            input(
                l,
                "src-bad-need",
                &[("code", e.code.into()), ("known", e.known.into())],
            )
        })?);
    }
    let mut serves = Vec::new();
    for g in &a.serves {
        serves.push(Serves::from_code(g).map_err(|e| {
            input(
                l,
                "src-bad-group",
                &[("code", e.code.into()), ("known", e.known.into())],
            )
        })?);
    }
    let languages: Vec<String> = if !a.speaks.is_empty() {
        a.speaks.clone()
    } else if a.any_language {
        Vec::new()
    } else {
        lang_flag.map(|s| vec![s.to_string()]).unwrap_or_default()
    };
    for code in &languages {
        if !ponte::lang::is_known(code) {
            return Err(input(
                l,
                "src-bad-language",
                &[("code", code.clone().into())],
            ));
        }
    }
    let within_m = match a.within {
        Some(km) if km.is_finite() && km > 0.0 => Some(km * 1000.0),
        Some(_) => return Err(Failure::Input(clean(l, &l.t("cli-bad-radius")))),
        None => None,
    };
    if a.limit == 0 || a.limit > 1000 {
        return Err(Failure::Input(clean(l, &l.t("cli-bad-limit"))));
    }
    let now = parse_time(l, a.at.as_deref())?;

    let data = ctx.open_data()?;
    let gaz = data.gazetteer()?;
    let (point, place, others) = resolve_near(l, &gaz, &a.near)?;
    let dir = data.directory()?;
    let q = Query {
        near: point,
        needs,
        languages,
        open_now: a.open_now,
        free: a.free,
        no_documents: a.no_documents,
        firewall: a.firewall,
        serves,
        within_m,
        limit: a.limit,
        text: a.text.clone(),
        now,
    };
    let outcome = search::search(&dir, Some(&gaz), &q)?;

    if a.json {
        let mut arr: Vec<Value> = outcome.hits.iter().map(|h| hit_json(l, h)).collect();
        arr.extend(outcome.phone_lines.iter().map(|h| hit_json(l, h)));
        out::print_json(&arr)?;
        // Context a person needs goes to stderr so the JSON stays clean.
        if let Some(msg) = widening_message(l, &outcome) {
            eprintln!("{}", clean(l, &msg));
        }
        return Ok(());
    }

    match &place {
        Some(m) => println!(
            "{}",
            clean(
                l,
                &l.ta(
                    "cli-search-near",
                    &[
                        ("place", m.matched_name.clone().into()),
                        (
                            "country",
                            present::country_name(l, &m.place.country, Some(&m.place.country_name))
                                .into(),
                        ),
                        ("point", point.to_string().into()),
                    ],
                )
            )
        ),
        None => println!(
            "{}",
            clean(
                l,
                &l.ta(
                    "cli-search-near-point",
                    &[("point", point.to_string().into())]
                )
            )
        ),
    }
    if !others.is_empty() {
        let list: Vec<String> = others
            .iter()
            .map(|m| format!("{} ({})", m.place.name, m.place.country))
            .collect();
        println!(
            "{}",
            clean(
                l,
                &l.ta("cli-search-also", &[("others", list.join(", ").into())])
            )
        );
    }
    println!();
    if outcome.hits.is_empty() {
        println!("{}", clean(l, &l.t("cli-search-none")));
    } else {
        if let Some(msg) = widening_message(l, &outcome) {
            println!("{}\n", clean(l, &msg));
        }
        let today = now.date_naive();
        // Two lines per result: where and what on the first, state and trust on the second;
        // a one-line table would cut every name to nothing in a terminal.
        let width = out::width();
        let mut table = out::Table::new(vec![
            "#".into(),
            l.t("cli-col-distance"),
            l.t("cli-col-name"),
            l.t("cli-col-id"),
        ]);
        let mut details = Vec::new();
        for (i, h) in outcome.hits.iter().enumerate() {
            let s = &h.service;
            let (name, _) = s.name.pick(&s.lang, &l.languages());
            let mut notes: Vec<String> = vec![status_cell(l, h)];
            notes.extend(present::badges(s).iter().map(|b| l.t(b)));
            if let Some((age, old)) = present::age_text(l, &s.verified_at, today) {
                let conf = format!("{}: {age}", l.t("cli-col-verified"));
                notes.push(if old { format!("{conf} ⚠") } else { conf });
            }
            table.row(vec![
                (i + 1).to_string(),
                present::distance_text(
                    l,
                    h.distance_m.unwrap_or(0.0),
                    h.direction,
                    s.location.as_ref().map_or(0.0, |x| x.uncertainty_m),
                ),
                name.to_string(),
                s.id.clone(),
            ]);
            details.push(notes.join(" · "));
        }
        table.print_with_details(l, &details, width);
        println!(
            "\n{}",
            clean(
                l,
                &l.ta("cli-search-count", &[("count", outcome.hits.len().into())])
            )
        );
    }
    if !outcome.phone_lines.is_empty() {
        let country = outcome
            .near_place
            .as_ref()
            .map(|(p, _)| present::country_name(l, &p.country, Some(&p.country_name)))
            .unwrap_or_default();
        println!(
            "\n{}",
            clean(
                l,
                &l.ta("cli-search-phone-lines", &[("country", country.into())])
            )
        );
        for h in &outcome.phone_lines {
            let s = &h.service;
            let (name, _) = s.name.pick(&s.lang, &l.languages());
            let phones: Vec<String> = s.phones.iter().map(|p| p.number.clone()).collect();
            println!("  {:<18} {}", phones.join(", "), clean(l, name));
        }
    }
    println!("\n{}", clean(l, &l.t("cli-hint-show")));
    Ok(())
}

fn status_cell(l: &L10n, h: &Hit) -> String {
    if h.hours_problem.is_some() {
        return l.t("status-unknown");
    }
    present::status_text(l, &h.status)
}

fn widening_message(l: &L10n, o: &search::Outcome) -> Option<String> {
    let nearest = o.nearest_m()?;
    if o.widened {
        let radius = l.distance(o.within_m.unwrap_or(0.0));
        return Some(l.ta(
            "cli-search-widened",
            &[
                ("radius", radius.into()),
                ("distance", l.distance(nearest).into()),
            ],
        ));
    }
    // Far is far whatever was asked: say it, so nobody assumes "nearby".
    (nearest > 50_000.0).then(|| {
        l.ta(
            "cli-search-far",
            &[("distance", l.distance(nearest).into())],
        )
    })
}

/// The JSON object of one result: the fields the issue and the app rely on, stable.
fn hit_json(l: &L10n, h: &Hit) -> Value {
    let s = &h.service;
    let (name, name_lang) = s.name.pick(&s.lang, &l.languages());
    let point = s.point();
    json!({
        "id": s.id,
        "kind": s.kind,
        "name": name,
        "name_lang": name_lang,
        "needs": s.needs,
        "serves": s.serves,
        "distance_m": h.distance_m.map(|d| (d * 10.0).round() / 10.0),
        "bearing_deg": h.bearing_deg.map(|b| b.round()),
        "direction": h.direction,
        "beyond_radius": h.beyond_radius,
        "lat": point.map(|p| p.lat),
        "lon": point.map(|p| p.lon),
        "geo_precision": s.location.as_ref().map(|l| l.precision),
        "uncertainty_m": s.location.as_ref().map(|l| l.uncertainty_m.round()),
        "open_now": h.status.state.as_option(),
        "status": h.status,
        "opening_hours": s.opening_hours,
        "hours_problem": h.hours_problem,
        "timezone": s.timezone,
        "languages": s.languages,
        "one_stop_shop": s.one_stop_shop,
        "free_of_charge": s.free_of_charge,
        "asks_documents": s.asks_documents,
        "asks_status": s.asks_status,
        "shares_with_immigration": s.shares_with_immigration,
        "walk_in": s.walk_in,
        "appointment_needed": s.appointment_needed,
        "address": s.address,
        "phones": s.phones,
        "source": s.source,
        "source_note": s.source_note,
        "verified_at": s.verified_at,
    })
}

/// `ponte show`.
pub fn show(ctx: &Ctx, id: &str, as_json: bool) -> CmdResult {
    let l = &ctx.l10n;
    let data = ctx.open_data()?;
    let dir = data.directory()?;
    let Some(s) = dir.get(id)? else {
        return Err(input(l, "cli-show-not-found", &[("id", id.into())]));
    };
    let now = Utc::now();
    let (status, problem) = search::status_of(&s, now);
    if as_json {
        let week = hours_week(&s, now);
        let mut v = serde_json::to_value(&s).map_err(|e| Failure::Internal(e.into()))?;
        if let Some(o) = v.as_object_mut() {
            o.insert("open_now".into(), json!(status.state.as_option()));
            o.insert("status".into(), json!(status));
            o.insert("hours_problem".into(), json!(problem));
            o.insert("week".into(), json!(week));
            o.insert("directory".into(), json!(dir.info()));
        }
        out::print_json(&v)?;
        return Ok(());
    }
    print_service(l, &s, &dir, now, &status, problem.as_deref());
    Ok(())
}

fn hours_week(s: &Service, now: DateTime<Utc>) -> Option<Vec<ponte::hours::Day>> {
    let raw = s.opening_hours.as_deref()?;
    let tz = ponte::hours::parse_tz(s.timezone.as_deref()?).ok()?;
    let country = Some(s.address.country.as_str()).filter(|c| !c.is_empty());
    let h = ponte::hours::Hours::parse(raw, tz, country, s.point()).ok()?;
    Some(h.week(now))
}

fn print_service(
    l: &L10n,
    s: &Service,
    dir: &ponte::store::Directory,
    now: DateTime<Utc>,
    status: &ponte::hours::Status,
    hours_problem: Option<&str>,
) {
    let langs = l.languages();
    let (name, _) = s.name.pick(&s.lang, &langs);
    let line = |label: &str, value: &str| {
        if !value.is_empty() {
            println!("{}: {}", clean(l, &l.t(label)), clean(l, value));
        }
    };
    println!("{}", clean(l, name));
    if name != s.name.value {
        println!("{}", s.name.value);
    }
    let badges: Vec<String> = present::badges(s).iter().map(|b| l.t(b)).collect();
    if !badges.is_empty() {
        println!("{}", clean(l, &badges.join(" · ")));
    }
    println!();
    if let Some(d) = &s.description {
        line("field-what", d.pick(&s.lang, &langs).0);
    }
    let needs: Vec<String> = s.needs.iter().map(|n| l.t(&n.message_id())).collect();
    line("field-needs", &needs.join(", "));
    let serves: Vec<String> = s.serves.iter().map(|g| l.t(&g.message_id())).collect();
    line("field-serves", &serves.join(", "));
    let spoken: Vec<String> = s
        .languages
        .iter()
        .map(|c| {
            ponte::lang::autonym(c)
                .map(|n| format!("{n} ({c})"))
                .unwrap_or_else(|| c.clone())
        })
        .collect();
    line("field-languages", &spoken.join(", "));
    let answer = |t: ponte::model::TriState| l.t(&format!("answer-{}", t.code()));
    line("field-asks-status", &answer(s.asks_status));
    line("field-asks-documents", &answer(s.asks_documents));
    line(
        "field-shares-with-immigration",
        &answer(s.shares_with_immigration),
    );
    line("field-free", &answer(s.free_of_charge));
    line("field-appointment", &answer(s.appointment_needed));
    line("field-walk-in", &answer(s.walk_in));
    if let Some(w) = &s.what_to_bring {
        line("field-what-to-bring", w.pick(&s.lang, &langs).0);
    }
    line(
        "field-organization",
        s.organization.as_deref().unwrap_or(""),
    );
    let addr: Vec<&str> = [
        s.address.street.as_deref(),
        s.address.postal_code.as_deref(),
        s.address.locality.as_deref(),
        Some(s.address.country.as_str()),
    ]
    .into_iter()
    .flatten()
    .filter(|x| !x.is_empty())
    .collect();
    line("field-address", &addr.join(", "));
    if let (Some(p), Some(prec)) = (s.point(), present::precision_text(l, s)) {
        line(
            "field-location",
            &format!("{p} — {prec}  geo:{},{}", p.lat, p.lon),
        );
    }
    for p in &s.phones {
        let note = p
            .note
            .as_deref()
            .map(|n| format!(" ({n})"))
            .unwrap_or_default();
        line(
            "field-phone",
            &format!("{}{note}  tel:{}", p.number, p.dial()),
        );
    }
    line("field-email", s.email.as_deref().unwrap_or(""));
    line("field-website", s.website.as_deref().unwrap_or(""));
    if let Some(raw) = &s.opening_hours {
        if hours_problem.is_some() {
            line(
                "field-hours",
                &format!("{raw}  ({})", l.t("status-hours-unreadable")),
            );
        } else {
            line(
                "field-hours",
                &format!("{}  [{raw}]", present::status_text(l, status)),
            );
            if let Some(week) = hours_week(s, now) {
                for d in week {
                    let periods: Vec<String> = d
                        .periods
                        .iter()
                        .map(|p| {
                            let c = p
                                .comment
                                .as_deref()
                                .map(|c| format!(" ({c})"))
                                .unwrap_or_default();
                            format!("{}–{}{c}", p.from, p.to)
                        })
                        .collect();
                    let text = if periods.is_empty() {
                        l.t("hours-closed-all-day")
                    } else {
                        periods.join(", ")
                    };
                    let mark = if d.today { "▸" } else { " " };
                    println!(
                        "  {mark} {:<10} {}",
                        clean(l, &l.t(&format!("weekday-{}", d.weekday))),
                        clean(l, &text)
                    );
                }
            }
            if let Some(tz) = &s.timezone {
                println!(
                    "  {}",
                    clean(l, &l.ta("status-time-zone", &[("zone", tz.clone().into())]))
                );
            }
        }
    }
    println!();
    line("field-source", &s.source);
    line("field-source-note", s.source_note.as_deref().unwrap_or(""));
    if let Some((age, old)) = present::age_text(l, &s.verified_at, now.date_naive()) {
        line("field-verified", &format!("{} ({age})", s.verified_at));
        let approx = s
            .location
            .as_ref()
            .is_some_and(|x| x.precision.is_approximate());
        if old {
            println!(
                "⚠ {}",
                clean(l, &l.ta("verified-old-warning", &[("when", age.into())]))
            );
        } else if approx {
            println!("⚠ {}", clean(l, &l.t("cli-show-check-before")));
        }
    }
    line("field-id", &s.id);
    line("cli-show-directory", &dir.info().title);
}
