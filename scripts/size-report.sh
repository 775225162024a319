#!/usr/bin/env bash
# What is in the wasm, by crate and by our module (not a test): builds the site, then
# optimises the same wasm the way Trunk does but keeping its function names, and reads it
# with twiggy (installed once, about 2 minutes). See scripts/size-report.mjs.
#   scripts/size-report.sh [--top 25] [--yew-floor]
# --yew-floor also builds tests/size/yew-floor (a bare hydrating Yew app) the same way and
# prints its size: the part of the wasm that is Yew's runtime whatever the app does.
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
(cd "$ROOT" && node scripts/size-report.mjs "$work/named.wasm" "$work/twiggy.csv" "$shipped" ${1+"${@/--yew-floor/}"}) ||
  fail "the size report failed: see above"
node "$ROOT/tests/size/budget.mjs" "$ROOT/dist" || true
done_step

if [[ " $* " == *" --yew-floor "* ]]; then
  step "The Yew floor: a bare hydrating Yew app, built like the explainer" "about 1 minute the first time"
  (
    wasm_env
    export CARGO_TARGET_DIR="$EXPLAINER_CACHE/target-yew-floor-$WASM_TOOLCHAIN"
    cd "$ROOT/tests/size/yew-floor"
    cargo build --quiet --release --target wasm32-unknown-unknown >&2
    wasm-bindgen --target web --no-typescript --out-dir "$work/floor" \
      "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/yew-floor.wasm" >&2
    wasm-opt -Oz "$work/floor/yew-floor_bg.wasm" -o "$work/floor/opt.wasm" >&2
    "$ROOT/node_modules/.bin/esbuild" --minify --log-level=warning "$work/floor/yew-floor.js" \
      --outfile="$work/floor/min.js" >&2
  ) || fail "the Yew floor did not build: see above"
  (cd "$ROOT" && node --input-type=module -e "
    import fs from 'node:fs';
    import { brotli } from './tests/size/budget.mjs';
    const kb = (n) => (n / 1024).toFixed(1) + ' KB';
    const wasm = fs.readFileSync('$work/floor/opt.wasm'), js = fs.readFileSync('$work/floor/min.js');
    console.log('A bare hydrating Yew app (tests/size/yew-floor), brotli -q 11:');
    console.log('  wasm ' + kb(brotli(wasm)) + ' (' + kb(wasm.length) + ' raw), glue JS ' + kb(brotli(js)));
  ")
  done_step
fi
