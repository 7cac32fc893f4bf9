"""What the station noticed that a person must act on, said under the window's header.

The station finds these at unlock or from the store (the CLI prints them as warnings): its
security settings edited outside it, operator rows edited in the database file, the audit
log's newest event removed, the disk (nearly) full, records held back from sync because a
field breaks the limits shared with the registry. `gather` reads them in a worker (as codes,
no words); `AlertBar` says each in plain words of the operator's language, with what to do.
Held-back records are listed on the Sync page (`held_rows`): number and field, never a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from station.domain.roles import Permission, allowed
from station.services import operators, sync_service
from station.services.context import AUDIT_TAMPERED, Actor, Station
from station.services.home import RESERVE_BYTES, RESERVE_MARGIN
from ui.widgets import Banner

# what open_station writes in `Station.warnings`, recognised by its words
_SETTINGS = "the security settings in"
_DISK_FULL = "the disk is full"
_HELD = re.compile(r"^record (\S+): the (\S+) (.+)$")


@dataclass
class Alerts:
    """Codes of what was found (`kinds`), and the data some of them need."""

    kinds: list[str] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)  # altered operator rows
    held: list[str] = field(default_factory=list)  # sync_service.held_back lines
    other: list[str] = field(default_factory=list)  # warnings of no known kind (English)


def gather(station: Station, actor: Actor | None) -> Alerts:
    """Everything to say (in a worker: reads the store and the disk)."""
    found = Alerts()
    for warning in station.warnings:
        if warning == AUDIT_TAMPERED:
            found.kinds.append("audit")
        elif warning.startswith(_SETTINGS):
            found.kinds.append("settings")
        elif warning.startswith(_DISK_FULL):
            found.kinds.append("disk-full")
        else:
            found.other.append(warning)
    home = station.home
    if "disk-full" not in found.kinds and not home.reserve_path.exists() \
            and home.free_bytes() < RESERVE_BYTES + RESERVE_MARGIN:
        found.kinds.append("disk-low")  # no room left even for the full-disk reserve
    if actor is not None and allowed(actor.role, Permission.MANAGE_USERS):
        found.accounts = operators.altered_accounts(station, actor)
        if found.accounts:
            found.kinds.append("accounts")
    if actor is not None and allowed(actor.role, Permission.SYNC):
        found.held = sync_service.held_back(station)
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
TOO_LONG = QT_TRANSLATE_NOOP("StationAlerts", "too long: at most %s characters")
CONTROL = QT_TRANSLATE_NOOP("StationAlerts", "it holds characters that cannot be sent")
MISSING = QT_TRANSLATE_NOOP("StationAlerts", "it is missing")
OTHER = QT_TRANSLATE_NOOP("StationAlerts", "it does not meet the registry's rules")
UNNAMED = QT_TRANSLATE_NOOP("StationAlerts", "a record the registry would refuse")
CORRECT = QT_TRANSLATE_NOOP("StationAlerts", "correct %s (%s)")
OPEN_SYNC = QT_TRANSLATE_NOOP("StationAlerts", "Open the Sync page")


def alert_text(kind: str, alerts: Alerts) -> str:
    """One alert in plain words, with what to do."""
    text = _tr(ALERT_TEXTS.get(kind, ""))
    if kind == "accounts":
        return text % ", ".join(alerts.accounts)
    if kind == "held":
        return text % len(alerts.held)
    return text


def field_words(path: str) -> str:
    """A batch field (`region`, `personal.given_name`, `contacts.0.phone`) in words."""
    from station.domain import labels
    from station.domain.validation import FIELD_WORDS
    from ui.language import translate

    parts = [p for p in path.split(".") if not p.isdigit()]
    code = parts[-1] if parts else path
    shown = translate("fields", code)
    if labels.current_language() != "en" and shown != code:
        return shown  # the catalogues' field words carry their article ("le prénom")
    return "the " + FIELD_WORDS.get(code, code.replace("_", " "))


def problem_words(problem: str) -> str:
    found = re.match(r"is longer than (\d+) characters", problem)
    if found:
        return _tr(TOO_LONG) % found.group(1)
    if "control characters" in problem:
        return _tr(CONTROL)
    if "missing" in problem:
        return _tr(MISSING)
    return _tr(OTHER)


def held_rows(held: list[str]) -> list[tuple[str, str]]:
    """(registration number, what to correct in words) for each held-back line; a line of
    another form keeps no number (never a value: the lines name record and field only)."""
    rows = []
    for line in held:
        found = _HELD.match(line)
        if found is None:
            rows.append(("", _tr(UNNAMED)))
            continue
        number, path, problem = found.groups()
        rows.append((number, _tr(CORRECT) % (field_words(path), problem_words(problem))))
    return rows


class AlertBar(QWidget):
    """Under the header: one banner an alert, each with what to do; "Open Sync" for the
    held-back records."""

    open_page = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationAlerts")
        self.alerts = Alerts()
        self.banners: dict[str, Banner] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 0)
        self._layout.setSpacing(4)
        self.sync_button = QPushButton(self)
        self.sync_button.clicked.connect(lambda: self.open_page.emit("sync"))
        self.hide()

    def show_alerts(self, alerts: Alerts) -> None:
        self.alerts = alerts
        self.sync_button.setParent(self)  # out of the banner about to go
        for banner in self.banners.values():
            banner.deleteLater()
        self.banners = {}
        kinds = list(alerts.kinds) + [f"other-{i}" for i in range(len(alerts.other))]
        for kind in kinds:
            banner = Banner(self)
            self._layout.addWidget(banner)
            self.banners[kind] = banner
        held = self.banners.get("held")
        if held is not None:
            row = held.layout()
            if isinstance(row, QHBoxLayout):
                row.insertWidget(2, self.sync_button)  # before the banner's close button
        self.sync_button.setVisible(held is not None)
        self.retranslate()
        self.setVisible(bool(kinds))

    def retranslate(self) -> None:
        from ui.language import error_text

        for kind, banner in self.banners.items():
            if kind.startswith("other-"):
                banner.show_message(error_text(self.alerts.other[int(kind[6:])]), "warn")
                continue
            severe = kind in ("audit", "settings", "accounts", "disk-full")
            banner.show_message(alert_text(kind, self.alerts), "error" if severe else "warn")
        self.sync_button.setText(_tr(OPEN_SYNC))

    def text(self) -> str:
        return "\n".join(b.text() for b in self.banners.values())


def gather_for(session: Any) -> Alerts:
    """`gather` for the session's station and operator (the worker's callable)."""
    station = session.station
    return gather(station, session.actor) if station is not None else Alerts()
