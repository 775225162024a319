//! The pages of removed steps: a step that is gone (its id now an alias of the step that holds
//! its facts) keeps its page as a redirect, so a shared link still opens what it showed.

use std::path::Path;

use explainer_model::{escape_html, page_path, Story};

use crate::files::write;
use crate::urls::address;

/// The script a removed step's page runs: on to the step that holds its facts, keeping the
/// query (`?embed`: an old embed stays an embed) and the hash (the view). Without
/// JavaScript a meta refresh goes on without them. A file, not inline: the CSP allows only
/// the site's own scripts.
pub const MOVED_JS: &str = "moved.js";
const MOVED_SCRIPT: &str =
    "// A removed step's page: on to the step that holds its facts, with the query and hash.\n\
document.addEventListener('DOMContentLoaded', function () {\n\
  var link = document.querySelector('a[data-moved-to]');\n\
  if (link) location.replace(link.getAttribute('href') + location.search + location.hash);\n\
});\n";

/// Writes `step/<alias>/index.html` for every alias of every step of `story`: a page that
/// sends the reader on to the step (`step/<id>/`, with the query and hash they came with),
/// with a link for when it does not, and that search engines are asked not to index (the
/// step's own page is the canonical one); and the script that does it. Returns how many
/// pages it wrote.
pub fn write_redirects(dir: &Path, story: &Story, public: Option<&str>) -> Result<usize, String> {
    if story.steps.iter().any(|s| !s.aliases.is_empty()) {
        // Beside the story's pages (a translation's in its folder): two folders up from each.
        write(&dir.join(story.meta.path).join(MOVED_JS), MOVED_SCRIPT)?;
    }
    let words = explainer_locale::words(story.meta.lang);
    let mut written = 0;
    for step in story.steps {
        for alias in step.aliases {
            let folder = dir.join(page_path(story, Some(alias)));
            std::fs::create_dir_all(&folder)
                .map_err(|e| format!("cannot make {}: {e}", folder.display()))?;
            // From step/<alias>/ to step/<id>/ is one folder up.
            let to = ["../", step.id, "/"].concat();
            let canonical = public
                .map(|p| address(p, &page_path(story, Some(step.id))))
                .unwrap_or_else(|| to.clone());
            let title = escape_html(step.title);
            let page = format!(
                "<!DOCTYPE html>\n<html lang=\"{lang}\"{dir}>\n<head>\n<meta charset=\"utf-8\">\n\
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
                 <meta name=\"robots\" content=\"noindex\">\n<link rel=\"icon\" href=\"data:,\">\n\
                 <script src=\"../../{MOVED_JS}\"></script>\n\
                 <noscript><meta http-equiv=\"refresh\" content=\"0; url={to}\"></noscript>\n\
                 <link rel=\"canonical\" href=\"{canonical}\">\n<title>{title}</title>\n</head>\n\
                 <body>\n<p><a href=\"{to}\" data-testid=\"step-moved-link\" data-moved-to>{moved}</a></p>\n</body>\n</html>\n",
                lang = escape_html(story.meta.lang),
                dir = if words.rtl {
                    " dir=\"rtl\""
                } else {
                    ""
                },
                to = escape_html(&to),
                canonical = escape_html(&canonical),
                moved = escape_html(&words.msg_with(
                    "step-moved-to",
                    &[("title", explainer_locale::Arg::Text(step.title.into()))]
                )),
            );
            write(&folder.join("index.html"), &page)?;
            written += 1;
        }
    }
    Ok(written)
}
