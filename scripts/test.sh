#!/usr/bin/env bash
# npm test: every check, arranged for two cores. Steps that do not share files run side by side:
#   1. astro check (which makes the content types that ESLint needs), prettier and the unit tests;
#   2. the production build, once, under a base path and with a host (the site tests read it);
#   3. the site tests (build and browser), ESLint (which reads the content types but writes nothing) and the
#      determinism check (which builds again in a scratch copy and must get the same bytes as dist/).
# Each step waits for everything it reads; a failure stops the run after its step, with its output.
set -uo pipefail
cd "$(dirname "$0")/.."

failed=0
# Waits for background jobs by their process ids; remembers whether any failed.
await() { for job in "$@"; do wait "$job" || failed=1; done; }
stop_if_failed() { if [ "$failed" -ne 0 ]; then echo "npm test: $1 failed" >&2; exit 1; fi; }

npx astro check & check=$!
npx prettier --check . & prettier=$!
npx vitest run --project unit & unit=$!
await "$check" "$prettier" "$unit"
stop_if_failed 'a static check or a unit test'

BASE_PATH=/reader/ SITE_URL=https://example.org npm run build || failed=1
stop_if_failed 'the build'

npx eslint . --max-warnings 0 & eslint=$!
npx tsx scripts/check-determinism.ts & determinism=$!
npx vitest run --project site & site=$!
await "$eslint" "$determinism" "$site"
stop_if_failed 'ESLint, the determinism check or a site test'
