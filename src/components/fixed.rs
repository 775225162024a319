//! The parts of a view that never change after the build: its words, ready-made markup and
//! fixed attributes, rendered natively into the page and hydrated, never made, by the wasm.

use yew::prelude::*;

use crate::locale::Words;
use crate::model::Story;

/// The interface's words in the story's language (`locales/<lang>.ftl`). Only ever asked for
/// inside [`fixed`] parts: the wasm carries no words.
pub fn words(story: &Story) -> &'static Words {
    crate::locale::words(story.meta.lang)
}

/// Markup the story carries ready-made (`Story::html`): inserted as it is. Only ever given
/// strings made by `explainer_content::static_html` when the story was loaded, where every text
/// was escaped; never anything from the URL, a message or the DOM.
pub fn raw(html: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(html))
}

/// Markup that never changes after the build. Natively (the prerender, tests) it is
/// `markup()`, its first and last elements marked `data-fixed` (`from`/`to`, or empty for
/// one element), which the post-build step turns into a raw region
/// (`crate::ssr::fixed_regions`); the wasm hydrates that region as an empty raw node
/// and keeps the page's nodes. In the wasm `markup` is never called, so neither its code nor
/// the words it reads are compiled in. Its nodes are made once, at hydration: a `fixed` part
/// must never sit behind a condition that changes or in a list that filters or reorders.
pub fn fixed(markup: impl FnOnce() -> Html) -> Html {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = markup;
        Html::from_html_unchecked(AttrValue::Static(""))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        mark_fixed(markup())
    }
}

/// Text that never changes after the build (see [`fixed`]).
pub fn fixed_text(text: impl FnOnce() -> String) -> Html {
    fixed(|| Html::from(text()))
}

/// An attribute value that never changes after the build: rendered into the page, absent
/// from the wasm's markup (so hydration leaves the page's value alone).
pub fn fixed_attr<T: Into<AttrValue>>(value: impl FnOnce() -> T) -> Option<AttrValue> {
    fixed_attr_if(|| Some(value()))
}

/// An optional attribute that never changes after the build (see [`fixed_attr`]).
pub fn fixed_attr_if<T: Into<AttrValue>>(value: impl FnOnce() -> Option<T>) -> Option<AttrValue> {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = value;
        None
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        value().map(Into::into)
    }
}

/// Marks a fixed part's edges for the post-build step (native builds only).
#[cfg(not(target_arch = "wasm32"))]
fn mark_fixed(mut html: Html) -> Html {
    use std::rc::Rc;
    use yew::virtual_dom::VNode;
    /// The first (or last) element of `node`, skipping empty lists (an `if` without `else`).
    fn edge(node: &mut VNode, first: bool) -> Option<&mut VNode> {
        match node {
            VNode::VTag(_) => Some(node),
            VNode::VList(list) => {
                let children = Rc::make_mut(list);
                let filled = |n: &VNode| !matches!(n, VNode::VList(l) if l.is_empty());
                let at = if first {
                    children.iter().position(filled)
                } else {
                    children.iter().rposition(filled)
                }?;
                edge(&mut children[at], first)
            }
            other => panic!("a fixed part must begin and end with an element, not {other:?}"),
        }
    }
    fn mark(node: &mut VNode, value: &'static str) {
        use yew::virtual_dom::AttributeOrProperty;
        if let VNode::VTag(tag) = node {
            // yew's map form of attributes skips the macro's static values when it renders
            // (yew 0.23), so they become ordinary ones before the mark is added.
            let map = Rc::make_mut(tag).attributes.get_mut_index_map();
            for value in map.values_mut() {
                if let AttributeOrProperty::Static(text) = *value {
                    *value = AttributeOrProperty::Attribute(AttrValue::Static(text));
                }
            }
            map.insert(
                AttrValue::Static("data-fixed"),
                AttributeOrProperty::Attribute(AttrValue::Static(value)),
            );
        }
    }
    match html {
        // Text and ready-made markup become a raw node, which yew marks itself.
        VNode::VText(text) => {
            Html::from_html_unchecked(crate::model::escape_text(&text.text).into())
        }
        VNode::VRaw(_) => html,
        _ => {
            let Some(first) = edge(&mut html, true) else {
                return Html::from_html_unchecked(AttrValue::Static(""));
            };
            mark(first, "from");
            let first: *const VNode = first;
            let last = edge(&mut html, false).expect("a first element is also a last");
            let single = std::ptr::eq(first, last);
            mark(last, if single { "" } else { "to" });
            html
        }
    }
}
