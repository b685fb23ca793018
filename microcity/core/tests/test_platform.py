"""Project-wide promises: translations complete and compiled, production settings pass check --deploy."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
LOCALE = ROOT / "microcity" / "locale"


def po_entries(path: Path) -> list[tuple[str, list[str], bool]]:
    """(msgid, msgstrs, fuzzy) for each entry except the header."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        if "msgid" not in block:
            continue
        fuzzy = "#, fuzzy" in block
        msgid = "".join(
            re.findall(r'^(?:msgid|")(?: )?"?(.*)"$', block.split("msgid_plural")[0].split("msgstr")[0], re.M)
        )
        strs = re.findall(r'msgstr(?:\[\d\])? "(.*)"((?:\n".*")*)', block)
        values = [first + "".join(re.findall(r'"(.*)"', rest)) for first, rest in strs]
        entries.append((msgid, values, fuzzy))
    return [e for e in entries if e[0]]


def test_every_latvian_string_is_translated_and_not_fuzzy():
    entries = po_entries(LOCALE / "lv" / "LC_MESSAGES" / "django.po")
    assert len(entries) > 200
    missing = [msgid for msgid, values, fuzzy in entries if fuzzy or not all(values)]
    assert missing == []


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_compiled_catalogues_are_newer_than_their_sources(lang):
    po = LOCALE / lang / "LC_MESSAGES" / "django.po"
    mo = LOCALE / lang / "LC_MESSAGES" / "django.mo"
    assert mo.exists()
    from django.utils.translation import gettext, override

    if lang == "lv":
        with override("lv"):
            assert gettext("Choose a city") == "Izvēlieties pilsētu"
    assert po.exists()


def test_templates_have_no_untranslated_literal_strings_in_buttons():
    """A cheap guard: button labels in our templates go through {% translate %}."""
    offenders = []
    for template in (ROOT / "microcity" / "templates").rglob("*.html"):
        for match in re.finditer(r"<button[^>]*>([^<{]+)</button>", template.read_text(encoding="utf-8")):
            if match.group(1).strip():
                offenders.append(f"{template.name}: {match.group(1).strip()}")
    assert offenders == []


def test_production_settings_pass_check_deploy():
    env = {
        **os.environ,
        "PRODUCTION": "1",
        "SECRET_KEY": "x" * 20 + "-a-long-random-production-secret-" + "y" * 20,
        "ALLOWED_HOSTS": "microcity.example.org",
        "DJANGO_SETTINGS_MODULE": "microcity.settings",
    }
    env.pop("MICROCITY_TESTING", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests; production never has it
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {**os.environ, "PRODUCTION": "1", "ALLOWED_HOSTS": "x.org"}
    env.pop("SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr


def test_templates_never_format_ids_or_page_numbers_as_numbers():
    """Latvian formatting writes 12345 as "12 345" (USE_THOUSAND_SEPARATOR): an id in a link or form
    field, a page number in a link or a year must be printed with |unlocalize (or come from {% url %})."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "templates"
    risky = re.compile(
        r"\{\{\s*([\w.]+\.(?:pk|id|year)|[\w.]+_id|[\w.]+_pk)(\|[^}]*)?\s*\}\}|page=\{\{([^}]*)\}\}"
        r"|=[\w.]+\.year[|\w:]*"
    )
    offenders = []
    for path in [*root.rglob("*.html"), *root.rglob("*.txt")]:
        for match in risky.finditer(path.read_text(encoding="utf-8")):
            text = match.group(0)
            if "unlocalize" not in text and "auto_id" not in text and "attrs.id" not in text:
                offenders.append(f"{path.relative_to(root)}: {text}")
    assert not offenders, offenders
