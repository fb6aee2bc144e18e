"""The paper satisfaction survey: one A4 page with the questions, score boxes and a QR code
of the survey number, so a returned form is found again by scanning or typing that number.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.domain.store_time import STORE_TZ
from app.printing.layout import (
    CONTENT_WIDTH,
    QrCode,
    StoreInfo,
    bilingual,
    build_pdf,
    escape,
    grid_style,
    make_styles,
    para,
    plain_style,
    table,
)

QR_SIZE = 32 * mm
_OCCASION = {"service": ("维修保养满意度回访", "Service satisfaction survey"),
             "delivery": ("新车交付满意度回访", "New car delivery survey")}


def survey_form_pdf(form) -> bytes:
    """The form of `form` (an `app.services.surveys.SurveyForm`) as PDF bytes."""
    s = make_styles()
    row = form.row
    zh, en = _OCCASION.get(row.occasion, ("满意度回访", "Satisfaction survey"))
    event = row.event_at.astimezone(STORE_TZ).strftime("%Y-%m-%d")
    facts = [
        para(bilingual(zh, en), s.title),
        para(f"{bilingual('回访单号', 'Survey No.')}  <b>{escape(row.number)}</b>", s.body),
        para(f"{bilingual('客户', 'Customer')}  {escape(row.customer_name)}   "
             f"{bilingual('车牌', 'Plate')}  {escape(row.plate or '—')}", s.body),
        para(f"{bilingual('日期', 'Date')}  {event}   "
             f"{bilingual('工单', 'Work order')}  {escape(row.work_order_number or '—')}   "
             f"{bilingual('顾问', 'Advisor')}  {escape(row.staff_name or '—')}", s.body),
    ]
    head = table([[facts, QrCode(row.number, QR_SIZE)]], [CONTENT_WIDTH - QR_SIZE, QR_SIZE],
                 plain_style(s.font), repeat_rows=0)
    high = max(q.high for q in form.questions)
    score_width = (CONTENT_WIDTH * 0.55) / (high + 1)
    rows = [[para(bilingual("题目", "Question"), s.body)]
            + [str(n) for n in range(0, high + 1)]]
    for number, question in enumerate(form.questions, 1):
        boxes = ["□" if question.low <= n <= question.high else "" for n in range(0, high + 1)]
        rows.append([para(f"{number}. {bilingual(question.zh, question.en)}", s.body)] + boxes)
    grid = table(rows, [CONTENT_WIDTH * 0.45] + [score_width] * (high + 1),
                 grid_style(font=s.font, size=11))
    story = [head, Spacer(1, 6 * mm),
             para(bilingual("请在每题相应分数的方框内打 ✓（分数越高越满意）。",
                            "Tick one box per question (higher is better)."), s.small),
             Spacer(1, 2 * mm), grid, Spacer(1, 8 * mm),
             para(bilingual("您的意见与建议", "Your comments"), s.section)]
    story += [table([[""]], [CONTENT_WIDTH], grid_style(font=s.font), repeat_rows=0),
              Spacer(1, 8 * mm)] * 3
    story.append(para(bilingual("感谢您的宝贵意见！填好后请交回前台或服务顾问。",
                                "Thank you! Please hand the form back at the front desk."),
                      s.small))
    store = StoreInfo(form.store_name or "DealerDesk")
    return build_pdf(story, store, row.number, f"{zh} {row.number}", s)
