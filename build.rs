//! Embeds the default directory's sources and the gazetteer extract in the binary, so the
//! app and the CLI work offline from the first launch, and derives a key that changes
//! whenever they (or the code that compiles them) change, so installed copies are rebuilt.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn fnv1a(hash: &mut u64, bytes: &[u8]) {
    for b in bytes {
        *hash ^= u64::from(*b);
        *hash = hash.wrapping_mul(0x100_0000_01b3);
    }
}

fn files_under(dir: &Path, ext: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, ext, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| ext.contains(&x))
        {
            out.push(p);
        }
    }
}

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));

    let mut sources = Vec::new();
    files_under(&root.join("data/services"), &["csv"], &mut sources);
    sources.sort();
    let gaz_places = root.join("data/gazetteer/places.tsv.gz");
    let gaz_countries = root.join("data/gazetteer/countries.tsv");

    // The defaults key covers the data and the code that turns it into databases.
    let mut code = Vec::new();
    files_under(&root.join("src"), &["rs", "sql"], &mut code);
    code.sort();
    let mut gaz_key = 0xcbf2_9ce4_8422_2325u64;
    for p in [
        &gaz_places,
        &gaz_countries,
        &root.join("src/gazetteer.rs"),
        &root.join("src/text.rs"),
    ] {
        fnv1a(&mut gaz_key, &fs::read(p).unwrap_or_default());
    }
    let mut dir_key = gaz_key;
    for p in sources.iter().chain(&code) {
        fnv1a(
            &mut dir_key,
            p.strip_prefix(&root)
                .unwrap_or(p)
                .to_string_lossy()
                .as_bytes(),
        );
        fnv1a(&mut dir_key, &fs::read(p).unwrap_or_default());
    }
    fnv1a(
        &mut dir_key,
        env::var("CARGO_PKG_VERSION").unwrap_or_default().as_bytes(),
    );

    let mut gen = String::new();
    gen.push_str("/// The default directory's source files: (file name, CSV bytes).\n");
    gen.push_str("pub const SERVICE_SOURCES: &[(&str, &[u8])] = &[\n");
    for p in &sources {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        gen.push_str(&format!(
            "    ({name:?}, include_bytes!({:?})),\n",
            p.display().to_string()
        ));
    }
    gen.push_str("];\n");
    gen.push_str(&format!(
        "/// GeoNames places, gzip-compressed TSV.\npub const GAZETTEER_PLACES_GZ: &[u8] = include_bytes!({:?});\n",
        gaz_places.display().to_string()
    ));
    gen.push_str(&format!(
        "/// GeoNames countries, TSV.\npub const GAZETTEER_COUNTRIES: &[u8] = include_bytes!({:?});\n",
        gaz_countries.display().to_string()
    ));
    gen.push_str(&format!("/// Changes when the gazetteer data or its builder changes.\npub const GAZETTEER_KEY: &str = \"{gaz_key:016x}\";\n"));
    gen.push_str(&format!("/// Changes when the default directory's data or code changes.\npub const DEFAULTS_KEY: &str = \"{dir_key:016x}\";\n"));
    fs::write(out.join("defaults_generated.rs"), gen).expect("OUT_DIR is writable");

    // Locales: every locales/<tag>/*.ftl and locale.toml, and the rights structure.
    let mut loc = String::new();
    loc.push_str("/// (locale tag, file name, content) of every embedded locale file.\n");
    loc.push_str("pub const LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    let mut tags: Vec<PathBuf> = fs::read_dir(root.join("locales"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    tags.sort();
    for dir in &tags {
        let tag = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .map(|rd| rd.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        for f in files {
            let name = f
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("?")
                .to_string();
            if name.ends_with(".ftl") || name == "locale.toml" {
                loc.push_str(&format!(
                    "    ({tag:?}, {name:?}, include_str!({:?})),\n",
                    f.display().to_string()
                ));
                println!("cargo:rerun-if-changed={}", f.display());
            }
        }
    }
    loc.push_str("];\n");
    let rights = root.join("locales/rights.toml");
    loc.push_str(&format!(
        "/// The rights cards' structure (locales/rights.toml).\npub const RIGHTS_TOML: &str = include_str!({:?});\n",
        rights.display().to_string()
    ));
    fs::write(out.join("locales_generated.rs"), loc).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=locales");

    // Publisher root keys shipped with the app: trust/*.toml.
    let mut trust_files = Vec::new();
    files_under(&root.join("trust"), &["toml"], &mut trust_files);
    trust_files.sort();
    let mut trust = String::new();
    trust.push_str("/// (file name, content) of every built-in trust file (`trust/*.toml`).\n");
    trust.push_str("pub const TRUST_FILES: &[(&str, &str)] = &[\n");
    for f in &trust_files {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        trust.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            f.display().to_string()
        ));
        println!("cargo:rerun-if-changed={}", f.display());
    }
    trust.push_str("];\n");
    fs::write(out.join("trust_generated.rs"), trust).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=trust");

    println!("cargo:rerun-if-changed=data/services");
    println!("cargo:rerun-if-changed=data/gazetteer");
    println!("cargo:rerun-if-changed=src");
    for p in sources.iter().chain(&code) {
        println!("cargo:rerun-if-changed={}", p.display());
    }
}
