"""A printable label per machine: its name and a QR code that opens the machine's page on a phone (SVG)."""

from __future__ import annotations

from xml.sax.saxutils import escape

import qrcode

from microcity.core import exports

MODULE = 6  # pixels per QR module at 100 %
QUIET = 4  # modules of white border the standard asks for


def qr_path(url: str) -> tuple[str, int]:
    """The QR code of `url` as one SVG path (every dark module a unit square) and its size in modules."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET)
    code.add_data(url)
    code.make(fit=True)
    matrix = code.get_matrix()
    parts = [f"M{x},{y}h1v1h-1z" for y, row in enumerate(matrix) for x, dark in enumerate(row) if dark]
    return "".join(parts), len(matrix)


def label_svg(*, url: str, title: str, subtitle: str) -> str:
    """An SVG label: the QR code on the left, the machine's name and place on the right, 9 × 4 cm."""
    path, size = qr_path(url)
    qr_px = size * MODULE
    width, height = qr_px + 360, max(qr_px, 160)
    title_text = escape(exports.clean_text(title))[:80]
    subtitle_text = escape(exports.clean_text(subtitle))[:100]
    address = escape(url)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="90mm" height="{90 * height // width}mm" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{title_text}">'
        f'<rect width="{width}" height="{height}" fill="#fff"/>'
        f'<g transform="scale({MODULE})"><path d="{path}" fill="#000" shape-rendering="crispEdges"/></g>'
        f'<text x="{qr_px + 10}" y="{height // 2 - 20}" font-family="sans-serif" font-size="26" '
        f'font-weight="bold">{title_text}</text>'
        f'<text x="{qr_px + 10}" y="{height // 2 + 14}" font-family="sans-serif" font-size="18">{subtitle_text}</text>'
        f'<text x="{qr_px + 10}" y="{height // 2 + 44}" font-family="sans-serif" font-size="11" fill="#333">'
        f"{address}</text></svg>"
    )
