//! The site build, on top of the app's server rendering: finishes Trunk's output into the
//! published site (every page of every language prerendered, with its preview image, CSP,
//! oEmbed and `embed.js`), and the editors' checker and live preview's renderer.

pub mod postbuild;
pub mod preview;
