//! The story's types: actors, events, eras, relationships and their states over time,
//! walkthrough steps, and where each fact comes from.
//!
//! Everything is `&'static` and `Copy`-friendly: the build compiles the content file into a
//! `static Story` (plain data in the wasm, no parser), and the loader leaks what it reads.

use super::date::{Date, When};
pub use super::ids::{ActorIx, EventIx, Para, RelIx};
use super::map::StageMap;
use super::scale::TimelineLayout;

/// The whole story.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Story {
    /// Headline, standfirst, dateline, publication.
    pub meta: Meta,
    /// The sources the story is written from, when it lists them (`[[sources]]`); empty for
    /// a story with one source described in its `[story]` table.
    pub sources: &'static [Source],
    /// The source article's sections, each with its paragraphs (a story with one source).
    pub sections: &'static [Section],
    /// Everyone who acts in the story.
    pub actors: &'static [Actor],
    /// Events in time order; undated events last, in file order.
    pub events: &'static [Event],
    /// Periods drawn as bands on the timeline.
    pub eras: &'static [Era],
    /// Pairs of actors and how they stood with each other over time.
    pub relationships: &'static [Relationship],
    /// The walkthrough, in order.
    pub steps: &'static [Step],
    /// For links that name a step by number (`#step=3`, as links did before they named it by
    /// id), the step each number opens, from 1; empty: the walkthrough's own order.
    pub numbered_steps: &'static [u8],
    /// The timeline, laid out from the dated events and eras when the story is loaded.
    pub timeline: TimelineLayout,
    /// The stage's relationship map, laid out when the story is loaded.
    pub map: StageMap,
    /// The parts of the page that never change, as HTML made when the story is loaded.
    pub html: StaticHtml,
}

/// A story shared by reference between the app's components: cheap to copy, compared by
/// identity (one story per app, so comparing addresses is enough and costs nothing).
#[derive(Clone, Copy, Debug)]
pub struct StoryRef(pub &'static Story);

impl PartialEq for StoryRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for StoryRef {
    type Target = Story;
    fn deref(&self) -> &Story {
        self.0
    }
}

/// Markup that never changes once the story is loaded: the browser build carries it as text
/// (which compresses well) instead of code that builds it element by element. Every text in
/// it is escaped when it is made (`explainer_content::static_html`).
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct StaticHtml {
    /// The headline block.
    pub masthead: &'static str,
    /// The footer.
    pub colophon: &'static str,
    /// Each step's text and sources, in step order.
    pub steps: &'static [&'static str],
    /// The timeline's era bands.
    pub eras: &'static str,
    /// The timeline's axis: breaks and year ticks.
    pub axis: &'static str,
    /// The key to the era colours (shown on narrow screens).
    pub era_legend: &'static str,
}

impl StaticHtml {
    /// No markup (a story being loaded).
    pub const EMPTY: StaticHtml = StaticHtml {
        masthead: "",
        colophon: "",
        steps: &[],
        eras: "",
        axis: "",
        era_legend: "",
    };

    /// Empty markup in each place (one per step): what the browser build carries, since it
    /// only ever hydrates these parts of a prerendered page and never renders them anew.
    pub fn blank(steps: usize) -> StaticHtml {
        StaticHtml {
            steps: Vec::leak(vec![""; steps]),
            ..StaticHtml::EMPTY
        }
    }
}

/// What the story is and where it comes from.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Meta {
    /// The language the story is written in (a BCP 47 tag); its interface's words are
    /// `locales/<lang>.ftl`.
    pub lang: &'static str,
    /// Where its pages are, relative to the site's root: `""` for the original, `"ru/"` for
    /// its Russian translation.
    pub path: &'static str,
    /// A short label above the headline.
    pub kicker: &'static str,
    /// Our headline.
    pub headline: &'static str,
    /// Our standfirst (one or two sentences under the headline).
    pub standfirst: &'static str,
    /// One sentence on the explainer, for search engines and link previews (its main page's
    /// description).
    pub description: &'static str,
    /// Where the source was filed from (empty: no dateline, as for a story of several
    /// sources).
    pub dateline: &'static str,
    /// When the source was published.
    pub published: Date,
    /// A description of the source article (empty when the story lists its `sources`).
    pub source_name: &'static str,
    /// A link to the source, when there is one (always https).
    pub source_url: Option<&'static str>,
}

impl Meta {
    /// A translation's language (its pages' folder, its embed code's `data-lang`); none for
    /// the original.
    pub fn translation(&self) -> Option<&'static str> {
        (!self.path.is_empty()).then_some(self.lang)
    }

    /// No words: the browser build's (only the page shows them; the app reads `published`),
    /// and a file without a `[story]` table's.
    pub const BLANK: Meta = Meta {
        lang: "",
        path: "",
        kicker: "",
        headline: "",
        standfirst: "",
        description: "",
        dateline: "",
        published: Date::year(1),
        source_name: "",
        source_url: None,
    };
}

/// A source the story is written from: a news report, named and linked on the page.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Source {
    /// A short lowercase id (`vfi`), which citations name (`vfi:p2`).
    pub id: &'static str,
    /// Who published it, as the source gives it (`open.kg`).
    pub outlet: &'static str,
    /// Its title, in its own language.
    pub title: &'static str,
    /// Where to read it (always https).
    pub url: &'static str,
    /// When it was published, at the precision known; `Undated` when it does not say.
    pub published: When,
    /// The language it is written in (a BCP 47 tag).
    pub lang: &'static str,
}

/// A section of the source article.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Section {
    /// `s1`, `s2`...
    pub id: &'static str,
    /// Its heading (or a description, for the untitled lead).
    pub title: &'static str,
    /// Its paragraphs, in order.
    pub paragraphs: &'static [Para],
}

/// What kind of actor this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub enum ActorKind {
    /// A state.
    Country,
    /// A government, ministry or other institution.
    Institution,
    /// An armed or political group.
    Group,
    /// A named or unnamed person.
    Person,
    /// A group of people (Afghan women and girls, Western governments).
    People,
}

impl ActorKind {
    /// Every kind, as written in content files.
    pub const ALL: [(ActorKind, &'static str); 5] = [
        (ActorKind::Country, "country"),
        (ActorKind::Institution, "institution"),
        (ActorKind::Group, "group"),
        (ActorKind::Person, "person"),
        (ActorKind::People, "people"),
    ];
}

/// Someone who acts in the story.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Actor {
    /// Stable id (`russia`), used in content references and links.
    pub id: &'static str,
    /// Full name (`the Taliban (Islamic Emirate of Afghanistan)`).
    pub name: &'static str,
    /// Short name for tight places (`Taliban`).
    pub short: &'static str,
    /// A line about the actor, shown on its relationship cards.
    pub note: Option<&'static str>,
    /// What kind of actor.
    pub kind: ActorKind,
}

/// Whether a text is a reported fact, someone's claim, or analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub enum Attribution {
    /// Reported as fact by the source.
    Fact,
    /// Said by an actor; the source reports that they said it.
    Claim {
        /// Who claims it.
        by: ActorIx,
    },
    /// Interpretation: an analyst's, when `by` is set, or the source's own.
    Analysis {
        /// Whose analysis, when not the source's own.
        by: Option<ActorIx>,
    },
}

impl Attribution {
    /// `fact`, `claim` or `analysis` (as in content files and `data-kind`).
    pub fn slug(self) -> &'static str {
        match self {
            Attribution::Fact => "fact",
            Attribution::Claim { .. } => "claim",
            Attribution::Analysis { .. } => "analysis",
        }
    }
}

/// Where a text comes from: its attribution and the paragraphs it cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Sourcing {
    /// Fact, claim or analysis.
    pub kind: Attribution,
    /// Paragraphs of the source, at least one.
    pub cite: &'static [Para],
}

/// Something that happened (or is reported as the case).
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Event {
    /// Stable id (`recognition`).
    pub id: &'static str,
    /// A short title.
    pub title: &'static str,
    /// A label of a few words for the timeline axis (the title when the file gives none).
    pub short: &'static str,
    /// When, at the precision the source supports.
    pub when: When,
    /// What happened, in our words.
    pub summary: &'static str,
    /// Who took part.
    pub actors: &'static [ActorIx],
    /// Where it comes from.
    pub sourcing: Sourcing,
    /// The day of the latest `[[updates]]` entry that changed it.
    pub updated: Option<Date>,
}

/// A period drawn as a band on the timeline.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Era {
    /// Stable id.
    pub id: &'static str,
    /// Its name.
    pub title: &'static str,
    /// When it began.
    pub from: Date,
    /// When it ended; `None` while it continues.
    pub to: Option<Date>,
    /// Where it comes from.
    pub sourcing: Sourcing,
}

/// How two actors stand with each other at a time: a fixed vocabulary so cards, colours and
/// icons stay consistent across stories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub enum Stance {
    /// Fighting each other.
    AtWar,
    /// One lists the other as a terrorist organisation.
    TerroristListing,
    /// Openly hostile, short of war.
    Hostile,
    /// One protests the other's act (condemns it, takes it to an international body), with
    /// nothing said of ties beyond that.
    Protest,
    /// Competing for influence.
    Rivalry,
    /// Sanctions and frozen assets.
    Sanctions,
    /// One imposes restrictions on the other.
    Restrictions,
    /// Not formally recognised (envoys and talks may still go on, in practice).
    NoFormalTies,
    /// Working contacts short of recognition (envoys, trade).
    PragmaticTies,
    /// One backs the other (arms, money).
    Backing,
    /// Active cooperation.
    Cooperation,
    /// Formal diplomatic recognition.
    FormalRecognition,
    /// The relationship as recorded ended (a war over); the source says nothing after.
    Ended,
}

impl Stance {
    /// Every stance with its content-file name.
    pub const ALL: [(Stance, &'static str); 13] = [
        (Stance::AtWar, "at-war"),
        (Stance::TerroristListing, "terrorist-listing"),
        (Stance::Hostile, "hostile"),
        (Stance::Protest, "protest"),
        (Stance::Rivalry, "rivalry"),
        (Stance::Sanctions, "sanctions"),
        (Stance::Restrictions, "restrictions"),
        (Stance::NoFormalTies, "no-formal-ties"),
        (Stance::PragmaticTies, "pragmatic-ties"),
        (Stance::Backing, "backing"),
        (Stance::Cooperation, "cooperation"),
        (Stance::FormalRecognition, "formal-recognition"),
        (Stance::Ended, "ended"),
    ];

    /// The content-file (and `data-stance`) name: `formal-recognition`.
    pub fn slug(self) -> &'static str {
        Stance::ALL
            .iter()
            .find(|(s, _)| *s == self)
            .map_or("", |(_, name)| name)
    }

    /// Reads a content-file name.
    pub fn from_slug(slug: &str) -> Option<Stance> {
        Stance::ALL
            .iter()
            .find(|(_, name)| *name == slug)
            .map(|(s, _)| *s)
    }

    /// A symbol shown beside the words, so the stance never depends on colour alone.
    pub fn icon(self) -> &'static str {
        match self {
            Stance::AtWar => "⚔",
            Stance::TerroristListing => "⊗",
            Stance::Hostile => "✕",
            Stance::Protest => "!",
            Stance::Rivalry => "⇄",
            Stance::Sanctions => "⊘",
            Stance::Restrictions => "▣",
            Stance::NoFormalTies => "○",
            Stance::PragmaticTies => "◐",
            Stance::Backing => "↗",
            Stance::Cooperation => "⇋",
            Stance::FormalRecognition => "★",
            Stance::Ended => "■",
        }
    }

    /// Which layer of a relationship the stance describes: a recognition status is
    /// official; everything else (trade, backing, fighting, sanctions) is practice.
    pub fn facet(self) -> Facet {
        match self {
            Stance::TerroristListing | Stance::NoFormalTies | Stance::FormalRecognition => {
                Facet::Official
            }
            _ => Facet::Practice,
        }
    }

    /// Where the stance sits from conflict (0) to closeness (4), for colour.
    pub fn warmth(self) -> u8 {
        match self {
            Stance::AtWar | Stance::TerroristListing => 0,
            Stance::Hostile
            | Stance::Protest
            | Stance::Rivalry
            | Stance::Sanctions
            | Stance::Restrictions => 1,
            Stance::NoFormalTies | Stance::Ended => 2,
            Stance::PragmaticTies | Stance::Backing => 3,
            Stance::Cooperation | Stance::FormalRecognition => 4,
        }
    }
}

/// A layer of a relationship that changes on its own dates, so that a card can say
/// "officially X, in practice Y": Russia listed the Taliban as terrorists (official) while
/// selling Afghanistan oil and wheat (practice). Each stance belongs to one facet
/// ([`Stance::facet`]); where one colour or line must stand for the whole relationship, it
/// follows the official facet, and the practice facet when there is no official one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub enum Facet {
    /// The official status: a terrorist listing, no formal ties, formal recognition.
    Official,
    /// What happens in practice: trade, talks, backing, sanctions, fighting.
    Practice,
}

impl Facet {
    /// Both facets, in the order they are shown (the one colour follows first).
    pub const ALL: [Facet; 2] = [Facet::Official, Facet::Practice];

    /// `official` or `practice` (`data-facet`).
    pub fn slug(self) -> &'static str {
        match self {
            Facet::Official => "official",
            Facet::Practice => "practice",
        }
    }

    /// Its place in [`Facet::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One value per facet, indexed by [`Facet`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PerFacet<T>(pub [T; 2]);

impl<T: Copy> PerFacet<T> {
    /// The value for `facet`.
    pub fn get(self, facet: Facet) -> T {
        self.0[facet.index()]
    }

    /// Each facet with its value, in [`Facet::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = (Facet, T)> {
        Facet::ALL.into_iter().zip(self.0)
    }
}

/// One state of a relationship's facet (its stance's), from a date until the next state of
/// the same facet.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct RelState {
    /// When this state began (or by when it was reported).
    pub from: When,
    /// How the two stood.
    pub stance: Stance,
    /// What the state was, in our words.
    pub summary: &'static str,
    /// Where it comes from.
    pub sourcing: Sourcing,
    /// Events that moved the relationship into this state.
    pub events: &'static [EventIx],
}

/// Two actors and how they stood with each other over time.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Relationship {
    /// Stable id (`russia-taliban`).
    pub id: &'static str,
    /// Ids it was known by before (merged relationships): links to them still open it.
    pub aliases: &'static [&'static str],
    /// The two actors.
    pub actors: [ActorIx; 2],
    /// The relationship in a sentence or two.
    pub summary: &'static str,
    /// Where the summary comes from.
    pub sourcing: Sourcing,
    /// Its states, in time order (at least one); each belongs to its stance's facet, and
    /// the facets change independently.
    pub states: &'static [RelState],
    /// The day of the latest `[[updates]]` entry that changed it.
    pub updated: Option<Date>,
}

/// What a step moves the other views to.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Focus {
    /// Events highlighted on the timeline.
    pub events: &'static [EventIx],
    /// Relationship cards highlighted.
    pub relationships: &'static [RelIx],
    /// The date the cards show their state as of.
    pub as_of: Date,
}

/// One step of the walkthrough.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = explainer_model))]
pub struct Step {
    /// Stable id.
    pub id: &'static str,
    /// Ids of removed steps whose facts it now holds: their links open it.
    pub aliases: &'static [&'static str],
    /// Its title.
    pub title: &'static str,
    /// The first sentence of its text, as plain text: the step's description in link
    /// previews (its own page's `<meta name="description">` and Open Graph tags).
    pub lede: &'static str,
    /// Where it comes from.
    pub sourcing: Sourcing,
    /// Where the other views go.
    pub focus: Focus,
}
