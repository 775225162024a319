//! What the views ask of a story: lookups, relationship states as of a date, navigation
//! through steps and dated events, and how a text's sources read.

use super::date::{Date, When};
use super::story::{
    Actor, ActorIx, Event, EventIx, Facet, Focus, Para, PerFacet, RelIx, RelState, Relationship,
    Section, Step, Story,
};

/// Which state of each facet a relationship is in as of a date (`None`: the source records
/// nothing of that facet yet). Indexes into [`Relationship::states`].
pub type Layers = PerFacet<Option<usize>>;

/// The states of `relationship` as of `date`: for each facet, its last state that began on or
/// before the date.
pub fn relationship_layers_at(relationship: &Relationship, date: Date) -> Layers {
    let mut layers = Layers::default();
    for (i, state) in relationship.states.iter().enumerate() {
        if state.from.date().is_some_and(|from| from <= date) {
            layers.0[state.stance.facet().index()] = Some(i);
        }
    }
    layers
}

/// A facet whose state differs between two dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FacetChange {
    /// Which facet.
    pub facet: Facet,
    /// Its state at the earlier date (`None`: nothing recorded yet).
    pub before: Option<usize>,
    /// Its state at the later date.
    pub after: Option<usize>,
}

/// What changed in `relationship` between `before` (`None`: the beginning) and `after`, per
/// facet, in [`Facet::ALL`] order: the facets whose state differs.
pub fn relationship_changes(
    relationship: &Relationship,
    before: Option<Date>,
    after: Date,
) -> Vec<FacetChange> {
    let then = before.map_or_else(Layers::default, |d| relationship_layers_at(relationship, d));
    let now = relationship_layers_at(relationship, after);
    then.iter()
        .zip(now.iter())
        .filter(|((_, a), (_, b))| a != b)
        .map(|((facet, before), (_, after))| FacetChange {
            facet,
            before,
            after,
        })
        .collect()
}

impl Relationship {
    /// Which facets in `layers` (the states as of some date) began after `earlier` (`None`:
    /// the beginning): [`Story::changed_at`] for views that already hold the layers and the
    /// stop before, so that a list of cards works them out once, not once a card.
    pub fn changed_since(&self, layers: Layers, earlier: Option<Date>) -> PerFacet<bool> {
        // The same as a `relationship_changes` from `earlier`, without building it: within a
        // facet, the state as of the date differs from the one as of `earlier` exactly when
        // it began after `earlier`.
        PerFacet(layers.0.map(|state| {
            state.is_some_and(|i| match self.states[i].from {
                When::On(from) | When::Since(from) => earlier.is_none_or(|e| from > e),
                When::By(_) | When::Undated => false,
            })
        }))
    }

    /// The state one colour or line style follows as of `layers`: the official facet's, or
    /// the practice facet's when there is no official one.
    pub fn lead(&self, layers: Layers) -> Option<&RelState> {
        Facet::ALL
            .into_iter()
            .find_map(|f| layers.get(f))
            .map(|i| &self.states[i])
    }
}

impl Story {
    /// The actor at `ix`.
    pub fn actor(&self, ix: ActorIx) -> &Actor {
        &self.actors[usize::from(ix.0)]
    }

    /// The event at `ix`.
    pub fn event(&self, ix: EventIx) -> &Event {
        &self.events[usize::from(ix.0)]
    }

    /// The relationship at `ix`.
    pub fn relationship(&self, ix: RelIx) -> &Relationship {
        &self.relationships[usize::from(ix.0)]
    }

    /// An event by id.
    pub fn find_event(&self, id: &str) -> Option<EventIx> {
        self.events
            .iter()
            .position(|e| e.id == id)
            .map(|i| EventIx(i as u16))
    }

    /// A relationship by id, or by an id it was known by before.
    pub fn find_relationship(&self, id: &str) -> Option<RelIx> {
        self.relationships
            .iter()
            .position(|r| r.id == id || r.aliases.contains(&id))
            .map(|i| RelIx(i as u16))
    }

    /// A step by id, or by the id of a removed step it now holds (its index).
    pub fn find_step(&self, id: &str) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.id == id || s.aliases.contains(&id))
    }

    /// The step a link's step number opens (from 1): by the order links were numbered in
    /// (`numbered_steps`), else by the walkthrough's.
    pub fn numbered_step(&self, n: usize) -> Option<usize> {
        if self.numbered_steps.is_empty() {
            (1..=self.steps.len()).contains(&n).then(|| n - 1)
        } else {
            let i = *self.numbered_steps.get(n.checked_sub(1)?)?;
            Some(usize::from(i).min(self.steps.len().saturating_sub(1)))
        }
    }

    /// An actor by id.
    pub fn find_actor(&self, id: &str) -> Option<ActorIx> {
        self.actors
            .iter()
            .position(|a| a.id == id)
            .map(|i| ActorIx(i as u16))
    }

    /// Every event index, in time order.
    pub fn event_ixs(&self) -> impl Iterator<Item = EventIx> + '_ {
        (0..self.events.len()).map(|i| EventIx(i as u16))
    }

    /// Every relationship index, in file order.
    pub fn relationship_ixs(&self) -> impl Iterator<Item = RelIx> + '_ {
        (0..self.relationships.len()).map(|i| RelIx(i as u16))
    }

    /// Events with a date (on, since or by), in time order.
    pub fn dated_events(&self) -> impl Iterator<Item = EventIx> + '_ {
        self.event_ixs()
            .filter(|&e| self.event(e).when.date().is_some())
    }

    /// The order the timeline's arrow keys move through: dated events, then undated ones.
    pub fn timeline_order(&self) -> impl Iterator<Item = EventIx> + '_ {
        self.dated_events().chain(self.undated_events())
    }

    /// Events without a date, in file order.
    pub fn undated_events(&self) -> impl Iterator<Item = EventIx> + '_ {
        self.event_ixs()
            .filter(|&e| self.event(e).when.date().is_none())
    }

    /// The distinct dates of dated events, in order: the stops of the "as of" control.
    pub fn as_of_stops(&self) -> Vec<Date> {
        // Events are stored in time order, so repeats are neighbours.
        let mut dates: Vec<Date> = self
            .dated_events()
            .filter_map(|e| self.event(e).when.date())
            .collect();
        dates.dedup();
        dates
    }

    /// The next "as of" stop after `date`, if any.
    pub fn as_of_later(&self, date: Date) -> Option<Date> {
        self.as_of_stops().into_iter().find(|&d| d > date)
    }

    /// The previous "as of" stop before `date`, if any.
    pub fn as_of_earlier(&self, date: Date) -> Option<Date> {
        self.as_of_stops().into_iter().rev().find(|&d| d < date)
    }

    /// The states of relationship `rel` as of `date`, per facet.
    pub fn layers_at(&self, rel: RelIx, date: Date) -> Layers {
        relationship_layers_at(self.relationship(rel), date)
    }

    /// The facets of `rel` that changed at the "as of" stop `date`: their state as of `date`
    /// began after the stop before it. A state the source reports only "by" a date is not
    /// a change at that date (when it began is unknown).
    pub fn changed_at(&self, rel: RelIx, date: Date) -> PerFacet<bool> {
        let relationship = self.relationship(rel);
        relationship.changed_since(
            relationship_layers_at(relationship, date),
            self.as_of_earlier(date),
        )
    }

    /// Events that moved a relationship, in time order, without repeats.
    pub fn events_of_relationship(&self, rel: RelIx) -> Vec<EventIx> {
        let states = self.relationship(rel).states;
        self.event_ixs()
            .filter(|e| states.iter().any(|s| s.events.contains(e)))
            .collect()
    }

    /// Relationships that `event` moved, in file order.
    pub fn relationships_moved_by(&self, event: EventIx) -> Vec<RelIx> {
        self.relationship_ixs()
            .filter(|&r| {
                self.relationship(r)
                    .states
                    .iter()
                    .any(|s| s.events.contains(&event))
            })
            .collect()
    }

    /// Whether `rel` involves `actor`.
    pub fn involves(&self, rel: RelIx, actor: ActorIx) -> bool {
        self.relationship(rel).actors.contains(&actor)
    }

    /// Whether a step's `focus` brings `actor` forward: an actor of one of its relationships,
    /// or, for a step about events alone, of one of its events.
    pub fn in_focus(&self, focus: &Focus, actor: ActorIx) -> bool {
        if focus.relationships.is_empty() {
            focus
                .events
                .iter()
                .any(|&e| self.event(e).actors.contains(&actor))
        } else {
            focus.relationships.iter().any(|&r| self.involves(r, actor))
        }
    }

    /// Actors that appear in at least one relationship, in file order (the card filter).
    pub fn actors_in_relationships(&self) -> Vec<ActorIx> {
        (0..self.actors.len())
            .map(|i| ActorIx(i as u16))
            .filter(|&a| self.relationship_ixs().any(|r| self.involves(r, a)))
            .collect()
    }

    /// The step after `step`, if any.
    pub fn next_step(&self, step: usize) -> Option<usize> {
        (step + 1 < self.steps.len()).then_some(step + 1)
    }

    /// The step before `step`, if any.
    pub fn prev_step(&self, step: usize) -> Option<usize> {
        step.checked_sub(1)
    }

    /// The step at `step`, clamped to the walkthrough.
    pub fn step(&self, step: usize) -> &Step {
        &self.steps[step.min(self.steps.len() - 1)]
    }

    /// The section a paragraph belongs to.
    pub fn section_of(&self, para: Para) -> Option<&Section> {
        self.sections.iter().find(|s| s.paragraphs.contains(&para))
    }

    /// Citations grouped in the order cited: by source when the story has several (each
    /// group named by its outlet and linked), else by the source's section (named by its
    /// title): `[([¶1, ¶2], "Lead"), ([¶9], "From Enemy to Ally?")]`. The words between them
    /// are the language's (`Words::citation`).
    pub fn citation_groups<'c>(&self, cite: &'c [Para]) -> Vec<CiteGroup<'c>> {
        let named = |p: Para| match self.sources.get(usize::from(p.source)) {
            Some(source) if self.sources.len() > 1 => (Some(source.outlet), Some(source.url)),
            _ => (self.section_of(p).map(|s| s.title), None),
        };
        let mut out = vec![];
        let mut i = 0;
        while i < cite.len() {
            let (label, url) = named(cite[i]);
            let mut j = i;
            while j < cite.len() && named(cite[j]).0 == label {
                j += 1;
            }
            out.push(CiteGroup {
                paras: &cite[i..j],
                label,
                url,
            });
            i = j;
        }
        out
    }
}

/// Paragraphs cited together from one source (or one section of it), and what names them.
#[derive(Debug, PartialEq)]
pub struct CiteGroup<'c> {
    /// The paragraphs, in the order cited.
    pub paras: &'c [Para],
    /// The source's outlet (a story of several sources) or the section's title.
    pub label: Option<&'static str>,
    /// Where to read the source, when the label is its outlet.
    pub url: Option<&'static str>,
}

impl Para {
    /// `¶9`.
    pub fn label(self) -> String {
        let mut out = String::from("¶");
        super::date::push_number(&mut out, i64::from(self.n), 1);
        out
    }
}
