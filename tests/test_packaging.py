"""The sdist and wheel: built from the tree, carrying the corpus and py.typed, runnable once installed.

The wheel is built from the sdist (as `python -m build` does), so a file missing from either fails
here. It is then installed into a fresh venv, as pipx or uvx would, and run from outside the source
tree. The build and the install are offline: `--no-isolation` uses this environment's setuptools,
and the fresh venv borrows this environment's dependencies through a `.pth` file instead of
downloading them.
"""

from __future__ import annotations

import os
import re
import site
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
CORPUS = sorted(p.name for p in (ROOT / "delegate" / "corpus").glob("*.md"))
QUESTION = "How does retrieval-augmented generation avoid retraining?"


def run(*argv: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, f"{argv} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT, cwd=ROOT)
    return out


def only(folder: Path, pattern: str) -> Path:
    [found] = folder.glob(pattern)
    return found


def test_wheel_carries_corpus_types_metadata_and_entry_point(dist: Path) -> None:
    wheel = only(dist, f"delegate_mcp-{VERSION}-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        metadata = z.read(f"delegate_mcp-{VERSION}.dist-info/METADATA").decode()
        entry_points = z.read(f"delegate_mcp-{VERSION}.dist-info/entry_points.txt").decode()
    assert CORPUS, "the source tree has no corpus"
    assert {f"delegate/corpus/{name}" for name in CORPUS} <= names
    assert "delegate/py.typed" in names
    assert "delegate/trust/classifier.bin" in names
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]
    assert re.search(rf"^Version: {re.escape(VERSION)}$", metadata, re.M)
    assert re.search(r"^delegate = delegate\.cli:main$", entry_points, re.M)


def test_sdist_carries_corpus(dist: Path) -> None:
    with tarfile.open(only(dist, f"delegate_mcp-{VERSION}.tar.gz")) as tar:
        names = set(tar.getnames())
    assert {f"delegate_mcp-{VERSION}/delegate/corpus/{name}" for name in CORPUS} <= names


def test_installed_wheel_runs_a_delegation_outside_the_tree(dist: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    wheel = only(dist, "*.whl")
    run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "--no-index",
        "--no-deps",
        "-q",
        wheel,
        cwd=tmp_path,
    )
    purelib = run(
        python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path
    ).strip()
    # Dependencies come from this environment; its own (editable) delegate is not on that path's .pth list.
    Path(purelib, "_test_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}

    where = run(python, "-c", "import delegate; print(delegate.__file__)", cwd=tmp_path, env=env)
    assert Path(where.strip()).is_relative_to(venv)
    assert run(venv / "bin" / "delegate", "--version", cwd=tmp_path, env=env).strip() == f"delegate {VERSION}"
    answer = run(venv / "bin" / "delegate", "ask", "researcher", QUESTION, cwd=tmp_path, env=env)
    assert "[rag]" in answer
