"""The one writer of every file the platform hands out: CSV and XLSX tables, Atom feeds, JSON downloads and the
text that goes into calendar files.

Every CSV file follows one set of rules, so that a spreadsheet with Latvian settings (LibreOffice, Excel) opens
it into proper columns and types: UTF-8 with a byte-order mark, `;` between cells, a decimal comma, CRLF line
ends, ISO dates ("2026-07-01", "2026-07-01 09:30" in Riga time). Every XLSX file has typed cells (numbers,
dates), a frozen bold header and, when asked, a filter over the data that stops before a totals row; its sheet
is named by the caller in the page's language.

Whatever people typed ends up here, so two things are done once, for every export:
- a text cell is never a live formula (OWASP "CSV injection"): a text starting with = + - @, a tab or a
  carriage return gets a leading single quote in CSV, and is stored as a quoted string cell in XLSX; real
  numbers, Decimals and dates stay typed cells, so sums still work;
- characters that XML 1.0 cannot hold (NUL and the other C0 controls but tab and line breaks, lone
  surrogates, U+FFFE/U+FFFF) are removed, so an XLSX file or a feed can always be written.

A test (core/tests/test_exports.py) fails when code elsewhere writes CSV or XLSX, or builds a feed, without
going through this module.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from django.contrib.syndication.views import Feed
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import parse_http_date_safe, quote_etag

# Characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0 cannot hold (and other controls no one types): removed from every text written out.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# A plain number typed as text ("-5", "+371", "12,50") is not a formula and is left as it is.
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
XLSX_MAX_CELL = 32_767  # the most characters a spreadsheet cell holds
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
CSV_DELIMITER = ";"  # what a spreadsheet with Latvian (and most European) settings splits on
JSON_CONTENT_TYPE = "application/json; charset=utf-8"


# --- Text -------------------------------------------------------------------------------------------


def clean_text(value: Any) -> str:
    """`value` as text that XML, feeds and spreadsheets can hold: control characters other than tab and
    line breaks removed, a carriage return line break made a plain one."""
    text = str(value)
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def safe_text(value: Any) -> str:
    """Text for a spreadsheet cell in a CSV file: cleaned, and quoted if a spreadsheet would read it as a
    formula. Checked before cleaning too, so that a hidden control character cannot mask a formula."""
    raw = str(value)
    text = clean_text(raw)
    if _PLAIN_NUMBER.fullmatch(text):
        return text
    if raw.startswith(FORMULA_STARTS) or text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


# --- CSV --------------------------------------------------------------------------------------------


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        # A space, not "T": spreadsheets read "2026-07-01 09:30" as a date and time in every locale.
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if _is_number(value):
        return str(value).replace(".", ",")
    return safe_text(value)


class _Line:
    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    """The CSV file as lines (for streaming), starting with a byte-order mark so that spreadsheet programs
    read it as UTF-8; `;` between cells, a decimal comma, CRLF, ISO 8601 dates (the module's rules)."""
    writer = csv.writer(_Line(), delimiter=CSV_DELIMITER, lineterminator="\r\n")
    yield "\ufeff"
    for row in rows:
        yield writer.writerow([_csv_cell(value) for value in row])


def csv_bytes(rows: Iterable[Sequence[Any]]) -> bytes:
    return "".join(csv_lines(rows)).encode("utf-8")


# --- XLSX -------------------------------------------------------------------------------------------


def _sheet_title(title: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", " ", clean_text(title)).strip()[:31] or "Sheet"


def xlsx_bytes(
    *,
    title: str,
    header: Sequence[Any],
    rows: Iterable[Sequence[Any]],
    number_formats: Sequence[str | None] | None = None,
    widths: Sequence[int | None] | None = None,
    bold_last_row: bool = False,
    filters: bool = False,
) -> bytes:
    """One worksheet named `title` (give it in the page's language) with a bold, frozen header row. Numbers,
    Decimals and dates are typed cells (with the column's number format, if given); everything else is a
    string cell that is never a formula. `bold_last_row` marks the last row as totals: the filter (if
    `filters`) ends before it, so sorting or filtering never moves the totals into the data."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _sheet_title(title)
    bold = Font(bold=True)
    formats = list(number_formats or [])
    for column, heading in enumerate(header, start=1):
        cell = sheet.cell(row=1, column=column)
        _set_cell(cell, heading, None)
        cell.font = bold
    last = 1
    for index, values in enumerate(rows, start=2):
        last = index
        for column, value in enumerate(values, start=1):
            number_format = formats[column - 1] if column <= len(formats) else None
            _set_cell(sheet.cell(row=index, column=column), value, number_format)
    if bold_last_row and last > 1:
        for cell in sheet[last]:
            cell.font = bold
    for column, width in enumerate(widths or [], start=1):
        if width:
            sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    if filters:
        data_end = last - 1 if bold_last_row and last > 2 else last
        sheet.auto_filter.ref = f"A1:{get_column_letter(max(len(header), 1))}{data_end}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _set_cell(cell: Any, value: Any, number_format: str | None) -> None:
    if value is None or value == "":
        cell.value = None
        return
    if isinstance(value, dt.datetime) and timezone.is_aware(value):
        value = timezone.make_naive(timezone.localtime(value))  # XLSX has no time zones
    if _is_number(value) or isinstance(value, dt.date | bool):
        cell.value = value
        if number_format:
            cell.number_format = number_format
        elif isinstance(value, dt.datetime):
            cell.number_format = "DD.MM.YYYY HH:MM"
        elif isinstance(value, dt.date):
            cell.number_format = "DD.MM.YYYY"
        return
    text = clean_text(value)[:XLSX_MAX_CELL]
    # Assigned as a string cell: openpyxl would otherwise store "=…" as a formula. The quote prefix keeps
    # it text even when someone edits the cell in a spreadsheet program.
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        cell.quotePrefix = True


# --- Responses --------------------------------------------------------------------------------------


def download(content: bytes | str, *, filename: str, content_type: str) -> HttpResponse:
    """A file download; the name is built by our code (slugs, dates, ids), never typed by a user."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(rows: Iterable[Sequence[Any]], *, filename: str) -> HttpResponse:
    return download(csv_bytes(rows), filename=filename, content_type=CSV_CONTENT_TYPE)


def xlsx_response(content: bytes, *, filename: str) -> HttpResponse:
    return download(content, filename=filename, content_type=XLSX_CONTENT_TYPE)


# --- JSON -------------------------------------------------------------------------------------------


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """JSON for a download: UTF-8 as it is (not \\u-escaped), dates, times and Decimals as strings. JSON
    itself escapes control characters, so nothing is removed from a person's own data."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=indent)


def json_bytes(data: Any, *, indent: int | None = 2) -> bytes:
    return json_text(data, indent=indent).encode("utf-8")


def json_for_script(data: Any) -> str:
    """JSON to put inside a <script> element (JSON-LD): "<", ">" and "&" escaped, so that the text can
    never close the element it sits in."""
    text = json_text(data, indent=None)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --- Feeds ------------------------------------------------------------------------------------------


def _clean_any(value: Any) -> Any:
    if isinstance(value, str) or (value is not None and type(value).__name__ == "__proxy__"):
        return clean_text(value)
    if isinstance(value, list | tuple):
        return type(value)(_clean_any(item) for item in value)
    return value


# An IRI has a scheme (RFC 3987): "tag:", "https:", "urn:"… — a bare "job-8" is not one.
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")


def tag_uri(kind: str, pk: int, created: dt.date | dt.datetime) -> str:
    """A stable IRI for an Atom entry (RFC 4151 tag URI): the site's domain, the day the record was created
    (in Riga) and the record's kind and id, e.g. "tag:microcity.example,2026-03-04:job/8". It does not change
    when the record's title, address or language does."""
    from microcity.core.links import site_domain

    day = timezone.localtime(created).date() if isinstance(created, dt.datetime) else created
    return f"tag:{site_domain()},{day.isoformat()}:{kind}/{pk}"


class AtomFeed(Atom1Feed):
    """Atom 1.0 (RFC 4287) whose every text is cleaned of what XML cannot hold: Django refuses to write such
    characters and answers 500. What the RFC requires and Django leaves optional is enforced here:
    - every entry has an `<updated>` (its `updateddate`, or else its `pubdate`);
    - every entry id is an IRI (see `tag_uri`), never a bare key;
    - there is an `<author>`: the feed's, or each entry's;
    - the feed's `<updated>` is the `updated` extra argument when given (it also changes when an entry leaves
      the feed), else the latest entry's."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(
            *[_clean_any(arg) for arg in args], **{key: _clean_any(value) for key, value in kwargs.items()}
        )

    def add_item(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        cleaned = {key: _clean_any(value) for key, value in kwargs.items()}
        if cleaned.get("updateddate") is None:
            cleaned["updateddate"] = cleaned.get("pubdate")
        if cleaned.get("updateddate") is None:
            raise ValueError("An Atom entry needs the time it was last updated.")
        if not _IRI.fullmatch(str(cleaned.get("unique_id") or cleaned.get("link") or "")):
            raise ValueError(f"An Atom entry id must be an IRI: {cleaned.get('unique_id')!r}")
        if not self.feed.get("author_name") and not cleaned.get("author_name"):
            raise ValueError("An Atom entry needs an author when the feed has none.")
        super().add_item(*[_clean_any(arg) for arg in args], **cleaned)

    def latest_post_date(self) -> dt.datetime:
        updated = self.feed.get("updated")
        if isinstance(updated, dt.datetime):
            return updated
        return super().latest_post_date()


class AtomFeedView(Feed):
    """The base of every feed the platform offers: writes `AtomFeed` and answers conditional GETs. The
    response carries `Last-Modified` (the feed's `<updated>`) and an `ETag` (a digest of the document), and a
    reader that sends `If-None-Match` or `If-Modified-Since` gets 304 Not Modified when nothing changed.

    A subclass defines `feed_updated(obj)`: the last moment the feed's content changed, including an entry
    leaving it (withdrawn, expired), so that `If-Modified-Since` never hides a removal; and either
    `author_name(obj)` for the feed or `item_author_name(item)` for each entry."""

    feed_type = AtomFeed

    def feed_updated(self, obj: Any) -> dt.datetime | None:
        return None

    def feed_extra_kwargs(self, obj: Any) -> dict[str, Any]:
        return {**super().feed_extra_kwargs(obj), "updated": self.feed_updated(obj)}

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().__call__(request, *args, **kwargs)
        if response.status_code != 200:
            return response
        etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
        response["ETag"] = etag
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        # Readers may keep it a while, but ask again (they then get a cheap 304).
        patch_cache_control(response, public=True, max_age=300)
        answer = get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)
        return answer if answer is not None else response
