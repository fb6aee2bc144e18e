"""Settings: one TOML file in the config directory; every option has a working default.

Options are declared once, as the fields of `Settings`. A missing file, a missing key or a
value of the wrong type falls back to the default (and is logged), so a damaged file never
stops the desk from opening.
"""

from __future__ import annotations

import logging
import os
import socket
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import tomli_w

from app import secret_store
from app.domain import desk_views
from app.domain.redact import join_password, split_password
from app.domain.roles import DEFAULT_IDLE_LOCK_MINUTES, DEFAULT_MAX_FAILED_SIGN_INS
from app.domain.survey_templates import SurveyPolicy
from app.errors import UserError
from app.paths import PRIVATE_FILE_MODE, config_dir

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.toml"
LANGUAGES = ("zh_CN", "en")
#: Password fields and the address field each belongs to. The file keeps the address
#: without its password; the password goes to the system keyring when there is one.
SECRETS = {"database_password": "database_url", "camera_password": "camera_source"}
#: The default notice for the gate signage (PIPL: people are told before plates are read).
GATE_NOTICE = (
    "本停车场入口设有车牌识别摄像头。车牌号码及车辆抓拍图片仅用于识别到店客户、安排接待"
    "和服务，抓拍图片在规定期限后自动删除。未同意车牌识别的客户不会被识别身份，其车辆抓拍"
    "不予保存。如需查询、复制、更正或删除您的个人信息，或撤回同意，请联系前台。")


@dataclass(frozen=True)
class Settings:
    """Every setting of a desk, with its default."""

    language: str = "zh_CN"
    #: SQLAlchemy URL; empty means `DEALERDESK_DB` or the SQLite file in the data directory.
    database_url: str = ""
    #: The database password (kept in the system keyring, or this file mode 0600).
    database_password: str = ""
    #: Camera: a video file, an rtsp:// or http:// URL, or a USB index; empty: no camera.
    camera_source: str = ""
    #: The camera stream's password (kept like `database_password`).
    camera_password: str = ""
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
    #: The text of the sign at the gate telling drivers that plates are read (printable).
    gate_notice: str = GATE_NOTICE
    #: How many days ahead a service booking may be made.
    booking_horizon_days: int = 180
    #: The store this desk belongs to: new rows are written for it, whatever the view.
    store_id: int = 1
    #: What the desk looks at (`app.domain.desk_views`): its store, its division's stores
    #: (`division_id`) or the whole group (head office).
    desk_view: str = desk_views.STORE
    #: The division a division's view looks at (0: none).
    division_id: int = 0
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

    def database_address(self) -> str:
        """The database URL with its password, to connect with (never to show or store)."""
        return join_password(self.database_url, self.database_password)

    def camera_address(self) -> str:
        """The camera source with its password, to open (never to show or store)."""
        return join_password(self.camera_source, self.camera_password)

    def survey_policy(self) -> SurveyPolicy:
        """The survey rules these settings choose."""
        return SurveyPolicy(self.survey_delay_days, self.survey_low_stars, self.survey_low_ten)


#: The range each survey setting may take (a value outside falls back to the default).
SURVEY_LIMITS: dict[str, tuple[int, int]] = {
    "survey_delay_days": (0, 30),
    "survey_low_stars": (1, 4),
    "survey_low_ten": (0, 9),
}


def settings_path() -> Path:
    """The settings file of this user (or of `DEALERDESK_DATA`)."""
    return config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None, *, secrets: bool = False) -> Settings:
    """Read the settings file, falling back to defaults for anything missing or wrong.

    With `secrets` the passwords kept in the system keyring are read too (for connecting
    and for the settings dialog); other callers need no keyring round trip.
    """
    path = path or settings_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raw = {}
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        log.warning("settings file %s unreadable (%s): using defaults", path, exc)
        raw = {}
    settings = _from_mapping(raw)
    for secret in SECRETS if secrets else ():
        if not getattr(settings, secret):
            settings = replace(settings, **{secret: secret_store.load(secret)})
    return settings


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
    for name, (low, high) in SURVEY_LIMITS.items():
        if name in values and not low <= values[name] <= high:
            log.warning("setting %s=%r is outside %d–%d: using the default", name, values[name],
                        low, high)
            del values[name]
    settings = _with_secrets_apart(replace(defaults, **values))
    if settings.language not in LANGUAGES:
        settings = replace(settings, language=defaults.language)
    try:
        desk_views.check_view(settings.desk_view, settings.division_id)
    except UserError as exc:
        log.warning("desk view %r (division %r) refused (%s): this store's view",
                    settings.desk_view, settings.division_id, exc.en)
        settings = replace(settings, desk_view=defaults.desk_view)
    return settings


def _with_secrets_apart(settings: Settings) -> Settings:
    """`settings` with any password written into an address moved to its own field."""
    for secret, address in SECRETS.items():
        url, password = split_password(getattr(settings, address))
        if password:
            settings = replace(settings, **{address: url, secret: password})
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write `settings` atomically (a temporary file renamed over the old one), readable
    by this user only; passwords go to the system keyring when there is one, else into
    the file. An empty password removes the stored one: save settings that were loaded
    with `secrets=True`."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    values = asdict(_with_secrets_apart(settings))
    for secret in SECRETS:
        if secret_store.save(secret, values[secret]):
            values[secret] = ""
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        file.write(tomli_w.dumps(values))
    tmp.replace(path)
