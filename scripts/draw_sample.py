#!/usr/bin/env python3
"""Draw the hand-annotation sample of corpus articles (issue 12, item 6).

usage: scripts/draw_sample.py [--corpus ../shared/corpus] [--out FILE] [--check]
                              [--seed N --uniform N --agency N --exclude FILE...]

Reads every Markdown file of CORPUS/xingzheng-fagui and CORPUS/falv (`# TITLE`, history lines,
`<!-- INFO END -->`, `## 第X章` headings, articles starting `第X条`), splits the body into articles
(an article runs until the next article or heading) and draws, with random.Random(SEED):

  (a) "uniform":   150 articles uniformly over all articles;
  (b) "agency":    100 articles among those whose text has a delegation/duty word
                   (制定|规定|委托|授权|解释|负责|主管|会同|监督管理) within WINDOW characters of an
                   agency word (部门|政府|国务院|委员会|局|部|署|办) in the same sentence, excluding the
                   articles of (a) and any article whose text equals one of (a) (versions of one law).

Each drawn article is written with a stable id (sha1 of "folder/file#label", 12 hex digits), the
file, title, article label and the article text verbatim (its non-blank lines joined by "\n").
Annotations (delegates, responsible, note) already in OUT are kept by id, so re-running the script
rewrites the same file byte for byte. --check only compares and exits 1 on a difference.

The defaults draw sample 1. Sample 2 (blind, agency stratum only, none of sample 1's articles by id or text):
  scripts/draw_sample.py --seed 20261202 --uniform 0 --agency 120 \
      --exclude src/test/resources/org/reggraph/extract/sample/corpus-sample.json \
      --out src/test/resources/org/reggraph/extract/sample/corpus-sample-2.json
"""
import argparse, hashlib, json, os, random, re, sys

SEED = 20261201
N_UNIFORM, N_AGENCY = 150, 100
WINDOW = 30
NUM = "〇零一二三四五六七八九十百千"
ARTICLE = re.compile(r"^第([" + NUM + r"]+)条(之[一二三四五六七八九十]+)?(?:[ \u3000]+|$)")
HEADING = re.compile(r"^#|^第[" + NUM + r"]+[编章节](?:[ \u3000]|$)")
DUTY_WORD = re.compile(r"制定|规定|委托|授权|解释|负责|主管|会同|监督管理")
AGENCY_WORD = re.compile(r"部门|政府|国务院|委员会|局|部|署|办")
SENTENCE = re.compile(r"[^。；！？\n]+")
FOLDERS = ("xingzheng-fagui", "falv")
ANNOTATION_KEYS = ("delegates", "responsible", "note")


def articles_of(path):
    """[(label, text)] of one corpus file, in order."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    try:
        body = lines[lines.index("<!-- INFO END -->") + 1:]
    except ValueError:
        body = lines
    out, label, buf = [], None, []

    def close():
        if label is not None:
            out.append((label, "\n".join(buf)))

    for raw in body:
        line = raw.strip()
        if not line:
            continue
        m = ARTICLE.match(line)
        if m:
            close()
            label, buf = m.group(0).strip(), [line]
        elif HEADING.match(line):
            close()
            label, buf = None, []
        elif label is not None:
            buf.append(line)
    close()
    return out


def title_of(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# "):
                return line[2:].strip()
    return os.path.splitext(os.path.basename(path))[0]


def all_articles(corpus):
    items = []
    for folder in FOLDERS:
        d = os.path.join(corpus, folder)
        for name in sorted(os.listdir(d)):
            if not name.endswith(".md"):
                continue
            path = os.path.join(d, name)
            title = title_of(path)
            for label, text in articles_of(path):
                key = f"{folder}/{name}#{label}"
                items.append({
                    "id": hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
                    "file": f"{folder}/{name}",
                    "title": title,
                    "article": label,
                    "text": text,
                })
    return items


def agency_clause(text):
    for s in SENTENCE.finditer(text):
        sent = s.group(0)
        for m in DUTY_WORD.finditer(sent):
            window = sent[max(0, m.start() - WINDOW):m.end() + WINDOW]
            if AGENCY_WORD.search(window):
                return True
    return False


def draw(items, seed=SEED, n_uniform=N_UNIFORM, n_agency=N_AGENCY, excluded=()):
    """excluded: articles (dicts with id and text) of earlier samples, left out of both strata."""
    rng = random.Random(seed)
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        sys.exit("draw_sample: duplicate article ids (same label twice in one file?)")
    ex_ids = {x["id"] for x in excluded}
    ex_texts = {x["text"] for x in excluded}
    free = [i for i, it in enumerate(items) if it["id"] not in ex_ids and it["text"] not in ex_texts]
    a_idx = rng.sample(free if excluded else range(len(items)), n_uniform)
    a_texts = {items[i]["text"] for i in a_idx} | ex_texts
    a_set = set(a_idx) | {i for i, it in enumerate(items) if it["id"] in ex_ids}
    pool = [i for i, it in enumerate(items)
            if i not in a_set and it["text"] not in a_texts and agency_clause(it["text"])]
    b_idx = rng.sample(pool, n_agency)
    order = {it["id"]: i for i, it in enumerate(items)}
    out = []
    for stratum, idx in (("uniform", a_idx), ("agency", b_idx)):
        for i in sorted(idx):
            out.append(dict(items[i], stratum=stratum))
    out.sort(key=lambda it: (it["stratum"] != "uniform", order[it["id"]]))
    return out, len(items), len(pool)


def render(sample, n_all, n_pool, old, seed=SEED, n_uniform=N_UNIFORM, n_agency=N_AGENCY, excluded_files=()):
    prev = {a["id"]: a for a in (old or {}).get("articles", [])}
    articles = []
    for it in sample:
        rec = {k: it[k] for k in ("id", "stratum", "file", "title", "article", "text")}
        p = prev.get(it["id"], {})
        rec["delegates"] = p.get("delegates", [])
        rec["responsible"] = p.get("responsible", [])
        if p.get("note"):
            rec["note"] = p["note"]
        articles.append(rec)
    doc = {
        "draw": {
            "script": "scripts/draw_sample.py",
            "seed": seed,
            "corpus": "../shared/corpus/{xingzheng-fagui,falv}/*.md",
            "articlesInCorpus": n_all,
            "uniform": n_uniform,
            "agency": n_agency,
            "agencyPool": n_pool,
            "agencyFilter": f"{DUTY_WORD.pattern} within {WINDOW} chars of {AGENCY_WORD.pattern}, same sentence",
        },
        **({"excluded": list(excluded_files)} if excluded_files else {}),
        "conventions": (old or {}).get("conventions", "see README.md beside this file"),
        "articles": articles,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpus"))
    ap.add_argument("--out", default=os.path.join(
        root, "src/test/resources/org/reggraph/extract/sample/corpus-sample.json"))
    ap.add_argument("--check", action="store_true", help="compare with OUT, write nothing")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--uniform", type=int, default=N_UNIFORM)
    ap.add_argument("--agency", type=int, default=N_AGENCY)
    ap.add_argument("--exclude", action="append", default=[],
                    help="an earlier sample file whose articles (by id and by text) are not drawn again")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.corpus, FOLDERS[0])):
        sys.exit(f"draw_sample: no corpus at {a.corpus}")
    items = all_articles(a.corpus)
    excluded = []
    for path in a.exclude:
        with open(path, encoding="utf-8") as f:
            excluded += json.load(f)["articles"]
    sample, n_all, n_pool = draw(items, a.seed, a.uniform, a.agency, excluded)
    old = None
    if os.path.exists(a.out):
        with open(a.out, encoding="utf-8") as f:
            old = json.load(f)
    text = render(sample, n_all, n_pool, old, a.seed, a.uniform, a.agency,
                  [os.path.relpath(os.path.abspath(p), root) for p in a.exclude])
    if a.check:
        with open(a.out, encoding="utf-8") as f:
            same = f.read() == text
        print("sample reproduced" if same else "sample DIFFERS from a fresh draw", file=sys.stderr)
        sys.exit(0 if same else 1)
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{len(sample)} articles ({a.uniform} uniform, {a.agency} agency of {n_pool}) "
          f"from {n_all} -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
