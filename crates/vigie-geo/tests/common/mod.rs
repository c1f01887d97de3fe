//! What the place tests on small, hand-made gazetteers share.

use std::sync::Arc;
use vigie_core::{Document, LanguageGuess, Origin};
use vigie_geo::{Gazetteer, GeoRecord, PlaceStage};
use vigie_resources::Resources;

/// The place stage over these records and the embedded language files.
pub fn stage_of(records: Vec<GeoRecord>) -> PlaceStage {
    let gaz = Gazetteer::from_records(records).unwrap();
    PlaceStage::new(Arc::new(gaz), &Resources::embedded()).unwrap()
}

/// An English document of this text.
pub fn doc(text: &str) -> Document {
    let mut d = Document::new("t", text);
    d.meta.lang = Some(LanguageGuess { code: "en".into(), confidence: 1.0, origin: Origin::Caller });
    d
}

/// (surface, geonameid) of each place found.
pub fn found(st: &PlaceStage, d: &Document) -> Vec<(String, Option<u64>)> {
    st.find_places(d).iter().map(|p| (d.slice(p.span).to_string(), p.geo.as_ref().and_then(|g| g.geonameid))).collect()
}

/// A place found with this surface and id.
pub fn s(x: &str, id: u64) -> (String, Option<u64>) {
    (x.to_string(), Some(id))
}
