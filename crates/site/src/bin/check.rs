//! Checks content files and lists every problem, for editors: `scripts/check.sh [FILE...]`.
//! A story is checked with its translations (`story.ru.toml` beside `story.toml`) and the
//! interface catalogues of their languages (`locales/<lang>.ftl`); a translation named alone
//! is checked against its original. Exits 0 when every file is fine, 1 when any has
//! problems, 2 when a file cannot be read.
//!
//! `check --schema` prints the content file's JSON schema instead (made from the loader's own
//! types), which `content/story.schema.json` must equal: `scripts/check.sh --schema`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use explainer_content::catalogue::{catalogue_problems, catalogue_skeleton};
use explainer_content::files::{content_name, DEFAULT_CONTENT};
use explainer_content::glossary::Glossary;
use explainer_content::{load_story, load_translation, original_of, translations_of, Problems};
use explainer_locale::{locales_dir, SOURCE_LANG};

/// What the command line asks for.
enum Command {
    /// Check these files (none: the build's content file).
    Check(Vec<String>),
    /// Print the content file's JSON schema.
    Schema,
    /// Write a new language's skeletons, from this story (none: the default one).
    NewTranslation(String, Option<String>),
}

fn parse_args() -> Result<Command, lexopt::Error> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut files = vec![];
    while let Some(arg) = parser.next()? {
        match arg {
            Long("schema") => return Ok(Command::Schema),
            Long("new-translation") => {
                let lang = parser.value()?.string()?;
                let story = parser.values().ok().and_then(|mut v| v.next());
                let story = story.map(|s| s.string()).transpose()?;
                return Ok(Command::NewTranslation(lang, story));
            }
            Value(file) => files.push(file.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(Command::Check(files))
}

fn main() -> ExitCode {
    let mut files = match parse_args() {
        Ok(Command::Check(files)) => files,
        Ok(Command::Schema) => {
            let schema = explainer_content::content_schema();
            match serde_json::to_string_pretty(&schema) {
                Ok(json) => println!("{json}"),
                Err(error) => {
                    eprintln!("cannot write the schema: {error}");
                    return ExitCode::from(2);
                }
            }
            return ExitCode::SUCCESS;
        }
        Ok(Command::NewTranslation(lang, story)) => {
            return new_translation(&lang, story.as_deref())
        }
        Err(error) => {
            eprintln!("check: {error}\nusage: check [FILE...] | --schema | --new-translation LANG [STORY]");
            return ExitCode::from(2);
        }
    };
    if files.is_empty() {
        files.push(content_name());
    }
    let mut status = Status::Fine;
    for file in &files {
        let path = PathBuf::from(file);
        match original_of(&path) {
            Some(original) => check_translation(&original, &path, &mut status),
            None => {
                let text = match read(&path, &mut status) {
                    Some(text) => text,
                    None => continue,
                };
                let lang = match load_story(file, &text) {
                    Ok(story) => {
                        println!(
                            "{file}: OK ({} actors, {} events, {} eras, {} relationships, {} steps)",
                            story.actors.len(),
                            story.events.len(),
                            story.eras.len(),
                            story.relationships.len(),
                            story.steps.len()
                        );
                        Some(story.meta.lang)
                    }
                    Err(problems) => {
                        println!("{problems}");
                        status.problems();
                        None
                    }
                };
                if let Some(lang) = lang {
                    check_catalogue(lang, &Glossary::default(), &mut status);
                }
                for translation in translations_of(&path) {
                    check_translation(&path, &translation, &mut status);
                }
            }
        }
    }
    status.into()
}

/// Writes the skeletons of a new language: the translation of the story beside it
/// (`story.<lang>.toml`) and, unless it exists, `locales/<lang>.ftl`. Refuses to overwrite a
/// translation.
fn new_translation(lang: &str, story: Option<&str>) -> ExitCode {
    let original = PathBuf::from(story.unwrap_or(DEFAULT_CONTENT));
    let Some(text) = read(&original, &mut Status::Fine) else {
        return ExitCode::from(2);
    };
    let stem = original
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("story");
    let out = original.with_file_name(format!("{stem}.{lang}.toml"));
    if out.exists() {
        eprintln!("{} exists: not overwritten", out.display());
        return ExitCode::from(2);
    }
    let name = original.display().to_string();
    let skeleton = match explainer_content::translation_skeleton(&name, &text, lang) {
        Ok(skeleton) => skeleton,
        Err(problems) => {
            println!("{problems}");
            return ExitCode::FAILURE;
        }
    };
    let catalogue = locales_dir().join(format!("{lang}.ftl"));
    let mut written = vec![out.display().to_string()];
    if !catalogue.exists() {
        let source = locales_dir().join(format!("{SOURCE_LANG}.ftl"));
        let Some(source) = read(&source, &mut Status::Fine) else {
            return ExitCode::from(2);
        };
        let skeleton = catalogue_skeleton(lang, &source);
        if let Err(error) = std::fs::write(&catalogue, skeleton) {
            eprintln!("cannot write {}: {error}", catalogue.display());
            return ExitCode::from(2);
        }
        written.push(catalogue.display().to_string());
    }
    if let Err(error) = std::fs::write(&out, skeleton) {
        eprintln!("cannot write {}: {error}", out.display());
        return ExitCode::from(2);
    }
    for file in written {
        println!("wrote {file}");
    }
    ExitCode::SUCCESS
}

/// How the run went, worst first.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Status {
    Fine,
    Problems,
    Unreadable,
}

impl Status {
    fn problems(&mut self) {
        if *self < Status::Problems {
            *self = Status::Problems;
        }
    }
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        match status {
            Status::Fine => ExitCode::SUCCESS,
            Status::Problems => ExitCode::FAILURE,
            Status::Unreadable => ExitCode::from(2),
        }
    }
}

fn read(path: &Path, status: &mut Status) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(error) => {
            eprintln!("{}: cannot read it: {error}", path.display());
            *status = Status::Unreadable;
            None
        }
    }
}

/// Checks a translation against its original, and its language's catalogue.
fn check_translation(original: &Path, path: &Path, status: &mut Status) {
    let (Some(original_text), Some(text)) = (read(original, status), read(path, status)) else {
        return;
    };
    let name = path.display().to_string();
    let original_name = original.display().to_string();
    match load_translation(&original_name, &original_text, &name, &text) {
        Ok(story) => {
            println!(
                "{name}: OK ({} translation of {original_name}, every item in place)",
                story.meta.lang
            );
            check_catalogue(story.meta.lang, &Glossary::of_translation(&text), status);
        }
        Err(problems) => {
            println!("{problems}");
            status.problems();
            // Its language's catalogue too, when the file names one that has a catalogue.
            let lang = text.lines().find_map(|l| {
                l.strip_prefix("lang = \"")
                    .and_then(|rest| rest.strip_suffix('"'))
            });
            if let Some(lang) = lang.filter(|l| locales_dir().join(format!("{l}.ftl")).is_file()) {
                check_catalogue(lang, &Glossary::of_translation(&text), status);
            }
        }
    }
}

/// Checks `locales/<lang>.ftl` against the source language's catalogue, and its words
/// against the glossary of the translation in that language.
fn check_catalogue(lang: &str, glossary: &Glossary, status: &mut Status) {
    if lang == SOURCE_LANG {
        return;
    }
    let path = locales_dir().join(format!("{lang}.ftl"));
    let source = locales_dir().join(format!("{SOURCE_LANG}.ftl"));
    let (Some(text), Some(source)) = (read(&path, status), read(&source, status)) else {
        return;
    };
    // Listed as a content file's problems are (file:line: item: message, and the fix).
    let mut list = catalogue_problems(lang, &text, &source);
    list.extend(glossary.catalogue_problems(&text));
    list.sort_by_key(|p| p.line.unwrap_or(usize::MAX));
    let problems = Problems {
        file: format!("locales/{lang}.ftl"),
        list,
    };
    if problems.list.is_empty() {
        println!("{}: OK", problems.file);
    } else {
        println!("{problems}");
        status.problems();
    }
}
