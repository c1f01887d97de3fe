//! Odd input never panics, spans always slice the text, and the stage behaves as a stage.

mod common;

use vigie_core::{Document, Layer, Stage};

fn all_langs(text: &str, anchor: Option<&str>) {
    for lang in ["fr", "en", "und"] {
        let _ = common::run(lang, text, anchor);
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    let texts = [
        "",
        " ",
        "🙂🙂 samedi 🙂",
        "31/02/2017",
        "le 99 mai",
        "il y a 99999999999 ans",
        "il y a 999999999999999999999999 jours",
        "99999999999999 years ago",
        "dans 99999999999 semaines",
        "le 31 février 2017",
        "29/02/2019 et 29/02/2020",
        "l'an 9999, l'an prochain, demain, dans trois jours, la semaine prochaine",
        "year 0000 and 0000-00-00 and 9999-12-31",
        "24 h 99, 25:61, 12:00 p.m.",
        "vingt et et un ans, mille mille cent ans",
        "h h h : : / / 1 / 2 /",
        "’’--‐‑ l’ d’",
        "ÉTÉ ÉTÉ été",
        "\u{0}\u{1}\u{feff}mardi",
        "the the the the",
        "a a a a a years",
    ];
    for t in texts {
        for anchor in [None, Some("2017-11-13"), Some("0000-01-01"), Some("9999-12-31"), Some("-0001-06-01")] {
            let anchor = anchor.filter(|a| a.parse::<jiff::civil::Date>().is_ok());
            all_langs(t, anchor);
        }
    }
}

#[test]
fn impossible_dates_are_not_dates() {
    assert!(common::run("fr", "31/02/2017", Some("2017-11-13")).is_empty());
    let got = common::run("fr", "le 99 mai", Some("2017-11-13"));
    assert!(got.iter().all(|(s, _)| !s.contains("99")), "{got:?}");
}

#[test]
fn huge_numbers_give_undecidable_values() {
    let got = common::run("fr", "il y a 99999999999 ans", Some("2017-11-13"));
    assert_eq!(got, [("il y a 99999999999 ans".to_string(), "XXXX".to_string())]);
}

#[test]
fn dates_near_the_ends_of_the_calendar() {
    assert_eq!(common::run("fr", "demain", Some("9999-12-31")), [("demain".to_string(), "XXXX-XX-XX".to_string())]);
    assert_eq!(common::run("fr", "hier", Some("0000-01-01")), [("hier".to_string(), "XXXX-XX-XX".to_string())]);
    assert_eq!(common::run("en", "next year", Some("9999-06-01")), [] as [(String, String); 0]);
}

#[test]
fn unknown_language_tries_all() {
    let got = common::run("und", "Ils ont attaqué samedi. They left on Sunday.", Some("2017-11-13"));
    assert_eq!(got, [("samedi".to_string(), "2017-11-11".to_string()), ("Sunday".to_string(), "2017-11-12".to_string())]);
}

#[test]
fn stage_declares_its_layers() {
    let s = common::stage();
    assert_eq!(s.name(), "time");
    assert_eq!(s.requires(), &[Layer::Metadata]);
    assert_eq!(s.assigns(), &[Layer::Times]);
    let mut doc = Document::new("x", "hier");
    s.run(&mut doc);
    assert_eq!(doc.times.len(), 1);
    assert_eq!(doc.times[0].value, "XXXX-XX-XX");
}

#[test]
fn spans_slice_on_a_long_mixed_text() {
    let mut text = String::new();
    for i in 0..200 {
        text.push_str(&format!("Le {} mai, à {} h, il y a {} ans — «samedi» l’été 19{:02}. ", i % 40, i % 30, i, i % 100));
    }
    all_langs(&text, Some("2017-11-13"));
}

/// Deterministic pseudo-random texts built from temporal words, digits and punctuation: no
/// panic, spans slice, no overlap (checked in `common::run`).
#[test]
fn random_word_salad_never_panics() {
    let pieces = [
        "le", "la", "l'", "les", "ces", "dernières", "semaines", "semaine", "dernière", "prochain", "il y a", "ans", "an",
        "mois", "jours", "hier", "demain", "samedi", "mardi", "soir", "nuit", "de", "à", "h", "14", "1er", "31", "99",
        "2017", "0000", "9999", "99999999999999999999", "/", ".", ",", ":", "-", "’", "mai", "May", "Sept.", "the", "last",
        "next", "ago", "a", "year", "weeks", "quarter", "third", "every", "chaque", "plus de", "about", "p.m.", "a.m.",
        "vingt", "et", "un", "cent", "mille", "half", "demi", "quart", "siècle", "années", "60", "1990s", "été", "fall",
        "Noël", "Thanksgiving", "🙂", "é", "\n", "  ", "«", "»", "%", "$",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..400 {
        let n = (next() % 30) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            if next() % 3 != 0 {
                text.push(' ');
            }
        }
        let anchor = ["2017-11-13", "0000-01-01", "9999-12-31", "2000-02-29"][(next() % 4) as usize];
        all_langs(&text, Some(anchor));
        all_langs(&text, None);
    }
}

#[test]
fn sentences_bound_the_tense_when_given() {
    use vigie_core::{LanguageGuess, Origin, Published, Sentence, Span};
    // Without sentences the "." after "Il" ends nothing useful; with them, "viendra" belongs to
    // the other sentence and "samedi" reads as past.
    let text = "Ils sont partis samedi Il viendra";
    let mut doc = Document::new("s", text);
    doc.meta.lang = Some(LanguageGuess { code: "fr".into(), confidence: 1.0, origin: Origin::Caller });
    doc.meta.published = Some(Published { date: "2017-11-13".parse().unwrap(), time: None, origin: Origin::Caller, span: None });
    doc.sentences = vec![Sentence { span: Span::new(0, 22) }, Sentence { span: Span::new(23, text.len()) }];
    common::stage().run(&mut doc);
    assert_eq!(doc.times.len(), 1);
    assert_eq!(doc.times[0].value, "2017-11-11");
    let without = common::run("fr", text, Some("2017-11-13"));
    assert_eq!(without, [("samedi".to_string(), "2017-11-18".to_string())]);
}
