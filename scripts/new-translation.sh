#!/usr/bin/env bash
# Starts a translation of the story into another language (for editors):
#   scripts/new-translation.sh LANG [STORY]
# writes STORY's translation skeleton beside it (content/story.LANG.toml: every id in place,
# every words field empty, the English above each) and, for a language the explainer has no
# interface words in yet, locales/LANG.ftl (every message empty, the English above each).
# LANG is a BCP 47 tag: ps, uz, fa-AF. Both fail scripts/check.sh until every field is
# written; then scripts/build.sh puts the language at dist/LANG/.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: scripts/new-translation.sh LANG [STORY]   (LANG: a BCP 47 tag such as ps or uz)" >&2
  exit 2
fi
lang="$1"
story="${2:-content/story.toml}"
story="$(cd "$(dirname "$story")" && pwd)/$(basename "$story")"
cd "$ROOT"
CARGO_TARGET_DIR="$EXPLAINER_CACHE/target-native" cargo run --quiet -p explainer-site --bin check -- --new-translation "$lang" "$story" || exit $?
echo "next: write each empty field, then scripts/check.sh $story lists what is left"
