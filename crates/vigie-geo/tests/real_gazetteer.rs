//! Checks against the installed gazetteer. Skipped (passes with a note) unless `$VIGIE_DATA`
//! names a data directory that holds an installed index (`vigie setup`).

use std::path::PathBuf;
use std::sync::Arc;
use vigie_core::{Document, LanguageGuess, Origin};
use vigie_geo::{main_place, Gazetteer, PlaceStage};
use vigie_resources::Resources;

fn installed() -> Option<Gazetteer> {
    let dir = PathBuf::from(std::env::var_os("VIGIE_DATA")?);
    if !dir.join("geo").join("manifest.json").exists() {
        eprintln!("skipped: no gazetteer index in {}", dir.display());
        return None;
    }
    Some(Gazetteer::open(&dir).expect("the installed index must open"))
}

fn doc(lang: &str, text: &str) -> Document {
    let mut d = Document::new("t", text);
    d.meta.lang = Some(LanguageGuess { code: lang.into(), confidence: 1.0, origin: Origin::Caller });
    d
}

#[test]
fn the_example_places_resolve_on_the_real_gazetteer() {
    let Some(g) = installed() else { return };
    let stage = PlaceStage::new(Arc::new(g), &Resources::embedded()).unwrap();
    // Written for this test, with the places of the demo article.
    let d = doc(
        "fr",
        "Les jihadistes ont repris la ville syrienne de Boukamal, à la frontière de l'Irak. \
         Des combattants irakiens et des frappes russes visaient Boukamal. Le régime de Damas, \
         soutenu par la Russie, contrôle désormais la moitié de la Syrie.",
    );
    let places = stage.find_places(&d);
    let got: Vec<(&str, Option<u64>)> =
        places.iter().map(|p| (d.slice(p.span), p.geo.as_ref().and_then(|g| g.geonameid))).collect();
    assert_eq!(
        got,
        [
            ("Boukamal", Some(174448)),
            ("Irak", Some(99237)),
            ("Boukamal", Some(174448)),
            ("Damas", Some(170654)),
            ("Russie", Some(2017370)),
            ("Syrie", Some(163843)),
        ]
    );
    let mut d = d;
    d.places = places;
    assert_eq!(main_place(&d).and_then(|p| p.geo.as_ref()?.geonameid), Some(174448));
}

#[test]
fn english_spellings_and_subdivisions_resolve() {
    let Some(g) = installed() else { return };
    let stage = PlaceStage::new(Arc::new(g), &Resources::embedded()).unwrap();
    let d = doc("en", "Iraqi forces shelled Al-Bukamal near the Syrian border, officials in Baghdad said.");
    let places = stage.find_places(&d);
    let got: Vec<(&str, Option<u64>)> =
        places.iter().map(|p| (d.slice(p.span), p.geo.as_ref().and_then(|g| g.geonameid))).collect();
    assert_eq!(got, [("Al-Bukamal", Some(174448)), ("Baghdad", Some(98182))]);
}

#[test]
fn the_real_index_finds_transliterations() {
    let Some(g) = installed() else { return };
    assert!(g.len() > 200_000);
    let hits = g.lookup("Boukamal");
    assert!(hits.iter().any(|h| g.place(h.index).map(|p| p.geonameid) == Some(174448)));
}

// S194: the districts of geoBoundaries, when the installed index has them (setup goes on
// without them when their package cannot be fetched): a township of an event note's list.
#[test]
fn a_district_named_in_a_list_resolves_on_the_real_gazetteer() {
    let Some(g) = installed() else { return };
    let has_districts = g.lookup("Myebon").iter().any(|h| g.place(h.index).is_some_and(|p| p.kind == vigie_geo::PlaceKind::Admin2));
    if !has_districts {
        eprintln!("skipped: the installed index has no districts");
        return;
    }
    let stage = PlaceStage::new(Arc::new(g), &Resources::embedded()).unwrap();
    // Written for this test.
    let d = doc("en", "On 2 May 2020, soldiers detained ten fishermen in a village of Myebon Township, Rakhine State.");
    let places = stage.find_places(&d);
    let myebon = places.iter().find(|p| d.slice(p.span) == "Myebon").and_then(|p| p.geo.as_ref()).expect("Myebon is found");
    assert_eq!(myebon.country.as_deref(), Some("MM"));
    // Within 25 km of the town of Myebon (19.93 N, 93.57 E).
    let (lat, lon) = (myebon.lat.unwrap(), myebon.lon.unwrap());
    assert!((lat - 19.93).abs() < 0.25 && (lon - 93.57).abs() < 0.25, "{myebon:?}");
}
