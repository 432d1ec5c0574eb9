#!/usr/bin/env bash
# Mutation testing of the safety-critical files, incrementally when the committed cache still applies.
# Stryker's incremental cache (.ci/mutation-cache/safety-incremental.json) reruns only mutants whose code
# or covering tests changed; it cannot see the data the tests read, so it is trusted only while the
# fingerprint of that data matches the one recorded when the cache was made. --refresh reruns everything
# and records the new fingerprint (commit both files afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."

cache=.ci/mutation-cache
fingerprint() {
  { find knowledge ../shared/sources -type f -print0 | sort -z | xargs -0 sha256sum; sha256sum package-lock.json; } \
    | sha256sum | cut -d' ' -f1
}
now=$(fingerprint)
recorded=$(cat "$cache/data.sha256" 2>/dev/null || true)

force=()
if [ "${1:-}" = "--refresh" ] || [ "$now" != "$recorded" ] || [ ! -f "$cache/safety-incremental.json" ]; then
  force=(--force)
  echo "mutation testing: every mutant (data changed since the cache was made, or --refresh)"
else
  echo "mutation testing: incremental (data unchanged since the cache was made)"
fi
npm run test:mutation:safety --silent -- "${force[@]}" --reporters clear-text,html,json
node .ci/mutation-scores.mjs reports/mutation-safety/mutation.json 90
if [ "${1:-}" = "--refresh" ]; then echo "$now" > "$cache/data.sha256"; fi
