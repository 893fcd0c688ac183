//! Language codes of spoken languages (what staff speak, what a text is written in):
//! validation and names. Codes are BCP 47 tags whose primary subtag is ISO 639-1 or 639-3.

use isolang::Language;

/// The ISO 639 language of a BCP 47 tag's primary subtag.
pub fn language(code: &str) -> Option<Language> {
    let primary = crate::model::base(code.trim()).to_ascii_lowercase();
    match primary.len() {
        2 => Language::from_639_1(&primary),
        3 => Language::from_639_3(&primary),
        _ => None,
    }
}

/// Whether `code` names a known language.
pub fn is_known(code: &str) -> bool {
    language(code).is_some()
}

/// The language's own name for itself ("العربية", "português"), falling back to its
/// English name; `None` for an unknown code. Shown so a person recognises their language
/// whatever language the app is in.
pub fn autonym(code: &str) -> Option<&'static str> {
    let l = language(code)?;
    l.to_autonym().or(Some(l.to_name()))
}

/// The English name of a language.
pub fn english_name(code: &str) -> Option<&'static str> {
    language(code).map(|l| l.to_name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes_of_both_lengths_and_with_regions() {
        for c in [
            "pt", "ar", "kea", "pov", "mnk", "fil", "shn", "pt-BR", "zh-Hant",
        ] {
            assert!(is_known(c), "{c}");
        }
        for c in ["xx", "portuguese", "", "q"] {
            assert!(!is_known(c), "{c}");
        }
    }

    #[test]
    fn autonyms_name_languages_in_themselves() {
        assert_eq!(english_name("pt"), Some("Portuguese"));
        assert!(autonym("ar").is_some_and(|n| n.contains('ع')));
    }
}
