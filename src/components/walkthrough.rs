//! The walkthrough: the story in steps, with previous/next, a list to jump to any step, arrow
//! keys while focus is inside it, and a polite announcement of each step change.
//!
//! Every step is rendered (only the current one is shown once the app runs), so the page is
//! the whole story before the wasm arrives and with JavaScript off. Navigation controls are
//! links to each step's URL, so they work before the app does, and open in a new tab; the
//! app (`App`) handles a plain click on them, and the arrow keys.

use yew::prelude::*;

use super::fixed::{fixed, fixed_attr, fixed_text, raw, words};
use super::stage::stage;
use crate::locale::{Arg, Words};
use crate::model::{embed_snippet, page_path, PageWords, Story, ViewState};

/// `#step=soviet-invasion`: a step's link names it by id, so it opens the same step after an
/// editor adds or removes one before it.
pub fn step_href(story: &Story, step: usize) -> String {
    ["#step=", story.step(step).id].concat()
}

/// The walkthrough at the step of `view`, with the step's stage beside (or under) its words.
/// Previous and next come first, so they stay in one place from step to step, whatever the
/// length of a step. Its links and keys are handled by the app (`App`); the live region
/// (`live_region`) is filled by the app after each step change.
pub fn walkthrough(
    story: &Story,
    view: ViewState,
    page: &PageWords,
    live_region: &NodeRef,
) -> Html {
    let step = view.step.min(story.steps.len().saturating_sub(1));
    let total = story.steps.len();
    let has_prev = step > 0;
    let has_next = step + 1 < total;
    let w = || words(story);
    let count = || w().around("step-count", "n", &[("total", Arg::Number(total as i64))]);

    html! {
        <section class="walkthrough" aria-label={fixed_attr(|| w().msg("walkthrough"))}>
            <div class="step-words">
                { progress_row(story, step) }
                <nav class="step-nav" aria-label={fixed_attr(|| w().msg("steps-nav"))}>
                    <a class="button" data-testid="step-prev" href={step_href(story, step.saturating_sub(1))}
                        aria-disabled={(!has_prev).then_some("true")}>
                        { fixed(|| html! { <span aria-hidden="true">{ "←" }</span> }) }{ fixed_text(|| w().msg("previous")) }
                    </a>
                    <a class="button primary" data-testid="step-next" href={step_href(story, (step + 1).min(total - 1))}
                        aria-disabled={(!has_next).then_some("true")}>
                        { fixed_text(|| w().msg("next")) }{ fixed(|| html! { <span aria-hidden="true">{ "→" }</span> }) }
                    </a>
                    // Said to screen readers; the progress row shows it.
                    <p class="step-count sr-only">
                        { fixed_text(|| count().0) }<span>{ page.number(step as i64 + 1) }</span>
                        { fixed_text(|| count().1) }
                    </p>
                </nav>
                <ol class="steps">
                    { for story.steps.iter().enumerate().map(|(i, s)| {
                        let current = i == step;
                        html! {
                            <li class="step" aria-current={current.then_some("step")}
                                id={fixed_attr(|| step_href(story, i)[1..].to_string())} data-step-page={fixed_attr(|| page_path(story, Some(s.id)))}>
                                <h2 class="step-title" data-testid={current.then_some("step-title")}>{ fixed_text(|| s.title.into()) }</h2>
                                { raw(story.html.steps[i]) }
                            </li>
                        }
                    }) }
                </ol>
            </div>
            { stage(story, view, page) }
            <div class="step-more">
                { fixed(|| share(w(), story)) }
                { fixed(|| html! { <p class="key-hint">{ w().msg("key-hint") }</p> }) }
            </div>
            <p class="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcement" ref={live_region.clone()}></p>
        </section>
    }
}

/// The progress row: a link to every step, with the year of its date, the steps read filled
/// and the current one marked, so a reader sees where they are and how many are left. Each
/// link is named "Step 3 of 10" (the step's title is not repeated: every byte of the page
/// counts against the first load's budget); the years are in the page's digits. It is also
/// the list of steps to jump to.
fn progress_row(story: &Story, step: usize) -> Html {
    let w = || words(story);
    html! {
        <ol class="progress" data-testid="progress" aria-label={fixed_attr(|| w().msg("steps-nav"))}>
            { for story.steps.iter().enumerate().map(|(i, s)| html! {
                <li class="progress-step" data-done={(i < step).then_some("true")}>
                    <a href={fixed_attr(|| step_href(story, i))} data-testid="progress-step"
                        aria-current={(i == step).then_some("step")}>
                        { fixed(|| html! { <>
                            <span class="progress-date" aria-hidden="true">{ w().number(s.focus.as_of.year.into()) }</span>
                            <span class="sr-only">{ w().msg_with("step-count", &[
                                ("n", Arg::Number(i as i64 + 1)),
                                ("total", Arg::Number(story.steps.len() as i64)),
                            ]) }</span>
                        </> }) }
                    </a>
                </li>
            }) }
        </ol>
    }
}

/// The embed code's choices (the host's options a page can ask for; README, "Embedding"):
/// light or dark, plain, this step, and the language, whose choices `static/share.js` makes
/// from the page's language links (a mounted explainer has none, and keeps its own). The
/// script writes the code for them; without it they are hidden and the code is the plain one.
fn embed_builder(w: &Words) -> Html {
    html! {
        <div class="embed-builder" data-testid="embed-builder">
            <fieldset data-testid="embed-theme">
                <legend>{ w.msg("embed-theme") }</legend>
                { for ["auto", "light", "dark", "host"].into_iter().map(|theme| html! {
                    <label>
                        <input type="radio" name="embed-theme" value={theme} checked={theme == "auto"} />
                        { w.msg(&["embed-theme-", theme].concat()) }
                    </label>
                }) }
            </fieldset>
            <label><input type="checkbox" data-testid="embed-plain" data-embed="plain" />{ w.msg("embed-plain") }</label>
            <label><input type="checkbox" data-testid="embed-step" data-embed="step" checked=true />{ w.msg("embed-step") }</label>
            <fieldset data-testid="embed-lang" data-embed="langs" hidden=true>
                <legend>{ w.msg("embed-language") }</legend>
            </fieldset>
        </div>
    }
}

/// Sharing: "Share this step" (the system's share sheet where there is one, else the step's
/// page URL copied), and the embed code with a button that copies it. `static/share.js` does
/// the work (loaded once the app runs; the wasm has no part in it) and says what happened in
/// the status line, in the words kept here (`data-say`); if the browser will not copy, the
/// link or code is shown selected, to copy by hand. Without JavaScript only the embed code
/// shows.
fn share(w: &Words, story: &Story) -> Html {
    html! {
        <div class="share" data-testid="share">
            <button type="button" class="button" data-testid="share-step" data-share="step">
                <span aria-hidden="true">{ "↗ " }</span>{ w.msg("share-step") }
            </button>
            <details class="embed-code" data-testid="embed">
                <summary>{ w.msg("embed") }</summary>
                { embed_builder(w) }
                <label for="embed-snippet">{ w.msg("embed-label") }</label>
                <textarea id="embed-snippet" data-testid="embed-snippet" dir="ltr" readonly=true rows="4" spellcheck="false"
                    defaultvalue={embed_snippet("embed.js", story.meta.translation().unwrap_or_default())} />
                <button type="button" class="button" data-testid="embed-copy" data-share="embed">{ w.msg("embed-copy") }</button>
            </details>
            <p class="share-status" role="status" data-testid="share-status"></p>
            <input class="share-url" data-testid="share-url" readonly=true hidden=true aria-label={w.msg("share-url")} />
            <span hidden=true data-say="link-copied">{ w.msg("link-copied") }</span>
            <span hidden=true data-say="code-copied">{ w.msg("code-copied") }</span>
            <span hidden=true data-say="link-failed">{ w.msg("link-failed") }</span>
            <span hidden=true data-say="code-failed">{ w.msg("code-failed") }</span>
        </div>
    }
}
