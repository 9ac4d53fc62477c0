#!/usr/bin/env bash
# `npm test`: the whole suite — types, lint, unit, data layer on PGlite and on a real PostgreSQL,
# build, and browser tests in Debian's Chromium. Installs what it needs (as root) or says what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
REPORTS="$ROOT/.tmp/reports"
rm -rf "$REPORTS" && mkdir -p "$REPORTS"

source scripts/lib/system-deps.sh
source scripts/lib/pg-cluster.sh
trap pg_cluster_stop EXIT

[ -d node_modules/@sveltejs/kit ] || { echo "==> npm install"; npm install --no-audit --no-fund; }

step() { echo; echo "==> $*"; }

step "Messages (Paraglide)"
npm run -s i18n

step "Type check (svelte-check)"
npm run -s check

step "Lint (eslint)"
npm run -s lint

step "Unit tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$REPORTS/unit.json"

step "Data-layer tests on PGlite"
npx vitest run --project data --reporter=default --reporter=json --outputFile.json="$REPORTS/data-pglite.json"

step "Data-layer tests on PostgreSQL"
pg_cluster_start
npx vitest run --project data --reporter=default --reporter=json --outputFile.json="$REPORTS/data-postgres.json"
pg_cluster_stop

step "Build"
npm run -s build

step "Browser tests (Playwright, Debian Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/e2e.json" npx playwright test --reporter=list,json

node scripts/lib/test-summary.mjs "$REPORTS"
