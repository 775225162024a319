//! The stylesheet for browsers that predate CSS `light-dark()` (before Safari 17.5, Chrome
//! 123, Firefox 120): lightningcss rewrites each `light-dark(a, b)` as a pair of custom
//! properties that `color-scheme` switches, so the palette is written once, in
//! `static/explainer.css`, and every browser shows it in light, dark and a host's theme.

use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
use lightningcss::targets::{Features, Targets};

/// `css` with every `light-dark()` compiled to what every browser reads, and nothing else
/// compiled (no other feature is lowered, no prefix added), minified.
pub fn lower_light_dark(css: &str) -> Result<String, String> {
    let targets = Targets {
        browsers: None,
        include: Features::LightDark,
        exclude: Features::empty(),
    };
    let mut sheet = StyleSheet::parse(css, ParserOptions::default())
        .map_err(|e| format!("the stylesheet does not parse: {e}"))?;
    sheet
        .minify(MinifyOptions {
            targets,
            ..MinifyOptions::default()
        })
        .map_err(|e| format!("the stylesheet does not minify: {e}"))?;
    let printed = sheet
        .to_css(PrinterOptions {
            minify: true,
            targets,
            ..PrinterOptions::default()
        })
        .map_err(|e| format!("the stylesheet does not print: {e}"))?;
    Ok(printed.code)
}

/// The light and the dark colour of the custom property `--name` where `css` first sets it
/// (`--bg: light-dark(#fbfaf7, #141414)`): each the first hex colour of its side, past a
/// `var(--host-choice, ...)` around it (as the accent's). None if it is not such a pair.
pub fn palette_colours(css: &str, name: &str) -> Option<(String, String)> {
    let key = ["--", name, ":"].concat();
    let rest = &css[css.find(&key)? + key.len()..];
    let value = rest[..rest.find([';', '}'])?].trim();
    let pair = value.strip_prefix("light-dark(")?;
    // The comma between the two sides is the first one outside any inner parentheses.
    let mut depth = 0;
    let split = pair.char_indices().find_map(|(i, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => return Some(i),
            _ => {}
        }
        None
    })?;
    let hex = |side: &str| {
        let colour = &side[side.find('#')?..];
        let end = colour[1..]
            .find(|c: char| !c.is_ascii_hexdigit())
            .map_or(colour.len(), |i| i + 1);
        Some(colour[..end].to_string())
    };
    Some((hex(&pair[..split])?, hex(&pair[split + 1..])?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn light_dark_becomes_custom_properties_that_color_scheme_switches() {
        let css = lower_light_dark(
            ".a { --bg: light-dark(#fbfaf7, #141414); background: var(--bg) }\
             html { color-scheme: light dark }\
             [data-theme=dark] { color-scheme: dark }",
        )
        .unwrap();
        assert!(!css.contains("light-dark("), "{css}");
        assert!(css.contains("--lightningcss-dark"), "{css}");
        assert!(css.contains("prefers-color-scheme:dark"), "{css}");
        assert!(css.contains("#fbfaf7") && css.contains("#141414"), "{css}");
    }

    #[test]
    fn palette_colours_are_read_past_a_host_choice() {
        let css = ".a { --bg: light-dark(#fbfaf7, #141414); \
                   --accent: light-dark(var(--accent-light, #9b1c1c), var(--accent-dark, #ff8f85)) }";
        assert_eq!(
            palette_colours(css, "bg"),
            Some(("#fbfaf7".into(), "#141414".into()))
        );
        assert_eq!(
            palette_colours(css, "accent"),
            Some(("#9b1c1c".into(), "#ff8f85".into()))
        );
        assert_eq!(palette_colours(css, "ink"), None);
    }

    #[test]
    fn nothing_else_is_lowered() {
        let css = lower_light_dark(
            ".a:dir(rtl) { inset-inline-start: 0 } .b { container-type: inline-size }",
        )
        .unwrap();
        assert!(css.contains(":dir(rtl)"), "{css}");
        assert!(css.contains("inset-inline-start"), "{css}");
    }
}
