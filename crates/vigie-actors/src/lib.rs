//! Actors for vigie: who the people, groups, states and bodies named in an article are.
//!
//! - [`ActorDictionary`] loads `resources/actors/` (actors with dated periods, countries, kinds)
//!   and the per-language files (`lang/<code>/actors-*.tsv`, `demonyms.tsv`), validates them
//!   (errors name file and line), generates each state's government, army, police... from the
//!   country list and the role patterns, and resolves a phrase to the actor it names on a date.
//! - [`ActorStage`] fills the entities layer (PER, ORG, LOC, MISC) of a document, dictionary
//!   names linked to their actor as it was on the publication date.
//!
//! Generic actors ("civils", "gunmen") and role phrases ("l'armée syrienne", "des frappes
//! russes") are not named entities, so they are not in the entities layer (the gold sets do not
//! tag them); [`ActorDictionary::actor_mentions`] and [`ActorDictionary::resolve`] give them, with
//! spans and actors, to the events stage. [`inter_at`] turns state forces acting abroad into
//! ACLED's external forces (8).
//!
//! Dated periods: `valid_from` is inclusive, `valid_to` exclusive. With a date, the period
//! holding that date wins, then an undated period; an actor with only dated periods none of
//! which holds the date keeps its id, name and country but loses inter and PLOVER type (Donald
//! Trump in 2022 is an American, not the US government). Without a date, the most recent
//! period wins.

mod dict;
mod fold;
mod ner;
mod trie;

pub use dict::ActorDictionary;
pub use dict::{ActorMatch, ActorMention, ActorRecord, Country, MentionKind, Period};

use jiff::civil::Date;
use vigie_core::{Document, Entity, Layer, Span, Stage};
use vigie_resources::{ResourceError, Resources};

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ActorError {
    #[error(transparent)]
    Resource(#[from] ResourceError),
    #[error("resources/{0} is missing or empty")]
    Missing(String),
    #[error("cannot build the actor automaton: {0}")]
    Build(String),
}

pub type Result<T> = std::result::Result<T, ActorError>;

/// ACLED's inter code of an actor in an event located in `event_country` (ISO alpha-2): state
/// forces (1) acting outside their own country are external forces (8); everything else keeps
/// the dictionary's code.
pub fn inter_at(actor: &vigie_core::ActorRef, event_country: Option<&str>) -> Option<u8> {
    actor.inter_at(event_country)
}

/// The actors stage: named entities and their actors.
pub struct ActorStage {
    dict: ActorDictionary,
    ner: ner::Ner,
}

impl std::fmt::Debug for ActorStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ActorStage")
            .field("dict", &self.dict)
            .finish()
    }
}

impl ActorStage {
    pub fn new(res: &Resources) -> Result<Self> {
        Ok(ActorStage {
            dict: ActorDictionary::new(res)?,
            ner: ner::Ner::new(res)?,
        })
    }

    /// The language of `lang/<code>/ner-cues.tsv` whose stop words the text uses most ("und"
    /// when none); for texts that come without a language.
    pub fn guess_lang(&self, text: &str) -> &str {
        self.ner.guess_lang(text)
    }

    pub fn dictionary(&self) -> &ActorDictionary {
        &self.dict
    }

    /// Entities of a text, in text order (what [`Stage::run`] puts in the document).
    pub fn entities(&self, text: &str, lang: &str, date: Option<Date>) -> Vec<Entity> {
        self.entities_with(text, lang, date, &[])
    }

    fn entities_with(
        &self,
        text: &str,
        lang: &str,
        date: Option<Date>,
        sentence_starts: &[usize],
    ) -> Vec<Entity> {
        let folded = fold::fold(text);
        let (matches, inner) = self.dict.scan_folded(text, &folded, lang);
        self.entities_scanned(text, &folded, &matches, &inner, lang, date, sentence_starts)
    }

    /// `entities_with` from a folding and dictionary matches made once (the stage reuses them
    /// for the actor mentions).
    #[allow(clippy::too_many_arguments)]
    fn entities_scanned(
        &self,
        text: &str,
        folded: &fold::Folded,
        matches: &[dict::ActorMatch],
        inner: &[dict::ActorMatch],
        lang: &str,
        date: Option<Date>,
        sentence_starts: &[usize],
    ) -> Vec<Entity> {
        self.ner
            .recognise(&self.dict, text, folded, matches, inner, lang, date, sentence_starts)
            .into_iter()
            .filter(|e| text.get(e.start..e.end).is_some())
            .map(|e| Entity {
                span: Span {
                    start: e.start,
                    end: e.end,
                },
                label: e.label,
                actor: e.actor,
            })
            .collect()
    }
}

impl Stage for ActorStage {
    fn name(&self) -> &'static str {
        "actors"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Metadata]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Entities, Layer::Mentions]
    }
    fn run(&self, doc: &mut Document) {
        let lang = match doc.meta.lang.as_ref().map(|l| l.code.as_str()) {
            Some(code) if self.ner.knows(code) => code.to_string(),
            _ => self.ner.guess_lang(&doc.text).to_string(),
        };
        let date = doc.meta.published.as_ref().map(|p| p.date);
        let starts: Vec<usize> = doc.sentences.iter().map(|s| s.span.start).collect();
        // One folding and one dictionary scan serve both the entities and the actor mentions.
        let folded = fold::fold(&doc.text);
        let (matches, inner) = self.dict.scan_folded(&doc.text, &folded, &lang);
        doc.entities = self.entities_scanned(&doc.text, &folded, &matches, &inner, &lang, date, &starts);
        // Actor phrases for events: names, roles and demonyms; a country or a place named alone
        // ("en Syrie") is where something happens, not who does it.
        // The kind is the match's: filtering before resolving skips the actors never kept.
        let actor_matches: Vec<dict::ActorMatch> = matches
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Role | MentionKind::Demonym))
            .copied()
            .collect();
        doc.mentions = self
            .dict
            .mentions_of(&actor_matches, date)
            .into_iter()
            .map(|m| vigie_core::ActorMention { span: m.span, actor: m.actor })
            .collect();
    }
}
