"""Minimisation: which optional fields a deployment collects (`StationConfig.collected_fields`).

An empty list means every field. Required fields (names, sex, birth date or year, nationality,
consent) are always collected. Front ends hide the fields `hidden_fields` returns, and
`check_form` refuses a form that carries a value for a field the deployment does not collect.
"""

from __future__ import annotations

from dataclasses import fields

from station.errors import ValidationError
from station.services.forms import EnrolmentForm

REQUIRED = frozenset({"given_name", "family_name", "sex", "birth_date", "birth_year",
                      "nationality", "consent_purposes", "consent_language",
                      "consent_text_version"})
OPTIONAL = tuple(f.name for f in fields(EnrolmentForm) if f.name not in REQUIRED)
DEFAULTS = {"local_language": "none", "preferred_channel": "none"}


def check_configuration(collected: list[str]) -> None:
    unknown = sorted(set(collected) - set(OPTIONAL) - REQUIRED)
    if unknown:
        raise ValidationError(f"collected_fields names unknown fields: {', '.join(unknown)}",
                              field="collected_fields")


def hidden_fields(collected: list[str]) -> list[str]:
    """Optional fields this deployment does not collect (empty configuration: none)."""
    check_configuration(collected)
    if not collected:
        return []
    return [name for name in OPTIONAL if name not in collected]


def check_form(collected: list[str], form: EnrolmentForm) -> None:
    """Refuse values in fields the deployment does not collect (names the field, not the value)."""
    for name in hidden_fields(collected):
        value = getattr(form, name)
        if value and value != DEFAULTS.get(name):
            raise ValidationError(f"{name} is not collected in this deployment", field=name)
