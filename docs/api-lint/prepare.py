#!/usr/bin/env python3
"""Gives a copy of an OpenAPI document's path parameters examples that name real things, so that
the requests Portman makes from it reach existing conversations, staff and attachments, and drops
the vacuous `minLength: 0` (springdoc's reading of `@Size(max = n)`), which Portman would "fuzz"
with an empty string that is in fact valid.

Usage: prepare.py IN.json OUT.json NAME=VALUE ...   (path parameter name = example value)
"""
import json
import sys

with open(sys.argv[1]) as f:
    document = json.load(f)
examples = dict(pair.split("=", 1) for pair in sys.argv[3:])
for operations in document["paths"].values():
    for operation in operations.values():
        for parameter in operation.get("parameters", []):
            if parameter["in"] == "path" and parameter["name"] in examples:
                parameter["example"] = examples[parameter["name"]]


def drop_vacuous(node):
    if isinstance(node, dict):
        if node.get("minLength") == 0:
            del node["minLength"]
        for value in node.values():
            drop_vacuous(value)
    elif isinstance(node, list):
        for value in node:
            drop_vacuous(value)


drop_vacuous(document)
with open(sys.argv[2], "w") as f:
    json.dump(document, f)
