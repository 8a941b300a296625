#!/usr/bin/env bash
# setup.sh [--test]
# Prepares a fresh Debian/Ubuntu machine: the system packages the app needs
# (Chromium for browser mode and the login window, libsecret to build keytar,
# D-Bus and gnome-keyring so `npm run demo` has a keychain even in a headless
# session), with --test also those the tests need (xvfb and xclip for the
# clipboard, poppler-utils to read the PDF reports, openssl to make throwaway
# TLS certificates), then `npm ci` when
# node_modules does not match package-lock.json. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium libsecret-1-dev python3 make g++ dbus gnome-keyring)
[ "${1:-}" = "--test" ] && packages+=(xvfb xauth xclip poppler-utils openssl)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "setup: please install these packages with your system's package manager: ${missing[*]}" >&2
    exit 1
  fi
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when node_modules is missing, older than the lock file, or keytar
# was not built (it needs libsecret-1-dev, installed above).
installed=node_modules/.package-lock.json
if [ ! -f "$installed" ] || [ package-lock.json -nt "$installed" ] || [ ! -f node_modules/keytar/build/Release/keytar.node ]; then
  npm ci --no-audit --no-fund
fi
