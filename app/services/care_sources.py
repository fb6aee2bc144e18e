"""What the care run reads from other desks' features that may not exist yet.

The friend-referral rule needs each vehicle's latest satisfaction score. Surveys belong to
the customer-voice feature (issue 17); until its tables land this returns no scores, so no
referral item is created. When they land, this one function reads them (one bulk query).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session


def satisfaction_scores(session: Session, vehicle_ids: Sequence[int]
                        ) -> dict[int, tuple[int, date]]:
    """The latest satisfaction score (0–10) and its day, by vehicle id. No survey source
    exists yet: an empty mapping (the referral rule then stays silent)."""
    del session, vehicle_ids
    return {}
