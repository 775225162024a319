#!/usr/bin/env bash
# What is in the wasm, by crate and by our module (not a test): builds the site, then
# optimises the same wasm the way Trunk does but keeping its function names, and reads it
# with twiggy (installed once, about 2 minutes). See scripts/size-report.mjs.
#   scripts/size-report.sh [--top 25]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_build_tools
cargo_install twiggy 0.8.0 twiggy 3 --locked
build_site
step "Size report of the wasm (twiggy over a named copy)" "seconds"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(
  wasm_env
  wasm="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/explainer-app.wasm"
  [ -f "$wasm" ] || fail "no wasm at $wasm: did the build use another target directory?"
  wasm-bindgen --target web --no-typescript --out-dir "$work" "$wasm" >&2
  wasm-opt -Oz -g "$work/explainer-app_bg.wasm" -o "$work/named.wasm" >&2
  twiggy top -n 1000000 --format csv "$work/named.wasm" >"$work/twiggy.csv"
) || fail "could not make the named copy of the wasm: see above"
shipped="$(ls "$ROOT"/dist/*_bg.wasm | head -1)"
(cd "$ROOT" && node scripts/size-report.mjs "$work/named.wasm" "$work/twiggy.csv" "$shipped" "$@") ||
  fail "the size report failed: see above"
node "$ROOT/tests/size/budget.mjs" "$ROOT/dist" || true
done_step
