"""The dependency rules of docs/architecture.md, checked on every import statement."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def top_levels(path: Path) -> set[str]:
    return {name.split(".")[0] for name in imported_modules(path)}


def python_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", ["biometrics", "cards"])
def test_libraries_import_nothing_of_ours_nor_qt_nor_database(package: str) -> None:
    """biometrics/ and cards/ are libraries usable without a station."""
    forbidden = {"station", "sync", "ui", "biometrics", "cards", "PySide6", "sqlalchemy",
                 "alembic"} - {package}
    offenders = {str(p.relative_to(ROOT)): top_levels(p) & forbidden
                 for p in python_files(package) if top_levels(p) & forbidden}
    assert offenders == {}


def test_only_ui_imports_qt() -> None:
    """PySide6 appears in ui/ only."""
    offenders = [str(p.relative_to(ROOT)) for package in ("station", "biometrics", "cards", "sync")
                 for p in python_files(package) if "PySide6" in top_levels(p)]
    assert offenders == []


def test_only_store_modules_import_sqlalchemy_in_the_station() -> None:
    """Inside station/, SQLAlchemy and Alembic stay in station/store/."""
    offenders = [str(p.relative_to(ROOT)) for p in python_files("station")
                 if "store" not in p.relative_to(ROOT).parts
                 and top_levels(p) & {"sqlalchemy", "alembic"}]
    assert offenders == []


def test_domain_imports_no_framework() -> None:
    """The domain model is plain Python: no Qt, no database, no services."""
    offenders = {}
    for path in python_files("station/domain"):
        names = imported_modules(path)
        bad = {n for n in names if n.split(".")[0] in {"PySide6", "sqlalchemy", "alembic"}
               or n.startswith(("station.store", "station.services", "station.cli"))}
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    assert offenders == {}


def test_nothing_imports_ui_but_its_entry_points() -> None:
    """Only the `station gui` command (and ui/ itself) import the Qt windows."""
    allowed = {"station/cli/cmd_gui.py"}
    offenders = [str(p.relative_to(ROOT)) for package in ("station", "biometrics", "cards", "sync")
                 for p in python_files(package)
                 if "ui" in top_levels(p) and str(p.relative_to(ROOT)) not in allowed]
    assert offenders == []


def _outside(package: str, allowed: Callable[[str], bool]) -> dict[str, set[str]]:
    """Per file of `package`, the imports of our other packages that `allowed` refuses."""
    ours = {"station", "sync", "biometrics", "cards", "ui"} - {package}
    offenders = {}
    for path in python_files(package):
        bad = {n for n in imported_modules(path) if n.split(".")[0] in ours and not allowed(n)}
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    return offenders


def _is_under(name: str, *modules: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in modules)


def test_sync_imports_only_the_station_domain() -> None:
    """sync/ (batches, transports, the registry) takes station's domain types only: never its
    services, store, security or commands (what a station bench needs lives in station/)."""
    assert _outside("sync", lambda n: n.split(".")[0] != "station"
                    or _is_under(n, "station.domain")) == {}


def test_ui_imports_station_services_domain_and_errors_only() -> None:
    """ui/ works through station services (plus the domain types and station.errors): not
    the store, the key vault, the commands, nor the libraries or sync directly."""
    assert _outside("ui", lambda n: _is_under(
        n, "station.services", "station.domain", "station.errors")) == {}


def test_the_rules_see_nested_imports(tmp_path: Path) -> None:
    """An import inside a function counts as much as one at the top of the file."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from station.store import x\n    import biometrics.cameras\n")
    assert imported_modules(sample) == {"station.store", "biometrics.cameras"}
