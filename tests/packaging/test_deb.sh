#!/usr/bin/env bash
# Builds the .deb from this build tree with cpack, then checks it as a user's machine would see
# it: the control fields (shlibdeps ran, run-time plugins named), the files in a standard /usr
# layout, the desktop entry and AppStream metainfo valid, German when the locale is German,
# and the packaged binary starting to its main window under Xvfb.
# usage: test_deb.sh <build dir>
set -euo pipefail
build_dir=$(cd "$1" && pwd)
work=$(mktemp -d /tmp/devpulse-deb-test.XXXXXX)
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== cpack -G DEB"
(cd "$work" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; fail "cpack did not build the package"; }
deb=$(ls "$work"/out/devpulse_*.deb 2>/dev/null | head -n1)
[ -f "$deb" ] || fail "no devpulse_*.deb in $work/out"
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

echo "== control fields"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6core6 libqt6widgets6 libqt6sql6 libqt6keychain1 libqt6sql6-sqlite qt6-qpa-plugins; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed (shlibdeps or the plugin list)"
done
[ "$(dpkg-deb -f "$deb" Package)" = devpulse ] || fail "package name"
dpkg-deb -f "$deb" Description | grep -q "DevPulse" || fail "no long description"

echo "== files"
root="$work/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/devpulse usr/share/applications/devpulse.desktop \
            usr/share/metainfo/io.github.devpulse.DevPulse.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/devpulse.svg; do
    [ -e "$root/$file" ] || fail "missing /$file"
done
unexpected=$(cd "$root" && find . -type f | grep -v -e '^./usr/bin/' -e '^./usr/share/' || true)
[ -z "$unexpected" ] || fail "files outside /usr/bin and /usr/share: $unexpected"

echo "== desktop entry and metainfo"
desktop-file-validate "$root/usr/share/applications/devpulse.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.devpulse.DevPulse.metainfo.xml"

echo "== German when the locale is German"
home="$work/home"
mkdir -p "$home"
german=$(env -i PATH=/usr/bin:/bin HOME="$home" LANG=de_DE.UTF-8 "$root/usr/bin/devpulse" help 2>&1 || true)
grep -q "Aufruf: devpulse" <<<"$german" || fail "devpulse help is not German under LANG=de_DE.UTF-8: $german"

echo "== the packaged binary starts to its main window"
xvfb-run -a -s "-screen 0 1280x800x24" \
    bash "$(dirname "$0")/start_and_wait_for_window.sh" "$home" "$root/usr/bin/devpulse" \
    || fail "the packaged binary did not show its window"
echo "PASS"
