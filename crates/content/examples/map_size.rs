//! Prints the stage map's size for a content file: `cargo run -p explainer-content --example map_size -- content/story.toml`.
fn main() {
    let file = std::env::args()
        .nth(1)
        .unwrap_or("content/story.toml".into());
    let text = std::fs::read_to_string(&file).expect("readable");
    let story = explainer_content::load_story(&file, &text).expect("a good story");
    println!("{} x {}", story.map.width, story.map.height);
    for n in story.map.nodes {
        println!(
            "  {} ({}, {}) {:?}",
            story.actor(n.actor).id,
            n.x,
            n.y,
            n.label
        );
    }
    for e in story.map.edges {
        println!("  {} {:?}", story.relationship(e.rel).id, e.label);
    }
}
