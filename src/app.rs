//! The explainer: owns the one view state, hands typed callbacks down, and keeps the URL in
//! step with the state (browser work happens only in effects, so the app renders natively).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{raw, RelationshipCards, Timeline, Walkthrough};
use crate::model::{Action, StoryRef, ViewState};

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
    let model = use_reducer(|| Model {
        story,
        view: ViewState::start(story.0),
    });
    let view = model.view;
    let on_action = {
        let model = model.clone();
        Callback::from(move |action: Action| model.dispatch(action))
    };

    crate::browser::use_url_sync(story, view, on_action.clone(), props.owns_page);
    // The chips in the page's fixed parts (an event's "Changed", a card's "Events") are plain
    // buttons naming what they show; one handler serves them all.
    let onclick = {
        let on_action = on_action.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(action) = crate::browser::chip_action(story.0, &e) {
                on_action.emit(action);
            }
        })
    };

    html! {
        <div class="explainer" data-testid="explainer" {onclick}>
            { raw(story.html.masthead) }
            <main class="layout" id="main">
                <Walkthrough {story} step={view.step} on_action={on_action.clone()} />
                <div class="views">
                    <Timeline {story} {view} on_action={on_action.clone()} />
                    <RelationshipCards {story} {view} {on_action} />
                </div>
            </main>
            { raw(story.html.colophon) }
        </div>
    }
}
