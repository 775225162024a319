//! What hosts embed: the plain iframe snippet, the oEmbed description, and `embed.js` (the
//! host loader, filled in with the hashed names of what it loads and their integrity) with
//! `embed-child.js` (a frame's side), both given the host's type and accent (`embed-look.js`).

use std::path::Path;

use serde::Serialize;

use explainer_model::{escape_html, page_path, Story};

use crate::assets::{integrity_of, rem_to_px};
use crate::files::{read, write};
use crate::json::to_json;
use crate::rewrite::first_tag;
use crate::text::{preview_text, PREVIEW_TITLE_CHARS};

/// The height an embed reserves before it knows its content's (a phone-width layout of the
/// start view is taller than this; the frame grows when it reports its height).
pub const EMBED_HEIGHT: u32 = 1400;

/// The plain iframe snippet for hosts that allow no script: fixed height, scrolls inside.
pub fn iframe_snippet(public_url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}?embed\" title=\"{}\" width=\"100%\" height=\"{EMBED_HEIGHT}\" \
         style=\"border:0;max-width:100%\" loading=\"lazy\" allow=\"clipboard-write; web-share\"></iframe>",
        escape_html(public_url),
        escape_html(title)
    )
}

/// The oEmbed (type "rich") description of the explainer.
pub fn oembed_json(public_url: &str, title: &str, provider: &str) -> String {
    #[derive(Serialize)]
    struct OEmbed<'a> {
        version: &'a str,
        r#type: &'a str,
        title: &'a str,
        provider_name: &'a str,
        provider_url: &'a str,
        html: &'a str,
        width: u32,
        height: u32,
    }
    let oembed = OEmbed {
        version: "1.0",
        r#type: "rich",
        title,
        provider_name: provider,
        provider_url: public_url,
        html: &iframe_snippet(public_url, title),
        width: 800,
        height: EMBED_HEIGHT,
    };
    to_json(&oembed) + "\n"
}

/// The prerendered explainer (the start view, as in `index.html`'s `#app`) for the script
/// mount to hydrate: a fragment, never a page of its own.
pub const MOUNT_MARKUP: &str = "app-markup.html";

/// What `embed.js` needs of a language's mount: its story, its prerendered markup and its
/// steps'.
pub struct Mount {
    pub story: &'static Story,
    /// The prerendered start view (`app-markup.html` in the language's folder).
    pub markup: String,
    /// The integrity hash of each step's prerendered markup (`app-markup.html` in the step's
    /// folder), in the story's order.
    pub steps: Vec<String>,
}

/// Fills in `embed.js` in the site's folder `dir` (the host loader, `static/embed.js` as
/// copied by Trunk) with the hashed names of what it loads and their integrity hashes, as the
/// built page `template` names them; writes the shadow-root mount's stylesheet beside the
/// page's (`stylesheet`, its URL). `mounts` are every language's, the original first.
pub fn write_loader(
    dir: &Path,
    template: &str,
    stylesheet: &str,
    mounts: &[Mount],
    title: &str,
) -> Result<(), String> {
    let meta =
        first_tag(template, "meta[name=explainer-app]").ok_or("the page has no loader meta tag")?;
    let js_integrity = first_tag(template, "link[rel=modulepreload]")
        .and_then(|t| t.get("integrity").map(str::to_string))
        .unwrap_or_default();
    // The mount's stylesheet: the page's, with rem turned to px (see rem_to_px).
    let css_name = stylesheet.trim_start_matches("./");
    let mount_css_name = css_name.replace(".css", ".mount.css");
    let mount_css = rem_to_px(&read(&dir.join(css_name))?);
    write(&dir.join(&mount_css_name), &mount_css)?;

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Assets<'a> {
        css: &'a str,
        css_integrity: String,
        js: &'a str,
        js_integrity: String,
        wasm: &'a str,
        wasm_integrity: &'a str,
        markup: &'a str,
        markup_integrity: String,
        share_integrity: String,
        title: &'a str,
        height: u32,
        steps: Ordered<&'static str, (String, String)>,
    }
    let local = |name: &str| meta.get(name).unwrap_or("").trim_start_matches("./");
    let assets = Assets {
        css: &mount_css_name,
        css_integrity: integrity_of(mount_css.as_bytes()),
        js: local("data-js"),
        js_integrity,
        wasm: local("data-wasm"),
        wasm_integrity: meta.get("data-wasm-integrity").unwrap_or(""),
        markup: MOUNT_MARKUP,
        markup_integrity: integrity_of(mounts[0].markup.as_bytes()),
        share_integrity: integrity_of(read(&dir.join("share.js"))?.as_bytes()),
        title,
        height: EMBED_HEIGHT,
        steps: steps_of(&mounts[0]),
    };

    /// A translation a host may ask for with `data-lang`: its folder, its markup's hash, its
    /// title and what to say when it cannot load.
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Lang {
        path: &'static str,
        markup_integrity: String,
        title: String,
        failed: String,
        steps: Ordered<&'static str, (String, String)>,
    }
    // By language tag, in the site's order.
    let langs = Ordered(
        mounts[1..]
            .iter()
            .map(|mount| {
                let meta = &mount.story.meta;
                let lang = Lang {
                    path: meta.path,
                    markup_integrity: integrity_of(mount.markup.as_bytes()),
                    title: preview_text(meta.headline, PREVIEW_TITLE_CHARS),
                    failed: explainer_locale::words(meta.lang).msg("embed-failed"),
                    steps: steps_of(mount),
                };
                (meta.lang, lang)
            })
            .collect(),
    );
    let path = dir.join("embed.js");
    let embed = read(&path)?
        .replace("__ASSETS__", &to_json(&assets))
        .replace("__LANGS__", &to_json(&langs))
        .replace("__LOOK__", LOOK);
    write(&path, &embed)?;
    let child = dir.join("embed-child.js");
    write(&child, &read(&child)?.replace("__LOOK__", LOOK))
}

/// A mount's steps for `data-step`, by id and by each alias (a removed step's id): the folder
/// of the step's markup and its integrity hash.
fn steps_of(mount: &Mount) -> Ordered<&'static str, (String, String)> {
    let story = mount.story;
    Ordered(
        story
            .steps
            .iter()
            .zip(&mount.steps)
            .flat_map(|(step, integrity)| {
                let entry = (page_path(story, Some(step.id)), integrity.clone());
                std::iter::once(step.id)
                    .chain(step.aliases.iter().copied())
                    .map(move |name| (name, entry.clone()))
            })
            .collect(),
    )
}

/// Pairs written as a JSON object, in their order.
struct Ordered<K, V>(Vec<(K, V)>);

impl<K: Serialize, V: Serialize> Serialize for Ordered<K, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(key, value)| (key, value)))
    }
}

/// The host's type and accent colour's check (`static/embed-look.js`), which both the script
/// mount's loader (`embed.js`) and a frame's side (`embed-child.js`) run: written into each.
pub const LOOK: &str = include_str!("../../../static/embed-look.js");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_accent_is_checked_against_the_stylesheets_own_backgrounds() {
        let css = include_str!("../../../static/explainer.css");
        let colours = |name| crate::css::palette_colours(css, name).expect(name);
        let (bg, surface) = (colours("bg"), colours("surface"));
        let hex = |colour: &str| colour.trim_start_matches('#').to_string();
        let expected = format!(
            "light: ['{}', '{}'], dark: ['{}', '{}']",
            hex(&bg.0),
            hex(&surface.0),
            hex(&bg.1),
            hex(&surface.1)
        );
        assert!(
            LOOK.contains(&expected),
            "embed-look.js should say {expected}"
        );
    }

    #[test]
    fn oembed_is_rich_and_escaped() {
        let json = oembed_json("https://x.example/e/", "A \"B\" <c>", "P");
        assert!(json.contains("\"type\":\"rich\""));
        assert!(json.contains("A \\\"B\\\" \\u003cc>"), "{json}");
        assert!(
            json.contains("src=\\\"https://x.example/e/?embed\\\""),
            "{json}"
        );
        assert!(!json.contains('<'));
    }
}
