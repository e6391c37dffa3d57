#!/usr/bin/env bash
# CI for examples/: builds and packs the root package once, then for each example: npm ci, the packed tarball
# (npm install --no-save: its integrity changes at each build, so it is in no package.json or lockfile), type-check
# (npm run check), production build (npm run build); then one Playwright run: examples/e2e/examples.spec.ts against the
# four client-side and SvelteKit builds, examples/e2e/ssr.spec.ts against Next.js, Nuxt and Astro, each in production
# and under its development server (config examples/playwright.config.ts).
#
# The four `npm ci` run in parallel with the root's build and pack (they wait on the network and the disk more than
# on the CPU), and the four tarball installs in parallel with each other; checks and builds run one at a time.
# Needs the root's dependencies (npm ci at the root: done here when missing) and a Chromium (CHROME_PATH, Playwright's
# own, or /usr/bin/chromium: see test/support/chromium.js). Exits non-zero on any failure; prints timings.
# BANDEAU_TARBALL=/path/to/bandeau-x.y.z.tgz skips the root build and uses that tarball.
set -euo pipefail

EXAMPLES_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$EXAMPLES_DIR")"
EXAMPLES=(react vue svelte sveltekit nextjs nuxt astro)
PACK_DIR="$EXAMPLES_DIR/.pack"
LOG_DIR="$EXAMPLES_DIR/.logs"
NPM_FLAGS=(--no-audit --no-fund --ignore-scripts)

TIMINGS=()
START_ALL=$(date +%s%3N)

# seconds START_MS: the time since START_MS (from date +%s%3N), as "12.3s".
seconds() {
  local ms=$(($(date +%s%3N) - $1))
  printf '%6d.%ds' $((ms / 1000)) $((ms % 1000 / 100))
}

print_timings() {
  local status=$?
  echo
  echo "== examples/run.sh timings (wall clock; the (parallel) steps ran side by side)"
  for line in "${TIMINGS[@]}"; do echo "  $line"; done
  printf '  %-40s %s\n' "total" "$(seconds "$START_ALL")"
  if ((status != 0)); then echo "examples/run.sh: FAILED (exit $status)"; else echo "examples/run.sh: OK"; fi
}
trap print_timings EXIT

# step LABEL DIR COMMAND...: runs COMMAND in DIR, records its time under LABEL.
step() {
  local label=$1 dir=$2 start
  shift 2
  echo
  echo "== $label"
  start=$(date +%s%3N)
  if ! (cd "$dir" && "$@"); then
    TIMINGS+=("$(printf '%-40s %s  FAILED' "$label" "$(seconds "$start")")")
    return 1
  fi
  TIMINGS+=("$(printf '%-40s %s' "$label" "$(seconds "$start")")")
}

# background LABEL DIR COMMAND...: starts COMMAND in DIR in the background, its output and time in $LOG_DIR.
BACKGROUND=()
background() {
  local label=$1 dir=$2 file
  shift 2
  file="$LOG_DIR/$(echo "$label" | tr -c 'a-z0-9\n' '-')"
  (
    start=$(date +%s%3N)
    status=0
    (cd "$dir" && "$@") >"$file.log" 2>&1 || status=$?
    echo "$(seconds "$start") $status" >"$file.result"
  ) &
  BACKGROUND+=("$!|$label|$file")
}

# wait_background: waits for every background step, prints each one's output and time; fails if any failed.
wait_background() {
  local entry pid label file time status failed=0
  for entry in "${BACKGROUND[@]}"; do
    IFS="|" read -r pid label file <<<"$entry"
    wait "$pid" || true
    read -r time status <"$file.result"
    echo
    echo "== $label (ran in parallel)"
    cat "$file.log"
    if [[ "$status" != 0 ]]; then
      TIMINGS+=("$(printf '%-40s %8s  FAILED' "$label (parallel)" "$time")")
      failed=1
    else
      TIMINGS+=("$(printf '%-40s %8s' "$label (parallel)" "$time")")
    fi
  done
  BACKGROUND=()
  return "$failed"
}

# No telemetry prompts or uploads from Next.js, Nuxt and Astro in CI.
export NEXT_TELEMETRY_DISABLED=1 NUXT_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1

rm -rf "$LOG_DIR" && mkdir -p "$LOG_DIR"

if [[ ! -x "$ROOT/node_modules/.bin/playwright" || ! -x "$ROOT/node_modules/.bin/vite" ]]; then
  step "root: npm ci" "$ROOT" npm ci "${NPM_FLAGS[@]}"
fi
node "$ROOT/test/support/require-chromium.js"

for example in "${EXAMPLES[@]}"; do
  background "$example: npm ci" "$EXAMPLES_DIR/$example" npm ci "${NPM_FLAGS[@]}"
done

# The package, built and packed once.
if [[ -n "${BANDEAU_TARBALL:-}" ]]; then
  TARBALL=$(realpath "$BANDEAU_TARBALL")
else
  step "root: npm run build" "$ROOT" npm run build --silent || { wait_background || true; exit 1; }
  rm -rf "$PACK_DIR" && mkdir -p "$PACK_DIR"
  # --ignore-scripts: a prepack script would only build again.
  step "root: npm pack" "$ROOT" npm pack --silent --ignore-scripts --pack-destination "$PACK_DIR" || { wait_background || true; exit 1; }
  TARBALL=$(ls "$PACK_DIR"/bandeau-*.tgz)
fi
echo "tarball: $TARBALL"
wait_background

for example in "${EXAMPLES[@]}"; do
  background "$example: install tarball" "$EXAMPLES_DIR/$example" npm install --no-save "${NPM_FLAGS[@]}" "$TARBALL"
done
wait_background

for example in "${EXAMPLES[@]}"; do
  step "$example: npm run check" "$EXAMPLES_DIR/$example" npm run check
  step "$example: npm run build" "$EXAMPLES_DIR/$example" npm run build
done

step "playwright: 7 examples (SSR ones in production and development)" "$ROOT" node_modules/.bin/playwright test -c examples/playwright.config.ts
