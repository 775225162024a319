//! The story model: types, dates, the time scale, and what the views ask of a story.
//!
//! Pure Rust: no yew, web-sys or gloo (this crate does not depend on them, so it cannot use
//! them). The app compiles it to wasm; the content pipeline and the tests use it natively.

pub mod date;
pub mod html;
pub mod ids;
pub mod layout;
pub mod map;
mod metrics;
pub mod page;
pub mod queries;
pub mod scale;
pub mod stage;
pub mod story;
pub mod view;

pub use date::{Date, DateError, Precision, When};
pub use html::{embed_snippet, escape_html, escape_text};
pub use layout::place_events;
pub use map::{MapBox, MapEdge, MapNode, StageMap};
pub use page::{PageWords, PageWordsRef};
pub use queries::{relationship_changes, relationship_layers_at, CiteGroup, FacetChange, Layers};
pub use scale::{quantize, PlacedEvent, Segment, SegmentKind, Tick, TimeScale, TimelineLayout};
pub use stage::StageChange;
pub use story::*;
pub use view::{page_path, step_path, Action, ViewState};
