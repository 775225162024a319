//! The browser entry point: hydrates the prerendered explainer.

// SAFETY: the browser build is single-threaded (no wasm threads or shared memory), which is
// the condition AssumeSingleThreaded requires. A smaller allocator than std's keeps the
// first load inside its size budget; the app makes few, small allocations.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    #[cfg(target_arch = "wasm32")]
    explainer::start();
}

/// Mounts the explainer into an element of a host page (used by `embed.js`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    explainer::mount(root);
}

/// Test hook: panics, so the browser tests can check that a panic leaves the prerendered story
/// readable with a notice (tests/browser/fallbacks.spec.mjs). Calling it breaks only the
/// calling page's own copy of the app, which anyone can already do from the console.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn test_panic() {
    panic!("deliberate panic (test hook)");
}
