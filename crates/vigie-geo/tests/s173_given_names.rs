//! S173: Arabic, Kurdish and Turkish given names that are also names of small places elsewhere
//! (`lang/en/geo-stopwords.tsv`, kind `name`) are a person's name, unless a cue word makes them
//! a place.

mod common;

use common::{doc, found, s, stage_of};
use vigie_geo::{GeoRecord, PlaceKind};

#[test]
fn s173_an_arabic_given_name_is_no_place_without_a_cue() {
    let st = stage_of(vec![
        GeoRecord::city(7100001, "Tunisia", "TN", 34.0, 9.0, 11_000_000).with_kind(PlaceKind::Country),
        GeoRecord::city(7100002, "Jamal", "TN", 35.62, 10.76, 20_000),
        GeoRecord::city(7100003, "Omar", "US", 37.76, -82.0, 1_000),
    ]);
    let text = "Fighters from Tunisia held the square, said Jamal, a volunteer, by telephone. Omar added that the fighting was over.";
    let got = found(&st, &doc(text));
    assert!(!got.iter().any(|(x, _)| x == "Jamal" || x == "Omar"), "{got:?}");
    assert!(got.contains(&s("Tunisia", 7100001)), "{got:?}");
    // Control: governed by a place cue, the same name is the place.
    let got = found(&st, &doc("Fighters from Tunisia held the square. A bomb exploded in Jamal on Monday."));
    assert!(got.contains(&s("Jamal", 7100002)), "{got:?}");
}
