//! Hostile content (tests/fixtures/hostile-story.toml): texts that try to be markup or
//! script, bidi overrides, 10,000-character titles, 1,000 events. It loads, and the rendered
//! page has none of it as markup: only our own elements, with the hostile text escaped.

use explainer_content::load_static;

fn rendered() -> String {
    let text = std::fs::read_to_string("tests/fixtures/hostile-story.toml").unwrap();
    let story = load_static("hostile-story.toml", &text).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(story.events.len(), 1001);
    explainer::ssr::render_app(story, 0)
}

#[test]
fn hostile_text_renders_as_inert_text() {
    let html = rendered();
    let lower = html.to_lowercase();
    for tag in [
        "<script",
        "<img",
        "<iframe",
        "<style",
        "<marquee",
        "<b>",
        "<i>",
        "<h1>a second",
    ] {
        assert!(!lower.contains(tag), "{tag} appears as markup");
    }
    // Every SVG is ours (the stage's map and its key's samples); the content's stays text.
    let ours = |at: usize| {
        let tag = &lower[at..];
        let tag = &tag[..tag.find('>').unwrap()];
        tag.contains("class=\"map\"") || tag.contains("class=\"key-sample\"")
    };
    assert!(
        lower.match_indices("<svg").all(|(at, _)| ours(at)),
        "only the map and its key are svg"
    );
    assert_eq!(lower.matches("class=\"map\"").count(), 1, "one map");
    // Our own links are to views (#step=2); the content's javascript: link stays text.
    assert!(!lower.contains("href=\"javascript") && !lower.contains("href=javascript"));
    for attribute in ["onerror=", "onload=", "onmouseover=", "onfocus="] {
        // Only inside escaped text, never as an attribute of an element.
        for (at, _) in lower.match_indices(attribute) {
            let before = &lower[..at];
            let open = before.rfind('<').unwrap_or(0);
            let close = before.rfind('>').unwrap_or(0);
            // Outside every tag, or inside a quoted attribute value (the map's names),
            // where the content's quotes are escaped and cannot end it.
            let in_value = lower[open..at].matches('"').count() % 2 == 1;
            assert!(close > open || in_value, "{attribute} inside a tag at {at}");
        }
    }
    assert!(
        html.contains("&lt;script&gt;alert(&#39;kicker&#39;)&lt;/script&gt;")
            || html.contains("&lt;script&gt;alert('kicker')&lt;/script&gt;")
    );
    assert!(html.contains("&lt;img src=x onerror=alert("));
    assert_eq!(lower.matches("<h1").count(), 1, "one h1");
    // Bidi overrides stay in the text (the CSS isolates each element's text).
    assert!(html.contains('\u{202E}'));
}

#[test]
fn a_thousand_close_events_make_a_list_not_lanes() {
    let html = rendered();
    assert_eq!(html.matches("data-testid=\"timeline-event\"").count(), 1001);
    assert!(
        html.contains("data-layout=\"list\""),
        "the timeline should fall back to a list"
    );
}
