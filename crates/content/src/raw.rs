//! The content file as written: one type per kind of table, read by serde (with every
//! value's place in the file, for line numbers) and described by the same types as a JSON
//! schema for editors' tools. Nothing here is checked beyond its type: references, dates,
//! citations and the rest are checked by `crate::check`, which turns these into the model.
//!
//! Fields an item must have are `Option` here, marked required in the schema: a missing field
//! is reported by the checker (with what to write), and does not stop the rest of the file
//! being read. To add a field: add it here, read it in `crate::check`, add it to the model,
//! and name it in `crate::words::KINDS`, as words or as a fact (a test fails until it is).

use std::borrow::Cow;
use std::marker::PhantomData;
use std::ops::Range;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;

use explainer_model::{ActorKind, Stance};

/// A value with the byte range it was written at (for line numbers in messages).
#[derive(Clone, Debug, Deserialize)]
#[serde(transparent)]
pub struct Sp<T>(pub Spanned<T>);

impl<T> Sp<T> {
    /// The value.
    pub fn get(&self) -> &T {
        self.0.get_ref()
    }

    /// Where it was written.
    pub fn span(&self) -> Range<usize> {
        self.0.span()
    }
}

impl<T: JsonSchema> JsonSchema for Sp<T> {
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }

    fn inline_schema() -> bool {
        T::inline_schema()
    }
}

/// Text.
pub type Text = Option<Sp<String>>;
/// What an id may be, for editors' tools (the checker's `is_well_formed_id`, which also
/// bounds it to 64 bytes): lowercase letters, digits and single hyphens.
pub const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// A list of ids.
pub type Ids = Option<Sp<List>>;
/// A date.
pub type When = Option<Sp<DateValue>>;
/// Fact, claim or analysis.
pub type Kind = Option<Sp<Choice<RawKind>>>;

/// Declares the raw type of an item that says where it comes from: its fields, then `kind`,
/// `by` and `cite` (serde's `flatten` would share them, but it cannot be combined with
/// `deny_unknown_fields` and loses toml's spans).
macro_rules! sourced {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$field_meta:meta])* pub $field:ident: $ty:ty,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $($(#[$field_meta])* pub $field: $ty,)*
            /// Fact, claim or analysis.
            #[schemars(required)]
            pub kind: Kind,
            /// Whose claim or analysis (an actor id).
            pub by: Text,
            /// The source paragraphs it comes from: `["p1"]`.
            #[schemars(required)]
            pub cite: Ids,
        }
    };
}

/// The whole file.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RawStory {
    /// Headline, standfirst and where the story comes from.
    #[schemars(required)]
    pub story: Option<Sp<RawMeta>>,
    /// The sources the story is written from, when there are several (or one you want
    /// named and linked in every citation line): citations name them, `vfi:p2`.
    pub sources: Vec<Sp<RawSource>>,
    /// The source article's sections (a story of one source, described by `[story]
    /// source_name`): citations name their paragraphs, `p3`.
    pub sections: Vec<Sp<RawSection>>,
    /// Everyone who acts in the story.
    pub actors: Vec<Sp<RawActor>>,
    /// Things that happened, at the precision the source gives.
    pub events: Vec<Sp<RawEvent>>,
    /// Periods drawn as bands on the timeline.
    pub eras: Vec<Sp<RawEra>>,
    /// Pairs of actors and how they stood with each other over time.
    pub relationships: Vec<Sp<RawRelationship>>,
    /// The walkthrough, in order.
    pub steps: Vec<Sp<RawStep>>,
    /// Changes made after publication, as newsrooms log them: shown at the foot of the
    /// explainer, and as an "Updated" mark on each item they name.
    pub updates: Vec<Sp<RawUpdate>>,
}

/// `[story]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    /// The language the story is written in, a BCP 47 tag: en (the default), ru, fa-AF. The
    /// interface's words come from locales/<lang>.ftl.
    pub lang: Text,
    /// A short label above the headline.
    #[schemars(required)]
    pub kicker: Text,
    /// The explainer's headline.
    #[schemars(required)]
    pub headline: Text,
    /// A sentence or two under the headline.
    #[schemars(required)]
    pub standfirst: Text,
    /// One sentence on the explainer for search engines and link previews (the main page's
    /// description); the standfirst when there is none.
    pub description: Text,
    /// Where the source was filed from (a story of one source; none for several).
    pub dateline: Text,
    /// When the source was published: YYYY, YYYY-MM or YYYY-MM-DD.
    #[schemars(required)]
    pub published: When,
    /// A description of the source article (a story of one source; a story that lists
    /// [[sources]] names them there instead).
    pub source_name: Text,
    /// A link to the source (https only).
    pub source_url: Text,
    /// The walkthrough's order when links named a step by its number (`#step=3`): the ids of
    /// that time, each now a step's id or one of its `aliases`. Links name steps by id now;
    /// this keeps the older ones opening the step they meant.
    pub numbered_steps: Ids,
}

/// `[[sources]]`: a source the story is written from.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    /// A short lowercase id, which citations name: `vfi` in `vfi:p2`.
    #[schemars(required, length(max = 64), regex(pattern = ID_PATTERN))]
    pub id: Text,
    /// Who published it, as the source gives it: `open.kg`.
    #[schemars(required)]
    pub outlet: Text,
    /// Its title, as published, in its own language.
    #[schemars(required)]
    pub title: Text,
    /// Where readers can read it (https only).
    #[schemars(required)]
    pub url: Text,
    /// When it was published, as precisely as known: YYYY, YYYY-MM, YYYY-MM-DD, or leave it
    /// out when the source does not say.
    pub date: When,
    /// The language it is written in, a BCP 47 tag: en, it, ru.
    #[schemars(required)]
    pub language: Text,
    /// Its paragraph ids, in order: `["p1", "p2"]`. Number them in your copy of the source.
    #[schemars(required)]
    pub paragraphs: Ids,
}

/// `[[sections]]`: a section of the source article.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    /// `s1`, `s2`...
    #[schemars(required, length(max = 64), regex(pattern = ID_PATTERN))]
    pub id: Text,
    /// The section's heading.
    #[schemars(required)]
    pub title: Text,
    /// Its paragraph ids, in order: `["p1", "p2"]`.
    #[schemars(required)]
    pub paragraphs: Ids,
}

/// `[[actors]]`: someone who acts in the story.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    /// A short lowercase id such as `russia` (used in links).
    #[schemars(required, length(max = 64), regex(pattern = ID_PATTERN))]
    pub id: Text,
    /// The actor's full name.
    #[schemars(required)]
    pub name: Text,
    /// A short name for tight places.
    pub short: Text,
    /// A line about the actor, shown on its relationship cards.
    pub note: Text,
    /// What kind of actor (a group, when left out).
    pub kind: Option<Sp<Choice<ActorKind>>>,
    /// Where the actor stands on the stage's map, for when the automatic layout reads badly:
    /// `[x, y]`, each from -1 (left, top) to 1 (right, bottom), the middle at `[0, 0]`. The
    /// actor stays there and the others arrange around it.
    pub map_at: Option<Sp<Vec<f64>>>,
}

/// Whether a text is a reported fact, someone's claim, or analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawKind {
    /// Reported as fact by the source.
    Fact,
    /// Someone said it (`by` names who); the source reports that they did.
    Claim,
    /// Interpretation: the source's own, or someone's (`by`).
    Analysis,
}

sourced! {
    /// `[[events]]`: something that happened.
    pub struct RawEvent {
        /// A short lowercase id such as `recognition` (used in links).
        #[schemars(required, length(max = 64), regex(pattern = ID_PATTERN))]
        pub id: Text,
        /// A short title.
        #[schemars(required)]
        pub title: Text,
        /// A label of a few words for the timeline axis.
        pub short: Text,
        /// YYYY, YYYY-MM or YYYY-MM-DD, optionally `since ...` or `by ...`, or `undated`.
        #[schemars(required)]
        pub date: When,
        /// What happened, in our words.
        #[schemars(required)]
        pub summary: Text,
        /// Ids of the actors who took part.
        pub actors: Ids,
    }
}

sourced! {
    /// `[[eras]]`: a period drawn as a band on the timeline.
    pub struct RawEra {
        /// A short lowercase id.
        #[schemars(required, length(max = 64), regex(pattern = ID_PATTERN))]
        pub id: Text,
        /// The era's name.
        #[schemars(required)]
        pub title: Text,
        /// When it began.
        #[schemars(required)]
        pub from: When,
        /// When it ended (none while it continues).
        pub to: When,
    }
}

sourced! {
    /// `[[relationships]]`: two actors and how they stood with each other over time.
    pub struct RawRelationship {
        /// A short lowercase id such as `russia-taliban`.
        #[schemars(required, length(max = 64), regex(pattern = ID_PATTERN))]
        pub id: Text,
        /// Ids it was known by before (relationships merged into it), so that shared links
        /// to them still open it.
        pub aliases: Ids,
        /// The two actors' ids.
        #[schemars(required)]
        pub actors: Ids,
        /// The relationship in a sentence or two.
        #[schemars(required)]
        pub summary: Text,
        /// Its states (`[[relationships.states]]` after the relationship): each facet's oldest
        /// first; the stance says which facet (official status or practice).
        #[serde(default)]
        #[schemars(required)]
        pub states: Vec<Sp<RawState>>,
    }
}

sourced! {
    /// `[[relationships.states]]`: how two actors stood from a date until the next state of
    /// the same facet.
    pub struct RawState {
        /// When it began (`by ...` when the source gives no start).
        #[schemars(required)]
        pub from: When,
        /// How the two stood.
        #[schemars(required)]
        pub stance: Option<Sp<Choice<Stance>>>,
        /// What the state was, in our words.
        #[schemars(required)]
        pub summary: Text,
        /// Ids of the events that moved the relationship into this state.
        pub events: Ids,
    }
}

sourced! {
    /// `[[steps]]`: one step of the walkthrough.
    pub struct RawStep {
        /// A short lowercase id.
        #[schemars(required, length(max = 64), regex(pattern = ID_PATTERN))]
        pub id: Text,
        /// Ids of removed steps whose facts this step now holds, so that their shared pages and
        /// links open it.
        pub aliases: Ids,
        /// The step's title.
        #[schemars(required)]
        pub title: Text,
        /// A few sentences in our words; a blank line starts a new paragraph.
        #[schemars(required)]
        pub text: Text,
        /// Ids of the events the timeline highlights.
        pub events: Ids,
        /// Ids of the relationships the cards highlight.
        pub relationships: Ids,
        /// The date the cards show their state as of.
        #[schemars(required)]
        pub as_of: When,
    }
}

/// `[[updates]]`: one change made after publication.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawUpdate {
    /// The day of the change: `2026-11-27`.
    #[schemars(required)]
    pub date: When,
    /// What changed and why, in a sentence or two.
    #[schemars(required)]
    pub what: Text,
    /// The items changed: `["events.moscow-attack", "relationships.russia-taliban",
    /// "steps.common-enemy"]`.
    #[schemars(required)]
    pub items: Ids,
}

/// A list of ids: `["a", "b"]`, or one id written on its own.
#[derive(Clone, Debug, Default)]
pub struct List(pub Vec<Sp<String>>);

impl<'de> Deserialize<'de> for List {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor;
        impl<'de> Visitor<'de> for ListVisitor {
            type Value = List;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<List, E> {
                // The span is the whole value's: `Sp<List>` around this fills it in.
                Ok(List(vec![Sp(Spanned::new(0..0, text.to_string()))]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Sp<String>>()? {
                    items.push(item);
                }
                Ok(List(items))
            }
        }
        deserializer.deserialize_any(ListVisitor)
    }
}

impl JsonSchema for List {
    fn schema_name() -> Cow<'static, str> {
        "List".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [
                { "type": "string" },
                { "type": "array", "items": { "type": "string" } }
            ]
        })
    }
}

impl Sp<List> {
    /// The items, each with its place (an id written on its own takes the whole value's).
    pub fn items(&self) -> Vec<(&str, Range<usize>)> {
        self.get()
            .0
            .iter()
            .map(|item| {
                let span = match item.span() {
                    span if span.is_empty() => self.span(),
                    span => span,
                };
                (item.get().as_str(), span)
            })
            .collect()
    }
}

/// A date as written: text (`"2024-03"`, `"since 2022"`), a bare year (`2024`) or a bare
/// TOML date (`2024-03-22`). The checker reads its text.
#[derive(Clone, Debug)]
pub struct DateValue(pub String);

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl<'de> Visitor<'de> for DateVisitor {
            type Value = DateValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a date")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<DateValue, E> {
                Ok(DateValue(text.to_string()))
            }
            fn visit_i64<E: de::Error>(self, year: i64) -> Result<DateValue, E> {
                Ok(DateValue(year.to_string()))
            }
            fn visit_u64<E: de::Error>(self, year: u64) -> Result<DateValue, E> {
                Ok(DateValue(year.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<DateValue, A::Error> {
                // A bare TOML date reaches serde as toml's datetime map.
                let date =
                    toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(DateValue(date.to_string()))
            }
        }
        deserializer.deserialize_any(DateVisitor)
    }
}

impl JsonSchema for DateValue {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "YYYY, YYYY-MM or YYYY-MM-DD; events may say `since ...`, `by ...` or `undated`",
            "pattern": "^((since |by )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|undated)$"
        })
    }
}

/// A fixed vocabulary of the model (stances, kinds of actor), named as in content files.
pub trait Vocabulary: Copy + 'static {
    /// Every value with its name.
    const ALL: &'static [(Self, &'static str)];
    /// The names alone (serde's messages need them as a static list).
    const NAMES: &'static [&'static str];
}

impl Vocabulary for Stance {
    const ALL: &'static [(Stance, &'static str)] = &Stance::ALL;
    const NAMES: &'static [&'static str] = &names(&Stance::ALL);
}

/// The kinds with their content-file names.
const KINDS: [(RawKind, &str); 3] = [
    (RawKind::Fact, "fact"),
    (RawKind::Claim, "claim"),
    (RawKind::Analysis, "analysis"),
];

impl Vocabulary for RawKind {
    const ALL: &'static [(RawKind, &'static str)] = &KINDS;
    const NAMES: &'static [&'static str] = &names(&KINDS);
}

impl Vocabulary for ActorKind {
    const ALL: &'static [(ActorKind, &'static str)] = &ActorKind::ALL;
    const NAMES: &'static [&'static str] = &names(&ActorKind::ALL);
}

const fn names<T: Copy, const N: usize>(all: &[(T, &'static str); N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = all[i].1;
        i += 1;
    }
    out
}

/// One value of a [`Vocabulary`], read by its name.
#[derive(Clone, Copy, Debug)]
pub struct Choice<T>(pub T);

impl<'de, T: Vocabulary> Deserialize<'de> for Choice<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ChoiceVisitor<T>(PhantomData<T>);
        impl<'de, T: Vocabulary> Visitor<'de> for ChoiceVisitor<T> {
            type Value = Choice<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "one of: {}", T::NAMES.join(", "))
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<Choice<T>, E> {
                T::ALL
                    .iter()
                    .find(|(_, n)| *n == name)
                    .map(|(value, _)| Choice(*value))
                    .ok_or_else(|| E::unknown_variant(name, T::NAMES))
            }
        }
        deserializer.deserialize_str(ChoiceVisitor(PhantomData))
    }
}

impl<T: Vocabulary> JsonSchema for Choice<T> {
    fn schema_name() -> Cow<'static, str> {
        let name = std::any::type_name::<T>();
        let name = name.rsplit("::").next().unwrap_or(name);
        name.strip_prefix("Raw").unwrap_or(name).to_string().into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "enum": T::NAMES })
    }
}
