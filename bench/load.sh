#!/usr/bin/env bash
# Load rate of `dossier load` into SQLite (the baseline) and into PostgreSQL, in one run:
#   1. one process into a SQLite file;
#   2. one process into an empty PostgreSQL database;
#   3. WRITERS processes at once, each loading its own share of the records, into another empty database;
#   4. WRITERS processes at once, each loading all of the records (every record raced for), into a third.
# Times are wall-clock per phase, JVM start included (the same in every phase). Afterwards each PostgreSQL database
# must hold exactly what the SQLite file holds; the script checks the counts.
#
# usage: PGHOST=127.0.0.1 PGPORT=5432 PGUSER=me bench/load.sh RECORDS.jsonl|FOLDER... [WRITERS=2 in the environment]
# The PostgreSQL user must be allowed to create databases; the script makes dossier_bench_{1,2,3} and drops them.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { sed -n 2,12p "$0"; exit 2; }
writers=${WRITERS:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"; for d in 1 2 3; do dropdb --if-exists "dossier_bench_$d" 2>/dev/null || true; done' EXIT

# Every record once, one per line, then the writers' shares.
find "$@" -type f \( -name '*.jsonl' -o -name 'part-*' \) ! -name '*.crc' -print0 | sort -z | xargs -0 cat > "$work/all.jsonl"
records=$(grep -c . "$work/all.jsonl")
split -n "l/$writers" -d "$work/all.jsonl" "$work/share-"
for f in "$work"/share-*; do mv "$f" "$f.jsonl"; done
./dossier load --help >/dev/null  # builds on first use, outside the timings

url() { echo "postgresql://${PGUSER:-$USER}@${PGHOST:-localhost}:${PGPORT:-5432}/dossier_bench_$1"; }
seconds() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { print b - a }'; }
rate() { awk -v n="$records" -v t="$1" 'BEGIN { print n / t }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { print a / b }'; }
for d in 1 2 3; do dropdb --if-exists "dossier_bench_$d"; createdb "dossier_bench_$d"; done

t0=$(date +%s.%N); ./dossier load "$work/all.jsonl" --db "$work/bench.db" >/dev/null; sqlite=$(seconds "$t0")
t0=$(date +%s.%N); ./dossier load "$work/all.jsonl" --db "$(url 1)" >/dev/null; pg1=$(seconds "$t0")
t0=$(date +%s.%N)
for f in "$work"/share-*.jsonl; do ./dossier load "$f" --db "$(url 2)" >/dev/null & done; wait
pgn=$(seconds "$t0")
t0=$(date +%s.%N)
for _ in $(seq "$writers"); do ./dossier load "$work/all.jsonl" --db "$(url 3)" >/dev/null & done; wait
race=$(seconds "$t0")

counts() { psql -qtA -d "dossier_bench_$1" -c "SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM entity), (SELECT count(*) FROM quote), (SELECT count(*) FROM event)"; }
sqlite_counts=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print('|'.join(str(c.execute(f'SELECT count(*) FROM {t}').fetchone()[0]) for t in ('article','entity','quote','event')))" "$work/bench.db")
printf '%s records; articles|entities|quotes|events: SQLite %s, PostgreSQL %s / %s / %s\n' "$records" "$sqlite_counts" "$(counts 1)" "$(counts 2)" "$(counts 3)"
printf 'SQLite, 1 process:                 %6.1f s  %6.1f records/s (baseline)\n' "$sqlite" "$(rate "$sqlite")"
printf 'PostgreSQL, 1 process:             %6.1f s  %6.1f records/s  %.2fx SQLite\n' "$pg1" "$(rate "$pg1")" "$(ratio "$sqlite" "$pg1")"
printf 'PostgreSQL, %d processes, shares:   %6.1f s  %6.1f records/s  %.2fx SQLite\n' "$writers" "$pgn" "$(rate "$pgn")" "$(ratio "$sqlite" "$pgn")"
printf 'PostgreSQL, %d processes, all each: %6.1f s  %6.1f records/s  %.2fx SQLite\n' "$writers" "$race" "$(rate "$race")" "$(ratio "$sqlite" "$race")"
