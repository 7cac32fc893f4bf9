"""`station biometrics reindex`: give every stored photo a template of each current face model.

An existing store (dlib templates only, or templates of an older version) is brought up to the
models and versions this software makes: the sealed ID portrait of each record is decrypted,
the missing templates are made from it and stored, one record per transaction. A record that
already has a model's template at the current version is left alone, so a run that was killed
(power cut, SIGKILL) is resumed by running it again: each record ends with each template
exactly once (the table's key is record and model). Each run is audited at its start and end
with the counts; records whose portrait shows no usable face are listed and kept as they were.

Templates are made from the stored portrait, the only copy of the photo a station keeps; at
enrolment both are made from the photo as taken, so a re-indexed SFace template can differ
slightly from the one enrolment would have made (docs/biometrics-models.md has the figures).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from station.domain.model import Template
from station.domain.roles import Permission
from station.services import face_gallery
from station.services.context import Actor, Station
from station.store import protection_queries as q

Progress = Callable[[int, int], None]
_CHUNK = 50


def current_models() -> list[tuple[str, str]]:
    """(model, version) of every template this software makes, dlib's first."""
    import biometrics
    from biometrics.models import RECOGNITION_MODEL
    from biometrics.sface import SFACE_VERSION

    return [(RECOGNITION_MODEL, biometrics.TEMPLATE_VERSION),
            (biometrics.SFACE_MODEL, SFACE_VERSION)]


@dataclass
class ReindexResult:
    records: int = 0  # records that needed a template when the run started
    reindexed: int = 0  # records given at least one template
    templates: int = 0  # templates written
    failed: list[str] = field(default_factory=list)  # no usable face in the stored portrait
    versions: dict[str, int] = field(default_factory=dict)  # "model version" -> count, after

    def to_dict(self) -> dict[str, Any]:
        return {"records": self.records, "reindexed": self.reindexed,
                "templates": self.templates, "failed": list(self.failed),
                "versions": dict(self.versions)}


def pending(station: Station) -> list[tuple[int, str]]:
    """(enrolment id, registration number) of every record with a photo lacking a template
    of a current model at its current version, in id order."""
    seen: dict[int, str] = {}
    with station.store.reading() as repo:
        for model, version in current_models():
            after = 0
            while True:
                rows = repo.photos_needing_template(model, version, after, 1000)
                if not rows:
                    break
                seen.update(rows)
                after = rows[-1][0]
    return sorted(seen.items())


def _templates_for(jpeg: bytes, needed: list[tuple[str, str]]) -> list[Any]:
    import biometrics
    from biometrics.sface import extract_sface_template

    image = biometrics.load_image(jpeg)
    faces = biometrics.detect_faces(image)
    if not faces:
        raise biometrics.PhotoError("no_face", "no face in the stored portrait")
    made = []
    for model, _version in needed:
        if model == biometrics.SFACE_MODEL:
            made.append(extract_sface_template(image, faces[0]))
        else:
            made.append(biometrics.extract_template(image, faces[0]))
    return made


def _store_templates(station: Station, number: str, made: list[Any]) -> bool:
    """Store the templates made, unless the photo went meanwhile (biometrics withdrawn while
    they were being made: storing them would bring back what was erased, under a new key)."""
    with station.store.transaction() as repo:
        if q.photo_row(repo, number) is None:
            return False
        for template in made:
            repo.put_template(Template(number, template.to_bytes(), template.model,
                                       template.model_version))
    return True


def reindex(station: Station, actor: Actor, progress: Progress | None = None) -> ReindexResult:
    """Make every missing or outdated template from the stored portraits (see the module)."""
    import biometrics

    actor.require(Permission.MANAGE_KEYS)
    models = current_models()
    todo = pending(station)
    result = ReindexResult(records=len(todo))
    station.audit(actor, "biometrics-reindex-start", "", records=len(todo),
                  models=[f"{m} {v}" for m, v in models])
    for done, (_enrolment_id, number) in enumerate(todo, start=1):
        with station.store.reading() as repo:
            photo = repo.get_photo(number)
            have = {(t.model, t.model_version) for t in repo.get_templates(number)}
        needed = [mv for mv in models if mv not in have]
        if photo is not None and needed:
            try:
                made = _templates_for(photo.jpeg, needed)
            except biometrics.PhotoError:
                result.failed.append(number)
                made = []
            if made and _store_templates(station, number, made):
                result.reindexed += 1
                result.templates += len(made)
        if progress is not None:
            progress(done, len(todo))
    station.cache.pop(face_gallery.GALLERY, None)  # rebuilt with the new templates
    with station.store.reading() as repo:
        result.versions = {f"{m} {v}": n for (m, v), n in sorted(repo.template_versions().items())}
    station.audit(actor, "biometrics-reindex-end", "", records=result.records,
                  reindexed=result.reindexed, templates=result.templates,
                  failed=len(result.failed))
    return result
