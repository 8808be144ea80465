"""examples/github-pages/: the workflow lints clean, and its build steps work as written.

The steps that run commands are taken from the workflow file and run by bash
as GitHub's runner runs them (``bash --noprofile --norc -eo pipefail``), in a
git copy of the example, with this checkout's ``fastpath-ical`` on PATH
instead of the install step, and the site's URL pointing at a preview server
on loopback instead of GitHub Pages: first with nothing published (404),
then against the feed that first run published.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from icalendar import Calendar

from sitekit import serving

EXAMPLE = Path(__file__).parent.parent / "examples" / "github-pages"
WORKFLOW = EXAMPLE / ".github" / "workflows" / "publish-program.yml"
BIN = Path(sys.executable).parent


def actionlint() -> str | None:
    return shutil.which("actionlint", path=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")


@pytest.mark.skipif(actionlint() is None, reason="no actionlint (the [test] extra installs it)")
def test_the_workflow_lints_clean(tmp_path: Path) -> None:
    """actionlint finds nothing in the example, and does find a broken copy's mistake."""
    binary = actionlint()
    assert binary is not None
    done = subprocess.run(
        [binary, "-no-color", str(WORKFLOW)], capture_output=True, text=True, timeout=60
    )
    assert (0, "") == (done.returncode, done.stdout)
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOW.read_text(encoding="utf-8").replace("steps.pages.outputs", "steps.page.outputs"),
        encoding="utf-8",
    )
    done = subprocess.run(
        [binary, "-no-color", str(broken)], capture_output=True, text=True, timeout=60
    )
    assert 0 != done.returncode
    assert "steps.page" in done.stdout


def workflow() -> dict[str, Any]:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_the_workflow_uses_the_official_pages_actions() -> None:
    """Deployed by actions/deploy-pages, from the artifact actions/upload-pages-artifact made;
    run on pushes that touch the page, with the permissions Pages needs and no more."""
    flow = workflow()
    on = flow[True] if True in flow else flow["on"]  # YAML 1.1 reads the key `on` as true
    assert "program.md" in on["push"]["paths"]
    assert {"contents": "read", "pages": "write", "id-token": "write"} == flow["permissions"]
    uses = [step.get("uses", "") for job in flow["jobs"].values() for step in job["steps"]]
    for action in (
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ):
        assert any(used.startswith(action + "@") for used in uses), action
    install = next(s for s in flow["jobs"]["build"]["steps"] if s.get("id") == "install")
    assert 'pip install "fastpath-ical[site]"' in install["run"]


def run_steps(repo: Path, site_url: str) -> list[subprocess.CompletedProcess[str]]:
    """The build job's `previous` and `site` steps, in order, as the runner would run them."""
    job = workflow()["jobs"]["build"]
    done = []
    for step in job["steps"]:
        if step.get("id") not in ("previous", "site"):
            continue
        env = {**os.environ, **job["env"], "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
        env.update({key: site_url for key, value in step.get("env", {}).items() if "${{" in value})
        result = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        done.append(result)
        if result.returncode:
            break
    return done


def commit(repo: Path, when: str) -> None:
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    env = {**os.environ, "GIT_COMMITTER_DATE": when, "GIT_AUTHOR_DATE": when}
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True, env=env)
    subprocess.run([*git, "commit", "-qm", "program"], cwd=repo, check=True, env=env)


def sequences(feed: Path) -> dict[str, int]:
    calendar = Calendar.from_ical(feed.read_bytes())
    return {str(e["UID"]): int(e.get("SEQUENCE", 0)) for e in calendar.walk("VEVENT")}


@pytest.mark.skipif(shutil.which("curl") is None, reason="the workflow fetches with curl")
@pytest.mark.skipif(shutil.which("git") is None, reason="the workflow reads the commit time")
def test_the_build_steps_publish_then_update(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLE, repo)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    commit(repo, "2021-03-01T12:00:00Z")
    empty = tmp_path / "nothing-published"
    empty.mkdir()
    with serving(str(empty), log=tmp_path / "empty.log") as pages:
        first = run_steps(repo, pages.url + "program/")
    assert [0, 0] == [step.returncode for step in first], [s.stderr for s in first]
    assert "first publication" in first[0].stdout
    site = repo / "program"
    assert {"index.html", "fastpath2021.ics", "events"} <= {p.name for p in site.iterdir()}
    assert set(sequences(site / "fastpath2021.ics").values()) == {0}
    buttons = (repo / "_includes" / "program-buttons.html").read_text(encoding="utf-8")
    assert f"{pages.url}program/events/siva-hari.ics" in buttons

    published = tmp_path / "published"
    shutil.copytree(site, published / "program")
    shutil.rmtree(site)
    page = repo / "program.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("Resilience and Safety", "Resilience, Safety"),
        encoding="utf-8",
    )
    commit(repo, "2021-03-20T09:30:00Z")
    with serving(str(published), log=tmp_path / "published.log") as pages:
        second = run_steps(repo, pages.url + "program/")
    assert [0, 0] == [step.returncode for step in second], [s.stderr for s in second]
    assert "Updating against" in second[0].stdout
    changed = {uid: seq for uid, seq in sequences(site / "fastpath2021.ics").items() if seq}
    assert {"fastpath-2021-siva-hari@fastpath-ical": 1} == changed
    feed = Calendar.from_ical((site / "fastpath2021.ics").read_bytes())
    hari = next(e for e in feed.walk("VEVENT") if int(e.get("SEQUENCE", 0)))
    assert "20210320T093000Z" == hari["DTSTAMP"].to_ical().decode()
    unchanged = published / "program" / "events" / "ana-klimovic.ics"
    assert unchanged.read_bytes() == (site / "events" / "ana-klimovic.ics").read_bytes()


@pytest.mark.skipif(shutil.which("curl") is None, reason="the workflow fetches with curl")
def test_an_unreachable_site_stops_the_run(tmp_path: Path) -> None:
    """Not a 404 but no answer at all: the run fails instead of publishing a feed that would
    look brand new to every subscriber."""
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLE, repo)
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    (step,) = run_steps(repo, f"http://127.0.0.1:{port}/program/")
    assert 0 != step.returncode
    assert "HTTP 000" in step.stdout
    assert not (repo / "program").exists()
