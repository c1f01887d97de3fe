//! Counting the dead on arbitrary text: sentences and tokens (`SegmentStage`), time expressions
//! (`TimeStage`, which tell the events stage which numbers belong to a date), then `EventStage`,
//! whose number reading (digits with thousands groups, number words, "dozens of") turns the words
//! near a "killed" word into a toll. Seeds are tolls written in many ways. The first byte picks
//! the declared language and whether a publication date is known. No panic; the text is
//! unchanged; every event's evidence slices the text.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use vigie_core::{Document, LanguageGuess, Origin, Published, Stage};
use vigie_events::EventStage;
use vigie_resources::Resources;
use vigie_text::SegmentStage;
use vigie_time::TimeStage;

fn stages() -> &'static (SegmentStage, TimeStage, EventStage) {
    static STAGES: OnceLock<(SegmentStage, TimeStage, EventStage)> = OnceLock::new();
    STAGES.get_or_init(|| {
        let res = Resources::embedded();
        (
            SegmentStage::new(&res).expect("segment resources"),
            TimeStage::new(&res).expect("time resources"),
            EventStage::new(&res).expect("event resources"),
        )
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let (segment, time, events) = stages();
    let mut doc = Document::new("fuzz", text);
    let lang = match selector % 3 {
        1 => Some("fr"),
        2 => Some("en"),
        _ => None,
    };
    if let Some(code) = lang {
        doc.meta.lang = Some(LanguageGuess { code: code.into(), confidence: 1.0, origin: Origin::Caller });
    }
    if selector & 0x04 != 0 {
        if let Ok(date) = jiff::civil::Date::new(2020, 5, 8) {
            doc.meta.published = Some(Published { date, time: None, origin: Origin::Caller, span: None });
        }
    }
    segment.run(&mut doc);
    time.run(&mut doc);
    events.run(&mut doc);
    assert_eq!(doc.text, text, "the stages do not change the text");
    common::check_spans(&doc);
});
