//! Checks content files and lists every problem, for editors: `scripts/check.sh [FILE...]`.
//! Exits 0 when every file is fine, 1 when any has problems, 2 when a file cannot be read.
//!
//! `check --schema` prints the content file's JSON schema instead (made from the loader's own
//! types), which `content/story.schema.json` must equal: `scripts/check.sh --schema`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    if files.first().map(String::as_str) == Some("--schema") {
        let schema = explainer::load::content_schema();
        match serde_json::to_string_pretty(&schema) {
            Ok(json) => println!("{json}"),
            Err(error) => {
                eprintln!("cannot write the schema: {error}");
                return ExitCode::from(2);
            }
        }
        return ExitCode::SUCCESS;
    }
    if files.is_empty() {
        files.push(
            std::env::var("EXPLAINER_CONTENT").unwrap_or_else(|_| "content/story.toml".into()),
        );
    }
    let mut status = ExitCode::SUCCESS;
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{file}: cannot read it: {error}");
                return ExitCode::from(2);
            }
        };
        match explainer::load::load_story(file, &text) {
            Ok(story) => println!(
                "{file}: OK ({} actors, {} events, {} eras, {} relationships, {} steps)",
                story.actors.len(),
                story.events.len(),
                story.eras.len(),
                story.relationships.len(),
                story.steps.len()
            ),
            Err(problems) => {
                println!("{problems}");
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
