#!/usr/bin/env bash
# The long observability check, on a real corpus (minutes, so not part of ./test.sh):
#   1. builds the launcher into its own folder and starts `khabar run CORPUS` (the embedded broker,
#      SQLite, the metrics server on a loopback port);
#   2. keeps articles flowing: once run's own pass is done, publishes the corpus again and again
#      with `khabar ingest` to run's broker (the same ids: enrich re-enriches them, the sink
#      re-stores them), so that rates and latency have fresh data during the checks;
#   3. runs ObservedPipelineTest against that process: /metrics carries the domain meters and
#      Kafka's, every metric a dashboard panel queries is scraped, a real Prometheus scraping it
#      answers every panel's query with data, the live page in headless Chromium shows moving
#      charts; and saves a screenshot of the live page (headlines hidden: the corpus is not ours
#      to publish) to docs/live-page.png.
#
#   deploy/check/corpus-check.sh [CORPUS-DIR-OR-FILE]       (default ../shared/corpus)
#
# Needs: JDK 17, the Debian packages prometheus, chromium and chromium-driver, curl.
# Environment: KHABAR_CHECK_TARGET (build folder, default target-check), KHABAR_CHECK_PORT
# (metrics port, default 19464), KHABAR_SCREENSHOT (default docs/live-page.png; empty: none).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root="$(pwd)"

corpus="$(cd "$(dirname "${1:-../shared/corpus}")" && pwd)/$(basename "${1:-../shared/corpus}")"
target="${KHABAR_CHECK_TARGET:-target-check}"
port="${KHABAR_CHECK_PORT:-19464}"
screenshot="${KHABAR_SCREENSHOT-$root/docs/live-page.png}"
[ -e "$corpus" ] || { echo "corpus-check: no corpus at $corpus" >&2; exit 2; }
for tool in prometheus chromium chromedriver curl; do
  command -v "$tool" >/dev/null || {
    echo "corpus-check: $tool missing: apt-get install prometheus chromium chromium-driver curl" >&2; exit 2; }
done

work="$(mktemp -d -t khabar-corpus-check.XXXXXX)"
run_pid=""
feeder_pid=""
cleanup() {
  if [ -n "$feeder_pid" ]; then
    touch "$work/stop"                                       # no further pass
    pkill -TERM -P "$feeder_pid" 2>/dev/null || true         # the ingest it is running now (a child of the feeder)
  fi
  [ -n "$run_pid" ] && kill "$run_pid" 2>/dev/null || true   # SIGTERM: run stops cleanly and prints its summary
  [ -n "$run_pid" ] && wait "$run_pid" 2>/dev/null || true
  [ -n "$feeder_pid" ] && wait "$feeder_pid" 2>/dev/null || true
  echo "corpus-check: run's output: $work/run.out, $work/run.err"
}
trap cleanup EXIT

echo "corpus-check: building into */$target ..." >&2
./mvnw -q -B -ntp -Dkhabar.target="$target" -DskipTests -pl app -am package

jar="$root/app/$target/khabar.jar"
echo "corpus-check: khabar run $corpus (metrics on 127.0.0.1:$port) ..." >&2
java -Xmx1g -Dfile.encoding=UTF-8 -jar "$jar" run --data-dir "$work/data" --metrics-port "$port" "$corpus" \
  >"$work/run.out" 2>"$work/run.err" &
run_pid=$!

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 "$run_pid" 2>/dev/null || { cat "$work/run.err" >&2; exit 1; }
  sleep 1
done
broker="$(sed -n 's/^Kafka at \([^;]*\);.*/\1/p' "$work/run.err" | head -n 1)"
[ -n "$broker" ] || { echo "corpus-check: run did not say where its broker is" >&2; cat "$work/run.err" >&2; exit 1; }

(
  # Once run's own pass is published (its ingest count stops growing), publish the corpus again until stopped.
  ingested() { curl -fs "http://127.0.0.1:$port/api/live?since=0" | grep -o '"ingested":[0-9]*' | tail -n 1 | cut -d: -f2; }
  last=-1
  while [ ! -e "$work/stop" ]; do
    now="$(ingested || true)"; now="${now:-0}"
    [ "$now" -gt 0 ] && [ "$now" -eq "$last" ] && break
    last="$now"; sleep 4
  done
  while [ ! -e "$work/stop" ]; do
    java -Xmx512m -Dfile.encoding=UTF-8 -jar "$jar" ingest --bootstrap-servers "$broker" "$corpus" \
      >>"$work/ingest.log" 2>&1 || sleep 2
  done
) &
feeder_pid=$!

echo "corpus-check: checking against http://127.0.0.1:$port/ ..." >&2
args=(-q -B -ntp -Dkhabar.target="$target" -pl app -am test -Dtest=ObservedPipelineTest
      -Dsurefire.failIfNoSpecifiedTests=false -Dkhabar.observe.target="http://127.0.0.1:$port/")
if [ -n "$screenshot" ]; then
  args+=(-Dkhabar.screenshot="$screenshot" -Dkhabar.screenshot.mask=true)
fi
status=0
./mvnw "${args[@]}" || status=$?
report="$root/app/$target/surefire-reports/org.khabar.app.observe.ObservedPipelineTest-output.txt"
[ -f "$report" ] && grep -v '^[0-9][0-9]:[0-9][0-9]:' "$report" | grep -Ev '^\s*$' || true
curl -fs "http://127.0.0.1:$port/api/live?since=0" | grep -o '{"seq[^}]*}' | tail -n 1 || true
if [ "$status" -eq 0 ]; then
  echo "corpus-check: passed${screenshot:+; screenshot $screenshot}" >&2
else
  echo "corpus-check: FAILED (see $root/app/$target/surefire-reports)" >&2
fi
exit "$status"
