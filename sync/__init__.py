"""Sync with the central registry: sealed batches, acknowledgements, transports, the registry.

Public API for the station side: `BatchPayload`, `seal_batch`, `read_batch`, `verify_batch`,
`open_batch` (sync.batch); acknowledgements in sync.ack; the HTTP client in sync.client.
"""

from sync.batch import BatchPayload, Manifest, SealedBatch, open_batch, read_batch, seal_batch
from sync.errors import AckRejected, BatchRejected, SyncError, TransportError

__all__ = [
    "AckRejected",
    "BatchPayload",
    "BatchRejected",
    "Manifest",
    "SealedBatch",
    "SyncError",
    "TransportError",
    "open_batch",
    "read_batch",
    "seal_batch",
]
