"""Headless customer rights: `main.py customer export ID --out PATH` and
`main.py customer erase ID --yes` (each recorded in the audit trail)."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from app import acting
from app.db import Database
from app.domain.roles import Permission
from app.errors import ValidationError
from app.paths import private_file
from app.printing.privacy_pdf import customer_export_pdf
from app.services.customer_rights import CustomerExport, erase_customer, export_customer
from app.services.store_info import store_info


def command_user() -> str:
    """Who acts on a headless command: the operating-system account, marked as such."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = os.environ.get("USER") or "?"
    return f"cli:{name}"[:50]


def export_files(export: CustomerExport, pdf: bytes, out: str | Path) -> tuple[Path, Path]:
    """Write the export's JSON at `out` and its PDF beside it (`out` with `.pdf`), both
    readable by this user only; returns both paths."""
    target = Path(out)
    if target.is_dir() or not target.parent.is_dir():
        raise ValidationError(f"无法写入“{out}”：请给出已存在文件夹中的文件名。",
                              f"Cannot write {out}: give a file name in an existing folder.",
                              field="out")
    json_path = target if target.suffix.lower() == ".json" else target.with_suffix(".json")
    pdf_path = json_path.with_suffix(".pdf")
    private_file(json_path).write_text(export.json_text(), encoding="utf-8")
    private_file(pdf_path).write_bytes(pdf)
    return json_path, pdf_path


@acting.needs(Permission.CUSTOMER_EXPORT)
def export(db: Database, customer_id: int, out: str, *, store_id: int,
           who: str | None = None) -> int:
    """`customer export`: write the JSON and the PDF, print where they went."""
    done = export_customer(db, customer_id, who=who or command_user())
    pdf = customer_export_pdf(done, store_info(db, store_id))
    json_path, pdf_path = export_files(done, pdf, out)
    print(f"{json_path}\n{pdf_path}")
    return 0


@acting.needs(Permission.CUSTOMER_ERASE)
def erase(db: Database, customer_id: int, *, confirmed: bool, who: str | None = None) -> int:
    """`customer erase`: refuse without `--yes`, else erase and print what was done."""
    if not confirmed:
        raise ValidationError("删除客户个人信息不可撤销：确认请加 --yes。",
                              "Erasing a customer cannot be undone: add --yes to confirm.",
                              field="yes")
    done = erase_customer(db, customer_id, who=who or command_user())
    deleted = ", ".join(f"{k} {v}" for k, v in done.deleted.items()) or "-"
    kept = ", ".join(f"{k} {v}" for k, v in done.anonymised.items()) or "-"
    print(f"customer {customer_id} erased; deleted: {deleted}; anonymised: {kept}; "
          f"snapshot files: {done.files}")
    return 0
