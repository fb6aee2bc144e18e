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


#: A plate: a province character, the authority letter, 5 or 6 serial characters.
_PLATE = re.compile(r"([\u4e00-\u9fff][A-Z])([A-Z0-9]{3,4})([A-Z0-9\u4e00-\u9fff]{2})(?![A-Z0-9])")
#: A mainland mobile number not inside a longer number.
_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)")
#: A VIN: 17 characters without I, O and Q.
_VIN = re.compile(r"(?<![A-Z0-9])([A-HJ-NPR-Z0-9]{8})[A-HJ-NPR-Z0-9]{5}([A-HJ-NPR-Z0-9]{4})(?![A-Z0-9])")


def scrub(text: str) -> str:
    """`text` as a log may keep it: URL credentials removed, plates, mobiles and VINs
    masked wherever they appear (a safety net under every log handler)."""
    text = redact(text)
    text = _VIN.sub(lambda m: f"{m.group(1)}*****{m.group(2)}", text)
    text = _MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(3)}", text)
    return _PLATE.sub(lambda m: f"{m.group(1)}{'*' * len(m.group(2))}{m.group(3)}", text)
