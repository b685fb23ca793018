"""Guard for defect 12: nothing is translated while a module is imported. A string translated at import
time is frozen in the language that happened to be active then (Latvian), and English pages show it."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2]
EAGER = {"gettext", "ngettext", "pgettext", "npgettext", "ugettext", "ungettext"}
LAZY = {"gettext_lazy", "ngettext_lazy", "pgettext_lazy", "npgettext_lazy", "ugettext_lazy"}
TRANSLATION_MODULES = {"django.utils.translation"}


class ImportTimeTranslations(ast.NodeVisitor):
    """Visits only the code that runs when the module is imported: module and class bodies, decorators and
    default values, never function bodies; reports eager translations and lazy ones forced into text."""

    def __init__(self, tree: ast.Module) -> None:
        self.eager: set[str] = set()
        self.lazy: set[str] = set()
        self.modules: set[str] = set()  # names bound to django.utils.translation itself
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in TRANSLATION_MODULES:
                for alias in node.names:
                    bound = alias.asname or alias.name
                    if alias.name in EAGER:
                        self.eager.add(bound)
                    elif alias.name in LAZY:
                        self.lazy.add(bound)
            elif isinstance(node, ast.ImportFrom) and node.module == "django.utils":
                self.modules |= {a.asname or a.name for a in node.names if a.name == "translation"}
            elif isinstance(node, ast.Import):
                self.modules |= {a.asname or a.name for a in node.names if a.name in TRANSLATION_MODULES}
        self.problems: list[tuple[int, str]] = []

    def _name(self, func: ast.expr) -> str:
        if isinstance(func, ast.Name):
            return func.id
        if isinstance(func, ast.Attribute) and ast.unparse(func.value) in self.modules:
            return func.attr
        return ""

    def _is_eager(self, node: ast.AST) -> bool:
        if not isinstance(node, ast.Call):
            return False
        name = self._name(node.func)
        return name in self.eager or (isinstance(node.func, ast.Attribute) and name in EAGER)

    def _is_lazy(self, node: ast.AST) -> bool:
        if not isinstance(node, ast.Call):
            return False
        name = self._name(node.func)
        return name in self.lazy or (isinstance(node.func, ast.Attribute) and name in LAZY)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for child in [*node.decorator_list, *node.args.defaults, *node.args.kw_defaults]:
            if child is not None:
                self.visit(child)

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815

    def visit_Lambda(self, node: ast.Lambda) -> None:
        for child in [*node.args.defaults, *node.args.kw_defaults]:
            if child is not None:
                self.visit(child)

    def visit_Call(self, node: ast.Call) -> None:
        if self._is_eager(node):
            self.problems.append(
                (node.lineno, f"{ast.unparse(node.func)}(…) runs at import: use the _lazy form")
            )
        if (
            isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and self._is_lazy(node.func.value)
        ):
            self.problems.append((node.lineno, "a lazy string .format()ted at import: format it when used"))
        if (
            isinstance(node.func, ast.Name)
            and node.func.id == "str"
            and node.args
            and self._is_lazy(node.args[0])
        ):
            self.problems.append((node.lineno, "str() of a lazy string at import"))
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if isinstance(node.op, ast.Mod) and self._is_lazy(node.left):
            self.problems.append((node.lineno, "a lazy string %-formatted at import: format it when used"))
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if any(self._is_lazy(v.value) for v in node.values if isinstance(v, ast.FormattedValue)):
            self.problems.append((node.lineno, "a lazy string in an f-string at import"))
        self.generic_visit(node)


def import_time_translations(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    visitor = ImportTimeTranslations(tree)
    visitor.visit(tree)
    return visitor.problems


def test_no_module_translates_text_while_it_is_imported():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if "tests" in parts or "migrations" in parts:
            continue
        for line, problem in import_time_translations(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {problem}")
    assert offenders == []


def test_the_guard_sees_each_kind_of_import_time_translation():
    source = """
from django.utils import translation
from django.utils.translation import gettext as _, gettext_lazy, pgettext

A = _("eager at module level")
B = gettext_lazy("size %(mb)s MB") % {"mb": 5}
C = f"{gettext_lazy('in an f-string')}"

class Form:
    help = pgettext("context", "eager in a class body")
    label = translation.gettext("eager through the module")
    fine = gettext_lazy("lazy is fine")

    def method(self, default=_("eager default")):
        return _("inside a function is fine") % {}
"""
    lines = [line for line, _problem in import_time_translations(source)]
    assert lines == [5, 6, 7, 10, 11, 14]


def test_the_evidence_help_text_follows_the_page_language():
    """Defect 12: the portfolio's evidence help text was Latvian on English pages."""
    from django.utils import translation

    from microcity.careers.forms import EvidenceForm

    with translation.override("en"):
        assert str(EvidenceForm().fields["file"].help_text).startswith("A photo or scan")
    with translation.override("lv"):
        assert not str(EvidenceForm().fields["file"].help_text).startswith("A photo or scan")
