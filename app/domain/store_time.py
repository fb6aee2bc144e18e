"""The store's time zone: the one definition every layer uses."""

from __future__ import annotations

from datetime import timedelta, timezone

#: China keeps one time zone and no daylight saving: the store's day runs on UTC+8.
STORE_TZ = timezone(timedelta(hours=8), "CST")
