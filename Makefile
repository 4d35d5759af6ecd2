# Entrenador de Protocolo. Importan dos comandos:
#   make serve   instala lo que falte y sirve la aplicación en http://127.0.0.1:8080
#   make test    instala lo que falte y corre todas las comprobaciones y pruebas
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# trunk nunca debe descargar herramientas: en ese caso, que falle a la vista
export TRUNK_OFFLINE := true
export TRUNK_SKIP_VERSION_CHECK := true
PUERTO ?= 8080
# las características de wasm que rustc activa por defecto, para wasm-opt ejecutado a mano
WASM_FUNCIONES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue

.PHONY: serve preparar build scorm test fmt clippy unit wasm e2e insignias lrs bench clean

# las dos aplicaciones (formación e index.html, RR. HH. en rrhh.html) compiladas y servidas
serve: build
	@echo "Entrenador de Protocolo en http://127.0.0.1:$(PUERTO)/ (RR. HH.: /rrhh.html)"
	python3 -m http.server $(PUERTO) --bind 127.0.0.1 --directory dist

preparar:
	@scripts/preparar.sh

# tres compilaciones de Trunk: la de formación en dist/, la de RR. HH. al lado y el
# módulo LRS que la de formación carga cuando hace falta
build: preparar
	@# los snippets de JS de wasm-bindgen se guardan por paquete, no por binario: los de
	@# la aplicación de RR. HH. no deben colarse en la de formación
	rm -rf target/wasm-bindgen/release/snippets
	trunk build --release
	rm -rf target/dist-rrhh target/wasm-bindgen/release/snippets
	@# rrhh.html es index.html con el otro binario y otro título (se genera: no se edita)
	sed -e 's/data-bin="entrenador"/data-bin="rrhh"/' \
	    -e 's|<title>Entrenador de Protocolo · INS</title>|<title>Entrenador de Protocolo · Recursos Humanos · INS</title>|' \
	    -e 's|<link data-trunk rel="css" href="style/main.css" />|&\n    <link data-trunk rel="css" href="style/rrhh.css" />|' \
	    index.html > rrhh.html
	trunk build --release --dist target/dist-rrhh rrhh.html
	mv target/dist-rrhh/index.html target/dist-rrhh/rrhh.html
	cp -r target/dist-rrhh/. dist/
	@# el módulo LRS (xAPI): un wasm aparte que src/navegador.js carga solo cuando hay un LRS;
	@# su nombre lleva su huella y index.html la dice en <meta name="entrenador-lrs">
	rm -rf target/dist-lrs target/wasm-bindgen/release/snippets
	sed -e 's/data-bin="entrenador"/data-bin="lrs"/' index.html > lrs.html
	trunk build --release --filehash false --dist target/dist-lrs lrs.html
	H=$$(cat target/dist-lrs/lrs.js target/dist-lrs/lrs_bg.wasm | sha256sum | cut -c1-16); \
	cp target/dist-lrs/lrs.js dist/lrs-$$H.js && cp target/dist-lrs/lrs_bg.wasm dist/lrs-$${H}_bg.wasm && \
	cp -r target/dist-lrs/snippets/. dist/snippets/ && \
	sed -i "s|</head>|<meta name=entrenador-lrs content=lrs-$$H></head>|" dist/index.html && \
	grep -q "content=lrs-$$H" dist/index.html
	@# la portada ya escrita en index.html: se ve y se elige antes de que llegue el wasm
	node scripts/portada.mjs dist
	@# el trabajador de servicio, con la lista de lo que hay en dist/ (sin conexión)
	node scripts/trabajador.mjs dist

# el paquete SCORM 1.2 para un LMS (la aplicación de formación con rutas relativas);
# MODO=certificacion para el que abre la certificación (por omisión, la práctica)
MODO ?= practica
scorm: preparar
	rm -rf target/scorm target/wasm-bindgen/release/snippets
	trunk build --release --dist target/scorm --public-url ./ index.html
	python3 scripts/paquete_scorm.py target/scorm dist-scorm/entrenador-protocolo-scorm12-$(MODO).zip $(MODO)

fmt:
	cargo fmt --all -- --check

clippy:
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p entrenador --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test --workspace

# pruebas #[wasm_bindgen_test] en Chromium (ejecutor, opciones: .cargo/config.toml, webdriver.json)
wasm:
	cargo test -p entrenador --target wasm32-unknown-unknown

e2e:
	scripts/e2e.sh

# un certificado firmado verifica en openbadgeslib (Open Badges 3.0, de PyPI) y uno alterado no
insignias:
	scripts/insignias.sh

# las declaraciones xAPI de una certificación llegan a Ralph (un LRS de PyPI), una vez cada una
lrs:
	scripts/lrs.sh

test: preparar fmt clippy unit insignias lrs wasm build scorm e2e

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
