"""`flashpoint serve` refuses what is unsafe or impossible with one line, before serving anything."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from flashpoint.cli import main
from flashpoint.cli.web import loopback

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install -e '.[web]'")


def serve(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, ["serve", *args], env={"FLASHPOINT_TOKEN": "", **(env or {})})


def test_binding_beyond_loopback_needs_a_token(tmp_path: Path) -> None:
    for host in ["0.0.0.0", "192.168.1.20", "::"]:
        result = serve("--db", str(tmp_path / "s.db"), "--host", host)
        assert result.exit_code == 2 and "without a token" in result.output and "--token" in result.output
        assert "Traceback" not in result.output


def test_loopback_addresses() -> None:
    assert all(loopback(h) for h in ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
    assert not any(loopback(h) for h in ["0.0.0.0", "::", "10.0.0.1", "example.org"])


def test_a_busy_port_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        result = serve("--db", str(tmp_path / "s.db"), "--port", str(taken.getsockname()[1]))
    assert result.exit_code == 2 and "cannot listen on 127.0.0.1" in result.output and "--port" in result.output
