//! French cases, one per behaviour.

mod common;
use common::*;
use std::path::Path;

#[test]
fn demo_article() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples");
    let Ok(text) = std::fs::read_to_string(dir.join("boukamal-2017-11-13.fr.txt")) else {
        eprintln!("skipped: {} absent", dir.display());
        return;
    };
    let doc = run(&text);
    assert_eq!(lang(&doc), "fr");
    assert_eq!(published(&doc).as_deref(), Some("2017-11-13"));
    assert_eq!(agencies(&doc), ["AFP", "Reuters"]);
    let s = sentences(&doc);
    assert!(s.contains(&"Avec AFP et Reuters"), "{s:#?}");
    assert!(s.contains(&"Première publication : 13/11/2017"), "{s:#?}");
    assert!(s.contains(&"\"Pas de solution militaire\""), "{s:#?}");
    assert_eq!(title(&doc), None);
    assert!(lead(&doc).is_some_and(|l| l.starts_with("L'organisation État islamique est parvenue")));
    let t = tokens(&doc);
    for w in ["l'", "Irak", "pro-gouvernementales", "13/11/2017", "52", "%", "26", "aujourd'hui"] {
        assert!(t.contains(&w), "missing token {w:?}");
    }
}

lang_case!(publication_line_with_time, "fr", "Un titre\n\nLe texte de l'article, assez long pour en être un.\n\nPublié le 3 mai 2020 à 14h02", |doc| {
    assert_eq!(published(&doc).as_deref(), Some("2020-05-03"));
    assert_eq!(doc.meta.published.as_ref().unwrap().time.as_deref(), Some("14:02"));
});

lang_case!(first_publication_preferred_over_update, "fr", "Mis à jour le 5 mai 2020 à 10h00\nPremière publication : 1er mai 2020\n\nLe texte.", |doc| {
    assert_eq!(published(&doc).as_deref(), Some("2020-05-01"));
});

lang_case!(update_when_nothing_else, "fr", "Le texte de l'article.\n\nMis à jour le 05/05/2020", |doc| {
    assert_eq!(published(&doc).as_deref(), Some("2020-05-05"));
});

lang_case!(dateline_with_day_and_month, "fr", "DAMAS, 12 nov (AFP) - Le régime syrien a repris la ville.\n\nPublié le 13/11/2017", |doc| {
    assert_eq!(dateline(&doc), Some(("DAMAS", "DAMAS, 12 nov (AFP) -")));
    assert_eq!(agencies(&doc), ["AFP"]);
    // the publication line wins over the dateline
    assert_eq!(published(&doc).as_deref(), Some("2017-11-13"));
});

lang_case!(dateline_without_year_alone_sets_nothing, "fr", "DAMAS, 12 nov (AFP) - Le régime syrien a repris la ville.", |doc| {
    assert_eq!(published(&doc), None);
    assert_eq!(dateline(&doc).map(|d| d.0), Some("DAMAS"));
});

lang_case!(credit_line_agencies_in_order, "fr", "Des combats ont eu lieu à Alep.\n\nAvec AFP et Reuters", |doc| {
    assert_eq!(agencies(&doc), ["AFP", "Reuters"]);
    assert_eq!(sentences(&doc), ["Des combats ont eu lieu à Alep.", "Avec AFP et Reuters"]);
});

lang_case!(ap_not_matched_in_words, "fr", "Après la bataille, l'armée a publié un communiqué. Il a appelé AP la nuit.", |doc| {
    assert!(agencies(&doc).is_empty(), "{:?}", agencies(&doc));
});

lang_case!(ap_in_parentheses, "fr", "PARIS (AP) - Le gouvernement a annoncé des mesures.", |doc| {
    assert_eq!(agencies(&doc), ["AP"]);
    assert_eq!(dateline(&doc).map(|d| d.0), Some("PARIS"));
});

lang_case!(agence_france_presse_is_afp, "fr", "Selon l'Agence France-Presse, dix personnes ont été tuées. L'AFP a confirmé.", |doc| {
    assert_eq!(agencies(&doc), ["AFP"]);
    assert_eq!(doc.meta.agencies[0].span.start, "Selon l'".len());
});

lang_case!(title_and_lead, "fr", "L'EI reprend Boukamal\n\nLes combattants de l'organisation État islamique ont repris ce week-end le contrôle de la ville.\n\nSuite.", |doc| {
    assert_eq!(title(&doc), Some("L'EI reprend Boukamal"));
    assert!(lead(&doc).is_some_and(|l| l.starts_with("Les combattants")));
    assert_eq!(sentences(&doc)[0], "L'EI reprend Boukamal");
});

lang_case!(abbreviations_and_initials, "fr", "M. Macron a reçu Mme Merkel et Mgr Dupont. J. R. R. Tolkien n'est pas venu.", |doc| {
    assert_eq!(sentences(&doc), ["M. Macron a reçu Mme Merkel et Mgr Dupont.", "J. R. R. Tolkien n'est pas venu."]);
});

lang_case!(quotes_and_questions, "fr", "« Est-ce la fin ? » a-t-il demandé. « Non. » Il est parti... puis revenu. Fin !", |doc| {
    assert_eq!(sentences(&doc), ["« Est-ce la fin ? » a-t-il demandé.", "« Non. »", "Il est parti... puis revenu.", "Fin !"]);
});

lang_case!(straight_quote_after_period, "fr", "Il a dit : \"C'est fini.\" Puis il est parti.", |doc| {
    assert_eq!(sentences(&doc), ["Il a dit : \"C'est fini.\"", "Puis il est parti."]);
});

lang_case!(numbers_and_elisions, "fr", "Jusqu’à 1 000 morts, 26 000 réfugiés, 3,5 % et 1\u{202F}200 blessés d'après l'OSDH lorsqu'il était le 13/11/2017.", |doc| {
    let t = tokens(&doc);
    for w in ["Jusqu’", "à", "1 000", "26 000", "3,5", "%", "1\u{202F}200", "d'", "après", "l'", "OSDH", "lorsqu'", "il", "13/11/2017"] {
        assert!(t.contains(&w), "missing {w:?} in {t:?}");
    }
    let kind = |w: &str| doc.tokens.iter().find(|t| &doc.text[t.span.start..t.span.end] == w).map(|t| t.kind);
    assert_eq!(kind("1 000"), Some(vigie_core::TokenKind::Number));
    assert_eq!(kind("%"), Some(vigie_core::TokenKind::Symbol));
    assert_eq!(kind(","), Some(vigie_core::TokenKind::Punct));
});

lang_case!(years_are_not_grouped, "fr", "En 2017 300 personnes sont mortes.", |doc| {
    let t = tokens(&doc);
    assert!(t.contains(&"2017") && t.contains(&"300"), "{t:?}");
});

lang_case!(hyphenated_compounds, "fr", "Les forces pro-gouvernementales et Abdel-Rahmane.", |doc| {
    assert_eq!(tokens(&doc), ["Les", "forces", "pro-gouvernementales", "et", "Abdel-Rahmane", "."]);
});

lang_case!(line_without_punctuation_is_a_sentence, "fr", "Titre sans point\nLe texte commence ici. Et continue.", |doc| {
    assert_eq!(sentences(&doc), ["Titre sans point", "Le texte commence ici.", "Et continue."]);
});

lang_case!(url_and_email_are_one_token, "fr", "Voir https://www.lemonde.fr/a/b.html, ou écrire à redaction@exemple.fr.", |doc| {
    let t = tokens(&doc);
    assert!(t.contains(&"https://www.lemonde.fr/a/b.html") && t.contains(&"redaction@exemple.fr"), "{t:?}");
});

#[test]
fn caller_date_wins() {
    use vigie_core::{Document, Origin, Published};
    let mut doc = Document::new("c", "Texte.\n\nPremière publication : 13/11/2017");
    let given = Published { date: jiff::civil::date(2017, 11, 14), time: None, origin: Origin::Caller, span: None };
    doc.meta.published = Some(given.clone());
    pipeline().run(&mut doc);
    assert_eq!(doc.meta.published, Some(given));
}

#[test]
fn language_is_detected() {
    let doc = run("Les combattants de l'organisation État islamique ont repris le contrôle de la ville.");
    assert_eq!(lang(&doc), "fr");
    let l = doc.meta.lang.as_ref().unwrap();
    assert_eq!(l.origin, vigie_core::Origin::Model);
    assert!(l.confidence > 0.6);
}

lang_case!(a_sentence_citing_a_date_is_not_a_date_line, "fr", "Le rapport publié le 3 mai 2019 par l'ONU montre une hausse des violences dans la région.\n\nSuite du texte.", |doc| {
    assert_eq!(published(&doc), None);
});

lang_case!(header_paragraph_is_not_the_lead, "fr", "Syrie : l'EI reprend Boukamal\n\nLe Monde avec AFP\nPublié le 12 novembre 2017 à 10h36 - Mis à jour le 12 novembre 2017 à 16h20\n\nLes djihadistes ont repris la ville samedi.", |doc| {
    assert_eq!(title(&doc), Some("Syrie : l'EI reprend Boukamal"));
    assert_eq!(lead(&doc), Some("Les djihadistes ont repris la ville samedi."));
    assert_eq!(published(&doc).as_deref(), Some("2017-11-12"));
    assert_eq!(doc.meta.published.as_ref().unwrap().time.as_deref(), Some("10:36"));
});

lang_case!(dateline_after_title_line, "fr", "Une fillette se noie.\nSTRASBOURG. _ Une fillette de 6 ans s'est noyée mardi soir.", |doc| {
    assert_eq!(dateline(&doc), Some(("STRASBOURG", "STRASBOURG. _")));
});

lang_case!(rubric_is_not_a_dateline, "fr", "TERRORISME - Les enquêteurs ont identifié un suspect.", |doc| {
    assert_eq!(dateline(&doc), None);
});

lang_case!(period_after_quoted_exclamation, "fr", "Il a crié : \"Ce sont des terroristes !\". Puis il est parti (..). Fin.", |doc| {
    assert_eq!(sentences(&doc), ["Il a crié : \"Ce sont des terroristes !\".", "Puis il est parti (..).", "Fin."]);
});

lang_case!(bracketed_ellipsis_is_not_an_end, "fr", "Daech les a tuées. (...) C'est difficile. Il a dit [...] Non.", |doc| {
    assert_eq!(sentences(&doc), ["Daech les a tuées.", "(...) C'est difficile.", "Il a dit [...] Non."]);
});

lang_case!(region_tagged_language_code, "fr-FR", "Il est arrivé à 1 000 km. Fin.", |doc| {
    assert!(tokens(&doc).contains(&"1 000"));
});
