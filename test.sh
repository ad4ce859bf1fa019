#!/usr/bin/env bash
# THE test command: installs what the tests need, starts RabbitMQ and mosquitto on
# 127.0.0.1, builds and tests the solution, stops what it started, and prints
# `N passed, N failed[, N skipped]` as its very last line.
#
#   ./test.sh [extra dotnet test args...]      e.g. ./test.sh --filter Category=Fast
#
# Env: CITYOS_SOLUTION (default CityOs.sln), CITYOS_SKIP_DEPS=1 skips install-deps.sh.
# Tests get CITYOS_RABBITMQ, CITYOS_MQTT, CITYOS_COSMOS, CITYOS_COSMOS_KEY and CITYOS_REPO_ROOT.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"
SOLUTION=${CITYOS_SOLUTION:-CityOs.sln}
RABBIT_PORT=5672
MQTT_PORT=18830
COSMOS_PORT=8081
LOCAL="$ROOT/deploy/local"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export CITYOS_RABBITMQ="amqp://guest:guest@127.0.0.1:${RABBIT_PORT}/"
export CITYOS_MQTT="127.0.0.1:${MQTT_PORT}"
# The npm emulator over plain http; the key is the Cosmos emulator's documented well-known one.
export CITYOS_COSMOS="http://127.0.0.1:${COSMOS_PORT}/"
export CITYOS_COSMOS_KEY='C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DXIDCa+RXoOKJZdUIBfK1BHWD1kw3bRLHD6aQ6lZy8y3Xg=='
export CITYOS_REPO_ROOT="$ROOT"

say() { printf '[test.sh] %s\n' "$*" >&2; }

# --- servers: start, and always stop what this run started ------------------
armed=0            # set once we know what ran before us
rabbit_before=""
mqtt_before=""
cosmos_before=""
summary_printed=0

stop_servers() {
  ((armed)) || return 0
  armed=0
  # Stop every node/broker that was not running before this run: the ones we started
  # and any a test left behind (e.g. a failed test's `cityos-outage` node).
  local n
  for n in $(bash "$LOCAL/rabbitmq.sh" list 2>/dev/null || true); do
    grep -qx "$n" <<<"$rabbit_before" || bash "$LOCAL/rabbitmq.sh" stop --name "$n" >&2 || true
  done
  for n in $(bash "$LOCAL/mosquitto.sh" list 2>/dev/null || true); do
    grep -qx "$n" <<<"$mqtt_before" || bash "$LOCAL/mosquitto.sh" stop --name "$n" >&2 || true
  done
  for n in $(bash "$LOCAL/cosmos.sh" list 2>/dev/null || true); do
    grep -qx "$n" <<<"$cosmos_before" || bash "$LOCAL/cosmos.sh" stop --name "$n" >&2 || true
  done
}

on_exit() {
  local rc=$?
  trap - EXIT INT TERM
  stop_servers
  if ((!summary_printed)); then
    # Setup failed or the run was interrupted: CI must still see a closing line.
    say "aborted before the test summary (exit code $rc)"
    echo "0 passed, 1 failed"
    ((rc != 0)) || rc=1
  fi
  exit "$rc"
}
trap on_exit EXIT
trap 'say "interrupted"; exit 130' INT
trap 'say "terminated"; exit 143' TERM

if [[ ! -f $SOLUTION ]]; then
  say "solution $SOLUTION not found (set CITYOS_SOLUTION to test another one)"
  exit 1
fi

if [[ ${CITYOS_SKIP_DEPS:-0} != 1 ]]; then
  bash "$LOCAL/install-deps.sh"
fi

# Record what already runs (a developer's own nodes) so we neither wipe nor stop it.
# `|| true`: list prints nothing and may fail before the packages exist.
rabbit_before=$(bash "$LOCAL/rabbitmq.sh" list 2>/dev/null || true)
mqtt_before=$(bash "$LOCAL/mosquitto.sh" list 2>/dev/null || true)
cosmos_before=$(bash "$LOCAL/cosmos.sh" list 2>/dev/null || true)
armed=1

if bash "$LOCAL/rabbitmq.sh" status >/dev/null 2>&1; then
  say "RabbitMQ node 'cityos' already runs: using it as it is"
  bash "$LOCAL/rabbitmq.sh" start --port "$RABBIT_PORT"     # fails if on another port
else
  # --fresh: no queues or messages left over from an earlier run.
  bash "$LOCAL/rabbitmq.sh" start --port "$RABBIT_PORT" --fresh
fi
if bash "$LOCAL/mosquitto.sh" status >/dev/null 2>&1; then
  say "mosquitto 'cityos' already runs: using it as it is"
  bash "$LOCAL/mosquitto.sh" start --port "$MQTT_PORT"
else
  bash "$LOCAL/mosquitto.sh" start --port "$MQTT_PORT" --fresh
fi
if bash "$LOCAL/cosmos.sh" status >/dev/null 2>&1; then
  say "Cosmos emulator 'cityos' already runs: using it as it is"
fi
# In memory and every test uses its own database or container: no --fresh needed.
bash "$LOCAL/cosmos.sh" start --port "$COSMOS_PORT"     # fails if on another port

# --- build once, then test without rebuilding --------------------------------
RESULTS="$ROOT/TestResults/$(date -u +%Y%m%d-%H%M%S)"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
# Keep the 5 newest runs' results, drop older ones.
find "$ROOT/TestResults" -mindepth 1 -maxdepth 1 -type d -name '20*' | sort -r | tail -n +6 \
  | while read -r old; do rm -rf "$old"; done

build_ok=1
test_rc=0
if ! dotnet build "$SOLUTION" -c Release -nologo; then
  say "BUILD FAILED"
  build_ok=0
else
  # trx: one file per test project (LogFilePrefix makes the names unique), summed
  # below; console: readable per-test output.
  # tee: the output is also kept, to check below that no TRX file was overwritten.
  dotnet test "$SOLUTION" -c Release --no-build \
    --results-directory "$RESULTS" \
    --logger "trx;LogFilePrefix=cityos" \
    --logger "console;verbosity=normal" \
    "$@" 2>&1 | tee "$RESULTS/dotnet-test.log" || test_rc=$?
fi

# --- sum the TRX counters ------------------------------------------------------
# Each .trx has one <Counters total=".." executed=".." passed=".." failed=".." error=".."
# timeout=".." aborted=".." notExecuted=".." .../>. Sum with awk: no python needed.
trx_files=()
if [[ -d $RESULTS ]]; then
  mapfile -t trx_files < <(find "$RESULTS" -name '*.trx' -type f | sort)
fi
passed=0
failed=0
skipped=0
if ((${#trx_files[@]} > 0)); then
  read -r passed failed skipped < <(
    cat "${trx_files[@]}" | tr '\n\r' '  ' | grep -o '<Counters [^>]*>' | awk '
      function attr(s, name,   m) {
        if (match(s, " " name "=\"[0-9]+\"")) {
          m = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0
        }
        return 0
      }
      {
        p += attr($0, "passed")
        f += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
        # xunit skips show as total - executed; notExecuted stays 0 there.
        n = attr($0, "total") - attr($0, "executed")
        s += (n > attr($0, "notExecuted") ? n : attr($0, "notExecuted"))
      }
      END { printf "%d %d %d\n", p, f, s }'
  )
fi

trx_written=0
if [[ -f $RESULTS/dotnet-test.log ]]; then
  trx_written=$(grep -c '^Results File: .*\.trx' "$RESULTS/dotnet-test.log" || true)
fi

# Failures that the counters do not show count as one failure each.
if ((!build_ok)); then
  say "the build failed: counted as 1 failure"
  failed=$((failed + 1))
elif ((${#trx_files[@]} == 0)); then
  say "no TRX file was written (dotnet test exit code $test_rc): counted as 1 failure"
  failed=$((failed + 1))
elif ((trx_written > ${#trx_files[@]})); then
  # Two test projects finishing in the same instant can pick the same TRX name.
  say "$trx_written TRX files were written but only ${#trx_files[@]} exist (one overwrote another): counted as 1 failure"
  failed=$((failed + 1))
elif ((test_rc != 0 && failed == 0)); then
  say "dotnet test exited with $test_rc but no test failed (test host crash or abort?): counted as 1 failure"
  failed=$((failed + 1))
fi
if ((passed + failed == 0)); then
  say "no test ran (filter matched nothing?)"
fi

say "results: $RESULTS (${#trx_files[@]} trx file(s))"
stop_servers

line="$passed passed, $failed failed"
((skipped == 0)) || line+=", $skipped skipped"
summary_printed=1
echo "$line"
((failed == 0))
