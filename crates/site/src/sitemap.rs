//! `sitemap.xml`, written when the site's public address is known.

use explainer_model::escape_html;

use crate::urls::address;

/// `sitemap.xml`: every page (`pages`: paths from the site's root, `""` for the main page,
/// `step/<id>/`, `ru/step/<id>/`) at the site's public address.
pub fn sitemap(public_url: &str, pages: &[String]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in pages {
        out.push_str("  <url><loc>");
        out.push_str(&escape_html(&address(public_url, path)));
        out.push_str("</loc></url>\n");
    }
    out.push_str("</urlset>\n");
    out
}
