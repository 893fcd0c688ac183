//! `ponte`: the command line over Ponte's core, for caseworkers and NGOs.
//!
//! Thin on purpose: parse arguments, call the core, print. Exit codes: 0 done (also when
//! nothing was found — it says so), 2 bad input (the message says what to fix), 1 an
//! internal error.

mod bench_cmd;
mod bundle_cmd;
mod data_cmd;
mod out;
mod peers;
mod search_cmd;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use ponte::datadir::{self, DataDir};
use ponte::i18n::L10n;

/// Find services for migrants near a place, offline, and manage Ponte's directory.
///
/// Nothing you search for leaves this computer: the directory, the place names and the
/// rights information are all on the device.
#[derive(Debug, Parser)]
#[command(
    name = "ponte",
    version,
    propagate_version = true,
    max_term_width = 100
)]
struct Cli {
    /// Folder for installed directories and user data (default: the platform's user data
    /// folder, e.g. ~/.local/share/ponte).
    #[arg(long, global = true, env = datadir::ENV_VAR, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// Language to print in (BCP 47, e.g. ar, pt, fr). Default: the system language.
    /// For `search`, also keeps only services where this language is spoken (see
    /// `--speaks` and `--any-language`).
    #[arg(long, global = true, env = "PONTE_LANG", value_name = "LANG")]
    lang: Option<String>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Nearest services that fit a person's needs, in distance order.
    Search(search_cmd::SearchArgs),
    /// Find a place by name, in any script ("Lisboa", "Лиссабон", "لشبونة").
    ///
    /// Place names: GeoNames (geonames.org), CC BY 4.0.
    Places {
        /// The name, or its beginning; add ", CC" to keep one country ("Cartagena, CO").
        query: String,
        /// How many places to list.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Everything known about one service.
    Show {
        /// The service's reference (shown by `search`).
        id: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Rights information for a need, with the instrument and article that say so.
    ///
    /// General information, not legal advice.
    Rights {
        /// The need, e.g. health, education, work.wage-claims (default: every card).
        #[arg(long)]
        need: Option<String>,
        /// Country code for country notes and treaty status, e.g. PT, TH.
        #[arg(long, value_name = "CC")]
        country: Option<String>,
        /// Or the place the person is in (its country is used).
        #[arg(long, value_name = "PLACE|LAT,LON", allow_hyphen_values = true)]
        near: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Build and inspect directory databases.
    #[command(subcommand)]
    Directory(DirectoryCmd),
    /// Check directory sources (the CSV template or HSDS) and report what to fix, by file,
    /// row and field. Exits with 2 when there are errors (they stop a directory build).
    Validate(data_cmd::ValidateArgs),
    /// Import NGO data (the CSV template or Open Referral HSDS) into a template CSV or a
    /// directory database.
    Import(data_cmd::ImportArgs),
    /// Export a directory (or sources) as HSDS 3.0, GeoJSON or the CSV template.
    Export(data_cmd::ExportArgs),
    /// Make a signing key pair (minisign format): PATH.key and PATH.pub.
    Keygen(bundle_cmd::KeygenArgs),
    /// Publisher key lists and minisign signatures.
    #[command(subcommand)]
    Keys(bundle_cmd::KeysCmd),
    /// Which publishers' root keys this device trusts.
    #[command(subcommand)]
    Trust(bundle_cmd::TrustCmd),
    /// Signed directory bundles: build, verify, install.
    #[command(subcommand)]
    Bundle(bundle_cmd::BundleCmd),
    /// Update channels: static folders of bundles for any web server.
    #[command(subcommand)]
    Channel(bundle_cmd::ChannelCmd),
    /// Check a channel for a newer directory and install it. Only this command uses the
    /// network: plain downloads that say nothing about you.
    Update(bundle_cmd::UpdateArgs),
    /// Write a synthetic directory's sources (template CSV) for tests and benchmarks.
    /// Every record says it is synthetic; never publish it as a directory.
    Synth(bench_cmd::SynthArgs),
    /// Measure search, text, place names, bundles and the whole command at 1,000 to
    /// 1,000,000 synthetic services, against a full scan (and PostGIS and SpatiaLite with
    /// --peers), and check the search finds what the full scan finds.
    Bench(bench_cmd::BenchArgs),
}

#[derive(Debug, Subcommand)]
enum DirectoryCmd {
    /// Build a directory database from sources (a CSV file or a folder of them).
    Build {
        /// A CSV file in the template format, or a folder of them.
        source: PathBuf,
        /// Where to write the database.
        #[arg(short, long)]
        output: PathBuf,
        /// Id of this directory's line of updates.
        #[arg(long, default_value = "local")]
        bundle_id: String,
        /// Who publishes it.
        #[arg(long, default_value = "")]
        publisher: String,
        /// A title.
        #[arg(long, default_value = "")]
        title: String,
    },
    /// What the directory in use is, where it came from and how many services it holds.
    Info {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// Why the command failed.
pub enum Failure {
    /// Something in the command needs fixing (exit 2).
    Input(String),
    /// Ponte failed (exit 1).
    Internal(anyhow::Error),
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Internal(e)
    }
}

impl From<ponte::Error> for Failure {
    fn from(e: ponte::Error) -> Self {
        match e {
            ponte::Error::Input(m) => Failure::Input(m),
            e @ ponte::Error::Source(_) => Failure::Input(e.to_string()),
            e => Failure::Internal(e.into()),
        }
    }
}

/// Result of a command.
pub type CmdResult = Result<(), Failure>;

/// What every command gets: the language and the data folder.
pub struct Ctx {
    /// Strings in the person's language.
    pub l10n: L10n,
    data_dir: Option<PathBuf>,
}

impl Ctx {
    /// Opens the data folder (installing the built-in data on first use).
    pub fn open_data(&self) -> Result<DataDir, Failure> {
        let root = match &self.data_dir {
            Some(d) => d.clone(),
            None => datadir::default_root().ok_or_else(|| {
                Failure::Input(
                    "No user data folder on this system: pass --data-dir or set PONTE_DATA_DIR."
                        .into(),
                )
            })?,
        };
        Ok(DataDir::open(&root)?)
    }
}

fn main() -> ExitCode {
    reset_sigpipe();
    let cli = Cli::parse();
    let requested: Vec<String> = match &cli.lang {
        Some(l) => vec![l.clone()],
        None => ponte::i18n::system_languages(),
    };
    let l10n = L10n::new(&requested);
    if let (Some(asked), Some(_)) = (&cli.lang, l10n.fell_back_from()) {
        let shown = l10n.info().name;
        eprintln!(
            "{}",
            out::clean(
                &l10n,
                &l10n.ta(
                    "lang-fallback",
                    &[("requested", asked.clone().into()), ("used", shown.into())]
                )
            )
        );
    }
    let ctx = Ctx {
        l10n,
        data_dir: cli.data_dir.clone(),
    };
    let result = match cli.command {
        Command::Search(args) => search_cmd::run(&ctx, args, cli.lang.as_deref()),
        Command::Places { query, limit, json } => places(&ctx, &query, limit, json),
        Command::Show { id, json } => search_cmd::show(&ctx, &id, json),
        Command::Directory(DirectoryCmd::Build {
            source,
            output,
            bundle_id,
            publisher,
            title,
        }) => directory_build(&ctx, &source, &output, bundle_id, publisher, title),
        Command::Directory(DirectoryCmd::Info { json }) => directory_info(&ctx, json),
        Command::Validate(args) => data_cmd::validate(&ctx, args),
        Command::Import(args) => data_cmd::import(&ctx, args),
        Command::Export(args) => data_cmd::export(&ctx, args),
        Command::Rights {
            need,
            country,
            near,
            json,
        } => rights(
            &ctx,
            need.as_deref(),
            country.as_deref(),
            near.as_deref(),
            json,
        ),
        Command::Keygen(args) => bundle_cmd::keygen(&ctx, args),
        Command::Keys(cmd) => bundle_cmd::keys_cmd(&ctx, cmd),
        Command::Trust(cmd) => bundle_cmd::trust_cmd(&ctx, cmd),
        Command::Bundle(cmd) => bundle_cmd::bundle_cmd(&ctx, cmd),
        Command::Channel(cmd) => bundle_cmd::channel_cmd(&ctx, cmd),
        Command::Update(args) => bundle_cmd::update_cmd(&ctx, args),
        Command::Synth(args) => bench_cmd::synth(&ctx, args),
        Command::Bench(args) => bench_cmd::bench(&ctx, args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(msg)) => {
            eprintln!("{msg}");
            ExitCode::from(2)
        }
        Err(Failure::Internal(e)) => {
            eprintln!("ponte: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Dies quietly when the reader of our output goes away (`ponte search ... | head`), as
/// command-line tools do, instead of panicking on a failed print.
fn reset_sigpipe() {
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn places(ctx: &Ctx, query: &str, limit: usize, json: bool) -> CmdResult {
    let l = &ctx.l10n;
    let data = ctx.open_data()?;
    let gaz = data.gazetteer()?;
    let found = gaz.search(query, limit.clamp(1, 1000))?;
    if json {
        out::print_json(&found)?;
        return Ok(());
    }
    if found.is_empty() {
        println!(
            "{}",
            out::clean(l, &l.ta("cli-places-none", &[("query", query.into())]))
        );
        return Ok(());
    }
    let mut table = out::Table::new(vec![
        l.t("cli-col-place"),
        l.t("cli-col-country"),
        l.t("cli-col-population"),
        l.t("cli-col-coordinates"),
        l.t("cli-col-matched"),
    ]);
    for m in &found {
        table.row(vec![
            m.place.name.clone(),
            format!("{} ({})", m.place.country_name, m.place.country),
            l.number(m.place.population as f64, 0),
            format!("{:.5},{:.5}", m.place.lat, m.place.lon),
            m.matched_name.clone(),
        ]);
    }
    table.print(l);
    println!("\n{}", out::clean(l, &l.t("cli-places-credit")));
    Ok(())
}

fn directory_build(
    ctx: &Ctx,
    source: &Path,
    output: &Path,
    bundle_id: String,
    publisher: String,
    title: String,
) -> CmdResult {
    let data = ctx.open_data()?;
    let gaz = data.gazetteer()?;
    let loaded = ponte::source::read_path(source)?;
    // Synthetic sources (`ponte synth`) make a directory that says so in its metadata.
    let synthetic = ponte::synth::is_synthetic(&loaded);
    let info = ponte::store::DirectoryInfo {
        bundle_id,
        publisher,
        title,
        created: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        synthetic,
        description: if synthetic {
            format!(
                "Synthetic data (not real services), built from {}",
                source.display()
            )
        } else {
            format!("Built from {}", source.display())
        },
        services: 0,
    };
    let report = match ponte::compile::compile_loaded(loaded, &gaz, &info, output) {
        Ok(r) => r,
        Err(ponte::Error::Source(errs)) => {
            return Err(Failure::Input(out::source_errors(&ctx.l10n, &errs)))
        }
        Err(e) => return Err(e.into()),
    };
    for d in &report.diagnostics {
        eprintln!("{}", out::diagnostic(&ctx.l10n, d));
    }
    let l = &ctx.l10n;
    println!(
        "{}",
        out::clean(
            l,
            &l.ta(
                "dir-built",
                &[
                    ("file", output.display().to_string().into()),
                    ("count", report.services.into()),
                    ("placed", report.placed_from_locality.into()),
                ],
            )
        )
    );
    Ok(())
}

fn directory_info(ctx: &Ctx, json: bool) -> CmdResult {
    let data = ctx.open_data()?;
    let active = data.active()?;
    let dir = data.directory()?;
    let n = dir.len()?;
    let status = ponte::bundle::install::status(&data, chrono::Utc::now())?;
    if json {
        out::print_json(&serde_json::json!({
            "active": active,
            "status": status,
            "info": dir.info(),
            "services": n,
            "gazetteer_places": data.gazetteer()?.len()?,
            "data_dir": data.root(),
        }))?;
        return Ok(());
    }
    let l = &ctx.l10n;
    println!("{}", dir.info().title);
    for line in [
        l.ta(
            "dir-info-bundle",
            &[
                ("bundle", active.bundle_id.clone().into()),
                ("sequence", active.sequence.to_string().into()),
            ],
        ),
        l.ta("dir-info-services", &[("count", n.into())]),
        l.ta(
            "dir-info-file",
            &[("path", active.path.display().to_string().into())],
        ),
        l.ta(
            "dir-info-data-dir",
            &[("path", data.root().display().to_string().into())],
        ),
    ] {
        println!("  {}", out::clean(l, &line));
    }
    for line in bundle_cmd::status_lines(l, &status) {
        println!("  {line}");
    }
    Ok(())
}

fn rights(
    ctx: &Ctx,
    need: Option<&str>,
    country: Option<&str>,
    near: Option<&str>,
    json: bool,
) -> CmdResult {
    let l = &ctx.l10n;
    let need = match need {
        Some(n) => Some(ponte::taxonomy::Need::from_code(n).map_err(|e| {
            Failure::Input(out::clean(
                l,
                &l.ta(
                    "src-bad-need",
                    &[("code", e.code.into()), ("known", e.known.into())],
                ),
            ))
        })?),
        None => None,
    };
    let data = ctx.open_data()?;
    let gaz = data.gazetteer()?;
    let country: Option<String> = match (country, near) {
        (Some(c), _) => {
            let c = c.trim().to_ascii_uppercase();
            if !gaz.is_country(&c)? {
                return Err(Failure::Input(out::clean(
                    l,
                    &l.ta("src-bad-country", &[("value", c.clone().into())]),
                )));
            }
            Some(c)
        }
        (None, Some(place)) => {
            let point = match ponte::model::LatLon::parse_pair(place) {
                Some(Ok(p)) => p,
                Some(Err(e)) => {
                    return Err(Failure::Input(out::clean(
                        l,
                        &l.ta("cli-bad-coordinates", &[("reason", e.to_string().into())]),
                    )))
                }
                None => gaz
                    .best(place)?
                    .ok_or_else(|| {
                        Failure::Input(out::clean(
                            l,
                            &l.ta("cli-place-not-found", &[("query", place.into())]),
                        ))
                    })?
                    .place
                    .point(),
            };
            gaz.nearest(point)?.map(|(p, _)| p.country)
        }
        (None, None) => None,
    };
    let english = match &country {
        Some(c) => gaz.country_name(c)?,
        None => None,
    };
    let r = ponte::rights::render(l, need, country.as_deref(), english.as_deref())
        .map_err(|e| Failure::Internal(e.into()))?;
    if json {
        out::print_json(&r)?;
        return Ok(());
    }
    if r.cards.is_empty() {
        let name = need.map(|n| l.t(&n.message_id())).unwrap_or_default();
        println!(
            "{}",
            out::clean(l, &l.ta("rights-none-for-need", &[("need", name.into())]))
        );
    }
    let rule = "─".repeat(out::width().min(72));
    for c in &r.cards {
        println!("{}", out::clean(l, &c.title));
        println!("{}", out::clean(l, &c.body));
        if c.regardless_of_status {
            println!(
                "✓ {}",
                out::clean(l, &l.t("rights-applies-whatever-status"))
            );
        }
        println!(
            "\n{}: {}",
            out::clean(l, &l.t("rights-if-refused-heading")),
            out::clean(l, &c.if_refused)
        );
        println!("\n{}:", out::clean(l, &l.t("rights-sources-heading")));
        // One line per instrument: "ICRMW…, art. 36; art. 43(1) <url>".
        let mut i = 0;
        while i < c.citations.len() {
            let first = &c.citations[i];
            let refs: Vec<&str> = c.citations[i..]
                .iter()
                .take_while(|x| x.instrument == first.instrument)
                .map(|x| x.reference.as_str())
                .collect();
            i += refs.len();
            let url = first
                .url
                .as_deref()
                .map(|u| format!(" <{u}>"))
                .unwrap_or_default();
            println!(
                "  • {}, {}{url}",
                out::clean(l, &first.instrument),
                refs.join("; ")
            );
        }
        for note in c.ratification.iter().chain(&c.compact_note) {
            println!("  {}", out::clean(l, note));
        }
        println!("{rule}");
    }
    println!("{}", out::clean(l, &r.disclaimer));
    println!("{}", out::clean(l, &r.checked));
    Ok(())
}
