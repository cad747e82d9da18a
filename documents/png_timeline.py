"""The timeline as a PNG (for the DOCX), drawn with Pillow from the shared layout."""

from __future__ import annotations

import io
from functools import cache
from typing import Any

from documents import fonts
from documents.timeline import Label, Line, Mark, Timeline, layout

SCALE = 3.0  # pixels per point: about 216 dpi, sharp on paper and screen


@cache
def _font(size: float, bold: bool) -> Any:
    from PIL import ImageFont

    name = fonts.BOLD if bold else fonts.REGULAR
    # Basic layout: labels are short single lines, and raqm (when present) fails on some input.
    return ImageFont.truetype(
        str(fonts.font_path(name)), max(1, round(size * SCALE)), layout_engine=ImageFont.Layout.BASIC
    )


def _measure(text: str, size: float) -> float:
    return float(_font(size, False).getlength(text)) / SCALE


def timeline_png(timeline: Timeline, width_pt: float) -> bytes:
    """PNG bytes of the timeline, `width_pt` points wide at SCALE pixels per point."""
    from PIL import Image, ImageDraw

    picture = layout(timeline, width_pt, _measure)
    w, h = round(picture.width * SCALE), round(picture.height * SCALE)
    image = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(image)

    def pt(x: float, y: float) -> tuple[float, float]:
        return x * SCALE, (picture.height - y) * SCALE

    for item in picture.items:
        if isinstance(item, Line):
            draw.line([pt(item.x1, item.y1), pt(item.x2, item.y2)], fill=round(item.gray * 255),
                      width=max(1, round(item.width * SCALE)))
        elif isinstance(item, Mark):
            x, y = pt(item.x, item.y)
            r = item.size / 2 * SCALE
            outline_w = max(1, round(0.8 * SCALE))
            if item.shape == "circle":
                draw.ellipse([x - r, y - r, x + r, y + r], fill=0)
            elif item.shape == "square":
                draw.rectangle([x - r, y - r, x + r, y + r], fill=255, outline=0, width=outline_w)
            else:
                d = r + SCALE
                draw.polygon([(x, y - d), (x + d, y), (x, y + d), (x - d, y)], fill=0)
        elif isinstance(item, Label):
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}[item.anchor]
            draw.text(pt(item.x, item.y), item.text, fill=round(item.gray * 255), font=_font(item.size, item.bold),
                      anchor=anchor)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
