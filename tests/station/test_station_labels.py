"""Every stored code has words for people; times show local time to the minute."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from station.domain import labels
from station.domain.vocab import Need, Sex, Vulnerability


@pytest.mark.parametrize("vocabulary", labels.VOCABULARIES)
def test_every_value_of_every_vocabulary_has_words(vocabulary: type) -> None:
    for value in vocabulary:
        words = labels.label(value)
        assert words and words != value.value and "-" not in words.split()[0]


def test_codes_become_words() -> None:
    assert labels.label_of(Sex, "M") == "Male"
    assert labels.labels_of(Need, ("food", "water")) == "Food, Water"
    assert labels.label_of(Vulnerability, "single-carer") == "Caring for children alone"
    assert labels.country_name("SDN") == "Sudan"
    assert labels.country_name("COD") == "Congo, The Democratic Republic of the"
    assert labels.country_name("XXA") == "Stateless"
    assert labels.language_name("ara") == "Arabic"
    assert labels.language_name("sw") == "Swahili (macrolanguage)"


def test_times_are_local_to_the_minute_without_iso_noise(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    import time

    monkeypatch.setenv("TZ", "Africa/Dar_es_Salaam")
    time.tzset()
    try:
        shown = labels.local_time(datetime(2026, 12, 1, 8, 51, 58, 402501, tzinfo=UTC))
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert shown == "1 Dec 2026, 11:51"
    assert labels.local_date(date(1988, 3, 9)) == "9 Mar 1988"
