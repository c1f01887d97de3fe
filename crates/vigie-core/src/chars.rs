//! Character classes the stages' hot loops test on every byte or char, shared so that each
//! tokenizer answers the same.

/// `u8::is_ascii_alphanumeric` by table (one load in the hot loops, not three range tests).
pub const ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// `char::is_alphanumeric`, with the ASCII and Latin-1 letters (most letters of French and
/// English text) and the general punctuation (’ “ ” — …) told without the Unicode tables:
/// U+00C0 to U+00FF are all letters but × and ÷, U+2000 to U+206F none.
#[inline]
pub fn is_alnum(c: char) -> bool {
    match c as u32 {
        0..=0x7f => ALNUM[c as usize],
        0xc0..=0xff => c != '\u{d7}' && c != '\u{f7}',
        0x2000..=0x206f => false,
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    /// The table and Latin-1 shortcuts of `is_alnum` answer as `char::is_alphanumeric` for every
    /// char, and the table as `u8::is_ascii_alphanumeric` for every byte.
    #[test]
    fn is_alnum_is_is_alphanumeric() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(super::is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
        for b in 0..=255u8 {
            assert_eq!(super::ALNUM[b as usize], b.is_ascii_alphanumeric(), "{b}");
        }
    }
}
