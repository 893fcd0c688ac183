//! Recognising a locale's messages in text shown on screen, for the "no untranslated
//! string" check: every message (and attribute) of `locales/<tag>/*.ftl` becomes a regular
//! expression (literal text kept, arguments as wildcards, plural variants as alternatives),
//! so a text on screen can be traced back to the English message it was formatted from.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use anyhow::{Context, Result};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use regex::Regex;

/// One message or attribute of a locale.
#[derive(Debug)]
pub struct Message {
    /// `id` or `id.attribute`.
    pub id: String,
    /// Matches the whole formatted text (bidi isolation marks removed first).
    pub re: Regex,
    /// The literal text of the pattern without its arguments (every variant).
    pub literal: String,
}

/// A locale's messages, by id.
#[derive(Debug, Default)]
pub struct Messages {
    pub by_id: BTreeMap<String, Message>,
}

type Terms<'a> = HashMap<&'a str, &'a Pattern<String>>;

fn push_text(re: &mut String, lit: &mut String, text: &str) {
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                re.push_str(r"\s+");
                lit.push(' ');
            }
            in_space = true;
        } else {
            in_space = false;
            re.push_str(&regex::escape(&c.to_string()));
            lit.push(c);
        }
    }
}

fn pattern(p: &Pattern<String>, terms: &Terms, depth: u8, re: &mut String, lit: &mut String) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => push_text(re, lit, value),
            PatternElement::Placeable { expression } => expr(expression, terms, depth, re, lit),
        }
    }
}

fn expr(e: &Expression<String>, terms: &Terms, depth: u8, re: &mut String, lit: &mut String) {
    match e {
        Expression::Select { variants, .. } => {
            re.push_str("(?:");
            for (i, v) in variants.iter().enumerate() {
                if i > 0 {
                    re.push('|');
                    lit.push(' ');
                }
                pattern(&v.value, terms, depth, re, lit);
            }
            re.push(')');
        }
        Expression::Inline(i) => inline(i, terms, depth, re, lit),
    }
}

fn inline(
    i: &InlineExpression<String>,
    terms: &Terms,
    depth: u8,
    re: &mut String,
    lit: &mut String,
) {
    match i {
        InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value } => {
            push_text(re, lit, value)
        }
        InlineExpression::TermReference {
            id,
            attribute: None,
            ..
        } if depth < 4 => match terms.get(id.name.as_str()) {
            Some(p) => pattern(p, terms, depth + 1, re, lit),
            None => re.push_str("(?s:.+?)"),
        },
        InlineExpression::Placeable { expression } => expr(expression, terms, depth, re, lit),
        // Variables, functions and message references: anything.
        _ => re.push_str("(?s:.*?)"),
    }
}

/// Whether `text` holds a word of Latin letters (two or more in a row).
pub fn has_latin_word(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            run += 1;
            if run >= 2 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Text as it is compared: Fluent's isolation marks removed, whitespace collapsed, trimmed.
pub fn normalize(text: &str) -> String {
    let no_marks: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    no_marks.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text with every argument Fluent inserted (between FSI and PDI) removed: what is left is
/// what the translation itself says.
pub fn without_arguments(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0u32;
    for c in text.chars() {
        match c {
            '\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

impl Messages {
    /// Reads every `.ftl` file of `locales/<tag>/`. A missing folder gives no messages.
    pub fn load(locales: &Path, tag: &str) -> Result<Messages> {
        let dir = locales.join(tag);
        let mut sources = Vec::new();
        if dir.is_dir() {
            let mut files: Vec<_> = std::fs::read_dir(&dir)
                .with_context(|| dir.display().to_string())?
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect();
            files.sort();
            for f in files {
                sources.push(std::fs::read_to_string(&f).with_context(|| f.display().to_string())?);
            }
        }
        let resources: Vec<_> = sources
            .into_iter()
            .map(|s| fluent_syntax::parser::parse(s).unwrap_or_else(|(r, _)| r))
            .collect();
        let mut terms: Terms = HashMap::new();
        for r in &resources {
            for e in &r.body {
                if let Entry::Term(t) = e {
                    terms.insert(t.id.name.as_str(), &t.value);
                }
            }
        }
        let mut out = Messages::default();
        let mut add = |id: String, p: &Pattern<String>| {
            let (mut re, mut lit) = (String::new(), String::new());
            pattern(p, &terms, 0, &mut re, &mut lit);
            let full = format!(r"^\s*{re}\s*$");
            if let Ok(re) = Regex::new(&full) {
                out.by_id.insert(
                    id.clone(),
                    Message {
                        id,
                        re,
                        literal: lit,
                    },
                );
            }
        };
        for r in &resources {
            for e in &r.body {
                if let Entry::Message(m) = e {
                    if let Some(v) = &m.value {
                        add(m.id.name.clone(), v);
                    }
                    for a in &m.attributes {
                        add(format!("{}.{}", m.id.name, a.id.name), &a.value);
                    }
                }
            }
        }
        Ok(out)
    }

    /// The messages whose own words are Latin (for English: every message with words).
    pub fn with_latin_words(&self) -> impl Iterator<Item = &Message> {
        self.by_id.values().filter(|m| has_latin_word(&m.literal))
    }
}

/// Texts shown in a `target` locale that are English messages left untranslated: each text
/// that matches an English message with words of its own, unless the target locale has that
/// message and the text matches the target's version (a translation may keep a word, such
/// as a name, as it is). Returns (text, English message id).
pub fn untranslated<'a>(
    texts: &'a [String],
    english: &'a Messages,
    target: &'a Messages,
) -> Vec<(&'a str, &'a str)> {
    let en: Vec<&Message> = english.with_latin_words().collect();
    let mut out = Vec::new();
    for t in texts {
        let n = normalize(t);
        if !has_latin_word(&n) {
            continue;
        }
        for m in &en {
            if m.re.is_match(&n) {
                let kept = target.by_id.get(&m.id).is_some_and(|tm| tm.re.is_match(&n));
                if !kept {
                    out.push((t.as_str(), m.id.as_str()));
                    break;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(src: &str) -> Messages {
        let dir = std::env::temp_dir().join(format!("ponte-e2e-ftl-{}", std::process::id()));
        let loc = dir.join("xx");
        std::fs::create_dir_all(&loc).unwrap();
        std::fs::write(loc.join("a.ftl"), src).unwrap();
        let m = Messages::load(&dir, "xx").unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        m
    }

    #[test]
    fn english_messages_are_recognised_with_their_arguments_and_plurals() {
        let en = messages(
            "-brand = Ponte\n\
             start-title = What do you need help with?\n\
             results-count = { $count ->\n  [one] One place found\n *[other] { $count } places found\n}\n\
             where-looking-for = Looking for: { $need }\n\
             about = About { -brand }\n    .title = More about it\n\
             dot = { $a } · { $b }\n",
        );
        let fa = messages("start-title = به چه کمکی نیاز دارید؟\nabout = درباره Ponte\n");
        let shown: Vec<String> = [
            "What do you need help with?",
            "  \u{2068}12\u{2069} places  found ",
            "Looking for: \u{2068}سلامت\u{2069}",
            "به چه کمکی نیاز دارید؟",
            "درباره Ponte",
            "More about it",
            "\u{2068}x\u{2069} · \u{2068}y\u{2069}",
            "Lisboa",
        ]
        .map(String::from)
        .to_vec();
        let found: Vec<&str> = untranslated(&shown, &en, &fa)
            .into_iter()
            .map(|(_, id)| id)
            .collect();
        assert_eq!(
            found,
            [
                "start-title",
                "results-count",
                "where-looking-for",
                "about.title"
            ]
        );
    }

    #[test]
    fn arguments_are_removed_to_see_the_translation_own_words() {
        let t = "نتائج \u{2068}Health\u{2069} قرب \u{2068}Lisbon, \u{2068}PT\u{2069}\u{2069}";
        assert!(!has_latin_word(&without_arguments(t)));
        assert!(has_latin_word(&without_arguments(
            "Results near \u{2068}x\u{2069}"
        )));
    }
}
