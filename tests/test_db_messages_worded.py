"""Every sentence db/ can hand to the window is a say() template, so the window can word it.

A refusal written as a plain string or f-string would reach a Vietnamese user in English and
never show up in the db catalogue. This reads db/ the way the catalogue builder does and finds
text given straight to an exception, a field's error, or a list of problems or warnings.
Left out: the command line (db/commands) and the demo builder (db/demo), which only the command
line runs, and the migrations, which never speak to a user.
"""

from __future__ import annotations

import ast
from pathlib import Path

from desktop.catalogues import ROOT

SILENT = ("commands", "demo", "migrations")
# Lists and dicts whose strings are shown to the user: field errors, problems, warnings.
SHOWN = {"errors", "problems", "found", "refused", "warnings"}


def _db_files() -> list[Path]:
    return [
        path
        for path in sorted((ROOT / "db").rglob("*.py"))
        if not set(path.relative_to(ROOT / "db").parts) & set(SILENT)
    ]


def _exception_names(trees: list[ast.Module]) -> set[str]:
    """db/'s own exception classes: ThreadbookError's family and every other *Error."""
    names = {"ThreadbookError"}
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    grown = True
    while grown:
        grown = False
        for node in classes:
            bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
            if node.name not in names and (bases & names or "Exception" in bases):
                names.add(node.name)
                grown = True
    return names


def _plain_text(node: ast.expr | None) -> bool:
    """A literal sentence or f-string (or one glued from them), not a say() call."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _plain_text(node.left) or _plain_text(node.right)
    if isinstance(node, ast.IfExp):
        return _plain_text(node.body) or _plain_text(node.orelse)
    return False


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def unworded(path: Path, tree: ast.Module, exceptions: set[str]) -> list[str]:
    where = path.relative_to(ROOT)
    found: list[str] = []
    for node in ast.walk(tree):
        texts: list[ast.expr | None] = []
        if isinstance(node, ast.Call):
            called = _name(node.func)
            if called in exceptions:
                texts += node.args[:1]
                for argument in node.args[:1]:
                    if isinstance(argument, ast.Dict):
                        texts += argument.values
            if called in {"append", "extend"} and _name(getattr(node.func, "value", node)) in SHOWN:
                texts += node.args[:1]
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Subscript) and _name(target.value) in SHOWN:
                    texts.append(node.value)
        elif isinstance(node, ast.FunctionDef) and "problem" in node.name:
            texts += [n.value for n in ast.walk(node) if isinstance(n, ast.Return)]
        found += [
            f"{where}:{text.lineno}" for text in texts if text is not None and _plain_text(text)
        ]
    return found


def test_no_sentence_in_db_bypasses_say() -> None:
    files = _db_files()
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in files]
    exceptions = _exception_names(trees)
    assert {"ValidationError", "BackupError", "CheckpointError", "ScanError"} <= exceptions
    found = [place for path, tree in zip(files, trees, strict=True) for place in
             unworded(path, tree, exceptions)]  # fmt: skip
    assert found == [], "word these with db.wording.say() and run `python -m desktop.catalogues`"


def test_the_check_finds_an_english_refusal(tmp_path: Path) -> None:
    code = (
        "def book(when):\n"
        "    errors = {}\n"
        "    errors['when'] = f'The clinic is closed on {when}.'\n"
        "    if not when:\n"
        "        raise ValidationError({'when': 'Give a day.'})\n"
        "    raise NotFound(say('This visit does not exist.'))\n"
    )
    path = ROOT / "db" / "example.py"
    found = unworded(path, ast.parse(code), {"ValidationError", "NotFound"})
    assert found == ["db/example.py:3", "db/example.py:5"]
