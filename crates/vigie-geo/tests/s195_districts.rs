//! S195: a town and the district (geoBoundaries: no GeoNames id) written right after it as its
//! container ("from Brenton, Wexley") are one place with its address, not two places lying
//! together: they do not make a far town the document names a namesake. The names are made up.

mod common;

use common::{doc, found, s, stage_of};
use vigie_geo::{GeoRecord, PlaceKind};

#[test]
fn a_town_and_its_district_written_as_its_address_do_not_make_a_far_town_a_namesake() {
    let records = vec![
        GeoRecord::city(163843, "Syria", "SY", 35.0, 38.0, 22_000_000).with_kind(PlaceKind::Country),
        GeoRecord::city(2635167, "United Kingdom", "GB", 54.0, -2.0, 66_000_000).with_kind(PlaceKind::Country),
        GeoRecord::city(9300001, "Brenton", "GB", 50.87, 0.01, 17_000).with_admin1("ENG"),
        GeoRecord::city(0, "Wexley", "GB", 50.94, 0.27, 0).with_kind(PlaceKind::Admin2).with_admin1("ENG"),
        GeoRecord::city(9300002, "Karvo", "SY", 36.5, 36.87, 36_000).with_admin1("09"),
    ];
    let st = stage_of(records);
    for text in [
        "Jane Doe, from Brenton, Wexley, died when her position was struck by a missile in the besieged city of Karvo in northern Syria.",
        "Jane Doe, from Brenton (Wexley), died when her position was struck by a missile in the besieged city of Karvo in northern Syria.",
    ] {
        let got = found(&st, &doc(text));
        assert!(got.contains(&s("Karvo", 9300002)), "{text}: {got:?}");
    }
}
