//! The site build, on top of the app's server rendering: finishes Trunk's output into the
//! published site (every page of every language prerendered, with its preview image, CSP,
//! oEmbed and `embed.js`), and the editors' checker and live preview's renderer (`src/bin`).

pub mod assets;
pub mod csp;
pub mod css;
pub mod embed;
pub mod files;
pub mod finish;
pub mod json;
pub mod languages;
pub mod pages;
pub mod preview;
pub mod redirects;
pub mod rewrite;
pub mod sitemap;
pub mod text;
pub mod urls;

#[cfg(test)]
mod tests {
    use crate::assets::{inline_assets, move_wasm_integrity};
    use crate::pages::insert_app;
    use crate::rewrite::find_tags;

    #[test]
    fn never_panics_on_broken_markup() {
        for page in [
            "<",
            "<meta",
            "<meta name=",
            "<meta name=\"explainer-app",
            "<link rel=preload href=x.wasm integrity=\"",
            "<div id=app></div",
        ] {
            let _ = move_wasm_integrity(page);
            let _ = insert_app(page, "x");
            let _ = find_tags(page, "meta");
            let _ = inline_assets(page, |_| Some(String::new()));
        }
    }
}
