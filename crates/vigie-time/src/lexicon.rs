//! One language's temporal vocabulary, read from `resources/lang/<code>/` (months.tsv,
//! weekdays.tsv, time/words.tsv, time/cues.tsv, time/tense.tsv, time/settings.tsv).

use crate::tokens::{fold, tokenize, Tokens};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: lookups of short folded words, many per document, need no DoS-resistant hashing
/// (the keys are the resource files' words).
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
use vigie_core::chars::{pair, KeyBits};
use vigie_resources::{Line, ResourceError, Resources};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Y,
    M,
    W,
    D,
    H,
    Min,
    S,
    De,
    Ce,
    Q,
    We,
    /// A number of years ("quinquennat": 5).
    NY(u16),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Mo,
    Af,
    Ev,
    Ni,
    Dt,
}

impl Part {
    pub fn code(self) -> &'static str {
        match self {
            Part::Mo => "MO",
            Part::Af => "AF",
            Part::Ev => "EV",
            Part::Ni => "NI",
            Part::Dt => "DT",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Present,
    Past,
    Future,
}

impl RefKind {
    pub fn code(self) -> &'static str {
        match self {
            RefKind::Present => "PRESENT_REF",
            RefKind::Past => "PAST_REF",
            RefKind::Future => "FUTURE_REF",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Sp,
    Su,
    Fa,
    Wi,
}

impl Season {
    pub fn code(self) -> &'static str {
        match self {
            Season::Sp => "SP",
            Season::Su => "SU",
            Season::Fa => "FA",
            Season::Wi => "WI",
        }
    }
    /// The month a season starts in.
    pub fn start_month(self) -> i64 {
        match self {
            Season::Sp => 3,
            Season::Su => 6,
            Season::Fa => 9,
            Season::Wi => 12,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ampm {
    None,
    Am,
    Pm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// Roles of cue words, as bit flags.
pub mod role {
    pub const LAST: u32 = 1;
    pub const NEXT: u32 = 1 << 1;
    pub const THIS: u32 = 1 << 2;
    pub const VAGUE: u32 = 1 << 3;
    pub const DET: u32 = 1 << 4;
    pub const APPROX: u32 = 1 << 5;
    pub const MOD: u32 = 1 << 6;
    pub const EVERY: u32 = 1 << 7;
    pub const FEW: u32 = 1 << 8;
    pub const AGO: u32 = 1 << 9;
    pub const AGO_AFTER: u32 = 1 << 10;
    pub const LATER_AFTER: u32 = 1 << 11;
    pub const IN: u32 = 1 << 12;
    pub const FROM: u32 = 1 << 13;
    pub const TO: u32 = 1 << 14;
    pub const AT: u32 = 1 << 15;
    pub const YEAR: u32 = 1 << 16;
    pub const OF: u32 = 1 << 17;
    pub const AGE_BEFORE: u32 = 1 << 18;
    pub const AGE_AFTER: u32 = 1 << 19;
    pub const FOR: u32 = 1 << 20;
    pub const RATE: u32 = 1 << 21;
    pub const NUM_AND: u32 = 1 << 22;
    pub const DECADE_SUFFIX: u32 = 1 << 23;
    /// "last" only after its word ("samedi passé").
    pub const LAST_AFTER: u32 = 1 << 24;
    /// With `last`/`next`: counted from the last date the text named, not from the article's
    /// ("the following year", "l'année précédente").
    pub const ANAPHORIC: u32 = 1 << 25;
    /// S120: a noun that makes a holiday right after it the name of a thing, not a date
    /// ("marché de Noël": the form holds the "de").
    pub const THING_BEFORE: u32 = 1 << 26;
    /// S120: the same, right after the holiday ("Christmas market").
    pub const THING_AFTER: u32 = 1 << 27;

    pub fn parse(s: &str) -> Option<u32> {
        Some(match s {
            "last" => LAST,
            "next" => NEXT,
            "this" => THIS,
            "vague" => VAGUE,
            "det" => DET,
            "approx" => APPROX,
            "mod" => MOD,
            "every" => EVERY,
            "few" => FEW,
            "ago" => AGO,
            "ago-after" => AGO_AFTER,
            "later-after" => LATER_AFTER,
            "in" => IN,
            "from" => FROM,
            "to" => TO,
            "at" => AT,
            "year" => YEAR,
            "of" => OF,
            "age-before" => AGE_BEFORE,
            "age-after" => AGE_AFTER,
            "for" => FOR,
            "rate" => RATE,
            "num-and" => NUM_AND,
            "decade-suffix" => DECADE_SUFFIX,
            "last-after" => LAST_AFTER,
            "anaphoric" => ANAPHORIC,
            "thing-before" => THING_BEFORE,
            "thing-after" => THING_AFTER,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Holiday {
    Day(u8),
    /// The nth weekday of the month (0: the last), weekday 1 = Monday.
    Nth(u8, u8),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Item {
    Month { n: u8, abbr: bool },
    Weekday { n: u8, abbr: bool },
    Num(i64),
    Mult(i64),
    Ord(u8),
    OrdSuf,
    Unit(Unit),
    Units(Unit),
    Day(i64),
    RelDay(i64),
    /// The night of a day counted from the last day named ("overnight": -1, the night before it);
    /// with no day named, the anchor's.
    Night(i64),
    Part(Part),
    Clock(u8, u8),
    Hour(Ampm),
    Ref(RefKind),
    Season(Season),
    /// Index into [`Lexicon::set_values`].
    Set(usize),
    Decade,
    /// Month, and day of the month or (nth, weekday) with nth 0 for the last one; the index of
    /// its dates in some countries in [`Lexicon::holiday_by_country`], when its line gives them.
    Holiday(u8, Holiday, Option<u16>),
    Half(u8),
    Cue(u32),
}

/// One form of the vocabulary: its first word is the key it is stored under.
#[derive(Debug)]
pub struct Entry {
    rest: Vec<String>,
    item: Item,
}

impl Entry {
    fn matches(&self, t: &Tokens, i: usize) -> bool {
        self.rest.iter().enumerate().all(|(k, w)| t.f(i + 1 + k) == w)
    }
}

/// The entries of each token that match the tokens after it, longest first (equal lengths in
/// vocabulary order): `at` is [`Lexicon::lookup`]'s answer. Token `i`'s hits are
/// `hits[bounds[i]..bounds[i + 1]]`. Matching once per document spares the rules from comparing
/// the same words again for every item they look for.
pub fn hits<'a>(at: &[&'a [Entry]], t: &Tokens) -> (Vec<&'a Entry>, Vec<u32>) {
    let mut hits: Vec<&'a Entry> = Vec::new();
    let mut bounds = Vec::with_capacity(at.len() + 1);
    bounds.push(0);
    for (i, list) in at.iter().enumerate() {
        let from = hits.len();
        hits.extend(list.iter().filter(|e| e.matches(t, i)));
        // Stable: among entries of one length, the vocabulary's order stands.
        hits[from..].sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        bounds.push(hits.len() as u32);
    }
    (hits, bounds)
}

/// The longest of `list` (the hits of token `i`, see [`hits`]) for which `pick` gives a value.
pub fn find_in<T>(list: &[&Entry], i: usize, mut pick: impl FnMut(&Item) -> Option<T>) -> Option<(usize, T)> {
    // Longest first: the first picked is the longest (and the first of its length).
    list.iter().find_map(|e| pick(&e.item).map(|v| (i + 1 + e.rest.len(), v)))
}

/// The cue roles of the longest cue of `list` (the hits of token `i`) (the union of its roles).
pub fn cue_in(list: &[&Entry], i: usize) -> Option<(usize, u32)> {
    let mut best: Option<(usize, u32)> = None;
    for e in list {
        let Item::Cue(r) = e.item else { continue };
        let end = i + 1 + e.rest.len();
        best = match best {
            Some((b, _)) if b > end => best,
            Some((b, roles)) if b == end => Some((b, roles | r)),
            _ => Some((end, r)),
        };
    }
    best
}

/// The temporal vocabulary of one language.
#[derive(Debug)]
pub struct Lexicon {
    pub code: String,
    entries: Map<String, Vec<Entry>>,
    /// One bit per pair of bytes that begins a first word of two bytes or more of `entries`:
    /// most tokens of a text begin with no such pair and are turned away before any hashing.
    pairs: KeyBits,
    tense_words: Map<String, Tense>,
    tense_suffixes: Vec<(String, Tense)>,
    /// Verb forms (`verb` in tense.tsv), lowercased but not folded ("a" is not "à"): their
    /// tense, or None for a form that leaves the tense open ("devait").
    verb_words: Map<String, Option<Tense>>,
    verb_suffixes: Vec<(String, Option<Tense>)>,
    /// Words opening a clause (`clause` in tense.tsv): "that", "que".
    clause_words: Map<String, ()>,
    pub set_values: Vec<String>,
    /// The dates of a holiday in some countries (country code, month, day), indexed by
    /// [`Item::Holiday`]'s third field.
    pub holiday_by_country: Vec<Vec<(String, u8, Holiday)>>,
    /// Words naming a country (`country` class): their tokens as written in the file (a form with
    /// a capital matches only as written: "US", not "us"), and the country code.
    pub country_words: Vec<(Vec<String>, String)>,
    /// Numeric dates are month/day/year.
    pub mdy: bool,
    pub month_capitalized: bool,
    /// How many days back at most a future verb turns the nearest occurrence of a date without a
    /// year into the next one (`future-turns-within`; None: any). French narrates the past in the
    /// future ("les Kouachi réapparaîtront le 7 janvier").
    pub future_turn_days: Option<i64>,
    /// A determiner before a date belongs to the expression ("le 3 mai").
    pub det_before_date: bool,
    /// A season may stand alone ("l'hiver" / "hiver"), unless its name is also a tense word ("été").
    pub bare_season: bool,
}

fn parse_unit(s: &str) -> Option<Unit> {
    Some(match s {
        "Y" => Unit::Y,
        "M" => Unit::M,
        "W" => Unit::W,
        "D" => Unit::D,
        "H" => Unit::H,
        "MIN" => Unit::Min,
        "S" => Unit::S,
        "DE" => Unit::De,
        "CE" => Unit::Ce,
        "Q" => Unit::Q,
        "WE" => Unit::We,
        _ => {
            let n: u16 = s.strip_suffix('Y')?.parse().ok()?;
            Unit::NY(n)
        }
    })
}

/// A holiday's date: "12-25", or "11-4x4" (fourth Thursday), "05-Lx1" (last Monday).
fn parse_holiday(value: &str) -> Option<(u8, Holiday)> {
    let (m, d) = value.split_once('-')?;
    let m: u8 = m.parse().ok()?;
    if !(1..=12).contains(&m) {
        return None;
    }
    let h = match d.split_once('x') {
        Some((n, wd)) => {
            let n: u8 = if n == "L" { 0 } else { n.parse().ok()? };
            let wd: u8 = wd.parse().ok()?;
            if n > 5 || !(1..=7).contains(&wd) {
                return None;
            }
            Holiday::Nth(n, wd)
        }
        None => {
            let d: u8 = d.parse().ok()?;
            if !(1..=31).contains(&d) {
                return None;
            }
            Holiday::Day(d)
        }
    };
    Some((m, h))
}

/// A country code of the holiday and country columns: two ASCII capital letters (ISO 3166-1).
fn is_country_code(c: &str) -> bool {
    c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())
}

/// The 4th column of a holiday line: `US,CA=09-1x1`, groups separated by `;`.
fn parse_by_country(line: &Line, col: &str) -> Result<Vec<(String, u8, Holiday)>, ResourceError> {
    let mut out: Vec<(String, u8, Holiday)> = Vec::new();
    for group in col.split(';').map(str::trim).filter(|g| !g.is_empty()) {
        let Some((codes, date)) = group.split_once('=') else {
            return Err(line.error(format!("bad country dates `{group}`: expected `CC,CC=MM-DD`")));
        };
        let Some((m, h)) = parse_holiday(date.trim()) else {
            return Err(line.error(format!("bad date `{}` in country dates `{group}`", date.trim())));
        };
        for code in codes.split(',').map(str::trim) {
            if !is_country_code(code) {
                return Err(line.error(format!("bad country code `{code}` in `{group}`: two capital letters (ISO 3166-1)")));
            }
            if out.iter().any(|(c, ..)| c == code) {
                return Err(line.error(format!("country `{code}` given twice")));
            }
            out.push((code.to_string(), m, h));
        }
    }
    if out.is_empty() {
        return Err(line.error("empty country dates column"));
    }
    Ok(out)
}

fn parse_item(line: &Line, class: &str, value: &str, sets: &mut Vec<String>) -> Result<Item, ResourceError> {
    let bad = || line.error(format!("bad value `{value}` for class `{class}`"));
    let int = || value.parse::<i64>().map_err(|_| bad());
    Ok(match class {
        "num" => Item::Num(int()?),
        "mult" => Item::Mult(int()?),
        "ord" => Item::Ord(u8::try_from(int()?).map_err(|_| bad())?),
        "ordsuf" => Item::OrdSuf,
        "unit" => Item::Unit(parse_unit(value).ok_or_else(bad)?),
        "units" => Item::Units(parse_unit(value).ok_or_else(bad)?),
        "day" => Item::Day(int()?),
        "relday" => Item::RelDay(int()?),
        "night" => Item::Night(int()?),
        "part" => Item::Part(match value {
            "MO" => Part::Mo,
            "AF" => Part::Af,
            "EV" => Part::Ev,
            "NI" => Part::Ni,
            "DT" => Part::Dt,
            _ => return Err(bad()),
        }),
        "clock" => {
            let (h, m) = value.split_once(':').ok_or_else(bad)?;
            let h: u8 = h.parse().map_err(|_| bad())?;
            let m: u8 = m.parse().map_err(|_| bad())?;
            if h > 24 || m > 59 {
                return Err(bad());
            }
            Item::Clock(h, m)
        }
        "hour" => Item::Hour(match value {
            "am" => Ampm::Am,
            "pm" => Ampm::Pm,
            _ => Ampm::None,
        }),
        "ref" => Item::Ref(match value {
            "PRESENT_REF" => RefKind::Present,
            "PAST_REF" => RefKind::Past,
            "FUTURE_REF" => RefKind::Future,
            _ => return Err(bad()),
        }),
        "season" => Item::Season(match value {
            "SP" => Season::Sp,
            "SU" => Season::Su,
            "FA" => Season::Fa,
            "WI" => Season::Wi,
            _ => return Err(bad()),
        }),
        "set" => {
            if !value.starts_with('P') && !value.starts_with("XXXX") {
                return Err(bad());
            }
            sets.push(value.to_string());
            Item::Set(sets.len() - 1)
        }
        "decade" => Item::Decade,
        "holiday" => {
            let (m, h) = parse_holiday(value).ok_or_else(bad)?;
            Item::Holiday(m, h, None)
        }
        "half" => Item::Half(u8::try_from(int()?).map_err(|_| bad())?),
        _ => return Err(line.error(format!("unknown class `{class}`"))),
    })
}

impl Lexicon {
    /// Reads the files of `resources/lang/<code>/`. A language without a `time/words.tsv` file
    /// gives `Ok(None)`.
    pub fn load(res: &Resources, code: &str) -> Result<Option<Lexicon>, ResourceError> {
        let dir = format!("lang/{code}");
        let words = format!("{dir}/time/words.tsv");
        if res.get(&words).is_none() {
            return Ok(None);
        }
        let mut lx = Lexicon {
            code: code.to_string(),
            entries: Map::default(),
            pairs: KeyBits::default(),
            tense_words: Map::default(),
            tense_suffixes: Vec::new(),
            verb_words: Map::default(),
            verb_suffixes: Vec::new(),
            clause_words: Map::default(),
            set_values: Vec::new(),
            holiday_by_country: Vec::new(),
            country_words: Vec::new(),
            mdy: false,
            month_capitalized: false,
            future_turn_days: None,
            det_before_date: false,
            bare_season: false,
        };
        let mut sets = Vec::new();

        // Months and weekdays: a form is an abbreviation when a longer form of the same number
        // starts with it.
        for (file, is_month) in [(format!("{dir}/months.tsv"), true), (format!("{dir}/weekdays.tsv"), false)] {
            let mut forms: Vec<(String, u8, Line)> = Vec::new();
            for line in res.lines(&file) {
                let f = line.fields_n(2)?;
                let n: u8 = f[1].parse().map_err(|_| line.error("bad number"))?;
                let max = if is_month { 12 } else { 7 };
                if n == 0 || n > max {
                    return Err(line.error(format!("number out of range 1..={max}")));
                }
                forms.push((fold(f[0]), n, line));
            }
            for (form, n, line) in &forms {
                let abbr = forms.iter().any(|(o, m, _)| m == n && o.len() > form.len() && o.starts_with(form.as_str()));
                let item = if is_month { Item::Month { n: *n, abbr } } else { Item::Weekday { n: *n, abbr } };
                lx.add(form, item, line)?;
            }
        }
        for line in res.lines(&words) {
            // form, class, value, and on holiday lines an optional 4th column (dates by country)
            let f = match line.fields() {
                f if f.len() == 4 && f[1] == "holiday" && f.iter().all(|x| !x.is_empty()) => f,
                _ => line.fields_n(3)?,
            };
            if f[1] == "country" {
                // Not a time word: kept apart, for the holidays whose date depends on the country.
                if !is_country_code(f[2]) {
                    return Err(line.error(format!("bad country code `{}`: two capital letters (ISO 3166-1)", f[2])));
                }
                let toks = tokenize(f[0]);
                let words: Vec<String> =
                    (0..toks.len()).filter_map(|i| toks.get(i)).filter_map(|t| f[0].get(t.start..t.end)).map(str::to_string).collect();
                if words.is_empty() {
                    return Err(line.error("empty form"));
                }
                lx.country_words.push((words, f[2].to_string()));
                continue;
            }
            let mut item = parse_item(&line, f[1], f[2], &mut sets)?;
            match (f.get(3).map(|c| c.trim()).filter(|c| !c.is_empty()), &mut item) {
                (None, _) => {}
                (Some(col), Item::Holiday(_, _, alt)) => {
                    let by = parse_by_country(&line, col)?;
                    *alt = Some(u16::try_from(lx.holiday_by_country.len()).map_err(|_| line.error("too many holidays"))?);
                    lx.holiday_by_country.push(by);
                }
                (Some(col), _) => {
                    return Err(line.error(format!("unexpected 4th column `{col}`: only `holiday` lines take one")));
                }
            }
            lx.add(f[0], item, &line)?;
        }
        let cues = format!("{dir}/time/cues.tsv");
        for line in res.lines(&cues) {
            let f = line.fields_n(2)?;
            let r = role::parse(f[1]).ok_or_else(|| line.error(format!("unknown role `{}`", f[1])))?;
            lx.add(f[0], Item::Cue(r), &line)?;
        }
        let tense = format!("{dir}/time/tense.tsv");
        for line in res.lines(&tense) {
            let f = line.fields();
            if !(2..=3).contains(&f.len()) || f.iter().any(|x| x.is_empty()) {
                return Err(line.error(format!("expected 2 or 3 non-empty tab-separated fields, found {}", f.len())));
            }
            let t = match f[1] {
                "past" => Some(Tense::Past),
                "future" => Some(Tense::Future),
                "-" => None,
                other => return Err(line.error(format!("unknown tense `{other}`"))),
            };
            let kind = f.get(2).copied();
            match kind {
                None | Some("verb") | Some("clause") => {}
                Some(other) => return Err(line.error(format!("unknown mark `{other}` (expected `verb` or `clause`)"))),
            }
            if t.is_none() && kind.is_none() {
                return Err(line.error("a form without a tense (`-`) must be marked `verb` or `clause`"));
            }
            if kind == Some("clause") {
                lx.clause_words.insert(fold(f[0]), ());
                continue;
            }
            let form = fold(f[0]);
            if let Some(t) = t {
                match form.strip_prefix('-') {
                    Some(suffix) if !suffix.is_empty() => lx.tense_suffixes.push((suffix.to_string(), t)),
                    _ => {
                        lx.tense_words.insert(form, t);
                    }
                }
            }
            if kind == Some("verb") {
                let lower = f[0].to_lowercase();
                match lower.strip_prefix('-') {
                    Some(suffix) if !suffix.is_empty() => lx.verb_suffixes.push((suffix.to_string(), t)),
                    _ => {
                        lx.verb_words.insert(lower, t);
                    }
                }
            }
        }
        let settings = format!("{dir}/time/settings.tsv");
        for line in res.lines(&settings) {
            let f = line.fields_n(2)?;
            match (f[0], f[1]) {
                ("numeric-date", "dmy") => lx.mdy = false,
                ("numeric-date", "mdy") => lx.mdy = true,
                ("month-capitalized", v) => lx.month_capitalized = v == "yes",
                ("det-before-date", v) => lx.det_before_date = v == "yes",
                ("bare-season", v) => lx.bare_season = v == "yes",
                ("future-turns-within", "any") => lx.future_turn_days = None,
                ("future-turns-within", v) => {
                    lx.future_turn_days = Some(v.parse::<i64>().map_err(|_| line.error(format!("`future-turns-within` wants a number of days or `any`, not `{v}`")))?)
                }
                (k, v) => return Err(line.error(format!("unknown setting `{k}` = `{v}`"))),
            }
        }
        lx.set_values = sets;
        Ok(Some(lx))
    }

    fn add(&mut self, form: &str, item: Item, line: &Line) -> Result<(), ResourceError> {
        let toks = tokenize(form);
        if toks.len() == 0 {
            return Err(line.error("empty form"));
        }
        let mut words: Vec<String> = (0..toks.len()).map(|i| toks.f(i).to_string()).collect();
        let first = words.remove(0);
        if let [b0, b1, ..] = first.as_bytes() {
            self.pairs.insert(pair(*b0, *b1));
        }
        self.entries.entry(first).or_default().push(Entry { rest: words, item });
        Ok(())
    }

    /// For each token, the entries that start with it (one lookup per token and document).
    pub fn lookup<'a>(&'a self, t: &Tokens) -> Vec<&'a [Entry]> {
        (0..t.len())
            .map(|i| {
                let f = t.f(i);
                // A word of two bytes or more whose first two begin no first word of two or more.
                if let [b0, b1, ..] = f.as_bytes() {
                    if !self.pairs.contains(pair(*b0, *b1)) {
                        return &[][..];
                    }
                }
                self.entries.get(f).map(Vec::as_slice).unwrap_or(&[])
            })
            .collect()
    }

    /// Whether a word (lowercased, not folded) is a verb form of tense.tsv, and then its tense
    /// (None: the tense is left open). A word listed with a tense of its own keeps it ("expected"
    /// is future though it ends in "-ed").
    pub fn verb_of(&self, lower: &str) -> Option<Option<Tense>> {
        if let Some(t) = self.verb_words.get(lower) {
            return Some(*t);
        }
        for (suffix, t) in &self.verb_suffixes {
            if lower.len() > suffix.len() + 2 && lower.ends_with(suffix.as_str()) {
                return Some(self.tense_words.get(&fold(lower)).copied().or(*t));
            }
        }
        None
    }

    /// Whether a word (lowercased, not folded) is listed whole as a verb form, not only by its
    /// ending.
    pub fn verb_listed(&self, lower: &str) -> bool {
        self.verb_words.contains_key(lower)
    }

    /// Whether a folded word opens a clause ("that", "que").
    pub fn opens_clause(&self, folded: &str) -> bool {
        self.clause_words.contains_key(folded)
    }

    /// The tense a word shows, if any.
    pub fn tense_of(&self, folded: &str) -> Option<Tense> {
        if let Some(t) = self.tense_words.get(folded) {
            return Some(*t);
        }
        for (suffix, t) in &self.tense_suffixes {
            if folded.len() > suffix.len() + 2 && folded.ends_with(suffix.as_str()) {
                return Some(*t);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn entry(rest: &[&str], item: Item) -> Entry {
        Entry { rest: rest.iter().map(|w| w.to_string()).collect(), item }
    }

    /// The pair filter of `lookup` turns away no token the vocabulary holds: every language's
    /// look-ups give the entries the map alone gives, on the shared evaluation texts (or on a
    /// few sentences when ../shared is absent) and on every first word of the vocabulary.
    #[test]
    fn the_pair_filter_changes_no_lookup() {
        let res = vigie_resources::Resources::embedded();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval");
        let mut texts: Vec<String> = vec!["Last Monday, 3 May 2021, at 5 p.m. — il y a deux jours, le 1er mai.".into()];
        for set in ["news-en-guardian", "news-fr-orangesum", "time-en-timebank", "time-fr-timebank"] {
            match std::fs::read_to_string(dir.join(set).join("gold.jsonl")) {
                Ok(text) => texts.extend(text.lines().step_by(5).filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()?["text"].as_str().map(String::from))),
                Err(_) => eprintln!("skipped {set}: ../shared/eval is absent"),
            }
        }
        let mut checked = 0;
        for code in ["en", "fr"] {
            let lx = Lexicon::load(&res, code).unwrap().unwrap();
            let firsts: Vec<&String> = lx.entries.keys().collect();
            texts.push(firsts.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" "));
            for text in &texts {
                let t = tokenize(text);
                let got = lx.lookup(&t);
                for (i, entries) in got.iter().enumerate() {
                    let want = lx.entries.get(t.f(i)).map(Vec::as_slice).unwrap_or(&[]);
                    assert!(std::ptr::eq(*entries, want) || (entries.is_empty() && want.is_empty()), "{code}: {:?}", t.f(i));
                    checked += 1;
                }
            }
            texts.pop();
        }
        assert!(checked > 100);
    }

    #[test]
    fn hits_keep_the_matching_entries_longest_first_in_vocabulary_order() {
        let t = tokenize("may day may");
        let may = [
            entry(&[], Item::Month { n: 5, abbr: false }),
            entry(&["day"], Item::Holiday(5, Holiday::Day(1), None)),
            entry(&["day", "parade"], Item::Cue(1)),
            entry(&["day"], Item::Cue(2)),
            entry(&[], Item::Cue(4)),
        ];
        let at: Vec<&[Entry]> = vec![&may, &[], &may];
        let (hits, bounds) = hits(&at, &t);
        assert_eq!(bounds, [0, 4, 4, 6]);
        let first = &hits[0..4];
        // The longest item of each kind; among equals, the vocabulary's first.
        assert!(matches!(find_in(first, 0, |it| Some(*it)), Some((2, Item::Holiday(5, ..)))));
        assert!(matches!(find_in(first, 0, |it| matches!(it, Item::Month { .. }).then_some(())), Some((1, ()))));
        // The cue roles of the longest cue, united.
        assert_eq!(cue_in(first, 0), Some((2, 2)));
        // At the end of the text "may" stands alone.
        assert_eq!(cue_in(&hits[4..6], 2), Some((3, 4)));
        assert!(find_in(&hits[4..6], 2, |it| matches!(it, Item::Holiday(..)).then_some(())).is_none());
    }
}
