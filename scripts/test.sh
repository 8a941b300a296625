#!/usr/bin/env bash
# npm test: everything that can run on this machine — type checks, unit tests,
# integration tests (real Okta-like IdP, real Chromium, real keychain) and the
# Playwright end-to-end tests in browser mode (plus the Electron suite, which
# says that it skipped where the Electron binary is absent).
#
# Keychain tests never touch your own keyring: the run happens inside a
# private D-Bus session with a throwaway gnome-keyring (scripts/with-keyring.sh).
# Without dbus-run-session/gnome-keyring they skip and say why.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${SSO_TEST_IN_KEYRING:-}" ]; then
  if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    exec env SSO_TEST_IN_KEYRING=1 scripts/with-keyring.sh bash scripts/test.sh "$@"
  fi
  echo "test: dbus-run-session or gnome-keyring-daemon missing — keychain tests will skip (run: bash scripts/setup.sh --test)"
fi

step() { printf '\n=== %s ===\n' "$*"; }
step "Type checks"; npm run --silent typecheck
step "Build"; node scripts/build.mjs --quiet
# No display for vitest: with one, gnome-keyring answers a locked keyring with an unlock prompt
# (the locked-keyring tests expect the refusal a headless session gets).
step "Unit and integration tests (vitest)"; env -u DISPLAY -u WAYLAND_DISPLAY npx vitest run
# The Electron suite needs a display where its binary exists; give it a virtual one when there is none.
playwright=(npx playwright test)
[ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null && playwright=(xvfb-run -a "${playwright[@]}")
step "End-to-end tests (Playwright, Chromium, browser mode)"; "${playwright[@]}"
