#!/usr/bin/env python3
"""The command line as a user types it: the public behaviours 1–6 of docs/BEHAVIOUR.md through
`evaluate --json`, the shape of that JSON, share links, validation of data files, bench, and
exit codes (0 success, 2 bad input with a one-line reason on stderr).

Usage: python3 test_cli.py PATH/TO/sourcing-advisor PATH/TO/assets/advisor.json
Prints one line per check and a final "N passed, M failed"; exits non-zero on any failure.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

BINARY = sys.argv[1] if len(sys.argv) > 1 else "sourcing-advisor"
DATA_FILE = sys.argv[2] if len(sys.argv) > 2 else "assets/advisor.json"
TIMEOUT_SECONDS = 60

CELLS = [f"{who}_{where}" for who in ("own", "managed", "provider")
         for where in ("onshore", "nearshore", "offshore")]
ABROAD = [c for c in CELLS if not c.endswith("_onshore")]
QUESTION_IDS = ["function", "core", "task_nature", "scope", "workload", "team_size", "control",
                "data_sensitivity", "start_within", "horizon", "upfront_budget", "local_talent",
                "collaboration", "cost_priority", "remote_experience", "current_model",
                "lead_time_sensitivity", "ip_sensitivity", "offshore_cost_trend",
                "domestic_incentives", "on_site", "home_country"]

CELL_IDS = ["own_onshore", "own_nearshore", "own_offshore", "managed_onshore", "managed_nearshore",
            "managed_offshore", "provider_onshore", "provider_nearshore", "provider_offshore"]

results = {"passed": 0, "failed": 0}


def check(name, condition, detail=""):
    if condition:
        results["passed"] += 1
        print(f"PASS {name}")
    else:
        results["failed"] += 1
        print(f"FAIL {name}" + (f": {detail}" if detail else ""))
    return condition


def run(*args, stdin=None):
    """Runs the binary; returns (exit code, stdout, stderr). A hang or crash is a failed run."""
    try:
        done = subprocess.run([BINARY, *args], input=stdin, capture_output=True, text=True,
                              timeout=TIMEOUT_SECONDS)
        return done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired:
        return None, "", f"timed out after {TIMEOUT_SECONDS} s"


def evaluate(answers):
    """`evaluate --json --answers -` with the answers on stdin; the parsed result or None."""
    code, out, err = run("evaluate", "--json", "--answers", "-", stdin=json.dumps(answers))
    if code != 0:
        print(f"  evaluate {answers} exited {code}: {err.strip()}")
        return None
    try:
        return json.loads(out)
    except json.JSONDecodeError as error:
        print(f"  evaluate {answers} printed no JSON: {error}")
        return None


def fits(result):
    return {row["id"]: row["fit"] for row in result["ranking"]}


def one_line_reason(err):
    lines = [line for line in err.splitlines() if line.strip()]
    return len(lines) == 1 and lines[0].startswith("sourcing-advisor: ")


# -- §7: the six public acceptance cases ---------------------------------------------------------

def test_public_cases():
    result = evaluate({"data_sensitivity": "residency"})
    if check("§7.1 residency: evaluate succeeds", result is not None):
        excluded = {row["id"]: row["reason"] for row in result["excluded"]}
        check("§7.1 residency excludes every nearshore and offshore cell",
              sorted(excluded) == sorted(ABROAD), f"excluded {sorted(excluded)}")
        check("§7.1 each exclusion reason names data residency",
              all("data residency" in reason.lower() for reason in excluded.values()),
              json.dumps(excluded))
        check("§7.1 the ranking holds the onshore cells only",
              sorted(fits(result)) == sorted(c for c in CELLS if c.endswith("_onshore")))

    result = evaluate({"workload": "seasonal", "core": "peripheral", "task_nature": "routine",
                       "start_within": "weeks", "upfront_budget": "minimal"})
    if check("§7.2 seasonal outsourcing: evaluate succeeds", result is not None):
        check("§7.2 the winner is a provider_* cell",
              (result["winner"] or "").startswith("provider_"), result["winner"])

    for team in (10, 50, 1000):
        result = evaluate({"workload": "steady", "scope": "whole_function", "task_nature": "complex",
                           "control": 5, "horizon": "long", "cost_priority": 5, "team_size": team,
                           "remote_experience": "experienced", "upfront_budget": "substantial"})
        if not check(f"§7.3 team {team}: evaluate succeeds", result is not None):
            continue
        check(f"§7.3 team {team}: own_offshore or managed_offshore wins",
              result["winner"] in ("own_offshore", "managed_offshore"), result["winner"])
        ranked = [row["id"] for row in result["ranking"]]
        providers = [ranked.index(c) for c in CELLS if c.startswith("provider_") and c in ranked]
        check(f"§7.3 team {team}: the winner is ranked ahead of every provider_* cell",
              result["winner"] in ranked and all(ranked.index(result["winner"]) < p for p in providers),
              " > ".join(ranked))

    for current in ABROAD:
        result = evaluate({"function": "manufacturing", "lead_time_sensitivity": "high",
                           "offshore_cost_trend": "rising", "domestic_incentives": "yes",
                           "current_model": current})
        if not check(f"§7.4 reshoring from {current}: evaluate succeeds", result is not None):
            continue
        check(f"§7.4 from {current}: an onshore cell wins, labelled Reshore",
              (result["winner"] or "").endswith("_onshore") and result["reshore"] is True
              and result["label"].startswith("Reshore"),
              f'winner {result["winner"]}, reshore {result["reshore"]}, label {result["label"]!r}')

    result = evaluate({"local_talent": "unavailable"})
    if check("§7.5 local talent unavailable: evaluate succeeds", result is not None):
        top_three = [row["id"] for row in result["ranking"][:3]]
        check("§7.5 own_onshore is not in the top three", "own_onshore" not in top_three,
              ", ".join(top_three))

    # §7.6 through the JSON: fits are rounded to 0.1 there, so a difference may seem to move by 0.2.
    def differences(question, pairs):
        rows = []
        for level in range(1, 6):
            result = evaluate({question: level})
            if result is None:
                return None
            rows.append({name: fits(result)[a] - fits(result)[b] for name, (a, b) in pairs.items()})
        return rows

    same_who = {who: (f"{who}_offshore", f"{who}_onshore") for who in ("own", "managed", "provider")}
    rows = differences("cost_priority", same_who)
    if check("§7.6 cost_priority 1–5: evaluate succeeds", rows is not None):
        for who in same_who:
            steps = [round(rows[i + 1][who] - rows[i][who], 3) for i in range(4)]
            check(f"§7.6 raising cost_priority never lowers {who}_offshore against {who}_onshore",
                  all(step >= -0.2 for step in steps), f"changes per step: {steps}")
    same_where = {where: (f"own_{where}", f"provider_{where}")
                  for where in ("onshore", "nearshore", "offshore")}
    rows = differences("control", same_where)
    if check("§7.6 control 1–5: evaluate succeeds", rows is not None):
        for where in same_where:
            steps = [round(rows[i + 1][where] - rows[i][where], 3) for i in range(4)]
            check(f"§7.6 raising control never lowers own_{where} against provider_{where}",
                  all(step >= -0.2 for step in steps), f"changes per step: {steps}")


# -- evaluate: the JSON object and the text ------------------------------------------------------

def test_evaluate_json_shape():
    result = evaluate({})
    if not check("evaluate --json with default answers succeeds", result is not None):
        return
    for key in ("winner", "reshore", "ranking", "excluded", "reasons_for", "reasons_against",
                "what_would_change", "costs"):
        check(f"evaluate --json has the key {key!r}", key in result, ", ".join(sorted(result)))
    ranking = result.get("ranking", [])
    check("ranking lists all nine cells when none is excluded",
          sorted(row.get("id") for row in ranking) == sorted(CELLS))
    check("each ranking entry is {id, who, where, fit}",
          all({"id", "who", "where", "fit"} <= set(row) for row in ranking))
    check("each ranking entry's who and where match its id",
          all(row["id"] == f'{row["who"]}_{row["where"]}' for row in ranking))
    check("each fit is a number from 0 to 100",
          all(isinstance(row["fit"], (int, float)) and 0 <= row["fit"] <= 100 for row in ranking))
    check("the ranking is highest first",
          all(a["fit"] >= b["fit"] for a, b in zip(ranking, ranking[1:])),
          str([row["fit"] for row in ranking]))
    check("the winner heads the ranking", ranking and result["winner"] == ranking[0]["id"])
    check("reshore is a boolean", isinstance(result.get("reshore"), bool))
    check("excluded is an empty list here", result.get("excluded") == [])
    check("reasons for the winner have text and positive points",
          result["reasons_for"] and all(r["text"] and r["points"] > 0 for r in result["reasons_for"]))
    check("reasons against have text and negative points",
          all(r["text"] and r["points"] < 0 for r in result["reasons_against"]))
    change = result["what_would_change"]
    if change is not None:
        check("what_would_change names a question, a new value and a new winner",
              change["question"] in QUESTION_IDS and change["new_winner"] in CELLS
              and change["new_winner"] != result["winner"] and change["text"], json.dumps(change))
        applied = evaluate({change["question"]: change["to"]})
        check("applying what_would_change gives its new winner",
              applied is not None and applied["winner"] == change["new_winner"],
              applied and applied["winner"])
    costs = result["costs"]
    check("costs cover nine cells over the horizon's years",
          len(costs["cells"]) == 9 and costs["years"] == 3
          and all(len(cell["cumulative"]) == costs["years"] for cell in costs["cells"]))

    residency = evaluate({"data_sensitivity": "residency"})
    if residency is not None:
        check("each excluded entry is {id, reason}",
              residency["excluded"] and all({"id", "reason"} <= set(row) and row["reason"]
                                            for row in residency["excluded"]))

    code, out, err = run("evaluate")
    check("plain evaluate prints \"Best fit:\"", code == 0 and "Best fit:" in out, err.strip())
    code, out, err = run("evaluate", "--answers", "-", stdin='{"workload": "seasonal"}')
    check("plain evaluate reads answers from stdin", code == 0 and out.startswith("Best fit:"), err.strip())


# -- bad answers ---------------------------------------------------------------------------------

def test_bad_answers():
    code, out, err = run("evaluate", "--json", "--answers", "-", stdin='{"budget": "minimal"}')
    check("an unknown question exits 2", code == 2, f"exit {code}")
    check("an unknown question is named, with every valid question id",
          '"budget"' in err and all(q in err for q in QUESTION_IDS), err.strip())
    check("nothing is printed on stdout for bad answers", out == "", out[:200])

    code, out, err = run("evaluate", "--json", "--answers", "-", stdin='{"workload": "sometimes"}')
    check("an unknown value exits 2", code == 2, f"exit {code}")
    check("an unknown value is named, with the valid values",
          '"sometimes"' in err and all(v in err for v in ("steady", "seasonal", "project")), err.strip())

    code, out, err = run("evaluate", "--answers", "-", stdin='{"team_size": 5000}')
    check("an integer out of range exits 2 and gives the range",
          code == 2 and "from 1 to 1000" in err, f"exit {code}: {err.strip()}")

    code, out, err = run("evaluate", "--answers", "-", stdin="workload=seasonal")
    check("answers that are not JSON exit 2 with one line",
          code == 2 and one_line_reason(err) and "not valid JSON" in err, f"exit {code}: {err!r}")

    code, out, err = run("evaluate", "--answers", "/nonexistent/answers.json")
    check("a missing answers file exits 2", code == 2 and one_line_reason(err), f"exit {code}: {err!r}")


# -- share links ---------------------------------------------------------------------------------

def test_links():
    answers = {"workload": "seasonal", "team_size": 12, "current_model": "provider_offshore",
               "function": "manufacturing", "offshore_cost_trend": "rising"}
    code, out, err = run("link", "encode", "--answers", "-", stdin=json.dumps(answers))
    link = out.strip()
    check("link encode prints one link", code == 0 and re.fullmatch(r"sa-[A-Za-z0-9_-]+", link),
          f"exit {code}: {out!r} {err!r}")
    check("the link is at most 300 characters", 0 < len(link) <= 300, str(len(link)))
    for fragment in (link, "#" + link):
        code, out, err = run("link", "decode", fragment)
        ok = code == 0
        decoded = json.loads(out)["answers"] if ok else {}
        check(f"link decode {'with' if fragment.startswith('#') else 'without'} '#' restores the answers",
              ok and all(decoded.get(k) == v for k, v in answers.items())
              and sorted(decoded) == sorted(QUESTION_IDS), f"exit {code}: {err.strip()}")
        if ok:
            code2, out2, _ = run("link", "encode", "--answers", "-", stdin=json.dumps(decoded))
            check("the decoded answers encode to the same link", code2 == 0 and out2.strip() == link)

    code, out, err = run("link", "encode")
    check("link encode without answers encodes the defaults", code == 0 and out.startswith("sa-"))

    for garbage in ("garbage", "sa-!!!!", "sa-AAAA", link[:-1], link[:-1] + ("A" if link[-1] != "A" else "B"),
                    "sa-" + "A" * 400):
        code, out, err = run("link", "decode", garbage)
        check(f"decoding {garbage[:24]!r} exits 2 with a one-line reason",
              code == 2 and one_line_reason(err) and out == "", f"exit {code}: {err!r}")

    code, out, err = run("link", "frob")
    check("an unknown link command exits 2", code == 2, f"exit {code}")
    code, out, err = run("link", "decode")
    check("link decode without a link exits 2", code == 2, f"exit {code}")


# -- validate-config -----------------------------------------------------------------------------

def test_validate_config():
    code, out, err = run("validate-config", DATA_FILE)
    check("validate-config accepts the shipped data file", code == 0 and "valid" in out,
          f"exit {code}: {err.strip()[:300]}")

    with open(DATA_FILE, encoding="utf-8") as f:
        document = json.load(f)
    document["cells"] = document["cells"][:8]
    document["questions"][1]["default"] = "central"
    del document["questions"][2]["label"]
    with tempfile.TemporaryDirectory() as folder:
        broken = os.path.join(folder, "broken.json")
        with open(broken, "w", encoding="utf-8") as f:
            json.dump(document, f)
        code, out, err = run("validate-config", broken)
        check("validate-config refuses a broken data file with exit 2", code == 2, f"exit {code}")
        lines = [line for line in err.splitlines() if line.startswith(broken + ":")]
        check("each problem is a \"file:path: message\" line",
              len(lines) >= 3 and all(re.fullmatch(re.escape(broken) + r":/\S*: .+", line) for line in lines),
              err.strip())
        for expected in (":/cells: expected exactly nine cells", ":/questions/1/default: expected one of",
                         ":/questions/2/label: is missing"):
            check(f"the problems include {expected!r}", any(expected in line for line in lines), err.strip())

        code, out, err = run("evaluate", "--config", broken)
        check("evaluate with a broken --config exits 2", code == 2, f"exit {code}")

        not_json = os.path.join(folder, "not.json")
        with open(not_json, "w", encoding="utf-8") as f:
            f.write('{"title": "Sourcing Advisor",\n  "accent": }\n')
        code, out, err = run("validate-config", not_json)
        check("a file that is not JSON is refused with the line of the mistake",
              code == 2 and "not valid JSON" in err and "line 2" in err, err.strip())

    code, out, err = run("validate-config", "/nonexistent/advisor.json")
    check("validate-config on a missing file exits 2", code == 2 and "cannot read" in err, f"exit {code}")
    code, out, err = run("validate-config")
    check("validate-config without a file exits 2", code == 2, f"exit {code}")


# -- bench, and commands that do not exist -------------------------------------------------------

def test_bench_and_usage():
    code, out, err = run("bench", "--json")
    try:
        report = json.loads(out) if code == 0 else {}
    except json.JSONDecodeError:
        report = {}
    check("bench --json prints us_per_evaluation and evaluations_per_second",
          isinstance(report.get("us_per_evaluation"), (int, float))
          and isinstance(report.get("evaluations_per_second"), (int, float))
          and report["us_per_evaluation"] > 0 and report["evaluations_per_second"] > 0,
          f"exit {code}: {out.strip()} {err.strip()}")

    code, out, err = run("survey", "--sets", "400", "--json")
    try:
        survey = json.loads(out) if code == 0 else {}
    except json.JSONDecodeError:
        survey = {}
    shares = survey.get("win_share", {})
    check("survey --json gives every model's share of wins over random answers, adding up to one",
          sorted(shares) == sorted(CELL_IDS) and abs(sum(shares.values()) - 1) < 1e-3
          and isinstance(survey.get("median_margin"), (int, float)),
          f"exit {code}: {out.strip()} {err.strip()}")
    code, out, err = run("survey", "--sets", "0")
    check("survey --sets 0 exits 2 with the range", code == 2 and "1 to 1000000" in err, f"exit {code}: {err}")

    code, out, err = run("frobnicate")
    check("an unknown command exits 2", code == 2 and "unknown command" in err, f"exit {code}")
    code, out, err = run()
    check("no command exits 2 with the usage", code == 2 and "usage" in err, f"exit {code}")
    code, out, err = run("evaluate", "--colour")
    check("an unknown option exits 2", code == 2 and "--colour" in err, f"exit {code}")
    code, out, err = run("--help")
    check("--help prints the usage and exits 0", code == 0 and "usage" in out, f"exit {code}")


def test_languages():
    """--lang: the data file's texts in German, French or Spanish; the advice the same."""
    code, out, err = run("validate-config", DATA_FILE)
    for language in ("de (Deutsch)", "fr (Français)", "es (Español)"):
        check(f"validate-config checks the {language} table", f"{language}: 0 missing, 0 extra" in out,
              out)
    english = evaluate({"data_sensitivity": "residency"})
    for tag, word in (("de", "Datenresidenz"), ("de-AT", "Datenresidenz"), ("fr", "données"),
                      ("es", "datos")):
        code, out, err = run("evaluate", "--json", "--lang", tag, "--answers", "-",
                             stdin=json.dumps({"data_sensitivity": "residency"}))
        result = json.loads(out) if code == 0 else None
        check(f"evaluate --lang {tag} speaks it and gives the same advice",
              result is not None and english is not None and result["winner"] == english["winner"]
              and word in out and result["winner_name"] != english["winner_name"],
              f"exit {code}: {err.strip()}")
    code, out, err = run("source-table")
    table = json.loads(out) if code == 0 else {}
    check("source-table prints the English table a translator starts from",
          table.get("language") == "en" and "label" in table.get("questions", {}).get("function", {}),
          f"exit {code}")
    code, out, err = run("evaluate", "--lang", "pt")
    check("an unknown language exits 2 with the list of languages",
          code == 2 and "unknown language" in err and "en, de, fr, es" in err, f"exit {code}: {err}")


def test_own_words_per_language():
    """The command line's own words follow --lang; a table that lacks a text is refused."""
    code, out, err = run("--help", "--lang", "de")
    check("--help --lang de prints the usage in German", code == 0 and out.startswith("Aufruf:"), out[:40])
    code, out, err = run("evaluate", "--lang", "fr", "--answers", "/nonexistent/answers.json")
    check("a French error message", code == 2 and "impossible de lire le fichier de réponses" in err, err)
    code, out, err = run("frob", "--lang", "es")
    check("an unknown command in Spanish", code == 2 and "comando desconocido «frob»" in err, err)
    code, out, err = run("validate-config", DATA_FILE, "--lang", "es")
    check("validate-config speaks Spanish", code == 0 and "0 faltan, 0 sobran" in out, out)
    with open(DATA_FILE, encoding="utf-8") as f:
        data = json.load(f)
    # A tailored data file with a question of its own: no shipped table has its words yet.
    data["questions"].append(dict(data["questions"][-1], id="extra_question"))
    with tempfile.TemporaryDirectory() as folder:
        tailored = os.path.join(folder, "tailored.json")
        with open(tailored, "w", encoding="utf-8") as f:
            json.dump(data, f)
        code, out, err = run("validate-config", tailored)
        check("a table lacking a text of the data file is refused with exit 2, the text named",
              code == 2 and "missing /questions/extra_question/label" in out, f"exit {code}: {out[-300:]} {err}")


def test_money_per_language():
    """Money in the home country's currency, written as the language writes it."""
    in_house = {"function": "legal", "team_size": 3, "control": 5, "collaboration": "realtime",
                "cost_priority": 1}
    costs_line = re.compile(r"^(Kosten|Costs) .*$", re.M)
    code, out, err = run("evaluate", "--lang", "de", "--answers", "-",
                         stdin=json.dumps({**in_house, "home_country": "de"}))
    line = costs_line.search(out).group(0) if code == 0 and costs_line.search(out) else ""
    # "Kosten über 3 Jahre für 3 VZÄ: 546 Tsd. € (Spanne 484 Tsd. € bis 629 Tsd. €); …"
    check("evaluate --lang de prints German money for a German home country",
          re.search(r": \d+\u00a0Tsd\.\u00a0€ \(Spanne ", line) is not None and "$" not in out,
          f"exit {code}: {line or err.strip()}")
    check("evaluate --lang de writes decimals with a comma",
          re.search(r"^   \d\d,\d  own_onshore", out, re.M) is not None, out[:400])
    code, out, err = run("evaluate", "--answers", "-",
                         stdin=json.dumps({**in_house, "home_country": "gb"}))
    line = costs_line.search(out).group(0) if code == 0 and costs_line.search(out) else ""
    check("evaluate in English prints pounds, symbol first, for a British home country",
          re.search(r": £\d+k \(range £\d+k", line) is not None and "$" not in out,
          f"exit {code}: {line or err.strip()}")
    code, out, err = run("evaluate", "--json", "--answers", "-",
                         stdin=json.dumps({**in_house, "home_country": "gb"}))
    checklist = json.loads(out)["checklist"] if code == 0 else []
    check("the checklist quotes the cost of a hire in pounds for a British home country",
          any(re.search(r"about £\d,\d{3} per hire", item["detail"]) for item in checklist)
          and "$" not in json.dumps(checklist, ensure_ascii=False), f"{checklist}")


def main():
    if not os.path.isfile(BINARY):
        print(f"FAIL the binary {BINARY} does not exist")
        print("0 passed, 1 failed")
        return 1
    test_public_cases()
    test_evaluate_json_shape()
    test_bad_answers()
    test_links()
    test_validate_config()
    test_bench_and_usage()
    test_languages()
    test_money_per_language()
    test_own_words_per_language()
    print(f'{results["passed"]} passed, {results["failed"]} failed')
    return 0 if results["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
