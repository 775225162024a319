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
    fn nothing_else_is_lowered() {
        let css = lower_light_dark(
            ".a:dir(rtl) { inset-inline-start: 0 } .b { container-type: inline-size }",
        )
        .unwrap();
        assert!(css.contains(":dir(rtl)"), "{css}");
        assert!(css.contains("inset-inline-start"), "{css}");
    }
}
