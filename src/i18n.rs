//! Every user-visible string, in the person's language: Fluent (`locales/<tag>/*.ftl`),
//! one source for the app and the command line.
//!
//! - Locales are embedded in the binary at build time, so nothing is read from disk.
//! - The person's languages (system or chosen) are negotiated against the shipped ones,
//!   with a chain that always ends in English, so a missing string shows in English
//!   rather than as an id.
//! - Numbers are formatted with CLDR data for the locale (digits, separators); plural
//!   categories come from Fluent's own plural rules; bidi isolation stays on so a Latin
//!   place name inside Arabic text doesn't scramble the sentence.
//! - Two pseudo-locales, `en-XA` (accented, 30-40% longer) and `ar-XB` (mirrored,
//!   right-to-left), exist to catch clipped text and layouts that ignore direction.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales_generated.rs"));

/// The source locale: every other locale is checked against it, and every chain ends in it.
pub const SOURCE_LOCALE: &str = "en";
/// Pseudo-locale with accented, elongated text.
pub const PSEUDO_LONG: &str = "en-XA";
/// Pseudo-locale with mirrored text, laid out right-to-left.
pub const PSEUDO_RTL: &str = "ar-XB";

/// Text direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// `ltr` or `rtl`, as HTML's `dir` attribute wants.
    pub fn code(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// How far a locale can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The source text.
    Source,
    /// Every message translated and reviewed by a native speaker.
    Reviewed,
    /// Every message translated, not yet reviewed by a native speaker.
    Complete,
    /// Some messages missing: English shows in their place, and the app says so.
    Draft,
    /// Generated for testing layouts.
    Pseudo,
}

/// What a locale says about itself (`locales/<tag>/locale.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocaleInfo {
    /// BCP 47 tag.
    #[serde(default)]
    pub tag: String,
    /// The language's name for itself.
    pub name: String,
    /// Text direction.
    pub direction: Direction,
    /// How far it can be trusted.
    pub status: Status,
    /// Who translated and reviewed it, and what is left to do.
    pub review: String,
}

type Bundle = FluentBundle<FluentResource>;
type Transform = fn(&str) -> Cow<'_, str>;

struct Catalogue {
    infos: BTreeMap<String, LocaleInfo>,
    sources: HashMap<String, Vec<(&'static str, &'static str)>>,
    bundles: Mutex<HashMap<String, Arc<Bundle>>>,
}

fn catalogue() -> &'static Catalogue {
    static CAT: OnceLock<Catalogue> = OnceLock::new();
    CAT.get_or_init(|| {
        let mut infos = BTreeMap::new();
        let mut sources: HashMap<String, Vec<(&'static str, &'static str)>> = HashMap::new();
        for (tag, file, content) in LOCALE_FILES {
            if *file == "locale.toml" {
                if let Ok(mut info) = toml::from_str::<LocaleInfo>(content) {
                    info.tag = tag.to_string();
                    infos.insert(tag.to_string(), info);
                }
            } else {
                sources
                    .entry(tag.to_string())
                    .or_default()
                    .push((file, content));
            }
        }
        for (tag, flipped) in [(PSEUDO_LONG, false), (PSEUDO_RTL, true)] {
            infos.insert(
                tag.to_string(),
                LocaleInfo {
                    tag: tag.to_string(),
                    name: if flipped {
                        "Pseudo (mirrored)"
                    } else {
                        "Pseudo (long)"
                    }
                    .into(),
                    direction: if flipped {
                        Direction::Rtl
                    } else {
                        Direction::Ltr
                    },
                    status: Status::Pseudo,
                    review: "Generated from English to test layouts.".into(),
                },
            );
        }
        Catalogue {
            infos,
            sources,
            bundles: Mutex::new(HashMap::new()),
        }
    })
}

/// Every shipped locale (pseudo-locales last).
pub fn locales() -> Vec<LocaleInfo> {
    let mut v: Vec<LocaleInfo> = catalogue().infos.values().cloned().collect();
    v.sort_by_key(|i| (i.status == Status::Pseudo, i.tag.clone()));
    v
}

/// A locale's description.
pub fn locale_info(tag: &str) -> Option<LocaleInfo> {
    catalogue().infos.get(tag).cloned()
}

/// Problems found parsing a locale's files: (file, message).
pub fn parse_problems(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (file, content) in catalogue().sources.get(tag).into_iter().flatten() {
        if let Err((_, errs)) = FluentResource::try_new(content.to_string()) {
            for e in errs {
                out.push((file.to_string(), format!("{e:?}")));
            }
        }
    }
    out
}

/// The raw FTL sources of a locale: (file name, text).
pub fn sources(tag: &str) -> Vec<(&'static str, &'static str)> {
    catalogue().sources.get(tag).cloned().unwrap_or_default()
}

fn pseudo_long(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, false, true)
}

fn pseudo_rtl(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, true, false)
}

fn bundle(tag: &str) -> Option<Arc<Bundle>> {
    let cat = catalogue();
    if let Ok(b) = cat.bundles.lock() {
        if let Some(b) = b.get(tag) {
            return Some(b.clone());
        }
    }
    let (source_tag, transform): (&str, Option<Transform>) = match tag {
        PSEUDO_LONG => (SOURCE_LOCALE, Some(pseudo_long)),
        PSEUDO_RTL => (SOURCE_LOCALE, Some(pseudo_rtl)),
        t => (t, None),
    };
    let files = cat.sources.get(source_tag)?;
    let langid: LanguageIdentifier = tag.parse().ok()?;
    let mut b = Bundle::new_concurrent(vec![langid]);
    b.set_use_isolating(true);
    b.set_formatter(Some(format_number));
    // NUMBER() is a builtin Fluent leaves to the embedder to register.
    let _ = b.add_builtins();
    b.set_transform(transform);
    for (_, content) in files {
        // A resource with a syntax error still yields its good messages; the locale test
        // reports the bad ones.
        let res = match FluentResource::try_new(content.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        b.add_resource_overriding(res);
    }
    let b = Arc::new(b);
    if let Ok(mut m) = cat.bundles.lock() {
        m.insert(tag.to_string(), b.clone());
    }
    Some(b)
}

/// CLDR number formatting for a bundle's locale, memoised per locale by Fluent.
struct Numbers(icu_decimal::DecimalFormatter);

impl intl_memoizer::Memoizable for Numbers {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let tag = match lang.to_string().as_str() {
            PSEUDO_LONG | PSEUDO_RTL => SOURCE_LOCALE.to_string(),
            t => t.to_string(),
        };
        let loc = icu_locale_core::Locale::try_from_str(&tag).map_err(|_| ())?;
        icu_decimal::DecimalFormatter::try_new((&loc).into(), Default::default())
            .map(Numbers)
            .map_err(|_| ())
    }
}

fn format_number(
    v: &FluentValue<'_>,
    m: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = v else {
        return None;
    };
    let max = n.options.maximum_fraction_digits.unwrap_or(3);
    let min = n.options.minimum_fraction_digits.unwrap_or(0);
    let d = decimal(n.value, min, max)?;
    m.with_try_get::<Numbers, _, _>((), |f| f.0.format_to_string(&d))
        .ok()
}

/// `value` rounded to at most `max` and at least `min` fraction digits.
fn decimal(value: f64, min: usize, max: usize) -> Option<fixed_decimal::Decimal> {
    if !value.is_finite() {
        return None;
    }
    let max = max.min(12);
    let min = min.min(max);
    let mut d = fixed_decimal::Decimal::try_from_str(&format!("{value:.max$}")).ok()?;
    d.absolute.trim_end();
    d.absolute.pad_end(-(min as i16));
    Some(d)
}

/// The person's languages from the environment (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`,
/// `LANG`), most preferred first, as BCP 47 tags.
pub fn system_languages() -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |raw: &str| {
        for part in raw.split(':') {
            let tag = part
                .split(['.', '@'])
                .next()
                .unwrap_or("")
                .replace('_', "-");
            if !tag.is_empty() && tag != "C" && tag != "POSIX" && !out.contains(&tag) {
                out.push(tag);
            }
        }
    };
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            add(&v);
        }
    }
    out
}

/// A negotiated chain of locales to format messages with.
#[derive(Clone)]
pub struct L10n {
    chain: Vec<(String, Arc<Bundle>)>,
    fallback_from: Option<String>,
}

impl std::fmt::Debug for L10n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tags: Vec<&str> = self.chain.iter().map(|(t, _)| t.as_str()).collect();
        f.debug_struct("L10n").field("chain", &tags).finish()
    }
}

impl L10n {
    /// Negotiates `requested` (most preferred first) against the shipped locales.
    /// Pseudo-locales are used only when asked for by exact tag.
    pub fn new(requested: &[String]) -> L10n {
        let cat = catalogue();
        let mut tags: Vec<String> = Vec::new();
        if let Some(first) = requested.first() {
            if first == PSEUDO_LONG || first == PSEUDO_RTL {
                tags.push(first.clone());
            }
        }
        let available: Vec<LanguageIdentifier> = cat
            .infos
            .values()
            .filter(|i| i.status != Status::Pseudo)
            .filter_map(|i| i.tag.parse().ok())
            .collect();
        let wanted: Vec<LanguageIdentifier> =
            requested.iter().filter_map(|r| r.parse().ok()).collect();
        let default: LanguageIdentifier = SOURCE_LOCALE.parse().unwrap_or_default();
        let negotiated = fluent_langneg::negotiate_languages(
            &wanted,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        for l in negotiated {
            let t = l.to_string();
            if !tags.contains(&t) {
                tags.push(t);
            }
        }
        if !tags.iter().any(|t| t == SOURCE_LOCALE) {
            tags.push(SOURCE_LOCALE.to_string());
        }
        let chain: Vec<(String, Arc<Bundle>)> = tags
            .into_iter()
            .filter_map(|t| bundle(&t).map(|b| (t, b)))
            .collect();
        // Say so when the first language asked for isn't what is shown.
        let fallback_from = requested.first().and_then(|r| {
            let shown = chain
                .first()
                .map(|(t, _)| t.as_str())
                .unwrap_or(SOURCE_LOCALE);
            let same =
                crate::model::base(r).eq_ignore_ascii_case(crate::model::base(shown)) || r == shown;
            (!same).then(|| r.clone())
        });
        L10n {
            chain,
            fallback_from,
        }
    }

    /// Negotiates from the system's languages.
    pub fn from_system() -> L10n {
        L10n::new(&system_languages())
    }

    /// English.
    pub fn english() -> L10n {
        L10n::new(&[SOURCE_LOCALE.to_string()])
    }

    /// The locale shown.
    pub fn tag(&self) -> &str {
        self.chain
            .first()
            .map(|(t, _)| t.as_str())
            .unwrap_or(SOURCE_LOCALE)
    }

    /// The locale's description.
    pub fn info(&self) -> LocaleInfo {
        locale_info(self.tag()).unwrap_or_else(|| LocaleInfo {
            tag: self.tag().to_string(),
            name: self.tag().to_string(),
            direction: Direction::Ltr,
            status: Status::Draft,
            review: String::new(),
        })
    }

    /// Text direction of the locale shown.
    pub fn direction(&self) -> Direction {
        self.info().direction
    }

    /// The languages of the chain, most preferred first (for picking directory text).
    pub fn languages(&self) -> Vec<&str> {
        self.chain
            .iter()
            .map(|(t, _)| match t.as_str() {
                PSEUDO_LONG | PSEUDO_RTL => SOURCE_LOCALE,
                t => t,
            })
            .collect()
    }

    /// The tags of the chain, most preferred first (ends in English).
    pub fn chain_tags(&self) -> Vec<String> {
        self.chain.iter().map(|(t, _)| t.clone()).collect()
    }

    /// The tag asked for that isn't shown (no such translation), if any.
    pub fn fell_back_from(&self) -> Option<&str> {
        self.fallback_from.as_deref()
    }

    /// Whether any locale in the chain has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.chain.iter().any(|(_, b)| b.has_message(id))
    }

    /// Formats message `id` without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// Formats message `id` with arguments.
    pub fn ta(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        for (_, b) in &self.chain {
            let Some(msg) = b.get_message(msg_id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
                None => msg.value(),
            };
            if let Some(p) = pattern {
                let mut errors = Vec::new();
                return b.format_pattern(p, args, &mut errors).into_owned();
            }
        }
        id.to_string()
    }

    /// A distance, "350 m" or "2.3 km".
    pub fn distance(&self, meters: f64) -> String {
        if meters < 1000.0 {
            let m = (meters / 10.0).round() * 10.0;
            self.ta("distance-meters", &[("meters", m.into())])
        } else if meters < 10_000.0 {
            self.ta(
                "distance-kilometers",
                &[("kilometers", (meters / 1000.0).into())],
            )
        } else {
            let km = (meters / 1000.0).round();
            self.ta("distance-kilometers", &[("kilometers", km.into())])
        }
    }

    /// A number formatted for the locale.
    pub fn number(&self, n: f64, max_fraction_digits: usize) -> String {
        let tag = self.languages().first().copied().unwrap_or(SOURCE_LOCALE);
        format_decimal_for(tag, n, max_fraction_digits)
    }
}

/// Fluent sources of a locale as a web view should format them: the files themselves, or
/// for a pseudo-locale, the English files with every text element transformed.
pub fn sources_for_display(tag: &str) -> Vec<String> {
    let (transform, source): (Option<Transform>, &str) = match tag {
        PSEUDO_LONG => (Some(pseudo_long), SOURCE_LOCALE),
        PSEUDO_RTL => (Some(pseudo_rtl), SOURCE_LOCALE),
        t => (None, t),
    };
    sources(source)
        .into_iter()
        .map(|(_, text)| match transform {
            None => text.to_string(),
            Some(f) => pseudo_ftl(text, f),
        })
        .collect()
}

fn pseudo_ftl(text: &str, f: Transform) -> String {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn pattern(p: &mut Pattern<String>, f: Transform) {
        for el in &mut p.elements {
            match el {
                PatternElement::TextElement { value } => *value = f(value).into_owned(),
                PatternElement::Placeable { expression } => expr(expression, f),
            }
        }
    }
    fn expr(e: &mut Expression<String>, f: Transform) {
        match e {
            Expression::Select { variants, .. } => {
                for v in variants {
                    pattern(&mut v.value, f);
                }
            }
            Expression::Inline(InlineExpression::Placeable { expression }) => expr(expression, f),
            Expression::Inline(_) => {}
        }
    }
    let mut res = match fluent_syntax::parser::parse(text.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in &mut res.body {
        if let Entry::Message(m) = entry {
            if let Some(v) = &mut m.value {
                pattern(v, f);
            }
            for a in &mut m.attributes {
                pattern(&mut a.value, f);
            }
        }
    }
    fluent_syntax::serializer::serialize(&res)
}

/// Removes Unicode bidi isolation marks (FSI, PDI...) that Fluent puts around
/// placeables: right for a web view, noise in a left-to-right terminal.
pub fn strip_isolation(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// Formats a number for a locale tag (CLDR digits and separators).
pub fn format_decimal_for(tag: &str, n: f64, max_fraction_digits: usize) -> String {
    let Ok(lang) = tag.parse::<LanguageIdentifier>() else {
        return format!("{n}");
    };
    match (
        Numbers::construct(lang, ()),
        decimal(n, 0, max_fraction_digits),
    ) {
        (Ok(f), Some(d)) => f.0.format_to_string(&d),
        _ => format!("{n}"),
    }
}

/// Every message id of a locale's files (attributes as `id.attr`), and for each the
/// variables it uses. Terms (`-x`) are left out.
pub fn message_ids(tag: &str) -> BTreeMap<String, Vec<String>> {
    use fluent_syntax::ast;
    let mut out = BTreeMap::new();
    for (_, content) in sources(tag) {
        let res = match fluent_syntax::parser::parse(content) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = Vec::new();
                if let Some(v) = &m.value {
                    collect_vars(v, &mut vars);
                }
                out.insert(m.id.name.to_string(), sorted(vars));
                for a in &m.attributes {
                    let mut vars = Vec::new();
                    collect_vars(&a.value, &mut vars);
                    out.insert(format!("{}.{}", m.id.name, a.id.name), sorted(vars));
                }
            }
        }
    }
    out
}

/// Messages of a locale whose variables are not all named in the comment above them:
/// (file, message id, variable). Translators rely on those comments.
pub fn undocumented_variables(tag: &str) -> Vec<(String, String, String)> {
    use fluent_syntax::ast;
    let mut out = Vec::new();
    for (file, content) in sources(tag) {
        let res = match fluent_syntax::parser::parse(content) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = Vec::new();
                if let Some(v) = &m.value {
                    collect_vars(v, &mut vars);
                }
                for a in &m.attributes {
                    collect_vars(&a.value, &mut vars);
                }
                let comment = m
                    .comment
                    .as_ref()
                    .map(|c| c.content.join("\n"))
                    .unwrap_or_default();
                for v in sorted(vars) {
                    if !comment.contains(&format!("${v}")) {
                        out.push((file.to_string(), m.id.name.to_string(), v));
                    }
                }
            }
        }
    }
    out
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v.dedup();
    v
}

fn collect_vars(p: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    collect_vars(&v.value, out);
                }
            }
        }
    }
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_formats_plurals_and_numbers() {
        let l = L10n::english();
        assert_eq!(l.tag(), "en");
        assert_eq!(strip_isolation(&l.distance(2345.0)), "2.3 km");
        assert_eq!(strip_isolation(&l.distance(349.0)), "350 m");
        assert_eq!(strip_isolation(&l.distance(123_456.0)), "123 km");
        assert_eq!(l.number(1234.5, 1), "1,234.5");
        let one = l.ta("verified-months-ago", &[("months", 1.into())]);
        assert!(one.contains("1 month ago"), "{one}");
    }

    #[test]
    fn numbers_use_the_locales_digits_and_separators() {
        // Bengali digits and Indian grouping come from CLDR, not from us.
        let l = L10n::new(&["xx".into()]);
        assert_eq!(l.number(2.5, 1), "2.5");
        assert_eq!(format_decimal_for("pt", 1234.5, 1), "1.234,5");
        assert_eq!(format_decimal_for("bn", 1_000_007.0, 0), "১০,০০,০০৭");
    }

    #[test]
    fn unknown_language_falls_back_to_english_and_says_so() {
        let l = L10n::new(&["xx-unknown".into()]);
        assert_eq!(l.tag(), "en");
        assert_eq!(l.fell_back_from(), Some("xx-unknown"));
        let l = L10n::new(&["en-GB".into()]);
        assert_eq!(l.fell_back_from(), None);
    }

    #[test]
    fn pseudo_locales_transform_and_set_direction() {
        let l = L10n::new(&[PSEUDO_RTL.into()]);
        assert_eq!(l.direction(), Direction::Rtl);
        assert_ne!(l.t("need-health"), L10n::english().t("need-health"));
        let long = L10n::new(&[PSEUDO_LONG.into()]).t("need-housing");
        assert!(long.chars().count() > "Housing".len(), "{long}");
    }

    #[test]
    fn pseudo_sources_for_the_web_view_are_transformed_and_still_parse() {
        let ftl = sources_for_display(PSEUDO_RTL);
        assert!(!ftl.is_empty());
        for text in &ftl {
            assert!(FluentResource::try_new(text.clone()).is_ok());
        }
        let joined = ftl.join("\n");
        assert!(joined.contains("need-health ="));
        assert!(!joined.contains("need-health = Health\n"));
        // Variables survive the transform.
        assert!(joined.contains("{ $time }"));
    }

    #[test]
    fn missing_message_shows_its_id_not_nothing() {
        assert_eq!(L10n::english().t("no-such-message"), "no-such-message");
    }

    #[test]
    fn message_ids_lists_variables() {
        let ids = message_ids("en");
        assert_eq!(ids["status-opens-on"], vec!["day", "time"]);
        assert!(ids.contains_key("need-health"));
    }
}
