#!/usr/bin/env python3
"""Scores folio's reading of pages against hand-made truth, as folio export
would store them: article F1 (articles matched by paragraph bigram overlap),
headline, byline, subheadline, section-head and pull-quote accuracy,
paragraph F1 (exact, whitespace ignored), date-mention precision and recall,
and publication dates.

Truth for PAGE.txt is PAGE.txt.truth.jsonl or PAGE.jsonl: one object per
article with the fields of `folio export` (see Tests/FolioIngestTests/
Fixtures/pages/seed_000.jsonl).

Usage: bench/score_pages.py FOLIO_BINARY DIR [-v]"""
import json, os, re, subprocess, sys, tempfile, glob
folio = sys.argv[1]
args = [a for a in sys.argv[2:] if a != '-v']; d = args[0] if args else 'Tests/FolioIngestTests/Fixtures/pages'
ws = lambda s: re.sub(r'\s+', '', s or '')
tot = dict(true_articles=0, pred_articles=0, matched=0, headline_ok=0, byline_ok=0, para_tp=0, para_pred=0, para_true=0,
           sub_ok=0, sec_ok=0, pq_ok=0, date_tp=0, date_pred=0, date_true=0, pub_ok=0, pages=0)
details = []
for page in sorted(glob.glob(os.path.join(d, '*.txt'))):
    truth_path = page + '.truth.jsonl' if os.path.exists(page + '.truth.jsonl') else page[:-4] + '.jsonl'
    if not os.path.exists(truth_path):
        continue
    truth = [json.loads(l) for l in open(truth_path, encoding='utf-8') if l.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, 't.db')
        subprocess.run([folio, 'import', page, '--db', db, '-q'], capture_output=True)
        out = subprocess.run([folio, 'export', '--db', db], capture_output=True, text=True).stdout
    pred = [json.loads(l) for l in out.splitlines() if l.strip()]
    tot['pages'] += 1
    tot['true_articles'] += len(truth); tot['pred_articles'] += len(pred)
    # match articles greedily by paragraph-text overlap
    def chars(a): return set(ws(''.join(a.get('paragraphs') or [])))
    def bigr(a):
        t = ws(''.join(a.get('paragraphs') or [])); return set(t[i:i+2] for i in range(len(t)-1))
    pairs = []
    for i, t in enumerate(truth):
        for j, p in enumerate(pred):
            bt, bp = bigr(t), bigr(p)
            if bt and bp:
                pairs.append((len(bt & bp) / len(bt | bp), i, j))
    pairs.sort(reverse=True); used_t, used_p, match = set(), set(), []
    for s, i, j in pairs:
        if s >= 0.5 and i not in used_t and j not in used_p:
            used_t.add(i); used_p.add(j); match.append((i, j))
    tot['matched'] += len(match)
    for i, j in match:
        t, p = truth[i], pred[j]
        h = ws(t['headline']) == ws(p['headline']); tot['headline_ok'] += h
        b = ws(t['byline']) == ws(p['byline']); tot['byline_ok'] += b
        tot['sub_ok'] += [ws(x) for x in t['subheadlines']] == [ws(x) for x in p['subheadlines']]
        tot['sec_ok'] += sorted(ws(x) for x in t['section_heads']) == sorted(ws(x) for x in p['section_heads'])
        tot['pq_ok'] += sorted(ws(x) for x in t['pull_quotes']) == sorted(ws(x) for x in p['pull_quotes'])
        if not h: details.append(f"{os.path.basename(page)} headline: truth={t['headline']!r} got={p['headline']!r}")
        if not b: details.append(f"{os.path.basename(page)} byline: truth={t['byline']!r} got={p['byline']!r}")
        if [ws(x) for x in t['subheadlines']] != [ws(x) for x in p['subheadlines']]:
            details.append(f"{os.path.basename(page)} subheadlines: truth={t['subheadlines']} got={p['subheadlines']}")
        if sorted(ws(x) for x in t['section_heads']) != sorted(ws(x) for x in p['section_heads']):
            details.append(f"{os.path.basename(page)} section_heads: truth={t['section_heads']} got={p['section_heads']}")
        if sorted(ws(x) for x in t['pull_quotes']) != sorted(ws(x) for x in p['pull_quotes']):
            details.append(f"{os.path.basename(page)} pull_quotes: truth={t['pull_quotes']} got={p['pull_quotes']}")
        tp = set(ws(x) for x in t['paragraphs']); pp = set(ws(x) for x in p['paragraphs'])
        tot['para_tp'] += len(tp & pp)
        for x in tp - pp: details.append(f"{os.path.basename(page)} missed paragraph: {x[:30]}…{x[-10:]}")
        for x in pp - tp: details.append(f"{os.path.basename(page)} wrong paragraph: {x[:30]}…{x[-10:]}")
        if 'mentioned_dates' not in t:
            continue
        td = [(ws(m['text']), m['date']) for m in t['mentioned_dates']]
        pd = [(ws(m['text']), m['date']) for m in p['mentioned_dates']]
        from collections import Counter
        ct, cp = Counter(td), Counter(pd)
        tot['date_tp'] += sum((ct & cp).values())
        for x in (ct - cp): details.append(f"{os.path.basename(page)} missed date: {x}")
        for x in (cp - ct): details.append(f"{os.path.basename(page)} wrong date: {x}")
    for i, t in enumerate(truth):
        tot['para_true'] += len(t['paragraphs']); tot['date_true'] += len(t.get('mentioned_dates', []))
        if i not in used_t: details.append(f"{os.path.basename(page)} unmatched true article: {t['headline']}")
    for j, p in enumerate(pred):
        tot['para_pred'] += len(p['paragraphs'])
        if j in used_p and 'mentioned_dates' in truth[[i for i, jj in match if jj == j][0]]:
            tot['date_pred'] += len(p['mentioned_dates'])
        if j not in used_p: details.append(f"{os.path.basename(page)} spurious article: {p['headline']} / {ws(''.join(p['paragraphs']))[:30]}")
    if pred and truth and 'publication_date' in truth[0]:
        ok = pred[0]['publication_date'] == truth[0]['publication_date']; tot['pub_ok'] += ok
        if not ok: details.append(f"{os.path.basename(page)} publication_date truth={truth[0]['publication_date']} got={pred[0]['publication_date']}")
f1 = lambda tp, p, t: 2*tp/(p+t) if p+t else 1.0
print(f"pages {tot['pages']}, articles true {tot['true_articles']} pred {tot['pred_articles']} matched {tot['matched']}")
print(f"article F1        {f1(tot['matched'], tot['pred_articles'], tot['true_articles']):.3f}")
m = max(tot['matched'], 1)
print(f"headline accuracy {tot['headline_ok']/tot['true_articles']:.3f}")
print(f"byline accuracy   {tot['byline_ok']/tot['true_articles']:.3f}")
print(f"subheadlines acc  {tot['sub_ok']/tot['true_articles']:.3f}")
print(f"section heads acc {tot['sec_ok']/tot['true_articles']:.3f}")
print(f"pull quotes acc   {tot['pq_ok']/tot['true_articles']:.3f}")
print(f"paragraph F1      {f1(tot['para_tp'], tot['para_pred'], tot['para_true']):.3f}")
print(f"dates P {tot['date_tp']/max(tot['date_pred'],1):.3f} R {tot['date_tp']/max(tot['date_true'],1):.3f}")
print(f"publication date  {tot['pub_ok']}/{tot['pages']}")
if '-v' in sys.argv:
    print('\n'.join(details))
