#!/usr/bin/env bash
# End-to-end tests of the real Ponte app (see tests/e2e/README.md).
#
#   tests/e2e/run.sh            every scenario, phase by phase
#   tests/e2e/run.sh s2_ s5_    only scenarios whose names contain one of these
#
# Builds the UI, the debug app, the WebDriver client and the setup helper; installs
# tauri-driver 2.1.0 if missing; then for each phase starts a virtual display (xvfb-run) and
# tauri-driver (which starts WebKitWebDriver, which starts the app) under strace, runs the
# phase's scenarios, and stops everything it started:
#
#   online   the usual network                                   s1 s2 s3 s4 s6 s7a
#   hostile  a data folder whose directory is the hostile one    s5
#   update   a channel on loopback (python3 http.server)           s9
#   offline  a network namespace with no route (unshare -rn)     s8 s1 s2 s3 s4
#   trace    the strace logs of the three runs above             s7b
#
# Screenshots: artifacts/screenshots/ (failures under failures/); logs and traces:
# artifacts/e2e/. The last line printed is the summary, in cargo's "test result:" form.
set -euo pipefail

e2e=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$e2e/../.." && pwd)
self="$e2e/run.sh"
art="$root/artifacts"
# -noreset: by default Xvfb resets itself when its last client leaves, which is between two
# scenarios; an app starting during the reset fails with "Failed to initialize GTK".
XVFB_ARGS="-screen 0 1280x800x24 -nolisten tcp -noreset"
# Seconds a phase may take (the longest takes about two minutes here).
phase_limit=${PONTE_E2E_PHASE_LIMIT:-900}
STRACE_CALLS="execve,socket,connect,sendto,sendmsg,sendmmsg"

# --- inside a phase: display up, driver under strace, scenarios, everything stopped ---------
# __stack PHASE DATA_DIR WORK_DIR TEST_EXE NAME...   (run under xvfb-run by the top level)
stack() {
  local phase=$1 data=$2 work=$3 exe=$4
  shift 4
  local port nport trace pidfile strace_pid td status=0
  port=$(free_port 4460)
  nport=$(free_port $((port + 1)))
  trace="$art/e2e/$phase.strace"
  pidfile="$work/$phase-driver.pid"
  mkdir -p "$work/$phase-xdg/data" "$work/$phase-xdg/cache" "$work/$phase-xdg/config" "$work/$phase-xdg/runtime"
  chmod 700 "$work/$phase-xdg/runtime"
  # The app's (and WebKit's) own folders: fresh for every phase, nothing from earlier runs.
  export PONTE_DATA_DIR="$data" XDG_DATA_HOME="$work/$phase-xdg/data" XDG_CACHE_HOME="$work/$phase-xdg/cache" \
    XDG_CONFIG_HOME="$work/$phase-xdg/config" XDG_RUNTIME_DIR="$work/$phase-xdg/runtime" \
    LANG=C.UTF-8 LANGUAGE=en LC_ALL=C.UTF-8 NO_AT_BRIDGE=1 GDK_BACKEND=x11
  # The positive control runs first, inside the traced tree, then tauri-driver replaces the shell.
  strace -f -qq --seccomp-bpf -e trace="$STRACE_CALLS" -o "$trace" -- \
    sh -c 'echo $$ > "$1"; "$2" "$3" || exit 3; exec tauri-driver --port "$4" --native-port "$5"' \
    sh "$pidfile" "$e2e_bin/ponte-e2e-probe" "$trace.probe" "$port" "$nport" \
    > "$art/e2e/$phase-driver.log" 2>&1 &
  strace_pid=$!
  if ! wait_port "$port" 30; then
    echo "e2e $phase: tauri-driver did not listen on 127.0.0.1:$port within 30 s; its log:" >&2
    sed 's/^/    /' "$art/e2e/$phase-driver.log" >&2 || true
    kill "$strace_pid" 2>/dev/null || true
    return 1
  fi
  PONTE_E2E_DRIVER="http://127.0.0.1:$port" PONTE_E2E_PHASE="$phase" RUST_BACKTRACE=0 \
    "$exe" --test-threads=1 --exact "$@" 2>&1 | tee "$art/e2e/$phase.log" || status=$?
  # tauri-driver stops WebKitWebDriver; the app quits when its session closes.
  td=$(cat "$pidfile" 2>/dev/null || true)
  [ -n "$td" ] && kill -TERM "$td" 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 "$strace_pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$strace_pid" 2>/dev/null; then
    echo "e2e $phase: processes still running 10 s after tauri-driver was stopped:" >&2
    ps -o pid,ppid,args -g "$(ps -o pgid= "$strace_pid" | tr -d ' ')" >&2 || true
    kill -TERM "$strace_pid" 2>/dev/null || true
    status=1
  fi
  wait "$strace_pid" 2>/dev/null || true
  return "$status"
}

free_port() {
  local p=$1
  while ss -Htln "sport = :$p" 2>/dev/null | grep -q .; do p=$((p + 2)); done
  echo "$p"
}

wait_port() {
  local i
  for i in $(seq 1 $(($2 * 10))); do
    (exec 3<> "/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

case "${1:-}" in
  __stack)
    shift
    e2e_bin=$1
    shift
    stack "$@"
    exit $?
    ;;
  __netns)
    # Inside `unshare -rn`: a network namespace of our own with only a loopback interface,
    # brought up so WebDriver can talk to the app. No other interface, no route.
    shift
    ip link set lo up
    exec xvfb-run -a -s "$XVFB_ARGS" "$self" __stack "$@"
    ;;
esac

# --- the top level ---------------------------------------------------------------------------

started=$(date +%s%N)
cd "$root"
for tool in xvfb-run Xvfb xauth WebKitWebDriver strace unshare ip ss setsid node cargo; do
  if ! command -v "$tool" > /dev/null; then
    echo "e2e: $tool is missing: run scripts/setup-debian.sh test first" >&2
    exit 2
  fi
done
if ! cargo install --list 2> /dev/null | grep -q '^tauri-driver v2\.1\.0:'; then
  echo "== e2e: installing tauri-driver 2.1.0"
  cargo install --locked tauri-driver --version 2.1.0
fi
command -v tauri-driver > /dev/null || export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

echo "== e2e: building the UI, the debug app and the test client"
node ui/build.mjs
cargo build -p ponte-app -p ponte
app="$root/target/debug/ponte-app"
# The e2e workspace shares target/ with the main one: the core's dependencies, built for
# the app, are reused by the setup helper (same profile settings).
export CARGO_TARGET_DIR="$root/target"
e2e_manifest="$e2e/Cargo.toml"
# One package at a time: built together, their features would unify and change the core's
# dependencies (no reuse).
cargo build --manifest-path "$e2e_manifest" -p ponte-e2e-setup
cargo build --manifest-path "$e2e_manifest" -p ponte-e2e --bins
e2e_bin="$root/target/debug"
artifacts=$(cargo test --manifest-path "$e2e_manifest" -p ponte-e2e --no-run --message-format=json 2> /dev/null)
exe_of() { # the executable of test target $1 (kind $2)
  printf '%s\n' "$artifacts" | grep '"reason":"compiler-artifact"' | grep "\"kind\":\[\"$2\"\]" |
    grep "\"name\":\"$1\"" | sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1
}
app_tests=$(exe_of app test)
lib_tests=$(exe_of ponte_e2e lib)
if [ -z "$app_tests" ] || [ -z "$lib_tests" ]; then
  echo "e2e: could not find the test executables in cargo's output" >&2
  exit 1
fi

rm -rf "$art/screenshots" "$art/e2e"
mkdir -p "$art/screenshots" "$art/e2e"
work=$(mktemp -d "${TMPDIR:-/tmp}/ponte-e2e.XXXXXX")
phase_pgid=""
cleanup() {
  if [ -n "$phase_pgid" ] && kill -0 -- "-$phase_pgid" 2> /dev/null; then
    kill -TERM -- "-$phase_pgid" 2> /dev/null || true
    sleep 1
    kill -KILL -- "-$phase_pgid" 2> /dev/null || true
  fi
  [ "${PONTE_E2E_KEEP:-}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Scenario names by phase, narrowed to the filters given on the command line.
all=$("$app_tests" --list --format=terse 2> /dev/null | sed -n 's/: test$//p')
pick() { # names for phase prefixes "$@"
  local name p f
  for name in $all; do
    for p in "$@"; do
      [[ $name == "$p"* ]] || continue
      if [ ${#filters[@]} -eq 0 ]; then
        echo "$name"
      else
        for f in "${filters[@]}"; do [[ $name == *"$f"* ]] && echo "$name" && break; done
      fi
      break
    done
  done
}
filters=("$@")

declare -a summary=()
passed=0 failed=0 ignored=0 problems=0
tally() { # phase, log file, exit status
  local line p f i
  line=$(grep -E '^test result: ' "$2" | tail -1 || true)
  if [ -z "$line" ]; then
    summary+=("$1: did not run to the end (exit $3): see artifacts/e2e/$1*.log")
    problems=$((problems + 1))
    return
  fi
  p=$(sed -n 's/.* \([0-9]*\) passed.*/\1/p' <<< "$line")
  f=$(sed -n 's/.* \([0-9]*\) failed.*/\1/p' <<< "$line")
  i=$(sed -n 's/.* \([0-9]*\) ignored.*/\1/p' <<< "$line")
  passed=$((passed + p)) failed=$((failed + f)) ignored=$((ignored + i))
  summary+=("$1: $p passed, $f failed")
  [ "$3" -eq 0 ] || [ "$f" -gt 0 ] || { summary+=("$1: exited with $3"); problems=$((problems + 1)); }
}

run_phase() { # phase, data dir, how (display|netns), names...
  local phase=$1 data=$2 how=$3 status=0
  shift 3
  [ $# -gt 0 ] || return 0
  echo "== e2e phase $phase: $*"
  if [ "$how" = netns ]; then
    setsid unshare -rn "$self" __netns "$e2e_bin" "$phase" "$data" "$work" "$app_tests" "$@" &
  else
    setsid xvfb-run -a -s "$XVFB_ARGS" "$self" __stack "$e2e_bin" "$phase" "$data" "$work" "$app_tests" "$@" &
  fi
  phase_pgid=$!
  # A phase that hangs (an app that never answers) must not eat CI's whole time budget.
  (sleep "$phase_limit" && echo "e2e $phase: still running after ${phase_limit}s: stopped" >&2 &&
    kill -TERM -- "-$phase_pgid" 2> /dev/null) &
  local watchdog=$!
  wait "$phase_pgid" || status=$?
  pkill -P "$watchdog" sleep 2> /dev/null || true
  kill "$watchdog" 2> /dev/null || true
  # Nothing of the phase may outlive it (exited processes waiting to be reaped don't count).
  local left=""
  for _ in $(seq 1 20); do
    left=$(ps -o pid=,stat=,args= -g "$phase_pgid" 2> /dev/null | awk '$2 !~ /^Z/' || true)
    [ -z "$left" ] && break
    sleep 0.5
  done
  if [ -n "$left" ]; then
    echo "e2e $phase: stray processes left behind:" >&2
    echo "$left" >&2
    kill -KILL -- "-$phase_pgid" 2> /dev/null || true
    summary+=("$phase: stray processes were left running")
    problems=$((problems + 1))
  fi
  phase_pgid=""
  tally "$phase" "$art/e2e/$phase.log" "$status"
  traces+="$phase=$art/e2e/$phase.strace;"
}

export PONTE_E2E_APP="$app" PONTE_E2E_REPO="$root" PONTE_E2E_SHOTS="$art/screenshots"
traces=""

echo "== e2e: the harness's own checks (strace parser, message matching)"
status=0
RUST_BACKTRACE=0 "$lib_tests" 2>&1 | tee "$art/e2e/unit.log" || status=$?
tally unit "$art/e2e/unit.log" "$status"

# shellcheck disable=SC2046
run_phase online "$work/data-online" display $(pick s1_ s2_ s3_ s4_ s6_ s7a_)

hostile=$(pick s5_)
if [ -n "$hostile" ]; then
  echo "== e2e: installing the hostile directory (through the core's API)"
  "$e2e_bin/ponte-e2e-setup" hostile "$work/data-hostile"
  # shellcheck disable=SC2086
  run_phase hostile "$work/data-hostile" display $hostile
fi

update=$(pick s9_)
if [ -n "$update" ]; then
  # A publisher as an NGO would be one, with the ponte command line: keys, a key list, a
  # bundle of the directory sources, a channel folder; this device trusts its root key.
  echo "== e2e: publishing a channel on loopback and trusting its publisher (ponte CLI)"
  ponte="$root/target/debug/ponte"
  keys="$work/keys" chroot="$work/channel-root"
  mkdir -p "$keys" "$chroot"
  title="Ponte e2e channel test"
  {
    "$ponte" keygen -o "$keys/root" --unencrypted
    "$ponte" keygen -o "$keys/signing" --unencrypted
    "$ponte" keys sign-list --root "$keys/root.key" --publisher org.ponte-e2e \
      --name "Ponte e2e publisher" --add "$keys/signing.pub" -o "$keys/keys.json"
    "$ponte" --data-dir "$work/data-build" bundle build data/services -o "$work/e2e-1.ponte" \
      --bundle-id org.ponte-e2e/directory --title "$title" --sequence 1 \
      --expires "$(date -u -d '+30 days' +%F)" --key "$keys/signing.key" --key-list "$keys/keys.json"
    "$ponte" channel publish "$work/e2e-1.ponte" "$chroot/channel"
    "$ponte" --data-dir "$work/data-update" trust add "$keys/root.pub" \
      --publisher org.ponte-e2e --name "Ponte e2e publisher"
  } > "$art/e2e/update-setup.log" 2>&1 || { echo "e2e: publishing the channel failed:" >&2; cat "$art/e2e/update-setup.log" >&2; exit 1; }
  hport=$(free_port 8460)
  python3 -m http.server "$hport" --bind 127.0.0.1 --directory "$chroot" > "$art/e2e/update-http.log" 2>&1 &
  http_pid=$!
  if ! wait_port "$hport" 20; then
    echo "e2e: the channel's web server did not start" >&2
    exit 1
  fi
  PONTE_E2E_CHANNEL="http://127.0.0.1:$hport/channel/" PONTE_E2E_CHANNEL_TITLE="$title" \
    run_phase update "$work/data-update" display $update
  kill "$http_pid" 2> /dev/null || true
  wait "$http_pid" 2> /dev/null || true
  # What the server saw: only GETs of the channel's own files, no query, nothing else.
  requests=$(grep -E '"[A-Z]+ ' "$art/e2e/update-http.log" || true)
  bad=$(printf '%s\n' "$requests" | grep -vE '"GET /channel/(index\.json|[A-Za-z0-9._-]+\.ponte) HTTP/1\.1" (200|206) ' | grep . || true)
  if [ -z "$requests" ] || [ -n "$bad" ]; then
    summary+=("update: the channel's server log shows requests other than GETs of channel files: ${bad:-none at all}")
    problems=$((problems + 1))
  else
    summary+=("update: the server saw only GETs of channel files ($(printf '%s\n' "$requests" | wc -l) requests)")
  fi
fi

# shellcheck disable=SC2046
run_phase offline "$work/data-offline" netns $(pick s8_ s1_ s2_ s3_ s4_)

trace_tests=$(pick s7b_)
if [ -n "$trace_tests" ] && [ -n "$traces" ]; then
  echo "== e2e phase trace: $trace_tests"
  status=0
  # shellcheck disable=SC2086
  PONTE_E2E_TRACES="$traces" PONTE_E2E_PHASE=trace RUST_BACKTRACE=0 "$app_tests" --test-threads=1 --exact $trace_tests 2>&1 |
    tee "$art/e2e/trace.log" || status=$?
  tally trace "$art/e2e/trace.log" "$status"
fi

ms=$((($(date +%s%N) - started) / 1000000))
elapsed=$(printf '%d.%02d' $((ms / 1000)) $((ms % 1000 / 10)))
echo
echo "== e2e summary (screenshots in artifacts/screenshots, logs and traces in artifacts/e2e)"
for s in "${summary[@]}"; do echo "   $s"; done
if [ "$failed" -eq 0 ] && [ "$problems" -eq 0 ] && [ "$passed" -gt 0 ]; then
  printf 'test result: ok. %d passed; 0 failed; %d ignored; 0 measured; 0 filtered out; finished in %ss\n' "$passed" "$ignored" "$elapsed"
  exit 0
fi
printf 'test result: FAILED. %d passed; %d failed; %d ignored; 0 measured; 0 filtered out; finished in %ss\n' "$passed" "$((failed + problems))" "$ignored" "$elapsed"
exit 1
