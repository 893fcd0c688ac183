//! Every shipped locale against the English source: parse errors, extra or missing
//! messages, variables that differ, and locales that claim more completeness than they
//! have. Never ship a half-translated locale silently.

use std::collections::BTreeMap;

use ponte::i18n::{self, Status};

fn en() -> BTreeMap<String, Vec<String>> {
    i18n::message_ids(i18n::SOURCE_LOCALE)
}

#[test]
fn every_locale_parses_and_matches_the_source() {
    let source = en();
    assert!(source.len() > 100, "English has {} messages", source.len());
    let mut problems = Vec::new();
    for info in i18n::locales() {
        if info.status == Status::Pseudo {
            continue;
        }
        let tag = &info.tag;
        for (file, e) in i18n::parse_problems(tag) {
            problems.push(format!("{tag}/{file}: syntax: {e}"));
        }
        let ids = i18n::message_ids(tag);
        for (id, vars) in &ids {
            match source.get(id) {
                None => problems.push(format!("{tag}: extra message {id} (not in English)")),
                Some(src_vars) if src_vars != vars => problems.push(format!(
                    "{tag}: {id} uses variables {vars:?}, English uses {src_vars:?}"
                )),
                Some(_) => {}
            }
        }
        let missing: Vec<&String> = source.keys().filter(|id| !ids.contains_key(*id)).collect();
        let claims_complete = matches!(
            info.status,
            Status::Complete | Status::Reviewed | Status::Source
        );
        if claims_complete && !missing.is_empty() {
            problems.push(format!(
                "{tag}: status {:?} but {} messages missing, e.g. {:?}",
                info.status,
                missing.len(),
                &missing[..missing.len().min(5)]
            ));
        }
        if info.status == Status::Draft && missing.is_empty() {
            problems.push(format!(
                "{tag}: every message is translated: set status to \"complete\""
            ));
        }
        if info.review.trim().is_empty() {
            problems.push(format!("{tag}: locale.toml has no review note"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_variable_in_english_is_documented() {
    let problems: Vec<String> = i18n::undocumented_variables(i18n::SOURCE_LOCALE)
        .into_iter()
        .map(|(file, id, var)| format!("{file}: {id} uses ${var} without a `# Variables:` comment"))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn message_ids_are_kebab_case() {
    for id in en().keys() {
        let msg = id.split('.').next().unwrap_or(id);
        assert!(
            msg.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id}"
        );
    }
}

#[test]
fn every_need_group_and_direction_has_a_name() {
    let l = i18n::L10n::english();
    for n in ponte::taxonomy::Need::all() {
        assert!(l.has(&n.message_id()), "{}", n.message_id());
    }
    for g in ponte::taxonomy::Serves::all_groups() {
        assert!(l.has(&g.message_id()), "{}", g.message_id());
    }
    for d in ["n", "ne", "e", "se", "s", "sw", "w", "nw"] {
        assert!(l.has(&format!("compass-{d}")));
    }
}
