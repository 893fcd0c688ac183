//! `ponte import`, `ponte export`, `ponte validate`: NGO data in and out. Thin over
//! `ponte::dataio`; every message through Fluent (`locales/*/data.ftl`).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use fluent_bundle::FluentValue;
use ponte::dataio::{self, Outcome};
use ponte::hsds::{ImportOptions, Progress};
use ponte::i18n::L10n;
use ponte::report::Finding;

use crate::{out, CmdResult, Ctx, Failure};

/// What the data doesn't say, as the person running the command states it.
#[derive(Debug, Args, Clone)]
pub struct HsdsOptions {
    /// Language the HSDS texts are written in (default: en, with a warning).
    #[arg(long, value_name = "LANG")]
    text_lang: Option<String>,
    /// Country (ISO code, e.g. PT) of HSDS records whose address gives none.
    #[arg(long, value_name = "CC")]
    country: Option<String>,
    /// Where the HSDS data comes from (a web address), recorded as each record's source.
    #[arg(long, value_name = "URL")]
    source_url: Option<String>,
    /// Date (YYYY-MM-DD) you confirm the records on, for HSDS records that give no date.
    /// Never replaces a date the data gives.
    #[arg(long, value_name = "DATE")]
    verified_at: Option<String>,
    /// Prefix for Ponte ids made from HSDS ids.
    #[arg(long, value_name = "PREFIX")]
    id_prefix: Option<String>,
}

impl HsdsOptions {
    fn to_options(&self, l: &L10n) -> Result<ImportOptions, Failure> {
        if let Some(t) = &self.text_lang {
            if !ponte::lang::is_known(t) {
                return Err(Failure::Input(out::clean(
                    l,
                    &l.ta("data-bad-text-lang", &[("value", t.as_str().into())]),
                )));
            }
        }
        if let Some(d) = &self.verified_at {
            if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
                return Err(Failure::Input(out::clean(
                    l,
                    &l.ta("data-bad-verified-at", &[("value", d.as_str().into())]),
                )));
            }
        }
        Ok(ImportOptions {
            lang: self.text_lang.clone(),
            country: self.country.as_ref().map(|c| c.to_ascii_uppercase()),
            source: self.source_url.clone(),
            verified_at: self.verified_at.clone(),
            id_prefix: self.id_prefix.clone(),
        })
    }
}

/// `ponte validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// A template CSV file or folder, an HSDS JSON file, or an HSDS CSV package folder.
    source: PathBuf,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    /// Warn about records confirmed longer ago than this many months.
    #[arg(long, value_name = "MONTHS", default_value_t = ponte::validate::DEFAULT_STALE_AFTER_MONTHS)]
    stale_after: u32,
    #[command(flatten)]
    hsds: HsdsOptions,
}

/// Input format of `ponte import`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ImportFormat {
    /// Ponte's spreadsheet template (data/README.md).
    Csv,
    /// Open Referral HSDS: 3.0 JSON, a 3.0 CSV package, or a 1.x/2.x CSV package.
    Hsds,
}

/// `ponte import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What the source is.
    format: ImportFormat,
    /// The file or folder to import.
    source: PathBuf,
    /// Where to write: a .csv file (the template, to curate) or a directory database (any
    /// other name, e.g. my-directory.sqlite).
    #[arg(short, long)]
    output: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    hsds: HsdsOptions,
}

/// Output format of `ponte export`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// HSDS 3.0: services.json, organizations.json and tabular/ (CSV package), in a folder.
    Hsds,
    /// GeoJSON FeatureCollection of the places.
    Geojson,
    /// Ponte's spreadsheet template.
    Csv,
}

/// `ponte export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write.
    format: ExportFormat,
    /// Where: a folder for hsds, a file for geojson and csv.
    #[arg(short, long)]
    output: PathBuf,
    /// Export these sources (template CSV or HSDS) instead of the directory in use.
    #[arg(long, value_name = "SOURCE")]
    from: Option<PathBuf>,
    #[command(flatten)]
    hsds: HsdsOptions,
}

/// Progress on stderr for long runs, only on a terminal.
fn progress(l: &L10n) -> impl FnMut(Progress) + '_ {
    let tty = std::io::stderr().is_terminal();
    move |p| {
        if !tty {
            return;
        }
        let (done, total) = match p {
            Progress::Mapping { done, total }
            | Progress::Placing { done, total }
            | Progress::Writing { done, total } => (done, total),
            Progress::Reading { .. } => return,
        };
        if total < 1000 {
            return;
        }
        let msg = l.ta(
            "data-progress",
            &[
                ("done", FluentValue::from(done)),
                ("total", FluentValue::from(total)),
            ],
        );
        let mut e = std::io::stderr().lock();
        let _ = write!(e, "\r{}", out::clean(l, &msg));
        if done == total {
            let _ = writeln!(e);
        }
    }
}

fn render(l: &L10n, f: &Finding) -> String {
    out::diagnostic(l, &f.diagnostic)
}

/// The human report: findings grouped by file then row (already sorted), then the counts.
fn print_report(l: &L10n, o: &Outcome) {
    let mut last_file: Option<&Path> = None;
    for f in &o.findings {
        if last_file != Some(f.diagnostic.file.as_path()) {
            if last_file.is_some() {
                println!();
            }
            println!("{}", f.diagnostic.file.display());
            last_file = Some(f.diagnostic.file.as_path());
        }
        println!("  {}", render(l, f));
    }
    if !o.findings.is_empty() {
        println!();
    }
    let p = &o.placement;
    println!(
        "{}",
        out::clean(
            l,
            &l.ta(
                "data-placement",
                &[
                    ("source", FluentValue::from(p.from_source)),
                    ("city", FluentValue::from(p.by_city)),
                    ("postal", FluentValue::from(p.by_postal_code)),
                    ("unplaced", FluentValue::from(p.unplaced.len())),
                ],
            )
        )
    );
    if p.postal_code_not_used > 0 {
        println!(
            "{}",
            out::clean(
                l,
                &l.ta(
                    "data-postal-not-used",
                    &[("count", FluentValue::from(p.postal_code_not_used))]
                )
            )
        );
    }
    for (id, why) in &p.unplaced {
        println!(
            "  {}",
            out::clean(
                l,
                &l.ta(
                    "data-unplaced-item",
                    &[("id", id.as_str().into()), ("reason", why.as_str().into())]
                )
            )
        );
    }
    let (errors, warnings) = o.counts();
    println!(
        "{}",
        out::clean(
            l,
            &l.ta(
                "data-summary",
                &[
                    ("services", FluentValue::from(o.services)),
                    ("errors", FluentValue::from(errors)),
                    ("warnings", FluentValue::from(warnings)),
                ],
            )
        )
    );
}

fn json_report(l: &L10n, o: &Outcome) -> serde_json::Value {
    let (errors, warnings) = o.counts();
    let findings: Vec<serde_json::Value> = o
        .findings
        .iter()
        .map(|f| {
            let mut v = serde_json::to_value(f).unwrap_or_default();
            v["message"] = serde_json::Value::String(out::clean(l, &f.message(l)));
            v
        })
        .collect();
    serde_json::json!({
        "source_kind": o.kind,
        "services": o.services,
        "errors": errors,
        "warnings": warnings,
        "placement": o.placement,
        "findings": findings,
        "written": o.written,
    })
}

/// `ponte validate`: exit 2 on errors, 0 with warnings only.
pub fn validate(ctx: &Ctx, a: ValidateArgs) -> CmdResult {
    let l = &ctx.l10n;
    let opts = a.hsds.to_options(l)?;
    let data = ctx.open_data()?;
    let gaz = data.gazetteer()?;
    let checks = ponte::validate::Options {
        stale_after_months: a.stale_after,
        ..Default::default()
    };
    let o = dataio::validate(&a.source, &gaz, &opts, &checks, &mut progress(l))?;
    if a.json {
        out::print_json(&json_report(l, &o))?;
    } else {
        print_report(l, &o);
    }
    if o.has_errors() {
        return Err(Failure::Input(out::clean(l, &l.t("data-fix-errors"))));
    }
    Ok(())
}

/// `ponte import csv|hsds <source> -o <out>`.
pub fn import(ctx: &Ctx, a: ImportArgs) -> CmdResult {
    let l = &ctx.l10n;
    let mut opts = a.hsds.to_options(l)?;
    if matches!(a.format, ImportFormat::Csv) && dataio::is_hsds(&a.source) {
        return Err(Failure::Input(out::clean(
            l,
            &l.ta(
                "data-looks-like-hsds",
                &[("path", a.source.display().to_string().into())],
            ),
        )));
    }
    if matches!(a.format, ImportFormat::Hsds) && !dataio::is_hsds(&a.source) {
        return Err(Failure::Input(out::clean(
            l,
            &l.ta(
                "data-not-hsds",
                &[("path", a.source.display().to_string().into())],
            ),
        )));
    }
    if matches!(a.format, ImportFormat::Csv) {
        opts = ImportOptions::default();
    }
    let data = ctx.open_data()?;
    let gaz = data.gazetteer()?;
    let info = ponte::store::DirectoryInfo {
        bundle_id: "local".into(),
        publisher: String::new(),
        title: String::new(),
        created: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        synthetic: false,
        description: format!("Imported from {}", a.source.display()),
        services: 0,
    };
    let o = dataio::import(&a.source, &gaz, &opts, &a.output, &info, &mut progress(l))?;
    if a.json {
        out::print_json(&json_report(l, &o))?;
    } else {
        print_report(l, &o);
        for w in &o.written {
            println!(
                "{}",
                out::clean(
                    l,
                    &l.ta("data-written", &[("path", w.display().to_string().into())])
                )
            );
        }
    }
    if o.has_errors() {
        return Err(Failure::Input(out::clean(l, &l.t("data-fix-errors"))));
    }
    Ok(())
}

/// `ponte export hsds|geojson|csv -o <out>`.
pub fn export(ctx: &Ctx, a: ExportArgs) -> CmdResult {
    let l = &ctx.l10n;
    let opts = a.hsds.to_options(l)?;
    let data = ctx.open_data()?;
    let services = match &a.from {
        Some(src) => {
            let gaz = data.gazetteer()?;
            let (services, findings) = dataio::placed_services(src, &gaz, &opts, &mut progress(l))?;
            for f in findings {
                eprintln!("{}", render(l, &f));
            }
            services
        }
        None => dataio::directory_services(data.directory()?.path())?,
    };
    match a.format {
        ExportFormat::Hsds => {
            dataio::write_hsds(&services, &a.output, &mut progress(l))?;
        }
        ExportFormat::Geojson => {
            dataio::write_geojson(&services, &a.output)?;
            let left_out = services.iter().filter(|s| s.location.is_none()).count();
            if left_out > 0 {
                eprintln!(
                    "{}",
                    out::clean(
                        l,
                        &l.ta(
                            "data-geojson-left-out",
                            &[("count", FluentValue::from(left_out))]
                        )
                    )
                );
            }
        }
        ExportFormat::Csv => dataio::write_csv(&services, &a.output)?,
    }
    println!(
        "{}",
        out::clean(
            l,
            &l.ta(
                "data-exported",
                &[
                    ("count", FluentValue::from(services.len())),
                    ("path", a.output.display().to_string().into())
                ]
            )
        )
    );
    Ok(())
}
