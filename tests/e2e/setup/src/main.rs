//! Prepares a data folder for the end-to-end tests through Ponte's own API, the way a
//! device gets a directory: sources compiled by the core (what `ponte directory build`
//! does), written into the data folder, then made the one in use through the user
//! database (`UserDb::switch_directory`, as a bundle install does).
//!
//! ```text
//! ponte-e2e-setup hostile DATA_DIR   install the hostile directory (../hostile.rs)
//! ```

#[path = "../../hostile.rs"]
#[allow(dead_code)]
mod hostile;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use ponte::datadir::DataDir;
use ponte::store::DirectoryInfo;

const BUNDLE_ID: &str = "e2e-hostile";
const FILE: &str = "directory-e2e-hostile-1.sqlite";

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [what, dir] if what == "hostile" => hostile_directory(Path::new(dir)),
        _ => bail!("usage: ponte-e2e-setup hostile DATA_DIR"),
    }
}

/// The template CSV of the hostile records.
fn write_sources(path: &Path) -> Result<()> {
    let mut w = csv::Writer::from_path(path).with_context(|| path.display().to_string())?;
    w.write_record([
        "id",
        "kind",
        "name",
        "lang",
        "description",
        "organization",
        "needs",
        "languages",
        "free_of_charge",
        "what_to_bring",
        "address",
        "locality",
        "postal_code",
        "country",
        "lat",
        "lon",
        "phone",
        "email",
        "website",
        "opening_hours",
        "source",
        "source_note",
        "verified_at",
    ])?;
    for r in hostile::RECORDS {
        w.write_record([
            r.id,
            "place",
            r.name,
            "en",
            r.description,
            r.organization,
            hostile::NEED,
            "en;pt",
            "yes",
            r.what_to_bring,
            r.address,
            "Lisboa",
            r.postal_code,
            "PT",
            r.lat,
            r.lon,
            r.phone,
            r.email,
            r.website,
            r.opening_hours,
            r.source,
            r.source_note,
            "2026-01-15",
        ])?;
    }
    w.flush()?;
    Ok(())
}

fn hostile_directory(root: &Path) -> Result<()> {
    let mut data = DataDir::open(root).with_context(|| format!("opening {}", root.display()))?;
    let sources: PathBuf = root.join("hostile-sources.csv");
    write_sources(&sources)?;
    let info = DirectoryInfo {
        bundle_id: BUNDLE_ID.into(),
        publisher: hostile::PUBLISHER.into(),
        title: hostile::TITLE.into(),
        created: "2026-01-15T00:00:00Z".into(),
        synthetic: true,
        description: hostile::DESCRIPTION.into(),
        services: 0,
    };
    let gaz = data.gazetteer()?;
    let report = ponte::compile::compile(&sources, &gaz, &info, &root.join(FILE))
        .context("building the hostile directory")?;
    for d in &report.diagnostics {
        eprintln!("  {d}");
    }
    data.user_mut()
        .switch_directory(FILE, BUNDLE_ID, 1, None)
        .context("making the hostile directory the one in use")?;
    let active = data.active()?;
    if active.built_in || active.bundle_id != BUNDLE_ID {
        bail!("the hostile directory is not the one in use: {active:?}");
    }
    let dir = data.directory()?;
    let n = dir.len()?;
    if n != hostile::RECORDS.len() {
        bail!(
            "the hostile directory holds {n} services, expected {}",
            hostile::RECORDS.len()
        );
    }
    println!(
        "hostile directory installed in {} ({n} services, bundle {BUNDLE_ID})",
        root.display()
    );
    Ok(())
}
