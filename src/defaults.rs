//! What ships inside the binary so Ponte works offline from the first launch: the default
//! directory's sources (`data/services/*.csv`) and the gazetteer extract
//! (`data/gazetteer/`). The data folder compiles them into SQLite on first use.

include!(concat!(env!("OUT_DIR"), "/defaults_generated.rs"));

/// Bundle id of the built-in directory.
pub const DEFAULT_BUNDLE_ID: &str = "ponte-default";
