"""Templates per model in batches and at the registry: a station sending both templates, a
station still sending old batches (dlib only, the form before `templates`), and the
cross-site check comparing like with like."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import select

import biometrics
from biometrics.fusion import DLIB_THRESHOLDS, FUSED_THRESHOLDS, fused_distance
from station.domain.codec.bindings import LEGACY_TEMPLATE_MODEL
from station.services.sync_service import _payload, seal_pending
from sync.registry import tables as t
from sync.registry.importer import import_bytes
from tests.sync.batch_forge import Forge


def _templates(unit: Any, number: str) -> dict[str, Any]:
    with unit.station.store.reading() as repo:
        return {tpl.model: biometrics.Template.from_bytes(tpl.data)
                for tpl in repo.get_templates(number)}


def _registry_models(registry: Any, number: str) -> list[str]:
    with registry.engine.connect() as conn:
        return sorted(m for (m,) in conn.execute(
            select(t.templates.c.model).where(t.templates.c.registration_number == number)))


def _biometric_cases(registry: Any) -> dict[frozenset[str], tuple[float, str]]:
    c = t.cross_site_cases
    with registry.engine.connect() as conn:
        rows = conn.execute(select(c.c.registration_number, c.c.candidate_number, c.c.distance,
                                   c.c.band).where(c.c.kind == "biometric")).all()
    return {frozenset((a, b)): (float(d), band) for a, b, d, band in rows}


def test_old_and_new_batches_import_and_are_compared_like_with_like(
        registry: Any, make_station: Any, faces_dir: Path, tmp_path: Path) -> None:
    """A new station's batch carries both templates and the registry keeps both; a batch of
    the old form (one `template`, dlib) still imports, is reported as old templates only, and
    is compared by dlib alone; two records with SFace templates are compared fused."""
    new = make_station("DAR", "01")
    first = new.enrol("Barack", "Obama", photo=(faces_dir / "barack_obama_1.jpg").read_bytes())
    result = import_bytes(registry, seal_pending(new.station, new.actor).path.read_bytes())
    assert result.status == "imported" and result.old_templates == 0 and not result.message
    assert _registry_models(registry, first) == sorted([LEGACY_TEMPLATE_MODEL,
                                                        biometrics.SFACE_MODEL])

    old = make_station("KGM", "02")
    second = old.enrol("Barry", "Obama", photo=(faces_dir / "barack_obama_4.jpg").read_bytes())
    with old.station.store.reading() as repo:
        payload, _numbers, _cards, _cases = _payload(repo)
    records = {"enrolments": payload.enrolments, "cards": payload.cards,
               "duplicate_decisions": payload.duplicate_decisions,
               "consent_withdrawals": payload.consent_withdrawals}
    media = [{key: value for key, value in item.items() if key != "templates"}
             for item in payload.media]  # exactly what a station made before `templates`
    assert media[0]["template"]["model"] == LEGACY_TEMPLATE_MODEL
    forge = Forge(old.station.code.station_id, old.station.signing_key,
                  registry.x25519_public, tmp_path / "forged", records, {"media": media})
    (tmp_path / "forged").mkdir()
    result = import_bytes(registry, forge.seal(records, {"media": media}))
    assert result.status == "imported" and result.old_templates == 1
    assert "reindex" in result.message
    assert _registry_models(registry, second) == [LEGACY_TEMPLATE_MODEL]

    later = make_station("KGM", "03")
    third = later.enrol("B.", "Obama", photo=(faces_dir / "barack_obama_3.jpg").read_bytes())
    result = import_bytes(registry, seal_pending(later.station, later.actor).path.read_bytes())
    assert result.status == "imported" and result.old_templates == 0

    a, b, c = (_templates(unit, n) for unit, n in ((new, first), (old, second),
                                                   (later, third)))
    cases = _biometric_cases(registry)
    # old station's record: dlib alone, on both sides of each pair
    distance, band = cases[frozenset((first, second))]
    dlib = a[LEGACY_TEMPLATE_MODEL].distance(b[LEGACY_TEMPLATE_MODEL])
    assert distance == pytest.approx(dlib, abs=1e-5) and band == DLIB_THRESHOLDS.band(dlib)
    # two records with SFace templates: the fused score
    distance, band = cases[frozenset((first, third))]
    fused = float(fused_distance(
        a[LEGACY_TEMPLATE_MODEL].distance(c[LEGACY_TEMPLATE_MODEL]),
        float(np.dot(a[biometrics.SFACE_MODEL].vector, c[biometrics.SFACE_MODEL].vector))))
    assert distance == pytest.approx(fused, abs=1e-5)
    assert band == FUSED_THRESHOLDS.band(fused) == "match"

    # a registry process starting now loads the same: dlib for all, SFace for two
    faces = registry.load_faces()
    assert len(faces.index) == 3
    assert {faces.numbers[key] for key in faces.sface} == {first, third}


def test_an_sface_template_of_another_version_is_not_compared_with_current_ones(
        registry: Any, make_station: Any, faces_dir: Path, tmp_path: Path) -> None:
    """Like with like: a record whose SFace template is of another version is stored as sent,
    but the cross-site check judges it by dlib alone."""
    first_unit = make_station("DAR", "01")
    first = first_unit.enrol("Barack", "Obama",
                             photo=(faces_dir / "barack_obama_1.jpg").read_bytes())
    assert import_bytes(registry, seal_pending(first_unit.station,
                                               first_unit.actor).path.read_bytes()).status \
        == "imported"
    other = make_station("KGM", "02")
    second = other.enrol("Barry", "Obama",
                         photo=(faces_dir / "barack_obama_4.jpg").read_bytes())
    with other.station.store.reading() as repo:
        payload, _numbers, _cards, _cases = _payload(repo)
    records = {"enrolments": payload.enrolments, "cards": payload.cards,
               "duplicate_decisions": payload.duplicate_decisions,
               "consent_withdrawals": payload.consent_withdrawals}
    media = payload.media
    for item in media[0]["templates"]:
        if item["model"] == biometrics.SFACE_MODEL:
            item["model_version"] = "0:older-crop"
    (tmp_path / "forged").mkdir()
    forge = Forge(other.station.code.station_id, other.station.signing_key,
                  registry.x25519_public, tmp_path / "forged", records, {"media": media})
    result = import_bytes(registry, forge.seal(records, {"media": media}))
    assert result.status == "imported"
    # the import says so: that station still sends old templates
    assert result.old_templates == 1 and "station biometrics reindex" in result.message
    assert _registry_models(registry, second) == sorted([LEGACY_TEMPLATE_MODEL,
                                                         biometrics.SFACE_MODEL])
    a, b = _templates(first_unit, first), _templates(other, second)
    distance, band = _biometric_cases(registry)[frozenset((first, second))]
    dlib = a[LEGACY_TEMPLATE_MODEL].distance(b[LEGACY_TEMPLATE_MODEL])
    assert distance == pytest.approx(dlib, abs=1e-5) and band == DLIB_THRESHOLDS.band(dlib)
    faces = registry.load_faces()
    assert {faces.numbers[key] for key in faces.sface} == {first}
