"""The one export writer: formulas never live, control characters never break a file, numbers and dates stay
typed; and a guard that fails when code writes CSV, XLSX or a feed without it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path
from xml.dom import minidom

import pytest
from django.contrib.syndication.views import Feed
from openpyxl import load_workbook

from microcity.core import exports

ROOT = Path(__file__).resolve().parents[2]  # the microcity package
C0 = "".join(chr(code) for code in range(32) if chr(code) not in "\t\n\r")
# Values a hostile user types into a name, a job title or an address.
HOSTILE = [
    '=HYPERLINK("http://evil.example","x")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    "Anna\x00Bērziņa",
    "Kontrole" + C0 + "\x7f\ufffe",
    "x" * 100_000,
]


def test_text_is_cleaned_of_what_xml_cannot_hold():
    assert exports.clean_text("A\x00B\x01C\x1fD\x7fE\ufffeF") == "ABCDEF"
    assert exports.clean_text("a\tb\nc\r\nd\re") == "a\tb\nc\nd\ne"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\n=1"),
        ("\x00=1+1", "'=1+1"),  # a NUL is removed, and what is left is checked
        ("Anna", "Anna"),
        ("-5", "-5"),  # a plain number typed as text is no formula
        ("+371 20000000", "'+371 20000000"),
    ],
)
def test_csv_text_cells_never_start_a_formula(value, expected):
    assert exports.safe_text(value) == expected


def parse(content: bytes, delimiter: str = ";") -> list[list[str]]:
    text = content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=delimiter))


def test_csv_keeps_numbers_and_dates_typed_and_quotes_hostile_text():
    rows = [["name", "amount", "day", "when"]]
    rows += [[value, Decimal("12.50"), dt.date(2026, 7, 1), None] for value in HOSTILE]
    table = parse(exports.csv_bytes(rows))
    assert len(table) == len(rows)
    for row in table[1:]:
        assert not row[0].startswith(exports.FORMULA_STARTS)
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", row[0])
        assert row[1:] == ["12,50", "2026-07-01", ""]
    assert table[7][0] == "AnnaBērziņa"
    assert len(table[9][0]) == 100_000


def test_xlsx_keeps_numbers_and_dates_typed_and_text_never_a_formula():
    rows = [[value, Decimal("12.50"), 3, dt.date(2026, 7, 1)] for value in HOSTILE]
    content = exports.xlsx_bytes(
        title="Izmaksas: [jūlijs]/2026 ar ļoti garu nosaukumu",
        header=["=Vārds", "Summa", "Skaits", "Datums"],
        rows=rows,
        number_formats=[None, "#,##0.00", "0", None],
    )
    sheet = load_workbook(io.BytesIO(content)).active
    assert len(sheet.title) <= 31 and "/" not in sheet.title
    assert sheet["A1"].value == "=Vārds" and sheet["A1"].data_type == "s"
    for row in sheet.iter_rows(min_row=2):
        name, amount, count, day = row
        assert name.data_type == "s"  # a string, never a formula
        assert amount.data_type == "n" and amount.value == 12.5 and amount.number_format == "#,##0.00"
        assert count.value == 3
        assert day.is_date and day.value.date() == dt.date(2026, 7, 1)
    assert sheet["A2"].value == HOSTILE[0] and sheet["A2"].quotePrefix
    assert sheet["A8"].value == "AnnaBērziņa"
    assert len(sheet["A10"].value) == exports.XLSX_MAX_CELL


def test_feeds_drop_control_characters_instead_of_failing():
    feed = exports.AtomFeed(
        title="Vakances\x00", link="/lv/", description="\x0bApraksts", author_name="Valmiera\x00"
    )
    feed.add_item(
        title="Metinātājs\x01\x1f",
        link="/lv/darbs/",
        description="=1+1\x00\x08 teksts",
        unique_id="tag:example.lv,2026-01-01:job/1",
        pubdate=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    xml = feed.writeString("utf-8")
    document = minidom.parseString(xml.encode("utf-8"))  # noqa: S318 - our own output
    titles = [node.firstChild.data for node in document.getElementsByTagName("title")]
    assert titles == ["Vakances", "Metinātājs"]


def test_json_for_script_cannot_close_the_script_element():
    text = exports.json_for_script({"title": "</script><script>alert(1)</script>&"})
    assert "<" not in text and ">" not in text and "&" not in text


# --- The guard: every export goes through core/exports.py ---------------------------------------------

WRITER_PATTERNS = {
    "csv.writer(": re.compile(r"\bcsv\.writer\(|\bcsv\.DictWriter\("),
    "openpyxl": re.compile(r"\bopenpyxl\b"),
    "xlsxwriter": re.compile(r"\bxlsxwriter\b"),
    "Workbook(": re.compile(r"\bWorkbook\("),
    "feed generator": re.compile(r"\b(Atom1Feed|Rss201rev2Feed|RssUserland091Feed|SyndicationFeed)\b"),
    "hand-made CSV/XLSX/JSON download": re.compile(r"text/csv|spreadsheetml|application/json"),
    "json.dumps in a view": re.compile(r"\bjson\.dumps\("),
}
# json.dumps is fine where nothing is handed out: a hash of the inputs of a match run or of a frozen
# report's rows, a log line.
JSON_DUMPS_ALLOWED = {"summerjobs/lottery/instance.py", "core/logs.py", "impact/selectors.py"}


def source_files() -> list[Path]:
    writer = ROOT / "core" / "exports.py"
    return [
        path
        for path in ROOT.rglob("*.py")
        if "tests" not in path.parts and "migrations" not in path.parts and path != writer
    ]


def test_no_csv_xlsx_feed_or_json_download_bypasses_the_export_module():
    files = source_files()
    assert len(files) > 50 and ROOT / "careers" / "exports.py" in files
    offenders = []
    for path in files:
        relative = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        for name, pattern in WRITER_PATTERNS.items():
            if name == "json.dumps in a view" and relative in JSON_DUMPS_ALLOWED:
                continue
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                offenders.append(f"{relative}:{line}: {name}")
    assert offenders == [], "write files through microcity.core.exports:\n" + "\n".join(offenders)


def test_the_guard_sees_a_bypass():
    sneaky = "import csv\nwriter = csv.writer(buffer)\nbook = Workbook()\nfeed_type = Atom1Feed\n"
    found = [name for name, pattern in WRITER_PATTERNS.items() if pattern.search(sneaky)]
    assert found == ["csv.writer(", "Workbook(", "feed generator"]


def test_every_feed_uses_the_cleaning_feed_type():
    import microcity.urls  # noqa: F401 - imports every app's views

    def subclasses(cls: type) -> list[type]:
        return [sub for direct in cls.__subclasses__() for sub in [direct, *subclasses(direct)]]

    feeds = [cls for cls in subclasses(Feed) if cls.__module__.startswith("microcity.")]
    assert feeds, "the jobs feed should be found"
    for cls in feeds:
        assert issubclass(cls.feed_type, exports.AtomFeed), cls
        # …and answers conditional GETs (ETag, Last-Modified, 304).
        assert issubclass(cls, exports.AtomFeedView), cls


def test_atom_entries_need_an_iri_id_an_update_time_and_an_author():
    """RFC 4287 §4.1.2 and §4.2.6: Django's generator would write `job-8` ids, entries without
    `<updated>` and feeds without `<author>`; ours refuses."""
    when = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    iri = "tag:example.lv,2026-01-01:job/8"
    with_author = exports.AtomFeed(title="t", link="https://example.lv/", description="", author_name="A")
    with pytest.raises(ValueError, match="IRI"):
        with_author.add_item(title="x", link="/x/", description="", unique_id="job-8", pubdate=when)
    with pytest.raises(ValueError, match="updated"):
        with_author.add_item(title="x", link="/x/", description="", unique_id=iri)
    without_author = exports.AtomFeed(title="t", link="https://example.lv/", description="")
    with pytest.raises(ValueError, match="author"):
        without_author.add_item(title="x", link="/x/", description="", unique_id=iri, pubdate=when)
    without_author.add_item(
        title="x", link="/x/", description="", unique_id=iri, pubdate=when, author_name="B"
    )
    xml = without_author.writeString("utf-8")
    assert "<updated>2026-01-01T00:00:00+00:00</updated>" in xml and "<name>B</name>" in xml


def test_tag_uris_are_stable_and_name_the_riga_day(settings):
    settings.SITE_URL = "https://microcity.example.org:8443"
    late_evening_utc = dt.datetime(2026, 3, 3, 22, 30, tzinfo=dt.UTC)  # already 4 March in Riga
    assert exports.tag_uri("job", 8, late_evening_utc) == "tag:microcity.example.org,2026-03-04:job/8"


def test_every_csv_follows_the_one_set_of_rules():
    """Issue 22: UTF-8 with BOM, `;`, decimal comma, CRLF, ISO dates (date and time with a space, in Riga
    time), whoever calls the writer: there is no option to write it otherwise."""
    import inspect

    from django.utils import timezone

    for writer in (exports.csv_lines, exports.csv_bytes, exports.csv_response):
        assert not {"delimiter", "decimal_comma"} & set(inspect.signature(writer).parameters), writer
    moment = dt.datetime(2026, 7, 1, 6, 30, tzinfo=dt.UTC)  # 09:30 in Riga
    content = exports.csv_bytes([["a", "b"], [Decimal("1234.50"), 0.25], [moment, dt.date(2026, 1, 2)]])
    assert content.startswith("\ufeff".encode())
    assert content.decode("utf-8")[1:] == "a;b\r\n1234,50;0,25\r\n2026-07-01 09:30;2026-01-02\r\n"
    assert timezone.localtime(moment).hour == 9


def test_xlsx_filter_stops_before_the_totals_row():
    content = exports.xlsx_bytes(
        title="Kopsavilkums",
        header=["Vārds", "Summa"],
        rows=[["A", Decimal("1")], ["B", Decimal("2")], ["Kopā", Decimal("3")]],
        bold_last_row=True,
        filters=True,
    )
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet.auto_filter.ref == "A1:B3"  # the data rows, not the totals in row 4
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b and sheet["A4"].font.b
    assert sheet.title == "Kopsavilkums"
