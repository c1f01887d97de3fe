use super::*;
use vigie_core::{Entity, EntityLabel, LanguageGuess, Origin, Place, Published, Sentence, TimeExpr};

fn stage() -> EventStage {
    EventStage::new(&Resources::embedded()).expect("event resources load")
}

/// A document in `lang` published on `published`, one sentence per line.
fn doc(lang: &str, published: &str, text: &str) -> Document {
    let mut d = Document::new("t", text);
    d.meta.lang = Some(LanguageGuess { code: lang.into(), confidence: 1.0, origin: Origin::Caller });
    d.meta.published = Some(Published { date: published.parse().unwrap(), time: None, origin: Origin::Caller, span: None });
    let mut start = 0;
    for line in text.split('\n') {
        if !line.is_empty() {
            d.sentences.push(Sentence { span: Span::new(start, start + line.len()) });
        }
        start += line.len() + 1;
    }
    d
}

fn span_of(d: &Document, needle: &str) -> Span {
    let start = d.text.find(needle).unwrap_or_else(|| panic!("{needle} not in text"));
    Span::new(start, start + needle.len())
}

fn actor(d: &mut Document, needle: &str, inter: u8, country: Option<&str>) {
    let span = span_of(d, needle);
    d.entities.push(Entity {
        span,
        label: EntityLabel::Organisation,
        actor: Some(ActorRef { name: Some(needle.into()), inter: Some(inter), country: country.map(Into::into), ..Default::default() }),
    });
    d.entities.sort_by_key(|e| e.span);
}

fn place(d: &mut Document, needle: &str, id: u64, country: &str) {
    let span = span_of(d, needle);
    d.places.push(Place { span, geo: Some(GeoRef { geonameid: Some(id), lat: Some(1.0), lon: Some(2.0), country: Some(country.into()), ..Default::default() }) });
    d.places.sort_by_key(|p| p.span);
}

fn time(d: &mut Document, needle: &str, value: &str) {
    let span = span_of(d, needle);
    d.times.push(TimeExpr { span, kind: TimexType::Date, value: value.into() });
}

#[test]
fn taxonomy_has_the_25_acled_sub_event_types_with_plover_and_cameo() {
    let s = stage();
    assert_eq!(s.taxonomy().len(), 25);
    assert!(s.taxonomy().iter().all(|t| !t.plover.is_empty() && t.cameo.len() == 2));
}

#[test]
fn a_territory_taken_by_a_non_state_group_and_regained_by_a_government() {
    let s = stage();
    let mut d = doc("fr", "2020-03-09", "Les jihadistes du groupe X ont repris samedi le contrôle de la ville de Y.\nL'armée régulière a repris la ville de Z.");
    actor(&mut d, "groupe X", 2, None);
    actor(&mut d, "armée régulière", 1, Some("SY"));
    place(&mut d, "Y", 1, "SY");
    place(&mut d, "Z", 2, "SY");
    time(&mut d, "samedi", "2020-03-07");
    s.run(&mut d);
    let types: Vec<&str> = d.events.iter().map(|e| e.sub_event_type.as_str()).collect();
    assert_eq!(types, ["Non-state actor overtakes territory", "Government regains territory"]);
    assert_eq!(d.events[0].date.as_deref(), Some("2020-03-07"));
    assert_eq!(d.events[1].date.as_deref(), Some("2020-03-09"), "no date in the sentence: the publication date");
    assert_eq!(d.events[0].location.as_ref().unwrap().geonameid, Some(1));
    assert_eq!(d.events[0].fatalities, Some(0));
}

#[test]
fn the_most_specific_trigger_types_the_sentence_and_the_first_count_is_the_toll() {
    let s = stage();
    let mut d = doc("fr", "2017-11-13", "Samedi, au moins 26 civils, dont neuf enfants, ont été tués dans des bombardements à l'artillerie du régime et des frappes russes.");
    time(&mut d, "Samedi", "2017-11-11");
    s.run(&mut d);
    assert_eq!(d.events.len(), 1);
    let e = &d.events[0];
    assert_eq!(e.sub_event_type, "Shelling/artillery/missile attack");
    assert_eq!(e.fatalities, Some(26));
    assert_eq!(e.actor2.as_ref().and_then(|a| a.inter), Some(7), "civilian victims");
    assert_eq!(e.plover.as_deref(), Some("FIGHT/artillery"));
    assert_eq!(d.slice(e.evidence), d.text.as_str());
}

#[test]
fn english_counts_in_words_and_after_the_verb() {
    let s = stage();
    let mut d = doc("en", "2017-07-10", "A suicide bomber blew himself up near a checkpoint in Mosul, killing two policemen.\nTwenty-one people were killed in an air strike on the market of Idlib.");
    place(&mut d, "Mosul", 10, "IQ");
    place(&mut d, "Idlib", 11, "SY");
    s.run(&mut d);
    let got: Vec<(&str, Option<u32>)> = d.events.iter().map(|e| (e.sub_event_type.as_str(), e.fatalities)).collect();
    assert_eq!(got, [("Suicide bomb", Some(2)), ("Air/drone strike", Some(21))]);
}

#[test]
fn clash_between_two_armed_sides_and_attack_on_civilians() {
    let s = stage();
    let mut d = doc("en", "2020-05-09", "Soldiers of the army killed 12 militants of the Front in the village of V.\nGunmen of the Front killed five villagers in W.");
    actor(&mut d, "army", 1, Some("NG"));
    actor(&mut d, "militants of the Front", 2, None);
    actor(&mut d, "Gunmen of the Front", 2, None);
    place(&mut d, "V", 1, "NG");
    place(&mut d, "W", 2, "NG");
    s.run(&mut d);
    let got: Vec<(&str, Option<u32>)> = d.events.iter().map(|e| (e.sub_event_type.as_str(), e.fatalities)).collect();
    assert_eq!(got, [("Armed clash", Some(12)), ("Attack", Some(5))]);
}

#[test]
fn passive_agent_acts() {
    let s = stage();
    let mut d = doc("fr", "2019-01-01", "Trois civils ont été tués par des hommes du groupe Q près de R.");
    actor(&mut d, "groupe Q", 2, None);
    place(&mut d, "R", 5, "ML");
    s.run(&mut d);
    let e = &d.events[0];
    assert_eq!(e.sub_event_type, "Attack");
    assert_eq!(e.actor1.as_ref().and_then(|a| a.name.as_deref()), Some("groupe Q"));
    assert_eq!(e.fatalities, Some(3));
}

#[test]
fn the_same_event_told_twice_is_one_event() {
    let s = stage();
    let mut d = doc("en", "2021-02-02", "Protesters rallied in Kano on Monday.\nThousands of protesters demonstrated in Kano on Monday against fuel prices.");
    place(&mut d, "Kano", 7, "NG");
    s.run(&mut d);
    assert_eq!(d.events.len(), 1);
    assert_eq!(d.events[0].sub_event_type, "Peaceful protest");
}

#[test]
fn negated_and_empty_sentences_give_no_event() {
    let s = stage();
    let mut d = doc("en", "2021-02-02", "The army did not attack the town of K.");
    place(&mut d, "K", 3, "SD");
    s.run(&mut d);
    assert!(d.events.is_empty(), "{:?}", d.events);
    let mut d = doc("en", "2021-02-02", "Troops were deployed.");
    s.run(&mut d);
    assert!(d.events.is_empty(), "a generic trigger with no actor, place or toll: {:?}", d.events);
}

#[test]
fn weekend_values_become_a_span_of_days() {
    assert_eq!(day_or_span("2017-W45-WE").as_deref(), Some("2017-11-11/2017-11-12"));
    assert_eq!(day_or_span("2017-11-08").as_deref(), Some("2017-11-08"));
    assert_eq!(day_or_span("2017-W45"), None);
    assert_eq!(day_or_span("9999-W99-WE"), None);
}

#[test]
fn odd_input_does_not_panic() {
    let s = stage();
    for text in ["", "tués", "killed killed 999999999999 killed", "🙂 air strike 🙂", "1 000 000 000 000 morts", "a\u{301}ttack\u{202e}ed", "dozens and dozens killed"] {
        let mut d = doc("fr", "2020-01-01", text);
        s.run(&mut d);
        let mut d = Document::new("x", text);
        s.run(&mut d);
        for e in &d.events {
            assert!(e.evidence.slice(&d.text).is_some());
        }
    }
}


#[test]
fn a_title_without_a_date_merges_with_the_dated_telling_and_takes_its_date() {
    let s = stage();
    let mut d = doc("fr", "2019-05-06", "Des frappes aériennes font douze morts à Idleb\nDouze civils ont été tués dimanche dans des frappes aériennes à Idleb.");
    place(&mut d, "Idleb", 9, "SY");
    let second = d.text.rfind("Idleb").unwrap();
    d.places.push(Place { span: Span::new(second, second + 5), geo: d.places[0].geo.clone() });
    time(&mut d, "dimanche", "2019-05-05");
    s.run(&mut d);
    assert_eq!(d.events.len(), 1, "{:?}", d.events);
    assert_eq!(d.events[0].date.as_deref(), Some("2019-05-05"));
    assert_eq!(d.events[0].fatalities, Some(12));
}

#[test]
fn generic_actor_phrases_are_actors_and_civilians_are_victims() {
    let s = stage();
    let mut d = doc("fr", "2017-11-13", "Au moins 26 civils ont été tués dans des bombardements à l'artillerie du régime.");
    for (needle, inter) in [("26 civils", 7u8), ("régime", 1)] {
        let span = span_of(&d, needle);
        d.mentions.push(vigie_core::ActorMention { span, actor: ActorRef { name: Some(needle.into()), inter: Some(inter), country: Some("SY".into()), ..Default::default() } });
    }
    s.run(&mut d);
    let e = &d.events[0];
    assert_eq!(e.actor1.as_ref().and_then(|a| a.inter), Some(1));
    assert_eq!(e.actor2.as_ref().and_then(|a| a.inter), Some(7));
}

#[test]
fn an_agreement_is_made_by_the_two_parties_named_before_the_verb() {
    let s = stage();
    let mut d = doc("fr", "2017-11-13", "Le président X et son homologue Y se sont accordés samedi sur une trêve à Z.");
    actor(&mut d, "président X", 1, Some("US"));
    actor(&mut d, "homologue Y", 1, Some("RU"));
    place(&mut d, "Z", 4, "SY");
    s.run(&mut d);
    let e = &d.events[0];
    assert_eq!(e.sub_event_type, "Agreement");
    assert_eq!(e.actor1.as_ref().and_then(|a| a.country.as_deref()), Some("US"));
    assert_eq!(e.actor2.as_ref().and_then(|a| a.country.as_deref()), Some("RU"));
}

#[test]
fn the_crowd_is_the_first_actor_of_a_protest_and_the_police_the_second() {
    let s = stage();
    let mut d = doc("en", "2020-05-01", "Police dispersed protesters with tear gas in Kano.");
    actor(&mut d, "Police", 1, Some("NG"));
    place(&mut d, "Kano", 7, "NG");
    s.run(&mut d);
    let e = &d.events[0];
    assert_eq!(e.sub_event_type, "Protest with intervention");
    assert_eq!(e.actor1.as_ref().map(|a| (a.inter, a.country.as_deref())), Some((Some(6), Some("NG"))));
    assert_eq!(e.actor2.as_ref().and_then(|a| a.inter), Some(1));
}
