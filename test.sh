#!/usr/bin/env bash
# Runs every test: unit tests, TopologyTestDriver tests, and end-to-end tests on a real in-JVM
# Kafka broker (KRaft) with SQLite and with a real PostgreSQL server the tests start themselves.
# Testcontainers variants run too where a Docker engine is available, and are skipped otherwise.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# The PostgreSQL tests start their own server from the machine's PostgreSQL binaries (no Docker).
if [ -z "${KHABAR_PG_BIN:-}" ] && ! compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "test.sh: installing the PostgreSQL server binaries (Debian package postgresql) for the tests ..." >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "test.sh: installing the PostgreSQL server binaries (Debian package postgresql) for the tests ..." >&2
    sudo apt-get update -qq >/dev/null
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  else
    echo "test.sh: no PostgreSQL server binaries; install the 'postgresql' package or set KHABAR_PG_BIN," >&2
    echo "         otherwise the PostgreSQL tests are skipped (and fail under CI)." >&2
  fi
fi

exec ./mvnw -B -ntp verify "$@"
