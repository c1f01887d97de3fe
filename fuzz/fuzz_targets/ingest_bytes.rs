//! Arbitrary bytes through every reader (each forced format, and detection), with a small and
//! the default size limit: no panic, and every document's spans slice its text.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use vigie_ingest::{read_bytes, ReadOptions};

const FORMATS: [Option<&str>; 6] = [None, Some("text"), Some("jsonl"), Some("html"), Some("feed"), Some("warc")];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let format = FORMATS[(selector & 0x07) as usize % FORMATS.len()];
    let mut opts = ReadOptions { format: format.map(str::to_string), ..ReadOptions::default() };
    if selector & 0x08 != 0 {
        opts.max_document_bytes = 64;
    }
    if selector & 0x10 != 0 {
        opts.lang = Some("fr".into());
        opts.published = jiff::civil::Date::new(2017, 11, 13).ok();
    }
    // Detection by sniffing ("-"), or by extension when a format is forced.
    let source = if selector & 0x20 != 0 { "input.html" } else { "-" };
    for item in read_bytes(source, bytes, &opts) {
        if let Ok(doc) = item {
            common::check_spans(&doc);
        }
    }
});
