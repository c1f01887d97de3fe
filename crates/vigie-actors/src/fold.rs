//! Case and accent folding with a map back to the original byte offsets.
//!
//! Letters and digits become lower-case ASCII (through `deunicode`), whitespace, apostrophes,
//! hyphens and brackets become one space (runs collapse), other punctuation stays. Dictionary forms and texts
//! go through the same function, so a form matches the text whatever its case, accents,
//! apostrophe style or hyphenation.

/// A folded text and, for each of its bytes, the original char's byte range.
#[derive(Debug, Default, Clone)]
pub struct Folded {
    pub text: String,
    /// `spans[i]` = (start, end) in the original text of the char that produced folded byte `i`.
    pub spans: Vec<(u32, u32)>,
}

impl Folded {
    /// Original byte range of folded range `[s, e)`; `None` when empty or out of range.
    pub fn original(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        if s >= e || e > self.spans.len() {
            return None;
        }
        Some((self.spans[s].0 as usize, self.spans[e - 1].1 as usize))
    }

    /// Whether `[s, e)` starts and ends on word boundaries of the folded text.
    pub fn is_word(&self, s: usize, e: usize) -> bool {
        let b = self.text.as_bytes();
        if s >= e || e > b.len() {
            return false;
        }
        let before = s == 0 || !b[s - 1].is_ascii_alphanumeric() || !b[s].is_ascii_alphanumeric();
        let after =
            e == b.len() || !b[e].is_ascii_alphanumeric() || !b[e - 1].is_ascii_alphanumeric();
        // A boundary inside one original char (e.g. "œ" -> "oe") is not a word boundary.
        let inside = (s > 0 && self.spans[s - 1] == self.spans[s])
            || (e < self.spans.len() && self.spans[e] == self.spans[e - 1]);
        before && after && !inside
    }
}

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\'' | '\u{2019}'
                | '\u{2018}'
                | '\u{02BC}'
                | '`'
                | '\u{00B4}'
                | '-'
                | '\u{2010}'
                | '\u{2011}'
                | '\u{00AD}'
                | '('
                | ')'
                | '['
                | ']'
        )
}

/// Folds `text` (see the module documentation).
pub fn fold(text: &str) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(text.len()),
        spans: Vec::with_capacity(text.len()),
    };
    let mut last_space = true;
    for (i, c) in text.char_indices() {
        let span = (i as u32, (i + c.len_utf8()) as u32);
        if c.is_ascii() {
            push_ascii(&mut out, c, span, &mut last_space);
            continue;
        }
        if is_separator(c) {
            push_ascii(&mut out, ' ', span, &mut last_space);
            continue;
        }
        match deunicode::deunicode_char(c) {
            Some(s) if !s.is_empty() => {
                for d in s.chars() {
                    if d.is_ascii() {
                        push_ascii(&mut out, d, span, &mut last_space);
                    }
                }
            }
            _ => push_ascii(&mut out, '?', span, &mut last_space),
        }
    }
    out
}

fn push_ascii(out: &mut Folded, c: char, span: (u32, u32), last_space: &mut bool) {
    let c = if is_separator(c) {
        ' '
    } else {
        c.to_ascii_lowercase()
    };
    if c == ' ' {
        if *last_space {
            return;
        }
        *last_space = true;
    } else {
        *last_space = false;
    }
    out.text.push(c);
    out.spans.push(span);
}

/// The folded form of a dictionary entry, trimmed.
pub fn fold_key(s: &str) -> String {
    fold(s).text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_apostrophes() {
        assert_eq!(fold_key("L’État  islamique"), "l etat islamique");
        assert_eq!(fold_key("Royaume-Uni"), "royaume uni");
        let f = fold("à Bœuf");
        let pos = f.text.find("boeuf").unwrap();
        assert_eq!(f.original(pos, pos + 5), Some((3, 8)));
    }
}
