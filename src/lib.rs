//! The Russia–Taliban explainer: a Yew app that walks readers through one news story.
//!
//! `App` is the whole explainer. The wasm binary (`src/main.rs`) hydrates the prerendered page
//! in the browser; native builds render it to HTML (`yew::ServerRenderer`) for tests and
//! prerendering. The story itself is data: the build loads and checks a content file and
//! compiles it in as [`STORY`].

pub mod app;
mod browser;
pub mod components;
#[cfg(feature = "loader")]
pub mod load;
pub mod model;
pub mod postbuild;

pub use app::{App, AppProps, StoryRef};

/// The story this build was made from (`content/story.toml`, or `EXPLAINER_CONTENT`).
pub static STORY: model::Story = include!(concat!(env!("OUT_DIR"), "/story.rs"));

/// Mounts the explainer into `#app` (hydrating the prerendered page when there is one).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let document = gloo::utils::document();
    if let Some(root) = document.get_element_by_id("app") {
        let props = AppProps {
            story: StoryRef(&STORY),
        };
        // The page holds the prerendered start view (scripts/prerender.sh): hydrate it rather
        // than render again. Deep links move from the start view once hydrated.
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    }
}
