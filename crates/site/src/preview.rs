//! The preview image of a page (1200×630 PNG): what a messaging app or a social network shows
//! beside a shared link. It shows the step's title and date, the story's headline, and the
//! stage's relationship map as of the step's date, laid out as the stage lays it out (the
//! build's `Story::map`: the step's frame, every edge drawn by its stance in colour, line and
//! words, the step's own standing out), in the page's light colours (read from
//! `static/explainer.css`, so the two never drift apart).
//!
//! Drawn natively by the post-build step: the picture is written as SVG and rasterised by
//! resvg, with the bundled font (`assets/fonts`) and no other, so an image is the same on
//! every machine. The stage's own SVG is not reused as it is: its colours, and which of its
//! labels show, come from the page's CSS (custom properties, `:is()`, `:not()`), which a
//! rasteriser does not run; the rules are applied here instead.

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::text::preview_text;
use explainer_locale::map_text;
use explainer_locale::{words, Arg};
use explainer_model::map::{
    label_lines, node_label, text_width, wrap as map_wrap, DASHES, DASH_NONE, MAP_FONT, MAP_LINE,
    NODE_RADIUS,
};
use explainer_model::{escape_text, Stance, Story};

/// The image's width and height, in pixels (the size Open Graph and Twitter cards ask for).
pub const SIZE: (u32, u32) = (1200, 630);

const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSansCondensed.ttf");
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSansCondensed-Bold.ttf");
/// The bundled font's family name (its typographic family: the faces are its condensed
/// width, the only one in the image's font database).
const FAMILY: &str = "DejaVu Sans";
const ARABIC_REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf");
const ARABIC_BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSansArabic-Bold.ttf");
/// The face for Arabic script (Dari), first in a right-to-left story's images.
const ARABIC_FAMILY: &str = "Noto Sans Arabic";

/// Whether `c` is Arabic script (drawn, and measured, in the Arabic face).
fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}
const STYLESHEET: &str = include_str!("../../../static/explainer.css");

/// What a preview image says, besides its map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// A short line above the title ("Step 4 of 13").
    pub kicker: String,
    /// The title (the step's, or the headline on the main page's image).
    pub title: String,
    /// The line under the title ("As of April 2025").
    pub date_line: String,
    /// The line at the foot (the headline, or the standfirst).
    pub footer: String,
    /// Whose map: the step's frame and stances as of its date.
    pub step: usize,
}

impl Preview {
    /// Step `step`'s image: "Step 4 of 13", its title, "As of" its date, the headline.
    pub fn of_step(story: &Story, step: usize) -> Preview {
        let w = words(story.meta.lang);
        let date = story.step(step).focus.as_of;
        Preview {
            kicker: w.msg_with(
                "step-count",
                &[
                    ("n", Arg::Number(step as i64 + 1)),
                    ("total", Arg::Number(story.steps.len() as i64)),
                ],
            ),
            title: story.step(step).title.to_string(),
            date_line: w.msg_with("as-of", &[("date", Arg::Date(date))]),
            footer: story.meta.headline.to_string(),
            step,
        }
    }

    /// The main page's image: the kicker, the headline, the day the source was published,
    /// the standfirst, and the first step's map.
    pub fn of_story(story: &Story) -> Preview {
        Preview {
            kicker: story.meta.kicker.to_string(),
            title: story.meta.headline.to_string(),
            date_line: words(story.meta.lang).date(story.meta.published),
            footer: story.meta.standfirst.to_string(),
            step: 0,
        }
    }

    /// What the image shows, in words (its `og:image:alt`).
    pub fn alt(&self) -> String {
        format!(
            "{}: {}. {}. A map of the relationships at that date.",
            self.kicker, self.title, self.date_line
        )
    }
}

/// The page's light colours, from the stylesheet's first (light) definition of each.
struct Palette {
    bg: String,
    surface: String,
    ink: String,
    muted: String,
    rule: String,
    accent: String,
    /// By warmth (`Stance::warmth`), then "none".
    warmth: [String; 6],
}

/// The light theme's colour of the custom property `--name` (crate::css::palette_colours).
fn css_var(name: &str) -> String {
    crate::css::palette_colours(STYLESHEET, name)
        .map_or_else(|| "#808080".to_string(), |(light, _)| light)
}

/// The palette, read from the stylesheet once.
fn palette() -> &'static Palette {
    static PALETTE: OnceLock<Palette> = OnceLock::new();
    PALETTE.get_or_init(|| Palette {
        bg: css_var("bg"),
        surface: css_var("surface"),
        ink: css_var("ink"),
        muted: css_var("muted"),
        rule: css_var("rule"),
        accent: css_var("accent"),
        warmth: ["w0", "w1", "w2", "w3", "w4", "wn"].map(css_var),
    })
}

/// The bundled faces, parsed once: regular and bold, then the Arabic face's.
type Faces = [ttf_parser::Face<'static>; 4];
fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| {
        let parse = |data| ttf_parser::Face::parse(data, 0).expect("the bundled font parses");
        [
            parse(REGULAR),
            parse(BOLD),
            parse(ARABIC_REGULAR),
            parse(ARABIC_BOLD),
        ]
    })
}

/// The face `c` is drawn in.
fn face_of(c: char, bold: bool) -> &'static ttf_parser::Face<'static> {
    &faces()[usize::from(is_arabic(c)) * 2 + usize::from(bold)]
}

/// Whether the bundled fonts draw `c` (else the image would show a box).
pub fn font_has(c: char) -> bool {
    face_of(c, false).glyph_index(c).is_some() && face_of(c, true).glyph_index(c).is_some()
}

/// How wide `text` is in the bundled fonts at `size` pixels (advances of unjoined letters,
/// no kerning: a little wider than drawn, never narrower).
fn width(text: &str, size: f32, bold: bool) -> f32 {
    text.chars()
        .map(|c| {
            let face = face_of(c, bold);
            let units = face
                .glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(face.units_per_em(), |a| a);
            f32::from(units) * size / f32::from(face.units_per_em())
        })
        .sum()
}

/// `text` in lines at most `max_width` wide, at most `max_lines` of them, and whether it was
/// cut (then the last line ends in "…"); a word wider than a line is broken where it must be.
fn wrap_cut(
    text: &str,
    size: f32,
    bold: bool,
    max_width: f32,
    max_lines: usize,
) -> (Vec<String>, bool) {
    let fits = |line: &str| width(line, size, bold) <= max_width;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut cut = false;
    'words: for word in text.split_whitespace() {
        let joined = if line.is_empty() {
            word.to_string()
        } else {
            [line.as_str(), " ", word].concat()
        };
        if fits(&joined) {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            if lines.len() == max_lines {
                cut = true;
                break 'words;
            }
            line.push(c);
            if !fits(&line) {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
        if lines.len() == max_lines {
            cut = true;
            break;
        }
    }
    if !line.is_empty() {
        if lines.len() < max_lines {
            lines.push(line);
        } else {
            cut = true;
        }
    }
    if cut {
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && !fits(&[last.as_str(), "…"].concat()) {
                last.pop();
            }
            *last = [last.trim_end(), "…"].concat();
        }
    }
    (lines, cut)
}

/// The lines of [`wrap_cut`].
fn wrap(text: &str, size: f32, bold: bool, max_width: f32, max_lines: usize) -> Vec<String> {
    wrap_cut(text, size, bold, max_width, max_lines).0
}

/// The attribute that ends an SVG text at its `x`, for a right-to-left line (empty for left
/// to right). resvg orders the letters of each line by the Unicode bidirectional algorithm
/// but does not take `direction` for alignment.
fn direction(rtl: bool) -> &'static str {
    if rtl {
        " text-anchor=\"end\""
    } else {
        ""
    }
}

/// Lines of text from `top` (the first baseline), `step` apart; right to left from `x` when
/// `rtl`.
fn text_lines(
    out: &mut String,
    lines: &[String],
    (x, top, step, rtl): (f32, f32, f32, bool),
    (size, bold, fill): (f32, bool, &str),
) {
    for (i, line) in lines.iter().enumerate() {
        let _ = write!(
            out,
            "<text x=\"{x}\" y=\"{}\" font-size=\"{size}\" font-weight=\"{}\" fill=\"{fill}\"{}>{}</text>",
            top + i as f32 * step,
            if bold { 700 } else { 400 },
            direction(rtl),
            escape_text(line)
        );
    }
}

/// The image as SVG.
pub fn svg(story: &Story, preview: &Preview) -> String {
    let p = palette();
    let (w, h) = SIZE;
    let rtl = words(story.meta.lang).rtl;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         font-family=\"{family}\"><rect width=\"{w}\" height=\"{h}\" fill=\"{bg}\"/>\
         <rect width=\"{w}\" height=\"12\" fill=\"{accent}\"/>",
        bg = p.bg,
        accent = p.accent,
        family = if rtl {
            [ARABIC_FAMILY, ", ", FAMILY].concat()
        } else {
            FAMILY.to_string()
        },
    );

    // The words, on the left (on the right, right to left, in a right-to-left language; the
    // map then on the left).
    let (left, column) = (if rtl { w as f32 - 64.0 } else { 64.0 }, 500.0);
    let kicker = wrap(&preview_text(&preview.kicker, 80), 26.0, true, column, 1);
    text_lines(
        &mut out,
        &kicker,
        (left, 92.0, 0.0, rtl),
        (26.0, true, &p.accent),
    );
    let title = preview_text(&preview.title, 160);
    // The largest size at which the title fits in four lines.
    let (size, lines) = [58.0, 50.0, 44.0, 38.0]
        .into_iter()
        .map(|size| (size, wrap_cut(&title, size, true, column, 4)))
        .find(|(size, (_, cut))| !cut || *size == 38.0)
        .map(|(size, (lines, _))| (size, lines))
        .expect("the smallest size is always taken");
    let line_height = size * 1.14;
    let title_top = 120.0 + size;
    text_lines(
        &mut out,
        &lines,
        (left, title_top, line_height, rtl),
        (size, true, &p.ink),
    );
    let date_top = title_top + (lines.len() as f32 - 1.0) * line_height + 56.0;
    let date = wrap(
        &preview_text(&preview.date_line, 80),
        30.0,
        false,
        column,
        1,
    );
    text_lines(
        &mut out,
        &date,
        (left, date_top, 0.0, rtl),
        (30.0, false, &p.muted),
    );
    let footer = wrap(&preview_text(&preview.footer, 240), 24.0, false, column, 3);
    let footer_top = 566.0 - (footer.len() as f32 - 1.0) * 30.0;
    let _ = write!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"64\" height=\"4\" fill=\"{}\"/>",
        if rtl { left - 64.0 } else { left },
        footer_top - 40.0,
        p.rule
    );
    text_lines(
        &mut out,
        &footer,
        (left, footer_top, 30.0, rtl),
        (24.0, false, &p.muted),
    );

    // The map, on the right, in a panel: the whole map, as every step of the stage shows it,
    // fitted inside the panel with room around it (nothing cut).
    let (pw, ph) = (544.0_f32, 518.0_f32);
    let (px, py) = (if rtl { w as f32 - 600.0 - pw } else { 600.0 }, 56.0_f32);
    let (fw, fh) = (
        f32::from(story.map.width.max(1)) + 24.0,
        f32::from(story.map.height.max(1)) + 24.0,
    );
    let (vw, vh) = if fw / fh > pw / ph {
        (fw, fw * ph / pw)
    } else {
        (fh * pw / ph, fh)
    };
    let (vx, vy) = (
        f32::from(story.map.width) / 2.0 - vw / 2.0,
        f32::from(story.map.height) / 2.0 - vh / 2.0,
    );
    let _ = write!(
        out,
        "<clipPath id=\"panel\"><rect x=\"{px}\" y=\"{py}\" width=\"{pw}\" height=\"{ph}\" rx=\"14\"/></clipPath>\
         <rect x=\"{px}\" y=\"{py}\" width=\"{pw}\" height=\"{ph}\" rx=\"14\" fill=\"{}\"/>\
         <g clip-path=\"url(#panel)\"><svg x=\"{px}\" y=\"{py}\" width=\"{pw}\" height=\"{ph}\" viewBox=\"{vx} {vy} {vw} {vh}\">",
        p.surface
    );
    if !story.steps.is_empty() {
        map(&mut out, story, preview.step, p);
    }
    let _ = write!(
        out,
        "</svg></g><rect x=\"{px}\" y=\"{py}\" width=\"{pw}\" height=\"{ph}\" rx=\"14\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/></svg>",
        p.rule
    );
    out
}

/// The stage's map at `step`, drawn as the page's CSS draws it (`.map` rules in
/// `static/explainer.css`).
fn map(out: &mut String, story: &Story, step: usize, p: &Palette) {
    let focus = story.step(step).focus;
    let date = focus.as_of;
    let w = words(story.meta.lang);
    let rtl = w.rtl;
    let mut labels = String::new();
    for edge in story.map.edges {
        let rel = story.relationship(edge.rel);
        let layers = story.layers_at(edge.rel, date);
        let lead = rel.lead(layers).map(|s| s.stance);
        let in_step = focus.relationships.contains(&edge.rel);
        let covered = rel.actors.iter().any(|&a| story.map.covered(a, step));
        if !in_step && (lead.is_none() || covered) {
            continue;
        }
        let colour = &p.warmth[lead.map_or(5, |s| usize::from(s.warmth()))];
        let (stroke, dash) = match lead.map(Stance::warmth) {
            None => (&p.muted, DASH_NONE),
            Some(w) => (colour, DASHES[usize::from(w)]),
        };
        let (a, b) = (
            story.map.node_at(rel.actors[0]),
            story.map.node_at(rel.actors[1]),
        );
        let _ = write!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{stroke}\" stroke-width=\"{}\" \
             stroke-dasharray=\"{dash}\"/>",
            a.0,
            a.1,
            b.0,
            b.1,
            if in_step { 5.0 } else { 1.5 },
        );
        if !in_step {
            continue;
        }
        // The label: the words of each line the date names, wrapped as the page wraps them,
        // in a box that holds just them, centred in the label's place.
        let label = edge.label;
        // What the page shows at this step (worked out at build time, `MapEdge::at_step`).
        let lines = label_lines(story, edge.rel);
        let rows: Vec<String> = (0..lines.len())
            .filter_map(|line| Some(lines[line][edge.shown(step, line)?]))
            .flat_map(|text| map_wrap(&map_text(w, text), label.w.saturating_sub(6)))
            .collect();
        let h = rows.len() as u16 * MAP_LINE + 6;
        let box_w = rows
            .iter()
            .map(|r| text_width(r, MAP_FONT))
            .max()
            .unwrap_or(0)
            .saturating_add(11)
            .min(label.w);
        let box_x = label.x + (label.w as i16 - box_w as i16) / 2;
        let box_y = label.y + (label.h as i16 - h as i16) / 2;
        if let Some(((x1, y1), (x2, y2))) = label.leader(a, b) {
            let _ = write!(
                labels,
                "<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" stroke=\"{colour}\" stroke-width=\"1.5\"/>"
            );
        }
        let _ = write!(
            labels,
            "<rect x=\"{box_x}\" y=\"{box_y}\" width=\"{box_w}\" height=\"{h}\" rx=\"3\" fill=\"{}\" stroke=\"{colour}\" stroke-width=\"2.5\"{}/>",
            p.surface,
            if edge.claim(step) { " stroke-dasharray=\"6 3\"" } else { "" },
        );
        let x = if rtl {
            box_x + box_w as i16 - 5
        } else {
            box_x + 5
        };
        for (i, row) in rows.iter().enumerate() {
            let _ = write!(
                labels,
                "<text x=\"{x}\" y=\"{}\" font-size=\"{MAP_FONT}\" font-weight=\"600\" fill=\"{}\"{}>{}</text>",
                box_y + 3 + MAP_FONT as i16 + i as i16 * MAP_LINE as i16,
                p.ink,
                direction(rtl),
                escape_text(row),
            );
        }
    }
    out.push_str(&labels);
    for node in story.map.nodes {
        if story.map.covered(node.actor, step) {
            continue;
        }
        let actor = story.actor(node.actor);
        let on_map = story.actor_on_map(node.actor, date);
        let in_step = focus
            .relationships
            .iter()
            .any(|&r| story.involves(r, node.actor));
        let (fill, stroke, dash) = match (on_map, in_step) {
            (false, _) => (&p.bg, &p.muted, "2 2"),
            (true, true) => (&p.ink, &p.accent, "none"),
            (true, false) => (&p.ink, &p.bg, "none"),
        };
        let _ = write!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{NODE_RADIUS}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\" stroke-dasharray=\"{dash}\"/>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"{MAP_FONT}\" font-weight=\"{}\" fill=\"{}\" \
             stroke=\"{}\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">{}</text>",
            node.x,
            node.y,
            node.x,
            node.label.y + MAP_FONT as i16,
            if on_map { 700 } else { 400 },
            if on_map { &p.ink } else { &p.muted },
            p.bg,
            node_label(actor.short)
                .iter()
                .enumerate()
                .map(|(row, name)| format!(
                    "<tspan x=\"{}\" dy=\"{}\">{}</tspan>",
                    node.x,
                    if row == 0 { 0 } else { MAP_LINE },
                    escape_text(&preview_text(name, 40))
                ))
                .collect::<String>(),
        );
    }
}

/// The font database: the bundled font only (never the machine's fonts).
fn fonts() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(REGULAR.to_vec());
        db.load_font_data(BOLD.to_vec());
        db.load_font_data(ARABIC_REGULAR.to_vec());
        db.load_font_data(ARABIC_BOLD.to_vec());
        Arc::new(db)
    })
    .clone()
}

/// The image as PNG bytes.
pub fn png(story: &Story, preview: &Preview) -> Result<Vec<u8>, String> {
    png_of(&svg(story, preview))
}

/// An image's SVG (from [`svg`]) drawn as PNG bytes: the same bytes for the same SVG.
pub fn png_of(svg: &str) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        font_family: FAMILY.to_string(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|e| format!("the preview's SVG: {e}"))?;
    let (w, h) = SIZE;
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("cannot make a 1200×630 image")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| format!("cannot encode the preview as PNG: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_palette_is_the_stylesheets_light_theme() {
        let p = palette();
        assert_eq!(
            [
                p.bg.as_str(),
                p.ink.as_str(),
                p.accent.as_str(),
                p.warmth[0].as_str()
            ],
            ["#fbfaf7", "#1d1d1b", "#9b1c1c", "#a3241b"]
        );
        assert!(p.warmth.iter().all(|c| c.len() == 7 && c.starts_with('#')));
    }
}
