#!/usr/bin/env bash
# Las declaraciones xAPI de una certificación (protocolo xapi) llegan a un LRS de
# verdad, Ralph (instalado en .venv por scripts/preparar.sh), una vez cada una
# aunque se reenvíen, y el expediente que llevan vuelve a verificar. El script
# inicia Ralph en 127.0.0.1 con su almacenamiento en archivos y lo detiene al final.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/ralph ] || { echo "lrs: falta Ralph en .venv (ejecute «make preparar»)" >&2; exit 1; }
TMP=$(mktemp -d)
RALPH=""
trap '[ -n "$RALPH" ] && kill "$RALPH" 2>/dev/null; rm -rf "$TMP"' EXIT
export RALPH_APP_DIR="$TMP/.ralph" RALPH_AUTH_FILE="$TMP/auth.json" RALPH_RUNSERVER_BACKEND=fs \
  RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH="$TMP/datos"
CLAVE=$(python3 -c 'import secrets; print(secrets.token_urlsafe(16))')
.venv/bin/ralph auth -u rrhh -p "$CLAVE" -s all -M mailto:rrhh@grupoins.com -w > "$TMP/auth.log" 2>&1
PUERTO=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# desde su carpeta: el servidor de desarrollo de Ralph vigila la carpeta en que arranca
RAIZ=$PWD
(cd "$TMP" && exec "$RAIZ/.venv/bin/ralph" runserver -b fs --host 127.0.0.1 --port "$PUERTO" > "$TMP/ralph.log" 2>&1) &
RALPH=$!
for _ in $(seq 100); do curl -fsS -o /dev/null "http://127.0.0.1:$PUERTO/__heartbeat__" 2>/dev/null && break; sleep 0.2; done
cargo build -q --release --bin protocolo --example expediente_aprobado
target/release/examples/expediente_aprobado "Ana Solís Mora" > "$TMP/expediente.json"
target/release/protocolo xapi "$TMP/expediente.json" > "$TMP/declaraciones.json"
.venv/bin/python scripts/lrs.py "http://127.0.0.1:$PUERTO" rrhh "$CLAVE" "$TMP/declaraciones.json"
# el expediente que trae la declaración final vuelve a verificar (sin firma: por dentro)
.venv/bin/python -c 'import json,sys; d=json.load(open(sys.argv[1])); f=[s for s in d if s["verb"]["id"].endswith(("/passed","/failed"))][0]; json.dump(f["result"]["extensions"]["urn:entrenador-protocolo:extension:expediente"], open(sys.argv[2],"w"), ensure_ascii=False)' \
  "$TMP/declaraciones-leidas.json" "$TMP/desde-lrs.json"
set +e
target/release/protocolo verificar "$TMP/desde-lrs.json" > "$TMP/verificar.txt"
CODIGO=$?
set -e
[ "$CODIGO" = 3 ] || { cat "$TMP/verificar.txt"; echo "lrs: el expediente leído del LRS no verifica (salida $CODIGO)" >&2; exit 1; }
echo "lrs: el expediente leído del LRS se verifica igual que el archivo"
# la revisión de RR. HH. directamente del LRS da la misma tabla que la de la carpeta
mkdir "$TMP/carpeta"
cp "$TMP/expediente.json" "$TMP/carpeta/"
target/release/protocolo revisar "$TMP/carpeta" | cut -d';' -f2- > "$TMP/de-la-carpeta.csv"
PROTOCOLO_LRS_USUARIO=rrhh PROTOCOLO_LRS_CLAVE="$CLAVE" target/release/protocolo revisar --lrs "http://127.0.0.1:$PUERTO" \
  | cut -d';' -f2- > "$TMP/del-lrs.csv"
diff "$TMP/de-la-carpeta.csv" "$TMP/del-lrs.csv" || { echo "lrs: la revisión del LRS no es la de la carpeta" >&2; exit 1; }
grep -q "Ana Solís Mora" "$TMP/del-lrs.csv"
echo "lrs: protocolo revisar --lrs da la misma tabla que la carpeta"
# con otra clave, un mensaje en español y salida 2
set +e
PROTOCOLO_LRS_USUARIO=rrhh PROTOCOLO_LRS_CLAVE=otra target/release/protocolo revisar --lrs "http://127.0.0.1:$PUERTO" > /dev/null 2> "$TMP/error.txt"
CODIGO=$?
set -e
[ "$CODIGO" = 2 ] && grep -q "rechazó las credenciales" "$TMP/error.txt" \
  || { cat "$TMP/error.txt"; echo "lrs: una clave equivocada debía dar un mensaje y salida 2 (dio $CODIGO)" >&2; exit 1; }
echo "lrs: una clave equivocada se rechaza con su mensaje"
