#!/usr/bin/env bash
# Runs a test in a real X session (Xvfb) that has a system tray: trayer is the tray host, so
# QSystemTrayIcon is available and shown as on a desktop (offscreen has no tray at all).
#   with_tray.sh <test executable> [arguments]
set -euo pipefail
exec xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    trayer --edge top --align right >/dev/null 2>&1 &
    tray=$!
    QT_QPA_PLATFORM=xcb "$@"
    status=$?
    kill "$tray" 2>/dev/null || true
    exit "$status"
' with-tray "$@"
