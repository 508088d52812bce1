"""`delegate config HOST`: entries for desktop and editor hosts, printed or merged into their files."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest

from delegate.cli import main
from delegate.cli.config_cmd import default_file

PYTHON = str(Path(sys.executable).absolute())
SERVE = ["-m", "delegate", "serve"]


@pytest.fixture(autouse=True)
def fake_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private HOME and working directory, so no real host config is read or written."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return home


def printed(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    assert main(["config", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def desktop_file(home: Path) -> Path:
    return default_file("claude-desktop", home=home)


def test_claude_desktop_entry_uses_absolute_paths(capsys: pytest.CaptureFixture[str]) -> None:
    Path("roster.toml").write_text("")
    entry = printed(capsys, "claude-desktop", "--config", "roster.toml")["mcpServers"]["delegate"]
    assert entry == {"command": PYTHON, "args": [*SERVE, "--config", str(Path("roster.toml").resolve())]}
    assert Path(entry["command"]).is_absolute()


def test_plain_entry_and_delegate_toml_in_the_working_directory(capsys: pytest.CaptureFixture[str]) -> None:
    assert printed(capsys, "claude-desktop")["mcpServers"]["delegate"] == {"command": PYTHON, "args": SERVE}
    Path("delegate.toml").write_text("")
    args = printed(capsys, "cursor", "--name", "specialists")["mcpServers"]["specialists"]["args"]
    assert args == [*SERVE, "--config", str(Path("delegate.toml").resolve())]


def test_missing_config_file_is_a_config_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "claude-desktop", "--config", "nope.toml"]) == 2
    assert "nope.toml" in capsys.readouterr().err


def test_claude_code_prints_a_claude_mcp_add_line(capsys: pytest.CaptureFixture[str]) -> None:
    Path("docs").mkdir()
    assert main(["config", "claude-code", "--corpus", "docs", "--model", "offline"]) == 0
    line = capsys.readouterr().out.strip()
    corpus = str(Path("docs").resolve())
    assert shlex.split(line) == [
        "claude", "mcp", "add", "delegate", "--", PYTHON, *SERVE, "--corpus", corpus, "--model", "offline",
    ]  # fmt: skip


def test_vscode_uses_servers_with_a_type_and_cursor_mcp_servers(capsys: pytest.CaptureFixture[str]) -> None:
    assert printed(capsys, "vscode") == {
        "servers": {"delegate": {"type": "stdio", "command": PYTHON, "args": SERVE}}
    }
    assert printed(capsys, "cursor") == {"mcpServers": {"delegate": {"command": PYTHON, "args": SERVE}}}


def test_write_merges_keeps_other_servers_backs_up_and_is_idempotent(
    fake_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = desktop_file(fake_home)
    assert path == fake_home / ".config" / "Claude" / "claude_desktop_config.json"
    path.parent.mkdir(parents=True)
    original = {"globalShortcut": "Ctrl+Space", "mcpServers": {"other": {"command": "other-server"}}}
    path.write_text(json.dumps(original))

    assert main(["config", "claude-desktop", "--write"]) == 0
    assert "added 'delegate'" in capsys.readouterr().out
    merged = json.loads(path.read_text())
    assert merged["globalShortcut"] == "Ctrl+Space"
    assert merged["mcpServers"] == {
        "other": {"command": "other-server"},
        "delegate": {"command": PYTHON, "args": SERVE},
    }
    backup = path.with_name(path.name + ".bak")
    assert json.loads(backup.read_text()) == original

    written = path.read_text()
    assert main(["config", "claude-desktop", "--write"]) == 0
    assert "already up to date" in capsys.readouterr().out
    assert path.read_text() == written
    assert json.loads(backup.read_text()) == original

    Path("delegate.toml").write_text("")
    assert main(["config", "claude-desktop", "--write"]) == 0
    assert "replaced 'delegate'" in capsys.readouterr().out
    assert json.loads(backup.read_text()) == merged
    assert json.loads(path.read_text())["mcpServers"]["other"] == {"command": "other-server"}


def test_write_creates_a_missing_file_without_backup(fake_home: Path) -> None:
    assert main(["config", "vscode", "--write"]) == 0
    path = fake_home / ".config" / "Code" / "User" / "mcp.json"
    assert json.loads(path.read_text())["servers"]["delegate"]["type"] == "stdio"
    assert not path.with_name("mcp.json.bak").exists()


def test_write_to_an_explicit_file(tmp_path: Path) -> None:
    target = tmp_path / "project" / ".cursor" / "mcp.json"
    assert main(["config", "cursor", "--write", "--file", str(target)]) == 0
    assert json.loads(target.read_text()) == {"mcpServers": {"delegate": {"command": PYTHON, "args": SERVE}}}


def test_a_file_that_is_not_json_is_left_alone(fake_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = desktop_file(fake_home)
    path.parent.mkdir(parents=True)
    path.write_text("{ // a comment\n}")
    assert main(["config", "claude-desktop", "--write"]) == 2
    assert "not plain JSON" in capsys.readouterr().err
    assert path.read_text() == "{ // a comment\n}"
    assert not path.with_name(path.name + ".bak").exists()


def test_claude_code_has_nothing_to_write(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "claude-code", "--write"]) == 2
    assert "claude mcp add" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("host", "platform", "expected"),
    [
        ("claude-desktop", "darwin", "home/Library/Application Support/Claude/claude_desktop_config.json"),
        ("claude-desktop", "win32", "appdata/Claude/claude_desktop_config.json"),
        ("claude-desktop", "linux", "xdg/Claude/claude_desktop_config.json"),
        ("vscode", "darwin", "home/Library/Application Support/Code/User/mcp.json"),
        ("vscode", "win32", "appdata/Code/User/mcp.json"),
        ("vscode", "linux", "xdg/Code/User/mcp.json"),
        ("cursor", "win32", "home/.cursor/mcp.json"),
    ],
)
def test_default_file_per_platform(host: str, platform: str, expected: str) -> None:
    env = {"APPDATA": "appdata", "XDG_CONFIG_HOME": "xdg"}
    assert default_file(host, platform=platform, env=env, home=Path("home")) == Path(expected)
