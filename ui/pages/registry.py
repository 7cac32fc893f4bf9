"""The workspace pages, in navigation order, with the permission each needs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from station.domain.roles import Permission
from ui.session import Session


def _t(text: object) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Navigation", str(text))


def _enrol(session: Session) -> QWidget:
    from ui.wizard.wizard import EnrolmentPage

    return EnrolmentPage(session)


def _review(session: Session) -> QWidget:
    from ui.pages.review import ReviewPage

    return ReviewPage(session)


def _records(session: Session) -> QWidget:
    from ui.pages.records import RecordsPage

    return RecordsPage(session)


def _sync(session: Session) -> QWidget:
    from ui.pages.sync_page import SyncPage

    return SyncPage(session)


def _central(session: Session) -> QWidget:
    from ui.pages.central import CentralPage

    return CentralPage(session)


def _admin(session: Session) -> QWidget:
    from ui.pages.admin import AdminPage

    return AdminPage(session)


# key, title, permission needed (None: everyone), factory
PAGES: list[tuple[str, Callable[[], str], Permission | None, Callable[[Session], QWidget]]] = [
    ("enrol", _t(QT_TRANSLATE_NOOP("Navigation", "Enrol a person")),
     Permission.ENROL, _enrol),
    ("review", _t(QT_TRANSLATE_NOOP("Navigation", "Duplicate review")),
     Permission.DECIDE_DUPLICATE, _review),
    ("records", _t(QT_TRANSLATE_NOOP("Navigation", "Records")),
     Permission.LIST_RECORDS, _records),
    ("sync", _t(QT_TRANSLATE_NOOP("Navigation", "Sync")),
     Permission.SYNC, _sync),
    ("central", _t(QT_TRANSLATE_NOOP("Navigation", "Central import")),
     Permission.IMPORT_BATCH, _central),
    ("admin", _t(QT_TRANSLATE_NOOP("Navigation", "Administration")),
     Permission.MANAGE_USERS, _admin),
]
