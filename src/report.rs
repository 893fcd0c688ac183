//! Findings about directory sources that a person must act on: a [`Diagnostic`] (file,
//! row, column, field, severity) plus a Fluent message id and its arguments, so the CLI and
//! the app can say it in the reader's language. The library keeps an English rendering in
//! the diagnostic's `message` for logs and for callers without a locale.
//!

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::i18n::L10n;
use crate::source::{Diagnostic, Severity};

/// A diagnostic with a localisable message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Where and what (the English message included).
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
    /// Fluent message id (`data-…` in `locales/*/data.ftl`), when the message is localised.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<&'static str>,
    /// The message's arguments.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<&'static str, String>,
}

impl Finding {
    /// A finding from a diagnostic (localised when the diagnostic has a message id).
    pub fn plain(diagnostic: Diagnostic) -> Finding {
        Finding {
            message_id: diagnostic.message_id,
            args: diagnostic.args.clone(),
            diagnostic,
        }
    }

    /// Error or warning.
    pub fn severity(&self) -> Severity {
        self.diagnostic.severity
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.diagnostic.severity == Severity::Error
    }

    /// The message in `l`'s language (English when the finding has no message id).
    pub fn message(&self, l: &L10n) -> String {
        match self.message_id {
            Some(id) => format_message(l, id, &self.args),
            None => self.diagnostic.message.clone(),
        }
    }
}

/// Where a finding is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct At {
    /// The file.
    pub file: PathBuf,
    /// Line of the record (1 = header) or of the JSON text.
    pub row: Option<u64>,
    /// 1-based column of the cell.
    pub column: Option<usize>,
    /// Column name, or a JSON pointer for JSON input.
    pub field: Option<String>,
    /// The record's id.
    pub id: Option<String>,
}

impl At {
    /// A whole file.
    pub fn file(file: &Path) -> At {
        At {
            file: file.to_path_buf(),
            ..At::default()
        }
    }

    /// The same place, another field.
    pub fn field(&self, field: impl Into<String>) -> At {
        At {
            field: Some(field.into()),
            ..self.clone()
        }
    }

    /// A finding here, with its message rendered in English for `diagnostic.message`.
    pub fn finding(
        &self,
        severity: Severity,
        code: &'static str,
        message_id: &'static str,
        args: &[(&'static str, String)],
    ) -> Finding {
        let args: BTreeMap<&'static str, String> = args.iter().cloned().collect();
        Finding {
            diagnostic: Diagnostic {
                severity,
                code,
                file: self.file.clone(),
                row: self.row,
                column: self.column,
                field: self.field.clone(),
                id: self.id.clone(),
                message: format_message(english(), message_id, &args),
                message_id: Some(message_id),
                args: args.clone(),
            },
            message_id: Some(message_id),
            args,
        }
    }

    /// An error here.
    pub fn error(
        &self,
        code: &'static str,
        message_id: &'static str,
        args: &[(&'static str, String)],
    ) -> Finding {
        self.finding(Severity::Error, code, message_id, args)
    }

    /// A warning here.
    pub fn warning(
        &self,
        code: &'static str,
        message_id: &'static str,
        args: &[(&'static str, String)],
    ) -> Finding {
        self.finding(Severity::Warning, code, message_id, args)
    }
}

use crate::i18n::{english, format_plain as format_message};

/// Counts of errors and warnings.
pub fn counts(findings: &[Finding]) -> (usize, usize) {
    let errors = findings.iter().filter(|f| f.is_error()).count();
    (errors, findings.len() - errors)
}
