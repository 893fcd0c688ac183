//! Printing: tables that line up in a terminal, JSON, and text cleaned for terminals.

use std::io::Write;

use ponte::i18n::{Direction, L10n};
use unicode_width::UnicodeWidthStr;

use crate::Failure;

/// Text as a terminal should get it: Fluent's bidi isolation marks are kept for
/// right-to-left languages (where they keep mixed-direction text in order) and dropped for
/// left-to-right ones (where many terminals draw them as boxes).
pub fn clean(l: &L10n, s: &str) -> String {
    match l.direction() {
        Direction::Rtl => s.to_string(),
        Direction::Ltr => ponte::i18n::strip_isolation(s),
    }
}

/// One diagnostic as a line: `file:row:column: error [field] (id): message`, in the
/// reader's language.
pub fn diagnostic(l: &L10n, d: &ponte::source::Diagnostic) -> String {
    let mut s = d.file.display().to_string();
    if let Some(r) = d.row {
        s.push_str(&format!(":{r}"));
        if let Some(c) = d.column {
            s.push_str(&format!(":{c}"));
        }
    }
    let sev = match d.severity {
        ponte::source::Severity::Error => l.t("diag-error"),
        ponte::source::Severity::Warning => l.t("diag-warning"),
    };
    s.push_str(&format!(": {sev}"));
    if let Some(field) = &d.field {
        s.push_str(&format!(" [{field}]"));
    }
    if let Some(id) = &d.id {
        s.push_str(&format!(" ({id})"));
    }
    clean(l, &format!("{s}: {}", d.message_in(l)))
}

/// The lines of a failed build: every error, then a count.
pub fn source_errors(l: &L10n, errs: &ponte::source::SourceErrors) -> String {
    let errors: Vec<&ponte::source::Diagnostic> = errs
        .0
        .iter()
        .filter(|d| d.severity == ponte::source::Severity::Error)
        .collect();
    let mut lines: Vec<String> = errors.iter().take(200).map(|d| diagnostic(l, d)).collect();
    if errors.len() > 200 {
        lines.push(format!("… {}", errors.len() - 200));
    }
    lines.push(clean(
        l,
        &l.ta("diag-nothing-changed", &[("count", errors.len().into())]),
    ));
    lines.join("\n")
}

/// Prints `v` as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize + ?Sized>(v: &T) -> Result<(), Failure> {
    let s = serde_json::to_string_pretty(v).map_err(|e| Failure::Internal(e.into()))?;
    let mut o = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = writeln!(o, "{s}");
    Ok(())
}

/// Terminal width: $COLUMNS, else 100.
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|w: &usize| *w >= 40)
        .unwrap_or(100)
}

/// Cuts `s` to at most `max` columns, with an ellipsis.
pub fn fit(s: &str, max: usize) -> String {
    if s.width() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if out.width() + w + 1 > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// A simple aligned table.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column titles.
    pub fn new(header: Vec<String>) -> Table {
        Table {
            header,
            rows: Vec::new(),
        }
    }

    /// Adds a row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// Prints it, shrinking the widest column to fit the terminal.
    pub fn print(&self, l: &L10n) {
        self.print_with_details(l, &[], width());
    }

    /// Prints it with an indented second line under row `i` from `details[i]`, shrinking
    /// the widest column to fit `avail` columns.
    pub fn print_with_details(&self, l: &L10n, details: &[String], avail: usize) {
        let n = self.header.len();
        let clean_rows: Vec<Vec<String>> = std::iter::once(&self.header)
            .chain(&self.rows)
            .map(|r| r.iter().map(|c| clean(l, c)).collect())
            .collect();
        let mut widths = vec![0usize; n];
        for r in &clean_rows {
            for (i, c) in r.iter().enumerate().take(n) {
                widths[i] = widths[i].max(c.width());
            }
        }
        let total: usize = widths.iter().sum::<usize>() + 2 * (n - 1);
        if total > avail {
            if let Some((wi, _)) = widths.iter().enumerate().max_by_key(|(_, w)| **w) {
                widths[wi] = widths[wi].saturating_sub(total - avail).max(12);
            }
        }
        let mut o = std::io::stdout().lock();
        for (ri, r) in clean_rows.iter().enumerate() {
            let mut line = String::new();
            for (i, c) in r.iter().enumerate().take(n) {
                let cell = fit(c, widths[i]);
                line.push_str(&cell);
                if i + 1 < n {
                    line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
                }
            }
            let _ = writeln!(o, "{}", line.trim_end());
            if ri > 0 {
                if let Some(d) = details.get(ri - 1) {
                    let indent = widths[0] + 2;
                    let _ = writeln!(
                        o,
                        "{}{}",
                        " ".repeat(indent),
                        fit(&clean(l, d), avail.saturating_sub(indent))
                    );
                }
            }
            if ri == 0 {
                let _ = writeln!(
                    o,
                    "{}",
                    "─".repeat(widths.iter().sum::<usize>() + 2 * (n - 1))
                );
            }
        }
    }
}
