//! Issues 5/6: a holiday whose date depends on the country (words.tsv's 4th column, `country` lines):
//! the country its sentence names, else the dateline place's, else the default date.

mod common;

use vigie_core::{Dateline, Document, GeoRef, LanguageGuess, Origin, Place, Published, Sentence, Span, Stage};
use vigie_resources::Resources;
use vigie_time::TimeStage;

fn doc(text: &str, anchor: &str) -> Document {
    let mut doc = Document::new("h", text);
    doc.meta.lang = Some(LanguageGuess { code: "en".into(), confidence: 1.0, origin: Origin::Caller });
    doc.meta.published = Some(Published { date: anchor.parse().unwrap(), time: None, origin: Origin::Caller, span: None });
    doc
}

fn values(doc: &Document) -> Vec<(String, String)> {
    doc.times.iter().map(|t| (doc.slice(t.span).to_string(), t.value.clone())).collect()
}

/// A dispatch datelined in a place the places stage resolved to `country`.
fn datelined(text: &str, place_len: usize, country: &str) -> Document {
    let mut d = doc(text, "2020-05-04");
    d.meta.dateline = Some(Dateline { place: Span::new(0, place_len), span: Span::new(0, place_len) });
    d.places = vec![Place {
        span: Span::new(0, place_len),
        geo: Some(GeoRef { country: Some(country.to_string()), ..GeoRef::default() }),
    }];
    d
}

#[test]
fn the_dateline_country_decides_when_the_sentence_names_none() {
    let text = "CHICAGO - Unions rallied on Labor Day 2019.";
    let mut d = datelined(text, 7, "US");
    common::stage().run(&mut d);
    assert_eq!(values(&d), [("Labor Day 2019".to_string(), "2019-09-02".to_string())]);

    // A country without its own date keeps the default.
    let mut d = datelined("SANTIAGO - Unions rallied on Labor Day 2019.", 8, "CL");
    common::stage().run(&mut d);
    assert_eq!(values(&d), [("Labor Day 2019".to_string(), "2019-05-01".to_string())]);
}

#[test]
fn the_sentence_country_wins_over_the_dateline() {
    let text = "WASHINGTON - Workers marched in Mexico on Labor Day 2019.";
    let mut d = datelined(text, 10, "US");
    common::stage().run(&mut d);
    assert_eq!(values(&d), [("Labor Day 2019".to_string(), "2019-05-01".to_string())]);
}

#[test]
fn a_country_named_in_another_sentence_does_not_count() {
    let text = "Unions marched on Labor Day 2019. The US embassy closed.";
    let mut d = doc(text, "2020-05-04");
    d.sentences = vec![Sentence { span: Span::new(0, 33) }, Sentence { span: Span::new(34, text.len()) }];
    common::stage().run(&mut d);
    assert_eq!(values(&d), [("Labor Day 2019".to_string(), "2019-05-01".to_string())]);
}

#[test]
fn a_made_up_language_gets_country_dates_from_data() {
    let res = Resources::from_files([
        ("lang/xx/months.tsv", "mensis\t5\n"),
        ("lang/xx/weekdays.tsv", "lunae\t1\n"),
        ("lang/xx/time/words.tsv", "festum\tholiday\t05-01\tUS=09-1x1;NZ=10-4x1\nTerra\tcountry\tNZ\n"),
    ]);
    let stage = TimeStage::new(&res).unwrap();
    let found = stage.find("festum 2019 in Terra", Some("xx"), None);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].value, "2019-10-28");
    // "terra" in lower case is not the country written "Terra".
    assert_eq!(stage.find("festum 2019 in terra", Some("xx"), None)[0].value, "2019-05-01");
    assert_eq!(stage.find_in_country("festum 2019", Some("xx"), None, &[], Some("US"))[0].value, "2019-09-02");
}

#[test]
fn bad_country_columns_name_the_file_and_line() {
    let cases = [
        ("festum\tholiday\t05-01\tus=09-1x1\n", "bad country code `us`"),
        ("festum\tholiday\t05-01\tUS=13-01\n", "bad date `13-01`"),
        ("festum\tholiday\t05-01\tUS\n", "expected `CC,CC=MM-DD`"),
        ("festum\tholiday\t05-01\tUS=09-01;US=09-02\n", "country `US` given twice"),
        ("heri\tday\t-1\tUS=09-01\n", "expected 3 non-empty tab-separated fields"),
        ("Terra\tcountry\tTerra\n", "bad country code `Terra`"),
    ];
    for (words, why) in cases {
        let res = Resources::from_files([
            ("lang/xx/months.tsv", "mensis\t5\n"),
            ("lang/xx/weekdays.tsv", "lunae\t1\n"),
            ("lang/xx/time/words.tsv", words),
        ]);
        let err = TimeStage::new(&res).unwrap_err().to_string();
        assert!(err.starts_with("resources/lang/xx/time/words.tsv:1:"), "{err}");
        assert!(err.contains(why), "{words:?}: {err}");
    }
}
