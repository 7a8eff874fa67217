#!/usr/bin/env python3
"""bench-tty.py - what the wizard costs a terminal.

Runs the real program in a pseudo-terminal of 80x24 (python's pty module)
and reports:
  - bytes written for the whole pre-filled interview walked with Enter,
    from the start to the diagnosis screen (goal <= 12000);
  - bytes written when the focus moves one item down in a list (goal <= 60);
  - bytes of the whole walk to a saved plan: Enter to the diagnosis, p,
    e, Enter, Enter (the plan saved in a file), and the seconds that costs
    at 9600 baud;
  - the worst single keys of a tour that also opens and closes the help
    of every screen on the way and an action's details, and what going
    back from the details costs;
  - time to the first full screen (goal <= 20 ms, median of 11 runs);
  - peak resident memory of the walk (goal <= 8 MB, from wait4()).

Usage: bench-tty.py [--term TERM] [--mono] [PROGRAM]
The environment needs TREMPLIN_DB (the harness of `make bench` sets it).
"""
import os
import pty
import select
import struct
import sys
import time
import fcntl
import termios
import shutil
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANSWERS = os.path.join(HERE, "..", "screen", "walk.answers")
# Text of the diagnosis screen.
MARK = b"See my action plan"


def spawn(prog, args, env, rows=24, cols=80):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execve(prog, [prog] + args, env)
    return pid, fd


def read_quiet(fd, quiet=0.12, limit=5.0):
    """Everything the program writes until it is silent for QUIET s."""
    out = b""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    return out


def read_until(fd, marker, limit=5.0):
    out = b""
    end = time.monotonic() + limit
    while marker not in out and time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], 0.01)
        if r:
            out += os.read(fd, 65536)
    return out


def finish(pid, fd):
    os.write(fd, b"\x03")
    read_quiet(fd)
    os.write(fd, b"y")
    read_quiet(fd, 0.2)
    _, status, usage = os.wait4(pid, 0)
    os.close(fd)
    return status, usage


def walk(prog, env):
    pid, fd = spawn(prog, ["--answers", ANSWERS], env)
    total = read_quiet(fd, 0.3)
    steps = 0
    while MARK not in total and steps < 60:
        os.write(fd, b"\r")
        total += read_quiet(fd)
        steps += 1
    reached = MARK in total
    # The peak RSS of the program itself: VmHWM of its own image (wait4's
    # ru_maxrss would count the Python process it was forked from).
    with open("/proc/%d/status" % pid) as f:
        hwm = [int(l.split()[1]) for l in f if l.startswith("VmHWM:")][0]
    finish(pid, fd)
    if os.environ.get("BENCH_DEBUG"):
        sys.stdout.buffer.write(total[-3000:])
    return len(total), steps, reached, hwm


def move_down(prog, env):
    pid, fd = spawn(prog, ["--answers", ANSWERS], env)
    read_quiet(fd, 0.3)
    for _ in range(5):            # Welcome, lang, gender, birth year, family
        os.write(fd, b"\r")
        read_quiet(fd)
    os.write(fd, b"\x1bOB")       # Down (keypad mode) on the diploma question
    moved = read_quiet(fd, 0.2)
    finish(pid, fd)
    return moved


# The keys of the walk from the diagnosis to the saved plan.
TO_SAVED = [("p", b"p"), ("e", b"e"), ("Enter", b"\r"), ("Enter", b"\r")]
SAVED = b"Saved in"
BAUD = 9600


def tour(prog, env, helps):
    """Walk to a saved plan; with HELPS, open (F1) and close (Esc) the help
    of every screen on the way, and on the plan open an action's details
    and go back. Returns the bytes of the walk, whether the plan was saved,
    and the list of (bytes, key, screen number) of every key."""
    home = tempfile.mkdtemp()
    env = dict(env, HOME=home, XDG_DATA_HOME=os.path.join(home, "xdg"))
    pid, fd = spawn(prog, ["--answers", ANSWERS], env)
    total = read_quiet(fd, 0.3)
    keys = []

    def press(name, seq, n):
        out = read_quiet_after(fd, seq)
        keys.append((len(out), name, n))
        return out

    def helpbox(n):
        if helps:
            press("F1", b"\x1bOP", n)
            press("Esc", b"\x1b", n)

    n = 0
    while MARK not in total and n < 60:
        helpbox(n)
        total += press("Enter", b"\r", n)
        n += 1
    helpbox(n)
    for i, (name, seq) in enumerate(TO_SAVED):
        total += press(name, seq, n + i + 1)
        if helps and i == 0:
            helpbox(n + 1)
            press("Enter (details)", b"\r", n + 1)
            helpbox(n + 1)
            press("Esc (back to the list)", b"\x1b", n + 1)
    saved = SAVED in total
    finish(pid, fd)
    shutil.rmtree(home, ignore_errors=True)
    return len(total), saved, keys


def read_quiet_after(fd, seq):
    os.write(fd, seq)
    # Esc alone waits for ESCDELAY before it is a key.
    return read_quiet(fd, 0.15)


def first_screen(prog, env, runs=11, args=None):
    """Median time from fork to the help line of the first screen. With
    ARGS (a program that prints "Quit" and ends), the same for it: the cost
    of forking Python and starting any dynamically linked program here."""
    times = []
    for _ in range(runs):
        t0 = time.monotonic()
        pid, fd = spawn(prog, args or [], env)
        read_until(fd, b"Quit")
        times.append((time.monotonic() - t0) * 1000)
        if args:
            os.waitpid(pid, 0)
            os.close(fd)
        else:
            read_quiet(fd, 0.05)
            finish(pid, fd)
    times.sort()
    return times[len(times) // 2], times[0], times[-1]


def main():
    argv = sys.argv[1:]
    term = "xterm-256color"
    env = dict(os.environ)
    if "--term" in argv:
        i = argv.index("--term")
        term = argv[i + 1]
        del argv[i:i + 2]
    if "--mono" in argv:
        argv.remove("--mono")
        env["NO_COLOR"] = "1"
    else:
        env.pop("NO_COLOR", None)
    prog = argv[0] if argv else os.path.join(HERE, "..", "..", "tremplin")
    env.update({"TERM": term, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                "LANGUAGE": "", "TZ": "UTC"})
    if "TREMPLIN_DB" not in env:
        sys.exit("bench-tty.py: set TREMPLIN_DB to the reference database")

    nbytes, steps, reached, rss = walk(prog, env)
    moved = move_down(prog, env)
    saved_bytes, saved, _ = tour(prog, env, False)
    _, _, keys = tour(prog, env, True)
    worst = sorted(keys, reverse=True)[:5]
    med, lo, hi = first_screen(prog, env)
    base = first_screen("/bin/echo", env, args=["Quit"])[0]
    print("terminal %s, 80x24, %s" % (term, "monochrome" if "NO_COLOR" in env else "colour"))
    print("walk with Enter to the diagnosis: %d bytes in %d keys%s (goal <= 12000)"
          % (nbytes, steps, "" if reached else " (DIAGNOSIS NOT REACHED)"))
    print("one item down in a list: %d bytes (goal <= 60): %r" % (len(moved), moved))
    print("walk to a saved plan: %d bytes, %.1f s at %d baud%s"
          % (saved_bytes, saved_bytes * 10.0 / BAUD, BAUD, "" if saved else " (PLAN NOT SAVED)"))
    print("worst single keys of the tour with the helps and an action's details:")
    for b, name, n in worst + [k for k in keys if k[1].startswith("Esc (back")]:
        print("  %5d bytes (%.2f s at %d baud): %s on screen %d" % (b, b * 10.0 / BAUD, BAUD, name, n))
    print("first screen: %.1f ms median (%.1f..%.1f over 11 runs); /bin/echo through the same"
          " pty: %.1f ms; the program's own share: %.1f ms (goal <= 20)" % (med, lo, hi, base, med - base))
    print("peak RSS of the walk: %d kB (goal <= 8192)" % rss)
    ok = reached and nbytes <= 12000 and len(moved) <= 60 and med - base <= 20 and rss <= 8192
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
