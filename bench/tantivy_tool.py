#!/usr/bin/env python3
"""tantivy as a user would set it up for Chinese without a segmenter.

    tantivy_tool.py index PAGES_DIR INDEX_DIR
    tantivy_tool.py search INDEX_DIR QUERY [TERM ...]     # one whole process per query
    tantivy_tool.py bench INDEX_DIR QUERIES.json [--repeat N] [--warmup N] [--limit N]

tantivy's default tokenizer splits on non-alphanumeric characters, so a run
of Han characters would be one token. Like many users do, the text is
pre-split: a space around every Han character, so each one is a token and a
Chinese word is a phrase query over its characters. Latin words stay words
(lowercased by the default tokenizer). Punctuation and line breaks vanish,
so phrases also match across them.

`search` takes the AND terms as separate arguments and prints one matching
file name a line. `bench` prints JSON shaped like folio-bench's output.
"""

import json
import os
import re
import sys
import time

import tantivy

HAN = re.compile(r"([\u3400-\u9fff\uf900-\ufaff])")
WORD = re.compile(r"[^\W_]+")


def pre_split(text):
    return HAN.sub(r" \1 ", text)


def tokens(term):
    return [t.lower() for t in WORD.findall(pre_split(term))]


def schema():
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("name", stored=True, tokenizer_name="raw")
    builder.add_text_field("body", stored=False)
    return builder.build()


def index(pages_dir, index_dir):
    os.makedirs(index_dir, exist_ok=True)
    idx = tantivy.Index(schema(), path=index_dir)
    writer = idx.writer(heap_size=128_000_000, num_threads=0)
    for name in sorted(os.listdir(pages_dir)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(pages_dir, name), encoding="utf-8") as f:
            writer.add_document(tantivy.Document(name=name, body=pre_split(f.read())))
    writer.commit()
    writer.wait_merging_threads()


def build_query(s, terms):
    parts = []
    for term in terms:
        words = tokens(term)
        if not words:
            continue
        if len(words) == 1:
            parts.append(tantivy.Query.term_query(s, "body", words[0]))
        else:
            parts.append(tantivy.Query.phrase_query(s, "body", words))
    if len(parts) == 1:
        return parts[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, p) for p in parts])


class Searcher:
    def __init__(self, index_dir):
        self.index = tantivy.Index.open(index_dir)
        self.schema = schema()
        self.searcher = self.index.searcher()

    def top(self, terms, limit):
        return self.searcher.search(build_query(self.schema, terms), limit, count=False).hits

    def all_names(self, terms):
        hits = self.searcher.search(build_query(self.schema, terms), max(1, self.searcher.num_docs), count=False).hits
        return sorted({self.searcher.doc(address)["name"][0] for _, address in hits})


def main(argv):
    if len(argv) >= 3 and argv[0] == "index":
        index(argv[1], argv[2])
    elif len(argv) >= 3 and argv[0] == "search":
        for name in Searcher(argv[1]).all_names(argv[2:]):
            print(name)
    elif len(argv) >= 3 and argv[0] == "bench":
        options = {"--repeat": 10, "--warmup": 2, "--limit": 20}
        rest = argv[3:]
        for i in range(0, len(rest) - 1, 2):
            options[rest[i]] = int(rest[i + 1])
        searcher = Searcher(argv[1])
        with open(argv[2], encoding="utf-8") as f:
            queries = json.load(f)
        out = []
        for q in queries:
            terms = q["terms"]
            for _ in range(options["--warmup"]):
                searcher.top(terms, options["--limit"])
            timings = []
            for _ in range(options["--repeat"]):
                start = time.perf_counter()
                searcher.top(terms, options["--limit"])
                timings.append((time.perf_counter() - start) * 1000)
            out.append({"id": q["id"], "timings_ms": timings, "sources": searcher.all_names(terms)})
        json.dump({"queries": out}, sys.stdout, ensure_ascii=False)
        print()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
