"""A loopback OpenAI-compatible server that replays recorded responses, for the real client.

Each test scripts the server with steps (status, body, delay, headers); requests beyond the
script repeat the last step. Every request body is kept, so tests can check what was sent.
The recorded bodies under ``tests/recordings/`` are in the wire format of
``POST /v1/chat/completions`` (``chat.completion`` objects).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

RECORDINGS = Path(__file__).resolve().parent / "recordings"


@dataclass
class Step:
    status: int = 200
    body: Any = None
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


def completion(
    content: str,
    finish_reason: str = "stop",
    prompt_tokens: int = 1200,
    completion_tokens: int = 300,
) -> dict[str, Any]:
    """A ``chat.completion`` object as OpenAI-compatible servers return it."""
    return {
        "id": "chatcmpl-replay",
        "object": "chat.completion",
        "created": 1763900000,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": None},
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def recorded(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RECORDINGS / name).read_text(encoding="utf-8"))
    return data


class ReplayServer:
    """``with ReplayServer([...]) as server: server.url`` -> ``http://127.0.0.1:PORT/v1``."""

    def __init__(self, steps: list[Step]) -> None:
        self.steps = steps
        self.requests: list[dict[str, Any]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                index = len(server.requests)
                server.requests.append({"path": self.path, "body": body})
                step = server.steps[min(index, len(server.steps) - 1)]
                if step.delay:
                    time.sleep(step.delay)
                payload = step.body if isinstance(step.body, str) else json.dumps(step.body)
                data = payload.encode()
                try:
                    self.send_response(step.status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    for key, value in step.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
