//! Folded words: the text lowercased and stripped of accents, cut into words, each word keeping the
//! byte range of the original text it came from.

use std::collections::HashSet;
use std::hash::BuildHasher;
use std::ops::{Deref, DerefMut};
use vigie_core::Span;
use vigie_core::chars::{is_alnum, ALNUM};

/// One word of the text, folded, with where it stands in the original.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub folded: String,
    pub span: Span,
    /// The word without its elided article or pronoun ("l'attaque": "attaque"), when it has one;
    /// patterns match either form.
    pub bare: Option<String>,
}

impl Word {
    /// The elided word this word begins with ("l" of "l'attaque"), when it has one.
    pub fn elided(&self) -> Option<&str> {
        self.bare.as_ref().map(|b| &self.folded[..self.folded.len() - b.len() - 1])
    }
}

/// Marks the words that begin with an elided word of `elisions` ("l", "d", "qu": folded, without
/// the apostrophe) with their bare form.
pub fn mark_elisions<S: BuildHasher>(words: &mut [Word], elisions: &HashSet<String, S>) {
    for w in words {
        // The first apostrophe, found inline: most words hold none, and are short.
        if let Some(at) = w.folded.bytes().position(|b| b == b'\'') {
            let (head, rest) = (&w.folded[..at], &w.folded[at + 1..]);
            if !rest.is_empty() && elisions.contains(head) {
                w.bare = Some(rest.to_string());
            }
        }
    }
}

/// Folds one character onto `out`: lowercase ASCII for a letter or a digit; `false` (and nothing
/// written) when it is neither.
fn fold_char(c: char, out: &mut String) -> bool {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return true;
    }
    if c.is_ascii() || !is_alnum(c) {
        return false;
    }
    match deunicode::deunicode_char(c) {
        Some(s) if !s.is_empty() && s.chars().all(|d| d.is_ascii_alphanumeric()) => {
            out.extend(s.chars().map(|d| d.to_ascii_lowercase()));
            true
        }
        _ => {
            // A letter deunicode cannot spell (or spells with symbols): keep it lowercased.
            out.extend(c.to_lowercase());
            true
        }
    }
}

/// A combining mark of the common blocks (a text in decomposed form writes "é" as "e" and U+0301):
/// part of the word it follows, folded away.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '‑')
}



/// The words of one stretch of text, read into buffers kept from one reading to the next: reading
/// sentence after sentence into the same `Words` allocates only when a sentence holds more words, or
/// longer ones, than any before it. Dereferences to the words read last.
#[derive(Debug, Default)]
pub struct Words {
    /// The words read last (`..len`), then spare words whose strings are reused.
    all: Vec<Word>,
    len: usize,
}

impl Words {
    /// Reads the words of `text[range]` (see [`words`]), replacing those read before.
    pub fn read(&mut self, text: &str, range: Span) {
        self.len = 0;
        let Some(slice) = range.slice(text) else { return };
        let bytes = slice.as_bytes();
        // Whether a word is open in `all[len]`; its first and last byte in the original.
        let mut open = false;
        let mut start = 0usize;
        let mut end = 0usize;
        let next_is_word = |from: usize| slice[from..].chars().next().is_some_and(char::is_alphanumeric);
        let mut i = 0;
        while i < bytes.len() {
            let at = range.start + i;
            let b = bytes[i];
            // ASCII, most of the text: a run of letters and digits is copied at once, then
            // lowercased; other bytes one by one.
            if b.is_ascii() {
                if ALNUM[b as usize] {
                    let run = i + bytes[i..].iter().position(|&c| !ALNUM[c as usize]).unwrap_or(bytes.len() - i);
                    if !open {
                        self.slot().folded.clear();
                        open = true;
                        start = at;
                    }
                    let folded = &mut self.all[self.len].folded;
                    let from = folded.len();
                    folded.push_str(&slice[i..run]);
                    folded[from..].make_ascii_lowercase();
                    end = range.start + run;
                    i = run;
                    continue;
                }
                i += 1;
                if open {
                    if (b == b'\'' || b == b'-') && next_is_word(i) {
                        self.all[self.len].folded.push(char::from(b));
                    } else {
                        self.close(start, end);
                        open = false;
                    }
                }
                continue;
            }
            let Some(c) = slice[i..].chars().next() else { break };
            i += c.len_utf8();
            if !open {
                // Fold the character straight into the next word's string: kept only if it is a
                // letter or a digit.
                let word = self.slot();
                word.folded.clear();
                if fold_char(c, &mut word.folded) {
                    open = true;
                    start = at;
                    end = at + c.len_utf8();
                }
                continue;
            }
            let word = &mut self.all[self.len];
            if fold_char(c, &mut word.folded) || is_combining(c) {
                end = at + c.len_utf8();
            } else if is_joiner(c) && next_is_word(i) {
                word.folded.push(if c == '‐' || c == '‑' { '-' } else { '\'' });
            } else {
                self.close(start, end);
                open = false;
            }
        }
        if open {
            self.close(start, end);
        }
    }

    /// Ends the open word at `start..end` of the original.
    fn close(&mut self, start: usize, end: usize) {
        let word = &mut self.all[self.len];
        word.span = Span::new(start, end);
        word.bare = None;
        self.len += 1;
    }

    /// The word after the last one read, made if there is none to reuse.
    /// (S132: inlined into `read`, which calls it once per word; making a word is `grow`'s.)
    #[inline(always)]
    fn slot(&mut self) -> &mut Word {
        if self.all.len() == self.len {
            self.grow();
        }
        &mut self.all[self.len]
    }

    /// A new spare word, for a stretch that holds more words than any read before.
    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        self.all.push(Word { folded: String::with_capacity(16), span: Span::new(0, 0), bare: None });
    }

    /// The words read last, as a vector of their own.
    pub fn into_vec(mut self) -> Vec<Word> {
        self.all.truncate(self.len);
        self.all
    }
}

impl Deref for Words {
    type Target = [Word];
    fn deref(&self) -> &[Word] {
        &self.all[..self.len]
    }
}

impl DerefMut for Words {
    fn deref_mut(&mut self) -> &mut [Word] {
        &mut self.all[..self.len]
    }
}

/// Word buffers kept between documents, one per thread at work, so that a document's words reuse
/// the strings of the documents before it. A buffer grown past `POOL_KEEP` words (a text with no
/// sentences, read whole) is dropped rather than kept.
#[derive(Debug, Default)]
pub struct WordsPool(std::sync::Mutex<Vec<Words>>);

const POOL_KEEP: usize = 4096;

impl WordsPool {
    pub fn take(&self) -> Words {
        self.0.lock().ok().and_then(|mut pool| pool.pop()).unwrap_or_default()
    }

    pub fn give(&self, words: Words) {
        if words.all.len() <= POOL_KEEP {
            if let Ok(mut pool) = self.0.lock() {
                pool.push(words);
            }
        }
    }
}

/// The words of `text[range]`: runs of letters and digits, joined across an apostrophe or a hyphen
/// that stands between two of them ("l'artillerie", "cessez-le-feu").
pub fn words(text: &str, range: Span) -> Vec<Word> {
    let mut words = Words::default();
    words.read(text, range);
    words.into_vec()
}

/// The spans of the words of `text[range]`, cut as [`words`] cuts them, without folding them:
/// for a pass that looks at few of them folded (`each` is called on each span, in order).
pub fn word_spans(text: &str, range: Span, mut each: impl FnMut(Span)) {
    let Some(slice) = range.slice(text) else { return };
    let bytes = slice.as_bytes();
    // The first byte of the open word, and the end of its last letter, in the original.
    let mut open: Option<usize> = None;
    let mut end = 0usize;
    let next_is_word = |from: usize| slice[from..].chars().next().is_some_and(char::is_alphanumeric);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if ALNUM[b as usize] {
                let run = i + bytes[i..].iter().position(|&c| !ALNUM[c as usize]).unwrap_or(bytes.len() - i);
                open.get_or_insert(range.start + i);
                end = range.start + run;
                i = run;
                continue;
            }
            i += 1;
            if let Some(start) = open {
                if !((b == b'\'' || b == b'-') && next_is_word(i)) {
                    each(Span::new(start, end));
                    open = None;
                }
            }
            continue;
        }
        let Some(c) = slice[i..].chars().next() else { break };
        let at = range.start + i;
        i += c.len_utf8();
        // A letter or a digit of another script is a word's (`fold_char` keeps every one).
        match open {
            None if is_alnum(c) => {
                open = Some(at);
                end = at + c.len_utf8();
            }
            None => {}
            Some(_) if is_alnum(c) || is_combining(c) => end = at + c.len_utf8(),
            Some(_) if is_joiner(c) && next_is_word(i) => {}
            Some(start) => {
                each(Span::new(start, end));
                open = None;
            }
        }
    }
    if let Some(start) = open {
        each(Span::new(start, end));
    }
}

/// A pattern or a resource word, folded the same way as the text.
pub fn fold_phrase(phrase: &str) -> Vec<String> {
    words(phrase, Span::new(0, phrase.len())).into_iter().map(|w| w.folded).collect()
}

/// S112: the start of the shortest end of `text` that holds `n` runs of non-whitespace, just
/// after a whitespace character (0 when `text` holds fewer).
pub fn runs_start(text: &str, n: usize) -> usize {
    nth_run_edge(text.char_indices().rev(), n).map_or(0, |(i, c)| i + c.len_utf8())
}

/// S112: the end of the shortest start of `text` that holds `n` runs of non-whitespace, at a
/// whitespace character (`text.len()` when `text` holds fewer).
pub fn runs_end(text: &str, n: usize) -> usize {
    nth_run_edge(text.char_indices(), n).map_or(text.len(), |(i, _)| i)
}

/// S124: the whitespace character that ends the `n`th run of non-whitespace of the characters
/// `chars` (a text read forwards or backwards), with its byte offset; `None` when fewer runs end so.
fn nth_run_edge(chars: impl Iterator<Item = (usize, char)>, n: usize) -> Option<(usize, char)> {
    let mut runs = 0;
    let mut in_run = false;
    for (i, c) in chars {
        if c.is_whitespace() {
            if in_run {
                runs += 1;
                if runs == n {
                    return Some((i, c));
                }
            }
            in_run = false;
        } else {
            in_run = true;
        }
    }
    None
}

/// S112: the first words of `phrase` as [`fold_phrase`] folds them, at least `n` of them, all of
/// them when it holds fewer: for a test of how many there are, up to `n`, and of the first ones,
/// that need not fold a long stretch of text.
pub fn fold_first_words(phrase: &str, n: usize) -> Vec<String> {
    let cut = runs_end(phrase, n);
    let words = fold_phrase(&phrase[..cut]);
    if words.len() >= n || cut == phrase.len() {
        words
    } else {
        fold_phrase(phrase)
    }
}

/// The word reader as it was before words were read into reused buffers (one string per
/// character read, one per word): the tests check the reader against it.
#[cfg(test)]
pub(crate) fn reference_words(text: &str, range: Span) -> Vec<Word> {
    let mut out = Vec::new();
    let Some(slice) = range.slice(text) else { return out };
    let mut current = String::new();
    let mut start = 0usize;
    let mut end = 0usize;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = range.start + i;
        let mut piece = String::new();
        if fold_char(c, &mut piece) {
            if current.is_empty() {
                start = at;
            }
            current.push_str(&piece);
            end = at + c.len_utf8();
        } else if is_combining(c) && !current.is_empty() {
            end = at + c.len_utf8();
        } else if is_joiner(c) && !current.is_empty() {
            let next_is_word = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            if next_is_word {
                current.push(if c == '-' || c == '‐' || c == '‑' { '-' } else { '\'' });
            } else {
                out.push(Word { folded: std::mem::take(&mut current), span: Span::new(start, end), bare: None });
            }
        } else if !current.is_empty() {
            out.push(Word { folded: std::mem::take(&mut current), span: Span::new(start, end), bare: None });
        }
    }
    if !current.is_empty() {
        out.push(Word { folded: current, span: Span::new(start, end), bare: None });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        words(text, Span::new(0, text.len())).into_iter().map(|w| w.folded).collect()
    }

    #[test]
    fn decomposed_accents_fold_as_composed_ones() {
        let nfd = "frappe ae\u{301}rienne a\u{300} Deir ez-Zor";
        assert_eq!(folded(nfd), ["frappe", "aerienne", "a", "deir", "ez-zor"]);
        let w = words(nfd, Span::new(0, nfd.len()));
        assert_eq!(&nfd[w[1].span.start..w[1].span.end], "ae\u{301}rienne");
    }

    #[test]
    fn accents_case_and_joiners() {
        assert_eq!(folded("Frappes AÉRIENNES à l’artillerie, cessez-le-feu."), ["frappes", "aeriennes", "a", "l'artillerie", "cessez-le-feu"]);
    }

    #[test]
    fn spans_point_into_the_original() {
        let text = "Été - tués";
        let w = words(text, Span::new(0, text.len()));
        assert_eq!(w.iter().map(|w| w.span.slice(text).unwrap()).collect::<Vec<_>>(), ["Été", "tués"]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in ["", "'", "-'-", "ﬁ", "٣٤ قتيل", "\u{301}a\u{301}", "🙂 killed"] {
            let _ = words(t, Span::new(0, t.len()));
        }
    }

    #[test]
    fn runs_of_ascii_letters_and_digits_read_as_the_reference() {
        // ASCII runs next to accents, digits, joiners, combining marks and other scripts.
        for text in [
            "Abc3DEF9g déjà-VU l'EI x' AB- 2017-11-13 ĀBC1ä COVID-19’s 12h30 e\u{301}E\u{301}e",
            "ZZZ\u{200D}aa\u{301}Bb😀cc d'Alep qu'il aujourd'hui U.S. -abc- 'abc' Deir-ez-Zor",
        ] {
            let range = Span::new(0, text.len());
            assert_eq!(words(text, range), reference_words(text, range), "{text:?}");
        }
    }

    #[test]
    fn elisions_are_marked_at_the_first_apostrophe() {
        let elisions: HashSet<String> = ["l", "qu", "d"].into_iter().map(String::from).collect();
        let text = "l'attaque qu'aujourd'hui aujourd'hui d'Alep l'";
        let mut w = words(text, Span::new(0, text.len()));
        mark_elisions(&mut w, &elisions);
        let bare: Vec<Option<&str>> = w.iter().map(|w| w.bare.as_deref()).collect();
        assert_eq!(bare, [Some("attaque"), Some("aujourd'hui"), None, Some("alep"), None]);
    }

    #[test]
    fn word_spans_cut_as_the_words() {
        for text in [
            "Abc3DEF9g déjà-VU l'EI x' AB- 2017-11-13 ĀBC1ä COVID-19’s 12h30 e\u{301}E\u{301}e",
            "ZZZ\u{200D}aa\u{301}Bb😀cc d'Alep qu'il aujourd'hui U.S. -abc- 'abc' Deir-ez-Zor",
            "ae\u{301}rienne a\u{300} ﬁ ٣٤ قتيل 🙂 killed '-' Été - tués x- l’ a‐b a‑ \u{301}a\u{301}",
            "",
        ] {
            for range in [Span::new(0, text.len()), Span::new(0, text.len() / 2), Span::new(text.len() / 3, text.len())] {
                let mut spans = Vec::new();
                word_spans(text, range, |s| spans.push(s));
                let expected: Vec<Span> = reference_words(text, range).into_iter().map(|w| w.span).collect();
                assert_eq!(spans, expected, "{text:?} {range:?}");
            }
        }
    }

    #[test]
    fn a_reused_buffer_reads_as_a_fresh_one() {
        let texts = [
            "Frappes AÉRIENNES à l’artillerie, cessez-le-feu. Deir ez-Zor - l'EI a repris",
            "ae\u{301}rienne a\u{300} ﬁ ٣٤ قتيل 🙂 killed '-' Été - tués x-",
            "A very-long-hyphenated-compound-word-that-is-longer-than-sixteen-bytes, then short ones.",
            "",
        ];
        let mut buf = Words::default();
        for _ in 0..2 {
            for text in texts {
                for range in [Span::new(0, text.len()), Span::new(0, text.len() / 2), Span::new(text.len() / 3, text.len())] {
                    let Some(_) = range.slice(text) else { continue };
                    buf.read(text, range);
                    assert_eq!(&*buf, reference_words(text, range).as_slice(), "{text:?} {range:?}");
                }
            }
        }
    }

    #[test]
    fn the_words_read_up_to_a_run_of_whitespace_are_the_first_or_last_words_of_the_whole() {
        // S112: `runs_end` and `runs_start` cut at whitespace, where a word always ends or begins,
        // so a part read alone gives the same words as the whole read, at its end or its start.
        let texts = [
            "the Paris prosecutor said on Tuesday, in northern Idlib",
            "selon le parquet  de\u{a0}Paris – l'EI a repris Deir-ez-Zor à 12h30 ﬁ ٣٤ قتيل",
            " — ‘ ’ - x- -y   and   ",
            "oneword",
            "",
        ];
        for text in texts {
            let all = fold_phrase(text);
            for n in 0..8 {
                let start = runs_start(text, n);
                let end = runs_end(text, n);
                assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{text:?} {n}");
                let tail = fold_phrase(&text[start..]);
                assert_eq!(tail[..], all[all.len() - tail.len()..], "{text:?} {n}");
                let head = fold_phrase(&text[..end]);
                assert_eq!(head[..], all[..head.len()], "{text:?} {n}");
                let first = fold_first_words(text, n);
                assert!(first.len() >= n.min(all.len()) && first[..] == all[..first.len()], "{text:?} {n}");
            }
        }
        // A stretch of runs with no word in them is read whole.
        assert_eq!(fold_first_words("— – x y", 2), ["x", "y"]);
        assert_eq!(fold_first_words("a — – —", 2), ["a"]);
    }
}
