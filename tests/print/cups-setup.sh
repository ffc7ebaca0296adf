#!/usr/bin/env bash
# A private CUPS scheduler with a cups-pdf queue "SpineDeskPDF", for the print test.
#   cups-setup.sh start STATE_DIR   start it (CTest FIXTURES_SETUP)
#   cups-setup.sh stop STATE_DIR    stop it and remove what it made (CTest FIXTURES_CLEANUP)
# STATE_DIR/status says "ok" with server= (the socket for CUPS_SERVER), queue=, outdir= (where
# cups-pdf writes) and logs=, or "skip: <reason>". The scheduler's configuration, spool, logs
# and socket live in a private runtime folder (STATE_DIR/run, or a folder under /tmp when that
# path is too long for a socket); nothing is written to /etc.
#
# This script never installs anything (scripts/quickstart.sh installs cups and
# printer-driver-cups-pdf) and never fails: when CUPS cannot run here it writes the reason to
# STATE_DIR/status, and the test skips with that reason.
set -u

mode=${1:-}
state=${2:-}
if [ -z "$mode" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi
queue=SpineDeskPDF

stop_server() {
    if [ -f "$state/cupsd.pid" ]; then
        pid=$(cat "$state/cupsd.pid")
        # Only the cupsd this script started, by its process id (and still that program).
        if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q cupsd; then
            kill -TERM "$pid" 2>/dev/null
            for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
        fi
        rm -f "$state/cupsd.pid"
    fi
}

skip() {
    echo "skip: $*" > "$state/status"
    echo "CUPS print test will be skipped: $*"
    stop_server
    exit 0
}

remove_runtime() {
    if [ -f "$state/runtime" ]; then
        rt=$(cat "$state/runtime")
        case "$rt" in "$state"/run|/tmp/spinedesk-cups.*) rm -rf "$rt" ;; esac
    fi
}

if [ "$mode" = stop ]; then
    stop_server
    # The scheduler's logs stay beside the status for a look after a failure.
    if [ -f "$state/runtime" ] && [ -d "$(cat "$state/runtime")/log" ]; then
        rm -rf "$state/last-log"
        cp -r "$(cat "$state/runtime")/log" "$state/last-log"
    fi
    remove_runtime
    rm -f "$state/runtime" "$state/status"
    exit 0
fi
[ "$mode" = start ] || { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }

stop_server
remove_runtime
rm -rf "$state"
mkdir -p "$state"
# A Unix socket path has at most 107 bytes.
rt="$state/run"
if [ ${#rt} -gt 80 ]; then
    rt=$(mktemp -d /tmp/spinedesk-cups.XXXXXX) || { echo "skip: no temporary folder for the CUPS socket" > "$state/status"; exit 0; }
else
    mkdir -p "$rt"
fi
echo "$rt" > "$state/runtime"
# Filters run as the unprivileged CUPS user: the folders must be traversable.
chmod 0755 "$state" "$rt"
sock="$rt/cups.sock"
logs="$rt/log"

cupsd=$(command -v cupsd || true)
[ -x "$cupsd" ] || cupsd=/usr/sbin/cupsd
[ -x "$cupsd" ] || skip "cupsd is not installed (Debian package cups; scripts/quickstart.sh installs it)"
backend=/usr/lib/cups/backend/cups-pdf
[ -x "$backend" ] || skip "the cups-pdf backend is not installed (Debian package printer-driver-cups-pdf; scripts/quickstart.sh installs it)"
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
[ -f "$ppd" ] || skip "the cups-pdf PPD $ppd is missing"
lpadmin=$(command -v lpadmin || echo /usr/sbin/lpadmin)
[ -x "$lpadmin" ] || skip "lpadmin is not installed (Debian package cups-client)"
# The queue turns PDF into PostScript for cups-pdf with pdftocairo: with the default renderer
# the text of Qt's embedded fonts comes out as unreadable glyphs (cups-pdf README.Debian,
# Debian bug #928738).
command -v pdftocairo > /dev/null || skip "pdftocairo is not installed (Debian package poppler-utils)"
[ "$(id -u)" -eq 0 ] || skip "cupsd and the cups-pdf backend need root, and this runs as $(id -un)"

# cups-pdf reads its settings from /etc/cups/cups-pdf.conf only (the path is built in), so the
# queue's output folder is the one configured there; the job runs as a user unknown here,
# which cups-pdf writes to its anonymous folder, never into anyone's home.
conf=/etc/cups/cups-pdf.conf
anon_dir=/var/spool/cups-pdf/ANONYMOUS
anon_user=nobody
if [ -f "$conf" ]; then
    v=$(sed -n 's/^[[:space:]]*AnonDirName[[:space:]]\{1,\}//p' "$conf" | tail -n1)
    [ -n "$v" ] && anon_dir=$v
    v=$(sed -n 's/^[[:space:]]*AnonUser[[:space:]]*//p' "$conf" | tail -n1)
    grep -q '^[[:space:]]*AnonUser' "$conf" && anon_user=$v
fi
[ -n "$anon_user" ] || skip "cups-pdf refuses anonymous jobs here (AnonUser is empty in $conf)"

mkdir -p "$rt/etc/ppd" "$rt/spool/tmp" "$rt/cache" "$rt/state" "$logs"
cat > "$rt/etc/cups-files.conf" <<CONF
ServerRoot $rt/etc
RequestRoot $rt/spool
TempDir $rt/spool/tmp
CacheDir $rt/cache
StateDir $rt/state
AccessLog $logs/access_log
ErrorLog $logs/error_log
PageLog $logs/page_log
Printcap $rt/printcap
SystemGroup root
FileDevice No
CONF
cat > "$rt/etc/cupsd.conf" <<CONF
LogLevel info
Listen $sock
Browsing No
WebInterface No
DefaultAuthType Basic
<Location />
  Order allow,deny
  Allow localhost
</Location>
<Policy default>
  JobPrivateAccess default
  JobPrivateValues default
  SubscriptionPrivateAccess default
  SubscriptionPrivateValues default
  <Limit Create-Job Print-Job Print-URI Validate-Job Send-Document Get-Jobs Get-Job-Attributes Cancel-Job Cancel-My-Jobs Close-Job>
    Order deny,allow
  </Limit>
  <Limit CUPS-Add-Modify-Printer CUPS-Delete-Printer CUPS-Accept-Jobs CUPS-Reject-Jobs Enable-Printer Disable-Printer Pause-Printer Resume-Printer>
    AuthType Default
    Require user @SYSTEM
    Order deny,allow
  </Limit>
  <Limit Cancel-Jobs CUPS-Get-Document>
    AuthType Default
    Require user @SYSTEM
    Order deny,allow
  </Limit>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF

"$cupsd" -t -c "$rt/etc/cupsd.conf" -s "$rt/etc/cups-files.conf" > "$logs/config-check" 2>&1 \
    || skip "cupsd refused the private configuration: $(tr '\n' ' ' < "$logs/config-check")"

# -f: in the foreground of a background job, so this script knows its process id.
setsid "$cupsd" -f -c "$rt/etc/cupsd.conf" -s "$rt/etc/cups-files.conf" \
    > "$logs/cupsd.out" 2>&1 < /dev/null &
echo $! > "$state/cupsd.pid"

for _ in $(seq 1 100); do
    [ -S "$sock" ] && break
    kill -0 "$(cat "$state/cupsd.pid")" 2>/dev/null || break
    sleep 0.1
done
[ -S "$sock" ] || skip "cupsd did not start: $(tail -n 5 "$logs/error_log" "$logs/cupsd.out" 2>/dev/null | tr '\n' ' ')"

if ! timeout 30 "$lpadmin" -h "$sock" -p "$queue" -E -v cups-pdf:/ -P "$ppd" -o pdftops-renderer-default=pdftocairo > "$logs/lpadmin.out" 2>&1; then
    skip "lpadmin could not add the $queue queue: $(tr '\n' ' ' < "$logs/lpadmin.out")"
fi
if ! timeout 10 lpstat -h "$sock" -p "$queue" > "$logs/lpstat.out" 2>&1; then
    skip "the $queue queue is not listed: $(tr '\n' ' ' < "$logs/lpstat.out")"
fi

{
    echo "ok"
    echo "server=$sock"
    echo "queue=$queue"
    echo "outdir=$anon_dir"
    echo "logs=$logs"
} > "$state/status"
echo "private cupsd running (pid $(cat "$state/cupsd.pid")), queue $queue, socket $sock, output $anon_dir"
exit 0
