#!/usr/bin/env bash
# Checks a content file and lists every problem with its line and a fix (for editors).
#   scripts/check.sh                      checks content/story.toml (or $EXPLAINER_CONTENT)
#   scripts/check.sh path/to/story.toml   checks that file
#   scripts/check.sh --schema > content/story.schema.json
#                                         writes the schema editors' tools read (after a change
#                                         to the loader's types; a test says when it is due)
# Exit status: 0 when the file is fine, 1 when it has problems.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
args=()
for f in "$@"; do
  case "$f" in
    --*) args+=("$f") ;;
    *) args+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")") ;;
  esac
done
cd "$ROOT"
CARGO_TARGET_DIR="$EXPLAINER_CACHE/target-native" cargo run --quiet -p explainer-site --bin check -- "${args[@]}"
