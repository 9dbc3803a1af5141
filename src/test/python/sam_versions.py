"""Runs the SAM transform (the one CloudFormation runs on deploy) over a template and prints, as JSON, the logical
ID of the Lambda version SAM publishes for each function: {"ApiFunction": "ApiFunctionVersion3542af128b", ...}.
A new ID is a new published version, which the alias then points at; the same ID publishes nothing.

Usage: python3 sam_versions.py TEMPLATE [Parameter=value ...]   (exit 3: the SAM translator is not installed)
"""
import json
import os
import sys

try:
    from samtranslator.translator.transform import transform
    from samtranslator.yaml_helper import yaml_parse
except ImportError as missing:
    print(f"the SAM translator (pip package aws-sam-translator) is not installed: {missing}", file=sys.stderr)
    sys.exit(3)


class NoManagedPolicies:
    """The template names no managed policy, so none needs to be looked up in an AWS account."""

    def load(self):
        return {}


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        template = yaml_parse(file.read())
    # `sam package` replaces a local CodeUri with the uploaded object's address before CloudFormation sees it.
    template["Globals"]["Function"]["CodeUri"] = "s3://bucket/newsdesk-lambda.zip"
    parameters = dict(arg.split("=", 1) for arg in sys.argv[2:])
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    output = transform(template, parameters, NoManagedPolicies())
    versions = {}
    for logical_id, resource in output["Resources"].items():
        if resource["Type"] == "AWS::Lambda::Version":
            versions[resource["Properties"]["FunctionName"]["Ref"]] = logical_id
    print(json.dumps(versions, sort_keys=True))


if __name__ == "__main__":
    main()
