#!/usr/bin/env bash
# Fuzzes both OpenAPI documents of a running Lifeline with Portman (requests and fuzzed variations
# made from the documents, run by Newman) and checks every answer against the documents.
# Usage: docs/api-lint/fuzz.sh BASE_URL ADMIN_PASSWORD
# Needs Portman: npm install --prefix /tmp/portman @apideck/portman newman tslib
set -euo pipefail
BASE=${1:?base URL, e.g. http://127.0.0.1:8080}
PASSWORD=${2:?the admin password}
PORTMAN=${PORTMAN:-/tmp/portman/node_modules/.bin/portman}
NEWMAN=${NEWMAN:-/tmp/portman/node_modules/.bin/newman}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
field() { python3 -c "import sys, json; print(json.load(sys.stdin)$1)"; }
post() { curl -sf -X POST "$BASE$1" -H 'Content-Type: application/json' "${@:2}"; }

# Something to act on: the admin's token, an agent, a device's conversation the admin takes part in, an attachment.
ADMIN=$(post /api/sessions/staff -d '{"username":"admin","password":"'"$PASSWORD"'"}' | field "['session']['token']")
STAFF=$(post /api/staff -H "Authorization: Bearer $ADMIN" \
  -d '{"username":"fuzz-agent-'$RANDOM'","displayName":"Fuzz agent","role":"AGENT","password":"a long enough password 1"}' | field "['staffId']")
DEVICE=$(post /api/sessions/device -d '{"deviceId":"'"$(cat /proc/sys/kernel/random/uuid)"'"}' | field "['token']")
CONVERSATION=$(post /api/conversations -H "Authorization: Bearer $DEVICE" \
  -d '{"channel":"MOBILE","subject":"Fuzz","firstMessage":{"clientMessageId":"f-1","text":"hello"}}' | field "['conversationId']")
curl -sf -X PUT "$BASE/api/conversations/$CONVERSATION/participants/me" -H "Authorization: Bearer $ADMIN" > /dev/null
printf '%%PDF-1.4\n%%%%EOF\n' > "$WORK/note.pdf"
ATTACHMENT=$(curl -sf -X POST "$BASE/api/conversations/$CONVERSATION/attachments" -H "Authorization: Bearer $ADMIN" \
  -F "file=@$WORK/note.pdf;type=application/pdf" | field "['attachmentId']")

status=0
for document in commands:/v3/api-docs queries:/api/query/v3/api-docs; do
  name=${document%%:*}
  curl -sf "$BASE${document#*:}" -o "$WORK/$name.json"
  python3 "$HERE/prepare.py" "$WORK/$name.json" "$WORK/$name-examples.json" id="$CONVERSATION" staffId="$STAFF" \
    attachmentId="$ATTACHMENT" name=inbox label=urgent
  # A fresh session per document: the commands' run may end the one before (a role change, a password change).
  TOKEN=$(post /api/sessions/staff -d '{"username":"admin","password":"'"$PASSWORD"'"}' | field "['session']['token']")
  python3 "$HERE/portman-config.py" "$WORK/$name.json" "$WORK/$name-portman.json" token="$TOKEN" deviceToken="$DEVICE"
  (cd "$WORK" && "$PORTMAN" -l "$WORK/$name-examples.json" -b "$BASE" -c "$WORK/$name-portman.json" -o "$WORK/$name-collection.json" \
    > "$WORK/$name-portman.txt" 2>&1) # Portman writes its working files into the current folder
  python3 "$HERE/attach-file.py" "$WORK/$name-collection.json" "$WORK/note.pdf"
  "$NEWMAN" run "$WORK/$name-collection.json" --reporters cli > "$WORK/$name-run.txt" 2>&1 || status=1
  echo "== $name: $WORK/$name-run.txt"
  grep -E "│ +(requests|test-scripts|assertions) " "$WORK/$name-run.txt" || tail -n 30 "$WORK/$name-run.txt"
done
exit $status
