#!/usr/bin/env bash
# The delivery-format benchmark (D70): one AWS CUR 2.0 report, billed from its CSV and from the same report
# in snappy Parquet, each `run` timed at -Xmx512m on a fresh --state, with the time of its usage intake step
# from the job repository: rows per second of the intake, and Parquet's time against the CSV's.
# See bench/README.md.
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: bench/formats.sh [--rows N] [--accounts A] [--repeat R] [--work DIR] [--xmx SIZE] [--regenerate]

  --rows N       rows of the report (default 1000000)
  --accounts A   accounts (default 2000)
  --repeat R     time each format R times and keep the fastest (default 3)
  --work DIR     work folder (default bench/work/formats, gitignored)
  --xmx SIZE     heap of the billing run (default 512m)
  --regenerate   write the inputs again even if present
USAGE
}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
ROWS=1000000
ACCOUNTS=2000
REPEAT=3
WORK="$BENCH_DIR/work/formats"
XMX=512m
REGENERATE=false
while [[ $# -gt 0 ]]; do
    case "$1" in
        --rows) ROWS=$2; shift 2 ;;
        --accounts) ACCOUNTS=$2; shift 2 ;;
        --repeat) REPEAT=$2; shift 2 ;;
        --work) WORK=$2; shift 2 ;;
        --xmx) XMX=$2; shift 2 ;;
        --regenerate) REGENERATE=true; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

JAR="$ROOT/target/support-billing.jar"
if [[ ! -f "$JAR" || ! -d "$ROOT/target/app/lib" || ! -d "$ROOT/target/test-classes/com" ]]; then
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi
mkdir -p "$WORK"
HSQLDB="$WORK/hsqldb.jar"
if [[ ! -f "$HSQLDB" ]]; then
    cp "$(ls "$ROOT"/target/app/lib/hsqldb-*.jar | head -1)" "$HSQLDB"
fi

CSV_IN="$WORK/csv-$ROWS"
PARQUET_IN="$WORK/parquet-$ROWS"
if [[ $REGENERATE == true || ! -f "$CSV_IN/usage-cur.csv" ]]; then
    rm -rf "$CSV_IN" "$PARQUET_IN"
    java "$BENCH_DIR/GenerateCur.java" --out "$CSV_IN" --rows "$ROWS" --accounts "$ACCOUNTS"
fi
if [[ ! -f "$PARQUET_IN/usage-cur.snappy.parquet" ]]; then
    mkdir -p "$PARQUET_IN"
    cp "$CSV_IN"/accounts.csv "$CSV_IN"/subscriptions.csv "$CSV_IN"/tax-rates.csv "$PARQUET_IN"/
    java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$ROOT/target/app/lib/*" "$BENCH_DIR/ToParquet.java" \
        "$CSV_IN/usage-cur.csv" "$PARQUET_IN/usage-cur.snappy.parquet"
fi

# prints "<whole run s> <its CPU s> <usage intake s>" of the run with the fastest intake of REPEAT; CPU time
# (user + system) says less about what the other processes of a busy machine took
time_format() {
    local input=$1 best_run="" best_cpu="" best_intake=""
    for ((i = 0; i < REPEAT; i++)); do
        local run_dir="$WORK/run"
        rm -rf "$run_dir"
        /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" java "-Xmx$XMX" -jar "$JAR" run --month 2026-03 \
            --input "$input" --output "$run_dir/out" --state "$run_dir/state" --billing.progress=off \
            >"$WORK/run.log" 2>&1 || {
            echo "bench/formats.sh: the run of $input failed; see $WORK/run.log" >&2
            exit 1
        }
        local run cpu intake
        read -r run user system <"$WORK/time.txt"
        cpu=$(echo "$user + $system" | bc)
        intake=$(java -cp "$HSQLDB" "$BENCH_DIR/StepTimes.java" "$run_dir/state" | awk -F'|' '/usageIntake/ {gsub(/ /, "", $4); print $4}')
        echo "  $(basename "$input"): run ${run} s, CPU ${cpu} s, usage intake ${intake} s" >&2
        if [[ -z $best_run ]] || (($(echo "$intake < $best_intake" | bc))); then
            best_run=$run
            best_cpu=$cpu
            best_intake=$intake
        fi
    done
    echo "$best_run $best_cpu $best_intake"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r csv_run csv_cpu csv_intake < <(time_format "$CSV_IN")
read -r parquet_run parquet_cpu parquet_intake < <(time_format "$PARQUET_IN")
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
csv_size=$(du -m "$CSV_IN/usage-cur.csv" | cut -f1)
parquet_size=$(du -m "$PARQUET_IN/usage-cur.snappy.parquet" | cut -f1)
printf '\n| format | file (MB) | run (s) | run CPU (s) | usage intake (s) | intake rows/s | intake time ÷ CSV |\n'
printf '|---|---:|---:|---:|---:|---:|---:|\n'
printf '| CSV | %s | %.2f | %.2f | %.2f | %s | 1.00 |\n' "$csv_size" "$csv_run" "$csv_cpu" "$csv_intake" \
    "$(echo "$ROWS / $csv_intake" | bc)"
printf '| Parquet (snappy) | %s | %.2f | %.2f | %.2f | %s | %.2f |\n' "$parquet_size" "$parquet_run" "$parquet_cpu" \
    "$parquet_intake" "$(echo "$ROWS / $parquet_intake" | bc)" "$(echo "$parquet_intake / $csv_intake" | bc -l)"
