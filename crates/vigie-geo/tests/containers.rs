//! Where the text puts a place ("X, Y", "X (Y)", "X area of Y") and what else it names decide
//! between namesakes, on a small gazetteer made here and the embedded language files.

mod common;

use common::{doc, found, s, stage_of};
use vigie_core::{Document, Entity, EntityLabel, Span};
use vigie_geo::{GeoRecord, PlaceKind, PlaceStage};

fn stage() -> PlaceStage {
    let c = |id, name: &str, cc: &str, lat, lon, pop, admin1: &str| GeoRecord::city(id, name, cc, lat, lon, pop).with_admin1(admin1);
    let records = vec![
        GeoRecord::city(3686110, "Colombia", "CO", 4.0, -73.25, 50_000_000).with_kind(PlaceKind::Country),
        GeoRecord::city(690791, "Ukraine", "UA", 49.0, 32.0, 44_000_000).with_kind(PlaceKind::Country),
        // A namesake far away, and the town the text puts it in.
        c(9000001, "Caracolí", "CO", 6.4, -74.75, 60_000, "02"),
        c(9000002, "Malambo", "CO", 10.86, -74.77, 90_000, "04"),
        // A larger namesake abroad, and a subdivision without position or code.
        c(3114472, "Pamplona", "ES", 42.82, -1.64, 208_000, "32"),
        c(3673045, "Pamplona", "CO", 7.38, -72.65, 53_000, "21"),
        GeoRecord::city(0, "Norte de Santander", "CO", f64::NAN, f64::NAN, 150_000).with_kind(PlaceKind::Admin1),
        // Two villages of one name in one province, one beside the city.
        c(709717, "Donetsk", "UA", 48.02, 37.80, 900_000, "05"),
        c(689702, "Vesele", "UA", 48.70, 37.59, 2_900, "05"),
        c(9113067, "Vesele", "UA", 48.06, 37.73, 570, "05"),
        // A small namesake far from the larger town written beside it.
        c(9000010, "Ar Rubat", "YE", 14.21, 46.39, 3_000, "05"),
        c(73560, "Lahij", "YE", 13.06, 44.88, 23_000, "24"),
        // A town and the port city that names its state, 200 km apart.
        c(3530167, "Cosoleacaque", "MX", 18.0, -94.64, 20_000, "30"),
        c(3514783, "Veracruz", "MX", 19.18, -96.14, 428_000, "30"),
        // A town the entity stage may take for a person.
        c(3397967, "José de Freitas", "BR", -4.76, -42.58, 20_000, "20"),
        c(71077, "Al Ḩudaydah", "YE", 14.80, 42.95, 617_000, "08"),
    ];
    stage_of(records)
}

#[test]
fn a_small_town_far_from_the_larger_town_it_is_written_in_is_a_namesake() {
    let st = stage();
    let d = doc("On 30 April 2020, in Caracoli, Malambo, residents protested to demand food.");
    assert_eq!(found(&st, &d), [s("Malambo", 9000002)]);
    // Towns of one subdivision stay, however far apart ("Veracruz" names the state too).
    let d = doc("On 9 May 2020, in Cosoleacaque, Veracruz, armed men shot a man.");
    assert_eq!(found(&st, &d), [s("Cosoleacaque", 3530167), s("Veracruz", 3514783)]);
}

#[test]
fn the_country_of_the_written_container_ranks_namesakes() {
    let st = stage();
    let d = doc("On 2 May 2020, in Pamplona, Norte de Santander, drivers protested.");
    let f = found(&st, &d);
    assert_eq!(f[0], s("Pamplona", 3673045), "{f:?}");
    // Even when the text names the other country's people.
    let d = doc("On 2 May 2020, Spanish nationals protested in Pamplona, Norte de Santander.");
    let f = found(&st, &d);
    assert_eq!(f[0], s("Pamplona", 3673045), "{f:?}");
    // Alone, the larger city.
    let d = doc("On 2 May 2020, drivers protested in Pamplona.");
    assert_eq!(found(&st, &d), [s("Pamplona", 3114472)]);
}

#[test]
fn a_village_written_in_a_city_is_the_one_beside_it() {
    let st = stage();
    let d = doc("Forces fired at positions in the area of Vesele, Donetsk.");
    assert_eq!(found(&st, &d), [s("Vesele", 9113067), s("Donetsk", 709717)]);
    // Without the city, the larger village.
    let d = doc("The OSCE observed explosions near Vesele.");
    assert_eq!(found(&st, &d), [s("Vesele", 689702)]);
}

#[test]
fn a_small_town_alone_far_from_a_larger_one_written_close_by_is_dropped() {
    let st = stage();
    let d = doc("A gunman threw a grenade at a checkpoint in Ar Rubat area of Tuban district (Lahij).");
    assert_eq!(found(&st, &d), [s("Lahij", 73560)]);
    // Far apart in the text, both stay.
    let d = doc(
        "A gunman threw a grenade at a checkpoint in Ar Rubat on Monday. Four soldiers were injured and taken to the hospital, officials said. Later, a protest was held in Lahij.",
    );
    assert_eq!(found(&st, &d), [s("Ar Rubat", 9000010), s("Lahij", 73560)]);
}

#[test]
fn a_person_guess_does_not_veto_a_town_of_several_words_written_as_a_place() {
    let st = stage();
    let person = |d: &mut Document, needle: &str| {
        let start = d.text.find(needle).unwrap();
        d.entities.push(Entity { span: Span { start, end: start + needle.len() }, label: EntityLabel::Person, actor: None });
    };
    let mut d = doc("On 2 May 2020, in Jose de Freitas, Piaui, traffickers exchanged fire with police.");
    person(&mut d, "Jose de Freitas");
    assert_eq!(found(&st, &d), [s("Jose de Freitas", 3397967)]);
    // Or in brackets after a place.
    let mut d = doc("Forces conducted an incursion in Hays district (Al Hudaydah) on Sunday.");
    person(&mut d, "Al Hudaydah");
    assert_eq!(found(&st, &d), [s("Al Hudaydah", 71077)]);
    // Without a place's cue, the person stays a person.
    let mut d = doc("Jose de Freitas said the police had fired first.");
    person(&mut d, "Jose de Freitas");
    assert_eq!(found(&st, &d), []);
}
