//! S102: places the events are set in, on a small gazetteer made here: a subdivision the
//! installer ties to its seat's admin1 ranks the namesakes of the towns written with it, and a
//! subdivision far from a town does not make another town a lone namesake.

mod common;

use common::{doc, found, s, stage_of};
use vigie_geo::{GeoRecord, PlaceKind, PlaceStage};

fn stage() -> PlaceStage {
    let c = |id, name: &str, cc: &str, lat, lon, pop, admin1: &str| GeoRecord::city(id, name, cc, lat, lon, pop).with_admin1(admin1);
    let region = |name: &str, cc: &str, lat, lon, pop, admin1: &str| {
        GeoRecord::city(0, name, cc, lat, lon, pop).with_kind(PlaceKind::Admin1).with_admin1(admin1)
    };
    let records = vec![
        GeoRecord::city(1149361, "Afghanistan", "AF", 33.0, 66.0, 37_000_000).with_kind(PlaceKind::Country),
        GeoRecord::city(3865483, "Argentina", "AR", -34.0, -64.0, 44_000_000).with_kind(PlaceKind::Country),
        // Two towns of one name in two provinces; the larger lies in the other one.
        c(3839307, "Rawson", "AR", -31.58, -68.54, 130_258, "18"),
        c(3839479, "Rawson", "AR", -43.30, -65.11, 26_335, "04"),
        // The province, placed among its towns and tied to its seat's admin1 code at install.
        region("Chubut", "AR", -44.0, -68.5, 500_000, "04"),
        // A town of 43,000 in the west; the capital; a province in the south, 320 km from the
        // capital and 470 km from the town.
        c(1142264, "Farah", "AF", 32.37, 62.11, 43_561, "06"),
        c(1138958, "Kabul", "AF", 34.53, 69.17, 4_434_550, "13"),
        region("Zabul", "AF", 32.2, 67.2, 300_000, "28"),
        c(1129516, "Qalat", "AF", 32.11, 66.91, 12_191, "28"),
    ];
    stage_of(records)
}

#[test]
fn a_town_written_with_its_province_is_the_one_in_it() {
    let st = stage();
    let d = doc("On 8 May 2020, in Rawson (Chubut), around 60 fishermen gathered at the Government House.");
    assert_eq!(found(&st, &d)[0], s("Rawson", 3839479));
    // Without the province, the larger namesake.
    let d = doc("On 8 May 2020, in Rawson, around 60 fishermen gathered at the Government House.");
    assert_eq!(found(&st, &d)[0], s("Rawson", 3839307));
}

#[test]
fn a_province_within_reach_of_the_capital_leaves_a_distant_town_its_place() {
    let st = stage();
    let text = "In the town of Farah, the Taliban attacked a police post and killed seven policemen. \
                The ceasefire had held for three days, a spokesman in Kabul said. \
                In the province of Zabul, 18 insurgents died.";
    let d = doc(text);
    let got = found(&st, &d);
    assert!(got.contains(&s("Farah", 1142264)), "{got:?}");
    assert!(got.contains(&s("Kabul", 1138958)), "{got:?}");
    // A town in the province does lie with it: a small town far from both is a namesake.
    let d = doc("In Qalat, in the province of Zabul, the police said that insurgents had died. \
                 Later, police posts were attacked in Farah.");
    let got = found(&st, &d);
    assert!(!got.iter().any(|(x, _)| x == "Farah"), "{got:?}");
}

