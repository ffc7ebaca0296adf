#!/usr/bin/env bash
# The AT-SPI check (CTest atspi_tree): SpineDesk on a private X server and a private D-Bus
# session with the accessibility bus, walked by atspi_tree.py as a screen reader would.
#   tests/ui/atspi-tree.sh SPINEDESK_BINARY WORK_DIR
# Qt's AT-SPI bridge is part of its xcb platform: the offscreen platform has none, so this
# test needs Xvfb (the in-process test, tst_accessibility, covers the offscreen runs).
set -uo pipefail
app=${1:?usage: atspi-tree.sh SPINEDESK_BINARY WORK_DIR}
work=${2:?usage: atspi-tree.sh SPINEDESK_BINARY WORK_DIR}
here=$(cd "$(dirname "$0")" && pwd)

missing=()
command -v Xvfb >/dev/null || missing+=("Xvfb (package xvfb)")
command -v dbus-run-session >/dev/null || missing+=("dbus-run-session (package dbus)")
[ -x /usr/libexec/at-spi-bus-launcher ] || missing+=("/usr/libexec/at-spi-bus-launcher (package at-spi2-core)")
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing+=("pyatspi (package python3-pyatspi)")
if [ ${#missing[@]} -gt 0 ]; then
    echo "atspi-tree: cannot run without: ${missing[*]}; scripts/quickstart.sh installs them" >&2
    exit 1
fi

rm -rf "$work"
mkdir -p "$work/home" "$work/runtime" "$work/config" "$work/data"
chmod 700 "$work/runtime"
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data LC_ALL=C.UTF-8
unset QT_QPA_PLATFORM DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS

database=$work/clinic.sqlite
if ! "$app" --database "$database" demo --patients 4 --seed 3 >"$work/demo.log" 2>&1; then
    echo "atspi-tree: the demo database could not be made:" >&2
    cat "$work/demo.log" >&2
    exit 1
fi

# A private X server on a free display; the keyboard events the script sends go to it.
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null' EXIT
for _ in $(seq 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
if [ ! -s "$work/display" ]; then
    echo "atspi-tree: Xvfb did not start:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
fi
export DISPLAY=:$(head -n1 "$work/display")

# Inside the session: the accessibility bus, the program (xcb, bridge always on), the walk.
# The program is quit by the script through File > Quit and must end with status 0.
dbus-run-session -- bash -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately >"$0/bus.log" 2>&1 &
    launcher=$!
    QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$1" --database "$2" >"$0/app.log" 2>&1 &
    pid=$!
    timeout 180 /usr/bin/python3 "$3" "$pid"
    status=$?
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "atspi-tree: SpineDesk did not quit through File > Quit" >&2
        kill "$pid"
        status=1
    elif ! wait "$pid"; then
        echo "atspi-tree: SpineDesk exited with an error:" >&2
        cat "$0/app.log" >&2
        status=1
    fi
    kill "$launcher" 2>/dev/null
    exit $status
' "$work" "$app" "$database" "$here/atspi_tree.py" 2> >(grep -v -e "^dbus-daemon\[" -e "Failed to set fd limit" -e "SpiRegistry daemon" -e "Activating service" -e "Successfully activated" >&2)
