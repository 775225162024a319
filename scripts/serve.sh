#!/usr/bin/env bash
# Builds the explainer (installing what is missing) and serves dist/ locally.
#   scripts/serve.sh              → http://127.0.0.1:8080/
#   PORT=9000 scripts/serve.sh    → another port (HOST=0.0.0.0 to serve on the network)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PORT="${PORT:-8080}"
HOST="${HOST:-127.0.0.1}"

ensure_build_tools
build_site

step "Serving dist/"
printf '\n    The explainer is at http://%s:%s/\n\n' "$HOST" "$PORT" >&2
exec node "$ROOT/scripts/static-server.mjs" --root "$ROOT/dist" --port "$PORT" --host "$HOST" --brotli
