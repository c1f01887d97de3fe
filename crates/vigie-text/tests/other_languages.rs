//! Texts in languages vigie does not read (`lang/<code>/function-words.txt`, see
//! resources/docs/text.md): "und" with a diagnostic, where language identification restricted
//! to French and English used to answer one of them with a confidence near 1.

use vigie_core::{Document, LanguageGuess, Origin, Stage};
use vigie_resources::Resources;
use vigie_text::LanguageStage;

fn run(stage: &LanguageStage, text: &str) -> Document {
    let mut doc = Document::new("t", text);
    stage.run(&mut doc);
    doc
}

#[test]
fn german_and_arabic_are_no_language_vigie_reads() {
    let stage = LanguageStage::new(&Resources::embedded()).unwrap();
    for text in [
        "Bei einem Anschlag auf einen Markt in Kabul sind am Dienstag mindestens 12 Menschen getötet und 30 verletzt worden. \
         Die Polizei nahm zwei Verdächtige fest, teilte das Innenministerium mit.",
        "Der Bundestag hat am Donnerstag nach langer Debatte über die Zukunft der Energieversorgung abgestimmt.",
        "قتل 12 شخصا على الأقل وأصيب 30 آخرون في هجوم على سوق في كابول يوم الثلاثاء، وفقا لمصادر في الشرطة.",
        "В результате обстрела города погибли по меньшей мере двенадцать человек, сообщили местные власти.",
    ] {
        assert!(stage.is_other_language(text), "{text}");
        let doc = run(&stage, text);
        assert_eq!(doc.meta.lang.as_ref().map(|l| l.code.as_str()), Some("und"), "{text}");
        assert_eq!(doc.diagnostics.len(), 1, "{text}");
        assert!(doc.diagnostics[0].message.contains("none of the languages vigie reads (en, fr)"), "{:?}", doc.diagnostics);
    }
}

#[test]
fn french_english_and_short_texts_are_not_flagged() {
    let stage = LanguageStage::new(&Resources::embedded()).unwrap();
    for (text, code) in [
        ("Au moins 12 civils ont été tués mardi dans une frappe aérienne sur un marché d'Alep.", "fr"),
        ("Gunmen killed three villagers near Gao on Monday, officials said.", "en"),
        ("Syrie : Bachar al-Assad réélu président avec 95 % des voix", "fr"),
        ("On 12 May 2020, unidentified gunmen shot dead 2 soldiers at a checkpoint in Kidal region.", "en"),
    ] {
        assert!(!stage.is_other_language(text), "{text}");
        let doc = run(&stage, text);
        assert_eq!(doc.meta.lang.as_ref().map(|l| l.code.as_str()), Some(code), "{text}");
        assert!(doc.diagnostics.is_empty(), "{text}: {:?}", doc.diagnostics);
    }
    // Too few words to tell: no verdict.
    assert!(!stage.is_other_language("Berlin, Dienstag, Kabul"));
}

#[test]
fn a_language_given_by_the_caller_is_kept_and_flagged_when_unknown() {
    let stage = LanguageStage::new(&Resources::embedded()).unwrap();
    for (code, flagged) in [("de", true), ("fr-FR", false), ("EN", false), ("und", false)] {
        let mut doc = Document::new("t", "Soldaten haben am Montag drei Menschen in Gao getötet.");
        doc.meta.lang = Some(LanguageGuess { code: code.into(), confidence: 1.0, origin: Origin::Caller });
        stage.run(&mut doc);
        assert_eq!(doc.meta.lang.as_ref().unwrap().code, code);
        assert_eq!(!doc.diagnostics.is_empty(), flagged, "{code}: {:?}", doc.diagnostics);
    }
}
