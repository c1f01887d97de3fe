//! Subdivisions and the towns written with them ("San Antonio (Valparaiso)", "Durango, Durango",
//! "Merida state", "Bassa LGA"), on a small gazetteer made here and the embedded language files.

mod common;

use common::{doc, found, s, stage_of};
use vigie_core::{Document, Entity, EntityLabel, Span};
use vigie_geo::{GeoRecord, PlaceKind, PlaceStage};

fn stage() -> PlaceStage {
    let c = |id, name: &str, cc: &str, lat, lon, pop, admin1: &str| GeoRecord::city(id, name, cc, lat, lon, pop).with_admin1(admin1);
    // A subdivision the installer placed through a town of its name: no GeoNames id.
    let region = |name: &str, cc: &str, lat, lon, pop, admin1: &str| {
        GeoRecord::city(0, name, cc, lat, lon, pop).with_kind(PlaceKind::Admin1).with_admin1(admin1)
    };
    // One it could not place.
    let unplaced = |name: &str, cc: &str, pop| GeoRecord::city(0, name, cc, f64::NAN, f64::NAN, pop).with_kind(PlaceKind::Admin1);
    let records = vec![
        GeoRecord::city(163843, "Syria", "SY", 35.0, 38.5, 22_000_000).with_kind(PlaceKind::Country),
        // A large town abroad, and a smaller one in the country of the town written after it.
        c(4726206, "San Antonio", "US", 29.42, -98.49, 1_526_656, "TX"),
        c(3872395, "San Antonio", "CL", -33.59, -71.61, 87_675, "01"),
        c(3868626, "Valparaíso", "CL", -33.04, -71.63, 282_448, "01"),
        c(4927537, "Valparaiso", "US", 41.47, -87.06, 32_626, "IN"),
        // A state named after its chief town, which bears that name as an alternate only.
        region("Durango", "MX", 24.79, -104.52, 1_370_159, "10"),
        c(4011743, "Victoria de Durango", "MX", 24.02, -104.66, 518_709, "10").with_alternates(&["Durango"]),
        c(3123773, "Durango", "ES", 43.17, -2.63, 28_229, "59"),
        // A state and its town of one name, a larger city of that name abroad, a town of the state.
        c(3523349, "Mérida", "MX", 20.97, -89.62, 1_201_000, "31"),
        region("Mérida", "VE", 8.63, -71.24, 823_420, "14"),
        c(3632308, "Mérida", "VE", 8.58, -71.17, 300_000, "14"),
        c(3641099, "El Vigía", "VE", 8.61, -71.66, 162_289, "14"),
        c(3527939, "El Vigía", "MX", 19.01, -98.96, 832, "17"),
        // A district's chief town, a larger town abroad known by its name, the state.
        c(2347528, "Bassa", "NG", 9.94, 8.74, 0, "49"),
        c(2855328, "Passau", "DE", 48.57, 13.43, 50_560, "02").with_alternates(&["Bassa"]),
        unplaced("Plateau", "NG", 400_000),
        c(3628473, "San Cristóbal", "VE", 7.77, -72.24, 263_765, "20"),
        unplaced("Táchira", "VE", 300_000),
        // A subdivision of another country called by a direction.
        unplaced("Eastern", "UG", 600_000),
        c(170905, "Dar'a", "SY", 32.62, 36.10, 97_969, "06"),
        // A town by the border of a country named alone.
        c(266045, "Zahlé", "LB", 33.85, 35.90, 50_000, "08"),
        // A city whose name's skeleton an acronym's possessive has ("HM's").
        c(169577, "Homs", "SY", 34.72, 36.72, 775_404, "11"),
    ];
    stage_of(records)
}

fn with_entity(mut d: Document, needle: &str, label: EntityLabel) -> Document {
    let start = d.text.find(needle).unwrap();
    d.entities.push(Entity { span: Span { start, end: start + needle.len() }, label, actor: None });
    d
}

#[test]
fn a_town_and_the_place_it_is_written_in_settle_in_one_country() {
    let st = stage();
    // Each name alone prefers another country; together, the pair of one country.
    let d = doc("On 8 May 2020, in San Antonio (Valparaiso), a group of citizens demonstrated.");
    assert_eq!(found(&st, &d), [s("San Antonio", 3872395), s("Valparaiso", 3868626)]);
    let d = doc("On 8 May 2020, a group of citizens demonstrated in San Antonio.");
    assert_eq!(found(&st, &d), [s("San Antonio", 4726206)]);
}

#[test]
fn a_town_written_in_the_state_of_its_name_is_the_states_chief_town() {
    let st = stage();
    let d = doc("On 7 May 2020, in Durango, Durango, at least 300 musicians protested.");
    assert_eq!(found(&st, &d), [s("Durango", 4011743), s("Durango", 4011743)]);
    // "Durango state" is the state, placed at that town.
    let d = doc("On 7 May 2020, musicians protested in Durango state.");
    let places = st.find_places(&d);
    let g = places[0].geo.as_ref().unwrap();
    assert_eq!((g.kind.as_deref(), g.country.as_deref()), (Some("admin1"), Some("MX")));
    let (lat, lon) = (g.lat.unwrap(), g.lon.unwrap());
    assert!((lat - 24.02).abs() < 1e-4 && (lon + 104.66).abs() < 1e-4, "{lat}, {lon}");
}

#[test]
fn a_division_word_keeps_the_subdivision_reading_and_places_the_town_in_it() {
    let st = stage();
    let d = doc("On 28 April 2020, in El Vigia, Merida state, people protested to demand public services.");
    let places = st.find_places(&d);
    let got: Vec<(Option<u64>, Option<&str>, Option<&str>)> = places
        .iter()
        .map(|p| p.geo.as_ref().map_or((None, None, None), |g| (g.geonameid, g.kind.as_deref(), g.country.as_deref())))
        .collect();
    assert_eq!(got, [(Some(3641099), Some("city"), Some("VE")), (None, Some("admin1"), Some("VE"))]);
    // Without the word, the larger city abroad.
    let d = doc("On 28 April 2020, people protested in Merida.");
    assert_eq!(found(&st, &d), [s("Merida", 3523349)]);
}

#[test]
fn a_person_guess_does_not_veto_a_town_with_its_division_word_or_before_its_state() {
    let st = stage();
    let d = with_entity(doc("On 3 May 2020, unidentified gunmen killed 1 resident of Miango (Bassa LGA, Plateau)."), "Bassa LGA", EntityLabel::Person);
    let f = found(&st, &d);
    assert_eq!(f[0], s("Bassa", 2347528), "{f:?}");
    let d = with_entity(
        doc("On 8 May 2020, in La Concordia parish, San Cristobal, Tachira state, residents protested."),
        "San Cristobal",
        EntityLabel::Person,
    );
    let f = found(&st, &d);
    assert_eq!(f[0], s("San Cristobal", 3628473), "{f:?}");
    // A person's name without a place's words around it stays a person's.
    let d = with_entity(doc("San Cristobal said the police had fired first."), "San Cristobal", EntityLabel::Person);
    assert_eq!(found(&st, &d), []);
}

#[test]
fn a_direction_alone_is_no_place_even_inside_a_places_name() {
    let st = stage();
    let d = with_entity(
        doc("On 9 May 2020, members manning a checkpoint in Eastern Ghariyeh in Dar'a opened fire at a man."),
        "Eastern Ghariyeh",
        EntityLabel::Location,
    );
    assert_eq!(found(&st, &d), [s("Dar'a", 170905)]);
}

#[test]
fn a_town_within_reach_of_a_country_named_alone_is_no_homonym_abroad() {
    let st = stage();
    let d = doc("On 5 May 2020, dozens of residents gathered in Zahle, rejecting the quarantine of people who came from Syria.");
    assert_eq!(found(&st, &d), [s("Zahle", 266045), s("Syria", 163843)]);
}

#[test]
fn a_possessive_ends_no_name() {
    let st = stage();
    let d = doc("Forces killed two militants including HM's de facto chief in Dar'a.");
    assert_eq!(found(&st, &d), [s("Dar'a", 170905)]);
}
