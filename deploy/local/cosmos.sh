#!/usr/bin/env bash
# Runs local Cosmos DB emulators for tests: npm @vercel/cosmosdb-server@1.0.1 behind the
# wrapper cosmos-emulator.js (fixes missing-item 500 -> 404 and the SDK's query-plan requests).
#
#   cosmos.sh start  [--port N] [--name NAME] [--tls]
#   cosmos.sh stop   [--name NAME]
#   cosmos.sh status [--name NAME]
#   cosmos.sh env    [--name NAME]       # export lines for CITYOS_COSMOS[_KEY|_THUMBPRINT]
#   cosmos.sh list                       # names of running emulators, one a line
#
# In memory: every start is fresh, a stop loses everything. Listens on 127.0.0.1 only.
# Plain http by default (the .NET SDK accepts it); --tls serves https with a self-signed
# certificate made at start, whose SHA-1 thumbprint `env` prints for
# Store:CosmosAcceptCertificateThumbprint. The package lives in $CITYOS_NPM_PREFIX
# (default <repo>/.run/npm, installed by install-deps.sh or on first start).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
NPM_PREFIX=${CITYOS_NPM_PREFIX:-$REPO/.run/npm}
STATE_ROOT=${CITYOS_COSMOS_STATE:-$REPO/.run/cosmos}
PACKAGE=@vercel/cosmosdb-server@1.0.1
START_TIMEOUT=${COSMOS_START_TIMEOUT:-30}
# The emulator's documented well-known key; the npm server does not check it, real Cosmos would.
WELL_KNOWN_KEY='C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DXIDCa+RXoOKJZdUIBfK1BHWD1kw3bRLHD6aQ6lZy8y3Xg=='

usage() {
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

log() { printf '[cosmos:%s] %s\n' "$NAME" "$*" >&2; }

cmd=${1:-}
[[ -n $cmd ]] || usage
shift
PORT=8081
NAME=cityos
TLS=0
while (($#)); do
  case $1 in
    --port) PORT=${2:?--port needs a value}; shift 2 ;;
    --port=*) PORT=${1#*=}; shift ;;
    --name) NAME=${2:?--name needs a value}; shift 2 ;;
    --name=*) NAME=${1#*=}; shift ;;
    --tls) TLS=1; shift ;;
    -h|--help) usage ;;
    *) echo "cosmos.sh: unknown argument: $1" >&2; usage ;;
  esac
done
if ! [[ $PORT =~ ^[0-9]+$ ]] || ((PORT < 1 || PORT > 65535)); then
  echo "cosmos.sh: bad port $PORT" >&2
  exit 2
fi
[[ $NAME =~ ^[A-Za-z0-9_-]+$ ]] || { echo "cosmos.sh: bad name $NAME" >&2; exit 2; }

STATE="$STATE_ROOT/$NAME"
LOG_FILE="$STATE/emulator.log"
MODULES="$NPM_PREFIX/node_modules"

# A zombie counts as gone: an exited server waits for whoever adopted it to reap it.
alive() {
  [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null \
    && [[ $(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1) != Z ]]
}

# emulator_pid [STATE_DIR]: pid of the live emulator of that state folder, or nothing.
emulator_pid() {
  local pid
  pid=$(cat "${1:-$STATE}/emulator.pid" 2>/dev/null || true)
  # A stale pid file may name an unrelated process: check that it runs our wrapper.
  if alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'cosmos-emulator\.js'; then
    echo "$pid"
  fi
}

saved() { cat "$STATE/$1" 2>/dev/null || echo "$2"; }

port_open() { timeout 2 bash -c ": </dev/tcp/127.0.0.1/$1" 2>/dev/null; }

ensure_package() {
  command -v node >/dev/null 2>&1 || { log "node is not installed; run deploy/local/install-deps.sh"; exit 1; }
  [[ -f $MODULES/@vercel/cosmosdb-server/package.json ]] && return 0
  log "installing $PACKAGE into $NPM_PREFIX"
  mkdir -p "$NPM_PREFIX"
  npm install --prefix "$NPM_PREFIX" --no-audit --no-fund --loglevel=error "$PACKAGE" >&2
}

make_cert() {
  command -v openssl >/dev/null 2>&1 || { log "--tls needs openssl"; exit 1; }
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$STATE/key.pem" -out "$STATE/cert.pem" 2>/dev/null
  chmod 600 "$STATE/key.pem"
  openssl x509 -in "$STATE/cert.pem" -noout -fingerprint -sha1 | sed 's/.*=//; s/://g' >"$STATE/thumbprint"
}

do_start() {
  local pid scheme=http
  ((TLS)) && scheme=https
  pid=$(emulator_pid)
  if [[ -n $pid ]]; then
    if [[ $(saved port "$PORT") != "$PORT" || $(saved scheme "$scheme") != "$scheme" ]]; then
      log "already running (pid $pid) on $(saved scheme http)://127.0.0.1:$(saved port "$PORT"); stop it first"
      exit 1
    fi
    log "already running (pid $pid, port $PORT)"
    exit 0
  fi
  if port_open "$PORT"; then
    log "port $PORT on 127.0.0.1 is already taken by another process"
    exit 1
  fi
  ensure_package
  rm -rf "$STATE"
  mkdir -p "$STATE"
  echo "$PORT" >"$STATE/port"
  echo "$scheme" >"$STATE/scheme"
  local tls_args=()
  if ((TLS)); then
    make_cert
    tls_args=(--cert "$STATE/cert.pem" --key "$STATE/key.pem")
  fi

  # setsid: detached from this script's session and Ctrl-C; all std fds to the log so a
  # caller reading our stdout to EOF does not hang.
  setsid node "$HERE/cosmos-emulator.js" --modules "$MODULES" --host 127.0.0.1 --port "$PORT" "${tls_args[@]}" \
    </dev/null >>"$LOG_FILE" 2>&1 &
  local launched=$!
  echo "$launched" >"$STATE/emulator.pid"
  log "starting on $scheme://127.0.0.1:$PORT (state $STATE)"

  local t0=$SECONDS deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! alive "$launched"; then
      log "emulator exited during startup"
      tail -n 40 "$LOG_FILE" >&2 || true
      exit 1
    fi
    if grep -q 'cosmos-emulator ready' "$LOG_FILE" 2>/dev/null && port_open "$PORT"; then
      log "ready (pid $launched) after $((SECONDS - t0)) s"
      return 0
    fi
    sleep 0.1
  done
  log "not accepting connections after ${START_TIMEOUT} s; stopping it"
  tail -n 40 "$LOG_FILE" >&2 || true
  kill -KILL "$launched" 2>/dev/null || true
  exit 1
}

do_stop() {
  local pid deadline
  pid=$(emulator_pid)
  if [[ -z $pid ]]; then
    log "not running"
    rm -f "$STATE/emulator.pid"
    return 0
  fi
  log "stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + 10))
  while alive "$pid" && ((SECONDS < deadline)); do sleep 0.1; done
  if alive "$pid"; then
    kill -KILL "$pid" 2>/dev/null || true
    while alive "$pid"; do sleep 0.1; done
  fi
  rm -f "$STATE/emulator.pid"
  log "stopped"
}

running_names() {
  local d
  for d in "$STATE_ROOT"/*/; do
    d=${d%/}
    [[ -d $d ]] || continue
    if [[ -n $(emulator_pid "$d") ]]; then basename "$d"; fi
  done
}

do_status() {
  local pid
  pid=$(emulator_pid)
  if [[ -z $pid ]]; then
    echo "$NAME: stopped"
    exit 3
  fi
  if port_open "$(saved port "$PORT")"; then
    echo "$NAME: running (pid $pid, $(saved scheme http)://127.0.0.1:$(saved port "$PORT")/, state $STATE)"
  else
    echo "$NAME: starting or unhealthy (pid $pid, port $(saved port "$PORT") closed)"
    exit 1
  fi
}

do_env() {
  [[ -n $(emulator_pid) ]] || { log "not running"; exit 3; }
  echo "export CITYOS_COSMOS=$(saved scheme http)://127.0.0.1:$(saved port "$PORT")/"
  echo "export CITYOS_COSMOS_KEY='$WELL_KNOWN_KEY'"
  if [[ -s $STATE/thumbprint ]]; then echo "export CITYOS_COSMOS_THUMBPRINT=$(cat "$STATE/thumbprint")"; fi
}

case $cmd in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  env) do_env ;;
  list) running_names ;;
  *) usage ;;
esac
