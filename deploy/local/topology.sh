#!/usr/bin/env bash
# Runs the whole distributed topology on loopback: RabbitMQ, mosquitto, the Cosmos DB emulator (or one
# SQLite file per service) and every service as its own process, built once in Release.
#
#   topology.sh start   [--name NAME] [--offset N] [--store cosmos|sqlite] [--fresh] [--no-build] [--services a,b]
#   topology.sh stop    [--name NAME] [--keep-brokers] [--services a,b]
#   topology.sh status  [--name NAME]
#   topology.sh kill    [--name NAME] --services a,b     # SIGKILL, for drills; `start` brings them back
#   topology.sh env     [--name NAME]                    # export lines: every address of this topology
#
# Ports are the defaults plus --offset N: RabbitMQ 5672, mosquitto 1883, Cosmos emulator 8081, consent 5081,
# disaster 5082, mobility 5083, childcare 5084, sensors 5085, gateway 5086, web 5087. The brokers are nodes of
# their own, named NAME (default `topology`), so the shared test servers (`cityos`) are never touched; on a
# machine that already runs those, use an offset (e.g. --offset 100). `start` is idempotent: it starts only
# what is not running, so after a crash or a `kill` it brings back just the missing parts.
# State, logs and PIDs: <repo>/.run/topology/NAME/ (CITYOS_TOPOLOGY_STATE overrides the root).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
STATE_ROOT=${CITYOS_TOPOLOGY_STATE:-$REPO/.run/topology}
HEALTH_TIMEOUT=${TOPOLOGY_HEALTH_TIMEOUT:-180}
STOP_TIMEOUT=${TOPOLOGY_STOP_TIMEOUT:-20}
CONFIGURATION=${TOPOLOGY_CONFIGURATION:-Release}
COSMOS_KEY='C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DXIDCa+RXoOKJZdUIBfK1BHWD1kw3bRLHD6aQ6lZy8y3Xg=='

# name, project, base port: the order is the start order (Consent first: Disaster enrols residents there).
SERVICES=(consent:CityOs.Consent:5081 disaster:CityOs.Disaster:5082 mobility:CityOs.Mobility:5083
  childcare:CityOs.Childcare:5084 sensors:CityOs.Sensors:5085 gateway:CityOs.Gateway:5086 web:CityOs.Web:5087)

usage() {
  sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

cmd=${1:-}
[[ -n $cmd ]] || usage
shift
NAME=topology
OFFSET=
STORE=
FRESH=0
BUILD=1
KEEP_BROKERS=0
ONLY=""
while (($#)); do
  case $1 in
    --name) NAME=${2:?--name needs a value}; shift 2 ;;
    --offset) OFFSET=${2:?--offset needs a value}; shift 2 ;;
    --store) STORE=${2:?--store needs a value}; shift 2 ;;
    --services) ONLY=${2:?--services needs a value}; shift 2 ;;
    --fresh) FRESH=1; shift ;;
    --no-build) BUILD=0; shift ;;
    --keep-brokers) KEEP_BROKERS=1; shift ;;
    -h|--help) usage ;;
    *) echo "topology.sh: unknown argument: $1" >&2; usage ;;
  esac
done
[[ $NAME =~ ^[A-Za-z0-9_-]+$ ]] || { echo "topology.sh: bad name $NAME" >&2; exit 2; }
STATE="$STATE_ROOT/$NAME"
log() { printf '[topology:%s] %s\n' "$NAME" "$*" >&2; }

# Flags not given come from the last start of this NAME, so `stop`, `status`, `kill` and a restart need none.
saved() { cat "$STATE/$1" 2>/dev/null || echo "$2"; }
[[ -n $OFFSET ]] || OFFSET=$(saved offset 0)
[[ -n $STORE ]] || STORE=$(saved store cosmos)
if [[ $cmd != start ]]; then
  OFFSET=$(saved offset "$OFFSET")
  STORE=$(saved store "$STORE")
fi
[[ $OFFSET =~ ^[0-9]+$ ]] && ((OFFSET <= 20000)) || { echo "topology.sh: bad offset $OFFSET" >&2; exit 2; }
[[ $STORE == cosmos || $STORE == sqlite ]] || { echo "topology.sh: --store must be cosmos or sqlite" >&2; exit 2; }
RABBIT_PORT=$((5672 + OFFSET))
MQTT_PORT=$((1883 + OFFSET))
COSMOS_PORT=$((8081 + OFFSET))

selected() {
  local entry name
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*}
    if [[ -z $ONLY || ,$ONLY, == *",$name,"* ]]; then echo "$entry"; fi
  done
}
if [[ -n $ONLY ]]; then
  for want in ${ONLY//,/ }; do
    printf '%s\n' "${SERVICES[@]}" | grep -q "^$want:" || { echo "topology.sh: unknown service $want" >&2; exit 2; }
  done
fi

port_of() { echo $(( ${1##*:} + OFFSET )); }
dll_of() { local p=${1#*:}; p=${p%%:*}; echo "$REPO/services/$p/bin/$CONFIGURATION/net10.0/$p.dll"; }

alive() {
  [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null \
    && [[ $(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1) != Z ]]
}

# pid of the live process of a service, or nothing: a stale pid file may name an unrelated process.
service_pid() {
  local name=${1%%:*} pid
  pid=$(cat "$STATE/pids/$name.pid" 2>/dev/null || true)
  if alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$(dll_of "$1")"; then echo "$pid"; fi
}

port_open() { timeout 2 bash -c ": </dev/tcp/127.0.0.1/$1" 2>/dev/null; }

health() { curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$1/health"; }

build() {
  local missing=0 entry
  for entry in $(selected); do [[ -f $(dll_of "$entry") ]] || missing=1; done
  if ((BUILD)); then
    # The all-in-one host references every service, so one build puts each service's own output in place.
    log "building the services ($CONFIGURATION)"
    dotnet build "$REPO/services/CityOs.Host/CityOs.Host.csproj" -c "$CONFIGURATION" -nologo -v q >"$STATE/logs/build.log" 2>&1 \
      || { tail -n 30 "$STATE/logs/build.log" >&2; log "build failed (log: $STATE/logs/build.log)"; exit 1; }
  elif ((missing)); then
    log "--no-build, but a service is not built; run without --no-build"
    exit 1
  fi
}

start_brokers() {
  local fresh=()
  ((FRESH)) && fresh=(--fresh)
  bash "$HERE/rabbitmq.sh" start --name "$NAME" --port "$RABBIT_PORT" "${fresh[@]}"
  bash "$HERE/mosquitto.sh" start --name "$NAME" --port "$MQTT_PORT" "${fresh[@]}"
  if [[ $STORE == cosmos ]]; then
    bash "$HERE/cosmos.sh" start --name "$NAME" --port "$COSMOS_PORT"
  fi
}

service_env() {
  local name=${1%%:*}
  printf '%s\n' \
    "urls=http://127.0.0.1:$(port_of "$1")" \
    "DOTNET_ENVIRONMENT=Production" "ASPNETCORE_ENVIRONMENT=Production" \
    "Bus__Transport=RabbitMq" \
    "Bus__RabbitMq=amqp://guest:guest@127.0.0.1:$RABBIT_PORT/" \
    "Mqtt__Mode=External" "Mqtt__Host=127.0.0.1" "Mqtt__Port=$MQTT_PORT" \
    "Mqtt__ClientId=$NAME-$name" \
    "Disaster__ConsentUrl=http://127.0.0.1:$((5081 + OFFSET))" \
    "Auth__Authority=http://127.0.0.1:$((5086 + OFFSET))/" \
    "Identity__AllowHttp=true" \
    "Identity__AppOrigins__0=http://127.0.0.1:$((5086 + OFFSET))" \
    "Identity__AppOrigins__1=http://127.0.0.1:$((5087 + OFFSET))" \
    "Gateway__Sources__Disaster=http://127.0.0.1:$((5082 + OFFSET))" \
    "Gateway__Sources__Mobility=http://127.0.0.1:$((5083 + OFFSET))" \
    "Gateway__Sources__Childcare=http://127.0.0.1:$((5084 + OFFSET))" \
    "Office__ConsentUrl=http://127.0.0.1:$((5081 + OFFSET))" \
    "Office__DisasterUrl=http://127.0.0.1:$((5082 + OFFSET))" \
    "Office__MobilityUrl=http://127.0.0.1:$((5083 + OFFSET))" \
    "Office__ChildcareUrl=http://127.0.0.1:$((5084 + OFFSET))"
  if [[ $STORE == cosmos ]]; then
    printf '%s\n' "Store__Provider=Cosmos" "Store__CosmosEndpoint=http://127.0.0.1:$COSMOS_PORT/" \
      "Store__CosmosKey=$COSMOS_KEY" "Store__CosmosDatabase=cityos" "Store__CosmosAllowInsecureEmulator=true"
  else
    printf '%s\n' "Store__Provider=Sqlite" "Store__SqlitePath=$STATE/data/$name.db"
  fi
}

start_service() {
  local entry=$1 name=${1%%:*} pid port dll
  port=$(port_of "$entry")
  dll=$(dll_of "$entry")
  pid=$(service_pid "$entry")
  if [[ -n $pid ]]; then
    log "$name already running (pid $pid, port $port)"
    return 0
  fi
  if port_open "$port"; then
    log "port $port for $name is already taken by another process"
    exit 1
  fi
  local -a envs
  mapfile -t envs < <(service_env "$entry")
  # The content root is the build folder, so each service reads its own appsettings.json (the Gateway's demo
  # accounts and partner clients live there); state still goes under STATE through absolute paths.
  envs+=("ASPNETCORE_CONTENTROOT=$(dirname "$dll")")
  # setsid: own session, detached from this script and Ctrl-C; all std fds to the log so a caller reading
  # our stdout to EOF does not hang. The working folder holds nothing but lets relative paths stay in STATE.
  (cd "$STATE" && exec env "${envs[@]}" setsid dotnet "$dll" </dev/null >>"$STATE/logs/$name.log" 2>&1) &
  echo $! >"$STATE/pids/$name.pid"
  log "$name starting (pid $!, http://127.0.0.1:$port)"
}

wait_healthy() {
  local entry name port deadline=$((SECONDS + HEALTH_TIMEOUT)) t0=$SECONDS pending
  while :; do
    pending=()
    for entry in $(selected); do
      name=${entry%%:*}
      port=$(port_of "$entry")
      if [[ -z $(service_pid "$entry") ]]; then
        log "$name exited during start-up; last lines of $STATE/logs/$name.log:"
        tail -n 30 "$STATE/logs/$name.log" >&2 || true
        exit 1
      fi
      health "$port" || pending+=("$name")
    done
    if ((${#pending[@]} == 0)); then
      log "all healthy after $((SECONDS - t0)) s"
      return 0
    fi
    if ((SECONDS >= deadline)); then
      log "not healthy after ${HEALTH_TIMEOUT} s: ${pending[*]} (logs in $STATE/logs/)"
      exit 1
    fi
    sleep 0.5
  done
}

do_start() {
  if [[ -n $(running_services) ]] && [[ $(saved offset "$OFFSET") != "$OFFSET" || $(saved store "$STORE") != "$STORE" ]]; then
    log "already running with offset $(saved offset 0) and store $(saved store cosmos); stop it first"
    exit 1
  fi
  if ((FRESH)); then
    [[ -z $(running_services) ]] || { log "--fresh while services run; stop first"; exit 1; }
    rm -rf "$STATE"
  fi
  mkdir -p "$STATE/pids" "$STATE/logs" "$STATE/data"
  echo "$OFFSET" >"$STATE/offset"
  echo "$STORE" >"$STATE/store"
  build
  start_brokers
  local entry
  for entry in $(selected); do start_service "$entry"; done
  wait_healthy
  do_env
}

running_services() {
  local entry
  for entry in "${SERVICES[@]}"; do
    if [[ -n $(service_pid "$entry") ]]; then echo "${entry%%:*}"; fi
  done
}

stop_service() {
  local entry=$1 name=${1%%:*} pid deadline
  pid=$(service_pid "$entry")
  rm -f "$STATE/pids/$name.pid"
  [[ -n $pid ]] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + STOP_TIMEOUT))
  while alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
  if alive "$pid"; then
    log "$name still alive after ${STOP_TIMEOUT} s; SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  log "$name stopped (pid $pid)"
}

do_stop() {
  local entry
  # Gateway and web first, consent last: the reverse of the start order.
  for entry in $(selected | tac); do stop_service "$entry"; done
  if [[ -z $ONLY ]] && ((!KEEP_BROKERS)); then
    bash "$HERE/cosmos.sh" stop --name "$NAME"
    bash "$HERE/mosquitto.sh" stop --name "$NAME"
    bash "$HERE/rabbitmq.sh" stop --name "$NAME"
  fi
}

do_kill() {
  [[ -n $ONLY ]] || { log "kill needs --services"; exit 2; }
  local entry pid
  for entry in $(selected); do
    pid=$(service_pid "$entry")
    if [[ -n $pid ]]; then
      kill -KILL "$pid"
      log "${entry%%:*} killed (pid $pid)"
    fi
  done
}

do_status() {
  local entry pid port state rc=0
  for entry in "${SERVICES[@]}"; do
    pid=$(service_pid "$entry")
    port=$(port_of "$entry")
    if [[ -z $pid ]]; then
      state=stopped
      rc=3
    elif health "$port"; then
      state="healthy (pid $pid)"
    else
      state="running, /health not 200 (pid $pid)"
      rc=1
    fi
    printf '%-10s http://127.0.0.1:%-5s %s\n' "${entry%%:*}" "$port" "$state"
  done
  bash "$HERE/rabbitmq.sh" status --name "$NAME" || rc=1
  bash "$HERE/mosquitto.sh" status --name "$NAME" || rc=1
  if [[ $STORE == cosmos ]]; then bash "$HERE/cosmos.sh" status --name "$NAME" || rc=1; fi
  # 0 all healthy, 3 no service running, 1 anything in between.
  [[ -n $(running_services) ]] || rc=3
  exit "$rc"
}

do_env() {
  local entry name
  echo "export CITYOS_TOPOLOGY_RABBITMQ=amqp://guest:guest@127.0.0.1:$RABBIT_PORT/"
  echo "export CITYOS_TOPOLOGY_MQTT=127.0.0.1:$MQTT_PORT"
  [[ $STORE == cosmos ]] && echo "export CITYOS_TOPOLOGY_COSMOS=http://127.0.0.1:$COSMOS_PORT/"
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*}
    echo "export CITYOS_TOPOLOGY_${name^^}=http://127.0.0.1:$(port_of "$entry")"
  done
}

case $cmd in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  kill) do_kill ;;
  env) do_env ;;
  *) usage ;;
esac
