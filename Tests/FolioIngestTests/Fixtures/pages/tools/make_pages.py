#!/usr/bin/env python3
"""Lays out hand-written articles as extracted multi-column newspaper pages.

The prose and structure of every page are written by hand in specs/*.py;
this script only sets them the way the seed page is set, so that the page
text and its truth (.jsonl, same format as seed_truth.jsonl) agree:
- columns of 12-16 em; CJK punctuation is compressed (half width) and a
  closing mark never starts a line (squeezed in or a character pushed out), so full lines vary by a
  character or two, as on the seed; Latin words are not broken, a break
  at a space drops the space;
- the first line of a paragraph is two em short (its indent was lost);
- blank lines between paragraphs and at column breaks; sometimes no blank
  after a paragraph that ended on a column's first line;
- a wide lead paragraph set across columns, with a blank where it broke;
- headline groups before or after the body, multi-line heads ("|" marks the
  break), inline and end-of-page section heads, pull quotes at column breaks.
Run: python3 make_pages.py  (writes ../NAME.txt and ../NAME.jsonl)
"""
import json, os, random, importlib.util, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
COMPRESSED = set("，、。：；")
CLOSING = set("，。、；：”’）》！？…")
OPENING = set("“‘（《")


def tokens(text):
    """Characters, but Latin words/numbers (with inner . , % etc) kept whole."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isascii() and c.isalnum():
            j = i
            while j < len(text) and text[j].isascii() and (text[j].isalnum() or text[j] in ".%-+/"):
                j += 1
            out.append(text[i:j]); i = j
        else:
            out.append(c); i += 1
    return out


def width(tok):
    if tok.isascii():
        return 0.5 * len(tok)
    return 0.5 if tok in COMPRESSED else 1.0


def wrap(text, first_width, width_, rng, jitter=True):
    """Break a paragraph into lines; returns list of strings."""
    toks = tokens(text)
    lines, cur, used = [], [], 0.0
    cap = first_width
    i = 0
    while i < len(toks):
        t = toks[i]
        w = width(t)
        if used + w > cap and cur:
            if t in CLOSING and used + w <= cap + 0.5:
                # squeeze a closing mark in rather than start a line with it
                cur.append(t); used += w; i += 1
                continue
            while toks[i] in CLOSING and len(cur) > 1:
                # push characters out so that no mark opens a line
                cur.pop(); i -= 1
            # never end a line on an opening mark
            if cur and cur[-1] in OPENING and len(cur) > 1:
                cur.pop(); i -= 1
            line = "".join(cur)
            lines.append(line.rstrip(" "))
            cur, used = [], 0.0
            cap = width_ - (rng.choice([0, 0, 0, 1]) if jitter else 0)
            continue
        if t == " " and not cur:
            i += 1; continue  # break at a space drops it
        cur.append(t); used += w; i += 1
    if cur:
        lines.append("".join(cur).rstrip(" "))
    return lines


class Page:
    def __init__(self, rng):
        self.rng = rng
        self.out = []  # lines; "" is blank

    def blank(self):
        if self.out and self.out[-1] != "":
            self.out.append("")

    def block(self, lines):
        self.blank()
        self.out.extend(lines)
        self.out.append("")


def head_lines(text):
    return [p for p in text.split("|")]


def clean(text):
    return text.replace("|", "")


def layout_article(page, art, rng, end_heads):
    col = art.get("column", rng.choice([12, 13, 14, 15]))
    col_len = art.get("column_lines", rng.randint(9, 16))
    heads = []
    if art.get("kicker"): heads.append(art["kicker"])
    if art.get("headline"): heads.append(art["headline"])
    if art.get("deck"): heads.append(art["deck"])
    before = art.get("heads", "before") == "before"

    def emit_heads():
        for h in heads:
            page.block(head_lines(h))

    if before:
        emit_heads()
    paras = list(art["paragraphs"])
    byline = art.get("byline")
    style = art.get("byline_style", "inline")
    if byline and style == "line":
        page.block([byline])
    elif byline:
        sep = art.get("byline_sep", " ")
        paras[0] = byline + sep + paras[0]
        if before and heads and art.get("byline_glued"):
            # deck directly followed by the byline line, no blank (as on the seed)
            if page.out and page.out[-1] == "":
                page.out.pop()

    inline = {k: v for k, v in art.get("inline_heads", {}).items()}  # para index -> head
    quotes = {k: v for k, v in art.get("pull_quotes_at", {}).items()}  # para index -> (quote, split_line)
    lead_wide = art.get("lead_wide")
    started = False
    remaining = col_len
    cur_col = col

    in_col = 0

    def column_break():
        nonlocal remaining, cur_col, in_col
        in_col = 0
        page.blank()
        remaining = col_len + rng.randint(-2, 2)
        cur_col = col + rng.choice([0, 0, 1, -1]) if art.get("vary_columns", True) else col

    for pi, para in enumerate(paras):
        if pi in inline:
            page.block(head_lines(inline[pi]))
        if pi == 0 and lead_wide:
            lw = lead_wide
            lines = wrap(para, lw - 2, lw, rng)
            cut = art.get("lead_break")
            if cut and cut < len(lines):
                page.out.extend(lines[:cut]); page.blank(); page.out.extend(lines[cut:])
            else:
                page.out.extend(lines)
            if not art.get("lead_glued_next"):
                page.blank()
            continue
        lines = wrap(para, cur_col - 2, cur_col, rng)
        quote = quotes.get(pi)
        for li, line in enumerate(lines):
            if quote and li == quote[1]:
                page.block(head_lines(quote[0]))
                remaining = col_len
                in_col = 0
            if remaining <= 0:
                column_break()
            page.out.append(line)
            remaining -= 1
            in_col += 1
        # paragraph break
        if remaining <= 0:
            column_break()
        elif in_col == 1 and rng.random() < 0.6:
            pass  # no blank: the paragraph ended on the column's first line
        else:
            page.blank()
    if art.get("no_blank_after_para"):
        pass
    if not before:
        emit_heads()
    for h in art.get("end_heads", []):
        end_heads.append(h)


def truth(art, source):
    return {
        "source": source,
        "publication_date": None,
        "headline": clean(art["headline"]) if art.get("headline") else None,
        "subheadlines": [clean(x) for x in (art.get("kicker"), art.get("deck")) if x],
        "byline": art.get("byline"),
        "section_heads": [clean(h) for _, h in sorted(art.get("inline_heads", {}).items())]
        + [clean(h) for h in art.get("end_heads", [])],
        "pull_quotes": [clean(q) for _, (q, _) in sorted(art.get("pull_quotes_at", {}).items())],
        "paragraphs": art["paragraphs"],
    }


def make(spec, name):
    rng = random.Random(spec.get("seed", name))
    page = Page(rng)
    for f in spec.get("top", []):
        page.block([f])
    end_heads = []
    for art in spec["articles"]:
        layout_article(page, art, rng, end_heads)
    for h in end_heads:
        page.block(head_lines(h))
    for f in spec.get("bottom", []):
        page.block([f])
    while page.out and page.out[-1] == "":
        page.out.pop()
    text = "\n".join(page.out) + "\n"
    if spec.get("leading_space"):
        text = " " + text
    with open(os.path.join(OUT, name + ".txt"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".jsonl"), "w") as f:
        for art in spec["articles"]:
            f.write(json.dumps(truth(art, name + ".txt"), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    for path in sorted(glob.glob(os.path.join(HERE, "specs", "*.py"))):
        name = os.path.basename(path)[:-3]
        sp = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(sp)
        sp.loader.exec_module(mod)
        make(mod.PAGE, name)
        print("wrote", name)
