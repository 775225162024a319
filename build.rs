//! Loads and checks the content file at build time and compiles it into the app as data.
//!
//! The file is `content/story.toml`, or the one named by the `EXPLAINER_CONTENT` environment
//! variable (relative to this directory). Any problem in it fails the build, with every
//! problem listed: a broken file never reaches a reader.

use std::path::Path;

use explainer_content::files::{content_name, content_path, CONTENT_VAR};

fn main() {
    println!("cargo::rerun-if-env-changed={CONTENT_VAR}");
    let (name, path) = (content_name(), content_path());
    println!("cargo::rerun-if-changed={}", path.display());
    // The map is laid out for the words of every language: the translations beside the file
    // and the interface's catalogues (the stances' names).
    for translation in explainer_content::files::translations_of(&path) {
        println!("cargo::rerun-if-changed={}", translation.display());
    }
    println!("cargo::rerun-if-changed=locales");

    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => fail(&format!(
            "cannot read the content file {}: {error}\n    fix: create it, or set {CONTENT_VAR} to an existing file",
            path.display()
        )),
    };
    let mut story = match explainer_content::load_story(&name, &text) {
        Ok(story) => story,
        Err(problems) => fail(&format!("{problems}")),
    };
    // The browser build hydrates the words the page (or the mount embed's copy of it)
    // already holds, and never makes them: it needs the story's structure, not its words.
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        story = explainer_content::without_words(&story);
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("set by cargo")).join("story.rs");
    std::fs::write(&out, explainer_content::story_to_rust(&story)).expect("OUT_DIR is writable");
}

fn fail(message: &str) -> ! {
    eprintln!("\nThe content file has problems; the explainer was not built.\n\n{message}\n");
    std::process::exit(1);
}
