//! Arbitrary UTF-8 text through the whole pipeline without a gazetteer (text, time, actors,
//! events: the stages `vigie extract` runs when no geo data is installed), built once: no
//! panic, and every span of every layer slices the text. The first byte chooses the declared
//! language and publication date (none, or given, as a reader would set them).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use vigie_core::{Document, LanguageGuess, Origin, Pipeline, Published, Stage};
use vigie_resources::Resources;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        let res = Resources::embedded();
        let mut stages: Vec<Box<dyn Stage>> = vigie_text::stages(&res).expect("text resources");
        stages.push(Box::new(vigie_time::TimeStage::new(&res).expect("time resources")));
        stages.push(Box::new(vigie_actors::ActorStage::new(&res).expect("actor resources")));
        stages.push(Box::new(vigie_events::EventStage::new(&res).expect("event resources")));
        Pipeline::new(stages).expect("a valid pipeline")
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let pipeline = pipeline();
    let mut doc = Document::new("fuzz", text);
    let lang = match selector % 4 {
        1 => Some("fr"),
        2 => Some("en"),
        3 => Some("de"),
        _ => None,
    };
    if let Some(code) = lang {
        doc.meta.lang = Some(LanguageGuess { code: code.into(), confidence: 1.0, origin: Origin::Caller });
    }
    if selector & 0x04 != 0 {
        if let Ok(date) = jiff::civil::Date::new(2017, 11, 13) {
            doc.meta.published = Some(Published { date, time: None, origin: Origin::Caller, span: None });
        }
    }
    pipeline.run(&mut doc);
    assert_eq!(doc.text, text, "the pipeline does not change the text");
    common::check_spans(&doc);
    // What `vigie extract --format gold` writes from it.
    let _ = vigie_eval::to_gold_line(&doc);
});
