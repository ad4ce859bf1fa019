#!/usr/bin/env bash
# Runs local RabbitMQ nodes for tests, without systemd or Docker.
#
#   rabbitmq.sh start  [--port N] [--name NAME] [--fresh]
#   rabbitmq.sh stop   [--name NAME]
#   rabbitmq.sh status [--name NAME]
#   rabbitmq.sh list                      # names of running nodes, one a line
#   rabbitmq.sh ctl    [--name NAME] -- ARGS...   # rabbitmqctl against the node
#   rabbitmq.sh diag   [--name NAME] -- ARGS...   # rabbitmq-diagnostics against the node
#
# Several nodes can run at once: each NAME has its own node name (NAME@localhost),
# AMQP port, distribution port (AMQP port + 20000) and state folder.
# Everything listens on 127.0.0.1 only. Default user guest/guest (loopback only).
set -euo pipefail

# Needs root to switch to the rabbitmq user; re-run under sudo when we are not root.
if [[ ${EUID} -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then exec sudo -n -E bash "$0" "$@"; fi
  echo "rabbitmq.sh: needs root (or sudo)" >&2
  exit 1
fi

RABBIT_HOME=/var/lib/rabbitmq            # the rabbitmq user's HOME: holds .erlang.cookie
STATE_ROOT=${CITYOS_RABBITMQ_STATE:-$RABBIT_HOME/cityos}
RABBIT_BIN=/usr/lib/rabbitmq/bin         # the real scripts; /usr/sbin ones su to rabbitmq
START_TIMEOUT=${RABBITMQ_START_TIMEOUT:-90}  # a cold boot takes 11-15 s here, more under load
STOP_TIMEOUT=${RABBITMQ_STOP_TIMEOUT:-60}

usage() {
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

log() { printf '[rabbitmq:%s] %s\n' "$NAME" "$*" >&2; }

cmd=${1:-}
[[ -n $cmd ]] || usage
shift
PORT=5672
NAME=cityos
FRESH=0
CTL_ARGS=()
while (($#)); do
  case $1 in
    --port) PORT=${2:?--port needs a value}; shift 2 ;;
    --port=*) PORT=${1#*=}; shift ;;
    --name) NAME=${2:?--name needs a value}; shift 2 ;;
    --name=*) NAME=${1#*=}; shift ;;
    --fresh) FRESH=1; shift ;;
    --) shift; CTL_ARGS=("$@"); break ;;
    -h|--help) usage ;;
    *) echo "rabbitmq.sh: unknown argument: $1" >&2; usage ;;
  esac
done
# The distribution port is PORT + 20000, so PORT must stay below 45536.
if ! [[ $PORT =~ ^[0-9]+$ ]] || ((PORT < 1 || PORT > 45535)); then
  echo "rabbitmq.sh: bad port $PORT" >&2
  exit 2
fi
[[ $NAME =~ ^[A-Za-z0-9_-]+$ ]] || { echo "rabbitmq.sh: bad name $NAME" >&2; exit 2; }

NODE="$NAME@localhost"
STATE="$STATE_ROOT/$NAME"
PID_FILE="$STATE/rabbitmq.pid"        # written by the node itself (beam.smp pid)
LAUNCH_PID_FILE="$STATE/launcher.pid" # session leader of the whole process tree
CONSOLE_LOG="$STATE/log/console.log"  # stdout/stderr of the node, early boot errors land here

require_installed() {
  if [[ ! -x $RABBIT_BIN/rabbitmq-server ]] || ! id rabbitmq >/dev/null 2>&1; then
    echo "rabbitmq.sh: rabbitmq-server is not installed; run deploy/local/install-deps.sh" >&2
    exit 1
  fi
}

# Clean, explicit environment: nothing leaks in from the caller (e.g. dotnet test),
# and /etc/rabbitmq/rabbitmq-env.conf cannot override the per-node settings.
node_env() {
  local port=$1
  printf '%s\n' \
    "PATH=/usr/lib/rabbitmq/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    "HOME=$RABBIT_HOME" \
    "LANG=C.UTF-8" "LC_ALL=C.UTF-8" \
    "RABBITMQ_CONF_ENV_FILE=$STATE/rabbitmq-env.conf" \
    "RABBITMQ_NODENAME=$NODE" \
    "RABBITMQ_NODE_IP_ADDRESS=127.0.0.1" \
    "RABBITMQ_NODE_PORT=$port" \
    "RABBITMQ_DIST_PORT=$((port + 20000))" \
    "ERL_EPMD_ADDRESS=127.0.0.1" \
    "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}" \
    "RABBITMQ_CTL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}" \
    "RABBITMQ_MNESIA_BASE=$STATE/mnesia" \
    "RABBITMQ_MNESIA_DIR=$STATE/mnesia/$NODE" \
    "RABBITMQ_LOG_BASE=$STATE/log" \
    "RABBITMQ_PID_FILE=$PID_FILE" \
    "RABBITMQ_CONFIG_FILE=$STATE/rabbitmq.conf" \
    "RABBITMQ_ADVANCED_CONFIG_FILE=$STATE/advanced.config" \
    "RABBITMQ_ENABLED_PLUGINS_FILE=$STATE/enabled_plugins" \
    "RABBITMQ_PLUGINS_EXPAND_DIR=$STATE/plugins-expand"
}

# Run a command as the rabbitmq user in the node's environment, so server and CLI
# read the same cookie ($RABBIT_HOME/.erlang.cookie).
as_rabbit() {
  local -a envs
  mapfile -t envs < <(node_env "$(saved_port)")
  runuser -u rabbitmq -- env -i "${envs[@]}" "$@"
}

saved_port() { cat "$STATE/port" 2>/dev/null || echo "$PORT"; }

# A zombie counts as gone: an exited server waits for whoever adopted it to reap it.
alive() {
  [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null \
    && [[ $(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1) != Z ]]
}

# node_pid [STATE_DIR]: pid of the live node of that state folder, or nothing.
node_pid() {
  local pid
  pid=$(cat "${1:-$STATE}/rabbitmq.pid" 2>/dev/null || true)
  # The pid file can be stale after a crash or reboot: trust it only for a live beam.
  if alive "$pid" && grep -q beam "/proc/$pid/comm" 2>/dev/null; then echo "$pid"; fi
}

launcher_pid() {
  local pid dir=${1:-$STATE}
  pid=$(cat "$dir/launcher.pid" 2>/dev/null || true)
  # Only our runuser for this state folder: after a reboot the pid may be reused,
  # and stop kills the launcher's whole process group.
  if alive "$pid" && tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null \
       | grep -qxF "RABBITMQ_MNESIA_BASE=$dir/mnesia"; then
    echo "$pid"
  fi
}

port_open() { timeout 2 bash -c ": </dev/tcp/127.0.0.1/$1" 2>/dev/null; }

diag() { as_rabbit "$RABBIT_BIN/rabbitmq-diagnostics" -n "$NODE" "$@"; }

log_tail() {
  local f
  for f in "$CONSOLE_LOG" "$STATE/log/$NODE.log"; do
    if [[ -s $f ]]; then
      echo "----- last lines of $f -----" >&2
      tail -n 40 "$f" >&2
    fi
  done
}

ensure_cookie() {
  # Normally made by the package; a missing cookie would be created by whichever
  # process starts first, so make it once here, before any server or CLI runs.
  local c=$RABBIT_HOME/.erlang.cookie
  if [[ ! -s $c ]]; then
    install -d -o rabbitmq -g rabbitmq "$RABBIT_HOME"
    (umask 077; head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 >"$c")
    chown rabbitmq:rabbitmq "$c"
    chmod 400 "$c"
  fi
}

write_config() {
  install -d -o rabbitmq -g rabbitmq -m 750 "$STATE_ROOT" "$STATE" "$STATE/mnesia" "$STATE/log"
  echo "$PORT" >"$STATE/port"
  : >"$STATE/rabbitmq-env.conf"    # empty on purpose: shadows /etc/rabbitmq/rabbitmq-env.conf
  echo '[].' >"$STATE/enabled_plugins"   # no plugins: management is not needed
  echo '[].' >"$STATE/advanced.config"
  {
    echo "# generated by deploy/local/rabbitmq.sh; edits are lost on the next start"
    # Listener address and port come from RABBITMQ_NODE_IP_ADDRESS/PORT (node_env).
    echo "loopback_users.guest = true"
    echo "log.console = false"
    echo "log.file.level = info"
    # Tests fill the disk of a small CI machine less than the 50 MB default fears.
    echo "disk_free_limit.absolute = 10MB"
    # Extra settings for a test, e.g. RABBITMQ_EXTRA_CONF='consumer_timeout = 60000'.
    if [[ -n ${RABBITMQ_EXTRA_CONF:-} ]]; then printf '%s\n' "$RABBITMQ_EXTRA_CONF"; fi
  } >"$STATE/rabbitmq.conf"
  chown rabbitmq:rabbitmq "$STATE"/{port,rabbitmq-env.conf,enabled_plugins,advanced.config,rabbitmq.conf}
}

do_start() {
  require_installed
  local pid
  pid=$(node_pid)
  if [[ -n $pid ]]; then
    if [[ $(saved_port) != "$PORT" ]]; then
      log "already running (pid $pid) but on port $(saved_port), not $PORT; stop it first"
      exit 1
    fi
    log "already running (pid $pid, port $PORT)"
    exit 0
  fi
  # A launcher without a node is a start still booting or a half-dead node: clear it.
  if [[ -n $(launcher_pid) ]]; then
    log "stale launcher $(launcher_pid) without a node; stopping it"
    do_stop
  fi
  if port_open "$PORT"; then
    log "port $PORT on 127.0.0.1 is already taken by another process"
    exit 1
  fi
  if port_open "$((PORT + 20000))"; then
    log "distribution port $((PORT + 20000)) is already taken by another process"
    exit 1
  fi
  if ((FRESH)); then
    log "--fresh: wiping $STATE"
    rm -rf "$STATE"
  fi
  ensure_cookie
  write_config
  rm -f "$PID_FILE"
  : >"$CONSOLE_LOG"
  chown rabbitmq:rabbitmq "$CONSOLE_LOG"

  local -a envs
  mapfile -t envs < <(node_env "$PORT")
  # setsid: own session, so the node outlives this script and a Ctrl-C in the caller's
  # terminal. All three std fds go to the log: a caller reading our stdout to EOF
  # (e.g. .NET Process) must not wait on the node forever.
  (cd "$RABBIT_HOME" && exec setsid runuser -u rabbitmq -- env -i "${envs[@]}" \
      "$RABBIT_BIN/rabbitmq-server" </dev/null >>"$CONSOLE_LOG" 2>&1) &
  local launcher=$!
  echo "$launcher" >"$LAUNCH_PID_FILE"
  log "starting node $NODE on 127.0.0.1:$PORT (dist port $((PORT + 20000)), state $STATE)"

  # `ping` answers before the AMQP port opens and `await_startup` fails at once if
  # the node has not registered yet: check_port_connectivity is the real readiness.
  local t0=$SECONDS deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! alive "$launcher"; then
      log "node exited during startup"
      log_tail
      exit 1
    fi
    if [[ -n $(node_pid) ]] && port_open "$PORT" \
       && diag -q check_port_connectivity >/dev/null 2>&1; then
      log "ready (pid $(node_pid)) after $((SECONDS - t0)) s"
      return 0
    fi
    sleep 0.5
  done
  log "not ready after ${START_TIMEOUT} s; stopping it"
  log_tail
  do_stop || true
  exit 1
}

wait_gone() {
  local pid=$1 deadline=$((SECONDS + $2))
  while alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
  ! alive "$pid"
}

do_stop() {
  local pid launcher
  pid=$(node_pid)
  launcher=$(launcher_pid)
  if [[ -z $pid && -z $launcher ]]; then
    log "not running"
    rm -f "$PID_FILE" "$LAUNCH_PID_FILE"
    return 0
  fi
  if [[ -n $pid ]]; then
    # SIGTERM makes the node shut down cleanly (queues and messages are flushed).
    log "stopping pid $pid"
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_gone "$pid" "$STOP_TIMEOUT"; then
      log "still alive after ${STOP_TIMEOUT} s; SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      wait_gone "$pid" 10 || true
    fi
  fi
  # The launcher (runuser -> sh -> erl) leads its own process group: end whatever of
  # it is left, e.g. a node that died before writing its pid file.
  if [[ -n $launcher ]] && alive "$launcher"; then
    kill -TERM -- "-$launcher" 2>/dev/null || true
    if ! wait_gone "$launcher" 10; then kill -KILL -- "-$launcher" 2>/dev/null || true; fi
  fi
  rm -f "$PID_FILE" "$LAUNCH_PID_FILE"
  # epmd is shared by all nodes; `epmd -kill` is refused while any node is registered,
  # so this only ends it when no node remains.
  if [[ -z $(running_names) ]]; then
    epmd -kill >/dev/null 2>&1 || true
  fi
  log "stopped"
}

running_names() {
  local d
  for d in "$STATE_ROOT"/*/; do
    d=${d%/}
    [[ -d $d ]] || continue
    if [[ -n $(node_pid "$d") || -n $(launcher_pid "$d") ]]; then basename "$d"; fi
  done
}

do_status() {
  local pid
  pid=$(node_pid)
  if [[ -z $pid ]]; then
    echo "$NAME: stopped"
    exit 3
  fi
  if port_open "$(saved_port)"; then
    echo "$NAME: running (pid $pid, node $NODE, amqp://guest:guest@127.0.0.1:$(saved_port)/, state $STATE)"
  else
    echo "$NAME: starting or unhealthy (pid $pid, port $(saved_port) closed)"
    exit 1
  fi
}

case $cmd in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  list) running_names ;;
  ctl) require_installed; as_rabbit "$RABBIT_BIN/rabbitmqctl" -n "$NODE" "${CTL_ARGS[@]}" ;;
  diag) require_installed; diag "${CTL_ARGS[@]}" ;;
  *) usage ;;
esac
