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

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use explainer::model::escape_html;
use explainer::postbuild::{
    content_security_policy, first_tag, fixed_regions, headers_file, inline_assets, insert_in_head,
    integrity_of, move_wasm_integrity, oembed_json, page_at, preview_text, public_url,
    refresh_integrity, rem_to_px, sitemap, step_path, EMBED_HEIGHT, MOUNT_MARKUP, PREVIEW_IMAGE,
    PREVIEW_TITLE_CHARS,
};
use explainer::preview::{self, Preview};
use explainer::{App, AppProps, StoryRef, STORY};

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: postbuild STAGING_DIR");
        return ExitCode::from(2);
    };
    match run(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("postbuild: {error}");
            ExitCode::FAILURE
        }
    }
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

fn run(dir: &Path) -> Result<(), String> {
    let index = dir.join("index.html");
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let write_bytes = |path: &Path, bytes: &[u8]| {
        std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    let write = |path: &Path, text: &str| write_bytes(path, text.as_bytes());
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
    let title = &preview_text(STORY.meta.headline, PREVIEW_TITLE_CHARS);
    let head = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\
         <link rel=\"alternate\" type=\"application/json+oembed\" href=\"oembed.json\" title=\"{}\">",
        escape_html(&csp),
        escape_html(title)
    );
    // Every page starts from this one: a step's page differs in its app, its head and where
    // its relative URLs point.
    let template = insert_in_head(&page, &head);

    // Set only where the site's address is known: the pages' links are then absolute.
    let public = public_url(std::env::var("EXPLAINER_PUBLIC_URL").ok().as_deref())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;
    let render = |start_step: usize| {
        let app = runtime.block_on(
            yew::ServerRenderer::<App>::with_props(move || AppProps {
                story: StoryRef(&STORY),
                owns_page: true,
                start_step,
            })
            .hydratable(true)
            .render(),
        );
        fixed_regions(&app).map_err(|e| format!("the prerendered app: {e}"))
    };
    let image = |preview: &Preview, path: &Path| {
        let png = preview::png(&STORY, preview)?;
        write_bytes(path, &png)
    };

    // The main page (the first step), and a page for each step at step/<id>/, each with its
    // preview image beside it.
    let app = render(0)?;
    let page = page_at(&template, &app, &STORY, None, public.as_deref())
        .map_err(|e| format!("{}: {e}", index.display()))?;
    write(&index, &page)?;
    image(&Preview::of_story(&STORY), &dir.join(PREVIEW_IMAGE))?;
    for (i, step) in STORY.steps.iter().enumerate() {
        let path = step_path(step.id);
        let folder = dir.join(&path);
        std::fs::create_dir_all(&folder)
            .map_err(|e| format!("cannot make {}: {e}", folder.display()))?;
        let step_page = page_at(&template, &render(i)?, &STORY, Some(i), public.as_deref())
            .map_err(|e| format!("{path}index.html: {e}"))?;
        write(&folder.join("index.html"), &step_page)?;
        image(&Preview::of_step(&STORY, i), &folder.join(PREVIEW_IMAGE))?;
    }
    if let Some(public) = &public {
        let ids: Vec<&str> = STORY.steps.iter().map(|s| s.id).collect();
        write(&dir.join("sitemap.xml"), &sitemap(public, &ids))?;
    }

    let public_url = public
        .clone()
        .unwrap_or_else(|| "http://127.0.0.1:8080/".into());
    write(
        &dir.join("oembed.json"),
        &oembed_json(&public_url, title, "Interactive explainer"),
    )?;
    write(&dir.join("_headers"), &headers_file(&csp))?;

    // The host loader, with the hashed names of what it loads and their integrity hashes.
    let meta =
        first_tag(&page, "meta[name=explainer-app]").ok_or("the page has no loader meta tag")?;
    let js = meta
        .get("data-js")
        .unwrap_or("")
        .trim_start_matches("./")
        .to_string();
    let js_integrity = first_tag(&page, "link[rel=modulepreload]")
        .and_then(|t| t.get("integrity").map(str::to_string))
        .unwrap_or_default();
    // The mount's stylesheet: the page's, with rem turned to px (see rem_to_px).
    let css_name = stylesheet.0.trim_start_matches("./");
    let mount_css_name = css_name.replace(".css", ".mount.css");
    let mount_css = rem_to_px(&read(&dir.join(css_name))?);
    write(&dir.join(&mount_css_name), &mount_css)?;
    let mount_css_integrity = integrity_of(mount_css.as_bytes());
    // The script mount hydrates the same markup the page holds (the wasm has no words to
    // render it from).
    write(&dir.join(MOUNT_MARKUP), &app)?;
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
        .replace("__MARKUP_INTEGRITY__", &integrity_of(app.as_bytes()))
        .replace(
            "__SHARE_INTEGRITY__",
            &integrity_of(read(&dir.join("share.js"))?.as_bytes()),
        )
        .replace("__MARKUP__", MOUNT_MARKUP)
        .replace("__TITLE__", &js_string_body(title))
        .replace("__HEIGHT__", &EMBED_HEIGHT.to_string());
    write(&embed_path, &embed)?;

    println!(
        "postbuild: wrote {} ({} bytes of prerendered HTML), {} step pages with preview images, \
         oembed.json, _headers, embed.js, {MOUNT_MARKUP}{}",
        index.display(),
        app.len(),
        STORY.steps.len(),
        if public.is_some() {
            ", sitemap.xml"
        } else {
            " (no sitemap.xml: EXPLAINER_PUBLIC_URL is not set)"
        }
    );
    Ok(())
}
