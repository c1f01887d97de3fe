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
    assert_eq!(day_or_span("2017-W45").as_deref(), Some("2017-11-08"), "a week: its Wednesday, as ACLED codes it");
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
    first_types_are(&s, "UA", &table);
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
        // (Not the four men; S221: the one "was beaten to death" tells.)
        ("On 6 May 2020, a local leader was beaten to death by four men at P.", Some("6 May 2020"), 1),
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
    first_types_are(&s, "IN", &table);
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

// --- Arguments: actors and dates (S5).

/// A document whose one paragraph holds the given sentences (the helper `doc` makes one per line).
fn paragraph(lang: &str, published: &str, sentences: &[&str]) -> Document {
    let text = sentences.join(" ");
    let mut d = doc(lang, published, &text);
    d.sentences = sentences.iter().map(|s| span_of(&d, s)).map(|span| Sentence { span }).collect();
    d
}

fn inter(a: &Option<ActorRef>) -> Option<u8> {
    a.as_ref().and_then(|a| a.inter)
}

#[test]
fn violence_against_civilians_with_nobody_named_is_an_unidentified_group_against_civilians() {
    let s = stage();
    for (lang, text) in [
        ("en", "A shopkeeper was shot dead in Kuru on Monday."),
        ("fr", "Un commerçant a été abattu lundi à Kuru."),
    ] {
        let mut d = doc(lang, "2021-03-10", text);
        place(&mut d, "Kuru", 5, "NG");
        s.run(&mut d);
        assert_eq!(d.events.len(), 1, "{text}");
        let e = &d.events[0];
        assert_eq!(e.sub_event_type, "Attack", "{text}");
        assert_eq!(inter(&e.actor1), Some(3), "{text}: the perpetrator nobody names");
        assert_eq!(e.actor1.as_ref().unwrap().country.as_deref(), Some("NG"));
        assert_eq!(inter(&e.actor2), Some(7), "{text}: the victims of an attack are civilians");
    }
}

#[test]
fn the_agent_after_by_acts_even_far_from_the_trigger() {
    let s = stage();
    for (lang, text, agent) in [
        ("en", "A trader was shot dead on Monday near the central market by two gunmen on a motorcycle.", "gunmen"),
        ("fr", "Un commerçant a été tué lundi près du marché central par deux hommes armés.", "hommes armés"),
        ("en", "A policeman was wounded by a Taliban-planted landmine in Kandahar.", "Taliban"),
    ] {
        let mut d = doc(lang, "2021-03-10", text);
        actor(&mut d, agent, if agent == "Taliban" { 2 } else { 3 }, None);
        if let Some(i) = text.find("policeman") {
            d.mentions.push(vigie_core::ActorMention {
                span: Span::new(i, i + "policeman".len()),
                actor: ActorRef { name: Some("Police".into()), inter: Some(1), ..Default::default() },
            });
        }
        s.run(&mut d);
        assert_eq!(d.events.len(), 1, "{text}");
        let e = &d.events[0];
        assert_eq!(e.actor1.as_ref().and_then(|a| a.name.as_deref()), Some(agent), "{text}");
        if agent == "Taliban" {
            assert_eq!(inter(&e.actor2), Some(1), "{text}: the subject of the passive was hit");
        }
    }
    // "by" in another clause is the agent of another verb.
    let mut d = doc("fr", "2017-11-13", "Les miliciens du groupe X, qui disaient avoir repris la ville mercredi, ont été surpris par des rebelles.");
    actor(&mut d, "groupe X", 3, None);
    actor(&mut d, "rebelles", 2, None);
    s.run(&mut d);
    assert_eq!(d.events.first().and_then(|e| e.actor1.as_ref()).and_then(|a| a.name.as_deref()), Some("groupe X"));
}

#[test]
fn an_actor_word_the_trigger_is_part_of_acts() {
    let s = stage();
    let mut d = doc("en", "2021-03-10", "Unknown attackers killed a herder near Kuru.");
    actor(&mut d, "Unknown attackers", 3, None);
    place(&mut d, "Kuru", 5, "NG");
    s.run(&mut d);
    assert_eq!(d.events.len(), 1);
    assert_eq!(d.events[0].actor1.as_ref().and_then(|a| a.name.as_deref()), Some("Unknown attackers"));
}

#[test]
fn both_sides_of_a_battle_named_together_or_between() {
    let s = stage();
    for (lang, text, a, b) in [
        ("en", "GNA and LNA forces clashed in Tarhuna on Monday.", "GNA", "LNA"),
        ("fr", "Lundi, des combats ont opposé le GNA et l'ANL à Tarhuna.", "GNA", "ANL"),
        ("en", "On Monday, clashes broke out between the army and rebels in Tarhuna.", "army", "rebels"),
        ("fr", "Lundi, des affrontements ont éclaté entre l'armée et les rebelles à Tarhuna.", "armée", "rebelles"),
    ] {
        let mut d = doc(lang, "2021-03-10", text);
        let rebels = b == "rebels" || b == "rebelles";
        actor(&mut d, a, 1, Some("LY"));
        actor(&mut d, b, if rebels { 2 } else { 1 }, if rebels { None } else { Some("LY") });
        place(&mut d, "Tarhuna", 6, "LY");
        s.run(&mut d);
        assert_eq!(d.events.len(), 1, "{text}");
        let e = &d.events[0];
        assert_eq!(e.sub_event_type, "Armed clash", "{text}");
        let names = (e.actor1.as_ref().and_then(|x| x.name.as_deref()), e.actor2.as_ref().and_then(|x| x.name.as_deref()));
        assert_eq!(names, (Some(a), Some(b)), "{text}");
    }
}

#[test]
fn the_object_between_the_subject_and_a_late_trigger_is_hit() {
    let s = stage();
    let mut d = doc("en", "2021-03-10", "Turkish forces killed four PKK militants during airstrikes in Zap.");
    actor(&mut d, "Turkish forces", 1, Some("TR"));
    actor(&mut d, "PKK", 2, Some("TR"));
    place(&mut d, "Zap", 7, "IQ");
    s.run(&mut d);
    assert_eq!(d.events.len(), 1);
    assert_eq!(d.events[0].actor2.as_ref().and_then(|a| a.name.as_deref()), Some("PKK"));
    assert_eq!(inter(&d.events[0].actor1), Some(8), "state forces abroad are external forces");
}

#[test]
fn two_phrases_side_by_side_are_one_actor() {
    let s = stage();
    let mut d = doc("en", "2017-11-13", "US President Donald Trump and Russian President Vladimir Putin agreed on Saturday that there was no military solution in Syria.");
    actor(&mut d, "US President", 1, Some("US"));
    actor(&mut d, "Donald Trump", 1, Some("US"));
    actor(&mut d, "Russian President", 1, Some("RU"));
    actor(&mut d, "Vladimir Putin", 1, Some("RU"));
    time(&mut d, "Saturday", "2017-11-11");
    s.run(&mut d);
    assert_eq!(d.events.len(), 1);
    let e = &d.events[0];
    assert_eq!(e.sub_event_type, "Agreement");
    let countries = (e.actor1.as_ref().and_then(|a| a.country.as_deref()), e.actor2.as_ref().and_then(|a| a.country.as_deref()));
    assert_eq!(countries, (Some("US"), Some("RU")));
}

#[test]
fn civilians_named_with_a_crowd_are_the_crowd() {
    let s = stage();
    let mut d = doc("en", "2021-03-10", "Villagers pelted stones at police in Kuru.");
    actor(&mut d, "Villagers", 7, None);
    actor(&mut d, "police", 1, None);
    place(&mut d, "Kuru", 5, "IN");
    s.run(&mut d);
    assert_eq!(d.events.len(), 1);
    let e = &d.events[0];
    assert_eq!((inter(&e.actor1), inter(&e.actor2)), (Some(5), Some(1)), "{:?}", e.sub_event_type);
}

#[test]
fn a_sentence_with_no_date_takes_the_last_date_of_its_paragraph() {
    let s = stage();
    for (lang, first, second) in [
        ("en", "On 5 March 2020, soldiers attacked a village near Kuru.", "Later, rebels shelled the town of Kuru."),
        ("fr", "Le 5 mars 2020, des soldats ont attaqué un village près de Kuru.", "Plus tard, des rebelles ont bombardé la ville de Kuru."),
    ] {
        let mut d = paragraph(lang, "2020-03-09", &[first, second]);
        time(&mut d, if lang == "en" { "5 March 2020" } else { "5 mars 2020" }, "2020-03-05");
        place(&mut d, "Kuru", 5, "NG");
        s.run(&mut d);
        let dates: Vec<Option<&str>> = d.events.iter().map(|e| e.date.as_deref()).collect();
        assert_eq!(dates, [Some("2020-03-05"), Some("2020-03-05")], "{first} {second}");
        // In a paragraph of its own, the second sentence is dated by the publication.
        let mut d = doc(lang, "2020-03-09", &format!("{first}\n{second}"));
        time(&mut d, if lang == "en" { "5 March 2020" } else { "5 mars 2020" }, "2020-03-05");
        place(&mut d, "Kuru", 5, "NG");
        s.run(&mut d);
        let dates: Vec<Option<&str>> = d.events.iter().map(|e| e.date.as_deref()).collect();
        assert_eq!(dates, [Some("2020-03-05"), Some("2020-03-09")], "{first} / {second}");
    }
}

/// (language, sentence, expected sub-event type): ACLED's codebook distinctions. A crowd that burns
/// tyres or builds barricades riots, unless the violence is what it protests against; a rebel
/// group clashing is a clash, not a riot; the subject of an active verb with an object attacks;
/// off-duty forces are civilians; a device defused is disrupted weapons use; patrols are changes
/// to group activity; an assassinated fighter fought.
#[test]
fn typing_follows_the_acled_codebook() {
    let s = stage();
    let table = [
        ("en", "Protesters burned tyres and blocked the highway in P demanding water.", "Violent demonstration"),
        ("fr", "Des manifestants ont érigé des barricades à P pour réclamer de l'eau.", "Violent demonstration"),
        ("en", "Traders demonstrated in P denouncing the violence of the gangs.", "Peaceful protest"),
        ("fr", "Des commerçants ont manifesté à P pour dénoncer la violence des gangs.", "Peaceful protest"),
        ("en", "Militants attacked the village of P.", "Attack"),
        ("fr", "Des militants ont attaqué le village de P.", "Attack"),
        ("en", "Two soldiers were killed near P.", "Armed clash"),
        ("en", "An off-duty soldier was shot dead by gunmen in P.", "Attack"),
        ("fr", "Un policier hors service a été abattu par des hommes armés à P.", "Attack"),
        ("en", "An improvised explosive device was defused near P.", "Disrupted weapons use"),
        ("fr", "Un engin explosif improvisé a été désamorcé près de P.", "Disrupted weapons use"),
        ("en", "Troops of two armies conducted a joint patrol near P.", "Change to group/activity"),
        ("fr", "Une patrouille conjointe a eu lieu près de P.", "Change to group/activity"),
        ("en", "Gunmen assassinated a rebel commander in P.", "Armed clash"),
        ("fr", "Des hommes armés ont assassiné un commandant rebelle à P.", "Armed clash"),
        ("en", "Gunmen assassinated a journalist in P.", "Attack"),
        ("en", "A shoot-out broke out in P and two suspects died.", "Armed clash"),
    ];
    first_types_are(&s, "IN", &table);
}

#[test]
fn rebels_clashing_with_police_fight_and_crowds_riot() {
    let s = stage();
    let mut d = doc("en", "2020-05-09", "Rebel fighters clashed with police in P.");
    actor(&mut d, "Rebel fighters", 2, None);
    place(&mut d, "P", 1, "IN");
    s.run(&mut d);
    assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some("Armed clash"));
    let mut d = doc("en", "2020-05-09", "Villagers clashed with police in P.");
    place(&mut d, "P", 1, "IN");
    s.run(&mut d);
    assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some("Mob violence"));
}

/// A protest the crowd later turns into a riot is one violent demonstration; arrests told after
/// an event are its aftermath, not an event of their own.
#[test]
fn a_protest_turned_riot_is_one_violent_demonstration_and_arrests_after_an_event_are_part_of_it() {
    let s = stage();
    for (lang, text, want) in [
        ("en", "Hundreds demonstrated in P against fuel prices.\nThe demonstrators later threw stones at the police.", "Violent demonstration"),
        ("fr", "Des centaines de personnes ont manifesté à P contre la vie chère.\nDes émeutes ont ensuite éclaté à P.", "Violent demonstration"),
        ("en", "Gunmen killed two villagers in P.\nPolice later arrested three suspects in P.", "Attack"),
        ("fr", "Des hommes armés ont tué deux villageois à P.\nLa police a ensuite arrêté trois suspects à P.", "Attack"),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "IN");
        s.run(&mut d);
        let types: Vec<&str> = d.events.iter().map(|e| e.sub_event_type.as_str()).collect();
        assert_eq!(types, [want], "{text}");
    }
}

// --- What is no event of this article (S6): the past recalled, kinds, habits, totals, other senses.

/// The events of `text` (one sentence per line) published on `published`, with "P" a resolved
/// town and each `(needle, value)` a date expression.
fn events_of(s: &EventStage, lang: &str, published: &str, text: &str, dates: &[(&str, &str)]) -> Vec<Event> {
    let mut d = doc(lang, published, text);
    place(&mut d, "P", 1, "SY");
    for (needle, value) in dates {
        time(&mut d, needle, value);
    }
    d.times.sort_by_key(|t| t.span);
    s.run(&mut d);
    d.events
}

#[test]
fn the_end_of_a_dated_period() {
    use modality::period_end;
    let day = |s: &str| Some(s.parse::<jiff::civil::Date>().unwrap());
    assert_eq!(period_end("2015"), day("2015-12-31"));
    assert_eq!(period_end("2017-10"), day("2017-10-31"));
    assert_eq!(period_end("2016-02"), day("2016-02-29"));
    assert_eq!(period_end("199"), day("1999-12-31"));
    assert_eq!(period_end("2018-Q1"), day("2018-03-31"));
    assert_eq!(period_end("2017-W45"), day("2017-11-12"));
    assert_eq!(period_end("2017-11-13T08:00"), day("2017-11-13"));
    for vague in ["PRESENT_REF", "P3Y", "XXXX-05", "", "2018-13"] {
        assert_eq!(period_end(vague), None, "{vague}");
    }
}

#[test]
fn an_event_dated_long_before_publication_is_the_past_the_article_recalls() {
    let s = stage();
    for (lang, text, dates) in [
        ("en", "Rebels killed five villagers in P in 2015.", vec![("2015", "2015")]),
        ("en", "The 2013 chemical attack on P shocked the world.", vec![("2013", "2013")]),
        ("en", "Militants captured the town of P four years ago.", vec![("four years ago", "2014")]),
        ("en", "In 2015, militants captured the town of P.", vec![("2015", "2015")]),
        ("fr", "Les rebelles ont attaqué la ville de P en mars 2016.", vec![("mars 2016", "2016-03")]),
    ] {
        let events = events_of(&s, lang, "2018-08-12", text, &dates);
        assert!(events.is_empty(), "{text}: {events:?}");
    }
    // A recent date in the sentence dates what it reports, whatever older date it also names; a
    // date after "since" opens a period and dates nothing; a holiday named without a digit has a
    // guessed year; a sentence with no date is the article's news.
    for (lang, text, dates) in [
        ("en", "On Sunday, rebels killed five villagers in P, who had fled their homes in 2015.", vec![("Sunday", "2018-08-12"), ("2015", "2015")]),
        ("en", "Rebels killed five villagers in P, the deadliest attack there since 2015.", vec![("2015", "2015")]),
        ("en", "On Labor Day, rebels killed five villagers in P.", vec![("Labor Day", "2017-09-04")]),
        ("en", "Rebels killed five villagers in P, a town where the war began in 2003.", vec![("2003", "2003")]),
        ("fr", "Les rebelles ont tué cinq villageois à P.", vec![]),
        ("fr", "Les rebelles ont attaqué P le 10 août.", vec![("10 août", "2018-08-10")]),
    ] {
        let events = events_of(&s, lang, "2018-08-12", text, &dates);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
    }
}

#[test]
fn kinds_habits_totals_and_recalled_trials_are_no_events() {
    let s = stage();
    for (lang, text) in [
        ("en", "Botched abortions kill three women a day in P."),
        ("en", "Militias attack the villages around P every week."),
        ("en", "More than 500 people have been killed in P since the start of the war."),
        ("en", "The trial over the bombing of P opened on Monday."),
        // (a gathering on the anniversary would be one: a commemoration is a peaceful assembly)
        ("en", "Survivors of the massacre in P spoke on its anniversary."),
        ("en", "Other attacks on P were reported by the residents."),
        ("fr", "Les milices attaquent les villages autour de P chaque semaine."),
        ("fr", "Plus de 500 personnes ont été tuées à P depuis le début de la guerre."),
        ("fr", "Le procès de l'attentat de P s'est ouvert lundi."),
        ("fr", "D'autres attaques contre P ont été signalées par les habitants."),
    ] {
        let events = events_of(&s, lang, "2020-05-09", text, &[]);
        assert!(events.is_empty(), "{text}: {events:?}");
    }
}

#[test]
fn another_sense_of_the_word_is_no_event_unless_people_were_hurt() {
    let s = stage();
    for (lang, text) in [
        ("en", "The minister suffered a heart attack in P."),
        ("en", "The striker scored twice after a fine attack in P."),
        ("en", "The killing of the suspect was captured on camera in P."),
        ("fr", "Le train s'est arrêté en gare de P."),
        ("fr", "La députée a interpellé le gouvernement sur la sécurité à P."),
        ("fr", "Le footballeur a été arrêté par l'arbitre à P."),
    ] {
        let events = events_of(&s, lang, "2020-05-09", text, &[]);
        assert!(events.is_empty(), "{text}: {events:?}");
    }
    // A toll overrules a sport word; fans protest as anyone does.
    for (lang, text) in [
        ("en", "Gunmen killed two football fans in P."),
        ("en", "Football fans protested in P against the new stadium."),
        ("fr", "Des supporters de football ont manifesté à P."),
    ] {
        let events = events_of(&s, lang, "2020-05-09", text, &[]);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
    }
}

#[test]
fn what_was_avoided_or_only_aimed_at_did_not_happen() {
    let s = stage();
    use Modality::*;
    for (lang, text, cue) in [
        ("en", "Diplomats worked to avoid a clash in P on Friday.", "avoid"),
        ("en", "The rebels urged the army to attack P.", "urged the army to"),
        // S191: an offensive prepared, not launched: its aim alone ("launched an offensive to
        // retake P" is the offensive fought, an armed clash: see s191_who_took_the_place).
        ("en", "The army prepared an offensive to retake P.", "offensive to"),
        ("fr", "Les renforts ont été envoyés afin de reprendre le contrôle de P.", "afin de"),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "SY");
        if text.contains("Friday") {
            time(&mut d, "Friday", "2020-05-08");
        }
        s.run(&mut d);
        assert_eq!(d.events.len(), 1, "{text}: {:?}", d.events);
        let c = d.events[0].modality_cue.map(|c| d.slice(c).to_string());
        assert_eq!((d.events[0].modality, c.as_deref()), (Hypothetical, Some(cue)), "{text}");
    }
}

#[test]
fn a_country_is_no_anchor_for_a_passing_mention() {
    let s = stage();
    let country = GeoRef { geonameid: Some(298795), country: Some("TR".into()), kind: Some("country".into()), ..Default::default() };
    let town = GeoRef { geonameid: Some(7), country: Some("SY".into()), kind: Some("city".into()), ..Default::default() };
    for (geo, want) in [(country, 0), (town, 1)] {
        let mut d = doc("en", "2020-05-09", "Turkey shifted its focus to the fighting with the Islamic State in Rakka.");
        actor(&mut d, "Islamic State", 2, None);
        d.places.push(Place { span: span_of(&d, "Turkey"), geo: Some(geo.clone()) });
        d.places.push(Place { span: span_of(&d, "Rakka"), geo: None });
        if want == 1 {
            d.places[1].geo = Some(geo);
            d.places.remove(0);
        }
        s.run(&mut d);
        assert_eq!(d.events.len(), want, "{:?}", d.events);
    }
}

#[test]
fn non_event_cues_are_validated_with_file_and_line() {
    for (text, needle) in [("open_period\tsince\tclause", "open_period takes N"), ("generic\tevery day\tsomewhere", "scope `somewhere`")] {
        let file = "lang/xx/event-modality.tsv";
        let taxonomy = Resources::embedded();
        let tax = taxonomy.lines(resources::TAXONOMY).map(|l| l.text.to_string()).collect::<Vec<_>>().join("\n");
        let r = Resources::from_files([(resources::TAXONOMY, tax.as_str()), ("lang/xx/event-triggers.tsv", "attack*\tArmed clash\t2"), (file, text)]);
        let err = EventStage::new(&r).expect_err(text);
        assert!(err.to_string().contains(file) && err.to_string().contains(needle), "{err}");
    }
    let taxonomy = Resources::embedded();
    let tax = taxonomy.lines(resources::TAXONOMY).map(|l| l.text.to_string()).collect::<Vec<_>>().join("\n");
    let ok = "generic\tevery day\tclause\nfigurative\theart attack*\ttrigger\nbackground\ttrial of\t4\nopen_period\tsince\t2";
    let r = Resources::from_files([(resources::TAXONOMY, tax.as_str()), ("lang/xx/event-triggers.tsv", "attack*\tArmed clash\t2"), ("lang/xx/event-modality.tsv", ok)]);
    assert!(EventStage::new(&r).is_ok());
}

#[test]
fn anti_x_forces_are_not_x_and_the_subject_of_a_passive_was_hit() {
    let s = stage();
    let mut d = doc("en", "2020-05-08", "On 8 May 2020, anti-Houthi forces shelled the village of Hays.");
    actor(&mut d, "Houthi", 1, Some("YE"));
    time(&mut d, "8 May 2020", "2020-05-08");
    place(&mut d, "Hays", 8, "YE");
    s.run(&mut d);
    assert_eq!(d.events.len(), 1);
    assert_ne!(d.events[0].actor1.as_ref().and_then(|a| a.name.as_deref()), Some("Houthi"));
    for (lang, text, hit) in [
        ("en", "On Monday, a police officer was shot dead near the market of Kuru.", "police officer"),
        ("fr", "Lundi, un policier a été abattu près du marché de Kuru.", "policier"),
    ] {
        let mut d = doc(lang, "2021-03-10", text);
        actor(&mut d, hit, 1, None);
        place(&mut d, "Kuru", 5, "NG");
        s.run(&mut d);
        assert_eq!(d.events.len(), 1, "{text}");
        let e = &d.events[0];
        assert_eq!(e.actor2.as_ref().and_then(|a| a.name.as_deref()), Some(hit), "{text}");
        assert_ne!(e.actor1.as_ref().and_then(|a| a.name.as_deref()), Some(hit), "{text}");
    }
}

#[test]
fn a_clash_nobody_is_named_for_is_between_unidentified_armed_groups() {
    let s = stage();
    for (lang, text) in [("en", "On Monday, a shoot-out took place in Kuru."), ("fr", "Lundi, une fusillade a éclaté à Kuru.")] {
        let mut d = doc(lang, "2021-03-10", text);
        place(&mut d, "Kuru", 5, "BR");
        s.run(&mut d);
        let Some(e) = d.events.first() else { panic!("{text}: no event") };
        assert_eq!(e.sub_event_type, "Armed clash", "{text}");
        assert_eq!((inter(&e.actor1), inter(&e.actor2)), (Some(3), Some(3)), "{text}");
        assert_eq!(e.actor2.as_ref().unwrap().country.as_deref(), Some("BR"));
    }
}

#[test]
fn the_forces_of_two_countries_named_together_are_both_sides() {
    let s = stage();
    let mut d = doc("en", "2020-05-06", "On 6 May 2020, military forces of India and Pakistan exchanged fire across the LoC in Poonch.");
    let forces = span_of(&d, "military forces of India");
    d.mentions.push(vigie_core::ActorMention {
        span: forces,
        actor: ActorRef { id: Some("mil:IN".into()), name: Some("Military Forces of India".into()), inter: Some(1), country: Some("IN".into()), ..Default::default() },
    });
    let pk = span_of(&d, "Pakistan");
    d.entities.push(Entity { span: pk, label: EntityLabel::Location, actor: Some(ActorRef { id: Some("country:PK".into()), country: Some("PK".into()), ..Default::default() }) });
    time(&mut d, "6 May 2020", "2020-05-06");
    place(&mut d, "Poonch", 9, "IN");
    s.run(&mut d);
    assert_eq!(d.events.len(), 1);
    let e = &d.events[0];
    assert_eq!(e.sub_event_type, "Armed clash");
    let a2 = e.actor2.as_ref().expect("the second country's forces");
    assert_eq!((a2.id.as_deref(), a2.country.as_deref(), a2.inter), (Some("mil:PK"), Some("PK"), Some(8)), "foreign forces in India");
}

#[test]
fn a_battle_told_with_one_side_is_fought_against_the_side_faced_before() {
    let s = stage();
    let mut d = doc(
        "fr",
        "2017-11-13",
        "Le groupe X a repris samedi le contrôle de la ville de Y aux forces du régime.\nLes forces du régime qui l'avaient conquise mercredi ont été contraintes à battre en retraite.",
    );
    actor(&mut d, "groupe X", 2, None);
    let first = span_of(&d, "forces du régime");
    let second = Span::new(d.text.rfind("forces du régime").unwrap(), d.text.rfind("forces du régime").unwrap() + "forces du régime".len());
    for span in [first, second] {
        d.mentions.push(vigie_core::ActorMention {
            span,
            actor: ActorRef { id: Some("pro-government-forces".into()), name: Some("Pro-government forces".into()), inter: Some(1), ..Default::default() },
        });
    }
    place(&mut d, "Y", 1, "SY");
    time(&mut d, "samedi", "2017-11-11");
    time(&mut d, "mercredi", "2017-11-08");
    s.run(&mut d);
    let got: Vec<(&str, Option<&str>)> =
        d.events.iter().map(|e| (e.sub_event_type.as_str(), e.actor2.as_ref().and_then(|a| a.name.as_deref()))).collect();
    assert_eq!(got, [("Non-state actor overtakes territory", Some("Pro-government forces")), ("Government regains territory", Some("groupe X"))]);
    assert_eq!(d.events[0].actor2.as_ref().and_then(|a| a.inter), Some(1), "retaken from the regime's forces");
}

/// (language, sentence, expected sub-event type): rules of the codebook that read the whole
/// sentence. A bomb stopped before it went off is disrupted weapons use (not once it hurt
/// someone); a crowd doing the violence is mob violence; protesters killed at a protest met
/// excessive force; clashes at a protest are a violent demonstration.
#[test]
fn codebook_rules_read_the_whole_sentence() {
    let s = stage();
    let table = [
        ("en", "A roadside bomb planted near the school in P was found and safely removed by the bomb squad.", "Disrupted weapons use"),
        ("fr", "Une bombe artisanale a été neutralisée par les démineurs près de P.", "Disrupted weapons use"),
        ("en", "Two unexploded shells went off in a field in P, killing a shepherd.", "Shelling/artillery/missile attack"),
        ("en", "Local villagers assaulted a shopkeeper in P.", "Mob violence"),
        ("en", "A shopkeeper was beaten up by villagers in P.", "Mob violence"),
        ("fr", "Un commerçant a été tabassé par des habitants à P.", "Mob violence"),
        ("en", "Police dispersed a protest in P, injuring two people.", "Protest with intervention"),
        ("en", "Three people died when police dispersed a protest in P.", "Excessive force against protesters"),
        ("fr", "Trois personnes ont été tuées quand la police a dispersé une manifestation à P.", "Excessive force against protesters"),
        ("en", "Residents protested in P against the killing of two youths.", "Peaceful protest"),
        ("en", "Clashes broke out between protesters and the police in P.", "Violent demonstration"),
        ("en", "Riot police fired tear gas at protesters in P.", "Protest with intervention"),
    ];
    first_types_are(&s, "IN", &table);
}

#[test]
fn a_day_long_past_is_recalled_not_inherited() {
    let s = stage();
    for (lang, first, second) in [
        ("en", "The attack recalled the one of 22 July 2011 in Oslo.", "On Friday evening, a gunman killed nine people in Munich."),
        ("fr", "L'attaque rappelle celle du 22 juillet 2011 à Oslo.", "Un tireur a tué neuf personnes à Munich."),
    ] {
        let mut d = paragraph(lang, "2016-07-23", &[first, second]);
        time(&mut d, if lang == "en" { "22 July 2011" } else { "22 juillet 2011" }, "2011-07-22");
        place(&mut d, "Munich", 3, "DE");
        s.run(&mut d);
        let last = d.events.last().expect("the shooting");
        assert_eq!(last.date.as_deref(), Some("2016-07-23"), "{second}");
    }
}

/// Someone abducted and then found killed: ACLED codes the killing, one attack.
#[test]
fn an_abduction_followed_by_the_killing_is_one_attack() {
    let s = stage();
    for (lang, text) in [
        ("en", "Gunmen kidnapped a trader in P.\nHis body was found the next day in P."),
        ("fr", "Des hommes armés ont enlevé un commerçant à P.\nSon corps a été retrouvé le lendemain à P."),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "MX");
        s.run(&mut d);
        let types: Vec<&str> = d.events.iter().map(|e| e.sub_event_type.as_str()).collect();
        assert_eq!(types, ["Attack"], "{text}");
    }
}

#[test]
fn a_progressive_is_no_passive() {
    let s = stage();
    let mut d = doc("en", "2021-03-10", "On Monday, rebels were fighting the army near Kuru.");
    actor(&mut d, "rebels", 2, None);
    actor(&mut d, "army", 1, Some("NG"));
    place(&mut d, "Kuru", 5, "NG");
    s.run(&mut d);
    assert_eq!(d.events.len(), 1);
    assert_eq!(d.events[0].actor1.as_ref().and_then(|a| a.name.as_deref()), Some("rebels"));
}

/// Territory told as a share of a country or a region ("52% du pays") is what a side holds, a
/// summary, not one place taken on one day; the same words with a place are an event.
#[test]
fn territory_told_as_a_share_is_no_event() {
    let s = stage();
    for (lang, share, town) in [
        ("fr", "Le gouvernement a pu reprendre le contrôle de 40 % du territoire.", "Le gouvernement a repris le contrôle de la ville de Kessa."),
        ("en", "The government has regained control of 61% of the province.", "The government regained control of the town of Kessa."),
    ] {
        for (text, want) in [(share, 0), (town, 1)] {
            let mut d = doc(lang, "2019-06-03", text);
            actor(&mut d, if lang == "fr" { "gouvernement" } else { "government" }, 1, Some("ML"));
            if want == 1 {
                place(&mut d, "Kessa", 3, "ML");
            }
            s.run(&mut d);
            assert_eq!(d.events.len(), want, "{text}: {:?}", d.events);
        }
    }
}

/// The same place taken on the same day, told once naming the army and once naming an allied
/// militia, is one change of hands (the first telling types it); taken back another day, it is
/// another event.
#[test]
fn a_place_taken_told_twice_on_the_same_day_is_one_event() {
    let s = stage();
    for (lang, text) in [
        (
            "fr",
            "L'armée a repris la ville de Kessa mardi.\nDes miliciens alliés disaient avoir repris la ville de Kessa mardi.\nLes rebelles ont repris la ville de Kessa jeudi.",
        ),
        (
            "en",
            "The army retook the town of Kessa on Tuesday.\nAllied militiamen said they had retaken the town of Kessa on Tuesday.\nThe rebels retook the town of Kessa on Thursday.",
        ),
    ] {
        let mut d = doc(lang, "2019-06-08", text);
        let (army, militia, rebels) = if lang == "fr" { ("armée", "miliciens alliés", "rebelles") } else { ("army", "militiamen", "rebels") };
        actor(&mut d, army, 1, Some("ML"));
        actor(&mut d, militia, 3, Some("ML"));
        actor(&mut d, rebels, 2, None);
        let mut from = 0;
        for _ in 0..3 {
            let at = d.text[from..].find("Kessa").unwrap() + from;
            d.places.push(Place { span: Span::new(at, at + 5), geo: Some(GeoRef { geonameid: Some(3), country: Some("ML".into()), ..Default::default() }) });
            from = at + 5;
        }
        for (day, value) in [(if lang == "fr" { "mardi" } else { "Tuesday" }, "2019-06-04"), (if lang == "fr" { "jeudi" } else { "Thursday" }, "2019-06-06")] {
            let mut from = 0;
            while let Some(at) = d.text[from..].find(day) {
                let at = at + from;
                d.times.push(TimeExpr { span: Span::new(at, at + day.len()), kind: TimexType::Date, value: value.into() });
                from = at + day.len();
            }
        }
        d.times.sort_by_key(|t| t.span);
        s.run(&mut d);
        let types: Vec<(&str, Option<&str>)> = d.events.iter().map(|e| (e.sub_event_type.as_str(), e.date.as_deref())).collect();
        assert_eq!(
            types,
            [("Government regains territory", Some("2019-06-04")), ("Non-state actor overtakes territory", Some("2019-06-06"))],
            "{text}: {:?}",
            d.events
        );
        assert_eq!(d.events[0].mentions.len(), 2, "{text}: {:?}", d.events);
    }
}

/// Marking a day (Labour Day, the anniversary of a date) is what a protest does today: a
/// background cue before a date does not make the protest the past; before a past event it does.
#[test]
fn a_protest_marking_a_day_is_no_background() {
    let s = stage();
    for (lang, text, day) in [
        ("en", "In commemoration of Labour Day rallies were held by workers in Kessa on Friday.", "Labour Day"),
        ("fr", "En commémoration de la fête du Travail manifestation à Kessa vendredi.", "fête du Travail"),
    ] {
        let mut d = doc(lang, "2020-05-02", text);
        place(&mut d, "Kessa", 3, "ML");
        time(&mut d, day, "2020-05-01");
        time(&mut d, if lang == "fr" { "vendredi" } else { "Friday" }, "2020-05-01");
        d.times.sort_by_key(|t| t.span);
        s.run(&mut d);
        assert_eq!(d.events.len(), 1, "{text}: {:?}", d.events);
        assert!(d.events[0].sub_event_type.to_lowercase().contains("protest"), "{text}: {:?}", d.events);
    }
    let mut d = doc("en", "2020-05-02", "Thousands gathered in Kessa in commemoration of the massacre.");
    place(&mut d, "Kessa", 3, "ML");
    s.run(&mut d);
    assert!(d.events.iter().all(|e| e.sub_event_type != "Attack"), "{:?}", d.events);
}

/// Each text, on 2020-05-09 with its place "P" in `country`, gives first an event of the type wanted.
fn first_types_are(s: &EventStage, country: &str, table: &[(&str, &str, &str)]) {
    for &(lang, text, want) in table {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, country);
        s.run(&mut d);
        assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some(want), "{text}: {:?}", d.events);
    }
}

/// A blast told first, then how it went off (a suicide bomber): one suicide bombing. A suicide cue
/// in the sentence of an explosive device types it as a suicide bomb too.
#[test]
fn a_bomb_then_its_suicide_bomber_is_one_suicide_bombing() {
    let s = stage();
    for (lang, text) in [
        ("en", "A bomb exploded at a market in P, killing five civilians.\nWitnesses said the suicide bomber detonated his vest among the shoppers."),
        ("fr", "Une bombe a explosé sur un marché de P, tuant cinq civils.\nSelon des témoins, le kamikaze s'est fait exploser au milieu des clients."),
        ("en", "An explosive device carried by a suicide bomber killed five civilians in P."),
        ("fr", "Un engin explosif porté par un kamikaze a tué cinq civils à P."),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "AF");
        s.run(&mut d);
        assert_eq!(d.events.len(), 1, "{text}: {:?}", d.events);
        assert_eq!(d.events[0].sub_event_type, "Suicide bomb", "{text}: {:?}", d.events);
    }
    // A bomb alone stays an explosive device.
    first_types_are(&s, "AF", &[
        ("en", "A bomb exploded at a market in P, killing five civilians.", "Remote explosive/landmine/IED"),
        ("fr", "Une bombe a explosé sur un marché de P, tuant cinq civils.", "Remote explosive/landmine/IED"),
    ]);
}

/// Clashes told after a protest, with no armed group in them, or a sentence that tells what the
/// crowd wrecked, turn the protest violent; a crowd said to have stayed calm does not, nor does a
/// clash told before the protest.
#[test]
fn a_protest_followed_by_clashes_or_wrecking_is_a_violent_demonstration() {
    let s = stage();
    for (lang, text) in [
        ("en", "Traders demonstrated in P against the new tax.\nClashes with the police broke out when officers tried to clear the road."),
        ("fr", "Des commerçants ont manifesté à P contre la nouvelle taxe.\nDes affrontements avec la police ont éclaté quand les agents ont voulu dégager la route."),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "UA");
        actor(&mut d, "police", 1, Some("UA"));
        s.run(&mut d);
        assert_eq!(d.events.len(), 1, "{text}: {:?}", d.events);
        assert_eq!(d.events[0].sub_event_type, "Violent demonstration", "{text}: {:?}", d.events);
    }
    first_types_are(&s, "UA", &[
        ("en", "Prisoners demonstrated in P over a search of their cells.\nChairs were burnt and property destroyed.", "Violent demonstration"),
        ("fr", "Des détenus ont manifesté à P contre une fouille des cellules.\nDes chaises ont été brûlées et des biens détruits.", "Violent demonstration"),
        ("en", "Workers demonstrated in P over unpaid wages.\nNo violence was reported.", "Peaceful protest"),
        ("fr", "Des ouvriers ont manifesté à P pour réclamer leurs salaires.\nAucune violence n'a été signalée.", "Peaceful protest"),
    ]);
    for (lang, text) in [
        ("en", "Clashes broke out in P on Friday.\nResidents later demonstrated in P against the insecurity."),
        ("fr", "Des affrontements ont éclaté à P vendredi.\nDes habitants ont ensuite manifesté à P contre l'insécurité."),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "UA");
        s.run(&mut d);
        assert!(d.events.iter().all(|e| e.sub_event_type != "Violent demonstration"), "{text}: {:?}", d.events);
    }
    // The crowd of a violent demonstration are rioters.
    let mut d = doc("en", "2020-05-09", "Traders demonstrated in P against the new tax.\nChairs were burnt and property destroyed.");
    place(&mut d, "P", 1, "UA");
    s.run(&mut d);
    assert_eq!(d.events[0].actor1.as_ref().and_then(|a| a.inter), Some(5), "{:?}", d.events);
}

/// A way in blocked, a human chain, a procession: a peaceful protest. A drone shot down never struck.
#[test]
fn more_protest_cues_and_drones_shot_down() {
    let s = stage();
    first_types_are(&s, "IN", &[
        ("en", "Villagers blocked the entrance of the mine in P, demanding jobs.", "Peaceful protest"),
        ("fr", "Des villageois ont bloqué l'entrée de la mine à P pour réclamer des emplois.", "Peaceful protest"),
        ("en", "Teachers formed a human chain in P to demand their salaries.", "Peaceful protest"),
        ("fr", "Des enseignants ont formé une chaîne humaine à P pour réclamer leurs salaires.", "Peaceful protest"),
        ("en", "Air defences shot down two drones over P on Friday.", "Disrupted weapons use"),
        ("fr", "La défense aérienne a abattu deux drones au-dessus de P vendredi.", "Disrupted weapons use"),
    ]);
}

/// A crowd that loots to make a demand is a demonstration turned violent; soldiers who clash over
/// a town are not.
#[test]
fn a_crowd_looting_to_make_a_demand_is_a_violent_demonstration() {
    let s = stage();
    first_types_are(&s, "ZA", &[
        ("en", "Residents looted shops in P and demanded the sale of alcohol.", "Violent demonstration"),
        ("fr", "Des habitants ont pillé des magasins à P pour réclamer la vente d'alcool.", "Violent demonstration"),
        ("en", "Residents looted shops in P on Friday.", "Looting/property destruction"),
        ("fr", "Des habitants ont pillé des magasins à P vendredi.", "Looting/property destruction"),
    ]);
    let mut d = doc("en", "2020-05-09", "Residents said soldiers clashed with militants in P over control of the town.");
    place(&mut d, "P", 1, "ZA");
    actor(&mut d, "soldiers", 1, Some("ZA"));
    actor(&mut d, "militants", 2, None);
    s.run(&mut d);
    assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some("Armed clash"), "{:?}", d.events);
}

/// In a protest sentence, a trigger in a relative clause tells whom the protest is about, not an
/// event; without a protest, the same clause is the event.
#[test]
fn a_trigger_in_a_relative_clause_of_a_protest_is_its_grievance() {
    let s = stage();
    first_types_are(&s, "PK", &[
        ("en", "Followers of a preacher who was arrested last week protested in P on Friday.", "Peaceful protest"),
        ("fr", "Les fidèles d'un imam qui a été arrêté la semaine dernière ont manifesté à P vendredi.", "Peaceful protest"),
        ("en", "Parents who say their sons were kidnapped by a gang staged a sit-in in P.", "Peaceful protest"),
        ("en", "Police arrested a preacher in P on Friday.", "Arrests"),
        ("fr", "La police a arrêté un imam à P vendredi.", "Arrests"),
    ]);
}

/// Two crowds that clash, with no armed group, no security force and no protest, is mob violence;
/// soldiers who clash with the same crowd words nearby stay a battle.
#[test]
fn two_crowds_clashing_is_mob_violence() {
    let s = stage();
    first_types_are(&s, "IN", &[
        ("en", "Two groups of farmers clashed in P over a plot of land.", "Mob violence"),
        ("fr", "Des affrontements ont opposé deux groupes de paysans à P pour une parcelle.", "Mob violence"),
        ("en", "Two communities clashed in P on Friday.", "Mob violence"),
    ]);
    let mut d = doc("en", "2020-05-09", "Soldiers clashed with militants near the villagers' fields in P.");
    place(&mut d, "P", 1, "IN");
    actor(&mut d, "Soldiers", 1, Some("IN"));
    actor(&mut d, "militants", 2, None);
    s.run(&mut d);
    assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some("Armed clash"), "{:?}", d.events);
}

// S19: strategic developments

/// ACLED's strategic developments, in both languages: property burned, wrecked, raided or
/// confiscated with nobody hurt; weapons seized; aircraft intercepted and people displaced
/// ("Other"); prisoners exchanged; checkpoints set up and curfews imposed (a change of activity).
#[test]
fn strategic_developments_follow_the_codebook() {
    let s = stage();
    first_types_are(&s, "ML", &[
        ("en", "Gunmen burned three houses in P on Friday.", "Looting/property destruction"),
        ("fr", "Des hommes armés ont incendié plusieurs maisons à P vendredi.", "Looting/property destruction"),
        ("en", "Militants attacked and burned a school in P.", "Looting/property destruction"),
        ("fr", "Des assaillants ont brûlé les récoltes d'un village près de P.", "Looting/property destruction"),
        ("en", "Police dismantled a cocaine lab in P.", "Looting/property destruction"),
        ("fr", "Les gendarmes ont démantelé un laboratoire clandestin à P.", "Looting/property destruction"),
        ("en", "Soldiers found and destroyed a clandestine airstrip near P.", "Looting/property destruction"),
        ("en", "Raiders rustled 200 cattle from herders near P.", "Looting/property destruction"),
        ("en", "Police seized 800 munitions in an abandoned house in P.", "Disrupted weapons use"),
        ("en", "Rockets fired towards P were intercepted on Friday.", "Disrupted weapons use"),
        ("fr", "Deux roquettes tirées vers P ont été interceptées vendredi.", "Disrupted weapons use"),
        ("en", "The bomb squad diffused an IED planted near P.", "Disrupted weapons use"),
        ("fr", "Une explosion contrôlée a détruit l'engin trouvé à P.", "Disrupted weapons use"),
        ("en", "A grenade hurled at a police post in P failed to explode.", "Disrupted weapons use"),
        ("en", "A child was killed when two unexploded bombs exploded in a house in P.", "Remote explosive/landmine/IED"),
        ("en", "Two reconnaissance planes were intercepted by fighter jets near P.", "Other"),
        ("fr", "Deux avions ont été interceptés par des chasseurs au-dessus de P.", "Other"),
        ("en", "Some 300 refugees returned to P on Friday.", "Other"),
        ("en", "Border guards fired shots into the air near P.", "Other"),
        ("en", "The two armed groups exchanged prisoners in P on Friday.", "Agreement"),
        ("fr", "Les deux camps ont échangé des prisonniers à P vendredi.", "Agreement"),
        ("en", "The cartel set up two checkpoints on the road to P.", "Change to group/activity"),
        ("fr", "Le gang a installé des points de contrôle à l'entrée de P.", "Change to group/activity"),
        ("en", "The governor imposed a curfew in P on Friday.", "Change to group/activity"),
        ("en", "The dissolution of the rural police was announced in P on Friday.", "Change to group/activity"),
        ("en", "Members of the cartel delivered food parcels to families in P.", "Change to group/activity"),
        ("fr", "Le groupe armé a distribué des vivres aux familles de P.", "Change to group/activity"),
        ("en", "The militia set up its headquarters in P.", "Headquarters or base established"),
        ("fr", "Les rebelles ont établi une base près de P.", "Headquarters or base established"),
    ]);
}

/// Property destroyed with a toll, or after an attack on a place named as its object, is the
/// violence ACLED codes; "deal with" is no agreement once the protest is told.
#[test]
fn property_destroyed_with_a_toll_or_after_an_attack_on_a_place_is_the_attack() {
    let s = stage();
    first_types_are(&s, "NG", &[
        ("en", "Gunmen burned houses in P and killed five villagers.", "Attack"),
        ("fr", "Des hommes armés ont incendié des maisons à P et tué cinq villageois.", "Attack"),
        ("en", "Militants attacked P and burned several buildings, among them a church.", "Attack"),
    ]);
    // An armed group looting where a crowd was dispersed loots: no demonstration.
    let mut d = doc("en", "2020-05-09", "Militants fired in the air to disperse residents, then looted shops in P.");
    place(&mut d, "P", 1, "MZ");
    actor(&mut d, "Militants", 2, None);
    s.run(&mut d);
    assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some("Looting/property destruction"), "{:?}", d.events);
}

/// Arrests told in the passive after the first sentence are the aftermath of what it told, even
/// when that was no event; the first sentence's own arrest stays one. Looting words in a grievance
/// told after a protest do not turn it violent; the crowd's damage does.
#[test]
fn later_passive_arrests_are_an_aftermath_and_a_grievance_is_no_damage() {
    let s = stage();
    let run = |text: &str| {
        let mut d = doc("en", "2020-05-09", text);
        place(&mut d, "P", 1, "IN");
        s.run(&mut d);
        d.events.iter().map(|e| e.sub_event_type.clone()).collect::<Vec<_>>()
    };
    assert_eq!(run("Villagers in P accused a widow of witchcraft on Friday.\nNine people were arrested."), Vec::<String>::new());
    assert_eq!(run("A journalist was arrested in P on Friday."), ["Arrests"]);
    assert_eq!(run("Workers protested in P on Friday.\nThey also demanded the return of looted funds."), ["Peaceful protest"]);
    assert_eq!(run("Prisoners protested in P on Friday.\nChairs were burnt and property destroyed."), ["Violent demonstration"]);
    // Looting after a violent event, forces deployed after another event: its aftermath.
    assert_eq!(run("Gunmen killed a farmer in P on Friday.\nThe assailants also looted some households."), ["Attack"]);
    assert_eq!(run("Two militias clashed in P on Friday, killing 31.\nSecurity forces were deployed in the area."), ["Armed clash"]);
    // Arrests told with a toll are the killing; an arrest followed by a death in custody is an attack.
    assert_eq!(run("Seven militants were killed and three were arrested in P on Friday."), ["Armed clash"]);
    assert_eq!(run("Two gunmen died and the police seized a gun in P on Friday."), ["Armed clash"]);
    assert_eq!(run("A bomb found in P exploded while being defused, killing two policemen."), ["Remote explosive/landmine/IED"]);
    assert_eq!(run("Police arrested a man in P on Friday.\nThe police allegedly tortured him and he was killed in custody."), ["Attack"]);
}

// S18: protests
/// The ways of protesting ACLED codes as peaceful protests, in both languages: strikes, marches,
/// sit-ins, South Asian dharnas and bandhs, "villes mortes"; what a protest is about (its object
/// after the verb, what it calls for or honours) is no event of its own.
#[test]
fn the_many_ways_of_protesting_are_peaceful_protests() {
    let s = stage();
    first_types_are(&s, "IN", &[
        ("en", "Farmers staged a dharna outside the collectorate in P.", "Peaceful protest"),
        ("en", "Students gheraoed the vice-chancellor in P.", "Peaceful protest"),
        ("en", "Nurses in P went on a hunger strike over unpaid wages.", "Peaceful protest"),
        ("en", "Hundreds of marchers walked through P chanting slogans.", "Peaceful protest"),
        ("en", "Taxi drivers in P blocked traffic for two hours.", "Peaceful protest"),
        ("en", "Residents of P protested the arrest of a local activist.", "Peaceful protest"),
        ("en", "Villagers blocked a road in P to call for justice after the killing of a trader.", "Peaceful protest"),
        ("fr", "Les grévistes ont défilé dans les rues de P.", "Peaceful protest"),
        ("fr", "Une opération ville morte a paralysé P.", "Peaceful protest"),
        ("fr", "Les commerçants de P ont fermé leurs boutiques pour protester contre les taxes.", "Peaceful protest"),
        ("fr", "Une marche a été organisée à P pour réclamer la libération des otages.", "Peaceful protest"),
    ]);
}

/// The police stepping in on a crowd that stays peaceful (water cannon, rubber bullets, batons,
/// tear-gas grenades, arrests at the protest) is a "Protest with intervention"; an arrest word
/// naming a person ("the arrested leader") leaves the protest peaceful.
#[test]
fn the_police_breaking_up_a_peaceful_crowd_is_an_intervention() {
    let s = stage();
    first_types_are(&s, "CL", &[
        ("en", "Police used water cannon and rubber bullets to break up the rally in P.", "Protest with intervention"),
        ("en", "Police charged demonstrators with batons in P.", "Protest with intervention"),
        ("en", "Police detained dozens of activists at the rally in P.", "Protest with intervention"),
        ("en", "Police arrested a blogger in P, causing protests across the country.", "Arrests"),
        ("en", "Police arrested ten youths in P who had taken part in a protest.", "Arrests"),
        ("en", "Supporters of the detained leader held a sit-in in P.", "Peaceful protest"),
        ("fr", "La police a dispersé le rassemblement à coups de grenades lacrymogènes à P.", "Protest with intervention"),
        ("fr", "Les forces de l'ordre ont chargé les manifestants à coups de matraque à P.", "Protest with intervention"),
        ("fr", "La police a interpellé une dizaine de personnes lors du sit-in de P.", "Protest with intervention"),
    ]);
}

/// Serious or lethal force against a peaceful crowd is "Excessive force against protesters".
#[test]
fn serious_force_against_a_peaceful_crowd_is_excessive_force() {
    let s = stage();
    first_types_are(&s, "NG", &[
        ("en", "Several demonstrators were critically injured when police fired on the march in P.", "Excessive force against protesters"),
        ("en", "Soldiers fired live rounds at the sit-in in P.", "Excessive force against protesters"),
        ("fr", "Plusieurs manifestants ont été grièvement blessés par les tirs de la police à P.", "Excessive force against protesters"),
    ]);
}

/// The crowd's own violence comes first (ACLED): stones, burning tyres, wrecked shop windows,
/// policemen hurt make a "Violent demonstration", whatever the police did; a crowd fighting with no
/// demonstration (a brawl, a stoning, "justice populaire") is "Mob violence".
#[test]
fn a_violent_crowd_is_a_violent_demonstration_or_mob_violence() {
    let s = stage();
    first_types_are(&s, "KE", &[
        ("en", "Agitators hurled stones at the police in P.", "Violent demonstration"),
        ("en", "Workers set fire to tyres in P, demanding unpaid wages.", "Violent demonstration"),
        ("en", "Police fired tear gas at protesters in P, and three officers were injured by protesters.", "Violent demonstration"),
        ("en", "Community members stoned a suspected thief in P.", "Mob violence"),
        ("en", "A brawl broke out between two families in P.", "Mob violence"),
        ("fr", "Des casseurs ont brisé des vitrines à P pendant que les habitants manifestaient.", "Violent demonstration"),
        ("fr", "Les manifestants ont lancé des pierres sur les gendarmes à P, blessant deux gendarmes.", "Violent demonstration"),
        ("fr", "Deux présumés voleurs ont été tués à P dans un acte de justice populaire.", "Mob violence"),
        ("fr", "Une rixe a éclaté entre des jeunes de deux quartiers de P.", "Mob violence"),
    ]);
}

// S23: news precision
/// An accident, a disaster or a disease has no perpetrator: no violent event, whatever the toll; a
/// protest, an arrest or a looting about one is still an event.
#[test]
fn accidents_and_diseases_are_no_violence_but_protests_about_them_are_protests() {
    let s = stage();
    for (lang, text) in [
        ("en", "Twenty soldiers were killed in P when their helicopter crashed."),
        ("en", "Six people were killed in a gas explosion in P."),
        ("en", "The coronavirus has killed 20 people in P."),
        ("fr", "Treize militaires ont été tués à P dans la collision de deux hélicoptères."),
        ("fr", "Un soldat est mort à P à la suite de l'explosion d'une bouteille de gaz."),
        ("fr", "Le coronavirus a tué 250 personnes à P."),
    ] {
        let events = events_of(&s, lang, "2020-05-09", text, &[]);
        assert!(events.is_empty(), "{text}: {events:?}");
    }
    for (lang, text, want) in [
        ("en", "Victims of the floods protested in P against the slow aid.", "Peaceful protest"),
        ("en", "Health workers at a coronavirus centre demonstrated in P on Friday.", "Peaceful protest"),
        ("fr", "Des victimes des inondations ont manifesté à P.", "Peaceful protest"),
    ] {
        let dates: &[(&str, &str)] = if text.contains("Friday") { &[("Friday", "2020-05-08")] } else { &[] };
        let events = events_of(&s, lang, "2020-05-09", text, dates);
        assert_eq!(events.first().map(|e| e.sub_event_type.as_str()), Some(want), "{text}: {events:?}");
    }
}

/// A campaign, a war, a long stretch of fighting, a trend or a class of weapons is no one event.
#[test]
fn campaigns_stretches_and_classes_of_weapons_are_no_events() {
    let s = stage();
    for (lang, text, dates) in [
        ("en", "The rebels of P have fought a four-decade insurgency against the state.", vec![]),
        ("en", "The advance marked a moment in two months of clashes between rebels and the army in P.", vec![("two months", "P2M")]),
        ("en", "Kurdish fighters from P joined the fight against the jihadists.", vec![]),
        ("en", "Isis adherents have conducted 140 attacks in 29 countries, P among them.", vec![]),
        ("en", "The regime in P denies the use of chemical weapons.", vec![]),
        ("fr", "Après des mois de tirs de roquettes sur P, les deux pays reprennent langue.", vec![]),
        ("fr", "Quelque 4.500 militaires sont déployés à P.", vec![]),
    ] {
        let events = events_of(&s, lang, "2020-05-09", text, &dates);
        assert!(events.is_empty(), "{text}: {events:?}");
    }
    // A cue that ends inside a date dates the event rather than stretching it.
    let events = events_of(&s, "en", "2020-05-09", "Airstrikes over the past 24 hours killed 20 people in P.", &[("the past 24 hours", "PT24H")]);
    assert_eq!(events.len(), 1, "{events:?}");
}

/// A generic determiner one word before the trigger still names a kind ("such merciless attacks").
#[test]
fn a_generic_determiner_before_an_adjective_names_a_kind() {
    let s = stage();
    for (lang, text) in [("en", "The regime in P has the means for such merciless attacks."), ("fr", "Tout nouvel attentat à P sera puni.")] {
        let events = events_of(&s, lang, "2020-05-09", text, &[]);
        assert!(events.is_empty(), "{text}: {events:?}");
    }
}

/// Other senses of trigger words, and the legal name of a crime in an inquiry.
#[test]
fn units_quantities_grants_and_charges_are_no_events() {
    let s = stage();
    for (lang, text) in [
        ("en", "The US-led fighting force in P is known as the SDF."),
        ("en", "Data gathered in P from social media is imperfect."),
        ("en", "The rule in P caused a great deal of disquiet."),
        ("fr", "Le tribunal de P lui a accordé sa confiance."),
        ("fr", "Une enquête a été ouverte à P pour \"assassinats en relation avec une entreprise terroriste\"."),
    ] {
        let events = events_of(&s, lang, "2020-05-09", text, &[]);
        assert!(events.is_empty(), "{text}: {events:?}");
    }
}

/// A purpose, a plan, a likelihood or a condition: the event stays, told as not having happened.
#[test]
fn purposes_plans_and_likelihoods_are_hypothetical() {
    let s = stage();
    for (lang, text) in [
        ("en", "Assad may now feel emboldened to launch an assault on P."),
        ("en", "The plan is designed to prevent a large-scale attack on P."),
        ("en", "It is quite possible that Nato will soon conduct massacres in P."),
        ("en", "Police said the men in P were plotting to attack a church."),
        ("fr", "Ils projetaient de commettre un attentat à P."),
        ("fr", "Le programme sera suspendu en cas d'attaque terroriste à P."),
    ] {
        let events = events_of(&s, lang, "2020-05-09", text, &[]);
        assert!(events.iter().all(|e| !e.happened()), "{text}: {events:?}");
    }
}

// S21: drops

/// The text a span covers in a document.
fn text_of(d: &Document, span: Option<Span>) -> &str {
    span.map_or("", |s| d.slice(s))
}

/// Asked (`dropped` set before the stage runs), the stage tells why each trigger made no event
/// and which kept events do not count, with the trigger, the rule's reason and its cue; not asked,
/// it records nothing.
#[test]
fn explain_records_why_a_trigger_made_no_event() {
    let s = stage();
    let mut d = doc("en", "2020-05-09", "Such attacks are rare in P.");
    place(&mut d, "P", 1, "SY");
    s.run(&mut d);
    assert!(d.events.is_empty() && d.dropped.is_none(), "not asked: nothing recorded");
    d.dropped = Some(Vec::new());
    s.run(&mut d);
    let dropped = d.dropped.clone().unwrap();
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert_eq!(dropped[0].reason, "generic_determiner");
    assert_eq!(d.slice(dropped[0].trigger), "attacks");
    assert_eq!(text_of(&d, dropped[0].cue), "Such");
    assert_eq!(dropped[0].sentence, Span::new(0, d.text.len()));
    assert!(!dropped[0].reading.is_empty());

    // A date more than a month old: the past the article recalls; the cue is the date.
    let mut d = doc("en", "2020-05-09", "In 2015, rebels attacked P.");
    place(&mut d, "P", 1, "SY");
    time(&mut d, "2015", "2015");
    d.dropped = Some(Vec::new());
    s.run(&mut d);
    assert!(d.events.is_empty(), "{:?}", d.events);
    let dropped = d.dropped.clone().unwrap();
    assert_eq!(dropped.iter().map(|x| x.reason.as_str()).collect::<Vec<_>>(), ["background_date"]);
    assert_eq!(text_of(&d, dropped[0].cue), "2015");

    // A threat stays an event, not counted: the entry says so, with its cue.
    let mut d = doc("en", "2020-05-09", "Rebels threatened to attack P on Friday.");
    place(&mut d, "P", 1, "SY");
    time(&mut d, "Friday", "2020-05-08");
    d.dropped = Some(Vec::new());
    s.run(&mut d);
    assert_eq!(d.events.len(), 1);
    assert!(!d.events[0].happened());
    let dropped = d.dropped.clone().unwrap();
    assert_eq!(dropped.iter().map(|x| x.reason.as_str()).collect::<Vec<_>>(), ["hypothetical"]);
    assert_eq!(text_of(&d, dropped[0].cue), "threatened to");
    assert_eq!(d.slice(dropped[0].trigger), "attack");
}

/// A noun in passing with no anchor of its own that refers back to the story one of the two
/// sentences before it dated is that story's event when the article states no other; told after
/// an event, or far from any date, it stays a mention.
#[test]
fn a_noun_with_no_anchor_refers_back_to_the_story_dated_just_before() {
    let s = stage();
    let story = "On 2 May, soldiers sprayed fishermen with water hoses near P.";
    let noun = "The reason behind the attack is unknown.";
    let run = |sentences: &[&str], dated: bool| {
        let mut d = paragraph("en", "2020-05-09", sentences);
        if dated {
            time(&mut d, "2 May", "2020-05-02");
        }
        place(&mut d, "P", 1, "IL");
        d.dropped = Some(Vec::new());
        s.run(&mut d);
        d
    };
    let d = run(&[story, noun], true);
    assert_eq!(d.events.len(), 1, "{:?}", d.events);
    assert_eq!(d.events[0].date.as_deref(), Some("2020-05-02"));
    assert_eq!(d.slice(d.events[0].evidence), noun);
    assert!(d.dropped.as_ref().unwrap().is_empty(), "kept: no longer dropped");
    // No date before it: a mention, dropped for want of an anchor.
    let d = run(&["Soldiers sprayed fishermen with water hoses near P.", noun], false);
    assert!(d.events.is_empty(), "{:?}", d.events);
    assert_eq!(d.dropped.unwrap().iter().map(|x| x.reason.as_str()).collect::<Vec<_>>(), ["no_anchor_noun"]);
    // The date three sentences back: too far to be what "the attack" refers to.
    let d = run(&[story, "The fishermen went back to port.", "They sold their catch.", noun], true);
    assert!(d.events.is_empty(), "{:?}", d.events);
    // The story told as an event: the noun is a mention of it, no second event.
    let d = run(&["On 2 May, soldiers shot a fisherman near P.", noun], true);
    assert_eq!(d.events.len(), 1, "{:?}", d.events);
    assert_eq!(d.slice(d.events[0].evidence), "On 2 May, soldiers shot a fisherman near P.");
}

/// A generic trigger with nobody, nowhere and no toll is a word; a day named makes it one event.
#[test]
fn a_generic_trigger_with_a_day_named_is_an_event() {
    let s = stage();
    let mut d = doc("en", "2020-05-09", "A correspondent was assaulted while on duty.");
    d.dropped = Some(Vec::new());
    s.run(&mut d);
    assert!(d.events.is_empty(), "{:?}", d.events);
    assert_eq!(d.dropped.unwrap().iter().map(|x| x.reason.as_str()).collect::<Vec<_>>(), ["generic_alone"]);
    let mut d = doc("en", "2020-05-09", "On 29 April, a correspondent was assaulted while on duty.");
    time(&mut d, "29 April", "2020-04-29");
    s.run(&mut d);
    assert_eq!(d.events.len(), 1, "{:?}", d.events);
    assert_eq!(d.events[0].date.as_deref(), Some("2020-04-29"));
}

// S20: territory
/// Territory words: the taker decides; people taken are no territory; a place taken without a
/// fight is a non-violent transfer; a withdrawal after a battle is part of the battle.
#[test]
fn territory_is_taken_by_the_armed_side_named_and_people_taken_are_no_territory() {
    let s = stage();
    let types = |d: &Document| d.events.iter().map(|e| e.sub_event_type.clone()).collect::<Vec<_>>();
    // The army gained control: state forces (inter 1) regain; English and French.
    let mut d = doc("en", "2020-05-02", "On 30 April, the army gained control over the Al Hummah position near P after clashes with the rebels.");
    time(&mut d, "30 April", "2020-04-30");
    actor(&mut d, "the army", 1, Some("YE"));
    actor(&mut d, "the rebels", 2, None);
    place(&mut d, "P", 1, "YE");
    s.run(&mut d);
    assert_eq!(types(&d), ["Government regains territory"]);
    let mut d = doc("fr", "2020-05-02", "Le 30 avril, les jihadistes ont pris hier le contrôle de P.");
    time(&mut d, "30 avril", "2020-04-30");
    actor(&mut d, "les jihadistes", 2, None);
    place(&mut d, "P", 1, "ML");
    s.run(&mut d);
    assert_eq!(types(&d), ["Non-state actor overtakes territory"]);
    // Armed people captured: a fight, not a place taken.
    let mut d = doc("en", "2020-05-10", "On 8 May, regime forces captured 2 rebels on the P front.");
    time(&mut d, "8 May", "2020-05-08");
    actor(&mut d, "regime forces", 1, Some("SY"));
    place(&mut d, "P", 1, "SY");
    s.run(&mut d);
    assert_eq!(types(&d), ["Armed clash"]);
    // Killed, injured or captured: the killing types the sentence.
    let mut d = doc("en", "2020-05-08", "On 6 May, 3 militants were killed, injured or captured during operations in P.");
    time(&mut d, "6 May", "2020-05-06");
    place(&mut d, "P", 1, "TR");
    s.run(&mut d);
    assert!(!types(&d).iter().any(|t| t.contains("territory")), "{:?}", types(&d));
    // Things captured, in a sentence that names no place: nothing taken.
    let mut d = doc("en", "2020-05-08", "Vehicles were captured.");
    s.run(&mut d);
    assert!(d.events.is_empty(), "{:?}", d.events);
    // A name written with a capital is no taking ("Liberation").
    let mut d = doc("en", "2020-05-08", "On 6 May, a woman killed a commander of the People's Liberation Front of India in P.");
    time(&mut d, "6 May", "2020-05-06");
    place(&mut d, "P", 1, "IN");
    s.run(&mut d);
    assert!(!types(&d).iter().any(|t| t.contains("territory")), "{:?}", types(&d));
    // Taken without a fight: a non-violent transfer, in both languages.
    let mut d = doc("en", "2020-05-05", "On 3 May, the Taliban took control of P without a fight.");
    time(&mut d, "3 May", "2020-05-03");
    actor(&mut d, "the Taliban", 2, None);
    place(&mut d, "P", 1, "AF");
    s.run(&mut d);
    assert_eq!(types(&d), ["Non-violent transfer of territory"]);
    let mut d = doc("fr", "2020-05-05", "Le 3 mai, les rebelles ont pris le contrôle de P sans combattre.");
    time(&mut d, "3 mai", "2020-05-03");
    actor(&mut d, "les rebelles", 2, None);
    place(&mut d, "P", 1, "CF");
    s.run(&mut d);
    assert_eq!(types(&d), ["Non-violent transfer of territory"]);
    // Withdrawing after the gunfire told before it: part of the clash.
    let mut d = doc(
        "en",
        "2020-05-04",
        "On 2 May, militants attacked army positions at P.\nThe militants withdrew from the area.",
    );
    time(&mut d, "2 May", "2020-05-02");
    actor(&mut d, "militants", 2, None);
    place(&mut d, "P", 1, "SO");
    s.run(&mut d);
    assert_eq!(types(&d), ["Armed clash"]);
}

/// A missile fired by an aircraft or a drone is an air strike; an air strike named after shelling
/// as another means leaves the shelling; an explosion told without its device after a violent
/// event is that event told again.
#[test]
fn missiles_from_the_air_and_explosions_without_a_device() {
    let s = stage();
    let types = |d: &Document| d.events.iter().map(|e| e.sub_event_type.clone()).collect::<Vec<_>>();
    let mut d = doc("en", "2020-05-05", "On 3 May, a drone fired two missiles at a car near P.");
    time(&mut d, "3 May", "2020-05-03");
    place(&mut d, "P", 1, "YE");
    s.run(&mut d);
    assert_eq!(types(&d), ["Air/drone strike"]);
    let mut d = doc("fr", "2020-05-05", "Le 3 mai, des hélicoptères de l'armée ont tiré des roquettes près de P.");
    time(&mut d, "3 mai", "2020-05-03");
    place(&mut d, "P", 1, "ML");
    s.run(&mut d);
    assert_eq!(types(&d), ["Air/drone strike"]);
    let mut d = doc("en", "2020-05-05", "On 3 May, missiles were fired by a drone at a car near P.");
    time(&mut d, "3 May", "2020-05-03");
    place(&mut d, "P", 1, "YE");
    s.run(&mut d);
    assert_eq!(types(&d), ["Air/drone strike"]);
    let mut d = doc("fr", "2017-11-13", "Samedi, 26 civils ont été tués dans des bombardements à l'artillerie du régime et des frappes russes près de P.");
    time(&mut d, "Samedi", "2017-11-11");
    place(&mut d, "P", 1, "SY");
    s.run(&mut d);
    assert_eq!(types(&d), ["Shelling/artillery/missile attack"]);
    // The grenade, then "the explosion": one grenade attack, with the toll of the second telling.
    let mut d = doc("en", "2020-05-08", "On 6 May, militants threw a hand grenade at soldiers in P.\nThe explosion killed one soldier.");
    time(&mut d, "6 May", "2020-05-06");
    actor(&mut d, "militants", 2, None);
    place(&mut d, "P", 1, "SO");
    s.run(&mut d);
    assert_eq!(types(&d), ["Grenade"]);
    assert_eq!(d.events[0].fatalities, Some(1));
    assert_eq!(d.events[0].mentions.len(), 2);
    // A device named, told alone: an IED.
    let mut d = doc("en", "2020-05-06", "On 4 May, 2 bombs planted by an unknown group injured 4 workers in P.");
    time(&mut d, "4 May", "2020-05-04");
    place(&mut d, "P", 1, "AF");
    s.run(&mut d);
    assert_eq!(types(&d), ["Remote explosive/landmine/IED"]);
}

/// A violence noun in an undated sentence after a violent event ("killed in the attack") tells
/// that event again: merged into it, with its toll, not a second event of another type; alone in
/// its article, or dated, it is an event of its own.
#[test]
fn a_violence_noun_after_a_violent_event_tells_it_again() {
    let s = stage();
    let run = |sentences: &[&str]| {
        let mut d = paragraph("en", "2020-05-09", sentences);
        if let Some(day) = d.text.find("On 2 May") {
            let span = Span::new(day + 3, day + 8);
            d.times.push(TimeExpr { span, kind: TimexType::Date, value: "2020-05-02".into() });
        }
        if let Some(day) = d.text.find("on 4 May") {
            let span = Span::new(day + 3, day + 8);
            d.times.push(TimeExpr { span, kind: TimexType::Date, value: "2020-05-04".into() });
        }
        d.times.sort_by_key(|t| t.span);
        place(&mut d, "P", 1, "SO");
        d.dropped = Some(Vec::new());
        s.run(&mut d);
        d
    };
    let blast = "On 2 May, a roadside bomb exploded near a military convoy in P.";
    let d = run(&[blast, "Militants claimed they killed five soldiers in the attack."]);
    assert_eq!(d.events.len(), 1, "{:?}", d.events);
    assert_eq!(d.events[0].sub_event_type, "Remote explosive/landmine/IED");
    assert_eq!(d.events[0].fatalities, Some(5), "the toll told again is the blast's");
    assert_eq!(d.dropped.as_ref().unwrap().iter().map(|x| x.reason.as_str()).collect::<Vec<_>>(), ["refers_back"]);
    // Dated on its own: another attack.
    let d = run(&[blast, "Militants killed five soldiers in an attack in P on 4 May."]);
    assert_eq!(d.events.len(), 2, "{:?}", d.events);
    // No violent event before it: the sentence tells its own.
    let d = run(&["Militants killed five soldiers in the attack in P."]);
    assert_eq!(d.events.len(), 1, "{:?}", d.events);
}

// S18: protests
/// A protest word written with a capital inside a sentence is a name (a party, a movement), no protest.
#[test]
fn a_protest_word_in_a_name_is_no_protest() {
    let s = stage();
    for (lang, text) in [
        ("fr", "Le porte-parole du Rassemblement national a critiqué le gouvernement à P."),
        ("en", "The leader of the Democratic Rally spoke to reporters in P."),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "FR");
        s.run(&mut d);
        assert!(d.events.is_empty(), "{text}: {:?}", d.events);
    }
    first_types_are(&s, "FR", &[
        ("fr", "Des centaines de personnes se sont rassemblées à P.", "Peaceful protest"),
        ("en", "Workers protested in P on Friday.\nThe Police intervened and dispersed them.", "Protest with intervention"),
    ]);
}

// S24: triggers
/// Words that tell an event and were missing, with their families, in both languages: a toll an
/// operation left, killings told by their manner, mines set off, national roads blocked, officials
/// jeered, self-immolation, fights breaking out, stones thrown, arrests, people driven from their
/// homes, infrastructure destroyed, property set on fire, weapons workshops busted, arms laid down.
#[test]
fn missing_trigger_words_tell_their_event() {
    let s = stage();
    first_types_are(&s, "IQ", &[
        ("en", "On 5 May, the army carried out an operation against IS near P, leaving 2 IS militants dead.", "Armed clash"),
        ("en", "On 5 May, an operation in P left 3 militants dead.", "Armed clash"),
        ("fr", "Le 5 mai, l'armée a mené une opération contre l'EI près de P, faisant 2 morts parmi les jihadistes.", "Armed clash"),
        ("fr", "Le 5 mai, l'opération de l'armée à P a fait au moins 27 morts dans les rangs des jihadistes.", "Armed clash"),
        ("en", "On 5 May, gunmen slaughtered 12 villagers in P.", "Attack"),
        ("en", "On 5 May, gunmen hacked 2 villagers to death in P.", "Attack"),
        ("fr", "Le 5 mai, des hommes armés ont égorgé 2 villageois à P.", "Attack"),
        ("fr", "Le 5 mai, des policiers ont passé à tabac un journaliste à P.", "Attack"),
        ("en", "On 5 May, a vehicle ran over a mine in P, killing 2 soldiers.", "Remote explosive/landmine/IED"),
        ("en", "On 5 May, a military truck hit a mine in P.", "Remote explosive/landmine/IED"),
        ("fr", "Le 5 mai, un véhicule a sauté sur une mine à P, tuant 2 soldats.", "Remote explosive/landmine/IED"),
        ("fr", "Le 5 mai, un camion militaire a heurté une mine à P.", "Remote explosive/landmine/IED"),
        ("en", "On 5 May, workers blocked the RN 12 in P, denouncing unpaid wages.", "Peaceful protest"),
        ("fr", "Le 5 mai, des ouvriers ont bloqué la RN 12 à P pour dénoncer le non-paiement de leurs salaires.", "Peaceful protest"),
        ("en", "On 5 May, residents heckled the governor in P.", "Peaceful protest"),
        ("fr", "Le 5 mai, des habitants ont conspué le gouverneur à P.", "Peaceful protest"),
        ("fr", "Le 5 mai, des partisans ont hué le ministre à P.", "Peaceful protest"),
        ("en", "On 5 May, a man set himself on fire in front of the governor's office in P.", "Peaceful protest"),
        ("fr", "Le 5 mai, un homme s'est immolé par le feu devant le gouvernorat de P.", "Peaceful protest"),
        ("en", "On 5 May, two groups of youths came to blows in P.", "Mob violence"),
        ("fr", "Le 5 mai, des manifestants ont jeté des pierres sur la police à P.", "Violent demonstration"),
        ("en", "On 5 May, police rounded up 20 suspects in P.", "Arrests"),
        ("en", "On 5 May, police apprehended 20 suspects in P.", "Arrests"),
        ("fr", "Le 5 mai, la police a appréhendé 20 suspects à P.", "Arrests"),
        ("en", "On 5 May, gunmen forced several families out of their homes in P.", "Other"),
        ("fr", "Le 5 mai, des hommes armés ont chassé plusieurs familles de leurs maisons à P.", "Other"),
        ("en", "On 5 May, militants destroyed a telecom tower in P.", "Looting/property destruction"),
        ("fr", "Le 5 mai, des jihadistes ont détruit un pont à P.", "Looting/property destruction"),
        ("en", "On 5 May, unknown people set a bus on fire in P.", "Looting/property destruction"),
        ("en", "On 5 May, police busted an illegal arms factory in P.", "Disrupted weapons use"),
        ("en", "On 5 May, 30 militants laid down their arms in P.", "Agreement"),
        ("fr", "Le 5 mai, 30 combattants ont déposé les armes à P.", "Agreement"),
        ("en", "On 5 May, the government released 67 Taliban prisoners in P.", "Other"),
        ("en", "On 5 May, 52 soldiers were released from Taliban prisons in P.", "Other"),
    ]);
    // A workshop named as a noun needs an anchor in its sentence: here its day.
    let mut d = doc("fr", "2020-05-09", "Le 5 mai, la police a fait une descente dans une fabrique clandestine d'armes à P.");
    place(&mut d, "P", 1, "IQ");
    time(&mut d, "5 mai", "2020-05-05");
    s.run(&mut d);
    assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some("Disrupted weapons use"), "{:?}", d.events);
}

/// A toll alone sums up a war or a disaster ("la guerre a fait 10.000 morts"): no event; "mine" alone
/// is a pit, "sauter" a mine a fear, not a blast.
#[test]
fn a_toll_alone_or_a_mine_alone_is_no_event() {
    let s = stage();
    for (lang, text) in [
        ("fr", "La guerre a fait des milliers de morts à P depuis 2011."),
        ("fr", "La crue a emporté des maisons à P, faisant au moins 100 morts."),
        ("en", "The mine at P employs 300 workers."),
        ("fr", "Sa hantise à P : sauter sur une mine."),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "SY");
        s.run(&mut d);
        assert!(d.events.is_empty(), "{text}: {:?}", d.events);
    }
}

// S25: news precision 2

/// ACLED's agreements are made between conflict parties: a deal with no ceasefire, prisoners,
/// surrender, withdrawal or war in its sentence (`agreement_object`) and no rebel group or militia
/// named is a trade, political or diplomatic one, no event; `--explain` says so.
#[test]
fn an_agreement_with_no_conflict_party_or_object_is_no_event() {
    let s = stage();
    for (lang, text, parties) in [
        ("en", "On Friday, the cabinet agreed to cut taxes in P.", &[][..]),
        ("en", "Britain and the EU struck a trade deal in P on Friday.", &[("Britain", 1), ("EU", 8)][..]),
        ("fr", "Le gouvernement et l'opposition ont conclu samedi un accord sur le partage du pouvoir à P.", &[("gouvernement", 1)][..]),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        for (name, inter) in parties {
            actor(&mut d, name, *inter, None);
        }
        place(&mut d, "P", 1, "SY");
        d.dropped = Some(Vec::new());
        s.run(&mut d);
        assert!(d.events.iter().all(|e| !e.happened()), "{text}: {:?}", d.events);
        let reasons: Vec<String> = d.dropped.clone().unwrap().into_iter().map(|x| x.reason).collect();
        assert!(reasons.iter().any(|r| r == "agreement_no_conflict"), "{text}: {reasons:?}");
    }
}

/// An agreement that settles a ceasefire, an evacuation or the war itself, or that a rebel group
/// makes ("a deal with the rebels"), is ACLED's "Agreement".
#[test]
fn an_agreement_between_conflict_parties_or_about_the_war_is_kept() {
    let s = stage();
    for (lang, text, parties) in [
        ("en", "The army and the rebels agreed on a ceasefire in P on Friday.", &[][..]),
        ("en", "Government forces struck a deal with the rebels in P on Friday.", &[("rebels", 2)][..]),
        ("en", "The two leaders agreed on Saturday that there was no military solution to the war in P.", &[][..]),
        ("fr", "Le régime et les insurgés ont conclu samedi un accord d'évacuation à P.", &[][..]),
        ("fr", "Les deux présidents se sont accordés samedi sur une trêve à P.", &[][..]),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        for (name, inter) in parties {
            actor(&mut d, name, *inter, None);
        }
        place(&mut d, "P", 1, "SY");
        s.run(&mut d);
        let types: Vec<&str> = d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.as_str()).collect();
        assert_eq!(types, ["Agreement"], "{text}");
    }
}

/// An old date in the clause right before the trigger's own, with no date in the trigger's clause
/// and none recent in the sentence, dates the trigger too: the past the article recalls. A date in
/// the clause after it dates something else.
#[test]
fn an_old_date_in_the_clause_just_before_makes_the_trigger_background() {
    let s = stage();
    for (text, when, value) in [
        ("Idlib was spared an assault by the regime last autumn, after a truce between the army and the rebels in P.", "last autumn", "2018-FA"),
        ("I saw one, last fall, where 50 women protested in P.", "last fall", "2018-FA"),
    ] {
        let mut d = doc("en", "2019-02-12", text);
        place(&mut d, "P", 1, "SY");
        time(&mut d, when, value);
        d.dropped = Some(Vec::new());
        s.run(&mut d);
        assert!(d.events.iter().all(|e| !e.happened()), "{text}: {:?}", d.events);
        let reasons: Vec<String> = d.dropped.clone().unwrap().into_iter().map(|x| x.reason).collect();
        assert!(reasons.iter().any(|r| r == "background_date"), "{text}: {reasons:?}");
    }
    let text = "On Friday rebels attacked P, a town they first took in 2015.";
    let mut d = doc("en", "2019-02-12", text);
    place(&mut d, "P", 1, "SY");
    time(&mut d, "Friday", "2019-02-08");
    time(&mut d, "2015", "2015");
    s.run(&mut d);
    assert_eq!(d.events.iter().filter(|e| e.happened()).count(), 1, "{text}: {:?}", d.events);
}

// S27: news-style probes, French
/// Events told the way a wire story tells them (AFP, RFI, Le Monde): clitics and the passive for
/// territory ("s'en sont emparés", "a été reprise par", "est passée sous le contrôle des rebelles": the
/// taker named after the verb), hyphenated suicide attacks, rape told by its active verb, tear gas used
/// on protesters, a crowd that burns a house or storms a police station (mob violence), agreements,
/// arrests, bases and handovers told by their verbs; plus forms that already read right.
#[test]
fn news_style_french_sentences_are_typed_as_acled_codes_them() {
    let s = stage();
    let table = [
        ("fr", "Les soldats ont engagé le combat avec les jihadistes près de P, a déclaré le porte-parole de l'armée.", "Armed clash"),
        ("fr", "Les forces kurdes et les rebelles se sont affrontés près de P, selon l'OSDH.", "Armed clash"),
        ("fr", "La localité de P a été reprise par les jihadistes samedi.", "Non-state actor overtakes territory"),
        ("fr", "Les insurgés s'en sont emparés en quelques heures, a reconnu un responsable militaire à P.", "Non-state actor overtakes territory"),
        ("fr", "Les shebab ont capturé la localité de P, dans le centre de la Somalie.", "Non-state actor overtakes territory"),
        ("fr", "Les combattants de l'EI se sont rendus maîtres de la ville de P après de violents combats.", "Non-state actor overtakes territory"),
        ("fr", "La ville de P est passée sous le contrôle des rebelles.", "Non-state actor overtakes territory"),
        ("fr", "Des jihadistes ont capturé la ville de P.", "Non-state actor overtakes territory"),
        ("fr", "Un attentat-suicide a visé un poste de police à P, selon la police.", "Suicide bomb"),
        ("fr", "L'attaque suicide, revendiquée par l'EI, a fait 20 morts à P.", "Suicide bomb"),
        ("fr", "Des soldats ont violé au moins 20 femmes dans le village de P, selon l'ONU.", "Sexual violence"),
        ("fr", "Les ravisseurs ont emmené les victimes de P vers une destination inconnue.", "Abduction/forced disappearance"),
        ("fr", "La police a gazé les manifestants rassemblés devant le siège du parti à P.", "Protest with intervention"),
        ("fr", "Des soldats ont abattu un jeune manifestant lors d'un rassemblement contre la junte à P.", "Excessive force against protesters"),
        ("fr", "Des villageois en colère ont incendié la maison d'un présumé sorcier à P.", "Mob violence"),
        ("fr", "Une foule a battu à mort un voleur présumé sur un marché de P.", "Mob violence"),
        ("fr", "Des habitants ont brûlé vif un homme soupçonné d'enlèvement d'enfants à P.", "Mob violence"),
        ("fr", "Une foule en furie a pris d'assaut le poste de police de P pour lyncher un suspect.", "Mob violence"),
        ("fr", "Les belligérants se sont entendus sur une trêve de 72 heures à P.", "Agreement"),
        ("fr", "Les deux camps ont procédé à un échange de prisonniers à P, a annoncé la Croix-Rouge.", "Agreement"),
        ("fr", "Plusieurs militants ont été placés en garde à vue à P, selon leurs avocats.", "Arrests"),
        ("fr", "Un dirigeant de l'opposition a été écroué à P.", "Arrests"),
        ("fr", "Les autorités ont interdit toutes les manifestations à P.", "Change to group/activity"),
        ("fr", "La milice a annoncé sa dissolution à P.", "Change to group/activity"),
        ("fr", "Le groupe armé a établi un camp d'entraînement dans la forêt de P.", "Headquarters or base established"),
        ("fr", "Les milices ont installé un poste avancé près de P.", "Headquarters or base established"),
        ("fr", "Les militaires ont rasé des habitations dans le quartier de P, selon des témoins.", "Looting/property destruction"),
        ("fr", "La ville de P a été remise à l'armée par les rebelles dans le cadre de l'accord.", "Non-violent transfer of territory"),
        ("fr", "Le contrôle du district de P a été transféré pacifiquement aux milices locales.", "Non-violent transfer of territory"),
        ("fr", "Les jihadistes sont entrés sans combattre dans la localité de P.", "Non-violent transfer of territory"),
        ("fr", "Les rebelles ont pris le contrôle de la base de P après le retrait des soldats, sans un coup de feu.", "Non-violent transfer of territory"),
        ("fr", "Plus de 10 000 personnes ont été déplacées par les violences à P, selon l'ONU.", "Other"),
        ("fr", "Des frappes aériennes russes ont touché mardi un marché de P, tuant au moins neuf civils.", "Air/drone strike"),
        ("fr", "L'armée de l'air a mené des frappes contre des camps de bandits près de P.", "Air/drone strike"),
        ("fr", "Un kamikaze s'est fait exploser dimanche dans une mosquée de P, tuant au moins 50 fidèles.", "Suicide bomb"),
        ("fr", "Trois soldats ont été tués lorsque leur véhicule a sauté sur une mine près de P.", "Remote explosive/landmine/IED"),
        ("fr", "Des manifestants ont incendié des pneus et jeté des pierres sur la police à P.", "Violent demonstration"),
        ("fr", "Des milliers de personnes ont manifesté samedi à P contre le pouvoir.", "Peaceful protest"),
        ("fr", "Des hommes armés ont pillé le centre de santé du village de P.", "Looting/property destruction"),
        ("fr", "Une grenade a été lancée sur un bar de P, blessant six personnes.", "Grenade"),
    ];
    first_types_are(&s, "ML", &table);
}

/// Actors a probe sentence names, with their ACLED inter code.
type Actors = &'static [(&'static str, u8)];
/// A probe: the sentence, the type ACLED's codebook gives it, the actors the actor stage would resolve.
type Probe = (&'static str, &'static str, Actors);
/// Dates a sentence names: its words and their normalised value.
type Dates = &'static [(&'static str, &'static str)];

// S26: news-style probes, English
/// Events told the way wire services tell them (hyphenated and adverbial verbs, the taker after
/// "fell to", people captured only in the passive, hand-overs, plunder, custody, a suspicion that
/// names no event): the first event has the type ACLED's codebook gives it. The actors the actor
/// stage would resolve are given with their ACLED inter code.
#[test]
fn news_style_probes_en_are_typed_as_acled_codes_them() {
    let s = stage();
    let table: [Probe; 40] = [
        ("The Somali National Army re-captured the town of P from al-Shabaab fighters.", "Government regains territory", &[("Somali National Army", 1), ("al-Shabaab", 2)]),
        ("Afghan forces have wrested back control of the district centre of P from the Taliban.", "Government regains territory", &[("Afghan forces", 1), ("Taliban", 2)]),
        ("Government troops retook the town of P from insurgents on Sunday.", "Government regains territory", &[("Government troops", 1), ("insurgents", 2)]),
        ("Nigerian troops recovered the town of P from Boko Haram insurgents.", "Government regains territory", &[("Nigerian troops", 1), ("Boko Haram insurgents", 2)]),
        ("The town of P fell to the Taliban on Sunday after weeks of fighting.", "Non-state actor overtakes territory", &[("Taliban", 2)]),
        ("Al-Shabaab militants captured the town of P on Friday.", "Non-state actor overtakes territory", &[("Al-Shabaab militants", 2)]),
        ("Jihadists have taken over the town of P in central Mali, residents said.", "Non-state actor overtakes territory", &[]),
        ("A bomber rammed an explosives-laden vehicle into the gates of an army base in P.", "Suicide bomb", &[]),
        ("The Islamic State group claimed the suicide blast that killed 12 soldiers in P.", "Suicide bomb", &[]),
        ("The village of P came under heavy shelling from separatist positions.", "Shelling/artillery/missile attack", &[]),
        ("Armed men sexually assaulted two girls near the camp in P.", "Sexual violence", &[]),
        ("Militiamen gang-raped a woman as she fetched water near P.", "Sexual violence", &[]),
        ("A woman was sexually abused by security personnel at a checkpoint in P.", "Sexual violence", &[]),
        ("Bandits snatched 15 passengers from a bus on the highway near P.", "Abduction/forced disappearance", &[]),
        ("Security forces forcibly disappeared a human rights activist in P, his family said.", "Abduction/forced disappearance", &[]),
        ("Boko Haram fighters carried off 110 schoolgirls from P.", "Abduction/forced disappearance", &[]),
        ("The police tear-gassed protesters who had gathered outside the parliament in P.", "Protest with intervention", &[]),
        ("Troops gunned down demonstrators who were protesting against the coup in P.", "Excessive force against protesters", &[]),
        ("A protester died after being shot by police during a rally in P.", "Excessive force against protesters", &[]),
        ("Police beat a protester to death during a demonstration in P.", "Excessive force against protesters", &[]),
        ("A mob lynched a man accused of theft in the market of P.", "Mob violence", &[]),
        ("A crowd attacked and burned two men suspected of kidnapping in P.", "Mob violence", &[]),
        ("The warring parties agreed to a ceasefire in P, the UN said.", "Agreement", &[]),
        ("Armenia and Azerbaijan reached a truce after talks in P.", "Agreement", &[]),
        ("The two sides inked an accord ending months of fighting in P.", "Agreement", &[]),
        ("Clan elders brokered a peace deal between the two communities in P.", "Agreement", &[]),
        ("An opposition leader was taken into custody in P, his lawyer said.", "Arrests", &[]),
        ("A bomb disposal team defused an explosive device planted near a school in P.", "Disrupted weapons use", &[]),
        ("The militia established a new command post in the district of P.", "Headquarters or base established", &[]),
        ("Boko Haram fighters built a camp on an island near P.", "Headquarters or base established", &[]),
        ("Rebels plundered a health centre in the town of P.", "Looting/property destruction", &[]),
        ("Armed men raided the village of P and made off with livestock.", "Looting/property destruction", &[]),
        ("Pro-government militia pillaged the town of P.", "Looting/property destruction", &[]),
        ("Militants entered the town of P unopposed after troops left.", "Non-violent transfer of territory", &[]),
        ("Rebels occupied the town of P after government forces abandoned it.", "Non-violent transfer of territory", &[]),
        ("The army handed over positions in P to Russian forces.", "Non-violent transfer of territory", &[]),
        ("Soldiers forced hundreds of villagers to leave their homes in P.", "Other", &[]),
        ("Soldiers fired into the air at a checkpoint in P, causing panic among motorists.", "Other", &[]),
        ("Rival militias exchanged fire for several hours in the outskirts of P, residents said.", "Armed clash", &[("Rival militias", 3)]),
        ("A hand grenade was thrown at a police station in P.", "Grenade", &[]),
    ];
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|&(text, want, actors)| {
            let mut d = doc("en", "2020-05-09", text);
            place(&mut d, "P", 1, "NG");
            for &(name, inter) in actors {
                actor(&mut d, name, inter, None);
            }
            s.run(&mut d);
            let got = d.events.first().map(|e| e.sub_event_type.clone());
            (got.as_deref() != Some(want)).then(|| format!("{text}: want {want}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

// S31: no-event documents
/// Weapons seized or found with a quantity or a container between the verb and them, devices
/// destroyed by the ones who found them (the device the object of "destroyed"), captives freed
/// in exchange for others, places freed from a side, posts and camps set up or established (in
/// either order) are events; camps set up for the displaced, hostages freed in a town and "sur la
/// base des chiffres établis" are not the base or the territory they seem.
#[test]
fn seizures_swaps_freed_places_and_posts_are_events() {
    let s = stage();
    let table: [(&str, &str, Option<&str>, Actors); 16] = [
        ("en", "Police discovered a large stock of ammunition in P.", Some("Disrupted weapons use"), &[]),
        ("en", "Security forces destroyed two improvised explosive devices planted by militants in P.", Some("Disrupted weapons use"), &[]),
        ("fr", "Les militaires ont détruit deux engins explosifs improvisés près de P.", Some("Disrupted weapons use"), &[]),
        ("en", "An explosive device destroyed a vehicle in P, killing two soldiers.", Some("Remote explosive/landmine/IED"), &[]),
        ("en", "Police seized a huge consignment of weapons near P.", Some("Disrupted weapons use"), &[]),
        ("en", "The rebels released ten soldiers in exchange for the release of 20 fighters in P.", Some("Agreement"), &[]),
        ("en", "Security forces freed five villages from the militants in P.", Some("Government regains territory"), &[("Security forces", 1), ("militants", 2)]),
        ("en", "The army set up a new security post in P.", Some("Headquarters or base established"), &[]),
        ("en", "Two new army camps were established in P.", Some("Headquarters or base established"), &[]),
        ("fr", "Les militaires ont récupéré un important stock de munitions à P.", Some("Disrupted weapons use"), &[]),
        ("fr", "Les gendarmes ont saisi une grande quantité de grenades à P.", Some("Disrupted weapons use"), &[]),
        ("fr", "Les rebelles ont libéré dix soldats en échange de la libération de vingt combattants à P.", Some("Agreement"), &[]),
        ("fr", "Un nouveau poste militaire a été installé à P.", Some("Headquarters or base established"), &[]),
        ("en", "Relief camps were set up in P for flood victims.", None, &[]),
        ("en", "Police freed two hostages held in the town of P.", Some("Abduction/forced disappearance"), &[]),
        ("fr", "Sur la base des chiffres établis par l'ONU, la situation à P reste grave.", None, &[]),
    ];
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|&(lang, text, want, actors)| {
            let mut d = doc(lang, "2020-05-09", text);
            place(&mut d, "P", 1, "NG");
            for &(name, inter) in actors {
                actor(&mut d, name, inter, None);
            }
            s.run(&mut d);
            let got = d.events.first().map(|e| e.sub_event_type.clone());
            (got.as_deref() != want).then(|| format!("{text}: want {want:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

// S29: protests by counts
/// A demonstration whose crowd turns violent is a "Violent demonstration", whatever the police did:
/// the crowd's own act told after the grievance in a conjunct of its own ("protested against the
/// new law and clashed with police"), a riot told with no anchor of its own in the sentence right
/// before or after the protest, and more words for the crowd fighting ("running battles"). What the
/// protest is against stays the grievance ("against corruption and violence"), and a riot told far
/// from the protest does not make the crowd violent.
#[test]
fn a_crowd_that_turns_violent_after_its_grievance_or_in_the_next_sentence_makes_a_violent_demonstration() {
    let s = stage();
    let table: [(&str, &str, Option<&str>); 8] = [
        ("en", "Hundreds of students protested against the new law in P on Monday and clashed with police.", Some("Violent demonstration")),
        ("en", "Hundreds of students protested against the new law in P on Monday and threw stones at the police.", Some("Violent demonstration")),
        ("fr", "Des centaines d'étudiants ont manifesté lundi à P contre la nouvelle loi et ont lancé des pierres sur la police.", Some("Violent demonstration")),
        ("en", "Hundreds of students demonstrated in P on Monday and fought running battles with the police.", Some("Violent demonstration")),
        ("en", "Hundreds of people protested in P on Monday against corruption and violence.", Some("Peaceful protest")),
        ("fr", "Des centaines de personnes ont manifesté lundi à P contre la corruption et les violences.", Some("Peaceful protest")),
        ("en", "Hundreds of students demonstrated in P on Monday against the new law.\nProtesters hurling stones at the police.", Some("Violent demonstration")),
        (
            "en",
            "Hundreds of students demonstrated in P on Monday against the new law.\nThe city has a long history.\nEconomists expect growth.\nRioting crowds hurling stones marked past years.",
            Some("Peaceful protest"),
        ),
    ];
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|&(lang, text, want)| {
            let mut d = doc(lang, "2020-05-09", text);
            place(&mut d, "P", 1, "NG");
            s.run(&mut d);
            let got = d.events.first().map(|e| e.sub_event_type.clone());
            (got.as_deref() != want).then(|| format!("{text}: want {want:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

// S30: narrative time

/// A document in `lang` published on `published`, whose lines are paragraphs, cut into sentences
/// after each ". ".
fn s30_doc(lang: &str, published: &str, text: &str) -> Document {
    let mut d = doc(lang, published, text);
    d.sentences.clear();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' || (c == ' ' && text[..i].ends_with('.')) {
            if i > start {
                d.sentences.push(Sentence { span: Span::new(start, i) });
            }
            start = i + 1;
        }
    }
    if start < text.len() {
        d.sentences.push(Sentence { span: Span::new(start, text.len()) });
    }
    d
}

/// The happened events of `text` (published 2019-02-12, place "Qaryat", dates `times`), and the
/// reasons of the triggers dropped.
fn s30_run(lang: &str, text: &str, times: &[(&str, &str)]) -> (usize, Vec<String>) {
    let s = stage();
    let mut d = s30_doc(lang, "2019-02-12", text);
    place(&mut d, "Qaryat", 1, "SY");
    for (needle, value) in times {
        time(&mut d, needle, value);
    }
    d.times.sort_by_key(|t| t.span);
    d.dropped = Some(Vec::new());
    s.run(&mut d);
    let happened = d.events.iter().filter(|e| e.happened()).count();
    (happened, d.dropped.clone().unwrap().into_iter().map(|x| x.reason).collect())
}

/// A sentence with no date of its own goes on telling the past that the dates of the sentences
/// just before it name, when all of them are old: background, in both languages.
#[test]
fn a_sentence_with_no_date_after_an_old_date_tells_the_past() {
    for (lang, text) in [
        ("en", "In 2014, Isis swept across northern Iraq. Its fighters attacked Qaryat and killed ten soldiers."),
        ("en", "In 2014, Isis swept across northern Iraq. The world watched. Its fighters attacked Qaryat."),
        ("fr", "En 2014, l'EI a déferlé sur le nord de l'Irak. Ses combattants ont attaqué Qaryat et tué dix soldats."),
    ] {
        let (happened, reasons) = s30_run(lang, text, &[("2014", "2014")]);
        assert_eq!(happened, 0, "{text}");
        assert!(reasons.iter().any(|r| r == "background_narrative"), "{text}: {reasons:?}");
    }
}

/// A date of the sentence's own ("on Tuesday", "mardi"), a recent date among the sentences before
/// it, an old date further back than two sentences, in the paragraph before, or after an open
/// period ("since 2014") leave the event as today's news.
#[test]
fn a_sentence_with_its_own_date_or_a_recent_story_before_it_stays_news() {
    let table: [(&str, &str, Dates); 7] = [
        ("en", "In 2014, Isis swept across northern Iraq. On Tuesday its fighters attacked Qaryat.", &[("2014", "2014"), ("Tuesday", "2019-02-12")]),
        ("fr", "En 2014, l'EI a déferlé sur le nord de l'Irak. Mardi, ses combattants ont attaqué Qaryat et tué dix soldats.", &[("2014", "2014"), ("Mardi", "2019-02-12")]),
        (
            "en",
            "On Monday, rebels fought the army in Zorba. The town fell in 2014. Then the rebels attacked Qaryat.",
            &[("Monday", "2019-02-11"), ("2014", "2014")],
        ),
        ("en", "In 2014, Isis swept across northern Iraq. The world watched. Many fled. Its fighters attacked Qaryat.", &[("2014", "2014")]),
        ("en", "In 2014, Isis swept across northern Iraq.\nIts fighters attacked Qaryat.", &[("2014", "2014")]),
        ("en", "Since 2014, Isis has held the north. Its fighters attacked Qaryat.", &[("2014", "2014")]),
        ("fr", "Depuis 2014, l'EI tient le nord. Ses combattants ont attaqué Qaryat et tué dix soldats.", &[("2014", "2014")]),
    ];
    for (lang, text, times) in table {
        let (happened, reasons) = s30_run(lang, text, times);
        // The Monday story has two events: the fight and the attack.
        let want = if text.starts_with("On Monday") { 2 } else { 1 };
        assert_eq!(happened, want, "{text}: {reasons:?}");
        assert!(!reasons.iter().any(|r| r == "background_narrative"), "{text}: {reasons:?}");
    }
}

/// The trigger's own clause naming only an old date tells the past even when another clause names
/// a recent one; not when a recent date opens the sentence.
#[test]
fn an_old_date_in_the_triggers_own_clause_wins_over_a_recent_one_elsewhere() {
    for (lang, text, times) in [
        ("en", "Israel, which attacked Qaryat in 1967, placed troops on high alert on Tuesday.", [("1967", "1967"), ("Tuesday", "2019-02-12")]),
        ("fr", "Israël, qui avait attaqué Qaryat en 1967, a placé ses troupes en alerte mardi.", [("1967", "1967"), ("mardi", "2019-02-12")]),
    ] {
        let (happened, reasons) = s30_run(lang, text, &times);
        assert_eq!(happened, 0, "{text}");
        assert!(reasons.iter().any(|r| r == "background_date"), "{text}: {reasons:?}");
    }
    for (lang, text, times) in [
        ("en", "On Tuesday, hundreds protested in Qaryat against the 2018 law.", [("Tuesday", "2019-02-12"), ("2018", "2018")]),
        ("fr", "Mardi, des centaines de personnes ont manifesté à Qaryat contre la loi de 2018.", [("Mardi", "2019-02-12"), ("2018", "2018")]),
    ] {
        let (happened, reasons) = s30_run(lang, text, &times);
        assert_eq!(happened, 1, "{text}: {reasons:?}");
    }
}

/// Foreign forces clashing with the protesters of a demonstration told before: the crowd fights, a
/// violent demonstration, not a battle (ACLED's armed clash needs two organised armed sides). A
/// clash of two armed sides after a protest stays a clash.
#[test]
fn forces_clashing_with_the_protesters_after_a_protest_make_a_violent_demonstration() {
    let s = stage();
    let side = |inter: u8| Some(ActorRef { name: Some(format!("side {inter}")), inter: Some(inter), ..Default::default() });
    let event = |t: &str, a1, a2, at: usize| Event { sub_event_type: t.into(), actor1: a1, actor2: a2, evidence: Span::new(at, at + 10), ..Default::default() };
    let protest = event("Peaceful protest", side(6), None, 0);
    let types = |events: Vec<(Event, bool)>| events.into_iter().map(|(e, _)| e.sub_event_type).collect::<Vec<_>>();
    let crowd = s.protest_turned_violent(vec![(protest.clone(), true), (event("Armed clash", side(8), side(6), 20), true)]);
    assert_eq!(types(crowd).first().map(String::as_str), Some("Violent demonstration"));
    let battle = s.protest_turned_violent(vec![(protest, true), (event("Armed clash", side(8), side(2), 20), true)]);
    assert_eq!(types(battle), ["Peaceful protest", "Armed clash"]);
}

// A vague count in a later sentence with no trigger does not replace the toll stated with the event.
#[test]
fn a_vague_count_told_after_does_not_replace_a_stated_toll() {
    let s = stage();
    for (lang, text, toll) in [
        ("fr", "Au moins douze civils ont été tués dans des frappes aériennes sur P. Des secouristes ont retiré plusieurs corps des décombres.", 12),
        ("en", "At least twelve civilians were killed in air strikes on P. Rescuers pulled several bodies from the rubble.", 12),
        // A precise count told after still gives the toll, as ACLED's notes end ("2 fatalities.").
        ("en", "Gunmen attacked a village near P. 2 fatalities.", 2),
    ] {
        let events = events_of(&s, lang, "2020-05-09", text, &[]);
        assert_eq!(events.first().and_then(|e| e.fatalities), Some(toll), "{text}: {events:?}");
    }
}

// S37: news arguments
/// A medium or a company named in the sentence reports or hosts: no side of the event. A word the
/// places stage resolved to a town abroad is that town, not an actor of another country it names.
#[test]
fn media_and_homonym_places_are_no_parties() {
    let s = stage();
    let entity = |d: &mut Document, needle: &str, plover: &str, inter: Option<u8>, country: &str| {
        let span = span_of(d, needle);
        let actor = ActorRef { name: Some(needle.into()), inter, plover: Some(plover.into()), country: Some(country.into()), ..Default::default() };
        d.entities.push(Entity { span, label: EntityLabel::Organisation, actor: Some(actor) });
        d.entities.sort_by_key(|e| e.span);
    };
    // "Twitter" (a company of no actor type) before the trigger is not the attacker.
    let mut d = doc("fr", "2017-08-20", "Sur Twitter, des hommes armés ont attaqué des passants à P.");
    place(&mut d, "P", 1, "ES");
    entity(&mut d, "Twitter", "BUS", None, "US");
    s.run(&mut d);
    let names = |e: &Event| [&e.actor1, &e.actor2].map(|a| a.as_ref().and_then(|a| a.name.clone()));
    assert!(d.events.iter().all(|e| !names(e).contains(&Some("Twitter".into()))), "{:?}", d.events);
    // "Douma" resolved in Syria, in an article about Syria, is not Russia's State Duma.
    let text = "Government forces attacked Douma with chemical weapons.\nDamascus denied it.";
    let mut d = doc("en", "2018-04-14", text);
    place(&mut d, "Douma", 2, "SY");
    place(&mut d, "Damascus", 3, "SY");
    actor(&mut d, "Government forces", 1, Some("SY"));
    entity(&mut d, "Douma", "LEG", Some(1), "RU");
    s.run(&mut d);
    assert!(!d.events.is_empty());
    assert!(d.events.iter().all(|e| !names(e).contains(&Some("Douma".into()))), "{:?}", d.events);
    // The same word with no place there, or with a place alone of its country (a namesake the
    // gazetteer holds), is the actor.
    for with_place in [false, true] {
        let mut d = doc("en", "2018-04-14", text);
        if with_place {
            place(&mut d, "Douma", 2, "SY");
        }
        actor(&mut d, "Government forces", 1, Some("SY"));
        entity(&mut d, "Douma", "LEG", Some(1), "RU");
        s.run(&mut d);
        assert!(d.events.iter().any(|e| names(e).contains(&Some("Douma".into()))), "{with_place}: {:?}", d.events);
    }
}

// S38: regions, provinces
/// An event told at a province (a headline's "in Idlib province") and again at a town of that
/// province ("in Maarat al-Numan, Idlib province") is one event, at the town; a town of another
/// province, or another province, is another event.
#[test]
fn an_event_told_at_a_province_and_at_a_town_inside_it_is_one_event_at_the_town() {
    let s = stage();
    let run = |lang: &str, text: &str, town: &str, town_admin1: &str, province: &str, other_admin1: &str| {
        let mut d = doc(lang, "2020-03-03", text);
        let geo = |id: Option<u64>, kind: &str, admin1: &str| GeoRef {
            geonameid: id,
            name: Some(kind.into()),
            lat: Some(35.9),
            lon: Some(36.6),
            country: Some("SY".into()),
            admin1: Some(admin1.into()),
            kind: Some(kind.into()),
            ..Default::default()
        };
        let first = span_of(&d, province);
        let mut spans = vec![(first, geo(None, "admin1", "12"))];
        let town_span = span_of(&d, town);
        spans.push((town_span, geo(Some(167611), "city", town_admin1)));
        if let Some(at) = d.text[town_span.end..].find(province) {
            let start = town_span.end + at;
            spans.push((Span::new(start, start + province.len()), geo(None, "admin1", other_admin1)));
        }
        for (span, g) in spans {
            d.places.push(Place { span, geo: Some(g) });
        }
        d.places.sort_by_key(|p| p.span);
        let day = if lang == "fr" { "mardi" } else { "Tuesday" };
        time(&mut d, day, "2020-03-03");
        s.run(&mut d);
        d.events.into_iter().filter(|e| e.happened()).collect::<Vec<_>>()
    };
    for (lang, text, town, province) in [
        (
            "en",
            "Airstrikes kill 12 civilians in Idlib province\nAirstrikes killed 12 civilians on Tuesday in Maarat al-Numan, Idlib province, a war monitor said.",
            "Maarat al-Numan",
            "Idlib",
        ),
        (
            "fr",
            "Des frappes aériennes tuent 12 civils dans la province d'Idleb\nDes frappes aériennes ont tué 12 civils mardi à Maarat al-Noomane, dans la province d'Idleb, selon une ONG.",
            "Maarat al-Noomane",
            "Idleb",
        ),
    ] {
        let events = run(lang, text, town, "12", province, "12");
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].location.as_ref().and_then(|l| l.geonameid), Some(167611), "at the town: {events:?}");
        assert_eq!(events[0].mentions.len(), 2);
        // A town of another province: two events.
        let events = run(lang, text, town, "11", province, "11");
        assert_eq!(events.len(), 2, "{text}: {events:?}");
    }
}

/// Two provinces without a GeoNames id are two places, not one for lacking an id.
#[test]
fn two_provinces_without_an_id_are_two_places() {
    let g = |name: &str, admin1: &str| GeoRef {
        name: Some(name.into()),
        country: Some("SY".into()),
        admin1: Some(admin1.into()),
        kind: Some("admin1".into()),
        ..Default::default()
    };
    assert!(!same_place(Some(&g("Idlib", "12")), Some(&g("Hama", "11"))));
    assert!(same_place(Some(&g("Idlib", "12")), Some(&g("Idlib", "12"))));
    let town = GeoRef { geonameid: Some(7), country: Some("SY".into()), admin1: Some("12".into()), kind: Some("city".into()), ..Default::default() };
    assert!(same_place(Some(&g("Idlib", "12")), Some(&town)) && same_place(Some(&town), Some(&g("Idlib", "12"))));
    assert!(!same_place(Some(&g("Hama", "11")), Some(&town)));
    assert!(same_place(None, None) && !same_place(None, Some(&town)));
    // A region ("Middle East") holds nothing by this rule: it has no subdivision code.
    let region = GeoRef { name: Some("Middle East".into()), kind: Some("region".into()), ..Default::default() };
    assert!(!same_place(Some(&region), Some(&town)));
}

// S41: typing
/// Typing rules from the hand-checked notes, each in both languages: the state alone regains
/// territory (rebels among the takers overtake it); the crowd that clashes after what it wants
/// riots; riot words that tell what the police did are not the crowd's violence; camps for
/// refugees and posts that are jobs are no base; a release is Other unless negotiated; a lone
/// shooting, aid workers hit and talks opened are typed as ACLED codes them. `None`: no event
/// that happened.
#[test]
fn s41_typing_rules_from_the_notes_in_both_languages() {
    let s = stage();
    type Row<'a> = (&'a str, &'a str, Option<&'a str>, &'a [(&'a str, Option<u8>)]);
    let table: [Row; 30] = [
        ("en", "Turkey said it had joined allied Syrian rebel fighters to take control of YPG points near P.", Some("Non-state actor overtakes territory"), &[("Syrian", None), ("rebel fighters", Some(2)), ("YPG", Some(2))]),
        ("en", "Syrian and Russian troops retook the town of P from the YPG.", Some("Government regains territory"), &[("Syrian", None), ("YPG", Some(2))]),
        ("fr", "Des soldats syriens et des rebelles alliés ont pris le contrôle de la ville de P aux YPG.", Some("Non-state actor overtakes territory"), &[("syriens", None), ("rebelles", Some(2)), ("YPG", Some(2))]),
        ("en", "Protesters demanding the release of a jailed activist clashed with police in P.", Some("Violent demonstration"), &[("police", Some(1))]),
        ("en", "Protesters demanding an end to the clashes gathered in P.", Some("Peaceful protest"), &[]),
        ("en", "Hundreds of protesters demanding the release of detained students gathered in P.", Some("Peaceful protest"), &[]),
        ("fr", "Des manifestants réclamant la libération d'un militant se sont heurtés à la police à P.", Some("Violent demonstration"), &[("police", Some(1))]),
        ("en", "Police used violent force to disperse hundreds of protesters in P.", Some("Protest with intervention"), &[("Police", Some(1))]),
        ("en", "Police officers injured three protesters at a rally in P.", Some("Peaceful protest"), &[("Police officers", Some(1))]),
        ("en", "Protesters pelted police with stones in P, leaving five officers injured.", Some("Violent demonstration"), &[]),
        ("fr", "Des policiers ont blessé trois manifestants lors d'un rassemblement à P.", Some("Peaceful protest"), &[("policiers", Some(1))]),
        ("fr", "Des manifestants ont défilé à P et deux policiers ont été blessés.", Some("Violent demonstration"), &[]),
        ("en", "Aid agencies set up a camp for displaced families near P.", None, &[]),
        ("en", "The UN set up a refugee camp near P.", None, &[]),
        ("en", "Boko Haram set up a camp in the forest near P.", Some("Headquarters or base established"), &[("Boko Haram", Some(2))]),
        ("fr", "L'ONU a installé un camp de réfugiés près de P.", None, &[]),
        ("fr", "Les jihadistes ont installé un camp dans la forêt près de P.", Some("Headquarters or base established"), &[("jihadistes", Some(2))]),
        ("fr", "Le nouveau gouverneur a pris son poste à P.", None, &[]),
        ("en", "The rebels released 20 prisoners in P.", Some("Other"), &[("rebels", Some(2))]),
        ("en", "The government announced the release of 500 prisoners in P.", Some("Other"), &[]),
        ("en", "The rebels freed 12 hostages after negotiations with the government in P.", Some("Agreement"), &[("rebels", Some(2))]),
        ("fr", "Les rebelles ont libéré 20 prisonniers à P.", Some("Other"), &[("rebelles", Some(2))]),
        ("fr", "Les rebelles ont libéré 20 prisonniers après des négociations avec le gouvernement à P.", Some("Agreement"), &[("rebelles", Some(2))]),
        ("en", "A gunman shot dead five people at a mosque in P.", Some("Attack"), &[]),
        ("fr", "Un tireur a tué cinq personnes dans un centre commercial de P.", Some("Attack"), &[]),
        ("fr", "Une fusillade a opposé des gendarmes à des jihadistes près de P.", Some("Armed clash"), &[("gendarmes", Some(1)), ("jihadistes", Some(2))]),
        ("en", "Gunmen attacked aid workers near P, killing two.", Some("Attack"), &[]),
        ("fr", "Des hommes armés ont attaqué des humanitaires près de P.", Some("Attack"), &[]),
        ("en", "Peace talks between the Taliban and the government opened in P.", None, &[]),
        ("fr", "Les pourparlers de paix se sont ouverts à P.", None, &[]),
    ];
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|&(lang, text, want, actors)| {
            let mut d = doc(lang, "2020-05-09", text);
            place(&mut d, "P", 1, "SY");
            for &(name, inter) in actors {
                let span = span_of(&d, name);
                d.entities.push(Entity {
                    span,
                    label: EntityLabel::Organisation,
                    actor: Some(ActorRef { name: Some(name.into()), inter, country: inter.is_none().then(|| "SY".into()), ..Default::default() }),
                });
                d.entities.sort_by_key(|e| e.span);
            }
            s.run(&mut d);
            let got = d.events.iter().find(|e| e.happened()).map(|e| e.sub_event_type.clone());
            (got.as_deref() != want).then(|| format!("[{lang}] {text}: want {want:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

// S35: en future, habitual, aggregate

/// A date after the day after publication in the trigger's clause tells what is to come, unless
/// the sentence also names a past day or a time subordinator puts the date in another clause.
#[test]
fn s35_an_event_dated_to_come_is_hypothetical() {
    let s = stage();
    let run = |text: &str, dates: &[(&str, &str)]| {
        let mut d = doc("en", "2018-09-04", text);
        place(&mut d, "P", 1, "SY");
        for (needle, value) in dates {
            time(&mut d, needle, value);
        }
        d.times.sort_by_key(|t| t.span);
        s.run(&mut d);
        assert_eq!(d.events.len(), 1, "{text}: {:?}", d.events);
        let e = d.events[0].clone();
        (e.modality, e.modality_cue.map(|c| d.slice(c).to_string()))
    };
    use Modality::*;
    let to_come = run("The government set 10 September as the date for the bombardment of P.", &[("10 September", "2018-09-10")]);
    assert_eq!(to_come, (Hypothetical, Some("10 September".into())));
    let month = run("Rebels shell P next month, officials said.", &[("next month", "2018-10")]);
    assert_eq!(month, (Hypothetical, Some("next month".into())));
    // A past day in the sentence dates the event; a date beyond "after" dates another clause.
    let past = run("Rebels shelled P on 3 September ahead of talks on 10 September.", &[("3 September", "2018-09-03"), ("10 September", "2018-09-10")]);
    assert_eq!(past, (Asserted, None));
    let other = run("Delegates arrive on 10 September after rebels shelled P.", &[("10 September", "2018-09-10")]);
    assert_eq!(other, (Asserted, None));
    // The next day is often counted from an event, not from publication.
    let next_day = run("Rebels shelled P the day after, officials said.", &[("the day after", "2018-09-05")]);
    assert_eq!(next_day, (Asserted, None));
}

/// An expectation, an exposure, a decision, a task or a purpose is not the event.
#[test]
fn s35_expected_exposed_decided_or_purposed_events_did_not_happen() {
    let s = stage();
    for (text, cue) in [
        ("Forces expect to detain more fighters in P.", "expect to"),
        ("The army took the decision to attack P.", "decision to"),
        ("Special forces went to P to provide artillery support.", "to provide"),
        ("The doctrine allows force in order to stop the massacre of civilians in P.", "in order to"),
    ] {
        let (m, c) = modality_of(&s, "en", text);
        assert_eq!((m, c.as_deref()), (Modality::Hypothetical, Some(cue)), "{text}");
    }
}

/// A habit, a frequency, a trend, an ongoing war or a count over a stretch is no event.
#[test]
fn s35_habits_trends_and_counts_over_a_stretch_are_no_events() {
    let s = stage();
    for text in [
        "Rescuers have saved people from air strikes in P countless times.",
        "Air strikes on P became more frequent.",
        "Militants used rape in P as a systematic weapon.",
        "The militia has been fighting rebels in P.",
        "Recent trends of increased attacks in P worry officials.",
        "Guards have shot dead scores of people in P this year alone.",
    ] {
        let mut d = doc("en", "2020-05-09", text);
        place(&mut d, "P", 1, "SY");
        s.run(&mut d);
        assert!(d.events.iter().all(|e| !e.happened()), "{text}: {:?}", d.events);
    }
    // The same words without the habit state one event.
    for text in ["Air strikes hit P on Friday.", "The militia fought rebels in P on Friday."] {
        let mut d = doc("en", "2020-05-09", text);
        place(&mut d, "P", 1, "SY");
        time(&mut d, "Friday", "2020-05-08");
        s.run(&mut d);
        assert_eq!(d.events.iter().filter(|e| e.happened()).count(), 1, "{text}: {:?}", d.events);
    }
}

// S36: fr news precision
/// A violent event whose sentence dates it to an old day, whatever clause the date stands in, is
/// the past the article recalls; a recent date in the sentence, a protest or a year alone keep it.
#[test]
fn a_violent_event_dated_to_an_old_day_is_background() {
    let s = stage();
    let old = "Clarissa Jean-Philippe, assassinée à P, est abattue par Amédy Coulibaly le 8 janvier 2015 au matin.";
    assert!(events_of(&s, "fr", "2020-08-29", old, &[("le 8 janvier 2015", "2015-01-08")]).is_empty());
    let old_en = "Then, on 5 July this year, a British volunteer was killed during an ambush in P.";
    assert!(events_of(&s, "en", "2017-08-20", old_en, &[("5 July this year", "2017-07-05")]).is_empty());
    // A recent date in the sentence keeps it.
    let recent = "Des hommes armés ont tué trois civils à P mardi, deux ans après le massacre du 8 janvier 2015.";
    let kept = events_of(&s, "fr", "2020-08-29", recent, &[("mardi", "2020-08-25"), ("8 janvier 2015", "2015-01-08")]);
    assert_eq!(kept.len(), 1, "{kept:?}");
    // A protest's sentence dates its grievance, not the protest.
    let protest = "Des milliers de manifestants ont réclamé à P la libération de l'opposant, enlevé le 25 mars.";
    let kept = events_of(&s, "fr", "2020-06-05", protest, &[("le 25 mars", "2020-03-25")]);
    assert_eq!(kept.first().map(|e| e.sub_event_type.as_str()), Some("Peaceful protest"), "{kept:?}");
}

/// An article whose title announces a trial or an anniversary tells past violence: its violent
/// events with no recent date in the trigger's clause are background; a recent day there keeps one.
#[test]
fn violence_in_an_article_about_a_trial_is_the_past_it_judges() {
    let s = stage();
    let run = |title: &str, body: &str, dates: &[(&str, &str)]| {
        let text = format!("{title}\n{body}");
        let mut d = doc("fr", "2020-09-09", &text);
        d.meta.title = Some(vigie_core::Title { text: title.into(), origin: Origin::Text, span: Some(Span::new(0, title.len())) });
        place(&mut d, "P", 1, "FR");
        for (needle, value) in dates {
            time(&mut d, needle, value);
        }
        d.times.sort_by_key(|t| t.span);
        s.run(&mut d);
        d.events
    };
    let body = "L'attaque, qui a fait dix morts dans les locaux du journal à P, l'a stupéfait.";
    assert!(run("Au procès des attentats de 2015, les témoins à la barre", body, &[]).is_empty());
    assert!(run("Cinq ans après l'attentat, les survivants témoignent", body, &[]).is_empty());
    // The same sentence in an article whose title is no trial is an event.
    assert_eq!(run("Les témoins racontent", body, &[]).len(), 1);
    // A recent day in the trigger's clause tells today's news, trial or not.
    let today = "Des hommes armés ont attaqué mercredi un convoi à P, faisant deux morts.";
    assert_eq!(run("Procès Charlie : les témoins à la barre", today, &[("mercredi", "2020-09-09")]).len(), 1);
    // A protest at the court is today's.
    let protest = "Des centaines de manifestants ont manifesté devant le tribunal de P.";
    let kept = run("Procès Charlie : les témoins à la barre", protest, &[]);
    assert_eq!(kept.first().map(|e| e.sub_event_type.as_str()), Some("Peaceful protest"), "{kept:?}");
}

/// Other senses of French trigger words: prices that "explode", flags being hung, payments stopped.
#[test]
fn french_figurative_senses_of_explode_hang_and_stop() {
    let s = stage();
    for text in [
        "Mais à P, la spéculation a fait exploser les prix pour les particuliers.",
        "On les voit assister à l'accrochage de deux drapeaux à un balcon de P.",
        "Les notes évoquent la décision du président d'arrêter le versement de commissions à P.",
    ] {
        let events = events_of(&s, "fr", "2020-08-02", text, &[]);
        assert!(events.is_empty(), "{text}: {events:?}");
    }
    let crash = events_of(&s, "fr", "2020-09-26", "L'avion transportait 20 étudiants de l'université nationale de l'aviation de P.", &[]);
    assert!(crash.iter().all(|e| e.sub_event_type != "Air/drone strike"), "{crash:?}");
    let fly = events_of(&s, "fr", "2020-09-26", "Long de 24 mètres, l'avion peut voler à une vitesse de croisière de 440 km/h à P.", &[]);
    assert!(fly.is_empty(), "{fly:?}");
    // A threat told with a present participle is no attack.
    let (modality, _) = modality_of(&s, "fr", "Il reçoit des messages de jihadistes menaçant de le tuer à P.");
    assert_eq!(modality, Modality::Hypothetical);
    // The words in their own sense still make events.
    let real = events_of(&s, "fr", "2020-08-02", "La police a arrêté trois suspects à P mardi.", &[("mardi", "2020-07-28")]);
    assert_eq!(real.first().map(|e| e.sub_event_type.as_str()), Some("Arrests"), "{real:?}");
}

/// S40: the paragraph start found for the sentences in text order (the text read once) is the one
/// found by reading back from each sentence; a sentence before one already passed is read back.
#[test]
fn paragraph_starts_read_once_are_those_read_back() {
    let text = "Un. Deux.\nTrois. Quatre.\n\nCinq.\nSix sept. Huit.";
    let back = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut sorted: Vec<usize> =
        std::iter::once(0).chain(text.match_indices(". ").map(|(i, _)| i + 2)).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    sorted.sort();
    let mut paragraphs = Paragraphs::default();
    for &at in sorted.iter().chain([3, 0, text.len()].iter()) {
        assert_eq!(paragraphs.start(text, at), back(at), "at {at}");
    }
}

// S49: news arguments 2
/// The location of the one event of `text` (one sentence per line), with each `(needle, id)` a
/// town of Syria.
fn s49_location(s: &EventStage, lang: &str, text: &str, towns: &[(&str, u64)]) -> Option<u64> {
    let mut d = doc(lang, "2018-04-14", text);
    for (needle, id) in towns {
        place(&mut d, needle, *id, "SY");
    }
    d.places.sort_by_key(|p| p.span);
    s.run(&mut d);
    assert!(!d.events.is_empty(), "{text}");
    d.events[0].location.as_ref().and_then(|l| l.geonameid)
}

/// "The Damascus suburb of Douma", "la banlieue de Damas, Douma": the capital is the container,
/// the event is at the town inside it. A capital that is the part named ("the Shufat neighbourhood
/// of Jerusalem": Jerusalem the container) or no capital named first leaves the first town.
#[test]
fn a_capital_named_as_the_container_of_a_town_is_not_where() {
    let s = stage();
    let en = "Chemical weapons were used on Saturday in the Damascus suburb of Douma, killing 40 people.";
    assert_eq!(s49_location(&s, "en", en, &[("Damascus", 1), ("Douma", 2)]), Some(2));
    let fr = "Des frappes aériennes ont tué 40 civils samedi dans la banlieue de Damas, Douma.";
    assert_eq!(s49_location(&s, "fr", fr, &[("Damas", 1), ("Douma", 2)]), Some(2));
    // Not a capital named first: the first town, as before.
    let part = "Gunmen attacked a checkpoint in the Shufat neighbourhood of Jerusalem, killing two people.";
    assert_eq!(s49_location(&s, "en", part, &[("Shufat", 2), ("Jerusalem", 1)]), Some(2));
    // The phrase between them is needed: "from Damascus to Douma" keeps the first.
    let trip = "Gunmen attacked a convoy going from Damascus to Douma, killing two people.";
    assert_eq!(s49_location(&s, "en", trip, &[("Damascus", 1), ("Douma", 2)]), Some(1));
}

/// A capital city that acts, the agent of a passive verb or the subject of a verb, is its state,
/// not where the event happened; the subject of a passive is the place.
#[test]
fn a_capital_that_acts_is_not_where() {
    let s = stage();
    // The agent: the strikes were in Idlib.
    let fr = "Des frappes aériennes attribuées par Ankara au régime ont tué 33 soldats à Idleb.";
    assert_eq!(s49_location(&s, "fr", fr, &[("Ankara", 1), ("Idleb", 2)]), Some(2));
    let en = "The air strikes, kept quiet by Moscow, killed 200 fighters near Deir ez-Zor.";
    assert_eq!(s49_location(&s, "en", en, &[("Moscow", 1), ("Deir ez-Zor", 2)]), Some(2));
    // Two capitals joined after the agent marker: both act.
    let joined = "The attack, condemned by Niamey and Paris, killed eight people near Koure.";
    assert_eq!(s49_location(&s, "en", joined, &[("Niamey", 1), ("Paris", 3), ("Koure", 2)]), Some(2));
    // The capital that ends its sentence acts too.
    let last = "Fighters gathered near Koure.\nAir strikes killed 20 fighters, strikes launched by Niamey and Paris.";
    assert_eq!(s49_location(&s, "en", last, &[("Koure", 2), ("Niamey", 1), ("Paris", 3)]), Some(2));
    // The subject of a verb (an auxiliary or a modal after a capital that opens its clause).
    let subject = "Syria said that Damascus has shelled the rebels in Douma, killing 10 people.";
    assert_eq!(s49_location(&s, "en", subject, &[("Damascus", 1), ("Douma", 2)]), Some(2));
    // The subject of a passive is where.
    for passive in ["Damascus was shelled by the rebels near Douma, killing 10 people.", "Damascus has been shelled by rebels near Douma, killing 10 people."] {
        assert_eq!(s49_location(&s, "en", passive, &[("Damascus", 1), ("Douma", 2)]), Some(1), "{passive}");
    }
    // After a locative preposition, the capital is a place.
    let located = "In Damascus, the rebels shelled Douma, killing 10 people.";
    assert_eq!(s49_location(&s, "en", located, &[("Damascus", 1), ("Douma", 2)]), Some(1));
}

/// S49: the parties of a sentence taken from the document's list sorted by position (a binary
/// search) are those a scan of every mention and entity finds, in the same order.
#[test]
fn candidates_in_a_window_are_those_a_scan_finds() {
    let text = "Rebels attacked the army.\nThe army and the police clashed with rebels.\nNobody.";
    let mut d = doc("en", "2020-01-01", text);
    actor(&mut d, "Rebels", 2, None);
    actor(&mut d, "the army", 1, Some("SY"));
    actor(&mut d, "The army", 1, Some("SY"));
    actor(&mut d, "the police", 1, Some("SY"));
    actor(&mut d, "rebels", 2, None);
    // A mention and an entity at the same place: the mention first, as the scan gives them.
    let span = span_of(&d, "the police");
    d.mentions.push(vigie_core::ActorMention { span, actor: ActorRef { inter: Some(1), ..Default::default() } });
    let candidates = Candidates::new(&d);
    for sentence in d.sentences.iter().map(|s| s.span).chain([Span::new(0, text.len()), Span::new(3, 40)]) {
        let scan: Vec<(Span, ActorRef)> = d
            .mentions
            .iter()
            .filter(|m| m.actor.inter.is_some())
            .map(|m| (m.span, m.actor.clone()))
            .chain(d.entities.iter().filter_map(|e| e.actor.clone().map(|a| (e.span, a))))
            .filter(|(s, _)| sentence.contains(*s))
            .collect();
        let mut scan_sorted = scan.clone();
        scan_sorted.sort_by_key(|(s, _)| s.start);
        let window: Vec<(Span, ActorRef)> = candidates.within(sentence).map(|(s, a)| (s, a.clone())).collect();
        assert_eq!(window, scan_sorted, "{sentence:?}");
    }
}

// S47: en history
/// Runs the stage on one English sentence published 2018-03-18 with place "P" and the given
/// temporal expressions (`kind`, needle, value); returns the events that happened.
fn s47_happened(text: &str, times: &[(TimexType, &str, &str)]) -> Vec<Event> {
    let s = stage();
    let mut d = doc("en", "2018-03-18", text);
    place(&mut d, "P", 1, "SY");
    for (kind, needle, value) in times {
        let span = span_of(&d, needle);
        d.times.push(TimeExpr { span, kind: *kind, value: (*value).into() });
    }
    d.times.sort_by_key(|t| t.span);
    s.run(&mut d);
    d.events.into_iter().filter(|e| e.happened()).collect()
}

/// A toll or a fight told in the present perfect over a campaign, a war or a period of weeks or
/// more is an aggregate, not one event; a day, a count of days, one death or a "first ... for
/// months" keeps the news.
#[test]
fn s47_a_toll_over_a_campaign_or_a_long_period_is_no_event() {
    use TimexType::{Date, Duration};
    for (text, times) in [
        ("At least 250 civilians have been killed in the bombardment of P as the army advanced.", vec![]),
        ("Government forces have used chemical weapons 50 times in P during the seven-year-long conflict.", vec![]),
        ("In the last few weeks, air strikes have killed more than 600 civilians in P.", vec![(Duration, "the last few weeks", "PXW")]),
        ("The coalition has killed more than 6,000 fighters in P in the past three years.", vec![(Duration, "the past three years", "P3Y")]),
    ] {
        let kept = s47_happened(text, &times);
        assert!(kept.is_empty(), "{text}: {kept:?}");
    }
    for (text, times) in [
        ("Two civilians have been killed in an air strike in P on Saturday.", vec![(Date, "Saturday", "2018-03-17")]),
        ("Up to 24 civilians have been killed in P in the first three days of the offensive.", vec![(Duration, "three days", "P3D")]),
        ("A British woman has been killed in P in the offensive.", vec![]),
        ("Russia has sent aircraft to bomb P in its first major assault for months.", vec![(Duration, "months", "PXM")]),
        ("At least 250 civilians were killed in the bombardment of P.", vec![]),
    ] {
        let kept = s47_happened(text, &times);
        assert_eq!(kept.len(), 1, "{text}: {kept:?}");
    }
}

/// A territory word right after a noun of held places describes those places; told with a verb
/// or with a date it is a capture.
#[test]
fn s47_places_described_by_their_capture_are_no_capture() {
    for text in ["Reprisals have taken place in areas retaken by the army in P.", "Aid workers are busy in P and other towns recaptured from Isis."] {
        let kept = s47_happened(text, &[]);
        assert!(kept.iter().all(|e| !e.sub_event_type.contains("territory")), "{text}: {kept:?}");
    }
    let kept = s47_happened("The army retook P from Isis on Saturday.", &[(TimexType::Date, "Saturday", "2018-03-17")]);
    assert!(kept.iter().any(|e| e.sub_event_type.contains("territory")), "{kept:?}");
}

/// An English title announcing a trial or an anniversary makes the violence the article tells the
/// past it judges or remembers.
#[test]
fn s47_violence_in_an_english_article_about_a_trial_is_the_past() {
    let s = stage();
    let run = |title: &str, body: &str| {
        let text = format!("{title}\n{body}");
        let mut d = doc("en", "2021-09-10", &text);
        d.meta.title = Some(vigie_core::Title { text: title.into(), origin: Origin::Text, span: Some(Span::new(0, title.len())) });
        place(&mut d, "P", 1, "FR");
        s.run(&mut d);
        d.events.into_iter().filter(|e| e.happened()).count()
    };
    let body = "Gunmen stormed the concert hall in P and killed 90 people.";
    assert_eq!(run("Bataclan trial: survivors describe the night of terror", body), 0);
    assert_eq!(run("Five years after the attack, survivors remember", body), 0);
    assert_eq!(run("Survivors describe the night of terror", body), 1);
}

// S50: clash precision

/// The clashes that happened, in a one-line-per-sentence text with the place P, the actors given
/// that the text names and the dates given.
fn s50_clashes(lang: &str, text: &str, actors: &[(&str, u8)], times: &[(&str, &str)]) -> Vec<Event> {
    let s = stage();
    let mut d = doc(lang, "2018-03-18", text);
    place(&mut d, "P", 1, "SY");
    for (needle, inter) in actors.iter().filter(|(n, _)| text.contains(n)) {
        actor(&mut d, needle, *inter, None);
    }
    for (needle, value) in times {
        time(&mut d, needle, value);
    }
    d.times.sort_by_key(|t| t.span);
    s.run(&mut d);
    d.events.into_iter().filter(|e| e.happened() && e.sub_event_type == "Armed clash").collect()
}

/// Fighting said of people (a relative clause, a side taken, an aim, a policy, a campaign) and
/// another sense of "battle" or "fought" are no engagement.
#[test]
fn s50_fighting_said_of_people_is_no_clash() {
    let sides = [("the rebels", 2), ("the army", 1), ("Kurdish forces", 2), ("Isis", 2)];
    for text in [
        "Kurdish forces who have fought with the army in P were praised.",
        "Who is fighting whom in P?",
        "The rebels, fighting alongside Kurdish forces in P, lost ground.",
        "He was accused of fighting for Isis in P.",
        "The rebels were fighting on the side of the army in P.",
        "Kurdish forces, fighting to defeat Isis in P, made a statement.",
        "Washington focused its energies on fighting Isis in P.",
        "Kurdish forces fighting against the army in P called for help.",
        "The rebels lost their fight against the army in P.",
        "Pursuing national agendas on such a crowded battlefield in P is hard.",
        "Among them are 2,000 battle-tested fighters of Isis from P.",
        "The primary in P is traditionally hard fought among contenders.",
        "The battle for P has produced no clear winners.",
        "The battle to reclaim P is likely to be a grinding effort.",
    ] {
        let kept = s50_clashes("en", text, &sides, &[]);
        assert!(kept.is_empty(), "{text}: {kept:?}");
    }
    let kept = s50_clashes("en", "The rebels fought the army in P on Saturday.", &sides, &[("Saturday", "2018-03-17")]);
    assert_eq!(kept.len(), 1, "{kept:?}");
    let kept = s50_clashes("en", "Four Kurdish fighters killed on the battlefront in P were buried.", &sides, &[]);
    assert_eq!(kept.len(), 1, "{kept:?}");
}

/// A clash told in passing, with its sides but no day, no toll and no agent, names a war, not one
/// engagement, when its town stands in another clause or it is a participle describing a side;
/// opening its clause, or a noun with its town in its clause, it is the news.
#[test]
fn s50_a_clash_in_passing_needs_a_day_a_toll_or_an_agent() {
    let sides = [("the rebels", 2), ("the army", 1)];
    for text in [
        "P is a stronghold of the rebels fighting the army.",
        "Civilians in P, the town, fled the fighting between the rebels and the army.",
    ] {
        let kept = s50_clashes("en", text, &sides, &[]);
        assert!(kept.is_empty(), "{text}: {kept:?}");
    }
    let kept = s50_clashes("en", "Civilians in P fled the fighting between the rebels and the army on Saturday.", &sides, &[("Saturday", "2018-03-17")]);
    assert_eq!(kept.len(), 1, "a day anchors it: {kept:?}");
    let kept = s50_clashes("en", "New fighting between the rebels and the army has spread to P.", &sides, &[]);
    assert_eq!(kept.len(), 1, "the subject of its clause: {kept:?}");
    let kept = s50_clashes("en", "Civilians fled the fighting between the rebels and the army in P.", &sides, &[]);
    assert_eq!(kept.len(), 1, "its town in its clause: {kept:?}");
}

/// French: a relative clause, an infinitive of purpose, a total of the dead "au combat" over
/// operations, "retourner au combat" and a combat unit are no clash; a soldier "tué au combat lundi"
/// is one, and "avions de combat", "sans combattre" keep their own readings.
#[test]
fn s50_french_combat_said_of_people_is_no_clash() {
    let sides = [("les rebelles", 2), ("l'armée", 1)];
    for text in [
        "La Russie a repris ses prisonniers, y compris ceux qui ont combattu à P.",
        "La Turquie a envoyé des troupes combattre à P.",
        "Au total, 45 soldats sont morts au combat dans les opérations menées à P.",
        "Les prisonniers libérés de P retourneront au combat.",
        "Il a rejoint une unité de combat à P.",
        "La force Barkhane, qui combat les rebelles à P, compte 5.100 militaires.",
        "Notre combat se poursuit à P.",
        "Les forces ont repris P après plus d'un an de combats.",
    ] {
        let kept = s50_clashes("fr", text, &sides, &[]);
        assert!(kept.is_empty(), "{text}: {kept:?}");
    }
    let kept = s50_clashes("fr", "Un légionnaire a été tué au combat lundi à P.", &sides, &[("lundi", "2018-03-12")]);
    assert_eq!(kept.len(), 1, "{kept:?}");
    let s = stage();
    for (text, expected) in [
        ("Des avions de combat ont frappé P samedi.", "Air/drone strike"),
        ("Les rebelles sont entrés sans combattre à P samedi.", "Non-violent transfer of territory"),
    ] {
        let mut d = doc("fr", "2018-03-18", text);
        place(&mut d, "P", 1, "SY");
        if text.contains("rebelles") {
            actor(&mut d, "rebelles", 2, None);
        }
        time(&mut d, "samedi", "2018-03-17");
        s.run(&mut d);
        assert!(d.events.iter().any(|e| e.sub_event_type == expected), "{text}: {:?}", d.events);
    }
}

// S48: fr news 2
/// Violence dropped as the past the article recalls still absorbs what names it again or follows
/// it: the ghost and its tellings go together, and a later recent event is still one.
#[test]
fn recalled_violence_absorbs_its_later_tellings() {
    let s = stage();
    let old = "Le 8 janvier 2015, des hommes armés ont attaqué un commissariat à P.\nTrois policiers ont été tués dans cette attaque.";
    let events = events_of(&s, "fr", "2020-09-09", old, &[("8 janvier 2015", "2015-01-08")]);
    assert!(events.is_empty(), "{events:?}");
    // The same article told as news: one event, told twice.
    let news = "Mardi, des hommes armés ont attaqué un commissariat à P.\nTrois policiers ont été tués dans cette attaque.";
    let events = events_of(&s, "fr", "2020-09-09", news, &[("Mardi", "2020-09-08")]);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].mentions.len(), 2, "{events:?}");
    // An undated event told after the recalled one, given the article's date, is news.
    let later = "Le 8 janvier 2015, des hommes armés ont tué trois policiers à P.\nDes hommes armés ont tué deux soldats à P.";
    let events = events_of(&s, "fr", "2020-09-09", later, &[("8 janvier 2015", "2015-01-08")]);
    assert_eq!(events.len(), 1, "{events:?}");
    // A recent event dated after the recalled one is its own.
    let both = "Le 8 janvier 2015, des hommes armés ont tué trois policiers à P.\nMardi, des hommes armés ont tué deux soldats à P.";
    let events = events_of(&s, "fr", "2020-09-09", both, &[("8 janvier 2015", "2015-01-08"), ("Mardi", "2020-09-08")]);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].date.as_deref(), Some("2020-09-08"), "{events:?}");
    // An ACLED note's closing toll is its main event's, not the recalled one's.
    let note = "On 5 May 2020, in P, a taxi driver was shot dead by gunmen.\nAnother member of the same group was attacked on 2 February 2020.\n1 fatality";
    let events = events_of(&s, "en", "2020-05-05", note, &[("5 May 2020", "2020-05-05"), ("2 February 2020", "2020-02-02")]);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].fatalities, Some(1), "{events:?}");
}

/// Violence whose sentence names only old years or months ("en 2008, 2011 ou 2015", "le raid de
/// janvier 2015") is the past recalled; a recent day beside an old year keeps the event.
#[test]
fn violence_dated_by_old_years_or_months_only_is_background() {
    let s = stage();
    let years = "Dans les années suivantes, plusieurs affrontements auront lieu à P, en 2008, 2011 ou 2015.";
    let dates = [("2008", "2008"), ("2011", "2011"), ("2015", "2015")];
    assert!(events_of(&s, "fr", "2018-05-14", years, &dates).is_empty());
    let month = "Al-Qaïda affirme que le raid meurtrier de janvier 2015 contre le journal à P n'était pas un incident ponctuel.";
    assert!(events_of(&s, "fr", "2020-09-22", month, &[("janvier 2015", "2015-01")]).is_empty());
    // A recent day in the sentence keeps it.
    let recent = "Des combats ont éclaté lundi à P, faisant dix morts, les plus violents depuis 2014.";
    let kept = events_of(&s, "fr", "2018-05-14", recent, &[("lundi", "2018-05-14"), ("2014", "2014")]);
    assert_eq!(kept.len(), 1, "{kept:?}");
    // A year of this month is no old year.
    let current = "Des combats ont éclaté à P en mai 2018, faisant dix morts.";
    assert_eq!(events_of(&s, "fr", "2018-05-14", current, &[("mai 2018", "2018-05")]).len(), 1);
}

/// Other senses of "combat", "bombe" and "rassemblés", and a title one year or months after.
#[test]
fn french_other_senses_of_combat_bomb_and_gathered() {
    let s = stage();
    for text in [
        "Il obtient le brevet de nageur de combat et rejoint le commando Hubert à P.",
        "Les tags écrits à la bombe de couleur jaune ont été découverts à P mardi matin.",
        "Des déflagrations ont frappé l'église de P où les fidèles étaient rassemblés pour célébrer la messe.",
    ] {
        let events = events_of(&s, "fr", "2019-04-21", text, &[]);
        assert!(events.iter().all(|e| !matches!(e.sub_event_type.as_str(), "Armed clash" | "Disrupted weapons use" | "Peaceful protest")), "{text}: {events:?}");
    }
    let title = "Champs-Élysées, un an après : hommage au policier tué";
    let body = "L'attaque, qui a fait un mort sur l'avenue à P, avait choqué le pays.";
    let text = format!("{title}\n{body}");
    let mut d = doc("fr", "2018-04-20", &text);
    d.meta.title = Some(vigie_core::Title { text: title.into(), origin: Origin::Text, span: Some(Span::new(0, title.len())) });
    place(&mut d, "P", 1, "FR");
    s.run(&mut d);
    assert!(d.events.is_empty(), "{:?}", d.events);
}

/// S47: an open period after the trigger that opens on an old date, or in the present perfect any
/// open period after it, counts since then; a relative clause's perfect or a recent date does not.
#[test]
fn s47_a_count_since_an_old_date_or_since_a_past_event_is_no_event() {
    use TimexType::Date;
    for (text, times) in [
        ("Airstrikes killed 315 fighters in P since 2014, the ministry said.", vec![(Date, "2014", "2014")]),
        ("Thousands of women have been raped by the militants in P since the group swept into the region.", vec![]),
        ("Insurgents have killed thousands of soldiers in P since the 2003 invasion.", vec![(Date, "2003", "2003")]),
    ] {
        let kept = s47_happened(text, &times);
        assert!(kept.is_empty(), "{text}: {kept:?}");
    }
    for (text, times) in [
        ("On Monday, the army clashed with militants who have occupied P since 2015.", vec![(Date, "Monday", "2018-03-12"), (Date, "2015", "2015")]),
        ("Rebels have since attacked the army in P.", vec![]),
    ] {
        let kept = s47_happened(text, &times);
        assert_eq!(kept.len(), 1, "{text}: {kept:?}");
    }
}

/// S47: a trigger named by an old date after a determiner is that past event, even in a sentence
/// with a recent date; the same trigger dated by a recent day is news.
#[test]
fn s47_an_event_named_by_an_old_date_is_the_past() {
    use TimexType::Date;
    let kept = s47_happened("Officials said on Monday that 1,700 people died in the 2013 sarin attack in P.", &[(Date, "Monday", "2018-03-12"), (Date, "2013", "2013")]);
    assert!(kept.is_empty(), "{kept:?}");
    let kept = s47_happened("Officials said 70 people died in a sarin attack in P on Monday.", &[(Date, "Monday", "2018-03-12")]);
    assert_eq!(kept.len(), 1, "{kept:?}");
}

/// S47: an event measured against a period ("the deadliest attack since 2015", "its first major
/// assault for months") is one event, not a count over the period.
#[test]
fn s47_the_first_or_deadliest_event_since_a_date_is_one_event() {
    use TimexType::{Date, Duration};
    let kept = s47_happened("Militants killed 40 soldiers in P in the deadliest attack since 2015.", &[(Date, "2015", "2015")]);
    assert_eq!(kept.len(), 1, "{kept:?}");
    let kept = s47_happened("Aircraft have bombed P in the first major assault for months.", &[(Duration, "months", "PXM")]);
    assert_eq!(kept.len(), 1, "{kept:?}");
}

/// An elided article ("l'attaque") makes its trigger a noun, as "la", "le" do: told in passing with
/// no anchor it names the event told elsewhere; claimed ("a revendiqué l'attaque") it happened.
#[test]
fn french_elided_article_makes_a_noun_in_passing() {
    let s = stage();
    let passing = events_of(&s, "fr", "2020-09-26", "En revanche, le président n'entend pas s'exprimer au sujet de l'attaque de P.", &[]);
    assert!(passing.is_empty(), "{passing:?}");
    let toll = events_of(&s, "fr", "2020-09-26", "Trois personnes ont été tuées dans l'attaque de P.", &[]);
    assert_eq!(toll.len(), 1, "{toll:?}");
    let claimed = events_of(&s, "fr", "2020-09-26", "Le groupe a revendiqué l'attaque de P.", &[]);
    assert_eq!(claimed.len(), 1, "{claimed:?}");
}

// Integration: a comma or a point between digits is part of a number, not a clause mark.
#[test]
fn a_comma_inside_a_number_opens_no_clause() {
    let text = "Airstrikes killed 4,315 fighters and 1.5 million fled.";
    let words = crate::fold::words(text, vigie_core::Span::new(0, text.len()));
    let breaks = crate::modality::clause_breaks(text, &words);
    let opened: Vec<&str> = words.iter().zip(&breaks).skip(1).filter(|(_, b)| **b).map(|(w, _)| &text[w.span.start..w.span.end]).collect();
    assert!(opened.is_empty(), "{opened:?}");
    let text = "The town fell, and 4 died.";
    let words = crate::fold::words(text, vigie_core::Span::new(0, text.len()));
    let breaks = crate::modality::clause_breaks(text, &words);
    assert!(words.iter().zip(&breaks).any(|(w, b)| *b && &text[w.span.start..w.span.end] == "and"));
}

// S51: attack means
/// The means named beside a generic attack or killing word types the event: the gas or the nerve
/// agent (Chemical weapon), the aircraft that attacked or a country's strikes (Air/drone strike);
/// tear gas told first stays a protest intervention; a mass shooting is an attack, not a clash.
#[test]
fn s51_the_means_beside_a_generic_attack_word_types_the_event() {
    let s = stage();
    let type_of = |lang: &str, text: &str| -> Vec<String> {
        events_of(&s, lang, "2018-04-10", text, &[]).into_iter().map(|e| e.sub_event_type).collect()
    };
    for (lang, text, want) in [
        ("en", "Forty civilians were killed in a chemical gas attack on P on Saturday.", "Chemical weapon"),
        ("en", "A gas attack killed 40 civilians in P.", "Chemical weapon"),
        ("en", "Two men were left critically ill after a nerve gas attack in P.", "Chemical weapon"),
        ("en", "For the past two nights US jets and helicopters have attacked militants in P.", "Air/drone strike"),
        ("en", "A vehicle bomb killed 12 people in P.", "Remote explosive/landmine/IED"),
        ("en", "A gunman killed nine people in a mass shooting in P.", "Attack"),
        ("fr", "Une attaque au gaz a tué 40 civils à P samedi.", "Chemical weapon"),
        ("fr", "Deux personnes ont été tuées par un agent neurotoxique à P.", "Chemical weapon"),
        ("fr", "Quatorze combattants ont été tués dans des frappes israéliennes à P.", "Air/drone strike"),
        ("fr", "Deux voitures piégées ont tué 12 personnes à P.", "Remote explosive/landmine/IED"),
    ] {
        assert_eq!(type_of(lang, text), [want], "{text}");
    }
    // Tear gas told before the attack word is the police's, at a protest: no chemical weapon.
    for (lang, text) in [
        ("en", "Riot police launched a tear gas attack on protesters in P."),
        ("fr", "Les gendarmes ont dispersé les manifestants avec une attaque au gaz lacrymogène à P."),
    ] {
        assert!(!type_of(lang, text).iter().any(|t| t == "Chemical weapon"), "{text}");
    }
}

/// S51: a killing told after a suicide bombing of the same day and place, without its means, is the
/// bombing told again: one event, typed by the means told first, with the toll; a clash is not.
#[test]
fn s51_an_attack_told_after_a_bombing_of_the_same_day_and_place_is_the_bombing() {
    let s = stage();
    let text = "A suicide bomber struck a restaurant in P on Wednesday.\nTwo soldiers and two civilians were killed.";
    let events = events_of(&s, "en", "2019-01-17", text, &[("Wednesday", "2019-01-16")]);
    let types: Vec<&str> = events.iter().map(|e| e.sub_event_type.as_str()).collect();
    assert_eq!(types, ["Suicide bomb"], "{events:?}");
    assert!(events[0].fatalities.unwrap_or(0) > 0, "the toll told after is the bombing's: {events:?}");
    let text = "Une voiture piégée a explosé mercredi à P.\nQuatre civils ont été tués.";
    let events = events_of(&s, "fr", "2019-01-17", text, &[("mercredi", "2019-01-16")]);
    let types: Vec<&str> = events.iter().map(|e| e.sub_event_type.as_str()).collect();
    assert_eq!(types, ["Remote explosive/landmine/IED"], "{events:?}");
    // A firefight told after the bomb is no retelling of it: ACLED codes the fighting.
    let text = "Une voiture piégée a explosé mercredi à P.\nQuatre soldats ont été tués.";
    let events = events_of(&s, "fr", "2019-01-17", text, &[("mercredi", "2019-01-16")]);
    let types: Vec<&str> = events.iter().map(|e| e.sub_event_type.as_str()).collect();
    assert_eq!(types, ["Remote explosive/landmine/IED", "Armed clash"], "{events:?}");
}

// S52: aircraft owners. The aircraft with its owner is who strikes, also when the aircraft noun is
// the trigger told after an elided article ("l'aviation russe a bombardé").
#[test]
fn s52_aircraft_owner_told_with_the_trigger_word_is_actor1() {
    let s = stage();
    for (lang, text, owner) in [
        ("fr", "L'aviation russe a bombardé P mardi.", "aviation russe"),
        ("fr", "Mardi, l'aviation du régime a bombardé P.", "aviation du régime"),
        ("en", "Regime aircraft bombed P on Tuesday.", "Regime aircraft"),
        ("en", "Turkish jets struck P on Tuesday.", "Turkish jets"),
    ] {
        let mut d = doc(lang, "2017-05-10", text);
        place(&mut d, "P", 1, "SY");
        actor(&mut d, owner, 1, Some("RU"));
        s.run(&mut d);
        let strike = d.events.iter().find(|e| e.sub_event_type == "Air/drone strike").unwrap_or_else(|| panic!("{text}: {:?}", d.events));
        assert_eq!(strike.actor1.as_ref().and_then(|a| a.name.as_deref()), Some(owner), "{text}: {strike:?}");
    }
}

// S62: en news precision.

/// A filler paragraph of `n` words with no trigger, told by a narrator in the first person when
/// `first_person` (one "I" every eight words), else in the third person.
fn s62_filler(n: usize, first_person: bool) -> String {
    let unit = if first_person { "I walked along the river and thought about home" } else { "The committee walked along the river and discussed the budget" };
    let words: Vec<&str> = unit.split(' ').collect();
    let mut out: Vec<&str> = (0..n).map(|i| words[i % words.len()]).collect();
    if let Some(last) = out.last_mut() {
        *last = "again.";
    }
    out.join(" ")
}

/// The events that count (told as having happened).
fn s62_counted(events: Vec<Event>) -> Vec<String> {
    events.into_iter().filter(|e| e.happened()).map(|e| e.sub_event_type).collect()
}

/// S118, S121: (language, told as no event, the same told as one event, the control's dates
/// (needle, value), the control's type).
type ControlCase<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, &'a str)], &'a str);

/// S118, S121: each case's first text makes no counted event, and its control (the same told as
/// an event, with its dates) makes one of the control's type; published 2020-06-04 in French,
/// 2019-02-20 in English.
fn no_event_and_its_control(s: &EventStage, cases: &[ControlCase]) {
    let mut wrong = Vec::new();
    for &(lang, text, control, control_dates, control_type) in cases {
        let published = if lang == "fr" { "2020-06-04" } else { "2019-02-20" };
        let dates: Vec<(&str, &str)> = control_dates.iter().copied().filter(|(needle, _)| text.contains(needle)).collect();
        let events = s62_counted(events_of(s, lang, published, text, &dates));
        if !events.is_empty() {
            wrong.push(format!("{text}: {events:?}"));
        }
        let controls = s62_counted(events_of(s, lang, published, control, control_dates));
        if controls.first().map(String::as_str) != Some(control_type) {
            wrong.push(format!("control {control}: {controls:?}, not {control_type}"));
        }
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn s62_a_piece_told_in_the_first_person_recalls_its_events() {
    let s = stage();
    let event = "Gunmen killed five civilians in P.";
    // A letter or an essay: its author's "I" outside quotations; the killing it tells is recalled.
    let essay = format!("{}\n{event}", s62_filler(240, true));
    assert!(s62_counted(events_of(&s, "en", "2018-05-10", &essay, &[])).is_empty(), "{essay}");
    // Unless its sentence names a recent day.
    let dated = format!("{}\nOn Tuesday, gunmen killed five civilians in P.", s62_filler(240, true));
    assert_eq!(s62_counted(events_of(&s, "en", "2018-05-10", &dated, &[("Tuesday", "2018-05-08")])), ["Attack"], "{dated}");
    // A report: the same sentence is an event.
    let report = format!("{}\n{event}", s62_filler(240, false));
    assert_eq!(s62_counted(events_of(&s, "en", "2018-05-10", &report, &[])), ["Attack"], "{report}");
    // "I" quoted is a witness's, not the author's; a paragraph that opens a quotation and does not
    // close it is quoted to its end.
    let quoted = format!("“{}”\n“{}\n{event}", s62_filler(120, true), s62_filler(120, true));
    assert_eq!(s62_counted(events_of(&s, "en", "2018-05-10", &quoted, &[])), ["Attack"], "{quoted}");
    // "US" in capitals is no pronoun.
    let us = format!("{}\n{event}", s62_filler(240, false).replace("committee", "US"));
    assert_eq!(s62_counted(events_of(&s, "en", "2018-05-10", &us, &[])), ["Attack"], "{us}");
    // A short text is no piece with an author's voice.
    let short = format!("I was there. We saw it.\n{event}");
    assert_eq!(s62_counted(events_of(&s, "en", "2018-05-10", &short, &[])), ["Attack"], "{short}");
}

#[test]
fn s62_prospects_habits_and_frames_are_no_event() {
    let s = stage();
    for text in [
        "Civilians in P face the prospect of a cross-border attack by the Turkish military.",
        "The areas of P excluded from the zone will be open to Russian assault.",
        "The coalition expects difficult days ahead until P is retaken.",
        "Women in detention would need to escape, evading arrest along the way to P.",
        "The old town of P has been attacked daily by jets, mortars and fighters.",
        "Residents of P live under daily bombardment.",
        "The regime has shown a pattern of behaviour with chemical weapons in P.",
        "P is one of several zones created under a deal brokered by Russia and Turkey.",
    ] {
        assert!(s62_counted(events_of(&s, "en", "2018-05-10", text, &[])).is_empty(), "{text}");
    }
    // The same words told of one event keep it.
    for (text, want) in [
        ("Turkish forces attacked P on Tuesday, killing five civilians.", "Attack"),
        ("The fighting went on until P was retaken on Tuesday.", "territory"),
        ("Police arrested two suspects in P on Tuesday.", "Arrests"),
    ] {
        let got = s62_counted(events_of(&s, "en", "2018-05-10", text, &[("Tuesday", "2018-05-08")]));
        assert!(got.iter().any(|t| t == want || (want == "territory" && t.ends_with("territory"))), "{text}: {got:?}");
    }
}

#[test]
fn s62_a_question_tells_no_event() {
    let s = stage();
    for text in ["Who will fight the militants in P now?", "Did the army attack P on Tuesday?”"] {
        let dates: &[(&str, &str)] = if text.contains("Tuesday") { &[("Tuesday", "2018-05-08")] } else { &[] };
        let events = events_of(&s, "en", "2018-05-10", text, dates);
        assert!(s62_counted(events.clone()).is_empty(), "{text}: {events:?}");
    }
    // A trigger before the colon that opens the question is told.
    let text = "Gunmen attacked P on Tuesday: a link with the Islamic State?";
    assert_eq!(s62_counted(events_of(&s, "en", "2018-05-10", text, &[("Tuesday", "2018-05-08")])), ["Attack"], "{text}");
    // A question quoted in a sentence that goes on does not make it one.
    let text = "Gunmen attacked P on Tuesday, killing five civilians; “why?” asked a resident.";
    assert_eq!(s62_counted(events_of(&s, "en", "2018-05-10", text, &[("Tuesday", "2018-05-08")])), ["Attack"], "{text}");
}

#[test]
fn s62_the_start_of_an_open_period_dates_its_when_clause() {
    let s = stage();
    let text = "The group has had no presence in P since early 2014 when it was ousted by a rebel assault.";
    let events = events_of(&s, "en", "2017-09-12", text, &[("early 2014", "2014")]);
    assert!(s62_counted(events.clone()).is_empty(), "{text}: {events:?}");
    // What the main clause tells since then is not dated by the period's start.
    let text = "Since 2011, rebels have held P; on Tuesday the army attacked P, killing five.";
    let events = events_of(&s, "en", "2017-09-12", text, &[("2011", "2011"), ("Tuesday", "2017-09-12")]);
    assert!(!s62_counted(events.clone()).is_empty(), "{text}: {events:?}");
}

// S61: protests and mobs

/// The sub-event types found in `text` (one sentence per line), in `lang`, at the place "Kumasi",
/// on "Tuesday" (2021-03-09), with `actors` named as organisations of the given inter code.
fn s61_types(s: &EventStage, lang: &str, text: &str, actors: &[(&str, u8)]) -> Vec<String> {
    let mut d = doc(lang, "2021-03-10", text);
    place(&mut d, "Kumasi", 1, "GH");
    for (needle, inter) in actors {
        actor(&mut d, needle, *inter, None);
    }
    for day in ["Tuesday", "mardi"] {
        if let Some(start) = d.text.find(day) {
            d.times.push(TimeExpr { span: Span::new(start, start + day.len()), kind: TimexType::Date, value: "2021-03-09".into() });
        }
    }
    s.run(&mut d);
    d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.clone()).collect()
}

#[test]
fn s61_a_crowd_doing_the_violence_of_another_verb_of_its_sentence_is_a_mob() {
    let s = stage();
    for text in [
        "A crowd attacked a mosque in Kumasi on Tuesday and set shops on fire.",
        "A group of local people killed a man by setting him on fire in Kumasi on Tuesday.",
        "Villagers attacked a forest team and torched their vehicle in Kumasi on Tuesday.",
        "Des villageois ont attaqué une équipe forestière et incendié leur véhicule mardi à Kumasi.",
    ] {
        let lang = if text.contains("mardi") { "fr" } else { "en" };
        assert_eq!(s61_types(&s, lang, text, &[]), ["Mob violence"], "{text}");
    }
    // Villagers hit are no crowd doing the violence.
    let text = "Three villagers killed in Kumasi on Tuesday as gunmen burned houses.";
    let got = s61_types(&s, "en", text, &[]);
    assert!(!got.iter().any(|t| t == "Mob violence"), "{text}: {got:?}");
}

#[test]
fn s61_the_crowd_of_a_protest_doing_violence_makes_it_violent() {
    let s = stage();
    for (lang, text) in [
        ("en", "Protesters attacked the office of the ruling party in Kumasi on Tuesday."),
        ("en", "A mob protesting the death of a youth attacked the police station in Kumasi on Tuesday."),
        ("en", "The protest turned ugly in Kumasi on Tuesday."),
        ("en", "The agitators gheraoed the police station and manhandled the officers in Kumasi on Tuesday."),
        ("fr", "Des manifestants ont brutalisé des policiers mardi à Kumasi."),
    ] {
        assert_eq!(s61_types(&s, lang, text, &[]), ["Violent demonstration"], "{text}");
    }
    // The crowd's act told after its grievance, as a participle or a coordinated verb.
    for text in [
        "Hundreds of youths took to the streets of Kumasi on Tuesday to protest the killing of a taxi driver, setting fire to a police post.",
        "Taxi drivers went on strike in Kumasi on Tuesday against fuel prices and attacked the vehicles that were operating.",
        "Supporters of the opposition protested in Kumasi on Tuesday against the election results and vandalized the electoral commission office.",
    ] {
        assert_eq!(s61_types(&s, "en", text, &[]), ["Violent demonstration"], "{text}");
    }
    // A wrong named in the grievance stays the grievance; the police's act stays theirs.
    for (text, actors) in [
        ("Traders protested in Kumasi on Tuesday against corruption and looting of public funds.", &[][..]),
        ("Police dispersed the protesters in Kumasi on Tuesday and attacked journalists.", &[("Police", 1)][..]),
    ] {
        let got = s61_types(&s, "en", text, actors);
        assert!(!got.iter().any(|t| t == "Violent demonstration"), "{text}: {got:?}");
    }
    // Protesters hit are not violent; the police roughing up protesters is the police's act.
    for (lang, text, actors) in [
        ("en", "Protesters were attacked in Kumasi on Tuesday.", &[][..]),
        ("fr", "Les policiers ont brutalisé des manifestants mardi à Kumasi.", &[("policiers", 1)][..]),
    ] {
        let got = s61_types(&s, lang, text, actors);
        assert!(!got.iter().any(|t| t == "Violent demonstration"), "{text}: {got:?}");
    }
}

#[test]
fn s61_security_forces_killing_where_a_protest_is_told_is_excessive_force() {
    let s = stage();
    let text = "Security forces shot dead two people during a protest in Kumasi on Tuesday.";
    assert_eq!(s61_types(&s, "en", text, &[("Security forces", 1)]), ["Excessive force against protesters"], "{text}");
    let text = "Police fired at a crowd protesting the power cuts in Kumasi on Tuesday, killing one.";
    assert_eq!(s61_types(&s, "en", text, &[("Police", 1)]), ["Excessive force against protesters"], "{text}");
    // Told in the next sentence of the protest: the same protest, met with force.
    let text = "Thousands protested in Kumasi on Tuesday.\nPolice opened fire, killing two.";
    assert_eq!(s61_types(&s, "en", text, &[("Police", 1)]), ["Excessive force against protesters"], "{text}");
    // A death told after the protest word, outside its grievance.
    let text = "Workers protested in Kumasi on Tuesday demanding unpaid wages, and one protester was killed when police dispersed them.";
    assert_eq!(s61_types(&s, "en", text, &[]), ["Excessive force against protesters"], "{text}");
    // Force told in a clause of the same time ("when") is force used on it.
    let text = "Thousands protested in Kumasi on Tuesday when police opened fire, killing two.";
    assert_eq!(s61_types(&s, "en", text, &[("police", 1)]), ["Excessive force against protesters"], "{text}");
    // The killing the protest is about is no force used on it.
    let text = "Hundreds protested in Kumasi on Tuesday after police killed a youth.";
    assert_eq!(s61_types(&s, "en", text, &[("police", 1)]), ["Peaceful protest"], "{text}");
    let text = "Hundreds protested in Kumasi on Tuesday against the killing of two people by security forces.";
    assert_eq!(s61_types(&s, "en", text, &[("security forces", 1)]), ["Peaceful protest"], "{text}");
}

#[test]
fn s61_a_protest_or_a_riot_that_is_the_charge_of_an_arrest_is_no_event() {
    let s = stage();
    for (lang, text) in [
        ("en", "Police arrested 20 people for rioting in Kumasi on Tuesday."),
        ("en", "Police arrested 15 people for their role in the riots in Kumasi on Tuesday."),
        ("fr", "La police a arrêté vingt personnes pour avoir participé aux émeutes mardi à Kumasi."),
    ] {
        assert_eq!(s61_types(&s, lang, text, &[]), ["Arrests"], "{text}");
    }
    // Arrested to forestall a protest to come: arrests.
    let text = "Police arrested five activists ahead of a planned protest in Kumasi on Tuesday.";
    assert_eq!(s61_types(&s, "en", text, &[]), ["Arrests"], "{text}");
    // A march stopped: the protest met an intervention.
    let text = "Police prevented protesters from marching to parliament in Kumasi on Tuesday.";
    assert_eq!(s61_types(&s, "en", text, &[]), ["Protest with intervention"], "{text}");
    // Arrested at the protest: the protest broken up.
    let text = "Police detained dozens of activists at the rally in Kumasi on Tuesday.";
    assert_eq!(s61_types(&s, "en", text, &[]), ["Protest with intervention"], "{text}");
}

#[test]
fn s61_protesters_detained_after_their_protest_broke_it_up() {
    let s = stage();
    let text = "Members of the union protested in Kumasi on Tuesday.\nFive members were detained by the police.";
    assert_eq!(s61_types(&s, "en", text, &[]), ["Protest with intervention"], "{text}");
    // The one the protest is about, arrested before it, is no crowd taken.
    let text = "Journalists protested in Kumasi on Tuesday against the arrest of an editor.\nHe was arrested in connection with a tax case.";
    assert_eq!(s61_types(&s, "en", text, &[]), ["Peaceful protest"], "{text}");
}

// S63: fr news precision

/// The types of the events that happened in `text` (French unless `lang`), published 2021-03-10,
/// with Kumasi as a place, "mardi"/"Tuesday" as 2021-03-09 and the actors given.
fn s63_types(lang: &str, text: &str, actors: &[(&str, u8)]) -> Vec<String> {
    s61_types(&stage(), lang, text, actors)
}

#[test]
fn s63_an_armed_party_of_another_clause_is_no_side_of_a_clash() {
    // Headlines: the army hunting the attackers, the attacker described after a colon.
    let text = "Attaque à Kumasi mardi: l'armée traque les assaillants";
    assert_eq!(s63_types("fr", text, &[("l'armée", 1)]), ["Attack"], "{text}");
    // The army attacked in the trigger's clause: a clash.
    let text = "Des jihadistes ont attaqué l'armée mardi à Kumasi.";
    assert_eq!(s63_types("fr", text, &[("jihadistes", 2), ("l'armée", 1)]), ["Armed clash"], "{text}");
    // A bracket is an aside inside the clause, not another clause.
    let text = "On Tuesday, militants attacked a Govt (assumed military) position in Kumasi.";
    assert_eq!(s63_types("en", text, &[("militants", 2), ("military", 1)]), ["Armed clash"], "{text}");
}

#[test]
fn s63_people_named_without_arms_are_civilians_hit() {
    let text = "Mardi à Kumasi, un assaillant a tué un homme et blessé plusieurs personnes.";
    assert_eq!(s63_types("fr", text, &[("assaillant", 3)]), ["Attack"], "{text}");
}

#[test]
fn s63_a_reaction_names_an_event_told_elsewhere() {
    for text in [
        "Mardi à Kumasi, le président a condamné cette \"attaque terroriste, lâche et barbare\".",
        "Mardi à Kumasi, Paris condamne \"très fermement\" l'offensive turque.",
    ] {
        let actors: &[(&str, u8)] = if text.contains("le président") { &[("le président", 1)] } else { &[] };
        assert!(s63_types("fr", text, actors).is_empty(), "{text}");
    }
}

#[test]
fn s63_attacks_counted_by_tens_or_over_years_are_a_total() {
    for text in [
        "Mais depuis un an, des dizaines d'attaques à la roquette ont visé les forces américaines à Kumasi.",
        "La série d'attaques commises mardi à Kumasi entraîne de vifs débats.",
        "Le ministre a rappelé que 32 attentats avaient été déjoués depuis trois ans à Kumasi.",
    ] {
        assert!(s63_types("fr", text, &[]).is_empty(), "{text}");
    }
}

#[test]
fn s63_chemical_weapons_as_a_class_are_no_attack() {
    for text in [
        "Le dictateur a eu un recours massif aux armes chimiques à Kumasi.",
        "Les lignes rouges ne peuvent concerner les seules armes chimiques, a dit mardi le ministre à Kumasi.",
    ] {
        assert!(s63_types("fr", text, &[]).is_empty(), "{text}");
    }
    let text = "Une attaque chimique a frappé Kumasi mardi, tuant dix civils.";
    assert_eq!(s63_types("fr", text, &[]), ["Chemical weapon"], "{text}");
}

#[test]
fn s63_questions_and_wishes_did_not_happen() {
    for text in [
        "Le ministre a-t-il été la cible d'une attaque terroriste mardi à Kumasi ?",
        "Le suspect a avoué avoir voulu commettre une prise d'otages mardi à Kumasi.",
    ] {
        assert!(s63_types("fr", text, &[]).is_empty(), "{text}");
    }
}

#[test]
fn s63_a_collision_is_an_accident_and_a_phrase_of_another_sense_keeps_no_toll() {
    for text in [
        "Treize militaires ont été tués mardi à Kumasi dans la collision de deux hélicoptères lors d'une opération de combat.",
        "Un hélicoptère de combat a percuté un hélicoptère de transport mardi à Kumasi.",
        // "combattants" is people, not a fight: it yields to "tués", which the collision undoes.
        "Les anciens combattants attendaient mardi à Kumasi les dépouilles des treize militaires tués dans la collision de deux hélicoptères.",
    ] {
        assert!(s63_types("fr", text, &[]).is_empty(), "{text}");
    }
    // The fighters who attacked: "combattants" yields to the verb.
    let text = "Mardi à Kumasi, ses combattants ont attaqué un poste militaire et tué dix soldats.";
    assert_eq!(s63_types("fr", text, &[]), ["Armed clash"], "{text}");
}

#[test]
fn s63_hostages_freed_are_no_abduction() {
    let text = "Un soldat a été tué mardi à Kumasi en libérant les otages.";
    assert!(!s63_types("fr", text, &[]).iter().any(|t| t == "Abduction/forced disappearance"), "{text}");
}

#[test]
fn s61_clashes_of_a_side_of_no_armed_kind_told_with_its_riot_are_the_riot() {
    let s = stage();
    let text = "Clashes erupted between Palestinians and soldiers in Kumasi on Tuesday.\nPalestinians hurled firecrackers at the soldiers.";
    assert_eq!(s61_types(&s, "en", text, &[("soldiers", 1)]), ["Mob violence"], "{text}");
    // Two armed sides stay a battle.
    let text = "Clashes erupted between rebels and soldiers in Kumasi on Tuesday.\nResidents hurled stones at the soldiers.";
    let got = s61_types(&s, "en", text, &[("rebels", 2), ("soldiers", 1)]);
    assert!(got.iter().any(|t| t == "Armed clash"), "{text}: {got:?}");
}

// S64: news arguments 3
/// A place of `kind` ("city", "country") in `country`, with an id.
fn s64_place(d: &mut Document, needle: &str, id: u64, kind: &str, country: &str) {
    for (start, _) in d.text.clone().match_indices(needle) {
        let span = Span::new(start, start + needle.len());
        let geo = GeoRef { geonameid: Some(id), name: Some(needle.into()), lat: Some(15.0), lon: Some(45.0), country: Some(country.into()), kind: Some(kind.into()), ..Default::default() };
        d.places.push(Place { span, geo: Some(geo) });
    }
    d.places.sort_by_key(|p| p.span);
}

/// The people hit, named by the word that counts them ("50 people", "a man", "des passants"), are
/// ACLED's civilians: named so, not by the word.
#[test]
fn s64_the_people_hit_are_named_civilians() {
    let s = stage();
    for (lang, text) in [
        ("en", "Gunmen killed 50 people in Kumasi on Tuesday."),
        ("fr", "Des hommes armés ont tué 50 personnes mardi à Kumasi."),
    ] {
        let mut d = doc(lang, "2020-05-12", text);
        place(&mut d, "Kumasi", 1, "GH");
        s.run(&mut d);
        let e = d.events.first().unwrap_or_else(|| panic!("no event: {text}"));
        let a2 = e.actor2.as_ref().unwrap_or_else(|| panic!("no actor2: {text}"));
        assert_eq!((a2.name.as_deref(), a2.inter), (Some("Civilians"), Some(7)), "{text}");
    }
}

/// A country's adjective inside a phrase that names no actor (a role of kind `geo`: "near the
/// Turkish border") names no side; the same adjective on its own still does.
#[test]
fn s64_a_country_adjective_inside_a_phrase_of_no_actor_is_no_side() {
    let s = stage();
    let text = "Five others were wounded in the roadside bomb blast in Manbij on Thursday, near the Turkish border.";
    let run = |geo_phrase: bool| {
        let mut d = doc("en", "2018-03-30", text);
        place(&mut d, "Manbij", 1, "SY");
        let span = span_of(&d, "Turkish");
        let turkey = ActorRef { name: Some("Turkey".into()), country: Some("TR".into()), ..Default::default() };
        d.entities.push(Entity { span, label: EntityLabel::Misc, actor: Some(turkey) });
        d.entities.sort_by_key(|e| e.span);
        if geo_phrase {
            let span = span_of(&d, "Turkish border");
            d.mentions.push(vigie_core::ActorMention { span, actor: ActorRef { name: Some("Territory of Turkey".into()), country: Some("TR".into()), ..Default::default() } });
        }
        s.run(&mut d);
        let e = d.events.first().cloned().unwrap_or_else(|| panic!("no event: {text}"));
        [e.actor1, e.actor2].into_iter().flatten().filter_map(|a| a.country).collect::<Vec<_>>()
    };
    assert!(!run(true).contains(&"TR".to_string()), "{:?}", run(true));
    // Without the phrase (no role matched it), the adjective is a party as before.
    assert!(run(false).contains(&"TR".to_string()), "{:?}", run(false));
}

/// A country named for an event (the headline, the lead) where the article names one town of it
/// again and again is that town; not a capital (named for its government), not a town named once,
/// not when the sentence names a place of that country itself.
#[test]
fn s64_a_country_stands_for_the_town_the_article_names_again() {
    let s = stage();
    let location = |text: &str, towns: &[(&str, u64, &str)]| {
        let mut d = doc("en", "2020-06-16", text);
        s64_place(&mut d, "Yemen", 10, "country", "YE");
        for (needle, id, kind) in towns {
            s64_place(&mut d, needle, *id, kind, "YE");
        }
        s.run(&mut d);
        let e = d.events.first().unwrap_or_else(|| panic!("no event: {text}"));
        e.location.as_ref().and_then(|l| l.geonameid)
    };
    let head = "Yemen: a cameraman shot dead by gunmen on Tuesday\n";
    let body = "Officials in Aden said the attack happened outside his home.\nThe port city of Aden has seen fighting.\n";
    assert_eq!(location(&format!("{head}{body}"), &[("Aden", 2, "city")]), Some(2));
    // A town named once is not what the article is about.
    let once = "Officials in Aden said the attack happened outside his home.\n";
    assert_eq!(location(&format!("{head}{once}"), &[("Aden", 2, "city")]), Some(10));
    // The capital is named for the government as much as for the town.
    let capital = "Officials in Sanaa said the attack happened outside his home.\nThe government in Sanaa condemned it.\n";
    assert_eq!(location(&format!("{head}{capital}"), &[("Sanaa", 3, "city")]), Some(10));
    // Two towns named as often: neither.
    let two = "Officials in Aden and Taiz spoke.\nAden and Taiz have seen fighting.\n";
    assert_eq!(location(&format!("{head}{two}"), &[("Aden", 2, "city"), ("Taiz", 4, "city")]), Some(10));
}

/// The article's main place, when no sentence names the event's, in another country than the one
/// most of the article's places lie in, gives way to the town of that country the article names
/// most ("Russia", named for its air force, in an article about Daraa).
#[test]
fn s64_a_main_place_abroad_gives_way_to_the_theatres_town() {
    let s = stage();
    let text = "Several southern towns have surrendered to government forces on Saturday.\nRussia backs the offensive on Daraa.\nRussia said Daraa would fall.\nRussia and Jordan talked about Daraa.\nRussia spoke.";
    let mut d = doc("en", "2018-06-30", text);
    s64_place(&mut d, "Russia", 1, "country", "RU");
    s64_place(&mut d, "Jordan", 2, "country", "JO");
    s64_place(&mut d, "Daraa", 3, "admin1", "SY");
    actor(&mut d, "government forces", 1, None);
    s.run(&mut d);
    let e = d.events.first().unwrap_or_else(|| panic!("no event: {text}"));
    assert_eq!(e.location.as_ref().and_then(|l| l.geonameid), Some(3), "{:?}", e.location);
}

// S60: strategic developments recall

/// The sub-event types that happened in `text` (at the place "P", on the day "Tuesday"/"mardi").
fn s60_types(s: &EventStage, lang: &str, text: &str) -> Vec<String> {
    let day = if lang == "fr" { "mardi" } else { "Tuesday" };
    let dates: &[(&str, &str)] = if text.contains(day) { &[(day, "2020-05-05")] } else { &[] };
    events_of(s, lang, "2020-05-07", text, dates).into_iter().filter(|e| e.happened()).map(|e| e.sub_event_type).collect()
}

/// Strategic developments as wire copy words them, which had no trigger: fighters changing sides,
/// captives set free by one side, migrants returned, people fleeing their villages, drugs seized by
/// weight, hideouts destroyed, boats seized, arrests ("nabbed"), a hand-grenade written as one word,
/// rounds and detonators recovered, targets bombed from the air; in both languages.
#[test]
fn s60_strategic_developments_told_the_wire_way_are_events() {
    let s = stage();
    for (lang, text, want) in [
        ("en", "On Tuesday, 35 soldiers and policemen joined the ranks of the Taliban in P.", "Change to group/activity"),
        ("en", "On Tuesday, dozens of fighters switched sides in P.", "Change to group/activity"),
        ("en", "On Tuesday, the group ended its affiliation with the operations room in P.", "Change to group/activity"),
        ("en", "On Tuesday, the Taliban released 48 soldiers held as prisoners in P.", "Other"),
        ("en", "On Tuesday, 210 migrants returned from Peru to P.", "Other"),
        ("en", "On Tuesday, more than 100 villagers fled their village to P.", "Other"),
        ("en", "On Tuesday, federal police seized more than a ton of marijuana in P.", "Looting/property destruction"),
        ("en", "On Tuesday, gendarmes destroyed 9 PKK shelters near P.", "Looting/property destruction"),
        ("en", "On Tuesday, soldiers seized three boats with military insignia in P.", "Looting/property destruction"),
        ("en", "On Tuesday, police nabbed two suspected militants in P.", "Arrests"),
        ("en", "On Tuesday, militants hurled a hand-grenade at a police post in P.", "Grenade"),
        ("en", "On Tuesday, police recovered 20 live cartridges and two detonators from a house in P.", "Disrupted weapons use"),
        ("en", "On Tuesday, the army bombed Islamist militants in P.", "Air/drone strike"),
        ("fr", "Mardi, une trentaine de soldats ont rejoint les rangs des rebelles à P.", "Change to group/activity"),
        ("fr", "Mardi, plusieurs dizaines de combattants se sont ralliés au gouvernement à P.", "Change to group/activity"),
        ("fr", "Mardi, 213 migrants ont été rapatriés du Chili vers P.", "Other"),
        ("fr", "Mardi, environ 200 familles ont fui leurs villages près de P.", "Other"),
        ("fr", "Mardi, la police a saisi plus d'une tonne de résine à P.", "Looting/property destruction"),
        ("fr", "Mardi, l'armée a détruit plusieurs abris des insurgés près de P.", "Looting/property destruction"),
    ] {
        assert_eq!(s60_types(&s, lang, text), [want], "{text}");
    }
}

/// The same words said of a debate, a state or a figure of speech make no strategic development:
/// repatriating children argued over, a country "besieged" by sanctions, a detention camp, a
/// deal to come that would end "the rebellion".
#[test]
fn s60_debates_states_and_figures_of_speech_are_no_development() {
    let s = stage();
    for (lang, text) in [
        ("en", "They need to take their responsibility to protect their children and to repatriate them from P."),
        ("en", "For Assad, besieged by predatory friends and neighbours in P, the larger question is whether he survives the peace."),
        ("en", "It would be wrong to send the two men from P to the US detention camp."),
        ("en", "Russia, Iran and Turkey will decide the shape of a final deal, though there is no guarantee it ends the rebellion in P."),
        ("fr", "Deux avocats ont lancé une pétition pour demander à l'État de rapatrier les enfants retenus à P."),
        ("fr", "Nous sommes dans un pays assiégé, dit-il depuis P."),
    ] {
        assert!(s60_types(&s, lang, text).is_empty(), "{text}: {:?}", s60_types(&s, lang, text));
    }
}

/// An agreement with an armed party named by a common noun ("the insurgents", "les rebelles"),
/// not a known actor, is between conflict parties: an event; a trade deal stays none.
#[test]
fn s60_an_agreement_with_armed_parties_named_by_a_common_noun() {
    let s = stage();
    for (lang, text) in [
        ("en", "On Tuesday, the government signed an agreement with the insurgents in P."),
        ("en", "On Tuesday, the two armies agreed to disengage along the border near P."),
        ("fr", "Mardi, le gouvernement a signé un accord avec les rebelles à P."),
    ] {
        assert_eq!(s60_types(&s, lang, text), ["Agreement"], "{text}");
    }
    assert!(s60_types(&s, "en", "On Tuesday, the company signed an agreement with the city of P.").is_empty());
}

/// The people named before a passive whose agent is the means ("killed by a roadside bomb", "tués
/// par un engin explosif") or whose setting is the trigger ("tués dans un raid") were hit: the side
/// named with or after the trigger, else an unidentified armed group, did it. Not an active verb's
/// instrument ("IS militants killed an officer by sniper fire"), nor a fight.
#[test]
fn s64_the_people_killed_by_a_means_are_hit() {
    let s = stage();
    let sides = |lang: &str, text: &str, parties: &[(&str, u8)]| {
        let mut d = doc(lang, "2020-05-12", text);
        place(&mut d, "Kumasi", 1, "GH");
        for (needle, inter) in parties {
            actor(&mut d, needle, *inter, Some("GH"));
        }
        s.run(&mut d);
        let e = d.events.first().cloned().unwrap_or_else(|| panic!("no event: {text}"));
        let name = |a: Option<ActorRef>| a.and_then(|a| a.name);
        (name(e.actor1), name(e.actor2))
    };
    let (a1, a2) = sides("en", "Two soldiers were killed by a roadside bomb in Kumasi on Tuesday.", &[("soldiers", 1)]);
    assert_eq!((a1.as_deref(), a2.as_deref()), (Some("Unidentified Armed Group"), Some("soldiers")));
    let (a1, a2) = sides("fr", "Quatre soldats ont été tués mardi par un engin explosif à Kumasi.", &[("soldats", 1)]);
    assert_eq!((a1.as_deref(), a2.as_deref()), (Some("Unidentified Armed Group"), Some("soldats")));
    let (a1, a2) = sides("fr", "Un berger a été tué mardi dans un raid de l'aviation militaire à Kumasi.", &[("aviation militaire", 1)]);
    assert_eq!(a1.as_deref(), Some("aviation militaire"), "{a2:?}");
    // An active verb's instrument: the subject did it.
    let (a1, a2) = sides("en", "IS militants killed an officer by sniper fire in Kumasi on Tuesday.", &[("IS militants", 2)]);
    assert_eq!(a1.as_deref(), Some("IS militants"), "{a2:?}");
    let (a1, a2) = sides("en", "IS killed five civilians in an attack in Kumasi on Tuesday.", &[("IS", 2)]);
    assert_eq!(a1.as_deref(), Some("IS"), "{a2:?}");
}

// The body of a long article.

/// `n` lines of a committee's talk, with no trigger: sentences that fill an article.
fn filler_lines(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("The committee discussed item {i} of the budget again.")).collect()
}

#[test]
fn an_undated_event_in_the_body_of_a_long_article_is_its_context() {
    let s = stage();
    let lead = "Gunmen killed five civilians in P on Tuesday.";
    let body = "Militants abducted two aid workers.";
    // The same body sentence, deep in an article of 40 sentences or in one of 12.
    let article = |lines: usize, extra: &[&str]| {
        let mut text = vec![lead.to_string()];
        text.extend(filler_lines(lines - 1 - extra.len()));
        let at = text.len() - 2;
        for (k, line) in extra.iter().enumerate() {
            text.insert(at + k, line.to_string());
        }
        text.join("\n")
    };
    let counted = |text: &str, dates: &[(&str, &str)]| s62_counted(events_of(&s, "en", "2018-05-10", text, dates));
    let tuesday = [("Tuesday", "2018-05-08")];
    // A short article's body is news: both events.
    let short = article(12, &[body]);
    let both = counted(&short, &tuesday);
    assert_eq!(both.len(), 2, "{both:?}");
    // A long article's: the lead's event only, the body's is context.
    let long = article(40, &[body]);
    assert_eq!(counted(&long, &tuesday), ["Attack"], "{long}");
    // Unless its sentence, or one of the two before it, names a recent day.
    let dated = article(40, &["On Monday, militants abducted two aid workers."]);
    assert_eq!(counted(&dated, &[("Tuesday", "2018-05-08"), ("Monday", "2018-05-07")]).len(), 2);
    let after = article(40, &["The convoy left on Monday.", body]);
    assert_eq!(counted(&after, &[("Tuesday", "2018-05-08"), ("Monday", "2018-05-07")]).len(), 2);
    // A day long past is no such anchor.
    let old = article(40, &["In March 2011, militants abducted two aid workers."]);
    assert_eq!(counted(&old, &[("Tuesday", "2018-05-08"), ("March 2011", "2011-03")]), ["Attack"]);
    // A body sentence telling the lead's event again is kept to merge with it: one event.
    let again = article(40, &["Gunmen killed five civilians."]);
    assert_eq!(counted(&again, &tuesday), ["Attack"]);
}

// S68: en attack and clash
#[test]
fn s68_violence_talked_about_is_no_event_and_violence_told_is() {
    let s = stage();
    let happened = |text: &str, dates: &[(&str, &str)]| s62_counted(events_of(&s, "en", "2018-04-10", text, dates));
    let monday = [("Monday", "2018-04-09")];
    // A bare plural names violence in general: no day, no toll, no event.
    assert!(happened("In P, the spokesman said coalition attacks on Isis do not discriminate.", &[]).is_empty());
    // A town in its own clause places one engagement, as its sides named after it do.
    assert_eq!(happened("The spokesman said attacks on checkpoints in P went on.", &[]).len(), 1);
    assert_eq!(happened("Officials said clashes between the army and the rebels went on near P, the town.", &[]).len(), 1);
    assert!(happened("The group, based in P, has claimed responsibility for terrorist attacks on the UK.", &[]).is_empty());
    // With a day or a toll it tells events; with a count it is no generic plural.
    assert_eq!(happened("The spokesman said attacks on Isis positions in P on Monday went on.", &monday).len(), 1);
    assert_eq!(happened("The spokesman said coalition attacks in P killed 12 civilians.", &[]).len(), 1);
    assert_eq!(happened("Ten journalists were killed in two attacks in P on Monday.", &monday).len(), 1);
    assert_eq!(happened("In P, the spokesman said the gunmen were killed in clashes with the police.", &[]).len(), 1);
    assert!(happened("In P, some 20 families fled their homes fearing more clashes.", &[]).is_empty());
    // An attack known by its place's name, talked about: the day dates the talk.
    assert!(happened("On Monday the president promised a response to the P attack.", &monday).is_empty());
    // Told with its toll, it is the attack.
    assert_eq!(happened("On Monday the president condemned the P attack that killed 40 people.", &monday).len(), 1);
    // Cues of talk: violence urged, feared, recalled from a life, a clash of words.
    assert!(happened("On Monday she was urging attacks in P.", &monday).is_empty());
    assert!(happened("The soldier from P had previously fought in Afghanistan.", &[]).is_empty());
    assert!(happened("On Monday the two presidents clashed in public in P over a ceasefire.", &monday).is_empty());
    assert!(happened("On Monday the last families fled the pending fighting in P.", &monday).is_empty());
    // A fight told as it happened stays.
    assert_eq!(happened("On Monday rebels fought government troops in P.", &monday), ["Armed clash"]);
}

// S69: fr news precision 2

#[test]
fn s69_attentat_alone_is_an_attack_word() {
    let text = "Un attentat a tué dix civils mardi à Kumasi.";
    assert_eq!(s63_types("fr", text, &[]), ["Attack"], "{text}");
    // "attentatoire" is another word.
    let text = "Ces dispositions sont attentatoires aux libertés, a dit mardi le ministre à Kumasi.";
    assert!(s63_types("fr", text, &[]).is_empty(), "{text}");
}

#[test]
fn s69_avions_the_verb_aircraft_sold_and_a_flight_to_hospital_are_no_strike() {
    for text in [
        "Nous n'avions jamais pensé cela, a dit mardi un habitant de Kumasi.",
        "Nous avions besoin de plus de sévérité à Kumasi, a-t-il dit mardi.",
        "Il aurait touché mardi une commission sur une vente d'avions à Kumasi.",
        "Le blessé a été évacué par hélicoptère mardi vers l'hôpital de Kumasi.",
        "La députée a rappelé mardi à Kumasi le droit de manifester.",
    ] {
        assert!(s63_types("fr", text, &[]).is_empty(), "{text}");
    }
}

#[test]
fn s69_a_participle_with_no_auxiliary_tells_who_was_hit() {
    let s = stage();
    let run = |text: &str, needle: &str, inter: u8| {
        let mut d = doc("fr", "2021-03-10", text);
        place(&mut d, "Kumasi", 1, "GH");
        actor(&mut d, needle, inter, Some("FR"));
        s.run(&mut d);
        d.events.into_iter().find(|e| e.happened()).expect(text)
    };
    // A verbless headline: the soldier named before "tué" was killed, he did not kill.
    let e = run("Un soldat français tué mardi à Kumasi", "soldat français", 1);
    assert_eq!(e.actor2.as_ref().and_then(|a| a.name.as_deref()), Some("soldat français"), "{e:?}");
    assert!(e.actor1.is_none(), "{e:?}");
    assert_eq!(e.sub_event_type, "Armed clash");
    // The present tense ("tue") and a participle after an auxiliary are told in the active.
    for text in ["Des soldats tue dix civils mardi à Kumasi", "Des soldats ont tué dix civils mardi à Kumasi"] {
        let e = run(text, "soldats", 1);
        assert_eq!(e.actor1.as_ref().and_then(|a| a.name.as_deref()), Some("soldats"), "{text}: {e:?}");
        assert_eq!(e.sub_event_type, "Attack", "{text}");
    }
}

#[test]
fn s69_the_rubric_of_a_title_names_the_story_not_an_event() {
    let s = stage();
    let run = |title: &str, body: &str| {
        let text = format!("{title}\n{body}");
        let mut d = doc("fr", "2021-03-10", &text);
        d.meta.title = Some(vigie_core::Title { text: title.into(), origin: Origin::Text, span: Some(Span::new(0, title.len())) });
        place(&mut d, "Kumasi", 1, "GH");
        s.run(&mut d);
        d.events.iter().filter(|e| e.happened()).map(|e| d.text[e.evidence.start..e.evidence.end].to_string()).collect::<Vec<_>>()
    };
    // The rubric alone: no event; the body's telling is the event.
    assert!(run("Attentat de Kumasi : un hommage aux victimes", "Le maire a salué leur courage.").is_empty());
    let body = "Un homme a tué trois civils mardi à Kumasi.";
    assert_eq!(run("Attentat de Kumasi : un hommage aux victimes", body), [body]);
    // A date in the rubric names the story too; a toll tells the news.
    let title = "Attentats du 8 mars : le président appelle à rester unis";
    let text = format!("{title}\nLe maire a salué leur courage.");
    let mut d = doc("fr", "2021-03-10", &text);
    d.meta.title = Some(vigie_core::Title { text: title.into(), origin: Origin::Text, span: Some(Span::new(0, title.len())) });
    time(&mut d, "8 mars", "2021-03-08");
    s.run(&mut d);
    assert!(d.events.iter().all(|e| !e.happened()), "{:?}", d.events);
    assert_eq!(run("137 morts dans un attentat : le deuil à Kumasi", "Le maire a salué leur courage.").len(), 1);
    // A trigger after the colon tells the news.
    let title = "Kumasi : un attentat tue dix civils";
    assert_eq!(run(title, "Le maire a salué leur courage.").len(), 1, "{title}");
}

#[test]
fn s69_the_past_named_by_its_date_or_its_distance_is_no_event() {
    let s = stage();
    let happened = |text: &str, dates: &[(&str, &str)]| s62_counted(events_of(&s, "fr", "2021-03-10", text, dates));
    let mardi = ("mardi", "2021-03-09");
    // The date after the trigger names the past event, whatever other day the sentence names.
    assert!(happened("P organise son premier feu d'artifice depuis l'attentat de 2016.", &[("2016", "2016")]).is_empty());
    // Years after: the violence is recalled.
    assert!(happened("Trente-trois ans ont passé mais les rescapés du bombardement de P souffrent encore.", &[]).is_empty());
    assert!(happened("Quatre ans après les attentats de P, le président a rendu hommage aux victimes.", &[]).is_empty());
    // A reaction dated right after its verb: the event condemned is told elsewhere.
    assert!(happened("Le président a condamné mardi l'attaque de P.", &[mardi]).is_empty());
    // A risk, an alert, a plot: nothing happened.
    assert!(happened("P en alerte face à un risque d'attentat mardi.", &[mardi]).is_empty());
    assert!(happened("Ils projetaient un attentat contre le rappeur mardi à P.", &[mardi]).is_empty());
    assert!(happened("Les chaînes renoncent au direct à P en raison de menaces d'attentats.", &[]).is_empty());
    // A recent attack named by its day is news.
    assert_eq!(happened("Un attentat a tué dix civils mardi à P.", &[mardi]), ["Attack"]);
}

// S70: short texts

/// The events of a document of lines, with the actors named (`inter` codes), when they happened.
fn s70_happened(s: &EventStage, text: &str, actors: &[(&str, u8)]) -> Vec<String> {
    let mut d = doc("en", "2021-02-02", text);
    for (name, inter) in actors {
        actor(&mut d, name, *inter, None);
    }
    s.run(&mut d);
    d.events.into_iter().filter(|e| e.happened()).map(|e| e.sub_event_type).collect()
}

/// A short text (one or two sentences, a news brief) is about its event: a noun told with the
/// side that did it, or with a count, is that event; the same sentence in the body of a longer
/// text is a mention of something told elsewhere.
#[test]
fn s70_a_noun_with_its_side_or_a_count_in_a_short_text_is_its_event() {
    let s = stage();
    let sides = [("Security forces", 1)];
    let brief = "Security forces made progress after the seizure of weapons.";
    assert_eq!(s70_happened(&s, brief, &sides), ["Disrupted weapons use"]);
    assert_eq!(s70_happened(&s, &format!("{brief}\nThe search went on."), &sides), ["Disrupted weapons use"]);
    let mut d = doc("en", "2021-02-02", &format!("The weather was mild.\nThe market was busy.\n{brief}"));
    actor(&mut d, "Security forces", 1, None);
    d.dropped = Some(Vec::new());
    s.run(&mut d);
    assert!(d.events.is_empty(), "{:?}", d.events);
    assert_eq!(d.dropped.unwrap().iter().map(|x| x.reason.as_str()).collect::<Vec<_>>(), ["no_anchor_noun"], "three sentences: no short text");
    // With no side and no count, the noun stays a mention; an article is no count.
    assert!(s70_happened(&s, "They made progress after the seizure of weapons.", &[]).is_empty());
    assert!(s70_happened(&s, "A correspondent was assaulted while on duty.", &[]).is_empty());
    assert!(s70_happened(&s, "Troops were deployed.", &[]).is_empty());
    // A vague trigger alone is a word (above); counted in a short text, it is the event.
    assert_eq!(s70_happened(&s, "Two correspondents were assaulted while on duty.", &[]).len(), 1);
}

/// Commentary names wars and battles with their sides: in a short text, a fight is anchored by
/// its side named right before it, not by one named after it or the subject of another verb.
#[test]
fn s70_a_fight_in_a_short_text_needs_its_side_right_before_it() {
    let s = stage();
    let sides = [("Turkey", 1), ("Islamic State", 2)];
    assert!(s70_happened(&s, "Turkey shifted its focus to the fighting with the Islamic State.", &sides).is_empty());
    let sides = [("the rebels", 2), ("the army", 1)];
    assert!(s70_happened(&s, "P is a stronghold of the rebels fighting the army.", &sides).is_empty());
    assert_eq!(s70_happened(&s, "Residents said the army's clashes with the rebels ended.", &[("army", 1), ("rebels", 2)]), ["Armed clash"]);
}


// S78: remote violence
fn s78_types(lang: &str, text: &str, actors: &[(&str, u8)], places: &[&str]) -> Vec<String> {
    let mut d = doc(lang, "2021-02-02", text);
    for (name, inter) in actors {
        actor(&mut d, name, *inter, None);
    }
    for (i, p) in places.iter().enumerate() {
        place(&mut d, p, 100 + i as u64, "SY");
    }
    stage().run(&mut d);
    d.events.into_iter().map(|e| e.sub_event_type).collect()
}

/// Bombs dropped are dropped from the air; a strike named by the state or coalition that flies it
/// is an air strike; in both languages.
#[test]
fn s78_bombs_dropped_and_strikes_named_by_their_air_force_are_air_strikes() {
    let air = ["Air/drone strike"];
    assert_eq!(s78_types("en", "On Sunday, the planes dropped powerful bombs on Baghuz, killing 12 people.", &[], &["Baghuz"]), air);
    assert_eq!(s78_types("en", "On Sunday, a US-led coalition strike killed 30 fighters in Hajin.", &[], &["Hajin"]), air);
    assert_eq!(s78_types("fr", "Dimanche, des avions ont largué des bombes sur Maaret, tuant 12 civils.", &[], &["Maaret"]), air);
    assert_eq!(s78_types("fr", "Mercredi, des frappes israéliennes ont visé Gaza, faisant deux morts.", &[], &["Gaza"]), air);
    // A bomb set off on the ground stays a remote explosive.
    assert_eq!(s78_types("en", "On Sunday, a bomb exploded in a market in Idlib, killing 12 people.", &[], &["Idlib"]), ["Remote explosive/landmine/IED"]);
}

/// Someone killed while clearing mines was killed by the device going off, not a weapon made safe.
#[test]
fn s78_killed_while_clearing_mines_is_an_explosive() {
    assert_eq!(
        s78_types("en", "On Sunday, two men were killed while clearing mines in Raqqa.", &[], &["Raqqa"]),
        ["Remote explosive/landmine/IED"]
    );
    assert_eq!(s78_types("en", "On Sunday, deminers cleared 40 mines in Raqqa.", &[], &["Raqqa"]), ["Disrupted weapons use"]);
}

/// Territory: forces "reported to have captured" a place took it (no passive of people taken);
/// the subject of a relative clause is the actor before its pronoun, a non-state one here.
#[test]
fn s78_who_takes_territory() {
    assert_eq!(
        s78_types("en", "Government forces were reported to have captured Mayadeen on Sunday.", &[("Government forces", 1)], &["Mayadeen"]),
        ["Government regains territory"]
    );
    assert_eq!(
        s78_types(
            "fr",
            "Il a appelé le gouvernement comme le Conseil de transition du Sud, qui a pris dimanche le contrôle d'Aden, à coopérer.",
            &[("gouvernement", 1), ("Conseil de transition du Sud", 2)],
            &["Aden"]
        ),
        ["Non-state actor overtakes territory"]
    );
}

// S77: one record, arguments
/// A country and a town inside it can be one event's place (a headline's "in Niger", the body's
/// town); a town of another country cannot.
#[test]
fn s77_a_country_and_a_town_inside_it_are_one_place() {
    let geo = |id: u64, kind: &str, country: &str| GeoRef { geonameid: Some(id), country: Some(country.into()), admin1: Some("08".into()), kind: Some(kind.into()), ..Default::default() };
    let (niger, niamey, bamako) = (geo(1, "country", "NE"), geo(2, "city", "NE"), geo(3, "city", "ML"));
    assert!(same_place(Some(&niger), Some(&niamey)) && same_place(Some(&niamey), Some(&niger)));
    assert!(!same_place(Some(&niger), Some(&bamako)));
    assert!(!same_place(Some(&niamey), Some(&bamako)));
}

/// A weekend (a span of days) holds each of its days; two different days are two times.
#[test]
fn s77_a_span_of_days_holds_its_days() {
    assert!(same_days(Some("2018-04-07/2018-04-08"), Some("2018-04-07")));
    assert!(same_days(Some("2018-04-08"), Some("2018-04-07/2018-04-08")));
    assert!(!same_days(Some("2018-04-07/2018-04-08"), Some("2018-04-04")));
    assert!(!same_days(Some("2018-04-07"), Some("2018-04-04")));
    assert!(same_days(None, None) && !same_days(None, Some("2018-04-07")));
}

/// The headline tells the attack in the country, the body at the town, on the same day: one
/// record, at the town, with both tellings as evidence; in both languages.
#[test]
fn s77_a_headline_at_the_country_and_the_body_at_the_town_are_one_event() {
    let s = stage();
    for (lang, text, country, town, day) in [
        ("en", "Six aid workers killed by gunmen in Niger\nSix aid workers were killed by gunmen on Sunday near Niamey.", "Niger", "Niamey", "Sunday"),
        ("fr", "Six humanitaires tués par des hommes armés au Niger\nSix humanitaires ont été tués dimanche par des hommes armés près de Niamey.", "Niger", "Niamey", "dimanche"),
    ] {
        let mut d = doc(lang, "2020-08-09", text);
        let g = |id: u64, kind: &str| GeoRef { geonameid: Some(id), lat: Some(13.5), lon: Some(2.1), country: Some("NE".into()), admin1: Some("08".into()), kind: Some(kind.into()), ..Default::default() };
        d.places.push(Place { span: span_of(&d, country), geo: Some(g(2440476, "country")) });
        d.places.push(Place { span: span_of(&d, town), geo: Some(g(2440485, "city")) });
        d.places.sort_by_key(|p| p.span);
        time(&mut d, day, "2020-08-09");
        s.run(&mut d);
        let events: Vec<_> = d.events.iter().filter(|e| e.happened()).collect();
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].location.as_ref().and_then(|l| l.geonameid), Some(2440485), "at the town: {events:?}");
        assert_eq!(events[0].mentions.len(), 2, "both tellings kept: {events:?}");
    }
}

/// A sentence that names the day of publication (the day of the telling) and an earlier day next
/// to the trigger dates the event to the earlier day; a sentence whose first day is another day
/// keeps it (ACLED's "On 6 May 2020, ... on 29 January").
#[test]
fn s77_the_day_of_the_telling_is_not_the_events_day() {
    let s = stage();
    let text = "L'exécutif français a haussé le ton mardi, après la mort de six humanitaires dimanche dans une attaque à Kouré.";
    let mut d = doc("fr", "2020-08-11", text);
    place(&mut d, "Kouré", 2440485, "NE");
    time(&mut d, "mardi", "2020-08-11");
    time(&mut d, "dimanche", "2020-08-09");
    s.run(&mut d);
    let dates: Vec<_> = d.events.iter().filter(|e| e.happened()).map(|e| e.date.clone()).collect();
    assert_eq!(dates, [Some("2020-08-09".to_string())], "{:?}", d.events);
    let text = "On 6 May 2020, gunmen attacked a village in Kouré, killing 3 civilians abducted on 29 April.";
    let mut d = doc("en", "2020-05-11", text);
    place(&mut d, "Kouré", 2440485, "NE");
    time(&mut d, "6 May 2020", "2020-05-06");
    time(&mut d, "29 April", "2020-04-29");
    s.run(&mut d);
    assert_eq!(d.events.first().and_then(|e| e.date.clone()).as_deref(), Some("2020-05-06"), "{:?}", d.events);
}

/// A taker of no known kind before the state's forces ("Russian and Iran-backed government
/// forces"): the forces nearest the verb take the place for the state.
#[test]
fn s78_government_forces_nearest_the_verb_take_for_the_state() {
    let mut d = doc("en", "2021-02-02", "On Sunday, Russian-backed government forces captured Mayadeen.");
    d.entities.push(Entity {
        span: span_of(&d, "Russian"),
        label: EntityLabel::Organisation,
        actor: Some(ActorRef { name: Some("Russia".into()), country: Some("RU".into()), ..Default::default() }),
    });
    actor(&mut d, "government forces", 1, None);
    place(&mut d, "Mayadeen", 100, "SY");
    stage().run(&mut d);
    let types: Vec<&str> = d.events.iter().map(|e| e.sub_event_type.as_str()).collect();
    assert_eq!(types, ["Government regains territory"]);
}

/// Small arms fired with heavy ones mean the sides fought: a clash, not shelling.
#[test]
fn s78_small_and_heavy_weapons_are_a_clash() {
    assert_eq!(
        s78_types("en", "On Sunday, the army and the rebels fought with both small and heavy weapons near Krymske.", &[("army", 1), ("rebels", 2)], &["Krymske"]),
        ["Armed clash"]
    );
}

// S82: fr news precision

/// The events of `text` (one sentence per line) that happened, as (type, evidence), and the
/// reasons of the triggers dropped.
fn s82_run(text: &str, setup: impl Fn(&mut Document)) -> (Vec<(String, String)>, Vec<String>) {
    let mut d = doc("fr", "2020-09-22", text);
    setup(&mut d);
    d.dropped = Some(Vec::new());
    stage().run(&mut d);
    let events = d.events.iter().filter(|e| e.happened()).map(|e| (e.sub_event_type.clone(), d.slice(e.evidence).to_string())).collect();
    let reasons = d.dropped.clone().unwrap_or_default().into_iter().map(|w| w.reason.to_string()).collect();
    (events, reasons)
}

/// The pluperfect with no day of its own or inherited tells the past the article recalls; with a
/// day, recent, it is the event of that day.
#[test]
fn s82_the_pluperfect_with_no_day_is_the_past_recalled() {
    let (events, reasons) = s82_run("Il avait ensuite tué un boucher et un client dans un supermarché à Kumasi.", |d| place(d, "Kumasi", 1, "GH"));
    assert!(events.is_empty(), "{events:?}");
    assert!(reasons.iter().any(|r| r == "pluperfect"), "{reasons:?}");
    let (events, _) = s82_run("Quatre soldats avaient été tués samedi dans une embuscade près de Kumasi.", |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "samedi", "2020-09-19");
    });
    assert_eq!(events.len(), 1, "{events:?}");
    // The present perfect is news, as before.
    let (events, _) = s82_run("Des hommes armés ont tué un boucher et un client dans un supermarché à Kumasi.", |d| place(d, "Kumasi", 1, "GH"));
    assert_eq!(events.len(), 1, "{events:?}");
}

/// A generic cue that is a whole temporal expression ("ces derniers mois") names a stretch: an
/// aggregate. A cue that ends inside a longer one still dates the event.
#[test]
fn s82_a_stretch_named_by_a_whole_date_is_an_aggregate() {
    let text = "Des affrontements limités ont opposé ces derniers mois le Hezbollah à l'armée à Kumasi.";
    let (events, reasons) = s82_run(text, |d| {
        place(d, "Kumasi", 1, "GH");
        actor(d, "Hezbollah", 2, None);
        time(d, "ces derniers mois", "PAST_REF");
    });
    assert!(events.is_empty(), "{events:?}");
    assert!(reasons.iter().any(|r| r == "generic"), "{reasons:?}");
}

/// Other senses: orders carried out, a counterpart attacked in words, a message intercepted,
/// aircraft that carry or support; a purpose or an order to attack; the attack named by its author.
#[test]
fn s82_talk_orders_and_authors_are_no_events() {
    let none = [
        "Ils n'ont fait qu'exécuter les ordres à Kumasi.",
        "Le président a attaqué de front son homologue français à Kumasi.",
        "Un brigadier était parvenu à intercepter un appel au jihad à Kumasi.",
        "Des hommes ont été déposés par deux hélicoptères de transport à Kumasi.",
        "Des forces spéciales à Kumasi, un drone en appui.",
        "Des ordres ont été donnés pour qu'elles commencent à avancer et attaquer les positions à Kumasi.",
        "Il a préféré rester en Europe pour participer à de nouveaux attentats à Kumasi.",
        "Le frère aîné de l'auteur de l'attentat de Kumasi a été condamné à six mois de prison.",
        "Les talibans ont intensifié leur offensive contre les forces afghanes à Kumasi.",
        "Les attaques à la bombe sont fréquentes à Kumasi.",
    ];
    for text in none {
        let (events, _) = s82_run(text, |d| place(d, "Kumasi", 1, "GH"));
        assert!(events.is_empty(), "{text}: {events:?}");
    }
    // The same words told as events still are.
    for text in ["Des hommes armés ont attaqué le village à Kumasi mardi.", "Un hélicoptère de combat a frappé des positions jihadistes à Kumasi mardi."] {
        let (events, _) = s82_run(text, |d| {
            place(d, "Kumasi", 1, "GH");
            time(d, "mardi", "2020-09-22");
        });
        assert_eq!(events.len(), 1, "{text}: {events:?}");
    }
}

/// The gunman shot dead by the police is an armed side hit: a clash, not an attack on civilians.
#[test]
fn s82_the_gunman_shot_by_the_police_is_a_clash() {
    let (events, _) = s82_run("L'entourage du tireur, abattu jeudi par la police à Kumasi, est entendu.", |d| {
        place(d, "Kumasi", 1, "GH");
        actor(d, "police", 1, Some("GH"));
        time(d, "jeudi", "2020-09-17");
    });
    let types: Vec<&str> = events.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(types, ["Armed clash"], "{events:?}");
}

/// A shooting at a place where civilians gather, nobody named on either side, is an attack on
/// the people there; a shooting with no such place stays a clash of unidentified groups.
#[test]
fn s82_a_shooting_at_a_civilian_venue_is_an_attack() {
    let types = |text: &str| {
        let (events, _) = s82_run(text, |d| {
            place(d, "Kumasi", 1, "GH");
            time(d, "vendredi", "2020-09-18");
        });
        events.into_iter().map(|(t, _)| t).collect::<Vec<_>>()
    };
    assert_eq!(types("La fusillade a éclaté vendredi dans un restaurant de Kumasi."), ["Attack"]);
    assert_eq!(types("Une fusillade a éclaté vendredi à Kumasi."), ["Armed clash"]);
}

// S84: wordings

/// Acts told in a wording no trigger read before (S84), each in a sentence of its own: arrests
/// ("put behind bars", "mis aux arrêts", "assigné à résidence"), property desecrated, defaced,
/// bulldozed or carried off, a mass grave found, a missile test, South Asian protest wording
/// ("chakka jam", "downed shutters", an effigy burned), a thief thrashed by villagers, a blockade
/// imposed, a ceasefire violated, someone picked up by unknown men; in both languages.
#[test]
fn s84_rarer_wordings_are_events() {
    let s = stage();
    for (lang, text, want) in [
        ("en", "On Tuesday, the opposition leader was put behind bars in P.", "Arrests"),
        ("en", "On Tuesday, the journalist was placed under house arrest in P.", "Arrests"),
        ("en", "On Tuesday, two Naxals were held by police in P.", "Arrests"),
        ("en", "On Tuesday, unknown people desecrated graves in the cemetery of P.", "Looting/property destruction"),
        ("en", "On Tuesday, unidentified persons defaced a statue in P.", "Looting/property destruction"),
        ("en", "On Tuesday, the authorities bulldozed homes in P.", "Looting/property destruction"),
        ("en", "On Tuesday, armed men made away with livestock in P.", "Looting/property destruction"),
        ("en", "On Tuesday, a mass grave was discovered near P.", "Other"),
        ("en", "On Tuesday, the army test-fired a ballistic missile off P.", "Other"),
        ("en", "On Tuesday, farmers staged a chakka jam in P.", "Peaceful protest"),
        ("en", "On Tuesday, traders downed shutters in P.", "Peaceful protest"),
        ("en", "On Tuesday, activists burnt an effigy of the chief minister in P.", "Peaceful protest"),
        ("en", "On Tuesday, lawyers abstained from work in P.", "Peaceful protest"),
        ("en", "On Tuesday, villagers thrashed two suspected child lifters in P.", "Mob violence"),
        ("en", "On Tuesday, residents set upon a suspected robber in P.", "Mob violence"),
        ("en", "On Tuesday, the militants imposed a blockade on P.", "Change to group/activity"),
        ("en", "On Tuesday, the two armed groups signed a non-aggression pact in P.", "Agreement"),
        ("en", "On Tuesday, troops violated the ceasefire and shelled villages near P.", "Shelling/artillery/missile attack"),
        ("en", "On Tuesday, the activist was picked up by unidentified men in P.", "Abduction/forced disappearance"),
        ("fr", "Mardi, trois opposants ont été mis aux arrêts à P.", "Arrests"),
        ("fr", "Mardi, l'opposant a été assigné à résidence à P.", "Arrests"),
        ("fr", "Mardi, le journaliste a été incarcéré à P.", "Arrests"),
        ("fr", "Mardi, des inconnus ont profané des tombes à P.", "Looting/property destruction"),
        ("fr", "Mardi, des bandits ont dévalisé des voyageurs sur la route de P.", "Looting/property destruction"),
        ("fr", "Mardi, des hommes armés ont emporté du bétail à P.", "Looting/property destruction"),
        ("fr", "Mardi, des miliciens ont vandalisé une statue à P.", "Looting/property destruction"),
        ("fr", "Mardi, un charnier a été découvert près de P.", "Other"),
        ("fr", "Mardi, des militaires ont effectué des tirs de sommation à P.", "Other"),
        ("fr", "Mardi, les agriculteurs ont mené une opération escargot près de P.", "Peaceful protest"),
        ("fr", "Mardi, les cheminots ont débrayé à P.", "Peaceful protest"),
        ("fr", "Mardi, des centaines de personnes se sont réunies devant la préfecture de P.", "Peaceful protest"),
        ("fr", "Mardi, un voleur présumé a été pris à partie par une foule à P.", "Mob violence"),
        ("fr", "Mardi, des armes et des munitions ont été récupérées par l'armée à P.", "Disrupted weapons use"),
        ("fr", "Mardi, la police a mis en échec une tentative d'attentat à P.", "Disrupted weapons use"),
        ("fr", "Mardi, les jihadistes ont imposé un blocus à P.", "Change to group/activity"),
        ("fr", "Mardi, les deux groupes armés ont annoncé leur fusion à P.", "Change to group/activity"),
    ] {
        assert_eq!(s60_types(&s, lang, text), [want], "{text}");
    }
}

/// The same words in their other senses make no event: a team thrashed, a bill bulldozed through,
/// a government shutdown, money invested in a town, a minister taken to task in words.
#[test]
fn s84_other_senses_of_the_new_wordings_are_no_event() {
    let s = stage();
    for (lang, text) in [
        ("en", "On Tuesday, the home side thrashed the visitors 5-0 in P."),
        ("en", "On Tuesday, the government bulldozed the bill through parliament in P."),
        ("en", "On Tuesday, a government shutdown closed the museums of P."),
        ("fr", "Mardi, la région a investi dix millions d'euros dans la ville de P."),
        ("fr", "Mardi, un député a pris à partie le ministre à P."),
    ] {
        assert!(s60_types(&s, lang, text).is_empty(), "{text}: {:?}", s60_types(&s, lang, text));
    }
}

// S83: news arguments

/// S83: a count right before a word that says it counts no dead (the displaced, an age, a span of
/// time: `not_dead` of `event-casualties.tsv`) is no toll; a "killed" word told after a
/// coordinator with its own count after it is a verb with its own object.
#[test]
fn s83_the_displaced_an_age_or_a_duration_are_no_toll() {
    let s = stage();
    for (lang, text, day, dead) in [
        ("en", "On Tuesday, the offensive displaced 5000 people and killed 20 civilians in P.", "Tuesday", 20),
        ("en", "On Tuesday, gunmen who had hidden for 3 days killed 8 soldiers in P.", "Tuesday", 8),
        ("en", "On Tuesday, a man was shot and killed in P.", "Tuesday", 1),
        ("en", "On Tuesday, a civilian was shot and killed by several armed men in P.", "Tuesday", 1),
        ("en", "On Tuesday, two men were shot and killed, 3 others wounded in P.", "Tuesday", 2),
        ("fr", "Mardi, les combats ont fait 5000 déplacés et une vingtaine de morts à P.", "Mardi", 20),
        ("fr", "Mardi, après 48 heures de combats, 8 soldats ont été tués à P.", "Mardi", 8),
        ("fr", "Mardi, un homme de 24 ans a été tué par balles à P.", "Mardi", 1),
        // The count after a coordinator is the next conjunct's.
        ("en", "On Tuesday, gunmen stormed P, where they killed and displaced hundreds of villagers.", "Tuesday", 0),
        ("fr", "Mardi, des hommes armés ont attaqué P, où ils ont tué et déplacé des centaines de villageois.", "Mardi", 0),
    ] {
        let events = events_of(&s, lang, "2020-05-06", text, &[(day, "2020-05-05")]);
        assert_eq!(events.first().map(|e| e.fatalities.unwrap_or(0)), Some(dead), "{text}: {events:?}");
    }
}

/// S83: a time of day that names its day ("jeudi soir" 2018-12-13TEV) dates the event to that
/// day, not to the day of publication; one that names no day leaves the publication's.
#[test]
fn s83_a_time_of_day_dates_the_event_to_its_day() {
    let s = stage();
    for (lang, text, needle, value, want) in [
        ("fr", "Le tireur a été tué jeudi soir dans un échange de tirs avec la police à P.", "jeudi soir", "2018-12-13TEV", "2018-12-13"),
        ("en", "Jihadists attacked a military post in P on Thursday morning, killing 3 soldiers.", "Thursday morning", "2018-12-13TMO", "2018-12-13"),
        ("en", "Jihadists attacked a military post in P at 8pm, killing 3 soldiers.", "8pm", "T20:00", "2018-12-14"),
        // A time of day resolved after the publication dates nothing.
        ("en", "Jihadists attacked a military post in P in the early morning, killing 3 soldiers.", "early morning", "2018-12-15TMO", "2018-12-14"),
    ] {
        let mut d = doc(lang, "2018-12-14", text);
        place(&mut d, "P", 1, "ML");
        let span = span_of(&d, needle);
        d.times.push(TimeExpr { span, kind: TimexType::Time, value: value.into() });
        s.run(&mut d);
        assert_eq!(d.events.first().and_then(|e| e.date.as_deref()), Some(want), "{text}: {:?}", d.events);
    }
}

// S81: en news precision

/// S81: violence told as a stretch, a state, a support or a campaign, people fleeing it, and other
/// senses of trigger words (a "ticking bomb", fighters "tested in battle", leaflets dropped, a
/// side's record in the present perfect) are no event of the article.
#[test]
fn s81_stretches_supports_and_other_senses_are_no_event() {
    let s = stage();
    for (text, dates) in [
        ("After three days of intensive bombardment, more people emerged from P.", vec![]),
        ("Despite the current bombardment of P, the talks went on.", vec![]),
        ("He committed to ongoing airstrikes against Isis in P.", vec![]),
        ("The extensive damage from airstrikes in P could be clearly seen.", vec![]),
        ("The number of refugees fleeing fighting in P has doubled.", vec![]),
        ("Thousands fled the fighting in P.", vec![]),
        ("The regime waged one of the deadliest bombing campaigns of the war on P.", vec![]),
        ("The minister said P is a ticking bomb.", vec![]),
        ("His loyalists, all tested in battle, held P.", vec![]),
        ("Turkish jets dropped leaflets over P on Friday that said the incursion was aimed at militants.", vec![("Friday", "2018-03-16")]),
        ("Turkey is preparing for an offensive east of P, where Kurdish-led forces have battled Isis.", vec![]),
        ("The YPG sniper unit in P paid tribute to him.", vec![]),
    ] {
        let events = events_of(&s, "en", "2018-03-17", text, &dates);
        assert!(s62_counted(events.clone()).is_empty(), "{text}: {events:?}");
    }
}

/// S81: the means types the strike. A ground assault or offensive is fought (an armed clash, not
/// an attack on civilians by default); aircraft sent to attack and a bombing by the coalition are
/// air strikes; a ceasefire defied is the frame of the offensive, not the event; families shot are
/// civilians.
#[test]
fn s81_the_means_types_the_strike() {
    let s = stage();
    for (text, day, want) in [
        ("On Sunday, Turkish forces began a cross-border ground assault on P.", "Sunday", "Armed clash"),
        ("On Sunday, regime forces launched a fresh ground and air offensive against rebel positions in P in defiance of a nationwide ceasefire.", "Sunday", "Armed clash"),
        ("On Sunday, Russia sent in aircraft to attack P.", "Sunday", "Air/drone strike"),
        ("On Sunday, a coalition bombing raid struck a residential building in P, killing 50 people.", "Sunday", "Air/drone strike"),
        ("On Sunday, Islamic State fighters shot and wounded fleeing family members in P.", "Sunday", "Attack"),
    ] {
        let events = events_of(&s, "en", "2018-02-26", text, &[(day, "2018-02-25")]);
        assert_eq!(s62_counted(events.clone()), [want], "{text}: {events:?}");
    }
}

/// S81: a party after "backed by" that qualifies the party before it is its ally, not the
/// trigger's agent: the government troops take the town. A passive keeps its agent.
#[test]
fn s81_an_ally_is_no_agent() {
    let s = stage();
    let run = |text: &str, actors: &[(&str, u8)]| {
        let mut d = doc("en", "2017-10-15", text);
        place(&mut d, "P", 1, "SY");
        for (name, inter) in actors {
            actor(&mut d, name, *inter, Some("SY"));
        }
        time(&mut d, "Saturday", "2017-10-14");
        s.run(&mut d);
        d.events
    };
    let events = run("On Saturday, government troops backed by Shia militias took control of P.", &[("government troops", 1), ("Shia militias", 3)]);
    assert_eq!(events.first().map(|e| e.sub_event_type.as_str()), Some("Government regains territory"), "{events:?}");
    assert_eq!(events[0].actor1.as_ref().and_then(|a| a.inter), Some(1), "{events:?}");
    let events = run("On Saturday, soldiers were hit by a Taliban-planted landmine in P.", &[("soldiers", 1), ("Taliban", 2)]);
    assert_eq!(events.first().and_then(|e| e.actor1.as_ref()).and_then(|a| a.inter), Some(2), "{events:?}");
}

/// S81: strikes that back what the sentence tells ("backed by airstrikes") yield to its other
/// trigger; alone, they are no event.
#[test]
fn s81_support_yields_to_what_it_backs() {
    let s = stage();
    let backed = "On Monday, an operation by special forces, backed by airstrikes, killed 18 Taliban militants in P.";
    let events = events_of(&s, "en", "2020-05-05", backed, &[("Monday", "2020-05-04")]);
    assert_eq!(s62_counted(events.clone()), ["Armed clash"], "{backed}: {events:?}");
    let alone = "The battle for the town, backed by US-led airstrikes, has been raging in P.";
    let events = events_of(&s, "en", "2020-05-05", alone, &[]);
    assert!(s62_counted(events.clone()).is_empty(), "{alone}: {events:?}");
}

/// S83: who speaks or judges (a verb of speech or opinion of `event-sources.tsv`: "s'est
/// exprimé", "a estimé", "warned") is the source, not a side of the event told after it.
#[test]
fn s83_a_speaker_is_no_side() {
    let s = stage();
    for (lang, text, speaker) in [
        ("fr", "Mardi, François Hollande s'est exprimé après les frappes aériennes sur P.", "François Hollande"),
        ("fr", "Mardi, François Hollande a estimé que les frappes aériennes sur P étaient justifiées.", "François Hollande"),
        ("en", "On Tuesday, Macron warned that air strikes on P had killed 20 civilians.", "Macron"),
    ] {
        let mut d = doc(lang, "2020-05-06", text);
        actor(&mut d, speaker, 1, Some("FR"));
        place(&mut d, "P", 1, "SY");
        time(&mut d, if lang == "fr" { "Mardi" } else { "Tuesday" }, "2020-05-05");
        s.run(&mut d);
        let e = d.events.first().unwrap_or_else(|| panic!("{text}: an event"));
        assert!(e.actor1.as_ref().and_then(|a| a.name.as_deref()) != Some(speaker), "{text}: {:?}", e.actor1);
        assert!(e.actor2.as_ref().and_then(|a| a.name.as_deref()) != Some(speaker), "{text}: {:?}", e.actor2);
    }
}

/// Headlines and present-tense leads tell the same acts as the past-tense rows: an arrest, a
/// prisoner swap, an allegiance pledged, a device destroyed, people fleeing, a strike, an exchange
/// of fire, stones pelted by protesters; a ceasefire accepted is concluded.
#[test]
fn s84_present_tense_wordings_are_events() {
    let s = stage();
    for (lang, text, want) in [
        ("en", "Police nab two Maoists in P on Tuesday", "Arrests"),
        ("en", "Taliban, government swap prisoners in P on Tuesday", "Agreement"),
        ("en", "Militant group pledges allegiance to Islamic State in P on Tuesday", "Change to group/activity"),
        ("en", "Troops destroy IED on highway near P on Tuesday", "Disrupted weapons use"),
        ("en", "Thousands flee P after militant threats on Tuesday", "Other"),
        ("en", "Teachers go on strike in P on Tuesday", "Peaceful protest"),
        ("en", "Troops, militants exchange fire in P on Tuesday", "Armed clash"),
        ("en", "Protesters pelt stones at police in P on Tuesday", "Violent demonstration"),
        ("en", "The warring parties accepted a ceasefire in P.", "Agreement"),
        ("fr", "Des milliers d'habitants fuient P mardi", "Other"),
        ("fr", "Les belligérants ont conclu une trêve à P.", "Agreement"),
    ] {
        assert_eq!(s60_types(&s, lang, text), [want], "{text}");
    }
}

/// An explosive thrown by hand is a grenade; a place cleared of militants, reclaimed or secured by
/// the state's forces, control restored, is territory regained; arrests told as caught or busted.
#[test]
fn s84_grenades_territory_and_arrests_in_other_words() {
    let s = stage();
    for (lang, text, want) in [
        ("en", "On Tuesday, unidentified men threw an explosive at a police post in P.", "Grenade"),
        ("en", "On Tuesday, militants lobbed an explosive device at the camp in P.", "Grenade"),
        ("fr", "Mardi, des inconnus ont jeté un engin explosif sur un poste de police à P.", "Grenade"),
        ("en", "On Tuesday, police caught two suspects in P.", "Arrests"),
        ("en", "On Tuesday, police busted a gang of robbers in P.", "Arrests"),
        ("en", "On Tuesday, activists launched a signature campaign in P.", "Peaceful protest"),
        ("en", "On Tuesday, police and paramilitary forces conducted a flag march in P.", "Change to group/activity"),
        ("en", "On Tuesday, the administration imposed prohibitory orders in P.", "Change to group/activity"),
    ] {
        assert_eq!(s60_types(&s, lang, text), [want], "{text}");
    }
    for (lang, text, army) in [
        ("en", "On Tuesday, the army cleared the area of militants near P.", "army"),
        ("en", "On Tuesday, the army reclaimed the town of P from the insurgents.", "army"),
        ("en", "On Tuesday, the army restored control over P.", "army"),
        ("fr", "Mardi, l'armée a délogé les jihadistes de P.", "armée"),
        ("fr", "Mardi, l'armée a rétabli son contrôle sur P.", "armée"),
    ] {
        let mut d = doc(lang, "2020-05-07", text);
        actor(&mut d, army, 1, None);
        place(&mut d, "P", 1, "ML");
        s.run(&mut d);
        let types: Vec<&str> = d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.as_str()).collect();
        assert_eq!(types, ["Government regains territory"], "{text}: {:?}", d.events);
    }
    // "secured" with no place for object, "sécurisé" a loan: no territory.
    assert!(s60_types(&s, "en", "On Tuesday, the company secured a loan in P.").is_empty());
    assert!(s60_types(&s, "fr", "Mardi, la banque a sécurisé le prêt à P.").is_empty());
}


// Integrator: the day of the telling

/// The day right after a reporting verb dates the telling, not the event: the event told again
/// with its own day is one record, dated by its own day; alone, the day of the telling still
/// dates it. A reporter's name does not start with that day.
#[test]
fn the_day_of_the_telling_neither_dates_nor_splits_the_event() {
    let s = stage();
    for (lang, text, days, want) in [
        (
            "fr",
            "Trois civils ont été tués jeudi dans une attaque près de P.\nL'attaque a fait trois morts parmi les civils, a indiqué vendredi le ministère.",
            vec![("jeudi", "2018-12-13"), ("vendredi", "2018-12-14")],
            vec!["2018-12-13"],
        ),
        (
            "en",
            "Three soldiers were killed on Thursday in an ambush near P.\nThe ambush killed three soldiers, the ministry said on Friday.",
            vec![("Thursday", "2018-12-13"), ("Friday", "2018-12-14")],
            vec!["2018-12-13"],
        ),
        (
            "fr",
            "Trois soldats ont été tués dans une attaque près de P, a-t-on appris vendredi de source militaire.",
            vec![("vendredi", "2018-12-14")],
            vec!["2018-12-14"],
        ),
    ] {
        let mut d = doc(lang, "2018-12-15", text);
        place(&mut d, "P", 1, "ML");
        for (needle, value) in days {
            let span = span_of(&d, needle);
            d.times.push(TimeExpr { span, kind: TimexType::Date, value: value.into() });
        }
        s.run(&mut d);
        let got: Vec<&str> = d.events.iter().filter_map(|e| e.date.as_deref()).collect();
        assert_eq!(got, want, "{text}: {:?}", d.events);
        for e in &d.events {
            if let Some(source) = &e.source {
                assert!(!source.name.starts_with("vendredi") && !source.name.starts_with("Friday"), "{text}: {source:?}");
            }
        }
    }
}

// S90: fr history and reactions

/// The trigger as the subject of the pluperfect, with no day, is the past recalled ("Les attaques
/// avaient fait 130 morts"); with a recent day it is that day's event.
#[test]
fn s90_the_subject_of_the_pluperfect_is_the_past_recalled() {
    let (events, reasons) = s82_run("Les attaques avaient fait 130 morts et plus de 350 blessés à Kumasi.", |d| place(d, "Kumasi", 1, "GH"));
    assert!(events.is_empty(), "{events:?}");
    assert!(reasons.iter().any(|r| r == "pluperfect"), "{reasons:?}");
    // Reported speech: the sequence of tenses tells the recent past.
    let (events, _) = s82_run("Le ministère a déclaré que des raids aériens intenses avaient visé des positions rebelles près de Kumasi.", |d| place(d, "Kumasi", 1, "GH"));
    assert_eq!(events.len(), 1, "{events:?}");
    let (events, _) = s82_run("L'embuscade avait fait trois morts samedi près de Kumasi.", |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "samedi", "2020-09-19");
    });
    assert_eq!(events.len(), 1, "{events:?}");
}

/// An attack named by its suspect, an anniversary in years, a commemoration, a tribute, an
/// investigation into it, a reaction naming it with a demonstrative: told elsewhere or history.
#[test]
fn s90_reactions_and_remembrance_are_no_second_event() {
    let none: [(&str, Option<(&str, &str)>); 6] = [
        ("Le suspect clé des attentats qui ont fait douze morts à Kumasi a comparu devant un juge.", None),
        ("Près d'un an après les attentats de Kumasi, des artistes lancent un appel à la fraternité.", None),
        ("La ville de Kumasi commémore dimanche le bombardement qui la détruisit.", Some(("dimanche", "2020-09-20"))),
        ("Nous aurons tous une pensée pour les hommes abattus lors de l'attaque de Kumasi, a dit le président.", None),
        ("Le maire a réuni son conseil à Kumasi à la suite de cette attaque.", None),
        ("Une chaîne diffusera une enquête approfondie sur les attentats de Kumasi.", None),
    ];
    for (text, day) in none {
        let (events, reasons) = s82_run(text, |d| {
            place(d, "Kumasi", 1, "GH");
            if let Some((needle, value)) = day {
                time(d, needle, value);
            }
        });
        assert!(events.is_empty(), "{text}: {events:?}");
        assert!(reasons.iter().any(|r| r == "background"), "{text}: {reasons:?}");
    }
    // The attack itself, told as news, stays.
    let (events, _) = s82_run("Des hommes armés ont attaqué samedi un village près de Kumasi, tuant douze civils.", |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "samedi", "2020-09-19");
    });
    assert_eq!(events.len(), 1, "{events:?}");
}

/// Pictures taken by a drone are no drone strike; a drone that strikes still is one.
#[test]
fn s90_drone_pictures_are_no_strike() {
    let (events, _) = s82_run("Sur des images de drones filmées à Kumasi, les ruines s'étendent à perte de vue.", |d| place(d, "Kumasi", 1, "GH"));
    assert!(events.is_empty(), "{events:?}");
    let (events, _) = s82_run("Un drone a frappé samedi un convoi près de Kumasi, tuant quatre combattants.", |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "samedi", "2020-09-19");
    });
    assert_eq!(events.len(), 1, "{events:?}");
}

// S89: en not events

/// S89: acts that share words with events (arms sold, an agreement on what should be done, a call
/// to respect a ceasefire, talks on one, a standing deployment, an online agitator, a victory
/// celebrated) are no event; the future and threats told further from the trigger, aims and
/// attacks talked about did not happen; aggregates (a string of attacks, repeated ones, a rise,
/// a toll since a year even with a recent day) and a war fought in are no event of the article.
/// Each has a control, the same act told as an event, which stays.
#[test]
fn s89_acts_futures_and_aggregates_are_no_event() {
    let s = stage();
    let day = [("Sunday", "2018-04-08")];
    for (text, control) in [
        ("The state department approved the sale of Patriot missiles to Turkey in P.", "Missiles struck a base in P on Sunday."),
        ("The three ministers agreed that military chiefs of staff should meet soon in P.", "The rebels and the army agreed a ceasefire in P on Sunday."),
        ("Leaders urged Putin to ensure the ceasefire in P was implemented.", "The rebels and the army agreed a ceasefire in P on Sunday."),
        ("A new round of talks on a ceasefire in P opened.", "The rebels and the army agreed a ceasefire in P on Sunday."),
        ("Conflicts where US troops are currently deployed in P worry him.", "The army deployed troops in P on Sunday."),
        ("US troops are currently deployed in P.", "The army deployed troops in P on Sunday."),
        ("She was one of the most prominent online agitators in P.", "Agitators blocked the road in P on Sunday."),
        ("Fighters fired into the air in P to celebrate the victory.", "Fighters clashed with the army in P on Sunday."),
        ("Walking into the stadium in P for the first time since the battle ended.", "Fighters clashed with the army in P on Sunday."),
        ("Trump told Moscow to get ready for incoming missiles on P.", "Missiles struck a base in P on Sunday."),
        ("Ahead of a widely expected incursion into P, Erdogan spoke.", "Turkish troops launched an incursion into P on Sunday."),
        ("It will leave the Turks with a free hand to attack P.", "Turkish troops attacked P on Sunday."),
        ("Officials sought guarantees that the air force inside Syria would not attack P.", "The air force bombed P on Sunday."),
        ("The president said they could fire on migrants throwing stones in P.", "Migrants threw stones at police in P on Sunday."),
        ("Rebels say they can do nothing to stop the assault on P.", "The army launched an assault on P on Sunday."),
        ("The zone shields towns from any incursions or rocket attacks on P.", "Rocket attacks hit P on Sunday."),
        ("He has tweeted about firing missiles into P.", "Missiles struck a base in P on Sunday."),
        ("Militants carried out a string of bombings in P.", "Militants carried out a bombing in P on Sunday."),
        ("In P, bombings and sniper attacks have also increased.", "Militants carried out a bombing in P on Sunday."),
        ("Dozens of fighters have crossed into P in recent weeks.", "Fighters crossed into P on Sunday and attacked a post."),
        ("The ministry said on Sunday that airstrikes killed 4,315 fighters in P since 2014.", "Airstrikes killed 43 fighters in P on Sunday."),
        ("Thousands have continued to flee the assault on P.", "The army launched an assault on P on Sunday."),
        ("His grandfather fought in the Spanish civil war near P.", "Fighters clashed with the army in P on Sunday."),
    ] {
        let days = |t: &str| if t.contains("Sunday") { day.to_vec() } else { vec![] };
        let events = events_of(&s, "en", "2018-04-10", text, &days(text));
        assert!(s62_counted(events.clone()).is_empty(), "{text}: {events:?}");
        let events = events_of(&s, "en", "2018-04-10", control, &days(control));
        assert!(!s62_counted(events.clone()).is_empty(), "control {control}: {events:?}");
    }
    // Still events: "would" four words after the trigger belongs to another clause's plan (S81), a
    // pay rise demanded is no rise of protests, a battle shorter than expected was fought.
    for text in [
        "Workers held a demonstration in P against a plan that would cut pensions.",
        "Medics protested in P demanding increased hazard pay.",
        "Iraqi forces won P after a much shorter than expected battle on Sunday.",
    ] {
        let days = if text.contains("Sunday") { day.to_vec() } else { vec![] };
        let events = events_of(&s, "en", "2018-04-10", text, &days);
        assert!(!s62_counted(events.clone()).is_empty(), "{text}: {events:?}");
    }
}

// S88: news types
/// An abduction (or an arrest) keeps its type when the attack told after it happened elsewhere:
/// only a killing where the people were taken makes the abduction that attack.
#[test]
fn s88_an_abduction_with_an_attack_elsewhere_stays_an_abduction() {
    let s = stage();
    for (lang, text, kind) in [
        ("fr", "Des hommes armés ont enlevé deux touristes mardi à Kumasi.\nDes jihadistes ont tué 20 civils mardi à Tamale.", "Abduction/forced disappearance"),
        ("en", "Gunmen kidnapped two tourists in Kumasi on Tuesday.\nJihadists killed 20 civilians in Tamale on Tuesday.", "Abduction/forced disappearance"),
        ("fr", "La police a arrêté un médecin mardi à Kumasi.\nDes jihadistes ont tué 20 civils mardi à Tamale.", "Arrests"),
    ] {
        let mut d = doc(lang, "2021-03-10", text);
        place(&mut d, "Kumasi", 1, "GH");
        place(&mut d, "Tamale", 2, "GH");
        s.run(&mut d);
        let types: Vec<&str> = d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.as_str()).collect();
        assert_eq!(types, [kind, "Attack"], "{text}");
    }
}

/// An effigy, a flag or a portrait set on fire is a protest act, not the crowd's violence; cars
/// set on fire still are.
#[test]
fn s88_an_effigy_burned_is_a_peaceful_protest() {
    let s = stage();
    for (lang, text) in [
        ("fr", "A Kumasi, des manifestants ont piétiné et incendié des effigies du président mardi."),
        ("fr", "Des manifestants ont brûlé des drapeaux mardi à Kumasi."),
        ("en", "Protesters set fire to an effigy of the governor in Kumasi on Tuesday."),
        ("en", "Protesters burned effigies of the president in Kumasi on Tuesday."),
    ] {
        assert_eq!(s61_types(&s, lang, text, &[]), ["Peaceful protest"], "{text}");
    }
    for (lang, text) in [
        ("fr", "Des manifestants ont incendié des voitures mardi à Kumasi."),
        ("en", "Protesters set fire to cars in Kumasi on Tuesday."),
    ] {
        assert_eq!(s61_types(&s, lang, text, &[]), ["Violent demonstration"], "{text}");
    }
}

/// The means named types the violence: raids (plural, in French war news: air raids), a truck bomb.
#[test]
fn s88_the_means_named_types_the_violence() {
    let s = stage();
    for (text, kind) in [
        ("Mardi soir, quatorze combattants ont été tués dans des raids nocturnes à Kumasi.", "Air/drone strike"),
        ("Mardi, des jihadistes ont mené une attaque au camion piégé contre une caserne à Kumasi.", "Remote explosive/landmine/IED"),
    ] {
        let actors: &[(&str, u8)] = if text.contains("jihadistes") { &[("jihadistes", 2)] } else { &[] };
        assert_eq!(s61_types(&s, "fr", text, actors), [kind], "{text}");
    }
}

/// A passive verb's subject set off by an apposition ("the leader of the group, X, was killed by
/// the army") is the side hit: two armed sides, a clash, not an attack on civilians.
#[test]
fn s88_the_subject_before_an_apposition_is_the_side_hit() {
    let s = stage();
    for (lang, text) in [
        ("fr", "Le chef du groupe Ansar, Ali Bako, a été tué par l'armée mardi à Kumasi."),
        ("en", "The leader of the Ansar group, Ali Bako, was killed by the army in Kumasi on Tuesday."),
    ] {
        let actors: &[(&str, u8)] = if lang == "fr" { &[("groupe Ansar", 2), ("l'armée", 1)] } else { &[("Ansar group", 2), ("the army", 1)] };
        let got = s61_types(&s, lang, text, actors);
        assert_eq!(got, ["Armed clash"], "{text}");
    }
    // An official so named is no armed side: an attack on him.
    let text = "On Tuesday, the house of the Mayor of Kumasi, Ali Bako was shot at by an unidentified attacker.";
    assert_eq!(s61_types(&s, "en", text, &[("Mayor", 1)]), ["Attack"], "{text}");
}

/// A title naming the attack by an old date written with its year ("Attentats de janvier 2015 :")
/// makes the undated violence of the body that past; a title counting since a year does not.
#[test]
fn s90_a_title_naming_an_old_attack_tells_its_aftermath() {
    let text = "Attentats de mars 2016 : un témoin raconte\n\nUne attaque qui lance alors trois jours de traque dans une usine à Kumasi.";
    let mut d = doc("fr", "2020-09-22", text);
    let title = "Attentats de mars 2016 : un témoin raconte";
    d.meta.title = Some(vigie_core::Title { text: title.into(), origin: Origin::Text, span: Some(Span::new(0, title.len())) });
    time(&mut d, "mars 2016", "2016-03");
    place(&mut d, "Kumasi", 1, "GH");
    d.dropped = Some(Vec::new());
    stage().run(&mut d);
    assert!(d.events.iter().all(|e| !e.happened()), "{:?}", d.events);
    assert!(d.dropped.iter().flatten().any(|w| w.reason == "past_news"), "{:?}", d.dropped);
}

// S94: battles

/// For the probe tables: `None` when the first type found is `want` ("none": no event found), else
/// the line that says what was found instead.
fn first_type_mismatch(text: &str, want: &str, got: &[String]) -> Option<String> {
    let ok = if want == "none" { got.is_empty() } else { got.first().map(String::as_str) == Some(want) };
    (!ok).then(|| format!("{text}: want {want}, got {got:?}"))
}


/// The types of the events `s` finds in `text` (one sentence a line), with the places and the
/// actors (their ACLED inter code and country) the earlier stages find in it, with their countries, every telling of an actor
/// marked; a day named ("Tuesday", "mardi") dates it.
fn s94_types(s: &EventStage, lang: &str, text: &str, places: &[(&str, &str)], actors: &[(&str, u8, &str)]) -> Vec<String> {
    let mut d = doc(lang, "2020-05-07", text);
    for (i, (p, country)) in places.iter().enumerate() {
        place(&mut d, p, 9400 + i as u64, country);
    }
    for (needle, inter, country) in actors {
        for (start, _) in text.match_indices(needle) {
            let country = Some(country.to_string()).filter(|c| !c.is_empty());
            let actor = ActorRef { name: Some((*needle).into()), inter: Some(*inter), country, ..Default::default() };
            d.mentions.push(vigie_core::ActorMention { span: Span::new(start, start + needle.len()), actor });
        }
    }
    d.mentions.sort_by_key(|m| m.span);
    for day in ["Tuesday", "Saturday", "Mardi", "mardi"] {
        if let Some(start) = d.text.find(day) {
            d.times.push(TimeExpr { span: Span::new(start, start + day.len()), kind: TimexType::Date, value: "2020-05-05".into() });
        }
    }
    d.times.sort_by_key(|t| t.span);
    s.run(&mut d);
    d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.clone()).collect()
}

/// Battles, territory and remote violence told the way wires word them, in both languages: two
/// organised armed sides fight (an armed clash; an offensive or an assault launched on an armed
/// group too), an armed group's violence on civilians is an attack; the side that takes a place
/// decides between territory regained by the state (ACLED codes the Houthi forces as a state's) and
/// overtaken by a non-state group, and a place handed over or left is a non-violent transfer; the
/// weapon named decides the remote violence (a booby trap is a remote explosive, an "attentat"
/// against soldiers with no weapon named a bomb set off from afar); a weapon intercepted, defused
/// or seized never went off; a grenade or a bomb the side hit answers with gunfire, told in the
/// next sentence, is one armed clash. Actors and places are what the actor and place stages find in
/// each sentence.
#[test]
fn s94_battles_territory_and_weapons_typed_as_acled_types_them() {
    let s = stage();
    type Probe<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)], &'a [(&'a str, u8, &'a str)], &'a str);
    let probes: &[Probe] = &[
        ("en", "On Tuesday, troops clashed with Taliban fighters in Kunduz, killing five militants.", &[("Kunduz", "AF")], &[("troops", 1, ""), ("Taliban", 2, "AF")], "Armed clash"),
        ("en", "On Tuesday, security forces exchanged fire with al-Shabaab militants near Afgoye.", &[("Afgoye", "SO")], &[("security forces", 1, ""), ("al-Shabaab", 2, "SO")], "Armed clash"),
        ("en", "Fighting broke out on Tuesday between the army and Houthi rebels in Marib.", &[("Marib", "YE")], &[("army", 1, ""), ("Houthi", 1, "YE"), ("rebels", 2, "")], "Armed clash"),
        ("en", "On Tuesday, Boko Haram fighters attacked a military base in Monguno, and soldiers repelled the assault.", &[("Monguno", "NG")], &[("Boko Haram", 2, "NG"), ("military", 1, ""), ("soldiers", 1, "")], "Armed clash"),
        ("en", "On Tuesday, Turkey launched an assault on the Kurdish YPG militia in Afrin.", &[("Turkey", "TR"), ("Afrin", "SY")], &[("YPG", 2, "SY"), ("militia", 3, "")], "Armed clash"),
        ("en", "On Tuesday, the army launched an offensive against ISIS militants in Deir ez-Zor.", &[("Deir ez-Zor", "SY")], &[("army", 1, ""), ("ISIS", 2, "")], "Armed clash"),
        ("en", "Militants ambushed an army convoy near Kidal on Tuesday, killing three soldiers.", &[("Kidal", "ML")], &[("army", 1, ""), ("soldiers", 1, "")], "Armed clash"),
        ("en", "On Tuesday, gunmen attacked a police checkpoint in Zamfara, killing two policemen.", &[("Zamfara", "NG")], &[("gunmen", 3, ""), ("police", 1, ""), ("policemen", 1, "")], "Armed clash"),
        ("en", "On Tuesday, a gun battle erupted between police and bandits in Katsina.", &[("Katsina", "NG")], &[("police", 1, ""), ("bandits", 3, "")], "Armed clash"),
        ("en", "On Tuesday, rebels attacked army positions near Beni.", &[("Beni", "CD")], &[("rebels", 2, ""), ("army", 1, "")], "Armed clash"),
        ("en", "On Tuesday, gunmen killed six villagers in Zamfara.", &[("Zamfara", "NG")], &[("gunmen", 3, ""), ("villagers", 7, "")], "Attack"),
        ("en", "On Tuesday, militants attacked a village near Beni, killing 12 civilians.", &[("Beni", "CD")], &[("civilians", 7, "")], "Attack"),
        ("en", "On Tuesday, unidentified gunmen shot dead a shopkeeper in Peshawar.", &[("Peshawar", "PK")], &[("unidentified gunmen", 3, "")], "Attack"),
        ("en", "On Tuesday, soldiers opened fire on civilians in Bamenda, killing three.", &[("Bamenda", "CM")], &[("soldiers", 1, ""), ("civilians", 7, "")], "Attack"),
        ("en", "On Tuesday, ADF rebels hacked to death 15 villagers near Beni.", &[("Beni", "CD")], &[("ADF", 2, "CD"), ("rebels", 2, ""), ("villagers", 7, "")], "Attack"),
        ("en", "On Tuesday, troops recaptured the town of Baidoa from al-Shabaab.", &[("Baidoa", "SO")], &[("troops", 1, ""), ("al-Shabaab", 2, "SO")], "Government regains territory"),
        ("en", "On Tuesday, regime forces took back the town of Saraqib from rebels.", &[("Saraqib", "SY")], &[("regime forces", 1, ""), ("rebels", 2, "")], "Government regains territory"),
        ("en", "On Tuesday, the Iraqi army retook the district of Hawija from the Islamic State.", &[], &[("Iraqi army", 1, "IQ"), ("Islamic State", 2, "")], "Government regains territory"),
        ("en", "On Tuesday, government forces regained control of the town of Palma.", &[("Palma", "ES")], &[("government forces", 1, "")], "Government regains territory"),
        ("en", "On Tuesday, the army liberated the town of Gwoza from Boko Haram.", &[("Gwoza", "NG")], &[("army", 1, ""), ("Boko Haram", 2, "NG")], "Government regains territory"),
        ("en", "On Tuesday, Syrian government forces seized the village of Kafr Nabl from rebels.", &[("Kafr Nabl", "SY")], &[("Syrian government forces", 1, "SY"), ("rebels", 2, "")], "Government regains territory"),
        ("en", "On Tuesday, Afghan forces recaptured Kunduz from the Taliban.", &[("Kunduz", "AF")], &[("Afghan forces", 1, "AF"), ("Taliban", 2, "AF")], "Government regains territory"),
        ("en", "On Tuesday, the Malian army retook control of Konna.", &[], &[("Malian army", 1, "ML")], "Government regains territory"),
        ("en", "On Tuesday, Taliban fighters captured the district of Ghormach.", &[("Ghormach", "AF")], &[("Taliban", 2, "AF")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, al-Shabaab militants overran a military base in El Baraf.", &[], &[("al-Shabaab", 2, "SO"), ("military", 1, "")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, rebels seized the town of Saraqib from government forces.", &[("Saraqib", "SY")], &[("rebels", 2, ""), ("government forces", 1, "")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, Houthi rebels took control of the district of Nihm.", &[], &[("Houthi", 1, "YE"), ("rebels", 2, "")], "Government regains territory"),
        ("en", "On Tuesday, the Islamic State seized the town of Mocimboa da Praia.", &[("Mocimboa da Praia", "MZ")], &[("Islamic State", 2, "")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, jihadists overran an army post in Boulkessi.", &[], &[("jihadists", 2, ""), ("army", 1, "")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, the town of Ghazni fell to the Taliban.", &[("Ghazni", "AF")], &[("Taliban", 2, "AF")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, M23 rebels captured the town of Bunagana.", &[], &[("M23", 2, "CD"), ("rebels", 2, "")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, the army withdrew from Kidal and rebels entered the town.", &[("Kidal", "ML")], &[("army", 1, ""), ("rebels", 2, "")], "Non-violent transfer of territory"),
        ("en", "On Tuesday, the Taliban took control of the district of Nawa without a fight.", &[("Nawa", "SY")], &[("Taliban", 2, "AF")], "Non-violent transfer of territory"),
        ("en", "On Tuesday, French forces handed over the Gossi base to the Malian army.", &[], &[("French forces", 1, "FR"), ("Malian army", 1, "ML")], "Non-violent transfer of territory"),
        ("en", "On Tuesday, rebels handed over control of the town of Rumangabo to the army.", &[], &[("rebels", 2, ""), ("army", 1, "")], "Non-violent transfer of territory"),
        ("en", "On Tuesday, government forces withdrew from the town of Gao, which rebels then entered.", &[("Gao", "ML")], &[("government forces", 1, ""), ("rebels", 2, "")], "Non-violent transfer of territory"),
        ("en", "On Tuesday, the militia handed the checkpoint over to the police in Tripoli.", &[("Tripoli", "LY")], &[("militia", 3, ""), ("police", 1, "")], "Non-violent transfer of territory"),
        ("en", "On Tuesday, a US drone strike killed three al-Shabaab militants near Jilib.", &[("US", "US"), ("Jilib", "SO")], &[("US drone strike", 1, "US"), ("al-Shabaab", 2, "SO")], "Air/drone strike"),
        ("en", "On Tuesday, Saudi-led coalition airstrikes hit a market in Saada, killing 10 civilians.", &[("Saada", "YE")], &[("Saudi-led coalition", 8, "SA"), ("civilians", 7, "")], "Air/drone strike"),
        ("en", "On Tuesday, Russian warplanes bombed rebel positions in Idlib.", &[("Idlib", "SY")], &[("Russian warplanes", 1, "RU"), ("rebel", 2, "")], "Air/drone strike"),
        ("en", "On Tuesday, a helicopter gunship fired rockets at militant hideouts in Waziristan.", &[], &[], "Air/drone strike"),
        ("en", "On Tuesday, the air force carried out air raids on Boko Haram positions near Sambisa.", &[], &[("Boko Haram", 2, "NG")], "Air/drone strike"),
        ("en", "On Tuesday, Israeli jets struck targets in Gaza.", &[("Gaza", "MZ")], &[("Israeli jets", 1, "IL")], "Air/drone strike"),
        ("en", "On Tuesday, rebels shelled a residential area in Donetsk, killing two civilians.", &[("Donetsk", "UA")], &[("rebels", 2, ""), ("civilians", 7, "")], "Shelling/artillery/missile attack"),
        ("en", "On Tuesday, mortar rounds hit a market in Mogadishu, killing four people.", &[("Mogadishu", "SO")], &[], "Shelling/artillery/missile attack"),
        ("en", "On Tuesday, Houthi rebels fired a ballistic missile at Marib.", &[("Marib", "YE")], &[("Houthi", 1, "YE"), ("rebels", 2, "")], "Shelling/artillery/missile attack"),
        ("en", "On Tuesday, artillery fire hit villages near Tal Tamr.", &[("Tal Tamr", "SY")], &[], "Shelling/artillery/missile attack"),
        ("en", "On Tuesday, rockets fired from Gaza landed near Sderot.", &[("Gaza", "PS"), ("Sderot", "IL")], &[], "Shelling/artillery/missile attack"),
        ("en", "On Tuesday, the army shelled Taliban positions in Helmand.", &[("Helmand", "AF")], &[("army", 1, ""), ("Taliban", 2, "AF")], "Shelling/artillery/missile attack"),
        ("en", "On Tuesday, a roadside bomb killed three soldiers near Mopti.", &[("Mopti", "ML")], &[("soldiers", 1, "")], "Remote explosive/landmine/IED"),
        ("en", "On Tuesday, an improvised explosive device exploded near a police vehicle in Kandahar, killing two policemen.", &[("Kandahar", "AF")], &[("police", 1, ""), ("policemen", 1, "")], "Remote explosive/landmine/IED"),
        ("en", "On Tuesday, a landmine killed two children in Hodeidah.", &[("Hodeidah", "YE")], &[("children", 7, "")], "Remote explosive/landmine/IED"),
        ("en", "On Tuesday, a car bomb exploded in Mogadishu, killing eight people.", &[("Mogadishu", "SO")], &[], "Remote explosive/landmine/IED"),
        ("en", "On Tuesday, a booby trap killed a soldier in Kirkuk.", &[("Kirkuk", "IQ")], &[("soldier", 1, "")], "Remote explosive/landmine/IED"),
        ("en", "On Tuesday, a booby-trapped motorcycle exploded in Kabul, killing one.", &[("Kabul", "AF")], &[], "Remote explosive/landmine/IED"),
        ("en", "On Tuesday, a military vehicle hit a mine near Gao, killing two soldiers.", &[("Gao", "ML")], &[("military", 1, ""), ("soldiers", 1, "")], "Remote explosive/landmine/IED"),
        ("en", "On Tuesday, a magnetic bomb attached to a car exploded in Kabul, killing a judge.", &[("Kabul", "AF")], &[], "Remote explosive/landmine/IED"),
        ("en", "On Tuesday, a suicide bomber blew himself up at a mosque in Kabul, killing 20 people.", &[("Kabul", "AF")], &[], "Suicide bomb"),
        ("en", "On Tuesday, a suicide car bomb struck an army base in Mogadishu.", &[("Mogadishu", "SO")], &[("army", 1, "")], "Suicide bomb"),
        ("en", "On Tuesday, a female suicide bomber detonated her explosives at a market in Maiduguri.", &[("Maiduguri", "NG")], &[], "Suicide bomb"),
        ("en", "On Tuesday, a suicide attack on a police station killed five officers in Quetta.", &[("Quetta", "PK")], &[("police", 1, "")], "Suicide bomb"),
        ("en", "On Tuesday, an attacker wearing an explosive vest blew himself up in Kabul.", &[("Kabul", "AF")], &[("attacker", 3, "")], "Suicide bomb"),
        ("en", "On Tuesday, unidentified men lobbed a grenade at a police station in Srinagar.", &[("Srinagar", "IN")], &[("unidentified men", 3, ""), ("police", 1, "")], "Grenade"),
        ("en", "On Tuesday, a hand grenade was thrown at a bar in Bujumbura, injuring six people.", &[("Bujumbura", "BI")], &[], "Grenade"),
        ("en", "On Tuesday, militants hurled a grenade at a CRPF patrol in Pulwama.", &[("Pulwama", "IN")], &[], "Grenade"),
        ("en", "On Tuesday, a grenade attack on a market in Bujumbura injured ten people.", &[("Bujumbura", "BI")], &[], "Grenade"),
        ("en", "On Tuesday, a man threw a grenade into a crowd in Mindanao.", &[], &[], "Grenade"),
        ("en", "On Tuesday, a chlorine gas attack hit the town of Douma.", &[("Douma", "SY")], &[], "Chemical weapon"),
        ("en", "On Tuesday, government forces used sarin gas against civilians in Khan Shaykhun.", &[("Khan Shaykhun", "SY")], &[("government forces", 1, ""), ("civilians", 7, "")], "Chemical weapon"),
        ("en", "On Tuesday, regime helicopters dropped barrels filled with toxic gas on Kafr Zita.", &[], &[("regime helicopters", 1, "")], "Chemical weapon"),
        ("en", "On Tuesday, a chemical weapons attack killed dozens of people in Ghouta.", &[("Ghouta", "SK")], &[], "Chemical weapon"),
        ("en", "On Tuesday, police defused a bomb planted near a school in Quetta.", &[("Quetta", "PK")], &[("police", 1, "")], "Disrupted weapons use"),
        ("en", "On Tuesday, Saudi air defences intercepted a ballistic missile fired at Jizan.", &[("Jizan", "SA")], &[], "Disrupted weapons use"),
        ("en", "On Tuesday, the coalition shot down a Houthi drone over Abha.", &[("Abha", "SA")], &[("Houthi", 1, "YE")], "Disrupted weapons use"),
        ("en", "On Tuesday, security forces seized a weapons cache in Kirkuk.", &[("Kirkuk", "IQ")], &[("security forces", 1, "")], "Disrupted weapons use"),
        ("en", "On Tuesday, the bomb disposal squad defused an IED on a road near Pulwama.", &[("Pulwama", "IN")], &[], "Disrupted weapons use"),
        ("en", "On Tuesday, troops found and destroyed a landmine near Ghazni.", &[("Ghazni", "AF")], &[("troops", 1, "")], "Disrupted weapons use"),
        ("en", "On Tuesday, police recovered a cache of grenades and explosives in Manipur.", &[("Manipur", "IN")], &[("police", 1, "")], "Disrupted weapons use"),
        ("en", "On Tuesday, air defence systems downed two drones over Marib.", &[("Marib", "YE")], &[], "Disrupted weapons use"),
        ("fr", "Mardi, des affrontements ont opposé l'armée malienne à des jihadistes près de Mopti.", &[("Mopti", "ML")], &[("armée malienne", 1, "ML"), ("jihadistes", 2, "")], "Armed clash"),
        ("fr", "Mardi, les soldats ont échangé des tirs avec des hommes armés à Diffa.", &[("Diffa", "NE")], &[("soldats", 1, ""), ("hommes armés", 3, "")], "Armed clash"),
        ("fr", "Mardi, des jihadistes ont attaqué un camp militaire à Boulkessi, tuant trois soldats.", &[], &[("jihadistes", 2, ""), ("soldats", 1, "")], "Armed clash"),
        ("fr", "Mardi, la Turquie a lancé une offensive contre les YPG à Afrin.", &[("Turquie", "TR"), ("Afrin", "SY")], &[("YPG", 2, "SY")], "Armed clash"),
        ("fr", "Mardi, des combats ont éclaté entre l'armée et les rebelles près de Beni.", &[("Beni", "CD")], &[("armée", 1, ""), ("rebelles", 2, "")], "Armed clash"),
        ("fr", "Mardi, un attentat contre des soldats a fait deux morts à Mopti.", &[("Mopti", "ML")], &[("soldats", 1, "")], "Remote explosive/landmine/IED"),
        ("fr", "Mardi, une embuscade contre une patrouille de l'armée a fait quatre morts près de Gao.", &[("Gao", "ML")], &[("armée", 1, "")], "Armed clash"),
        ("fr", "Mardi, l'armée a repoussé une attaque des jihadistes contre son poste de Diffa.", &[("Diffa", "NE")], &[("armée", 1, ""), ("jihadistes", 2, "")], "Armed clash"),
        ("fr", "Mardi, des hommes armés ont tué six villageois à Mopti.", &[("Mopti", "ML")], &[("hommes armés", 3, ""), ("villageois", 7, "")], "Attack"),
        ("fr", "Mardi, des jihadistes ont attaqué un village près de Beni, tuant douze civils.", &[("Beni", "CD")], &[("jihadistes", 2, ""), ("civils", 7, "")], "Attack"),
        ("fr", "Mardi, des inconnus ont abattu un commerçant à Gao.", &[("Gao", "ML")], &[("inconnus", 3, "")], "Attack"),
        ("fr", "Mardi, des assaillants ont massacré vingt civils dans un village près de Bankass.", &[("Bankass", "ML")], &[("assaillants", 3, ""), ("civils", 7, "")], "Attack"),
        ("fr", "Mardi, l'armée a repris le contrôle de la ville de Konna.", &[("Konna", "NC")], &[("armée", 1, "")], "Government regains territory"),
        ("fr", "Mardi, les forces du régime ont reconquis la ville de Saraqeb aux rebelles.", &[("Saraqeb", "SY")], &[("forces du régime", 1, ""), ("rebelles", 2, "")], "Government regains territory"),
        ("fr", "Mardi, l'armée irakienne a repris le district de Hawija à l'État islamique.", &[], &[("armée irakienne", 1, "IQ"), ("État islamique", 2, "")], "Government regains territory"),
        ("fr", "Mardi, les troupes gouvernementales ont reconquis Palma.", &[("Palma", "ES")], &[("troupes gouvernementales", 1, "")], "Government regains territory"),
        ("fr", "Mardi, l'armée a libéré la ville de Gwoza des mains de Boko Haram.", &[("Gwoza", "NG")], &[("armée", 1, ""), ("Boko Haram", 2, "NG")], "Government regains territory"),
        ("fr", "Mardi, les forces loyalistes ont repris Saraqeb aux rebelles.", &[("Saraqeb", "SY")], &[("forces loyalistes", 1, ""), ("rebelles", 2, "")], "Government regains territory"),
        ("fr", "Mardi, les talibans se sont emparés du district de Ghormach.", &[("Ghormach", "AF")], &[("talibans", 2, "AF")], "Non-state actor overtakes territory"),
        ("fr", "Mardi, les rebelles ont pris le contrôle de la ville de Bunagana.", &[], &[("rebelles", 2, "")], "Non-state actor overtakes territory"),
        ("fr", "Mardi, des jihadistes ont pris d'assaut un poste militaire à Boulkessi et s'en sont emparés.", &[], &[("jihadistes", 2, "")], "Non-state actor overtakes territory"),
        ("fr", "Mardi, la ville de Ghazni est tombée aux mains des talibans.", &[("Ghazni", "AF")], &[("talibans", 2, "AF")], "Non-state actor overtakes territory"),
        ("fr", "Mardi, les rebelles ont conquis la ville de Saraqeb.", &[("Saraqeb", "SY")], &[("rebelles", 2, "")], "Non-state actor overtakes territory"),
        ("fr", "Mardi, les jihadistes ont pris la ville de Mocimboa da Praia.", &[("Mocimboa da Praia", "MZ")], &[("jihadistes", 2, "")], "Non-state actor overtakes territory"),
        ("fr", "Mardi, l'armée s'est retirée de Kidal et les rebelles sont entrés dans la ville.", &[("Kidal", "ML")], &[("armée", 1, ""), ("rebelles", 2, "")], "Non-violent transfer of territory"),
        ("fr", "Mardi, la force Barkhane a remis la base de Gossi à l'armée malienne.", &[("Gossi", "IN")], &[("Barkhane", 8, "FR"), ("armée malienne", 1, "ML")], "Non-violent transfer of territory"),
        ("fr", "Mardi, les talibans ont pris le contrôle du district de Nawa sans combat.", &[("Nawa", "SY")], &[("talibans", 2, "AF")], "Non-violent transfer of territory"),
        ("fr", "Mardi, les rebelles ont rétrocédé la ville de Rumangabo à l'armée.", &[], &[("rebelles", 2, ""), ("armée", 1, "")], "Non-violent transfer of territory"),
        ("fr", "Mardi, les soldats français ont transféré le camp de Tessalit à l'armée malienne.", &[("Tessalit", "ML")], &[("soldats français", 1, "FR"), ("armée malienne", 1, "ML")], "Non-violent transfer of territory"),
        ("fr", "Mardi, une frappe de drone a tué trois jihadistes près de Gao.", &[("Gao", "ML")], &[("jihadistes", 2, "")], "Air/drone strike"),
        ("fr", "Mardi, des avions russes ont bombardé des positions rebelles à Idleb.", &[("Idleb", "SY")], &[("avions russes", 1, "RU"), ("rebelles", 2, "")], "Air/drone strike"),
        ("fr", "Mardi, des raids aériens de la coalition ont frappé un marché à Saada.", &[("Saada", "YE")], &[], "Air/drone strike"),
        ("fr", "Mardi, un hélicoptère a tiré des roquettes sur des jihadistes près de Mopti.", &[("Mopti", "ML")], &[("jihadistes", 2, "")], "Air/drone strike"),
        ("fr", "Mardi, l'aviation a bombardé des positions de Boko Haram près de Diffa.", &[("Diffa", "NE")], &[("Boko Haram", 2, "NG")], "Air/drone strike"),
        ("fr", "Mardi, des obus de mortier sont tombés sur un marché à Mogadiscio, tuant quatre personnes.", &[("Mogadiscio", "SO")], &[], "Shelling/artillery/missile attack"),
        ("fr", "Mardi, les rebelles ont pilonné un quartier résidentiel de Donetsk.", &[("Donetsk", "UA")], &[("rebelles", 2, "")], "Shelling/artillery/missile attack"),
        ("fr", "Mardi, des roquettes tirées depuis Gaza se sont abattues près de Sdérot.", &[("Gaza", "PS"), ("Sdérot", "IL")], &[], "Shelling/artillery/missile attack"),
        ("fr", "Mardi, les Houthis ont tiré un missile balistique sur Marib.", &[("Marib", "YE")], &[("Houthis", 1, "YE")], "Shelling/artillery/missile attack"),
        ("fr", "Mardi, des tirs d'artillerie ont touché des villages près de Tal Tamr.", &[("Tal Tamr", "SY")], &[], "Shelling/artillery/missile attack"),
        ("fr", "Mardi, un engin explosif improvisé a tué trois soldats près de Mopti.", &[("Mopti", "ML")], &[("soldats", 1, "")], "Remote explosive/landmine/IED"),
        ("fr", "Mardi, un véhicule militaire a sauté sur une mine près de Gao, tuant deux soldats.", &[("Gao", "ML")], &[("soldats", 1, "")], "Remote explosive/landmine/IED"),
        ("fr", "Mardi, une voiture piégée a explosé à Mogadiscio, tuant huit personnes.", &[("Mogadiscio", "SO")], &[], "Remote explosive/landmine/IED"),
        ("fr", "Mardi, une bombe artisanale a explosé au passage d'un convoi à Kandahar.", &[("Kandahar", "AF")], &[], "Remote explosive/landmine/IED"),
        ("fr", "Mardi, une moto piégée a explosé à Kaboul, faisant un mort.", &[("Kaboul", "AF")], &[], "Remote explosive/landmine/IED"),
        ("fr", "Mardi, un soldat a été tué par un engin piégé à Kirkouk.", &[("Kirkouk", "IQ")], &[("soldat", 1, "")], "Remote explosive/landmine/IED"),
        ("fr", "Mardi, un kamikaze s'est fait exploser dans une mosquée à Kaboul, tuant vingt personnes.", &[("Kaboul", "AF")], &[], "Suicide bomb"),
        ("fr", "Mardi, un attentat-suicide a fait cinq morts à Quetta.", &[("Quetta", "PK")], &[], "Suicide bomb"),
        ("fr", "Mardi, une femme kamikaze a déclenché sa ceinture d'explosifs sur un marché de Maiduguri.", &[("Maiduguri", "NG")], &[], "Suicide bomb"),
        ("fr", "Mardi, un attentat suicide à la voiture piégée a visé une base de l'armée à Mogadiscio.", &[("Mogadiscio", "SO")], &[("armée", 1, "")], "Suicide bomb"),
        ("fr", "Mardi, des inconnus ont lancé une grenade contre un commissariat à Bujumbura.", &[("Bujumbura", "BI")], &[("inconnus", 3, "")], "Grenade"),
        ("fr", "Mardi, une attaque à la grenade a fait six blessés dans un bar de Bujumbura.", &[("Bujumbura", "BI")], &[], "Grenade"),
        ("fr", "Mardi, un homme a jeté une grenade dans la foule à Bangui.", &[("Bangui", "CF")], &[], "Grenade"),
        ("fr", "Mardi, une grenade a explosé dans un marché de Bujumbura, blessant dix personnes.", &[("Bujumbura", "BI")], &[], "Grenade"),
        ("fr", "Mardi, une attaque au chlore a touché la ville de Douma.", &[("Douma", "SY")], &[("Douma", 1, "RU")], "Chemical weapon"),
        ("fr", "Mardi, les forces du régime ont utilisé du gaz sarin contre des civils à Khan Cheikhoun.", &[("Khan Cheikhoun", "SY")], &[("forces du régime", 1, ""), ("civils", 7, "")], "Chemical weapon"),
        ("fr", "Mardi, une attaque chimique a tué des dizaines de personnes dans la Ghouta.", &[("Ghouta", "SK")], &[], "Chemical weapon"),
        ("fr", "Mardi, des hélicoptères ont largué des barils de gaz toxique sur Kafr Zita.", &[], &[], "Chemical weapon"),
        ("fr", "Mardi, la police a désamorcé une bombe près d'une école à Quetta.", &[("Quetta", "PK")], &[("police", 1, "")], "Disrupted weapons use"),
        ("fr", "Mardi, la défense aérienne saoudienne a intercepté un missile balistique tiré vers Jizan.", &[("Jizan", "SA")], &[], "Disrupted weapons use"),
        ("fr", "Mardi, la coalition a abattu un drone des Houthis au-dessus d'Abha.", &[("Abha", "SA")], &[("Houthis", 1, "YE")], "Disrupted weapons use"),
        ("fr", "Mardi, les forces de sécurité ont saisi une cache d'armes à Kirkouk.", &[("Kirkouk", "IQ")], &[("forces de sécurité", 1, "")], "Disrupted weapons use"),
        ("fr", "Mardi, les démineurs ont neutralisé un engin explosif sur une route près de Gao.", &[("Gao", "ML")], &[], "Disrupted weapons use"),
        ("fr", "Mardi, l'armée a découvert et détruit une mine près de Ghazni.", &[("Ghazni", "AF")], &[("armée", 1, "")], "Disrupted weapons use"),
        ("en", "On Tuesday, a YPG volunteer was killed by booby traps left by Isis in a house in Raqqa.", &[("Raqqa", "SY")], &[("YPG", 2, "SY"), ("Isis", 2, "")], "Remote explosive/landmine/IED"),
        ("en", "Turkey launched the assault on Saturday, aiming to force the Kurdish YPG militia out of Afrin.", &[("Turkey", "TR"), ("Afrin", "SY")], &[("YPG", 2, "SY"), ("militia", 3, "")], "Armed clash"),
        ("en", "On Tuesday, al-Shabaab militants threw a hand grenade at soldiers in Mogadishu.\nThe soldiers responded with gunfire.", &[("Mogadishu", "SO")], &[("al-Shabaab", 2, "SO"), ("soldiers", 1, "")], "Armed clash"),
        ("en", "On Tuesday, gunmen detonated explosives at a bank in Kandahar.\nThe gunmen then opened fire on a police unit.", &[("Kandahar", "AF")], &[("gunmen", 3, ""), ("police", 1, "")], "Armed clash"),
        ("en", "On Tuesday, militants threw a grenade at a police post in Srinagar.\nTwo policemen were injured.", &[("Srinagar", "IN")], &[("police", 1, ""), ("policemen", 1, "")], "Grenade"),
        ("fr", "Deux soldats ont été tués mardi par l'explosion d'un engin explosif improvisé au passage de leur véhicule à Gao.", &[("Gao", "ML")], &[("soldats", 1, "")], "Remote explosive/landmine/IED"),
        ("fr", "Trois soldats français blessés dans un attentat au Mali", &[("Mali", "ML")], &[("soldats français", 1, "FR")], "Remote explosive/landmine/IED"),
        ("fr", "Mardi, un attentat contre une patrouille de l'armée a fait deux morts à Gao.", &[("Gao", "ML")], &[("armée", 1, "")], "Remote explosive/landmine/IED"),
        ("fr", "Mardi, un attentat contre une salle de concert a fait vingt morts à Paris.", &[("Paris", "FR")], &[], "Attack"),
        ("fr", "Mardi, des jihadistes ont lancé une grenade sur des soldats à Gao.\nLes soldats ont riposté.", &[("Gao", "ML")], &[("jihadistes", 2, ""), ("soldats", 1, "")], "Armed clash"),
        ("en", "On Tuesday, the town of Baidoa was recaptured by government troops.", &[("Baidoa", "SO")], &[("government troops", 1, "")], "Government regains territory"),
        ("en", "On Tuesday, the army drove al-Shabaab militants out of the town of Bulo Burde.", &[], &[("army", 1, ""), ("al-Shabaab", 2, "SO")], "Government regains territory"),
        ("en", "On Tuesday, Iraqi troops took back control of the town of Qaim from the Islamic State.", &[("Qaim", "IQ")], &[("Iraqi troops", 1, "IQ"), ("Islamic State", 2, "")], "Government regains territory"),
        ("en", "On Tuesday, soldiers reclaimed the village of Kafr Nabl from rebels.", &[("Kafr Nabl", "SY")], &[("soldiers", 1, ""), ("rebels", 2, "")], "Government regains territory"),
        ("en", "On Tuesday, the town of Kidal was captured by separatist rebels.", &[("Kidal", "ML")], &[("rebels", 2, "")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, al-Shabaab fighters drove government troops out of the town of Bulo Burde.", &[], &[("al-Shabaab", 2, "SO"), ("government troops", 1, "")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, Taliban insurgents seized control of the district headquarters in Jaghatu.", &[], &[("Taliban", 2, "AF"), ("insurgents", 2, "")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, rebels took over a military camp in Mopti.", &[("Mopti", "ML")], &[("rebels", 2, ""), ("military", 1, "")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, militants overran a police checkpoint in Kunduz, killing four policemen.", &[("Kunduz", "AF")], &[("police", 1, ""), ("policemen", 1, "")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, rebels entered the town of Kidal after government troops withdrew.", &[("Kidal", "ML")], &[("rebels", 2, ""), ("government troops", 1, "")], "Non-violent transfer of territory"),
        ("en", "On Tuesday, the army pulled out of the town of Tessalit and handed it over to the UN.", &[("Tessalit", "ML")], &[("army", 1, ""), ("UN", 8, "")], "Non-violent transfer of territory"),
        ("en", "On Tuesday, government forces fired artillery at rebel positions near Saraqib.", &[("Saraqib", "SY")], &[("government forces", 1, ""), ("rebel", 2, "")], "Shelling/artillery/missile attack"),
        ("en", "On Tuesday, a rocket hit a residential building in Kabul, killing two civilians.", &[("Kabul", "AF")], &[("civilians", 7, "")], "Shelling/artillery/missile attack"),
        ("en", "On Tuesday, a drone fired two missiles at a car near Marib, killing three militants.", &[("Marib", "YE")], &[], "Air/drone strike"),
        ("en", "On Tuesday, warplanes struck a market in Maarat al-Numan, killing 15 civilians.", &[("Maarat al-Numan", "SY")], &[("civilians", 7, "")], "Air/drone strike"),
        ("en", "On Tuesday, a rocket fired at Sderot was intercepted by the Iron Dome system.", &[("Sderot", "IL")], &[], "Disrupted weapons use"),
        ("en", "On Tuesday, police found an unexploded mortar shell in a field near Kabul.", &[("Kabul", "AF")], &[("police", 1, "")], "Disrupted weapons use"),
        ("en", "On Tuesday, the army seized a large cache of weapons and ammunition in Mopti.", &[("Mopti", "ML")], &[("army", 1, "")], "Disrupted weapons use"),
        ("en", "On Tuesday, helicopters dropped chlorine barrels on Kafr Zita.", &[], &[], "Chemical weapon"),
        ("en", "On Tuesday, a grenade exploded at a market in Bujumbura, injuring ten people.", &[("Bujumbura", "BI")], &[], "Grenade"),
        ("en", "On Tuesday, an explosive device planted on a motorcycle went off in Quetta, killing two.", &[("Quetta", "PK")], &[], "Remote explosive/landmine/IED"),
        ("en", "On Tuesday, a suicide bomber detonated a car packed with explosives at a checkpoint in Mogadishu.", &[("Mogadishu", "SO")], &[], "Suicide bomb"),
        ("en", "On Tuesday, suspected Fulani militiamen killed ten villagers in Bankass.", &[("Bankass", "ML")], &[("militiamen", 3, ""), ("villagers", 7, "")], "Attack"),
        ("en", "On Tuesday, soldiers and jihadists exchanged heavy gunfire in Mopti.", &[("Mopti", "ML")], &[("soldiers", 1, ""), ("jihadists", 2, "")], "Armed clash"),
        ("fr", "Mardi, la ville de Palma a été reprise par l'armée.", &[("Palma", "ES")], &[("armée", 1, "")], "Government regains territory"),
        ("fr", "Mardi, l'armée a chassé les jihadistes de la ville de Konna.", &[("Konna", "NC")], &[("armée", 1, ""), ("jihadistes", 2, "")], "Government regains territory"),
        ("fr", "Mardi, les soldats ont repris le camp de Tessalit aux rebelles.", &[("Tessalit", "ML")], &[("soldats", 1, ""), ("rebelles", 2, "")], "Government regains territory"),
        ("fr", "Mardi, la ville de Kidal est passée sous le contrôle des rebelles.", &[("Kidal", "ML")], &[("rebelles", 2, "")], "Non-state actor overtakes territory"),
        ("fr", "Mardi, les jihadistes ont chassé l'armée de la ville de Boni.", &[("Boni", "DE")], &[("jihadistes", 2, ""), ("armée", 1, "")], "Non-state actor overtakes territory"),
        ("fr", "Mardi, des jihadistes ont investi la ville de Boni.", &[("Boni", "DE")], &[("jihadistes", 2, "")], "Non-state actor overtakes territory"),
        ("fr", "Mardi, les rebelles sont entrés dans Kidal après le retrait de l'armée.", &[("Kidal", "ML")], &[("rebelles", 2, ""), ("armée", 1, "")], "Non-violent transfer of territory"),
        ("fr", "Mardi, les forces gouvernementales ont tiré des obus sur des positions rebelles près de Saraqeb.", &[("Saraqeb", "SY")], &[("forces gouvernementales", 1, ""), ("rebelles", 2, "")], "Shelling/artillery/missile attack"),
        ("fr", "Mardi, un drone a tiré deux missiles sur une voiture près de Marib.", &[("Marib", "YE")], &[], "Air/drone strike"),
        ("fr", "Mardi, une roquette tirée vers Sdérot a été interceptée par le Dôme de fer.", &[("Dôme", "GH")], &[], "Disrupted weapons use"),
        ("fr", "Mardi, la police a découvert un obus non explosé dans un champ près de Kaboul.", &[("Kaboul", "AF")], &[("police", 1, "")], "Disrupted weapons use"),
        ("fr", "Mardi, des hélicoptères ont largué des barils de chlore sur Kafr Zita.", &[], &[], "Chemical weapon"),
        ("fr", "Mardi, une grenade a été lancée contre une patrouille de police à Bujumbura.", &[("Bujumbura", "BI")], &[("police", 1, "")], "Grenade"),
        ("fr", "Mardi, un kamikaze a fait exploser sa voiture à un poste de contrôle de Mogadiscio.", &[("Mogadiscio", "SO")], &[], "Suicide bomb"),
        ("fr", "Mardi, des soldats et des jihadistes ont échangé des coups de feu à Mopti.", &[("Mopti", "ML")], &[("soldats", 1, ""), ("jihadistes", 2, "")], "Armed clash"),
        ("en", "On Tuesday, Kunduz fell to the Taliban.", &[("Kunduz", "AF")], &[("Taliban", 2, "AF")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, the town of Baidoa came under the control of al-Shabaab.", &[("Baidoa", "SO")], &[("al-Shabaab", 2, "SO")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, fighters from the group seized the town from government forces in Palma.", &[("Palma", "ES")], &[("government forces", 1, "")], "Non-state actor overtakes territory"),
        ("fr", "Mardi, la ville de Kidal est passée sous le contrôle de l'armée.", &[("Kidal", "ML")], &[("armée", 1, "")], "Government regains territory"),
        ("fr", "Mardi, la ville de Kidal est tombée aux mains des rebelles.", &[("Kidal", "ML")], &[("rebelles", 2, "")], "Non-state actor overtakes territory"),
        ("en", "On Tuesday, Boko Haram militants killed 20 farmers in a village near Maiduguri.", &[("Maiduguri", "NG")], &[("Boko Haram", 2, "NG")], "Attack"),
        ("en", "On Tuesday, gunmen stormed a church in Kaduna and killed five worshippers.", &[("Kaduna", "NG")], &[("gunmen", 3, ""), ("worshippers", 7, "")], "Attack"),
        ("en", "On Tuesday, Taliban gunmen shot dead a journalist in Kabul.", &[("Kabul", "AF")], &[("Taliban", 2, "AF"), ("gunmen", 3, ""), ("journalist", 7, "")], "Attack"),
        ("en", "On Tuesday, soldiers killed four civilians at a checkpoint in Bamenda.", &[("Bamenda", "CM")], &[("soldiers", 1, ""), ("civilians", 7, "")], "Attack"),
        ("en", "On Tuesday, residents of Douma reported a poison gas attack that killed 40 people.", &[("Douma", "SY")], &[("residents", 7, "")], "Chemical weapon"),
        ("en", "On Tuesday, the regime used chlorine against rebel-held areas of Ghouta.", &[("Ghouta", "SK")], &[("regime", 1, ""), ("rebel", 2, "")], "Chemical weapon"),
        ("en", "On Tuesday, a mustard gas attack hit the village of Marea.", &[("Marea", "SY")], &[], "Chemical weapon"),
        ("en", "On Tuesday, Syrian aircraft dropped sarin on Khan Shaykhun, killing 80 people.", &[], &[("Syrian aircraft", 1, "SY")], "Chemical weapon"),
        ("en", "On Tuesday, a chemical attack on Saraqib injured 11 people.", &[("Saraqib", "SY")], &[], "Chemical weapon"),
        ("en", "On Tuesday, attackers hurled a grenade into a bus station in Nairobi, killing one.", &[("Nairobi", "KE")], &[("attackers", 3, "")], "Grenade"),
        ("en", "On Tuesday, a grenade blast at a rally in Srinagar injured five people.", &[("Srinagar", "IN")], &[], "Grenade"),
        ("en", "On Tuesday, militants threw a hand grenade at an army bunker in Pulwama.", &[("Pulwama", "IN")], &[("army", 1, "")], "Grenade"),
        ("en", "On Tuesday, a suicide bomber rammed an explosives-laden car into a checkpoint in Mogadishu.", &[("Mogadishu", "SO")], &[], "Suicide bomb"),
        ("en", "On Tuesday, a suicide blast at a wedding in Kabul killed 63 people.", &[("Kabul", "AF")], &[], "Suicide bomb"),
        ("en", "On Tuesday, two female suicide bombers blew themselves up at a market in Konduga.", &[("Konduga", "NG")], &[], "Suicide bomb"),
        ("en", "On Tuesday, a suicide bombing at a police academy in Quetta killed eight cadets.", &[("Quetta", "PK")], &[("police", 1, "")], "Suicide bomb"),
        ("en", "On Tuesday, Turkish jets bombed PKK targets in the Qandil mountains.", &[], &[("Turkish jets", 1, "TR"), ("PKK", 2, "TR")], "Air/drone strike"),
        ("en", "On Tuesday, an air strike hit a hospital in Idlib, killing four medics.", &[("Idlib", "SY")], &[("medics", 7, "")], "Air/drone strike"),
        ("en", "On Tuesday, separatist forces fired mortars at Ukrainian positions near Avdiivka.", &[("Avdiivka", "UA")], &[], "Shelling/artillery/missile attack"),
        ("en", "On Tuesday, Houthi rebels fired rockets at Marib city, killing two civilians.", &[("Marib", "YE")], &[("Houthi", 1, "YE"), ("rebels", 2, ""), ("civilians", 7, "")], "Shelling/artillery/missile attack"),
        ("en", "On Tuesday, rebels left the town of Bambari without fighting.", &[("Bambari", "CF")], &[("rebels", 2, "")], "Non-violent transfer of territory"),
        ("en", "On Tuesday, the militia withdrew from Tripoli airport and government forces took over.", &[("Tripoli", "LY")], &[("militia", 3, ""), ("government forces", 1, "")], "Non-violent transfer of territory"),
        ("fr", "Mardi, des hommes armés ont tué vingt villageois près de Bankass.", &[("Bankass", "ML")], &[("hommes armés", 3, ""), ("villageois", 7, "")], "Attack"),
        ("fr", "Mardi, des jihadistes ont exécuté trois civils à Mopti.", &[("Mopti", "ML")], &[("jihadistes", 2, ""), ("civils", 7, "")], "Attack"),
        ("fr", "Mardi, des soldats ont tué quatre civils à un barrage à Bamenda.", &[("Bamenda", "CM")], &[("soldats", 1, ""), ("civils", 7, "")], "Attack"),
        ("fr", "Mardi, une attaque au gaz sarin a fait 80 morts à Khan Cheikhoun.", &[("Khan Cheikhoun", "SY")], &[], "Chemical weapon"),
        ("fr", "Mardi, le régime a utilisé du chlore contre la Ghouta.", &[("Ghouta", "SK")], &[("régime", 1, "")], "Chemical weapon"),
        ("fr", "Mardi, une attaque au gaz moutarde a visé le village de Marea.", &[("Marea", "SY")], &[], "Chemical weapon"),
        ("fr", "Mardi, une grenade lancée dans un bar de Bujumbura a fait deux morts.", &[("Bujumbura", "BI")], &[], "Grenade"),
        ("fr", "Mardi, des assaillants ont lancé des grenades sur un marché de Bangui.", &[("Bangui", "CF")], &[("assaillants", 3, "")], "Grenade"),
        ("fr", "Mardi, l'explosion d'une grenade a blessé cinq personnes à Bujumbura.", &[("Bujumbura", "BI")], &[], "Grenade"),
        ("fr", "Mardi, un kamikaze a fait exploser sa ceinture d'explosifs dans une mosquée de Kaboul.", &[("Kaboul", "AF")], &[], "Suicide bomb"),
        ("fr", "Mardi, deux femmes kamikazes se sont fait exploser sur un marché de Konduga.", &[("Konduga", "NG")], &[("femmes", 7, "")], "Suicide bomb"),
        ("fr", "Mardi, un attentat-suicide contre une école de police a fait huit morts à Quetta.", &[("Quetta", "PK")], &[("police", 1, "")], "Suicide bomb"),
        ("fr", "Mardi, des avions turcs ont bombardé des cibles du PKK dans le Qandil.", &[], &[("avions turcs", 1, "TR"), ("PKK", 2, "TR")], "Air/drone strike"),
        ("fr", "Mardi, une frappe aérienne a touché un hôpital à Idleb, tuant quatre soignants.", &[("Idleb", "SY")], &[("soignants", 7, "")], "Air/drone strike"),
        ("fr", "Mardi, les séparatistes ont tiré des obus de mortier sur des positions ukrainiennes près d'Avdiivka.", &[("Avdiivka", "UA")], &[("séparatistes", 2, "")], "Shelling/artillery/missile attack"),
        ("fr", "Mardi, les Houthis ont tiré des roquettes sur Marib, tuant deux civils.", &[("Marib", "YE")], &[("Houthis", 1, "YE"), ("civils", 7, "")], "Shelling/artillery/missile attack"),
        ("fr", "Mardi, les rebelles ont quitté la ville de Bambari sans combattre.", &[("Bambari", "CF")], &[("rebelles", 2, "")], "Non-violent transfer of territory"),
        ("fr", "Mardi, la milice s'est retirée de l'aéroport de Tripoli et les forces gouvernementales en ont pris le contrôle.", &[("Tripoli", "LY")], &[("milice", 3, ""), ("forces gouvernementales", 1, "")], "Non-violent transfer of territory"),
    ];
    let mut wrong = Vec::new();
    for (lang, text, places, actors, want) in probes {
        let types = s94_types(&s, lang, text, places, actors);
        if types.first().map(String::as_str) != Some(*want) {
            wrong.push(format!("{text}: want {want}, got {types:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} of {} probes typed wrong:\n{}", wrong.len(), probes.len(), wrong.join("\n"));
}

// S93: protests

/// The security forces of a probe, named as ACLED's state forces (the test documents have no
/// actor recognition): every needle found in the text.
fn s93_types(s: &EventStage, lang: &str, text: &str) -> Vec<String> {
    let needles = [
        "Riot police", "Police", "police", "Security forces", "security forces", "Soldiers", "soldiers", "troops",
        "La police", "la police", "Les forces de l'ordre", "les forces de l'ordre", "Les forces de sécurité",
        "Les militaires", "Des soldats",
    ];
    let mut found: Vec<(&str, u8)> = Vec::new();
    for needle in needles {
        // The longest needle wins where two overlap ("Riot police", "police").
        if let Some(at) = text.find(needle) {
            let taken = found.iter().any(|(n, _)| {
                let other = text.find(n).unwrap_or(0);
                at < other + n.len() && other < at + needle.len()
            });
            if !taken {
                found.push((needle, 1));
            }
        }
    }
    s61_types(s, lang, text, &found)
}

/// Probes of the protest family as wires word them, typed as ACLED's codebook types them: who is
/// violent (the crowd: violent demonstration; a crowd with no demonstration: mob violence),
/// against whom (the security forces on peaceful protesters: an intervention, or excessive force
/// when they kill or maim), and whether a demonstration is under way. Clan militias fighting are
/// an armed clash to ACLED, not a mob.
///
/// Not yet typed right (left out of the table, see resources/docs/events.md, "Protests (S93)"):
/// "Five detainees began a hunger strike ... to protest their detention" (the people detained read
/// as an arrest at the protest: intervention); "Police beat protesters ..., leaving dozens
/// seriously injured" (serious injuries do not yet make excessive force); "Rioting broke out
/// after the election results" (a riot reacting to a political cause stays mob violence);
/// "Striking miners attacked the company offices" ("striking" alone is no protest word: attack);
/// "Supporters of two rival football clubs fought" / "Des supporters ... se sont battus" (no
/// event); "Residents set ablaze a suspected kidnapper" (the agent noun reads as an abduction);
/// "Un étudiant a été abattu par la police lors d'une manifestation" ("abattu" counts no dead in
/// French, so the protest stays peaceful); "Des affrontements intercommunautaires ont fait cinq
/// morts" (read as an armed clash); "Police fired pellets at protesters ..., injuring dozens"
/// (an intervention); "Police stopped the march ... and arrested its leaders" and "Police
/// arrested the organisers of the protest" (an arrest after the protest word reads as the
/// grievance; the organisers read as protesters taken); "Protesters injured three policemen" (no
/// riot word); "Villagers attacked a police team ... that had come to arrest a suspect" (the
/// arrest of the relative clause wins); "A youth was killed when police opened fire on agitators"
/// ("agitators" is no protest word); "Relatives of a man killed by police protested" (a death in
/// a protest sentence with no grievance word reads as excessive force: the reduced relative is not
/// told apart in English).
#[test]
fn s93_the_protest_family_typed_as_acled_types_it() {
    let s = stage();
    let probes: &[(&str, &str, &str)] = &[
        ("en", "Hundreds of people marched through Kumasi on Tuesday to demand the resignation of the governor.", "Peaceful protest"),
        ("en", "Teachers staged a sit-in outside the education ministry in Kumasi on Tuesday over unpaid salaries.", "Peaceful protest"),
        ("en", "Thousands rallied in Kumasi on Tuesday against the new tax law.", "Peaceful protest"),
        ("en", "Doctors went on strike in Kumasi on Tuesday to demand better pay.", "Peaceful protest"),
        ("en", "Opposition parties observed a general strike in Kumasi on Tuesday, shutting shops and markets.", "Peaceful protest"),
        ("en", "Residents held a candlelight vigil in Kumasi on Tuesday for the victims of the fire.", "Peaceful protest"),
        ("en", "Students demonstrated peacefully in Kumasi on Tuesday against the fee hike.", "Peaceful protest"),
        ("en", "Traders protested in Kumasi on Tuesday against the demolition of their stalls.", "Peaceful protest"),
        ("en", "A shutdown called by the opposition paralysed Kumasi on Tuesday.", "Peaceful protest"),
        ("en", "Farmers blocked a highway with tractors in Kumasi on Tuesday to protest low crop prices.", "Peaceful protest"),
        ("en", "Women wearing black gathered in front of parliament in Kumasi on Tuesday to denounce violence against women.", "Peaceful protest"),
        ("en", "Nurses picketed the regional hospital in Kumasi on Tuesday.", "Peaceful protest"),
        ("en", "Supporters of the jailed leader held a demonstration in Kumasi on Tuesday demanding his release.", "Peaceful protest"),
        ("en", "Workers walked out of the factory in Kumasi on Tuesday in protest at job cuts.", "Peaceful protest"),
        ("en", "Lawyers boycotted the courts in Kumasi on Tuesday to protest the arrest of a colleague.", "Peaceful protest"),
        ("en", "Hundreds of people demonstrated in Kumasi on Tuesday to protest police brutality.", "Peaceful protest"),
        ("en", "Residents protested in Kumasi on Tuesday over the killing of a trader by unknown gunmen.", "Peaceful protest"),
        ("en", "Activists staged a protest in Kumasi on Tuesday against the lynching of a young man last month.", "Peaceful protest"),
        ("en", "Relatives of missing people held a sit-in in Kumasi on Tuesday.", "Peaceful protest"),
        ("en", "Police fired tear gas to disperse protesters in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Police used water cannon against demonstrators in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Police arrested 20 protesters during a march in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Security forces dispersed a rally of opposition supporters in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Police broke up a sit-in by students in Kumasi on Tuesday and detained ten of them.", "Protest with intervention"),
        ("en", "Police baton-charged striking workers in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Police fired rubber bullets at demonstrators in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Dozens of protesters were arrested in Kumasi on Tuesday as police dispersed a demonstration against the government.", "Protest with intervention"),
        ("en", "Police used tear gas on a crowd of protesters who had gathered in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Protesters marching in Kumasi on Tuesday were dispersed by police.", "Protest with intervention"),
        ("en", "Riot police blocked marchers from reaching the parliament in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Police detained several activists who were protesting outside the court in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Police fired warning shots in the air to disperse demonstrators in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Police forcibly removed protesters from the square in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Soldiers dispersed a protest by traders in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Security forces shot dead three protesters in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Police opened fire on peaceful demonstrators in Kumasi on Tuesday, killing two.", "Excessive force against protesters"),
        ("en", "Two protesters were killed by security forces during a march in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Soldiers fired live rounds at a peaceful protest in Kumasi on Tuesday, killing five people.", "Excessive force against protesters"),
        ("en", "Police killed a demonstrator in Kumasi on Tuesday during a protest against fuel prices.", "Excessive force against protesters"),
        ("en", "A student was shot dead by police during a peaceful protest in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Security forces used live ammunition against protesters in Kumasi on Tuesday, killing four.", "Excessive force against protesters"),
        ("en", "At least six demonstrators were killed when troops opened fire on a rally in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Soldiers killed two people at a peaceful sit-in in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Police shot and killed a protester in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Security forces fired on a crowd of peaceful protesters in Kumasi on Tuesday, wounding 30.", "Excessive force against protesters"),
        ("en", "A protester died after being beaten by police at a rally in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Three people were killed in Kumasi on Tuesday when security forces fired on demonstrators.", "Excessive force against protesters"),
        ("en", "Police shot dead a teenager during a demonstration in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Protesters threw stones at police in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Demonstrators burnt tyres and blocked roads in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Protesters torched cars and attacked a police station in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Angry protesters set fire to the governor's office in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Protesters clashed with police in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Police fired tear gas at protesters who hurled stones in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Police shot dead two protesters who were throwing rocks at officers in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Demonstrators ransacked the offices of the ruling party in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Students protesting fee increases vandalised university buildings in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Youths protesting the death of a motorcyclist burned a police post in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Rioters looted shops in Kumasi on Tuesday during protests over fuel prices.", "Violent demonstration"),
        ("en", "Protesters pelted security forces with stones in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Demonstrators erected burning barricades in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "The protest turned violent in Kumasi on Tuesday when demonstrators smashed shop windows.", "Violent demonstration"),
        ("en", "Protesters stormed the town hall in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Opposition supporters clashed with ruling party supporters during a rally in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Residents protesting power cuts burned tyres in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "A mob lynched a suspected thief in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Villagers beat a suspected witch to death in Kumasi on Tuesday.", "Mob violence"),
        ("en", "An angry mob set fire to the house of a man accused of theft in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Vigilantes killed two suspected cattle thieves in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Communal clashes between two ethnic groups left five dead in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Residents lynched a man suspected of kidnapping a child in Kumasi on Tuesday.", "Mob violence"),
        ("en", "A crowd burned a suspected robber alive in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Members of two rival clans fought with machetes in Kumasi on Tuesday, leaving three injured.", "Armed clash"),
        ("en", "A mob attacked a church in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Angry residents beat a motorcyclist to death in Kumasi on Tuesday after he hit a child.", "Mob violence"),
        ("en", "A group of youths attacked a man accused of blasphemy in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Villagers torched the homes of suspected witches in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Cow vigilantes beat a Muslim man to death in Kumasi on Tuesday.", "Mob violence"),
        ("en", "A mob stormed a police station in Kumasi on Tuesday and killed a detained suspect.", "Mob violence"),
        ("en", "Two communities clashed over land in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Mob justice claimed the life of a suspected thief in Kumasi on Tuesday.", "Mob violence"),
        ("fr", "Des centaines de personnes ont manifesté mardi à Kumasi contre la hausse des prix.", "Peaceful protest"),
        ("fr", "Des enseignants ont observé un sit-in mardi devant le ministère à Kumasi.", "Peaceful protest"),
        ("fr", "Les médecins sont en grève depuis mardi à Kumasi pour réclamer des primes.", "Peaceful protest"),
        ("fr", "Des milliers de personnes ont défilé mardi à Kumasi pour exiger la libération des détenus.", "Peaceful protest"),
        ("fr", "Des commerçants ont organisé une marche pacifique mardi à Kumasi.", "Peaceful protest"),
        ("fr", "Des détenus ont entamé une grève de la faim mardi à Kumasi.", "Peaceful protest"),
        ("fr", "Une veillée en hommage aux victimes a rassemblé des centaines de personnes mardi à Kumasi.", "Peaceful protest"),
        ("fr", "Les étudiants se sont rassemblés mardi à Kumasi pour dénoncer la violence policière.", "Peaceful protest"),
        ("fr", "Une journée ville morte a paralysé Kumasi mardi à l'appel de l'opposition.", "Peaceful protest"),
        ("fr", "Les habitants ont manifesté mardi à Kumasi après le lynchage d'un jeune homme.", "Peaceful protest"),
        ("fr", "Les agriculteurs ont bloqué la route nationale avec leurs tracteurs mardi à Kumasi.", "Peaceful protest"),
        ("fr", "Des femmes ont marché mardi à Kumasi pour dénoncer les enlèvements.", "Peaceful protest"),
        ("fr", "La police a dispersé les manifestants à coups de gaz lacrymogène mardi à Kumasi.", "Protest with intervention"),
        ("fr", "Les forces de l'ordre ont utilisé des canons à eau contre les manifestants mardi à Kumasi.", "Protest with intervention"),
        ("fr", "La police a interpellé vingt manifestants lors d'une marche mardi à Kumasi.", "Protest with intervention"),
        ("fr", "Un sit-in des étudiants a été dispersé par la police mardi à Kumasi.", "Protest with intervention"),
        ("fr", "La police a arrêté plusieurs militants qui manifestaient mardi à Kumasi.", "Protest with intervention"),
        ("fr", "Les forces de sécurité ont empêché une marche de l'opposition mardi à Kumasi.", "Protest with intervention"),
        ("fr", "La police a tiré des balles en caoutchouc sur les manifestants mardi à Kumasi.", "Protest with intervention"),
        ("fr", "Des manifestants ont été interpellés mardi à Kumasi lors de la dispersion d'un rassemblement.", "Protest with intervention"),
        ("fr", "La police a chargé les grévistes mardi à Kumasi.", "Protest with intervention"),
        ("fr", "La police a fait usage de gaz lacrymogène pour disperser un rassemblement mardi à Kumasi.", "Protest with intervention"),
        ("fr", "Les forces de sécurité ont tué trois manifestants mardi à Kumasi.", "Excessive force against protesters"),
        ("fr", "La police a tiré à balles réelles sur des manifestants pacifiques mardi à Kumasi, faisant deux morts.", "Excessive force against protesters"),
        ("fr", "Deux manifestants ont été tués par les forces de l'ordre mardi à Kumasi.", "Excessive force against protesters"),
        ("fr", "Les militaires ont ouvert le feu sur une marche pacifique mardi à Kumasi, tuant cinq personnes.", "Excessive force against protesters"),
        ("fr", "La répression d'une manifestation a fait quatre morts mardi à Kumasi.", "Excessive force against protesters"),
        ("fr", "Un manifestant a été tué par balle par la police mardi à Kumasi.", "Excessive force against protesters"),
        ("fr", "Les forces de l'ordre ont tiré sur la foule des manifestants mardi à Kumasi, tuant un jeune.", "Excessive force against protesters"),
        ("fr", "La police a tué un manifestant mardi à Kumasi lors d'une marche contre la vie chère.", "Excessive force against protesters"),
        ("fr", "Des soldats ont tiré sur des manifestants pacifiques mardi à Kumasi, blessant vingt personnes.", "Excessive force against protesters"),
        ("fr", "Des manifestants ont jeté des pierres sur les policiers mardi à Kumasi.", "Violent demonstration"),
        ("fr", "Des manifestants ont brûlé des pneus et érigé des barricades mardi à Kumasi.", "Violent demonstration"),
        ("fr", "Des manifestants ont incendié le commissariat mardi à Kumasi.", "Violent demonstration"),
        ("fr", "Des heurts ont opposé manifestants et policiers mardi à Kumasi.", "Violent demonstration"),
        ("fr", "Des jeunes en colère ont saccagé la mairie mardi à Kumasi pour protester contre les coupures d'électricité.", "Violent demonstration"),
        ("fr", "Les manifestants ont caillassé les forces de l'ordre mardi à Kumasi.", "Violent demonstration"),
        ("fr", "La manifestation a dégénéré mardi à Kumasi, des voitures ont été incendiées.", "Violent demonstration"),
        ("fr", "Des émeutiers ont pillé des magasins mardi à Kumasi lors des manifestations contre la vie chère.", "Violent demonstration"),
        ("fr", "Des manifestants se sont affrontés avec la police mardi à Kumasi.", "Violent demonstration"),
        ("fr", "Des grévistes ont attaqué les bureaux de la société mardi à Kumasi.", "Violent demonstration"),
        ("fr", "Des manifestants ont vandalisé le siège du parti au pouvoir mardi à Kumasi.", "Violent demonstration"),
        ("fr", "La police a tiré sur des manifestants qui lançaient des pierres mardi à Kumasi.", "Violent demonstration"),
        ("fr", "Une foule a lynché un présumé voleur mardi à Kumasi.", "Mob violence"),
        ("fr", "Des villageois ont battu à mort un homme accusé de sorcellerie mardi à Kumasi.", "Mob violence"),
        ("fr", "Un présumé voleur a été brûlé vif par la foule mardi à Kumasi.", "Mob violence"),
        ("fr", "Des habitants en colère ont incendié la maison d'un homme accusé de vol mardi à Kumasi.", "Mob violence"),
        ("fr", "Des jeunes ont attaqué une église mardi à Kumasi.", "Mob violence"),
        ("fr", "Une foule en furie a lynché deux présumés kidnappeurs mardi à Kumasi.", "Mob violence"),
        ("fr", "Des membres de deux clans rivaux se sont affrontés à la machette mardi à Kumasi.", "Armed clash"),
        ("fr", "Un homme soupçonné de vol a été battu à mort par des habitants mardi à Kumasi.", "Mob violence"),
        ("fr", "La justice populaire a fait une victime mardi à Kumasi.", "Mob violence"),
        ("fr", "Deux communautés se sont affrontées mardi à Kumasi pour des terres.", "Mob violence"),
        // South Asian wordings (lathi charge, bandh, dharna, gherao) and more of each type.
        ("en", "After police killed a youth, hundreds of residents protested in Kumasi on Tuesday.", "Peaceful protest"),
        ("en", "Two people were killed in police firing on protesters in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Three farmers died in police firing during an agitation in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Police resorted to lathicharge to disperse the agitating students in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Police lathi-charged protesting farmers in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Congress workers staged a dharna in Kumasi on Tuesday against the price rise.", "Peaceful protest"),
        ("en", "The opposition called a bandh in Kumasi on Tuesday.", "Peaceful protest"),
        ("en", "Students gheraoed the vice-chancellor in Kumasi on Tuesday.", "Peaceful protest"),
        ("en", "A 12-hour hartal was observed in Kumasi on Tuesday.", "Peaceful protest"),
        ("en", "Activists raised slogans against the government in Kumasi on Tuesday.", "Peaceful protest"),
        ("en", "Villagers blocked the road in Kumasi on Tuesday demanding compensation.", "Peaceful protest"),
        ("en", "Agitators pelted stones at the police in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Incidents of stone-pelting were reported in Kumasi on Tuesday during the bandh.", "Violent demonstration"),
        ("en", "Bandh supporters torched two buses in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "A mob protesting the death of a youth set a police vehicle on fire in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Protesters damaged public property in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Agitating farmers clashed with the police in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "A mob attacked the house of a legislator in Kumasi on Tuesday.", "Mob violence"),
        ("en", "A man was lynched by a mob on suspicion of cattle theft in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Clashes broke out between two groups in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Two groups pelted stones at each other in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Police detained 50 protesters in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Police arrested 20 people in Kumasi on Tuesday for rioting last week.", "Arrests"),
        ("en", "One protester died after being hit by a tear gas canister in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Security forces killed at least 12 people protesting the coup in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "A demonstrator was shot and killed by police in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Several protesters were seriously injured when police fired on them in Kumasi on Tuesday.", "Excessive force against protesters"),
        ("en", "Police opened fire on a crowd protesting against the election results in Kumasi on Tuesday, killing three.", "Excessive force against protesters"),
        ("en", "Police used force to disperse the protest in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Several protesters were injured when police dispersed the rally with tear gas in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "The protest was broken up by police in Kumasi on Tuesday.", "Protest with intervention"),
        ("en", "Protesters blocked roads with burning tyres in Kumasi on Tuesday; police dispersed them with tear gas.", "Violent demonstration"),
        ("en", "Demonstrators attacked police with sticks in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "The rally turned violent in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Protesters set fire to a police vehicle in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Protesters vandalised the office of the electoral commission in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "A police officer was injured when protesters threw stones in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "A mob beat a man to death in Kumasi on Tuesday on suspicion of theft.", "Mob violence"),
        ("en", "Rioters looted shops and burned cars in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Residents attacked health workers in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Supporters of two parties clashed in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Hundreds took to the streets of Kumasi on Tuesday.", "Peaceful protest"),
        ("en", "Protesters gathered outside the embassy in Kumasi on Tuesday chanting slogans.", "Peaceful protest"),
        ("en", "Workers staged a demonstration in Kumasi on Tuesday demanding unpaid wages.", "Peaceful protest"),
        ("en", "Residents protested in Kumasi on Tuesday after police killed a young man.", "Peaceful protest"),
    ];
    let mut wrong = Vec::new();
    for (lang, text, want) in probes {
        let types = s93_types(&s, lang, text);
        if types.first().map(String::as_str) != Some(*want) {
            wrong.push(format!("{text}: want {want}, got {types:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} of {} probes typed wrong:\n{}", wrong.len(), probes.len(), wrong.join("\n"));
}

/// Patterns do not see capitals: a trigger written as a proper name (a surname, a street) is no
/// event; the common word, at the head of the sentence or inside it, still is.
#[test]
fn s93_a_proper_name_fires_no_common_noun_trigger() {
    let s = stage();
    for (lang, text) in [
        ("en", "Director David Lynch attended the premiere of his film in Kumasi on Tuesday."),
        ("en", "Lynch Street was closed to traffic in Kumasi on Tuesday."),
        ("en", "Former attorney general Loretta Lynch met the mayor of Kumasi on Tuesday."),
        ("en", "The mayor met Mr Lynch in Kumasi on Tuesday."),
        ("fr", "Le site The Intercept a publié lundi à Kumasi des documents sur les ventes d'armes."),
    ] {
        assert_eq!(s61_types(&s, lang, text, &[]), Vec::<String>::new(), "{text}");
    }
    for (lang, text, want) in [
        ("en", "Lynch mobs killed two men in Kumasi on Tuesday.", "Mob violence"),
        ("en", "A mob lynched a suspected thief in Kumasi on Tuesday.", "Mob violence"),
        ("en", "Looting: On Tuesday, gunmen looted shops in Kumasi.", "Looting/property destruction"),
        ("en", "Protesters threw Molotov cocktails at the police in Kumasi on Tuesday.", "Violent demonstration"),
        ("en", "Rebels fired 3 Grad Missiles at an army garrison in Kumasi on Tuesday.", "Shelling/artillery/missile attack"),
        ("fr", "Une foule a lynché un présumé voleur mardi à Kumasi.", "Mob violence"),
    ] {
        assert_eq!(s61_types(&s, lang, text, &[]).first().map(String::as_str), Some(want), "{text}");
    }
    // A headline in title case keeps its words: every word is capitalised there.
    assert_eq!(s61_types(&s, "en", "Mob Lynches Thief In Kumasi On Tuesday", &[]).first().map(String::as_str), Some("Mob violence"));
}


// S95: missed

/// S95: the types wire copy words in rarer ways, and the events one-sentence texts miss (weapons
/// seized, defused or intercepted; truces, ceasefires, swaps, surrenders; groups formed, banned or
/// disbanded, curfews; looting, robbery, arson; arrests; towns seized or regained; rallies, marches,
/// sit-ins, strikes), in English and French: each sentence, run through the stage alone with its
/// town ("P") resolved and its day dated, reads the type ACLED's codebook gives it ("none": no
/// event). Written for this table, from no evaluation set.
#[test]
fn s95_rarer_wordings_read_their_type() {
    let s = stage();
    let mut wrong = Vec::new();
    for (lang, text, want) in [
        ("en", "Police seized a cache of weapons and ammunition in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Troops recovered an arms cache from a militant hideout in P on Tuesday.", "Disrupted weapons use"),
        ("en", "A bomb disposal squad defused a roadside bomb in P on Tuesday.", "Disrupted weapons use"),
        ("en", "An improvised explosive device was defused by the army in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Air defences intercepted a ballistic missile over P on Tuesday.", "Disrupted weapons use"),
        ("en", "Two rockets fired at P were intercepted on Tuesday.", "Disrupted weapons use"),
        ("en", "Police found two hand grenades in a field in P on Tuesday.", "Disrupted weapons use"),
        ("en", "The army shot down a drone near P on Tuesday.", "Disrupted weapons use"),
        ("en", "The army and the rebels agreed to a ceasefire in P on Tuesday.", "Agreement"),
        ("en", "The warring sides signed a truce in P on Tuesday.", "Agreement"),
        ("en", "The government and the Taliban exchanged prisoners in P on Tuesday.", "Agreement"),
        ("en", "The rebels and the army swapped prisoners in P on Tuesday.", "Agreement"),
        ("en", "Militia leaders signed a peace deal with the government in P on Tuesday.", "Agreement"),
        ("en", "Two hundred rebels surrendered to the army in P on Tuesday.", "Agreement"),
        ("en", "Authorities imposed a curfew in P on Tuesday.", "Change to group/activity"),
        ("en", "A curfew was imposed in P on Tuesday.", "Change to group/activity"),
        ("en", "The government banned the militia in P on Tuesday.", "Change to group/activity"),
        ("en", "The militia was disbanded in P on Tuesday.", "Change to group/activity"),
        ("en", "Former fighters formed a new armed group in P on Tuesday.", "Change to group/activity"),
        ("en", "Rebels declared a unilateral ceasefire in P on Tuesday.", "Change to group/activity"),
        ("en", "Troops were deployed to P on Tuesday.", "Change to group/activity"),
        ("en", "Gunmen looted shops in P on Tuesday.", "Looting/property destruction"),
        ("en", "Militants torched 20 houses in P on Tuesday.", "Looting/property destruction"),
        ("en", "Herders burned down houses in the village of P on Tuesday.", "Looting/property destruction"),
        ("en", "Militants set fire to a school in P on Tuesday.", "Looting/property destruction"),
        ("en", "Gunmen stole cattle from herders in P on Tuesday.", "Looting/property destruction"),
        ("en", "Armed men robbed passengers on the road to P on Tuesday.", "Looting/property destruction"),
        ("en", "Police arrested 12 people in P on Tuesday.", "Arrests"),
        ("en", "Security forces detained a journalist in P on Tuesday.", "Arrests"),
        ("en", "Two suspects were taken into custody in P on Tuesday.", "Arrests"),
        ("en", "Police held the opposition leader in custody in P on Tuesday.", "Arrests"),
        ("en", "Police detained five suspected militants in P on Tuesday.", "Arrests"),
        ("en", "The opposition leader was placed under house arrest in P on Tuesday.", "Arrests"),
        ("en", "Al Shabaab fighters captured the town of P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "The Taliban seized the district of P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "Islamic State militants took control of the town of P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "The army retook the town of P from the insurgents on Tuesday.", "Government regains territory"),
        ("en", "Government forces recaptured the village of P on Tuesday.", "Government regains territory"),
        ("en", "Hundreds of people rallied in P on Tuesday.", "Peaceful protest"),
        ("en", "Thousands marched through P on Tuesday.", "Peaceful protest"),
        ("en", "Farmers staged a sit-in in front of the district office in P on Tuesday.", "Peaceful protest"),
        ("en", "Doctors went on strike in P on Tuesday.", "Peaceful protest"),
        ("en", "Students held a rally in P on Tuesday.", "Peaceful protest"),
        ("en", "Teachers staged a protest march in P on Tuesday.", "Peaceful protest"),
        ("fr", "La police a saisi une cache d'armes à P mardi.", "Disrupted weapons use"),
        ("fr", "Les démineurs ont désamorcé une bombe à P mardi.", "Disrupted weapons use"),
        ("fr", "Un engin explosif a été désamorcé par l'armée à P mardi.", "Disrupted weapons use"),
        ("fr", "La défense aérienne a intercepté un missile au-dessus de P mardi.", "Disrupted weapons use"),
        ("fr", "Les soldats ont découvert un stock de munitions à P mardi.", "Disrupted weapons use"),
        ("fr", "L'armée et les rebelles ont conclu un cessez-le-feu à P mardi.", "Agreement"),
        ("fr", "Les deux camps ont signé une trêve à P mardi.", "Agreement"),
        ("fr", "Le gouvernement et les talibans ont échangé des prisonniers à P mardi.", "Agreement"),
        ("fr", "Une centaine de rebelles se sont rendus aux autorités à P mardi.", "Agreement"),
        ("fr", "Les autorités ont instauré un couvre-feu à P mardi.", "Change to group/activity"),
        ("fr", "Un couvre-feu a été décrété à P mardi.", "Change to group/activity"),
        ("fr", "La milice a été dissoute à P mardi.", "Change to group/activity"),
        ("fr", "Les rebelles ont décrété un cessez-le-feu unilatéral à P mardi.", "Change to group/activity"),
        ("fr", "Des hommes armés ont pillé des boutiques à P mardi.", "Looting/property destruction"),
        ("fr", "Des assaillants ont incendié une vingtaine de maisons à P mardi.", "Looting/property destruction"),
        ("fr", "Des hommes armés ont volé du bétail à P mardi.", "Looting/property destruction"),
        ("fr", "La police a arrêté douze personnes à P mardi.", "Arrests"),
        ("fr", "Un journaliste a été interpellé à P mardi.", "Arrests"),
        ("fr", "Trois suspects ont été placés en garde à vue à P mardi.", "Arrests"),
        ("fr", "L'opposant a été placé en détention à P mardi.", "Arrests"),
        ("fr", "Les jihadistes ont pris le contrôle de la ville de P mardi.", "Non-state actor overtakes territory"),
        ("fr", "Les rebelles se sont emparés de la localité de P mardi.", "Non-state actor overtakes territory"),
        ("fr", "L'armée a repris le contrôle de la ville de P mardi.", "Government regains territory"),
        ("fr", "Des milliers de personnes ont manifesté à P mardi.", "Peaceful protest"),
        ("fr", "Les enseignants sont en grève à P mardi.", "Peaceful protest"),
        ("fr", "Des étudiants ont organisé un sit-in devant le ministère à P mardi.", "Peaceful protest"),
        ("fr", "Des centaines de personnes ont défilé dans les rues de P mardi.", "Peaceful protest"),
        ("fr", "Les commerçants ont observé une journée ville morte à P mardi.", "Peaceful protest"),
        ("en", "The suspect was booked by police in P on Tuesday.", "Arrests"),
        ("en", "Party workers attacked each other with sticks in P on Tuesday.", "Mob violence"),
        ("en", "Security forces captured a Maoist commander in P on Tuesday.", "Arrests"),
        ("en", "The rebels announced a unilateral ceasefire in P on Tuesday.", "Change to group/activity"),
        ("en", "Gunmen robbed travellers on the highway in P on Tuesday.", "Looting/property destruction"),
        ("en", "Residents evacuated the town of P on Tuesday after threats by militants.", "Other"),
        ("en", "Villagers submitted a memorandum to the district collector in P on Tuesday.", "Peaceful protest"),
        ("en", "Air defence systems repelled a drone attack on the P base on Tuesday.", "Disrupted weapons use"),
        ("en", "Militants distributed threatening leaflets in the town of P on Tuesday.", "Other"),
        ("en", "The militants issued an ultimatum to residents of P on Tuesday.", "Other"),
        ("en", "Residents received night letters from the Taliban in P on Tuesday.", "Other"),
        ("en", "Militia members seized land belonging to farmers in P on Tuesday.", "Looting/property destruction"),
        ("en", "The town of P is now controlled by rebels since Tuesday.", "Non-state actor overtakes territory"),
        ("en", "The town of P is back under government control since Tuesday.", "Government regains territory"),
        ("en", "The town of P fell into the hands of the insurgents on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "The leader was held in custody in P on Tuesday.", "Arrests"),
        ("en", "The activist was locked up in P on Tuesday.", "Arrests"),
        ("en", "A drone flew over the army base in P on Tuesday.", "Other"),
        ("en", "Unidentified drones were spotted over the town of P on Tuesday.", "Other"),
        ("fr", "Les combattants du groupe armé se sont rendus à l'armée à P mardi.", "Agreement"),
        ("fr", "Les rebelles se sont emparés de la ville de P mardi.", "Non-state actor overtakes territory"),
        ("fr", "Des milliers de personnes ont marché à P mardi.", "Peaceful protest"),
        ("fr", "Les gendarmes ont cueilli le suspect à son domicile à P mardi.", "Arrests"),
        ("fr", "Le député a été conduit à la prison centrale de P mardi.", "Arrests"),
        ("fr", "Les insurgés contrôlent désormais le port de P depuis mardi.", "Non-state actor overtakes territory"),
        ("fr", "Le gouvernement a lancé un programme de déminage à P mardi.", "none"),
        ("en", "Three held for rioting in P", "Arrests"),
        ("en", "Students march through P", "Peaceful protest"),
        ("en", "Rebels hand over P to army", "Non-violent transfer of territory"),
    ] {
        let got = s95_types(&s, lang, text);
        wrong.extend(first_type_mismatch(text, want, &got));
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

/// S95: the probes S84's session wrote for rarer wordings of the 25 types (wire, South Asian and
/// headline wordings, both languages) that read right, kept so that none breaks; those that still
/// read wrong are listed in the S95 report with why.
#[test]
fn s95_earlier_probes_keep_their_type() {
    let s = stage();
    let mut wrong = Vec::new();
    for (lang, text, want) in [
        ("en", "Police defused a bomb planted near the market in P on Tuesday.", "Disrupted weapons use"),
        ("en", "The bomb disposal squad defused two IEDs on the highway near P on Tuesday.", "Disrupted weapons use"),
        ("en", "Security forces dismantled an improvised explosive device found on the road in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Soldiers seized a large cache of arms and ammunition in a raid in P on Tuesday.", "Disrupted weapons use"),
        ("en", "The army recovered a weapons cache including rifles and grenades in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Troops intercepted a shipment of weapons bound for the rebels near P on Tuesday.", "Disrupted weapons use"),
        ("en", "Air defences intercepted a ballistic missile fired toward P on Tuesday.", "Disrupted weapons use"),
        ("en", "The Saudi-led coalition said it shot down a drone launched by the Houthis toward P on Tuesday.", "Disrupted weapons use"),
        ("en", "Police found and defused a pressure cooker bomb in P on Tuesday.", "Disrupted weapons use"),
        ("en", "The bomb squad safely detonated a suspicious device found outside a school in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Police busted an illegal arms factory in P on Tuesday and seized 20 pistols.", "Disrupted weapons use"),
        ("en", "Police recovered explosives and detonators from a house in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Security forces foiled a terror plot in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Soldiers unearthed an arms dump belonging to Maoists in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Police seized country-made bombs from a house in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Police recovered crude bombs from an abandoned house in P on Tuesday.", "Disrupted weapons use"),
        ("en", "A landmine was detected and defused by security forces in P on Tuesday.", "Disrupted weapons use"),
        ("en", "The government and the rebels signed a ceasefire agreement in P on Tuesday.", "Agreement"),
        ("en", "The warring factions agreed to a truce in P on Tuesday.", "Agreement"),
        ("en", "The Taliban and the government exchanged prisoners in P on Tuesday.", "Agreement"),
        ("en", "The army and the militia signed a peace deal in P on Tuesday.", "Agreement"),
        ("en", "The militants released 20 hostages in exchange for the release of detained fighters in P on Tuesday.", "Agreement"),
        ("en", "Rebel commanders signed a peace accord with the government in P on Tuesday.", "Agreement"),
        ("en", "Fighters of the armed group surrendered to the army in P on Tuesday.", "Agreement"),
        ("en", "The two communities signed a peace pact in P on Tuesday.", "Agreement"),
        ("en", "The insurgents and the army agreed a prisoner swap in P on Tuesday.", "Agreement"),
        ("en", "Police arrested 15 opposition supporters in P on Tuesday.", "Arrests"),
        ("en", "Police detained the journalist in P on Tuesday.", "Arrests"),
        ("en", "The activist was taken into custody in P on Tuesday.", "Arrests"),
        ("en", "Security forces apprehended three suspected militants in P on Tuesday.", "Arrests"),
        ("en", "Police nabbed two Maoists in P on Tuesday.", "Arrests"),
        ("en", "Two Naxals were held by police in P on Tuesday.", "Arrests"),
        ("en", "NIA took the accused into custody in P on Tuesday.", "Arrests"),
        ("en", "Police picked up five youths in P on Tuesday.", "Arrests"),
        ("en", "The militant group announced a merger with another faction in P on Tuesday.", "Change to group/activity"),
        ("en", "The rebels declared a curfew in the town of P on Tuesday.", "Change to group/activity"),
        ("en", "The militant group pledged allegiance to the Islamic State in P on Tuesday.", "Change to group/activity"),
        ("en", "The armed group announced its dissolution in P on Tuesday.", "Change to group/activity"),
        ("en", "Gunmen looted shops in the town of P on Tuesday.", "Looting/property destruction"),
        ("en", "Militants torched a school in P on Tuesday.", "Looting/property destruction"),
        ("en", "Unknown people vandalised a statue in P on Tuesday.", "Looting/property destruction"),
        ("en", "Herders set ablaze several houses in P on Tuesday.", "Looting/property destruction"),
        ("en", "Militiamen ransacked the village of P on Tuesday.", "Looting/property destruction"),
        ("en", "Maoists set fire to vehicles at a road construction site in P on Tuesday.", "Looting/property destruction"),
        ("en", "Al Shabaab fighters burned down a telecommunications mast in P on Tuesday.", "Looting/property destruction"),
        ("en", "Armed men burnt down houses in the village of P on Tuesday.", "Looting/property destruction"),
        ("en", "The soldiers demolished houses in P on Tuesday.", "Looting/property destruction"),
        ("en", "Al Shabaab fighters seized the town of P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "The Taliban captured the district centre of P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "Islamic State fighters overran an army base in P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "Rebels stormed and took over the town of P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "Thousands of residents fled the town of P on Tuesday after threats by militants.", "Other"),
        ("en", "Unidentified gunmen fired shots in the air in P on Tuesday.", "Other"),
        ("en", "Students staged a sit-in outside the university in P on Tuesday.", "Peaceful protest"),
        ("en", "Farmers held a dharna outside the collectorate in P on Tuesday.", "Peaceful protest"),
        ("en", "Workers observed a hartal in P on Tuesday.", "Peaceful protest"),
        ("en", "Villagers blocked the highway in protest in P on Tuesday.", "Peaceful protest"),
        ("en", "Teachers went on a hunger strike in P on Tuesday.", "Peaceful protest"),
        ("en", "Residents gheraoed the block office in P on Tuesday.", "Peaceful protest"),
        ("en", "Hundreds marched through the streets of P on Tuesday.", "Peaceful protest"),
        ("en", "Activists staged a rally in P on Tuesday.", "Peaceful protest"),
        ("en", "Villagers staged a rasta roko in P on Tuesday.", "Peaceful protest"),
        ("en", "Workers picketed the factory in P on Tuesday.", "Peaceful protest"),
        ("en", "Nurses took to the streets in P on Tuesday.", "Peaceful protest"),
        ("en", "Opposition supporters staged a demonstration in P on Tuesday.", "Peaceful protest"),
        ("en", "Traders downed shutters in P on Tuesday.", "Peaceful protest"),
        ("en", "Students boycotted classes in P on Tuesday.", "Peaceful protest"),
        ("en", "Residents held a candlelight vigil in P on Tuesday.", "Peaceful protest"),
        ("en", "Activists burnt an effigy of the chief minister in P on Tuesday.", "Peaceful protest"),
        ("en", "Police dispersed protesters outside parliament in P on Tuesday.", "Protest with intervention"),
        ("en", "Police opened fire on protesters in P on Tuesday, killing three.", "Excessive force against protesters"),
        ("en", "Protesters pelted stones at police in P on Tuesday.", "Violent demonstration"),
        ("en", "Protesters torched vehicles in P on Tuesday.", "Violent demonstration"),
        ("en", "A mob lynched a man suspected of cattle theft in P on Tuesday.", "Mob violence"),
        ("en", "Villagers beat a suspected thief to death in P on Tuesday.", "Mob violence"),
        ("en", "A mob attacked the police station in P on Tuesday.", "Mob violence"),
        ("en", "Rival groups clashed in P on Tuesday.", "Mob violence"),
        ("en", "Supporters of two parties clashed in P on Tuesday.", "Mob violence"),
        ("en", "Security forces exchanged fire with militants in P on Tuesday.", "Armed clash"),
        ("en", "A gunfight broke out between troops and militants in P on Tuesday.", "Armed clash"),
        ("en", "An encounter between police and Maoists took place in P on Tuesday.", "Armed clash"),
        ("en", "Soldiers engaged Boko Haram fighters in a fierce battle in P on Tuesday.", "Armed clash"),
        ("en", "Troops repelled an attack by Al Shabaab on their base in P on Tuesday.", "Armed clash"),
        ("en", "Two militants were gunned down in an encounter with security forces in P on Tuesday.", "Armed clash"),
        ("en", "The army recaptured the town of Gwoza from P on Tuesday.", "Government regains territory"),
        ("en", "Government forces retook the village of P on Tuesday.", "Government regains territory"),
        ("en", "Troops liberated the town of P from the insurgents on Tuesday.", "Government regains territory"),
        ("en", "The rebels withdrew from the town of P on Tuesday and handed it over to the army.", "Non-violent transfer of territory"),
        ("en", "The militants set up a new base in the forest near P on Tuesday.", "Headquarters or base established"),
        ("en", "The army established a new military camp in P on Tuesday.", "Headquarters or base established"),
        ("en", "Warplanes pounded rebel positions in P on Tuesday.", "Air/drone strike"),
        ("en", "A US drone struck a vehicle in P on Tuesday, killing two militants.", "Air/drone strike"),
        ("en", "Rebels fired mortar rounds at the airport in P on Tuesday.", "Shelling/artillery/missile attack"),
        ("en", "Houthi forces fired a ballistic missile at P on Tuesday.", "Shelling/artillery/missile attack"),
        ("en", "Pakistani troops violated the ceasefire and shelled villages in P on Tuesday.", "Shelling/artillery/missile attack"),
        ("en", "Rockets landed in the Green Zone of P on Tuesday.", "Shelling/artillery/missile attack"),
        ("en", "A roadside bomb exploded near a patrol in P on Tuesday, killing two soldiers.", "Remote explosive/landmine/IED"),
        ("en", "A landmine blast killed three civilians in P on Tuesday.", "Remote explosive/landmine/IED"),
        ("en", "A magnetic bomb attached to a car went off in P on Tuesday.", "Remote explosive/landmine/IED"),
        ("en", "A vehicle hit a mine near P on Tuesday, killing four soldiers.", "Remote explosive/landmine/IED"),
        ("en", "A suicide bomber blew himself up at a mosque in P on Tuesday, killing 10.", "Suicide bomb"),
        ("en", "Militants hurled a grenade at a CRPF bunker in P on Tuesday.", "Grenade"),
        ("en", "A grenade was lobbed at a police station in P on Tuesday.", "Grenade"),
        ("en", "Gunmen shot dead a shopkeeper in P on Tuesday.", "Attack"),
        ("en", "Unknown assailants hacked a man to death in P on Tuesday.", "Attack"),
        ("en", "Maoists killed a villager on suspicion of being a police informer in P on Tuesday.", "Attack"),
        ("en", "Bandits killed 12 villagers in P on Tuesday.", "Attack"),
        ("en", "Gunmen opened fire on a bus in P on Tuesday, killing 14 passengers.", "Attack"),
        ("en", "Gunmen kidnapped a priest in P on Tuesday.", "Abduction/forced disappearance"),
        ("en", "Militants abducted two engineers in P on Tuesday.", "Abduction/forced disappearance"),
        ("en", "Bandits whisked away 20 travellers on the highway in P on Tuesday.", "Abduction/forced disappearance"),
        ("en", "The activist went missing after being picked up by unidentified men in P on Tuesday.", "Abduction/forced disappearance"),
        ("en", "Soldiers raped two women in the village of P on Tuesday.", "Sexual violence"),
        ("en", "A girl was gang-raped by militiamen in P on Tuesday.", "Sexual violence"),
        ("en", "Government forces used chlorine gas in an attack on P on Tuesday.", "Chemical weapon"),
        ("en", "Security forces shot dead two protesters in P on Tuesday.", "Excessive force against protesters"),
        ("en", "Police lathi-charged protesters in P on Tuesday.", "Protest with intervention"),
        ("en", "Police fired tear gas to disperse demonstrators in P on Tuesday.", "Protest with intervention"),
        ("en", "Police detained dozens of protesters at a rally in P on Tuesday.", "Protest with intervention"),
        ("en", "Protesters ransacked the office of the governor in P on Tuesday.", "Violent demonstration"),
        ("en", "Demonstrators clashed with police in P on Tuesday.", "Violent demonstration"),
        ("en", "An angry mob torched a police vehicle in P on Tuesday.", "Mob violence"),
        ("en", "Supporters of the TMC and BJP clashed in P on Tuesday.", "Mob violence"),
        ("en", "A group of villagers assaulted two health workers in P on Tuesday.", "Mob violence"),
        ("en", "A live bomb was diffused by the bomb disposal squad in P on Tuesday.", "Disrupted weapons use"),
        ("en", "An IED was detected and destroyed by troops on the road in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Security forces recovered arms and ammunition during a search in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Arms and ammunition were recovered from a hideout in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Police recovered two AK-47 rifles from a vehicle in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Police seized 50 gelatin sticks and 100 detonators in P on Tuesday.", "Disrupted weapons use"),
        ("en", "The Iron Dome system intercepted two rockets fired from P on Tuesday.", "Disrupted weapons use"),
        ("en", "The army shot down a drone near the border in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Police foiled a bid to smuggle weapons across the border in P on Tuesday.", "Disrupted weapons use"),
        ("en", "An unexploded mortar shell was found in a field in P on Tuesday.", "Disrupted weapons use"),
        ("en", "The army carried out a controlled explosion of a suspicious package in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Police neutralised an explosive device planted near the mosque in P on Tuesday.", "Disrupted weapons use"),
        ("en", "A huge haul of explosives was seized by police in P on Tuesday.", "Disrupted weapons use"),
        ("en", "The government reached an agreement with the rebels in P on Tuesday.", "Agreement"),
        ("en", "The army and the armed group struck a deal to end the fighting in P on Tuesday.", "Agreement"),
        ("en", "The two armed groups signed a non-aggression pact in P on Tuesday.", "Agreement"),
        ("en", "The militants freed 12 hostages after negotiations with elders in P on Tuesday.", "Agreement"),
        ("en", "The government and the insurgents signed a memorandum of understanding in P on Tuesday.", "Agreement"),
        ("en", "Around 200 fighters laid down their arms in P on Tuesday.", "Agreement"),
        ("en", "Police arrested three men in connection with the attack in P on Tuesday.", "Arrests"),
        ("en", "The former minister was remanded in custody in P on Tuesday.", "Arrests"),
        ("en", "Police took five students into custody in P on Tuesday.", "Arrests"),
        ("en", "Police raided the house and held the suspect in P on Tuesday.", "Arrests"),
        ("en", "The opposition leader was put behind bars in P on Tuesday.", "Arrests"),
        ("en", "The army deployed troops to the town of P on Tuesday.", "Change to group/activity"),
        ("en", "Hundreds of soldiers were deployed in P on Tuesday.", "Change to group/activity"),
        ("en", "The government sent reinforcements to P on Tuesday.", "Change to group/activity"),
        ("en", "The militant group appointed a new leader in P on Tuesday.", "Change to group/activity"),
        ("en", "The rebel group renamed itself in P on Tuesday.", "Change to group/activity"),
        ("en", "The militants launched a recruitment drive in P on Tuesday.", "Change to group/activity"),
        ("en", "Al Shabaab imposed a blockade on the town of P on Tuesday.", "Change to group/activity"),
        ("en", "Gunmen plundered the village of P on Tuesday.", "Looting/property destruction"),
        ("en", "Bandits rustled 200 cattle from herders in P on Tuesday.", "Looting/property destruction"),
        ("en", "Armed men made away with livestock in P on Tuesday.", "Looting/property destruction"),
        ("en", "Militants pillaged the market in P on Tuesday.", "Looting/property destruction"),
        ("en", "Unknown people desecrated graves in the cemetery of P on Tuesday.", "Looting/property destruction"),
        ("en", "Authorities bulldozed homes of Palestinians in P on Tuesday.", "Looting/property destruction"),
        ("en", "Armed men destroyed crops in the village of P on Tuesday.", "Looting/property destruction"),
        ("en", "Miscreants damaged a temple in P on Tuesday.", "Looting/property destruction"),
        ("en", "Unidentified persons defaced a statue of Ambedkar in P on Tuesday.", "Looting/property destruction"),
        ("en", "The district centre fell to the Taliban in P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "Militants occupied the village of P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "The town of P came under the control of insurgents on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "The insurgents gained control of the port of P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "Hundreds of families were displaced from the village of P on Tuesday.", "Other"),
        ("en", "A mass grave was discovered in the town of P on Tuesday.", "Other"),
        ("en", "The army fired warning shots in P on Tuesday.", "Other"),
        ("en", "North Korea test-fired a ballistic missile off P on Tuesday.", "Other"),
        ("en", "Workers staged a walkout at the factory in P on Tuesday.", "Peaceful protest"),
        ("en", "The opposition enforced a shutdown in P on Tuesday.", "Peaceful protest"),
        ("en", "Farmers staged a chakka jam in P on Tuesday.", "Peaceful protest"),
        ("en", "Residents formed a human chain in P on Tuesday.", "Peaceful protest"),
        ("en", "Activists took out a torch rally in P on Tuesday.", "Peaceful protest"),
        ("en", "Activists took out a procession in P on Tuesday.", "Peaceful protest"),
        ("en", "Students raised slogans against the government in P on Tuesday.", "Peaceful protest"),
        ("en", "Teachers launched an indefinite strike in P on Tuesday.", "Peaceful protest"),
        ("en", "Members of the union gathered outside the parliament in P on Tuesday to demand higher wages.", "Peaceful protest"),
        ("en", "Activists held a candle march in P on Tuesday.", "Peaceful protest"),
        ("en", "Lawyers abstained from work in P on Tuesday.", "Peaceful protest"),
        ("en", "Residents staged an agitation in P on Tuesday.", "Peaceful protest"),
        ("en", "Villagers thrashed two suspected child lifters in P on Tuesday.", "Mob violence"),
        ("en", "A mob stoned a suspected thief to death in P on Tuesday.", "Mob violence"),
        ("en", "Residents set upon a suspected robber in P on Tuesday.", "Mob violence"),
        ("en", "A suspected thief was subjected to jungle justice in P on Tuesday.", "Mob violence"),
        ("en", "A scuffle broke out between two groups of villagers in P on Tuesday.", "Mob violence"),
        ("en", "Sappers cleared mines from the road near P on Tuesday.", "Disrupted weapons use"),
        ("en", "Deminers removed 50 landmines planted by the Houthis in P on Tuesday.", "Disrupted weapons use"),
        ("en", "An explosive device was rendered safe by army experts in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Police disarmed a car bomb in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Police uncovered an arms depot in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Soldiers discovered a weapons cache in a cave near P on Tuesday.", "Disrupted weapons use"),
        ("en", "Customs officers confiscated a consignment of rifles at the port of P on Tuesday.", "Disrupted weapons use"),
        ("en", "An explosive-laden boat was destroyed by the coalition off P on Tuesday.", "Disrupted weapons use"),
        ("en", "The army destroyed an explosive-laden drone launched by the Houthis toward P on Tuesday.", "Disrupted weapons use"),
        ("en", "A car bomb was dismantled by security forces in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Police found an unexploded grenade near the school in P on Tuesday.", "Disrupted weapons use"),
        ("en", "The government and the rebels signed a peace treaty in P on Tuesday.", "Agreement"),
        ("en", "The two sides agreed on a cessation of hostilities in P on Tuesday.", "Agreement"),
        ("en", "The warring parties accepted a ceasefire in P on Tuesday.", "Agreement"),
        ("en", "The Houthis and the government swapped the bodies of fighters in P on Tuesday.", "Agreement"),
        ("en", "Tribal elders brokered a deal between the rival clans in P on Tuesday.", "Agreement"),
        ("en", "The rebels signed a reconciliation agreement with the government in P on Tuesday.", "Agreement"),
        ("en", "Thousands of people abandoned their homes in P on Tuesday.", "Other"),
        ("en", "A new armed group was formed in the region of P on Tuesday.", "Change to group/activity"),
        ("en", "A splinter faction broke away from the ELN in P on Tuesday.", "Change to group/activity"),
        ("en", "The militants withdrew from peace talks in P on Tuesday.", "Change to group/activity"),
        ("en", "Rebel forces moved their headquarters to the town of P on Tuesday.", "Change to group/activity"),
        ("en", "Police launched a crackdown and detained dozens in P on Tuesday.", "Arrests"),
        ("en", "Police collared two suspects in P on Tuesday.", "Arrests"),
        ("en", "Security forces seized two suspected militants in P on Tuesday.", "Arrests"),
        ("en", "Gunmen hijacked two aid trucks in P on Tuesday.", "Looting/property destruction"),
        ("en", "Militants stole cattle from villagers in P on Tuesday.", "Looting/property destruction"),
        ("en", "Rebels commandeered vehicles of an NGO in P on Tuesday.", "Looting/property destruction"),
        ("en", "Armed men raided a health centre and carted away drugs in P on Tuesday.", "Looting/property destruction"),
        ("en", "The fire gutted the offices of the party in P on Tuesday after an arson attack.", "Looting/property destruction"),
        ("en", "Settlers uprooted olive trees in the village of P on Tuesday.", "Looting/property destruction"),
        ("en", "Militants raised their flag over the town of P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "Rebels expelled government forces from the town of P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "Jihadists entered the town of P on Tuesday and took over the army camp.", "Non-state actor overtakes territory"),
        ("en", "A communal clash broke out between two communities in P on Tuesday.", "Mob violence"),
        ("en", "Stone pelting was reported between two groups in P on Tuesday.", "Mob violence"),
        ("en", "A brawl broke out between supporters of rival parties in P on Tuesday.", "Mob violence"),
        ("en", "Vigilantes beat a suspected thief in P on Tuesday.", "Mob violence"),
        ("en", "Residents held a protest march in P on Tuesday.", "Peaceful protest"),
        ("en", "Hundreds of women demonstrated in P on Tuesday.", "Peaceful protest"),
        ("en", "Dozens of people assembled outside the embassy in P on Tuesday to condemn the war.", "Peaceful protest"),
        ("en", "Demonstrators gathered in Tahrir Square in P on Tuesday.", "Peaceful protest"),
        ("en", "Unidentified men threw an explosive at a police post in P on Tuesday.", "Grenade"),
        ("en", "Militants lobbed an explosive device at the CRPF camp in P on Tuesday.", "Grenade"),
        ("en", "The army regained control of the town of P on Tuesday.", "Government regains territory"),
        ("en", "Troops wrested control of the village from the militants in P on Tuesday.", "Government regains territory"),
        ("en", "Security forces cleared the area of militants in P on Tuesday.", "Government regains territory"),
        ("en", "Government forces secured the town of P on Tuesday.", "Government regains territory"),
        ("en", "The army reclaimed the town of Damboa from P on Tuesday.", "Government regains territory"),
        ("en", "The army restored control over the town of P on Tuesday.", "Government regains territory"),
        ("en", "The army flushed out the militants from the town of P on Tuesday.", "Government regains territory"),
        ("en", "Troops dislodged the insurgents from the town of P on Tuesday.", "Government regains territory"),
        ("en", "The insurgents seized control of the town of P on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "Irate protesters set fire to the police station in P on Tuesday.", "Violent demonstration"),
        ("en", "Demonstrators hurled stones at the police in P on Tuesday.", "Violent demonstration"),
        ("en", "Violent protests broke out in P on Tuesday.", "Violent demonstration"),
        ("en", "Agitators damaged public property in P on Tuesday.", "Violent demonstration"),
        ("en", "A mob went on the rampage in P on Tuesday.", "Mob violence"),
        ("en", "Communal violence erupted in P on Tuesday.", "Mob violence"),
        ("en", "A man was attacked by a crowd in P on Tuesday.", "Mob violence"),
        ("en", "Clashes broke out between two communities in P on Tuesday.", "Mob violence"),
        ("en", "Youths went on the rampage in P on Tuesday.", "Mob violence"),
        ("en", "Police caught two suspects in P on Tuesday.", "Arrests"),
        ("en", "Police busted a gang of robbers in P on Tuesday.", "Arrests"),
        ("en", "The arrest of the opposition leader took place in P on Tuesday.", "Arrests"),
        ("en", "Police detained and questioned the journalist in P on Tuesday.", "Arrests"),
        ("en", "Hundreds of residents gathered at the square demanding justice in P on Tuesday.", "Peaceful protest"),
        ("en", "Residents chanted slogans against the government in P on Tuesday.", "Peaceful protest"),
        ("en", "Women held placards in front of the parliament in P on Tuesday.", "Peaceful protest"),
        ("en", "Workers held a demonstration in P on Tuesday.", "Peaceful protest"),
        ("en", "Hundreds of people took part in a demonstration in P on Tuesday.", "Peaceful protest"),
        ("en", "Activists launched a signature campaign in P on Tuesday.", "Peaceful protest"),
        ("en", "Students protested in P on Tuesday.", "Peaceful protest"),
        ("en", "Residents demonstrated against the new law in P on Tuesday.", "Peaceful protest"),
        ("en", "Police found a car packed with explosives in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Police recovered a suicide vest in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Security forces recovered a rocket launcher in P on Tuesday.", "Disrupted weapons use"),
        ("en", "An explosive-laden vehicle was stopped at a checkpoint in P on Tuesday.", "Disrupted weapons use"),
        ("en", "The militant group formed a new alliance in P on Tuesday.", "Change to group/activity"),
        ("en", "The rebels announced the formation of a new armed group in P on Tuesday.", "Change to group/activity"),
        ("en", "The militants recruited dozens of youths in P on Tuesday.", "Change to group/activity"),
        ("en", "Police and paramilitary forces conducted a flag march in P on Tuesday.", "Change to group/activity"),
        ("en", "The administration imposed prohibitory orders in P on Tuesday.", "Change to group/activity"),
        ("en", "Section 144 was imposed in P on Tuesday.", "Change to group/activity"),
        ("fr", "Les démineurs ont désamorcé une bombe près du marché de P mardi.", "Disrupted weapons use"),
        ("fr", "L'armée a neutralisé un engin explosif improvisé sur la route de P mardi.", "Disrupted weapons use"),
        ("fr", "Les soldats ont saisi une cache d'armes à P mardi.", "Disrupted weapons use"),
        ("fr", "La police a découvert un important stock d'armes et de munitions à P mardi.", "Disrupted weapons use"),
        ("fr", "La défense antiaérienne a intercepté un missile tiré vers P mardi.", "Disrupted weapons use"),
        ("fr", "Les forces de sécurité ont déjoué un attentat à P mardi.", "Disrupted weapons use"),
        ("fr", "Un drone a été abattu par l'armée près de P mardi.", "Disrupted weapons use"),
        ("fr", "Les forces armées ont détruit un dépôt d'armes des terroristes près de P mardi.", "Disrupted weapons use"),
        ("fr", "Un engin explosif a été désactivé par les démineurs à P mardi.", "Disrupted weapons use"),
        ("fr", "Le gouvernement et les rebelles ont signé un accord de cessez-le-feu à P mardi.", "Agreement"),
        ("fr", "Les belligérants ont conclu une trêve à P mardi.", "Agreement"),
        ("fr", "Les deux camps ont procédé à un échange de prisonniers à P mardi.", "Agreement"),
        ("fr", "Les otages ont été libérés en échange de la libération de combattants à P mardi.", "Agreement"),
        ("fr", "Les milices ont signé un accord de paix avec le gouvernement à P mardi.", "Agreement"),
        ("fr", "La police a arrêté quinze militants de l'opposition à P mardi.", "Arrests"),
        ("fr", "Le journaliste a été interpellé par la police à P mardi.", "Arrests"),
        ("fr", "Les gendarmes ont appréhendé trois suspects à P mardi.", "Arrests"),
        ("fr", "L'opposant a été placé en garde à vue à P mardi.", "Arrests"),
        ("fr", "Le militant a été placé en détention à P mardi.", "Arrests"),
        ("fr", "Le suspect a été écroué à P mardi.", "Arrests"),
        ("fr", "L'opposant a été assigné à résidence à P mardi.", "Arrests"),
        ("fr", "Trois jihadistes ont été faits prisonniers par l'armée à P mardi.", "Arrests"),
        ("fr", "Le groupe armé a annoncé sa dissolution à P mardi.", "Change to group/activity"),
        ("fr", "Les deux groupes armés ont annoncé leur fusion à P mardi.", "Change to group/activity"),
        ("fr", "Le groupe a prêté allégeance à l'État islamique à P mardi.", "Change to group/activity"),
        ("fr", "Les rebelles ont instauré un couvre-feu à P mardi.", "Change to group/activity"),
        ("fr", "Des assaillants ont incendié une école à P mardi.", "Looting/property destruction"),
        ("fr", "Des inconnus ont saccagé le siège du parti à P mardi.", "Looting/property destruction"),
        ("fr", "Des hommes armés ont mis le feu à des maisons à P mardi.", "Looting/property destruction"),
        ("fr", "Des miliciens ont vandalisé une statue à P mardi.", "Looting/property destruction"),
        ("fr", "Des jihadistes ont brûlé des greniers dans le village de P mardi.", "Looting/property destruction"),
        ("fr", "Des inconnus ont détruit une antenne de télécommunication à P mardi.", "Looting/property destruction"),
        ("fr", "Des hommes armés ont emporté du bétail à P mardi.", "Looting/property destruction"),
        ("fr", "Les shebab ont pris la localité de P mardi.", "Non-state actor overtakes territory"),
        ("fr", "Les rebelles ont investi la ville de P mardi.", "Non-state actor overtakes territory"),
        ("fr", "Des milliers d'habitants ont fui le village de P mardi après des menaces.", "Other"),
        ("fr", "Des étudiants ont organisé un sit-in devant l'université de P mardi.", "Peaceful protest"),
        ("fr", "Les enseignants ont observé une grève de la faim à P mardi.", "Peaceful protest"),
        ("fr", "Des habitants ont bloqué la route nationale à P mardi pour protester.", "Peaceful protest"),
        ("fr", "Des manifestants se sont rassemblés devant la préfecture de P mardi.", "Peaceful protest"),
        ("fr", "Les commerçants ont baissé leurs rideaux à P mardi en signe de protestation.", "Peaceful protest"),
        ("fr", "Des agriculteurs ont manifesté devant la préfecture de P mardi.", "Peaceful protest"),
        ("fr", "Les syndicats ont organisé une marche à P mardi.", "Peaceful protest"),
        ("fr", "Des habitants ont tenu une veillée à P mardi.", "Peaceful protest"),
        ("fr", "La police a dispersé les manifestants à P mardi.", "Protest with intervention"),
        ("fr", "La police a tiré à balles réelles sur les manifestants à P mardi, tuant trois personnes.", "Excessive force against protesters"),
        ("fr", "Des manifestants ont jeté des pierres sur les policiers à P mardi.", "Violent demonstration"),
        ("fr", "Des manifestants ont incendié des pneus et érigé des barricades à P mardi.", "Violent demonstration"),
        ("fr", "Une foule a lynché un voleur présumé à P mardi.", "Mob violence"),
        ("fr", "Des villageois ont battu à mort un homme accusé de vol à P mardi.", "Mob violence"),
        ("fr", "Une foule en colère a attaqué le commissariat de P mardi.", "Mob violence"),
        ("fr", "Des jeunes de deux quartiers se sont affrontés à P mardi.", "Mob violence"),
        ("fr", "Le journaliste a été incarcéré à la prison de P mardi.", "Arrests"),
        ("fr", "Trois opposants ont été mis aux arrêts à P mardi.", "Arrests"),
        ("fr", "Le militant a été déféré au parquet de P mardi.", "Arrests"),
        ("fr", "La police a procédé à l'arrestation de dix personnes à P mardi.", "Arrests"),
        ("fr", "Un charnier a été découvert près de P mardi.", "Other"),
        ("fr", "La Corée du Nord a procédé à un tir d'essai de missile balistique près de P mardi.", "Other"),
        ("fr", "Des milliers de personnes ont été déplacées à P mardi.", "Other"),
        ("fr", "Les militaires ont effectué des tirs de sommation à P mardi.", "Other"),
        ("fr", "Des inconnus ont profané des tombes au cimetière de P mardi.", "Looting/property destruction"),
        ("fr", "Des bulldozers israéliens ont démoli des maisons palestiniennes à P mardi.", "Looting/property destruction"),
        ("fr", "Des hommes armés ont rasé le village de P mardi.", "Looting/property destruction"),
        ("fr", "Des bandits ont dévalisé des voyageurs sur la route de P mardi.", "Looting/property destruction"),
        ("fr", "Des assaillants ont emporté des motos et des vivres à P mardi.", "Looting/property destruction"),
        ("fr", "Des inconnus ont dégradé une mosquée à P mardi.", "Looting/property destruction"),
        ("fr", "L'opposition a décrété une journée ville morte à P mardi.", "Peaceful protest"),
        ("fr", "Les chauffeurs ont observé un arrêt de travail à P mardi.", "Peaceful protest"),
        ("fr", "Les agriculteurs ont mené une opération escargot près de P mardi.", "Peaceful protest"),
        ("fr", "Des centaines de personnes se sont réunies devant l'ambassade à P mardi pour dénoncer la guerre.", "Peaceful protest"),
        ("fr", "Les cheminots ont débrayé à P mardi.", "Peaceful protest"),
        ("fr", "Un cortège de plusieurs milliers de personnes a traversé P mardi.", "Peaceful protest"),
        ("fr", "Les étudiants ont boycotté les cours à P mardi.", "Peaceful protest"),
        ("fr", "Les enseignants ont entamé une grève illimitée à P mardi.", "Peaceful protest"),
        ("fr", "Des salariés ont bloqué l'accès à l'usine de P mardi.", "Peaceful protest"),
        ("fr", "Un voleur présumé a été victime de la justice populaire à P mardi.", "Mob violence"),
        ("fr", "Un homme a été brûlé vif par la foule à P mardi.", "Mob violence"),
        ("fr", "Des habitants ont pris à partie deux agents de santé à P mardi.", "Mob violence"),
        ("fr", "Un présumé voleur a été battu à mort par des riverains à P mardi.", "Mob violence"),
        ("fr", "Les forces de sécurité ont démantelé un atelier de fabrication d'armes à P mardi.", "Disrupted weapons use"),
        ("fr", "Des armes et des munitions ont été récupérées par l'armée à P mardi.", "Disrupted weapons use"),
        ("fr", "Un obus non explosé a été découvert dans un champ près de P mardi.", "Disrupted weapons use"),
        ("fr", "Le système de défense aérienne a abattu deux drones près de P mardi.", "Disrupted weapons use"),
        ("fr", "La police a mis en échec une tentative d'attentat à P mardi.", "Disrupted weapons use"),
        ("fr", "Les deux groupes armés ont signé un pacte de non-agression à P mardi.", "Agreement"),
        ("fr", "Les rebelles et le gouvernement sont parvenus à un accord à P mardi.", "Agreement"),
        ("fr", "Une centaine de combattants ont déposé les armes à P mardi.", "Agreement"),
        ("fr", "L'armée a déployé des renforts à P mardi.", "Change to group/activity"),
        ("fr", "Des centaines de soldats ont été déployés à P mardi.", "Change to group/activity"),
        ("fr", "Le groupe jihadiste a nommé un nouveau chef à P mardi.", "Change to group/activity"),
        ("fr", "Les jihadistes ont imposé un blocus à la ville de P mardi.", "Change to group/activity"),
        ("fr", "La ville de P est tombée aux mains des jihadistes mardi.", "Non-state actor overtakes territory"),
        ("fr", "Les jihadistes ont occupé le village de P mardi.", "Non-state actor overtakes territory"),
        ("fr", "Les deux camps ont échangé les corps de combattants à P mardi.", "Agreement"),
        ("fr", "Les rebelles ont remis 30 prisonniers au CICR à P mardi.", "Other"),
        ("fr", "Les rebelles se sont retirés des pourparlers à P mardi.", "Change to group/activity"),
        ("fr", "Des milliers d'habitants ont abandonné leurs maisons à P mardi.", "Other"),
        ("fr", "Des hommes armés ont détourné deux camions d'aide humanitaire à P mardi.", "Looting/property destruction"),
        ("fr", "Les rebelles ont chassé l'armée de la ville de P mardi.", "Non-state actor overtakes territory"),
        ("fr", "Un engin explosif a été rendu inoffensif par les démineurs à P mardi.", "Disrupted weapons use"),
        ("fr", "Des inconnus ont jeté un engin explosif sur un poste de police à P mardi.", "Grenade"),
        ("fr", "L'armée a nettoyé la zone des jihadistes près de P mardi.", "Government regains territory"),
        ("fr", "L'armée a délogé les jihadistes de la ville de P mardi.", "Government regains territory"),
        ("fr", "L'armée a rétabli son contrôle sur la ville de P mardi.", "Government regains territory"),
        ("fr", "Les forces armées ont sécurisé la ville de P mardi.", "Government regains territory"),
        ("fr", "La banque a sécurisé le prêt à P mardi.", "none"),
        ("en", "Police defuse bomb near market in P", "Disrupted weapons use"),
        ("en", "Army seizes huge arms cache in P", "Disrupted weapons use"),
        ("en", "Security forces recover explosives in P", "Disrupted weapons use"),
        ("en", "Bomb squad defuses IED on highway in P", "Disrupted weapons use"),
        ("en", "Saudi air defences intercept Houthi missile over P", "Disrupted weapons use"),
        ("en", "Troops destroy IED in P", "Disrupted weapons use"),
        ("en", "Security forces foil terror plot in P", "Disrupted weapons use"),
        ("en", "Government, rebels sign ceasefire deal in P", "Agreement"),
        ("en", "Taliban, Kabul swap prisoners", "Agreement"),
        ("en", "Warring sides agree to truce in P", "Agreement"),
        ("en", "Rebels free 20 soldiers in prisoner exchange in P", "Agreement"),
        ("en", "Police arrest 15 opposition supporters in P", "Arrests"),
        ("en", "Journalist detained in P", "Arrests"),
        ("en", "Police nab two Maoists in P", "Arrests"),
        ("en", "Activist taken into custody in P", "Arrests"),
        ("en", "Militant groups merge in P", "Change to group/activity"),
        ("en", "Rebels declare curfew in P", "Change to group/activity"),
        ("en", "Militant group pledges allegiance to P", "Change to group/activity"),
        ("en", "Army deploys troops to P", "Change to group/activity"),
        ("en", "Gunmen loot shops in P", "Looting/property destruction"),
        ("en", "Maoists torch vehicles in P", "Looting/property destruction"),
        ("en", "Miscreants vandalise statue in P", "Looting/property destruction"),
        ("en", "Herders burn houses in P", "Looting/property destruction"),
        ("en", "Al Shabaab seizes town of P", "Non-state actor overtakes territory"),
        ("en", "Taliban capture district centre in P", "Non-state actor overtakes territory"),
        ("en", "Islamic State overruns army base in P", "Non-state actor overtakes territory"),
        ("en", "Thousands flee P after militant threats", "Other"),
        ("en", "Villagers flee homes in P", "Other"),
        ("en", "Farmers protest outside collectorate in P", "Peaceful protest"),
        ("en", "Teachers stage dharna in P", "Peaceful protest"),
        ("en", "Workers strike in P", "Peaceful protest"),
        ("en", "Mob lynches cattle thief in P", "Mob violence"),
        ("en", "Villagers beat suspected thief to death in P", "Mob violence"),
        ("en", "Mob attacks police station in P", "Mob violence"),
        ("en", "Troops, militants exchange fire in P", "Armed clash"),
        ("en", "Soldiers clash with Boko Haram fighters in P", "Armed clash"),
        ("en", "Army repels Al Shabaab attack on base in P", "Armed clash"),
        ("en", "Army recaptures P from Boko Haram", "Government regains territory"),
        ("en", "Government forces retake Kafr Nabudah", "Government regains territory"),
        ("en", "Warplanes pound rebel positions in P", "Air/drone strike"),
        ("en", "US drone strike kills two militants in P", "Air/drone strike"),
        ("en", "Rebels shell Mogadishu airport", "Shelling/artillery/missile attack"),
        ("en", "Houthis fire ballistic missile at P", "Shelling/artillery/missile attack"),
        ("en", "Roadside bomb kills two soldiers in P", "Remote explosive/landmine/IED"),
        ("en", "Suicide bomber kills 10 at mosque in P", "Suicide bomb"),
        ("en", "Militants hurl grenade at CRPF bunker in P", "Grenade"),
        ("en", "Gunmen kill shopkeeper in P", "Attack"),
        ("en", "Bandits kill 12 villagers in P", "Attack"),
        ("en", "Gunmen kidnap priest in P", "Abduction/forced disappearance"),
        ("en", "Militants abduct two engineers in P", "Abduction/forced disappearance"),
        ("en", "Soldiers rape two women in P", "Sexual violence"),
        ("en", "Police shoot dead two protesters in P", "Excessive force against protesters"),
        ("en", "Police disperse protesters in P", "Protest with intervention"),
        ("en", "Police lathicharge protesters in P", "Protest with intervention"),
        ("en", "Protesters pelt stones at police in P", "Violent demonstration"),
        ("en", "Protesters torch vehicles in P", "Violent demonstration"),
        ("en", "Militants set up base near P", "Headquarters or base established"),
        ("fr", "L'armée désamorce une bombe à P", "Disrupted weapons use"),
        ("fr", "La police saisit des armes et des munitions à P", "Disrupted weapons use"),
        ("fr", "Les démineurs neutralisent un engin explosif à P", "Disrupted weapons use"),
        ("fr", "La défense aérienne intercepte un missile au-dessus de P", "Disrupted weapons use"),
        ("fr", "Les forces de sécurité déjouent un attentat à P", "Disrupted weapons use"),
        ("fr", "Le gouvernement et les rebelles signent un cessez-le-feu à P", "Agreement"),
        ("fr", "Les belligérants échangent des prisonniers à P", "Agreement"),
        ("fr", "La police arrête quinze opposants à P", "Arrests"),
        ("fr", "Trois jihadistes interpellés à P", "Arrests"),
        ("fr", "Un journaliste écroué à P", "Arrests"),
        ("fr", "Les rebelles décrètent un couvre-feu à P", "Change to group/activity"),
        ("fr", "Le groupe prête allégeance à l'État islamique", "Change to group/activity"),
        ("fr", "Des hommes armés pillent des boutiques à P", "Looting/property destruction"),
        ("fr", "Des assaillants incendient une école à P", "Looting/property destruction"),
        ("fr", "Des inconnus saccagent le siège du parti à P", "Looting/property destruction"),
        ("fr", "Les jihadistes prennent le contrôle de P", "Non-state actor overtakes territory"),
        ("fr", "Les rebelles s'emparent de la ville de P", "Non-state actor overtakes territory"),
        ("fr", "Des milliers d'habitants fuient Djibo", "Other"),
        ("fr", "Les enseignants manifestent à P", "Peaceful protest"),
        ("fr", "Des milliers de personnes défilent à P", "Peaceful protest"),
        ("fr", "Les médecins en grève à P", "Peaceful protest"),
        ("fr", "Un voleur lynché par la foule à P", "Mob violence"),
    ] {
        let got = s95_types(&s, lang, text);
        wrong.extend(first_type_mismatch(text, want, &got));
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

/// The types of the events that happened in `text`, its town "P" resolved, its day dated, and the
/// armed sides an actor stage would name given their ACLED inter code (a generic rebel word is a
/// rebel group, the army and the government's forces the state).
fn s95_types(s: &EventStage, lang: &str, text: &str) -> Vec<String> {
    let mut d = doc(lang, "2020-05-07", text);
    if text.split(|c: char| !c.is_alphanumeric()).any(|w| w == "P") {
        place(&mut d, "P", 1, "ML");
    }
    for day in ["Tuesday", "mardi"] {
        if text.contains(day) {
            time(&mut d, day, "2020-05-05");
        }
    }
    for (needle, inter) in [("rebels", 2), ("Rebels", 2), ("rebelles", 2), ("insurgents", 2), ("insurgés", 2), ("jihadistes", 2), ("Taliban", 2), ("Al Shabaab", 2), ("Islamic State", 2), ("Government forces", 1), ("Security forces", 1), ("Troops", 1), ("Army", 1), ("army", 1), ("armée", 1)] {
        if text.contains(needle) {
            actor(&mut d, needle, inter, Some("ML"));
        }
    }
    s.run(&mut d);
    d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.clone()).collect()
}

/// The S94 rows read only what they say: a booby trap talked about, people handed over, an
/// offensive named as a noun, people moved to a camp, rockets falling ("se sont abattues", not shot
/// down) are no event of the kind those rows type.
#[test]
fn s94_weapons_and_handovers_talked_about_are_no_such_event() {
    let s = stage();
    for (lang, text, place) in [
        ("en", "On Tuesday, the family had been concerned about booby-traps in the house in Raqqa.", "Raqqa"),
        ("en", "On Tuesday, police handed the suspect over to the court in Kabul.", "Kabul"),
        ("en", "On Tuesday, officials in Raqqa blamed Turkey's weeklong offensive against the Kurdish enclave.", "Raqqa"),
        ("fr", "Mardi, les enquêteurs ont été transférés dans un camp près de Gao.", "Gao"),
    ] {
        assert!(s94_types(&s, lang, text, &[(place, "SY")], &[]).is_empty(), "{text}");
    }
    let types = s94_types(&s, "fr", "Mardi, des roquettes tirées depuis Gaza se sont abattues près de Sdérot.", &[("Sdérot", "IL")], &[]);
    assert_eq!(types, ["Shelling/artillery/missile attack"]);
    // The toll of an explosion told in the next sentence, with nobody doing it, is that
    // explosion's: one event, of the explosion's type, with its dead; no reply, no clash.
    for (text, kind) in [
        ("On Tuesday, a roadside bomb hit an army convoy near Mopti.\nThree soldiers were killed in Mopti.", "Remote explosive/landmine/IED"),
        ("On Tuesday, a grenade was thrown at a police post in Mopti.\nTwo policemen were killed in Mopti.", "Grenade"),
    ] {
        let mut d = doc("en", "2020-05-07", text);
        for (start, _) in text.match_indices("Mopti") {
            let geo = GeoRef { geonameid: Some(9401), lat: Some(1.0), lon: Some(2.0), country: Some("ML".into()), ..Default::default() };
            d.places.push(Place { span: Span::new(start, start + "Mopti".len()), geo: Some(geo) });
        }
        time(&mut d, "Tuesday", "2020-05-05");
        // The side hit, as the actor stage marks it.
        for side in ["soldiers", "policemen"] {
            for (start, _) in text.match_indices(side) {
                let actor = ActorRef { name: Some(side.into()), inter: Some(1), country: Some("ML".into()), ..Default::default() };
                d.mentions.push(vigie_core::ActorMention { span: Span::new(start, start + side.len()), actor });
            }
        }
        s.run(&mut d);
        let events: Vec<&Event> = d.events.iter().filter(|e| e.happened()).collect();
        assert_eq!(events.iter().map(|e| e.sub_event_type.as_str()).collect::<Vec<_>>(), [kind], "{text}: {events:?}");
        assert!(events[0].fatalities.unwrap_or(0) >= 2, "{text}: {:?}", events[0]);
    }
}

// S97: actors

/// The first event of `text` (one sentence, published 2020-05-07, its town "P" in `country`,
/// "Tuesday"/"mardi" dated), with the named parties `parties` (text, inter, country).
fn s97_event(lang: &str, text: &str, country: &str, parties: &[(&str, u8, &str)]) -> Event {
    let s = stage();
    let mut d = doc(lang, "2020-05-07", text);
    place(&mut d, "P", 1, country);
    for day in ["Tuesday", "mardi"] {
        if text.contains(day) {
            time(&mut d, day, "2020-05-05");
        }
    }
    for (needle, inter, home) in parties {
        actor(&mut d, needle, *inter, Some(home));
    }
    s.run(&mut d);
    d.events.first().cloned().unwrap_or_else(|| panic!("{text}: no event"))
}

fn s97_name(a: &Option<ActorRef>) -> Option<&str> {
    a.as_ref().and_then(|a| a.name.as_deref())
}

#[test]
fn s97_who_reacts_to_an_event_told_after_a_cause_marker_is_no_side() {
    for (lang, text, reactor) in [
        ("fr", "Le gouvernement a fermé les écoles de P mardi, après l'attaque qui a tué six civils.", "gouvernement"),
        ("en", "The government closed the schools of P on Tuesday after the attack that killed six civilians.", "government"),
    ] {
        let e = s97_event(lang, text, "NE", &[(reactor, 1, "NE")]);
        assert_ne!(s97_name(&e.actor1), Some(reactor), "{text}: {:?}", e.actor1);
        assert_ne!(s97_name(&e.actor2), Some(reactor), "{text}: {:?}", e.actor2);
    }
}

#[test]
fn s97_a_speaker_set_off_by_an_apposition_is_no_side_but_one_telling_its_own_act_is() {
    let e = s97_event(
        "en",
        "Abu Omar, the governor of the region, announced a curfew on Tuesday as a Malian military assault on P continued.",
        "ML",
        &[("Abu Omar", 1, "ML"), ("Malian military", 1, "ML")],
    );
    assert_eq!(s97_name(&e.actor1), Some("Malian military"), "{:?}", e.actor1);
    // The speaker who says it did it acts ("said it had", "a annoncé avoir").
    let e = s97_event("en", "The army, backed by local militias, said it had killed 12 rebels near P on Tuesday.", "ML", &[("army", 1, "ML"), ("rebels", 2, "ML")]);
    assert_eq!(s97_name(&e.actor1), Some("army"), "{:?}", e.actor1);
    assert_eq!(s97_name(&e.actor2), Some("rebels"), "{:?}", e.actor2);
    let e = s97_event("fr", "L'armée a annoncé mardi avoir tué douze rebelles près de P.", "ML", &[("armée", 1, "ML"), ("rebelles", 2, "ML")]);
    assert_eq!(s97_name(&e.actor1), Some("armée"), "{:?}", e.actor1);
    // One who only reports stays a source ("said it had proof that ...").
    let e = s97_event("en", "The army said it had proof that the rebels carried out the attack on P on Tuesday.", "ML", &[("army", 1, "ML"), ("rebels", 2, "ML")]);
    assert_ne!(s97_name(&e.actor1), Some("army"), "{:?}", e.actor1);
}

#[test]
fn s97_the_agent_of_a_participle_after_the_trigger_noun_acts() {
    let e = s97_event("fr", "Un cessez-le-feu de trois jours, initié par les talibans, a pris fin mardi à P.", "AF", &[("talibans", 2, "AF")]);
    assert_eq!(s97_name(&e.actor1), Some("talibans"), "{:?} / {:?}", e.actor1, e.actor2);
}

#[test]
fn s97_a_party_that_qualifies_the_trigger_noun_acts() {
    // An adjective after the noun (French).
    let e = s97_event("fr", "Mardi, des bombardements d'artillerie iraniens ont visé des rebelles à P.", "IQ", &[("iraniens", 1, "IR"), ("rebelles", 2, "IQ")]);
    assert_eq!(e.actor1.as_ref().and_then(|a| a.country.as_deref()), Some("IR"), "{:?}", e.actor1);
    assert_eq!(s97_name(&e.actor2), Some("rebelles"), "{:?}", e.actor2);
    // The phrase right before the noun, over a party of another clause.
    let e = s97_event("en", "The mayor of the town fled on Tuesday, as a Turkish military assault on P continued.", "SY", &[("mayor", 1, "SY"), ("Turkish military", 1, "TR")]);
    assert_eq!(e.actor1.as_ref().and_then(|a| a.country.as_deref()), Some("TR"), "{:?}", e.actor1);
}

#[test]
fn s97_a_country_that_opens_the_trigger_clause_is_its_forces() {
    for (lang, text) in [("en", "Turkey launched an offensive on P on Tuesday."), ("fr", "La Turquie a lancé mardi une offensive contre P.")] {
        let s = stage();
        let mut d = doc(lang, "2020-05-07", text);
        place(&mut d, "P", 1, "SY");
        time(&mut d, if lang == "en" { "Tuesday" } else { "mardi" }, "2020-05-05");
        let name = if lang == "en" { "Turkey" } else { "Turquie" };
        d.entities.push(Entity {
            span: span_of(&d, name),
            label: EntityLabel::Location,
            actor: Some(ActorRef { id: Some("country:TR".into()), name: Some("Turkey".into()), country: Some("TR".into()), ..Default::default() }),
        });
        s.run(&mut d);
        let e = d.events.first().unwrap_or_else(|| panic!("{text}: no event"));
        let a1 = e.actor1.as_ref().unwrap_or_else(|| panic!("{text}: no actor1"));
        assert_eq!((a1.id.as_deref(), a1.country.as_deref()), (Some("mil:TR"), Some("TR")), "{text}: {a1:?}");
        assert!(matches!(a1.inter, Some(1 | 8)), "{text}: {a1:?}");
    }
}

#[test]
fn s97_a_country_named_as_a_side_is_its_state_but_not_a_crowd() {
    let s = stage();
    let country = |d: &mut Document, needle: &str, code: &str, name: &str| {
        d.entities.push(Entity {
            span: span_of(d, needle),
            label: EntityLabel::Misc,
            actor: Some(ActorRef { id: Some(format!("country:{code}")), name: Some(name.into()), country: Some(code.into()), ..Default::default() }),
        });
        d.entities.sort_by_key(|e| e.span);
    };
    // Warplanes of a country abroad: its military forces, an external force (inter 8).
    let text = "On Tuesday, Russian warplanes struck a market in P, killing six civilians.";
    let mut d = doc("en", "2020-05-07", text);
    place(&mut d, "P", 1, "SY");
    time(&mut d, "Tuesday", "2020-05-05");
    country(&mut d, "Russian", "RU", "Russia");
    s.run(&mut d);
    let e = d.events.first().expect("an event");
    let a1 = e.actor1.as_ref().expect("actor1");
    assert_eq!((a1.id.as_deref(), a1.inter, a1.country.as_deref()), (Some("mil:RU"), Some(8), Some("RU")), "{a1:?}");
    // A people in a riot stays a people.
    let text = "On Tuesday, Palestinians threw stones at soldiers in P.";
    let mut d = doc("en", "2020-05-07", text);
    place(&mut d, "P", 1, "PS");
    time(&mut d, "Tuesday", "2020-05-05");
    country(&mut d, "Palestinians", "PS", "Palestine");
    s.run(&mut d);
    for e in d.events.iter().filter(|e| e.sub_event_type == "Violent demonstration" || e.sub_event_type == "Mob violence") {
        for a in [&e.actor1, &e.actor2].into_iter().flatten() {
            assert_ne!(a.id.as_deref(), Some("gov:PS"), "{a:?}");
        }
    }
}

// S100: actors

/// Puts `parties` (needle, inter code, home country) as actor mentions and `states` (needle, actor
/// id, country code, name) as place entities that stand for their state, as the earlier stages would.
fn sides_and_states(d: &mut Document, parties: &[(&str, u8, &str)], states: &[(&str, &str, &str, &str)]) {
    for (needle, inter, home) in parties {
        actor(d, needle, *inter, Some(home));
    }
    for (needle, id, code, name) in states {
        d.entities.push(Entity {
            span: span_of(d, needle),
            label: EntityLabel::Location,
            actor: Some(ActorRef { id: Some((*id).into()), name: Some((*name).into()), country: Some((*code).into()), ..Default::default() }),
        });
    }
    d.entities.sort_by_key(|e| e.span);
}

/// `s97_event` with the location entities `states` (needle, id, country, name): countries
/// (`country:XX`) and capitals (`capital:XX:name`).
fn s100_event(lang: &str, text: &str, country: &str, parties: &[(&str, u8, &str)], states: &[(&str, &str, &str, &str)]) -> Event {
    let s = stage();
    let mut d = doc(lang, "2020-05-07", text);
    place(&mut d, "P", 1, country);
    for day in ["Tuesday", "mardi"] {
        if text.contains(day) {
            time(&mut d, day, "2020-05-05");
        }
    }
    sides_and_states(&mut d, parties, states);
    s.run(&mut d);
    d.events.first().cloned().unwrap_or_else(|| panic!("{text}: no event"))
}

#[test]
fn s100_a_bare_participle_hit_by_a_means_names_who_was_hit() {
    for (lang, text, hit) in [
        ("fr", "Deux soldats français tués mardi près de P par une bombe artisanale.", "soldats français"),
        ("en", "Two French soldiers killed near P on Tuesday by a roadside bomb.", "French soldiers"),
    ] {
        let e = s97_event(lang, text, "ML", &[(hit, 1, "FR")]);
        assert_eq!(s97_name(&e.actor2), Some(hit), "{text}: {:?}", e.actor2);
        assert_ne!(s97_name(&e.actor1), Some(hit), "{text}: {:?}", e.actor1);
    }
    // An active verb's instrument: the subject did it.
    let e = s97_event("en", "Rebels killed two soldiers near P on Tuesday by a roadside bomb.", "ML", &[("Rebels", 2, "ML"), ("soldiers", 1, "ML")]);
    assert_eq!(s97_name(&e.actor1), Some("Rebels"), "{:?}", e.actor1);
}

#[test]
fn s100_an_agent_far_after_an_active_trigger_and_a_concession_name_no_side() {
    let e = s97_event(
        "en",
        "Government forces launched an offensive against rebel positions near P on Tuesday in defiance of a ceasefire ordered by the council.",
        "SY",
        &[("Government forces", 1, "SY"), ("rebel", 2, "SY"), ("council", 8, "US")],
    );
    assert_eq!(s97_name(&e.actor1), Some("Government forces"), "{:?}", e.actor1);
    assert_ne!(s97_name(&e.actor2), Some("council"), "{:?}", e.actor2);
    for (lang, text) in [
        ("en", "At least 29 people were killed in P on Tuesday despite a resolution of the council."),
        ("fr", "Au moins 29 personnes ont été tuées mardi à P malgré une résolution du council."),
    ] {
        let e = s97_event(lang, text, "SY", &[("council", 8, "US")]);
        assert_ne!(s97_name(&e.actor1), Some("council"), "{text}: {:?}", e.actor1);
        assert_ne!(s97_name(&e.actor2), Some("council"), "{text}: {:?}", e.actor2);
    }
    // The trigger inside the concession keeps its agent ("despite attacks by").
    let e = s97_event("en", "Farmers went back to P on Tuesday despite attacks by rebels.", "SY", &[("rebels", 2, "SY")]);
    assert_eq!(s97_name(&e.actor1), Some("rebels"), "{:?}", e.actor1);
}

#[test]
fn s100_a_state_after_the_agent_marker_or_owning_the_trigger_did_it() {
    let mil = |e: &Event| e.actor1.as_ref().map(|a| (a.id.clone().unwrap_or_default(), a.country.clone().unwrap_or_default()));
    let e = s100_event(
        "fr",
        "Le général a été tué mardi à P lors d'un raid mené par les Etats-Unis.",
        "IQ",
        &[],
        &[("Etats-Unis", "country:US", "US", "United States")],
    );
    assert_eq!(mil(&e), Some(("mil:US".into(), "US".into())), "{:?}", e.actor1);
    let e = s100_event("en", "Moscow's airstrikes hit rebel positions in P on Tuesday.", "SY", &[], &[("Moscow", "capital:RU:moscow", "RU", "Moscow")]);
    assert_eq!(mil(&e), Some(("mil:RU".into(), "RU".into())), "{:?}", e.actor1);
    // Not the agent of another noun ("après l'annonce par Kaboul").
    let e = s100_event(
        "fr",
        "L'attaque de la prison de P a eu lieu mardi après l'annonce par Kaboul de la mort d'un chef.",
        "AF",
        &[],
        &[("Kaboul", "capital:AF:kaboul", "AF", "Kaboul")],
    );
    assert_ne!(e.actor1.as_ref().and_then(|a| a.id.as_deref()), Some("mil:AF"), "{:?}", e.actor1);
    // A capital that opens the clause of a verb telling the act is its state's forces ...
    let e = s100_event("en", "Ankara launched airstrikes on P on Tuesday.", "SY", &[], &[("Ankara", "capital:TR:ankara", "TR", "Ankara")]);
    assert_eq!(mil(&e), Some(("mil:TR".into(), "TR".into())), "{:?}", e.actor1);
    assert_ne!(s97_name(&e.actor1), Some("Military Forces of Ankara"), "{:?}", e.actor1);
    // ... not a place hit.
    let e = s100_event("en", "Ankara came under rocket fire on Tuesday near P.", "TR", &[], &[("Ankara", "capital:TR:ankara", "TR", "Ankara")]);
    assert_ne!(mil(&e).map(|m| m.0), Some("mil:TR".into()), "{:?}", e.actor1);
}

// S101: types
/// S101: what was still typed wrong or read as an event (issue 6): weapons named as equipment
/// and talk about strikes are no strike; "abattu" counts a dead person; the forces hit by name
/// ("jawans", "a CRPF patrol") make a clash; protesters gravely hurt by the forces met excessive
/// force; detainees on hunger strike protest; a place that "fell to" a side was taken by it; an
/// arrest told after the protest it broke up is the intervention; a purpose ("had come to arrest")
/// yields to what happened; mortars then small arms told in the next sentence are one clash.
#[test]
fn s101_types_left_read_as_acled_types_them() {
    let s = stage();
    let mut wrong = Vec::new();
    let state = ("government forces", 1, "MZ");
    let insurgents = ("insurgents", 2, "MZ");
    let militants = ("Militants", 2, "IN");
    let maoists = ("Maoists", 2, "IN");
    let police = ("Police", 1, "KE");
    let police_fr = ("la police", 1, "ML");
    let rebels = ("rebels", 2, "UA");
    let forces = ("Ukrainian Forces", 1, "UA");
    for (lang, text, actors, want) in [
        ("en", "A guided missile destroyer was deployed to P on Tuesday, the navy said.", vec![], "none"),
        ("en", "The army deployed surface-to-air missiles near P on Tuesday.", vec![], "none"),
        ("en", "The country tested its missile defence system near P on Tuesday.", vec![], "none"),
        ("en", "The Security Council met on Tuesday to discuss the air strikes on P.", vec![], "none"),
        ("en", "Rebels fired a missile at the airport in P on Tuesday.", vec![("Rebels", 2, "YE")], "Shelling/artillery/missile attack"),
        ("en", "On Tuesday, the Security Council voted unanimously for a ceasefire in P.", vec![], "none"),
        ("en", "On Tuesday, officials in P agreed to send their forces as ceasefire guarantors.", vec![], "none"),
        ("en", "The army and the rebels agreed to a ceasefire in P on Tuesday.", vec![], "Agreement"),
        ("fr", "Mardi, le Conseil de sécurité a voté une résolution de cessez-le-feu pour P.", vec![], "none"),
        ("fr", "Un étudiant a été abattu par la police à P mardi.", vec![police_fr], "Attack"),
        ("fr", "Un manifestant a été abattu par la police lors d'une manifestation à P mardi.", vec![police_fr], "Excessive force against protesters"),
        ("fr", "L'armée a abattu deux drones près de P mardi.", vec![], "Disrupted weapons use"),
        ("en", "Militants fired on a CRPF patrol in P on Tuesday.", vec![militants], "Armed clash"),
        ("en", "Militants fired at a police post in P on Tuesday.", vec![militants], "Armed clash"),
        ("en", "Militants attacked security personnel in P on Tuesday, killing two.", vec![militants], "Armed clash"),
        ("en", "Maoists killed two jawans in P on Tuesday.", vec![maoists], "Armed clash"),
        ("en", "Police beat protesters in P on Tuesday, leaving dozens seriously injured.", vec![police], "Excessive force against protesters"),
        ("en", "Police fired pellets at protesters in P on Tuesday, injuring dozens.", vec![police], "Excessive force against protesters"),
        ("en", "Police fired tear gas at protesters in P on Tuesday, injuring dozens.", vec![police], "Protest with intervention"),
        ("fr", "Des manifestants ont été grièvement blessés par la police à P mardi lors d'une marche.", vec![police_fr], "Excessive force against protesters"),
        ("en", "Five detainees began a hunger strike in P prison on Tuesday.", vec![], "Peaceful protest"),
        ("en", "P fell to government forces on Tuesday.", vec![state], "Government regains territory"),
        ("en", "The town of P fell to the insurgents on Tuesday.", vec![insurgents], "Non-state actor overtakes territory"),
        ("en", "Police stopped the march in P on Tuesday and arrested its leaders.", vec![police], "Protest with intervention"),
        ("en", "Police dispersed the rally in P on Tuesday and detained 20 people.", vec![police], "Protest with intervention"),
        ("en", "Police arrested 12 people in P on Tuesday who had taken part in a protest last week.", vec![police], "Arrests"),
        ("en", "Hundreds protested in P on Tuesday against the arrest of the opposition leader.", vec![], "Peaceful protest"),
        ("en", "Villagers attacked a police team that had come to arrest a suspect in P on Tuesday.", vec![], "Mob violence"),
        (
            "en",
            "On Tuesday, the rebels fired 120mm mortars at the positions of the Ukrainian Forces near P.\nThe monitors observed a total of 7 shots involving small arms near P.",
            vec![rebels, forces],
            "Armed clash",
        ),
        (
            "en",
            "On Tuesday, the rebels fired 120mm mortars at the positions of the Ukrainian Forces near P.\nThe monitors observed a total of 7 shots involving cannons near P.",
            vec![rebels, forces],
            "Shelling/artillery/missile attack",
        ),
    ] {
        let got = s94_types(&s, lang, text, &[("P", "MZ")], &actors);
        wrong.extend(first_type_mismatch(text, want, &got));
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

/// S101: "abattu de plusieurs balles" counts the one shot, not the bullets.
#[test]
fn s101_bullets_are_no_dead() {
    let s = stage();
    let mut d = doc("fr", "2020-05-07", "Mardi, un policier a abattu un homme armé de plusieurs balles à Gao.");
    place(&mut d, "Gao", 1, "ML");
    time(&mut d, "Mardi", "2020-05-05");
    s.run(&mut d);
    let e = d.events.iter().find(|e| e.happened()).expect("an event");
    assert_eq!(e.fatalities, Some(1), "{e:?}");
}

#[test]
fn s100_a_peaceful_protest_has_no_actor2() {
    for (lang, text, target) in [
        ("en", "On Tuesday, residents protested in P against the government.", "government"),
        ("fr", "Mardi, des habitants ont manifesté à P contre le gouvernement.", "gouvernement"),
    ] {
        let s = stage();
        let mut d = doc(lang, "2020-05-07", text);
        place(&mut d, "P", 1, "RS");
        time(&mut d, if lang == "en" { "Tuesday" } else { "Mardi" }, "2020-05-05");
        actor(&mut d, target, 1, Some("RS"));
        s.run(&mut d);
        let e = d.events.iter().find(|e| e.sub_event_type == "Peaceful protest").unwrap_or_else(|| panic!("{text}: no protest: {:?}", d.events));
        assert_eq!(e.actor2, None, "{text}");
    }
}

#[test]
fn s100_security_forces_hit_off_duty_are_civilians() {
    for (lang, text, hit) in [
        ("en", "On Tuesday, gunmen shot dead a police officer who was off-duty in P.", "police officer"),
        ("fr", "Mardi, des hommes armés ont abattu un policier en repos à P.", "policier"),
    ] {
        let e = s97_event(lang, text, "MX", &[(hit, 1, "MX")]);
        assert_eq!(e.actor2.as_ref().and_then(|a| a.inter), Some(7), "{text}: {:?}", e.actor2);
    }
}

/// S101: a clash told after a protest of the article is the crowd fighting only on a day of that
/// protest: an attack on the army told on another day is the war (orangesum-2978's wording).
#[test]
fn s101_a_clash_on_another_day_than_the_protest_is_no_violent_demonstration() {
    let s = stage();
    let text = "Des milliers de personnes ont manifesté vendredi à Bamako.\nDimanche, une attaque a fait au moins 27 morts dans les rangs de l'armée à Bamako.";
    let mut d = doc("fr", "2020-06-20", text);
    place(&mut d, "Bamako", 1, "ML");
    d.places.push(Place { span: Span::new(text.rfind("Bamako").unwrap(), text.rfind("Bamako").unwrap() + 6), geo: Some(GeoRef { geonameid: Some(1), lat: Some(1.0), lon: Some(2.0), country: Some("ML".into()), ..Default::default() }) });
    d.places.sort_by_key(|p| p.span);
    actor(&mut d, "armée", 1, Some("ML"));
    time(&mut d, "vendredi", "2020-06-19");
    time(&mut d, "Dimanche", "2020-06-14");
    s.run(&mut d);
    let types: Vec<&str> = d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.as_str()).collect();
    assert!(types.contains(&"Peaceful protest"), "{types:?}");
    assert!(!types.contains(&"Violent demonstration"), "{types:?}");
    assert!(types.contains(&"Armed clash"), "{types:?}");
}

// S103: repeats

/// S103: a town of the gazetteer (kind "city") at a point of its own.
fn s103_town(d: &mut Document, needle: &str, id: u64, lat: f64, lon: f64) {
    for (start, _) in d.text.clone().match_indices(needle) {
        let geo = GeoRef { geonameid: Some(id), lat: Some(lat), lon: Some(lon), country: Some("SY".into()), kind: Some("city".into()), ..Default::default() };
        d.places.push(Place { span: Span::new(start, start + needle.len()), geo: Some(geo) });
    }
    d.places.sort_by_key(|p| p.span);
}

fn s103_run(lang: &str, text: &str, towns: &[(&str, u64, f64, f64)], days: &[(&str, &str)]) -> Vec<Event> {
    s103_run_with(lang, text, towns, days, &[])
}

fn s103_run_with(lang: &str, text: &str, towns: &[(&str, u64, f64, f64)], days: &[(&str, &str)], actors: &[(&str, u8)]) -> Vec<Event> {
    let s = stage();
    let mut d = doc(lang, "2020-05-07", text);
    for &(name, inter) in actors {
        actor(&mut d, name, inter, Some("SY"));
    }
    for &(name, id, lat, lon) in towns {
        s103_town(&mut d, name, id, lat, lon);
    }
    for &(needle, value) in days {
        for (start, _) in text.match_indices(needle) {
            d.times.push(TimeExpr { span: Span::new(start, start + needle.len()), kind: TimexType::Date, value: value.into() });
        }
    }
    d.times.sort_by_key(|t| t.span);
    s.run(&mut d);
    d.events.into_iter().filter(|e| e.happened()).collect()
}

/// S103: the lead and the body tell one attack at a town and at the next one (4 km apart): one
/// event with both evidence spans; the same wording at a town 200 km away is two attacks.
#[test]
fn s103_one_attack_told_at_two_neighbouring_towns_is_one_event() {
    let text = "On Tuesday, gunmen killed 12 civilians at a market in Aldera.\nWitnesses said the gunmen killed 12 civilians at the market in Borvia on Tuesday.";
    let near = s103_run("en", text, &[("Aldera", 1, 33.50, 36.30), ("Borvia", 2, 33.53, 36.32)], &[("Tuesday", "2020-05-05")]);
    assert_eq!(near.len(), 1, "{near:?}");
    assert_eq!(near[0].mentions.len(), 2, "{near:?}");
    let far = s103_run("en", text, &[("Aldera", 1, 33.50, 36.30), ("Borvia", 2, 35.30, 36.30)], &[("Tuesday", "2020-05-05")]);
    assert_eq!(far.len(), 2, "{far:?}");
}

/// S103: an attack told in the lead, its means (a home-made bomb) in the body, same town and day:
/// one explosion, with both evidence spans; the same two sentences on two days named stay two.
#[test]
fn s103_an_attack_and_its_bomb_are_one_explosion() {
    let text = "Mardi, au moins 14 personnes ont été tuées dans un attentat à Aldera.\nMardi, une bombe artisanale a explosé près d'un marché d'Aldera.";
    let one = s103_run("fr", text, &[("Aldera", 1, 33.50, 36.30)], &[("Mardi", "2020-05-05")]);
    assert_eq!(one.len(), 1, "{one:?}");
    assert_eq!(one[0].sub_event_type, "Remote explosive/landmine/IED", "{one:?}");
    assert_eq!(one[0].mentions.len(), 2, "{one:?}");
    let text = "Mardi, au moins 14 personnes ont été tuées dans un attentat à Aldera.\nJeudi, une bombe artisanale a explosé près d'un marché d'Aldera.";
    let two = s103_run("fr", text, &[("Aldera", 1, 33.50, 36.30)], &[("Mardi", "2020-05-05"), ("Jeudi", "2020-05-07")]);
    assert_eq!(two.len(), 2, "{two:?}");
}

/// S103: a clash told with nobody named fighting, after an attack of the same town and day, is
/// that attack's toll told again: it joins the attack, which keeps its type.
#[test]
fn s103_a_clash_with_nobody_fighting_after_an_attack_is_its_toll() {
    let towns = [("Aldera", 1, 33.50, 36.30)];
    let group = [("organisation jihadiste Abou Sayyaf", 2)];
    let text = "Aldera: au moins 14 morts dans un double attentat\nAu moins quatorze personnes ont péri et 75 autres ont été blessées dans un double attentat mardi à Aldera, le bastion de l'organisation jihadiste Abou Sayyaf.";
    let one = s103_run_with("fr", text, &towns, &[("mardi", "2020-05-05")], &group);
    assert_eq!(one.len(), 1, "{one:?}");
    assert_eq!(one[0].sub_event_type, "Attack", "{one:?}");
    assert_eq!(one[0].mentions.len(), 2, "{one:?}");
    assert_eq!(one[0].date.as_deref(), Some("2020-05-05"), "the day the body names: {one:?}");
    let text = "Aldera: au moins 14 morts dans un double attentat lundi\nAu moins quatorze personnes ont péri et 75 autres ont été blessées dans un double attentat mardi à Aldera, le bastion de l'organisation jihadiste Abou Sayyaf.";
    let two = s103_run_with("fr", text, &towns, &[("lundi", "2020-05-04"), ("mardi", "2020-05-05")], &group);
    assert_eq!(two.len(), 2, "{two:?}");
}

// S104: sides

/// The events of `text` (published 2020-05-07) that happened, with the places `places` (needle,
/// id, country), "Tuesday"/"mardi" dated 2020-05-05 and "Thursday"/"jeudi" 2020-05-07, the named
/// parties `parties` (text, inter, country) and the location entities `states` (needle, id,
/// country, name).
fn s104_events(lang: &str, text: &str, places: &[(&str, u64, &str)], parties: &[(&str, u8, &str)], states: &[(&str, &str, &str, &str)]) -> Vec<Event> {
    let s = stage();
    let mut d = doc(lang, "2020-05-07", text);
    // Sentences end at ". " inside a line; a line is a paragraph.
    d.sentences.clear();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = (c == '\n' || (c == ' ' && text[..i].ends_with('.'))).then_some(i).or((i + c.len_utf8() == text.len()).then_some(text.len()));
        if let Some(end) = end {
            if text[start..end].trim().len() > 1 {
                d.sentences.push(Sentence { span: Span::new(start, end) });
            }
            start = end + 1;
        }
    }
    for (needle, id, country) in places.iter().filter(|(needle, _, _)| text.contains(needle)) {
        place(&mut d, needle, *id, country);
    }
    for (day, value) in [("Tuesday", "2020-05-05"), ("mardi", "2020-05-05"), ("Thursday", "2020-05-07"), ("jeudi", "2020-05-07")] {
        if text.contains(day) {
            time(&mut d, day, value);
        }
    }
    d.times.sort_by_key(|t| t.span);
    sides_and_states(&mut d, parties, states);
    s.run(&mut d);
    d.events.into_iter().filter(|e| e.happened()).collect()
}

/// The event of `events` of type `kind` (the test fails without one).
fn s104_of<'e>(events: &'e [Event], kind: &str) -> &'e Event {
    events.iter().find(|e| e.sub_event_type == kind).unwrap_or_else(|| panic!("no {kind}: {events:?}"))
}

/// The side named only in the sentence before, in its paragraph, acts: strikes then shelling by
/// the same forces, in both languages; the target too when the sentence names none.
#[test]
fn s104_the_side_named_in_the_sentence_before_acts() {
    for (lang, text, jets) in [
        ("en", "Government jets pounded rebel positions in P on Tuesday. Shelling hit a market, killing 12 civilians.", "Government jets"),
        ("fr", "Des avions du régime ont bombardé des positions rebelles à P mardi. Des tirs d'artillerie ont frappé un marché, tuant 12 civils.", "avions du régime"),
    ] {
        let events = s104_events(lang, text, &[("P", 1, "SY")], &[(jets, 1, "SY")], &[]);
        let shelling = s104_of(&events, "Shelling/artillery/missile attack");
        assert_eq!(s97_name(&shelling.actor1), Some(jets), "{text}: {events:?}");
    }
    // The target: a battle told again with nobody named.
    let text = "Government forces fought the rebels near P on Tuesday. Heavy fighting left 12 dead.";
    let events = s104_events("en", text, &[("P", 1, "SY")], &[("Government forces", 1, "SY"), ("rebels", 2, "SY")], &[]);
    assert!(events.iter().all(|e| s97_name(&e.actor1) == Some("Government forces") && s97_name(&e.actor2) == Some("rebels")), "{events:?}");
    // An unidentified armed group named after a named one: that group.
    let text = "Islamic State militants attacked an army post in P on Tuesday. Later the gunmen shot dead 12 civilians at a market.";
    let events = s104_events("en", text, &[("P", 1, "SY")], &[("Islamic State", 2, "SY"), ("army", 1, "SY")], &[]);
    assert_eq!(s97_name(&s104_of(&events, "Attack").actor1), Some("Islamic State"), "{events:?}");
}

/// Not the side of another paragraph, of another place or day, of another kind of act (a bomb
/// after strikes), nor of an act only spoken of (the speaker's noun).
#[test]
fn s104_no_side_from_another_paragraph_place_day_act_or_a_speaker() {
    let jets = [("Government jets", 1, "SY")];
    let places = [("P", 1, "SY"), ("Q", 2, "SY")];
    for text in [
        "Government jets pounded rebel positions in P on Tuesday.\n\nShelling hit a market, killing 12 civilians.",
        "Government jets pounded rebel positions in P on Tuesday. Shelling hit a market in Q, killing 12 civilians.",
        "Government jets pounded rebel positions in P on Tuesday. On Thursday, shelling hit a market, killing 12 civilians.",
    ] {
        let events = s104_events("en", text, &places, &jets, &[]);
        let shelling = s104_of(&events, "Shelling/artillery/missile attack");
        assert_ne!(s97_name(&shelling.actor1), Some("Government jets"), "{text}: {events:?}");
    }
    let text = "Government jets pounded rebel positions in P on Tuesday. A car bomb exploded at a market, killing 12 civilians.";
    let events = s104_events("en", text, &places, &jets, &[]);
    assert_ne!(s97_name(&s104_of(&events, "Remote explosive/landmine/IED").actor1), Some("Government jets"), "{events:?}");
    let text = "The Turkish president condemned the airstrike on P on Tuesday. Shelling hit a market, killing 12 civilians.";
    let events = s104_events("en", text, &places, &[("Turkish president", 1, "TR")], &[]);
    assert_ne!(s97_name(&s104_of(&events, "Shelling/artillery/missile attack").actor1), Some("Turkish president"), "{events:?}");
}

/// A capital that opens the clause of a trigger holding its light verb ("launched .. offensive")
/// is its state's forces, as before a trigger noun ("launched airstrikes").
#[test]
fn s104_a_capital_launching_an_offensive_is_its_state() {
    let mil = |e: &Event| e.actor1.as_ref().and_then(|a| a.id.clone());
    for (lang, text, capital) in [
        ("en", "Ankara launched an offensive on P on Tuesday.", "Ankara"),
        ("en", "Ankara launched airstrikes on P on Tuesday.", "Ankara"),
        ("fr", "Ankara a lancé une offensive sur P mardi.", "Ankara"),
    ] {
        let events = s104_events(lang, text, &[("P", 1, "SY")], &[], &[(capital, "capital:TR:ankara", "TR", "Ankara")]);
        assert_eq!(events.first().and_then(mil), Some("mil:TR".into()), "{text}: {events:?}");
    }
    let events = s104_events("en", "Ankara came under rocket fire on Tuesday near P.", &[("P", 1, "TR")], &[], &[("Ankara", "capital:TR:ankara", "TR", "Ankara")]);
    assert!(events.iter().all(|e| mil(e) != Some("mil:TR".into())), "{events:?}");
}

// S108: rarer types

/// S108: short reports (headline and one-sentence styles, passive, nominal) of the rarer sub-event
/// types CASE 2021's snippets miss most: Other, change to group/activity, disrupted weapons use,
/// arrests, agreements, bases established, looting, non-violent transfers, grenades, mob violence,
/// violent demonstrations and excessive force, eight English and four French wordings each, written
/// for this table from ACLED's definitions, from no evaluation set. Each reads the type ACLED's
/// codebook gives it, run through the stage alone with its town ("P") resolved and its day dated.
/// Five probes of the 144 written still read otherwise and are left out (see "Rarer types in short
/// reports (S108)" in resources/docs/events.md): "Release of 60 detainees by the militia" and
/// "Les jihadistes ont relâché 40 détenus" (detainees are people held, S101), "Looting of shops in
/// P" (a noun with no day, no count and no party is a mention), "The militants abandoned P ... and
/// government forces took over the town" (no row can name a place), "Surrender of 50 insurgents to
/// the army" (the noun names demands as often).
#[test]
fn s108_rarer_types_in_short_reports() {
    let s = stage();
    let mut wrong = Vec::new();
    for (lang, text, want) in [
        ("en", "A mass grave containing 30 bodies was unearthed near P on Tuesday.", "Other"),
        ("en", "Hundreds of families were displaced from P on Tuesday after threats by militants.", "Other"),
        ("en", "The rebels freed 40 prisoners in P on Tuesday.", "Other"),
        ("en", "Soldiers fired warning shots at a fishing boat off P on Tuesday.", "Other"),
        ("en", "Thousands of residents fled P on Tuesday as militants approached the town.", "Other"),
        ("en", "Rebels free 25 captives in P", "Other"),
        ("en", "The army test-launched a cruise missile from P on Tuesday.", "Other"),
        ("fr", "Une fosse commune a été découverte près de P mardi.", "Other"),
        ("fr", "Des centaines de familles ont été déplacées de P mardi après des menaces des jihadistes.", "Other"),
        ("fr", "Des milliers d'habitants ont fui P mardi à l'approche des jihadistes.", "Other"),
        ("en", "The militia appointed a new commander in P on Tuesday.", "Change to group/activity"),
        ("en", "Two armed groups formed an alliance in P on Tuesday.", "Change to group/activity"),
        ("en", "Dozens of rebel fighters defected to the army in P on Tuesday.", "Change to group/activity"),
        ("en", "The government outlawed the militia in P on Tuesday.", "Change to group/activity"),
        ("en", "Curfew clamped in P", "Change to group/activity"),
        ("en", "Rebel commander defects to government side in P", "Change to group/activity"),
        ("en", "The rebels announced the creation of a new armed wing in P on Tuesday.", "Change to group/activity"),
        ("en", "Authorities declared a state of emergency in P on Tuesday.", "Change to group/activity"),
        ("fr", "Une trentaine de combattants rebelles ont fait défection à P mardi.", "Change to group/activity"),
        ("fr", "Le gouvernement a interdit la milice à P mardi.", "Change to group/activity"),
        ("fr", "Les deux groupes armés ont formé une alliance à P mardi.", "Change to group/activity"),
        ("fr", "L'état d'urgence a été décrété à P mardi.", "Change to group/activity"),
        ("en", "Police seized a huge haul of arms in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Seizure of arms and ammunition in P", "Disrupted weapons use"),
        ("en", "Bomb defused in P", "Disrupted weapons use"),
        ("en", "A suicide bomber was intercepted before he could blow himself up in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Security forces thwarted a bomb attack in P on Tuesday.", "Disrupted weapons use"),
        ("en", "Soldiers found an IED planted on the road near P on Tuesday.", "Disrupted weapons use"),
        ("en", "Air defences downed a rocket fired at P on Tuesday.", "Disrupted weapons use"),
        ("en", "Two AK-47 rifles and 300 rounds were recovered from a house in P on Tuesday.", "Disrupted weapons use"),
        ("fr", "Saisie d'armes et de munitions à P mardi.", "Disrupted weapons use"),
        ("fr", "Un engin explosif improvisé a été neutralisé par l'armée près de P mardi.", "Disrupted weapons use"),
        ("fr", "Les militaires ont déjoué une tentative d'attentat à la bombe à P mardi.", "Disrupted weapons use"),
        ("fr", "Un drone piégé a été abattu au-dessus de P mardi.", "Disrupted weapons use"),
        ("en", "Police announced the arrest of three suspects in P on Tuesday.", "Arrests"),
        ("en", "Police round up 30 suspects in P", "Arrests"),
        ("en", "Security forces picked up five youths in P on Tuesday.", "Arrests"),
        ("en", "The army apprehended four suspected smugglers in P on Tuesday.", "Arrests"),
        ("en", "A former minister was detained by anti-corruption police in P on Tuesday.", "Arrests"),
        ("en", "Police raided a house in P on Tuesday and arrested two suspects.", "Arrests"),
        ("en", "Security forces launched a crackdown in P on Tuesday, arresting 40 people.", "Arrests"),
        ("en", "Two men were apprehended at a checkpoint in P on Tuesday.", "Arrests"),
        ("fr", "Arrestation de trois suspects à P mardi.", "Arrests"),
        ("fr", "Les gendarmes ont appréhendé deux trafiquants à P mardi.", "Arrests"),
        ("fr", "Deux journalistes ont été interpellés par la gendarmerie à P mardi.", "Arrests"),
        ("fr", "Une vague d'arrestations a visé des opposants à P mardi.", "Arrests"),
        ("en", "Ceasefire deal reached in P", "Agreement"),
        ("en", "The warring parties reached a ceasefire deal in P on Tuesday.", "Agreement"),
        ("en", "The rebels and the government agreed to a prisoner swap in P on Tuesday.", "Agreement"),
        ("en", "A local peace accord was signed between rival clans in P on Tuesday.", "Agreement"),
        ("en", "The army and the rebels agreed on the evacuation of fighters from P on Tuesday.", "Agreement"),
        ("en", "Both sides agreed to a humanitarian pause in P on Tuesday.", "Agreement"),
        ("en", "Rebels lay down arms in P", "Agreement"),
        ("fr", "Accord de cessez-le-feu conclu à P mardi.", "Agreement"),
        ("fr", "Les belligérants ont signé un accord de paix à P mardi.", "Agreement"),
        ("fr", "Reddition de cinquante jihadistes à P mardi.", "Agreement"),
        ("fr", "Les rebelles ont déposé les armes à P mardi.", "Agreement"),
        ("en", "The militants set up camp in the forest near P on Tuesday.", "Headquarters or base established"),
        ("en", "Al Shabaab established a base in P on Tuesday.", "Headquarters or base established"),
        ("en", "The rebels set up a new headquarters in P on Tuesday.", "Headquarters or base established"),
        ("en", "The militia opened an office in P on Tuesday.", "Headquarters or base established"),
        ("en", "Islamic State fighters established a training camp near P on Tuesday.", "Headquarters or base established"),
        ("en", "The Taliban opened a new military base in P on Tuesday.", "Headquarters or base established"),
        ("en", "Jihadists set up camp in P", "Headquarters or base established"),
        ("en", "Rebels establish headquarters in P", "Headquarters or base established"),
        ("fr", "Les jihadistes ont établi une base à P mardi.", "Headquarters or base established"),
        ("fr", "Les rebelles ont installé leur quartier général à P mardi.", "Headquarters or base established"),
        ("fr", "Des hommes armés ont installé un camp près de P mardi.", "Headquarters or base established"),
        ("fr", "Installation d'une base jihadiste à P mardi.", "Headquarters or base established"),
        ("en", "Armed men ransacked the district office in P on Tuesday.", "Looting/property destruction"),
        ("en", "Shops were looted in P on Tuesday.", "Looting/property destruction"),
        ("en", "Bandits rustled 200 cattle in P on Tuesday.", "Looting/property destruction"),
        ("en", "Unknown people vandalised a church in P on Tuesday.", "Looting/property destruction"),
        ("en", "Militants destroyed a telecom tower in P on Tuesday.", "Looting/property destruction"),
        ("en", "Gunmen hijacked a fuel tanker near P on Tuesday.", "Looting/property destruction"),
        ("en", "Soldiers demolished homes in P on Tuesday.", "Looting/property destruction"),
        ("fr", "Des bandits ont saccagé la mairie de P mardi.", "Looting/property destruction"),
        ("fr", "Des boutiques ont été pillées à P mardi.", "Looting/property destruction"),
        ("fr", "Pillage de commerces à P mardi.", "Looting/property destruction"),
        ("fr", "Des hommes armés ont rasé des habitations à P mardi.", "Looting/property destruction"),
        ("en", "The army withdrew from P on Tuesday, handing the town over to the rebels.", "Non-violent transfer of territory"),
        ("en", "The militia handed over control of P to the police on Tuesday.", "Non-violent transfer of territory"),
        ("en", "The rebels took over P without a fight on Tuesday.", "Non-violent transfer of territory"),
        ("en", "The rebels entered P unopposed on Tuesday.", "Non-violent transfer of territory"),
        ("en", "The army took control of P on Tuesday after the militants withdrew.", "Non-violent transfer of territory"),
        ("en", "Government forces moved into P on Tuesday without firing a shot.", "Non-violent transfer of territory"),
        ("en", "Handover of P to the army", "Non-violent transfer of territory"),
        ("fr", "Les jihadistes ont pris P sans coup férir mardi.", "Non-violent transfer of territory"),
        ("fr", "L'armée s'est retirée de P mardi, laissant la ville aux rebelles.", "Non-violent transfer of territory"),
        ("fr", "La ville de P a été remise aux forces gouvernementales mardi.", "Non-violent transfer of territory"),
        ("fr", "Les rebelles ont cédé le contrôle de P à l'armée mardi.", "Non-violent transfer of territory"),
        ("en", "Militants lobbed a grenade at a police post in P on Tuesday.", "Grenade"),
        ("en", "Grenade attack on police station in P", "Grenade"),
        ("en", "Two soldiers were wounded when a grenade was hurled at their patrol in P on Tuesday.", "Grenade"),
        ("en", "Unknown men threw a hand grenade into a bar in P on Tuesday, injuring five.", "Grenade"),
        ("en", "A grenade exploded in a crowded market in P on Tuesday.", "Grenade"),
        ("en", "Militants hurl grenade at security forces in P", "Grenade"),
        ("en", "Three people were injured in a grenade blast in P on Tuesday.", "Grenade"),
        ("en", "An attacker tossed a grenade into the courtyard of a police station in P on Tuesday.", "Grenade"),
        ("fr", "Une grenade a été lancée contre un commissariat à P mardi.", "Grenade"),
        ("fr", "Attaque à la grenade contre une patrouille à P mardi.", "Grenade"),
        ("fr", "Des inconnus ont jeté une grenade dans un bar de P mardi, blessant cinq personnes.", "Grenade"),
        ("fr", "L'explosion d'une grenade a fait deux blessés à P mardi.", "Grenade"),
        ("en", "An unknown rioter hurled a hand grenade at a street in P on Tuesday.", "Grenade"),
        ("en", "Security forces hurled stun grenades at the protesters in P on Tuesday.", "Protest with intervention"),
        ("en", "Police arrested three men in connection with the killing of a trader in P on Tuesday.", "Arrests"),
        ("en", "Three men were arrested for the killing of a trader in P on Tuesday.", "Arrests"),
        ("en", "Two militants were killed and three were arrested in P on Tuesday.", "Armed clash"),
        ("en", "Two suspects were taken into police custody in P on Tuesday.", "Arrests"),
        ("en", "The army reclaimed P from the rebels on Tuesday.", "Government regains territory"),
        ("fr", "La marche a dégénéré à P mardi, des manifestants s'en prenant aux policiers.", "Violent demonstration"),
        ("fr", "Des manifestants s'en sont pris aux forces de l'ordre à P mardi.", "Violent demonstration"),
        ("fr", "Les forces de sécurité ont mis la main sur deux trafiquants à P mardi.", "Arrests"),
        ("fr", "Des armes de guerre ont été saisies à P mardi.", "Disrupted weapons use"),
        ("fr", "Des assaillants ont brûlé le marché de P mardi.", "Looting/property destruction"),
        ("fr", "Les jihadistes ont implanté une base près de P mardi.", "Headquarters or base established"),
        ("fr", "Les rebelles ont évacué P mardi, laissant la ville à l'armée.", "Non-violent transfer of territory"),
        ("fr", "L'armée est entrée dans P sans rencontrer de résistance mardi.", "Non-violent transfer of territory"),
        ("fr", "Le suspect a été interpellé sans résistance à P mardi.", "Arrests"),
        ("en", "Villagers held a road blockade in P on Tuesday.", "Peaceful protest"),
        ("en", "The militants imposed a road blockade on P on Tuesday.", "Change to group/activity"),
        ("fr", "L'armée a chassé les jihadistes de P mardi.", "Government regains territory"),
        ("en", "A mob lynched a suspected thief in P on Tuesday.", "Mob violence"),
        ("en", "Villagers beat to death a man accused of witchcraft in P on Tuesday.", "Mob violence"),
        ("en", "An angry mob torched the house of a suspected kidnapper in P on Tuesday.", "Mob violence"),
        ("en", "Suspected cattle thief lynched in P", "Mob violence"),
        ("en", "Residents stoned a suspected robber to death in P on Tuesday.", "Mob violence"),
        ("en", "A suspected child abductor was beaten to death by a mob in P on Tuesday.", "Mob violence"),
        ("en", "Two groups of youths clashed with machetes in P on Tuesday.", "Mob violence"),
        ("en", "Irate mob assaults two policemen in P", "Mob violence"),
        ("fr", "Un voleur présumé a été lynché par la foule à P mardi.", "Mob violence"),
        ("fr", "Des habitants en colère ont battu à mort un présumé sorcier à P mardi.", "Mob violence"),
        ("fr", "Une foule a incendié la maison d'un présumé ravisseur à P mardi.", "Mob violence"),
        ("fr", "Lynchage d'un présumé voleur à P mardi.", "Mob violence"),
        ("en", "Protesters pelted police with stones in P on Tuesday.", "Violent demonstration"),
        ("en", "Demonstrators torched vehicles and blocked roads in P on Tuesday.", "Violent demonstration"),
        ("en", "Rioting protesters set fire to a police station in P on Tuesday.", "Violent demonstration"),
        ("en", "Protest turns violent in P", "Violent demonstration"),
        ("en", "Angry demonstrators ransacked the governor's office in P on Tuesday during a protest against fuel prices.", "Violent demonstration"),
        ("en", "Students protesting the fee hike smashed windows and burned tyres in P on Tuesday.", "Violent demonstration"),
        ("en", "Demonstrators hurled petrol bombs at police in P on Tuesday.", "Violent demonstration"),
        ("en", "Hundreds of protesters stormed the town hall in P on Tuesday.", "Violent demonstration"),
        ("fr", "Des manifestants ont jeté des pierres sur les forces de l'ordre à P mardi.", "Violent demonstration"),
        ("fr", "Des manifestants en colère ont incendié des pneus et saccagé des commerces à P mardi.", "Violent demonstration"),
        ("fr", "La manifestation a dégénéré en affrontements à P mardi.", "Violent demonstration"),
        ("fr", "Des manifestants ont pris d'assaut la préfecture de P mardi.", "Violent demonstration"),
        ("en", "Police fired live rounds at protesters in P on Tuesday.", "Excessive force against protesters"),
        ("en", "Security forces opened fire on demonstrators in P on Tuesday, killing three.", "Excessive force against protesters"),
        ("en", "Two protesters were shot dead by police in P on Tuesday.", "Excessive force against protesters"),
        ("en", "Soldiers fired live ammunition to disperse a peaceful march in P on Tuesday.", "Excessive force against protesters"),
        ("en", "Police kill three protesters in P", "Excessive force against protesters"),
        ("en", "A protester was killed when police fired on a rally in P on Tuesday.", "Excessive force against protesters"),
        ("en", "Security forces used live bullets against demonstrators in P on Tuesday.", "Excessive force against protesters"),
        ("en", "Troops shot and wounded several peaceful protesters in P on Tuesday.", "Excessive force against protesters"),
        ("fr", "La police a tiré à balles réelles sur des manifestants à P mardi.", "Excessive force against protesters"),
        ("fr", "Deux manifestants ont été tués par les forces de l'ordre à P mardi.", "Excessive force against protesters"),
        ("fr", "Les militaires ont ouvert le feu sur une marche pacifique à P mardi, faisant trois morts.", "Excessive force against protesters"),
        ("fr", "Un manifestant a été abattu par la police à P mardi.", "Excessive force against protesters"),
    ] {
        let got = s95_types(&s, lang, text);
        wrong.extend(first_type_mismatch(text, want, &got));
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

// S105: event places

/// The places of each event of `text` (one sentence a line), the places given as (words, id,
/// kind, country).
fn s105_places(s: &EventStage, lang: &str, text: &str, places: &[(&str, u64, &str, &str)]) -> Vec<Option<u64>> {
    let mut d = doc(lang, "2020-05-09", text);
    for (needle, id, kind, country) in places {
        let span = span_of(&d, needle);
        let geo = GeoRef { geonameid: Some(*id), lat: Some(1.0), lon: Some(2.0), country: Some((*country).into()), kind: Some((*kind).into()), ..Default::default() };
        d.places.push(Place { span, geo: Some(geo) });
    }
    d.places.sort_by_key(|p| p.span);
    s.run(&mut d);
    d.events.iter().map(|e| e.location.as_ref().and_then(|l| l.geonameid)).collect()
}

#[test]
fn a_persons_home_is_not_where_the_event_happened() {
    let s = stage();
    let places = [("Portsmouth", 1, "city", "GB"), ("Raqqa", 2, "city", "SY")];
    let got = s105_places(&s, "en", "A British man from Portsmouth was killed by a roadside bomb in Raqqa on Saturday.", &places);
    assert_eq!(got, [Some(2)]);
    // Named where it happened, the same town is the place.
    let got = s105_places(&s, "en", "A British man was killed by a roadside bomb in Portsmouth on Saturday.", &places[..1]);
    assert_eq!(got, [Some(1)]);
    // A home town in the country named with it stays: the country says no more.
    let places = [("Nabatiyeh", 1, "city", "LB"), ("Lebanon", 2, "country", "LB")];
    let text = "Protesters from Nabatiyeh demonstrated against banks outside a bank branch in Lebanon on Friday.";
    assert_eq!(s105_places(&s, "en", text, &places), [Some(1)]);
    // "originaire de": the same in French.
    let places = [("Tarbes", 1, "city", "FR"), ("Gao", 2, "city", "ML")];
    let got = s105_places(&s, "fr", "Un soldat originaire de Tarbes a été tué par une mine près de Gao samedi.", &places);
    assert_eq!(got, [Some(2)]);
}

#[test]
fn a_speakers_or_an_institutions_seat_is_not_where_the_event_happened() {
    let s = stage();
    let places = [("Moscow", 1, "city", "RU"), ("Douma", 2, "city", "SY")];
    let got = s105_places(&s, "en", "Moscow said an air strike killed 12 civilians in Douma on Saturday.", &places);
    assert_eq!(got, [Some(2)]);
    let places = [("Aleppo", 1, "city", "SY"), ("Ankara", 2, "city", "TR")];
    let got = s105_places(&s, "en", "Turkish troops shelled Aleppo on Saturday, officials in Ankara said.", &places);
    assert_eq!(got, [Some(1)]);
    // A town where the event happened, the speaker's words after the clause: the town.
    let places = [("Moscow", 1, "city", "RU")];
    let got = s105_places(&s, "en", "An air strike killed 12 civilians in Moscow on Saturday, officials said.", &places);
    assert_eq!(got, [Some(1)]);
    // The prosecutor's city and the town of the attack.
    let places = [("Paris", 1, "city", "FR"), ("Trèbes", 2, "city", "FR")];
    let text = "Le procureur de la République de Paris a indiqué qu'un homme armé a tué trois personnes à Trèbes vendredi.";
    assert_eq!(s105_places(&s, "fr", text, &places), [Some(2)]);
    // The unit's home town and the country where its soldiers were hit.
    let places = [("Tarbes", 1, "city", "FR"), ("Mali", 2, "country", "ML")];
    let text = "Deux soldats du 1er régiment de hussards parachutistes de Tarbes ont été tués samedi au Mali par l'explosion d'un engin explosif improvisé.";
    assert_eq!(s105_places(&s, "fr", text, &places), [Some(2)]);
    // Marks of several bytes around the places read no word apart.
    let places = [("Paris", 1, "city", "FR"), ("Trèbes", 2, "city", "FR")];
    let text = "«Le parquet de Paris» a indiqué qu'un homme armé a tué trois personnes à «Trèbes» vendredi, a dit le “procureur”.";
    assert_eq!(s105_places(&s, "fr", text, &places), [Some(2)]);
    // Counter-case: the same city where the attack happened.
    let places = [("Paris", 1, "city", "FR")];
    assert_eq!(s105_places(&s, "fr", "Un homme armé a tué trois personnes à Paris vendredi.", &places), [Some(1)]);
}

#[test]
fn a_sentence_whose_only_place_is_a_speakers_takes_the_place_before() {
    let s = stage();
    let places = [("Koure", 1, "city", "NE"), ("Paris", 2, "city", "FR")];
    let text = "Six aid workers were visiting a reserve near Koure on Sunday.\nOn Monday, a bomb exploded at a market, killing three people, the Paris prosecutor said.";
    assert_eq!(s105_places(&s, "en", text, &places), [Some(1)]);
    // Counter-case: the second sentence's own town, where the shooting happened.
    let text = "Six aid workers were visiting a reserve near Koure on Sunday.\nOn Monday, a bomb exploded at a market in Paris, killing three people.";
    assert_eq!(s105_places(&s, "en", text, &places), [Some(2)]);
}

#[test]
fn of_two_countries_the_one_a_locative_governs_is_where() {
    let s = stage();
    let places = [("Turkey", 1, "country", "TR"), ("Syria", 2, "country", "SY")];
    let got = s105_places(&s, "en", "Turkey launched a ground offensive against Kurdish fighters in Syria on Sunday.", &places);
    assert_eq!(got, [Some(2)]);
    let places = [("Turquie", 1, "country", "TR"), ("Syrie", 2, "country", "SY")];
    let got = s105_places(&s, "fr", "La Turquie a lancé mercredi une offensive militaire dans le nord de la Syrie contre les forces kurdes.", &places);
    assert_eq!(got, [Some(2)]);
    // Counter-case: the country named with no locative is the only one: it stays.
    let places = [("Syria", 2, "country", "SY")];
    let got = s105_places(&s, "en", "Fighting between Syria's army and rebels killed 12 on Sunday.", &places);
    assert_eq!(got, [Some(2)]);
}

// S107: repeats

/// S107: the lead and the body tell one attack; the body's sentence names no place (its place
/// is the one the sentence before named, where a minister spoke): one event with both evidence
/// spans. Counter-case: the body names another town, 200 km away: two attacks.
#[test]
fn s107_a_telling_placed_only_by_its_surroundings_is_the_event_told_again() {
    let towns = [("Aldera", 1, 33.50, 36.30), ("Borvia", 2, 35.30, 36.30)];
    let text = "Gunmen killed 12 civilians at a market in Aldera on Tuesday.\nThe interior minister spoke to reporters in Borvia.\nThe gunmen killed 12 civilians at the market, a witness said.";
    let one = s103_run("en", text, &towns, &[("Tuesday", "2020-05-05")]);
    assert_eq!(one.len(), 1, "{one:?}");
    assert_eq!(one[0].mentions.len(), 2, "{one:?}");
    assert_eq!(one[0].location.as_ref().and_then(|l| l.geonameid), Some(1), "{one:?}");
    let text = "Gunmen killed 12 civilians at a market in Aldera on Tuesday.\nThe interior minister spoke to reporters in Borvia.\nThe gunmen killed 12 civilians at a market in Borvia, a witness said.";
    let two = s103_run("en", text, &towns, &[("Tuesday", "2020-05-05")]);
    assert_eq!(two.len(), 2, "{two:?}");
}

/// S107: the events of `text` (published 2020-05-07) that happened, with the places `places`
/// (needle, id, kind, latitude: Syrian places, every telling of the needle), "Tuesday" dated
/// 2020-05-05 and the parties `parties` (needle, inter).
fn s107_run(text: &str, places: &[(&str, u64, &str, f64)], parties: &[(&str, u8)]) -> Vec<Event> {
    let s = stage();
    let mut d = doc("en", "2020-05-07", text);
    for &(name, inter) in parties {
        actor(&mut d, name, inter, Some("SY"));
    }
    for &(needle, id, kind, lat) in places {
        for (start, _) in text.match_indices(needle) {
            let geo = GeoRef { geonameid: Some(id), lat: Some(lat), lon: Some(36.3), country: Some("SY".into()), kind: Some(kind.into()), ..Default::default() };
            d.places.push(Place { span: Span::new(start, start + needle.len()), geo: Some(geo) });
        }
    }
    d.places.sort_by_key(|p| p.span);
    for (start, _) in text.match_indices("Tuesday") {
        d.times.push(TimeExpr { span: Span::new(start, start + 7), kind: TimexType::Date, value: "2020-05-05".into() });
    }
    d.times.sort_by_key(|t| t.span);
    s.run(&mut d);
    d.events.into_iter().filter(|e| e.happened()).collect()
}

/// S107: a town the lead names beside the event's province (where ministers met) is the place
/// it is given, but the province the body names is named in the lead too: one air strike told
/// twice. Counter-case: the lead names the town alone: two strikes, at two places named.
#[test]
fn s107_a_place_named_beside_the_events_is_no_other_event() {
    let places = [("Aldera", 1, "admin1", 33.5), ("Borvia", 2, "city", 35.3)];
    let jets = [("Russian jets", 1)];
    let text = "Russian jets carried out air strikes on the province of Aldera on Tuesday, as ministers met in Borvia.\nOn Tuesday, Russian jets carried out air strikes on villages of Aldera, residents said.";
    let one = s107_run(text, &places, &jets);
    assert_eq!(one.len(), 1, "{one:?}");
    assert_eq!(one[0].sub_event_type, "Air/drone strike", "{one:?}");
    assert_eq!(one[0].mentions.len(), 2, "{one:?}");
    let text = "Russian jets carried out air strikes on Borvia on Tuesday.\nOn Tuesday, Russian jets carried out air strikes on villages of Aldera, residents said.";
    let two = s107_run(text, &places, &jets);
    assert_eq!(two.len(), 2, "{two:?}");
}

/// S107: a toll told with nobody named doing it ("sept civils ont été tués dans l'attaque"),
/// naming no day and no place of its own, after an air strike: the strike's toll, which it
/// takes; the strike keeps its type. Counter-case: a toll on another day named at another town
/// named is another event.
#[test]
fn s107_a_toll_with_no_side_of_its_own_is_the_events_toll() {
    let towns = [("Aldera", 1, 33.50, 36.30), ("Borvia", 2, 35.30, 36.30)];
    let jets = [("l'aviation russe", 1)];
    let text = "Mardi, l'aviation russe a mené une frappe aérienne sur un marché d'Aldera.\nLe ministre s'est exprimé devant la presse à Borvia.\nSept civils ont été tués dans l'attaque, selon un responsable local.";
    let one = s103_run_with("fr", text, &towns, &[("Mardi", "2020-05-05")], &jets);
    assert_eq!(one.len(), 1, "{one:?}");
    assert_eq!(one[0].sub_event_type, "Air/drone strike", "{one:?}");
    assert_eq!(one[0].fatalities, Some(7), "{one:?}");
    assert_eq!(one[0].mentions.len(), 2, "{one:?}");
    let text = "Mardi, l'aviation russe a mené une frappe aérienne sur un marché d'Aldera.\nLe ministre s'est exprimé devant la presse à Borvia.\nJeudi, sept civils ont été tués dans une attaque à Borvia, selon un responsable local.";
    let two = s103_run_with("fr", text, &towns, &[("Mardi", "2020-05-05"), ("Jeudi", "2020-05-07")], &jets);
    assert_eq!(two.len(), 2, "{two:?}");
}

/// S108: the new rows read only what they say: a demand withdrawn, a call to lay down arms, a base
/// planned, a threat to kill, a call to free captives, arrests announced for later, a surrender
/// demanded, a rule that forbids joining a militia are no event.
#[test]
fn s108_rarer_wordings_talked_about_are_no_event() {
    let s = stage();
    let mut wrong = Vec::new();
    for (lang, text) in [
        ("en", "The militants withdrew their demand for a ransom in P on Tuesday."),
        ("en", "The army urged the rebels to lay down their arms in P on Tuesday."),
        ("en", "Russia plans to establish a naval base in P."),
        ("en", "Police threatened to kill protesters in P on Tuesday."),
        ("en", "Activists called for the release of the captives in P on Tuesday."),
        ("en", "Police will round up suspects in P, the minister said on Tuesday."),
        ("en", "The army demanded the surrender of the militants in P on Tuesday."),
        ("fr", "Il est interdit de rejoindre une milice à P depuis mardi."),
        ("fr", "La situation a dégénéré à P mardi, selon le ministre."),
        ("fr", "Les enquêteurs ont mis la main sur des documents à P mardi."),
    ] {
        wrong.extend(first_type_mismatch(text, "none", &s95_types(&s, lang, text)));
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

// S109: not events
/// Told as to come, proposed, wished, compared, counted over a war or since an old date: no event
/// that counts. Each with a control of the same kind told as one event of its day.
#[test]
fn s109_futures_aggregates_and_talk_are_no_event() {
    let s = stage();
    // (language, told as no event, its dates, the same told as one event, its dates)
    type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)], &'a str, &'a [(&'a str, &'a str)]);
    let cases: [Case; 22] = [
        ("en", "Commanders said the assault on the last redoubt in P would be over within days.", &[], "Commanders said the assault on the last redoubt in P began on Tuesday.", &[("Tuesday", "2019-02-19")]),
        ("en", "The battle for the village of P is still weeks away, officials said.", &[], "Militants clashed with troops in P on Tuesday.", &[("Tuesday", "2019-02-19")]),
        ("en", "The retaliatory strikes being proposed against P worry the envoy.", &[], "Missiles struck a base in P on Tuesday.", &[("Tuesday", "2019-02-19")]),
        ("en", "He stepped back from his promise to fire missiles at P.", &[], "Missiles struck a base in P on Tuesday.", &[("Tuesday", "2019-02-19")]),
        ("en", "Activists wanted to see the coalition attack the airfield at P.", &[], "Jets attacked the airfield at P on Tuesday.", &[("Tuesday", "2019-02-19")]),
        ("en", "The plan is to bomb the rebels of P into submission.", &[], "Jets bombed the rebels of P on Tuesday.", &[("Tuesday", "2019-02-19")]),
        ("en", "The monitor said the shelling of P was less intense than before.", &[], "The army shelled P on Tuesday.", &[("Tuesday", "2019-02-19")]),
        ("en", "It is six months since the commander surrendered to the army in P.", &[], "The commander surrendered to the army in P on Tuesday.", &[("Tuesday", "2019-02-19")]),
        ("en", "Since 2014, hundreds of civilians have been killed in the fighting around P.", &[("2014", "2014")], "Since Monday, 12 civilians have been killed in the fighting around P.", &[("Monday", "2019-02-18")]),
        ("en", "Air strikes on P have killed 300 civilians this year.", &[("this year", "2019")], "Air strikes on P killed 30 civilians on Tuesday.", &[("Tuesday", "2019-02-19")]),
        ("en", "The war in P has killed more than 380,000 people.", &[], "A bomb in P killed 38 people on Tuesday.", &[("Tuesday", "2019-02-19")]),
        ("en", "Several groups around P have deployed drones for years.", &[], "A drone strike hit a convoy in P on Tuesday.", &[("Tuesday", "2019-02-19")]),
        ("fr", "L'armée s'apprête à attaquer les positions rebelles de P.", &[], "L'armée a attaqué les positions rebelles de P mardi.", &[("mardi", "2019-02-19")]),
        ("fr", "Une offensive imminente contre P inquiète les ONG.", &[], "Une offensive contre P a été lancée mardi.", &[("mardi", "2019-02-19")]),
        ("fr", "Il détaille les conditions de reddition proposées aux jihadistes de P.", &[], "Les jihadistes de P se sont rendus à l'armée mardi.", &[("mardi", "2019-02-19")]),
        ("fr", "Le chef jihadiste a promis de frapper P.", &[], "Des jihadistes ont attaqué un poste de police à P mardi.", &[("mardi", "2019-02-19")]),
        ("fr", "Certains peuvent rêver de reprendre P.", &[], "L'armée a repris le contrôle de P mardi.", &[("mardi", "2019-02-19")]),
        ("fr", "Depuis avril 2019, des centaines de personnes ont été tuées dans les combats autour de P.", &[("avril 2019", "2019-04")], "Depuis lundi, douze personnes ont été tuées dans les combats autour de P.", &[("lundi", "2020-06-01")]),
        ("fr", "Le conflit à P a tué des dizaines de milliers de personnes.", &[], "Un attentat à P a tué douze personnes mardi.", &[("mardi", "2020-06-02")]),
        ("fr", "Le virus qui a contaminé 3.000 habitants de P et tué plus de 110 d'entre eux inquiète.", &[], "Des jihadistes qui ont attaqué P ont tué plus de 110 habitants mardi.", &[("mardi", "2020-06-02")]),
        ("fr", "Le président a annoncé le retrait des troupes de P.", &[], "Les troupes se sont retirées de P mardi après des combats.", &[("mardi", "2020-06-02")]),
        ("fr", "Grâce aux drones fournis par la Turquie, les forces du GNA tiennent P.", &[], "Des drones turcs ont bombardé P mardi.", &[("mardi", "2020-06-02")]),
    ];
    let mut wrong = Vec::new();
    for (lang, text, dates, control, control_dates) in cases {
        let published = if control_dates.iter().any(|(_, v)| v.starts_with("2020")) { "2020-06-04" } else { "2019-02-20" };
        let events = s62_counted(events_of(&s, lang, published, text, dates));
        if !events.is_empty() {
            wrong.push(format!("{text}: {events:?}"));
        }
        if s62_counted(events_of(&s, lang, published, control, control_dates)).is_empty() {
            wrong.push(format!("control {control}: no event"));
        }
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

// S106: actors

/// The id and inter code of a side.
fn s106_side(a: &Option<ActorRef>) -> (Option<&str>, Option<u8>) {
    (a.as_ref().and_then(|a| a.id.as_deref()), a.as_ref().and_then(|a| a.inter))
}

/// A country that opens the trigger's clause goes the one path of every state named as a side:
/// its forces in an act of violence, abroad an external force (inter 8, ACLED's convention for a
/// state's forces outside its country), at home inter 1; its government in an agreement.
#[test]
fn s106_a_country_opening_the_clause_is_typed_as_every_state_side() {
    let turkey = [("Turkey", "country:TR", "TR", "Turkey")];
    let e = s100_event("en", "Turkey launched an offensive on P on Tuesday.", "SY", &[], &turkey);
    assert_eq!(s106_side(&e.actor1), (Some("mil:TR"), Some(8)), "{:?}", e.actor1);
    assert_eq!(s97_name(&e.actor1), Some("Military Forces of Turkey"), "{:?}", e.actor1);
    let e = s100_event("en", "Turkey launched an offensive on P on Tuesday.", "TR", &[], &turkey);
    assert_eq!(s106_side(&e.actor1), (Some("mil:TR"), Some(1)), "{:?}", e.actor1);
    // Not an act of violence: the government, not the forces.
    let e = s100_event("en", "Turkey signed a ceasefire agreement in P on Tuesday.", "TR", &[], &turkey);
    assert_eq!(e.sub_event_type, "Agreement", "{e:?}");
    assert_eq!(s106_side(&e.actor1), (Some("gov:TR"), Some(1)), "{:?}", e.actor1);
}

/// A capital that is the subject of the trigger's own verb, told with its object, is its state;
/// not a capital hit, nor one that names where an attack was.
#[test]
fn s106_a_capital_as_the_subject_of_its_verb_is_its_state() {
    for (lang, text, capital, id, code) in [
        ("en", "Ankara bombed Kurdish positions near P on Tuesday.", "Ankara", "capital:TR:ankara", "TR"),
        ("en", "Moscow has bombed the positions of the rebels near P.", "Moscow", "capital:RU:moscow", "RU"),
        ("fr", "Moscou a bombardé des positions rebelles près de P mardi.", "Moscou", "capital:RU:moscow", "RU"),
    ] {
        let e = s100_event(lang, text, "SY", &[], &[(capital, id, code, capital)]);
        assert_eq!(s106_side(&e.actor1), (Some(format!("mil:{code}").as_str()), Some(8)), "{text}: {:?}", e.actor1);
    }
    for text in ["Kabul came under rocket fire near P on Tuesday.", "A Kabul attack killed five civilians near P on Tuesday."] {
        let e = s100_event("en", text, "AF", &[], &[("Kabul", "capital:AF:kabul", "AF", "Kabul")]);
        assert_ne!(s106_side(&e.actor1).0, Some("mil:AF"), "{text}: {:?}", e.actor1);
    }
}

/// A state that speaks is a source, unless it tells its own act ("a annoncé avoir bombardé").
#[test]
fn s106_a_state_telling_its_own_act_is_a_side_one_reporting_is_not() {
    let e = s100_event("fr", "Ankara a annoncé mardi avoir bombardé des positions kurdes près de P.", "IQ", &[], &[("Ankara", "capital:TR:ankara", "TR", "Ankara")]);
    assert_eq!(s106_side(&e.actor1), (Some("mil:TR"), Some(8)), "{:?}", e.actor1);
    let e = s100_event("en", "Turkey said on Tuesday that rebels attacked soldiers near P.", "SY", &[("rebels", 2, "SY"), ("soldiers", 1, "SY")], &[("Turkey", "country:TR", "TR", "Turkey")]);
    assert_eq!(s97_name(&e.actor1), Some("rebels"), "{:?}", e.actor1);
}

/// Who is spoken to is no side ("told his counterpart Erdogan that", "a dit à son homologue
/// Erdogan que"); the subject of what is said stays one, and so does the first of two sides named
/// with "or".
#[test]
fn s106_who_is_spoken_to_is_no_side() {
    let e = s97_event(
        "en",
        "Macron told his counterpart Erdogan on Tuesday that Turkish airstrikes had killed civilians in P.",
        "SY",
        &[("Macron", 1, "FR"), ("Erdogan", 1, "TR"), ("Turkish airstrikes", 1, "TR")],
    );
    assert_eq!(s97_name(&e.actor1), Some("Turkish airstrikes"), "{:?}", e.actor1);
    let e = s97_event(
        "fr",
        "Emmanuel Macron a dit mardi à son homologue Erdogan que des frappes turques avaient tué des civils à P.",
        "SY",
        &[("Emmanuel Macron", 1, "FR"), ("Erdogan", 1, "TR"), ("frappes turques", 1, "TR")],
    );
    assert_eq!(s97_name(&e.actor1), Some("frappes turques"), "{e:?}");
    // The subject of what is said.
    let e = s97_event("en", "The army said on Tuesday that militants or bandits attacked soldiers near P.", "ML", &[("army", 1, "ML"), ("militants", 2, "ML"), ("bandits", 3, "ML"), ("soldiers", 1, "ML")]);
    assert_eq!(s97_name(&e.actor1), Some("militants"), "{:?}", e.actor1);
}

/// A monitoring body of no ACLED actor type reports: never a side. A body with one (UN
/// peacekeepers, inter 8) stays one.
#[test]
fn s106_a_monitoring_body_is_no_side() {
    let s = stage();
    let body = |d: &mut Document, needle: &str, inter: Option<u8>, plover: &str| {
        d.entities.push(Entity {
            span: span_of(d, needle),
            label: EntityLabel::Organisation,
            actor: Some(ActorRef { name: Some(needle.into()), inter, plover: Some(plover.into()), country: Some("GB".into()), ..Default::default() }),
        });
        d.entities.sort_by_key(|e| e.span);
    };
    let text = "L'OSDH a fait état mardi de combats entre rebelles et soldats à P.";
    let mut d = doc("fr", "2020-05-07", text);
    place(&mut d, "P", 1, "SY");
    time(&mut d, "mardi", "2020-05-05");
    body(&mut d, "OSDH", None, "NGO");
    actor(&mut d, "rebelles", 2, Some("SY"));
    actor(&mut d, "soldats", 1, Some("SY"));
    s.run(&mut d);
    let e = d.events.first().expect("an event");
    for a in [&e.actor1, &e.actor2] {
        assert_ne!(s97_name(a), Some("OSDH"), "{e:?}");
    }
    assert_eq!(s97_name(&e.actor1), Some("rebelles"), "{e:?}");
    let text = "UN peacekeepers clashed with rebels near P on Tuesday.";
    let mut d = doc("en", "2020-05-07", text);
    place(&mut d, "P", 1, "ML");
    time(&mut d, "Tuesday", "2020-05-05");
    body(&mut d, "UN peacekeepers", Some(8), "IGO");
    actor(&mut d, "rebels", 2, Some("ML"));
    s.run(&mut d);
    let e = d.events.first().expect("an event");
    assert_eq!(s97_name(&e.actor1), Some("UN peacekeepers"), "{e:?}");
}

/// S107, S130: a document of `text` with the country `Veldor` and its towns `Aldera` and `Borvia`
/// (country code `code`) placed wherever named, and the days `days` (needle, value).
fn veldor_doc(lang: &str, published: &str, text: &str, code: &str, days: &[(&str, &str)]) -> Document {
    let mut d = doc(lang, published, text);
    let country = GeoRef { geonameid: Some(9), lat: Some(33.0), lon: Some(36.0), country: Some(code.into()), kind: Some("country".into()), ..Default::default() };
    for (start, _) in text.match_indices("Veldor") {
        d.places.push(Place { span: Span::new(start, start + 6), geo: Some(country.clone()) });
    }
    for (name, id, lat) in [("Aldera", 1, 33.5), ("Borvia", 2, 35.3)] {
        for (start, _) in text.match_indices(name) {
            let geo = GeoRef { geonameid: Some(id), lat: Some(lat), lon: Some(36.3), country: Some(code.into()), kind: Some("city".into()), ..Default::default() };
            d.places.push(Place { span: Span::new(start, start + name.len()), geo: Some(geo) });
        }
    }
    d.places.sort_by_key(|p| p.span);
    for &(needle, value) in days {
        for (start, _) in text.match_indices(needle) {
            d.times.push(TimeExpr { span: Span::new(start, start + needle.len()), kind: TimexType::Date, value: value.into() });
        }
    }
    d.times.sort_by_key(|t| t.span);
    d
}

/// S107: the toll told first, in a headline naming the country ("Deux soldats tués en opération
/// au Veldor"), the bomb that killed them after it, at a town of that country: one explosion,
/// typed by the bomb, at the town. Counter-case: another toll of other dead, at another town on
/// another day named, stays apart.
#[test]
fn s107_a_toll_told_before_its_bomb_is_the_bomb() {
    let s = stage();
    let run = |text: &str, days: &[(&str, &str)]| {
        let mut d = veldor_doc("fr", "2020-05-07", text, "SY", days);
        s.run(&mut d);
        d.events.into_iter().filter(|e| e.happened()).collect::<Vec<_>>()
    };
    let text = "Deux soldats tués en opération au Veldor\nDeux soldats ont été tués samedi par l'explosion d'un engin explosif improvisé au passage de leur véhicule blindé près d'Aldera.";
    let one = run(text, &[("samedi", "2020-05-02")]);
    assert_eq!(one.len(), 1, "{one:?}");
    assert_eq!(one[0].sub_event_type, "Remote explosive/landmine/IED", "{one:?}");
    assert_eq!(one[0].location.as_ref().and_then(|l| l.geonameid), Some(1), "{one:?}");
    assert_eq!(one[0].mentions.len(), 2, "{one:?}");
    let text = "Vendredi, cinq soldats ont été tués en opération à Borvia\nDeux soldats ont été tués samedi par l'explosion d'un engin explosif improvisé au passage de leur véhicule blindé près d'Aldera.";
    let two = run(text, &[("samedi", "2020-05-02"), ("Vendredi", "2020-05-01")]);
    assert_eq!(two.len(), 2, "{two:?}");
}

// S110: dates

/// S110: the events of `text` (published `published`, one sentence) that happened, with the
/// temporal expressions `days` (needle, resolved day).
fn s110_events(lang: &str, published: &str, text: &str, days: &[(&str, &str)]) -> Vec<Event> {
    let s = stage();
    let mut d = doc(lang, published, text);
    for &(needle, value) in days {
        let start = d.text.find(needle).unwrap_or_else(|| panic!("{needle} not in text"));
        d.times.push(TimeExpr { span: Span::new(start, start + needle.len()), kind: TimexType::Date, value: value.into() });
    }
    d.times.sort_by_key(|t| t.span);
    s.run(&mut d);
    d.events.into_iter().filter(|e| e.happened()).collect()
}

/// S110: the day owning the trigger ("Wednesday's bombing") dates the event before a day of the
/// sentence that is the day of a visit or a saying. Counter-case: with no day tied to the
/// trigger, the first day named still dates it.
#[test]
fn s110_a_day_owning_the_trigger_dates_it() {
    let text = "The envoy toured the camp on Friday and blamed the army for Wednesday's deadly bombing of the market.";
    let events = s110_events("en", "2019-03-09", text, &[("Friday", "2019-03-08"), ("Wednesday", "2019-03-06")]);
    assert!(!events.is_empty(), "no event");
    assert_eq!(events[0].date.as_deref(), Some("2019-03-06"), "{events:?}");
    let text = "The envoy toured the camp on Friday and blamed the army for the deadly bombing of the market.";
    let events = s110_events("en", "2019-03-09", text, &[("Friday", "2019-03-08")]);
    assert!(!events.is_empty(), "no event");
    assert_eq!(events[0].date.as_deref(), Some("2019-03-08"), "{events:?}");
}

/// S110: a day right after the trigger, in its clause ("l'attaque de mardi", "tués jeudi soir"),
/// dates the event before a day named first (the day of a speech). Counter-case: a day after a
/// comma, in another clause, is not tied to the trigger.
#[test]
fn s110_a_day_right_after_the_trigger_dates_it() {
    let text = "Le maire de la ville a parlé vendredi des trois passants tués mardi par un homme armé d'un couteau.";
    let events = s110_events("fr", "2021-04-10", text, &[("vendredi", "2021-04-09"), ("mardi", "2021-04-06")]);
    assert!(!events.is_empty(), "no event");
    assert_eq!(events[0].date.as_deref(), Some("2021-04-06"), "{events:?}");
    let text = "Le maire de la ville a parlé vendredi des trois passants tués, mardi, par un homme armé d'un couteau.";
    let events = s110_events("fr", "2021-04-10", text, &[("vendredi", "2021-04-09"), ("mardi", "2021-04-06")]);
    assert!(!events.is_empty(), "no event");
    assert_eq!(events[0].date.as_deref(), Some("2021-04-09"), "{events:?}");
}

/// S110: a day after the publication (a holiday read in a name, "l'attentat du marché de Noël",
/// or a visit to come) does not date a past event when the sentence names a day that is not
/// after it. Counter-case: alone, it still dates the sentence.
#[test]
fn s110_a_day_after_publication_yields_to_a_past_one() {
    let text = "Trois jours après l'attentat du marché de Noël, les policiers ont abattu jeudi soir l'auteur de l'attaque.";
    let events = s110_events("fr", "2018-12-14", text, &[("Noël", "2018-12-25"), ("jeudi soir", "2018-12-13")]);
    assert!(!events.is_empty(), "no event");
    assert!(events.iter().all(|e| e.date.as_deref() == Some("2018-12-13")), "{events:?}");
    let d = doc("fr", "2018-12-14", "Une marche aura lieu à Noël.");
    let mut d = d;
    d.times.push(TimeExpr { span: span_of(&d, "Noël"), kind: TimexType::Date, value: "2018-12-25".into() });
    assert_eq!(date(&d, d.sentences[0].span).as_deref(), Some("2018-12-25"));
}

// S111: history

/// A violent event named by its date (after it, "les attaques djihadistes du 13 novembre 2015";
/// or a day that would come after the publication, "les attentats du 13 novembre" in an article of
/// 8 November) is the past recalled, whatever recent date dates what the sentence tells about it;
/// the article's own event told with its day, or a recent one named by its day a few days later,
/// stays an event.
#[test]
fn s111_the_past_named_by_its_day_is_no_event() {
    let s = stage();
    let happened = |lang: &str, published: &str, text: &str, dates: &[(&str, &str)]| s62_counted(events_of(&s, lang, published, text, dates));
    // An old date after the trigger, one adjective between, a recent date in the same clause.
    let fr = "Ce mercredi, les ministres ont commémoré à P les victimes des attaques djihadistes du 13 novembre 2015.";
    assert!(happened("fr", "2019-11-13", fr, &[("Ce mercredi", "2019-11-13"), ("13 novembre 2015", "2015-11-13")]).is_empty());
    let fr = "Emmanuel Macron s'est rendu ce dimanche à P sur les lieux des attentats de janvier 2015.";
    assert!(happened("fr", "2018-01-07", fr, &[("ce dimanche", "2018-01-07"), ("janvier 2015", "2015-01")]).is_empty());
    let en = "On Wednesday, ministers in P laid wreaths for the victims of the attacks of 13 November 2015.";
    assert!(happened("en", "2019-11-13", en, &[("Wednesday", "2019-11-13"), ("13 November 2015", "2015-11-13")]).is_empty());
    // A day with no year that would come after the publication: that day of an earlier year.
    let fr = "Les enquêteurs ont identifié mardi à P un coordinateur des attentats du 13 novembre.";
    assert!(happened("fr", "2016-11-08", fr, &[("mardi", "2016-11-08"), ("13 novembre", "2016-11-13")]).is_empty());
    let en = "Police said on Tuesday that the 7 July bombings were planned in P.";
    assert!(happened("en", "2006-07-04", en, &[("Tuesday", "2006-07-04"), ("7 July", "2006-07-07")]).is_empty());
    // The article's own event told with its day stays news, and so does a recent one named by
    // its day a few days later.
    assert_eq!(happened("fr", "2019-11-13", "Un attentat a tué dix civils ce mercredi à P.", &[("ce mercredi", "2019-11-13")]), ["Attack"]);
    assert_eq!(happened("fr", "2016-11-18", "L'attaque du 13 novembre a tué dix civils à P.", &[("13 novembre", "2016-11-13")]), ["Attack"]);
    assert_eq!(happened("en", "2006-07-10", "The bombing of 7 July killed ten civilians in P.", &[("7 July", "2006-07-07")]).len(), 1);
}

/// S111: a person's part in past acts, named to say who they are, is the past recalled; the act
/// told as the sentence's news stays an event.
#[test]
fn s111_a_part_in_past_acts_is_no_event() {
    let s = stage();
    let happened = |lang: &str, text: &str, dates: &[(&str, &str)]| s62_counted(events_of(&s, lang, "2018-02-09", text, dates));
    let en = happened("en", "The two men, implicated in brutal acts of torture in P, are British.", &[]);
    assert!(en.is_empty(), "{en:?}");
    let en = happened("en", "The four are allegedly responsible for murdering hostages in P.", &[]);
    assert!(en.is_empty(), "{en:?}");
    let fr = happened("fr", "Mohamed Abrini, impliqué dans les attentats de P, serait devenu un informateur.", &[]);
    assert!(fr.is_empty(), "{fr:?}");
    // The act itself, told with its day, is news.
    assert_eq!(happened("en", "Militants tortured two men in P on Thursday.", &[("Thursday", "2018-02-08")]).len(), 1);
    assert_eq!(happened("fr", "Un attentat a tué dix civils jeudi à P.", &[("jeudi", "2018-02-08")]), ["Attack"]);
}

/// S111: English tells the past it recalls in the pluperfect too (S82's rule, with "had"): with no
/// day in its sentence or its paragraph, a trigger told so is the past. A reporting verb right
/// before the auxiliary makes it the sequence of tenses, the recent past reported, in both
/// languages; a day dates the event.
#[test]
fn s111_the_pluperfect_recalls_the_past_unless_reported() {
    let s = stage();
    let happened = |lang: &str, text: &str, dates: &[(&str, &str)]| s62_counted(events_of(&s, lang, "2019-02-10", text, dates));
    let en = happened("en", "Militants had set fire to the school in P and were trying to smoke us out.", &[]);
    assert!(en.is_empty(), "{en:?}");
    assert_eq!(happened("en", "The army said it had shelled militant positions in P.", &[]).len(), 1);
    assert_eq!(happened("en", "Militants had attacked the base in P on Saturday.", &[("Saturday", "2019-02-09")]).len(), 1);
    let fr = happened("fr", "Des hommes armés avaient attaqué un convoi à P.", &[]);
    assert!(fr.is_empty(), "{fr:?}");
    assert_eq!(happened("fr", "L'armée a déclaré qu'elle avait bombardé des positions jihadistes à P.", &[]).len(), 1);
}

// S113: places

/// The place of each sentence of `text` as the events stage reads it (its roles, capitals and
/// containers read first). Lines are paragraphs; a line's sentences end at ". ". The places are
/// given as (words, id, kind, country); all lie at one point.
fn s113_places(s: &EventStage, lang: &str, text: &str, places: &[(&str, u64, &str, &str)]) -> Vec<Option<u64>> {
    let mut d = Document::new("t", text);
    d.meta.lang = Some(LanguageGuess { code: lang.into(), confidence: 1.0, origin: Origin::Caller });
    let mut start = 0;
    for line in text.split('\n') {
        let mut from = start;
        for (i, _) in line.match_indices(". ") {
            d.sentences.push(Sentence { span: Span::new(from, start + i + 1) });
            from = start + i + 2;
        }
        if from < start + line.len() {
            d.sentences.push(Sentence { span: Span::new(from, start + line.len()) });
        }
        start += line.len() + 1;
    }
    for (needle, id, kind, country) in places {
        let span = span_of(&d, needle);
        let geo = GeoRef { geonameid: Some(*id), lat: Some(1.0), lon: Some(2.0), country: Some((*country).into()), kind: Some((*kind).into()), ..Default::default() };
        d.places.push(Place { span, geo: Some(geo) });
    }
    d.places.sort_by_key(|p| p.span);
    let languages = s.languages(&d);
    let mut places = EventPlaces::new(&d);
    let capital_spans = places.capital_spans(&s.res.capitals);
    places.set_aside_acting_capitals(&languages, &capital_spans, &s.words);
    places.read_roles(&place::cues_for(&s.place_cues, &d), &s.words);
    d.sentences.iter().map(|x| places.location(x.span).and_then(|l| l.geonameid)).collect()
}

/// S113: an event whose sentence names only its country takes the town the next sentence of its
/// paragraph names where it happened, or, told in the headline, the town of the lead.
/// Counter-cases: two events in one country at their own towns keep theirs; a town named in
/// passing (no locative), a national capital, or a town of another country is not taken.
#[test]
fn s113_a_country_only_event_takes_the_town_tied_to_it() {
    let s = stage();
    let places = [("Mali", 1, "country", "ML"), ("Ansongo", 2, "city", "ML")];
    let text = "A French soldier was seriously wounded by a roadside bomb in Mali on Saturday. His armoured vehicle was hit during an operation east of Ansongo, the army said.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(2), Some(2)]);
    // In French, past "à l'est d'" (the elided article stays on its word).
    let text = "Un militaire français a été blessé samedi au Mali dans l'explosion d'une mine. Son véhicule a été frappé lors d'une opération à l'est d'Ansongo, a indiqué l'état-major.";
    assert_eq!(s113_places(&s, "fr", text, &places)[0], Some(2));
    // The town told in the sentence before, in the same paragraph.
    let text = "Gunmen on motorbikes attacked a village near Ansongo on Sunday. Eleven civilians were killed in Mali, officials said.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(2), Some(2)]);
    // A headline naming the country, the lead the town.
    let places = [("Mali", 1, "country", "ML"), ("Ménaka", 2, "city", "ML")];
    let text = "Mali : un soldat français tué par une mine\nUn soldat de l'opération Barkhane a été tué samedi par l'explosion d'une mine près de Ménaka, a indiqué l'état-major.";
    assert_eq!(s113_places(&s, "fr", text, &places)[0], Some(2));
    // Counter-case: two events at two towns of one country keep theirs.
    let places = [("Gao", 1, "city", "ML"), ("Kidal", 2, "city", "ML"), ("Mali", 3, "country", "ML")];
    let text = "A soldier was killed by a roadside bomb near Gao in Mali on Saturday. Gunmen killed two civilians in Kidal on Sunday.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(1), Some(2)]);
    // Counter-case: a town named in passing, not where something happened, is not taken.
    let places = [("Mali", 1, "country", "ML"), ("Kidal", 2, "city", "ML")];
    let text = "A soldier was killed by a roadside bomb in Mali on Saturday. Kidal's governor condemned the attack.";
    assert_eq!(s113_places(&s, "en", text, &places)[0], Some(1));
    // Counter-case: the national capital (named for the government as often) and a town abroad.
    let places = [("Niger", 1, "country", "NE"), ("Niamey", 2, "city", "NE"), ("Bamako", 3, "city", "ML")];
    let text = "Six aid workers were killed by gunmen in Niger on Sunday. Their colleagues gathered in Niamey and in Bamako.";
    assert_eq!(s113_places(&s, "en", text, &places)[0], Some(1));
}

/// S113: an event told of the whole country (a national strike, a truce) keeps the country even
/// when the next sentence names a town.
#[test]
fn s113_a_country_wide_event_keeps_the_country() {
    let s = stage();
    let places = [("Nigeria", 1, "country", "NG"), ("Kano", 2, "city", "NG")];
    let text = "A nationwide strike shut schools and shops in Nigeria on Monday. Police fired tear gas at protesters in Kano.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(1), Some(2)]);
    let places = [("Afghanistan", 1, "country", "AF"), ("Zaboul", 2, "city", "AF")];
    let text = "Afghanistan : la trêve tient toujours, de nouveaux prisonniers libérés\nDes prisonniers ont été libérés lundi dans la province de Zaboul.";
    assert_eq!(s113_places(&s, "fr", text, &places)[0], Some(1));
    // The same headline without the truce: the town of the lead.
    let text = "Afghanistan : de nouveaux prisonniers libérés\nDes prisonniers ont été libérés lundi dans la province de Zaboul.";
    assert_eq!(s113_places(&s, "fr", text, &places)[0], Some(2));
}

/// S113: a sentence that names no place takes the nearest place before it that a locative
/// governs ("in Hajin"), not a town named in passing after it ("the battles for Mosul and
/// Raqqa"). Counter-case: the nearest locative town is carried, not an older one.
#[test]
fn s113_a_carried_place_is_one_where_something_happened() {
    let s = stage();
    let places = [("Hajin", 1, "city", "SY"), ("Mosul", 2, "city", "IQ"), ("Raqqa", 3, "city", "SY")];
    let text = "Fighting raged in Hajin on Saturday. The offensive was the fiercest since the battles for Mosul and Raqqa. After sunset, mortar shells killed two fighters.";
    assert_eq!(s113_places(&s, "en", text, &places)[2], Some(1));
    let places = [("Hajin", 1, "city", "SY"), ("Raqqa", 3, "city", "SY")];
    let text = "Fighting raged in Hajin on Saturday. Later, clashes erupted in Raqqa. After sunset, mortar shells killed two fighters.";
    assert_eq!(s113_places(&s, "en", text, &places)[2], Some(3));
    // A country so governed does not outweigh a town named last.
    let places = [("Syria", 4, "country", "SY"), ("Raqqa", 3, "city", "SY")];
    let text = "Fighting raged in Syria on Saturday. The battles for Raqqa were fierce. After sunset, mortar shells killed two fighters.";
    assert_eq!(s113_places(&s, "en", text, &places)[2], Some(3));
}

// S114: merge hygiene

/// S114: the events of `text` (published 2020-05-07) that happened, with the places `places`
/// (needle, id, kind, latitude, longitude, country; every telling of the needle), the dates
/// `days` (needle, value) and the parties `actors` (needle, inter).
fn s114_run(text: &str, places: &[(&str, u64, &str, f64, f64, &str)], days: &[(&str, &str)], actors: &[(&str, u8)]) -> Vec<Event> {
    let s = stage();
    let mut d = doc("en", "2020-05-07", text);
    for &(name, inter) in actors {
        actor(&mut d, name, inter, Some("SY"));
    }
    for &(needle, id, kind, lat, lon, country) in places {
        for (start, _) in text.match_indices(needle) {
            let geo = GeoRef { geonameid: Some(id), lat: Some(lat), lon: Some(lon), country: Some(country.into()), kind: Some(kind.into()), ..Default::default() };
            d.places.push(Place { span: Span::new(start, start + needle.len()), geo: Some(geo) });
        }
    }
    d.places.sort_by_key(|p| p.span);
    for &(needle, value) in days {
        for (start, _) in text.match_indices(needle) {
            d.times.push(TimeExpr { span: Span::new(start, start + needle.len()), kind: TimexType::Date, value: value.into() });
        }
    }
    d.times.sort_by_key(|t| t.span);
    s.run(&mut d);
    d.events.into_iter().filter(|e| e.happened()).collect()
}

const S114_TOWNS: [(&str, u64, &str, f64, f64, &str); 4] = [
    ("Aldera", 1, "city", 33.50, 36.30, "SY"),
    ("Borvia", 2, "city", 35.30, 36.30, "SY"),
    ("Syria", 163843, "country", 35.0, 38.0, "SY"),
    ("Corvia", 3, "city", 48.0, 2.0, "FR"),
];

/// S114: a telling that names a month the event cannot be in ("last month") is another strike,
/// at the same place by the same side. Counter-case: told again with no date of its own, one
/// strike with both evidence spans.
#[test]
fn s114_a_telling_naming_another_month_is_another_event() {
    let days = [("Tuesday", "2020-05-05"), ("last month", "2020-04")];
    let jets = [("Turkish jets", 1)];
    s114_two_then_one(
        "Turkish jets carried out air strikes on Aldera on Tuesday.\nTurkish jets carried out air strikes on Aldera last month, officials said.",
        "Turkish jets carried out air strikes on Aldera on Tuesday.\nTurkish jets carried out air strikes on Aldera, officials said.",
        &days,
        &jets,
    );
}

/// Two events in the first text; in the second, one event told twice (both evidence spans kept).
fn s114_two_then_one(two_text: &str, one_text: &str, days: &[(&str, &str)], actors: &[(&str, u8)]) {
    let two = s114_run(two_text, &S114_TOWNS, days, actors);
    assert_eq!(two.len(), 2, "{two:?}");
    let one = s114_run(one_text, &S114_TOWNS, days, actors);
    assert_eq!(one.len(), 1, "{one:?}");
    assert_eq!(one[0].mentions.len(), 2, "{one:?}");
}

/// S114: a headline naming only the country, placed at a town (here from the sentence after
/// it), is not every town of the country: a strike on another town 200 km away, named, is
/// another strike. Counter-case: the headline's town told again, one strike (as the example's
/// Boukamal lead and body are one event).
#[test]
fn s114_a_country_named_beside_a_town_does_not_take_another_town() {
    let days = [("Tuesday", "2020-05-05")];
    let jets = [("Russian jets", 1)];
    s114_two_then_one(
        "Syria: Russian jets carried out air strikes on Tuesday.\nIn Aldera, residents fled.\nOn Tuesday, Russian jets carried out air strikes on Borvia, residents said.",
        "Syria: Russian jets carried out air strikes on Tuesday.\nIn Aldera, residents fled.\nOn Tuesday, Russian jets carried out air strikes on Aldera, residents said.",
        &days,
        &jets,
    );
}

/// S114: a lead listing two towns apart ("on Aldera and Borvia") does not swallow each town's
/// strike told after it. Counter-cases: a lead naming one town, or two towns not listed ("from
/// Aldera to Borvia"), then a strike at one of them: one.
#[test]
fn s114_a_lead_naming_two_towns_keeps_each_towns_event() {
    let days = [("Tuesday", "2020-05-05")];
    let jets = [("Russian jets", 1)];
    let text = "Russian jets carried out air strikes on Aldera and Borvia on Tuesday.\nOn Tuesday, Russian jets carried out air strikes on Borvia, residents said.";
    let two = s114_run(text, &S114_TOWNS, &days, &jets);
    assert!(two.iter().any(|e| e.location.as_ref().and_then(|l| l.geonameid) == Some(2)), "{two:?}");
    assert!(two.iter().any(|e| e.location.as_ref().and_then(|l| l.geonameid) == Some(1)), "{two:?}");
    let text = "Russian jets carried out air strikes on Aldera on Tuesday.\nOn Tuesday, Russian jets carried out air strikes on Aldera, residents said.";
    let one = s114_run(text, &S114_TOWNS, &days, &jets);
    assert_eq!(one.len(), 1, "{one:?}");
    // Two towns not listed ("from Aldera to Borvia", one march or one road): the later telling
    // at either is the lead's event.
    let text = "Russian jets carried out air strikes on the road from Aldera to Borvia on Tuesday.\nOn Tuesday, Russian jets carried out air strikes on Borvia, residents said.";
    let one = s114_run(text, &S114_TOWNS, &days, &jets);
    assert_eq!(one.len(), 1, "{one:?}");
}

/// S114: a telling merged into an event brings its toll only when it is about the event: a
/// figure told where a minister spoke (its place, from the sentence before, is a town of another
/// country) joins the strike but leaves its toll unset. Counter-case: the toll told right after the
/// strike, at its place, is the strike's.
#[test]
fn s114_a_toll_from_another_place_is_not_the_events() {
    let days = [("Tuesday", "2020-05-05")];
    let jets = [("Russian jets", 1)];
    let text = "Russian jets carried out air strikes on Aldera on Tuesday.\nThe minister spoke to reporters in Corvia.\nRussian jets carried out air strikes that killed 11,000 people, he said.";
    let got = s114_run(text, &S114_TOWNS, &days, &jets);
    let strike = got.iter().find(|e| e.location.as_ref().and_then(|l| l.geonameid) == Some(1)).expect("the strike on Aldera");
    assert_ne!(strike.fatalities, Some(11000), "{got:?}");
    assert_eq!(strike.mentions.len(), 2, "{got:?}");
    let text = "Russian jets carried out air strikes on Aldera on Tuesday.\nRussian jets carried out air strikes that killed 12 people, residents said.";
    let got = s114_run(text, &S114_TOWNS, &days, &jets);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].fatalities, Some(12), "{got:?}");
}

/// S114: two tellings whose sentences name no place, each placed by its surroundings at a town
/// 200 km from the other's (a shooting told after a line on another town's attack): two attacks.
/// Counter-case: the same surroundings for both: one attack.
#[test]
fn s114_two_tellings_placed_apart_by_their_surroundings_are_two_events() {
    let days = [("Tuesday", "2020-05-05")];
    let text = "Residents of Aldera spoke to reporters.\nGunmen shot dead 12 civilians at a market on Tuesday.\nResidents of Borvia spoke to reporters.\nOn Tuesday, gunmen shot dead 9 civilians at a mall, a newspaper said.";
    let two: Vec<Event> = s114_run(text, &S114_TOWNS, &days, &[]).into_iter().filter(|e| e.sub_event_type == "Attack").collect();
    assert_eq!(two.len(), 2, "{two:?}");
    let text = "Residents of Aldera spoke to reporters.\nGunmen shot dead 12 civilians at a market on Tuesday.\nResidents of Aldera spoke to reporters.\nOn Tuesday, gunmen shot dead 9 civilians at a market, a newspaper said.";
    let one: Vec<Event> = s114_run(text, &S114_TOWNS, &days, &[]).into_iter().filter(|e| e.sub_event_type == "Attack").collect();
    assert_eq!(one.len(), 1, "{one:?}");
}

/// S114: a state told only by its capital ("Ankara bombed") has the country's usual name, from
/// `lang/en/actors-countries.tsv`, whatever the article's language.
#[test]
fn s114_a_capitals_state_has_the_countrys_name() {
    let e = s100_event("en", "Ankara bombed Kurdish positions near P on Tuesday.", "SY", &[], &[("Ankara", "capital:TR:ankara", "TR", "Ankara")]);
    assert_eq!(s106_side(&e.actor1), (Some("mil:TR"), Some(8)), "{:?}", e.actor1);
    assert_eq!(e.actor1.as_ref().and_then(|a| a.name.as_deref()), Some("Military Forces of Turkey"), "{:?}", e.actor1);
    let e = s100_event("fr", "Moscou a bombardé des positions rebelles près de P mardi.", "SY", &[], &[("Moscou", "capital:RU:moscow", "RU", "Moscou")]);
    assert_eq!(e.actor1.as_ref().and_then(|a| a.name.as_deref()), Some("Military Forces of Russia"), "{:?}", e.actor1);
}

/// S114: a state that says its own forces acted ("Moscow said its jets had bombed") is a side (a
/// possessive is a `self_report` word). Counter-case: one that reports another side's act stays
/// a source.
#[test]
fn s114_a_state_telling_its_forces_act_is_a_side() {
    let e = s100_event("en", "Moscow said its jets had bombed rebel positions near P on Tuesday.", "SY", &[], &[("Moscow", "capital:RU:moscow", "RU", "Moscow")]);
    assert_eq!(s106_side(&e.actor1), (Some("mil:RU"), Some(8)), "{:?}", e.actor1);
    let e = s100_event("en", "Moscow said on Tuesday that rebels attacked soldiers near P.", "SY", &[("rebels", 2, "SY"), ("soldiers", 1, "SY")], &[("Moscow", "capital:RU:moscow", "RU", "Moscow")]);
    assert_eq!(s97_name(&e.actor1), Some("rebels"), "{:?}", e.actor1);
}

/// S114: who is spoken to before "that" is no side in English either ("told Erdogan that the
/// offensive had killed"). Counter-case: the subject of what is said stays the side.
#[test]
fn s114_who_is_told_that_is_no_side() {
    let e = s97_event("en", "Macron told Erdogan on Tuesday that the offensive had killed civilians in P.", "SY", &[("Macron", 1, "FR"), ("Erdogan", 1, "TR")]);
    assert_ne!(s97_name(&e.actor1), Some("Erdogan"), "{:?}", e.actor1);
    let e = s97_event("en", "Macron told reporters on Tuesday that Turkish troops had killed civilians in P.", "SY", &[("Macron", 1, "FR"), ("Turkish troops", 1, "TR")]);
    assert_eq!(s97_name(&e.actor1), Some("Turkish troops"), "{:?}", e.actor1);
}

// S118: recurring
// False events that the hand-judged news samples find again and again: a trigger word in another
// sense (a campaign rally, followers rallied, fighters who dispersed, a withdrawal decided or
// criticised, an event named by comparison, a ceasefire's scope claimed, asked for or aimed at, drone
// pilots, a visit to a base). Each sentence (my own) has a control told as one event of its day that
// must stay that event, with its type.
#[test]
fn s118_trigger_words_in_another_sense_are_no_event() {
    let s = stage();
    let cases: [ControlCase; 19] = [
        ("en", "The senator repeated his pledge at a rally in P that the troops would come home.", "Protesters rallied in P on Tuesday against the war.", &[("Tuesday", "2019-02-19")], "Peaceful protest"),
        ("en", "Propaganda videos rallied followers to join the group in P.", "Protesters rallied in P on Tuesday against the war.", &[("Tuesday", "2019-02-19")], "Peaceful protest"),
        ("en", "The general said many Isis fighters had dispersed into the desert around P.", "Police dispersed the protesters in P on Tuesday.", &[("Tuesday", "2019-02-19")], "Protest with intervention"),
        ("en", "Critics said the decision on the withdrawal of troops from P emboldened the militants.", "Government troops completed their withdrawal from P on Tuesday.", &[("Tuesday", "2019-02-19")], "Non-violent transfer of territory"),
        ("en", "In criticising the abrupt withdrawal from P, the writer ignores the facts.", "Government troops completed their withdrawal from P on Tuesday.", &[("Tuesday", "2019-02-19")], "Non-violent transfer of territory"),
        ("en", "The senator compared the move to Obama's withdrawal from P.", "Government troops completed their withdrawal from P on Tuesday.", &[("Tuesday", "2019-02-19")], "Non-violent transfer of territory"),
        ("en", "The government claimed that the ceasefire applied to foreign forces in P.", "The two sides signed a ceasefire in P on Tuesday.", &[("Tuesday", "2019-02-19")], "Agreement"),
        ("en", "British drone pilots operate drones out of a base near P.", "A drone strike hit a convoy in P on Tuesday.", &[("Tuesday", "2019-02-19")], "Air/drone strike"),
        ("en", "A small group of fighters gathered around a pot of food in P.", "Protesters gathered in P on Tuesday against the war.", &[("Tuesday", "2019-02-19")], "Peaceful protest"),
        ("en", "What the affair in P demonstrates is that the regime feels safe.", "Hundreds of people demonstrated in P on Tuesday against the war.", &[("Tuesday", "2019-02-19")], "Peaceful protest"),
        ("fr", "Les soldats ont repéré le rassemblement de plusieurs terroristes près de P.", "Des milliers de personnes se sont rassemblées à P mardi pour protester contre la guerre.", &[("mardi", "2020-06-02")], "Peaceful protest"),
        ("fr", "Beaucoup de jihadistes se sont dispersés dans le désert autour de P.", "La police a dispersé les manifestants à P mardi.", &[("mardi", "2020-06-02")], "Protest with intervention"),
        ("fr", "Le président a critiqué le retrait des troupes de P.", "Le retrait des troupes de P s'est achevé mardi.", &[("mardi", "2020-06-02")], "Non-violent transfer of territory"),
        ("fr", "Les diplomates ont émis de nombreuses demandes de cessez-le-feu à P.", "Les belligérants ont signé un cessez-le-feu à P mardi.", &[("mardi", "2020-06-02")], "Agreement"),
        ("fr", "L'éventualité d'un cessez-le-feu à P divise les négociateurs.", "Les belligérants ont signé un cessez-le-feu à P mardi.", &[("mardi", "2020-06-02")], "Agreement"),
        ("fr", "Le comité, qui vise à obtenir un cessez-le-feu à P, s'est réuni mardi.", "Les belligérants ont signé un cessez-le-feu à P mardi.", &[("mardi", "2020-06-02")], "Agreement"),
        ("fr", "Le président passera la journée de samedi sur la base militaire de P avec les soldats.", "L'armée a installé une base militaire à P mardi.", &[("mardi", "2020-06-02")], "Headquarters or base established"),
        ("fr", "Le président s'est rendu sur la base militaire de P mardi.", "L'armée a installé une base militaire à P mardi.", &[("mardi", "2020-06-02")], "Headquarters or base established"),
        ("fr", "Le candidat a tenu un rassemblement de campagne à P.", "Des milliers de personnes se sont rassemblées à P mardi pour protester contre la guerre.", &[("mardi", "2020-06-02")], "Peaceful protest"),
    ];
    no_event_and_its_control(&s, &cases);
}

// S117: remote sides
/// S117: states named together as the subject or the agent of a strike: the first of the list did
/// it ("US, British and French warplanes", "the US, Britain and France", "les Etats-Unis, la France
/// et le Royaume-Uni"), the others with it, none of them hit. Counter-cases: a country that names
/// where (after a clause that names a place, or joined by a comma only) is no member.
#[test]
fn s117_the_first_state_of_a_list_did_it() {
    let us = ("US", "country:US", "US", "United States");
    // (language, sentence, parties (name, inter, country), countries (name, id, code, label), actor1 wanted)
    type Case<'a> = (&'a str, &'a str, Vec<(&'a str, u8, &'a str)>, Vec<(&'a str, &'a str, &'a str, &'a str)>, &'a str);
    let cases: [Case; 5] = [
        ("en", "On Tuesday, the US, Britain and France carried out airstrikes on P.", vec![], vec![us, ("Britain", "country:GB", "GB", "United Kingdom"), ("France", "country:FR", "FR", "France")], "US"),
        ("en", "On Tuesday, US, British and French warplanes struck P.", vec![("French warplanes", 1, "FR")], vec![us, ("British", "country:GB", "GB", "United Kingdom")], "US"),
        ("en", "Airstrikes by US, British and French forces hit P on Tuesday.", vec![("French forces", 1, "FR")], vec![us, ("British", "country:GB", "GB", "United Kingdom")], "US"),
        (
            "fr",
            "Mardi, les Etats-Unis, la France et le Royaume-Uni ont bombardé P.",
            vec![],
            vec![("Etats-Unis", "country:US", "US", "United States"), ("France", "country:FR", "FR", "France"), ("Royaume-Uni", "country:GB", "GB", "United Kingdom")],
            "US",
        ),
        (
            "fr",
            "Mardi, des avions américains, britanniques et français ont bombardé P.",
            vec![("avions américains", 1, "US")],
            vec![("britanniques", "country:GB", "GB", "United Kingdom"), ("français", "country:FR", "FR", "France")],
            "US",
        ),
    ];
    for (lang, text, parties, states, first) in cases {
        let e = s100_event(lang, text, "SY", &parties, &states);
        let a1 = e.actor1.as_ref().unwrap_or_else(|| panic!("{text}: no actor1"));
        assert_eq!(a1.country.as_deref(), Some(first), "{text}: {a1:?}");
        assert!(e.actor2.as_ref().is_none_or(|a| !matches!(a.country.as_deref(), Some("US" | "GB" | "FR"))), "{text}: {:?}", e.actor2);
    }
    // Counter-cases: Syria is where, not who: after a clause that names a place, or before a
    // party it is joined to by a comma only.
    let syria = ("Syria", "country:SY", "SY", "Syria");
    let e = s100_event("en", "Near P, Syria, Russian and Syrian jets bombed the town on Tuesday.", "SY", &[("Russian", 1, "RU"), ("Syrian jets", 1, "SY")], &[syria]);
    assert_eq!(e.actor1.as_ref().and_then(|a| a.country.as_deref()), Some("RU"), "{:?}", e.actor1);
    let e = s100_event("en", "In Syria, Russian jets bombed P on Tuesday.", "SY", &[("Russian jets", 1, "RU")], &[syria]);
    assert_eq!(e.actor1.as_ref().and_then(|a| a.country.as_deref()), Some("RU"), "{:?}", e.actor1);
}

// Integration (2026-11-30 evening): civilians named by their way there or their flock.
/// A shepherd, a passenger, a herder killed are civilians hit, and are counted; a word of a trade
/// that also protests ("workers") is not one of them (it would become a protest's second side).
#[test]
fn a_shepherd_or_a_passenger_killed_is_a_civilian_counted() {
    for (lang, text) in [
        ("en", "A shepherd was killed on Tuesday by shelling near P."),
        ("en", "Two passengers were killed on Tuesday when a shell hit a bus near P."),
        ("fr", "Un berger a été tué mardi par des tirs d'obus près de P."),
    ] {
        let e = s97_event(lang, text, "SY", &[]);
        assert_eq!(e.actor2.as_ref().and_then(|a| a.inter), Some(7), "{text}: {:?}", e.actor2);
        assert!(e.fatalities.is_some_and(|n| n >= 1), "{text}: {e:?}");
    }
    let e = s97_event("en", "Hundreds of workers protested on Tuesday in P.", "SY", &[]);
    assert_ne!(e.actor2.as_ref().and_then(|a| a.inter), Some(7), "{:?}", e.actor2);
}

// S120: dates

/// S120: a week named with no number of its own ("last week", "la semaine dernière") is, in a news
/// report, the seven days before the publication (a span), and "this week" its days up to the
/// publication. Counter-case: a week with a number ("the week of 2 April") keeps its Wednesday.
#[test]
fn s120_last_week_is_the_seven_days_before_publication() {
    // Published on Thursday 12 April 2018; the calendar week before is 2018-W14 (2-8 April).
    for (lang, text, needle) in [
        ("en", "Gunmen killed three civilians in the market last week.", "last week"),
        ("fr", "Des hommes armés ont tué trois civils sur le marché la semaine dernière.", "la semaine dernière"),
    ] {
        let events = s110_events(lang, "2018-04-12", text, &[(needle, "2018-W14")]);
        assert!(!events.is_empty(), "{text}: no event");
        assert_eq!(events[0].date.as_deref(), Some("2018-04-05/2018-04-11"), "{text}: {events:?}");
    }
    let text = "Gunmen killed three civilians in the market this week.";
    let events = s110_events("en", "2018-04-12", text, &[("this week", "2018-W15")]);
    assert_eq!(events.first().and_then(|e| e.date.as_deref()), Some("2018-04-09/2018-04-12"), "{events:?}");
    let text = "Des hommes armés ont tué trois civils sur le marché cette semaine.";
    let events = s110_events("fr", "2018-04-09", text, &[("cette semaine", "2018-W15")]);
    assert_eq!(events.first().and_then(|e| e.date.as_deref()), Some("2018-04-09"), "a Monday's week is its day: {events:?}");
    // Counter-cases: a week named by a day of it, or by a position in it, is the calendar week.
    let text = "Gunmen killed three civilians in the market in the week of 2 April.";
    let events = s110_events("en", "2018-04-12", text, &[("the week of 2 April", "2018-W14")]);
    assert_eq!(events.first().and_then(|e| e.date.as_deref()), Some("2018-04-04"), "{events:?}");
    let text = "Des hommes armés ont tué trois civils sur le marché en milieu de semaine dernière.";
    let events = s110_events("fr", "2018-04-12", text, &[("en milieu de semaine dernière", "2018-W14")]);
    assert_eq!(events.first().and_then(|e| e.date.as_deref()), Some("2018-04-04"), "{events:?}");
}

/// S120: a day told inside a kept span narrows it ("last week" then "Saturday's attack"); a day
/// outside it, or a span, does not.
#[test]
fn s120_a_day_inside_a_span_narrows_it() {
    let kept = || Event { date: Some("2018-04-05/2018-04-11".into()), ..Default::default() };
    let told = |d: &str| Event { date: Some(d.into()), ..Default::default() };
    let (mut first, mut dated) = (kept(), true);
    take_date(&mut first, &mut dated, &told("2018-04-07"), true);
    assert_eq!(first.date.as_deref(), Some("2018-04-07"));
    for other in ["2018-04-02", "2018-04-06/2018-04-07"] {
        let (mut first, mut dated) = (kept(), true);
        take_date(&mut first, &mut dated, &told(other), true);
        assert_eq!(first.date.as_deref(), Some("2018-04-05/2018-04-11"), "{other}");
    }
    // An undated telling (the publication's day) narrows nothing.
    let (mut first, mut dated) = (kept(), true);
    take_date(&mut first, &mut dated, &told("2018-04-07"), false);
    assert_eq!(first.date.as_deref(), Some("2018-04-05/2018-04-11"));
}

// S122: actors
/// A document of one paragraph whose sentences are cut at ". " (the `doc` helper makes a line, so a
/// paragraph, of each sentence), with the parties (needle, inter, PLOVER agent type) as mentions.
fn s122_paragraph(lang: &str, text: &str, parties: &[(&str, u8, &str)]) -> Document {
    let mut d = Document::new("t", text);
    d.meta.lang = Some(LanguageGuess { code: lang.into(), confidence: 1.0, origin: Origin::Caller });
    d.meta.published = Some(Published { date: "2020-05-07".parse().unwrap(), time: None, origin: Origin::Caller, span: None });
    let mut start = 0;
    for (i, _) in text.match_indices(". ").chain([(text.len() - 1, "")]) {
        d.sentences.push(Sentence { span: Span::new(start, i + 1) });
        start = i + 2;
    }
    place(&mut d, "P", 1, "SL");
    for day in ["Tuesday", "mardi"] {
        if text.contains(day) {
            time(&mut d, day, "2020-05-05");
        }
    }
    for (needle, inter, plover) in parties {
        let span = span_of(&d, needle);
        let actor = ActorRef { name: Some((*needle).into()), inter: Some(*inter), plover: Some((*plover).into()), ..Default::default() };
        d.mentions.push(vigie_core::ActorMention { span, actor });
    }
    d
}

/// The force that met a crowd, told in the sentence after the protest's, is the protest's second
/// side, the crowd its first; a mob's victim is not replaced by the police who came afterwards,
/// nor is a side taken from another paragraph.
#[test]
fn s122_the_force_that_met_a_crowd_is_its_second_side() {
    let s = stage();
    for (lang, text, force) in [
        ("en", "Fishermen demonstrated in P on Tuesday against the curfew. They clashed with police forces, who fired tear gas.", "police forces"),
        ("en", "Hundreds of teachers marched in P on Tuesday over unpaid wages. Soldiers fired tear gas to disperse the protesters.", "Soldiers"),
        ("fr", "Des centaines d'enseignants ont manifesté mardi à P pour leurs salaires. Les policiers ont dispersé les manifestants à coups de gaz lacrymogène.", "policiers"),
    ] {
        let mut d = s122_paragraph(lang, text, &[(force, 1, if force == "Soldiers" { "MIL" } else { "COP" })]);
        s.run(&mut d);
        let e = d
            .events
            .iter()
            .find(|e| matches!(e.sub_event_type.as_str(), "Protest with intervention" | "Violent demonstration" | "Excessive force against protesters"))
            .unwrap_or_else(|| panic!("{text}: no protest met by a force: {:?}", d.events));
        assert_eq!(s97_name(&e.actor2), Some(force), "{text}: {e:?}");
        assert_eq!(e.actor2.as_ref().and_then(|a| a.country.as_deref()), Some("SL"), "{text}: {e:?}");
        assert!(e.actor1.as_ref().and_then(|a| a.inter).is_some_and(|i| i == 5 || i == 6), "{text}: {e:?}");
    }
    // Counter-cases: a mob's attack on a thief, the police rescuing him after; a protest met by
    // the police of another paragraph.
    let mut d = s122_paragraph("en", "A mob beat a suspected thief in P on Tuesday. Police officers later rescued the man.", &[("Police officers", 1, "COP")]);
    s.run(&mut d);
    assert!(d.events.iter().all(|e| e.sub_event_type != "Mob violence" || s97_name(&e.actor2) != Some("Police officers")), "{:?}", d.events);
    let mut d = doc("en", "2020-05-07", "Fishermen demonstrated in P on Tuesday against the curfew.\nPolice forces patrolled the port.");
    place(&mut d, "P", 1, "SL");
    time(&mut d, "Tuesday", "2020-05-05");
    d.mentions.push(vigie_core::ActorMention {
        span: span_of(&d, "Police forces"),
        actor: ActorRef { name: Some("Police forces".into()), inter: Some(1), plover: Some("COP".into()), ..Default::default() },
    });
    s.run(&mut d);
    assert!(d.events.iter().all(|e| s97_name(&e.actor2) != Some("Police forces")), "{:?}", d.events);
}

// S119: places

/// S119: a place a distance is measured from ("60 km south-east of Gao", "à une heure de route
/// de Gao") is a landmark: the event happened away from it, and takes the place told before.
/// Counter-cases: a town the event is in keeps it beside such a landmark; a sentence whose only
/// place is the landmark, with nothing told before, keeps it.
#[test]
fn s119_a_place_a_distance_is_measured_from_is_a_landmark() {
    let s = stage();
    let places = [("Mali", 1, "country", "ML"), ("Gao", 2, "city", "ML")];
    let text = "Gunmen killed eight people in Mali on Sunday. They were shot in a wildlife park 60 km south-east of Gao.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(1), Some(1)]);
    let text = "Gunmen killed eight people in Mali on Sunday. The convoy was ambushed 40km from Gao.";
    assert_eq!(s113_places(&s, "en", text, &places)[1], Some(1));
    let text = "Gunmen killed eight people in Mali on Sunday. The convoy was ambushed an hour's drive from Gao.";
    assert_eq!(s113_places(&s, "en", text, &places)[1], Some(1));
    let text = "Huit personnes ont été tuées dimanche au Mali. Elles visitaient un parc à 60 km au sud-est de la ville de Gao.";
    assert_eq!(s113_places(&s, "fr", text, &places), [Some(1), Some(1)]);
    let text = "Huit personnes ont été tuées dimanche au Mali. Le convoi est tombé dans une embuscade à une heure de route de Gao.";
    assert_eq!(s113_places(&s, "fr", text, &places)[1], Some(1));
    // Counter-case: the town the event is in, beside the landmark.
    let places = [("Mali", 1, "country", "ML"), ("Gao", 2, "city", "ML"), ("Ansongo", 3, "city", "ML")];
    let text = "Gunmen killed eight people in Mali on Sunday. They were ambushed in Gao, 60 km from Ansongo.";
    assert_eq!(s113_places(&s, "en", text, &places)[1], Some(2));
    let text = "Huit personnes ont été tuées dimanche au Mali. Elles ont été attaquées à Gao, à 60 km d'Ansongo.";
    assert_eq!(s113_places(&s, "fr", text, &places)[1], Some(2));
    // Counter-case: the landmark alone, nothing told before: it is the best place there is.
    let places = [("Gao", 2, "city", "ML")];
    assert_eq!(s113_places(&s, "en", "Gunmen ambushed a convoy 40 km north of Gao on Sunday.", &places), [Some(2)]);
    // Counter-case: a place governed by a locative with no distance ("north of Gao") is where.
    let places = [("Mali", 1, "country", "ML"), ("Gao", 2, "city", "ML")];
    let text = "Gunmen killed eight people in Mali on Sunday. The convoy was ambushed north of Gao.";
    assert_eq!(s113_places(&s, "en", text, &places)[1], Some(2));
}

/// S119: a sentence that names no place but tells of a part of the country by no name ("in the
/// centre of the country", "dans le centre du pays") is placed in the country of the place told
/// before, not at that place's town. Counter-cases: with no such words the town is carried; a
/// sentence that names its own town keeps it.
#[test]
fn s119_the_country_named_without_its_name_is_the_country() {
    let s = stage();
    let places = [("Mali", 1, "country", "ML"), ("Gao", 2, "city", "ML")];
    let text = "Mali: the junta promises a transition\nCrowds cheered the junta in the centre of Gao on Friday. Four soldiers were killed by a roadside bomb in the centre of the country on Saturday.";
    assert_eq!(s113_places(&s, "en", text, &places)[1..], [Some(2), Some(1)]);
    let text = "Mali : la junte promet une transition\nDes milliers de personnes ont acclamé la junte dans le centre de Gao vendredi. Quatre soldats ont été tués samedi par un engin explosif dans le centre du pays.";
    assert_eq!(s113_places(&s, "fr", text, &places)[1..], [Some(2), Some(1)]);
    // Counter-case: no word of the country: the town told before is carried.
    let text = "Mali: the junta promises a transition\nCrowds cheered the junta in the centre of Gao on Friday. Four soldiers were killed by a roadside bomb on Saturday.";
    assert_eq!(s113_places(&s, "en", text, &places)[2], Some(2));
    // Counter-case: a town of its own is kept.
    let places = [("Mali", 1, "country", "ML"), ("Gao", 2, "city", "ML"), ("Ansongo", 3, "city", "ML")];
    let text = "Mali: the junta promises a transition\nCrowds cheered the junta in the centre of Gao on Friday. Four soldiers were killed in Ansongo, in the east of the country, on Saturday.";
    assert_eq!(s113_places(&s, "en", text, &places)[2], Some(3));
}

// S121: not events
/// S121: violence or a capture recalled in a relative clause on an actor or a place, with no date
/// near it; a battle told as a state near its end; the French simple future; displaced people who
/// gather. Each with a control told as one event of its day that must stay one (a relative clause
/// with its own day, a protest gathering).
#[test]
fn s121_recalled_relatives_states_and_futures_are_no_event() {
    let s = stage();
    let cases: [ControlCase; 10] = [
        ("en", "Officials in P met the envoy of the militia, which abducted two aid workers.", "Officials in P met the envoy of the militia, which abducted two aid workers on Tuesday.", &[("Tuesday", "2019-02-19")], "Abduction/forced disappearance"),
        ("en", "The talks were attended by the rebel group, whose fighters shelled the town of P.", "The talks were attended by the rebel group, whose fighters shelled the town of P on Tuesday.", &[("Tuesday", "2019-02-19")], "Shelling/artillery/missile attack"),
        ("fr", "Le ministre a reçu à P les chefs de la milice, qui a enlevé deux humanitaires.", "Le ministre a reçu à P les chefs de la milice, qui a enlevé mardi deux humanitaires.", &[("mardi", "2020-06-02")], "Abduction/forced disappearance"),
        ("fr", "Le conflit oppose l'armée aux rebelles, soutenus par l'étranger et qui se sont emparés de la ville de P.", "Les rebelles se sont emparés mardi de la ville de P.", &[("mardi", "2020-06-02")], "Non-state actor overtakes territory"),
        ("en", "Commanders said the fighting in P was almost over.", "Fighting broke out in P on Tuesday between the army and rebels.", &[("Tuesday", "2019-02-19")], "Armed clash"),
        ("fr", "Selon l'état-major, les combats à P touchent à leur fin et la bataille touche à sa fin.", "Des combats ont éclaté mardi à P entre l'armée et les rebelles.", &[("mardi", "2020-06-02")], "Armed clash"),
        ("fr", "Le Premier ministre a affirmé que l'armée frappera les positions des rebelles à P.", "Des manifestants se sont rassemblés mardi à P pour protester contre la guerre.", &[("mardi", "2020-06-02")], "Peaceful protest"),
        ("fr", "Les syndicats manifesteront à P contre la réforme.", "Les syndicats ont manifesté mardi à P contre la réforme.", &[("mardi", "2020-06-02")], "Peaceful protest"),
        ("en", "Thousands of displaced families gathered near the border crossing at P.", "Thousands of protesters gathered in P on Tuesday against the war.", &[("Tuesday", "2019-02-19")], "Peaceful protest"),
        ("fr", "Des milliers de déplacés se sont rassemblés près de la frontière à P.", "Des milliers de personnes se sont rassemblées à P mardi pour protester contre la guerre.", &[("mardi", "2020-06-02")], "Peaceful protest"),
    ];
    no_event_and_its_control(&s, &cases);
}

/// S121: a relative clause after a dated sentence, in the same paragraph, tells the story of that
/// day: the rule leaves it be (ACLED's notes date their first sentence only).
#[test]
fn s121_a_relative_clause_after_a_dated_sentence_is_kept() {
    let s = stage();
    let text = "On Tuesday, soldiers clashed with militants in P.\nThe army said it repelled the militants, who attacked an army post.";
    let events = s62_counted(events_of(&s, "en", "2019-02-20", text, &[("Tuesday", "2019-02-19")]));
    assert!(!events.is_empty(), "{events:?}");
}

/// S121, data check: a one-word non-event cue (generic, background, figurative, accident) of the
/// shipped files is too broad when its word is a function word of its language and it reaches
/// further than the word right next to the trigger (scope 1 or +1), or when a trigger pattern
/// matches its word (folded: "incendie" is also "incendié") and its scope is not `trigger`: the
/// cue is then a trigger of its own, and the reason it gives falls on the other triggers near it.
#[test]
fn s121_one_word_non_event_cues_are_not_too_broad() {
    let res = Resources::embedded();
    let mut wrong = Vec::new();
    let stem = |w: &str| w.trim_end_matches('*').to_string();
    for lang in res.languages() {
        let Some(modality_file) = res.get(&format!("lang/{lang}/event-modality.tsv")).map(|_| format!("lang/{lang}/event-modality.tsv")) else { continue };
        let function_words: Vec<String> = res
            .get(&format!("lang/{lang}/function-words.txt"))
            .map(|t| t.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).flat_map(|l| crate::fold::fold_phrase(l.trim())).collect())
            .unwrap_or_default();
        let triggers: Vec<String> = res
            .lines(&format!("lang/{lang}/event-triggers.tsv"))
            .filter_map(|l| l.fields().first().map(|f| crate::fold::fold_phrase(f)))
            .filter(|words| words.len() == 1)
            .map(|mut words| words.remove(0))
            .collect();
        for line in res.lines(&modality_file) {
            let f = line.fields();
            if f.len() < 3 || !matches!(f[0], "generic" | "background" | "figurative" | "accident") {
                continue;
            }
            let words = crate::fold::fold_phrase(f[1]);
            if words.len() != 1 {
                continue;
            }
            let (word, scope) = (&words[0], f[2]);
            if function_words.contains(&stem(word)) && !matches!(scope, "1" | "+1") {
                wrong.push(format!("{modality_file}: `{}` (scope {scope}) is a function word reaching beyond its neighbour", f[1]));
            }
            let a_trigger = triggers.iter().any(|t| {
                let (t_wild, c_wild) = (t.ends_with('*'), word.ends_with('*'));
                let (t_stem, c_stem) = (stem(t), stem(word));
                (t_wild && c_stem.starts_with(&t_stem)) || (!t_wild && !c_wild && *t == *word) || (c_wild && t_stem.starts_with(&c_stem))
            });
            if a_trigger && scope != "trigger" {
                wrong.push(format!("{modality_file}: `{}` (scope {scope}) is itself a trigger word", f[1]));
            }
        }
    }
    assert!(wrong.is_empty(), "{} too broad:\n{}", wrong.len(), wrong.join("\n"));
}

/// S119: a national capital right after a reporting verb ("said Moscow would", "a affirmé que
/// Moscou") is its state speaking or acting: the place of the event told with it wins. Counter-
/// cases: the capital after a locative is where; alone in a sentence with nothing told before, it
/// is kept.
#[test]
fn s119_a_capital_after_a_reporting_verb_is_its_state() {
    let s = stage();
    let places = [("Moscow", 1, "city", "RU"), ("Douma", 2, "city", "SY")];
    let text = "The Russian foreign minister said Moscow would propose a resolution on the attack in Douma.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(2)]);
    let text = "The Russian foreign minister said that Moscow would propose a resolution on the attack in Douma.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(2)]);
    let places = [("Moscou", 1, "city", "RU"), ("Douma", 2, "city", "SY")];
    let text = "Le ministre russe a affirmé que Moscou proposerait une résolution sur l'attaque de Douma.";
    assert_eq!(s113_places(&s, "fr", text, &places), [Some(2)]);
    // Counter-case: the capital after a locative is where the event happened.
    let places = [("Kabul", 1, "city", "AF"), ("Moscow", 2, "city", "RU")];
    let text = "A car bomb killed six people in Kabul, officials said, as talks opened in Moscow.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(1)]);
    // Counter-case: alone, with nothing told before, the capital is the only place there is.
    let places = [("Kabul", 1, "city", "AF")];
    assert_eq!(s113_places(&s, "en", "Officials said Kabul was shelled overnight.", &places), [Some(1)]);
    let places = [("Kaboul", 1, "city", "AF")];
    assert_eq!(s113_places(&s, "fr", "Les autorités ont annoncé que Kaboul avait été visée par des roquettes.", &places), [Some(1)]);
}

// S123: merges and tolls

/// S123: one sentence per line, a place P and the day `Monday`/`lundi`; the first happened
/// event's toll.
fn s123_toll(lang: &str, text: &str, old: &[(&str, &str)]) -> Option<u32> {
    let s = stage();
    let mut d = doc(lang, "2020-05-07", text);
    place(&mut d, "Pala", 1, "SD");
    for day in ["Monday", "lundi"] {
        if text.contains(day) {
            time(&mut d, day, "2020-05-04");
        }
    }
    for &(needle, value) in old {
        time(&mut d, needle, value);
    }
    d.times.sort_by_key(|t| t.span);
    s.run(&mut d);
    d.events.iter().find(|e| e.happened()).and_then(|e| e.fatalities)
}

/// S123: a war's, a conflict's or an epidemic's toll, or one counted since an old date, told
/// beside an event (in its sentence or in a sentence of its own after it) is no event's toll.
/// Counter-cases: the toll of the event told in a campaign word ("killed in the bombardment",
/// with no perfect), a war named before the trigger, a toll sentence about the attack itself.
/// A probe: language, text, the older times the test marks in it (text, value), the toll expected.
type TollProbe<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)], u32);

#[test]
fn s123_a_wars_toll_is_no_events_toll() {
    let table: [TollProbe; 9] = [
        ("en", "Rebels signed a peace deal with the government in Pala on Monday, ending a war that has killed 300,000 people.", &[], 0),
        ("fr", "Les rebelles ont signé lundi un accord de paix à Pala, où la guerre débutée en 2003 a fait dans les premières années au moins 300.000 morts.", &[("2003", "2003")], 0),
        ("en", "Thousands protested in Pala on Monday against a conflict that has left more than 10,000 dead.", &[], 0),
        ("fr", "Des jihadistes ont attaqué lundi un village près de Pala, tuant trois civils.\nLe conflit a fait plus de 10.000 morts.", &[], 3),
        ("en", "Gunmen attacked a village near Pala on Monday, killing three civilians.\nMore than 10,000 people have been killed since 2012.", &[("2012", "2012")], 3),
        // Counter-cases: the event's own toll.
        ("en", "Rebels shelled Pala on Monday; five civilians were killed in the bombardment.", &[], 5),
        ("fr", "Pendant la guerre civile, des rebelles ont attaqué lundi un village près de Pala, tuant trois civils.", &[], 3),
        ("en", "Gunmen attacked a village near Pala on Monday.\nThree civilians have been killed in the attack, officials said.", &[], 3),
        ("fr", "Des hommes armés ont attaqué lundi un poste de police à Pala.\nL'attaque a fait douze morts, selon une source sécuritaire.", &[], 12),
    ];
    for (lang, text, old, dead) in table {
        assert_eq!(s123_toll(lang, text, old), Some(dead), "{lang}: {text}");
    }
}

/// S123: a place taken told over a span of days ("la semaine dernière") by one side, and on a day
/// inside it by the other side's telling, is one change of hands, on that day; on a day outside
/// the span, two.
#[test]
fn s123_a_place_taken_in_a_span_and_on_a_day_in_it_is_one_change_of_hands() {
    let run = |day: &str| {
        let s = stage();
        let text = "L'armée régulière a repris la ville de Y la semaine dernière.\nLes jihadistes du groupe X ont repris mercredi le contrôle de la ville de Y.";
        let mut d = doc("fr", "2020-03-09", text);
        actor(&mut d, "armée régulière", 1, Some("SY"));
        actor(&mut d, "groupe X", 2, None);
        let at = text.find("Y").unwrap();
        d.places.push(Place { span: Span::new(at, at + 1), geo: Some(GeoRef { geonameid: Some(1), country: Some("SY".into()), ..Default::default() }) });
        let at = text.rfind("Y").unwrap();
        d.places.push(Place { span: Span::new(at, at + 1), geo: Some(GeoRef { geonameid: Some(1), country: Some("SY".into()), ..Default::default() }) });
        time(&mut d, "la semaine dernière", "2020-W10");
        time(&mut d, "mercredi", day);
        d.times.sort_by_key(|t| t.span);
        s.run(&mut d);
        d.events.into_iter().filter(|e| e.happened()).collect::<Vec<_>>()
    };
    let one = run("2020-03-04");
    assert_eq!(one.len(), 1, "{one:?}");
    assert_eq!(one[0].date.as_deref(), Some("2020-03-04"));
    assert_eq!(one[0].mentions.len(), 2, "{one:?}");
    let two = run("2020-02-26");
    assert_eq!(two.len(), 2, "{two:?}");
}

/// A trade that also protests is the civilians hit when it is hit, and the crowd (with no second
/// side of civilians) when it marches or riots.
#[test]
fn s122_a_trade_hit_is_civilians_marching_is_the_crowd() {
    for (lang, text) in [
        ("en", "Gunmen killed two teachers in P on Tuesday."),
        ("en", "Three mine workers were killed on Tuesday when a bomb exploded near P."),
        ("fr", "Des hommes armés ont tué deux enseignants mardi à P."),
        ("fr", "Trois ouvriers ont été tués mardi par l'explosion d'une bombe près de P."),
    ] {
        let e = s97_event(lang, text, "ML", &[]);
        assert_eq!(e.actor2.as_ref().and_then(|a| a.inter), Some(7), "{text}: {e:?}");
    }
    for (lang, text) in [
        ("en", "Hundreds of workers barricaded roads with burning tyres in P on Tuesday."),
        ("fr", "Des centaines d'ouvriers ont bloqué les routes avec des pneus en feu mardi à P."),
    ] {
        let e = s97_event(lang, text, "ML", &[]);
        assert!(e.actor1.as_ref().and_then(|a| a.inter).is_some_and(|i| i == 5 || i == 6), "{text}: {e:?}");
        assert_ne!(e.actor2.as_ref().and_then(|a| a.inter), Some(7), "{text}: {e:?}");
    }
}

// S125: typing

/// S125: the side hit read from the victim word the typing rule reads: armed people hit with
/// civilians make a clash (the civilians read as the side hit do not turn it into an attack on
/// them); a victim word right after an agent marker before the trigger names who acted, not who
/// was hit; an attack then, in the next sentence, the attackers driven off with no toll of its
/// own is one armed clash. Each with its counter-case.
#[test]
fn s125_clash_attack_read_from_the_side_hit() {
    let s = stage();
    let mut wrong = Vec::new();
    let militants = ("Militants", 2, "IN");
    let civilian = ("civilian", 7, "IN");
    let jihadistes = ("Des jihadistes", 2, "ML");
    let civil = ("un civil", 7, "ML");
    let guards = ("border guards", 1, "IR");
    let militia = ("Militiamen", 3, "ML");
    let defenders = ("Dozo hunters", 3, "ML");
    let miliciens = ("Des miliciens", 3, "ML");
    let chasseurs = ("des chasseurs dozos", 3, "ML");
    for (lang, text, actors, want) in [
        // Armed people hit, with a civilian.
        ("en", "Militants attacked a police patrol in P on Tuesday in which three policemen and one civilian were killed.", vec![militants, civilian], "Armed clash"),
        ("en", "Militants attacked a bus in P on Tuesday in which three passengers and one civilian were killed.", vec![militants, civilian], "Attack"),
        ("fr", "Des jihadistes ont attaqué une patrouille à P mardi, tuant deux gendarmes et un civil.", vec![jihadistes, civil], "Armed clash"),
        ("fr", "Des jihadistes ont attaqué un car à P mardi, tuant deux passagers et un civil.", vec![jihadistes, civil], "Attack"),
        // Who acted in another clause, named after "by", before the trigger.
        ("en", "On Tuesday, twenty migrants who were caught by border guards near P were beaten.", vec![guards], "Attack"),
        ("en", "On Tuesday, two border guards were beaten by smugglers near P.", vec![], "Armed clash"),
        // The side hit drove the attackers off.
        ("en", "Militiamen attacked the village of P on Tuesday and seized livestock.\nDozo hunters routed the assailants.", vec![militia, defenders], "Armed clash"),
        ("en", "Militiamen attacked the village of P on Tuesday and seized livestock.\nDozo hunters fought off the attackers.", vec![militia, defenders], "Armed clash"),
        ("fr", "Des miliciens ont attaqué le village de P mardi et volé du bétail.\nEnsuite, des chasseurs dozos ont mis en déroute les assaillants.", vec![miliciens, chasseurs], "Armed clash"),
        // Counter-cases: the clash counts its own dead (another telling), or nobody fought back.
        ("en", "Militiamen attacked the village of P on Tuesday and seized livestock.\nDozo hunters routed the assailants, killing five of them.", vec![militia, defenders], "Attack"),
        ("en", "Militiamen attacked the village of P on Tuesday and seized livestock.\nThe villagers fled along the route to the river.", vec![militia], "Attack"),
    ] {
        let got = s94_types(&s, lang, text, &[("P", "ML")], &actors);
        wrong.extend(first_type_mismatch(text, want, &got));
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

// S128: places

/// S128: a country that opens its clause before a subject auxiliary ("the US has avoided", "la
/// France a frappé") is its state acting, not where the event was: the sentence takes the place
/// told before. Counter-cases: a country in a passive ("France has been hit") or not opening its
/// clause ("an attack in France has killed") stays the place.
#[test]
fn s128_a_country_acting_is_not_the_place() {
    let s = stage();
    let places = [("Deir ez-Zor", 2, "city", "SY"), ("US", 3, "country", "US")];
    let text = "Fighting raged near Deir ez-Zor on Thursday. While active in the air war, the US has avoided clashes with the militias there.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(2), Some(2)]);
    let places = [("Gao", 2, "city", "ML"), ("France", 4, "country", "FR")];
    let text = "Des combats ont eu lieu près de Gao jeudi. La France a frappé des positions jihadistes avec des drones.";
    assert_eq!(s113_places(&s, "fr", text, &places), [Some(2), Some(2)]);
    let text = "Gunmen attacked a market in Gao on Sunday. On Monday, France has sent drones to strike them.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(2), Some(2)]);
    // Counter-cases: a passive, a country inside its clause.
    let text = "Gunmen attacked a market in Gao on Sunday. France has been hit by such attacks too.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(2), Some(4)]);
    let text = "Gunmen attacked a market in Gao on Sunday. Officials said an attack in France has killed two.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(2), Some(4)]);
    let text = "Des hommes armés ont attaqué un marché à Gao dimanche. Un attentat en France a fait deux morts.";
    assert_eq!(s113_places(&s, "fr", text, &places), [Some(2), Some(4)]);
}

// S127: days after

/// S127: "N days after the attack", "au lendemain de l'attentat", "à la veille de l'attaque" count
/// the event's day from the day of the earlier event of the article they name.
#[test]
fn s127_a_day_counted_from_an_earlier_event() {
    // Published on Thursday 12 March 2020; Saturday is 7 March.
    let text = "Gunmen attacked a police station in Kano on Saturday, killing four officers.\nTwo days after the attack, gunmen shot dead three villagers near Kano.";
    let events = s110_events("en", "2020-03-12", text, &[("Saturday", "2020-03-07")]);
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[1].date.as_deref(), Some("2020-03-09"), "{events:?}");
    let text = "Des hommes armés ont attaqué un camp militaire à Ménaka le samedi 7 mars, tuant cinq soldats.\nAu lendemain de l'attentat, des manifestants ont défilé à Ménaka.";
    let events = s110_events("fr", "2020-03-12", text, &[("le samedi 7 mars", "2020-03-07")]);
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[1].date.as_deref(), Some("2020-03-08"), "{events:?}");
    let text = "Des hommes armés ont attaqué un camp militaire à Ménaka le samedi 7 mars, tuant cinq soldats.\nÀ la veille de l'attaque, des manifestants ont défilé à Ménaka.";
    let events = s110_events("fr", "2020-03-12", text, &[("le samedi 7 mars", "2020-03-07")]);
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[1].date.as_deref(), Some("2020-03-06"), "{events:?}");
    // A week counted with an article; the day the named event is told with in the phrase.
    let text = "Gunmen attacked a police station in Kano on Saturday, killing four officers.\nA week after the attack, hundreds of people protested in Kano.";
    let events = s110_events("en", "2020-03-20", text, &[("Saturday", "2020-03-07")]);
    assert_eq!(events.last().and_then(|e| e.date.as_deref()), Some("2020-03-14"), "{events:?}");
    let text = "Deux jours après l'attaque du 7 mars, des hommes armés ont abattu trois villageois près de Ménaka.";
    let events = s110_events("fr", "2020-03-12", text, &[("7 mars", "2020-03-07")]);
    assert_eq!(events.first().and_then(|e| e.date.as_deref()), Some("2020-03-09"), "{events:?}");
}

/// S127: a count with no number ("days after") is a span (the second to the sixth day, cut at the
/// publication).
#[test]
fn s127_a_vague_count_is_a_span() {
    let text = "Gunmen attacked a police station in Kano on Saturday, killing four officers.\nDays after the attack, hundreds of people protested in Kano.";
    let events = s110_events("en", "2020-03-12", text, &[("Saturday", "2020-03-07")]);
    assert_eq!(events.last().and_then(|e| e.date.as_deref()), Some("2020-03-09/2020-03-12"), "{events:?}");
    let text = "Des hommes armés ont attaqué un camp militaire à Ménaka le samedi 7 mars, tuant cinq soldats.\nQuelques jours après l'attaque, des manifestants ont défilé à Ménaka.";
    let events = s110_events("fr", "2020-03-20", text, &[("le samedi 7 mars", "2020-03-07")]);
    assert_eq!(events.last().and_then(|e| e.date.as_deref()), Some("2020-03-09/2020-03-13"), "{events:?}");
}

/// S127 counter-cases: a sentence that names a day of its own keeps it; "after the attack" with
/// no count moves nothing (the day it had stays); the event named in the phrase is not
/// moved from its own day; a day counted past the publication is not taken.
#[test]
fn s127_a_day_of_its_own_or_no_count_is_kept() {
    let text = "Gunmen attacked a police station in Kano on Saturday, killing four officers.\nAfter the attack, police arrested six suspects in Kano on Wednesday, and hundreds protested.";
    let events = s110_events("en", "2020-03-12", text, &[("Saturday", "2020-03-07"), ("Wednesday", "2020-03-11")]);
    assert!(events.iter().skip(1).all(|e| e.date.as_deref() == Some("2020-03-11")), "{events:?}");
    let text = "Gunmen attacked a police station in Kano on Saturday, killing four officers.\nTwo days after the attack, hundreds of people protested in Kano on Tuesday.";
    let events = s110_events("en", "2020-03-12", text, &[("Saturday", "2020-03-07"), ("Tuesday", "2020-03-10")]);
    assert_eq!(events.last().and_then(|e| e.date.as_deref()), Some("2020-03-10"), "{events:?}");
    let text = "Gunmen attacked a police station in Kano on Saturday, killing four officers.\nAfter the attack, hundreds of people protested in Kano.";
    let events = s110_events("en", "2020-03-12", text, &[("Saturday", "2020-03-07")]);
    assert_eq!(events.last().and_then(|e| e.date.as_deref()), Some("2020-03-12"), "{events:?}");
    let text = "Gunmen attacked a police station in Kano on Saturday, killing four officers.\nTen days after the attack, hundreds of people protested in Kano.";
    let events = s110_events("en", "2020-03-12", text, &[("Saturday", "2020-03-07")]);
    assert_ne!(events.last().and_then(|e| e.date.as_deref()), Some("2020-03-17"), "{events:?}");
}

// S131: recall
/// Wordings that made no event at all in short reports: a fight among a crowd (and the police
/// stepping into one), a body thrown, people shaved by force, fire "opened fired". Each with the
/// other senses of the same words, which stay no event.
#[test]
fn s131_short_reports_that_made_no_event() {
    let s = stage();
    let mut wrong = Vec::new();
    for (lang, text, want) in [
        ("en", "A fight between dozens of people broke out at the market in P on Tuesday.", "Mob violence"),
        ("en", "Police broke up a fight between two families in P on Tuesday.", "Mob violence"),
        ("en", "A fight between inmates left two prisoners injured in P on Tuesday.", "Mob violence"),
        ("en", "A dead woman was thrown from a pickup truck in P on Tuesday.", "Attack"),
        ("en", "The body of a shopkeeper was thrown into a canal in P on Tuesday.", "Attack"),
        ("en", "Two men were tonsured and paraded through P by villagers on Tuesday.", "Mob violence"),
        ("en", "Troops opened fired against villagers fleeing P on Tuesday, wounding three.", "Attack"),
        ("fr", "Le corps d'un commerçant a été jeté dans un puits à P mardi.", "Attack"),
        ("fr", "Deux femmes ont été tondues de force par des villageois à P mardi.", "Mob violence"),
    ] {
        wrong.extend(first_type_mismatch(text, want, &s95_types(&s, lang, text)));
    }
    // The other senses: no event.
    for (lang, text) in [
        ("en", "The fight between the two parties over the budget grew bitter in P on Tuesday."),
        ("en", "The fight between the people and the elite shaped the vote in P on Tuesday."),
        ("en", "The fight between the two boxers in P was postponed on Tuesday."),
        ("en", "The minister has thrown his body and soul into the campaign in P."),
        ("fr", "Le corps électoral a jeté son dévolu sur le maire de P mardi."),
    ] {
        wrong.extend(first_type_mismatch(text, "none", &s95_types(&s, lang, text)));
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

// S129: actors

/// A demonym that is no actor of its own (`country:` id, no inter), as the actors stage gives
/// one, pushed into a test document.
fn s129_demonym(d: &mut Document, needle: &str, country: &str) {
    let span = span_of(d, needle);
    let actor = ActorRef { id: Some(format!("country:{country}")), country: Some(country.into()), ..Default::default() };
    d.mentions.push(vigie_core::ActorMention { span, actor });
}

/// A crowd named by its nationality is of that country wherever it gathers ("Venezuelan
/// migrants protested in Bogota": Protesters (Venezuela)); a demonym that names no people
/// ("outside the Venezuelan embassy") leaves the crowd of the place's country.
#[test]
fn s129_a_crowd_named_by_its_nationality_is_of_that_country() {
    let s = stage();
    for (lang, text, demonym) in [
        ("en", "Hundreds of Venezuelan migrants protested in P on Tuesday to demand buses home.", "Venezuelan"),
        ("fr", "Des centaines de migrants vénézuéliens ont manifesté mardi à P pour demander des bus.", "vénézuéliens"),
    ] {
        let mut d = s122_paragraph(lang, text, &[]);
        s129_demonym(&mut d, demonym, "VE");
        s.run(&mut d);
        let e = d.events.iter().find(|e| e.sub_event_type == "Peaceful protest").unwrap_or_else(|| panic!("{text}: no protest: {:?}", d.events));
        assert_eq!(e.actor1.as_ref().and_then(|a| a.inter), Some(6), "{text}: {e:?}");
        assert_eq!(e.actor1.as_ref().and_then(|a| a.country.as_deref()), Some("VE"), "{text}: {e:?}");
    }
    // Civilians named by their nationality (the actors stage's role phrase) who protest.
    let text = "Around 30 Ethiopian refugees protested in P on Tuesday against the lack of food.";
    let mut d = s122_paragraph("en", text, &[]);
    let actor = ActorRef { id: Some("cvl:ET".into()), name: Some("Civilians (Ethiopia)".into()), inter: Some(7), country: Some("ET".into()), plover: Some("CVL".into()) };
    d.mentions.push(vigie_core::ActorMention { span: span_of(&d, "Ethiopian refugees"), actor });
    s.run(&mut d);
    let e = d.events.iter().find(|e| e.sub_event_type == "Peaceful protest").unwrap_or_else(|| panic!("{text}: no protest: {:?}", d.events));
    assert_eq!(e.actor1.as_ref().and_then(|a| a.country.as_deref()), Some("ET"), "{text}: {e:?}");
    // Counter-case: the demonym qualifies a building, not the crowd.
    let text = "Outside the Venezuelan embassy, residents protested in P on Tuesday against the curfew.";
    let mut d = s122_paragraph("en", text, &[]);
    s129_demonym(&mut d, "Venezuelan", "VE");
    s.run(&mut d);
    let e = d.events.iter().find(|e| e.sub_event_type == "Peaceful protest").unwrap_or_else(|| panic!("{text}: no protest: {:?}", d.events));
    assert_eq!(e.actor1.as_ref().and_then(|a| a.country.as_deref()), Some("SL"), "{text}: {e:?}");
}

/// ACLED's sides by definition, once typed: mob violence with no side hit named hits civilians;
/// looting whose only side is armed is done by it to civilians ("Looting: regime forces looted
/// ..."); property destroyed by nobody named is an unidentified armed group's. Counter-cases: a
/// mob's named victim (the police) and a looting's named author stay.
#[test]
fn s129_sides_by_definition_of_mobs_and_property() {
    let s = stage();
    let side = |e: &Event| (e.actor1.as_ref().and_then(|a| a.inter), e.actor2.as_ref().and_then(|a| a.inter));
    for (lang, text, parties, kind, want) in [
        ("en", "A mob set a rehab centre on fire in P on Tuesday over the death of a patient.", &[][..], "Mob violence", (Some(5), Some(7))),
        ("fr", "Mardi, à P, une foule en colère a attaqué un bus.", &[][..], "Mob violence", (Some(5), Some(7))),
        ("en", "Looting: on Tuesday, regime forces looted the properties of displaced families in P.", &[("regime forces", 1, "MIL")][..], "Looting/property destruction", (Some(1), Some(7))),
        ("fr", "Pillage : mardi, les forces du régime ont pillé les biens des déplacés à P.", &[("forces du régime", 1, "MIL")][..], "Looting/property destruction", (Some(1), Some(7))),
        ("en", "Unknown arsonists torched a telecommunications mast in P on Tuesday.", &[][..], "Looting/property destruction", (Some(3), Some(7))),
        // Counter-cases: a named side stays.
        ("en", "A mob attacked police officers in P on Tuesday after an arrest.", &[("police officers", 1, "COP")][..], "Mob violence", (Some(5), Some(1))),
        ("en", "Rebels looted shops in P on Tuesday.", &[("Rebels", 2, "REB")][..], "Looting/property destruction", (Some(2), Some(7))),
    ] {
        let mut d = s122_paragraph(lang, text, parties);
        s.run(&mut d);
        let e = d.events.iter().find(|e| e.sub_event_type == kind).unwrap_or_else(|| panic!("{text}: no {kind}: {:?}", d.events));
        assert_eq!(side(e), want, "{text}: {e:?}");
    }
}

// S126: gangs

/// S126: the type and the side hit of the first event `s` finds in `text` (one sentence a line),
/// with the actors the actor stage would mark in it (as `s94_types`).
fn s126_type_and_side(s: &EventStage, lang: &str, text: &str, actors: &[(&str, u8, &str)]) -> Option<(String, Option<String>)> {
    let mut d = doc(lang, "2020-05-07", text);
    place(&mut d, "P", 12600, "BR");
    for (needle, inter, country) in actors {
        for (start, _) in text.match_indices(needle) {
            let actor = ActorRef { name: Some((*needle).into()), inter: Some(*inter), country: Some(country.to_string()), ..Default::default() };
            d.mentions.push(vigie_core::ActorMention { span: Span::new(start, start + needle.len()), actor });
        }
    }
    d.mentions.sort_by_key(|m| m.span);
    for day in ["Tuesday", "mardi"] {
        if let Some(start) = d.text.find(day) {
            d.times.push(TimeExpr { span: Span::new(start, start + day.len()), kind: TimexType::Date, value: "2020-05-05".into() });
        }
    }
    d.times.sort_by_key(|t| t.span);
    s.run(&mut d);
    d.events.iter().find(|e| e.happened()).map(|e| (e.sub_event_type.clone(), e.actor2.as_ref().and_then(|a| a.name.clone())))
}

/// S126: ACLED's gang violence: the one hit named a gang's man by his title ("an alleged drug
/// dealer", "un narcotrafiquant présumé") or by the record the next sentence gives "the victim"
/// ("charges against him for drug trafficking") makes the event a clash between armed groups, a
/// gang the side hit (the one named after his word, else an unidentified gang). Counter-cases: a
/// farmer or a shopkeeper hit, a record for robbery, a victim with no criminal record, a record
/// told two sentences on, a drug user or a drug suspect (the Philippines' drug war): attacks.
#[test]
fn s126_a_gangs_man_hit_is_a_clash_between_armed_groups() {
    let s = stage();
    let gunmen = ("Gunmen", 3, "BR");
    let two_gunmen = ("two gunmen", 3, "BR");
    let ms13 = ("MS-13", 3, "SV");
    let b18 = ("Barrio-18", 3, "SV");
    let armes = ("Des hommes armés", 3, "BR");
    let deux = ("deux hommes armés", 3, "BR");
    let gang = Some("Unidentified Gang");
    let mut wrong = Vec::new();
    for (lang, text, actors, want, side) in [
        ("en", "Gunmen attacked an alleged drug dealer in P on Tuesday.", vec![gunmen], "Armed clash", gang),
        ("en", "Gunmen shot dead a known gang leader in P on Tuesday.", vec![gunmen], "Armed clash", gang),
        ("en", "Gunmen attacked a farmer in P on Tuesday.", vec![gunmen], "Attack", None),
        ("en", "Members of MS-13 shot and killed a gang member from Barrio-18 in P on Tuesday.", vec![ms13, b18], "Armed clash", Some("Barrio-18")),
        ("en", "Police shot dead an alleged member of the opposition party in P on Tuesday.", vec![], "Attack", None),
        ("fr", "Des hommes armés ont abattu un membre présumé d'un parti d'opposition à P mardi.", vec![armes], "Attack", None),
        ("en", "On Tuesday, a man was shot dead in P by two gunmen.\nThe victim had charges against him for drug trafficking.", vec![two_gunmen], "Armed clash", gang),
        ("en", "On Tuesday, a man was shot dead in P by two gunmen.\nThe victim had charges against him for robbery.", vec![two_gunmen], "Attack", None),
        ("en", "On Tuesday, a man was shot dead in P by two gunmen.\nPolice said the victim had no criminal record.", vec![two_gunmen], "Attack", None),
        ("en", "On Tuesday, a man was shot dead in P by two gunmen.\nThe police later seized two kilos of drugs.\nThe victim had been convicted of drug trafficking.", vec![two_gunmen], "Attack", None),
        ("en", "On Tuesday, a man was shot dead in P by two gunmen.\nThe victim was a drug user.", vec![two_gunmen], "Attack", None),
        ("en", "On Tuesday, a drug suspect was killed during a police raid in P.", vec![], "Attack", None),
        ("fr", "Des hommes armés ont abattu un narcotrafiquant présumé à P mardi.", vec![armes], "Armed clash", gang),
        ("fr", "Des hommes armés ont abattu un commerçant à P mardi.", vec![armes], "Attack", None),
        ("fr", "Mardi, un homme a été tué par balle à P par deux hommes armés.\nLa victime était connue des services de police pour trafic de drogue.", vec![deux], "Armed clash", gang),
        ("fr", "Mardi, un homme a été tué par balle à P par deux hommes armés.\nLa victime était connue des services de police pour vol.", vec![deux], "Attack", None),
    ] {
        let got = s126_type_and_side(&s, lang, text, &actors);
        let ok = got.as_ref().is_some_and(|(t, a)| t == want && (side.is_none() || a.as_deref() == side));
        if !ok {
            wrong.push(format!("{text}: want {want} {side:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

// S130: merges and recalls

/// S130: the events of `text` (published `published`) that happened, with the towns `Aldera`,
/// `Borvia` (Veldor, their country, `VL`), the temporal expressions `days` (needle, value) and
/// the actors `sides` (needle, inter, country).
fn s130_run(lang: &str, published: &str, text: &str, days: &[(&str, &str)], sides: &[(&str, u8, &str)]) -> Vec<Event> {
    let s = stage();
    let mut d = veldor_doc(lang, published, text, "VL", days);
    for &(needle, inter, country) in sides {
        for (start, _) in text.match_indices(needle) {
            let actor = ActorRef { name: Some(needle.into()), inter: Some(inter), country: Some(country.into()), ..Default::default() };
            d.entities.push(Entity { span: Span::new(start, start + needle.len()), label: EntityLabel::Organisation, actor: Some(actor) });
        }
    }
    d.entities.sort_by_key(|e| e.span);
    s.run(&mut d);
    d.events.into_iter().filter(|e| e.happened()).collect()
}

/// S130: a death told "début mai" (early May: the 1st to the 10th, `month_early`) is not the toll
/// of a headline of 26 May, which the month holds: two events. Counter-cases: "en mai", "fin mai"
/// (the month, its part holding the 26th): the headline's toll, then its bomb, one event.
#[test]
fn s130_a_part_of_a_month_that_misses_the_day_is_another_event() {
    let head = "Deux soldats tués en opération au Veldor\n";
    for (when, value, want) in [
        ("début mai", "2020-05", 2),
        ("mi-mai", "2020-05", 2),
        ("en mai", "2020-05", 1),
        ("fin mai", "2020-05", 1),
    ] {
        let text = format!("{head}Deux soldats ont été tués {when} par l'explosion d'un engin explosif improvisé au passage de leur véhicule blindé près d'Aldera.");
        let got = s130_run("fr", "2020-05-26", &text, &[(when, value)], &[]);
        assert_eq!(got.len(), want, "{when}: {got:?}");
    }
    let head = "Two soldiers killed in Veldor\n";
    for (when, want) in [("early May", 2), ("in May", 1), ("late May", 1)] {
        let text = format!("{head}Two soldiers were killed {when} when an improvised explosive device hit their armoured vehicle near Aldera.");
        let got = s130_run("en", "2020-05-26", &text, &[(when.trim_start_matches("in "), "2020-05")], &[]);
        assert_eq!(got.len(), want, "{when}: {got:?}");
    }
}

/// S128: a country after an agent marker ("backed by Qatar", "par la France") is the state that
/// acts, not where. Counter-case: a country after a locative stays.
#[test]
fn s128_a_country_after_by_is_not_the_place() {
    let s = stage();
    let places = [("Douma", 2, "city", "SY"), ("Qatar", 5, "country", "QA")];
    let text = "Fighting raged in Douma on Sunday. The rebels, backed by Qatar, held out for a week.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(2), Some(2)]);
    let places = [("Gao", 2, "city", "ML"), ("France", 4, "country", "FR")];
    let text = "Des combats ont eu lieu près de Gao jeudi. Les jihadistes ont été frappés par la France vendredi.";
    assert_eq!(s113_places(&s, "fr", text, &places), [Some(2), Some(2)]);
    let text = "Des combats ont eu lieu près de Gao jeudi. Deux jihadistes ont été arrêtés en France vendredi.";
    assert_eq!(s113_places(&s, "fr", text, &places), [Some(2), Some(4)]);
}

/// S128: the place carried to a sentence naming none lies in the article's theatre counted
/// without the attributes: towns named as a source's or a person's home ("from New York") do not
/// make their country the theatre. Counter-case: towns where something happened do.
#[test]
fn s128_the_theatre_of_a_carried_place_leaves_out_attributes() {
    let s = stage();
    let places = [("Deir ez-Zor", 2, "city", "SY"), ("New York", 6, "city", "US"), ("Boston", 7, "city", "US")];
    let text = "Clashes broke out near Deir ez-Zor on Thursday. A reporter from New York and a man from Boston saw them. Up to 200 fighters could have been killed.";
    assert_eq!(s113_places(&s, "en", text, &places)[2], Some(2));
    let text = "Clashes broke out near Deir ez-Zor on Thursday. Protesters marched in New York and in Boston. Two of them were hurt.";
    assert_ne!(s113_places(&s, "en", text, &places)[2], Some(2));
}

/// S127 counter-case: a day unit with no number and no vague word before it ("that same day
/// after the protest") counts nothing; nor does a cue followed by a verb ("the day before
/// gathered"): it names no event.
#[test]
fn s127_a_day_with_no_count_counts_nothing() {
    let text = "Hundreds of people protested in Kano on Saturday.\nPolice detained twenty marchers that same day after the protest in Kano.";
    let events = s110_events("en", "2020-03-12", text, &[("Saturday", "2020-03-07")]);
    assert!(events.iter().all(|e| !e.date.as_deref().unwrap_or("").contains('/')), "{events:?}");
    let s = stage();
    let d = doc("en", "2020-03-12", "A smaller demonstration the day before gathered dozens of students in Kano.");
    let words = fold::words(&d.text, Span::new(0, d.text.len()));
    let data = &s.res.languages["en"];
    let triggers = data.triggers.find_all(&words);
    let best = triggers.first().copied().expect("a trigger");
    let earlier = [(Event { sub_event_type: "Peaceful protest".into(), date: Some("2020-03-07".into()), ..Default::default() }, true)];
    assert_eq!(counted_day(&d, data, &s.res.taxonomy, &words, Span::new(0, d.text.len()), &[], &triggers, &best, &earlier), None);
}

/// S127: a sentence that tells the named event again ("Au lendemain de l'attaque de Marseille, ..."
/// in the next day's paper) dates it by the telling's day counted back; a day in the trigger's
/// relative clause ("l'attaque qui a frappé dimanche") is the event's own.
#[test]
fn s127_the_named_event_told_again_is_counted_back() {
    let s = stage();
    let data = &s.res.languages["fr"];
    for (text, days, want) in [
        ("Au lendemain de l'attaque au couteau de Marseille, le maire a appelé au calme.", vec![], "2017-10-01"),
        ("Trois jours après l'attaque qui a frappé Strasbourg, le gouvernement a relevé le niveau d'alerte vendredi.", vec![("vendredi", "2017-09-29")], "2017-09-26"),
        ("Au lendemain des attaques coordonnées qui ont frappé dimanche Colombo, le bilan a été revu lundi.", vec![("dimanche", "2017-10-01"), ("lundi", "2017-10-02")], "2017-10-01"),
    ] {
        let mut d = doc("fr", "2017-10-02", text);
        for (needle, value) in days {
            let span = span_of(&d, needle);
            d.times.push(TimeExpr { span, kind: TimexType::Date, value: value.into() });
        }
        let mut words = fold::words(&d.text, Span::new(0, d.text.len()));
        fold::mark_elisions(&mut words, &s.res.elisions);
        let triggers = data.triggers.find_all(&words);
        let best = *triggers.iter().find(|t| words[t.start].folded.contains("attaque")).unwrap_or_else(|| panic!("{:?} {triggers:?}", words.iter().map(|w| &w.folded).collect::<Vec<_>>()));
        let got = counted_day(&d, data, &s.res.taxonomy, &words, Span::new(0, d.text.len()), &[], &triggers, &best, &[]);
        assert_eq!(got, Some((want.to_string(), true)), "{text}");
    }
}

// S137: history
/// S137: a participle clause detached by commas, opening the sentence or set after a name, that
/// holds an old date or names its agent with no recent day near tells who the sentence is about by
/// the past: no event. Counter-cases told with a recent day in that clause (today's event told by a
/// participle) stay one event, and so does the main clause's own violence.
#[test]
fn s137_a_detached_participle_clause_recalls_the_past() {
    let s = stage();
    // (language, published, text, its dates, the events wanted)
    type Case<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, &'a str)], &'a [&'a str]);
    let cases: [Case; 8] = [
        ("en", "2019-02-20", "Kidnapped at 11 by Isis fighters, she was reunited with her family in P.", &[], &[]),
        ("fr", "2020-06-04", "Kidnappée à l'âge de 11 ans par le groupe Etat islamique (EI), Layla a retrouvé sa famille à P.", &[], &[]),
        ("en", "2019-02-20", "The British hostage, seized by Isis in 2012, is alive, officials in P said.", &[("2012", "2012")], &[]),
        ("fr", "2020-06-04", "Il est accusé d'un crime contre un opposant, torturé à mort en 2011 dans une prison du régime de Bachar al-Assad à P, précise le parquet.", &[("2011", "2011")], &[]),
        // Counter-cases: today's event told by a participle clause, dated in it.
        ("en", "2019-02-20", "Kidnapped by gunmen in P on Tuesday, the aid worker was freed hours later.", &[("Tuesday", "2019-02-19")], &["Abduction/forced disappearance"]),
        ("fr", "2020-06-04", "Enlevé mardi par des hommes armés à P, l'humanitaire a été libéré quelques heures plus tard.", &[("mardi", "2020-06-02")], &["Abduction/forced disappearance"]),
        ("fr", "2020-06-04", "Le journaliste, enlevé mardi par des hommes armés à P, a été libéré.", &[("mardi", "2020-06-02")], &["Abduction/forced disappearance"]),
        // The main clause's violence is not the apposition's.
        ("en", "2019-02-20", "Gunmen, backed by the militia, abducted two aid workers in P on Tuesday.", &[("Tuesday", "2019-02-19")], &["Abduction/forced disappearance"]),
    ];
    let mut wrong = Vec::new();
    for &(lang, published, text, dates, want) in &cases {
        let got = s62_counted(events_of(&s, lang, published, text, dates));
        if got != want {
            wrong.push(format!("{text}: {got:?}, not {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

// S135: news sides

/// S135: a generic or named actor mention with its id, as the actors stage gives it.
fn s135_mention(d: &mut Document, needle: &str, id: &str, name: &str, inter: u8, country: &str) {
    let span = span_of(d, needle);
    let actor = ActorRef { id: Some(id.into()), name: Some(name.into()), inter: Some(inter), country: Some(country.into()), ..Default::default() };
    d.mentions.push(vigie_core::ActorMention { span, actor });
    d.mentions.sort_by_key(|m| m.span);
}

/// S135: the prisoners an agreement frees are not a party to it, in both languages; the party is
/// who they belong to. Counter-case: prisoners killed in an attack are its victims.
#[test]
fn s135_prisoners_freed_are_no_party_to_the_agreement() {
    let s = stage();
    for (lang, text, government, held, group) in [
        ("en", "The Afghan government released 400 Taliban prisoners in Kabul on Saturday as part of the truce.", "Afghan government", "prisoners", "Taliban"),
        ("fr", "Le gouvernement afghan a libéré samedi 400 prisonniers talibans à Kaboul dans le cadre du cessez-le-feu.", "gouvernement afghan", "prisonniers", "talibans"),
    ] {
        let mut d = doc(lang, "2020-08-10", text);
        s135_mention(&mut d, government, "gov:AF", "Government of Afghanistan", 1, "AF");
        s135_mention(&mut d, held, "prisoners", "Prisoners", 7, "AF");
        s135_mention(&mut d, group, "taliban", "Taliban", 2, "AF");
        place(&mut d, if lang == "en" { "Kabul" } else { "Kaboul" }, 1138958, "AF");
        s.run(&mut d);
        let e = d.events.iter().find(|e| e.sub_event_type == "Agreement").unwrap_or_else(|| panic!("{text}: {:?}", d.events));
        assert_eq!(e.actor1.as_ref().and_then(|a| a.id.as_deref()), Some("gov:AF"), "{text}: {e:?}");
        assert_eq!(e.actor2.as_ref().and_then(|a| a.id.as_deref()), Some("taliban"), "{text}: {e:?}");
    }
    // The prisoners named with the truce (a title, a release welcomed): before S135 the prisoners
    // were the second side of both.
    for text in [
        "Afghanistan: la trêve tient toujours à Kaboul, de nouveaux prisonniers talibans libérés",
        "Les talibans ont salué samedi la libération de 400 prisonniers talibans à Kaboul dans le cadre du cessez-le-feu.",
    ] {
        let mut d = doc("fr", "2020-08-10", text);
        s135_mention(&mut d, "prisonniers", "prisoners", "Prisoners", 7, "AF");
        s135_mention(&mut d, "talibans", "taliban", "Taliban", 2, "AF");
        place(&mut d, "Kaboul", 1138958, "AF");
        s.run(&mut d);
        let e = d.events.iter().find(|e| e.sub_event_type == "Agreement").unwrap_or_else(|| panic!("{text}: {:?}", d.events));
        assert!([&e.actor1, &e.actor2].iter().all(|a| a.as_ref().and_then(|a| a.id.as_deref()) != Some("prisoners")), "{text}: {e:?}");
        assert!(e.actor1.is_none() || e.actor1 != e.actor2, "{text}: {e:?}");
    }
    for (lang, text, held) in [
        ("en", "Gunmen killed five prisoners in Kabul on Saturday.", "five prisoners"),
        ("fr", "Des hommes armés ont tué samedi cinq prisonniers à Kaboul.", "cinq prisonniers"),
    ] {
        let mut d = doc(lang, "2020-08-10", text);
        s135_mention(&mut d, held, "prisoners", "Prisoners", 7, "AF");
        place(&mut d, if lang == "en" { "Kabul" } else { "Kaboul" }, 1138958, "AF");
        s.run(&mut d);
        let e = d.events.first().unwrap_or_else(|| panic!("{text}: no event"));
        assert_eq!(e.actor2.as_ref().and_then(|a| a.id.as_deref()), Some("prisoners"), "{text}: {e:?}");
    }
}

/// S135: an agreement whose two sides are one actor has no second side; counter-case: a clash
/// between two unnamed armed groups keeps both (ACLED codes Unidentified Armed Group twice).
#[test]
fn s135_an_agreement_is_not_made_with_itself() {
    let taliban = ActorRef { id: Some("taliban".into()), name: Some("Taliban".into()), inter: Some(2), country: Some("AF".into()), ..Default::default() };
    let group = ActorRef { name: Some(UNIDENTIFIED_ARMED_GROUP.into()), inter: Some(UNIDENTIFIED), country: Some("SY".into()), ..Default::default() };
    let mut events = vec![
        (Event { sub_event_type: "Agreement".into(), actor1: Some(taliban.clone()), actor2: Some(taliban.clone()), ..Default::default() }, true),
        (Event { sub_event_type: "Armed clash".into(), actor1: Some(group.clone()), actor2: Some(group.clone()), ..Default::default() }, true),
    ];
    no_agreement_with_itself(&mut events);
    assert_eq!(events[0].0.actor2, None);
    assert_eq!(events[1].0.actor2, Some(group));
    assert!(same_actor(&taliban, &taliban.clone()));
    assert!(!same_actor(&taliban, &ActorRef { id: Some("ttp".into()), ..taliban.clone() }));
}

// S138: French types

/// S138: a clash word whose only ones named hit before it are civilians, with one armed side (the
/// one it was fought "with"), is an armed actor on civilians: ACLED's attack, in French and in
/// English. Counter-cases: soldiers hit with the civilian, or two armed sides named, keep a clash.
#[test]
fn s138_a_clash_that_only_hit_civilians_is_an_attack() {
    let s = stage();
    let typed = |lang: &str, text: &str, sides: &[(&str, u8)]| {
        let mut d = doc(lang, "2020-08-20", text);
        for &(needle, inter) in sides {
            actor(&mut d, needle, inter, Some("FR"));
        }
        s.run(&mut d);
        let e = d.events.iter().find(|e| e.happened()).unwrap_or_else(|| panic!("no event in {text}: {:?}", d.events));
        (e.sub_event_type.clone(), e.actor2.as_ref().and_then(|a| a.inter))
    };
    let (t, a2) = typed("fr", "Un civil a été tué mardi dans un accrochage avec des soldats français près de Gao.", &[("Un civil", 7), ("soldats français", 8)]);
    assert_eq!((t.as_str(), a2), ("Attack", Some(7)));
    let (t, _) = typed("en", "A civilian was killed on Tuesday in a clash with French soldiers near Gao.", &[("A civilian", 7), ("French soldiers", 8)]);
    assert_eq!(t, "Attack");
    // Counter-cases.
    let (t, _) = typed("fr", "Deux soldats et un civil ont été tués mardi dans un accrochage avec des jihadistes près de Gao.", &[("un civil", 7), ("jihadistes", 2)]);
    assert_eq!(t, "Armed clash");
    let (t, _) = typed("fr", "Un civil a été tué mardi dans des affrontements entre l'armée et des jihadistes près de Gao.", &[("Un civil", 7), ("l'armée", 1), ("jihadistes", 2)]);
    assert_eq!(t, "Armed clash");
}

// S136: aggregates

/// S136: a generic cue written to the end of its date ("over the past week", "every day", "en une
/// semaine") tells a total or a habit, when it opens the sentence or stands within six words of the
/// trigger. Counter-cases: a cue that stops inside its date ("over the past 24 hours") dates one
/// event; a habit far off in a long clause qualifies something else (the fuel wanted every day).
#[test]
fn s136_a_stretch_or_a_frequency_written_whole_is_no_event() {
    let s = stage();
    for (lang, text, dates) in [
        ("en", "Hospitals in P were targeted by Russian warplanes over the past week.", vec![("the past week", "P1W")]),
        ("en", "In the past month airstrikes on P killed 300 people, most of them civilians.", vec![("the past month", "P1M")]),
        ("en", "They raped me in P every day.", vec![("every day", "P1D")]),
        ("en", "Two suicide bombers attacked in P in the last month.", vec![("the last month", "P1M")]),
        ("fr", "Plus de 400 soldats ont été tués par les talibans à P en une semaine.", vec![("une semaine", "P1W")]),
    ] {
        let events = events_of(&s, lang, "2020-05-09", text, &dates);
        assert!(events.iter().all(|e| !e.happened()), "{text}: {events:?}");
    }
    // Counter-cases: one event each.
    for (lang, text, dates) in [
        ("en", "Airstrikes over the past 24 hours killed 20 people in P.", vec![("the past 24 hours", "PT24H")]),
        ("en", "Workers protested in P on Friday to demand that they be allowed to fill their tanks every day.", vec![("Friday", "2020-05-08"), ("every day", "P1D")]),
        ("fr", "Des frappes aériennes ont tué 20 personnes à P au cours des dernières 24 heures.", vec![("dernières 24 heures", "PT24H")]),
    ] {
        let events = events_of(&s, lang, "2020-05-09", text, &dates);
        assert_eq!(events.iter().filter(|e| e.happened()).count(), 1, "{text}: {events:?}");
    }
}

/// S138 counter-case: the clash told as the verb of those named ("killed fighting Islamic State")
/// makes them a side that fought, not civilians hit: no attack.
#[test]
fn s138_civilians_who_fought_are_no_attack() {
    let s = stage();
    let mut d = doc("en", "2020-08-20", "Two British men were killed on Tuesday fighting Islamic State near Raqqa.");
    actor(&mut d, "British men", 7, Some("GB"));
    actor(&mut d, "Islamic State", 2, None);
    s.run(&mut d);
    assert!(d.events.iter().all(|e| e.sub_event_type != "Attack"), "{:?}", d.events);
}

// S142: sides of crowds and clashes

/// S142: `s122_paragraph` with the civilians among the parties resolved as the actor stage
/// resolves a crowd word ("residents": id `civilians`).
fn s142_paragraph(text: &str, parties: &[(&str, u8, &str)]) -> Document {
    let mut d = s122_paragraph("en", text, parties);
    for m in d.mentions.iter_mut().filter(|m| m.actor.inter == Some(7)) {
        m.actor.id = Some("civilians".into());
    }
    d
}

/// S142: the civilians a protest names (its own people, "residents protested") give way, as the
/// second side, to the force that met the crowd, named in the next sentence. Counter-case: a
/// mob's victims stay its second side when the police come afterwards.
#[test]
fn s142_the_force_replaces_the_crowds_own_people() {
    let s = stage();
    let mut d = s142_paragraph(
        "Residents protested in P on Tuesday against the water cuts. The police dispersed the protesters with tear gas.",
        &[("Residents", 7, "CVL"), ("police", 1, "COP")],
    );
    s.run(&mut d);
    let met = ["Protest with intervention", "Violent demonstration", "Excessive force against protesters"];
    let e = d.events.iter().find(|e| met.contains(&e.sub_event_type.as_str())).unwrap_or_else(|| panic!("no protest met by a force: {:?}", d.events));
    assert_eq!(s97_name(&e.actor2), Some("police"), "{e:?}");
    let mut d = s142_paragraph("A mob attacked villagers in P on Tuesday. Police officers later arrived.", &[("villagers", 7, "CVL"), ("Police officers", 1, "COP")]);
    s.run(&mut d);
    assert!(d.events.iter().all(|e| e.sub_event_type != "Mob violence" || s97_name(&e.actor2) == Some("villagers")), "{:?}", d.events);
}

/// S142: civilians read as a side of an armed clash are an unidentified armed group against a
/// state's forces, a communal militia against a communal militia. Counter-case: against an armed
/// group they stay civilians (more often the dead of a fight than one of its sides).
#[test]
fn s142_civilians_are_no_side_of_a_clash() {
    let s = stage();
    for (text, parties, want) in [
        ("Police officers clashed with suspects in P on Tuesday.", &[("Police officers", 1, "COP"), ("suspects", 7, "CVL")][..], Some(3)),
        ("Clan militiamen clashed with villagers in P on Tuesday.", &[("Clan militiamen", 4, "UAF"), ("villagers", 7, "CVL")][..], Some(4)),
        ("Jihadists clashed with villagers in P on Tuesday.", &[("Jihadists", 2, "REB"), ("villagers", 7, "CVL")][..], Some(7)),
    ] {
        let mut d = s142_paragraph(text, parties);
        s.run(&mut d);
        let e = d.events.iter().find(|e| e.sub_event_type == "Armed clash").unwrap_or_else(|| panic!("{text}: no clash: {:?}", d.events));
        let villagers = if e.actor1.as_ref().and_then(|a| a.inter) == Some(parties[0].1) { &e.actor2 } else { &e.actor1 };
        assert_eq!(villagers.as_ref().and_then(|a| a.inter), want, "{text}: {e:?}");
    }
}

// S141: security measures and territory handed over

/// S141: the sub-event type of the first event that happened in `text`, with the actors given.
fn s141_type(lang: &str, text: &str, sides: &[(&str, u8)]) -> String {
    let s = stage();
    let mut d = doc(lang, "2020-05-11", text);
    for &(needle, inter) in sides {
        actor(&mut d, needle, inter, None);
    }
    s.run(&mut d);
    d.events.iter().find(|e| e.happened()).map(|e| e.sub_event_type.clone()).unwrap_or_default()
}

/// S141: an authority banning gatherings by its verb ("banned all demonstrations", "a interdit
/// toute manifestation") or declaring martial law is a security measure: ACLED's change to
/// group/activity. Counter-cases: a protest held "despite a ban on demonstrations" stays a protest.
#[test]
fn s141_a_ban_on_gatherings_is_a_change_to_group() {
    for (lang, text) in [
        ("en", "The governor banned all demonstrations and marches in the province for 15 days."),
        ("en", "The governor prohibited rallies in the province until Friday."),
        ("en", "The government declared martial law in the northern province on Sunday."),
        ("fr", "Le préfet a interdit toute manifestation dans le centre-ville samedi."),
        ("fr", "Le gouvernement a décrété la loi martiale dans la province dimanche."),
    ] {
        let sides: Vec<(&str, u8)> = [("government", 1), ("gouvernement", 1)].into_iter().filter(|(n, _)| text.contains(n)).collect();
        assert_eq!(s141_type(lang, text, &sides), "Change to group/activity", "{text}");
    }
    for (lang, text) in [
        ("en", "Thousands of people protested in the capital on Saturday despite a ban on demonstrations."),
        ("fr", "Des milliers de personnes ont manifesté samedi malgré l'interdiction de manifester."),
    ] {
        assert_eq!(s141_type(lang, text, &[]), "Peaceful protest", "{text}");
    }
}

/// S141: a place taken after the side holding it retreated, or entered or taken without meeting
/// resistance, is a non-violent transfer of territory; the French "sont entrés" keeps its
/// auxiliary in the pattern (the rebels entered, they were not taken). Counter-cases: a taking
/// after fighting stays an overtaking or a regaining.
#[test]
fn s141_a_place_left_or_entered_unopposed_is_a_transfer() {
    let transfer = "Non-violent transfer of territory";
    for (lang, text, sides) in [
        ("en", "Taliban fighters took control of the district after Afghan forces retreated overnight.", &[("Taliban fighters", 2), ("Afghan forces", 1)][..]),
        ("en", "Rebels took control of the town without meeting any resistance.", &[("Rebels", 2)][..]),
        ("fr", "Les rebelles sont entrés dans la ville sans combat.", &[("rebelles", 2)][..]),
        ("fr", "Les rebelles ont pris la ville sans rencontrer la moindre résistance.", &[("rebelles", 2)][..]),
        ("fr", "L'armée a repris le contrôle de la ville après le retrait des rebelles.", &[("L'armée", 1), ("rebelles", 2)][..]),
    ] {
        assert_eq!(s141_type(lang, text, sides), transfer, "{text}");
    }
    for (lang, text, sides, want) in [
        (
            "en",
            "Taliban fighters took control of the district after heavy clashes with Afghan forces.",
            &[("Taliban fighters", 2), ("Afghan forces", 1)][..],
            "Non-state actor overtakes territory",
        ),
        (
            "fr",
            "L'armée a repris la ville après de violents combats qui ont précédé le retrait des rebelles.",
            &[("L'armée", 1), ("rebelles", 2)][..],
            "Government regains territory",
        ),
    ] {
        assert_eq!(s141_type(lang, text, sides), want, "{text}");
    }
}

// S140: the riot family

/// S140: a mob's clash words that hold an armed group ("criminal groups clashed", "deux groupes
/// armés se sont affrontés") tell two organised armed sides: an armed clash. Counter-cases: the
/// same words with no armed group stay mob violence, and a mob word that is the group's whole
/// name ("vigilantes") is no clash.
#[test]
fn s140_clash_words_that_hold_an_armed_group_are_a_battle() {
    let s = stage();
    let mut d = doc("en", "2020-05-06", "On Tuesday, criminal groups clashed near the village of P.");
    actor(&mut d, "criminal groups", 3, None);
    s.run(&mut d);
    assert!(d.events.iter().any(|e| e.sub_event_type == "Armed clash"), "{:?}", d.events);
    assert!(d.events.iter().all(|e| e.sub_event_type != "Mob violence"), "{:?}", d.events);
    let mut d = doc("fr", "2020-05-06", "Mardi, deux groupes armés se sont affrontés près du village de P.");
    actor(&mut d, "groupes armés", 3, None);
    s.run(&mut d);
    assert!(d.events.iter().any(|e| e.sub_event_type == "Armed clash"), "{:?}", d.events);
    let mut d = doc("en", "2020-05-06", "On Tuesday, two groups clashed over a plot of land near the village of P.");
    s.run(&mut d);
    assert!(d.events.iter().any(|e| e.sub_event_type == "Mob violence"), "{:?}", d.events);
    let mut d = doc("en", "2020-05-06", "On Tuesday, vigilantes lynched a suspected thief in the village of P.");
    actor(&mut d, "vigilantes", 3, None);
    s.run(&mut d);
    assert!(d.events.iter().all(|e| e.sub_event_type != "Armed clash"), "{:?}", d.events);
}

/// S140: the police named as the area where a mob struck ("under Q police station", Indian
/// English) are a place, no side of it. Counter-case: police the mob attacked are its side.
#[test]
fn s140_a_police_station_named_as_the_area_is_no_side() {
    let s = stage();
    let mut d = doc("en", "2020-05-06", "On Tuesday, a mob assaulted two men in P village under Q police station limits.");
    actor(&mut d, "police", 1, Some("IN"));
    s.run(&mut d);
    let e = d.events.iter().find(|e| e.sub_event_type == "Mob violence").unwrap_or_else(|| panic!("no mob violence: {:?}", d.events));
    assert_ne!(s97_name(&e.actor2), Some("police"), "{e:?}");
    let mut d = doc("en", "2020-05-06", "On Tuesday, a mob assaulted police officers in P village.");
    actor(&mut d, "police", 1, Some("IN"));
    s.run(&mut d);
    let e = d.events.iter().find(|e| e.sub_event_type == "Mob violence").unwrap_or_else(|| panic!("no mob violence: {:?}", d.events));
    assert_eq!(s97_name(&e.actor2), Some("police"), "{e:?}");
}

// S145: French news, tolls and types

/// S145: the fatalities of the one event the sentence tells, in both languages.
fn s145_fatalities(s: &EventStage, lang: &str, text: &str) -> Vec<Option<u32>> {
    let mut d = doc(lang, "2020-06-05", text);
    s.run(&mut d);
    d.events.iter().map(|e| e.fatalities).collect()
}

/// S145: a count before an event noun counts attacks, not the dead ("deux attentats ont fait 12
/// morts"); an active killed verb counts its object, not its subject ("deux hommes armés ont tué
/// trois policiers"). Counter-cases: a passive verb takes the count before it, and a list after a
/// colon is no count of its own ("huit morts : deux Nigériens").
#[test]
fn s145_the_count_of_attacks_or_of_attackers_is_no_toll() {
    let s = stage();
    for (lang, text, want) in [
        ("fr", "Deux attentats ont fait 12 morts à Kaboul mardi.", 12),
        ("en", "Two bombings killed 12 people in Kabul on Tuesday.", 12),
        ("fr", "Deux hommes armés ont tué trois policiers à Kaboul mardi.", 3),
        ("en", "Two gunmen killed three policemen in Kabul on Tuesday.", 3),
        ("fr", "Trois policiers ont été tués mardi à Kaboul, dont deux officiers.", 3),
        ("fr", "Une attaque a fait huit morts : deux Nigériens et six Français.", 8),
    ] {
        let got = s145_fatalities(&s, lang, text);
        assert!(!got.is_empty() && got.iter().all(|f| *f == Some(want)), "{text}: {got:?}");
    }
}

/// S145: a count of the dead over a whole year named after it is the year's total, no event's
/// toll. Counter-case: a day's toll stays.
#[test]
fn s145_a_year_total_is_no_toll() {
    let s = stage();
    let mut d = doc("fr", "2020-06-05", "Les attaques jihadistes ont fait 4.000 morts au Mali l'an dernier.");
    time(&mut d, "l'an dernier", "2019");
    s.run(&mut d);
    assert!(d.events.iter().all(|e| e.fatalities.unwrap_or(0) < 4000), "{:?}", d.events);
    let mut d = doc("fr", "2020-06-05", "Une attaque jihadiste a fait 40 morts au Mali mardi.");
    time(&mut d, "mardi", "2020-06-02");
    s.run(&mut d);
    assert!(d.events.iter().any(|e| e.fatalities == Some(40)), "{:?}", d.events);
}

/// S145: a ceasefire or a truce called for, given in exchange, aimed at or awaited is named in
/// passing, not concluded; and an attack "potentielle" (the adjective after its noun) is not one.
/// Counter-cases: a ceasefire concluded, an attack that happened.
#[test]
fn s145_a_ceasefire_named_in_passing_and_a_possible_attack_are_no_events() {
    let s = stage();
    let types = |lang: &str, text: &str| -> Vec<String> {
        let mut d = doc(lang, "2020-06-05", text);
        s.run(&mut d);
        d.events.iter().map(|e| e.sub_event_type.clone()).collect()
    };
    for (lang, text) in [
        ("fr", "Les grandes puissances ont multiplié mardi les appels de l'ONU et de l'Union africaine pour un cessez-le-feu en Libye."),
        ("fr", "Le gouvernement a libéré mardi 500 prisonniers en échange du cessez-le-feu."),
        ("fr", "Ces libérations vont accélérer les efforts en vue des discussions directes et d'un cessez-le-feu durable."),
        ("fr", "Le pays attendait mardi les suites d'une trêve de trois jours entre le gouvernement et les rebelles."),
        ("en", "The government freed 500 prisoners on Tuesday in exchange for the ceasefire."),
        ("fr", "La police a renforcé mardi la sécurité face à l'attaque potentielle d'un groupe jihadiste à Lyon."),
    ] {
        let got = types(lang, text);
        assert!(got.iter().all(|t| t != "Agreement" && t != "Attack" && t != "Armed clash"), "{text}: {got:?}");
    }
    assert!(types("fr", "Le gouvernement et les rebelles ont conclu mardi un cessez-le-feu de trois jours.").iter().any(|t| t == "Agreement"));
    assert!(types("en", "The government and the rebels agreed a three-day ceasefire on Tuesday.").iter().any(|t| t == "Agreement"));
    assert!(!types("fr", "Une attaque jihadiste a fait trois morts mardi à Lyon.").is_empty());
}

// S143: a capital or a country acting abroad

/// S143: a national capital or a country that opens its clause before a verb (no auxiliary)
/// and lies outside the article's theatre is its state acting abroad: another place of its
/// sentence is where ("Ankara bombed ... near Amadiya"). Counter-cases: the same capital in an
/// article set in its own country, and one in a passive, stay the place.
#[test]
fn s143_a_capital_acting_abroad_is_not_the_place() {
    let s = stage();
    let places = [("Zakho", 1, "city", "IQ"), ("Ankara", 2, "city", "TR"), ("Amadiya", 3, "city", "IQ")];
    let text = "Clashes were reported near Zakho on Monday. Ankara bombed Kurdish militant positions near Amadiya on Tuesday.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(1), Some(3)]);
    let places = [("Zakho", 1, "city", "IQ"), ("Ankara", 2, "city", "TR"), ("Amadiya", 3, "city", "IQ")];
    let text = "Des combats ont eu lieu près de Zakho lundi. Ankara bombarde des positions kurdes près d'Amadiya depuis mardi.";
    assert_eq!(s113_places(&s, "fr", text, &places), [Some(1), Some(3)]);
    // Counter-cases: the article is set in Turkey; a passive.
    let places = [("Izmir", 4, "city", "TR"), ("Ankara", 2, "city", "TR"), ("Erbil", 5, "city", "IQ")];
    let text = "Police patrolled the streets of Izmir on Monday. Ankara hosted officials from Erbil for talks on Tuesday.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(4), Some(2)]);
    let places = [("Zakho", 1, "city", "IQ"), ("Ankara", 2, "city", "TR"), ("Amadiya", 3, "city", "IQ")];
    let text = "Clashes were reported near Zakho on Monday. Ankara was targeted by militants trained near Amadiya, officials said.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(1), Some(2)]);
}

/// S142: in an exchange of fire ("a shoot-out", "exchanged fire", "échange de tirs") civilians read
/// as a side are an unidentified armed group, even with no other side named. Counter-case: the
/// same clash told without an exchange of fire keeps them.
#[test]
fn s142_an_exchange_of_fire_has_no_civilian_side() {
    let s = stage();
    let civilian = |e: &Event| [&e.actor1, &e.actor2].iter().any(|a| a.as_ref().is_some_and(|a| a.inter == Some(7)));
    for (lang, text, party, exchange) in [
        ("en", "A shoot-out broke out in P on Tuesday and two suspects died.", "suspects", true),
        ("fr", "Mardi, à P, un échange de tirs a fait deux morts parmi les suspects.", "suspects", true),
        ("en", "Clashes broke out in P on Tuesday and two suspects died.", "suspects", false),
    ] {
        let mut d = s142_paragraph(text, &[(party, 7, "CVL")]);
        d.meta.lang = Some(LanguageGuess { code: lang.into(), confidence: 1.0, origin: Origin::Caller });
        s.run(&mut d);
        let e = d.events.iter().find(|e| e.sub_event_type == "Armed clash").unwrap_or_else(|| panic!("{text}: no clash: {:?}", d.events));
        assert_eq!(civilian(e), !exchange, "{text}: {e:?}");
    }
}

// S144: a past event named by its place

/// S144: a violent noun or an agreement named by its place, as a complement with no date in its
/// clause, in an article that names an old date and dates that place nowhere as recent, is a
/// recall; a date in its clause, a recent telling of the place, or the name as the subject keeps it.
#[test]
fn s144_a_past_event_named_by_its_place_is_a_recall() {
    let s = stage();
    // (language, published, text, its dates, whether the middle sentence gives an event)
    type Case<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, &'a str)], bool);
    let cases: [Case; 5] = [
        ("en", "2019-02-20", "Ministers met on Tuesday to discuss security.\nThe suspect was linked to the bombing of P, officials said.\nHis group was founded in 2014.", &[("Tuesday", "2019-02-19"), ("2014", "2014")], false),
        ("fr", "2020-06-04", "Les ministres se sont réunis mardi.\nLe suspect a approuvé les attentats de P, selon la police.\nSon groupe a été fondé en 2014.", &[("mardi", "2020-06-02"), ("2014", "2014")], false),
        // Counter-cases: a date in the clause, a recent telling of the place, the name as subject.
        ("fr", "2020-06-04", "Les ministres se sont réunis mardi.\nLe suspect a approuvé mercredi les attentats de P, selon la police.\nSon groupe a été fondé en 2014.", &[("mardi", "2020-06-02"), ("mercredi", "2020-06-03"), ("2014", "2014")], true),
        ("fr", "2020-06-04", "Les ministres se sont réunis mardi.\nLes attentats de P ont fait dix morts, selon la police.\nSon groupe a été fondé en 2014.", &[("mardi", "2020-06-02"), ("2014", "2014")], true),
        // No old date in the article: the name may be the news of the days before.
        ("en", "2019-02-20", "Ministers met on Tuesday to discuss security.\nThe suspect was linked to the bombing of P, officials said.\nHis group denied it.", &[("Tuesday", "2019-02-19")], true),
    ];
    let mut wrong = Vec::new();
    for &(lang, published, text, dates, want) in &cases {
        let middle = text.find('\n').map(|i| i + 1).unwrap();
        let end = middle + text[middle..].find('\n').unwrap();
        let got = events_of(&s, lang, published, text, dates).iter().any(|e| e.happened() && e.evidence.start < end && e.evidence.end > middle);
        if got != want {
            wrong.push(format!("{text}: {got}, not {want}"));
        }
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

// S153: strategic developments as news tells them

/// S153: the internet cut, gatherings banned in the passive, crops destroyed, a device safely
/// detonated, a curfew named before its verb, a drone shot down with its owner between: strategic
/// developments. A security measure taken after violence is the measure; a crime right after
/// "members of" names a gang. Counter-cases: a banned protest held, a shell that exploded, violence
/// told before the cause marker, a group's members who attack.
#[test]
fn s153_strategic_developments_as_news_tells_them() {
    let s = stage();
    let table = [
        ("en", "The government suspended mobile internet services in P on Monday.", "Change to group/activity"),
        ("fr", "L'accès à internet a été coupé à P jeudi.", "Change to group/activity"),
        ("en", "All protests in the capital were banned on Friday in P.", "Change to group/activity"),
        ("fr", "Les manifestations ont été interdites à P jusqu'à nouvel ordre.", "Change to group/activity"),
        ("en", "Herders destroyed fields of maize in P on Sunday.", "Looting/property destruction"),
        ("fr", "Des éleveurs ont détruit des champs de mil à P dimanche.", "Looting/property destruction"),
        ("en", "Gunmen burnt down the house of a teacher in P on Sunday.", "Looting/property destruction"),
        ("en", "Army engineers safely detonated a mortar shell found in P.", "Disrupted weapons use"),
        ("fr", "Un drone des rebelles a été abattu par l'armée près de P.", "Disrupted weapons use"),
        ("en", "A curfew was imposed in P on Monday after the clashes.", "Change to group/activity"),
        ("fr", "Couvre-feu instauré à P après des affrontements", "Change to group/activity"),
        ("en", "Police arrested nine members of a kidnapping gang in P on Monday.", "Arrests"),
        // Counter-cases.
        ("en", "Students held a banned protest in P on Monday.", "Peaceful protest"),
        ("fr", "Des étudiants ont tenu une manifestation interdite à P lundi.", "Peaceful protest"),
        ("en", "A mortar shell exploded in P on Monday, killing two children.", "Shelling/artillery/missile attack"),
        ("en", "Troops clashed with rebels in P on Monday after a curfew was imposed.", "Armed clash"),
        ("en", "Members of the militia attacked the village of P on Monday.", "Attack"),
    ];
    first_types_are(&s, "IN", &table);
}

// S150: recall of texts that made no event

/// S150: "fearing", "craignant", "de peur" govern what follows them ("fearing an attack"), not a
/// trigger told before them in its clause ("residents blocked the roads, fearing the spread of the
/// virus": the blockade happened). Counter-cases: the feared event after the cue, near or far in its
/// clause, stays hypothetical, and so does one with the noun "fears" after it.
#[test]
fn s150_a_fear_governs_what_follows_it() {
    let s = stage();
    let happened = |lang: &str, text: &str| -> Vec<String> {
        events_of(&s, lang, "2020-05-09", text, &[]).into_iter().filter(|e| e.happened()).map(|e| e.sub_event_type).collect()
    };
    for (lang, text) in [
        ("en", "Residents blocked the roads into P on Monday fearing the spread of the virus."),
        ("fr", "Des habitants ont bloqué les routes de P lundi craignant la propagation du virus."),
    ] {
        assert_eq!(happened(lang, text), ["Peaceful protest"], "{text}");
    }
    for (lang, text) in [
        ("en", "Fearing an attack on P, residents fled on Monday."),
        ("en", "Aid agencies fear that many people could be displaced within a day of a bombardment of P."),
        ("fr", "Craignant une attaque contre P, les habitants ont fui lundi."),
        ("fr", "Les habitants ont fui P lundi de peur d'être tués par les jihadistes."),
        ("en", "An attack on P is now feared by residents amid fears of escalation."),
    ] {
        assert!(happened(lang, text).is_empty(), "{text}");
    }
}

/// S150: forms the lexicon lacked: fire opened spelt "gun fire", civilians shot, people hurt by a
/// crowd named by who they are (a mob), workers who came out on the roads, bodies found with the
/// marks of violence. Counter-cases: hurt by a thing, "came out on top".
#[test]
fn s150_forms_of_violence_protest_and_bodies_found() {
    let s = stage();
    first_types_are(&s, "IN", &[
        ("en", "Militiamen opened gun fire on a market in P on Monday, injuring two civilians.", "Attack"),
        ("en", "Two police officers shot civilians in P on Monday.", "Attack"),
        ("fr", "Des policiers ont tiré sur des civils à P lundi.", "Attack"),
        ("en", "Five journalists were injured by traders in P on Monday.", "Mob violence"),
        ("fr", "Cinq journalistes ont été blessés par des commerçants à P lundi.", "Mob violence"),
        ("en", "Hundreds of workers came out on the roads in P on Sunday, demanding transport home.", "Peaceful protest"),
        ("fr", "Des centaines d'ouvriers sont sortis sur les routes à P dimanche pour réclamer leur salaire.", "Peaceful protest"),
        ("en", "Three men were found wrapped in blankets in P on Monday.", "Attack"),
        ("fr", "Trois hommes ont été retrouvés ligotés à P lundi.", "Attack"),
    ]);
    for (lang, text) in [
        ("en", "Five journalists were injured by a falling wall in P on Monday."),
        ("en", "The home team came out on top in P on Sunday."),
        ("fr", "L'équipe locale est sortie victorieuse à P dimanche."),
    ] {
        assert!(events_of(&s, lang, "2020-05-09", text, &[]).iter().all(|e| !e.happened()), "{text}");
    }
}


// S151: the protest family as news reports tell it

/// S151: news wording of the protest family: a black day observed, work boycotted, a march held, a
/// fast "unto death", a "marche blanche"; a protest that "turned ugly" or protesters who "went
/// berserk"; protesters named by their participle and arrested or shot at; one demonstrator shot
/// dead, or who "succumbed" after the police fired; protesters evicted by the police; villagers,
/// residents or a crowd who burn or beat someone up (mob violence with no demand, a violent
/// demonstration when they make one). Counter-cases: the month March, a fast car, homes of
/// residents torched by gunmen, residents who burn tyres against power cuts, a protest that stayed
/// calm.
#[test]
fn s151_protest_family_as_news_tells_it() {
    let s = stage();
    let table = [
        ("en", "The opposition observed a black day across P on Friday.", "Peaceful protest"),
        ("en", "Doctors at the hospital in P boycotted work for the second day.", "Peaceful protest"),
        ("en", "Hundreds of women took part in a march in P on Sunday.", "Peaceful protest"),
        ("en", "The farmers sat on an indefinite fast in front of the office in P.", "Peaceful protest"),
        ("fr", "Une marche blanche a réuni des centaines de personnes à P samedi.", "Peaceful protest"),
        ("en", "The rally against the tax turned ugly as youths damaged shops in P.", "Violent demonstration"),
        ("en", "Students staged a protest in P on Monday and went berserk, breaking windows.", "Violent demonstration"),
        ("en", "Police detained over 50 protesting nurses in P on Monday.", "Protest with intervention"),
        ("en", "Protesters were forcibly evicted from the sit-in site in P by the police.", "Protest with intervention"),
        ("en", "Two people were killed when police opened fire on the protesting villagers in P.", "Excessive force against protesters"),
        ("en", "A demonstrator was shot dead by the police in P on Monday.", "Excessive force against protesters"),
        ("en", "Residents set ablaze two suspected thieves in P on Monday.", "Mob violence"),
        ("en", "Locals thrashed a young man accused of theft in P.", "Mob violence"),
        ("fr", "Une foule en colère a incendié la maison d'un présumé sorcier à P.", "Mob violence"),
        ("fr", "Des villageois ont mis le feu au domicile d'un voleur présumé à P.", "Mob violence"),
        ("fr", "Une femme accusée de sorcellerie a été brûlée vive par la foule à P samedi.", "Mob violence"),
        ("fr", "Des gilets jaunes ont bloqué un rond-point à P samedi.", "Peaceful protest"),
        ("fr", "Un manifestant a été grièvement blessé par la police à P samedi.", "Excessive force against protesters"),
        ("fr", "La marche de l'opposition a été émaillée de violences à P samedi.", "Violent demonstration"),
        // Counter-cases.
        ("en", "Villagers set fire to the office of the council in P demanding water.", "Violent demonstration"),
        ("en", "Gunmen torched the homes of residents in P on Monday.", "Looting/property destruction"),
        ("en", "Hundreds of students protested peacefully in P on Monday.", "Peaceful protest"),
    ];
    first_types_are(&s, "IN", &table);
    // No protest in a date or a fast car; a soldier gravely hurt is no protester.
    for (lang, text) in [
        ("en", "In a March statement, officials in P said the budget was approved."),
        ("en", "A fast car hit a wall in P on Monday."),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "IN");
        s.run(&mut d);
        assert!(d.events.iter().all(|e| e.sub_event_type != "Peaceful protest"), "{text}: {:?}", d.events);
    }
    // One who "succumbed" after the police fired on a rally was killed by them.
    let mut d = doc("en", "2020-05-09", "A student succumbed to bullet injuries after the police opened fire on a rally in P.");
    actor(&mut d, "police", 1, Some("IN"));
    place(&mut d, "P", 1, "IN");
    s.run(&mut d);
    assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some("Excessive force against protesters"), "{:?}", d.events);
    let mut d = doc("fr", "2020-05-09", "Un soldat a été grièvement blessé par une mine à P samedi.");
    place(&mut d, "P", 1, "ML");
    s.run(&mut d);
    assert!(d.events.iter().all(|e| e.sub_event_type != "Excessive force against protesters"), "{:?}", d.events);
}

// S152: territory, attempts and the sides that take it
/// S152: a territory word right after an attempt ("tried to capture", "ont tenté de prendre le
/// contrôle") is the fight for the place (armed clash); "captured by militants" names the takers,
/// not people taken; a militia named as the state's ally regains the place; a sentence-final
/// apposition with an old date describes the place, the main clause keeps its news; a place handed
/// over ("remis la ville"), retaken in a headline's present or from the state's forces. Controls:
/// the plain capture, a failed offensive named after the trigger, a militia with no ally word,
/// people captured, an infinitive of purpose ("pour reprendre").
#[test]
fn s152_territory_attempts_takers_and_transfers() {
    let s = stage();
    let table: [(&str, &str, &str, Actors); 16] = [
        ("en", "Al-Shabaab militants tried to capture the town of P but were repelled by troops.", "Armed clash", &[("Al-Shabaab militants", 2), ("troops", 1)]),
        ("en", "Troops battled the insurgents on Monday in an attempt to retake P.", "Armed clash", &[("Troops", 1), ("insurgents", 2)]),
        ("fr", "Les jihadistes ont tenté de prendre le contrôle de P mais ont été repoussés par l'armée.", "Armed clash", &[("jihadistes", 2), ("l'armée", 1)]),
        ("en", "The town of P was captured by al-Shabaab militants on Monday.", "Non-state actor overtakes territory", &[("al-Shabaab militants", 2)]),
        ("fr", "Les milices progouvernementales ont repris le village de P aux jihadistes.", "Government regains territory", &[("milices progouvernementales", 3), ("jihadistes", 2)]),
        ("en", "Pro-government militias recaptured P from the rebels.", "Government regains territory", &[("Pro-government militias", 3), ("rebels", 2)]),
        ("fr", "L'armée malienne a repris le contrôle de la ville de P, tombée aux mains des jihadistes en 2012.", "Government regains territory", &[("L'armée malienne", 1), ("jihadistes", 2)]),
        ("fr", "Les rebelles ont remis la ville de P aux casques bleus de l'ONU.", "Non-violent transfer of territory", &[("rebelles", 2)]),
        ("fr", "Mali : l'armée reprend P aux rebelles", "Government regains territory", &[("l'armée", 1), ("rebelles", 2)]),
        ("fr", "Les rebelles ont repris P aux forces gouvernementales après de violents combats.", "Non-state actor overtakes territory", &[("rebelles", 2), ("forces gouvernementales", 1)]),
        ("fr", "Des miliciens ont pris la cité de P dimanche.", "Non-state actor overtakes territory", &[("miliciens", 3)]),
        ("en", "Kurdish-led forces handed it over to the Syrian army in P under a deal.", "Non-violent transfer of territory", &[]),
        // Controls.
        ("en", "Al-Shabaab militants captured the town of P on Friday.", "Non-state actor overtakes territory", &[("Al-Shabaab militants", 2)]),
        ("en", "Government troops retook P from the insurgents after a failed offensive last month.", "Government regains territory", &[("Government troops", 1), ("insurgents", 2)]),
        ("en", "Ethnic militias recaptured P from the rebels.", "Non-state actor overtakes territory", &[("Ethnic militias", 3), ("rebels", 2)]),
        ("fr", "Les jihadistes du JNIM se sont emparés de P dimanche.", "Non-state actor overtakes territory", &[("jihadistes", 2)]),
    ];
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|&(lang, text, want, actors)| {
            let mut d = doc(lang, "2020-05-09", text);
            place(&mut d, "P", 1, "ML");
            for &(name, inter) in actors {
                actor(&mut d, name, inter, None);
            }
            s.run(&mut d);
            let got = d.events.first().map(|e| e.sub_event_type.clone());
            (got.as_deref() != Some(want)).then(|| format!("{text}: want {want}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // No territory taken: people captured; an offensive launched to retake a place.
    for (lang, text, actors) in [
        ("en", "Two militants were captured by soldiers in P.", &[("militants", 2), ("soldiers", 1)][..]),
        ("fr", "L'armée a lancé une offensive pour reprendre P aux jihadistes.", &[("L'armée", 1), ("jihadistes", 2)][..]),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "ML");
        for &(name, inter) in actors {
            actor(&mut d, name, inter, None);
        }
        s.run(&mut d);
        assert!(d.events.iter().all(|e| !e.sub_event_type.contains("territory")), "{text}: {:?}", d.events);
    }
}

// S154: drones, howitzers and aims named; obligations and failures; totals since a launch

/// S154: the types of the events the stage keeps as having happened.
fn s154_happened(s: &EventStage, lang: &str, text: &str) -> Vec<String> {
    let mut d = doc(lang, "2020-06-05", text);
    s.run(&mut d);
    d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.clone()).collect()
}

/// S154: a drone named by its use or its presence, a howitzer unit, "beaten militarily", an
/// obligation ("must respect"), a failure ("unable to", "incapables de"), "risques d'attentats",
/// a push named with its aim ("an operation to retake") and a total since a launch make no event
/// that happened. Counter-cases: a drone that strikes and a town retaken stay events.
#[test]
fn s154_named_uses_aims_and_failures_are_no_events() {
    let s = stage();
    for (lang, text) in [
        ("en", "Observers say the army's drone presence along the border keeps growing."),
        ("en", "Soldiers equipped with surveillance drones patrol the border."),
        ("en", "Though beaten militarily, the militia still holds sway in the villages."),
        ("en", "Both parties must respect the truce, the envoy said."),
        ("en", "The militants were unable to retake the town."),
        ("en", "The army launched an operation to retake the town."),
        ("en", "The monitor said 300 civilians had been killed in the coalition's air strikes since the launch of its campaign."),
        ("fr", "Selon l'état-major, 300 soldats équipés de drones d'observation resteront sur place."),
        ("fr", "Il a commandé une batterie d'obusiers en Irak."),
        ("fr", "Les services ont signalé des risques d'attentats contre des églises."),
        ("fr", "Les Etats sont incapables de reconquérir les territoires perdus."),
        ("fr", "L'armée a lancé mardi une opération pour reprendre la ville."),
    ] {
        let got = s154_happened(&s, lang, text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    for (lang, text, want) in [
        ("en", "A drone strike hit a convoy near the town on Tuesday, killing four fighters.", "Air/drone strike"),
        ("en", "Government forces shot down a reconnaissance drone near the town on Tuesday.", "Disrupted weapons use"),
        ("en", "The army retook the town on Tuesday.", "territory"),
        ("fr", "Un drone a frappé un convoi mardi près de la ville, tuant quatre combattants.", "Air/drone strike"),
        ("fr", "L'armée a repris la ville mardi.", "territory"),
    ] {
        let got = s154_happened(&s, lang, text);
        assert!(got.iter().any(|t| t.contains(want)), "{text}: {got:?}");
    }
}

// S161: a name the entity linking tied to a country's land is no side

/// S161: an entity whose actor is of kind `geo` (a country's land, "Territory of X", no ACLED
/// actor type) is never a side, even when the linking lent it to a name of its own span; a name
/// linked to a country (not its land) stays a side.
#[test]
fn s161_a_name_linked_to_a_countrys_land_is_no_side() {
    let s = stage();
    let text = "Kurdish-led fighters battled the jihadists near the border on Monday.";
    let mut d = doc("en", "2019-03-12", text);
    let span = span_of(&d, "Kurdish-led");
    d.entities.push(Entity {
        span,
        label: EntityLabel::Misc,
        actor: Some(ActorRef { id: Some("geo:IQ".into()), name: Some("Territory of Iraq".into()), country: Some("IQ".into()), ..Default::default() }),
    });
    actor(&mut d, "fighters", 3, None);
    actor(&mut d, "jihadists", 2, None);
    s.run(&mut d);
    assert!(!d.events.is_empty(), "{text}");
    for e in &d.events {
        for a in [&e.actor1, &e.actor2].into_iter().flatten() {
            assert!(a.id.as_deref().is_none_or(|id| !id.starts_with("geo:")), "{text}: {a:?}");
        }
    }
    // Control: a name linked to a country is still a side.
    let text = "Turkey shelled the jihadists near the border on Monday.";
    let mut d = doc("en", "2019-03-12", text);
    let span = span_of(&d, "Turkey");
    d.entities.push(Entity {
        span,
        label: EntityLabel::Organisation,
        actor: Some(ActorRef { id: Some("country:TR".into()), name: Some("Turkey".into()), country: Some("TR".into()), ..Default::default() }),
    });
    actor(&mut d, "jihadists", 2, None);
    s.run(&mut d);
    assert!(d.events.iter().any(|e| e.actor1.as_ref().is_some_and(|a| a.country.as_deref() == Some("TR"))), "{text}: {:?}", d.events);
}

// S162: a state that speaks in a participle or a past tense of saying or blaming.

/// S162: a place right before "saying", "warned", "affirmant", "a averti" (`attribute_after` of
/// `lang/<code>/event-places.tsv`) is a state that speaks, not where the event happened: the
/// sentence takes the place of the sentences before it.
#[test]
fn s162_a_state_saying_or_warning_is_not_the_place() {
    let s = stage();
    let places = [("Kobani", 2, "city", "SY"), ("Turkey", 4, "country", "TR")];
    let text = "Gunmen attacked a market near Kobani on Monday. With Turkey saying it had no troops there, gunmen shot dead three villagers on Tuesday.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(2), Some(2)]);
    let text = "Gunmen attacked a market near Kobani on Monday. Turkey warned that gunmen had shot dead three villagers on Tuesday.";
    assert_eq!(s113_places(&s, "en", text, &places), [Some(2), Some(2)]);
    let places = [("Kobané", 2, "city", "SY"), ("Turquie", 4, "country", "TR")];
    let text = "Des hommes armés ont attaqué un marché près de Kobané lundi. La Turquie affirmant ne pas être impliquée, des hommes armés ont tué trois villageois mardi.";
    assert_eq!(s113_places(&s, "fr", text, &places), [Some(2), Some(2)]);
    // Controls: the same country where the killing happened stays the place.
    let text = "Gunmen attacked a market near Kobani on Monday. Gunmen shot dead three villagers in Turkey on Tuesday, saying nothing.";
    assert_eq!(s113_places(&s, "en", text, &[("Kobani", 2, "city", "SY"), ("Turkey", 4, "country", "TR")]), [Some(2), Some(4)]);
    let text = "Des hommes armés ont attaqué un marché près de Kobané lundi. Des hommes armés ont tué trois villageois en Turquie mardi.";
    assert_eq!(s113_places(&s, "fr", text, &places), [Some(2), Some(4)]);
}

// S163: the past recalled in French news.

/// S163: a pluperfect sentence right after an old month or year of its paragraph goes on with that
/// past, even when a recent day stood earlier in the paragraph; with the recent day last, it stays.
#[test]
fn s163_the_pluperfect_after_an_old_date_is_the_past() {
    let run = |text: &str| {
        let mut d = s30_doc("fr", "2020-09-22", text);
        place(&mut d, "Kumasi", 1, "GH");
        time(&mut d, "Mardi", "2020-09-15");
        time(&mut d, "avril 2019", "2019-04");
        d.dropped = Some(Vec::new());
        stage().run(&mut d);
        let events: Vec<String> = d.events.iter().filter(|e| e.happened()).map(|e| d.slice(e.evidence).to_string()).collect();
        let reasons: Vec<String> = d.dropped.clone().unwrap_or_default().into_iter().map(|w| w.reason.to_string()).collect();
        (events, reasons)
    };
    let (events, reasons) = run("Mardi, l'armée a repris l'aéroport de Kumasi, tenu par les rebelles depuis avril 2019. A cette date, les rebelles avaient attaqué un convoi de soldats près de Kumasi.");
    assert!(!events.iter().any(|ev| ev.contains("avaient attaqué")), "{events:?}");
    assert!(reasons.iter().any(|r| r == "pluperfect"), "{reasons:?}");
    // Control: the recent day is the last date told: the pluperfect goes on with it.
    let (events, _) = run("L'aéroport de Kumasi était tenu par les rebelles depuis avril 2019. Mardi, l'armée l'a encerclé. Ensuite, les rebelles avaient attaqué un convoi de soldats près de Kumasi.");
    assert!(events.iter().any(|ev| ev.contains("avaient attaqué")), "{events:?}");
}

/// S163: an attack named by its evening with the definite article ("le soir des attentats") is a
/// known fact recalled, not a new report. (Its victims are not read so: "victime de la justice
/// populaire" tells the day's lynching.)
#[test]
fn s163_the_evening_of_the_attacks_is_recalled() {
    let text = "Le chanteur, qui jouait à Kumasi le soir des attentats, a donné une interview.";
    let (events, reasons) = s82_run(text, |d| place(d, "Kumasi", 1, "GH"));
    assert!(events.is_empty(), "{text}: {events:?}");
    assert!(reasons.iter().any(|r| r == "background"), "{text}: {reasons:?}");
    // Control: the attack told as news, its victims counted, stays.
    let (events, _) = s82_run("Des hommes armés ont attaqué samedi un marché de Kumasi, tuant douze civils.", |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "samedi", "2020-09-19");
    });
    assert_eq!(events.len(), 1, "{events:?}");
}

// S160: the negation of the trigger's own verb told after a noun trigger

/// S160: a verb of happening or of the act, negated, right after a noun trigger ("The clashes in
/// P did not take place", "Reinforcements were not sent", "Les affrontements n'ont pas eu lieu")
/// negates it. Controls: a negated verb in a relative clause ("Clashes that did not stop") or
/// after a comma ("The attack, which did not kill anyone, hit") leaves the event told.
#[test]
fn s160_negation_after_a_noun_trigger() {
    let s = stage();
    for (lang, text, cue) in [
        ("en", "The clashes in P did not take place on Monday.", "did not take place"),
        ("en", "Reinforcements were not sent to P on Monday.", "were not sent"),
        ("en", "The planned assault on P never happened.", "never happened"),
        ("fr", "Les affrontements n'ont pas eu lieu à P lundi.", "n'ont pas eu lieu"),
        ("fr", "Des renforts n'ont pas été déployés à P lundi.", "n'ont pas été déployés"),
    ] {
        let (m, got) = modality_of(&s, lang, text);
        assert_eq!((m, got.as_deref()), (Modality::Negated, Some(cue)), "{text}");
    }
    for (lang, text) in [
        ("en", "Clashes that did not stop for hours left 3 dead in P on Monday."),
        ("en", "The attack, which did not kill anyone, hit a checkpoint in P on Monday."),
        ("fr", "Les affrontements, qui n'ont pas cessé de la nuit, ont fait trois morts à P lundi."),
    ] {
        let mut d = doc(lang, "2020-05-09", text);
        place(&mut d, "P", 1, "SY");
        s.run(&mut d);
        assert!(d.events.iter().any(|e| e.happened()), "{text}: {:?}", d.events);
    }
}

// S173: places listed after an attribute.

/// S173: a place written after a place that is an attribute, as its container past capitalised
/// words the gazetteer left out ("from Lewes, East Sussex": "Sussex") or joined by a `list_link`
/// word ("from Kilis and Hatay"), is an attribute too: the place of the event is elsewhere.
#[test]
fn s173_a_place_listed_after_an_attribute_is_one_too() {
    let s = stage();
    let places = [("Lewes", 1, "city", "GB"), ("Sussex", 2, "city", "US"), ("Afrin", 3, "city", "SY")];
    let text = "A British man from Lewes, East Sussex, was killed by a roadside bomb in the city of Afrin on Saturday.";
    assert_eq!(s105_places(&s, "en", text, &places), [Some(3)]);
    let places = [("Kilis", 1, "city", "TR"), ("Aleppo", 2, "city", "SY"), ("Manbij", 3, "city", "SY")];
    let text = "Two fighters from Kilis and Aleppo were killed by a car bomb in Manbij on Monday.";
    assert_eq!(s105_places(&s, "en", text, &places), [Some(3)]);
    // Controls: named where it happened, the same list is the place; a place not joined to the
    // attribute stays the event's.
    let text = "A British man was killed by a roadside bomb in Lewes, East Sussex, on Saturday.";
    assert_eq!(s105_places(&s, "en", text, &[("Lewes", 1, "city", "GB"), ("Sussex", 2, "city", "US")]), [Some(1)]);
    let places = [("Kilis", 1, "city", "TR"), ("Hatay", 2, "city", "TR")];
    let text = "A fighter from Kilis said that a car bomb killed two men in Hatay on Monday.";
    assert_eq!(s105_places(&s, "en", text, &places), [Some(2)]);
}

/// S173: a country joined by a `list_link` to an actor mention right after it ("clashes with US
/// and US-backed forces") is a side, not where: the place is the one named elsewhere.
#[test]
fn s173_a_country_listed_with_an_actor_is_a_side() {
    let s = stage();
    let run = |text: &str, with_mention: bool| {
        let mut d = doc("en", "2020-05-09", text);
        let cut = text.find(". ").unwrap() + 1;
        d.sentences = vec![Sentence { span: Span::new(0, cut) }, Sentence { span: Span::new(cut + 1, text.len()) }];
        for (needle, id, kind, country) in [("Raqqa", 1, "city", "SY"), ("US", 2, "country", "US")] {
            let geo = GeoRef { geonameid: Some(id), lat: Some(1.0), lon: Some(2.0), country: Some(country.into()), kind: Some(kind.into()), ..Default::default() };
            d.places.push(Place { span: span_of(&d, needle), geo: Some(geo) });
        }
        d.places.sort_by_key(|p| p.span);
        if with_mention {
            let span = span_of(&d, "US-backed forces");
            d.mentions.push(vigie_core::ActorMention { span, actor: ActorRef { name: Some("Foreign-backed forces".into()), inter: Some(2), country: Some("SY".into()), ..Default::default() } });
        }
        s.run(&mut d);
        d.events.iter().map(|e| e.location.as_ref().and_then(|l| l.geonameid)).collect::<Vec<_>>()
    };
    let text = "Rebels shelled Raqqa on Saturday. On Sunday, a British man was killed by a roadside bomb aimed at US and US-backed forces.";
    assert_eq!(run(text, true), [Some(1), Some(1)]);
    // Control: no actor named after it, the country is the place.
    let text = "Rebels shelled Raqqa on Saturday. On Sunday, a British man was killed by a roadside bomb in the US and two were hurt.";
    assert_eq!(run(text, false), [Some(1), Some(2)]);
}

// S172: false events in French news: an accident told again, a future date, a state held since
// long ago, "à l'époque", a death presumed, a cause to win.

/// S172: in an article of a recent accident, deaths told by their casualty word alone, with no
/// attacker and no date of their own, are that accident told again. Controls: the accident told
/// long ago leaves the deaths; deaths told with their cause (an ambush) stay.
#[test]
fn s172_deaths_told_without_cause_in_an_accident_article() {
    let headline = "Soldats tués à Kumasi : les familles réclament des réponses";
    let accident = "Douze soldats ont péri lundi à Kumasi dans la collision de deux hélicoptères.";
    let (events, reasons) = s82_run(&format!("{headline}\n{accident}"), |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "lundi", "2020-09-21");
    });
    assert!(events.is_empty(), "{events:?}");
    assert!(reasons.iter().any(|r| r == "accident_again"), "{reasons:?}");
    // Control: an accident of long ago is not the deaths of the headline.
    let old = "En avril 2019, douze soldats avaient péri à Kumasi dans la collision de deux hélicoptères.";
    let (events, _) = s82_run(&format!("{headline}\n{old}"), |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "avril 2019", "2019-04");
    });
    assert_eq!(events.len(), 1, "{events:?}");
    // Control: deaths told with their cause are not the accident.
    let ambush = "Soldats tués dans une embuscade à Kumasi : les familles réclament des réponses";
    let (events, _) = s82_run(&format!("{ambush}\n{accident}"), |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "lundi", "2020-09-21");
    });
    assert_eq!(events.len(), 1, "{events:?}");
}

/// S172: a date after the publication dates what is to come, not the trigger: an agreement whose
/// signing an old date dates, in the clause before it, is the past recalled even when its own
/// clause names a date to come. Control: a recent day of the signing keeps it.
#[test]
fn s172_a_date_to_come_does_not_date_the_trigger() {
    let text = "Les rebelles ont multiplié les raids depuis la signature, fin février à Kumasi, d'un accord de cessez-le-feu avec l'armée qui prévoit des élections d'ici mi-2021.";
    let (events, reasons) = s82_run(text, |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "fin février", "2020-02");
        time(d, "mi-2021", "2021");
    });
    assert!(!events.iter().any(|(t, _)| t == "Agreement"), "{events:?}");
    assert!(reasons.iter().any(|r| r == "background_date"), "{reasons:?}");
    let text = "Les rebelles ont multiplié les raids depuis la signature, mardi à Kumasi, d'un accord de cessez-le-feu avec l'armée qui prévoit des élections d'ici mi-2021.";
    let (events, _) = s82_run(text, |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "mardi", "2020-09-15");
        time(d, "mi-2021", "2021");
    });
    assert!(events.iter().any(|(t, _)| t == "Agreement"), "{events:?}");
}

/// S172: a trigger after an open period whose start is long past, in a clause with no other date,
/// is a state that has lasted since then. Controls: "la première fois depuis" compares an event
/// with the past; a start in the recent past leaves the event.
#[test]
fn s172_a_state_held_since_long_ago() {
    let text = "La province de Kumasi, qui bénéficie depuis début mars d'un cessez-le-feu précaire, reste tendue.";
    let (events, reasons) = s82_run(text, |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "début mars", "2020-03");
    });
    assert!(events.is_empty(), "{events:?}");
    assert!(reasons.iter().any(|r| r == "held_since"), "{reasons:?}");
    let text = "Pour la première fois depuis 2014 des milliers de manifestants ont défilé à Kumasi.";
    let (events, _) = s82_run(text, |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "2014", "2014");
    });
    assert_eq!(events.len(), 1, "{events:?}");
    let text = "La province de Kumasi, qui bénéficie depuis samedi d'un cessez-le-feu, reste tendue.";
    let (events, _) = s82_run(text, |d| {
        place(d, "Kumasi", 1, "GH");
        time(d, "samedi", "2020-09-19");
    });
    assert_eq!(events.len(), 1, "{events:?}");
}

/// S172 (data, fr): "à l'époque" tells the time of a past story; "considéré comme mort" a status
/// presumed; "gagner ce combat" a cause. Controls: the same events told as the day's news stay.
#[test]
fn s172_the_past_a_presumed_death_and_a_cause_are_no_events() {
    let kumasi = |d: &mut Document| place(d, "Kumasi", 1, "GH");
    let (events, reasons) = s82_run("Des manifestations violentes avaient secoué Kumasi, et la presse en avait beaucoup parlé à l'époque.", kumasi);
    assert!(events.is_empty(), "{events:?}");
    assert!(reasons.iter().any(|r| r == "background"), "{reasons:?}");
    let (events, _) = s82_run("Le chef rebelle est considéré comme mort par les services de renseignement de Kumasi.", kumasi);
    assert!(events.is_empty(), "{events:?}");
    let (events, reasons) = s82_run("Les soldats envoyés à Kumasi sont là pour gagner ce combat.", kumasi);
    assert!(events.is_empty(), "{events:?}");
    assert!(reasons.iter().any(|r| r == "figurative"), "{reasons:?}");
    for text in [
        "Des manifestations violentes ont secoué Kumasi mardi.",
        "Le chef rebelle a été tué mardi à Kumasi.",
        "Des combats ont opposé mardi les soldats aux rebelles à Kumasi.",
    ] {
        let (events, _) = s82_run(text, |d| {
            place(d, "Kumasi", 1, "GH");
            time(d, "mardi", "2020-09-15");
        });
        assert_eq!(events.len(), 1, "{text}: {events:?}");
    }
}

// S170: one incident told by a general type and a specific one.

/// S170: the types of the events told as happened, in order, for `text` in `lang`.
fn s170_types(lang: &str, text: &str, setup: impl Fn(&mut Document)) -> Vec<String> {
    let mut d = doc(lang, "2020-05-06", text);
    setup(&mut d);
    stage().run(&mut d);
    d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.clone()).collect()
}

/// S170: an attack whose violence was rape, told in two sentences in either order, is one sexual
/// violence keeping both evidence spans. Controls: the rapes at another town, or in another
/// paragraph, are another event.
#[test]
fn s170_an_attack_and_its_rapes_are_one_sexual_violence() {
    let setup = |d: &mut Document| {
        place(d, "Kabala", 1, "SL");
        time(d, "Friday", "2020-05-01");
    };
    let setup_fr = |d: &mut Document| {
        place(d, "Kabala", 1, "SL");
        time(d, "vendredi", "2020-05-01");
    };
    for (lang, text) in [
        ("en", "Gunmen attacked the village of Kabala on Friday, killing three men.\nSeveral women were raped by the attackers."),
        ("en", "Two women were raped in Kabala on Friday.\nThe gunmen also attacked the village, killing three men."),
        ("fr", "Des hommes armés ont attaqué le village de Kabala vendredi, tuant trois hommes.\nPlusieurs femmes ont été violées par les assaillants."),
        ("fr", "Deux femmes ont été violées à Kabala vendredi.\nLes hommes armés ont aussi attaqué le village, tuant trois hommes."),
    ] {
        let mut d = doc(lang, "2020-05-06", text);
        if lang == "en" { setup(&mut d) } else { setup_fr(&mut d) }
        stage().run(&mut d);
        let kept: Vec<&Event> = d.events.iter().filter(|e| e.happened()).collect();
        assert_eq!(kept.iter().map(|e| e.sub_event_type.as_str()).collect::<Vec<_>>(), ["Sexual violence"], "{text}");
        assert_eq!(kept[0].mentions.len(), 2, "{text}");
        assert_eq!(kept[0].evidence, d.sentences[0].span, "{text}");
    }
    let two = s170_types("en", "Gunmen attacked the village of Kabala on Friday, killing three men.\nIn Makeni, two women were raped by soldiers on Friday.", |d| {
        setup(d);
        place(d, "Makeni", 2, "SL");
        actor(d, "soldiers", 1, Some("SL"));
    });
    assert_eq!(two, ["Attack", "Sexual violence"]);
    let two = s170_types("en", "Gunmen attacked the village of Kabala on Friday, killing three men.\n\nTwo women were raped in Kabala.", setup);
    assert_eq!(two, ["Attack", "Sexual violence"]);
}

/// S170: shells fired by a named side, then the toxic agent they carried, are one chemical
/// weapon. Control: a strike whose side is unnamed, told beside a chemical attack, stays a strike
/// (the strikes told near a chemical attack are often other forces' answer to it).
#[test]
fn s170_toxic_shells_are_one_chemical_weapon() {
    for (lang, text, day, side) in [
        ("en", "Government forces shelled Saraqeb on Tuesday.\nDoctors said the shells carried chlorine gas.", "Tuesday", "Government forces"),
        ("fr", "Les forces gouvernementales ont bombardé Saraqeb mardi.\nSelon des médecins, du chlore a été utilisé contre la ville.", "mardi", "forces gouvernementales"),
    ] {
        let types = s170_types(lang, text, |d| {
            place(d, "Saraqeb", 1, "SY");
            time(d, day, "2020-05-05");
            actor(d, side, 1, Some("SY"));
        });
        assert_eq!(types, ["Chemical weapon"], "{text}");
    }
    let types = s170_types("en", "Warplanes struck Saraqeb on Tuesday.\nDoctors said chlorine gas was used in an attack on the town.", |d| {
        place(d, "Saraqeb", 1, "SY");
        time(d, "Tuesday", "2020-05-05");
    });
    assert_eq!(types, ["Air/drone strike", "Chemical weapon"]);
}

/// S170: property burned by a crowd that then beat people is one riot (mob violence). Control:
/// damage, then "attacks" that hurt no one (the region's attacks recalled, "the attack" naming
/// the damage again), stays property destruction first.
#[test]
fn s170_damage_done_in_a_riot_is_the_riot() {
    for (lang, text, day) in [
        ("en", "Youths torched a shop in Kisumu on Sunday.\nThe rioters also stoned passing cars and beat a driver.", "Sunday"),
        ("fr", "Des jeunes ont incendié un magasin à Kisumu dimanche.\nLes émeutiers ont ensuite lapidé des voitures et frappé un chauffeur.", "dimanche"),
    ] {
        let types = s170_types(lang, text, |d| {
            place(d, "Kisumu", 1, "KE");
            time(d, day, "2020-05-03");
        });
        assert_eq!(types, ["Mob violence"], "{text}");
    }
    let types = s170_types("en", "Armed men set fire to two trucks of a logging company in Kisumu on Sunday.\nThere have been several attacks on companies in the region.", |d| {
        place(d, "Kisumu", 1, "KE");
        time(d, "Sunday", "2020-05-03");
    });
    assert_eq!(types.first().map(String::as_str), Some("Looting/property destruction"), "{types:?}");
}

/// S170: an attack by unnamed people, then the lynch mob they were, is one mob violence. Control:
/// an attack by a named armed group, then a mob in the same town, stays two.
#[test]
fn s170_an_attack_by_a_crowd_is_mob_violence() {
    let setup = |d: &mut Document| {
        place(d, "Bugembe", 1, "UG");
        time(d, "Friday", "2020-05-01");
    };
    let text = "Dozens of youths attacked a theft suspect in Bugembe on Friday, torching his house.\nPolice dispersed the lynch mob with tear gas.";
    assert_eq!(s170_types("en", text, setup), ["Mob violence"], "{text}");
    let text = "ADF rebels attacked a village near Bugembe on Friday, killing two farmers.\nA mob later burned the house of the village chief in Bugembe.";
    let types = s170_types("en", text, |d| {
        setup(d);
        actor(d, "ADF rebels", 2, Some("UG"));
    });
    assert_eq!(types, ["Attack", "Mob violence"], "{text}");
}

// S171: English news, prospects, aims and series told as events.

fn s171_happened(s: &EventStage, lang: &str, text: &str) -> Vec<String> {
    let mut d = doc(lang, "2020-06-05", text);
    place(&mut d, "P", 1, "SY");
    s.run(&mut d);
    d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.clone()).collect()
}

/// S171: what a speaker does not think likely or finds unlikely, a prospect sown, a battle named by
/// its aim, what a side would defend something from, land named in a noun of capture, recent
/// attacks as a series, a movement that gathers momentum, a verb in scare quotes after "not to",
/// an attack on a value, victims of torture and a struggle make no event that happened. Controls: a cue in another clause, a battle that ended in a
/// retaking, one recent attack, a crowd gathered, a past "protected them from", and a quoted verb
/// with no cue stay events.
#[test]
fn s171_prospects_aims_and_series_are_no_events() {
    let s = stage();
    for (lang, text) in [
        ("en", "He said he did not think an armed clash between the two armies in P was likely."),
        ("en", "Officials said an attack on the port of P was unlikely this week."),
        ("en", "The land dispute planted the seed for fresh clashes between the two tribes of P."),
        ("en", "The battle to retake the airport of P has entered its third week."),
        ("en", "Volunteers travelled to P to help defend its residents from militia attacks."),
        ("en", "On Monday ministers warned that the army's capture of militant-held territory near P is not the end of the threat."),
        ("en", "She said recent terrorist attacks in P had shaken her."),
        ("en", "The reform movement has gathered fresh momentum in P."),
        ("en", "On Monday the president warned them not to “recklessly attack” P."),
        ("en", "Ministers called the plan a blatant attack on the sovereignty of P."),
        ("en", "Many of the refugees who reached P on Monday are victims of torture."),
        ("en", "Posters showed fighters killed in the long struggle for autonomy around P."),
        ("fr", "Paris a demandé lundi un arrêt \"immédiat\" des combats à P."),
    ] {
        let got = s171_happened(&s, lang, text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    for (text, want) in [
        ("I did not think twice; militants attacked the village of P on Tuesday.", "Attack"),
        ("The army retook the airport of P on Tuesday after a fierce battle.", "territory"),
        ("In a recent attack on Tuesday, gunmen killed four villagers in P.", "Attack"),
        ("Thousands of protesters gathered in P on Tuesday.", "Peaceful protest"),
        ("The shelter protected them from an intensive artillery barrage in P on Tuesday.", "Shelling/artillery/missile attack"),
        ("The army said the militants “attacked the base” in P on Tuesday.", "Attack"),
        ("Gunmen killed two villagers in an attack on P on Tuesday.", "Attack"),
    ] {
        let got = s171_happened(&s, "en", text);
        assert!(got.iter().any(|t| t.ends_with(want)), "{text}: {got:?}");
    }
}

/// S182: an article whose main place is Turkey (two Turkish places), with an event in a town of
/// another country: the Turkish forces there are external forces (inter 8) when the document names
/// that country itself; when it does not, the town may be a homonym abroad and they stay inter 1.
fn s182_turkish_troops_abroad(names_syria: bool) -> Option<u8> {
    let s = stage();
    let text = "Ankara and Gaziantep sent more tanks to the border with Syria.\nTurkish troops opened fire at militants of the Front in Kaser.";
    let mut d = doc("en", "2020-05-09", text);
    place(&mut d, "Ankara", 1, "TR");
    place(&mut d, "Gaziantep", 1, "TR");
    place(&mut d, "Kaser", 2, "SY");
    actor(&mut d, "Turkish troops", 1, Some("TR"));
    actor(&mut d, "militants of the Front", 3, None);
    if names_syria {
        let span = span_of(&d, "Syria");
        let country = ActorRef { id: Some("country:SY".into()), name: Some("Syria".into()), country: Some("SY".into()), ..Default::default() };
        d.entities.push(Entity { span, label: EntityLabel::Location, actor: Some(country) });
        d.entities.sort_by_key(|e| e.span);
    }
    s.run(&mut d);
    let e = d.events.iter().find(|e| e.location.as_ref().and_then(|l| l.geonameid) == Some(2)).expect("the event in Kaser");
    assert_eq!(e.actor1.as_ref().and_then(|a| a.country.as_deref()), Some("TR"), "{:?}", e.actor1);
    inter(&e.actor1)
}

#[test]
fn s182_home_forces_in_a_named_foreign_country_are_external_forces() {
    assert_eq!(s182_turkish_troops_abroad(true), Some(8), "Syria is named: Kaser is in Syria");
    // Control: the country is not named, Kaser may be a homonym abroad: home forces stay inter 1.
    assert_eq!(s182_turkish_troops_abroad(false), Some(1), "no country named: a homonym abroad");
}

/// S182: the side named only after the trigger, as the agent of a passive in a later clause of
/// the sentence, did it; a party after "by" with no passive auxiliary before it ("a road used by
/// the army") is still the one hit.
fn s182_sides(text: &str) -> (Option<String>, Option<String>) {
    let s = stage();
    let mut d = doc("en", "2020-05-09", text);
    actor(&mut d, "the Northern Army", 2, Some("SY"));
    place(&mut d, "Kaser", 2, "SY");
    s.run(&mut d);
    let e = d.events.first().unwrap_or_else(|| panic!("no event: {text}"));
    let name = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.name.clone());
    (name(&e.actor1), name(&e.actor2))
}

#[test]
fn s182_the_agent_of_a_later_passive_clause_is_actor1() {
    let army = Some("the Northern Army".to_string());
    let text = "Inspectors have proof that chemical weapons were used in Kaser, and that they were used by the Northern Army.";
    assert_eq!(s182_sides(text), (army.clone(), None), "{text}");
    // Control: no passive auxiliary before "by" in that later clause: the army is not the agent.
    let text = "Inspectors have proof that chemical weapons were used in Kaser, near a road used by the Northern Army.";
    assert_eq!(s182_sides(text), (None, army), "{text}");
}

fn s183_events(lang: &str, text: &str) -> Vec<String> {
    let s = stage();
    let mut d = doc(lang, "2020-06-05", text);
    place(&mut d, "P", 1, "SY");
    s.run(&mut d);
    d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.clone()).collect()
}

/// S183: a consequence told with a modal ("would lead to", "could result in") however far from its
/// subject, land won in battle, a plot foiled told
/// with a long passive in French and foreign officials who "défilent" make no false event; someone
/// killed while clearing mines was killed by an explosive. Controls: a lead-to in another sentence,
/// chemical weapons used, soldiers killed in battle, mines cleared with no
/// death, an ambush foiled and protesters who march keep their events.
#[test]
fn s183_prospects_battles_and_devices() {
    for (lang, text) in [
        ("en", "Aid agencies said an offensive by government forces against the last villages held by the rebels near P would lead to a humanitarian disaster."),
        ("en", "Officials warned on Monday that a full-scale assault on P could result in thousands of deaths."),
        ("en", "Thousands of families fled the villages of P won in battle by the army."),
        ("fr", "Les dirigeants étrangers défilent à P depuis lundi."),
    ] {
        let got = s183_events(lang, text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    for (lang, text, want) in [
        ("en", "A volunteer was killed while clearing mines near P on Tuesday.", "Remote explosive/landmine/IED"),
        ("fr", "Un attentat contre le grand marché de P déjoué mardi par la police.", "Disrupted weapons use"),
        // Controls.
        ("en", "Gunmen killed two villagers in an attack on P on Tuesday.\nOfficials said the talks would lead to a ceasefire.", "Attack"),
        ("en", "Government forces used chemical weapons in an attack on P on Monday.", "Chemical weapon"),
        ("en", "Ten soldiers were killed in battle with militants near P on Tuesday.", "Armed clash"),
        ("en", "Engineers cleared mines near P on Tuesday.", "Disrupted weapons use"),
        ("fr", "Les soldats ont déjoué une embuscade à P mardi.", "Armed clash"),
        ("fr", "Des milliers de manifestants défilent à P mardi.", "Peaceful protest"),
    ] {
        let got = s183_events(lang, text);
        assert!(got.iter().any(|t| t == want), "{text}: {got:?}");
    }
}

// S192: strategic developments told with words no row read
/// S192: a coup told as an act (staged, attempted, thwarted, power taken) is ACLED's Other; weapons
/// impounded or landmines removed are disrupted weapons use; livestock rustled or carried off told
/// by its kind is looting; armed men cleared or chased from a place by the army are territory
/// taken; weapons handed over change a group's activity; burning barricades are a violent
/// demonstration. Controls: a battle told with a coup attempt stays the battle, a coup named as
/// the past makes no event, mines cleared and a town handed over keep their readings.
#[test]
fn s192_strategic_developments_vocabulary() {
    for (lang, text, want) in [
        ("en", "Soldiers staged a coup in P on Tuesday.", "Other"),
        ("en", "A coup attempt was thwarted in P on Tuesday.", "Other"),
        ("en", "Mutinous soldiers overthrew the president in P on Tuesday.", "Other"),
        ("fr", "Une tentative de putsch a été déjouée à P mardi.", "Other"),
        ("fr", "Des militaires ont pris le pouvoir lors d'un coup d'État à P mardi.", "Other"),
        ("en", "Customs officers impounded a consignment of guns at the port of P on Thursday.", "Disrupted weapons use"),
        ("fr", "Les gendarmes ont mis la main sur un lot d'armes de guerre à P lundi.", "Disrupted weapons use"),
        ("en", "Two landmines were removed from the road near P on Monday.", "Disrupted weapons use"),
        ("en", "Bandits rustled 100 cows in P on Monday.", "Looting/property destruction"),
        ("fr", "Des bandits ont emporté 100 bœufs à P lundi.", "Looting/property destruction"),
        ("en", "The army cleared militants from the village of P on Friday.", "@territory"),
        ("fr", "L'armée a chassé les jihadistes du village de P vendredi.", "@territory"),
        ("en", "The militia handed over its weapons to the army in P on Thursday.", "Change to group/activity"),
        ("fr", "La milice a remis ses armes à l'armée à P jeudi.", "Change to group/activity"),
        ("en", "Youths set up burning barricades in P on Monday.", "Violent demonstration"),
        // Controls.
        ("en", "Foreign fighters launched a coup attempt against the leader in P and lost a two-day battle with his bodyguards.", "Armed clash"),
        ("en", "Engineers cleared mines near P on Tuesday.", "Disrupted weapons use"),
        ("en", "The rebels handed over the town of P to the army on Monday.", "Non-violent transfer of territory"),
    ] {
        // The helper names no actor kinds: a place taken reads as either taking.
        let got = s183_events(lang, text);
        let taken = |t: &str| t == "Government regains territory" || t == "Non-state actor overtakes territory";
        assert!(got.first().is_some_and(|t| t == want || (want == "@territory" && taken(t))), "{text}: {got:?}");
    }
    for (lang, text) in [
        ("en", "The president has ruled P since the 2012 coup."),
        ("fr", "Le président dirige P depuis le coup d'État de 2012."),
    ] {
        let got = s183_events(lang, text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

// S190: protests and riots, typed as ACLED's codebook types them

/// S190: a group arrested after a protest counted with no number ("Some of them were detained"),
/// a crowd its protest describes doing violence ("a crowd protesting the death of a man attacked
/// the police station"), a protester killed in the passive by the security forces or hit by
/// gunfire or a young person killed during a protest (one dead: "a youth", "un jeune homme" are
/// victim words), protesters maimed ("lost an eye", "éborgnée"), a generic cue inside what a
/// protest is against ("the fight against the virus") and a protest that is the suspicion of an
/// arrest. Controls: protesters injured with no serious harm, one man arrested after a protest, a
/// protest against an attack, a protest after a killing by the security forces, a habit of
/// protesting, an arrest at a protest.
#[test]
fn s190_protests_and_riots_typed_as_acled_types_them() {
    let s = stage();
    let police = [("police", 1)];
    let forces_en = [("security forces", 1)];
    let forces_fr = [("forces de sécurité", 1)];
    let none: [(&str, u8); 0] = [];
    for (lang, text, actors, want) in [
        ("en", "Members of a teachers' union protested in Kumasi on Tuesday over unpaid wages.\nSome of them were detained by the police.", &police[..], "Protest with intervention"),
        ("fr", "Des militants ont manifesté à Kumasi mardi contre la loi.\nCertains d'entre eux ont été interpellés par la police.", &police[..], "Protest with intervention"),
        ("en", "A crowd protesting the death of a man in custody attacked the police station in Kumasi on Tuesday.", &none[..], "Violent demonstration"),
        ("en", "Youths who were protesting the death of a pupil attacked the police station in Kumasi on Tuesday.", &none[..], "Violent demonstration"),
        ("fr", "Des jeunes qui protestaient contre la mort d'un élève ont attaqué le commissariat de Kumasi mardi.", &none[..], "Violent demonstration"),
        ("en", "A student was killed by security forces during a protest against fees in Kumasi on Tuesday.", &forces_en[..], "Excessive force against protesters"),
        ("fr", "Un étudiant a été tué par les forces de sécurité lors d'une manifestation contre la vie chère à Kumasi mardi.", &forces_fr[..], "Excessive force against protesters"),
        ("en", "Three protesters were wounded by gunfire in Kumasi on Tuesday.", &none[..], "Excessive force against protesters"),
        ("fr", "La police a blessé par balle trois manifestants à Kumasi mardi.", &police[..], "Excessive force against protesters"),
        ("fr", "Un manifestant a succombé à ses blessures à Kumasi mardi après avoir été touché par une balle.", &none[..], "Excessive force against protesters"),
        ("en", "Doctors protested in Kumasi on Tuesday against the lack of masks in the fight against the coronavirus.", &none[..], "Peaceful protest"),
        ("fr", "Des médecins ont manifesté à Kumasi mardi contre le manque de masques dans la lutte contre le coronavirus.", &none[..], "Peaceful protest"),
        ("en", "Activists marched in Kumasi on Tuesday in support of the struggle for independence.", &none[..], "Peaceful protest"),
        ("fr", "La police a arrêté douze personnes soupçonnées d'avoir organisé les manifestations à Kumasi mardi.", &police[..], "Arrests"),
        ("en", "Police arrested twelve people suspected of having organised the protests in Kumasi on Tuesday.", &[("Police", 1)][..], "Arrests"),
        // A young person killed counts one dead, as "a man" does.
        ("en", "A youth was killed during a protest in Kumasi on Tuesday.", &none[..], "Excessive force against protesters"),
        ("fr", "Un jeune homme a été tué par balle lors d'une manifestation à Kumasi mardi.", &none[..], "Excessive force against protesters"),
        // Harm that maims, told by its effect, is serious harm.
        ("en", "Police fired rubber bullets at protesters in Kumasi on Tuesday, injuring five, one of whom lost an eye.", &[("Police", 1)][..], "Excessive force against protesters"),
        ("fr", "La police a tiré des balles en caoutchouc sur les manifestants à Kumasi mardi, blessant cinq personnes, dont une éborgnée.", &police[..], "Excessive force against protesters"),
        // Controls.
        ("en", "Police fired rubber bullets at protesters in Kumasi on Tuesday, injuring five.", &[("Police", 1)][..], "Protest with intervention"),
        ("en", "Members of a teachers' union protested in Kumasi on Tuesday over unpaid wages.\nTheir leader was detained by the police.", &police[..], "Peaceful protest"),
        ("en", "Residents protesting the attack on a school marched in Kumasi on Tuesday.", &none[..], "Peaceful protest"),
        ("en", "Hundreds protested in Kumasi on Tuesday after a student was killed by security forces.", &forces_en[..], "Peaceful protest"),
        ("fr", "La police a interpellé des dizaines de manifestants lors d'un rassemblement à Kumasi mardi.", &police[..], "Protest with intervention"),
    ] {
        let got = s61_types(&s, lang, text, actors);
        assert_eq!(got.first().map(String::as_str), Some(want), "{text}: {got:?}");
    }
    // A habit of protesting stays no event.
    let text = "Workers protest against low pay in Kumasi every week.";
    let got = s61_types(&s, "en", text, &none);
    assert!(got.is_empty(), "{text}: {got:?}");
}

// S194: a town written as the container of a district ("Kelora district, Dambatu") does not win
// over the district for being a town; a town written first, then its district, stays the place.
#[test]
fn s194_a_town_written_as_a_districts_container_gives_way_to_the_district() {
    let s = stage();
    let run = |lang: &str, text: &str, places: &[(&str, Option<u64>, &str)]| {
        let mut d = doc(lang, "2020-05-09", text);
        for (needle, id, kind) in places {
            let span = span_of(&d, needle);
            let geo = GeoRef { geonameid: *id, name: Some(needle.to_string()), lat: Some(1.0), lon: Some(2.0), country: Some("NG".into()), kind: Some(kind.to_string()), ..Default::default() };
            d.places.push(Place { span, geo: Some(geo) });
        }
        s.run(&mut d);
        d.events.first().and_then(|e| e.location.as_ref()).and_then(|l| l.name.clone())
    };
    // English and French, a comma and a bracket.
    let got = run("en", "Gunmen killed three farmers in Kelora district, Dambatu, on Friday.", &[("Kelora", None, "admin2"), ("Dambatu", Some(7), "city")]);
    assert_eq!(got.as_deref(), Some("Kelora"));
    let got = run("fr", "Des hommes armés ont tué trois paysans dans la commune de Kelora (Dambatu) vendredi.", &[("Kelora", None, "admin2"), ("Dambatu", Some(7), "city")]);
    assert_eq!(got.as_deref(), Some("Kelora"));
    // Control: the town first, its district after: the town.
    let got = run("en", "Gunmen killed three farmers in Dambatu, Kelora district, on Friday.", &[("Dambatu", Some(7), "city"), ("Kelora", None, "admin2")]);
    assert_eq!(got.as_deref(), Some("Dambatu"));
}

// S193: explosions and remote violence, and clash vs attack.
fn s193_events(lang: &str, text: &str) -> Vec<String> {
    let s = stage();
    let mut d = doc(lang, "2020-06-10", text);
    place(&mut d, "P", 1, "SY");
    // The armed sides named, as the actor stage finds them.
    for needle in ["Rebels", "rebelles", "Militants", "militants", "Soldiers"] {
        if d.text.contains(needle) {
            actor(&mut d, needle, if needle == "Soldiers" { 1 } else { 2 }, Some("SY"));
        }
    }
    // Attackers named by a generic word: an unidentified armed group.
    for needle in ["attackers", "Assailants", "assaillants"] {
        if d.text.contains(needle) {
            let span = span_of(&d, needle);
            let unnamed = ActorRef { id: Some("armed-group".into()), name: Some("Unidentified Armed Group".into()), inter: Some(3), country: Some("SY".into()), ..Default::default() };
            d.entities.push(Entity { span, label: EntityLabel::Organisation, actor: Some(unnamed) });
            d.entities.sort_by_key(|e| e.span);
        }
    }
    s.run(&mut d);
    d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.clone()).collect()
}

/// S193: the agent or the bomber told in the phrase of the delivery ("barrel bombs filled with
/// chlorine") types the incident; gear worn on the body ("an explosives belt", "explosifs attachés à
/// son corps") is a suicide bomb; a toxic chemical is a chemical weapon. Control: a strike told
/// after the chemical attack it answers stays a strike.
#[test]
fn s193_the_agent_or_the_bomber_types_the_explosion() {
    for (lang, text, want) in [
        ("en", "Government forces dropped barrel bombs filled with chlorine on P, injuring dozens of civilians.", "Chemical weapon"),
        ("fr", "Des roquettes chargées de chlore se sont abattues sur un quartier de P, blessant vingt personnes.", "Chemical weapon"),
        ("fr", "Des obus de mortier contenant du chlore ont frappé P mardi, blessant quinze civils.", "Chemical weapon"),
        ("en", "A girl wearing an explosives belt detonated it at the market in P, killing four people.", "Suicide bomb"),
        ("en", "An explosion at a checkpoint in P killed six policemen.\nThe attacker detonated explosives strapped to his body.", "Suicide bomb"),
        ("en", "Police used a toxic chemical on protesters in P on Monday, leaving dozens vomiting.", "Chemical weapon"),
        ("fr", "La police a utilisé un produit chimique toxique contre des manifestants à P lundi.", "Chemical weapon"),
        // Control: what the strikes answered is another incident.
        ("en", "Jets carried out air strikes on P on Monday after the chlorine attack of last month.", "Air/drone strike"),
    ] {
        let got = s193_events(lang, text);
        assert_eq!(got.first().map(String::as_str), Some(want), "{text}: {got:?}");
    }
}

/// S193: an attack told by a generic attack word, then the weapon it was made with: one incident,
/// typed by the weapon. Control: a clash told by a fighting word stays a clash, listed first.
#[test]
fn s193_an_attack_told_then_its_weapon_is_the_weapon() {
    for (lang, text, want) in [
        ("en", "Rebels attacked a military camp near P on Sunday.\nThe attackers fired mortar shells at the camp, wounding three soldiers.", "Shelling/artillery/missile attack"),
        ("en", "Assailants attacked a police station in P on Monday.\nPolice said a grenade was thrown at the building, wounding two officers.", "Grenade"),
        ("fr", "Les rebelles ont attaqué un camp militaire près de P dimanche.\nLes assaillants ont tiré des obus de mortier sur le camp, blessant trois soldats.", "Shelling/artillery/missile attack"),
        ("fr", "Une patrouille de police a été attaquée lundi à P.\nDes militants ont lancé une grenade sur le véhicule, blessant trois policiers.", "Grenade"),
    ] {
        let got = s193_events(lang, text);
        assert_eq!(got, vec![want.to_string()], "{text}");
    }
    let text = "Soldiers clashed with rebels near P on Sunday.\nLater the rebels fired mortar shells at the camp.";
    let got = s193_events("en", text);
    assert_eq!(got.first().map(String::as_str), Some("Armed clash"), "{text}: {got:?}");
}

/// S193: a missile or rockets fired, then intercepted, never struck: disrupted weapons use; aircraft
/// that attacked ("des hélicoptères ont attaqué") strike from the air. Control: rockets that wounded
/// people stay a shelling when one more was intercepted.
#[test]
fn s193_weapons_intercepted_and_aircraft_that_attacked() {
    for (lang, text, want) in [
        ("en", "Rebels fired a ballistic missile at P on Saturday.\nAir defences intercepted it over the city, the coalition said.", "Disrupted weapons use"),
        ("en", "Militants fired two rockets towards the airport in P late on Monday.\nBoth were intercepted and there were no casualties.", "Disrupted weapons use"),
        ("fr", "Les rebelles ont tiré un missile balistique sur P samedi.\nLa défense aérienne l'a intercepté au-dessus de la ville.", "Disrupted weapons use"),
        ("fr", "Des hélicoptères ont attaqué des positions rebelles près de P lundi.", "Air/drone strike"),
        // Control: the rockets hurt people.
        ("en", "Rebels fired rockets at P on Sunday, wounding three civilians, officials said.\nAir defences intercepted a third rocket.", "Shelling/artillery/missile attack"),
    ] {
        let got = s193_events(lang, text);
        assert_eq!(got.first().map(String::as_str), Some(want), "{text}: {got:?}");
    }
}

// S191: territory and battles: who took the place.
fn s191_event(lang: &str, text: &str, sides: &[(&str, u8, &str)], place_country: &str, day: Option<&str>) -> Option<(String, Option<String>, Option<u8>)> {
    let s = stage();
    let mut d = doc(lang, "2021-06-10", text);
    for (needle, inter, country) in sides {
        actor(&mut d, needle, *inter, Some(country));
    }
    place(&mut d, "Karvo", 7, place_country);
    if let Some(day) = day {
        time(&mut d, day, "2021-06-08");
    }
    s.run(&mut d);
    d.events.iter().find(|e| e.happened()).map(|e| {
        let a1 = e.actor1.as_ref();
        (e.sub_event_type.clone(), a1.and_then(|a| a.name.clone()), a1.and_then(|a| a.inter))
    })
}

/// S191: an offensive to retake a place is a battle (the aim yields to the offensive, a date in the
/// aim's cue kept); the subject of a time clause ("after the rebels seized") or of the main clause
/// after a fronted phrase ("After clashes with the rebels, the army recaptured") took the place;
/// fighting told as a span of time yields to the place taken; a change of hands told with a date
/// inside ("est passé dimanche sous le contrôle"), a place handed over, surrendered or abandoned; a
/// place secured after an attack repelled is a battle; state forces read as foreign only by the place
/// who take it from their own country's rebels regain it. Controls: an ally named beside the army, a
/// place secured alone, an operation to retake with no battle told.
#[test]
fn s191_who_took_the_place() {
    let (army, rebels) = (("The army", 1, "XX"), ("the rebels", 2, "XX"));
    let (armee, rebelles) = (("L'armée", 1, "XX"), ("les rebelles", 2, "XX"));
    let grt = "Government regains territory";
    let nso = "Non-state actor overtakes territory";
    let nvt = "Non-violent transfer of territory";
    let clash = "Armed clash";
    for (lang, text, sides, day, want, taker) in [
        ("en", "The army launched an offensive on Tuesday to retake the town of Karvo from the rebels.", vec![army, rebels], Some("Tuesday"), clash, None),
        ("fr", "L'armée a lancé mardi une offensive pour reprendre la ville de Karvo aux rebelles.", vec![armee, ("rebelles", 2, "XX")], Some("mardi"), clash, None),
        ("en", "The army vowed to retake Karvo after the rebels seized the town on Monday.", vec![army, rebels], Some("Monday"), nso, Some("the rebels")),
        ("en", "After clashes with the rebels, the army recaptured the town of Karvo on Tuesday.", vec![rebels, ("the army", 1, "XX")], Some("Tuesday"), grt, Some("the army")),
        ("fr", "Après des combats avec les rebelles, l'armée a repris mardi le contrôle de la ville de Karvo.", vec![rebelles, ("l'armée", 1, "XX")], Some("mardi"), grt, Some("l'armée")),
        ("en", "Karvo was captured by the rebels on Saturday after days of fighting with the army.", vec![rebels, ("the army", 1, "XX")], Some("Saturday"), nso, None),
        ("fr", "Le district de Karvo est passé dimanche sous le contrôle des rebelles après des combats.", vec![("rebelles", 2, "XX")], Some("dimanche"), nso, None),
        ("fr", "Le district de Karvo est repassé dimanche sous le contrôle de l'armée.", vec![("l'armée", 1, "XX")], Some("dimanche"), grt, None),
        ("fr", "L'armée a remis dimanche le contrôle de la localité de Karvo aux miliciens.", vec![armee, ("miliciens", 3, "XX")], Some("dimanche"), nvt, None),
        ("fr", "Les rebelles sont entrés vendredi dans la ville de Karvo, abandonnée par l'armée.", vec![("Les rebelles", 2, "XX"), ("l'armée", 1, "XX")], Some("vendredi"), nvt, None),
        ("en", "The rebels entered the town of Karvo on Friday, abandoned by the army the day before.", vec![("The rebels", 2, "XX"), ("the army", 1, "XX")], Some("Friday"), nvt, None),
        ("en", "The rebels surrendered the town of Karvo to the army on Monday after negotiations.", vec![("The rebels", 2, "XX"), ("the army", 1, "XX")], Some("Monday"), nvt, None),
        ("fr", "Les rebelles ont remis la ville de Karvo à l'armée lundi.", vec![("Les rebelles", 2, "XX"), ("l'armée", 1, "XX")], Some("lundi"), nvt, None),
        ("en", "Soldiers secured the town of Karvo on Monday after repelling an attack by the rebels.", vec![("Soldiers", 1, "XX"), rebels], Some("Monday"), clash, None),
        ("fr", "Les soldats ont sécurisé la ville de Karvo lundi après avoir repoussé une attaque des rebelles.", vec![("Les soldats", 1, "XX"), ("rebelles", 2, "XX")], Some("lundi"), clash, None),
        // Controls.
        ("en", "Government troops, backed by allied militias, recaptured the town of Karvo from the rebels.", vec![("Government troops", 1, "XX"), ("allied militias", 3, "XX"), rebels], None, grt, Some("Government troops")),
        ("en", "Soldiers secured the town of Karvo on Monday.", vec![("Soldiers", 1, "XX")], Some("Monday"), grt, None),
    ] {
        let got = s191_event(lang, text, &sides, "XX", day);
        let (kind, a1, _) = got.clone().unwrap_or_else(|| panic!("no event: {text}"));
        assert_eq!(kind, want, "{text}: {got:?}");
        if let Some(taker) = taker {
            assert_eq!(a1.as_deref(), Some(taker), "{text}: {got:?}");
        }
    }
    // State forces read as foreign only because the place was put in another country, taking it
    // from their own country's rebels: the state regains it, its forces are the state's (inter 1).
    let text = "The federal forces captured the town of Karvo from the rebels on Wednesday.";
    let got = s191_event("en", text, &[("The federal forces", 1, "ET"), ("the rebels", 2, "ET")], "FR", Some("Wednesday"));
    assert_eq!(got, Some((grt.to_string(), Some("The federal forces".to_string()), Some(1))), "{text}");
    // Control: foreign forces taking a place from rebels of another country overtake it.
    let got = s191_event("en", text, &[("The federal forces", 1, "ET"), ("the rebels", 2, "FR")], "FR", Some("Wednesday"));
    assert_eq!(got.map(|g| g.0), Some(nso.to_string()), "{text}");
    // Control: an operation to retake the place with no battle told is only its aim.
    let text = "The army launched an operation to retake the town of Karvo from the rebels.";
    assert_eq!(s191_event("en", text, &[army, rebels], "XX", None), None, "{text}");
}

/// S191: a place entered without a fight with a date between the verb and the cue, and a place
/// taken after the other side left its bases, changed hands without a fight; a complaint of people
/// "abandonnés par l'armée" (masculine plural) is no transfer.
#[test]
fn s191_places_left_and_entered_without_a_fight() {
    let nvt = "Non-violent transfer of territory";
    for (lang, text, sides, day) in [
        ("fr", "Les rebelles sont entrés lundi dans Karvo sans combattre.", vec![("Les rebelles", 2, "XX")], "lundi"),
        ("en", "The rebels took control of the town of Karvo on Tuesday after the soldiers left their bases.", vec![("The rebels", 2, "XX"), ("the soldiers", 1, "XX")], "Tuesday"),
    ] {
        let got = s191_event(lang, text, &sides, "XX", Some(day));
        assert_eq!(got.as_ref().map(|g| g.0.as_str()), Some(nvt), "{text}: {got:?}");
    }
    let text = "Les villageois abandonnés par l'armée ont fui vers Karvo lundi.";
    let got = s191_event("fr", text, &[("l'armée", 1, "XX")], "XX", Some("lundi"));
    assert!(got.as_ref().is_none_or(|g| g.0 != nvt), "{text}: {got:?}");
}

// S195: a district (no GeoNames id) and a town or a district of its subdivision, or near it when
// a subdivision is unknown, are one event's place, as a town and its own state are.
#[test]
fn s195_a_district_and_a_town_of_its_subdivision_are_one_place() {
    let g = |id: Option<u64>, kind: &str, admin1: Option<&str>, lat: f64, lon: f64, cc: &str| GeoRef {
        geonameid: id,
        lat: Some(lat),
        lon: Some(lon),
        country: Some(cc.into()),
        admin1: admin1.map(Into::into),
        kind: Some(kind.into()),
        ..Default::default()
    };
    let district = g(None, "admin2", Some("13"), 2.11, 45.35, "SO");
    let town = g(Some(7), "city", Some("13"), 2.04, 45.34, "SO");
    assert!(same_place(Some(&district), Some(&town)) && same_place(Some(&town), Some(&district)));
    // Another district of the subdivision, 80 km away: the same subdivision.
    let other = g(None, "admin2", Some("13"), 2.8, 45.6, "SO");
    assert!(same_place(Some(&district), Some(&other)));
    // A subdivision unknown: by the distance.
    let near = g(Some(8), "city", None, 2.2, 45.4, "SO");
    let far = g(Some(9), "city", None, 3.2, 45.4, "SO");
    assert!(same_place(Some(&district), Some(&near)) && !same_place(Some(&district), Some(&far)));
    // Controls: a town of another subdivision, or of another country; two towns of one subdivision.
    assert!(!same_place(Some(&district), Some(&g(Some(10), "city", Some("14"), 2.12, 45.36, "SO"))));
    assert!(!same_place(Some(&district), Some(&g(Some(11), "city", Some("13"), 2.12, 45.36, "KE"))));
    assert!(!same_place(Some(&town), Some(&g(Some(12), "city", Some("13"), 2.8, 45.6, "SO"))));
}

// S195: a person's home and its district ("from Brenton, Wexley"), places that are only
// attributes, agreeing with each other do not set aside the place where the sentence happens.
#[test]
fn s195_a_home_town_and_its_district_do_not_set_the_event_place_aside() {
    let s = stage();
    let run = |lang: &str, text: &str, country: &str| {
        let mut d = doc(lang, "2018-03-20", text);
        let places = [
            ("Brenton", Some(7), "city", "GB", 50.87, 0.01),
            ("Wexley", None, "admin2", "GB", 50.94, 0.27),
            (country, Some(9), "country", "SY", 34.7, 38.3),
        ];
        for (needle, id, kind, cc, lat, lon) in places {
            let span = span_of(&d, needle);
            let geo = GeoRef { geonameid: id, name: Some(needle.to_string()), lat: Some(lat), lon: Some(lon), country: Some(cc.into()), admin1: Some("ENG".into()), kind: Some(kind.to_string()), ..Default::default() };
            d.places.push(Place { span, geo: Some(geo) });
        }
        s.run(&mut d);
        d.events.first().and_then(|e| e.location.as_ref()).and_then(|l| l.name.clone())
    };
    let got = run("en", "Jane Doe, 31, from Brenton, Wexley, was killed when her convoy was hit by an airstrike in Syria on Friday.", "Syria");
    assert_eq!(got.as_deref(), Some("Syria"));
    let got = run("fr", "Une frappe aérienne a tué vendredi en Syrie une volontaire originaire de Brenton, Wexley.", "Syrie");
    assert_eq!(got.as_deref(), Some("Syrie"));
    // Control: the same two places where it happened.
    let got = run("en", "Jane Doe, 31, was killed when her convoy was hit by an airstrike in Brenton, Wexley, on Friday, Syria said.", "Syria");
    assert_eq!(got.as_deref(), Some("Brenton"));
}

// S196: triggers read through a time expression; a trigger a cue before it covers yields to another
// trigger that no cue reaches.
fn s196_event(lang: &str, text: &str, sides: &[(&str, u8)], day: Option<(&str, &str)>) -> Option<(String, Option<String>)> {
    let s = stage();
    let mut d = doc(lang, "2021-06-10", text);
    for (needle, inter) in sides {
        actor(&mut d, needle, *inter, Some("XX"));
    }
    place(&mut d, "Karvo", 7, "XX");
    if let Some((needle, value)) = day {
        time(&mut d, needle, value);
    }
    s.run(&mut d);
    d.events.iter().find(|e| e.happened()).map(|e| (e.sub_event_type.clone(), e.actor1.as_ref().and_then(|a| a.name.clone())))
}

/// S196: the words of a time expression are transparent between a pattern's words; the match
/// begins and ends on the pattern's own words and spans the time words between them.
#[test]
fn s196_a_pattern_reads_through_a_time_expression() {
    let r = vigie_resources::Resources::from_files([("t.tsv", "occupe* la ville\nseized .. town")]);
    let mut lex = crate::lexicon::Lexicon::default();
    for (i, line) in r.lines("t.tsv").enumerate() {
        lex.add(line.text, i, &line).unwrap();
    }
    let text = "Les rebelles ont occupé lundi soir la ville de Karvo.";
    let w = crate::fold::words(text, Span::new(0, text.len()));
    let time: Vec<bool> = w.iter().map(|x| matches!(&text[x.span.start..x.span.end], "lundi" | "soir")).collect();
    assert!(lex.find_all(&w).is_empty());
    let got = lex.find_all_through(&w, &time);
    assert_eq!(got.len(), 1);
    assert_eq!(&text[w[got[0].start].span.start..w[got[0].end - 1].span.end], "occupé lundi soir la ville");
    // No time word: nothing more than `find_all`.
    assert!(lex.find_all_through(&w, &vec![false; w.len()]).is_empty());
}

/// S196: a day or a time between a verb and its object ("ont occupé lundi la ville", "took on
/// Sunday control of", with its preposition) no longer hides the trigger; controls: the same sentences with no verb of
/// an event ("ont occupé lundi leur temps", "met on Tuesday the leaders").
#[test]
fn s196_a_day_between_the_verb_and_its_object() {
    let nso = "Non-state actor overtakes territory";
    for (lang, text, sides, day, want) in [
        ("fr", "Les rebelles ont occupé lundi la ville de Karvo.", vec![("Les rebelles", 2)], ("lundi", "2021-06-07"), nso),
        ("fr", "Les rebelles ont occupé lundi soir la ville de Karvo, dans le nord.", vec![("Les rebelles", 2)], ("lundi soir", "2021-06-07"), nso),
        ("fr", "Les combattants ont abandonné jeudi leurs positions à Karvo.", vec![("Les combattants", 2)], ("jeudi", "2021-06-03"), "Non-violent transfer of territory"),
        ("fr", "Les putschistes ont renversé mardi le président à Karvo.", vec![("Les putschistes", 1)], ("mardi", "2021-06-08"), "Other"),
        // With the preposition that opens the time expression (`time_preposition`).
        ("fr", "Les rebelles ont occupé dans la nuit de lundi la ville de Karvo.", vec![("Les rebelles", 2)], ("la nuit de lundi", "2021-06-07"), nso),
        ("en", "The militants took on Sunday control of the village of Karvo.", vec![("The militants", 2)], ("Sunday", "2021-06-06"), nso),
        ("en", "The soldiers overthrew on Tuesday the president in Karvo.", vec![("The soldiers", 1)], ("Tuesday", "2021-06-08"), "Other"),
    ] {
        let got = s196_event(lang, text, &sides, Some(day));
        assert_eq!(got.as_ref().map(|g| g.0.as_str()), Some(want), "{text}: {got:?}");
    }
    for (lang, text, day) in [
        ("fr", "Les élèves ont occupé lundi leur temps à réviser à Karvo.", ("lundi", "2021-06-07")),
        ("en", "The minister met on Tuesday the rebel leaders in Karvo.", ("Tuesday", "2021-06-08")),
        ("fr", "Le ministre a rencontré mardi les chefs rebelles à Karvo.", ("mardi", "2021-06-08")),
    ] {
        let got = s196_event(lang, text, &[], Some(day));
        assert_eq!(got, None, "{text}");
    }
}

/// S196: a trigger that a cue before it makes a habit or a total ("After months of protests",
/// "Après des semaines de combats") yields to a verb after a clause break that no cue reaches.
/// Controls: a total told by the main verb ("After years of war, thousands of people have been
/// killed"), a cue covering the only trigger ("Months of protests have shaken the country"), the
/// act a cause marker names ("following the attack").
#[test]
fn s196_a_trigger_the_cue_does_not_reach() {
    for (lang, text, sides, want) in [
        ("en", "After months of protests, workers demonstrated again in Karvo.", vec![("workers", 6)], "Peaceful protest"),
        ("fr", "Après des mois de contestation, les ouvriers ont manifesté à Karvo.", vec![("les ouvriers", 6)], "Peaceful protest"),
        ("en", "After weeks of fighting, the rebels attacked an army base near Karvo.", vec![("the rebels", 2), ("army", 1)], "Armed clash"),
        ("fr", "Après des semaines de combats, les rebelles ont attaqué une base de l'armée près de Karvo.", vec![("les rebelles", 2), ("l'armée", 1)], "Armed clash"),
        ("en", "After days of clashes, police arrested twenty youths in Karvo.", vec![("police", 1)], "Arrests"),
        ("en", "Despite weeks of clashes, the rebels attacked again, killing three soldiers near Karvo.", vec![("the rebels", 2), ("soldiers", 1)], "Armed clash"),
    ] {
        let got = s196_event(lang, text, &sides, None);
        assert_eq!(got.as_ref().map(|g| g.0.as_str()), Some(want), "{text}: {got:?}");
    }
    for (lang, text) in [
        ("en", "Months of protests have shaken Karvo."),
        ("fr", "Des mois de manifestations ont secoué Karvo."),
        ("en", "There were weeks of clashes in Karvo, following the attack of one clan on another."),
    ] {
        let got = s196_event(lang, text, &[], None);
        assert_eq!(got, None, "{text}");
    }
}

/// S196: a reflexive verb's auxiliary is no passive: "les rebelles se sont emparés (samedi) de la
/// ville" are the takers (actor1), with or without a day inside the phrase.
#[test]
fn s196_a_reflexive_verb_is_active() {
    for (text, day) in [
        ("Les rebelles se sont emparés de la ville de Karvo.", None),
        ("Les rebelles se sont emparés samedi de la ville de Karvo.", Some(("samedi", "2021-06-05"))),
    ] {
        let got = s196_event("fr", text, &[("Les rebelles", 2)], day);
        assert_eq!(got, Some(("Non-state actor overtakes territory".to_string(), Some("Les rebelles".to_string()))), "{text}");
    }
}

/// S220: where the first event of an English sentence happened, its places given as (name,
/// GeoNames id, kind, country).
fn s220_located(text: &str, places: &[(&str, Option<u64>, &str, &str)]) -> Option<String> {
    let s = stage();
    let mut d = doc("en", "2020-05-09", text);
    for (needle, id, kind, country) in places {
        let span = span_of(&d, needle);
        let geo = GeoRef { geonameid: *id, name: Some(needle.to_string()), lat: Some(1.0), lon: Some(2.0), country: Some(country.to_string()), kind: Some(kind.to_string()), ..Default::default() };
        d.places.push(Place { span, geo: Some(geo) });
    }
    s.run(&mut d);
    d.events.first().and_then(|e| e.location.as_ref()).and_then(|l| l.name.clone())
}

/// S220: a chain of containers after a commune ("Bamba (Koro, Mopti)": the district and the
/// region, both held for towns by the gazetteer) gives way along the chain: the commune is where.
/// Control: two towns listed with a comma, the first a town, stay the first.
#[test]
fn s220_a_chain_of_containers_gives_way_to_the_commune() {
    let places = [("Kelora", None, "admin2", "ML"), ("Dambatu", Some(7), "city", "ML"), ("Sirako", Some(8), "city", "ML")];
    let got = s220_located("Gunmen killed three farmers in the village of Kelora (Dambatu, Sirako) on Friday.", &places);
    assert_eq!(got.as_deref(), Some("Kelora"));
    let got = s220_located("Gunmen killed three farmers in Kelora commune, Dambatu, Sirako on Friday.", &places);
    assert_eq!(got.as_deref(), Some("Kelora"));
    // Control: a town first, then towns: the first town.
    let got = s220_located("Gunmen killed three farmers in Dambatu, Sirako on Friday.", &places[1..]);
    assert_eq!(got.as_deref(), Some("Dambatu"));
}

/// S220: the taker named after a territory verb that ends on a `taker_marker`, with nobody before
/// the verb ("Karvo fell to the rebels", "est tombée aux mains des rebelles"), is the first actor;
/// the side hit is left empty. Control: a taker before the verb stays first.
#[test]
fn s220_the_taker_after_the_verb_is_the_first_actor() {
    let got = s191_event("en", "Karvo fell to the rebels on Tuesday.", &[("rebels", 2, "XX")], "XX", Some("Tuesday"));
    assert_eq!(got, Some(("Non-state actor overtakes territory".into(), Some("rebels".into()), Some(2))));
    let got = s191_event("fr", "La ville de Karvo est tombée mardi aux mains des rebelles.", &[("rebelles", 2, "XX")], "XX", Some("mardi"));
    assert_eq!(got, Some(("Non-state actor overtakes territory".into(), Some("rebelles".into()), Some(2))));
    let got = s191_event("en", "The rebels captured the town of Karvo on Tuesday.", &[("rebels", 2, "XX")], "XX", Some("Tuesday"));
    assert_eq!(got, Some(("Non-state actor overtakes territory".into(), Some("rebels".into()), Some(2))));
}

/// S220: an anniversary or a commemoration of violence, with the article's contracted or elided
/// form ("l'anniversaire du massacre", "la commémoration des attentats") tells the past, not an
/// event. Control: the massacre told is one.
#[test]
fn s220_an_anniversary_after_du_or_des_is_background() {
    let s = stage();
    let happened = |text: &str| {
        let mut d = doc("fr", "2021-06-10", text);
        place(&mut d, "Karvo", 7, "XX");
        s.run(&mut d);
        d.events.iter().filter(|e| e.happened()).count()
    };
    assert_eq!(happened("Les habitants de Karvo ont célébré l'anniversaire du massacre."), 0);
    assert_eq!(happened("Les habitants de Karvo ont assisté à la commémoration des attentats."), 0);
    assert_eq!(happened("Des hommes armés ont commis un massacre à Karvo."), 1);
}

/// S220: an armed clash whose sentence names no first side takes the state's force named in the
/// sentence right before it, when that sentence told no event ("the Military Police carried out an
/// operation ... A shoot-out broke out"), with the country of the place when its name gives none.
/// Controls: no force named before; a force named in a sentence of another paragraph.
#[test]
fn s220_a_clash_takes_the_force_named_in_the_sentence_before() {
    let s = stage();
    let run = |text: &str| {
        let mut d = doc("en", "2020-05-09", text);
        // Sentences end at ". " inside a line; a line is a paragraph.
        d.sentences.clear();
        let mut start = 0;
        for part in text.split_inclusive(['\n', '.']) {
            let end = start + part.len();
            if part.trim().len() > 1 {
                d.sentences.push(Sentence { span: Span::new(start, end) });
            }
            start = end;
        }
        if let Some(start) = d.text.find("the Military Police") {
            let span = Span::new(start, start + "the Military Police".len());
            let force = ActorRef { id: Some("police".into()), name: Some("Police".into()), inter: Some(1), plover: Some("COP".into()), ..Default::default() };
            d.entities.push(Entity { span, label: EntityLabel::Organisation, actor: Some(force) });
        }
        place(&mut d, "Karvo", 7, "BR");
        s.run(&mut d);
        d.events.iter().find(|e| e.happened()).map(|e| (e.sub_event_type.clone(), e.actor1.as_ref().map(|a| (a.name.clone(), a.country.clone()))))
    };
    let got = run("On 2 May 2020, the Military Police carried out an operation against drug trafficking in Karvo. A shoot-out broke out and a suspect was shot and died.");
    assert_eq!(got, Some(("Armed clash".into(), Some((Some("Police".into()), Some("BR".into()))))));
    let got = run("On 2 May 2020, residents of Karvo went to the market. A shoot-out broke out and a suspect was shot and died.");
    assert_eq!(got.map(|g| g.1), Some(None));
    let got = run("On 2 May 2020, the Military Police carried out an operation against drug trafficking in Karvo.\nA shoot-out broke out and a suspect was shot and died.");
    assert_eq!(got.map(|g| g.1), Some(None));
}

/// S220: a district of geoBoundaries (no GeoNames id) ranks with the towns: the first named of
/// them is where ("the town of Kelora in the northern countryside of Dambatu", Dambatu a city).
/// Control: a GeoNames second-level subdivision stays broader than the town after it.
#[test]
fn s220_a_district_without_a_geonames_id_ranks_with_the_towns() {
    let text = "Gunmen killed three farmers in the town of Kelora in the northern countryside of Dambatu on Friday.";
    assert_eq!(s220_located(text, &[("Kelora", None, "admin2", "SY"), ("Dambatu", Some(7), "city", "SY")]).as_deref(), Some("Kelora"));
    assert_eq!(s220_located(text, &[("Kelora", Some(8), "admin2", "SY"), ("Dambatu", Some(7), "city", "SY")]).as_deref(), Some("Dambatu"));
}

/// S220: the first event that happened in an English one-sentence document with a town Karvo
/// (country XX) and the given sides named (each of country XX).
fn s220_first(text: &str, sides: &[(&str, u8)]) -> Option<Event> {
    let s = stage();
    let mut d = doc("en", "2021-06-10", text);
    for (needle, inter) in sides {
        actor(&mut d, needle, *inter, Some("XX"));
    }
    place(&mut d, "Karvo", 7, "XX");
    s.run(&mut d);
    d.events.into_iter().find(|e| e.happened())
}

/// S220: a party the trigger's own words name after its first word ("clashed with police") is
/// the side its verb reaches: actor2. Control: the same sides with a trigger that names none.
#[test]
fn s220_a_party_inside_the_trigger_after_its_verb_is_the_second_side() {
    let run = |text: &str| s220_first(text, &[("Rebels", 2), ("police", 1)]).map(|e| (e.sub_event_type, e.actor2.and_then(|a| a.name)));
    assert_eq!(run("Rebels clashed with police in Karvo on Tuesday."), Some(("Armed clash".into(), Some("police".into()))));
    assert_eq!(run("Rebels fought the police in Karvo on Tuesday."), Some(("Armed clash".into(), Some("police".into()))));
}

/// S220: a news agency's name that is also an armed group's ("AA": Anadolu's credit, and the
/// Arakan Army) names the group when the document's places lie in the group's country.
/// Control: with the places in another country, it stays the agency, no side.
#[test]
fn s220_an_agency_acronym_that_names_an_armed_group_of_the_place() {
    let s = stage();
    let run = |country: &str| {
        let mut d = doc("en", "2021-06-10", "Soldiers and AA clashed in Karvo on Tuesday.");
        actor(&mut d, "Soldiers", 1, Some(country));
        actor(&mut d, "AA", 2, Some("MM"));
        place(&mut d, "Karvo", 7, country);
        s.run(&mut d);
        d.events.iter().find(|e| e.happened()).and_then(|e| e.actor2.as_ref().and_then(|a| a.name.clone()))
    };
    assert_eq!(run("MM").as_deref(), Some("AA"));
    assert_eq!(run("TR"), None);
}

/// S220: a town written before a district of another country, two words between ("Naushera
/// sector area (Rajouri district)"), is a namesake set aside even when a country named in the
/// sentence agrees with it; the country it alone supported no longer sets the district aside.
/// Control: the town alone with the country stays where.
#[test]
fn s220_a_namesake_before_a_foreign_district_is_set_aside() {
    let places = [("Pakistan", Some(1), "country", "PK"), ("Naushera", Some(2), "city", "PK"), ("Rajouri", None, "admin2", "IN")];
    let got = s220_located("Soldiers exchanged fire with Pakistan across the border in Naushera sector area (Rajouri district) on Friday.", &places);
    assert_eq!(got.as_deref(), Some("Rajouri"));
    let got = s220_located("Soldiers exchanged fire with Pakistan across the border in Naushera on Friday.", &places[..2]);
    assert_eq!(got.as_deref(), Some("Naushera"));
}

/// S220: a fight "between" two sides of which only the first is known ("clashes took place
/// between HTS and an unknown group") has that side first and the other unnamed. Controls: both
/// sides known; an explosion near a site "between" forces and militants takes no side from it.
#[test]
fn s220_the_only_known_side_after_between_is_the_first() {
    let s = stage();
    let run = |text: &str| {
        let mut d = doc("en", "2021-06-10", text);
        actor(&mut d, "HTS", 2, Some("XX"));
        if d.text.contains("rebels") {
            actor(&mut d, "rebels", 2, Some("XX"));
        }
        place(&mut d, "Karvo", 7, "XX");
        s.run(&mut d);
        d.events.iter().find(|e| e.happened()).map(|e| (e.actor1.as_ref().and_then(|a| a.name.clone()), e.actor2.as_ref().and_then(|a| a.name.clone())))
    };
    assert_eq!(run("Clashes took place between HTS and an unknown group in Karvo on Tuesday."), Some((Some("HTS".into()), None)));
    assert_eq!(run("Clashes took place between HTS and rebels in Karvo on Tuesday."), Some((Some("HTS".into()), Some("rebels".into()))));
    let got = run("An explosion took place in Karvo on Tuesday near an encounter site between HTS and unknown men.");
    assert_ne!(got.and_then(|g| g.0).as_deref(), Some("HTS"));
}

/// S220: a passive verb with nobody named before it ("a drug suspect was killed during a police
/// raid") was done by the state's force named after it: actor1, the victim the default
/// civilians. Control: a non-state party after it is not read so.
#[test]
fn s220_the_force_after_a_passive_with_nobody_before_did_it() {
    let run = |text: &str, who: &str, inter: u8| s220_first(text, &[(who, inter)]).map(|e| (e.actor1.and_then(|a| a.name), e.actor2.and_then(|a| a.inter)));
    assert_eq!(run("A drug suspect was killed during a police raid in Karvo on Tuesday.", "police", 1), Some((Some("police".into()), Some(7))));
    let got = run("A drug suspect was killed during a rebel raid in Karvo on Tuesday.", "rebel", 2);
    assert_ne!(got.and_then(|g| g.0).as_deref(), Some("rebel"));
}

/// S220: goods only criminals deal in, seized by the state's forces: the second side is an
/// unidentified gang. Control: other goods seized keep the default civilians.
#[test]
fn s220_a_gangs_goods_seized_by_the_state() {
    let hit = |text: &str| s220_first(text, &[("police", 1)]).and_then(|e| e.actor2).and_then(|a| a.inter);
    assert_eq!(hit("On Tuesday, federal police forces seized 3 tons of marijuana hidden in a farm in Karvo."), Some(3));
    assert_ne!(hit("On Tuesday, federal police forces seized the houses of the villagers in Karvo."), Some(3));
}

/// S220: mob violence told as a fight between groups ("two village groups clashed") has rioters
/// on both sides. Control: a mob that beats a man keeps the default civilians as the one hit.
#[test]
fn s220_groups_that_clash_riot_on_both_sides() {
    let hit = |text: &str| s220_first(text, &[]).and_then(|e| e.actor2).and_then(|a| a.inter);
    assert_eq!(hit("On Tuesday, two village groups clashed and pelted stones at each other in Karvo over a land dispute."), Some(5));
    assert_ne!(hit("On Tuesday, a mob beat a man to death in Karvo over a land dispute."), Some(5));
}

/// S220: an event placed nowhere: the side of no nationality fighting the state's forces is of
/// their country ("the PMF's rocket shelling targeted IS gatherings": the Islamic State in Iraq).
/// Control: with a head of state, not forces, as the state's side, nothing is filled.
#[test]
fn s220_a_side_of_no_nationality_is_of_the_forces_country_when_no_place_is_known() {
    let s = stage();
    let run = |text: &str, state: &str, plover: &str| {
        let mut d = doc("en", "2021-06-10", text);
        let span = span_of(&d, state);
        let a = ActorRef { id: Some("x".into()), name: Some(state.into()), inter: Some(1), country: Some("IQ".into()), plover: Some(plover.into()) };
        d.entities.push(Entity { span, label: EntityLabel::Organisation, actor: Some(a) });
        actor(&mut d, "IS", 2, None);
        d.entities.sort_by_key(|e| e.span);
        s.run(&mut d);
        d.events.iter().find(|e| e.happened()).and_then(|e| e.actor2.as_ref().and_then(|a| a.country.clone()))
    };
    assert_eq!(run("On Tuesday, Iraqi forces shelled IS gatherings with mortars near the river.", "Iraqi forces", "MIL").as_deref(), Some("IQ"));
    assert_eq!(run("On Tuesday, the Iraqi president shelled IS gatherings with mortars near the river.", "the Iraqi president", "GOV"), None);
}

/// S220: a country the document names only inside an actor's name ("US forces") is not the
/// article's own: the US forces at a Syrian base are external forces. Control (S182): a country
/// named by places of its own keeps its forces at home when the event's country is not named.
#[test]
fn s220_a_country_named_only_in_an_actors_name_is_not_the_articles() {
    let s = stage();
    let text = "On Monday, US forces brought reinforcements to their base in Karvo in Hasakah.";
    let mut d = doc("en", "2020-05-09", text);
    let us = span_of(&d, "US forces");
    let forces = ActorRef { id: Some("mil:US".into()), name: Some("Military Forces of United States".into()), inter: Some(1), country: Some("US".into()), plover: Some("MIL".into()) };
    d.mentions.push(vigie_core::ActorMention { span: us, actor: forces.clone() });
    d.entities.push(Entity { span: us, label: EntityLabel::Organisation, actor: Some(forces) });
    let us_place = span_of(&d, "US");
    d.places.push(Place { span: us_place, geo: Some(GeoRef { geonameid: Some(6252001), lat: Some(39.0), lon: Some(-98.0), country: Some("US".into()), kind: Some("country".into()), ..Default::default() }) });
    place(&mut d, "Karvo", 2, "SY");
    place(&mut d, "Hasakah", 3, "SY");
    d.places.sort_by_key(|p| p.span);
    s.run(&mut d);
    let e = d.events.iter().find(|e| e.happened()).expect("an event");
    assert_eq!(inter(&e.actor1), Some(8), "{:?}", e.actor1);
    assert_eq!(s182_turkish_troops_abroad(false), Some(1));
}

/// S221: one person killed told with no count counts one: the singular passive, a singular
/// subject or object, in English and French, in the event's sentence or in a sentence of its own.
/// Controls: a negation or a relative pronoun before the phrase counts none, and a count another
/// sentence states is neither replaced nor blocked.
#[test]
fn s221_one_killed_told_with_no_count_counts_one() {
    let s = stage();
    let toll = |lang: &str, text: &str| {
        let mut d = doc(lang, "2021-06-10", text);
        actor(&mut d, "Gunmen", 3, Some("XX"));
        place(&mut d, "Karvo", 7, "XX");
        s.run(&mut d);
        d.events.iter().find(|e| e.happened()).map(|e| e.fatalities)
    };
    assert_eq!(toll("en", "Gunmen attacked a bus in Karvo on Tuesday, killing the driver."), Some(Some(1)));
    assert_eq!(toll("en", "A radio reporter was shot dead by Gunmen in Karvo on Tuesday."), Some(Some(1)));
    assert_eq!(toll("en", "Gunmen shot at a man in Karvo on Tuesday.\nThe man died."), Some(Some(1)));
    assert_eq!(toll("fr", "Un journaliste a été abattu mardi à Karvo par Gunmen."), Some(Some(1)));
    assert_eq!(toll("en", "Gunmen attacked a checkpoint in Karvo on Tuesday.\nNo one was killed."), Some(Some(0)));
    assert_eq!(toll("en", "Gunmen attacked a bus in Karvo on Tuesday; the driver was not killed."), Some(Some(0)));
    assert_eq!(toll("fr", "Gunmen ont attaqué un poste à Karvo mardi.\nPersonne n'a été tué."), Some(Some(0)));
    assert_eq!(toll("en", "Gunmen attacked a bus in Karvo on Tuesday, killing the driver.\n5 fatalities."), Some(Some(5)));
    assert_eq!(toll("en", "Gunmen attacked a bus in Karvo on Tuesday, killing the driver.\nFatalities coded as 0."), Some(Some(0)));
    // Killing words that count as "killed" does.
    assert_eq!(toll("en", "Gunmen assassinated a judge in Karvo on Tuesday."), Some(Some(1)));
    assert_eq!(toll("fr", "Gunmen ont assassiné un juge à Karvo mardi."), Some(Some(1)));
    // A victim described by a relative clause (a protest's cause) is no toll of the protest.
    let mut d = doc("en", "2021-06-10", "Residents protested in Karvo on Tuesday to demand justice for Ali, who was killed by a landlord.");
    place(&mut d, "Karvo", 7, "XX");
    s.run(&mut d);
    let e = d.events.iter().find(|e| e.happened()).expect("a protest");
    assert_eq!((e.sub_event_type.as_str(), e.fatalities), ("Peaceful protest", Some(0)));
}

/// S221: a clash told as a fight among groups of one kind with only one side named (first, or
/// after "between") has an unnamed group of that kind as its other side: a communal militia, a
/// gang, an armed group.
/// Control: a rebel group clashing alone gets no such side, nor a clash told with its other side.
#[test]
fn s221_a_mutual_clash_of_one_kind_has_the_same_kind_on_both_sides() {
    let s = stage();
    let run = |text: &str, inter: u8, plover: &str| {
        let mut d = doc("en", "2021-06-10", text);
        let span = span_of(&d, "militias");
        d.entities.push(Entity {
            span,
            label: EntityLabel::Organisation,
            actor: Some(ActorRef { name: Some("militias".into()), inter: Some(inter), country: Some("XX".into()), plover: Some(plover.into()), ..Default::default() }),
        });
        place(&mut d, "Karvo", 7, "XX");
        s.run(&mut d);
        d.events.into_iter().find(|e| e.happened()).map(|e| (e.sub_event_type, e.actor2.map(|a| (a.name, a.inter))))
    };
    let clash = |name: &str, inter: u8| Some(("Armed clash".to_string(), Some((Some(name.to_string()), Some(inter)))));
    assert_eq!(run("Two clan militias clashed in Karvo on Tuesday over land.", 4, "UAF"), clash("Unidentified Communal Militia", 4));
    assert_eq!(run("Rival militias clashed in Karvo on Tuesday.", 3, "CRM"), clash("Unidentified Gang", 3));
    assert_eq!(run("Local militias clashed in Karvo on Tuesday.", 3, "UAF"), clash("Unidentified Armed Group", 3));
    assert_eq!(run("Rebel militias clashed in Karvo on Tuesday.", 2, "REB"), Some(("Armed clash".to_string(), None)));
    // The one party after "between" is the side that fights, first; the other is of its kind.
    let first_and_second = |text: &str| {
        let mut d = doc("en", "2021-06-10", text);
        let span = span_of(&d, "militias");
        d.entities.push(Entity {
            span,
            label: EntityLabel::Organisation,
            actor: Some(ActorRef { name: Some("militias".into()), inter: Some(4), country: Some("XX".into()), plover: Some("UAF".into()), ..Default::default() }),
        });
        place(&mut d, "Karvo", 7, "XX");
        s.run(&mut d);
        d.events.into_iter().find(|e| e.happened()).map(|e| (e.actor1.and_then(|a| a.name), e.actor2.and_then(|a| a.name)))
    };
    assert_eq!(
        first_and_second("On Tuesday, clashes took place between two rival clan militias in Karvo."),
        Some((Some("militias".into()), Some("Unidentified Communal Militia".into())))
    );
}

/// S221: a place taken told in the passive with its agent ("was seized by", "a été prise par")
/// is territory taken by the agent, also when the gazetteer lacks the place but a noun names it
/// ("the town of X"). Controls: a thing taken ("weapons were seized by", "la décision a été prise
/// par") is no territory.
#[test]
fn s221_a_place_taken_told_in_the_passive_with_its_agent() {
    let s = stage();
    let run = |lang: &str, text: &str| {
        let mut d = doc(lang, "2021-06-10", text);
        for (needle, inter, country) in [("rebels", 2, "XX"), ("rebelles", 2, "XX"), ("gouvernement", 1, "XX")] {
            if d.text.contains(needle) {
                actor(&mut d, needle, inter, Some(country));
            }
        }
        if d.text.contains("Karvo") {
            place(&mut d, "Karvo", 7, "XX");
        }
        s.run(&mut d);
        d.events.into_iter().find(|e| e.happened()).map(|e| (e.sub_event_type, e.actor1.and_then(|a| a.name)))
    };
    let taken = Some(("Non-state actor overtakes territory".to_string(), Some("rebels".to_string())));
    assert_eq!(run("en", "The town of Karvo was seized by rebels on Tuesday."), taken);
    assert_eq!(run("en", "The town of Bulo Burde was seized by rebels on Tuesday."), taken);
    assert_eq!(
        run("fr", "La ville de Karvo a été prise par les rebelles mardi."),
        Some(("Non-state actor overtakes territory".to_string(), Some("rebelles".to_string())))
    );
    assert_ne!(run("en", "Documents were seized by rebels in Karvo on Tuesday.").map(|e| e.0), Some("Non-state actor overtakes territory".to_string()));
    assert_eq!(run("fr", "La décision a été prise par le gouvernement à Karvo mardi."), None);
    assert_eq!(run("en", "The town of Bulo Burde was captured by rebels on Tuesday."), taken);
    assert_eq!(run("en", "A woman captured by rebels in Karvo on Tuesday says she regrets it."), None);
}

/// S221: a place entered after the side that held it left ("after government troops left") is a
/// transfer with no fight, as "after government troops withdrew" is. Control: "left" of a toll.
#[test]
fn s221_a_place_entered_after_the_troops_left_is_a_transfer() {
    let s = stage();
    let run = |text: &str| {
        let mut d = doc("en", "2021-06-10", text);
        actor(&mut d, "Rebels", 2, Some("XX"));
        place(&mut d, "Karvo", 7, "XX");
        s.run(&mut d);
        d.events.into_iter().find(|e| e.happened()).map(|e| e.sub_event_type)
    };
    assert_eq!(run("Rebels entered the town of Karvo on Tuesday after government troops left.").as_deref(), Some("Non-violent transfer of territory"));
    assert_ne!(run("Rebels attacked Karvo on Tuesday and left five soldiers dead.").as_deref(), Some("Non-violent transfer of territory"));
}

/// S221: the events that happened in `text` (a document in `lang` published on `published`, with
/// the place "Karvo" in `country`): their types.
fn s221_types(lang: &str, published: &str, country: &str, text: &str) -> Vec<String> {
    let mut d = doc(lang, published, text);
    place(&mut d, "Karvo", 7, country);
    stage().run(&mut d);
    d.events.into_iter().filter(|e| e.happened()).map(|e| e.sub_event_type).collect()
}

/// S221: warplanes sent, deployed or sold are a deployment, not a strike, in English and French.
/// Control: warplanes that bomb.
#[test]
fn s221_warplanes_sent_are_no_strike() {
    let types = |lang: &str, text: &str| s221_types(lang, "2020-05-28", "LY", text);
    let strike = "Air/drone strike".to_string();
    assert!(!types("en", "On Tuesday the United States accused Russia of sending fighter jets to Karvo.").contains(&strike));
    assert!(!types("fr", "Mardi, Washington a accusé Moscou d'avoir envoyé des avions de chasse à Karvo.").contains(&strike));
    assert!(types("fr", "Des avions de chasse ont bombardé des positions près de Karvo mardi.").contains(&strike));
}

/// S221: an emotion the event caused ("bouleversée par les attentats", "saddened by the attacks")
/// names it, as a reaction does: no event of its own. Control: the attacks told.
#[test]
fn s221_an_emotion_names_the_event_it_reacts_to() {
    let count = |lang: &str, text: &str| s221_types(lang, "2017-08-19", "ES", text).len();
    assert_eq!(count("fr", "Née en Espagne, la maire a été bouleversée par les attentats à Karvo."), 0);
    assert_eq!(count("en", "The mayor said she was saddened by the attacks in Karvo."), 0);
    assert_eq!(count("fr", "Deux attentats ont frappé Karvo jeudi, faisant 14 morts."), 1);
}

/// S221: an end wanted or credited to the violence ("mettre fin aux tueries", "qui aura mis fin aux
/// massacres") tells no violence, as "an end to the" in English. Control: a killing told.
#[test]
fn s221_an_end_to_the_killings_is_no_killing() {
    let count = |text: &str| s221_types("fr", "2016-10-30", "CF", text).len();
    assert_eq!(count("Le ministre salue une opération qui aura mis fin aux tueries de masse à Karvo."), 0);
    assert_eq!(count("Des hommes armés ont tué 12 villageois à Karvo dimanche."), 1);
}

/// S221: a habit said by an adjective ("des bombardements quotidiens", "regular airstrikes") is no
/// one event. Control: the same words with a day and no habit.
#[test]
fn s221_a_habit_said_by_an_adjective_is_no_event() {
    let count = |lang: &str, text: &str| s221_types(lang, "2020-06-19", "IQ", text).len();
    assert_eq!(count("fr", "Mercredi encore, des bombardements quotidiens ont visé Karvo."), 0);
    assert_eq!(count("en", "On Wednesday, regular airstrikes hit Karvo again."), 0);
    assert_eq!(count("fr", "Des bombardements ont frappé Karvo mercredi."), 1);
}

/// S222: a crowd that is a side of the clash fights a security force as rioters ("villagers
/// clashed with the police", "a clash broke out between locals and police"): mob violence. Castes,
/// families and faith communities clashing are crowds too. Controls: an exchange of fire with the
/// police ("a shoot-out between the two groups") and rebels clashing with the police stay battles.
#[test]
fn s222_crowds_clashing_with_the_police_are_mob_violence() {
    let s = stage();
    for (text, side, want) in [
        ("Villagers clashed with the police in P.", "the police", "Mob violence"),
        ("A clash broke out between locals and the police in P.", "the police", "Mob violence"),
        ("Police confronted a group of hitmen in P, resulting in a shoot-out between the two groups.", "Police", "Armed clash"),
    ] {
        let mut d = doc("en", "2020-05-09", text);
        place(&mut d, "P", 1, "IN");
        actor(&mut d, side, 1, Some("IN"));
        s.run(&mut d);
        assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some(want), "{text}: {:?}", d.events);
    }
    let mut d = doc("en", "2020-05-09", "Rebels clashed with the police in P.");
    place(&mut d, "P", 1, "IN");
    actor(&mut d, "the police", 1, Some("IN"));
    actor(&mut d, "Rebels", 2, None);
    s.run(&mut d);
    assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some("Armed clash"), "{:?}", d.events);
    first_types_are(&s, "IN", &[
        ("en", "Members of two castes clashed in P on Friday.", "Mob violence"),
        ("en", "Two families clashed over a boundary wall in P.", "Mob violence"),
        ("en", "Hindus and Muslims clashed in P on Friday.", "Mob violence"),
        ("fr", "Deux familles se sont affrontées à P vendredi.", "Mob violence"),
    ]);
}

/// S222: "attaquer en justice" is to sue: no attack.
#[test]
fn s222_attaquer_en_justice_is_no_attack() {
    let types = s221_types("fr", "2020-05-09", "FR", "Attaqué en justice par des habitants de Karvo, le ministère dément.");
    assert!(types.is_empty(), "{types:?}");
}

/// S222: street vendors, traders and shopkeepers hit are civilians ("city guards assaulted some
/// vendors": an attack, not guards hit in a clash); a crowd chased off by its pronoun after a
/// protest ("before police chased them away") is the protest broken up.
#[test]
fn s222_vendors_are_civilians_and_a_crowd_chased_away_is_an_intervention() {
    let s = stage();
    first_types_are(&s, "GH", &[
        ("en", "City guards assaulted some vendors in P.", "Attack"),
        ("fr", "Des gardes municipaux ont agressé des vendeurs à P.", "Attack"),
        ("en", "Taxi drivers blocked a road in P to protest the curfew, before police chased them away.", "Protest with intervention"),
    ]);
}

/// S222: a crowd word joined by "and" to what comes before is the one hit, not who acts next
/// ("killing 12 villagers and rustling cattle": the bandits' attack, not a mob's). Control: a
/// crowd that acts ("villagers attacked a man") stays mob violence.
#[test]
fn s222_a_crowd_after_and_is_no_agent() {
    let s = stage();
    let mut d = doc("en", "2020-05-09", "Bandits attacked a village in P, killing 12 villagers and rustling cattle.");
    place(&mut d, "P", 1, "NG");
    actor(&mut d, "Bandits", 3, Some("NG"));
    s.run(&mut d);
    assert_eq!(d.events.first().map(|e| e.sub_event_type.as_str()), Some("Attack"), "{:?}", d.events);
    first_types_are(&s, "NG", &[("en", "Villagers attacked a suspected thief in P.", "Mob violence")]);
}

/// S222: no event in the aftermath, a landmark in time, a person named by the act, rhetoric or a
/// natural disaster (French and English); controls: the attacks told.
#[test]
fn s222_aftermath_landmarks_killers_rhetoric_and_floods_are_no_events() {
    let none = |lang: &str, text: &str| {
        let types = s221_types(lang, "2020-05-09", "FR", text);
        assert!(types.is_empty(), "{text}: {types:?}");
    };
    none("fr", "L'avocat de 23 victimes des attentats de Karvo demande une requalification des faits.");
    none("fr", "Les bénéfices seront consacrés à l'aide aux victimes des attentats de Karvo.");
    none("fr", "Cinq notes ont été rédigées dans les cinq jours précédant l'attentat de Karvo.");
    none("fr", "« Il a passé son temps à massacrer son peuple », a répondu le ministre à Karvo.");
    none("en", "The minister said at Karvo that the regime was killing its own people.");
    none("fr", "Le nombre d'entrées sera réduit à quinze contre 19 avant l'attaque de mardi à Karvo.");
    none("fr", "À Karvo, le tueur aurait échangé de nombreux SMS avec sa femme.");
    none("fr", "À cette époque, la police religieuse de Karvo fouettait les femmes.");
    none("fr", "Le président a utilisé les attentats de Karvo pour justifier sa politique.");
    none("fr", "À Karvo, 15 enfants et une femme ont été tués par une crue éclair.");
    none("fr", "La furie des eaux du fleuve s'est abattue mardi sur Karvo.");
    none("en", "Five children were killed by a cyclone in Karvo on Tuesday.");
    for (lang, text) in [
        ("fr", "Des hommes armés ont tué cinq civils à Karvo mardi."),
        ("en", "Gunmen killed five civilians in Karvo on Tuesday."),
    ] {
        assert!(!s221_types(lang, "2020-05-09", "FR", text).is_empty(), "{text}");
    }
}

/// S222: no event of type `ty` in any of `not` (texts of `lang`, set in `country`); one in `yes`.
fn s222_type_absent_then_present(lang: &str, country: &str, ty: &str, not: &[&str], yes: &str) {
    for text in not {
        let types = s221_types(lang, "2020-05-09", country, text);
        assert!(!types.iter().any(|t| t == ty), "{text}: {types:?}");
    }
    let types = s221_types(lang, "2020-05-09", country, yes);
    assert!(types.iter().any(|t| t == ty), "{yes}: {types:?}");
}

/// S222: "combattre" in the present or the infinitive is a struggle, not a dated fight. Control:
/// "des combats ont éclaté".
#[test]
fn s222_combattre_in_the_present_is_no_clash() {
    s222_type_absent_then_present(
        "fr",
        "ML",
        "Armed clash",
        &[
            "La France combat les groupes jihadistes au Sahel, a dit le ministre à Karvo.",
            "Des réseaux que les autorités de Karvo combattent et démantèlent farouchement.",
        ],
        "Des combats ont éclaté mardi entre l'armée et des rebelles à Karvo.",
    );
}

/// S222: aircraft that fly over, escort or use an airspace strike nothing. Control: warplanes
/// that bomb.
#[test]
fn s222_aircraft_that_fly_or_escort_strike_nothing() {
    s222_type_absent_then_present(
        "en",
        "SY",
        "Air/drone strike",
        &[
            "Fighter jets soared above Karvo on Tuesday.",
            "Turkish tanks pushed deeper towards Karvo on Tuesday, escorted by fighter jets.",
            "Russia allowed the use of Karvo's airspace by Turkish warplanes on Tuesday.",
        ],
        "Turkish warplanes bombed Karvo on Tuesday.",
    );
    s222_type_absent_then_present(
        "fr",
        "SY",
        "Air/drone strike",
        &["L'explosion à Karvo a coïncidé mardi avec le survol de l'aviation ennemie."],
        "Des avions de chasse ont bombardé des positions près de Karvo mardi.",
    );
}

/// S222: "se sont pourtant manifestées" (became apparent), "celui de manifester" (the right to
/// protest, by its pronoun): no protest. Control: people who demonstrated.
#[test]
fn s222_se_manifester_with_an_adverb_is_no_protest() {
    s222_type_absent_then_present(
        "fr",
        "ML",
        "Peaceful protest",
        &[
            "À Karvo, les attentes des habitants se sont pourtant manifestées mardi.",
            "La députée a rappelé à Karvo que la Constitution donne des droits, dont celui de manifester.",
        ],
        "Des centaines de personnes ont manifesté mardi à Karvo contre le président.",
    );
}

/// S222: headlines in the present tense ("Students take out march", "Army sets up new camp",
/// "Protesters torch buses") and a ceasefire violated, framing the fire told with it.
#[test]
fn s222_headlines_in_the_present_and_a_ceasefire_violated() {
    let first = |text: &str| s221_types("en", "2020-05-09", "IN", text).into_iter().next();
    assert_eq!(first("Students take out march against the new law in Karvo").as_deref(), Some("Peaceful protest"));
    assert_eq!(first("Army sets up new camp in Karvo").as_deref(), Some("Headquarters or base established"));
    assert_eq!(first("Protesters torch buses in Karvo").as_deref(), Some("Violent demonstration"));
    assert_eq!(first("Pakistan violates ceasefire, shells forward posts near Karvo").as_deref(), Some("Shelling/artillery/missile attack"));
    // Violence right after "over" is the cause: the arrest is the sentence's event.
    assert_eq!(first("Police arrest five over lynching of youth in Karvo").as_deref(), Some("Arrests"));
    assert_eq!(first("Over 20 killed in attack on Karvo village").as_deref(), Some("Attack"));
}

/// S222: "une tuerie" is a massacre, an attack even when soldiers are blamed; "au lendemain de ces
/// tueries" names an event told elsewhere.
#[test]
fn s222_a_tuerie_is_an_attack_and_ces_tueries_name_it() {
    let types = s221_types("fr", "2020-06-06", "ML", "Une tuerie qui a fait 26 morts vendredi à Karvo a été attribuée à des militaires.");
    assert_eq!(types.first().map(String::as_str), Some("Attack"), "{types:?}");
    let types = s221_types("fr", "2020-06-06", "ML", "Au lendemain de ces tueries, une cellule de la prison de Karvo est fouillée.");
    assert!(types.is_empty(), "{types:?}");
}

/// S222: a side taken, told of people ("accused of fighting with the YPG", "killed fighting Islamic
/// State", "British nationals fighting with Islamic State"): who they are, no clash. Control:
/// "Fighting with the rebels continued".
#[test]
fn s222_people_told_by_whom_they_fight_for_are_no_clash() {
    s222_type_absent_then_present(
        "en",
        "SY",
        "Armed clash",
        &[
            "Robinson was accused of fighting with the YPG near Karvo.",
            "The families of two British men killed fighting Islamic State near Karvo condemned the report.",
            "British nationals fighting with Islamic State near Karvo are a legitimate target, the minister said.",
            "Six British citizens are known to have died near Karvo fighting with the YPG.",
        ],
        "Heavy fighting with the rebels continued near Karvo on Tuesday.",
    );
}

/// S222: the future told by a contraction ("they'll attack Karvo next") and weapons "used to kill"
/// are no events.
#[test]
fn s222_contracted_future_and_weapons_used_to_kill_are_no_events() {
    for text in [
        "The thinking on the ground is that they'll attack Karvo next, she said.",
        "Selling weaponry used to kill children in Karvo is morally insupportable.",
    ] {
        let types = s221_types("en", "2020-05-09", "SY", text);
        assert!(types.is_empty(), "{text}: {types:?}");
    }
}

/// S222: an agreement in its frame, not reached there: efforts to broker one, its outlines, its
/// guarantor. Control: a deal signed by the same sides.
#[test]
fn s222_an_agreement_framed_is_not_reached() {
    let s = stage();
    let types = |text: &str| {
        let mut d = doc("en", "2020-05-09", text);
        place(&mut d, "Karvo", 7, "SY");
        actor(&mut d, "the army", 1, Some("SY"));
        actor(&mut d, "the rebels", 2, Some("SY"));
        s.run(&mut d);
        d.events.iter().filter(|e| e.happened()).map(|e| e.sub_event_type.clone()).collect::<Vec<_>>()
    };
    let agreement = "Agreement".to_string();
    for text in [
        "Russia's efforts to broker a ceasefire between the army and the rebels in Karvo stumbled on Wednesday.",
        "The outlines of a deal between the army and the rebels in Karvo are discernible.",
        "Turkey urged the rebels, as guarantor of the ceasefire with the army in Karvo, to withdraw.",
    ] {
        assert!(!types(text).contains(&agreement), "{text}");
    }
    assert!(types("On Tuesday the army and the rebels signed a ceasefire deal in Karvo.").contains(&agreement));
}


/// S223: a trigger told in the past after a name holding a place is a verb, not an event known by
/// its name ("the Karvo University protested"). Control: "the Karvo attack", a name, is talked
/// about.
#[test]
fn s223_a_past_verb_after_a_name_is_no_named_event() {
    s222_type_absent_then_present(
        "en",
        "MX",
        "Attack",
        &["On Tuesday, the minister said the Karvo attack had changed the country."],
        "On Tuesday, gunmen attacked civilians in Karvo.",
    );
    let types = s221_types("en", "2020-05-09", "MX", "On 3 May 2020, workers of the Karvo University protested demanding their salaries.");
    assert!(types.iter().any(|t| t == "Peaceful protest"), "{types:?}");
}

/// S223: the types of the events that happened in `text` (English, published 2020-05-09), with
/// "Karvo" placed in `country` when `karvo` and the actors `(name, inter)` of that country.
fn s223_types(text: &str, country: &str, karvo: bool, actors: &[(&str, u8)]) -> Vec<String> {
    let mut d = doc("en", "2020-05-09", text);
    if karvo {
        place(&mut d, "Karvo", 7, country);
    }
    for (name, inter) in actors {
        actor(&mut d, name, *inter, Some(country));
    }
    stage().run(&mut d);
    d.events.into_iter().filter(|e| e.happened()).map(|e| e.sub_event_type).collect()
}

/// S223: ground occupied or claimed back is taken territory; the taker decides the type.
/// Control: land reclaimed by farmers is no territory taken.
#[test]
fn s223_ground_reoccupied_or_reclaimed_is_territory_taken() {
    let types = |text: &str, taker: &str| s223_types(text, "IQ", true, &[(taker, 1)]);
    let regains = "Government regains territory".to_string();
    let t = types("Security forces reoccupied the camp near Karvo on Tuesday.", "Security forces");
    assert!(t.contains(&regains), "{t:?}");
    let t = types("Police reclaimed control of Karvo on Tuesday after the militants fled.", "Police");
    assert!(t.contains(&regains), "{t:?}");
    assert!(types("The farmers reclaimed their land in Karvo on Tuesday.", "farmers").is_empty());
    // (An outpost near a place no gazetteer knows.)
    let t = s223_types("The rebels captured an army outpost near Karvo.", "IQ", false, &[("rebels", 2)]);
    assert!(t.iter().any(|t| t == "Non-state actor overtakes territory"), "{t:?}");
}

/// S223: "suspected kidnappers" name people by a charge: no abduction is told. Control: gunmen who
/// kidnap.
#[test]
fn s223_suspected_kidnappers_are_no_abduction() {
    s222_type_absent_then_present(
        "en",
        "IN",
        "Abduction/forced disappearance",
        &["Villagers beat two suspected child kidnappers to death in Karvo.", "Police arrested two suspected kidnappers in Karvo on Monday."],
        "Gunmen kidnapped two aid workers in Karvo on Monday.",
    );
    // The charge yields to what the sentence tells.
    let t = s223_types("Police arrested two suspected kidnappers in Karvo on Monday.", "IN", true, &[("Police", 1)]);
    assert!(t.iter().any(|t| t == "Arrests"), "{t:?}");
}

/// S223: a strike with its article, black badges worn, a protest registered are peaceful protests.
#[test]
fn s223_a_strike_with_its_article_and_black_badges_are_protests() {
    for text in [
        "Doctors went on a strike in Karvo on Monday demanding security.",
        "Employees wore black badges in Karvo on Monday.",
        "In Karvo, lawyers registered their protest on Monday against the new law.",
    ] {
        let types = s221_types("en", "2020-05-09", "IN", text);
        assert!(types.iter().any(|t| t == "Peaceful protest"), "{text}: {types:?}");
    }
}

/// S223: a protest stopped, protesters taken into custody: an intervention.
#[test]
fn s223_a_protest_stopped_is_an_intervention() {
    for text in ["Police stopped the protest march in Karvo on Monday.", "Police took the protesters into custody in Karvo on Monday."] {
        let types = s221_types("en", "2020-05-09", "IN", text);
        assert!(types.iter().any(|t| t == "Protest with intervention"), "{text}: {types:?}");
    }
}

/// S223: deaths in fires of cooking or heating stoves are accidents. Control: a fire set by gunmen.
#[test]
fn s223_fires_of_stoves_are_accidents() {
    for (lang, text) in [
        ("en", "In the Karvo camp, fires caused by cooking and heating stoves have killed two children on Monday."),
        ("fr", "Dans le camp de Karvo, des incendies provoqués par des réchauds ont tué deux enfants lundi."),
    ] {
        assert!(s221_types(lang, "2020-05-09", "SY", text).is_empty(), "{text}");
    }
    assert!(!s221_types("en", "2020-05-09", "SY", "Gunmen killed two children in Karvo on Monday.").is_empty());
}

/// S223: a truce breached, with its description between ("one of the deadliest breaches of a
/// six-month-old truce deal"), frames the killing told before it: no agreement, and the killing
/// is the event.
#[test]
fn s223_a_truce_breached_yields_to_the_killing_before_it() {
    let text = "Five soldiers were killed by rebels near Karvo on Monday, in one of the deadliest breaches of a six-month-old truce deal.";
    let types = s221_types("en", "2020-05-09", "SY", text);
    assert!(!types.iter().any(|t| t == "Agreement"), "{types:?}");
    assert!(types.iter().any(|t| t == "Armed clash" || t == "Attack"), "{types:?}");
}

/// S223: the side named after "fell to" took the place even when another is named before it, in
/// an aside; not the subject right before the verb.
#[test]
fn s223_fell_to_names_the_taker_past_an_aside() {
    let mut d = doc("en", "2020-05-09", "Karvo, the capital of the Islamic State's caliphate, fell to Kurdish forces on Monday.");
    place(&mut d, "Karvo", 7, "SY");
    actor(&mut d, "Islamic State", 2, Some("SY"));
    actor(&mut d, "Kurdish forces", 2, Some("SY"));
    stage().run(&mut d);
    let e = d.events.iter().find(|e| e.happened()).expect("an event");
    assert_eq!(e.sub_event_type, "Non-state actor overtakes territory");
    assert_eq!(e.actor1.as_ref().and_then(|a| a.name.as_deref()), Some("Kurdish forces"), "{e:?}");
}
