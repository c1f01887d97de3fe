//! Language identification.

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use vigie_core::{Document, Layer, LanguageGuess, Origin, Stage};
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

/// Sets `meta.lang` from the text, choosing among the languages that have a folder under
/// `resources/lang/` and that the language model knows; keeps a language the caller gave.
pub struct LanguageStage {
    languages: Vec<(Language, String)>,
    /// Built once, models preloaded. Not in lingua's low accuracy mode: its shortcut through
    /// "unique" n-grams labels plain English news as French when only fr and en compete. On
    /// samples of 120 characters or more lingua uses trigrams only, which bounds the cost.
    detector: Option<LanguageDetector>,
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
        Ok(LanguageStage { languages, detector })
    }

    /// The language of `text`: an ISO 639-1 code and a confidence, "und" with 0 when too short
    /// or unsure.
    pub fn identify(&self, text: &str) -> (String, f64) {
        let sample = prefix(text, SAMPLE_BYTES);
        let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
        if letters < MIN_LETTERS || self.languages.is_empty() {
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
                (code, conf)
            }
            _ => ("und".to_string(), 0.0),
        }
    }
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
        if doc.meta.lang.as_ref().is_some_and(|l| l.origin != Origin::Model) {
            return;
        }
        let (code, confidence) = self.identify(&doc.text);
        doc.meta.lang = Some(LanguageGuess { code, confidence, origin: Origin::Model });
    }
}
