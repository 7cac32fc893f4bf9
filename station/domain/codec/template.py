"""A face template as plain data: the form in batches (`{data, model, model_version}`).

`data` is the template serialised by `biometrics.Template.to_bytes()`, never a vector.
"""

from __future__ import annotations

from typing import Any

from station.domain.model import Template


def template_to_dict(template: Template) -> dict[str, Any]:
    return {"data": template.data, "model": template.model,
            "model_version": template.model_version}


def template_from_dict(number: str, data: dict[str, Any]) -> Template:
    return Template(number, bytes(data["data"]), str(data["model"]), str(data["model_version"]))
