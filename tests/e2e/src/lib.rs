//! Ponte's end-to-end harness: drives the real app (the debug binary, its real web view and
//! its real commands) through tauri-driver and WebKitWebDriver, with the `data-test` hooks
//! of `ui/README.md`.
//!
//! `tests/e2e/run.sh` builds everything, starts Xvfb and tauri-driver (under strace, and
//! once inside a network namespace with no route) and runs the scenarios of `tests/app.rs`
//! by name, phase by phase. This crate holds what the scenarios share: starting a session,
//! waiting, screenshots, failure reports that say what was expected, what was found and
//! where the screenshot is, and the checks every scenario ends with (page errors, CSP
//! violations, dialogs, and that every load was the app's own origin).

pub mod ftl;
pub mod trace;

#[path = "../hostile.rs"]
pub mod hostile;

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// The app's own origins: where its pages and IPC live. Nothing else may be loaded.
pub const OWN_ORIGINS: &[&str] = &[
    "tauri://localhost",
    "http://tauri.localhost",
    "ipc://localhost",
    "http://ipc.localhost",
];

/// The window sizes screenshots and layout checks use.
pub const WIDE: (u32, u32) = (1280, 800);
pub const NARROW: (u32, u32) = (360, 740);

/// How long to wait for the first screen of a new session (the first launch of a fresh
/// data folder compiles the built-in directory and gazetteer).
const BOOT_TIMEOUT: Duration = Duration::from_secs(90);
/// How long tauri-driver may take to start the app and open a session.
const SESSION_TIMEOUT: Duration = Duration::from_secs(90);
/// How long to wait for anything else.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// What run.sh tells the tests (environment variables).
#[derive(Debug, Clone)]
pub struct Env {
    /// tauri-driver's address.
    pub driver: String,
    /// Absolute path of the app's debug binary.
    pub app: PathBuf,
    /// The repository (for `locales/`).
    pub repo: PathBuf,
    /// Where screenshots go (`artifacts/screenshots`).
    pub shots: PathBuf,
    /// `online`, `hostile`, `offline` or `trace`.
    pub phase: String,
}

fn var(name: &str) -> Result<String> {
    std::env::var(name).map_err(|_| {
        anyhow!("{name} is not set: these tests drive the real app; run them with tests/e2e/run.sh")
    })
}

impl Env {
    pub fn get() -> Result<Env> {
        Ok(Env {
            driver: var("PONTE_E2E_DRIVER")?,
            app: PathBuf::from(var("PONTE_E2E_APP")?),
            repo: PathBuf::from(var("PONTE_E2E_REPO")?),
            shots: PathBuf::from(var("PONTE_E2E_SHOTS")?),
            phase: var("PONTE_E2E_PHASE")?,
        })
    }
}

/// Installed in every document the tests look at: records console errors and warnings,
/// uncaught errors, CSP violations (a blocked load is still an attempt) and dialogs (an
/// injected `alert()` would land here instead of opening one).
const HOOKS: &str = r#"
if (!window.__e2e) {
  const e = window.__e2e = { errors: [], warnings: [], csp: [], dialogs: [], since: location.href };
  for (const k of ['error', 'warn']) {
    const f = console[k].bind(console);
    console[k] = (...a) => { (k === 'error' ? e.errors : e.warnings).push(a.map(String).join(' ')); f(...a); };
  }
  addEventListener('error', (ev) => e.errors.push('uncaught: ' + ev.message));
  addEventListener('unhandledrejection', (ev) => e.errors.push('unhandled rejection: ' + (ev.reason && ev.reason.message || JSON.stringify(ev.reason))));
  document.addEventListener('securitypolicyviolation', (ev) => e.csp.push(ev.violatedDirective + ' blocked ' + ev.blockedURI));
  for (const k of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    window[k] = (...a) => { e.dialogs.push(k + '(' + a.map(String).join(', ') + ')'); return null; };
  }
}
return true;
"#;

/// Every resource and navigation the document loaded, and those from elsewhere.
const LOADS: &str = r#"
const own = arguments[0];
const names = performance.getEntries()
  .filter((e) => e.entryType === 'resource' || e.entryType === 'navigation')
  .map((e) => e.name);
names.push(location.href);
const foreign = names.filter((n) => !n.startsWith('data:') && !own.some((o) => n === o || n.startsWith(o + '/')));
return { names, foreign };
"#;

/// A running app with a WebDriver session, for one scenario.
#[derive(Clone)]
pub struct App {
    pub c: Client,
    pub env: Arc<Env>,
    pub test: String,
    shots: Arc<AtomicU32>,
}

fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    if png.len() < 24 || &png[1..4] != b"PNG" {
        return None;
    }
    let w = u32::from_be_bytes(png[16..20].try_into().ok()?);
    let h = u32::from_be_bytes(png[20..24].try_into().ok()?);
    Some((w, h))
}

/// Runs one scenario: starts the app, runs `body`, then the checks every scenario ends
/// with. On failure: a screenshot, the session closed (so the app quits), and a panic that
/// says what was expected, what was found, and where the screenshot is.
pub async fn scenario<F, Fut>(test: &str, body: F)
where
    F: FnOnce(App) -> Fut,
    Fut: Future<Output = Result<()>> + Send + 'static,
{
    let started = Instant::now();
    let env = match Env::get() {
        Ok(e) => e,
        Err(e) => panic!("{test}: {e}"),
    };
    let app = match App::launch(Arc::new(env), test).await {
        Ok(a) => a,
        Err(e) => panic!("{test}: the app did not start through tauri-driver: {e:#}"),
    };
    let outcome = match tokio::spawn(body(app.clone())).await {
        Ok(Ok(())) => app.final_checks().await,
        Ok(Err(e)) => Err(e),
        Err(join) => Err(match join.try_into_panic() {
            Ok(p) => anyhow!(
                "panicked: {}",
                p.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default()
            ),
            Err(e) => anyhow!("{e}"),
        }),
    };
    match outcome {
        Ok(()) => {
            app.c.clone().close().await.ok();
            eprintln!("{test}: ok in {:.1}s", started.elapsed().as_secs_f64());
        }
        Err(e) => {
            let shot = app.failure_shot().await;
            app.c.clone().close().await.ok();
            panic!("{test} FAILED: {e:#}\n    screenshot: {shot}");
        }
    }
}

impl App {
    /// Opens a session (tauri-driver starts the app) and waits for the first screen.
    pub async fn launch(env: Arc<Env>, test: &str) -> Result<App> {
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert(
            "tauri:options".into(),
            json!({ "application": env.app.display().to_string() }),
        );
        // tauri-driver waits for the app without a deadline: one that dies while starting
        // (a display hiccup) would hang the run. Give it a deadline and a second chance,
        // and say so; an app that cannot start fails both.
        let mut tries = 0;
        let c = loop {
            tries += 1;
            let mut builder =
                ClientBuilder::rustls().context("TLS setup of the WebDriver client")?;
            builder.capabilities(caps.clone());
            let attempt = builder.connect(&env.driver);
            let err = match tokio::time::timeout(SESSION_TIMEOUT, attempt).await {
                Ok(Ok(c)) => break c,
                Ok(Err(e)) => anyhow!(e).context(format!("new session at {}", env.driver)),
                Err(_) => anyhow!("no session at {} after {SESSION_TIMEOUT:?}", env.driver),
            };
            if tries == 2 {
                return Err(err);
            }
            eprintln!("{test}: the app did not start ({err:#}); trying once more");
        };
        let app = App {
            c,
            env,
            test: test.to_string(),
            shots: Arc::new(AtomicU32::new(0)),
        };
        app.booted(BOOT_TIMEOUT).await?;
        Ok(app)
    }

    /// Waits for the start screen (or the boot error), then installs the hooks.
    pub async fn booted(&self, timeout: Duration) -> Result<()> {
        self.wait_js(
            "the first screen (need tiles) or the start-up error",
            "return !!document.querySelector('[data-test=screen-start] [data-test^=need-]') || (document.getElementById('boot-error') && !document.getElementById('boot-error').hidden)",
            timeout,
        )
        .await?;
        let boot: Value = self
            .js("const b = document.getElementById('boot-error'); return b && !b.hidden ? b.textContent : null")
            .await?;
        if let Some(msg) = boot.as_str() {
            bail!("expected the start screen, found the start-up error: {msg}");
        }
        self.hooks().await
    }

    /// Installs the recording hooks in the current document.
    pub async fn hooks(&self) -> Result<()> {
        self.js(HOOKS).await.map(|_| ())
    }

    /// Runs `script` (a function body; `return` a value) in the page.
    pub async fn js(&self, script: &str) -> Result<Value> {
        self.js_with(script, vec![]).await
    }

    pub async fn js_with(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        self.c.execute(script, args).await.with_context(|| {
            format!(
                "running in the page: {}",
                script.trim().chars().take(120).collect::<String>()
            )
        })
    }

    /// Polls `script` until it returns something truthy.
    pub async fn wait_js(&self, what: &str, script: &str, timeout: Duration) -> Result<Value> {
        self.wait_js_with(what, script, vec![], timeout).await
    }

    pub async fn wait_js_with(
        &self,
        what: &str,
        script: &str,
        args: Vec<Value>,
        timeout: Duration,
    ) -> Result<Value> {
        let start = Instant::now();
        let mut last_err = None;
        loop {
            match self.c.execute(script, args.clone()).await {
                Ok(v) if truthy(&v) => return Ok(v),
                Ok(_) => {}
                Err(e) => last_err = Some(e.to_string()),
            }
            if start.elapsed() > timeout {
                bail!(
                    "timed out after {:.0}s waiting for {what}{}",
                    timeout.as_secs_f64(),
                    last_err
                        .map(|e| format!(" (last error: {e})"))
                        .unwrap_or_default()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits for an element matching `css` that is rendered (has a box).
    pub async fn wait_for(&self, what: &str, css: &str) -> Result<()> {
        self.wait_js_with(
            what,
            "const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0",
            vec![json!(css)],
            TIMEOUT,
        )
        .await
        .map(|_| ())
        .with_context(|| format!("expected `{css}` on screen"))
    }

    /// Clicks the first element matching `css` once it is rendered.
    pub async fn click(&self, css: &str) -> Result<()> {
        self.wait_for(css, css).await?;
        // Centred first: WebDriver scrolls an element only to the viewport's edge, where the
        // sticky header or a map still settling can cover it. A few retries ride out a layout
        // that is still moving (a map zooming in after a pick).
        let mut last = None;
        for _ in 0..10 {
            self.js_with(
                "const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({ block: 'center', inline: 'nearest' }); return null",
                vec![json!(css)],
            )
            .await?;
            let el = self
                .c
                .find(Locator::Css(css))
                .await
                .with_context(|| format!("finding `{css}`"))?;
            match el.click().await {
                Ok(()) => return Ok(()),
                Err(e) => last = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        Err(anyhow!("clicking `{css}`: {last:?}"))
    }

    /// Types into the element matching `css` (real key events).
    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        self.wait_for(css, css).await?;
        let el = self.c.find(Locator::Css(css)).await?;
        el.click().await.ok();
        el.send_keys(text)
            .await
            .with_context(|| format!("typing into `{css}`"))
    }

    /// `textContent` of the first element matching `css` (null when there is none).
    pub async fn text(&self, css: &str) -> Result<Option<String>> {
        let v = self
            .js_with(
                "const e = document.querySelector(arguments[0]); return e ? e.textContent : null",
                vec![json!(css)],
            )
            .await?;
        Ok(v.as_str().map(str::to_string))
    }

    /// Sets the window's size and waits until the page's viewport has it.
    pub async fn set_size(&self, (w, h): (u32, u32)) -> Result<()> {
        self.c
            .set_window_rect(0, 0, w, h)
            .await
            .context("set_window_rect")?;
        self.wait_js_with(
            &format!("a {w}x{h} viewport"),
            "return innerWidth === arguments[0] && innerHeight === arguments[1]",
            vec![json!(w), json!(h)],
            Duration::from_secs(10),
        )
        .await
        .map(|_| ())
        .or_else(|e| Err(e).context(format!("expected the window at {w}x{h}")))
    }

    /// Switches the language with the header's select, as a person would, and waits for
    /// `<html lang>` to say so.
    pub async fn set_language(&self, tag: &str) -> Result<()> {
        let cur = self.js("return document.documentElement.lang").await?;
        if cur.as_str() == Some(tag) {
            return Ok(());
        }
        let option = format!("[data-test=language] option[value='{tag}']");
        let present = self
            .js_with(
                "return !!document.querySelector(arguments[0])",
                vec![json!(option)],
            )
            .await?;
        if !truthy(&present) {
            let tags = self
                .js("return [...document.querySelectorAll('[data-test=language] option')].map(o => o.value)")
                .await?;
            bail!("expected `{tag}` in the language switcher, found {tags}");
        }
        let select = self.c.find(Locator::Css("[data-test=language]")).await?;
        select
            .select_by_value(tag)
            .await
            .with_context(|| format!("choosing {tag}"))?;
        self.wait_js_with(
            &format!("<html lang=\"{tag}\"> after switching language"),
            "return document.documentElement.lang === arguments[0] && document.getElementById('language').value === arguments[0]",
            vec![json!(tag)],
            TIMEOUT,
        )
        .await?;
        // The screen is drawn again in the same task as the switch; let it settle.
        tokio::time::sleep(Duration::from_millis(300)).await;
        Ok(())
    }

    /// Saves a screenshot as `<name>.png` under the screenshots folder and returns its path;
    /// checks the image has the window's size.
    pub async fn shot(&self, name: &str) -> Result<PathBuf> {
        // Let layout, fonts and the map settle.
        tokio::time::sleep(Duration::from_millis(400)).await;
        let png = self.c.screenshot().await.context("taking a screenshot")?;
        std::fs::create_dir_all(&self.env.shots)?;
        let path = self.env.shots.join(format!("{name}.png"));
        std::fs::write(&path, &png).with_context(|| path.display().to_string())?;
        let want = self.js("return [innerWidth, innerHeight]").await?;
        let (w, h) = png_size(&png).ok_or_else(|| anyhow!("{}: not a PNG", path.display()))?;
        if want != json!([w, h]) {
            bail!(
                "expected the screenshot {} to be the viewport's size {want}, found {w}x{h}",
                path.display()
            );
        }
        Ok(path)
    }

    /// A screenshot for a failure report (its path, or why there is none).
    pub async fn failure_shot(&self) -> String {
        let n = self.shots.fetch_add(1, Ordering::SeqCst);
        let name = format!("failures/{}-{}-{n}", self.env.phase, self.test);
        let dir = self.env.shots.join("failures");
        let _ = std::fs::create_dir_all(&dir);
        match self.c.screenshot().await {
            Ok(png) => {
                let path = self.env.shots.join(format!("{name}.png"));
                match std::fs::write(&path, png) {
                    Ok(()) => path.display().to_string(),
                    Err(e) => format!("(could not write {}: {e})", path.display()),
                }
            }
            Err(e) => format!("(no screenshot: {e})"),
        }
    }

    /// What the page recorded: errors, Fluent warnings, CSP violations, dialogs, and loads
    /// from anywhere but the app's own origins. Run at the end of every scenario, and by
    /// scenarios before they leave a document.
    pub async fn page_checks(&self) -> Result<()> {
        let rec = self
            .js("return window.__e2e ? { errors: __e2e.errors, warnings: __e2e.warnings, csp: __e2e.csp, dialogs: __e2e.dialogs, since: __e2e.since } : null")
            .await?;
        let loads = self.js_with(LOADS, vec![json!(OWN_ORIGINS)]).await?;
        let mut problems = Vec::new();
        if let Some(f) = loads["foreign"].as_array().filter(|f| !f.is_empty()) {
            problems.push(format!(
                "expected every load from the app's own origins {OWN_ORIGINS:?} or data:, found {f:?}"
            ));
        }
        if !rec.is_null() {
            for (k, what) in [
                ("errors", "console errors or uncaught exceptions"),
                (
                    "csp",
                    "Content-Security-Policy violations (something tried to load or run)",
                ),
                ("dialogs", "dialogs opened by the page"),
            ] {
                if let Some(a) = rec[k].as_array().filter(|a| !a.is_empty()) {
                    problems.push(format!("expected no {what}, found {a:?}"));
                }
            }
            let fluent: Vec<&Value> = rec["warnings"]
                .as_array()
                .map(|w| {
                    w.iter()
                        .filter(|x| x.as_str().is_some_and(|s| s.contains("Fluent")))
                        .collect()
                })
                .unwrap_or_default();
            if !fluent.is_empty() {
                problems.push(format!(
                    "expected no Fluent warnings (missing or broken messages), found {fluent:?}"
                ));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            bail!("{}", problems.join("\n    "))
        }
    }

    async fn final_checks(&self) -> Result<()> {
        // No dialog may be open (an alert would block every command with an error).
        if let Ok(text) = self.c.get_alert_text().await {
            bail!("expected no dialog, found one open: {text:?}");
        }
        self.page_checks().await
    }

    // --- the flow shared by scenarios ------------------------------------------------------

    /// Start screen → need tile → the where screen, ready for a place.
    pub async fn choose_need(&self, need: &str) -> Result<()> {
        self.click(&format!(
            "[data-test=screen-start] [data-test='need-{need}']"
        ))
        .await?;
        self.wait_for(
            "the where screen",
            "[data-test=screen-where] [data-test=place-input]",
        )
        .await
    }

    /// Start screen → need tile → where → types `query` → picks the first suggestion (in
    /// `country` when given) → results shown. Returns the results' ids in order.
    pub async fn search(
        &self,
        need: &str,
        query: &str,
        country: Option<&str>,
    ) -> Result<Vec<String>> {
        self.choose_need(need).await?;
        self.type_into("[data-test=place-input]", query).await?;
        let pick = match country {
            Some(cc) => format!("[data-test=place-suggestion][data-country='{cc}']"),
            None => "[data-test=place-suggestion]".to_string(),
        };
        self.wait_for(&format!("a place suggestion for {query:?}"), &pick)
            .await?;
        self.click(&pick).await?;
        self.results_ready().await
    }

    /// Waits until the results screen has finished searching; returns the ids in order.
    pub async fn results_ready(&self) -> Result<Vec<String>> {
        let ids = self
            .wait_js(
                "the results list",
                "const body = document.querySelector('.results-body');
                 const items = [...document.querySelectorAll('[data-test=results] [data-test=result]')];
                 return document.querySelector('[data-test=screen-results]') && body && !body.hasAttribute('aria-busy') && items.length
                   ? items.map((e) => e.dataset.id) : null",
                TIMEOUT,
            )
            .await?;
        Ok(ids
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Opens the service `id` from the results and waits for its page.
    pub async fn open_service(&self, id: &str) -> Result<()> {
        self.click(&format!(
            "[data-test=result][data-id='{id}'] [data-test=result-open]"
        ))
        .await?;
        self.wait_for(
            &format!("the page of {id}"),
            &format!("[data-test=service][data-id='{id}'] [data-test=service-name]"),
        )
        .await
    }

    /// Opens "More filters" on the results screen (the words field is inside).
    pub async fn open_more_filters(&self) -> Result<()> {
        let open = self.js("const d = document.querySelector('[data-test=filters] details.more-filters'); return !d || d.open").await?;
        if !truthy(&open) {
            self.click("[data-test=filters] details.more-filters > summary")
                .await?;
        }
        self.wait_for("the words filter", "[data-test=filter-words]")
            .await
    }

    /// The About screen.
    pub async fn open_about(&self) -> Result<()> {
        self.click("[data-test=about]").await?;
        self.wait_for("the About screen", "[data-test=screen-about]")
            .await
    }

    /// Width the document needs (more than the viewport means something overflows).
    pub async fn overflow(&self) -> Result<Option<String>> {
        let v = self
            .js(
                "const w = innerWidth; const sw = document.documentElement.scrollWidth;
                 if (sw <= w) return null;
                 const wide = [...document.querySelectorAll('body *')].filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > w + 1 || r.left < -1); })
                   .slice(0, 5).map((e) => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') + (e.dataset.test ? `[data-test=${e.dataset.test}]` : ''));
                 return `scrollWidth ${sw} > ${w}; widest: ${wide.join(', ')}`",
            )
            .await?;
        Ok(v.as_str().map(String::from))
    }
}

/// JavaScript's idea of truth, for polled conditions.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// `locales/` of the repository.
pub fn locales(env: &Env) -> PathBuf {
    env.repo.join("locales")
}

/// A path relative to the repository, for messages.
pub fn rel(env: &Env, p: &Path) -> String {
    p.strip_prefix(&env.repo).unwrap_or(p).display().to_string()
}
