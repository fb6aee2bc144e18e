"""The quote editor: pricing as you type, every validation message, saving, printing."""

from __future__ import annotations

import random
import subprocess
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.acting import Actor, acting_as
from app.errors import ValidationError
from app.services import accounts, customers, quotes
from tests.sales_seed import seed_sales
from ui.sales.quote_editor import QuoteEditor


@pytest.fixture
def store(db, sales_store):
    """The sales floor of `sales_store` with six seeded quotes."""
    seed_sales(db, store_id=sales_store, rng=random.Random(3), count=6)
    return sales_store


MANAGER_PASSWORD = "manager-pw-1"


@pytest.fixture(autouse=True)
def manager_account(db, sales_store):
    """The sales floor's manager 周敏 has a sign-in account (to approve with)."""
    accounts.create_account(db, name="周敏", role="manager", password=MANAGER_PASSWORD)


def manager_id(db) -> int:
    return next(a.id for a in accounts.list_accounts(db) if a.login == "周敏")


def approve(editor: QuoteEditor, runner, name: str, secret: str) -> None:
    """The approver types their own name and password in the editor's approval dialog."""
    dialog = editor.request_approval()
    dialog.form.login.setText(name)
    dialog.form.secret.setText(secret)
    dialog.form.submit()
    runner.drain()
    runner.drain()


def open_editor(db, runner, qtbot, store_id, quote_id=None) -> QuoteEditor:
    editor = QuoteEditor(db, runner, store_id, quote_id)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        pass
    return editor


def error(editor: QuoteEditor, field: str) -> str:
    label = editor.errors[field]
    return label.text() if not label.isHidden() else ""


def check(widget, row: int) -> None:
    widget.item(row).setCheckState(Qt.CheckState.Checked)


def choose_customer(editor, qtbot, query="张伟") -> None:
    with qtbot.waitSignal(editor.search.results, timeout=5000):
        editor.search.edit.setText(query)
        editor.search.search_now()
    assert editor.customer_combo.count() >= 1


def test_every_line_and_the_total_follow_what_is_typed(db, runner, qtbot, store, switcher):
    editor = open_editor(db, runner, qtbot, store)
    editor.subsidy.setText("3000")
    editor.discount.setText("2,000")
    check(editor.accessories, 0)
    check(editor.plans, 0)
    check(editor.plans, 1)
    form = editor.read_form()
    breakdown, finance = quotes.price(form, editor.vehicle_combo.currentData(),
                                      editor._quote_day())
    assert editor.total.text() == f"¥{breakdown.total:,.2f}"
    assert [editor.lines_model.record(r) for r in range(editor.lines_model.rowCount())] \
        == list(breakdown.lines)
    assert editor.finance_model.rowCount() == 2
    assert editor.finance_model.record(0) == finance[0]
    editor.discount.setText("2500")
    lower, _ = quotes.price(form.__class__(**{**form.__dict__, "discount": Decimal("2500")}),
                            editor.vehicle_combo.currentData(), editor._quote_day())
    assert lower.total < breakdown.total
    assert editor.total.text() == f"¥{lower.total:,.2f}"


def test_a_bad_number_is_shown_next_to_its_field(db, runner, qtbot, store, switcher):
    editor = open_editor(db, runner, qtbot, store)
    editor.subsidy.setText("三千")
    assert "请输入有效金额" in error(editor, "subsidy")
    assert editor.total.text() == "—"
    editor.subsidy.setText("3000")
    assert error(editor, "subsidy") == ""
    editor.registration_fee.setText("-5")
    assert "上牌费不能为负数" in error(editor, "registration_fee")
    editor.registration_fee.setText("500")
    editor.other_fee.setText("1.2.3")
    assert "请输入有效金额" in error(editor, "other_fees")


def test_a_negative_total_is_refused(db, runner, qtbot, store, switcher):
    editor = open_editor(db, runner, qtbot, store)
    editor.discount.setText("900000")
    assert "报价总额不能为负数" in error(editor, "total")
    with qtbot.waitSignal(editor.failed, timeout=5000) as blocker:
        editor.save()
    assert "标红" in blocker.args[0]


def test_discount_beyond_the_limit_needs_a_manager(db, runner, qtbot, store, switcher):
    editor = open_editor(db, runner, qtbot, store)
    choose_customer(editor, qtbot)
    editor.discount.setText("5000")
    assert editor.approval_box.isHidden() and error(editor, "discount") == ""
    editor.discount.setText("8000")
    assert not editor.approval_box.isHidden()
    assert "超出销售顾问 李强 的权限" in error(editor, "discount")
    assert "需经理审批" in error(editor, "discount")
    with qtbot.waitSignal(editor.failed, timeout=5000) as blocker:
        editor.save()
    assert "需经理审批" in blocker.args[0]
    approve(editor, runner, "周敏", "wrong-password")       # refused in the dialog
    assert "用户名或密码错误" in editor.approval_dialog.form.error.text()
    assert "需经理审批" in error(editor, "discount")
    editor.approval_dialog.reject()
    approve(editor, runner, "周敏", MANAGER_PASSWORD)
    assert "经理 周敏 已确认审批" in error(editor, "discount")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.save()
    assert saved.args[0].approved_by_name == "周敏"
    editor.discount.setText("9000")     # more than was approved: approve again
    assert "需经理审批" in error(editor, "discount")


def test_a_consultant_cannot_approve_and_a_name_proves_nothing(db, runner, qtbot, store,
                                                               switcher):
    accounts.create_account(db, name="李强", role="sales_consultant", password="consult-pw")
    editor = open_editor(db, runner, qtbot, store)
    choose_customer(editor, qtbot)
    editor.discount.setText("8000")
    approve(editor, runner, "李强", "consult-pw")
    assert "无权审批" in editor.approval_dialog.form.error.text()
    form = editor.read_form()
    assert form.approved_by_id is None
    named = replace(form, approved_by_id=manager_id(db))    # a manager's id, no proof
    with acting_as(Actor(name="李强", role="sales_consultant", desk="test")), \
            pytest.raises(ValidationError) as refused:
        quotes.create_quote(db, named, store_id=store)
    assert refused.value.field == "approved_by_id"


def test_a_manager_beyond_their_own_limit_is_refused_inline(db, runner, qtbot, store, switcher):
    editor = open_editor(db, runner, qtbot, store)
    choose_customer(editor, qtbot)
    editor.discount.setText("31000")
    approve(editor, runner, "周敏", MANAGER_PASSWORD)
    with qtbot.waitSignal(editor.failed, timeout=5000) as blocker:
        editor.save()
    assert "审批权限" in blocker.args[0]
    assert "审批权限" in error(editor, "approved_by_id")


def test_a_customer_is_required(db, runner, qtbot, store, switcher):
    editor = open_editor(db, runner, qtbot, store)
    with qtbot.waitSignal(editor.failed, timeout=5000):
        editor.save()
    assert "请选择客户" in error(editor, "customer_id")
    with qtbot.waitSignal(editor.search.results, timeout=5000):
        editor.search.edit.setText("没有这个人")
        editor.search.search_now()
    assert "新建潜客" in error(editor, "customer_id")


def test_an_unknown_customer_is_created_as_a_prospect(db, runner, qtbot, store, switcher):
    editor = open_editor(db, runner, qtbot, store)
    editor.new_prospect.setChecked(True)
    assert not editor.prospect_box.isHidden()
    for name, mobile, field, text in (("", "13900002222", "name", "请输入客户姓名"),
                                      ("刘洋", "12345", "mobile", "手机号须为 11 位数字"),
                                      ("刘洋", "", "mobile", "请输入客户手机号"),
                                      ("刘洋", "13812345678", "mobile", "张伟")):
        editor.prospect_name.setText(name)
        editor.prospect_mobile.setText(mobile)
        with qtbot.waitSignal(editor.failed, timeout=5000):
            editor.add_prospect()
        assert text in error(editor, field)
    editor.prospect_mobile.setText("13900002222")
    with qtbot.waitSignal(runner.finished, timeout=5000):
        editor.add_prospect()
    assert editor.customer_combo.currentText() == "刘洋"
    assert editor.prospect_box.isHidden() and error(editor, "mobile") == ""
    customer = customers.get_customer(db, editor.customer_id()).customer
    assert (customer.kind, customer.mobile) == ("prospect", "13900002222")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.save()
    assert saved.args[0].customer_name == "刘洋"


def test_save_give_accept_and_revise(db, runner, qtbot, store, switcher):
    editor = open_editor(db, runner, qtbot, store)
    choose_customer(editor, qtbot)
    check(editor.plans, 0)
    with qtbot.waitSignal(editor.saved, timeout=5000) as first:
        editor.save()
    record = first.args[0]
    assert editor.title.text() == f"报价单 {record.number} 第 1 版（草稿）"
    editor.discount.setText("1000")
    with qtbot.waitSignal(editor.saved, timeout=5000) as updated:
        editor.save()
    assert updated.args[0].id == record.id and updated.args[0].discount == Decimal("1000.00")
    with qtbot.waitSignal(editor.saved, timeout=5000) as given:
        editor.give()
    assert given.args[0].status == "given" and not editor.give_button.isEnabled()
    assert editor.save_button.text() == "另存为新版本"
    editor.discount.setText("1500")
    with qtbot.waitSignal(editor.saved, timeout=5000) as revised:
        editor.save()
    assert (revised.args[0].number, revised.args[0].revision) == (record.number, 2)
    assert quotes.get_quote(db, record.id).quote.status == "given"
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.give()
    with qtbot.waitSignal(editor.saved, timeout=5000) as accepted:
        editor.accept()
    assert accepted.args[0].status == "accepted"


def test_a_stored_quote_is_shown_as_stored(db, runner, qtbot, store, switcher):
    editor = open_editor(db, runner, qtbot, store, quote_id=1)
    detail = quotes.get_quote(db, 1)
    assert editor.total.text() == f"¥{detail.quote.total:,.2f}"
    assert editor.lines_model.rowCount() == len(detail.lines)
    assert editor.finance_model.rowCount() == len(detail.finance)
    assert editor.customer_combo.currentText() == detail.quote.customer_name
    assert editor.title.text().startswith(f"报价单 {detail.quote.number}")


def test_save_pdf_and_print_to_a_missing_printer(db, runner, qtbot, store, switcher, tmp_path,
                                                 monkeypatch):
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    editor = open_editor(db, runner, qtbot, store, quote_id=1)
    target = tmp_path / "quote.pdf"
    with qtbot.waitSignal(editor.printing.done, timeout=10000) as done:
        editor.save_pdf(str(target))
    assert str(target) in done.args[0]
    number = quotes.get_quote(db, 1).quote.number
    assert number in "".join(p.extract_text() for p in PdfReader(target).pages)
    editor.printer_combo.addItem("no-such-printer", "no-such-printer")
    editor.printer_combo.setCurrentIndex(editor.printer_combo.count() - 1)
    with qtbot.waitSignal(editor.failed, timeout=10000) as failed:
        editor.print_quote()
    assert "PDF" in failed.args[0] and failed.args[0] == editor.status.text()
    assert list((tmp_path / "data" / "printouts").glob("*.pdf"))


def test_english(db, runner, qtbot, store, switcher):
    editor = open_editor(db, runner, qtbot, store)
    switcher.apply("en")
    assert editor.title.text() == "New quote"
    assert editor.save_button.text() == "Save draft"
    editor.subsidy.setText("x")
    assert error(editor, "subsidy").startswith("Enter a valid amount")
    editor.subsidy.setText("0")
    editor.discount.setText("8000")
    assert "a manager must approve it" in error(editor, "discount")
    editor.discount.setText("100")
    assert editor.lines_model.data(editor.lines_model.index(0, 0)) == "MSRP"


def test_english_keeps_every_finance_column_and_translates_the_tax_note(
        db, runner, qtbot, store, switcher):
    editor = open_editor(db, runner, qtbot, store)
    for row in range(editor.plans.count()):
        check(editor.plans, row)
    switcher.apply("en")
    editor.resize(1366, 700)
    editor.show()
    editor.recompute()
    qtbot.waitUntil(lambda: editor.finance_model.rowCount() >= 2, timeout=5000)
    view = editor.finance_view
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width()          # no column behind a scroll bar
    for column in range(editor.finance_model.columnCount()):
        assert not header.isSectionHidden(column) and header.sectionSize(column) > 0
        title = editor.finance_model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)
    notes = [editor.lines_model.index(r, 1).data() for r in range(editor.lines_model.rowCount())]
    tax = next(n for n in notes if "10%" in n)
    assert tax.startswith("Taxable price") and "计税价" not in tax


def test_amounts_never_show_a_negative_zero():
    from ui.sales.quote_editor import amount_text
    assert amount_text(Decimal("-0.00")) == "0.00"
    assert amount_text(Decimal("-1234.5")) == "-1,234.50"


def test_a_draft_saved_at_another_desk_meanwhile_is_not_overwritten(db, runner, qtbot, store,
                                                                    switcher):
    draft = next(r for r in quotes.list_quotes(db) if r.status == "draft" and r.latest)
    editor = open_editor(db, runner, qtbot, store, quote_id=draft.id)
    detail = quotes.get_quote(db, draft.id)
    quotes.update_quote(db, draft.id, draft.version, detail.form)
    editor.notes.setText("客户想要白色")
    with qtbot.waitSignal(editor.failed, timeout=5000) as failed:
        editor.save()
    assert "其他工位" in failed.args[0] and editor.status.text() == failed.args[0]
    assert editor.notes.text() == "客户想要白色"


def test_without_lp_or_qtpdf_the_pdf_is_saved_instead(db, runner, qtbot, store, switcher,
                                                      tmp_path, monkeypatch):
    import ui.widgets.print_actions as print_actions
    monkeypatch.setenv("DEALERDESK_DATA", str(tmp_path / "data"))
    monkeypatch.setattr(print_actions, "qt_printing_needed", lambda: True)
    monkeypatch.setattr(print_actions, "qt_printing_available", lambda: False)
    editor = open_editor(db, runner, qtbot, store, quote_id=1)
    with qtbot.waitSignal(editor.failed, timeout=10000) as failed:
        editor.print_quote()
    assert "缺少 lp 与 QtPdf" in failed.args[0] and "文档已另存为 PDF" in failed.args[0]
    assert list((tmp_path / "data" / "printouts").glob("*.pdf"))


def _pdf_text(path) -> str:
    """The PDF's text in reading order, spaces and line breaks removed (the diagonal
    watermark comes out one character a line)."""
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return "".join(raw.split())


def test_the_pdf_is_what_the_editor_shows_or_it_asks_to_save_first(
        db, runner, qtbot, store, switcher, tmp_path):
    editor = open_editor(db, runner, qtbot, store)
    choose_customer(editor, qtbot)
    editor.discount.setText("1200")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    first = tmp_path / "first.pdf"
    with qtbot.waitSignal(editor.printing.done, timeout=10000):
        editor.save_pdf(str(first))
    text = _pdf_text(first)
    assert "1,200.00" in text and "草稿DRAFT" in text   # a draft, marked so
    editor.discount.setText("2500")                                     # not saved
    with qtbot.waitSignal(editor.failed, timeout=5000) as refused:
        editor.save_pdf(str(tmp_path / "second.pdf"))
    assert "请先保存" in refused.args[0] and editor.status.text() == refused.args[0]
    with qtbot.waitSignal(editor.failed, timeout=5000):
        editor.print_quote()
    assert not (tmp_path / "second.pdf").exists()
    assert editor.discount.text() == "2500"                             # nothing typed is lost
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    with qtbot.waitSignal(editor.printing.done, timeout=10000):
        editor.save_pdf(str(tmp_path / "second.pdf"))
    assert "2,500.00" in _pdf_text(tmp_path / "second.pdf")


def test_a_given_quote_prints_clean_and_an_unapproved_discount_is_marked(
        db, runner, qtbot, store, switcher, tmp_path):
    from app.models import Quote
    from app.services import quote_commands

    editor = open_editor(db, runner, qtbot, store)
    choose_customer(editor, qtbot)
    editor.discount.setText("8000")
    approve(editor, runner, "周敏", MANAGER_PASSWORD)     # the manager proves the approval
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    with qtbot.waitSignal(editor.saved, timeout=5000) as given:
        editor.give()
    quote_id = given.args[0].id
    path = quote_commands.export_quote_pdf(db, quote_id, tmp_path / "given.pdf")
    text = _pdf_text(path)
    assert "草稿" not in text and "未审批" not in text
    with db.session() as s:                   # the manager's approval withdrawn
        s.get(Quote, quote_id).approved_by_id = None
    text = _pdf_text(quote_commands.export_quote_pdf(db, quote_id, tmp_path / "bare.pdf"))
    assert "未审批NOTAPPROVED" in text
