//! The languages a page is in: `hreflang` links in its head, and a switcher (plain links to
//! the same page in each language) at the top of its body.

use explainer_model::{escape_html, page_path, Story};

use crate::urls::address;

/// The `hreflang` links and the switcher for the page of `story` at step `step_id` (none: its
/// main page), `root` the way from it up to the site's root, `langs` every language of the
/// site (the original first), `public_url` the site's address if known; both empty when the
/// site has one language.
pub fn language_links(
    story: &Story,
    step_id: Option<&str>,
    langs: &[&Story],
    public_url: Option<&str>,
    root: &str,
) -> (String, String) {
    if langs.len() < 2 {
        return (String::new(), String::new());
    }
    // The same page in each language, relative to this one (the switcher's links work
    // wherever the site is served), and at the public address when known (search engines
    // want `hreflang` links absolute).
    let relative = |other: &Story| [root, &page_path(other, step_id)].concat();
    let same_page = |other: &Story| match public_url {
        Some(base) => address(base, &page_path(other, step_id)),
        None => relative(other),
    };
    let mut alternates = String::new();
    let mut switcher = String::new();
    for other in langs {
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
        escape_html(&same_page(langs[0]))
    ));
    let words = explainer_locale::words(story.meta.lang);
    let switcher = format!(
        "<nav class=\"languages\" data-testid=\"languages\" aria-label=\"{}\"><ul>{switcher}</ul></nav>",
        escape_html(&words.msg("languages"))
    );
    (alternates, switcher)
}
