#!/usr/bin/env bash
# Instala lo que este proyecto necesita, de forma idempotente y con versiones
# fijas, solo desde los registros de paquetes de Rust, npm y Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)
paso() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  paso "rustup: objetivo wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$c"; then rustup component add "$c"; fi
done

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  paso "cargo install trunk@$TRUNK_VERSION (unos 6 minutos la primera vez)"
  cargo install "trunk@$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  paso "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (la versión de Cargo.lock)"
  # sin --locked: falla al resolver webpki-roots (vea las notas de la cadena de herramientas)
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -d node_modules/terser ] \
   || [ ! -f node_modules/scorm-again/dist/scorm12.min.js ] \
   || ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version 132"; then
  paso "npm ci (wasm-opt de binaryen 132, playwright-core, axe-core, terser, scorm-again)"
  npm ci --no-audit --no-fund
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  paso "apt-get install chromium chromium-driver"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi

# Python para las pruebas con piezas reales de fuera (el verificador independiente de
# Open Badges 3.0): un entorno virtual propio del proyecto, con versiones fijas
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  paso "apt-get install python3-venv"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv
fi
# (la huella de requisitos-python.txt en .venv dice si ya se instaló esa lista)
REQUISITOS=$(sha256sum scripts/requisitos-python.txt | cut -c1-16)
if [ "$(cat .venv/.requisitos 2>/dev/null)" != "$REQUISITOS" ]; then
  paso "pip install -r scripts/requisitos-python.txt (en .venv: openbadgeslib, Ralph)"
  python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -r scripts/requisitos-python.txt
  echo "$REQUISITOS" > .venv/.requisitos
fi
