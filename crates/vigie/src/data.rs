//! Where `vigie setup` puts its data.

use std::path::{Path, PathBuf};

/// `--data-dir`, else `$VIGIE_DATA`, else `$XDG_DATA_HOME/vigie`, else `~/.local/share/vigie`.
pub fn data_dir(flag: Option<&Path>) -> PathBuf {
    if let Some(dir) = flag {
        return dir.to_path_buf();
    }
    let env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = env("VIGIE_DATA") {
        return dir;
    }
    if let Some(dir) = env("XDG_DATA_HOME") {
        return dir.join("vigie");
    }
    match env("HOME") {
        Some(home) => home.join(".local/share/vigie"),
        None => PathBuf::from(".vigie-data"),
    }
}
