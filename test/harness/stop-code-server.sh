#!/usr/bin/env bash
# Stops the code-server started by start-code-server.sh with the same $STATE (its own process group,
# which includes the extension host and pty host) and waits for the group to end.
HERE="$(cd "$(dirname "$0")" && pwd)"; STATE="${STATE:-$HERE/.state/default}"
[ -f "$STATE/code-server.pid" ] || exit 0
pid="$(cat "$STATE/code-server.pid")"; rm -f "$STATE/code-server.pid"
[ -n "$pid" ] || exit 0
kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
for _ in $(seq 1 50); do pgrep -g "$pid" >/dev/null || exit 0; sleep 0.2; done
kill -KILL -- "-$pid" 2>/dev/null || true
