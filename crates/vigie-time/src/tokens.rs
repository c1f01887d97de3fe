//! A small tokenizer for temporal expressions: runs of letters, runs of digits, and single
//! punctuation characters, each with its byte range in the original text and a folded form
//! (lowercase, accents removed) kept in one buffer per document.
//!
//! Hyphens and apostrophes separate tokens without being tokens themselves, so "après-midi",
//! "après midi" and "aujourd'hui" are matched as sequences of words.

use vigie_core::char_at;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    /// Byte range of the folded form in [`Tokens::folded`].
    fstart: u32,
    fend: u32,
    pub kind: Kind,
    /// The first character is uppercase.
    pub upper: bool,
    /// A line break stands between this token and the previous one.
    pub newline_before: bool,
}

#[derive(Debug, Default)]
pub struct Tokens {
    pub toks: Vec<Token>,
    folded: String,
}

impl Tokens {
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn get(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    /// The folded form of token `i`, or "" past the end.
    pub fn f(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => self.folded.get(t.fstart as usize..t.fend as usize).unwrap_or(""),
            None => "",
        }
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// The value of a digit token (at most 18 digits), else None.
    pub fn num(&self, i: usize) -> Option<i64> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Num || t.end - t.start > 18 {
            return None;
        }
        self.f(i).parse().ok()
    }

    /// Number of digits of a digit token.
    pub fn digits(&self, i: usize) -> usize {
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Num => t.end - t.start,
            _ => 0,
        }
    }

    /// Token `i` is punctuation `c`.
    pub fn is_punct(&self, i: usize, c: &str) -> bool {
        self.kind(i) == Some(Kind::Punct) && self.f(i) == c
    }

    /// Tokens `i` and `i + 1` touch (nothing, not even a hyphen, between them).
    pub fn adjacent(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }
}

/// Lowercase, accentless form of one character, pushed onto `out`.
#[inline]
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'œ' | 'Œ' => {
            out.push_str("oe");
            return;
        }
        'æ' | 'Æ' => {
            out.push_str("ae");
            return;
        }
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(base);
}

/// Fold a whole string (for lexicon forms and comparisons).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‘' | '‐' | '‑' | 'ʼ')
}

#[derive(PartialEq, Clone, Copy)]
enum Class {
    Space,
    Joiner,
    Alpha,
    Digit,
    Other,
}

/// [`class`] of each ASCII character, by table (the same tests, made once).
const ASCII_CLASS: [Class; 128] = {
    let mut t = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b' ' | 0x09..=0x0d => Class::Space,
            b'-' | b'\'' => Class::Joiner,
            b'0'..=b'9' => Class::Digit,
            b'a'..=b'z' | b'A'..=b'Z' => Class::Alpha,
            _ => Class::Other,
        };
        b += 1;
    }
    t
};

#[inline]
fn class(c: char) -> Class {
    match c as u32 {
        0..=0x7f => ASCII_CLASS[c as usize],
        // Latin-1 letters (U+00C0 to U+00FF but × and ÷): letters, without the Unicode tables.
        0xc0..=0xff if c != '\u{d7}' && c != '\u{f7}' => Class::Alpha,
        _ => class_of(c),
    }
}

/// The class of a char by its properties: what `ASCII_CLASS` tabulates for ASCII.
fn class_of(c: char) -> Class {
    if c.is_whitespace() {
        Class::Space
    } else if is_joiner(c) {
        Class::Joiner
    } else if c.is_ascii_digit() {
        Class::Digit
    } else if c.is_alphabetic() {
        Class::Alpha
    } else {
        Class::Other
    }
}

pub fn tokenize(text: &str) -> Tokens {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut folded = String::with_capacity(text.len());
    let mut newline = false;
    let mut pos = 0;
    while let Some((c, len)) = char_at(text, pos) {
        let start = pos;
        pos += len;
        let cl = class(c);
        match cl {
            Class::Space => {
                if c == '\n' {
                    newline = true;
                }
                continue;
            }
            Class::Joiner => continue,
            _ => {}
        }
        if cl == Class::Alpha || cl == Class::Digit {
            // ASCII bytes by the table, other chars decoded: the same classes.
            let bytes = text.as_bytes();
            loop {
                while let Some(&b) = bytes.get(pos) {
                    if !b.is_ascii() || ASCII_CLASS[b as usize] != cl {
                        break;
                    }
                    pos += 1;
                }
                match char_at(text, pos) {
                    Some((d, n)) if !d.is_ascii() && class(d) == cl => pos += n,
                    _ => break,
                }
            }
        }
        let end = pos;
        let fstart = folded.len();
        let word = &text[start..end];
        if word.is_ascii() {
            folded.push_str(word);
            folded[fstart..].make_ascii_lowercase();
        } else {
            for ch in word.chars() {
                fold_char(ch, &mut folded);
            }
        }
        let kind = match cl {
            Class::Alpha => Kind::Word,
            Class::Digit => Kind::Num,
            _ => Kind::Punct,
        };
        toks.push(Token {
            start,
            end,
            fstart: fstart as u32,
            fend: folded.len() as u32,
            kind,
            upper: c.is_uppercase(),
            newline_before: newline,
        });
        newline = false;
    }
    Tokens { toks, folded }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables and Latin-1 shortcut of `class` answer as `class_of` for every char.
    #[test]
    fn class_is_class_of() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert!(super::class(c) == super::class_of(c), "{c:?}");
        }
    }

    #[test]
    fn the_ascii_class_table_agrees_with_the_char_tests() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            // The ASCII table must agree with the char's properties on every char.
            assert!(class(c) == class_of(c), "{c:?}");
            let mut a = String::new();
            fold_char(c, &mut a);
            if c.is_ascii() {
                assert_eq!(a, c.to_ascii_lowercase().to_string());
            }
        }
    }

    /// The tokenizer as first written, over `char_indices`: the byte walk must agree.
    fn tokenize_reference(text: &str) -> Vec<(usize, usize, String, Kind, bool, bool)> {
        let mut out = Vec::new();
        let mut newline = false;
        let mut iter = text.char_indices().peekable();
        while let Some((start, c)) = iter.next() {
            let cl = class_of(c);
            match cl {
                Class::Space => {
                    if c == '\n' {
                        newline = true;
                    }
                    continue;
                }
                Class::Joiner => continue,
                _ => {}
            }
            let mut end = start + c.len_utf8();
            if cl == Class::Alpha || cl == Class::Digit {
                while let Some(&(i, d)) = iter.peek() {
                    if class_of(d) != cl {
                        break;
                    }
                    end = i + d.len_utf8();
                    iter.next();
                }
            }
            let mut f = String::new();
            for ch in text[start..end].chars() {
                fold_char(ch, &mut f);
            }
            let kind = match cl {
                Class::Alpha => Kind::Word,
                Class::Digit => Kind::Num,
                _ => Kind::Punct,
            };
            out.push((start, end, f, kind, c.is_uppercase(), newline));
            newline = false;
        }
        out
    }

    #[test]
    fn the_byte_walk_tokenizes_as_the_char_walk() {
        let texts = [
            "Aujourd’hui, 14h30 l'après-midi 13/11/2017\n\nLE 3 MAI — Œuvre ÉTÉ naïve",
            "Şanlıurfa, ١٢ مايو 2021: Kyiv (Київ) 5th–6th\r\n\u{a0}x\u{2009}y ǅ ß İ",
            "",
            "- ' ’ 12345678901234567890 abc\tDEF",
        ];
        for t in texts {
            let got = tokenize(t);
            let want = tokenize_reference(t);
            assert_eq!(got.len(), want.len(), "{t:?}");
            for (i, w) in want.iter().enumerate() {
                let g = &got.toks[i];
                assert_eq!((g.start, g.end, got.f(i), g.kind, g.upper, g.newline_before), (w.0, w.1, w.2.as_str(), w.3, w.4, w.5), "{t:?}");
            }
        }
    }

    #[test]
    fn splits_letters_digits_and_joiners() {
        let t = tokenize("Aujourd’hui, 14h30 l'après-midi 13/11/2017");
        let f: Vec<&str> = (0..t.len()).map(|i| t.f(i)).collect();
        assert_eq!(f, ["aujourd", "hui", ",", "14", "h", "30", "l", "apres", "midi", "13", "/", "11", "/", "2017"]);
        assert!(t.toks[0].upper);
        assert!(t.adjacent(3));
    }
}
