//! The reader's view of the story: one state behind every view (step, selected event or
//! relationship, "as of" date, actor filter), changed only by actions, and written to and read
//! from the URL hash so that every view can be linked, reloaded and shared.

use super::date::Date;
use super::story::{ActorIx, EventIx, RelIx, Story};

/// Where a step's own page is, relative to the site's root: `step/<id>/` (its id, not its
/// number: a link shared today still opens the same step after an editor adds one before it).
pub fn step_path(id: &str) -> String {
    ["step/", id, "/"].concat()
}

/// Where a page of `story` is, relative to the site's root: its main page (`step` none) or a
/// step's, in the story's folder (a translation's: `ru/`): `""`, `step/<id>/`, `ru/step/<id>/`.
pub fn page_path(story: &super::Story, step: Option<&str>) -> String {
    [story.meta.path, &step.map(step_path).unwrap_or_default()].concat()
}

/// Longest hash we try to read; anything longer is not one of ours.
const MAX_HASH_LEN: usize = 512;

/// Everything the views show, in one value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ViewState {
    /// The walkthrough step (0-based).
    pub step: usize,
    /// The event selected on the timeline, if any.
    pub event: Option<EventIx>,
    /// The relationship card chosen, if any.
    pub relationship: Option<RelIx>,
    /// The date cards show their state as of.
    pub as_of: Date,
    /// Show only cards involving this actor.
    pub actor: Option<ActorIx>,
}

/// What a reader can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Go to a step (0-based; clamped).
    GoToStep(usize),
    /// The next step, if any.
    NextStep,
    /// The previous step, if any.
    PrevStep,
    /// Select an event (again: unselect it).
    SelectEvent(EventIx),
    /// Choose a relationship card (again: unchoose it).
    SelectRelationship(RelIx),
    /// Move the "as of" date to the previous dated event.
    AsOfEarlier,
    /// Move the "as of" date to the next dated event.
    AsOfLater,
    /// Show only cards involving an actor, or all.
    FilterActor(Option<ActorIx>),
    /// Show only cards involving an actor (again: all).
    ToggleActor(ActorIx),
    /// Replace the whole view (from a link, or back/forward).
    Restore(ViewState),
}

impl ViewState {
    /// The view a reader starts from: the first step.
    pub fn start(story: &Story) -> ViewState {
        ViewState::start_at(story, 0)
    }

    /// The view a step's own page starts from (`step/<id>/`): that step, nothing chosen.
    /// Clamped to the story's steps; the first step's is [`ViewState::start`].
    pub fn start_at(story: &Story, step: usize) -> ViewState {
        let step = step.min(story.steps.len().saturating_sub(1));
        ViewState {
            step,
            event: None,
            relationship: None,
            as_of: story
                .steps
                .get(step)
                .map_or(story.meta.published, |s| s.focus.as_of),
            actor: None,
        }
    }

    /// The view after `action`.
    pub fn apply(self, story: &Story, action: Action) -> ViewState {
        match action {
            Action::GoToStep(step) => {
                self.at_step(story, step.min(story.steps.len().saturating_sub(1)))
            }
            Action::NextStep => match story.next_step(self.step) {
                Some(step) => self.at_step(story, step),
                None => self,
            },
            Action::PrevStep => match story.prev_step(self.step) {
                Some(step) => self.at_step(story, step),
                None => self,
            },
            Action::SelectEvent(event) if self.event == Some(event) => ViewState {
                event: None,
                ..self
            },
            Action::SelectEvent(event) => ViewState {
                event: Some(event),
                relationship: None,
                as_of: story.event(event).when.date().unwrap_or(self.as_of),
                ..self
            },
            Action::SelectRelationship(rel) if self.relationship == Some(rel) => ViewState {
                relationship: None,
                ..self
            },
            Action::SelectRelationship(rel) => ViewState {
                relationship: Some(rel),
                event: None,
                ..self
            },
            Action::AsOfEarlier => match story.as_of_earlier(self.as_of) {
                Some(as_of) => self.with_as_of(story, as_of),
                None => self,
            },
            Action::AsOfLater => match story.as_of_later(self.as_of) {
                Some(as_of) => self.with_as_of(story, as_of),
                None => self,
            },
            Action::FilterActor(actor) => ViewState { actor, ..self },
            Action::ToggleActor(actor) => ViewState {
                actor: (self.actor != Some(actor)).then_some(actor),
                ..self
            },
            Action::Restore(view) => view,
        }
    }

    fn at_step(self, story: &Story, step: usize) -> ViewState {
        ViewState {
            step,
            event: None,
            relationship: None,
            as_of: story.step(step).focus.as_of,
            actor: self.actor,
        }
    }

    /// Moving the date by hand keeps the selected event only if it is still at that date.
    fn with_as_of(self, story: &Story, as_of: Date) -> ViewState {
        let event = self
            .event
            .filter(|&e| story.event(e).when.date() == Some(as_of));
        ViewState {
            as_of,
            event,
            ..self
        }
    }

    /// The "as of" date implied by the step and selected event, without a manual change.
    fn implied_as_of(&self, story: &Story) -> Date {
        self.event
            .and_then(|e| story.event(e).when.date())
            .unwrap_or(story.step(self.step).focus.as_of)
    }

    /// The timeline's one tab stop: where the arrow keys left it (`roving`), else the selected
    /// event, the first highlighted one (`highlighted`: [`Self::highlighted_events`]), or the
    /// first in the timeline's order.
    pub fn timeline_tab_stop(
        &self,
        story: &Story,
        roving: Option<EventIx>,
        highlighted: &[EventIx],
    ) -> Option<EventIx> {
        roving
            .or(self.event)
            .or_else(|| highlighted.first().copied())
            .or_else(|| story.timeline_order().next())
    }

    /// Events to highlight on the timeline: the chosen card's events, else the selected
    /// event, else the step's focus.
    pub fn highlighted_events(&self, story: &Story) -> Vec<EventIx> {
        if let Some(rel) = self.relationship {
            story.events_of_relationship(rel)
        } else if let Some(event) = self.event {
            vec![event]
        } else {
            story.step(self.step).focus.events.to_vec()
        }
    }

    /// Cards to highlight: those the selected event changed, else the chosen card, else the
    /// step's focus.
    pub fn highlighted_relationships(&self, story: &Story) -> Vec<RelIx> {
        if let Some(event) = self.event {
            story.relationships_moved_by(event)
        } else if let Some(rel) = self.relationship {
            vec![rel]
        } else {
            story.step(self.step).focus.relationships.to_vec()
        }
    }

    /// The URL hash for this view (without `#`); empty for the start view.
    pub fn to_hash(self, story: &Story) -> String {
        self.to_hash_from(story, ViewState::start(story))
    }

    /// The URL hash for this view on a page that starts at `home` (a step's own page starts
    /// at that step): empty for `home` itself, which the page shows with no hash.
    pub fn to_hash_from(self, story: &Story, home: ViewState) -> String {
        if self == home {
            return String::new();
        }
        let mut parts: Vec<String> = Vec::new();
        parts.push("step=".to_string() + story.step(self.step).id);
        if let Some(event) = self.event {
            parts.push("event=".to_string() + story.event(event).id);
        }
        if let Some(rel) = self.relationship {
            parts.push("rel=".to_string() + story.relationship(rel).id);
        }
        if self.as_of != self.implied_as_of(story) {
            parts.push("asof=".to_string() + &self.as_of.iso());
        }
        if let Some(actor) = self.actor {
            parts.push("actor=".to_string() + story.actor(actor).id);
        }
        parts.join("&")
    }

    /// Reads a URL hash (with or without `#`). `None` when it is not a valid view of this
    /// story: anything unknown, repeated, malformed or oversized.
    pub fn from_hash(story: &Story, hash: &str) -> Option<ViewState> {
        ViewState::from_hash_at(story, hash, ViewState::start(story))
    }

    /// Reads a URL hash on a page that starts at `home`: no hash is `home`, and a hash that
    /// names no step keeps `home`'s step. The hash wins over the page: `#step=2` on step 7's
    /// page opens step 2.
    pub fn from_hash_at(story: &Story, hash: &str, home: ViewState) -> Option<ViewState> {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        if hash.is_empty() {
            return Some(home);
        }
        if hash.len() > MAX_HASH_LEN {
            return None;
        }
        let (mut step, mut event, mut rel, mut as_of, mut actor) = (None, None, None, None, None);
        for part in hash.split('&') {
            let (key, value) = part.split_once('=')?;
            match key {
                // A step's id (or a removed step's, which its successor holds); a number, as
                // links had before they named steps, by the order they were made in.
                "step" if step.is_none() => {
                    step = Some(if value.bytes().all(|b| b.is_ascii_digit()) {
                        story.numbered_step(value.parse().ok().filter(|_| value.len() <= 4)?)?
                    } else {
                        story.find_step(value)?
                    });
                }
                "event" if event.is_none() => event = Some(story.find_event(value)?),
                "rel" if rel.is_none() => rel = Some(story.find_relationship(value)?),
                "asof" if as_of.is_none() => as_of = Some(Date::parse(value).ok()?),
                "actor" if actor.is_none() => actor = Some(story.find_actor(value)?),
                _ => return None,
            }
        }
        let mut view = ViewState {
            step: step.unwrap_or(home.step),
            event,
            relationship: rel,
            as_of: Date::year(1),
            actor,
        };
        view.as_of = as_of.unwrap_or_else(|| view.implied_as_of(story));
        Some(view)
    }
}
