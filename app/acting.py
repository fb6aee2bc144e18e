"""Who acts: the signed-in person carried with every service call, and what each call needs.

The desk sets the acting person at sign-in (`set_actor`), the command line from `--as` or
the headless job; `ui.tasks.TaskRunner` copies it onto its worker thread. A service function
declares what it needs with one decorator line:

    @needs(Permission.CUSTOMER_EDIT)
    def update_customer(db, ...): ...

or `@open_to_signed_in` (any signed-in person), or `@before_sign_in` (the sign-in itself).
Without an acting person, or without the permission, the call is refused with a
`UserError` before it touches the database. A call made inside another declared call
(one use case composed of others) is covered by the outer declaration. A `who=` left empty
is filled with the acting person's name, a `by_id=` left out with their staff id.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass
from typing import Any, TypeVar

from app.domain import code_names
from app.domain.roles import Permission, allows
from app.errors import UserError

F = TypeVar("F", bound=Callable[..., Any])

#: The declaration of a function open to every signed-in person.
OPEN = "open"
#: The declaration of a function that runs before anyone is signed in (the sign-in).
BEFORE_SIGN_IN = "before_sign_in"


@dataclass(frozen=True)
class Actor:
    """The person (or headless job, `system`) on whose behalf service calls run."""

    name: str
    role: str | None = None
    staff_id: int | None = None
    desk: str = ""
    system: bool = False
    #: The name typed at sign-in (the lock screen offers it back).
    login: str = ""

    def may(self, permission: Permission) -> bool:
        """True when this person's role grants `permission`."""
        return allows(self.role, permission, system=self.system)


class NotSignedIn(UserError):
    """A service call with nobody signed in."""

    def __init__(self) -> None:
        super().__init__("请先登录。", "Sign in first.")


class PermissionRefused(UserError):
    """The acting person's role does not allow this."""

    def __init__(self, actor: Actor) -> None:
        role_zh = code_names.label(actor.role or "", "zh") if actor.role else "后台任务"
        role_en = code_names.label(actor.role or "", "en") if actor.role else "headless job"
        super().__init__(f"{actor.name}（{role_zh}）无权执行此操作。",
                         f"{actor.name} ({role_en}) is not allowed to do this.")


_ACTOR: ContextVar[Actor | None] = ContextVar("dealerdesk_actor", default=None)
_INSIDE: ContextVar[bool] = ContextVar("dealerdesk_inside_declared_call", default=False)


def current() -> Actor | None:
    """The acting person, or None when nobody is signed in."""
    return _ACTOR.get()


def require_actor() -> Actor:
    """The acting person; NotSignedIn when there is none."""
    actor = _ACTOR.get()
    if actor is None or not actor.name:
        raise NotSignedIn()
    return actor


def set_actor(actor: Actor | None) -> Token:
    """Make `actor` the acting person of this thread's context (None signs out)."""
    return _ACTOR.set(actor)


def reset_actor(token: Token) -> None:
    """Undo a `set_actor`."""
    _ACTOR.reset(token)


@contextmanager
def acting_as(actor: Actor | None) -> Iterator[Actor | None]:
    """Run the block as `actor`, then restore who acted before."""
    token = _ACTOR.set(actor)
    try:
        yield actor
    finally:
        _ACTOR.reset(token)


def bound(fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn`, run as the person acting now whichever thread calls it later."""
    actor = _ACTOR.get()

    @functools.wraps(fn)
    def call(*args, **kwargs):
        with acting_as(actor):
            return fn(*args, **kwargs)

    return call


def declared(fn: Callable[..., Any]) -> Permission | str | None:
    """What `fn` was declared to need: a Permission, OPEN, BEFORE_SIGN_IN, or None."""
    return getattr(fn, "__dealerdesk_needs__", None)


def needs(permission: Permission) -> Callable[[F], F]:
    """Declare that the service function needs `permission` (one line above it)."""
    return lambda fn: _guard(fn, permission)


def open_to_signed_in(fn: F) -> F:
    """Declare that every signed-in person may call the service function."""
    return _guard(fn, OPEN)


def before_sign_in(fn: F) -> F:
    """Declare a service function that runs with nobody signed in (signing in itself)."""
    fn.__dealerdesk_needs__ = BEFORE_SIGN_IN
    return fn


def check(permission: Permission | str) -> Actor:
    """The acting person if they may do `permission` (OPEN: anyone signed in); else raise."""
    actor = require_actor()
    if permission != OPEN and not actor.may(permission):
        raise PermissionRefused(actor)
    return actor


def _guard(fn: F, permission: Permission | str) -> F:
    params = inspect.signature(fn).parameters
    fills_who, fills_by = "who" in params, "by_id" in params

    @functools.wraps(fn)
    def call(*args, **kwargs):
        if _INSIDE.get():
            return fn(*args, **kwargs)
        actor = check(permission)
        if fills_who and not kwargs.get("who"):
            kwargs["who"] = actor.name
        if fills_by and kwargs.get("by_id") is None and actor.staff_id is not None:
            kwargs["by_id"] = actor.staff_id
        token = _INSIDE.set(True)
        try:
            return fn(*args, **kwargs)
        finally:
            _INSIDE.reset(token)

    call.__dealerdesk_needs__ = permission
    return call  # type: ignore[return-value]
