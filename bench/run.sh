#!/usr/bin/env bash
# The throughput benchmark, in one command: generate a month (if missing), time the whole
# `run` of the billing job at -Xmx512m on a fresh --state, started by bin/support-billing (D46) and by
# plain `java -jar`, time the plain-loop baseline on the same usage files, and print a Markdown table.
# See bench/README.md.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bench/run.sh [options]

  --lines N          usage lines of the main month (default 5000000)
  --also-lines N     another size to measure too, e.g. 20000000 (repeatable, or comma-separated)
  --accounts A       accounts of every generated month (default 20000)
  --month YYYY-MM    the billing month (default 2026-03)
  --seed S           generator seed (default 42)
  --files K          split the usage into K files (default 1)
  --work DIR         work folder for inputs and runs (default bench/work, gitignored)
  --xmx SIZE         heap of the billing run (default 512m)
  --timeout SECONDS  kill a timed command after this long (default 3600)
  --build            rebuild target/support-billing.jar (./mvnw -B -q package -DskipTests) first
  --jar FILE         benchmark this jar instead of target/support-billing.jar (e.g. a build of another commit)
  --regenerate       write the input folders again even if present
  --repeat R         time each command R times and keep the fastest (default 1)
  --no-plain         skip the plain-loop baseline
  --no-java-jar      skip the runs started by plain java -jar
  -h, --help         this text

Exit status: 0 when every run billed (exit 0); 1 when a run failed (the table says which); 2 on bad
arguments or a broken setup.
EOF
}

die() {
    echo "bench/run.sh: $*" >&2
    exit 2
}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
JAR="$ROOT/target/support-billing.jar"

LINES=5000000
ALSO=()
ACCOUNTS=20000
MONTH=2026-03
SEED=42
FILES=1
WORK="$BENCH_DIR/work"
XMX=512m
TIMEOUT=3600
BUILD=0
REGENERATE=0
PLAIN=1
REPEAT=1
CUSTOM_JAR=0
JAVA_JAR=1

need_value() { [[ $# -ge 2 && -n "$2" ]] || die "$1 needs a value (see --help)"; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        --lines) need_value "$@"; LINES=$2; shift 2 ;;
        --also-lines) need_value "$@"; IFS=',' read -r -a more <<<"$2"; ALSO+=("${more[@]}"); shift 2 ;;
        --accounts) need_value "$@"; ACCOUNTS=$2; shift 2 ;;
        --month) need_value "$@"; MONTH=$2; shift 2 ;;
        --seed) need_value "$@"; SEED=$2; shift 2 ;;
        --files) need_value "$@"; FILES=$2; shift 2 ;;
        --work) need_value "$@"; WORK=$2; shift 2 ;;
        --xmx) need_value "$@"; XMX=$2; shift 2 ;;
        --timeout) need_value "$@"; TIMEOUT=$2; shift 2 ;;
        --build) BUILD=1; shift ;;
        --jar) need_value "$@"; JAR=$(cd "$(dirname "$2")" && pwd)/$(basename "$2") || die "no such jar: $2"; CUSTOM_JAR=1; shift 2 ;;
        --regenerate) REGENERATE=1; shift ;;
        --repeat) need_value "$@"; REPEAT=$2; shift 2 ;;
        --no-plain) PLAIN=0; shift ;;
        --no-java-jar) JAVA_JAR=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument '$1'" ;;
    esac
done

is_count() { [[ "$1" =~ ^[1-9][0-9]*$ ]]; }
is_count "$LINES" || die "--lines must be a positive integer, not '$LINES'"
for n in ${ALSO[@]+"${ALSO[@]}"}; do is_count "$n" || die "--also-lines must be positive integers, not '$n'"; done
is_count "$ACCOUNTS" || die "--accounts must be a positive integer, not '$ACCOUNTS'"
is_count "$FILES" || die "--files must be a positive integer, not '$FILES'"
is_count "$REPEAT" || die "--repeat must be a positive integer, not '$REPEAT'"
is_count "$TIMEOUT" || die "--timeout must be a positive number of seconds, not '$TIMEOUT'"
[[ "$SEED" =~ ^-?[0-9]+$ ]] || die "--seed must be an integer, not '$SEED'"
[[ "$MONTH" =~ ^[0-9]{4}-(0[1-9]|1[0-2])$ ]] || die "--month must be YYYY-MM, not '$MONTH'"
[[ "$XMX" =~ ^[0-9]+[kKmMgG]?$ ]] || die "--xmx must be a heap size like 512m, not '$XMX'"

for tool in java javac jar timeout awk; do
    command -v "$tool" >/dev/null || die "'$tool' is not on the PATH"
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time, for -v) is missing: apt-get install time"
java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
[[ "${java_major:-0}" -ge 17 ]] 2>/dev/null || die "Java 17 or newer is needed (found '${java_major:-?}')"

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

# ---- the jar --------------------------------------------------------------------------------
if [[ $CUSTOM_JAR -eq 1 ]]; then
    [[ $BUILD -eq 0 ]] || die "--build and --jar exclude each other"
    [[ -f "$JAR" ]] || die "no such jar: $JAR"
elif [[ $BUILD -eq 1 || ! -f "$JAR" ]]; then
    echo "== building $JAR" >&2
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests) || die "the build failed (./mvnw -B -q package -DskipTests)"
    [[ -f "$JAR" ]] || die "the build did not produce $JAR"
fi

# Others may rebuild target/ while a run is timed: run a snapshot of the jar, not the jar itself.
RUN_JAR="$WORK/support-billing.jar"
for attempt in 1 2 3 4 5 6; do
    cp -f "$JAR" "$RUN_JAR" && jar tf "$RUN_JAR" >/dev/null 2>&1 && break
    [[ $attempt -lt 6 ]] || die "could not copy a readable $JAR (is a build rewriting it?)"
    sleep 10
done
# bin/support-billing's application, made from the snapshot as the build makes target/app (pom.xml,
# fast-start): the jar extracted, and a class-data archive of a training run on input-samples
APP="$WORK/app"
rm -rf "$APP" "$WORK/cds-training"
java -Djarmode=tools -jar "$RUN_JAR" extract --destination "$APP" >/dev/null || die "could not extract $RUN_JAR"
java -XX:ArchiveClassesAtExit="$APP/support-billing.jsa" -Xlog:cds*=off -jar "$APP/support-billing.jar" \
    run --month 2026-03 --input "$ROOT/input-samples/2026-03" --output "$WORK/cds-training/out" \
    --state "$WORK/cds-training/state" --billing.progress=off >"$WORK/cds-training.log" 2>&1 \
    || die "the class-data training run failed (see $WORK/cds-training.log)"
rm -rf "$WORK/cds-training"

if [[ $CUSTOM_JAR -eq 1 ]]; then
    JAR_INFO="$JAR, built $(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ)"
else
    JAR_INFO="target/support-billing.jar built $(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ); the checkout is at $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$ROOT" && [[ -n "$(git status --porcelain -- src pom.xml 2>/dev/null)" ]] && echo ' with uncommitted changes in src' || true)"
fi

# ---- the bench tools, compiled once (and again when a source changes) ------------------------
CLASSES="$WORK/classes"
LIB="$WORK/lib"
mkdir -p "$CLASSES" "$LIB"
for tool in GenerateMonth PlainLoop; do
    if [[ ! -f "$CLASSES/$tool.class" || "$BENCH_DIR/$tool.java" -nt "$CLASSES/$tool.class" ]]; then
        javac -d "$CLASSES" "$BENCH_DIR/$tool.java" || die "javac failed on bench/$tool.java"
    fi
done
# the HSQLDB driver of the jar, for bench/StepTimes.java (per-step times from the job repository)
HSQLDB="$LIB/hsqldb.jar"
rm -f "$HSQLDB"
entry=$(jar tf "$RUN_JAR" | grep -m1 -E '^BOOT-INF/lib/hsqldb-[^/]*\.jar$' || true)
if [[ -n "$entry" ]]; then
    (cd "$LIB" && jar xf "$RUN_JAR" "$entry" && mv -f "$entry" hsqldb.jar && rm -rf BOOT-INF) || true
fi

# ---- helpers -------------------------------------------------------------------------------
# seconds of "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" in a `time -v` report
wall_seconds() {
    awk '/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"
}
rss_mb() { awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$1"; }
cpu_percent() { awk -F': ' '/Percent of CPU this job got/ { print $2 }' "$1"; }
gc_summary() { # pauses, their total, full GCs, from a -Xlog:gc file
    [[ -f "$1" ]] || { echo "no GC log"; return; }
    awk '/Pause/ { n++; ms = $NF; sub(/ms$/, "", ms); total += ms; if ($0 ~ /Pause Full/) full++ }
         /Concurrent Mark Cycle/ { marks++ }
         END { printf "%d pauses, %.2f s paused in all, %d full GCs, %d concurrent mark cycles", n, total / 1000, full, marks }' "$1"
}
div() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { if (b > 0) printf f, a / b; else print "n/a" }'; }

ROWS=()
DETAILS=()
FAILED=0
STAMP=$(date +%Y%m%d-%H%M%S)

loadavg() { cut -d' ' -f1 /proc/loadavg; }

# time_run DIR INPUT [java-jar]: one billing run into DIR (fresh state, no output), by bin/support-billing
# or by plain java -jar; sets RC
time_run() {
    local dir=$1 input=$2 how=${3:-launcher}
    rm -rf "$dir"
    mkdir -p "$dir"
    local start=(env JAVA_OPTS="-Xmx$XMX -Xlog:gc:file=$dir/run.gc.log" SUPPORT_BILLING_APP="$APP" "$ROOT/bin/support-billing")
    if [[ $how == java-jar ]]; then
        start=(java "-Xmx$XMX" "-Xlog:gc:file=$dir/run.gc.log" -jar "$RUN_JAR")
    fi
    RC=0
    /usr/bin/time -v -o "$dir/run.time" \
        timeout -k 30 "$TIMEOUT" \
        "${start[@]}" run --month "$MONTH" --input "$input" --output "$dir/out" --state "$dir/state" \
        >"$dir/run.stdout" 2>"$dir/run.stderr" || RC=$?
}

# time_plain DIR INPUT: one plain loop, default heap, sets RC
time_plain() {
    local dir=$1 input=$2
    mkdir -p "$dir"
    RC=0
    /usr/bin/time -v -o "$dir/plain.time" \
        timeout -k 30 "$TIMEOUT" \
        java "-Xlog:gc:file=$dir/plain.gc.log" -cp "$CLASSES" PlainLoop "$input" \
        >"$dir/plain.stdout" 2>"$dir/plain.stderr" || RC=$?
}

# the fastest of several attempts' time files
fastest() {
    local best="" best_s="" f s
    for f in "$@"; do
        [[ -f "$f" ]] || continue
        s=$(wall_seconds "$f")
        if [[ -z "$best" ]] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
            best=$f
            best_s=$s
        fi
    done
    echo "$best"
}

measure() {
    local lines=$1
    local name="${MONTH}-${lines}x${ACCOUNTS}-seed${SEED}-files${FILES}"
    local input="$WORK/input/$name"

    # -- the input folder, written once, whole or not at all
    if [[ $REGENERATE -eq 1 ]]; then
        rm -rf "$input"
    fi
    if [[ ! -d "$input" ]]; then
        echo "== generating $input" >&2
        mkdir -p "$WORK/input"
        rm -rf "$input.partial"
        java -cp "$CLASSES" GenerateMonth --out "$input.partial" --lines "$lines" --accounts "$ACCOUNTS" \
            --month "$MONTH" --seed "$SEED" --files "$FILES" >"$input.generate.txt" \
            || die "the generator failed for $lines lines (see above)"
        mv "$input.partial" "$input"
        sed "s|$input.partial|$input|" "$input.generate.txt" >&2
    fi
    local usage_bytes
    usage_bytes=$(cat "$input"/usage*.csv | wc -c)
    cat "$input"/usage*.csv >/dev/null # both timed commands start from a warm page cache

    local dir="$WORK/runs/$STAMP/$name" # one folder per invocation: earlier results stay
    rm -rf "$dir"
    mkdir -p "$dir"
    local rc=0 k load_run="" load_plain="" prc=0
    for ((k = 1; k <= REPEAT; k++)); do
        # -- the billing run: a fresh state and no previous output, every time
        load_run+="${load_run:+, }$(loadavg)"
        echo "== run $k/$REPEAT: $lines lines ($((usage_bytes / 1000000)) MB), -Xmx$XMX, state $dir/run-$k/state" >&2
        time_run "$dir/run-$k" "$input"
        echo "   $(wall_seconds "$dir/run-$k/run.time") s, exit $RC" >&2
        [[ $RC -eq 0 ]] || rc=$RC # a failed run is not repeated, but the plain loop still runs once
        if [[ $JAVA_JAR -eq 1 && $rc -eq 0 ]]; then
            echo "== run $k/$REPEAT by java -jar: $lines lines" >&2
            time_run "$dir/jar-$k" "$input" java-jar
            echo "   $(wall_seconds "$dir/jar-$k/run.time") s, exit $RC" >&2
            [[ $RC -eq 0 ]] || rc=$RC
        fi
        # -- the plain loop on the same files, default heap
        if [[ $PLAIN -eq 1 ]]; then
            load_plain+="${load_plain:+, }$(loadavg)"
            echo "== plain loop $k/$REPEAT: $lines lines, default heap" >&2
            time_plain "$dir/plain-$k" "$input"
            echo "   $(wall_seconds "$dir/plain-$k/plain.time") s, exit $RC" >&2
            if [[ $RC -ne 0 ]]; then
                prc=$RC
                echo "!! the plain loop failed with exit $prc:" >&2
                tail -n 15 "$dir/plain-$k/plain.stderr" | sed 's/^/   /' >&2
                FAILED=1
                break
            fi
        fi
        [[ $rc -eq 0 ]] || break
    done

    # -- the run: the fastest attempt, or the failed one
    local best run_dir
    if [[ $rc -ne 0 ]]; then
        run_dir="$dir/run-$k"
    else
        best=$(fastest "$dir"/run-*/run.time)
        run_dir=$(dirname "$best")
    fi
    local run_s run_rss run_cpu
    run_s=$(wall_seconds "$run_dir/run.time")
    run_rss=$(rss_mb "$run_dir/run.time")
    run_cpu=$(cpu_percent "$run_dir/run.time")
    local steps=""
    if [[ -f "$HSQLDB" && -d "$run_dir/state" ]]; then
        steps=$(java -cp "$HSQLDB" "$BENCH_DIR/StepTimes.java" "$run_dir/state" 2>&1) || steps="(step times unavailable: $steps)"
        printf '%s\n' "$steps" >"$run_dir/steps.md"
    fi
    local outcome="billed"
    if [[ $rc -ne 0 ]]; then
        FAILED=1
        case $rc in
            124|137) outcome="killed after the ${TIMEOUT} s timeout (exit $rc)" ;;
            *) outcome="FAILED with exit $rc" ;;
        esac
        {
            echo
            echo "!! the run of $lines lines $outcome after ${run_s} s (peak RSS ${run_rss} MB)"
            echo "-- last lines of its stderr ($run_dir/run.stderr):"
            tail -n 15 "$run_dir/run.stderr" | sed 's/^/   /'
            echo "-- last lines of $run_dir/state/logs/support-billing.log:"
            if [[ -f "$run_dir/state/logs/support-billing.log" ]]; then
                # without stack frames and progress lines: the errors and what led to them
                grep -v -E '^[[:space:]]+(at |\.\.\. [0-9]+ more)|is an interface\. The implementing class|progress - usage:' \
                    "$run_dir/state/logs/support-billing.log" | tail -n 25 | cut -c1-400 | sed 's/^/   /' || true
            else
                echo "   (no log)"
            fi
            echo
        } >&2
    else
        sed 's/^/   /' "$run_dir/run.stdout" >&2
    fi

    # -- the plain loop: the fastest attempt
    local plain_s="n/a" plain_rss="n/a" plain_cpu="n/a" ratio="n/a" plain_dir=""
    if [[ $PLAIN -eq 1 && $prc -eq 0 && -n "$load_plain" ]]; then
        best=$(fastest "$dir"/plain-*/plain.time)
        if [[ -n "$best" ]]; then
            plain_dir=$(dirname "$best")
            sed 's/^/   /' "$plain_dir/plain.stdout" >&2
            plain_s=$(wall_seconds "$best")
            plain_rss=$(rss_mb "$best")
            plain_cpu=$(cpu_percent "$best")
            if [[ $rc -eq 0 ]]; then ratio=$(div "$run_s" "$plain_s" "%.2f"); fi
        fi
    fi

    local jar_s="n/a" jar_ratio="n/a"
    if [[ $JAVA_JAR -eq 1 && $rc -eq 0 ]]; then
        best=$(fastest "$dir"/jar-*/run.time)
        jar_s=$(wall_seconds "$best")
        if [[ $plain_s != n/a ]]; then jar_ratio=$(div "$jar_s" "$plain_s" "%.2f"); fi
    fi

    local run_cell="$run_s" rate
    rate=$(div "$lines" "$run_s" "%.0f")
    if [[ $rc -ne 0 ]]; then
        run_cell="$run_s ($outcome)"
        rate="n/a"
    fi
    ROWS+=("| $lines | $run_cell | $rate | $plain_s | $ratio | $run_rss | $jar_s | $jar_ratio |")
    DETAILS+=("### $lines lines ($((usage_bytes / 1000000)) MB of usage in $FILES file(s), $ACCOUNTS accounts)

- run ($run_dir): exit $rc, ${run_cpu} CPU, GC: $(gc_summary "$run_dir/run.gc.log")
- plain loop (${plain_dir:-none}): ${plain_cpu} CPU, peak RSS ${plain_rss} MB, GC: $(gc_summary "$plain_dir/plain.gc.log")
- attempts: $REPEAT asked, fastest kept; 1-min load average before each run: ${load_run}; before each plain loop: ${load_plain:-n/a}

${steps:-(no step times)}
")
}

measure "$LINES"
for n in ${ALSO[@]+"${ALSO[@]}"}; do
    measure "$n"
done

REPORT="$WORK/results-$STAMP.md"
{
    echo "## Benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
    echo
    echo "The run: \`JAVA_OPTS=-Xmx$XMX bin/support-billing run --month $MONTH ...\` on a fresh --state, and the same"
    echo "by \`java -Xmx$XMX -jar support-billing.jar run ...\` (jar: $JAR_INFO);"
    echo "the plain loop: \`java -cp … PlainLoop\` with the JVM's default heap (1/4 of RAM; its HashSet of ids needs it)."
    echo "Times are wall-clock of the whole process (JVM start included), from /usr/bin/time -v."
    echo
    echo "| lines | run time (s) | rows/s | plain-loop time (s) | ratio run/plain | peak RSS of the run (MB) | by java -jar (s) | its ratio |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${ROWS[@]}"
    echo
    printf '%s\n' "${DETAILS[@]}"
} >"$REPORT"
echo >&2
cat "$REPORT"
echo "(saved in $REPORT)" >&2
exit $FAILED
