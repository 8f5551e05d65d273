#!/usr/bin/env bash
# Builds DevPulse with the `dev` preset and runs every CTest suite, headless, with the real
# Secret Service: a private D-Bus session and an unlocked gnome-keyring of its own, so that
# keychain tests never touch (or wait on) the developer's keyring.
#   ./scripts/test.sh              all suites
#   ./scripts/test.sh -L unit      extra arguments go to ctest
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
devpulse_install_missing "${devpulse_packages_build[@]}" "${devpulse_packages_test[@]}"

build_dir=build/dev
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake --preset dev
fi
cmake --build "$build_dir" --parallel "$(nproc)"

# Tests run offscreen; a throwaway HOME keeps the keyring and settings out of the user's own.
test_home=$(mktemp -d "${TMPDIR:-/tmp}/devpulse-test-home.XXXXXX")
trap 'rm -rf "$test_home"' EXIT
export QT_QPA_PLATFORM=offscreen
export HOME="$test_home"
export XDG_DATA_HOME="$test_home/.local/share" XDG_CONFIG_HOME="$test_home/.config"
export XDG_RUNTIME_DIR="$test_home/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY

ctest_args=(--test-dir "$build_dir" --output-on-failure --timeout 300 "$@")
# The keyring is unlocked with a throwaway password before any test asks for a secret: a
# locked keyring would open a prompt nobody can answer.
# Not `exec`: the EXIT trap must still remove the throwaway HOME afterwards.
dbus-run-session -- bash -c '
    echo -n devpulse-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec ctest "$@"
' devpulse-tests "${ctest_args[@]}"
