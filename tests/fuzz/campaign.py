"""The big fuzzing run: many processes, many examples, a time bound; findings to a JSON file.

Run it from the repository root (it is not collected by pytest):

    .venv/bin/python tests/fuzz/campaign.py --examples 100000 --jobs 2 --minutes 60 \
        --out fuzz-findings.json

Each process runs the same property as ``test_fuzz_pages.py`` with its own
seed, never stops at a finding and keeps the first few of each kind (the
mutation and the judge's reason, the page and its text).  The totals and
the findings are written to ``--out`` and summed up on stdout.
"""

from __future__ import annotations

import argparse
import collections
import json
import multiprocessing
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from fuzzkit import corpus, judge, mutants  # noqa: E402
from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from fastpath_ical import read_page  # noqa: E402

#: Findings kept per kind (mutation and the judge's first words), to keep the file small.
KEEP = 5


def _kind(mutation: str, reason: str) -> str:
    words = reason.split(":")[0] if reason.startswith(("crash", "PageError")) else reason
    shape = " ".join(w for w in words.split() if not any(ch.isdigit() for ch in w))[:60]
    return f"{mutation.split('+')[0]} | {shape}"


def _run(job: tuple[int, int, float, bool]) -> dict[str, object]:
    number, examples, deadline, real = job
    pages = corpus(real=real)
    readings = {name: read_page(text) for name, text in pages.items()}
    outcomes: collections.Counter[str] = collections.Counter()
    findings: dict[str, list[dict[str, str]]] = collections.defaultdict(list)

    @seed(number * 7919 + 17)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(mutants(pages))
    def explore(drawn: tuple[str, object]) -> None:
        if time.monotonic() > deadline:
            return
        name, mutant = drawn
        verdict = judge(readings[name], pages[name], mutant)  # type: ignore[arg-type]
        outcomes[verdict.outcome] += 1
        if not verdict.ok:
            kind = _kind(mutant.name, verdict.reason)  # type: ignore[attr-defined]
            if len(findings[kind]) < KEEP:
                findings[kind].append(
                    {
                        "page": name,
                        "mutation": str(mutant),
                        "reason": verdict.reason,
                        "text": mutant.text,  # type: ignore[attr-defined]
                    }
                )
            findings[kind + " (count)"].append({})

    explore()
    return {"outcomes": dict(outcomes), "findings": dict(findings)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000, help="in all, over every job")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--minutes", type=float, default=60.0, help="stop generating after this")
    parser.add_argument("--out", default="fuzz-findings.json")
    parser.add_argument("--real", action="store_true", help="mutate tests/pages/real too")
    args = parser.parse_args()
    deadline = time.monotonic() + 60 * args.minutes
    per_job = -(-args.examples // args.jobs)
    started = time.monotonic()
    with multiprocessing.Pool(args.jobs) as pool:
        jobs = [(n, per_job, deadline, args.real) for n in range(args.jobs)]
        results = pool.map(_run, jobs)
    outcomes: collections.Counter[str] = collections.Counter()
    findings: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    for result in results:
        outcomes.update(result["outcomes"])  # type: ignore[arg-type]
        for kind, cases in result["findings"].items():  # type: ignore[attr-defined]
            findings[kind] += cases
    counts = {k.removesuffix(" (count)"): len(v) for k, v in findings.items() if k.endswith(")")}
    kept = {k: v[:KEEP] for k, v in findings.items() if not k.endswith(" (count)")}
    report = {
        "pages": len(corpus(real=args.real)),
        "examples": sum(outcomes.values()),
        "outcomes": dict(outcomes),
        "seconds": round(time.monotonic() - started),
        "finding_counts": dict(sorted(counts.items(), key=lambda kv: -kv[1])),
        "findings": kept,
    }
    Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"{report['examples']} examples in {report['seconds']} s: {dict(outcomes)}")
    for kind, count in report["finding_counts"].items():
        print(f"  {count:6d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
