//! Gold format and scorer.
