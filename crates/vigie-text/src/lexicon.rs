//! Loading the word lists this crate reads from `resources/`.

use std::collections::{HashMap, HashSet};
use vigie_resources::{Resources, ResourceError};

/// How a sentence treats an abbreviation ending with a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    /// Before a name: never ends a sentence.
    Title,
    /// Inside a sentence: ends one only at the end of a line.
    Inner,
    /// May end a sentence: ends one when the next word starts with a capital.
    Final,
}

/// What segmentation needs of one language (or of the union of all).
#[derive(Debug, Default, Clone)]
pub(crate) struct SegmentRules {
    pub abbreviations: HashMap<Box<str>, AbbrevKind>,
    /// Lowercase, without the apostrophe.
    pub elisions: HashSet<Box<str>>,
    /// Lowercase, apostrophe normalised to `'`.
    pub clitics: Vec<Box<str>>,
    pub space_groups_thousands: bool,
    /// Lowercase month and weekday names: a capitalised word that does not start a sentence
    /// after an abbreviation ("3 p.m. Tuesday").
    pub calendar_words: HashSet<Box<str>>,
    /// Lowercase words that usually begin a sentence ("the", "il"): after an "inner"
    /// abbreviation or an initial, a capitalised one of them starts a new sentence.
    pub starters: HashSet<Box<str>>,
}

impl SegmentRules {
    pub fn load(res: &Resources, code: &str) -> Result<Self, ResourceError> {
        let mut rules = SegmentRules::default();
        let path = format!("lang/{code}/abbreviations.txt");
        for line in res.lines(&path) {
            let f = line.fields_n(2)?;
            let kind = match f[1] {
                "title" => AbbrevKind::Title,
                "inner" => AbbrevKind::Inner,
                "final" => AbbrevKind::Final,
                other => return Err(line.error(format!("unknown kind `{other}` (title, inner, final)"))),
            };
            if !f[0].ends_with('.') {
                return Err(line.error("an abbreviation is written with its final period"));
            }
            rules.abbreviations.insert(f[0].into(), kind);
        }
        let path = format!("lang/{code}/elisions.txt");
        for line in res.lines(&path) {
            let f = line.fields_n(1)?;
            let form = f[0].trim_end_matches(['\'', '’']).to_lowercase();
            rules.elisions.insert(form.into());
        }
        let path = format!("lang/{code}/clitics.txt");
        for line in res.lines(&path) {
            let f = line.fields_n(1)?;
            let form = f[0].replace('’', "'").to_lowercase();
            if !form.contains('\'') {
                return Err(line.error("a clitic is written with its apostrophe"));
            }
            rules.clitics.push(form.into());
        }
        let path = format!("lang/{code}/numbers.tsv");
        for line in res.lines(&path) {
            let f = line.fields_n(2)?;
            match f[0] {
                "space_groups_thousands" => rules.space_groups_thousands = yes_no(&line, f[1])?,
                other => return Err(line.error(format!("unknown setting `{other}`"))),
            }
        }
        let path = format!("lang/{code}/sentence_starters.txt");
        for line in res.lines(&path) {
            let f = line.fields_n(1)?;
            rules.starters.insert(f[0].to_lowercase().into());
        }
        for file in ["months.tsv", "weekdays.tsv"] {
            let path = format!("lang/{code}/{file}");
            for line in res.lines(&path) {
                let f = line.fields_n(2)?;
                rules.calendar_words.insert(f[0].to_lowercase().into());
            }
        }
        Ok(rules)
    }

    pub fn merge(&mut self, other: &SegmentRules) {
        self.calendar_words.extend(other.calendar_words.iter().cloned());
        self.starters.extend(other.starters.iter().cloned());
        for (k, v) in &other.abbreviations {
            self.abbreviations.entry(k.clone()).or_insert(*v);
        }
        self.elisions.extend(other.elisions.iter().cloned());
        for c in &other.clitics {
            if !self.clitics.contains(c) {
                self.clitics.push(c.clone());
            }
        }
        self.space_groups_thousands |= other.space_groups_thousands;
    }
}

fn yes_no(line: &vigie_resources::Line<'_>, v: &str) -> Result<bool, ResourceError> {
    match v {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(line.error(format!("expected yes or no, found `{v}`"))),
    }
}

/// Kinds of publication cues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum CueKind {
    First,
    Published,
    Updated,
    Filler,
}

/// Words for reading dates and credits, the union over every language (language of the
/// document first where forms collide).
#[derive(Debug, Default, Clone)]
pub(crate) struct DateWords {
    /// Lowercase month form → month number.
    pub months: HashMap<Box<str>, u8>,
    pub weekdays: HashSet<Box<str>>,
    /// Lowercase cue phrases, longest first.
    pub cues: Vec<(Box<str>, CueKind)>,
    pub fillers: HashSet<Box<str>>,
    pub credit_words: HashSet<Box<str>>,
    pub dateline_exclude: HashSet<Box<str>>,
}

impl DateWords {
    pub fn load(res: &Resources, code: &str) -> Result<Self, ResourceError> {
        let mut w = DateWords::default();
        let path = format!("lang/{code}/months.tsv");
        for line in res.lines(&path) {
            let f = line.fields_n(2)?;
            let n: u8 = f[1].parse().ok().filter(|n| (1..=12).contains(n)).ok_or_else(|| line.error("month number must be 1-12"))?;
            w.months.insert(f[0].to_lowercase().into(), n);
        }
        let path = format!("lang/{code}/weekdays.tsv");
        for line in res.lines(&path) {
            let f = line.fields_n(2)?;
            w.weekdays.insert(f[0].to_lowercase().into());
        }
        let path = format!("lang/{code}/publication.tsv");
        for line in res.lines(&path) {
            let f = line.fields_n(2)?;
            let kind = match f[1] {
                "first" => CueKind::First,
                "published" => CueKind::Published,
                "updated" => CueKind::Updated,
                "filler" => CueKind::Filler,
                other => return Err(line.error(format!("unknown kind `{other}` (first, published, updated, filler)"))),
            };
            let phrase = f[0].to_lowercase();
            if kind == CueKind::Filler {
                w.fillers.insert(phrase.into());
            } else {
                w.cues.push((phrase.into(), kind));
            }
        }
        let path = format!("lang/{code}/credit_words.txt");
        for line in res.lines(&path) {
            let f = line.fields_n(1)?;
            w.credit_words.insert(f[0].to_lowercase().into());
        }
        let path = format!("lang/{code}/dateline_exclude.txt");
        for line in res.lines(&path) {
            let f = line.fields_n(1)?;
            w.dateline_exclude.insert(f[0].to_lowercase().into());
        }
        w.cues.sort_by_key(|c| std::cmp::Reverse(c.0.len()));
        Ok(w)
    }

    pub fn merge(&mut self, other: &DateWords) {
        for (k, v) in &other.months {
            self.months.entry(k.clone()).or_insert(*v);
        }
        self.weekdays.extend(other.weekdays.iter().cloned());
        for c in &other.cues {
            if !self.cues.iter().any(|x| x.0 == c.0) {
                self.cues.push(c.clone());
            }
        }
        self.cues.sort_by_key(|c| std::cmp::Reverse(c.0.len()));
        self.fillers.extend(other.fillers.iter().cloned());
        self.credit_words.extend(other.credit_words.iter().cloned());
        self.dateline_exclude.extend(other.dateline_exclude.iter().cloned());
    }
}

/// Where an agency alias counts as a credit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AgencyScope {
    Any,
    Credit,
}

#[derive(Debug, Clone)]
pub(crate) struct AgencyAlias {
    pub canonical: Box<str>,
    pub alias: Box<str>,
    pub scope: AgencyScope,
}

/// Agency aliases, longest first, indexed by their first byte.
#[derive(Debug, Clone)]
pub(crate) struct Agencies {
    pub aliases: Vec<AgencyAlias>,
    /// For each first byte, the indices of the aliases starting with it, longest first.
    by_first_byte: Vec<Vec<u16>>,
}

impl Agencies {
    pub const PATH: &'static str = "agencies.tsv";

    pub fn load(res: &Resources) -> Result<Self, ResourceError> {
        let mut a = Agencies { aliases: Vec::new(), by_first_byte: vec![Vec::new(); 256] };
        for line in res.lines(Self::PATH) {
            let f = line.fields_n(3)?;
            let scope = match f[2] {
                "any" => AgencyScope::Any,
                "credit" => AgencyScope::Credit,
                other => return Err(line.error(format!("unknown scope `{other}` (any, credit)"))),
            };
            a.aliases.push(AgencyAlias { canonical: f[0].into(), alias: f[1].into(), scope });
        }
        a.aliases.sort_by_key(|x| std::cmp::Reverse(x.alias.len()));
        for (k, alias) in a.aliases.iter().enumerate() {
            a.by_first_byte[alias.alias.as_bytes()[0] as usize].push(k as u16);
        }
        Ok(a)
    }

    /// The longest alias that starts at byte `i` of `text` and ends on a word boundary
    /// (the caller checks the boundary before `i`).
    pub fn match_at(&self, text: &str, i: usize) -> Option<(&AgencyAlias, usize)> {
        let b = *text.as_bytes().get(i)?;
        let candidates = &self.by_first_byte[b as usize];
        if candidates.is_empty() {
            return None;
        }
        let rest = text.get(i..)?;
        for a in candidates.iter().map(|&k| &self.aliases[k as usize]) {
            if rest.starts_with(&*a.alias) {
                let end = i + a.alias.len();
                let next = text.get(end..).and_then(|s| s.chars().next());
                if next.is_none_or(|c| !c.is_alphanumeric()) {
                    return Some((a, end));
                }
            }
        }
        None
    }
}
