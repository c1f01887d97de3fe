//! The time grammar (`vigie_time::TimeStage::find`) on arbitrary text, in a chosen language, with
//! an anchor date anywhere in the calendar (year -9999 to 9999, the ends included): no panic; the
//! expressions slice the text, come in text order without overlapping, and each has a value.
#![no_main]

use jiff::civil::Date;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use vigie_resources::Resources;
use vigie_time::TimeStage;

fn stage() -> &'static TimeStage {
    static STAGE: OnceLock<TimeStage> = OnceLock::new();
    STAGE.get_or_init(|| TimeStage::new(&Resources::embedded()).expect("time resources"))
}

/// The anchor from four bytes: none, an ordinary day, or a day near either end of the calendar
/// (where shifting by a week or a year leaves it).
fn anchor(b: [u8; 4]) -> Option<Date> {
    let year = i16::from_le_bytes([b[1], b[2]]);
    let month = (b[3] % 12 + 1) as i8;
    let day = (b[3] / 12 % 31 + 1) as i8;
    let year = match b[0] % 4 {
        0 => return None,
        1 => 2017,
        2 => year.clamp(-9999, 9999),
        _ => if year < 0 { -9999 } else { 9999 },
    };
    // Day 31 of a 30-day month is no date: fall back to the 28th.
    Date::new(year, month, day).or_else(|_| Date::new(year, month, 28)).ok()
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 5 {
        return;
    }
    let (head, rest) = data.split_at(5);
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let lang = match head[0] % 5 {
        0 => None,
        1 => Some("fr"),
        2 => Some("en"),
        3 => Some("en-GB"),
        _ => Some("xx"),
    };
    let anchor = anchor([head[1], head[2], head[3], head[4]]);
    let found = stage().find(text, lang, anchor);
    let mut last_end = 0;
    for t in &found {
        assert!(t.span.start < t.span.end, "empty time span {:?}", t.span);
        assert!(text.get(t.span.start..t.span.end).is_some(), "time span {:?} does not slice the text", t.span);
        assert!(t.span.start >= last_end, "time expressions overlap or are out of order: {found:?}");
        assert!(!t.value.is_empty(), "time expression without a value: {t:?}");
        last_end = t.span.end;
    }
});
