#!/usr/bin/env bash
# SpineDesk quick start on Debian 12.
#   scripts/quickstart.sh run    install what is missing, build, open SpineDesk
#   scripts/quickstart.sh test   install what is missing, build, run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2;; esac

# Debian 12 packages verified in ../shared/toolchain.md (libqt6opengl6-dev: Charts needs it;
# cups and printer-driver-cups-pdf: the print test runs a private scheduler, toolchain.md §11;
# dpkg-dev, appstream, desktop-file-utils, groff-base: the package checks in tests/packaging,
# which also need every Depends of the package installed, qt6-qpa-plugins among them;
# dbus-daemon, at-spi2-core, python3-pyatspi: the AT-SPI accessibility test, tests/ui/atspi-tree.sh).
packages=(cmake ninja-build g++ qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
          qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qt6-pdf-dev
          qt6-qpa-plugins fonts-dejavu-core xvfb xauth poppler-utils
          cups printer-driver-cups-pdf
          dpkg-dev appstream desktop-file-utils groff-base
          dbus-daemon at-spi2-core python3-pyatspi)
# The FHIR export's offline validator (tests/fhir) runs on Node.js and installs its pinned
# tools with npm ci. Debian's nodejs 18 + npm 9 do (checked; npm warns about engines only);
# a Node.js already on PATH, such as a NodeSource build with its own npm, is used as it is.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset default
cmake --build --preset default -j "$jobs"

if [ "$mode" = run ]; then
    exec ./build/app/spinedesk "${@:2}"
fi
# Tests never touch the user's data: each runs offscreen with its own HOME (see cmake/).
ctest --preset default -j "$jobs"
