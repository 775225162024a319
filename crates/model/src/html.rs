//! Text made safe for HTML: used wherever the project writes markup as text (the prebuilt
//! parts of the page, the post-build step).

/// Escapes text for HTML text content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for HTML text content only (`&`, `<`, `>`), as yew escapes text: for text
/// that becomes ready-made markup and must read the same as yew's own.
pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The embed code for a news site: our loader (`embed.js` at `loader_url`) and the element it
/// fills, in the story's `lang` when a translation's (`data-lang`; `""` for the original).
/// Written into the page by the build; `static/share.js` puts the address the page is really
/// served from in its `src="…"` once the app runs.
pub fn embed_snippet(loader_url: &str, lang: &str) -> String {
    let lang = if lang.is_empty() {
        String::new()
    } else {
        [" data-lang=\"", &escape_html(lang), "\""].concat()
    };
    [
        "<div data-explainer",
        &lang,
        "></div>\n<script src=\"",
        &escape_html(loader_url),
        "\" async></script>",
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_character_that_can_start_markup_or_end_an_attribute() {
        assert_eq!(
            escape_html("<a href='x' title=\"y\">&</a>"),
            "&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;"
        );
    }
}
