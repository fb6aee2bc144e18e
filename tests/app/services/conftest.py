"""Helpers for the service tests (the `shop` fixture lives in tests/conftest.py)."""

from __future__ import annotations

from app.errors import UserError


def assert_user_error(exc_info, error_type, field: str | None) -> None:
    """The raised error is `error_type`, names `field`, and has both messages."""
    error = exc_info.value
    assert isinstance(error, UserError)
    assert type(error) is error_type, type(error)
    assert error.field == field
    assert error.zh.strip() and error.en.strip()
    assert error.zh != error.en
