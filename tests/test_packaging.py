"""The bundle build's own steps: the Windows icon file, compiled translations, Linux install."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTranslator
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop install")


def build_bundle() -> ModuleType:
    # packaging/ is a folder of scripts, not a package (it would shadow the `packaging` library).
    spec = importlib.util.spec_from_file_location(
        "build_bundle", ROOT / "packaging" / "build_bundle.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_ico_holds_every_size_windows_asks_for(qapp: QApplication, tmp_path: Path) -> None:
    module = build_bundle()
    icons = module.stage_icons(tmp_path)
    data = QByteArray((icons / "threadbook.ico").read_bytes())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"ico"))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]
    pngs = sorted(int(p.stem.split("-")[1]) for p in icons.glob("threadbook-*.png"))
    assert pngs == [16, 24, 32, 48, 64, 128, 256, 512]


@linux
def test_linux_install_adds_menu_entry_and_icons_and_replaces_an_older_bundle(
    qapp: QApplication, tmp_path: Path
) -> None:
    module = build_bundle()
    icons = module.stage_icons(tmp_path / "stage")
    bundle = tmp_path / "dist" / "threadbook"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "threadbook").write_text("new")
    prefix = tmp_path / "prefix"
    old = prefix / "lib" / "threadbook"
    (old / "_internal").mkdir(parents=True)
    (old / "threadbook").write_text("old")
    (old / "_internal" / "gone.so").write_text("from the older version")

    module.install_linux(bundle, icons, prefix)

    assert (old / "threadbook").read_text() == "new"
    assert not (old / "_internal" / "gone.so").exists()
    assert (prefix / "bin" / "threadbook").resolve() == (old / "threadbook").resolve()
    entry = (prefix / "share" / "applications" / "threadbook.desktop").read_text()
    assert f'Exec="{old / "threadbook"}"' in entry and "Icon=threadbook" in entry
    hicolor = prefix / "share" / "icons" / "hicolor"
    assert (hicolor / "48x48" / "apps" / "threadbook.png").is_file()
    assert (hicolor / "scalable" / "apps" / "threadbook.svg").is_file()


@linux
def test_linux_install_refuses_to_replace_a_folder_that_is_not_a_bundle(
    qapp: QApplication, tmp_path: Path
) -> None:
    module = build_bundle()
    icons = module.stage_icons(tmp_path / "stage")
    bundle = tmp_path / "dist" / "threadbook"
    bundle.mkdir(parents=True)
    (bundle / "threadbook").write_text("new")
    someone_elses = tmp_path / "prefix" / "lib" / "threadbook"
    someone_elses.mkdir(parents=True)
    (someone_elses / "notes.txt").write_text("keep me")

    with pytest.raises(SystemExit, match="not a Threadbook bundle"):
        module.install_linux(bundle, icons, tmp_path / "prefix")
    assert (someone_elses / "notes.txt").read_text() == "keep me"


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
</TS>
"""


def test_translations_are_compiled_beside_their_sources(qapp: QApplication, tmp_path: Path) -> None:
    folder = tmp_path / "resources" / "translations" / "vi"
    folder.mkdir(parents=True)
    (folder / "desktop.ts").write_text(TS, encoding="utf-8")

    assert build_bundle().compile_translations(tmp_path / "resources") == 1
    translator = QTranslator()
    assert translator.load(str(folder / "desktop.qm"))
    assert translator.translate("LoginDialog", "Log in") == "Đăng nhập"
