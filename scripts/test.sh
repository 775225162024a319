#!/usr/bin/env bash
# Installs what the tests need (once) and runs every test: lints, native tests, the content
# checker, a second story, the release build, the size budget, then the browser tests in
# headless Chromium against the built dist/.
#   scripts/test.sh
#   scripts/test.sh --browser-only    (skip lints, native tests and the content checks)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

only_browser=0
[ "${1:-}" = "--browser-only" ] && only_browser=1
started=$(date +%s)

ensure_build_tools
find_chromium
ensure_test_fonts

# Native builds use the ordinary toolchain and their own target directory outside the clone.
native() { (cd "$ROOT" && CARGO_TARGET_DIR="$EXPLAINER_CACHE/target-native" "$@"); }

# The main story's headline: no other story's pages may show it.
main_headline="$(sed -n 's/^headline = "\(.*\)"$/\1/p' "$ROOT/content/story.toml" | head -n 1)"

if [ "$only_browser" = 0 ]; then
  step "Checking formatting and lints (cargo fmt --check, cargo clippy)" "about 1 minute the first time"
  native cargo fmt --check || fail "run 'cargo fmt' and commit the result"
  native cargo clippy --quiet --workspace --all-targets -- -D warnings || fail "fix the clippy warnings above"
  done_step

  step "Native tests (cargo test: model, content, property tests, rendered components)" "about 2 minutes the first time"
  native cargo test --quiet --workspace || fail "a native test failed: see its output above"
  done_step

  step "Content checker: the real story passes, a broken one lists every problem" "seconds"
  "$ROOT/scripts/check.sh" "$ROOT/content/story.toml" || fail "content/story.toml has problems: see the list above"
  for story in "$ROOT"/stories/*/story.toml; do
    [ -f "$story" ] || continue
    "$ROOT/scripts/check.sh" "$story" || fail "$story has problems: see the list above"
  done
  if out=$("$ROOT/scripts/check.sh" "$ROOT/tests/fixtures/invalid/many-problems.toml"); then
    fail "the checker accepted tests/fixtures/invalid/many-problems.toml"
  fi
  grep -q "^4 problems in " <<<"$out" || fail "the checker did not list all 4 problems: $out"
  done_step

  step "Translations: a translation behind the story fails the checker with its line; a new language's skeleton fails until written" "seconds"
  behind="$(mktemp -d)"
  cp "$ROOT/content/story.toml" "$behind/story.toml"
  # The Russian translation without one of the story's events.
  sed '/^\[events.recognition\]$/,/^$/d' "$ROOT/content/story.ru.toml" >"$behind/story.ru.toml"
  if out=$("$ROOT/scripts/check.sh" "$behind/story.toml"); then
    fail "the checker accepted a translation that lacks events.recognition"
  fi
  grep -q 'story.ru.toml:[0-9]*: events.recognition: missing' <<<"$out" ||
    fail "the checker did not name the missing id with its line: $out"
  # (It writes locales/uz.ftl too, unless there is one: taken away again after.)
  [ -e "$ROOT/locales/uz.ftl" ] && had_uz=1 || had_uz=
  "$ROOT/scripts/new-translation.sh" uz "$behind/story.toml" >/dev/null ||
    fail "scripts/new-translation.sh did not write a skeleton"
  out=$("$ROOT/scripts/check.sh" "$behind/story.uz.toml") && status=0 || status=$?
  [ -n "$had_uz" ] || rm -f "$ROOT/locales/uz.ftl"
  [ "$status" = 1 ] || fail "the checker accepted an empty translation skeleton: $out"
  grep -q 'story.uz.toml:[0-9]*: story: `headline` is empty' <<<"$out" ||
    fail "the checker did not list the skeleton's empty fields: $out"
  done_step

  step "Content schema: taplo (editors' TOML tools) validates the story, flags a misspelt stance" "seconds"
  taplo() { (cd "$ROOT" && node_modules/.bin/taplo check --colors never "$@" 2>&1); }
  for story in content/story.toml stories/*/story.toml; do
    [ -f "$ROOT/$story" ] || continue
    out=$(taplo "$story") || fail "taplo rejects $story against content/story.schema.json: $out"
  done
  if out=$(taplo tests/fixtures/schema/wrong-stance.toml); then
    fail "taplo accepted a misspelt stance (tests/fixtures/schema/wrong-stance.toml)"
  fi
  grep -q 'wrong-stance.toml:128:10' <<<"$out" && grep -q '"formal-recogniton" is not one of' <<<"$out" ||
    fail "taplo did not flag the misspelt stance at line 128: $out"
  done_step

  # Builds the post-build step (prerendering and preview images) with the story compiled in
  # from content file $1 (EXPLAINER_CONTENT: the same build.rs as the wasm's), in the
  # renderer's target directory, and checks the page shows headline $2 and not the main story.
  pages_of() {
    local stage page
    stage="$(mktemp -d)"
    page="$stage/index.html"
    printf '<html><head><meta charset="utf-8"><link rel="stylesheet" href="s.css"><meta name="explainer-app" data-js="x.js" data-wasm="x.wasm"></head><body><div id="app"></div></body></html>' >"$page"
    echo 'p{}' >"$stage/s.css"
    cp "$ROOT/static/embed.js" "$stage/embed.js"
    cp "$ROOT/static/share.js" "$stage/share.js"
    cp "$ROOT/static/embed-child.js" "$stage/embed-child.js"
    (cd "$ROOT" && EXPLAINER_CONTENT="$1" CARGO_TARGET_DIR="$RENDERER_TARGET" \
      cargo run --quiet -p explainer-site --bin postbuild -- "$stage" >/dev/null) || fail "$1 did not build"
    grep -q "$2" "$page" || fail "the headline of $1 is not in its page"
    if grep -qF "$main_headline" "$page"; then fail "the page of $1 shows the main story"; fi
    [ -f "$stage/step/$3/index.html" ] || fail "$1 has no page for its step $3"
  }

  step "A new story from the template (scripts/new-story.sh): checked, valid for taplo, built" "about 20 s"
  new="$(mktemp -d)/stories/new-story.toml"
  "$ROOT/scripts/new-story.sh" "$new" 2>/dev/null || fail "scripts/new-story.sh did not write $new"
  "$ROOT/scripts/check.sh" "$new" || fail "the template's story has problems: see the list above"
  out=$(taplo "$new") || fail "taplo rejects the template's story: $out"
  # Its #:schema line reaches the schema from where the story was written.
  sed 's/^stance = "hostile"$/stance = "hostlie"/' "$new" >"${new%.toml}-typo.toml"
  if out=$(taplo "${new%.toml}-typo.toml"); then fail "taplo found no schema for the new story: $out"; fi
  grep -q '"hostlie" is not one of' <<<"$out" || fail "taplo did not flag a misspelt stance in the new story: $out"
  pages_of "$new" "Two neighbours sign a water treaty" treaty-signed
  done_step

  # Last: the renderer's target directory ends with the small story, as scripts/preview.sh builds it.
  step "Another story, no code change (EXPLAINER_CONTENT=tests/fixtures/small-story.toml)" "about 1 minute the first time"
  pages_of tests/fixtures/small-story.toml "Two river towns agree to share a bridge" deal
  done_step
fi

# The site's public address, as a host would set it: the step pages' links and preview
# images are then absolute and sitemap.xml is written (tests/browser/step-pages.spec.mjs
# checks both). The hostile story below is built without it: relative links.
export EXPLAINER_PUBLIC_URL="${EXPLAINER_PUBLIC_URL:-https://explainer.example/explainer/}"
build_site

# build_other_site CONTENT DIST CACHE [PUBLIC_URL]: the whole site of content file CONTENT
# (named from the clone's root) into DIST, its wasm built in a target directory of its own
# named CACHE (kept warm between runs), with absolute links to PUBLIC_URL or, without one,
# relative links.
build_other_site() {
  (
    cd "$ROOT" && wasm_env || exit
    export CARGO_TARGET_DIR="$EXPLAINER_CACHE/target-wasm-$3-$WASM_TOOLCHAIN" EXPLAINER_CONTENT="$1"
    if [ -n "${4:-}" ]; then export EXPLAINER_PUBLIC_URL="$4"; else unset EXPLAINER_PUBLIC_URL; fi
    trunk build --release --dist "$2" >&2
  )
}

# Every story in stories/ is built as an editor would publish it (scripts/build.sh FILE does
# the same into dist/), each into its own folder and with its own address, and the browser
# tests run their story-agnostic checks on it (playwright.config.mjs: a project per folder).
step "Building every story in stories/ into its own site (no code change)" "about 4 minutes the first time"
EXPLAINER_STORY_DISTS=""
for story in "$ROOT"/stories/*/story.toml; do
  [ -f "$story" ] || continue
  name="$(basename "$(dirname "$story")")"
  # Named from the clone's root: the post-build step's target directory is named after it,
  # so every clone (CI's are fresh) reuses the same one.
  story="stories/$name/story.toml"
  dist="$EXPLAINER_CACHE/dist-stories/$name"
  build_other_site "$story" "$dist" stories "https://explainer.example/$name/" ||
    fail "the story $story did not build: see above"
  for page in index.html sitemap.xml oembed.json embed.js; do
    [ -s "$dist/$page" ] || fail "the site of $story has no $page"
  done
  if grep -qF "$main_headline" "$dist/index.html"; then
    fail "the site of $story shows the main story's headline"
  fi
  EXPLAINER_STORY_DISTS="$EXPLAINER_STORY_DISTS${EXPLAINER_STORY_DISTS:+:}$dist"
done
export EXPLAINER_STORY_DISTS
done_step

step "Building the hostile-content story for its browser test (tests/fixtures/hostile-story.toml)" "about 2 minutes the first time"
export HOSTILE_DIST="$EXPLAINER_CACHE/dist-hostile"
build_other_site tests/fixtures/hostile-story.toml "$HOSTILE_DIST" hostile ||
  fail "the hostile-content story did not build: see above"
done_step

step "Size budget of the first load (brotli -q 11; goal 64 KB, limit 84.1 KB, every language)" "seconds"
node "$ROOT/tests/size/budget.mjs" "$ROOT/dist" || fail "the first load is over the 84.1 KB limit: see the table above"
done_step

step "Browser tests (Playwright in headless Chromium against dist/)" "about 1 minute"
(cd "$ROOT" && npx playwright test) || fail "a browser test failed: see above; screenshots and traces are in test-results/"
done_step

printf '\nAll tests passed in %ss.\n' "$(($(date +%s) - started))" >&2
