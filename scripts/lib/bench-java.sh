# Shared by the measurement scripts that run the packaged jar and the benchmark classes of src/test/java/org/reggraph/bench.
# Source it from the repository root: . scripts/lib/bench-java.sh

# target/reggraph.jar, packaged again when a main source or the pom is newer
ensure_jar() {
  if [ ! -f target/reggraph.jar ] || [ -n "$(find src/main pom.xml -newer target/reggraph.jar -type f -print -quit)" ]; then
    mvn -B -ntp -q -Dstyle.color=never -DskipTests package >&2
  fi
}

# target/bench.classpath (test scope), rebuilt with the test classes when a benchmark class is newer
ensure_bench_classpath() {
  if [ ! -f target/bench.classpath ] \
     || [ -n "$(find src/test/java/org/reggraph/bench -newer target/bench.classpath -type f -print -quit)" ]; then
    mvn -B -ntp -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
  fi
}

# bench_java MAIN_CLASS ARGS...: a benchmark class with the embedded database's JVM options, logs quiet
bench_java() {
  java -Xmx1g --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    --add-opens=java.base/java.lang=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dlogging.level.root=WARN \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$@"
}
