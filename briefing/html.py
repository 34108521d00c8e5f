"""A self-contained HTML briefing: each citation opens its source passage, highlighted."""

from __future__ import annotations

import html
import json
import re

from markdown_it import MarkdownIt

from briefing.markdown import Citations, to_markdown
from briefing.models import Briefing
from ingest.models import Document

__all__ = ["to_html"]

_CITE = re.compile(r"\[(\d+)\](?!\()")
_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
main{max-width:1000px;margin:0 auto;padding:24px 32px;background:#fff}
table{border-collapse:collapse;width:100%;margin:8px 0}td,th{border:1px solid #dde;padding:4px 8px;
vertical-align:top;text-align:left}th{background:#eef1f6}a.cite{font-size:11px;vertical-align:super;
text-decoration:none;color:#2656c9;cursor:pointer;margin-left:1px}h2{border-bottom:2px solid #e3e7ef;
padding-bottom:4px;margin-top:32px}#source{position:fixed;right:0;top:0;bottom:0;width:42%;
background:#fffdf5;border-left:3px solid #e0b000;padding:16px;overflow:auto;display:none;
box-shadow:-4px 0 12px #0002}#source pre{white-space:pre-wrap;font:13px/1.45 ui-monospace,monospace}
mark{background:#ffe066;padding:1px 0}#close{float:right;cursor:pointer;border:0;background:#eee;
padding:2px 10px;border-radius:4px}code{background:#f1f3f6;padding:0 3px;border-radius:3px}
"""
_SCRIPT = """
const cites = JSON.parse(document.getElementById('cites').textContent);
const docs = JSON.parse(document.getElementById('docs').textContent);
const panel = document.getElementById('source');
function esc(t){return t.replace(/[&<>]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;'}[c]));}
document.querySelectorAll('a.cite').forEach(a => a.addEventListener('click', ev => {
  ev.preventDefault();
  const c = cites[a.dataset.n]; const text = docs[c.document] || '';
  const body = c.start === null ? esc(text) :
    esc(text.slice(0, c.start)) + '<mark id="hit">' + esc(text.slice(c.start, c.end)) +
    '</mark>' + esc(text.slice(c.end));
  panel.querySelector('h3').textContent = c.document + (c.locator ? ' — ' + c.locator : '');
  panel.querySelector('pre').innerHTML = body;
  panel.style.display = 'block';
  const hit = document.getElementById('hit'); if (hit) hit.scrollIntoView({block: 'center'});
}));
document.getElementById('close').onclick = () => { panel.style.display = 'none'; };
"""


def to_html(briefing: Briefing, documents: dict[str, Document], lang: str = "en") -> str:
    """HTML with the cited documents embedded, so the file works offline and alone."""
    cites = Citations()
    markdown = to_markdown(briefing, lang, cites)
    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    body = _CITE.sub(lambda m: f'<a class="cite" href="#" data-n="{m[1]}">[{m[1]}]</a>', body)
    cited = {
        str(i): {"document": e.document, "start": e.start, "end": e.end, "locator": e.locator}
        for i, e in enumerate(cites.items, 1)
    }
    texts = {e.document: documents[e.document].text for e in cites.items if e.document in documents}
    title = html.escape(
        briefing.overview.company.value if briefing.overview.company else briefing.account
    )
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Handoff briefing — {title}</title><style>{_STYLE}</style></head><body><main>{body}"
        '</main><aside id="source"><button id="close">close</button><h3></h3><pre></pre></aside>'
        f'<script type="application/json" id="cites">{_json(cited)}</script>'
        f'<script type="application/json" id="docs">{_json(texts)}</script>'
        f"<script>{_SCRIPT}</script></body></html>"
    )


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")
