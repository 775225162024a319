//! A page per step and per language, each made from Trunk's built page: the prerendered app
//! in its mount point, its relative URLs rebased to where it is, and what it says about
//! itself to link previews and search engines.

use std::cell::Cell;

use lol_html::element;
use lol_html::html_content::ContentType;
use lol_html::text;

use explainer_locale::Arg;
use explainer_model::{escape_html, page_path, Story};

use crate::languages::language_links;
use crate::preview::Preview;
use crate::rewrite::{handlers, insert_in_head, rewrite, PostBuildError};
use crate::text::{preview_text, PREVIEW_DESCRIPTION_CHARS, PREVIEW_TITLE_CHARS};
use crate::urls::{address, rebase};

/// Puts `app` (rendered HTML) into the page's empty mount point `<div id="app"></div>`.
pub fn insert_app(page: &str, app: &str) -> Result<String, PostBuildError> {
    let mounts = Cell::new(0);
    let filled = Cell::new(false);
    let survey = handlers(vec![
        element!("div#app", |_| {
            mounts.set(mounts.get() + 1);
            Ok(())
        }),
        element!("div#app *", |_| {
            filled.set(true);
            Ok(())
        }),
        text!("div#app", |t| {
            filled.set(filled.get() || !t.as_str().is_empty());
            Ok(())
        }),
    ]);
    rewrite(page, survey)?;
    if mounts.get() != 1 || filled.get() {
        return Err(PostBuildError::Mount);
    }
    let fill = handlers(vec![element!("div#app", |el| {
        el.set_inner_content(app, ContentType::Html);
        Ok(())
    })]);
    rewrite(page, fill)
}

/// What a page says about itself: its title, description, address and preview image. The
/// URLs are absolute when the site's public address is known (`EXPLAINER_PUBLIC_URL`), else
/// relative to the page (most link-preview crawlers need absolute ones).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageFacts {
    /// The page's title (also `<title>`).
    pub title: String,
    /// One or two sentences.
    pub description: String,
    /// The page's own address (canonical).
    pub url: String,
    /// The preview image's address.
    pub image: String,
    /// What the preview image shows, for readers who cannot see it.
    pub image_alt: String,
}

/// The file name of a page's preview image, beside the page.
pub const PREVIEW_IMAGE: &str = "preview.png";

impl PageFacts {
    /// The facts of a page at `path` (relative to the site's root: "" for the main page,
    /// [`page_path`] for a step's or a translation's), with `public_url` the site's address if known.
    pub fn at(
        path: &str,
        public_url: Option<&str>,
        title: &str,
        description: &str,
        image_alt: &str,
    ) -> PageFacts {
        let url = public_url.map_or_else(|| "./".to_string(), |base| address(base, path));
        PageFacts {
            title: preview_text(title, PREVIEW_TITLE_CHARS),
            description: preview_text(description, PREVIEW_DESCRIPTION_CHARS),
            image: [url.as_str(), PREVIEW_IMAGE].concat(),
            url,
            image_alt: preview_text(image_alt, PREVIEW_DESCRIPTION_CHARS),
        }
    }

    /// The `<head>` tags: canonical link, Open Graph and Twitter card (everything escaped).
    pub fn head_tags(&self) -> String {
        let e = escape_html;
        let (image_w, image_h) = crate::preview::SIZE;
        format!(
            "<link rel=\"canonical\" href=\"{url}\">\
             <meta property=\"og:type\" content=\"article\">\
             <meta property=\"og:title\" content=\"{title}\">\
             <meta property=\"og:description\" content=\"{description}\">\
             <meta property=\"og:url\" content=\"{url}\">\
             <meta property=\"og:image\" content=\"{image}\">\
             <meta property=\"og:image:type\" content=\"image/png\">\
             <meta property=\"og:image:width\" content=\"{image_w}\">\
             <meta property=\"og:image:height\" content=\"{image_h}\">\
             <meta property=\"og:image:alt\" content=\"{alt}\">\
             <meta name=\"twitter:card\" content=\"summary_large_image\">",
            url = e(&self.url),
            title = e(&self.title),
            description = e(&self.description),
            image = e(&self.image),
            alt = e(&self.image_alt),
        )
    }
}

/// What makes a step's page differ from the main page, besides its app.
struct StepPage<'a> {
    /// The step's id (`#app[data-step]`, read by `crate::start`).
    id: &'a str,
    /// The link to the step for readers without JavaScript, before the mount point.
    jump: String,
}

/// Where a page is and what it says of itself.
struct Placed<'a> {
    /// Its story (a translation's pages are in its folder: `ru/`).
    story: &'a Story,
    /// A step's page, or the story's main page.
    step: Option<StepPage<'a>>,
    /// Its title and description (a translation's main page too: the template's are the
    /// original's).
    facts: Option<&'a PageFacts>,
    /// Every language of the site, the original first.
    langs: &'a [&'a Story],
    public_url: Option<&'a str>,
}

impl Placed<'_> {
    /// The way from the page up to the site's root: `./`, `../`, `../../../`.
    fn root(&self) -> String {
        let depth = page_path(self.story, self.step.as_ref().map(|s| s.id))
            .matches('/')
            .count();
        if depth == 0 {
            "./".into()
        } else {
            "../".repeat(depth)
        }
    }
}

/// Makes a built page (its app already inserted) the page it is: the main page, a step's
/// page two folders down, or either in a translation's folder: every relative URL in it
/// rebased (`../../` in front), the mount point told where the site's root is (`data-root`)
/// and which step it opens at, its title, description and language set, the link to the step
/// put before the mount point, and the languages it is in: `hreflang` links in the head and a
/// switcher (plain links to the same page in each) at the top of the body. With the site's
/// public address (`public_url`), the embed code names the loader there (else it stays
/// relative, and `static/share.js` writes the address it is served from once the app runs).
fn place_page(page: &str, placed: &Placed) -> Result<String, PostBuildError> {
    let root = placed.root();
    let story = placed.story;
    let words = explainer_locale::words(story.meta.lang);
    let translation = story.meta.translation();
    let loader = placed.public_url.map(|base| address(base, "embed.js"));
    let step_id = placed.step.as_ref().map(|s| s.id);
    let (alternates, switcher) =
        language_links(story, step_id, placed.langs, placed.public_url, &root);
    let mut list = vec![
        element!("div#app", |el| {
            el.set_attribute("data-root", &root)?;
            if let Some(step) = &placed.step {
                el.set_attribute("data-step", step.id)?;
                el.before(&step.jump, ContentType::Html);
            }
            Ok(())
        }),
        element!("[href], [src], meta[name=explainer-app]", |el| {
            for name in ["href", "src", "data-js", "data-wasm"] {
                if let Some(url) = el.get_attribute(name) {
                    el.set_attribute(name, &rebase(&url, &root))?;
                }
            }
            Ok(())
        }),
    ];
    if !switcher.is_empty() {
        list.push(element!("body", |el| {
            el.prepend(&switcher, ContentType::Html);
            Ok(())
        }));
    }
    if translation.is_some() {
        list.push(element!("html", |el| {
            el.set_attribute("lang", story.meta.lang)?;
            el.set_attribute("dir", if words.rtl { "rtl" } else { "ltr" })?;
            Ok(())
        }));
        list.push(element!("#app-notice", |el| {
            el.set_inner_content(&words.msg("app-notice"), ContentType::Text);
            Ok(())
        }));
        // The language's own oEmbed description, beside its main page.
        list.push(element!("link[type=\"application/json+oembed\"]", |el| {
            let up = "../".repeat(step_id.map_or(0, |_| 2));
            el.set_attribute("href", &[up.as_str(), "oembed.json"].concat())?;
            el.set_attribute(
                "title",
                &preview_text(story.meta.headline, PREVIEW_TITLE_CHARS),
            )?;
            Ok(())
        }));
    }
    if let Some(loader) = &loader {
        list.push(element!("textarea[data-testid=embed-snippet]", |el| {
            el.set_inner_content(
                &explainer_model::embed_snippet(loader, translation.unwrap_or_default()),
                ContentType::Text,
            );
            Ok(())
        }));
    }
    if let Some(facts) = placed.facts {
        list.push(element!("title", |el| {
            el.set_inner_content(&facts.title, ContentType::Text);
            Ok(())
        }));
        // Written whole, escaped as everything else we write (`<` and `>` too, which an
        // attribute would allow but a careless reader of the page might not).
        list.push(element!("meta[name=description]", |el| {
            el.replace(
                &format!(
                    "<meta name=\"description\" content=\"{}\">",
                    escape_html(&facts.description)
                ),
                ContentType::Html,
            );
            Ok(())
        }));
    }
    let page = rewrite(page, handlers(list))?;
    Ok(if alternates.is_empty() {
        page
    } else {
        insert_in_head(&page, &alternates)
    })
}

/// A page of the site made from the built page `template` (its head done, its mount point
/// empty) and the prerendered `app`: the main page (`step` none: its title and description
/// from the story) or step `step`'s own page at [`page_path`] (its title, first
/// sentence, and a link to the step for readers without JavaScript, who get the whole story
/// from the top). Either way with its canonical link and preview tags, `preview` being the
/// page's preview image (its words are the image's alt text).
pub fn page_at(
    template: &str,
    app: &str,
    story: &Story,
    step: Option<usize>,
    preview: &Preview,
    public_url: Option<&str>,
    langs: &[&Story],
) -> Result<String, PostBuildError> {
    let headline = story.meta.headline;
    let page = insert_app(template, app)?;
    let words = explainer_locale::words(story.meta.lang);
    let (facts, own, step_page) = match step {
        None => {
            let facts = PageFacts::at(
                story.meta.path,
                public_url,
                headline,
                story.meta.standfirst,
                &preview.alt(),
            );
            // Every main page names itself from its story, in its language (index.html's
            // title and description are only placeholders).
            let description = match story.meta.description {
                "" => story.meta.standfirst,
                given => given,
            };
            let own = Some(PageFacts::at(
                story.meta.path,
                public_url,
                &words.msg_with("page-title", &[("headline", Arg::Text(headline.into()))]),
                description,
                "",
            ));
            (facts, own, None)
        }
        Some(i) => {
            let s = story.step(i);
            let facts = PageFacts::at(
                &page_path(story, Some(s.id)),
                public_url,
                &words.msg_with(
                    "step-page-title",
                    &[
                        ("step", Arg::Text(s.title.into())),
                        ("headline", Arg::Text(headline.into())),
                    ],
                ),
                s.lede,
                &preview.alt(),
            );
            let jump = format!(
                "<p class=\"step-jump\"><a href=\"#step={}\">{}</a></p>",
                s.id,
                escape_html(&words.msg_with(
                    "go-to-step",
                    &[
                        ("n", Arg::Number(i as i64 + 1)),
                        ("total", Arg::Number(story.steps.len() as i64)),
                        (
                            "title",
                            Arg::Text(preview_text(s.title, PREVIEW_TITLE_CHARS)),
                        ),
                    ],
                ))
            );
            (facts, None, Some(StepPage { id: s.id, jump }))
        }
    };
    let placed = Placed {
        story,
        facts: own.as_ref().or(step_page.as_ref().map(|_| &facts)),
        step: step_page,
        langs,
        public_url,
    };
    Ok(insert_in_head(
        &place_page(&page, &placed)?,
        &facts.head_tags(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rewrite::samples::PAGE;

    #[test]
    fn inserts_the_app_once() {
        let out = insert_app(PAGE, "<main>hi</main>").unwrap();
        assert!(out.contains("<div id=\"app\"><main>hi</main></div>"));
        assert_eq!(insert_app(&out, "x"), Err(PostBuildError::Mount));
        assert_eq!(
            insert_app("<div id=apps></div>", "x"),
            Err(PostBuildError::Mount)
        );
    }
}
