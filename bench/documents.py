"""Quote PDF rendering speed: milliseconds per `render_quote` call.

    python -m bench.documents [--count 1000] [--json PATH]

Renders `count` varied quotes (accessory lists of 0 to 12 lines, one in 50 with 60 lines
over several pages), each with three finance plans. The font is registered and one quote
rendered before timing, as in the running application. Target: median <= 30 ms.
"""

from __future__ import annotations

import argparse
import statistics
import time

from app.printing.fonts import cjk_font
from app.printing.quote_pdf import QuoteDocument, render_quote
from app.printing.samples import sample_document
from bench._common import machine, median, p95, print_figures, write_json

TARGET_MEDIAN_MS = 30.0
_NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "欧阳娜娜", "赵磊", "孙丽")


def documents(count: int) -> list[QuoteDocument]:
    """`count` varied quote documents (built before timing)."""
    return [
        sample_document(
            sequence=index % 9999 + 1,
            accessories=60 if index % 50 == 49 else index % 13,
            customer_name=_NAMES[index % len(_NAMES)],
        )
        for index in range(count)
    ]


def run(count: int) -> dict:
    """Render `count` quotes and return the figures."""
    docs = documents(count)
    started = time.perf_counter()
    font = cjk_font()
    render_quote(docs[0])
    warmup_ms = (time.perf_counter() - started) * 1000
    timings, sizes = [], []
    for doc in docs:
        start = time.perf_counter()
        pdf = render_quote(doc)
        timings.append((time.perf_counter() - start) * 1000)
        sizes.append(len(pdf))
    return {
        "quote_pdf_ms": {"median": round(median(timings), 2), "p95": round(p95(timings), 2),
                         "max": round(max(timings), 2)},
        "quote_pdf_kb": {"median": round(statistics.median(sizes) / 1024, 1),
                         "max": round(max(sizes) / 1024, 1)},
        "count": count,
        "first_render_ms": round(warmup_ms, 1),
        "font": str(font.path) if font.path else font.name,
        "target_median_ms": TARGET_MEDIAN_MS,
        "machine": machine(),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry: print the figures, write them as JSON with --json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="quotes to render")
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    figures = run(max(1, args.count))
    print_figures(figures)
    write_json(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
