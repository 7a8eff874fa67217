#!/bin/sh
# bench-session.sh - run by tests/bench/run.sh (`make bench`) from the
# build tree: the time and the bytes written per save of a session.
set -eu
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
tests/bench/bench-session "$top_srcdir/tests/screen/walk.answers" 2000
