#!/usr/bin/env bash
# Builds DevPulse (Release) and starts it. Installs missing Debian packages first; rebuilds
# only what changed. Without a display it starts under xvfb-run and says so.
#   ./scripts/run.sh [devpulse arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
devpulse_install_missing "${devpulse_packages_build[@]}" "${devpulse_packages_run[@]}"

build_dir=build/release
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake --preset release
fi
cmake --build "$build_dir" --parallel "$(nproc)"

binary="$build_dir/app/devpulse"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$binary" "$@"
fi
echo "DevPulse: no display found (\$DISPLAY is empty); starting under xvfb-run on a virtual screen."
# A session bus of its own so that the keychain has a Secret Service to talk to.
exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$binary" "$@"
