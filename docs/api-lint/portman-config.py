#!/usr/bin/env python3
"""Writes the Portman configuration that fuzzes one of Lifeline's OpenAPI documents.

Usage: portman-config.py OPENAPI.json OUT.json [NAME=VALUE ...]
(the NAME=VALUE pairs become collection variables: token, the admin's; deviceToken, a device's)

Portman turns the document into one request per operation (bodies and parameters made from the
schemas) plus fuzzed variations (required fields left out, numbers past their minimum or maximum,
strings past their length limits). The collection's test script, run after every request, checks
the answer against the document alone:
  - no 5xx;
  - the status is one the operation documents;
  - the Content-Type is the one documented for that status (or no body where none is documented);
  - a JSON body validates against the documented schema (with $refs resolved; formats ignored).
A fuzzed variation must moreover be refused with 400.
"""
import json
import sys

doc_path, out_path = sys.argv[1], sys.argv[2]
variables = dict(pair.split("=", 1) for pair in sys.argv[3:])
with open(doc_path) as f:
    document = json.load(f)

CHECK = r"""
const DOC = __DOC__;
function resolve(node, seen) {
  if (Array.isArray(node)) return node.map(n => resolve(n, seen));
  if (node === null || typeof node !== 'object') return node;
  if (node['$ref']) {
    const name = node['$ref'].split('/').pop();
    if (seen.includes(name)) return {};
    return resolve(DOC.components.schemas[name], seen.concat([name]));
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'format' || key === 'description' || key === 'example' || key === 'examples') continue;
    out[key] = (key === 'properties') ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, seen)]))
                                      : resolve(value, seen);
  }
  return out;
}
function operationFor(method, path) {
  for (const [template, operations] of Object.entries(DOC.paths)) {
    const pattern = new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$');
    if (pattern.test(path) && operations[method]) return { template, operation: operations[method] };
  }
  return null;
}
const method = pm.request.method.toLowerCase();
const path = '/' + pm.request.url.path.join('/');
const found = operationFor(method, path);
const code = String(pm.response.code);
pm.test('[contract] ' + method.toUpperCase() + ' ' + path + ' is a documented operation', () => pm.expect(found).to.not.equal(null));
if (found) {
  const name = method.toUpperCase() + ' ' + found.template + ' -> ' + code;
  const documented = found.operation.responses[code];
  pm.test('[contract] no server error: ' + name, () => pm.expect(pm.response.code).to.be.below(500));
  pm.test('[contract] status is documented: ' + name, () => pm.expect(documented, 'documented: ' + Object.keys(found.operation.responses)).to.not.equal(undefined));
  if (documented) {
    const types = Object.keys(documented.content || {});
    const got = (pm.response.headers.get('Content-Type') || '').split(';')[0].trim();
    pm.test('[contract] content type is documented: ' + name + ' (' + got + ')', () => {
      if (types.length === 0) pm.expect(pm.response.text(), 'no body documented').to.equal('');
      else pm.expect(types.some(t => t === '*/*' || t === got), 'documented: ' + types).to.equal(true);
    });
    const media = (documented.content || {})[got];
    if (media && media.schema && /^application\/(.+\+)?json$/.test(got)) {
      pm.test('[contract] body matches the documented schema: ' + name, () => {
        pm.response.to.have.jsonSchema(resolve(media.schema, []));
      });
    }
  }
}
"""

config = {
    "version": 1.0,
    "globals": {
        "securityOverwrites": {"bearer": {"token": "{{token}}"}},
        "collectionVariables": variables,
        "collectionTestScripts": [CHECK.replace("__DOC__", json.dumps(document))],
    },
    # The routes only devices may call are called as a device.
    "overwrites": [{"openApiOperation": "GET::/api/query/my/conversations",
                    "overwriteRequestSecurity": {"bearer": {"token": "{{deviceToken}}"}}}],
    "tests": {
        "variationTests": [{
            "openApiOperation": "*::/*",
            # An empty refresh token makes logout fall back to the bearer token: the run's own session.
            "excludeForOperations": ["POST::/api/sessions/staff/logout"],
            "openApiResponse": "400",
            "variations": [{
                "name": "fuzz",
                "openApiResponse": "400",
                "fuzzing": [{
                    "requestBody": [{"requiredFields": {"enabled": True}, "minimumNumberFields": {"enabled": True},
                                     "maximumNumberFields": {"enabled": True}, "minLengthFields": {"enabled": True},
                                     "maxLengthFields": {"enabled": True}}],
                    "requestQueryParams": [{"requiredFields": {"enabled": True}, "minimumNumberFields": {"enabled": True},
                                            "maximumNumberFields": {"enabled": True}, "minLengthFields": {"enabled": True},
                                            "maxLengthFields": {"enabled": True}}],
                }],
                "tests": {"contractTests": [{"openApiOperation": "*::/*", "statusCode": {"enabled": True, "code": 400}}]},
            }],
        }],
    },
}
with open(out_path, "w") as f:
    json.dump(config, f, indent=1)
