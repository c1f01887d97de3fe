//! Words around a name that say it is no place: a noun it only qualifies ("US dollar",
//! "Molotov cocktail") and a sub-locality word before it ("Colonia Vallejo", "Barangay
//! Poblacion"), on a small gazetteer made here and the embedded language files.

mod common;

use common::{doc, found, s, stage_of};
use vigie_core::{Entity, EntityLabel, Span};
use vigie_geo::{GeoRecord, PlaceKind, PlaceStage};

fn stage() -> PlaceStage {
    let records = vec![
        GeoRecord::city(6252001, "United States", "US", 39.76, -98.5, 327_000_000).with_kind(PlaceKind::Country),
        GeoRecord::city(272103, "Lebanon", "LB", 33.83, 35.83, 6_800_000).with_kind(PlaceKind::Country),
        // A small namesake in the United States, and the larger city known abroad by that name.
        GeoRecord::city(9000001, "Sidon", "US", 33.41, -90.20, 600).with_admin1("MS"),
        GeoRecord::city(268064, "Saida", "LB", 33.56, 35.37, 163_000).with_alternates(&["Sidon"]).with_admin1("06"),
        // A city once named after a man a cocktail is named after.
        GeoRecord::city(511196, "Perm", "RU", 58.01, 56.25, 982_000).with_alternates(&["Molotov"]).with_admin1("90"),
        // A neighbourhood's name that is a town's elsewhere, and the capital the text names.
        GeoRecord::city(5405380, "Vallejo", "US", 38.10, -122.26, 122_000).with_admin1("CA"),
        GeoRecord::city(3530597, "Ciudad de México", "MX", 19.43, -99.13, 12_000_000).with_admin1("09").as_capital(),
    ];
    stage_of(records)
}

#[test]
fn a_country_name_that_qualifies_a_currency_is_no_place_and_sets_no_country() {
    let st = stage();
    let d = doc("On 30 April 2020, protesters demonstrating against the high US dollar exchange rate gathered in Sidon.");
    assert_eq!(found(&st, &d), [s("Sidon", 268064)]);
    // The country named as a place still pulls its namesake.
    let d = doc("On 30 April 2020, protesters gathered in Sidon, in the US.");
    assert_eq!(found(&st, &d)[0], s("Sidon", 9000001));
}

#[test]
fn a_molotov_cocktail_is_no_city() {
    let st = stage();
    let d = doc("On 29 April 2020, rioters hurled a Molotov cocktail and Molotov cocktails at soldiers in Sidon.");
    assert_eq!(found(&st, &d), [s("Sidon", 268064)]);
}

#[test]
fn a_neighbourhood_after_its_word_is_no_town_even_inside_a_location_entity() {
    let st = stage();
    let text = "On 7 May 2020, in Ciudad de Mexico, armed men shot a man in Colonia Vallejo.";
    let d = doc(text);
    assert_eq!(found(&st, &d), [s("Ciudad de Mexico", 3530597)]);
    let mut d = doc(text);
    let start = text.find("Colonia Vallejo").unwrap();
    d.entities.push(Entity { span: Span { start, end: start + "Colonia Vallejo".len() }, label: EntityLabel::Location, actor: None });
    assert_eq!(found(&st, &d), [s("Ciudad de Mexico", 3530597)]);
    // Without the word, the name is a town.
    let d = doc("On 7 May 2020, armed men shot a man in Vallejo.");
    assert_eq!(found(&st, &d), [s("Vallejo", 5405380)]);
}
