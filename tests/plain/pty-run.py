#!/usr/bin/env python3
"""pty-run.py TERM PROGRAM [N]: run PROGRAM (no argument) on a
pseudo-terminal with TERM set to the given value ("unset": no TERM at
all), answer "x" to its first N prompts (none without N), then "q" to
the next and "y" to the question that follows, and print what it wrote
with \\r\\n made \\n (a terminal of PTY_ROWS rows, 200 unless set). Exits with the program's status, 77 when no pty can be opened, 99
when the program does not end within 10 seconds."""
import fcntl
import os
import select
import struct
import termios
import sys
import time


def main():
    term, prog = sys.argv[1], sys.argv[2]
    refusals = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    env = dict(os.environ)
    if term == "unset":
        env.pop("TERM", None)
    else:
        env["TERM"] = term
    try:
        pid, fd = os.forkpty()
    except OSError:
        return 77
    if pid == 0:
        # A tall terminal (PTY_ROWS, 200 unless told): the pager pauses
        # only where a test asks for it.
        rows = int(os.environ.get("PTY_ROWS", "200"))
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, 80, 0, 0))
        os.execve(prog, [prog], env)
    out = b""
    sent = 0
    asked = 0                         # where the output was at the last "x"
    deadline = time.time() + 10
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                data = os.read(fd, 4096)
            except OSError:           # EIO: the program closed the pty
                data = b""
            if not data:
                break
            out += data
        # Answer "x" N times, then "q" to a prompt, "y" to the quit
        # question.
        if refusals > 0 and len(out) > asked and out.endswith(b": "):
            os.write(fd, b"x\n")
            refusals -= 1
            asked = len(out)
        elif sent == 0 and refusals == 0 and len(out) > asked and out.endswith(b": "):
            os.write(fd, b"q\n")
            sent = 1
        elif sent == 1 and out.endswith(b"no: "):
            os.write(fd, b"y\n")
            sent = 2
    status = None
    while time.time() < deadline:
        done, st = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(st)
            break
        time.sleep(0.05)
    if status is None:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        status = 99
    sys.stdout.write(out.replace(b"\r\n", b"\n").decode("utf-8", "replace"))
    return status


if __name__ == "__main__":
    sys.exit(main())
