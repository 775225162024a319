//! The site's addresses: its public address (`EXPLAINER_PUBLIC_URL`), a page's address on it,
//! and a page's relative URLs made to work from where the page is.

/// The absolute address of the page at `path` (from the site's root) on the site at
/// `public_url`.
pub fn address(public_url: &str, path: &str) -> String {
    [public_url.trim_end_matches('/'), "/", path].concat()
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

/// A URL of the page made to work from a page `root` away from the site's root ("../../"
/// for a step's page): relative URLs get `root` in front; absolute ones, hashes, `data:` and
/// root-relative ones are left alone.
pub fn rebase(url: &str, root: &str) -> String {
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
