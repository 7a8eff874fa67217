#!/usr/bin/env python3
"""bench-load.py - many wizards at once on one machine.

Starts N wizards (default 200), each in its own pseudo-terminal of 80x24,
all reading one reference database. Each walks a pre-filled interview
(tests/screen/walk.answers with a year of birth from 1986 to 1995 by its
number, so that a lost or overwritten session shows in the count) to the Summary, the diagnosis and the
plan, ticks two actions, sets when for one, and quits (answers kept).
Run twice: each wizard with its own sessions file, then groups of
--share wizards (default 50) sharing one.

Reports:
  - errors: wizards that did not end with status 0 or stopped answering
    (goal 0);
  - lost or mixed sessions: a wizard whose sessions file does not hold its
    answers with its two ticks, exactly once (goal 0);
  - p50 and p99 of the time from a key to the end of the screen update
    (the last byte written before the program is silent), in ms
    (goal p99 <= 50);
  - proportional memory (Pss, /proc/PID/smaps_rollup) of a wizard on its
    plan screen: median and largest, in KiB (goal <= 2048). A wizard that
    is through its keys waits on its plan until every wizard is; then the
    Pss of all of them is read at once, and they all quit. (Read as each
    arrived, the last ones to arrive shared the libraries' pages with few
    others and counted up to 2.9 MB for the same private memory.)

Each wizard types its next key from half to one and a half --pace
seconds (default 0.25, a quick person) after its screen is updated, so
that 200 people do not type in step; --pace 0 types as fast as it can.
--ramp S starts the wizards one after the other over S seconds (default
0: all in the same instant, the hardest case: the first keys then wait
for the CPU while the others start).

Usage: bench-load.py [--wizards N] [--share K] [--pace S] [--ramp S] [PROGRAM]
The environment needs TREMPLIN_DB (the harness of `make bench` sets it).
"""
import argparse
import fcntl
import os
import pty
import random
import re
import select
import shutil
import sqlite3
import struct
import sys
import tempfile
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ANSWERS = os.path.join(HERE, "..", "screen", "walk.answers")
QUIET = 0.030          # silence that ends a screen update, s
PACE = 0.25            # a person's pause between two keys, s (--pace)
RNG = random.Random(1)  # the pauses vary from half to one and a half PACE
KEY_LIMIT = 20.0       # a wizard that says nothing for this long is stuck

# The walk: Enter through every question to the Summary, the diagnosis,
# the plan, two ticks (Down is xterm's keypad \eOB) and a "when", then
# Quit and yes.
KEYS = [b"\r"] * 31 + [b"\r", b"p", b" ", b"\x1bOB", b" ", b"t"]
QUIT = [b"\x03", b"y"]
KEY_NAMES = {b"\r": "Enter", b" ": "Space", b"\x1bOB": "Down", b"\x03": "Ctrl-C"}


class Wizard:
    def __init__(self, i, prog, home, data, answers):
        self.i = i
        self.keys = list(KEYS)
        self.sent_at = None
        self.last_out = None
        self.latencies = []
        self.pss = None
        self.status = None
        self.quitting = False
        self.wait = 0.0               # this pause before the next key
        self.key = b""
        self.kinds = []               # the key of each latency
        self.waiting = False
        self.resume = False
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home, "XDG_DATA_HOME": data, "TERM": "xterm",
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC",
            "TREMPLIN_DB": os.environ["TREMPLIN_DB"],
            "TREMPLIN_NOW": "2026-11-27T09:23:00",
        }
        if os.environ.get("TREMPLIN_LOCALEDIR"):
            env["TREMPLIN_LOCALEDIR"] = os.environ["TREMPLIN_LOCALEDIR"]
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
            os.execve(prog, [prog, "--answers", answers], env)
        self.pid, self.fd = pid, fd
        self.started = time.monotonic()
        self.last_out = self.started


def pss_kib(pid):
    try:
        with open("/proc/%d/smaps_rollup" % pid) as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def make_answers(tmp, i):
    with open(ANSWERS) as f:
        text = f.read()
    text = re.sub(r"(?m)^birth_year=.*$", "birth_year=%d" % (1986 + i % 10), text)
    path = os.path.join(tmp, "answers-%d" % i)
    with open(path, "w") as f:
        f.write(text)
    return path


def next_key(w, now):
    """Send W its next key once it has been silent: the update ended."""
    if w.sent_at is not None:
        w.latencies.append(w.last_out - w.sent_at)
        w.kinds.append("%d:%s" % (len(w.kinds) + 1, KEY_NAMES.get(w.key, w.key.decode())))
    w.wait = PACE * RNG.uniform(0.5, 1.5)
    if not w.keys and not w.quitting:
        w.sent_at = None
        w.waiting = True             # on its plan, until all are
        return
    if w.keys:
        w.key = w.keys.pop(0)
        os.write(w.fd, w.key)
        w.sent_at = now
        w.last_out = now
    else:
        w.sent_at = None


def start(prog, i, share, tmp):
    group = i // share if share else i
    home = os.path.join(tmp, "home-%d" % group)
    os.makedirs(home, exist_ok=True)
    return Wizard(i, prog, home, os.path.join(home, "data"), make_answers(tmp, i))


def all_on_plan(wizards, n):
    """Every wizard is waiting on its plan: read their Pss at once, then
    let them quit."""
    if len(wizards) < n or not all(w.waiting for w in wizards if w.status is None):
        return
    for w in wizards:
        if w.waiting:
            w.pss = pss_kib(w.pid)
            w.waiting = False
            w.keys = list(QUIT)
            w.quitting = True
            w.sent_at = None         # each quits after its own pause
            w.resume = True
            w.wait = PACE * RNG.uniform(0.5, 1.5)
            w.last_out = time.monotonic()


def run(prog, n, share, tmp, ramp):
    wizards, live = [], {}
    t0 = time.monotonic()
    errors = 0
    while live or len(wizards) < n:
        while len(wizards) < n and time.monotonic() - t0 >= ramp * len(wizards) / n:
            w = start(prog, len(wizards), share, tmp)
            wizards.append(w)
            live[w.fd] = w
        all_on_plan(wizards, n)
        r, _, _ = select.select(list(live), [], [], QUIET / 3)
        now = time.monotonic()
        for fd in r:
            w = live[fd]
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if chunk:
                w.last_out = now
                continue
            _, st = os.waitpid(w.pid, 0)
            w.status = os.waitstatus_to_exitcode(st)
            os.close(fd)
            del live[fd]
            if w.keys or not w.quitting:
                errors += 1
        for w in list(live.values()):
            if w.waiting:
                continue
            if w.resume and now - w.last_out >= w.wait:
                w.resume = False
                w.key = w.keys.pop(0)
                os.write(w.fd, w.key)
                w.sent_at = w.last_out = now
                continue
            if now - w.last_out >= max(QUIET, w.wait) and (w.sent_at is not None or
                                                         w.latencies == [] and
                                                         now - w.started > 0.2):
                if w.keys or not w.quitting or w.sent_at is not None:
                    next_key(w, now)
            elif now - w.last_out > KEY_LIMIT:
                os.kill(w.pid, 9)
    errors += sum(1 for w in wizards if w.status != 0)
    return wizards, errors


def lost_sessions(wizards, tmp, share):
    """Wizards whose answers and two ticks are not in their sessions file
    exactly once."""
    lost = 0
    for w in wizards:
        group = w.i // share if share else w.i
        path = os.path.join(tmp, "home-%d" % group, "data", "tremplin", "sessions.db")
        want = "birth_year=%d" % (1986 + w.i % 10)
        try:
            db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
            rows = db.execute("SELECT id, answers FROM sessions").fetchall()
            mine = [r for r in rows if want in r[1].split("\n")]
            same = sum(1 for x in wizards if (x.i // share if share else x.i) == group
                       and x.i % 10 == w.i % 10)
            ok = len(mine) == same
            for sid, _ in mine:
                ticks = db.execute("SELECT count(*) FROM plan_marks WHERE session = ? "
                                   "AND chosen = 1", (sid,)).fetchone()[0]
                ok = ok and ticks == 2
            db.close()
        except sqlite3.Error:
            ok = False
        lost += 0 if ok else 1
    return lost


def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100.0 * (len(s) - 1))))] if s else float("nan")


def report(label, wizards, errors, lost, seconds):
    lat = [x * 1000 for w in wizards for x in w.latencies]
    pss = sorted(w.pss for w in wizards if w.pss is not None)
    print("%s: %d wizards in %.1f s: errors %d (goal 0), lost or mixed sessions %d "
          "(goal 0)" % (label, len(wizards), seconds, errors, lost))
    later = [x * 1000 for w in wizards for x in w.latencies[1:]]
    print("  key to the end of the screen update over %d keys: p50 %.1f ms, "
          "p99 %.1f ms (goal p99 <= 50); without each first key, while the "
          "others start: p99 %.1f ms" % (len(lat), pct(lat, 50), pct(lat, 99),
                                         pct(later, 99)))
    worst = {}
    for w in wizards:
        for k, x in zip(w.kinds, w.latencies):
            worst.setdefault(k, []).append(x * 1000)
    slow = sorted(worst.items(), key=lambda kv: -pct(kv[1], 99))[:3]
    print("  slowest keys (p99, by their place in the walk): " +
          ", ".join("%s %.1f ms" % (k, pct(v, 99)) for k, v in slow))
    if pss:
        print("  Pss of a wizard on its plan: median %d KiB, largest %d KiB "
              "(goal <= 2048)" % (pss[len(pss) // 2], pss[-1]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wizards", type=int, default=200)
    ap.add_argument("--share", type=int, default=50)
    ap.add_argument("--pace", type=float, default=PACE,
                    help="seconds between the end of an update and the next key")
    ap.add_argument("--ramp", type=float, default=0.0,
                    help="seconds over which the wizards start (0: at once)")
    ap.add_argument("program", nargs="?", default="./tremplin")
    a = ap.parse_args()
    globals()["PACE"] = a.pace
    print("pace: a key %.2f s after the screen is updated; started over %.1f s" %
          (a.pace, a.ramp))
    if "TREMPLIN_DB" not in os.environ:
        sys.exit("bench-load.py: TREMPLIN_DB is not set")
    for label, share in (("own sessions file", 0),
                         ("%d sharing a sessions file" % a.share, a.share)):
        tmp = tempfile.mkdtemp(prefix="tremplin-load-")
        try:
            t0 = time.monotonic()
            wizards, errors = run(a.program, a.wizards, share, tmp, a.ramp)
            report(label, wizards, errors, lost_sessions(wizards, tmp, share),
                   time.monotonic() - t0)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
