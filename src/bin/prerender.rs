//! Finishes a built `index.html` (Trunk's post-build hook, `scripts/prerender.sh`): writes the
//! server-rendered explainer (its start view) into it, so the page is readable before the wasm
//! arrives, without JavaScript and to search engines (the wasm then hydrates it), refreshes
//! the integrity hashes of files the hook changed after Trunk (minified JS), inlines the
//! stylesheet and loader (each would cost a round trip before the first paint), and moves the
//! wasm's integrity hash to where the loader enforces it. See `explainer::postbuild`.
//!
//!     prerender path/to/index.html

use std::process::ExitCode;

use explainer::postbuild::{inline_assets, insert_app, move_wasm_integrity, refresh_integrity};
use explainer::{App, AppProps, StoryRef, STORY};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender path/to/index.html");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("prerender: cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    let app = runtime.block_on(
        yew::ServerRenderer::<App>::with_props(|| AppProps {
            story: StoryRef(&STORY),
        })
        .hydratable(true)
        .render(),
    );
    let dir = std::path::Path::new(&path)
        .parent()
        .unwrap_or(std::path::Path::new("."))
        .to_path_buf();
    let page = refresh_integrity(&page, |url| {
        let name = url.strip_prefix("./").unwrap_or(url);
        (!name.contains('/'))
            .then(|| std::fs::read(dir.join(name)).ok())
            .flatten()
    });
    let read_local = |url: &str| {
        let name = url.strip_prefix("./").unwrap_or(url);
        (!name.contains('/'))
            .then(|| std::fs::read_to_string(dir.join(name)).ok())
            .flatten()
    };
    let (page, _inlined) = inline_assets(&page, read_local);
    let page = match insert_app(&page, &app).and_then(|page| move_wasm_integrity(&page)) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("prerender: {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = std::fs::write(&path, page) {
        eprintln!("prerender: cannot write {path}: {error}");
        return ExitCode::FAILURE;
    }
    println!(
        "prerender: wrote the start view into {path} ({} bytes of HTML)",
        app.len()
    );
    ExitCode::SUCCESS
}
