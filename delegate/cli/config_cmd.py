"""`delegate config HOST`: the entry that makes a desktop or editor host start `delegate serve`.

    delegate config claude-desktop            # print the mcpServers entry
    delegate config claude-desktop --write    # merge it into the host's config file, with a backup
    delegate config claude-code               # print the `claude mcp add` line
    delegate config vscode|cursor [--write]   # mcp.json

Hosts start servers from a directory of their own choosing with a bare environment, so every
path is absolute: the interpreter running this command (a venv's python stays unresolved, so its
packages come along) and the `--config` / `--corpus` given, or `./delegate.toml` if present.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from delegate.cli.common import add_roster_options
from delegate.config import CONFIG_FILE
from delegate.errors import ConfigError

HOSTS = ("claude-desktop", "claude-code", "vscode", "cursor")
#: The top-level key each host keeps its servers under.
SERVERS_KEY = {"claude-desktop": "mcpServers", "cursor": "mcpServers", "vscode": "servers"}
#: Where a host's file lives below the platform's application-data folder.
APP_FILES = {
    "claude-desktop": ("Claude", "claude_desktop_config.json"),
    "vscode": ("Code", "User", "mcp.json"),
}


def add_parser(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "config", help="print or install the entry for Claude Desktop, Claude Code, VS Code or Cursor"
    )
    parser.add_argument("host", choices=HOSTS, help="the MCP host to configure")
    add_roster_options(parser)
    parser.add_argument("--name", default="delegate", help="server name in the host (default: delegate)")
    parser.add_argument("--write", action="store_true", help="merge the entry into the host's config file")
    parser.add_argument("--file", type=Path, help="config file to write instead of the host's default")
    parser.set_defaults(handler=run)


def serve_command(args: argparse.Namespace, cwd: Path | None = None) -> list[str]:
    """The absolute command line that starts `delegate serve` with these roster options."""
    command = [str(Path(sys.executable).absolute()), "-m", "delegate", "serve"]
    config: Path | None = args.config
    if config is None and (candidate := (cwd or Path.cwd()) / CONFIG_FILE).is_file():
        config = candidate
        print(f"using {candidate} (pass --config to choose another)", file=sys.stderr)
    if config is not None:
        if not config.is_file():
            raise ConfigError(f"config file {str(config)!r} does not exist")
        command += ["--config", str(config.resolve())]
    if args.corpus is not None:
        if not args.corpus.is_dir():
            raise ConfigError(f"corpus folder {str(args.corpus)!r} does not exist")
        command += ["--corpus", str(args.corpus.resolve())]
    if args.model:
        command += ["--model", args.model]
    return command


def server_entry(host: str, command: list[str]) -> dict[str, Any]:
    entry: dict[str, Any] = {"command": command[0], "args": command[1:]}
    return {"type": "stdio", **entry} if host == "vscode" else entry


def default_file(
    host: str, *, platform: str = sys.platform, env: Mapping[str, str] = os.environ, home: Path | None = None
) -> Path:
    """Where `host` keeps its user-level MCP configuration on `platform`."""
    home = home or Path.home()
    if host == "cursor":
        return home / ".cursor" / "mcp.json"
    if platform == "darwin":
        base = home / "Library" / "Application Support"
    elif platform == "win32":
        appdata = env.get("APPDATA")
        if not appdata:
            raise ConfigError("APPDATA is not set; pass --file with the config file's path")
        base = Path(appdata)
    else:
        base = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else home / ".config"
    return base.joinpath(*APP_FILES[host])


def merge(path: Path, key: str, name: str, entry: dict[str, Any]) -> str:
    """Put `entry` under `key.name` in the JSON file at `path`, keeping everything else.

    Returns what happened. An existing file is copied to `<file>.bak` before it changes; an
    entry already in place leaves the file untouched.
    """
    document: dict[str, Any] = {}
    original: str | None = None
    if path.exists():
        original = path.read_text(encoding="utf-8")
        try:
            loaded = json.loads(original) if original.strip() else {}
        except json.JSONDecodeError as exc:
            raise ConfigError(
                f"{path} is not plain JSON ({exc}); add the entry by hand or fix the file"
            ) from None
        if not isinstance(loaded, dict):
            raise ConfigError(f"{path} does not hold a JSON object; add the entry by hand")
        document = loaded
    servers = document.setdefault(key, {})
    if not isinstance(servers, dict):
        raise ConfigError(f"{path}: {key!r} is not a JSON object; add the entry by hand")
    if servers.get(name) == entry:
        return f"{path}: {name!r} is already up to date"
    replaced = name in servers
    servers[name] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    backup = ""
    if original is not None:
        backup_path = path.with_name(path.name + ".bak")
        backup_path.write_text(original, encoding="utf-8")
        backup = f" (previous file saved as {backup_path})"
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, path)
    return f"{path}: {'replaced' if replaced else 'added'} {name!r}{backup}"


def run(args: argparse.Namespace) -> int:
    command = serve_command(args)
    if args.host == "claude-code":
        if args.write:
            raise ConfigError("Claude Code keeps its own config: run the printed `claude mcp add` line")
        print(shlex.join(["claude", "mcp", "add", args.name, "--", *command]))
        return 0
    key = SERVERS_KEY[args.host]
    entry = server_entry(args.host, command)
    if not args.write:
        print(json.dumps({key: {args.name: entry}}, indent=2))
        return 0
    path: Path = args.file or default_file(args.host)
    print(merge(path, key, args.name, entry))
    if args.host == "claude-desktop":
        print("Quit Claude Desktop fully and start it again to load the server.")
    return 0
