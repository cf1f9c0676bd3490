#!/usr/bin/env bash
# Smoke test of the assembled product, run by the build after the product is materialized:
# the headless command answers as documented, and the workbench starts on the bundled sample dossier.
# usage: smoke-test.sh <product-dir> <work-dir>
set -uo pipefail
product=$1
work=$2
rm -rf "$work" && mkdir -p "$work"
export DOSSIER_HOME="$work/home"
failures=0
passed=0

check() { # check <description> <condition...>
  local description=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $description"
  else failures=$((failures + 1)); echo "  FAIL $description"; fi
}

run() { # run <args...>: fills $status, $out, $err
  "$product/dossier" "$@" >"$work/out" 2>"$work/err"
  status=$?
  out=$(cat "$work/out"); err=$(cat "$work/err")
}

echo "Smoke test of $product"
sample="$product/samples/sample-dossier"
check "the product ships the sample dossier" test -f "$sample/dossier.xmi"

run --version
check "dossier --version exits 0 and names the version" [ "$status" -eq 0 -a -n "$(grep -E '^dossier [0-9]+\.[0-9]+\.[0-9]+' <<<"$out")" ]

run list "$sample"
check "dossier list <sample> exits 0" [ "$status" -eq 0 ]
check "dossier list <sample> lists the four sample documents" grep -qE '^4 documents \(de 1, en 1, fr 1, ru 1\)' <<<"$out"
check "dossier list <sample> prints nothing on stderr" [ -z "$err" ]

run list "$work/nowhere"
check "dossier list <missing folder> exits 1" [ "$status" -eq 1 ]
check "... with one line naming the folder" [ "$(wc -l <<<"$err")" -eq 1 -a -n "$(grep -F "$work/nowhere: no such folder" <<<"$err")" ]

run frobnicate
check "dossier <unknown command> exits 2 with a usage hint" [ "$status" -eq 2 -a -n "$(grep -F "unknown command 'frobnicate'" <<<"$err")" ]

# Import and export, as a pipeline would run them.
mkdir -p "$work/in"
printf 'Communiqué\n\nLe 3 novembre 2019, le ministre a déclaré à Paris que 45 %% des électeurs avaient voté.\n' >"$work/in/fr.txt"
printf 'Bericht\n\nAm 16. September 2024 sagte die Sprecherin in Berlin, 3,7 Millionen Euro seien bereitgestellt.\n' >"$work/in/de.txt"
printf 'Field report\n\nOn May 10, 2006, the observatory recorded a tremor near 42.87N, 77.37E.\n' >"$work/in/en.txt"
printf 'Сводка\n\n14 ноября 2014 г. министр заявил, что ущерб составил 7 млн рублей.\n' >"$work/in/ru.txt"
: >"$work/in/empty.txt"
run import "$work/dossier" "$work/in"
check "dossier import exits 1 when a file fails" [ "$status" -eq 1 ]
check "... imports the four good files" grep -q '^Imported 4 of 5 files' <<<"$out"
check "... names the empty file and why" grep -qF "empty.txt: FAILED, empty file" <<<"$err"
run list "$work/dossier"
check "dossier list shows the four languages" grep -qE '^4 documents \(de 1, en 1, fr 1, ru 1\)' <<<"$out"
run import "$work/dossier" "$work/in/fr.txt"
check "importing the same file again skips it as a duplicate" grep -q '(1 duplicates, 0 failed)' <<<"$out"
mkdir -p "$work/numbers"
printf '12 45 78\n33 21 9\n' >"$work/numbers/releves.txt"
run import "$work/numbers-dossier" "$work/numbers" --language fr
check "import --language names the language of a document too bare to tell it" grep -qE '^1 documents \(fr 1\)|^1 document \(fr 1\)' <<<"$("$product/dossier" list "$work/numbers-dossier")"
run export "$work/dossier" --format json --output "$work/dossier.json"
check "dossier export --format json writes dossier-json version 1" grep -q '"format" *: *"dossier-json"' "$work/dossier.json"
check "... with the dates found, normalised" grep -q '"value" *: *"2019-11-03"' "$work/dossier.json"
run export "$work/dossier" --format csv --output "$work/csv"
check "dossier export --format csv writes one table per kind" test -f "$work/csv/dates.csv" -a -f "$work/csv/entities.csv"
run export "$work/dossier" --format nonsense --output "$work/x"
check "an unknown export format is a usage error naming the formats" [ "$status" -eq 2 -a -n "$(grep -F "formats: csv, json" <<<"$err")" ]

if [ -n "${DISPLAY:-}" ] && command -v xwininfo >/dev/null 2>&1; then
  cp -r "$sample" "$work/sample-copy"
  "$product/dossier" -dossier "$work/sample-copy" >"$work/gui.out" 2>"$work/gui.err" &
  gui=$!
  title="Sample dossier - Dossier"
  for _ in $(seq 1 120); do
    xwininfo -root -tree 2>/dev/null | grep -qF "\"$title" && break
    kill -0 "$gui" 2>/dev/null || break
    sleep 0.5
  done
  check "the workbench opens a window titled '$title'" bash -c "xwininfo -root -tree | grep -qF '\"$title'"
  run list "$work/sample-copy"
  check "while the workbench holds the dossier, dossier list still reads it" [ "$status" -eq 0 ]
  kill "$gui" 2>/dev/null; wait "$gui" 2>/dev/null
  check "the workbench logged no error" bash -c "! grep -qs '^!ENTRY.* 4 ' '$DOSSIER_HOME/workspace/.metadata/.log'"
else
  echo "  skip workbench start (no display or no xwininfo)"
fi

echo "Smoke test: $passed passed, $failures failed"
[ "$failures" -eq 0 ]
