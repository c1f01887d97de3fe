//! What every target asserts of a document: each span slices its text exactly.

#![allow(dead_code)]

use vigie_core::{Document, Span};

fn check(text: &str, what: &str, span: Span) {
    assert!(
        span.start <= span.end && text.get(span.start..span.end).is_some(),
        "{what} span {}..{} does not slice the text ({} bytes)",
        span.start,
        span.end,
        text.len()
    );
}

/// Panics when a span of the document (metadata or any layer) does not slice its text.
pub fn check_spans(doc: &Document) {
    let t = doc.text.as_str();
    let m = &doc.meta;
    if let Some(s) = m.lead {
        check(t, "lead", s);
    }
    if let Some(s) = m.title.as_ref().and_then(|x| x.span) {
        check(t, "title", s);
    }
    if let Some(s) = m.published.as_ref().and_then(|x| x.span) {
        check(t, "published", s);
    }
    for a in &m.agencies {
        check(t, "agency", a.span);
    }
    if let Some(d) = &m.dateline {
        check(t, "dateline", d.span);
        check(t, "dateline place", d.place);
    }
    for x in &doc.sentences {
        check(t, "sentence", x.span);
    }
    for x in &doc.tokens {
        check(t, "token", x.span);
    }
    for x in &doc.entities {
        check(t, "entity", x.span);
    }
    for x in &doc.mentions {
        check(t, "mention", x.span);
    }
    for x in &doc.places {
        check(t, "place", x.span);
    }
    for x in &doc.times {
        check(t, "time", x.span);
    }
    for x in &doc.events {
        check(t, "event evidence", x.evidence);
    }
}
