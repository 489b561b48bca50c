"""The proof kept with a consent: a signature drawn on screen, or a scanned paper form.

A signature is kept as its strokes (what the pen did) and as the image printed on the form; one
SHA-256 over both is stored with it and copied into the audit trail, so a later change to either
shows. A scanned form is outside input: it is accepted only as a PDF, JPEG or PNG that opens.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import warnings
from dataclasses import dataclass

from db.errors import ValidationError
from db.wording import say

# Signature box in logical units; the widget scales pen positions into it.
BOX_WIDTH = 600
BOX_HEIGHT = 200
RENDER_SCALE = 2
MAX_STROKES = 400
MAX_POINTS = 20000
MIN_INK = 2.0 * BOX_WIDTH / 20  # a dot or a stray tap is not a signature
MAX_SCAN_BYTES = 20 * 1024 * 1024
MAX_SCAN_PIXELS = 60_000_000

Point = tuple[float, float]


@dataclass(frozen=True)
class Signature:
    strokes: tuple[tuple[Point, ...], ...]

    def ink_length(self) -> float:
        total = 0.0
        for stroke in self.strokes:
            for (x1, y1), (x2, y2) in itertools.pairwise(stroke):
                total += ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        return total


def strokes_json(signature: Signature) -> str:
    """The canonical text of the strokes: rounded to a tenth of a unit, no spaces."""
    data = {
        "width": BOX_WIDTH,
        "height": BOX_HEIGHT,
        "strokes": [
            [[round(x, 1), round(y, 1)] for x, y in stroke] for stroke in signature.strokes
        ],
    }
    return json.dumps(data, separators=(",", ":"))


def parse_strokes(text: str) -> Signature:
    data = json.loads(text)
    return Signature(tuple(tuple((float(x), float(y)) for x, y in s) for s in data["strokes"]))


def check_signature(signature: Signature) -> None:
    points = sum(len(s) for s in signature.strokes)
    if not signature.strokes or signature.ink_length() < MIN_INK:
        raise ValidationError(
            {"signature": say("The patient has not signed yet: sign in the box.")}
        )
    if len(signature.strokes) > MAX_STROKES or points > MAX_POINTS:
        raise ValidationError(
            {"signature": say("The signature is too long; clear it and sign again.")}
        )
    for stroke in signature.strokes:
        for x, y in stroke:
            if not (0 <= x <= BOX_WIDTH and 0 <= y <= BOX_HEIGHT):
                raise ValidationError({"signature": say("The signature goes outside its box.")})


def render_png(signature: Signature) -> bytes:
    """Black ink on white at twice the box size, as printed on the consent form."""
    # Pillow is imported where an image is made or read: the window's first screen, which
    # reads consents, never does either.
    from PIL import Image, ImageDraw

    image = Image.new("L", (BOX_WIDTH * RENDER_SCALE, BOX_HEIGHT * RENDER_SCALE), 255)
    draw = ImageDraw.Draw(image)
    width = 3 * RENDER_SCALE
    for stroke in signature.strokes:
        points = [(x * RENDER_SCALE, y * RENDER_SCALE) for x, y in stroke]
        if len(points) == 1:
            x, y = points[0]
            draw.ellipse((x - width / 2, y - width / 2, x + width / 2, y + width / 2), fill=0)
        else:
            draw.line(points, fill=0, width=width, joint="curve")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def signature_hash(strokes: str, image_png: bytes) -> str:
    digest = hashlib.sha256()
    digest.update(strokes.encode("utf-8"))
    digest.update(b"\x00")
    digest.update(image_png)
    return digest.hexdigest()


@dataclass(frozen=True)
class ScannedForm:
    media_type: str
    file_name: str
    content: bytes
    sha256: str


def check_scan(file_name: str, content: bytes) -> ScannedForm:
    """Accept a scanned consent form only if it really is a readable PDF, JPEG or PNG."""
    from PIL import Image, UnidentifiedImageError

    name = file_name.replace("\\", "/").rsplit("/", 1)[-1][:255] or "scan"
    refused = {
        "document": say(
            "{name} is not a scanned form we can keep: use a PDF, JPEG or PNG file.", name=name
        )
    }
    if not content:
        raise ValidationError({"document": say("{name} is empty.", name=name)})
    if len(content) > MAX_SCAN_BYTES:
        raise ValidationError(
            {
                "document": say(
                    "{name} is larger than 20 MB; scan at a lower resolution (200-300 dpi is "
                    "enough).",
                    name=name,
                )
            }
        )
    if content.startswith(b"%PDF-"):
        return ScannedForm("application/pdf", name, content, _pdf_checked(name, content))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as image:
                kind = image.format
                if image.width * image.height > MAX_SCAN_PIXELS:
                    raise ValidationError(
                        {"document": say("{name} has too many pixels for a scan.", name=name)}
                    )
                image.load()
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ):
        raise ValidationError(refused) from None
    media = {"JPEG": "image/jpeg", "PNG": "image/png"}.get(kind or "")
    if media is None:
        raise ValidationError(refused)
    return ScannedForm(media, name, content, hashlib.sha256(content).hexdigest())


def _pdf_checked(name: str, content: bytes) -> str:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(content)
        try:
            pages = len(document)
        finally:
            document.close()
    except pypdfium2.PdfiumError:
        raise ValidationError(
            {"document": say("{name} is a damaged PDF file.", name=name)}
        ) from None
    if pages < 1:
        raise ValidationError({"document": say("{name} has no pages.", name=name)})
    return hashlib.sha256(content).hexdigest()
