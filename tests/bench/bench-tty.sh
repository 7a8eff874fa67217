#!/bin/sh
# bench-tty.sh - what the interview costs a terminal (run by tests/bench/run.sh
# from the build tree): bytes of the whole pre-filled walk, bytes of one move
# in a list, time to the first screen, peak RSS; colour and monochrome.
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
command -v python3 >/dev/null 2>&1 || { echo "bench-tty: python3 is needed"; exit 0; }
TREMPLIN_DB=${TREMPLIN_DB:-data/tremplin.db}
export TREMPLIN_DB
python3 "$top_srcdir/tests/bench/bench-tty.py" ./tremplin
python3 "$top_srcdir/tests/bench/bench-tty.py" --mono ./tremplin
exit 0
