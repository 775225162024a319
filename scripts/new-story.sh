#!/usr/bin/env bash
# Starts a new story from the template (content/new-story.template.toml): a commented skeleton
# with every section, one example of each kind of item and the rules, which passes the checker
# and builds as written. Replace the examples with your story.
#   scripts/new-story.sh path/to/name.toml
# Then: scripts/check.sh path/to/name.toml, scripts/preview.sh path/to/name.toml, and to build
# the site: scripts/build.sh path/to/name.toml (see the README).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
template="$ROOT/content/new-story.template.toml"

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: scripts/new-story.sh path/to/name.toml" >&2
  exit 2
fi
file="$1"
case "$file" in *.toml) ;; *) echo "new-story: name the file with .toml at the end ($file)" >&2; exit 2 ;; esac
if [ -e "$file" ]; then
  echo "new-story: $file exists; it is left as it is (choose another name, or remove it first)" >&2
  exit 1
fi
mkdir -p "$(dirname "$file")"
dir="$(cd "$(dirname "$file")" && pwd)"
# The schema, relative to the new file, for editors' tools (taplo's #:schema directive).
schema="$(node -e 'const p = require("path"); console.log(p.relative(process.argv[1], process.argv[2]))' \
  "$dir" "$ROOT/content/story.schema.json")"
{
  printf '#:schema %s\n' "$schema"
  tail -n +2 "$template"
} >"$file"
echo "Wrote $file, a new story to fill in. Next:" >&2
echo "  scripts/check.sh $file      lists every problem, each with its line and a fix" >&2
echo "  scripts/preview.sh $file    shows it in your browser; each save shows in the page" >&2
echo "  scripts/build.sh $file      builds the site to publish into dist/" >&2
