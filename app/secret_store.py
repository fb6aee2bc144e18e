"""Passwords the desk needs (database, camera) kept in the system keyring.

`keyring` picks the platform's store (Windows Credential Locker, macOS Keychain, the
Secret Service on a Linux desktop). A machine without one (a headless gate, a bare server)
has only keyring's "fail" backend: then `usable()` is False and the settings file keeps
the password, written readable by this user only (`app.settings.save_settings`).
"""

from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

#: The keyring "service" every DealerDesk secret is filed under.
SERVICE = "DealerDesk"


def usable() -> bool:
    """True when a keyring backend that really stores secrets is available."""
    try:
        backend = keyring.get_keyring()
        return float(getattr(backend, "priority", 0)) > 0
    except Exception as exc:  # noqa: BLE001 - a broken keyring setup means "none"
        log.warning("system keyring unavailable: %s", exc)
        return False


def save(name: str, value: str) -> bool:
    """Store `value` under `name` (an empty value deletes it); False when no keyring took
    it (the caller keeps it elsewhere)."""
    if not usable():
        return False
    try:
        if value:
            keyring.set_password(SERVICE, name, value)
        elif keyring.get_password(SERVICE, name) is not None:
            keyring.delete_password(SERVICE, name)
        return True
    except KeyringError as exc:
        log.warning("system keyring refused to store %s: %s", name, exc)
        return False


def load(name: str) -> str:
    """The secret stored under `name`, or "" when there is none (or no keyring)."""
    if not usable():
        return ""
    try:
        return keyring.get_password(SERVICE, name) or ""
    except KeyringError as exc:
        log.warning("system keyring could not be read for %s: %s", name, exc)
        return ""
