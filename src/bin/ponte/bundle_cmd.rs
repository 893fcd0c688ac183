//! `ponte keygen`, `keys`, `trust`, `bundle`, `channel` and `update`: signed directory
//! bundles from the command line. Thin: every decision is made in `ponte::bundle` and
//! `ponte::update`; this file parses arguments, asks for passphrases, draws progress bars
//! and prints.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use fluent_bundle::FluentValue;
use indicatif::{ProgressBar, ProgressStyle};

use ponte::bundle::build::{self, BuildOptions};
use ponte::bundle::keys::{self, KeyList, ListedKey};
use ponte::bundle::trust::TrustStore;
use ponte::bundle::{channel, install, verify, BundleError, Checks, Progress, Stage};
use ponte::i18n::L10n;
use ponte::update::{self, UpdateError, UpdateOptions, UpdateOutcome};

use crate::{out, CmdResult, Ctx, Failure};

/// Environment variable holding the secret key's passphrase (for automation); when it
/// is unset and a terminal is attached, the passphrase is asked for.
pub const PASSPHRASE_ENV: &str = "PONTE_KEY_PASSPHRASE";

/// `ponte keygen`.
#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Where to write the key pair: PATH.key (secret) and PATH.pub (public).
    #[arg(short, long, value_name = "PATH")]
    output: PathBuf,
    /// Leave the secret key unencrypted (for automation; keep the file safe some other
    /// way). By default it is encrypted with a passphrase, asked for or taken from
    /// $PONTE_KEY_PASSPHRASE.
    #[arg(long)]
    unencrypted: bool,
    /// Overwrite existing key files.
    #[arg(long)]
    force: bool,
}

/// `ponte keys ...`.
#[derive(Debug, Subcommand)]
pub enum KeysCmd {
    /// Make or update a publisher's key list (which keys may sign its bundles), signed
    /// with the publisher's root key. Writes FILE and FILE.minisig.
    SignList {
        /// The root secret key.
        #[arg(long, value_name = "KEY")]
        root: PathBuf,
        /// Start from this key list (its version is raised by one).
        #[arg(long, value_name = "FILE")]
        from: Option<PathBuf>,
        /// The publisher's id, like org.example (required for a new list).
        #[arg(long)]
        publisher: Option<String>,
        /// The publisher's name, for people (required for a new list).
        #[arg(long)]
        name: Option<String>,
        /// Add a signing key (a public key file). Repeatable.
        #[arg(long, value_name = "PUBKEY")]
        add: Vec<PathBuf>,
        /// The added keys sign bundles made from this date (default: now).
        #[arg(long, value_name = "DATE")]
        valid_from: Option<String>,
        /// The added keys sign bundles made until this date (default: no end).
        #[arg(long, value_name = "DATE")]
        valid_until: Option<String>,
        /// A note about the added keys.
        #[arg(long, default_value = "")]
        note: String,
        /// Revoke a key by id: nothing it signed is accepted any more. Repeatable.
        #[arg(long, value_name = "KEY_ID")]
        revoke: Vec<String>,
        /// Where to write the list.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Sign a file the way `minisign -S` does (prehashed). Writes FILE.minisig.
    Sign {
        /// The file.
        file: PathBuf,
        /// The secret key.
        #[arg(long, value_name = "KEY")]
        key: PathBuf,
        /// The trusted comment (signed with the file).
        #[arg(long, default_value = "signed with ponte")]
        comment: String,
    },
    /// Verify a minisign signature (FILE.minisig) on a file with a public key. Legacy
    /// signatures are refused.
    Verify {
        /// The file.
        file: PathBuf,
        /// The public key.
        #[arg(long, value_name = "PUBKEY")]
        key: PathBuf,
    },
}

/// `ponte trust ...`.
#[derive(Debug, Subcommand)]
pub enum TrustCmd {
    /// Trust a publisher's root key (a minisign public key file) on this device.
    Add {
        /// The public key file.
        pubkey: PathBuf,
        /// The publisher's id, as its bundles name it (org.example).
        #[arg(long)]
        publisher: String,
        /// The publisher's name, for people.
        #[arg(long, default_value = "")]
        name: String,
    },
    /// List the trusted root keys: built in and added.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Stop trusting a root key you added.
    Remove {
        /// The key id (16 hex digits, as `trust list` shows).
        key_id: String,
    },
}

/// `ponte bundle ...`.
#[derive(Debug, Subcommand)]
pub enum BundleCmd {
    /// Build a signed bundle from directory sources (a CSV file or a folder of them) or
    /// a directory database (.sqlite).
    Build(BuildArgs),
    /// Check a bundle completely without installing it, and say what was checked.
    Verify {
        /// The bundle file.
        file: PathBuf,
        /// Also trust this publisher root key (a public key file), for this command only.
        #[arg(long, value_name = "PUBKEY")]
        trust: Vec<PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Verify a bundle and put it into use ("Install from file"). Nothing changes unless
    /// every check passes.
    Install {
        /// The bundle file.
        file: PathBuf,
        /// Also trust this publisher root key (a public key file), for this command only.
        #[arg(long, value_name = "PUBKEY")]
        trust: Vec<PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write a bundle's manifest and its signature (OUT and OUT.minisig), so that
    /// `minisign -V` can check it.
    Manifest {
        /// The bundle file.
        file: PathBuf,
        /// Where to write the manifest.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
    },
}

/// `ponte bundle build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// A CSV file in the template format, a folder of them, or a directory .sqlite file.
    source: PathBuf,
    /// Where to write the bundle.
    #[arg(short, long)]
    output: PathBuf,
    /// This bundle's sequence: above every earlier bundle of this id.
    #[arg(long)]
    sequence: i64,
    /// When it stops being installable (2026-12-31: the end of that day, UTC).
    #[arg(long, value_name = "DATE")]
    expires: String,
    /// The signing secret key.
    #[arg(long, value_name = "KEY")]
    key: PathBuf,
    /// The publisher's key list that names the signing key (KEYS.minisig beside it).
    #[arg(long, value_name = "KEYS")]
    key_list: PathBuf,
    /// The bundle id: <publisher>/<name>, like org.example/pt.
    #[arg(long)]
    bundle_id: String,
    /// A title for people.
    #[arg(long, default_value = "")]
    title: String,
    /// The oldest Ponte that may install it.
    #[arg(long, default_value = ponte::bundle::APP_VERSION)]
    min_app_version: String,
    /// zstd level, 1-22: higher makes smaller bundles, much more slowly (level 19 is ~20%
    /// smaller than the default and ~30x slower to build; see BENCHMARKS.md).
    #[arg(long, default_value_t = ponte::bundle::build::ZSTD_LEVEL, value_parser = clap::value_parser!(i32).range(1..=22))]
    level: i32,
}

/// `ponte channel ...`.
#[derive(Debug, Subcommand)]
pub enum ChannelCmd {
    /// Add a bundle to a channel folder (index.json plus bundles) that any web server,
    /// mirror or CDN can serve as static files.
    Publish {
        /// The bundle file.
        bundle: PathBuf,
        /// The channel folder (created if needed).
        folder: PathBuf,
    },
}

/// `ponte update`.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The channel's address (http:// or https://, a folder with index.json).
    #[arg(long, value_name = "URL")]
    channel: String,
    /// The bundle id to follow (default: the one in use, or the channel's only one).
    #[arg(long)]
    bundle: Option<String>,
    /// Also trust this publisher root key (a public key file), for this command only.
    #[arg(long, value_name = "PUBKEY")]
    trust: Vec<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

fn s(v: impl ToString) -> FluentValue<'static> {
    FluentValue::from(v.to_string())
}

fn say(l: &L10n, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    out::clean(l, &l.ta(id, args))
}

/// A refusal or failure from the bundle code, as the CLI reports it.
fn refused(l: &L10n, e: BundleError) -> Failure {
    if e.is_refusal() {
        let mut msg = out::clean(l, &e.message(l));
        if !matches!(e, BundleError::Core(_) | BundleError::BadKeyFile { .. }) {
            msg.push('\n');
            msg.push_str(&out::clean(l, &l.t("bundle-nothing-changed")));
        }
        Failure::Input(msg)
    } else {
        Failure::Internal(anyhow::Error::new(e))
    }
}

fn update_failed(l: &L10n, e: UpdateError) -> Failure {
    match e {
        UpdateError::Refused(b) => refused(l, b),
        other if other.is_refusal() => {
            let mut msg = out::clean(l, &other.message(l));
            msg.push('\n');
            msg.push_str(&out::clean(l, &l.t("bundle-nothing-changed")));
            Failure::Input(msg)
        }
        other => Failure::Internal(anyhow::Error::new(other)),
    }
}

/// Progress bars on stderr, one per stage; indicatif hides them when stderr is not a
/// terminal, so logs and pipes stay clean.
struct Bars<'a> {
    l: &'a L10n,
    stage: Option<Stage>,
    bar: Option<ProgressBar>,
}

impl<'a> Bars<'a> {
    fn new(l: &'a L10n) -> Bars<'a> {
        Bars {
            l,
            stage: None,
            bar: None,
        }
    }

    fn update(&mut self, p: Progress) {
        if self.stage != Some(p.stage) {
            if let Some(b) = self.bar.take() {
                b.finish_and_clear();
            }
            let bar = if p.total > 0 {
                ProgressBar::new(p.total).with_style(
                    ProgressStyle::with_template(
                        "{msg:12} [{bar:30}] {binary_bytes}/{binary_total_bytes} {eta}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
                )
            } else {
                // Work without a byte count (checking every record): keep it visibly alive.
                let spinner = ProgressBar::new_spinner();
                spinner.enable_steady_tick(std::time::Duration::from_millis(120));
                spinner
            };
            bar.set_message(out::clean(self.l, &self.l.t(p.stage.message_id())));
            self.bar = Some(bar);
            self.stage = Some(p.stage);
        }
        if let Some(b) = &self.bar {
            if p.total > 0 && b.length() != Some(p.total) {
                b.set_length(p.total);
            }
            b.set_position(p.done);
        }
    }
}

impl Drop for Bars<'_> {
    fn drop(&mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}

/// The passphrase for a secret key: $PONTE_KEY_PASSPHRASE, else asked on the terminal.
fn passphrase(l: &L10n, confirm: bool) -> Result<String, BundleError> {
    if let Ok(p) = std::env::var(PASSPHRASE_ENV) {
        return Ok(p);
    }
    if !std::io::stdin().is_terminal() {
        return Err(BundleError::Core(ponte::Error::Input(say(
            l,
            "bundle-cli-passphrase-needed",
            &[("env", s(PASSPHRASE_ENV))],
        ))));
    }
    let ask = |id: &str| {
        rpassword::prompt_password(format!("{}: ", out::clean(l, &l.t(id))))
            .map_err(|e| BundleError::Core(ponte::Error::Input(e.to_string())))
    };
    let p = ask("bundle-cli-passphrase")?;
    if confirm && ask("bundle-cli-passphrase-again")? != p {
        return Err(BundleError::Core(ponte::Error::Input(
            l.t("bundle-cli-passphrase-mismatch"),
        )));
    }
    if confirm && p.is_empty() {
        return Err(BundleError::Core(ponte::Error::Input(
            l.t("bundle-cli-passphrase-empty"),
        )));
    }
    Ok(p)
}

fn read_secret(l: &L10n, path: &Path) -> Result<keys::Secret, BundleError> {
    keys::read_secret(path, || passphrase(l, false))
}

fn with_ext(path: &Path, ext: &str) -> PathBuf {
    let mut p = path.as_os_str().to_os_string();
    p.push(ext);
    PathBuf::from(p)
}

fn input(msg: String) -> Failure {
    Failure::Input(msg)
}

/// `ponte keygen`.
pub fn keygen(ctx: &Ctx, args: KeygenArgs) -> CmdResult {
    let l = &ctx.l10n;
    let sk_path = with_ext(&args.output, ".key");
    let pk_path = with_ext(&args.output, ".pub");
    for p in [&sk_path, &pk_path] {
        if p.exists() && !args.force {
            return Err(input(say(
                l,
                "bundle-cli-key-exists",
                &[("file", s(p.display()))],
            )));
        }
    }
    let pass = if args.unencrypted {
        None
    } else {
        Some(passphrase(l, true).map_err(|e| refused(l, e))?)
    };
    let (sk, pk, id) = keys::generate(pass).map_err(|e| refused(l, e))?;
    write_private(&sk_path, sk.as_bytes())?;
    ponte::atomic::write_bytes(&pk_path, pk.as_bytes())?;
    println!(
        "{}",
        say(
            l,
            "bundle-cli-keygen-done",
            &[
                ("key", s(&id)),
                ("secret", s(sk_path.display())),
                ("public", s(pk_path.display())),
            ],
        )
    );
    Ok(())
}

/// Writes a secret key readable by its owner only.
fn write_private(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    ponte::atomic::replace_with(path, |part| {
        use std::io::Write;
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        let mut f = o.open(part).map_err(|e| ponte::Error::Io {
            path: part.to_path_buf(),
            source: e,
        })?;
        f.write_all(bytes).map_err(|e| ponte::Error::Io {
            path: part.to_path_buf(),
            source: e,
        })
    })?;
    Ok(())
}

/// `ponte keys ...`.
pub fn keys_cmd(ctx: &Ctx, cmd: KeysCmd) -> CmdResult {
    let l = &ctx.l10n;
    match cmd {
        KeysCmd::SignList {
            root,
            from,
            publisher,
            name,
            add,
            valid_from,
            valid_until,
            note,
            revoke,
            output,
        } => {
            let now = chrono::Utc::now();
            let mut list = match &from {
                Some(f) => {
                    let bytes = std::fs::read(f).map_err(|e| ponte::Error::Io {
                        path: f.clone(),
                        source: e,
                    })?;
                    let mut list = KeyList::parse(&bytes).map_err(|why| {
                        refused(
                            l,
                            BundleError::BadKeyFile {
                                path: f.clone(),
                                why,
                            },
                        )
                    })?;
                    list.version += 1;
                    list
                }
                None => {
                    let (Some(publisher), Some(name)) = (publisher.clone(), name.clone()) else {
                        return Err(input(l.t("bundle-cli-sign-list-new-needs")));
                    };
                    KeyList {
                        kind: keys::KEY_LIST_TYPE.into(),
                        format: keys::KEY_LIST_FORMAT,
                        publisher,
                        publisher_name: name,
                        version: 1,
                        issued: String::new(),
                        keys: Vec::new(),
                    }
                }
            };
            if let Some(p) = publisher {
                if p != list.publisher {
                    return Err(input(say(
                        l,
                        "bundle-cli-sign-list-publisher",
                        &[("publisher", s(&list.publisher)), ("given", s(p))],
                    )));
                }
            }
            if let Some(n) = name {
                list.publisher_name = n;
            }
            let date = |v: &Option<String>, end: bool| -> Result<Option<String>, Failure> {
                v.as_deref()
                    .map(|d| keys::parse_date_arg(d, end).map(keys::format_time))
                    .transpose()
                    .map_err(input)
            };
            let from_t = date(&valid_from, false)?.unwrap_or_else(|| keys::format_time(now));
            let until_t = date(&valid_until, true)?;
            for p in &add {
                let k = keys::read_public(p).map_err(|e| refused(l, e))?;
                list.keys.retain(|x| x.key_id != k.id);
                list.keys.push(ListedKey {
                    key_id: k.id.clone(),
                    public_key: k.to_base64(),
                    valid_from: from_t.clone(),
                    valid_until: until_t.clone(),
                    revoked: false,
                    note: note.clone(),
                });
            }
            for id in &revoke {
                let id = id.to_ascii_uppercase();
                let Some(k) = list.keys.iter_mut().find(|k| k.key_id == id) else {
                    return Err(input(say(l, "bundle-cli-no-such-key", &[("key", s(id))])));
                };
                k.revoked = true;
            }
            list.issued = keys::format_time(now);
            let json = list.to_json();
            KeyList::parse(json.as_bytes()).map_err(input)?;
            let secret = read_secret(l, &root).map_err(|e| refused(l, e))?;
            let sig = keys::sign(
                &secret,
                json.as_bytes(),
                &format!("ponte key list {} version {}", list.publisher, list.version),
            )
            .map_err(|e| refused(l, e))?;
            ponte::atomic::write_bytes(&output, json.as_bytes())?;
            ponte::atomic::write_bytes(&keys::signature_path(&output), sig.as_bytes())?;
            println!(
                "{}",
                say(
                    l,
                    "bundle-cli-sign-list-done",
                    &[
                        ("file", s(output.display())),
                        ("publisher", s(&list.publisher)),
                        ("version", s(list.version)),
                        ("count", FluentValue::from(list.keys.len())),
                        ("root", s(&secret.public.id)),
                    ],
                )
            );
            Ok(())
        }
        KeysCmd::Sign { file, key, comment } => {
            let secret = read_secret(l, &key).map_err(|e| refused(l, e))?;
            let bytes = std::fs::read(&file).map_err(|e| ponte::Error::Io {
                path: file.clone(),
                source: e,
            })?;
            let sig = keys::sign(&secret, &bytes, &comment).map_err(|e| refused(l, e))?;
            let sig_path = keys::signature_path(&file);
            ponte::atomic::write_bytes(&sig_path, sig.as_bytes())?;
            println!(
                "{}",
                say(
                    l,
                    "bundle-cli-signed",
                    &[
                        ("file", s(sig_path.display())),
                        ("key", s(&secret.public.id))
                    ],
                )
            );
            Ok(())
        }
        KeysCmd::Verify { file, key } => {
            let public = keys::read_public(&key).map_err(|e| refused(l, e))?;
            let bytes = std::fs::read(&file).map_err(|e| ponte::Error::Io {
                path: file.clone(),
                source: e,
            })?;
            let sig_path = keys::signature_path(&file);
            let text = std::fs::read_to_string(&sig_path).map_err(|e| ponte::Error::Io {
                path: sig_path.clone(),
                source: e,
            })?;
            let sig = keys::Signature::parse(&text).map_err(|why| {
                refused(
                    l,
                    BundleError::BadKeyFile {
                        path: sig_path.clone(),
                        why,
                    },
                )
            })?;
            sig.verify(&public, &bytes, ponte::bundle::Signed::File, &public.id)
                .map_err(|e| refused(l, e))?;
            println!(
                "{}",
                say(
                    l,
                    "bundle-cli-signature-ok",
                    &[
                        ("file", s(file.display())),
                        ("key", s(&public.id)),
                        ("comment", s(sig.trusted_comment())),
                    ],
                )
            );
            Ok(())
        }
    }
}

/// `ponte trust ...`.
pub fn trust_cmd(ctx: &Ctx, cmd: TrustCmd) -> CmdResult {
    let l = &ctx.l10n;
    let data = ctx.open_data()?;
    match cmd {
        TrustCmd::Add {
            pubkey,
            publisher,
            name,
        } => {
            ponte::bundle::manifest::check_publisher_id(&publisher).map_err(input)?;
            let k = keys::read_public(&pubkey).map_err(|e| refused(l, e))?;
            data.user()
                .add_trusted_key(&k.id, &publisher, &name, &k.to_base64())?;
            println!(
                "{}",
                say(
                    l,
                    "bundle-cli-trust-added",
                    &[("key", s(&k.id)), ("publisher", s(&publisher))],
                )
            );
        }
        TrustCmd::List { json } => {
            let store = TrustStore::load(data.user()).map_err(|e| refused(l, e))?;
            if json {
                let rows: Vec<_> = store
                    .anchors()
                    .iter()
                    .map(|a| {
                        serde_json::json!({
                            "key_id": a.key.id,
                            "publisher": a.publisher,
                            "name": a.name,
                            "public_key": a.key.to_base64(),
                            "source": a.source,
                        })
                    })
                    .collect();
                out::print_json(&rows)?;
                return Ok(());
            }
            if store.anchors().is_empty() {
                println!("{}", say(l, "bundle-cli-trust-none", &[]));
            }
            for a in store.anchors() {
                println!(
                    "{}",
                    say(
                        l,
                        "bundle-cli-trust-row",
                        &[
                            ("key", s(&a.key.id)),
                            ("publisher", s(a.publisher.as_deref().unwrap_or("-"))),
                            ("name", s(a.name.as_deref().unwrap_or(""))),
                            ("source", s(a.source.message(l))),
                        ],
                    )
                );
            }
        }
        TrustCmd::Remove { key_id } => {
            let id = key_id.to_ascii_uppercase();
            if !data.user().remove_trusted_key(&id)? {
                return Err(input(say(l, "bundle-cli-no-such-key", &[("key", s(id))])));
            }
            println!("{}", say(l, "bundle-cli-trust-removed", &[("key", s(id))]));
        }
    }
    Ok(())
}

fn trust_store(
    l: &L10n,
    data: &ponte::datadir::DataDir,
    extra: &[PathBuf],
) -> Result<TrustStore, Failure> {
    let mut store = TrustStore::load(data.user()).map_err(|e| refused(l, e))?;
    for p in extra {
        store.add_for_now(keys::read_public(p).map_err(|e| refused(l, e))?);
    }
    Ok(store)
}

fn print_checks(l: &L10n, checks: &[verify::Check]) {
    for c in checks {
        println!("  ✓ {}", out::clean(l, &c.message(l)));
    }
}

/// `ponte bundle ...`.
pub fn bundle_cmd(ctx: &Ctx, cmd: BundleCmd) -> CmdResult {
    let l = &ctx.l10n;
    match cmd {
        BundleCmd::Build(args) => build_cmd(ctx, args),
        BundleCmd::Verify { file, trust, json } => {
            let data = ctx.open_data()?;
            let store = trust_store(l, &data, &trust)?;
            let mut bars = Bars::new(l);
            let v = verify::verify_file(
                &file,
                &store,
                data.user(),
                &Checks::default(),
                &std::env::temp_dir(),
                &mut |p| bars.update(p),
            );
            drop(bars);
            let v = v.map_err(|e| refused(l, e))?;
            if json {
                out::print_json(&serde_json::json!({
                    "valid": true,
                    "publisher": v.publisher,
                    "manifest": v.manifest,
                    "checks": v.checks,
                }))?;
                return Ok(());
            }
            println!(
                "{}",
                say(
                    l,
                    "bundle-cli-verified",
                    &[
                        ("file", s(file.display())),
                        ("bundle", s(&v.manifest.bundle_id)),
                        ("sequence", s(v.manifest.sequence)),
                        ("publisher", s(&v.publisher)),
                    ],
                )
            );
            print_checks(l, &v.checks);
            Ok(())
        }
        BundleCmd::Install { file, trust, json } => {
            let mut data = ctx.open_data()?;
            let store = trust_store(l, &data, &trust)?;
            let mut bars = Bars::new(l);
            let done =
                install::install_file(&mut data, &file, &store, &Checks::default(), &mut |p| {
                    bars.update(p)
                });
            drop(bars);
            let done = done.map_err(|e| refused(l, e))?;
            print_installed(l, &done, json)
        }
        BundleCmd::Manifest { file, output } => {
            let mut f = std::fs::File::open(&file).map_err(|e| ponte::Error::Io {
                path: file.clone(),
                source: e,
            })?;
            let head = ponte::bundle::format::Head::read(&mut f).map_err(|e| refused(l, e))?;
            ponte::atomic::write_bytes(&output, &head.manifest)?;
            let sig = keys::signature_path(&output);
            ponte::atomic::write_bytes(&sig, &head.manifest_sig)?;
            println!(
                "{}",
                say(
                    l,
                    "bundle-cli-manifest-written",
                    &[
                        ("file", s(output.display())),
                        ("signature", s(sig.display()))
                    ],
                )
            );
            Ok(())
        }
    }
}

fn print_installed(l: &L10n, done: &install::Installed, json: bool) -> CmdResult {
    if json {
        out::print_json(done)?;
        return Ok(());
    }
    println!(
        "{}",
        say(
            l,
            "bundle-cli-installed",
            &[
                ("bundle", s(&done.bundle_id)),
                ("sequence", s(done.sequence)),
                ("publisher", s(&done.publisher)),
                ("services", FluentValue::from(done.services)),
            ],
        )
    );
    print_checks(l, &done.checks);
    Ok(())
}

fn build_cmd(ctx: &Ctx, a: BuildArgs) -> CmdResult {
    let l = &ctx.l10n;
    let now = chrono::Utc::now();
    let expires = keys::parse_date_arg(&a.expires, true).map_err(input)?;
    let key_list = std::fs::read_to_string(&a.key_list).map_err(|e| ponte::Error::Io {
        path: a.key_list.clone(),
        source: e,
    })?;
    let sig_path = keys::signature_path(&a.key_list);
    let key_list_sig = std::fs::read_to_string(&sig_path).map_err(|e| ponte::Error::Io {
        path: sig_path.clone(),
        source: e,
    })?;
    let list = KeyList::parse(key_list.as_bytes()).map_err(|why| {
        refused(
            l,
            BundleError::BadKeyFile {
                path: a.key_list.clone(),
                why,
            },
        )
    })?;
    ponte::bundle::manifest::check_bundle_id(&a.bundle_id, &list.publisher).map_err(input)?;
    let secret = read_secret(l, &a.key).map_err(|e| refused(l, e))?;
    let opts = BuildOptions {
        bundle_id: a.bundle_id.clone(),
        title: a.title.clone(),
        sequence: a.sequence,
        created: now,
        expires,
        min_app_version: a.min_app_version.clone(),
        key_list,
        key_list_sig,
        level: a.level,
    };
    // Sources are compiled into a directory file beside the output first.
    let is_db = a
        .source
        .extension()
        .is_some_and(|e| e == "sqlite" || e == "db");
    let compiled = ponte::atomic::part_path(&a.output.with_extension("sqlite"));
    let dir_file = if is_db {
        a.source.clone()
    } else {
        let data = ctx.open_data()?;
        let gaz = data.gazetteer()?;
        let loaded = ponte::source::read_path(&a.source)?;
        // A bundle of `ponte synth` data says it is synthetic in its directory's metadata.
        let synthetic = ponte::synth::is_synthetic(&loaded);
        let info = ponte::store::DirectoryInfo {
            bundle_id: a.bundle_id.clone(),
            publisher: list.publisher.clone(),
            title: a.title.clone(),
            created: keys::format_time(now),
            synthetic,
            description: if synthetic {
                format!(
                    "Synthetic data, not real services ({})",
                    list.publisher_name
                )
            } else {
                list.publisher_name.clone()
            },
            services: 0,
        };
        let report = ponte::compile::compile_loaded(loaded, &gaz, &info, &compiled);
        let report = match report {
            Ok(r) => r,
            Err(e) => {
                let _ = std::fs::remove_file(&compiled);
                return Err(e.into());
            }
        };
        for d in &report.diagnostics {
            eprintln!("{d}");
        }
        compiled.clone()
    };
    let mut bars = Bars::new(l);
    let built = build::build(&dir_file, &secret, &opts, &a.output, &mut |p| {
        bars.update(p)
    });
    drop(bars);
    if !is_db {
        let _ = std::fs::remove_file(&compiled);
    }
    let m = built.map_err(|e| refused(l, e))?;
    println!(
        "{}",
        say(
            l,
            "bundle-cli-built",
            &[
                ("file", s(a.output.display())),
                ("bundle", s(&m.bundle_id)),
                ("sequence", s(m.sequence)),
                ("services", FluentValue::from(m.payload.services)),
                ("bytes", FluentValue::from(m.payload.length)),
                ("expires", s(&m.expires)),
                ("key", s(&m.key_id)),
            ],
        )
    );
    if expires <= now {
        eprintln!("{}", say(l, "bundle-cli-built-expired", &[]));
    }
    Ok(())
}

/// `ponte channel ...`.
pub fn channel_cmd(ctx: &Ctx, cmd: ChannelCmd) -> CmdResult {
    let l = &ctx.l10n;
    match cmd {
        ChannelCmd::Publish { bundle, folder } => {
            let mut bars = Bars::new(l);
            let e = channel::publish(&bundle, &folder, &mut |p| bars.update(p));
            drop(bars);
            let e = e.map_err(|e| refused(l, e))?;
            println!(
                "{}",
                say(
                    l,
                    "bundle-cli-published",
                    &[
                        ("bundle", s(&e.bundle_id)),
                        ("sequence", s(e.sequence)),
                        ("folder", s(folder.display())),
                        ("file", s(&e.file)),
                    ],
                )
            );
            Ok(())
        }
    }
}

/// `ponte update`.
pub fn update_cmd(ctx: &Ctx, a: UpdateArgs) -> CmdResult {
    let l = &ctx.l10n;
    let mut data = ctx.open_data()?;
    let trust = trust_store(l, &data, &a.trust)?;
    let opts = UpdateOptions {
        bundle_id: a.bundle.clone(),
        trust,
        checks: Checks::default(),
    };
    let mut bars = Bars::new(l);
    let outcome = update::check_for_updates(&mut data, &a.channel, &opts, &mut |p| bars.update(p));
    drop(bars);
    let outcome = outcome.map_err(|e| update_failed(l, e))?;
    match &outcome {
        UpdateOutcome::UpToDate {
            bundle_id,
            offered,
            installed,
        } => {
            if a.json {
                out::print_json(&outcome)?;
            } else {
                println!(
                    "{}",
                    say(
                        l,
                        "bundle-cli-up-to-date",
                        &[
                            ("bundle", s(bundle_id)),
                            ("offered", s(offered)),
                            ("installed", s(installed)),
                        ],
                    )
                );
            }
            Ok(())
        }
        UpdateOutcome::Installed(done) => {
            if a.json {
                out::print_json(&outcome)?;
                return Ok(());
            }
            print_installed(l, done, false)
        }
    }
}

/// The lines `ponte directory info` adds about where the directory came from.
pub fn status_lines(l: &L10n, st: &install::DirectoryStatus) -> Vec<String> {
    let mut lines = Vec::new();
    if st.built_in {
        lines.push(say(l, "bundle-status-built-in", &[]));
    }
    if let Some(p) = &st.published {
        lines.push(say(l, "bundle-status-published", &[("date", s(p))]));
    }
    if let Some(v) = &st.verified_at {
        lines.push(say(l, "bundle-status-verified", &[("date", s(v))]));
    }
    if let Some(e) = &st.expires {
        let id = if st.expired {
            "bundle-status-expired"
        } else {
            "bundle-status-expires"
        };
        lines.push(say(l, id, &[("date", s(e))]));
    }
    if let Some(c) = &st.last_checked {
        lines.push(say(l, "bundle-status-last-checked", &[("date", s(c))]));
    }
    lines
}
