//! The browser entry point: mounts the explainer.

fn main() {
    #[cfg(target_arch = "wasm32")]
    explainer::start();
}
