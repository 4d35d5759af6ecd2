// Paso posterior a la compilación: escribe en dist/index.html la portada tal como
// la dibuja la aplicación (src/componentes/inicio.rs) en un perfil nuevo, para que
// se vea y se pueda elegir (son enlaces: #/practicar…) antes de que llegue el wasm.
// Al arrancar, la aplicación quita esta copia (marcada data-previa) y se monta en
// la misma tarea, sin un cuadro en blanco entre las dos. Una dirección que no es la
// portada (#/historial, un lanzamiento con parámetros) la vacía antes de dibujarse.
// El wasm se pide después de dibujar la portada, y la hoja de estilo de la
// primera pantalla va dentro de la página (ver abajo).
// Uso: node scripts/portada.mjs [dist]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { abrir } from '../e2e/navegador.mjs';
import { servir } from '../e2e/servidor.mjs';

const dist = process.argv[2] || 'dist';
const indice = join(dist, 'index.html');
// (aún no hay sw.js: el registro falla sin ruido y no cambia lo dibujado)
const servidor = await servir(dist);
const n = await abrir({ medir: true });
let portada;
try {
  const { pagina } = n;
  // (solo los fallos de la aplicación: la consola también dice el sw.js que falta)
  const errores = [];
  pagina.on('pageerror', (e) => errores.push(String(e)));
  await pagina.goto(servidor.url);
  await pagina.getByRole('link', { name: 'Ir a Practicar' }).waitFor({ timeout: 30_000 });
  if (errores.length) throw new Error(`portada: la aplicación falló al dibujarse: ${errores.join('; ')}`);
  portada = await pagina.evaluate(() => [...document.body.children]
    .filter((e) => !['SCRIPT', 'NOSCRIPT'].includes(e.tagName) && !e.classList.contains('fallo'))
    .map((e) => { e.setAttribute('data-previa', ''); return e.outerHTML; })
    .join('')
    // los marcadores vacíos de Leptos no le hacen falta a la copia
    .replaceAll('<!---->', '')
    .replaceAll('data-previa=""', 'data-previa')
    // sin comillas donde el HTML no las necesita, como el resto de index.html
    .replace(/="([\w#./-]+)"/g, '=$1'));
} finally {
  await n.cerrar();
  await servidor.apagar();
}
if (!portada.includes('data-previa') || !portada.includes('Ir a Practicar')) throw new Error('portada: no se encontró la portada');
const html = readFileSync(indice, 'utf8');
if (html.includes('data-previa')) throw new Error('portada: index.html ya tiene una portada escrita');
// solo la portada se dibuja antes del wasm; otra dirección empieza con la página vacía, como antes
const vaciar = '<script>if(location.search||!/^(#\\/?(inicio)?)?$/.test(location.hash))document.querySelector("main[data-previa]").replaceChildren()</script>';
let nuevo = html.replace(/<body>/, `<body>${portada}${vaciar}`);
if (nuevo === html) throw new Error('portada: index.html no tiene <body>');
// El arranque que escribe Trunk se reemplaza por uno propio, con los mismos
// archivos y sus hashes de integridad, para que la portada y una página lenta no
// se peleen por el hilo principal:
// - la portada primero: el JS y el wasm (el 97 % de la primera carga) se piden
//   después de su primer cuadro, no desde <head> (medido: precargarlos retrasa la
//   portada un 50 %). Los módulos JS llegan con <link rel=modulepreload> que llevan
//   su integridad y se importan cuando todos llegaron y cuadran (si import() se
//   adelantara a una precarga, pediría ese módulo sin comprobarla);
// - el wasm se pide a la vez que esos módulos y se compila con WebAssembly.compile
//   sobre los bytes ya comprobados, lo que V8 hace fuera del hilo principal
//   (compilarlo mientras llega, con una integridad que obliga a esperar todos los
//   bytes, lo hacía en él: unos 20 ms);
// - se cede el hilo antes de instanciarlo y montar la aplicación: ninguna tarea
//   junta la compilación con el montaje (Lighthouse, TBT de 139 a unos 65 ms);
// - si el JS o el wasm no llegan (sin red, o alterados: la integridad no cuadra),
//   se dice en español en vez de dejar la portada sin aplicación detrás.
const precarga = /<link as=fetch crossorigin href=(\/[\w-]+_bg\.wasm) integrity=(\S+) rel=preload type=application\/wasm>/;
const [enlaceWasm, wasm, integridadWasm] = nuevo.match(precarga) || [];
if (!enlaceWasm) throw new Error('portada: no se encontró la precarga del wasm que escribe Trunk');
nuevo = nuevo.replace(enlaceWasm, '');
const modulos = [...nuevo.matchAll(/<link crossorigin href=(\/[\w./-]+\.js) integrity=(\S+) rel=modulepreload>/g)];
const [, moduloPrincipal] = nuevo.match(/import init, \* as bindings from '(\/[\w-]+\.js)';\n/) || [];
if (!moduloPrincipal || !modulos.some((m) => m[1] === moduloPrincipal)) {
  throw new Error('portada: no se encontró la importación del JS que escribe Trunk');
}
for (const [enlaceModulo] of modulos) nuevo = nuevo.replace(enlaceModulo, '');
const scriptTrunk = /<script type=module>[^<]*<\/script>/;
if (!scriptTrunk.test(nuevo)) throw new Error('portada: no se encontró el script de arranque que escribe Trunk');
const lista = JSON.stringify(modulos.map(([, href, sri]) => [href, sri]));
const aviso = 'No se pudo cargar el entrenador: revise la conexión y recargue la página.';
const arranque = `
const ceder = () => new Promise((r) => setTimeout(r));
try {
  await new Promise((r) => requestAnimationFrame(r));
  await ceder();
  // el wasm se pide y se compila a la vez que llegan los módulos JS
  const modulo = fetch('${wasm}', { integrity: '${integridadWasm}' })
    .then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b));
  modulo.catch(() => {}); // (el fallo se atiende abajo, al esperarlo)
  await Promise.all(${lista}.map(([href, integrity]) => new Promise((bien, mal) => document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href, integrity, crossOrigin: 'anonymous', onload: bien, onerror: () => mal(new Error('no llegó ' + href)) })))));
  const { default: iniciar } = await import('${moduloPrincipal}');
  const compilado = await modulo;
  await ceder();
  await iniciar({ module_or_path: compilado });
} catch (e) {
  document.body.prepend(Object.assign(document.createElement('div'), { className: 'fallo', role: 'alert', textContent: '${aviso}' }));
  throw e;
}`;
// (minificado como el resto del JS de la compilación: ver scripts/minificar-js.mjs)
const { code: arranqueMinificado } = await minify(arranque, { module: true, compress: true, mangle: true });
if (!arranqueMinificado) throw new Error('portada: terser no devolvió el arranque');
nuevo = nuevo.replace(scriptTrunk, () => `<script type=module>${arranqueMinificado}</script>`);
// La hoja de la primera pantalla va dentro de la página: sin esperar otra
// solicitud para dibujar (la de rrhh.html sigue aparte).
const hoja = /<link href=\/(main-[0-9a-f]+\.css) integrity=\S+ rel=stylesheet>/;
const [enlaceHoja, archivoHoja] = nuevo.match(hoja) || [];
if (!enlaceHoja) throw new Error('portada: no se encontró la hoja de estilo que escribe Trunk');
const css = readFileSync(join(dist, archivoHoja), 'utf8');
if (css.includes('</style')) throw new Error('portada: la hoja de estilo no se puede poner dentro de la página');
nuevo = nuevo.replace(enlaceHoja, `<style>${css}</style>`);
writeFileSync(indice, nuevo);
console.log(`portada: ${indice} (+${nuevo.length - html.length} bytes)`);
