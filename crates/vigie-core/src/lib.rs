//! vigie's document model. No I/O happens here.
//!
//! One [`Document`] holds the original text, its [`Metadata`], and layers of annotations
//! (sentences, tokens, entities, places, times, events). Every annotation is a [`Span`], a byte
//! range into `Document::text`; nothing copies the text it points at. A [`Stage`] reads and
//! writes layers of a document; a [`Pipeline`] runs stages in a declared order and checks, when
//! it is built, that every layer a stage requires is assigned by a stage before it.

pub mod apt;
pub mod chars;
mod document;
pub mod geo;
mod pipeline;
mod span;

pub use document::*;
pub use pipeline::{Layer, Pipeline, PipelineError, Stage};
pub use span::{char_at, Span};
