//! From the engine's [`Document`] to the gold shape: what `vigie extract --format gold` prints and
//! what the scorer compares with gold.

use crate::gold::{
    EventTypes, GoldActor, GoldDate, GoldDoc, GoldEntity, GoldEvent, GoldLocation, GoldPlace,
    GoldTime,
};
use serde::Serialize;
use vigie_core::{ActorRef, Document, GeoRef};

/// The document's layers in the gold shape. Texts are sliced from the spans; an annotation whose
/// span does not slice the text (a bug upstream) is left out rather than printed empty. An
/// event's date that is neither `YYYY-MM-DD` nor a valid span is left out; empty actors and
/// locations are left out; non-finite coordinates and confidences are left out.
pub fn prediction_from_document(doc: &Document) -> GoldDoc {
    let mut gold = layers(doc);
    gold.text = doc.text.clone();
    gold
}

/// One line of `vigie extract --format gold`: `id`, `lang` and `published` when known, and the
/// four layers, always present. Events carry one `type`, plus `plover`, `cameo`,
/// `evidence_start`/`evidence_end` (byte offsets) and `confidence` when known. The text itself
/// is not repeated. (Keys come out in alphabetical order, as `serde_json::Value` keeps them; use
/// [`to_gold_line`] for the order of FORMAT.md.)
pub fn to_gold_json(doc: &Document) -> serde_json::Value {
    let gold = layers(doc);
    serde_json::to_value(Line::from(&gold)).unwrap_or(serde_json::Value::Null)
}

/// The same as [`to_gold_json`], as one line of JSON with keys in FORMAT.md's order.
pub fn to_gold_line(doc: &Document) -> String {
    let gold = layers(doc);
    serde_json::to_string(&Line::from(&gold)).unwrap_or_default()
}

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<&'a str>,
    events: &'a [GoldEvent],
    places: &'a [GoldPlace],
    times: &'a [GoldTime],
    entities: &'a [GoldEntity],
}

impl<'a> From<&'a GoldDoc> for Line<'a> {
    fn from(g: &'a GoldDoc) -> Self {
        Line {
            id: &g.id,
            lang: g.lang.as_deref(),
            published: g.published.as_deref(),
            events: g.events.as_deref().unwrap_or(&[]),
            places: g.places.as_deref().unwrap_or(&[]),
            times: g.times.as_deref().unwrap_or(&[]),
            entities: g.entities.as_deref().unwrap_or(&[]),
        }
    }
}

fn sliced(doc: &Document, span: vigie_core::Span) -> Option<String> {
    span.slice(&doc.text)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn layers(doc: &Document) -> GoldDoc {
    let lang = doc
        .meta
        .lang
        .as_ref()
        .map(|l| l.code.as_str())
        .filter(|c| !c.is_empty() && *c != "und")
        .map(str::to_string);
    let published = doc.meta.published.as_ref().map(|p| p.date.to_string());
    let entities = doc
        .entities
        .iter()
        .filter_map(|e| {
            Some(GoldEntity {
                text: sliced(doc, e.span)?,
                label: e.label,
            })
        })
        .collect();
    let places = doc
        .places
        .iter()
        .filter_map(|p| {
            let text = sliced(doc, p.span)?;
            let geo = p.geo.as_ref();
            let (lat, lon) = geo.map(coords).unwrap_or((None, None));
            Some(GoldPlace {
                text,
                geonameid: geo.and_then(|g| g.geonameid),
                lat,
                lon,
                country: geo.and_then(|g| g.country.clone()),
            })
        })
        .collect();
    let times = doc
        .times
        .iter()
        .filter_map(|t| {
            Some(GoldTime {
                text: sliced(doc, t.span)?,
                value: t.value.clone(),
            })
        })
        .collect();
    // Negated and hypothetical events stay in the document for the analyst, but are no events.
    let events = doc
        .events
        .iter()
        .filter(|e| e.happened())
        .map(|e| {
            let evidence = sliced(doc, e.evidence);
            let offsets = evidence
                .as_ref()
                .map(|_| (e.evidence.start, e.evidence.end));
            GoldEvent {
                types: EventTypes::one(e.sub_event_type.clone()),
                actor1: e.actor1.as_ref().and_then(actor),
                actor2: e.actor2.as_ref().and_then(actor),
                location: e.location.as_ref().and_then(location),
                date: e.date.as_deref().and_then(GoldDate::parse),
                fatalities: e.fatalities,
                evidence,
                evidence_start: offsets.map(|o| o.0),
                evidence_end: offsets.map(|o| o.1),
                plover: e.plover.clone(),
                cameo: e.cameo.clone(),
                confidence: e.confidence.filter(|c| c.is_finite()),
            }
        })
        .collect();
    GoldDoc {
        id: doc.id.clone(),
        text: String::new(),
        lang,
        published,
        events: Some(events),
        places: Some(places),
        times: Some(times),
        entities: Some(entities),
    }
}

fn coords(g: &GeoRef) -> (Option<f64>, Option<f64>) {
    match (g.lat, g.lon) {
        (Some(lat), Some(lon)) if lat.is_finite() && lon.is_finite() => (Some(lat), Some(lon)),
        _ => (None, None),
    }
}

fn actor(a: &ActorRef) -> Option<GoldActor> {
    let g = GoldActor {
        inter: a.inter,
        country: a.country.clone(),
        names: a.name.iter().filter(|n| !n.is_empty()).cloned().collect(),
    };
    (!g.is_empty()).then_some(g)
}

fn location(g: &GeoRef) -> Option<GoldLocation> {
    let (lat, lon) = coords(g);
    let l = GoldLocation {
        geonameid: g.geonameid,
        lat,
        lon,
        country: g.country.clone(),
        name: g.name.clone(),
    };
    (!l.is_empty()).then_some(l)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::{parse_gold_line, parse_prediction_line};
    use vigie_core::{
        Date, Entity, EntityLabel, Event, LanguageGuess, Origin, Place, Published, Span, TimeExpr,
        TimexType,
    };

    fn sample() -> Document {
        let text = "Les forces du régime ont repris Boukamal samedi, selon l'OSDH.";
        let mut doc = Document::new("d1", text);
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        doc.meta.lang = Some(LanguageGuess {
            code: "fr".into(),
            confidence: 1.0,
            origin: Origin::Caller,
        });
        doc.meta.published = Some(Published {
            date: Date::constant(2017, 11, 13),
            time: None,
            origin: Origin::Caller,
            span: None,
        });
        doc.entities.push(Entity {
            span: at("OSDH"),
            label: EntityLabel::Organisation,
            actor: None,
        });
        doc.entities.push(Entity {
            span: Span::new(16, 17),
            label: EntityLabel::Person,
            actor: None,
        }); // inside "é"
        doc.places.push(Place {
            span: at("Boukamal"),
            geo: Some(GeoRef {
                geonameid: Some(174448),
                lat: Some(34.45),
                lon: Some(40.92),
                country: Some("SY".into()),
                ..Default::default()
            }),
        });
        doc.times.push(TimeExpr {
            span: at("samedi"),
            kind: TimexType::Date,
            value: "2017-11-11".into(),
        });
        doc.events.push(Event {
            sub_event_type: "Government regains territory".into(),
            plover: Some("CONSOLIDATE".into()),
            cameo: None,
            actor1: Some(ActorRef {
                name: Some("régime".into()),
                inter: Some(1),
                country: Some("SY".into()),
                ..Default::default()
            }),
            actor2: Some(ActorRef::default()),
            location: Some(GeoRef {
                geonameid: Some(174448),
                ..Default::default()
            }),
            date: Some("2017-11-11".into()),
            fatalities: Some(0),
            evidence: at("ont repris Boukamal"),
            confidence: Some(0.8),
            ..Default::default()
        });
        doc
    }

    #[test]
    fn layers_become_the_gold_shape() {
        let doc = sample();
        let g = prediction_from_document(&doc);
        assert_eq!(g.text, doc.text);
        assert_eq!(g.lang.as_deref(), Some("fr"));
        assert_eq!(g.published.as_deref(), Some("2017-11-13"));
        let ents = g.entities.as_ref().unwrap();
        assert_eq!(
            ents.len(),
            1,
            "the entity whose span cuts a character is left out"
        );
        assert_eq!(
            ents[0],
            GoldEntity {
                text: "OSDH".into(),
                label: EntityLabel::Organisation
            }
        );
        let p = &g.places.as_ref().unwrap()[0];
        assert_eq!(
            (p.text.as_str(), p.geonameid, p.country.as_deref()),
            ("Boukamal", Some(174448), Some("SY"))
        );
        assert_eq!(
            g.times.as_ref().unwrap()[0],
            GoldTime {
                text: "samedi".into(),
                value: "2017-11-11".into()
            }
        );
        let e = &g.events.as_ref().unwrap()[0];
        assert_eq!(e.types.first(), "Government regains territory");
        assert_eq!(e.actor1.as_ref().unwrap().names, ["régime"]);
        assert_eq!(e.actor2, None, "an actor that says nothing is left out");
        assert_eq!(e.evidence.as_deref(), Some("ont repris Boukamal"));
        assert_eq!(
            doc.text
                .get(e.evidence_start.unwrap()..e.evidence_end.unwrap()),
            Some("ont repris Boukamal")
        );
        // And the gold shape is valid gold.
        assert_eq!(
            parse_gold_line(&serde_json::to_string(&g).unwrap()).unwrap(),
            g
        );
    }

    #[test]
    fn gold_json_has_exactly_the_format_keys() {
        let v = to_gold_json(&sample());
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "entities",
                "events",
                "id",
                "lang",
                "places",
                "published",
                "times"
            ]
        );
        let ev = v["events"][0].as_object().unwrap();
        assert_eq!(ev["type"], "Government regains territory");
        assert_eq!(ev["plover"], "CONSOLIDATE");
        assert!(ev.contains_key("evidence_start") && ev.contains_key("confidence"));
        assert!(!ev.contains_key("cameo"));

        let empty = to_gold_json(&Document::new("x", "nothing"));
        assert_eq!(
            empty,
            serde_json::json!({"id": "x", "events": [], "places": [], "times": [], "entities": []})
        );

        let line = to_gold_line(&sample());
        assert!(
            line.starts_with(r#"{"id":"d1","lang":"fr","published":"2017-11-13","events":["#),
            "{line}"
        );
        let back = parse_prediction_line(&line).unwrap();
        assert_eq!(back.events.unwrap().len(), 1);
    }
}
