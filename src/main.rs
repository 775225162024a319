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
