# Entrenador de Protocolo. Two commands matter:
#   make serve   installs what is missing and serves the app on http://127.0.0.1:8080
#   make test    installs what is missing and runs every check and test
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# trunk must never download tools: fail loudly instead
export TRUNK_OFFLINE := true
export TRUNK_SKIP_VERSION_CHECK := true
PUERTO ?= 8080
# the wasm features rustc enables by default, for wasm-opt run by hand
WASM_FUNCIONES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue

.PHONY: serve preparar build test fmt clippy unit wasm e2e bench clean

serve: preparar
	trunk serve --release --address 127.0.0.1 --port $(PUERTO)

preparar:
	@scripts/preparar.sh

build: preparar
	trunk build --release

fmt:
	cargo fmt --all -- --check

clippy:
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p entrenador --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test --workspace

# the #[wasm_bindgen_test] tests, in Chromium (runner and flags: .cargo/config.toml, webdriver.json)
wasm:
	cargo test -p entrenador --target wasm32-unknown-unknown

e2e:
	scripts/e2e.sh

test: preparar fmt clippy unit wasm build e2e

bench: build
	cargo bench -p protocolo --bench detector
	node scripts/bench.mjs
	@echo "Parte del código wasm por crate (el mismo wasm-opt que dist/, con nombres):"
	cargo build --release --target wasm32-unknown-unknown -p entrenador
	rm -rf target/analisis
	wasm-bindgen --target web --out-dir target/analisis target/wasm32-unknown-unknown/release/entrenador.wasm
	wasm-opt -Oz -g --low-memory-unused $(WASM_FUNCIONES) target/analisis/entrenador_bg.wasm -o target/analisis/con-nombres.wasm
	python3 scripts/wasm_funciones.py target/analisis/con-nombres.wasm protocolo::detector protocolo::json componentes::

clean:
	cargo clean
	rm -rf dist
