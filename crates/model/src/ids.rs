//! Indices into a story's lists: what the model, the views and the timeline layout use to
//! point at actors, events, relationships and source paragraphs.

/// Declares an index type: a `u16` newtype, ordered, hashable, baked as data.
macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
        pub struct $name(pub u16);
    };
}

index_type!(
    /// Index of an actor in [`crate::Story::actors`].
    ActorIx
);
index_type!(
    /// Index of an event in [`crate::Story::events`] (events are stored in time order).
    EventIx
);
index_type!(
    /// Index of a relationship in [`crate::Story::relationships`].
    RelIx
);
/// A paragraph of one of the story's sources: the source's place in [`crate::Story::sources`]
/// (0 for a story with one source) and the paragraph's number (`vfi:p2` is `Para { source: 0,
/// n: 2 }` when `vfi` is listed first; `p9` in a story with one source is `Para { source: 0,
/// n: 9 }`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Para {
    /// Which source.
    pub source: u8,
    /// The paragraph's number in it.
    pub n: u16,
}
