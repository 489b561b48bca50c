"""Two photos of one view compared, side by side or overlaid, and exported as an image or a PDF
page. Every export is audited; one for teaching or marketing needs that consent, in force."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from db.access.permissions import Actor, Permission, authorize
from db.aftercare.output import write_atomically
from db.audit import chain as audit
from db.consent.records import has_consent
from db.errors import NotFound, ValidationError
from db.models import Patient, Photo, PhotoView
from db.print_style import BOLD, FONT, register_fonts
from db.resources import RESOURCES
from db.storage.database import Database
from db.wording import say

PURPOSES = ("patient", "teaching")
MODES = ("side_by_side", "overlay")
FORMATS = ("png", "pdf")
CAPTION_HEIGHT = 56


@dataclass(frozen=True)
class Comparison:
    """What an export shows; `captions` never name the patient when made for teaching."""

    first: Image.Image
    second: Image.Image
    captions: tuple[str, str]
    title: str


def _fit(image: Image.Image, height: int) -> Image.Image:
    if image.height == height:
        return image
    width = round(image.width * height / image.height)
    return image.resize((width, height), Image.Resampling.LANCZOS)


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        io.BytesIO((RESOURCES / "fonts" / "DejaVuSans.ttf").read_bytes()), size
    )


def compose(
    comparison: Comparison, mode: str, alpha: float = 0.5, height: int = 900
) -> Image.Image:
    """One picture: both photos at the same height with their captions, or the later one laid
    over the earlier with `alpha` (0 shows the earlier, 1 the later)."""
    first, second = _fit(comparison.first, height), _fit(comparison.second, height)
    font = _font(max(14, height // 36))
    if mode == "overlay":
        second = second.resize(first.size, Image.Resampling.LANCZOS)
        picture = Image.blend(first, second, min(max(alpha, 0.0), 1.0))
        canvas = Image.new("RGB", (picture.width, picture.height + CAPTION_HEIGHT), "white")
        canvas.paste(picture, (0, 0))
        caption = f"{comparison.captions[0]}  ↔  {comparison.captions[1]}"
        ImageDraw.Draw(canvas).text((10, picture.height + 14), caption, fill="black", font=font)
        return canvas
    gap = 12
    canvas = Image.new("RGB", (first.width + gap + second.width, height + CAPTION_HEIGHT), "white")
    canvas.paste(first, (0, 0))
    canvas.paste(second, (first.width + gap, 0))
    draw = ImageDraw.Draw(canvas)
    draw.text((10, height + 14), comparison.captions[0], fill="black", font=font)
    draw.text(
        (first.width + gap + 10, height + 14), comparison.captions[1], fill="black", font=font
    )
    return canvas


def _open(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB")


def _load(
    db: Database, actor: Actor, first_id: int, second_id: int, purpose: str, language: str
) -> tuple[Comparison, int]:
    if purpose not in PURPOSES:
        raise ValidationError(
            {
                "purpose": say(
                    "Say whether the comparison is for the patient or for teaching and marketing.",
                )
            }
        )
    with db.read() as session:
        authorize(session, actor, Permission.PRINT)
        photos = [session.get(Photo, first_id), session.get(Photo, second_id)]
        if any(p is None for p in photos):
            raise NotFound(say("One of the photos no longer exists."))
        first, second = (p for p in photos if p is not None)
        if first.patient_id != second.patient_id:
            raise ValidationError({"photo": say("Both photos must be of the same patient.")})
        if first.voided_at is not None or second.voided_at is not None:
            raise ValidationError({"photo": say("A voided photo is not exported.")})
        if purpose == "teaching" and not has_consent(session, first.patient_id, "photo_teaching"):
            raise ValidationError(
                {
                    "purpose": say(
                        "The patient has not consented to the use of photographs for teaching or "
                        "marketing (or withdrew it). Nothing was exported.",
                    )
                }
            )
        view = session.get_one(PhotoView, first.view)
        patient = session.get_one(Patient, first.patient_id)
        label = view.label_vi if language == "vi" else view.label_en
        captions = (f"{label} · {first.taken_on:%d/%m/%Y}", f"{label} · {second.taken_on:%d/%m/%Y}")
        # For teaching nothing identifies the patient: no name, no record number.
        title = label if purpose == "teaching" else f"{patient.full_name} ({patient.mrn}) · {label}"
        comparison = Comparison(_open(first.content), _open(second.content), captions, title)
        return comparison, first.patient_id


def _pdf(comparison: Comparison, picture: Image.Image) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    width, height = landscape(A4)
    canvas = Canvas(buffer, pagesize=(width, height))
    canvas.setTitle(comparison.title)
    canvas.setFont(BOLD, 13)
    canvas.drawString(14 * mm, height - 14 * mm, comparison.title)
    room_w, room_h = width - 28 * mm, height - 32 * mm
    scale = min(room_w / picture.width, room_h / picture.height)
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=90)
    canvas.drawImage(
        ImageReader(io.BytesIO(out.getvalue())),
        14 * mm,
        12 * mm,
        picture.width * scale,
        picture.height * scale,
    )
    canvas.setFont(FONT, 8)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def export_comparison(
    db: Database,
    actor: Actor,
    first_id: int,
    second_id: int,
    purpose: str,
    path: Path,
    *,
    mode: str = "side_by_side",
    alpha: float = 0.5,
    language: str = "vi",
    overwrite: bool = False,
) -> Path:
    """Write the comparison to `path` (.png or .pdf); audited as an export with its purpose."""
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ValidationError({"path": say("Save the comparison as a .png image or a .pdf page.")})
    if mode not in MODES:
        raise ValidationError({"mode": say("Choose side by side or overlaid.")})
    comparison, patient_id = _load(db, actor, first_id, second_id, purpose, language)
    picture = compose(comparison, mode, alpha)
    if kind == "png":
        out = io.BytesIO()
        picture.save(out, format="PNG")
        data = out.getvalue()
    else:
        data = _pdf(comparison, picture)
    path = path.expanduser().resolve()
    with db.write(actor) as session:
        authorize(session, actor, Permission.PRINT)
        # Checked again in the writing transaction: a withdrawal a moment ago stops the export.
        if purpose == "teaching" and not has_consent(session, patient_id, "photo_teaching"):
            raise ValidationError(
                {
                    "purpose": say(
                        "The patient withdrew consent to teaching or marketing use. Nothing was "
                        "exported.",
                    )
                }
            )
        audit.record_event(
            session,
            "export",
            Photo.__tablename__,
            f"{first_id},{second_id}",
            patient_id,
            {
                "sheet": "photo comparison",
                "purpose": purpose,
                "mode": mode,
                "destination": str(path),
            },
        )
        write_atomically(path, data, overwrite)
    return path
