#!/usr/bin/env bash
# Installs the Debian 12 packages DevPulse needs to build, run and test, but only
# those that are missing, so that on a ready machine this costs a dpkg query and nothing more.
# Sourced by run.sh and test.sh; `deps.sh build|run|test` may also be run on its own.
set -euo pipefail

devpulse_packages_build=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6
    qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libxkbcommon-dev libgl-dev
    qtkeychain-qt6-dev libsecret-1-0 libsqlite3-dev libpq-dev
)
devpulse_packages_run=(xvfb xauth xdg-utils dbus dbus-x11 gnome-keyring git)
devpulse_packages_test=(xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools clang-format tzdata git poppler-utils
    desktop-file-utils appstream file x11-utils postgresql trayer)

devpulse_install_missing() {
    local wanted=("$@") missing=() pkg
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "DevPulse: installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "DevPulse: need root or sudo to install: ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    # Refresh the package lists only when an install fails on stale ones.
    if ! "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}"; then
        "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update
        "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}"
    fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    case "${1:-test}" in
        build) devpulse_install_missing "${devpulse_packages_build[@]}" ;;
        run) devpulse_install_missing "${devpulse_packages_build[@]}" "${devpulse_packages_run[@]}" ;;
        test) devpulse_install_missing "${devpulse_packages_build[@]}" "${devpulse_packages_test[@]}" ;;
        *) echo "usage: $0 build|run|test" >&2; exit 2 ;;
    esac
fi
