//! Shared by the per-language case tables: one stage, built once, and a checker.

use std::sync::OnceLock;
use vigie_core::{Document, LanguageGuess, Origin, Published, Stage};
use vigie_time::TimeStage;

pub fn stage() -> &'static TimeStage {
    static STAGE: OnceLock<TimeStage> = OnceLock::new();
    STAGE.get_or_init(|| TimeStage::new(&vigie_resources::Resources::embedded()).expect("resources load"))
}

/// Runs the stage on `text` in `lang` with publication date `anchor` and returns (surface, value).
pub fn run(lang: &str, text: &str, anchor: Option<&str>) -> Vec<(String, String)> {
    let mut doc = Document::new("t", text);
    doc.meta.lang = Some(LanguageGuess { code: lang.to_string(), confidence: 1.0, origin: Origin::Caller });
    if let Some(a) = anchor {
        doc.meta.published =
            Some(Published { date: a.parse().expect("test anchor"), time: None, origin: Origin::Caller, span: None });
    }
    stage().run(&mut doc);
    let mut last_end = 0;
    for t in &doc.times {
        assert!(doc.text.get(t.span.start..t.span.end).is_some(), "span {:?} does not slice", t.span);
        assert!(t.span.start >= last_end, "overlapping or unordered spans in {:?}", doc.times);
        last_end = t.span.end;
    }
    doc.times.iter().map(|t| (doc.slice(t.span).to_string(), t.value.clone())).collect()
}

#[allow(dead_code)]
pub fn check(lang: &str, text: &str, anchor: Option<&str>, expected: &[(&str, &str)]) {
    let got = run(lang, text, anchor);
    let want: Vec<(String, String)> = expected.iter().map(|(s, v)| (s.to_string(), v.to_string())).collect();
    assert_eq!(got, want, "\n  text: {text:?}\n  anchor: {anchor:?}");
}

/// `name: "text", Some("2017-11-13") => [("surface", "VALUE"), ...];`
#[macro_export]
macro_rules! time_cases {
    ($lang:expr; $($name:ident: $text:expr, $anchor:expr => [$(($s:expr, $v:expr)),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                common::check($lang, $text, $anchor, &[$(($s, $v)),*]);
            }
        )*
    };
}
