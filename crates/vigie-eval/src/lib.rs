//! The gold format of `shared/eval/FORMAT.md` (version 1): reading it ([`parse_gold_line`],
//! [`parse_gold_file`]), writing it from the engine's documents ([`prediction_from_document`],
//! [`to_gold_json`], [`to_gold_line`]), and scoring predictions against gold ([`Scorer`],
//! [`Report`]).
//!
//! ```
//! use vigie_eval::{parse_gold_line, Scorer};
//! let gold = parse_gold_line(r#"{"id": "a", "text": "Samedi, à Damas.", "times": [{"text": "Samedi", "value": "2017-11-11"}]}"#).unwrap();
//! let mut scorer = Scorer::default();
//! scorer.add(&gold, &gold);
//! assert_eq!(scorer.report().to_json()["times"]["f1"], 1.0);
//! ```

mod gold;
mod predict;
mod score;

pub use gold::*;
pub use predict::{prediction_from_document, to_gold_json, to_gold_line};
pub use score::*;
