// Paso posterior a la compilación: escribe en dist/index.html la portada tal como
// la dibuja la aplicación (src/componentes/inicio.rs) en un perfil nuevo, para que
// se vea y se pueda elegir (son enlaces: #/practicar…) antes de que llegue el wasm.
// Al arrancar, la aplicación quita esta copia (marcada data-previa) y se monta en
// la misma tarea, sin un cuadro en blanco entre las dos. Una dirección que no es la
// portada (#/historial, un lanzamiento con parámetros) la vacía antes de dibujarse.
// El wasm se pide después de dibujar la portada (ver abajo).
// Uso: node scripts/portada.mjs [dist]
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { chromium } from 'playwright-core';

const dist = process.argv[2] || 'dist';
const indice = join(dist, 'index.html');
const TIPOS = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
const servidor = createServer((req, res) => {
  const ruta = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const archivo = join(dist, ruta === '/' ? 'index.html' : ruta);
  if (!archivo.startsWith(dist) || !existsSync(archivo) || !statSync(archivo).isFile()) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': TIPOS[extname(archivo)] || 'application/octet-stream' });
  res.end(readFileSync(archivo));
});
await new Promise((r) => servidor.listen(0, '127.0.0.1', r));
const navegador = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
});
let portada;
try {
  const pagina = await navegador.newPage({ locale: 'es-CR', serviceWorkers: 'block' });
  const errores = [];
  pagina.on('pageerror', (e) => errores.push(String(e)));
  await pagina.goto(`http://127.0.0.1:${servidor.address().port}/`);
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
  await navegador.close();
  servidor.close();
}
if (!portada.includes('data-previa') || !portada.includes('Ir a Practicar')) throw new Error('portada: no se encontró la portada');
const html = readFileSync(indice, 'utf8');
if (html.includes('data-previa')) throw new Error('portada: index.html ya tiene una portada escrita');
// solo la portada se dibuja antes del wasm; otra dirección empieza con la página vacía, como antes
const vaciar = '<script>if(location.search||!/^(#\\/?(inicio)?)?$/.test(location.hash))document.querySelector("main[data-previa]").replaceChildren()</script>';
let nuevo = html.replace(/<body>/, `<body>${portada}${vaciar}`);
if (nuevo === html) throw new Error('portada: index.html no tiene <body>');
// La portada primero: el wasm (el 95 % de la primera carga) se pide después de
// dibujarla, no antes (sin <link rel=preload> y con el arranque tras el primer
// cuadro). En una red lenta la página se lee y se usa antes. El hash de
// integridad que llevaba la precarga pasa a la solicitud del wasm, y el JS de
// arranque sigue con el suyo (modulepreload).
const precarga = /<link as=fetch crossorigin href=(\/[\w-]+_bg\.wasm) integrity=(\S+) rel=preload type=application\/wasm>/;
const [enlace, wasm, integridad] = nuevo.match(precarga) || [];
if (!enlace) throw new Error('portada: no se encontró la precarga del wasm que escribe Trunk');
nuevo = nuevo.replace(enlace, '');
const arranque = `const wasm = await init({ module_or_path: '${wasm}' });`;
if (!nuevo.includes(arranque)) throw new Error('portada: no se encontró el arranque que escribe Trunk');
nuevo = nuevo.replace(arranque, 'await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));\n' +
  `const wasm = await init({ module_or_path: fetch('${wasm}', { integrity: '${integridad}' }) });`);
writeFileSync(indice, nuevo);
console.log(`portada: ${indice} (+${nuevo.length - html.length} bytes)`);
