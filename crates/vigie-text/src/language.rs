//! Language identification.

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use std::collections::{HashMap, HashSet};
use vigie_core::{Document, Layer, LanguageGuess, Origin, Stage};
use vigie_core::chars::{pair, KeyBits};
use vigie_resources::{Resources, ResourceError};

/// How many bytes of the text are classified first (cut on a character boundary), and how many
/// when that first guess is unsure.
const SAMPLE_BYTES: usize = 300;
const SECOND_SAMPLE_BYTES: usize = 1500;
/// Below this confidence on the first sample, the second, longer sample is classified.
const SURE: f64 = 0.95;
/// Below this many letters the text is too short to tell: "und".
const MIN_LETTERS: usize = 20;
/// Below this confidence the guess is "und".
const MIN_CONFIDENCE: f64 = 0.6;
/// A text of at least `MIN_WORDS` words of which fewer than this share are common function words
/// of any language vigie reads (`lang/<code>/function-words.txt`) is in another language: "und",
/// with a diagnostic. Real articles and notes of the evaluation sets have 10% or more (median
/// 33-48%); German or Arabic text none or almost none.
const MIN_FUNCTION_SHARE: f64 = 0.05;
const MIN_WORDS: usize = 8;
/// The function words decide between the languages vigie reads without the language model when
/// the text's first `SECOND_SAMPLE_BYTES` hold at least `DECISIVE_WORDS` words, at least
/// `DECISIVE_SHARE` of them function words of one language, and at least `DECISIVE_RATIO` times
/// as many of that language's as of any other's (vigie's or a close one's). On the texts of the
/// evaluation sets, they decide 3,611 of 4,330 (every news article) and always as the model and
/// the gold do (`tests/function_words_decide.rs`); short, mixed or list-like texts go on to the
/// model.
const DECISIVE_WORDS: usize = 20;
const DECISIVE_SHARE: f64 = 0.2;
const DECISIVE_RATIO: usize = 4;

/// How many words a text's prefix holds, and how many of them are function words of each
/// language vigie reads and of each close language it does not.
struct FunctionCounts {
    words: usize,
    common: Vec<usize>,
    other: Vec<usize>,
}

/// Sets `meta.lang` from the text, choosing among the languages that have a folder under
/// `resources/lang/` and that the language model knows; keeps a language the caller gave.
pub struct LanguageStage {
    languages: Vec<(Language, String)>,
    /// Built once, models preloaded. Not in lingua's low accuracy mode: its shortcut through
    /// "unique" n-grams labels plain English news as French when only fr and en compete. On
    /// samples of 120 characters or more lingua uses trigrams only, which bounds the cost.
    detector: Option<LanguageDetector>,
    /// Each language's common function words, lower case; empty when a language has no list
    /// (then no text is said to be in another language).
    function_words: Vec<(String, HashSet<String>)>,
    /// The same for languages close to those, that vigie does not read
    /// (`lang-other/function-words.tsv`): Spanish, Italian, Portuguese.
    other_words: Vec<(String, HashSet<String>)>,
    /// Every word of those lists and which lists hold it: bit `i` for `function_words[i]`, bit
    /// `i` of the second mask for `other_words[i]` (one look-up per word of the text instead of
    /// one per list); `None` past 64 lists of either kind.
    word_lists: Option<HashMap<String, (u64, u64)>>,
    /// One bit per pair of bytes that begins a word of two bytes or more of `word_lists`, and the
    /// longest word's length: an ASCII word of the text of another first pair, or longer, is in no
    /// list, and is neither lower-cased nor looked up.
    word_pairs: KeyBits,
    word_max: usize,
}

impl std::fmt::Debug for LanguageStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LanguageStage").field("languages", &self.languages).finish()
    }
}

impl LanguageStage {
    pub fn new(resources: &Resources) -> Result<Self, ResourceError> {
        let codes = resources.languages();
        let mut languages: Vec<(Language, String)> = Language::all()
            .into_iter()
            .map(|l| (l, l.iso_code_639_1().to_string()))
            .filter(|(_, code)| codes.contains(code))
            .collect();
        languages.sort_by(|a, b| a.1.cmp(&b.1));
        let detector = (languages.len() >= 2).then(|| {
            let langs: Vec<Language> = languages.iter().map(|l| l.0).collect();
            LanguageDetectorBuilder::from_languages(&langs).with_preloaded_language_models().build()
        });
        let mut function_words = Vec::new();
        for (_, code) in &languages {
            let path = format!("lang/{code}/function-words.txt");
            let words: HashSet<String> = resources.lines(&path).map(|l| l.text.to_lowercase()).collect();
            function_words.push((code.clone(), words));
        }
        let mut other_words: Vec<(String, HashSet<String>)> = Vec::new();
        for line in resources.lines("lang-other/function-words.tsv") {
            let f = line.fields_n(2)?;
            let code = f[0].to_string();
            match other_words.iter_mut().find(|(c, _)| *c == code) {
                Some((_, words)) => {
                    words.insert(f[1].to_lowercase());
                }
                None => other_words.push((code, HashSet::from([f[1].to_lowercase()]))),
            }
        }
        let word_lists = (function_words.len() <= 64 && other_words.len() <= 64).then(|| {
            let mut map: HashMap<String, (u64, u64)> = HashMap::new();
            for (i, (_, list)) in function_words.iter().enumerate() {
                for w in list {
                    map.entry(w.clone()).or_default().0 |= 1 << i;
                }
            }
            for (i, (_, list)) in other_words.iter().enumerate() {
                for w in list {
                    map.entry(w.clone()).or_default().1 |= 1 << i;
                }
            }
            map
        });
        let mut word_pairs = KeyBits::default();
        let mut word_max = 0;
        for w in word_lists.iter().flat_map(|m| m.keys()) {
            word_max = word_max.max(w.len());
            if let [b0, b1, ..] = w.as_bytes() {
                word_pairs.insert(pair(*b0, *b1));
            }
        }
        Ok(LanguageStage { languages, detector, function_words, other_words, word_lists, word_pairs, word_max })
    }

    /// Whether `text` is long enough to tell and uses almost none of the common function words
    /// of every language vigie reads: a text in another language (German, Arabic, ...); or uses
    /// more of those of a close language vigie does not read (Spanish, Italian, Portuguese) than
    /// of any it reads.
    pub fn is_other_language(&self, text: &str) -> bool {
        self.function_counts(text).is_some_and(|c| self.is_other(&c))
    }

    /// The counts of function words in the text's first `SECOND_SAMPLE_BYTES`; `None` when a
    /// language vigie reads has no list.
    fn function_counts(&self, text: &str) -> Option<FunctionCounts> {
        if self.function_words.is_empty() || self.function_words.iter().any(|(_, w)| w.is_empty()) {
            return None;
        }
        // One pass, no allocation per word: each word is lower-cased into one reused buffer
        // (borrowed as is when already lower-case ASCII) and counted against every list.
        let mut words = 0usize;
        let mut common = vec![0usize; self.function_words.len()];
        let mut other = vec![0usize; self.other_words.len()];
        let mut lower = String::new();
        for w in prefix(text, SECOND_SAMPLE_BYTES).split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            words += 1;
            if self.word_lists.is_some() && w.len() >= 2 && w.is_ascii() {
                let b = w.as_bytes();
                if w.len() > self.word_max || !self.word_pairs.contains(pair(b[0].to_ascii_lowercase(), b[1].to_ascii_lowercase())) {
                    continue;
                }
            }
            let w: &str = if w.bytes().all(|b| b.is_ascii_lowercase()) {
                w
            } else if w.contains('Σ') {
                // the final sigma needs `str::to_lowercase`'s context
                lower = w.to_lowercase();
                &lower
            } else {
                lower.clear();
                lower.extend(w.chars().flat_map(char::to_lowercase));
                &lower
            };
            if let Some(map) = &self.word_lists {
                if let Some(&(ours, theirs)) = map.get(w) {
                    for (i, c) in common.iter_mut().enumerate() {
                        *c += usize::from(ours >> i & 1 == 1);
                    }
                    for (i, c) in other.iter_mut().enumerate() {
                        *c += usize::from(theirs >> i & 1 == 1);
                    }
                }
                continue;
            }
            for ((_, list), c) in self.function_words.iter().zip(common.iter_mut()) {
                *c += usize::from(list.contains(w));
            }
            for ((_, list), c) in self.other_words.iter().zip(other.iter_mut()) {
                *c += usize::from(list.contains(w));
            }
        }
        Some(FunctionCounts { words, common, other })
    }

    /// The function-word test of [`LanguageStage::is_other_language`] on counts.
    fn is_other(&self, c: &FunctionCounts) -> bool {
        let FunctionCounts { words, common, other } = c;
        if *words < MIN_WORDS {
            return false;
        }
        let ours = common.iter().copied().max().unwrap_or(0);
        // More common words of a language vigie does not read than of any it reads (Spanish uses
        // "la", "en", "un" as French does, but also "el", "los", "y", which French does not).
        let theirs = other.iter().copied().max().unwrap_or(0);
        common.iter().all(|&c| (c as f64) < MIN_FUNCTION_SHARE * *words as f64)
            || (theirs > ours && (theirs as f64) >= MIN_FUNCTION_SHARE * *words as f64)
    }

    /// The language the function words alone decide (see `DECISIVE_WORDS`), with a confidence:
    /// the share of its function words among those of it and of the runner-up.
    fn decided(&self, c: &FunctionCounts) -> Option<(usize, f64)> {
        if c.words < DECISIVE_WORDS {
            return None;
        }
        let (best, &top) = c.common.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
        let second = c
            .common
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != best)
            .map(|(_, &n)| n)
            .chain(c.other.iter().copied())
            .max()
            .unwrap_or(0);
        let decisive = (top as f64) >= DECISIVE_SHARE * c.words as f64 && top >= DECISIVE_RATIO * second.max(1);
        decisive.then(|| (best, top as f64 / (top + second) as f64))
    }

    /// The language the function words alone decide, without the language model: an ISO 639-1
    /// code and a confidence, `None` when they do not decide (the stage then asks the model).
    pub fn identify_by_function_words(&self, text: &str) -> Option<(String, f64)> {
        let c = self.function_counts(text)?;
        if self.is_other(&c) {
            return None;
        }
        self.decided_code(&c, text)
    }

    /// [`LanguageStage::decided`] as a code, when there is a choice to make (two languages or
    /// more) and the text holds enough letters to tell.
    fn decided_code(&self, c: &FunctionCounts, text: &str) -> Option<(String, f64)> {
        if self.detector.is_none() || !enough_letters(text) {
            return None;
        }
        let (i, conf) = self.decided(c)?;
        Some((self.languages.get(i)?.1.clone(), conf))
    }

    /// The language of `text`: an ISO 639-1 code and a confidence, "und" with 0 when too short
    /// or unsure.
    pub fn identify(&self, text: &str) -> (String, f64) {
        self.identify_checked(text, false)
    }

    /// `identify`, skipping the function-word test when the caller has already found the text
    /// is not in another language.
    fn identify_checked(&self, text: &str, known_not_other: bool) -> (String, f64) {
        let sample = prefix(text, SAMPLE_BYTES);
        if !enough_letters(text) || self.languages.is_empty() || (!known_not_other && self.is_other_language(text)) {
            return ("und".to_string(), 0.0);
        }
        let Some(detector) = &self.detector else {
            // a single language: nothing to choose
            return (self.languages[0].1.clone(), 1.0);
        };
        let mut best = detector.compute_language_confidence_values(sample).first().copied();
        if best.is_none_or(|b| b.1 < SURE) && text.len() > sample.len() {
            best = detector.compute_language_confidence_values(prefix(text, SECOND_SAMPLE_BYTES)).first().copied();
        }
        match best {
            Some((lang, conf)) if conf >= MIN_CONFIDENCE => {
                let code = self.languages.iter().find(|l| l.0 == lang).map_or_else(|| "und".to_string(), |l| l.1.clone());
                // The model sums in a hash map's order, so its last digits vary from run to run:
                // six decimals keep the same text's output the same.
                (code, (conf * 1e6).round() / 1e6)
            }
            _ => ("und".to_string(), 0.0),
        }
    }
}

/// Whether the text's first `SAMPLE_BYTES` hold enough letters to tell its language.
fn enough_letters(text: &str) -> bool {
    prefix(text, SAMPLE_BYTES).chars().filter(|c| c.is_alphabetic()).count() >= MIN_LETTERS
}

/// The first `max` bytes of `text` at most, cut on a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut cut = text.len().min(max);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

impl Stage for LanguageStage {
    fn name(&self) -> &'static str {
        "language"
    }
    fn requires(&self) -> &'static [Layer] {
        &[]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Metadata]
    }
    fn run(&self, doc: &mut Document) {
        let known = || self.languages.iter().map(|l| l.1.as_str()).collect::<Vec<_>>().join(", ");
        if let Some(given) = doc.meta.lang.as_ref().filter(|l| l.origin != Origin::Model) {
            // "fr", "FR", "fr-FR", "en_GB" are languages vigie reads.
            let base = given.code.split(['-', '_']).next().unwrap_or("").trim().to_ascii_lowercase();
            if base != "und" && !self.languages.iter().any(|l| l.1 == base) {
                let message = format!("language {:?} is not one vigie reads ({}): expect few or no entities, times or events", given.code, known());
                doc.warn(self.name(), message);
            }
            return;
        }
        let counts = self.function_counts(&doc.text);
        if counts.as_ref().is_some_and(|c| self.is_other(c)) {
            let message = format!(
                "the text is in none of the languages vigie reads ({}): judging by its common words; expect no entities, times or events",
                known()
            );
            doc.warn(self.name(), message);
            doc.meta.lang = Some(LanguageGuess { code: "und".into(), confidence: 0.0, origin: Origin::Model });
            return;
        }
        // Most articles: their function words decide, the language model is not needed (it
        // was a tenth of the pipeline's time).
        let decided = counts.as_ref().and_then(|c| self.decided_code(c, &doc.text));
        let (code, confidence) = match decided {
            Some(d) => d,
            None => self.identify_checked(&doc.text, true),
        };
        doc.meta.lang = Some(LanguageGuess { code, confidence, origin: Origin::Model });
    }
}

#[cfg(test)]
mod tests {
    /// The pair and length filter of `function_counts` skips only words in no list: the same
    /// counts as every word looked up in every list, on odd texts and the shared texts.
    #[test]
    fn the_word_filter_changes_no_count() {
        let stage = super::LanguageStage::new(&vigie_resources::Resources::embedded()).unwrap();
        let mut texts: Vec<String> = vec!["The Über-cool ÉTAT de l'Ouest and ΣΟΦΙΑ, a b y à où THE Of".into(), String::new()];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval");
        for set in ["news-en-guardian", "news-fr-orangesum", "acled-2020"] {
            match std::fs::read_to_string(dir.join(set).join("gold.jsonl")) {
                Ok(text) => texts.extend(text.lines().step_by(9).filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()?["text"].as_str().map(String::from))),
                Err(_) => eprintln!("skipped {set}: ../shared/eval is absent"),
            }
        }
        for text in &texts {
            let got = stage.function_counts(text).unwrap();
            let (mut words, mut common, mut other) = (0, vec![0; stage.function_words.len()], vec![0; stage.other_words.len()]);
            for w in super::prefix(text, super::SECOND_SAMPLE_BYTES).split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
                words += 1;
                let w = w.to_lowercase();
                for ((_, list), c) in stage.function_words.iter().zip(common.iter_mut()) {
                    *c += usize::from(list.contains(&w));
                }
                for ((_, list), c) in stage.other_words.iter().zip(other.iter_mut()) {
                    *c += usize::from(list.contains(&w));
                }
            }
            assert_eq!((got.words, got.common, got.other), (words, common, other), "{text:?}");
        }
    }
    use super::*;

    /// The plain reading of the function-word test, one lower-cased `String` per word: the
    /// one-pass counting of `is_other_language` must answer the same.
    fn naive_is_other(stage: &LanguageStage, text: &str) -> bool {
        let words: Vec<String> = prefix(text, SECOND_SAMPLE_BYTES)
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if words.len() < MIN_WORDS {
            return false;
        }
        let count = |list: &HashSet<String>| words.iter().filter(|w| list.contains(w.as_str())).count();
        let ours = stage.function_words.iter().map(|(_, l)| count(l)).max().unwrap_or(0);
        let theirs = stage.other_words.iter().map(|(_, l)| count(l)).max().unwrap_or(0);
        let share = MIN_FUNCTION_SHARE * words.len() as f64;
        stage.function_words.iter().all(|(_, list)| (count(list) as f64) < share) || (theirs > ours && theirs as f64 >= share)
    }

    #[test]
    fn one_pass_function_word_count_agrees_with_the_plain_one() {
        let stage = LanguageStage::new(&Resources::embedded()).unwrap();
        let texts = [
            "LE GOUVERNEMENT A ANNONCÉ MARDI QUE LES ÉLECTIONS AURAIENT LIEU EN MAI, SELON UN COMMUNIQUÉ.",
            "Der Bundestag hat am Donnerstag nach langer Debatte über die Zukunft der Energieversorgung abgestimmt.",
            "The Minister Said On Monday That The Talks Would Resume In Geneva After The Holiday Break.",
            "ΟΔΥΣΣΕΥΣ ΚΑΙ ΠΗΝΕΛΟΠΗ ΣΤΗΝ ΙΘΑΚΗ ΜΕΤΑ ΑΠΟ ΠΟΛΛΑ ΧΡΟΝΙΑ ΤΑΞΙΔΙΩΝ ΚΑΙ ΠΟΛΕΜΩΝ ΣΤΗΝ ΤΡΟΙΑ",
            "Au moins 12 civils ont été tués mardi dans une frappe aérienne sur un marché d'Alep.",
            "Ⅻ İstanbul'da ÇARŞI ve ŞEHİR merkezinde büyük bir yangın çıktı, itfaiye ekipleri müdahale etti.",
            "short text",
        ];
        for t in texts {
            assert_eq!(stage.is_other_language(t), naive_is_other(&stage, t), "{t}");
        }
        assert!(stage.is_other_language(texts[1]));
        for (t, other) in [
            ("El gobierno anunció el martes que las elecciones se celebrarán en mayo, según un comunicado del ministerio.", true),
            ("Il governo ha annunciato che le elezioni della regione si terranno a maggio e che il voto sarà anche per i comuni, secondo una nota del ministero.", true),
            ("O governo anunciou na terça-feira que as eleições serão realizadas em maio, segundo um comunicado do ministério.", true),
            ("Le gouvernement a annoncé mardi que les élections auraient lieu en mai à Los Angeles et à Buenos Aires, selon un communiqué.", false),
            ("The government of El Salvador said on Tuesday that the elections of Los Angeles County would be held in May.", false),
        ] {
            assert_eq!(stage.is_other_language(t), other, "{t}");
            assert_eq!(naive_is_other(&stage, t), other, "{t}");
        }
        assert!(!stage.is_other_language(texts[0]));
        assert!(!stage.is_other_language(texts[2]));
    }
}
