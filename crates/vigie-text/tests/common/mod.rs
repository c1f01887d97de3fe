//! Shared helpers for the per-language tables of cases.
#![allow(dead_code)]

use std::sync::OnceLock;
use vigie_core::{Document, LanguageGuess, Origin, Pipeline};
use vigie_resources::Resources;

pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        let res = Resources::embedded();
        Pipeline::new(vigie_text::stages(&res).expect("resources load")).expect("stage order")
    })
}

pub fn run(text: &str) -> Document {
    let mut doc = Document::new("t", text);
    pipeline().run(&mut doc);
    check_spans(&doc);
    doc
}

/// Runs with the language given by the caller.
pub fn run_lang(text: &str, lang: &str) -> Document {
    let mut doc = Document::new("t", text);
    doc.meta.lang = Some(LanguageGuess { code: lang.to_string(), confidence: 1.0, origin: Origin::Caller });
    pipeline().run(&mut doc);
    check_spans(&doc);
    doc
}

/// Every span slices the text; tokens are ordered, disjoint and inside sentences; sentences
/// are ordered, disjoint and trimmed.
pub fn check_spans(doc: &Document) {
    let text = &doc.text;
    let mut prev_end = 0;
    for s in &doc.sentences {
        let slice = text.get(s.span.start..s.span.end).unwrap_or_else(|| panic!("sentence {:?} does not slice {text:?}", s.span));
        assert!(!slice.is_empty(), "empty sentence in {text:?}");
        assert!(s.span.start >= prev_end, "sentences overlap in {text:?}");
        assert_eq!(slice, slice.trim(), "sentence not trimmed in {text:?}");
        prev_end = s.span.end;
    }
    let mut prev_end = 0;
    let mut si = 0;
    for t in &doc.tokens {
        let slice = text.get(t.span.start..t.span.end).unwrap_or_else(|| panic!("token {:?} does not slice {text:?}", t.span));
        assert!(!slice.is_empty(), "empty token in {text:?}");
        assert!(t.span.start >= prev_end, "tokens overlap or disorder in {text:?}");
        prev_end = t.span.end;
        while si < doc.sentences.len() && doc.sentences[si].span.end <= t.span.start {
            si += 1;
        }
        assert!(si < doc.sentences.len() && doc.sentences[si].span.contains(t.span), "token {slice:?} outside sentences in {text:?}");
    }
    for a in &doc.meta.agencies {
        assert!(text.get(a.span.start..a.span.end).is_some());
    }
    if let Some(d) = &doc.meta.dateline {
        assert!(text.get(d.span.start..d.span.end).is_some() && text.get(d.place.start..d.place.end).is_some());
    }
    if let Some(p) = doc.meta.published.as_ref().and_then(|p| p.span) {
        assert!(text.get(p.start..p.end).is_some());
    }
    if let Some(t) = doc.meta.title.as_ref().and_then(|t| t.span) {
        assert!(text.get(t.start..t.end).is_some());
    }
    if let Some(l) = doc.meta.lead {
        assert!(text.get(l.start..l.end).is_some());
    }
}

pub fn sentences(doc: &Document) -> Vec<&str> {
    doc.sentences.iter().map(|s| &doc.text[s.span.start..s.span.end]).collect()
}

pub fn tokens(doc: &Document) -> Vec<&str> {
    doc.tokens.iter().map(|t| &doc.text[t.span.start..t.span.end]).collect()
}

pub fn agencies(doc: &Document) -> Vec<&str> {
    doc.meta.agencies.iter().map(|a| a.name.as_str()).collect()
}

pub fn published(doc: &Document) -> Option<String> {
    doc.meta.published.as_ref().map(|p| p.date.to_string())
}

pub fn lang(doc: &Document) -> &str {
    doc.meta.lang.as_ref().map_or("", |l| l.code.as_str())
}

pub fn title(doc: &Document) -> Option<&str> {
    doc.meta.title.as_ref().map(|t| t.text.as_str())
}

pub fn lead(doc: &Document) -> Option<&str> {
    doc.meta.lead.map(|l| &doc.text[l.start..l.end])
}

pub fn dateline(doc: &Document) -> Option<(&str, &str)> {
    doc.meta.dateline.as_ref().map(|d| (&doc.text[d.place.start..d.place.end], &doc.text[d.span.start..d.span.end]))
}

/// A table case: `lang_case!(name, lang, text, |doc| { assertions })`.
#[macro_export]
macro_rules! lang_case {
    ($name:ident, $lang:expr, $text:expr, |$doc:ident| $body:block) => {
        #[test]
        fn $name() {
            let $doc = common::run_lang($text, $lang);
            $body
        }
    };
}
