//! Events: each sentence that states an event becomes one `Event`, typed in ACLED's sub-event
//! types (with its PLOVER type and mode and its CAMEO root), with its actors, place, date,
//! fatalities and the sentence as evidence; the same event told twice in an article is kept once.
//!
//! What states an event is data (`resources/lang/<code>/event-triggers.tsv`, grammar in
//! `resources/docs/events.md`). The stage reads the layers earlier stages filled: sentences,
//! entities with their resolved actors, places, and temporal expressions; each is used when present.

mod fold;
mod lexicon;
mod modality;
mod numbers;
mod place;
mod resources;

use fold::Word;
use place::{main_place, EventPlaces};
use resources::{CasualtyWord, EventResources, LanguageData, NonEvent, Reading, Trigger};
use modality::{clause_breaks, Source};
use vigie_core::{ActorRef, Document, DroppedTrigger, Event, EventSource, GeoRef, Layer, Modality, Span, Stage, TimexType};
use vigie_resources::{ResourceError, Resources};

pub use resources::SubEventType;

/// Triggers of this priority or vaguer state an event only with an actor, a place or a toll.
const GENERIC_PRIORITY: u8 = 5;

/// An explosive trigger of this priority or vaguer names no device ("explosion", "blast"): told
/// after a violent event of the article, it is that event's blast.
const DEVICELESS: u8 = 4;

/// The events stage: built once from the resources, then run on every document.
#[derive(Debug)]
pub struct EventStage {
    res: EventResources,
    /// Buffers of words reused from document to document.
    words: fold::WordsPool,
    /// S105: the words around a place that tell its part in its sentence, by language.
    place_cues: rustc_hash::FxHashMap<String, place::PlaceCues>,
    /// S114: each country's usual English name by ISO code (the first form of the code in
    /// `lang/en/actors-countries.tsv`), for a state told only by its capital ("Ankara bombed").
    country_names: rustc_hash::FxHashMap<String, String>,
}

impl EventStage {
    pub fn new(resources: &Resources) -> Result<Self, ResourceError> {
        let mut country_names = rustc_hash::FxHashMap::default();
        for line in resources.lines("lang/en/actors-countries.tsv") {
            if let [form, code, ..] = line.fields()[..] {
                country_names.entry(code.to_string()).or_insert_with(|| form.to_string());
            }
        }
        Ok(EventStage { res: EventResources::load(resources)?, words: fold::WordsPool::default(), place_cues: place::PlaceCues::load(resources)?, country_names })
    }

    /// The sub-event types this stage codes, with their codes in PLOVER and CAMEO.
    pub fn taxonomy(&self) -> &[SubEventType] {
        &self.res.taxonomy
    }

    fn languages<'a>(&'a self, doc: &Document) -> Vec<&'a LanguageData> {
        let code = doc.meta.lang.as_ref().map(|l| l.code.as_str()).unwrap_or("und");
        match self.res.languages.get(code) {
            Some(data) => vec![data],
            None => {
                let mut codes: Vec<&String> = self.res.languages.keys().collect();
                codes.sort();
                codes.into_iter().map(|c| &self.res.languages[c]).collect()
            }
        }
    }
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Metadata, Layer::Sentences]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Events]
    }

    fn run(&self, doc: &mut Document) {
        let sentences: Vec<Span> = if doc.sentences.is_empty() {
            vec![Span::new(0, doc.text.len())]
        } else {
            doc.sentences.iter().map(|s| s.span).collect()
        };
        let languages = self.languages(doc);
        let main_place = main_place(doc);
        let mut places = EventPlaces::new(doc);
        // S49: "the Damascus suburb of Douma": Douma.
        let parts: Vec<&Vec<String>> = languages.iter().flat_map(|l| &l.place_parts).collect();
        let capital_spans = places.capital_spans(&self.res.capitals);
        places.set_aside_containers(&parts, &capital_spans);
        // S49: "kept quiet by Moscow", "Washington is gathering": the state, not the place.
        places.set_aside_acting_capitals(&languages, &capital_spans, &self.words);
        // S105: "the Paris prosecutor", "from Portsmouth", "Moscow said": no place of an event.
        places.read_roles(&place::cues_for(&self.place_cues, doc), &self.words);
        let candidates = Candidates::new(doc);
        // Each event, and whether its date was read in its own sentence (not the fallback).
        let mut events: Vec<(Event, bool)> = Vec::new();
        // One buffer of words for every sentence: reading a sentence reuses the strings of the last.
        let mut words = self.words.take();
        // Why each trigger found made no event, when the caller asked (`doc.dropped` set).
        let explain = doc.dropped.is_some();
        let mut dropped: Vec<DroppedTrigger> = Vec::new();
        // An event held back (a noun with no anchor), and the index of its record in `dropped`.
        let mut held: Option<(Event, bool, usize)> = None;
        // S29: the sentences of riots held back for want of an anchor (see below).
        let spans = sentences.clone();
        let mut unanchored_riots: Vec<Span> = Vec::new();
        let mut attack_words: Vec<Span> = Vec::new();
        // S48: the sentences of violence dropped as the past the article recalls, kept in `events`
        // as ghosts that absorb what tells them again, and removed before the output (see below).
        let mut ghosts: Vec<Span> = Vec::new();
        // S172: the sentences of violence dropped as a recent accident, and where they place it
        // (see `accident_told_again`).
        let mut accidents: Vec<(Span, Option<GeoRef>)> = Vec::new();
        let mut paragraphs = Paragraphs::default();
        // S104: the last sentence that told an event, and that event (see `sides_before`).
        let mut told_before: Option<(Span, Event)> = None;
        // S107: what each telling's own sentence names (`Telling`), for the second merge pass.
        let mut tellings: Vec<Telling> = Vec::new();
        // S104: the sides each sentence's event takes from the sentence before (its evidence).
        let mut borrowed: Vec<(Span, Option<ActorRef>, Option<ActorRef>)> = Vec::new();
        // S221: the events whose toll a sentence of its own states as none ("0 fatalities").
        let mut zero_told: Vec<Span> = Vec::new();
        // S220: the state's force named in the sentence before a clash that names no first side.
        let mut forces_before: Vec<(Span, ActorRef)> = Vec::new();
        // S62: a piece its author tells in the first person (a letter, an essay, a testimony).
        // Weighed once, the first time an event needs it (most documents never do).
        let first_person: std::cell::OnceCell<Option<Span>> = std::cell::OnceCell::new();
        // S124: the title's `past_news` cue (`past_news`), per language, read once per document.
        let past_news_cues: Vec<std::cell::OnceCell<Option<Span>>> = languages.iter().map(|_| std::cell::OnceCell::new()).collect();
        for sentence in sentences {
            words.read(&doc.text, sentence);
            fold::mark_elisions(&mut words, &self.res.elisions);
            // The sentence's trigger matches, found once: they choose the trigger and type it.
            let mut excluded: Option<(&LanguageData, lexicon::Match, &'static str)> = None;
            let time_words = trigger_time_words(doc, &words);
            let found = languages.iter().find_map(|data| {
                // S196: the words of a time expression are transparent between a pattern's words
                // ("ont occupé lundi la ville", "seized on Tuesday the town").
                // With the prepositions that open them ("dans la nuit de lundi", "on Tuesday").
                let through = time_prepositions(data, &words, &time_words);
                let mut all = data.triggers.find_all_through(&words, through.as_deref().unwrap_or(&time_words));
                // A territory word written with a capital inside a sentence that is not in title
                // case is part of a name ("the People's Liberation Front of India"), not a taking.
                // (Counted only when there is a match to read: most sentences hold none.)
                let lower = if all.is_empty() { 0 } else { words.iter().filter(|w| doc.text[w.span.start..].starts_with(char::is_lowercase)).count() };
                all.retain(|m| {
                    !(m.start > 0
                        && lower * 2 >= words.len()
                        && matches!(data.triggers.value(m.pattern).reading, Reading::Territory)
                        && doc.text[words[m.start].span.start..].starts_with(char::is_uppercase))
                });
                // So is a protest word ("le Rassemblement national", "the Democratic Rally"), in
                // such a sentence; not the police stepping in ("The Police intervened").
                all.retain(|m| {
                    !(m.start > 0
                        && lower * 2 >= words.len()
                        && self.reads_as(data, m, "Peaceful protest")
                        && doc.text[words[m.start].span.start..].starts_with(char::is_uppercase))
                });
                // S93: patterns do not see capitals. A trigger whose every word is written as a
                // name, inside a sentence that is not in title case, is a proper name ("David
                // Lynch", "Lynch Street", "la rue Marche"), not the common noun or verb: when it is
                // not the sentence's first word, or when another capitalised word follows it.
                // A sentence in title case (a headline) capitalises every word but its short
                // function words: one lower-case word of four letters or more says it is not one.
                let sentence_case = !all.is_empty()
                    && words.iter().any(|w| w.span.slice(&doc.text).is_some_and(|t| t.starts_with(char::is_lowercase) && t.chars().count() >= 4));
                // A count before it makes it a common noun again ("fired 3 Grad Missiles").
                let counted = |at: usize| {
                    (at.saturating_sub(2)..at).any(|j| words[j].folded.starts_with(|c: char| c.is_ascii_digit()) || data.numbers.contains_key(&words[j].folded))
                };
                if sentence_case {
                    all.retain(|m| counted(m.start) || !proper_name(&doc.text, &words, m.start, m.end));
                }
                // The non-event cues, found once for the sentence: they choose the trigger and tell
                // whether its event is one (`code`).
                let cues = if all.is_empty() { Vec::new() } else { data.non_events.find_all(&words) };
                // S221: a trigger word that a `figurative` cue of the very same words reads as
                // another word ("manifestement", "ses combattants") is no trigger of the sentence
                // when another one is (S63 let it yield only as the best one): the rules that read
                // every trigger of the sentence do not see it either (a protest beside an attack
                // made "excessive force" of a minister's "manifestement ... un acte de terrorisme").
                let other_sense = |m: &lexicon::Match| {
                    cues.iter().any(|c| {
                        let cue = data.non_events.value(c.pattern);
                        cue.kind == NonEvent::Figurative && cue.scope == resources::Scope::Trigger && c.start == m.start && c.end == m.end
                    })
                };
                if !cues.is_empty() && all.iter().any(|m| !other_sense(m)) {
                    all.retain(|m| !other_sense(m));
                }
                let mut why = None;
                let best = self.best_trigger(doc, data, &words, &all, &cues, &mut why);
                if let (None, Some((m, reason))) = (best, why) {
                    excluded.get_or_insert((*data, m, reason));
                }
                Some((*data, best?, all, cues))
            });
            if let (true, None, Some((data, m, reason))) = (explain, &found, excluded) {
                let trigger = Span::new(words[m.start].span.start, words[m.end - 1].span.end);
                let reading = self.reading_label(data.triggers.value(m.pattern).reading, None);
                dropped.push(DroppedTrigger { trigger, reading, reason: reason.to_string(), cue: None, sentence });
            }
            let Some((data, best, all_triggers, non_event_cues)) = found else {
                // A toll told in a sentence of its own ("2 fatalities.") is the toll of the event
                // told before it; a vague count there ("rescuers pulled several bodies from the
                // rubble") only fills a toll the event lacks, it does not replace a stated one.
                // S48: not a ghost's (the past recalled): an ACLED note's closing toll ("1 fatality")
                // is its main event's.
                let last = events.iter_mut().rev().find(|(e, _)| !ghosts.contains(&e.evidence));
                if let (Some(data), Some((last, _))) = (languages.first(), last) {
                    // S123: not a war's toll ("Le conflit a fait plus de 10.000 morts depuis 2012").
                    let casualties = event_tolls(doc, data, &words, None, sentence, None, &data.casualties.find_all(&words));
                    // S124: which words are dates, read only when a rule below reads them (most
                    // such sentences count no one: no casualty word, no toll).
                    let dates: std::cell::OnceCell<Vec<bool>> = std::cell::OnceCell::new();
                    let in_date = || dates.get_or_init(|| in_date(doc, &words)).as_slice();
                    let vague = casualties.iter().any(|m| matches!(data.casualties.value(m.pattern), CasualtyWord::Vague(_)));
                    let stated = |n: Option<u32>| n.is_some_and(|n| n > 0);
                    // (With no casualty word there is no toll: `numbers::toll` reads none.)
                    let counted = !casualties.is_empty();
                    if let Some(n) = counted.then(|| numbers::fatalities(data, &words, &casualties, in_date())).flatten() {
                        if !(vague && stated(last.fatalities)) {
                            last.fatalities = Some(n);
                            // S221: a count of none stated ("Fatalities coded as 0") is kept.
                            if n == 0 {
                                zero_told.push(last.evidence);
                            }
                        }
                    } else if let Some(n) = (counted && !stated(last.fatalities)).then(|| numbers::one_told(data, &words, &casualties, CasualtyWord::Killed)).flatten() {
                        // S221: one told with no count ("The man died.") only fills a toll the event lacks.
                        last.fatalities = Some(n);
                    }
                    if let Some(n) = counted.then(|| numbers::injuries(data, &words, &casualties, in_date())).flatten() {
                        if !(vague && stated(last.injuries)) {
                            last.injuries = Some(n);
                        }
                    } else if let Some(n) = (counted && !stated(last.injuries)).then(|| numbers::one_told(data, &words, &casualties, CasualtyWord::Injured)).flatten() {
                        last.injuries = Some(n);
                    }
                    // What the crowd did next ("Chairs were burnt and property destroyed."): the
                    // protest told before it turned violent.
                    let protest = matches!(last.sub_event_type.as_str(), "Peaceful protest" | "Protest with intervention");
                    // Not a crowd said to have stayed calm ("No violence was reported."); read
                    // only after a protest.
                    if protest && last.happened() {
                        let breaks = clause_breaks(&doc.text, &words);
                        let violent = data.riot_markers.find_all(&words).iter().any(|m| {
                            !matches!(modality::modality(data, &words, &breaks, (m.start, m.end), in_date()), Some((Modality::Negated, _)))
                        });
                        if violent {
                            self.turned_violent(last);
                        }
                    }
                }
                continue;
            };
            // S124: the sentence's source cues and casualty words, found once for every rule that
            // reads them.
            let source_cues = data.sources.find_all(&words);
            let casualties = data.casualties.find_all(&words);
            let told = telling_days(doc, data, &words, sentence, &source_cues);
            let dated = told_date(doc, sentence, &told).is_some();
            let mut why = None;
            let paragraph = paragraphs.start(&doc.text, sentence.start);
            let language = languages.iter().position(|l| std::ptr::eq(*l, data)).unwrap_or(0);
            let matches = SentenceMatches {
                triggers: &all_triggers,
                non_events: &non_event_cues,
                sources: &source_cues,
                casualties: &casualties,
                past_news: &past_news_cues[language],
            };
            let mut coded = self.code(doc, data, &words, sentence, paragraph, &told, &best, &matches, main_place.as_ref(), &places, &candidates, &mut why);
            // S127: a day counted from an earlier event the sentence names ("deux jours après
            // l'attaque"): the event's own day (`counted_day`), which dates it for merging too.
            let counted = coded.as_ref().and_then(|_| counted_day(doc, data, &self.res.taxonomy, &words, sentence, &told, &all_triggers, &best, &events));
            let dated = dated || counted.is_some();
            if let (Some(e), Some((day, named))) = (coded.as_mut(), counted) {
                e.date = Some(day);
                // The noun the phrase names ("after the attack") is the earlier event, not the
                // one this sentence tells again: a day counted is the sentence's own.
                if !named && why.as_ref().is_some_and(|w| w.reason == "refers_back") {
                    why = None;
                }
            }
            // S104: the sides this sentence's event takes from the one the sentence before told
            // (`sides_before`), given once the events are typed and merged, so that neither the
            // types nor the merging read them.
            if let (Some(e), Some((before_span, before))) = (&coded, &told_before) {
                let t = self.res.taxonomy.iter().find(|t| t.name == e.sub_event_type);
                if let Some(t) = t.filter(|_| previous_sentence(doc, sentence, paragraph) == Some(*before_span)) {
                    // The defaults an unnamed event was given (`implied_actors`: no id) give way;
                    // civilians as the side hit stay.
                    let unnamed = |a: &ActorRef| a.id.is_none() && a.name.as_deref() == Some(UNIDENTIFIED_ARMED_GROUP);
                    let (a1, a2) = (e.actor1.clone().filter(|a| !unnamed(a)), e.actor2.clone().filter(|a| !unnamed(a)));
                    let (mut b1, mut b2) = (a1.clone(), a2.clone());
                    sides_before(&self.res.taxonomy, t, before, e.location.as_ref(), e.date.as_deref(), &mut b1, &mut b2);
                    if b1 != a1 || b2 != a2 {
                        borrowed.push((sentence, (b1 != a1).then_some(b1).flatten(), (b2 != a2).then_some(b2).flatten()));
                    }
                }
            }
            // S220: an armed clash whose sentence names no first side ("A shoot-out broke out and a
            // suspect was shot"), right after a sentence of its paragraph that told no event but
            // named a state's force ("the Military Police carried out an operation against drug
            // trafficking in the community"): that force is the first side (the police or the
            // military, inter 1, PLOVER `COP` or `MIL`; the first one named, not the side hit).
            if let Some(e) = coded.as_ref().filter(|e| e.sub_event_type == "Armed clash" && e.actor1.is_none()) {
                let prev = previous_sentence(doc, sentence, paragraph);
                let told = told_before.as_ref().is_some_and(|(s, _)| Some(*s) == prev);
                let force = prev.filter(|_| !told).and_then(|prev| {
                    candidates.within(prev).map(|(_, a)| a).find(|a| state_force(a))
                });
                if let Some(force) = force.filter(|f| e.actor2.as_ref().is_none_or(|a| !same_actor(a, f))) {
                    // Of the country the event happened in, when the name gives none ("the
                    // Military Police").
                    let mut force = force.clone();
                    if force.country.is_none() {
                        force.country = e.location.as_ref().and_then(|l| l.country.clone());
                    }
                    forces_before.push((sentence, force));
                }
            }
            // S104: the event this sentence told, whatever becomes of it, for the sentence after.
            // Only an act told by its verb, whose subject did it ("Russian jets pounded the town",
            // "the army carried out strikes"), not a noun another verb's subject speaks of
            // ("Erdogan condemned the airstrike").
            told_before = coded.as_ref().filter(|_| told_as_act(&doc.text, data, &words, &best)).map(|e| (sentence, e.clone()));
            // S48: violence dropped as the past the article recalls (an old date, the past a trial
            // or an anniversary is about, a narrative of the past, a cue of remembrance) is still
            // the event that later tellings name again ("tués dans cette attaque"), tell again on
            // its date, or follow (the arms found, the allegiance its author swore): a ghost in
            // `events` (no confidence: `merge_or_push` reads it so) absorbs them, as a kept event
            // would, and goes with them.
            // S121: and violence recalled in a relative clause (`relative_past`).
            // S172: violence dropped as an accident of the article's time: its place, for the
            // tellings of the same deaths without a cause (`accident_told_again`).
            if coded.is_none() && why.as_ref().is_some_and(|w| w.reason == "accident" && w.typed.is_some_and(|t| self.res.taxonomy[t].event_type != "Protests")) && !told_long_ago(doc, sentence) {
                accidents.push((sentence, places.location_in(sentence, &words).or_else(|| main_place.clone().map(|m| places.refine(m, true)))));
            }
            let recalled = |w: &Why| matches!(w.reason, "background_date" | "past_news" | "background_narrative" | "background" | "relative_past");
            if let (None, Some(typed)) = (&coded, why.as_ref().filter(|w| recalled(w)).and_then(|w| w.typed)) {
                let t = &self.res.taxonomy[typed];
                if matches!(t.event_type.as_str(), "Battles" | "Explosions/Remote violence" | "Violence against civilians") {
                    let day = date(doc, sentence);
                    let ghost = Event {
                        sub_event_type: t.name.clone(),
                        location: places.location_in(sentence, &words).or_else(|| main_place.clone().map(|m| places.refine(m, true))),
                        // Its own date or the one its paragraph gave, never the article's: an
                        // undated telling given the article's date is news, not this past.
                        date: day.clone().or_else(|| earlier_date(doc, sentence, paragraph)),
                        evidence: sentence,
                        ..Default::default()
                    };
                    ghosts.push(sentence);
                    events.push((ghost, day.is_some()));
                }
            }
            // S61: people arrested told in the passive after a protest of the article ("Five
            // members were detained by the police."), the arrests' aftermath reading with the
            // count or the crowd of those arrested for its cue: the protest
            // was broken up, ACLED's "Protest with intervention".
            let arrested = why
                .as_ref()
                .is_some_and(|w| w.reason == "aftermath" && w.cue.is_some() && w.typed.is_some_and(|t| self.res.taxonomy[t].name == "Arrests"));
            if coded.is_none() && arrested {
                if let Some((last, _)) = events.last_mut().filter(|(e, _)| e.happened() && e.sub_event_type == "Peaceful protest") {
                    self.retype(last, "Protest with intervention");
                }
            }
            // An event returned with a reason is held back: a noun with no anchor in its
            // sentence. One that refers back to the story one of the two sentences before it
            // dated, in its paragraph ("On 2 May, ... The reason behind the attack is unknown.")
            // is kept, the first such, if the article states no other event.
            let coded = match coded {
                Some(event) if why.as_ref().is_some_and(|w| w.reason == "refers_back") => {
                    // What "the attack" names again: a battle, an explosion or an attack (not an
                    // abduction: "his body was found" is the killing that follows it), at the
                    // place the sentence names, if it names one.
                    let violent = |e: &Event| {
                        e.happened()
                            && (e.sub_event_type == "Attack"
                                || self.res.taxonomy.iter().any(|t| {
                                    t.name == e.sub_event_type && matches!(t.event_type.as_str(), "Battles" | "Explosions/Remote violence")
                                }))
                    };
                    let own_place = places.location_in(sentence, &words).and_then(|l| l.geonameid);
                    let same_place = |e: &Event| own_place.is_none() || e.location.as_ref().and_then(|l| l.geonameid) == own_place;
                    match events.iter_mut().rev().find(|(e, _)| violent(e)).filter(|(e, _)| event.happened() && same_place(e)) {
                        Some((told, _)) => {
                            absorb(told, event);
                            None
                        }
                        None => {
                            why = None;
                            Some(event)
                        }
                    }
                }
                Some(event) if why.is_some() => {
                    // A crowd's violence: a riot or a mob (not clashes, which may be a war's), told
                    // by a riot trigger itself ("hurling stones"), not a protest word beside a riot
                    // word ("police stopped their protest, concerned it would escalate to violence").
                    let crowd = matches!(event.sub_event_type.as_str(), "Violent demonstration" | "Mob violence");
                    let riot_trigger = match data.triggers.value(best.pattern).reading {
                        Reading::Riot => true,
                        Reading::Type(i) => matches!(self.res.taxonomy[i].name.as_str(), "Violent demonstration" | "Mob violence"),
                        _ => false,
                    };
                    if crowd && riot_trigger && event.happened() {
                        unanchored_riots.push(sentence);
                    }
                    if held.is_none()
                        && event.happened()
                        && earlier_date(doc, sentence, paragraph).is_some()
                        && recently_dated(doc, sentence)
                        && first_person.get_or_init(|| languages.first().and_then(|data| first_person_voice(doc, data, &self.words))).is_none()
                    {
                        held = Some((event, dated, dropped.len()));
                    }
                    None
                }
                coded => coded,
            };
            // S62: in a piece told in the first person, what happened is recalled to make the
            // author's point or tell their story, not reported as news; only an event whose own
            // sentence names a recent day is one ("On Tuesday, jets struck the market I work in").
            let coded = match coded {
                Some(e) if e.happened() && !recent_day_named(doc, sentence) => {
                    if let Some(cue) = *first_person.get_or_init(|| languages.first().and_then(|data| first_person_voice(doc, data, &self.words))) {
                        why = Some(Why { reason: "first_person", cue: Some(cue), typed: self.res.type_index(&e.sub_event_type) });
                        None
                    } else {
                        Some(e)
                    }
                }
                coded => coded,
            };
            // The body of a long article (past its lead, in an article of more than
            // `LONG_ARTICLE_SENTENCES` sentences): news writing tells its news in the lead and
            // dates what it adds further on ("On Tuesday, jets struck ..."); an event told there
            // with no recent day in its sentence or the two before it is the context the piece
            // recalls (the war's course, earlier offensives, what a side is known to do), unless
            // it tells again an event the article already holds (it then merges with it).
            let coded = match coded {
                Some(e) if e.happened() && in_long_body(doc, sentence) && !recent_day_near(doc, sentence) && !retells(&events, &e) => {
                    why = Some(Why { reason: "long_body", cue: None, typed: self.res.type_index(&e.sub_event_type) });
                    None
                }
                coded => coded,
            };
            if explain {
                let trigger = Span::new(words[best.start].span.start, words[best.end - 1].span.end);
                let reading = |typed| self.reading_label(data.triggers.value(best.pattern).reading, typed);
                let record = match &coded {
                    // A type the resources lack: no rule fired, the taxonomy has no such type.
                    None => Some(why.map_or_else(
                        || DroppedTrigger { trigger, reading: reading(None), reason: "untyped".into(), cue: None, sentence },
                        |w: Why| DroppedTrigger { trigger, reading: reading(w.typed), reason: w.reason.into(), cue: w.cue, sentence },
                    )),
                    // Kept, but told as not having happened: it does not count.
                    Some(e) if !e.happened() => Some(DroppedTrigger {
                        trigger,
                        reading: e.sub_event_type.clone(),
                        reason: e.modality.as_str().into(),
                        cue: e.modality_cue,
                        sentence,
                    }),
                    Some(e) if is_aftermath(&events, e) => Some(DroppedTrigger {
                        trigger,
                        reading: e.sub_event_type.clone(),
                        reason: "aftermath".into(),
                        cue: None,
                        sentence,
                    }),
                    Some(_) => None,
                };
                dropped.extend(record);
            }
            // A blast told first ("a bomb went off at the market"), then how ("the suicide bomber
            // detonated his vest"): one suicide bombing told twice, which ACLED codes as such.
            let suicide = matches!(data.triggers.value(best.pattern).reading, Reading::Type(i) if self.res.taxonomy[i].name == "Suicide bomb");
            if let Some((last, last_dated)) = events.last_mut().filter(|(e, _)| suicide && e.sub_event_type == "Remote explosive/landmine/IED" && e.happened()) {
                let place = |e: &Event| e.location.as_ref().and_then(|l| l.geonameid);
                let same = coded.as_ref().is_none_or(|e| {
                    e.sub_event_type == "Suicide bomb"
                        && e.happened()
                        && (e.date == last.date || !dated || !*last_dated)
                        && (place(e).is_none() || place(e) == place(last))
                });
                if same {
                    self.retype(last, "Suicide bomb");
                    if let Some(event) = coded {
                        absorb(last, event);
                    }
                    continue;
                }
            }
            // What the crowd did next, told with a looting word ("Chairs were burnt and property
            // destroyed."): the protest told before it turned violent, unless an armed actor did
            // it. A looting word after a grievance marker ("They also demanded the return of looted
            // funds") is what the crowd wants: no damage, and no event.
            let armed = |e: &Event| e.actor1.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 1..=4 | 8));
            let crowd_damage = coded.as_ref().is_some_and(|e| e.sub_event_type == "Looting/property destruction" && e.happened() && !armed(e))
                && events.last().is_some_and(|(last, _)| {
                    last.happened() && matches!(last.sub_event_type.as_str(), "Peaceful protest" | "Protest with intervention")
                });
            if crowd_damage {
                let grievance = words[..best.start].iter().any(|w| data.grievance_markers.contains(&w.folded));
                if let (Some(event), Some((last, _))) = (coded, events.last_mut()) {
                    if grievance {
                        if explain {
                            let trigger = Span::new(words[best.start].span.start, words[best.end - 1].span.end);
                            dropped.push(DroppedTrigger { trigger, reading: event.sub_event_type, reason: "grievance".into(), cue: None, sentence });
                        }
                    } else {
                        self.turned_violent(last);
                        absorb(last, event);
                    }
                }
                continue;
            }
            // An explosion told without its device (an IED trigger of priority `DEVICELESS` or
            // vaguer: "the explosion killed one soldier", "a blast") after a violent event of the
            // article on the same day is that event's blast, told again.
            let deviceless = data.triggers.value(best.pattern).priority >= DEVICELESS;
            if let Some(event) = coded {
                // S193: a battle or an attack told by a generic attack word ("attacked a camp"),
                // not by its toll ("were killed"), for `same_incident_refined`.
                let toll_word = casualties.iter().any(|m| m.start <= best.start && m.end >= best.end && matches!(data.casualties.value(m.pattern), CasualtyWord::Killed | CasualtyWord::Injured));
                if matches!(data.triggers.value(best.pattern).reading, Reading::Violence) && !toll_word {
                    attack_words.push(event.evidence);
                }
                // S193: a weapon stopped in flight ("Air defences intercepted it", "l'a intercepté"),
                // told after the shelling or the air strike that fired it, on its day, when that
                // hurt no one: the weapon never struck, and ACLED codes the incident as disrupted
                // weapons use, the side that stopped it first and the side that fired it second.
                let stopped = event.sub_event_type == "Disrupted weapons use"
                    && event.happened()
                    && words[best.start..best.end].iter().any(|w| data.interception_words.contains(&w.folded));
                let unhurt = |e: &Event| e.fatalities.unwrap_or(0) + e.injuries.unwrap_or(0) == 0;
                let fired = events.last_mut().filter(|(e, e_dated)| {
                    stopped
                        && e.happened()
                        && matches!(e.sub_event_type.as_str(), "Shelling/artillery/missile attack" | "Air/drone strike")
                        && unhurt(e)
                        && (same_days(e.date.as_deref(), event.date.as_deref()) || !*e_dated || !dated)
                });
                if let Some((last, _)) = fired {
                    self.retype(last, "Disrupted weapons use");
                    if event.actor1.as_ref().is_some_and(|a| a.name.as_deref() != Some(UNIDENTIFIED_ARMED_GROUP)) && event.actor1 != last.actor1 {
                        last.actor2 = last.actor1.take();
                        last.actor1 = event.actor1.clone();
                    }
                    absorb(last, event);
                    continue;
                }
                let remote = event.sub_event_type == "Remote explosive/landmine/IED";
                let violent = |e: &Event| {
                    e.happened()
                        && self.res.type_index(&e.sub_event_type).is_some_and(|i| {
                            matches!(self.res.taxonomy[i].event_type.as_str(), "Battles" | "Explosions/Remote violence" | "Violence against civilians")
                        })
                };
                let blast_of = (deviceless && remote && event.happened())
                    .then(|| events.iter_mut().rev().find(|(e, e_dated)| violent(e) && (e.date == event.date || !dated || !*e_dated)))
                    .flatten();
                match blast_of {
                    Some((first, _)) => absorb(first, event),
                    None => {
                        // S107: what the telling's own sentence names, for the second pass of
                        // the merge (`repeat_second_pass`).
                        let toll = casualties.iter().any(|m| {
                            m.start <= best.start && m.end >= best.end && matches!(data.casualties.value(m.pattern), CasualtyWord::Killed | CasualtyWord::Injured)
                        });
                        tellings.push(Telling::of(doc, sentence, event.evidence, toll, &told, dated, data));
                        merge_or_push_told(&mut events, event, dated, &tellings)
                    }
                }
            }
        }
        if let Some((event, dated, record)) = held.filter(|_| !events.iter().any(|(e, _)| e.happened())) {
            merge_or_push(&mut events, event, dated);
            if explain && record < dropped.len() {
                dropped.remove(record);
            }
        }
        // S29: a riot told with no anchor of its own ("protesters hurling stones at the police")
        // right before or after the sentence that tells a protest is that protest's crowd turning
        // violent: ACLED codes the demonstration as violent.
        for riot in &unanchored_riots {
            let at = |s: &Span| spans.iter().position(|x| x == s);
            let near = |e: &Event| at(&e.evidence).zip(at(riot)).is_some_and(|(k, r)| k.abs_diff(r) <= 1);
            let protest = |e: &Event| e.happened() && matches!(e.sub_event_type.as_str(), "Peaceful protest" | "Protest with intervention");
            if let Some((e, _)) = events.iter_mut().find(|(e, _)| protest(e) && near(e)) {
                self.turned_violent(e);
            }
        }
        // S172: a death told without its cause in an article of a recent accident is that accident.
        if !accidents.is_empty() {
            events.retain(|(e, dated)| {
                // A day after the publication dates what is to come ("un hommage lundi"), not the deaths.
                let dated = *dated && !e.date.as_deref().is_some_and(|day| after_publication(doc, day));
                let Some(cue) = accident_told_again(e, dated, &accidents, &tellings) else { return true };
                if explain {
                    dropped.push(DroppedTrigger { trigger: e.evidence, reading: e.sub_event_type.clone(), reason: "accident_again".into(), cue: Some(cue), sentence: e.evidence });
                }
                false
            });
        }
        // S48: the ghosts go, with what they absorbed (told, when asked, as its own reason).
        events.retain(|(e, _)| {
            let ghost = ghosts.contains(&e.evidence);
            if ghost && explain {
                // (A telling that names it again has its record already: `refers_back`.)
                let told: Vec<Span> = e.mentions.iter().copied().filter(|m| *m != e.evidence && !dropped.iter().any(|d| d.sentence == *m)).collect();
                for told in told {
                    let record = DroppedTrigger { trigger: told, reading: e.sub_event_type.clone(), reason: "recalled_again".into(), cue: Some(e.evidence), sentence: told };
                    dropped.push(record);
                }
            }
            !ghost
        });
        let events = self.protest_turned_violent(events);
        let events = self.force_on_protest(events);
        let events = self.clash_turned_riot(events);
        let mut events = self.abducted_then_killed(events);
        // S170: one incident told by a general and a specific type is one record.
        same_incident_refined(doc, &mut events, &attack_words);
        self.other_sides(&mut events);
        for (sentence, b1, b2) in borrowed {
            for (e, _) in events.iter_mut().filter(|(e, _)| e.evidence == sentence) {
                if b1.is_some() {
                    e.actor1 = b1.clone();
                }
                if b2.is_some() {
                    e.actor2 = b2.clone();
                }
            }
        }
        // (Only where no other rule found the first side.)
        for (sentence, force) in forces_before {
            for (e, _) in events.iter_mut().filter(|(e, _)| e.evidence == sentence && e.actor1.is_none()) {
                if e.actor2.as_ref().is_none_or(|a| !same_actor(a, &force)) {
                    e.actor1 = Some(force.clone());
                }
            }
        }
        self.countries_as_states(&mut events);
        force_met_the_crowd(doc, &mut events);
        no_side_against_a_peaceful_protest(&mut events);
        no_agreement_with_itself(&mut events);
        sides_by_definition(&mut events);
        self.mutual_clash_sides(doc, &mut events);
        self.one_told(doc, &mut events, &zero_told);
        doc.events = events.into_iter().map(|(e, _)| e).collect();
        if explain {
            doc.dropped = Some(dropped);
        }
        self.words.give(words);
    }
}

impl EventStage {
    /// S221: a clash told as a fight among groups of one kind ("criminal groups clashed", "two clan
    /// militias clashed", "clashes between three gangs", "se sont affrontées": `mutual` in its
    /// sentence), with only a communal militia, a gang or an armed group named (as the first side,
    /// or as the second when nobody is first: the one party after "between"): that group is the
    /// first side and the other is an unnamed group of the same kind, not a side left empty. Done
    /// once merged, so that the tellings of its toll still join it.
    fn mutual_clash_sides(&self, doc: &Document, events: &mut [(Event, bool)]) {
        let Some(data) = self.languages(doc).into_iter().next() else { return };
        let kind = |a: &Option<ActorRef>| a.as_ref().is_some_and(|a| matches!(a.inter, Some(UNIDENTIFIED | COMMUNAL)));
        for (e, _) in events.iter_mut() {
            // The one party named after "between" ("clashes between two armed families",
            // "between two rival cartels") was read as the side hit: it is the side that fights.
            let between = e.actor1.is_none() && kind(&e.actor2);
            if e.sub_event_type != "Armed clash" || !(between || (e.actor2.is_none() && kind(&e.actor1))) {
                continue;
            }
            let Some(a) = e.actor1.as_ref().or(e.actor2.as_ref()) else { continue };
            let mut words = fold::words(&doc.text, e.evidence);
            fold::mark_elisions(&mut words, &self.res.elisions);
            if data.mutual.find_all(&words).is_empty() {
                continue;
            }
            let country = e.location.as_ref().and_then(|l| l.country.clone());
            let other = match (a.inter, a.plover.as_deref()) {
                (Some(COMMUNAL), _) => generic_actor(UNIDENTIFIED_COMMUNAL_MILITIA, COMMUNAL, "UAF", country.as_deref()),
                (_, Some("CRM")) => generic_actor(UNIDENTIFIED_GANG, UNIDENTIFIED, "CRM", country.as_deref()),
                _ => generic_actor(UNIDENTIFIED_ARMED_GROUP, UNIDENTIFIED, "UAF", country.as_deref()),
            };
            if between {
                e.actor1 = e.actor2.take();
            }
            e.actor2 = Some(other);
        }
    }

    /// S221: one person killed or hurt told with no count in a sentence of the event ("a reporter
    /// was shot dead", "killing the driver", "a été tué"): the event counts one where it counts
    /// none once merged, so that a count another telling states is never replaced nor blocked;
    /// not where a sentence of its own states none (`zero_told`: "Fatalities coded as 0").
    fn one_told(&self, doc: &Document, events: &mut [(Event, bool)], zero_told: &[Span]) {
        let Some(data) = self.languages(doc).into_iter().next() else { return };
        if data.one_casualty.is_empty() {
            return;
        }
        for (e, _) in events.iter_mut() {
            let (dead, hurt) = (e.fatalities.unwrap_or(0) == 0 && !zero_told.contains(&e.evidence), e.injuries.unwrap_or(0) == 0);
            if !e.happened() || !(dead || hurt) {
                continue;
            }
            let mut sentences = vec![e.evidence];
            sentences.extend(e.mentions.iter().copied().filter(|m| *m != e.evidence));
            for sentence in sentences {
                let mut words = fold::words(&doc.text, sentence);
                fold::mark_elisions(&mut words, &self.res.elisions);
                // (S123: not a war's toll, as the counts of the event's sentence.)
                let tolls = event_tolls(doc, data, &words, None, sentence, None, &data.casualties.find_all(&words));
                if dead && e.fatalities.unwrap_or(0) == 0 {
                    if let Some(n) = numbers::one_told(data, &words, &tolls, CasualtyWord::Killed) {
                        e.fatalities = Some(n);
                    }
                }
                if hurt && e.injuries.unwrap_or(0) == 0 {
                    if let Some(n) = numbers::one_told(data, &words, &tolls, CasualtyWord::Injured) {
                        e.injuries = Some(n);
                    }
                }
            }
        }
    }

    /// Whether the trigger match reads as the sub-event type `name` (a typed trigger, not a rule).
    fn reads_as(&self, data: &LanguageData, m: &lexicon::Match, name: &str) -> bool {
        matches!(data.triggers.value(m.pattern).reading, Reading::Type(i) if self.res.taxonomy[i].name == name)
    }

    /// Whether a trigger reads territory changing hands: `@territory`, or a "Non-violent transfer
    /// of territory" word ("captured", "handed over").
    fn territorial(&self, data: &LanguageData, m: &lexicon::Match) -> bool {
        match data.triggers.value(m.pattern).reading {
            Reading::Territory => true,
            Reading::Type(i) => self.res.taxonomy[i].name == "Non-violent transfer of territory",
            _ => false,
        }
    }

    /// Whether a territory trigger (`@territory`, or a "Non-violent transfer of territory" word:
    /// "captured", "handed over") takes people rather than a place: its object is a victim word,
    /// right after it or at most three words on after a determiner or a count ("captured 2
    /// rebels", "capturing 2 PKK militants"), a count stands right before it ("3 were killed and
    /// 2 handed over"); the passive is `passive_people`. `Some(true)` when the people are armed
    /// ones (`victim_armed`), `Some(false)` otherwise; `None` for any other trigger, or a place.
    fn takes_people(&self, data: &LanguageData, words: &[Word], m: &lexicon::Match) -> Option<bool> {
        if !self.territorial(data, m) {
            return None;
        }
        let count = |w: &Word| w.folded.starts_with(|c: char| c.is_ascii_digit()) || data.numbers.contains_key(&w.folded);
        // A victim word joined into a compound ("rebel-held", "militant-controlled") describes
        // the place taken: it names no one taken.
        let mut victims = data.casualties.find_all(words);
        victims.retain(|v| !words[v.end - 1].folded.contains('-'));
        let armed = |v: &lexicon::Match| match data.casualties.value(v.pattern) {
            CasualtyWord::Civilian => Some(false),
            CasualtyWord::Armed => Some(true),
            _ => None,
        };
        // A territory word told with "être" ("est tombée aux mains des rebelles", "est passée sous
        // le contrôle des rebelles", "a été reprise par l'armée") has no object: who follows it
        // took the place (the passive subject is `passive_people`).
        let auxiliary = |i: usize| words.get(i).is_some_and(|w| data.passive_auxiliaries.contains(&w.folded));
        if auxiliary(m.start) || (m.start > 0 && auxiliary(m.start - 1)) {
            return None;
        }
        // S95: a territory word ending in a `taker_marker` ("fell into the hands of the
        // insurgents", "fell to the rebels"): who follows it took the place.
        if data.taker_markers.contains(&words[m.end - 1].folded) {
            return None;
        }
        let next = words.get(m.end)?;
        if count(next) || data.determiners.contains(&next.folded) {
            // The object: the first victim word within three words.
            if let Some(kind) = victims.iter().filter(|v| v.start >= m.end && v.start <= m.end + 3).find_map(&armed) {
                return Some(kind);
            }
            return None;
        }
        if let Some(kind) = victims.iter().find(|v| v.start == m.end).and_then(armed) {
            return Some(kind);
        }
        // A count right before the verb counts the people taken ("3 were killed and 2 handed over").
        if m.start > 0 && count(&words[m.start - 1]) {
            return Some(false);
        }
        None
    }

    /// Whether a territory word in the passive has people for its subject ("3 PKK militants were
    /// killed, injured or captured", "the suspect was handed over"): a victim word right before
    /// the auxiliary, at most five words before the word. `Some(true)` for armed people.
    fn passive_people(&self, data: &LanguageData, words: &[Word], m: &lexicon::Match) -> Option<bool> {
        if !self.territorial(data, m) {
            return None;
        }
        let aux = (m.start.saturating_sub(5)..m.start).find(|&i| data.passive_auxiliaries.contains(&words[i].folded))?;
        // S95: a reflexive pronoun right before the auxiliary makes it a reflexive verb, active
        // ("les rebelles se sont emparés de la ville"): its subject took, it was not taken.
        if aux > 0 && data.reflexive_pronouns.contains(&words[aux - 1].folded) {
            return None;
        }
        // S78: a perfect auxiliary after it ("forces were reported to have captured territory")
        // makes the word active: its subject took, it was not taken.
        if words[aux + 1..m.start].iter().any(|w| data.perfect_auxiliaries.contains(&w.folded)) {
            return None;
        }
        let victims = data.casualties.find_all(words);
        victims.iter().find(|v| v.end == aux || v.end + 1 == aux).and_then(|v| match data.casualties.value(v.pattern) {
            CasualtyWord::Civilian => Some(false),
            CasualtyWord::Armed => Some(true),
            _ => None,
        })
    }

    /// Whether a territory word is the last of verbs that share its passive subject ("3
    /// militants were killed, injured or captured"): another trigger stands between the auxiliary
    /// and the word, and that trigger reads the sentence.
    fn last_of_passive_verbs(&self, data: &LanguageData, words: &[Word], all: &[lexicon::Match], m: &lexicon::Match) -> bool {
        (m.start.saturating_sub(5)..m.start)
            .find(|&i| data.passive_auxiliaries.contains(&words[i].folded))
            .is_some_and(|aux| all.iter().any(|o| o.start > aux && o.end <= m.start))
    }

    /// The trigger that types the sentence: the most specific (lowest priority), then the first,
    /// then the longest. What a protest is against ("protested against the arrest of", "demanding
    /// the release of prisoners") is its grievance, not an event: a trigger after a grievance
    /// marker that follows a protest trigger does not count.
    ///
    /// When every match is left out, `excluded` tells the first and why ("grievance",
    /// "relative_clause").
    fn best_trigger(
        &self,
        doc: &Document,
        data: &LanguageData,
        words: &[Word],
        all: &[lexicon::Match],
        cues: &[lexicon::Match],
        excluded: &mut Option<(lexicon::Match, &'static str)>,
    ) -> Option<lexicon::Match> {
        // No trigger, no best one: the cues below are not read (most sentences hold none).
        if all.is_empty() {
            return None;
        }
        let is_protest = |m: &lexicon::Match| match data.triggers.value(m.pattern).reading {
            Reading::Type(i) => self.res.taxonomy[i].event_type == "Protests",
            _ => false,
        };
        // A protest verb followed by its object ("protested the arrest of", "protesting the
        // killing"): the object, a determiner joined to the trigger by one space, is the
        // grievance too.
        let is_peaceful = |m: &lexicon::Match| self.reads_as(data, m, "Peaceful protest");
        let grievance_from = all.iter().filter(|m| is_protest(m)).map(|m| m.end).min().and_then(|after| {
            let object = all.iter().any(|m| m.end == after && is_peaceful(m))
                && words.get(after).is_some_and(|w| data.determiners.contains(&w.folded) && w.span.start == words[after - 1].span.end + 1);
            if object {
                return Some(after);
            }
            // S93: what the protest reacts to, after a cause marker ("ont manifesté après le
            // lynchage d'un jeune homme", "protested after the killing of"), is its grievance too.
            (after..words.len()).find(|&i| data.grievance_markers.contains(&words[i].folded) || data.cause_markers.contains(&words[i].folded))
        });
        // In a protest sentence, a trigger in a relative clause ("followers of a cleric who was
        // arrested protested", "des proches d'un homme qui a été enlevé manifestent") describes
        // whom the protest is about: a relative pronoun at most six words before it, with no
        // protest trigger between them.
        let protests: Vec<&lexicon::Match> = all.iter().filter(|m| is_protest(m)).collect();
        let relative = |m: &lexicon::Match| {
            !protests.is_empty()
                && (m.start.saturating_sub(6)..m.start).any(|i| {
                    data.relative_pronouns.contains(&words[i].folded) && !protests.iter().any(|p| p.start > i && p.start < m.start)
                })
        };
        let kept: Vec<lexicon::Match> =
            all.iter().filter(|m| is_protest(m) || (grievance_from.is_none_or(|g| m.start < g) && !relative(m))).copied().collect();
        if kept.is_empty() {
            *excluded = all.first().map(|m| (*m, if grievance_from.is_some_and(|g| m.start >= g) { "grievance" } else { "relative_clause" }));
        }
        // Territory words that take people ("captured 2 rebels", "3 militants were killed,
        // injured or captured") yield to another trigger of the sentence ("killed"): see
        // `takes_people`.
        let people = |m: &lexicon::Match| {
            self.takes_people(data, words, m).is_some()
                || (self.passive_people(data, words, m).is_some() && self.last_of_passive_verbs(data, words, all, m))
        };
        let kept: Vec<lexicon::Match> = if kept.iter().any(|m| !people(m)) { kept.into_iter().filter(|m| !people(m)).collect() } else { kept };
        // S26: a trigger right after a background cue (what someone is suspected or convicted of,
        // the anniversary of a massacre) names a past or a charge, not what the sentence tells: it
        // yields to another trigger of the sentence ("a man suspected of kidnapping a child was
        // beaten up by locals": the beating).
        // S69: or after its determiner ("deux ans après le massacre du 8 janvier 2015").
        // S223: or a cue that holds it when it names people by their act (`agent_noun_ending`:
        // "two suspected child kidnappers", a charge; "villagers beat two suspected kidnappers to
        // death" tells the beating).
        let agent_noun = |m: &lexicon::Match| {
            ends_with_any(&words[m.end - 1].folded, &data.agent_noun_endings)
        };
        let recalled = |m: &lexicon::Match| {
            cues.iter().any(|c| {
                (c.end == m.start
                    || (c.end + 1 == m.start && data.determiners.contains(&words[c.end].folded))
                    || (c.start < m.start && c.end >= m.end && agent_noun(m)))
                    && data.non_events.value(c.pattern).kind == NonEvent::Background
            })
        };
        let kept: Vec<lexicon::Match> = if kept.iter().any(|m| !recalled(m)) { kept.into_iter().filter(|m| !recalled(m)).collect() } else { kept };
        // S196: a trigger that a cue before it makes no event (a kind, a habit or a total, the
        // past recalled: `modality::near_non_event`), in a phrase of its own ("After months of
        // protests, workers demonstrated again", "Après des semaines de combats, les rebelles ont
        // attaqué mardi une base"), yields to a trigger after it, past a clause break, that tells
        // an act by its verb (`told_as_act`; not a noun a possessive owns), not what a cause
        // marker names ("following the attack"), and that no cue makes no event, whatever its
        // reach.
        let kept: Vec<lexicon::Match> = if kept.len() > 1 && !cues.is_empty() {
            let breaks = clause_breaks(&doc.text, words);
            let stretches: Vec<Span> = doc.times.iter().filter(|t| t.value == "PAST_REF").map(|t| t.span).collect();
            let in_day: Vec<bool> = words.iter().zip(in_date(doc, words)).map(|(w, d)| d && !stretches.iter().any(|t| t.contains(w.span))).collect();
            let covered: Vec<bool> = kept.iter().map(|m| modality::near_non_event(data, cues, words, &breaks, (m.start, m.end), &in_day)).collect();
            let caused = |m: &lexicon::Match| {
                (m.start.saturating_sub(2)..m.start).any(|i| data.cause_markers.contains(&words[i].folded) && (i + 1..m.start).all(|j| data.determiners.contains(&words[j].folded)))
                    || m.start > 0 && words[m.start].elided().is_some() && data.cause_markers.contains(&words[m.start - 1].folded)
            };
            // A noun a possessive owns ("Turkey's attack") names the act, no verb tells it.
            let owned = |m: &lexicon::Match| {
                let before = doc.text[..words[m.start].span.start].trim_end();
                before.ends_with("'s") || before.ends_with("\u{2019}s")
            };
            let free = |m: &lexicon::Match| {
                told_as_act(&doc.text, data, words, m) && !caused(m) && !owned(m) && modality::non_event(data, cues, words, &breaks, (m.start, m.end), &in_day).is_none()
            };
            // S223: or before it, past a clause break ("21 soldiers were killed by a group linked
            // to al-Qaida, in one of the deadliest breaches of a truce deal": the killing).
            let apart = |a: &lexicon::Match, b: &lexicon::Match| {
                (b.start >= a.end && (a.end..=b.start).any(|k| breaks[k])) || (b.end <= a.start && (b.end..=a.start).any(|k| breaks[k]))
            };
            let yields = |i: usize| covered[i] && kept.iter().enumerate().any(|(j, m)| !covered[j] && apart(&kept[i], m) && free(m));
            let yielding: Vec<bool> = (0..kept.len()).map(yields).collect();
            kept.into_iter().zip(yielding).filter(|(_, y)| !y).map(|(m, _)| m).collect()
        } else {
            kept
        };
        // (S63: a trigger word that a `figurative` cue of the same words reads as another word,
        // "combat*" in "ses combattants", yields to another trigger of its sentence: `run` drops
        // it from the sentence's triggers before this choice, S221.)
        // S81: a trigger at the end of a `generic` cue of trigger scope that holds an agent marker
        // before it ("backed by airstrikes", "supported by artillery") is the support given to
        // what the sentence tells: it yields to another trigger of its sentence ("an operation by
        // special forces, backed by airstrikes, killed 18 militants"); alone, the cue drops it
        // (`code`).
        let backing = |m: &lexicon::Match| {
            cues.iter().any(|c| {
                let cue = data.non_events.value(c.pattern);
                cue.kind == NonEvent::Generic
                    && cue.scope == resources::Scope::Trigger
                    && c.start < m.start
                    && c.end == m.end
                    && (c.start..m.start).any(|i| data.agent_markers.contains(&words[i].folded))
            })
        };
        let kept: Vec<lexicon::Match> = if kept.iter().any(|m| !backing(m)) { kept.into_iter().filter(|m| !backing(m)).collect() } else { kept };
        // S153: a security measure taken after violence ("Section 144 was imposed after the
        // clashes", "couvre-feu instauré à Bouaké après des affrontements"): a trigger at most
        // three words after a cause marker that follows a change to group/activity is what the
        // measure answers, not what the sentence tells; it yields to the measure.
        let measure = kept.iter().filter(|m| self.reads_as(data, m, "Change to group/activity")).map(|m| m.end).min();
        let answered = |m: &lexicon::Match| {
            measure.is_some_and(|end| m.start > end && (m.start.saturating_sub(3).max(end)..m.start).any(|i| data.cause_markers.contains(&words[i].folded)))
        };
        let kept: Vec<lexicon::Match> = if kept.iter().any(|m| !answered(m)) { kept.into_iter().filter(|m| !answered(m)).collect() } else { kept };
        // S191: a territory word right after a hypothetical cue that ends at it, the aim of a
        // push or a vow ("launched an offensive to retake the town", "vowed to retake Kunduz
        // after the Taliban seized it", "une offensive pour reprendre la ville"), is not what
        // happened: it yields to a battle word of its sentence (the offensive fought, the place
        // taken told beside it); alone, or beside other words (a toll of the campaign, a truce
        // spoken of), its modality drops it (`code`).
        let battle = |m: &lexicon::Match| match data.triggers.value(m.pattern).reading {
            Reading::Territory | Reading::Fighting => true,
            _ => self.reads_as(data, m, "Armed clash"),
        };
        let goals = data.modality.find_all(words);
        let aimed = |m: &lexicon::Match| {
            matches!(data.triggers.value(m.pattern).reading, Reading::Territory)
                && goals.iter().any(|c| {
                    let cue = data.modality.value(c.pattern);
                    cue.modality == Modality::Hypothetical && matches!(cue.scope, resources::Scope::Before(_)) && c.end == m.start && c.start < m.start
                })
        };
        let kept: Vec<lexicon::Match> =
            if kept.iter().any(&aimed) && kept.iter().any(|m| !aimed(m) && battle(m)) { kept.into_iter().filter(|m| !aimed(m)).collect() } else { kept };
        // S191: a battle word told as a span of time ("after days of fighting", "après des
        // semaines de combats": a `generic` cue at most two words before it) is how the place was
        // won: it yields to a territory word of its sentence ("Saraqeb was captured by rebels
        // after days of fighting with the army").
        let lasting = |m: &lexicon::Match| {
            battle(m)
                && !matches!(data.triggers.value(m.pattern).reading, Reading::Territory)
                && cues.iter().any(|c| {
                    let cue = data.non_events.value(c.pattern);
                    cue.kind == NonEvent::Generic && matches!(cue.scope, resources::Scope::Before(_)) && c.end <= m.start && m.start - c.end <= 2
                })
        };
        let taken = kept.iter().any(|m| matches!(data.triggers.value(m.pattern).reading, Reading::Territory));
        let kept: Vec<lexicon::Match> = if taken { kept.into_iter().filter(|m| !lasting(m)).collect() } else { kept };
        // A rioting crowd taking a place ("prisoners staged a riot, taking control of the yard")
        // riots: ACLED's territory is taken by armed groups, so the riot trigger reads it.
        let crowd = kept.iter().any(|m| matches!(data.triggers.value(m.pattern).reading, Reading::Riot));
        let kept: Vec<lexicon::Match> =
            kept.into_iter().filter(|m| !(crowd && matches!(data.triggers.value(m.pattern).reading, Reading::Territory))).collect();
        let priority = |m: &lexicon::Match| data.triggers.value(m.pattern).priority;
        let mut best = *kept.iter().min_by_key(|m| (priority(m), m.start, std::cmp::Reverse(m.end)))?;
        // At the same priority, a match that overlaps the chosen one and reaches further reads more
        // of the phrase ("an improvised explosive device was defused": the device defused, not
        // the device).
        while let Some(longer) =
            kept.iter().filter(|m| priority(m) == priority(&best) && m.start > best.start && m.start < best.end && m.end > best.end).max_by_key(|m| m.end)
        {
            best = *longer;
        }
        // S193: a remote explosion and its refinement told in one phrase ("barrel bombs filled
        // with chlorine", "rockets carrying chlorine"): the agent or the bomber types the incident
        // whatever word came first, as ACLED's codebook codes it (see [`REFINEMENTS`]). Within
        // `REFINED_WORDS` words and no cause marker between them: what a strike answered ("air
        // strikes after the chlorine attack") is another incident.
        let typed = |m: &lexicon::Match| match data.triggers.value(m.pattern).reading {
            Reading::Type(i) => Some(&self.res.taxonomy[i]),
            _ => None,
        };
        if let Some(general) = typed(&best).filter(|t| t.event_type == "Explosions/Remote violence") {
            let (from, to) = (best.start, best.end);
            let close = |m: &lexicon::Match| {
                let (a, b) = if m.start >= to { (to, m.start) } else { (m.end.min(from), from) };
                b - a <= REFINED_WORDS && !(a..b).any(|i| data.cause_markers.contains(&words[i].folded))
            };
            let refined = |m: &lexicon::Match| close(m) && typed(m).is_some_and(|t| REFINEMENTS.iter().any(|(g, s)| *g == general.name && *s == t.name));
            if let Some(specific) = kept.iter().filter(|m| refined(m)).min_by_key(|m| (priority(m), m.start)) {
                best = *specific;
            }
        }
        // S93: a protest and how it was met, told in one sentence ("a sit-in was dispersed by
        // the police", "protesters marching were tear-gassed"): ACLED types the protest by what
        // was done to it, whatever word is the more specific. A trigger of intervention or of
        // excessive force kept above (not the grievance, not a relative clause) wins over a
        // peaceful protest word, and excessive force over an intervention.
        let severity = |m: &lexicon::Match| match data.triggers.value(m.pattern).reading {
            Reading::Type(i) => match self.res.taxonomy[i].name.as_str() {
                "Peaceful protest" => Some(0),
                "Protest with intervention" => Some(1),
                "Excessive force against protesters" => Some(2),
                _ => None,
            },
            _ => None,
        };
        if let Some(at) = severity(&best) {
            if let Some(harsher) = kept.iter().filter(|m| severity(m).is_some_and(|s| s > at)).max_by_key(|m| (severity(m), std::cmp::Reverse((priority(m), m.start)))) {
                best = *harsher;
            }
        }
        Some(best)
    }

    #[allow(clippy::too_many_arguments)]
    fn code(
        &self,
        doc: &Document,
        data: &LanguageData,
        words: &[Word],
        sentence: Span,
        paragraph: usize,
        told: &[Span],
        best: &lexicon::Match,
        matches: &SentenceMatches<'_>,
        main_place: Option<&GeoRef>,
        places: &EventPlaces<'_>,
        candidates: &Candidates<'_>,
        why: &mut Option<Why>,
    ) -> Option<Event> {
        let SentenceMatches { triggers: all_triggers, non_events: non_event_cues, sources: source_cues, casualties, past_news: past_news_cue } = *matches;
        let Trigger { reading, priority } = *data.triggers.value(best.pattern);
        // A territory word that takes people (the only trigger of its sentence): armed people
        // taken ("regime forces captured 2 rebels") were taken in a fight, read as violence;
        // others taken ("handed over the suspects") are no change of territory.
        let reading = match self.takes_people(data, words, best).or_else(|| self.passive_people(data, words, best)) {
            Some(true) => Reading::Violence,
            Some(false) => {
                *why = Some(Why { reason: "people_taken", cue: None, typed: None });
                return None;
            }
            None => reading,
        };
        // A generic territory word ("captured") takes a place only in a sentence that names one
        // ("captured Kunduz"); else what was taken is a thing ("Vehicles were captured.").
        // S221: a territory word told in the passive with its agent ("the town of Bulo Burde was
        // seized by Al-Shabaab", "la ville a été prise par les jihadistes": the trigger ends with
        // the agent marker) took its subject, before it in its clause: a place, or a noun that
        // names one (`place_noun`: "town", "ville") when the gazetteer lacks its name; else what
        // was taken is a thing ("weapons were seized by police", "la décision a été prise par le
        // gouvernement").
        // (Or the agent marker right after the trigger: "was captured by", and the reduced relative
        // "an American woman captured by Kurdish forces", whose subject is a person.)
        let agent_at = |i: usize| words.get(i).is_some_and(|w| data.agent_markers.contains(&w.folded));
        let passive_taken = matches!(reading, Reading::Territory) && (agent_at(best.end - 1) || agent_at(best.end));
        let place_noun_before = |from: usize| !data.place_nouns.find_all(&words[from..best.start]).is_empty();
        if matches!(reading, Reading::Territory)
            && priority >= GENERIC_PRIORITY
            && !doc.places.iter().any(|p| sentence.contains(p.span))
            && !(passive_taken && place_noun_before(0))
        {
            *why = Some(Why { reason: "territory_no_place", cue: None, typed: None });
            return None;
        }
        let trigger = Span::new(words[best.start].span.start, words[best.end - 1].span.end);
        let breaks = clause_breaks(&doc.text, words);
        if passive_taken {
            let clause = (0..=best.start).rev().find(|&i| breaks[i]).unwrap_or(0);
            let from = words[clause].span.start;
            let place_before = doc.places.iter().any(|p| p.span.start >= from && p.span.end <= trigger.start);
            if !place_before && !place_noun_before(clause) {
                *why = Some(Why { reason: "territory_no_place", cue: None, typed: None });
                return None;
            }
        }
        let in_date = in_date(doc, words);
        // A generic determiner right before the trigger ("such attacks", "de telles attaques")
        // names a kind of event, not one.
        let before_trigger = best.start.checked_sub(1).filter(|_| !breaks[best.start]).map(|i| words[i].folded.as_str());
        // Also with one word between, in the clause ("such merciless attacks", "tout nouvel attentat").
        let generic_at = (best.start.saturating_sub(2)..best.start)
            .rev()
            .take_while(|&i| !breaks[i + 1])
            .find(|&i| data.generic_determiners.iter().any(|d| *d == words[i].folded));
        if let Some(i) = generic_at {
            *why = Some(Why { reason: "generic_determiner", cue: Some(words[i].span), typed: None });
            return None;
        }
        // A determiner right before it, or before names written with a capital ("the Bataclan
        // attack"), inside the clause, makes the trigger a noun told in passing ("during the
        // clashes", "après les affrontements"); one that opens its clause is the subject the
        // sentence is about ("A shoot-out took place", "Des grenades ont été découvertes").
        let is_determiner = |w: &str| data.determiners.iter().any(|d| d == w);
        let nominal = match words[best.start].elided() {
            // An elided article ("l'attaque") is a determiner in the word itself.
            Some(article) => {
                is_determiner(article)
                    && !breaks[best.start]
                    && !(best.start.saturating_sub(2)..best.start).any(|j| data.light_verbs.contains(&words[j].folded))
            }
            None => {
                let mut i = best.start;
                let mut determiner = None;
                while i > 0 && !breaks[i] && best.start - i < 3 {
                    i -= 1;
                    if is_determiner(&words[i].folded) {
                        determiner = Some(i);
                        break;
                    }
                    if !doc.text[words[i].span.start..].starts_with(char::is_uppercase) {
                        break;
                    }
                }
                // "held a protest", "carried out an attack": the verb tells it happened.
                let light = |d: usize| (d.saturating_sub(2)..d).any(|j| data.light_verbs.contains(&words[j].folded));
                determiner.is_some_and(|d| !breaks[d] && !light(d))
            }
        };
        // "rebels fighting the regime": a participle or a gerund describes; it needs an anchor too.
        let last = &words[best.end - 1].folded;
        let participle = best.start == best.end - 1
            && ends_with_any(last, &data.participle_endings)
            && !before_trigger.is_some_and(|w| data.auxiliaries.iter().any(|a| a == w));
        let nominal = nominal || participle;
        // S63, S171: a quotation mark alone opens no clause for the modality and non-event cues:
        // the words quoted belong to the clause around them ("Paris condamne \"très fermement\"
        // l'offensive turque", "warned them not to “recklessly attack” Idlib").
        let unquoted: Vec<bool> = (0..words.len())
            .map(|j| {
                breaks[j]
                    && (j == 0
                        || doc.text.get(words[j - 1].span.end..words[j].span.start).is_none_or(|gap| {
                            gap.chars().any(|c| !c.is_whitespace() && !matches!(c, '"' | '«' | '»' | '“' | '”'))
                        }))
            })
            .collect();
        let (mut modality, mut modality_cue) = match modality::modality(data, words, &unquoted, (best.start, best.end), &in_date) {
            Some((m, cue)) => (m, Some(cue)),
            None => (Modality::Asserted, None),
        };
        // S62: a question asserts nothing ("Is Isis really defeated?", a heading "Who will fight
        // Isis now?"): what it asks about is not told as having happened. A trigger before a colon
        // that opens the question is told ("Shooting at the police headquarters: a link with IS?").
        if modality == Modality::Asserted {
            let asked = |mark: &Span| !doc.text.get(trigger.end..mark.start).unwrap_or("").contains(':');
            if let Some(mark) = question_mark(&doc.text, sentence).filter(asked) {
                (modality, modality_cue) = (Modality::Hypothetical, Some(mark));
            }
        }
        let sources = modality::sources(data, words, &breaks, (best.start, best.end), source_cues);
        let coordinated = matches!(reading, Reading::Type(i) if self.res.taxonomy[i].name == "Agreement");
        // S64: a fight has two sides that both suffer: who was killed in it says not who was hit.
        let fighting = matches!(reading, Reading::Fighting) || matches!(reading, Reading::Type(i) if self.res.taxonomy[i].event_type == "Battles");
        // S97: an act of violence, which others react to ("closed the schools after the attack");
        // not an act the reacting forces do themselves ("made progress after the seizure").
        let violent = matches!(reading, Reading::Violence | Reading::Fighting)
            || matches!(reading, Reading::Type(i) if matches!(self.res.taxonomy[i].event_type.as_str(), "Battles" | "Explosions/Remote violence" | "Violence against civilians"));
        let (mut actor1, mut actor2, partner) = actors(self, doc, data, words, &breaks, sentence, trigger, &sources, (source_cues, casualties), (coordinated, fighting, violent), candidates);
        let parties_named = actor1.is_some() || actor2.is_some();
        // S63: the side hit named only outside the trigger's clause ("Attaque au Niger: l'armée
        // traque les assaillants", "Attaques dans l'Aude : L'assaillant était fiché S") is not
        // shown engaging in the violence the trigger tells: it does not make an armed clash
        // (ACLED's clash needs two organised armed sides fighting each other).
        // A bracket is an aside inside the clause ("attacked a Govt (assumed military) position").
        // S88: a passive verb's subject set off by an apposition ("Le chef d'AQMI, l'Algérien X, a
        // été tué par les forces françaises"): the commas close no clause, the rebel group or
        // militia named before them is the side hit (not an official: "the Mayor of Tyr, X, was
        // shot at" is no battle).
        let passive_verb = best.start.checked_sub(1).is_some_and(|i| data.passive_auxiliaries.contains(&words[i].folded));
        let side2_elsewhere = actor2.as_ref().is_some_and(|a| {
            let passive_verb = passive_verb && a.inter.is_some_and(|i| matches!(i, 2..=4));
            let strong: Vec<bool> = (0..words.len())
                .map(|j| {
                    breaks[j]
                        && (j == 0
                            || doc.text.get(words[j - 1].span.end..words[j].span.start).is_none_or(|gap| {
                                gap.chars().any(|c| !(c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']') || (passive_verb && j < best.start && c == ',')))
                            }))
                })
                .collect();
            let clause = modality::clause_of(&strong, best.start);
            let clause = Span::new(words[clause.0].span.start, words[clause.1.max(clause.0 + 1) - 1].span.end);
            let mut spans = candidates.within(sentence).filter(|(_, x)| *x == a).map(|(s, _)| s).peekable();
            spans.peek().is_some() && spans.all(|s| !clause.overlaps(s))
        });
        // Who was hit: the first victim word after the trigger ("militants killed five villagers"),
        // else the last one before it ("a police officer was shot").
        let trigger_word = words.iter().position(|w| w.span.start >= trigger.start).unwrap_or(words.len());
        let victim_words: Vec<&lexicon::Match> = casualties
            .iter()
            .filter(|m| matches!(data.casualties.value(m.pattern), CasualtyWord::Civilian | CasualtyWord::Armed | CasualtyWord::Gang))
            .collect();
        // Who follows the agent marker did it ("shot by two men"): not a victim.
        let agent = (trigger_word..words.len()).find(|&i| data.agent_markers.contains(&words[i].folded)).unwrap_or(words.len());
        // In the passive voice ("a drug suspect was killed during a police raid") the subject is hit.
        let passive = trigger_word.checked_sub(1).is_some_and(|i| data.passive_auxiliaries.contains(&words[i].folded))
            || bare_participle(doc, data, words, &breaks, trigger_word);
        let after = || victim_words.iter().find(|m| m.start >= trigger_word && m.start < agent);
        // In the active voice, a verb followed by its object ("militants attacked the village",
        // "gunmen attacked Namava") has its subject before it: the victim word there is the one
        // who acts. Only a verb with no object ("two soldiers killed in an ambush") leaves the
        // victim before it. A trigger after a determiner is a noun ("des bombardements du régime"):
        // what follows it is no object.
        let noun = best.start.checked_sub(1).is_some_and(|i| data.determiners.contains(&words[i].folded));
        let object_follows = !passive
            && !noun
            && words.get(best.end).is_some_and(|w| {
                !breaks[best.end]
                    && (data.determiners.contains(&w.folded)
                        || w.folded.starts_with(|c: char| c.is_ascii_digit())
                        || data.numbers.contains_key(&w.folded)
                        || doc.text[w.span.start..].starts_with(char::is_uppercase))
            });
        // The subject of an active verb named as an armed actor, right before it ("militiamen
        // reportedly killed a man"), acts.
        let armed_subject = !passive
            && agent == words.len()
            && actor1.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 1..=4 | 8));
        // S125: a victim word right after an agent marker, before the trigger ("citizens caught by
        // Iranian border guards were beaten"), names who acted in another clause, not who was hit.
        let by_agent = |m: &lexicon::Match| {
            (m.start.saturating_sub(3)..m.start).any(|i| data.agent_markers.contains(&words[i].folded) && !(i + 1..=m.start).any(|k| breaks[k]))
        };
        let before = || {
            victim_words
                .iter()
                .rfind(|m| m.start < trigger_word && !by_agent(m))
                .filter(|m| !object_follows && (!armed_subject || trigger_word.saturating_sub(m.end) > 1))
        };
        // A crowd that does the violence ("villagers assaulted", "beaten by locals"): an
        // unorganised group, mob violence to ACLED, not an attack by an armed group. The crowd
        // stands right before an active verb (one word may come between: "allegedly"), or just
        // after the agent marker of a passive one.
        let crowds = data.crowds.find_all(words);
        let crowd_agent = crowds.iter().any(|m| {
            // S222: not a crowd the coordinator joins to what comes before ("killing 12
            // villagers and rustling cattle": the villagers are the ones hit).
            let before_active = !passive
                && m.end <= best.start
                && best.start - m.end <= 1
                && !(m.end..=best.start).any(|i| breaks[i])
                && !words[m.end..best.start].iter().any(|w| data.coordinators.contains(&w.folded));
            let after_agent = agent < words.len() && m.start > agent && m.start <= agent + 3;
            before_active || after_agent
        });
        // S61: a crowd right before another violence verb of the sentence, told in the active
        // voice with its object ("a crowd attacked a mosque and set shops on fire", "a group of
        // local people killed a man by setting him on fire"): the crowd does the violence the
        // chosen trigger tells. Not a crowd hit ("villagers killed in the raid", "residents were
        // attacked").
        let object_at = |at: usize| {
            words.get(at).is_some_and(|w| {
                !breaks[at]
                    && (data.determiners.contains(&w.folded)
                        || w.folded.starts_with(|c: char| c.is_ascii_digit())
                        || data.numbers.contains_key(&w.folded)
                        || doc.text[w.span.start..].starts_with(char::is_uppercase)
                        || victim_words.iter().any(|v| v.start == at)
                        || actor_spans(doc).any(|(span, _)| span.start == w.span.start))
            })
        };
        let right_before = |at: usize, m: &lexicon::Match| {
            m.end <= at
                && at - m.end <= 1
                && !(m.end..=at).any(|i| breaks[i])
                && !words[m.end..at]
                    .iter()
                    .any(|w| data.passive_auxiliaries.contains(&w.folded) || data.auxiliaries.contains(&w.folded) || data.coordinators.contains(&w.folded))
        };
        let violence_verb = |t: &lexicon::Match| matches!(data.triggers.value(t.pattern).reading, Reading::Violence | Reading::Fighting) && object_at(t.end);
        let crowd_agent = crowd_agent || all_triggers.iter().any(|t| violence_verb(t) && crowds.iter().any(|m| right_before(t.start, m)));
        let victim = if passive { before().or_else(after) } else { after().or_else(before) }.copied();
        // S41: a rebel group or a militia named right after a violence word told as a noun ("l'attaque
        // terroriste", "une attaque jihadiste") qualifies the attack: it is the attacker, not the
        // side hit; the victim is the next one named ("a tué six humanitaires"). With nobody named
        // before the trigger it is the first actor.
        let told_as_noun = noun || words[best.start].elided().is_some_and(is_determiner);
        let attacker_after_noun = told_as_noun
            && matches!(reading, Reading::Violence)
            && actor1.is_none()
            && words.get(best.end).is_some_and(|w| {
                actor_spans(doc).any(|(span, a)| {
                    span.start == w.span.start && a.inter.is_some_and(|i| matches!(i, 2..=4))
                })
            });
        let victim = match victim {
            Some(m) if attacker_after_noun && m.start == best.end => victim_words.iter().find(|v| v.start > best.end && v.start < agent).copied(),
            v => v,
        };
        // Security forces hit off duty are civilians to ACLED ("an off-duty police officer was shot").
        let off_duty = !data.off_duty.find_all(words).is_empty();
        // S126: the one hit named a gang's man, by his victim word ("an alleged drug dealer") or,
        // for a violence word whose victim is a civilian word or none ("a man was shot"), by the
        // record the next sentence gives "the victim" ("had charges against him for drug
        // trafficking"): ACLED's gang violence, a gang the side hit, armed.
        let gang_word = victim.is_some_and(|m| *data.casualties.value(m.pattern) == CasualtyWord::Gang);
        let gang_record = !off_duty
            && !gang_word
            && matches!(reading, Reading::Violence)
            && victim.is_none_or(|m| *data.casualties.value(m.pattern) == CasualtyWord::Civilian)
            && gang_record_after(doc, data, &self.res.elisions, sentence);
        let gang_victim = !off_duty && (gang_word || gang_record);
        let civilian = victim.filter(|m| off_duty || (*data.casualties.value(m.pattern) == CasualtyWord::Civilian && !gang_record));
        let armed_victims = gang_victim || (!off_duty && victim.is_some_and(|m| *data.casualties.value(m.pattern) == CasualtyWord::Armed));
        // S64: the main place refined to the town the article is about (`EventPlaces::refine`).
        let location = places.location_in(sentence, words).or_else(|| main_place.cloned().map(|m| places.refine(m, true)));
        let event_country = location.as_ref().and_then(|l| l.country.as_deref());
        // A place resolved to another country than the article's main place and the actor's own
        // (a homonym abroad) does not make the actor foreign.
        // S220: not a country the document names only inside actors' names ("US forces brought
        // reinforcements to their base in Shadadah": the United States is whose forces, not where).
        let doc_country = main_place.and_then(|p| p.country.as_deref()).filter(|c| places.named_as_place(c));
        // S182: not when the document names the event's country itself (a country name or a
        // demonym, "Syria", "Syrian"): the place is then truly abroad, as state forces sent there
        // are ("the Turkish army's incursion into Afrin" in an article whose main place is Turkey).
        let named = |c: &str| doc.entities.iter().filter_map(|e| e.actor.as_ref()).any(|a| a.id.as_deref().and_then(|id| id.strip_prefix("country:")) == Some(c));
        let homonym = event_country.is_none_or(|c| !named(c));
        for actor in [&mut actor1, &mut actor2].into_iter().flatten() {
            let home = actor.country.is_some() && actor.country.as_deref() == doc_country && event_country != doc_country && homonym;
            if !home {
                actor.inter = actor.inter_at(event_country);
            }
            // Actors of no stated nationality (all but foreign forces) are those of the event's country.
            if actor.country.is_none() && matches!(actor.inter, Some(1..=7)) {
                actor.country = event_country.map(str::to_string);
            }
        }
        // S220: an event placed nowhere ("near the Tigris river in Saladin province", no place
        // resolved): the side of no nationality fights the state's forces on their own land
        // ("the PMF's rocket shelling targeted IS gatherings": the Islamic State in Iraq).
        if event_country.is_none() {
            let force = |a: &&ActorRef| a.inter == Some(1) && a.plover.as_deref().is_none_or(|p| matches!(p, "MIL" | "COP"));
            let state = [&actor1, &actor2].into_iter().flatten().find(force).and_then(|a| a.country.clone());
            for actor in [&mut actor1, &mut actor2].into_iter().flatten() {
                if actor.country.is_none() && matches!(actor.inter, Some(2..=7)) {
                    actor.country.clone_from(&state);
                }
            }
        }
        if attacker_after_noun && actor2.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 2..=4)) {
            actor1 = actor2.take();
        }
        // S64: the people hit ("50 people", "a man", "des passants") under ACLED's name for them,
        // not the word that counts them.
        // S100: security forces named as the side hit in a sentence that says they were off duty
        // ("a police officer of the municipality who was off-duty", "un gendarme en repos") are
        // civilians to ACLED, as the victim word is: the state's forces named, not their role.
        if off_duty && actor2.as_ref().is_some_and(|a| matches!(a.inter, Some(1 | 8))) && victim.is_some() {
            actor2 = None;
        }
        // S122: a victim word told with a protest's trigger ("Workers held a protest", "des
        // enseignants ont manifesté") is the crowd, no civilians hit: ACLED names no civilians
        // in a protest (acled-2020 even: none in 395 peaceful protests and 20 with intervention).
        let protest_trigger = matches!(data.triggers.value(best.pattern).reading, Reading::Type(i) if self.res.taxonomy[i].event_type == "Protests");
        if actor2.is_none() && civilian.is_some() && !protest_trigger {
            actor2 = Some(generic_actor("Civilians", CIVILIANS, "CVL", location.as_ref().and_then(|l| l.country.as_deref())));
        }
        let is_protest = |m: &lexicon::Match| {
            matches!(data.triggers.value(m.pattern).reading, Reading::Type(i) if self.res.taxonomy[i].event_type == "Protests")
        };
        let protest_in_sentence = all_triggers.iter().any(is_protest);
        // What the protest is against ("denouncing the violence of the militias") tells no violence
        // of the crowd: a riot marker after a grievance marker, in its clause, does not count.
        let first_protest = all_triggers.iter().filter(|m| is_protest(m)).map(|m| m.end).min();
        // S29: the crowd's own act, told after the grievance in a conjunct of its own
        // ("protested against the new law and clashed with police"), is its violence: a riot
        // marker inside a riot trigger of the sentence ends the grievance at a coordinator. A
        // riot word that is no trigger stays the grievance ("against corruption and violence").
        let riot_act = |at: usize| {
            all_triggers.iter().any(|t| {
                t.start <= at
                    && at < t.end
                    && match data.triggers.value(t.pattern).reading {
                        Reading::Riot => true,
                        Reading::Type(i) => {
                            self.res.taxonomy[i].name == "Violent demonstration"
                                // S61: property wrecked, told as a verb with its object ("against
                                // the results and vandalized the office"), is the crowd's act too.
                                || (self.res.taxonomy[i].name == "Looting/property destruction" && object_at(t.end))
                        }
                        _ => false,
                    }
            })
        };
        // S41: the crowd's act told as the verb of a crowd named by its protest word, after what
        // it wants ("protesters demanding the release of an activist clashed with police",
        // "des manifestants réclamant sa libération se sont heurtés à la police"): the grievance
        // marker right after the protest word describes the crowd, the act after it is its own.
        // The act is a riot or clash trigger not told as a noun (no determiner, grievance marker
        // or coordinator right before it: "demanding an end to the clashes" stays the grievance).
        let clash_act = |at: usize| {
            riot_act(at)
                || all_triggers.iter().any(|t| {
                    t.start <= at && at < t.end && matches!(data.triggers.value(t.pattern).reading, Reading::Type(i) if self.res.taxonomy[i].name == "Armed clash")
                })
        };
        let crowd_verb = |at: usize| {
            clash_act(at)
                && at.checked_sub(1).is_some_and(|j| {
                    let w = &words[j].folded;
                    !data.determiners.contains(w) && !data.grievance_markers.contains(w) && !data.coordinators.contains(w)
                })
        };
        let in_grievance = |at: usize| {
            first_protest.is_some_and(|p| {
                let act = riot_act(at);
                let verb = crowd_verb(at);
                (p..at)
                    .rev()
                    .take_while(|&i| !(breaks[i + 1] || act && data.coordinators.contains(&words[i].folded)))
                    .any(|i| data.grievance_markers.contains(&words[i].folded) && !(verb && i <= p + 1))
            })
        };
        // S41: a riot word that no riot or clash trigger holds, told right after the security
        // forces in its clause ("police used violent force") or right before them ("violent
        // police raids"), says what the police did, not what the crowd did.
        let security_words: Vec<Span> = actor_spans(doc)
            .filter(|(span, a)| sentence.contains(*span) && a.inter == Some(1))
            .map(|(span, _)| span)
            .collect();
        let security_at = |j: usize, marker: &lexicon::Match| {
            let first = words[marker.start].span.start;
            let last = words[marker.end - 1].span.end;
            security_words.iter().any(|s| s.contains(words[j].span) && (s.end <= first || s.start >= last))
        };
        let police_scoped = |m: &lexicon::Match| {
            !clash_act(m.start)
                && ((m.start.saturating_sub(2)..m.start).any(|j| security_at(j, m) && !(j + 1..=m.start).any(|k| breaks[k]))
                    || (m.end < words.len() && !breaks[m.end] && security_at(m.end, m)))
        };
        // S88: a riot marker inside a peaceful protest trigger ("burned an effigy", "ont incendié des
        // effigies", "brûlé des drapeaux"): a symbol burned is a protest act, not the crowd's
        // violence (ACLED codes it a peaceful protest unless people or property are attacked).
        let symbolic = |m: &lexicon::Match| {
            all_triggers.iter().any(|t| t.start <= m.start && m.end <= t.end && self.reads_as(data, t, "Peaceful protest"))
        };
        let rioting = data.riot_markers.find_all(words).iter().any(|m| !in_grievance(m.start) && !police_scoped(m) && !symbolic(m));
        // S61: the crowd of a protest doing violence, a protest word or a crowd word right before
        // an active violence verb with its object ("protesters attacked the office of the party",
        // "des manifestants ont attaqué le commissariat"), outside the grievance: the
        // demonstration turned violent, as a riot marker makes it.
        // Also a violence verb right after a coordinator, after the protest word, with no
        // security force named before it and no rebel group or militia as first actor ("went on
        // strike against fuel prices and attacked the vehicles"; not "militias marched to the
        // village and attacked settlers"): the crowd's second act, which ends the grievance.
        let police_before = |t: &lexicon::Match| security_words.iter().any(|s| s.end <= words[t.start].span.start);
        let crowd_violence = protest_in_sentence
            && all_triggers.iter().any(|t| {
                let coordinated = t.start > 0
                    && data.coordinators.contains(&words[t.start - 1].folded)
                    && first_protest.is_some_and(|p| t.start > p)
                    && !police_before(t)
                    && !actor1.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 2..=4 | 8));
                violence_verb(t)
                    && (coordinated
                        || (!in_grievance(t.start)
                            && (crowds.iter().any(|m| right_before(t.start, m)) || all_triggers.iter().any(|p| is_protest(p) && right_before(t.start, p)))))
            });
        // S190: the crowd's violence told as the verb of a crowd its protest describes, after
        // what it wants ("a crowd protesting the death of a man in custody attacked the police
        // station", "des jeunes réclamant sa libération ont attaqué le commissariat"): the protest
        // word opens its clause, follows a crowd word or opens a relative clause that describes
        // one, it ends in or is followed by a grievance
        // marker, and the violence verb follows in the same clause, not in a relative clause, not
        // told as a noun nor in the passive.
        let described_crowd_violence = all_triggers.iter().any(|t| {
            violence_verb(t)
                && t.start > 0
                && all_triggers.iter().any(|p| {
                    let clause = modality::clause_of(&breaks, p.start);
                    // Or a crowd the protest's relative clause describes ("youths who were
                    // protesting the death of a pupil attacked", "des jeunes qui protestaient
                    // contre la mort d'un élève ont attaqué"): the pronoun right before the protest
                    // word or its one auxiliary, a crowd or a protest word right before it.
                    let relative = (p.start.saturating_sub(2)..p.start).any(|j| {
                        j > 0
                            && data.relative_pronouns.contains(&words[j].folded)
                            && (j + 1 == p.start || data.auxiliaries.contains(&words[j + 1].folded))
                            && (crowds.iter().any(|c| c.end == j) || all_triggers.iter().any(|q| is_protest(q) && q.end == j))
                    });
                    let subject = p.start <= clause.0 + 1 || crowds.iter().any(|c| right_before(p.start, c)) || relative;
                    let participle = data.grievance_markers.contains(&words[p.end - 1].folded)
                        || words.get(p.end).is_some_and(|w| data.grievance_markers.contains(&w.folded));
                    is_protest(p)
                        && subject
                        && participle
                        && p.end < t.start
                        && !(p.end..=t.start).any(|i| breaks[i])
                        && !words[p.end..t.start].iter().any(|w| data.relative_pronouns.contains(&w.folded) || data.relative_openers.contains(&w.folded))
                })
                && {
                    let w = &words[t.start - 1].folded;
                    !data.determiners.contains(w)
                        && !data.grievance_markers.contains(w)
                        && !data.coordinators.contains(w)
                        && !data.passive_auxiliaries.contains(w)
                }
        });
        let rioting = rioting || crowd_violence || described_crowd_violence;
        // A rebel group, a militia or foreign forces fighting is a clash, not a riot ("militants
        // clashed with police"); the police facing a crowd is the riot's usual other side.
        let armed_group = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 2..=4 | 8));
        let kind = |i: usize| self.res.taxonomy[i].name.as_str();
        // Protesters arrested at their protest ("police detained dozens of activists during the
        // rally"): the arrest is how the protest was broken up, ACLED's "Protest with
        // intervention", not "Arrests". An arrest word right after a determiner ("the arrested
        // leader") names a person: the sentence takes its protest trigger's reading.
        // S101: not an arrest word a `figurative` cue of the same words reads otherwise
        // ("detainees": people held, "Five detainees began a hunger strike").
        let other_sense = |m: &lexicon::Match| {
            non_event_cues.iter().any(|c| {
                let cue = data.non_events.value(c.pattern);
                cue.kind == NonEvent::Figurative && cue.scope == resources::Scope::Trigger && c.start == m.start && c.end == m.end
            })
        };
        let is_arrest = |m: &lexicon::Match| matches!(data.triggers.value(m.pattern).reading, Reading::Type(i) if kind(i) == "Arrests") && !other_sense(m);
        let adjective_at = |at: usize| at.checked_sub(1).is_some_and(|j| data.determiners.contains(&words[j].folded));
        // An arrest told at a protest ("arrested ten people at the sit-in"): the protest word after
        // it, in its clause, with no relative pronoun or grievance marker between and no relative
        // pronoun just before the arrest (not "arrested youths who had taken part in a protest",
        // "arrested over the protests", "was arrested, causing protests", "followers of a preacher
        // who was arrested protested").
        let relative_at = |at: usize| (at.saturating_sub(6)..at).any(|j| data.relative_pronouns.contains(&words[j].folded));
        // S41: an arrest told inside what a protest wants ("protesters demanding the release of
        // detained students gathered") is the grievance, not an arrest at the protest.
        let at_protest = |arrest: &lexicon::Match| {
            !adjective_at(arrest.start)
                && !relative_at(arrest.start)
                && !in_grievance(arrest.start)
                && all_triggers.iter().any(|p| {
                    is_protest(p)
                        && arrest.end <= p.start
                        && !(arrest.end..=p.start).any(|i| breaks[i])
                        && !words[arrest.end..p.start].iter().enumerate().any(|(k, w)| {
                            // S93: unless the relative clause is the protest under way when they
                            // were taken ("detained activists who were protesting", "arrêté des
                            // militants qui manifestaient"): the pronoun right before the protest
                            // verb or before its one auxiliary.
                            let at = arrest.end + k;
                            let under_way = at + 1 == p.start || (at + 2 == p.start && data.auxiliaries.contains(&words[at + 1].folded));
                            (data.relative_pronouns.contains(&w.folded) && !under_way) || data.grievance_markers.contains(&w.folded)
                        })
                        // S61: nor a protest that is the charge ("arrested ten people for
                        // protesting", "for their role in the protests", "pour avoir manifesté"):
                        // a background cue between them.
                        && !non_event_cues.iter().any(|c| {
                            data.non_events.value(c.pattern).kind == NonEvent::Background && c.start >= arrest.end && c.end <= p.start
                        })
                })
        };
        let arrest_before_protest = all_triggers.iter().any(|m| is_arrest(m) && at_protest(m));
        let reading = match reading {
            Reading::Type(i) if kind(i) == "Arrests" && (adjective_at(best.start) || at_protest(best)) && protest_in_sentence => {
                let adjective = adjective_at(best.start);
                let protest_reading = all_triggers
                    .iter()
                    .filter(|m| is_protest(m))
                    .min_by_key(|m| (data.triggers.value(m.pattern).priority, m.start))
                    .map(|m| data.triggers.value(m.pattern).reading);
                match protest_reading {
                    Some(r) if adjective => r,
                    _ => Reading::Type(self.res.type_index("Protest with intervention")?),
                }
            }
            // S101: the arrest told after the protest word, joined to it by a coordinator, with no
            // grievance, cause or relative clause between ("police stopped the march and arrested
            // its leaders", "dispersed the rally and detained 20"): how the protest was broken up.
            Reading::Type(i)
                if kind(i) == "Arrests"
                    && !adjective_at(best.start)
                    && !relative_at(best.start)
                    && !in_grievance(best.start)
                    && all_triggers.iter().any(|p| {
                        is_protest(p)
                            && !in_grievance(p.start)
                            && p.end <= best.start
                            && words[p.end..best.start].iter().any(|w| data.coordinators.contains(&w.folded))
                            && !words[p.end..best.start].iter().any(|w| {
                                data.grievance_markers.contains(&w.folded) || data.cause_markers.contains(&w.folded) || data.relative_pronouns.contains(&w.folded)
                            })
                    }) =>
            {
                Reading::Type(self.res.type_index("Protest with intervention")?)
            }
            // The arrest told first and the protest as where it happened ("police detained ten
            // people at the sit-in"): the same intervention. An arrest told after the protest word
            // is most often what the protest is about ("protested the detention of").
            Reading::Type(i) if kind(i) == "Peaceful protest" && arrest_before_protest => {
                Reading::Type(self.res.type_index("Protest with intervention")?)
            }
            _ => reading,
        };
        // S191: a territory taker read in a subordinate clause who is the second actor: the sides
        // are swapped once typed (the taker is ACLED's first actor).
        let mut subordinate_taker = false;
        // S220: a taker read after the verb with nobody before it ("Kidal fell to the rebels", "est
        // tombée aux mains de l'armée") is ACLED's first actor, not the side hit.
        let mut taker_second = false;
        // S191: and a taker read as foreign forces who takes the place from a group of its own
        // country: the state's own forces (inter 1).
        let mut home_state = false;
        let sub_type = match reading {
            // Protesters who turn violent (stones, burning tyres, barricades) make a violent
            // demonstration, even when the police step in: ACLED codes the crowd's violence first.
            // So is a crowd shot at while it riots ("police fired at protesters throwing stones").
            Reading::Type(i) if matches!(kind(i), "Peaceful protest" | "Protest with intervention" | "Excessive force against protesters") && rioting => {
                self.res.type_index("Violent demonstration")?
            }
            // Protesters looting or wrecking ("demonstrated and vandalised a clinic").
            // Not a rebel group or a militia looting where a crowd gathered ("militants fired in the
            // air to disperse residents, then looted supplies"): that is the armed group's looting.
            Reading::Type(i) if kind(i) == "Looting/property destruction" && protest_in_sentence && !armed_group(&actor1) => {
                self.res.type_index("Violent demonstration")?
            }
            // Two crowds clashing with no armed group, no security force and no protest in the
            // sentence ("two communities clashed over a temple", "des affrontements ont opposé deux
            // groupes de paysans") is mob violence to ACLED, not a battle.
            // S222: a crowd that is a side of the clash itself (right before the clash word, or
            // within three words after it: "villagers clashed with the police", "a clash broke out
            // between locals and police") fights a security force as rioters: mob violence too.
            // Not a rebel group or a militia on the other side, nor an exchange of fire with the
            // security force (`fire_exchange`: "a shoot-out between the two groups").
            Reading::Type(i)
                if kind(i) == "Armed clash"
                    && !protest_in_sentence
                    && !crowds.is_empty()
                    && ![&actor1, &actor2].iter().any(|a| armed_group(a))
                    && (![&actor1, &actor2].iter().any(|a| a.as_ref().and_then(|a| a.inter) == Some(1))
                        || data.fire_exchanges.find_all(words).is_empty() && crowds.iter().any(|m| {
                            let (a, b) = if m.end <= best.start { (m.end, best.start) } else { (best.end, m.start) };
                            a <= b && b - a <= if m.end <= best.start { 1 } else { 3 } && !(a..=b).any(|k| breaks[k])
                        })) =>
            {
                self.res.type_index("Mob violence")?
            }
            // of alcohol", "residents clashed with the police, denouncing power cuts") is a
            // demonstration turned violent, as a riot that makes a demand.
            Reading::Type(i)
                if matches!(kind(i), "Looting/property destruction" | "Armed clash")
                    && !actor1.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 1..=4 | 8))
                    && !armed_group(&actor2)
                    && !crowds.is_empty()
                    && words[best.end..].iter().any(|w| data.grievance_markers.contains(&w.folded)) =>
            {
                self.res.type_index("Violent demonstration")?
            }
            // A crowd right before the verb that burns or wrecks (a riot marker inside the looting
            // words: "des villageois en colère ont incendié la maison"; not the looting word alone,
            // "residents looted shops"), or storms a place ("une foule en furie a pris d'assaut le
            // commissariat"): an unorganised group's violence, mob violence to ACLED, not a looting
            // by an armed group nor territory taken.
            Reading::Type(i)
                if kind(i) == "Looting/property destruction"
                    && crowd_agent
                    && !armed_group(&actor1)
                    && data.riot_markers.find_all(words).iter().any(|m| m.start >= best.start && m.end <= best.end && m.end - m.start < best.end - best.start) =>
            {
                self.res.type_index("Mob violence")?
            }
            Reading::Territory if crowd_agent && !armed_group(&actor1) => self.res.type_index("Mob violence")?,
            // S61: a mob word where a crowd demonstrates ("a mob protesting the death of a youth
            // attacked the police station"): the demonstration turned violent, not a mob's
            // violence with no demand. Not a protest inside the grievance.
            Reading::Type(i)
                if kind(i) == "Mob violence" && all_triggers.iter().any(|p| self.reads_as(data, p, "Peaceful protest") && !in_grievance(p.start)) =>
            {
                self.res.type_index("Violent demonstration")?
            }
            Reading::Riot if armed_group(&actor1) => self.res.type_index("Armed clash")?,
            // S140: a mob's clash words that name an armed group in them ("criminal groups
            // clashed", "armed groups clashed with each other"): two organised armed sides, ACLED's
            // armed clash, not unorganised crowds. Not an armed group named outside the trigger
            // ("a mob lynched a gang member"), nor a mob word that is the group's whole name
            // ("vigilantes": their violence is mob violence to ACLED).
            Reading::Type(i)
                if kind(i) == "Mob violence"
                    && actor_spans(doc).any(|(span, a)| {
                        span.start < trigger.end
                            && trigger.start < span.end
                            && !(span.start <= trigger.start && trigger.end <= span.end)
                            && a.inter.is_some_and(|i| matches!(i, 2..=4 | 8))
                    }) =>
            {
                self.res.type_index("Armed clash")?
            }
            // Protesters clashing ("clashes broke out between protesters and the police") riot,
            // unless a rebel group or a militia is the one fighting.
            Reading::Type(i) if kind(i) == "Armed clash" && protest_in_sentence && !armed_group(&actor1) => {
                self.res.type_index("Violent demonstration")?
            }
            // A riot that makes a demand ("rioters demanding water") is a demonstration turned violent.
            Reading::Riot => {
                let demand = words[best.end..].iter().any(|w| data.grievance_markers.contains(&w.folded));
                self.res.type_index(if protest_in_sentence || demand { "Violent demonstration" } else { "Mob violence" })?
            }
            // S138: a clash word whose only ones hit, named before it, are civilians, with one armed
            // side and civilians read as the other ("un civil tué dans un accrochage avec des soldats
            // français"; the soldiers after it are the side that fought, not the hit): an armed
            // actor on civilians, ACLED's attack. Not when a second armed side is read, nor when
            // armed men are among those named hit before it, nor with nobody killed or hurt
            // ("fruit sellers clashed against the police": the civilians are a side there). The
            // clash told as a noun ("dans un accrochage"): not the verb of those named ("two
            // British men killed fighting Islamic State" fought).
            Reading::Type(i)
                if kind(i) == "Armed clash"
                    && noun
                    && {
                        let hit = |w: CasualtyWord| victim_words.iter().any(|m| m.start < trigger_word && *data.casualties.value(m.pattern) == w);
                        hit(CasualtyWord::Civilian) && !hit(CasualtyWord::Armed) && !hit(CasualtyWord::Gang)
                    }
                    && casualties.iter().any(|m| matches!(data.casualties.value(m.pattern), CasualtyWord::Killed | CasualtyWord::Injured))
                    && !off_duty
                    && actor2.as_ref().and_then(|a| a.inter) == Some(7)
                    && actor1.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 1..=4 | 8)) =>
            {
                self.res.type_index("Attack")?
            }
            Reading::Type(i) => i,
            Reading::Territory => {
                // Told in the passive or with "être" and no party before the verb ("Kidal est
                // tombée aux mains de l'armée", "la base est passée sous le contrôle des rebelles"):
                // the taker is named after the verb, where the sides read the one hit.
                // S101: so is a trigger that ends on a `taker_marker` ("Palma fell to government
                // forces", "tombée aux mains de l'armée") with nobody before it.
                let ends_on_taker = best.end > best.start && data.taker_markers.contains(&words[best.end - 1].folded);
                // The actors named before the trigger in its sentence, read by the rules below.
                let before_trigger = || actor_spans(doc).filter(move |(span, _)| sentence.contains(*span) && span.end <= trigger.start);
                let word_of = |at: usize| words.iter().position(|w| w.span.start >= at).unwrap_or(words.len());
                // S223: the side named after "fell to" took the place even when another is named
                // before it ("Raqqa, the capital of the Islamic State's caliphate, fell to Kurdish
                // forces": the Kurds took it from IS).
                // (Only when every side named before the verb stands past a clause mark from it,
                // in an aside: not the subject of "the Syrian army drove Isis militants out of".)
                let aside_only = before_trigger().all(|(span, _)| (word_of(span.end)..=best.start).any(|k| breaks.get(k).copied().unwrap_or(false)));
                let named_taker = ends_on_taker && actor2.is_some() && actor1 != actor2 && aside_only;
                let taker = if ((passive || ends_on_taker) && actor1.is_none()) || named_taker { actor2.as_ref() } else { actor1.as_ref() };
                // S78: the subject of a relative clause is the actor named right before its pronoun
                // ("le gouvernement comme le mouvement séparatiste (STC), qui a pris le contrôle
                // d'Aden", "the rebels, who took the town"): the last actor before the trigger in
                // its sentence, when a relative pronoun stands between them.
                let relative_subject = before_trigger()
                    .max_by_key(|(span, _)| span.end)
                    .filter(|(span, _)| {
                        words.iter().any(|w| w.span.start >= span.end && w.span.end <= trigger.start && data.relative_pronouns.contains(&w.folded))
                    })
                    .map(|(_, a)| a);
                let taker = relative_subject.or(taker);
                // S191: the subject named right before the trigger (at most two words between, in its
                // clause) took the place when the other side is named in a time or cause phrase:
                // after the subject, the trigger the verb of that phrase ("The army vowed to retake
                // Kunduz after Taliban fighters seized the city", "après que les rebelles se sont
                // emparés de la ville": a subordinator at most five words before the trigger, in
                // its clause, another actor before it), or before it, a phrase that opens the
                // sentence and ends at a clause mark ("After clashes with al-Shabaab, government
                // troops recaptured the town"). The other side is the one it was taken from.
                let opener = |i: usize| data.time_subordinators.contains(&words[i].folded) || data.cause_markers.contains(&words[i].folded);
                let subordinate_subject = before_trigger()
                    .max_by_key(|(span, _)| span.end)
                    .filter(|(span, _)| {
                        let (first, after) = (word_of(span.start), word_of(span.end));
                        after <= best.start && best.start - after <= 2 && !(first + 1..=best.start).any(|k| breaks[k])
                    })
                    .filter(|(span, _)| {
                        let first = word_of(span.start);
                        let others: Vec<usize> = before_trigger().filter(|(s, _)| s.end <= span.start).map(|(s, _)| word_of(s.start)).collect();
                        let inside = (best.start.saturating_sub(5)..first).rev().find(|&i| opener(i)).is_some_and(|i| others.iter().any(|&o| o < i));
                        let fronted = others.iter().min().is_some_and(|&o| (0..o).any(opener) && (o + 1..=first).any(|k| breaks[k]));
                        !others.is_empty() && (inside || fronted)
                    })
                    .map(|(_, a)| a)
                    .filter(|_| !passive && !ends_on_taker);
                let taker = subordinate_subject.or(taker);
                subordinate_taker = subordinate_subject.filter(|a| actor2.as_ref() == Some(*a) && actor1.as_ref() != Some(*a)).is_some();
                taker_second = !subordinate_taker && (actor1.is_none() || named_taker) && taker.is_some() && taker == actor2.as_ref();
                // S26: a taker named but of no known kind ("Mozambican and Rwandan troops") who
                // took the place from a rebel group or a militia is the state taking it back. With
                // nobody before the verb ("Kunduz fell to the Taliban") the side named after it took it.
                // S41: not when a rebel group or a militia is named among the takers, before the
                // verb ("joined allied Syrian rebel fighters to take control of YPG points"): ACLED's
                // "Government regains territory" is the state's alone; foreign forces taking a place,
                // with rebels or not, overtake it as non-state actors do.
                let rebels_take = before_trigger().any(|(_, a)| a.inter.is_some_and(|i| matches!(i, 2..=4)));
                let from_rebels = actor1.is_some() && !rebels_take && actor2.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 2 | 3));
                // S78: a taker of no known kind ("Russian and Iran-backed government forces": Russia)
                // whose nearest actor before the verb is the state's forces: the state takes it.
                let state_nearest = !rebels_take && before_trigger().max_by_key(|(span, _)| span.end).is_some_and(|(_, a)| a.inter == Some(1));
                let last_word = |span: Span| words.iter().rposition(|w| w.span.end <= span.end);
                // S152: a militia named as the state's ally ("pro-government militias", "les milices
                // progouvernementales"), the word in its name or right before it, acts for the
                // state: ACLED's government regaining a place.
                let allied = before_trigger().any(|(span, a)| {
                    a.inter.is_some_and(|i| matches!(i, 3 | 4))
                        && last_word(span).is_some_and(|last| {
                            let first = words.iter().position(|w| w.span.start >= span.start).unwrap_or(last);
                            !(last + 1..=best.start).any(|k| breaks[k])
                                && words[first.saturating_sub(1).min(last)..=last].iter().any(|w| data.allied_markers.contains(&w.folded))
                        })
                });
                home_state = taker.is_some_and(|t| {
                    t.inter == Some(8)
                        && t.country.is_some()
                        && actor2.as_ref().is_some_and(|a| a != t && a.inter.is_some_and(|i| matches!(i, 2 | 3)) && a.country == t.country)
                });
                let name = match taker.and_then(|a| a.inter) {
                    Some(1) => "Government regains territory",
                    None if from_rebels || state_nearest => "Government regains territory",
                    Some(3 | 4) if allied => "Government regains territory",
                    // S191: state forces read as foreign only because the place was put in another
                    // country ("Ethiopian federal forces captured the town of Shire from TPLF
                    // fighters", the town read elsewhere) who take it from a rebel group or a militia
                    // of their own country: the state regaining its own land.
                    Some(8) if home_state => "Government regains territory",
                    _ => "Non-state actor overtakes territory",
                };
                // S152: a territory word right after an attempt, in its clause ("tried to capture
                // the town", "in an attempt to retake", "ont tenté de reprendre le contrôle") tells
                // the fight for the place, not its change of hands: ACLED's armed clash.
                let attempt = (best.start.saturating_sub(3)..best.start)
                    .any(|i| data.attempt_markers.contains(&words[i].folded) && !(i + 1..=best.start).any(|k| breaks[k]));
                let name = if attempt { "Armed clash" } else { name };
                // Taken without a fight ("took the town without a fight", "after the army
                // withdrew"): a transfer word in the sentence and no fighting word make it
                // ACLED's non-violent transfer of territory.
                let reads = |m: &lexicon::Match, t: &str| self.reads_as(data, m, t);
                let transfers: Vec<&lexicon::Match> =
                    all_triggers.iter().filter(|m| reads(m, "Non-violent transfer of territory") && self.takes_people(data, words, m).is_none()).collect();
                let transfer = !transfers.is_empty();
                // A fighting word inside the transfer's own words ("without a fight") is none.
                let fought = all_triggers.iter().any(|m| {
                    (reads(m, "Armed clash") || matches!(data.triggers.value(m.pattern).reading, Reading::Fighting))
                        && !transfers.iter().any(|t| m.start < t.end && t.start < m.end)
                });
                let name = if transfer && !fought { "Non-violent transfer of territory" } else { name };
                self.res.type_index(name)?
            }
            // S61: the security forces doing the violence where a protest is told ("security
            // forces shot dead two people during a protest"): force used on the protesters,
            // ACLED's excessive force, or a violent demonstration when the crowd riots too. Not a
            // protest that is the grievance ("protested against the killing of"), nor one in
            // another time clause ("protested after police killed a youth"), nor armed victims.
            Reading::Violence | Reading::Fighting
                if actor1.as_ref().and_then(|a| a.inter) == Some(1)
                    && !armed_victims
                    && !in_grievance(best.start)
                    && all_triggers.iter().any(|p| {
                        let (a, b) = if p.start < best.start { (p.end, best.start) } else { (best.end, p.start) };
                        is_protest(p) && !in_grievance(p.start) && !words[a.min(b)..b].iter().any(|w| data.cause_markers.contains(&w.folded))
                    }) =>
            {
                self.res.type_index(if rioting { "Violent demonstration" } else { "Excessive force against protesters" })?
            }
            Reading::Violence | Reading::Fighting if crowd_agent => self.res.type_index("Mob violence")?,
            // Fighting words ("small arms", "shoot-out"): a clash, unless civilians were the ones hit.
            Reading::Fighting => {
                // S82: a shooting at a place where civilians gather ("la fusillade a éclaté dans un
                // restaurant", "au centre commercial"), with nobody named on either side and no one
                // armed hit, is a gunman's attack on the people there, not a battle.
                let at_civilian_venue = victim.is_none() && actor1.is_none() && actor2.is_none() && !data.civilian_venues.find_all(words).is_empty();
                // S125: the armed victim word the rule reads wins over civilians read as the side hit.
                let victims_civilian = civilian.is_some() || (actor2.as_ref().and_then(|a| a.inter) == Some(7) && (victim.is_none_or(|m| m.start < trigger_word) || !armed_victims)) || at_civilian_venue;
                if !victims_civilian && armed_victims && actor2.as_ref().and_then(|a| a.inter) == Some(7) {
                    actor2 = armed_victim_side(words, candidates, sentence, victim, actor1.as_ref());
                }
                self.res.type_index(if victims_civilian { "Attack" } else { "Armed clash" })?
            }
            Reading::Violence => {
                let armed = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 1..=4 | 8));
                // S125: the object of an active verb names armed people ("fired at a CRPF patrol
                // party in which three CRPF personnel and one civilian were killed"): the side hit
                // is armed, whatever civilians the sides read as the one hit (named later, hit
                // with them). ACLED's clash: two armed sides, the civilians hurt with them no third.
                // Only the victim word after the trigger, its object: not a list of the hurt told
                // before it ("48 civilians, 21 soldiers and six policemen were wounded in the
                // bombings": the last one before the trigger).
                let civilians_read = actor2.as_ref().and_then(|a| a.inter) == Some(7);
                let armed_object = gang_victim || (armed_victims && victim.is_some_and(|m| m.start >= trigger_word));
                let victims_civilian = civilian.is_some() || (civilians_read && !armed_object);
                let clash = !victims_civilian
                    && (armed(&actor1) || actor1.is_none())
                    && ((armed(&actor2) && !side2_elsewhere) || ((actor2.is_none() || side2_elsewhere || civilians_read) && armed_victims));
                if clash && civilians_read {
                    actor2 = armed_victim_side(words, candidates, sentence, victim, actor1.as_ref());
                }
                // S126: a gang's man hit: the gang named on his word or within three words after it
                // ("an alleged member from Barrio-18"), else an unidentified gang of the place.
                if clash && gang_victim && !armed(&actor2) {
                    let country = location.as_ref().and_then(|l| l.country.as_deref());
                    actor2 = gang_side(words, candidates, sentence, victim.filter(|_| gang_word), actor1.as_ref())
                        .or(Some(generic_actor(UNIDENTIFIED_GANG, UNIDENTIFIED, "CRM", country)));
                }
                // S63: an armed party of another clause is no victim of an attack either.
                if !clash && side2_elsewhere && armed(&actor2) {
                    actor2 = None;
                }
                let name = if clash { "Armed clash" } else { "Attack" };
                self.res.type_index(name)?
            }
        };
        if subordinate_taker || taker_second {
            std::mem::swap(&mut actor1, &mut actor2);
        }
        if home_state {
            if let Some(a) = actor1.as_mut().filter(|a| a.inter == Some(8)) {
                a.inter = Some(1);
            }
        }
        // ACLED codes the crowd itself as the first actor of a protest (protesters, inter 6) or a
        // riot (rioters, inter 5), of the country where it gathers.
        // Rules of the codebook that read the whole sentence. A bomb or a shell defused, found or
        // blown up in a controlled explosion, with nobody hurt, never went off: disrupted weapons
        // use. Protesters killed at a protest that did not turn violent met excessive force (not
        // when the dead are what the protest is against: "protested against the killing of").
        // S123: the counts a war, a conflict or an old date holds are no event's toll.
        let tolls = event_tolls(doc, data, words, Some(&breaks), sentence, Some((best.start, best.end)), casualties);
        let fatalities = numbers::fatalities(data, words, &tolls, &in_date);
        // S108: the killing an arrest is for ("arrested three men in connection with the killing
        // of a trader", "for the murder of"): every killing word after a `background` cue that
        // follows the arrest is the charge, an event told before; the arrest counts no dead (nor
        // is it the killing, `Arrests` told with a toll below, or an arrest then a killing).
        let charge = kind(sub_type) == "Arrests" && {
            let killed: Vec<&lexicon::Match> = casualties.iter().filter(|m| *data.casualties.value(m.pattern) == CasualtyWord::Killed).collect();
            !killed.is_empty()
                && killed.iter().all(|m| {
                    non_event_cues.iter().any(|c| data.non_events.value(c.pattern).kind == NonEvent::Background && c.start >= best.end && c.end <= m.start)
                })
        };
        let fatalities = if charge { None } else { fatalities };
        let injuries = numbers::injuries(data, words, &tolls, &in_date);
        let hurt = fatalities.unwrap_or(0) > 0 || injuries.unwrap_or(0) > 0;
        let dead = fatalities.unwrap_or(0) > 0;
        // A suicide cue anywhere in the sentence ("an explosive device carried by a suicide
        // bomber") tells how the bomb went off: ACLED's suicide bomb, before the IED reading.
        let suicide_cue = all_triggers.iter().any(|m| matches!(data.triggers.value(m.pattern).reading, Reading::Type(i) if kind(i) == "Suicide bomb"));
        let sub_type = match self.res.taxonomy[sub_type].name.as_str() {
            "Remote explosive/landmine/IED" if suicide_cue => self.res.type_index("Suicide bomb")?,
            _ => sub_type,
        };
        // A missile, a rocket or a bomb fired by an aircraft or a drone (its subject, before it in
        // the clause, or its agent, "missiles fired by a drone") is an air or drone strike to
        // ACLED, not shelling from the ground: "a drone fired two missiles at the car", "des
        // hélicoptères ont tiré des roquettes". An air strike told after the shelling and not as
        // its agent ("bombardements à l'artillerie et frappes russes") is another means.
        let from_the_air = all_triggers.iter().any(|m| {
            let (a, b) = (m.start.min(best.start), m.start.max(best.start));
            let agent = m.start > best.start && (m.start.saturating_sub(2)..m.start).any(|i| data.agent_markers.contains(&words[i].folded));
            matches!(data.triggers.value(m.pattern).reading, Reading::Type(i) if kind(i) == "Air/drone strike")
                && (m.start < best.start || agent)
                && !(a + 1..=b).any(|i| breaks[i])
        });
        let sub_type = match self.res.taxonomy[sub_type].name.as_str() {
            "Shelling/artillery/missile attack" if from_the_air => self.res.type_index("Air/drone strike")?,
            // S78: a bomb an aircraft drops ("the planes dropped powerful bombs", "des avions ont
            // lâché des bombes") is an air strike too, not a device set off on the ground.
            "Remote explosive/landmine/IED" if from_the_air && !suicide_cue => self.res.type_index("Air/drone strike")?,
            _ => sub_type,
        };
        let attack_on_place = all_triggers.iter().any(|m| {
            m.end <= best.start
                && matches!(data.triggers.value(m.pattern).reading, Reading::Violence)
                && words.get(m.end).is_some_and(|w| {
                    !breaks[m.end]
                        && (data.determiners.contains(&w.folded)
                            || w.folded.starts_with(|c: char| c.is_ascii_digit())
                            || data.numbers.contains_key(&w.folded)
                            || doc.text[w.span.start..].starts_with(char::is_uppercase))
                })
        });
        let sub_type = match self.res.taxonomy[sub_type].name.as_str() {
            "Suicide bomb" | "Remote explosive/landmine/IED" | "Grenade" | "Shelling/artillery/missile attack"
                if !hurt && !data.disrupted_markers.find_all(words).is_empty() =>
            {
                self.res.type_index("Disrupted weapons use")?
            }
            // S101: a protest the forces broke up leaving protesters gravely hurt ("beat protesters,
            // leaving dozens seriously injured", "fired pellets at protesters, injuring dozens"):
            // ACLED's excessive force is force likely to cause serious injury. A `serious_harm`
            // word outside the grievance, with people counted hurt.
            "Protest with intervention"
                if injuries.unwrap_or(0) > 0
                    && data.serious_harm.find_all(words).iter().any(|m| !in_grievance(m.start)) =>
            {
                self.res.type_index("Excessive force against protesters")?
            }
            // S61: also with a grievance in the sentence, when the death is told after the protest
            // word and outside the grievance, as a verb ("demanding wages ... one protester was
            // killed", "killing two"): not after a grievance marker, nor a noun after a
            // determiner ("protested the killing of"), nor before the protest or in a time clause
            // after it ("hundreds protested after police killed a youth").
            "Peaceful protest" | "Protest with intervention"
                if dead
                    && ((!words.iter().any(|w| data.grievance_markers.contains(&w.folded))
                        // S61: not a death told in a time clause after the protest word ("protested
                        // after police killed a youth"): what the protest reacts to.
                        && !first_protest.is_some_and(|p| {
                            casualties.iter().any(|m| {
                                *data.casualties.value(m.pattern) == CasualtyWord::Killed
                                    && m.start >= p
                                    && words[p..m.start].iter().any(|w| data.cause_markers.contains(&w.folded))
                            })
                        })
                        // S93: nor a death told before the protest word in a cause or time clause
                        // ("after police killed a youth, hundreds protested").
                        && !casualties.iter().any(|m| {
                            *data.casualties.value(m.pattern) == CasualtyWord::Killed
                                && all_triggers.iter().filter(|t| is_protest(t)).map(|t| t.start).min().is_some_and(|p| m.end <= p)
                                && words[..m.start].iter().any(|w| data.cause_markers.contains(&w.folded) || data.time_subordinators.contains(&w.folded))
                        }))
                        || casualties.iter().any(|m| {
                            *data.casualties.value(m.pattern) == CasualtyWord::Killed
                                && first_protest.is_some_and(|p| m.start >= p && !words[p..m.start].iter().any(|w| data.cause_markers.contains(&w.folded)))
                                && !in_grievance(m.start)
                                && !m.start.checked_sub(1).is_some_and(|j| {
                                    data.determiners.contains(&words[j].folded) || data.grievance_markers.contains(&words[j].folded)
                                })
                        })
                        // S93: or the security forces killing before the protest word, in its
                        // clause, with no cause or time clause before the killing ("security
                        // forces killed 12 people protesting the coup"); not "after police killed a
                        // youth, hundreds protested", nor "relatives of a man killed by police
                        // protested" (the forces named after the killing).
                        || casualties.iter().any(|m| {
                            let protest_start = all_triggers.iter().filter(|t| is_protest(t)).map(|t| t.start).min();
                            *data.casualties.value(m.pattern) == CasualtyWord::Killed
                                && protest_start.is_some_and(|p| m.end <= p && !(m.start + 1..=p).any(|i| breaks[i]))
                                && police_before(m)
                                && !words[..m.start].iter().any(|w| data.cause_markers.contains(&w.folded) || data.time_subordinators.contains(&w.folded))
                        })
                        // S190: or the killing told in the passive, the security forces its agent,
                        // before the protest word in its clause ("a student was killed by security
                        // forces during a protest against fees", "un étudiant a été tué par les
                        // forces de sécurité lors d'une manifestation contre la vie chère"); not
                        // a participle describing the one the protest is about ("relatives of a man
                        // killed by police protested": no auxiliary before the killing).
                        || casualties.iter().any(|m| {
                            let protest_start = all_triggers.iter().filter(|t| is_protest(t)).map(|t| t.start).min();
                            *data.casualties.value(m.pattern) == CasualtyWord::Killed
                                && protest_start.is_some_and(|p| m.end < p && !(m.start + 1..=p).any(|i| breaks[i]))
                                && words[m.start.saturating_sub(2)..m.start].iter().any(|w| data.passive_auxiliaries.contains(&w.folded))
                                && words.get(m.end).is_some_and(|w| data.agent_markers.contains(&w.folded))
                                && words.get(m.end + 1).is_some_and(|w| {
                                    security_words.iter().any(|s| s.start <= w.span.start && w.span.start < s.end)
                                        || words.get(m.end + 2).is_some_and(|v| data.determiners.contains(&w.folded) && security_words.iter().any(|s| s.start <= v.span.start && v.span.start < s.end))
                                })
                                && !words[..m.start].iter().any(|w| data.cause_markers.contains(&w.folded) || data.time_subordinators.contains(&w.folded))
                        })) =>
            {
                self.res.type_index("Excessive force against protesters")?
            }
            // Property destroyed in a sentence that counts dead ("burned houses and killed five
            // villagers"), or after an attack on a place named as its object ("attacked Debiro and
            // burnt several buildings"; not "attacked and burned a school", where the property is
            // what was attacked): ACLED codes the violence, read as the violence rule reads it (a
            // crowd's mob violence, a clash between two armed sides named, else an attack).
            // Arrests or weapons seized told with a toll ("7 militants were killed and 3 were
            // arrested", "two individuals died and the police seized a submachine gun"): the
            // killing is the event, read by the violence rule.
            // A weapon made safe that killed anyway ("a bomb exploded while being defused, killing
            // two policemen") is the explosion its trigger names.
            "Arrests" | "Disrupted weapons use" if dead => {
                let blast = all_triggers.iter().find_map(|m| match data.triggers.value(m.pattern).reading {
                    Reading::Type(i) if self.res.taxonomy[i].event_type == "Explosions/Remote violence" => Some(i),
                    _ => None,
                });
                let armed = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 1..=4 | 8));
                let victims_civilian = civilian.is_some() || actor2.as_ref().and_then(|a| a.inter) == Some(CIVILIANS);
                let clash = !victims_civilian
                    && (armed(&actor1) || actor1.is_none())
                    && (armed(&actor2) || (actor2.is_none() && armed_victims));
                match blast.filter(|_| self.res.taxonomy[sub_type].name == "Disrupted weapons use") {
                    Some(i) => i,
                    None => self.res.type_index(if clash { "Armed clash" } else { "Attack" })?,
                }
            }
            "Looting/property destruction" if dead || attack_on_place => {
                let armed = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 1..=4 | 8));
                // The victim words were read around the looting word: only two armed sides named
                // make it a clash.
                let victims_civilian = civilian.is_some() || actor2.as_ref().and_then(|a| a.inter) == Some(CIVILIANS);
                let clash = !victims_civilian && armed(&actor1) && armed(&actor2);
                let name = if crowd_agent {
                    "Mob violence"
                } else if clash {
                    "Armed clash"
                } else {
                    "Attack"
                };
                self.res.type_index(name)?
            }
            _ => sub_type,
        };
        // Arrests told in the passive after the first sentence ("9 people were arrested.", "His
        // wife was arrested.") are the aftermath of what the article told first, even when that
        // was not read as an event: ACLED codes them as part of it, not as arrests of their own.
        let first_sentence = doc.sentences.first().is_none_or(|s| s.span.start >= sentence.start);
        if self.res.taxonomy[sub_type].name == "Arrests" && passive && !first_sentence {
            // S61: the cue is the count or the crowd of those arrested, before the verb ("9
            // people", "dozens of", "several members"): a group taken, which after a protest
            // broke it up (not "He was arrested", the one a protest is about).
            let vague = casualties.iter().filter(|m| matches!(data.casualties.value(m.pattern), CasualtyWord::Vague(_))).map(|m| (m.start, m.end));
            let counted = words[..best.start]
                .iter()
                .enumerate()
                // S190: or a count with no number ("Some of them were detained", "Certains
                // d'entre eux ont été interpellés"), a `vague_count` word.
                .filter(|(_, w)| w.folded.starts_with(|c: char| c.is_ascii_digit()) || data.numbers.contains_key(&w.folded) || data.vague_counts.contains(&w.folded))
                .map(|(i, _)| (i, i + 1))
                .chain(vague.filter(|(_, end)| *end <= best.start))
                .chain(crowds.iter().filter(|m| m.end <= best.start).map(|m| (m.start, m.end)))
                .filter(|(start, _)| !in_date.get(*start).copied().unwrap_or(false))
                .last()
                .map(|(a, b)| Span::new(words[a].span.start, words[b - 1].span.end));
            *why = Some(Why { reason: "aftermath", cue: counted, typed: Some(sub_type) });
            return None;
        }
        // ACLED's agreements are made between conflict parties: a ceasefire, a truce, peace, an
        // exchange of prisoners, a surrender or a withdrawal. An agreement word with none of these
        // (`agreement_object`) in its sentence and no rebel or militia (inter 2 to 4) on either
        // side, nor named in the three words after the trigger ("a deal with Jaish al-Islam"), is a
        // trade, political or diplomatic deal ("the cabinet agreed", "a deal with the attorney
        // general"): no event.
        if self.res.taxonomy[sub_type].name == "Agreement" {
            let armed = |a: &ActorRef| a.inter.is_some_and(|i| matches!(i, 2..=4));
            let next = |m: &vigie_core::ActorMention| words[best.end..].iter().take(3).any(|w| w.span.start == m.span.start);
            let party = [&actor1, &actor2].into_iter().flatten().any(armed) || doc.mentions.iter().any(|m| next(m) && armed(&m.actor));
            if !party && data.agreement_objects.find_all(words).is_empty() {
                *why = Some(Why { reason: "agreement_no_conflict", cue: None, typed: Some(sub_type) });
                return None;
            }
        }
        let crowd = match self.res.taxonomy[sub_type].event_type.as_str() {
            "Protests" => Some(("Protesters", PROTESTERS)),
            "Riots" => Some(("Rioters", RIOTERS)),
            _ => None,
        };
        if let Some((name, inter)) = crowd {
            if actor1.as_ref().and_then(|a| a.inter) != Some(inter) {
                // Civilians named with a crowd are the crowd ("villagers pelted stones at police"):
                // the other party is the one the crowd faced.
                if actor2.as_ref().is_none_or(|a| a.inter == Some(CIVILIANS)) && actor1.as_ref().is_some_and(|a| a.inter != Some(CIVILIANS)) {
                    actor2 = actor1.take();
                }
                actor1 = Some(generic_actor(name, inter, "CVL", location.as_ref().and_then(|l| l.country.as_deref())));
            }
            // S129: a crowd named by its nationality ("Venezuelan migrants protested in Bogota",
            // "des réfugiés éthiopiens ont manifesté à Hargeisa") is of that country, wherever it
            // gathers: ACLED codes it Protesters (Venezuela). The demonym stands right before
            // (en) or right after (fr) a word for people (a civilian victim word, a crowd word, a
            // crowd's party) told before the trigger; "outside the Venezuelan embassy" names no
            // people. Civilians named by their nationality (a role phrase: "Ethiopian refugees",
            // Civilians (Ethiopia)) right before an active trigger, in its clause, are the crowd
            // too ("Ethiopian refugees protested in Hargeisa"), not "migrants were attacked".
            if let Some(a) = actor1.as_mut().filter(|a| a.inter == Some(inter)) {
                let people_at = |at: usize| {
                    victim_words.iter().any(|v| v.start == at && *data.casualties.value(v.pattern) == CasualtyWord::Civilian)
                        || crowds.iter().any(|m| m.start == at)
                        || doc.mentions.iter().any(|m| {
                            words.get(at).is_some_and(|w| m.span.start == w.span.start) && m.actor.inter.is_some_and(|i| i == PROTESTERS || i == RIOTERS)
                        })
                };
                let people_before = |at: usize| {
                    victim_words.iter().any(|v| v.end == at && *data.casualties.value(v.pattern) == CasualtyWord::Civilian) || crowds.iter().any(|m| m.end == at)
                };
                let nationality = doc.mentions.iter().filter(|m| m.actor.inter.is_none() && m.actor.id.as_deref().is_some_and(|id| id.starts_with("country:"))).find_map(|m| {
                    let first = words.iter().position(|w| w.span.start == m.span.start)?;
                    let last = words.iter().position(|w| w.span.end == m.span.end)?;
                    let before = last + 1 < best.start && !breaks[last + 1] && people_at(last + 1);
                    let after = first > 0 && first < best.start && !breaks[first] && people_before(first);
                    (before || after).then(|| m.actor.country.clone()).flatten()
                });
                let nationality = nationality.or_else(|| {
                    doc.mentions
                        .iter()
                        .filter(|m| !passive && m.actor.inter == Some(CIVILIANS) && m.actor.country.is_some() && m.span.start >= sentence.start)
                        .filter_map(|m| words.iter().position(|w| w.span.end == m.span.end).map(|last| (last, m)))
                        .rfind(|(last, _)| *last < best.start && !(last + 1..=best.start).any(|i| breaks[i]))
                        .and_then(|(_, m)| m.actor.country.clone())
                });
                if let Some(country) = nationality {
                    a.country = Some(country);
                }
            }
        }
        let toll = fatalities.unwrap_or(0) > 0 || injuries.unwrap_or(0) > 0;
        // A kind, a habit or a total, the past the article recalls, or another sense of the word
        // (sport, politics, a figure of speech, unless people were hurt): no event of this article.
        // Fans, players and sports workers protest as anyone does: only a cue holding the trigger
        // itself makes a protest word figurative.
        let is_protest = self.res.taxonomy[sub_type].event_type == "Protests";
        // S82: a vague stretch of the past ("ces derniers mois", "in recent months": `PAST_REF`)
        // dates no event: a cue made of it names the stretch, an aggregate, so it is read as words.
        let stretches: Vec<Span> = doc.times.iter().filter(|t| t.value == "PAST_REF").map(|t| t.span).collect();
        let in_day: Vec<bool> = words.iter().zip(&in_date).map(|(w, &d)| d && !stretches.iter().any(|t| t.contains(w.span))).collect();
        match modality::non_event(data, non_event_cues, words, &unquoted, (best.start, best.end), &in_day) {
            // S63: not a cue that holds the trigger's own words, read in another sense ("anciens
            // combattants", "crise cardiaque"): the toll there is another event's, or none.
            // S152: a cue of people taken that runs through the passive's agent right after a
            // territory word ("was captured by al-Shabaab militants"): they are the takers, a
            // place was taken.
            Some((NonEvent::Figurative, cue))
                if matches!(reading, Reading::Territory)
                    && words.get(best.end).is_some_and(|w| data.agent_markers.contains(&w.folded) && w.span.end <= cue.end)
                    && cue.start <= words[best.start].span.start => {}
            Some((NonEvent::Figurative, cue)) if toll && !(cue.start < trigger.end && cue.end > trigger.start) => {}
            Some((NonEvent::Figurative, cue)) if is_protest && !(cue.start < trigger.end && cue.end > trigger.start) => {}
            // S190: a generic cue told as a noun phrase (a determiner opens it or comes right
            // before it) in what a protest is against, after a grievance marker after the protest
            // word ("protested against the lack of masks in the fight against the virus", "ont
            // manifesté pour dénoncer la lutte contre l'orpaillage", "marched in support of the
            // struggle for independence"): the cause the protest names, not a habit of protesting.
            Some((NonEvent::Generic, cue))
                if is_protest
                    && cue.start >= trigger.end
                    && words.iter().position(|w| w.span.start == cue.start).is_some_and(|i| {
                        is_determiner(&words[i].folded) || (i > 0 && !breaks[i] && is_determiner(&words[i - 1].folded))
                    })
                    && words[best.end..].iter().take_while(|w| w.span.end <= cue.start).any(|w| data.grievance_markers.contains(&w.folded)) => {}
            // An accident or a disease undoes violence only: a protest, an arrest or a looting
            // about a flood or the coronavirus is still one.
            Some((NonEvent::Accident, _))
                if !matches!(self.res.taxonomy[sub_type].event_type.as_str(), "Battles" | "Explosions/Remote violence" | "Violence against civilians") => {}
            Some((kind, cue)) => {
                let reason = match kind {
                    NonEvent::Generic => "generic",
                    NonEvent::Background => "background",
                    NonEvent::Figurative => "figurative",
                    NonEvent::Accident => "accident",
                };
                *why = Some(Why { reason, cue: Some(cue), typed: Some(sub_type) });
                return None;
            }
            None => {}
        }
        // Territory told as a share ("a repris le contrôle de 52% du pays", "controls 40% of the
        // province") is a summary of what a side holds, not one place taken on one day.
        if matches!(reading, Reading::Territory) && share_after(doc, words, &breaks, best.end) {
            *why = Some(Why { reason: "territory_share", cue: None, typed: Some(sub_type) });
            return None;
        }
        // S69: the rubric of the title ("Attentat de Nice : ...") names the story, not an event.
        if let Some(cue) = title_rubric(doc, words, sentence, best.start) {
            *why = Some(Why { reason: "rubric", cue: Some(cue), typed: Some(sub_type) });
            return None;
        }
        if let Some(published) = doc.meta.published.as_ref().map(|p| p.date) {
            let timexes = timex_words(doc, words, sentence);
            // S124: the sentence's open periods ("since 2011"), found once for the rules below.
            let opens = data.open_periods.find_all(words);
            let limit = modality::background_limit(published);
            let trigger_words = (best.start, best.end);
            // S36: violence (battles, explosions, violence against civilians), which the rule on
            // an old day undoes; a protest's sentence often dates its grievance ("banners demanded
            // the release of X, abducted on 25 March").
            let violent = matches!(self.res.taxonomy[sub_type].event_type.as_str(), "Battles" | "Explosions/Remote violence" | "Violence against civilians");
            if modality::background(data, words, &breaks, trigger_words, &timexes, published, &opens)
                || dated_long_ago(data, &breaks, trigger_words, &timexes, published, &opens)
                || (violent && (dated_old_day(doc, sentence, published) || dated_old_years(doc, data, &breaks, trigger_words, &timexes, sentence, published, &opens)))
            {
                // The cue: the sentence's first date that ends before the recent past.
                let cue = timexes
                    .iter()
                    .find(|t| limit.is_some_and(|l| modality::ended_before(t.value, l)))
                    .map(|t| words[t.start].span);
                *why = Some(Why { reason: "background_date", cue, typed: Some(sub_type) });
                return None;
            }
            // S172: a state begun long ago ("qui bénéficie depuis début mars d'un cessez-le-feu").
            if let Some(cue) = limit.and_then(|l| held_since_old(data, words, &breaks, trigger_words, &timexes, &opens, l)) {
                *why = Some(Why { reason: "held_since", cue: Some(words[cue].span), typed: Some(sub_type) });
                return None;
            }
            // S36: an article whose title says its news is the past (a trial, an anniversary):
            // the violence it tells with no recent date in the trigger's clause is what the trial
            // or the anniversary is about ("Procès Charlie : ... L'attaque, qui a fait dix morts"),
            // and so are the arms supplied and the allegiances sworn around it; a protest at the
            // court is today's.
            if !matches!(self.res.taxonomy[sub_type].event_type.as_str(), "Protests" | "Riots") {
                if let Some(cue) = past_news_cue.get_or_init(|| past_news(doc, data, &self.words)).filter(|_| {
                    let clause = modality::clause_of(&breaks, best.start);
                    !timexes.iter().any(|t| (clause.0..clause.1).contains(&t.start) && limit.is_some_and(|l| !modality::ended_before(t.value, l)))
                }) {
                    *why = Some(Why { reason: "past_news", cue: Some(cue), typed: Some(sub_type) });
                    return None;
                }
            }
            // S47: a toll or a fight told in the present perfect over a campaign, a war or a
            // period of weeks or more ("At least 250 civilians have been killed in the bombardment
            // of Afrin", "have used chemical weapons 50 times during the conflict", "In the last few
            // weeks, air strikes have killed 600"): an aggregate, not one event. One death told so is
            // a person's news ("A British woman has been killed in the offensive": a count of one,
            // or a death with no count and an `article` in the trigger's clause; "thousands of
            // soldiers have been killed" has none).
            let one_death = fatalities == Some(1)
                || (fatalities.is_none()
                    && casualties.iter().any(|m| matches!(data.casualties.value(m.pattern), CasualtyWord::Killed))
                    && {
                        let clause = modality::clause_of(&breaks, best.start);
                        words[clause.0..clause.1].iter().any(|w| data.articles.contains(&w.folded))
                    });
            if violent && !one_death {
                if let Some(cue) = campaign_toll(doc, data, words, &breaks, trigger_words, sentence, &timexes, published, &opens) {
                    *why = Some(Why { reason: "campaign_toll", cue: Some(cue), typed: Some(sub_type) });
                    return None;
                }
            }
            // S47: a trigger named by an old date after a determiner ("a 2013 sarin nerve gas
            // attack", "the 2014 offensive", "the March 2011 uprising") is that past event, whatever
            // other dates its sentence names.
            // S111: a day that would come after the publication names, for violence, that day of an
            // earlier year ("les attentats du 13 novembre" in an article of 8 November 2016, "the 7
            // July bombings"): a past event named by its day, not one still to come.
            let named_day_past = |t: &modality::Timex| {
                limit.is_some_and(|l| modality::ended_before(t.value, l))
                    || (violent && t.value.len() == 10 && modality::period_end(t.value).is_some_and(|end| end > published))
            };
            if let Some(t) = timexes.iter().find(|t| {
                t.sure_year
                    && t.start < best.start
                    && best.start - t.start <= 4
                    && !breaks[t.start + 1..=best.start].iter().any(|&b| b)
                    && (data.determiners.contains(&words[t.start].folded) || (t.start > 0 && data.determiners.contains(&words[t.start - 1].folded)))
                    && named_day_past(t)
            }) {
                *why = Some(Why { reason: "named_past", cue: Some(words[t.start].span), typed: Some(sub_type) });
                return None;
            }
            // S69: the same past event named by its date after it: a trigger told as a noun (a
            // determiner, written or elided, right before it) followed right away, or after one
            // word ("de", "du"), by an old date written with its year, in its clause ("depuis
            // l'attentat de 2016", "les attentats du 13 novembre 2015", "the attack of July 2016"),
            // S111: whatever other date the sentence names: a recent one dates what is done about
            // the past event ("s'est rendu ce dimanche sur les lieux des attentats de janvier 2015",
            // "ont commémoré ce mercredi ... les attaques djihadistes du 13 novembre 2015"), not the
            // event. Up to `NAMED_DATE_WORDS` words may stand between the trigger and its date, in
            // its clause (an adjective, a place, a participle: "les attaques djihadistes du 13
            // novembre 2015", "la fusillade de Forest survenue en mars 2016", "the attack in Nice in
            // July 2016"); a date after an open period further than right after the trigger
            // dates a period that reaches the present, not the event ("the deadliest fighting since
            // 2015").
            let told_as_noun = best.start.checked_sub(1).is_some_and(|i| data.determiners.contains(&words[i].folded))
                || words[best.start].elided().is_some_and(|e| data.determiners.iter().any(|d| d == e));
            if let Some(t) = timexes.iter().find(|t| {
                told_as_noun
                    && t.sure_year
                    && (best.end..=best.end + NAMED_DATE_WORDS).contains(&t.start)
                    && !breaks[best.end..=t.start].iter().any(|&b| b)
                    && (t.start <= best.end + 1 || !opens.iter().any(|m| modality::in_open_period(data, m, t.start)))
                    && named_day_past(t)
            }) {
                *why = Some(Why { reason: "named_past", cue: Some(words[t.start].span), typed: Some(sub_type) });
                return None;
            }
            // S47: a territory word right after a noun of held places, with no date in its clause,
            // describes those places ("towns recaptured from Isis", "areas retaken by Damascus").
            if matches!(reading, Reading::Territory) && best.start > 0 && data.held_places.contains(&words[best.start - 1].folded) && !breaks[best.start] {
                let clause = modality::clause_of(&breaks, best.start);
                if !timexes.iter().any(|t| (clause.0..clause.1).contains(&t.start)) {
                    *why = Some(Why { reason: "held_places", cue: Some(words[best.start - 1].span), typed: Some(sub_type) });
                    return None;
                }
            }
            // S30: narrative time: a sentence with no date of its own goes on telling the past an
            // old date before it opened ("In 2014, Isis swept across northern Iraq. Its fighters
            // captured Mosul").
            if let Some(cue) = narrative_background(doc, data, sentence, paragraph, published, &self.words) {
                *why = Some(Why { reason: "background_narrative", cue: Some(cue), typed: Some(sub_type) });
                return None;
            }
            // S82: told in the pluperfect ("il avait tué un boucher", "avait d'abord été tué"), with
            // no day of its own and none inherited from its paragraph: the past the article recalls
            // around its news. A day, even a recent one, dates it ("avaient été tués jeudi").
            // S90: also the trigger as the subject of the pluperfect ("Les attaques avaient fait 130
            // morts"): the auxiliary right after it, or one word after, in its clause.
            // S111: not the auxiliary a reporting verb stands right before ("said it had captured
            // 41 positions", "a déclaré que l'armée avait repris"): the sequence of tenses, the
            // recent past reported, as S90 reads the auxiliary after the trigger.
            if let Some(cue) = pluperfect(data, words, &breaks, best.start)
                .filter(|&aux| !said_right_before(data, words, aux))
                .map(|aux| words[aux].span)
                .or_else(|| pluperfect_after(data, words, &breaks, best.end).filter(|_| !reported(data, &words[..best.start])))
                .filter(|_| date(doc, sentence).is_none() && (earlier_date(doc, sentence, paragraph).is_none() || last_told_old(doc, sentence, paragraph)))
            {
                *why = Some(Why { reason: "pluperfect", cue: Some(cue), typed: Some(sub_type) });
                return None;
            }
            // S121: violence or a capture told in a relative clause on an actor or a place, opened
            // after a comma or "and" ("said he rejected Isis, who reportedly tortured him", "les
            // rebelles Houthis, soutenus par l'Iran et qui se sont emparés du nord"), with no recent
            // day in its sentence or the two before, is the past recalled to describe them, not
            // what the sentence tells. A day of its own keeps it ("the army, which killed 40
            // protesters on Tuesday, said").
            if violent || matches!(reading, Reading::Territory) {
                if let Some(cue) = relative_recall(doc, data, words, &breaks, best.start, sentence) {
                    *why = Some(Why { reason: "relative_past", cue: Some(cue), typed: Some(sub_type) });
                    return None;
                }
                // S137: a participle clause detached by commas, opening the sentence or set after a
                // name ("Kidnappée à l'âge de 11 ans par l'EI, Layla ...", "Cantlie, seized by Isis
                // in 2012, is alive"), describes who the sentence is about by the past: see
                // `detached_recall`.
                if let Some(cue) = detached_recall(doc, data, words, &breaks, best.start, sentence, published) {
                    *why = Some(Why { reason: "detached_past", cue: Some(cue), typed: Some(sub_type) });
                    return None;
                }
            }
            // S144: a past event named by its place, as a complement with no date in its clause
            // ("organisé les attentats de Paris", "prévu par l'accord de Minsk"), which the
            // article dates nowhere as recent: see `named_by_place`. Violence told in the clause
            // before such a name is that past too ("la mort de son fils lors de l'attentat de
            // Nice", "killed in the Manchester Arena bombing").
            if violent || self.res.taxonomy[sub_type].name == "Agreement" {
                let state_weapon = matches!(self.res.taxonomy[sub_type].name.as_str(), "Air/drone strike" | "Shelling/artillery/missile attack");
                let clause = modality::clause_of(&breaks, best.start);
                let named = |m: (usize, usize)| named_by_place(doc, data, words, &breaks, m, sentence, &self.res.capitals, state_weapon);
                if let Some(cue) = named((best.start, best.end)).or_else(|| {
                    all_triggers.iter().filter(|m| violent && m.start >= best.end && modality::clause_of(&breaks, m.start) == clause).find_map(|m| named((m.start, m.end)))
                }) {
                    *why = Some(Why { reason: "named_place", cue: Some(cue), typed: Some(sub_type) });
                    return None;
                }
            }
            // S35: told as to come by its date ("had set 10 September as the date for a bombardment",
            // "in the coming weeks"): kept, hypothetical, as a "will" or a "plans to" would make it.
            if matches!(modality, Modality::Asserted | Modality::Claimed) {
                let dates: Vec<(usize, &str, Span)> = doc
                    .times
                    .iter()
                    .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time) && sentence.contains(t.span))
                    .filter_map(|t| Some((words.iter().position(|w| w.span.start >= t.span.start && w.span.end <= t.span.end)?, t.value.as_str(), t.span)))
                    .collect();
                if let Some(cue) = modality::future_dated(data, words, &breaks, trigger_words, &dates, published) {
                    (modality, modality_cue) = (Modality::Hypothetical, Some(cue));
                }
            }
        }
        // A generic trigger alone, with nobody, nowhere, no toll and no day, is a word, not an
        // event ("Around 29 April, BSF personnel allegedly assaulted a correspondent": a day
        // names one event).
        let day_named = date(doc, sentence).is_some();
        // S70: a short text (a news brief of at most `SHORT_TEXT_SENTENCES` sentences) is about its
        // event: a count in the trigger's clause ("Dozens of shops were vandalised", "Two grenades
        // were found", "the seizure of 12 rifles") makes the trigger that event; a word alone
        // ("Troops were deployed.") or an article ("A correspondent was assaulted") does not, nor
        // does a party named, which one-sentence commentary names too ("Turkey shifted its focus to
        // the fighting with the Islamic State").
        let brief_count = short_text(doc) && {
            let clause = modality::clause_of(&breaks, best.start);
            let vague = casualties.iter().any(|m| m.start >= clause.0 && m.end <= clause.1 && matches!(data.casualties.value(m.pattern), CasualtyWord::Vague(_)));
            let crowd = crowds.iter().any(|m| m.start >= clause.0 && m.end <= clause.1);
            let number = (clause.0..clause.1).any(|i| {
                let w = &words[i].folded;
                !in_date.get(i).copied().unwrap_or(false)
                    && (w.starts_with(|c: char| c.is_ascii_digit()) || (data.numbers.contains_key(w) && !data.articles.contains(w) && !data.determiners.contains(w)))
            });
            vague || crowd || number
        };
        if priority >= GENERIC_PRIORITY && actor1.is_none() && actor2.is_none() && location.is_none() && !toll && !day_named && !brief_count {
            *why = Some(Why { reason: "generic_alone", cue: None, typed: Some(sub_type) });
            return None;
        }
        // S77: the event's day, not the day of the telling (`nearest_date`).
        let day = nearest_date(doc, sentence, Span::new(words[best.start].span.start, words[best.end - 1].span.end), told);
        // A trigger told as a noun ("the battle for Raqqa", "les affrontements") states one event
        // only with an anchor in its sentence: a date, a toll, an agent ("by"), or a party or a
        // victim named with a place; else it is a mention of something told elsewhere or in general.
        // A party named is an anchor only with a place ("the clashes between the army and the
        // rebels in Idlib"): a party alone is what commentary names.
        let agent = words[best.end..].iter().take(4).any(|w| data.agent_markers.contains(&w.folded));
        // A country or a continent is what commentary names ("Turkey shifted its focus from
        // fighting Isis"): the place that anchors is a region, a district or a town.
        let place_in_sentence = doc.places.iter().any(|p| {
            sentence.contains(p.span)
                && p.geo.as_ref().is_some_and(|g| !matches!(g.kind.as_deref(), Some("country" | "continent" | "region")))
        });
        // A date or a time the sentence names ("on Wednesday night", "in 2014"), even one that
        // cannot be resolved to a day, dates what the sentence tells.
        let dated = doc.times.iter().any(|t| matches!(t.kind, TimexType::Date | TimexType::Time) && sentence.contains(t.span) && !t.value.ends_with("_REF"));
        // With no anchor, the event is returned held back (with its `why`): `run` keeps it only
        // when the article states no other event and an earlier sentence dated the story it
        // recalls.
        // A protest or a riot told as a noun after another trigger told as a verb ("police detained
        // ten people at the sit-in") is where that action happened: anchored.
        let acted_at = matches!(self.res.taxonomy[sub_type].event_type.as_str(), "Protests" | "Riots")
            && all_triggers.iter().any(|m| m.end <= best.start && !adjective_at(m.start));
        // S50: a battle told in passing with its sides and a town elsewhere in the sentence is how
        // commentary and background name a war ("the region, near Damascus, is a stronghold of rebels
        // fighting the regime", "fleeing the fighting – Turkey's attack on Afrin"); ACLED's armed
        // clash is one engagement at a place: told in passing, its town must stand in its own
        // clause ("the clashes between the army and the rebels in Idlib"), and a participle
        // ("rebels fighting the regime") describes a side unless it opens its clause ("New fighting
        // has spread to Afrin", "Fighting between rebel factions ... in Idlib"): else a date, a
        // toll or an agent.
        let clash = self.res.taxonomy[sub_type].name == "Armed clash";
        let clause = modality::clause_of(&breaks, best.start);
        let opens_clause = best.start <= clause.0 + 1;
        let place_in_clause = clause.1 > clause.0
            && doc.places.iter().any(|p| {
                p.span.start >= words[clause.0].span.start
                    && p.span.end <= words[clause.1 - 1].span.end
                    && p.geo.as_ref().is_some_and(|g| !matches!(g.kind.as_deref(), Some("country" | "continent" | "region")))
            });
        // "the fighting" is a noun; "rebels fighting the regime" a participle describing them.
        let describes = participle && !best.start.checked_sub(1).is_some_and(|i| !breaks[best.start] && is_determiner(&words[i].folded));
        let placed = (parties_named || victim.is_some()) && place_in_sentence && (!clash || opens_clause || (!describes && place_in_clause));
        // S70: in a short text, a count in the noun's clause anchors it, and so does a party named
        // with it ("the recovery of arms from a militant hideout by the army", "Militants claimed the
        // grenade attack"): a brief tells one event, not a mention of one told elsewhere. Commentary
        // names wars and battles with their sides: a fight needs its side named right before it
        // (at most two words between), the side that fought ("The army's clashes with the rebels"),
        // not after it ("the fighting with the Islamic State") nor as the subject of another verb
        // ("Turkey shifted its focus to the fighting"); a participle describing a side ("rebels
        // fighting the army") or a victim anchors nothing.
        let subject_named = short_text(doc) && parties_named && !describes && {
            let between = |span: Span| words.iter().filter(|w| w.span.start >= span.end && w.span.end <= trigger.start).count();
            !fighting || candidates.within(sentence).any(|(span, _)| span.end <= trigger.start && between(span) <= 2)
        };
        let brief_anchor = brief_count || subject_named;
        if nominal && !dated && !toll && !agent && !acted_at && !placed && !brief_anchor {
            let reason = if participle { "no_anchor_participle" } else { "no_anchor_noun" };
            *why = Some(Why { reason, cue: None, typed: Some(sub_type) });
        }
        // S68: talk about violence rather than one event of it. A plural noun told bare, with no
        // determiner, no count and no object after it, not opening its clause ("coalition attacks
        // on Isis do not discriminate", "claimed responsibility for terrorist attacks on the UK"),
        // names violence in general: only a day or a toll makes it events told ("clashes on
        // Monday", "killed in clashes"). A noun named by a place ("the Douma attack") is an event
        // known by its name, talked about ("a response to the Douma attack"): a day in its sentence
        // dates the talk, not the attack; only a toll or an agent tells it.
        // (S70: not in a short text with a count in the noun's clause: `brief_count`.)
        if why.is_none() && !toll && !brief_count {
            let counted = |i: usize| {
                let w = &words[i].folded;
                w.starts_with(|c: char| c.is_ascii_digit()) || data.numbers.contains_key(w) || is_determiner(w)
            };
            let object_after = words.get(best.end).is_some_and(|w| {
                !breaks[best.end]
                    && (is_determiner(&w.folded)
                        || w.folded.starts_with(|c: char| c.is_ascii_digit())
                        || data.numbers.contains_key(&w.folded)
                        || doc.text[w.span.start..].starts_with(char::is_uppercase))
            });
            let bare_plural = data.bare_plurals.contains(&words[best.end - 1].folded)
                && !opens_clause
                && !object_after
                && !(best.start.saturating_sub(2)..best.start).any(|i| !breaks[i + 1..=best.start].iter().any(|&b| b) && counted(i));
            // The day must stand in the plural's own clause or open the sentence: a day in
            // another clause dates something else ("Begum, who travelled to Syria in 2015, ...
            // Isis, which has claimed terrorist attacks on the UK").
            let first_clause = modality::clause_of(&breaks, 0);
            let dated_here = (clause.0..clause.1).chain(first_clause.0..first_clause.1).any(|i| in_date.get(i).copied().unwrap_or(false));
            // Its sides named right after it ("clashes between the army and the rebels") or a town
            // in its own clause ("attacks on checkpoints in Kidal") place one engagement.
            let sides = words.get(best.end).is_some_and(|w| !breaks[best.end] && data.between_markers.contains(&w.folded));
            // Another trigger just before it tells what it did ("the armed men were killed in
            // clashes with the police").
            let told_by = all_triggers.iter().any(|m| m.end <= best.start && best.start - m.end <= 2);
            let anchored = (dated && dated_here) || sides || place_in_clause || told_by;
            if bare_plural && !anchored {
                *why = Some(Why { reason: "generic_plural", cue: Some(words[best.end - 1].span), typed: Some(sub_type) });
            }
            // S223: (not a verb in the past: "workers of the Michoacan University protested")
            let past = ends_with_any(&words[best.end - 1].folded, &data.past_endings);
            let named_by_place = nominal && !agent && !past && best.start >= 2 && {
                let mut d = best.start;
                while d > 0 && best.start - d < 3 && !breaks[d] && doc.text[words[d - 1].span.start..].starts_with(char::is_uppercase) {
                    d -= 1;
                }
                d < best.start
                    && d > 0
                    && !breaks[d]
                    && is_determiner(&words[d - 1].folded)
                    && doc.places.iter().any(|p| p.span.start >= words[d].span.start && p.span.end <= words[best.start - 1].span.end)
            };
            if named_by_place {
                *why = Some(Why { reason: "named_event", cue: Some(words[best.start - 1].span), typed: Some(sub_type) });
            }
        }
        // A violence word told as a noun in an undated sentence ("in the attack", "the killing",
        // "l'attaque"), the trigger or another violence word of its sentence ("five soldiers
        // were killed in the attack"), names again the event the article told before it: returned
        // with this reason, `run` merges it into that event (its toll, its victims), or keeps it
        // as an event of its own when the article told none.
        let violence = |m: &lexicon::Match| matches!(data.triggers.value(m.pattern).reading, Reading::Violence | Reading::Fighting);
        let noun_in_clause = |m: &lexicon::Match| {
            let article = match words[m.start].elided() {
                Some(article) => is_determiner(article).then_some(m.start),
                None => m.start.checked_sub(1).filter(|&d| !breaks[m.start] && is_determiner(&words[d].folded)),
            };
            article.is_some_and(|d| !(d.saturating_sub(2)..d).any(|j| data.light_verbs.contains(&words[j].folded)))
        };
        let told_again = all_triggers.iter().any(|m| violence(m) && noun_in_clause(m));
        if why.is_none() && told_again && !dated && matches!(reading, Reading::Violence | Reading::Fighting) {
            *why = Some(Why { reason: "refers_back", cue: None, typed: Some(sub_type) });
        }
        let source = sources.first().map(|s| self.source(doc, s));
        let anchors = [parties_named, place_in_sentence, day.is_some(), toll].iter().filter(|a| **a).count();
        let confidence = confidence(priority, anchors, nominal, modality, source.is_some());
        let t = &self.res.taxonomy[sub_type];
        // S142: an exchange of fire (`fire_exchange`: "a shoot-out broke out and two suspects
        // died", "exchanged fire with the police") is fought by armed men on both sides: civilians
        // read as one side are an unidentified armed group.
        if t.name == "Armed clash" && !data.fire_exchanges.find_all(words).is_empty() {
            for side in [&mut actor1, &mut actor2] {
                if side.as_ref().is_some_and(|a| a.inter == Some(CIVILIANS)) {
                    *side = Some(generic_actor(UNIDENTIFIED_ARMED_GROUP, UNIDENTIFIED, "UAF", event_country));
                }
            }
        }
        // S220: property the state's forces seize or destroy that only criminals deal in
        // ("federal police forces seized 3 tons of marijuana", "destroyed a clandestine airstrip
        // used for drug trafficking") is a gang's: ACLED's second side is an unidentified gang,
        // not the default civilians.
        if t.name == "Looting/property destruction"
            && actor2.is_none()
            && actor1.as_ref().is_some_and(|a| a.inter == Some(1))
            && !data.criminal_goods.find_all(words).is_empty()
        {
            actor2 = Some(generic_actor(UNIDENTIFIED_GANG, UNIDENTIFIED, "CRM", event_country));
        }
        // S220: mob violence told as a fight between groups ("two village groups clashed", "pelted
        // stones at each other"): the other group rioted too, ACLED's second side rioters, not
        // the default civilians.
        if t.name == "Mob violence"
            && actor2.is_none()
            && actor1.as_ref().is_none_or(|a| a.inter == Some(RIOTERS))
            && !data.mutual.find_all(words).is_empty()
        {
            actor2 = Some(generic_actor("Rioters", RIOTERS, "CVL", event_country));
        }
        implied_actors(t, &mut actor1, &mut actor2, partner, event_country);
        Some(Event {
            sub_event_type: t.name.clone(),
            plover: Some(t.plover_code()),
            cameo: Some(t.cameo.clone()),
            actor1,
            actor2,
            location,
            date: day.or_else(|| earlier_date(doc, sentence, paragraph)).or_else(|| doc.meta.published.as_ref().map(|p| p.date.to_string())),
            fatalities: Some(fatalities.unwrap_or(0)),
            injuries,
            evidence: sentence,
            mentions: Vec::new(),
            source,
            modality,
            modality_cue,
            confidence: Some(confidence),
        })
    }

    /// S61: the event typed anew as the sub-event type `name` (its PLOVER and CAMEO codes with it).
    fn retype(&self, e: &mut Event, name: &str) {
        let Some(t) = self.res.type_index(name).map(|i| &self.res.taxonomy[i]) else { return };
        e.sub_event_type = t.name.clone();
        e.plover = Some(t.plover_code());
        e.cameo = Some(t.cameo.clone());
    }

    /// A protest the crowd turned violent: a "Violent demonstration", the crowd its rioters.
    fn turned_violent(&self, e: &mut Event) {
        if self.res.type_index("Violent demonstration").is_none() {
            return;
        }
        self.retype(e, "Violent demonstration");
        if let Some(a) = e.actor1.as_mut().filter(|a| a.inter == Some(PROTESTERS)) {
            a.name = Some("Rioters".to_string());
            a.inter = Some(RIOTERS);
        }
    }

    /// People abducted and then killed (the abduction told with a toll, or followed in the article
    /// by an attack): ACLED codes the killing, an "Attack"; the abduction merges into it. So with
    /// people arrested and then killed in custody ("police arrested a man ... he died as a result
    /// of the torture").
    /// S88: the attack that follows must be where the abduction was (the same place, or one
    /// inside it) and not before it: an attack elsewhere in the article ("jihadist attacks have
    /// spread to Burkina Faso", a torture of years before in another country) is another event,
    /// and the abduction or the arrest keeps its type.
    fn abducted_then_killed(&self, events: Vec<(Event, bool)>) -> Vec<(Event, bool)> {
        let abduction = |e: &Event| matches!(e.sub_event_type.as_str(), "Abduction/forced disappearance" | "Arrests") && e.happened();
        if !events.iter().any(|(e, _)| abduction(e)) || self.res.type_index("Attack").is_none() {
            return events;
        }
        let not_before = |a: &Event, b: &Event| match (a.date.as_deref(), b.date.as_deref()) {
            (Some(x), Some(y)) => y.get(..10).unwrap_or(y) >= x.get(..10).unwrap_or(x),
            _ => true,
        };
        let killed_later: Vec<bool> = (0..events.len())
            .map(|i| {
                let a = &events[i].0;
                events[i + 1..].iter().any(|(e, _)| {
                    e.sub_event_type == "Attack" && e.happened() && same_place(a.location.as_ref(), e.location.as_ref()) && not_before(a, e)
                })
            })
            .collect();
        let mut out = Vec::new();
        for (i, (mut e, dated)) in events.into_iter().enumerate() {
            if abduction(&e) && (killed_later[i] || e.fatalities.unwrap_or(0) > 0) {
                self.retype(&mut e, "Attack");
            }
            merge_or_push(&mut out, e, dated);
        }
        out
    }

    /// S61: clashes between the security forces and a side of no armed kind (no rebel group,
    /// militia or foreign force on either side, not two armed sides), told with a crowd's riot of
    /// the same day ("Clashes erupted between Palestinians and Israeli forces. ... Palestinians
    /// hurled firecrackers at soldiers."): the clash is that riot, typed as it is and merged.
    fn clash_turned_riot(&self, events: Vec<(Event, bool)>) -> Vec<(Event, bool)> {
        let inter = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.inter);
        let armed = |a: &Option<ActorRef>| inter(a).is_some_and(|i| matches!(i, 1..=4 | 8));
        let group = |a: &Option<ActorRef>| inter(a).is_some_and(|i| matches!(i, 2..=4 | 8));
        let Some(riot) = events.iter().position(|(e, _)| e.happened() && matches!(e.sub_event_type.as_str(), "Mob violence" | "Violent demonstration")) else {
            return events;
        };
        let (name, day, day_dated) = (events[riot].0.sub_event_type.clone(), events[riot].0.date.clone(), events[riot].1);
        let clash = |e: &Event, dated: bool| {
            e.happened()
                && e.sub_event_type == "Armed clash"
                && !(armed(&e.actor1) && armed(&e.actor2))
                && !group(&e.actor1)
                && !group(&e.actor2)
                && (e.date == day || !dated || !day_dated)
        };
        if !events.iter().any(|(e, d)| clash(e, *d)) {
            return events;
        }
        let mut out = Vec::new();
        for (mut e, dated) in events {
            if clash(&e, dated) {
                self.retype(&mut e, &name);
            }
            merge_or_push(&mut out, e, dated);
        }
        out
    }

    /// S61: the security forces attacking people after a protest told in the article, on its day
    /// ("Thousands protested in Mandalay. Police opened fire, killing two."): the force used on
    /// that protest, ACLED's "Excessive force against protesters", merged into it.
    fn force_on_protest(&self, events: Vec<(Event, bool)>) -> Vec<(Event, bool)> {
        let protest = |e: &Event| e.happened() && matches!(e.sub_event_type.as_str(), "Peaceful protest" | "Protest with intervention");
        let Some(first) = events.iter().position(|(e, _)| protest(e)) else { return events };
        let (day, day_dated) = (events[first].0.date.clone(), events[first].1);
        let force = |k: usize, e: &Event, dated: bool| {
            k > first
                && e.happened()
                && e.sub_event_type == "Attack"
                && e.actor1.as_ref().and_then(|a| a.inter) == Some(1)
                && (e.date == day || !dated || !day_dated)
        };
        if self.res.type_index("Excessive force against protesters").is_none() || !events.iter().enumerate().any(|(k, (e, d))| force(k, e, *d)) {
            return events;
        }
        let mut out = Vec::new();
        for (k, (mut e, dated)) in events.into_iter().enumerate() {
            if force(k, &e, dated) {
                self.retype(&mut e, "Excessive force against protesters");
            }
            merge_or_push(&mut out, e, dated);
        }
        out
    }

    /// A riot in an article that tells a protest is the protest turned violent: ACLED's "Violent demonstration" ("Mob violence" is a riot with no
    /// demonstration). The riot is retyped, then merged into the protest it belongs to.
    fn protest_turned_violent(&self, events: Vec<(Event, bool)>) -> Vec<(Event, bool)> {
        // Clashes told after a protest with no rebel group, militia or foreign force in them
        // ("Clashes with the police broke out") are the crowd fighting: the protest turned violent.
        let armed_group = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 2..=4 | 8));
        let first_protest = events.iter().position(|(e, _)| protest_severity(&e.sub_event_type).is_some());
        // The police stepping in told after a mob's violence ("a mob attacked a suspected thief.
        // Police intervened to rescue him") is no protest: a mob is a protest turned violent only
        // when a protest is told, or an intervention before it.
        let first_gathering = events
            .iter()
            .position(|(e, _)| protest_severity(&e.sub_event_type).is_some() && e.sub_event_type != "Protest with intervention");
        // S29: a side that is the crowd itself (protesters or rioters) makes no battle, whoever
        // faced it ("foreign forces clashed with protesters"): ACLED's armed clash needs two
        // organised armed sides, and a demonstration whose crowd fights is a violent one.
        let crowd_side = |e: &Event| [&e.actor1, &e.actor2].iter().any(|a| a.as_ref().and_then(|a| a.inter).is_some_and(|i| i == RIOTERS || i == PROTESTERS));
        // S101: the clash on a day of a protest told before it: an attack on the army told on
        // another day ("Dimanche, une attaque a fait 27 morts dans les rangs de l'armée", after
        // Friday's march in Bamako) is the war, not the crowd.
        let protest_days: Vec<Option<String>> =
            events.iter().filter(|(e, _)| protest_severity(&e.sub_event_type).is_some()).map(|(e, _)| e.date.clone()).collect();
        let on_a_protest_day = |e: &Event| protest_days.iter().any(|d| same_days(d.as_deref(), e.date.as_deref()));
        let crowd = |k: usize, e: &Event| {
            e.happened()
                && ((e.sub_event_type == "Mob violence" && (first_gathering.is_some() || first_protest.is_some_and(|p| k > p)))
                    || (e.sub_event_type == "Armed clash"
                        && first_protest.is_some_and(|p| k > p)
                        && on_a_protest_day(e)
                        && ((!armed_group(&e.actor1) && !armed_group(&e.actor2)) || crowd_side(e))))
        };
        let protest = first_protest.is_some();
        if self.res.type_index("Violent demonstration").is_none() || !protest || !events.iter().enumerate().any(|(k, (e, _))| crowd(k, e)) {
            return events;
        }
        let mut out = Vec::new();
        for (k, (mut e, dated)) in events.into_iter().enumerate() {
            if crowd(k, &e) {
                self.retype(&mut e, "Violent demonstration");
                if e.actor1.as_ref().and_then(|a| a.inter) != Some(RIOTERS) {
                    if e.actor2.is_none() {
                        e.actor2 = e.actor1.take();
                    }
                    e.actor1 = Some(generic_actor("Rioters", RIOTERS, "CVL", e.location.as_ref().and_then(|l| l.country.as_deref())));
                }
            }
            merge_or_push(&mut out, e, dated);
        }
        out
    }

    /// The reporter a source names: its words as written, and the actor of the entity or actor
    /// phrase there, when there is one.
    fn source(&self, doc: &Document, s: &Source) -> EventSource {
        // The day of the telling that opens the reporter's words is not the reporter's name
        // ("a-t-on appris vendredi de source militaire", "a indiqué ce vendredi le ministère").
        let mut s = *s;
        if let Some(t) = doc.times.iter().find(|t| t.span.start >= s.name.start && t.span.end < s.name.end && doc.text[s.name.start..t.span.start].split_whitespace().count() <= 1) {
            let rest = &doc.text[t.span.end..s.name.end];
            s.name = Span::new(s.name.end - rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',').len(), s.name.end);
        }
        let s = &s;
        let actor = doc
            .entities
            .iter()
            .filter(|e| s.name.contains(e.span))
            .find_map(|e| e.actor.clone())
            .or_else(|| doc.mentions.iter().find(|m| s.name.contains(m.span)).map(|m| m.actor.clone()));
        EventSource { span: s.span, name: doc.slice(s.name).to_string(), actor }
    }

    /// A trigger's reading as an analyst reads it: the sub-event type it was given (`typed`), else
    /// its type, else its raw reading.
    fn reading_label(&self, reading: Reading, typed: Option<usize>) -> String {
        match (typed, reading) {
            (Some(i), _) | (None, Reading::Type(i)) => self.res.taxonomy[i].name.clone(),
            (None, Reading::Territory) => "territory".into(),
            (None, Reading::Violence) => "violence".into(),
            (None, Reading::Fighting) => "fighting".into(),
            (None, Reading::Riot) => "riot".into(),
        }
    }

    /// Whether the words at `span` name a news agency ("AFP", "l'AFP", "Reuters").
    fn is_agency(&self, doc: &Document, span: Span) -> bool {
        // (The words are read into a pooled buffer: this runs for every actor of every event.)
        let mut folded = self.words.take();
        folded.read(&doc.text, span);
        let mut name = String::with_capacity(span.len() + 4);
        for (i, w) in folded.iter().enumerate() {
            if i > 0 {
                name.push(' ');
            }
            let w = w.folded.as_str();
            name.push_str(w.strip_prefix("l'").or_else(|| w.strip_prefix("d'")).unwrap_or(w));
        }
        self.words.give(folded);
        self.res.agencies.contains(&name)
    }
}

/// How sure the stage is that the sentence states the event as coded, from 0.05 to 0.99: a
/// specific trigger (priority 1) starts at 0.70, a generic one (9) at 0.30; each anchor in the
/// sentence (a party named, a place, a day, a toll) adds 0.05; a named source adds 0.05; a
/// trigger told as a noun takes 0.10 off; a claim by a party 0.10, a denial 0.20, a negation or a
/// possibility 0.10 (their reading is less sure than an assertion's).
/// Whether the folded `word` ends with one of `endings` and holds more than two letters before it
/// ("fighting" with "ing", "protested" with "ed", "kidnappers" with "ers"; not "ring", "red").
fn ends_with_any(word: &str, endings: &[String]) -> bool {
    endings.iter().any(|e| word.len() > e.len() + 2 && word.ends_with(e.as_str()))
}

fn confidence(priority: u8, anchors: usize, nominal: bool, modality: Modality, sourced: bool) -> f64 {
    let mut c = 0.30 + 0.05 * f64::from(9u8.saturating_sub(priority));
    c += 0.05 * anchors as f64;
    if sourced {
        c += 0.05;
    }
    if nominal {
        c -= 0.10;
    }
    c -= match modality {
        Modality::Asserted => 0.0,
        Modality::Claimed | Modality::Negated | Modality::Hypothetical => 0.10,
        Modality::Denied => 0.20,
    };
    (c.clamp(0.05, 0.99) * 100.0).round() / 100.0
}

/// The sentence's dates and times (not a vague `*_REF`), each as its first word, its value, and
/// whether its year is written or counted (not a day named without a digit, "Labor Day",
/// "Christmas": a holiday's year is a guess).
fn timex_words<'d>(doc: &'d Document, words: &[Word], sentence: Span) -> Vec<modality::Timex<'d>> {
    doc.times
        .iter()
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time) && sentence.contains(t.span) && !t.value.ends_with("_REF"))
        .filter_map(|t| {
            let start = words.iter().position(|w| w.span.start >= t.span.start && w.span.end <= t.span.end)?;
            let named_day = t.value.len() >= 10 && !doc.slice(t.span).contains(|c: char| c.is_ascii_digit());
            Some(modality::Timex { start, value: t.value.as_str(), sure_year: !named_day })
        })
        .collect()
}

/// S111: how many words may stand between a violent noun and the date after it that names it
/// ("la fusillade de Forest survenue en mars 2016": three).
const NAMED_DATE_WORDS: usize = 4;

/// Whether the trigger (words `trigger.0..trigger.1`) is dated long ago (more than
/// `BACKGROUND_DAYS` before publication) by the clauses around it, in either of two ways (the dates
/// of the sentence read once for both; a date after an open period, "since 2011", dates nothing):
/// - by the clause right before its own: its clause names no date, that clause names an old one,
///   and every date of the sentence is old ("Idlib was spared an assault last autumn, after an 11th
///   hour truce brokered by Moscow", "I observed one, last fall, where 50 women gathered"): the past
///   the article recalls, as `modality::background` reads it in the trigger's own clause. A date
///   after the trigger's clause dates something else ("the accords were signed in Juba, where the
///   war began in 2003");
/// - S30: by its own clause, one of several in its sentence, naming only old dates even when another
///   clause names a recent one: the clause tells the past it dates ("Israel, which captured a plateau
///   from Syria in 1967, placed troops on high alert on Tuesday"), unless a recent date opens the
///   sentence.
///
/// `opens`: the sentence's open periods (S124: found once for the rules that read them).
fn dated_long_ago(
    data: &LanguageData,
    breaks: &[bool],
    trigger: (usize, usize),
    timexes: &[modality::Timex],
    published: jiff::civil::Date,
    opens: &[lexicon::Match],
) -> bool {
    let Some(limit) = modality::background_limit(published) else {
        return false;
    };
    let old = |t: &modality::Timex| modality::ended_before(t.value, limit);
    let dating: Vec<&modality::Timex> = timexes
        .iter()
        .filter(|t| !opens.iter().any(|m| modality::in_open_period(data, m, t.start)))
        .filter(|t| t.sure_year || !old(t))
        // S172: a period that begins after the publication dates what is to come, not the trigger
        // ("depuis la signature, fin février, d'un accord qui prévoit le départ des troupes d'ici
        // mi-2021": the old date still dates the signing).
        .filter(|t| modality::period_start(t.value).is_none_or(|start| start <= published))
        .collect();
    let clause = modality::clause_of(breaks, trigger.0);
    let in_clause = |t: &&&modality::Timex, c: (usize, usize)| (c.0..c.1).contains(&t.start);
    // By the clause right before.
    if clause.0 > 0 && !dating.is_empty() && dating.iter().all(|t| old(t)) && !dating.iter().any(|t| in_clause(&t, clause)) {
        let before = modality::clause_of(breaks, clause.0 - 1);
        if dating.iter().any(|t| in_clause(&t, before)) {
            return true;
        }
    }
    // By its own clause. A recent date that opens the sentence dates all of it ("On 8 May 2020,
    // residents protested ... the 2018 deal"), as in `modality::background`.
    let own: Vec<&&modality::Timex> = dating.iter().filter(|t| in_clause(t, clause)).collect();
    let first = modality::clause_of(breaks, 0);
    let opened_recent = timexes.iter().any(|t| (first.0..first.1).contains(&t.start) && !old(t));
    own.len() < timexes.len() && !own.is_empty() && own.iter().all(|t| old(t)) && !opened_recent
}

/// S172: the first word of an open period ("depuis début mars", "depuis 2014") that stands before
/// the trigger in its clause and names a start ended before `limit` (`BACKGROUND_DAYS` before the
/// publication), in a clause that names no other date: the trigger is a state or a total that has
/// lasted since then ("la région, qui bénéficie depuis début mars d'un cessez-le-feu précaire",
/// "contrôlée depuis 2014 par les jihadistes"), not an event of the article's days. A recent day in
/// the clause dates an event ("depuis 2011, l'armée a bombardé mardi"); "pour la première fois
/// depuis" compares an event with the past.
fn held_since_old(
    data: &LanguageData,
    words: &[Word],
    breaks: &[bool],
    trigger: (usize, usize),
    timexes: &[modality::Timex],
    opens: &[lexicon::Match],
    limit: jiff::civil::Date,
) -> Option<usize> {
    let clause = modality::clause_of(breaks, trigger.0);
    let in_clause = |at: usize| (clause.0..clause.1).contains(&at);
    let opened = |t: &modality::Timex| opens.iter().any(|m| modality::in_open_period(data, m, t.start));
    if timexes.iter().any(|t| in_clause(t.start) && !opened(t)) {
        return None;
    }
    opens
        .iter()
        .filter(|m| in_clause(m.start) && m.end <= trigger.0)
        .filter(|m| !words[m.start.saturating_sub(3)..m.start].iter().any(|w| w.folded == "fois"))
        .find(|m| {
            timexes.iter().any(|t| {
                t.start < trigger.0 && modality::in_open_period(data, m, t.start) && modality::ended_before(t.value, limit)
            })
        })
        .map(|m| m.start)
}

/// S172: whether every date or time the sentence names ended more than `BACKGROUND_DAYS` before
/// the publication ("En novembre, la France a perdu 13 soldats dans un accident" in May): an old
/// accident recalled, which the article's deaths are not. A sentence with no date is of its time.
fn told_long_ago(doc: &Document, sentence: Span) -> bool {
    let Some(limit) = doc.meta.published.as_ref().and_then(|p| modality::background_limit(p.date)) else { return false };
    let mut dates = doc.times.iter().filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time) && sentence.contains(t.span)).peekable();
    dates.peek().is_some() && dates.all(|t| modality::ended_before(&t.value, limit))
}

/// S172: the sentence of the accident (`accidents`: violence dropped as an accident, not told long
/// ago, and its place) that `event` tells again: a death told by its casualty word alone ("Militaires
/// français tués au Mali", "les militaires tués provenaient de"), an armed clash or an attack whose
/// attacker the text does not name, in the accident's country, with no day of its own. ACLED codes
/// no accident; a death with a weapon or an attacker named ("tués par une bombe") has its cause.
fn accident_told_again(event: &Event, dated: bool, accidents: &[(Span, Option<GeoRef>)], tellings: &[Telling]) -> Option<Span> {
    let unnamed = event.actor1.as_ref().is_none_or(|a| a.id.is_none() && a.name.as_deref() == Some(UNIDENTIFIED_ARMED_GROUP));
    let bare = telling_of(tellings, event).is_some_and(|t| t.toll) && event.mentions.is_empty();
    if dated || !(event.happened() && unnamed && bare && matches!(event.sub_event_type.as_str(), "Armed clash" | "Attack")) {
        return None;
    }
    let country = |g: Option<&GeoRef>| g.and_then(|g| g.country.clone());
    accidents
        .iter()
        .find(|(s, place)| *s != event.evidence && country(place.as_ref()).is_some() && country(place.as_ref()) == country(event.location.as_ref()))
        .map(|(s, _)| *s)
}

/// S36: whether the day a violent event would be given (the sentence's first date of a day, see `date`)
/// was written with its year, ends more than `BACKGROUND_DAYS` before the publication, and every
/// date or time of the sentence is as old: the event happened then, whatever clause the trigger
/// stands in ("Clarissa Jean-Philippe, assassinée à Montrouge ..., est abattue ... le 8 janvier 2015
/// au matin", "Quatre ans après les attentats qui ont endeuillé la France, le 13 novembre 2015"):
/// the past the article recalls, which vigie would otherwise date to that old day. A year or a
/// month alone dates no event ("where the war began in 2003" is left to the clause rules above); a
/// day named without a digit has a guessed year; a recent date or a present reference in the
/// sentence keeps the event.
fn dated_old_day(doc: &Document, sentence: Span, published: jiff::civil::Date) -> bool {
    let Some(limit) = modality::background_limit(published) else {
        return false;
    };
    let old = |v: &str| modality::ended_before(v, limit);
    let mut dates = doc.times.iter().filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time) && sentence.contains(t.span));
    let Some(day) = doc.times.iter().filter(|t| t.kind == TimexType::Date && sentence.contains(t.span)).find(|t| day_or_span(&t.value).is_some()) else {
        return false;
    };
    doc.slice(day.span).contains(|c: char| c.is_ascii_digit()) && old(&day.value) && dates.all(|t| old(&t.value))
}

/// S48: whether every date of the sentence is a year or a month of a year written with its digits
/// ("2014", "janvier 2015"), each ended more than `BACKGROUND_DAYS` before the publication, and one of
/// them dates the trigger: in its clause ("la plus meurtrière depuis les affrontements de 2014", "le
/// raid meurtrier de janvier 2015"), or opening the clause right after it ("Plusieurs affrontements
/// auront lieu dans les années suivantes, en 2008, 2011 ou 2015"): violence told with old years or
/// months only is the past recalled, not the article's news (`dated_old_day` reads the days). A
/// recent date or a day anywhere in the sentence leaves it to the other rules; so does a year that
/// opens a period ("the deadliest attack since 2015") or stands further ("in P, a town where the war
/// began in 2003"). `opens`: the sentence's open periods.
#[allow(clippy::too_many_arguments)]
fn dated_old_years(
    doc: &Document,
    data: &LanguageData,
    breaks: &[bool],
    trigger: (usize, usize),
    timexes: &[modality::Timex],
    sentence: Span,
    published: jiff::civil::Date,
    opens: &[lexicon::Match],
) -> bool {
    let Some(limit) = modality::background_limit(published) else {
        return false;
    };
    let year_or_month = |v: &str| {
        let (year, month) = v.split_once('-').unwrap_or((v, "00"));
        year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && month.len() == 2 && month.bytes().all(|b| b.is_ascii_digit())
    };
    let mut dates = doc.times.iter().filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time) && sentence.contains(t.span)).peekable();
    let all_old = dates.peek().is_some()
        && dates.all(|t| {
            year_or_month(&t.value)
                && doc.slice(t.span).contains(|c: char| c.is_ascii_digit())
                && modality::ended_before(&t.value, limit)
        });
    if !all_old || breaks.is_empty() {
        return false;
    }
    let opened = |t: &modality::Timex| opens.iter().any(|m| modality::in_open_period(data, m, t.start));
    let clause = modality::clause_of(breaks, trigger.0);
    let next = (clause.1 < breaks.len()).then(|| modality::clause_of(breaks, clause.1));
    timexes.iter().filter(|t| !opened(t)).any(|t| {
        (clause.0..clause.1).contains(&t.start) || next.is_some_and(|n| (n.0..n.1).contains(&t.start) && t.start <= n.0 + 1)
    })
}

/// S62: the question mark that ends the sentence, when it is a question: its last mark, before
/// closing quotation marks and brackets, is "?" ("Who will fight Isis now?"). A question quoted
/// inside a sentence that goes on ("“Why?” he asked.") does not end it.
fn question_mark(text: &str, sentence: Span) -> Option<Span> {
    let s = text.get(sentence.start..sentence.end)?;
    let end = s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '»' | ')' | ']')).len();
    s[..end].ends_with('?').then(|| Span::new(sentence.start + end - 1, sentence.start + end))
}

/// S62: how many of a piece's words outside quotations, per thousand, its author's first-person
/// words must be for the piece to be told in the first person. news-en-guardian: letters, essays
/// and testimonies write 10 to 110 per thousand; news reports and editorials under 7 (their "we"
/// and "I" are quoted).
const FIRST_PERSON_PER_THOUSAND: usize = 10;
/// S62: the fewest words outside quotations a piece needs to be weighed so: a short text (a
/// sentence, a wire note) is no piece with an author's voice.
const FIRST_PERSON_MIN_WORDS: usize = 200;

/// S62: the first of the author's first-person words (`first_person` of `event-words.tsv`: "I",
/// "we", "my") when the piece is told in the first person: they are `FIRST_PERSON_PER_THOUSAND`
/// per thousand or more of its words outside quotations, and those are `FIRST_PERSON_MIN_WORDS` or
/// more. Words between quotation marks are others' ("“We will retaliate,” the minister said"); a
/// quotation runs to its closing mark or to the end of its paragraph (one that goes on opens again).
/// A word written in capitals ("US") is no pronoun.
fn first_person_voice(doc: &Document, data: &LanguageData, pool: &fold::WordsPool) -> Option<Span> {
    if data.first_person.is_empty() {
        return None;
    }
    let (mut quoted, mut read, mut own) = (false, 0, 0usize);
    let mut first: Option<Span> = None;
    let mut count = 0usize;
    // The words are cut, not folded: a word written in ASCII folds to its lowercase; only one
    // written otherwise is read folded (into a pooled buffer).
    let mut folded = pool.take();
    // Per first byte (lower-cased), the lengths of the first-person words that begin with it (bit
    // `len`, words under 64 bytes): an ASCII word of another length or first letter is none.
    let mut lengths = [0u64; 128];
    // S132: and whether any begins with it, whatever its length: a word whose first byte is an
    // ASCII character no first-person word begins with is none, folded or not (it folds to a word
    // that begins with that letter lower-cased).
    let mut begins = [false; 128];
    for f in &data.first_person {
        if let Some(&b) = f.as_bytes().first().filter(|b| b.is_ascii()) {
            begins[usize::from(b.to_ascii_lowercase())] = true;
            if f.len() < 64 {
                lengths[usize::from(b.to_ascii_lowercase())] |= 1 << f.len();
            }
        }
    }
    fold::word_spans(&doc.text, Span::new(0, doc.text.len()), |span| {
        // S132: the text between two words read as bytes, not decoded: the marks are "\n", '"',
        // “ ” (E2 80 9C, E2 80 9D) and « » (C2 AB, C2 BB); the gap begins at a character
        // boundary, so a last byte with those before it is that mark.
        let gap = doc.text.as_bytes().get(read..span.start).unwrap_or(&[]);
        for (k, &b) in gap.iter().enumerate() {
            match b {
                b'\n' => quoted = false,
                b'"' => quoted = !quoted,
                0x9C | 0x9D if k >= 2 && gap[k - 2] == 0xE2 && gap[k - 1] == 0x80 => quoted = b == 0x9C,
                0xAB | 0xBB if k >= 1 && gap[k - 1] == 0xC2 => quoted = b == 0xAB,
                _ => {}
            }
        }
        read = read.max(span.end);
        if quoted {
            return;
        }
        own += 1;
        if doc.text.as_bytes().get(span.start).is_some_and(|b| b.is_ascii() && !begins[usize::from(b.to_ascii_lowercase())]) {
            return;
        }
        let written = doc.text.get(span.start..span.end).unwrap_or("");
        let mine = if written.is_ascii() {
            let first = written.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
            (written.is_empty() || written.len() >= 64 || lengths[usize::from(first)] & (1 << written.len()) != 0)
                && data.first_person.iter().any(|f| f.len() == written.len() && f.bytes().zip(written.bytes()).all(|(f, w)| f == w.to_ascii_lowercase()))
        } else {
            folded.read(&doc.text, span);
            folded.first().is_some_and(|w| data.first_person.contains(&w.folded))
        };
        // A word written in capitals ("US") is no pronoun.
        let capitals = || written.chars().filter(|c| c.is_alphabetic()).count() > 1 && !written.chars().any(char::is_lowercase);
        if mine && !capitals() {
            count += 1;
            first.get_or_insert(span);
        }
    });
    pool.give(folded);
    (own >= FIRST_PERSON_MIN_WORDS && count * 1000 >= own * FIRST_PERSON_PER_THOUSAND).then_some(first).flatten()
}

/// S62: whether the sentence names a day (or a span of days) that ends at most `BACKGROUND_DAYS`
/// before the publication (any day when the article has no publication date).
fn recent_day_named(doc: &Document, sentence: Span) -> bool {
    date(doc, sentence).is_some_and(|day| recent_day(doc, &day))
}

/// Whether a day (or span of days, `day_or_span`) ends at most `BACKGROUND_DAYS` before the
/// publication (any day when the article has no publication date).
fn recent_day(doc: &Document, day: &str) -> bool {
    let Some(published) = doc.meta.published.as_ref().map(|p| p.date) else { return true };
    let last = day.rsplit('/').next().and_then(|d| d.parse::<jiff::civil::Date>().ok());
    match (last, modality::background_limit(published)) {
        (Some(last), Some(limit)) => last >= limit,
        _ => false,
    }
}

/// An article longer than this many sentences has a body past its lead whose undated events are
/// context (see `in_long_body`). Measured on hand-judged news events (samples of guardian and
/// orangesum, 2026-11-30): past the third sentence of such articles, events with no recent day
/// near them were real news about once in 45.
const LONG_ARTICLE_SENTENCES: usize = 30;
/// The lead: the article's first sentences (its title when the text holds it, and the opening).
const LEAD_SENTENCES: usize = 3;

/// S70: the most sentences a short text (a news brief, a wire snippet) holds: one or two
/// sentences tell one event, the one the text is about (see "Short texts" in
/// resources/docs/events.md).
const SHORT_TEXT_SENTENCES: usize = 2;

/// S70: whether the document is a short text of at most `SHORT_TEXT_SENTENCES` sentences.
fn short_text(doc: &Document) -> bool {
    doc.sentences.len() <= SHORT_TEXT_SENTENCES
}

/// Whether the sentence is in the body of a long article: past its `LEAD_SENTENCES` first
/// sentences, in an article of more than `LONG_ARTICLE_SENTENCES`.
fn in_long_body(doc: &Document, sentence: Span) -> bool {
    doc.sentences.len() > LONG_ARTICLE_SENTENCES && doc.sentences.partition_point(|s| s.span.start < sentence.start) >= LEAD_SENTENCES
}

/// Whether the sentence, or one of the two before it, names a recent day (`recent_day`): "On
/// Tuesday, jets struck the market. Twelve people were killed."
fn recent_day_near(doc: &Document, sentence: Span) -> bool {
    let from = two_sentences_before(doc, sentence);
    doc.times.iter().any(|t| {
        t.kind == TimexType::Date && t.span.start >= from && t.span.end <= sentence.end && day_or_span(&t.value).is_some_and(|d| recent_day(doc, &d))
    })
}

/// Whether `event` may tell again one the article already holds: a kept event of its type, at
/// its place or with no place to tell them apart (`merge_or_push` decides whether it merges).
fn retells(events: &[(Event, bool)], event: &Event) -> bool {
    let place = |e: &Event| e.location.as_ref().and_then(|l| l.geonameid);
    events.iter().any(|(e, _)| {
        e.happened() && e.confidence.is_some() && e.sub_event_type == event.sub_event_type && (place(e) == place(event) || place(e).is_none() || place(event).is_none())
    })
}

/// S69: whether word `i` is a past participle told with no auxiliary, in a verbless headline or
/// after its noun ("Un soldat français tué au Mali", "Militaires tués au Burkina", "deux policiers
/// blessés"): the subject named before it was hit, it did not act. Words are compared folded, so
/// the participle is told by its written ending, a `past_participle_mark` of the language compared
/// to the word as written ("tué", "tuée", "tués"; the present "X tue Y" has none; English has no
/// such mark, so the rule never fires there). An auxiliary (`subject_auxiliary`,
/// `passive_auxiliary`) at most three words before it in its clause makes it a tense ("ont tué",
/// "a notamment tué", "après avoir tué"), read as before.
fn bare_participle(doc: &Document, data: &LanguageData, words: &[Word], breaks: &[bool], i: usize) -> bool {
    let Some(raw) = words.get(i).and_then(|w| doc.text.get(w.span.start..w.span.end)) else { return false };
    let raw = raw.to_lowercase();
    let accented = data.past_participle_marks.iter().any(|m| raw.len() > m.len() && raw.ends_with(m.as_str()));
    let same_clause = |j: usize| (j + 1..=i).all(|k| !breaks.get(k).copied().unwrap_or(false));
    accented
        && !(i.saturating_sub(3)..i).any(|j| {
            same_clause(j) && (data.subject_auxiliaries.contains(&words[j].folded) || data.passive_auxiliaries.contains(&words[j].folded))
        })
}

/// S69: whether the trigger (word `at` of the sentence `words`) opens the rubric of the article's
/// title: the words before the title's first colon, the trigger first (after at most one word in
/// capitals, "VIDÉO."), at most `RUBRIC_WORDS` of them and no number but a date's ("Attentat de Nice : un bébé
/// retrouvé", "Attaque de Westminster : le pire évité"). A rubric names the story the article
/// follows, often days or years after the violence; what is news is told after the colon or in the
/// body (which tells the violence again when it is the article's news). Returns the rubric's span.
fn title_rubric(doc: &Document, words: &[Word], sentence: Span, at: usize) -> Option<Span> {
    let title = doc.meta.title.as_ref()?.span?;
    if !title.contains(sentence) && !sentence.contains(title) {
        return None;
    }
    let text = doc.text.get(title.start..title.end)?;
    let colon = title.start + text.find(':')?;
    let before: Vec<&Word> = words.iter().filter(|w| w.span.start >= title.start && w.span.end <= colon).collect();
    let start = words.get(at)?.span.start;
    let first = before.iter().position(|w| w.span.start >= start)?;
    let upper = |w: &Word| doc.text.get(w.span.start..w.span.end).is_some_and(|t| t.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase));
    let opens = first == 0 || (first == 1 && upper(before[0]));
    // A count is a toll ("137 morts"); the digits of a date name the story ("Attentats du 13
    // novembre :").
    let dated = |w: &Word| doc.times.iter().any(|t| t.span.contains(w.span));
    let numbered = before.iter().any(|w| w.folded.starts_with(|c: char| c.is_ascii_digit()) && !dated(w));
    (opens && before.len() - first <= RUBRIC_WORDS && !numbered && words[at].span.end <= colon).then(|| Span::new(before[first].span.start, colon))
}

/// S121: the `relative_opener` ("who", "which", "qui") that opens the relative clause the trigger
/// (word `at`) stands in, after a comma (the clause's first word) or after a `coordinator` ("et
/// qui"), not the sentence's first word, when neither the sentence nor the two before it name a
/// recent day (`recent_day_near`) and the clause holds no temporal expression, as a span.
fn relative_recall(doc: &Document, data: &LanguageData, words: &[Word], breaks: &[bool], at: usize, sentence: Span) -> Option<Span> {
    let (clause_start, clause_end) = modality::clause_of(breaks, at);
    let opener = (clause_start..at).find(|&j| {
        j > 0 && data.relative_openers.contains(&words[j].folded) && (j == clause_start || data.coordinators.contains(&words[j - 1].folded))
    })?;
    // Any temporal expression of the clause ("jeudi soir", "récemment"), or a weekday named in it,
    // dates what it tells; so does a reporting verb between the opener and the trigger: a side's
    // claim of its own recent act ("qui disaient avoir repris la ville").
    let clause = Span::new(words[clause_start].span.start, words[clause_end - 1].span.end);
    let dated = doc.times.iter().any(|t| clause.contains(t.span)) || words[clause_start..clause_end].iter().any(|w| data.weekdays.contains(&w.folded));
    let claimed = data.sources.find_all(&words[opener..at]).iter().any(|m| *data.sources.value(m.pattern) == resources::SourceCue::Verb);
    if claimed {
        return None;
    }
    (!dated && !recent_day_named(doc, sentence)).then(|| words[opener].span)
}

/// S137: a participle clause detached by commas that tells the trigger (word `at`) or the name the
/// trigger's clause ends on. The clause opens the sentence and a comma ends it ("Kidnappée à l'âge
/// de 11 ans par l'EI, Layla a retrouvé sa famille"), or a comma opens it and a comma or the
/// sentence's end closes it, an apposition ("Cantlie, seized by Isis in 2012, is alive", "un
/// opposant, torturé à mort en 2011 dans une geôle, ..."). It describes who or what the sentence is
/// about by the past when it holds a date that ended before the recent past (`background_limit`)
/// and none after, or, with the trigger as its first word, when it names its agent
/// (`agent_marker`: "by", "par") with no date at all and neither its sentence nor the two before
/// name a recent day (`recent_day_near`). A recent date in the clause keeps it ("Wounded by
/// gunfire on Tuesday, he ..."; "Blessé mardi par balle, il ..."). The trigger in the clause right
/// before such an apposition with an old date ("British hostage Cantlie, seized by Isis in 2012,")
/// is that past too when its own clause has no date and the apposition opens with a participle: a
/// `past_participle_mark` of the language (as written) or a word followed by an agent marker.
/// Returns the detached clause's span as the cue.
#[allow(clippy::too_many_arguments)]
fn detached_recall(doc: &Document, data: &LanguageData, words: &[Word], breaks: &[bool], at: usize, sentence: Span, published: jiff::civil::Date) -> Option<Span> {
    let limit = modality::background_limit(published)?;
    let gap = |j: usize, c: char| j > 0 && j < words.len() && doc.text.get(words[j - 1].span.end..words[j].span.start).is_some_and(|g| g.contains(c));
    let comma = |j: usize| gap(j, ',');
    // A comma ends the clause, or one ends the bracket right after it ("par le groupe Etat
    // islamique (EI), Layla").
    let closed = |end: usize| comma(end) || (gap(end, '(') && comma(modality::clause_of(breaks, end).1));
    // A hyphen inside a name ("al-Assad") breaks no clause here.
    let joined = |j: usize| j > 0 && j < words.len() && doc.text.get(words[j - 1].span.end..words[j].span.start) == Some("-");
    let whole = |(start, mut end): (usize, usize)| {
        while joined(end) {
            end = modality::clause_of(breaks, end).1;
        }
        (start, end)
    };
    let detached = |(start, end): (usize, usize)| end > start && if start == 0 { end < words.len() && closed(end) } else { comma(start) && (end == words.len() || closed(end)) };
    let span = |(start, end): (usize, usize)| Span::new(words[start].span.start, words[end - 1].span.end);
    let dates = |c: Span| -> Vec<&vigie_core::TimeExpr> { doc.times.iter().filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time) && c.contains(t.span)).collect() };
    let old = |t: &&vigie_core::TimeExpr| modality::ended_before(&t.value, limit);
    let agent_after = |j: usize, end: usize| words[j + 1..end].iter().any(|w| data.agent_markers.contains(&w.folded));
    let clause = whole(modality::clause_of(breaks, at));
    if clause.0 == at {
        if !detached(clause) {
            return None;
        }
        let told = dates(span(clause));
        if told.iter().any(|t| !old(t)) {
            return None;
        }
        return (!told.is_empty() || (agent_after(clause.0, clause.1) && !recent_day_near(doc, sentence))).then(|| span(clause));
    }
    // The apposition right after the trigger's clause.
    if clause.1 >= words.len() || !dates(span(clause)).is_empty() {
        return None;
    }
    let next = whole(modality::clause_of(breaks, clause.1));
    if next.0 != clause.1 || next.0 == 0 || !detached(next) {
        return None;
    }
    // S152: an apposition that ends the sentence after a trigger's clause that opens it ("L'armée
    // a repris le contrôle de Léré, tombée aux mains des jihadistes en 2012.") describes the main
    // clause's last noun: the main clause tells its own news.
    if clause.0 == 0 && next.1 >= words.len() {
        return None;
    }
    let first = &words[next.0];
    let raw = doc.text.get(first.span.start..first.span.end).unwrap_or("").to_lowercase();
    let participle = data.past_participle_marks.iter().any(|m| raw.len() > m.len() && raw.ends_with(m.as_str()))
        || words.get(next.0 + 1).is_some_and(|w| next.0 + 1 < next.1 && data.agent_markers.contains(&w.folded));
    let told = dates(span(next));
    (participle && !told.is_empty() && told.iter().all(old)).then(|| span(next))
}

/// S144: a past event named by its place and its kind, used as a name: a trigger noun after a
/// definite `name_determiner` ("the", "les", the elided "l'") and followed, at most two words on,
/// by a `name_marker` and a place ("les attentats de Paris", "les attaques jihadistes de Paris et
/// de Bruxelles", "l'accord d'Alger", "the siege of Sarajevo"), or in English with the place
/// between the determiner and the noun, every word between written with a capital ("the
/// Manchester Arena bombing", "the Srebrenica massacre"). It is a recall when the phrase does not
/// open its clause (a subject is what the sentence tells: "L'attentat de Nice a fait 86 morts"),
/// its clause names no date or time (one dates it: "les attentats de Paris vendredi"), and no
/// other sentence of the article names the place with a recent day (`recent_day`): an article
/// about the event dates it there; and the article names an old date (one that ended before
/// `background_limit`), the past it recalls. Off for a short text (`short_text`). Returns the
/// name's span as the cue.
#[allow(clippy::too_many_arguments)]
fn named_by_place(doc: &Document, data: &LanguageData, words: &[Word], breaks: &[bool], at: (usize, usize), sentence: Span, capitals: &rustc_hash::FxHashSet<String>, state_weapon: bool) -> Option<Span> {
    if short_text(doc) || at.0 >= at.1 {
        return None;
    }
    let clause = modality::clause_of(breaks, at.0);
    let definite = |w: &Word| data.name_determiners.contains(&w.folded);
    // A country names a side ("the US-led airstrikes", "the Iraq war": a campaign), and a capital
    // the state that fires ("les frappes de Moscou"): neither is the place of one event.
    let at_word = |s: Span, j: usize| s.start >= words[j].span.start && s.start < words[j].span.end;
    let fires = |s: Span| state_weapon && doc.text.get(s.start..s.end).is_some_and(|t| capitals.contains(&crate::fold::fold_phrase(t).join(" ")));
    // The place starting at word j: one the gazetteer resolved, else a name the entity stage
    // read as a location with no actor ("Nice", a town the gazetteer reads only after "à").
    let place_at = |j: usize| -> Option<Span> {
        if j >= clause.1 {
            return None;
        }
        match doc.places.iter().find(|p| at_word(p.span, j)) {
            Some(p) => p.geo.as_ref().and_then(|g| g.kind.as_deref()).is_none_or(|k| !matches!(k, "country" | "continent" | "region")).then_some(p.span),
            None => doc.entities.iter().find(|e| matches!(e.label, vigie_core::EntityLabel::Location) && e.actor.is_none() && at_word(e.span, j)).map(|e| e.span),
        }
        .filter(|&s| !fires(s))
    };
    let capital = |w: &Word| doc.text.get(w.span.start..w.span.end).and_then(|t| t.chars().next()).is_some_and(char::is_uppercase);
    // The determiner's word and the place named.
    let named: Option<(usize, Span)> = {
        let elided = words[at.0].elided().is_some_and(|e| data.name_determiners.iter().any(|d| d == e));
        let det = if elided { Some(at.0) } else { at.0.checked_sub(1).filter(|&i| definite(&words[i])) };
        let after = det.and_then(|det| {
            (at.1..(at.1 + 2).min(clause.1)).find_map(|j| {
                if data.name_markers.contains(&words[j].folded) {
                    Some(place_at(j + 1).map(|p| (det, p)))
                } else if words[j].elided().is_some_and(|e| data.name_markers.iter().any(|m| m == e)) {
                    Some(place_at(j).map(|p| (det, p)))
                } else {
                    None
                }
            })?
        });
        after.or_else(|| {
            // Before the noun: "the Manchester Arena bombing".
            (at.0.saturating_sub(4)..at.0.saturating_sub(1)).find_map(|k| {
                (k >= clause.0 && definite(&words[k]) && words[k + 1..at.0].iter().all(capital))
                    .then(|| (k + 1..at.0).find_map(place_at).map(|p| (k, p)))
                    .flatten()
            })
        })
    };
    let (det, place) = named?;
    if det <= clause.0 {
        return None;
    }
    let clause_span = Span::new(words[clause.0].span.start, words[clause.1 - 1].span.end);
    if doc.times.iter().any(|t| matches!(t.kind, TimexType::Date | TimexType::Time) && clause_span.contains(t.span)) {
        return None;
    }
    // The article tells the event as news when another of its sentences names the place with a
    // recent day ("Un homme a ouvert le feu mardi soir à Strasbourg").
    let name = doc.text.get(place.start..place.end)?;
    let told_recent = doc.sentences.iter().any(|s| {
        s.span != sentence
            && s.span.slice(&doc.text).is_some_and(|t| t.contains(name))
            && doc.times.iter().any(|t| t.kind == TimexType::Date && s.span.contains(t.span) && day_or_span(&t.value).is_some_and(|d| recent_day(doc, &d)))
    });
    // And the past it recalls is old: the article names a day, a month or a year that ended
    // before the recent past ("le 14 juillet 2016", "in March"); a name alone, days after the
    // event ("bouleversé par l'attentat de Barcelone"), may be the article's news.
    let limit = doc.meta.published.as_ref().and_then(|p| modality::background_limit(p.date))?;
    let old_date = doc.times.iter().any(|t| t.kind == TimexType::Date && modality::ended_before(&t.value, limit));
    (!told_recent && old_date).then(|| Span::new(words[det].span.start, place.end.max(words[at.1 - 1].span.end)))
}

/// S82: the pluperfect auxiliary (`pluperfect_auxiliary`: "avait", "avaient") at most
/// `PLUPERFECT_REACH` words before the trigger (word `at`) in its clause ("avait tué", "avait été
/// tué", "avait d'abord été tué"), as a word index.
fn pluperfect(data: &LanguageData, words: &[Word], breaks: &[bool], at: usize) -> Option<usize> {
    let (clause_start, _) = modality::clause_of(breaks, at);
    (at.saturating_sub(PLUPERFECT_REACH).max(clause_start)..at).rev().find(|&j| data.pluperfect_auxiliaries.contains(&words[j].folded))
}

/// S111: whether a reporting verb (`event-sources.tsv`, kind verb) ends at most
/// `PLUPERFECT_SPEECH_REACH` words before the pluperfect auxiliary (word `aux`): "said it had",
/// "said my wife had", "a déclaré que l'armée avait".
fn said_right_before(data: &LanguageData, words: &[Word], aux: usize) -> bool {
    data.sources
        .find_all(&words[aux.saturating_sub(PLUPERFECT_SPEECH_REACH + 3)..aux])
        .iter()
        .any(|m| *data.sources.value(m.pattern) == resources::SourceCue::Verb && aux.saturating_sub(PLUPERFECT_SPEECH_REACH + 3) + m.end + PLUPERFECT_SPEECH_REACH >= aux)
}

/// S111: how many words may stand between a reporting verb and the pluperfect it reports (three:
/// "said my wife had").
const PLUPERFECT_SPEECH_REACH: usize = 3;

/// S82: how far before its trigger the pluperfect auxiliary may stand (three words between).
const PLUPERFECT_REACH: usize = 4;

/// S90: the pluperfect auxiliary right after the trigger (ending before word `end`), or after one
/// word, in its clause: the trigger is the subject of the pluperfect ("les attaques avaient fait
/// 130 morts", "l'attentat n'avait pas été revendiqué"), as a span.
fn pluperfect_after(data: &LanguageData, words: &[Word], breaks: &[bool], end: usize) -> Option<Span> {
    let (_, clause_end) = modality::clause_of(breaks, end - 1);
    (end..(end + PLUPERFECT_AFTER).min(clause_end))
        .find(|&j| data.pluperfect_auxiliaries.contains(&words[j].folded))
        .map(|j| words[j].span)
}

/// S90: whether reported speech opens before the trigger in its sentence (a `reported_that` word,
/// written or elided: "a déclaré que des raids avaient visé", "a dit qu'une attaque avait"): its
/// pluperfect is the sequence of tenses, the recent past reported, not the past recalled.
fn reported(data: &LanguageData, before: &[Word]) -> bool {
    before.iter().any(|w| data.reported_that.contains(&w.folded) || w.elided().is_some_and(|e| data.reported_that.iter().any(|r| r == e)))
}

/// S90: how far after its trigger the pluperfect auxiliary may stand (one word between).
const PLUPERFECT_AFTER: usize = 2;

/// S69: the most words a title's rubric holds ("Attentat à la préfecture de police de Paris").
const RUBRIC_WORDS: usize = 8;

/// S36: the `past_news` cue of the article's title ("Procès des attentats de janvier 2015 : ...",
/// "Cinq ans après « Charlie », ..."), when the title is part of the text: the article's own news
/// is a trial or an anniversary, whose violence is the past (a title's recent day is the
/// hearing's: "Procès Charlie : les premiers témoignages attendus mardi").
fn past_news(doc: &Document, data: &LanguageData, pool: &fold::WordsPool) -> Option<Span> {
    let title = doc.meta.title.as_ref()?.span?;
    let mut words = pool.take();
    words.read(&doc.text, title);
    let cue = data.past_news.find_all(&words).into_iter().next().map(|m| Span::new(words[m.start].span.start, words[m.end - 1].span.end));
    // S90: or a violent event the title names by an old date written with its year, at most
    // `PAST_NAMED_REACH` words after its noun ("Attentats de janvier 2015 : ...", "Attentat de
    // Bologne en 1980"), not opening a period ("42 militaires tués depuis 2013" counts to today).
    let cue = cue.or_else(|| {
        let limit = modality::background_limit(doc.meta.published.as_ref()?.date)?;
        let at = |span: Span| words.iter().position(|w| w.span.start >= span.start);
        data.past_named.find_all(&words).into_iter().find_map(|m| {
            doc.times
                .iter()
                .filter(|t| title.contains(t.span) && t.span.start >= words[m.end - 1].span.end)
                .filter(|t| doc.text[t.span.start..t.span.end].split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4))
                .filter(|t| modality::ended_before(&t.value, limit))
                .filter(|t| at(t.span).is_some_and(|i| i >= m.end && i - m.end < PAST_NAMED_REACH && data.open_periods.find_all(&words[m.end..=i]).is_empty()))
                .map(|t| Span::new(words[m.start].span.start, t.span.end))
                .next()
        })
    });
    pool.give(words);
    cue
}

/// S90: how many words may stand between a title's event noun and the old date that names it
/// ("Attentat de Bologne en 1980": three).
const PAST_NAMED_REACH: usize = 4;

/// S47: whether a trigger told in the present perfect (a `perfect_auxiliary` in its clause: "have
/// been killed", "air strikes ... have killed") counts over a campaign, a war or a long period: a
/// `campaign` pattern in its clause ("in the bombardment of Afrin", "during the seven-year-long
/// conflict"), or a duration of weeks, months or years in its sentence ("In the last few weeks",
/// "in the past three years"). A recent date or a count of days in the clause keeps the news ("have
/// been killed in the first three days of the offensive", "attacks this week have killed 250").
/// Returns the cue.
///
/// Whatever the tense, an open period ("since") after the trigger in its clause that opens on an old
/// date counts since then ("RAF airstrikes killed 4,315 fighters since 2014"); in the present
/// perfect, any open period of the clause does ("have been raped since the group swept into
/// Sinjar") unless the clause names a recent date ("have been killed since Monday").
/// `all_opens`: the sentence's open periods (S124: found once for the rules that read them).
#[allow(clippy::too_many_arguments)]
fn campaign_toll(
    doc: &Document,
    data: &LanguageData,
    words: &[Word],
    breaks: &[bool],
    trigger: (usize, usize),
    sentence: Span,
    timexes: &[modality::Timex],
    published: jiff::civil::Date,
    all_opens: &[lexicon::Match],
) -> Option<Span> {
    if words.is_empty() {
        return None;
    }
    let limit = modality::background_limit(published)?;
    let clause = modality::clause_of(breaks, trigger.0);
    let own = &words[clause.0..clause.1];
    let opens: Vec<_> = all_opens.iter().copied().filter(|m| m.start >= clause.0 && m.end <= clause.1).collect();
    let recent = timexes.iter().any(|t| !modality::ended_before(t.value, limit));
    // "the deadliest attack since 2015", "for the first time since the Cold War", "its first major
    // assault for months": one event measured against the period (a `period_contrast` word at most
    // five words before it in its clause), not a count over it.
    let contrasted = |at: usize| {
        let clause = modality::clause_of(breaks, at);
        words[clause.0.max(at.saturating_sub(5))..at].iter().any(|w| data.period_contrasts.contains(&w.folded))
    };
    let opens: Vec<_> = opens.into_iter().filter(|m| !contrasted(m.start)).collect();
    for m in opens.iter().filter(|m| m.start >= trigger.1 && !recent) {
        let opened = timexes.iter().find(|t| modality::in_open_period(data, m, t.start));
        if opened.is_some_and(|t| modality::ended_before(t.value, limit)) {
            return Some(Span::new(words[m.start].span.start, words[m.end - 1].span.end));
        }
    }
    // S109: whatever the tense and the language, an open period before the trigger in its sentence
    // that opens on an old date, with no recent date in the sentence, counts since then ("Since
    // 2014, hundreds of civilians have been killed", "Depuis avril 2019, des centaines de personnes
    // ont été tuées dans les combats"), unless the date dates a clause a time subordinator opens
    // ("since early 2014 when it was ousted by a rebel assault": the past recalled, left to
    // `modality::background`).
    if !recent {
        let before = all_opens.iter().copied().filter(|m| m.end <= trigger.0 && !contrasted(m.start));
        for m in before {
            let opened = timexes.iter().find(|t| modality::in_open_period(data, &m, t.start));
            if opened.is_some_and(|t| modality::ended_before(t.value, limit) && !modality::dates_subordinate(data, words, t.start, trigger, clause.0)) {
                return Some(Span::new(words[m.start].span.start, words[m.end - 1].span.end));
            }
        }
    }
    if data.perfect_auxiliaries.is_empty() {
        return None;
    }
    // The clause's perfect, not that of a relative clause after the trigger ("clashed with
    // militants who have occupied the village since 2015"). An auxiliary inside a trigger ("have
    // attacked") is the clause's own.
    let perfect = (clause.0..clause.1).any(|i| {
        data.perfect_auxiliaries.contains(&words[i].folded)
            && (i < trigger.1 || !words[trigger.1..i].iter().any(|w| data.relative_pronouns.contains(&w.folded)))
    });
    if !perfect {
        return None;
    }
    let clause_span = Span::new(own[0].span.start, own[own.len() - 1].span.end);
    let days = |v: &str| v.starts_with('P') && (v.ends_with('D') || v.contains('T'));
    // S109: a year or a month in progress ("this year", "so far this month", "in 2018" said in
    // 2018) counts over it: no day of the news.
    let in_progress = |t: &vigie_core::TimeExpr| {
        t.kind == TimexType::Date
            && (t.value.len() == 4 || (t.value.len() == 7 && t.value.as_bytes()[4] == b'-' && t.value[5..].bytes().all(|b| b.is_ascii_digit())))
            && modality::period_start(&t.value).is_some_and(|start| start <= published)
            && modality::period_end(&t.value).is_some_and(|end| end >= published)
    };
    let keeps = doc.times.iter().filter(|t| clause_span.contains(t.span) && !in_progress(t)).any(|t| match t.kind {
        TimexType::Date | TimexType::Time => !t.value.ends_with("_REF") && !modality::ended_before(&t.value, limit),
        TimexType::Duration => days(&t.value),
        _ => false,
    });
    if keeps {
        return None;
    }
    if let Some(m) = data.campaigns.find_all(own).into_iter().next() {
        return Some(Span::new(own[m.start].span.start, own[m.end - 1].span.end));
    }
    if let Some(t) = doc.times.iter().find(|t| clause_span.contains(t.span) && in_progress(t)) {
        return Some(t.span);
    }
    // After the trigger: "has since seized" is "since then", no count.
    if let Some(m) = opens.iter().find(|m| m.start >= trigger.1).filter(|_| !recent) {
        return Some(Span::new(words[m.start].span.start, words[m.end - 1].span.end));
    }
    let long = |v: &str| v.starts_with('P') && !v.contains('T') && (v.ends_with('W') || v.ends_with('M') || v.ends_with('Y'));
    let duration_contrasted = |t: &vigie_core::TimeExpr| words.iter().position(|w| w.span.start >= t.span.start).is_some_and(contrasted);
    doc.times.iter().find(|t| t.kind == TimexType::Duration && sentence.contains(t.span) && long(&t.value) && !duration_contrasted(t)).map(|t| t.span)
}

/// S123: how many words may stand between a war, a conflict or an epidemic named (a `campaign`
/// row, `event-words.tsv`) or an open period on an old date ("since 2011") and the casualty word
/// whose count is its toll ("la guerre débutée en 2003 a fait dans les premières années au moins
/// 300.000 morts": eleven).
const TOLL_HOLDER_WORDS: usize = 12;

/// S123: the casualty words of a sentence whose counts may be its event's toll: a count of the dead
/// or the hurt that a war, a conflict, a campaign or an epidemic holds, or that counts since an old
/// date, is a background figure, no event's toll. A killed or injured word is left out when, with
/// the trigger (words `trigger`, none for a sentence that only tells a toll) not standing between
/// them and not the word itself:
/// - a `campaign` row stands before it, at most [`TOLL_HOLDER_WORDS`] words before or in its
///   clause, as what did the killing ("a war that has killed 300,000", "the conflict has left more than 10,000 dead",
///   "la guerre ... a fait 300.000 morts"); in a language with `perfect_auxiliary` words, one of
///   them stands between ("In the bombardment, five civilians were killed" is the event's toll);
/// - a `campaign` row follows it within three words ("300,000 people have died in the war", "morts
///   dans le conflit"), with a `perfect_auxiliary` before it in its clause where the language lists
///   them ("five civilians were killed in the bombardment" is the event's toll);
/// - an open period on a date older than the recent past stands within [`TOLL_HOLDER_WORDS`]
///   words of it ("have been killed since 2011", "depuis 2012").
fn event_tolls(doc: &Document, data: &LanguageData, words: &[Word], breaks: Option<&[bool]>, sentence: Span, trigger: Option<(usize, usize)>, casualties: &[lexicon::Match]) -> Vec<lexicon::Match> {
    let counted = |m: &lexicon::Match| matches!(data.casualties.value(m.pattern), CasualtyWord::Killed | CasualtyWord::Injured);
    if !casualties.iter().any(counted) {
        return casualties.to_vec();
    }
    let campaigns = data.campaigns.find_all(words);
    // The sentence's clause breaks: the caller's when it has them (`code`), else read here, only
    // for a sentence that counts someone.
    let read;
    let breaks = match breaks {
        Some(breaks) => breaks,
        None => {
            read = clause_breaks(&doc.text, words);
            &read
        }
    };
    let perfect = |from: usize, to: usize| data.perfect_auxiliaries.is_empty() || words[from..to].iter().any(|w| data.perfect_auxiliaries.contains(&w.folded));
    // Whether the trigger stands in words `from..to`.
    let between = |from: usize, to: usize| trigger.is_some_and(|t| t.0 >= from && t.1 <= to);
    let limit = doc.meta.published.as_ref().and_then(|p| modality::background_limit(p.date));
    let timexes = timex_words(doc, words, sentence);
    let old_periods: Vec<lexicon::Match> = data
        .open_periods
        .find_all(words)
        .into_iter()
        .filter(|m| {
            timexes
                .iter()
                .filter(|t| modality::in_open_period(data, m, t.start))
                .any(|t| limit.is_some_and(|l| modality::ended_before(t.value, l)))
        })
        .collect();
    let clause = |at: usize| modality::clause_of(breaks, at);
    let background = |k: &lexicon::Match| {
        if trigger.is_some_and(|t| k.start < t.1 && t.0 < k.end) {
            return false;
        }
        let held = campaigns.iter().any(|c| {
            (c.end <= k.start && (k.start - c.end <= TOLL_HOLDER_WORDS || clause(c.start) == clause(k.start)) && !between(c.start, k.start) && perfect(c.start, k.start))
                || (c.start >= k.end && c.start - k.end <= 3 && !between(k.start, c.end) && perfect(clause(k.start).0, k.start))
        });
        let since = old_periods.iter().any(|m| {
            (m.end <= k.start && k.start - m.end <= TOLL_HOLDER_WORDS && !between(m.start, k.start))
                || (m.start >= k.end && m.start - k.end <= TOLL_HOLDER_WORDS && !between(k.start, m.end))
        });
        // S145: a count over a whole year named after it ("ont fait 4.000 morts au Mali l'an
        // dernier", "killed 4,000 people in 2019"): the year's total, no event's toll.
        let yearly = timexes.iter().any(|t| {
            t.value.len() == 4 && t.value.bytes().all(|b| b.is_ascii_digit()) && t.start >= k.end && t.start - k.end <= TOLL_HOLDER_WORDS && !between(k.start, t.start)
        });
        held || since || yearly
    };
    casualties.iter().filter(|k| !counted(k) || !background(k)).cloned().collect()
}

/// How many sentences back a sentence with no date of its own looks for the dates that date it
/// (news-en-guardian: three sentences back also take recent events told after a dated aside).
const NARRATIVE_SENTENCES: usize = 2;

/// S30: narrative time. A sentence with no date or time of its own (not even "now", "yesterday",
/// "this week", a weekday) whose `NARRATIVE_SENTENCES` sentences before it in its paragraph name
/// dates, all of them ending more than `BACKGROUND_DAYS` before the publication, goes on telling
/// the past those dates opened ("In 2014, Isis swept across northern Iraq. Its fighters
/// captured Mosul."): background. A date right after an open period ("since 2011"), or at most
/// three words after a determiner in its clause ("the one of 22 July 2011", "celle du 22 juillet
/// 2011", "the 2003 invasion": a thing named by its date), is passed over; a recent date there ("On 6 May, ... protest. ... jailed in December 2019.
/// Police dispersed them.") or a present or past reference ("now", "recently") tells today's
/// story; a day named without a digit (a guessed year) is not old. Returns the nearest old date.
fn narrative_background(doc: &Document, data: &LanguageData, sentence: Span, paragraph: usize, published: jiff::civil::Date, pool: &fold::WordsPool) -> Option<Span> {
    let limit = modality::background_limit(published)?;
    let timed = |s: Span| doc.times.iter().filter(move |t| matches!(t.kind, TimexType::Date | TimexType::Time) && s.contains(t.span));
    if timed(sentence).next().is_some() {
        return None;
    }
    let earlier = doc.sentences.iter().rev().filter(|s| s.span.end <= sentence.start && s.span.start >= paragraph);
    let mut cue = None;
    // The words of each sentence read, into one pooled buffer.
    let mut buffer = pool.take();
    for s in earlier.take(NARRATIVE_SENTENCES) {
        // A sentence with no date states none (`stated` below is empty): its words are not read.
        if timed(s.span).next().is_none() {
            continue;
        }
        buffer.read(&doc.text, s.span);
        let words: &[Word] = &buffer;
        let opens = data.open_periods.find_all(words);
        let opened = |span: Span| {
            words.iter().position(|w| w.span.start >= span.start).is_some_and(|i| {
                opens.iter().any(|m| modality::in_open_period(data, m, i))
            })
        };
        // A date after a determiner, at most three words on in its clause, names a thing ("the
        // 2003 invasion", "celle du 22 juillet 2011", "the one of 22 July 2011"), not the time
        // the story is told in.
        let breaks = clause_breaks(&doc.text, words);
        let named = |span: Span| {
            words.iter().position(|w| w.span.start >= span.start).is_some_and(|i| {
                (i.saturating_sub(3)..i).rev().take_while(|&j| !breaks[j + 1]).any(|j| data.determiners.contains(&words[j].folded))
            })
        };
        let stated: Vec<_> = timed(s.span).filter(|t| !opened(t.span) && !named(t.span)).collect();
        if stated.is_empty() {
            continue;
        }
        let old = |t: &&vigie_core::TimeExpr| {
            let named_day = t.value.len() >= 10 && !doc.slice(t.span).contains(|c: char| c.is_ascii_digit());
            !named_day && modality::ended_before(&t.value, limit)
        };
        if !stated.iter().all(old) {
            cue = None;
            break;
        }
        cue.get_or_insert(stated[0].span);
    }
    pool.give(buffer);
    cue
}

/// S196: the time words with the `time_prepositions` (at most two) right before each time
/// expression; `None` when there are none.
fn time_prepositions(data: &LanguageData, words: &[Word], time_words: &[bool]) -> Option<Vec<bool>> {
    if time_words.is_empty() || data.time_prepositions.is_empty() {
        return None;
    }
    let mut out = time_words.to_vec();
    for i in 1..words.len() {
        if time_words[i] && !time_words[i - 1] {
            for j in (i.saturating_sub(2)..i).rev() {
                if !data.time_prepositions.contains(&words[j].folded) {
                    break;
                }
                out[j] = true;
            }
        }
    }
    (out != time_words).then_some(out)
}

/// S196: the words of the sentence's dates and times (not durations or sets: "for three days",
/// "every Friday"), which trigger patterns read through (`Lexicon::find_all_through`); empty when
/// the sentence holds none.
fn trigger_time_words(doc: &Document, words: &[Word]) -> Vec<bool> {
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return Vec::new() };
    let near: Vec<Span> = doc
        .times
        .iter()
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time) && t.span.end >= first.span.start && t.span.start <= last.span.end)
        .map(|t| t.span)
        .collect();
    if near.is_empty() {
        return Vec::new();
    }
    words.iter().map(|w| near.iter().any(|t| t.contains(w.span))).collect()
}

/// For each word, whether it lies inside a temporal expression ("On 8 May 2020": the 8 is no count).
fn in_date(doc: &Document, words: &[Word]) -> Vec<bool> {
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return Vec::new() };
    // Only the expressions that reach into the sentence's words can hold one of them.
    let near: Vec<Span> = doc.times.iter().map(|t| t.span).filter(|t| t.end >= first.span.start && t.start <= last.span.end).collect();
    words.iter().map(|w| near.iter().any(|t| t.contains(w.span))).collect()
}

/// actor1 (who acts) and actor2 (who is acted on): in the active voice the first actor before the
/// trigger (or the actor word the trigger is part of: "unknown attackers killed") and the first
/// after it; the agent of a passive verb ("par", "by" at most three words before a party: "killed by
/// two armed men", "hit by a Taliban-planted landmine") acts, wherever the trigger stands, and the
/// party before it was hit. Civilians do not act: named before the trigger, they are its victims
/// ("26 civils ont été tués dans des bombardements du régime"). "Between X and Y" names both sides.
/// When the event is one two parties make together (`coordinated`: an agreement), both are named
/// before the verb. Two phrases side by side ("le président américain Donald Trump") name one
/// actor; a common noun of the same kind as a named actor1 ("l'État islamique ... des jihadistes")
/// names it again, and is actor2 only when no other party is named after the trigger. The third
/// value is the party joined to actor1 by a coordinator before the verb ("GNA and LNA forces
/// clashed"): the other side of a battle, when the sentence names no other.
/// S49: the document's possible parties, found once and sorted by where they start: actor phrases
/// with a kind; named people and organisations with a kind or a country (a place name is where
/// something happens, not who does it). Each event's sentence takes its window with a binary search
/// instead of going through every mention and entity of the document. The sort is stable and the
/// mentions come first, so a sentence's window keeps the order the phrases were found in.
/// Every actor the document names, by mention or by entity, with its span (in no order).
fn actor_spans(doc: &Document) -> impl Iterator<Item = (Span, &ActorRef)> {
    doc.mentions.iter().map(|m| (m.span, &m.actor)).chain(doc.entities.iter().filter_map(|e| e.actor.as_ref().map(|a| (e.span, a))))
}

/// S124: the matches of the cue lists that an event sentence's rules read more than once, found
/// once per sentence by `run` and passed on.
#[derive(Clone, Copy)]
struct SentenceMatches<'a> {
    /// The trigger matches (`data.triggers`).
    triggers: &'a [lexicon::Match],
    /// The non-event cues (`data.non_events`).
    non_events: &'a [lexicon::Match],
    /// The source cues (`data.sources`).
    sources: &'a [lexicon::Match],
    /// The casualty words (`data.casualties`).
    casualties: &'a [lexicon::Match],
    /// The `past_news` cue of the article's title in the sentence's language, read the first
    /// time a rule needs it (it is the document's, not the sentence's).
    past_news: &'a std::cell::OnceCell<Option<Span>>,
}

pub(crate) struct Candidates<'d> {
    spans: Vec<(Span, &'d ActorRef)>,
}

impl<'d> Candidates<'d> {
    pub(crate) fn new(doc: &'d Document) -> Self {
        let mut spans: Vec<(Span, &ActorRef)> = doc
            .mentions
            .iter()
            .filter(|m| m.actor.inter.is_some())
            .map(|m| (m.span, &m.actor))
            .chain(
                doc.entities
                    .iter()
                    .filter(|e| e.label != vigie_core::EntityLabel::Location)
                    .filter_map(|e| e.actor.as_ref().filter(|a| a.inter.is_some() || a.country.is_some()).map(|a| (e.span, a)))
                    // S161: a name linked to a country's land (kind `geo`, "the Iraqi border")
                    // names no actor (S64), whatever name the linking lent it.
                    .filter(|(_, a)| !a.id.as_deref().is_some_and(|id| id.starts_with(GEO_KIND))),
            )
            .collect();
        spans.sort_by_key(|(s, _)| s.start);
        Self { spans }
    }

    /// The candidates that lie inside `within`, in the order of [`Candidates::new`].
    pub(crate) fn within(&self, within: Span) -> impl Iterator<Item = (Span, &'d ActorRef)> + '_ {
        let from = self.spans.partition_point(|(s, _)| s.start < within.start);
        self.spans[from..].iter().take_while(move |(s, _)| s.start <= within.end).filter(move |(s, _)| within.contains(*s)).copied()
    }
}

/// S97: the parties of a sentence that are no side of the event its trigger tells, dropped before
/// the sides are chosen:
/// - who reacts to an act of violence (a battle, an explosion, violence against civilians: not
///   "security forces made progress after the seizure of weapons", their own act) told after a
///   cause marker ("Le ministère a placé le Niger en zone
///   rouge, après l'attaque", "the government declared a curfew following the bombing"): the
///   parties before the marker, when the marker stands right before the trigger told as a noun (at
///   most two words between, one a determiner, no party, no clause mark; not "IS militants cut the
///   power after detonating three towers": the subject's own act), unless a death or a wound is told of them before the
///   marker ("two soldiers died after an attack on their convoy": they were hit in it);
/// - who speaks of it: a party followed by a reporting verb (`verb` of event-sources.tsv) that
///   comes before the trigger, right after the party or after an apposition set off by commas
///   ("Recep Tayyip Erdoğan, Turkey's president, announced the move as a Turkish military assault
///   ... continued"), and the apposition's own parties. (A reporting verb right after its subject
///   is already a source: [`modality::sources`].)
fn not_sides(
    doc: &Document,
    data: &LanguageData,
    words: &[Word],
    breaks: &[bool],
    (trigger, violent): (Span, bool),
    (source_cues, casualties): (&[lexicon::Match], &[lexicon::Match]),
    parties: &mut Vec<(Span, &ActorRef)>,
) {
    let word_at = |pos: usize| words.iter().position(|w| w.span.end > pos).unwrap_or(words.len());
    // S140: a force named inside a `jurisdiction` phrase ("in Dhing village under Dhing police
    // station", "under Koya police station limits") names the area where it happened, no side.
    let areas: Vec<Span> = data.jurisdictions.find_all(words).iter().map(|m| Span::new(words[m.start].span.start, words[m.end - 1].span.end)).collect();
    parties.retain(|(s, a)| a.inter != Some(1) || !areas.iter().any(|area| area.contains(*s)));
    let at = word_at(trigger.start);
    if at >= words.len() {
        return;
    }
    let broken = |k: usize| breaks.get(k).copied().unwrap_or(false);
    let determiner = |k: usize| {
        data.determiners.contains(&words[k].folded) || words[k].elided().is_some_and(|e| data.determiners.iter().any(|d| d == e))
    };
    let marker = (at.saturating_sub(3)..at).rev().find(|&j| data.cause_markers.contains(&words[j].folded)).filter(|&j| {
        violent
            && (j + 1..=at).all(|k| !broken(k))
            && (j + 1..=at).any(determiner)
            && !parties.iter().any(|(s, _)| s.start >= words[j].span.end && s.start < trigger.start)
    });
    if let Some(j) = marker {
        let hit = |s: Span| {
            let last = word_at(s.end.saturating_sub(1));
            casualties.iter().any(|m| m.start >= last && m.end <= j && matches!(data.casualties.value(m.pattern), CasualtyWord::Killed | CasualtyWord::Injured))
        };
        let from = words[j].span.start;
        parties.retain(|(s, _)| s.end > from || hit(*s));
    }
    let own_act = |end: usize| own_act(data, words, end, at);
    let said: Vec<(usize, usize)> = source_cues
        .iter()
        .filter(|m| *data.sources.value(m.pattern) == resources::SourceCue::Verb && m.end <= at && !own_act(m.end))
        .map(|m| (m.start, m.end))
        .collect();
    let verbs: Vec<usize> = said.iter().map(|(start, _)| *start).collect();
    if verbs.is_empty() {
        return;
    }
    // S106: who is spoken to is no side: a party at most four words after a reporting verb
    // before the trigger, in its clause, followed before the trigger by the words that open what
    // is said (a `reported_that` word: "a dit à son homologue Erdogan que l'offensive turque") or
    // by the subject of what is said, another party after a word that opens a clause
    // (`reported_that`, `time_subordinator`: "Macron told his counterpart Erdogan on Tuesday that
    // Turkish airstrikes had killed"; no coordinator, agent marker or clause mark between them).
    // Not the subject of what is said ("said the army attacked", "said JNIM or ISGS militants").
    let word_of = |pos: usize| words.iter().position(|w| w.span.end > pos).unwrap_or(words.len());
    let clear = |from: usize, to: usize| (from + 1..=to).all(|k| !broken(k));
    let opens_speech = |k: usize| data.reported_that.contains(&words[k].folded) || words[k].elided().is_some_and(|e| data.reported_that.iter().any(|r| r == e));
    let spoken_to: Vec<Span> = parties
        .iter()
        .enumerate()
        .filter(|(i, (s, _))| {
            let (first, last) = (word_of(s.start), word_of(s.end.saturating_sub(1)));
            let after_verb = said.iter().any(|&(_, end)| end <= first && first - end <= 4 && (end..=last).all(|k| !broken(k)));
            // (The subject may hold the trigger: "Turkish airstrikes".)
            let next = parties.get(i + 1).filter(|(n, _)| n.start <= trigger.start && {
                let (from, to) = (last + 1, word_of(n.start));
                clear(last, to)
                    && !(from..to).any(|k| data.coordinators.contains(&words[k].folded) || data.agent_markers.contains(&words[k].folded))
                    && (from..to).any(|k| opens_speech(k) || data.time_subordinators.contains(&words[k].folded))
            });
            after_verb && last < at && (next.is_some() || (last + 1..at).any(opens_speech))
        })
        .map(|(_, (s, _))| *s)
        .collect();
    parties.retain(|(s, _)| !spoken_to.contains(s));
    // The apposition between a party and its verb: one comma-free phrase of at most eight words
    // between two commas.
    let apposition = |gap: &str| {
        let gap = gap.trim();
        gap.len() > 2
            && gap.starts_with(',')
            && gap.ends_with(',')
            && !gap[1..gap.len() - 1].contains([',', '.', ';', ':', '"', '\u{201c}', '\u{201d}'])
            && gap[1..gap.len() - 1].split_whitespace().count() <= 8
    };
    let mut speakers: Vec<Span> = Vec::new();
    for (s, _) in parties.iter() {
        for &v in &verbs {
            let start = words[v].span.start;
            let Some(gap) = doc.text.get(s.end..start).filter(|_| s.end <= start) else { continue };
            if apposition(gap) {
                speakers.push(Span::new(s.start, start));
            }
        }
    }
    parties.retain(|(s, _)| !speakers.iter().any(|sp| sp.contains(*s)));
}

/// S97: a speaker that tells its own act ("said it had reclaimed", "said that they", "a annoncé
/// avoir tué", "a indiqué qu'elle avait", "said on Sunday it had") is a side, not only a source: a
/// `self_report` word at most three words after its reporting verb (which ends before word `end`)
/// and at most three words before the trigger (word `trigger`): not "said it had proof that the
/// regime was responsible for the attack", not "said it has 500 troops ... fighting IS".
fn own_act(data: &LanguageData, words: &[Word], end: usize, trigger: usize) -> bool {
    let self_report = |k: usize| words.get(k).is_some_and(|w| data.self_report.iter().any(|x| *x == w.folded || w.bare.as_ref() == Some(x)));
    (end..end + 3).any(|k| self_report(k) && k < trigger && trigger - k <= 3)
}

#[allow(clippy::too_many_arguments)]
fn actors(
    stage: &EventStage,
    doc: &Document,
    data: &LanguageData,
    words: &[Word],
    breaks: &[bool],
    sentence: Span,
    trigger: Span,
    sources: &[Source],
    (source_cues, casualties): (&[lexicon::Match], &[lexicon::Match]),
    (coordinated, fighting, violent): (bool, bool, bool),
    candidates: &Candidates<'_>,
) -> (Option<ActorRef>, Option<ActorRef>, Option<ActorRef>) {
    // The actor phrases and named actors of the sentence ([`Candidates`]).
    let mut in_sentence: Vec<(Span, &ActorRef)> = candidates
        .within(sentence)
        // The dateline and the agency credits say who reports, not who acts.
        .filter(|(span, _)| !doc.meta.dateline.as_ref().is_some_and(|d| d.span.overlaps(*span)))
        .filter(|(span, _)| !doc.meta.agencies.iter().any(|a| a.span.overlaps(*span)))
        // Who reports is the source, not an actor ("the OSCE SMM observed", "according to X").
        .filter(|(span, _)| {
            !sources.iter().any(|s| {
                // S97: the speaker before its verb that tells its own act stays a party.
                let after = words.iter().position(|w| w.span.start >= s.span.end).unwrap_or(words.len());
                let own = s.name.end < s.span.end && s.name.contains(*span) && own_act(data, words, after, words.iter().position(|w| w.span.end > trigger.start).unwrap_or(words.len()));
                s.span.overlaps(*span) && !own
            })
        })
        // A news agency reports ("a indiqué à l'AFP"), it does not act. S220: unless its name is
        // also an armed group's of a country the document's places lie in ("AA", Anadolu's
        // credit and the Arakan Army, in a note on Rakhine State).
        .filter(|(span, a)| {
            let armed_here = a.inter.is_some_and(|i| matches!(i, 2..=4))
                && a.country.as_ref().is_some_and(|c| doc.places.iter().any(|p| p.geo.as_ref().is_some_and(|g| g.country.as_ref() == Some(c))));
            armed_here || !stage.is_agency(doc, *span)
        })
        // S37: a medium or a company of no ACLED actor type publishes or hosts ("told the Times",
        // "said on Twitter"): never a party (ACLED codes the people of one who are hit as civilians).
        .filter(|(_, a)| !(a.inter.is_none() && a.plover.as_deref().is_some_and(|p| NOT_PARTIES.contains(&p))))
        // S37: a word the places stage resolved to a place in another country than the actor's own,
        // a country the article names other places of, is that place, a homonym of the actor's name
        // ("Douma" in Syria, not Russia's State Duma). A place alone of its country may be a
        // gazetteer's namesake of the actor ("Houthi" read as a village in India).
        .filter(|(span, a)| {
            fn geo(p: &vigie_core::Place) -> Option<&GeoRef> {
                p.geo.as_ref().filter(|g| g.country.is_some())
            }
            !doc.places.iter().any(|p| {
                p.span == *span
                    && a.country.is_some()
                    && geo(p).is_some_and(|g| {
                        g.country != a.country
                            && doc.places.iter().any(|q| geo(q).is_some_and(|h| h.country == g.country && h.geonameid != g.geonameid))
                    })
            })
        })
        // S64: a name inside a phrase that names no actor ("near the Turkish border", "des villes
        // syriennes": a role of kind `geo`, no ACLED actor type and no PLOVER type) is no side.
        .filter(|(span, _)| {
            !doc.mentions.iter().any(|m| m.actor.inter.is_none() && m.actor.plover.is_none() && m.span.contains(*span) && m.span != *span)
        })
        // S135: in an agreement (`coordinated`), the prisoners or hostages it frees are what is
        // exchanged, not a party to it ("Kaboul libère 900 prisonniers talibans", "a prisoner
        // swap between the Taliban and the US"): the sides are who free and who are freed for.
        .filter(|(_, a)| !(coordinated && a.id.as_deref() == Some(HELD)))
        // "anti-Houthi forces" are not the Houthis.
        // (Only ASCII letters lowercase to "anti-": the five bytes before the span are compared
        // without lowercasing the whole text before it.)
        .filter(|(span, _)| {
            !(span.start >= 5
                && doc.text.is_char_boundary(span.start)
                && doc.text.as_bytes()[span.start - 5..span.start].eq_ignore_ascii_case(b"anti-"))
        })
        .collect();
    // Longest first, then drop what a longer phrase already covers; then text order.
    in_sentence.sort_by_key(|(s, _)| (std::cmp::Reverse(s.len()), s.start));
    let mut kept: Vec<(Span, &ActorRef)> = Vec::new();
    for (span, actor) in in_sentence {
        if !kept.iter().any(|(k, _)| k.overlaps(span)) {
            kept.push((span, actor));
        }
    }
    kept.sort_by_key(|(s, _)| s.start);
    // Two phrases with only a space between them, of no different kind or country, are one actor
    // ("the NAF rebel forces", "le président américain Donald Trump"): the one that says more.
    let agree = |x: Option<&str>, y: Option<&str>| x.is_none() || y.is_none() || x == y;
    let says = |a: &ActorRef| u8::from(a.inter.is_some()) + u8::from(a.country.is_some());
    let mut parties: Vec<(Span, &ActorRef)> = Vec::new();
    for (span, actor) in kept {
        if let Some((last_span, last)) = parties.last_mut() {
            let apposed = doc.text.get(last_span.end..span.start).is_some_and(|b| b.trim().is_empty())
                && agree(last.country.as_deref(), actor.country.as_deref())
                && (last.inter.is_none() || actor.inter.is_none() || last.inter == actor.inter);
            if apposed {
                if says(actor) > says(last) {
                    *last = actor;
                }
                *last_span = Span::new(last_span.start, span.end);
                continue;
            }
        }
        parties.push((span, actor));
    }
    // The word a byte offset falls in (or the next one).
    let word_at = |pos: usize| words.iter().position(|w| w.span.end > pos).unwrap_or(words.len());
    // S97: parties of another clause than the trigger's that only speak of it or react to it.
    not_sides(doc, data, words, breaks, (trigger, violent), (source_cues, casualties), &mut parties);
    let follows = |span: Span, markers: &[String]| {
        let at = word_at(span.start);
        (at.saturating_sub(4)..at).any(|j| markers.contains(&words[j].folded))
    };
    // S100: a party of a concession ("were killed despite a UN security council resolution",
    // "malgré une trêve conclue par la Russie") is what the event defies, no side: a
    // `concession_marker` at most six words before the party in its clause, the trigger not
    // between them ("despite attacks by IS": IS did them).
    let trigger_at = word_at(trigger.start);
    parties.retain(|(s, _)| {
        let at = word_at(s.start);
        !(at.saturating_sub(6)..at).any(|j| {
            data.concession_markers.contains(&words[j].folded)
                && !(j < trigger_at && trigger_at < at)
                && (j + 1..=at).all(|k| !breaks.get(k).copied().unwrap_or(false))
        })
    });
    let any = |_: &ActorRef| true;
    let acting = |a: &ActorRef| a.inter != Some(CIVILIANS);
    let victims = |a: &ActorRef| a.inter == Some(CIVILIANS);
    // S52: a party that begins right after the elided article of the trigger's word names who the
    // trigger word is: the aircraft with its owner ("l'aviation russe a bombardé").
    let at_or_before = |s: Span| {
        s.start <= trigger.start
            || (s.start < trigger.end
                && doc.text.get(trigger.start..s.start).is_some_and(|p| !p.contains(char::is_whitespace) && p.ends_with(['\'', '\u{2019}'])))
    };
    let first_before = |pred: &dyn Fn(&ActorRef) -> bool| parties.iter().find(|(s, a)| at_or_before(*s) && pred(a)).map(|(_, a)| (*a).clone());
    let first_after = |from: usize, pred: &dyn Fn(&ActorRef) -> bool| {
        parties.iter().find(|(s, a)| s.start >= from && pred(a)).map(|(_, a)| (*a).clone())
    };
    let named = |span: Span| doc.entities.iter().any(|e| e.label != vigie_core::EntityLabel::Location && e.span.overlaps(span));
    // actor2 after the trigger: the first party, passing over a common noun that names actor1 again.
    let hit_after = |actor1: Option<&ActorRef>, actor1_named: bool| {
        let again = |s: Span, a: &ActorRef| {
            actor1.is_some_and(|x| actor1_named && !named(s) && a.inter == x.inter && agree(a.country.as_deref(), x.country.as_deref()))
        };
        // S220: a party the trigger's own words name after its first word ("clashed with police")
        // is after it too: the side the trigger's verb reaches.
        let after: Vec<&(Span, &ActorRef)> =
            parties.iter().filter(|(s, a)| (s.start >= trigger.end || (s.start > trigger.start && !at_or_before(*s))) && Some(*a) != actor1).collect();
        after.iter().find(|(s, a)| !again(*s, a)).or(after.first()).map(|(_, a)| (*a).clone())
    };
    // The agent of the trigger's own clause: no clause mark between the trigger and "by".
    let trigger_word = word_at(trigger.start);
    let same_clause = |j: usize| (j.min(trigger_word) + 1..=j.max(trigger_word)).all(|k| !breaks.get(k).copied().unwrap_or(false));
    // "were fighting" is a progressive, not a passive.
    let progressive = words.get(trigger_word).is_some_and(|w| data.participle_endings.iter().any(|e| w.folded.ends_with(e.as_str())));
    // S64: a word of a party's name is no auxiliary ("IS killed five civilians").
    let in_party = |k: usize| parties.iter().any(|(s, _)| s.contains(words[k].span));
    // S196: an auxiliary after a reflexive pronoun makes a reflexive verb, active ("les rebelles se
    // sont emparés samedi de la ville", as `passive_people` reads it).
    let reflexive = |j: usize| j > 0 && data.reflexive_pronouns.contains(&words[j - 1].folded);
    let passive = !progressive
        && ((trigger_word.saturating_sub(2)..trigger_word).any(|j| data.passive_auxiliaries.contains(&words[j].folded) && !in_party(j) && !reflexive(j))
            || bare_participle(doc, data, words, breaks, trigger_word));
    // S64: the trigger is the means or the setting of a passive told before it: an agent marker at
    // most three words before the trigger's word ("killed by a roadside bomb", "tués par un engin
    // explosif"; not an active verb's instrument: "killed an officer by sniper fire"), or, the
    // trigger no fight, a "killed" or "injured" word right after a passive
    // auxiliary before it ("two soldiers were killed in an ambush", "avaient été tués jeudi dans
    // une embuscade"), in its clause, with no party between it and the trigger (the subject of the
    // trigger's own verb: "were killed when Afghan forces repulsed their attack").
    let no_party_between = |from: usize| !parties.iter().any(|(s, _)| s.start >= words[from].span.end && s.start < trigger.start);
    let passive_before = |j: usize| (j.saturating_sub(6)..j).any(|k| same_clause(k) && data.passive_auxiliaries.contains(&words[k].folded) && !in_party(k));
    // S100: or a "killed" or "injured" participle with no auxiliary before it (a headline's bare
    // participle: "Deux soldats français tués au Mali par une bombe artisanale", "Two soldiers
    // killed by a roadside bomb"), at most six words before the marker in its clause, with no
    // party between it and the trigger (not "killed two soldiers by sniper fire").
    let bare_hit_before = |j: usize| {
        casualties.iter().any(|m| {
            m.end <= j
                && j - m.end <= 6
                && same_clause(m.start)
                && no_party_between(m.end - 1)
                && matches!(data.casualties.value(m.pattern), CasualtyWord::Killed | CasualtyWord::Injured)
                && !(m.start.saturating_sub(3)..m.start).any(|k| {
                    (k + 1..=m.start).all(|x| !breaks.get(x).copied().unwrap_or(false))
                        && (data.subject_auxiliaries.contains(&words[k].folded) || data.passive_auxiliaries.contains(&words[k].folded))
                })
        })
    };
    let hit_by_means = (trigger_word.saturating_sub(3)..trigger_word)
        .any(|j| data.agent_markers.contains(&words[j].folded) && same_clause(j) && no_party_between(j) && (passive_before(j) || bare_hit_before(j)))
        || !fighting
            && casualties.iter().any(|m| {
                m.end <= trigger_word
                    && same_clause(m.start)
                    && no_party_between(m.end - 1)
                    && matches!(data.casualties.value(m.pattern), CasualtyWord::Killed | CasualtyWord::Injured)
                    && (m.start.saturating_sub(2)..m.start).any(|j| data.passive_auxiliaries.contains(&words[j].folded) && !in_party(j))
            });
    // S81: a party after an agent marker that qualifies the party before it ("government troops
    // backed by Shia militias had taken control", "forces supported by Russian jets attacked"):
    // one word (the participle) between that party and the marker, no passive auxiliary before
    // it, and the trigger after both, not passive. That party is the ally, not the trigger's
    // agent ("soldiers were hit by a Taliban-planted landmine", "militants were wounded while on
    // patrol by an IS-planted landmine" keep theirs).
    let qualifies = |j: usize, s: Span| {
        !passive
            && s.end <= trigger.start
            && parties.iter().any(|(p, _)| {
                p.end <= words[j].span.start && same_clause(word_at(p.start)) && words.iter().filter(|w| w.span.start >= p.end && w.span.end <= words[j].span.start).count() == 1
            })
            && !(j.saturating_sub(3)..j).any(|k| data.passive_auxiliaries.contains(&words[k].folded))
    };
    // S97: the trigger told as a noun: a determiner at most two words before it with no party
    // between ("un rare cessez-le-feu", "the attack"; not "the militants attacked"), or elided
    // onto it ("l'attaque").
    let noun_trigger = (trigger_word.saturating_sub(2)..trigger_word).any(|k| {
        data.determiners.contains(&words[k].folded) && !parties.iter().any(|(s, _)| s.start >= words[k].span.end && s.start < trigger.start)
    }) || words.get(trigger_word).and_then(|w| w.elided()).is_some_and(|e| data.determiners.iter().any(|d| d == e));
    // S97: the agent of a participle set off by a comma right after the trigger's noun ("un
    // cessez-le-feu de trois jours, initié par les talibans", "the attack, claimed by IS"): one
    // clause mark, a comma, between the trigger and the marker, one or two words after it, and
    // no party between the trigger and the marker.
    let apposed_agent = |j: usize| {
        if !noun_trigger || j <= trigger_word {
            return false;
        }
        let marks: Vec<usize> = (trigger_word + 1..=j).filter(|&k| breaks.get(k).copied().unwrap_or(false)).collect();
        marks.len() == 1
            && j > marks[0]
            && j - marks[0] <= 2
            && doc.text.get(words[marks[0] - 1].span.end..words[marks[0]].span.start).is_some_and(|g| g.contains(','))
            && !parties.iter().any(|(s, _)| s.start >= trigger.end && s.end <= words[j].span.start)
    };
    // S100: an agent marker far after the trigger of an active clause whose subject is named
    // before it belongs to a participle of another noun ("Syrian regime forces launched a fresh
    // offensive ... in defiance of a ceasefire ordered by the UN security council"): more than four
    // words after the trigger, not passive, an acting party before the trigger in its clause, its
    // verb the trigger (at most two words between them) or a `light_verb` between them ("les
    // rebelles ont lancé une offensive ... le siège imposé par le régime"; not "la police avait
    // averti ... de risques d'attaques suicide contre des églises par un mouvement islamiste").
    let subject_before = parties.iter().any(|(s, a)| {
        let (first, last) = (word_at(s.start), word_at(s.end.saturating_sub(1)));
        s.end <= trigger.start
            && acting(a)
            && same_clause(first)
            && (trigger_word <= last + 3 || (last + 1..trigger_word).any(|k| data.light_verbs.contains(&words[k].folded)))
    });
    let far_agent = |j: usize| !passive && subject_before && j > trigger_word + 4;
    let agent = parties.iter().position(|(s, _)| {
        let at = word_at(s.start);
        (at.saturating_sub(4)..at)
            .any(|j| data.agent_markers.contains(&words[j].folded) && (same_clause(j) || apposed_agent(j)) && !qualifies(j, *s) && !far_agent(j))
    });
    // The old reading of an agent marker right after the trigger, kept for a party further on.
    let late_agent = words
        .iter()
        .filter(|w| w.span.start >= trigger.end)
        .take(4)
        .find(|w| data.agent_markers.contains(&w.folded))
        .and_then(|w| parties.iter().position(|(s, _)| s.start >= w.span.end));
    // The first acting party after the trigger that a `between_marker` comes right before.
    let after_between = parties.iter().position(|(s, a)| s.start >= trigger.end && acting(a) && follows(*s, &data.between_markers));
    let between = after_between
        .filter(|&i| {
            parties.get(i + 1).is_some_and(|(s, a)| acting(a) && doc.text.get(parties[i].0.end..s.start).is_some_and(|b| {
                let joint = fold::fold_first_words(b, 3);
                !joint.is_empty() && joint.len() <= 2 && joint.iter().any(|w| data.coordinators.contains(w))
            }))
        });
    // (A fight's trigger, the marker at most three words after it: not "an explosion ... near an
    // encounter site between RR, CRPF, SoG and militants".)
    let marker_near = words.iter().filter(|w| w.span.start >= trigger.end).take(3).any(|w| data.between_markers.contains(&w.folded));
    let between_first = after_between.filter(|_| fighting && marker_near).filter(|&i| {
        // Nothing after it but its partner's unknown name: no other party joined to it.
        !parties.get(i + 1).is_some_and(|(s, _)| {
            doc.text.get(parties[i].0.end..s.start).is_some_and(|b| fold::fold_first_words(b, 3).iter().any(|w| data.coordinators.contains(w)))
        }) && doc.text.get(parties[i].0.end..).is_some_and(|rest| fold::fold_first_words(rest, 1).iter().any(|w| data.coordinators.contains(w)))
    });
    let (actor1, actor2) = match (agent.or(late_agent), between) {
        (Some(i), _) => {
            let (at, a) = parties[i];
            let hit = parties.iter().find(|(s, x)| s.start < at.start && *x != a).map(|(_, x)| (*x).clone());
            (Some(a.clone()), hit.or_else(|| hit_after(Some(a), named(at))))
        }
        (None, Some(i)) if first_before(&acting).is_none() => (Some(parties[i].1.clone()), Some(parties[i + 1].1.clone())),
        // S220: only the first of the two sides "between" names is known ("clashes took place
        // between HTS and an opposition group"): it is the first side, the other unnamed.
        (None, None) if between_first.is_some() && first_before(&acting).is_none() => (between_first.map(|i| parties[i].1.clone()), None),
        // The passive voice without an agent ("a government employee was shot dead"): the
        // subject was hit; who did it is named after the trigger, if anywhere.
        _ if passive && first_before(&any).is_some() => (first_after(trigger.end, &acting), first_before(&any)),
        // S220: nobody named before it either ("a drug suspect was killed during a police raid"):
        // a state's force named after it did it (no non-state party: "during a rebel raid" keeps
        // the reading below).
        _ if passive && first_before(&any).is_none() && first_after(trigger.end, &acting).is_some_and(|a| a.inter == Some(1)) => {
            (first_after(trigger.end, &acting), None)
        }
        // S64: the means or the setting of a passive ("killed by a roadside bomb", "tués dans une
        // embuscade"): those named before it were hit, who did it is named with it or after it, if
        // anywhere ("tué dans un raid de l'aviation turque").
        _ if hit_by_means && first_before(&any).is_some() => {
            let by = parties.iter().find(|(s, a)| s.start >= trigger.start && acting(a)).map(|(_, a)| (*a).clone());
            (by, first_before(&any))
        }
        _ => match (first_before(&acting), first_before(&victims)) {
            (Some(actor), _) => {
                let at = parties.iter().find(|(s, x)| at_or_before(*s) && *x == &actor).map(|(s, _)| *s);
                // Nobody after the trigger: the object may stand between the subject and a trigger
                // told late ("Turkish forces killed 4 PKK militants during airstrikes"), unless it
                // is joined to the subject ("GNA and LNA forces clashed").
                let between_verb = at.and_then(|at| {
                    let i = parties.iter().position(|(s, _)| *s == at)?;
                    let (s, x) = parties.get(i + 1)?;
                    let joint = fold::fold_first_words(doc.text.get(at.end..s.start)?, 3);
                    let joined = joint.len() <= 2 && joint.iter().any(|w| data.coordinators.contains(w));
                    (s.end <= trigger.start && !joined && **x != actor && !follows(*s, &data.agent_markers)).then(|| (*x).clone())
                });
                let hit = hit_after(Some(&actor), at.is_some_and(named)).or(between_verb);
                (Some(actor), hit)
            }
            (None, Some(civilians)) => (first_after(trigger.end, &acting), Some(civilians)),
            // S182: nobody before the trigger, the first party after it the agent of a passive
            // in a later clause of the sentence ("chemical weapons were used, and they were used by
            // the regime"): an agent marker at most two words before it, right after a passive
            // auxiliary and its participle with no clause mark between them (not "a road used by
            // the army", where the army is the one hit). It did it; nobody is named as hit.
            (None, None) => {
                let passive_agent = |s: Span| {
                    let at = word_at(s.start);
                    (at.saturating_sub(2)..at).any(|j| {
                        data.agent_markers.contains(&words[j].folded)
                            && (j.saturating_sub(3)..j.saturating_sub(1)).any(|k| {
                                data.passive_auxiliaries.contains(&words[k].folded) && (k + 1..=at).all(|x| !breaks.get(x).copied().unwrap_or(false))
                            })
                    })
                };
                match parties.iter().find(|(s, _)| s.start >= trigger.end) {
                    Some((s, a)) if passive_agent(*s) && acting(a) => (Some((*a).clone()), None),
                    _ => (None, first_after(trigger.end, &any)),
                }
            }
        },
    };
    // S97: a party that qualifies the trigger's noun names who did it, rather than a party of
    // another clause (or nobody): the phrase right before it after a determiner ("as a Turkish
    // military assault on Afrin continued"), or one adjective right after it ("des bombardements
    // d'artillerie iraniens ont visé"). Not with an agent marker, nor in the passive voice.
    let clause = modality::clause_of(breaks, trigger_word);
    let in_clause = |s: Span| (clause.0..clause.1.max(clause.0 + 1)).contains(&word_at(s.start));
    let qualifier_before = parties.iter().find(|(s, a)| {
        let first = word_at(s.start);
        s.end <= trigger.start
            && acting(a)
            && a.country.is_some()
            && doc.text.get(s.end..trigger.start).is_some_and(|g| g.trim().is_empty())
            && first > 0
            && data.determiners.contains(&words[first - 1].folded)
    });
    // (The adjective may follow the trigger's noun complement joined by an elided "de": "des
    // bombardements d'artillerie iraniens"; not a phrase after a preposition: "an attack on
    // pro-Houthi sites".)
    let next = word_at(trigger.end);
    let qualifier_after = parties.iter().find(|(s, a)| {
        let last = word_at(s.end.saturating_sub(1));
        noun_trigger
            && s.end > trigger.end
            && next < words.len()
            && (s.start < words[next].span.end || words[next].elided().is_some())
            && last < words.len()
            && last <= next + 1
            && acting(a)
            && a.country.is_some()
            && doc.text[words[last].span.start..].starts_with(char::is_lowercase)
    });
    let (actor1, actor2) = match qualifier_before.or(qualifier_after) {
        Some((qs, q))
            if agent.or(late_agent).is_none()
                && !passive
                && actor1.as_ref() != Some(*q)
                && actor1.as_ref().is_none_or(|a1| !parties.iter().any(|(s, x)| *x == a1 && in_clause(*s))) =>
        {
            let hit = if actor2.as_ref() == Some(*q) {
                parties.iter().find(|(s, x)| s.start >= qs.end && acting(x) && *x != *q).map(|(_, x)| (*x).clone())
            } else {
                actor2
            };
            (Some((**q).clone()), hit)
        }
        _ => (actor1, actor2),
    };
    // The party joined to actor1 by a coordinator before the verb ("GNA and LNA forces").
    let partner = actor1.as_ref().and_then(|a| {
        let i = parties.iter().position(|(s, x)| s.start <= trigger.start && *x == a)?;
        let (s, x) = parties.get(i + 1)?;
        let joint = fold::fold_first_words(doc.text.get(parties[i].0.end..s.start)?, 3);
        let joined = !joint.is_empty() && joint.len() <= 2 && joint.iter().any(|w| data.coordinators.contains(w));
        (joined && s.end <= trigger.start && acting(x) && *x != a).then(|| (*x).clone())
    });
    // "the military forces of India and Pakistan": the same kind of actor for the second country.
    let partner = partner.or_else(|| {
        let a = actor1.as_ref()?;
        let at = parties.iter().find(|(_, x)| *x == a)?.0;
        let country = doc.entities.iter().filter(|e| e.span.start >= at.end && e.span.end <= trigger.start).find_map(|e| {
            let joint = fold::fold_first_words(doc.text.get(at.end..e.span.start)?, 2);
            let joined = joint.len() == 1 && data.coordinators.contains(&joint[0]);
            let id = e.actor.as_ref()?.id.as_deref()?;
            (joined && id.starts_with("country:")).then(|| e.actor.as_ref()?.country.clone()).flatten()
        })?;
        let kind = a.id.as_deref()?.split_once(':').filter(|(_, c)| a.country.as_deref() == Some(*c))?.0;
        (a.country.as_deref() != Some(country.as_str()))
            .then(|| ActorRef { id: Some(format!("{kind}:{country}")), name: None, country: Some(country), ..a.clone() })
    });
    // Two parties named together before the verb ("Trump et son homologue russe Poutine se sont
    // accordés"): the first acts with the second.
    let (actor1, actor2) = match (actor1, actor2) {
        (Some(a), b) if coordinated => {
            let second = parties.iter().filter(|(s, x)| s.end <= trigger.start && acting(x) && **x != a).map(|(_, x)| (*x).clone()).next();
            // S135: an agreement is made between two parties: the first named again (its
            // members freed, "Kaboul libère 900 talibans" after "les talibans") is no second one.
            let b = b.filter(|b| !same_actor(b, &a));
            (Some(a), second.or(b))
        }
        pair => pair,
    };
    // S97: a country named as the subject of the trigger's own clause, acting ("Turkey launched the
    // assault", "La Turquie a lancé mercredi une offensive"), is its state's forces, when nobody
    // else is named before the trigger. The country opens the clause (after a determiner at most),
    // at most five words before the trigger, with no clause mark, no passive auxiliary, no other
    // country and no party between; a country that only reports is no side (as a source).
    // S106: a source that tells its own act ("Ankara said it had struck"), as in the parties above.
    let own_speech = |s: &Source| {
        let after = words.iter().position(|w| w.span.start >= s.span.end).unwrap_or(words.len());
        s.name.end < s.span.end && own_act(data, words, after, trigger_word)
    };
    let actor1 = actor1.or_else(|| {
        if passive || first_before(&any).is_some() {
            return None;
        }
        let (start, _) = modality::clause_of(breaks, trigger_word);
        let country = |e: &vigie_core::Entity| state_id(e).is_some();
        let e = doc.entities.iter().rfind(|e| country(e) && sentence.contains(e.span) && e.span.end <= trigger.start)?;
        let first = word_at(e.span.start);
        let opens = first == start || (first == start + 1 && data.determiners.contains(&words[start].folded));
        let last = word_at(e.span.end.saturating_sub(1));
        let between = last + 1..trigger_word;
        let clear = between.len() <= 5
            && (last + 1..=trigger_word).all(|k| !breaks.get(k).copied().unwrap_or(false))
            && !between.clone().any(|k| data.passive_auxiliaries.contains(&words[k].folded))
            && !doc.entities.iter().any(|x| country(x) && x.span.start >= e.span.end && x.span.end <= trigger.start)
            && !sources.iter().any(|s| s.span.overlaps(e.span) && !own_speech(s));
        // S100: a capital stands for its state only as the subject of a verb that tells the act
        // (`light_verb`: "Ankara launched an offensive", "Moscou a mené des frappes"), not as a
        // place that was hit or saw it ("Kabul came under fire").
        let (code, capital) = state_id(e)?;
        // S104: the light verb may open the trigger itself ("Ankara launched an offensive": the
        // trigger "launched .. offensive" holds its verb), as it stands before the noun in
        // "Ankara launched airstrikes".
        let light = (last + 1..=trigger_word).any(|k| words.get(k).is_some_and(|w| data.light_verbs.contains(&w.folded)));
        // S106: or the trigger is the capital's own verb, told with its object: only subject
        // auxiliaries between them ("Washington struck militia positions", "Moscou a bombardé des
        // positions"), and an object right after the trigger's first word (a determiner, a
        // number, a name, a party); not "Kabul came under fire", nor "a Kabul attack killed".
        let object = |k: usize| {
            words.get(k).is_some_and(|w| {
                !breaks.get(k).copied().unwrap_or(false)
                    && (data.determiners.contains(&w.folded)
                        || w.folded.starts_with(|c: char| c.is_ascii_digit())
                        || data.numbers.contains_key(&w.folded)
                        || doc.text[w.span.start..].starts_with(char::is_uppercase)
                        || parties.iter().any(|(s, _)| s.start == w.span.start))
            })
        };
        let own_verb = between.clone().all(|k| data.subject_auxiliaries.contains(&words[k].folded)) && object(trigger_word + 1);
        // S106: or the capital is the speaker that tells its own act ("Ankara a annoncé avoir
        // bombardé des positions", "Moscow said it had struck").
        let speaks = sources.iter().any(|s| s.span.overlaps(e.span) && own_speech(s));
        let acts = !capital || light || own_verb || speaks;
        // S106: the state, typed its forces or its government, at home or abroad, once the event
        // is typed and placed, by the one path of every state named as a side
        // ([`EventStage::countries_as_states`]).
        (opens && clear && acts).then(|| state_side(doc, code))
    });
    // S100: a state named after the trigger's agent marker ("un raid mené par les Etats-Unis",
    // "strikes carried out by Russia", "bombed by Ankara"), or owning the trigger's noun ("Moscow's
    // strikes"), did it, when no party did: a country or a capital (as a country, to be typed its
    // state's forces or government once typed: [`EventStage::countries_as_states`]). The marker
    // after the trigger, at most four words after it unless the trigger is passive ("tué lors d'un
    // raid mené par les Etats-Unis"; not "elles ont tué ... et ont été attribuées par
    // Washington"), right after the trigger or a word with no determiner (a participle, not
    // "après l'annonce par Kaboul"), in its clause or after the comma of a participle set off
    // ("the attack, claimed by"), the state at most two words after it, no party between.
    let actor1 = actor1.or_else(|| {
        let e = doc.entities.iter().filter(|e| sentence.contains(e.span) && state_id(e).is_some()).find(|e| {
            let first = word_at(e.span.start);
            let by = (first.saturating_sub(2)..first).find(|&j| data.agent_markers.contains(&words[j].folded));
            // The word before the marker is the trigger or a participle, not another noun ("après
            // l'annonce par Kaboul"): no determiner before it or elided onto it.
            let determined = |k: usize| {
                (k > 0 && data.determiners.contains(&words[k - 1].folded)) || words[k].elided().is_some_and(|x| data.determiners.iter().any(|d| d == x))
            };
            let after_marker = by.is_some_and(|j| {
                j > trigger_word
                    && (j <= trigger_word + 4 || passive)
                    && (j - 1 == trigger_word || !determined(j - 1))
                    && (same_clause(j) || apposed_agent(j))
                    && !far_agent(j)
                    && !parties.iter().any(|(s, _)| s.start >= trigger.end && s.end <= e.span.start)
            });
            // The owner: "'s" right after the state, at most two words between it and the
            // trigger in its clause ("Moscow's strikes hit", "Russia's air force bombed").
            let owner = e.span.end <= trigger.start
                && doc.text.get(e.span.end..).and_then(after_possessive).is_some()
                && trigger_word > first
                && trigger_word - first <= 3
                && (first + 1..=trigger_word).all(|k| !breaks.get(k).copied().unwrap_or(false))
                && !parties.iter().any(|(s, _)| s.start >= e.span.end && s.end <= trigger.start);
            after_marker || owner
        })?;
        let (code, _) = state_id(e)?;
        Some(state_side(doc, code))
    });
    // S117: states named together as the trigger's subject or its agent ("US, British and French
    // strikes hit", "the US, Britain and France carried out airstrikes", "des avions américains,
    // britanniques et français ont bombardé", "airstrikes by US, British and French forces"): the
    // first of the list did it (the others with it), not another one, nor nobody when the list
    // holds only country names. See [`listed_states`].
    let subject = !passive && agent.or(late_agent).is_none();
    // (Another state of the list acted with it: it is not the side hit; the first party after the
    // list that is none of it may be: "by US, British and French forces on Syrian regime targets".)
    let (actor1, actor2) = match listed_states(doc, data, words, breaks, sentence, (trigger, trigger_word, subject), &parties, acting) {
        Some((end, list)) if actor1.as_ref().is_none_or(|a| list[1..].contains(a)) => {
            let hit = match actor2 {
                Some(b) if list.contains(&b) => parties.iter().find(|(s, x)| s.start >= end && !list.contains(x)).map(|(_, x)| (*x).clone()),
                b => b,
            };
            (Some(list[0].clone()), hit)
        }
        _ => (actor1, actor2),
    };
    // One actor is not both sides.
    match (actor1, actor2) {
        (Some(a), Some(b)) if a == b => (Some(a), None, partner),
        (a, b) => (a, b, partner),
    }
}

/// S117: the states a list names as the trigger's subject or its agent, in text order, when there
/// is one. Its members are countries (the places stage's country entities; not capitals, as often
/// where as who) and acting parties of a state (a country not yet typed, or its forces: inter 1 or
/// 8), two or more, joined by commas and one `coordinator` at least, a `determiner` opening a
/// member at most ("US, British and French strikes", "les Etats-Unis, la France et le
/// Royaume-Uni"). As the subject (not in the passive voice, `subject`), the last one holds the
/// trigger or stands at most three words before its word, in its clause, no party between ("...
/// and France carried out airstrikes"); the first opens the sentence or a clause (after a
/// determiner at most) that follows no clause naming a place ("Near Idlib, Syria, Russian and
/// Syrian jets bombed": Syria is where, not who). As the agent, the first stands right after an
/// `agent_marker` (a determiner between at most: "airstrikes by US, British and French forces").
/// Returned with the byte offset where the list ends.
#[allow(clippy::too_many_arguments)]
fn listed_states(
    doc: &Document,
    data: &LanguageData,
    words: &[Word],
    breaks: &[bool],
    sentence: Span,
    (trigger, trigger_word, subject): (Span, usize, bool),
    parties: &[(Span, &ActorRef)],
    acting: impl Fn(&ActorRef) -> bool,
) -> Option<(usize, Vec<ActorRef>)> {
    let word_at = |pos: usize| words.iter().position(|w| w.span.end > pos).unwrap_or(words.len());
    let broken = |k: usize| breaks.get(k).copied().unwrap_or(false);
    let determiner = |k: usize| words.get(k).is_some_and(|w| data.determiners.contains(&w.folded));
    let state = |a: &ActorRef| a.country.is_some() && matches!(a.inter, None | Some(1 | 8)) && acting(a);
    let mut members: Vec<(Span, ActorRef)> = doc
        .entities
        .iter()
        .filter(|e| sentence.contains(e.span))
        .filter_map(|e| state_id(e).filter(|(_, capital)| !capital).map(|(code, _)| (e.span, state_side(doc, code))))
        .chain(parties.iter().filter(|(_, a)| state(a)).map(|(s, a)| (*s, (*a).clone())))
        .collect();
    members.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.len())));
    let mut kept: Vec<(Span, ActorRef)> = Vec::new();
    for (s, a) in members {
        if !kept.iter().any(|(k, _)| k.overlaps(s)) {
            kept.push((s, a));
        }
    }
    // Whether a comma or a coordinator (and a determiner at most) joins member `i` to the one
    // after it: `Some(true)` with a coordinator.
    let joint = |i: usize| -> Option<bool> {
        let (prev, next) = (kept[i].0, kept.get(i + 1)?.0);
        let gap = doc.text.get(prev.end..next.start).filter(|_| prev.end <= next.start)?;
        if gap.chars().any(|c| !(c.is_alphanumeric() || c.is_whitespace() || matches!(c, ',' | '\'' | '\u{2019}'))) {
            return None;
        }
        let between: Vec<usize> = (word_at(prev.end.saturating_sub(1)) + 1..word_at(next.start)).collect();
        let coordinators = between.iter().filter(|&&k| data.coordinators.contains(&words[k].folded)).count();
        (between.len() <= 2
            && coordinators <= 1
            && between.iter().all(|&k| data.coordinators.contains(&words[k].folded) || determiner(k))
            && (coordinators == 1 || gap.contains(',')))
        .then_some(coordinators == 1)
    };
    // The lists: maximal runs of joined members, with a coordinator.
    let mut lists: Vec<(usize, usize)> = Vec::new();
    let mut first = 0;
    while first < kept.len() {
        let (mut last, mut coordinated) = (first, false);
        while let Some(c) = joint(last) {
            coordinated |= c;
            last += 1;
        }
        if last > first && coordinated {
            lists.push((first, last));
        }
        first = last + 1;
    }
    // The word a member opens with: a determiner before it, if any.
    let opening = |i: usize| {
        let f = word_at(kept[i].0.start);
        if f > 0 && determiner(f - 1) && !broken(f) { f - 1 } else { f }
    };
    let as_subject = |&(first, last): &(usize, usize)| {
        let (s, end) = (kept[last].0, word_at(kept[last].0.end.saturating_sub(1)));
        let next_to_trigger = s.start <= trigger.start
            && (end >= trigger_word
                || (trigger_word - end <= 4
                    && (end + 1..=trigger_word).all(|k| !broken(k))
                    && !parties.iter().any(|(p, _)| p.start >= s.end && p.end <= trigger.start)));
        let open = opening(first);
        let before = (0..open).rev().find(|&k| broken(k)).unwrap_or(0);
        let after_place = open > 0 && {
            let clause = Span::new(words[before].span.start, words[open - 1].span.end);
            doc.places.iter().any(|p| clause.contains(p.span))
        };
        subject && next_to_trigger && broken(open) && !after_place
    };
    let as_agent = |&(first, _): &(usize, usize)| {
        let open = opening(first);
        open > 0 && data.agent_markers.contains(&words[open - 1].folded) && !broken(open)
    };
    let &(first, last) = lists.iter().find(|l| as_subject(l) || as_agent(l))?;
    Some((kept[last].0.end, kept[first..=last].iter().map(|(_, a)| a.clone()).collect()))
}

/// S104: whether a trigger tells an act by its verb or as its clause's subject: no determiner at
/// most two words before it (nor elided onto it), unless that determiner opens the clause ("Des
/// avions russes ont bombardé", "An airstrike hit") or a `light_verb` stands at most two words
/// before it ("carried out an airstrike", "a mené une offensive"; not "condemned the airstrike").
fn told_as_act(text: &str, data: &LanguageData, words: &[Word], best: &lexicon::Match) -> bool {
    // Only the breaks up to the trigger are read: those of the words before it and its own.
    let breaks = clause_breaks(text, &words[..=best.start]);
    let light = |d: usize| d == 0 || breaks[d] || (d.saturating_sub(2)..d).any(|j| data.light_verbs.contains(&words[j].folded));
    if words[best.start].elided().is_some_and(|e| data.determiners.iter().any(|d| d == e)) {
        return light(best.start);
    }
    (best.start.saturating_sub(2)..best.start).filter(|&d| data.determiners.contains(&words[d].folded)).all(light)
}

/// S104: the sentence right before `sentence`, when it is in the same paragraph.
fn previous_sentence(doc: &Document, sentence: Span, paragraph: usize) -> Option<Span> {
    let at = doc.sentences.partition_point(|s| s.span.end <= sentence.start);
    at.checked_sub(1).map(|i| doc.sentences[i].span).filter(|s| s.start >= paragraph)
}

/// S104: the sides of an act of violence whose own sentence names none, taken from the event the
/// sentence right before it told, in its paragraph ("Russian jets pounded the town on Monday. The
/// airstrikes killed 12 civilians."): that event also an act of political violence (a battle, an
/// explosion or remote violence, violence against civilians) that happened, at a place and on a
/// day that do not differ from this one's. Who that sentence named as a speaker, a source or a
/// party of a concession was never its side (`actors`), so is not taken either. actor1 is taken
/// when the sentence names none, or only an unidentified armed group and the side before is a
/// named non-state armed group ("IS militants stormed the village. The attackers killed 12.");
/// actor2 when it names none; never a side already named on the other side, nor a default.
fn sides_before(
    taxonomy: &[SubEventType],
    t: &SubEventType,
    before: &Event,
    location: Option<&GeoRef>,
    day: Option<&str>,
    actor1: &mut Option<ActorRef>,
    actor2: &mut Option<ActorRef>,
) {
    const VIOLENCE: [&str; 3] = ["Battles", "Explosions/Remote violence", "Violence against civilians"];
    const FIRED: [&str; 2] = ["Air/drone strike", "Shelling/artillery/missile attack"];
    let Some(told) = taxonomy.iter().find(|x| x.name == before.sub_event_type && VIOLENCE.contains(&x.event_type.as_str())) else { return };
    // The same family of act: the same type; strikes and shelling, which the same forces fire; a
    // fight told again as a battle; an attack that follows any act of violence ("the attack
    // killed 12"). Not a bomb after a strike ("A car bomb exploded"): someone else's act.
    let family = told.name == t.name
        || (FIRED.contains(&told.name.as_str()) && FIRED.contains(&t.name.as_str()))
        || (told.event_type == "Battles" && t.event_type == "Battles")
        || t.name == "Attack";
    if !VIOLENCE.contains(&t.event_type.as_str()) || !family || !before.happened() {
        return;
    }
    // Another place or another day: another event, whose sides say nothing of this one.
    let place_differs = location.is_some_and(|l| before.location.as_ref().is_some_and(|b| !same_place(Some(l), Some(b))));
    if place_differs || day.is_some_and(|d| before.date.as_deref().is_some_and(|b| !same_days(Some(d), Some(b)))) {
        return;
    }
    // A side the text named: not a default an unnamed event is given (`implied_actors`: no id),
    // nor an unidentified armed group.
    let default = |a: &ActorRef| a.id.is_none() && matches!(a.name.as_deref(), Some(UNIDENTIFIED_ARMED_GROUP | "Civilians"));
    let named = |a: &Option<ActorRef>| a.clone().filter(|a| !default(a) && a.id.as_deref() != Some("armed-group"));
    let unidentified = actor1.as_ref().is_some_and(|a| a.id.as_deref() == Some("armed-group"));
    if let Some(side) = named(&before.actor1) {
        let non_state = side.inter.is_some_and(|i| (2..=4).contains(&i));
        if (actor1.is_none() || (unidentified && non_state)) && actor2.as_ref() != Some(&side) {
            *actor1 = Some(side);
        }
    }
    if let Some(target) = named(&before.actor2) {
        if actor2.is_none() && actor1.as_ref() != Some(&target) {
            *actor2 = Some(target);
        }
    }
}

/// A state's police or military (inter 1, PLOVER `COP` or `MIL`): the force that meets a crowd
/// (`force_met_the_crowd`) or acts in a clash told without it (S220).
fn state_force(a: &ActorRef) -> bool {
    a.inter == Some(1) && matches!(a.plover.as_deref(), Some("COP" | "MIL"))
}

/// S122: the force that met a crowd is the second side of a protest with intervention, a violent
/// demonstration or excessive force against protesters, and the crowd the first. acled-2020 so
/// codes 53 of its 54 even-half such events that have both (a force named first and the crowd
/// second are swapped); the force is often told in a sentence after the protest's own ("Fishermen
/// demonstrated in P against the measures. They clashed with police forces"), where vigie left
/// actor2 empty, the crowd again, or the default civilians. The force (a state's police or
/// military, inter 1: PLOVER `COP` or `MIL`) is then the first one named from the event's sentence
/// to the end of its paragraph, not past the sentence of the next event. Not mob violence (a crowd
/// with no demonstration: the police who step in afterwards are no side of the mob's attack on
/// its victim; acled-2020 even: 14 police, 20 civilians as actor2).
fn force_met_the_crowd(doc: &Document, events: &mut [(Event, bool)]) {
    const MET: [&str; 3] = ["Protest with intervention", "Violent demonstration", "Excessive force against protesters"];
    let force = state_force;
    let crowd = |a: &ActorRef| a.inter.is_some_and(|i| i == RIOTERS || i == PROTESTERS);
    // A side the text did not name: none, the crowd again, or the default civilians.
    // S142: or civilians the text named ("residents held a protest ... The police dispersed
    // it"): the crowd's own people, whom a force named after them replaces below.
    let unnamed = |a: &Option<ActorRef>| a.as_ref().is_none_or(|a| crowd(a) || a.inter == Some(CIVILIANS));
    let starts: Vec<usize> = events.iter().map(|(e, _)| e.evidence.start).collect();
    for (e, _) in events.iter_mut() {
        if !MET.contains(&e.sub_event_type.as_str()) || !e.happened() {
            continue;
        }
        if e.actor1.as_ref().is_some_and(force) && e.actor2.as_ref().is_some_and(crowd) {
            std::mem::swap(&mut e.actor1, &mut e.actor2);
        }
        if !unnamed(&e.actor2) || e.actor1.as_ref().is_some_and(force) {
            continue;
        }
        // The default civilians of a crowd's event that hurt nobody are the crowd's own people
        // counted ("workers barricaded roads", a trade word read as a victim): no second side.
        let hurt = e.fatalities.unwrap_or(0) > 0 || e.injuries.unwrap_or(0) > 0;
        if !hurt && e.sub_event_type != "Excessive force against protesters" && e.actor2.as_ref().is_some_and(|a| a.id.is_none() && a.inter == Some(CIVILIANS)) {
            e.actor2 = None;
        }
        let from = e.evidence.start;
        let paragraph_end = doc.text.get(from..).and_then(|t| t.find('\n')).map_or(doc.text.len(), |i| from + i);
        let next = starts.iter().copied().filter(|&s| s > from).min().unwrap_or(usize::MAX);
        let to = paragraph_end.min(next);
        let Some((_, side)) = actor_spans(doc).filter(|(s, a)| s.start >= from && s.end <= to && force(a)).min_by_key(|(s, _)| s.start) else { continue };
        let place = e.location.as_ref().and_then(|l| l.country.clone());
        let mut side = side.clone();
        if side.country.is_none() {
            side.country = place.clone();
        }
        side.inter = side.inter_at(place.as_deref());
        e.actor2 = Some(side);
    }
}

/// S129: the sides ACLED's definitions give the crowd's and the property's events once they are
/// typed, merged and their sides borrowed, for a side still unnamed:
/// - mob violence with no side hit named ("a suspected thief was beaten by locals", "a mob set
///   a rehab centre on fire") hits civilians (acled-2020: 41 of its 92 mob events hit civilians,
///   34 the police, named when they are; none has no second side);
/// - looting or property destruction whose only side is an armed one ("Looting: regime forces
///   looted ...", the rubric read as the trigger, the subject after it) is done by that side to
///   civilians;
/// - looting or property destruction nobody is named for ("unknown arsonists torched a mast",
///   "a house was set on fire") is the work of an unidentified armed group, as a bomb is
///   (`implied_actors`).
fn sides_by_definition(events: &mut [(Event, bool)]) {
    let armed = |a: &ActorRef| a.inter.is_some_and(|i| matches!(i, 1..=4 | 8));
    for (e, _) in events.iter_mut() {
        if !e.happened() {
            continue;
        }
        let country = e.location.as_ref().and_then(|l| l.country.clone());
        let generic = |name: &str, inter: u8, plover: &str| generic_actor(name, inter, plover, country.as_deref());
        match e.sub_event_type.as_str() {
            // S142: a clash is fought by two armed, organised sides: civilians read as the side
            // a state's forces fought (the "suspect" shot in a shoot-out with the police) are an
            // unidentified armed group, and as the side a communal militia fought, a communal
            // militia. Not against an armed group ("jihadists stormed the prison: 29 people,
            // civilians among them, died"), nor alone ("29 people were killed despite the
            // ceasefire"): there civilians are more often the dead of a fight mistyped.
            "Armed clash" => {
                let inters = [e.actor1.as_ref().and_then(|a| a.inter), e.actor2.as_ref().and_then(|a| a.inter)];
                for (k, side) in [&mut e.actor1, &mut e.actor2].into_iter().enumerate() {
                    if side.as_ref().is_none_or(|a| a.inter != Some(CIVILIANS)) {
                        continue;
                    }
                    match inters[1 - k] {
                        Some(1 | 8) => *side = Some(generic(UNIDENTIFIED_ARMED_GROUP, UNIDENTIFIED, "UAF")),
                        Some(COMMUNAL) => *side = Some(generic(UNIDENTIFIED_COMMUNAL_MILITIA, COMMUNAL, "UAF")),
                        _ => {}
                    }
                }
            }
            "Mob violence" if e.actor1.is_some() && e.actor2.is_none() => {
                e.actor2 = Some(generic("Civilians", CIVILIANS, "CVL"));
            }
            "Looting/property destruction" if e.actor1.is_none() => {
                if e.actor2.as_ref().is_some_and(armed) {
                    e.actor1 = e.actor2.take();
                    e.actor2 = Some(generic("Civilians", CIVILIANS, "CVL"));
                } else {
                    e.actor1 = Some(generic(UNIDENTIFIED_ARMED_GROUP, UNIDENTIFIED, "UAF"));
                }
            }
            _ => {}
        }
    }
}

/// S100: a peaceful protest has no actor2 in ACLED's coding: what or whom it protests against
/// ("against the government", "journalists protested the arrest of their editor") and who takes
/// part beside the protesters ("residents protested") are no side; a side met only in a protest
/// with intervention or with excessive force (acled-2020: 5 of 395 peaceful protests name one).
/// Done once typed and merged, so the types, read from who is named, do not move.
fn no_side_against_a_peaceful_protest(events: &mut [(Event, bool)]) {
    for (e, _) in events.iter_mut() {
        if e.sub_event_type == PEACEFUL_PROTEST {
            e.actor2 = None;
        }
    }
}

/// S135: an agreement is made between two parties: the first named again as the second (its
/// members freed, "Kaboul libère 900 talibans" carried to "les talibans"; "prisonniers talibans")
/// is no second party. Done once merged, as the sides of a telling may come from another one.
fn no_agreement_with_itself(events: &mut [(Event, bool)]) {
    for (e, _) in events.iter_mut() {
        if e.sub_event_type == "Agreement" && e.actor1.as_ref().zip(e.actor2.as_ref()).is_some_and(|(a, b)| same_actor(a, b)) {
            e.actor2 = None;
        }
    }
}

/// ACLED's sub-event type of a protest met with no intervention.
const PEACEFUL_PROTEST: &str = "Peaceful protest";

/// S100: the alpha-2 code of the state a location entity names: a country (`country:` id), or a
/// capital (`capital:` id: a seat of power, `actors-capitals.tsv`), told by the second value.
fn state_id(e: &vigie_core::Entity) -> Option<(String, bool)> {
    if e.label != vigie_core::EntityLabel::Location {
        return None;
    }
    let a = e.actor.as_ref()?;
    let id = a.id.as_deref()?;
    let capital = id.starts_with("capital:");
    (capital || id.starts_with("country:")).then(|| a.country.clone().map(|c| (c, capital))).flatten()
}

/// S106: the state `code` as a side of an event, not yet typed: [`EventStage::countries_as_states`]
/// makes it its forces or its government (inter 1, 8 abroad) once the event is typed and placed.
fn state_side(doc: &Document, code: String) -> ActorRef {
    ActorRef { id: Some(format!("country:{code}")), name: country_name(doc, &code), country: Some(code), ..Default::default() }
}

/// S100: the name of the country `code` as the document's country entities give it ("Turkey"),
/// if one names it; a capital does not ("Ankara").
fn country_name(doc: &Document, code: &str) -> Option<String> {
    doc.entities
        .iter()
        .filter_map(|e| e.actor.as_ref())
        .find(|a| a.id.as_deref().and_then(|id| id.strip_prefix("country:")) == Some(code))
        .and_then(|a| a.name.clone())
}

impl EventStage {
    /// S97: a country named as a side ("Russian and Syrian warplanes", "an attack on Syrian
    /// sovereignty") is its state (ACLED inter 1, 8 abroad): its forces in an act of violence (a
    /// battle, an explosion, violence against civilians), else its government; not in a protest
    /// or a riot, where it names a people. Done once the
    /// events are typed and merged: the types were read from who is named ("clashes between
    /// Palestinians and Israeli forces" stay mob violence).
    fn countries_as_states(&self, events: &mut [(Event, bool)]) {
        for (e, _) in events.iter_mut() {
            let kind = self.res.taxonomy.iter().find(|t| t.name == e.sub_event_type).map(|t| t.event_type.as_str());
            // A people in a crowd ("clashes between Palestinians and Israeli forces") is no state.
            if matches!(kind, Some("Protests" | "Riots")) {
                continue;
            }
            let violent = matches!(kind, Some("Battles" | "Explosions/Remote violence" | "Violence against civilians"));
            let place = e.location.as_ref().and_then(|l| l.country.clone());
            for actor in [&mut e.actor1, &mut e.actor2].into_iter().flatten() {
                if actor.inter.is_some() {
                    continue;
                }
                let Some(code) = actor.id.as_deref().and_then(|id| id.strip_prefix("country:")).map(str::to_string) else { continue };
                let (kind, title, plover) = if violent { ("mil", "Military Forces of", "MIL") } else { ("gov", "Government of", "GOV") };
                // S114: a state told only by its capital has the country's usual name.
                if actor.name.is_none() {
                    actor.name = self.country_names.get(&code).cloned();
                }
                actor.name = actor.name.as_ref().map(|n| format!("{title} {n}"));
                actor.id = Some(format!("{kind}:{code}"));
                actor.inter = Some(1);
                actor.inter = actor.inter_at(place.as_deref());
                actor.plover = Some(plover.into());
            }
        }
    }

    /// A battle told with one side only ("The pro-government forces were trapped and forced to
    /// retreat") is fought against the side it faced in the last battle told before it in which
    /// it was one of two sides ("IS retook the town from pro-government forces").
    fn other_sides(&self, events: &mut [(Event, bool)]) {
        let battle = |e: &Event| self.res.taxonomy.iter().any(|t| t.name == e.sub_event_type && t.event_type == "Battles");
        let same = |a: &ActorRef, b: &ActorRef| match (&a.id, &b.id) {
            (Some(x), Some(y)) => x == y,
            _ => a.name.is_some() && a.name == b.name,
        };
        for i in 1..events.len() {
            let (before, rest) = events.split_at_mut(i);
            let e = &mut rest[0].0;
            if !battle(e) || e.actor2.is_some() {
                continue;
            }
            let Some(side) = e.actor1.as_ref() else { continue };
            let faced = before.iter().rev().map(|(p, _)| p).filter(|p| battle(p)).find_map(|p| match (&p.actor1, &p.actor2) {
                (Some(a), Some(b)) if same(a, side) => Some(b.clone()),
                (Some(a), Some(b)) if same(b, side) => Some(a.clone()),
                _ => None,
            });
            e.actor2 = faced;
        }
    }
}

/// An actor ACLED names by its kind, with nobody identified ("Unidentified Armed Group",
/// "Civilians"), of `country`.
fn generic_actor(name: &str, inter: u8, plover: &str, country: Option<&str>) -> ActorRef {
    ActorRef {
        name: Some(name.to_string()),
        inter: Some(inter),
        country: country.map(str::to_string),
        plover: Some(plover.to_string()),
        ..Default::default()
    }
}

/// The sides ACLED's definitions imply when the sentence names none: violence against civilians
/// (and looting, and arrests) hits civilians; violence against civilians and bombs nobody is named for are the
/// work of an unidentified armed group, which ACLED codes as a political militia (inter 3), and so
/// are both sides of a clash nobody is named for. A battle has two sides: the party named together
/// with actor1 ("GNA and LNA forces clashed").
fn implied_actors(
    t: &SubEventType,
    actor1: &mut Option<ActorRef>,
    actor2: &mut Option<ActorRef>,
    partner: Option<ActorRef>,
    country: Option<&str>,
) {
    let generic = |name: &str, inter: u8, plover: &str| generic_actor(name, inter, plover, country);
    let against_civilians = t.event_type == "Violence against civilians";
    let bomb = matches!(t.name.as_str(), "Remote explosive/landmine/IED" | "Grenade" | "Suicide bomb");
    if actor1.is_none() && (against_civilians || bomb) {
        *actor1 = Some(generic(UNIDENTIFIED_ARMED_GROUP, UNIDENTIFIED, "UAF"));
    }
    if actor2.is_none() && (against_civilians || matches!(t.name.as_str(), "Looting/property destruction" | "Arrests")) {
        *actor2 = Some(generic("Civilians", CIVILIANS, "CVL"));
    }
    // A clash nobody is named for ("a shoot-out took place"): two unidentified armed groups.
    if actor1.is_none() && actor2.is_none() && t.name == "Armed clash" {
        *actor1 = Some(generic(UNIDENTIFIED_ARMED_GROUP, UNIDENTIFIED, "UAF"));
        *actor2 = Some(generic(UNIDENTIFIED_ARMED_GROUP, UNIDENTIFIED, "UAF"));
    }
    if actor2.is_none() && t.event_type == "Battles" {
        *actor2 = partner.map(|p| ActorRef { inter: p.inter_at(country), ..p });
    }
}

/// ACLED's inter codes for unidentified armed groups (political militias), rioters, protesters
/// and civilians.
const UNIDENTIFIED: u8 = 3;
/// The name ACLED gives an armed group nobody names, as `implied_actors` sets it.
const UNIDENTIFIED_ARMED_GROUP: &str = "Unidentified Armed Group";
/// S126: ACLED's name of a gang hit that no one names (the actor stage's own for "gang members").
const UNIDENTIFIED_GANG: &str = "Unidentified Gang";
/// S142: ACLED's inter code of identity (communal, ethnic, clan) militias, and the name of one
/// nobody names (resources/actors/actors.tsv).
const COMMUNAL: u8 = 4;
const UNIDENTIFIED_COMMUNAL_MILITIA: &str = "Unidentified Communal Militia";
const RIOTERS: u8 = 5;
const PROTESTERS: u8 = 6;
const CIVILIANS: u8 = 7;
/// PLOVER agent types of organisations that report or host what others do (media, companies):
/// with no ACLED actor type of their own, they are never one side of an event (S37). S106: nor a
/// monitoring body or an aid group of no ACLED type ("the Syrian Observatory for Human Rights",
/// "l'OSDH", "the White Helmets"): it reports; ACLED codes its people hit as civilians.
const NOT_PARTIES: [&str; 3] = ["MED", "BUS", "NGO"];
/// S161: the id prefix of the actors of kind `geo` (resources/actors/kinds.tsv): a country's land,
/// no actor.
const GEO_KIND: &str = "geo:";
/// S135: the generic actor of prisoners and hostages (resources/actors/actors.tsv).
const HELD: &str = "prisoners";

/// S135: two references to one actor: the same id, or the same name of the same country.
fn same_actor(a: &ActorRef, b: &ActorRef) -> bool {
    match (a.id.as_deref(), b.id.as_deref()) {
        (Some(x), Some(y)) => x == y,
        _ => a.name.is_some() && a.name == b.name && a.country == b.country,
    }
}

/// The day (or span of days) the sentence dates the event to.
fn date(doc: &Document, sentence: Span) -> Option<String> {
    told_date(doc, sentence, &[])
}

/// The temporal expressions of the sentence that date its telling, not what it tells: the day
/// right after a reporting verb ("a indiqué ce vendredi le ministère", "a-t-on appris vendredi",
/// "the ministry said on Monday"), at most one word from it and in its clause. The telling is on
/// the day of the event or after it: such a day dates the event only when the sentence names no
/// other ([`nearest_date`]), and it does not make the sentence dated for merging, so the same
/// event told again with its own day ("tués jeudi soir") is one record.
fn telling_days(doc: &Document, data: &LanguageData, words: &[Word], sentence: Span, source_cues: &[lexicon::Match]) -> Vec<Span> {
    let times: Vec<&vigie_core::TimeExpr> = doc.times.iter().filter(|t| sentence.contains(t.span)).collect();
    if times.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for m in source_cues {
        if *data.sources.value(m.pattern) != resources::SourceCue::Verb
            || (m.start > 0 && data.passive_auxiliaries.contains(&words[m.start - 1].folded))
        {
            continue;
        }
        let verb_end = words[m.end - 1].span.end;
        for t in &times {
            let Some(gap) = doc.text.get(verb_end..t.span.start) else { continue };
            if t.span.start >= verb_end && gap.split_whitespace().count() <= 1 && !gap.contains([',', ';', ':', '.', '(', ')']) {
                out.push(t.span);
            }
        }
    }
    out
}

/// [`date`] without the days of the telling (`told`, [`telling_days`]), nor a day after the
/// publication when that skips one (a telling's "au lendemain de l'attaque" counted from the
/// telling's day is not the attack's).
fn told_date(doc: &Document, sentence: Span, told: &[Span]) -> Option<String> {
    let after = |d: &String| after_publication(doc, d);
    let mut days = doc.times.iter().filter(|t| sentence.contains(t.span) && !told.contains(&t.span)).filter_map(|t| timex_day(doc, t));
    let first = days.next()?;
    if !after(&first) {
        return Some(first);
    }
    // S110: a day after the publication ("l'attentat du marché de Noël" read as 25 December, a
    // visit to come) does not date what the sentence tells when it names a day that is not; it
    // does when it is the only one (and not after a telling).
    days.find(|d| !after(d)).or_else(|| told.is_empty().then_some(first))
}

/// S83: the day (or span of days) a temporal expression names: a date's ([`day_or_span`]), or the
/// day of a time of day that names one ("jeudi soir" 2018-12-13TEV, "on Tuesday morning"): the
/// event told at that time happened that day, not on the day of publication. A time of day
/// resolved after the publication ("early-morning" read as the next morning) dates nothing.
/// S120: a week named relative to the publication ([`relative_week`]) is the span of its days.
fn timex_day(doc: &Document, t: &vigie_core::TimeExpr) -> Option<String> {
    match t.kind {
        TimexType::Date => relative_week(doc, t).or_else(|| day_or_span(&t.value)),
        TimexType::Time if t.value.as_bytes().get(10) == Some(&b'T') => {
            let day = day_or_span(t.value.get(..10)?)?;
            let published = doc.meta.published.as_ref().map(|p| p.date.to_string());
            published.is_none_or(|p| day <= p).then_some(day)
        }
        _ => None,
    }
}

/// S120: the days a week named with no number of its own ("last week", "la semaine dernière",
/// "this week", "cette semaine") stands for in a news report: the week before the publication's
/// is the seven days before the publication ("last week's chemical attack" in a Thursday's paper
/// is the Saturday before; the calendar week's Wednesday misses it by up to six days); the
/// publication's own week is its days up to the publication. A span (FORMAT.md), not one day:
/// a telling that names the day inside it dates the event ([`take_date`]). A week with a number
/// ("the week of 2 April", "2018-W14") keeps its Wednesday ([`day_or_span`]), and so does a week
/// named with a position in it, longer than a bare week (a determiner, the week, its cue: at most
/// three words): "en milieu de semaine dernière" is the calendar week's middle.
fn relative_week(doc: &Document, t: &vigie_core::TimeExpr) -> Option<String> {
    let (year, w) = t.value.split_once("-W")?;
    let (year, w): (i16, i8) = (year.parse().ok()?, w.parse().ok()?);
    let published = doc.meta.published.as_ref()?.date;
    let text = doc.text.get(t.span.start..t.span.end)?;
    if text.bytes().any(|b| b.is_ascii_digit()) || text.split(|c: char| c.is_whitespace() || c == '\'' || c == '\u{2019}').filter(|w| !w.is_empty()).count() > 3 {
        return None;
    }
    let week = |d: jiff::civil::Date| {
        let iso = d.iso_week_date();
        (iso.year(), iso.week())
    };
    let week_before = published.checked_sub(jiff::Span::new().days(7)).ok()?;
    if (year, w) == week(week_before) {
        let day_before = published.yesterday().ok()?;
        return Some(format!("{week_before}/{day_before}"));
    }
    if (year, w) == week(published) {
        let monday = jiff::civil::ISOWeekDate::new(year, w, jiff::civil::Weekday::Monday).ok()?.date();
        return Some(days_value(monday, published));
    }
    None
}

/// S77: the day (or span of days) the sentence dates the event to. When the first day it names is
/// the day of publication, the day of the telling, and an earlier day is named nearer the trigger,
/// that earlier day is the event's: "The French executive spoke out on Tuesday after six aid
/// workers were killed on Sunday in an attack" (published on Tuesday) is Sunday's attack.
/// A day named right after a reporting verb ([`telling_days`], `told`) dates the event only when
/// the sentence names no other. S110: the day tied to the trigger ([`trigger_day`]) comes first.
fn nearest_date(doc: &Document, sentence: Span, trigger: Span, told: &[Span]) -> Option<String> {
    if let Some(day) = trigger_day(doc, sentence, trigger, told) {
        return Some(day);
    }
    let Some(first) = told_date(doc, sentence, told) else { return date(doc, sentence) };
    let Some(published) = doc.meta.published.as_ref().map(|p| p.date.to_string()) else { return Some(first) };
    if first != published {
        return Some(first);
    }
    let gap = |s: Span| if s.end <= trigger.start { trigger.start - s.end } else { s.start.saturating_sub(trigger.end) };
    doc.times
        .iter()
        .filter(|t| sentence.contains(t.span) && !told.contains(&t.span))
        .filter_map(|t| timex_day(doc, t).map(|d| (gap(t.span), d)))
        .min_by_key(|(g, _)| *g)
        .map(|(_, d)| d)
        .filter(|d| d.len() == 10 && d.as_str() < published.as_str())
        .or(Some(first))
}

/// The text after a possessive "'s " (straight or curly apostrophe) that `text` starts with.
fn after_possessive(text: &str) -> Option<&str> {
    text.strip_prefix("'s ").or_else(|| text.strip_prefix("\u{2019}s "))
}

/// S110: the day tied to the trigger itself, which dates the event before any other day of the
/// sentence (the day of a saying, of a visit, of a tribute): a day right after the trigger, at
/// most one word from it and in its clause ("tués jeudi soir", "l'attaque de samedi", "the attack
/// on Saturday"), or a day owning the trigger ("Saturday's suspected chemical attack": the day, a
/// possessive mark, at most three words, the trigger). Not a day of the telling (`told`), nor one
/// after the publication, nor when a day heads the sentence.
fn trigger_day(doc: &Document, sentence: Span, trigger: Span, told: &[Span]) -> Option<String> {
    // A day heading the sentence, set off by a comma or a bracket ("On 6 May 2020, gunmen ...
    // civilians abducted on 29 April", "Mardi, ..."), dates the story the sentence tells.
    let head = doc.times.iter().filter(|t| sentence.contains(t.span)).take(1).any(|t| {
        doc.text.get(sentence.start..t.span.start).is_some_and(|g| g.split_whitespace().count() <= 1 && !g.contains([',', ';', ':']))
            && doc.text.get(t.span.end..sentence.end).is_some_and(|g| g.trim_start().starts_with([',', '(']))
    });
    if head {
        return None;
    }
    let clause = |gap: &str| !gap.contains([',', ';', ':', '.', '(', ')', '"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '\u{2013}', '\u{2014}']);
    let tied = |t: &vigie_core::TimeExpr| {
        if t.span.start >= trigger.end {
            let gap = doc.text.get(trigger.end..t.span.start)?;
            return (gap.split_whitespace().count() <= 1 && clause(gap)).then_some(());
        }
        if t.span.end <= trigger.start {
            let gap = doc.text.get(t.span.end..trigger.start)?;
            let rest = after_possessive(gap)?;
            return (rest.split_whitespace().count() <= 3 && clause(rest)).then_some(());
        }
        None
    };
    doc.times
        .iter()
        .filter(|t| sentence.contains(t.span) && !told.contains(&t.span))
        .filter(|t| tied(t).is_some())
        .filter_map(|t| timex_day(doc, t))
        .find(|d| !after_publication(doc, d))
}

/// Whether a day (or the first day of a span) the sentence names is after the publication: the
/// one test of [`told_date`] and [`trigger_day`] (S120). No publication date, or no day to read,
/// is not after.
fn after_publication(doc: &Document, day: &str) -> bool {
    let published = doc.meta.published.as_ref().map(|p| p.date.to_string());
    published.is_some_and(|p| day.get(..10).is_some_and(|d| d > p.as_str()))
}

/// Where the paragraph (a line of the text) holding a byte begins, found for the sentences of a
/// document in text order: the text is read once, not back to its start for every sentence (a text
/// with no line break is one paragraph).
#[derive(Default)]
struct Paragraphs {
    /// How far the text was read, and the start of the paragraph there.
    read: usize,
    start: usize,
}

impl Paragraphs {
    fn start(&mut self, text: &str, at: usize) -> usize {
        if at < self.read {
            return text[..at].rfind('\n').map_or(0, |i| i + 1);
        }
        if let Some(i) = text[self.read..at].rfind('\n') {
            self.start = self.read + i + 1;
        }
        self.read = at;
        self.start
    }
}

/// S163: whether the last date told before the sentence in its paragraph, of any size (a day, a
/// month, a year), ended more than `BACKGROUND_DAYS` before the publication ("aux mains des
/// pro-Haftar depuis avril 2019. A cette date, le maréchal avait lancé une offensive"): a
/// pluperfect sentence right after it goes on with that past, not with an earlier recent day of
/// the paragraph that `earlier_date` (days only) would hand it.
fn last_told_old(doc: &Document, sentence: Span, paragraph: usize) -> bool {
    let Some(limit) = doc.meta.published.as_ref().and_then(|p| modality::background_limit(p.date)) else { return false };
    doc.times
        .iter()
        .filter(|t| t.kind == TimexType::Date && t.span.start >= paragraph && t.span.end <= sentence.start)
        .filter_map(|t| modality::period_end(&t.value).map(|end| (t.span.start, end)))
        .max_by_key(|(start, _)| *start)
        .is_some_and(|(_, end)| end < limit)
}

/// The date a sentence that states none inherits: the last day stated before it in its paragraph
/// (a line of the text), the story the sentence goes on telling ("On 5 May, ... Later, police
/// ..."). A day more than `BACKGROUND_DAYS` before the publication, or after it, is the past the
/// article recalls ("like the attack of 22 July 2011") or what is to come, not the day of the
/// sentences that follow it: those take the publication date.
fn earlier_date(doc: &Document, sentence: Span, paragraph: usize) -> Option<String> {
    let day = doc
        .times
        .iter()
        .filter(|t| t.kind == TimexType::Date && t.span.start >= paragraph && t.span.end <= sentence.start)
        .filter_map(|t| relative_week(doc, t).or_else(|| day_or_span(&t.value)).map(|d| (t.span.start, d)))
        .max_by_key(|(start, _)| *start)
        .map(|(_, d)| d)?;
    let Some(published) = doc.meta.published.as_ref().map(|p| p.date) else { return Some(day) };
    let first: jiff::civil::Date = day.get(..10)?.parse().ok()?;
    let recent = modality::background_limit(published).is_some_and(|limit| first >= limit);
    (recent && first <= published).then_some(day)
}

/// S127: the day an event is counted from the day of an earlier event of the article that its
/// sentence names ("Deux jours après l'attaque, ..." is the attack's day and two; "au lendemain de
/// l'attentat" one; "on the eve of the raid" one before). A word of `day_counts`
/// (`event-words.tsv`) followed by a trigger (right after it, or after a determiner and at most
/// one word more) names that event; `count_after` and `count_before` need a count before them
/// ("two days", "une semaine": a number or an article, a `day_unit` or a `week_unit`): a count
/// with no number ("quelques jours", "days after") is the span of the second to the sixth day.
/// The day counted from is the one told right after the trigger ("l'attaque du 7 mars", at most
/// one word between) or else the day of the latest earlier event of the article that its own
/// sentence dated, of the trigger's type if one is, else violent. None when the sentence names a
/// day of its own outside the phrase (not a day of the telling, `told`), when no such day is
/// found, or when the day counted is after the publication (the end of a span is cut at it).
/// When the event told is the one named (`best` is the phrase's trigger: `true` with the day),
/// its day is the one told with it, or the telling's (the sentence's day outside the phrase, else
/// the publication) counted back by a count that is not vague. A relative clause opened right
/// after the trigger ("l'attaque qui a frappé dimanche") is part of the phrase.
#[allow(clippy::too_many_arguments)]
fn counted_day(
    doc: &Document,
    data: &LanguageData,
    taxonomy: &[SubEventType],
    words: &[Word],
    sentence: Span,
    told: &[Span],
    triggers: &[lexicon::Match],
    best: &lexicon::Match,
    events: &[(Event, bool)],
) -> Option<(String, bool)> {
    let number = |w: &Word| -> Option<i64> {
        if let Ok(n) = w.folded.parse::<i64>() {
            return Some(n);
        }
        match data.numbers.get(&w.folded) {
            Some(resources::NumberWord::Unit(n)) => i64::try_from(*n).ok(),
            _ => data.articles.contains(&w.folded).then_some(1),
        }
    };
    for cue in data.day_counts.find_all(words) {
        // The trigger the cue names: right after it, or after a determiner and one word more.
        // A noun: after a determiner, an elided article ("l'attaque") or a cue ending in one
        // ("lendemain des"); not a verb ("a demonstration the day before gathered dozens").
        let determiner = |i: usize| data.determiners.contains(&words[i].folded);
        let Some(object) = triggers.iter().find(|t| {
            (t.start == cue.end && cue.end < words.len() && (words[t.start].bare.is_some() || determiner(cue.end - 1)))
                || (t.start > cue.end && t.start <= cue.end + 2 && determiner(cue.end))
        }) else {
            continue;
        };
        // The count: (days, vague); the phrase starts at its first word.
        let (count, vague, from) = match *data.day_counts.value(cue.pattern) {
            resources::DayCount::Fixed(n) => (i64::from(n), false, cue.start),
            c => {
                let Some(unit) = cue.start.checked_sub(1) else { continue };
                let size = if data.day_units.contains(&words[unit].folded) {
                    1
                } else if data.week_units.contains(&words[unit].folded) {
                    7
                } else {
                    continue;
                };
                let n = unit.checked_sub(1).and_then(|i| number(&words[i]).map(|n| (n, i)));
                let sign = if c == resources::DayCount::Before { -1 } else { 1 };
                // A count with no number: a `vague_count` word ("quelques jours", "a few days") or
                // the unit opening its clause ("Days after the attack"); not "that same day after".
                let vague = match unit.checked_sub(1) {
                    None => Some(unit),
                    Some(i) if data.vague_counts.contains(&words[i].folded) => Some(i),
                    Some(i) if doc.text.get(words[i].span.end..words[unit].span.start).is_some_and(|g| g.contains([',', ';', ':'])) => Some(unit),
                    Some(_) => None,
                };
                match (n, vague) {
                    (Some((n, i)), _) if (1..=60).contains(&n) => (sign * n * size, false, i),
                    (None, Some(i)) if size == 1 => (sign, true, i),
                    _ => continue,
                }
            }
        };
        // The phrase, and the relative clause opened right after its trigger ("l'attaque qui a
        // frappé dimanche le Sri Lanka,"): its days are the named event's.
        let mut phrase = Span::new(words[from].span.start, words[object.end - 1].span.end);
        // (At most one word between: "les attaques coordonnées qui ont frappé dimanche".)
        let opener = |i: usize| words.get(i).is_some_and(|w| data.relative_openers.contains(&w.folded));
        let adjoined = doc.text.get(words[object.end - 1].span.end..words.get(object.end).map_or(sentence.end, |w| w.span.start)).is_some_and(|g| g.trim().is_empty());
        if opener(object.end) || (adjoined && opener(object.end + 1)) {
            let rest = doc.text.get(phrase.end..sentence.end).unwrap_or("");
            phrase.end += rest.find([',', ';', ':', '(', '\u{2013}', '\u{2014}']).unwrap_or(rest.len());
        }
        let in_phrase = |s: Span| s.start < phrase.end && s.end > phrase.start;
        // The event told is the named one: its trigger is the phrase's, or in its relative clause.
        let named = best.start >= object.start && (best.end <= object.end || words[best.end - 1].span.end <= phrase.end);
        // The day told right after the trigger, or in its relative clause, is the named event's.
        let object_end = words[object.end - 1].span.end;
        let own = doc.times.iter().find(|t| {
            t.span.start >= object_end
                && (t.span.end <= phrase.end
                    || doc.text.get(object_end..t.span.start).is_some_and(|g| g.split_whitespace().count() <= 1 && !g.contains([',', ';', ':', '.', '(', ')'])))
        });
        let named_day = own.and_then(|t| timex_day(doc, t)).filter(|d| !after_publication(doc, d));
        let other_day = doc
            .times
            .iter()
            .filter(|t| sentence.contains(t.span) && !told.contains(&t.span) && !in_phrase(t.span))
            .filter(|t| named_day.is_none() || own.map(|o| o.span) != Some(t.span))
            .filter_map(|t| timex_day(doc, t))
            .find(|d| !after_publication(doc, d));
        if named {
            // The sentence tells the named event again: its day, or the day of the telling (the
            // sentence's other day, else the publication) counted back ("Au lendemain de
            // l'attentat, ..." in the next day's paper is the day before).
            if let Some(day) = named_day {
                return Some((day, true));
            }
            let telling = other_day.or_else(|| doc.meta.published.as_ref().map(|p| p.date.to_string()))?;
            return (!vague).then(|| shifted(doc, &telling, -count, false)).flatten().map(|d| (d, true));
        }
        if other_day.is_some() {
            return None;
        }
        let reference = named_day.or_else(|| {
            let object_type = match data.triggers.value(object.pattern).reading {
                Reading::Type(i) => taxonomy.get(i).map(|t| t.name.as_str()),
                _ => None,
            };
            let violent = |e: &Event| {
                taxonomy.iter().any(|t| {
                    t.name == e.sub_event_type && matches!(t.event_type.as_str(), "Battles" | "Explosions/Remote violence" | "Violence against civilians")
                })
            };
            let earlier = || events.iter().rev().filter(|(e, own_day)| *own_day && e.evidence.end <= sentence.start && e.date.is_some());
            earlier()
                .find(|(e, _)| Some(e.sub_event_type.as_str()) == object_type)
                .or_else(|| earlier().find(|(e, _)| violent(e)))
                .and_then(|(e, _)| e.date.clone())
        })?;
        return shifted(doc, &reference, count, vague).map(|d| (d, false));
    }
    None
}

/// S127: a day or a span ("2020-03-07", "2020-03-01/2020-03-07") moved by `days` (a vague count:
/// the span of the second to the sixth day after, or before), its end cut at the publication;
/// None when it starts after the publication.
fn shifted(doc: &Document, day: &str, days: i64, vague: bool) -> Option<String> {
    let (a, b) = day.split_once('/').unwrap_or((day, day));
    let (a, b): (jiff::civil::Date, jiff::civil::Date) = (a.parse().ok()?, b.parse().ok()?);
    let by = |d: jiff::civil::Date, n: i64| d.checked_add(jiff::Span::new().days(n)).ok();
    let (start, end) = match (vague, days < 0) {
        (false, _) => (by(a, days)?, by(b, days)?),
        (true, false) => (by(a, 2)?, by(b, 6)?),
        (true, true) => (by(a, -6)?, by(b, -2)?),
    };
    let published = doc.meta.published.as_ref().map(|p| p.date);
    if published.is_some_and(|p| start > p) {
        return None;
    }
    let end = published.map_or(end, |p| end.min(p));
    Some(days_value(start, end))
}

/// The value of the days `start` to `end`: one day ("2018-04-07") when they are the same, else the
/// span ("2018-04-05/2018-04-11").
fn days_value(start: jiff::civil::Date, end: jiff::civil::Date) -> String {
    if start == end {
        start.to_string()
    } else {
        format!("{start}/{end}")
    }
}

/// Where the two sentences before `sentence` begin (the one before when there is only one; the
/// sentence's own start when it is the first).
fn two_sentences_before(doc: &Document, sentence: Span) -> usize {
    let at = doc.sentences.partition_point(|s| s.span.end <= sentence.start);
    doc.sentences[at.saturating_sub(2)..at].first().map_or(sentence.start, |s| s.span.start)
}

/// Whether one of the two sentences before `sentence` names a day: the story a noun with no
/// anchor of its own refers back to ("On 2 May, Israeli forces fired at fishermen. ... The
/// reason behind the attack is unknown.").
fn recently_dated(doc: &Document, sentence: Span) -> bool {
    let from = two_sentences_before(doc, sentence);
    doc.times
        .iter()
        .any(|t| t.kind == TimexType::Date && t.span.start >= from && t.span.end <= sentence.start && day_or_span(&t.value).is_some())
}

/// Whether a percentage (digits written with the sign `%`, "52%", "52 %") follows the trigger
/// ending before word `end`, at most four words on, in its clause: the trigger then tells a share.
fn share_after(doc: &Document, words: &[Word], breaks: &[bool], end: usize) -> bool {
    (end..words.len().min(end + 4))
        .take_while(|&i| !breaks[i])
        .any(|i| {
            words[i].folded.bytes().all(|b| b.is_ascii_digit())
                && doc.text.get(words[i].span.end..).is_some_and(|rest| rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']).starts_with('%'))
        })
}

/// "2017-11-11" as it is; a weekend "2017-W45-WE" as "2017-11-11/2017-11-12"; a week "2017-W45" as
/// its Wednesday, the middle of the week, as ACLED codes an event known only to its week; anything
/// vaguer: None.
fn day_or_span(value: &str) -> Option<String> {
    if value.len() == 10 && value.parse::<jiff::civil::Date>().is_ok() {
        return Some(value.to_string());
    }
    let (week, weekend) = match value.strip_suffix("-WE") {
        Some(week) => (week, true),
        None => (value, false),
    };
    let (year, w) = week.split_once("-W")?;
    let year: i16 = year.parse().ok()?;
    let w: i8 = w.parse().ok()?;
    if !weekend {
        let wednesday = jiff::civil::ISOWeekDate::new(year, w, jiff::civil::Weekday::Wednesday).ok()?.date();
        return Some(wednesday.to_string());
    }
    let saturday = jiff::civil::ISOWeekDate::new(year, w, jiff::civil::Weekday::Saturday).ok()?.date();
    let sunday = saturday.tomorrow().ok()?;
    Some(format!("{saturday}/{sunday}"))
}

/// The same event told again (same type, same place, same date, or a date only one telling gives,
/// told as happened both times or as not happened both times) adds its evidence to the first
/// telling's `mentions` and fills the arguments the first telling lacks.
fn merge_or_push(events: &mut Vec<(Event, bool)>, event: Event, dated: bool) {
    merge_or_push_told(events, event, dated, &[]);
}

/// [`merge_or_push`], told what each telling's own sentence names (`tellings`, S107): a telling
/// that no rule below merges goes through [`repeat_second_pass`] before it is pushed.
fn merge_or_push_told(events: &mut Vec<(Event, bool)>, event: Event, dated: bool, tellings: &[Telling]) {
    if is_aftermath(events, &event) {
        return;
    }
    let place = |e: &Event| e.location.as_ref().and_then(|l| l.geonameid);
    // S114: a telling that names a date the kept event cannot have is another event.
    let own = telling_of(tellings, &event);
    let same_time = |e: &Event, e_dated: bool| {
        (same_days(e.date.as_deref(), event.date.as_deref()) || !e_dated || !dated) && e.happened() == event.happened() && !own.is_some_and(|t| t.other_time(e))
    };
    // A protest, then the police stepping in ("Police dispersed the protesters"): one protest,
    // coded by the harshest treatment the crowd met.
    let severity = protest_severity(&event.sub_event_type);
    if let Some((first, first_dated)) = events.iter_mut().find(|(e, e_dated)| {
        severity.is_some_and(|s| protest_severity(&e.sub_event_type).is_some_and(|f| f < s)) && same_time(e, *e_dated)
    }) {
        first.sub_event_type = event.sub_event_type.clone();
        first.plover = event.plover.clone();
        first.cameo = event.cameo.clone();
        // The crowd of a demonstration turned violent are its rioters, as ACLED codes them.
        if first.sub_event_type == "Violent demonstration" {
            if let Some(a) = first.actor1.as_mut().filter(|a| a.inter == Some(PROTESTERS)) {
                a.name = Some("Rioters".to_string());
                a.inter = Some(RIOTERS);
            }
        }
        take_date(first, first_dated, &event, dated);
        absorb_told(first, event, tellings);
        return;
    }
    // A place taken, told twice on the same day by who holds it ("the army retook the town on
    // Wednesday", "Hezbollah fighters said they had retaken it on Wednesday"), is one change of
    // hands, whichever side the second telling names: the first telling types it.
    let territory = |t: &str| matches!(t, "Government regains territory" | "Non-state actor overtakes territory");
    if let Some((first, _)) = events.iter_mut().find(|(e, e_dated)| {
        dated
            && *e_dated
            && e.date.is_some()
            // S123: or a span of days that holds the day the other names ("en milieu de semaine
            // dernière", "mercredi"): the day is the event's.
            && same_days(e.date.as_deref(), event.date.as_deref())
            && e.sub_event_type != event.sub_event_type
            && territory(&e.sub_event_type)
            && territory(&event.sub_event_type)
            && place(e).is_some()
            && place(e) == place(&event)
            && e.happened() == event.happened()
    }) {
        if first.date.as_deref().is_some_and(|d| d.contains('/')) && event.date.as_deref().is_some_and(|d| d.len() == 10) {
            first.date = event.date.clone();
        }
        absorb_told(first, event, tellings);
        return;
    }
    // S51: an attack told after an explosion or a strike of the same day and place, as happened
    // both times, is that explosion told again without its means ("A suicide bombing killed four
    // Americans ... Two soldiers and two civilians were killed."): the means told first types it.
    // Not a clash: a firefight after the shelling or the bomb is how ACLED codes the whole event.
    let means = |t: &str| {
        matches!(
            t,
            "Suicide bomb" | "Remote explosive/landmine/IED" | "Chemical weapon" | "Air/drone strike" | "Shelling/artillery/missile attack" | "Grenade"
        )
    };
    // S94: a grenade or an explosive, then a clash told in the very next sentence at the same
    // place and time ("threw a hand grenade at the police. Police responded with gunfire.", "used
    // explosives in a bank robbery. The group opened fire against a police unit."): the side hit
    // fought back, and ACLED codes the whole as one armed clash. Not when civilians are the side
    // hit in either telling: a clash needs two organised armed sides. A clash telling that counts
    // dead with nobody doing it ("Three soldiers were killed.") is the explosion's toll told again:
    // it joins the explosion, which keeps its type.
    // S101: so do mortars or artillery fired, then small arms fired or seen in the next sentence
    // ("fired 120mm mortars at the positions near Krymske. The OSCE SMM observed 7 shots
    // involving small arms near Krymske."): acled-2020 codes the whole as an armed clash
    // (UKR36956, UKR36584, UKR36687), and the shelling alone, or with heavy weapons seen after
    // it, as shelling. Only a shelling whose side firing is named: two armed sides make a clash.
    let civilians_hit = |e: &Event| e.actor2.as_ref().and_then(|a| a.inter) == Some(CIVILIANS);
    if event.sub_event_type == "Armed clash" && event.happened() && !civilians_hit(&event) {
        if let Some((first, _)) = events.last_mut().filter(|(e, e_dated)| {
            (matches!(e.sub_event_type.as_str(), "Grenade" | "Remote explosive/landmine/IED")
                || (e.sub_event_type == "Shelling/artillery/missile attack" && e.actor1.is_some()))
                && !civilians_hit(e)
                && e.confidence.is_some()
                && e.happened()
                && same_place(e.location.as_ref(), event.location.as_ref())
                && same_time(e, *e_dated)
                && event.evidence.start >= e.evidence.end
                && event.evidence.start - e.evidence.end <= 3
        }) {
            let toll = event.fatalities.unwrap_or(0) > 0 || event.injuries.unwrap_or(0) > 0;
            if !toll {
                first.sub_event_type = event.sub_event_type.clone();
                first.plover = event.plover.clone();
                first.cameo = event.cameo.clone();
                absorb_told(first, event, tellings);
                return;
            }
            if event.actor1.is_none() {
                absorb_told(first, event, tellings);
                return;
            }
        }
    }
    // S125: an attack by an armed group, then a clash told in the very next sentence at the same
    // place and time, with no toll of its own and an armed first side ("suspected militiamen
    // attacked the village of Bamba. Dan Na Ambassagou militiamen routed the assailants."): the
    // side hit fought back (or the attackers met armed men), and ACLED codes the whole as one
    // armed clash, the clash's first side its second one.
    let armed_side = |a: Option<&ActorRef>| a.and_then(|a| a.inter).is_some_and(|i| matches!(i, 1..=4 | 8));
    if event.sub_event_type == "Armed clash"
        && event.happened()
        && armed_side(event.actor1.as_ref())
        && event.fatalities.unwrap_or(0) == 0
        && event.injuries.unwrap_or(0) == 0
    {
        if let Some((first, _)) = events.last_mut().filter(|(e, e_dated)| {
            e.sub_event_type == "Attack"
                && e.confidence.is_some()
                && e.happened()
                && armed_side(e.actor1.as_ref())
                && same_place(e.location.as_ref(), event.location.as_ref())
                && same_time(e, *e_dated)
                && event.evidence.start >= e.evidence.end
                && event.evidence.start - e.evidence.end <= 3
        }) {
            first.sub_event_type = event.sub_event_type.clone();
            first.plover = event.plover.clone();
            first.cameo = event.cameo.clone();
            first.actor2 = event.actor1.clone();
            absorb_told(first, event, tellings);
            return;
        }
    }
    if event.sub_event_type == "Attack" {
        if let Some((first, _)) = events.iter_mut().find(|(e, e_dated)| {
            means(&e.sub_event_type)
                && e.confidence.is_some()
                && place(e).is_some()
                && same_place(e.location.as_ref(), event.location.as_ref())
                && same_time(e, *e_dated)
        }) {
            absorb_told(first, event, tellings);
            return;
        }
    }
    // S103: repeats within an article. A later telling of the same event, at the first telling's
    // place (or a town next to it: `near_towns`), on its day:
    // - an armed clash with no side named firing ("at least 14 people died in the double attack,
    //   in the stronghold of the jihadists", "seven guardsmen were killed") after an attack, an
    //   explosion or a strike is that event's toll told again: it joins it, which keeps its type;
    // - the bomb told after an attack ("un double attentat ... une bombe artisanale a été
    //   déclenchée") types the attack: the first telling takes the bomb's type, when no other side
    //   is named. Not a chemical weapon and a strike: in the news read (the Douma attack, April
    //   2018) the strikes told near it are the answer to it, by other forces.
    let repeat_place = |e: &Event| {
        same_place(e.location.as_ref(), event.location.as_ref())
            || near_towns(e.location.as_ref(), event.location.as_ref())
    };
    let same_side = |e: &Event| match (e.actor1.as_ref(), event.actor1.as_ref()) {
        (Some(a), Some(b)) => a.inter == b.inter && (a.name == b.name || a.inter == Some(UNIDENTIFIED)),
        _ => true,
    };
    let bomb = |t: &str| matches!(t, "Suicide bomb" | "Remote explosive/landmine/IED" | "Grenade");
    // A telling of the same type told before wins: it is merged below.
    let told_so = events.iter().any(|(e, e_dated)| {
        e.sub_event_type == event.sub_event_type
            && (same_place(e.location.as_ref(), event.location.as_ref()) || (e.confidence.is_some() && near_towns(e.location.as_ref(), event.location.as_ref())))
            && same_time(e, *e_dated)
            && (e.confidence.is_some() || e.date == event.date)
    });
    if event.happened() && !told_so {
        let clash_toll = event.sub_event_type == "Armed clash" && event.actor1.is_none();
        let typed_by_means = bomb(&event.sub_event_type);
        if let Some((first, first_dated)) = events.iter_mut().find(|(e, e_dated)| {
            e.happened()
                && e.confidence.is_some()
                && repeat_place(e)
                && same_time(e, *e_dated)
                && ((clash_toll && (e.sub_event_type == "Attack" || means(&e.sub_event_type)))
                    || (typed_by_means && same_side(e) && e.sub_event_type == "Attack"))
        }) {
            if typed_by_means {
                first.sub_event_type = event.sub_event_type.clone();
                first.plover = event.plover.clone();
                first.cameo = event.cameo.clone();
            }
            if first.actor1.is_none() {
                first.actor1 = event.actor1.clone();
            }
            take_date(first, first_dated, &event, dated);
            absorb_told(first, event, tellings);
            return;
        }
    }
    // S48: a ghost of `run` (the past recalled, with no confidence) takes only a telling of its own
    // date: an undated telling given the article's date is news.
    if let Some((first, first_dated)) = events.iter_mut().find(|(e, e_dated)| {
        (e.sub_event_type == event.sub_event_type
            || severity.is_some_and(|s| protest_severity(&e.sub_event_type).is_some_and(|f| f >= s)))
            && (same_place(e.location.as_ref(), event.location.as_ref())
                || (e.confidence.is_some() && near_towns(e.location.as_ref(), event.location.as_ref())))
            && same_time(e, *e_dated)
            && (e.confidence.is_some() || e.date == event.date)
    }) {
        take_date(first, first_dated, &event, dated);
        // S38: told at a province, then at a place inside it: the place is where it happened.
        if first.location.as_ref().zip(event.location.as_ref()).is_some_and(|(p, t)| holds(p, t)) {
            first.location = event.location.clone();
        }
        if first.actor1.is_none() {
            first.actor1 = event.actor1.clone();
        }
        absorb_told(first, event, tellings);
        return;
    }
    if let Some(event) = repeat_second_pass(events, event, dated, tellings) {
        events.push((event, dated));
    }
}

/// S107: what one telling's own sentence names: the places it names (the dateline's aside; a
/// place that holds another one it names is left out: "Aleppo, Syria" names Aleppo), and whether
/// its trigger is a casualty word ("killed", "tués", "blessés": the telling gives a toll).
#[derive(Debug, Clone)]
struct Telling {
    evidence: Span,
    places: Vec<GeoRef>,
    toll: bool,
    /// S114: the months and years the sentence names ("last month" 2018-01, "en 2014",
    /// [`coarse_date`]), not the day of its telling ([`telling_days`]); none when it names a day
    /// of its own (`dated`): a year beside a day is background ("L'offensive lancée mercredi est
    /// la troisième ... depuis 2016").
    days: Vec<String>,
    /// S114: whether the sentence lists towns joined by a `coordinator` ("in Manchester and
    /// King's Cross in London"; not "from Beirut to Tripoli", one march).
    listed: bool,
}

/// What the sentence of `event`'s telling names, when it was recorded.
/// S125: the armed side named by the victim word the typing rule read ("a policeman": Police;
/// "Afghan security personnel"), an actor of the sentence on or right before the word, not the
/// first actor; none when no such actor is named.
fn armed_victim_side(
    words: &[Word],
    candidates: &Candidates<'_>,
    sentence: Span,
    victim: Option<&lexicon::Match>,
    actor1: Option<&ActorRef>,
) -> Option<ActorRef> {
    let m = victim?;
    let start = words.get(m.start.saturating_sub(1)).map_or(words[m.start].span.start, |w| w.span.start);
    let at = Span::new(start, words[m.end - 1].span.end);
    candidates
        .within(sentence)
        .filter(|(span, a)| at.overlaps(*span) && a.inter.is_some_and(|i| matches!(i, 1..=4 | 8)) && Some(*a) != actor1)
        .map(|(_, a)| a.clone())
        .next()
}

/// S126: the gang named on the victim word of a gang's man or within three words after it ("an
/// alleged member from Barrio-18"): a rebel group, a militia or a gang (inter 2 to 4), not the
/// first actor.
fn gang_side(words: &[Word], candidates: &Candidates<'_>, sentence: Span, victim: Option<&lexicon::Match>, actor1: Option<&ActorRef>) -> Option<ActorRef> {
    let m = victim?;
    let last = (m.end + 2).min(words.len() - 1);
    let at = Span::new(words[m.start].span.start, words[last].span.end);
    candidates
        .within(sentence)
        .filter(|(span, a)| at.overlaps(*span) && a.inter.is_some_and(|i| matches!(i, 2..=4)) && Some(*a) != actor1)
        .map(|(_, a)| a.clone())
        .next()
}

/// S126: whether the sentence right after `sentence` names its victim (`victim_told`: "the
/// victim") and a gang's crime on his record (`gang_record`: "for drug trafficking").
fn gang_record_after<S: std::hash::BuildHasher>(doc: &Document, data: &LanguageData, elisions: &std::collections::HashSet<String, S>, sentence: Span) -> bool {
    if data.gang_records.is_empty() {
        return false;
    }
    let at = doc.sentences.partition_point(|s| s.span.start < sentence.end);
    let Some(next) = doc.sentences.get(at) else { return false };
    let mut words = fold::words(&doc.text, next.span);
    fold::mark_elisions(&mut words, elisions);
    !data.victim_told.find_all(&words).is_empty() && !data.gang_records.find_all(&words).is_empty()
}

fn telling_of<'t>(tellings: &'t [Telling], event: &Event) -> Option<&'t Telling> {
    tellings.iter().find(|t| t.evidence == event.evidence)
}

impl Telling {
    fn of(doc: &Document, sentence: Span, evidence: Span, toll: bool, told: &[Span], dated: bool, data: &LanguageData) -> Telling {
        let coordinators = &data.coordinators;
        let days = doc
            .times
            .iter()
            .filter(|t| !dated && t.kind == TimexType::Date && sentence.contains(t.span) && !told.contains(&t.span))
            .filter(|t| coarse_date(&t.value))
            .map(|t| month_part(doc, t, data).unwrap_or_else(|| t.value.clone()))
            .collect();
        let dateline = doc.meta.dateline.as_ref().map(|d| d.span);
        let named: Vec<&GeoRef> = doc
            .places
            .iter()
            .filter(|p| sentence.contains(p.span) && !dateline.is_some_and(|d| d.contains(p.span)))
            .filter_map(|p| p.geo.as_ref())
            .collect();
        let places = named.iter().filter(|g| !named.iter().any(|o| holds(g, o))).map(|g| (*g).clone()).collect();
        let towns: Vec<Span> = doc
            .places
            .iter()
            .filter(|p| sentence.contains(p.span) && p.geo.as_ref().is_some_and(|g| g.kind.as_deref() == Some("city")))
            .map(|p| p.span)
            .collect();
        let listed = towns.windows(2).any(|w| {
            doc.text.get(w[0].end..w[1].start).is_some_and(|gap| gap.split_whitespace().any(|x| coordinators.iter().any(|c| c.eq_ignore_ascii_case(x))))
        });
        Telling { evidence, places, toll, days, listed }
    }

    /// S114: whether the sentence names a month or a year that cannot hold `host`'s date
    /// ("Ankara launched an offensive last month", "In March three journalists were killed", a
    /// year other than the event's): a telling of another event. Days named are left to the
    /// dates of the tellings (`same_days`): a night told by two days, a day of the telling.
    fn other_time(&self, host: &Event) -> bool {
        let Some(date) = host.date.as_deref() else { return false };
        // S130: a part of a month ([`month_part`]) is a span of its days: it fits a date whose
        // days it meets.
        let fits = |v: &str| match v.split_once('/') {
            Some((from, to)) => {
                let (first, last) = date.split_once('/').unwrap_or((date, date));
                first <= to && from <= last
            }
            None => date.split('/').any(|d| d.starts_with(v)),
        };
        !self.days.is_empty() && !self.days.iter().any(|v| fits(v))
    }
}

/// S130: the days of a month a temporal expression names with a part of it before the month
/// ("début novembre", "mi-novembre", "fin mars", "early March", "mid-March", "late March":
/// `month_early`, `month_mid`, `month_late` of `event-words.tsv`, the word opening the expression
/// or right before it): the 1st to the 10th, the 11th to the 20th, the 21st to the month's end, as
/// a span "YYYY-MM-DD/YYYY-MM-DD"; none for a whole month, a year, or a value that is no month.
fn month_part(doc: &Document, t: &vigie_core::TimeExpr, data: &LanguageData) -> Option<String> {
    let month = t.value.as_str();
    if month.len() != 7 {
        return None;
    }
    let before = doc.text.get(..t.span.start)?;
    let from = crate::fold::runs_start(before, 1);
    let text = doc.text.get(from..t.span.end)?;
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .flat_map(crate::fold::fold_phrase)
        .collect();
    // The word right before the expression, and the expression's first word.
    let inside = doc.text.get(t.span.start..t.span.end)?.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
    let at = words.len().checked_sub(inside)?;
    let near: Vec<&String> = words.get(at.saturating_sub(1)..(at + 1).min(words.len()))?.iter().collect();
    let is = |list: &[String]| near.iter().any(|w| list.contains(w));
    let (a, b) = if is(&data.month_early) {
        ("01", "10")
    } else if is(&data.month_mid) {
        ("11", "20")
    } else if is(&data.month_late) {
        ("21", "31")
    } else {
        return None;
    };
    Some(format!("{month}-{a}/{month}-{b}"))
}

/// S114: whether a date value names a whole month or year ("2018-01", "2014"), not a day, a week
/// or a season.
fn coarse_date(value: &str) -> bool {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    (b.len() == 4 && digits(0..4)) || (b.len() == 7 && digits(0..4) && b[4] == b'-' && digits(5..7))
}

/// S114: whether a telling merged into `host` is about it, so that its toll may be the host's:
/// a place its sentence names agrees with a place the host's names or its place (or the host has
/// none); a sentence naming none was given a place in the host's country (or either has none);
/// and it names no other month or year. A background or other place's figure ("Durant les combats, elles ont déploré
/// 11.000 victimes", told beside a remark on Normandy; the propaganda sheet in France of an attack
/// in Niger) joins as a telling but brings no toll.
fn toll_about(host: &Event, event: &Event, tellings: &[Telling]) -> bool {
    let agree = |a: &GeoRef, b: &GeoRef| same_place(Some(a), Some(b)) || near_towns(Some(a), Some(b));
    let named = |e: &Event| telling_of(tellings, e);
    let own = named(event);
    let mine: Vec<&GeoRef> = own.map(|t| t.places.iter().collect()).unwrap_or_default();
    let theirs: Vec<&GeoRef> = named(host).map(|t| t.places.iter().collect::<Vec<_>>()).unwrap_or_default().into_iter().chain(host.location.iter()).collect();
    let place = if mine.is_empty() {
        // A sentence that names no place: the place it was given from its surroundings is weak
        // evidence, enough only to tell another country.
        let country = |e: &Event| e.location.as_ref().and_then(|l| l.country.clone());
        country(event).zip(country(host)).is_none_or(|(a, b)| a == b)
    } else {
        theirs.is_empty() || mine.iter().any(|a| theirs.iter().any(|b| agree(a, b)))
    };
    place && !own.is_some_and(|t| t.other_time(host))
}

/// S114: [`absorb`], the telling's toll kept out when it is not about the host ([`toll_about`]).
fn absorb_told(first: &mut Event, mut event: Event, tellings: &[Telling]) {
    if !toll_about(first, &event, tellings) {
        event.fatalities = event.fatalities.filter(|&n| n == 0);
        event.injuries = event.injuries.filter(|&n| n == 0);
    }
    absorb(first, event);
}

/// S107: repeats within an article, second pass. A telling no rule of [`merge_or_push_told`]
/// merged is compared by what the sentences name, not by the place each was given:
/// - a place a telling was given from its surroundings (its sentence names none) is no evidence
///   of another event; one it names agrees with the other telling when any place either
///   sentence names (or its place) is the other's (`same_place`, `near_towns`). A telling of one
///   type, happened, on the same day or with no day of its own, whose side is the other's (or
///   none), that so agrees with exactly one kept event of its type, is that event told again;
/// - a toll told with no side of its own (a casualty word for a trigger and a count; a clash
///   with no actor1, an attack with none or the default unnamed group: "X people were killed in
///   the attack"), that so agrees with a violent event told before, on its day or with no day
///   of its own, whose victims are of its kind (or unnamed), is that event's toll: it joins the
///   last such event, which keeps its type and takes the telling's toll when it is larger;
/// - a toll told first in that way (a headline), then the strike or the bomb that killed them,
///   agreeing so, is one event: the later telling types the first, gives its side, and its town
///   when the first named only the country (not when both count dead, in other numbers).
///
/// Two events of one type at places or on days their sentences name apart stay two.
/// Returns the telling when it is no repeat (the caller pushes it).
fn repeat_second_pass(events: &mut [(Event, bool)], event: Event, dated: bool, tellings: &[Telling]) -> Option<Event> {
    let Some(own) = telling_of(tellings, &event) else { return Some(event) };
    if !event.happened() {
        return Some(event);
    }
    let agree = |a: &GeoRef, b: &GeoRef| same_place(Some(a), Some(b)) || near_towns(Some(a), Some(b));
    let named = |e: &Event| telling_of(tellings, e).map(|t| t.places.as_slice());
    let town = |g: &GeoRef| g.kind.as_deref() == Some("city");
    let place_agrees = |e: &Event| {
        let theirs_named = named(e).unwrap_or(&[]);
        // The later telling names no place: its place is no evidence. S114: unless the kept
        // event's sentence names none either: then the places both were given from their
        // surroundings are all there is, and they must agree (Munich's shooting told after a
        // line on Nice's attack, neither naming a town).
        if own.places.is_empty() {
            return named(e).is_none()
                || !theirs_named.is_empty()
                || e.location.as_ref().zip(event.location.as_ref()).is_none_or(|(a, b)| agree(a, b));
        }
        // S114: a sentence listing two towns apart (a lead on two cities' protests, "in
        // Manchester and King's Cross in London") is told again at its own place only, not at
        // each town it names.
        let towns: Vec<&GeoRef> = theirs_named.iter().filter(|g| town(g)).collect();
        let listed = tellings.iter().any(|t| t.evidence == e.evidence && t.listed);
        let apart = listed && towns.iter().any(|a| towns.iter().any(|b| !agree(a, b)));
        let theirs: Vec<&GeoRef> = if apart { e.location.iter().collect() } else { theirs_named.iter().chain(e.location.iter()).collect() };
        let mine: Vec<&GeoRef> = own.places.iter().chain(event.location.iter()).collect();
        // S114: a town agrees with a town only: a country (or province) named beside it does not
        // take every town inside it (a Tripoli riot after a headline on Lebanon's protests, placed
        // in Beirut).
        let their_towns: Vec<&GeoRef> = theirs.iter().copied().filter(|g| town(g)).collect();
        let my_towns: Vec<&GeoRef> = mine.iter().copied().filter(|g| town(g)).collect();
        if !my_towns.is_empty() && !their_towns.is_empty() {
            let country = |g: &GeoRef| g.kind.as_deref() == Some("country");
            return mine.iter().any(|a| theirs.iter().any(|b| !country(a) && !country(b) && agree(a, b)));
        }
        mine.iter().any(|a| theirs.iter().any(|b| agree(a, b)))
    };
    let same_time = |e: &Event, e_dated: bool| (same_days(e.date.as_deref(), event.date.as_deref()) || !e_dated || !dated) && e.happened() && !own.other_time(e);
    let unnamed = |a: &ActorRef| a.id.is_none() && a.name.as_deref() == Some(UNIDENTIFIED_ARMED_GROUP);
    let no_side = event.actor1.as_ref().is_none_or(unnamed);
    let counted = event.fatalities.unwrap_or(0) > 0 || event.injuries.unwrap_or(0) > 0;
    // A toll with no side of its own: a clash with nobody named (one given the default unnamed
    // group was read as a fight: soldiers killed after a car bomb, S51), an attack with nobody
    // named or the default unnamed group.
    let toll_side = |e: &Event| match e.sub_event_type.as_str() {
        "Armed clash" => e.actor1.is_none(),
        "Attack" => e.actor1.as_ref().is_none_or(unnamed),
        _ => false,
    };
    let same_side = |e: &Event| {
        no_side
            || e.actor1.as_ref().is_none_or(unnamed)
            || e.actor1.as_ref().zip(event.actor1.as_ref()).is_some_and(|(a, b)| {
                // A state named by its name ("Russia") and its forces ("Russian aircraft").
                let state = |x: &ActorRef| x.id.as_deref().is_some_and(|id| id.starts_with("country:"));
                (a.inter == b.inter && a.name == b.name) || (a.country.is_some() && a.country == b.country && (state(a) || state(b)))
            })
    };
    let kept = |e: &Event, e_dated: bool| e.confidence.is_some() && e.evidence != event.evidence && same_time(e, e_dated) && place_agrees(e);
    // The same type, one event only.
    let same: Vec<usize> = (0..events.len())
        .filter(|&i| {
            let (e, e_dated) = &events[i];
            e.sub_event_type == event.sub_event_type && kept(e, *e_dated) && same_side(e)
        })
        .collect();
    let at = if let [i] = same[..] {
        Some(i)
    } else if own.toll && counted && toll_side(&event) {
        let violent = |t: &str| {
            matches!(
                t,
                "Armed clash"
                    | "Attack"
                    | "Air/drone strike"
                    | "Shelling/artillery/missile attack"
                    | "Remote explosive/landmine/IED"
                    | "Grenade"
                    | "Suicide bomb"
                    | "Chemical weapon"
                    | "Mob violence"
                    | "Violent demonstration"
                    | "Excessive force against protesters"
            )
        };
        // Victims of another kind ("un chef jihadiste tué", "26 civils tués dans un village"; an
        // army post attacked, then civilians shot at a market) are another event's.
        let other_victims = |e: &Event| e.actor2.as_ref().zip(event.actor2.as_ref()).is_some_and(|(a, b)| a.inter != b.inter);
        (0..events.len()).rev().find(|&i| {
            let (e, e_dated) = &events[i];
            violent(&e.sub_event_type) && kept(e, *e_dated) && !other_victims(e)
        })
    } else {
        None
    };
    // The toll told first (a headline: "Deux soldats français tués au Mali"), the event after
    // (the bomb that killed them): the event, which types the first telling and gives its sides.
    let toll_first = |e: &Event| {
        tellings.iter().any(|t| t.evidence == e.evidence && t.toll)
            && e.actor1.as_ref().is_none_or(unnamed)
            && matches!(e.sub_event_type.as_str(), "Armed clash" | "Attack")
            && e.fatalities.unwrap_or(0) + e.injuries.unwrap_or(0) > 0
            && (event.fatalities.unwrap_or(0) == 0 || e.fatalities.unwrap_or(0) == 0 || e.fatalities == event.fatalities)
    };
    let means = matches!(
        event.sub_event_type.as_str(),
        "Air/drone strike" | "Shelling/artillery/missile attack" | "Remote explosive/landmine/IED" | "Grenade" | "Suicide bomb"
    );
    let at = at.or_else(|| {
        let i = (0..events.len()).filter(|_| means).find(|&i| {
            let (e, e_dated) = &events[i];
            toll_first(e) && kept(e, *e_dated)
        })?;
        let first = &mut events[i].0;
        first.sub_event_type = event.sub_event_type.clone();
        first.plover = event.plover.clone();
        first.cameo = event.cameo.clone();
        if event.actor1.is_some() {
            first.actor1 = event.actor1.clone();
        }
        if first.location.as_ref().zip(event.location.as_ref()).is_some_and(|(p, t)| holds(p, t)) {
            first.location = event.location.clone();
        }
        Some(i)
    });
    let Some(i) = at else { return Some(event) };
    let (first, first_dated) = &mut events[i];
    take_date(first, first_dated, &event, dated);
    // A place the first telling was given from its surroundings gives way to one the later
    // telling names.
    if named(first).is_some_and(|n| n.is_empty()) && event.location.as_ref().is_some_and(|l| own.places.iter().any(|p| agree(p, l))) {
        first.location = event.location.clone();
    }
    if first.actor1.is_none() {
        first.actor1 = event.actor1.clone();
    }
    // A larger toll of the same victims is the event's toll told later.
    let victims = first.actor2.as_ref().zip(event.actor2.as_ref()).is_none_or(|(a, b)| a.inter == b.inter);
    if victims && toll_about(first, &event, tellings) && event.fatalities.unwrap_or(0) > first.fatalities.unwrap_or(0) {
        first.fatalities = event.fatalities;
    }
    absorb_told(first, event, tellings);
    None
}

/// The date one event keeps when another telling of it is merged in: the day a telling names
/// wins over an undated telling's (the publication's, a day inherited, a day of the telling:
/// [`telling_days`]). S120: a day named inside a kept span ("last week" as the seven days before
/// the publication, then "Saturday's attack") narrows it to that day.
fn take_date(first: &mut Event, first_dated: &mut bool, event: &Event, dated: bool) {
    let narrows = |span: &str, day: &str| span.split_once('/').is_some_and(|(from, to)| day.len() == 10 && from <= day && day <= to);
    let inside = matches!((first.date.as_deref(), event.date.as_deref()), (Some(span), Some(day)) if narrows(span, day));
    if dated && (!*first_dated || inside) {
        first.date = event.date.clone();
        *first_dated = true;
    }
}

/// S77: whether two tellings' dates can be one event's: the same day, or a span of days (a
/// weekend: "since last weekend's chemical attack") that holds the other's day ("on April 7").
fn same_days(a: Option<&str>, b: Option<&str>) -> bool {
    let holds = |span: &str, day: &str| span.split_once('/').is_some_and(|(from, to)| day.len() == 10 && from <= day && day <= to);
    match (a, b) {
        (Some(a), Some(b)) => a == b || holds(a, b) || holds(b, a),
        (a, b) => a == b,
    }
}

/// S38: whether two tellings' places can be one event's place: the same GeoNames id, or one a
/// first-level subdivision and the other a place inside it ("in Idlib province" and "in Maarat
/// al-Numan, Idlib province"). Places without an id (a subdivision or a region the gazetteer
/// ties to none) are the same when they name the same thing; no place agrees with no place.
fn same_place(a: Option<&GeoRef>, b: Option<&GeoRef>) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return a.is_none() && b.is_none() };
    if holds(a, b) || holds(b, a) || district_area(a, b) || district_area(b, a) {
        return true;
    }
    match (a.geonameid, b.geonameid) {
        (Some(x), Some(y)) => x == y,
        (None, None) => (&a.kind, &a.country, &a.admin1, &a.name) == (&b.kind, &b.country, &b.admin1, &b.name),
        _ => false,
    }
}

/// S195: how far, in kilometres, a district's centroid may lie from a town or another district
/// told of one event when their subdivisions are not both known: a district (a township, an LGA,
/// a county) of 1,000 to 3,000 km² reaches 20 to 30 km from its centre, and a city's own
/// districts lie closer still (Yaqshid, 8 km from Mogadishu's point).
const DISTRICT_NEAR_KM: f64 = 30.0;

/// S195: whether `district` (a geoBoundaries district: kind admin2, no GeoNames id) and `place`
/// (a town or a district) can be one event's place: the same country, and the same first-level
/// subdivision or, when either has none, a centroid within [`DISTRICT_NEAR_KM`]. A district is
/// an area whose centroid says little of where in it an event was ("in Mogadishu-Yaqshid
/// district", then "in Yaqshid police station"; "in Myebon Township, Rakhine State", then
/// "likewise detained in Ponnagyun township"): it agrees with what its subdivision holds, as a
/// town and its own state do (`holds`). Two towns stay apart unless near (`near_towns`).
fn district_area(district: &GeoRef, place: &GeoRef) -> bool {
    if district.kind.as_deref() != Some("admin2") || district.geonameid.is_some() || !matches!(place.kind.as_deref(), Some("city" | "admin2")) {
        return false;
    }
    if district.country.is_none() || district.country != place.country {
        return false;
    }
    if let (Some(x), Some(y)) = (district.admin1.as_deref(), place.admin1.as_deref()) {
        return x == y;
    }
    let (Some(lat1), Some(lon1), Some(lat2), Some(lon2)) = (district.lat, district.lon, place.lat, place.lon) else { return false };
    vigie_core::geo::haversine_km((lat1, lon1), (lat2, lon2)) <= DISTRICT_NEAR_KM
}

/// S103: how far apart, in kilometres, two towns told of one event may lie and still be its place
/// (a suburb and its city: "the attack in Douma", "the attack in Damascus").
const NEAR_TOWNS_KM: f64 = 15.0;

/// S103: whether two places are towns (GeoNames cities) within [`NEAR_TOWNS_KM`] of each other:
/// one event told at a town and at the next one. Two far towns, or a town and a country or a
/// province, are no match here (`same_place` tells a place inside another).
fn near_towns(a: Option<&GeoRef>, b: Option<&GeoRef>) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return false };
    let town = |g: &GeoRef| g.kind.as_deref() == Some("city");
    let (Some(lat1), Some(lon1), Some(lat2), Some(lon2)) = (a.lat, a.lon, b.lat, b.lon) else { return false };
    if !town(a) || !town(b) {
        return false;
    }
    vigie_core::geo::haversine_km((lat1, lon1), (lat2, lon2)) <= NEAR_TOWNS_KM
}

/// Whether `region` is a first-level subdivision that holds `place` (a town or a county: the same
/// country and subdivision code).
/// S77: or a country that holds a place inside it (a headline's "attack in Niger", the body's
/// town): the same event told at two precisions.
fn holds(region: &GeoRef, place: &GeoRef) -> bool {
    if region.kind.as_deref() == Some("country") {
        return matches!(place.kind.as_deref(), Some("city" | "admin2" | "admin1")) && region.country.is_some() && region.country == place.country;
    }
    region.kind.as_deref() == Some("admin1")
        && matches!(place.kind.as_deref(), Some("city" | "admin2"))
        && region.country.is_some()
        && region.country == place.country
        && region.admin1.is_some()
        && region.admin1 == place.admin1
}

/// S170: ACLED's refinements between sub-event types: `(general, specific)`, the specific type a
/// more exact reading of one incident the general type also describes. ACLED's codebook codes the
/// incident by the specific type: a blast whose bomber blew himself up is a suicide bomb; shells
/// or bombs carrying a toxic agent are a chemical weapon; looting or burning done in a riot or an
/// attack is that riot or attack; an attack whose violence was rape is sexual violence; an attack
/// by a crowd is mob violence (see [`same_incident_refined`] for when two tellings are one
/// incident). Not a battle and the place taken: case2021 codes most such pairs as the clash (the
/// taking read there is often claimed or partial), see resources/docs/events.md, S170.
const REFINEMENTS: &[(&str, &str)] = &[
    ("Remote explosive/landmine/IED", "Suicide bomb"),
    ("Shelling/artillery/missile attack", "Chemical weapon"),
    ("Air/drone strike", "Chemical weapon"),
    ("Looting/property destruction", "Violent demonstration"),
    ("Looting/property destruction", "Mob violence"),
    ("Looting/property destruction", "Attack"),
    ("Attack", "Sexual violence"),
    ("Attack", "Mob violence"),
];

/// S193: the means that make a battle or an attack told by a generic attack word ("Rebels
/// attacked a camp. They fired mortar shells at it.") a remote explosion: the weapon told
/// next to it is how the attack was made, and ACLED codes the incident by it (a shelling of a
/// military position is no clash unless the sides also fought: a fighting word, not "attacked",
/// keeps the clash).
const MEANS: &[&str] = &["Shelling/artillery/missile attack", "Grenade", "Remote explosive/landmine/IED", "Suicide bomb", "Air/drone strike", "Chemical weapon"];

/// S193: how many words apart a remote explosion and its refinement may stand to be told as
/// one phrase ("barrel bombs filled with chlorine", "des roquettes chargées de chlore").
const REFINED_WORDS: usize = 6;

/// S170: how many sentences apart two tellings of one incident may stand (the lead and the
/// sentence after the next one).
const REFINED_SENTENCES: usize = 2;

/// S170: one incident told twice in a short stretch of text, once by a general type and once by a
/// specific one ([`REFINEMENTS`]), in either order ("An explosion hit a checkpoint ... Police said
/// the bomber blew himself up."; "Rioters attacked the market and looted shops."): one record, of
/// the specific type, at the first telling's place in the list, with every evidence span kept.
/// The two tellings are one incident when both happened, stand at most [`REFINED_SENTENCES`]
/// sentences apart with no paragraph break between them, name no places apart (`same_place`,
/// `near_towns`, or one has none), no days apart (`same_days`, or one is undated), and no sides
/// apart: the first sides agree (the same actor, a state and its forces, or one unnamed). An
/// attack is a crowd's only when its side was unnamed; damage is part of an attack only when
/// the attack hurt someone. A clash in one town and a strike in another, or an attack and the
/// arrests after it (no refinement), stay two.
fn same_incident_refined(doc: &Document, events: &mut Vec<(Event, bool)>, attack_words: &[Span]) {
    let refines = |g: &Event, s: &Event| {
        let (g_type, s_type) = (g.sub_event_type.as_str(), s.sub_event_type.as_str());
        REFINEMENTS.iter().any(|(a, b)| *a == g_type && *b == s_type)
            || (matches!(g_type, "Armed clash" | "Attack") && MEANS.contains(&s_type) && attack_words.contains(&g.evidence))
    };
    let sentence_of = |e: &Event| doc.sentences.iter().position(|s| s.span.contains(e.evidence) || e.evidence.contains(s.span));
    // S193: an armed group named by a generic word ("the attackers", "armed men": id "armed-group") is unnamed too.
    let unnamed = |a: &ActorRef| a.id.as_deref().is_none_or(|id| id == "armed-group") && a.name.as_deref() == Some(UNIDENTIFIED_ARMED_GROUP);
    let state = |x: &ActorRef| x.id.as_deref().is_some_and(|id| id.starts_with("country:"));
    let same_actor = |a: &ActorRef, b: &ActorRef| {
        (a.inter == b.inter && a.name == b.name) || (a.country.is_some() && a.country == b.country && (state(a) || state(b)))
    };
    let sides_agree = |g: &Event, s: &Event| {
        let (Some(a), Some(b)) = (g.actor1.as_ref(), s.actor1.as_ref()) else { return true };
        unnamed(a) || unnamed(b) || same_actor(a, b)
    };
    let one = |a: &(Event, bool), b: &(Event, bool)| {
        let ((x, x_dated), (y, y_dated)) = (a, b);
        let near = sentence_of(x).zip(sentence_of(y)).is_some_and(|(i, j)| i.abs_diff(j) <= REFINED_SENTENCES);
        let (from, to) = if x.evidence.start <= y.evidence.start { (x.evidence.end, y.evidence.start) } else { (y.evidence.end, x.evidence.start) };
        let paragraph = doc.text.get(from.min(to)..to).is_some_and(|gap| gap.contains("\n\n"));
        let place = x.location.is_none() || y.location.is_none() || same_place(x.location.as_ref(), y.location.as_ref()) || near_towns(x.location.as_ref(), y.location.as_ref());
        let day = !*x_dated || !*y_dated || same_days(x.date.as_deref(), y.date.as_deref());
        x.happened() && y.happened() && x.confidence.is_some() && y.confidence.is_some() && near && !paragraph && place && day
    };
    loop {
        let pair = (0..events.len()).find_map(|i| {
            (i + 1..events.len()).find_map(|j| {
                let (a, b) = (&events[i], &events[j]);
                let (g, s) = if refines(&a.0, &b.0) {
                    (a, b)
                } else if refines(&b.0, &a.0) {
                    (b, a)
                } else {
                    return None;
                };
                // A crowd's attack: the attack's side was unnamed, the mob's are rioters.
                let crowd = s.0.sub_event_type != "Mob violence" || g.0.sub_event_type != "Attack" || g.0.actor1.as_ref().is_none_or(unnamed);
                // Damage, then an attack that hurt no one: "the attack" names the damage again
                // ("the attack was carried out by settlers"), or attacks of the region are recalled.
                let hurt = |e: &Event| e.fatalities.unwrap_or(0) + e.injuries.unwrap_or(0) > 0;
                let damage_in_attack = g.0.sub_event_type != "Looting/property destruction" || s.0.sub_event_type != "Attack" || hurt(&s.0);
                // Toxic shells or bombs: the side that fired them is named (strikes told beside a
                // chemical attack are often other forces' answer to it).
                let fired_by = s.0.sub_event_type != "Chemical weapon" || g.0.actor1.as_ref().is_some_and(|x| !unnamed(x));
                // S193: an attack and the weapon it was made with: a side named by one telling at
                // least, and no other kind of side by the other (a state's forces are no rebels).
                let listed = REFINEMENTS.iter().any(|(x, y)| *x == g.0.sub_event_type && *y == s.0.sub_event_type);
                let same_kind = listed
                    || match (g.0.actor1.as_ref(), s.0.actor1.as_ref()) {
                        (Some(x), Some(y)) => unnamed(x) || unnamed(y) || x.inter == y.inter,
                        (Some(x), None) | (None, Some(x)) => !unnamed(x),
                        (None, None) => false,
                    };
                (one(a, b) && sides_agree(&g.0, &s.0) && same_kind && crowd && damage_in_attack && fired_by).then_some((i, j))
            })
        });
        let Some((i, j)) = pair else { break };
        let (later, later_dated) = events.remove(j);
        let (first, first_dated) = &mut events[i];
        let specific_later = refines(first, &later);
        let (general, mut specific) = if specific_later { (first.clone(), later.clone()) } else { (later.clone(), first.clone()) };
        // The specific telling's arguments, where it names them; the general one's otherwise.
        let named = |a: &Option<ActorRef>| a.as_ref().is_some_and(|a| !unnamed(a));
        if !named(&specific.actor1) && general.actor1.is_some() {
            specific.actor1 = general.actor1.clone();
        }
        if specific.actor2.is_none() || (!named(&specific.actor2) && named(&general.actor2)) {
            specific.actor2 = general.actor2.clone().filter(|a| specific.actor1.as_ref().is_none_or(|b| !same_actor(a, b)));
        }
        // The place told at the finer precision (a town inside the province told), else the first
        // telling's.
        let (p1, p2) = (first.location.clone(), later.location.clone());
        specific.location = match (&p1, &p2) {
            (Some(a), Some(b)) if holds(a, b) => p2,
            (None, _) => p2,
            _ => p1,
        };
        specific.date = first.date.clone();
        specific.fatalities = general.fatalities.max(specific.fatalities);
        specific.injuries = general.injuries.max(specific.injuries);
        if specific.source.is_none() {
            specific.source = general.source.clone();
        }
        let mut mentions: Vec<Span> = Vec::new();
        for m in [first.evidence].into_iter().chain(first.mentions.iter().copied()).chain([later.evidence]).chain(later.mentions.iter().copied()) {
            if !mentions.contains(&m) {
                mentions.push(m);
            }
        }
        specific.evidence = first.evidence;
        specific.mentions = mentions;
        if let (Some(a), Some(b)) = (general.confidence, specific.confidence) {
            specific.confidence = Some(((a.max(b) + 0.05).min(0.99) * 100.0).round() / 100.0);
        }
        *first = specific;
        take_date(first, first_dated, &later, later_dated);
    }
}

/// Arrests, weapons seized, people displaced and forces deployed told after another event are its
/// aftermath ("Police arrested 3 suspects after the bombing", "The police seized a pistol",
/// "Residents were forced to flee", "Rangers were deployed to bring the situation under control"),
/// and so is property looted or burned after a violent event ("The assailants also looted some
/// households", "50 houses burnt"): part of it as ACLED codes it, not an event of their own.
fn is_aftermath(events: &[(Event, bool)], event: &Event) -> bool {
    let violent = |e: &Event| {
        e.happened()
            && matches!(
                e.sub_event_type.as_str(),
                "Armed clash"
                    | "Attack"
                    | "Violent demonstration"
                    | "Mob violence"
                    | "Air/drone strike"
                    | "Shelling/artillery/missile attack"
                    | "Remote explosive/landmine/IED"
                    | "Grenade"
                    | "Suicide bomb"
                    | "Abduction/forced disappearance"
                    | "Sexual violence"
                    | "Government regains territory"
                    | "Non-state actor overtakes territory"
            )
    };
    matches!(event.sub_event_type.as_str(), "Arrests" | "Disrupted weapons use" | "Other" | "Change to group/activity")
        && events.iter().any(|(e, _)| e.sub_event_type != event.sub_event_type)
        || event.sub_event_type == "Looting/property destruction" && events.iter().any(|(e, _)| violent(e))
        || withdrawn_after_fight(events, event)
}

/// A side withdrawing after a battle or a bombardment told before it ("the two sides exchanged
/// fire and the militants withdrew from the area") retreats from that fight: no transfer
/// "without violent interaction", as ACLED's non-violent transfer of territory requires.
fn withdrawn_after_fight(events: &[(Event, bool)], event: &Event) -> bool {
    let fought = |t: &str| {
        matches!(
            t,
            "Armed clash" | "Government regains territory" | "Non-state actor overtakes territory" | "Air/drone strike" | "Shelling/artillery/missile attack"
        )
    };
    event.sub_event_type == "Non-violent transfer of territory" && events.iter().any(|(e, _)| e.happened() && fought(&e.sub_event_type))
}

/// Why the events stage dropped a trigger: the reason (a name listed in resources/docs/events.md,
/// "Why no event"), the words that made the rule fire, and the sub-event type the trigger had been
/// given when it was typed before the rule ran.
#[derive(Debug, Clone, Copy)]
struct Why {
    reason: &'static str,
    cue: Option<Span>,
    typed: Option<usize>,
}

/// What a later telling adds to the first: its evidence (kept in `mentions`, the first telling's
/// evidence first), and the victim, the tolls, the source and the modality cue the first lacks; the
/// surer of the two confidences, raised a little, since the article tells the event twice.
fn absorb(first: &mut Event, event: Event) {
    if first.mentions.is_empty() {
        first.mentions.push(first.evidence);
    }
    if !first.mentions.contains(&event.evidence) {
        first.mentions.push(event.evidence);
    }
    if first.actor2.is_none() {
        first.actor2 = event.actor2;
    }
    if first.fatalities.unwrap_or(0) == 0 {
        first.fatalities = event.fatalities;
    }
    if first.injuries.is_none() {
        first.injuries = event.injuries;
    }
    if first.source.is_none() {
        first.source = event.source;
    }
    if first.modality == event.modality && first.modality_cue.is_none() {
        first.modality_cue = event.modality_cue;
    }
    if let (Some(a), Some(b)) = (first.confidence, event.confidence) {
        first.confidence = Some(((a.max(b) + 0.05).min(0.99) * 100.0).round() / 100.0);
    }
}

/// S93: whether `words[start..end]` is written as a proper name: every word capitalised (an
/// initial capital and a lower-case letter after it, so no acronym such as "IED"), and either not
/// at the head of its sentence (after an opening quote, bracket, colon or dash it is a head too)
/// or followed, after a space, by another capitalised word ("Lynch Street said"). An eponym in a
/// common noun is written as a two-word pattern ("molotov cocktail*") so that its lower-case word
/// keeps it.
fn proper_name(text: &str, words: &[Word], start: usize, end: usize) -> bool {
    let capitalised = |w: &Word| {
        let s = w.span.slice(text).unwrap_or("");
        let mut chars = s.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    };
    if start >= end || end > words.len() || !words[start..end].iter().all(capitalised) {
        return false;
    }
    let head = start == 0
        || text[words[start - 1].span.end..words[start].span.start]
            .trim()
            .chars()
            .last()
            .is_some_and(|c| matches!(c, '"' | '“' | '«' | '(' | '[' | ':' | '-' | '—' | '–' | '‘' | '\'' | '•'));
    // The next capitalised word counts only right after a space ("Lynch Street"), not after a
    // colon or a comma ("Looting: On 1 May", "Protests, Clashes").
    let joined = |w: &Word| text[words[end - 1].span.end..w.span.start].chars().all(char::is_whitespace);
    !head || words.get(end).is_some_and(|w| joined(w) && capitalised(w))
}

/// How harshly a protest was met: peaceful, broken up, or met with deadly or excessive force.
fn protest_severity(sub_event_type: &str) -> Option<u8> {
    match sub_event_type {
        "Peaceful protest" => Some(0),
        "Protest with intervention" => Some(1),
        "Excessive force against protesters" => Some(2),
        // The crowd itself turned violent: ACLED codes the demonstration as violent, whatever
        // the police did.
        "Violent demonstration" => Some(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
