"""Links that leave the site are built from one configured address (core/links.py), and `make demo` sets that
address from the port it serves on. Guard: no other module glues the address to a path by hand or takes
the host from the request."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import translation

from microcity.core.links import absolute_url, site_domain, site_url

PACKAGE = Path(__file__).resolve().parents[2]
REPOSITORY = PACKAGE.parent
ALLOWED_PYTHON = {PACKAGE / "core" / "links.py", PACKAGE / "settings.py"}
BY_HAND_IN_PYTHON = re.compile(r"WAGTAILADMIN_BASE_URL|SITE_URL|build_absolute_uri")
BY_HAND_IN_TEMPLATES = re.compile(r"base_url|site_url|build_absolute_uri|request\.scheme|request\.get_host")


def test_absolute_url_from_a_name_a_path_or_an_address(settings):
    settings.SITE_URL = "https://microcity.example.org/"
    with translation.override("lv"):
        assert (
            absolute_url("talent:jobs", city="valmiera") == "https://microcity.example.org/lv/valmiera/jobs/"
        )
    with translation.override("en"):
        assert (
            absolute_url("talent:jobs", city="valmiera") == "https://microcity.example.org/en/valmiera/jobs/"
        )
    assert absolute_url("/healthz") == "https://microcity.example.org/healthz"
    assert absolute_url("https://elsewhere.example/x") == "https://elsewhere.example/x"
    assert site_url() == "https://microcity.example.org"
    assert site_domain() == "microcity.example.org"
    with pytest.raises(TypeError):
        absolute_url("/lv/", city="valmiera")


def test_the_template_tag_gives_the_same_link(settings):
    settings.SITE_URL = "https://microcity.example.org"
    template = Template("{% load microcity_links %}{% absolute_url 'talent:jobs' city=slug %}")
    with translation.override("en"):
        assert template.render(Context({"slug": "ventspils"})) == (
            "https://microcity.example.org/en/ventspils/jobs/"
        )


def test_wagtail_links_come_from_the_same_address(settings):
    from django.conf import settings as live

    assert live.WAGTAILADMIN_BASE_URL == live.SITE_URL


def _by_hand() -> list[str]:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in ALLOWED_PYTHON or "tests" in path.relative_to(PACKAGE).parts or path.name == "conftest.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if BY_HAND_IN_PYTHON.search(line):
                offenders.append(f"{path.relative_to(REPOSITORY)}:{number}: {line.strip()}")
    for path in sorted((PACKAGE / "templates").rglob("*.*")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if BY_HAND_IN_TEMPLATES.search(line):
                offenders.append(f"{path.relative_to(REPOSITORY)}:{number}: {line.strip()}")
    return offenders


def test_no_module_builds_an_absolute_link_by_hand():
    assert _by_hand() == [], (
        "build links that leave the site with microcity.core.links.absolute_url "
        "(templates: {% load microcity_links %}{% absolute_url … %})"
    )


def test_the_guard_catches_a_link_glued_by_hand():
    assert BY_HAND_IN_PYTHON.search('return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path')
    assert BY_HAND_IN_PYTHON.search("settings.SITE_URL + reverse('x')")
    assert BY_HAND_IN_PYTHON.search("request.build_absolute_uri(reverse('x'))")
    assert BY_HAND_IN_TEMPLATES.search("{{ base_url }}{% url 'talent:job' pk=1 %}")


def _make_dry_run(*arguments: str, base_url: str | None = None) -> str:
    # Run as a child of `make test`, make's own variables would pass that run's settings down: left out.
    inherited = {"BASE_URL", "PORT", "MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES"}
    environment = {key: value for key, value in os.environ.items() if key not in inherited}
    if base_url is not None:
        environment["BASE_URL"] = base_url
    # -n prints the commands without running any; -W pretends pyproject.toml changed, so the install step
    # is printed, not looked at.
    result = subprocess.run(
        ["make", "-n", "-W", "pyproject.toml", *arguments],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_demo_and_serve_take_the_address_from_the_port():
    demo = _make_dry_run("demo", "PORT=9123")
    runserver = next(line for line in demo.splitlines() if "runserver" in line)
    assert 'BASE_URL="http://127.0.0.1:9123"' in runserver and "127.0.0.1:9123" in runserver
    seed = next(line for line in demo.splitlines() if "seed_demo" in line)
    assert 'BASE_URL="http://127.0.0.1:9123"' in seed
    serve = _make_dry_run("serve")
    assert 'BASE_URL="http://127.0.0.1:8000"' in next(
        line for line in serve.splitlines() if "runserver" in line
    )
    given = _make_dry_run("demo", "PORT=9123", base_url="https://demo.example.org")
    assert 'BASE_URL="https://demo.example.org"' in next(
        line for line in given.splitlines() if "runserver" in line
    )
