//! Text basics: language identification, the metadata a text gives about itself (publication
//! date lines, datelines, agency credits, title and lead), and sentences and tokens.
//!
//! Three stages, to run in this order (see [`stages`]):
//! 1. [`LanguageStage`] sets `meta.lang` (keeps a language the caller gave);
//! 2. [`MetadataStage`] sets `meta.published`, `meta.agencies`, `meta.dateline`, `meta.title`,
//!    `meta.lead` from the text (keeps what the caller gave);
//! 3. [`SegmentStage`] fills the `sentences` and `tokens` layers.
//!
//! Every word list is data under `resources/` (see `resources/docs/text.md`).

mod dates;
mod language;
mod lexicon;
mod metadata;
mod segment;

pub use language::LanguageStage;
pub use metadata::MetadataStage;
pub use segment::SegmentStage;

use std::collections::HashMap;
use vigie_core::Stage;
use vigie_resources::{Resources, ResourceError};

/// The three text stages, in the order they run: language, metadata, segmentation.
pub fn stages(resources: &Resources) -> Result<Vec<Box<dyn Stage>>, ResourceError> {
    Ok(vec![
        Box::new(LanguageStage::new(resources)?),
        Box::new(MetadataStage::new(resources)?),
        Box::new(SegmentStage::new(resources)?),
    ])
}

/// The entry of `map` for a language code as callers write it: "fr", "FR", "fr-FR", "en_GB".
pub(crate) fn by_lang<'a, T>(map: &'a HashMap<String, T>, code: &str) -> Option<&'a T> {
    if let Some(v) = map.get(code) {
        return Some(v);
    }
    let base = code.split(['-', '_']).next().unwrap_or(code).trim();
    map.get(base).or_else(|| map.get(base.to_ascii_lowercase().as_str()))
}
