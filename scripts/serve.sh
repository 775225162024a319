#!/usr/bin/env bash
# Builds the explainer (installing what is missing) and serves it locally, with the example
# host pages (every embedding mode) on the next port, as another site would embed it.
#   scripts/serve.sh              → http://127.0.0.1:8080/ (and examples on :8081)
#   PORT=9000 scripts/serve.sh    → another port (HOST=0.0.0.0 to serve on the network)
#   scripts/serve.sh stories/israel-somaliland/story.toml   → another story
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
[ $# -gt 0 ] && use_content "$1"

PORT="${PORT:-8080}"
HOST="${HOST:-127.0.0.1}"
HOST_PORT=$((PORT + 1))
# Where the site is served, for the oEmbed description and the embed snippets.
export EXPLAINER_PUBLIC_URL="${EXPLAINER_PUBLIC_URL:-http://$HOST:$PORT/}"

ensure_build_tools
build_site

step "Serving dist/ and the example host pages"
node "$ROOT/scripts/host-server.mjs" --explainer "$EXPLAINER_PUBLIC_URL" --port "$HOST_PORT" --host "$HOST" &
host_pid=$!
trap 'kill $host_pid 2>/dev/null' EXIT INT TERM
printf '\n    The explainer is at http://%s:%s/\n    Example host pages (embedding) are at http://%s:%s/\n\n' \
  "$HOST" "$PORT" "$HOST" "$HOST_PORT" >&2
node "$ROOT/scripts/static-server.mjs" --root "$ROOT/dist" --port "$PORT" --host "$HOST" --brotli
