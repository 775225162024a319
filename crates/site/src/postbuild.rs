//! What the build does to Trunk's `index.html` after the wasm is built (run natively by
//! `src/bin/postbuild.rs`): put the server-rendered app in the mount point, and move the
//! wasm's integrity hash from Trunk's preload link (where Chromium ignores it, with a console
//! warning) to the loader's meta tag, where `static/boot.js` enforces it with `fetch`.
//!
//! Pages are read and rewritten with lol_html, a streaming HTML rewriter: Trunk may minify the
//! page (unquoted attributes, any order), and tags this step does not change keep their bytes.
//! Files changed after Trunk hashed them (the hook minifies the JS) get fresh integrity
//! hashes: [`refresh_integrity`]. The stylesheet and the loader are inlined
//! ([`inline_assets`]): each would otherwise cost a round trip before the first paint.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, text, ElementContentHandlers, RewriteStrSettings, Selector};

use explainer_locale::Arg;
use explainer_model::{page_path, Story};

/// Why a page could not be processed.
#[derive(Debug, PartialEq, Eq)]
pub enum PostBuildError {
    /// The page lacks exactly one empty `<div id="app"></div>`.
    Mount,
    /// The page lacks the loader's `<meta name="explainer-app">`.
    LoaderMeta,
    /// The rewriter refused the page.
    Html(String),
}

impl std::fmt::Display for PostBuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PostBuildError::Mount => {
                write!(f, "the page must contain exactly one empty <div id=\"app\"></div>")
            }
            PostBuildError::LoaderMeta => write!(
                f,
                "the page has no <meta name=\"explainer-app\"> (is pattern_script set in Trunk.toml?)"
            ),
            PostBuildError::Html(why) => write!(f, "cannot rewrite the page: {why}"),
        }
    }
}

/// lol_html settings with these element and text handlers.
fn handlers<'h>(
    list: Vec<(Cow<'static, Selector>, ElementContentHandlers<'h>)>,
) -> RewriteStrSettings<'h, 'static> {
    list.into_iter()
        .fold(RewriteStrSettings::new(), |settings, handler| {
            settings.append_element_content_handler(handler)
        })
}

/// Runs lol_html over `page` with `settings` (its element and text handlers).
fn rewrite(page: &str, settings: RewriteStrSettings) -> Result<String, PostBuildError> {
    rewrite_str(page, settings).map_err(|e| PostBuildError::Html(e.to_string()))
}

/// The attributes of an element, in order (a bare attribute has the value "").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// Lower-case names, and values as written (entities are not decoded).
    pub attrs: Vec<(String, String)>,
}

impl Tag {
    /// The value of an attribute, if present.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Every element matching the CSS `selector` in `page`, in document order.
pub fn find_tags(page: &str, selector: &str) -> Vec<Tag> {
    let tags = RefCell::new(Vec::new());
    let settings = handlers(vec![element!(selector, |el| {
        let attrs = el
            .attributes()
            .iter()
            .map(|a| (a.name(), a.value()))
            .collect();
        tags.borrow_mut().push(Tag { attrs });
        Ok(())
    })]);
    // A page the rewriter refuses has no tags we could use.
    let _ = rewrite(page, settings);
    tags.into_inner()
}

/// The first element matching `selector`.
pub fn first_tag(page: &str, selector: &str) -> Option<Tag> {
    find_tags(page, selector).into_iter().next()
}

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

/// The loader's meta tag.
const LOADER: &str = "meta[name=explainer-app]";
/// Trunk's preload link for the wasm.
const WASM_PRELOAD: &str = "link[rel=preload][href$=\".wasm\"]";

/// Moves the `integrity` of the wasm preload link onto the loader meta tag as
/// `data-wasm-integrity`. A page without a wasm preload is returned unchanged.
pub fn move_wasm_integrity(page: &str) -> Result<String, PostBuildError> {
    let integrity =
        first_tag(page, WASM_PRELOAD).and_then(|link| link.get("integrity").map(str::to_string));
    let (loader_done, link_done) = (Cell::new(false), Cell::new(false));
    let settings = handlers(vec![
        element!(LOADER, |el| {
            if let (false, Some(integrity)) = (loader_done.replace(true), &integrity) {
                el.set_attribute("data-wasm-integrity", integrity)?;
            }
            Ok(())
        }),
        element!(WASM_PRELOAD, |el| {
            if !link_done.replace(true) {
                el.remove_attribute("integrity");
            }
            Ok(())
        }),
    ]);
    let out = rewrite(page, settings)?;
    if !loader_done.get() {
        return Err(PostBuildError::LoaderMeta);
    }
    Ok(out)
}

/// Whether a URL names a file of this site (not another origin, not inline data).
fn is_local(url: &str) -> bool {
    !(url.contains("://") || url.starts_with("//") || url.starts_with("data:"))
}

/// Inlines the page's local stylesheets (`<link rel=stylesheet>`) and classic scripts
/// (`<script src>` without `type=module`) as `<style>` and `<script>` blocks, reading files
/// with `read`. Returns the page and the inlined blocks' contents (for the CSP's hashes).
pub fn inline_assets(
    page: &str,
    read: impl Fn(&str) -> Option<String>,
) -> (String, Vec<InlineBlock>) {
    let blocks = RefCell::new(Vec::new());
    // Replaces the element with a `<tag>` block holding the file at its `url`, unless the
    // file could end that block early (`</style`, `</script`).
    let inline = |el: &mut lol_html::html_content::Element, url: &str, tag: &str| {
        let url = el.get_attribute(url).unwrap_or_default();
        let Some(text) = Some(url.as_str()).filter(|u| is_local(u)).and_then(&read) else {
            return;
        };
        if text.to_ascii_lowercase().contains(&format!("</{tag}")) {
            return;
        }
        el.replace(&format!("<{tag}>{text}</{tag}>"), ContentType::Html);
        blocks.borrow_mut().push(match tag {
            "style" => InlineBlock::Style(text),
            _ => InlineBlock::Script(text),
        });
    };
    let settings = handlers(vec![
        element!("link[rel=stylesheet][href]", |el| {
            inline(el, "href", "style");
            Ok(())
        }),
        element!("script[src]:not([type=module])", |el| {
            inline(el, "src", "script");
            Ok(())
        }),
    ]);
    match rewrite(page, settings) {
        Ok(out) => (out, blocks.into_inner()),
        // A page the rewriter refuses is left as it is (the CSP then allows no inline block).
        Err(_) => (page.to_string(), Vec::new()),
    }
}

/// An inlined block's contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InlineBlock {
    /// A `<style>` block.
    Style(String),
    /// A `<script>` block.
    Script(String),
}

/// The Content-Security-Policy for the built page: nothing from other origins, no inline
/// code but the inlined blocks (allowed by their sha256 hashes), wasm compilation allowed.
/// `frame-ancestors` is left to the host (it has no effect in a meta tag anyway).
pub fn content_security_policy(blocks: &[InlineBlock]) -> String {
    use base64::Engine;
    use sha2::Digest;
    let hash = |text: &str| {
        let digest = sha2::Sha256::digest(text.as_bytes());
        [
            "'sha256-",
            &base64::engine::general_purpose::STANDARD.encode(digest),
            "'",
        ]
        .concat()
    };
    let mut scripts = String::from("'self' 'wasm-unsafe-eval'");
    let mut styles = String::from("'self'");
    for block in blocks {
        let (list, text) = match block {
            InlineBlock::Script(js) => (&mut scripts, js),
            InlineBlock::Style(css) => (&mut styles, css),
        };
        list.push(' ');
        list.push_str(&hash(text));
    }
    format!(
        "default-src 'none'; script-src {scripts}; style-src {styles}; img-src 'self' data:; \
         connect-src 'self'; base-uri 'none'; form-action 'none'"
    )
}

/// Inserts `html` into the page's `<head>`: right after `<meta charset>` when there is one
/// (a CSP meta tag must come before anything it governs), else right after `<head>`, else at
/// the start.
pub fn insert_in_head(page: &str, html: &str) -> String {
    let (selector, after) = if first_tag(page, "meta[charset]").is_some() {
        ("meta[charset]", true)
    } else if first_tag(page, "head").is_some() {
        ("head", false)
    } else {
        return [html, page].concat();
    };
    let done = Cell::new(false);
    let settings = handlers(vec![element!(selector, |el| {
        if !done.replace(true) {
            if after {
                el.after(html, ContentType::Html);
            } else {
                el.prepend(html, ContentType::Html);
            }
        }
        Ok(())
    })]);
    rewrite(page, settings).unwrap_or_else(|_| [html, page].concat())
}

use explainer_model::escape_html;

/// Escapes text for a JSON string (without the quotes).
pub fn escape_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// The stylesheet for a shadow-root mount: `rem` there would mean the *host's* root font
/// size (news sites often set `html { font-size: 62.5% }`), so every `rem` becomes px at the
/// 16 px the explainer is designed at.
pub fn rem_to_px(css: &str) -> String {
    let bytes = css.as_bytes();
    let mut out = String::with_capacity(css.len());
    let mut i = 0;
    while i < css.len() {
        // A number (digits and at most one dot) followed by `rem`, not part of a longer word.
        let starts_number = bytes[i].is_ascii_digit()
            || (bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        let after_word = i > 0
            && (bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'-'
                || bytes[i - 1] == b'_');
        if starts_number && !after_word {
            let mut j = i;
            while j < css.len() && (bytes[j].is_ascii_digit() || bytes[j] == b'.') {
                j += 1;
            }
            let unit_end = j + 3;
            let is_rem = css.get(j..unit_end) == Some("rem")
                && !bytes
                    .get(unit_end)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-');
            if let (true, Ok(value)) = (is_rem, css[i..j].parse::<f64>()) {
                let px = (value * 16.0 * 1000.0).round() / 1000.0;
                out.push_str(&px.to_string());
                out.push_str("px");
                i = unit_end;
                continue;
            }
            out.push_str(&css[i..j]);
            i = j;
            continue;
        }
        let c = css[i..].chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// The height an embed reserves before it knows its content's (a phone-width layout of the
/// start view is taller than this; the frame grows when it reports its height).
pub const EMBED_HEIGHT: u32 = 1400;

/// The plain iframe snippet for hosts that allow no script: fixed height, scrolls inside.
pub fn iframe_snippet(public_url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}?embed\" title=\"{}\" width=\"100%\" height=\"{EMBED_HEIGHT}\" \
         style=\"border:0;max-width:100%\" loading=\"lazy\" allow=\"clipboard-write; web-share\"></iframe>",
        escape_html(public_url),
        escape_html(title)
    )
}

/// The oEmbed (type "rich") description of the explainer.
pub fn oembed_json(public_url: &str, title: &str, provider: &str) -> String {
    format!(
        "{{\"version\":\"1.0\",\"type\":\"rich\",\"title\":\"{}\",\"provider_name\":\"{}\",\
         \"provider_url\":\"{}\",\"html\":\"{}\",\"width\":800,\"height\":{EMBED_HEIGHT}}}\n",
        escape_json(title),
        escape_json(provider),
        escape_json(public_url),
        escape_json(&iframe_snippet(public_url, title))
    )
}

/// The `_headers` file (Netlify/Cloudflare Pages style) hosts can use: the same CSP as the
/// meta tag, and CORS on the assets so sandboxed iframes and script-mounting hosts can load
/// them. Hosts add `frame-ancestors` themselves to limit who may frame the explainer.
pub fn headers_file(csp: &str) -> String {
    format!(
        "# Response headers for a static host (Netlify / Cloudflare Pages `_headers` format).\n\
         # The CSP is also in index.html as a meta tag. To choose who may frame the explainer,\n\
         # append e.g. `; frame-ancestors 'self' https://news.example` (meta tags cannot).\n\
         /*\n  Access-Control-Allow-Origin: *\n  X-Content-Type-Options: nosniff\n  \
         Referrer-Policy: strict-origin-when-cross-origin\n\
         /\n  Content-Security-Policy: {csp}\n\
         /index.html\n  Content-Security-Policy: {csp}\n\
         /step/*\n  Content-Security-Policy: {csp}\n\
         /{MOUNT_MARKUP}\n  Content-Security-Policy: default-src 'none'\n  X-Robots-Tag: noindex\n"
    )
}

/// The prerendered explainer (the start view, as in `index.html`'s `#app`) for the script
/// mount to hydrate: a fragment, never a page of its own.
pub const MOUNT_MARKUP: &str = "app-markup.html";

/// The subresource-integrity value (sha384) of a file's bytes.
pub fn integrity_of(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes));
    ["sha384-", &hash].concat()
}

/// Recomputes the `integrity` (sha384) of every `<script src>` and `<link href>` in the page
/// that has one and points at a file that `read` (given the URL as written) can read.
/// Absolute and remote URLs are left alone.
pub fn refresh_integrity(page: &str, read: impl Fn(&str) -> Option<Vec<u8>>) -> String {
    let settings = handlers(vec![element!(
        "script[integrity][src], link[integrity][href]",
        |el| {
            let url = el
                .get_attribute("src")
                .or_else(|| el.get_attribute("href"))
                .unwrap_or_default();
            let Some(bytes) = Some(url.as_str()).filter(|u| is_local(u)).and_then(&read) else {
                return Ok(());
            };
            let value = integrity_of(&bytes);
            if el.get_attribute("integrity").as_deref() != Some(value.as_str()) {
                el.set_attribute("integrity", &value)?;
            }
            Ok(())
        }
    )]);
    rewrite(page, settings).unwrap_or_else(|_| page.to_string())
}

// ---------------------------------------------------------------------------------------------
// A page per step, and what each page says about itself to link previews and search engines

/// The absolute address of the page at `path` (from the site's root) on the site at
/// `public_url`.
pub fn address(public_url: &str, path: &str) -> String {
    [public_url.trim_end_matches('/'), "/", path].concat()
}

/// The longest title a link preview gets, in characters.
pub const PREVIEW_TITLE_CHARS: usize = 110;
/// The longest description a link preview gets, in characters.
pub const PREVIEW_DESCRIPTION_CHARS: usize = 200;

/// Text fit for a link preview or the preview image: no bidirectional overrides, isolates or
/// marks (a name could otherwise reorder the text around it), no control characters, runs of
/// white space made one space, and at most `max_chars` characters, cut at a word where there
/// is one, with "…".
pub fn preview_text(text: &str, max_chars: usize) -> String {
    let cleaned: String = text
        .chars()
        .filter(|&c| {
            !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let text = words.join(" ");
    if text.chars().count() <= max_chars {
        return text;
    }
    let keep: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    // Cut at the last space, unless that would leave less than half.
    let cut = match keep.rfind(' ') {
        Some(at) if at >= keep.len() / 2 => &keep[..at],
        _ => keep.as_str(),
    };
    [cut.trim_end_matches([',', ';', ':', ' ']), "…"].concat()
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

/// A URL of the page made to work from a page `root` away from the site's root ("../../"
/// for a step's page): relative URLs get `root` in front; absolute ones, hashes, `data:` and
/// root-relative ones are left alone.
fn rebase(url: &str, root: &str) -> String {
    let scheme = url.split_once(':').is_some_and(|(s, _)| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if url.is_empty() || url.starts_with(['#', '/', '?']) || scheme {
        return url.to_string();
    }
    [root, url.strip_prefix("./").unwrap_or(url)].concat()
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
    // The same page in each language, relative to this one (the switcher's links work
    // wherever the site is served), and at the public address when known (search engines
    // want `hreflang` links absolute).
    let relative = |other: &Story| [root.as_str(), &page_path(other, step_id)].concat();
    let same_page = |other: &Story| match placed.public_url {
        Some(base) => address(base, &page_path(other, step_id)),
        None => relative(other),
    };
    let mut alternates = String::new();
    let mut switcher = String::new();
    if placed.langs.len() > 1 {
        for other in placed.langs {
            let tag = escape_html(other.meta.lang);
            alternates.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\">",
                escape_html(&same_page(other))
            ));
            let href = escape_html(&relative(other));
            let name = escape_html(&explainer_locale::words(other.meta.lang).msg("language-name"));
            if std::ptr::eq(*other, story) {
                switcher.push_str(&format!(
                    "<li><a lang=\"{tag}\" href=\"{href}\" aria-current=\"page\">{name}</a></li>"
                ));
            } else {
                switcher.push_str(&format!(
                    "<li><a lang=\"{tag}\" hreflang=\"{tag}\" href=\"{href}\" data-keep-view>{name}</a></li>"
                ));
            }
        }
        alternates.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
            escape_html(&same_page(placed.langs[0]))
        ));
        switcher = format!(
            "<nav class=\"languages\" data-testid=\"languages\" aria-label=\"{}\"><ul>{switcher}</ul></nav>",
            escape_html(&words.msg("languages"))
        );
    }
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

/// `sitemap.xml`: every page (`pages`: paths from the site's root, `""` for the main page,
/// `step/<id>/`, `ru/step/<id>/`) at the site's public address.
pub fn sitemap(public_url: &str, pages: &[String]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in pages {
        out.push_str("  <url><loc>");
        out.push_str(&escape_html(&address(public_url, path)));
        out.push_str("</loc></url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// The site's public address from `EXPLAINER_PUBLIC_URL` (`value`): none when unset or empty;
/// refused unless it is a plain http(s) URL (it is written into attributes and the embed code).
pub fn public_url(value: Option<&str>) -> Result<Option<String>, String> {
    let Some(url) = value.filter(|url| !url.is_empty()) else {
        return Ok(None);
    };
    let plain = (url.starts_with("https://") || url.starts_with("http://"))
        && !url.contains(|c: char| c.is_whitespace() || c.is_control() || "\"'<>&\\`".contains(c));
    if plain {
        Ok(Some(url.to_string()))
    } else {
        Err(format!(
            "EXPLAINER_PUBLIC_URL is {url:?}: it must be the site's http(s) address, \
             like https://news.example/explainer/ (no quotes, spaces, <, >, & or \\)"
        ))
    }
}

/// A page of the site made from the built page `template` (its head done, its mount point
/// empty) and the prerendered `app`: the main page (`step` none: it keeps `index.html`'s
/// title and description) or step `step`'s own page at [`page_path`] (its title, first
/// sentence, and a link to the step for readers without JavaScript, who get the whole story
/// from the top). Either way with its canonical link and preview tags, `preview` being the
/// page's preview image (its words are the image's alt text).
pub fn page_at(
    template: &str,
    app: &str,
    story: &Story,
    step: Option<usize>,
    preview: &crate::preview::Preview,
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
            // A translation's page names itself in its language (the template is the
            // original's); the original's keeps index.html's title and description.
            let own = story.meta.translation().map(|_| {
                PageFacts::at(
                    story.meta.path,
                    public_url,
                    &words.msg("page-title"),
                    &words.msg("page-description"),
                    "",
                )
            });
            (facts, own, None)
        }
        Some(i) => {
            let s = story.step(i);
            let facts = PageFacts::at(
                &page_path(story, Some(s.id)),
                public_url,
                &[s.title, " · ", headline].concat(),
                s.lede,
                &preview.alt(),
            );
            let jump = format!(
                "<p class=\"step-jump\"><a href=\"#step={}\">{}</a></p>",
                i + 1,
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

    const PAGE: &str = "<head><meta name=\"explainer-app\" data-js=\"./a.js\" data-wasm=\"./a_bg.wasm\">\
        <link rel=\"modulepreload\" href=\"./a.js\" integrity=\"sha384-JS\">\
        <link rel=\"preload\" href=\"./a_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-WASM\" as=\"fetch\" type=\"application/wasm\">\
        </head><body><div id=\"app\"></div></body>";

    const MINIFIED: &str = "<head><meta data-js=./a.js data-wasm=./a_bg.wasm name=explainer-app>\
        <link crossorigin href=./a.js integrity=sha384-JS rel=modulepreload>\
        <link as=fetch crossorigin href=./a_bg.wasm integrity=sha384-W/A+S=M rel=preload type=application/wasm>\
        </head><body><div id=app></div></body>";

    #[test]
    fn moves_the_wasm_integrity_to_the_loader() {
        let out = move_wasm_integrity(PAGE).unwrap();
        assert!(out.contains("<meta name=\"explainer-app\" data-js=\"./a.js\" data-wasm=\"./a_bg.wasm\" data-wasm-integrity=\"sha384-WASM\">"), "{out}");
        assert!(out.contains("<link rel=\"preload\" href=\"./a_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">"), "{out}");
        assert!(
            out.contains("integrity=\"sha384-JS\""),
            "the JS keeps its own"
        );
        assert_eq!(out.matches("sha384-WASM").count(), 1);
    }

    #[test]
    fn reads_minified_pages() {
        let out = move_wasm_integrity(MINIFIED).unwrap();
        assert!(
            out.contains("data-wasm-integrity=\"sha384-W/A+S=M\""),
            "{out}"
        );
        // Attributes this step does not change keep their bytes (here: unquoted).
        assert!(
            out.contains(
                "<link as=fetch crossorigin href=./a_bg.wasm rel=preload type=application/wasm>"
            ),
            "{out}"
        );
        let out = insert_app(&out, "<main>hi</main>").unwrap();
        assert!(out.contains("<div id=app><main>hi</main></div>"), "{out}");
    }

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

    #[test]
    fn refuses_a_page_without_the_loader() {
        assert_eq!(
            move_wasm_integrity("<div id=\"app\"></div>"),
            Err(PostBuildError::LoaderMeta)
        );
    }

    #[test]
    fn refreshes_integrity_of_changed_local_files_only() {
        let page = "<script src=./boot.js integrity=sha384-OLD></script>\
            <link href=./x.css integrity=\"sha384-SAME\" rel=stylesheet>\
            <script src=https://cdn.example/x.js integrity=sha384-REMOTE></script>";
        let out = refresh_integrity(page, |url| match url {
            "./boot.js" => Some(b"abc".to_vec()),
            _ => None,
        });
        // sha384("abc"), base64.
        assert!(out.contains("integrity=\"sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn\""), "{out}");
        assert!(out.contains("sha384-SAME") && out.contains("sha384-REMOTE"));
    }

    #[test]
    fn inlines_local_styles_and_classic_scripts_only() {
        let page =
            "<link href=./a.css integrity=x rel=stylesheet><link href=./a.js rel=modulepreload>\
            <script src=./boot.js></script><script type=module src=./m.js></script>\
            <link href=https://cdn/x.css rel=stylesheet><script src=./evil.js></script>";
        let (out, blocks) = inline_assets(page, |url| match url {
            "./a.css" => Some("p{color:red}".to_string()),
            "./boot.js" => Some("go()".to_string()),
            "./evil.js" => Some("x='</script><b>'".to_string()),
            _ => None,
        });
        assert_eq!(
            out,
            "<style>p{color:red}</style><link href=./a.js rel=modulepreload>\
             <script>go()</script><script type=module src=./m.js></script>\
             <link href=https://cdn/x.css rel=stylesheet><script src=./evil.js></script>"
        );
        assert_eq!(
            blocks,
            vec![
                InlineBlock::Style("p{color:red}".into()),
                InlineBlock::Script("go()".into())
            ]
        );
    }

    #[test]
    fn the_policy_allows_exactly_the_inlined_blocks() {
        let csp = content_security_policy(&[
            InlineBlock::Style("p{}".into()),
            InlineBlock::Script("go()".into()),
        ]);
        assert!(
            csp.starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
            "{csp}"
        );
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains(" 'unsafe-eval'"),
            "{csp}"
        );
        assert_eq!(csp.matches("'sha256-").count(), 2);
        assert!(csp.ends_with("base-uri 'none'; form-action 'none'"));
    }

    #[test]
    fn inserts_after_the_charset() {
        assert_eq!(
            insert_in_head("<head><meta charset=utf-8><title>", "X"),
            "<head><meta charset=utf-8>X<title>"
        );
        assert_eq!(
            insert_in_head("<html><head><title>", "X"),
            "<html><head>X<title>"
        );
    }

    #[test]
    fn oembed_is_rich_and_escaped() {
        let json = oembed_json("https://x.example/e/", "A \"B\" <c>", "P");
        assert!(json.contains("\"type\":\"rich\""));
        assert!(json.contains("A \\\"B\\\" \\u003cc>"), "{json}");
        assert!(
            json.contains("src=\\\"https://x.example/e/?embed\\\""),
            "{json}"
        );
        assert!(!json.contains('<'));
    }

    #[test]
    fn converts_rem_to_px_and_nothing_else() {
        assert_eq!(
            rem_to_px("a{margin:1.5rem .25rem 0;width:calc(100% - 2rem);font:.8125rem/1 x}@container (min-width:60rem){b{top:1rem}}"),
            "a{margin:24px 4px 0;width:calc(100% - 32px);font:13px/1 x}@container (min-width:960px){b{top:16px}}"
        );
        assert_eq!(
            rem_to_px(".remark{x:1px} .a2rem{} v1.2rems"),
            ".remark{x:1px} .a2rem{} v1.2rems"
        );
        assert_eq!(rem_to_px("é 2rem"), "é 32px");
    }

    #[test]
    fn never_panics_on_broken_markup() {
        for page in [
            "<",
            "<meta",
            "<meta name=",
            "<meta name=\"explainer-app",
            "<link rel=preload href=x.wasm integrity=\"",
            "<div id=app></div",
        ] {
            let _ = move_wasm_integrity(page);
            let _ = insert_app(page, "x");
            let _ = find_tags(page, "meta");
            let _ = inline_assets(page, |_| Some(String::new()));
        }
    }
}
