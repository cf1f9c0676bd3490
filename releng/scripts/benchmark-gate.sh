#!/usr/bin/env bash
# Import + extraction speed of Dossier (`dossier benchmark`) and of GATE's ANNIE on the same English
# texts, side by side, with the ratio Dossier / GATE of MB/s and documents/s per thread count.
#   releng/scripts/benchmark-gate.sh [<folder>] [--copies N]
# <folder>: its .txt files, which should be English (default: the English gold texts of
# bundles/org.dossier.extraction.tests); each is copied N times (default 50), as `dossier benchmark` does.
# Both sides run on the JDK of releng/scripts/java.sh with $DOSSIER_VMARGS (default -Xmx2g).
# What is compared and what is not: releng/org.dossier.benchmark.gate/README.md
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/releng/scripts/java.sh"

usage() {
  echo "usage: releng/scripts/benchmark-gate.sh [<folder>] [--copies N]" >&2
  exit 2
}

folder="" copies=50
while [ $# -gt 0 ]; do
  case "$1" in
    --copies) [ $# -ge 2 ] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || usage; copies=$2; shift 2 ;;
    -*) usage ;;
    *) [ -z "$folder" ] || usage; folder=$1; shift ;;
  esac
done
pattern='*.txt'
if [ -z "$folder" ]; then
  folder=$repo/bundles/org.dossier.extraction.tests/gold pattern='en-*.txt'
fi
[ -d "$folder" ] || { echo "benchmark-gate: no folder $folder" >&2; exit 2; }

# Both sides read the same files: links to the texts in a folder of their own.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/en"
find -L "$(cd "$folder" && pwd)" -maxdepth 1 -type f -name "$pattern" -exec ln -s {} "$work/en/" \;
[ -n "$(ls -A "$work/en")" ] || { echo "benchmark-gate: no .txt file in $folder" >&2; exit 2; }

echo "benchmark-gate: building the GATE runner (first time: downloads GATE from Maven Central) ..." >&2
(cd "$repo" && ./mvnw -B -q -f releng/org.dossier.benchmark.gate/pom.xml package >&2)

echo "benchmark-gate: Dossier, $copies copies of $(ls "$work/en" | wc -l) text(s) ..." >&2
dossier_table=$("$repo/dossier" benchmark "$work/en" --copies "$copies")
echo "benchmark-gate: GATE ANNIE, the same corpus ..." >&2
# shellcheck disable=SC2086
gate_table=$("$JAVA_HOME/bin/java" ${DOSSIER_VMARGS:--Xmx2g} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -jar "$repo/releng/org.dossier.benchmark.gate/target/gate-benchmark.jar" "$work/en" --copies "$copies")

printf 'Dossier\n%s\n\nGATE\n%s\n\n' "$dossier_table" "$gate_table"
# The rows of both tables: language threads documents MB MB/s documents/s peak-heap MB. MB/s is taken
# as documents/s times MB per document, which the tables print with more significant digits.
awk '
  FNR == 1 { side++ }
  $1 == "en" && side == 1 { docs[$2] = $6; mb[$2] = $4 / $3 }
  $1 == "en" && side == 2 && ($2 in docs) {
    ratio[$2] = sprintf("%7s %19.1f %25.1f", $2, docs[$2] * mb[$2] / ($6 * $4 / $3), docs[$2] / $6)
  }
  END {
    if (length(ratio) == 0) { print "benchmark-gate: Dossier found no English text to compare" > "/dev/stderr"; exit 1 }
    print "Dossier / GATE ANNIE, English (above 1: Dossier is faster)"
    printf "%7s %19s %25s\n", "threads", "MB/s ratio", "documents/s ratio"
    for (t = 1; t <= 1024; t++) if (t in ratio) print ratio[t]
  }' <(echo "$dossier_table") <(echo "$gate_table")
