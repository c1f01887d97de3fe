//! What the events stage loads: the taxonomy, and per language the triggers, the casualty words and
//! the number words.

use crate::lexicon::Lexicon;
// Fx hashing: these maps hold resource words and are read per word of the text; no untrusted keys.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use vigie_core::Modality;
use vigie_resources::{ResourceError, Resources};

pub const TAXONOMY: &str = "events/taxonomy.tsv";
/// The news agencies, language-independent: who credits or reports is never an actor.
pub const AGENCIES: &str = "agencies.tsv";

/// Where a modality cue must stand relative to the trigger it qualifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Ends at most this many words before the trigger, in the trigger's clause.
    Before(usize),
    /// Starts at most this many words after the trigger, in the trigger's clause.
    After(usize),
    /// Anywhere in the trigger's clause.
    Clause,
    /// S150: anywhere before the trigger in its clause: a cue that governs what follows it
    /// ("fearing an attack", "craignant une attaque"), not a trigger told before it.
    ClauseBefore,
    /// Anywhere in the sentence.
    Sentence,
    /// Holding some of the trigger's own words, read in another sense ("heart attack").
    Trigger,
}

/// A cue that makes an event claimed, denied, negated or hypothetical.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModalityCue {
    pub modality: Modality,
    pub scope: Scope,
}

/// Why a trigger states no event of this article (`event-modality.tsv`, kinds `generic`,
/// `background`, `figurative` and `accident`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NonEvent {
    /// A kind, a habit or a total, not one event ("every day", "since the war began").
    Generic,
    /// The past the article recalls, not what it reports ("anniversary", "on trial for").
    Background,
    /// Another sense of the word: sport, politics, figures of speech ("price war", "penalty").
    /// A toll in the sentence overrules it.
    Figurative,
    /// An accident or a disaster, with no perpetrator ("killed in the crash", "l'incendie"): no
    /// ACLED event, toll or not.
    Accident,
}

/// A cue of a `NonEvent`, with the scope of a modality cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NonEventCue {
    pub kind: NonEvent,
    pub scope: Scope,
}

/// How a source cue names the reporter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceCue {
    /// The reporter follows ("according to", "selon").
    Before,
    /// A reporting verb: the reporter stands before it, or after it when it opens its clause.
    Verb,
}

/// A sub-event type with its codes in the other taxonomies.
#[derive(Debug, Clone, PartialEq)]
pub struct SubEventType {
    pub name: String,
    pub event_type: String,
    pub plover: String,
    pub plover_mode: Option<String>,
    pub cameo: String,
}

impl SubEventType {
    /// Its PLOVER code as an event carries it: the event type, then `/` and the mode when PLOVER
    /// has one ("ASSAULT/bombing").
    pub fn plover_code(&self) -> String {
        match &self.plover_mode {
            Some(mode) => format!("{}/{}", self.plover, mode),
            None => self.plover.clone(),
        }
    }
}

/// What a trigger says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// An index into the taxonomy.
    Type(usize),
    /// Territory changed hands: who took it decides the sub-event type.
    Territory,
    /// People were killed or attacked: the sides decide between an attack and a clash.
    Violence,
    /// Weapons were fired: a clash, unless the ones hit were civilians (then an attack).
    Fighting,
    /// A crowd turned violent: with a protest in the sentence a violent demonstration, else mob violence.
    Riot,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trigger {
    pub reading: Reading,
    pub priority: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CasualtyWord {
    Killed,
    Injured,
    Vague(u32),
    Civilian,
    /// A word naming armed people or their posts as the ones hit ("police officer", "checkpoint").
    Armed,
    /// S126: a word naming the one hit as a gang's man by his record or title ("alleged drug
    /// dealer", "gang leader", "narcotrafiquant"): armed, a gang the side hit (`victim_gang`).
    Gang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberWord {
    Unit(u64),
    Multiplier(u64),
}

#[derive(Debug, Default)]
pub struct LanguageData {
    pub triggers: Lexicon<Trigger>,
    pub casualties: Lexicon<CasualtyWord>,
    pub numbers: HashMap<String, NumberWord>,
    /// Words that join number words ("et", "and").
    pub number_joiners: Vec<String>,
    /// Words after which the agent of a passive verb follows ("par", "by").
    pub agent_markers: Vec<String>,
    /// S95: words that end a territory trigger and introduce who took the place ("fell into the
    /// hands of", "fell to"): the people after it took the place, nobody was taken.
    pub taker_markers: Vec<String>,
    /// S152: words at most three before a territory word that make it an attempt ("tried to
    /// capture", "ont tenté de reprendre"): the fight for the place, not its change of hands.
    pub attempt_markers: Vec<String>,
    /// S152: words inside a taker's name that make it the state's ally ("pro-government
    /// militias", "milices progouvernementales"): it takes the place back for the state.
    pub allied_markers: Vec<String>,
    /// S95: reflexive pronouns ("se"): an auxiliary right after one is no passive ("les rebelles se
    /// sont emparés de la ville": they took it).
    pub reflexive_pronouns: Vec<String>,
    /// Words that join two parties ("et", "and"): "GNA and LNA forces clashed" names both sides.
    pub coordinators: Vec<String>,
    /// Words that introduce the two sides of a reciprocal event ("entre", "between").
    pub between_markers: Vec<String>,
    /// Words that introduce a part of a count ("dont", "including").
    pub subset_markers: Vec<String>,
    /// Articles that also read as "one" ("a", "un"): a count only right after a "killed" word.
    pub articles: Vec<String>,
    /// Words after a protest trigger that introduce what the protest is against ("against",
    /// "demanding", "contre"): a trigger after them is the grievance, not an event.
    pub grievance_markers: Vec<String>,
    /// Relative pronouns ("who", "qui"): a trigger in a relative clause of a protest sentence
    /// ("followers of a cleric who was arrested protested") describes someone, it is no event.
    pub relative_pronouns: Vec<String>,
    /// S121: words that open a relative clause on an actor or a place after a comma ("who",
    /// "which", "whose", "qui", "lequel"): violence told there with no recent day near is the past
    /// recalled to describe them ("Isis, who reportedly tortured him").
    pub relative_openers: Vec<String>,
    /// S121: the names of the weekdays (`weekdays.tsv`, folded): a weekday in a relative clause
    /// dates what it tells even where no temporal expression was read.
    pub weekdays: Vec<String>,
    /// Words that open a clause of another time ("after", "when", "before"): a date beyond one
    /// dates something else than the trigger (S35, told as to come by its date).
    pub time_subordinators: Vec<String>,
    /// S61: words that open what an event reacts to ("after", "following", "après"): a death
    /// told after one, beside a protest, is what the protest is about, not force used on it.
    pub cause_markers: Vec<String>,
    /// S100: words that open a concession ("despite", "malgré"): a party named in it is what the
    /// event defies ("despite a resolution of the UN security council"), no side of it.
    pub concession_markers: Vec<String>,
    /// S193: words that tell a weapon stopped in flight ("intercepted", "interceptés"): a
    /// disrupted weapons use told with one after a remote attack is its outcome.
    pub interception_words: Vec<String>,
    /// S196: words that open a date or a time right after them ("on", "early", "dans"): with the
    /// time expression, transparent between a trigger pattern's words ("seized on Tuesday the
    /// town", "ont occupé dans la nuit de lundi la caserne").
    pub time_prepositions: Vec<String>,
    /// Auxiliaries of the passive voice ("was", "été"): before a trigger, its subject was hit.
    pub passive_auxiliaries: Vec<String>,
    /// Patterns saying a crowd turned violent ("smashed", "set ablaze"): with a protest trigger in
    /// the same sentence, the protest is a violent demonstration.
    pub riot_markers: Lexicon<()>,
    /// Patterns saying the security forces hit were off duty ("off-duty", "hors service"): ACLED
    /// codes them as civilians.
    pub off_duty: Lexicon<()>,
    /// S142: patterns of an exchange of fire ("a shoot-out", "exchanged fire", "échange de tirs"):
    /// both sides of the clash bore arms, so no side of it is civilians.
    pub fire_exchanges: Lexicon<()>,
    /// S220: patterns of goods only criminals deal in ("marijuana", "drug lab", "smuggled
    /// cigarettes", "stupéfiants"): property the state's forces seize or destroy is a gang's.
    pub criminal_goods: Lexicon<()>,
    /// S220: patterns of a fight between two groups of the same kind ("clashed", "each other",
    /// "s'affrontent"): a riot so told has rioters on both sides.
    pub mutual: Lexicon<()>,
    /// S221: patterns of nouns that name a place taken ("town", "village", "checkpoint", "ville",
    /// "localité"): the subject of a territory word told in the passive with its agent ("the town
    /// of Bulo Burde was seized by Al-Shabaab") when the gazetteer lacks the place's name.
    pub place_nouns: Lexicon<()>,
    /// S82: patterns of places where civilians gather ("restaurant", "centre commercial"): a
    /// shooting there with nobody named on either side is an attack on the people there.
    pub civilian_venues: Lexicon<()>,
    /// S140: patterns naming a police force's area as where something happened ("under Koya
    /// police station", "under .. police limits"): the force named in them is a place, no side.
    pub jurisdictions: Lexicon<()>,
    /// S101: patterns saying people were hurt gravely or by what maims ("seriously injured",
    /// "pellets", "grièvement blessés"): protesters hurt so by the forces met excessive force.
    pub serious_harm: Lexicon<()>,
    /// S83: patterns that, right after a count, say it counts no dead (`not_dead` of
    /// `event-casualties.tsv`): the displaced, refugees, an age, a span of time ("200000
    /// déplacés", "24 ans").
    pub not_dead: Lexicon<()>,
    /// S221: phrases that tell one person killed or hurt, with no count (`one_killed`,
    /// `one_injured` of `event-casualties.tsv`: "was shot dead", "killing the driver", "a été
    /// tué"); the value is the kind of toll they count one for.
    pub one_casualty: Lexicon<CasualtyWord>,
    /// S221: patterns that, in the three words before such a phrase or inside it, say it counts
    /// none (`not_one` of `event-casualties.tsv`): a negation ("no one was killed", "was not
    /// hurt", "n'a été blessé") or a relative pronoun (a victim described: "a youth who was killed").
    pub not_one: Lexicon<()>,
    /// S126: patterns of a gang's crime on a record ("for drug trafficking", "pour trafic de
    /// drogue", `gang_record` of `event-casualties.tsv`): in the sentence right after the event's,
    /// one that names its victim (`victim_told`: "the victim"), the one hit was a gang's man.
    pub gang_records: Lexicon<()>,
    /// S126: patterns naming the victim of the sentence before ("the victim", "la victime").
    pub victim_told: Lexicon<()>,
    /// Patterns saying a weapon was stopped before it went off ("defused", "bomb squad"): an
    /// explosive trigger in a sentence that has one, with nobody hurt, is disrupted weapons use.
    pub disrupted_markers: Lexicon<()>,
    /// Patterns naming what ACLED's agreements settle between conflict parties ("ceasefire",
    /// "prisoners", "surrender", "cessez-le-feu"): an agreement word in a sentence with none of
    /// them and no armed non-state party is a trade, political or diplomatic deal, no event.
    pub agreement_objects: Lexicon<()>,
    /// Patterns naming an unorganised crowd ("villagers", "a group of men", "la foule"): as the
    /// ones who did the violence, mob violence rather than an attack.
    pub crowds: Lexicon<()>,
    /// S36: patterns of an article's title saying its news is the past ("procès", "ans après"):
    /// violence it tells with no recent date is what the trial or the anniversary is about.
    pub past_news: Lexicon<()>,
    /// S90: words naming a violent event in an article's title ("attentats", "attaque"): followed
    /// by an old date written with its year ("Attentats de janvier 2015 : ...", "Attentat de
    /// Bologne en 1980 : ..."), the article's news is that past event's aftermath.
    pub past_named: Lexicon<()>,
    /// S47: auxiliaries of the present perfect ("has", "have"): with a `campaign` or a period of
    /// weeks or more, a toll or a fight told over that campaign, an aggregate.
    pub perfect_auxiliaries: Vec<String>,
    /// S82: the auxiliary of the pluperfect ("avait", "avaient"): a trigger told in it with no
    /// recent day of its own or inherited tells the past the article recalls.
    pub pluperfect_auxiliaries: Vec<String>,
    /// S90: the word that opens reported speech ("que", "qu"): a pluperfect after it is the
    /// sequence of tenses ("a déclaré que des raids avaient visé"), the recent past reported.
    pub reported_that: Vec<String>,
    /// S97: a word right after a reporting verb by which the speaker tells its own act ("said it
    /// had reclaimed", "a annoncé avoir tué"): such a speaker is also a side.
    pub self_report: Vec<String>,
    /// S47: patterns naming a campaign, a war or a conflict as what a toll is counted over ("in the
    /// bombardment", "during the .. conflict", "throughout the war").
    pub campaigns: Lexicon<()>,
    /// S47: nouns of held places ("areas", "towns"): a territory word right after one describes
    /// the places ("towns recaptured from Isis"), not a capture told.
    pub held_places: Vec<String>,
    /// S47: words that measure one event against a period ("first", "deadliest"): "its first major
    /// assault for months" is one event, not a count over months.
    pub period_contrasts: Vec<String>,
    /// Cues of the modality (`event-modality.tsv`).
    pub modality: Lexicon<ModalityCue>,
    /// Cues that make a trigger no event of this article (`event-modality.tsv`).
    pub non_events: Lexicon<NonEventCue>,
    /// Words that open a period reaching the present ("since", "depuis"), with how many words
    /// before a temporal expression they may stand: that expression dates no event.
    pub open_periods: Lexicon<usize>,
    /// Cues naming who reports (`event-sources.tsv`).
    pub sources: Lexicon<SourceCue>,
    /// Determiners ("the", "les"): right before a trigger, it is a noun that needs an anchor.
    pub determiners: Vec<String>,
    /// Generic determiners ("such", "tels"): right before a trigger, a kind of event, not one.
    pub generic_determiners: Vec<String>,
    /// Verbs whose object happened ("held", "carried", "organisé"): before the determiner of a
    /// trigger, the trigger is the event told, not a mention.
    pub light_verbs: Vec<String>,
    /// Word endings of participles and gerunds ("ing"): a trigger so ending with no `auxiliary`
    /// right before it describes rather than tells, and needs an anchor as a noun does.
    pub participle_endings: Vec<String>,
    /// S223: word endings of past tense verbs ("ed"): a trigger so ending is a verb, never the
    /// noun of an event known by its name ("the Michoacan University protested" is no "Douma
    /// attack").
    pub past_endings: Vec<String>,
    /// S223: word endings of nouns that name people by their act ("ers": "kidnappers"): a
    /// background cue holding such a trigger ("suspected .. kidnapper*") names a charge, and the
    /// trigger yields to another one of its sentence.
    pub agent_noun_endings: Vec<String>,
    /// Auxiliaries of progressive forms ("was", "were"): "were fighting" tells.
    pub auxiliaries: Vec<String>,
    /// S49: phrases that join a container place to a place inside it, folded ("suburb of",
    /// "banlieue de"): "the Damascus suburb of Douma", "la banlieue de Damas, Douma" (see
    /// `place::EventPlaces::set_aside_containers`).
    pub place_parts: Vec<Vec<String>>,
    /// S49: finite auxiliaries and modals ("has", "will", "a", "va"): right after a capital that
    /// opens its clause, the capital is the subject of a verb, its state (see
    /// `place::EventPlaces::set_aside_acting_capitals`).
    pub subject_auxiliaries: Vec<String>,
    /// S62: the author's first-person words ("I", "we", "my"): a piece whose author writes in the
    /// first person (a letter, an essay, a testimony) recalls events rather than reports them.
    pub first_person: Vec<String>,
    /// S68: plural nouns of violence ("attacks", "clashes"): told bare, with no determiner and no
    /// count before them, they name violence in general ("urging attacks on US soil").
    pub bare_plurals: Vec<String>,
    /// S130: words naming a part of a month before it ("début novembre", "early March",
    /// "mi-novembre"): the first ten days, the middle ten, the days from the 21st.
    pub month_early: Vec<String>,
    pub month_mid: Vec<String>,
    pub month_late: Vec<String>,
    /// S144: the definite determiners before a past event named by its place ("the", "les":
    /// "the Manchester Arena bombing", "les attentats de Paris") and the words that join the
    /// place after the noun ("of", "de", "d"): see `named_by_place`.
    pub name_determiners: Vec<String>,
    pub name_markers: Vec<String>,
    /// Endings that mark a past participle as the word is written, lower-cased, accents kept
    /// ("é", "ées"): a trigger so written with no auxiliary before it in its clause ("Un soldat
    /// tué au Mali") tells its subject was hit. Empty where the spelling says nothing (English).
    pub past_participle_marks: Vec<String>,
    /// S127: words that count an event's day from another event's ("deux jours après l'attaque",
    /// "au lendemain de l'attentat", "the eve of the raid"): `count_after`, `count_before`,
    /// `day_after`, `day_before` of `event-words.tsv`.
    pub day_counts: Lexicon<DayCount>,
    /// S127: the words of a day and of a week ("jours", "days", "semaine", "weeks") that a count
    /// before a `count_after` or `count_before` word is counted in.
    pub day_units: Vec<String>,
    pub week_units: Vec<String>,
    /// S127: words of a count with no number before a `day_unit` ("quelques", "few", "several").
    pub vague_counts: Vec<String>,
}

/// S127: how a word counts an event's day from the day of the event it names: after it or before
/// it by the count told before the word ("two days after"), or by a fixed number of days ("au
/// lendemain de": 1, "la veille de": -1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayCount {
    After,
    Before,
    Fixed(i8),
}

#[derive(Debug)]
pub struct EventResources {
    pub taxonomy: Vec<SubEventType>,
    pub languages: HashMap<String, LanguageData>,
    /// Every agency alias, folded, its words joined by a space ("agence france-presse").
    pub agencies: HashSet<String>,
    /// The elided words of every language ("l", "qu": `lang/<code>/elisions.txt`).
    pub elisions: HashSet<String>,
    /// S49: the capital cities of every language (`lang/<code>/actors-capitals.tsv`), folded, their
    /// words joined by a space ("damascus", "damas").
    pub capitals: HashSet<String>,
}

impl EventResources {
    pub fn load(resources: &Resources) -> Result<Self, ResourceError> {
        let mut taxonomy = Vec::new();
        for line in resources.lines(TAXONOMY) {
            let f = line.fields_n(5)?;
            taxonomy.push(SubEventType {
                name: f[0].to_string(),
                event_type: f[1].to_string(),
                plover: f[2].to_string(),
                plover_mode: (f[3] != "-").then(|| f[3].to_string()),
                cameo: f[4].to_string(),
            });
        }
        if taxonomy.is_empty() {
            return Err(ResourceError { file: TAXONOMY.into(), line: 0, message: "no sub-event types".into() });
        }
        let mut languages = HashMap::default();
        for code in resources.languages() {
            let data = load_language(resources, &code, &taxonomy)?;
            if !data.triggers.is_empty() {
                languages.insert(code, data);
            }
        }
        let mut agencies = HashSet::default();
        for line in resources.lines(AGENCIES) {
            let f = line.fields_n(3)?;
            agencies.insert(crate::fold::fold_phrase(f[1]).join(" "));
        }
        let mut elisions = HashSet::default();
        for code in resources.languages() {
            for line in resources.lines(&format!("lang/{code}/elisions.txt")) {
                elisions.extend(crate::fold::fold_phrase(line.text.trim()));
            }
        }
        let mut capitals = HashSet::default();
        for code in resources.languages() {
            for line in resources.lines(&format!("lang/{code}/actors-capitals.tsv")) {
                let f = line.fields_n(2)?;
                capitals.insert(crate::fold::fold_phrase(f[0]).join(" "));
            }
        }
        Ok(EventResources { taxonomy, languages, agencies, elisions, capitals })
    }

    pub fn type_index(&self, name: &str) -> Option<usize> {
        self.taxonomy.iter().position(|t| t.name == name)
    }
}

fn load_language(resources: &Resources, code: &str, taxonomy: &[SubEventType]) -> Result<LanguageData, ResourceError> {
    let mut data = LanguageData::default();
    let path = format!("lang/{code}/event-triggers.tsv");
    for line in resources.lines(&path) {
        let f = line.fields_n(3)?;
        let reading = match f[1] {
            "@territory" => Reading::Territory,
            "@violence" => Reading::Violence,
            "@fighting" => Reading::Fighting,
            "@riot" => Reading::Riot,
            name => match taxonomy.iter().position(|t| t.name == name) {
                Some(i) => Reading::Type(i),
                None => return Err(line.error(format!("`{name}` is neither a sub-event type of {TAXONOMY} nor a rule"))),
            },
        };
        let priority: u8 = f[2].parse().ok().filter(|p| (1..=9).contains(p)).ok_or_else(|| line.error("priority must be 1 to 9"))?;
        data.triggers.add(f[0], Trigger { reading, priority }, &line)?;
    }
    let path = format!("lang/{code}/event-casualties.tsv");
    for line in resources.lines(&path) {
        let f = line.fields_n(3)?;
        if f[0] == "not_dead" {
            data.not_dead.add(f[1], (), &line)?;
            continue;
        }
        if f[0] == "not_one" {
            data.not_one.add(f[1], (), &line)?;
            continue;
        }
        if f[0] == "one_killed" || f[0] == "one_injured" {
            let kind = if f[0] == "one_killed" { CasualtyWord::Killed } else { CasualtyWord::Injured };
            data.one_casualty.add(f[1], kind, &line)?;
            continue;
        }
        if f[0] == "gang_record" || f[0] == "victim_told" {
            let lexicon = if f[0] == "gang_record" { &mut data.gang_records } else { &mut data.victim_told };
            lexicon.add(f[1], (), &line)?;
            continue;
        }
        let word = match f[0] {
            "killed" => CasualtyWord::Killed,
            "injured" => CasualtyWord::Injured,
            "victim_civilian" => CasualtyWord::Civilian,
            "victim_armed" => CasualtyWord::Armed,
            "victim_gang" => CasualtyWord::Gang,
            "vague" => CasualtyWord::Vague(f[2].parse().map_err(|_| line.error("a vague quantity needs a number"))?),
            other => return Err(line.error(format!("unknown kind `{other}`"))),
        };
        data.casualties.add(f[1], word, &line)?;
    }
    let path = format!("lang/{code}/event-words.tsv");
    for line in resources.lines(&path) {
        let f = line.fields_n(2)?;
        // Phrases matched in the sentence's words (a lexicon each).
        let phrases = match f[0] {
            "riot_marker" => Some(&mut data.riot_markers),
            "crowd" => Some(&mut data.crowds),
            "past_news" => Some(&mut data.past_news),
            "past_named" => Some(&mut data.past_named),
            "campaign" => Some(&mut data.campaigns),
            "disrupted_marker" => Some(&mut data.disrupted_markers),
            "off_duty" => Some(&mut data.off_duty),
            "fire_exchange" => Some(&mut data.fire_exchanges),
            "criminal_goods" => Some(&mut data.criminal_goods),
            "mutual" => Some(&mut data.mutual),
            "place_noun" => Some(&mut data.place_nouns),
            "civilian_venue" => Some(&mut data.civilian_venues),
            "jurisdiction" => Some(&mut data.jurisdictions),
            "serious_harm" => Some(&mut data.serious_harm),
            "agreement_object" => Some(&mut data.agreement_objects),
            _ => None,
        };
        if let Some(lexicon) = phrases {
            lexicon.add(f[1], (), &line)?;
            continue;
        }
        let count = match f[0] {
            "count_after" => Some(DayCount::After),
            "count_before" => Some(DayCount::Before),
            "day_after" => Some(DayCount::Fixed(1)),
            "day_before" => Some(DayCount::Fixed(-1)),
            _ => None,
        };
        if let Some(count) = count {
            data.day_counts.add(f[1], count, &line)?;
            continue;
        }
        if f[0] == "past_participle_mark" {
            // Compared to the word as written: folding would erase the accent that marks it.
            data.past_participle_marks.push(f[1].to_lowercase());
            continue;
        }
        if f[0] == "place_part" {
            data.place_parts.push(crate::fold::fold_phrase(f[1]));
            continue;
        }
        let list = match f[0] {
            "number_joiner" => &mut data.number_joiners,
            "agent_marker" => &mut data.agent_markers,
            "taker_marker" => &mut data.taker_markers,
            "attempt_marker" => &mut data.attempt_markers,
            "allied_marker" => &mut data.allied_markers,
            "reflexive_pronoun" => &mut data.reflexive_pronouns,
            "coordinator" => &mut data.coordinators,
            "between_marker" => &mut data.between_markers,
            "determiner" => &mut data.determiners,
            "generic_determiner" => &mut data.generic_determiners,
            "light_verb" => &mut data.light_verbs,
            "participle_ending" => &mut data.participle_endings,
            "past_ending" => &mut data.past_endings,
            "agent_noun_ending" => &mut data.agent_noun_endings,
            "auxiliary" => &mut data.auxiliaries,
            "subset_marker" => &mut data.subset_markers,
            "article" => &mut data.articles,
            "grievance_marker" => &mut data.grievance_markers,
            "relative_pronoun" => &mut data.relative_pronouns,
            "relative_opener" => &mut data.relative_openers,
            "time_subordinator" => &mut data.time_subordinators,
            "day_unit" => &mut data.day_units,
            "week_unit" => &mut data.week_units,
            "vague_count" => &mut data.vague_counts,
            "cause_marker" => &mut data.cause_markers,
            "concession_marker" => &mut data.concession_markers,
            "interception_word" => &mut data.interception_words,
            "time_preposition" => &mut data.time_prepositions,
            "passive_auxiliary" => &mut data.passive_auxiliaries,
            "subject_auxiliary" => &mut data.subject_auxiliaries,
            "perfect_auxiliary" => &mut data.perfect_auxiliaries,
            "pluperfect_auxiliary" => &mut data.pluperfect_auxiliaries,
            "reported_that" => &mut data.reported_that,
            "self_report" => &mut data.self_report,
            "held_place" => &mut data.held_places,
            "period_contrast" => &mut data.period_contrasts,
            "first_person" => &mut data.first_person,
            "bare_plural" => &mut data.bare_plurals,
            "month_early" => &mut data.month_early,
            "month_mid" => &mut data.month_mid,
            "month_late" => &mut data.month_late,
            "name_determiner" => &mut data.name_determiners,
            "name_marker" => &mut data.name_markers,
            other => return Err(line.error(format!("unknown kind `{other}`"))),
        };
        list.extend(crate::fold::fold_phrase(f[1]));
    }
    let path = format!("lang/{code}/event-modality.tsv");
    for line in resources.lines(&path) {
        let f = line.fields_n(3)?;
        let reach = |n: &str| n.parse::<usize>().ok().filter(|n| (1..=12).contains(n));
        let non_event = match f[0] {
            "generic" => Some(NonEvent::Generic),
            "background" => Some(NonEvent::Background),
            "figurative" => Some(NonEvent::Figurative),
            "accident" => Some(NonEvent::Accident),
            _ => None,
        };
        if f[0] == "open_period" {
            let n = reach(f[2]).ok_or_else(|| line.error(format!("scope `{}`: an open_period takes N from 1 to 12", f[2])))?;
            data.open_periods.add(f[1], n, &line)?;
            continue;
        }
        let modality = match f[0] {
            _ if non_event.is_some() => Modality::Asserted,
            "negated" => Modality::Negated,
            "hypothetical" => Modality::Hypothetical,
            "denied" => Modality::Denied,
            "claimed" => Modality::Claimed,
            other => {
                return Err(line.error(format!(
                    "unknown modality `{other}` (negated, hypothetical, denied, claimed, generic, background, figurative, accident or open_period)"
                )))
            }
        };
        let scope = match f[2] {
            "clause" => Scope::Clause,
            "before" => Scope::ClauseBefore,
            "sentence" => Scope::Sentence,
            "trigger" => Scope::Trigger,
            s => match s.strip_prefix('+') {
                Some(n) => Scope::After(reach(n).ok_or_else(|| line.error(format!("scope `{s}`: +N needs N from 1 to 12")))?),
                None => Scope::Before(reach(s).ok_or_else(|| line.error(format!("scope `{s}` is none of N (1 to 12), +N, clause, before, sentence, trigger")))?),
            },
        };
        match non_event {
            Some(kind) => data.non_events.add(f[1], NonEventCue { kind, scope }, &line)?,
            None => data.modality.add(f[1], ModalityCue { modality, scope }, &line)?,
        }
    }
    // S121: the weekday names (first field of `weekdays.tsv`).
    let path = format!("lang/{code}/weekdays.tsv");
    for line in resources.lines(&path) {
        if let Some(name) = line.fields().first() {
            data.weekdays.extend(crate::fold::fold_phrase(name));
        }
    }
    let path = format!("lang/{code}/event-sources.tsv");
    for line in resources.lines(&path) {
        let f = line.fields_n(2)?;
        let cue = match f[0] {
            "before" => SourceCue::Before,
            "verb" => SourceCue::Verb,
            other => return Err(line.error(format!("unknown kind `{other}` (before or verb)"))),
        };
        data.sources.add(f[1], cue, &line)?;
    }
    // Number words are shared with the temporal vocabulary (classes `num` and `mult`).
    let path = format!("lang/{code}/time/words.tsv");
    for line in resources.lines(&path) {
        let f = line.fields();
        if f.len() < 3 {
            continue;
        }
        let value = match (f[1], f[2].parse::<u64>()) {
            ("num", Ok(n)) => NumberWord::Unit(n),
            ("mult", Ok(n)) => NumberWord::Multiplier(n),
            _ => continue,
        };
        // Phrases ("a dozen", "a couple of") are left to the temporal expressions.
        if let [word] = crate::fold::fold_phrase(f[0]).as_slice() {
            data.numbers.insert(word.clone(), value);
        }
    }
    Ok(data)
}
