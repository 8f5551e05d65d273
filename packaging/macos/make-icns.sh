#!/bin/sh
# Makes packaging/macos/devpulse.icns from resources/icons/devpulse.svg, for the app bundle and
# the .dmg. Runs on macOS: rsvg-convert from `brew install librsvg`, iconutil from the Xcode
# command line tools. CMake picks the file up at the next configure.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/devpulse.svg"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

iconset="$work/devpulse.iconset"
mkdir "$iconset"
for size in 16 32 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --output "$iconset/icon_${size}x${size}.png" "$svg"
    rsvg-convert --width "$((size * 2))" --height "$((size * 2))" \
        --output "$iconset/icon_${size}x${size}@2x.png" "$svg"
done
iconutil --convert icns --output "$here/devpulse.icns" "$iconset"
echo "$here/devpulse.icns"
