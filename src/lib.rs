//! Ponte's core: an offline directory of services for migrants, and everything that works
//! on it without a window or a network.
//!
//! Ponte helps a person find nearby services — one-stop shops, health, legal aid, work,
//! housing, protection — filtered by need, language, opening hours and whether a service
//! is safe to use without papers, and tells them their rights in their own language.
//! Nothing about the person leaves the device (the "firewall" of the Global Compact for
//! Migration, objective 15).
//!
//! Map of the crate (see ARCHITECTURE.md for the data flow and invariants):
//! - [`model`], [`taxonomy`]: what a service is; the needs vocabulary.
//! - [`source`], [`compile`]: NGO spreadsheets in, checked and placed; a directory out.
//! - [`hsds`], [`dataio`], [`validate`], [`report`]: Open Referral HSDS in and out, the
//!   NGO's import/export/validate entry points, and findings an NGO can act on.
//! - [`store`]: the directory database (SQLite, R*Tree, FTS5), read-only once written.
//! - [`gazetteer`]: offline place names in any script (GeoNames).
//! - [`search`], [`hours`], [`spatial`], [`text`]: finding, ranking and "open now".
//! - [`i18n`], [`lang`]: Fluent strings and language codes.
//! - [`rights`]: rights cards with their citations, rendered in the reader's language.
//! - [`datadir`], [`userdb`], [`defaults`], [`atomic`], [`db`]: files on the device.
//! - [`synth`]: synthetic directories for tests and benchmarks (never real data).
//! - [`bundle`]: signed directory bundles (build, verify, install, publish); [`update`]:
//!   fetching them from a channel — the only module that touches the network.
//!
//! This crate knows nothing of Tauri, windows or IPC: everything the app does, the CLI
//! and the tests can do without a window.

#![warn(missing_docs)]

pub mod atomic;
pub mod bundle;
pub mod compile;
pub mod datadir;
pub mod dataio;
pub mod db;
pub mod defaults;
pub mod error;
pub mod gazetteer;
pub mod hours;
pub mod hsds;
pub mod i18n;
pub mod lang;
pub mod model;
pub mod present;
pub mod report;
pub mod rights;
pub mod search;
pub mod source;
pub mod spatial;
pub mod store;
pub mod synth;
pub mod taxonomy;
pub mod text;
pub mod update;
pub mod userdb;
pub mod validate;

pub use error::{Error, Result};
