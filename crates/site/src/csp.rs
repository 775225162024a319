//! The Content-Security-Policy every page carries (as a meta tag), and the `_headers` file
//! that sends it, with CORS on the assets, from a static host.

use crate::assets::InlineBlock;
use crate::embed::MOUNT_MARKUP;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
