//! S143: a small town far from the document's other places is no namesake when it lies in the
//! country the document names again and again, a place cue governs it and the entity stage read
//! it as a place.

mod common;

use common::{doc, found, s, stage_of};
use vigie_core::{Document, Entity, EntityLabel, Span};
use vigie_geo::{GeoRecord, PlaceKind, PlaceStage};

fn stage() -> PlaceStage {
    let c = |id, name: &str, cc: &str, lat, lon, pop, admin1: &str| GeoRecord::city(id, name, cc, lat, lon, pop).with_admin1(admin1);
    stage_of(vec![
        GeoRecord::city(7000001, "Syria", "SY", 35.0, 38.0, 20_000_000).with_kind(PlaceKind::Country),
        // Two towns together, and a small one 300 km away, all of one country.
        c(7000002, "Harrowgate", "SY", 33.50, 36.30, 1_500_000, "01"),
        c(7000003, "Lindmoor", "SY", 33.57, 36.40, 110_000, "01"),
        c(7000004, "Pelworth", "SY", 36.20, 36.50, 30_000, "02"),
    ])
}

fn located(mut d: Document, needle: &str) -> Document {
    let start = d.text.find(needle).unwrap();
    d.entities.push(Entity { span: Span { start, end: start + needle.len() }, label: EntityLabel::Location, actor: None });
    d
}

#[test]
fn s143_a_far_town_of_the_country_named_again_and_again_is_kept() {
    let st = stage();
    let text = "Syria's war goes on. Rebels shelled Harrowgate from Lindmoor on Monday, officials in Syria said. Troops also fought militants in Pelworth.";
    let d = located(doc(text), "Pelworth");
    let got = found(&st, &d);
    assert!(got.contains(&s("Pelworth", 7000004)), "{got:?}");
    // Counter-cases: read as no place by the entity stage, or with no cue before it, or in a
    // document that names its country once, it stays a lone namesake.
    let got = found(&st, &doc(text));
    assert!(!got.iter().any(|(x, _)| x == "Pelworth"), "{got:?}");
    let text2 = "Syria's war goes on. Rebels shelled Harrowgate from Lindmoor on Monday, officials in Syria said. Pelworth troops also fought militants.";
    let got = found(&st, &located(doc(text2), "Pelworth"));
    assert!(!got.iter().any(|(x, _)| x == "Pelworth"), "{got:?}");
    let text3 = "The war goes on. Rebels shelled Harrowgate from Lindmoor on Monday, officials in Syria said. Troops also fought militants in Pelworth.";
    let got = found(&st, &located(doc(text3), "Pelworth"));
    assert!(!got.iter().any(|(x, _)| x == "Pelworth"), "{got:?}");
}
