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
use place::{location, main_place};
use resources::{CasualtyWord, EventResources, LanguageData, Reading, Trigger};
use modality::{clause_breaks, Source};
use vigie_core::{ActorRef, Document, Event, EventSource, GeoRef, Layer, Modality, Span, Stage, TimexType};
use vigie_resources::{ResourceError, Resources};

pub use resources::SubEventType;

/// Triggers of this priority or vaguer state an event only with an actor, a place or a toll.
const GENERIC_PRIORITY: u8 = 5;

/// The events stage: built once from the resources, then run on every document.
#[derive(Debug)]
pub struct EventStage {
    res: EventResources,
}

impl EventStage {
    pub fn new(resources: &Resources) -> Result<Self, ResourceError> {
        Ok(EventStage { res: EventResources::load(resources)? })
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
        // Each event, and whether its date was read in its own sentence (not the fallback).
        let mut events: Vec<(Event, bool)> = Vec::new();
        for sentence in sentences {
            let mut words = fold::words(&doc.text, sentence);
            fold::mark_elisions(&mut words, &self.res.elisions);
            let found = languages.iter().find_map(|data| {
                let best = self.best_trigger(data, &words)?;
                Some((*data, best))
            });
            let Some((data, best)) = found else {
                // A toll told in a sentence of its own ("2 fatalities.") is the toll of the event
                // told before it.
                if let (Some(data), Some((last, _))) = (languages.first(), events.last_mut()) {
                    let casualties = data.casualties.find_all(&words);
                    let in_date = in_date(doc, &words);
                    if let Some(n) = numbers::fatalities(data, &words, &casualties, &in_date) {
                        last.fatalities = Some(n);
                    }
                    if let Some(n) = numbers::injuries(data, &words, &casualties, &in_date) {
                        last.injuries = Some(n);
                    }
                }
                continue;
            };
            let dated = date(doc, sentence).is_some();
            if let Some(event) = self.code(doc, data, &words, sentence, &best, main_place.as_ref()) {
                merge_or_push(&mut events, event, dated);
            }
        }
        doc.events = events.into_iter().map(|(e, _)| e).collect();
    }
}

impl EventStage {
    /// The trigger that types the sentence: the most specific (lowest priority), then the first,
    /// then the longest. What a protest is against ("protested against the arrest of", "demanding
    /// the release of prisoners") is its grievance, not an event: a trigger after a grievance
    /// marker that follows a protest trigger does not count.
    fn best_trigger(&self, data: &LanguageData, words: &[Word]) -> Option<lexicon::Match> {
        let all = data.triggers.find_all(words);
        let is_protest = |m: &lexicon::Match| match data.triggers.value(m.pattern).reading {
            Reading::Type(i) => self.res.taxonomy[i].event_type == "Protests",
            _ => false,
        };
        let grievance_from = all.iter().filter(|m| is_protest(m)).map(|m| m.end).min().and_then(|after| {
            (after..words.len()).find(|&i| data.grievance_markers.contains(&words[i].folded))
        });
        all.into_iter()
            .filter(|m| is_protest(m) || grievance_from.is_none_or(|g| m.start < g))
            .min_by_key(|m| (data.triggers.value(m.pattern).priority, m.start, std::cmp::Reverse(m.end)))
    }

    #[allow(clippy::too_many_arguments)]
    fn code(
        &self,
        doc: &Document,
        data: &LanguageData,
        words: &[Word],
        sentence: Span,
        best: &lexicon::Match,
        main_place: Option<&GeoRef>,
    ) -> Option<Event> {
        let Trigger { reading, priority } = *data.triggers.value(best.pattern);
        let trigger = Span::new(words[best.start].span.start, words[best.end - 1].span.end);
        let breaks = clause_breaks(&doc.text, words);
        let in_date = in_date(doc, words);
        // A generic determiner right before the trigger ("such attacks", "de telles attaques")
        // names a kind of event, not one.
        let before_trigger = best.start.checked_sub(1).filter(|_| !breaks[best.start]).map(|i| words[i].folded.as_str());
        if before_trigger.is_some_and(|w| data.generic_determiners.iter().any(|d| d == w)) {
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
            && data.participle_endings.iter().any(|e| last.len() > e.len() + 2 && last.ends_with(e.as_str()))
            && !before_trigger.is_some_and(|w| data.auxiliaries.iter().any(|a| a == w));
        let nominal = nominal || participle;
        let (modality, modality_cue) = match modality::modality(data, words, &breaks, (best.start, best.end), &in_date) {
            Some((m, cue)) => (m, Some(cue)),
            None => (Modality::Asserted, None),
        };
        let sources = modality::sources(data, words, &breaks, (best.start, best.end));
        let coordinated = matches!(reading, Reading::Type(i) if self.res.taxonomy[i].name == "Agreement");
        let (mut actor1, mut actor2) = actors(self, doc, data, words, sentence, trigger, &sources, coordinated);
        let parties_named = actor1.is_some() || actor2.is_some();
        let casualties = data.casualties.find_all(words);
        // Who was hit: the first victim word after the trigger ("militants killed five villagers"),
        // else the last one before it ("a police officer was shot").
        let trigger_word = words.iter().position(|w| w.span.start >= trigger.start).unwrap_or(words.len());
        let victim_words: Vec<&lexicon::Match> = casualties
            .iter()
            .filter(|m| matches!(data.casualties.value(m.pattern), CasualtyWord::Civilian | CasualtyWord::Armed))
            .collect();
        // Who follows the agent marker did it ("shot by two men"): not a victim.
        let agent = (trigger_word..words.len()).find(|&i| data.agent_markers.contains(&words[i].folded)).unwrap_or(words.len());
        // In the passive voice ("a drug suspect was killed during a police raid") the subject is hit.
        let passive = trigger_word.checked_sub(1).is_some_and(|i| data.passive_auxiliaries.contains(&words[i].folded));
        let before = || victim_words.iter().rfind(|m| m.start < trigger_word);
        let after = || victim_words.iter().find(|m| m.start >= trigger_word && m.start < agent);
        let victim = if passive { before().or_else(after) } else { after().or_else(before) }.copied();
        let civilian = victim.filter(|m| *data.casualties.value(m.pattern) == CasualtyWord::Civilian);
        let armed_victims = victim.is_some_and(|m| *data.casualties.value(m.pattern) == CasualtyWord::Armed);
        let location = location(doc, sentence).or_else(|| main_place.cloned());
        let event_country = location.as_ref().and_then(|l| l.country.as_deref());
        // A place resolved to another country than the article's main place and the actor's own
        // (a homonym abroad) does not make the actor foreign.
        let doc_country = main_place.and_then(|p| p.country.as_deref());
        for actor in [&mut actor1, &mut actor2].into_iter().flatten() {
            let home = actor.country.is_some() && actor.country.as_deref() == doc_country && event_country != doc_country;
            if !home {
                actor.inter = actor.inter_at(event_country);
            }
            // Actors of no stated nationality (all but foreign forces) are those of the event's country.
            if actor.country.is_none() && matches!(actor.inter, Some(1..=7)) {
                actor.country = event_country.map(str::to_string);
            }
        }
        if actor2.is_none() {
            if let Some(m) = civilian {
                let span = Span::new(words[m.start].span.start, words[m.end - 1].span.end);
                actor2 = Some(ActorRef {
                    name: Some(doc.slice(span).to_string()),
                    inter: Some(7),
                    country: location.as_ref().and_then(|l| l.country.clone()),
                    plover: Some("CVL".into()),
                    ..Default::default()
                });
            }
        }
        let protest_in_sentence = data.triggers.find_all(words).iter().any(|m| {
            matches!(data.triggers.value(m.pattern).reading, Reading::Type(i) if self.res.taxonomy[i].event_type == "Protests")
        });
        let sub_type = match reading {
            Reading::Type(i) if self.res.taxonomy[i].name == "Peaceful protest" && !data.riot_markers.find_all(words).is_empty() => {
                self.res.type_index("Violent demonstration")?
            }
            Reading::Riot => self.res.type_index(if protest_in_sentence { "Violent demonstration" } else { "Mob violence" })?,
            Reading::Type(i) => i,
            Reading::Territory => {
                let name = match actor1.as_ref().and_then(|a| a.inter) {
                    Some(1) => "Government regains territory",
                    _ => "Non-state actor overtakes territory",
                };
                self.res.type_index(name)?
            }
            // Fighting words ("small arms", "shoot-out"): a clash, unless civilians were the ones hit.
            Reading::Fighting => {
                let victims_civilian = civilian.is_some() || actor2.as_ref().and_then(|a| a.inter) == Some(7);
                self.res.type_index(if victims_civilian { "Attack" } else { "Armed clash" })?
            }
            Reading::Violence => {
                let armed = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.inter).is_some_and(|i| matches!(i, 1..=4 | 8));
                let victims_civilian = civilian.is_some() || actor2.as_ref().and_then(|a| a.inter) == Some(7);
                let clash = !victims_civilian
                    && (armed(&actor1) || actor1.is_none())
                    && (armed(&actor2) || (actor2.is_none() && armed_victims));
                let name = if clash { "Armed clash" } else { "Attack" };
                self.res.type_index(name)?
            }
        };
        // ACLED codes the crowd itself as the first actor of a protest (protesters, inter 6) or a
        // riot (rioters, inter 5), of the country where it gathers.
        let crowd = match self.res.taxonomy[sub_type].event_type.as_str() {
            "Protests" => Some(("Protesters", PROTESTERS)),
            "Riots" => Some(("Rioters", RIOTERS)),
            _ => None,
        };
        if let Some((name, inter)) = crowd {
            if actor1.as_ref().and_then(|a| a.inter) != Some(inter) {
                if actor2.is_none() && actor1.as_ref().is_some_and(|a| a.inter != Some(CIVILIANS)) {
                    actor2 = actor1.take();
                }
                actor1 = Some(ActorRef {
                    name: Some(name.to_string()),
                    inter: Some(inter),
                    country: location.as_ref().and_then(|l| l.country.clone()),
                    plover: Some("CVL".into()),
                    ..Default::default()
                });
            }
        }
        let fatalities = numbers::fatalities(data, words, &casualties, &in_date);
        let injuries = numbers::injuries(data, words, &casualties, &in_date);
        let toll = fatalities.unwrap_or(0) > 0 || injuries.unwrap_or(0) > 0;
        // A generic trigger alone, with nobody, nowhere and no toll, is a word, not an event.
        if priority >= GENERIC_PRIORITY && actor1.is_none() && actor2.is_none() && location.is_none() && !toll {
            return None;
        }
        let day = date(doc, sentence);
        // A trigger told as a noun ("the battle for Raqqa", "les affrontements") states one event
        // only with an anchor in its sentence: a date, a toll, an agent ("by"), or a party or a
        // victim named with a place; else it is a mention of something told elsewhere or in general.
        // A party named is an anchor only with a place ("the clashes between the army and the
        // rebels in Idlib"): a party alone is what commentary names.
        let agent = words[best.end..].iter().take(4).any(|w| data.agent_markers.contains(&w.folded));
        let place_in_sentence = doc.places.iter().any(|p| sentence.contains(p.span) && p.geo.is_some());
        // A date or a time the sentence names ("on Wednesday night", "in 2014"), even one that
        // cannot be resolved to a day, dates what the sentence tells.
        let dated = doc.times.iter().any(|t| matches!(t.kind, TimexType::Date | TimexType::Time) && sentence.contains(t.span) && !t.value.ends_with("_REF"));
        if nominal && !dated && !toll && !agent && !((parties_named || victim.is_some()) && place_in_sentence) {
            return None;
        }
        let source = sources.first().map(|s| self.source(doc, s));
        let anchors = [parties_named, place_in_sentence, day.is_some(), toll].iter().filter(|a| **a).count();
        let confidence = confidence(priority, anchors, nominal, modality, source.is_some());
        let t = &self.res.taxonomy[sub_type];
        Some(Event {
            sub_event_type: t.name.clone(),
            plover: Some(match &t.plover_mode {
                Some(mode) => format!("{}/{}", t.plover, mode),
                None => t.plover.clone(),
            }),
            cameo: Some(t.cameo.clone()),
            actor1,
            actor2,
            location,
            date: day.or_else(|| doc.meta.published.as_ref().map(|p| p.date.to_string())),
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

    /// The reporter a source names: its words as written, and the actor of the entity or actor
    /// phrase there, when there is one.
    fn source(&self, doc: &Document, s: &Source) -> EventSource {
        let actor = doc
            .entities
            .iter()
            .filter(|e| s.name.contains(e.span))
            .find_map(|e| e.actor.clone())
            .or_else(|| doc.mentions.iter().find(|m| s.name.contains(m.span)).map(|m| m.actor.clone()));
        EventSource { span: s.span, name: doc.slice(s.name).to_string(), actor }
    }

    /// Whether the words at `span` name a news agency ("AFP", "l'AFP", "Reuters").
    fn is_agency(&self, doc: &Document, span: Span) -> bool {
        let folded = fold::fold_phrase(doc.slice(span));
        let strip = |w: &str| w.strip_prefix("l'").or_else(|| w.strip_prefix("d'")).unwrap_or(w).to_string();
        let name = folded.iter().map(|w| strip(w)).collect::<Vec<_>>().join(" ");
        self.res.agencies.contains(&name)
    }
}

/// How sure the stage is that the sentence states the event as coded, from 0.05 to 0.99: a
/// specific trigger (priority 1) starts at 0.70, a generic one (9) at 0.30; each anchor in the
/// sentence (a party named, a place, a day, a toll) adds 0.05; a named source adds 0.05; a
/// trigger told as a noun takes 0.10 off; a claim by a party 0.10, a denial 0.20, a negation or a
/// possibility 0.10 (their reading is less sure than an assertion's).
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

/// For each word, whether it lies inside a temporal expression ("On 8 May 2020": the 8 is no count).
fn in_date(doc: &Document, words: &[Word]) -> Vec<bool> {
    words.iter().map(|w| doc.times.iter().any(|t| t.span.contains(w.span))).collect()
}

/// actor1 (who acts) and actor2 (who is acted on): in the active voice the first actor before the
/// trigger and the first after it; after a passive agent marker ("par", "by"), the agent acts.
/// Civilians do not act: named before the trigger, they are its victims ("26 civils ont été tués
/// dans des bombardements du régime"). When the event is one two parties make together
/// (`coordinated`: an agreement), both are named before the verb.
#[allow(clippy::too_many_arguments)]
fn actors(
    stage: &EventStage,
    doc: &Document,
    data: &LanguageData,
    words: &[Word],
    sentence: Span,
    trigger: Span,
    sources: &[Source],
    coordinated: bool,
) -> (Option<ActorRef>, Option<ActorRef>) {
    // Actor phrases with a kind; named people and organisations with a kind or a country. A
    // place name is where something happens, not who does it.
    let mut in_sentence: Vec<(Span, &ActorRef)> = doc
        .mentions
        .iter()
        .filter(|m| m.actor.inter.is_some())
        .map(|m| (m.span, &m.actor))
        .chain(
            doc.entities
                .iter()
                .filter(|e| e.label != vigie_core::EntityLabel::Location)
                .filter_map(|e| e.actor.as_ref().filter(|a| a.inter.is_some() || a.country.is_some()).map(|a| (e.span, a))),
        )
        .filter(|(span, _)| sentence.contains(*span))
        // The dateline and the agency credits say who reports, not who acts.
        .filter(|(span, _)| !doc.meta.dateline.as_ref().is_some_and(|d| d.span.overlaps(*span)))
        .filter(|(span, _)| !doc.meta.agencies.iter().any(|a| a.span.overlaps(*span)))
        // Who reports is the source, not an actor ("the OSCE SMM observed", "according to X").
        .filter(|(span, _)| !sources.iter().any(|s| s.span.overlaps(*span)))
        // A news agency reports ("a indiqué à l'AFP"), it does not act.
        .filter(|(span, _)| !stage.is_agency(doc, *span))
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
    let agent_at = words
        .iter()
        .filter(|w| w.span.start >= trigger.end)
        .take(4)
        .find(|w| data.agent_markers.contains(&w.folded))
        .map(|w| w.span.end);
    let first_before = |pred: &dyn Fn(&ActorRef) -> bool| {
        kept.iter().find(|(s, a)| s.end <= trigger.start && pred(a)).map(|(_, a)| (*a).clone())
    };
    let first_after = |from: usize, pred: &dyn Fn(&ActorRef) -> bool| {
        kept.iter().find(|(s, a)| s.start >= from && pred(a)).map(|(_, a)| (*a).clone())
    };
    let any = |_: &ActorRef| true;
    let acting = |a: &ActorRef| a.inter != Some(CIVILIANS);
    let victims = |a: &ActorRef| a.inter == Some(CIVILIANS);
    let (actor1, actor2) = match agent_at.and_then(|at| first_after(at, &any)) {
        Some(agent) => (Some(agent), first_before(&any)),
        None => match (first_before(&acting), first_before(&victims)) {
            (Some(actor), _) => (Some(actor), first_after(trigger.end, &any)),
            (None, Some(civilians)) => (first_after(trigger.end, &acting), Some(civilians)),
            (None, None) => (None, first_after(trigger.end, &any)),
        },
    };
    // Two parties named together before the verb ("Trump et son homologue russe Poutine se sont
    // accordés"): the first acts with the second.
    let (actor1, actor2) = match (actor1, actor2) {
        (Some(a), b) if coordinated => {
            let second = kept.iter().filter(|(s, x)| s.end <= trigger.start && acting(x) && **x != a).map(|(_, x)| (*x).clone()).next();
            (Some(a), second.or(b))
        }
        pair => pair,
    };
    // One actor is not both sides.
    match (actor1, actor2) {
        (Some(a), Some(b)) if a == b => (Some(a), None),
        pair => pair,
    }
}

/// ACLED's inter codes for rioters, protesters and civilians.
const RIOTERS: u8 = 5;
const PROTESTERS: u8 = 6;
const CIVILIANS: u8 = 7;

/// The day (or span of days) the sentence dates the event to.
fn date(doc: &Document, sentence: Span) -> Option<String> {
    doc.times
        .iter()
        .filter(|t| t.kind == TimexType::Date && sentence.contains(t.span))
        .find_map(|t| day_or_span(&t.value))
}

/// "2017-11-11" as it is; a weekend "2017-W45-WE" as "2017-11-11/2017-11-12"; anything vaguer: None.
fn day_or_span(value: &str) -> Option<String> {
    if value.len() == 10 && value.parse::<jiff::civil::Date>().is_ok() {
        return Some(value.to_string());
    }
    let week = value.strip_suffix("-WE")?;
    let (year, w) = week.split_once("-W")?;
    let year: i16 = year.parse().ok()?;
    let w: i8 = w.parse().ok()?;
    let saturday = jiff::civil::ISOWeekDate::new(year, w, jiff::civil::Weekday::Saturday).ok()?.date();
    let sunday = saturday.tomorrow().ok()?;
    Some(format!("{saturday}/{sunday}"))
}

/// The same event told again (same type, same place, same date, or a date only one telling gives,
/// told as happened both times or as not happened both times) adds its evidence to the first
/// telling's `mentions` and fills the arguments the first telling lacks.
fn merge_or_push(events: &mut Vec<(Event, bool)>, event: Event, dated: bool) {
    let place = |e: &Event| e.location.as_ref().and_then(|l| l.geonameid);
    let same_time = |e: &Event, e_dated: bool| (e.date == event.date || !e_dated || !dated) && e.happened() == event.happened();
    // A protest, then the police stepping in ("Police dispersed the protesters"): one protest,
    // coded by the harshest treatment the crowd met.
    let severity = protest_severity(&event.sub_event_type);
    if let Some((first, first_dated)) = events.iter_mut().find(|(e, e_dated)| {
        severity.is_some_and(|s| protest_severity(&e.sub_event_type).is_some_and(|f| f < s)) && same_time(e, *e_dated)
    }) {
        first.sub_event_type = event.sub_event_type.clone();
        first.plover = event.plover.clone();
        first.cameo = event.cameo.clone();
        if dated && !*first_dated {
            first.date = event.date.clone();
            *first_dated = true;
        }
        absorb(first, event);
        return;
    }
    if let Some((first, first_dated)) = events.iter_mut().find(|(e, e_dated)| {
        (e.sub_event_type == event.sub_event_type
            || severity.is_some_and(|s| protest_severity(&e.sub_event_type).is_some_and(|f| f >= s)))
            && place(e) == place(&event)
            && same_time(e, *e_dated)
    }) {
        if dated && !*first_dated {
            first.date = event.date.clone();
            *first_dated = true;
        }
        if first.actor1.is_none() {
            first.actor1 = event.actor1.clone();
        }
        absorb(first, event);
        return;
    }
    events.push((event, dated));
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

/// How harshly a protest was met: peaceful, broken up, or met with deadly or excessive force.
fn protest_severity(sub_event_type: &str) -> Option<u8> {
    match sub_event_type {
        "Peaceful protest" => Some(0),
        "Protest with intervention" => Some(1),
        "Excessive force against protesters" => Some(2),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
