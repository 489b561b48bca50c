"""Build Threadbook's desktop bundle: one folder with the program, Python, Qt and every resource.

Run it with the Python of a build environment that has Threadbook and PyInstaller installed:

    python -m venv build-venv
    build-venv/bin/pip install '.[bundle]'
    build-venv/bin/python packaging/build_bundle.py

It writes dist/threadbook/ (or --dist) and then, on Linux, installs that folder under a prefix
(default ~/.local: lib/threadbook/, bin/threadbook, a .desktop entry and the icon in each size);
on Windows it writes dist/threadbook.iss, the Inno Setup definition of an installer with a
start-menu shortcut, and compiles it when Inno Setup's ISCC.exe is found.

PyInstaller rather than pyside6-deploy: pyside6-deploy compiles with Nuitka, which needs a C
compiler on the build PC and takes many minutes for a program of this size; PyInstaller needs
neither, is maintained with hooks for PySide6, SQLAlchemy, keyring and pypdfium2, and builds the
same one-folder layout on Linux and Windows.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path
from string import Template

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the bundle is built from this source tree

WINDOWS = sys.platform == "win32"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
STAGE_ENV = "THREADBOOK_BUNDLE_STAGE"
NOT_DATA = shutil.ignore_patterns("__pycache__", "*.pyc")


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def lrelease() -> Path:
    """Qt's translation compiler from this build environment (PySide6 ships it)."""
    scripts = Path(sys.executable).parent
    found = shutil.which("pyside6-lrelease", path=str(scripts)) or shutil.which("pyside6-lrelease")
    if found is None:
        sys.exit("pyside6-lrelease was not found beside this Python: install PySide6 here")
    return Path(found)


def compile_translations(folder: Path) -> int:
    """Compile every .ts under folder to the .qm beside it, where the program looks first, so the
    bundle never needs lrelease. Returns how many were compiled."""
    sources = sorted(folder.rglob("*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file():
            sys.exit(f"pyside6-lrelease wrote no {qm.name} for {ts}")
    return len(sources)


def stage_resources(stage: Path) -> None:
    """Copy resources/ (translations compiled) and the migrations for the bundle."""
    target = stage / "resources"
    shutil.copytree(ROOT / "resources", target, ignore=NOT_DATA)
    print(f"translations compiled: {compile_translations(target)}")
    # Alembic reads the revision scripts as files, so they travel as data beside the modules.
    shutil.copytree(ROOT / "db" / "migrations", stage / "migrations", ignore=NOT_DATA)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = [], []
    for size, png in sorted(pngs.items()):
        side = size % 256  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        images.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(images)


def stage_icons(stage: Path) -> Path:
    """PNG sizes and an ICO drawn from resources/icons/threadbook.svg with Qt's SVG renderer."""
    from PySide6.QtGui import QGuiApplication

    from desktop.identity import render_icon

    app = QGuiApplication.instance() or QGuiApplication(["build_bundle", "-platform", "offscreen"])
    assert app is not None
    folder = stage / "icons"
    folder.mkdir(parents=True)
    svg = (ROOT / "resources" / "icons" / "threadbook.svg").read_bytes()
    pngs: dict[int, bytes] = {}
    for size in PNG_SIZES:
        path = folder / f"threadbook-{size}.png"
        if not render_icon(size, svg).save(str(path)):
            sys.exit(f"could not draw the {size} px icon")
        pngs[size] = path.read_bytes()
    (folder / "threadbook.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    shutil.copy(ROOT / "resources" / "icons" / "threadbook.svg", folder / "threadbook.svg")
    return folder


def run_pyinstaller(stage: Path, dist: Path, work: Path) -> Path:
    import PyInstaller.__main__

    os.environ[STAGE_ENV] = str(stage)
    PyInstaller.__main__.run([
        str(ROOT / "packaging" / "threadbook.spec"), "--noconfirm", "--clean", "--log-level=WARN",
        "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
    ])  # fmt: skip
    return dist / "threadbook"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.5
Name=Threadbook
GenericName=Thread-lift clinic records
GenericName[vi]=Hồ sơ căng chỉ
Comment=Patients, threads and lots, procedures, follow-ups and aftercare sheets
Comment[vi]=Bệnh nhân, chỉ và lô, thủ thuật, tái khám và phiếu chăm sóc sau thủ thuật
Exec="{executable}"
Icon=threadbook
Terminal=false
Categories=Office;Science;MedicalSoftware;
StartupWMClass=Threadbook
"""


def install_linux(bundle: Path, icons: Path, prefix: Path) -> None:
    """Copy the bundle under prefix/lib, link prefix/bin/threadbook, add the menu entry and icon.

    An earlier install is replaced as a whole; the clinic's data is never under prefix/lib (it
    lives in the user data folder), so an upgrade keeps it.
    """
    program = prefix / "lib" / "threadbook"
    if program.exists():
        if not (program / "threadbook").is_file():
            sys.exit(f"{program} exists and is not a Threadbook bundle: not replacing it")
        shutil.rmtree(program)
    program.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(bundle, program, symlinks=True)
    executable = program / "threadbook"

    link = prefix / "bin" / "threadbook"
    link.parent.mkdir(parents=True, exist_ok=True)
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(executable)

    hicolor = prefix / "share" / "icons" / "hicolor"
    for size in PNG_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / "threadbook.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(icons / f"threadbook-{size}.png", target)
    scalable = hicolor / "scalable" / "apps" / "threadbook.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(icons / "threadbook.svg", scalable)

    entry = prefix / "share" / "applications" / "threadbook.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(DESKTOP_ENTRY.format(executable=executable), encoding="utf-8")
    # Menus pick the entry up by themselves; these only refresh caches where the tools exist.
    refresh = (
        ["update-desktop-database", str(entry.parent)],
        ["gtk-update-icon-cache", "--quiet", "--ignore-theme-index", str(hicolor)],
    )
    for command in refresh:
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)
    print(f"installed: {executable}\n           {link}\n           {entry}")




def iscc() -> Path | None:
    found = shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (candidate := Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return candidate
    return None


def write_installer(bundle: Path, icons: Path, dist: Path) -> None:
    definition = dist / "threadbook.iss"
    template = Template((ROOT / "packaging" / "threadbook.iss.in").read_text(encoding="utf-8"))
    text = template.substitute(
        version=version(), output=dist, ico=icons / "threadbook.ico", bundle=bundle
    )
    # Inno Setup reads the file as UTF-8 when it starts with a byte order mark.
    definition.write_text(text, encoding="utf-8-sig")
    print(f"installer definition: {definition}")
    compiler = iscc()
    if compiler is None:
        print("Inno Setup's ISCC.exe was not found: install Inno Setup 6, then run\n"
              f'  ISCC.exe "{definition}"')  # fmt: skip
        return
    subprocess.run([str(compiler), str(definition)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle folder is written (default: dist/)")  # fmt: skip
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle",
                        help="scratch folder for the build (default: build/bundle/)")  # fmt: skip
    parser.add_argument("--prefix", type=Path, default=Path.home() / ".local",
                        help="Linux: where to install the bundle, menu entry and icon "
                             "(default: ~/.local)")  # fmt: skip
    parser.add_argument("--no-install", action="store_true",
                        help="Linux: only build the folder; install nothing")  # fmt: skip
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    stage = work / "stage"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    stage_resources(stage)
    icons = stage_icons(stage)
    bundle = run_pyinstaller(stage, dist, work)
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")

    if WINDOWS:
        write_installer(bundle, icons, dist)
    elif sys.platform.startswith("linux") and not args.no_install:
        install_linux(bundle, icons, args.prefix.expanduser().resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
