#!/usr/bin/env python3
"""Expands errors.spec / correct.spec (judgements written by reading the exports) into errors.tsv / correct.tsv:
one row per occurrence with file, line, column, context and a deterministic train/heldout split."""
import glob, os, re, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
EXPORTS = os.path.join(HERE, '..', 'ocr-exports')
files = {os.path.basename(f): open(f, encoding='utf-8').read().split('\n') for f in sorted(glob.glob(EXPORTS + '/*.txt'))}

def split_of(key):  # group split: every occurrence of one form lands on the same side
    return 'heldout' if zlib.crc32(key.lower().encode()) % 10 < 3 else 'train'

def context(line, start, end):
    left = re.sub(r'<[^>]+>', ' ', line[max(0, start - 40):start]); right = re.sub(r'<[^>]+>', ' ', line[end:end + 40])
    return re.sub(r'\s+', ' ', (left + '⟦' + line[start:end] + '⟧' + right)).strip()

def occurrences(phrase):
    m = re.fullmatch(r'(.*)\[(.+)\](.*)', phrase)
    pre, target, post = (m.group(1), m.group(2), m.group(3)) if m else ('', phrase, '')
    esc = lambda t: r'\s+'.join(re.escape(p) for p in t.split(' '))
    pat = re.compile(r'(?<![\w])' + esc(pre) + '(' + esc(target) + ')' + esc(post) + r'(?![\w])')
    for name, lines in files.items():
        for i, line in enumerate(lines, 1):
            for mm in pat.finditer(line):
                yield name, i, mm.start(1), mm.end(1), line

rows = []
for raw in open(os.path.join(HERE, 'errors.spec'), encoding='utf-8'):
    raw = raw.rstrip('\n')
    if not raw or raw.startswith('#'): continue
    left, right = raw.split(' => ')
    to, kind = [s.strip() for s in right.split('|')]
    to = '' if to == '<del>' else to
    found = list(occurrences(left))
    if not found: raise SystemExit('no occurrence: ' + raw)
    target = re.fullmatch(r'(.*)\[(.+)\](.*)', left).group(2) if '[' in left else left
    for name, i, s, e, line in found:
        rows.append((name, i, s, line[s:e], to, kind, context(line, s, e), split_of(target)))
seen = set(); rows = [r for r in rows if not ((r[0], r[1], r[2]) in seen or seen.add((r[0], r[1], r[2])))]
with open(os.path.join(HERE, 'errors.tsv'), 'w', encoding='utf-8') as f:
    f.write('file\tline\tcolumn\ttoken\tcorrection\tkind\tcontext\tsplit\n')
    for r in rows: f.write('\t'.join(map(str, r)) + '\n')

error_spans = {(r[0], r[1], r[2]) for r in rows}
crow = []
for raw in open(os.path.join(HERE, 'correct.spec'), encoding='utf-8'):
    raw = raw.strip()
    if not raw or raw.startswith('#'): continue
    kind, toks = raw.split(':', 1)
    for tok in dict.fromkeys(toks.split()):
        taken = 0
        for name, i, s, e, line in occurrences(tok):
            if taken >= 2: break
            if (name, i, s) in error_spans: continue
            if taken == 1 and crow[-1][0] == name and crow[-1][1] == i: continue
            crow.append((name, i, s, tok, tok, kind, context(line, s, e), split_of(tok))); taken += 1
with open(os.path.join(HERE, 'correct.tsv'), 'w', encoding='utf-8') as f:
    f.write('file\tline\tcolumn\ttoken\tcorrection\tkind\tcontext\tsplit\n')
    for r in crow: f.write('\t'.join(map(str, r)) + '\n')
print(len(rows), 'errors', sum(r[7] == 'heldout' for r in rows), 'heldout;', len(crow), 'correct', sum(r[7] == 'heldout' for r in crow), 'heldout')
