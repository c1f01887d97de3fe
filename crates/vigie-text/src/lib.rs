//! Text basics: language, sentences, tokens, metadata.
