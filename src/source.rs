//! Reading directory sources: the NGO spreadsheet template (`data/README.md`), one row per
//! service point, into [`Service`] records, with a diagnostic for every problem that says
//! file, row, column and why.
//!
//! Reading never guesses: a value that doesn't parse is an error (or, for opening hours,
//! a warning and the text is kept as written). Nothing is built from sources with errors.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use crate::hours;
use crate::model::{Address, GeoPrecision, Kind, LatLon, Location, Phone, Service, Text, TriState};
use crate::taxonomy::{Need, Serves};

/// Longest accepted cell, in bytes. Real fields are short; a huge one is a broken file or
/// an attack, and must not be loaded into every app.
pub const MAX_FIELD_BYTES: usize = 16 * 1024;

/// Columns of the template, in the order `data/README.md` documents them.
pub const COLUMNS: &[&str] = &[
    "id",
    "kind",
    "name",
    "lang",
    "description",
    "organization",
    "needs",
    "serves",
    "one_stop_shop",
    "languages",
    "asks_status",
    "asks_documents",
    "shares_with_immigration",
    "free_of_charge",
    "appointment_needed",
    "walk_in",
    "what_to_bring",
    "address",
    "locality",
    "postal_code",
    "country",
    "geonames_id",
    "lat",
    "lon",
    "geo_precision",
    "uncertainty_m",
    "timezone",
    "phone",
    "email",
    "website",
    "opening_hours",
    "source",
    "source_note",
    "verified_at",
];

/// Columns that may carry `:<lang>` translations.
pub const TRANSLATABLE: &[&str] = &["name", "description", "what_to_bring"];

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed: nothing is built while it stands.
    Error,
    /// Should be looked at; the row is still used.
    Warning,
}

/// One problem in a source, located as precisely as possible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable code for the kind of problem (`bad-hours`, `duplicate-id`...).
    pub code: &'static str,
    /// The file.
    pub file: PathBuf,
    /// Line of the record in the file (1 = header), when the problem is in a row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// 1-based column number, when the problem is in a cell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// Column name, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The record's id, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What is wrong and what to do, in English (for logs; see `message_in`).
    pub message: String,
    /// The message's Fluent id (`src-…`, `place-…`, `data-…`), when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<&'static str>,
    /// The message's arguments.
    #[serde(skip_serializing_if = "BTreeMap::is_empty", default)]
    pub args: BTreeMap<&'static str, String>,
}

/// A message to show: a Fluent id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    /// Fluent message id.
    pub id: &'static str,
    /// Arguments, all strings (already formatted).
    pub args: BTreeMap<&'static str, String>,
}

/// A message with arguments.
pub fn msg(id: &'static str, args: &[(&'static str, String)]) -> Msg {
    Msg {
        id,
        args: args.iter().cloned().collect(),
    }
}

impl Diagnostic {
    /// A diagnostic with a localisable message (its English rendering kept in `message`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        severity: Severity,
        code: &'static str,
        file: &Path,
        row: Option<u64>,
        column: Option<usize>,
        field: Option<String>,
        id: Option<String>,
        m: Msg,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            code,
            file: file.to_path_buf(),
            row,
            column,
            field,
            id,
            message: crate::i18n::format_plain(crate::i18n::english(), m.id, &m.args),
            message_id: Some(m.id),
            args: m.args,
        }
    }

    /// The message in `l`'s language (English when it has no message id).
    pub fn message_in(&self, l: &crate::i18n::L10n) -> String {
        match self.message_id {
            Some(id) => crate::i18n::format_plain(l, id, &self.args),
            None => self.message.clone(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(r) = self.row {
            write!(f, ":{r}")?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {sev}")?;
        if let Some(field) = &self.field {
            write!(f, " [{field}]")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Sources that have errors. Holds every diagnostic (errors and warnings).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct SourceErrors(pub Vec<Diagnostic>);

impl fmt::Display for SourceErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors: Vec<_> = self
            .0
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        write!(
            f,
            "{} error(s) in the sources; nothing was changed",
            errors.len()
        )?;
        for d in errors.iter().take(50) {
            write!(f, "\n  {d}")?;
        }
        if errors.len() > 50 {
            write!(f, "\n  … and {} more", errors.len() - 50)?;
        }
        Ok(())
    }
}

/// Services read from sources, with the rows' diagnostics.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The records that parsed (with errors present, possibly incomplete).
    pub services: Vec<Service>,
    /// Where each record came from: file and line, by index into `services`.
    pub origins: Vec<(PathBuf, u64)>,
    /// Problems found.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// The services if there is no error, else every diagnostic.
    pub fn into_result(self) -> Result<Loaded, SourceErrors> {
        if self.has_errors() {
            Err(SourceErrors(self.diagnostics))
        } else {
            Ok(self)
        }
    }

    /// Appends another file's records, reporting ids used twice.
    pub fn merge(&mut self, other: Loaded) {
        let mut seen: HashMap<String, (PathBuf, u64)> = self
            .services
            .iter()
            .zip(&self.origins)
            .map(|(s, o)| (s.id.clone(), o.clone()))
            .collect();
        self.diagnostics.extend(other.diagnostics);
        for (s, o) in other.services.into_iter().zip(other.origins) {
            if let Some((f, r)) = seen.get(&s.id) {
                self.diagnostics.push(Diagnostic::new(
                    Severity::Error,
                    "duplicate-id",
                    &o.0,
                    Some(o.1),
                    None,
                    Some("id".into()),
                    Some(s.id.clone()),
                    msg(
                        "src-duplicate-id",
                        &[
                            ("id", s.id.clone()),
                            ("where", format!("{}:{r}", f.display())),
                        ],
                    ),
                ));
                continue;
            }
            seen.insert(s.id.clone(), o.clone());
            self.services.push(s);
            self.origins.push(o);
        }
    }
}

/// Reads one template CSV file, or every `*.csv` in a folder (in name order).
pub fn read_path(path: &Path) -> Result<Loaded, crate::Error> {
    use crate::error::Context;
    let mut files = Vec::new();
    if path.is_dir() {
        for e in std::fs::read_dir(path).at(path)? {
            let p = e.at(path)?.path();
            if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("csv")) {
                files.push(p);
            }
        }
        files.sort();
    } else {
        files.push(path.to_path_buf());
    }
    let mut all = Loaded::default();
    for f in files {
        let file = std::fs::File::open(&f).at(&f)?;
        all.merge(read_csv(file, &f));
    }
    Ok(all)
}

/// Line numbers of CSV records as a person sees them in an editor.
///
/// The csv crate reports a record that follows a CRLF line end (every file Excel saves) as
/// starting on the line before: its position is the LF. This counts the lines itself.
pub(crate) struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Lines<'a> {
        Lines {
            bytes,
            pos: 0,
            line: 1,
        }
    }

    /// The 1-based line of the record whose position is byte `at`.
    pub(crate) fn line_at(&mut self, at: u64) -> u64 {
        let mut start = (at as usize).min(self.bytes.len());
        while matches!(self.bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start < self.pos {
            self.pos = 0;
            self.line = 1;
        }
        self.line += self.bytes[self.pos..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count() as u64;
        self.pos = start;
        self.line
    }
}

/// Reads template CSV from `input`; `file` names it in diagnostics.
pub fn read_csv(mut input: impl Read, file: &Path) -> Loaded {
    let mut out = Loaded::default();
    let mut bytes = Vec::new();
    if let Err(e) = input.read_to_end(&mut bytes) {
        out.diagnostics.push(Diagnostic::new(
            Severity::Error,
            "bad-file",
            file,
            None,
            None,
            None,
            None,
            msg("src-cannot-read", &[("reason", e.to_string())]),
        ));
        return out;
    }
    let mut lines = Lines::new(&bytes);
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(&bytes[..]);
    let mut records = rdr.byte_records();
    let diag = |row: Option<u64>, column: Option<usize>, field: Option<&str>, m: Msg| {
        Diagnostic::new(
            Severity::Error,
            "bad-file",
            file,
            row,
            column,
            field.map(str::to_string),
            None,
            m,
        )
    };
    let header = match records.next() {
        None => {
            out.diagnostics
                .push(diag(None, None, None, msg("src-empty-file", &[])));
            return out;
        }
        Some(Err(e)) => {
            out.diagnostics
                .push(diag(Some(1), None, None, csv_error(&e)));
            return out;
        }
        Some(Ok(h)) => h,
    };
    let mut columns = Vec::with_capacity(header.len());
    for (i, raw) in header.iter().enumerate() {
        match std::str::from_utf8(raw) {
            Ok(s) => columns.push(s.trim().trim_start_matches('\u{FEFF}').to_string()),
            Err(_) => {
                out.diagnostics.push(diag(
                    Some(1),
                    Some(i + 1),
                    None,
                    msg("src-header-not-utf8", &[]),
                ));
                return out;
            }
        }
    }
    let mut bad_header = false;
    for required in [
        "id",
        "name",
        "lang",
        "needs",
        "country",
        "source",
        "verified_at",
    ] {
        if !columns.iter().any(|c| c == required) {
            out.diagnostics.push(diag(
                Some(1),
                None,
                Some(required),
                msg("src-missing-column", &[("column", required.to_string())]),
            ));
            bad_header = true;
        }
    }
    let mut seen_cols = HashMap::new();
    for (i, c) in columns.iter().enumerate() {
        if let Some(prev) = seen_cols.insert(c.clone(), i) {
            out.diagnostics.push(diag(
                Some(1),
                Some(i + 1),
                Some(c),
                msg(
                    "src-duplicate-column",
                    &[
                        ("column", c.clone()),
                        ("first", (prev + 1).to_string()),
                        ("second", (i + 1).to_string()),
                    ],
                ),
            ));
            bad_header = true;
        }
        if let Some((base, lang)) = c.split_once(':') {
            if TRANSLATABLE.contains(&base) && !crate::lang::is_known(lang) {
                out.diagnostics.push(diag(
                    Some(1),
                    Some(i + 1),
                    Some(c),
                    msg(
                        "src-unknown-column-language",
                        &[("lang", lang.to_string()), ("column", c.clone())],
                    ),
                ));
            }
        }
    }
    if bad_header {
        return out;
    }
    let mut ids: HashMap<String, u64> = HashMap::new();
    loop {
        let rec = match records.next() {
            None => break,
            Some(Ok(r)) => r,
            Some(Err(e)) => {
                let line = e.position().map(|p| lines.line_at(p.byte()));
                out.diagnostics.push(diag(line, None, None, csv_error(&e)));
                // A quoting error desynchronises the reader; later rows can't be trusted.
                if !matches!(e.kind(), csv::ErrorKind::UnequalLengths { .. }) {
                    break;
                }
                continue;
            }
        };
        let line = rec.position().map(|p| lines.line_at(p.byte())).unwrap_or(0);
        if rec.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let mut row = Row::new(file, line, &columns);
        if rec.len() > columns.len() {
            row.err(
                None,
                "bad-file",
                msg(
                    "src-cell-count",
                    &[
                        ("cells", rec.len().to_string()),
                        ("columns", columns.len().to_string()),
                    ],
                ),
            );
        }
        for (i, raw) in rec.iter().enumerate().take(columns.len()) {
            if raw.len() > MAX_FIELD_BYTES {
                row.err_at(
                    i,
                    "too-long",
                    msg(
                        "src-too-long",
                        &[
                            ("bytes", raw.len().to_string()),
                            ("limit", MAX_FIELD_BYTES.to_string()),
                        ],
                    ),
                );
                continue;
            }
            match std::str::from_utf8(raw) {
                Ok(s) => {
                    let v = s.trim();
                    if !v.is_empty() {
                        row.cells.insert(i, v.to_string());
                    }
                }
                Err(e) => row.err_at(
                    i,
                    "bad-utf8",
                    msg("src-bad-utf8", &[("offset", e.valid_up_to().to_string())]),
                ),
            }
        }
        let service = row.parse();
        if let Some(s) = &service {
            if let Some(prev) = ids.insert(s.id.clone(), line) {
                row.err(
                    Some("id"),
                    "duplicate-id",
                    msg(
                        "src-duplicate-id",
                        &[
                            ("id", s.id.clone()),
                            ("where", format!("{}:{prev}", file.display())),
                        ],
                    ),
                );
            }
        }
        out.diagnostics.append(&mut row.diags);
        if let Some(s) = service {
            out.services.push(s);
            out.origins.push((file.to_path_buf(), line));
        }
    }
    out
}

/// Parses one record given as `(column, value)` cells, exactly as a row of a template file
/// with those columns would be parsed (the same checks and messages). `line` is reported as
/// the row. Other importers (HSDS) build cells and call this, so every source is held to
/// the template's rules; they map the diagnostics back to their own files.
pub fn parse_cells(
    file: &Path,
    line: u64,
    cells: &[(String, String)],
) -> (Option<Service>, Vec<Diagnostic>) {
    let columns: Vec<String> = cells.iter().map(|(c, _)| c.clone()).collect();
    let mut row = Row::new(file, line, &columns);
    for (i, (_, v)) in cells.iter().enumerate() {
        let v = v.trim();
        if v.len() > MAX_FIELD_BYTES {
            row.err_at(
                i,
                "too-long",
                msg(
                    "src-too-long",
                    &[
                        ("bytes", v.len().to_string()),
                        ("limit", MAX_FIELD_BYTES.to_string()),
                    ],
                ),
            );
            continue;
        }
        if !v.is_empty() {
            row.cells.insert(i, v.to_string());
        }
    }
    let service = row.parse();
    (service, row.diags)
}

/// A record as template cells `(column, value)`: the inverse of [`parse_cells`]. Columns
/// follow [`COLUMNS`], each translatable column followed by its `:<lang>` translations, then
/// the `extra` columns by name; empty values are left out.
///
/// `placed_coordinates`: whether to write a point Ponte found from the town
/// (`geo_precision` city or postal-code). The template leaves them out (README rule 4: the
/// row is placed again when the directory is built); HSDS exports keep them, marked.
pub fn to_cells(s: &Service, placed_coordinates: bool) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut put = |c: &str, v: String| {
        if !v.trim().is_empty() {
            out.push((c.to_string(), v));
        }
    };
    let text = |put: &mut dyn FnMut(&str, String), c: &str, t: &Option<Text>| {
        if let Some(t) = t {
            put(c, t.value.clone());
            for (l, v) in &t.translations {
                put(&format!("{c}:{l}"), v.clone());
            }
        }
    };
    put("id", s.id.clone());
    put("kind", s.kind.code().to_string());
    text(&mut put, "name", &Some(s.name.clone()));
    put("lang", s.lang.clone());
    text(&mut put, "description", &s.description);
    put("organization", s.organization.clone().unwrap_or_default());
    put(
        "needs",
        s.needs
            .iter()
            .map(|n| n.code())
            .collect::<Vec<_>>()
            .join(";"),
    );
    if s.serves != [crate::taxonomy::Serves::ALL] {
        put(
            "serves",
            s.serves
                .iter()
                .map(|g| g.code())
                .collect::<Vec<_>>()
                .join(";"),
        );
    }
    put("one_stop_shop", s.one_stop_shop.code().to_string());
    put("languages", s.languages.join(";"));
    put("asks_status", s.asks_status.code().to_string());
    put("asks_documents", s.asks_documents.code().to_string());
    put(
        "shares_with_immigration",
        s.shares_with_immigration.code().to_string(),
    );
    put("free_of_charge", s.free_of_charge.code().to_string());
    put(
        "appointment_needed",
        s.appointment_needed.code().to_string(),
    );
    put("walk_in", s.walk_in.code().to_string());
    text(&mut put, "what_to_bring", &s.what_to_bring);
    let a = &s.address;
    put("address", a.street.clone().unwrap_or_default());
    put("locality", a.locality.clone().unwrap_or_default());
    put("postal_code", a.postal_code.clone().unwrap_or_default());
    put("country", a.country.clone());
    put(
        "geonames_id",
        a.geonames_id.map(|g| g.to_string()).unwrap_or_default(),
    );
    if let Some(loc) = &s.location {
        if placed_coordinates || !loc.precision.is_approximate() {
            put("lat", loc.point.lat.to_string());
            put("lon", loc.point.lon.to_string());
            put("geo_precision", loc.precision.code().to_string());
            if loc.uncertainty_m != loc.precision.default_uncertainty_m() {
                put("uncertainty_m", loc.uncertainty_m.to_string());
            }
        }
    }
    put("timezone", s.timezone.clone().unwrap_or_default());
    put(
        "phone",
        s.phones
            .iter()
            .map(|p| match &p.note {
                Some(n) => format!("{} ({n})", p.number),
                None => p.number.clone(),
            })
            .collect::<Vec<_>>()
            .join("; "),
    );
    put("email", s.email.clone().unwrap_or_default());
    put("website", s.website.clone().unwrap_or_default());
    put("opening_hours", s.opening_hours.clone().unwrap_or_default());
    put("source", s.source.clone());
    put("source_note", s.source_note.clone().unwrap_or_default());
    put("verified_at", s.verified_at.clone());
    for (k, v) in &s.extra {
        put(k, v.clone());
    }
    out
}

/// Writes records as a template CSV (UTF-8, header first): every column of [`COLUMNS`],
/// the translation columns any record uses, then the `extra` columns any record uses.
/// See [`to_cells`] for `placed_coordinates`.
pub fn write_csv(
    services: &[Service],
    out: impl std::io::Write,
    placed_coordinates: bool,
) -> Result<(), csv::Error> {
    let rows: Vec<Vec<(String, String)>> = services
        .iter()
        .map(|s| to_cells(s, placed_coordinates))
        .collect();
    let mut translations: BTreeMap<&str, std::collections::BTreeSet<String>> = BTreeMap::new();
    let mut extra = std::collections::BTreeSet::new();
    for (c, _) in rows.iter().flatten() {
        if let Some((base, _)) = c.split_once(':') {
            if let Some(b) = TRANSLATABLE.iter().find(|t| **t == base) {
                translations.entry(b).or_default().insert(c.clone());
                continue;
            }
        }
        if !COLUMNS.contains(&c.as_str()) {
            extra.insert(c.clone());
        }
    }
    let mut header: Vec<String> = Vec::new();
    for c in COLUMNS {
        header.push(c.to_string());
        if let Some(t) = translations.get(c) {
            header.extend(t.iter().cloned());
        }
    }
    header.extend(extra);
    let mut w = csv::Writer::from_writer(out);
    w.write_record(&header)?;
    for row in &rows {
        let cells: HashMap<&str, &str> =
            row.iter().map(|(c, v)| (c.as_str(), v.as_str())).collect();
        w.write_record(
            header
                .iter()
                .map(|h| cells.get(h.as_str()).copied().unwrap_or("")),
        )?;
    }
    w.flush()?;
    Ok(())
}

fn csv_error(e: &csv::Error) -> Msg {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => msg(
            "src-cell-count",
            &[
                ("cells", len.to_string()),
                ("columns", expected_len.to_string()),
            ],
        ),
        csv::ErrorKind::Utf8 { err, .. } => {
            msg("src-bad-utf8", &[("offset", err.valid_up_to().to_string())])
        }
        csv::ErrorKind::Io(err) => msg("src-cannot-read", &[("reason", err.to_string())]),
        _ => msg("src-bad-csv", &[("reason", e.to_string())]),
    }
}

/// One row being parsed: its cells by column index and the problems found.
struct Row<'a> {
    file: &'a Path,
    line: u64,
    columns: &'a [String],
    cells: BTreeMap<usize, String>,
    diags: Vec<Diagnostic>,
    id: Option<String>,
}

impl<'a> Row<'a> {
    fn new(file: &'a Path, line: u64, columns: &'a [String]) -> Row<'a> {
        Row {
            file,
            line,
            columns,
            cells: BTreeMap::new(),
            diags: Vec::new(),
            id: None,
        }
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.index(name)
            .and_then(|i| self.cells.get(&i))
            .map(String::as_str)
    }

    fn push(&mut self, severity: Severity, field: Option<&str>, code: &'static str, m: Msg) {
        let column = field.and_then(|f| self.index(f)).map(|i| i + 1);
        self.diags.push(Diagnostic::new(
            severity,
            code,
            self.file,
            Some(self.line),
            column,
            field.map(str::to_string),
            self.id.clone(),
            m,
        ));
    }

    fn err(&mut self, field: Option<&str>, code: &'static str, m: Msg) {
        self.push(Severity::Error, field, code, m);
    }

    fn warn(&mut self, field: Option<&str>, code: &'static str, m: Msg) {
        self.push(Severity::Warning, field, code, m);
    }

    fn err_at(&mut self, index: usize, code: &'static str, m: Msg) {
        let field = self.columns.get(index).cloned();
        self.diags.push(Diagnostic::new(
            Severity::Error,
            code,
            self.file,
            Some(self.line),
            Some(index + 1),
            field,
            self.id.clone(),
            m,
        ));
    }

    fn required(&mut self, name: &str) -> Option<String> {
        match self.get(name) {
            Some(v) => Some(v.to_string()),
            None => {
                self.err(
                    Some(name),
                    "missing",
                    msg("src-required", &[("column", name.to_string())]),
                );
                None
            }
        }
    }

    fn tri(&mut self, name: &str) -> TriState {
        match self.get(name).map(str::parse::<TriState>) {
            None => TriState::Unknown,
            Some(Ok(t)) => t,
            Some(Err(e)) => {
                self.err(
                    Some(name),
                    "bad-value",
                    msg("src-bad-answer", &[("value", e.0)]),
                );
                TriState::Unknown
            }
        }
    }

    fn text(&mut self, name: &str) -> Option<Text> {
        let value = self.get(name).map(str::to_string);
        let mut translations = BTreeMap::new();
        let prefix = format!("{name}:");
        for (i, col) in self.columns.iter().enumerate() {
            if let Some(lang) = col.strip_prefix(&prefix) {
                if let Some(v) = self.cells.get(&i) {
                    translations.insert(lang.to_string(), v.clone());
                }
            }
        }
        match value {
            Some(value) => Some(Text {
                value,
                translations,
            }),
            None if translations.is_empty() => None,
            None => {
                self.err(
                    Some(name),
                    "missing",
                    msg(
                        "src-translation-without-original",
                        &[("column", name.to_string())],
                    ),
                );
                None
            }
        }
    }

    fn list(&self, name: &str) -> Vec<String> {
        self.get(name)
            .map(|v| {
                v.split([';', ','])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    fn parse(&mut self) -> Option<Service> {
        let id = self.required("id");
        if let Some(id) = &id {
            self.id = Some(id.clone());
            if !valid_id(id) {
                self.err(
                    Some("id"),
                    "bad-id",
                    msg("src-bad-id", &[("id", id.clone())]),
                );
            }
        }
        let kind = match self.get("kind").unwrap_or("").parse::<Kind>() {
            Ok(k) => k,
            Err(e) => {
                self.err(
                    Some("kind"),
                    "bad-value",
                    msg("src-bad-kind", &[("value", e.0)]),
                );
                Kind::Place
            }
        };
        let name = self.text("name");
        if name.is_none() {
            self.required("name");
        }
        let lang = self.required("lang").unwrap_or_default();
        if !lang.is_empty() && !crate::lang::is_known(&lang) {
            self.err(
                Some("lang"),
                "bad-language",
                msg("src-bad-language", &[("code", lang.clone())]),
            );
        }
        let description = self.text("description");
        let what_to_bring = self.text("what_to_bring");

        let mut needs = Vec::new();
        for code in self.list("needs") {
            match Need::from_code(&code) {
                Ok(n) if !needs.contains(&n) => needs.push(n),
                Ok(_) => {}
                Err(e) => self.err(
                    Some("needs"),
                    "bad-need",
                    msg("src-bad-need", &[("code", e.code), ("known", e.known)]),
                ),
            }
        }
        if needs.is_empty() && self.get("needs").is_none() {
            self.err(Some("needs"), "missing", msg("src-needs-required", &[]));
        }
        needs.sort();
        let mut serves = Vec::new();
        for code in self.list("serves") {
            match Serves::from_code(&code) {
                Ok(g) if !serves.contains(&g) => serves.push(g),
                Ok(_) => {}
                Err(e) => self.err(
                    Some("serves"),
                    "bad-value",
                    msg("src-bad-group", &[("code", e.code), ("known", e.known)]),
                ),
            }
        }
        if serves.is_empty() {
            serves.push(Serves::ALL);
        }
        serves.sort();
        let mut one_stop_shop = self.tri("one_stop_shop");
        let oss = Need::from_code("one-stop-shop").ok();
        if one_stop_shop == TriState::Yes {
            if let Some(o) = oss.filter(|o| !needs.contains(o)) {
                needs.insert(0, o);
                needs.sort();
            }
        } else if oss.is_some_and(|o| needs.contains(&o)) {
            one_stop_shop = TriState::Yes;
        }

        let mut languages = Vec::new();
        for l in self.list("languages") {
            if crate::lang::is_known(&l) {
                if !languages.contains(&l) {
                    languages.push(l);
                }
            } else {
                self.err(
                    Some("languages"),
                    "bad-language",
                    msg("src-bad-language", &[("code", l.clone())]),
                );
            }
        }

        let country = self
            .required("country")
            .unwrap_or_default()
            .to_ascii_uppercase();
        let two_letters = country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase());
        if !country.is_empty() && !two_letters {
            self.err(
                Some("country"),
                "bad-country",
                msg("src-bad-country", &[("value", country.clone())]),
            );
        }
        let geonames_id = match self.get("geonames_id") {
            None => None,
            Some(v) => match v.parse::<i64>() {
                Ok(id) if id > 0 => Some(id),
                _ => {
                    self.err(
                        Some("geonames_id"),
                        "bad-value",
                        msg("src-bad-geonames-id", &[("value", v.to_string())]),
                    );
                    None
                }
            },
        };
        let address = Address {
            street: self.get("address").map(str::to_string),
            locality: self.get("locality").map(str::to_string),
            postal_code: self.get("postal_code").map(str::to_string),
            country,
            geonames_id,
        };

        let location = self.location(kind, &address);
        let timezone = self.get("timezone").map(str::to_string);
        if let Some(tz) = &timezone {
            if hours::parse_tz(tz).is_err() {
                self.err(
                    Some("timezone"),
                    "bad-timezone",
                    msg("src-bad-timezone", &[("value", tz.clone())]),
                );
            }
        }
        let opening_hours = self.get("opening_hours").map(str::to_string);
        if let Some(oh) = &opening_hours {
            if let Err(e) = hours::check(oh) {
                let position = match e {
                    hours::HoursError::Syntax { position, .. } => position,
                    hours::HoursError::TimeZone(_) => 1,
                };
                self.warn(
                    Some("opening_hours"),
                    "bad-hours",
                    msg(
                        "src-bad-hours",
                        &[("hours", oh.clone()), ("position", position.to_string())],
                    ),
                );
            }
        }
        let phones = self.phones();
        let source = self.required("source").unwrap_or_default();
        let verified_at = self.required("verified_at").unwrap_or_default();
        if !verified_at.is_empty() {
            match NaiveDate::parse_from_str(&verified_at, "%Y-%m-%d") {
                Err(_) => self.err(
                    Some("verified_at"),
                    "bad-date",
                    msg("src-bad-date", &[("value", verified_at.clone())]),
                ),
                Ok(d) if d > chrono::Utc::now().date_naive() => self.err(
                    Some("verified_at"),
                    "future-date",
                    msg("src-future-date", &[("value", verified_at.clone())]),
                ),
                Ok(_) => {}
            }
        }

        let mut extra = BTreeMap::new();
        for (i, col) in self.columns.iter().enumerate() {
            let known = COLUMNS.contains(&col.as_str())
                || col
                    .split_once(':')
                    .is_some_and(|(b, _)| TRANSLATABLE.contains(&b));
            if !known {
                if let Some(v) = self.cells.get(&i) {
                    extra.insert(col.clone(), v.clone());
                }
            }
        }

        let (id, name) = (id?, name?);
        Some(Service {
            id,
            kind,
            lang,
            name,
            description,
            organization: self.get("organization").map(str::to_string),
            needs,
            serves,
            one_stop_shop,
            languages,
            asks_status: self.tri("asks_status"),
            asks_documents: self.tri("asks_documents"),
            shares_with_immigration: self.tri("shares_with_immigration"),
            free_of_charge: self.tri("free_of_charge"),
            appointment_needed: self.tri("appointment_needed"),
            walk_in: self.tri("walk_in"),
            what_to_bring,
            address,
            location,
            timezone,
            phones,
            email: self.get("email").map(str::to_string),
            website: self.get("website").map(str::to_string),
            opening_hours,
            source,
            source_note: self.get("source_note").map(str::to_string),
            verified_at,
            extra,
        })
    }

    fn location(&mut self, kind: Kind, address: &Address) -> Option<Location> {
        let lat = self.get("lat").map(str::to_string);
        let lon = self.get("lon").map(str::to_string);
        let precision = match self.get("geo_precision").map(str::parse::<GeoPrecision>) {
            None => None,
            Some(Ok(p)) => Some(p),
            Some(Err(e)) => {
                self.err(
                    Some("geo_precision"),
                    "bad-value",
                    msg("src-bad-precision", &[("value", e.0)]),
                );
                None
            }
        };
        // Written by Ponte's own exports (HSDS, CSV) so an approximate point keeps the
        // radius it was given; rarely typed by people.
        let uncertainty = match self.get("uncertainty_m").map(str::to_string) {
            None => None,
            Some(v) => match v.parse::<f64>() {
                Ok(u) if u.is_finite() && u >= 0.0 => Some(u),
                _ => {
                    self.err(
                        Some("uncertainty_m"),
                        "bad-value",
                        msg("src-bad-uncertainty", &[("value", v.clone())]),
                    );
                    None
                }
            },
        };
        match (lat, lon) {
            (None, None) => {
                if kind.is_place() && address.locality.is_none() {
                    self.err(Some("locality"), "unplaceable", msg("src-unplaceable", &[]));
                }
                if precision == Some(GeoPrecision::Exact) {
                    self.err(
                        Some("geo_precision"),
                        "bad-value",
                        msg("src-exact-without-coordinates", &[]),
                    );
                }
                None
            }
            (Some(_), None) | (None, Some(_)) => {
                self.err(
                    Some("lat"),
                    "bad-coordinates",
                    msg("src-half-coordinates", &[]),
                );
                None
            }
            (Some(a), Some(b)) => {
                let parse = |s: &str| s.replace(',', ".").parse::<f64>().ok();
                match (parse(&a), parse(&b)) {
                    (Some(la), Some(lo)) => match LatLon::new(la, lo) {
                        Ok(point) => {
                            if la == 0.0 && lo == 0.0 {
                                self.err(
                                    Some("lat"),
                                    "bad-coordinates",
                                    msg("src-null-island", &[]),
                                );
                                return None;
                            }
                            let mut loc =
                                Location::new(point, precision.unwrap_or(GeoPrecision::Exact));
                            if let Some(u) = uncertainty {
                                loc.uncertainty_m = u;
                            }
                            Some(loc)
                        }
                        Err(e) => {
                            let (field, m) = match e {
                                crate::model::BadCoordinates::Longitude(_) => {
                                    ("lon", msg("src-bad-longitude", &[("value", b.clone())]))
                                }
                                _ => ("lat", msg("src-bad-latitude", &[("value", a.clone())])),
                            };
                            self.err(Some(field), "bad-coordinates", m);
                            None
                        }
                    },
                    _ => {
                        let field = if parse(&a).is_none() { "lat" } else { "lon" };
                        self.err(
                            Some(field),
                            "bad-coordinates",
                            msg(
                                "src-not-degrees",
                                &[("value", if field == "lat" { a.clone() } else { b.clone() })],
                            ),
                        );
                        None
                    }
                }
            }
        }
    }

    fn phones(&mut self) -> Vec<Phone> {
        let Some(raw) = self.get("phone").map(str::to_string) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for part in raw.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            let (number, note) = match part.split_once('(') {
                Some((n, rest)) => (
                    n.trim(),
                    Some(rest.trim_end_matches(')').trim().to_string()),
                ),
                None => (part, None),
            };
            let digits = number.chars().filter(char::is_ascii_digit).count();
            if digits < 2
                || number
                    .chars()
                    .any(|c| !(c.is_ascii_digit() || " +-./".contains(c)))
            {
                self.err(
                    Some("phone"),
                    "bad-phone",
                    msg("src-bad-phone", &[("number", number.to_string())]),
                );
                continue;
            }
            out.push(Phone {
                number: number.to_string(),
                note: note.filter(|n| !n.is_empty()),
            });
        }
        out
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(csv: &str) -> Loaded {
        read_csv(csv.as_bytes(), Path::new("t.csv"))
    }

    const HEAD: &str = "id,name,lang,name:en,needs,country,locality,lat,lon,opening_hours,phone,source,verified_at\n";

    #[test]
    fn a_good_row_reads_fully() {
        let l = load(&format!("{HEAD}pt-x,Centro,pt,Centre,health;legal-aid.regularisation,pt,Lisboa,38.7,-9.1,Mo-Fr 08:00-17:00,+351 808 257 257 (landlines); +351 21 810 61 91,https://example.org,2024-03-19\n"));
        assert!(!l.has_errors(), "{:?}", l.diagnostics);
        let s = &l.services[0];
        assert_eq!(s.address.country, "PT");
        assert_eq!(s.name.translations["en"], "Centre");
        assert_eq!(s.phones.len(), 2);
        assert_eq!(s.phones[0].note.as_deref(), Some("landlines"));
        assert_eq!(s.location.as_ref().unwrap().precision, GeoPrecision::Exact);
        assert_eq!(l.origins[0].1, 2);
    }

    #[test]
    fn errors_name_row_column_and_field() {
        let l = load(&format!(
            "{HEAD}pt-x,Centro,pt,,healthcare,PT,Lisboa,138.7,-9.1,,,https://e.org,2024-13-01\n"
        ));
        let msgs: Vec<String> = l.diagnostics.iter().map(|d| d.to_string()).collect();
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("t.csv:2:5: error [needs]")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|m| m.starts_with("t.csv:2:8: error [lat]")),
            "{msgs:?}"
        );
        assert!(msgs.iter().any(|m| m.contains("[verified_at]")), "{msgs:?}");
        assert!(l.has_errors());
    }

    #[test]
    fn unparseable_hours_are_kept_with_a_warning() {
        let l = load(&format!("{HEAD}pt-x,Centro,pt,,health,PT,Lisboa,,,mornings except Tuesday,,https://e.org,2024-01-01\n"));
        assert!(!l.has_errors());
        assert_eq!(l.diagnostics[0].severity, Severity::Warning);
        assert_eq!(
            l.services[0].opening_hours.as_deref(),
            Some("mornings except Tuesday")
        );
    }

    #[test]
    fn duplicate_ids_and_missing_columns_are_errors() {
        let l = load(&format!("{HEAD}a,A,pt,,health,PT,Lisboa,,,,,s,2024-01-01\na,B,pt,,health,PT,Porto,,,,,s,2024-01-01\n"));
        assert!(l
            .diagnostics
            .iter()
            .any(|d| d.code == "duplicate-id" && d.row == Some(3)));
        let l = load("id,name\nx,y\n");
        assert!(l.has_errors());
        assert!(l.services.is_empty());
    }

    #[test]
    fn broken_utf8_and_huge_fields_are_located() {
        let mut bytes = HEAD.as_bytes().to_vec();
        bytes.extend_from_slice(b"a,Cen\xfftro,pt,,health,PT,Lisboa,,,,,s,2024-01-01\n");
        let l = read_csv(&bytes[..], Path::new("t.csv"));
        assert!(l
            .diagnostics
            .iter()
            .any(|d| d.code == "bad-utf8" && d.row == Some(2) && d.column == Some(2)));
        let big = "x".repeat(MAX_FIELD_BYTES + 1);
        let l = load(&format!(
            "{HEAD}a,{big},pt,,health,PT,Lisboa,,,,,s,2024-01-01\n"
        ));
        assert!(l
            .diagnostics
            .iter()
            .any(|d| d.code == "too-long" && d.column == Some(2)));
    }

    #[test]
    fn unclosed_quote_is_reported_not_swallowed() {
        let l = load(&format!("{HEAD}a,\"Centro,pt,,health,PT,Lisboa,,,,,s,2024-01-01\nb,B,pt,,health,PT,Porto,,,,,s,2024-01-01\n"));
        assert!(l.has_errors(), "{:?}", l.diagnostics);
    }

    #[test]
    fn crlf_files_report_the_row_a_spreadsheet_shows() {
        // Regression: Excel saves CSV with CRLF line ends, and the csv crate then placed
        // every record on the line before its own.
        let text = format!("{HEAD}a,A,pt,,health,PT,Lisboa,,,,,s,2024-01-01\nb,\"B\nB\",pt,,health,PT,Porto,200,,,,s,2024-01-01\n")
            .replace('\n', "\r\n");
        let l = load(&text);
        assert_eq!(l.origins[0].1, 2);
        assert_eq!(l.origins[1].1, 3);
        assert!(l
            .diagnostics
            .iter()
            .any(|d| d.row == Some(3) && d.field.as_deref() == Some("lat")));
    }

    #[test]
    fn unknown_columns_are_kept_as_extra() {
        let l = load("id,name,lang,needs,country,locality,source,verified_at,funding\na,A,pt,health,PT,Lisboa,s,2024-01-01,FAMI\n");
        assert_eq!(l.services[0].extra["funding"], "FAMI");
    }
}
