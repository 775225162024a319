//! Indices into a story's lists: what the model, the views and the timeline layout use to
//! point at actors, events, relationships and source paragraphs.

/// Index of an actor in [`crate::model::Story::actors`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model))]
pub struct ActorIx(pub u16);

/// Index of an event in [`crate::model::Story::events`] (events are stored in time order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model))]
pub struct EventIx(pub u16);

/// Index of a relationship in [`crate::model::Story::relationships`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model))]
pub struct RelIx(pub u16);

/// A paragraph of the source article, by number (`p9` is `Para(9)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model))]
pub struct Para(pub u16);
