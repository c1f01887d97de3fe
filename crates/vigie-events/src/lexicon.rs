//! Word patterns from resource files, matched over folded words.
//!
//! Grammar of a pattern (documented in resources/docs/events.md): words separated by spaces,
//! compared after folding (lowercase, no accents); `word*` matches any word that begins with `word`;
//! `..` matches zero to three words.

use crate::fold::{fold_phrase, Word};
use std::collections::HashMap;
use vigie_resources::{Line, ResourceError};

const MAX_GAP: usize = 3;
/// How many leading characters of a prefix pattern key it.
const PREFIX_KEY: usize = 3;

/// The key of a prefix: its first `PREFIX_KEY` characters, or all of it when shorter.
fn prefix_key(prefix: &str) -> &str {
    match prefix.char_indices().nth(PREFIX_KEY) {
        Some((i, _)) => &prefix[..i],
        None => prefix,
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Exact(String),
    Prefix(String),
    Gap,
}

impl Part {
    fn matches(&self, word: &str) -> bool {
        match self {
            Part::Exact(w) => word == w,
            Part::Prefix(p) => word.starts_with(p.as_str()),
            Part::Gap => true,
        }
    }
}

/// A set of patterns, each carrying a value of type `T`.
#[derive(Debug, Clone)]
pub struct Lexicon<T> {
    patterns: Vec<(Vec<Part>, T)>,
    by_first_word: HashMap<String, Vec<usize>>,
    /// Patterns whose first word is a prefix (`word*`), keyed by the prefix's first
    /// `PREFIX_KEY` characters (or the whole prefix when shorter), so a word looks up only the
    /// prefixes that can match it.
    by_first_prefix: HashMap<String, Vec<(String, usize)>>,
}

/// Where a pattern matched: words `start..end` of the searched slice.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

impl<T> Default for Lexicon<T> {
    fn default() -> Self {
        Lexicon { patterns: Vec::new(), by_first_word: HashMap::new(), by_first_prefix: HashMap::new() }
    }
}

impl<T> Lexicon<T> {
    /// Adds a pattern read from `line`; a pattern with no word, or starting or ending with a gap,
    /// is an error naming the line.
    pub fn add(&mut self, pattern: &str, value: T, line: &Line) -> Result<(), ResourceError> {
        let mut parts = Vec::new();
        for raw in pattern.split_whitespace() {
            if raw == ".." {
                parts.push(Part::Gap);
                continue;
            }
            let (stem, prefix) = match raw.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (raw, false),
            };
            let folded = fold_phrase(stem);
            if folded.len() != 1 {
                return Err(line.error(format!("`{raw}` in pattern `{pattern}` is not one word")));
            }
            let word = folded.into_iter().next().unwrap_or_default();
            parts.push(if prefix { Part::Prefix(word) } else { Part::Exact(word) });
        }
        if parts.is_empty() || parts.first() == Some(&Part::Gap) || parts.last() == Some(&Part::Gap) {
            return Err(line.error(format!("pattern `{pattern}` must start and end with a word")));
        }
        let index = self.patterns.len();
        match &parts[0] {
            Part::Exact(w) => self.by_first_word.entry(w.clone()).or_default().push(index),
            Part::Prefix(p) => self.by_first_prefix.entry(prefix_key(p).to_string()).or_default().push((p.clone(), index)),
            Part::Gap => {}
        }
        self.patterns.push((parts, value));
        Ok(())
    }

    /// The patterns whose first word is a prefix of `word`.
    fn prefixed<'a>(&'a self, word: &'a str) -> impl Iterator<Item = usize> + 'a {
        (1..=PREFIX_KEY)
            .filter_map(move |n| word.char_indices().nth(n).map(|(i, _)| &word[..i]).or((word.chars().count() == n).then_some(word)))
            .filter_map(|key| self.by_first_prefix.get(key))
            .flatten()
            .filter(move |(p, _)| word.starts_with(p.as_str()))
            .map(|(_, i)| *i)
    }

    pub fn value(&self, pattern: usize) -> &T {
        &self.patterns[pattern].1
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Every match in `words`, by start word; at one start, the longest match of each pattern.
    pub fn find_all(&self, words: &[Word]) -> Vec<Match> {
        let mut out = Vec::new();
        for start in 0..words.len() {
            let before = out.len();
            for first in forms(&words[start]) {
                let exact = self.by_first_word.get(first).into_iter().flatten().copied();
                let prefixed = self.prefixed(first);
                for pattern in exact.chain(prefixed) {
                    if out[before..].iter().any(|m: &Match| m.pattern == pattern) {
                        continue;
                    }
                    if let Some(end) = match_at(&self.patterns[pattern].0[1..], words, start + 1) {
                        out.push(Match { start, end, pattern });
                    }
                }
            }
        }
        out
    }

    /// Whether some pattern matches at word `start` exactly; the end of the longest match.
    pub fn match_at(&self, words: &[Word], start: usize) -> Option<(usize, usize)> {
        forms(words.get(start)?)
            .flat_map(|first| self.by_first_word.get(first).into_iter().flatten().copied().chain(self.prefixed(first)))
            .filter_map(|p| match_at(&self.patterns[p].0[1..], words, start + 1).map(|end| (end, p)))
            .max_by_key(|&(end, _)| end)
    }
}

/// The forms a word matches by: as written, and without its elided article ("l'attaque": "attaque").
fn forms(word: &Word) -> impl Iterator<Item = &str> {
    std::iter::once(word.folded.as_str()).chain(word.bare.as_deref())
}

/// The end (exclusive) of the longest match of `parts` beginning at word `at`.
fn match_at(parts: &[Part], words: &[Word], at: usize) -> Option<usize> {
    let Some((part, rest)) = parts.split_first() else { return Some(at) };
    match part {
        Part::Gap => (0..=MAX_GAP).filter_map(|skip| match_at(rest, words, at + skip)).max(),
        _ => {
            let word = words.get(at)?;
            if forms(word).any(|f| part.matches(f)) {
                match_at(rest, words, at + 1)
            } else {
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::words;
    use vigie_core::Span;
    use vigie_resources::Resources;

    fn lexicon(patterns: &[&str]) -> Lexicon<usize> {
        let text = patterns.join("\n");
        let r = Resources::from_files([("t.tsv", text.as_str())]);
        let mut lex = Lexicon::default();
        for (i, line) in r.lines("t.tsv").enumerate() {
            lex.add(line.text, i, &line).unwrap();
        }
        lex
    }

    fn found(lex: &Lexicon<usize>, text: &str) -> Vec<(usize, String)> {
        let w = words(text, Span::new(0, text.len()));
        lex.find_all(&w)
            .into_iter()
            .map(|m| (*lex.value(m.pattern), text[w[m.start].span.start..w[m.end - 1].span.end].to_string()))
            .collect()
    }

    #[test]
    fn exact_prefix_and_gap() {
        let lex = lexicon(&["frappe* aerienne*", "repris* .. controle", "obus"]);
        assert_eq!(found(&lex, "Des frappes aériennes et des obus"), [(0, "frappes aériennes".into()), (2, "obus".into())]);
        assert_eq!(found(&lex, "ont repris ce week-end le contrôle"), [(1, "repris ce week-end le contrôle".into())]);
        assert!(found(&lex, "ont repris hier dans la nuit le contrôle").is_empty(), "a gap spans at most three words");
    }

    #[test]
    fn prefixes_of_every_length_match() {
        let lex = lexicon(&["a*", "ab*", "abc*", "abcd*", "abx*", "b*"]);
        let mut got: Vec<usize> = found(&lex, "abcde").into_iter().map(|(v, _)| v).collect();
        got.sort();
        assert_eq!(got, [0, 1, 2, 3]);
        let mut got: Vec<usize> = found(&lex, "ab").into_iter().map(|(v, _)| v).collect();
        got.sort();
        assert_eq!(got, [0, 1]);
    }

    #[test]
    fn a_pattern_cannot_start_with_a_gap() {
        let r = Resources::from_files([("t.tsv", "ok\n.. bad")]);
        let mut lex: Lexicon<()> = Lexicon::default();
        let errors: Vec<_> = r.lines("t.tsv").filter_map(|l| lex.add(l.text, (), &l).err()).collect();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 2);
    }
}
