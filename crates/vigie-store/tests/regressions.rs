//! Inputs the fuzzer (fuzz/fuzz_targets/store_filter.rs) found to fail; each must now answer.

use vigie_core::{ActorRef, Document, Event, GeoRef, Span};
use vigie_store::{Bucket, EventFilter, Store};

fn store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    let event = |kind: &str, date: &str| Event {
        sub_event_type: kind.into(),
        plover: None,
        cameo: None,
        actor1: Some(ActorRef { name: Some("Islamic State".into()), ..Default::default() }),
        actor2: None,
        location: Some(GeoRef { name: Some("Abu Kamal".into()), lat: Some(34.45), lon: Some(40.92), country: Some("SY".into()), ..Default::default() }),
        date: Some(date.into()),
        fatalities: Some(2),
        evidence: Span::new(0, 3),
        confidence: None,
        ..Default::default()
    };
    let mut a = Document::new("a", "Des combats à Boukamal.");
    a.events = vec![event("Armed clash", "2017-11-13")];
    let mut b = Document::new("b", "Manifestation à Alep.");
    b.events = vec![event("Peaceful protest", "2017-12-01")];
    s.add_batch(&[a, b]).unwrap();
    s.merge().unwrap();
    s
}

#[test]
fn text_filter_without_words_narrows_nothing_instead_of_an_fts5_syntax_error() {
    let s = store();
    for text in ["", "   ", "\t\n", "\u{7}"] {
        let f = EventFilter { text: Some(text.into()), ..Default::default() };
        assert_eq!(s.events(&f).unwrap().len(), 2, "text {text:?}");
        assert_eq!(s.count_events(&f).unwrap(), 2, "text {text:?}");
        assert_eq!(s.timeline(&f, Bucket::Day).unwrap().len(), 2, "text {text:?}");
    }
}

#[test]
fn limit_and_offset_beyond_i64_are_not_an_sql_error() {
    let s = store();
    let huge = usize::MAX;
    let all = EventFilter { limit: Some(huge), ..Default::default() };
    assert_eq!(s.events(&all).unwrap().len(), 2);
    let past_the_end = EventFilter { limit: Some(huge), offset: huge, ..Default::default() };
    assert!(s.events(&past_the_end).unwrap().is_empty());
    let offset_only = EventFilter { offset: huge, ..Default::default() };
    assert!(s.events(&offset_only).unwrap().is_empty());
    let second = EventFilter { limit: Some(huge), offset: 1, ..Default::default() };
    assert_eq!(s.events(&second).unwrap().len(), 1);
}
