//! The shapes of temporal expressions, written once for every language: the words come from a
//! [`Lexicon`], the grammar here only says how they combine (a number and a unit, a weekday and
//! a cue, a day and a month and a year...) and how each shape is normalised against the anchor.

use crate::calendar::{self as cal, Dir};
use crate::lexicon::{cue_in, find_in, hits, role, Ampm, Entry, Holiday, Item, Lexicon, Part, RefKind, Season, Tense, Unit};
use crate::tokens::{Kind, Tokens};
use jiff::civil::Date;
use vigie_core::TimexType;

/// One expression found: byte range, type and TIMEX3 value.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub value: String,
}

/// Cues that may stand before the core of an expression.
const PREFIX: u32 = role::LAST
    | role::NEXT
    | role::THIS
    | role::VAGUE
    | role::DET
    | role::APPROX
    | role::MOD
    | role::EVERY
    | role::AGO
    | role::IN
    | role::YEAR
    | role::FOR
    | role::ANAPHORIC;
/// Prefix cues that are not part of the expression's extent.
const OUTSIDE: u32 = role::IN | role::YEAR | role::FOR;

#[derive(Debug, Clone, Copy, Default)]
struct Pre {
    roles: u32,
    /// First token of the extent, when a prefix belongs to it.
    start: Option<usize>,
}

impl Pre {
    fn has(&self, r: u32) -> bool {
        self.roles & r != 0
    }
}

/// What kind of core an expression has, for the prefixes it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A calendar date, a weekday, a year, a day word.
    Date,
    Time,
    /// A number and a unit, or a unit and a cue.
    Units,
    /// A season, a quarter, a part of a day.
    Period,
    /// A word with a fixed value (PRESENT_REF, P1D).
    Word,
}

/// A match in tokens, before its conversion to bytes.
#[derive(Debug, Clone)]
struct M {
    end: usize,
    kind: TimexType,
    value: String,
    /// The day it names, for expressions that follow it ("le lendemain", "à 14 h").
    day: Option<Date>,
    /// An adjective joined by a hyphen ("a 23-year sentence", "third-quarter results"): the
    /// determiner before it belongs to the noun, not to the expression.
    adj: bool,
    /// [`BARE_WEEKDAY`], [`EXPLICIT_DAY`].
    flags: u8,
}

/// A weekday without a cue ("samedi"), whose date may be the explicit one named elsewhere.
const BARE_WEEKDAY: u8 = 1;
/// A day named by its day of the month ("samedi 29 mai", "May 3").
const EXPLICIT_DAY: u8 = 2;
/// A quarter named by its number ("the third quarter").
const NAMED_QUARTER: u8 = 4;

fn m(end: usize, kind: TimexType, value: String) -> Option<M> {
    Some(M { end, kind, value, day: None, adj: false, flags: 0 })
}

/// A day-level date, or the undecidable marker.
fn day_value(d: Option<Date>) -> String {
    d.map(cal::ymd).unwrap_or_else(|| "XXXX-XX-XX".to_string())
}

fn kind_of(value: &str) -> TimexType {
    if value.starts_with('P') {
        TimexType::Duration
    } else if value.contains('T') && !value.ends_with("_REF") {
        TimexType::Time
    } else {
        TimexType::Date
    }
}

/// A number and the way it was written.
#[derive(Debug, Clone, Copy)]
enum Num {
    N(f64),
    /// "quelques", "several": an unspecified number.
    Few,
}

pub struct Parser<'a> {
    lx: &'a Lexicon,
    t: &'a Tokens,
    /// Whether vocabulary entries start at each token.
    known: Vec<bool>,
    /// The entries matching at each token, longest first: `hits[bounds[i]..bounds[i + 1]]`.
    hits: Vec<&'a Entry>,
    bounds: Vec<u32>,
    /// Each token's sentence number, when the document has sentences.
    sentence: &'a [u32],
    text: &'a str,
    anchor: Option<Date>,
    /// The document's country (ISO 3166-1 code), when known: some holidays' dates depend on it.
    country: Option<&'a str>,
    /// The last day named in the text so far.
    last: Option<Date>,
    /// The year, and month when known, of the last date named in the text so far.
    last_period: Option<(i64, Option<i64>)>,
    /// The last quarter named (year, quarter, token where it ended): "a year ago" next to it
    /// means that quarter a year before.
    quarter: Option<(i64, i64, usize)>,
}

/// Finds the temporal expressions of `text` in one language, left to right, longest first.
/// `sentence` gives each token's sentence number when the document has sentences (else empty).
/// `country` is the document's country (ISO 3166-1 code) when known.
pub fn scan(lx: &Lexicon, t: &Tokens, text: &str, anchor: Option<Date>, sentence: &[u32], country: Option<&str>) -> Vec<Found> {
    let at = lx.lookup(t);
    let known = at.iter().map(|l| !l.is_empty()).collect();
    let (hits, bounds) = hits(&at, t);
    let mut p = Parser { lx, t, known, hits, bounds, text, anchor, country, last: None, last_period: None, quarter: None, sentence };
    let mut out = Vec::new();
    // Bare weekdays (index in `out`, date) and days named explicitly, for the pass below.
    let mut bare: Vec<(usize, Date)> = Vec::new();
    let mut explicit: Vec<Date> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match p.parse_at(i) {
            Some((s, mt)) if mt.end > s && mt.end <= t.len() => {
                if mt.day.is_some() {
                    p.last = mt.day;
                }
                if mt.kind == TimexType::Date {
                    if let Some(period) = year_month(&mt.value) {
                        p.last_period = Some(period);
                    }
                }
                if mt.flags & NAMED_QUARTER != 0 {
                    if let Some((y, q)) = parse_quarter(&mt.value) {
                        p.quarter = Some((y, q, mt.end));
                    }
                }
                if let (Some(a), Some(b)) = (t.get(s), t.get(mt.end - 1)) {
                    match (mt.flags, mt.day) {
                        (BARE_WEEKDAY, Some(d)) => bare.push((out.len(), d)),
                        (EXPLICIT_DAY, Some(d)) => explicit.push(d),
                        _ => {}
                    }
                    out.push(Found { start: a.start, end: b.end, kind: mt.kind, value: mt.value });
                }
                i = mt.end.max(i + 1);
            }
            _ => i += 1,
        }
    }
    // "Maceo Parker à Besançon mardi. [...] En concert mardi 1er juin": a bare weekday is the
    // day of the same weekday that the text names explicitly within a week of the anchor.
    if let Some(a) = anchor {
        for (idx, d) in bare {
            let same = explicit.iter().find(|e| {
                d != a && cal::weekday(**e) == cal::weekday(d) && **e != d && e.since(a).ok().is_some_and(|s| s.get_days().abs() <= 7)
            });
            if let (Some(e), Some(f)) = (same, out.get_mut(idx)) {
                let new = cal::ymd(*e);
                if f.value.get(..10).is_some() && f.value.is_char_boundary(10) {
                    f.value.replace_range(..10, &new);
                }
            }
        }
    }
    out
}

impl<'a> Parser<'a> {
    fn item<T>(&self, i: usize, pick: impl FnMut(&Item) -> Option<T>) -> Option<(usize, T)> {
        find_in(self.list(i), i, pick)
    }

    /// The entries matching at token `i`, longest first.
    fn list(&self, i: usize) -> &[&'a Entry] {
        match (self.bounds.get(i), self.bounds.get(i + 1)) {
            (Some(&a), Some(&b)) => self.hits.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    fn knows(&self, i: usize) -> bool {
        self.known.get(i).copied().unwrap_or(false)
    }

    /// The end of a cue at `i` having one of `roles`.
    fn cue(&self, i: usize, roles: u32) -> Option<usize> {
        self.item(i, |it| match it {
            Item::Cue(r) if r & roles != 0 => Some(()),
            _ => None,
        })
        .map(|(e, _)| e)
    }

    /// The longest cue at `i` and all its roles.
    fn cue_roles(&self, i: usize) -> Option<(usize, u32)> {
        cue_in(self.list(i), i)
    }

    fn reference(&self) -> Option<Date> {
        self.last.or(self.anchor)
    }

    /// The longest expression starting at token `i`: (first token, match).
    fn parse_at(&self, i: usize) -> Option<(usize, M)> {
        let tok = self.t.get(i)?;
        if tok.kind == Kind::Punct || (tok.kind == Kind::Word && !self.knows(i)) {
            return None;
        }
        let mut best: Option<(usize, M)> = None;
        let mut pre = Pre::default();
        let mut j = i;
        for _ in 0..6 {
            if let Some(mt) = self.core(j, pre) {
                if best.as_ref().is_none_or(|(_, b)| mt.end > b.end) {
                    best = Some((pre.start.unwrap_or(j), mt));
                }
            }
            match self.cue_roles(j) {
                Some((e, roles)) if roles & PREFIX != 0 => {
                    pre.roles |= roles & PREFIX;
                    if roles & PREFIX & !OUTSIDE != 0 && pre.start.is_none() {
                        pre.start = Some(j);
                    }
                    j = e;
                }
                _ => break,
            }
        }
        best
    }

    /// The core of an expression at `j`, its prefixes being `pre`.
    fn core(&self, j: usize, pre: Pre) -> Option<M> {
        match self.t.kind(j)? {
            Kind::Punct => return None,
            Kind::Word if !self.knows(j) => return None,
            _ => {}
        }
        // The longest; among equals, the first of the list (a time before a duration:
        // "à 15 heures"). Each reading is weighed as soon as it is made.
        let mut best: Option<M> = None;
        let mut weigh = |c: Option<M>, shape: Shape| {
            if let Some(c) = c.filter(|c| self.allowed(shape, pre, c)) {
                if best.as_ref().is_none_or(|b| b.end < c.end) {
                    best = Some(c);
                }
            }
        };
        weigh(self.numeric_date(j), Shape::Date);
        weigh(self.time_expr(j, pre), Shape::Time);
        weigh(self.dated(j, pre), Shape::Date);
        weigh(self.day_word(j, pre), Shape::Date);
        weigh(self.units(j, pre), Shape::Units);
        weigh(self.year(j, pre), Shape::Date);
        weigh(self.decade(j), Shape::Period);
        weigh(self.part_alone(j, pre), Shape::Period);
        weigh(self.season(j, pre), Shape::Period);
        weigh(self.quarter(j, pre), Shape::Period);
        weigh(self.words(j, pre), Shape::Word);
        weigh(self.part_of(j, pre), Shape::Period);
        best
    }

    /// Whether the prefixes `pre` may stand before an expression of this shape.
    fn allowed(&self, shape: Shape, pre: Pre, c: &M) -> bool {
        let r = pre.roles;
        if r & role::APPROX != 0 && !matches!(shape, Shape::Units | Shape::Time) {
            return false;
        }
        if r & role::DET != 0 {
            let ok = match shape {
                Shape::Word | Shape::Time => false,
                // "the previous Friday"
                Shape::Date => self.lx.det_before_date || r & (role::LAST | role::NEXT) != 0,
                Shape::Units | Shape::Period => true,
            };
            if !ok || c.adj {
                return false;
            }
        }
        if r & role::EVERY != 0 && c.kind != TimexType::Set {
            return false;
        }
        if r & role::AGO != 0 && shape != Shape::Units {
            return false;
        }
        if r & role::VAGUE != 0 && r & (role::THIS | role::DET) == 0 && shape != Shape::Units {
            return false;
        }
        if r & role::MOD != 0 && shape == Shape::Word {
            return false;
        }
        true
    }

    // ---- tense ----

    fn boundary(&self, i: usize) -> bool {
        let f = self.t.f(i);
        self.t.kind(i) == Some(Kind::Punct) && matches!(f, "." | "!" | "?" | ";")
    }

    fn other_sentence(&self, a: usize, b: usize) -> bool {
        matches!((self.sentence.get(a), self.sentence.get(b)), (Some(x), Some(y)) if x != y)
    }


    /// The tense a word at `i` shows. A past word right before a future one reads as future
    /// ("were planning", "was expected"): the plan is past, what it plans is not.
    fn word_tense(&self, i: usize) -> Option<Tense> {
        if self.t.kind(i) != Some(Kind::Word) {
            return None;
        }
        let t = self.lx.tense_of(self.t.f(i))?;
        let next_future = self.t.kind(i + 1) == Some(Kind::Word)
            && !self.t.get(i + 1).is_some_and(|t| t.newline_before)
            && self.lx.tense_of(self.t.f(i + 1)) == Some(Tense::Future);
        if t == Tense::Past && next_future {
            return Some(Tense::Future);
        }
        Some(t)
    }

    /// The tense of the words nearest to tokens `s..e` (up to ten either side), within their
    /// sentence.
    fn tense(&self, s: usize, e: usize) -> Option<Tense> {
        let mut left: Option<(usize, Tense)> = None;
        for k in 1..=10 {
            let Some(i) = s.checked_sub(k) else { break };
            if self.boundary(i) || self.t.get(i + 1).is_some_and(|t| t.newline_before) || self.other_sentence(i, s) {
                break;
            }
            if let Some(t) = self.word_tense(i) {
                left = Some((k, t));
                break;
            }
        }
        let mut right: Option<(usize, Tense)> = None;
        for k in 0..10 {
            let i = e + k;
            if i >= self.t.len() || self.boundary(i) || self.t.get(i).is_some_and(|t| t.newline_before) || self.other_sentence(i, s) {
                break;
            }
            if let Some(t) = self.word_tense(i) {
                right = Some((k + 1, t));
                break;
            }
        }
        match (left, right) {
            (Some((a, t)), Some((b, u))) => Some(if a <= b { t } else { u }),
            (Some((_, t)), None) | (None, Some((_, t))) => Some(t),
            (None, None) => None,
        }
    }

    /// The verb form at token `i` (tense.tsv's `verb` forms, matched lowercased, not folded:
    /// "a" is a verb, "à" is not): Some(tense), the tense None when the form leaves it open.
    fn verb_at(&self, i: usize) -> Option<Option<Tense>> {
        if self.t.kind(i) != Some(Kind::Word) {
            return None;
        }
        let tok = self.t.get(i)?;
        let raw = self.text.get(tok.start..tok.end)?;
        self.lx.verb_of(&raw.to_lowercase())
    }

    /// Where a clause ends for the verb search: a sentence end, a line break, a clause mark
    /// (`,` `;` `:` brackets, quotes) or a word opening a clause ("that", "que").
    fn clause_edge(&self, i: usize, commas: bool) -> bool {
        let f = self.t.f(i);
        match self.t.kind(i) {
            Some(Kind::Punct) => {
                matches!(f, "." | "!" | "?" | ";" | ":" | "(" | ")" | "\"" | "«" | "»" | "“" | "”" | "—" | "–")
                    || (commas && f == ",")
            }
            Some(Kind::Word) => self.lx.opens_clause(f),
            _ => false,
        }
    }

    /// The tense of the verb that governs a date at tokens `s..e`: the nearest verb form before
    /// it in its clause (up to ten tokens), else the nearest after it in its sentence, with the
    /// one or two tense words right before that form ("had killed", "will be held", "a été
    /// tué"). A future word before a past form makes it future ("will be arrested"); a past one
    /// before a future form ("was scheduled", "était prévu") leaves the tense open, as does a
    /// form without a tense ("devait").
    fn governing_tense(&self, s: usize, e: usize) -> Option<Tense> {
        // The verb form at `i` and up to three words before it (one of them may be a word of
        // no tense: "will not be held"). The leftmost verb form decides when it is future ("will
        // be arrested"); the group is past only when nothing in it is future or open ("could
        // have", "was scheduled", "to be staged").
        let group = |i: usize, t: Option<Tense>| -> Option<Tense> {
            let (mut open, mut future) = (t.is_none(), t == Some(Tense::Future));
            let mut leftmost = t;
            let mut skipped = false;
            for k in 1..=3 {
                let Some(h) = i.checked_sub(k) else { break };
                if self.t.kind(h) != Some(Kind::Word) || self.other_sentence(h, i) || self.t.get(h + 1).is_some_and(|t| t.newline_before) {
                    break;
                }
                match self.verb_at(h) {
                    Some(u) => {
                        leftmost = u;
                        match u {
                            None => open = true,
                            Some(Tense::Future) => future = true,
                            Some(Tense::Past) => {}
                        }
                    }
                    None => match self.lx.tense_of(self.t.f(h)) {
                        Some(Tense::Future) => future = true,
                        Some(Tense::Past) => {}
                        None if !skipped => skipped = true,
                        None => break,
                    },
                }
            }
            match leftmost {
                Some(Tense::Future) => Some(Tense::Future),
                Some(Tense::Past) if !future && !open => Some(Tense::Past),
                _ => None,
            }
        };
        // A form found by its ending alone ("-ed") right after a determiner or a hyphen is an
        // adjective ("the reduced dividend", "a US-chaired meeting").
        let adjective = |i: usize| {
            let listed = self.t.get(i).and_then(|tok| self.text.get(tok.start..tok.end)).is_some_and(|raw| self.lx.verb_listed(&raw.to_lowercase()));
            let hyphen = self.t.get(i).and_then(|tok| self.text.get(..tok.start)).is_some_and(|before| before.ends_with('-'));
            !listed && (hyphen || i.checked_sub(1).is_some_and(|h| self.cue(h, role::DET).is_some()))
        };
        // The verb form at token `i`, not an adjective.
        let verb = |i: usize| self.verb_at(i).filter(|_| !adjective(i));
        let mut from_start = false;
        for k in 1..=10 {
            let Some(i) = s.checked_sub(k) else { break };
            if self.boundary(i) || self.t.get(i + 1).is_some_and(|t| t.newline_before) || self.other_sentence(i, s) {
                from_start = true;
                break;
            }
            if self.clause_edge(i, true) {
                break;
            }
            if let Some(t) = verb(i) {
                return group(i, t);
            }
            if i == 0 {
                from_start = true;
            }
        }
        // After the date: only within its clause, or across one comma when the date opens its
        // sentence ("Le 23 mars, des hommes armés ont tué").
        let mut commas = if from_start { 1 } else { 0 };
        for k in 0..10 {
            let i = e + k;
            if i >= self.t.len() || self.t.get(i).is_some_and(|t| t.newline_before) || self.other_sentence(i, s) {
                break;
            }
            if self.t.is_punct(i, ",") && commas > 0 {
                commas -= 1;
                continue;
            }
            if self.clause_edge(i, true) {
                break;
            }
            if let Some(t) = verb(i) {
                return group(i, t);
            }
        }
        None
    }

    /// Direction from explicit cues, else from tense, else `default`.
    fn direction(&self, cue: Option<u32>, s: usize, e: usize, default: Dir) -> Dir {
        match cue {
            Some(r) if r & role::LAST != 0 => Dir::PastStrict,
            Some(r) if r & role::NEXT != 0 => Dir::FutureStrict,
            _ => match self.tense(s, e) {
                Some(Tense::Past) => Dir::Past,
                Some(Tense::Future) => Dir::Future,
                None => default,
            },
        }
    }

    /// A "last"/"next" cue right after token `e`: (end, role).
    fn post_cue(&self, e: usize) -> Option<(usize, u32)> {
        let (end, roles) = self.cue_roles(e)?;
        let roles = if roles & role::LAST_AFTER != 0 { roles | role::LAST } else { roles };
        let r = roles & (role::LAST | role::NEXT);
        // "June last year": the cue belongs to the unit after it.
        let unit_after = self.item(end, |it| matches!(it, Item::Unit(_) | Item::Units(_)).then_some(())).is_some();
        (r != 0 && !unit_after).then_some((end, r | roles & role::ANAPHORIC))
    }

    fn pre_dir(pre: Pre) -> Option<u32> {
        let anaphoric = pre.roles & role::ANAPHORIC;
        if pre.has(role::LAST) {
            Some(role::LAST | anaphoric)
        } else if pre.has(role::NEXT) {
            Some(role::NEXT | anaphoric)
        } else {
            None
        }
    }

    // ---- numbers ----

    /// A day of the month at `j`: "3", "1er", "premier", "3rd".
    fn day_num(&self, j: usize) -> Option<(usize, i64)> {
        if let Some(n) = self.t.num(j) {
            if self.t.digits(j) <= 2 && (1..=31).contains(&n) {
                let mut e = j + 1;
                if self.t.adjacent(j) {
                    if let Some((oe, _)) = self.item(e, |it| matches!(it, Item::OrdSuf).then_some(())) {
                        e = oe;
                    } else if self.t.kind(e) == Some(Kind::Word) {
                        return None;
                    }
                }
                return Some((e, n));
            }
            return None;
        }
        self.item(j, |it| match it {
            Item::Ord(n) if (1..=31).contains(n) => Some(*n as i64),
            _ => None,
        })
    }

    /// A number written in digits or words, or an unspecified one.
    fn number(&self, j: usize) -> Option<(usize, Num)> {
        if let Some(n) = self.t.num(j) {
            let t = self.t;
            let sep = |k: usize| t.adjacent(k) && matches!(t.f(k + 1), "," | "." | "/" | ":") && t.adjacent(k + 1) && t.kind(k + 2) == Some(Kind::Num);
            // Not the tail of a number ("2,000": not "000").
            if j >= 2 && sep(j - 2) {
                return None;
            }
            // Thousands: "2,000", "60.082.000"; anything else joined ("1,5", "13/11") is not a count.
            let mut value = n;
            let mut e = j + 1;
            while sep(e - 1) && matches!(t.f(e), "," | ".") && t.digits(e + 1) == 3 {
                value = value.saturating_mul(1000).saturating_add(t.num(e + 1)?);
                e += 2;
            }
            if sep(e - 1) {
                return None;
            }
            return Some((e, Num::N(value as f64)));
        }
        if let Some(e) = self.cue(j, role::FEW) {
            return Some((e, Num::Few));
        }
        // Fractions: "demi", "half", "un demi", "un quart de".
        let mut e = j;
        let mut total: i64 = 0;
        let mut cur: i64 = 0;
        let mut any = false;
        let mut before_join: Option<usize> = None;
        loop {
            if let Some((ne, v)) = self.item(e, |it| match it {
                Item::Num(v) => Some(*v),
                _ => None,
            }) {
                // Tens then units ("vingt et un", "twenty-five", "soixante-dix"), or anything
                // after a multiplier; "a five" is not a number.
                let tens = cur % 100;
                let fits = cur == 0
                    || (tens == 0 && v < 100)
                    || (tens >= 10 && tens % 10 == 0 && v < 10)
                    || ((tens == 60 || tens == 80) && v < 20);
                if !fits {
                    break;
                }
                cur = cur.saturating_add(v);
                e = ne;
                any = true;
                before_join = None;
                continue;
            }
            if any {
                if let Some((ne, v)) = self.item(e, |it| match it {
                    Item::Mult(v) => Some(*v),
                    _ => None,
                }) {
                    if v == 100 {
                        cur = cur.max(1).saturating_mul(100);
                    } else {
                        total = total.saturating_add(cur.max(1).saturating_mul(v));
                        cur = 0;
                    }
                    e = ne;
                    continue;
                }
                // "vingt et un", "a hundred and thirty"
                if self.cue(e, role::NUM_AND) == Some(e + 1)
                    && before_join.is_none()
                    && self.item(e + 1, |it| matches!(it, Item::Num(_)).then_some(())).is_some()
                {
                    before_join = Some(e);
                    e += 1;
                    continue;
                }
            }
            break;
        }
        if let Some(b) = before_join {
            e = b;
        }
        let mut value = total.saturating_add(cur) as f64;
        if let Some((he, h)) = self.item(e, |it| match it {
            Item::Half(h) => Some(*h),
            _ => None,
        }) {
            let base = if any { value } else { 1.0 };
            value = base * h as f64 / 100.0;
            e = he;
            // "un quart de siècle", "half an hour"
            if let Some(oe) = self.cue(e, role::OF) {
                e = oe;
            } else if let Some((ne, _)) = self.item(e, |it| matches!(it, Item::Num(1)).then_some(())) {
                e = ne;
            }
            return Some((e, Num::N(value)));
        }
        any.then_some((e, Num::N(value)))
    }

    // ---- numeric dates ----

    fn gap(&self, i: usize) -> &str {
        match (self.t.get(i), self.t.get(i + 1)) {
            (Some(a), Some(b)) if a.end <= b.start => self.text.get(a.end..b.start).unwrap_or(" "),
            _ => " ",
        }
    }

    fn numeric_date(&self, j: usize) -> Option<M> {
        let t = self.t;
        let a = t.num(j)?;
        // 2017-11-13
        if t.digits(j) == 4 && self.gap(j) == "-" && self.gap(j + 1) == "-" {
            let (mo, d) = (t.num(j + 1)?, t.num(j + 2)?);
            let date = cal::date(a, mo, d)?;
            return Some(M { end: j + 3, kind: TimexType::Date, value: cal::ymd(date), day: Some(date), adj: false, flags: 0 });
        }
        // 13/11/2017, 13.11.2017
        let sep = t.f(j + 1);
        if !matches!(sep, "/" | ".") || !t.adjacent(j) || !t.adjacent(j + 1) || t.digits(j) > 2 {
            return None;
        }
        let b = t.num(j + 2)?;
        if t.digits(j + 2) > 2 || t.f(j + 3) != sep || !t.adjacent(j + 2) || !t.adjacent(j + 3) {
            return None;
        }
        let y = t.num(j + 4)?;
        let y = match t.digits(j + 4) {
            4 => y,
            2 if sep == "/" => {
                if y < 50 {
                    2000 + y
                } else {
                    1900 + y
                }
            }
            _ => return None,
        };
        let (mut d, mut mo) = if self.lx.mdy { (b, a) } else { (a, b) };
        if mo > 12 && d <= 12 {
            std::mem::swap(&mut d, &mut mo);
        }
        let date = cal::date(y, mo, d)?;
        Some(M { end: j + 5, kind: TimexType::Date, value: cal::ymd(date), day: Some(date), adj: false, flags: 0 })
    }

    // ---- times of day ----

    /// A clock time at `j`: (end, hour, minute).
    fn clock(&self, j: usize) -> Option<(usize, i64, i64)> {
        if let Some((e, (h, mi))) = self.item(j, |it| match it {
            Item::Clock(h, m) => Some((*h as i64, *m as i64)),
            _ => None,
        }) {
            return Some((e, h, mi));
        }
        let t = self.t;
        let h = t.num(j)?;
        if t.digits(j) > 2 || h > 24 {
            return None;
        }
        let ampm = |e: usize| {
            self.item(e, |it| match it {
                Item::Hour(a) => Some(*a),
                _ => None,
            })
        };
        let conv = |h: i64, a: Ampm| match a {
            Ampm::Pm if h < 12 => h + 12,
            Ampm::Am if h == 12 => 0,
            _ => h,
        };
        // 10:35 [a.m.]
        if t.f(j + 1) == ":" && t.adjacent(j) && t.adjacent(j + 1) && t.digits(j + 2) == 2 {
            let mi = t.num(j + 2)?;
            if mi > 59 {
                return None;
            }
            return match ampm(j + 3) {
                Some((e, a)) => Some((e, conv(h, a), mi)),
                None => Some((j + 3, h, mi)),
            };
        }
        // "à 15 heures [30]", "3 heures du matin", "4 in the morning"
        if a_hour_word_or_part(self, j, h) {
            let mut e = j + 1;
            let mut mi = 0;
            let named_hours = self.item(e, |it| matches!(it, Item::Unit(Unit::H) | Item::Units(Unit::H)).then_some(()));
            if let Some((he, _)) = named_hours {
                e = he;
                if t.digits(e) == 2 {
                    if let Some(m) = t.num(e).filter(|m| *m <= 59) {
                        mi = m;
                        e += 1;
                    }
                }
            }
            let mut h = h;
            if let Some((pe, p)) = self.part_after_clock(e) {
                h = match p {
                    Part::Af | Part::Ev if h < 12 => h + 12,
                    Part::Ni if (7..12).contains(&h) => h + 12,
                    _ => h,
                };
                e = pe;
            }
            return Some((e, h, mi));
        }
        // 14 h [30], 10 p.m.
        let (e, a) = ampm(j + 1)?;
        if a != Ampm::None && h > 12 {
            return None;
        }
        let h = conv(h, a);
        if a == Ampm::None && t.digits(e) == 2 {
            if let Some(mi) = t.num(e) {
                if mi <= 59 {
                    return Some((e + 1, h, mi));
                }
            }
        }
        Some((e, h, 0))
    }

    /// "du matin", "in the morning" right after a clock time: (end, part).
    fn part_after_clock(&self, e: usize) -> Option<(usize, Part)> {
        let mut k = e;
        for _ in 0..3 {
            if let Some((pe, p)) = self.item(k, |it| match it {
                Item::Part(p) => Some(*p),
                _ => None,
            }) {
                return (k > e).then_some((pe, p));
            }
            k = self.cue(k, role::FROM | role::OF | role::YEAR | role::DET)?;
        }
        None
    }

    /// A day named right after a time: "4 h mardi", "15 h 30, hier".
    fn day_after_time(&self, j: usize, e: usize) -> Option<(usize, Option<Date>)> {
        let k = if self.t.is_punct(e, ",") { e + 1 } else { e };
        if let Some((de, n)) = self.item(k, |it| match it {
            Item::Day(n) => Some(*n),
            _ => None,
        }) {
            return Some((de, self.anchor.and_then(|a| cal::add_days(a, n))));
        }
        if k == e {
            if let Some((we, (wd, false))) = self.item(k, |it| match it {
                Item::Weekday { n, abbr } => Some((*n as i64, *abbr)),
                _ => None,
            }) {
                let dir = self.direction(None, j, we, Dir::Past);
                return Some((we, self.anchor.and_then(|a| cal::weekday_from(a, wd, dir))));
            }
        }
        None
    }

    fn time_expr(&self, j: usize, pre: Pre) -> Option<M> {
        let (e, h, mi) = self.clock(j)?;
        if pre.has(role::EVERY) {
            return m(e, TimexType::Set, format!("XXXX-XX-XXT{h:02}:{mi:02}"));
        }
        let (end, day) = match self.day_after_time(j, e) {
            Some((de, d)) => (de, d),
            None => (e, self.reference()),
        };
        let v = format!("{}T{h:02}:{mi:02}", day_value(day));
        Some(M { end, kind: TimexType::Time, value: v, day, adj: false, flags: 0 })
    }

    /// What may follow a day: a part of it ("soir"), or a time ("à 10 h").
    fn day_suffix(&self, e: usize, clock: bool) -> Option<(usize, String)> {
        let mut k = e;
        if let Some(me) = self.cue(k, role::MOD) {
            k = me;
        }
        if let Some((pe, p)) = self.item(k, |it| match it {
            Item::Part(p) => Some(*p),
            _ => None,
        }) {
            return Some((pe, format!("T{}", p.code())));
        }
        let k = self.cue(e, role::AT).unwrap_or(e);
        if !clock {
            return None;
        }
        if let Some((ce, h, mi)) = self.clock(k) {
            return Some((ce, format!("T{h:02}:{mi:02}")));
        }
        None
    }

    // ---- calendar dates: weekday, day, month, year ----

    fn month_at(&self, j: usize) -> Option<(usize, i64, bool)> {
        let (mut e, (n, abbr)) = self.item(j, |it| match it {
            Item::Month { n, abbr } => Some((*n as i64, *abbr)),
            _ => None,
        })?;
        let mut dotted = false;
        if abbr && self.t.is_punct(e, ".") && self.t.adjacent(e - 1) {
            e += 1;
            dotted = true;
        }
        Some((e, n, !abbr || dotted))
    }

    fn year_at(&self, j: usize) -> Option<(usize, i64)> {
        let k = if self.t.is_punct(j, ",") { j + 1 } else { j };
        if self.t.digits(k) == 4 {
            let y = self.t.num(k)?;
            if (1000..=2999).contains(&y) && !(self.t.adjacent(k) && self.t.kind(k + 1) != Some(Kind::Punct)) {
                return Some((k + 1, y));
            }
        }
        None
    }

    /// "February this year", "March last year": the year named right after a month.
    fn year_after(&self, e: usize, a: Date) -> Option<(usize, i64)> {
        let (ce, roles) = self.cue_roles(e)?;
        let offset = if roles & role::THIS != 0 {
            0
        } else if roles & role::LAST != 0 {
            -1
        } else if roles & role::NEXT != 0 {
            1
        } else {
            return None;
        };
        let (ue, _) = self.item(ce, |it| matches!(it, Item::Unit(Unit::Y)).then_some(()))?;
        Some((ue, cal::add_years(a.year() as i64, offset)?))
    }

    fn dated(&self, j: usize, pre: Pre) -> Option<M> {
        let t = self.t;
        let mut k = j;
        let mut wd: Option<i64> = None;
        let mut wd_abbr = false;
        if let Some((we, (n, abbr))) = self.item(j, |it| match it {
            Item::Weekday { n, abbr } => Some((*n as i64, *abbr)),
            _ => None,
        }) {
            wd = Some(n);
            wd_abbr = abbr;
            k = we;
            if abbr && t.is_punct(k, ".") {
                k += 1;
            }
        }
        let after_wd = if wd.is_some() && t.is_punct(k, ",") { k + 1 } else { k };
        // day month [year] | month day [year] | month year | month
        let mut cal: Option<(usize, i64, Option<i64>, Option<i64>)> = None; // end, month, day, year
        if let Some((de, d)) = self.day_num(after_wd) {
            let me_start = self.cue(de, role::OF).unwrap_or(de);
            if let Some((me, mo, _)) = self.month_at(me_start) {
                let (end, y) = match self.year_at(me) {
                    Some((ye, y)) => (ye, Some(y)),
                    None => (me, None),
                };
                cal = Some((end, mo, Some(d), y));
            }
        }
        if cal.is_none() {
            if let Some((me, mo, full)) = self.month_at(after_wd) {
                if let Some((de, d)) = self.day_num(me) {
                    if t.kind(de) != Some(Kind::Word) || self.item(de, |it| matches!(it, Item::Month { .. } | Item::Unit(_) | Item::Units(_)).then_some(())).is_none() {
                        let (end, y) = match self.year_at(de) {
                            Some((ye, y)) => (ye, Some(y)),
                            None => (de, None),
                        };
                        cal = Some((end, mo, Some(d), y));
                    }
                }
                if cal.is_none() {
                    if let Some((ye, y)) = self.year_at(me) {
                        cal = Some((ye, mo, None, Some(y)));
                    } else {
                        let tok = t.get(after_wd)?;
                        // "Theresa May": a capitalised word before a month alone makes a name.
                        let after_name = after_wd >= 2
                            && t.get(after_wd - 1).is_some_and(|p| p.upper && p.kind == Kind::Word && !p.newline_before)
                            && !self.boundary(after_wd - 2)
                            && !self.knows(after_wd - 1);
                        let capital_ok = (!self.lx.month_capitalized || tok.upper) && !after_name;
                        let abbr_ok = full || (tok.upper && t.is_punct(me - 1, "."));
                        if capital_ok && abbr_ok && wd.is_none() {
                            cal = Some((me, mo, None, None));
                        }
                    }
                }
            }
        }
        if let Some((mut end, mo, d, y)) = cal {
            if let Some(d) = d {
                if !cal::possible_day(mo, d) {
                    return None;
                }
            }
            let mut cue = Self::pre_dir(pre);
            if let Some((ce, r)) = self.post_cue(end) {
                cue = Some(r);
                end = ce;
            }
            if pre.has(role::EVERY) && d.is_none() && y.is_none() {
                return m(end, TimexType::Set, format!("XXXX-{mo:02}"));
            }
            let year = match (y, self.anchor) {
                (Some(y), _) => Some(y),
                (None, None) => None,
                (None, Some(a)) => {
                    // A weekday names the year ("dimanche 29 août"); else an explicit cue;
                    // else the nearest.
                    let by_weekday = match (wd, d) {
                        (Some(w), Some(d)) => {
                            let ay = a.year() as i64;
                            [ay, ay - 1, ay + 1].into_iter().find(|&y| cal::date(y, mo, d).is_some_and(|x| cal::weekday(x) == w))
                        }
                        _ => None,
                    };
                    // Months and dates without a year: an explicit cue, else the nearest
                    // (measured better than the tense of the sentence, which is often another
                    // clause's).
                    // (Measured again on 2026-11-29 with the tense of the nearest 2 to 10 words:
                    // worse on every set.)
                    let dir = match cue {
                        Some(r) if r & role::LAST != 0 => Dir::PastStrict,
                        Some(r) if r & role::NEXT != 0 => Dir::FutureStrict,
                        _ => Dir::Nearest,
                    };
                    let this_year = (pre.has(role::THIS) && cue.is_none()).then_some(a.year() as i64);
                    let named = if by_weekday.is_none() && this_year.is_none() { self.year_after(end, a) } else { None };
                    if let Some((ye, _)) = named {
                        end = ye;
                    }
                    by_weekday.or(this_year).or(named.map(|(_, y)| y)).or_else(|| {
                        let near = cal::year_for(a, mo, d, dir)?;
                        if dir != Dir::Nearest {
                            return Some(near);
                        }
                        // The nearest occurrence, unless the verb governing the date says the
                        // other way ("had killed 12 on 23 March" in December: last March).
                        let side = (near * 100 + mo) * 100 + d.unwrap_or(0);
                        let now = (a.year() as i64 * 100 + a.month() as i64) * 100 + if d.is_some() { a.day() as i64 } else { 0 };
                        let flip = match side.cmp(&now) {
                            std::cmp::Ordering::Greater => Dir::Past,
                            std::cmp::Ordering::Less => Dir::Future,
                            std::cmp::Ordering::Equal => return Some(near),
                        };
                        let within = |n: i64| cal::date(near, mo, d.unwrap_or(28)).and_then(|x| x.until(a).ok()).is_some_and(|s| i64::from(s.get_days()) <= n);
                        match (flip, self.governing_tense(j, end)) {
                            (Dir::Past, Some(Tense::Past)) => cal::year_for(a, mo, d, flip),
                            (Dir::Future, Some(Tense::Future)) if self.lx.future_turn_days.is_none_or(within) => cal::year_for(a, mo, d, flip),
                            _ => Some(near),
                        }
                    })
                }
            };
            return match (d, year) {
                (Some(d), Some(y)) => {
                    let date = cal::date(y, mo, d)?;
                    let mut v = cal::ymd(date);
                    if let Some((se, s)) = self.day_suffix(end, false) {
                        v.push_str(&s);
                        end = se;
                    }
                    Some(M { end, kind: kind_of(&v), value: v, day: Some(date), adj: false, flags: EXPLICIT_DAY })
                }
                (Some(d), None) => m(end, TimexType::Date, format!("XXXX-{mo:02}-{d:02}")),
                (None, Some(y)) => m(end, TimexType::Date, format!("{y:04}-{mo:02}")),
                (None, None) => m(end, TimexType::Date, format!("XXXX-{mo:02}")),
            };
        }
        // A weekday alone.
        let wd = wd?;
        if wd_abbr {
            return None;
        }
        let mut end = k;
        if pre.has(role::EVERY) {
            return m(end, TimexType::Set, format!("XXXX-WXX-{wd}"));
        }
        let mut cue = Self::pre_dir(pre);
        if let Some((ce, r)) = self.post_cue(end) {
            cue = Some(r);
            end = ce;
        }
        let dir = self.direction(cue, j, end, Dir::Past);
        let date = self.anchor.and_then(|a| cal::weekday_from(a, wd, dir));
        let mut v = day_value(date);
        if let Some((se, s)) = self.day_suffix(end, false) {
            v.push_str(&s);
            end = se;
        }
        let flags = if cue.is_none() { BARE_WEEKDAY } else { 0 };
        Some(M { end, kind: kind_of(&v), value: v, day: date, adj: false, flags })
    }

    // ---- days named relatively: hier, demain, le lendemain ----

    fn day_word(&self, j: usize, _pre: Pre) -> Option<M> {
        let (mut end, date) = if let Some((e, n)) = self.item(j, |it| match it {
            Item::Day(n) => Some(*n),
            _ => None,
        }) {
            (e, self.anchor.and_then(|a| cal::add_days(a, n)))
        } else if let Some((e, n)) = self.item(j, |it| match it {
            Item::RelDay(n) => Some(*n),
            _ => None,
        }) {
            (e, self.reference().and_then(|a| cal::add_days(a, n)))
        } else if let Some((e, n)) = self.item(j, |it| match it {
            Item::Night(n) => Some(*n),
            _ => None,
        }) {
            // Counted from the last day named; with none, the publication day's own night (what
            // news calls "overnight" ends on the day it is published).
            let date = match self.last {
                Some(l) => cal::add_days(l, n),
                None => self.anchor,
            };
            let v = format!("{}T{}", day_value(date), Part::Ni.code());
            // Not a day named: what follows still counts from the last day the text named.
            return Some(M { end: e, kind: TimexType::Time, value: v, day: None, adj: false, flags: 0 });
        } else {
            return None;
        };
        let mut v = day_value(date);
        if let Some((se, s)) = self.day_suffix(end, true) {
            v.push_str(&s);
            end = se;
        }
        Some(M { end, kind: kind_of(&v), value: v, day: date, adj: false, flags: 0 })
    }

    /// A part of a day without its day: "ce soir", "this morning", "last night", "la nuit
    /// dernière" (of the anchor); "la soirée", "fin d'après-midi" (of the day last named).
    fn part_alone(&self, j: usize, pre: Pre) -> Option<M> {
        let (mut end, p) = self.item(j, |it| match it {
            Item::Part(p) => Some(*p),
            _ => None,
        })?;
        let mut last = pre.has(role::LAST);
        if let Some((ce, r)) = self.post_cue(end) {
            if r & role::LAST != 0 {
                last = true;
                end = ce;
            }
        }
        let day = if last {
            self.anchor.and_then(|a| cal::add_days(a, -1))
        } else if pre.has(role::THIS) {
            self.anchor
        } else if pre.has(role::DET | role::MOD) {
            self.reference()
        } else {
            return None;
        };
        if pre.has(role::NEXT) || self.cue(end, role::FROM).is_some() {
            return None;
        }
        let v = format!("{}T{}", day_value(day), p.code());
        Some(M { end, kind: TimexType::Time, value: v, day, adj: false, flags: 0 })
    }

    /// "la nuit de samedi à dimanche": a part of the day that names its day(s).
    fn part_of(&self, j: usize, pre: Pre) -> Option<M> {
        let (pe, p) = self.item(j, |it| match it {
            Item::Part(p) => Some(*p),
            _ => None,
        })?;
        let _ = pre;
        let fe = self.cue(pe, role::FROM)?;
        let (we, wd) = self.item(fe, |it| match it {
            Item::Weekday { n, abbr: false } => Some(*n as i64),
            _ => None,
        })?;
        let mut end = we;
        if let Some(te) = self.cue(we, role::TO) {
            if let Some((we2, _)) = self.item(te, |it| matches!(it, Item::Weekday { abbr: false, .. }).then_some(())) {
                end = we2;
            }
        }
        let dir = self.direction(None, j, end, Dir::Past);
        let date = self.anchor.and_then(|a| cal::weekday_from(a, wd, dir));
        let v = format!("{}T{}", day_value(date), p.code());
        Some(M { end, kind: TimexType::Time, value: v, day: date, adj: false, flags: 0 })
    }

    // ---- years and decades ----

    /// "les années 60", "the 1990s".
    fn decade(&self, j: usize) -> Option<M> {
        let t = self.t;
        if let Some((de, _)) = self.item(j, |it| matches!(it, Item::Decade).then_some(())) {
            let n = t.num(de)?;
            let v = match t.digits(de) {
                2 if n % 10 == 0 => format!("19{}", n / 10),
                4 if n % 10 == 0 => format!("{}", n / 10),
                _ => return None,
            };
            return m(de + 1, TimexType::Date, v);
        }
        let y = t.num(j)?;
        if t.adjacent(j) && self.cue(j + 1, role::DECADE_SUFFIX) == Some(j + 2) && y % 10 == 0 {
            let v = match t.digits(j) {
                4 => format!("{}", y / 10),
                2 => format!("19{}", y / 10),
                _ => return None,
            };
            return m(j + 2, TimexType::Date, v);
        }
        None
    }

    fn year(&self, j: usize, pre: Pre) -> Option<M> {
        let t = self.t;
        let y = t.num(j)?;
        let d = t.digits(j);
        if d != 4 {
            return None;
        }
        let ok = if pre.has(role::YEAR | role::MOD) { (1000..=2999).contains(&y) } else { (1900..=2099).contains(&y) };
        if !ok {
            return None;
        }
        // Not a part of a number, an amount or a code; "2002/2003" is two years.
        let year_pair = |k: usize| t.digits(k) == 4;
        let slash_after = t.adjacent(j) && t.f(j + 1) == "/" && t.adjacent(j + 1) && year_pair(j + 2);
        let slash_before = j >= 2 && t.adjacent(j - 1) && t.f(j - 1) == "/" && t.adjacent(j - 2) && year_pair(j - 2);
        if t.adjacent(j) && !slash_after && !matches!(t.f(j + 1), "." | "," | ")" | ";" | ":" | "!" | "?" | "\"" | "»") {
            return None;
        }
        if t.adjacent(j) && matches!(t.f(j + 1), "," | ".") && t.kind(j + 2) == Some(Kind::Num) && t.adjacent(j + 1) {
            return None;
        }
        if j > 0 && !slash_before && t.adjacent(j - 1) && matches!(t.f(j - 1), "$" | "€" | "£" | "," | "." | "/" | "#") {
            return None;
        }
        if t.is_punct(j + 1, "%") {
            return None;
        }
        Some(M { end: j + 1, kind: TimexType::Date, value: format!("{y:04}"), day: None, adj: false, flags: 0 })
    }

    // ---- seasons and quarters ----

    fn season(&self, j: usize, pre: Pre) -> Option<M> {
        let (e, s) = self.item(j, |it| match it {
            Item::Season(s) => Some(*s),
            _ => None,
        })?;
        let s: Season = s;
        if let Some((ye, y)) = self.year_at(e) {
            return m(ye, TimexType::Date, format!("{y:04}-{}", s.code()));
        }
        let mut end = e;
        let mut cue = Self::pre_dir(pre);
        if let Some((ce, r)) = self.post_cue(e) {
            cue = Some(r);
            end = ce;
        }
        // "the fall of Mosul"
        if cue.is_none() && !pre.has(role::THIS) && self.cue(end, role::OF).is_some() {
            return None;
        }
        if pre.has(role::EVERY) {
            return m(end, TimexType::Set, format!("XXXX-{}", s.code()));
        }
        let Some(a) = self.anchor else {
            return pre.has(role::DET | role::THIS | role::LAST | role::NEXT | role::YEAR).then(|| M {
                end,
                kind: TimexType::Date,
                value: format!("XXXX-{}", s.code()),
                day: None,
                adj: false,
                flags: 0,
            });
        };
        let ay = a.year() as i64;
        let am = a.month() as i64;
        let y = match cue {
            Some(r) if r & role::LAST != 0 => {
                if s.start_month() < am {
                    ay
                } else {
                    ay - 1
                }
            }
            Some(_) => {
                if s.start_month() > am {
                    ay
                } else {
                    ay + 1
                }
            }
            None if pre.has(role::THIS) => ay,
            // "en été", "in summer": any summer.
            None if pre.has(role::YEAR) && !pre.has(role::DET) => {
                return m(end, TimexType::Date, format!("XXXX-{}", s.code()));
            }
            // "the summer", "l'été": the nearest one.
            None if pre.has(role::DET) => match cal::year_for(a, s.start_month(), None, Dir::Nearest) {
                Some(y) => y,
                None => return m(end, TimexType::Date, format!("XXXX-{}", s.code())),
            },
            None if self.lx.bare_season && self.lx.tense_of(self.t.f(j)).is_none() => {
                return m(end, TimexType::Date, format!("XXXX-{}", s.code()));
            }
            None => return None,
        };
        cal::valid_year(y).then(|| M { end, kind: TimexType::Date, value: format!("{y:04}-{}", s.code()), day: None, adj: false, flags: 0 })
    }

    fn quarter(&self, j: usize, pre: Pre) -> Option<M> {
        let (oe, q) = match self.item(j, |it| match it {
            Item::Ord(n) if (1..=4).contains(n) => Some(*n as i64),
            _ => None,
        }) {
            Some(x) => x,
            None => {
                let n = self.t.num(j)?;
                if !(1..=4).contains(&n) || !self.t.adjacent(j) {
                    return None;
                }
                let (e, _) = self.item(j + 1, |it| matches!(it, Item::OrdSuf).then_some(()))?;
                (e, n)
            }
        };
        let (qe, _) = self.item(oe, |it| matches!(it, Item::Unit(Unit::Q)).then_some(()))?;
        let adj = self.gap(oe - 1) == "-";
        let after_of = self.cue(qe, role::OF).unwrap_or(qe);
        if let Some((ye, y)) = self.year_at(after_of) {
            let v = format!("{y:04}-Q{q}");
            return Some(M { end: ye, kind: TimexType::Date, value: v, day: None, adj, flags: NAMED_QUARTER });
        }
        // Without a year, the anchor's year; a quarter that has not begun yet is last year's
        // ("the fourth quarter" in January: news reports completed quarters), unless "next".
        let v = match self.anchor {
            Some(a) => {
                let current = (a.month() as i64 - 1) / 3 + 1;
                let back = q > current && !pre.has(role::NEXT);
                format!("{:04}-Q{q}", a.year() as i64 - i64::from(back))
            }
            None => format!("XXXX-Q{q}"),
        };
        Some(M { end: qe, kind: TimexType::Date, value: v, day: None, adj, flags: NAMED_QUARTER })
    }

    // ---- words with a fixed value: references, sets, holidays ----

    fn words(&self, j: usize, pre: Pre) -> Option<M> {
        if let Some((e, r)) = self.item(j, |it| match it {
            Item::Ref(r) => Some(*r),
            _ => None,
        }) {
            let r: RefKind = r;
            return m(e, TimexType::Date, r.code().to_string());
        }
        if let Some((e, i)) = self.item(j, |it| match it {
            Item::Set(i) => Some(*i),
            _ => None,
        }) {
            return m(e, TimexType::Set, self.lx.set_values.get(i)?.clone());
        }
        let (e, (mo, h, alt)) = self.item(j, |it| match it {
            Item::Holiday(m, h, alt) => Some((*m as i64, *h, *alt)),
            _ => None,
        })?;
        // S120: a holiday naming a thing ("le marché de Noël", "a Christmas market") dates nothing.
        let thing_before = (j.saturating_sub(3)..j).any(|i| self.cue(i, role::THING_BEFORE) == Some(j));
        if thing_before || self.cue(e, role::THING_AFTER).is_some() {
            return None;
        }
        // A holiday whose date depends on the country: the country its sentence names, else the
        // document's; without either, the default date.
        let (mo, h) = match alt.and_then(|a| self.lx.holiday_by_country.get(a as usize)) {
            Some(by) => {
                let country = self.country_named_near(j).or(self.country);
                match country.and_then(|c| by.iter().find(|(cc, ..)| cc == c)) {
                    Some((_, m2, h2)) => (*m2 as i64, *h2),
                    None => (mo, h),
                }
            }
            None => (mo, h),
        };
        let in_year = |y: i64| match h {
            Holiday::Day(d) => cal::date(y, mo, d as i64),
            Holiday::Nth(n, wd) => cal::nth_weekday(y, mo, n as i64, wd as i64),
        };
        if let Some((ye, y)) = self.year_at(e) {
            let date = in_year(y)?;
            return Some(M { end: ye, kind: TimexType::Date, value: cal::ymd(date), day: Some(date), adj: false, flags: 0 });
        }
        let approx_day = match h {
            Holiday::Day(d) => d as i64,
            Holiday::Nth(n, _) => (n.max(1) as i64 - 1) * 7 + 4,
        };
        let dir = match Self::pre_dir(pre) {
            Some(r) if r & role::LAST != 0 => Dir::PastStrict,
            Some(_) => Dir::FutureStrict,
            None => Dir::Nearest,
        };
        match self.anchor.and_then(|a| cal::year_for(a, mo, Some(approx_day), dir)).and_then(in_year) {
            Some(date) => Some(M { end: e, kind: TimexType::Date, value: cal::ymd(date), day: Some(date), adj: false, flags: 0 }),
            None => match h {
                Holiday::Day(d) => m(e, TimexType::Date, format!("XXXX-{mo:02}-{d:02}")),
                Holiday::Nth(..) => m(e, TimexType::Date, format!("XXXX-{mo:02}-XX")),
            },
        }
    }

    /// The country named (a `country` word) nearest to token `j` in its sentence, or within 15
    /// tokens when the document has no sentences.
    fn country_named_near(&self, j: usize) -> Option<&'a str> {
        let lx: &'a Lexicon = self.lx;
        if lx.country_words.is_empty() {
            return None;
        }
        let (from, to) = match self.sentence.get(j) {
            Some(&s) => {
                let mut a = j;
                while a > 0 && self.sentence.get(a - 1) == Some(&s) {
                    a -= 1;
                }
                let mut b = j;
                while self.sentence.get(b + 1) == Some(&s) {
                    b += 1;
                }
                (a, b + 1)
            }
            None => (j.saturating_sub(15), (j + 16).min(self.t.len())),
        };
        let raw = |k: usize| self.t.get(k).and_then(|tk| self.text.get(tk.start..tk.end));
        let mut best: Option<(usize, &'a str)> = None;
        for k in from..to {
            for (words, cc) in &lx.country_words {
                let found = words.iter().enumerate().all(|(n, w)| match raw(k + n) {
                    // A form written with a capital matches only as written ("US", not "us").
                    Some(r) if w.chars().any(char::is_uppercase) => r == w,
                    Some(r) => r.to_lowercase() == w.to_lowercase(),
                    None => false,
                });
                if found && k + words.len() <= to {
                    let d = k.abs_diff(j);
                    if best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, cc.as_str()));
                    }
                }
            }
        }
        best.map(|(_, c)| c)
    }

    // ---- a number and a unit; a unit and a cue ----

    fn units(&self, j: usize, pre: Pre) -> Option<M> {
        // "the first nine months"
        let n_start = match self.item(j, |it| matches!(it, Item::Ord(1)).then_some(())) {
            Some((oe, _)) if self.number(oe).is_some() => oe,
            _ => j,
        };
        let (ne, num) = match self.number(n_start) {
            Some((e, n)) => (e, Some(n)),
            None => (j, None),
        };

        // "les trois derniers mois"
        let mut cue = Self::pre_dir(pre);
        let mut k = ne;
        if num.is_some() {
            if let Some((ce, r)) = self.post_cue(k) {
                cue = Some(r);
                k = ce;
            }
        }
        // "mois" is both: "ces derniers mois" reads it as a plural.
        let prefer_plural = pre.has(role::VAGUE) && num.is_none();
        let plural_form = self.item(k, |it| match it {
            Item::Units(u) => Some((*u, true)),
            _ => None,
        });
        let (ue, (unit, plural)) = match plural_form {
            Some(p) if prefer_plural => p,
            _ => self.item(k, |it| match it {
                Item::Unit(u) => Some((*u, false)),
                Item::Units(u) => Some((*u, true)),
                _ => None,
            })?,
        };
        // "20 Minutes", "60 Minutes": a capitalised unit inside a sentence is a name.
        if num.is_some() && self.t.get(k).is_some_and(|t| t.upper) && k > 0 && !self.boundary(k - 1) && self.t.get(k - 1).is_some_and(|t| t.kind == Kind::Num) {
            return None;
        }
        // "a decades-long war": an article is not a count of a plural.
        if plural {
            if let Some(Num::N(n)) = num {
                if n == 1.0 && self.t.kind(n_start) == Some(Kind::Word) {
                    return None;
                }
            }
        }
        let adj = num.is_some() && k > 0 && self.gap(k - 1) == "-";
        // "three-quarters" is a fraction.
        if adj && plural && unit == Unit::Q {
            return None;
        }
        // A rate, not a duration: "twice a week", "$5 million a year".
        if let Some(Num::N(n)) = num {
            let article = n == 1.0 && self.t.kind(n_start) == Some(Kind::Word) && ne == n_start + 1;
            let ago = self.cue(ue, role::AGO_AFTER | role::LATER_AFTER).is_some();
            if article && !plural && !ago && n_start > 0 {
                let p = n_start - 1;
                let is_number = |k: usize| {
                    matches!(self.t.kind(k), Some(Kind::Num))
                        || self.item(k, |it| matches!(it, Item::Num(_)).then_some(())).is_some()
                };
                // "four flights a week"
                let rate = is_number(p)
                    || (p > 0 && self.t.kind(p) == Some(Kind::Word) && is_number(p - 1))
                    || self.t.is_punct(p, "%")
                    || self.item(p, |it| matches!(it, Item::Mult(_)).then_some(())).is_some()
                    || self.cue(p, role::RATE).is_some();
                if rate {
                    return None;
                }
            }
        }
        let mut end = ue;
        if num.is_some() && self.cue(ue, role::AGE_AFTER).is_some() {
            return None;
        }
        // Ages are not durations: "un chauffeur de 38 ans a été", "Jean Burget, 87 ans, a été"
        // (but "une peine de 2 ans de prison" is one).
        if num.is_some() && unit == Unit::Y && !pre.has(role::APPROX) {
            let measure = self.cue(ue, role::OF).is_some();
            let age = !measure && (1..=2).any(|k| j >= k && self.cue(j - k, role::AGE_BEFORE) == Some(j));
            let apposition = j > 0 && self.t.is_punct(j - 1, ",") && (self.t.is_punct(ue, ",") || self.t.is_punct(ue, ")"));
            if age || apposition {
                return None;
            }
        }
        // A year is not a count: "the 1988 quarter".
        if !plural && self.t.digits(n_start) == 4 {
            return None;
        }
        // "l'an 2000", "the year 2000"
        if num.is_none() && unit == Unit::Y && !plural {
            if let Some((ye, y)) = self.year_at(ue) {
                return m(ye, TimexType::Date, format!("{y:04}"));
            }
        }
        let mut post = None;
        if let Some((ce, r)) = self.post_cue(end) {
            if num.is_none() || r & role::LAST != 0 {
                cue = Some(r);
                post = Some(r);
                end = ce;
            }
        }
        let _ = post;
        // after: "ago", "plus tard"
        let ago_after = self.cue(end, role::AGO_AFTER);
        let later_after = self.cue(end, role::LATER_AFTER);

        if pre.has(role::EVERY) {
            let v = match num {
                Some(Num::N(n)) => duration(n, unit)?,
                Some(Num::Few) => return None,
                None => duration(1.0, unit)?,
            };
            return m(end, TimexType::Set, v);
        }
        if let Some(num) = num {
            let ago = if let Some(ae) = ago_after {
                end = ae;
                Some(-1)
            } else if let Some(le) = later_after {
                end = le;
                Some(1)
            } else if pre.has(role::AGO) {
                Some(-1)
            } else if pre.has(role::IN) {
                Some(1)
            } else {
                None
            };
            if let Some(sign) = ago {
                let base = if later_after.is_some() && ago_after.is_none() { self.reference() } else { self.anchor };
                let v = match num {
                    Num::Few => {
                        if sign < 0 {
                            "PAST_REF".to_string()
                        } else {
                            "FUTURE_REF".to_string()
                        }
                    }
                    // "a year ago" after "the third quarter": that quarter, a year before.
                    Num::N(n) if unit == Unit::Y && n == 1.0 && sign < 0 && self.quarter.is_some_and(|(_, _, e)| j < e + 150) => {
                        let (y, q, _) = self.quarter.unwrap_or((0, 0, 0));
                        match cal::add_years(y, -1) {
                            Some(y) => format!("{y:04}-Q{q}"),
                            None => shifted(base, unit, -1.0),
                        }
                    }
                    Num::N(n) => shifted(base, unit, sign as f64 * n),
                };
                let day = if v.len() == 10 { base.and_then(|b| shift_day(b, unit, sign as f64 * match num { Num::N(n) => n, Num::Few => 0.0 })) } else { None };
                return Some(M { end, kind: kind_of(&v), value: v, day, adj: false, flags: 0 });
            }
            let v = match num {
                Num::N(n) => duration(n, unit)?,
                Num::Few => format!("P{}X{}", if matches!(unit, Unit::H | Unit::Min | Unit::S) { "T" } else { "" }, unit_letter(unit)),
            };
            return Some(M { end, kind: TimexType::Duration, value: v, day: None, adj, flags: 0 });
        }
        // "quinquennat": a unit that is itself a duration.
        if let Unit::NY(n) = unit {
            if cue.is_none() && !pre.has(role::THIS) {
                // Its determiner belongs to the noun ("le quinquennat").
                return Some(M { end, kind: TimexType::Duration, value: format!("P{n}Y"), day: None, adj: true, flags: 0 });
            }
        }
        // No number: a period named by a cue, or a vague reference.
        if plural {
            // "for years": an unspecified number of them.
            if cue.is_none() && pre.roles & !role::FOR & PREFIX == 0 && pre.has(role::FOR) {
                let t = if matches!(unit, Unit::H | Unit::Min | Unit::S) { "T" } else { "" };
                let v = match unit {
                    Unit::De => "PXDE".to_string(),
                    Unit::Ce => "PXCE".to_string(),
                    _ => format!("P{t}X{}", unit_letter(unit)),
                };
                return m(end, TimexType::Duration, v);
            }
            let vague = pre.has(role::VAGUE) || pre.has(role::LAST) || post.is_some();
            return match cue {
                Some(r) if r & role::NEXT != 0 => m(end, TimexType::Date, "FUTURE_REF".into()),
                Some(r) if r & role::LAST != 0 && vague => m(end, TimexType::Date, "PAST_REF".into()),
                _ => None,
            };
        }
        // "0,38 % par an": a frequency.
        if !plural && cue.is_none() && pre.roles == 0 && j > 0 && self.cue(j - 1, role::RATE) == Some(j) {
            return m(end, TimexType::Set, duration(1.0, unit)?);
        }
        // "the quarter": the one last named, else the last one completed.
        if unit == Unit::Q && cue.is_none() && pre.has(role::DET) && !pre.has(role::THIS | role::MOD) {
            if let Some((y, q, _)) = self.quarter {
                return m(end, TimexType::Date, format!("{y:04}-Q{q}"));
            }
            let v = self.period(Unit::Q, -1, j, end)?;
            return m(end, TimexType::Date, v);
        }
        let offset = match cue {
            Some(r) if r & role::LAST != 0 => -1,
            Some(r) if r & role::NEXT != 0 => 1,
            _ if pre.has(role::THIS) => 0,
            // "la fin de l'année", "the weekend"
            _ if pre.has(role::MOD) && pre.has(role::DET) => 0,
            _ if unit == Unit::We && pre.has(role::DET) => 0,
            _ => return None,
        };
        if cue.is_some_and(|r| r & role::ANAPHORIC != 0) {
            if let Some(v) = self.after_last_named(unit, offset) {
                let day = if unit == Unit::D { self.last.and_then(|d| cal::add_days(d, offset)) } else { None };
                return Some(M { end, kind: TimexType::Date, value: v, day, adj: false, flags: 0 });
            }
        }
        let v = self.period(unit, offset, j, end)?;
        let day = if unit == Unit::D { self.anchor.and_then(|a| cal::add_days(a, offset)) } else { None };
        Some(M { end, kind: TimexType::Date, value: v, day, adj: false, flags: 0 })
    }

    /// The period `offset` units from the last date the text named ("the following year" after
    /// "in 2014": 2015), when that date is precise enough for the unit; else `None` (the caller
    /// counts from the anchor).
    fn after_last_named(&self, unit: Unit, offset: i64) -> Option<String> {
        let (y, m) = self.last_period?;
        match unit {
            Unit::Y => Some(format!("{:04}", cal::add_years(y, offset)?)),
            Unit::M => {
                let (y, m) = cal::add_months(y, m?, offset)?;
                Some(format!("{y:04}-{m:02}"))
            }
            Unit::W => Some(cal::iso_week(cal::add_days(self.last?, offset.checked_mul(7)?)?)),
            Unit::D => Some(cal::ymd(cal::add_days(self.last?, offset)?)),
            _ => None,
        }
    }

    /// The period `offset` units from the anchor's ("la semaine dernière": W, -1).
    fn period(&self, unit: Unit, offset: i64, s: usize, e: usize) -> Option<String> {
        let Some(a) = self.anchor else {
            return Some(
                match unit {
                    Unit::Y => "XXXX",
                    Unit::M => "XXXX-XX",
                    Unit::W => "XXXX-WXX",
                    Unit::We => "XXXX-WXX-WE",
                    Unit::D => "XXXX-XX-XX",
                    Unit::Q => "XXXX-QX",
                    _ => return None,
                }
                .to_string(),
            );
        };
        let (ay, am) = (a.year() as i64, a.month() as i64);
        Some(match unit {
            Unit::Y => format!("{:04}", cal::add_years(ay, offset)?),
            Unit::M => {
                let (y, m) = cal::add_months(ay, am, offset)?;
                format!("{y:04}-{m:02}")
            }
            Unit::W => cal::iso_week(cal::add_days(a, offset.checked_mul(7)?)?),
            Unit::D => cal::ymd(cal::add_days(a, offset)?),
            Unit::Q => {
                let (y, m) = cal::add_months(ay, am, offset.checked_mul(3)?)?;
                format!("{y:04}-Q{}", (m - 1) / 3 + 1)
            }
            Unit::De => format!("{:03}", cal::add_years(ay, offset.checked_mul(10)?)? / 10),
            Unit::Ce => format!("{:02}", cal::add_years(ay, offset.checked_mul(100)?)? / 100),
            Unit::We => {
                // The weekend of this week, or of the week before when the week has just
                // begun or the sentence speaks of the past.
                let wd = cal::weekday(a);
                let weeks = match offset {
                    0 => {
                        let past = match self.tense(s, e) {
                            Some(Tense::Past) => true,
                            Some(Tense::Future) => false,
                            None => wd <= 2,
                        };
                        if past && wd < 6 {
                            -1
                        } else {
                            0
                        }
                    }
                    -1 => -1,
                    n => {
                        if wd >= 6 {
                            n
                        } else {
                            n - 1
                        }
                    }
                };
                format!("{}-WE", cal::iso_week(cal::add_days(a, weeks * 7)?))
            }
            _ => return None,
        })
    }
}

/// "1989-Q3" → (1989, 3).
/// The year, and the month when the value has one, of a date value ("2014", "2014-05", "2014-05-03",
/// "2014-W05": year only).
fn year_month(v: &str) -> Option<(i64, Option<i64>)> {
    let b = v.as_bytes();
    if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let y = v[..4].parse().ok()?;
    let m = (b.len() >= 7 && b[4] == b'-' && b[5..7].iter().all(u8::is_ascii_digit))
        .then(|| v[5..7].parse().ok())
        .flatten()
        .filter(|m| (1..=12).contains(m));
    Some((y, m))
}

fn parse_quarter(v: &str) -> Option<(i64, i64)> {
    let (y, q) = v.split_once("-Q")?;
    if y.len() != 4 || q.len() != 1 {
        return None;
    }
    Some((y.parse().ok()?, q.parse().ok()?))
}

/// A number of hours is a clock time when "à"/"at" stands before it ("à 15 heures") or a part of
/// the day after it ("3 heures du matin", "4 in the morning").
fn a_hour_word_or_part(p: &Parser, j: usize, h: i64) -> bool {
    if h > 23 {
        return false;
    }
    let hours = p.item(j + 1, |it| matches!(it, Item::Unit(Unit::H) | Item::Units(Unit::H)).then_some(()));
    let after = hours.map(|(e, _)| e).unwrap_or(j + 1);
    let part = p.part_after_clock(after).is_some();
    let at = j > 0 && p.cue(j - 1, role::AT) == Some(j);
    (hours.is_some() && (at || part)) || (hours.is_none() && part)
}

fn unit_letter(u: Unit) -> &'static str {
    match u {
        Unit::Y | Unit::De | Unit::Ce | Unit::NY(_) => "Y",
        Unit::M | Unit::Q => "M",
        Unit::W => "W",
        Unit::D | Unit::We => "D",
        Unit::H => "H",
        Unit::Min => "M",
        Unit::S => "S",
    }
}

fn fmt_n(n: f64) -> Option<String> {
    if !n.is_finite() || !(0.0..=1e15).contains(&n) {
        return None;
    }
    if n.fract() == 0.0 {
        Some(format!("{}", n as i64))
    } else {
        Some(format!("{}", (n * 100.0).round() / 100.0))
    }
}

/// "P6Y", "PT24H", "P50Y" (un demi-siècle).
fn duration(n: f64, unit: Unit) -> Option<String> {
    let (n, u) = match unit {
        Unit::De => (n * 10.0, Unit::Y),
        Unit::Ce => (n * 100.0, Unit::Y),
        Unit::NY(k) => (n * k as f64, Unit::Y),
        Unit::Q => (n * 3.0, Unit::M),
        Unit::We => (n * 2.0, Unit::D),
        u => (n, u),
    };
    // Fractions go down one unit: half a year is six months.
    let (n, u) = if n.fract() != 0.0 {
        match u {
            Unit::Y => (n * 12.0, Unit::M),
            Unit::D => (n * 24.0, Unit::H),
            Unit::H => (n * 60.0, Unit::Min),
            Unit::W => (n * 7.0, Unit::D),
            u => (n, u),
        }
    } else {
        (n, u)
    };
    let t = if matches!(u, Unit::H | Unit::Min | Unit::S) { "T" } else { "" };
    Some(format!("P{t}{}{}", fmt_n(n)?, unit_letter(u)))
}

/// The day `n` units from `base`, for units of days and weeks.
fn shift_day(base: Date, unit: Unit, n: f64) -> Option<Date> {
    if n.fract() != 0.0 || n.abs() > 1e7 {
        return None;
    }
    let n = n as i64;
    match unit {
        Unit::D => cal::add_days(base, n),
        Unit::W => cal::add_days(base, n.checked_mul(7)?),
        Unit::We => cal::add_days(base, n.checked_mul(7)?),
        _ => None,
    }
}

/// The date `n` units away from `base`, at the unit's granularity ("il y a trois jours",
/// "two months ago", "six years ago").
fn shifted(base: Option<Date>, unit: Unit, n: f64) -> String {
    let undecidable = match unit {
        Unit::Y | Unit::De | Unit::Ce | Unit::NY(_) => "XXXX",
        Unit::M | Unit::Q => "XXXX-XX",
        _ => "XXXX-XX-XX",
    };
    let Some(b) = base else { return undecidable.to_string() };
    if n.fract() != 0.0 || n.abs() > 1e12 {
        return undecidable.to_string();
    }
    let k = n as i64;
    let (by, bm) = (b.year() as i64, b.month() as i64);
    let v = match unit {
        Unit::Y => cal::add_years(by, k).map(|y| format!("{y:04}")),
        Unit::NY(m) => k.checked_mul(m as i64).and_then(|k| cal::add_years(by, k)).map(|y| format!("{y:04}")),
        Unit::De => k.checked_mul(10).and_then(|k| cal::add_years(by, k)).map(|y| format!("{y:04}")),
        Unit::Ce => k.checked_mul(100).and_then(|k| cal::add_years(by, k)).map(|y| format!("{y:04}")),
        Unit::M => cal::add_months(by, bm, k).map(|(y, m)| format!("{y:04}-{m:02}")),
        Unit::Q => k.checked_mul(3).and_then(|k| cal::add_months(by, bm, k)).map(|(y, m)| format!("{y:04}-{m:02}")),
        Unit::D | Unit::W | Unit::We => shift_day(b, unit, n).map(cal::ymd),
        Unit::H | Unit::Min | Unit::S => Some(cal::ymd(b)),
    };
    v.unwrap_or_else(|| undecidable.to_string())
}

#[allow(dead_code)]
fn part_code(p: Part) -> &'static str {
    p.code()
}

