//! Text the site writes about itself (titles, descriptions, link previews, the preview
//! images' words): plain, bounded, and unable to reorder the text around it.

/// The longest title a link preview gets, in characters.
pub const PREVIEW_TITLE_CHARS: usize = 110;

/// The longest description a link preview gets, in characters.
pub const PREVIEW_DESCRIPTION_CHARS: usize = 200;

/// Text fit for a link preview or the preview image: no bidirectional overrides, isolates or
/// marks (a name could otherwise reorder the text around it), no control characters, runs of
/// white space made one space, and at most `max_chars` characters, cut at a word where there
/// is one, with "…".
pub fn preview_text(text: &str, max_chars: usize) -> String {
    let cleaned: String = text
        .chars()
        .filter(|&c| {
            !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let text = words.join(" ");
    if text.chars().count() <= max_chars {
        return text;
    }
    let keep: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    // Cut at the last space, unless that would leave less than half.
    let cut = match keep.rfind(' ') {
        Some(at) if at >= keep.len() / 2 => &keep[..at],
        _ => keep.as_str(),
    };
    [cut.trim_end_matches([',', ';', ':', ' ']), "…"].concat()
}
