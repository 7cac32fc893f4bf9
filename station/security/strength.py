"""How hard a passphrase or password is to guess (zxcvbn), with a message that says why and
what to do instead.

Rules: a station passphrase has at least 10 characters and a zxcvbn score of at least 3 ("safely
unguessable": about 10^8 guesses and more); an operator password at least 8 characters and a
score of at least 2 (it also sits behind the station passphrase and the lock-out). A phrase of
three or four unrelated words passes both.
"""

from __future__ import annotations

from station.errors import ValidationError

MIN_PASSPHRASE_LENGTH = 10
MIN_PASSPHRASE_SCORE = 3
MIN_PASSWORD_LENGTH = 8
MIN_PASSWORD_SCORE = 2
_SCORED_LENGTH = 100  # zxcvbn's time grows with the length: the first 100 characters are scored

ADVICE = "use three or four unrelated words, e.g. \"river lamp orange seventeen\""


def _why(text: str) -> tuple[int, str]:
    from zxcvbn import zxcvbn

    result = zxcvbn(text[:_SCORED_LENGTH])
    warning = str(result.get("feedback", {}).get("warning") or "").rstrip(".")
    return int(result["score"]), warning


def check_passphrase_strength(passphrase: str) -> None:
    _check(passphrase, "passphrase", MIN_PASSPHRASE_LENGTH, MIN_PASSPHRASE_SCORE)


def check_password_strength(password: str) -> None:
    _check(password, "password", MIN_PASSWORD_LENGTH, MIN_PASSWORD_SCORE)


def _check(secret: str, what: str, length: int, score: int) -> None:
    if len(secret) < length:
        raise ValidationError(f"the {what} must be at least {length} characters: {ADVICE}",
                              field=what)
    found, warning = _why(secret)
    if found < score:
        reason = f" ({warning[0].lower() + warning[1:]})" if warning else ""
        raise ValidationError(f"this {what} is too easy to guess{reason}: {ADVICE}",
                              field=what)
