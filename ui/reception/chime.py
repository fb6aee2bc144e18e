"""A soft two-note chime for arrivals, played without blocking and without QtMultimedia.

The chime is written once as a WAV file in the data directory and handed to the
platform's player (winsound on Windows, afplay on macOS, paplay/aplay on Linux). Where no
player exists the chime is silently skipped: the pop-up itself is the notice.
"""

from __future__ import annotations

import logging
import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

log = logging.getLogger(__name__)
RATE = 22050


def write_chime(path: Path) -> Path:
    """Write a 0.6 s soft chime (E6 then C6, each fading) as 16-bit mono WAV to `path`."""
    frames = bytearray()
    for freq, seconds in ((1318.5, 0.18), (1046.5, 0.42)):
        for i in range(int(RATE * seconds)):
            t = i / RATE
            envelope = math.exp(-6 * t) * min(1.0, t * 200)
            frames += struct.pack("<h", int(6000 * envelope * math.sin(2 * math.pi * freq * t)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return path


def player_command(path: Path) -> list[str] | None:
    """The command that plays `path` on this machine, or None."""
    for player, args in (("paplay", []), ("aplay", ["-q"]), ("afplay", [])):
        if shutil.which(player):
            return [player, *args, str(path)]
    return None


class Chime:
    """Plays the arrival chime; `play()` returns at once."""

    def __init__(self, folder: Path, enabled: bool = True) -> None:
        self.enabled = enabled
        self._path = folder / "arrival-chime.wav"
        self._process: subprocess.Popen | None = None

    def play(self) -> bool:
        """Start the chime; False when it is off or nothing can play it."""
        if not self.enabled:
            return False
        try:
            if not self._path.exists():
                write_chime(self._path)
            if sys.platform == "win32":
                import winsound

                winsound.PlaySound(str(self._path), winsound.SND_FILENAME | winsound.SND_ASYNC)
                return True
            command = player_command(self._path)
            if command is None:
                return False
            if self._process is not None and self._process.poll() is None:
                return True     # still chiming for the previous car
            self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return True
        except OSError as exc:
            log.warning("arrival chime not played: %s", exc)
            return False
