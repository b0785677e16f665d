#!/usr/bin/env bash
# Times the toy grid (perf/toy-grid.yaml; quick profile 24 trials, paper profile 48) with the local
# executor (--threads 2) and the Spark executor (--master local[2]), alternating, in fresh results folders.
# Needs the shaded jar, lstm-core's test-jar (the toy plugins) and lstm-spark's test classes (their
# ServiceLoader file):
#   mvn -B -Pshade -pl lstm-spark -am package -DskipTests && lstm-spark/perf/compare.sh [repeats] [profile]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repeats="${1:-3}"
profile="${2:-quick}"
cp="$root/lstm-spark/target/lstm97-spark.jar:$root/lstm-core/target/lstm-core-0.1.0-SNAPSHOT-tests.jar"
cp="$cp:$root/lstm-spark/target/test-classes"
flags="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$root/lstm-spark/pom.xml")"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

run() { # name, extra args...: prints wall and CPU seconds of the whole command and the trials' own time
  local name="$1"; shift
  local TIMEFORMAT='%R %U %S' times trials
  # shellcheck disable=SC2086
  times=$( { time java -Xss8m $flags -cp "$cp" org.lstm97.experiments.cli.Lstm97 run "$here/toy-grid.yaml" \
      --profile "$profile" --quiet --results "$out/$name-$i" "$@" > "$out/$name-$i.log" 2>&1 ; } 2>&1 )
  trials=$(grep -o '"wallMillis":[0-9]*' "$out/$name-$i/toy-grid/trials.jsonl" | cut -d: -f2 \
      | awk '{s += $1} END {printf "%.1f", s / 1000}')
  read -r wall user sys <<< "$times"
  printf '%s run %d: wall %s s, cpu %.1f s, sum of trial times %s s\n' "$name" "$i" "$wall" \
      "$(echo "$user + $sys" | bc)" "$trials"
}

for i in $(seq 1 "$repeats"); do
  run local --threads 2
  run spark --executor spark --master 'local[2]'
done
# the same results either way (wall time, commit and Java aside)
for i in $(seq 1 "$repeats"); do
  for name in local spark; do
    sed -E 's/"wallMillis":[0-9]+,//; s/"commit":"[^"]*",//' "$out/$name-$i/toy-grid/trials.jsonl" | sort \
        > "$out/$name-$i.sorted"
  done
  cmp -s "$out/local-$i.sorted" "$out/spark-$i.sorted" && echo "run $i: identical results" \
      || echo "run $i: RESULTS DIFFER"
done
