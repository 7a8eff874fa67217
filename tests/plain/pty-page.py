#!/usr/bin/env python3
"""pty-page.py PROGRAM: run PROGRAM --plain on a pseudo-terminal of 12
rows: the welcome is longer than a page, so it pauses ("Enter for more,
or q to stop: "); Enter gives the next page; at the first question
"quit" and "yes" end the run. Prints what the program wrote (\\r\\n made
\\n); exits with its status, 77 when no pty can be opened, 99 when it
does not end within 10 seconds."""
import fcntl
import os
import select
import struct
import sys
import termios
import time


def main():
    prog = sys.argv[1]
    try:
        pid, fd = os.forkpty()
    except OSError:
        return 77
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 12, 80, 0, 0))
        os.execv(prog, [prog, "--plain"])
    out = b""
    answered = 0                      # where the output was at the last answer
    deadline = time.time() + 10
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                data = os.read(fd, 4096)
            except OSError:
                data = b""
            if not data:
                break
            out += data
        if len(out) == answered:
            continue
        if out.endswith(b"to stop: "):
            os.write(fd, b"\n")
        elif out.endswith(b"(1 to 2): "):
            os.write(fd, b"quit\n")
        elif out.endswith(b"no: "):
            os.write(fd, b"yes\n")
        else:
            continue
        answered = len(out)
    status = 99
    while time.time() < deadline:
        done, st = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(st)
            break
        time.sleep(0.05)
    if status == 99:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    sys.stdout.write(out.replace(b"\r\n", b"\n").decode("utf-8", "replace"))
    return status


if __name__ == "__main__":
    sys.exit(main())
