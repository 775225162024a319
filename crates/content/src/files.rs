//! Where a build finds its story: the content file (`EXPLAINER_CONTENT`, else
//! [`DEFAULT_CONTENT`], relative to the repository) and the translations beside it.

use std::path::{Path, PathBuf};

/// The story a build is made from when `EXPLAINER_CONTENT` names none.
pub const DEFAULT_CONTENT: &str = "content/story.toml";

/// The environment variable that names another content file.
pub const CONTENT_VAR: &str = "EXPLAINER_CONTENT";

/// The repository's folder (this crate is its `crates/content`).
pub fn repository() -> &'static Path {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir
        .ancestors()
        .nth(2)
        .expect("crates/content is two folders deep")
}

/// The content file a build is made from, as named: `EXPLAINER_CONTENT` (relative to the
/// repository, or absolute), else [`DEFAULT_CONTENT`].
pub fn content_name() -> String {
    std::env::var(CONTENT_VAR).unwrap_or_else(|_| DEFAULT_CONTENT.into())
}

/// The content file a build is made from ([`content_name`]), as a path.
pub fn content_path() -> PathBuf {
    repository().join(content_name())
}

/// The translations beside a content file (`story.ru.toml`, `story.fa-AF.toml` beside
/// `story.toml`), in the order of their names.
pub fn translations_of(path: &Path) -> Vec<PathBuf> {
    let Some(dir) = path.parent() else {
        return vec![];
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|p| original_of(p).is_some_and(|o| o.file_name() == path.file_name()))
        .collect();
    found.sort();
    found
}

/// The original of a translation: `story.toml` for `story.ru.toml`, when it is there.
pub fn original_of(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let (stem, lang) = name.strip_suffix(".toml")?.rsplit_once('.')?;
    let original = path.with_file_name(format!("{stem}.toml"));
    let is_tag = lang.parse::<icu_locale_core::LanguageIdentifier>().is_ok();
    (is_tag && original.is_file()).then_some(original)
}
