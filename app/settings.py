"""Settings: one TOML file in the config directory; every option has a working default.

Options are declared once, as the fields of `Settings`. A missing file, a missing key or a
value of the wrong type falls back to the default (and is logged), so a damaged file never
stops the desk from opening.
"""

from __future__ import annotations

import logging
import socket
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import tomli_w

from app.domain.roles import DEFAULT_IDLE_LOCK_MINUTES, DEFAULT_MAX_FAILED_SIGN_INS
from app.domain.survey_templates import SurveyPolicy
from app.paths import config_dir

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.toml"
LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class Settings:
    """Every setting of a desk, with its default."""

    language: str = "zh_CN"
    #: SQLAlchemy URL; empty means `DEALERDESK_DB` or the SQLite file in the data directory.
    database_url: str = ""
    #: Camera: a video file, an rtsp:// or http:// URL, or a USB index; empty: no camera.
    camera_source: str = ""
    ocr_backend: str = "onnx"
    paddle_model_dir: str = ""
    gate_cooldown_s: int = 600
    #: Region of interest as "x,y,w,h" in frame pixels; empty: the whole frame.
    gate_roi: str = ""
    gate_min_plate_width: int = 60
    gate_max_fps: float = 8.0
    popup_timeout_s: int = 90
    popup_sound: bool = True
    snapshot_retention_days: int = 30
    #: How many days ahead a service booking may be made.
    booking_horizon_days: int = 180
    store_id: int = 1
    #: Days after a delivery before its satisfaction survey is due.
    survey_delay_days: int = SurveyPolicy.delay_days
    #: A score at or below these (1–5 stars, 0–10) opens a complaint.
    survey_low_stars: int = SurveyPolicy.low_stars
    survey_low_ten: int = SurveyPolicy.low_ten
    #: This desk's name in the audit log; empty: the computer's name.
    desk_name: str = ""
    #: Minutes without input before the desk locks (sign in again or switch user).
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    #: Failed sign-ins in a row that lock an account until a manager unlocks it.
    max_failed_sign_ins: int = DEFAULT_MAX_FAILED_SIGN_INS

    def desk(self) -> str:
        """The name this desk has in the audit log."""
        return (self.desk_name.strip() or socket.gethostname())[:50]

    def survey_policy(self) -> SurveyPolicy:
        """The survey rules these settings choose."""
        return SurveyPolicy(self.survey_delay_days, self.survey_low_stars, self.survey_low_ten)


def settings_path() -> Path:
    """The settings file of this user (or of `DEALERDESK_DATA`)."""
    return config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings file, falling back to defaults for anything missing or wrong."""
    path = path or settings_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        log.warning("settings file %s unreadable (%s): using defaults", path, exc)
        return Settings()
    return _from_mapping(raw)


def _from_mapping(raw: dict) -> Settings:
    defaults = Settings()
    values = {}
    for field in fields(Settings):
        if field.name not in raw:
            continue
        default = getattr(defaults, field.name)
        value = raw[field.name]
        if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not type(default):
            log.warning("setting %s=%r has the wrong type: using %r", field.name, value, default)
            continue
        values[field.name] = value
    settings = replace(defaults, **values)
    if settings.language not in LANGUAGES:
        settings = replace(settings, language=defaults.language)
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write `settings` atomically (a temporary file renamed over the old one)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(tomli_w.dumps(asdict(settings)), encoding="utf-8")
    tmp.replace(path)
