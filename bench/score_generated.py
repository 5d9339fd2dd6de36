#!/usr/bin/env python3
"""Scores folio's article segmentation on generated benchmark pages against
the generator's own articles (bench/corpus-SIZE/articles/NAME.json: the text
of each article, heads first). A folio article counts as found when its text
(headline, subheadlines, byline, section heads, paragraphs; whitespace removed) and an
unmatched generator article share at least 90% of their character bigrams
(Jaccard). The generated text is word salad, so this measures layout cues
alone: topic overlap and lead cues carry no signal there.

Usage: bench/score_generated.py FOLIO_BINARY CORPUS_DIR [N_PAGES]
(CORPUS_DIR is e.g. bench/corpus-medium; the first N_PAGES pages, default 300)."""
import json, os, re, shutil, subprocess, sys, tempfile

folio, corpus = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 300
ws = lambda s: re.sub(r'\s+', '', s or '')
bigrams = lambda t: {t[i:i + 2] for i in range(len(t) - 1)}

pages = sorted(os.listdir(os.path.join(corpus, 'pages')))[:count]
with tempfile.TemporaryDirectory() as tmp:
    for name in pages:
        shutil.copy(os.path.join(corpus, "pages", name), os.path.join(tmp, name))
    db = os.path.join(tmp, 'score.db')
    subprocess.run([folio, 'import', tmp, '--db', db, '-q'], check=True, capture_output=True)
    out = subprocess.run([folio, 'export', '--db', db], check=True, capture_output=True, text=True).stdout

predicted = {}
for line in out.splitlines():
    article = json.loads(line)
    predicted.setdefault(article['source'], []).append(article)
found = extra = missed = 0
for name in pages:
    with open(os.path.join(corpus, 'articles', name[:-4] + '.json'), encoding='utf-8') as f:
        truth = [bigrams(ws(t)) for t in json.load(f)]
    used = set()
    for article in predicted.get(name, []):
        mine = bigrams(ws(''.join([article.get('headline') or ''] + article['subheadlines'] + [article.get('byline') or '']
                                  + article['section_heads'] + article['paragraphs'])))
        scores = [(len(mine & t) / max(1, len(mine | t)), j) for j, t in enumerate(truth) if j not in used]
        best = max(scores, default=(0, None))
        if best[0] >= 0.9:
            used.add(best[1])
            found += 1
        else:
            extra += 1
    missed += len(truth) - len(used)
print(f"pages {len(pages)}, articles generated {found + missed}, read {found + extra}, found {found}")
print(f"article F1 {2 * found / (2 * found + extra + missed):.3f}")
