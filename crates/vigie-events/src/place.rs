//! Where an event happened: the place its sentence names, else the place named in the nearest
//! sentence before it, else the article's main place.

use vigie_core::{Document, EntityLabel, GeoRef, Place, Span};

/// How specific a place is: a town before its county, region, country or continent.
fn specificity(p: &Place) -> u8 {
    match p.geo.as_ref().and_then(|g| g.kind.as_deref()) {
        Some("continent") => 4,
        Some("country") => 3,
        Some("admin1") => 2,
        Some("admin2") => 1,
        _ => 0,
    }
}

/// A place that can say where something happened: resolved, and not part of an actor's or an
/// organisation's name ("Luhansk People's Militia", "Punjab University", "Boko Haram").
fn candidate(doc: &Document, p: &Place) -> bool {
    let resolved = p.geo.as_ref().is_some_and(|g| g.lat.is_some() || g.country.is_some());
    let inside = |span: Span| span.contains(p.span) && span != p.span;
    let in_name = doc.mentions.iter().any(|m| inside(m.span))
        || doc.entities.iter().any(|e| e.label != EntityLabel::Location && inside(e.span));
    resolved && !in_name
}

/// The most specific of the places, the first of them ("in Acapulco, Guerrero, a man was found
/// dead in Colonia Libertad": the first town is where).
fn most_specific<'d>(places: &[&'d Place]) -> Option<&'d Place> {
    let best = places.iter().map(|p| specificity(p)).min()?;
    places.iter().copied().find(|p| specificity(p) == best)
}

/// The most specific place the sentence names, else the most specific place of the nearest
/// sentence before it that names one ("In Volta Redonda, Rio de Janeiro, ... . The officers
/// were attacked": Volta Redonda, not the last place named).
///
/// The dateline's place says where the reporter files from, not where the event happened: it is
/// no candidate here (the article's main place may still be it).
pub(crate) fn location(doc: &Document, sentence: Span) -> Option<GeoRef> {
    let dateline = doc.meta.dateline.as_ref().map(|d| d.span);
    let places: Vec<&Place> = doc
        .places
        .iter()
        .filter(|p| candidate(doc, p) && !dateline.is_some_and(|d| d.contains(p.span)))
        .collect();
    let in_sentence: Vec<&Place> = places.iter().copied().filter(|p| sentence.contains(p.span)).collect();
    if let Some(p) = most_specific(&in_sentence) {
        return p.geo.clone();
    }
    let last_before = places.iter().copied().rfind(|p| p.span.end <= sentence.start)?;
    // The sentence of that last place: the places between the end of the sentence before it
    // and the current sentence.
    let from = doc
        .sentences
        .iter()
        .map(|s| s.span)
        .find(|s| s.contains(last_before.span))
        .map_or(last_before.span.start, |s| s.start);
    let earlier: Vec<&Place> = places.iter().copied().filter(|p| p.span.start >= from && p.span.end <= sentence.start).collect();
    most_specific(&earlier).and_then(|p| p.geo.clone())
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

#[cfg(test)]
mod place_tests {
    use super::*;
    use vigie_core::{ActorMention, ActorRef};

    use crate::tests::span_of;

    /// A document with one sentence per line (language and date matter not here).
    fn doc(text: &str) -> Document {
        crate::tests::doc("en", "2020-01-01", text)
    }

    fn place(d: &mut Document, needle: &str, id: u64, kind: &str) {
        let span = span_of(d, needle);
        let geo = GeoRef { geonameid: Some(id), lat: Some(1.0), lon: Some(2.0), country: Some("XX".into()), kind: Some(kind.into()), ..Default::default() };
        d.places.push(Place { span, geo: Some(geo) });
        d.places.sort_by_key(|p| p.span);
    }

    fn id_at(d: &Document, line: usize) -> Option<u64> {
        location(d, d.sentences[line].span).and_then(|g| g.geonameid)
    }

    #[test]
    fn a_place_inside_an_actor_name_is_not_where() {
        let mut d = doc("Forces fired at the positions of the Luhansk People's Militia in the area of Sentianivka, Luhansk.");
        place(&mut d, "Luhansk", 1, "city");
        place(&mut d, "Sentianivka", 2, "city");
        let militia = span_of(&d, "Luhansk People's Militia");
        d.mentions.push(ActorMention { span: militia, actor: ActorRef { inter: Some(2), ..Default::default() } });
        assert_eq!(id_at(&d, 0), Some(2));
        // Without the actor, the first of the towns is taken.
        d.mentions.clear();
        assert_eq!(id_at(&d, 0), Some(1));
    }

    #[test]
    fn a_sentence_without_a_place_takes_the_most_specific_one_of_the_nearest_before() {
        let mut d = doc("In Volta Redonda, Rio de Janeiro, police went to a neighbourhood.\nThe officers were attacked.\nNobody was hurt.");
        place(&mut d, "Volta Redonda", 10, "city");
        place(&mut d, "Rio de Janeiro", 20, "admin1");
        assert_eq!(id_at(&d, 0), Some(10));
        assert_eq!(id_at(&d, 1), Some(10));
        assert_eq!(id_at(&d, 2), Some(10));
        // A town before the region in the text, or after it: the town either way.
        let mut d = doc("Rio de Janeiro state: police went to Volta Redonda.\nThe officers were attacked.");
        place(&mut d, "Rio de Janeiro", 20, "admin1");
        place(&mut d, "Volta Redonda", 10, "city");
        assert_eq!(id_at(&d, 1), Some(10));
    }

    #[test]
    fn the_dateline_place_is_where_the_reporter_is_not_the_event() {
        let mut d = doc("BEIRUT (AFP) - An air strike killed 26 civilians in Abu Kamal on Saturday.");
        place(&mut d, "BEIRUT", 1, "city");
        place(&mut d, "Abu Kamal", 2, "city");
        d.meta.dateline = Some(vigie_core::Dateline { place: span_of(&d, "BEIRUT"), span: span_of(&d, "BEIRUT (AFP) -") });
        assert_eq!(id_at(&d, 0), Some(2));
        // Without the dateline, the first town named.
        d.meta.dateline = None;
        assert_eq!(id_at(&d, 0), Some(1));
    }

    #[test]
    fn no_place_before_no_location() {
        let mut d = doc("The officers were attacked.\nIn Volta Redonda, police searched.");
        place(&mut d, "Volta Redonda", 10, "city");
        assert_eq!(id_at(&d, 0), None);
        assert_eq!(id_at(&d, 1), Some(10));
    }
}
