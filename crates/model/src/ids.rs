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
index_type!(
    /// A paragraph of the source article, by number (`p9` is `Para(9)`).
    Para
);
