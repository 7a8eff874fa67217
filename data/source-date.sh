#!/bin/sh
# source-date.sh SRCDIR FILE... - the date and time, in UTC as
# "YYYY-MM-DD HH:MM:SS", that the default reference database records as
# the day its sources were loaded, so that the same sources give the same
# bytes (https://reproducible-builds.org/docs/source-date-epoch/):
#   1. SOURCE_DATE_EPOCH when it is set (dpkg-buildpackage sets it from
#      debian/changelog);
#   2. in a git checkout, the date of the last commit that changed one of
#      the FILEs (relative to SRCDIR);
#   3. otherwise (a tarball), the newest modification time of the FILEs,
#      which tar keeps.
# Never the time of the build. See data/README.md.
set -eu
srcdir=$1
shift
cd "$srcdir"
t=${SOURCE_DATE_EPOCH:-}
if [ -z "$t" ] && command -v git >/dev/null 2>&1 &&
	git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	t=$(git log -1 --format=%ct -- "$@" 2>/dev/null || true)
fi
if [ -z "$t" ]; then
	t=$(for f in "$@"; do date -u -r "$f" +%s; done | sort -n | tail -1)
fi
case $t in
'' | *[!0-9]*)
	echo "source-date.sh: SOURCE_DATE_EPOCH '$t' is not a number of seconds" >&2
	exit 1
	;;
esac
date -u -d "@$t" '+%Y-%m-%d %H:%M:%S'
