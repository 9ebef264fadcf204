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

# The observability checks run a real Prometheus, headless Chromium and docker-compose v1's config check
# (no Docker engine needed). CI installs them; elsewhere the checks that need a missing one are skipped.
observe_packages=()
command -v prometheus >/dev/null 2>&1 || observe_packages+=(prometheus)
command -v docker-compose >/dev/null 2>&1 || observe_packages+=(docker-compose)
command -v chromium >/dev/null 2>&1 || observe_packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || observe_packages+=(chromium-driver)
if [ ${#observe_packages[@]} -gt 0 ]; then
  if [ -n "${CI:-}" ] && [ "$(id -u)" -eq 0 ]; then
    echo "test.sh: installing ${observe_packages[*]} for the observability checks ..." >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${observe_packages[@]}" >/dev/null
  elif [ -n "${CI:-}" ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "test.sh: installing ${observe_packages[*]} for the observability checks ..." >&2
    sudo apt-get update -qq >/dev/null
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${observe_packages[@]}" >/dev/null
  else
    echo "test.sh: ${observe_packages[*]} not installed: the observability checks that need them are skipped" >&2
    echo "         (apt-get install --no-install-recommends prometheus docker-compose chromium chromium-driver)." >&2
  fi
fi

exec ./mvnw -B -ntp verify "$@"
