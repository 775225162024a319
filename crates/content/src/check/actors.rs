//! The actors, and where an editor put any of them on the map.

use explainer_model::{Actor, ActorKind};

use super::refs::*;
use super::values::*;
use crate::diagnostics::Report;
use crate::raw::{RawActor, Sp};

/// Each actor's place on the map where an editor set one (`None` otherwise).
pub(crate) type MapAt = Vec<Option<(f32, f32)>>;

pub(crate) fn check_actors(
    report: &mut Report,
    raw: &[Sp<RawActor>],
    ids: &mut Ids,
) -> (Vec<Actor>, MapAt) {
    let mut actors = Vec::new();
    let mut places = Vec::new();
    for (a, id, item) in entries(report, "actors", raw, |x| &x.id, NO_ACTORS) {
        let name = text(report, &item, &a.name, "name", "the actor's full name");
        let short = opt_text(report, &item, &a.short, "short", "a short name").unwrap_or(name);
        let note = opt_text(report, &item, &a.note, "note", "a line about the actor");
        let kind = choice(&a.kind).unwrap_or(ActorKind::Group);
        places.push(a.map_at.as_ref().and_then(|at| match at.get().as_slice() {
            &[x, y] if (-1.0..=1.0).contains(&x) && (-1.0..=1.0).contains(&y) => {
                Some((x as f32, y as f32))
            }
            _ => {
                report.problem(
                    Some(at.span()),
                    &item.name,
                    "`map_at` is not two numbers from -1 to 1",
                    "write `map_at = [x, y]`, each from -1 (left, top) to 1 (right, bottom), or remove the line",
                );
                None
            }
        }));
        ids.actors.push(id);
        actors.push(Actor {
            id,
            name,
            short,
            note,
            kind,
        });
    }
    (actors, places)
}
