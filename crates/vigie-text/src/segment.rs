//! Sentences and tokens, with byte offsets into the original text.

use crate::lexicon::{AbbrevKind, SegmentRules};
use std::collections::HashMap;
use vigie_core::{Document, Layer, Sentence, Span, Stage, Token, TokenKind};
use vigie_resources::{Resources, ResourceError};
use vigie_core::chars::{is_alnum, ALNUM};

/// Splits a document into sentences and tokens (French and English rules, or any language
/// with a folder under `resources/lang/`).
#[derive(Debug)]
pub struct SegmentStage {
    by_lang: HashMap<String, SegmentRules>,
    union: SegmentRules,
}

impl SegmentStage {
    pub fn new(resources: &Resources) -> Result<Self, ResourceError> {
        let mut by_lang = HashMap::new();
        let mut union = SegmentRules::default();
        for code in resources.languages() {
            let rules = SegmentRules::load(resources, &code)?;
            union.merge(&rules);
            by_lang.insert(code, rules);
        }
        Ok(SegmentStage { by_lang, union })
    }

    fn rules_for(&self, doc: &Document) -> &SegmentRules {
        doc.meta
            .lang
            .as_ref()
            .and_then(|l| crate::by_lang(&self.by_lang, &l.code))
            .unwrap_or(&self.union)
    }

    /// Tokens and sentences of `text` under the rules of language `lang` ("und" or an unknown
    /// code uses every language's lists).
    pub fn segment(&self, text: &str, lang: &str) -> (Vec<Sentence>, Vec<Token>) {
        let rules = crate::by_lang(&self.by_lang, lang).unwrap_or(&self.union);
        segment_with(text, rules)
    }
}

impl Stage for SegmentStage {
    fn name(&self) -> &'static str {
        "segment"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Metadata]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Sentences, Layer::Tokens]
    }
    fn run(&self, doc: &mut Document) {
        let rules = self.rules_for(doc);
        let (sentences, tokens) = segment_with(&doc.text, rules);
        doc.sentences = sentences;
        doc.tokens = tokens;
    }
}

/// Extra facts about a token that sentence splitting needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Plain,
    /// `.`, `!`, `?`, `…`, `...` and runs of them.
    Terminal,
    /// A word that carries its final period.
    Abbrev(AbbrevKind),
    /// A single capital letter with its period ("W." in "George W. Bush").
    Initial,
    /// `»`, `”`, `)`, a closing `"`.
    Closer,
    /// `«`, `“`, `(`, an opening `"`.
    Opener,
    /// `,`, `;`, `:`.
    Continuer,
}

fn segment_with(text: &str, rules: &SegmentRules) -> (Vec<Sentence>, Vec<Token>) {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut roles = Vec::with_capacity(text.len() / 5 + 1);
    tokenize(text, rules, &mut tokens, &mut roles);
    let sentences = sentences(text, &tokens, &roles, rules);
    (sentences, tokens)
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    // An ASCII byte is a whole char (never inside one): no boundary check, no decoding.
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some(char::from(b));
    }
    text.get(i..).and_then(|s| s.chars().next())
}

/// Marks that continue the character before them: combining marks, joiners, variation
/// selectors, emoji modifiers.
fn is_extender(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}' | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{200C}' | '\u{200D}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}'
        | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

fn is_punct(c: char) -> bool {
    matches!(c,
        '.' | ',' | ';' | ':' | '!' | '?' | '…' | '"' | '\'' | '«' | '»' | '“' | '”' | '„' | '‘'
        | '’' | '‹' | '›' | '(' | ')' | '[' | ']' | '{' | '}' | '-' | '–' | '—' | '‐' | '‑'
        | '‒' | '―' | '/' | '\\' | '·' | '•' | '¡' | '¿' | '‚' | '⁄' | '、' | '。' | '，'
        | '؛' | '؟' | '،' | '۔' | '¶' | '§')
}

fn skip_extenders(text: &str, mut j: usize) -> usize {
    while let Some(c) = char_at(text, j) {
        if is_extender(c) {
            j += c.len_utf8();
            // a joiner glues the next character too (emoji sequences)
            if c == '\u{200D}' {
                if let Some(n) = char_at(text, j) {
                    if !n.is_whitespace() {
                        j += n.len_utf8();
                    }
                }
            }
        } else {
            break;
        }
    }
    j
}

fn tokenize(text: &str, rules: &SegmentRules, tokens: &mut Vec<Token>, roles: &mut Vec<Role>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let push = |tokens: &mut Vec<Token>, roles: &mut Vec<Role>, s: usize, e: usize, kind, role| {
        tokens.push(Token { span: Span { start: s, end: e }, kind });
        roles.push(role);
    };
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast path for blanks
        if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else { break };
        let clen = c.len_utf8();
        if c.is_whitespace() || c.is_control() || c == '\u{FEFF}' || c == '\u{200B}' {
            i += clen;
            continue;
        }
        if let Some(end) = url_or_email(text, i) {
            push(tokens, roles, i, end, TokenKind::Word, Role::Plain);
            i = end;
            continue;
        }
        if c.is_ascii_digit() {
            let end = scan_number(text, i, rules);
            push(tokens, roles, i, end, TokenKind::Number, Role::Plain);
            i = end;
            continue;
        }
        if is_alnum(c) {
            i = scan_word(text, i, rules, tokens, roles);
            continue;
        }
        if c == '.' || c == '!' || c == '?' || c == '…' {
            let mut j = i;
            loop {
                match bytes.get(j) {
                    Some(b'.' | b'!' | b'?') => j += 1,
                    Some(0xE2) if text[j..].starts_with('…') => j += '…'.len_utf8(),
                    _ => break,
                }
            }
            push(tokens, roles, i, j, TokenKind::Punct, Role::Terminal);
            i = j;
            continue;
        }
        if is_punct(c) {
            let role = match c {
                ',' | ';' | ':' | '،' | '؛' => Role::Continuer,
                '»' | '”' | ')' | ']' | '}' | '›' | '’' => Role::Closer,
                '«' | '“' | '(' | '[' | '{' | '‹' | '„' | '‘' => Role::Opener,
                '"' | '\'' => {
                    let prev_blank = text[..i].chars().next_back().is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '«' | '“'));
                    let next_blank = char_at(text, i + clen).is_none_or(|n| n.is_whitespace());
                    if prev_blank && !next_blank {
                        Role::Opener
                    } else {
                        Role::Closer
                    }
                }
                _ => Role::Plain,
            };
            // runs of the same dash ("--", "——") are one token
            let mut j = i + clen;
            if matches!(c, '-' | '—' | '–') {
                while char_at(text, j) == Some(c) {
                    j += clen;
                }
            }
            push(tokens, roles, i, j, TokenKind::Punct, role);
            i = j;
            continue;
        }
        let end = skip_extenders(text, i + clen);
        push(tokens, roles, i, end, TokenKind::Symbol, Role::Plain);
        i = end;
    }
}

/// A URL ("https://…", "www.…") or an e-mail address starting at `i`: its end.
fn url_or_email(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let rb = rest.as_bytes();
    if !rb.first().is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    // cheap checks first: a URL prefix, or an '@' in the next few bytes of the run
    // (Each prefix begins with h, w or f, in either case.)
    let prefixed = matches!(rb[0].to_ascii_lowercase(), b'h' | b'w' | b'f')
        && ["http://", "https://", "www.", "ftp://"]
            .iter()
            .any(|p| rb.len() >= p.len() && rb[..p.len()].eq_ignore_ascii_case(p.as_bytes()));
    if !prefixed && !rb.iter().take(64).take_while(|b| !b.is_ascii_whitespace()).any(|&b| b == b'@') {
        return None;
    }
    // the run of non-blank characters, bounded
    let mut run_end = 0;
    for (k, ch) in rest.char_indices() {
        if ch.is_whitespace() || k > 512 || matches!(ch, '<' | '>' | '"' | '«' | '»' | '“' | '”') {
            break;
        }
        run_end = k + ch.len_utf8();
    }
    let run = &rest[..run_end];
    let is_url = prefixed;
    let is_mail = !is_url && {
        match run.find('@') {
            Some(at) if at > 0 => {
                let dom = &run[at + 1..];
                run[..at].bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+'))
                    && dom.contains('.')
                    && dom.as_bytes().first().is_some_and(|b| b.is_ascii_alphanumeric())
            }
            _ => false,
        }
    };
    if !is_url && !is_mail {
        return None;
    }
    // drop trailing punctuation that belongs to the sentence
    let mut end = run.len();
    while let Some(ch) = run[..end].chars().next_back() {
        if matches!(ch, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'' | '’' | '…') {
            // keep a closing parenthesis when the URL opened one
            if ch == ')' && run[..end].contains('(') {
                break;
            }
            end -= ch.len_utf8();
        } else {
            break;
        }
    }
    if is_mail {
        // an address ends with its domain
        let at = run.find('@').unwrap_or(0);
        let dom_end = run[at + 1..end]
            .char_indices()
            .find(|&(_, ch)| !(ch.is_ascii_alphanumeric() || ch == '.' || ch == '-'))
            .map_or(end, |(k, _)| at + 1 + k);
        end = dom_end;
        while run[..end].ends_with('.') {
            end -= 1;
        }
    }
    if end == 0 || (is_url && end <= 7) {
        return None;
    }
    Some(i + end)
}

fn digits_end(bytes: &[u8], mut j: usize) -> usize {
    while j < bytes.len() && bytes[j].is_ascii_digit() {
        j += 1;
    }
    j
}

fn scan_number(text: &str, i: usize, rules: &SegmentRules) -> usize {
    let bytes = text.as_bytes();
    let mut j = digits_end(bytes, i);
    let mut group = j - i;
    // ISO date 2017-11-13
    if group == 4 && bytes.get(j) == Some(&b'-') {
        let a = digits_end(bytes, j + 1);
        if a == j + 3 && bytes.get(a) == Some(&b'-') {
            let b = digits_end(bytes, a + 1);
            if b == a + 3 {
                j = b;
                group = 2;
            }
        }
    }
    let mut decimal = false;
    while let Some(c) = char_at(text, j) {
        let clen = c.len_utf8();
        let next_digit = bytes.get(j + clen).is_some_and(|b| b.is_ascii_digit());
        if matches!(c, ',' | '.' | ':' | '/') && next_digit {
            let e = digits_end(bytes, j + 1);
            if matches!(c, ',' | '.') && e - (j + 1) != 3 {
                decimal = true;
            }
            group = e - (j + 1);
            j = e;
            continue;
        }
        let grouping_space = matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2009}') || (c == ' ' && rules.space_groups_thousands);
        if grouping_space && next_digit && !decimal && (1..=3).contains(&group) {
            let e = digits_end(bytes, j + clen);
            let after = char_at(text, e);
            if e - (j + clen) == 3 && after.is_none_or(|a| !a.is_alphanumeric()) {
                group = 3;
                j = e;
                continue;
            }
        }
        if c.is_alphabetic() {
            // 14h02, 1er, 9mm, 3e
            let mut k = j;
            while let Some(ch) = char_at(text, k) {
                if ch.is_alphanumeric() || is_extender(ch) {
                    k += ch.len_utf8();
                } else {
                    break;
                }
            }
            j = k;
        }
        break;
    }
    j
}

/// Letters-and-dots acronyms of at least two segments of one or two letters:
/// "U.S.", "p.m.", "e.g.", "U.S" (without the last period when it is not there).
fn dotted_acronym(text: &str, i: usize) -> Option<usize> {
    // Three ASCII letters first, most words: more than two letters before a period.
    if text.as_bytes().get(i..i + 3).is_some_and(|b| b.iter().all(u8::is_ascii_alphabetic)) {
        return None;
    }
    let mut j = i;
    let mut dotted = 0;
    loop {
        let mut letters = 0;
        while let Some(c) = char_at(text, j) {
            if c.is_alphabetic() {
                letters += 1;
                if letters > 2 {
                    return None;
                }
                j += c.len_utf8();
            } else {
                break;
            }
        }
        if letters == 0 {
            return None;
        }
        match char_at(text, j) {
            Some('.') => {
                j += 1;
                dotted += 1;
                match char_at(text, j) {
                    Some(c) if c.is_alphabetic() => continue,
                    Some(c) if c.is_alphanumeric() => return None,
                    _ => return (dotted >= 2).then_some(j),
                }
            }
            Some(c) if c.is_alphanumeric() || is_extender(c) || is_apostrophe(c) || is_hyphen(c) => return None,
            // last segment without its period: "U.S" before a comma
            _ => return (dotted >= 1).then_some(j),
        }
    }
}



fn scan_word(text: &str, i: usize, rules: &SegmentRules, tokens: &mut Vec<Token>, roles: &mut Vec<Role>) -> usize {
    if let Some(end) = dotted_acronym(text, i) {
        let slice = &text[i..end];
        let role = if slice.ends_with('.') {
            Role::Abbrev(rules.abbreviations.get(slice).copied().unwrap_or(AbbrevKind::Inner))
        } else {
            Role::Plain
        };
        tokens.push(Token { span: Span { start: i, end }, kind: TokenKind::Word });
        roles.push(role);
        return end;
    }
    let mut j = i;
    let mut has_apostrophe = false;
    let bytes = text.as_bytes();
    loop {
        // ASCII letters and digits, most of a word, byte by byte; the rest char by char.
        while bytes.get(j).is_some_and(|&b| ALNUM[b as usize]) {
            j += 1;
        }
        let Some(ch) = char_at(text, j) else { break };
        let l = ch.len_utf8();
        // (No extender is ASCII.)
        if is_alnum(ch) || (!ch.is_ascii() && is_extender(ch)) {
            j += l;
            continue;
        }
        if (is_hyphen(ch) || is_apostrophe(ch)) && char_at(text, j + l).is_some_and(|n| n.is_alphanumeric()) {
            has_apostrophe |= is_apostrophe(ch);
            j += l;
            continue;
        }
        break;
    }
    // elisions: l'Irak, qu’il, jusqu'à
    let mut start = i;
    if has_apostrophe && !rules.elisions.is_empty() {
        while let Some((k, ap)) = text[start..j].char_indices().find(|&(_, c)| is_apostrophe(c)) {
            let prefix = &text[start..start + k];
            if is_listed_lower(prefix, |s| rules.elisions.contains(s)) {
                let e = start + k + ap.len_utf8();
                tokens.push(Token { span: Span { start, end: e }, kind: TokenKind::Word });
                roles.push(Role::Plain);
                start = e;
            } else {
                break;
            }
        }
    }
    // clitics: don't, Syria's
    let mut word_end = j;
    let mut clitic: Option<usize> = None;
    if has_apostrophe {
        for c in &rules.clitics {
            if let Some(pos) = clitic_split(&text[start..j], c) {
                clitic = Some(start + pos);
                break;
            }
        }
    }
    if let Some(pos) = clitic {
        word_end = pos;
    }
    // an abbreviation or an initial carries its period
    let mut role = Role::Plain;
    let mut end = word_end;
    if clitic.is_none() && text.as_bytes().get(word_end) == Some(&b'.') {
        let with_dot = &text[start..word_end + 1];
        if let Some(kind) = rules.abbreviations.get(with_dot) {
            role = Role::Abbrev(*kind);
            end = word_end + 1;
        } else {
            let mut cs = text[start..word_end].chars();
            if let (Some(c0), None) = (cs.next(), cs.next()) {
                if c0.is_uppercase() {
                    role = Role::Initial;
                    end = word_end + 1;
                }
            }
        }
    }
    tokens.push(Token { span: Span { start, end }, kind: TokenKind::Word });
    roles.push(role);
    if let Some(pos) = clitic {
        tokens.push(Token { span: Span { start: pos, end: j }, kind: TokenKind::Word });
        roles.push(Role::Plain);
        return j;
    }
    end
}

/// Whether the lowercase form of `s` is in a list, without allocating for short ASCII words.
fn is_listed_lower(s: &str, contains: impl Fn(&str) -> bool) -> bool {
    if s.is_empty() {
        return false;
    }
    if s.len() <= 16 && s.is_ascii() {
        let mut buf = [0u8; 16];
        for (k, b) in s.bytes().enumerate() {
            buf[k] = b.to_ascii_lowercase();
        }
        return std::str::from_utf8(&buf[..s.len()]).is_ok_and(&contains);
    }
    if s.len() > 32 {
        return false;
    }
    contains(&s.to_lowercase())
}

/// Where `word` splits before the clitic `clitic` (lowercase, with `'`), if it ends with it.
fn clitic_split(word: &str, clitic: &str) -> Option<usize> {
    let mut w = word.char_indices().rev();
    let mut c = clitic.chars().rev();
    let mut pos = word.len();
    loop {
        match c.next() {
            None => break,
            Some(cc) => {
                let (k, wc) = w.next()?;
                let same = if cc == '\'' { is_apostrophe(wc) } else { wc.to_ascii_lowercase() == cc };
                if !same {
                    return None;
                }
                pos = k;
            }
        }
    }
    // something must remain, ending with a letter
    let rest = &word[..pos];
    rest.chars().next_back().filter(|c| c.is_alphabetic()).map(|_| pos)
}

/// How many line breaks the gap `text[a..b]` holds (0, 1, or 2 for a blank line or more).
fn line_breaks(text: &str, a: usize, b: usize) -> u8 {
    let gap = &text.as_bytes()[a..b];
    let mut n = 0;
    let mut k = 0;
    while k < gap.len() {
        match gap[k] {
            b'\n' => n += 1,
            b'\r' if gap.get(k + 1) != Some(&b'\n') => n += 1,
            _ => {}
        }
        if n >= 2 {
            return 2;
        }
        k += 1;
    }
    // U+2029 paragraph separator, U+2028 line separator (not ASCII: a gap of ASCII bytes, most
    // of them, holds none)
    if n < 2 && !gap.is_ascii() {
        if let Some(s) = text.get(a..b) {
            if s.contains('\u{2029}') {
                return 2;
            }
            if s.contains('\u{2028}') || s.contains('\u{0085}') {
                n += 1;
            }
        }
    }
    n.min(2)
}

/// Whether the text is hard-wrapped: several lines of similar, moderate length inside
/// paragraphs, and no long line.
fn hard_wrapped(text: &str) -> bool {
    let mut inner_lines = 0;
    let mut prev_len: Option<usize> = None;
    for line in text.split('\n') {
        let len = line.trim().chars().count();
        if len > 110 {
            return false;
        }
        if let Some(p) = prev_len {
            if p >= 40 && len > 0 {
                inner_lines += 1;
            }
        }
        prev_len = Some(len).filter(|&l| l > 0);
    }
    inner_lines >= 3
}

fn sentences(text: &str, tokens: &[Token], roles: &[Role], rules: &SegmentRules) -> Vec<Sentence> {
    let n = tokens.len();
    let mut out = Vec::with_capacity(n / 15 + 1);
    if n == 0 {
        return out;
    }
    let wrapped = hard_wrapped(text);
    let gap_breaks = |k: usize| -> u8 {
        let a = tokens[k].span.end;
        let b = if k + 1 < n { tokens[k + 1].span.start } else { text.len() };
        line_breaks(text, a, b)
    };
    let starts_lower = |k: usize| -> bool { text[tokens[k].span.start..].chars().next().is_some_and(|c| c.is_lowercase()) };
    let starts_upper = |k: usize| -> bool { text[tokens[k].span.start..].chars().next().is_some_and(|c| c.is_uppercase()) };
    // "(...)", "[…]": an elision mark, not the end of a sentence
    let bracketed = |k: usize| -> bool {
        k > 0
            && k + 1 < n
            && tokens[k - 1].span.end == tokens[k].span.start
            && tokens[k].span.end == tokens[k + 1].span.start
            && matches!(text.as_bytes()[tokens[k - 1].span.start], b'(' | b'[')
            && matches!(text.as_bytes()[tokens[k + 1].span.start], b')' | b']')
    };
    let mut sent_start = 0;
    let mut k = 0;
    while k < n {
        let nl = gap_breaks(k);
        let mut last = None;
        if nl >= 2 {
            last = Some(k);
        } else if matches!(roles[k], Role::Terminal | Role::Abbrev(_) | Role::Initial) && !bracketed(k) {
            // closing quotes and brackets stay with the sentence they end
            let mut m = k;
            // and so does a period right after them: « ... ! ». / "... ?".
            while m + 1 < n && gap_breaks(m) == 0 {
                let closer = roles[m + 1] == Role::Closer;
                let period_after_closer = roles[m] == Role::Closer
                    && roles[m + 1] == Role::Terminal
                    && tokens[m + 1].span.start == tokens[m].span.end;
                if closer || period_after_closer {
                    m += 1;
                } else {
                    break;
                }
            }
            let nl2 = gap_breaks(m);
            let ends = if nl2 >= 1 || m + 1 == n {
                true
            } else {
                let next = m + 1;
                let next_continues = starts_lower(next) || matches!(roles[next], Role::Continuer | Role::Closer);
                let next_word = &text[tokens[next].span.start..tokens[next].span.end];
                match roles[k] {
                    Role::Abbrev(AbbrevKind::Title) => false,
                    // "the U.S. The move", "vitamin D. The": a capitalised sentence starter
                    Role::Abbrev(AbbrevKind::Inner) | Role::Initial => {
                        starts_upper(next)
                            && roles[next] == Role::Plain
                            && is_listed_lower(next_word, |s| rules.starters.contains(s))
                    }
                    Role::Abbrev(AbbrevKind::Final) => {
                        starts_upper(next) && !is_listed_lower(next_word, |s| rules.calendar_words.contains(s))
                    }
                    _ => !next_continues,
                }
            };
            if ends {
                last = Some(m);
            }
        } else if nl == 1 && k + 1 < n {
            // a line without final punctuation: a title, a credit line
            let next = k + 1;
            let open = matches!(roles[k], Role::Continuer | Role::Opener)
                || text[tokens[k].span.start..tokens[k].span.end].chars().all(is_hyphen);
            let line_start = text[..tokens[k].span.end].rfind('\n').map_or(0, |p| p + 1);
            let short_line = text[line_start..tokens[k].span.end].chars().count() < 40;
            if !open && !starts_lower(next) && (!wrapped || short_line) {
                last = Some(k);
            }
        }
        if let Some(m) = last {
            out.push(Sentence { span: Span { start: tokens[sent_start].span.start, end: tokens[m].span.end } });
            sent_start = m + 1;
            k = m + 1;
        } else {
            k += 1;
        }
    }
    if sent_start < n {
        out.push(Sentence { span: Span { start: tokens[sent_start].span.start, end: tokens[n - 1].span.end } });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> SegmentRules {
        let mut r = SegmentRules::default();
        r.abbreviations.insert("M.".into(), AbbrevKind::Title);
        r.abbreviations.insert("U.S.".into(), AbbrevKind::Inner);
        r.elisions.insert("l".into());
        r.elisions.insert("qu".into());
        r.clitics.push("'s".into());
        r.space_groups_thousands = true;
        r
    }

    fn toks(text: &str) -> Vec<&str> {
        let (_, t) = segment_with(text, &rules());
        t.iter().map(|t| &text[t.span.start..t.span.end]).collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(toks("l'Irak, 1 000 morts."), ["l'", "Irak", ",", "1 000", "morts", "."]);
        assert_eq!(toks("M. Dupont qu’il"), ["M.", "Dupont", "qu’", "il"]);
        assert_eq!(toks("the U.S. Army's"), ["the", "U.S.", "Army", "'s"]);
        assert_eq!(toks("13/11/2017 2017-11-13 3.5 52%"), ["13/11/2017", "2017-11-13", "3.5", "52", "%"]);
        assert_eq!(toks("voir https://example.com/a?b=1."), ["voir", "https://example.com/a?b=1", "."]);
        assert_eq!(toks("a@b.org."), ["a@b.org", "."]);
    }

    #[test]
    fn dotted_acronyms() {
        assert_eq!(dotted_acronym("U.S. x", 0), Some(4));
        assert_eq!(dotted_acronym("U.S, x", 0), Some(3));
        assert_eq!(dotted_acronym("fin.Le", 0), None);
        assert_eq!(dotted_acronym("M. x", 0), None);
    }
}
