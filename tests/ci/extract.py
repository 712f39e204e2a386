"""extract.py DOC WHAT - the CI recipes of docs/ci.md as scripts tests/cli/ci.sh
runs, so the doc, as written, is what is tested.

  shell         the sh block under "A plain shell step", unchanged
  github        the run: steps of the GitHub Actions job as one bash script:
                each step in a subshell of its own (a fresh step shell, as on
                a runner, with bash -e), a failing step ending the job unless
                it has continue-on-error; ${{ github.base_ref }} and
                ${{ runner.temp }} read $GITHUB_BASE_REF and $RUNNER_TEMP
  github-sarif  the sarif_file the upload-sarif step reads, the same way
  gitlab        the before_script and script lines of the GitLab job, in
                order in one bash -eo pipefail shell (as GitLab runs them),
                after its variables
  facts         JSON: what each job triggers on and the order of its apt-get
                commands

Commands that install packages (apt-get) are left out of the scripts: the
scratch repository has what they install; `facts` shows their order."""
import json
import re
import sys

import yaml

doc, what = sys.argv[1], sys.argv[2]
text = open(doc).read()


def block(heading, lang):
    """The first ```lang block after the heading."""
    at = text.index("\n## " + heading + "\n")
    m = re.compile(r"^```" + lang + r"\n(.*?)^```$", re.S | re.M).search(text, at)
    return m.group(1)


def quote(script):
    return "'" + script.replace("'", "'\"'\"'") + "'"


def github_expr(s):
    return (s.replace("${{ github.base_ref }}", "${GITHUB_BASE_REF}")
            .replace("${{ runner.temp }}", "${RUNNER_TEMP}"))


def installs(command):
    return "apt-get" in command


def github_job():
    wf = yaml.safe_load(block("GitHub Actions", "yaml"))
    (job,) = wf["jobs"].values()
    return wf, job


def github():
    _, job = github_job()
    out = ["#!/bin/bash", "# generated from docs/ci.md by tests/ci/extract.py"]
    for n, step in enumerate(job["steps"]):
        if "run" not in step or installs(step["run"]):
            continue
        name = step.get("name", step["run"].splitlines()[0])
        out.append("echo %s" % quote("::step %d %s" % (n, name)))
        run = "bash -e -c %s" % quote(github_expr(step["run"]))
        if step.get("continue-on-error"):
            out.append(run + " || true")
        else:
            out.append(run + " || exit 1")
    return "\n".join(out) + "\n"


def github_sarif():
    _, job = github_job()
    for step in job["steps"]:
        if str(step.get("uses", "")).startswith("github/codeql-action/upload-sarif"):
            return github_expr(step["with"]["sarif_file"]) + "\n"
    raise SystemExit("no upload-sarif step")


def gitlab_job():
    (job,) = yaml.safe_load(block("GitLab CI", "yaml")).values()
    return job


def gitlab():
    job = gitlab_job()
    out = ["#!/bin/bash", "# generated from docs/ci.md by tests/ci/extract.py", "set -eo pipefail"]
    for k, v in job.get("variables", {}).items():
        out.append("export %s=%s" % (k, quote(str(v))))
    for line in job.get("before_script", []) + job["script"]:
        if not installs(line):
            out.append(line)
    return "\n".join(out) + "\n"


def apt_order(commands):
    found = []
    for c in commands:
        found += re.findall(r"apt-get (?:-\S+ )*(update|install)", c)
    return found


def facts():
    wf, job = github_job()
    on = wf.get("on", wf.get(True))  # YAML 1.1 reads a bare `on` as true
    gl = gitlab_job()
    return json.dumps({
        "github": {"paths": on["pull_request"]["paths"],
                   "apt": apt_order([s["run"] for s in job["steps"] if "run" in s]),
                   "sarif": github_sarif().strip()},
        "gitlab": {"changes": [c for r in gl["rules"] for c in r.get("changes", [])],
                   "apt": apt_order(gl.get("before_script", []) + gl["script"]),
                   "artifacts": gl["artifacts"]["paths"]},
        "shell": {"lines": block("A plain shell step", "sh").count("\n")},
    }, indent=1) + "\n"


sys.stdout.write({"shell": lambda: block("A plain shell step", "sh"), "github": github,
                  "github-sarif": github_sarif, "gitlab": gitlab, "facts": facts}[what]())
