#!/usr/bin/env bash
# Trunk post-build hook: minifies the staged CSS and JS with esbuild, then renders the
# explainer natively (yew SSR) into the staged index.html and refreshes integrity hashes.
# Runs with the ordinary (host) toolchain, not the wasm build's environment.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${EXPLAINER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/russia-taliban-explainer}"
page="${TRUNK_STAGING_DIR:?run by trunk build (TRUNK_STAGING_DIR is not set)}/index.html"

# Undo the wasm build's environment (scripts/common.sh keeps the original PATH for us).
unset RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS \
  CARGO_BUILD_TARGET RUSTFLAGS
[ -n "${EXPLAINER_NATIVE_PATH:-}" ] && export PATH="$EXPLAINER_NATIVE_PATH"
export CARGO_TARGET_DIR="$CACHE/target-native"

cd "$ROOT"
esbuild="$ROOT/node_modules/.bin/esbuild"
if [ -x "$esbuild" ]; then
  for file in "$TRUNK_STAGING_DIR"/*.js "$TRUNK_STAGING_DIR"/*.css; do
    [ -f "$file" ] || continue
    "$esbuild" --minify --log-level=warning "$file" --outfile="$file.min" && mv "$file.min" "$file"
  done
else
  echo "prerender: esbuild is not installed (npm ci), so the CSS and JS are not minified" >&2
fi
cargo run --quiet --bin prerender -- "$page"
