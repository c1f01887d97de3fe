//! The files of `resources/`, embedded at build time, and the line reader they share.
//!
//! Every resource file is UTF-8 text: one entry per line, `#` starts a comment that runs to the
//! end of the line, blank lines are ignored, and fields are separated by a tab (see
//! `resources/README.md` for each file's schema). Parsers report errors as [`ResourceError`],
//! which names the file and the line.

use std::collections::BTreeMap;
use std::path::Path;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/files.rs"));
}

#[derive(Debug, thiserror::Error, PartialEq)]
#[error("resources/{file}:{line}: {message}")]
pub struct ResourceError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

pub type Result<T> = std::result::Result<T, ResourceError>;

/// A set of resource files by relative path (`lang/fr/months.tsv`).
#[derive(Debug, Clone)]
pub struct Resources {
    files: BTreeMap<String, String>,
}

impl Resources {
    /// The files compiled into this binary.
    pub fn embedded() -> Self {
        let files =
            embedded::FILES.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        Resources { files }
    }

    /// Files read from a folder at run time (for tests and for trying a new language without
    /// rebuilding).
    pub fn from_dir(dir: &Path) -> std::io::Result<Self> {
        fn walk(root: &Path, dir: &Path, files: &mut BTreeMap<String, String>) -> std::io::Result<()> {
            for entry in std::fs::read_dir(dir)? {
                let path = entry?.path();
                if path.is_dir() {
                    walk(root, &path, files)?;
                } else if path.extension().is_none_or(|e| e != "md") {
                    let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                    files.insert(rel, std::fs::read_to_string(&path)?);
                }
            }
            Ok(())
        }
        let mut files = BTreeMap::new();
        walk(dir, dir, &mut files)?;
        Ok(Resources { files })
    }

    /// Files given in memory (for tests).
    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Resources { files: files.into_iter().map(|(p, t)| (p.to_string(), t.to_string())).collect() }
    }

    pub fn get(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }

    /// The language codes that have a folder under `lang/`.
    pub fn languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = self
            .files
            .keys()
            .filter_map(|p| p.strip_prefix("lang/")?.split('/').next().map(str::to_string))
            .collect();
        langs.dedup();
        langs
    }

    /// The entries of a file, as [`Line`]s; an absent file has none.
    pub fn lines<'a>(&'a self, path: &'a str) -> impl Iterator<Item = Line<'a>> + 'a {
        let text = self.get(path).unwrap_or("");
        text.lines().enumerate().filter_map(move |(i, raw)| {
            let content = match raw.find('#') {
                Some(pos) => &raw[..pos],
                None => raw,
            };
            let content = content.trim_end();
            if content.trim().is_empty() {
                None
            } else {
                Some(Line { file: path, number: i + 1, text: content.trim_start() })
            }
        })
    }
}

/// One entry of a resource file.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    pub file: &'a str,
    /// 1-based.
    pub number: usize,
    /// The line without its comment and surrounding blanks.
    pub text: &'a str,
}

impl<'a> Line<'a> {
    /// The tab-separated fields, trimmed.
    pub fn fields(&self) -> Vec<&'a str> {
        self.text.split('\t').map(str::trim).collect()
    }

    /// Exactly `n` tab-separated fields, or an error naming the file and line.
    pub fn fields_n(&self, n: usize) -> Result<Vec<&'a str>> {
        let fields = self.fields();
        if fields.len() != n || fields.iter().any(|f| f.is_empty()) {
            return Err(self.error(format!(
                "expected {n} non-empty tab-separated fields, found {}",
                fields.iter().filter(|f| !f.is_empty()).count()
            )));
        }
        Ok(fields)
    }

    pub fn error(&self, message: impl Into<String>) -> ResourceError {
        ResourceError { file: self.file.to_string(), line: self.number, message: message.into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blanks_are_skipped_and_lines_numbered() {
        let r = Resources::from_files([("lang/xx/a.tsv", "# head\n\nun\t1\n  deux\t2 # two\n")]);
        let lines: Vec<_> = r.lines("lang/xx/a.tsv").map(|l| (l.number, l.text)).collect();
        assert_eq!(lines, [(3, "un\t1"), (4, "deux\t2")]);
    }

    #[test]
    fn wrong_field_count_names_file_and_line() {
        let r = Resources::from_files([("lang/xx/a.tsv", "un\t1\ndeux\n")]);
        let err = r.lines("lang/xx/a.tsv").map(|l| l.fields_n(2)).find_map(|r| r.err()).unwrap();
        assert_eq!(err.to_string(), "resources/lang/xx/a.tsv:2: expected 2 non-empty tab-separated fields, found 1");
    }

    #[test]
    fn embedded_resources_hold_french_and_english() {
        let langs = Resources::embedded().languages();
        assert!(langs.contains(&"fr".to_string()) && langs.contains(&"en".to_string()), "{langs:?}");
    }
}
