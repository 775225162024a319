#!/usr/bin/env bash
# Builds the site to publish into dist/ (`trunk build --release`, installing what is missing):
# static files for any server or CDN.
#   scripts/build.sh                        from content/story.toml (or $EXPLAINER_CONTENT)
#   scripts/build.sh path/to/story.toml     from another content file
#   EXPLAINER_PUBLIC_URL=https://news.example/explainer/ scripts/build.sh
#                                           where dist/ will be served: absolute links in the
#                                           pages' preview tags and embed code, and a sitemap
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
[ $# -gt 0 ] && use_content "$1"
ensure_build_tools
build_site
printf '\n    The site is in %s/dist/: publish that folder as it is.\n\n' "$ROOT" >&2
