//! Components rendered to HTML natively (yew's server renderer), checked for what a reader
//! would see in each state: selected, highlighted, filtered, before a first state, at the ends
//! of the walkthrough.

use explainer::components::{
    relationship_card, relationship_cards, timeline, walkthrough, CardState,
};
use explainer::model::{Action, Date, PageWords, ViewState};
use explainer::{App, AppProps, StoryRef, STORY};
use yew::{function_component, BaseComponent, Html, NodeRef, Properties, ServerRenderer};

fn story() -> StoryRef {
    StoryRef(&STORY)
}

/// Shows markup a view function made.
#[derive(Properties, PartialEq)]
struct ViewProps {
    html: Html,
}

#[function_component]
fn View(props: &ViewProps) -> Html {
    props.html.clone()
}

/// Renders what a view function returns (it runs where the renderer runs: markup is not `Send`).
fn show(view: impl FnOnce() -> Html + Send + 'static) -> String {
    render::<View>(move || ViewProps { html: view() })
}

/// Renders a component; `props` builds its props (callbacks are not `Send`, so they are made
/// where the renderer runs).
fn render<C: BaseComponent>(props: impl FnOnce() -> C::Properties + Send + 'static) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let html = runtime.block_on(
        ServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    );
    // The marks of the parts only the page carries (`components::fixed`), which the
    // post-build step turns into raw regions: the markup a reader gets has none.
    ["", "from", "to"].iter().fold(html, |html, edge| {
        html.replace(&format!(" data-fixed=\"{edge}\""), "")
    })
}

/// The opening tag of the (first) element that has `attribute`, e.g. `data-event-id="x"`.
fn tag_with<'a>(html: &'a str, attribute: &str) -> &'a str {
    let at = html
        .find(attribute)
        .unwrap_or_else(|| panic!("no element with {attribute}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

/// The number of times `needle` occurs in `hay`.
fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

fn view_after(actions: &[Action]) -> ViewState {
    actions
        .iter()
        .fold(ViewState::start(&STORY), |v, &a| v.apply(&STORY, a))
}

#[test]
fn the_app_renders_the_whole_story_for_readers_without_javascript() {
    let html = render::<App>(move || AppProps {
        story: story(),
        owns_page: true,
        start_step: 0,
        page: Default::default(),
    });
    assert_eq!(count(&html, "<h1"), 1, "one h1");
    assert!(html.contains(STORY.meta.headline));
    for step in STORY.steps {
        assert!(
            html.contains(&yew_escape(step.title)),
            "step {} missing",
            step.id
        );
    }
    for event in STORY.events {
        assert!(
            html.contains(&format!("data-event-id=\"{}\"", event.id)),
            "event {}",
            event.id
        );
    }
    assert_eq!(
        count(&html, "data-testid=\"relationship-card\""),
        STORY.relationships.len()
    );
    assert!(html.contains("<main"), "a main landmark");
}

/// Yew escapes text; compare against the escaped form.
fn yew_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn the_walkthrough_marks_only_the_current_step_and_disables_the_ends() {
    let first = show(|| {
        walkthrough(
            &STORY,
            ViewState::start(&STORY),
            &PageWords::default(),
            &NodeRef::default(),
        )
    });
    assert!(first.contains("Step <span>1</span> of 10"), "{first}");
    assert_eq!(count(&first, "data-testid=\"step-title\""), 1);
    assert!(
        first.contains("data-testid=\"step-title\" class=\"step-title\">Moscow goes first</h2>"),
        "{first}"
    );
    let prev = tag_with(&first, "data-testid=\"step-prev\"");
    assert!(
        prev.contains("href=\"#step=first-to-recognise\"")
            && prev.contains("aria-disabled=\"true\""),
        "{prev}"
    );
    let next = tag_with(&first, "data-testid=\"step-next\"");
    assert!(
        next.contains("href=\"#step=soviet-invasion\"") && !next.contains("aria-disabled"),
        "{next}"
    );
    assert!(first.contains("¶1, ¶2, ¶3, ¶5 · Lead"));

    let last = show(|| {
        let view = ViewState::start(&STORY).apply(&STORY, Action::GoToStep(9));
        walkthrough(&STORY, view, &PageWords::default(), &NodeRef::default())
    });
    assert!(last.contains("Step <span>10</span> of 10"));
    assert!(last.contains("class=\"step-title\">Realpolitik, not nostalgia</h2>"));
    let next = tag_with(&last, "data-testid=\"step-next\"");
    assert!(
        next.contains("href=\"#step=realpolitik\"") && next.contains("aria-disabled=\"true\""),
        "{next}"
    );
    assert!(last.contains("Analysis (the article&#39;s own)"));
}

#[test]
fn the_timeline_draws_every_event_the_breaks_and_the_undated_facts() {
    let start = ViewState::start(&STORY);
    let html = show(move || timeline(&STORY, start, None));
    assert_eq!(
        count(&html, "data-testid=\"timeline-event\""),
        STORY.events.len()
    );
    for gap in ["10 years pass", "14 years pass", "18 years pass"] {
        assert!(html.contains(gap), "{gap}");
    }
    // Every event has a place in time: those the source states only as true when it was
    // published are "by 3 July 2025", on the axis, not in an undated list.
    assert!(!html.contains("Undated in the source"));
    assert!(html.contains("By 3 July 2025"), "{html}");
    assert!(html.contains("Soviet war in Afghanistan"));
    // One tab stop among the events.
    assert_eq!(count(&html, "tabindex=\"0\""), 1);
    // The first step focuses the recognition: highlighted and the tab stop, not selected.
    let recognition = tag_with(&html, "data-event-id=\"recognition\"");
    assert!(
        recognition.contains("aria-pressed=\"false\""),
        "{recognition}"
    );
    assert!(recognition.contains("tabindex=\"0\""), "{recognition}");
    assert!(
        recognition.contains("data-highlighted=\"true\""),
        "{recognition}"
    );
    assert!(html.contains("Choose an event"));
}

#[test]
fn a_selected_event_is_pressed_and_detailed() {
    let listing = STORY.find_event("terror-listing").unwrap();
    let view = view_after(&[Action::SelectEvent(listing)]);
    let html = show(move || timeline(&STORY, view, None));
    let listing_tag = tag_with(&html, "data-event-id=\"terror-listing\"");
    assert!(
        listing_tag.contains("aria-pressed=\"true\""),
        "{listing_tag}"
    );
    assert!(
        listing_tag.contains("data-highlighted=\"true\""),
        "{listing_tag}"
    );
    assert_eq!(count(&html, "aria-pressed=\"true\""), 1);
    let detail = &html;
    assert!(detail.contains("<time datetime=\"2003\">2003</time>"));
    assert!(detail.contains("Russia lists the Taliban as terrorists"));
    assert!(
        detail.contains("Involved: </span>Russia, the Taliban (Islamic Emirate of Afghanistan)")
    );
    assert!(detail.contains("Reported fact"));
    assert!(detail.contains("¶9 · From Enemy to Ally?"));
    assert!(
        detail.contains("Russia – Taliban"),
        "it names the relationship it changed"
    );
}

#[test]
fn a_claim_true_by_publication_says_whose_claim_it_is() {
    let e = STORY.find_event("taliban-fight-isis-k").unwrap();
    let view = view_after(&[Action::SelectEvent(e)]);
    let detail = show(move || timeline(&STORY, view, None));
    assert!(detail.contains("By 3 July 2025"), "{detail}");
    assert!(detail.contains("Claim by the Taliban (Islamic Emirate of Afghanistan)"));
}

fn card(rel: &str, as_of: Date, highlighted: bool, selected: bool) -> String {
    let rel = STORY.find_relationship(rel).unwrap();
    let layers = STORY.layers_at(rel, as_of);
    let changed = STORY.changed_at(rel, as_of);
    let state = CardState {
        layers,
        changed,
        highlighted,
        selected,
        shown: true,
    };
    show(move || relationship_card(&STORY, rel, state))
}

#[test]
fn a_card_shows_the_stance_as_of_the_date_with_its_history() {
    let html = card("russia-taliban", Date::year(2003), false, false);
    assert!(html.contains("data-stance=\"terrorist-listing\""));
    assert!(html.contains("Listed as terrorists"));
    assert!(html.contains("From 2003"));
    assert_eq!(count(&html, "aria-current=\"true\""), 1);
    assert!(!tag_with(&html, "data-testid=\"relationship-card\"").contains("data-highlighted"));
    let later = card("russia-taliban", Date::day(2025, 7, 3), true, true);
    assert!(later.contains("data-stance=\"formal-recognition\""));
    let article = tag_with(&later, "data-testid=\"relationship-card\"");
    for attr in [
        "data-warmth=\"4\"",
        "data-highlighted=\"true\"",
        "data-selected=\"true\"",
    ] {
        assert!(article.contains(attr), "{attr} in {article}");
    }
    assert!(later.contains("aria-pressed=\"true\""));
    for state in [
        "2003 · Officially",
        "Since 2022 · In practice",
        "April 2025 · Officially",
        "3 July 2025 · Officially",
    ] {
        assert!(
            later.contains(&format!("<span class=\"history-date\">{state}</span>")),
            "{state}"
        );
    }
}

#[test]
fn a_card_says_officially_and_in_practice_and_marks_the_facet_that_changed() {
    // March 2024: still listed as terrorists, yet trading; nothing changed at that date.
    let html = card("russia-taliban", Date::month(2024, 3), false, false);
    let facets: Vec<&str> = html.split("data-testid=\"facet\"").skip(1).collect();
    assert_eq!(facets.len(), 2, "{html}");
    assert!(facets[0].contains("data-facet=\"official\" data-stance=\"terrorist-listing\""));
    assert!(facets[0].contains("Officially") && facets[0].contains("Listed as terrorists"));
    assert!(facets[1].contains("data-facet=\"practice\" data-stance=\"pragmatic-ties\""));
    assert!(facets[1].contains("In practice") && facets[1].contains("oil, gas and wheat"));
    assert!(!html.contains("data-changed"));
    // The card's colour follows the official facet.
    let article = tag_with(&html, "data-testid=\"relationship-card\"");
    assert!(
        article.contains("data-stance=\"terrorist-listing\""),
        "{article}"
    );
    // One history strip, each state naming its facet, each facet's current state marked.
    assert!(html.contains("<span class=\"history-date\">Since 2022 · In practice</span>"));
    assert_eq!(count(&html, "aria-current=\"true\""), 2);
    // April 2025: the listing is gone, and the official facet is marked as changed.
    let april = card("russia-taliban", Date::month(2025, 4), false, false);
    let official = tag_with(&april, "data-testid=\"facet\" data-facet=\"official\"");
    assert!(
        official.contains("data-stance=\"no-formal-ties\""),
        "{official}"
    );
    assert!(official.contains("data-changed=\"true\""), "{official}");
    assert_eq!(count(&april, "data-changed=\"true\""), 1);
    // Every state's row carries "Changed"; the CSS shows it only on the row marked changed.
    assert!(april
        .split("data-changed=\"true\"")
        .nth(1)
        .unwrap()
        .contains("<span class=\"facet-changed\">Changed</span>"));
    assert!(!april
        .split("data-testid=\"facet\"")
        .nth(1)
        .unwrap()
        .contains("Listed as terrorists"));
}

#[test]
fn a_card_before_its_first_state_says_nothing_was_recorded_yet() {
    let html = card("russia-taliban", Date::year(1989), false, false);
    assert!(html.contains("data-stance=\"none\""));
    assert!(html.contains("No recorded relationship yet"));
    assert!(
        html.contains("The source records nothing about this pair before 2003."),
        "{html}"
    );
    assert_eq!(count(&html, "aria-current"), 0);
    let by = card("envoys-taliban", Date::year(2021), false, false);
    assert!(
        by.contains("The source records nothing about this pair before 3 July 2025."),
        "{by}"
    );
}

#[test]
fn filtering_by_actor_shows_only_their_cards() {
    let envoys = STORY.find_actor("envoy-governments");
    let view = view_after(&[Action::FilterActor(envoys)]);
    let html = show(move || relationship_cards(&STORY, view));
    assert_eq!(count(&html, "data-testid=\"relationship-card\""), 1);
    assert!(html.contains("data-relationship-id=\"envoys-taliban\""));
    assert!(
        tag_with(&html, "value=\"envoy-governments\"").contains("selected"),
        "{html}"
    );

    let all = show(move || relationship_cards(&STORY, ViewState::start(&STORY)));
    assert_eq!(count(&all, "data-testid=\"relationship-card\""), 10);
}

#[test]
fn the_as_of_control_shows_the_date_and_disables_its_ends() {
    // The explore view's one date control, above its timeline and relationships.
    let cards = |view: ViewState| {
        show(move || explainer::components::explore(&STORY, view, &PageWords::default(), None))
    };
    let html = cards(ViewState::start(&STORY));
    let head = &html[..html.find("class=\"timeline\"").unwrap()];
    assert!(head.contains("data-testid=\"as-of\""), "{head}");
    assert!(html.contains("data-testid=\"as-of\">3 July 2025</strong>"));
    let disabled = |html: &str, button: &str| {
        tag_with(html, &format!("data-testid=\"{button}\"")).contains("aria-disabled=\"true\"")
    };
    assert!(disabled(&html, "as-of-later"), "{html}");
    assert!(!disabled(&html, "as-of-earlier"), "{html}");
    // Named by its label and the date it moves to; that date is its tooltip.
    let earlier = html.split("data-testid=\"as-of-earlier\"").nth(1).unwrap();
    assert!(
        earlier.contains("<span class=\"sr-only\">Earlier date: April 2025</span>"),
        "{earlier}"
    );
    assert!(
        tag_with(&html, "data-testid=\"as-of-earlier\"").contains("title=\"April 2025\""),
        "{html}"
    );
    let first = cards(view_after(&[Action::GoToStep(1)]));
    assert!(first.contains("data-testid=\"as-of\">1979</strong>"));
    assert!(disabled(&first, "as-of-earlier"));
}

#[test]
fn the_stylesheet_has_a_rule_for_every_position_step() {
    let css = std::fs::read_to_string("static/explainer.css").unwrap();
    for i in 0..=explainer::model::scale::POSITION_STEPS {
        for attr in ["at", "to"] {
            let rule = format!("[data-{attr}=\"{i}\"]{{--{attr}:{i}}}");
            assert!(css.contains(&rule), "static/explainer.css lacks {rule}");
        }
    }
}

#[test]
fn the_same_state_renders_the_same_bytes() {
    let a = render::<App>(move || AppProps {
        story: story(),
        owns_page: true,
        start_step: 0,
        page: Default::default(),
    });
    let b = render::<App>(move || AppProps {
        story: story(),
        owns_page: true,
        start_step: 0,
        page: Default::default(),
    });
    assert_eq!(a, b);
}

#[test]
fn a_card_shows_the_notes_of_its_actors() {
    let text = std::fs::read_to_string("tests/fixtures/small-story.toml").unwrap();
    let small =
        explainer_content::load_static("small-story.toml", &text).unwrap_or_else(|p| panic!("{p}"));
    let rel = small
        .relationships
        .iter()
        .position(|r| r.id == "riverton-lakeside")
        .unwrap();
    let state = CardState {
        layers: explainer::model::PerFacet([None, Some(0)]),
        changed: explainer::model::PerFacet([false, false]),
        highlighted: false,
        selected: false,
        shown: true,
    };
    let html = show(move || relationship_card(small, explainer::model::RelIx(rel as u16), state));
    assert_eq!(count(&html, "data-testid=\"actor-note\""), 1, "{html}");
    assert!(
        html.contains("Lakeside: </span>The smaller of the two towns, on the east bank."),
        "{html}"
    );
    // The real story gives no notes: its cards show none.
    assert!(!render_app_contains("actor-note"));
}

fn render_app_contains(needle: &str) -> bool {
    render::<App>(|| AppProps {
        story: story(),
        owns_page: true,
        start_step: 0,
        page: Default::default(),
    })
    .contains(needle)
}

#[test]
fn the_updates_log_lists_each_update_and_marks_its_items() {
    let text = std::fs::read_to_string("tests/fixtures/small-story.toml").unwrap();
    let small =
        explainer_content::load_static("small-story.toml", &text).unwrap_or_else(|p| panic!("{p}"));
    let html = render::<App>(move || AppProps {
        story: StoryRef(small),
        owns_page: true,
        start_step: 0,
        page: Default::default(),
    });
    // The log at the foot: the day, what changed, and links to the items it changed.
    let log = &html[html
        .find("data-testid=\"updates\"")
        .expect("an updates log")..];
    assert!(
        log.contains("<h2 id=\"updates-heading\">Updates</h2>"),
        "{log}"
    );
    assert!(log.contains(
        "<time datetime=\"2021-02-01\">1 February 2021</time>: Corrected the year the feud began."
    ));
    assert!(
        log.contains("<a href=\"#rel=riverton-lakeside\">Riverton – Lakeside</a>"),
        "{log}"
    );
    assert!(
        log.contains("<a href=\"#step=feud\">Step 3: The old feud</a>"),
        "{log}"
    );
    // The mark on the card and on the step (the events it does not name have none).
    assert_eq!(count(&html, "data-testid=\"updated-mark\""), 2, "{html}");
    let card = &html[html
        .find("aria-labelledby=\"card-riverton-lakeside\"")
        .unwrap()..];
    assert!(card[..card.find("</article>").unwrap()]
        .contains("Updated <time datetime=\"2021-02-01\">1 February 2021</time>"));
    // The real story logs the corrections of its fact check.
    assert!(render_app_contains("data-testid=\"updates\""));
}

/// What the post-build step writes into the page: the app rendered for hydration, its fixed
/// parts turned into raw regions.
fn prerendered() -> String {
    explainer::ssr::prerender(story().0, 0).unwrap()
}

#[test]
fn every_word_of_the_page_is_in_a_part_the_wasm_only_hydrates() {
    let page = prerendered();
    assert!(!page.contains("data-fixed"), "every mark became a region");
    let opens = count(&page, "<!--<#>-->");
    assert_eq!(opens, count(&page, "<!--</#>-->"), "balanced regions");
    assert!(opens > 100, "{opens} regions");
    // Outside the raw regions, the page has no words: only what the wasm renders itself
    // (numbers, dates, the markup's structure). Cut the regions out and look at what is left.
    let mut outside = String::new();
    let mut rest = page.as_str();
    while let Some(start) = rest.find("<!--<#>-->") {
        outside.push_str(&rest[..start]);
        let mut depth = 0;
        let mut at = start;
        loop {
            let open = rest[at..].find("<!--<#>-->").map(|i| i + at);
            let close = rest[at..].find("<!--</#>-->").map(|i| i + at).unwrap();
            match open {
                Some(o) if o < close => {
                    depth += 1;
                    at = o + 10;
                }
                _ => {
                    depth -= 1;
                    at = close + 11;
                    if depth == 0 {
                        break;
                    }
                }
            }
        }
        rest = &rest[at..];
    }
    outside.push_str(rest);
    let text: String = outside
        .split('<')
        .filter_map(|s| s.split_once('>').map(|(_, t)| t))
        .collect::<Vec<_>>()
        .join(" ");
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    // Only month names remain (the "as of" date, which the app makes at run time).
    for word in &words {
        assert!(
            explainer::model::date::MONTHS.contains(word),
            "a word outside the page's fixed parts: {word:?} (in {words:?})"
        );
    }
}

#[test]
fn the_browser_build_carries_the_structure_without_the_words() {
    let bare = explainer_content::without_words(&STORY);
    assert_eq!(bare.events.len(), STORY.events.len());
    assert_eq!(bare.relationships.len(), STORY.relationships.len());
    for (bare, full) in bare.events.iter().zip(STORY.events) {
        assert_eq!(bare.id, full.id);
        assert_eq!(bare.when, full.when);
        assert!(bare.title.is_empty() && bare.short.is_empty() && bare.summary.is_empty());
    }
    for (bare, full) in bare.relationships.iter().zip(STORY.relationships) {
        assert_eq!(bare.states.len(), full.states.len());
        assert!(bare.summary.is_empty() && bare.states.iter().all(|s| s.summary.is_empty()));
    }
    assert!(bare
        .actors
        .iter()
        .all(|a| a.name.is_empty() && a.short.is_empty() && a.note.is_none()));
    assert!(bare.steps.iter().all(|s| s.title.is_empty()));
    assert!(bare.meta.headline.is_empty() && bare.html.masthead.is_empty());
}

#[test]
fn a_step_about_events_alone_brings_their_actors_forward_on_the_map() {
    // The second story's 1960 step has an event (Somaliland's brief independence, recognised
    // by Israel and others) and no relationship of its own: its map is not left blank.
    let path = "stories/israel-somaliland/story.toml";
    let story = explainer_content::load_static(path, &std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|p| panic!("{p}"));
    let step = story.find_step("recognised-in-1960").unwrap();
    assert!(story.step(step).focus.relationships.is_empty());
    let view = ViewState::start_at(story, step);
    let html = show(move || explainer::components::stage(story, view, &PageWords::default()));
    let node = |id: &str| tag_with(&html, &format!("data-filter-actor=\"{id}\"")).to_string();
    for actor in ["somaliland", "israel", "other-countries", "somalia"] {
        assert!(
            node(actor).contains("data-highlighted=\"true\""),
            "{}",
            node(actor)
        );
    }
    assert!(!node("african-union").contains("data-highlighted"));
}
