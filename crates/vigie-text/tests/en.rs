//! English cases, one per behaviour.

mod common;
use common::*;

const WIRE: &str = "Syrian army retakes desert town\n\nBEIRUT (Reuters) - Syrian government forces and their allies took full control of the town of Al Bukamal on Sunday, the Syrian Observatory for Human Rights said. Mr. Rami Abdulrahman, who heads the U.S.-based monitor... no, the UK-based monitor, said at least 26 civilians were killed.\n\n\"We will not stop,\" a commander said. The U.N. said 1,000 people fled at 3 p.m. Tuesday.\n\nReporting by John Davison; Editing by Mark Potter\n\nPublished: 3 May 2020";

#[test]
fn wire_story() {
    let doc = run(WIRE);
    assert_eq!(lang(&doc), "en");
    assert_eq!(agencies(&doc), ["Reuters"]);
    assert_eq!(dateline(&doc), Some(("BEIRUT", "BEIRUT (Reuters) -")));
    assert_eq!(published(&doc).as_deref(), Some("2020-05-03"));
    assert_eq!(title(&doc), Some("Syrian army retakes desert town"));
    assert!(lead(&doc).is_some_and(|l| l.starts_with("BEIRUT (Reuters)")));
    let s = sentences(&doc);
    assert_eq!(s[0], "Syrian army retakes desert town");
    assert!(s[1].starts_with("BEIRUT (Reuters) - Syrian government forces") && s[1].ends_with("Rights said."), "{s:#?}");
    assert!(s.contains(&"\"We will not stop,\" a commander said."), "{s:#?}");
    assert!(s.contains(&"The U.N. said 1,000 people fled at 3 p.m. Tuesday."), "{s:#?}");
    let t = tokens(&doc);
    for w in ["U.N.", "1,000", "p.m.", "Mr.", "U.S."] {
        assert!(t.contains(&w), "missing {w:?} in {t:?}");
    }
}

lang_case!(updated_line_with_time, "en", "Some text here.\n\nUpdated 10:42 GMT, Monday, 4 May 2020", |doc| {
    assert_eq!(published(&doc).as_deref(), Some("2020-05-04"));
    assert_eq!(doc.meta.published.as_ref().unwrap().time.as_deref(), Some("10:42"));
});

lang_case!(published_preferred_over_updated, "en", "Published: 3 May 2020\nUpdated: 5 May 2020\n\nText.", |doc| {
    assert_eq!(published(&doc).as_deref(), Some("2020-05-03"));
});

lang_case!(bare_date_line, "en", "A headline\nMay 4, 2020\n\nThe story begins here and goes on.", |doc| {
    assert_eq!(published(&doc).as_deref(), Some("2020-05-04"));
});

lang_case!(iso_date_line, "en", "A headline\n2020-05-04\n\nThe story.", |doc| {
    assert_eq!(published(&doc).as_deref(), Some("2020-05-04"));
});

lang_case!(dateline_with_region_and_dash, "en", "KABUL, Afghanistan (AP) — A bomb exploded on Monday.", |doc| {
    assert_eq!(dateline(&doc), Some(("KABUL", "KABUL, Afghanistan (AP) —")));
    assert_eq!(agencies(&doc), ["AP"]);
});

lang_case!(dateline_year_from_date_line, "en", "WASHINGTON, May 3 (Reuters) - The Senate voted.\n\nUpdated 4 May 2020", |doc| {
    assert_eq!(published(&doc).as_deref(), Some("2020-05-03"));
});

lang_case!(caps_dateline_without_agency, "en", "WASHINGTON — The Senate voted on Monday.", |doc| {
    assert_eq!(dateline(&doc), Some(("WASHINGTON", "WASHINGTON —")));
});

lang_case!(agency_forms, "en", "The Associated Press reported clashes. Officials told Agence France-Presse.\n\n— AP", |doc| {
    assert_eq!(agencies(&doc), ["AP", "AFP"]);
});

lang_case!(ap_as_a_word_is_not_a_credit, "en", "AP exams were canceled, the AP said nothing.", |doc| {
    assert!(agencies(&doc).is_empty(), "{:?}", agencies(&doc));
});

lang_case!(slash_credit, "en", "Fighting continued.\n\nAFP/Reuters", |doc| {
    assert_eq!(agencies(&doc), ["AFP", "Reuters"]);
});

lang_case!(abbreviations, "en", "Dr. Smith met Gen. Jones in St. Louis on Jan. 5. Lt. Col. Brown arrived.", |doc| {
    assert_eq!(sentences(&doc), ["Dr. Smith met Gen. Jones in St. Louis on Jan. 5.", "Lt. Col. Brown arrived."]);
});

lang_case!(initials, "en", "George W. Bush and J. R. R. Tolkien met. They talked.", |doc| {
    assert_eq!(sentences(&doc), ["George W. Bush and J. R. R. Tolkien met.", "They talked."]);
});

lang_case!(etc_ends_a_sentence_before_a_capital, "en", "Guns, tanks, etc. The army left.", |doc| {
    assert_eq!(sentences(&doc), ["Guns, tanks, etc.", "The army left."]);
});

lang_case!(clitics, "en", "Syria's army didn't stop.", |doc| {
    assert_eq!(tokens(&doc), ["Syria", "'s", "army", "did", "n't", "stop", "."]);
});

lang_case!(quote_after_period, "en", "He said, \"It is over.\" Then he left.", |doc| {
    assert_eq!(sentences(&doc), ["He said, \"It is over.\"", "Then he left."]);
});

lang_case!(first_paragraph_sentence_is_lead, "en", "Syrian forces retook the town on Sunday, a monitor said.\n\nMore fighting is expected.", |doc| {
    assert_eq!(title(&doc), None);
    assert_eq!(lead(&doc), Some("Syrian forces retook the town on Sunday, a monitor said."));
});

#[test]
fn short_text_is_undetermined() {
    let doc = run("Hello");
    assert_eq!(lang(&doc), "und");
    assert_eq!(doc.meta.lang.as_ref().unwrap().confidence, 0.0);
    assert_eq!(tokens(&doc), ["Hello"]);
}

#[test]
fn caller_language_is_kept() {
    let doc = run_lang("This text is plainly written in English, but the caller says French.", "fr");
    assert_eq!(lang(&doc), "fr");
    assert_eq!(doc.meta.lang.as_ref().unwrap().origin, vigie_core::Origin::Caller);
}

#[test]
fn english_detected() {
    let doc = run("Syrian government forces took full control of the town on Sunday, a monitor said.");
    assert_eq!(lang(&doc), "en");
}

lang_case!(dotted_acronym_before_a_sentence_starter, "en", "Sanctions were imposed by the U.S. The move angered Moscow. U.S. officials said so.", |doc| {
    assert_eq!(sentences(&doc), ["Sanctions were imposed by the U.S.", "The move angered Moscow.", "U.S. officials said so."]);
});

lang_case!(guardian_style_lines, "en", "Syrian army retakes town\n\nFirst published on Mon 4 May 2020 14.02 BST\nLast modified on Tue 5 May 2020 10.00 BST\n\nThe Syrian army retook the town.", |doc| {
    assert_eq!(published(&doc).as_deref(), Some("2020-05-04"));
    assert_eq!(doc.meta.published.as_ref().unwrap().time.as_deref(), Some("14:02"));
    assert_eq!(title(&doc), Some("Syrian army retakes town"));
    assert_eq!(lead(&doc), Some("The Syrian army retook the town."));
});

lang_case!(wire_datelines_with_underscore_and_double_dash, "en", "NAIROBI, Kenya (AP) _\n\nSuspected bombs exploded.", |doc| {
    assert_eq!(dateline(&doc), Some(("NAIROBI", "NAIROBI, Kenya (AP) _")));
});

lang_case!(caps_dateline_with_underscore, "en", "ATLANTA _ Good for the attorney general.", |doc| {
    assert_eq!(dateline(&doc), Some(("ATLANTA", "ATLANTA _")));
});

lang_case!(state_abbreviation_in_parentheses_is_not_ap, "en", "Workers protested in Tirupati city (Chittoor, AP) on Monday.", |doc| {
    assert!(agencies(&doc).is_empty(), "{:?}", agencies(&doc));
});

lang_case!(slash_list_inside_a_line, "en", "Photo: AFP/AP. The town fell.", |doc| {
    assert_eq!(agencies(&doc), ["AFP", "AP"]);
});

lang_case!(lead_after_a_dateline_alone, "en", "\n\nHAVANA (AP) --\n\nWhile state-run television broadcast footage, the government urged its people to keep up demonstrations.\n\nMore.", |doc| {
    assert_eq!(dateline(&doc), Some(("HAVANA", "HAVANA (AP) --")));
    assert_eq!(title(&doc), None);
    assert!(lead(&doc).is_some_and(|l| l.starts_with("While state-run")));
});

lang_case!(region_tagged_language_code_uses_english_rules, "en-GB", "He walked 1 000 km.", |doc| {
    let t = tokens(&doc);
    assert!(t.contains(&"1") && t.contains(&"000"), "{t:?}");
});
