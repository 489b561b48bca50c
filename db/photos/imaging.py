"""Turning a photo file from a phone or camera into what is stored: upright, no metadata at all,
scaled to a sensible size, as a JPEG with a thumbnail.

Files are outside input: a wrong extension, a truncated file or a decompression bomb is refused
with a message naming the file, before anything is written.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

import pillow_heif
from PIL import Image, ImageOps, UnidentifiedImageError

from db.errors import ValidationError
from db.wording import say

pillow_heif.register_heif_opener()

MAX_FILE_BYTES = 60 * 1024 * 1024
# 12-megapixel phones and 24-megapixel cameras pass; a "bomb" of billions of pixels does not.
MAX_PIXELS = 64_000_000
# Long side of a stored photo: sharp enough to judge a fold or a dimple side by side on screen
# (twice the height of a clinic's 1366 x 768 screen), and half a 12-megapixel phone photo's,
# which a JPEG decoder can produce directly at a quarter of the work.
MAX_SIDE = 2000
THUMB_SIDE = 240
JPEG_QUALITY = 88
FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "HEIF": "HEIC", "MPO": "JPEG"}


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo ready to store. `source_sha256` identifies the file as it was imported."""

    file_name: str
    source_format: str
    width: int
    height: int
    content: bytes
    thumbnail: bytes
    sha256: str
    source_sha256: str


def _refuse(name: str, why: str) -> ValidationError:
    return ValidationError({"photo": say("{name}: {why}", name=name, why=why)})


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    # No exif=, icc_profile= or comment: Pillow then writes the pixels and nothing else.
    image.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return out.getvalue()


def prepare_photo(file_name: str, data: bytes) -> PreparedPhoto:
    """Check and normalise one photo file; raises ValidationError naming the file."""
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1] or "photo"
    if not data:
        raise _refuse(name, say("the file is empty."))
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(name, say("the file is larger than 60 MB; this is not a photo we can keep."))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as opened:
                kind = FORMATS.get(opened.format or "")
                if kind is None:
                    raise _refuse(name, say("not a JPEG, PNG or HEIC photo."))
                if opened.width * opened.height > MAX_PIXELS:
                    raise _refuse(name, say("the picture has too many pixels to be a photo."))
                if opened.format in ("JPEG", "MPO"):
                    opened.draft("RGB", (MAX_SIDE, MAX_SIDE))
                opened.load()
                upright = ImageOps.exif_transpose(opened).convert("RGB")
                # Pixels only, into a new image: no EXIF, XMP, ICC or comment can ride along.
                image = Image.new("RGB", upright.size)
                image.paste(upright)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse(name, say("the picture has too many pixels to be a photo.")) from None
    except (UnidentifiedImageError, SyntaxError):
        raise _refuse(name, say("not a JPEG, PNG or HEIC photo.")) from None
    except (OSError, ValueError, EOFError):
        raise _refuse(name, say("the file is damaged or incomplete; copy it again.")) from None
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    content = _jpeg(image)
    thumb = image.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    return PreparedPhoto(
        file_name=name,
        source_format=kind,
        width=image.width,
        height=image.height,
        content=content,
        thumbnail=_jpeg(thumb),
        sha256=hashlib.sha256(content).hexdigest(),
        source_sha256=hashlib.sha256(data).hexdigest(),
    )
