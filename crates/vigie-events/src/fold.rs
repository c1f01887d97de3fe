//! Folded words: the text lowercased and stripped of accents, cut into words, each word keeping the
//! byte range of the original text it came from.

use vigie_core::Span;

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
pub fn mark_elisions(words: &mut [Word], elisions: &std::collections::HashSet<String>) {
    for w in words {
        if let Some((head, rest)) = w.folded.split_once('\'') {
            if !rest.is_empty() && elisions.contains(head) {
                w.bare = Some(rest.to_string());
            }
        }
    }
}

/// Lowercase ASCII for one character, or `None` when it is not a letter or a digit.
fn fold_char(c: char, out: &mut String) -> bool {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return true;
    }
    if c.is_ascii() || !c.is_alphanumeric() {
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

/// The words of `text[range]`: runs of letters and digits, joined across an apostrophe or a hyphen
/// that stands between two of them ("l'artillerie", "cessez-le-feu").
pub fn words(text: &str, range: Span) -> Vec<Word> {
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

/// A pattern or a resource word, folded the same way as the text.
pub fn fold_phrase(phrase: &str) -> Vec<String> {
    words(phrase, Span::new(0, phrase.len())).into_iter().map(|w| w.folded).collect()
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
}
