#!/usr/bin/env bash
# npm test: every check, arranged for two cores. Steps that do not share files run side by side:
#   1. astro check (which makes the content types that ESLint needs), prettier and the unit tests;
#      ESLint starts as soon as astro check has passed, and runs on through the next two steps (it reads the
#      content types and writes nothing), on the core the build leaves idle;
#   2. the production build, once, under a base path and with a host (the site tests read it);
#   3. the site tests (build and browser) and the determinism check (which builds again in a scratch copy and
#      must get the same bytes as dist/).
# Each step waits for everything it reads; a failure stops the run after its step, with its output.
set -uo pipefail
cd "$(dirname "$0")/.."

failed=0
# Waits for background jobs by their process ids; remembers whether any failed.
await() { for job in "$@"; do wait "$job" || failed=1; done; }
# On a failure, what still runs in the background (ESLint) is stopped: the run ends with the failure's output.
# (The tools are started from node_modules/.bin, not through npx, so that each is the one process killed.)
stop_if_failed() {
  if [ "$failed" -ne 0 ]; then
    jobs -p | xargs -r kill 2>/dev/null
    echo "npm test: $1 failed" >&2
    exit 1
  fi
}

bin=node_modules/.bin
"$bin/prettier" --check . & prettier=$!
"$bin/vitest" run --project unit & unit=$!
eslint=()
if "$bin/astro" check; then
  "$bin/eslint" . --max-warnings 0 & eslint=("$!")
else
  failed=1
fi
await "$prettier" "$unit"
stop_if_failed 'a static check or a unit test'

BASE_PATH=/reader/ SITE_URL=https://example.org npm run build || failed=1
stop_if_failed 'the build'

"$bin/tsx" scripts/check-determinism.ts & determinism=$!
"$bin/vitest" run --project site & site=$!
await "${eslint[@]}" "$determinism" "$site"
stop_if_failed 'ESLint, the determinism check or a site test'
