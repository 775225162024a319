//! The content pipeline, at build time: a story's file (TOML) read into the model, checking
//! everything and collecting *every* problem, each with the file, the line, the item
//! (`relationships.russia-taliban.states[2]`), what is wrong and how to fix it; its
//! translations put onto it; its timeline, map and static markup laid out; and the result
//! baked as Rust for the app. Used by the app's build script (a broken file fails the build),
//! by the site build and the editors' checker, and by tests. Never in the wasm.

mod bake;
pub mod catalogue;
mod check;
pub mod diagnostics;
pub mod files;
pub mod glossary;
mod leak;
mod load;
pub mod map;
mod page_text;
pub mod raw;
mod recover;
mod schema;
pub mod static_html;
mod translate;
pub mod words;

pub use bake::story_to_rust;
pub use diagnostics::{Problem, Problems};
pub use files::{original_of, translations_of};
pub use load::{load_static, load_story};
pub use schema::content_schema;
pub use translate::{load_original, load_translation, translation_skeleton, Original};
pub use words::without_words;
