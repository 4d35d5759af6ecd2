#!/usr/bin/env bash
# Sirve la aplicación compilada (dist/) en un puerto local (loopback) libre y
# corre contra ella las pruebas de extremo a extremo de Playwright en el
# Chromium de Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.html ] || { echo "e2e: falta dist/ (ejecute «make build»)" >&2; exit 1; }
PUERTO=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$PUERTO" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
SERVIDOR=$!
trap 'kill $SERVIDOR 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fsS "http://127.0.0.1:$PUERTO/" >/dev/null 2>&1 && break; sleep 0.1; done
E2E_URL="http://127.0.0.1:$PUERTO/" node --test --test-concurrency=1 e2e/
