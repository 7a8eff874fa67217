#!/bin/sh
# bench-load.sh - 200 wizards at once, each in its own pseudo-terminal,
# one reference database; each with its own sessions file, then 50
# sharing one (tests/bench/bench-load.py says what is measured).
: "${top_srcdir:=.}"
command -v python3 >/dev/null 2>&1 || { echo "bench-load: no python3, skipped"; exit 0; }
TREMPLIN_DB=${TREMPLIN_DB:-data/tremplin.db} python3 "$top_srcdir/tests/bench/bench-load.py" ./tremplin
