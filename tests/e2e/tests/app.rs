//! The scenarios, each against a freshly started app (a WebDriver session starts the real
//! debug binary). `tests/e2e/run.sh` runs them phase by phase, by name:
//!
//! | phase | where | scenarios |
//! |---|---|---|
//! | online | network as usual, under strace | s1 s2 s3 s4 s6 s7a |
//! | hostile | a data folder whose directory is the hostile one | s5 |
//! | offline | a network namespace with no route, under strace | s8 s1 s2 s3 s4 |
//! | trace | after the app has quit: the strace logs | s7b |
//!
//! Run by hand only through run.sh (it sets PONTE_E2E_*), e.g.
//! `tests/e2e/run.sh s2_` for one scenario.

use std::collections::BTreeSet;
use std::time::Duration;

use anyhow::{bail, ensure, Context, Result};
use ponte_e2e::ftl::{self, Messages};
use ponte_e2e::{hostile, scenario, trace, App, NARROW, TIMEOUT, WIDE};
use regex::Regex;
use serde_json::{json, Value};

/// The service the default directory must put first for health near Lisboa.
const CNAIM: &str = "pt-cnaim-lisboa";

fn as_vec(v: &Value) -> Vec<Value> {
    v.as_array().cloned().unwrap_or_default()
}

// --- s1: a need, a place, results nearest first -----------------------------------------

/// Distances of the results as the UI exposes them: `data-meters` is what the list is
/// ordered by (for an approximate place, no less than its uncertainty radius: the core's
/// ranking), `data-exact-meters` the raw distance.
const DISTANCES: &str = "return [...document.querySelectorAll('[data-test=results] [data-test=result]')].map((li) => {
  const d = li.querySelector('[data-test=distance]');
  return { id: li.dataset.id, m: d ? Number(d.dataset.meters) : null, exact: d ? Number(d.dataset.exactMeters) : null, text: d ? d.textContent.trim() : null };
})";

async fn check_distance_order(app: &App, at_least: usize) -> Result<Vec<Value>> {
    let rows = as_vec(&app.js(DISTANCES).await?);
    ensure!(
        rows.len() >= at_least,
        "expected at least {at_least} results for health near Lisboa, found {}",
        rows.len()
    );
    for r in &rows {
        ensure!(
            r["m"].is_number() && r["exact"].is_number(),
            "expected every result to carry data-meters and data-exact-meters, found {r}"
        );
        ensure!(
            r["m"].as_f64() >= r["exact"].as_f64(),
            "expected the ranking distance (data-meters) to be at least the raw distance, found {r}"
        );
    }
    for w in rows.windows(2) {
        ensure!(
            w[0]["m"].as_f64() <= w[1]["m"].as_f64(),
            "expected results in nondecreasing distance order, found {} ({} m, {:?}) before {} ({} m, {:?})",
            w[0]["id"], w[0]["m"], w[0]["text"], w[1]["id"], w[1]["m"], w[1]["text"]
        );
    }
    Ok(rows)
}

#[tokio::test]
async fn s1_need_and_place_give_results_nearest_first() {
    scenario("s1_need_and_place_give_results_nearest_first", |app| async move {
        app.set_language("en").await?;
        let ids = app.search("health", "Lisboa", Some("PT")).await?;
        ensure!(
            ids.first().map(String::as_str) == Some(CNAIM),
            "expected {CNAIM} (CNAIM Lisboa) first for health near Lisboa, found {:?}",
            ids.iter().take(5).collect::<Vec<_>>()
        );
        let title = app.text("[data-test=results-title]").await?.unwrap_or_default();
        ensure!(
            title.contains("Lisbon") || title.contains("Lisboa"),
            "expected the results title to name the place, found {title:?}"
        );
        let rows = check_distance_order(&app, 5).await?;
        // The default directory has town-centre places near Lisbon: they must be ranked by
        // their uncertainty radius, which is what the UI says it orders by.
        ensure!(
            rows.iter().any(|r| r["m"].as_f64() > r["exact"].as_f64()),
            "expected at least one approximate place ranked by its uncertainty (data-meters > data-exact-meters), found {rows:?}"
        );
        let status = ftl::normalize(&app.text("[data-test=results-status]").await?.unwrap_or_default());
        ensure!(
            status.contains(&format!("{} services", rows.len())),
            "expected the status line to count {} services, found {status:?}",
            rows.len()
        );
        // More results keep the order.
        let more = app.js("const b = document.querySelector('[data-test=results-more]'); return !!b && !b.hidden").await?;
        if more == json!(true) {
            app.click("[data-test=results-more]").await?;
            app.wait_js_with(
                "more results",
                "return document.querySelectorAll('[data-test=results] [data-test=result]').length > arguments[0] && !document.querySelector('.results-body[aria-busy]')",
                vec![json!(rows.len())],
                TIMEOUT,
            )
            .await?;
            check_distance_order(&app, rows.len() + 1).await?;
        }
        // The map shows a numbered pin per result with a location.
        let pins = app.js("return document.querySelectorAll('[data-test=map] .pin').length").await?;
        ensure!(pins.as_u64().unwrap_or(0) > 0, "expected pins on the results map, found {pins}");
        Ok(())
    })
    .await;
}

// --- s2: a service's page ---------------------------------------------------------------

#[tokio::test]
async fn s2_service_page_shows_hours_source_age_and_handoff_links() {
    scenario("s2_service_page_shows_hours_source_age_and_handoff_links", |app| async move {
        app.set_language("en").await?;
        let ids = app.search("health", "Lisboa", Some("PT")).await?;
        app.open_service(CNAIM).await?;
        let name = app.text("[data-test=service-name]").await?.unwrap_or_default();
        ensure!(
            name.contains("CNAIM") && name.contains("Lisbon"),
            "expected the CNAIM Lisboa name (in English) on its page, found {name:?}"
        );
        // Hours: a week, today marked, Monday to Friday 08:00-17:00, the weekend closed.
        let hours = app
            .js("const t = document.querySelector('[data-test=service-hours]'); if (!t) return null;
                 const rows = [...t.querySelectorAll('tbody tr')];
                 return { rows: rows.length, today: rows.filter((r) => r.dataset.today === 'true').length,
                          open: rows.filter((r) => /08:00.*17:00/.test(r.textContent)).length,
                          closed: rows.filter((r) => r.querySelector('.closed')).length,
                          caption: t.caption ? t.caption.textContent : '' }")
            .await?;
        ensure!(!hours.is_null(), "expected an hours table ([data-test=service-hours])");
        ensure!(
            hours["rows"] == 7 && hours["today"] == 1 && hours["open"] == 5 && hours["closed"] == 2,
            "expected 7 days, today marked once, 5 days 08:00-17:00 and 2 closed, found {hours}"
        );
        ensure!(
            hours["caption"].as_str().is_some_and(|c| c.contains("Europe/Lisbon")),
            "expected the hours in the service's own time zone (Europe/Lisbon), found {}",
            hours["caption"]
        );
        // Source: shown as text (never a link), the archived ACM page first.
        let src = app
            .js("const s = document.querySelector('[data-test=service-source]');
                 return s ? { items: [...s.querySelectorAll('li')].map((l) => l.textContent), links: s.querySelectorAll('a').length } : null")
            .await?;
        ensure!(!src.is_null(), "expected the source list ([data-test=service-source])");
        let first = src["items"][0].as_str().unwrap_or_default();
        ensure!(
            first.starts_with("https://arquivo.pt/wayback/20151123234905mp_/"),
            "expected the first source to be the archived ACM page, found {first:?}"
        );
        ensure!(src["links"] == 0, "expected sources as text, not links, found {} links", src["links"]);
        // Age of the record, in words.
        let verified = ftl::normalize(&app.text("[data-test=service-verified]").await?.unwrap_or_default());
        let re = Regex::new(r"^Last confirmed (\d+ years? ago|\d+ months? ago|1 month ago|this month)$")?;
        ensure!(re.is_match(&verified), "expected \"Last confirmed … ago\", found {verified:?}");
        // Hand-off links: tel: and geo: only.
        let call = app.js("const a = document.querySelector('[data-test=service-call]'); return a && a.getAttribute('href')").await?;
        ensure!(call == json!("tel:+351218106100"), "expected the call button to link tel:+351218106100, found {call}");
        let geo = app.js("const a = document.querySelector('[data-test=service-directions]'); return a && a.getAttribute('href')").await?;
        ensure!(geo == json!("geo:38.724927,-9.134284"), "expected the directions button to link geo:38.724927,-9.134284, found {geo}");
        let links = app.js("return [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^(tel:\\+?[0-9]+|geo:-?[0-9.]+,-?[0-9.]+|#main)$/.test(h))").await?;
        ensure!(links == json!([]), "expected only tel: and geo: links (and the skip link) on the page, found {links}");
        let phones = app.js("return [...document.querySelectorAll('[data-test=service-phone]')].map((a) => a.getAttribute('href'))").await?;
        ensure!(!as_vec(&phones).is_empty(), "expected phone numbers as tel: links, found none");
        let free = app.js("const f = document.querySelector('[data-test=fact-free_of_charge]'); return f && f.dataset.value").await?;
        ensure!(free == json!("yes"), "expected 'free of charge: yes' in the facts, found {free}");
        // Back: the same results, in the same order.
        app.click("[data-test=screen-service] [data-test=back]").await?;
        let again = app.results_ready().await?;
        ensure!(again == ids, "expected the same results after going back, found {again:?} (before: {ids:?})");
        Ok(())
    })
    .await;
}

// --- s3: right-to-left languages, translated ---------------------------------------------

/// Visible interface text (not directory data) on the current screen: text nodes and the
/// labels people hear (aria-label, title, placeholder, alt), with where each is. Data is
/// excluded: anything shown with dir="auto" (names, descriptions, addresses, notes, place
/// names, the directory's title), source and contact values (.selectable), phone numbers,
/// locale tags and the directory's bundle id, legal citations of the rights cards
/// (instrument, article: sources, like a record's), and text marked as another language
/// than the page's (language names).
const CHROME_TEXT: &str = r#"
for (const d of document.querySelectorAll('details')) d.open = true;
const docLang = document.documentElement.lang;
const SKIP = '[dir=auto], .selectable, .tag, .raw-hours, .citations, .phones [dir=ltr], [data-test=about-directory] [dir=ltr], .languages, [data-test=language], .leaflet-marker-pane, script, style';
const skip = (el) => {
  if (el.closest(SKIP)) return true;
  const l = el.closest('[lang]');
  return !!l && l !== document.documentElement && l.lang !== docLang;
};
const rendered = (el) => {
  if (el.closest('[hidden]')) return false;
  if (el.tagName === 'OPTION') { const s = el.closest('select'); return !!s && s.getClientRects().length > 0; }
  return el.getClientRects().length > 0;
};
const where = (el) => {
  const t = el.closest('[data-test]');
  return el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') + (t ? ` in [data-test=${t.dataset.test}]` : '');
};
const out = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const el = n.parentElement;
  if (!el || !n.nodeValue.trim() || skip(el) || !rendered(el)) continue;
  out.push({ text: n.nodeValue, where: where(el) });
}
for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
  if (skip(el)) continue;
  for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
    const v = el.getAttribute(a);
    if (v && v.trim()) out.push({ text: v, where: where(el) + '@' + a });
  }
}
if (document.title.trim()) out.push({ text: document.title, where: 'document.title' });
return out;
"#;

struct Findings {
    english: Messages,
    target: Messages,
    /// Every Latin word the target locale's own messages use (names kept as they are).
    target_words: BTreeSet<String>,
    tag: String,
    found: Vec<String>,
    texts_seen: usize,
}

fn latin_words(s: &str) -> Vec<String> {
    let re = Regex::new(r"[A-Za-z][A-Za-z0-9@./'’-]*[A-Za-z0-9]").unwrap();
    re.find_iter(s).map(|m| m.as_str().to_string()).collect()
}

impl Findings {
    fn new(app: &App, tag: &str) -> Result<Findings> {
        let locales = ponte_e2e::locales(&app.env);
        let english = Messages::load(&locales, "en")?;
        let target = Messages::load(&locales, tag)?;
        let target_words = target
            .by_id
            .values()
            .flat_map(|m| latin_words(&m.literal))
            .collect();
        Ok(Findings {
            english,
            target,
            target_words,
            tag: tag.into(),
            found: vec![],
            texts_seen: 0,
        })
    }

    /// Checks the interface text on the current screen.
    async fn screen(&mut self, app: &App, screen: &str) -> Result<()> {
        let items = as_vec(&app.js(CHROME_TEXT).await?);
        self.texts_seen += items.len();
        let texts: Vec<String> = items
            .iter()
            .map(|i| i["text"].as_str().unwrap_or_default().to_string())
            .collect();
        for (text, id) in ftl::untranslated(&texts, &self.english, &self.target) {
            let at = items
                .iter()
                .find(|i| i["text"] == text)
                .map(|i| i["where"].clone())
                .unwrap_or_default();
            self.found.push(format!(
                "{screen}: English message `{id}` shown untranslated: {:?} ({at})",
                ftl::normalize(text)
            ));
        }
        // Latin words the translation itself doesn't use: English text from anywhere else
        // (a string not through Fluent, a fallback, a hard-coded label).
        for item in &items {
            let raw = item["text"].as_str().unwrap_or_default();
            let own = ftl::without_arguments(raw);
            let stray: Vec<String> = latin_words(&own)
                .into_iter()
                .filter(|w| !self.target_words.contains(w))
                .collect();
            if !stray.is_empty() {
                let line = format!(
                    "{screen}: Latin text {:?} that no {} message has and that is not marked as another language (lang), in {:?} ({})",
                    stray.join(" "), self.tag, ftl::normalize(raw), item["where"]
                );
                if !self
                    .found
                    .iter()
                    .any(|f| f.contains(&format!("{:?}", ftl::normalize(raw))))
                {
                    self.found.push(line);
                }
            }
        }
        Ok(())
    }
}

async fn check_rtl_language(app: App, tag: &str) -> Result<()> {
    app.set_language("en").await?;
    let english_title = app
        .text("[data-test=screen-start] h1")
        .await?
        .unwrap_or_default();
    app.set_language(tag).await?;
    let html = app.js("return [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.getElementById('main')).direction]").await?;
    ensure!(
        html == json!([tag, "rtl", "rtl"]),
        "expected <html lang=\"{tag}\" dir=\"rtl\"> and a right-to-left main, found lang, dir, direction = {html}"
    );
    let title = app
        .text("[data-test=screen-start] h1")
        .await?
        .unwrap_or_default();
    let arabic_script =
        Regex::new(r"[\x{0600}-\x{06FF}\x{0750}-\x{077F}\x{FB50}-\x{FDFF}\x{FE70}-\x{FEFF}]")?;
    ensure!(
        title != english_title && arabic_script.is_match(&title),
        "expected the need heading in {tag} (Arabic script, not the English {english_title:?}), found {title:?}"
    );
    // Mirrored: the brand (home) on the right, quick exit on the left.
    let sides = app
        .js("const c = (s) => { const r = document.querySelector(s).getBoundingClientRect(); return r.left + r.width / 2; };
             return { home: c('[data-test=home]'), exit: c('[data-test=quick-exit]'), width: innerWidth }")
        .await?;
    ensure!(
        sides["home"].as_f64() > sides["exit"].as_f64(),
        "expected a mirrored header (home right of quick exit) in {tag}, found {sides}"
    );

    let mut f = Findings::new(&app, tag)?;
    f.screen(&app, "start").await?;
    app.choose_need("health").await?;
    app.type_into("[data-test=place-input]", "Lisboa").await?;
    app.wait_for(
        "place suggestions",
        "[data-test=place-suggestion][data-country=PT]",
    )
    .await?;
    f.screen(&app, "where").await?;
    app.click("[data-test=place-suggestion][data-country=PT]")
        .await?;
    app.results_ready().await?;
    app.wait_for("rights cards", "[data-test=rights]").await?;
    f.screen(&app, "results").await?;
    app.open_service(CNAIM).await?;
    f.screen(&app, "service").await?;
    app.open_about().await?;
    f.screen(&app, "about").await?;
    app.page_checks().await?;
    // The neutral page after quick exit speaks the language too.
    app.click("[data-test=quick-exit]").await?;
    app.wait_for("the neutral page's button", "[data-test=neutral-continue]")
        .await?;
    app.hooks().await?;
    f.screen(&app, "neutral").await?;
    let cont = app
        .text("[data-test=neutral-continue]")
        .await?
        .unwrap_or_default();
    if !arabic_script.is_match(&cont) {
        f.found.push(format!(
            "neutral: the Continue button is not in {tag}: {cont:?}"
        ));
    }
    ensure!(
        f.texts_seen > 50,
        "expected to read the interface text, found only {} texts",
        f.texts_seen
    );
    if !f.found.is_empty() {
        let n = f.found.len();
        let shown: Vec<String> = f.found.iter().take(60).cloned().collect();
        bail!(
            "expected no untranslated interface text in {tag}, found {n} (locales/{tag}/ has {} messages; English has {}):\n      {}{}",
            f.target.by_id.len(),
            f.english.by_id.len(),
            shown.join("\n      "),
            if n > 60 { format!("\n      … and {} more", n - 60) } else { String::new() }
        );
    }
    Ok(())
}

#[tokio::test]
async fn s3_arabic_is_mirrored_and_translated() {
    scenario("s3_arabic_is_mirrored_and_translated", |app| {
        check_rtl_language(app, "ar")
    })
    .await;
}

#[tokio::test]
async fn s3_persian_is_mirrored_and_translated() {
    scenario("s3_persian_is_mirrored_and_translated", |app| {
        check_rtl_language(app, "fa")
    })
    .await;
}

// --- s4: quick exit -----------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Exit {
    Button,
    ShiftThreeTimes,
}

const SECRET: &str = "kept secret words";

async fn quick_exit(app: App, how: Exit) -> Result<()> {
    app.set_language("en").await?;
    let h0 = app.js("return history.length").await?;
    app.search("health", "Lisboa", Some("PT")).await?;
    app.open_more_filters().await?;
    app.type_into("[data-test=filter-words]", SECRET).await?;
    tokio::time::sleep(Duration::from_millis(600)).await;
    app.wait_js(
        "the filtered search to finish",
        "return !document.querySelector('.results-body[aria-busy]')",
        TIMEOUT,
    )
    .await?;
    app.click("[data-test=filters-clear]").await?;
    app.results_ready().await?;
    app.open_service(CNAIM).await?;
    app.click("[data-test=screen-service] [data-test=back]")
        .await?;
    app.results_ready().await?;
    app.open_more_filters().await?;
    app.type_into("[data-test=filter-words]", SECRET).await?;
    let h1 = app.js("return history.length").await?;
    ensure!(h1 == h0, "expected navigation inside the app to add no history entry, history.length {h0} became {h1}");
    app.page_checks().await?;

    match how {
        Exit::Button => app.click("[data-test=quick-exit]").await?,
        Exit::ShiftThreeTimes => {
            // Typing capitals is not quick exit: Shift held with other keys is a modifier.
            app.type_into("[data-test=filter-words]", " ABC Def")
                .await?;
            tokio::time::sleep(Duration::from_millis(300)).await;
            let still = app.js("return !!document.querySelector('[data-test=screen-results]') && !document.documentElement.classList.contains('exiting')").await?;
            ensure!(
                still == json!(true),
                "expected typing capitals not to trigger quick exit, found the app left"
            );
            use fantoccini::actions::{InputSource, KeyAction, KeyActions};
            use fantoccini::key::Key;
            let mut keys = KeyActions::new("keyboard".into());
            for _ in 0..3 {
                keys = keys
                    .then(KeyAction::Down {
                        value: Key::Shift.into(),
                    })
                    .then(KeyAction::Up {
                        value: Key::Shift.into(),
                    });
            }
            app.c
                .perform_actions(keys)
                .await
                .context("pressing Shift three times")?;
        }
    }
    app.wait_js(
        "the neutral page after quick exit",
        "return document.body && document.body.dataset.test === 'neutral' && location.pathname.endsWith('neutral.html')",
        TIMEOUT,
    )
    .await?;
    app.hooks().await?;
    let neutral = app
        .js("return { title: document.title, text: document.body.innerText, history: history.length, app: !!document.getElementById('app'), inputs: document.querySelectorAll('input, textarea').length }")
        .await?;
    let text = neutral["text"].as_str().unwrap_or_default();
    for word in [
        "Ponte",
        "Lisbon",
        "Lisboa",
        "CNAIM",
        "kept",
        "secret",
        "Health",
        "Quick exit",
    ] {
        ensure!(!text.contains(word), "expected nothing of Ponte or the search on the neutral page, found {word:?} in {text:?}");
    }
    ensure!(
        neutral["title"]
            .as_str()
            .is_some_and(|t| t.trim().is_empty()),
        "expected an empty document title on the neutral page, found {}",
        neutral["title"]
    );
    ensure!(
        neutral["history"] == h0,
        "expected quick exit to add no history entry (history.length {h0}), found {}",
        neutral["history"]
    );
    ensure!(
        neutral["app"] == json!(false) && neutral["inputs"] == 0,
        "expected a page with nothing of the app, found {neutral}"
    );
    app.page_checks().await?;

    app.click("[data-test=neutral-continue]").await?;
    app.booted(TIMEOUT).await?;
    let state = app
        .js("const main = document.getElementById('main');
             return {
               screen: document.body.dataset.screen,
               current_need: document.querySelectorAll('[data-test=screen-start] [aria-current], [data-test=screen-start] .tile-current').length,
               place_hint: main.textContent.includes('Lisbon') || main.textContent.includes('Lisboa') || main.textContent.includes('Searching near'),
               results: document.querySelectorAll('[data-test=result]').length,
               typed: [...document.querySelectorAll('input, textarea')].filter((i) => i.value).length,
               text: main.innerText.includes('kept secret'),
               history: history.length,
               path: location.pathname,
             }")
        .await?;
    let want = json!({ "screen": "start", "current_need": 0, "place_hint": false, "results": 0, "typed": 0, "text": false, "history": h0, "path": state["path"] });
    ensure!(
        state == want && state["path"].as_str().is_some_and(|p| p.ends_with("index.html") || p == "/"),
        "expected the start screen with no need, place, results or typed text, history.length {h0}, found {state}"
    );
    // Choosing a need again asks for the place afresh: nothing kept.
    app.choose_need("health").await?;
    let where_state = app
        .js("return { value: document.querySelector('[data-test=place-input]').value, current: !!document.querySelector('.current-place') }")
        .await?;
    ensure!(
        where_state == json!({ "value": "", "current": false }),
        "expected an empty place field and no kept place after quick exit, found {where_state}"
    );
    Ok(())
}

#[tokio::test]
async fn s4_quick_exit_button_clears_everything() {
    scenario("s4_quick_exit_button_clears_everything", |app| {
        quick_exit(app, Exit::Button)
    })
    .await;
}

#[tokio::test]
async fn s4_quick_exit_shift_three_times_clears_everything() {
    scenario("s4_quick_exit_shift_three_times_clears_everything", |app| {
        quick_exit(app, Exit::ShiftThreeTimes)
    })
    .await;
}

// --- s5: hostile directory text stays text -------------------------------------------------

/// Anything in the document that markup from the directory could have made: elements that
/// load, run, navigate or style; event-handler attributes; links other than tel:/geo:;
/// javascript: anywhere; SVG outside the map.
const DANGEROUS: &str = r#"
const bad = [];
const say = (el, why) => bad.push(`${why}: <${el.tagName.toLowerCase()}>` + (el.dataset && el.dataset.test ? ` in [data-test=${el.dataset.test}]` : ''));
for (const el of document.querySelectorAll('*')) {
  const tag = el.tagName.toLowerCase();
  // The app's own forms (a correction, a channel address) submit to script, never to a URL.
  const ownForm = tag === 'form' && ['correction-form', 'channel-form'].includes(el.dataset.test) && !el.hasAttribute('action');
  if (['img', 'iframe', 'object', 'embed', 'video', 'audio', 'base', 'form', 'template', 'frame', 'frameset', 'applet'].includes(tag) && !ownForm) say(el, 'element');
  if (tag === 'meta' && el.hasAttribute('http-equiv')) say(el, 'meta refresh');
  if (tag === 'script' && !(el.parentElement === document.head && el.getAttribute('src') === 'app.js')) say(el, 'script');
  if ((tag === 'style' || tag === 'link') && el.closest('body')) say(el, 'style or link in body');
  if (tag === 'svg' && !el.closest('.leaflet-container')) say(el, 'svg outside the map');
  if (tag === 'a' && el.hasAttribute('href') && !/^(tel:\+?[0-9]+|geo:-?[0-9.]+,-?[0-9.]+)$/.test(el.getAttribute('href')) && el.id !== 'skip-link') say(el, 'link ' + el.getAttribute('href'));
  for (const a of el.attributes) {
    if (a.name.startsWith('on')) say(el, 'handler ' + a.name);
    if (/javascript:/i.test(a.value)) say(el, 'javascript: in ' + a.name);
    if ((a.name === 'href' || a.name === 'src' || a.name === 'xlink:href') && /example\.org/.test(a.value)) say(el, a.name + ' ' + a.value);
  }
}
return bad;
"#;

async fn no_dangerous_elements(app: &App, where_: &str) -> Result<()> {
    let bad = app.js(DANGEROUS).await?;
    ensure!(
        bad == json!([]),
        "{where_}: expected no element, handler or link made from directory text, found {bad}"
    );
    let href = app.js("return location.href").await?;
    ensure!(
        href.as_str().is_some_and(|h| h.ends_with("/index.html")
            || h.ends_with("localhost/")
            || h.ends_with("localhost")),
        "{where_}: expected the app's page, found {href} (the directory text navigated)"
    );
    app.page_checks().await.with_context(|| where_.to_string())
}

/// What the core returns for a service: the ground truth the page must show literally.
async fn core_service(app: &App, id: &str) -> Result<Value> {
    app.js_with(
        "return window.__TAURI__.core.invoke('service', { id: arguments[0], lang: ['en'] })",
        vec![json!(id)],
    )
    .await
    .with_context(|| format!("asking the core for {id}"))
}

#[tokio::test]
async fn s5_hostile_directory_text_shows_as_plain_text() {
    scenario("s5_hostile_directory_text_shows_as_plain_text", |app| async move {
        app.set_language("en").await?;
        // The page itself has none of what the check looks for: otherwise it proves nothing.
        no_dangerous_elements(&app, "start screen, before any directory text").await?;
        let ids = app.search(hostile::NEED, hostile::PLACE_QUERY, Some("PT")).await?;
        let want: BTreeSet<&str> = hostile::RECORDS.iter().map(|r| r.id).collect();
        let got: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
        ensure!(got == want, "expected the hostile records as results, found {ids:?} (is the hostile directory in use?)");
        no_dangerous_elements(&app, "results").await?;
        let names = app.js("return Object.fromEntries([...document.querySelectorAll('[data-test=result]')].map((li) => [li.dataset.id, li.querySelector('[data-test=result-open]').textContent]))").await?;
        for r in hostile::RECORDS {
            ensure!(
                names[r.id] == json!(r.name),
                "results: expected the name of {} as the literal text {:?}, found {}",
                r.id, r.name, names[r.id]
            );
        }
        for r in hostile::RECORDS {
            let core = core_service(&app, r.id).await?;
            app.open_service(r.id).await?;
            // Markup payloads reached the page unchanged (the core doesn't clean them away,
            // so this test really puts them in front of the UI).
            ensure!(core["name"] == json!(r.name), "expected the core to return the name of {} as written, found {}", r.id, core["name"]);
            let shown = app
                .js("const q = (s) => { const e = document.querySelector(s); return e ? e.textContent : null; };
                     return {
                       name: q('[data-test=service-name]'),
                       description: q('[data-test=service-description]'),
                       org: q('.org'),
                       address: q('[data-test=service-address]'),
                       sources: [...document.querySelectorAll('[data-test=service-source] li')].map((l) => l.textContent),
                       phone_notes: [...document.querySelectorAll('.phone-note')].map((n) => n.textContent),
                       directory: [...document.querySelectorAll('[data-test=screen-service] .hint')].map((n) => n.textContent).join(' '),
                       bring: [...document.querySelectorAll('[aria-labelledby=svc-bring] p')].map((p) => p.textContent),
                       status_comment: q('[data-test=service-status] .status-comment'),
                       name_dir: document.querySelector('[data-test=service-name]').getAttribute('dir'),
                       name_bidi: getComputedStyle(document.querySelector('[data-test=service-name]')).unicodeBidi,
                     }")
                .await?;
            let mut problems = Vec::new();
            let mut same = |what: &str, found: &Value, want: &Value| {
                if found != want {
                    problems.push(format!("{what}: expected {want}, found {found}"));
                }
            };
            same("name", &shown["name"], &core["name"]);
            same("description", &shown["description"], &core["description"]);
            if !core["what_to_bring"].is_null() {
                same("what to bring", &shown["bring"], &json!([core["what_to_bring"]]));
            }
            let sources: Vec<Value> = core["source"].as_str().unwrap_or_default().split(" ; ").map(|s| json!(s.trim())).collect();
            same("sources", &shown["sources"], &json!(sources));
            let org = ftl::normalize(shown["org"].as_str().unwrap_or_default());
            let want_org = ftl::normalize(core["organization"].as_str().unwrap_or_default());
            if !org.contains(&want_org) {
                problems.push(format!("organization: expected {want_org:?} inside, found {org:?}"));
            }
            let street = core["address"]["street"].as_str().unwrap_or_default();
            if !shown["address"].as_str().unwrap_or_default().contains(street) {
                problems.push(format!("address: expected {street:?} inside, found {}", shown["address"]));
            }
            if !ftl::normalize(shown["directory"].as_str().unwrap_or_default()).contains(&ftl::normalize(hostile::TITLE)) {
                problems.push(format!("directory title: expected {:?} inside, found {}", hostile::TITLE, shown["directory"]));
            }
            if let Some((_, note)) = r.phone.split_once(" (") {
                let note = note.trim_end_matches(')');
                if !as_vec(&shown["phone_notes"]).iter().any(|n| n.as_str() == Some(note)) {
                    problems.push(format!("phone note: expected {note:?}, found {}", shown["phone_notes"]));
                }
            }
            if let Some((_, comment)) = r.opening_hours.split_once(" \"") {
                let comment = comment.trim_end_matches('"');
                if shown["status_comment"].as_str() != Some(comment) {
                    problems.push(format!("hours comment: expected {comment:?}, found {}", shown["status_comment"]));
                }
            }
            // Bidi controls stay inside the element that holds them.
            if r.name.contains('\u{202E}') && (shown["name_dir"] != json!("auto") || !matches!(shown["name_bidi"].as_str(), Some("isolate" | "plaintext" | "isolate-override"))) {
                problems.push(format!("bidi: expected the name isolated (dir=auto, unicode-bidi isolate), found dir={} unicode-bidi={}", shown["name_dir"], shown["name_bidi"]));
            }
            ensure!(problems.is_empty(), "service page of {}: {}", r.id, problems.join("; "));
            no_dangerous_elements(&app, &format!("service page of {}", r.id)).await?;
            app.click("[data-test=screen-service] [data-test=back]").await?;
            app.results_ready().await?;
        }
        // About shows the directory's own title, publisher and description as text.
        app.open_about().await?;
        let about = app.js("return document.querySelector('[data-test=screen-about]').textContent").await?;
        let about = about.as_str().unwrap_or_default();
        for want in [hostile::TITLE, hostile::PUBLISHER, hostile::DESCRIPTION] {
            ensure!(about.contains(want), "About: expected the directory's text {want:?} literally, found none in the page text");
        }
        no_dangerous_elements(&app, "About").await?;
        // Words typed into the search are text too.
        app.click("[data-test=back]").await?;
        app.results_ready().await?;
        app.open_more_filters().await?;
        app.type_into("[data-test=filter-words]", "<img src=x onerror=alert(99)>").await?;
        tokio::time::sleep(Duration::from_millis(800)).await;
        app.wait_js("the filtered search", "return !document.querySelector('.results-body[aria-busy]')", TIMEOUT).await?;
        no_dangerous_elements(&app, "results filtered by typed markup").await?;
        Ok(())
    })
    .await;
}

// --- s6: screenshots, and nothing overflows -------------------------------------------------

async fn screenshots(app: App, tag: &str) -> Result<()> {
    let mut overflow = Vec::new();
    let mut shots = Vec::new();
    for (w, h) in [WIDE, NARROW] {
        app.set_size((w, h)).await?;
        app.set_language(tag).await?;
        let size = format!("{w}x{h}");
        let shot = |app: App, screen: &'static str| {
            let size = size.clone();
            async move {
                let p = app.shot(&format!("{screen}-{size}-{tag}")).await?;
                let o = app.overflow().await?;
                Ok::<_, anyhow::Error>((p, o.map(|o| format!("{screen} at {size}: {o}"))))
            }
        };
        let mut take = |r: (std::path::PathBuf, Option<String>)| {
            shots.push(r.0);
            overflow.extend(r.1);
        };
        app.click("[data-test=home]").await?;
        app.wait_for("the start screen", "[data-test=screen-start]")
            .await?;
        take(shot(app.clone(), "start").await?);
        app.click("[data-test=screen-start] [data-test=need-health]")
            .await?;
        // A place chosen earlier in the session is kept: go and change it.
        app.wait_for(
            "the where or results screen",
            "[data-test=screen-where], [data-test=screen-results]",
        )
        .await?;
        if app
            .js("return !!document.querySelector('[data-test=screen-results]')")
            .await?
            == json!(true)
        {
            app.click("[data-test=change-place]").await?;
        }
        app.wait_for("the where screen", "[data-test=place-input]")
            .await?;
        app.type_into("[data-test=place-input]", "Lisboa").await?;
        app.wait_for(
            "place suggestions",
            "[data-test=place-suggestion][data-country=PT]",
        )
        .await?;
        take(shot(app.clone(), "where").await?);
        app.click("[data-test=place-suggestion][data-country=PT]")
            .await?;
        app.results_ready().await?;
        app.wait_for("rights cards", "[data-test=rights]").await?;
        take(shot(app.clone(), "results").await?);
        if w < 900 {
            app.click("[data-test=map-toggle]").await?;
            app.wait_for("the results map", "[data-test=map] .pin")
                .await?;
            take(shot(app.clone(), "results-map").await?);
            app.click("[data-test=map-toggle]").await?;
        }
        app.open_service(CNAIM).await?;
        take(shot(app.clone(), "service").await?);
        app.open_about().await?;
        take(shot(app.clone(), "about").await?);
    }
    eprintln!("screenshots ({tag}):");
    for s in &shots {
        eprintln!("  {}", ponte_e2e::rel(&app.env, s));
    }
    ensure!(
        overflow.is_empty(),
        "expected nothing wider than the window, found:\n      {}",
        overflow.join("\n      ")
    );
    Ok(())
}

#[tokio::test]
async fn s6_screenshots_english() {
    scenario("s6_screenshots_english", |app| screenshots(app, "en")).await;
}

#[tokio::test]
async fn s6_screenshots_arabic() {
    scenario("s6_screenshots_arabic", |app| screenshots(app, "ar")).await;
}

#[tokio::test]
async fn s6_screenshots_persian() {
    scenario("s6_screenshots_persian", |app| screenshots(app, "fa")).await;
}

// --- s7a: in the page, every load is the app's own ------------------------------------------

#[tokio::test]
async fn s7a_every_load_is_the_apps_own_origin() {
    scenario("s7a_every_load_is_the_apps_own_origin", |app| async move {
        app.set_language("en").await?;
        // Every screen, the map zoomed in (the detailed basemap loads in cells), a point
        // picked on the map: each step checked, not only the end.
        app.page_checks().await.context("start")?;
        app.click("[data-test=screen-start] [data-test=need-health]").await?;
        app.click("[data-test=pick-on-map]").await?;
        app.wait_for("the picking map", "[data-test=map] .leaflet-container, [data-test=map].leaflet-container").await?;
        app.click("[data-test=pick-centre]").await?;
        app.wait_for("the picked point", "[data-test=pick-confirm]").await?;
        app.page_checks().await.context("picking on the map")?;
        app.click("[data-test=pick-confirm]").await?;
        app.results_ready().await?;
        app.page_checks().await.context("results of a picked point")?;
        for _ in 0..4 {
            app.click(".map-zoom").await?;
            tokio::time::sleep(Duration::from_millis(400)).await;
        }
        app.page_checks().await.context("results map zoomed in")?;
        let first = app.js("return document.querySelector('[data-test=result]').dataset.id").await?;
        app.open_service(first.as_str().unwrap_or_default()).await?;
        app.open_about().await?;
        app.page_checks().await.context("About")?;
        let loads = app.js("return performance.getEntries().filter((e) => e.entryType === 'resource' || e.entryType === 'navigation').map((e) => e.name)").await?;
        eprintln!("loads seen in the page: {loads}");
        Ok(())
    })
    .await;
}

// --- s7b: at system level, no connection left the machine --------------------------------

/// `phase=trace-file` pairs from run.sh.
fn traces() -> Vec<(String, String)> {
    let v = std::env::var("PONTE_E2E_TRACES")
        .expect("PONTE_E2E_TRACES is not set: run these tests with tests/e2e/run.sh");
    v.split(';')
        .filter(|s| !s.is_empty())
        .filter_map(|s| {
            s.split_once('=')
                .map(|(a, b)| (a.to_string(), b.to_string()))
        })
        .collect()
}

fn probe(trace_file: &str) -> (String, String) {
    let f = format!("{trace_file}.probe");
    let text = std::fs::read_to_string(&f)
        .unwrap_or_else(|e| panic!("the positive control wrote nothing ({f}: {e})"));
    let get = |k: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{k} ")))
            .unwrap_or_else(|| panic!("{f}: no {k} line"))
            .to_string()
    };
    (get("tcp"), get("udp"))
}

#[test]
fn s7b_no_process_of_the_app_connected_beyond_loopback() {
    let app = std::env::var("PONTE_E2E_APP").expect("PONTE_E2E_APP");
    let all = traces();
    assert!(!all.is_empty(), "expected strace logs of the app runs");
    for (phase, file) in all {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let t = trace::parse(&text);
        // The whole tree was traced: the app and WebKit's processes started under strace.
        for prog in [
            app.as_str(),
            "WebKitNetworkProcess",
            "WebKitWebProcess",
            "WebKitWebDriver",
        ] {
            assert!(
                t.execs
                    .iter()
                    .any(|e| e.program == prog || e.program.ends_with(&format!("/{prog}"))),
                "{phase}: expected {prog} to run under strace ({file}), found {:?}",
                t.execs.iter().map(|e| &e.program).collect::<Vec<_>>()
            );
        }
        let v = trace::violations(&t, &trace::is_loopback);
        let inet = t.events.iter().filter(|e| e.ip.is_some()).count();
        let unix: BTreeSet<String> = t.events.iter().filter_map(|e| e.path.clone()).collect();
        eprintln!(
            "{phase}: {} trace lines, {} programs, {inet} calls to IP addresses (all loopback: {}), Unix sockets: {unix:?}",
            t.lines,
            t.execs.len(),
            v.is_empty()
        );
        assert!(
            v.is_empty(),
            "{phase}: expected no connection or datagram beyond loopback from the app's process tree, found {} ({file}):\n  {}",
            v.len(),
            v.iter().take(20).map(|(e, why)| format!("{why} — {e}\n    {}", e.line)).collect::<Vec<_>>().join("\n  ")
        );
    }
}

#[test]
fn s7b_positive_control_connect_and_sendto_are_seen() {
    for (phase, file) in traces() {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let t = trace::parse(&text);
        let (tcp, udp) = probe(&file);
        let seen = |call: &str, addr: &str| {
            t.events.iter().any(|e| {
                e.call == call
                    && e.ip
                        .zip(e.port)
                        .map(|(ip, p)| format!("{ip}:{p}"))
                        .as_deref()
                        == Some(addr)
            })
        };
        assert!(
            seen("connect", &tcp),
            "{phase}: expected the control's connect to {tcp} in {file}"
        );
        assert!(
            seen("sendto", &udp),
            "{phase}: expected the control's sendto to {udp} in {file}"
        );
        // With 127.0.0.9 taken out of what is allowed, the same check reports exactly the
        // control's two calls: it would have reported a real connection the same way.
        let not_nine =
            |ip: &std::net::IpAddr| trace::is_loopback(ip) && ip.to_string() != "127.0.0.9";
        let v = trace::violations(&t, &not_nine);
        let found: BTreeSet<String> = v
            .iter()
            .map(|(e, _)| format!("{} {}:{}", e.call, e.ip.unwrap(), e.port.unwrap_or(0)))
            .collect();
        let want: BTreeSet<String> = [format!("connect {tcp}"), format!("sendto {udp}")].into();
        assert_eq!(
            found, want,
            "{phase}: expected the narrowed policy to flag exactly the control's calls"
        );
        eprintln!("{phase}: positive control seen: connect {tcp}, sendto {udp}");
    }
}

// --- s8: the network namespace has no way out ----------------------------------------------

#[test]
fn s8_offline_there_is_no_network_but_loopback() {
    let phase = std::env::var("PONTE_E2E_PHASE").unwrap_or_default();
    assert_eq!(
        phase, "offline",
        "s8 runs in the offline phase (inside `unshare -rn`) only"
    );
    // /proc/net follows the reader's network namespace; /sys/class/net would show the host's
    // interfaces, because `unshare -rn` does not remount sysfs.
    let dev = std::fs::read_to_string("/proc/net/dev").expect("/proc/net/dev");
    let ifaces: BTreeSet<String> = dev
        .lines()
        .skip(2)
        .filter_map(|l| l.split_once(':').map(|(name, _)| name.trim().to_string()))
        .collect();
    assert_eq!(
        ifaces,
        BTreeSet::from(["lo".to_string()]),
        "expected only the loopback interface in the namespace"
    );
    let routes = std::fs::read_to_string("/proc/net/route").unwrap_or_default();
    assert_eq!(
        routes
            .lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .count(),
        0,
        "expected no IPv4 route, found:\n{routes}"
    );
    let v6 = std::fs::read_to_string("/proc/net/ipv6_route").unwrap_or_default();
    let non_lo: Vec<&str> = v6
        .lines()
        .filter(|l| !l.trim_end().ends_with(" lo"))
        .collect();
    assert!(
        non_lo.is_empty(),
        "expected IPv6 routes on lo only, found {non_lo:?}"
    );
}

// --- s9: Check for updates from a channel -------------------------------------------------

/// Waits for About's update outcome to settle: its kind (`data-outcome`) and text.
async fn update_outcome(app: &App, what: &str) -> Result<Value> {
    app.wait_js(
        what,
        "const o = document.querySelector('[data-test=update-outcome]'); const k = o && o.dataset.outcome;
         return k && k !== 'working' ? { kind: k, text: o.textContent } : null",
        Duration::from_secs(60),
    )
    .await
}

/// run.sh publishes a bundle of the directory sources under a test publisher whose root key
/// it trusts in the data folder (`ponte trust add`), serves the channel on loopback, and
/// says where (PONTE_E2E_CHANNEL) and under which title (PONTE_E2E_CHANNEL_TITLE).
async fn check_for_updates(app: App) -> Result<()> {
    let channel = std::env::var("PONTE_E2E_CHANNEL")
        .context("PONTE_E2E_CHANNEL is not set: run with tests/e2e/run.sh")?;
    let title =
        std::env::var("PONTE_E2E_CHANNEL_TITLE").context("PONTE_E2E_CHANNEL_TITLE is not set")?;
    app.set_language("en").await?;
    app.open_about().await?;
    app.wait_for(
        "the update section",
        "[data-test=update] [data-test=check-updates]",
    )
    .await?;
    let before = app
        .text("[data-test=about-directory]")
        .await?
        .unwrap_or_default();
    ensure!(
        !before.contains(&title),
        "expected the built-in directory before the update, found {before:?}"
    );
    let status = app
        .text("[data-test=directory-status]")
        .await?
        .unwrap_or_default();
    ensure!(
        status.contains("built-in"),
        "expected the status to say the built-in directory is in use, found {status:?}"
    );

    app.type_into("[data-test=channel]", &channel).await?;
    app.click("[data-test=check-updates]").await?;
    let outcome = update_outcome(&app, "the update's outcome").await?;
    ensure!(
        outcome["kind"] == "installed",
        "expected the channel's directory to be installed, found {outcome}"
    );
    // Without the bidi isolation marks Fluent puts around placeables.
    let text: String = outcome["text"]
        .as_str()
        .unwrap_or_default()
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    ensure!(
        text.contains(&title) && text.contains("update 1"),
        "expected the outcome to name {title:?} and update 1, found {text:?}"
    );
    let after = app
        .text("[data-test=about-directory]")
        .await?
        .unwrap_or_default();
    ensure!(
        after.contains(&title),
        "expected About to show the installed directory {title:?}, found {after:?}"
    );
    let status = app
        .text("[data-test=directory-status]")
        .await?
        .unwrap_or_default();
    for want in [
        "Published",
        "Verified and installed",
        "Expires",
        "Last checked",
    ] {
        ensure!(
            status.contains(want),
            "expected the directory status to say {want:?}, found {status:?}"
        );
    }
    let kept = app
        .js("return document.querySelector('[data-test=channel]').value")
        .await?;
    ensure!(
        kept == json!(channel),
        "expected the channel address to be kept for next time, found {kept}"
    );

    // The new directory is the one searched.
    app.click("[data-test=home]").await?;
    let ids = app.search("health", "Lisboa", Some("PT")).await?;
    ensure!(
        ids.first().map(String::as_str) == Some(CNAIM),
        "expected {CNAIM} first near Lisboa from the installed directory, found {ids:?}"
    );

    // Checking again: nothing newer.
    app.open_about().await?;
    app.click("[data-test=check-updates]").await?;
    let again = update_outcome(&app, "the second check's outcome").await?;
    ensure!(
        again["kind"] == "up-to-date",
        "expected the second check to find nothing newer, found {again}"
    );
    app.page_checks().await?;
    Ok(())
}

#[tokio::test]
async fn s9_check_for_updates_installs_the_channels_directory() {
    scenario(
        "s9_check_for_updates_installs_the_channels_directory",
        check_for_updates,
    )
    .await;
}
