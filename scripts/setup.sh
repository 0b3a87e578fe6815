#!/usr/bin/env bash
# Everything a fresh machine needs: Debian's Chromium and Firefox ESR, which the end-to-end tests
# drive (each unless CHROME_PATH or FIREFOX_PATH points at another browser), Debian's PostgreSQL,
# whose binaries the archive's tests and `npm run archive:up` run private clusters with (no system
# service is used), and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if [ -z "${CHROME_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if [ -z "${FIREFOX_PATH:-}" ] && ! command -v firefox-esr >/dev/null 2>&1; then missing+=(firefox-esr); fi
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then missing+=(postgresql); fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian's ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
