//! Nothing panics and every span slices the text, whatever the input.

mod common;
use common::*;

const ODD: &[&str] = &[
    "",
    " ",
    "\n\n\n",
    ".",
    "...",
    "…",
    "\"",
    "« ",
    " »",
    "'",
    "’",
    "l'",
    "qu’",
    "-",
    "—",
    "a-",
    "-a",
    "1 ",
    "1 000 000 000",
    "1\u{202F}",
    "2017-11-",
    "13/11/",
    "U.S",
    "U.",
    "M.",
    "e\u{301}te\u{301}",
    "\u{301}\u{301}",
    "مرحبا بالعالم. كيف حالك؟",
    "שלום עולם",
    "\u{202E}abc\u{202C}",
    "a\u{0}b\u{7}c\u{1b}[0m",
    "👨‍👩‍👧‍👦 family 👍🏽 ok",
    "🇫🇷🇬🇧",
    "\u{FEFF}BOM",
    "http://",
    "https://x",
    "@@@",
    "a@b",
    "a@b.",
    "www.",
    "(((",
    ")))",
    "PARIS (AFP) -",
    "(AFP)",
    "AP",
    "— AP",
    "Publié le",
    "Première publication : 31/02/2017",
    "Published: 99 May 2020",
    "May 32, 2020",
    "12 nov (AFP) -",
    "\r\n\r\n",
    "a\rb\rc",
    "\u{2028}\u{2029}",
    "ÉTAT — x",
    "İstanbul İİİ",
    "ǅ ß ﬁ",
    "Ⅻ ½ ²³",
    "١٢٣ ٤٥٦",
];

fn lcg(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *seed >> 33
}

const ALPHABET: &[char] = &[
    'a', 'B', 'é', 'É', ' ', ' ', '\n', '\n', '.', '.', ',', '!', '?', '…', '\'', '’', '"', '«', '»', '“', '”', '(', ')', '-', '—',
    '/', ':', '1', '3', '0', '\u{202F}', '\u{A0}', '\u{301}', '\u{200D}', '👍', '🏽', 'ا', 'ש', '\u{0}', '\t', '%', '@', 'M', 'U', 'S',
    'A', 'F', 'P', 'h', 'w',
];

const WORDS: &[&str] = &[
    "AFP", "AP", "Reuters", "(AFP)", "Avec", "et", "M.", "Dr.", "U.S.", "p.m.", "l'", "qu'", "13/11/2017", "2017-11-13", "1 000",
    "mai", "May", "Published:", "Première publication :", "BEIRUT", " - ", " — ", "\n\n", "\n", "https://a.b/c", "x@y.fr", "...",
    "« ", " »", "\"", "Jan.", "12", "nov", "3,5", "52 %",
];

#[test]
fn odd_inputs_do_not_panic() {
    for text in ODD {
        run(text);
        run_lang(text, "fr");
        run_lang(text, "en");
        run_lang(text, "und");
        run_lang(text, "xx");
    }
}

#[test]
fn random_strings_do_not_panic() {
    let mut seed = 42u64;
    for _ in 0..400 {
        let len = (lcg(&mut seed) % 60) as usize;
        let mut s = String::new();
        for _ in 0..len {
            if lcg(&mut seed) % 3 < 1 {
                s.push_str(WORDS[(lcg(&mut seed) as usize) % WORDS.len()]);
            } else {
                s.push(ALPHABET[(lcg(&mut seed) as usize) % ALPHABET.len()]);
            }
            if lcg(&mut seed) % 4 < 1 {
                s.push(' ');
            }
        }
        run_lang(&s, "fr");
        run_lang(&s, "en");
        run_lang(&s, "und");
    }
}

#[test]
fn random_unicode_does_not_panic() {
    let mut seed = 7u64;
    for _ in 0..300 {
        let len = (lcg(&mut seed) % 40) as usize;
        let s: String = (0..len)
            .filter_map(|_| {
                let r = lcg(&mut seed);
                let cp = match r % 4 {
                    0 => (r >> 8) % 0x80,
                    1 => (r >> 8) % 0x800,
                    2 => (r >> 8) % 0x10000,
                    _ => (r >> 8) % 0x110000,
                } as u32;
                char::from_u32(cp)
            })
            .collect();
        run_lang(&s, "und");
        run(&s);
    }
}

#[test]
fn long_mixed_script_letters_do_not_panic() {
    let pools: &[&[char]] = &[
        &['a', 'e', 'é', 'ç', 'ß', 'ø', 'ł', ' ', ' '],
        &['ا', 'ب', 'ت', 'ي', 'ة', '\u{64B}', ' '],
        &['ש', 'ל', 'ו', 'ם', ' '],
        &['中', '文', '字', '。', ' '],
        &['Ж', 'ы', 'в', 'о', ' '],
        &['🙂', '\u{200D}', 'a', '\u{301}', ' '],
    ];
    let mut seed = 99u64;
    for _ in 0..60 {
        let len = 20 + (lcg(&mut seed) % 400) as usize;
        let s: String = (0..len)
            .map(|_| {
                let pool = pools[(lcg(&mut seed) as usize) % pools.len()];
                pool[(lcg(&mut seed) as usize) % pool.len()]
            })
            .collect();
        let doc = run(&s);
        assert!(doc.meta.lang.is_some());
    }
}
