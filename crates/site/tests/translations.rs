//! Translations hold only words: each is checked id by id against its original, cannot change
//! a fact, and the interface's words come from catalogues with the plural rules a language
//! needs. Adding languages changes the English page only by the links between them.

use explainer::locale::{words, Arg};
use explainer::model::Story;
use explainer::ssr::prerender;
use explainer::STORY;
use explainer_content::catalogue::{catalogue_problems, catalogue_skeleton};
use explainer_content::{
    load_static, load_story, load_translation, story_to_rust, translation_skeleton, without_words,
    Problems,
};
use explainer_site::pages::page_at;
use explainer_site::preview::Preview;

const ORIGINAL: &str = "tests/fixtures/translations/story.toml";

fn read(path: &str) -> String {
    // Paths are the repository's (cargo runs this in crates/site).
    std::fs::read_to_string(explainer_content::files::repository().join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A file's name as the loader must see it to find the translations beside it (the map is laid
/// out for the words of every language).
fn in_repository(path: &str) -> String {
    explainer_content::files::repository()
        .join(path)
        .display()
        .to_string()
}

fn translate(path: &str) -> Result<Story, Problems> {
    load_translation(ORIGINAL, &read(ORIGINAL), path, &read(path))
}

/// The real translation into `lang` (`content/story.<lang>.toml`), loaded as the build loads
/// it, to live for the test.
fn real_translation(lang: &str) -> &'static Story {
    let path = format!("content/story.{lang}.toml");
    let story = load_translation(
        &in_repository("content/story.toml"),
        &read("content/story.toml"),
        &path,
        &read(&path),
    )
    .unwrap_or_else(|p| panic!("{p}"));
    Box::leak(Box::new(story))
}

/// What the wasm is built from: the story without its words.
fn structure(story: &Story) -> String {
    story_to_rust(&without_words(story))
}

#[test]
fn a_complete_translation_has_the_originals_facts_and_its_own_words() {
    let original = load_story(ORIGINAL, &read(ORIGINAL)).unwrap();
    let ru =
        translate("tests/fixtures/translations/story.ru.toml").unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(ru.meta.lang, "ru");
    assert_eq!(ru.meta.path, "ru/");
    assert_eq!(structure(&ru), structure(&original));
    assert_ne!(ru.events[0].title, original.events[0].title);
    assert!(ru.html.steps[0].contains("Первый абзац."));
}

#[test]
fn the_real_translations_change_no_fact() {
    for lang in ["ru", "fa-AF"] {
        let story = real_translation(lang);
        assert_eq!(story.meta.lang, lang);
        // Dates, stances, citations, ids and layout: what the one wasm carries.
        assert_eq!(structure(story), structure(&STORY), "{lang}");
        for (a, b) in story.steps.iter().zip(STORY.steps) {
            assert_eq!(a.sourcing.cite, b.sourcing.cite);
            assert_ne!(a.title, b.title, "{lang}: step {} is untranslated", a.id);
        }
    }
}

/// The file's `# expect: item: message` line, and the file.
fn expectation(path: &str) -> (String, String, String) {
    let text = read(path);
    let expect = text
        .lines()
        .find_map(|l| l.strip_prefix("# expect: "))
        .unwrap_or_else(|| panic!("{path} has no # expect: line"));
    let (item, message) = expect.split_once(": ").unwrap();
    (item.to_string(), message.to_string(), text)
}

#[test]
fn a_translation_missing_an_id_with_an_extra_one_or_with_a_date_is_rejected_at_its_line() {
    for (name, line_of) in [
        // Where the missing table would go: before the next id the file has.
        ("missing-id", "[events.agreement]"),
        ("extra-id", "[events.fireworks]"),
        ("date-field", "date = "),
    ] {
        let path = format!("tests/fixtures/translations/invalid/{name}.toml");
        let (item, message, text) = expectation(&path);
        let problems = match load_translation(ORIGINAL, &read(ORIGINAL), &path, &text) {
            Ok(_) => panic!("{name}: accepted"),
            Err(problems) => problems,
        };
        let line = text.lines().position(|l| l.starts_with(line_of)).unwrap() + 1;
        let found = problems
            .list
            .iter()
            .find(|p| p.item == item && p.message.contains(&message))
            .unwrap_or_else(|| panic!("{name}: no \"{item}: {message}\" in\n{problems}"));
        assert_eq!(found.line, Some(line), "{name}:\n{problems}");
        assert!(!found.fix.is_empty());
        assert_eq!(
            problems.list.len(),
            1,
            "{name}: only that problem\n{problems}"
        );
        let shown = problems.to_string();
        assert!(
            shown.contains(&format!("{path}:{line}: {item}: ")),
            "{shown}"
        );
    }
}

#[test]
fn a_skeleton_has_every_id_and_fails_until_filled_in() {
    let skeleton = translation_skeleton(ORIGINAL, &read(ORIGINAL), "uz").unwrap();
    let original = load_story(ORIGINAL, &read(ORIGINAL)).unwrap();
    for event in original.events {
        assert!(skeleton.contains(&format!("[events.{}]", event.id)));
    }
    // It starts with an empty glossary, commented, to fill in.
    assert!(skeleton.contains("\n# [[glossary]]\n# term = "));
    let problems = load_translation(ORIGINAL, &read(ORIGINAL), "story.uz.toml", &skeleton)
        .expect_err("an empty skeleton fails");
    assert!(problems.list.iter().any(|p| p.message.contains("is empty")));
    // No catalogue for uz yet: the language itself is flagged, at its line.
    assert!(problems
        .list
        .iter()
        .any(|p| p.item == "lang" && p.line == Some(4)));
    // A catalogue skeleton fails until each message has words.
    let english = read("locales/en.ftl");
    let catalogue = catalogue_skeleton("uz", &english);
    assert!(!catalogue_problems("uz", &catalogue, &english).is_empty());
}

#[test]
fn a_story_of_several_sources_translates_without_its_sources() {
    // Its sources are named as they published themselves: the skeleton has nothing of them
    // to fill in, and a translation that gives them is told to remove them, at their line.
    let original = "tests/fixtures/sources-story.toml";
    let skeleton = translation_skeleton(original, &read(original), "ru").unwrap();
    assert!(!skeleton.contains("[sources."), "{skeleton}");
    let with = format!("{skeleton}\n[sources.radio]\noutlet = \"Радио\"\n");
    let problems = load_translation(original, &read(original), "story.ru.toml", &with)
        .expect_err("an empty skeleton fails");
    let sources: Vec<_> = problems
        .list
        .iter()
        .filter(|p| p.item == "sources")
        .collect();
    assert_eq!(sources.len(), 1, "{problems}");
    assert!(sources[0].message.contains("has no words to translate"));
    assert!(sources[0].line.is_some());
}

#[test]
fn every_catalogue_has_every_message_and_no_other() {
    let english = read("locales/en.ftl");
    for lang in ["ru", "fa-AF"] {
        let text = read(&format!("locales/{lang}.ftl"));
        let problems = catalogue_problems(lang, &text, &english);
        assert!(problems.is_empty(), "{lang}: {problems:?}");
    }
    let broken = english.replace("next = Next\n", "nxet = Next\n");
    let problems = catalogue_problems("en", &broken, &english);
    assert!(problems.iter().any(|p| p.item == "next"), "{problems:?}");
    assert!(problems
        .iter()
        .any(|p| p.item == "nxet" && p.line.is_some()));
}

#[test]
fn russian_counts_take_their_plural_forms() {
    let ru = words("ru");
    let years = |n| ru.msg_with("years-pass", &[("years", Arg::Number(n))]);
    assert_eq!(years(1), "проходит 1 год");
    assert_eq!(years(2), "проходят 2 года");
    assert_eq!(years(5), "проходят 5 лет");
    assert_eq!(years(11), "проходят 11 лет");
    assert_eq!(years(21), "проходит 21 год");
    assert_eq!(years(24), "проходят 24 года");
    let en = words("en");
    assert_eq!(
        en.msg_with("years-pass", &[("years", Arg::Number(10))]),
        "10 years pass"
    );
}

#[test]
fn dates_and_digits_come_from_the_locale_at_the_sources_precision() {
    use explainer::model::Date;
    let (en, ru, fa) = (words("en"), words("ru"), words("fa-AF"));
    assert_eq!(en.date(Date::day(2025, 7, 3)), "3 July 2025");
    assert_eq!(en.date(Date::month(2021, 8)), "August 2021");
    assert_eq!(ru.date(Date::day(2025, 7, 3)), "3 июля 2025\u{202f}г.");
    // A Russian year stands with its «г.», as its day and month dates do.
    assert_eq!(ru.date(Date::year(2003)), "2003\u{202f}г.");
    // Dari: Gregorian months (the source's calendar), Persian digits; a day in the Solar
    // Hijri calendar too (see below).
    assert_eq!(fa.date(Date::month(2025, 7)), "جولای ۲۰۲۵");
    assert_eq!(fa.number(13), "۱۳");
    assert!(fa.rtl && !ru.rtl && !en.rtl);
    assert_eq!(fa.digits().as_deref(), Some("۰۱۲۳۴۵۶۷۸۹"));
    assert_eq!(ru.digits(), None);
}

const TEMPLATE: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
    <title>Explainer</title><meta name=\"description\" content=\"A story.\"></head>\
    <body><p id=\"app-notice\" hidden>Could not load.</p><div id=\"app\"></div></body></html>";

#[test]
fn other_languages_change_the_english_page_only_by_their_links() {
    let (ru, fa) = (real_translation("ru"), real_translation("fa-AF"));
    let app = prerender(&STORY, 0).unwrap();
    let preview = Preview::of_story(&STORY);
    let page = |langs: &[&Story]| page_at(TEMPLATE, &app, &STORY, None, &preview, None, langs);
    let alone = page(&[&STORY]).unwrap();
    let with_all = page(&[&STORY, fa, ru]).unwrap();
    assert_ne!(alone, with_all);
    // Take out the hreflang links and the switcher: what is left is the page as it was.
    let mut stripped = with_all.clone();
    while let Some(at) = stripped.find("<link rel=\"alternate\" hreflang=") {
        let end = at + stripped[at..].find('>').unwrap() + 1;
        stripped.replace_range(at..end, "");
    }
    let nav = stripped
        .find("<nav class=\"languages\"")
        .expect("a switcher");
    let end = nav + stripped[nav..].find("</nav>").unwrap() + "</nav>".len();
    stripped.replace_range(nav..end, "");
    assert_eq!(stripped, alone);

    // The Dari page says what it is, in its words and direction, and links back.
    let fa_app = prerender(fa, 0).unwrap();
    let fa_page = page_at(
        TEMPLATE,
        &fa_app,
        fa,
        None,
        &Preview::of_story(fa),
        None,
        &[&STORY, fa, ru],
    )
    .unwrap();
    assert!(
        fa_page.contains("<html lang=\"fa-AF\" dir=\"rtl\">"),
        "{}",
        &fa_page[..200]
    );
    assert!(fa_page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../\">"));
    assert!(fa_page.contains("hreflang=\"ru\" href=\"../ru/\" data-keep-view>Русский</a>"));
    assert!(fa_page.contains(&format!(
        "<title>{}: گزارش تحلیلی</title>",
        fa.meta.headline
    )));
    assert!(fa_app.contains("data-digits=\"۰۱۲۳۴۵۶۷۸۹\""));
    assert!(fa_app.contains("data-dates=\"") && fa_app.contains("=۱۲ سرطان ۱۴۰۴ (۳ جولای ۲۰۲۵)"));
}

#[test]
fn a_translation_can_be_loaded_to_live_for_the_program() {
    // The preview renders translations read at run time, like the build.
    let story = load_static(ORIGINAL, &read(ORIGINAL)).unwrap();
    assert_eq!(story.meta.path, "");
    assert_eq!(story.meta.lang, "en");
}

#[test]
fn a_refused_glossary_variant_is_rejected_at_its_line_with_the_rendering_to_use() {
    use explainer_content::glossary::Glossary;
    for lang in ["ru", "fa-AF"] {
        let path = format!("content/story.{lang}.toml");
        let text = read(&path);
        let glossary = Glossary::of_translation(&text);
        assert!(
            glossary.terms.len() >= 12,
            "{lang}: the glossary has the story's key terms"
        );
        // A term the translation uses, and a variant its glossary refuses.
        let term = glossary
            .terms
            .iter()
            .find(|t| !t.refuse.is_empty() && text.contains(&format!("\"{}", t.render)))
            .or_else(|| {
                glossary
                    .terms
                    .iter()
                    .find(|t| !t.refuse.is_empty() && text.contains(&t.render))
            })
            .unwrap_or_else(|| panic!("{lang}: no refusing term whose rendering is used"));
        let variant = &term.refuse[0];
        // Put the refused variant where the rendering first stands in the words (past the
        // glossary, which comes last).
        let glossary_at = text.find("[[glossary]]").expect("a glossary section");
        let at = text[..glossary_at].find(&term.render).unwrap();
        let broken = [
            &text[..at],
            variant.as_str(),
            &text[at + term.render.len()..],
        ]
        .concat();
        let line = text[..at].lines().count();
        let problems = load_translation(
            &in_repository("content/story.toml"),
            &read("content/story.toml"),
            &path,
            &broken,
        )
        .expect_err("a refused variant is rejected");
        let found = problems
            .list
            .iter()
            .find(|p| p.message.contains(variant.as_str()))
            .unwrap_or_else(|| panic!("{lang}: no problem names {variant:?}:\n{problems}"));
        assert_eq!(found.line, Some(line), "{problems}");
        assert!(found.fix.contains(&term.render), "{problems}");
        assert!(problems
            .to_string()
            .contains(&format!("{path}:{line}: {}", found.item)));

        // The interface catalogue, against the same glossary.
        let catalogue = read(&format!("locales/{lang}.ftl"));
        assert_eq!(glossary.catalogue_problems(&catalogue), vec![], "{lang}");
        let broken = catalogue.replace("\nnext = ", &format!("\nnext = {variant} "));
        let problems = glossary.catalogue_problems(&broken);
        let line = broken
            .lines()
            .position(|l| l.starts_with("next = "))
            .unwrap()
            + 1;
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            (problems[0].line, problems[0].item.as_str()),
            (Some(line), "next")
        );
        assert!(problems[0].fix.contains(&term.render));
    }
}

#[test]
fn dari_dates_a_day_in_the_solar_hijri_calendar_with_the_gregorian_beside_it() {
    use explainer::model::Date;
    let fa = words("fa-AF");
    assert_eq!(
        fa.date(Date::day(2025, 7, 3)),
        "۱۲ سرطان ۱۴۰۴ (۳ جولای ۲۰۲۵)"
    );
    assert_eq!(fa.date(Date::day(2024, 3, 20)), "۱ حمل ۱۴۰۳ (۲۰ مارچ ۲۰۲۴)");
    // A month or a year spans two Hijri months: it stays as the source gives it.
    assert_eq!(fa.date(Date::month(2024, 3)), "مارچ ۲۰۲۴");
    assert_eq!(fa.date(Date::year(2021)), "۲۰۲۱");
    // The Dari page shows them so.
    let page = prerender(real_translation("fa-AF"), 0).unwrap();
    assert!(page.contains("۱۲ سرطان ۱۴۰۴ (۳ جولای ۲۰۲۵)"));
    assert!(page.contains("مارچ ۲۰۲۴") && !page.contains("حمل ۱۴۰۲ (مارچ"));
    // `by 3 July 2025` says no later than, not until.
    let by = fa.when(explainer::model::When::By(Date::day(2025, 7, 3)));
    assert!(!by.starts_with("تا "), "{by}");
}

#[test]
fn russian_dates_read_as_phrases_with_a_year_a_month_or_a_day() {
    use explainer::model::{Date, When};
    let ru = words("ru");
    let since = |d| ru.when(When::Since(d));
    assert_eq!(since(Date::year(2022)), "С 2022\u{202f}г.");
    assert_eq!(since(Date::month(2024, 3)), "С марта 2024\u{202f}г.");
    assert_eq!(since(Date::day(2025, 7, 3)), "С 3 июля 2025\u{202f}г.");
    let page = prerender(real_translation("ru"), 0).unwrap();
    for label in ["Начиная с:", "Известно к:", "До даты", "Начало:"] {
        assert!(!page.contains(label), "the Russian page says {label:?}");
    }
    assert!(page.contains("По состоянию на 3 июля 2025\u{202f}г."));
}

#[test]
fn no_separator_is_written_outside_the_catalogues() {
    // Each language's catalogue says what separates a dateline's parts and a citation's.
    let fa = words("fa-AF");
    let place = |place: &str| {
        [
            ("place", Arg::Text(place.into())),
            ("date", Arg::Text("۱۲".into())),
        ]
    };
    assert_eq!(fa.msg_with("dateline", &place("مسکو")), "مسکو، ۱۲");
    for id in [
        "cite-section",
        "cite-paragraphs",
        "cite-sections",
        "history-date",
        "list-separator",
        "step-page-title",
    ] {
        for lang in ["ru", "fa-AF"] {
            let text = read(&format!("locales/{lang}.ftl"));
            let line = text
                .lines()
                .find(|l| l.starts_with(&format!("{id} =")))
                .unwrap();
            assert!(!(lang == "fa-AF" && line.contains('·')), "{lang}: {line}");
        }
    }
}
