//! Reading and writing the site's files, with the path in any error.

use std::path::Path;

/// The text of the file at `path`, or why it cannot be read.
pub fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Writes `text` to the file at `path`, or says why it cannot.
pub fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}
