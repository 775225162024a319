//! The app rendered natively (feature `ssr`): the HTML the post-build step writes into every
//! page, which the wasm then hydrates. The wasm never renders a word of it anew: the parts the
//! components mark fixed become raw regions ([`fixed_regions`]) that it hydrates as they are.

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};

use crate::app::{App, AppProps};
use crate::model::StoryRef;
use crate::model::{PageWords, PageWordsRef, Story};

/// The app rendered for hydration, opened at step `start_step` (0 for the main page), as
/// yew's server renderer gives it: before [`fixed_regions`].
pub fn render_app(story: &'static Story, start_step: usize) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime needs no resources that can be missing");
    runtime.block_on(
        yew::ServerRenderer::<App>::with_props(move || AppProps {
            story: StoryRef(story),
            owns_page: true,
            start_step,
            page: PageWordsRef(page_words(story)),
        })
        .hydratable(true)
        .render(),
    )
}

/// What the app must say at run time in the story's language, as the page tells it
/// (`PageWords`): its direction, digits and the words of every date it can show.
/// Made once per story (and thread), for all its pages (stories live for the whole program).
pub fn page_words(story: &'static Story) -> &'static PageWords {
    thread_local! {
        static MADE: std::cell::RefCell<Vec<(usize, &'static PageWords)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let key = std::ptr::from_ref(story) as usize;
    if let Some(made) = MADE.with(|m| m.borrow().iter().find(|(k, _)| *k == key).map(|(_, w)| *w)) {
        return made;
    }
    let made = make_page_words(story);
    MADE.with(|m| m.borrow_mut().push((key, made)));
    made
}

fn make_page_words(story: &Story) -> &'static PageWords {
    let w = crate::locale::words(story.meta.lang);
    let dates: Vec<_> = story
        .shown_dates()
        .into_iter()
        .map(|d| (d, w.date(d)))
        .collect();
    let lang = (story.meta.lang != crate::locale::SOURCE_LANG).then(|| story.meta.lang.into());
    Box::leak(Box::new(PageWords::new(lang, w.rtl, w.digits(), &dates)))
}

/// What the post-build step writes into a page's mount point: [`render_app`] with its fixed
/// parts turned into raw regions.
pub fn prerender(story: &'static Story, start_step: usize) -> Result<String, String> {
    fixed_regions(&render_app(story, start_step))
}

/// Turns the parts the components mark `data-fixed` (words and markup that never change; see
/// `crate::components::fixed`) into yew's raw regions: `<!--<#>-->` before the first marked
/// element (`from`, or an empty value), `<!--</#>-->` after the last (`to`, or empty). The
/// wasm hydrates each region as one empty raw node and never touches it. A marked element
/// inside another is refused: the inner one would be a second region the wasm does not have.
pub fn fixed_regions(app: &str) -> Result<String, String> {
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("[data-fixed] [data-fixed]", |_| {
            Err("a data-fixed part inside another (see components::fixed)".into())
        }))
        .append_element_content_handler(element!("[data-fixed]", |el| {
            let edge = el.get_attribute("data-fixed").unwrap_or_default();
            el.remove_attribute("data-fixed");
            if edge != "to" {
                el.before("<!--<#>-->", ContentType::Html);
            }
            if edge != "from" {
                el.after("<!--</#>-->", ContentType::Html);
            }
            Ok(())
        }));
    rewrite_str(app, settings).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_parts_become_raw_regions_the_wasm_hydrates() {
        let app = "<p data-fixed=\"\">one</p><ul><li data-fixed=\"from\">a</li> and <li data-fixed=\"to\">b</li></ul>";
        let out = fixed_regions(app).unwrap();
        assert_eq!(
            out,
            "<!--<#>--><p>one</p><!--</#>--><ul><!--<#>--><li>a</li> and <li>b</li><!--</#>--></ul>"
        );
        // A marked part inside another would be a region the wasm does not have.
        let nested = "<div data-fixed=\"\"><p data-fixed=\"\">x</p></div>";
        assert!(fixed_regions(nested).is_err());
    }
}
