"""A store as a release before revision 0006 wrote it: every blob under the data key (0x01)."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from station.store import tables as t
from station.store.record_blobs import SEALED
from station.store.store import Store


def to_data_key(store: Store) -> int:
    """Re-seal every record's blobs under the data key, as the old code did (`FieldCipher`,
    the same associated data), and delete the record keys. Returns how many blobs."""
    count = 0
    with store.transaction() as repo:
        for column in SEALED:
            owner = column.table.c[column.owner]
            query = select(*column.keys, column.sealed, t.enrolments.c.registration_number)
            if column.table is not t.enrolments:
                query = query.join(t.enrolments, t.enrolments.c.id == owner)
            rows = repo.connection.execute(query.where(column.sealed.is_not(None))).all()
            for row in rows:
                blob, number = row._mapping[column.sealed], row.registration_number
                if not blob:
                    continue
                context = column.context(number, row)
                plain = repo.keys.open(number, column.purpose, bytes(blob), context)
                repo.connection.execute(
                    update(column.table)
                    .where(*[k == row._mapping[k] for k in column.keys])
                    .values({column.column: repo.cipher.encrypt(plain, context)}))
                count += 1
        repo.connection.execute(delete(t.record_keys))
        repo.connection.execute(delete(t.meta).where(t.meta.c.key == "record_keys_converted"))
    return count
