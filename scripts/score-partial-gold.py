#!/usr/bin/env python3
"""Score an export against a gold file that annotates only some documents of its seed.

usage: scripts/score-partial-gold.py GOLD.json EXPORT.json [--expand-members] [score_extraction.py options…]

The shared scorer counts every relation of a seed document the gold does not list as a false positive, which is right
for the development gold (it lists every document of its seeds) but not for an annotation of part of a seed, such as
src/test/resources/org/reggraph/extract/sample/seed-004-annotation.json (its twelve 条-structured documents). This keeps
only the export's documents whose title (normalised as the scorer does) is one of the gold's, with their relations,
and runs ../shared/tools/score_extraction.py on that. Document-level and field figures are meaningless here; the
DELEGATES and RESPONSIBLE lines are the score.

--expand-members writes a list relation of the export (target as written, `members` beside it) as one relation per
member, for a gold that splits lists (the seed 004 annotation does; the development gold keeps a list as written).
"""
import importlib.util, json, os, subprocess, sys, tempfile

SCORER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools", "score_extraction.py")


def scorer_module():
    """The shared scorer, for its own title normalisation (`nt`): documents are kept exactly as it matches them."""
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    gold_path, export_path, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    expand = "--expand-members" in rest
    rest = [a for a in rest if a != "--expand-members"]
    gold = json.load(open(gold_path, encoding="utf-8"))
    export = json.load(open(export_path, encoding="utf-8"))
    nt = scorer_module().nt
    titles = {nt(d["title"]) for d in gold["documents"]}
    docs = [d for d in export["documents"] if nt(d.get("title")) in titles]
    ids = {d["id"] for d in docs}
    relations = [r for r in export["relations"] if r.get("from") in ids]
    if expand:
        relations = [dict(r, target=m) for r in relations for m in (r.get("members") or [r.get("target")])]
    kept = dict(export, documents=docs, relations=relations)
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(kept, f, ensure_ascii=False)
    try:
        sys.exit(subprocess.call([sys.executable, SCORER, gold_path, "--system", f.name, *rest]))
    finally:
        os.unlink(f.name)


if __name__ == "__main__":
    main()
