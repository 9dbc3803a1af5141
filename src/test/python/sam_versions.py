"""Runs the SAM transform (the one CloudFormation runs on deploy) over templates and prints, as JSON, the logical
ID of the Lambda version SAM publishes for each function of each: [{"ApiFunction": "ApiFunctionVersion3542af128b",
...}, ...]. A new ID is a new published version, which the alias then points at; the same ID publishes nothing.

Usage: python3 sam_versions.py CASES.json, where CASES.json is [{"template": {...}, "parameters": {...}}, ...]
(one transform process for all of them: the translator takes a second or two to load). Exit status 3: the SAM
translator is not installed.
"""
import json
import os
import sys

try:
    from samtranslator.translator.transform import transform
except ImportError as missing:
    print(f"the SAM translator (pip package aws-sam-translator) is not installed: {missing}", file=sys.stderr)
    sys.exit(3)


class NoManagedPolicies:
    """The template names no managed policy, so none needs to be looked up in an AWS account."""

    def load(self):
        return {}


def versions(template, parameters):
    # `sam package` replaces a local CodeUri with the uploaded object's address before CloudFormation sees it.
    template["Globals"]["Function"]["CodeUri"] = "s3://bucket/newsdesk-lambda.zip"
    output = transform(template, parameters, NoManagedPolicies())
    found = {}
    for logical_id, resource in output["Resources"].items():
        if resource["Type"] == "AWS::Lambda::Version":
            found[resource["Properties"]["FunctionName"]["Ref"]] = logical_id
    return found


def main():
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    with open(sys.argv[1], encoding="utf-8") as file:
        cases = json.load(file)
    print(json.dumps([versions(case["template"], case.get("parameters", {})) for case in cases], sort_keys=True))


if __name__ == "__main__":
    main()
