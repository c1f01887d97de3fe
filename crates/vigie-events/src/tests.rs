use super::*;
use vigie_core::{Entity, EntityLabel, LanguageGuess, Modality, Origin, Place, Published, Sentence, TimeExpr};

fn stage() -> EventStage {
    EventStage::new(&Resources::embedded()).expect("event resources load")
}

/// A document in `lang` published on `published`, one sentence per line.
pub(crate) fn doc(lang: &str, published: &str, text: &str) -> Document {
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

pub(crate) fn span_of(d: &Document, needle: &str) -> Span {
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
    assert!(d.events.iter().all(|e| !e.happened()), "a negated event did not happen: {:?}", d.events);
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

/// (language, sentence, expected sub-event type) for weapon words: small arms mean the sides fought,
/// heavy weapons fired from afar are shelling, the observers' "explosions involving" too.
#[test]
fn weapons_decide_between_a_clash_and_shelling() {
    let s = stage();
    let table = [
        ("en", "The rebel forces fired grenade launchers, heavy machine guns and small arms at the governmental positions near P.", "Armed clash"),
        ("en", "The rebel forces fired grenade launchers and heavy machine guns at the governmental positions near P.", "Shelling/artillery/missile attack"),
        ("en", "The monitors observed a total of 12 explosions involving unknown weapons near P.", "Shelling/artillery/missile attack"),
        ("en", "The monitors observed a total of 33 projectiles in both directions of the frontline near P.", "Armed clash"),
        ("en", "Soldiers threw a grenade at the house in P.", "Grenade"),
        ("en", "A shoot-out took place in the P neighborhood.", "Armed clash"),
        ("fr", "Les rebelles ont tiré à l'arme légère et au lance-grenades sur les positions de l'armée près de P.", "Shelling/artillery/missile attack"),
        ("fr", "Des échanges de coups de feu ont eu lieu près de P.", "Armed clash"),
    ];
    for (lang, text, want) in table {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "UA");
        s.run(&mut d);
        assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some(want), "{text}");
    }
}

#[test]
fn victims_found_or_shot_are_attacked_and_armed_victims_fought() {
    let s = stage();
    let table = [
        ("en", "In P, a man was found dead in a street.", "Attack", 1),
        ("en", "In P, two armed men carried out a drive-by shooting against two men.", "Attack", 0),
        ("en", "In P, a police officer was shot and wounded by two men on a motorcycle.", "Armed clash", 0),
        ("fr", "À P, le corps d'un homme a été retrouvé dans la rivière.", "Attack", 0),
    ];
    for (lang, text, want, dead) in table {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "MX");
        s.run(&mut d);
        let got = d.events.first().map(|e| (e.sub_event_type.as_str(), e.fatalities.unwrap_or(0)));
        assert_eq!(got, Some((want, dead)), "{text}");
    }
}

#[test]
fn what_a_protest_is_against_is_no_event() {
    let s = stage();
    for (lang, text) in [
        ("en", "Journalists protested in P against the arrest of their editor."),
        ("en", "Residents held a protest in P demanding the release of prisoners."),
        ("fr", "Des journalistes ont manifesté à P contre l'arrestation de leur rédacteur."),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "PK");
        s.run(&mut d);
        assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some("Peaceful protest"), "{text}");
    }
}

#[test]
fn a_protest_the_police_broke_up_is_one_protest_with_intervention() {
    let s = stage();
    let mut d = doc("en", "2020-05-08", "Workers held a protest in P demanding to be sent home.\nPolice resorted to a lathi charge to disperse the workers.");
    place(&mut d, "P", 1, "IN");
    actor(&mut d, "Police", 1, Some("IN"));
    s.run(&mut d);
    assert_eq!(d.events.len(), 1, "{:?}", d.events);
    assert_eq!(d.events[0].sub_event_type, "Protest with intervention");
    assert_eq!(d.events[0].actor2.as_ref().and_then(|a| a.inter), Some(1));
}

#[test]
fn counts_skip_dates_and_perpetrators_and_a_toll_of_its_own_belongs_to_the_event_before() {
    let s = stage();
    let table = [
        ("On 8 May 2020, unknown gunmen killed a doctor at P.", Some("8 May 2020"), 1),
        ("On 6 May 2020, a local leader was beaten to death by four men at P.", Some("6 May 2020"), 0),
        ("On 9 May 2020, armed men attacked a man in P. The victim died. 1 fatality.", Some("9 May 2020"), 1),
        ("On 7 May 2020, the LNA positions at P were hit by airstrikes. Unknown fatalities coded as 3.", Some("7 May 2020"), 3),
        ("On 8 May 2020, a civilian was killed by militia fire in P. Fatalities coded as 0 (other sources reported 1).", Some("8 May 2020"), 0),
    ];
    for (text, when, dead) in table {
        let mut d = doc("en", "2020-05-10", "");
        d = {
            let mut x = Document::new("t", text);
            x.meta = d.meta.clone();
            let mut start = 0;
            for part in text.split_inclusive(". ") {
                x.sentences.push(Sentence { span: Span::new(start, start + part.trim_end().len()) });
                start += part.len();
            }
            x
        };
        if let Some(w) = when {
            time(&mut d, w, "2020-05-08");
        }
        place(&mut d, "P", 1, "MX");
        s.run(&mut d);
        assert_eq!(d.events.first().and_then(|e| e.fatalities), Some(dead), "{text}: {:?}", d.events);
    }
}

/// (language, sentence, expected sub-event type): riots with and without a protest, fighting words
/// that hit civilians, the passive voice, weapons found, and a crowd that turned violent.
#[test]
fn riots_fighting_and_found_weapons() {
    let s = stage();
    let table = [
        ("en", "Residents pelted stones at police in P who were enforcing the lockdown.", "Mob violence"),
        ("en", "Protesters pelted stones at police in P during a demonstration against fuel prices.", "Violent demonstration"),
        ("en", "Two groups clashed over a property dispute in P.", "Mob violence"),
        ("en", "Thousands marched in P and some smashed store windows.", "Violent demonstration"),
        ("en", "Unidentified gunmen shot and killed 2 civilians in P using small arms fire.", "Attack"),
        ("en", "A drug suspect was killed during a police raid in P.", "Attack"),
        ("en", "Around 20 grenades and ammunition were found near P.", "Disrupted weapons use"),
        ("en", "Soldiers defected from the army in P.", "Change to group/activity"),
        ("fr", "Des habitants ont lancé des pierres sur la police à P : une émeute a éclaté.", "Mob violence"),
        ("fr", "Des grenades ont été découvertes près de P.", "Disrupted weapons use"),
    ];
    for (lang, text, want) in table {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "IN");
        s.run(&mut d);
        assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some(want), "{text}");
    }
}

#[test]
fn a_homonym_abroad_does_not_make_home_forces_foreign_and_actors_take_the_event_country() {
    let s = stage();
    // The article is about Syria (two Syrian places); one village resolved to a homonym abroad.
    let mut d = doc("en", "2020-05-09", "Clashes went on in Dar'a and Busra.\nRegime forces opened fire at militants of the Front in Kaser.");
    place(&mut d, "Dar'a", 1, "SY");
    place(&mut d, "Busra", 1, "SY");
    place(&mut d, "Kaser", 2, "US");
    actor(&mut d, "Regime forces", 1, Some("SY"));
    actor(&mut d, "militants of the Front", 3, None);
    s.run(&mut d);
    let e = d.events.iter().find(|e| e.location.as_ref().and_then(|l| l.geonameid) == Some(2)).expect("the second event");
    assert_eq!(e.actor1.as_ref().map(|a| (a.inter, a.country.as_deref())), Some((Some(1), Some("SY"))));
    assert_eq!(e.actor2.as_ref().and_then(|a| a.country.as_deref()), Some("US"), "a militia of no stated nationality: the event's country");
}

#[test]
fn who_reports_is_no_actor() {
    let s = stage();
    for (lang, text, source) in [
        ("en", "The SMM observed a total of 12 explosions near P.", "SMM"),
        ("en", "According to the Observatory, regime forces shelled P.", "Observatory"),
        ("fr", "Selon l'Observatoire, les forces du régime ont bombardé P.", "Observatoire"),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        actor(&mut d, source, 8, None);
        if let Some(at) = text.find("forces") {
            d.entities.push(Entity { span: Span::new(at, at + 6), label: EntityLabel::Organisation, actor: Some(ActorRef { name: Some("forces".into()), inter: Some(1), country: Some("SY".into()), ..Default::default() }) });
            d.entities.sort_by_key(|e| e.span);
        }
        place(&mut d, "P", 1, "SY");
        s.run(&mut d);
        let e = d.events.first().expect("an event");
        assert!(e.actor1.as_ref().and_then(|a| a.name.as_deref()) != Some(source), "{text}: {:?}", e.actor1);
        assert!(e.actor2.as_ref().and_then(|a| a.name.as_deref()) != Some(source), "{text}: {:?}", e.actor2);
    }
}

#[test]
fn the_place_is_the_first_most_specific_place_of_the_sentence() {
    let s = stage();
    let mut d = doc("en", "2020-05-09", "In Acapulco, Guerrero, a man was found dead in Colonia Libertad.");
    for (needle, id, kind) in [("Acapulco", 1u64, "city"), ("Guerrero", 2, "admin1"), ("Colonia Libertad", 3, "city")] {
        let span = span_of(&d, needle);
        d.places.push(Place { span, geo: Some(GeoRef { geonameid: Some(id), lat: Some(1.0), lon: Some(2.0), country: Some("MX".into()), kind: Some(kind.into()), ..Default::default() }) });
    }
    s.run(&mut d);
    assert_eq!(d.events[0].location.as_ref().and_then(|l| l.geonameid), Some(1));
    let mut d = doc("en", "2020-05-09", "Troops fired mortars at the positions near Donetsk, in the area of Sentianivka.");
    for (needle, id, kind) in [("Donetsk", 1u64, "admin1"), ("Sentianivka", 2, "city")] {
        let span = span_of(&d, needle);
        d.places.push(Place { span, geo: Some(GeoRef { geonameid: Some(id), lat: Some(1.0), lon: Some(2.0), country: Some("UA".into()), kind: Some(kind.into()), ..Default::default() }) });
    }
    s.run(&mut d);
    assert_eq!(d.events[0].location.as_ref().and_then(|l| l.geonameid), Some(2), "a town before its region");
}

/// The modality of the one event of `text` (the place "P" resolved), and its cue as written.
fn modality_of(s: &EventStage, lang: &str, text: &str) -> (Modality, Option<String>) {
    let mut d = doc(lang, "2020-05-09", text);
    place(&mut d, "P", 1, "SY");
    s.run(&mut d);
    assert_eq!(d.events.len(), 1, "{text}: {:?}", d.events);
    let e = &d.events[0];
    (e.modality, e.modality_cue.map(|c| d.slice(c).to_string()))
}

#[test]
fn modality_negated_hypothetical_denied_claimed_in_both_languages() {
    let s = stage();
    use Modality::*;
    for (lang, text, modality, cue) in [
        ("en", "Rebels did not attack the village of P.", Negated, Some("not")),
        ("fr", "Les rebelles n'ont pas attaqué le village de P.", Negated, Some("pas")),
        ("en", "The militia threatened to attack P.", Hypothetical, Some("threatened to")),
        ("en", "Officials fear that militants could attack P.", Hypothetical, Some("could")),
        ("en", "If the rebels attack P, the army will respond.", Hypothetical, Some("If")),
        ("en", "The group plans to attack P.", Hypothetical, Some("plans to")),
        ("fr", "Le groupe menace de bombarder P.", Hypothetical, Some("menace de")),
        ("fr", "Les rebelles pourraient attaquer P.", Hypothetical, Some("pourraient")),
        ("en", "The army denied that its jets had bombarded P.", Denied, Some("denied")),
        ("fr", "L'armée a démenti avoir bombardé P.", Denied, Some("a démenti")),
        ("en", "The group claimed responsibility for a bombing in P that killed four people.", Claimed, Some("claimed responsibility")),
        ("fr", "Le groupe a revendiqué l'attentat à la bombe de P.", Claimed, Some("a revendiqué")),
        ("en", "Rebels attacked the village of P.", Asserted, None),
        ("fr", "Les rebelles ont attaqué le village de P.", Asserted, None),
        // A cue in another clause than the trigger's does not reach it.
        ("en", "Nobody knows what could happen next, but rebels attacked P.", Asserted, None),
    ] {
        let (m, c) = modality_of(&s, lang, text);
        assert_eq!((m, c.as_deref()), (modality, cue), "{text}");
    }
    // A word of a date is no cue ("May").
    let mut d = doc("en", "2020-05-09", "In May rebels attacked P.");
    place(&mut d, "P", 1, "SY");
    time(&mut d, "May", "2020-05");
    s.run(&mut d);
    assert_eq!(d.events[0].modality, Asserted, "{:?}", d.events[0].modality_cue);
    // What did not happen is kept, but not counted as happened.
    assert!(!Event { modality: Hypothetical, ..Default::default() }.happened());
    assert!(Event { modality: Claimed, ..Default::default() }.happened());
}

#[test]
fn the_source_is_named_as_written_resolved_and_never_an_actor() {
    let s = stage();
    for (lang, text, name, resolved) in [
        ("fr", "Selon l'OSDH, les forces du régime ont bombardé P.", "l'OSDH", Some("OSDH")),
        ("en", "According to the ministry, regime forces shelled P.", "the ministry", None),
        ("fr", "Les forces du régime ont bombardé P, a indiqué le directeur de l'OSDH.", "le directeur de l'OSDH", Some("OSDH")),
        ("en", "Police said regime forces shelled P.", "Police", Some("Police")),
        ("en", "Regime forces shelled P, a spokesman for the ministry said.", "a spokesman for the ministry", None),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        if let Some(r) = resolved {
            actor(&mut d, r, 1, Some("SY"));
        }
        let f = if lang == "fr" { "forces du régime" } else { "forces" };
        actor(&mut d, f, 1, Some("SY"));
        place(&mut d, "P", 1, "SY");
        s.run(&mut d);
        let e = d.events.first().unwrap_or_else(|| panic!("{text}: no event"));
        let src = e.source.as_ref().unwrap_or_else(|| panic!("{text}: no source"));
        assert_eq!(src.name, name, "{text}");
        assert!(d.slice(src.span).contains(name), "{text}: the span holds the name");
        assert_eq!(src.actor.as_ref().and_then(|a| a.name.as_deref()), resolved, "{text}");
        assert_eq!(e.actor1.as_ref().and_then(|a| a.name.as_deref()), Some(f), "{text}: the reporter is not actor1");
    }
    // A news agency told in the body reports, it does not act.
    for (lang, text) in [
        ("fr", "L'AFP a vu des rebelles attaquer le village de P."),
        ("en", "Rebels told AFP they attacked the village of P."),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        actor(&mut d, "AFP", 8, Some("FR"));
        place(&mut d, "P", 1, "SY");
        s.run(&mut d);
        for e in &d.events {
            assert_ne!(e.actor1.as_ref().and_then(|a| a.name.as_deref()), Some("AFP"), "{text}");
            assert_ne!(e.actor2.as_ref().and_then(|a| a.name.as_deref()), Some("AFP"), "{text}");
        }
    }
}

#[test]
fn injuries_are_counted_apart_from_the_dead() {
    let s = stage();
    for (lang, text, dead, hurt) in [
        ("en", "Three people were killed and 20 wounded in an attack on P.", 3, Some(20)),
        ("en", "Gunmen attacked P, killing 3 and wounding 20.", 3, Some(20)),
        ("en", "Twenty people were injured and three killed in an attack on P.", 3, Some(20)),
        ("en", "Five people were hurt when militants attacked P.", 0, Some(5)),
        ("fr", "L'attaque de P a fait 20 blessés et 3 morts.", 3, Some(20)),
        ("fr", "Trois personnes ont été tuées et vingt blessées dans l'attaque de P.", 3, Some(20)),
        ("fr", "Cinq personnes ont été blessées lors d'une attaque à P.", 0, Some(5)),
        ("en", "Militants killed four villagers in P.", 4, None),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "SY");
        s.run(&mut d);
        let e = d.events.first().unwrap_or_else(|| panic!("{text}: no event"));
        assert_eq!((e.fatalities, e.injuries), (Some(dead), hurt), "{text}");
    }
}

#[test]
fn an_event_told_twice_keeps_every_telling_in_its_mentions() {
    let s = stage();
    for (lang, text) in [
        ("fr", "L'armée a repris samedi le contrôle de P.\nLe président s'est félicité.\nL'armée régulière a repris la ville de P samedi."),
        ("en", "The army recaptured P on Saturday.\nThe president welcomed it.\nThe army retook the town of P on Saturday."),
    ] {
        let mut d = doc(lang, "2017-11-13", text);
        let army = if lang == "fr" { "armée" } else { "army" };
        let at = d.text.find(army).unwrap();
        let at2 = d.text.rfind(army).unwrap();
        for a in [at, at2] {
            d.entities.push(Entity { span: Span::new(a, a + army.len()), label: EntityLabel::Organisation, actor: Some(ActorRef { name: Some("army".into()), inter: Some(1), country: Some("SY".into()), ..Default::default() }) });
        }
        let p1 = d.text.find(" P").unwrap() + 1;
        let p2 = d.text.rfind(" P").unwrap() + 1;
        for p in [p1, p2] {
            d.places.push(Place { span: Span::new(p, p + 1), geo: Some(GeoRef { geonameid: Some(1), lat: Some(1.0), lon: Some(2.0), country: Some("SY".into()), ..Default::default() }) });
        }
        let sat = if lang == "fr" { "samedi" } else { "Saturday" };
        let t1 = d.text.find(sat).unwrap();
        let t2 = d.text.rfind(sat).unwrap();
        for t in [t1, t2] {
            d.times.push(TimeExpr { span: Span::new(t, t + sat.len()), kind: TimexType::Date, value: "2017-11-11".into() });
        }
        s.run(&mut d);
        let territory: Vec<&Event> = d.events.iter().filter(|e| e.sub_event_type == "Government regains territory").collect();
        assert_eq!(territory.len(), 1, "{text}: {:?}", d.events);
        let e = territory[0];
        assert_eq!(e.mentions.len(), 2, "{text}");
        assert_eq!(e.mentions[0], e.evidence, "the evidence first");
        assert_eq!(e.mentions[1], d.sentences[2].span);
    }
}

#[test]
fn confidence_rises_with_anchors_and_falls_with_doubt() {
    let s = stage();
    let conf = |lang: &str, text: &str, with_place: bool| {
        let mut d = doc(lang, "2020-05-09", text);
        if with_place {
            place(&mut d, "P", 1, "SY");
        }
        if let Some(at) = text.find("Saturday").or_else(|| text.find("samedi")) {
            let n = if text[at..].starts_with("Saturday") { 8 } else { 6 };
            d.times.push(TimeExpr { span: Span::new(at, at + n), kind: TimexType::Date, value: "2020-05-09".into() });
        }
        s.run(&mut d);
        let c = d.events.first().and_then(|e| e.confidence).unwrap_or_else(|| panic!("{text}: no event"));
        assert!((0.0..=1.0).contains(&c));
        c
    };
    for lang in ["en", "fr"] {
        let (anchored, bare, doubtful) = if lang == "en" {
            ("An air strike on P killed 12 civilians on Saturday.", "An air strike hit P.", "An air strike could hit P.")
        } else {
            ("Une frappe aérienne a tué 12 civils à P samedi.", "Une frappe aérienne a touché P.", "Une frappe aérienne pourrait toucher P.")
        };
        let (a, b, c) = (conf(lang, anchored, true), conf(lang, bare, true), conf(lang, doubtful, true));
        assert!(a > b, "{lang}: a day and a toll raise it ({a} > {b})");
        assert!(b > c, "{lang}: a possibility lowers it ({b} > {c})");
    }
}

#[test]
fn generic_and_passing_mentions_are_no_events() {
    let s = stage();
    for (lang, text) in [
        ("en", "Such attacks are rare in P."),
        ("en", "Life in P has changed since the clashes."),
        ("fr", "De telles attaques sont rares à P."),
        ("fr", "La vie à P a changé depuis les affrontements."),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "SY");
        s.run(&mut d);
        assert!(d.events.is_empty(), "{text}: {:?}", d.events);
    }
    // Told with an anchor (a day, a toll), the same noun states an event.
    for (lang, text) in [
        ("en", "Five people died in the clashes in P."),
        ("fr", "Cinq personnes sont mortes dans les affrontements de P."),
        ("en", "Clashes erupted in P."),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "SY");
        s.run(&mut d);
        assert_eq!(d.events.len(), 1, "{text}");
    }
}

#[test]
fn modality_and_source_files_are_validated_with_file_and_line() {
    for (file, text, needle) in [
        ("lang/xx/event-modality.tsv", "negated\tnot\t3\nmaybe\tcould\t3", "unknown modality"),
        ("lang/xx/event-modality.tsv", "negated\tnot\tfar", "scope `far`"),
        ("lang/xx/event-modality.tsv", "negated\tnot\t+0", "+N"),
        ("lang/xx/event-sources.tsv", "before\tselon\nwho\tdit", "unknown kind"),
    ] {
        let triggers = "attack*\tArmed clash\t2";
        let taxonomy = Resources::embedded();
        let tax = taxonomy.lines(resources::TAXONOMY).map(|l| l.text.to_string()).collect::<Vec<_>>().join("\n");
        let r = Resources::from_files([(resources::TAXONOMY, tax.as_str()), ("lang/xx/event-triggers.tsv", triggers), (file, text)]);
        let err = EventStage::new(&r).expect_err(file);
        assert!(err.to_string().contains(file) && err.to_string().contains(needle), "{err}");
        let line = if text.contains('\n') { 2 } else { 1 };
        assert_eq!(err.line, line, "{err}");
    }
}
