#!/usr/bin/env bash
# npm test: every check, each started as soon as what it reads exists, so that two cores are kept busy:
#   1. at once: the build, once, under a base path and with a host (it writes the split, Astro's content types
#      and dist/); beside it Prettier and the unit tests (whose split writes the same bytes as the build's, each
#      file replaced whole, so neither sees half a file);
#   2. once the build has passed: the browser tests, one file at a time (a second beside the first made both
#      slower); the tests of the built HTML; astro check and ESLint (on the build's content types); and the
#      determinism check (which builds again in a scratch copy and must get the same bytes as dist/).
# Chromium leaves part of both cores idle while it waits on itself; the single-threaded checks fill it.
# A failure stops the run: what still runs is stopped, and the run ends with the failure's output.
set -uo pipefail
cd "$(dirname "$0")/.."

# The tools are started from node_modules/.bin: npx would add a process and its own start-up to each.
bin=node_modules/.bin
declare -A step_of

# Starts a step in the background, in a session and process group of its own (with what it starts: Vitest's
# workers, the build's Astro), so that it can be stopped whole.
start() {
  local name=$1
  shift
  setsid --wait "$@" &
  step_of[$!]=$name
}

# Stops the steps still running: each is asked to end (Playwright then closes the Chromium it started), then
# what is left of it (Vitest's workers do not end on the signal) is killed. A Chromium whose Playwright is
# killed ends too, when the pipe it is controlled through closes.
stop_all() {
  local pid
  for pid in "${!step_of[@]}"; do kill -TERM -- "-$pid" 2>/dev/null; done
  wait
  for pid in "${!step_of[@]}"; do kill -KILL -- "-$pid" 2>/dev/null; done
}
# The steps are not in the terminal's foreground: an interrupt of npm test stops them here.
trap 'stop_all; exit 130' INT TERM

# Waits for every step started (or, given a step's process, until that one has passed); at the first that
# fails, stops the others and exits.
finish_steps() {
  local until=${1:-} pid
  while [ "${#step_of[@]}" -gt 0 ] && { [ -z "$until" ] || [ -n "${step_of[$until]:-}" ]; }; do
    if ! wait -n -p pid "${!step_of[@]}"; then
      echo "npm test: ${step_of[$pid]} failed" >&2
      unset "step_of[$pid]"
      stop_all
      exit 1
    fi
    unset "step_of[$pid]"
  done
}

start Prettier "$bin/prettier" --check .
# Without the results cache: the browser tests write it (to run the longest first), and two runs writing one
# file at once could spoil it.
start 'a unit test' "$bin/vitest" run --project unit --no-cache
start 'the build' env BASE_PATH=/reader/ SITE_URL=https://example.org npm run build
finish_steps $!

start 'a browser test' "$bin/vitest" run --project site tests/browser/
start 'a test of the build' "$bin/vitest" run --project site tests/build/ --no-cache
start 'astro check' "$bin/astro" check --noSync
start ESLint "$bin/eslint" . --max-warnings 0
start 'the determinism check' "$bin/tsx" scripts/check-determinism.ts
finish_steps
