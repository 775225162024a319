# shellcheck shell=bash
# Shared set-up for scripts/serve.sh, scripts/test.sh, scripts/check.sh and scripts/bench.sh.
#
# Everything here is idempotent: each step first checks whether its result is already in place
# (at the right version) and returns at once when it is, so a second run starts building within
# seconds. Each slow step says what it is doing and roughly how long it takes on a 2-core machine;
# a failing step names itself and what to do.
#
# Two ways to build wasm, chosen per machine (see ../shared/TOOLCHAIN.md):
#   rustup: a rustup toolchain that has (or can download) the wasm32-unknown-unknown target,
#           as on an ordinary laptop.
#   debian: Debian's rustc-web 1.96 + rust-web-src + lld-19, building std from source
#           (build-std), for machines whose rustup cannot download the wasm32 target.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

# Versions that must match each other or the machine (see TOOLCHAIN.md).
TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130" # must equal the wasm-bindgen crate pinned in Cargo.toml
DEBIAN_RUST_VERSION="1.96.0+dfsg1-1~deb12u2"

# Build output and caches live outside the clone, so a fresh clone (CI) reuses std, every
# dependency and the installed tools instead of rebuilding them.
EXPLAINER_CACHE="${EXPLAINER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/news-explainer}"
export EXPLAINER_CACHE
mkdir -p "$EXPLAINER_CACHE"

# ---------------------------------------------------------------------------------------------
# Step reporting

_step_started=0
_step_name=""

# step NAME HINT: announce a step; HINT says roughly how long it takes when it has work to do.
step() {
  _step_name="$1"
  _step_started=$(date +%s)
  printf '\n==> %s%s\n' "$1" "${2:+ ($2)}" >&2
}

# done_step: report how long the current step took.
done_step() {
  local took=$(($(date +%s) - _step_started))
  printf '    done: %s in %ss\n' "$_step_name" "$took" >&2
}

# skip_step WHY: the step had nothing to do.
skip_step() {
  printf '    skipped: %s\n' "$1" >&2
}

# fail WHAT_TO_DO: stop, naming the failed step and the fix.
fail() {
  printf '\nFAILED at step: %s\n  what to do: %s\n' "${_step_name:-set-up}" "$1" >&2
  exit 1
}

# ---------------------------------------------------------------------------------------------
# System packages (Debian/Ubuntu only)

_apt_updated=0

# as_root CMD...: run a command as root (directly, or through sudo).
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    fail "run as root or install sudo, or install the packages named above by hand"
  fi
}

# apt_ensure PKG[=VERSION]...: install any Debian package not already installed at that version.
apt_ensure() {
  local missing=() spec name want have
  for spec in "$@"; do
    name="${spec%%=*}"
    want=""
    [ "$spec" != "$name" ] && want="${spec#*=}"
    have="$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null || true)"
    case "$have" in
      "install ok installed"*)
        if [ -z "$want" ] || [ "${have##* }" = "$want" ]; then continue; fi ;;
    esac
    missing+=("$spec")
  done
  if [ ${#missing[@]} = 0 ]; then
    skip_step "already installed: $*"
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 ||
    fail "this is not a Debian-like system; install the equivalent of: ${missing[*]}"
  if [ "$_apt_updated" = 0 ]; then
    printf '    apt-get update\n' >&2
    as_root apt-get update -qq >"$EXPLAINER_CACHE/apt.log" 2>&1 ||
      fail "apt-get update failed (log: $EXPLAINER_CACHE/apt.log): check the package mirror"
    _apt_updated=1
  fi
  printf '    apt-get install %s (log: %s)\n' "${missing[*]}" "$EXPLAINER_CACHE/apt.log" >&2
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >"$EXPLAINER_CACHE/apt.log" 2>&1; then
    tail -n 20 "$EXPLAINER_CACHE/apt.log" >&2
    fail "apt-get install ${missing[*]} failed; the pinned versions may have left the mirror (see ../shared/TOOLCHAIN.md)"
  fi
}

# ---------------------------------------------------------------------------------------------
# The wasm toolchain

# rustup_has_wasm: the rustup toolchain in use already has the wasm32 std.
rustup_has_wasm() {
  command -v rustup >/dev/null 2>&1 &&
    rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown
}

# debian_rust_ready: Debian's rustc-web, its std source and wasm-ld are installed, pinned.
debian_rust_ready() {
  [ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/src/rust/library ] &&
    command -v wasm-ld-19 >/dev/null 2>&1 &&
    [ "$(dpkg-query -W -f='${Version}' rustc-web 2>/dev/null)" = "$DEBIAN_RUST_VERSION" ]
}

# choose_wasm_toolchain: sets WASM_TOOLCHAIN to "rustup" or "debian", installing what is needed.
choose_wasm_toolchain() {
  step "Choosing how to build wasm" "a few seconds; up to 2 minutes if it must install Debian's rustc-web"
  if [ -n "${EXPLAINER_WASM_TOOLCHAIN:-}" ]; then
    WASM_TOOLCHAIN="$EXPLAINER_WASM_TOOLCHAIN"
  elif rustup_has_wasm; then
    WASM_TOOLCHAIN=rustup
  elif debian_rust_ready; then
    WASM_TOOLCHAIN=debian
  elif command -v rustup >/dev/null 2>&1 &&
    curl -fsS -m 5 -o /dev/null https://static.rust-lang.org/dist/channel-rust-stable.toml.sha256 2>/dev/null; then
    # rustup's server answers: the ordinary path (a download of about 20 MB).
    printf '    rustup target add wasm32-unknown-unknown\n' >&2
    if timeout 300 rustup target add wasm32-unknown-unknown >&2; then
      WASM_TOOLCHAIN=rustup
    else
      WASM_TOOLCHAIN=debian
    fi
  else
    WASM_TOOLCHAIN=debian
  fi
  if [ "$WASM_TOOLCHAIN" = debian ]; then
    printf '    rustup cannot provide the wasm32 target here: using Debian rustc-web %s with build-std\n' \
      "$DEBIAN_RUST_VERSION" >&2
    apt_ensure "rustc-web=$DEBIAN_RUST_VERSION" "cargo-web=$DEBIAN_RUST_VERSION" \
      "rust-web-src=$DEBIAN_RUST_VERSION" lld-19
    debian_rust_ready || fail "Debian's rustc-web is not usable; see ../shared/TOOLCHAIN.md"
    WASM_BUILD_STD=1
  else
    printf '    using the rustup toolchain'"'"'s wasm32-unknown-unknown target\n' >&2
    # With std's source, std is rebuilt optimised for size with panics that abort at once:
    # about a fifth smaller wasm. Without it the build still works, only larger.
    WASM_BUILD_STD=0
    if rustup component list --installed 2>/dev/null | grep -q '^rust-src' ||
      timeout 120 rustup component add rust-src >&2; then
      WASM_BUILD_STD=1
    else
      printf '    note: rust-src is unavailable, so std is not rebuilt for size (the size test may fail)\n' >&2
    fi
  fi
  export WASM_TOOLCHAIN WASM_BUILD_STD
  done_step
}

# cargo_install NAME VERSION BINARY MINUTES [EXTRA_ARGS...]: install a cargo tool unless
# BINARY --version already reports VERSION.
cargo_install() {
  local name="$1" version="$2" binary="$3" minutes="$4"
  shift 4
  step "Installing $name $version" "about $minutes minutes on 2 cores, once per machine"
  if command -v "$binary" >/dev/null 2>&1 && "$binary" --version 2>/dev/null | grep -q " $version\$\| $version "; then
    skip_step "$binary $version is installed"
    return 0
  fi
  # The host (rustup) toolchain builds tools: no build-std environment here.
  env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD \
    cargo install "$name" --version "$version" --quiet "$@" >&2 ||
    fail "cargo install $name --version $version failed; check crates.io is reachable and rerun"
  done_step
}

# ensure_node_modules: npm packages (wasm-opt from binaryen, esbuild, Playwright, axe, pym.js, taplo,
# TimelineJS for the benchmark) from the lock file, reinstalled only when the lock file changes.
ensure_node_modules() {
  step "Installing npm packages (wasm-opt, esbuild, Playwright, axe-core, pym.js, taplo, TimelineJS)" "about 1 minute the first time"
  command -v npm >/dev/null 2>&1 || fail "install Node.js 18 or newer (with npm)"
  local stamp="$ROOT/node_modules/.explainer-lock-hash" want
  want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    skip_step "node_modules matches package-lock.json"
    return 0
  fi
  (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >&2) ||
    fail "npm ci failed; check the npm registry is reachable and rerun"
  echo "$want" >"$stamp"
  done_step
}

# wasm_env: the environment for a wasm build (cargo or Trunk) with the chosen toolchain.
# Kept to wasm builds: native builds and tests use the ordinary toolchain.
wasm_env() {
  # The post-build hook (a native build inside the wasm build) needs the original PATH back.
  export EXPLAINER_NATIVE_PATH="${EXPLAINER_NATIVE_PATH:-$PATH}"
  export PATH="$ROOT/node_modules/.bin:$PATH"
  export CARGO_TARGET_DIR="$EXPLAINER_CACHE/target-wasm-$WASM_TOOLCHAIN"
  if [ "$WASM_TOOLCHAIN" = debian ]; then
    export PATH="/usr/bin:$PATH"
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19
  fi
  if [ "${WASM_BUILD_STD:-0}" = 1 ]; then
    export RUSTC_BOOTSTRAP=1
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
    # No Debug formatting and no file:line in panics: nothing in the browser prints them.
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
  fi
}

# fetch_crates: download every crate the wasm build needs (std's own too, with build-std), so
# Trunk's offline build finds them. Quick when they are already here.
fetch_crates() {
  step "Fetching crates" "about 30 seconds the first time"
  (cd "$ROOT" && wasm_env && cargo fetch --quiet --target wasm32-unknown-unknown >&2) ||
    fail "cargo fetch failed: check that crates.io is reachable"
  done_step
}

# ensure_build_tools: everything `trunk build --release` needs.
ensure_build_tools() {
  choose_wasm_toolchain
  cargo_install trunk "$TRUNK_VERSION" trunk 10 --locked
  cargo_install wasm-bindgen-cli "$WASM_BINDGEN_VERSION" wasm-bindgen 5
  ensure_node_modules
  fetch_crates
}

# use_content FILE: build from content file FILE (EXPLAINER_CONTENT). A file in the clone is
# named from its root, so the build's caches (named after it) are the same in every clone, and
# the ones the test command warms.
use_content() {
  [ -f "$1" ] || { echo "no content file at $1" >&2; exit 2; }
  EXPLAINER_CONTENT="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  EXPLAINER_CONTENT="${EXPLAINER_CONTENT#"$ROOT"/}"
  export EXPLAINER_CONTENT
}

# build_site: `trunk build --release` into dist/.
build_site() {
  step "Building the explainer into dist/ (trunk build --release)" "about 3 minutes the first time, seconds when nothing changed"
  (cd "$ROOT" && wasm_env && trunk build --release >&2) ||
    fail "the build failed: the messages above name the file and the problem"
  done_step
}

# The editors' live preview (scripts/preview.sh, scripts/preview.mjs) renders pages with the
# post-build binary reading the content file as it is at each save (`postbuild --content`), so
# the binary's own compiled-in story does not matter: it is built with the small test story,
# which is always valid (an editor's broken file must not stop it building), in the target
# directory scripts/test.sh builds that story in.
RENDERER_TARGET="$EXPLAINER_CACHE/target-native-second-story"
RENDERER="$RENDERER_TARGET/debug/postbuild"
export RENDERER_TARGET RENDERER

# build_renderer: the preview's renderer, rebuilt when the code changed.
build_renderer() {
  (cd "$ROOT" && EXPLAINER_CONTENT=tests/fixtures/small-story.toml CARGO_TARGET_DIR="$RENDERER_TARGET" \
    cargo build --quiet -p explainer-site --bin postbuild >&2)
}

# build_preview_wasm BUILT STAGE: the wasm and the staged site (not yet rendered) for the
# content file BUILT, into STAGE, for the preview to render pages into.
build_preview_wasm() {
  (cd "$ROOT" && wasm_env && EXPLAINER_CONTENT="$1" EXPLAINER_PREVIEW_STAGE="$2" \
    trunk build --release --dist "$2.trunk" >&2)
}

# ensure_test_fonts: the faces the map's layout test draws in (tests/browser/map-layout.spec.mjs:
# DejaVu Sans, Liberation Sans, Noto Naskh Arabic), from Debian's packages. Elsewhere the test
# skips a set-up whose faces are missing, and says which package it needs.
ensure_test_fonts() {
  step "Fonts for the map's layout test (DejaVu, Liberation, Noto)" "about 30 s if they must be installed"
  if [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] &&
    [ -f /usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf ] &&
    [ -f /usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf ]; then
    skip_step "already installed"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    skip_step "not a Debian-like system: the map's layout test skips the font set-ups it lacks"
    return 0
  fi
  apt_ensure fonts-dejavu-core fonts-liberation2 fonts-noto-core
  done_step
}

# find_chromium: sets CHROMIUM to a Chromium/Chrome binary, installing Debian's if needed.
find_chromium() {
  step "Finding Chromium for the browser tests" "about 1 minute if it must be installed"
  local c
  for c in "${CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome \
    "/Applications/Chromium.app/Contents/MacOS/Chromium" \
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; do
    if [ -n "$c" ] && [ -x "$c" ]; then
      CHROMIUM="$c"
      export CHROMIUM
      skip_step "using $c"
      return 0
    fi
  done
  apt_ensure chromium
  CHROMIUM=/usr/bin/chromium
  export CHROMIUM
  done_step
}
