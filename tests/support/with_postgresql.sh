#!/usr/bin/env bash
# Runs a test binary against the throwaway PostgreSQL server of the CTest fixture (see
# postgres_server.sh): TestCache then creates its caches there instead of in SQLite files.
# Exits 77 (CTest: skipped) with the fixture's sentence when PostgreSQL is not installed.
set -euo pipefail
url_file=${1:?url file}
shift
url=$(cat "$url_file" 2>/dev/null || echo "unavailable: the PostgreSQL fixture did not start")
case "$url" in
postgresql://*) export DEVPULSE_TEST_POSTGRESQL="$url"; exec "$@" ;;
*) echo "SKIPPED: ${url#unavailable: }"; exit 77 ;;
esac
