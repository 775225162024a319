//! What the stage asks of the story for one step: the stances on the map at its date, which
//! actors are on it, and what changed since the step before.

use super::date::{Date, When};
use super::queries::Layers;
use super::story::{ActorIx, Facet, RelIx, RelState, Relationship, Stance, Story};

/// A "was → now" line of the stage: a facet of one of the step's relationships whose stance
/// at the step's date differs from its stance at the previous step's date, or that began
/// between the two ("new").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StageChange {
    /// Which relationship.
    pub rel: RelIx,
    /// Which facet.
    pub facet: Facet,
    /// Its stance at the previous step's date; none when the facet's first state began
    /// between the two dates (on a date the source gives: a state known only "by" a date is
    /// not said to begin).
    pub was: Option<Stance>,
    /// Its stance at this step's date.
    pub now: Stance,
}

impl Relationship {
    /// The stance of each facet in `layers` (the states as of some date).
    pub fn stances(&self, layers: Layers) -> [Option<Stance>; 2] {
        layers.0.map(|state| state.map(|i| self.states[i].stance))
    }

    /// Each facet the relationship ever has, with each stance it takes: on the map, its
    /// label's lines (official first) and each line's possible texts.
    pub fn facet_stances(&self) -> Vec<(Facet, Vec<Stance>)> {
        Facet::ALL
            .into_iter()
            .map(|f| (f, self.stances_in(f)))
            .filter(|(_, stances)| !stances.is_empty())
            .collect()
    }

    /// Each stance `facet` ever takes, in time order, without repeats (empty: the
    /// relationship has no such facet); on the map, a label line's possible texts.
    pub fn stances_in(&self, facet: Facet) -> Vec<Stance> {
        let mut stances = Vec::new();
        for state in self.states.iter().filter(|s| s.stance.facet() == facet) {
            if !stances.contains(&state.stance) {
                stances.push(state.stance);
            }
        }
        stances
    }
}

impl Story {
    /// The stance of each facet of `rel` as of `date` (`None`: nothing recorded yet).
    pub fn stances_at(&self, rel: RelIx, date: Date) -> [Option<Stance>; 2] {
        self.relationship(rel).stances(self.layers_at(rel, date))
    }

    /// What the stage of step `step` marks as changed: for each of the step's relationships,
    /// each facet whose stance differs between the previous step's date and this step's, or
    /// whose first state began between them on a date the source gives (the steps need not
    /// go forward in time: a step dated before the one before it has none, see
    /// [`Story::goes_back`]). A state known only "by" a date is not said to begin: the map
    /// shows it. The first step has nothing to compare with. The same for a step however it
    /// is reached.
    pub fn stage_changes(&self, step: usize) -> Vec<StageChange> {
        let Some(before) = step.checked_sub(1).map(|s| self.step(s).focus.as_of) else {
            return Vec::new();
        };
        // Back in time nothing changed: the stage says it goes back instead.
        if self.goes_back(step) {
            return Vec::new();
        }
        let focus = self.step(step).focus;
        let mut changes = Vec::new();
        for &rel in focus.relationships {
            let was = self.stances_at(rel, before);
            let layers = self.layers_at(rel, focus.as_of);
            let now = self.relationship(rel).stances(layers);
            for facet in Facet::ALL {
                let began_on_record = || {
                    layers.get(facet).is_some_and(|i| {
                        !matches!(
                            self.relationship(rel).states[i].from,
                            When::By(_) | When::Undated
                        )
                    })
                };
                let was = was[facet.index()];
                if let Some(now) = now[facet.index()] {
                    if was.is_some_and(|was| was != now) || (was.is_none() && began_on_record()) {
                        changes.push(StageChange {
                            rel,
                            facet,
                            was,
                            now,
                        });
                    }
                }
            }
        }
        changes
    }

    /// Whether step `step` is dated before the step before it: its stage says it goes back to
    /// its date, and reports no "was → now" (nothing changed: the reader went back in time).
    pub fn goes_back(&self, step: usize) -> bool {
        step.checked_sub(1).is_some_and(|before| {
            self.step(step).focus.as_of.key() < self.step(before).focus.as_of.key()
        })
    }

    /// The state the source reports for `rel` only as true "by" a date after `date`, when
    /// nothing is recorded for it at `date`: what a step dated `date` that is about `rel` shows
    /// (the stance, "by" that date), rather than nothing (when it began is unknown).
    pub fn pending_state(&self, rel: RelIx, date: Date) -> Option<&RelState> {
        if self.stances_at(rel, date) != [None, None] {
            return None;
        }
        self.relationship(rel)
            .states
            .iter()
            .find(|s| matches!(s.from, When::By(by) if by.key() > date.key()))
    }

    /// Whether `actor` has a relationship with a state recorded by `date`: on the map at that
    /// date (otherwise greyed).
    pub fn actor_on_map(&self, actor: ActorIx, date: Date) -> bool {
        self.relationship_ixs()
            .any(|rel| self.involves(rel, actor) && self.stances_at(rel, date) != [None, None])
    }
}
