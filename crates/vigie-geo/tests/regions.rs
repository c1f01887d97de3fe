//! S38: world and cross-border regions ("Middle East", "Corne de l'Afrique") resolve to a region
//! of `geo/regions.tsv`, never to a homonymous town; a province named through its town's spelling
//! ("province d'Idleb") is the province. A small gazetteer made here, the embedded language files.

mod common;

use common::{doc, found, s, stage_of};
use vigie_core::{Document, GeoRef, LanguageGuess, Origin};
use vigie_geo::{GeoRecord, PlaceKind, PlaceStage};

fn stage() -> PlaceStage {
    let c = |id, name: &str, cc: &str, lat, lon, pop, admin1: &str| GeoRecord::city(id, name, cc, lat, lon, pop).with_admin1(admin1);
    stage_of(vec![
        GeoRecord::city(163843, "Syria", "SY", 35.0, 38.5, 22_000_000).with_kind(PlaceKind::Country).with_alternates(&["Syrie"]),
        // Homonymous towns of region names.
        c(11980025, "Middle East", "US", 40.1, -76.6, 600, "PA"),
        c(101, "Sahel", "SA", 24.0, 45.0, 3_000, "10"),
        c(102, "Levant", "US", 44.9, -69.0, 1_500, "ME"),
        c(103, "Caucasus", "US", 35.0, -90.0, 500, "TN"),
        c(4887398, "Chicago", "US", 41.85, -87.65, 2_720_546, "IL"),
        c(215605, "Goma", "CD", -1.68, 29.22, 670_000, "11"),
        // A province tied to its town at install (no GeoNames id), the town known as "Idleb" too.
        GeoRecord::city(0, "Idlib", "SY", 35.93, 36.63, 1_500_000).with_kind(PlaceKind::Admin1).with_admin1("12"),
        c(169389, "Idlib", "SY", 35.93, 36.63, 128_840, "12").with_alternates(&["Idleb"]),
        c(167611, "Ma‘arrat an Nu‘mān", "SY", 35.65, 36.68, 58_008, "12").with_alternates(&["Maarat al-Numan"]),
        // A province whose name is the town's only as one of the town's alternates.
        GeoRecord::city(0, "Dayr az Zawr", "SY", 35.33, 40.14, 1_200_000).with_kind(PlaceKind::Admin1).with_admin1("07"),
        c(170794, "Deir ez-Zor", "SY", 35.33, 40.14, 242_565, "07").with_alternates(&["Dayr az Zawr", "Deir Ezzor"]),
    ])
}

fn fr(text: &str) -> Document {
    let mut d = Document::new("t", text);
    d.meta.lang = Some(LanguageGuess { code: "fr".into(), confidence: 1.0, origin: Origin::Caller });
    d
}

/// (surface, region name) of each region found.
fn regions(st: &PlaceStage, d: &Document) -> Vec<(String, String)> {
    st.find_places(d)
        .iter()
        .filter_map(|p| {
            let g: &GeoRef = p.geo.as_ref()?;
            (g.kind.as_deref() == Some("region")).then(|| (d.slice(p.span).to_string(), g.name.clone().unwrap_or_default()))
        })
        .collect()
}

fn r(surface: &str, name: &str) -> (String, String) {
    (surface.to_string(), name.to_string())
}

#[test]
fn a_region_is_a_region_never_a_homonymous_town() {
    let st = stage();
    let d = doc("Hopes for better times spread over the Middle East, from the Levant to the Caucasus.");
    assert_eq!(regions(&st, &d), [r("Middle East", "Middle East"), r("Levant", "Levant"), r("Caucasus", "Caucasus")]);
    let places = st.find_places(&d);
    for p in &places {
        let g = p.geo.as_ref().unwrap();
        assert_eq!((g.geonameid, g.country.as_deref(), g.admin1.as_deref()), (None, None, None), "{:?}", d.slice(p.span));
        // A rough point, as the regions file gives it.
        assert!(g.lat.is_some_and(f64::is_finite) && g.lon.is_some_and(f64::is_finite));
    }
    // "the Middle East's": the possessive is no part of the name.
    let d = doc("It is the Middle East's last rebel bastion, far from the Horn of Africa.");
    assert_eq!(regions(&st, &d), [r("Middle East", "Middle East"), r("Horn of Africa", "Horn of Africa")]);
}

#[test]
fn french_region_names_with_lower_case_words_are_regions() {
    let st = stage();
    let d = fr("Des raids au Moyen-Orient, dans la Corne de l'Afrique, en Afrique australe et au Sahel.");
    assert_eq!(
        regions(&st, &d),
        [r("Moyen-Orient", "Middle East"), r("Corne de l'Afrique", "Horn of Africa"), r("Afrique australe", "Southern Africa"), r("Sahel", "Sahel")]
    );
    // The head of a longer name the table does not hold is no region: "Golfe d'Aden".
    let d = fr("Un navire a été attaqué dans le Golfe d'Aden, puis un autre dans le Golfe.");
    assert_eq!(regions(&st, &d), [r("Golfe", "Persian Gulf")]);
}

#[test]
fn the_countries_of_the_document_choose_between_regions_of_one_name() {
    let st = stage();
    let d = doc("Storms hit the Great Lakes on Monday, and Chicago was flooded.");
    assert_eq!(regions(&st, &d), [r("Great Lakes", "Great Lakes")]);
    let d = doc("Fighting spread across the Great Lakes on Monday, and Goma was shelled.");
    assert_eq!(regions(&st, &d), [r("Great Lakes", "African Great Lakes")]);
}

#[test]
fn a_province_named_through_its_towns_spelling_is_the_province() {
    let st = stage();
    let admin1 = |d: &Document| -> Vec<(String, Option<String>, Option<u64>)> {
        st.find_places(d)
            .iter()
            .map(|p| {
                let g = p.geo.as_ref().unwrap();
                (d.slice(p.span).to_string(), g.kind.clone(), g.geonameid)
            })
            .collect()
    };
    let d = fr("Des frappes ont tué 12 civils dans la province d'Idleb, en Syrie.");
    assert_eq!(admin1(&d)[0], ("Idleb".to_string(), Some("admin1".to_string()), None));
    let d = doc("Airstrikes killed 12 civilians in Idlib province on Tuesday.");
    assert_eq!(admin1(&d)[0], ("Idlib".to_string(), Some("admin1".to_string()), None));
    let d = doc("Clashes killed 20 in the village of Baghuz, Deir ez-Zor province, on Tuesday.");
    assert_eq!(admin1(&d)[0], ("Deir ez-Zor".to_string(), Some("admin1".to_string()), None));
    // Alone, the name is the town; a town of the province stays the town.
    let d = fr("Des frappes ont tué 12 civils à Idleb et à Maarat al-Numan, en Syrie.");
    assert_eq!(found(&st, &d)[..2], [s("Idleb", 169389), s("Maarat al-Numan", 167611)]);
}

#[test]
fn a_national_capital_wins_over_a_subdivision_of_its_name_unless_a_feature_word_says_it() {
    let st = stage_of(vec![
        GeoRecord::city(4140963, "Washington", "US", 38.9, -77.04, 689_545).as_capital(),
        GeoRecord::city(5815135, "Washington", "US", 47.5, -120.5, 7_000_000).with_kind(PlaceKind::Admin1).with_admin1("WA"),
    ]);
    let d = doc("Officials in Washington said the talks would resume.");
    assert_eq!(found(&st, &d), [s("Washington", 4140963)]);
    let d = doc("Wildfires burned in Washington state on Monday.");
    assert_eq!(found(&st, &d), [s("Washington", 5815135)]);
}
