#!/usr/bin/env python3
"""test-easyread.py - the kiosk texts are easy to read, in English and in
French.

A kiosk visitor reads Tremplin alone, and may read with difficulty. The
"kiosk strings" are the messages whose source reference (`#:`) is in a
file whose text a visitor's screens show (KIOSK_FILES below). For each
language (English: the msgids; French: the msgstrs of po/fr.po) the test
measures, after removing printf formats (%s, %1$d...) and quoted text
(« », "", “”, which name a thing rather than say something):

  1. words per sentence: no sentence over MAX_SENTENCE_WORDS;
  2. the LIX index of each message of at least LIX_MIN_WORDS words,
     at most MAX_MESSAGE_LIX, and of all the kiosk strings together, at
     most MAX_SET_LIX;
  3. acronyms (a word of two capitals or more, RQTH, ROME...): each is
     explained in the same message (its meaning in parentheses, next to
     it, or the words of its meaning in MEANINGS), or is on ALLOWED with
     the reason why a reader knows it.

LIX = words / sentences + 100 * long words / words, where a long word has
more than 6 letters (Björnsson). It needs no syllable count, so it
measures French and English alike. Read it as: under 30 very easy, 30-40
easy (children's books, easy-to-read news), 40-50 ordinary (newspapers),
50-60 hard (official texts), over 60 very hard.

The msgids come from running xgettext on the kiosk files (the sources as
they are now: po/tremplin.pot is made once and goes stale) or, without
xgettext, from po/tremplin.pot. Exit 77 (skip) without python3 (the
wrapper test-easyread.sh), or without both xgettext and a .pot.

Each offending message is printed with its language, its file:line, the
measure and its text, so that it can be rewritten: shorter sentences,
common words, the meaning of each acronym.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

# ---------------------------------------------------------------- limits
#
# Easy-to-read guidance (Inclusion Europe's "Information for all", the
# French FALC, "facile à lire et à comprendre", built on it; plain
# language guides) asks for short sentences with one idea each, common
# words, and acronyms spelt out. Guides put a short sentence at 15 to 20
# words; an advice text must sometimes keep a condition with its fact in
# one sentence ("if you ..., you can ..."), so the hard limit is 20 words
# and most sentences stay well under it (the whole-set LIX sees that).
MAX_SENTENCE_WORDS = 20

# LIX of one message. 50 is the start of "hard" (official texts): no
# English kiosk message may read like a form. French words are longer
# on average, so the same easy text scores higher ("conseiller",
# "demandez", "entretien" are long words): French gets 55. A message
# of few words is a label, not a text: one long word gives it a LIX near
# 100 whatever is done, so only messages of LIX_MIN_WORDS words or more
# are measured one by one, and only sentences: a list of names ("France
# Travail, Mission Locale, the town hall") is read item by item and its
# long words are the services' names. Labels and lists count in the
# whole set.
LIX_MIN_WORDS = 10
MAX_MESSAGE_LIX = {"en": 50, "fr": 55}

# LIX of all the kiosk strings of one language together. English: 30,
# the top of "very easy". French: 40, the top of "easy" (its longer
# words, as above). The texts are advice about jobs and training, whose
# words are long; these limits leave room for that, not for forms.
MAX_SET_LIX = {"en": 30, "fr": 40}

# Acronyms a reader knows without their meaning, with the reason.
ALLOWED = {
    "CV": "the everyday word for a résumé, in French and in English",
    "OK": "universal, on every machine and keyboard",
    "PDF": "the everyday name of a document file, printed on kiosks",
    "USB": "the everyday name of a USB stick, printed on the port",
    "TV": "the everyday word for television, in French and in English",
    "JSON": "a file format's name, only in the error of `diagnose --json`, "
            "which no kiosk screen offers",
}

# Acronyms whose meaning may be given in words rather than in
# parentheses: the acronym is explained when its message holds these
# words (a regular expression, case ignored), in either language.
MEANINGS = {
    "RQTH": r"disabled worker|travailleur handicapé",
    "ROME": r"official list|liste officielle|job'?s code|code (du|de ce) métier",
}

# --------------------------------------------------------- kiosk files

KIOSK_FILES = [
    r"core/interview\.c",
    r"core/interview-labels\.c",
    r"core/situation\.h",
    r"tui/screen-[^/]*\.c",
    r"tui/keys\.h",
    r"tui/ui-dialog\.c",
    r"tui/plain[^/]*\.c",          # the kiosk for a screen reader (--plain)
    r"core/catalog[^/]*\.c",
    r"core/rules[^/]*\.c",
    r"core/export[^/]*\.c",
]
KIOSK_RE = re.compile(r"^(%s)$" % "|".join(KIOSK_FILES))

# Messages still over a limit, allowed for now. Each entry is (language,
# the first 40 characters of the msgid); the test fails when one of them
# passes, so that the list only shrinks.
PENDING = [
    # 2026-12-01: the names of the reference data's sources
    # (core/export-facts.c own_sources). The English text is the name the
    # importers (core/import-rome.c, import-bmo.c, import-insee.c) store in
    # the database, and export_source_name() finds it there byte for byte:
    # explaining ROME, BMO and INSEE in English needs the importers to
    # write a new name and the stored data to be migrated. The French
    # translation explains ROME and INSEE; its "enquête BMO" is pinned by
    # tests/test-wording.c (export_source_name).
    ("en", "France Travail, ROME"),
    ("en", "France Travail, BMO survey"),
    ("fr", "France Travail, BMO survey"),
    ("en", "INSEE, code officiel géographique"),
    # 2026-12-01: the brief form (at most 24 columns) of the diploma
    # answer, also read inside a sentence of the job data ("the usual
    # diploma level is CAP or BEP") and pinned by tests/test-interview.c
    # and tests/test-wording.c; its long form explains it ("CAP or BEP
    # (a vocational diploma)").
    ("en", "CAP or BEP"),
    ("fr", "CAP or BEP"),
]


def srcdir():
    top = os.environ.get("top_srcdir")
    if top:
        return top
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ---------------------------------------------------------- PO reading

def po_unquote(s):
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    s = s[1:-1]
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(n, n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def po_entries(path):
    """The entries of a PO file: dicts with refs, ctx, id, plural, strs,
    fuzzy."""
    entries = []
    cur = None
    field = None

    def flush():
        if cur is not None and ("id" in cur):
            entries.append(cur)

    cur = {"refs": [], "strs": {}, "fuzzy": False}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                cur = {"refs": [], "strs": {}, "fuzzy": False}
                field = None
                continue
            if line.startswith("#~"):
                continue
            if line.startswith("#:"):
                cur["refs"] += line[2:].split()
                continue
            if line.startswith("#,"):
                cur["fuzzy"] = cur["fuzzy"] or "fuzzy" in line
                continue
            if line.startswith("#"):
                continue
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(\[\d+\])?)\s+(".*")$', line)
            if m:
                key = m.group(1)
                val = po_unquote(m.group(3))
                if key == "msgctxt":
                    field = ("ctx",)
                    cur["ctx"] = val
                elif key == "msgid":
                    field = ("id",)
                    cur["id"] = val
                elif key == "msgid_plural":
                    field = ("plural",)
                    cur["plural"] = val
                else:
                    idx = m.group(2)[1:-1] if m.group(2) else "0"
                    field = ("str", idx)
                    cur["strs"][idx] = val
                continue
            if line.startswith('"') and field is not None:
                val = po_unquote(line)
                if field[0] == "str":
                    cur["strs"][field[1]] += val
                else:
                    cur[field[0]] += val
    flush()
    return entries


def kiosk_pot(top):
    """The entries of the kiosk files, fresh from xgettext when it is
    there, else from po/tremplin.pot; None when neither can be had."""
    files = []
    with open(os.path.join(top, "po", "POTFILES.in"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#") and KIOSK_RE.match(line):
                files.append(line)
    xgettext = shutil.which("xgettext")
    if xgettext:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "kiosk.pot")
            cmd = [xgettext, "--keyword=_", "--keyword=N_", "--keyword=P_:1,2",
                   "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
                   "--add-comments=TRANSLATORS:", "--from-code=UTF-8",
                   "--no-wrap", "-o", out] + files
            r = subprocess.run(cmd, cwd=top, capture_output=True, text=True)
            if r.returncode == 0 and os.path.exists(out):
                return po_entries(out), "xgettext on %d kiosk files" % len(files)
            sys.stderr.write(r.stderr)
    for d in (os.environ.get("top_builddir"), top):
        if d and os.path.exists(os.path.join(d, "po", "tremplin.pot")):
            path = os.path.join(d, "po", "tremplin.pot")
            return po_entries(path), path
    return None, None


# ----------------------------------------------------------- measuring

FORMAT_RE = re.compile(r"%(\d+\$)?[-+ #0']*(\d+|\*)?(\.(\d+|\*))?(hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcsp%]")
QUOTED_RE = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”|(?<!\w)'[^'\n]*'(?!\w)")
# A command to type is not prose: "tremplin sessions purge --older-than
# DAYS" (DAYS is a placeholder, not an acronym), to the end of its line.
COMMAND_RE = re.compile(r"\btremplin\s+[a-z]+\s[^\n]*")
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
# A web address is a name to type, not words to read: francetravail.fr.
ADDRESS_RE = re.compile(r"\b[\w-]+(\.[\w-]+)*\.(fr|gouv|org|com|eu|net|info)\b(/[\w./-]*)?")
ACRONYM_RE = re.compile(r"\b[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(-[A-Z][A-Z0-9]*[A-Z])*\b")
# "the CCAS, the town's social action centre": the meaning right after.
APPOSITION_RE = re.compile(r"^,\s+(the|a|an|your|le|la|l'|les|un|une|des|votre|vos)\s", re.I)
# A sentence ends at . ! ? ; or a line break (each line is one idea),
# followed by a space: not inside a number (1.5) or an address.
SENTENCE_END_RE = re.compile(r"[.!?;…]+(?=\s|$)|\n+")
# A message that does not end as a sentence is a label or a list ("France
# Travail, CAF, the town hall"): it is read item by item, so its items
# (between commas) are its units.
LIST_ITEM_RE = re.compile(r",\s+")


def clean(text):
    text = FORMAT_RE.sub(" ", text)
    text = QUOTED_RE.sub(" ", text)
    text = ADDRESS_RE.sub(" ", text)
    text = COMMAND_RE.sub(" ", text)
    return text


def words_of(text):
    return WORD_RE.findall(text)


def is_list(text):
    return not re.search(r"[.!?:;…]\s*$", text.rstrip())


def sentences_of(text):
    out = []
    for s in SENTENCE_END_RE.split(text):
        if s is None or not words_of(s):
            continue
        if is_list(text):
            out += [x for x in LIST_ITEM_RE.split(s) if words_of(x)]
        else:
            out.append(s)
    return out


def is_long(word):
    return not word.isdigit() and len(word) > 6


def plain_words(text):
    """Whether TEXT has a word that is not an acronym."""
    return any(not ACRONYM_RE.fullmatch(w) for w in words_of(text))


def acronyms_unexplained(raw):
    """The acronyms of RAW that are neither allowed nor explained."""
    text = clean(raw)
    bad = []
    for m in ACRONYM_RE.finditer(text):
        a = m.group(0)
        if a in ALLOWED or a in bad:
            continue
        after = text[m.end():]
        before = text[:m.start()]
        # "RQTH (recognition as a disabled worker)"
        # "CAP or BEP (vocational diplomas)": up to two words between.
        par = re.match(r"(\s+[\w'-]+){0,2}\s*\(([^)]*)\)", after)
        if par and plain_words(par.group(2)):
            continue
        # "the CCAS, the town's social action centre"
        if APPOSITION_RE.match(after):
            continue
        # "permanent contract (CDI)", "2 years after the bac (BTS, DUT)":
        # inside parentheses that follow their meaning.
        opened = re.search(r"\(([^()]*)$", before)
        if opened and plain_words(before[:opened.start()][-40:]):
            continue
        if a in MEANINGS and re.search(MEANINGS[a], raw, re.IGNORECASE):
            continue
        bad.append(a)
    return bad


class Measure:
    def __init__(self):
        self.words = 0
        self.sentences = 0
        self.long = 0

    def add(self, text):
        w = words_of(text)
        self.words += len(w)
        self.sentences += len(sentences_of(text))
        self.long += sum(1 for x in w if is_long(x))

    def lix(self):
        if self.words == 0 or self.sentences == 0:
            return 0.0
        return self.words / self.sentences + 100.0 * self.long / self.words


def lang_texts(pot, fr):
    """(lang, ref, msgid, text) of every kiosk string in both languages."""
    french = {}
    for e in fr:
        if e["fuzzy"] or e["id"] == "":
            continue
        french[(e.get("ctx"), e["id"])] = e
    out = []
    missing = 0
    for e in pot:
        if e["id"] == "":
            continue
        refs = [r for r in e["refs"] if KIOSK_RE.match(r.rsplit(":", 1)[0])]
        if not refs:
            continue
        ref = refs[0]
        out.append(("en", ref, e["id"], e["id"]))
        if "plural" in e:
            out.append(("en", ref, e["id"], e["plural"]))
        t = french.get((e.get("ctx"), e["id"]))
        if t is None or not any(t["strs"].values()):
            missing += 1
            continue
        for s in t["strs"].values():
            if s:
                out.append(("fr", ref, e["id"], s))
    return out, missing


def show(text):
    return text.replace("\n", "\\n")


def main():
    top = srcdir()
    pot, source = kiosk_pot(top)
    if pot is None:
        print("SKIP: neither xgettext nor po/tremplin.pot")
        return 77
    fr = po_entries(os.path.join(top, "po", "fr.po"))
    texts, missing = lang_texts(pot, fr)
    print("kiosk strings from %s: %d texts, %d messages without French"
          % (source, len(texts), missing))

    pending = set(PENDING)
    problems = []
    seen_pending = set()
    total = {"en": Measure(), "fr": Measure()}
    for lang, ref, msgid, raw in texts:
        text = clean(raw)
        total[lang].add(text)
        found = []
        for s in sentences_of(text):
            n = len(words_of(s))
            if n > MAX_SENTENCE_WORDS:
                found.append("sentence of %d words (max %d)" % (n, MAX_SENTENCE_WORDS))
        m = Measure()
        m.add(text)
        lim = MAX_MESSAGE_LIX[lang]
        if m.words >= LIX_MIN_WORDS and m.lix() > lim and not is_list(text):
            found.append("LIX %.0f (max %d; %d words, %d sentences, %d long)"
                         % (m.lix(), lim, m.words, m.sentences, m.long))
        for a in acronyms_unexplained(raw):
            found.append("acronym %s without its meaning" % a)
        if not found:
            continue
        key = (lang, msgid[:40])
        if key in pending:
            seen_pending.add(key)
            continue
        problems.append((lang, ref, found, raw))

    fails = 0
    for lang, ref, found, raw in problems:
        fails += 1
        print("FAIL: %s %s: %s\n      %s" % (lang, ref, "; ".join(found), show(raw)))
    for lang in ("en", "fr"):
        t = total[lang]
        print("%s: %d words, %d sentences, %.1f words a sentence, "
              "%.1f%% long words, LIX %.1f (max %d)"
              % (lang, t.words, t.sentences, t.words / max(t.sentences, 1),
                 100.0 * t.long / max(t.words, 1), t.lix(), MAX_SET_LIX[lang]))
        if t.lix() > MAX_SET_LIX[lang]:
            fails += 1
            print("FAIL: %s: LIX of the kiosk strings %.1f over %d"
                  % (lang, t.lix(), MAX_SET_LIX[lang]))
        if t.words < 1000:
            fails += 1
            print("FAIL: %s: only %d words: the kiosk strings were not found"
                  % (lang, t.words))
    for key in sorted(pending - seen_pending):
        fails += 1
        print("FAIL: %s %r is in PENDING but passes: remove it" % key)
    print("%d kiosk texts, %d allowed for now, %d failures"
          % (len(texts), len(seen_pending), fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
