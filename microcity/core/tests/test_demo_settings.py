"""The laptop demo (`make demo`) runs with DEBUG off: visitors never see Django's debug pages (defect 9)."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parents[3]
PRINT_SETTINGS = (
    "import json, django; django.setup(); from django.conf import settings as s; "
    "print(json.dumps({'DEBUG': s.DEBUG, 'ALLOWED_HOSTS': s.ALLOWED_HOSTS, 'SECRET_KEY': bool(s.SECRET_KEY), "
    "'FINDERS': s.WHITENOISE_USE_FINDERS, 'MIDDLEWARE': s.MIDDLEWARE, "
    "'STORAGE': s.STORAGES['staticfiles']['BACKEND']}))"
)


def server_command(target: str) -> list[str]:
    """The command that `make <target>` runs to serve the site, as make itself would run it."""
    result = subprocess.run(
        ["make", "-n", target], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    lines = [line for line in result.stdout.splitlines() if "manage.py runserver" in line]
    assert len(lines) == 1, result.stdout
    return shlex.split(lines[0])


def settings_under(command: list[str]) -> dict[str, object]:
    """The settings that the server of `command` starts with (its VAR=value prefix; nothing inherited)."""
    env = {
        k: v for k, v in os.environ.items() if k not in {"DEBUG", "DEMO", "PRODUCTION", "MICROCITY_TESTING"}
    }
    env.pop("SECRET_KEY", None)
    env.pop("ALLOWED_HOSTS", None)
    while "=" in command[0] and not command[0].startswith("-"):
        name, _, value = command.pop(0).partition("=")
        env[name] = value
    env["DJANGO_SETTINGS_MODULE"] = "microcity.settings"
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_make_demo_serves_with_debug_off_and_static_files_through_whitenoise():
    command = server_command("demo")
    settings = settings_under(command)
    assert settings["DEBUG"] is False
    assert {"127.0.0.1", "localhost"} <= set(settings["ALLOWED_HOSTS"])  # type: ignore[arg-type]
    assert settings["SECRET_KEY"]
    # runserver serves no static files without DEBUG: WhiteNoise does, from the source folders, so a
    # fresh clone needs no collectstatic (a manifest storage would fail on every page without one).
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in settings["MIDDLEWARE"]  # type: ignore[operator]
    assert settings["FINDERS"] is True
    assert "Manifest" not in str(settings["STORAGE"])


def test_make_serve_keeps_the_debug_pages_for_development():
    assert settings_under(server_command("serve"))["DEBUG"] is True


@pytest.mark.django_db
def test_without_debug_a_missing_page_is_the_sites_own_and_static_files_are_served(settings, valmiera):
    settings.DEBUG = False
    settings.WHITENOISE_USE_FINDERS = True
    client = Client()  # a new client builds its middleware (WhiteNoise's file list) from these settings
    response = client.get("/lv/valmiera/employers/999999/")
    assert response.status_code == 404
    html = response.content.decode()
    assert (
        "Microcity" in html and "Django tried these URL patterns" not in html and "DEBUG = True" not in html
    )
    static = client.get("/static/css/microcity.css")
    assert static.status_code == 200
