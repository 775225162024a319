#!/usr/bin/env bash
# Editors' live preview: serves the explainer built from a content file and shows each saved
# change in the open page by itself, keeping the view; problems in the file are listed in the
# page (over the last good build) and in the terminal. See scripts/preview.mjs.
#   scripts/preview.sh                        previews content/story.toml at http://127.0.0.1:8080/
#   scripts/preview.sh path/to/story.toml     previews another content file
#   PORT=9000 scripts/preview.sh              on another port (HOST=0.0.0.0 to show it on the network)
# Nothing of the preview reaches a build: scripts/serve.sh or `trunk build --release` make the
# site to publish.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

content="${1:-${EXPLAINER_CONTENT:-content/story.toml}}"
case "$content" in /*) ;; *) content="$PWD/$content" ;; esac
[ -f "$content" ] || { echo "preview: no content file at $content" >&2; exit 2; }

ensure_build_tools
step "Building the preview's renderer (the post-build step, native)" "about 2 minutes the first time, seconds after"
build_renderer || fail "the renderer did not build: see the messages above"
done_step

step "Previewing $content" "the first build takes about 15 s; then each save shows in 1 to 10 s"
exec node "$ROOT/scripts/preview.mjs" --content "$content" --port "${PORT:-8080}" --host "${HOST:-127.0.0.1}"
