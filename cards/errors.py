"""The one error type of the cards library."""

from __future__ import annotations


class CardError(ValueError):
    """A card cannot be made or read: names the offending field, never its value.

    Messages end up in logs and terminals, so they never carry personal data (names, birth dates,
    contacts); `field` says which input to fix.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    def as_dict(self) -> dict[str, str]:
        data = {"error": type(self).__name__, "message": str(self)}
        if self.field:
            data["field"] = self.field
        return data
