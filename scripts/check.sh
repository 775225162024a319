#!/usr/bin/env bash
# Checks a content file and lists every problem with its line and a fix (for editors).
#   scripts/check.sh                      checks content/story.toml (or $EXPLAINER_CONTENT)
#   scripts/check.sh path/to/story.toml   checks that file
# Exit status: 0 when the file is fine, 1 when it has problems.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
files=()
for f in "$@"; do files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
cd "$ROOT"
CARGO_TARGET_DIR="$EXPLAINER_CACHE/target-native" cargo run --quiet --bin check -- "${files[@]}"
