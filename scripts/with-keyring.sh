#!/usr/bin/env bash
# with-keyring.sh COMMAND [ARGS...]
# Runs COMMAND inside a private D-Bus session bus with a fresh, unlocked
# gnome-keyring (the freedesktop Secret Service that keytar talks to on Linux).
# The keyring lives in a throwaway temp dir: the user's own keyring is never
# touched. Needs dbus (dbus-run-session, dbus-send) and gnome-keyring.
# Exit status is COMMAND's.
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 64; }
for bin in dbus-run-session dbus-send gnome-keyring-daemon; do
  command -v "$bin" >/dev/null || { echo "with-keyring: '$bin' not found (sudo apt-get install dbus gnome-keyring)" >&2; exit 127; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sso-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/data" "$tmp/run"

# Only the keyring daemon gets the temp XDG folders; COMMAND gets the caller's.
export SSO_KR_OLD_DATA="${XDG_DATA_HOME-__unset__}" SSO_KR_OLD_RUN="${XDG_RUNTIME_DIR-__unset__}"

rc=0
XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" dbus-run-session -- bash -c '
  set -u
  bus() { dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus "$@" 2>/dev/null; }
  # Creates and unlocks a "login" keyring (the default collection).
  printf %s "${KEYRING_PASSWORD:-sso-assistant-tests}" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  for _ in $(seq 50); do
    bus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q "boolean true" && break
    sleep 0.1
  done
  kr_pid=$(bus org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk "/uint32/ {print \$2}")
  [ -n "$kr_pid" ] || { echo "with-keyring: the Secret Service did not start" >&2; exit 70; }
  export SSO_KEYRING_DAEMON_PID="$kr_pid"
  if [ "$SSO_KR_OLD_DATA" = __unset__ ]; then unset XDG_DATA_HOME; else export XDG_DATA_HOME="$SSO_KR_OLD_DATA"; fi
  if [ "$SSO_KR_OLD_RUN" = __unset__ ]; then unset XDG_RUNTIME_DIR; else export XDG_RUNTIME_DIR="$SSO_KR_OLD_RUN"; fi
  unset SSO_KR_OLD_DATA SSO_KR_OLD_RUN
  rc=0; "$@" || rc=$?
  kill "$kr_pid" 2>/dev/null || true
  for _ in $(seq 20); do
    case "$(awk "{print \$3}" /proc/"$kr_pid"/stat 2>/dev/null || echo gone)" in Z|X|gone) break;; esac
    sleep 0.1
  done
  exit "$rc"
' sso-keyring "$@" || rc=$?
exit "$rc"
