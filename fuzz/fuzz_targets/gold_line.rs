//! Arbitrary UTF-8 as a gold line, a prediction line and a gold file: errors, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = vigie_eval::parse_gold_line(text);
    let _ = vigie_eval::parse_prediction_line(text);
    let _ = vigie_eval::parse_gold_file(text);
});
