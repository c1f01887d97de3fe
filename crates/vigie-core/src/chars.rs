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

/// A set of 16-bit keys, one bit each (8 KB): the pairs of first bytes ([`pair`]) that begin a
/// vocabulary's words, or a hash of their first three, asked before any look-up in the hot loops.
#[derive(Debug, Clone)]
pub struct KeyBits(Box<[u64; 1024]>);

impl Default for KeyBits {
    fn default() -> Self {
        KeyBits(Box::new([0; 1024]))
    }
}

impl KeyBits {
    /// Adds `key` (its low 16 bits).
    pub fn insert(&mut self, key: usize) {
        let key = key & 0xffff;
        self.0[key / 64] |= 1 << (key % 64);
    }

    /// Whether `key` (its low 16 bits) was added.
    #[inline(always)]
    pub fn contains(&self, key: usize) -> bool {
        let key = key & 0xffff;
        self.0[key / 64] & (1 << (key % 64)) != 0
    }
}

/// The key of a word's first two bytes in a [`KeyBits`].
#[inline(always)]
pub fn pair(b0: u8, b1: u8) -> usize {
    usize::from(b0) << 8 | usize::from(b1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn key_bits_hold_what_was_added() {
        let mut bits = super::KeyBits::default();
        bits.insert(super::pair(b'a', b'b'));
        bits.insert(0xffff);
        assert!(bits.contains(super::pair(b'a', b'b')) && bits.contains(0xffff));
        assert!(!bits.contains(super::pair(b'b', b'a')) && !bits.contains(0));
    }

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
