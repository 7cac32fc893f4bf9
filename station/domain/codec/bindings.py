"""The associated data that binds each ciphertext to its record (one spelling, one place).

A sealed value decrypts only under the string it was sealed with, so a ciphertext copied onto
another record's row fails to open instead of showing one person's data as another's. The
station store and the central registry both use these; changing one unseals every stored value.
"""

from __future__ import annotations


def enrolment(number: str) -> str:
    """A record's sealed details (station store, its history, and the registry)."""
    return f"enrolment:{number}"


def photo(number: str) -> str:
    return f"photo:{number}"


def override_reason(number: str) -> str:
    """Why a photo was kept although its quality check failed."""
    return f"override:{number}"


# The first face model: its templates were sealed before a record could hold several, under
# `template:<number>`, and keep that binding so old stores and registries still open them.
LEGACY_TEMPLATE_MODEL = "dlib_face_recognition_resnet_model_v1"


def template(number: str, model: str = LEGACY_TEMPLATE_MODEL) -> str:
    """A record's template of `model`: each model's own binding, so a ciphertext moved onto
    the row of another model (or record) fails to open."""
    if model == LEGACY_TEMPLATE_MODEL:
        return f"template:{number}"
    return f"template:{number}:{model}"


def case_reason(case_id: int) -> str:
    """A station's reason for its decision on duplicate case `case_id`."""
    return f"case:{case_id}"


def station_case_reason(station_id: str, case_id: int | str) -> str:
    """The registry's copy of a station's case reason: case ids are per station."""
    return f"case:{station_id}:{case_id}"


def cross_case_reason(case_id: int) -> str:
    """The registry's reason for its decision on a cross-site case."""
    return f"cross-case:{case_id}"


def draft(draft_id: int) -> str:
    return f"draft:{draft_id}"


# A person's record keys (crypto-shredding): one for the details (sealed body, history, case
# reasons) and one for the biometrics (photo, its override reason, every model's template), so
# that a biometrics withdrawal destroys the second alone.
DETAILS_KEY = "details"
BIOMETRICS_KEY = "biometrics"


def record_key(number: str, purpose: str) -> str:
    """A wrapped record key: moved onto another number's (or purpose's) row, it fails to
    unwrap."""
    return f"record-key:{number}:{purpose}"
