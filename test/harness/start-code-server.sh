#!/usr/bin/env bash
# start-code-server.sh WORKSPACE [PORT]
#   Starts code-server (VS Code 1.100.3 in the browser) on 127.0.0.1:PORT with --auth none and waits
#   until it answers /healthz.  All of its state (config, user data, extensions, XDG dirs) lives in
#   $STATE (default test/harness/.state/default), never in $HOME.
# Env: PREFIX (install dir, default .cs beside this script), STATE, EXTRA_ARGS (more code-server flags).
#   Every other variable in the environment reaches the extension host (the integration suite reads
#   INCIDENT_RECORDS_TEST_RESULT / INCIDENT_RECORDS_TEST_GREP from there).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HERE/.cs}"; STATE="${STATE:-$HERE/.state/default}"
WS="$(readlink -f "${1:?usage: start-code-server.sh WORKSPACE [PORT]}")"; PORT="${2:-8080}"
ENTRY="$PREFIX/node_modules/code-server/out/node/entry.js"
[ -f "$ENTRY" ] || { echo "code-server is not installed in $PREFIX (run test/harness/install-code-server.sh)"; exit 1; }
mkdir -p "$STATE/user-data/User" "$STATE/extensions"
if curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz"; then echo "port $PORT already serves something; stop it first"; exit 1; fi
# quiet, deterministic workbench: no welcome page, tips, trust prompts, update checks or telemetry
[ -f "$STATE/user-data/User/settings.json" ] || cat > "$STATE/user-data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.commandCenter.enabled": false,
  "git.enabled": false,
  "files.hotExit": "off",
  "window.restoreWindows": "none"
}
JSON
# keep code-server from writing ~/.config/code-server and ~/.local/share/code-server
export XDG_CONFIG_HOME="$STATE/xdg-config" XDG_DATA_HOME="$STATE/xdg-data" XDG_CACHE_HOME="$STATE/xdg-cache"
# own session/process group (pgid = pid) so stop-code-server.sh also ends the extension host / pty host
# shellcheck disable=SC2086
setsid nohup node "$ENTRY" \
  --config "$STATE/config.yaml" --user-data-dir "$STATE/user-data" --extensions-dir "$STATE/extensions" \
  --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override --ignore-last-opened \
  ${EXTRA_ARGS:-} "$WS" > "$STATE/code-server.log" 2>&1 < /dev/null &
echo $! > "$STATE/code-server.pid"
for _ in $(seq 1 300); do
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz"; then echo "code-server up on 127.0.0.1:$PORT (pid $(cat "$STATE/code-server.pid"))"; exit 0; fi
  kill -0 "$(cat "$STATE/code-server.pid")" 2>/dev/null || break
  sleep 0.2
done
echo "code-server did not come up; its log:"; cat "$STATE/code-server.log"
"$HERE/stop-code-server.sh" || true
exit 1
