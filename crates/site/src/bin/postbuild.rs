//! Finishes the built site in Trunk's staging directory (Trunk's post-build hook,
//! `scripts/postbuild.sh`, after it has minified the CSS and JS):
//!
//! - refreshes integrity hashes of files changed after Trunk hashed them;
//! - inlines the stylesheet and the loader (each would cost a round trip before first paint);
//! - writes the server-rendered explainer (its start view) into `index.html`, so the page is
//!   readable before the wasm arrives and without JavaScript (the wasm then hydrates it);
//! - moves the wasm's integrity hash to the loader, which enforces it;
//! - adds the Content-Security-Policy (hashes for exactly the inlined blocks) and an oEmbed
//!   link; writes `_headers` (the CSP as a header, CORS for assets), `oembed.json`,
//!   `embed.js` (the host loader, filled in with the hashed file names), and
//!   `app-markup.html` (the prerendered explainer, which the script mount hydrates).
//!
//!     postbuild STAGING_DIR
//!
//! `EXPLAINER_PUBLIC_URL` (default `http://127.0.0.1:8080/`) is where the site will be served,
//! for the oEmbed description.
//!
//! The editors' live preview (`scripts/preview.sh`) renders a content file read now instead of
//! the story compiled in, into a copy of the staged site:
//!
//!     postbuild --content FILE --wasm-content BUILT [--problems-json OUT]
//!               [--image-cache DIR] STAGING_DIR
//!
//! The wasm in the staged site was built from BUILT. The wasm carries the story's structure
//! and the page its words, so when FILE differs from BUILT only in words the page is rendered
//! from FILE at once; when the structure differs (a date, a stance, an added step, or words
//! that move the map's layout) it exits with status 3 and writes nothing: the wasm must be
//! rebuilt (so too when BUILT does not exist yet). When FILE has problems it lists them as
//! `scripts/check.sh` does, writes them as JSON to OUT, and exits with status 1. With
//! `--image-cache DIR` it keeps each preview image it draws in DIR by its SVG's hash and draws
//! only those not there (a save that changes one step's title redraws that step's images).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use explainer::STORY;
use explainer_content as load;
use explainer_content::glossary::Glossary;
use explainer_model::Story;
use explainer_site::finish::finish;
use explainer_site::json::to_json;

const USAGE: &str = "usage: postbuild [--content FILE --wasm-content BUILT [--problems-json OUT] \
                     [--image-cache DIR]] STAGING_DIR";

/// What the command line asks for.
struct Args {
    dir: PathBuf,
    /// The preview's `--content FILE --wasm-content BUILT`.
    preview: Option<(String, String)>,
    problems_json: Option<PathBuf>,
    /// Where the preview keeps the images it has drawn (`--image-cache`).
    image_cache: Option<PathBuf>,
}

fn parse_args() -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let (mut dir, mut content, mut wasm_content, mut problems_json) = (None, None, None, None);
    let mut image_cache = None;
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("content") => content = Some(parser.value()?.string()?),
            Long("wasm-content") => wasm_content = Some(parser.value()?.string()?),
            Long("problems-json") => problems_json = Some(PathBuf::from(parser.value()?)),
            Long("image-cache") => image_cache = Some(PathBuf::from(parser.value()?)),
            Value(value) if dir.is_none() => dir = Some(PathBuf::from(value)),
            _ => return Err(arg.unexpected()),
        }
    }
    let preview = match (content, wasm_content) {
        (Some(content), Some(built)) => Some((content, built)),
        (None, None) => None,
        _ => return Err("--content and --wasm-content go together".into()),
    };
    Ok(Args {
        dir: dir.ok_or("the staging folder is missing")?,
        preview,
        problems_json,
        image_cache,
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(error) => {
            eprintln!("postbuild: {error}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (story, content) = match &args.preview {
        Some((content, built)) => match preview_story(content, built, &args.problems_json) {
            Ok(story) => (story, PathBuf::from(content)),
            Err(status) => return status,
        },
        None => (&STORY, load::files::content_path()),
    };
    let stories = match translations(story, &content, &args.problems_json) {
        Ok(translations) => std::iter::once(story)
            .chain(translations)
            .collect::<Vec<_>>(),
        Err(status) => return status,
    };
    match finish(&args.dir, &stories, args.image_cache.as_deref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("postbuild: {error}");
            ExitCode::from(2)
        }
    }
}

/// The story of `content`, read now, if it has no problems and the structure of the story
/// the wasm was built from (`built`); otherwise the exit status that says which.
fn preview_story(
    content: &str,
    built: &str,
    problems_json: &Option<PathBuf>,
) -> Result<&'static Story, ExitCode> {
    let story = load::load_static(content, &read(Path::new(content))?)
        .map_err(|problems| failed(&problems, problems_json))?;
    // No wasm yet: it must be built (from this file, now that it is known to be good).
    if !Path::new(built).exists() {
        return Err(ExitCode::from(3));
    }
    // The file the wasm was built from was checked when it was built.
    let wasm = load::load_story(built, &read(Path::new(built))?).map_err(|problems| {
        eprintln!("{built}, which the wasm was built from, has problems:\n{problems}");
        ExitCode::from(2)
    })?;
    if structure(story) != structure(&wasm) {
        eprintln!("{content}: the story's structure changed: the wasm must be rebuilt");
        return Err(ExitCode::from(3));
    }
    Ok(story)
}

/// The text of the file at `path`, or the exit status that says it cannot be read.
fn read(path: &Path) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|error| {
        eprintln!("{}: cannot read it: {error}", path.display());
        ExitCode::from(2)
    })
}

/// Lists a content file's problems (and writes them as JSON to `problems_json`, for the
/// preview's page): the exit status of a build they stop.
fn failed(problems: &load::Problems, problems_json: &Option<PathBuf>) -> ExitCode {
    eprintln!("{problems}");
    if let Some(out) = problems_json {
        let json = problems_as_json(problems);
        if let Err(error) = std::fs::write(out, json) {
            eprintln!("cannot write {}: {error}", out.display());
            return ExitCode::from(2);
        }
    }
    ExitCode::FAILURE
}

/// The translations beside the content file (`story.ru.toml`...), each the original `story`
/// in its words; when one has problems (or is behind the original), every problem is listed
/// (as JSON too, for the preview) and the build stops.
fn translations(
    story: &'static Story,
    content: &Path,
    problems_json: &Option<PathBuf>,
) -> Result<Vec<&'static Story>, ExitCode> {
    let paths = load::translations_of(content);
    if paths.is_empty() {
        return Ok(vec![]);
    }
    let name = content.display().to_string();
    let original = load::load_original(&name, &read(content)?)
        .map_err(|problems| failed(&problems, problems_json))?;
    // Each translation has its original's structure; the original must still be the story
    // the wasm was built from.
    if structure(original.story()) != structure(story) {
        eprintln!("{name} changed since the wasm was built from it: build again");
        return Err(ExitCode::from(3));
    }
    let mut out = vec![];
    for path in paths {
        let text = read(&path)?;
        let translation = original
            .translate(&path.display().to_string(), &text)
            .map_err(|problems| failed(&problems, problems_json))?;
        // Its language's interface words against its glossary, as the checker reads them.
        let catalogue =
            explainer_locale::locales_dir().join(format!("{}.ftl", translation.meta.lang));
        let list = Glossary::of_translation(&text)
            .catalogue_problems(&std::fs::read_to_string(&catalogue).unwrap_or_default());
        if !list.is_empty() {
            let file = format!("locales/{}.ftl", translation.meta.lang);
            return Err(failed(&load::Problems { file, list }, problems_json));
        }
        out.push(&*Box::leak(Box::new(translation)));
    }
    Ok(out)
}

/// What the wasm is built from: the story without its words, as the build bakes it.
fn structure(story: &Story) -> String {
    load::story_to_rust(&load::without_words(story))
}

/// The problems as the preview page lists them: where, what and the fix.
fn problems_as_json(problems: &load::Problems) -> String {
    #[derive(serde::Serialize)]
    struct Listed<'a> {
        file: &'a str,
        problems: Vec<Problem<'a>>,
        text: String,
    }
    #[derive(serde::Serialize)]
    struct Problem<'a> {
        line: Option<usize>,
        item: &'a str,
        message: &'a str,
        fix: &'a str,
    }
    let listed = Listed {
        file: &problems.file,
        problems: problems
            .list
            .iter()
            .map(|p| Problem {
                line: p.line,
                item: &p.item,
                message: &p.message,
                fix: &p.fix,
            })
            .collect(),
        text: problems.to_string(),
    };
    to_json(&listed)
}
