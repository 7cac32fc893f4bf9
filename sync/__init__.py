"""Sync with the central registry: sealed batches, acknowledgements, transports, the registry.

Public API for the station side: `BatchPayload`, `seal_batch`, `read_batch`, `verify_batch`,
`open_batch` (sync.batch); acknowledgements in sync.ack; service-signed trust updates in
sync.trust_update; join requests (a station's own public key) in sync.join_request; the HTTP
client in sync.client.
"""

from sync.batch import BatchPayload, Manifest, SealedBatch, open_batch, read_batch, seal_batch
from sync.errors import AckRejected, BatchRejected, SyncError, TransportError, TrustRejected

__all__ = [
    "AckRejected",
    "BatchPayload",
    "BatchRejected",
    "Manifest",
    "SealedBatch",
    "SyncError",
    "TransportError",
    "TrustRejected",
    "open_batch",
    "read_batch",
    "seal_batch",
]
