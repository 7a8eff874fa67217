#!/bin/sh
# test-easyread.sh - the kiosk texts are easy to read, in English and in
# French: tests/test-easyread.py measures them (its limits and why are
# written there). Skipped (77) without python3.
command -v python3 >/dev/null 2>&1 || { echo "SKIP: no python3"; exit 77; }
exec python3 "$top_srcdir/tests/test-easyread.py"
