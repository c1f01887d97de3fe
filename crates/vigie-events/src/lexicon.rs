//! Word patterns from resource files, matched over folded words.
//!
//! Grammar of a pattern (documented in resources/docs/events.md): words separated by spaces,
//! compared after folding (lowercase, no accents); `word*` matches any word that begins with `word`;
//! `..` matches zero to three words.

use crate::fold::{fold_phrase, Word};
use vigie_core::chars::{pair, KeyBits};
use vigie_resources::{Line, ResourceError};

const MAX_GAP: usize = 3;
/// Prefix patterns (`word*`) that match one word are tried in the order of their length in
/// characters up to this many (longer ones rank with those of this length), then in file order.
const PREFIX_RANK: usize = 3;

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

/// One node of the trie of the patterns' first words as it is built: the bytes that follow, and
/// the patterns whose first word is exactly, or is a prefix (`word*`) ending at, the bytes read so
/// far.
#[derive(Debug, Clone, Default)]
struct Node {
    next: Vec<(u8, u32)>,
    exact: Vec<u32>,
    /// (rank, pattern): see `PREFIX_RANK`.
    prefix: Vec<(u8, u32)>,
}

/// No node: the root's table entry of a byte no first word begins with.
const NONE: u32 = u32::MAX;

/// A node of the searched trie: ranges into the `Trie`'s flat arrays.
#[derive(Debug, Clone, Copy, Default)]
struct Packed {
    edges: u32,
    edges_len: u32,
    exact: u32,
    exact_len: u32,
    prefix: u32,
    prefix_len: u32,
    /// The node's row in `Trie::dense` when it has `DENSE_EDGES` edges or more, else `NONE`.
    row: u32,
}

/// A node with this many edges or more is searched by a table row, not by a scan of its edges.
const DENSE_EDGES: u32 = 4;

/// The trie as it is searched, made once from the built nodes: every node, edge and pattern list
/// in a few flat arrays, nodes in breadth-first order, so that a walk reads neighbouring memory
/// and follows no pointer. The root's children are found by a table.
#[derive(Debug, Clone)]
struct Trie {
    nodes: Vec<Packed>,
    edge_bytes: Vec<u8>,
    edge_nodes: Vec<u32>,
    exact: Vec<u32>,
    prefix: Vec<(u8, u32)>,
    root: Box<[u32; 256]>,
    /// Each byte's class: 0 for a byte no edge reads, else a column of `dense`.
    class: Box<[u16; 256]>,
    /// How many classes, the width of a row of `dense`.
    classes: usize,
    /// The children of the nodes with many edges, a row of `classes` entries per node (`NONE`
    /// where no edge reads the class).
    dense: Vec<u32>,
    /// One bit per pair of bytes: whether a word beginning with the pair can begin a pattern (a
    /// pattern's first word, or its prefix, begins with the pair, or is one byte long and begins
    /// the pair). Most words are turned away by it before any walk.
    pairs: KeyBits,
    /// One bit per hash of three bytes (`triple`): set when a word beginning with those bytes can
    /// begin a pattern (a pattern's first word begins with them, or is a prefix `word*` of one or
    /// two bytes they begin with). A word of three bytes or more whose bit is clear begins none: in
    /// news text most words that pass `pairs` are turned away by it. Two triples may share a bit:
    /// the walk still decides.
    triples: KeyBits,
}

/// The bit of `triples` for a word's first three bytes.
#[inline(always)]
fn triple(b0: u8, b1: u8, b2: u8) -> usize {
    ((u32::from(b0) << 16 | u32::from(b1) << 8 | u32::from(b2)).wrapping_mul(0x9E37_79B1) >> 16) as usize
}

impl Trie {
    fn pack(built: &[Node]) -> Trie {
        let mut trie = Trie {
            nodes: Vec::with_capacity(built.len()),
            edge_bytes: Vec::new(),
            edge_nodes: Vec::new(),
            exact: Vec::new(),
            prefix: Vec::new(),
            root: Box::new([NONE; 256]),
            class: Box::new([0; 256]),
            classes: 1,
            dense: Vec::new(),
            pairs: KeyBits::default(),
            triples: KeyBits::default(),
        };
        let mut set_triple = |b0: u8, b1: u8, b2: u8| trie.triples.insert(triple(b0, b1, b2));
        for &(b0, n1) in &built[0].next {
            let one = &built[n1 as usize];
            let one_prefix = !one.prefix.is_empty();
            for b1 in 0..=255u8 {
                let two = one.next.iter().find(|&&(b, _)| b == b1).map(|&(_, n)| &built[n as usize]);
                let two_prefix = two.is_some_and(|t| !t.prefix.is_empty());
                if one_prefix || two_prefix {
                    for b2 in 0..=255u8 {
                        set_triple(b0, b1, b2);
                    }
                } else if let Some(two) = two {
                    for &(b2, _) in &two.next {
                        set_triple(b0, b1, b2);
                    }
                }
            }
        }
        for &(b0, first) in &built[0].next {
            let node = &built[first as usize];
            let seconds: Vec<u8> = if node.exact.is_empty() && node.prefix.is_empty() {
                node.next.iter().map(|&(b1, _)| b1).collect()
            } else {
                (0..=255).collect()
            };
            for b1 in seconds {
                trie.pairs.insert(pair(b0, b1));
            }
        }
        for node in built {
            for &(b, _) in &node.next {
                if trie.class[usize::from(b)] == 0 {
                    trie.class[usize::from(b)] = trie.classes as u16;
                    trie.classes += 1;
                }
            }
        }
        // Breadth-first: a node's children get consecutive numbers.
        let mut order: Vec<u32> = vec![0];
        let mut number = vec![NONE; built.len()];
        number[0] = 0;
        let mut i = 0;
        while i < order.len() {
            for &(_, child) in &built[order[i] as usize].next {
                number[child as usize] = order.len() as u32;
                order.push(child);
            }
            i += 1;
        }
        for &id in &order {
            let node = &built[id as usize];
            trie.nodes.push(Packed {
                edges: trie.edge_bytes.len() as u32,
                edges_len: node.next.len() as u32,
                exact: trie.exact.len() as u32,
                exact_len: node.exact.len() as u32,
                prefix: trie.prefix.len() as u32,
                prefix_len: node.prefix.len() as u32,
                row: NONE,
            });
            if node.next.len() as u32 >= DENSE_EDGES {
                let row = trie.dense.len() / trie.classes;
                trie.dense.resize(trie.dense.len() + trie.classes, NONE);
                for &(b, child) in &node.next {
                    trie.dense[row * trie.classes + usize::from(trie.class[usize::from(b)])] = number[child as usize];
                }
                if let Some(last) = trie.nodes.last_mut() {
                    last.row = row as u32;
                }
            }
            for &(b, child) in &node.next {
                trie.edge_bytes.push(b);
                trie.edge_nodes.push(number[child as usize]);
            }
            trie.exact.extend_from_slice(&node.exact);
            trie.prefix.extend_from_slice(&node.prefix);
        }
        for &(b, child) in &built[0].next {
            trie.root[usize::from(b)] = number[child as usize];
        }
        trie
    }

    /// Whether a word of these bytes may begin some pattern: false only when none can.
    #[inline(always)]
    fn may_begin(&self, word: &[u8]) -> bool {
        match word {
            [b0, b1, b2, ..] => self.triples.contains(triple(*b0, *b1, *b2)),
            [b0, b1] => self.pairs.contains(pair(*b0, *b1)),
            _ => true,
        }
    }

    /// The child of node `p` (not the root) along byte `b`.
    #[inline(always)]
    fn child(&self, p: &Packed, b: u8) -> Option<usize> {
        if p.row != NONE {
            let n = self.dense[p.row as usize * self.classes + usize::from(self.class[usize::from(b)])];
            return (n != NONE).then_some(n as usize);
        }
        let (from, to) = (p.edges as usize, (p.edges + p.edges_len) as usize);
        let at = self.edge_bytes[from..to].iter().position(|&e| e == b)?;
        Some(self.edge_nodes[from + at] as usize)
    }
}

/// A set of patterns, each carrying a value of type `T`.
#[derive(Debug, Clone)]
pub struct Lexicon<T> {
    patterns: Vec<(Vec<Part>, T)>,
    /// The first words of the patterns as a byte trie: one walk along a word's bytes finds every
    /// pattern that can begin there, with no hashing. Node 0 is the root.
    nodes: Vec<Node>,
    /// The trie packed for searching, made at the first search after the last pattern was added.
    trie: std::sync::OnceLock<Trie>,
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
        Lexicon { patterns: Vec::new(), nodes: vec![Node::default()], trie: std::sync::OnceLock::new() }
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
        let index = u32::try_from(self.patterns.len()).map_err(|_| line.error("too many patterns"))?;
        match &parts[0] {
            Part::Exact(w) => {
                let node = self.insert(w);
                self.nodes[node].exact.push(index);
            }
            Part::Prefix(p) => {
                let rank = p.chars().count().min(PREFIX_RANK) as u8;
                let node = self.insert(p);
                self.nodes[node].prefix.push((rank, index));
            }
            Part::Gap => {}
        }
        self.patterns.push((parts, value));
        self.trie = std::sync::OnceLock::new();
        Ok(())
    }

    /// The node of `word` in the trie, made with the nodes before it when missing.
    fn insert(&mut self, word: &str) -> usize {
        let mut node = 0usize;
        for &b in word.as_bytes() {
            node = match self.nodes[node].next.iter().find(|(e, _)| *e == b) {
                Some(&(_, n)) => n as usize,
                None => {
                    let n = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[node].next.push((b, n as u32));
                    n
                }
            };
        }
        node
    }

    fn trie(&self) -> &Trie {
        self.trie.get_or_init(|| Trie::pack(&self.nodes))
    }

    /// The patterns that can begin with `word`, in the order they are tried: those whose first
    /// word is `word` (in file order: the slice returned, read in the trie with no copy), then
    /// those whose first word is a prefix of it (left in `prefixed`, by `PREFIX_RANK`, then in
    /// file order).
    #[inline(always)]
    fn candidates<'t>(trie: &'t Trie, word: &str, prefixed: &mut Vec<(u8, u32)>) -> &'t [u32] {
        prefixed.clear();
        let bytes = word.as_bytes();
        if !trie.may_begin(bytes) {
            return &[];
        }
        // Most words leave the trie at their first byte or soon after: the root's table first.
        let Some(&first) = bytes.first() else { return &[] };
        let root = trie.root[usize::from(first)];
        if root == NONE {
            return &[];
        }
        let mut p = &trie.nodes[root as usize];
        let mut rest = bytes[1..].iter();
        // Whether the whole word was read along the trie (its exact patterns then apply).
        let whole = loop {
            if p.prefix_len > 0 {
                prefixed.extend_from_slice(&trie.prefix[p.prefix as usize..(p.prefix + p.prefix_len) as usize]);
            }
            let Some(&b) = rest.next() else { break true };
            match trie.child(p, b) {
                Some(n) => p = &trie.nodes[n],
                None => break false,
            }
        };
        if prefixed.len() > 1 {
            prefixed.sort_unstable();
        }
        if whole {
            &trie.exact[p.exact as usize..(p.exact + p.exact_len) as usize]
        } else {
            &[]
        }
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
        if self.patterns.is_empty() {
            return out;
        }
        let trie = self.trie();
        let mut prefixed = Vec::new();
        for (start, word) in words.iter().enumerate() {
            let before = out.len();
            // The word as written: its candidates are distinct patterns.
            if !trie.may_begin(word.folded.as_bytes()) && word.bare.is_none() {
                continue;
            }
            let exact = Self::candidates(trie, &word.folded, &mut prefixed);
            for pattern in exact.iter().copied().chain(prefixed.iter().map(|&(_, p)| p)) {
                let pattern = pattern as usize;
                if let Some(end) = self.rest_at(pattern, words, start + 1) {
                    out.push(Match { start, end, pattern });
                }
            }
            // Without its elided article: a pattern matched by the word as written is not tried again.
            if let Some(bare) = &word.bare {
                let exact = Self::candidates(trie, bare, &mut prefixed);
                for pattern in exact.iter().copied().chain(prefixed.iter().map(|&(_, p)| p)) {
                    let pattern = pattern as usize;
                    if out[before..].iter().any(|m: &Match| m.pattern == pattern) {
                        continue;
                    }
                    if let Some(end) = self.rest_at(pattern, words, start + 1) {
                        out.push(Match { start, end, pattern });
                    }
                }
            }
        }
        out
    }

    /// S196: every match in `words` as `find_all` finds them, and those found when the words
    /// `transparent` marks (the words of a time expression: "ont occupé lundi la ville", "seized on
    /// Tuesday the town") are left out between a pattern's words: a pattern's adjacent words then
    /// match across them. Such a match still begins and ends on words that are not left out, and
    /// spans the left-out words between them. A pattern found both ways keeps the match of the
    /// words as written.
    pub fn find_all_through(&self, words: &[Word], transparent: &[bool]) -> Vec<Match> {
        let mut out = self.find_all(words);
        if !transparent.iter().any(|&t| t) || transparent.len() != words.len() {
            return out;
        }
        let kept: Vec<usize> = (0..words.len()).filter(|&i| !transparent[i]).collect();
        if kept.len() < 2 {
            return out;
        }
        let compact: Vec<Word> = kept.iter().map(|&i| words[i].clone()).collect();
        let mut added = false;
        for m in self.find_all(&compact) {
            let (start, end) = (kept[m.start], kept[m.end - 1] + 1);
            // Only a match that crosses a left-out word is new.
            if end - start == m.end - m.start || out.iter().any(|o| o.start == start && o.pattern == m.pattern) {
                continue;
            }
            out.push(Match { start, end, pattern: m.pattern });
            added = true;
        }
        if added {
            // By start word, as `find_all` gives them (the sort is stable: at one start, the
            // matches of the words as written first).
            out.sort_by_key(|m| m.start);
        }
        out
    }

    /// The end of the longest match of pattern `pattern` after its first word, from word `at`.
    #[inline]
    fn rest_at(&self, pattern: usize, words: &[Word], at: usize) -> Option<usize> {
        match &self.patterns[pattern].0[1..] {
            [] => Some(at),
            // Most patterns of two words or more fail at their second word: that word is read here.
            [second @ (Part::Exact(_) | Part::Prefix(_)), rest @ ..] => {
                let word = words.get(at)?;
                if !(second.matches(&word.folded) || word.bare.as_deref().is_some_and(|b| second.matches(b))) {
                    return None;
                }
                match_at(rest, words, at + 1)
            }
            rest => match_at(rest, words, at),
        }
    }

    /// Whether some pattern matches at word `start` exactly; the end of the longest match (of
    /// matches as long, the last tried).
    pub fn match_at(&self, words: &[Word], start: usize) -> Option<(usize, usize)> {
        let trie = self.trie();
        let mut prefixed = Vec::new();
        let mut best = None;
        for first in forms(words.get(start)?) {
            let exact = Self::candidates(trie, first, &mut prefixed);
            for p in exact.iter().copied().chain(prefixed.iter().map(|&(_, p)| p)) {
                let p = p as usize;
                if let Some(end) = match_at(&self.patterns[p].0[1..], words, start + 1) {
                    if best.is_none_or(|(e, _)| end >= e) {
                        best = Some((end, p));
                    }
                }
            }
        }
        best
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
    fn the_three_byte_filter_keeps_every_word_that_can_begin_a_pattern() {
        // Prefixes of one and two bytes admit every longer word they begin; a first word of three
        // bytes or more admits the words that begin with its first three bytes.
        let lex = lexicon(&["k*", "zu*", "tir* .. sur", "obus", "et"]);
        let words: Vec<usize> = found(&lex, "kalachnikov zulu tirs nourris sur obus obusier et ete").into_iter().map(|(v, _)| v).collect();
        assert_eq!(words, [0, 1, 2, 3, 4]);
        assert!(found(&lex, "zinc tin obe ot").is_empty(), "words that share only one or two first bytes begin none");
        let trie = lex.trie();
        for (word, can) in [("kxy", true), ("zux", true), ("zvx", false), ("tirailleur", true), ("tix", false), ("obus", true)] {
            assert!(!can || trie.may_begin(word.as_bytes()), "{word}: kept by the filter");
            if can {
                continue;
            }
            // A clear bit turns the word away; a bit shared with another triple lets the walk decide.
            assert!(found(&lex, word).is_empty(), "{word}");
        }
    }

    #[test]
    fn a_pattern_cannot_start_with_a_gap() {
        let r = Resources::from_files([("t.tsv", "ok\n.. bad")]);
        let mut lex: Lexicon<()> = Lexicon::default();
        let errors: Vec<_> = r.lines("t.tsv").filter_map(|l| lex.add(l.text, (), &l).err()).collect();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 2);
    }

    /// The matcher as it was before the trie (first words and first prefixes in hash maps):
    /// the tests check the trie against it.
    struct Reference<'a, T> {
        lex: &'a Lexicon<T>,
        by_first_word: std::collections::HashMap<String, Vec<usize>>,
        by_first_prefix: std::collections::HashMap<String, Vec<(String, usize)>>,
    }

    impl<'a, T> Reference<'a, T> {
        fn new(lex: &'a Lexicon<T>) -> Self {
            fn prefix_key(prefix: &str) -> &str {
                match prefix.char_indices().nth(3) {
                    Some((i, _)) => &prefix[..i],
                    None => prefix,
                }
            }
            let mut r = Reference { lex, by_first_word: Default::default(), by_first_prefix: Default::default() };
            for (index, (parts, _)) in lex.patterns.iter().enumerate() {
                match &parts[0] {
                    Part::Exact(w) => r.by_first_word.entry(w.clone()).or_default().push(index),
                    Part::Prefix(p) => r.by_first_prefix.entry(prefix_key(p).to_string()).or_default().push((p.clone(), index)),
                    Part::Gap => {}
                }
            }
            r
        }

        fn prefixed<'b>(&'b self, word: &'b str) -> impl Iterator<Item = usize> + 'b {
            (1..=3)
                .filter_map(move |n| word.char_indices().nth(n).map(|(i, _)| &word[..i]).or((word.chars().count() == n).then_some(word)))
                .filter_map(|key| self.by_first_prefix.get(key))
                .flatten()
                .filter(move |(p, _)| word.starts_with(p.as_str()))
                .map(|(_, i)| *i)
        }

        fn find_all(&self, words: &[Word]) -> Vec<Match> {
            let mut out = Vec::new();
            for start in 0..words.len() {
                let before = out.len();
                for first in forms(&words[start]) {
                    let exact = self.by_first_word.get(first).into_iter().flatten().copied();
                    for pattern in exact.chain(self.prefixed(first)) {
                        if out[before..].iter().any(|m: &Match| m.pattern == pattern) {
                            continue;
                        }
                        if let Some(end) = match_at(&self.lex.patterns[pattern].0[1..], words, start + 1) {
                            out.push(Match { start, end, pattern });
                        }
                    }
                }
            }
            out
        }

        fn match_at(&self, words: &[Word], start: usize) -> Option<(usize, usize)> {
            forms(words.get(start)?)
                .flat_map(|first| self.by_first_word.get(first).into_iter().flatten().copied().chain(self.prefixed(first)))
                .filter_map(|p| match_at(&self.lex.patterns[p].0[1..], words, start + 1).map(|end| (end, p)))
                .max_by_key(|&(end, _)| end)
        }
    }

    fn same_as_reference<T>(lex: &Lexicon<T>, reference: &Reference<'_, T>, words: &[Word], what: &str) {
        assert_eq!(lex.find_all(words), reference.find_all(words), "{what}");
        for start in 0..words.len() {
            assert_eq!(lex.match_at(words, start), reference.match_at(words, start), "{what} at word {start}");
        }
    }

    #[test]
    fn the_trie_finds_what_the_hash_maps_found_in_the_same_order() {
        let lex = lexicon(&["a*", "ab*", "abc*", "abcd*", "abx*", "b*", "ab", "abcde", "ab* .. c", "abcd* d", "ab c", "é*", "l'a*"]);
        let reference = Reference::new(&lex);
        for text in ["abcde ab abc a b c abcdx d l'abcd ab x c é éa ab-c", "", "x y z"] {
            let mut w = words(text, Span::new(0, text.len()));
            crate::fold::mark_elisions(&mut w, &["l".to_string()].into_iter().collect::<std::collections::HashSet<_>>());
            same_as_reference(&lex, &reference, &w, text);
        }
    }

    /// Every lexicon of every language, on every text of the shared evaluation sets read sentence
    /// by sentence (cut at full stops) into one reused buffer of words: the same matches, in the
    /// same order, as the hash maps found, and the same words as the reader that allocated each.
    #[test]
    fn the_trie_and_the_reused_buffer_change_nothing_on_the_shared_texts() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval");
        let sets = ["news-en-guardian", "news-fr-orangesum", "acled-2020"];
        if !dir.join(sets[0]).exists() {
            eprintln!("skipped: ../shared/eval is absent");
            return;
        }
        let res = crate::resources::EventResources::load(&Resources::embedded()).expect("event resources load");
        let mut codes: Vec<&String> = res.languages.keys().collect();
        codes.sort();
        let mut checked = 0usize;
        for code in codes {
            let data = &res.languages[code];
            let triggers = Reference::new(&data.triggers);
            let casualties = Reference::new(&data.casualties);
            let modality = Reference::new(&data.modality);
            let sources = Reference::new(&data.sources);
            let riots = Reference::new(&data.riot_markers);
            let off_duty = Reference::new(&data.off_duty);
            let disrupted = Reference::new(&data.disrupted_markers);
            let agreements = Reference::new(&data.agreement_objects);
            let crowds = Reference::new(&data.crowds);
            let non_events = Reference::new(&data.non_events);
            let open_periods = Reference::new(&data.open_periods);
            let mut buf = crate::fold::Words::default();
            for set in sets {
                let text = std::fs::read_to_string(dir.join(set).join("gold.jsonl")).expect("gold file reads");
                // Every fourth record keeps the test short; both languages and all sets are read.
                for line in text.lines().step_by(4) {
                    let record: serde_json::Value = serde_json::from_str(line).expect("gold line parses");
                    let Some(text) = record["text"].as_str() else { continue };
                    let mut start = 0;
                    for end in text.match_indices(". ").map(|(i, _)| i + 2).chain([text.len()]) {
                        let range = Span::new(start, end);
                        start = end;
                        buf.read(text, range);
                        assert_eq!(&*buf, crate::fold::reference_words(text, range).as_slice());
                        crate::fold::mark_elisions(&mut buf, &res.elisions);
                        same_as_reference(triggers.lex, &triggers, &buf, "triggers");
                        same_as_reference(casualties.lex, &casualties, &buf, "casualties");
                        same_as_reference(modality.lex, &modality, &buf, "modality");
                        same_as_reference(sources.lex, &sources, &buf, "sources");
                        same_as_reference(riots.lex, &riots, &buf, "riot markers");
                        same_as_reference(off_duty.lex, &off_duty, &buf, "off duty");
                        same_as_reference(disrupted.lex, &disrupted, &buf, "disrupted markers");
                        same_as_reference(agreements.lex, &agreements, &buf, "agreement objects");
                        same_as_reference(crowds.lex, &crowds, &buf, "crowds");
                        same_as_reference(non_events.lex, &non_events, &buf, "non-events");
                        same_as_reference(open_periods.lex, &open_periods, &buf, "open periods");
                        checked += 1;
                    }
                }
            }
        }
        eprintln!("{checked} sentences checked");
        assert!(checked > 1000);
    }
}
