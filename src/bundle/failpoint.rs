//! Deterministic crash points for the kill test, in the spirit of SQLite's crash tests:
//! `PONTE_FAILPOINT=install:<n>` makes the process abort at the n-th I/O step of an
//! install (each chunk written, each flush, the rename, the switch, the clean-up), and
//! `PONTE_FAILPOINT=install:trace` prints every step to stderr.
//!
//! Compiled only into debug builds (which is what `cargo test` runs); a release build
//! ignores the variable entirely.

/// The environment variable.
#[cfg(debug_assertions)]
const ENV: &str = "PONTE_FAILPOINT";

#[cfg(debug_assertions)]
struct Config {
    area: String,
    at: Option<u64>,
    trace: bool,
}

#[cfg(debug_assertions)]
fn config() -> Option<&'static Config> {
    use std::sync::OnceLock;
    static CONFIG: OnceLock<Option<Config>> = OnceLock::new();
    CONFIG
        .get_or_init(|| {
            let v = std::env::var(ENV).ok()?;
            let (area, what) = v.split_once(':')?;
            Some(Config {
                area: area.to_string(),
                at: what.parse().ok(),
                trace: what == "trace",
            })
        })
        .as_ref()
}

/// Marks one I/O step of `area`; aborts the process if it is the chosen one.
#[cfg(debug_assertions)]
pub(crate) fn step(area: &str, what: &str) {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNT: AtomicU64 = AtomicU64::new(0);
    let Some(c) = config() else { return };
    if c.area != area {
        return;
    }
    let n = COUNT.fetch_add(1, Ordering::SeqCst) + 1;
    if c.trace {
        eprintln!("failpoint {area}:{n} {what}");
    }
    if c.at == Some(n) {
        eprintln!("failpoint {area}:{n} {what}: aborting");
        std::process::abort();
    }
}

/// Release builds have no crash points.
#[cfg(not(debug_assertions))]
#[inline(always)]
pub(crate) fn step(_area: &str, _what: &str) {}
