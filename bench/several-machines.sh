#!/usr/bin/env bash
# One month billed on one machine, then by a manager and two workers on the same machine, through a real
# Artemis broker and a real PostgreSQL (both from the tests' jars, bench/LocalParts.java): the wall time
# of each, the overhead, the partitions, the bytes sent through the broker per partition, and a check
# that both published the same bytes (but for the run's start and end times). See bench/README.md, "Several machines".
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bench/several-machines.sh [options]

  --lines N            usage lines (default 20000000)
  --accounts A         accounts (default 20000)
  --partition-size S   billing.partition.size of the manager (default: the product's, 256MB)
  --xmx SIZE           heap of every JVM (default 512m)
  --work DIR           work folder (default bench/work, gitignored)
  -h, --help           this text

Exit status: 0 when both runs billed the same bytes; 1 when a run failed or the outputs differ; 2 on
bad arguments or a broken setup.
EOF
}

die() {
    echo "bench/several-machines.sh: $*" >&2
    exit 2
}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
# shellcheck source=bench/snapshot.sh
source "$BENCH_DIR/snapshot.sh"
LINES=20000000
ACCOUNTS=20000
SIZE=256MB
XMX=512m
WORK="$BENCH_DIR/work"
MONTH=2026-03

need_value() { [[ $# -ge 2 && -n "$2" ]] || die "$1 needs a value (see --help)"; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        --lines) need_value "$@"; LINES=$2; shift 2 ;;
        --accounts) need_value "$@"; ACCOUNTS=$2; shift 2 ;;
        --partition-size) need_value "$@"; SIZE=$2; shift 2 ;;
        --xmx) need_value "$@"; XMX=$2; shift 2 ;;
        --work) need_value "$@"; WORK=$2; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is missing: apt-get install time"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
# every run reads config/application.properties from the working directory, as the README's command does: the
# seller's details there are what the invoices are written with, and without them no document is written
cd "$ROOT"

JAR="$ROOT/target/support-billing.jar"
if [[ ! -f "$JAR" ]]; then
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests) || die "the build failed"
fi
snapshot_jar "$JAR" "$WORK" "$ROOT" # RUN_JAR, with app/ beside it: java -jar as the README runs it

# the tests' class path: embedded PostgreSQL and the Artemis server, for bench/LocalParts.java
CP_FILE="$WORK/test-classpath.txt"
(cd "$ROOT" && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE") \
    || die "could not resolve the tests' class path with Maven"

CLASSES="$WORK/classes"
mkdir -p "$CLASSES"
if [[ ! -f "$CLASSES/GenerateMonth.class" || "$BENCH_DIR/GenerateMonth.java" -nt "$CLASSES/GenerateMonth.class" ]]; then
    javac -d "$CLASSES" "$BENCH_DIR/GenerateMonth.java" || die "javac failed on bench/GenerateMonth.java"
fi
FILES=$(( LINES / 5000000 > 0 ? LINES / 5000000 : 1 ))
INPUT="$WORK/input/${MONTH}-${LINES}x${ACCOUNTS}-seed42-files${FILES}"
if [[ ! -d "$INPUT" ]]; then
    mkdir -p "$WORK/input"
    rm -rf "$INPUT.partial"
    java -cp "$CLASSES" GenerateMonth --out "$INPUT.partial" --lines "$LINES" --accounts "$ACCOUNTS" \
        --month "$MONTH" --seed 42 --files "$FILES" >/dev/null || die "the generator failed"
    mv "$INPUT.partial" "$INPUT"
fi
cat "$INPUT"/usage*.csv >/dev/null # both runs start from a warm page cache

RUN="$WORK/several-machines/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN"
PIDS=()
WORKERS=()
cleanup() {
    touch "$RUN/parts/stop" 2>/dev/null || true
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

java -cp "$(cat "$CP_FILE")" "$BENCH_DIR/LocalParts.java" "$RUN/parts" >"$RUN/parts.log" 2>&1 &
PARTS=$!
PIDS+=("$PARTS")
for _ in $(seq 600); do
    [[ -f "$RUN/parts/parts.env" ]] && break
    kill -0 "$PARTS" 2>/dev/null || die "PostgreSQL and the broker did not start (see $RUN/parts.log)"
    sleep 0.2
done
[[ -f "$RUN/parts/parts.env" ]] || die "PostgreSQL and the broker did not start in time (see $RUN/parts.log)"
# shellcheck disable=SC1091
source "$RUN/parts/parts.env"
db() { echo "--spring.datasource.url=$1" --spring.datasource.username=postgres --spring.datasource.password=postgres; }

seconds() {
    awk '/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"
}

echo "== one machine: $LINES lines" >&2
# shellcheck disable=SC2046
/usr/bin/time -v -o "$RUN/single.time" java -Xmx"$XMX" -jar "$RUN_JAR" run --month "$MONTH" --input "$INPUT" \
    --output "$RUN/single-out" --state "$RUN/single-state" --billing.progress=off $(db "$PG_SINGLE") \
    >"$RUN/single.out" 2>"$RUN/single.err" || { echo "the single-machine run failed: $RUN/single.err" >&2; exit 1; }

echo "== a manager and two workers on this machine" >&2
for w in 1 2; do
    # shellcheck disable=SC2046
    java -Xmx"$XMX" -jar "$RUN_JAR" worker --broker "$BROKER" --state "$RUN/worker-$w" $(db "$PG_SEVERAL") \
        >"$RUN/worker-$w.out" 2>"$RUN/worker-$w.err" &
    PIDS+=("$!")
    WORKERS+=("$!")
done
for w in 1 2; do
    for _ in $(seq 1200); do
        grep -q "taking usage partitions" "$RUN/worker-$w.err" 2>/dev/null && break
        sleep 0.1
    done
    grep -q "taking usage partitions" "$RUN/worker-$w.err" || die "worker $w did not start (see $RUN/worker-$w.err)"
done
# Workers are services, started long before a month's run: let their start-up work (the JIT compiling what
# Spring ran) settle before the run is timed, as it has on machines that wait for the month (D97)
worker_ticks() {
    local total=0 pid
    for pid in "${WORKERS[@]}" $(for p in "${WORKERS[@]}"; do pgrep -P "$p"; done); do
        if [[ -r /proc/$pid/stat ]]; then
            total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
        fi
    done
    echo "$total"
}
before=$(worker_ticks)
for _ in $(seq 30); do
    sleep 1
    now=$(worker_ticks)
    if (( now - before < $(getconf CLK_TCK) / 10 )); then
        break # under a tenth of a processor for a second
    fi
    before=$now
done
# shellcheck disable=SC2046
/usr/bin/time -v -o "$RUN/several.time" java -Xmx"$XMX" -jar "$RUN_JAR" run --month "$MONTH" --input "$INPUT" \
    --output "$RUN/several-out" --state "$RUN/manager-state" --broker "$BROKER" --billing.partition.size="$SIZE" \
    --billing.progress=off $(db "$PG_SEVERAL") >"$RUN/several.out" 2>"$RUN/several.err" \
    || { echo "the run on several machines failed: $RUN/several.err" >&2; exit 1; }

# each run's steps from its job repository, while PostgreSQL still runs (the workers' partition steps too)
java -cp "$(cat "$CP_FILE")" "$BENCH_DIR/StepTimes.java" "$PG_SINGLE" >"$RUN/single.steps" 2>&1 || true
java -cp "$(cat "$CP_FILE")" "$BENCH_DIR/StepTimes.java" "$PG_SEVERAL" >"$RUN/several.steps" 2>&1 || true
steps_of() { awk -F'|' '/^\|/ && /COMPLETED/ && $2 !~ /usageIntakePartition:/ { gsub(/ /, "", $2); gsub(/ /, "", $4); printf "%s %s s, ", $2, $4 }' "$1" | sed 's/, $//'; }

# The published folders without what differs from run to run by design, as the tests compare them: the
# start and end times (summary.json, report.html) and each PDF's /ID, which is made from its time.
comparable() {
    rm -rf "$2"
    cp -r "$1" "$2"
    sed -i '/"started_at" :\|"ended_at" :/d' "$2/summary.json"
    sed -i 's|<span data-volatile>[^<]*</span>||g' "$2/report.html"
    find "$2" -name '*.pdf' -exec env LC_ALL=C sed -i '/^\/ID \[/d' {} +
}
comparable "$RUN/single-out/$MONTH" "$RUN/single-comparable"
comparable "$RUN/several-out/$MONTH" "$RUN/several-comparable"
same=yes
diff -r "$RUN/single-comparable" "$RUN/several-comparable" >"$RUN/diff.txt" || same=no
read -r messages bytes <"$RUN/parts/broker.txt"
partitions=$(grep -oE 'in [0-9]+ partitions' "$RUN/several.err" | grep -oE '[0-9]+' | head -1)
single=$(seconds "$RUN/single.time")
several=$(seconds "$RUN/several.time")
cat <<EOF

| $LINES lines, $(nproc) processors, load $(cut -d' ' -f1-3 /proc/loadavg) | wall time |
|---|---|
| one machine (\`run\`, state in PostgreSQL) | ${single} s |
| manager + 2 workers on this machine (\`run --broker\`, partitions of $SIZE) | ${several} s |
| overhead | $(awk -v a="$several" -v b="$single" 'BEGIN { printf "%+.1f %%", (a / b - 1) * 100 }') |

- partitions: ${partitions:-?}; messages through the broker: $messages, $bytes bytes in all, $(awk -v b="$bytes" -v m="$messages" 'BEGIN { if (m > 0) printf "%.0f", b / m; else print 0 }') bytes a message
- the manager's plan and combining: $(grep -E 'planned in|combined from' "$RUN/several.err" | sed 's/^[0-9:]* //' | paste -sd ';' -)
- steps of one machine: $(steps_of "$RUN/single.steps")
- steps of the manager: $(steps_of "$RUN/several.steps")
- published the same bytes: $same ($RUN)
EOF
[[ $same == yes ]] || exit 1
