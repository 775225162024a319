//! Checks content files and lists every problem, for editors: `scripts/check.sh [FILE...]`.
//! Exits 0 when every file is fine, 1 when any has problems, 2 when a file cannot be read.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
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
