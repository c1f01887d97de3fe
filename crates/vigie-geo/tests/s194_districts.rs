//! S194: districts (geoBoundaries ADM2/ADM3 names and centroids, no GeoNames id) on a small
//! gazetteer made here: read after a feature word and in the "(Village, District, State)" lists
//! of event notes; a bare name loses to a town of that name. The names are made up.

mod common;

use common::{doc, found, s, stage_of};
use vigie_core::Document;
use vigie_geo::{GeoRecord, PlaceKind, PlaceStage};

fn district(name: &str, cc: &str, lat: f64, lon: f64, admin1: &str) -> GeoRecord {
    GeoRecord::city(0, name, cc, lat, lon, 0).with_kind(PlaceKind::Admin2).with_admin1(admin1)
}

fn stage() -> PlaceStage {
    let c = |id, name: &str, cc: &str, lat, lon, pop, admin1: &str| GeoRecord::city(id, name, cc, lat, lon, pop).with_admin1(admin1);
    let records = vec![
        GeoRecord::city(2328926, "Nigeria", "NG", 9.0, 8.0, 190_000_000).with_kind(PlaceKind::Country),
        GeoRecord::city(0, "Dambatu", "NG", 11.0, 9.5, 4_000_000).with_kind(PlaceKind::Admin1).with_admin1("61"),
        c(9100001, "Dambatu", "NG", 11.1, 9.6, 300_000, "61"),
        c(9100002, "Ruwaka", "NG", 11.3, 9.2, 12_000, "61"),
        // A district with no town of its name.
        district("Kelora", "NG", 11.4, 9.9, "61"),
        // A district and, far away in another country, a town of the same name.
        district("Tamberi", "NG", 10.8, 9.1, "61"),
        c(9100003, "Tamberi", "GH", 7.0, -1.5, 8_000, "02"),
    ];
    stage_of(records)
}

/// (surface, kind, name) of each place found.
fn readings(st: &PlaceStage, d: &Document) -> Vec<(String, String, String)> {
    st.find_places(d)
        .iter()
        .filter_map(|p| {
            let g = p.geo.as_ref()?;
            Some((d.slice(p.span).to_string(), g.kind.clone().unwrap_or_default(), g.name.clone().unwrap_or_default()))
        })
        .collect()
}

fn has(got: &[(String, String, String)], surface: &str, kind: &str) -> bool {
    got.iter().any(|(s, k, _)| s == surface && k == kind)
}

#[test]
fn a_district_after_a_feature_word_resolves_without_an_id() {
    let st = stage();
    let d = doc("Gunmen attacked farmers in Kelora district on Friday.");
    let got = readings(&st, &d);
    assert!(has(&got, "Kelora", "admin2"), "{got:?}");
    let places = st.find_places(&d);
    let g = places.iter().find_map(|p| p.geo.as_ref().filter(|g| g.kind.as_deref() == Some("admin2"))).unwrap();
    assert_eq!(g.geonameid, None);
    assert_eq!(g.country.as_deref(), Some("NG"));
    // Placed at its own centroid, not moved to the document's other towns.
    assert!((g.lat.unwrap() - 11.4).abs() < 0.01, "{g:?}");
}

#[test]
fn a_district_in_an_event_notes_list_resolves() {
    let st = stage();
    let d = doc("On 3 May 2020, gunmen killed two farmers in Gidan Bako village (Kelora, Dambatu).");
    let got = readings(&st, &d);
    assert!(has(&got, "Kelora", "admin2"), "{got:?}");
    let d = doc("On 3 May 2020, gunmen killed two farmers in Gidan Bako village, Tamberi LGA, Dambatu state.");
    let got = readings(&st, &d);
    assert!(has(&got, "Tamberi", "admin2"), "{got:?}");
}

#[test]
fn a_bare_district_name_loses_to_a_town_of_that_name() {
    let st = stage();
    // Nothing says Nigeria: the town in Ghana, not the district.
    let d = doc("Traders in Tamberi protested against the price of fuel.");
    let got = readings(&st, &d);
    assert!(has(&got, "Tamberi", "city"), "{got:?}");
    assert!(!has(&got, "Tamberi", "admin2"), "{got:?}");
    assert!(found(&st, &d).contains(&s("Tamberi", 9100003)));
}
