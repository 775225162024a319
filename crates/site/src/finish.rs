//! Finishes Trunk's staging folder into the published site: every language's main page and
//! step pages (rendered one thread a core), their preview images, and the files beside them.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use explainer::ssr::prerender;
use explainer_model::{escape_html, page_path, Story};

use crate::assets::{inline_assets, integrity_of, local, move_wasm_integrity, refresh_integrity};
use crate::csp::{content_security_policy, headers_file};
use crate::css::lower_light_dark;
use crate::embed::{oembed_json, write_loader, Mount, MOUNT_MARKUP};
use crate::files::{read, write};
use crate::pages::{page_at, PREVIEW_IMAGE};
use crate::preview::{self, Preview};
use crate::redirects::write_redirects;
use crate::rewrite::{first_tag, insert_in_head};
use crate::sitemap::sitemap;
use crate::text::{preview_text, PREVIEW_TITLE_CHARS};
use crate::urls::{address, public_url};

/// Finishes the site in Trunk's staging folder `dir` for `stories` (the original first, then
/// its translations): every page of every language prerendered with its preview image, the
/// CSP, oEmbed, `_headers`, `embed.js`, the mount's markup and, with a public address, the
/// sitemap. With an `image_cache`, preview images drawn before are copied, not drawn again.
pub fn finish(
    dir: &Path,
    stories: &[&'static Story],
    image_cache: Option<&Path>,
) -> Result<(), String> {
    let story = stories[0];
    let index = dir.join("index.html");
    let page = read(&index)?;
    // The stylesheet: every browser gets its palette (crate::css) before anything hashes it,
    // and embed.js mounts it in a shadow root (remembered before it is inlined).
    let stylesheet = first_tag(&page, "link[rel=stylesheet]")
        .map(|t| t.get("href").unwrap_or("").to_string())
        .ok_or("the page has no stylesheet link")?;
    if let Some(css) = local(dir, &stylesheet) {
        let lowered =
            lower_light_dark(&read(&css)?).map_err(|e| format!("{}: {e}", css.display()))?;
        write(&css, &lowered)?;
    }

    let page = refresh_integrity(&page, |url| {
        local(dir, url).and_then(|p| std::fs::read(p).ok())
    });
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
    let pages = jobs.par_iter().map(|&(story, step)| {
        let path = page_path(story, step.map(|i| story.steps[i].id));
        let folder = dir.join(&path);
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
        // The script mount's copy of the page's app, to hydrate in a shadow root (a mount
        // opens at a step with its step's, `data-step`).
        write(&folder.join(MOUNT_MARKUP), &app)?;
        Ok((path, preview, folder.join(PREVIEW_IMAGE), app))
    });
    let pages = pages.collect::<Result<Vec<_>, String>>()?;
    let mut images: Vec<(&'static Story, Preview, PathBuf)> = Vec::new();
    // Each language's prerendered start view and steps (the script mount hydrates one).
    let mut mounts: Vec<Mount> = Vec::new();
    let mut sitemap_pages: Vec<String> = Vec::new();
    for (&(story, step), (path, preview, image, app)) in jobs.iter().zip(pages) {
        images.push((story, preview, image));
        sitemap_pages.push(path);
        if step.is_none() {
            let home = dir.join(story.meta.path);
            let own_title = preview_text(story.meta.headline, PREVIEW_TITLE_CHARS);
            let provider = explainer_locale::words(story.meta.lang).msg("embed-provider");
            let url = address(&public_url, story.meta.path);
            write(
                &home.join("oembed.json"),
                &oembed_json(&url, &own_title, &provider),
            )?;
            mounts.push(Mount {
                story,
                markup: app,
                steps: Vec::new(),
            });
        } else if let Some(mount) = mounts.last_mut() {
            mount.steps.push(integrity_of(app.as_bytes()));
        }
    }
    draw_images(&images, image_cache)?;
    let mut redirects = 0;
    for &story in stories {
        redirects += write_redirects(dir, story, public.as_deref())?;
    }
    if let Some(public) = &public {
        write(&dir.join("sitemap.xml"), &sitemap(public, &sitemap_pages))?;
    }
    write(&dir.join("_headers"), &headers_file(&csp))?;

    write_loader(dir, &template, &stylesheet, &mounts, title)?;

    println!(
        "postbuild: wrote {} ({} bytes of prerendered HTML), {} step pages with preview images, \
         {redirects} redirects from removed steps' pages, oembed.json, _headers, embed.js, \
         {MOUNT_MARKUP}{}{}",
        index.display(),
        mounts[0].markup.len(),
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
    jobs.par_iter().try_for_each(|(story, preview, path)| {
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
}
