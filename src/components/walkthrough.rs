//! The walkthrough: the story in steps, with previous/next, a list to jump to any step, arrow
//! keys while focus is inside it, and a polite announcement of each step change.
//!
//! Every step is rendered (only the current one is shown once the app runs), so the page is
//! the whole story before the wasm arrives and with JavaScript off. Navigation controls are
//! links to each step's URL, so they work before the app does, and open in a new tab.

use yew::prelude::*;

use super::{fixed, fixed_attr, fixed_text, link_click, raw};
use crate::model::date::number;
use crate::model::{Action, StoryRef};

/// Props for [`Walkthrough`].
#[derive(Properties, PartialEq, Clone)]
pub struct WalkthroughProps {
    /// The story.
    pub story: StoryRef,
    /// The current step (0-based).
    pub step: usize,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// `#step=3` for the 0-based step 2.
pub fn step_href(step: usize) -> String {
    "#step=".to_string() + &number(step as i64 + 1)
}

/// The walkthrough.
#[component]
pub fn Walkthrough(props: &WalkthroughProps) -> Html {
    let story = props.story;
    let step = props.step.min(story.steps.len().saturating_sub(1));
    let total = story.steps.len();
    let on_action = props.on_action.clone();

    // Announce step changes (not the first render) briefly: number and title, read from the
    // page (the wasm has no words). The text goes straight into the live region, which Yew
    // renders empty and never fills: as state it would render the walkthrough again.
    let live_region = use_node_ref();
    let seen_step = use_mut_ref(|| step);
    {
        let live_region = live_region.clone();
        use_effect_with(step, move |&step| {
            if *seen_step.borrow() != step {
                *seen_step.borrow_mut() = step;
                if let Some(region) = live_region.get() {
                    crate::browser::announce_step(&region);
                }
            }
        });
    }

    let onkeydown = {
        let on_action = on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() || e.shift_key() {
                return;
            }
            let action = match e.key().as_str() {
                "ArrowLeft" => Action::PrevStep,
                "ArrowRight" => Action::NextStep,
                _ => return,
            };
            e.prevent_default();
            on_action.emit(action);
        })
    };

    let has_prev = step > 0;
    let has_next = step + 1 < total;
    let prev = link_click(&on_action, has_prev.then_some(Action::PrevStep));
    let next = link_click(&on_action, has_next.then_some(Action::NextStep));

    html! {
        <section class="walkthrough" aria-label={fixed_attr(|| "Walkthrough")} {onkeydown}>
            <p class="step-count">
                { fixed_text(|| "Step ".into()) }<span>{ number(step as i64 + 1) }</span>
                { fixed_text(|| [" of ", &number(total as i64)].concat()) }
            </p>
            <ol class="steps">
                { for story.steps.iter().enumerate().map(|(i, s)| {
                    let current = i == step;
                    html! {
                        <li key={s.id} class="step" aria-current={current.then_some("step")}
                            id={fixed_attr(|| step_href(i)[1..].to_string())}>
                            <h2 class="step-title" data-testid={current.then_some("step-title")}>{ fixed_text(|| s.title.into()) }</h2>
                            { raw(story.html.steps[i]) }
                        </li>
                    }
                }) }
            </ol>
            <nav class="step-nav" aria-label={fixed_attr(|| "Steps")}>
                <a class="button" data-testid="step-prev" href={step_href(step.saturating_sub(1))}
                    aria-disabled={(!has_prev).then_some("true")} onclick={prev}>
                    { fixed(|| html! { <span aria-hidden="true">{ "←" }</span> }) }{ fixed_text(|| "Previous".into()) }
                </a>
                <a class="button primary" data-testid="step-next" href={step_href((step + 1).min(total - 1))}
                    aria-disabled={(!has_next).then_some("true")} onclick={next}>
                    { fixed_text(|| "Next".into()) }{ fixed(|| html! { <span aria-hidden="true">{ "→" }</span> }) }
                </a>
                { fixed(|| html! { <p class="key-hint">{ "Tip: ← and → keys move between steps." }</p> }) }
            </nav>
            <details class="toc">
                { fixed(|| html! { <summary>{ "All " }{ number(total as i64) }{ " steps" }</summary> }) }
                <ol>
                    { for story.steps.iter().enumerate().map(|(i, s)| html! {
                        <li key={s.id}>
                            <a href={fixed_attr(|| step_href(i))} aria-current={(i == step).then_some("step")}
                                onclick={link_click(&on_action, Some(Action::GoToStep(i)))}>
                                { fixed_text(|| s.title.into()) }
                            </a>
                        </li>
                    }) }
                </ol>
            </details>
            <p class="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcement" ref={live_region}></p>
        </section>
    }
}
