//! The news explainer: a Yew app that walks readers through one news story.
//!
//! `App` is the whole explainer. The wasm binary (`src/main.rs`) hydrates the prerendered page
//! in the browser; native builds render it to HTML (`yew::ServerRenderer`) for tests and
//! prerendering. The story itself is data: the build loads and checks a content file and
//! compiles it in as [`STORY`].

pub mod app;
mod browser;
pub mod components;
#[cfg(feature = "ssr")]
pub mod ssr;

/// The interface's words (`crates/locale`), which the views ask for inside their fixed parts.
pub use explainer_locale as locale;
/// The story model (`crates/model`), which the app's state and views are made of.
pub use explainer_model as model;

pub use app::{App, AppProps};
pub use model::StoryRef;

/// The story this build was made from (`content/story.toml`, or `EXPLAINER_CONTENT`).
pub static STORY: model::Story = include!(concat!(env!("OUT_DIR"), "/story.rs"));

/// Hydrates the prerendered explainer in its own page. Does nothing on any other page (the
/// script-mount embed loads the same wasm into a host page, and calls [`mount`] instead).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let document = gloo::utils::document();
    // Our page is the one with our loader's meta tag; a host page's `#app` is not ours.
    let ours = document
        .query_selector("meta[name=\"explainer-app\"]")
        .ok()
        .flatten()
        .is_some();
    if let (true, Some(root)) = (ours, document.get_element_by_id("app")) {
        let props = AppProps {
            story: StoryRef(&STORY),
            owns_page: true,
            start_step: prerendered_step(&root),
            page: page_words(&root),
        };
        // The page holds the prerendered start view (scripts/postbuild.sh): hydrate it rather
        // than render again. Deep links move from the start view once hydrated.
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    }
}

/// The step the explainer in `root` was prerendered at, so hydration matches: a step's own
/// page (`step/<id>/`), or a mount of that page's markup, names it in `data-step`.
#[cfg(target_arch = "wasm32")]
fn prerendered_step(root: &web_sys::Element) -> usize {
    root.get_attribute("data-step")
        .and_then(|id| STORY.find_step(&id))
        .unwrap_or(0)
}

/// What the page tells the app about its language (`PageWords`): the attributes of the
/// prerendered explainer in `root`, read once, before hydration.
#[cfg(target_arch = "wasm32")]
fn page_words(root: &web_sys::Element) -> model::PageWordsRef {
    let Some(explainer) = root.first_element_child() else {
        return model::PageWordsRef::default();
    };
    let attr = |name| explainer.get_attribute(name);
    // The root's `lang` is the page's to show, not the app's to use: not read.
    let words = model::PageWords::from_attributes(
        None,
        attr("dir").as_deref(),
        attr("data-digits"),
        attr("data-dates").unwrap_or_default(),
    );
    model::PageWordsRef(Box::leak(Box::new(words)))
}

/// Hydrates the explainer in `root`, an element of someone else's page that holds the
/// prerendered markup (the script-mount embed puts `app-markup.html` in a shadow root). The
/// wasm carries no words of the static parts, so it must hydrate, never render them anew. It
/// leaves the host's URL and `<html>` alone and marks `root` with `data-interactive="true"`.
/// The markup may be a step's (`embed.js`'s `data-step`), which `root` then names.
#[cfg(target_arch = "wasm32")]
pub fn mount(root: web_sys::Element) {
    let props = AppProps {
        story: StoryRef(&STORY),
        owns_page: false,
        start_step: prerendered_step(&root),
        page: page_words(&root),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).hydrate();
    let _ = root.set_attribute("data-interactive", "true");
}
