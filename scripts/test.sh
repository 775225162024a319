#!/usr/bin/env bash
# Installs what the tests need (once) and runs every test: lints, native tests, the build,
# then the browser tests in headless Chromium against the built dist/.
#   scripts/test.sh
#   scripts/test.sh --browser-only    (skip lints and native tests; still builds)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

only_browser=0
[ "${1:-}" = "--browser-only" ] && only_browser=1

ensure_build_tools
find_chromium

# Native builds use the ordinary toolchain and their own target directory outside the clone.
native() { (cd "$ROOT" && CARGO_TARGET_DIR="$EXPLAINER_CACHE/target-native" "$@"); }

if [ "$only_browser" = 0 ]; then
  step "Checking formatting and lints (cargo fmt --check, cargo clippy)" "about 1 minute the first time"
  native cargo fmt --check || fail "run 'cargo fmt' and commit the result"
  native cargo clippy --quiet --all-targets -- -D warnings || fail "fix the clippy warnings above"
  done_step

  step "Native tests (cargo test: model, content, rendered components)" "about 2 minutes the first time"
  native cargo test --quiet || fail "a native test failed: see its output above"
  done_step
fi

build_site

step "Browser tests (Playwright in headless Chromium against dist/)" "about 1 minute"
(cd "$ROOT" && npx playwright test) || fail "a browser test failed: see above; screenshots and traces are in test-results/"
done_step

printf '\nAll tests passed.\n' >&2
