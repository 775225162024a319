//! The smallest Yew app that does what the explainer's runtime must: hydrate, keep state in a
//! reducer, handle a click and run an effect (see `Cargo.toml`).

use std::rc::Rc;
use yew::prelude::*;

// SAFETY: single-threaded wasm, as in the explainer.
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[derive(Clone, PartialEq)]
struct Model {
    step: usize,
}

impl Reducible for Model {
    type Action = usize;
    fn reduce(self: Rc<Self>, step: usize) -> Rc<Self> {
        Rc::new(Model { step })
    }
}

#[component]
fn App() -> Html {
    let model = use_reducer(|| Model { step: 0 });
    let onclick = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(model.step + 1))
    };
    use_effect_with(model.step, |_| ());
    html! {
        <div class="app" {onclick}>
            <ol>
                { for (0..13).map(|i| html! {
                    <li aria-current={(i == model.step).then_some("step")}>
                        { Html::from_html_unchecked(AttrValue::Static("")) }
                    </li>
                }) }
            </ol>
            <button>{ "Next" }</button>
        </div>
    }
}

fn main() {
    if let Some(root) = gloo::utils::document().get_element_by_id("app") {
        yew::Renderer::<App>::with_root(root).hydrate();
    }
}
