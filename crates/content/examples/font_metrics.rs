//! Writes the map's font metrics (`crates/model/src/metrics.rs`): for each character the map
//! may draw, the widest advance among the given font files, in thousandths of an em. The map
//! is laid out with these widths, so that it holds in any of the faces a reader's `system-ui`
//! or `sans-serif` may be. Run again when the faces change:
//!
//!     cargo run -p explainer-content --example font_metrics -- FONT.ttf... > /tmp/m.rs
//!     mv /tmp/m.rs crates/model/src/metrics.rs && cargo fmt
//!
//! Arabic letters are measured only in the faces named for Arabic (the page asks for those
//! first, `:lang(fa)`). The table in the repository was made from Debian's bold faces of DejaVu Sans
//! (`fonts-dejavu-core`), Liberation Sans (`fonts-liberation2`), Noto Sans, Noto Sans Arabic
//! and Noto Naskh Arabic (`fonts-noto-core`).

/// The blocks measured: Latin, punctuation and symbols, Cyrillic, Arabic, the stance icons.
const RANGES: &[(u32, u32)] = &[
    (0x20, 0x7E),
    (0xA0, 0x17F),
    (0x400, 0x45F),
    (0x600, 0x6FF),
    (0x2000, 0x206F),
    (0x2190, 0x21FF),
    (0x2500, 0x25FF),
    (0x2600, 0x27BF),
];

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    assert!(!files.is_empty(), "usage: font_metrics FONT.ttf...");
    let data: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(f).unwrap_or_else(|e| panic!("{f}: {e}")))
        .collect();
    let faces: Vec<ttf_parser::Face> = data
        .iter()
        .zip(&files)
        .map(|(d, f)| ttf_parser::Face::parse(d, 0).unwrap_or_else(|e| panic!("{f}: {e}")))
        .collect();
    let names: Vec<&str> = files
        .iter()
        .map(|f| f.rsplit('/').next().unwrap_or(f))
        .collect();
    println!(
        "//! The map's font metrics, written by `crates/content/examples/font_metrics.rs` (see"
    );
    println!(
        "//! there): for each block, each character's widest advance among {} faces,",
        faces.len()
    );
    println!(
        "//! in thousandths of an em (0: no face has it). Faces: {}.",
        names.join(", ")
    );
    println!();
    println!("/// Each block: its first character and its characters' widths.");
    println!("pub const ADVANCES: &[(u32, &[u16])] = &[");
    for &(start, end) in RANGES {
        let widths: Vec<String> = (start..=end)
            .map(|c| {
                char::from_u32(c)
                    .map(|ch| {
                        faces
                            .iter()
                            .zip(&names)
                            // Arabic script is drawn in the faces made for it (the page
                            // asks for them first), not in a Latin face's Arabic.
                            .filter(|(_, name)| {
                                !(0x600..=0x6FF).contains(&c) || name.contains("Arabic")
                            })
                            .filter_map(|(face, _)| {
                                let glyph = face.glyph_index(ch)?;
                                let advance = face.glyph_hor_advance(glyph)?;
                                Some(
                                    (u32::from(advance) * 1000)
                                        .div_ceil(u32::from(face.units_per_em())),
                                )
                            })
                            .max()
                            .unwrap_or(0)
                    })
                    .unwrap_or(0)
                    .to_string()
            })
            .collect();
        println!("    ({start:#x}, &[");
        for chunk in widths.chunks(16) {
            println!("        {},", chunk.join(", "));
        }
        println!("    ]),");
    }
    println!("];");
}
