#!/usr/bin/env bash
# The throughput benchmark, in one command: generate a month (if missing), time the whole `run` of the
# billing job at -Xmx512m on a fresh --state, started by the README's own command (`java -Xmx512m -jar`)
# and by bin/support-billing (D46), time DuckDB summing the same usage per account with read_csv, and
# the plain-loop baseline, on the same files, and print a Markdown table with the ratios.
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
  --files K          split the usage into K files (default: one file per 5,000,000 lines)
  --work DIR         work folder for inputs and runs (default bench/work, gitignored)
  --xmx SIZE         heap of the billing run (default 512m)
  --timeout SECONDS  kill a timed command after this long (default 3600)
  --build            rebuild target/support-billing.jar (./mvnw -B -q package -DskipTests) first
  --jar FILE         benchmark this jar instead of target/support-billing.jar (e.g. a build of another commit)
  --regenerate       write the input folders again even if present
  --repeat R         time each command R times and keep the fastest (default 1)
  --no-plain         skip the plain-loop baseline
  --no-java-jar      skip the runs started by plain java -jar
  --no-launcher      skip the runs started by bin/support-billing
  --no-duckdb        skip DuckDB
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
# shellcheck source=bench/snapshot.sh
source "$BENCH_DIR/snapshot.sh"

LINES=5000000
ALSO=()
ACCOUNTS=20000
MONTH=2026-03
SEED=42
FILES=
WORK="$BENCH_DIR/work"
XMX=512m
TIMEOUT=3600
BUILD=0
REGENERATE=0
PLAIN=1
REPEAT=1
CUSTOM_JAR=0
JAVA_JAR=1
LAUNCHER=1
DUCKDB=1
DUCKDB_VERSION=2.0.0.1

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
        --no-launcher) LAUNCHER=0; shift ;;
        --no-duckdb) DUCKDB=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument '$1'" ;;
    esac
done

is_count() { [[ "$1" =~ ^[1-9][0-9]*$ ]]; }
is_count "$LINES" || die "--lines must be a positive integer, not '$LINES'"
for n in ${ALSO[@]+"${ALSO[@]}"}; do is_count "$n" || die "--also-lines must be positive integers, not '$n'"; done
is_count "$ACCOUNTS" || die "--accounts must be a positive integer, not '$ACCOUNTS'"
[[ -z "$FILES" ]] || is_count "$FILES" || die "--files must be a positive integer, not '$FILES'"
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

snapshot_jar "$JAR" "$WORK" "$ROOT" # RUN_JAR, with app/ beside it (bench/snapshot.sh)

if [[ $CUSTOM_JAR -eq 1 ]]; then
    JAR_INFO="$JAR, built $(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ)"
else
    JAR_INFO="target/support-billing.jar built $(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ); the checkout is at $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$ROOT" && [[ -n "$(git status --porcelain -- src pom.xml 2>/dev/null)" ]] && echo ' with uncommitted changes in src' || true)"
fi

# ---- the bench tools, compiled once (and again when a source changes) ------------------------
CLASSES="$WORK/classes"
LIB="$WORK/lib"
mkdir -p "$CLASSES" "$LIB"
for tool in GenerateMonth PlainLoop DuckDbSums; do
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

# DuckDB's JDBC driver, for the benchmark only (never on the application's class path), by Maven
DUCKDB_JAR="$LIB/duckdb_jdbc-$DUCKDB_VERSION.jar"
if [[ $DUCKDB -eq 1 && ! -f "$DUCKDB_JAR" ]]; then
    (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$DUCKDB_VERSION" \
        -DoutputDirectory="$LIB") || die "could not fetch org.duckdb:duckdb_jdbc:$DUCKDB_VERSION with Maven (--no-duckdb skips it)"
fi

# ---- helpers -------------------------------------------------------------------------------
# seconds of "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" in a `time -v` report
wall_seconds() {
    awk '/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"
}
rss_mb() { awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$1"; }
cpu_percent() { awk -F': ' '/Percent of CPU this job got/ { print $2 }' "$1"; }
cpu_seconds() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$1"; }
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
    local start=(env JAVA_OPTS="-Xmx$XMX -Xlog:gc:file=$dir/run.gc.log" SUPPORT_BILLING_APP="$WORK/app" "$ROOT/bin/support-billing")
    if [[ $how == java-jar ]]; then
        start=(java "-Xmx$XMX" -jar "$RUN_JAR") # the README's command: no other JVM option
    fi
    timed "$dir" run "${start[@]}" run --month "$MONTH" --input "$input" --output "$dir/out" --state "$dir/state"
}

# timed DIR NAME COMMAND...: runs the command under time -v and the timeout into DIR/NAME.{time,stdout,stderr}, sets RC
timed() {
    local dir=$1 name=$2
    shift 2
    mkdir -p "$dir"
    RC=0
    /usr/bin/time -v -o "$dir/$name.time" timeout -k 30 "$TIMEOUT" "$@" \
        >"$dir/$name.stdout" 2>"$dir/$name.stderr" || RC=$?
}

# time_jar DIR INPUT: the run by java -jar
time_jar() {
    time_run "$1" "$2" java-jar
}

# readables_seconds: the readables step's seconds from StepTimes' table on stdin
readables_seconds() {
    awk -F'|' '$2 ~ /^ *readables *$/ { gsub(/ /, "", $4); print $4 }'
}

# time_jar_without_documents DIR INPUT: the same run without seller details: report.html, no documents
time_jar_without_documents() {
    local dir=$1
    rm -rf "$dir"
    mkdir -p "$dir"
    timed "$dir" run java "-Xmx$XMX" -jar "$RUN_JAR" run --month "$MONTH" --input "$2" --output "$dir/out" \
        --state "$dir/state" --billing.seller.name=
}

# attempt WHAT DIR NAME TIMER INPUT: one timed attempt, with the load before it (into the caller's
# loads) and its time on stderr; sets RC
attempt() {
    local what=$1 dir=$2 name=$3 timer=$4 input=$5
    loads+="${loads:+; }$what: $(loadavg)"
    echo "== $what: $lines lines, load $(loadavg)" >&2
    "$timer" "$dir" "$input"
    echo "   $(wall_seconds "$dir/$name.time") s, exit $RC" >&2
}

# time_plain DIR INPUT: one plain loop, default heap
time_plain() {
    timed "$1" plain java "-Xlog:gc:file=$1/plain.gc.log" -cp "$CLASSES" PlainLoop "$2"
}

# time_duckdb DIR INPUT: DuckDB's per-account sums of the same usage
time_duckdb() {
    timed "$1" duckdb java -cp "$DUCKDB_JAR:$CLASSES" DuckDbSums "$2" "$MONTH"
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

# fastest DIR GLOB...: wall seconds and folder of the fastest attempt, "n/a" when none
best_of() {
    local best
    best=$(fastest "$@")
    if [[ -z "$best" ]]; then
        echo "n/a -"
    else
        echo "$(wall_seconds "$best") $(dirname "$best")"
    fi
}

FIRST_LINES=""
FIRST_SECONDS=""
measure() {
    local lines=$1
    local files=${FILES:-$(( lines / 5000000 > 0 ? lines / 5000000 : 1 ))}
    local name="${MONTH}-${lines}x${ACCOUNTS}-seed${SEED}-files${files}"
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
            --month "$MONTH" --seed "$SEED" --files "$files" >"$input.generate.txt" \
            || die "the generator failed for $lines lines (see above)"
        mv "$input.partial" "$input"
        sed "s|$input.partial|$input|" "$input.generate.txt" >&2
    fi
    local usage_bytes
    usage_bytes=$(cat "$input"/usage*.csv | wc -c)
    cat "$input"/usage*.csv >/dev/null # every timed command starts from a warm page cache

    local dir="$WORK/runs/$STAMP/$name" # one folder per invocation: earlier results stay
    rm -rf "$dir"
    mkdir -p "$dir"
    local rc=0 k loads=""
    for ((k = 1; k <= REPEAT; k++)); do
        if [[ $JAVA_JAR -eq 1 ]]; then
            attempt "run $k/$REPEAT by java -Xmx$XMX -jar" "$dir/jar-$k" run time_jar "$input"
            [[ $RC -eq 0 ]] || { rc=$RC; FAILED_DIR="$dir/jar-$k"; }
        fi
        if [[ $JAVA_JAR -eq 1 && $lines == "$LINES" && $rc -eq 0 ]]; then
            attempt "run $k/$REPEAT by java -Xmx$XMX -jar, without seller details" "$dir/bare-$k" run \
                time_jar_without_documents "$input"
            [[ $RC -eq 0 ]] || { rc=$RC; FAILED_DIR="$dir/bare-$k"; }
        fi
        if [[ $LAUNCHER -eq 1 && $rc -eq 0 ]]; then
            attempt "run $k/$REPEAT by bin/support-billing" "$dir/run-$k" run time_run "$input"
            [[ $RC -eq 0 ]] || { rc=$RC; FAILED_DIR="$dir/run-$k"; }
        fi
        if [[ $DUCKDB -eq 1 ]]; then
            attempt "DuckDB $k/$REPEAT" "$dir/duck-$k" duckdb time_duckdb "$input"
            [[ $RC -eq 0 ]] || { FAILED=1; tail -n 15 "$dir/duck-$k/duckdb.stderr" | sed 's/^/   /' >&2; }
        fi
        if [[ $PLAIN -eq 1 ]]; then
            attempt "plain loop $k/$REPEAT" "$dir/plain-$k" plain time_plain "$input"
            [[ $RC -eq 0 ]] || { FAILED=1; tail -n 15 "$dir/plain-$k/plain.stderr" | sed 's/^/   /' >&2; }
        fi
        [[ $rc -eq 0 ]] || break
    done

    if [[ $rc -ne 0 ]]; then
        FAILED=1
        {
            echo
            echo "!! the run of $lines lines failed with exit $rc ($FAILED_DIR, peak RSS $(rss_mb "$FAILED_DIR/run.time") MB)"
            tail -n 15 "$FAILED_DIR/run.stderr" | sed 's/^/   /'
            if [[ -f "$FAILED_DIR/state/logs/support-billing.log" ]]; then
                grep -v -E '^[[:space:]]+(at |\.\.\. [0-9]+ more)|progress - usage:' \
                    "$FAILED_DIR/state/logs/support-billing.log" | tail -n 25 | cut -c1-400 | sed 's/^/   /' || true
            fi
            echo
        } >&2
    fi

    local jar_s jar_dir run_s run_dir duck_s duck_dir plain_s plain_dir
    read -r jar_s jar_dir < <(best_of "$dir"/jar-*/run.time)
    read -r run_s run_dir < <(best_of "$dir"/run-*/run.time)
    read -r duck_s duck_dir < <(best_of "$dir"/duck-*/duckdb.time)
    read -r plain_s plain_dir < <(best_of "$dir"/plain-*/plain.time)
    if [[ $rc -ne 0 ]]; then
        jar_s="failed (exit $rc)"
        run_s="n/a"
    fi
    local jar_ratio="n/a" run_ratio="n/a" jar_rss="n/a"
    if [[ $rc -eq 0 && $jar_s != n/a ]]; then
        jar_rss=$(rss_mb "$jar_dir/run.time")
        [[ $duck_s == n/a ]] || jar_ratio=$(div "$jar_s" "$duck_s" "%.2f")
        if [[ -z "$FIRST_LINES" ]]; then
            FIRST_LINES=$lines
            FIRST_SECONDS=$jar_s
        fi
    fi
    if [[ $rc -eq 0 && $run_s != n/a && $duck_s != n/a ]]; then run_ratio=$(div "$run_s" "$duck_s" "%.2f"); fi
    local growth="–"
    if [[ $rc -eq 0 && -n "$FIRST_LINES" && $jar_s != n/a && $lines != "$FIRST_LINES" ]]; then
        growth=$(div "$jar_s" "$FIRST_SECONDS" "%.1f")
    fi

    local steps="(no step times)"
    if [[ -f "$HSQLDB" && $jar_dir != - && -d "$jar_dir/state" ]]; then
        steps=$(java -cp "$HSQLDB" "$BENCH_DIR/StepTimes.java" "$jar_dir/state" 2>&1) || steps="(step times unavailable: $steps)"
        printf '%s\n' "$steps" >"$jar_dir/steps.md"
    fi
    # the readables step (report.html and the documents) against the rest of the whole process (D121)
    local readables="(no readables step)" readables_s readables_share="n/a"
    readables_s=$(readables_seconds <<<"$steps")
    if [[ -n "$readables_s" && $jar_s != n/a && $rc -eq 0 ]]; then
        local added
        added=$(awk -v run="$jar_s" -v r="$readables_s" 'BEGIN { printf "%.0f", 100 * r / (run - r) }')
        local logged step_cpu
        logged=$(grep -h -o -E 'report.html and [0-9]+ documents written in [0-9]+ ms \(the documents took [0-9]+ ms of processor time, the whole process [0-9]+ ms[^)]*\)' \
            "$jar_dir/state/logs/support-billing.log" 2>/dev/null | tail -n 1 || true)
        readables="$readables_s s of the $jar_s s run, $added % added to the rest (target ≤ 20 % at 5M lines); $logged"
        # the same in processor time, which a loaded machine distorts less than wall time
        step_cpu=$(sed -n -E 's/.*the whole process ([0-9]+) ms.*/\1/p' <<<"$logged")
        if [[ -n "$step_cpu" ]]; then
            readables+="; in processor time $(awk -v all="$(cpu_seconds "$jar_dir/run.time")" -v r="$step_cpu" \
                'BEGIN { r /= 1000; printf "%.1f s of the run'"'"'s %.1f s, %.0f %% added to the rest", r, all, 100 * r / (all - r) }')"
        fi
        readables_share="$readables_s ($added %)"
    fi
    # the same by A/B, which would also see a cost the documents put on other steps (D132): the fastest run
    # without seller details writes report.html only, so the report and documents add (with − without + its report) to the rest
    local bare_s bare_dir
    read -r bare_s bare_dir < <(best_of "$dir"/bare-*/run.time)
    if [[ $bare_s != n/a && $jar_s != n/a && $rc -eq 0 ]]; then
        local bare_report
        bare_report=$(java -cp "$HSQLDB" "$BENCH_DIR/StepTimes.java" "$bare_dir/state" 2>/dev/null | readables_seconds)
        if [[ -n "$bare_report" ]]; then
            local ab_added
            ab_added=$(awk -v with="$jar_s" -v without="$bare_s" -v report="$bare_report" \
                'BEGIN { printf "%.0f", 100 * (with - without + report) / (without - report) }')
            readables+="; by A/B: the fastest run without seller details took $bare_s s, $bare_report s of it for report.html, so the report and documents add $ab_added % to the rest"
            readables_share+=", A/B $ab_added %"
        fi
    fi
    ROWS+=("| $lines ($files file(s), $((usage_bytes / 1000000)) MB) | $jar_s | $duck_s | $jar_ratio | $jar_rss | $growth | $run_s | $run_ratio | $plain_s | $readables_share |")
    local duck_out="" spill=""
    [[ $duck_dir == - ]] || duck_out=$(cat "$duck_dir/duckdb.stdout")
    if [[ $jar_dir != - ]]; then
        spill=$(grep -h -o -E 'spills line item fingerprints to [^:]*|read [0-9.]+ [KMG]B of spilled fingerprints back in [0-9]+ ms: [0-9]+ repeat(, on [0-9]+ rows)?' \
            "$jar_dir/state/logs/support-billing.log" 2>/dev/null | tr '\n' ' ' || true)
    fi
    DETAILS+=("### $lines lines ($((usage_bytes / 1000000)) MB of usage in $files file(s), $ACCOUNTS accounts)

- run by java -jar ($jar_dir): $( [[ $jar_dir == - ]] && echo none || echo "$(cpu_percent "$jar_dir/run.time") CPU ($(cpu_seconds "$jar_dir/run.time") s user+sys), peak RSS $jar_rss MB")${spill:+; duplicate check: $spill}
- its report and documents (the readables step): $readables
- run by bin/support-billing ($run_dir): $( [[ $run_dir == - ]] && echo none || echo "$(cpu_percent "$run_dir/run.time") CPU, peak RSS $(rss_mb "$run_dir/run.time") MB, GC: $(gc_summary "$run_dir/run.gc.log")")
- DuckDB ($duck_dir): $( [[ $duck_dir == - ]] && echo none || echo "$(cpu_percent "$duck_dir/duckdb.time") CPU, peak RSS $(rss_mb "$duck_dir/duckdb.time") MB; $duck_out")
- plain loop ($plain_dir): $( [[ $plain_dir == - ]] && echo none || echo "$(cpu_percent "$plain_dir/plain.time") CPU, peak RSS $(rss_mb "$plain_dir/plain.time") MB")
- attempts: $REPEAT asked, fastest of each kept; every time: $(for f in "$dir"/*/*.time; do printf '%s %s s, ' "$(basename "$(dirname "$f")")" "$(wall_seconds "$f")"; done)
- 1-min load average before each command: $loads

The steps of the fastest run by java -jar:

$steps
")
}

# The runs start in the project folder, as the README's command does: Spring Boot reads the seller's details
# from ./config/application.properties there, so every run writes report.html and the documents (D63).
cd "$ROOT"
measure "$LINES"
for n in ${ALSO[@]+"${ALSO[@]}"}; do
    measure "$n"
done

REPORT="$WORK/results-$STAMP.md"
{
    echo "## Benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
    echo
    echo "The run: the README's command \`java -Xmx$XMX -jar support-billing.jar run --month $MONTH ...\` (no other JVM"
    echo "option; jar: $JAR_INFO) on a fresh --state, and the same by \`JAVA_OPTS=-Xmx$XMX bin/support-billing\`;"
    echo "DuckDB $DUCKDB_VERSION: \`bench/DuckDbSums.java\`, read_csv and the per-account fee-base sums, in one JVM;"
    echo "the plain loop: \`java -cp … PlainLoop\` with the JVM's default heap. Wall-clock of the whole process"
    echo "(JVM start included) from /usr/bin/time -v, the fastest of $REPEAT attempt(s) each."
    echo
    echo "| lines | run by java -jar (s) | DuckDB (s) | ratio to DuckDB | peak RSS of the run (MB) | × the first size's time | by bin/support-billing (s) | its ratio | plain loop (s) | report and documents (s, % added) |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${ROWS[@]}"
    echo
    printf '%s\n' "${DETAILS[@]}"
} >"$REPORT"
echo >&2
cat "$REPORT"
echo "(saved in $REPORT)" >&2
exit $FAILED
