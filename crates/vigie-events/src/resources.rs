//! What the events stage loads: the taxonomy, and per language the triggers, the casualty words and
//! the number words.

use crate::lexicon::Lexicon;
use std::collections::HashMap;
use vigie_resources::{ResourceError, Resources};

pub const TAXONOMY: &str = "events/taxonomy.tsv";

/// A sub-event type with its codes in the other taxonomies.
#[derive(Debug, Clone, PartialEq)]
pub struct SubEventType {
    pub name: String,
    pub event_type: String,
    pub plover: String,
    pub plover_mode: Option<String>,
    pub cameo: String,
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
    /// Words that negate the verb after them ("pas", "not").
    pub negations: Vec<String>,
    /// Words that introduce a part of a count ("dont", "including").
    pub subset_markers: Vec<String>,
    /// Articles that also read as "one" ("a", "un"): a count only right after a "killed" word.
    pub articles: Vec<String>,
    /// Words after a protest trigger that introduce what the protest is against ("against",
    /// "demanding", "contre"): a trigger after them is the grievance, not an event.
    pub grievance_markers: Vec<String>,
    /// Auxiliaries of the passive voice ("was", "été"): before a trigger, its subject was hit.
    pub passive_auxiliaries: Vec<String>,
    /// Patterns saying a crowd turned violent ("smashed", "set ablaze"): with a protest trigger in
    /// the same sentence, the protest is a violent demonstration.
    pub riot_markers: Lexicon<()>,
    /// Patterns after which the source of a report is named ("according to", "selon").
    pub source_before: Lexicon<()>,
    /// Reporting verbs after the source's name ("observed", "reported", "a indiqué").
    pub source_after: Lexicon<()>,
}

#[derive(Debug)]
pub struct EventResources {
    pub taxonomy: Vec<SubEventType>,
    pub languages: HashMap<String, LanguageData>,
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
        let mut languages = HashMap::new();
        for code in resources.languages() {
            let data = load_language(resources, &code, &taxonomy)?;
            if !data.triggers.is_empty() {
                languages.insert(code, data);
            }
        }
        Ok(EventResources { taxonomy, languages })
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
        let word = match f[0] {
            "killed" => CasualtyWord::Killed,
            "injured" => CasualtyWord::Injured,
            "victim_civilian" => CasualtyWord::Civilian,
            "victim_armed" => CasualtyWord::Armed,
            "vague" => CasualtyWord::Vague(f[2].parse().map_err(|_| line.error("a vague quantity needs a number"))?),
            other => return Err(line.error(format!("unknown kind `{other}`"))),
        };
        data.casualties.add(f[1], word, &line)?;
    }
    let path = format!("lang/{code}/event-words.tsv");
    for line in resources.lines(&path) {
        let f = line.fields_n(2)?;
        let lexicon = match f[0] {
            "riot_marker" => Some(&mut data.riot_markers),
            "source_before" => Some(&mut data.source_before),
            "source_after" => Some(&mut data.source_after),
            _ => None,
        };
        if let Some(lexicon) = lexicon {
            lexicon.add(f[1], (), &line)?;
            continue;
        }
        let list = match f[0] {
            "number_joiner" => &mut data.number_joiners,
            "agent_marker" => &mut data.agent_markers,
            "negation" => &mut data.negations,
            "subset_marker" => &mut data.subset_markers,
            "article" => &mut data.articles,
            "grievance_marker" => &mut data.grievance_markers,
            "passive_auxiliary" => &mut data.passive_auxiliaries,
            other => return Err(line.error(format!("unknown kind `{other}`"))),
        };
        list.extend(crate::fold::fold_phrase(f[1]));
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
