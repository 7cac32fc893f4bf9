"""The fast tier: every test in this folder is marked `fast` (`pytest -m fast`).

No database, no files, no Qt: domain rules, and services on `MemoryRepository`.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = str(config.rootpath / "tests" / "fast")
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.fast)
