//! The actor dictionary: loading and validating `resources/actors/` and the per-language actor
//! files, the matching automaton, and dated resolution.

use crate::fold::{fold, fold_key, Folded};
use crate::ActorError;
use crate::trie::{Trie, FLAG, NONE, NO_FORM, ROOT};
use jiff::civil::Date;
use rustc_hash::FxHashMap as HashMap;
use vigie_core::{ActorRef, EntityLabel};
use vigie_resources::{Line, Resources};
use vigie_core::chars::{pair, KeyBits, ALNUM};

/// What kind of dictionary form a mention matched; decides how it shows in the entities layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MentionKind {
    /// A name or alias of an actor of `actors.tsv` (a person, a group, a body).
    Name,
    /// A country name.
    Country,
    /// A capital city (a place, and a metonym for the state in role patterns).
    Capital,
    /// Another well-known place (`actors-places.tsv`).
    Place,
    /// A demonym alone ("Syrians", "russes").
    Demonym,
    /// A role pattern around a country ("armée syrienne", "US president").
    Role,
}

/// One period of an actor's life: what it was between two dates.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub inter: Option<u8>,
    pub plover: Option<String>,
    pub country: Option<String>,
    pub parent: Option<String>,
    /// Inclusive.
    pub valid_from: Option<Date>,
    /// Exclusive.
    pub valid_to: Option<Date>,
}

/// One actor with its periods.
#[derive(Debug, Clone)]
pub struct ActorRecord {
    pub id: String,
    pub name: String,
    /// The named-entity label its names carry; `None` for generic actors ("civilians").
    pub label: Option<EntityLabel>,
    pub periods: Vec<Period>,
}

#[derive(Debug, Clone, Copy)]
struct Target {
    record: u32,
    /// Index into `ActorDictionary::langs`; `None` = every language.
    lang: Option<u16>,
    kind: MentionKind,
    /// The form is written without lower-case letters ("EI", "USA"): the text must be too.
    acronym: bool,
    /// The form starts with a capital: the text must too.
    capitalised: bool,
}

/// A dictionary match in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActorMatch {
    pub start: usize,
    pub end: usize,
    pub record: u32,
    pub kind: MentionKind,
}

/// An actor mention: where, what kind of form, and the actor on the date asked.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorMention {
    pub span: vigie_core::Span,
    pub kind: MentionKind,
    pub actor: ActorRef,
}

#[derive(Debug, Clone)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub name: String,
}

/// Actors, their names in each language, and the automaton that finds them.
pub struct ActorDictionary {
    records: Vec<ActorRecord>,
    by_id: HashMap<String, u32>,
    countries: Vec<Country>,
    by_alpha2: HashMap<String, usize>,
    langs: Vec<String>,
    targets: Vec<Vec<Target>>,
    /// Every form, searched from each word start only (see [`word_start_matches`]).
    automaton: Trie,
    /// The word-kind slots left in the automaton's forms and the nouns that fill them.
    slots: Slots,
    /// The automaton's forms, for the tests.
    #[cfg(test)]
    keys: Vec<String>,
}

/// Word-kind slots kept in the automaton: a form with `{aircraft}` is stored once, with one slot
/// byte (`SLOT0` + the language's index) in place of the noun, rather than once per noun; the walk
/// fills the slot with any noun of that language found in the text. The same matches as the forms
/// expanded (checked when the dictionary is built; it is built expanded when a check fails).
struct Slots {
    /// The slot transitions of the nodes that have some (flagged in the trie): (language index,
    /// next node).
    next: HashMap<u32, Vec<(usize, u32)>>,
    /// Per language index, the folded nouns of its slot (distinct), and an automaton of them.
    nouns: Vec<Vec<String>>,
    noun_tries: Vec<Option<Trie>>,
    /// Per byte of folded text: `SLOT_BYTE` (a slot byte: the walk stops), `NOUN_START` (some
    /// noun starts with it).
    class: [u8; 256],
    /// The pairs of bytes a noun may start with (every pair of a one-byte noun's byte).
    pairs: KeyBits,
}

const SLOT_BYTE: u8 = 1;
const NOUN_START: u8 = 2;

impl Default for Slots {
    fn default() -> Self {
        Slots { next: HashMap::default(), nouns: Vec::new(), noun_tries: Vec::new(), class: [0; 256], pairs: KeyBits::default() }
    }
}

/// The slot byte of language index 0; `SLOT0 + i` for language `i`. Folded text may hold these
/// control bytes but no form may: the walk never reads them as text.
const SLOT0: u8 = 0x01;
const MAX_SLOT_LANGS: usize = 8;

impl Slots {
    fn mark(&mut self, sid: u32, li: usize, next: u32) {
        let t = self.next.entry(sid).or_default();
        if !t.contains(&(li, next)) {
            t.push((li, next));
        }
    }

    /// Whether a noun may start at `text[i]` (a byte of class `NOUN_START`), by its first two bytes.
    #[inline]
    fn noun_may_start(&self, text: &[u8], i: usize) -> bool {
        match text.get(i + 1) {
            Some(&second) => self.pairs.contains(pair(text[i], second)),
            None => true,
        }
    }

    fn add_pair(&mut self, first: u8, second: u8) {
        self.pairs.insert(pair(first, second));
    }

    #[inline]
    fn is_slot_byte(&self, b: u8) -> bool {
        self.class[b as usize] & SLOT_BYTE != 0
    }
}

impl std::fmt::Debug for ActorDictionary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ActorDictionary")
            .field("actors", &self.records.len())
            .field("forms", &self.targets.len())
            .finish()
    }
}

const COUNTRIES: &str = "actors/countries.tsv";
const KINDS: &str = "actors/kinds.tsv";
const ACTORS: &str = "actors/actors.tsv";

/// The record of a place named in the actor files (a capital, a well-known place): a LOC entity of
/// `country`, created once per id; its index.
fn location_record(
    records: &mut Vec<ActorRecord>,
    by_id: &mut HashMap<String, u32>,
    id: String,
    name: &str,
    country: Option<String>,
) -> u32 {
    *by_id.entry(id.clone()).or_insert_with(|| {
        records.push(ActorRecord {
            id,
            name: name.to_string(),
            label: Some(EntityLabel::Location),
            periods: vec![Period {
                inter: None,
                plover: None,
                country,
                parent: None,
                valid_from: None,
                valid_to: None,
            }],
        });
        (records.len() - 1) as u32
    })
}

/// The word-kind slot of role patterns and aliases: any noun of lang/<code>/actors-aircraft.tsv.
const AIRCRAFT: &str = "{aircraft}";

fn opt(s: &str) -> Option<&str> {
    if s == "-" {
        None
    } else {
        Some(s)
    }
}

fn parse_label(line: &Line, s: &str) -> Result<Option<EntityLabel>, ActorError> {
    Ok(match s {
        "PER" => Some(EntityLabel::Person),
        "ORG" => Some(EntityLabel::Organisation),
        "LOC" => Some(EntityLabel::Location),
        "MISC" => Some(EntityLabel::Misc),
        "-" => None,
        _ => {
            return Err(line
                .error(format!("label must be PER, ORG, LOC, MISC or -, not `{s}`"))
                .into())
        }
    })
}

fn parse_inter(line: &Line, s: &str) -> Result<Option<u8>, ActorError> {
    match opt(s) {
        None => Ok(None),
        Some(v) => match v.parse::<u8>() {
            Ok(n) if (1..=8).contains(&n) => Ok(Some(n)),
            _ => Err(line
                .error(format!("inter must be 1..8 or -, not `{v}`"))
                .into()),
        },
    }
}

fn parse_plover(line: &Line, s: &str) -> Result<Option<String>, ActorError> {
    match opt(s) {
        None => Ok(None),
        Some(v) if v.len() == 3 && v.bytes().all(|b| b.is_ascii_uppercase()) => {
            Ok(Some(v.to_string()))
        }
        Some(v) => Err(line
            .error(format!(
                "PLOVER agent type must be three capitals or -, not `{v}`"
            ))
            .into()),
    }
}

fn parse_date(line: &Line, s: &str) -> Result<Option<Date>, ActorError> {
    match opt(s) {
        None => Ok(None),
        Some(v) => v.parse::<Date>().map(Some).map_err(|_| {
            line.error(format!("date must be YYYY-MM-DD or -, not `{v}`"))
                .into()
        }),
    }
}

/// A form written with no lower-case letter and at least one capital ("EI", "U.S.").
fn is_acronym(form: &str) -> bool {
    form.chars().any(|c| c.is_uppercase()) && !form.chars().any(|c| c.is_lowercase())
}

fn starts_capitalised(form: &str) -> bool {
    form.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Expands `(a|b|c)` groups into every combination.
fn expand_alternatives(pattern: &str) -> Vec<String> {
    let Some(open) = pattern.find('(') else {
        return vec![pattern.to_string()];
    };
    let Some(close_rel) = pattern[open..].find(')') else {
        return vec![pattern.to_string()];
    };
    let close = open + close_rel;
    let head = &pattern[..open];
    let tail = expand_alternatives(&pattern[close + 1..]);
    let mut out = Vec::new();
    for alt in pattern[open + 1..close].split('|') {
        for t in &tail {
            out.push(format!("{head}{alt}{t}"));
        }
    }
    out
}

/// A noun as it fills a slot: folded, and its letters' case. `whole`: its folding is the same
/// wherever it stands (it starts and ends with a byte that is no space), so a form's key with the
/// noun is the slotted key with the noun's folding in the slot.
struct NounFill {
    folded: String,
    whole: bool,
    upper: bool,
    lower: bool,
    first_upper: bool,
}

impl NounFill {
    fn of(noun: &str) -> Self {
        let text = fold(noun).text;
        let folded = fold_key(noun);
        let whole = !folded.is_empty() && folded == text;
        NounFill {
            folded,
            whole,
            upper: noun.chars().any(char::is_uppercase),
            lower: noun.chars().any(char::is_lowercase),
            first_upper: starts_capitalised(noun),
        }
    }
}

struct Builder {
    forms: HashMap<String, Vec<Target>>,
    /// Whether `{aircraft}` forms are kept with a slot (see [`Slots`]) rather than expanded.
    slots: bool,
    /// Per language index, the aircraft nouns as written (in file order).
    nouns: Vec<Vec<String>>,
    /// Per language index, what each noun brings to a form it fills (see [`NounFill`]).
    fills: Vec<Vec<NounFill>>,
    /// A slotted form failed a check: the dictionary must be built expanded.
    unslottable: bool,
}

impl Builder {
    fn add(&mut self, form: &str, target: Target) -> bool {
        let key = fold_key(form);
        if key.len() < 2 {
            return false;
        }
        if self.slots && key.bytes().any(|b| (SLOT0..SLOT0 + MAX_SLOT_LANGS as u8).contains(&b)) {
            // A form holding a slot byte itself: only an expanded build tells it from a slot.
            self.unslottable = true;
        }
        let t = Target {
            acronym: is_acronym(form),
            capitalised: starts_capitalised(form),
            ..target
        };
        self.insert(key, t);
        true
    }

    /// Adds a form that may hold `{aircraft}` (nouns of language `slot_lang`), slotted: stored
    /// once, when its every expansion folds to the slotted key with the noun in the slot and
    /// carries the same case constraints; otherwise marks the build unslottable. Without the
    /// slot, [`Builder::add`].
    fn add_slotted(&mut self, form: &str, target: Target, slot_lang: Option<u16>) -> bool {
        if !form.contains(AIRCRAFT) {
            return self.add(form, target);
        }
        let Some(li) = slot_lang.map(usize::from).filter(|&i| i < self.fills.len().min(MAX_SLOT_LANGS)) else {
            self.unslottable = true;
            return true;
        };
        let fills = &self.fills[li];
        if fills.is_empty() {
            // No noun: the form expands to nothing.
            return true;
        }
        let slot = char::from(SLOT0 + li as u8).to_string();
        let key = fold_key(&form.replacen(AIRCRAFT, &slot, 1));
        if form.matches(AIRCRAFT).count() != 1 || key.matches(slot.as_str()).count() != 1 {
            self.unslottable = true;
            return true;
        }
        // The case constraints of each expansion (`is_acronym`, `starts_capitalised` of the form
        // with the noun): the same for every noun, or the form cannot be slotted.
        let rest = form.replacen(AIRCRAFT, "", 1);
        let (upper, lower) = (rest.chars().any(char::is_uppercase), rest.chars().any(char::is_lowercase));
        let at_start = form.starts_with(AIRCRAFT);
        let capitalised = starts_capitalised(form);
        let mut flags = None;
        for n in fills {
            let f = ((upper || n.upper) && !(lower || n.lower), if at_start { n.first_upper } else { capitalised });
            if !n.whole || key.len() - 1 + n.folded.len() < 2 || flags.is_some_and(|x| x != f) {
                self.unslottable = true;
                return true;
            }
            flags = Some(f);
        }
        let (acronym, capitalised) = flags.unwrap_or_default();
        self.insert(key, Target { acronym, capitalised, ..target });
        true
    }

    fn insert(&mut self, key: String, t: Target) {
        let v = self.forms.entry(key).or_default();
        match v
            .iter_mut()
            .find(|x| x.record == t.record && x.lang == t.lang && x.kind == t.kind)
        {
            // The loosest spelling wins: "civilians" as well as "Civilians".
            Some(x) => {
                x.acronym &= t.acronym;
                x.capitalised &= t.capitalised;
            }
            None => v.push(t),
        }
    }
}

impl ActorDictionary {
    /// Loads and validates the dictionary; errors name the file and line.
    pub fn new(res: &Resources) -> Result<Self, ActorError> {
        match Self::build(res, true)? {
            Some(d) => Ok(d),
            None => Self::build(res, false)?.ok_or_else(|| ActorError::Build("expanded build failed".into())),
        }
    }

    /// Builds the dictionary with `{aircraft}` forms slotted or expanded; `None` when slotted
    /// forms would not match what their expansions match (a check of [`Builder::add_slotted`] or a
    /// key shared by an expansion and another form): then it must be built expanded.
    fn build(res: &Resources, slots: bool) -> Result<Option<Self>, ActorError> {
        let mut records: Vec<ActorRecord> = Vec::new();
        let mut by_id: HashMap<String, u32> = HashMap::default();
        let mut countries = Vec::new();
        let mut by_alpha2 = HashMap::default();
        let mut builder = Builder {
            forms: HashMap::default(),
            slots,
            nouns: Vec::new(),
            fills: Vec::new(),
            unslottable: false,
        };

        for line in res.lines(COUNTRIES) {
            let f = line.fields_n(3)?;
            let (a2, a3) = (f[0], f[1]);
            if a2.len() != 2 || !a2.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(line
                    .error(format!("alpha-2 code must be two capitals, not `{a2}`"))
                    .into());
            }
            if a3.len() != 3 || !a3.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(line
                    .error(format!("alpha-3 code must be three capitals, not `{a3}`"))
                    .into());
            }
            if by_alpha2.insert(a2.to_string(), countries.len()).is_some() {
                return Err(line.error(format!("country `{a2}` listed twice")).into());
            }
            countries.push(Country {
                alpha2: a2.into(),
                alpha3: a3.into(),
                name: f[2].into(),
            });
        }
        if countries.is_empty() {
            return Err(ActorError::Missing(COUNTRIES.into()));
        }
        // One "country" record per country: the state as a place and a name.
        for c in &countries {
            let idx = records.len() as u32;
            by_id.insert(format!("country:{}", c.alpha2), idx);
            records.push(ActorRecord {
                id: format!("country:{}", c.alpha2),
                name: c.name.clone(),
                label: Some(EntityLabel::Location),
                periods: vec![Period {
                    inter: None,
                    plover: None,
                    country: Some(c.alpha2.clone()),
                    parent: None,
                    valid_from: None,
                    valid_to: None,
                }],
            });
        }
        let country_record = |a2: &str| by_alpha2.get(a2).map(|&i| i as u32);

        // Kinds: one generated actor per country and kind.
        let mut kinds: HashMap<String, usize> = HashMap::default(); // kind -> first record index
        for line in res.lines(KINDS) {
            let f = line.fields_n(5)?;
            let kind = f[0];
            if kinds.contains_key(kind) {
                return Err(line.error(format!("kind `{kind}` listed twice")).into());
            }
            let label = parse_label(&line, f[3])?;
            let inter = parse_inter(&line, f[1])?;
            let plover = parse_plover(&line, f[2])?;
            if !f[4].contains("{country}") {
                return Err(line.error("name template must contain {country}").into());
            }
            kinds.insert(kind.to_string(), records.len());
            for c in &countries {
                let id = format!("{kind}:{}", c.alpha2);
                by_id.insert(id.clone(), records.len() as u32);
                records.push(ActorRecord {
                    id,
                    name: f[4].replace("{country}", &c.name),
                    label,
                    periods: vec![Period {
                        inter,
                        plover: plover.clone(),
                        country: Some(c.alpha2.clone()),
                        parent: None,
                        valid_from: None,
                        valid_to: None,
                    }],
                });
            }
        }

        let langs = res.languages();
        let lang_index = |l: &str| langs.iter().position(|x| x == l).map(|i| i as u16);
        // Word kinds: `{aircraft}` in a role pattern or an alias stands for every noun of
        // lang/<code>/actors-aircraft.tsv ("jets", "helicopters", "avions", ...).
        let mut aircraft: HashMap<String, Vec<String>> = HashMap::default();
        for lang in &langs {
            let file = format!("lang/{lang}/actors-aircraft.tsv");
            let mut nouns = Vec::new();
            for line in res.lines(&file) {
                let f = line.fields_n(1)?;
                if f[0].contains('{') || f[0].contains('(') {
                    return Err(line.error("an aircraft noun is plain words, no slot or group").into());
                }
                nouns.push(f[0].to_string());
            }
            builder.fills.push(nouns.iter().map(|n| NounFill::of(n)).collect());
            builder.nouns.push(nouns.clone());
            aircraft.insert(lang.clone(), nouns);
        }
        let with_words = |lang: &str, form: &str| -> Vec<String> {
            if !form.contains(AIRCRAFT) {
                return vec![form.to_string()];
            }
            aircraft.get(lang).into_iter().flatten().map(|n| form.replace(AIRCRAFT, n)).collect()
        };

        // Named actors.
        let mut parents: Vec<(String, usize, String)> = Vec::new(); // (parent, line, file)
        for line in res.lines(ACTORS) {
            let f = line.fields_n(10)?;
            let id = f[0];
            if id.contains(':') {
                return Err(line
                    .error(format!(
                        "id `{id}` must not contain `:` (kept for generated actors)"
                    ))
                    .into());
            }
            let label = parse_label(&line, f[1])?;
            let inter = parse_inter(&line, f[2])?;
            let plover = parse_plover(&line, f[3])?;
            let country = match opt(f[4]) {
                None => None,
                Some(c) if by_alpha2.contains_key(c) => Some(c.to_string()),
                Some(c) => return Err(line.error(format!("unknown country code `{c}`")).into()),
            };
            let parent = opt(f[5]).map(str::to_string);
            if let Some(p) = &parent {
                parents.push((p.clone(), line.number, line.file.to_string()));
            }
            let valid_from = parse_date(&line, f[6])?;
            let valid_to = parse_date(&line, f[7])?;
            if let (Some(a), Some(b)) = (valid_from, valid_to) {
                if a >= b {
                    return Err(line.error("valid_from must be before valid_to").into());
                }
            }
            let period = Period {
                inter,
                plover,
                country,
                parent,
                valid_from,
                valid_to,
            };
            let idx = match by_id.get(id) {
                Some(&i) => {
                    let r = &mut records[i as usize];
                    if opt(f[8]).is_some_and(|n| n != r.name) || r.label != label {
                        return Err(line.error(format!(
                            "a later row of `{id}` must repeat its name and label, or give - as name"
                        ))
                        .into());
                    }
                    r.periods.push(period);
                    i
                }
                None => {
                    let Some(name) = opt(f[8]) else {
                        return Err(line
                            .error(format!("first row of `{id}` needs a name"))
                            .into());
                    };
                    let i = records.len() as u32;
                    by_id.insert(id.to_string(), i);
                    records.push(ActorRecord {
                        id: id.into(),
                        name: name.into(),
                        label,
                        periods: vec![period],
                    });
                    builder.add(
                        name,
                        Target {
                            record: i,
                            lang: None,
                            kind: MentionKind::Name,
                            acronym: false,
                            capitalised: false,
                        },
                    );
                    i
                }
            };
            if let Some(aliases) = opt(f[9]) {
                for alias in aliases.split('|').map(str::trim) {
                    let (lang, form) = match alias.split_once(':') {
                        Some((l, form))
                            if l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()) =>
                        {
                            (Some(l), form)
                        }
                        _ => (None, alias),
                    };
                    let lang = match lang {
                        None => None,
                        Some(l) => match lang_index(l) {
                            Some(i) => Some(i),
                            None => {
                                return Err(line
                                    .error(format!("alias `{alias}`: no language folder `{l}`"))
                                    .into())
                            }
                        },
                    };
                    if form.contains(AIRCRAFT) && lang.is_none() {
                        return Err(line
                            .error(format!("alias `{alias}`: {AIRCRAFT} needs a language prefix"))
                            .into());
                    }
                    let code = lang.map_or("", |i| langs[i as usize].as_str());
                    let target = Target { record: idx, lang, kind: MentionKind::Name, acronym: false, capitalised: false };
                    if builder.slots {
                        let ok = builder.add_slotted(form, target, lang);
                        if builder.unslottable {
                            return Ok(None);
                        }
                        if !ok {
                            return Err(line.error(format!("alias `{alias}` is too short")).into());
                        }
                        continue;
                    }
                    for form in with_words(code, form) {
                        if !builder.add(&form, target) {
                            return Err(line.error(format!("alias `{alias}` is too short")).into());
                        }
                    }
                }
            }
        }
        for (p, number, file) in parents {
            if !by_id.contains_key(&p) {
                return Err(vigie_resources::ResourceError {
                    file,
                    line: number,
                    message: format!("unknown parent `{p}`"),
                }
                .into());
            }
        }

        // Per-language forms.
        for lang in &langs {
            let li = lang_index(lang);
            let mut names: HashMap<&str, Vec<String>> = HashMap::default();
            let mut demonyms: HashMap<&str, Vec<String>> = HashMap::default();
            let mut capitals: HashMap<&str, Vec<String>> = HashMap::default();
            for (file, kind, map) in [
                (
                    format!("lang/{lang}/actors-countries.tsv"),
                    MentionKind::Country,
                    &mut names,
                ),
                (
                    format!("lang/{lang}/demonyms.tsv"),
                    MentionKind::Demonym,
                    &mut demonyms,
                ),
                (
                    format!("lang/{lang}/actors-capitals.tsv"),
                    MentionKind::Capital,
                    &mut capitals,
                ),
            ] {
                for line in res.lines(&file) {
                    let f = line.fields_n(2)?;
                    let Some(rec) = country_record(f[1]) else {
                        return Err(line
                            .error(format!("unknown country code `{}`", f[1]))
                            .into());
                    };
                    let a2 = countries[rec as usize].alpha2.as_str();
                    let a2: &str = by_alpha2
                        .get_key_value(a2)
                        .map(|(k, _)| k.as_str())
                        .unwrap_or("");
                    // Capitals are places, not the state: give them their own LOC record.
                    let record = if kind == MentionKind::Capital {
                        let id = format!("capital:{}:{}", a2, fold_key(f[0]));
                        location_record(&mut records, &mut by_id, id, f[0], Some(a2.to_string()))
                    } else {
                        rec
                    };
                    if !builder.add(
                        f[0],
                        Target {
                            record,
                            lang: li,
                            kind,
                            acronym: false,
                            capitalised: false,
                        },
                    ) {
                        return Err(line.error("form is too short").into());
                    }
                    map.entry(a2).or_default().push(f[0].to_string());
                }
            }
            let places = format!("lang/{lang}/actors-places.tsv");
            for line in res.lines(&places) {
                let f = line.fields_n(2)?;
                let country = match opt(f[1]) {
                    None => None,
                    Some(c) if by_alpha2.contains_key(c) => Some(c.to_string()),
                    Some(c) => {
                        return Err(line.error(format!("unknown country code `{c}`")).into())
                    }
                };
                let id = format!("place:{}:{}", f[1], fold_key(f[0]));
                let record = location_record(&mut records, &mut by_id, id, f[0], country);
                if !builder.add(
                    f[0],
                    Target {
                        record,
                        lang: li,
                        kind: MentionKind::Place,
                        acronym: false,
                        capitalised: false,
                    },
                ) {
                    return Err(line.error("form is too short").into());
                }
            }
            let roles = format!("lang/{lang}/actors-roles.tsv");
            for line in res.lines(&roles) {
                let f = line.fields_n(2)?;
                let (pattern, kind) = (f[0], f[1]);
                let Some(&first) = kinds.get(kind) else {
                    return Err(line
                        .error(format!("unknown kind `{kind}` (see actors/kinds.tsv)"))
                        .into());
                };
                let slots = ["{demonym}", "{country}", "{capital}"];
                let used: Vec<&str> = slots
                    .iter()
                    .copied()
                    .filter(|s| pattern.contains(s))
                    .collect();
                if used.len() != 1 || pattern.matches(used[0]).count() != 1 {
                    return Err(line
                        .error(
                            "a role pattern needs exactly one of {demonym}, {country}, {capital}",
                        )
                        .into());
                }
                let slot = used[0];
                let map = match slot {
                    "{demonym}" => &demonyms,
                    "{country}" => &names,
                    _ => &capitals,
                };
                let variants: Vec<String> = if builder.slots {
                    expand_alternatives(pattern)
                } else {
                    expand_alternatives(pattern)
                        .iter()
                        .flat_map(|v| with_words(lang, v))
                        .collect()
                };
                for variant in variants {
                    let split = variant.split_once(slot);
                    debug_assert!(split.is_none_or(|(_, tail)| !tail.contains(slot)));
                    for (ci, c) in countries.iter().enumerate() {
                        let Some(forms) = map.get(c.alpha2.as_str()) else {
                            continue;
                        };
                        let record = (first + ci) as u32;
                        for form in forms {
                            // `variant.replace(slot, form)`: the slot is there once at most.
                            let full = match split {
                                Some((head, tail)) => {
                                    let mut full = String::with_capacity(head.len() + form.len() + tail.len());
                                    full.push_str(head);
                                    full.push_str(form);
                                    full.push_str(tail);
                                    full
                                }
                                None => variant.clone(),
                            };
                            builder.add_slotted(
                                &full,
                                Target {
                                    record,
                                    lang: li,
                                    kind: MentionKind::Role,
                                    acronym: false,
                                    capitalised: false,
                                },
                                li,
                            );
                        }
                    }
                }
            }
        }

        if builder.unslottable {
            return Ok(None);
        }
        // Slotted forms: the nouns that fill each language's slot, and the check that no
        // expansion of a slotted form is another form's key (nor another expansion's), so that
        // each text span still matches one form with the targets its expansion would have had.
        let mut slot_tables = Slots::default();
        if builder.slots {
            let is_slot = |b: u8| b >= SLOT0 && ((b - SLOT0) as usize) < builder.nouns.len().min(MAX_SLOT_LANGS);
            for fills in &builder.fills {
                let mut folded: Vec<String> = Vec::new();
                for n in fills {
                    if !folded.contains(&n.folded) {
                        folded.push(n.folded.clone());
                    }
                }
                let mut sorted = folded.clone();
                sorted.sort_unstable();
                let trie = if folded.is_empty() { None } else { Trie::new(&sorted) };
                for n in &folded {
                    match *n.as_bytes() {
                        [] => {}
                        [b] => {
                            slot_tables.class[b as usize] |= NOUN_START;
                            (0..=255).for_each(|second| slot_tables.add_pair(b, second));
                        }
                        [b, second, ..] => {
                            slot_tables.class[b as usize] |= NOUN_START;
                            slot_tables.add_pair(b, second);
                        }
                    }
                }
                slot_tables.nouns.push(folded);
                slot_tables.noun_tries.push(trie);
            }
            for li in 0..slot_tables.nouns.len().min(MAX_SLOT_LANGS) {
                slot_tables.class[SLOT0 as usize + li] |= SLOT_BYTE;
            }
            let mut expansions: rustc_hash::FxHashSet<String> = Default::default();
            for key in builder.forms.keys() {
                let Some(at) = key.bytes().position(is_slot) else {
                    continue;
                };
                let li = (key.as_bytes()[at] - SLOT0) as usize;
                for noun in &slot_tables.nouns[li] {
                    let full = format!("{}{}{}", &key[..at], noun, &key[at + 1..]);
                    // A form written out that an expansion repeats ("aviation {demonym}" beside
                    // "{aircraft} {demonym}") may stay: both then match the same span, and the
                    // expansion adds nothing when it stands for the same single target with case
                    // constraints at least as strict (the merge would have loosened nothing).
                    let repeats_nothing = |written: &Vec<Target>| match (written.as_slice(), builder.forms[key].as_slice()) {
                        ([w], [t]) => {
                            (w.record, w.lang, w.kind) == (t.record, t.lang, t.kind)
                                && (w.acronym & t.acronym) == w.acronym
                                && (w.capitalised & t.capitalised) == w.capitalised
                        }
                        _ => false,
                    };
                    if full.bytes().any(is_slot)
                        || builder.forms.get(&full).is_some_and(|w| !repeats_nothing(w))
                        || !expansions.insert(full)
                    {
                        return Ok(None);
                    }
                }
            }
        }

        let mut keys: Vec<String> = Vec::with_capacity(builder.forms.len());
        let mut targets: Vec<Vec<Target>> = Vec::with_capacity(builder.forms.len());
        let mut forms: Vec<(String, Vec<Target>)> = builder.forms.into_iter().collect();
        // The forms are distinct keys: an unstable sort gives the one order.
        forms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (k, v) in forms {
            keys.push(k);
            targets.push(v);
        }
        // A trie walked from word starts: an automaton's failure links are never followed.
        let mut automaton = Trie::new(&keys).ok_or_else(|| ActorError::Build("forms not sorted".into()))?;
        if builder.slots {
            // Flag the nodes reached by the part of a slotted key before its slot.
            for key in &keys {
                let Some(at) = key.bytes().position(|b| slot_tables.is_slot_byte(b)) else {
                    continue;
                };
                let mut sid = ROOT;
                for &b in &key.as_bytes()[..at] {
                    sid = automaton.next(sid, b);
                }
                let li = (key.as_bytes()[at] - SLOT0) as usize;
                let next = automaton.next(sid, key.as_bytes()[at]);
                slot_tables.mark(sid, li, next);
                automaton.flag(sid);
            }
        }
        Ok(Some(ActorDictionary {
            records,
            by_id,
            countries,
            by_alpha2,
            langs,
            targets,
            automaton,
            slots: slot_tables,
            #[cfg(test)]
            keys,
        }))
    }

    pub fn record(&self, index: u32) -> Option<&ActorRecord> {
        self.records.get(index as usize)
    }

    pub fn record_by_id(&self, id: &str) -> Option<&ActorRecord> {
        self.by_id
            .get(id)
            .and_then(|&i| self.records.get(i as usize))
    }

    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    pub fn country(&self, alpha2: &str) -> Option<&Country> {
        self.by_alpha2.get(alpha2).map(|&i| &self.countries[i])
    }

    fn lang_idx(&self, lang: &str) -> Option<u16> {
        self.langs.iter().position(|l| l == lang).map(|i| i as u16)
    }

    /// Every dictionary match of a folded text, leftmost-longest and non-overlapping, each on
    /// word boundaries and obeying the case constraints of its form.
    /// Also returns the names found inside role phrases.
    pub(crate) fn scan_folded(
        &self,
        text: &str,
        folded: &Folded,
        lang: &str,
    ) -> (Vec<ActorMatch>, Vec<ActorMatch>) {
        let li = self.lang_idx(lang);
        let mut all: Vec<ActorMatch> = Vec::new();
        let mut found: Vec<(usize, usize, u32)> = Vec::new();
        word_start_matches(&self.automaton, &self.slots, folded.text.as_bytes(), &mut found);
        for (s, e, pattern) in found {
            if !folded.is_word(s, e) {
                continue;
            }
            let Some((os, oe)) = folded.original(s, e) else {
                continue;
            };
            let Some(surface) = text.get(os..oe) else {
                continue;
            };
            let Some(targets) = self.targets.get(pattern as usize) else {
                continue;
            };
            let has_lower = surface.chars().any(|c| c.is_lowercase());
            let first_upper = surface.chars().next().is_some_and(|c| c.is_uppercase());
            let best = targets
                .iter()
                .filter(|t| li.is_none() || t.lang.is_none() || t.lang == li)
                .filter(|t| !(t.acronym && has_lower))
                .filter(|t| {
                    // Named forms written with a capital need one in the text, except in
                    // all-capitals text.
                    !(t.capitalised && t.kind != MentionKind::Role && !first_upper && has_lower)
                })
                .min_by_key(|t| (t.kind, t.lang.is_none()));
            if let Some(t) = best {
                all.push(ActorMatch {
                    start: os,
                    end: oe,
                    record: t.record,
                    kind: t.kind,
                });
            }
        }
        // Leftmost-longest, non-overlapping.
        all.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut out: Vec<ActorMatch> = Vec::new();
        let mut inner: Vec<ActorMatch> = Vec::new();
        for m in all {
            if let Some(l) = out.last() {
                if m.start < l.end {
                    // A place, name or demonym inside a role phrase ("régime de Damas") is kept
                    // aside: it is still a named entity.
                    if l.kind == MentionKind::Role
                        && m.kind != MentionKind::Role
                        && m.end <= l.end
                        && inner.last().is_none_or(|x| m.start >= x.end)
                    {
                        inner.push(m);
                    }
                    continue;
                }
            }
            out.push(m);
        }
        (out, inner)
    }

    /// Every dictionary mention in `text` (names, countries, demonyms, role phrases), in text
    /// order.
    pub fn scan(&self, text: &str, lang: &str) -> Vec<ActorMatch> {
        let folded = fold(text);
        self.scan_folded(text, &folded, lang).0
    }

    /// Every actor mention of a text with its actor on `date`, in text order: names, role
    /// phrases ("des frappes russes"), generic actors ("26 civils"), countries, capitals and
    /// demonyms. What the events stage reads to find who acts and who is acted on.
    pub fn actor_mentions(&self, text: &str, lang: &str, date: Option<Date>) -> Vec<ActorMention> {
        self.mentions_of(&self.scan(text, lang), date)
    }

    /// `actor_mentions` from the matches of [`ActorDictionary::scan_folded`] already made.
    pub(crate) fn mentions_of(&self, matches: &[ActorMatch], date: Option<Date>) -> Vec<ActorMention> {
        matches
            .iter()
            .filter_map(|m| {
                Some(ActorMention {
                    span: vigie_core::Span {
                        start: m.start,
                        end: m.end,
                    },
                    kind: m.kind,
                    actor: self.actor_ref(m.record, date)?,
                })
            })
            .collect()
    }

    /// The period of a record valid on `date` (see the crate documentation for the rules), and
    /// whether the record is known not to hold any of its dated roles on that date.
    pub fn period(&self, record: &ActorRecord, date: Option<Date>) -> (Option<Period>, bool) {
        match Self::period_ref(record, date) {
            Some((p, false)) => (Some(p.clone()), false),
            Some((p, true)) => (Some(Period { inter: None, plover: None, ..p.clone() }), true),
            None => (None, date.is_some()),
        }
    }

    /// `period` without copying: the period that applies and whether its role is dropped (the
    /// nearest period when none holds on `date`, of which only who it is is kept).
    fn period_ref(record: &ActorRecord, date: Option<Date>) -> Option<(&Period, bool)> {
        let undated = record
            .periods
            .iter()
            .find(|p| p.valid_from.is_none() && p.valid_to.is_none());
        let dated = || {
            record
                .periods
                .iter()
                .filter(|p| p.valid_from.is_some() || p.valid_to.is_some())
        };
        match date {
            Some(d) => {
                if let Some(p) = dated().find(|p| {
                    p.valid_from.is_none_or(|f| f <= d) && p.valid_to.is_none_or(|t| d < t)
                }) {
                    return Some((p, false));
                }
                if let Some(p) = undated {
                    return Some((p, false));
                }
                // Known, but holding none of its roles that day: keep who it is, drop the role.
                let nearest = dated().min_by_key(|p| {
                    let a = p
                        .valid_from
                        .map(|f| (f - d).get_days().unsigned_abs())
                        .unwrap_or(u32::MAX / 2);
                    let b = p
                        .valid_to
                        .map(|t| (t - d).get_days().unsigned_abs())
                        .unwrap_or(u32::MAX / 2);
                    a.min(b)
                });
                nearest.map(|p| (p, true))
            }
            None => {
                let latest = dated().max_by_key(|p| p.valid_from.unwrap_or(Date::MIN));
                latest.or(undated).map(|p| (p, false))
            }
        }
    }

    /// The actor a record stands for on `date`.
    pub fn actor_ref(&self, record: u32, date: Option<Date>) -> Option<ActorRef> {
        let r = self.records.get(record as usize)?;
        let (inter, country, plover) = match Self::period_ref(r, date) {
            Some((p, dropped)) => (
                if dropped { None } else { p.inter },
                p.country.clone(),
                if dropped { None } else { p.plover.clone() },
            ),
            None => (None, None, None),
        };
        Some(ActorRef {
            id: Some(r.id.clone()),
            name: Some(r.name.clone()),
            inter,
            country,
            plover,
        })
    }

    /// The actor a short phrase names ("des frappes russes", "26 civils", "l'EI", "Donald
    /// Trump"), as it was on `date`: the longest dictionary form found in the phrase.
    pub fn resolve(&self, mention: &str, lang: &str, date: Option<Date>) -> Option<ActorRef> {
        let matches = self.scan(mention, lang);
        // Actors before places: "Syrian mercenaries" is the mercenaries, of Syria.
        let best = matches.iter().max_by_key(|m| {
            let place = matches!(
                m.kind,
                MentionKind::Country
                    | MentionKind::Capital
                    | MentionKind::Place
                    | MentionKind::Demonym
            );
            (!place, m.end - m.start, std::cmp::Reverse(m.kind))
        })?;
        let mut actor = self.actor_ref(best.record, date)?;
        if best.kind == MentionKind::Capital && matches.len() == 1 {
            // A capital standing for an actor is its state's government ("Moscou a démenti").
            if let Some(gov) = actor
                .country
                .as_deref()
                .and_then(|c| self.by_id.get(&format!("gov:{c}")))
            {
                return self.actor_ref(*gov, date);
            }
        }
        if actor.country.is_none() {
            // A generic actor takes the country the phrase names ("des civils syriens",
            // "Shanghai police").
            actor.country = matches
                .iter()
                .filter(|m| {
                    matches!(
                        m.kind,
                        MentionKind::Country
                            | MentionKind::Demonym
                            | MentionKind::Capital
                            | MentionKind::Place
                    )
                })
                .find_map(|m| {
                    self.records
                        .get(m.record as usize)?
                        .periods
                        .first()?
                        .country
                        .clone()
                });
        }
        Some(actor)
    }
}

/// Every occurrence of every form of `nfa` in `text` that may start a word there: at the start,
/// after a byte that is not a letter or digit, or on such a byte (the start condition of
/// [`Folded::is_word`]), as `(start, end, pattern)`, by start then end. The same occurrences as
/// an overlapping search keeps after that test, found by one anchored walk from each such
/// position, which stops where no form continues: no failure transitions are followed and the
/// inside of words is never searched.
fn word_start_matches(trie: &Trie, slots: &Slots, text: &[u8], out: &mut Vec<(usize, usize, u32)>) {
    out.clear();
    let mut slotted = false;
    // Whether the byte before `p` is an ASCII letter or digit (none before the start).
    let mut after_alnum = false;
    for p in 0..text.len() {
        let alnum = ALNUM[text[p] as usize];
        let may_start = !after_alnum || !alnum;
        after_alnum = alnum;
        if !may_start {
            continue;
        }
        slotted |= walk(trie, slots, text, p, ROOT, p, out);
    }
    if slotted {
        // A slot filled by nouns of different lengths yields its matches out of end order.
        out.sort_unstable();
    }
}


/// The anchored walk of [`word_start_matches`] from `p`, at node `sid` and text position `i`;
/// returns whether a slot was filled.
#[inline(always)]
fn walk(trie: &Trie, slots: &Slots, text: &[u8], p: usize, mut sid: u32, mut i: usize, out: &mut Vec<(usize, usize, u32)>) -> bool {
    let mut slotted = false;
    // Only a flagged node has slot edges: elsewhere a slot byte of the text leads nowhere.
    let mut node = trie.node(sid);
    while let Some(&b) = text.get(i) {
        if node.info() & FLAG != 0 {
            let class = slots.class[b as usize];
            if class & SLOT_BYTE != 0 {
                break;
            }
            // A noun may start here: fill the slots this node has.
            if class & NOUN_START != 0 && slots.noun_may_start(text, i) {
                slotted |= fill(trie, slots, text, p, sid, i, out);
            }
        }
        sid = trie.child(node, b);
        if sid == NONE {
            break;
        }
        i += 1;
        node = trie.node(sid);
        let info = node.info();
        if info & NO_FORM != NO_FORM {
            out.push((p, i, info & NO_FORM));
        }
    }
    slotted
}

/// The slots of node `sid` filled by each noun that starts at `i`, and the walks on after them.
#[inline(never)]
fn fill(trie: &Trie, slots: &Slots, text: &[u8], p: usize, sid: u32, i: usize, out: &mut Vec<(usize, usize, u32)>) -> bool {
    let mut slotted = false;
    for &(li, next) in slots.next.get(&sid).into_iter().flatten() {
        let Some(nouns) = slots.noun_tries.get(li).and_then(Option::as_ref) else { continue };
        // The nouns that start at `i`: a walk of their trie.
        let mut n = ROOT;
        for (j, &b) in text[i..].iter().enumerate() {
            n = nouns.next(n, b);
            if n == NONE {
                break;
            }
            if nouns.pattern(n) != NONE {
                slotted = true;
                let end = i + j + 1;
                let pattern = trie.pattern(next);
                if pattern != NONE {
                    out.push((p, end, pattern));
                }
                walk(trie, slots, text, p, next, end, out);
            }
        }
    }
    slotted
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The anchored walks from word starts find what an overlapping search of the whole text
    /// finds that starts there: on folded sentences and on pseudo-random texts over a small
    /// alphabet, where forms overlap, nest and end inside one another.
    #[test]
    fn word_start_walks_find_what_the_overlapping_search_finds() {
        let mut patterns: Vec<String> = [
            "al", "al qaida", "qaida", "l etat islamique", "etat", "etat islamique", "les forces", "forces",
            "forces armees", "armees", "u.s.", "s", "a", "isis", "is", "b&q", "-", ".com", "boeuf",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut texts: Vec<String> = vec![
            "selon l etat islamique, les forces armees de l etat ont tue al qaida. u.s. b&q .com".into(),
            "alqaida isisis a a  s.s, boeufs boeuf -forces-".into(),
            String::new(),
        ];
        // A small linear congruential generator: the same cases on every run.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: u64| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (x >> 33) % n
        };
        let alphabet = b"ab .-";
        for _ in 0..200 {
            let len = 1 + next(4) as usize;
            patterns.push((0..len).map(|_| alphabet[next(5) as usize] as char).collect());
        }
        for _ in 0..50 {
            let len = next(200) as usize;
            texts.push((0..len).map(|_| alphabet[next(5) as usize] as char).collect());
        }
        patterns.sort();
        patterns.dedup();
        let trie = Trie::new(&patterns).unwrap();
        let ac = aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::Standard).build(&patterns).unwrap();
        let mut got = Vec::new();
        for t in &texts {
            let b = t.as_bytes();
            let mut want: Vec<(usize, usize, u32)> = ac
                .find_overlapping_iter(t.as_str())
                .map(|m| (m.start(), m.end(), m.pattern().as_usize() as u32))
                .filter(|&(s, _, _)| s == 0 || !b[s - 1].is_ascii_alphanumeric() || !b[s].is_ascii_alphanumeric())
                .collect();
            want.sort();
            word_start_matches(&trie, &Slots::default(), b, &mut got);
            assert_eq!(got, want, "{t:?}");
        }
    }

    /// The dictionary with its `{aircraft}` forms slotted finds what it finds with them
    /// expanded: on a text of every expanded form, as written and capitalised, in each language.
    #[test]
    fn slotted_forms_match_what_their_expansions_match() {
        let res = Resources::embedded();
        let slotted = ActorDictionary::build(&res, true).unwrap().expect("the embedded forms can be slotted");
        let expanded = ActorDictionary::build(&res, false).unwrap().unwrap();
        assert!(slotted.slots.nouns.iter().any(|n| !n.is_empty()));
        eprintln!("forms: {} slotted, {} expanded", slotted.keys.len(), expanded.keys.len());
        assert!(slotted.keys.len() + 10_000 < expanded.keys.len(), "{} vs {}", slotted.keys.len(), expanded.keys.len());
        assert!(expanded.slots.nouns.is_empty() && expanded.slots.next.is_empty());
        assert!(!slotted.slots.next.is_empty());
        assert!(slotted.slots.next.keys().all(|&n| slotted.automaton.node(n).info() & FLAG != 0));
        let mut text = String::new();
        for (i, k) in expanded.keys.iter().enumerate() {
            if i % 2 == 0 {
                text.push_str(k);
            } else {
                // Capitalised words.
                for (j, w) in k.split(' ').enumerate() {
                    if j > 0 {
                        text.push(' ');
                    }
                    let mut cs = w.chars();
                    if let Some(c) = cs.next() {
                        text.extend(c.to_uppercase());
                        text.push_str(cs.as_str());
                    }
                }
            }
            text.push_str(if i % 3 == 0 { " ; " } else { " " });
        }
        let folded = fold(&text);
        for lang in ["en", "fr", "xx"] {
            let a = slotted.scan_folded(&text, &folded, lang);
            let b = expanded.scan_folded(&text, &folded, lang);
            assert_eq!(a.0.len(), b.0.len(), "{lang}");
            assert!(a == b, "{lang}: the slotted dictionary finds other matches");
        }
        // Fixed texts with the slots filled at the start and at the end of a form.
        for t in ["Russian warplanes struck", "des avions russes ont frappé", "Syrian regime helicopters and drones"] {
            for lang in ["en", "fr"] {
                assert_eq!(slotted.scan(t, lang), expanded.scan(t, lang), "{t}");
            }
        }
        assert!(!slotted.scan("Russian warplanes struck", "en").is_empty());
    }

    #[test]
    fn alternatives_expand() {
        assert_eq!(
            expand_alternatives("armée (de|du) {country}"),
            ["armée de {country}", "armée du {country}"]
        );
        assert_eq!(expand_alternatives("x"), ["x"]);
    }
}
