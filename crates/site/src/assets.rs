//! The page's files and their integrity: files changed after Trunk hashed them (the hook
//! minifies the JS) get fresh integrity hashes ([`refresh_integrity`]); the stylesheet and the
//! loader are inlined ([`inline_assets`]), as each would otherwise cost a round trip before
//! the first paint; the wasm's integrity hash moves from Trunk's preload link (where Chromium
//! ignores it, with a console warning) to the loader's meta tag, where `static/boot.js`
//! enforces it with `fetch`; and the stylesheet for a shadow-root mount ([`rem_to_px`]).

use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};

use lol_html::element;
use lol_html::html_content::ContentType;

use crate::rewrite::{first_tag, handlers, rewrite, PostBuildError};

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

/// A file in `dir` named by a relative URL (`./a.js`), if it is one.
pub fn local(dir: &Path, url: &str) -> Option<PathBuf> {
    let name = url.strip_prefix("./").unwrap_or(url);
    (!name.is_empty() && !name.contains('/') && !name.contains("..")).then(|| dir.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::insert_app;
    use crate::rewrite::samples::{MINIFIED, PAGE};

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
}
