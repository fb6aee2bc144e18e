"""The headless gate: read a camera or video and print one line per car arrival.

`main.py gate` adds these arguments with `add_arguments(parser)` and calls
`run(args, record)`; `record(read)` (e.g. the reception service) is called for every
`PlateRead` unless `--no-db` is given. Runs until a non-looping video file ends, the camera
is given up, or Ctrl-C. Standalone: `python -m gate.cli --source gate.mp4 --json --no-db`.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import threading
from collections.abc import Callable

from app.domain.reads import PlateRead
from app.domain.redact import redact
from gate.assembly import GateCallbacks, GateConfig, build_gate_service, parse_roi
from gate.capture import CameraState, CameraStatus

log = logging.getLogger(__name__)


def _roi_argument(text: str) -> tuple[int, int, int, int] | None:
    """`--roi` through `gate.assembly.parse_roi`, its error as argparse wants it."""
    try:
        return parse_roi(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"--roi: {exc}") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the gate's options to `parser`."""
    parser.add_argument("--source", required=True,
                        help="video file, rtsp:// or http:// URL, or USB camera index")
    parser.add_argument("--roi", type=_roi_argument, help="region of interest x,y,w,h in pixels")
    parser.add_argument("--json", action="store_true", help="print one JSON object per arrival")
    parser.add_argument("--no-db", action="store_true", help="do not record arrivals")
    parser.add_argument("--backend", choices=("onnx", "paddle"), default=GateConfig.backend, help="OCR backend")
    parser.add_argument("--model-dir", help="folder with the OCR models (default: the bundled ones)")
    parser.add_argument("--max-fps", type=float, default=GateConfig.max_fps,
                        help="recognitions per second at most")
    parser.add_argument("--min-plate-width", type=int, default=GateConfig.min_plate_width,
                        help="smallest plate width in pixels")
    parser.add_argument("--cooldown", type=float, default=GateConfig.cooldown_s,
                        help="seconds during which the same plate is not a new arrival")
    parser.add_argument("--loop", action="store_true", help="loop a video file forever")


def read_to_dict(read: PlateRead) -> dict:
    """The JSON-ready fields of a read (times in ISO 8601 with their offset)."""
    return {
        "plate": read.plate,
        "color": read.color,
        "confidence": read.confidence,
        "char_confidences": list(read.char_confidences),
        "valid": read.valid,
        "partial": read.partial,
        "uncertain": read.uncertain,
        "province_confidence": read.province_confidence,
        "first_seen": read.first_seen.isoformat() if read.first_seen else None,
        "last_seen": read.last_seen.isoformat() if read.last_seen else None,
        "camera": read.camera,
    }


def config_from_args(args: argparse.Namespace) -> GateConfig:
    """The `GateConfig` the command line describes."""
    return GateConfig(source=args.source, backend=args.backend, model_dir=args.model_dir,
                      cooldown_s=args.cooldown, roi=args.roi, min_plate_width=args.min_plate_width,
                      max_fps=args.max_fps, loop=args.loop)


def run(args: argparse.Namespace, record: Callable[[PlateRead], None] | None = None) -> int:
    """Run the gate until the source ends or Ctrl-C; 0 on a normal end, 2 if the source failed."""
    lock, failed = threading.Lock(), threading.Event()

    def on_read(read: PlateRead) -> None:
        with lock:
            if args.json:
                print(json.dumps(read_to_dict(read), ensure_ascii=False), flush=True)
            else:
                print(f"{read.last_seen:%H:%M:%S} {read.plate} {read.color or '-'} "
                      f"{read.confidence:.2f}{_verdict(read)}", flush=True)
        if record is not None and not args.no_db:
            record(read)

    def on_status(status: CameraStatus) -> None:
        print(redact(f"camera {status.source}: {status.state} {status.reason}").rstrip(),
              file=sys.stderr, flush=True)
        if status.state == CameraState.OFFLINE and status.reason != "stopped":
            failed.set()

    service = build_gate_service(config_from_args(args), GateCallbacks(on_read, on_status))
    service.start()
    try:
        while not service.wait(0.5):
            pass
    except KeyboardInterrupt:
        log.info("interrupted")
    finally:
        service.stop()
    return 2 if failed.is_set() else 0


def _verdict(read: PlateRead) -> str:
    """'' for a valid read, else why it is not one."""
    if read.valid:
        return ""
    return " (uncertain)" if read.uncertain else " (partial)" if read.partial else " (invalid)"


def main(argv: list[str] | None = None) -> int:
    """`python -m gate.cli`: the gate without the rest of DealerDesk."""
    parser = argparse.ArgumentParser(prog="python -m gate.cli", description=__doc__.splitlines()[0])
    add_arguments(parser)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
