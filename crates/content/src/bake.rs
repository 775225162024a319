//! The story as Rust: what the app's build script writes for the app to compile in.

use explainer_model::Story;

/// The story as a Rust expression of type `explainer_model::Story`, which the build compiles
/// into the app as static data: the browser gets the story without a parser.
pub fn story_to_rust(story: &Story) -> String {
    use databake::Bake;
    story.bake(&databake::CrateEnv::default()).to_string()
}
