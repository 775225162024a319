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
use std::sync::atomic::{AtomicUsize, Ordering};

use explainer::ssr::prerender;
use explainer::STORY;
use explainer_content as load;
use explainer_model::escape_html;
use explainer_model::{page_path, Story};
use explainer_site::postbuild::{
    address, content_security_policy, first_tag, headers_file, inline_assets, insert_in_head,
    integrity_of, move_wasm_integrity, oembed_json, page_at, preview_text, public_url,
    refresh_integrity, rem_to_px, sitemap, EMBED_HEIGHT, MOUNT_MARKUP, PREVIEW_IMAGE,
    PREVIEW_TITLE_CHARS,
};
use explainer_site::preview::{self, Preview};

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

fn parse_args() -> Result<Args, String> {
    let (mut dir, mut content, mut wasm_content, mut problems_json) = (None, None, None, None);
    let mut image_cache = None;
    let mut given = std::env::args().skip(1);
    while let Some(arg) = given.next() {
        let mut value = || {
            given
                .next()
                .ok_or_else(|| format!("{arg} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--content" => content = Some(value()?),
            "--wasm-content" => wasm_content = Some(value()?),
            "--problems-json" => problems_json = Some(PathBuf::from(value()?)),
            "--image-cache" => image_cache = Some(PathBuf::from(value()?)),
            _ if arg.starts_with("--") || dir.is_some() => {
                return Err(format!("unexpected {arg:?}\n{USAGE}"))
            }
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let preview = match (content, wasm_content) {
        (Some(content), Some(built)) => Some((content, built)),
        (None, None) => None,
        _ => return Err(USAGE.into()),
    };
    Ok(Args {
        dir: dir.ok_or(USAGE)?,
        preview,
        problems_json,
        image_cache,
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(usage) => {
            eprintln!("{usage}");
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
    match run(&args.dir, &stories, args.image_cache.as_deref()) {
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
        let json = serde_json::to_string(&problems_as_json(problems))
            .expect("strings and numbers serialise");
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
        let translation = original
            .translate(&path.display().to_string(), &read(&path)?)
            .map_err(|problems| failed(&problems, problems_json))?;
        out.push(&*Box::leak(Box::new(translation)));
    }
    Ok(out)
}

/// What the wasm is built from: the story without its words, as the build bakes it.
fn structure(story: &Story) -> String {
    load::story_to_rust(&load::without_words(story))
}

/// The problems as the preview page lists them: where, what and the fix.
fn problems_as_json(problems: &load::Problems) -> serde_json::Value {
    let list: Vec<serde_json::Value> = problems
        .list
        .iter()
        .map(|p| {
            serde_json::json!({
                "line": p.line,
                "item": p.item,
                "message": p.message,
                "fix": p.fix,
            })
        })
        .collect();
    serde_json::json!({ "file": problems.file, "problems": list, "text": problems.to_string() })
}

/// Text safe inside a JS string literal of either quote style.
fn js_string_body(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '\\' | '\'' | '"' | '<' | '\n' | '\r' => {
                format!("\\u{:04x}", c as u32).chars().collect::<Vec<_>>()
            }
            c => vec![c],
        })
        .collect()
}

/// A file in `dir` named by a relative URL (`./a.js`), if it is one.
fn local(dir: &Path, url: &str) -> Option<PathBuf> {
    let name = url.strip_prefix("./").unwrap_or(url);
    (!name.is_empty() && !name.contains('/') && !name.contains("..")).then(|| dir.join(name))
}

fn run(dir: &Path, stories: &[&'static Story], image_cache: Option<&Path>) -> Result<(), String> {
    let story = stories[0];
    let index = dir.join("index.html");
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let write = |path: &Path, text: &str| {
        std::fs::write(path, text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    let page = read(&index)?;

    let page = refresh_integrity(&page, |url| {
        local(dir, url).and_then(|p| std::fs::read(p).ok())
    });
    // Remember the stylesheet before it is inlined: embed.js mounts it in a shadow root.
    let stylesheet = first_tag(&page, "link[rel=stylesheet]")
        .map(|t| {
            (
                t.get("href").unwrap_or("").to_string(),
                t.get("integrity").unwrap_or("").to_string(),
            )
        })
        .ok_or("the page has no stylesheet link")?;
    let (page, inlined) = inline_assets(&page, |url| {
        local(dir, url).and_then(|p| std::fs::read_to_string(p).ok())
    });

    let page = move_wasm_integrity(&page).map_err(|e| format!("{}: {e}", index.display()))?;
    let csp = content_security_policy(&inlined);
    // The headline as the head, oEmbed and the host loader name the explainer: plain text
    // of a sane length (no bidi overrides, which would reorder a host's page around it).
    let title = &preview_text(story.meta.headline, PREVIEW_TITLE_CHARS);
    let head = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\
         <link rel=\"alternate\" type=\"application/json+oembed\" href=\"oembed.json\" title=\"{}\">",
        escape_html(&csp),
        escape_html(title)
    );
    // Every page starts from this one: a step's page differs in its app, its head and where
    // its relative URLs point; a translation's in its words and language too.
    let template = insert_in_head(&page, &head);

    // Set only where the site's address is known: the pages' links are then absolute.
    let public = public_url(std::env::var("EXPLAINER_PUBLIC_URL").ok().as_deref())?;
    let public_url = public
        .clone()
        .unwrap_or_else(|| "http://127.0.0.1:8080/".into());
    // For each language (the original at the root, a translation in its folder): the main
    // page (the first step) and a page for each step at step/<id>/, each with its preview
    // image beside it; then its oEmbed description and its markup for the script mount. The
    // pages are rendered one thread a core, and the images drawn together after them.
    let jobs: Vec<(&'static Story, Option<usize>)> = stories
        .iter()
        .flat_map(|&story| {
            std::iter::once((story, None))
                .chain((0..story.steps.len()).map(move |i| (story, Some(i))))
        })
        .collect();
    let pages = in_parallel(&jobs, |&(story, step)| {
        let folder = dir.join(page_path(story, step.map(|i| story.steps[i].id)));
        std::fs::create_dir_all(&folder)
            .map_err(|e| format!("cannot make {}: {e}", folder.display()))?;
        let app =
            prerender(story, step.unwrap_or(0)).map_err(|e| format!("the prerendered app: {e}"))?;
        let preview = step.map_or_else(|| Preview::of_story(story), |i| Preview::of_step(story, i));
        let page = page_at(
            &template,
            &app,
            story,
            step,
            &preview,
            public.as_deref(),
            stories,
        )
        .map_err(|e| format!("{}: {e}", folder.join("index.html").display()))?;
        write(&folder.join("index.html"), &page)?;
        Ok((preview, folder.join(PREVIEW_IMAGE), app))
    })?;
    let mut images: Vec<(&'static Story, Preview, PathBuf)> = Vec::new();
    // Each language's prerendered start view (the script mount hydrates it).
    let mut mounts: Vec<(&'static Story, String)> = Vec::new();
    let mut sitemap_pages: Vec<String> = Vec::new();
    for (&(story, step), (preview, image, app)) in jobs.iter().zip(pages) {
        images.push((story, preview, image));
        sitemap_pages.push(page_path(story, step.map(|i| story.steps[i].id)));
        if step.is_none() {
            let home = dir.join(story.meta.path);
            let own_title = preview_text(story.meta.headline, PREVIEW_TITLE_CHARS);
            let provider = explainer_locale::words(story.meta.lang).msg("embed-provider");
            let url = address(&public_url, story.meta.path);
            write(
                &home.join("oembed.json"),
                &oembed_json(&url, &own_title, &provider),
            )?;
            write(&home.join(MOUNT_MARKUP), &app)?;
            mounts.push((story, app));
        }
    }
    draw_images(&images, image_cache)?;
    if let Some(public) = &public {
        write(&dir.join("sitemap.xml"), &sitemap(public, &sitemap_pages))?;
    }
    write(&dir.join("_headers"), &headers_file(&csp))?;

    // The host loader, with the hashed names of what it loads and their integrity hashes
    // (as every page names them).
    let meta = first_tag(&template, "meta[name=explainer-app]")
        .ok_or("the page has no loader meta tag")?;
    let js = meta
        .get("data-js")
        .unwrap_or("")
        .trim_start_matches("./")
        .to_string();
    let js_integrity = first_tag(&template, "link[rel=modulepreload]")
        .and_then(|t| t.get("integrity").map(str::to_string))
        .unwrap_or_default();
    // The mount's stylesheet: the page's, with rem turned to px (see rem_to_px).
    let css_name = stylesheet.0.trim_start_matches("./");
    let mount_css_name = css_name.replace(".css", ".mount.css");
    let mount_css = rem_to_px(&read(&dir.join(css_name))?);
    write(&dir.join(&mount_css_name), &mount_css)?;
    let mount_css_integrity = integrity_of(mount_css.as_bytes());
    // The translations a host may ask for with data-lang: each one's markup, its hash and
    // title.
    let langs: Vec<String> = mounts[1..]
        .iter()
        .map(|(story, app)| {
            format!(
                "'{}': {{ path: '{}', markupIntegrity: '{}', title: '{}', failed: '{}' }}",
                js_string_body(story.meta.lang),
                js_string_body(story.meta.path),
                integrity_of(app.as_bytes()),
                js_string_body(&preview_text(story.meta.headline, PREVIEW_TITLE_CHARS)),
                js_string_body(&explainer_locale::words(story.meta.lang).msg("embed-failed"))
            )
        })
        .collect();
    let embed_path = dir.join("embed.js");
    let embed = read(&embed_path)?
        .replace("__CSS_INTEGRITY__", &mount_css_integrity)
        .replace("__CSS__", &mount_css_name)
        .replace("__JS_INTEGRITY__", &js_integrity)
        .replace("__JS__", &js)
        .replace(
            "__WASM_INTEGRITY__",
            meta.get("data-wasm-integrity").unwrap_or(""),
        )
        .replace(
            "__WASM__",
            meta.get("data-wasm").unwrap_or("").trim_start_matches("./"),
        )
        .replace(
            "__MARKUP_INTEGRITY__",
            &integrity_of(mounts[0].1.as_bytes()),
        )
        .replace(
            "__SHARE_INTEGRITY__",
            &integrity_of(read(&dir.join("share.js"))?.as_bytes()),
        )
        .replace("__MARKUP__", MOUNT_MARKUP)
        .replace("__TITLE__", &js_string_body(title))
        .replace("__LANGS__", &langs.join(", "))
        .replace("__HEIGHT__", &EMBED_HEIGHT.to_string());
    write(&embed_path, &embed)?;

    println!(
        "postbuild: wrote {} ({} bytes of prerendered HTML), {} step pages with preview images, \
         oembed.json, _headers, embed.js, {MOUNT_MARKUP}{}{}",
        index.display(),
        mounts[0].1.len(),
        story.steps.len(),
        if public.is_some() {
            ", sitemap.xml"
        } else {
            " (no sitemap.xml: EXPLAINER_PUBLIC_URL is not set)"
        },
        if stories.len() > 1 {
            format!(
                "; the same in {}",
                stories[1..]
                    .iter()
                    .map(|s| s.meta.path)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        } else {
            String::new()
        }
    );
    Ok(())
}

/// Draws the preview images and writes each to its path (the images are independent, and
/// each the same whichever thread draws it); with a `cache`, an image whose SVG was drawn
/// before is copied from it instead.
fn draw_images(
    jobs: &[(&'static Story, Preview, PathBuf)],
    cache: Option<&Path>,
) -> Result<(), String> {
    if let Some(cache) = cache {
        std::fs::create_dir_all(cache)
            .map_err(|e| format!("cannot make {}: {e}", cache.display()))?;
    }
    in_parallel(jobs, |(story, preview, path)| {
        let svg = preview::svg(story, preview);
        let kept = cache.map(|dir| {
            use sha2::Digest;
            let hash = sha2::Sha256::digest(svg.as_bytes());
            let name: String = hash.iter().map(|b| format!("{b:02x}")).collect();
            dir.join(name + ".png")
        });
        let png = match kept.as_deref().map(std::fs::read) {
            Some(Ok(png)) => png,
            _ => {
                let png = preview::png_of(&svg)?;
                if let Some(kept) = &kept {
                    // A cache that cannot be written only costs the next save time.
                    let _ = std::fs::write(kept, &png);
                }
                png
            }
        };
        std::fs::write(path, png).map_err(|e| format!("cannot write {}: {e}", path.display()))
    })
    .map(|_| ())
}

/// `work` done on every job, on as many threads as there are cores, the results in the jobs'
/// order; the first error stops it.
fn in_parallel<T: Sync, R: Send>(
    jobs: &[T],
    work: impl Fn(&T) -> Result<R, String> + Sync,
) -> Result<Vec<R>, String> {
    let next = AtomicUsize::new(0);
    let done: Vec<std::sync::Mutex<Option<R>>> =
        jobs.iter().map(|_| std::sync::Mutex::new(None)).collect();
    let worker = || -> Result<(), String> {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = jobs.get(i) else {
                return Ok(());
            };
            let result = work(job)?;
            *done[i].lock().expect("no worker panics holding it") = Some(result);
        }
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(jobs.len()))
            .map(|_| scope.spawn(worker))
            .collect();
        workers
            .into_iter()
            .try_for_each(|worker| worker.join().map_err(|_| "a worker panicked".to_string())?)
    })?;
    Ok(done
        .into_iter()
        .map(|slot| {
            slot.into_inner()
                .expect("no worker panics holding it")
                .expect("every job was done")
        })
        .collect())
}
