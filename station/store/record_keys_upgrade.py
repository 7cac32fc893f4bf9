"""Converting an existing store to record keys: run once, at the first unlock after the upgrade.

Revision 0006 adds the `record_keys` table; the blobs a store already holds are under the data
key (0x01) until this pass re-seals them under their person's record keys (0x02). It runs from
`Store.migrate()` when the store is unlocked (the data key is needed, so not in the Alembic
revision itself) and so needs nothing of an officer: the guarantee that an erasure destroys a
key holds on every station after its first unlock, not only on those whose officer ran a
command. It takes one record per transaction: a kill (power cut, SIGKILL) loses at most the
record being converted, and the next unlock goes on from the records still holding a 0x01 blob;
a converted blob is never converted again. Progress goes to the log (counts only). When no
0x01 blob is left a marker in `meta` spares later unlocks the scan, and the file is compacted so
the old ciphertexts leave the WAL and the free pages.

A record the pass cannot convert (a blob that does not decrypt: an altered row) is left as it
is and counted; a store that cannot be written (disk full, busy) stops the pass without
failing the unlock: it resumes next time. Until a record is converted, its erasure deletes its
rows as before.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from station.errors import LockedError, StorageError
from station.store.record_blobs import convert_record, legacy_records

if TYPE_CHECKING:
    from station.store.store import Store

DONE_MARKER = "record_keys_converted"
log = logging.getLogger("station.store")
Progress = Callable[[int, int], None]


@dataclass
class ConversionReport:
    records: int = 0  # records holding a 0x01 blob when the pass started
    converted: int = 0  # records converted by this pass
    blobs: int = 0  # blobs re-sealed
    failed: int = 0  # records left as they were (a blob did not decrypt)
    interrupted: bool = False  # the store could not be written: resumes at the next unlock
    seconds: float = 0.0


def convert_store(store: Store, progress: Progress | None = None) -> ConversionReport:
    """Re-seal every 0x01 blob of every record under record keys (see the module)."""
    report = ConversionReport()
    started = time.monotonic()
    with store.reading() as repo:
        if not repo.get_meta("station_id") or repo.get_meta(DONE_MARKER):
            return report  # a store being set up, or converted already
        todo = legacy_records(repo)
        empty = repo.count_enrolments() == 0  # nothing to remember: the scan costs nothing
    report.records = len(todo)
    if todo:
        log.log(logging.WARNING if len(todo) >= 200 else logging.INFO,
                "moving %d records to per-record keys (once; it resumes if interrupted)",
                len(todo))
    step = max(1, len(todo) // 20)
    for done, (enrolment_id, number) in enumerate(todo, start=1):
        try:
            with store.transaction() as repo:
                report.blobs += convert_record(repo, enrolment_id, number)
            report.converted += 1
        except LockedError:
            report.failed += 1
        except StorageError:
            report.interrupted = True
            log.warning("moving records to per-record keys stopped (%d of %d done): it goes "
                        "on at the next unlock", done - 1, len(todo))
            break
        if progress is not None:
            progress(done, len(todo))
        if done % step == 0 or done == len(todo):
            log.info("per-record keys: %d of %d records", done, len(todo))
    report.seconds = time.monotonic() - started
    if report.interrupted:
        return report
    if report.failed:
        log.warning("%d records could not be moved to per-record keys (their sealed data does "
                    "not decrypt); they are erased by deletion only", report.failed)
    elif not empty:
        with store.transaction() as repo:
            repo.set_meta(DONE_MARKER, "1")
    if report.converted:
        from station.store.protection_queries import compact

        compact(store)  # the 0x01 copies leave the WAL and the free pages
    return report
