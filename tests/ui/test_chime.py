"""The arrival chime is a short, quiet WAV file."""

import wave

from ui.reception.chime import Chime, write_chime


def test_chime_is_short_and_soft(tmp_path):
    path = write_chime(tmp_path / "chime.wav")
    with wave.open(str(path)) as wav:
        seconds = wav.getnframes() / wav.getframerate()
        samples = wav.readframes(wav.getnframes())
    assert 0.3 < seconds < 1.0
    loudest = max(abs(int.from_bytes(samples[i:i + 2], "little", signed=True)) for i in range(0, len(samples), 2))
    assert 1000 < loudest < 12000          # audible, far from full scale


def test_disabled_chime_plays_nothing(tmp_path):
    assert Chime(tmp_path, enabled=False).play() is False
    assert not (tmp_path / "arrival-chime.wav").exists()
