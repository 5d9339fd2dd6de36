#!/usr/bin/env python3
"""Folio's benchmark: import, latency, recall and precision, against the
tools a user would otherwise pick, on one generated corpus in one run.

    bench/run.sh small|medium          # makes the venv, builds, then runs this
    bench/.venv/bin/python bench/run.py small [--reps-process 3] [--reps-inprocess 10] [--per-kind 30]

Writes bench/out/results-SIZE.md, results-SIZE.json, performance-SIZE.md and
queries-SIZE.json. See bench/README.md for what is measured and how.
"""

import argparse
import collections
import datetime
import hashlib
import json
import math
import os
import platform
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
VENV_BIN = os.path.join(BENCH, ".venv", "bin")
KINDS = ["char", "word2", "word34", "phrase", "latin", "and"]
KIND_NAMES = {
    "char": "single character", "word2": "2-character word", "word34": "3–4-character word",
    "phrase": "phrase", "latin": "Latin token", "and": "AND (2 words)",
}
TOOLS = ["folio", "ripgrep", "sqlite-utils", "tantivy"]


# ---------------------------------------------------------------- utilities

def log(message):
    print(message, file=sys.stderr, flush=True)


def percentile(samples, p):
    """Nearest-rank percentile; None for no samples."""
    if not samples:
        return None
    ordered = sorted(samples)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def ascii_word(ch):
    return ch.isascii() and ch.isalnum()


WHITESPACE = re.compile(r"\s+")


def normalize(text):
    """The page text a reader sees: line breaks and whitespace removed,
    except that a run between two ASCII letters or digits becomes one space
    (so "COVID 19" and "GDP\\n2020" stay two words)."""
    def replace(m):
        a, b = m.start(), m.end()
        if a > 0 and b < len(text) and ascii_word(text[a - 1]) and ascii_word(text[b]):
            return " "
        return ""
    return WHITESPACE.sub(replace, text)


def timed_process(argv, **kwargs):
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, **kwargs)
    return (time.perf_counter() - start) * 1000, done


def time_v(argv, **kwargs):
    """Runs argv under /usr/bin/time -v when present: (wall s, peak RSS bytes or None, completed)."""
    prefix = ["/usr/bin/time", "-v"] if os.path.exists("/usr/bin/time") else []
    start = time.perf_counter()
    done = subprocess.run(prefix + argv, capture_output=True, text=True, **kwargs)
    wall = time.perf_counter() - start
    rss = None
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr or "")
    if match:
        rss = int(match.group(1)) * 1024
    return wall, rss, done


def file_size(*paths):
    return sum(os.path.getsize(p) for p in paths if os.path.exists(p))


def tree_size(path):
    total = 0
    for folder, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(folder, f)) for f in files)
    return total


def sha256_file(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


# ---------------------------------------------------------------- machine

def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = None
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    memory = int(line.split()[1]) * 1024
    except OSError:
        pass
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "nproc": os.cpu_count(), "cpu": cpu, "memory_bytes": memory, "os": platform.platform(),
        "date_utc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "folio_commit": commit, "sqlite_python": sqlite3.sqlite_version, "loadavg_at_start": load,
    }


# ---------------------------------------------------------------- corpus

class Corpus:
    def __init__(self, folder):
        self.folder = folder
        self.pages_dir = os.path.join(folder, "pages")
        with open(os.path.join(folder, "meta.json"), encoding="utf-8") as f:
            self.meta = json.load(f)
        self.names = sorted(n for n in os.listdir(self.pages_dir) if n.endswith(".txt"))
        articles_dir = os.path.join(folder, "articles")
        self.articles = None
        if os.path.isdir(articles_dir):
            self.articles = []
            for name in self.names:
                with open(os.path.join(articles_dir, name[:-4] + ".json"), encoding="utf-8") as f:
                    self.articles.append([normalize(t) for t in json.load(f)])
        self.raw_bytes = 0
        self.normalized = []
        for name in self.names:
            with open(os.path.join(self.pages_dir, name), "rb") as f:
                data = f.read()
            self.raw_bytes += len(data)
            self.normalized.append(normalize(data.decode("utf-8")))

    def blocks(self, i):
        """The page's blank-line-separated blocks, each normalized on its own."""
        with open(os.path.join(self.pages_dir, self.names[i]), encoding="utf-8") as f:
            return [normalize(b) for b in re.split(r"\n[ \t\u3000]*\n", f.read())]

    def truth(self, terms, same_article=False):
        """Pages whose text contains every term; with `same_article`, pages
        with one article (as the generator wrote it: heads, byline, section
        heads and paragraphs) that contains every term. An AND question is about
        articles: two words in two different stories of a page do not answer it."""
        if same_article and self.articles is not None:
            return {name for name, texts in zip(self.names, self.articles)
                    if any(all(t in text for t in terms) for text in texts)}
        return {name for name, text in zip(self.names, self.normalized) if all(t in text for t in terms)}


def ensure_corpus(size, seed):
    folder = os.path.join(BENCH, f"corpus-{size}")
    generator = os.path.join(BENCH, "generate.py")
    meta_path = os.path.join(folder, "meta.json")
    stamp = os.path.join(folder, "generator.sha256")
    wanted = f"{sha256_file(generator)} seed={seed}"
    if os.path.exists(meta_path) and os.path.exists(stamp) and open(stamp).read().strip() == wanted:
        log(f"corpus: reusing {folder}")
        return folder
    log(f"corpus: generating {size} (seed {seed}) ...")
    subprocess.run([sys.executable, generator, size, "--seed", str(seed), "--out", folder], check=True)
    with open(stamp, "w") as f:
        f.write(wanted + "\n")
    return folder


# ---------------------------------------------------------------- queries

def select_queries(corpus, per_kind, seed):
    """Draws `per_kind` queries of each kind from the corpus vocabulary,
    deterministically; every query matches at least one page."""
    rng = random.Random(f"folio-bench-queries:{seed}")
    meta = corpus.meta
    queries = []

    def add(kind, terms, note=""):
        if any(q["terms"] == terms for q in queries):
            return False
        truth = corpus.truth(terms, same_article=(kind == "and"))
        if truth:
            queries.append({"kind": kind, "terms": terms, "note": note, "truth": sorted(truth)})
            return True
        return False

    def spread(candidates, n):
        """n items spread over a list ordered by frequency (common to rare), log-spaced ranks."""
        if len(candidates) <= n:
            return list(candidates)
        picked, used = [], set()
        for i in range(n):
            rank = int(round(math.exp(math.log(len(candidates)) * i / max(1, n - 1)))) - 1
            rank = min(len(candidates) - 1, max(0, rank + rng.randint(0, 2)))
            while rank in used and rank + 1 < len(candidates):
                rank += 1
            used.add(rank)
            picked.append(candidates[rank])
        return picked

    # single characters, common to rare
    counts = collections.Counter()
    for text in corpus.normalized:
        counts.update(c for c in text if "\u4e00" <= c <= "\u9fff")
    chars = sorted(counts, key=lambda c: (-counts[c], c))
    for c in spread(chars, per_kind):
        add("char", [c])

    words, splits = meta["words"], meta["splits"]

    def word_kind(kind, lengths):
        pool = sorted((w for w in words if len(w) in lengths), key=lambda w: (-words[w], w))
        split_column = sorted(w for w in pool if splits.get(w, {}).get("column"))
        split_line = sorted(w for w in pool if splits.get(w, {}).get("line") and not splits[w].get("column"))
        chosen = []
        for w in rng.sample(split_column, min(len(split_column), per_kind // 4)):
            chosen.append((w, "split at a column break"))
        for w in rng.sample(split_line, min(len(split_line), per_kind // 4)):
            if w not in dict(chosen):
                chosen.append((w, "split at a line break"))
        rest = [w for w in pool if w not in dict(chosen)]
        for w in spread(rest, per_kind - len(chosen)):
            chosen.append((w, ""))
        for w, note in chosen:
            add(kind, [w], note)

    word_kind("word2", (2,))
    word_kind("word34", (3, 4))

    phrases = meta["phrases"]
    crossing = sorted(p for p, e in phrases.items() if e["crosses_break"])
    plain = sorted(p for p, e in phrases.items() if not e["crosses_break"])
    for p in rng.sample(crossing, min(len(crossing), per_kind // 2)):
        add("phrase", [p], "split at a line or column break")
    for p in rng.sample(plain, min(len(plain), per_kind - per_kind // 2)):
        add("phrase", [p])

    # Latin tokens: only those whose substring truth equals their word truth
    # (case-insensitive too), so that substring truth is fair to word indexes.
    for token in meta["latin"][:]:
        if len([q for q in queries if q["kind"] == "latin"]) >= per_kind:
            break
        pattern = re.compile(r"(?<![A-Za-z0-9])" + re.escape(token) + r"(?![A-Za-z0-9])", re.I)
        lowered = token.lower()
        substring = corpus.truth([token])
        word = {n for n, t in zip(corpus.names, corpus.normalized) if pattern.search(t)}
        folded = {n for n, t in zip(corpus.names, corpus.normalized) if lowered in t.lower()}
        if substring and substring == word == folded:
            add("latin", [token])

    # AND: half pairs of words that the generator put on one page (mostly
    # rare, few pages), half pairs of common words (many pages).
    pairs = sorted({tuple(p) for p in meta["pairs"]})
    for a, b in rng.sample(pairs, min(len(pairs), per_kind // 2)):
        add("and", [a, b], "words from one page")
    common = sorted((w for w in words if 2 <= len(w) <= 4), key=lambda w: (-words[w], w))[:400]
    tries = 0
    while sum(q["kind"] == "and" for q in queries) < per_kind and tries < 20 * per_kind:
        tries += 1
        a, b = rng.sample(common, 2)
        if a not in b and b not in a:
            add("and", [a, b], "common words")

    for i, q in enumerate(queries):
        q["id"] = f"{q['kind']}-{i:03d}"
        q["query"] = " ".join(q["terms"])
        # Folio's query language: a multi-character phrase is written in quotes.
        q["folio_query"] = f'"{q["terms"][0]}"' if q["kind"] == "phrase" else q["query"]
    return queries


# ---------------------------------------------------------------- scoring

def quality(answer, truth):
    answer, truth = set(answer), set(truth)
    hits = len(answer & truth)
    recall = hits / len(truth) if truth else 1.0
    precision = hits / len(answer) if answer else 1.0
    return recall, precision


def diagnose(tool_result, queries, corpus):
    """Why a tool's answers differ from the truth, query by query: a missed
    page is 'within a block' when the query occurs in the page with only
    single line breaks removed (a word broken across lines), and 'across a
    blank line' when it occurs only once blank lines are removed too (a
    column break, or by chance across a paragraph, headline or article
    boundary, which an article-level index may rightly not match)."""
    index = {n: i for i, n in enumerate(corpus.names)}
    out = {}
    for q in queries:
        answer = set(tool_result.get("answers", {}).get(q["id"], []))
        truth = set(q["truth"])
        missed, extra = sorted(truth - answer), sorted(answer - truth)
        if not missed and not extra:
            continue
        within = 0
        for name in missed:
            blocks = corpus.blocks(index[name])
            if all(any(t in b for b in blocks) for t in q["terms"]):
                within += 1
        out[q["id"]] = {"query": q["query"], "missed": len(missed), "missed_within_block": within,
                        "missed_across_blank_line": len(missed) - within, "false_positives": len(extra),
                        "examples_missed": missed[:3], "examples_extra": extra[:3]}
    return out


def summarize(tool_result, queries):
    """Per kind: latency percentiles and mean recall/precision."""
    by_kind = {}
    for kind in KINDS:
        ids = [q["id"] for q in queries if q["kind"] == kind]
        if not ids:
            continue
        entry = {"queries": len(ids)}
        for mode in ("inprocess", "process"):
            samples = [t for i in ids for t in tool_result.get(mode, {}).get(i, [])]
            entry[f"{mode}_p50_ms"] = percentile(samples, 50)
            entry[f"{mode}_p95_ms"] = percentile(samples, 95)
        answers = tool_result.get("answers", {})
        if answers:
            scored = [quality(answers[i], q["truth"]) for q in queries if q["kind"] == kind for i in [q["id"]] if i in answers]
            if scored:
                entry["recall"] = sum(r for r, _ in scored) / len(scored)
                entry["precision"] = sum(p for _, p in scored) / len(scored)
                entry["exact"] = sum(1 for r, p in scored if r == 1.0 and p == 1.0)
        by_kind[kind] = entry
    return by_kind


# ---------------------------------------------------------------- tools

class Folio:
    name = "folio"

    def __init__(self, args, out):
        self.binary = args.folio
        self.bench_binary = args.folio_bench
        self.db = os.path.join(out, f"folio-{args.size}.db")

    def available(self):
        for b in (self.binary, self.bench_binary):
            if not os.access(b, os.X_OK):
                return f"{b} not built (run bench/run.sh, which builds it)"
        return None

    def import_(self, corpus):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(self.db + suffix):
                os.remove(self.db + suffix)
        wall, rss, done = time_v([self.binary, "import", corpus.pages_dir, "--db", self.db, "--quiet"])
        if done.returncode not in (0,):
            log(f"folio import exited {done.returncode}: {done.stderr[-2000:]}")
        summary = [l for l in done.stderr.splitlines() if "imported" in l]
        return {"wall_s": wall, "peak_rss_bytes": rss, "size_bytes": file_size(self.db, self.db + "-wal"),
                "exit_code": done.returncode, "summary": summary[-1] if summary else None}

    def inprocess(self, queries, args, out):
        path = os.path.join(out, f"folio-bench-queries-{args.size}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump([{"id": q["id"], "kind": q["kind"], "query": q["folio_query"]} for q in queries], f, ensure_ascii=False)
        done = subprocess.run([self.bench_binary, self.db, path, "--repeat", str(args.reps_inprocess),
                               "--warmup", "2", "--sources"], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"folio-bench failed: {done.stderr[-2000:]}")
        report = json.loads(done.stdout)
        timings, answers, errors = {}, {}, {}
        for q in report["queries"]:
            timings[q["id"]] = q["timings_ms"]
            answers[q["id"]] = q.get("sources") or []
            if q.get("error"):
                errors[q["id"]] = q["error"]
        return timings, answers, errors, report.get("open_ms")

    def process(self, query, limit):
        argv = [self.binary, "search", query["folio_query"], "--db", self.db, "--format", "jsonl"]
        if limit:
            argv += ["--limit", str(limit)]
        ms, done = timed_process(argv)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"folio search {query['folio_query']!r} exited {done.returncode}: {done.stderr.decode()[-500:]}")
        names = []
        for line in done.stdout.decode("utf-8").splitlines():
            if line.strip():
                names.append(json.loads(line)["source"])
        return ms, names


class Ripgrep:
    name = "ripgrep"

    def __init__(self, args, out):
        self.binary = shutil.which("rg")

    def available(self):
        return None if self.binary else "rg not found (bench/run.sh installs it with apt-get install ripgrep)"

    def process(self, query, pages_dir):
        """rg -l -F for the first term, then each further term over the files listed so far."""
        total, files = 0.0, None
        for term in query["terms"]:
            argv = [self.binary, "-l", "-F", "--no-ignore", "--no-messages", "-e", term]
            # relative names keep the argument list of an AND's second step short
            argv += ["-g", "*.txt", "."] if files is None else files
            if files is not None and not files:
                break
            ms, done = timed_process(argv, cwd=pages_dir)
            total += ms
            if done.returncode not in (0, 1):
                raise RuntimeError(f"rg exited {done.returncode}: {done.stderr.decode()[-300:]}")
            files = [l for l in done.stdout.decode("utf-8").splitlines() if l]
        return total, sorted({os.path.basename(f) for f in files or []})


class SqliteUtils:
    """sqlite-utils insert-files + enable-fts --tokenize trigram, queried the way its docs suggest."""
    name = "sqlite-utils"

    def __init__(self, args, out):
        self.binary = os.path.join(VENV_BIN, "sqlite-utils")
        self.db = os.path.join(out, f"sqlite-utils-{args.size}.db")
        self.connection = None

    def available(self):
        if not os.access(self.binary, os.X_OK):
            return "sqlite-utils not installed in bench/.venv"
        try:
            c = sqlite3.connect(":memory:")
            c.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
        except sqlite3.Error as e:
            return f"this SQLite has no FTS5 trigram tokenizer ({e})"
        return None

    def import_(self, corpus):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(self.db + suffix):
                os.remove(self.db + suffix)
        files = [os.path.join(corpus.pages_dir, n) for n in corpus.names]
        w1, r1, d1 = time_v([self.binary, "insert-files", self.db, "pages", *files, "-c", "name:name",
                             "-c", "content:content_text", "--pk", "name", "--text", "--silent"])
        if d1.returncode:
            raise RuntimeError(f"sqlite-utils insert-files: {d1.stderr[-1000:]}")
        w2, r2, d2 = time_v([self.binary, "enable-fts", self.db, "pages", "content", "--tokenize", "trigram"])
        if d2.returncode:
            raise RuntimeError(f"sqlite-utils enable-fts: {d2.stderr[-1000:]}")
        rss = max(r for r in (r1, r2) if r is not None) if (r1 or r2) else None
        return {"wall_s": w1 + w2, "peak_rss_bytes": rss, "size_bytes": file_size(self.db, self.db + "-wal"),
                "steps": {"insert-files_s": w1, "enable-fts_s": w2}}

    @staticmethod
    def sql(terms):
        """MATCH for terms of 3+ characters (trigrams need three); shorter terms
        (which the trigram index cannot answer at all: MATCH and LIKE on the FTS
        table return nothing) use LIKE on the content table, a full scan.
        Returns (sql, params)."""
        long_terms = [t for t in terms if len(t) >= 3]
        clauses, params = [], []
        for term in long_terms:
            clauses.append("pages_fts MATCH ?")
            params.append('"' + term.replace('"', '""') + '"')
        for term in terms:
            if len(term) < 3:
                clauses.append("pages.content LIKE ?")
                params.append("%" + term + "%")
        source = "pages_fts JOIN pages ON pages.rowid = pages_fts.rowid" if long_terms else "pages"
        return f"SELECT pages.name FROM {source} WHERE " + " AND ".join(clauses), params

    def inprocess(self, queries, args):
        self.connection = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
        timings, answers = {}, {}
        for q in queries:
            sql, params = self.sql(q["terms"])
            start = time.perf_counter()
            for _ in range(2):
                self.connection.execute(sql, params).fetchall()
            # A full scan (terms under 3 characters) costs long on the medium
            # corpus; 3 timed runs say enough about it.
            slow = (time.perf_counter() - start) > 0.2
            samples = []
            for _ in range(min(3, args.reps_inprocess) if slow else args.reps_inprocess):
                start = time.perf_counter()
                rows = self.connection.execute(sql, params).fetchall()
                samples.append((time.perf_counter() - start) * 1000)
            timings[q["id"]] = samples
            answers[q["id"]] = sorted({r[0] for r in rows})
        return timings, answers

    def process(self, query):
        sql, params = self.sql(query["terms"])
        named = sql
        argv = [self.binary, "query", self.db]
        for i, p in enumerate(params):
            named = named.replace("?", f":p{i}", 1)
            argv += ["-p", f"p{i}", p]
        argv.insert(3, named)
        ms, done = timed_process(argv)
        if done.returncode:
            raise RuntimeError(f"sqlite-utils query: {done.stderr.decode()[-500:]}")
        return ms, sorted({row["name"] for row in json.loads(done.stdout.decode("utf-8") or "[]")})


class Tantivy:
    name = "tantivy"

    def __init__(self, args, out):
        self.python = os.path.join(VENV_BIN, "python")
        self.tool = os.path.join(BENCH, "tantivy_tool.py")
        self.index_dir = os.path.join(out, f"tantivy-{args.size}")

    def available(self):
        done = subprocess.run([self.python, "-c", "import tantivy"], capture_output=True, text=True)
        return None if done.returncode == 0 else "the tantivy Python binding is not installed in bench/.venv"

    def import_(self, corpus):
        shutil.rmtree(self.index_dir, ignore_errors=True)
        wall, rss, done = time_v([self.python, self.tool, "index", corpus.pages_dir, self.index_dir])
        if done.returncode:
            raise RuntimeError(f"tantivy index: {done.stderr[-1000:]}")
        return {"wall_s": wall, "peak_rss_bytes": rss, "size_bytes": tree_size(self.index_dir)}

    def inprocess(self, queries, args, out):
        path = os.path.join(out, f"tantivy-queries-{args.size}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump([{"id": q["id"], "terms": q["terms"]} for q in queries], f, ensure_ascii=False)
        done = subprocess.run([self.python, self.tool, "bench", self.index_dir, path, "--repeat", str(args.reps_inprocess)],
                              capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"tantivy bench: {done.stderr[-1000:]}")
        report = json.loads(done.stdout)
        return ({q["id"]: q["timings_ms"] for q in report["queries"]},
                {q["id"]: q["sources"] for q in report["queries"]})

    def process(self, query):
        ms, done = timed_process([self.python, self.tool, "search", self.index_dir, *query["terms"]])
        if done.returncode:
            raise RuntimeError(f"tantivy search: {done.stderr.decode()[-500:]}")
        return ms, sorted(l for l in done.stdout.decode("utf-8").splitlines() if l)


# ---------------------------------------------------------------- the run

def repeat_process(run_once, reps):
    """One untimed warm-up, then `reps` timed runs; returns (timings, last answer)."""
    run_once()
    timings, answer = [], None
    for _ in range(reps):
        ms, answer = run_once()
        timings.append(ms)
    return timings, answer


def run(args):
    out = args.out
    os.makedirs(out, exist_ok=True)
    info = machine()
    folder = ensure_corpus(args.size, args.seed)
    log("corpus: reading and normalizing pages ...")
    corpus = Corpus(folder)
    log(f"corpus: {len(corpus.names)} pages, {corpus.raw_bytes / 1e6:.1f} MB")
    queries = select_queries(corpus, args.per_kind, args.seed)
    with open(os.path.join(out, f"queries-{args.size}.json"), "w", encoding="utf-8") as f:
        json.dump(queries, f, ensure_ascii=False, indent=1)
    per_kind = ", ".join(f"{k} {sum(q['kind'] == k for q in queries)}" for k in KINDS)
    log(f"queries: {len(queries)} ({per_kind})")

    results = {"machine": info, "corpus": {"size": args.size, "pages": len(corpus.names), "raw_bytes": corpus.raw_bytes,
                                           "seed": corpus.meta["seed"], "jieba_version": corpus.meta.get("jieba_version")},
               "settings": {"reps_process": args.reps_process, "reps_inprocess": args.reps_inprocess, "per_kind": args.per_kind},
               "tools": {}, "skipped": {}}
    tools = {"folio": Folio(args, out), "ripgrep": Ripgrep(args, out), "sqlite-utils": SqliteUtils(args, out),
             "tantivy": Tantivy(args, out)}
    for name, tool in tools.items():
        if name in args.skip:
            results["skipped"][name] = "skipped with --skip"
            continue
        reason = tool.available()
        if reason:
            log(f"SKIP {name}: {reason}")
            results["skipped"][name] = reason
            continue
        log(f"== {name}")
        r = {"process": {}, "inprocess": {}, "answers": {}}
        try:
            if hasattr(tool, "import_"):
                log(f"{name}: import ...")
                imp = tool.import_(corpus)
                imp["mb_per_s"] = corpus.raw_bytes / 1e6 / imp["wall_s"]
                imp["size_over_raw"] = imp["size_bytes"] / corpus.raw_bytes
                r["import"] = imp
                log(f"{name}: import {imp['mb_per_s']:.2f} MB/s, peak RSS "
                    f"{(imp['peak_rss_bytes'] or 0) / 2**20:.0f} MiB, size/raw {imp['size_over_raw']:.2f}")
            if name == "folio":
                log("folio: in-process (folio-bench) ...")
                timings, answers, errors, open_ms = tool.inprocess(queries, args, out)
                r["inprocess"], r["answers"], r["errors"], r["open_ms"] = timings, answers, errors, open_ms
                log("folio: whole process ...")
                r["process_all"], r["answers_process"] = {}, {}
                for q in queries:
                    r["process"][q["id"]], _ = repeat_process(lambda: tool.process(q, None), args.reps_process)
                    ms, names = tool.process(q, 1_000_000)
                    r["process_all"][q["id"]] = [ms]
                    r["answers_process"][q["id"]] = sorted(set(names))
                mismatched = [i for i in r["answers"] if set(r["answers"][i]) != set(r["answers_process"][i])]
                r["inprocess_vs_process_mismatches"] = mismatched
            elif name == "ripgrep":
                for q in queries:
                    r["process"][q["id"]], r["answers"][q["id"]] = repeat_process(
                        lambda: tool.process(q, corpus.pages_dir), args.reps_process)
            elif name == "sqlite-utils":
                log("sqlite-utils: in-process (Python sqlite3) ...")
                r["inprocess"], r["answers"] = tool.inprocess(queries, args)
                log("sqlite-utils: whole process (sqlite-utils query) ...")
                for q in queries:
                    r["process"][q["id"]], _ = repeat_process(lambda: tool.process(q), args.reps_process)
            elif name == "tantivy":
                log("tantivy: in-process ...")
                r["inprocess"], r["answers"] = tool.inprocess(queries, args, out)
                log("tantivy: whole process (a Python script per query) ...")
                for q in queries:
                    r["process"][q["id"]], _ = repeat_process(lambda: tool.process(q), args.reps_process)
        except Exception as e:  # a tool that breaks is reported, not fatal
            log(f"FAIL {name}: {e}")
            results["skipped"][name] = f"failed: {e}"
            continue
        r["by_kind"] = summarize(r, queries)
        r["differences"] = diagnose(r, queries, corpus)
        if name == "folio":
            r["by_kind_process_all"] = summarize({"process": r["process_all"]}, queries)
        results["tools"][name] = r
    results["targets"] = targets(results)
    write_reports(results, queries, out, args.size)


# ---------------------------------------------------------------- targets and reports

def targets(results):
    tools = results["tools"]
    folio = tools.get("folio")
    checks = []

    def check(name, ok, detail):
        checks.append({"target": name, "status": "PASS" if ok else ("FAIL" if ok is not None else "N/A"), "detail": detail})

    if not folio:
        check("folio measured", None, "folio was not measured")
        return checks
    kinds = folio["by_kind"]
    worst_r = min(kinds.items(), key=lambda kv: kv[1].get("recall", 0))
    worst_p = min(kinds.items(), key=lambda kv: kv[1].get("precision", 0))
    all_exact = all(v.get("exact") == v["queries"] for v in kinds.values())
    check("recall and precision 1.00 on every query kind", all_exact,
          f"lowest recall {worst_r[1].get('recall', 0):.3f} ({KIND_NAMES[worst_r[0]]}), "
          f"lowest precision {worst_p[1].get('precision', 0):.3f} ({KIND_NAMES[worst_p[0]]})")
    imp = folio.get("import", {})
    su = tools.get("sqlite-utils", {}).get("import")
    if su:
        ratio = imp["mb_per_s"] / su["mb_per_s"]
        check("import throughput ≥ 1.4 × sqlite-utils trigram", ratio >= 1.4,
              f"{imp['mb_per_s']:.2f} vs {su['mb_per_s']:.2f} MB/s = {ratio:.2f}×")
    else:
        check("import throughput ≥ 1.4 × sqlite-utils trigram", None, "sqlite-utils not measured")
    rg = tools.get("ripgrep")
    if rg:
        ratios = {k: kinds[k]["process_p50_ms"] / rg["by_kind"][k]["process_p50_ms"] for k in kinds if k in rg["by_kind"]}
        worst = max(ratios.items(), key=lambda kv: kv[1])
        check("whole-process folio search p50 ≤ 1/5 of ripgrep's (every kind)", worst[1] <= 0.2,
              f"worst {KIND_NAMES[worst[0]]}: {kinds[worst[0]]['process_p50_ms']:.1f} ms vs "
              f"{rg['by_kind'][worst[0]]['process_p50_ms']:.1f} ms = {worst[1]:.2f}")
    else:
        check("whole-process folio search p50 ≤ 1/5 of ripgrep's", None, "ripgrep not measured")
    worst = max(kinds.items(), key=lambda kv: kv[1]["inprocess_p95_ms"] or 0)
    check("in-process p95 ≤ 5 ms (every kind)", worst[1]["inprocess_p95_ms"] <= 5.0,
          f"worst {KIND_NAMES[worst[0]]}: {worst[1]['inprocess_p95_ms']:.2f} ms")
    check("database ≤ 3 × raw text", imp["size_over_raw"] <= 3.0, f"{imp['size_over_raw']:.2f}×")
    rss = imp.get("peak_rss_bytes")
    check("import peak RSS < 200 MB", None if rss is None else rss < 200e6,
          "not measured (/usr/bin/time missing)" if rss is None else f"{rss / 1e6:.0f} MB")
    return checks


def fmt_ms(v):
    return "–" if v is None else (f"{v:.2f}" if v < 10 else f"{v:.1f}" if v < 100 else f"{v:.0f}")


def fmt_q(v):
    return "–" if v is None else f"{v:.2f}"


def write_reports(results, queries, out, size):
    tools, corpus, m = results["tools"], results["corpus"], results["machine"]
    lines = [f"# Folio benchmark — {size} corpus", ""]
    lines.append(f"{corpus['pages']:,} pages, {corpus['raw_bytes'] / 1e6:.1f} MB of raw text (seed {corpus['seed']}, jieba "
                 f"{corpus['jieba_version']}); {len(queries)} queries. Machine: {m['nproc']} cores, {m['cpu']}, "
                 f"{(m['memory_bytes'] or 0) / 2**30:.0f} GiB; {m['date_utc']}; folio {m['folio_commit']}; "
                 f"load average at start {', '.join(f'{x:.2f}' for x in m['loadavg_at_start'] or [])}.")
    lines += ["", "## Import", "", "| tool | MB/s | wall s | peak RSS MB | size MB | size / raw |", "|---|---:|---:|---:|---:|---:|"]
    for name in TOOLS:
        imp = tools.get(name, {}).get("import")
        if imp:
            rss = imp["peak_rss_bytes"]
            lines.append(f"| {name} | {imp['mb_per_s']:.2f} | {imp['wall_s']:.1f} | {'–' if rss is None else f'{rss / 1e6:.0f}'} | "
                         f"{imp['size_bytes'] / 1e6:.1f} | {imp['size_over_raw']:.2f} |")
    lines += ["", "ripgrep has no import step (it reads the raw files every time).", ""]

    lines += ["## Search latency (ms, p50 / p95)", "",
              "In-process: folio through FolioQuery (`folio-bench`, limit 20 with snippets); sqlite-utils through Python's "
              "sqlite3; tantivy through its Python binding (limit 20). Whole process: `folio search Q --format jsonl` "
              "(default limit 20), `rg -l -F`, `sqlite-utils query`, a Python script per query for tantivy.", ""]
    columns = []  # (tool, mode)
    for t in TOOLS:
        if t in tools:
            if tools[t]["inprocess"]:
                columns.append((t, "inprocess"))
            columns.append((t, "process"))
    header = "| query kind | " + " | ".join(f"{t} {'in-process' if m == 'inprocess' else 'process'}" for t, m in columns) + " |"
    lines += [header, "|---|" + "---:|" * len(columns)]
    for kind in KINDS:
        cells = []
        for t, mode in columns:
            k = tools[t]["by_kind"].get(kind, {})
            cells.append(f"{fmt_ms(k.get(mode + '_p50_ms'))} / {fmt_ms(k.get(mode + '_p95_ms'))}")
        lines.append(f"| {KIND_NAMES[kind]} | " + " | ".join(cells) + " |")
    if "folio" in tools:
        lines += ["", "`folio search --limit 1000000` (every match listed, for recall), whole process, p50 / p95: " + ", ".join(
            f"{KIND_NAMES[k]} {fmt_ms(v['process_p50_ms'])} / {fmt_ms(v['process_p95_ms'])}"
            for k, v in tools["folio"]["by_kind_process_all"].items()) + "."]

    lines += ["", "## Recall / precision against substring truth (page level)", "",
              "| query kind | queries | " + " | ".join(t for t in TOOLS if t in tools) + " |",
              "|---|---:|" + "---:|" * len([t for t in TOOLS if t in tools])]
    for kind in KINDS:
        n = sum(q["kind"] == kind for q in queries)
        cells = []
        for t in TOOLS:
            if t not in tools:
                continue
            k = tools[t]["by_kind"].get(kind, {})
            cells.append(f"{fmt_q(k.get('recall'))} / {fmt_q(k.get('precision'))}")
        lines.append(f"| {KIND_NAMES[kind]} | {n} | " + " | ".join(cells) + " |")
    lines += ["", "Where answers differ from the truth (pages summed over all queries; \"across a blank line\" means the "
              "query occurs only when blank lines are removed too: a column break, or a paragraph, headline or "
              "article boundary):", ""]
    for t in TOOLS:
        if t not in tools:
            continue
        d = tools[t]["differences"].values()
        lines.append(f"- {t}: {len(d)} queries differ; missed pages {sum(x['missed'] for x in d)} "
                     f"(within a block {sum(x['missed_within_block'] for x in d)}, across a blank line "
                     f"{sum(x['missed_across_blank_line'] for x in d)}); false positives {sum(x['false_positives'] for x in d)}.")
    if results["skipped"]:
        lines += ["", "Skipped: " + "; ".join(f"{k}: {v}" for k, v in results["skipped"].items()) + "."]
    lines += ["", "## Targets" + (" (ratios from this run)" if size == "medium" else
                                     f" (set for the medium corpus; evaluated here on the {size} one)"), ""]
    for c in results["targets"]:
        lines.append(f"- **{c['status']}** {c['target']}: {c['detail']}")
    if tools.get("folio", {}).get("errors"):
        lines += ["", "Folio query errors: " + "; ".join(f"{k}: {v}" for k, v in tools["folio"]["errors"].items())]
    md = "\n".join(lines) + "\n"
    perf = performance_section(results, queries, size)
    with open(os.path.join(out, f"results-{size}.md"), "w", encoding="utf-8") as f:
        f.write(md + "\n" + perf)
    with open(os.path.join(out, f"performance-{size}.md"), "w", encoding="utf-8") as f:
        f.write(perf)
    with open(os.path.join(out, f"results-{size}.json"), "w", encoding="utf-8") as f:
        json.dump({**results, "queries": queries}, f, ensure_ascii=False, indent=1)
    # results.md / results.json: the latest run, whatever its size
    shutil.copyfile(os.path.join(out, f"results-{size}.md"), os.path.join(out, "results.md"))
    shutil.copyfile(os.path.join(out, f"results-{size}.json"), os.path.join(out, "results.json"))
    print(md)
    print(perf)
    print("Targets:")
    for c in results["targets"]:
        print(f"  {c['status']:4}  {c['target']} — {c['detail']}")
    log(f"wrote {out}/results-{size}.md, results-{size}.json, performance-{size}.md")


def performance_section(results, queries, size):
    tools, corpus, m = results["tools"], results["corpus"], results["machine"]
    f = tools.get("folio")
    if not f:
        return "## Performance\n\nFolio was not measured.\n"
    imp = f["import"]
    kinds = f["by_kind"]
    peak = "?" if imp["peak_rss_bytes"] is None else f"{imp['peak_rss_bytes'] / 1e6:.0f} MB"
    in_p50 = percentile([t for v in f["inprocess"].values() for t in v], 50)
    in_p95 = percentile([t for v in f["inprocess"].values() for t in v], 95)
    pr_p50 = percentile([t for v in f["process"].values() for t in v], 50)
    text = [
        "## Performance", "",
        f"Measured {m['date_utc']} on {m['nproc']} cores ({m['cpu']}), {(m['memory_bytes'] or 0) / 2**30:.0f} GiB RAM, "
        f"with `bench/run.sh {size}`: {corpus['pages']:,} generated pages, {corpus['raw_bytes'] / 1e6:.0f} MB of text.", "",
        f"- Import: {imp['mb_per_s']:.1f} MB/s of raw text, peak memory {peak}; "
        f"the archive is {imp['size_over_raw']:.1f}× the size of the text.",
        f"- Search in a running program (FolioQuery): median {fmt_ms(in_p50)} ms, 95th percentile {fmt_ms(in_p95)} ms "
        f"over {len(queries)} queries of six kinds.",
        f"- `folio search` as a command, start to finish: median {fmt_ms(pr_p50)} ms.",
    ]
    if "ripgrep" in tools:
        rg50 = percentile([t for v in tools["ripgrep"]["process"].values() for t in v], 50)
        text[-1] += f" `rg -l -F` over the same files: {fmt_ms(rg50)} ms."
    su = tools.get("sqlite-utils", {}).get("import")
    if su:
        text.insert(5, f"  SQLite FTS5 with the trigram tokenizer (via sqlite-utils): {su['mb_per_s']:.1f} MB/s, "
                       f"{su['size_over_raw']:.1f}× the text.")
    worst_recall = min(v.get("recall", 0) for v in kinds.values())
    worst_precision = min(v.get("precision", 0) for v in kinds.values())
    if all(v.get("exact") == v["queries"] for v in kinds.values()):
        text.append(f"- Finds exactly the pages that contain the query, for all {len(queries)} queries, words broken across "
                    f"lines and columns included (truth: the page text with line breaks removed).")
    else:
        text.append(f"- Recall {worst_recall:.2f} and precision {worst_precision:.2f} on the weakest query kind "
                    f"(truth: the page text with line breaks removed).")
    if "ripgrep" in tools:
        rg = tools["ripgrep"]["by_kind"]
        weakest = min(rg.items(), key=lambda kv: kv[1].get("recall", 0))
        text.append(f"  ripgrep misses words broken across lines: recall {weakest[1].get('recall', 0):.2f} on "
                    f"{KIND_NAMES[weakest[0]]} queries.")
    text += ["", "Full tables: `bench/out/results-" + size + ".md` (regenerate with `bench/run.sh " + size + "`).", ""]
    return "\n".join(text)


def main():
    parser = argparse.ArgumentParser(description="Folio benchmark runner")
    parser.add_argument("size", choices=["small", "medium"])
    parser.add_argument("--seed", type=int, default=20200328)
    parser.add_argument("--per-kind", type=int, default=30)
    parser.add_argument("--reps-process", type=int, default=3, help="timed runs per query, whole process")
    parser.add_argument("--reps-inprocess", type=int, default=10, help="timed runs per query, in-process")
    parser.add_argument("--folio", default=os.path.join(ROOT, ".build", "release", "folio"))
    parser.add_argument("--folio-bench", default=os.path.join(ROOT, ".build", "release", "folio-bench"))
    parser.add_argument("--skip", nargs="*", default=[], choices=TOOLS)
    parser.add_argument("--out", default=os.path.join(BENCH, "out"))
    run(parser.parse_args())


if __name__ == "__main__":
    main()
