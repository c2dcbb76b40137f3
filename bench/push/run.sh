#!/usr/bin/env bash
# Push load scenario (not in CI): starts a Release server on a fresh data folder, creates an ADMIN key, runs
# ws-subscribers.mjs against it and stops the server. Usage: bench/push/run.sh [subscribers] [notices]
set -euo pipefail
cd "$(dirname "$0")/../.."
subscribers=${1:-10000}
notices=${2:-100}
port=${PORT:-5190}
data=$(mktemp -d /tmp/rugao-push-bench.XXXXXX)
npm ci --prefix bench/push --no-audit --no-fund >/dev/null
dotnet build -c Release src/Rugao.Graph.Server >/dev/null
server=src/Rugao.Graph.Server/bin/Release/net10.0/Rugao.Graph.Server.dll
key=$(dotnet "$server" keys create --role ADMIN --name bench --Storage:DataDirectory="$data" | tail -n 1)
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
dotnet "$server" --urls "http://127.0.0.1:$port" --Storage:DataDirectory="$data" --Logging:LogLevel:Default=Warning &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 0.5; done
node bench/push/ws-subscribers.mjs --url "ws://127.0.0.1:$port/graphql" --key "$key" \
  --subscribers "$subscribers" --notices "$notices" --server-pid "$pid"
