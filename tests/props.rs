//! Property tests: no input makes the content loader or the link parser panic.

use explainer::model::ViewState;
use explainer::STORY;
use explainer_content::load_story;
use proptest::prelude::*;

const REAL: &str = include_str!("../content/story.toml");
const SMALL: &str = include_str!("fixtures/small-story.toml");

/// A content file damaged in one of several ways: a byte range cut, text spliced in, a line
/// duplicated, or lines swapped.
fn damaged(base: &'static str) -> impl Strategy<Value = String> {
    let len = base.len();
    (0..len, 0..len, "\\PC{0,40}", 0usize..4).prop_map(move |(a, b, insert, how)| {
        let (lo, hi) = (a.min(b), a.max(b));
        let cut = |i: usize| {
            (0..=i)
                .rev()
                .find(|&j| base.is_char_boundary(j))
                .unwrap_or(0)
        };
        let (lo, hi) = (cut(lo), cut(hi));
        match how {
            0 => format!("{}{}", &base[..lo], &base[hi..]),
            1 => format!("{}{}{}", &base[..lo], insert, &base[lo..]),
            2 => {
                let lines: Vec<&str> = base.lines().collect();
                let i = lo % lines.len();
                let mut out = lines.clone();
                out.insert(i, lines[i]);
                out.join("\n")
            }
            _ => {
                let mut lines: Vec<&str> = base.lines().collect();
                let n = lines.len();
                lines.swap(lo % n, hi % n);
                lines.join("\n")
            }
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_the_loader(text in "\\PC{0,400}") {
        let _ = load_story("arbitrary.toml", &text);
    }

    #[test]
    fn toml_shaped_text_never_panics_the_loader(
        text in "(\\[\\[?(story|events|steps|relationships|relationships\\.states|actors|sections|eras)\\]\\]?\n|[a-z_]{1,8} = (\"[^\"\n]{0,12}\"|[0-9]{1,5}|\\[\"p[0-9]{1,2}\"\\]|true)\n){0,40}"
    ) {
        let _ = load_story("shaped.toml", &text);
    }

    #[test]
    fn damaged_real_content_never_panics_the_loader(text in damaged(REAL)) {
        let _ = load_story("damaged.toml", &text);
    }

    #[test]
    fn damaged_small_content_never_panics_the_loader(text in damaged(SMALL)) {
        let _ = load_story("damaged.toml", &text);
    }

    #[test]
    fn arbitrary_hashes_never_panic_and_valid_ones_round_trip(hash in "#?((step|event|rel|asof|actor|x)=[a-z0-9<>\"%&=-]{0,20}&?){0,6}") {
        if let Some(view) = ViewState::from_hash(&STORY, &hash) {
            let again = view.to_hash(&STORY);
            prop_assert_eq!(ViewState::from_hash(&STORY, &again), Some(view));
        }
    }

    #[test]
    fn any_text_as_a_hash_never_panics(hash in "\\PC{0,600}") {
        let _ = ViewState::from_hash(&STORY, &hash);
    }
}
