//! Arbitrary filters (every `EventFilter` field: text, dates, bbox, limit, offset) against an
//! in-memory store holding a few events: every query answers (possibly nothing), none fails
//! or panics; the count agrees with the unpaged list.
#![no_main]

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use vigie_core::{ActorRef, Document, Event, GeoRef, Span};
use vigie_store::{Bucket, EventFilter, Store};

fn event(kind: &str, actor: &str, date: Option<&str>, place: Option<(&str, f64, f64, &str)>, fatalities: Option<u32>, end: usize) -> Event {
    Event {
        sub_event_type: kind.into(),
        plover: None,
        cameo: None,
        actor1: Some(ActorRef { name: Some(actor.into()), inter: Some(2), ..Default::default() }),
        actor2: Some(ActorRef { name: Some("Civilians (Syria)".into()), inter: Some(7), ..Default::default() }),
        location: place.map(|(name, lat, lon, country)| GeoRef {
            geonameid: Some(1),
            name: Some(name.into()),
            lat: Some(lat),
            lon: Some(lon),
            country: Some(country.into()),
            admin1: Some("07".into()),
            ..Default::default()
        }),
        date: date.map(str::to_string),
        fatalities,
        evidence: Span::new(0, end),
        confidence: Some(0.5),
        ..Default::default()
    }
}

fn store() -> Store {
    let mut s = Store::open_in_memory().expect("an in-memory store");
    let doc = |id: &str, text: &str, events: Vec<Event>| {
        let mut d = Document::new(id, text);
        d.meta.url = Some(format!("https://example.org/{id}"));
        d.events = events;
        d
    };
    s.add_batch(&[
        doc("a", "Des combats à Boukamal, l'État islamique.", vec![event("Armed clash", "Islamic State", Some("2017-11-13"), Some(("Abu Kamal", 34.45, 40.92, "SY")), Some(3), 3)]),
        doc("b", "Second report of the fighting in Abu Kamal.", vec![event("Armed clash", "Islamic State", Some("2017-11-12/2017-11-14"), Some(("Abu Kamal", 34.46, 40.91, "SY")), Some(5), 6)]),
        doc("c", "Manifestation à Alep — 100% pacifique_", vec![event("Peaceful protest", "Protesters (Syria)", Some("2017-12-01"), Some(("Aleppo", 36.2, 37.15, "SY")), None, 13)]),
        doc("d", "An undated, unplaced strike.", vec![event("Air/drone strike", "Military Forces of Russia", None, None, Some(0), 2)]),
        doc("e", "Nothing happened here.", vec![]),
    ])
    .expect("adding the articles");
    s.merge().expect("merging");
    s
}

fn filter(u: &mut Unstructured) -> Result<EventFilter> {
    Ok(EventFilter {
        event_type: u.arbitrary()?,
        country: u.arbitrary()?,
        admin1: u.arbitrary()?,
        actor: u.arbitrary()?,
        date_from: u.arbitrary()?,
        date_to: u.arbitrary()?,
        bbox: u.arbitrary()?,
        text: u.arbitrary()?,
        limit: u.arbitrary()?,
        offset: u.arbitrary()?,
    })
}

thread_local! {
    static STORE: Store = store();
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(f) = filter(&mut u) else { return };
    STORE.with(|s| {
        let events = s.events(&f).unwrap_or_else(|e| panic!("events({f:?}): {e}"));
        let count = s.count_events(&f).unwrap_or_else(|e| panic!("count_events({f:?}): {e}"));
        assert!(events.len() as i64 <= count, "{f:?}: {} listed, {count} counted", events.len());
        let all = s.events(&EventFilter { limit: None, offset: 0, ..f.clone() }).unwrap_or_else(|e| panic!("events({f:?}) unpaged: {e}"));
        assert_eq!(all.len() as i64, count, "{f:?}: the count is the unpaged list's length");
        for bucket in [Bucket::Day, Bucket::Week, Bucket::Month] {
            s.timeline(&f, bucket).unwrap_or_else(|e| panic!("timeline({f:?}): {e}"));
        }
    });
});
