//! The dateline's time zone: a dispatch's publication instant read at its dateline place decides
//! which day "hier", "today" and "samedi" are counted from. The zone lookup here is a small table;
//! the binary gives the gazetteer's (tested against installed data in vigie-geo's tests).

mod common;

use vigie_core::{Dateline, Document, LanguageGuess, Origin, Published, Span, Stage};
use vigie_time::LocalDateStage;

fn zones() -> LocalDateStage {
    LocalDateStage::new(|place| match place.to_uppercase().as_str() {
        "BEYROUTH" | "BEIRUT" => Some("Asia/Beirut".to_string()),
        "WASHINGTON" => Some("America/New_York".to_string()),
        _ => None,
    })
}

/// A dispatch whose text starts with its dateline place, published at `instant` (UTC), with the
/// publication date as a feed would give it (the instant's UTC date).
fn dispatch(lang: &str, place: &str, rest: &str, instant: Option<&str>) -> Document {
    let text = format!("{place} (AFP) - {rest}");
    let mut doc = Document::new("t", text.clone());
    doc.meta.lang = Some(LanguageGuess { code: lang.into(), confidence: 1.0, origin: Origin::Caller });
    doc.meta.dateline = Some(Dateline { place: Span::new(0, place.len()), span: Span::new(0, place.len() + 8) });
    if let Some(at) = instant {
        let ts: jiff::Timestamp = at.parse().unwrap();
        doc.meta.published_at = Some(ts);
        doc.meta.published = Some(Published {
            date: ts.to_zoned_datetime(jiff::tz::TimeZone::UTC).date(),
            time: None,
            origin: Origin::Caller,
            span: None,
        });
    }
    doc
}

fn run(doc: &mut Document) -> Vec<(String, String)> {
    zones().run(doc);
    common::stage().run(doc);
    doc.times.iter().map(|t| (doc.slice(t.span).to_string(), t.value.clone())).collect()
}

fn pair(s: &str, v: &str) -> (String, String) {
    (s.to_string(), v.to_string())
}

#[test]
fn late_utc_evening_is_the_next_day_in_beirut() {
    let mut doc = dispatch("fr", "BEYROUTH", "Les forces ont repris la ville hier.", Some("2017-11-13T23:30:00Z"));
    let got = run(&mut doc);
    let local = doc.meta.time_zone.as_ref().expect("local publication");
    assert_eq!(local.zone, "Asia/Beirut");
    assert_eq!(local.place, "BEYROUTH");
    assert_eq!(local.date.to_string(), "2017-11-14");
    assert_eq!((local.time.as_str(), local.offset.as_str()), ("01:30", "+02:00"));
    assert_eq!(got, [pair("hier", "2017-11-13")]);
}

#[test]
fn early_utc_morning_is_the_previous_day_in_washington() {
    let mut doc = dispatch("en", "WASHINGTON", "The talks ended today, officials said Saturday.", Some("2017-11-14T03:00:00Z"));
    let got = run(&mut doc);
    let local = doc.meta.time_zone.as_ref().expect("local publication");
    assert_eq!((local.date.to_string().as_str(), local.offset.as_str()), ("2017-11-13", "-05:00"));
    assert_eq!(got, [pair("today", "2017-11-13"), pair("Saturday", "2017-11-11")]);
}

#[test]
fn without_an_instant_or_a_known_place_the_publication_date_is_the_anchor() {
    // No instant: nothing to convert; "hier" is counted from the publication date.
    let mut doc = dispatch("fr", "BEYROUTH", "Les forces ont repris la ville hier.", None);
    doc.meta.published =
        Some(Published { date: "2017-11-13".parse().unwrap(), time: None, origin: Origin::Caller, span: None });
    assert_eq!(run(&mut doc), [pair("hier", "2017-11-12")]);
    assert!(doc.meta.time_zone.is_none());
    // A place the lookup does not know: the same.
    let mut doc = dispatch("fr", "TOMBOUCTOU", "Les forces ont repris la ville hier.", Some("2017-11-13T23:30:00Z"));
    assert_eq!(run(&mut doc), [pair("hier", "2017-11-12")]);
    assert!(doc.meta.time_zone.is_none());
    // No dateline at all: the same.
    let mut doc = dispatch("fr", "BEYROUTH", "Les forces ont repris la ville hier.", Some("2017-11-13T23:30:00Z"));
    doc.meta.dateline = None;
    assert_eq!(run(&mut doc), [pair("hier", "2017-11-12")]);
    assert!(doc.meta.time_zone.is_none() && doc.diagnostics.is_empty());
}

#[test]
fn a_local_date_already_given_is_kept() {
    let mut doc = dispatch("fr", "BEYROUTH", "Les forces ont repris la ville hier.", Some("2017-11-13T23:30:00Z"));
    doc.meta.time_zone = Some(vigie_time::local_publication("2017-11-13T12:00:00Z".parse().unwrap(), "UTC", "X").unwrap());
    assert_eq!(run(&mut doc), [pair("hier", "2017-11-12")]);
}
