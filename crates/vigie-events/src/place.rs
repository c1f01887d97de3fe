//! Where an event happened: the place its sentence names, else the place named before it, else the
//! article's main place.

use vigie_core::{Document, GeoRef, Span};

/// The most specific place the sentence names, else the last place named before it.
pub(crate) fn location(doc: &Document, sentence: Span) -> Option<GeoRef> {
    let resolved = |p: &&vigie_core::Place| p.geo.as_ref().is_some_and(|g| g.lat.is_some() || g.country.is_some());
    let in_sentence: Vec<&vigie_core::Place> = doc.places.iter().filter(|p| sentence.contains(p.span)).filter(resolved).collect();
    // The most specific place named (a town before its region or country), the first of them
    // ("in Acapulco, Guerrero, a man was found dead in Colonia Libertad": the first is where).
    let specificity = |p: &vigie_core::Place| match p.geo.as_ref().and_then(|g| g.kind.as_deref()) {
        Some("continent") => 4,
        Some("country") => 3,
        Some("admin1") => 2,
        Some("admin2") => 1,
        _ => 0,
    };
    let best = in_sentence.iter().map(|p| specificity(p)).min();
    let in_sentence: Vec<&vigie_core::Place> = in_sentence.into_iter().filter(|p| Some(specificity(p)) == best).collect();
    in_sentence
        .first()
        .copied()
        .or_else(|| doc.places.iter().filter(|p| p.span.end <= sentence.start).rfind(resolved))
        .and_then(|p| p.geo.clone())
}

/// The place the article names most often (ties: the first named).
pub(crate) fn main_place(doc: &Document) -> Option<GeoRef> {
    let mut counts: Vec<(u64, usize, &GeoRef)> = Vec::new();
    for geo in doc.places.iter().filter_map(|p| p.geo.as_ref()) {
        let Some(id) = geo.geonameid else { continue };
        match counts.iter_mut().find(|(i, _, _)| *i == id) {
            Some(entry) => entry.1 += 1,
            None => counts.push((id, 1, geo)),
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    counts.into_iter().find(|c| c.1 == best).map(|c| c.2.clone())
}
