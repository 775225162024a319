//! Where the app meets the browser: the URL hash, history, and the page's `<html>` element.
//! Everything here runs inside effects, never while rendering, so components still render
//! natively (tests, prerendering).

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use gloo::events::EventListener;
use gloo::utils::{document, window};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::model::{Action, StoryRef, ViewState};

/// The hash of the current URL, without `#`.
fn current_hash() -> String {
    let hash = window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// The current URL with `hash` (none when empty), relative to the origin.
fn url_with_hash(hash: &str) -> String {
    let location = window().location();
    let mut url = location.pathname().unwrap_or_default();
    url.push_str(&location.search().unwrap_or_default());
    if !hash.is_empty() {
        url.push('#');
        url.push_str(hash);
    }
    url
}

/// How many times the view has been restored from the URL (back, forward, an edited hash).
/// One page has one explainer that owns its URL, so one count serves.
static RESTORES: AtomicU32 = AtomicU32::new(0);

/// Keeps the view and the URL hash in step: restores the view from the hash when the app
/// starts and on back/forward or a hand-edited hash (a hash that is not a valid view opens
/// the start and is cleaned from the URL), and writes each new view to the URL as a history
/// entry. Also marks the page interactive once this is wired up.
#[hook]
pub fn use_url_sync(story: StoryRef, view: ViewState, on_action: Callback<Action>, enabled: bool) {
    {
        use_effect_with((), move |_| {
            if !enabled {
                return Box::new(|| ()) as Box<dyn FnOnce()>;
            }
            let restore = move || {
                RESTORES.fetch_add(1, Ordering::Relaxed);
                let hash = current_hash();
                let restored = ViewState::from_hash(story.0, &hash);
                let view = restored.unwrap_or_else(|| ViewState::start(story.0));
                let canonical = view.to_hash(story.0);
                if canonical != hash {
                    // Not our canonical form (garbage, or equivalent but spelt differently).
                    let _ = window().history().map(|h| {
                        h.replace_state_with_url(
                            &JsValue::NULL,
                            "",
                            Some(&url_with_hash(&canonical)),
                        )
                    });
                }
                on_action.emit(Action::Restore(view));
            };
            restore();
            let restore = Rc::new(restore);
            let on_pop = {
                let restore = restore.clone();
                EventListener::new(&window(), "popstate", move |_| restore())
            };
            let on_hash = EventListener::new(&window(), "hashchange", move |_| restore());
            if let Some(html) = document().document_element() {
                // Public test contract: the app is mounted and handles input.
                let _ = html.set_attribute("data-interactive", "true");
            }
            Box::new(move || drop((on_pop, on_hash)))
        });
    }

    // The first run sees the start view before the restore above lands: writing it would
    // overwrite a deep link, so only later views are written.
    let first_run = use_mut_ref(|| true);
    use_effect_with(view, move |view| {
        if !first_run.replace(false) && enabled {
            let hash = view.to_hash(story.0);
            let scheduled_after = RESTORES.load(Ordering::Relaxed);
            after_next_paint(move || {
                // A restore since then (the reader went back again before this ran) means the
                // URL already shows a later view: writing this one would add a stale entry
                // and cut off the forward history.
                if RESTORES.load(Ordering::Relaxed) == scheduled_after && hash != current_hash() {
                    let _ = window().history().map(|h| {
                        h.push_state_with_url(&JsValue::NULL, "", Some(&url_with_hash(&hash)))
                    });
                }
            });
        }
    });
}

/// Runs `work` after the next frame has been painted (an animation frame, then a task), so
/// work the reader does not see (writing history) never delays the frame they do see.
fn after_next_paint(work: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let task = Closure::once_into_js(work);
    let frame = Closure::once_into_js(move || {
        let _ = window().set_timeout_with_callback(task.unchecked_ref());
    });
    let _ = window().request_animation_frame(frame.unchecked_ref());
}

/// Scrolls the first element matching `selector` into view, only as far as needed (not at all
/// when it is already visible). Smoothness follows the page's CSS `scroll-behavior`, which is
/// smooth only for readers who have not asked for reduced motion.
pub fn reveal(tree: &web_sys::Node, selector: &str) {
    if let Some(element) = find(tree, selector) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Moves keyboard focus to the first element matching `selector` in the same tree as `tree`.
pub fn focus(tree: &web_sys::Node, selector: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) =
        find(tree, selector).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The first element matching `selector` in the tree `node` belongs to: the document, or the
/// shadow root the explainer is mounted in (embed.js's script mount), where a query on the
/// document would find nothing.
fn find(node: &web_sys::Node, selector: &str) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let root = node.get_root_node();
    if let Some(document) = root.dyn_ref::<web_sys::Document>() {
        document.query_selector(selector).ok().flatten()
    } else {
        root.dyn_ref::<web_sys::DocumentFragment>()?
            .query_selector(selector)
            .ok()
            .flatten()
    }
}

/// Fills the walkthrough's live region with the step it now shows, in the page's own words:
/// "Step 4 of 13: " and the step's title (the wasm carries no words).
pub fn announce_step(region: &web_sys::Node) {
    let text = |selector: &str| {
        find(region, selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    let count = text(".step-count");
    let title = text("[data-testid=\"step-title\"]");
    region.set_text_content(Some(&[count.trim(), ": ", title.trim()].concat()));
}

/// What a click on a chip of the page's fixed markup asks for: `data-show-event="id"` or
/// `data-show-relationship="id"` on the clicked button (ids the story does not have: nothing).
pub fn chip_action(story: &crate::model::Story, click: &web_sys::MouseEvent) -> Option<Action> {
    use wasm_bindgen::JsCast;
    let chip = click
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-show-event],[data-show-relationship]")
        .ok()??;
    if let Some(id) = chip.get_attribute("data-show-event") {
        story.find_event(&id).map(Action::SelectEvent)
    } else {
        let id = chip.get_attribute("data-show-relationship")?;
        story.find_relationship(&id).map(Action::SelectRelationship)
    }
}
