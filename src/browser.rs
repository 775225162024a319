//! Where the app meets the browser: the URL hash, history, and the page's `<html>` element.
//! Everything here runs inside effects, never while rendering, so components still render
//! natively (tests, prerendering).

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use gloo::events::EventListener;
use gloo::utils::{document, window};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::model::{Action, EventIx, Story, StoryRef, ViewState};
use wasm_bindgen::JsCast;

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
/// the page's own view, `home`, and is cleaned from the URL), and writes each new view to the
/// URL as a history entry (none for `home`). Also marks the page interactive once this is
/// wired up.
#[hook]
pub fn use_url_sync(
    story: StoryRef,
    home: ViewState,
    view: ViewState,
    on_action: Callback<Action>,
    enabled: bool,
) {
    {
        use_effect_with((), move |_| {
            if !enabled {
                return Box::new(|| ()) as Box<dyn FnOnce()>;
            }
            let restore = move || {
                RESTORES.fetch_add(1, Ordering::Relaxed);
                let hash = current_hash();
                let restored = ViewState::from_hash_at(story.0, &hash, home);
                let view = restored.unwrap_or(home);
                let canonical = view.to_hash_from(story.0, home);
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
            let hash = view.to_hash_from(story.0, home);
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

/// What the reader's input asks of the app.
pub enum Input {
    /// An action on the view.
    Act(Action),
    /// An event picked on the timeline: selected, made the tab stop, its details revealed.
    PickEvent(EventIx),
    /// The timeline's tab stop moved to an event (arrow keys), which gets the focus.
    Rove(EventIx),
}

/// The element an event happened on, as an element.
fn target(e: &web_sys::Event) -> Option<web_sys::Element> {
    e.target()?.dyn_into::<web_sys::Element>().ok()
}

/// What a click asks for, read from the control clicked: its attributes say what it does.
/// The walkthrough's links to steps handle a plain click themselves (a click meant to open
/// the link elsewhere, with the middle button or a modifier key, is left to the browser).
/// Other links (the updates log's) stay links: the hash change brings their view, and the
/// browser scrolls to it.
pub fn click_input(story: &Story, click: &web_sys::MouseEvent) -> Option<Input> {
    let control = target(click)?
        .closest(".walkthrough a[href^=\"#step=\"],button,[role=button]")
        .ok()??;
    if control.tag_name() == "A" {
        let attr = |name: &str| control.get_attribute(name);
        if click.button() != 0
            || click.ctrl_key()
            || click.meta_key()
            || click.shift_key()
            || click.alt_key()
        {
            return None;
        }
        click.prevent_default();
        if attr("aria-disabled").is_some() {
            return None;
        }
        let href = attr("href")?;
        let step = ViewState::from_hash(story, href.strip_prefix('#')?)?.step;
        return Some(Input::Act(Action::GoToStep(step)));
    }
    control_input(story, &control)
}

/// What a control (a button, or the map's edges and nodes) does, from its attributes.
fn control_input(story: &Story, control: &web_sys::Element) -> Option<Input> {
    let attr = |name: &str| control.get_attribute(name);
    if let Some(id) = attr("data-event-id") {
        return story.find_event(&id).map(Input::PickEvent);
    }
    let action = if let Some(id) = attr("data-show-event") {
        Action::SelectEvent(story.find_event(&id)?)
    } else if let Some(id) = attr("data-show-relationship") {
        Action::SelectRelationship(story.find_relationship(&id)?)
    } else if let Some(id) = attr("data-filter-actor") {
        Action::ToggleActor(story.find_actor(&id)?)
    } else if control.class_name() == "card-toggle" {
        let card = control.closest("[data-relationship-id]").ok()??;
        Action::SelectRelationship(
            story.find_relationship(&card.get_attribute("data-relationship-id")?)?,
        )
    } else if attr("aria-disabled").is_some() {
        return None;
    } else {
        match attr("data-testid")?.as_str() {
            "as-of-earlier" => Action::AsOfEarlier,
            "as-of-later" => Action::AsOfLater,
            _ => return None,
        }
    };
    Some(Input::Act(action))
}

/// What a key asks for: ← and → move between steps while focus is in the walkthrough; arrow
/// keys, Home and End move the timeline's tab stop (`ViewState::timeline_tab_stop` of `view`
/// and `roving`, worked out only for a key on the timeline) between events.
pub fn key_input(
    story: &Story,
    view: ViewState,
    roving: Option<EventIx>,
    rtl: bool,
    key: &web_sys::KeyboardEvent,
) -> Option<Input> {
    if key.alt_key() || key.ctrl_key() || key.meta_key() || key.shift_key() {
        return None;
    }
    let on = target(key)?;
    // Keys in a field are the field's (the embed code's text, the builder's choices).
    if matches!(on.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") {
        return None;
    }
    // In a right-to-left page the steps and the time axis run leftwards: the arrow that
    // points the way the reader sees them go is the one that moves on.
    let pressed = key.key();
    let name = match pressed.as_str() {
        "ArrowLeft" if rtl => "ArrowRight",
        "ArrowRight" if rtl => "ArrowLeft",
        other => other,
    };
    let input = if on.get_attribute("role").as_deref() == Some("button")
        && (name == "Enter" || name == " ")
    {
        // The map's edges and nodes: chosen by Enter or Space, like buttons.
        control_input(story, &on)?
    } else if on.closest(".walkthrough").ok()?.is_some() {
        Input::Act(match name {
            "ArrowLeft" => Action::PrevStep,
            "ArrowRight" => Action::NextStep,
            _ => return None,
        })
    } else if on.has_attribute("data-event-id") {
        let order: Vec<EventIx> = story.timeline_order().collect();
        let tab_stop = view.timeline_tab_stop(story, roving, &view.highlighted_events(story));
        let current = order.iter().position(|&e| Some(e) == tab_stop)?;
        let last = order.len() - 1;
        Input::Rove(
            order[match name {
                "ArrowRight" | "ArrowDown" => (current + 1).min(last),
                "ArrowLeft" | "ArrowUp" => current.saturating_sub(1),
                "Home" => 0,
                "End" => last,
                _ => return None,
            }],
        )
    } else {
        return None;
    };
    key.prevent_default();
    Some(input)
}

/// What a change asks for: the actor filter's new value.
pub fn change_input(story: &Story, change: &web_sys::Event) -> Option<Input> {
    let select = target(change)?
        .dyn_into::<web_sys::HtmlSelectElement>()
        .ok()?;
    Some(Input::Act(Action::FilterActor(
        story.find_actor(&select.value()),
    )))
}

/// The first element matching `selector` in the tree `node` belongs to: the document, or the
/// shadow root the explainer is mounted in (embed.js's script mount), where a query on the
/// document would find nothing.
fn find(node: &web_sys::Node, selector: &str) -> Option<web_sys::Element> {
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

/// After a step change, brings the step into view if the reader cannot see it all: when its
/// title is above the screen, or the map or the first line of what changed runs below it (or
/// below the Previous/Next bar pinned at its bottom on a phone), the walkthrough's top is
/// scrolled to the top of the screen. Nothing moves when the step is in view already. After
/// the next paint, from the browser's own boxes; smooth only for readers who have not asked
/// for reduced motion (the page's `scroll-behavior`).
pub fn bring_step_into_view(tree: web_sys::Node) {
    after_next_paint(move || {
        let rect = |selector: &str| find(&tree, selector).map(|e| e.get_bounding_client_rect());
        let Some(height) = window().inner_height().ok().and_then(|h| h.as_f64()) else {
            return;
        };
        // The pinned bar, where it is pinned (in the lower half of the screen).
        let bottom = rect(".step-nav")
            .map(|r| r.top())
            .filter(|&top| top > height / 2.0)
            .unwrap_or(height);
        let title_above = rect("[data-testid=\"step-title\"]").is_some_and(|r| r.top() < 0.0);
        let below = [
            ".map",
            ".stage-step[data-current] :is(.stage-since, .stage-changes li)",
        ]
        .iter()
        .filter_map(|s| rect(s))
        .any(|r| r.bottom() > bottom + 1.0);
        if title_above || below {
            if let Some(walkthrough) = find(&tree, ".walkthrough") {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Start);
                walkthrough.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });
}

/// Moves keyboard focus to the timeline's button for the event `id`.
pub fn focus_event(tree: &web_sys::Node, id: &str) {
    if let Some(element) = find(tree, &["[data-event-id=\"", id, "\"]"].concat())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Fills the walkthrough's live region with the step it now shows, in the page's own words:
/// "Step 4 of 13: " and the step's title (the wasm carries no words). After the next paint:
/// the announcement is not something the reader sees, so it never delays the frame they do.
pub fn announce_step(region: web_sys::Node) {
    after_next_paint(move || {
        let text = |selector: &str| {
            find(&region, selector)
                .and_then(|e| e.text_content())
                .unwrap_or_default()
        };
        let count = text(".step-count");
        let title = text("[data-testid=\"step-title\"]");
        region.set_text_content(Some(&[count.trim(), ": ", title.trim()].concat()));
    });
}
