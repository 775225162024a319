#!/usr/bin/env bash
# Trunk post-build hook: minifies the staged CSS and JS with esbuild, then renders the
# explainer natively (yew SSR) into the staged index.html and refreshes integrity hashes.
# Runs with the ordinary (host) toolchain, not the wasm build's environment.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
: "${TRUNK_STAGING_DIR:?run by trunk build (TRUNK_STAGING_DIR is not set)}"

# Undo the wasm build's environment (scripts/common.sh keeps the original PATH for us).
unset RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS \
  CARGO_BUILD_TARGET RUSTFLAGS
[ -n "${EXPLAINER_NATIVE_PATH:-}" ] && export PATH="$EXPLAINER_NATIVE_PATH"
# One native target directory per content file, so building another story (the tests build
# two more) never makes the main one rebuild.
suffix=""
[ -n "${EXPLAINER_CONTENT:-}" ] && suffix="-$(printf '%s' "$EXPLAINER_CONTENT" | tr -c 'A-Za-z0-9' '-')"
export CARGO_TARGET_DIR="$EXPLAINER_CACHE/target-native$suffix"

cd "$ROOT"
esbuild="$ROOT/node_modules/.bin/esbuild"
minify() {
  for file in "$@"; do
    [ -f "$file" ] || continue
    "$esbuild" --minify --log-level=warning "$file" --outfile="$file.min" && mv "$file.min" "$file"
  done
}
if [ -x "$esbuild" ]; then
  # Not embed.js and embed-child.js yet: they are templates that postbuild fills in.
  minify $(ls "$TRUNK_STAGING_DIR"/*.js "$TRUNK_STAGING_DIR"/*.css | grep -v '/embed\(-child\)\?\.js$')
else
  echo "postbuild: esbuild is not installed (npm ci), so the CSS and JS are not minified" >&2
fi
# The editors' preview (scripts/preview.sh) keeps the staged site as it is here and renders
# the pages itself, from the content file as it is at each save: nothing more to do now.
if [ -n "${EXPLAINER_PREVIEW_STAGE:-}" ]; then
  rm -rf "$EXPLAINER_PREVIEW_STAGE"
  cp -R "$TRUNK_STAGING_DIR" "$EXPLAINER_PREVIEW_STAGE"
  exit 0
fi
cargo run --quiet -p explainer-site --bin postbuild -- "$TRUNK_STAGING_DIR"
# embed.js and embed-child.js are filled in by postbuild; minify them after.
[ -x "$esbuild" ] && minify "$TRUNK_STAGING_DIR/embed.js" "$TRUNK_STAGING_DIR/embed-child.js"
exit 0
