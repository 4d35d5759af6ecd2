#!/usr/bin/env bash
# Un certificado emitido por «protocolo firmar» debe verificar en una
# implementación de Open Badges 3.0 que nadie de aquí escribió (openbadgeslib,
# instalada en .venv por scripts/preparar.sh), y uno alterado debe fallar allí.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { echo "insignias: falta .venv (ejecute «make preparar»)" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cargo build -q --release --bin protocolo --example expediente_aprobado
PROTOCOLO=target/release/protocolo
target/release/examples/expediente_aprobado "Ana Solís Mora" > "$TMP/expediente.json"
"$PROTOCOLO" claves nueva --salida "$TMP/rrhh" > "$TMP/claves.txt"
DID=$(sed -n 's/^Emisor: //p' "$TMP/claves.txt")
"$PROTOCOLO" firmar "$TMP/expediente.json" --clave "$TMP/rrhh.privada.pem" --salida "$TMP/certificado.json" >/dev/null
"$PROTOCOLO" verificar "$TMP/certificado.json" --emisor "$TMP/rrhh.publica.jwk" >/dev/null
.venv/bin/python scripts/insignias.py "$TMP/certificado.json" "$TMP/rrhh.publica.pem" "$DID"
