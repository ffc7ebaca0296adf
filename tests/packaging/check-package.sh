#!/usr/bin/env bash
# Builds SpineDesk's Debian package and tarball with cpack and checks them (CTest label
# "packaging", tests/packaging/CMakeLists.txt; what is checked is in packaging/README.md).
#   check-package.sh STEP BUILD_DIR WORK_DIR VERSION
# STEP is build (the fixture: cpack into WORK_DIR/out), contents, depends, metainfo, manpage
# or run. Each check works in its own WORK_DIR/STEP folder, so ctest -j may run them together;
# nothing is installed on the machine and nothing touches the user's files.
set -euo pipefail

step=$1 build=$(cd "$2" && pwd) work=$3 version=$4
out=$work/out
app_id=org.spinedesk.SpineDesk
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
die() { echo "FAIL: $*" >&2; exit 1; }
finish() {
    [ "$failures" -eq 0 ] || die "$failures check(s) failed in step '$step'"
    echo "step '$step' passed"
}

the_deb() {
    local found=("$out"/spinedesk_"$version"-*_*.deb)
    [ ${#found[@]} -eq 1 ] && [ -f "${found[0]}" ] || die "expected one spinedesk_${version}-*.deb in $out (run the packaging_build test first)"
    echo "${found[0]}"
}
# A fresh folder for this step, with the package unpacked into root/ and a private home.
scratch=$work/$step
prepare() {
    rm -rf "$scratch"
    mkdir -p "$scratch/home/runtime" "$scratch/home/data" "$scratch/home/config"
    chmod 700 "$scratch/home/runtime"
    deb=$(the_deb)
    dpkg-deb -x "$deb" "$scratch/root"
    bin=$scratch/root/usr/bin/spinedesk
}
# Runs the packaged program offscreen with a private home; output in $scratch/last.{out,err}.
# APP_ENV adds variables; the array launch may put a command such as xvfb-run in front.
launch=()
app() {
    local rc=0
    env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen HOME="$scratch/home" \
        XDG_RUNTIME_DIR="$scratch/home/runtime" XDG_DATA_HOME="$scratch/home/data" \
        XDG_CONFIG_HOME="$scratch/home/config" ${APP_ENV:-} \
        "${launch[@]}" timeout 120 "$bin" "$@" >"$scratch/last.out" 2>"$scratch/last.err" || rc=$?
    return $rc
}
# Package names of the Depends field (every alternative), one a line.
depends_names() {
    dpkg-deb -f "$(the_deb)" Depends | tr ',|' '\n\n' | sed -E 's/\(.*\)//; s/:any//; s/^ +//; s/ +$//' | grep -v '^$' | sort -u
}
# The package that owns FILE on this machine (usrmerge: try the path and its other spelling).
owner() {
    local f=$1 real
    real=$(readlink -f "$f")
    for p in "$f" "$real" "${real#/usr}" "/usr$real"; do
        if o=$(dpkg -S "$p" 2>/dev/null | grep -v '^diversion' | head -n 1) && [ -n "$o" ]; then
            echo "${o%%:*}"
            return 0
        fi
    done
    return 1
}

case "$step" in
build)
    [ -x "$build/app/spinedesk" ] || die "$build/app/spinedesk is not built"
    command -v dpkg-shlibdeps >/dev/null || die "dpkg-shlibdeps is missing (Debian package dpkg-dev; scripts/quickstart.sh installs it)"
    rm -rf "$out"
    mkdir -p "$out"
    # A package directory of its own (-B) keeps cpack's staging out of other build folders.
    if ! (cd "$build" && cpack --config CPackConfig.cmake -G "DEB;TGZ" -B "$out") >"$work/cpack.log" 2>&1; then
        cat "$work/cpack.log" >&2
        die "cpack failed"
    fi
    cat "$work/cpack.log"
    the_deb >/dev/null
    ls "$out"/spinedesk-"$version"-Linux.tar.gz >/dev/null || die "no tarball"
    ok "built $(basename "$(the_deb)") and spinedesk-$version-Linux.tar.gz"
    ;;

contents)
    prepare
    listing=$(dpkg-deb -c "$deb")
    echo "$listing"
    expected=(./usr/bin/spinedesk
              ./usr/share/applications/$app_id.desktop
              ./usr/share/icons/hicolor/scalable/apps/$app_id.svg
              ./usr/share/metainfo/$app_id.metainfo.xml
              ./usr/share/man/man1/spinedesk.1.gz
              ./usr/share/doc/spinedesk/copyright
              ./usr/share/doc/spinedesk/changelog.Debian.gz)
    for f in "${expected[@]}"; do
        if grep -qE " $f\$" <<<"$listing"; then ok "package holds $f"; else fail "package lacks $f"; fi
    done
    grep -qE '^-rwxr-xr-x root/root .* \./usr/bin/spinedesk$' <<<"$listing" && ok "program is 0755 root/root" || fail "program mode/owner"
    bad=$(grep -vE '^(d|-)[rwx-]{9} root/root ' <<<"$listing" || true)
    [ -z "$bad" ] && ok "every entry is owned by root/root" || fail "entries not owned by root: $bad"
    if readelf -S "$bin" | grep -q '\.debug_info'; then fail "program is not stripped"; else ok "program is stripped"; fi
    if readelf -d "$bin" | grep -qE 'R(UN)?PATH'; then fail "program carries an RPATH"; else ok "no RPATH"; fi
    # Control fields.
    field() { dpkg-deb -f "$deb" "$1"; }
    [ "$(field Package)" = spinedesk ] && ok "Package: spinedesk" || fail "Package is '$(field Package)'"
    [ "$(field Version)" = "$version-1" ] && ok "Version: $version-1" || fail "Version is '$(field Version)', project is $version"
    [ "$(field Architecture)" = "$(dpkg --print-architecture)" ] && ok "Architecture: $(field Architecture)" || fail "Architecture '$(field Architecture)'"
    [ "$(field Section)" = science ] && ok "Section: science" || fail "Section is '$(field Section)'"
    [ -n "$(field Maintainer)" ] && ok "Maintainer: $(field Maintainer)" || fail "no Maintainer"
    desc=$(field Description)
    [ "$(wc -l <<<"$desc")" -ge 3 ] && ok "Description has a summary and a long text" || fail "Description too short: $desc"
    long=$(awk 'length > 80' <<<"$desc")
    [ -z "$long" ] && ok "Description lines fit 80 columns" || fail "Description lines longer than 80: $long"
    # The tarball carries the same files.
    tarlist=$(tar -tzf "$out/spinedesk-$version-Linux.tar.gz")
    for f in bin/spinedesk share/applications/$app_id.desktop share/icons/hicolor/scalable/apps/$app_id.svg \
             share/metainfo/$app_id.metainfo.xml share/man/man1/spinedesk.1.gz; do
        grep -qx "spinedesk-$version-Linux/$f" <<<"$tarlist" && ok "tarball holds $f" || fail "tarball lacks $f"
    done
    finish
    ;;

depends)
    prepare
    echo "Depends: $(dpkg-deb -f "$deb" Depends)"
    echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
    names=$(depends_names)
    # Plugins and data loaded at run time, which shlibdeps cannot see (toolchain.md P8).
    for p in libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libqt6gui6 qt6-translations-l10n fonts-dejavu-core; do
        grep -qx "$p" <<<"$names" && ok "Depends names $p" || fail "Depends lacks $p"
    done
    # Every library the program links comes from a package named in Depends (shlibdeps).
    needed=$(readelf -d "$bin" | sed -nE 's/.*\(NEEDED\).*\[(.*)\]/\1/p')
    libs=$(ldd "$bin")
    for lib in $needed; do
        path=$(awk -v l="$lib" '$1 == l && $2 == "=>" { print $3 }' <<<"$libs")
        [ -n "$path" ] || { fail "$lib does not resolve"; continue; }
        pkg=$(owner "$path") || { fail "no package owns $path"; continue; }
        grep -qx "$pkg" <<<"$names" && ok "$lib from $pkg is in Depends" || fail "$lib comes from $pkg, which Depends lacks"
    done
    # Every clause is satisfied here and names packages Debian knows (alternatives that are not
    # installed can only be looked up when apt has package lists).
    lists=no
    compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null && lists=yes
    [ "$lists" = yes ] || echo "NOTE: apt has no package lists (apt-get update); alternatives not installed here are not looked up."
    while IFS= read -r clause; do
        clause=$(sed -E 's/^ +//; s/ +$//' <<<"$clause")
        [ -n "$clause" ] || continue
        satisfied=no
        IFS='|' read -ra alts <<<"$clause"
        for alt in "${alts[@]}"; do
            name=$(sed -E 's/\(.*\)//; s/ //g' <<<"$alt")
            status=$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null || true)
            if [ "$status" = "install ok installed" ]; then
                satisfied=yes
            elif [ "$lists" = yes ] && ! apt-cache show "$name" >/dev/null 2>&1; then
                fail "Debian does not know package '$name'"
            fi
        done
        [ "$satisfied" = yes ] && ok "satisfied: $clause" || fail "not installed here: $clause"
    done < <(dpkg-deb -f "$deb" Depends | tr ',' '\n')
    # apt resolves the package as it would install it (simulation only).
    if apt-get install -s -o Debug::NoLocking=1 "$deb" >"$scratch/apt.log" 2>&1 && grep -q '^Inst spinedesk ' "$scratch/apt.log"; then
        ok "apt-get install -s resolves the package"
    else
        cat "$scratch/apt.log" >&2
        fail "apt-get install -s does not resolve the package"
    fi
    finish
    ;;

metainfo)
    prepare
    metainfo=$scratch/root/usr/share/metainfo/$app_id.metainfo.xml
    desktop=$scratch/root/usr/share/applications/$app_id.desktop
    if appstreamcli validate --no-net "$metainfo" >"$scratch/validate.log" 2>&1; then
        ok "appstreamcli validate --no-net accepts the metainfo"
    else
        fail "appstreamcli validate: $(cat "$scratch/validate.log")"
    fi
    cat "$scratch/validate.log"
    # The whole unpacked tree: metainfo together with its desktop file and icon.
    if appstreamcli validate-tree --no-net "$scratch/root" >"$scratch/validate-tree.log" 2>&1; then
        ok "appstreamcli validate-tree --no-net accepts the unpacked package"
    else
        fail "appstreamcli validate-tree: $(cat "$scratch/validate-tree.log")"
    fi
    newest=$(grep -oE '<release version="[^"]+"' "$metainfo" | head -n 1 | sed -E 's/.*"(.*)"/\1/')
    [ "$newest" = "$version" ] && ok "newest release in the metainfo is $version" || fail "newest release is '$newest', project is $version"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" && ok "launchable names the desktop file" || fail "launchable"
    grep -q '<binary>spinedesk</binary>' "$metainfo" && ok "provides the spinedesk binary" || fail "provides binary"
    if command -v desktop-file-validate >/dev/null; then
        if desktop-file-validate "$desktop"; then ok "desktop-file-validate accepts the desktop file"; else fail "desktop-file-validate"; fi
    else
        echo "NOTE: desktop-file-validate is not installed (desktop-file-utils); scripts/quickstart.sh installs it. The key checks below still run."
    fi
    grep -qx 'Exec=spinedesk' "$desktop" && [ -x "$bin" ] && ok "Exec=spinedesk is in the package" || fail "Exec"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    svg=$scratch/root/usr/share/icons/hicolor/scalable/apps/$icon.svg
    [ -f "$svg" ] && ok "Icon=$icon is in hicolor" || fail "no hicolor icon for Icon=$icon"
    grep -q '<svg' "$svg" && grep -q 'viewBox=' "$svg" && ok "the icon is an SVG with a viewBox" || fail "icon is not a scalable SVG"
    finish
    ;;

manpage)
    prepare
    man=$scratch/spinedesk.1
    gzip -dc "$scratch/root/usr/share/man/man1/spinedesk.1.gz" >"$man"
    warnings=$(groff -man -Tutf8 -ww -z "$man" 2>&1 || true)
    [ -z "$warnings" ] && ok "groff renders the manual page without warnings" || fail "groff warnings: $warnings"
    grep -qE "^\.TH SPINEDESK 1 \"[0-9-]+\" \"SpineDesk $version\"" "$man" && ok "manual page is for version $version" || fail "manual page .TH is not for $version"
    text=$(groff -man -Tutf8 "$man" 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g; s/.\x08//g')
    app --help || fail "spinedesk --help failed"
    commands=$(sed -nE 's/^  ([a-z][a-z-]+) .*/\1/p' "$scratch/last.out" | sort -u)
    [ -n "$commands" ] || fail "no commands found in spinedesk --help"
    for c in $commands; do
        grep -qE "^ {7}$c( |$)" <<<"$text" && ok "manual page describes '$c'" || fail "manual page lacks the command '$c' of spinedesk --help"
    done
    for o in --database --lang --version --help; do
        grep -qE "^ {7}$o" <<<"$text" && ok "manual page describes $o" || fail "manual page lacks $o"
    done
    finish
    ;;

run)
    prepare
    app --version && [ "$(cat "$scratch/last.out")" = "SpineDesk $version" ] && ok "spinedesk --version: SpineDesk $version" \
        || fail "spinedesk --version printed '$(cat "$scratch/last.out")' $(cat "$scratch/last.err")"
    # Spanish is compiled into the program (:/i18n); these texts are translated in spinedesk_es.ts.
    app --lang es --help && grep -q '^Uso: spinedesk' "$scratch/last.out" && ok "spinedesk --lang es --help is in Spanish" \
        || fail "spinedesk --lang es --help is not in Spanish: $(head -n 1 "$scratch/last.out")"
    rc=0; app --lang es no-such-command || rc=$?
    [ "$rc" -eq 2 ] && grep -q 'Comando desconocido' "$scratch/last.err" && ok "a usage error in Spanish (exit 2)" \
        || fail "Spanish usage error: exit $rc, $(cat "$scratch/last.err")"
    # A scratch database with synthetic patients and archived documents (SQLite driver, fonts, PDF).
    db=$scratch/clinic.sqlite
    app --database "$db" demo --patients 3 --documents 1 && ok "demo database: $(cat "$scratch/last.out")" \
        || fail "demo failed: $(cat "$scratch/last.err")"
    app --database "$db" check && ok "check: $(cat "$scratch/last.out")" || fail "check failed: $(cat "$scratch/last.err")"
    # The window: opens on the scratch database, shows the main window and quits (test-only switch,
    # app/ui/application.cpp). QT_DEBUG_PLUGINS lists the plugins it loads.
    for lang in en es; do
        rc=0; APP_ENV="SPINEDESK_QUIT_AFTER_SHOW=1 QT_DEBUG_PLUGINS=1" app --database "$db" --lang "$lang" || rc=$?
        if [ "$rc" -eq 0 ] && grep -q '^SpineDesk: main window shown' "$scratch/last.out"; then
            ok "window ($lang) opened and closed: $(cat "$scratch/last.out")"
        else
            fail "window ($lang) exit $rc: $(cat "$scratch/last.out") $(grep -vE '^(qt\.core\.|[[:space:]{}])|unloaded library' "$scratch/last.err" | head -n 20)"
        fi
        cp "$scratch/last.err" "$scratch/plugins-$lang.log"
    done
    # The same on a real X server with the xcb platform plugin, as on a desktop.
    platforms="platforms/libqoffscreen.so"
    if command -v xvfb-run >/dev/null && command -v xauth >/dev/null; then
        launch=(xvfb-run -a -s "-screen 0 1280x800x24")
        rc=0; APP_ENV="SPINEDESK_QUIT_AFTER_SHOW=1 QT_DEBUG_PLUGINS=1 QT_QPA_PLATFORM=xcb" app --database "$db" || rc=$?
        launch=()
        if [ "$rc" -eq 0 ] && grep -q '^SpineDesk: main window shown' "$scratch/last.out"; then
            ok "window (xcb under Xvfb) opened and closed"
        else
            fail "window (xcb under Xvfb) exit $rc: $(cat "$scratch/last.out") $(grep -vE '^(qt\.core\.|[[:space:]{}])|unloaded library' "$scratch/last.err" | head -n 20)"
        fi
        cp "$scratch/last.err" "$scratch/plugins-xcb.log"
        platforms+=" platforms/libqxcb.so"
    else
        echo "NOTE: xvfb-run or xauth is missing (scripts/quickstart.sh installs them); the xcb start is not checked."
    fi
    # Every Qt plugin the program loaded comes from a package named in Depends (toolchain.md P8).
    names=$(depends_names)
    plugins=$(cat "$scratch"/plugins-*.log | sed -nE 's/.*"([^"]*\/plugins\/[^"]*\.so)" loaded library.*/\1/p' | sort -u)
    for kind in $platforms sqldrivers/libqsqlite.so iconengines/libqsvgicon.so; do
        grep -q "/$kind\$" <<<"$plugins" && ok "loaded plugin $kind" || fail "plugin $kind was not loaded"
    done
    for p in $plugins; do
        pkg=$(owner "$p") || { fail "no package owns $p"; continue; }
        grep -qx "$pkg" <<<"$names" && ok "plugin $(basename "$p") from $pkg is in Depends" || fail "plugin $p comes from $pkg, which Depends lacks"
    done
    finish
    ;;

*)
    die "unknown step '$step'"
    ;;
esac
