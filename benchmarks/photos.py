"""Photo figures: `python -m benchmarks.photos [--photos 20] [--file-photos 200]`.

1. Import of N twelve-megapixel JPEGs (4000 x 3000, camera-like noise so they compress like
   photos): the time to check and clean them, the time to store them, and how much the SQLite
   file grows.
2. A patient file holding M photos: time until the Photos tab is painted with its grid, and
   until every thumbnail is in.
3. The comparison view: time to switch the later date (first time: loads the full photo;
   again: from the cache) and to move the overlay slider.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PIL import Image

from db.access.permissions import Actor, command_line_actor, logged_in_actor
from db.access.users import create_user
from db.consent.records import ConsentInput, record_consent
from db.consent.texts import current_text
from db.photos.imaging import prepare_photo
from db.photos.records import import_photos
from db.record.patients import PatientInput, register_patient
from db.storage.database import Database, open_database

VIEWS = ("front", "left_45", "right_45", "left_90", "right_90")


def camera_jpeg(seed: int, size: tuple[int, int] = (4000, 3000)) -> bytes:
    """A 12-megapixel JPEG with grain and shapes, so it compresses like a photo (about 3-5 MB)."""
    small = Image.effect_noise((size[0] // 8, size[1] // 8), 40 + seed % 20).convert("RGB")
    image = small.resize(size, Image.Resampling.BICUBIC)
    grain = Image.effect_noise(size, 12).convert("RGB")
    image = Image.blend(image, grain, 0.35)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=92)
    return out.getvalue()


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def clinic(folder: Path) -> tuple[Database, Actor, int]:
    db = open_database(f"sqlite:///{folder / 'bench.sqlite3'}")
    user_id = create_user(
        db, command_line_actor(), "bs.minh", "BS. Minh", {"doctor", "nurse"}, "correct horse 1"
    )
    actor = logged_in_actor(user_id, "bs.minh", "BS. Minh", frozenset({"doctor", "nurse"}))
    patient = register_patient(
        db,
        actor,
        PatientInput(
            "Nguyễn Thị Hương", db.clock().date() - timedelta(days=15000), "female", "0912 345 678"
        ),
    )
    text = current_text(db, actor, "photographs", "vi")
    consent = ConsentInput(
        patient.id, "photographs", "vi", text.id, "oral", db.clock(), witness="Lê Thị Lan"
    )
    record_consent(db, actor, consent)
    return db, actor, patient.id


def import_figures(folder: Path, count: int) -> None:
    db, actor, patient_id = clinic(folder)
    files = [camera_jpeg(n) for n in range(count)]
    path = folder / "bench.sqlite3"
    db.engine.dispose()
    before = path.stat().st_size + _wal(path)
    start, cpu = time.perf_counter(), time.process_time()
    prepared = [
        (VIEWS[n % 5], prepare_photo(f"IMG_{n:04d}.JPG", data)) for n, data in enumerate(files)
    ]
    cleaned, cleaned_cpu = time.perf_counter() - start, time.process_time() - cpu
    stored = timed(
        lambda: import_photos(db, actor, patient_id, "before", db.clock().date(), None, prepared)
    )
    db.engine.dispose()
    after = path.stat().st_size + _wal(path)
    source = sum(len(f) for f in files)
    print(f"import of {count} JPEGs of 4000 x 3000 ({source / count / 1e6:.1f} MB each):")
    print(
        f"  check, turn upright, strip, scale: {cleaned:.2f} s "
        f"({cleaned / count * 1000:.0f} ms each; CPU {cleaned_cpu / count * 1000:.0f} ms each)"
    )
    print(f"  store in one transaction:          {stored:.2f} s")
    print(
        f"  database growth:                   {(after - before) / 1e6:.1f} MB "
        f"({(after - before) / count / 1e3:.0f} KB per photo)"
    )
    db.dispose()


def _wal(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def file_figures(folder: Path, count: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.record.patients import open_patient
    from desktop.pages.patient_file import PatientFilePage

    app = QApplication.instance() or QApplication([])
    db, actor, patient_id = clinic(folder)
    base = [prepare_photo(f"IMG_{n}.JPG", camera_jpeg(n, (1600, 1200))) for n in range(5)]
    today = db.clock().date()
    for session in range(count // 5):
        batch = [(VIEWS[n], base[n]) for n in range(5)]
        import_photos(
            db, actor, patient_id, "follow_up", today - timedelta(days=7 * session), None, batch
        )
    record = open_patient(db, actor, patient_id)
    start = time.perf_counter()
    page = PatientFilePage(db, actor, record)
    page.resize(1366, 768)
    page.tabs.setCurrentWidget(page.photos)
    page.show()
    page.repaint()
    app.processEvents()
    first_paint = time.perf_counter() - start
    while page.photos.pending:
        app.processEvents()
        time.sleep(0.002)
    all_thumbs = time.perf_counter() - start
    print(f"patient file with {count} photos ({count // 5} sessions of 5 views):")
    print(f"  first paint of the Photos tab (grid, no pixels yet): {first_paint * 1000:.0f} ms")
    print(f"  every thumbnail in:                                  {all_thumbs * 1000:.0f} ms")

    compare = page.compare_photos()
    compare.resize(1366, 768)
    compare.show()
    while compare.loading or compare.picture.pixmap().isNull():
        app.processEvents()
    cold, warm = [], []

    def switch_and_wait(index: int) -> None:
        compare.second.setCurrentIndex(index)
        while compare.loading:
            app.processEvents()
            time.sleep(0.001)

    for index in range(1, 11):
        cold.append(timed(lambda i=index: switch_and_wait(i)))  # type: ignore[misc]
    for index in range(1, 11):
        warm.append(timed(lambda i=index: compare.second.setCurrentIndex(i)))  # type: ignore[misc]
    compare.overlay.setChecked(True)
    slider = [timed(lambda v=value: compare.slider.setValue(v)) for value in range(10, 100, 10)]  # type: ignore[misc]
    print("comparison view:")
    print(
        f"  switch the later date, photo loaded in the background: "
        f"{statistics.median(cold) * 1000:.0f} ms (median of 10)"
    )
    print(f"  switch again (from the cache):               {statistics.median(warm) * 1000:.0f} ms")
    print(
        f"  move the overlay slider:                     {statistics.median(slider) * 1000:.0f} ms"
    )
    compare.close()
    page.close()
    db.dispose()


def main() -> None:
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--file-photos", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        import_figures(Path(folder), args.photos)
    with tempfile.TemporaryDirectory() as folder:
        file_figures(Path(folder), args.file_photos)


if __name__ == "__main__":
    main()
