//! The explainer: owns the one view state, turns the reader's input into actions, and keeps
//! the URL in step with the state (browser work happens only in effects and callbacks, so the
//! app renders natively).
//!
//! Input is handled once, at the app's root: the controls are in the page (their words are
//! there, not in the wasm), and their attributes say what they do (`data-event-id`,
//! `href="#step=3"`, `data-show-relationship`...). `crate::browser::click_input` and its kin
//! read them.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::Input;
use crate::components::fixed_attr_if;
use crate::components::{explore, raw, walkthrough};
use crate::model::{Action, EventIx, PageWordsRef, StoryRef, ViewState};

/// The app's props: which story to tell, and whether it owns the page.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The story.
    pub story: StoryRef,
    /// The explainer is the page (or fills an iframe): it mirrors its view in the URL hash
    /// and marks `<html data-interactive>`. False when mounted inside someone else's page,
    /// whose URL and `<html>` are not ours to change.
    #[prop_or(true)]
    pub owns_page: bool,
    /// The step the page opens at with no hash in its URL (0-based): 0 on the main page, the
    /// step's own on a step's page (`step/<id>/`, written by the post-build step).
    #[prop_or(0)]
    pub start_step: usize,
    /// What the app says at run time in the page's language (its digits, its dates), and
    /// the page's direction: read from the page in the browser, from the locale natively.
    #[prop_or_default]
    pub page: PageWordsRef,
}

/// The view state with its story, reduced by [`Action`]s.
#[derive(Clone, PartialEq)]
pub struct Model {
    /// The story.
    pub story: StoryRef,
    /// What the reader sees.
    pub view: ViewState,
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let view = self.view.apply(self.story.0, action);
        if view == self.view {
            self
        } else {
            Rc::new(Model {
                story: self.story,
                view,
            })
        }
    }
}

/// The whole explainer.
#[component]
pub fn App(props: &AppProps) -> Html {
    let story = props.story;
    let page = props.page;
    let home = ViewState::start_at(story.0, props.start_step);
    let model = use_reducer(|| Model { story, view: home });
    let view = model.view;
    let on_action = {
        let model = model.clone();
        Callback::from(move |action: Action| model.dispatch(action))
    };
    crate::browser::use_url_sync(story, home, view, on_action.clone(), props.owns_page);

    // The timeline's one tab stop, moved by arrow keys (roving focus).
    let roving = use_state(|| None::<EventIx>);
    // Set when the reader picks an event on the timeline, so its details are brought into view
    // once shown (on a phone they sit below the list); never on load or a restored link.
    let reveal_detail = use_mut_ref(|| false);
    // The live region anchors queries to the explainer's own tree (a shadow root, mounted).
    let live_region = use_node_ref();
    use_effect_with(view.event, {
        let reveal_detail = reveal_detail.clone();
        let live_region = live_region.clone();
        move |event| {
            if let (true, Some(tree)) = (
                event.is_some() && reveal_detail.replace(false),
                live_region.get(),
            ) {
                crate::browser::reveal(&tree, "[data-testid=\"event-detail\"]");
            }
        }
    });
    // Announce step changes (not the first render), in the page's words.
    let seen_step = use_mut_ref(|| view.step);
    use_effect_with(view.step, {
        let live_region = live_region.clone();
        move |&step| {
            if seen_step.replace(step) != step {
                if let Some(region) = live_region.get() {
                    crate::browser::bring_step_into_view(region.clone());
                    crate::browser::announce_step(region);
                }
            }
        }
    });

    let rove_from = *roving;
    let handle = {
        let roving = roving.clone();
        let live_region = live_region.clone();
        move |input: Option<Input>| match input {
            Some(Input::Act(action)) => on_action.emit(action),
            Some(Input::PickEvent(event)) => {
                roving.set(Some(event));
                *reveal_detail.borrow_mut() = true;
                on_action.emit(Action::SelectEvent(event));
            }
            Some(Input::Rove(event)) => {
                roving.set(Some(event));
                if let Some(tree) = live_region.get() {
                    crate::browser::focus_event(&tree, story.0.event(event).id);
                }
            }
            None => {}
        }
    };
    let onclick = {
        let handle = handle.clone();
        Callback::from(move |e: MouseEvent| handle(crate::browser::click_input(story.0, &e)))
    };
    let onkeydown = {
        let handle = handle.clone();
        Callback::from(move |e: KeyboardEvent| {
            handle(crate::browser::key_input(
                story.0, view, rove_from, page.rtl, &e,
            ))
        })
    };
    let onchange =
        Callback::from(move |e: Event| handle(crate::browser::change_input(story.0, &e)));

    html! {
        // The page's language for the app (`PageWords`), where it is not English's.
        <div class="explainer" data-testid="explainer" {onclick} {onkeydown} {onchange}
            lang={fixed_attr_if(|| page.lang.clone())}
            dir={fixed_attr_if(|| page.rtl.then_some("rtl"))}
            data-digits={fixed_attr_if(|| page.digits_attribute())}
            data-dates={fixed_attr_if(|| page.dates_attribute())}>
            { raw(story.html.masthead) }
            <main class="layout" id="main">
                { walkthrough(story.0, view, page.0, &live_region) }
                { explore(story.0, view, page.0, rove_from) }
            </main>
            { raw(story.html.colophon) }
        </div>
    }
}
