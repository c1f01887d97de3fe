//! Folding and transliteration variants: the two keys a name is indexed and looked up under.
//!
//! - The *folded* form: lower case ASCII letters and digits, words separated by one space
//!   (diacritics and ligatures removed by transliteration, apostrophes, hyphens and other
//!   punctuation turned into word breaks). "Ālbū Kamāl" → "albu kamal", "N'Djamena" → "n djamena".
//! - The *skeleton*: the folded form without spaces, rewritten by the ordered rules of
//!   `resources/geo/skeleton.tsv` (ou → u, kh → k, dj → j, ...) and with doubled letters made
//!   single. Spellings of one name in French, English and romanised Arabic, Persian or Russian
//!   mostly share a skeleton: "Boukamal" and "Bukamal" → "bukamal".
//!
//! Article variants ("al-", "el-", "ad-", glued "Al" as in "Albu") are generated when the index
//! is built, never guessed at query time: a query is folded and skeletonised once.

use vigie_resources::{ResourceError, Resources};

/// Appends the folded form of `text` to `out` (which is not cleared).
pub fn fold_into(text: &str, out: &mut String) {
    let after_text = !out.is_empty();
    fold_with(text, out, after_text);
}

/// Appends the folded form of `text` to `out` as if `out` were empty: no space before it (the
/// folded forms of several texts kept end to end in one buffer).
pub(crate) fn fold_append(text: &str, out: &mut String) {
    fold_with(text, out, false);
}

/// The folding of `text` pushed onto `out`; `after_text`: a word stands before it in `out`
/// (a word break comes first).
fn fold_with(text: &str, out: &mut String, after_text: bool) {
    let mut pending_space = after_text;
    let mut wrote_any = after_text;
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                if pending_space && wrote_any {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c.to_ascii_lowercase());
                wrote_any = true;
            } else {
                pending_space = true;
            }
            continue;
        }
        // Modifier letters used in romanisations (ʿayn, ʾalif): dropped without a break.
        if matches!(c, '\u{02B0}'..='\u{02FF}') {
            continue;
        }
        match deunicode::deunicode_char(c) {
            Some(s) => {
                for d in s.chars() {
                    if d.is_ascii_alphanumeric() {
                        if pending_space && wrote_any {
                            out.push(' ');
                        }
                        pending_space = false;
                        out.push(d.to_ascii_lowercase());
                        wrote_any = true;
                    } else {
                        pending_space = true;
                    }
                }
            }
            None => pending_space = true,
        }
    }
}

/// The folded form of `text`.
pub fn fold(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    fold_into(text, &mut s);
    s
}

/// True when every letter of `name` is Latin (with diacritics) or a modifier letter: the names
/// the index keeps (other scripts are covered by the romanised alternates GeoNames gives).
pub fn is_latin(name: &str) -> bool {
    name.chars().all(|c| {
        !c.is_alphabetic()
            || (c as u32) < 0x0300
            || matches!(c, '\u{1E00}'..='\u{1EFF}')
    })
}

/// The transliteration rules: skeleton rewrites and the articles that may be dropped.
#[derive(Debug, Clone, Default)]
pub struct Variants {
    rules: Vec<(String, String)>,
    articles: Vec<String>,
    /// Articles that may be glued to the next word ("Albu Kamal"), with the shortest rest.
    glued: Vec<(String, usize)>,
    fingerprint: u64,
}

pub const SKELETON_FILE: &str = "geo/skeleton.tsv";
pub const ARTICLES_FILE: &str = "geo/articles.tsv";

impl Variants {
    pub fn from_resources(res: &Resources) -> Result<Self, ResourceError> {
        let mut v = Variants::default();
        for line in res.lines(SKELETON_FILE) {
            let f = line.fields();
            if f.len() != 2 || f[0].is_empty() {
                return Err(line.error("expected from<TAB>to (to may be \"-\" for nothing)"));
            }
            let from = fold(f[0]).replace(' ', "");
            let to = if f[1] == "-" { String::new() } else { fold(f[1]).replace(' ', "") };
            if from.is_empty() {
                return Err(line.error("the rule rewrites nothing"));
            }
            v.rules.push((from, to));
        }
        for line in res.lines(ARTICLES_FILE) {
            let f = line.fields();
            let art = fold(f[0]);
            if art.is_empty() || art.contains(' ') {
                return Err(line.error("expected one article word"));
            }
            match f.get(1).copied() {
                None | Some("") | Some("separate") => {}
                Some(g) => match g.strip_prefix("glued:").and_then(|n| n.parse::<usize>().ok()) {
                    Some(n) => v.glued.push((art.clone(), n)),
                    None => return Err(line.error("second field must be `separate` or `glued:N`")),
                },
            }
            v.articles.push(art);
        }
        let mut h = Fnv::new();
        // The folding code's own version: bump it when `fold_into` changes.
        h.write(b"fold-2\n");
        for (a, b) in &v.rules {
            h.write(a.as_bytes());
            h.write(b"\t");
            h.write(b.as_bytes());
            h.write(b"\n");
        }
        h.write(b"--\n");
        for a in &v.articles {
            h.write(a.as_bytes());
            h.write(b"\n");
        }
        for (a, n) in &v.glued {
            h.write(a.as_bytes());
            h.write(&n.to_le_bytes());
        }
        v.fingerprint = h.finish();
        Ok(v)
    }

    /// Changes whenever the rules change: an index built with other rules must be rebuilt.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// The skeleton of an already folded form, into `out` (cleared first).
    pub fn skeleton_into(&self, folded: &str, out: &mut String) {
        out.clear();
        out.extend(folded.chars().filter(|c| *c != ' '));
        // Which bytes the form holds: a rule whose first byte is absent cannot apply, which
        // skips most substring searches. Recomputed after each rewrite.
        let bytes_of = |s: &str| {
            let mut set = [0u64; 4];
            for b in s.bytes() {
                set[(b >> 6) as usize] |= 1 << (b & 63);
            }
            set
        };
        let mut present = bytes_of(out);
        let mut tmp = String::new();
        for (from, to) in &self.rules {
            if let Some(&b) = from.as_bytes().first() {
                if present[(b >> 6) as usize] & (1 << (b & 63)) == 0 {
                    continue;
                }
            }
            if out.contains(from.as_str()) {
                tmp.clear();
                let mut rest = out.as_str();
                while let Some(pos) = rest.find(from.as_str()) {
                    tmp.push_str(&rest[..pos]);
                    tmp.push_str(to);
                    rest = &rest[pos + from.len()..];
                }
                tmp.push_str(rest);
                std::mem::swap(out, &mut tmp);
                present = bytes_of(out);
            }
        }
        // Doubled letters become single.
        let mut prev = '\0';
        out.retain(|c| {
            let keep = c != prev || c.is_ascii_digit();
            prev = c;
            keep
        });
    }

    pub fn skeleton(&self, folded: &str) -> String {
        let mut s = String::new();
        self.skeleton_into(folded, &mut s);
        s
    }

    /// The folded forms a name is indexed under besides itself: without a leading article, and
    /// without an article glued to the first word.
    pub fn article_variants(&self, folded: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some((first, rest)) = folded.split_once(' ') else {
            for (art, min) in &self.glued {
                if let Some(r) = folded.strip_prefix(art.as_str()) {
                    if r.len() >= *min {
                        out.push(r.to_string());
                    }
                }
            }
            return out;
        };
        if self.articles.iter().any(|a| a == first) {
            out.push(rest.to_string());
        }
        for (art, min) in &self.glued {
            if let Some(r) = first.strip_prefix(art.as_str()) {
                if r.len() >= *min {
                    out.push(format!("{r} {rest}"));
                }
            }
        }
        out
    }
}

/// 64-bit FNV-1a, for fingerprints of small texts.
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) fn new() -> Self {
        Fnv(0xcbf29ce484222325)
    }
    pub(crate) fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
    pub(crate) fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variants() -> Variants {
        Variants::from_resources(&Resources::embedded()).unwrap()
    }

    #[test]
    fn folding_removes_case_diacritics_ligatures_and_punctuation() {
        assert_eq!(fold("Ālbū Kamāl"), "albu kamal");
        assert_eq!(fold("Deir ez-Zor"), "deir ez zor");
        assert_eq!(fold("N’Djamena"), "n djamena");
        assert_eq!(fold("Œuf-sur-Mer"), "oeuf sur mer");
        assert_eq!(fold("  St. Louis "), "st louis");
        assert_eq!(fold("Ḩalab"), "halab");
        assert_eq!(fold("Abu-Kamal'"), "abu kamal");
        assert_eq!(fold("Raqqa'"), "raqqa");
        assert_eq!(fold("ʿAfrīn"), "afrin");
    }

    #[test]
    fn skeletons_join_french_english_and_romanised_spellings() {
        let v = variants();
        let sk = |s: &str| v.skeleton(&fold(s));
        assert_eq!(sk("Boukamal"), sk("Bukamal"));
        assert_eq!(sk("Djibouti"), sk("Jibuti"));
        assert_eq!(sk("Kharkiv"), sk("Karkiv"));
        assert_eq!(sk("Chebaa"), sk("Shebaa"));
        assert_eq!(sk("Raqqa"), sk("Rakka"));
        assert_eq!(sk("Deir ez-Zor"), sk("Deir Ezzor"));
        assert_eq!(sk("Qamichli"), sk("Qamishli"));
    }

    #[test]
    fn articles_are_dropped_separate_or_glued() {
        let v = variants();
        assert!(v.article_variants("al bukamal").contains(&"bukamal".to_string()));
        assert!(v.article_variants("albu kamal").contains(&"bu kamal".to_string()));
        assert!(v.article_variants("el arish").contains(&"arish".to_string()));
        assert!(v.article_variants("paris").is_empty());
    }

    #[test]
    fn latin_names_are_told_from_other_scripts() {
        assert!(is_latin("Ālbū Kamāl"));
        assert!(is_latin("Dəməşq"));
        assert!(!is_latin("Дамаск"));
        assert!(!is_latin("دمشق"));
    }
}
