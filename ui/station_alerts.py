"""What the station noticed that a person must act on, said under the window's header.

The station finds these at unlock or from the store (the CLI prints them as warnings): its
security settings edited outside it, operator rows edited in the database file, the audit
log's newest event removed, the disk (nearly) full, records held back from sync because a
field breaks the limits shared with the registry. `gather` reads them in a worker (as codes,
no words); `AlertBar` says each in plain words of the operator's language, with what to do.
Held-back records are listed on the Sync page (`held_rows`): number and field, never a value.
A batch the registry refused is said from its codes too (`refusal_text`).

Everything here works from the codes the station puts on its warnings (StationWarning) and
refusals (BatchRefused.result), never from their English words: rewording a command line
message changes nothing in the window.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station.domain.roles import Permission, allowed
from station.services import operators, refusals, sync_service
from station.services.context import (
    AUDIT_TAMPERED_CODE,
    DISK_FULL_CODE,
    SETTINGS_ALTERED_CODE,
    Actor,
    Station,
)
from station.services.home import RESERVE_BYTES, RESERVE_MARGIN
from ui.widgets import Banner

# the codes open_station gives its warnings (`Station.warnings`), as the alerts' kinds
_KINDS = {AUDIT_TAMPERED_CODE: "audit", SETTINGS_ALTERED_CODE: "settings",
          DISK_FULL_CODE: "disk-full"}


@dataclass
class Alerts:
    """Codes of what was found (`kinds`), and the data some of them need."""

    kinds: list[str] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)  # altered operator rows
    held: list[str] = field(default_factory=list)  # sync_service.held_back (StationWarning)
    other: list[str] = field(default_factory=list)  # warnings without a code (English)


def gather(station: Station, actor: Actor | None) -> Alerts:
    """Everything to say (in a worker: reads the store and the disk)."""
    found = Alerts()
    for warning in station.warnings:
        kind = _KINDS.get(getattr(warning, "code", ""))
        if kind is not None:
            found.kinds.append(kind)
        else:
            found.other.append(str(warning))
    home = station.home
    if "disk-full" not in found.kinds and not home.reserve_path.exists() \
            and home.free_bytes() < RESERVE_BYTES + RESERVE_MARGIN:
        found.kinds.append("disk-low")  # no room left even for the full-disk reserve
    if actor is not None and allowed(actor.role, Permission.MANAGE_USERS):
        found.accounts = operators.altered_accounts(station, actor)
        if found.accounts:
            found.kinds.append("accounts")
    if actor is not None and allowed(actor.role, Permission.SYNC):
        found.held = list(sync_service.held_back(station))
        if found.held:
            found.kinds.append("held")
    return found


def _tr(text: object) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP("StationAlerts", ...)) in the language shown."""
    return QCoreApplication.translate("StationAlerts", str(text))


ALERT_TEXTS = {
    "audit": QT_TRANSLATE_NOOP(
        "StationAlerts", "The audit log was tampered with: its newest event was deleted or "
        "changed in the database file. The station keeps working. A supervisor should check "
        "the audit log (Administration page) and report it."),
    "settings": QT_TRANSLATE_NOOP(
        "StationAlerts", "The security settings (lock-out and idle lock) were changed outside "
        "the station. The safe shipped values are used for now. An administrator should check "
        "them and save the settings again (Administration page)."),
    "disk-full": QT_TRANSLATE_NOOP(
        "StationAlerts", "The disk is full: the station is working on its reserve space. Free "
        "space on the disk now (ask your technician), or records cannot be saved."),
    "disk-low": QT_TRANSLATE_NOOP(
        "StationAlerts", "The disk is almost full. Free space on the disk soon (ask your "
        "technician), before records can no longer be saved."),
    "accounts": QT_TRANSLATE_NOOP(
        "StationAlerts", "These accounts were changed outside the station (in the database "
        "file) and cannot log in: %s. Deactivate them, add new accounts for the people, and "
        "find out who edited the file (Administration page)."),
    "held": QT_TRANSLATE_NOOP(
        "StationAlerts", "%d record(s) cannot be sent to the registry until a field is "
        "corrected. The Sync page lists them."),
}
# what is wrong with a held-back field, by sync.batch_schema.RecordRefused's code
PROBLEM_TEXTS = {
    "too-long": QT_TRANSLATE_NOOP("StationAlerts", "too long: at most %s characters"),
    "too-many": QT_TRANSLATE_NOOP("StationAlerts", "too many entries: at most %s"),
    "control-characters": QT_TRANSLATE_NOOP("StationAlerts",
                                            "it holds characters that cannot be sent"),
    "missing": QT_TRANSLATE_NOOP("StationAlerts", "it is missing"),
}
OTHER = QT_TRANSLATE_NOOP("StationAlerts", "it does not meet the registry's rules")
UNNAMED = QT_TRANSLATE_NOOP("StationAlerts", "a record the registry would refuse")
CORRECT = QT_TRANSLATE_NOOP("StationAlerts", "correct %s (%s)")
TECHNICAL = QT_TRANSLATE_NOOP(
    "StationAlerts", "a part the station fills in itself does not meet the registry's rules: "
    "ask your technician")
OPEN_SYNC = QT_TRANSLATE_NOOP("StationAlerts", "Open the Sync page")

# A refused batch (BatchRefused.result): what the registry said, by its reason code
# (sync/FORMAT.md, "Rejection reasons"), then what became of the batch, by the station's
# outcome code (station/services/refusals.py).
_UNREADABLE = QT_TRANSLATE_NOOP(
    "StationAlerts", "The registry refused batch %s: it cannot read the file (it is damaged "
    "or incomplete).")
_NOT_THIS_STATION = QT_TRANSLATE_NOOP(
    "StationAlerts", "The registry refused batch %s: it does not take batches from this "
    "station (unknown to it, or withdrawn). Ask central staff.")
_OUT_OF_ORDER = QT_TRANSLATE_NOOP(
    "StationAlerts", "The registry refused batch %s: it does not follow the batches the "
    "registry holds from this station.")
REFUSAL_REASONS = {
    "invalid-record": QT_TRANSLATE_NOOP(
        "StationAlerts", "The registry refused batch %s: a record in it has a field the "
        "registry does not accept."),
    "invalid-content": QT_TRANSLATE_NOOP(
        "StationAlerts", "The registry refused batch %s: its contents are not in the form "
        "the registry reads."),
    "duplicate-record": QT_TRANSLATE_NOOP(
        "StationAlerts", "The registry refused batch %s: the same record is in it twice."),
    "too-many-records": QT_TRANSLATE_NOOP(
        "StationAlerts", "The registry refused batch %s: it holds more than the registry "
        "takes in one batch."),
    "undecryptable": QT_TRANSLATE_NOOP(
        "StationAlerts", "The registry refused batch %s: it cannot open it (the file was "
        "damaged, or belongs to another batch)."),
    "tampered": QT_TRANSLATE_NOOP(
        "StationAlerts", "The registry refused batch %s: the file was changed after the "
        "station sealed it."),
    "wrong-recipient": QT_TRANSLATE_NOOP(
        "StationAlerts", "The registry refused batch %s: it was sealed for another registry."),
    "foreign-records": QT_TRANSLATE_NOOP(
        "StationAlerts", "The registry refused batch %s: it holds records of another "
        "station."),
    "truncated": _UNREADABLE, "malformed": _UNREADABLE, "unsupported-format": _UNREADABLE,
    "wrong-signer": _NOT_THIS_STATION, "unknown-station": _NOT_THIS_STATION,
    "revoked-station": _NOT_THIS_STATION,
    "broken-chain": _OUT_OF_ORDER, "conflict": _OUT_OF_ORDER,
}
REFUSAL_OUTCOMES = {
    (refusals.SUPERSEDED, "upload"): QT_TRANSLATE_NOOP(
        "StationAlerts", "Correct the record; the next sync sends a new batch."),
    (refusals.SUPERSEDED, "file"): QT_TRANSLATE_NOOP(
        "StationAlerts", "Correct the record, then export again: a new batch %s takes the "
        "refused one's place."),
    (refusals.UNSIGNED, "upload"): QT_TRANSLATE_NOOP(
        "StationAlerts", "The batch is kept and sent again at the next sync."),
    (refusals.UNVERIFIED, "upload"): QT_TRANSLATE_NOOP(
        "StationAlerts", "The refusal could not be verified, so the batch is kept and sent "
        "again at the next sync."),
    (refusals.REPLACED, "upload"): QT_TRANSLATE_NOOP(
        "StationAlerts", "The batch was replaced meanwhile; nothing changed."),
    (refusals.LATER_ACKNOWLEDGED, "upload"): QT_TRANSLATE_NOOP(
        "StationAlerts", "Batch %s, sent after it, was acknowledged already, so it cannot "
        "be replaced: ask central staff."),
}
for _outcome in (refusals.REPLACED, refusals.LATER_ACKNOWLEDGED):
    REFUSAL_OUTCOMES[(_outcome, "file")] = REFUSAL_OUTCOMES[(_outcome, "upload")]


def alert_text(kind: str, alerts: Alerts) -> str:
    """One alert in plain words, with what to do."""
    text = _tr(ALERT_TEXTS.get(kind, ""))
    if kind == "accounts":
        return text % ", ".join(alerts.accounts)
    if kind == "held":
        return text % len(alerts.held)
    return text


def refusal_text(result: Mapping[str, Any], english: str) -> str:
    """A refused batch in the operator's words, from `result`'s codes (BatchRefused.result);
    `english` (the command line's words, with the registry's own) only for a reason or an
    outcome this window does not know."""
    from ui.language import error_text

    reason = REFUSAL_REASONS.get(str(result.get("reason", "")))
    outcome = REFUSAL_OUTCOMES.get((str(result.get("outcome", "")), str(result.get("via", ""))))
    if reason is None or outcome is None:
        return error_text(english)
    sequence = result.get("sequence")
    then = _tr(outcome)
    if "%s" in then:
        then %= result.get("later") if result.get("outcome") == refusals.LATER_ACKNOWLEDGED \
            else sequence
    return f"{_tr(reason) % sequence} {then}"


# -- held-back records: the batch's field paths in the words of the record's form --------------
# (a batch names a field by its path in the record: `region`, `personal.name.given`,
# `personal.emergency_contacts[2].phone`; the form, and the "fields" catalogue, by its code)
_NAME_PARTS = {"given": "given_name", "family": "family_name", "other": "other_names",
               "given_latin": "given_name_latin", "family_latin": "family_name_latin",
               "other_latin": "other_names_latin"}
_ALIASES = {"arrival_month": "arrival_date"}
_ENGLISH = {"reason": "reason", "photo": "photo"}  # fields not in the form's FIELD_WORDS
_ROWS = {"emergency_contacts": "emergency contact", "family_contacts": "family contact",
         "dependants": "dependant", "documents": "identity document"}
_ROW_KEYS = {"issuing_country": "issuing country", "expiry": "expiry date"}
_ROW = re.compile(r"^([a-z_]+)\[(\d+)\]$")


def _words(code: str, key: str = "") -> str | None:
    """A field of the form in the language shown, with its article ("the region", "la
    région"); None for a field no person fills in. `key`: its "fields" catalogue entry."""
    from station.domain import labels
    from station.domain.validation import FIELD_WORDS
    from ui.language import translate

    english = FIELD_WORDS.get(code) or _ENGLISH.get(code)
    if english is None:
        return None
    if labels.current_language() == "en":
        return "the " + english
    key = key or code
    shown = translate("fields", key)
    return shown if shown != key else "the " + english


def field_words(path: str) -> str | None:
    """A batch field (`region`, `personal.name.given`, `personal.documents[1].number`) in
    words of the language shown; None for a part the station fills in itself."""
    from ui.language import translate

    parts = path.split(".")
    for group in ("personal", "contact"):  # personal.contact.phone is the form's phone
        if len(parts) >= 2 and parts[0] == group:
            parts = parts[1:]
    if len(parts) == 2 and parts[0] == "name":
        return _words(_NAME_PARTS.get(parts[1], ""))
    if len(parts) == 2 and (row := _ROW.match(parts[0])) and row.group(1) in _ROWS:
        part = _words(parts[1], _ROW_KEYS.get(parts[1], ""))
        if part is None:
            return None
        return translate("fields", "{part} of {row} {number}").format(
            part=part, row=translate("fields", _ROWS[row.group(1)]), number=row.group(2))
    if parts[0] in ("consent", "photo"):  # their parts are one thing to a person
        return _words(parts[0])
    if len(parts) == 1:
        return _words(_ALIASES.get(parts[0], parts[0]))
    return None


def problem_words(code: str, limit: str) -> str:
    """What is wrong with a held-back field (RecordRefused's code and limit) in words."""
    text = PROBLEM_TEXTS.get(code)
    if text is None:
        return _tr(OTHER)
    shown = _tr(text)
    return shown % limit if "%s" in shown else shown


def held_rows(held: Sequence[str]) -> list[tuple[str, str]]:
    """(registration number, what to correct in words) for each held-back record
    (sync_service.held_back), from its code and data; a line without them keeps no number
    (never a value: they name record and field only)."""
    rows = []
    for line in held:
        data: Mapping[str, str] = getattr(line, "data", {})
        if getattr(line, "code", "") != sync_service.HELD_BACK_CODE:
            rows.append(("", _tr(UNNAMED)))
            continue
        number = data.get("record", "")
        what = field_words(data.get("field", ""))
        if what is None:
            rows.append((number, _tr(TECHNICAL)))
            continue
        rows.append((number, _tr(CORRECT) % (
            what, problem_words(data.get("problem", ""), data.get("limit", "")))))
    return rows


ROOM_UNLIMITED = 10_000
ROOM_LEAST = 40  # squeezed, the bar still shows a banner's first line (and scrolls)
# the least the rest of the window needs (header, enrolment page, menu and status bars: 634
# px at 1366x768), for the first alerts, shown before the window's pages are laid out
REST_LEAST = 640


class AlertBar(QWidget):
    """Under the header: one banner an alert, each with what to do; "Open Sync" for the
    held-back records."""

    open_page = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationAlerts")
        self.alerts = Alerts()
        self.banners: dict[str, Banner] = {}
        # the banners scroll when there are more than the window has room for: all of them
        # shown whenever they fit, never a window taller than the screen (`_measure_room`)
        self._room = ROOM_UNLIMITED
        self._area = QScrollArea(self)
        self._area.setWidgetResizable(True)
        self._area.setFrameShape(QFrame.Shape.NoFrame)
        self._area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._inner = QWidget(self._area)
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(8, 4, 8, 0)
        self._layout.setSpacing(4)
        self._area.setWidget(self._inner)
        self._inner.installEventFilter(self)  # a banner closed: the bar as tall as the rest
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._area)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.sync_button = QPushButton(self)
        self.sync_button.clicked.connect(lambda: self.open_page.emit("sync"))
        self.hide()

    def show_alerts(self, alerts: Alerts) -> None:
        self.alerts = alerts
        self.sync_button.setParent(self)  # out of the banner about to go
        for banner in self.banners.values():
            self._layout.removeWidget(banner)  # now: the old and new banners never both
            banner.hide()  # count in the window's height (it would grow past the screen)
            banner.deleteLater()
        self.banners = {}
        kinds = list(alerts.kinds) + [f"other-{i}" for i in range(len(alerts.other))]
        for kind in kinds:
            banner = Banner(self._inner)
            self._layout.addWidget(banner)
            self.banners[kind] = banner
        held = self.banners.get("held")
        if held is not None:
            row = held.layout()
            if isinstance(row, QHBoxLayout):
                row.insertWidget(2, self.sync_button)  # before the banner's close button
                row.setAlignment(held.mark, Qt.AlignmentFlag.AlignVCenter)  # with the button
        self.sync_button.setVisible(held is not None)
        self.retranslate()
        self.setVisible(bool(kinds))
        self._measure_room()  # shown now: the rest of the window is what it leaves

    # -- height: every banner when they fit, else as many as leave the window on the screen ----
    def _width(self) -> int:
        """As wide as the window's body (the bar's own width is stale while it is hidden)."""
        parent = self.parentWidget()
        return parent.width() if parent is not None else self.width()

    def _content_height(self) -> int:
        width = self._width()
        if self._layout.hasHeightForWidth() and width > 0:
            return self._layout.heightForWidth(width)
        return self._inner.sizeHint().height()

    def _whole_banners_height(self) -> int:
        """Tallest height within the room that shows whole banners (the rest scroll)."""
        margins = self._layout.contentsMargins()
        width = self._width() - margins.left() - margins.right()
        bottom = shown = margins.top()
        for banner in self.banners.values():
            if banner.isHidden():
                continue
            height = banner.heightForWidth(width) if banner.hasHeightForWidth() and width > 0 \
                else banner.sizeHint().height()
            if bottom + height > self._room:
                break
            shown = bottom + height
            bottom = shown + self._layout.spacing()
        return max(ROOM_LEAST, shown)

    def sizeHint(self) -> QSize:
        content = self._content_height()
        height = content if content <= self._room else self._whole_banners_height()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def _measure_room(self) -> None:
        """How tall the bar may be with the rest of the window at its least on the screen's
        free area (the offscreen platform's tiny screen counts as 720 high, as the window's)."""
        window = self.window()
        screen = window.screen() if window is not self else None
        if screen is None:
            self._room = ROOM_UNLIMITED
        else:
            free = screen.availableGeometry().height()
            rest = max(REST_LEAST, window.minimumSizeHint().height() - (
                0 if self.isHidden() else self.minimumSizeHint().height()))
            self._room = max(ROOM_LEAST, (free if free >= 600 else 720) - rest)
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._inner and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # wrapped banners: another width, another height

    def retranslate(self) -> None:
        from ui.language import error_text

        for kind, banner in self.banners.items():
            if kind.startswith("other-"):
                banner.show_message(error_text(self.alerts.other[int(kind[6:])]), "warn")
                continue
            severe = kind in ("audit", "settings", "accounts", "disk-full")
            banner.show_message(alert_text(kind, self.alerts), "error" if severe else "warn")
        self.sync_button.setText(_tr(OPEN_SYNC))
        self._measure_room()  # other words, other heights

    def text(self) -> str:
        return "\n".join(b.text() for b in self.banners.values())


def gather_for(session: Any) -> Alerts:
    """`gather` for the session's station and operator (the worker's callable)."""
    station = session.station
    return gather(station, session.actor) if station is not None else Alerts()
