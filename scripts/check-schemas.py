#!/usr/bin/env python3
"""Validate the shipped YAML data against its JSON Schemas.

    scripts/check-schemas.py            # everything under QuestionBanks/ and Scenarios/
    scripts/check-schemas.py FILE...    # just these files (schema chosen by location)

Which schema a file is held to:

    QuestionBanks/**/*.yaml                 QuestionBanks/question-bank.schema.json
    Scenarios/<org>/scenario.yaml           Scenarios/scenario.schema.json
    Scenarios/<org>/answers/**/*.yaml       Scenarios/answer-set.schema.json
    Scenarios/<org>/expected-findings.yaml  Scenarios/expected-findings.schema.json

YAML is read the way auditsim reads it, not the YAML 1.1 way: only `true` and `false` are
booleans (`yes`, `no`, `on` stay text), dates stay text (the schemas check their pattern),
and a key repeated in one mapping is an error. Problems are printed as
`file:line:col: error: message`; the exit status is 1 if any file fails, 2 if the check
itself cannot run (for example, the jsonschema package is missing).

This checks shape only. `auditsim validate` checks everything a schema cannot: references
between files, CSV columns, the SoA against the catalogue.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("check-schemas: PyYAML is needed (pip install pyyaml)")
try:
    import jsonschema
    from jsonschema.exceptions import best_match
except ImportError:  # pragma: no cover
    print("check-schemas: the jsonschema package is needed (pip install jsonschema)", file=sys.stderr)
    sys.exit(2)

ROOT = Path(__file__).resolve().parent.parent
BOOL_TAG = "tag:yaml.org,2002:bool"
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class StrictLoader(yaml.SafeLoader):
    """SafeLoader with auditsim's rules: true/false only, dates as text, no duplicate keys."""

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: dict = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                try:
                    first = seen.get(key)
                except TypeError:
                    continue
                if first is not None:
                    raise yaml.constructor.ConstructorError(
                        None, None,
                        f"duplicate key '{key}' (first at line {first.line + 1})",
                        key_node.start_mark)
                seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep=deep)


StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in (BOOL_TAG, TIMESTAMP_TAG)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
StrictLoader.add_implicit_resolver(BOOL_TAG, re.compile(r"^(?:true|false)$"), list("tf"))

SCHEMAS = {
    "question-bank": ROOT / "QuestionBanks" / "question-bank.schema.json",
    "scenario": ROOT / "Scenarios" / "scenario.schema.json",
    "answer-set": ROOT / "Scenarios" / "answer-set.schema.json",
    "expected-findings": ROOT / "Scenarios" / "expected-findings.schema.json",
}


def schema_for(path: Path) -> str | None:
    """The schema a data file is held to, from where it lives; None if it is not ours."""
    try:
        parts = path.resolve().relative_to(ROOT).parts
    except ValueError:
        parts = path.parts
    if "QuestionBanks" in parts:
        return "question-bank"
    if "Scenarios" in parts:
        rest = parts[parts.index("Scenarios") + 1:]
        if len(rest) == 2 and rest[1] == "scenario.yaml":
            return "scenario"
        if len(rest) == 2 and rest[1] == "expected-findings.yaml":
            return "expected-findings"
        if len(rest) >= 3 and rest[1] == "answers":
            return "answer-set"
    return None


def shipped_files() -> list[Path]:
    files: list[Path] = []
    for pattern in ("QuestionBanks/**/*.yaml", "QuestionBanks/**/*.yml"):
        files += ROOT.glob(pattern)
    for scenario in sorted((ROOT / "Scenarios").glob("*/")):
        for name in ("scenario.yaml", "expected-findings.yaml"):
            if (scenario / name).is_file():
                files.append(scenario / name)
        for pattern in ("answers/**/*.yaml", "answers/**/*.yml"):
            files += scenario.glob(pattern)
    return sorted(set(files))


def display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def locate(node, path) -> tuple[int, int] | None:
    """Line and column (1-based) of the YAML node at a JSON-Schema error path."""
    mark = node.start_mark if node is not None else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == str(step)), None)
            if match is None:
                break
            node = match[1]
            mark = node.start_mark
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            mark = node.start_mark
        else:
            break
    return (mark.line + 1, mark.column + 1) if mark is not None else None


def explain(error) -> str:
    """A readable message; for anyOf/oneOf failures, the branch that came closest."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        if not isinstance(error.instance, (dict, list)) and "description" in error.schema:
            return f"{error.instance!r} is not valid here: expected {error.schema['description'][0].lower()}{error.schema['description'][1:]}"
        # Prefer complaints from inside a branch of the right shape over "not of type".
        inner = [e for e in error.context if not (e.validator == "type" and not e.relative_path)] or error.context
        deepest = best_match(inner)
        if deepest is not None:
            where = "/".join(str(p) for p in deepest.relative_path)
            return explain(deepest) + (f" (at {where})" if where else "")
    if error.validator == "not" and isinstance(error.validator_value, dict):
        keys = error.validator_value.get("required")
        if keys:
            return f"{', '.join(repr(k) for k in keys)} is not allowed here"
    return error.message


def check_file(path: Path, validators: dict) -> list[str]:
    kind = schema_for(path)
    shown = display(path)
    if kind is None:
        return [f"{shown}: error: not a question bank, scenario, answer set or expected-findings file"]
    text = path.read_text(encoding="utf-8")
    loader = StrictLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        where = f"{mark.line + 1}:{mark.column + 1}:" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        return [f"{shown}:{where} error: YAML: {problem}"]
    finally:
        loader.dispose()
    problems = []
    errors = sorted(validators[kind].iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        path_in_doc = list(error.absolute_path)
        at = locate(node, path_in_doc)
        where = f"{at[0]}:{at[1]}:" if at else ""
        pointer = "/".join(str(p) for p in path_in_doc) or "(top level)"
        problems.append(f"{shown}:{where} error: {pointer}: {explain(error)}")
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Validate shipped YAML data against the JSON Schemas.")
    parser.add_argument("files", nargs="*", type=Path, help="files to check (default: every shipped data file)")
    parser.add_argument("--quiet", action="store_true", help="print only problems")
    args = parser.parse_args(argv)

    validators = {}
    for name, schema_path in SCHEMAS.items():
        try:
            schema = json.loads(schema_path.read_text(encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
        except (OSError, ValueError, jsonschema.SchemaError) as error:
            print(f"{display(schema_path)}: error: cannot use this schema: {error}", file=sys.stderr)
            return 2
        validators[name] = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

    files = args.files or shipped_files()
    failed = 0
    for path in files:
        if not path.is_file():
            print(f"{display(path)}: error: no such file")
            failed += 1
            continue
        problems = check_file(path, validators)
        for line in problems:
            print(line)
        failed += bool(problems)
    if not args.quiet:
        print(f"checked {len(files)} file(s) against the schemas: "
              + ("ok" if failed == 0 else f"{failed} with problems"), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
