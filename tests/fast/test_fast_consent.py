"""Consent withdrawal rules: what is withdrawn, and what each withdrawal must erase."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from station.domain.model import Consent, WithdrawalEffect, withdrawal_effects
from station.domain.vocab import ConsentPurpose as P
from station.errors import ValidationError

GIVEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
LATER = GIVEN + timedelta(days=3)
CONSENT = Consent("2026-1", "sw", frozenset({P.REGISTRATION, P.CARD, P.BIOMETRICS}), GIVEN,
                  "olga")


def test_withdrawing_one_purpose_keeps_the_others() -> None:
    after = CONSENT.withdraw(P.CARD, LATER)
    assert after.withdrawn == ((P.CARD, LATER),)
    assert after.active_purposes() == {P.REGISTRATION, P.BIOMETRICS}
    assert after.is_withdrawn(P.CARD) and not after.allows(P.CARD)
    assert after.withdraw(P.CARD, LATER + timedelta(days=1)) == after  # again: unchanged


def test_withdrawing_registration_withdraws_everything_still_given() -> None:
    after = CONSENT.withdraw(P.CARD, GIVEN).withdraw(P.REGISTRATION, LATER)
    assert after.active_purposes() == frozenset()
    assert dict(after.withdrawn) == {P.CARD: GIVEN, P.REGISTRATION: LATER, P.BIOMETRICS: LATER}


def test_a_purpose_never_agreed_cannot_be_withdrawn() -> None:
    with pytest.raises(ValidationError, match="never agreed to sharing") as caught:
        CONSENT.withdraw(P.SHARING, LATER)
    assert caught.value.field == "purpose"


def test_each_withdrawal_erases_what_it_must() -> None:
    effects = WithdrawalEffect
    assert withdrawal_effects(P.BIOMETRICS) == {effects.ERASE_BIOMETRICS, effects.REVOKE_CARDS}
    assert withdrawal_effects(P.CARD) == {effects.REVOKE_CARDS}
    assert withdrawal_effects(P.EMERGENCY_CONTACT) == {effects.ERASE_CONTACTS}
    assert withdrawal_effects(P.REGISTRATION) == {
        effects.ERASE_BIOMETRICS, effects.REVOKE_CARDS, effects.ERASE_RECORD}
    assert withdrawal_effects(P.SHARING) == frozenset()  # recorded; exports check it
