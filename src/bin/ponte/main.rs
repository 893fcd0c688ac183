//! `ponte`: the command line over Ponte's core, for caseworkers and NGOs.
//!
//! Thin on purpose: parse arguments, call the core, print. Exit codes: 0 done (also when
//! nothing was found — it says so), 2 bad input (the message says what to fix), 1 an
//! internal error.

mod bundle_cmd;
mod out;
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
    /// Build and inspect directory databases.
    #[command(subcommand)]
    Directory(DirectoryCmd),
    /// Check directory sources (the CSV template) and report problems by file, row and
    /// column. Exits with 2 when there are errors.
    Validate {
        /// A CSV file or a folder of them.
        source: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
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
        Command::Validate { source, json } => validate(&ctx, &source, json),
        Command::Keygen(args) => bundle_cmd::keygen(&ctx, args),
        Command::Keys(cmd) => bundle_cmd::keys_cmd(&ctx, cmd),
        Command::Trust(cmd) => bundle_cmd::trust_cmd(&ctx, cmd),
        Command::Bundle(cmd) => bundle_cmd::bundle_cmd(&ctx, cmd),
        Command::Channel(cmd) => bundle_cmd::channel_cmd(&ctx, cmd),
        Command::Update(args) => bundle_cmd::update_cmd(&ctx, args),
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
    let info = ponte::store::DirectoryInfo {
        bundle_id,
        publisher,
        title,
        created: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        synthetic: false,
        description: format!("Built from {}", source.display()),
        services: 0,
    };
    let report = ponte::compile::compile(source, &gaz, &info, output)?;
    for d in &report.diagnostics {
        eprintln!("{d}");
    }
    println!(
        "{}: {} services ({} placed at their town's centre)",
        output.display(),
        report.services,
        report.placed_from_locality
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
    println!("{}", dir.info().title);
    println!(
        "  bundle: {} (sequence {})",
        active.bundle_id, active.sequence
    );
    println!("  services: {n}");
    for line in bundle_cmd::status_lines(&ctx.l10n, &status) {
        println!("  {line}");
    }
    println!("  file: {}", active.path.display());
    println!("  data folder: {}", data.root().display());
    Ok(())
}

fn validate(ctx: &Ctx, source: &Path, json: bool) -> CmdResult {
    let data = ctx.open_data()?;
    let gaz = data.gazetteer()?;
    let mut loaded = ponte::source::read_path(source)?;
    ponte::compile::place(&mut loaded, &gaz)?;
    let errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == ponte::source::Severity::Error)
        .count();
    if json {
        out::print_json(&serde_json::json!({
            "services": loaded.services.len(),
            "errors": errors,
            "warnings": loaded.diagnostics.len() - errors,
            "diagnostics": loaded.diagnostics,
        }))?;
    } else {
        for d in &loaded.diagnostics {
            println!("{d}");
        }
        println!(
            "{} services, {errors} errors, {} warnings",
            loaded.services.len(),
            loaded.diagnostics.len() - errors
        );
    }
    if errors > 0 {
        return Err(Failure::Input(format!(
            "{errors} error(s): fix them before building a directory"
        )));
    }
    Ok(())
}
