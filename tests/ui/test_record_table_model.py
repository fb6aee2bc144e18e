"""The record table model passes Qt's model checks and shows its records."""

from dataclasses import dataclass

from PySide6.QtCore import Qt

from ui.widgets.record_table_model import Column, RecordTableModel


@dataclass(frozen=True)
class Row:
    name: str
    amount: int


def make_model():
    return RecordTableModel([Column("姓名", lambda r: r.name), Column("金额", lambda r: f"{r.amount}", True)])


def test_model_is_sound(qtmodeltester):
    model = make_model()
    model.set_records([Row("张伟", 3), Row("王芳", 12)])
    qtmodeltester.check(model)


def test_model_shows_records_and_headers():
    model = make_model()
    model.set_records([Row("张伟", 3)])
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "张伟"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == Row("张伟", 3)
    model.set_headers(["Name", "Amount"])
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
