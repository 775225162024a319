//! The explainer's views, one per file: plain functions from the story and the parts of the
//! view state they show to `Html` (every Yew component costs the wasm its own copy of Yew's
//! lifecycle code, so `App` is the only one). They hold no state and no callbacks: the app
//! handles all input at its root (`crate::browser::click_input` and its kin). None touches
//! the browser while rendering. Visual state is in `aria-*` and `data-*` attributes
//! (never built class names), which the CSS and tests select on.
//!
//! **Structure in the wasm, words in the page.** Whatever never changes after the build
//! (words, sources, labels, positions) is written with [`fixed`], [`fixed_text`] or
//! [`fixed_attr`]: rendered natively into the page, skipped by the wasm, which hydrates what
//! the page holds. So every view the app can reach is in the page from the start (a hidden
//! event detail, a facet state of another date), and the wasm only moves attributes.

mod as_of;
mod card;
mod cards;
mod chips;
mod event_detail;
mod explore;
mod fixed;
mod sources;
mod stage;
mod stance;
mod timeline;
mod walkthrough;

pub use as_of::as_of_control;
pub use card::{relationship_card, CardState};
pub use cards::relationship_cards;
pub use chips::{chip_row, Chip};
pub use event_detail::event_details;
pub use explore::explore;
pub use fixed::{fixed, fixed_attr, fixed_attr_if, fixed_text, raw, words};
pub use sources::{sources, updated_mark};
pub use stage::stage;
pub use stance::{stance_badge, warmth};
pub use timeline::timeline;
pub use walkthrough::{step_href, walkthrough};
