//! Temporal expressions: dates, times, durations, sets and vague references, found in French and
//! English text and normalised to TIMEX3 values anchored to the publication date.
//!
//! The vocabulary of each language (month and weekday names, number words, units, cue words,
//! tense markers) is read from `resources/lang/<code>/` (see `resources/docs/time.md`); the
//! grammar in [`grammar`] is shared by all languages. A language with a `time/words.tsv` file is
//! picked up without any code change.
//!
//! [`LocalDateStage`], run before it, reads the publication instant in the dateline place's time
//! zone, so that "hier" in a dispatch from Beirut sent late at night UTC is counted from Beirut's
//! date.
//!
//! ```
//! use vigie_core::{Document, Metadata, Published, LanguageGuess, Origin, Stage};
//! let stage = vigie_time::TimeStage::new(&vigie_resources::Resources::embedded()).unwrap();
//! let mut doc = Document::new("d", "Les combattants ont repris ce week-end la ville.");
//! doc.meta.lang = Some(LanguageGuess { code: "fr".into(), confidence: 1.0, origin: Origin::Caller });
//! doc.meta.published = Some(Published {
//!     date: "2017-11-13".parse().unwrap(), time: None, origin: Origin::Caller, span: None,
//! });
//! stage.run(&mut doc);
//! assert_eq!(doc.times[0].value, "2017-W45-WE");
//! ```

mod calendar;
mod grammar;
mod lexicon;
mod tokens;
mod zone;

use jiff::civil::Date;
use lexicon::Lexicon;
use vigie_core::{Document, Layer, Span, Stage, TimeExpr};
use vigie_resources::{ResourceError, Resources};
pub use zone::{local_publication, LocalDateStage, ZoneLookup};

/// The temporal-expression stage: fills [`Document::times`].
#[derive(Debug)]
pub struct TimeStage {
    lexicons: Vec<Lexicon>,
}

impl TimeStage {
    /// Loads the temporal vocabulary of every language that has a `time/words.tsv` file.
    pub fn new(res: &Resources) -> Result<Self, ResourceError> {
        let mut lexicons = Vec::new();
        for code in res.languages() {
            if let Some(lx) = Lexicon::load(res, &code)? {
                lexicons.push(lx);
            }
        }
        Ok(TimeStage { lexicons })
    }

    /// The language codes this stage knows.
    pub fn languages(&self) -> Vec<&str> {
        self.lexicons.iter().map(|l| l.code.as_str()).collect()
    }

    /// The temporal expressions of `text` in language `lang` (any known language when `None` or
    /// unknown), anchored to `anchor`; in text order, not overlapping.
    pub fn find(&self, text: &str, lang: Option<&str>, anchor: Option<Date>) -> Vec<TimeExpr> {
        self.find_in_sentences(text, lang, anchor, &[])
    }

    /// As [`TimeStage::find`], the tense of a sentence being looked for within `sentences` (byte
    /// spans in text order) when there are any.
    pub fn find_in_sentences(&self, text: &str, lang: Option<&str>, anchor: Option<Date>, sentences: &[Span]) -> Vec<TimeExpr> {
        self.find_in_country(text, lang, anchor, sentences, None)
    }

    /// As [`TimeStage::find_in_sentences`], in a document of country `country` (ISO 3166-1 code,
    /// "US") when known: a holiday whose date differs by country (US Labor Day) takes that
    /// country's date, unless its sentence names another country.
    pub fn find_in_country(
        &self,
        text: &str,
        lang: Option<&str>,
        anchor: Option<Date>,
        sentences: &[Span],
        country: Option<&str>,
    ) -> Vec<TimeExpr> {
        let toks = tokens::tokenize(text);
        let sentence: Vec<u32> = if sentences.is_empty() {
            Vec::new()
        } else if sentences.windows(2).all(|w| w[0].start <= w[1].start) {
            // Tokens and sentences both in text order: one walk, the binary search's answer.
            let mut k = 0;
            toks.toks
                .iter()
                .map(|t| {
                    while k < sentences.len() && sentences[k].start <= t.start {
                        k += 1;
                    }
                    k as u32
                })
                .collect()
        } else {
            (0..toks.len())
                .map(|i| {
                    let start = toks.get(i).map_or(0, |t| t.start);
                    sentences.partition_point(|s| s.start <= start) as u32
                })
                .collect()
        };
        // "fr-FR" is "fr"; an unknown code or none tries every language.
        let base = lang.map(|c| c.split(['-', '_']).next().unwrap_or(c));
        let chosen: Vec<&Lexicon> = match base.and_then(|c| self.lexicons.iter().find(|l| l.code.eq_ignore_ascii_case(c))) {
            Some(lx) => vec![lx],
            None => self.lexicons.iter().collect(),
        };
        let chosen_many = chosen.len() > 1;
        let mut found: Vec<grammar::Found> = Vec::new();
        for lx in chosen {
            found.extend(grammar::scan(lx, &toks, text, anchor, &sentence, country));
        }
        // Longest first among overlapping matches (earliest first among equals), then in
        // text order.
        found.retain(|f| text.get(f.start..f.end).is_some() && f.start < f.end);
        if chosen_many {
            found.sort_by(|a, b| (b.end - b.start).cmp(&(a.end - a.start)).then(a.start.cmp(&b.start)));
            let mut taken: Vec<grammar::Found> = Vec::with_capacity(found.len());
            for f in found {
                if !taken.iter().any(|t| f.start < t.end && t.start < f.end) {
                    taken.push(f);
                }
            }
            found = taken;
            found.sort_by_key(|f| f.start);
        }
        let out: Vec<TimeExpr> =
            found.into_iter().map(|f| TimeExpr { span: Span::new(f.start, f.end), kind: f.kind, value: f.value }).collect();
        out
    }
}

impl Stage for TimeStage {
    fn name(&self) -> &'static str {
        "time"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Metadata]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Times]
    }

    fn run(&self, doc: &mut Document) {
        let lang = doc.meta.lang.as_ref().map(|l| l.code.as_str()).filter(|c| *c != "und");
        // The civil date at the dateline's place when [`LocalDateStage`] found it, else the
        // publication date as given.
        let anchor = doc.meta.time_zone.as_ref().map(|z| z.date).or(doc.meta.published.as_ref().map(|p| p.date));
        let sentences: Vec<Span> = doc.sentences.iter().map(|s| s.span).collect();
        let times = self.find_in_country(&doc.text, lang, anchor, &sentences, document_country(doc));
        doc.times = times;
    }
}

/// The country of the dateline's place, when the places stage has resolved it (it runs after this
/// stage in the default pipeline: then none, and the sentence's own country words decide).
fn document_country(doc: &Document) -> Option<&str> {
    let place = doc.meta.dateline.as_ref()?.place;
    doc.places.iter().find(|p| p.span == place)?.geo.as_ref()?.country.as_deref().filter(|c| !c.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A language is a folder of data: a made-up one works without code.
    #[test]
    fn a_new_language_is_a_new_folder() {
        let res = Resources::from_files([
            ("lang/xx/months.tsv", "mensis\t5\n"),
            ("lang/xx/weekdays.tsv", "sabbato\t6\n"),
            ("lang/xx/time/words.tsv", "heri\tday\t-1\nduo\tnum\t2\nanni\tunits\tY\n"),
            ("lang/xx/time/cues.tsv", "ante\tago-after\n"),
            ("lang/xx/time/tense.tsv", "fuit\tpast\n"),
            ("lang/xx/time/settings.tsv", "numeric-date\tdmy\n"),
        ]);
        let stage = TimeStage::new(&res).unwrap();
        assert_eq!(stage.languages(), ["xx"]);
        let anchor: Date = "2017-11-13".parse().unwrap();
        let got: Vec<String> = stage.find("heri fuit; sabbato; duo anni ante", Some("xx"), Some(anchor)).into_iter().map(|t| t.value).collect();
        assert_eq!(got, ["2017-11-12", "2017-11-11", "2015"]);
    }

    #[test]
    fn a_bad_line_names_its_file_and_line() {
        let res = Resources::from_files([
            ("lang/xx/time/words.tsv", "# head\nheri\tday\t-1\nduo\tnumber\t2\n"),
        ]);
        let err = TimeStage::new(&res).unwrap_err();
        assert_eq!(err.file, "lang/xx/time/words.tsv");
        assert_eq!(err.line, 3);
    }

    /// S120: a holiday naming a thing ("le marché de Noël", "the Christmas market", "le Père
    /// Noël") dates nothing; counter-cases: the holiday itself and its day, near such a noun, still do.
    #[test]
    fn s120_a_holiday_naming_a_thing_is_no_date() {
        let stage = TimeStage::new(&Resources::embedded()).unwrap();
        let anchor: Date = "2018-12-14".parse().unwrap();
        let values = |text: &str, lang: &str| stage.find(text, Some(lang), Some(anchor)).into_iter().map(|t| t.value).collect::<Vec<_>>();
        assert!(values("L'attentat du marché de Noël a fait cinq morts.", "fr").is_empty());
        assert!(values("Le Père Noël est arrivé en avance.", "fr").is_empty());
        assert!(values("The Christmas market attack left twelve dead.", "en").is_empty());
        assert_eq!(values("Une marche aura lieu à Noël.", "fr"), ["2018-12-25"]);
        assert_eq!(values("Le marché sera fermé à Noël.", "fr"), ["2018-12-25"]);
        assert_eq!(values("The market will close on Christmas Day.", "en"), ["2018-12-25"]);
    }

    #[test]
    fn embedded_resources_load_french_and_english() {
        let stage = TimeStage::new(&Resources::embedded()).unwrap();
        let langs = stage.languages();
        assert!(langs.contains(&"fr") && langs.contains(&"en"), "{langs:?}");
    }
}
