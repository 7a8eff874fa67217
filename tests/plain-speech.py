#!/usr/bin/env python3
"""plain-speech.py TRANSCRIPT INPUT [TRANSCRIPT INPUT...]: check that what
plain mode wrote can be read aloud by a speech synthesizer and shown on
a braille display. INPUT is the file the transcript's run read (its
lines are written back after the prompts: they are the person's, not
the program's, and are left out). For every line the program wrote:

- no escape byte or other control character, no box-drawing or block
  character (U+2500 to U+259F);
- no word whose meaning rests on a symbol a synthesizer does not say:
  < > ? * | # standing alone or quoted ("?" and '<'), [x] or [ ]
  boxes, one-letter answers joined by a slash (y/n). French
  punctuation that follows a word after a space ("Quitter ?") is
  punctuation, not a word; so are quotes and dashes;
- no rule of repeated symbols standing alone ("==", "---", "**"): a
  synthesizer reads "== Me ==" as "equals equals Me equals equals".

With --speak VOICE first (en, fr), each line is also read by espeak-ng
(`espeak-ng -q -x -v VOICE`, the phonemes it would say): a line that is
not blank must say something.

Prints each offending line as FILE:LINE: why: text; exits 1 when there
is one, 0 otherwise."""
import re
import subprocess
import sys

FLAGGED = {"<", ">", "?", "*", "|", "#", "<<", ">>", "->", "=>"}
FRENCH_PUNCT = {"?", "!", ":", ";"}
BOXES = re.compile(r"\[[ xX]\]")
SLASHED = re.compile(r"(?<![\w/])[A-Za-z]/[A-Za-z](?![\w/])")
RULE = re.compile(r"(?:^|\s)(==+|--+|\*\*+|__+|##+)(?=\s|$)")
QUOTED = re.compile(r"""["'«]\s*([^\w\s"'«»]+)\s*["'»]""")


def inputs(path):
    """The lines the run read, in order (comments are not input)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        return [l.rstrip("\n") for l in f if not l.startswith("#")]


def strip_echo(line, pending):
    """LINE without the input line written back at its end, if it is the
    next one the run read."""
    if not pending:
        return line
    typed = pending[0]
    if not typed:
        # Enter alone: the prompt and its space, then the new line.
        if line.endswith(": ") or line.endswith("? "):
            pending.pop(0)
            return line.rstrip()
        return line
    if line == typed:
        pending.pop(0)
        return ""
    if line.endswith(" " + typed):
        pending.pop(0)
        return line[: -len(typed)].rstrip()
    return line


def why_not_spoken(text):
    """Why TEXT (one line the program wrote) does not read well aloud,
    or None."""
    for ch in text:
        if ord(ch) < 32 and ch != "\t":
            return "control character %#x" % ord(ch)
        if 0x2500 <= ord(ch) <= 0x259F:
            return "box-drawing character U+%04X" % ord(ch)
    m = RULE.search(text)
    if m:
        return "a rule of symbols %s" % m.group(1)
    if BOXES.search(text):
        return "a box [ ] or [x]"
    if SLASHED.search(text):
        return "letters joined by a slash"
    m = QUOTED.search(text)
    if m and set(m.group(1)) & set("<>?*|#"):
        return "a quoted symbol %s" % m.group(0)
    words = text.split()
    for i, w in enumerate(words):
        bare = w.strip("()[],.;")
        if bare not in FLAGGED:
            continue
        follows = words[i + 1] if i + 1 < len(words) else ""
        french = (bare in FRENCH_PUNCT and i > 0 and
                  (follows == "" or follows[:1].isupper() or follows[:1] in "«\"("))
        if not french:
            return "the symbol %s stands for a word" % bare
    return None


def silent(text, voice):
    """1 when espeak-ng says nothing for TEXT."""
    if not text.strip():
        return 0
    said = subprocess.run(["espeak-ng", "-q", "-x", "-v", voice, text],
                          capture_output=True, text=True, check=False).stdout
    return not said.strip()


def main(args):
    voice = None
    if args[:1] == ["--speak"] and len(args) > 1:
        voice, args = args[1], args[2:]
    if len(args) < 2 or len(args) % 2:
        sys.stderr.write(__doc__)
        return 2
    bad = 0
    for out, inp in zip(args[0::2], args[1::2]):
        pending = inputs(inp)
        with open(out, encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if line.startswith("stderr: ") or re.match(r"^exit \d+$", line):
                    continue
                said = strip_echo(line, pending)
                why = why_not_spoken(said)
                if not why and voice and silent(said, voice):
                    why = "espeak-ng says nothing"
                if why:
                    print("%s:%d: %s: %s" % (out, n, why, said))
                    bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
