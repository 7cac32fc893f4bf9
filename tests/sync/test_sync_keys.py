"""Keys kept apart: the root certifies, the service key signs acks, trust updates and lists.

Real keys, real files, a real registry on PostgreSQL and real stations on SQLite.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cards import RootKey, ServiceCertificate, ServiceKey, StationKey
from station.errors import ValidationError
from station.services.sync_service import export_batch, import_ack, pending_summary
from station.services.trust import apply_trust_update, load_bundle
from sync.ack import Acknowledgement
from sync.errors import SyncError, TrustRejected
from sync.registry.importer import import_bytes, import_file
from sync.trust_update import sign_trust_update


def _ack_fields(ack: dict[str, Any]) -> dict[str, Any]:
    return {k: ack[k] for k in ("station_id", "sequence", "batch_sha256", "records",
                                "imported", "imported_at")}


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document))
    return path


def test_station_refuses_ack_signed_by_root_or_unknown_key(registry: Any, make_station: Any,
                                                           tmp_path: Path) -> None:
    """Only the root-certified service key's acknowledgement marks records synced."""
    a = make_station()
    a.enrol("Asha", "Signer")
    result = import_file(registry, Path(export_batch(a.station, a.actor, tmp_path)["batch"]))
    document = json.loads(Path(str(result.ack_file)).read_text())
    genuine = document["acknowledgement"]
    assert genuine["signer"] == registry.service.key_id.hex() != registry.root_key_id
    assert registry.root is not None
    for key in (registry.root.private_bytes(), StationKey.generate().private_bytes()):
        forged = Acknowledgement.sign(key, **_ack_fields(genuine)).to_dict()
        path = _write(tmp_path / "forged.ack.json",
                      {"acknowledgement": forged, "trust": document["trust"]})
        with pytest.raises(ValidationError, match="not signed by a service key"):
            import_ack(a.station, a.actor, path)
        # Without its trust update an acknowledgement is refused before its signer is looked
        # at (FORMAT.md section 2); see test_ack_without_its_trust_update_is_refused.
        path = _write(tmp_path / "forged.ack.json", {"acknowledgement": forged, "trust": None})
        with pytest.raises(ValidationError, match="without the registry's trust update"):
            import_ack(a.station, a.actor, path)
    assert pending_summary(a.station)["acknowledged"] == 0
    assert import_ack(a.station, a.actor, str(result.ack_file))["records_marked"] == 1


def test_station_refuses_trust_update_not_resting_on_its_root(registry: Any,
                                                              make_station: Any,
                                                              tmp_path: Path) -> None:
    """A rogue root's service certificate, an expired one, or an edited update changes
    nothing, and an ack signed by the rogue service key is refused with it."""
    a = make_station()
    a.enrol("Asha", "Rogue")
    before = a.station.home.trust_path.read_bytes()
    today = datetime.now(UTC).date()
    rogue_root, rogue_service = RootKey.generate(), ServiceKey.generate()
    rogue_cert = ServiceCertificate.issue(rogue_root, public_key=rogue_service.public_bytes,
                                          valid_from=today, valid_to=today + timedelta(days=30))
    rogue = sign_trust_update(rogue_service, issued_at=datetime.now(UTC),
                              service_certificates=[rogue_cert],
                              certificates=registry.certificates(), revocation_lists=[])
    with pytest.raises(TrustRejected, match="not signed by this station's root"):
        apply_trust_update(a.station, rogue)

    assert registry.root is not None
    old_service = ServiceKey.generate()
    expired = ServiceCertificate.issue(registry.root, public_key=old_service.public_bytes,
                                       valid_from=date(2020, 1, 1), valid_to=date(2021, 1, 1))
    stale = sign_trust_update(old_service, issued_at=datetime.now(UTC),
                              service_certificates=[expired],
                              certificates=registry.certificates(), revocation_lists=[])
    with pytest.raises(TrustRejected, match="not valid today"):
        apply_trust_update(a.station, stale)

    edited = registry.trust_update()
    edited["certificates"] = []
    with pytest.raises(TrustRejected, match="altered"):
        apply_trust_update(a.station, edited)
    assert a.station.home.trust_path.read_bytes() == before

    result = import_file(registry, Path(export_batch(a.station, a.actor, tmp_path)["batch"]))
    genuine = json.loads(Path(str(result.ack_file)).read_text())["acknowledgement"]
    forged = Acknowledgement.sign(rogue_service.private_bytes(), **_ack_fields(genuine))
    path = _write(tmp_path / "rogue.ack.json", {"acknowledgement": forged.to_dict(),
                                                "trust": rogue})
    with pytest.raises(ValidationError, match="not signed by this station's root"):
        import_ack(a.station, a.actor, path)
    assert pending_summary(a.station)["acknowledged"] == 0
    assert a.station.home.trust_path.read_bytes() == before


def test_rotated_service_key_works_at_once_and_resent_batch_is_resigned(
        registry: Any, make_station: Any, tmp_path: Path) -> None:
    """After a rotation that retires the old key, a re-sent batch's stored ack comes back
    signed by the new key, and the station takes it with the update that comes along."""
    a = make_station()
    a.enrol("Asha", "Rotate")
    data = Path(export_batch(a.station, a.actor, tmp_path)["batch"]).read_bytes()
    first = import_bytes(registry, data)  # the answer is lost on the way back
    old = registry.service.key_id.hex()
    assert first.acknowledgement is not None and first.acknowledgement["signer"] == old
    new_cert = registry.rotate_service(retire_previous=True)
    assert [c.key_id for c in registry.service_certificates()] == [new_cert.key_id]
    again = import_bytes(registry, data)
    assert again.status == "already-imported" and again.acknowledgement is not None
    assert again.acknowledgement["signer"] == new_cert.key_id.hex()
    assert _ack_fields(again.acknowledgement) == _ack_fields(first.acknowledgement)
    path = _write(tmp_path / "again.ack.json", {"acknowledgement": again.acknowledgement,
                                                "trust": registry.trust_update()})
    assert import_ack(a.station, a.actor, path)["records_marked"] == 1
    bundle = load_bundle(a.station)
    assert [c.key_id for c in bundle.service_certificates] == [new_cert.key_id]
    assert bundle.revocation_lists[-1].signer_key_id == new_cert.key_id


def test_registry_without_root_key_cannot_certify(registry: Any, tmp_path: Path) -> None:
    """A registry opened from its home holds no root: certifying asks for the offline copy,
    and another registry's root key file is refused."""
    from sync.registry.home import RegistryHome
    from sync.registry.keys import default_root_key_path
    from sync.registry.service import Registry
    from tests.sync.conftest import REGISTRY_PASSPHRASE

    opened = Registry.open(RegistryHome(registry.home.path), REGISTRY_PASSPHRASE)
    try:
        assert opened.root is None
        for attempt in (lambda: opened.add_station("DAR", "07"), opened.rotate_service,
                        opened.certify_service):
            with pytest.raises(SyncError, match="--root-key FILE"):
                attempt()
        other = Registry.init(RegistryHome(tmp_path / "other"), "sqlite:///"
                              + str(tmp_path / "other.db"), REGISTRY_PASSPHRASE)
        other.close()
        with pytest.raises(SyncError, match="belongs to another registry"):
            opened.unlock_root(default_root_key_path(tmp_path / "other"), REGISTRY_PASSPHRASE)
        opened.unlock_root(default_root_key_path(registry.home.path), REGISTRY_PASSPHRASE)
        bundle = opened.add_station("DAR", "07")
        assert bundle["holds_private_key"] is True and bundle["station_key"]
    finally:
        opened.close()


def test_old_key_file_is_refused_in_one_line(tmp_path: Path) -> None:
    from sync.registry.keys import load_keys

    path = tmp_path / "keys.json"
    path.write_text(json.dumps({"format": "enrolment-station/registry-keys/v1"}))
    with pytest.raises(SyncError, match="version 1") as caught:
        load_keys(path, "registry passphrase 1")
    assert "\n" not in str(caught.value)


def _cli(env: dict[str, str], program: str, *args: str | Path, check: bool = True,
         in_process: bool = False) -> Any:
    """The command as a separate process, or (`in_process`) its `main` called here."""
    import subprocess
    import sys

    from tests.cli_runner import run_in_process

    module = "sync.registry" if program == "registry" else "station"
    done = run_in_process(program, args, env) if in_process else subprocess.run(
        [sys.executable, "-m", module, *map(str, args)], env=env, capture_output=True,
        text=True, timeout=180)
    assert "Traceback" not in done.stderr, done.stderr
    if not check:
        return done
    assert done.returncode == 0, (program, args, done.stderr)
    return json.loads(done.stdout) if "--json" in args else done.stdout


def test_root_key_offline_end_to_end(tmp_path: Path, pg_url: str,
                                     env_for_cli: dict[str, str]) -> None:
    """Root key moved to a "USB" folder: import and serve work without it, stations join with
    their own key certified from the offline copy, and after `root rotate-service` a station
    syncs and takes the new acknowledgements.

    `registry init`, `registry serve` and `station sync` run as separate processes; the other
    steps call the same commands' `main` here (a process start costs a second or more)."""
    import functools
    import shutil
    import signal
    import subprocess
    import sys

    from tests.sync.conftest import free_port, wait_healthy

    env, home, usb = env_for_cli, tmp_path / "registry", tmp_path / "usb"
    usb.mkdir()
    url = f"http://127.0.0.1:{free_port()}"
    made = _cli(env, "registry", "--home", home, "init", "--db", pg_url, "--url", url, "--json")
    here = functools.partial(_cli, in_process=True)
    root_file = usb / "root-key.json"
    shutil.move(made["root_key_file"], root_file)
    refused = here(env, "registry", "--home", home, "station", "add", "--site", "DAR",
                   "--station", "01", "--out", usb / "x.json", check=False)
    assert refused.returncode == 2 and not (usb / "x.json").exists()
    assert refused.stderr.startswith("error: no root key file at ")
    assert "--root-key FILE" in refused.stderr and refused.stderr.count("\n") == 1

    # The station makes its key; only the request travels; the bundle holds no private key.
    station = tmp_path / "DAR"
    here(env, "station", "--home", station, "init", "--site", "DAR", "--station", "01")
    request = here(env, "station", "--home", station, "join-request", "--out",
                   usb / "DAR-01.request.json", "--json")
    assert "private" not in (usb / "DAR-01.request.json").read_text()
    added = here(env, "registry", "--home", home, "station", "add", "--request",
                 usb / "DAR-01.request.json", "--root-key", root_file, "--out",
                 usb / "DAR-01.bundle.json", "--json")
    assert added["holds_private_key"] is False and added["station_key_id"] == request["key_id"]
    assert "station_key" not in json.loads((usb / "DAR-01.bundle.json").read_text())
    joined = here(env, "station", "--home", station, "join", usb / "DAR-01.bundle.json",
                  "--json")
    assert joined["held_private_key"] is False and joined["station_key_id"] == request["key_id"]

    # A bundle the registry made a key for is marked, and both sides say so.
    text = here(env, "registry", "--home", home, "station", "add", "--site", "ARU",
                "--station", "02", "--root-key", root_file, "--out", usb / "ARU-02.json")
    assert "holds the station's private key" in text
    assert json.loads((usb / "ARU-02.json").read_text())["holds_private_key"] is True
    text = here(env, "station", "--home", tmp_path / "ARU", "init", "--site", "ARU",
                "--station", "02", "--trust", usb / "ARU-02.json")
    assert "delete the bundle file" in text

    def enrol(given: str) -> None:
        here(env, "station", "--home", station, "enrol", "--given-name", given,
             "--family-name", "Offline", "--sex", "F", "--birth-year", "1990",
             "--nationality", "TZA", "--consent", "registration")

    enrol("Neema")  # by USB, with no root key anywhere online
    exported = here(env, "station", "--home", station, "export-batch", "--out", usb, "--json")
    imported = here(env, "registry", "--home", home, "import", exported["batch"], "--json")
    assert imported["status"] == "imported"
    assert here(env, "station", "--home", station, "import-ack", imported["ack_file"],
                "--json")["records_marked"] == 1

    rotated = here(env, "registry", "--home", home, "root", "rotate-service", "--root-key",
                   root_file, "--json")
    assert rotated["service_key_id"] != made["service_key_id"]
    assert rotated["listed_service_keys"] == [rotated["service_key_id"],
                                              made["service_key_id"]]
    assert rotated["root_key_here"] is False

    enrol("Rehema")  # over HTTP, to a `registry serve` that loaded the new key
    server = subprocess.Popen([sys.executable, "-m", "sync.registry", "--home", str(home),
                               "serve", "--port", url.rsplit(":", 1)[1]], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_healthy(url, server)
        synced = _cli(env, "station", "--home", station, "sync", "--json")
    finally:
        server.send_signal(signal.SIGTERM)
        _, errors = server.communicate(timeout=30)
    assert "Traceback" not in errors, errors
    assert synced["records_acknowledged"] == 1 and synced["trust"]["service_certificates"] == 2
    status = here(env, "station", "--home", station, "sync-status", "--json")
    assert (status["pending"], status["awaiting_ack"], status["acknowledged"]) == (0, 0, 2)
    trust = json.loads((station / "trust.json").read_text())
    assert trust["service_certificates"][0]["key_id"] == rotated["service_key_id"]


def test_join_request_proves_the_key_and_cannot_be_edited() -> None:
    """A request is signed by the key it names: another site, key or signature is refused."""
    from sync.join_request import make_join_request, read_join_request

    seed = StationKey.generate().private_bytes()
    request = make_join_request(seed, site="DAR", station="01", created_at=datetime.now(UTC))
    parsed = read_join_request(json.loads(json.dumps(request)))
    assert (parsed.station_id, parsed.key_id) == ("DAR-01", request["key_id"])
    other = make_join_request(StationKey.generate().private_bytes(), site="DAR",
                              station="01", created_at=datetime.now(UTC))
    for edited in ({**request, "site": "ARU", "station_id": "ARU-01"},
                   {**request, "public_key": other["public_key"], "key_id": other["key_id"]},
                   {**request, "key_id": other["key_id"]},
                   {**request, "signature": other["signature"]}):
        with pytest.raises(SyncError, match="join request"):
            read_join_request(edited)


def test_root_key_file_has_its_own_passphrase(tmp_path: Path) -> None:
    """With REGISTRY_ROOT_PASSPHRASE set at init, the root key file opens only with it."""
    from sync.registry.home import RegistryHome
    from sync.registry.keys import default_root_key_path
    from sync.registry.service import Registry
    from tests.sync.conftest import REGISTRY_PASSPHRASE

    made = Registry.init(RegistryHome(tmp_path / "reg"), f"sqlite:///{tmp_path}/reg.db",
                         REGISTRY_PASSPHRASE, root_passphrase="offline root secret")
    made.close()
    opened = Registry.open(RegistryHome(tmp_path / "reg"), REGISTRY_PASSPHRASE)
    try:
        path = default_root_key_path(tmp_path / "reg")
        with pytest.raises(SyncError, match="wrong passphrase for the root key file"):
            opened.unlock_root(path, REGISTRY_PASSPHRASE)
        assert opened.unlock_root(path, "offline root secret").key_id.hex() == made.root_key_id
        assert "root" not in json.loads((tmp_path / "reg" / "keys.json").read_text())
    finally:
        opened.close()


def _outbox_files(station: Any) -> list[str]:
    from station.services.sync_service import outbox

    return sorted(p.name for p in outbox(station).glob("*.batch"))


def test_retired_service_key_signs_nothing_a_station_takes(registry: Any, make_station: Any,
                                                           tmp_path: Path) -> None:
    """After `rotate_service(retire_previous=True)` and one genuine update, the old (leaked)
    key's trust updates and acknowledgements are refused for good, even with the old key's
    still-unexpired root certificate, even next to the new one, and even after the station is
    handed its old bundle again; the station's lists and outbox stay as they were."""
    from station.services.trust import install_trust

    a = make_station()
    a.enrol("Asha", "Leak")
    old_key, old_cert = registry.service, registry.service_certificate
    data = Path(export_batch(a.station, a.actor, tmp_path)["batch"]).read_bytes()
    genuine_ack = import_bytes(registry, data).acknowledgement
    assert genuine_ack is not None and genuine_ack["signer"] == old_key.key_id.hex()

    new_cert = registry.rotate_service(retire_previous=True)
    assert apply_trust_update(a.station, registry.trust_update())["service_certificates"] == 1
    assert [c.key_id for c in load_bundle(a.station).service_certificates] == [new_cert.key_id]
    before = a.station.home.trust_path.read_bytes()

    now = datetime.now(UTC)
    for listed in ([old_cert], [old_cert, new_cert], [new_cert, old_cert]):
        forged = sign_trust_update(old_key, issued_at=now, service_certificates=listed,
                                   certificates=[], revocation_lists=[])
        with pytest.raises(TrustRejected, match="was retired") as caught:
            apply_trust_update(a.station, forged)
        assert caught.value.reason == "retired-signer"
    assert a.station.home.trust_path.read_bytes() == before

    forged_ack = Acknowledgement.sign(old_key.private_bytes(), **_ack_fields(genuine_ack))
    forged_update = sign_trust_update(old_key, issued_at=now, service_certificates=[old_cert],
                                      certificates=[], revocation_lists=[])
    # With the genuine update the old certificate is nowhere left to name.
    for trust, refusal in ((forged_update, "was retired"),
                           (registry.trust_update(), "not signed by a service key")):
        path = _write(tmp_path / "leaked.ack.json", {"acknowledgement": forged_ack.to_dict(),
                                                     "trust": trust})
        with pytest.raises(ValidationError, match=refusal):
            import_ack(a.station, a.actor, path)
    assert pending_summary(a.station)["acknowledged"] == 0
    assert _outbox_files(a.station)  # the sealed batch is still there to re-send

    # The old bundle (which lists only the retired certificate) cannot bring the key back.
    with pytest.raises(ValidationError, match="no service certificate"):
        install_trust(a.station, a.bundle)
    assert a.station.home.trust_path.read_bytes() == before

    # The genuine path still works: the re-sent batch's ack is re-signed by the new key.
    again = import_bytes(registry, data).acknowledgement
    assert again is not None and again["signer"] == new_cert.key_id.hex()
    path = _write(tmp_path / "again.ack.json", {"acknowledgement": again,
                                                "trust": registry.trust_update()})
    assert import_ack(a.station, a.actor, path)["records_marked"] == 1
    assert not _outbox_files(a.station)

    from station.services.trust import retired_below

    assert (old_cert.serial, old_cert.retires_below) == (1, 0)
    assert (new_cert.serial, new_cert.retires_below) == (2, 2)
    assert retired_below(a.station) == 2


def test_station_not_yet_told_takes_the_floor_from_any_genuine_update(
        registry: Any, make_station: Any, tmp_path: Path) -> None:
    """A station that still trusts the old key refuses the old key once an update carries the
    new certificate's floor: an old-key ack that comes with it, and later updates, even if
    that update is older than one it took already."""
    a = make_station()
    a.enrol("Asha", "Told")
    old_key, old_cert = registry.service, registry.service_certificate
    data = Path(export_batch(a.station, a.actor, tmp_path)["batch"]).read_bytes()
    old_ack = import_bytes(registry, data).acknowledgement
    assert old_ack is not None and old_ack["signer"] == old_key.key_id.hex()
    registry.rotate_service(retire_previous=True)
    genuine = registry.trust_update()  # issued now, by the new key
    # The old key's certificate is still in the station's bundle, but the floor in the new
    # certificate that comes along retires it.
    path = _write(tmp_path / "old.ack.json", {"acknowledgement": old_ack, "trust": genuine})
    with pytest.raises(ValidationError, match="was retired"):
        import_ack(a.station, a.actor, path)
    assert pending_summary(a.station)["acknowledged"] == 0
    from station.services.trust import retired_below

    # Before the station hears of the rotation the leaked key still works (it was trusted),
    # but only within the clock bound.
    leaked = sign_trust_update(old_key, issued_at=datetime.now(UTC) + timedelta(minutes=2),
                               service_certificates=[old_cert],
                               certificates=registry.certificates(), revocation_lists=[])
    assert "stale" not in apply_trust_update(a.station, leaked)
    assert apply_trust_update(a.station, genuine)["stale"] == 1  # older than the leaked one
    assert retired_below(a.station) == 2  # ... yet its root-signed floor was taken
    assert [c.serial for c in load_bundle(a.station).service_certificates] == [2]
    later = sign_trust_update(old_key, issued_at=datetime.now(UTC) + timedelta(minutes=3),
                              service_certificates=[old_cert], certificates=[],
                              revocation_lists=[])
    with pytest.raises(TrustRejected, match="was retired"):
        apply_trust_update(a.station, later)


def test_trust_update_dated_in_the_future_is_refused(registry: Any, make_station: Any) -> None:
    """An update issued more than 5 minutes ahead of the station's clock is refused, so it
    cannot make every later genuine update look stale."""
    a = make_station()
    before = a.station.home.trust_path.read_bytes()
    for ahead in (timedelta(minutes=6), timedelta(days=365 * 70)):
        future = sign_trust_update(registry.service, issued_at=datetime.now(UTC) + ahead,
                                   service_certificates=registry.service_certificates(),
                                   certificates=registry.certificates(), revocation_lists=[])
        with pytest.raises(TrustRejected, match="ahead of this station's clock") as caught:
            apply_trust_update(a.station, future)
        assert caught.value.reason == "future" and "\n" not in str(caught.value)
    assert a.station.home.trust_path.read_bytes() == before
    assert "stale" not in apply_trust_update(a.station, registry.trust_update())


def test_update_without_registry_lists_keeps_the_stations_lists(registry: Any,
                                                                make_station: Any) -> None:
    """A card the registry revoked stays revoked at the station when a later update (signed
    by the service key) carries no list, or a list that lacks the card."""
    from cards import RevocationList

    a = make_station()
    card = "DAR01-000001-7"
    today = datetime.now(UTC).date()
    revoked = RevocationList().with_revoked(card, today).sign(registry.service, today)

    def update(*lists: RevocationList) -> dict[str, Any]:
        return sign_trust_update(registry.service, issued_at=datetime.now(UTC),
                                 service_certificates=registry.service_certificates(),
                                 certificates=registry.certificates(),
                                 revocation_lists=list(lists))

    def revoked_on() -> date | None:
        bundle = load_bundle(a.station)
        return bundle.revocation(card, bundle.certificates[0])

    assert apply_trust_update(a.station, update(revoked))["revocation_lists"] == 1
    assert revoked_on() == today
    assert apply_trust_update(a.station, update())["revocation_lists"] == 0
    assert revoked_on() == today
    apply_trust_update(a.station, update(RevocationList().sign(registry.service, today)))
    assert revoked_on() == today
    wider = RevocationList().with_revoked(card, today).with_revoked("DAR01-000002-5", today)
    apply_trust_update(a.station, update(wider.sign(registry.service, today)))
    assert revoked_on() == today
    lists = [rl for rl in load_bundle(a.station).revocation_lists if card in rl.entries]
    assert len(lists) == 1 and len(lists[0].entries) == 2  # the covered list was replaced


def test_ack_without_its_trust_update_is_refused(registry: Any, make_station: Any,
                                                 tmp_path: Path) -> None:
    """A genuine acknowledgement alone marks nothing synced and deletes nothing, from a file
    or in an HTTP answer: the trust update that comes with it must verify (FORMAT.md 2)."""
    from station.services.sync_service import _inline, _sync_loop

    a = make_station()
    a.enrol("Asha", "Alone")
    result = import_file(registry, Path(export_batch(a.station, a.actor, tmp_path)["batch"]))
    document = json.loads(Path(str(result.ack_file)).read_text())
    for alone in ({"acknowledgement": document["acknowledgement"]}, document["acknowledgement"],
                  {"acknowledgement": document["acknowledgement"], "trust": None}):
        path = _write(tmp_path / "alone.ack.json", alone)
        with pytest.raises(ValidationError, match="without the registry's trust update") as err:
            import_ack(a.station, a.actor, path)
        assert "\n" not in str(err.value)
    assert pending_summary(a.station)["acknowledged"] == 0 and _outbox_files(a.station)

    class NoTrustClient:
        def upload_batch(self, data: bytes) -> dict[str, Any]:
            answer = import_bytes(registry, data)
            return {"status": answer.status, "acknowledgement": answer.acknowledgement}

        def trust_update(self) -> dict[str, Any]:
            return registry.trust_update()

    with pytest.raises(SyncError, match="without the registry's trust update"):
        # the writes run inline, as the CLI's sync_now runs them (writer=None)
        _sync_loop(a.station, a.actor, NoTrustClient(), lambda *_: None, _inline)
    assert pending_summary(a.station)["acknowledged"] == 0 and _outbox_files(a.station)
    assert import_ack(a.station, a.actor, str(result.ack_file))["records_marked"] == 1


def test_service_serials_and_floor_follow_rotations(registry: Any) -> None:
    """Serials go up with every certificate; only a retiring rotation raises the floor, and a
    renewal carries it over."""
    def listed() -> list[tuple[int, int]]:
        return [(c.serial, c.retires_below) for c in registry.service_certificates()]

    assert listed() == [(1, 0)]
    registry.rotate_service()
    assert listed() == [(2, 0), (1, 0)]
    registry.certify_service()
    assert listed() == [(3, 0), (1, 0)]
    registry.rotate_service(retire_previous=True)
    assert listed() == [(4, 4)]
    registry.certify_service()
    assert listed() == [(5, 4)]
    registry.rotate_service()
    assert listed() == [(6, 4), (5, 4)]


def test_floor_from_a_joined_bundle_outlives_an_older_bundle(registry: Any,
                                                             make_station: Any) -> None:
    """A station that joins with a bundle carrying a retirement floor stores it at once: the
    older bundle (only the retired certificate) is refused afterwards."""
    from station.services.trust import install_trust

    a = make_station()
    old_bundle = json.loads(a.bundle.read_text())
    registry.rotate_service(retire_previous=True)
    newer = {**registry.trust_bundle().to_dict(), "registry_url": "",
             "holds_private_key": old_bundle["holds_private_key"],
             "station_key": old_bundle["station_key"]}
    install_trust(a.station, _write(a.bundle.with_name("newer.json"), newer))
    assert [c.serial for c in load_bundle(a.station).service_certificates] == [2]
    with pytest.raises(ValidationError, match="no service certificate"):
        install_trust(a.station, a.bundle)
    assert [c.serial for c in load_bundle(a.station).service_certificates] == [2]


def test_station_blocked_by_a_future_update_before_the_fix_recovers(registry: Any,
                                                                    make_station: Any) -> None:
    """A station that took a 2099-dated update before `issued_at` was bounded does not treat
    every later genuine update as stale."""
    from station.services.trust import TRUST_UPDATE_META

    a = make_station()
    with a.station.store.transaction() as repo:
        repo.set_meta(TRUST_UPDATE_META, "2099-01-01T00:00:00+00:00")
    assert "stale" not in apply_trust_update(a.station, registry.trust_update())
