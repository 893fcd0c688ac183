//! Integration tests: real SQLite files built from real sources, the real gazetteer, and
//! the real `ponte` binary. One test binary; each area in its own module.

mod common;

mod bench;
mod bundles;
mod cli;
mod data;
mod gazetteer;
mod hours;
mod house_rules;
mod hsds;
mod locales;
mod search;
