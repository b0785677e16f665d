#!/usr/bin/env bash
# Runs the quick profile of every paper file on two JDKs and compares the result lines, field by field, leaving
# out only the run facts (wall time, commit, Java version). Results must not depend on the JVM.
#   docs/compare-jvms.sh [JAVA_HOME_A] [JAVA_HOME_B]     # default: the java on PATH and the newest other JDK
#   ENGINE_A=lanes ENGINE_B=scalar docs/compare-jvms.sh ...   # each side's --engine (default: lanes)
# Exits 0 when every line is the same, 1 (with the differences) when not. Needs the jar: ./lstm97 list builds it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/experiments/target/lstm97.jar"
[ -f "$jar" ] || "$root/lstm97" list >/dev/null
a="${1:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
b="${2:-$(ls -d /usr/lib/jvm/*/ 2>/dev/null | grep -v "$(basename "$a")" | sort -V | tail -1)}"
b="${b%/}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run() { # JAVA_HOME NAME ENGINE
  local home="$1" out="$work/$2" engine="$3"
  mkdir -p "$out"
  (cd "$out" && "$home/bin/java" -Xss8m --add-modules jdk.incubator.vector -jar "$jar" \
      reproduce --profile quick --quiet --engine "$engine" --results "$out/results" >/dev/null 2>"$out/stderr") \
    || { cat "$out/stderr" >&2; exit 2; }
  echo "$("$home/bin/java" -version 2>&1 | head -1), --engine $engine" >&2
  cat "$out"/results/*/trials.jsonl \
    | sed -E 's/,"wallMillis":[0-9]+//; s/,"commit":"[^"]*"//; s/,"java":"[^"]*"//' | sort > "$out/lines"
}
run "$a" a "${ENGINE_A:-lanes}"
run "$b" b "${ENGINE_B:-lanes}"
n=$(wc -l < "$work/a/lines")
if diff "$work/a/lines" "$work/b/lines" > "$work/diff"; then
  echo "identical: $n result lines of the quick profile on $(basename "$a") and $(basename "$b")"
else
  echo "DIFFERENT: $(grep -c '^[<>]' "$work/diff") of $n lines differ between $(basename "$a") and $(basename "$b"):"
  cat "$work/diff"
  exit 1
fi
