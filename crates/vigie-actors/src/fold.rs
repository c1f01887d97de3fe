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

/// What each ASCII byte folds to: separators become a space, letters lower-case, the rest
/// unchanged. The same as `is_separator` then `to_ascii_lowercase`, by table.
const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match c {
            b' ' | 0x09..=0x0d | b'\'' | b'`' | b'-' | b'(' | b')' | b'[' | b']' => b' ',
            _ => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    t
};

/// Folds `text` (see the module documentation).
pub fn fold(text: &str) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(text.len()),
        spans: Vec::with_capacity(text.len()),
    };
    fold_with(text, &mut out);
    out
}

/// Where folding writes: the text and its spans ([`Folded`]), or the text alone (keys).
trait Sink {
    fn push(&mut self, c: u8, span: (u32, u32));
}

impl Sink for Folded {
    #[inline]
    fn push(&mut self, c: u8, span: (u32, u32)) {
        self.text.push(c as char);
        self.spans.push(span);
    }
}

impl Sink for String {
    #[inline]
    fn push(&mut self, c: u8, _: (u32, u32)) {
        String::push(self, c as char);
    }
}

fn fold_with<S: Sink>(text: &str, out: &mut S) {
    let mut last_space = true;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            push_ascii(out, b, (i as u32, i as u32 + 1), &mut last_space);
            i += 1;
            continue;
        }
        // `i` is on a char boundary: every char before it was stepped over whole.
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let span = (i as u32, (i + c.len_utf8()) as u32);
        i += c.len_utf8();
        if is_separator(c) {
            push_ascii(out, b' ', span, &mut last_space);
            continue;
        }
        match deunicode::deunicode_char(c) {
            Some(s) if !s.is_empty() => {
                for d in s.bytes() {
                    if d.is_ascii() {
                        push_ascii(out, d, span, &mut last_space);
                    }
                }
            }
            _ => push_ascii(out, b'?', span, &mut last_space),
        }
    }
}

/// Pushes the folded form of ASCII byte `b` (runs of spaces collapse).
#[inline]
fn push_ascii<S: Sink>(out: &mut S, b: u8, span: (u32, u32), last_space: &mut bool) {
    let c = ASCII_FOLD[(b & 0x7f) as usize];
    if c == b' ' {
        if *last_space {
            return;
        }
        *last_space = true;
    } else {
        *last_space = false;
    }
    out.push(c, span);
}

/// The folded form of a dictionary entry, trimmed.
pub fn fold_key(s: &str) -> String {
    // The folded text alone, without the spans `fold` keeps.
    let mut text = String::with_capacity(s.len());
    fold_with(s, &mut text);
    let trimmed = text.trim();
    if trimmed.len() == text.len() {
        text
    } else {
        trimmed.to_string()
    }
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

    /// The folding as first written, char by char: the table-driven `fold` must give the same
    /// text and spans.
    fn fold_reference(text: &str) -> Folded {
        fn push(out: &mut Folded, c: char, span: (u32, u32), last_space: &mut bool) {
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
        let mut out = Folded::default();
        let mut last_space = true;
        for (i, c) in text.char_indices() {
            let span = (i as u32, (i + c.len_utf8()) as u32);
            if c.is_ascii() || is_separator(c) {
                push(
                    &mut out,
                    if c.is_ascii() { c } else { ' ' },
                    span,
                    &mut last_space,
                );
                continue;
            }
            match deunicode::deunicode_char(c) {
                Some(s) if !s.is_empty() => {
                    for d in s.chars().filter(|d| d.is_ascii()) {
                        push(&mut out, d, span, &mut last_space);
                    }
                }
                _ => push(&mut out, '?', span, &mut last_space),
            }
        }
        out
    }

    #[test]
    fn fold_key_is_the_trimmed_fold_on_every_char() {
        for c in (0u32..=0x10FFFF).filter_map(char::from_u32) {
            for t in [format!("{c}"), format!(" {c}-A{c} {c}b{c}{c}- "), format!("\t\u{2019}{c}x{c}")] {
                assert_eq!(fold_key(&t), fold(&t).text.trim(), "{c:?}");
            }
        }
    }

    #[test]
    fn table_fold_matches_the_reference_on_every_char() {
        for c in (0u32..=0x10FFFF).filter_map(char::from_u32) {
            for t in [
                format!("{c}"),
                format!("A{c} {c}b{c}{c}-"),
                format!(" {c}\t\u{2019}{c}x"),
            ] {
                let (a, b) = (fold(&t), fold_reference(&t));
                assert_eq!(a.text, b.text, "{c:?}");
                assert_eq!(a.spans, b.spans, "{c:?}");
            }
        }
    }
}
