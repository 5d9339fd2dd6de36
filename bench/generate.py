#!/usr/bin/env python3
"""Deterministic synthetic newspaper pages in the layout of seeds/000_*.txt.

    bench/.venv/bin/python bench/generate.py small|medium [--seed N] [--out DIR]

Writes DIR/pages/*.txt (UTF-8, LF), DIR/pages/manifest.csv and DIR/meta.json.
Same seed, same jieba version (pinned by run.sh) -> byte-identical corpus.

Words and their frequencies come from jieba's bundled dictionary: every
article draws from the global frequency distribution, with a handful of
"topic words" boosted so that words repeat inside an article as they do in
real reporting. Only words whose characters are all in GB2312 are used, so
the corpus holds simplified characters only (Folio folds traditional to
simplified for search, which a substring truth would count as an error).

Layout, after the seed page (see README.md for the full list):
* body lines wrapped at 12-15 CJK characters, no spaces; closing punctuation
  hangs at the line end, opening punctuation never ends a line; a
  paragraph's first line is two characters shorter (its indent, lost);
* a blank line between paragraphs AND at every column break, which falls
  every 16-30 lines wherever it lands, usually mid-sentence or mid-word;
* the first article's headline and deck come after its body, the others'
  usually before it; some lead paragraphs are set in wide lines;
* bylines and datelines ("新华社电", "本报北京3月27日电（记者 王晓明）") open
  the first paragraph; section heads are short standalone lines (sometimes
  two), some moved to the end of the page together with pull quotes that
  repeat a clause of the body verbatim;
* date expressions (3月27日, 3月 25日, 2020年3月, 去年12月, ３月２７日,
  二〇二〇年三月) and Latin tokens (GDP, G20, iPhone ...).

meta.json records, for query selection in run.py: every vocabulary word used
with its occurrence count, the words that a line or column break split
(where a plain substring search loses them), phrase candidates (runs of 2-3
words, with whether a break splits them), pairs of words that share a page
(for AND queries) and the Latin vocabulary.
"""

import argparse
import bisect
import datetime
import functools
import hashlib
import json
import os
import random
import sys

SIZES = {"small": 1000, "medium": 20000}
PAGE_BYTES = 5000  # mean target size of a page in UTF-8 bytes

# Latin tokens with relative weights. Letters and digits only, no token is a
# case-insensitive substring of another, so a substring truth and a word
# index agree on them.
LATIN = [
    ("GDP", 30), ("CPI", 12), ("PPI", 6), ("WTO", 8), ("WHO", 10), ("IMF", 5), ("APEC", 4), ("G20", 8),
    ("5G", 12), ("NBA", 4), ("CEO", 6), ("iPhone", 3), ("COVID", 6), ("SARS", 3), ("CCTV", 5), ("NASA", 2),
    ("ASEAN", 3), ("BRICS", 2), ("OPEC", 2), ("NATO", 3), ("DNA", 3), ("ICU", 4), ("VR", 2), ("IPO", 5),
    ("ETF", 2), ("CBD", 2), ("MBA", 1), ("APP", 5), ("C919", 2), ("ARJ21", 1), ("FAST", 1), ("Wind", 1),
    ("LED", 2), ("MRI", 1), ("UNESCO", 1), ("PMI", 4),
]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红燕鹏辉建国文斌宇浩凯健俊帆帅旭宁龙林欣晨雪琳晶波"
CITIES = ["北京", "上海", "武汉", "广州", "深圳", "成都", "杭州", "南京", "西安", "重庆", "天津", "长沙", "郑州", "沈阳",
          "青岛", "昆明", "拉萨", "乌鲁木齐", "哈尔滨", "福州", "合肥", "南昌", "济南", "贵阳", "兰州", "海口", "香港", "澳门",
          "华盛顿", "伦敦", "巴黎", "东京", "莫斯科", "柏林", "日内瓦", "纽约", "联合国"]
AGENCIES = ["新华社", "本报", "中新社"]
CN_DIGITS = "〇一二三四五六七八九"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
CLOSING = set("，。、；：！？”）》")
OPENING = set("“（《")


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


def jieba_dictionary():
    import jieba  # only for the path of its bundled dict.txt
    return os.path.join(os.path.dirname(jieba.__file__), "dict.txt")


class Vocabulary:
    """jieba's words with their frequencies, ready for weighted sampling."""

    def __init__(self, path):
        words, weights, topical = [], [], []
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2:
                    continue
                word, freq = parts[0], int(parts[1])
                tag = parts[2] if len(parts) > 2 else ""
                if not 1 <= len(word) <= 4 or freq < 3 or not all(is_cjk(c) for c in word):
                    continue
                try:
                    word.encode("gb2312")
                except UnicodeEncodeError:
                    continue
                words.append(word)
                weights.append(freq)
                # Topic words: content words of mid frequency, 2-4 characters.
                if len(word) >= 2 and 50 <= freq <= 20000 and tag[:1] in ("n", "v") and tag not in ("nr", "nrt", "nrfg"):
                    topical.append(word)
        cumulative, total = [], 0
        for w in weights:
            total += w
            cumulative.append(total)
        self.words, self.cumulative, self.topical = words, cumulative, topical
        self.headline_words = [w for w in topical if len(w) >= 2]
        latin_total, self.latin_cumulative = 0, []
        for _, w in LATIN:
            latin_total += w
            self.latin_cumulative.append(latin_total)

    def sample(self, rng, k):
        return rng.choices(self.words, cum_weights=self.cumulative, k=k)

    def latin(self, rng):
        return rng.choices([t for t, _ in LATIN], cum_weights=self.latin_cumulative, k=1)[0]


# A paragraph is a list of tokens (text, kind); kind "word" marks a vocabulary
# word (tracked for splits), anything else is punctuation, dates, Latin, names.

def cn_number(n):
    """Chinese numerals for day/month numbers: 27 -> 二十七."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def date_expression(rng, published):
    """A date written as papers write it, near the publication date."""
    d = published - datetime.timedelta(days=rng.randint(0, 6))
    choice = rng.random()
    if choice < 0.35:
        return f"{d.month}月{d.day}日"
    if choice < 0.45:
        return f"{d.month}月 {d.day}日"
    if choice < 0.60:
        return f"{d.year}年{d.month}月{d.day}日"
    if choice < 0.68:
        return f"{d.year}年{d.month}月"
    if choice < 0.76:
        return f"{d.year - rng.randint(0, 3)}年"
    if choice < 0.82:
        return f"去年{rng.randint(1, 12)}月"
    if choice < 0.86:
        return rng.choice(["今年", "上月", "本月", "昨天", "今天", "上周"])
    if choice < 0.93:
        return f"{d.month}月{d.day}日".translate(FULLWIDTH)
    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + "年" + cn_number(d.month) + "月" + cn_number(d.day) + "日"


def person(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def byline(rng, published):
    agency = rng.choice(AGENCIES)
    place = rng.choice(CITIES)
    kind = rng.random()
    if kind < 0.25:
        return f"{agency}电"
    dateline = f"{agency}{place}{published.month}月{published.day}日电"
    if kind < 0.6:
        return dateline
    reporters = "、".join(person(rng) for _ in range(rng.randint(1, 2)))
    return f"{dateline}（记者 {reporters}）"


class ArticleWriter:
    """Draws the words of one article: the global distribution plus topic words."""

    def __init__(self, vocabulary, rng, published):
        self.v, self.rng, self.published = vocabulary, rng, published
        self.topics = rng.sample(vocabulary.topical, rng.randint(6, 14))
        self.pool = []

    def word(self):
        if self.rng.random() < 0.12:
            return self.rng.choice(self.topics)
        if not self.pool:
            self.pool = self.v.sample(self.rng, 256)
        return self.pool.pop()

    def clause(self, tokens, low=2, high=7):
        rng = self.rng
        for _ in range(rng.randint(low, high)):
            r = rng.random()
            if r < 0.012:
                tokens.append((date_expression(rng, self.published), "date"))
            elif r < 0.018:
                tokens.append((self.v.latin(rng), "latin"))
            elif r < 0.035:
                tokens.append(("“", "punct"))
                tokens.append((self.word(), "word"))
                tokens.append(("”", "punct"))
            elif r < 0.040:
                tokens.append(("《", "punct"))
                for _ in range(rng.randint(2, 4)):
                    tokens.append((self.word(), "word"))
                tokens.append(("》", "punct"))
            else:
                tokens.append((self.word(), "word"))

    def sentence(self, tokens):
        rng = self.rng
        clauses = rng.randint(1, 4)
        for i in range(clauses):
            self.clause(tokens)
            if i < clauses - 1:
                tokens.append((rng.choice("，，，，，，、；"), "punct"))
        tokens.append((rng.choice("。。。。。。。。！？"), "punct"))

    def paragraph(self, length):
        tokens = []
        while sum(len(t) for t, _ in tokens) < length:
            self.sentence(tokens)
        return self.separate_ascii(tokens)

    def separate_ascii(self, tokens):
        """Puts a word between two tokens that would touch as one ASCII run
        ("GDP" + "3月" -> "GDP3月"): a reader, and any word index, would see
        one token "GDP3" there, while the generator meant two."""
        out = []
        for token in tokens:
            if out and ascii_word(out[-1][0][-1]) and ascii_word(token[0][0]):
                out.append((self.pick_cjk_word(), "word"))
            out.append(token)
        return out

    def pick_cjk_word(self):
        return self.rng.choice(self.topics)

    def display_line(self, low, high):
        """A headline, deck or section head: words only, maybe one comma."""
        rng = self.rng
        out, length = [], rng.randint(low, high)
        while sum(len(t) for t, _ in out) < length:
            out.append((rng.choice(self.topics) if rng.random() < 0.4 else rng.choice(self.v.headline_words), "word"))
            if rng.random() < 0.08 and len(out) > 1:
                out.append(("，", "punct"))
        if out[-1][0] == "，":
            out.pop()
        return out


def width(ch):
    return 1 if ord(ch) < 0x80 else 2


def wrap(text, columns, indent=2):
    """Line-break offsets for a paragraph set in lines of `columns` CJK characters.

    The first line is `indent` characters shorter: the paragraph's indent,
    lost in extraction, as on the seed. ASCII counts half a CJK character. A
    run of ASCII letters and digits (GDP, 2020, 25) is never broken; closing
    punctuation hangs at the end of the line it follows; opening punctuation
    never ends a line.
    """
    breaks, used, line_start = [], 0, 0
    for i, ch in enumerate(text):
        w = width(ch)
        limit = 2 * (columns - indent) if not breaks else 2 * columns
        if used + w > limit and i > line_start and ch not in CLOSING and ch != " ":
            b = i
            while b > line_start + 1 and (ascii_word(text[b - 1]) and ascii_word(text[b]) or text[b - 1] in OPENING):
                b -= 1
            breaks.append(b)
            line_start = b
            used = sum(width(c) for c in text[b:i])
        used += w
    return breaks


def ascii_word(ch):
    """A Latin letter or a digit, ASCII or full width: what a word index
    (after width folding) reads as part of one Latin token."""
    return ch.isascii() and ch.isalnum() or "\uff10" <= ch <= "\uff5a" and ch.isalnum()


def word_spans(tokens):
    spans, offset = [], 0
    for t, kind in tokens:
        if kind == "word" and len(t) >= 2:
            spans.append((offset, offset + len(t), t))
        offset += len(t)
    return spans


class PageBuilder:
    def __init__(self, vocabulary, rng, published, meta):
        self.v, self.rng, self.published, self.meta = vocabulary, rng, published, meta
        self.blocks = []          # list of list-of-lines; joined with blank lines
        self.page_end = []        # displaced section heads and pull quotes
        self.page_words = []      # (article index, word) for AND pairs
        self.article_texts = {}   # article index -> all its text, for article-level AND truth

    def body(self, writer, article_index, budget, first_with_byline, wide_lead):
        rng = self.rng
        columns = rng.randint(12, 15)
        column_height = rng.randint(16, 30)
        lines_in_column = rng.randint(0, column_height - 1)
        written, paragraph_index = 0, 0
        section_heads_left = rng.choice((0, 0, 1, 2)) if budget > 500 else 0
        pull_quotes = []
        current_block = []
        while written < budget:
            length = rng.randint(40, 220)
            tokens = writer.paragraph(length)
            if paragraph_index == 0 and first_with_byline:
                lead = byline(rng, self.published)
                tokens = [((" " if rng.random() < 0.3 else "") + lead + " ", "byline")] + tokens
            text = "".join(t for t, _ in tokens)
            # The byline belongs to its article (its place names and reporters are
            # searched with it), on a line of its own as a head is.
            lines_of_text = [t.strip() for t, kind in tokens if kind == "byline"] + ["".join(t for t, kind in tokens if kind != "byline")]
            self.article_texts[article_index] = self.article_texts.get(article_index, "") + "\n" + "\n".join(lines_of_text)
            breaks = wrap(text, 40 if (paragraph_index == 0 and wide_lead) else columns)
            # pull quote: a clause of this paragraph, verbatim
            if rng.random() < 0.12 and len(pull_quotes) < 2:
                clauses = [c for c in text.replace("。", "，").replace("！", "，").replace("？", "，").split("，") if 8 <= len(c) <= 18 and " " not in c]
                if clauses:
                    pull_quotes.append(rng.choice(clauses))
            lines, start = [], 0
            for b in breaks + [len(text)]:
                lines.append(text[start:b])
                start = b
            # column breaks: a blank line wherever a column fills up
            column_break_after = set()
            for index in range(len(lines)):
                lines_in_column += 1
                if lines_in_column >= column_height:
                    if index < len(lines) - 1:
                        column_break_after.add(index)
                    lines_in_column = 0
            self.record_splits(tokens, breaks, {breaks[i] for i in column_break_after})
            self.record_phrase(tokens, breaks)
            for t, kind in tokens:
                if kind == "word" and len(t) >= 2 and rng.random() < 0.05:
                    self.page_words.append((article_index, t))
            chunk = []
            for index, line in enumerate(lines):
                chunk.append(line)
                if index in column_break_after:
                    current_block.append(chunk)
                    chunk = []
            current_block.append(chunk)
            written += len(text)
            paragraph_index += 1
            if section_heads_left and written < budget * 0.8 and rng.random() < 0.35:
                section_heads_left -= 1
                head = self.display_text(writer, 4, 12)
                self.article_texts[article_index] = self.article_texts.get(article_index, "") + "\n" + head
                lines = [head] if len(head) < 8 or rng.random() < 0.5 else [head[: len(head) // 2], head[len(head) // 2:]]
                if rng.random() < 0.25:
                    self.page_end.append(lines)
                else:
                    current_block.append(lines)
        return current_block, pull_quotes

    def display_text(self, writer, low, high):
        tokens = writer.display_line(low, high)
        for t, kind in tokens:
            if kind == "word":
                self.meta.count(t)
        return "".join(t for t, _ in tokens)

    def record_splits(self, tokens, breaks, column_breaks):
        break_set = set(breaks)
        for start, end, word in word_spans(tokens):
            self.meta.count(word)
            for b in range(start + 1, end):
                if b in break_set:
                    self.meta.split(word, "column" if b in column_breaks else "line")

    def record_phrase(self, tokens, breaks):
        """One candidate phrase per paragraph: 2-3 consecutive words, 4-9 characters."""
        rng = self.rng
        runs, offset = [], 0
        positions = []
        for t, kind in tokens:
            positions.append((offset, t, kind))
            offset += len(t)
        start = rng.randrange(len(positions))
        n = rng.randint(2, 3)
        window = positions[start:start + n]
        if len(window) < n or any(kind != "word" for _, _, kind in window):
            return
        phrase = "".join(t for _, t, _ in window)
        if not 4 <= len(phrase) <= 9:
            return
        begin, end = window[0][0], window[-1][0] + len(window[-1][1])
        crosses = any(begin < b < end for b in breaks)
        self.meta.phrase(phrase, crosses)

    def build(self, article_count, byte_budget):
        rng = self.rng
        chars = int(byte_budget / 3 * 0.82)  # paragraphs overshoot their budget; headlines and quotes add more
        shares = [rng.uniform(0.6, 1.4) for _ in range(article_count)]
        shares[0] *= 1.6
        total = sum(shares)
        out_blocks = []
        for index in range(article_count):
            writer = ArticleWriter(self.v, rng, self.published)
            budget = max(120, int(chars * shares[index] / total) - 30)
            headline = self.display_text(writer, 8, 18)
            deck = self.display_text(writer, 10, 22) if rng.random() < 0.4 else None
            self.article_texts[index] = headline + "\n" + (deck or "")
            after = rng.random() < (0.7 if index == 0 else 0.15)
            wide_lead = not after and rng.random() < 0.2
            body_blocks, pull_quotes = self.body(writer, index, budget, rng.random() < 0.8, wide_lead)
            head_blocks = [[headline]] + ([[deck]] if deck else [])
            if after:
                out_blocks.extend(body_blocks)
                out_blocks.extend(head_blocks)
                for quote in pull_quotes:
                    (out_blocks if rng.random() < 0.5 else self.page_end).append([quote])
            else:
                if wide_lead and body_blocks:
                    # the seed's second article: the wide lead follows the deck without a blank line
                    head_blocks[-1] = head_blocks[-1] + body_blocks[0]
                    body_blocks = body_blocks[1:]
                out_blocks.extend(head_blocks)
                out_blocks.extend(body_blocks)
                self.page_end.extend([q] for q in pull_quotes)
        out_blocks.extend(self.page_end)
        text = "\n\n".join("\n".join(block) for block in out_blocks if block) + "\n\n\n"
        # AND pairs: two words from different articles of the page, or from one
        words = self.page_words
        if len(words) >= 2:
            a, b = rng.sample(words, 2)
            if a[1] != b[1] and a[1] not in b[1] and b[1] not in a[1]:
                self.meta.pair(a[1], b[1])
        return text


class Meta:
    def __init__(self):
        self.words, self.splits, self.phrases, self.pairs = {}, {}, {}, []

    def count(self, word):
        self.words[word] = self.words.get(word, 0) + 1

    def split(self, word, where):
        entry = self.splits.setdefault(word, {"line": 0, "column": 0})
        entry[where] += 1

    def phrase(self, phrase, crosses):
        entry = self.phrases.setdefault(phrase, {"count": 0, "crosses_break": 0})
        entry["count"] += 1
        entry["crosses_break"] += int(crosses)

    def pair(self, a, b):
        self.pairs.append([a, b])

    def merge(self, other):
        for w, c in other.words.items():
            self.words[w] = self.words.get(w, 0) + c
        for w, e in other.splits.items():
            mine = self.splits.setdefault(w, {"line": 0, "column": 0})
            mine["line"] += e["line"]
            mine["column"] += e["column"]
        for p, e in other.phrases.items():
            mine = self.phrases.setdefault(p, {"count": 0, "crosses_break": 0})
            mine["count"] += e["count"]
            mine["crosses_break"] += e["crosses_break"]
        self.pairs.extend(other.pairs)


def schedule(pages, seed):
    """(file name, date, page label, paper) for every page, in order."""
    rng = random.Random(f"folio-bench:{seed}:schedule")
    day = datetime.date(2019, 1, 1)
    rows = []
    while len(rows) < pages:
        per_day = rng.randint(4, 12)
        paper = rng.choice(["人民日报", "光明日报", "经济日报"])
        for page in range(1, per_day + 1):
            if len(rows) == pages:
                break
            index = len(rows)
            digest = hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()[:16]
            rows.append((f"{index:05d}_{digest}.txt", day, f"{page:02d}", paper))
        day += datetime.timedelta(days=1)
    return rows


@functools.lru_cache(maxsize=1)
def load_vocabulary(dictionary):
    return Vocabulary(dictionary)


def generate_range(args):
    dictionary, seed, rows, out_dir = args
    vocabulary = load_vocabulary(dictionary)
    meta = Meta()
    total = 0
    for name, day, _page, _paper in rows:
        index = int(name[:5])
        rng = random.Random(f"folio-bench:{seed}:page:{index}")
        builder = PageBuilder(vocabulary, rng, day, meta)
        byte_budget = int(max(2500, min(8000, rng.gauss(PAGE_BYTES, 900))))
        text = builder.build(rng.randint(2, 6), byte_budget)
        data = text.encode("utf-8")
        total += len(data)
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)
        # Article texts beside the pages, not among them (ripgrep reads the pages folder).
        articles_dir = os.path.join(os.path.dirname(out_dir), "articles")
        os.makedirs(articles_dir, exist_ok=True)
        with open(os.path.join(articles_dir, name[:-4] + ".json"), "w", encoding="utf-8") as f:
            json.dump([builder.article_texts[i] for i in sorted(builder.article_texts)], f, ensure_ascii=False)
    return meta, total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", choices=sorted(SIZES))
    parser.add_argument("--seed", type=int, default=20200328)
    parser.add_argument("--pages", type=int, help="override the page count of the size")
    parser.add_argument("--out", help="output folder (default bench/corpus-SIZE)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    pages = args.pages or SIZES[args.size]
    out = args.out or os.path.join(os.path.dirname(os.path.abspath(__file__)), f"corpus-{args.size}")
    pages_dir = os.path.join(out, "pages")
    os.makedirs(pages_dir, exist_ok=True)
    for old in os.listdir(pages_dir):
        os.remove(os.path.join(pages_dir, old))
    rows = schedule(pages, args.seed)
    dictionary = jieba_dictionary()
    chunks = [rows[i:i + 250] for i in range(0, len(rows), 250)]
    work = [(dictionary, args.seed, chunk, pages_dir) for chunk in chunks]
    if args.jobs > 1 and len(chunks) > 1:
        import multiprocessing
        with multiprocessing.Pool(args.jobs) as pool:
            results = pool.map(generate_range, work)
    else:
        results = [generate_range(w) for w in work]
    meta, total = Meta(), 0
    for m, t in results:  # in chunk order, so the merge is deterministic
        meta.merge(m)
        total += t
    with open(os.path.join(pages_dir, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("file,publication_date,page,paper\n")
        for name, day, page, paper in rows:
            f.write(f"{name},{day.isoformat()},{page},{paper}\n")
    info = {
        "seed": args.seed, "size": args.size, "pages": pages, "bytes": total,
        "jieba_version": __import__("jieba").__version__,
        "latin": [t for t, _ in LATIN],
        "words": dict(sorted(meta.words.items())),
        "splits": dict(sorted(meta.splits.items())),
        "phrases": dict(sorted(meta.phrases.items())),
        "pairs": meta.pairs,
    }
    with open(os.path.join(out, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(info, f, ensure_ascii=False, sort_keys=True, indent=0)
        f.write("\n")
    print(f"{pages} pages, {total / 1e6:.1f} MB of text in {pages_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
