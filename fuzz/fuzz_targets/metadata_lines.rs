//! Date lines and metadata (`vigie_text::MetadataStage`, then `SegmentStage`) on arbitrary text:
//! the published date, datelines ("BAGHDAD, 12 mars (Reuters) -"), agencies, title and lead are
//! read from the first and last lines. The first byte picks the declared language. No panic; the
//! text is unchanged; every span slices it; a date read from the text has its span.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use vigie_core::{Document, LanguageGuess, Origin, Stage};
use vigie_resources::Resources;
use vigie_text::{MetadataStage, SegmentStage};

fn stages() -> &'static (MetadataStage, SegmentStage) {
    static STAGES: OnceLock<(MetadataStage, SegmentStage)> = OnceLock::new();
    STAGES.get_or_init(|| {
        let res = Resources::embedded();
        (MetadataStage::new(&res).expect("metadata resources"), SegmentStage::new(&res).expect("segment resources"))
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let (metadata, segment) = stages();
    let mut doc = Document::new("fuzz", text);
    let lang = match selector % 4 {
        1 => Some("fr"),
        2 => Some("en"),
        3 => Some("ar"),
        _ => None,
    };
    if let Some(code) = lang {
        doc.meta.lang = Some(LanguageGuess { code: code.into(), confidence: 1.0, origin: Origin::Caller });
    }
    metadata.run(&mut doc);
    segment.run(&mut doc);
    assert_eq!(doc.text, text, "the stages do not change the text");
    common::check_spans(&doc);
    if let Some(p) = &doc.meta.published {
        if matches!(p.origin, Origin::Text) {
            assert!(p.span.is_some(), "a published date read from the text has no span: {p:?}");
        }
    }
});
