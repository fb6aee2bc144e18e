"""What may be logged, printed or stored about a secret or a person: credentials taken out
of URLs, plates and mobiles masked. Pure text functions; the gate imports them too."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit, urlunsplit

#: `scheme://user:password@` (or `scheme://user@`) inside any text.
_CREDENTIALS = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*://)[^/@\s]*@")


def redact(text: object) -> str:
    """`text` with the credentials of every URL in it removed
    (`rtsp://admin:pw@10.0.0.5/x` → `rtsp://10.0.0.5/x`); other text unchanged."""
    return _CREDENTIALS.sub(lambda m: m.group("scheme"), str(text))


def mask_plate(plate: str | None) -> str:
    """A plate as logs may carry it: province and authority letter, then the last two
    characters (`粤B12345` → `粤B***45`)."""
    if not plate:
        return ""
    if len(plate) <= 4:
        return "*" * len(plate)
    return f"{plate[:2]}{'*' * (len(plate) - 4)}{plate[-2:]}"


def split_password(url: str) -> tuple[str, str]:
    """(the URL without its password, the password) — `""` when it has none. The user name
    stays in the URL: it is not a secret and the password belongs to it."""
    if "://" not in url:
        return url, ""
    parts = urlsplit(url)
    if parts.password is None:
        return url, ""
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    netloc = f"{user}@{host}" if user else host
    return urlunsplit(parts._replace(netloc=netloc)), unquote(parts.password)


def join_password(url: str, password: str) -> str:
    """The URL with `password` put back for its user (the reverse of `split_password`);
    `url` unchanged when there is no password or it already carries one."""
    if not password or "://" not in url:
        return url
    parts = urlsplit(url)
    if parts.password is not None:
        return url
    user, _, host = parts.netloc.rpartition("@")
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return urlunsplit(parts._replace(netloc=netloc))
