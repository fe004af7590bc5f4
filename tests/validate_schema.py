#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates .causeway files against the JSON Schema with Debian's python3-jsonschema.

Usage: validate_schema.py SCHEMA FILE...
Prints one line per file: "FILE: valid" or "FILE: invalid: <path>: <message>".
Exits 0 when every file is valid, 1 when one is not, 2 when the validator itself cannot run.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate_schema.py: python3-jsonschema is not installed (scripts/install-deps test installs it)",
          file=sys.stderr)
    sys.exit(2)


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
    status = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            instance = json.load(f)
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
        if errors:
            status = 1
            for e in errors[:5]:
                where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path)
                print(f"{path}: invalid: {where.lstrip('.') or '(top)'}: {e.message}")
        else:
            print(f"{path}: valid")
    return status


if __name__ == "__main__":
    sys.exit(main())
