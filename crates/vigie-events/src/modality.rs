//! How the text states an event (asserted, claimed, denied, negated, hypothetical) and who it says
//! reports it. Cues are data (`event-modality.tsv`, `event-sources.tsv`); their scope is the clause
//! of the trigger: the words between two clause marks (comma, semicolon, colon, dash, bracket, quote).

use crate::fold::Word;
use crate::resources::{LanguageData, Scope, SourceCue};
use vigie_core::{Modality, Span};

/// Whether a clause begins at each word: the first word, and every word after a clause mark.
pub fn clause_breaks(text: &str, words: &[Word]) -> Vec<bool> {
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            i == 0
                || text.get(words[i - 1].span.end..w.span.start).unwrap_or("").chars().any(|c| {
                    matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']' | '—' | '–' | '-' | '"' | '«' | '»' | '“' | '”' | '!' | '?')
                })
        })
        .collect()
}

/// The words `start..end` of the clause that holds word `at`.
pub fn clause_of(breaks: &[bool], at: usize) -> (usize, usize) {
    if breaks.is_empty() {
        return (0, 0);
    }
    let at = at.min(breaks.len() - 1);
    let start = (0..=at).rev().find(|&j| breaks[j]).unwrap_or(0);
    let end = (at + 1..breaks.len()).find(|&j| breaks[j]).unwrap_or(breaks.len());
    (start, end)
}

fn span_of(words: &[Word], start: usize, end: usize) -> Span {
    Span::new(words[start].span.start, words[end - 1].span.end)
}

/// The modality of the event whose trigger is words `trigger.0..trigger.1`, and its cue: the
/// first modality, in the order negated, hypothetical, denied, claimed, with a cue in its scope.
/// Words inside a temporal expression (`in_date`: "8 May") are no cue.
pub fn modality(data: &LanguageData, words: &[Word], breaks: &[bool], trigger: (usize, usize), in_date: &[bool]) -> Option<(Modality, Span)> {
    let (clause_start, clause_end) = clause_of(breaks, trigger.0);
    let cues = data.modality.find_all(words);
    let distance = |m: &crate::lexicon::Match| if m.end <= trigger.0 { trigger.0 - m.end } else { m.start.saturating_sub(trigger.1) };
    for wanted in [Modality::Negated, Modality::Hypothetical, Modality::Denied, Modality::Claimed] {
        let mut found: Option<&crate::lexicon::Match> = None;
        for m in &cues {
            let cue = data.modality.value(m.pattern);
            if cue.modality != wanted
                || (m.start..m.end).any(|i| in_date.get(i).copied().unwrap_or(false))
                || (m.start < trigger.1 && m.end > trigger.0)
            {
                continue;
            }
            let in_scope = match cue.scope {
                Scope::Before(n) => m.start >= clause_start && m.end <= trigger.0 && trigger.0 - m.end < n,
                Scope::After(n) => m.start >= trigger.1 && m.end <= clause_end && m.start - trigger.1 < n,
                Scope::Clause => m.start >= clause_start && m.end <= clause_end,
                Scope::Sentence => true,
            };
            // Of the cues in scope, the nearest to the trigger is the one shown.
            if in_scope && found.is_none_or(|f| distance(m) < distance(f)) {
                found = Some(m);
            }
        }
        if let Some(m) = found {
            return Some((wanted, span_of(words, m.start, m.end)));
        }
    }
    None
}

/// How many words a reporter's name may hold.
const NAME_WORDS: usize = 6;

/// A report's source in the sentence: the cue with the reporter's words, and the reporter's words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Source {
    pub span: Span,
    pub name: Span,
}

/// Every source the sentence names, in text order. After a `before` cue the reporter is the rest of
/// its clause ("selon l'OSDH"); a reporting verb that opens its clause is followed by the reporter
/// (", a indiqué le directeur de l'OSDH"), else preceded by it within its clause ("the ministry
/// said"). A verb right after a passive auxiliary ("were reported") names nobody. The reporter's
/// words never reach into the trigger (`trigger`: its words).
pub fn sources(data: &LanguageData, words: &[Word], breaks: &[bool], trigger: (usize, usize)) -> Vec<Source> {
    let mut out = Vec::new();
    for m in data.sources.find_all(words) {
        let (clause_start, clause_end) = clause_of(breaks, m.start);
        let after = |from: usize| {
            let mut end = clause_end.min(from + NAME_WORDS);
            if from < trigger.0 {
                end = end.min(trigger.0);
            }
            (end > from).then_some((from, end))
        };
        let name = match data.sources.value(m.pattern) {
            SourceCue::Before => after(m.end),
            SourceCue::Verb => {
                let passive = m.start > 0 && !breaks[m.start] && data.passive_auxiliaries.contains(&words[m.start - 1].folded);
                if passive {
                    None
                } else if breaks[m.start] {
                    after(m.end)
                } else {
                    let mut start = clause_start.max(m.start.saturating_sub(NAME_WORDS));
                    if trigger.1 <= m.start {
                        start = start.max(trigger.1);
                    }
                    (m.start > start).then_some((start, m.start))
                }
            }
        };
        if let Some((start, end)) = name {
            let (first, last) = (start.min(m.start), end.max(m.end));
            out.push(Source { span: span_of(words, first, last), name: span_of(words, start, end) });
        }
    }
    out.sort_by_key(|s| s.span.start);
    out
}
