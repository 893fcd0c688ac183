//! The offline gazetteer: names in any script, accents, ranking, reverse lookup.

use ponte::gazetteer::MatchQuality;
use ponte::model::LatLon;

use crate::common::gazetteer;

#[test]
fn lisbon_is_found_from_its_portuguese_english_russian_and_arabic_names() {
    let g = gazetteer();
    for q in [
        "Lisboa",
        "lisbon",
        "LISBON",
        "Лиссабон",
        "لشبونة",
        "Lisbonne",
    ] {
        let m = g
            .best(q)
            .unwrap()
            .unwrap_or_else(|| panic!("{q} not found"));
        assert_eq!(
            (m.place.name.as_str(), m.place.country.as_str()),
            ("Lisbon", "PT"),
            "{q}"
        );
        assert_eq!(m.quality, MatchQuality::Exact, "{q}");
    }
}

#[test]
fn accents_are_optional() {
    let g = gazetteer();
    let m = g.best("Sao Paulo").unwrap().unwrap();
    assert_eq!(m.place.name, "São Paulo");
    assert_eq!(m.place.country, "BR");
    assert_eq!(g.best("cucuta").unwrap().unwrap().place.country, "CO");
}

#[test]
fn typing_letter_by_letter_ranks_by_match_then_population() {
    let g = gazetteer();
    // Every prefix of "Lisboa" offers Lisbon first, though tiny Lyss (Switzerland) has
    // the alternate name "Lis" exactly.
    for q in ["Lis", "Lisb", "Lisbo", "Lisboa"] {
        let found = g.search(q, 5).unwrap();
        assert_eq!(found[0].place.name, "Lisbon", "{q}");
    }
    // Among main-name prefix matches, bigger places come first.
    let found = g.search("Manc", 10).unwrap();
    let pops: Vec<i64> = found
        .iter()
        .filter(|m| m.quality == MatchQuality::Prefix && m.place.name.starts_with("Manc"))
        .map(|m| m.place.population)
        .collect();
    assert!(
        pops.len() >= 2 && pops.windows(2).all(|w| w[0] >= w[1]),
        "{pops:?}"
    );
    // The bigger Lisbon beats Lisbon, Maine.
    let two = g.search("lisbon", 2).unwrap();
    assert_eq!(two[1].place.country, "US");
}

#[test]
fn a_later_word_of_a_name_matches() {
    let g = gazetteer();
    let found = g.search("paulo", 5).unwrap();
    assert!(found
        .iter()
        .any(|m| m.place.name == "São Paulo" && m.quality == MatchQuality::ExactWord));
}

#[test]
fn a_country_suffix_narrows_the_search() {
    let g = gazetteer();
    assert_eq!(
        g.best("Cartagena, ES").unwrap().unwrap().place.country,
        "ES"
    );
    assert_eq!(
        g.best("Cartagena, Colombia")
            .unwrap()
            .unwrap()
            .place
            .country,
        "CO"
    );
    assert!(g.best("Cartagena, PT").unwrap().is_none());
}

#[test]
fn nearest_place_to_a_point() {
    let g = gazetteer();
    let (p, d) = g
        .nearest(LatLon::new(16.71, 98.57).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(p.name, "Mae Sot");
    assert!(d < 5_000.0);
    // Mid-Atlantic: still an answer, far away.
    let (_, d) = g
        .nearest(LatLon::new(30.0, -40.0).unwrap())
        .unwrap()
        .unwrap();
    assert!(d > 500_000.0);
}

#[test]
fn nonsense_finds_nothing() {
    assert!(gazetteer().search("nowhere-at-all", 5).unwrap().is_empty());
    assert!(gazetteer().search("   ", 5).unwrap().is_empty());
}
