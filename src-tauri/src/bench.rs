//! An opt-in start-up probe for `scripts/bench-app.sh`: with `PONTE_BENCH_FIRST_RESULTS`
//! set to `<need>,<place>`, the web view searches for that need near that place as soon as
//! it has started and, once the results are on screen, calls [`bench_done`], which prints
//! one line to standard output. The script times the wall clock from spawning the app to
//! that line and measures the memory of the app's processes while it waits; the app then
//! exits when its standard input closes (the script closes it once it has measured).
//!
//! Without the variable both commands do nothing: [`bench_request`] answers `None` and
//! [`bench_done`] refuses. Nothing here shows anything to the person or uses the network.

use std::io::{BufRead, Write};
use std::sync::OnceLock;
use std::time::Instant;

use serde::Serialize;

use crate::commands::{input, CommandError};

/// The variable that turns the probe on: `<need>,<place>` (e.g. `health,Lisboa`).
pub const ENV_VAR: &str = "PONTE_BENCH_FIRST_RESULTS";

/// The line [`bench_done`] prints starts with this.
pub const LINE_PREFIX: &str = "PONTE_BENCH first-results";

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Notes when `run` began (the printed line also gives the time since then).
pub fn mark_start() {
    STARTED.get_or_init(Instant::now);
}

/// What to search for at start-up.
#[derive(Debug, Serialize, PartialEq)]
pub struct BenchRequest {
    need: String,
    place: String,
}

fn parse(value: &str) -> Option<BenchRequest> {
    let (need, place) = value.split_once(',')?;
    let (need, place) = (need.trim(), place.trim());
    if need.is_empty() || place.is_empty() {
        return None;
    }
    Some(BenchRequest {
        need: need.to_owned(),
        place: place.to_owned(),
    })
}

fn request() -> Option<BenchRequest> {
    parse(&std::env::var(ENV_VAR).ok()?)
}

/// The search to run at start-up, or `None` (always, unless the variable is set).
#[tauri::command]
pub fn bench_request() -> Option<BenchRequest> {
    request()
}

/// The first results are on screen: prints the line, then waits for standard input to
/// close and exits. Refused unless the variable is set.
#[tauri::command]
pub fn bench_done<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    hits: usize,
) -> Result<(), CommandError> {
    if request().is_none() {
        return Err(input("no benchmark is running"));
    }
    let since_start = STARTED.get().map_or(0, |t| t.elapsed().as_millis());
    let mut out = std::io::stdout().lock();
    // Best effort: a closed stdout only means nobody is timing.
    let _ = writeln!(out, "{LINE_PREFIX} hits={hits} since_run_ms={since_start}");
    let _ = out.flush();
    drop(out);
    std::thread::spawn(move || {
        let mut sink = String::new();
        while matches!(std::io::stdin().lock().read_line(&mut sink), Ok(n) if n > 0) {
            sink.clear();
        }
        app.exit(0);
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variable_names_a_need_and_a_place() {
        assert_eq!(
            parse("health, Lisboa"),
            Some(BenchRequest {
                need: "health".into(),
                place: "Lisboa".into()
            })
        );
        assert_eq!(
            parse("food,Porto, Portugal").map(|r| r.place),
            Some("Porto, Portugal".into())
        );
        for bad in ["", "health", ",Lisboa", "health,", " , "] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }
}
