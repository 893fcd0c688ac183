//! The app's commands: the only door from the web view into Ponte. Each one validates its
//! arguments, calls the core and shapes the answer for display. Texts that come from the
//! directory are returned as data; the web view shows them with `textContent`.

use std::collections::BTreeMap;

use chrono::Utc;
use serde::{Deserialize, Serialize};
use tauri::State;

use ponte::gazetteer::{Place, PlaceMatch};
use ponte::hours::{Day, Status};
use ponte::i18n::{self, L10n, LocaleInfo};
use ponte::model::{Address, LatLon, Phone, Service, TriState};
use ponte::present;
use ponte::search::{self, Hit, Query};
use ponte::spatial::Compass;
use ponte::taxonomy::{Need, Serves};

use crate::AppState;

/// An error the web view can show: `input` (the person can fix it) or `internal`.
#[derive(Debug, Serialize)]
pub struct CommandError {
    kind: &'static str,
    message: String,
}

impl From<ponte::Error> for CommandError {
    fn from(e: ponte::Error) -> Self {
        let kind = match e {
            ponte::Error::Input(_) | ponte::Error::Source(_) => "input",
            _ => "internal",
        };
        CommandError {
            kind,
            message: e.to_string(),
        }
    }
}

pub(crate) fn input(message: impl Into<String>) -> CommandError {
    CommandError {
        kind: "input",
        message: message.into(),
    }
}

type Res<T> = Result<T, CommandError>;

/// Languages from the web view: at most a few, each a plausible BCP 47 tag.
fn langs(requested: &[String]) -> L10n {
    let clean: Vec<String> = requested
        .iter()
        .take(8)
        .filter(|t| {
            t.len() <= 35
                && t.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .cloned()
        .collect();
    if clean.is_empty() {
        L10n::from_system()
    } else {
        L10n::new(&clean)
    }
}

/// What the About page and the status line need.
#[derive(Debug, Serialize)]
pub struct AppInfo {
    version: &'static str,
    directory: ponte::store::DirectoryInfo,
    active: ponte::datadir::ActiveInfo,
    services: usize,
    locales: Vec<LocaleInfo>,
    system_languages: Vec<String>,
    /// Whether this platform can give the device's location without a network service.
    device_location: bool,
}

/// Version, directory in use, shipped locales and credits.
#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> Res<AppInfo> {
    let o = state.lock();
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        directory: o.dir.info().clone(),
        active: o.data.active()?,
        services: o.dir.len()?,
        locales: i18n::locales(),
        system_languages: i18n::system_languages(),
        // Desktop web views locate through network services (Wi-Fi lookups), which would
        // tell a server where the person is: never used. Phones have GPS (a later build).
        device_location: cfg!(mobile),
    })
}

/// One locale of the chain, as Fluent source for the web view's formatter.
#[derive(Debug, Serialize)]
pub struct LocaleSource {
    tag: String,
    ftl: Vec<String>,
}

/// The negotiated locale and the Fluent sources of its fallback chain.
#[derive(Debug, Serialize)]
pub struct L10nPayload {
    tag: String,
    info: LocaleInfo,
    fell_back_from: Option<String>,
    chain: Vec<LocaleSource>,
}

/// Negotiates `requested` (most preferred first; empty = the system's languages) and
/// returns the Fluent sources to format with, most preferred first, ending in English.
#[tauri::command]
pub fn l10n(requested: Vec<String>) -> L10nPayload {
    let l = langs(&requested);
    let chain = l
        .chain_tags()
        .into_iter()
        .map(|tag| LocaleSource {
            ftl: i18n::sources_for_display(&tag),
            tag,
        })
        .collect();
    L10nPayload {
        tag: l.tag().to_string(),
        info: l.info(),
        fell_back_from: l.fell_back_from().map(str::to_string),
        chain,
    }
}

/// A need of the taxonomy.
#[derive(Debug, Serialize)]
pub struct NeedView {
    code: &'static str,
    top: bool,
    parent: Option<&'static str>,
    message: String,
}

/// The needs taxonomy, in order.
#[tauri::command]
pub fn needs() -> Vec<NeedView> {
    Need::all()
        .map(|n| NeedView {
            code: n.code(),
            top: n.is_top(),
            parent: (!n.is_top()).then(|| n.top().code()),
            message: n.message_id(),
        })
        .collect()
}

/// Places matching what the person types (any script), best first.
#[tauri::command]
pub fn places(
    state: State<'_, AppState>,
    query: String,
    limit: Option<usize>,
) -> Res<Vec<PlaceMatch>> {
    if query.len() > 200 {
        return Err(input("place name too long"));
    }
    let o = state.lock();
    Ok(o.gaz.search(&query, limit.unwrap_or(8).clamp(1, 20))?)
}

/// The nearest town to a point (for a point picked on the map).
#[derive(Debug, Serialize)]
pub struct NearPlace {
    place: Place,
    distance_m: f64,
}

fn point(lat: f64, lon: f64) -> Res<LatLon> {
    LatLon::new(lat, lon).map_err(|e| input(e.to_string()))
}

/// The populated place nearest to a point.
#[tauri::command]
pub fn nearest_place(state: State<'_, AppState>, lat: f64, lon: f64) -> Res<Option<NearPlace>> {
    let p = point(lat, lon)?;
    let o = state.lock();
    Ok(o.gaz
        .nearest(p)?
        .map(|(place, distance_m)| NearPlace { place, distance_m }))
}

/// What the web view asks for.
#[derive(Debug, Deserialize)]
pub struct SearchRequest {
    lat: f64,
    lon: f64,
    #[serde(default)]
    needs: Vec<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    open_now: bool,
    #[serde(default)]
    free: bool,
    #[serde(default)]
    no_documents: bool,
    #[serde(default)]
    firewall: bool,
    #[serde(default)]
    serves: Vec<String>,
    within_km: Option<f64>,
    limit: Option<usize>,
    text: Option<String>,
}

/// A spoken language, with its own name for itself.
#[derive(Debug, Serialize)]
pub struct LanguageView {
    code: String,
    autonym: Option<&'static str>,
}

/// One result, ready to show.
#[derive(Debug, Serialize)]
pub struct HitView {
    id: String,
    kind: ponte::model::Kind,
    name: String,
    name_lang: String,
    original_name: String,
    needs: Vec<Need>,
    serves: Vec<Serves>,
    distance_m: Option<f64>,
    uncertainty_m: f64,
    direction: Option<Compass>,
    beyond_radius: bool,
    lat: Option<f64>,
    lon: Option<f64>,
    precision: Option<ponte::model::GeoPrecision>,
    status: Status,
    hours_problem: Option<String>,
    opening_hours: Option<String>,
    badges: Vec<&'static str>,
    languages: Vec<LanguageView>,
    phones: Vec<PhoneView>,
    verified_at: String,
    age_months: Option<i64>,
    stale: bool,
    locality: Option<String>,
}

/// A phone number with its dialable form.
#[derive(Debug, Serialize)]
pub struct PhoneView {
    number: String,
    dial: String,
    note: Option<String>,
}

fn phones(p: &[Phone]) -> Vec<PhoneView> {
    p.iter()
        .map(|p| PhoneView {
            number: p.number.clone(),
            dial: p.dial(),
            note: p.note.clone(),
        })
        .collect()
}

fn languages(codes: &[String]) -> Vec<LanguageView> {
    codes
        .iter()
        .map(|c| LanguageView {
            code: c.clone(),
            autonym: ponte::lang::autonym(c),
        })
        .collect()
}

fn age(s: &Service) -> (Option<i64>, bool) {
    let Ok(d) = chrono::NaiveDate::parse_from_str(&s.verified_at, "%Y-%m-%d") else {
        return (None, true);
    };
    let m = present::months_between(d, Utc::now().date_naive());
    (Some(m), m >= present::STALE_AFTER_MONTHS)
}

fn hit_view(h: &Hit, prefs: &[&str]) -> HitView {
    let s = &h.service;
    let (name, name_lang) = s.name.pick(&s.lang, prefs);
    let (age_months, stale) = age(s);
    HitView {
        id: s.id.clone(),
        kind: s.kind,
        name: name.to_string(),
        name_lang: name_lang.to_string(),
        original_name: s.name.value.clone(),
        needs: s.needs.clone(),
        serves: s.serves.clone(),
        distance_m: h.distance_m,
        uncertainty_m: s.location.as_ref().map_or(0.0, |l| l.uncertainty_m),
        direction: h.direction,
        beyond_radius: h.beyond_radius,
        lat: s.point().map(|p| p.lat),
        lon: s.point().map(|p| p.lon),
        precision: s.location.as_ref().map(|l| l.precision),
        status: h.status.clone(),
        hours_problem: h.hours_problem.clone(),
        opening_hours: s.opening_hours.clone(),
        badges: present::badges(s),
        languages: languages(&s.languages),
        phones: phones(&s.phones),
        verified_at: s.verified_at.clone(),
        age_months,
        stale,
        locality: s.address.locality.clone(),
    }
}

/// A search's answer.
#[derive(Debug, Serialize)]
pub struct SearchResponse {
    hits: Vec<HitView>,
    phone_lines: Vec<HitView>,
    near_place: Option<NearPlace>,
    widened: bool,
    within_m: Option<f64>,
}

/// Nearest services that fit; `lang` picks the language of names.
#[tauri::command]
pub fn search(
    state: State<'_, AppState>,
    request: SearchRequest,
    lang: Vec<String>,
) -> Res<SearchResponse> {
    let r = request;
    let near = point(r.lat, r.lon)?;
    let mut q = Query::near(near);
    for n in r.needs.iter().take(16) {
        q.needs
            .push(Need::from_code(n).map_err(|e| input(e.to_string()))?);
    }
    for g in r.serves.iter().take(16) {
        q.serves
            .push(Serves::from_code(g).map_err(|e| input(e.to_string()))?);
    }
    for l in r.languages.iter().take(16) {
        if !ponte::lang::is_known(l) {
            return Err(input(format!("{l:?} is not a language code")));
        }
        q.languages.push(l.clone());
    }
    q.open_now = r.open_now;
    q.free = r.free;
    q.no_documents = r.no_documents;
    q.firewall = r.firewall;
    q.within_m = match r.within_km {
        Some(km) if km.is_finite() && km > 0.0 => Some(km * 1000.0),
        Some(_) => return Err(input("radius must be a positive number of kilometres")),
        None => None,
    };
    q.limit = r.limit.unwrap_or(20).clamp(1, 200);
    q.text = r.text.filter(|t| !t.trim().is_empty() && t.len() <= 200);
    let l = langs(&lang);
    let prefs = l.languages();
    let o = state.lock();
    let out = search::search(&o.dir, Some(&o.gaz), &q)?;
    Ok(SearchResponse {
        hits: out.hits.iter().map(|h| hit_view(h, &prefs)).collect(),
        phone_lines: out
            .phone_lines
            .iter()
            .map(|h| hit_view(h, &prefs))
            .collect(),
        near_place: out
            .near_place
            .map(|(place, distance_m)| NearPlace { place, distance_m }),
        widened: out.widened,
        within_m: out.within_m,
    })
}

/// A service's page.
#[derive(Debug, Serialize)]
pub struct ServicePage {
    #[serde(flatten)]
    hit: HitView,
    /// The language the record's own texts are written in.
    lang: String,
    description: Option<String>,
    description_lang: Option<String>,
    what_to_bring: Option<String>,
    what_to_bring_lang: Option<String>,
    organization: Option<String>,
    address: Address,
    email: Option<String>,
    website: Option<String>,
    one_stop_shop: TriState,
    asks_status: TriState,
    asks_documents: TriState,
    shares_with_immigration: TriState,
    free_of_charge: TriState,
    appointment_needed: TriState,
    walk_in: TriState,
    timezone: Option<String>,
    week: Option<Vec<Day>>,
    geo_uri: Option<String>,
    source: String,
    source_note: Option<String>,
    directory_title: String,
}

/// Everything about one service, in the reader's language where translations exist.
#[tauri::command]
pub fn service(state: State<'_, AppState>, id: String, lang: Vec<String>) -> Res<ServicePage> {
    if id.len() > 100 {
        return Err(input("no such service"));
    }
    let o = state.lock();
    let Some(s) = o.dir.get(&id)? else {
        return Err(input(format!("no service {id:?}")));
    };
    let l = langs(&lang);
    let prefs = l.languages();
    let now = Utc::now();
    let (status, hours_problem) = search::status_of(&s, now);
    let week = week(&s, now);
    let hit = Hit {
        service: s.clone(),
        distance_m: None,
        bearing_deg: None,
        direction: None,
        status,
        hours_problem,
        beyond_radius: false,
    };
    let description = s.description.as_ref().map(|t| t.pick(&s.lang, &prefs));
    let what_to_bring = s.what_to_bring.as_ref().map(|t| t.pick(&s.lang, &prefs));
    Ok(ServicePage {
        hit: hit_view(&hit, &prefs),
        lang: s.lang.clone(),
        description: description.map(|(t, _)| t.to_string()),
        description_lang: description.map(|(_, l)| l.to_string()),
        what_to_bring: what_to_bring.map(|(t, _)| t.to_string()),
        what_to_bring_lang: what_to_bring.map(|(_, l)| l.to_string()),
        organization: s.organization.clone(),
        address: s.address.clone(),
        email: s.email.clone(),
        website: s.website.clone(),
        one_stop_shop: s.one_stop_shop,
        asks_status: s.asks_status,
        asks_documents: s.asks_documents,
        shares_with_immigration: s.shares_with_immigration,
        free_of_charge: s.free_of_charge,
        appointment_needed: s.appointment_needed,
        walk_in: s.walk_in,
        timezone: s.timezone.clone(),
        week,
        geo_uri: s.point().map(|p| format!("geo:{:.6},{:.6}", p.lat, p.lon)),
        source: s.source.clone(),
        source_note: s.source_note.clone(),
        directory_title: o.dir.info().title.clone(),
    })
}

fn week(s: &Service, now: chrono::DateTime<Utc>) -> Option<Vec<Day>> {
    let raw = s.opening_hours.as_deref()?;
    let tz = ponte::hours::parse_tz(s.timezone.as_deref()?).ok()?;
    let country = Some(s.address.country.as_str()).filter(|c| !c.is_empty());
    let h = ponte::hours::Hours::parse(raw, tz, country, s.point()).ok()?;
    Some(h.week(now))
}

/// Rights cards for a need and country, rendered in the reader's language.
#[tauri::command]
pub fn rights(
    state: State<'_, AppState>,
    need: Option<String>,
    country: Option<String>,
    lang: Vec<String>,
) -> Res<ponte::rights::Rights> {
    let need = match need {
        Some(n) => Some(Need::from_code(&n).map_err(|e| input(e.to_string()))?),
        None => None,
    };
    let country = country
        .filter(|c| c.len() == 2)
        .map(|c| c.to_ascii_uppercase());
    let english = match &country {
        Some(c) => state.lock().gaz.country_name(c)?,
        None => None,
    };
    let l = langs(&lang);
    ponte::rights::render(&l, need, country.as_deref(), english.as_deref()).map_err(|e| {
        CommandError {
            kind: "internal",
            message: e.to_string(),
        }
    })
}

/// Records "this is wrong" on the device (never sent anywhere). Returns its id.
#[tauri::command]
pub fn report_correction(
    state: State<'_, AppState>,
    service_id: String,
    field: Option<String>,
    note: String,
) -> Res<i64> {
    let note = note.trim();
    if note.is_empty() || note.len() > 2000 || service_id.len() > 100 {
        return Err(input("write what is wrong (up to 2000 characters)"));
    }
    let field = field.filter(|f| f.len() <= 40);
    let o = state.lock();
    if o.dir.get(&service_id)?.is_none() {
        return Err(input("no such service"));
    }
    let bundle = o.dir.info().bundle_id.clone();
    Ok(o.data
        .user()
        .add_correction(&service_id, &bundle, field.as_deref(), note)?)
}

/// Every correction recorded on this device.
#[tauri::command]
pub fn corrections(state: State<'_, AppState>) -> Res<Vec<ponte::userdb::Correction>> {
    Ok(state.lock().data.user().corrections()?)
}

/// Deletes a correction.
#[tauri::command]
pub fn delete_correction(state: State<'_, AppState>, id: i64) -> Res<bool> {
    Ok(state.lock().data.user().delete_correction(id)?)
}

/// Settings the person chose to keep. Only these keys exist: nothing about searches or
/// places is ever stored.
const SETTINGS: &[&str] = &["language", "text-size", "contrast"];

/// The stored settings.
#[tauri::command]
pub fn settings(state: State<'_, AppState>) -> Res<BTreeMap<String, String>> {
    let o = state.lock();
    let mut out = BTreeMap::new();
    for k in SETTINGS {
        if let Some(v) = o.data.user().setting(k)? {
            out.insert(k.to_string(), v);
        }
    }
    Ok(out)
}

/// Stores a setting (only the known keys; values are short).
#[tauri::command]
pub fn set_setting(state: State<'_, AppState>, key: String, value: String) -> Res<()> {
    if !SETTINGS.contains(&key.as_str()) || value.len() > 40 {
        return Err(input("unknown setting"));
    }
    Ok(state.lock().data.user().set_setting(&key, &value)?)
}

/// Setting key: the update channel the person last checked successfully.
pub const CHANNEL_SETTING: &str = "update.channel";
/// The largest bundle "Install from file" accepts (a country's directory is a few MB).
pub const MAX_SIDELOAD: usize = 256 * 1024 * 1024;

/// The directory in use, where it came from and whether it has expired, and the channel
/// last used.
#[derive(Debug, Serialize)]
pub struct DirectoryView {
    #[serde(flatten)]
    status: ponte::bundle::install::DirectoryStatus,
    channel: Option<String>,
}

/// What About shows about the directory, and what the start screen warns about.
#[tauri::command]
pub fn directory_status(state: State<'_, AppState>) -> Res<DirectoryView> {
    let o = state.lock();
    Ok(DirectoryView {
        status: ponte::bundle::directory_status(&o.data)?,
        channel: o.data.user().setting(CHANNEL_SETTING)?,
    })
}

/// What installing or checking did, for the person.
#[derive(Debug, Serialize)]
pub struct UpdateView {
    /// `installed`, `up-to-date` or `refused`.
    outcome: &'static str,
    /// The sentence to show, in the person's language.
    message: String,
    /// The directory now in use.
    directory: Option<DirectoryView>,
}

fn refused(message: String) -> UpdateView {
    UpdateView {
        outcome: "refused",
        message,
        directory: None,
    }
}

/// Switches the app to the directory now recorded as active, and reports it.
fn switched(
    o: &mut crate::state::Open,
    l: &L10n,
    i: &ponte::bundle::install::Installed,
) -> Res<UpdateView> {
    o.dir = o.data.directory()?;
    Ok(UpdateView {
        outcome: "installed",
        message: l.ta(
            "app-update-installed",
            &[
                ("title", i.title.clone().into()),
                ("publisher", i.publisher.clone().into()),
                ("sequence", i.sequence.into()),
                ("count", (i.services as i64).into()),
            ],
        ),
        directory: Some(DirectoryView {
            status: ponte::bundle::directory_status(&o.data)?,
            channel: o.data.user().setting(CHANNEL_SETTING)?,
        }),
    })
}

/// "Install from file": the bundle's bytes come as the raw body (the web view read the
/// file the person chose; it has no file-system access of its own), the person's
/// languages in the `Ponte-Lang` header. Everything is verified before anything changes.
#[tauri::command]
pub fn install_bundle(
    state: State<'_, AppState>,
    request: tauri::ipc::Request<'_>,
) -> Res<UpdateView> {
    let lang: Vec<String> = request
        .headers()
        .get("ponte-lang")
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(',').map(str::to_string).collect())
        .unwrap_or_default();
    let l = langs(&lang);
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Err(input("send the bundle's bytes as the request body"));
    };
    if bytes.len() > MAX_SIDELOAD {
        return Ok(refused(l.ta(
            "app-update-file-too-large",
            &[("limit", ((MAX_SIDELOAD / (1024 * 1024)) as i64).into())],
        )));
    }
    let mut o = state.lock();
    // The core installs from a file (it streams and checks lengths against the signed
    // manifest); a private copy in the data folder is that file, removed afterwards.
    let dir = o.data.root().join("downloads");
    std::fs::create_dir_all(&dir).map_err(|e| ponte::Error::Io {
        path: dir.clone(),
        source: e,
    })?;
    let tmp = dir.join(format!("sideload-{}.ponte", std::process::id()));
    std::fs::write(&tmp, bytes).map_err(|e| ponte::Error::Io {
        path: tmp.clone(),
        source: e,
    })?;
    let result =
        ponte::bundle::install_from_path(&mut o.data, &tmp, &mut ponte::bundle::no_progress);
    let _ = std::fs::remove_file(&tmp);
    match result {
        Ok(i) => switched(&mut o, &l, &i),
        Err(e) if e.is_refusal() => Ok(refused(format!(
            "{} {}",
            e.message(&l),
            l.t("bundle-nothing-changed")
        ))),
        Err(e) => Err(CommandError {
            kind: "internal",
            message: e.message(&l),
        }),
    }
}

/// "Check for updates" from a channel (a web folder the person's organisation gave them).
/// The only command that uses the network, through the core's update module: plain GETs
/// that carry nothing about the person. Runs off the main thread so the window stays live.
#[tauri::command]
pub async fn check_updates<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    channel: String,
    lang: Vec<String>,
) -> Res<UpdateView> {
    if channel.len() > 2000 {
        return Err(input("channel address too long"));
    }
    let work = move || -> Res<UpdateView> {
        use tauri::Manager;
        let l = langs(&lang);
        let state = app.state::<AppState>();
        let mut o = state.lock();
        let channel = channel.trim().to_string();
        match ponte::update::check_channel(&mut o.data, &channel, &mut ponte::bundle::no_progress) {
            Ok(outcome) => {
                o.data.user().set_setting(CHANNEL_SETTING, &channel)?;
                match outcome {
                    ponte::update::UpdateOutcome::Installed(i) => switched(&mut o, &l, &i),
                    ponte::update::UpdateOutcome::UpToDate { installed, .. } => Ok(UpdateView {
                        outcome: "up-to-date",
                        message: l.ta("app-update-up-to-date", &[("sequence", installed.into())]),
                        directory: Some(DirectoryView {
                            status: ponte::bundle::directory_status(&o.data)?,
                            channel: Some(channel),
                        }),
                    }),
                }
            }
            Err(e) if e.is_refusal() => Ok(refused(format!(
                "{} {}",
                e.message(&l),
                l.t("bundle-nothing-changed")
            ))),
            Err(e) => Err(CommandError {
                kind: "internal",
                message: e.message(&l),
            }),
        }
    };
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| CommandError {
            kind: "internal",
            message: e.to_string(),
        })?
}

/// Whether `uri` is a `tel:` link (a leading `+` and digits only) or a `geo:` link (two
/// decimal coordinates on the globe): the only links the app hands to the platform.
pub fn is_handoff_uri(uri: &str) -> bool {
    if let Some(n) = uri.strip_prefix("tel:") {
        let digits = n.strip_prefix('+').unwrap_or(n);
        return (2..=20).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    }
    if let Some(c) = uri.strip_prefix("geo:") {
        let decimal = |s: &str| {
            !s.is_empty()
                && s.len() <= 14
                && s.bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        };
        return match c.split_once(',') {
            Some((a, b)) if decimal(a) && decimal(b) => {
                matches!((a.parse::<f64>(), b.parse::<f64>()), (Ok(la), Ok(lo)) if LatLon::new(la, lo).is_ok())
            }
            _ => false,
        };
    }
    false
}

/// Hands a service's phone number (`tel:`) or place (`geo:`) to the platform's phone or
/// map app. Anything else is refused: the web view can't make the app open other links.
#[tauri::command]
pub fn open_uri<R: tauri::Runtime>(app: tauri::AppHandle<R>, uri: String) -> Res<()> {
    use tauri_plugin_opener::OpenerExt;
    if !is_handoff_uri(&uri) {
        return Err(input("only tel: and geo: links can be opened"));
    }
    app.opener()
        .open_url(uri, None::<&str>)
        .map_err(|e| CommandError {
            kind: "internal",
            message: e.to_string(),
        })
}

/// Sets the window title to the app's name, or to nothing (quick exit: the title bar must
/// not say "Ponte" either).
#[tauri::command]
pub fn window_title<R: tauri::Runtime>(window: tauri::WebviewWindow<R>, neutral: bool) -> Res<()> {
    window
        .set_title(if neutral { " " } else { "Ponte" })
        .map_err(|e| CommandError {
            kind: "internal",
            message: e.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::is_handoff_uri;

    #[test]
    fn only_plain_tel_and_geo_links_are_handed_off() {
        for ok in [
            "tel:+351808257257",
            "tel:112",
            "geo:38.724927,-9.134284",
            "geo:-17.5,179.9",
        ] {
            assert!(is_handoff_uri(ok), "{ok}");
        }
        for bad in [
            "https://example.com",
            "file:///etc/passwd",
            "tel:+351 808",
            "tel:123;rm -rf",
            "geo:38.7,-9.1?q=home",
            "geo:200,10",
            "geo:38.7",
            "javascript:alert(1)",
            "TEL:112",
        ] {
            assert!(!is_handoff_uri(bad), "{bad}");
        }
    }
}
