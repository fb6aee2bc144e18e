"""Every kind of record the audit can name is shown as a word, in both languages."""

from __future__ import annotations

from app.models.base import Base
from ui.admin.audit_page import ENTITY_NAMES, entity_text


def test_every_table_has_a_name_on_the_audit_page(switcher):
    missing = sorted(set(Base.metadata.tables) - set(ENTITY_NAMES))
    assert missing == []
    switcher.apply("en")
    assert entity_text("settlements") == "Settlement"
    switcher.apply("zh_CN")
    assert entity_text("settlements") == "结算单"
