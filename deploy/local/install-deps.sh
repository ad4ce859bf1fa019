#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, if missing.
# Idempotent: when everything is present it only runs dpkg-query and exits.
# Package services are never started here (no systemd); deploy/local/*.sh start them.
set -euo pipefail

# --- what the tests need ----------------------------------------------------
APT_PACKAGES=(
  rabbitmq-server
  mosquitto
  mosquitto-clients
  chromium   # browser tests (Playwright drives /usr/bin/chromium; nothing is downloaded)
)
# npm packages the tests need, installed into $CITYOS_NPM_PREFIX (default <repo>/.run/npm,
# gitignored), not globally: deploy/local/cosmos.sh runs the emulator from there.
NPM_PACKAGES=(@vercel/cosmosdb-server@1.0.1)
# ----------------------------------------------------------------------------

log() { printf '[install-deps] %s\n' "$*" >&2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
NPM_PREFIX=${CITYOS_NPM_PREFIX:-$REPO/.run/npm}

# node and npm come from apt only when missing: a NodeSource nodejs (which bundles npm) must
# not be joined by Debian's separate npm package, which conflicts with it.
if ((${#NPM_PACKAGES[@]} > 0)) && ! command -v npm >/dev/null 2>&1; then
  APT_PACKAGES+=(nodejs npm)
fi

# Root does it directly; otherwise sudo (non-interactive so CI never hangs on a prompt).
SUDO=()
if [[ ${EUID} -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo -n)
  else
    log "not root and no sudo: cannot install ${APT_PACKAGES[*]}"
    exit 1
  fi
fi

is_installed() {
  [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" == installed ]]
}

missing=()
for p in "${APT_PACKAGES[@]}"; do
  is_installed "$p" || missing+=("$p")
done

if ((${#missing[@]} > 0)); then
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Keep the packages' postinst from trying to start their services: without systemd
  # that start fails and would fail the install. Exit 101 = "action forbidden".
  # An existing policy-rc.d (e.g. a container's) is left as it is.
  policy=/usr/sbin/policy-rc.d
  created_policy=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
    "${SUDO[@]}" chmod 755 "$policy"
    created_policy=1
  fi
  cleanup_policy() {
    if ((created_policy)); then "${SUDO[@]}" rm -f "$policy"; fi
  }
  trap cleanup_policy EXIT

  apt_install() {
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends "${missing[@]}"
  }
  # A fresh machine has no package lists, and old lists point at vanished files:
  # update first when there are no lists, else only when the install fails.
  if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    "${SUDO[@]}" apt-get update -q
    apt_install
  elif ! apt_install; then
    log "install failed; running apt-get update and retrying"
    "${SUDO[@]}" apt-get update -q
    # A postinst interrupted earlier leaves packages half-configured.
    "${SUDO[@]}" dpkg --configure -a || true
    apt_install
  fi

  for p in "${missing[@]}"; do
    is_installed "$p" || { log "package $p is still not installed"; exit 1; }
  done
fi

# An npm package counts as present when its package.json names the pinned version.
npm_missing=()
for spec in "${NPM_PACKAGES[@]}"; do
  name=${spec%@*}
  version=${spec##*@}
  manifest="$NPM_PREFIX/node_modules/$name/package.json"
  if [[ ! -f $manifest ]] || ! grep -q "\"version\": *\"$version\"" "$manifest"; then
    npm_missing+=("$spec")
  fi
done
if ((${#npm_missing[@]} > 0)); then
  log "npm installing into $NPM_PREFIX: ${npm_missing[*]}"
  mkdir -p "$NPM_PREFIX"
  npm install --prefix "$NPM_PREFIX" --no-audit --no-fund --loglevel=error "${npm_missing[@]}" >&2
fi

log "ok: ${APT_PACKAGES[*]} ${NPM_PACKAGES[*]}"
