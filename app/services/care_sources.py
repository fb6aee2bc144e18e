"""What the care run reads from the customer-voice feature: satisfaction scores.

The friend-referral rule needs each vehicle's latest answer to the survey's overall
question ("how likely are you to recommend the store", 0–10). One bulk query reads them
for a batch of vehicles at once; a score asked on another scale is put on 0–10.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.domain.store_time import STORE_TZ
from app.domain.survey_templates import SurveyStatus
from app.models.survey import Survey, SurveyAnswer

#: The survey question whose score decides a referral invitation.
REFERRAL_QUESTION = "overall"


def satisfaction_scores(session: Session, vehicle_ids: Sequence[int] | Select
                        ) -> dict[int, tuple[int, date]]:
    """The latest overall score (0–10) and the day it was given, by vehicle id, for the
    vehicles `vehicle_ids` (ids, or a select of them): one query, never the group's
    surveys."""
    # By the vehicle index; answered surveys are told apart here, or SQLite would walk its
    # status index (every answered survey) for each batch.
    rows = session.execute(
        select(Survey.vehicle_id, Survey.answered_at, SurveyAnswer.score,
               SurveyAnswer.scale_low, SurveyAnswer.scale_high, Survey.status)
        .join(SurveyAnswer, SurveyAnswer.survey_id == Survey.id)
        .where(Survey.vehicle_id.in_(vehicle_ids), Survey.answered_at.is_not(None),
               SurveyAnswer.question == REFERRAL_QUESTION)
        .order_by(Survey.answered_at)).all()
    scores: dict[int, tuple[int, date]] = {}
    for vehicle_id, answered_at, score, low, high, status in rows:
        if status != SurveyStatus.ANSWERED:
            continue
        ten = round((score - low) * 10 / (high - low)) if high > low else score
        scores[vehicle_id] = (ten, answered_at.astimezone(STORE_TZ).date())
    return scores
