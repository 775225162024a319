//! Reading and rewriting built pages with lol_html, a streaming HTML rewriter: Trunk may
//! minify the page (unquoted attributes, any order), and tags a rewrite does not change keep
//! their bytes.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, ElementContentHandlers, RewriteStrSettings, Selector};

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
pub(crate) fn handlers<'h>(
    list: Vec<(Cow<'static, Selector>, ElementContentHandlers<'h>)>,
) -> RewriteStrSettings<'h, 'static> {
    list.into_iter()
        .fold(RewriteStrSettings::new(), |settings, handler| {
            settings.append_element_content_handler(handler)
        })
}

/// Runs lol_html over `page` with `settings` (its element and text handlers).
pub(crate) fn rewrite(page: &str, settings: RewriteStrSettings) -> Result<String, PostBuildError> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}

/// Pages as Trunk writes them, for tests: as is, and minified.
#[cfg(test)]
pub(crate) mod samples {
    pub const PAGE: &str = "<head><meta name=\"explainer-app\" data-js=\"./a.js\" data-wasm=\"./a_bg.wasm\">\
        <link rel=\"modulepreload\" href=\"./a.js\" integrity=\"sha384-JS\">\
        <link rel=\"preload\" href=\"./a_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-WASM\" as=\"fetch\" type=\"application/wasm\">\
        </head><body><div id=\"app\"></div></body>";

    pub const MINIFIED: &str = "<head><meta data-js=./a.js data-wasm=./a_bg.wasm name=explainer-app>\
        <link crossorigin href=./a.js integrity=sha384-JS rel=modulepreload>\
        <link as=fetch crossorigin href=./a_bg.wasm integrity=sha384-W/A+S=M rel=preload type=application/wasm>\
        </head><body><div id=app></div></body>";
}
