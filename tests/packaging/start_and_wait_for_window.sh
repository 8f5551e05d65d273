#!/usr/bin/env bash
# Runs inside xvfb-run: starts devpulse and waits until its main window is mapped.
# usage: start_and_wait_for_window.sh <home folder> <devpulse binary>
set -u
home=$1
binary=$2
# A real X window (the test suite itself runs with QT_QPA_PLATFORM=offscreen).
QT_QPA_PLATFORM=xcb HOME="$home" XDG_CONFIG_HOME="$home/.config" LANG=de_DE.UTF-8 \
    "$binary" --data-dir "$home/data" >"$home/app.log" 2>&1 &
app=$!
for _ in $(seq 1 100); do
    # The main window, not Qt's 1x1 helper windows: titled DevPulse and at least 400x300.
    window=$(xwininfo -root -tree 2>/dev/null | grep '"DevPulse"' \
             | grep -E ' ([4-9][0-9]{2}|[0-9]{4,})x([3-9][0-9]{2}|[0-9]{4,})\+' | head -n1)
    if [ -n "$window" ]; then
        echo "main window is up: $(sed 's/^ *//' <<<"$window")"
        kill "$app"
        wait "$app" 2>/dev/null
        exit 0
    fi
    if ! kill -0 "$app" 2>/dev/null; then
        echo "devpulse exited before showing its window:"
        cat "$home/app.log"
        exit 1
    fi
    sleep 0.2
done
echo "no DevPulse main window after 20 s:"
xwininfo -root -tree | grep '"DevPulse"'
cat "$home/app.log"
kill "$app"
exit 1
