"""The data-protection lifecycle in one import (each part lives in its own module)."""

from station.services.consent_service import available_texts, load_text, withdraw_consent
from station.services.retention import RetentionRules, load_rules, purge, save_rules
from station.services.subject_access import correct_record, subject_export
from station.services.wipe import wipe_station

__all__ = ["RetentionRules", "available_texts", "correct_record", "load_rules", "load_text",
           "purge", "save_rules", "subject_export", "wipe_station", "withdraw_consent"]
