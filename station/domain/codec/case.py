"""A duplicate case as plain data: its candidates' stored form, the batch form and the view.

Candidates are stored and sent as `[registration_number, distance, band]` triples (the store's
column and sync/FORMAT.md), and shown as objects.
"""

from __future__ import annotations

import json
from typing import Any

from station.domain.model import DuplicateCandidate, DuplicateCase


def candidate_to_dict(candidate: DuplicateCandidate) -> dict[str, Any]:
    return {"registration_number": candidate.registration_number,
            "distance": round(candidate.distance, 4), "band": candidate.band}


def candidates_to_json(candidates: tuple[DuplicateCandidate, ...]) -> str:
    """The store's column: distances rounded, as the case was opened."""
    return json.dumps([[c.registration_number, round(c.distance, 4), c.band]
                       for c in candidates])


def candidates_from_json(text: str) -> tuple[DuplicateCandidate, ...]:
    return tuple(DuplicateCandidate(n, d, b) for n, d, b in json.loads(text))


def case_to_dict(case: DuplicateCase) -> dict[str, Any]:
    """The view (`duplicates list --json`, the review page)."""
    return {
        "case": case.case_id,
        "registration_number": case.registration_number,
        "status": case.status.value,
        "opened_at": case.opened_at.isoformat(),
        "candidates": [candidate_to_dict(c) for c in case.candidates],
        "decision": case.decision.value if case.decision else None,
        "decided_by": case.decided_by,
    }


def case_record(case: DuplicateCase) -> dict[str, Any]:
    """The batch form (a station's decision, sent to the registry)."""
    return {"case_id": case.case_id, "registration_number": case.registration_number,
            "candidates": [[x.registration_number, x.distance, x.band]
                           for x in case.candidates],
            "opened_at": case.opened_at.isoformat(), "status": case.status.value,
            "decision": case.decision.value if case.decision else None,
            "decided_by": case.decided_by,
            "decided_at": case.decided_at.isoformat() if case.decided_at else None,
            "reason": case.reason}


def case_summary(case: DuplicateCase) -> dict[str, Any]:
    """What a record view lists of each case."""
    return {"case": case.case_id, "status": case.status.value,
            "decision": case.decision.value if case.decision else None}
