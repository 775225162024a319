#!/usr/bin/env bash
# The benchmark (not a test): builds the explainer, then loads it (and TimelineJS, the anchor)
# in headless Chromium under mobile-like throttling and prints medians. See scripts/bench.mjs.
#   scripts/bench.sh [--runs 7] [--no-anchor] [--cpu 4] [--trace]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_build_tools
find_chromium
build_site
step "Benchmark (cold loads under 4x CPU, 150 ms RTT, 1.6 Mbit/s)" "about 2 minutes for 7 runs each"
(cd "$ROOT" && node scripts/bench.mjs "$@") || fail "the benchmark could not run: see above"
done_step
