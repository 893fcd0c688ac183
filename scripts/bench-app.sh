#!/usr/bin/env bash
# Measures the Ponte app's release build (issue 7, BENCHMARKS.md "The app (release build)"):
#   - the size of the release binary (and of a stripped copy, if stripping changes it);
#   - the wall time from spawning the app to the first search results on screen, cold (a
#     fresh, empty data folder and web view profile: the first launch installs the
#     built-in directory) and warm (a second launch on the same folder);
#   - the memory (RSS and PSS summed over the app and all its WebKit processes) at the
#     moment the first results are shown.
#
#   scripts/bench-app.sh                 builds the release app, then 10 cold + 10 warm runs
#   scripts/bench-app.sh --no-build      reuses the existing release binary
#   RUNS=5 BENCH_NEED=food BENCH_PLACE=Porto scripts/bench-app.sh
#
# The app is started with PONTE_BENCH_FIRST_RESULTS=<need>,<place> (src-tauri/src/bench.rs):
# its UI then searches for that need near the first place the type-ahead offers for
# <place>, and once the results are painted the app prints one line and waits for its
# standard input to close. Runs happen on one Xvfb display started before the first run
# (xvfb-run), so the display's own start-up is not counted. Cold means cold *data*: the
# binary and system libraries are in the OS page cache after the first run.
# Needs: xvfb xauth (scripts/setup-debian.sh run), python3. Honors CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
NEED=${BENCH_NEED:-health}
PLACE=${BENCH_PLACE:-Lisboa}
TARGET=${CARGO_TARGET_DIR:-target}
BIN=$TARGET/release/ponte-app
OUT=${BENCH_OUT:-artifacts/bench-app}
build=1
for a in "$@"; do
  case $a in
    --no-build) build=0 ;;
    -h | --help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument: $a" >&2; exit 2 ;;
  esac
done

if [ -z "${BENCH_APP_INNER:-}" ]; then
  if [ "$build" = 1 ]; then
    if [ -d ui/node_modules ]; then node ui/build.mjs; fi
    cargo build --release -p ponte-app --features custom-protocol
  fi
  [ -x "$BIN" ] || { echo "no release binary at $BIN (run without --no-build)" >&2; exit 1; }
  command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb xauth" >&2; exit 1; }
  mkdir -p "$OUT"
  BENCH_APP_INNER=1 exec xvfb-run -a -s "-screen 0 1280x800x24 -noreset" "$0" --no-build
fi

# --- inside Xvfb from here on -----------------------------------------------------------

RAW=$OUT/runs.tsv
LOG=$OUT/app-stderr.log
: >"$LOG"
printf 'kind\trun\twall_ms\tsince_run_ms\thits\trss_kb\tpss_kb\tprocs\tnames\n' >"$RAW"

# RSS and PSS (kB, from smaps_rollup) summed over a process, its descendants and anything
# else in its session (the app is started as a session leader).
memory_of() {
  python3 - "$1" <<'PY'
import os, sys
root = int(sys.argv[1])
kids, sess = {}, {}
for p in os.listdir('/proc'):
    if not p.isdigit():
        continue
    try:
        f = open(f'/proc/{p}/stat').read().rsplit(')', 1)[1].split()
    except OSError:
        continue
    kids.setdefault(int(f[1]), []).append(int(p))
    sess[int(p)] = int(f[3])
tree = [root]
i = 0
while i < len(tree):
    tree += [k for k in kids.get(tree[i], []) if k not in tree]
    i += 1
tree += [p for p, s in sess.items() if s == root and p not in tree]
rss = pss = 0
names = []
for p in tree:
    try:
        r = q = 0
        for line in open(f'/proc/{p}/smaps_rollup'):
            if line.startswith('Rss:'):
                r = int(line.split()[1])
            elif line.startswith('Pss:'):
                q = int(line.split()[1])
        names.append(f"{open(f'/proc/{p}/comm').read().strip()}:pss={q // 1024}MiB")
        rss, pss = rss + r, pss + q
    except OSError:
        pass
print(f"{rss}\t{pss}\t{len(names)}\t{'+'.join(names)}")
PY
}

# One launch with the given home folder; appends a row to $RAW.
run_once() {
  local kind=$1 n=$2 home=$3 line='' t0 t1='' pid mem
  mkdir -p "$home/share" "$home/cache" "$home/config"
  t0=$EPOCHREALTIME
  coproc APP {
    exec env HOME="$home" XDG_DATA_HOME="$home/share" XDG_CACHE_HOME="$home/cache" \
      XDG_CONFIG_HOME="$home/config" PONTE_DATA_DIR="$home/ponte" LANG=C.UTF-8 LANGUAGE=en \
      PONTE_BENCH_FIRST_RESULTS="$NEED,$PLACE" setsid "$BIN" 2>>"$LOG"
  }
  pid=$APP_PID
  while IFS= read -r -t 120 -u "${APP[0]}" line; do
    if [[ $line == "PONTE_BENCH first-results"* ]]; then t1=$EPOCHREALTIME; break; fi
  done
  if [ -z "$t1" ]; then
    kill "$pid" 2>/dev/null || true
    echo "run $kind $n: no first-results line within 120 s (see $LOG)" >&2
    exit 1
  fi
  mem=$(memory_of "$pid")
  eval "exec ${APP[1]}>&-" # closing its standard input ends the app
  local waited=0
  while kill -0 "$pid" 2>/dev/null && [ $waited -lt 100 ]; do sleep 0.1; waited=$((waited + 1)); done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  local hits=${line#*hits=} since=${line#*since_run_ms=}
  hits=${hits%% *}
  [ "$hits" -gt 0 ] || { echo "run $kind $n: the search found nothing ($line)" >&2; exit 1; }
  local wall
  wall=$(python3 -c "print(round(($t1 - $t0) * 1000, 1))")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$n" "$wall" "$since" "$hits" "$mem" >>"$RAW"
  printf '  %-4s %2s  %7s ms  hits %s  %s\n' "$kind" "$n" "$wall" "$hits" "$(cut -f1-3 <<<"$mem" | awk '{printf "RSS %.0f MiB  PSS %.0f MiB  %d processes", $1/1024, $2/1024, $3}')" >&2
}

echo "Ponte app bench: $RUNS cold + $RUNS warm launches, '$NEED' near '$PLACE', $BIN" >&2
for n in $(seq 1 "$RUNS"); do
  home=$(mktemp -d "${TMPDIR:-/tmp}/ponte-bench-app.XXXXXX")
  run_once cold "$n" "$home"
  run_once warm "$n" "$home"
  # A web process may still be writing its caches for a moment after the app exits.
  rm -rf "$home" 2>/dev/null || { sleep 1; rm -rf "$home" || true; }
done

size=$(stat -c %s "$BIN")
stripped=$size
if command -v strip >/dev/null; then
  tmp=$(mktemp)
  strip -o "$tmp" "$BIN" && stripped=$(stat -c %s "$tmp")
  rm -f "$tmp"
fi

python3 - "$RAW" "$size" "$stripped" "$NEED" "$PLACE" <<'PY'
import csv, math, sys
raw, size, stripped, need, place = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
rows = list(csv.DictReader(open(raw), delimiter='\t'))

def pct(xs, p):  # nearest rank: p95 of 10 runs is the slowest
    xs = sorted(xs)
    return xs[max(0, math.ceil(p / 100 * len(xs)) - 1)]

def col(kind, name, scale=1.0):
    return [float(r[name]) * scale for r in rows if r['kind'] == kind]

def mb(b):
    return b / 1e6

lines = []
def row(what, p50, p95, target, ok):
    lines.append(f"| {what} | {p50} | {p95} | {target} | {ok} |")

cold = col('cold', 'wall_ms')
warm = col('warm', 'wall_ms')
row('binary size (as built)', f"{mb(size):.1f} MB", '', '≤ 20 MB', 'met' if size <= 20e6 else 'missed')
row('binary size (stripped)', f"{mb(stripped):.1f} MB", '', '≤ 20 MB', 'met' if stripped <= 20e6 else 'missed')
row(f'cold start to first results ({len(cold)} runs)', f"{pct(cold, 50):.0f} ms", f"{pct(cold, 95):.0f} ms", '≤ 1500 ms',
    'met' if pct(cold, 50) <= 1500 else 'missed')
row(f'warm start to first results ({len(warm)} runs)', f"{pct(warm, 50):.0f} ms", f"{pct(warm, 95):.0f} ms", '', '')
for kind in ('cold', 'warm'):
    rss = col(kind, 'rss_kb', 1024)
    pss = col(kind, 'pss_kb', 1024)
    row(f'{kind}: memory, all processes, PSS', f"{mb(pct(pss, 50)):.0f} MB", f"{mb(pct(pss, 95)):.0f} MB", '≤ 250 MB',
        'met' if pct(pss, 95) <= 250e6 else 'missed')
    row(f'{kind}: memory, all processes, RSS sum', f"{mb(pct(rss, 50)):.0f} MB", f"{mb(pct(rss, 95)):.0f} MB", '≤ 250 MB',
        'met' if pct(rss, 95) <= 250e6 else 'missed')
procs = [r['names'] for r in rows[:2]]
print(f"\nPonte app, release build: '{need}' near '{place}'; MB = 10^6 bytes; p95 = nearest rank")
print("| measure | p50 | p95 | target | |")
print("|---|---|---|---|---|")
print("\n".join(lines))
print(f"\nprocesses measured (first cold, first warm run): {' / '.join(procs)}")
print(f"raw runs: {raw}")
PY
