#!/usr/bin/env bash
# `npm start`: try the extension in a real VS Code (code-server, in your browser) on examples/.
#   1. builds (npm run build) and runs the CLI checker on the examples, then packages a .vsix (npm run build:prod + vsce package --no-dependencies)
#      and installs it into code-server's extensions dir under test/harness/.state/try-it;
#   2. installs code-server into test/harness/.cs if needed (idempotent);
#   3. starts it on 127.0.0.1:$PORT (default: the first free port from 8080) on examples/;
#   4. prints the URL to open and keeps running until Ctrl+C, then stops code-server.
# If packaging fails, it falls back to loading the extension as a development extension through the URL
# (that works only in the tab opened from the printed URL).
# All state (user data, extensions, XDG dirs) stays under test/harness/.state/try-it, not in $HOME.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
export STATE="$HERE/.state/try-it"
export PREFIX="${PREFIX:-$HERE/.cs}"
FOLDER="${FOLDER:-$ROOT/examples}"
mkdir -p "$STATE"

echo "== build"
npm run build

# the main job first: the command-line checker on the example records (some are deliberately incomplete)
echo "== incident-records check $FOLDER"
node dist/cli.js check "$FOLDER" || true

echo "== code-server"
"$HERE/install-code-server.sh"

echo "== package and install the extension"
VSIX="$STATE/incident-records.vsix"
IGNORE=(); [ -f .vscodeignore ] || IGNORE=(--ignoreFile "$HERE/try-it.vscodeignore")
DEV_PAYLOAD=""
if npm run build:prod >/dev/null && npx --no-install vsce package --no-dependencies --skip-license --allow-missing-repository \
     --baseContentUrl https://example.invalid --baseImagesUrl https://example.invalid "${IGNORE[@]}" -o "$VSIX" </dev/null; then
  XDG_CONFIG_HOME="$STATE/xdg-config" XDG_DATA_HOME="$STATE/xdg-data" XDG_CACHE_HOME="$STATE/xdg-cache" \
    node "$PREFIX/node_modules/code-server/out/node/entry.js" --config "$STATE/config.yaml" \
    --user-data-dir "$STATE/user-data" --extensions-dir "$STATE/extensions" --force --install-extension "$VSIX"
else
  echo "!! packaging the .vsix failed: loading the extension as a development extension through the URL instead"
  npm run build >/dev/null
  DEV_PAYLOAD="yes"
fi
# back to the development build (source maps) for the working tree
[ -z "$DEV_PAYLOAD" ] && npm run build >/dev/null

PORT="${PORT:-$(node --input-type=module -e "import { freePort } from '$HERE/code-server.mjs'; console.log(await freePort(8080));")}"
"$HERE/stop-code-server.sh"
trap '"$HERE/stop-code-server.sh"; echo "code-server stopped"' EXIT
trap 'exit 130' INT TERM
"$HERE/start-code-server.sh" "$FOLDER" "$PORT"

URL="http://127.0.0.1:$PORT/?folder=$FOLDER"
if [ -n "$DEV_PAYLOAD" ]; then
  URL="$(node --input-type=module -e "import { workbenchUrl } from '$HERE/browser.mjs'; console.log(workbenchUrl('http://127.0.0.1:$PORT', '$FOLDER', { extensionDevelopmentPath: '$ROOT' }));")"
fi
echo
echo "Open $URL"
echo "(code-server log: $STATE/code-server.log — press Ctrl+C to stop)"
pid="$(cat "$STATE/code-server.pid")"
while kill -0 "$pid" 2>/dev/null; do sleep 1; done
echo "code-server exited; its log:"; tail -20 "$STATE/code-server.log"
