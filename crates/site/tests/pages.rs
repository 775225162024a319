//! A page and a preview image per step (issue 16): the images are 1200×630 PNGs that show the
//! step's stances (two steps whose stances differ give different maps), are the same on every
//! run, and draw every glyph they need from the bundled font; the pages carry their title,
//! description and preview tags, escaped and bounded, for the real story and for hostile
//! content (markup, bidi overrides, 10,000-character texts).

use explainer::model::map::NOT_YET;
use explainer::model::{Facet, Stance, Story};
use explainer::STORY;
use explainer_content::load_static;
use explainer_site::pages::page_at;
use explainer_site::preview::{font_has, png, Preview, SIZE};
use explainer_site::rewrite::find_tags;
use explainer_site::sitemap::sitemap;
use explainer_site::text::{preview_text, PREVIEW_DESCRIPTION_CHARS, PREVIEW_TITLE_CHARS};
use explainer_site::urls::public_url;

/// The pixels of a PNG, as RGBA rows, and its size.
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    assert_eq!(info.color_type, png::ColorType::Rgba);
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels)
}

/// How many pixels differ between two images of the same size, in the map's panel (the
/// right-hand side, x ≥ 600), where the words on the left cannot account for a difference.
fn map_pixels_differing(a: &[u8], b: &[u8]) -> usize {
    let width = SIZE.0 as usize;
    a.chunks(4)
        .zip(b.chunks(4))
        .enumerate()
        .filter(|(i, (p, q))| i % width >= 600 && p != q)
        .count()
}

#[test]
fn every_preview_is_a_1200_by_630_png() {
    let mut images = vec![png(&STORY, &Preview::of_story(&STORY)).unwrap()];
    for step in 0..STORY.steps.len() {
        images.push(png(&STORY, &Preview::of_step(&STORY, step)).unwrap());
    }
    for bytes in &images {
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        let (w, h, _) = decode(bytes);
        assert_eq!((w, h), SIZE);
    }
}

#[test]
fn steps_whose_stances_differ_have_different_maps() {
    // The delisting (April 2025) and the recognition (3 July 2025): Russia–Taliban's official
    // status differs, and so must the maps.
    let step_of = |id: &str| STORY.find_step(id).unwrap();
    let (delisting, recognition) = (
        step_of("trade-then-delisting"),
        step_of("first-to-recognise"),
    );
    let rel = STORY.find_relationship("russia-taliban").unwrap();
    let official =
        |step: usize| STORY.stances_at(rel, STORY.step(step).focus.as_of)[Facet::Official.index()];
    assert_eq!(official(delisting), Some(Stance::NoFormalTies));
    assert_eq!(official(recognition), Some(Stance::FormalRecognition));
    let (_, _, a) = decode(&png(&STORY, &Preview::of_step(&STORY, delisting)).unwrap());
    let (_, _, b) = decode(&png(&STORY, &Preview::of_step(&STORY, recognition)).unwrap());
    let differing = map_pixels_differing(&a, &b);
    assert!(
        differing > 2_000,
        "only {differing} pixels of the maps differ"
    );
}

#[test]
fn a_preview_is_the_same_on_every_run() {
    let preview = Preview::of_step(&STORY, 3);
    assert_eq!(
        png(&STORY, &preview).unwrap(),
        png(&STORY, &preview).unwrap()
    );
}

#[test]
fn the_bundled_font_draws_every_stance_and_every_name() {
    for (stance, _) in Stance::ALL {
        for c in [
            stance.icon(),
            &explainer::locale::words("en").stance(stance),
        ]
        .concat()
        .chars()
        {
            assert!(
                font_has(c),
                "{c:?} of {stance:?} has no glyph in assets/fonts"
            );
        }
    }
    let texts = STORY
        .actors
        .iter()
        .map(|a| a.short)
        .chain(STORY.steps.iter().map(|s| s.title));
    for c in texts
        .chain([NOT_YET, STORY.meta.headline])
        .flat_map(str::chars)
    {
        assert!(
            c.is_whitespace() || font_has(c),
            "{c:?} has no glyph in assets/fonts"
        );
    }
}

#[test]
fn preview_text_drops_bidi_controls_and_is_bounded() {
    assert_eq!(
        preview_text("a\u{202E}evil\u{202C} b\u{2066}c\u{2069}", 50),
        "aevil bc"
    );
    assert_eq!(
        preview_text(" one\n\ttwo\u{7}  three ", 50),
        "one two three"
    );
    let long = "word ".repeat(100);
    let cut = preview_text(&long, 40);
    assert!(cut.chars().count() <= 40 && cut.ends_with("word…"), "{cut}");
    let unbroken = "x".repeat(500);
    assert_eq!(preview_text(&unbroken, 10), "xxxxxxxxx…");
}

#[test]
fn a_public_address_must_be_a_plain_http_url() {
    assert_eq!(public_url(None), Ok(None));
    assert_eq!(public_url(Some("")), Ok(None));
    assert_eq!(
        public_url(Some("https://news.example/x/")),
        Ok(Some("https://news.example/x/".into()))
    );
    for bad in [
        "news.example",
        "javascript:alert(1)",
        "https://a.example/\"><script>",
        "https://a b/",
    ] {
        assert!(public_url(Some(bad)).is_err(), "{bad} accepted");
    }
}

#[test]
fn the_sitemap_lists_the_main_page_and_every_step() {
    let pages = ["", "step/one/", "step/two/", "ru/", "ru/step/one/"].map(String::from);
    let xml = sitemap("https://news.example/x", &pages);
    let locs: Vec<&str> = xml
        .split("<loc>")
        .skip(1)
        .map(|s| &s[..s.find("</loc>").unwrap()])
        .collect();
    assert_eq!(
        locs,
        [
            "https://news.example/x/",
            "https://news.example/x/step/one/",
            "https://news.example/x/step/two/",
            "https://news.example/x/ru/",
            "https://news.example/x/ru/step/one/"
        ]
    );
}

/// A built page's shape, as Trunk leaves it (the post-build step's input, reduced).
const TEMPLATE: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
    <title>Explainer</title><meta name=\"description\" content=\"An explainer\">\
    <link rel=\"modulepreload\" href=\"./app.js\"><meta name=\"explainer-app\" data-js=\"./app.js\" data-wasm=\"./app.wasm\">\
    </head><body><div id=\"app\"></div></body></html>";

fn app(story: &'static Story, start_step: usize) -> String {
    explainer::ssr::prerender(story, start_step).unwrap()
}

/// Text with the entities we write decoded.
fn decoded(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The content of the first `<meta property|name=key>`, decoded.
fn meta(page: &str, key: &str) -> String {
    let tags = find_tags(
        page,
        &format!("meta[property=\"{key}\"], meta[name=\"{key}\"]"),
    );
    decoded(tags[0].get("content").unwrap())
}

/// The text of `<title>`, decoded.
fn title(page: &str) -> String {
    let start = page.find("<title>").unwrap() + 7;
    decoded(&page[start..start + page[start..].find("</title>").unwrap()])
}

#[test]
fn a_step_page_says_what_it_is_with_absolute_links_when_the_address_is_known() {
    let i = STORY.find_step("common-enemy").unwrap();
    let page = page_at(
        TEMPLATE,
        &app(&STORY, i),
        &STORY,
        Some(i),
        &Preview::of_step(&STORY, i),
        Some("https://news.example/x/"),
        &[&STORY],
    )
    .unwrap();
    assert_eq!(
        title(&page),
        format!("Security and ISIS-K · {}", STORY.meta.headline)
    );
    assert_eq!(meta(&page, "og:title"), title(&page));
    assert_eq!(meta(&page, "description"), STORY.steps[i].lede);
    assert_eq!(
        meta(&page, "og:url"),
        "https://news.example/x/step/common-enemy/"
    );
    assert_eq!(
        meta(&page, "og:image"),
        "https://news.example/x/step/common-enemy/preview.png"
    );
    let app_root = &find_tags(&page, "div#app")[0];
    assert_eq!(app_root.get("data-step"), Some("common-enemy"));
    assert_eq!(app_root.get("data-root"), Some("../../"));
    // Its files are the site's, two folders up; its links to views stay in the page.
    let loader = &find_tags(&page, "meta[name=explainer-app]")[0];
    assert_eq!(loader.get("data-js"), Some("../../app.js"));
    assert_eq!(loader.get("data-wasm"), Some("../../app.wasm"));
    assert!(find_tags(&page, "a[href]").iter().all(|a| {
        let href = a.get("href").unwrap();
        href.starts_with('#') || href.starts_with("https://")
    }));
    // The embed code names the loader at the public address.
    assert!(page.contains("src=\"https://news.example/x/embed.js\""));
    // Without JavaScript, a link to the step comes first.
    assert!(page.contains("<p class=\"step-jump\"><a href=\"#step=common-enemy\">"));

    let main = page_at(
        TEMPLATE,
        &app(&STORY, 0),
        &STORY,
        None,
        &Preview::of_story(&STORY),
        None,
        &[&STORY],
    )
    .unwrap();
    // The main page names itself from the story, not from the template.
    assert_eq!(
        title(&main),
        format!("{}: an explainer", STORY.meta.headline)
    );
    assert_eq!(meta(&main, "description"), STORY.meta.description);
    assert_eq!(meta(&main, "og:url"), "./");
    assert_eq!(meta(&main, "og:image"), "./preview.png");
    assert!(!main.contains("step-jump"));
}

#[test]
fn hostile_step_pages_escape_and_bound_their_words_and_their_images_render() {
    let text = std::fs::read_to_string(
        explainer_content::files::repository().join("tests/fixtures/hostile-story.toml"),
    )
    .unwrap();
    let story = load_static("hostile-story.toml", &text).unwrap_or_else(|p| panic!("{p}"));
    for i in 0..story.steps.len() {
        let preview = Preview::of_step(story, i);
        let page = page_at(
            TEMPLATE,
            &app(story, i),
            story,
            Some(i),
            &preview,
            None,
            &[story],
        )
        .unwrap();
        let head = &page[..page.find("</head>").unwrap()];
        // Only our own elements in the head: the content's markup stays text.
        let lower = head.to_lowercase();
        let elements: Vec<&str> = lower
            .split('<')
            .skip(1)
            .map(|t| t.split([' ', '>', '/']).next().unwrap())
            .filter(|t| !t.is_empty())
            .collect();
        for element in &elements {
            assert!(
                ["!doctype", "html", "head", "meta", "title", "link"].contains(element),
                "step {i}: <{element}> in the head"
            );
        }
        let title = title(&page);
        let description = meta(&page, "description");
        for words in [&title, &description, &meta(&page, "og:image:alt")] {
            assert!(!words.contains(['\u{202E}', '\u{202D}', '\u{2066}', '\u{2067}', '\u{2068}']));
            assert!(!words.contains(char::is_control));
        }
        assert!(
            title.chars().count() <= PREVIEW_TITLE_CHARS,
            "step {i}: title of {}",
            title.len()
        );
        assert!(description.chars().count() <= PREVIEW_DESCRIPTION_CHARS);
        assert_eq!(meta(&page, "og:title"), title);
        // Every attribute in the head is one we write.
        for tag in find_tags(head, "*") {
            for (name, _) in &tag.attrs {
                assert!(
                    [
                        "lang",
                        "charset",
                        "name",
                        "content",
                        "property",
                        "rel",
                        "href",
                        "data-js",
                        "data-wasm"
                    ]
                    .contains(&name.as_str()),
                    "step {i}: attribute {name} in the head"
                );
            }
        }
        let (w, h, _) = decode(&png(story, &preview).unwrap());
        assert_eq!((w, h), SIZE);
    }
}
