#!/usr/bin/env python3
"""Points every file part of a Postman collection at a real file (Portman leaves them empty).

Usage: attach-file.py COLLECTION.json FILE
"""
import json
import sys

path, file = sys.argv[1], sys.argv[2]
with open(path) as f:
    collection = json.load(f)


def walk(items):
    for item in items:
        walk(item.get("item", []))
        body = item.get("request", {}).get("body") or {}
        for part in body.get("formdata", []):
            if part.get("type") == "file":
                part["src"] = file


walk(collection["item"])
with open(path, "w") as f:
    json.dump(collection, f)
