"""Keep the translation catalogues (resources/translations/<language>/<area>.ts) in step with code.

Run `python -m desktop.catalogues [area ...]` after adding or changing a user-visible string:
each area's catalogue gets the new sources (marked unfinished, for a translator) and loses the
vanished ones; existing translations are kept. Areas:
  window   desktop/*.py            pages    desktop/pages/
  dialogs  desktop/dialogs/        widgets  desktop/widgets/ (and thread_map/), desktop/models/
  db       the templates of db.wording.say() calls in db/ (context "db")
  reports  the report tables' and charts' own texts in db/reports/, which the window translates
           through the `words` it passes (desktop.i18n.tr, the empty context)
  qt       Qt's own texts (standard buttons, file dialog...): kept by hand, never regenerated
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CODE_AREAS: dict[str, tuple[str, ...]] = {
    "window": ("desktop/*.py",),
    "pages": ("desktop/pages/*.py",),
    "dialogs": ("desktop/dialogs/*.py",),
    "widgets": ("desktop/widgets/*.py", "desktop/widgets/thread_map/*.py", "desktop/models/*.py"),
}
DB_CONTEXT = "db"
REPORT_CONTEXT = ""
# In db/reports/: words("..."), Column("...", kind), Table("name", "title", ...) and the values
# of the *_TITLES tables are English texts shown through the window's translation.
_REPORT_CALLS = {"words": 1, "Column": 1, "Table": 2}


def area_files(area: str) -> list[Path]:
    return sorted(path for pattern in CODE_AREAS[area] for path in ROOT.glob(pattern))


@dataclass(frozen=True)
class Template:
    text: str
    path: Path
    line: int


def say_calls(tree: ast.AST) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "say"
    ]


def _import_time_calls(tree: ast.Module) -> set[ast.Call]:
    """say() calls run when the module is imported: worded once, in English, for good."""
    calls: set[ast.Call] = set()
    for statement in tree.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        if isinstance(statement, ast.ClassDef):
            for inner in statement.body:
                if not isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    calls |= {c for c in say_calls(inner) if not _in_lambda(inner, c)}
            continue
        calls |= {c for c in say_calls(statement) if not _in_lambda(statement, c)}
    return calls


def _in_lambda(tree: ast.AST, call: ast.Call) -> bool:
    lambdas = [node for node in ast.walk(tree) if isinstance(node, ast.Lambda)]
    return any(call in set(ast.walk(node)) for node in lambdas)


def db_templates() -> tuple[list[Template], list[str]]:
    """Every say() template in db/, and the places whose template is not a plain literal."""
    found: list[Template] = []
    problems: list[str] = []
    for path in sorted((ROOT / "db").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        early = _import_time_calls(tree)
        for call in say_calls(tree):
            first = call.args[0] if call.args else None
            if call in early:
                problems.append(f"{path.relative_to(ROOT)}:{call.lineno} runs at import")
            elif isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append(Template(first.value, path, call.lineno))
            elif path.name != "wording.py":
                problems.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    return found, problems


def report_texts() -> list[Template]:
    """Every text of db/reports/ the window shows through `words`, in source order."""
    found: list[Template] = []
    for path in sorted((ROOT / "db" / "reports").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            texts: list[ast.expr] = []
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                texts = list(node.args[: _REPORT_CALLS.get(node.func.id, 0)])
            elif (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Dict)
                and any(isinstance(t, ast.Name) and t.id.endswith("_TITLES") for t in node.targets)
            ):
                texts = [value for value in node.value.values if value is not None]
            for text in texts:
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    found.append(Template(text.value, path, text.lineno))
    return sorted(found, key=lambda t: (str(t.path), t.line))


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    if not ts.is_file():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def write_db_catalogue(language: str) -> Path:
    """Regenerate <language>/db.ts from the code, keeping the translations already made."""
    templates, problems = db_templates()
    if problems:
        raise SystemExit("say() needs a literal template at: " + ", ".join(problems))
    return _write_found(TRANSLATIONS / language / "db.ts", language, DB_CONTEXT, templates)


def write_report_catalogue(language: str) -> Path:
    """Regenerate <language>/reports.ts from db/reports/, keeping the translations made."""
    ts = TRANSLATIONS / language / "reports.ts"
    return _write_found(ts, language, REPORT_CONTEXT, report_texts())


def _write_found(ts: Path, language: str, name: str, templates: list[Template]) -> Path:
    old = _messages(ts)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    seen: dict[str, ET.Element] = {}
    for template in templates:
        if template.text in seen:
            message = seen[template.text]
        else:
            message = ET.SubElement(context, "message")
            seen[template.text] = message
        # Where the sentence is used, for the translator.
        filename = os.path.relpath(template.path, ts.parent)
        ET.SubElement(message, "location", filename=filename, line=str(template.line))
    for text, message in seen.items():
        ET.SubElement(message, "source").text = text
        previous = old.get((name, text))
        kept = previous.find("translation") if previous is not None else None
        translation = ET.SubElement(message, "translation")
        if kept is not None and kept.text and kept.get("type") is None:
            translation.text = kept.text
        else:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    ts.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    return ts


def lupdate() -> Path:
    return Path(PySide6.__file__).resolve().parent / "lupdate"


def update_code_catalogue(area: str, language: str) -> Path:
    ts = TRANSLATIONS / language / f"{area}.ts"
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in area_files(area)]
    subprocess.run(
        [str(lupdate()), "-silent", "-no-obsolete", "-locations", "relative", "-target-language",
         language, "-source-language", "en", *files, "-ts", str(ts)],
        check=True,
        timeout=300,
    )  # fmt: skip
    return ts


def main(argv: list[str]) -> int:
    """Regenerate the named areas (window, pages, dialogs, widgets, db, reports), or all."""
    generated = {"db": write_db_catalogue, "reports": write_report_catalogue}
    areas = argv or [*CODE_AREAS, *generated]
    unknown = set(areas) - {*CODE_AREAS, *generated}
    if unknown:
        raise SystemExit(f"unknown areas: {sorted(unknown)}")
    for language in sorted(path.name for path in TRANSLATIONS.iterdir() if path.is_dir()):
        for area in areas:
            ts = (
                generated[area](language)
                if area in generated
                else update_code_catalogue(area, language)
            )
            print(ts.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
