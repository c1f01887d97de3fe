//! Resource files: errors name the file and line; a new language is a new folder.

use vigie_core::{Document, LanguageGuess, Origin, Pipeline};
use vigie_resources::Resources;
use vigie_text::{stages, LanguageStage, MetadataStage, SegmentStage};

#[test]
fn a_bad_abbreviation_kind_names_file_and_line() {
    let res = Resources::from_files([("lang/fr/abbreviations.txt", "# head\nM.\ttitle\nDr.\tperson\n")]);
    let err = SegmentStage::new(&res).unwrap_err();
    assert_eq!((err.file.as_str(), err.line), ("lang/fr/abbreviations.txt", 3));
}

#[test]
fn a_bad_agency_scope_names_file_and_line() {
    let res = Resources::from_files([("agencies.tsv", "AFP\tAFP\tany\nAP\tAP\tsometimes\n")]);
    let err = MetadataStage::new(&res).unwrap_err();
    assert_eq!((err.file.as_str(), err.line), ("agencies.tsv", 2));
}

#[test]
fn a_bad_cue_kind_names_file_and_line() {
    let res = Resources::from_files([("lang/en/publication.tsv", "published\tpublished\nposted\tlater\n")]);
    let err = MetadataStage::new(&res).unwrap_err();
    assert_eq!((err.file.as_str(), err.line), ("lang/en/publication.tsv", 2));
}

#[test]
fn embedded_resources_load() {
    assert_eq!(stages(&Resources::embedded()).unwrap().len(), 3);
}

/// A language lingua does not know still segments and reads dates with its own folder.
#[test]
fn a_new_language_is_a_folder() {
    let res = Resources::from_files([
        ("lang/xx/abbreviations.txt", "Sr.\ttitle\n"),
        ("lang/xx/elisions.txt", "dl\n"),
        ("lang/xx/months.tsv", "maggio\t5\n"),
        ("lang/xx/publication.tsv", "pubblicato il\tpublished\n"),
        ("agencies.tsv", "ANSA\tANSA\tany\n"),
    ]);
    let pipeline = Pipeline::new(stages(&res).unwrap()).unwrap();
    let mut doc = Document::new("x", "Il Sr. Rossi ha parlato dl'accordo. Fine.\n\nPubblicato il 3 maggio 2020 (ANSA)");
    doc.meta.lang = Some(LanguageGuess { code: "xx".into(), confidence: 1.0, origin: Origin::Caller });
    pipeline.run(&mut doc);
    let s: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
    assert_eq!(s, ["Il Sr. Rossi ha parlato dl'accordo.", "Fine.", "Pubblicato il 3 maggio 2020 (ANSA)"]);
    assert!(doc.tokens.iter().any(|t| doc.slice(t.span) == "dl'"));
    assert_eq!(doc.meta.published.as_ref().map(|p| p.date.to_string()).as_deref(), Some("2020-05-03"));
    assert_eq!(doc.meta.agencies.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["ANSA"]);
    // lingua does not know "xx": nothing to choose from, so the guess is "und"
    let lang = LanguageStage::new(&res).unwrap();
    assert_eq!(lang.identify("Il signor Rossi ha parlato dell'accordo con il governo.").0, "und");
}
