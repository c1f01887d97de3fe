//! Named-entity recognition for French and English: dictionary names first, then capitalised
//! sequences labelled from cue words (titles, organisation and place words, prepositions, first
//! names), acronyms defined in parentheses, and document-level coreference of names.

use crate::dict::{ActorDictionary, ActorMatch, MentionKind};
use crate::fold::{fold_key, Folded};
use crate::ActorError;
use jiff::civil::Date;
// Fx hashing: these maps hold words of the text and are read per token; no untrusted keys
// reach them in a way that could slow a batch down more than the text itself.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use vigie_core::{char_at, ActorRef, EntityLabel};
use vigie_resources::Resources;
use vigie_core::chars::{is_alnum, ALNUM};

/// Cue words of one language (`lang/<code>/ner-cues.tsv`, `ner-settings.tsv`).
#[derive(Debug, Default)]
pub(crate) struct LangCues {
    /// Words that stand before a person's name and are not part of it ("M.", "President").
    titles: HashSet<String>,
    /// Words that make a capitalised sequence an organisation ("Council", "Ligue").
    org_words: HashSet<String>,
    /// Words that make a capitalised sequence a place ("River", "mont").
    loc_words: HashSet<String>,
    /// Words that make a capitalised sequence a MISC name ("War", "Cup").
    misc_words: HashSet<String>,
    /// Words just before a capitalised name that suggest a place ("in", "à").
    loc_before: HashSet<String>,
    /// Words just before a capitalised name that suggest a person ("said" is not one: "by").
    per_before: HashSet<String>,
    /// Lower-case words allowed inside a name between capitalised words ("de", "of").
    connectors: HashSet<String>,
    /// Connectors that never stand inside a person's name ("of" in "Sue Black of the
    /// University"): a sequence that starts with a given name stops before them.
    person_breaks: HashSet<String>,
    /// Names of ethnic, religious and political groups used as adjectives ("Kurdish", "Shia"):
    /// labelled like demonyms.
    groups: HashSet<String>,
    /// Capitalised words that never start a name on their own ("The", "Les", "Selon").
    stop: HashSet<String>,
    /// Endings of lower-case adjectives that continue a name after its head word ("-ale").
    adj_suffixes: Vec<String>,
    /// Elided articles and prepositions before an apostrophe ("l", "d").
    elisions: HashSet<String>,
    /// Words after a name that make it a person ("said", "a déclaré").
    per_after: HashSet<String>,
    /// Label of a capitalised demonym alone (English news NER tags "French" MISC).
    demonym_label: Option<EntityLabel>,
    /// Label of an unknown single capitalised word.
    single_label: Option<EntityLabel>,
}

pub(crate) struct Ner {
    langs: HashMap<String, LangCues>,
    first_names: HashSet<String>,
    /// Month and weekday names (from `lang/<code>/months.tsv`, `weekdays.tsv`), never names.
    calendar: HashSet<String>,
}

fn parse_label(s: &str) -> Option<EntityLabel> {
    match s {
        "PER" => Some(EntityLabel::Person),
        "ORG" => Some(EntityLabel::Organisation),
        "LOC" => Some(EntityLabel::Location),
        "MISC" => Some(EntityLabel::Misc),
        _ => None,
    }
}

impl Ner {
    pub(crate) fn new(res: &Resources) -> Result<Self, ActorError> {
        let mut langs = HashMap::default();
        let mut calendar = HashSet::default();
        for lang in res.languages() {
            let mut c = LangCues::default();
            let file = format!("lang/{lang}/ner-cues.tsv");
            for line in res.lines(&file) {
                let f = line.fields_n(2)?;
                let mut key = fold_key(f[0]);
                if f[1] == "title" {
                    key = key.trim_end_matches('.').to_string();
                }
                if f[1] == "adj-suffix" {
                    c.adj_suffixes.push(key);
                    continue;
                }
                let set = match f[1] {
                    "title" => &mut c.titles,
                    "org-word" => &mut c.org_words,
                    "loc-word" => &mut c.loc_words,
                    "misc-word" => &mut c.misc_words,
                    "loc-before" => &mut c.loc_before,
                    "per-before" => &mut c.per_before,
                    "per-after" => &mut c.per_after,
                    "connector" => &mut c.connectors,
                    "person-break" => &mut c.person_breaks,
                    "group" => &mut c.groups,
                    "stop" => &mut c.stop,
                    "elision" => &mut c.elisions,
                    other => return Err(line.error(format!("unknown cue kind `{other}`")).into()),
                };
                set.insert(key);
            }
            let file = format!("lang/{lang}/ner-settings.tsv");
            for line in res.lines(&file) {
                let f = line.fields_n(2)?;
                let label = match f[1] {
                    "-" => None,
                    v => match parse_label(v) {
                        Some(l) => Some(l),
                        None => {
                            return Err(line
                                .error(format!("label must be PER, ORG, LOC, MISC or -, not `{v}`"))
                                .into())
                        }
                    },
                };
                match f[0] {
                    "demonym_label" => c.demonym_label = label,
                    "single_label" => c.single_label = label,
                    other => return Err(line.error(format!("unknown setting `{other}`")).into()),
                }
            }
            for file in [
                format!("lang/{lang}/months.tsv"),
                format!("lang/{lang}/weekdays.tsv"),
            ] {
                for line in res.lines(&file) {
                    if let Some(f) = line.fields().first() {
                        calendar.insert(fold_key(f));
                    }
                }
            }
            langs.insert(lang, c);
        }
        let mut first_names = HashSet::default();
        for line in res.lines("actors/first-names.tsv") {
            let f = line.fields_n(1)?;
            first_names.insert(fold_key(f[0]));
        }
        Ok(Ner {
            langs,
            first_names,
            calendar,
        })
    }
}

impl Ner {
    pub(crate) fn knows(&self, lang: &str) -> bool {
        self.langs.contains_key(lang)
    }

    /// The language whose stop words (lower-cased) and connectors occur most in the text.
    pub(crate) fn guess_lang(&self, text: &str) -> &str {
        let mut best = ("und", 0usize);
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphabetic())
            .take(2000)
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
            .collect();
        for (lang, cues) in &self.langs {
            let n = words
                .iter()
                .filter(|w| cues.connectors.contains(w.as_str()) || cues.stop.contains(w.as_str()))
                .count();
            if n > best.1 {
                best = (lang.as_str(), n);
            }
        }
        best.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    /// Only spaces or one line break.
    Space,
    /// An apostrophe (after an elided word).
    Apostrophe,
    /// Punctuation that may stand inside a sentence (comma, parenthesis, quote).
    Punct,
    /// End of a sentence or a paragraph break.
    Sentence,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    /// What stands between the previous token and this one.
    sep: Sep,
    cap: bool,
    all_caps: bool,
    has_alpha: bool,
    sentence_start: bool,
    /// The token's key: its folded form, trimmed (a range of the folded text, for cue
    /// look-ups).
    key_start: usize,
    key_end: usize,
}


/// Whether the char at byte `pos` is a letter or a digit (false past the end).
#[inline]
fn alnum_at(text: &str, pos: usize) -> bool {
    char_at(text, pos).is_some_and(|(c, _)| c.is_alphanumeric())
}

/// Where the word `start..end` lies in the folded text: from the folded unit `fi` on (units before
/// `start` are skipped), the first unit at or past `end` (where the next word's search starts), and
/// the word's key, trimmed once here rather than at every look-up.
fn folded_key(folded: &Folded, mut fi: usize, start: usize, end: usize) -> (usize, usize, usize) {
    while fi < folded.spans.len() && (folded.spans[fi].0 as usize) < start {
        fi += 1;
    }
    let fs = fi;
    let mut fe = fs;
    while fe < folded.spans.len() && (folded.spans[fe].0 as usize) < end {
        fe += 1;
    }
    let (key_start, key_end) = match folded.text.get(fs..fe) {
        Some(f) => {
            // (The folded text is ASCII: no blank at either end, nothing to trim.)
            let blank = |b: Option<&u8>| b.is_some_and(|b| matches!(b, b' ' | 0x09..=0x0d));
            let k = if blank(f.as_bytes().first()) || blank(f.as_bytes().last()) { f.trim() } else { f };
            let at = fs + (k.as_ptr() as usize - f.as_ptr() as usize);
            (at, at + k.len())
        }
        None => (0, 0),
    };
    (fe, key_start, key_end)
}

/// How the text between two tokens separates them (`first`: no token before), and whether it opens
/// a quote or a bracket.
fn gap_sep(gap: &str, first: bool) -> (Sep, bool) {
    let paragraph = gap.contains("\n\n") || gap.contains("\n\r\n");
    let stop_punct = gap.chars().any(|c| matches!(c, '.' | '!' | '?' | ':' | ';' | '…' | '•'));
    let sep = if first || paragraph || stop_punct {
        Sep::Sentence
    } else if gap.chars().all(char::is_whitespace) {
        Sep::Space
    } else if gap.chars().all(|c| matches!(c, '\'' | '\u{2019}' | '`' | '\u{02BC}')) {
        Sep::Apostrophe
    } else {
        Sep::Punct
    };
    let opens_quote = gap.chars().any(|c| matches!(c, '"' | '«' | '“' | '—' | '–' | '(' | '[')) && !gap.contains(',');
    (sep, opens_quote)
}



/// `gap_sep` of a gap of ASCII bytes, in one pass over them.
#[inline]
fn gap_sep_ascii(gap: &[u8], first: bool) -> (Sep, bool) {
    let (mut stop, mut all_blank, mut all_apostrophe, mut quote, mut comma) = (false, true, true, false, false);
    let mut paragraph = false;
    for (k, &b) in gap.iter().enumerate() {
        stop |= matches!(b, b'.' | b'!' | b'?' | b':' | b';');
        all_blank &= matches!(b, b' ' | 0x09..=0x0d);
        all_apostrophe &= matches!(b, b'\'' | b'`');
        quote |= matches!(b, b'"' | b'(' | b'[');
        comma |= b == b',';
        // "\n\n" or "\n\r\n".
        paragraph |= b == b'\n'
            && (gap.get(k + 1) == Some(&b'\n') || (gap.get(k + 1) == Some(&b'\r') && gap.get(k + 2) == Some(&b'\n')));
    }
    let sep = if first || paragraph || stop {
        Sep::Sentence
    } else if all_blank {
        Sep::Space
    } else if all_apostrophe {
        Sep::Apostrophe
    } else {
        Sep::Punct
    };
    (sep, quote && !comma)
}

/// `(cap, all_caps, has_alpha)` of a word of ASCII bytes (see `tokenize`), in one pass; `None`
/// when the word is not ASCII.
#[inline]
fn ascii_word_flags(word: &[u8]) -> Option<(bool, bool, bool)> {
    let (mut upper, mut lower, mut hyphen) = (false, false, None);
    for (k, &b) in word.iter().enumerate() {
        if !b.is_ascii() {
            return None;
        }
        upper |= b.is_ascii_uppercase();
        lower |= b.is_ascii_lowercase();
        if b == b'-' && hyphen.is_none() {
            hyphen = Some(k);
        }
    }
    let first = word.first().copied().unwrap_or(b' ');
    // "al-Adnani", "el-Sisi": a short lower-case particle joined to a capitalised name.
    let particle_name = first.is_ascii_lowercase()
        && hyphen.is_some_and(|h| h <= 3 && word.get(h + 1).is_some_and(u8::is_ascii_uppercase));
    // At least one capital: letters of scripts without case (Arabic, Hebrew, CJK) are neither
    // capitals nor lower case, and no cue of a name.
    Some((first.is_ascii_uppercase() || particle_name, upper && !lower, upper || lower))
}

// (Not inlined: its cost shows apart in profiles, and it runs once per document.)
#[inline(never)]
fn tokenize(text: &str, folded: &Folded, sentence_starts: &[usize]) -> Vec<Tok> {
    // About one token in six bytes of news text: one allocation each.
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 6 + 1);
    let mut fi = 0usize; // cursor in folded
    // Cursor in `sentence_starts` (sorted), for tokens met in text order.
    let mut si = 0usize;
    let mut prev_end = 0usize;
    let mut pos = 0usize;
    while let Some((c, len)) = char_at(text, pos) {
        let alnum = is_alnum(c);
        if !alnum {
            pos += len;
            continue;
        }
        let start = pos;
        // `j`: the byte where the word stops (a char boundary, or the end of the text).
        let mut j = pos;
        let bytes = text.as_bytes();
        loop {
            // Letters and digits; ASCII ones by byte.
            loop {
                match bytes.get(j) {
                    Some(&b) if ALNUM[b as usize] => j += 1,
                    Some(b) if !b.is_ascii() => match char_at(text, j) {
                        Some((d, n)) if is_alnum(d) => j += n,
                        _ => break,
                    },
                    _ => break,
                }
            }
            let Some((d, n)) = char_at(text, j) else { break };
            // Joiners inside a word: hyphen between letters, period in "U.S.", "&" in "B&Q".
            if matches!(d, '-' | '\u{2011}' | '&') && alnum_at(text, j + n) {
                j += n;
                continue;
            }
            if d == '.'
                && char_at(text, j + n).is_some_and(|(e, _)| e.is_alphabetic())
                && {
                    // only single-letter segments: "U.S"
                    let seg_start = text[start..j]
                        .char_indices()
                        .rev()
                        .find(|(_, k)| !k.is_alphanumeric())
                        .map(|(k, ch)| start + k + ch.len_utf8())
                        .unwrap_or(start);
                    let after = j + n + char_at(text, j + n).map_or(0, |(_, m)| m);
                    text[seg_start..j].chars().count() == 1 && !alnum_at(text, after)
                }
            {
                j += n;
                continue;
            }
            break;
        }
        // Keep the period of a one-letter abbreviation or an acronym with periods ("M.", "U.S.").
        let mut end = j;
        if text.as_bytes().get(j) == Some(&b'.') {
            let word = &text[start..end];
            if word.chars().count() == 1 || word.contains('.') {
                end += 1;
            }
        }
        let word = &text[start..end];
        let gap = &text[prev_end..start];
        let (sep, opens_quote) = if gap == " " {
            // One space, the most common gap: what `gap_sep` finds for it.
            (if toks.is_empty() { Sep::Sentence } else { Sep::Space }, false)
        } else if gap.is_ascii() {
            gap_sep_ascii(gap.as_bytes(), toks.is_empty())
        } else {
            gap_sep(gap, toks.is_empty())
        };
        while si < sentence_starts.len() && sentence_starts[si] < start {
            si += 1;
        }
        let sentence_start = sep == Sep::Sentence || opens_quote || sentence_starts.get(si) == Some(&start);
        // (An ASCII word by bytes, in one pass: the same tests.)
        let (cap, all_caps, has_alpha) = match ascii_word_flags(word.as_bytes()) {
            Some(flags) => flags,
            None => {
                let first = word.chars().next().unwrap_or(' ');
                let has_alpha = word.chars().any(char::is_alphabetic);
                // "al-Adnani", "el-Sisi": a short lower-case particle joined to a capitalised name.
                let particle_name = first.is_lowercase()
                    && word.bytes().position(|b| b == b'-').is_some_and(|h| {
                        let (p, rest) = (&word[..h], &word[h + 1..]);
                        p.chars().count() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
                    });
                let cap = first.is_uppercase() || particle_name;
                // At least one capital: letters of scripts without case (Arabic, Hebrew, CJK) are
                // neither capitals nor lower case, and no cue of a name.
                let all_caps = word.chars().any(char::is_uppercase) && !word.chars().any(char::is_lowercase);
                (cap, all_caps, has_alpha)
            }
        };
        let (fe, key_start, key_end) = folded_key(folded, fi, start, end);
        toks.push(Tok {
            start,
            end,
            sep,
            cap,
            all_caps,
            has_alpha,
            sentence_start,
            key_start,
            key_end,
        });
        prev_end = end;
        pos = end;
        // The next word starts at or after this one's end.
        fi = fe;
    }
    toks
}

/// A set of words by length (up to 63) and first byte: `may_hold` is true for every word
/// given, and for few others.
struct Sieve {
    bits: Vec<u64>,
}

impl Sieve {
    fn slot(w: &str) -> (usize, u64) {
        let first = w.as_bytes().first().copied().unwrap_or(0) as usize;
        (first, 1u64 << w.len().min(63))
    }

    fn of<'a>(words: impl Iterator<Item = &'a str>) -> Self {
        let mut bits = vec![0u64; 256];
        for w in words {
            let (i, b) = Self::slot(w);
            bits[i] |= b;
        }
        Sieve { bits }
    }

    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        let (i, b) = Self::slot(w);
        self.bits[i] & b != 0
    }
}

/// An entity found by the recogniser.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundEntity {
    pub start: usize,
    pub end: usize,
    pub label: EntityLabel,
    pub actor: Option<ActorRef>,
}

/// An entity while recognising: its actor is a dictionary record, turned into an [`ActorRef`]
/// (four strings) only for the entities kept.
struct Candidate {
    start: usize,
    end: usize,
    label: EntityLabel,
    actor: Option<u32>,
}

/// The longest run of tokens taken for one name.
const MAX_NAME_TOKENS: usize = 10;

fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.len() <= 5 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

impl Ner {
    /// The entities of `text`, given its folding and the dictionary matches of
    /// [`ActorDictionary::scan_folded`] on it (computed once by the caller, who reuses them).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn recognise(
        &self,
        dict: &ActorDictionary,
        text: &str,
        folded: &Folded,
        matches: &[ActorMatch],
        inner: &[ActorMatch],
        lang: &str,
        date: Option<Date>,
        sentence_starts: &[usize],
    ) -> Vec<FoundEntity> {
        let empty = LangCues::default();
        let cues = self.langs.get(lang).unwrap_or(&empty);
        let toks = tokenize(text, folded, sentence_starts);
        let ftext = folded.text.as_str();
        let key = |t: &Tok| ftext.get(t.key_start..t.key_end).unwrap_or("");

        // Lower-case words of the document: a sentence-initial capital whose word also appears in
        // lower case is an ordinary word ("Pas", "Selon"). Both sets are asked about the words
        // that start a sentence only: they keep those.
        let starting: HashSet<&str> = toks.iter().filter(|t| t.sentence_start).map(key).collect();
        // (A sieve by length and first byte spares most words the hashing.)
        let sieve = Sieve::of(starting.iter().copied());
        let mut lower_words: HashSet<&str> = HashSet::with_capacity_and_hasher(starting.len(), Default::default());
        let mut mid_caps: HashSet<&str> = HashSet::with_capacity_and_hasher(starting.len(), Default::default());
        for t in &toks {
            let lower = !t.cap && t.has_alpha;
            let mid_cap = t.cap && !t.sentence_start;
            if lower || mid_cap {
                let k = key(t);
                if sieve.may_hold(k) && starting.contains(k) {
                    if lower {
                        lower_words.insert(k);
                    } else {
                        mid_caps.insert(k);
                    }
                }
            }
        }

        // Which token each dictionary match covers.
        let mut covered: Vec<Option<usize>> = vec![None; toks.len()];
        let mut soft: Vec<bool> = vec![false; toks.len()];
        // S37: group words inside generic actor phrases, named on their own.
        let mut group_word: Vec<bool> = vec![false; toks.len()];
        {
            let mut mi = 0;
            for (ti, t) in toks.iter().enumerate() {
                while mi < matches.len() && matches[mi].end <= t.start {
                    mi += 1;
                }
                if let Some(m) = matches.get(mi) {
                    if m.start <= t.start && t.end <= m.end + 1 && t.start < m.end {
                        covered[ti] = Some(mi);
                        if matches!(
                            m.kind,
                            MentionKind::Country
                                | MentionKind::Capital
                                | MentionKind::Place
                                | MentionKind::Demonym
                        ) {
                            // Places and demonyms may be part of a longer name ("Western
                            // Australia", "New York Times"): the sequence pass decides.
                            soft[ti] = true;
                        }
                        // S37: a group's name inside a generic actor phrase ("Kurdish fighters")
                        // is still the group's name.
                        if t.cap
                            && cues.groups.contains(key(t))
                            && dict.record(m.record).is_some_and(|r| r.label.is_none())
                        {
                            soft[ti] = true;
                            group_word[ti] = true;
                        }
                    }
                }
            }
        }

        // A record the dictionary holds (what `actor_ref` resolves), else none.
        let known = |r: u32| dict.record(r).is_some().then_some(r);
        let mut out: Vec<Candidate> = Vec::new();
        // Dictionary entities.
        let mut match_entity: Vec<Option<usize>> = vec![None; matches.len()];
        let inside_word = |m: &ActorMatch| {
            let before = text[..m.start].chars().next_back();
            let before2 = text[..m.start].chars().rev().nth(1);
            let after = text[m.end..].chars().next();
            let after2 = text[m.end..].chars().nth(1);
            (before == Some('-') && before2.is_some_and(char::is_alphanumeric))
                || (after == Some('-') && after2.is_some_and(char::is_alphanumeric))
        };
        for (mi, m) in matches.iter().enumerate() {
            let Some(rec) = dict.record(m.record) else {
                continue;
            };
            if m.kind != MentionKind::Role && inside_word(m) {
                continue;
            }
            let surface = text.get(m.start..m.end).unwrap_or("");
            let label = match m.kind {
                MentionKind::Role => None,
                MentionKind::Demonym => {
                    if surface.chars().next().is_some_and(char::is_uppercase) {
                        cues.demonym_label
                    } else {
                        None
                    }
                }
                _ => rec.label,
            };
            let Some(label) = label else { continue };
            // A capitalised sequence that goes on past a place name is a longer name
            // ("Université de Damas", "New York Times"): leave it to the sequence pass.
            match_entity[mi] = Some(out.len());
            out.push(Candidate {
                start: m.start,
                end: m.end,
                label,
                actor: known(m.record),
            });
        }

        for m in inner {
            let Some(rec) = dict.record(m.record) else {
                continue;
            };
            let capital = text
                .get(m.start..m.end)
                .is_some_and(|s| s.chars().next().is_some_and(char::is_uppercase));
            let label = match m.kind {
                MentionKind::Demonym if capital => cues.demonym_label,
                MentionKind::Demonym => None,
                _ if capital => rec.label,
                _ => None,
            };
            if let Some(label) = label {
                out.push(Candidate {
                    start: m.start,
                    end: m.end,
                    label,
                    actor: known(m.record),
                });
            }
        }

        // Capitalised sequences over tokens no dictionary match covers.
        let is_name_tok = |t: &Tok, k: &str| -> bool {
            (t.cap || t.all_caps) && t.has_alpha && !self.calendar.contains(k)
        };
        let mut seqs: Vec<(usize, usize)> = Vec::new(); // token index ranges [a, b)
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            let k = key(t);
            if (covered[i].is_some() && !soft[i]) || !(is_name_tok(t, k) || (soft[i] && t.cap)) {
                i += 1;
                continue;
            }
            let a = i;
            let mut b = i + 1;
            loop {
                if b >= toks.len() {
                    break;
                }
                let n = &toks[b];
                if n.sep == Sep::Sentence
                    || n.sep == Sep::Punct
                    || (covered[b].is_some() && !soft[b])
                {
                    break;
                }
                let nk = key(n);
                if (soft[b] && n.cap)
                    || is_name_tok(n, nk)
                    || (is_roman(&text[n.start..n.end]) && n.all_caps)
                {
                    b += 1;
                    continue;
                }
                // A connector (or two: "de la") followed by a capitalised word.
                let mut c = b;
                while c < toks.len()
                    && c < b + 2
                    && !toks[c].cap
                    && cues.connectors.contains(key(&toks[c]))
                    && toks[c].sep != Sep::Sentence
                {
                    c += 1;
                }
                if c > b
                    && self.first_names.contains(key(&toks[a]))
                    && (b..c).any(|x| cues.person_breaks.contains(key(&toks[x])))
                {
                    break;
                }
                if c > b
                    && c < toks.len()
                    && (covered[c].is_none() || (soft[c] && !soft[b - 1]))
                    && toks[c].sep != Sep::Sentence
                    && toks[c].sep != Sep::Punct
                    && is_name_tok(&toks[c], key(&toks[c]))
                {
                    b = c + 1;
                    continue;
                }
                break;
            }
            // French-style names: a capitalised head word ("Ligue", "Guerre") followed by
            // lower-case adjectives ("nationale", "mondiale").
            if (a..b).any(|x| {
                let k = key(&toks[x]);
                cues.org_words.contains(k)
                    || cues.misc_words.contains(k)
                    || cues.loc_words.contains(k)
            }) {
                while b < toks.len()
                    && b < a + 8
                    && toks[b].sep == Sep::Space
                    && !toks[b].cap
                    && covered[b].is_none()
                {
                    let k = key(&toks[b]);
                    if cues
                        .adj_suffixes
                        .iter()
                        .any(|suf| k.len() > suf.len() + 2 && k.ends_with(suf.as_str()))
                    {
                        b += 1;
                    } else {
                        break;
                    }
                }
            }
            // Names are short; a long run of capitals is a heading or a list.
            if b - a <= MAX_NAME_TOKENS {
                // "député des Bouches-du-Rhône Patrick Mennucci": a given name inside a run of
                // capitals starts a new name.
                let mut start = a;
                for x in a + 1..b {
                    if self.first_names.contains(key(&toks[x]))
                        && !cues.connectors.contains(key(&toks[x - 1]))
                        && !self.first_names.contains(key(&toks[x - 1]))
                        && toks[x - 1].cap
                    {
                        seqs.push((start, x));
                        start = x;
                    }
                }
                seqs.push((start, b));
            }
            i = b;
        }

        // Acronyms defined in parentheses right after an entity: "État islamique (EI)".
        let mut acronyms: HashMap<String, (EntityLabel, Option<u32>)> = HashMap::default();
        let mut unknown: Vec<(usize, usize, Option<EntityLabel>, Option<u32>)> = Vec::new();
        let mut dropped: Vec<usize> = Vec::new();
        // Two words joined by a space, for the cues of two words (one buffer for all).
        let mut pair = String::new();
        let mut next2 = String::new();
        for (a, b) in seqs {
            let mut a = a;
            let mut hint_per = false;
            // Leading titles and stop words are not part of the name.
            while a < b {
                let k = key(&toks[a]);
                if cues.titles.contains(k.trim_end_matches('.')) {
                    hint_per = true;
                    a += 1;
                } else if cues.stop.contains(k)
                    || (toks[a].sentence_start && lower_words.contains(k) && !mid_caps.contains(k))
                    || (cues.elisions.contains(k)
                        && toks.get(a + 1).is_some_and(|n| n.sep == Sep::Apostrophe))
                {
                    a += 1;
                } else {
                    break;
                }
            }
            let mut b = b;
            while b > a && (cues.connectors.contains(key(&toks[b - 1])) && !toks[b - 1].cap) {
                b -= 1;
            }
            while b > a
                && (cues.stop.contains(key(&toks[b - 1])) && b - a > 1 && !toks[b - 1].all_caps)
            {
                b -= 1;
            }
            if a >= b {
                continue;
            }
            // Only dictionary words left: the dictionary's entity stands.
            if (a..b).all(|x| covered[x].is_some() && !group_word[x]) {
                let first_m = covered[a];
                if (a..b).all(|x| covered[x] == first_m) {
                    continue;
                }
            }
            // A longer name around dictionary places: it replaces them.
            let mut inner_label = None;
            for mi in covered[a..b].iter().flatten() {
                if let Some(ei) = match_entity[*mi] {
                    inner_label = inner_label.or(Some(out[ei].label));
                    dropped.push(ei);
                }
            }
            let first = &toks[a];
            let single = b - a == 1;
            let surface = &text[first.start..toks[b - 1].end];
            let fk = key(first);
            if single
                && first.sentence_start
                && !first.all_caps
                && !mid_caps.contains(fk)
                && !self.first_names.contains(fk)
            {
                // A lone capitalised word at the start of a sentence: only when the text shows
                // it capitalised elsewhere, or a title stands before it.
                if !hint_per {
                    continue;
                }
            }
            if single && surface.chars().count() < 2 {
                continue;
            }
            if single && cues.connectors.contains(fk) && !first.all_caps {
                continue;
            }
            // A place word alone ("État", "North") is not a name.
            if single && cues.loc_words.contains(fk) && !first.all_caps {
                continue;
            }
            // Label from cues.
            let words: Vec<&str> = (a..b).map(|x| key(&toks[x])).collect();
            let prev = if a > 0 { Some(&toks[a - 1]) } else { None };
            let prev_key = prev.map(key).unwrap_or("");
            let prev2_key = if a > 1 { key(&toks[a - 2]) } else { "" };
            let next_key = toks.get(b).map(key).unwrap_or("");
            next2.clear();
            if let Some(n) = toks.get(b + 1) {
                next2.push_str(next_key);
                next2.push(' ');
                next2.push_str(key(n));
            }
            let role_before = prev
                .and_then(|p| covered[a - 1].filter(|_| p.sep != Sep::Sentence))
                .and_then(|mi| {
                    let m: &ActorMatch = &matches[mi];
                    (m.kind == MentionKind::Role
                        || dict.record(m.record).is_some_and(|r| r.label.is_none()))
                    .then_some(m.record)
                });
            let title_before = prev.is_some() && first.sep != Sep::Sentence && {
                let p = prev_key.trim_end_matches('.');
                cues.titles.contains(p)
                    || (cues.connectors.contains(p)
                        && !cues.person_breaks.contains(p)
                        && a > 1
                        && cues.titles.contains(prev2_key.trim_end_matches('.')))
            };
            if single && is_roman(surface) {
                continue;
            }
            if single && cues.groups.contains(fk) {
                if let Some(l) = cues.demonym_label {
                    unknown.push((first.start, toks[b - 1].end, Some(l), None));
                }
                continue;
            }
            let mut label = None;
            if hint_per || title_before || role_before.is_some() {
                label = Some(EntityLabel::Person);
            } else if words.iter().any(|w| cues.org_words.contains(*w)) {
                label = Some(EntityLabel::Organisation);
            } else if words.iter().any(|w| cues.loc_words.contains(*w)) {
                label = Some(EntityLabel::Location);
            } else if words.iter().any(|w| cues.misc_words.contains(*w)) {
                label = Some(EntityLabel::Misc);
            } else if single
                && first.all_caps
                && surface.chars().filter(|c| c.is_alphabetic()).count() >= 2
            {
                label = Some(EntityLabel::Organisation);
            } else if self.first_names.contains(fk) && !single {
                label = Some(EntityLabel::Person);
            } else if (a + 1..b).any(|x| {
                soft[x]
                    && toks[x].cap
                    && !soft[x - 1]
                    && cues.connectors.contains(key(&toks[x - 1]))
            }) {
                // "Rangers de New York", "Bank of England": a name, a connector, a place.
                label = Some(EntityLabel::Organisation);
            } else if prev.is_some_and(|p| p.sep != Sep::Sentence)
                && (cues.loc_before.contains(prev_key) || {
                    pair.clear();
                    pair.push_str(prev2_key);
                    pair.push(' ');
                    pair.push_str(prev_key);
                    cues.loc_before.contains(pair.as_str())
                })
            {
                label = Some(EntityLabel::Location);
            } else if cues.per_before.contains(prev_key)
                || cues.per_after.contains(next_key)
                || cues.per_after.contains(next2.as_str())
            {
                label = Some(EntityLabel::Person);
            }
            if label.is_none() && inner_label == Some(EntityLabel::Location) {
                label = inner_label;
            }
            let actor = role_before.and_then(known);
            unknown.push((first.start, toks[b - 1].end, label, actor));
        }

        if !dropped.is_empty() {
            let mut keep = vec![true; out.len()];
            for &ei in &dropped {
                if let Some(k) = keep.get_mut(ei) {
                    *k = false;
                }
            }
            let mut i = 0;
            out.retain(|_| {
                i += 1;
                keep[i - 1]
            });
        }

        // Acronym definitions: "(XYZ)" right after an entity.
        let entity_at_end: HashMap<usize, usize> =
            out.iter().enumerate().map(|(i, e)| (e.end, i)).collect();
        let unknown_at_end: HashMap<usize, usize> =
            unknown.iter().enumerate().map(|(i, u)| (u.1, i)).collect();
        for (i, u) in unknown.iter().enumerate() {
            let s = &text[u.0..u.1];
            if !s.chars().all(|c| c.is_uppercase() || c == '.' || c == '-') {
                continue;
            }
            // Look back a few bytes only: "Name (ACR" with at most some blanks around "(".
            let mut from = u.0.saturating_sub(8);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let window = text[from..u.0].trim_end();
            let Some(window) = window.strip_suffix('(') else {
                continue;
            };
            let end = from + window.trim_end().len();
            let def = entity_at_end
                .get(&end)
                .map(|&k| (out[k].label, out[k].actor))
                .or_else(|| {
                    unknown_at_end
                        .get(&end)
                        .filter(|&&k| k != i)
                        .and_then(|&k| unknown[k].2.map(|l| (l, unknown[k].3)))
                });
            if let Some(d) = def {
                acronyms.insert(s.to_string(), d);
            }
        }

        // Document-level coreference: names seen in full lend their label to their parts.
        let mut full_names: HashMap<String, (EntityLabel, Option<u32>)> = HashMap::default();
        for e in &out {
            if e.label == EntityLabel::Person {
                let s = &text[e.start..e.end];
                for part in name_parts(s) {
                    full_names
                        .entry(fold_key(part))
                        .or_insert((EntityLabel::Person, e.actor));
                }
            }
        }
        for u in &unknown {
            let s = &text[u.0..u.1];
            let default = (s.split_whitespace().count() >= 2).then_some(EntityLabel::Person);
            if let Some(l) = u.2.or(default) {
                full_names.entry(fold_key(s)).or_insert((l, u.3));
                if l == EntityLabel::Person {
                    for part in name_parts(s) {
                        full_names.entry(fold_key(part)).or_insert((l, u.3));
                    }
                }
            }
        }
        for u in &unknown {
            let s = &text[u.0..u.1];
            let (label, actor) = if let Some((l, a)) = acronyms.get(s) {
                (*l, *a)
            } else if let Some(l) = u.2 {
                (l, u.3)
            } else if let Some((l, a)) = full_names.get(&fold_key(s)) {
                (*l, *a)
            } else if s.split_whitespace().count() >= 2 {
                (EntityLabel::Person, None)
            } else {
                match cues.single_label {
                    Some(l) => (l, None),
                    None => continue,
                }
            };
            out.push(Candidate {
                start: u.0,
                end: u.1,
                label,
                actor,
            });
        }

        // A person named right after an organisation or a role ("le directeur de l'OSDH, Rami
        // Abdel Rahmane", "le président américain X") takes it as affiliation.
        out.sort_by_key(|e| (e.start, e.end));
        let mut prev_actor: Option<(usize, u32)> = None;
        let mut role_iter = matches
            .iter()
            .filter(|m| m.kind == MentionKind::Role)
            .peekable();
        for e in out.iter_mut() {
            while let Some(m) = role_iter.peek() {
                if m.end <= e.start {
                    if let Some(a) = known(m.record) {
                        prev_actor = Some((m.end, a));
                    }
                    role_iter.next();
                } else {
                    break;
                }
            }
            if e.label == EntityLabel::Person && e.actor.is_none() {
                if let Some((end, a)) = &prev_actor {
                    let between = text.get(*end..e.start).unwrap_or("x");
                    if between.len() <= 3
                        && between
                            .chars()
                            .all(|c| c.is_whitespace() || matches!(c, ',' | ')' | '('))
                    {
                        e.actor = Some(*a);
                    }
                }
            }
            if e.label == EntityLabel::Organisation {
                if let Some(a) = e.actor {
                    prev_actor = Some((e.end, a));
                }
            }
        }
        out.dedup_by(|b, a| b.start < a.end);
        out.into_iter()
            .map(|e| FoundEntity {
                start: e.start,
                end: e.end,
                label: e.label,
                actor: e.actor.and_then(|r| dict.actor_ref(r, date)),
            })
            .collect()
    }
}

/// The parts of a person's name that may stand for it later: every tail that starts with a
/// capital ("Abdel Rahmane", "Rahmane" for "Rami Abdel Rahmane").
fn name_parts(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for w in s.split_whitespace().skip(1) {
        let start = w.as_ptr() as usize - s.as_ptr() as usize;
        if let Some(p) = s.get(start..) {
            if p.chars().next().is_some_and(char::is_uppercase) {
                out.push(p);
            }
        }
    }
    out
}

/// The tokenizer as first written, over a buffer of chars: the byte walk must agree.
#[cfg(test)]
mod reference {
    use super::*;

    thread_local! {
        /// Scratch space for [`tokenize`]'s characters, kept per thread: a fresh buffer of 16 bytes
        /// per character for every document cost more than the walk over it.
        static CHAR_SCRATCH: std::cell::RefCell<Vec<(usize, char)>> = const { std::cell::RefCell::new(Vec::new()) };
    }

    /// Larger scratch buffers (in characters) are given back after use rather than kept.
    const CHAR_SCRATCH_KEEP: usize = 1 << 20;

    pub(super) fn tokenize(text: &str, folded: &Folded, sentence_starts: &[usize]) -> Vec<Tok> {
        let mut chars = CHAR_SCRATCH.try_with(|c| c.try_borrow_mut().map(|mut v| std::mem::take(&mut *v)).ok()).ok().flatten().unwrap_or_default();
        chars.clear();
        chars.extend(text.char_indices());
        let toks = tokenize_chars(text, &chars, folded, sentence_starts);
        if chars.capacity() <= CHAR_SCRATCH_KEEP {
            let _ = CHAR_SCRATCH.try_with(|c| {
                if let Ok(mut v) = c.try_borrow_mut() {
                    *v = chars;
                }
            });
        }
        toks
    }

    fn tokenize_chars(text: &str, chars: &[(usize, char)], folded: &Folded, sentence_starts: &[usize]) -> Vec<Tok> {
        // About one token in six bytes of news text: one allocation each.
        let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 6 + 1);
        let mut fi = 0usize; // cursor in folded
        // Cursor in `sentence_starts` (sorted), for tokens met in text order.
        let mut si = 0usize;
        let mut i = 0;
        let mut prev_end = 0usize;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if !c.is_alphanumeric() {
                i += 1;
                continue;
            }
            let start = pos;
            let mut j = i;
            loop {
                while j < chars.len() && chars[j].1.is_alphanumeric() {
                    j += 1;
                }
                // Joiners inside a word: hyphen between letters, period in "U.S.", "&" in "B&Q".
                if j + 1 < chars.len()
                    && matches!(chars[j].1, '-' | '\u{2011}' | '&')
                    && chars[j + 1].1.is_alphanumeric()
                {
                    j += 1;
                    continue;
                }
                if j + 1 < chars.len()
                    && chars[j].1 == '.'
                    && chars[j + 1].1.is_alphabetic()
                    && j >= 1
                    && {
                        // only single-letter segments: "U.S"
                        let seg_start = (i..j)
                            .rev()
                            .find(|&k| !chars[k].1.is_alphanumeric())
                            .map(|k| k + 1)
                            .unwrap_or(i);
                        j - seg_start == 1
                            && (j + 2 >= chars.len() || !chars[j + 2].1.is_alphanumeric())
                    }
                {
                    j += 1;
                    continue;
                }
                break;
            }
            let end = if j < chars.len() {
                chars[j].0
            } else {
                text.len()
            };
            // Keep the period of a one-letter abbreviation or an acronym with periods ("M.", "U.S.").
            let mut end = end;
            if j < chars.len() && chars[j].1 == '.' {
                let word = &text[start..end];
                if word.chars().count() == 1 || word.contains('.') {
                    end += 1;
                }
            }
            let word = &text[start..end];
            let gap = &text[prev_end..start];
            let (sep, opens_quote) = gap_sep(gap, toks.is_empty());
            while si < sentence_starts.len() && sentence_starts[si] < start {
                si += 1;
            }
            let sentence_start = sep == Sep::Sentence || opens_quote || sentence_starts.get(si) == Some(&start);
            let first = word.chars().next().unwrap_or(' ');
            let has_alpha = word.chars().any(char::is_alphabetic);
            // "al-Adnani", "el-Sisi": a short lower-case particle joined to a capitalised name.
            let particle_name = first.is_lowercase()
                && word.split_once('-').is_some_and(|(p, rest)| {
                    p.chars().count() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
                });
            let cap = first.is_uppercase() || particle_name;
            // At least one capital: letters of scripts without case (Arabic, Hebrew, CJK) are
            // neither capitals nor lower case, and no cue of a name.
            let all_caps = word.chars().any(char::is_uppercase) && !word.chars().any(char::is_lowercase);
            let (fe, key_start, key_end) = super::folded_key(folded, fi, start, end);
            fi = fe;
            toks.push(Tok {
                start,
                end,
                sep,
                cap,
                all_caps,
                has_alpha,
                sentence_start,
                key_start,
                key_end,
            });
            prev_end = end;
            i = j;
            while i < chars.len() && chars[i].0 < end {
                i += 1;
            }
        }
        toks
    }

    fn fields(t: &Tok) -> (usize, usize, Sep, bool, bool, bool, bool, usize, usize) {
        (t.start, t.end, t.sep, t.cap, t.all_caps, t.has_alpha, t.sentence_start, t.key_start, t.key_end)
    }

    #[test]
    fn the_byte_walk_tokenizes_as_the_char_walk() {
        let texts = [
            "M. Macron et l’U.S. Army (USA) à Deir ez-Zor, B&Q. Le P.D.G. a dit: «Non»!\n\nal-Adnani",
            "Şanlıurfa — ١٢ مايو: Kyiv (Київ) 5th–6th\r\n\u{a0}x.y. ǅ ß İ U.S.A. a.b",
            "",
            "A. . .. -a a- a-b ‑x &&& é.É.",
            "Name (ACR) z.Z.z 中国. 中.国 x\u{2011}y",
        ];
        for t in texts {
            let f = crate::fold::fold(t);
            let starts: Vec<usize> = t.char_indices().filter(|(_, c)| c.is_uppercase()).map(|(i, _)| i).collect();
            let got: Vec<_> = super::tokenize(t, &f, &starts).iter().map(fields).collect();
            let want: Vec<_> = tokenize(t, &f, &starts).iter().map(fields).collect();
            assert_eq!(got, want, "{t:?}");
        }
    }

    /// The one-pass tests of ASCII gaps and words agree with the general ones on every string
    /// of up to four bytes over the bytes they look at (and a few others).
    #[test]
    fn ascii_gaps_and_words_are_read_as_the_general_tests_read_them() {
        let alphabet: &[u8] = b" \n\r\t\x0b\x1c.!?:;'`\"([,-aZ0_";
        let mut strings: Vec<Vec<u8>> = vec![Vec::new()];
        let mut last: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..4 {
            last = last.iter().flat_map(|s| alphabet.iter().map(move |&b| [s.as_slice(), &[b]].concat())).collect();
            strings.extend(last.iter().cloned());
        }
        for s in &strings {
            let text = std::str::from_utf8(s).unwrap();
            for first in [false, true] {
                assert_eq!(super::gap_sep_ascii(s, first), super::gap_sep(text, first), "{text:?}");
            }
            let first = text.chars().next().unwrap_or(' ');
            let particle = first.is_lowercase()
                && text.split_once('-').is_some_and(|(p, rest)| p.chars().count() <= 3 && rest.chars().next().is_some_and(char::is_uppercase));
            let want = (
                first.is_uppercase() || particle,
                text.chars().any(char::is_uppercase) && !text.chars().any(char::is_lowercase),
                text.chars().any(char::is_alphabetic),
            );
            assert_eq!(super::ascii_word_flags(s), Some(want), "{text:?}");
        }
        assert_eq!(super::ascii_word_flags("é".as_bytes()), None);
    }
}
