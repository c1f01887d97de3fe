//! Metadata read from the text itself: publication date lines, datelines, agency credits,
//! title and lead.

use crate::dates::{find_dates, find_time, pieces, FoundDate, Mk, Mt};
use crate::lexicon::{Agencies, AgencyScope, CueKind, DateWords};
use std::collections::HashMap;
use vigie_core::{Agency, Dateline, Document, Layer, Origin, Published, Span, Stage, Title};
use vigie_resources::{Resources, ResourceError};
use vigie_core::chars::ALNUM;

/// How many non-empty lines at each end of the text are searched for date lines.
const DATE_LINES: usize = 8;
/// Longer lines are body text, not date lines.
const MAX_DATE_LINE: usize = 200;
/// How many non-empty lines at the start are read for datelines and header paragraphs.
const HEAD_LINES: usize = 24;
/// How many non-empty lines at the start may hold a dateline.
const DATELINE_LINES: usize = 6;
/// A credit line is at most this long.
const MAX_CREDIT_LINE: usize = 80;
/// A title is at most this many bytes and words.
const MAX_TITLE_BYTES: usize = 250;
const MAX_TITLE_WORDS: usize = 30;

/// Reads the publication date, the agencies credited, the dateline, the title and the lead
/// from the text (French and English vocabularies from `resources/lang/<code>/`, agencies from
/// `resources/agencies.tsv`). What the caller gave is kept.
#[derive(Debug)]
pub struct MetadataStage {
    by_lang: HashMap<String, DateWords>,
    union: DateWords,
    agencies: Agencies,
}

/// Publication date candidates, best rank first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    First = 0,
    Published = 1,
    Bare = 2,
    Dateline = 3,
    Updated = 4,
}

#[derive(Debug, Clone)]
struct Candidate {
    rank: Rank,
    date: FoundDate,
    time: Option<String>,
    /// The line (or dateline) it was read from, in document offsets.
    span: Span,
}

struct FoundDateline {
    place: Span,
    span: Span,
    date: Option<FoundDate>,
}

impl MetadataStage {
    pub fn new(resources: &Resources) -> Result<Self, ResourceError> {
        let codes = resources.languages();
        let mut own = Vec::new();
        for code in &codes {
            own.push(DateWords::load(resources, code)?);
        }
        let mut union = DateWords::default();
        for w in &own {
            union.merge(w);
        }
        let mut by_lang = HashMap::new();
        for (code, w) in codes.iter().zip(&own) {
            let mut mine = w.clone();
            mine.merge(&union);
            by_lang.insert(code.clone(), mine);
        }
        Ok(MetadataStage { by_lang, union, agencies: Agencies::load(resources)? })
    }
}

impl Stage for MetadataStage {
    fn name(&self) -> &'static str {
        "metadata"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Metadata]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Metadata]
    }
    fn run(&self, doc: &mut Document) {
        let words = doc.meta.lang.as_ref().and_then(|l| crate::by_lang(&self.by_lang, &l.code)).unwrap_or(&self.union);
        let text = doc.text.as_str();
        let lines = head_and_tail_lines(text, HEAD_LINES, DATE_LINES);

        // dateline
        let dateline = lines.iter().take(DATELINE_LINES).find_map(|&l| self.find_dateline(text, l, words));

        // publication date
        let head = lines.iter().take(DATE_LINES);
        let tail = lines.iter().rev().take(DATE_LINES).rev().filter(|l| lines.iter().take(DATE_LINES).all(|h| h != *l));
        let mut cands: Vec<Candidate> = Vec::new();
        for l in head.chain(tail) {
            if l.len() <= MAX_DATE_LINE {
                line_candidates(text, *l, words, &mut cands);
            }
        }
        let date_line_spans: Vec<Span> = cands.iter().map(|c| c.span).collect();
        if let Some(dl) = &dateline {
            if let Some(d) = dl.date {
                cands.push(Candidate { rank: Rank::Dateline, date: d, time: None, span: dl.span });
            }
        }
        if doc.meta.published.is_none() {
            doc.meta.published = best_published(&cands);
        }

        // agencies
        if doc.meta.agencies.is_empty() {
            doc.meta.agencies = self.find_agencies(text, words);
        }
        if doc.meta.dateline.is_none() {
            doc.meta.dateline = dateline.as_ref().map(|d| Dateline { place: d.place, span: d.span });
        }

        // title and lead
        let paras = paragraphs(text, 8);
        let caller_title = doc.meta.title.as_ref().map(|t| t.text.trim().to_string());
        // a header paragraph: short lines without final punctuation holding a date line or a
        // credit line ("Le Monde avec AFP\nPublié le 12 novembre 2017 à 10h36")
        let skip = |p: &Span| {
            let s = &text[p.start..p.end];
            if ends_sentence(s) || s.len() > 400 {
                return false;
            }
            let in_p: Vec<Span> = lines.iter().copied().filter(|l| p.contains(*l)).collect();
            if in_p.iter().any(|l| l.len() > 120) {
                return false;
            }
            date_line_spans.iter().any(|d| p.contains(*d)) || in_p.iter().any(|l| self.is_credit_line(text, *l, words))
        };
        let body: Vec<Span> = paras.iter().copied().skip_while(|p| skip(p)).collect();
        let (title, lead) = title_and_lead(text, &body, caller_title.as_deref(), dateline.as_ref().map(|d| d.span), &skip);
        if doc.meta.title.is_none() {
            if let Some(t) = title {
                doc.meta.title = Some(Title { text: text[t.start..t.end].to_string(), origin: Origin::Text, span: Some(t) });
            }
        }
        if doc.meta.lead.is_none() {
            doc.meta.lead = lead;
        }
    }
}

/// The first `head` and the last `tail` non-empty lines (each once, in order), trimmed, in
/// document offsets, without walking the middle of a long text.
fn head_and_tail_lines(text: &str, head: usize, tail: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut head_end = 0;
    for piece in text.split_inclusive('\n') {
        if out.len() >= head {
            break;
        }
        push_trimmed(&mut out, start, piece);
        start += piece.len();
        head_end = start;
    }
    let mut tail_lines = Vec::new();
    let mut end = text.len();
    while tail_lines.len() < tail && end > head_end {
        let line_start = text[head_end..end].rfind('\n').map_or(head_end, |p| head_end + p + 1);
        push_trimmed(&mut tail_lines, line_start, &text[line_start..end]);
        end = line_start.saturating_sub(1).max(head_end);
        if line_start == head_end {
            break;
        }
    }
    tail_lines.reverse();
    out.extend(tail_lines);
    out
}

fn push_trimmed(out: &mut Vec<Span>, start: usize, piece: &str) {
    let s = start + (piece.len() - piece.trim_start().len());
    let e = start + piece.trim_end().len();
    if e > s {
        out.push(Span { start: s, end: e });
    }
}

/// Non-empty lines, trimmed, in document offsets.
#[cfg(test)]
fn line_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let end = start + piece.len();
        let trimmed_start = start + (piece.len() - piece.trim_start().len());
        let trimmed_end = start + piece.trim_end().len();
        if trimmed_end > trimmed_start {
            out.push(Span { start: trimmed_start, end: trimmed_end });
        }
        start = end;
    }
    out
}

/// Paragraphs (separated by blank lines), trimmed, at most `max`.
fn paragraphs(text: &str, max: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut cur: Option<Span> = None;
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let end = start + piece.len();
        if piece.trim().is_empty() {
            if let Some(p) = cur.take() {
                out.push(p);
                if out.len() >= max {
                    return out;
                }
            }
        } else {
            let s = start + (piece.len() - piece.trim_start().len());
            let e = start + piece.trim_end().len();
            cur = Some(match cur {
                Some(p) => Span { start: p.start, end: e },
                None => Span { start: s, end: e },
            });
        }
        start = end;
    }
    if let Some(p) = cur {
        out.push(p);
    }
    out
}

/// Cue phrases of a line, case-insensitively, as whole words: (start, end, kind) in line offsets.
fn find_cues(line: &str, words: &DateWords) -> Vec<(usize, usize, CueKind)> {
    let mut lowered = String::with_capacity(line.len());
    let mut map: Vec<usize> = Vec::with_capacity(line.len() + 1);
    for (i, c) in line.char_indices() {
        for lc in c.to_lowercase() {
            let before = lowered.len();
            lowered.push(lc);
            for _ in before..lowered.len() {
                map.push(i);
            }
        }
    }
    map.push(line.len());
    let orig_end = |le: usize| -> usize {
        // the original offset just after the lowered byte le-1
        if le >= lowered.len() {
            return line.len();
        }
        map[le]
    };
    let mut out: Vec<(usize, usize, CueKind)> = Vec::new();
    for (cue, kind) in &words.cues {
        let mut from = 0;
        while let Some(pos) = lowered.get(from..).and_then(|s| s.find(&**cue)) {
            let s = from + pos;
            let e = s + cue.len();
            from = s + cue.len().max(1);
            let before_ok = lowered[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after_ok = lowered[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if !(before_ok && after_ok) {
                continue;
            }
            let (os, oe) = (map[s], orig_end(e));
            if out.iter().any(|&(a, b, _)| os < b && a < oe) {
                continue;
            }
            out.push((os, oe, *kind));
        }
    }
    out.sort();
    out
}

fn line_candidates(text: &str, l: Span, words: &DateWords, out: &mut Vec<Candidate>) {
    let line = &text[l.start..l.end];
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    let ps = pieces(line);
    let dates = find_dates(line, &ps, words);
    if dates.is_empty() {
        return;
    }
    // a sentence is not a date line ("Le rapport publié le 3 mai 2019 par l'ONU montre ...")
    if line.len() > 60 && line.trim_end_matches(['"', '»', '”', ')']).ends_with(['.', '!', '?']) {
        return;
    }
    let cues = find_cues(line, words);
    for (di, d) in dates.iter().enumerate() {
        // the cue stands near the start of the line and just before its date
        let cue = cues.iter().rev().find(|c| c.1 <= d.start).filter(|c| c.0 <= 60 && d.start - c.1 <= 40);
        if cue.is_none() && cues.iter().any(|c| c.1 <= d.start) {
            continue;
        }
        let rank = match cue {
            Some((_, _, CueKind::First)) => Rank::First,
            Some((_, _, CueKind::Published)) => Rank::Published,
            Some((_, _, CueKind::Updated)) => Rank::Updated,
            Some((_, _, CueKind::Filler)) => continue,
            None if cues.is_empty() && dates.len() == 1 && d.year.is_some() && is_bare(line, &ps, d, words) => Rank::Bare,
            None if !cues.is_empty() && di == 0 && d.start <= 12 => {
                // "Updated 10:42 GMT, Monday, 4 May 2020" has its cue before; a date before any
                // cue ("3 May 2020, updated 4 May") is the publication
                Rank::Published
            }
            None => continue,
        };
        // the time belongs to the stretch between this date's cue and the next cue
        let lo = cue.map_or(0, |c| c.1);
        let hi = cues.iter().find(|c| c.0 >= d.end).map_or(line.len(), |c| c.0);
        let first_piece = ps.iter().position(|p| p.start >= lo).unwrap_or(ps.len());
        let mut time = None;
        let mut k = first_piece;
        while let Some((t, at, next)) = find_time(line, &ps, k) {
            let p = &ps[at];
            if p.start >= hi {
                break;
            }
            if !dates.iter().any(|x| p.start >= x.start && p.start < x.end) {
                time = Some(t);
                break;
            }
            k = next.max(at + 1);
        }
        out.push(Candidate { rank, date: *d, time, span: l });
    }
}

/// Whether a line holds only its date, a time, weekday names and filler words.
fn is_bare(line: &str, ps: &[Mt], d: &FoundDate, words: &DateWords) -> bool {
    for p in ps {
        if p.start >= d.start && p.end <= d.end {
            continue;
        }
        let s = &line[p.start..p.end];
        match p.kind {
            Mk::Punct(_) => {}
            Mk::Num => {
                if s.len() > 2 {
                    return false;
                }
            }
            Mk::Word => {
                let lower = s.to_lowercase();
                let tz = s.len() <= 4 && s.chars().all(|c| c.is_ascii_uppercase());
                if !(tz || words.weekdays.contains(lower.as_str()) || words.fillers.contains(lower.as_str()) || lower == "h") {
                    return false;
                }
            }
        }
    }
    true
}

fn best_published(cands: &[Candidate]) -> Option<Published> {
    let with_year: Vec<&Candidate> = cands.iter().filter(|c| c.date.year.is_some()).collect();
    let mut best: Option<(Rank, usize, jiff::civil::Date, &Candidate)> = None;
    for (i, c) in cands.iter().enumerate() {
        let year = match c.date.year {
            Some(y) => y,
            None => {
                // the year of another date line
                let Some(r) = with_year.iter().min_by_key(|r| r.rank) else { continue };
                let ry = r.date.year.unwrap_or(0);
                if c.date.month > r.date.month {
                    ry - 1
                } else {
                    ry
                }
            }
        };
        let Ok(date) = jiff::civil::Date::new(year, c.date.month, c.date.day) else { continue };
        if best.as_ref().is_none_or(|b| (c.rank, i) < (b.0, b.1)) {
            best = Some((c.rank, i, date, c));
        }
    }
    best.map(|(_, _, date, c)| Published { date, time: c.time.clone(), origin: Origin::Text, span: Some(c.span) })
}

fn prev_char(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―')
}


impl MetadataStage {
    fn find_agencies(&self, text: &str, words: &DateWords) -> Vec<Agency> {
        let mut out: Vec<Agency> = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Inside a word (an ASCII letter or digit before): no alias begins here, none is tried.
            if i > 0 && ALNUM[bytes[i - 1] as usize] {
                i += 1;
                continue;
            }
            if let Some((alias, end)) = self.agencies.match_at(text, i) {
                if prev_char(text, i).is_none_or(|c| !c.is_alphanumeric()) {
                    let counts = alias.scope == AgencyScope::Any || self.credit_position(text, i, end, words);
                    if counts && !out.iter().any(|a| *a.name == *alias.canonical) {
                        out.push(Agency { name: alias.canonical.to_string(), span: Span { start: i, end } });
                    }
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    /// "(AP)", "(AFP/AP)", "AFP/AP", "— AP" at the end of a line, or a short credit line.
    fn credit_position(&self, text: &str, start: usize, end: usize, words: &DateWords) -> bool {
        let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
        let line_end = end + text[end..].find('\n').unwrap_or(text.len() - end);
        let left = &text[line_start..start];
        let right = &text[end..line_end];
        // inside parentheses that hold only agency names
        if let (Some(o), Some(c)) = (left.rfind('('), right.find(')')) {
            if !left[o..].contains(')') && !right[..c].contains('(') {
                let inner = Span { start: line_start + o + 1, end: end + c };
                if self.is_agency_list(text, inner, words) {
                    return true;
                }
            }
        }
        // a slash list: "AFP/AP"
        let run_start = left.char_indices().rev().find(|&(_, c)| c.is_whitespace()).map_or(line_start, |(p, c)| line_start + p + c.len_utf8());
        let run_end = right.char_indices().find(|&(_, c)| c.is_whitespace()).map_or(line_end, |(p, _)| end + p);
        if text[run_start..run_end].contains('/') && self.is_agency_list(text, Span { start: run_start, end: run_end }, words) {
            return true;
        }
        // after a dash at the end of a line: "— AP"
        let prev = left.trim_end().chars().next_back();
        if prev.is_some_and(is_dash) && right.chars().all(|c| c.is_whitespace() || c == '.') {
            return true;
        }
        self.is_credit_line(text, Span { start: line_start, end: line_end }, words)
    }

    /// A short line made only of agency names, credit words and punctuation.
    fn is_credit_line(&self, text: &str, line: Span, words: &DateWords) -> bool {
        let s = text[line.start..line.end].trim();
        if s.is_empty() || s.len() > MAX_CREDIT_LINE || s.contains('\n') {
            return false;
        }
        let base = line.start + (text[line.start..line.end].len() - text[line.start..line.end].trim_start().len());
        let mut i = 0;
        let mut agencies = 0;
        while i < s.len() {
            let Some(c) = s[i..].chars().next() else { break };
            if !c.is_alphanumeric() {
                i += c.len_utf8();
                continue;
            }
            if let Some((_, e)) = self.agencies.match_at(text, base + i).filter(|m| m.1 - base <= s.len()) {
                agencies += 1;
                i = e - base;
                continue;
            }
            let w_end = s[i..].find(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’')).map_or(s.len(), |k| i + k);
            let w = s[i..w_end].to_lowercase().replace('’', "'");
            if !words.credit_words.contains(w.as_str()) {
                return false;
            }
            i = w_end;
        }
        agencies > 0
    }

    /// A list of agency names in parentheses: "AFP", "AFP/Reuters", "Reuters, AP".
    fn is_agency_list(&self, text: &str, span: Span, words: &DateWords) -> bool {
        let s = &text[span.start..span.end];
        if s.trim().is_empty() {
            return false;
        }
        let mut i = 0;
        let mut n = 0;
        while i < s.len() {
            let Some(c) = s[i..].chars().next() else { break };
            if !c.is_alphanumeric() {
                i += c.len_utf8();
                continue;
            }
            if let Some((_, e)) = self.agencies.match_at(text, span.start + i).filter(|m| m.1 <= span.end) {
                n += 1;
                i = e - span.start;
                continue;
            }
            let w_end = s[i..].find(|ch: char| !ch.is_alphanumeric()).map_or(s.len(), |k| i + k);
            if w_end == i || !words.credit_words.contains(s[i..w_end].to_lowercase().as_str()) {
                return false;
            }
            i = w_end;
        }
        n > 0
    }

    /// "BEIRUT (Reuters) -", "DAMAS, 12 nov (AFP) -", "KABUL, Afghanistan (AP) —", "WASHINGTON —".
    fn find_dateline(&self, text: &str, l: Span, words: &DateWords) -> Option<FoundDateline> {
        let line = &text[l.start..l.end];
        if !line.chars().next()?.is_uppercase() {
            return None;
        }
        let mut head_end = line.len().min(120);
        while !line.is_char_boundary(head_end) {
            head_end -= 1;
        }
        let head = &line[..head_end];
        // with agencies in parentheses
        if let Some(open) = head.find('(') {
            if let Some(close_rel) = head[open..].find(')') {
                let close = open + close_rel;
                let inner = Span { start: l.start + open + 1, end: l.start + close };
                let after = line[close + 1..].trim_start();
                let dash = after.chars().next().filter(|&c| is_dash(c) || c == ':' || c == '_');
                if let Some(dc) = dash {
                    if self.is_agency_list(text, inner, words) {
                        if let Some((place, date)) = parse_prefix(&line[..open], false, words) {
                            let dash_at = line.len() - after.len();
                            let dashes = after.chars().take_while(|&c| c == dc).count();
                            let end = l.start + dash_at + dashes * dc.len_utf8();
                            return Some(FoundDateline {
                                place: Span { start: l.start + place.start, end: l.start + place.end },
                                span: Span { start: l.start, end },
                                date: date.map(|d| FoundDate { start: d.start + l.start, end: d.end + l.start, ..d }),
                            });
                        }
                    }
                }
            }
        }
        // a capitalised place and a spaced dash: "WASHINGTON —", "ATLANTA _", "STRASBOURG. _",
        // "GAZA -- ". A single hyphen is left alone: French rubrics use it ("TERRORISME -").
        for (pos, c) in head.char_indices() {
            let after = &line[pos + c.len_utf8()..];
            let spaced = pos > 0 && line[..pos].ends_with(' ');
            let dash_len = match c {
                '—' | '–' | '_' if after.is_empty() || after.starts_with(' ') => c.len_utf8(),
                '-' if after.starts_with("- ") || after == "-" => 2,
                _ => 0,
            };
            if spaced && dash_len > 0 {
                let prefix = line[..pos].trim_end().trim_end_matches('.');
                let (place, date) = parse_prefix(prefix, true, words)?;
                return Some(FoundDateline {
                    place: Span { start: l.start + place.start, end: l.start + place.end },
                    span: Span { start: l.start, end: l.start + pos + dash_len },
                    date: date.map(|d| FoundDate { start: d.start + l.start, end: d.end + l.start, ..d }),
                });
            }
            if matches!(c, '!' | '?' | '(' | '"' | '«' | ':' | ';') {
                break;
            }
        }
        None
    }
}

/// The place (and date) before a dateline's agencies or dash: "DAMAS, 12 nov", "KABUL,
/// Afghanistan". Offsets are relative to the line.
fn parse_prefix(prefix: &str, caps_only: bool, words: &DateWords) -> Option<(Span, Option<FoundDate>)> {
    let prefix_trim = prefix.trim_end();
    if prefix_trim.is_empty() || prefix_trim.len() > 80 {
        return None;
    }
    let mut place: Option<Span> = None;
    let mut date: Option<FoundDate> = None;
    let mut offset = 0;
    for (idx, seg) in prefix_trim.split(',').enumerate() {
        let seg_start = offset + (seg.len() - seg.trim_start().len());
        let seg_t = seg.trim();
        offset += seg.len() + 1;
        if seg_t.is_empty() || idx > 2 {
            return None;
        }
        if idx == 0 {
            if !is_place_words(seg_t, caps_only, words) {
                return None;
            }
            place = Some(Span { start: seg_start, end: seg_start + seg_t.len() });
            continue;
        }
        let ps = pieces(seg_t);
        let ds = find_dates(seg_t, &ps, words);
        if let Some(d) = ds.first().filter(|d| d.start == 0 && d.end == seg_t.len()) {
            date = Some(FoundDate { start: seg_start + d.start, end: seg_start + d.end, ..*d });
        } else if !is_place_words(seg_t, false, words) {
            return None;
        }
    }
    place.map(|p| (p, date))
}

fn is_place_words(s: &str, caps_only: bool, words: &DateWords) -> bool {
    if s.len() > 40 {
        return false;
    }
    let ws: Vec<&str> = s.split_whitespace().collect();
    if ws.is_empty() || ws.len() > 5 {
        return false;
    }
    if words.dateline_exclude.contains(ws[0].to_lowercase().as_str()) {
        return false;
    }
    let mut letters = 0;
    for (k, w) in ws.iter().enumerate() {
        let first = w.chars().next().unwrap_or(' ');
        if !w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')) {
            return false;
        }
        letters += w.chars().filter(|c| c.is_alphabetic()).count();
        if caps_only {
            if w.chars().any(|c| c.is_lowercase()) {
                return false;
            }
        } else if !first.is_uppercase() && (k == 0 || w.len() > 3) {
            return false;
        }
    }
    letters >= 2
}

/// The title (a short first paragraph without final punctuation) and the lead.
fn title_and_lead(
    text: &str,
    paras: &[Span],
    caller_title: Option<&str>,
    dateline: Option<Span>,
    skip: &dyn Fn(&Span) -> bool,
) -> (Option<Span>, Option<Span>) {
    let Some(&p0) = paras.first() else { return (None, None) };
    let s0 = &text[p0.start..p0.end];
    let lead_after = |from: usize| -> Option<Span> {
        paras.iter().skip(from).take(3).copied().find(|p| {
            let s = &text[p.start..p.end];
            !skip(p) && (ends_sentence(s) || s.len() > 200)
        })
    };
    if caller_title.is_some_and(|t| t.eq_ignore_ascii_case(s0.trim())) {
        return (None, lead_after(1));
    }
    // a dateline standing alone: "NAIROBI, Kenya (AP) _" then the story
    if dateline.is_some_and(|d| p0.contains(d) && p0.len() <= d.len() + 2) {
        return (None, lead_after(1));
    }
    let single = !s0.contains('\n');
    let n_words = s0.split_whitespace().count();
    let short = s0.len() <= MAX_TITLE_BYTES && n_words <= MAX_TITLE_WORDS;
    let has_letters = s0.chars().any(|c| c.is_alphabetic())
        && s0.chars().next().is_some_and(|c| c.is_alphanumeric() || matches!(c, '«' | '"' | '“' | '\''));
    let holds_dateline = dateline.is_some_and(|d| p0.contains(d));
    let last = s0.trim_end_matches(['"', '»', '”', '’', '\'', ')', ' ']).chars().next_back().unwrap_or(' ');
    let next_len = paras.get(1).map_or(0, |p| p.len());
    if single && short && has_letters && !holds_dateline && paras.len() > 1 {
        let no_final = !matches!(last, '.' | '!' | '?' | '…' | ':' | ';' | ',');
        // a question or exclamation standing alone above a longer paragraph
        let question = matches!(last, '?' | '!') && n_words <= 20 && 2 * next_len > 3 * s0.len();
        if no_final || question {
            return (if caller_title.is_some() { None } else { Some(p0) }, lead_after(1));
        }
    }
    if ends_sentence(s0) {
        return (None, Some(p0));
    }
    (None, None)
}

fn ends_sentence(s: &str) -> bool {
    let last = s.trim_end_matches(['"', '»', '”', '’', '\'', ')', ' ']).chars().next_back();
    matches!(last, Some('.' | '!' | '?' | '…'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t_text() -> &'static str {
        "  a \n\nb\n  \nc\nd\r\ne\n\n"
    }

    #[test]
    fn lines_and_paragraphs() {
        let t = "  Titre \n\nUn. Deux\nTrois.\n\n\nFin";
        let l: Vec<&str> = line_spans(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(l, ["Titre", "Un. Deux", "Trois.", "Fin"]);
        let p: Vec<&str> = paragraphs(t, 8).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(p, ["Titre", "Un. Deux\nTrois.", "Fin"]);
        for (h, t) in [(0, 0), (1, 1), (2, 1), (1, 3), (9, 9)] {
            let got: Vec<&str> = head_and_tail_lines(t_text(), h, t).iter().map(|s| &t_text()[s.start..s.end]).collect();
            let all: Vec<&str> = line_spans(t_text()).iter().map(|s| &t_text()[s.start..s.end]).collect();
            let mut want: Vec<&str> = all.iter().take(h).copied().collect();
            let rest: Vec<&str> = all.iter().skip(h).copied().collect();
            want.extend(rest.iter().skip(rest.len().saturating_sub(t)));
            assert_eq!(got, want, "head {h} tail {t}");
        }
    }
}
