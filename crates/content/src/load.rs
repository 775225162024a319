//! Loading a content file: read (every problem at its line), checked, and laid out (the
//! timeline, the stage's map and the static markup), into a story that lives for the program.

use explainer_model::{StaticHtml, Story, TimelineLayout};

use crate::diagnostics::{Problems, Report};
use crate::leak::{leak, leak_str};
use crate::page_text::PageText;
use crate::{check, map, recover, static_html};

/// Loads and checks a content file. `file` names it in messages.
pub fn load_story(file: &str, text: &str) -> Result<Story, Problems> {
    load_parts(file, text).map(|(story, _)| story)
}

/// Loads and checks a content file: the story, and the words only its page carries.
pub(crate) fn load_parts(file: &str, text: &str) -> Result<(Story, PageText), Problems> {
    let mut report = Report::new(text);
    let story = recover::read_raw(&mut report, text).map(|raw| {
        let (mut story, words) = check::check_story(&mut report, &raw);
        // Only a story without problems is laid out: a broken one has placeholders (such as
        // actor 0 of a list that may be empty) that only a check has looked at.
        if report.is_clean() {
            let others = map::other_languages(file, &story);
            lay_out(&mut story, &words, &others);
        }
        (story, words)
    });
    report.finish(file, story)
}

/// Loads a content file into a story that lives for the rest of the program.
pub fn load_static(file: &str, text: &str) -> Result<&'static Story, Problems> {
    load_story(file, text).map(|story| &*Box::leak(Box::new(story)))
}

/// Computes what the browser only looks up: the timeline's layout, the map's (for the words
/// of every language, `others` those beside the original) and the static markup (which alone
/// carries the steps' text).
fn lay_out(story: &mut Story, words: &PageText, others: &[map::MapWords]) {
    story.timeline = TimelineLayout::for_story(story);
    story.map = map::lay_out_map(story, &words.map_at, others);
    story.html = write_html(story, words);
}

/// The static markup of a laid-out story, in its language.
pub(crate) fn write_html(story: &Story, words: &PageText) -> StaticHtml {
    StaticHtml {
        masthead: leak_str(static_html::masthead(story)),
        colophon: leak_str(static_html::colophon(story, &words.updates)),
        steps: leak(
            (0..story.steps.len())
                .map(|i| {
                    let body =
                        static_html::step_body(story, i, &words.steps[i], words.step_updated[i]);
                    leak_str(body)
                })
                .collect(),
        ),
        eras: leak_str(static_html::eras(story)),
        axis: leak_str(static_html::axis(story)),
        era_legend: leak_str(static_html::era_legend(story)),
    }
}
