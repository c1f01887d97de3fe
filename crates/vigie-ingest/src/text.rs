//! Plain text: one document per input, its text kept byte for byte (only a byte order mark is
//! dropped), so that offsets match the file the user has.
//!
//! Encodings: UTF-8 (BOM stripped); UTF-16 LE/BE with a BOM; UTF-16 LE/BE without a BOM when
//! every other byte is NUL (with a diagnostic); otherwise, when the bytes are not UTF-8 and do
//! not look binary, windows-1252 (with a diagnostic).

use crate::format::{self, Format, Input, ReadError, Records};
use crate::ReadOptions;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};
use vigie_core::Document;

pub struct Text;

impl Format for Text {
    fn name(&self) -> &'static str {
        "text"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["txt", "text", "md"]
    }

    /// Anything is text: this format comes last in detection order.
    fn sniff(&self, _head: &[u8]) -> bool {
        true
    }

    fn whole_input(&self) -> bool {
        true
    }

    fn read<'a>(&self, source: &str, mut input: Input<'a>, opts: &ReadOptions) -> Records<'a> {
        let result = format::read_bounded(source, &mut input, opts.max_document_bytes)
            .and_then(|bytes| read_text(source, &bytes));
        Box::new(std::iter::once(result))
    }
}

/// A text document from the bytes of a whole input.
pub fn read_text(source: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    let decoded = decode_text(bytes).map_err(|reason| ReadError::new(source, reason))?;
    if decoded.text.trim().is_empty() {
        return Err(ReadError::new(source, "empty"));
    }
    let mut doc = format::new_document(format::source_stem(source), decoded.text, source, None);
    if let Some(note) = decoded.note {
        doc.warn("text", note);
    }
    Ok(doc)
}

/// Text decoded from bytes, and what the reader had to assume to decode it.
pub struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

/// Decodes the bytes of a text file (see the module's documentation); an error when they look
/// binary.
pub fn decode_text(bytes: &[u8]) -> Result<Decoded, &'static str> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = &bytes[bom_len..];
        return Ok(decode_with(encoding, rest, None));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        let note = format!("no byte order mark; decoded as {}", encoding.name());
        return Ok(decode_with(encoding, bytes, Some(note)));
    }
    if format::looks_binary(bytes) {
        return Err("binary file, not text");
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            note: None,
        }),
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok(Decoded {
                text: text.into_owned(),
                note: Some("not UTF-8; decoded as windows-1252".to_string()),
            })
        }
    }
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8], note: Option<String>) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let note = if had_errors {
        Some(format!(
            "invalid {} bytes replaced by U+FFFD",
            encoding.name()
        ))
    } else {
        note
    };
    Decoded {
        text: text.into_owned(),
        note,
    }
}

/// UTF-16 without a byte order mark: at least 16 bytes, and 90% of the even (BE) or odd (LE)
/// bytes NUL while the others are not (true of Latin-script text).
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 16 {
        return None;
    }
    let pairs = head.len() / 2;
    let (mut even_nul, mut odd_nul) = (0, 0);
    for pair in head.chunks_exact(2) {
        even_nul += usize::from(pair[0] == 0);
        odd_nul += usize::from(pair[1] == 0);
    }
    if odd_nul * 10 >= pairs * 9 && even_nul * 10 < pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 9 && odd_nul * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Result<Document, ReadError> {
        read_text("dir/article.txt", bytes)
    }

    #[test]
    fn utf8_text_is_kept_as_is() {
        let doc = read("Première ligne.\r\n\r\nDeuxième.\n".as_bytes()).unwrap();
        assert_eq!(doc.id, "article");
        assert_eq!(doc.text, "Première ligne.\r\n\r\nDeuxième.\n");
        assert_eq!(doc.meta.source.as_deref(), Some("dir/article.txt"));
        assert!(doc.diagnostics.is_empty());
    }

    #[test]
    fn utf8_bom_is_dropped() {
        let doc = read(b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!(doc.text, "Hello");
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in "Été à Paris".encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(read(&le).unwrap().text, "Été à Paris");
        assert_eq!(read(&be).unwrap().text, "Été à Paris");
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let le: Vec<u8> = "Hello there, world"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let doc = read(&le).unwrap();
        assert_eq!(doc.text, "Hello there, world");
        assert_eq!(doc.diagnostics.len(), 1);
    }

    #[test]
    fn latin1_becomes_windows_1252_with_a_diagnostic() {
        let doc = read(b"L'\xe9t\xe9 \x93chaud\x94").unwrap();
        assert_eq!(doc.text, "L'été “chaud”");
        assert_eq!(
            doc.diagnostics[0].message,
            "not UTF-8; decoded as windows-1252"
        );
    }

    #[test]
    fn binary_and_empty_are_errors() {
        assert_eq!(
            read(b"\x7fELF\x02\x01\x01\0\0\0").unwrap_err().reason,
            "binary file, not text"
        );
        assert_eq!(read(b"").unwrap_err().reason, "empty");
        assert_eq!(read(b" \n\t\r\n").unwrap_err().reason, "empty");
        assert_eq!(read(b"\xEF\xBB\xBF").unwrap_err().reason, "empty");
    }
}
