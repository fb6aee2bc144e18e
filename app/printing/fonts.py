"""The CJK font printed documents use: an embeddable TrueType font found on the machine.

reportlab embeds (a subset of) TrueType fonts, so the PDF renders anywhere; it refuses fonts
with CFF/PostScript outlines (Noto CJK .otf, PingFang), which we skip. The built-in CID font
STSong-Light embeds nothing and depends on the viewer's fonts: the last resort only.
Registration happens once per process and is thread-safe.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

log = logging.getLogger(__name__)

FONT_NAME = "DealerDeskCJK"
CID_FALLBACK = "STSong-Light"
FONT_ENV = "DEALERDESK_CJK_FONT"

#: (path, subfont index of a .ttc collection), most preferred first.
LINUX_FONTS: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf", 0),
    ("/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf", 0),
    ("/usr/share/fonts/truetype/noto/NotoSansCJKsc-Regular.ttf", 0),
)
WINDOWS_FONTS: tuple[tuple[str, int], ...] = (
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
)
MACOS_FONTS: tuple[tuple[str, int], ...] = (
    ("/System/Library/Fonts/PingFang.ttc", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/STHeiti Medium.ttc", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
)


@dataclass(frozen=True)
class CjkFont:
    """The registered font: reportlab name, source file (None for CID), embedded or not."""

    name: str
    path: Path | None
    embedded: bool


_lock = threading.Lock()
_registered: CjkFont | None = None


def candidate_fonts(platform: str = sys.platform) -> list[tuple[Path, int]]:
    """Font files to try on `platform`, the `DEALERDESK_CJK_FONT` override first.

    On Linux also any NotoSansSC-*.ttf (TrueType builds only) under the font directories.
    """
    override = os.environ.get(FONT_ENV)
    found = [(Path(override), 0)] if override else []
    if platform.startswith("win"):
        windir = os.environ.get("WINDIR", "C:/Windows")
        return found + [(Path(p.replace("C:/Windows", windir)), i) for p, i in WINDOWS_FONTS]
    if platform == "darwin":
        return found + [(Path(p), i) for p, i in MACOS_FONTS]
    found += [(Path(p), i) for p, i in LINUX_FONTS]
    for root in ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts")):
        found += [(p, 0) for p in sorted(Path(root).glob("**/NotoSansSC-*.ttf"))]
    return found


def load_truetype(path: Path, index: int) -> TTFont | None:
    """The TrueType font at `path`, or None when missing or not embeddable (CFF outlines)."""
    if not path.is_file():
        return None
    try:
        return TTFont(FONT_NAME, str(path), subfontIndex=index)
    except (TTFError, OSError, ValueError, KeyError) as exc:
        log.info("CJK font %s not usable: %s", path, exc)
        return None


def cjk_font() -> CjkFont:
    """Register (once) and return the CJK font documents are set in."""
    global _registered
    with _lock:
        if _registered is None:
            _registered = _register()
        return _registered


def _register() -> CjkFont:
    for path, index in candidate_fonts():
        font = load_truetype(path, index)
        if font is not None:
            pdfmetrics.registerFont(font)
            log.info("CJK font: %s", path)
            return CjkFont(FONT_NAME, path, True)
    log.warning("no embeddable CJK TrueType font found; falling back to %s", CID_FALLBACK)
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    return CjkFont(CID_FALLBACK, None, False)
