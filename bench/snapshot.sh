# Sourced by bench/run.sh and bench/several-machines.sh: a snapshot of the jar, prepared as the build
# prepares target/ (pom.xml, fast-start), so that `java -jar` on the snapshot bills as the README's command
# does on target/support-billing.jar -- in the prepared JVM (D130), with the compilers' directives (D131,
# D132). Others may rebuild target/ while a run is timed: the runs use the snapshot, not the jar itself.
#
# snapshot_jar JAR WORK ROOT: copies JAR to WORK/support-billing.jar, extracts it into WORK/app with a
# class-data archive of a training run on ROOT/input-samples, and sets RUN_JAR. Calls die on failure.
snapshot_jar() {
    local jar=$1 work=$2 root=$3 attempt
    RUN_JAR="$work/support-billing.jar"
    for attempt in 1 2 3 4 5 6; do
        cp -f "$jar" "$RUN_JAR" && jar tf "$RUN_JAR" >/dev/null 2>&1 && break
        [[ $attempt -lt 6 ]] || die "could not copy a readable $jar (is a build rewriting it?)"
        sleep 10
    done
    local app="$work/app"
    rm -rf "$app" "$work/cds-training"
    java -Djarmode=tools -jar "$RUN_JAR" extract --destination "$app" >/dev/null || die "could not extract $RUN_JAR"
    cp "$root"/src/main/jvm/*.compiler.json "$app/"
    java -XX:ArchiveClassesAtExit="$app/support-billing.jsa" -Xlog:cds*=off -jar "$app/support-billing.jar" \
        run --month 2026-03 --input "$root/input-samples/2026-03" --output "$work/cds-training/out" \
        --state "$work/cds-training/state" --billing.progress=off >"$work/cds-training.log" 2>&1 \
        || die "the class-data training run failed (see $work/cds-training.log)"
    rm -rf "$work/cds-training"
    # and what it was made for, so that java -jar on the snapshot bills in it (D130): this JVM, and the jar's
    # build as the build wrote it into the jar (D148)
    local build="com/supportbilling/launch/support-billing.build"
    rm -rf "$work/.jar-build"
    mkdir -p "$work/.jar-build"
    (cd "$work/.jar-build" && jar xf "$(realpath "$RUN_JAR")" "$build") || die "could not read the build of $RUN_JAR"
    {
        java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *\(java\.home\|java\.vm\.version\) = /\1=/p'
        echo "jar.build=$(cat "$work/.jar-build/$build")"
    } >"$app/support-billing.jvm"
    rm -rf "$work/.jar-build"
}
