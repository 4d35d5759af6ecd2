// Imprime los tamaños del paquete de producción (gzip y brotli, contra el
// presupuesto de 300 KB gzip de la primera carga), la mediana del tiempo hasta
// interactivo de 9 cargas en Chromium sin interfaz junto a la de una página en
// blanco servida igual (objetivo: ≤ 1,6 veces), la latencia de cada paso del
// motor dentro del navegador (p50/p99, en wasm) y las cifras de Lighthouse en modo
// teléfono (mediana de 3).
// Uso: node scripts/bench.mjs   (después de `trunk build --release`)
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { join, extname } from 'node:path';
import { abrir } from '../e2e/navegador.mjs';

const DIST = 'dist';
if (!existsSync(join(DIST, 'index.html'))) { console.error('bench: falta dist/ (make build)'); process.exit(1); }

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let totalGzip = 0;
let totalBrotli = 0;
console.log('Tamaños de la primera carga (dist/index.html y lo que carga; rrhh.html va aparte):');
console.log('archivo'.padEnd(44), 'crudo'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
// lo que pide index.html: su JS, el wasm de ese JS, la hoja de estilo y el ícono
const indice = readFileSync(join(DIST, 'index.html'), 'utf8');
const pedidos = new Set(['index.html']);
// (el HTML minificado no siempre pone comillas: href=/main-….css; y también lo que
// precarga de subcarpetas, como snippets/)
for (const m of indice.matchAll(/\/((?:[\w.-]+\/)*[\w.-]+\.(?:js|css|svg|png|wasm))\b/g)) pedidos.add(m[1]);
const todos = (dir, prefijo = '') => readdirSync(join(DIST, dir)).flatMap((f) =>
  statSync(join(DIST, dir, f)).isDirectory() ? todos(join(dir, f), `${prefijo}${f}/`) : [`${prefijo}${f}`]);
for (const f of todos('').sort()) {
  if (!pedidos.has(f)) continue;
  const datos = readFileSync(join(DIST, f));
  const gz = gzipSync(datos, { level: 9 }).length;
  const br = brotliCompressSync(datos).length;
  totalGzip += gz;
  totalBrotli += br;
  console.log(f.padEnd(44), kb(datos.length).padStart(10), kb(gz).padStart(10), kb(br).padStart(10));
}
console.log(`primera carga: ${kb(totalGzip)} gzip (presupuesto: 300 KB), ${kb(totalBrotli)} brotli`);


const TIPOS = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
// Como un servidor de archivos de producción: gzip a quien lo acepte (la página en blanco igual).
const comprimidos = new Map();
function enviar(req, res, tipo, datos, clave) {
  if (!/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    res.writeHead(200, { 'content-type': tipo });
    return res.end(datos);
  }
  if (!comprimidos.has(clave)) comprimidos.set(clave, gzipSync(datos, { level: 9 }));
  res.writeHead(200, { 'content-type': tipo, 'content-encoding': 'gzip', vary: 'accept-encoding' });
  res.end(comprimidos.get(clave));
}
const servidor = createServer((req, res) => {
  const ruta = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (ruta === '/__blanco.html') {
    return enviar(req, res, TIPOS['.html'], Buffer.from('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>blanco</title></head><body><button>Listo</button></body></html>'), ruta);
  }
  const archivo = join(DIST, ruta === '/' ? 'index.html' : ruta);
  if (!archivo.startsWith(DIST) || !existsSync(archivo) || !statSync(archivo).isFile()) { res.writeHead(404); return res.end(); }
  enviar(req, res, TIPOS[extname(archivo)] || 'application/octet-stream', readFileSync(archivo), archivo);
});
await new Promise((r) => servidor.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${servidor.address().port}/`;

const CARGAS = 9;
// El momento en que aparece el botón lo anota la propia página (un MutationObserver
// instalado antes de cargarla): sondearlo desde Playwright sumaría su intervalo de sondeo.
async function cargar(url, listo) {
  const n = await abrir({ medir: true });
  await n.pagina.addInitScript((texto) => {
    const visto = () => [...document.querySelectorAll('button')].some((b) => b.textContent.includes(texto));
    new MutationObserver((_, o) => {
      if (window.__listo === undefined && visto()) { window.__listo = performance.now(); o.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  }, listo);
  await n.pagina.goto(url, { waitUntil: 'commit' });
  await n.pagina.getByRole('button', { name: listo }).first().waitFor({ state: 'visible' });
  const t = await n.pagina.evaluate(() => window.__listo);
  await n.cerrar();
  return t;
}
// alternadas, para que la carga de la máquina afecte a las dos por igual
const app = [];
const blanco = [];
for (let i = 0; i < CARGAS; i++) {
  app.push(await cargar(base, 'Ir a Practicar'));
  blanco.push(await cargar(`${base}__blanco.html`, 'Listo'));
}
const mediana = (t) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];
const fmt = (t) => [...t].sort((a, b) => a - b).map((x) => x.toFixed(0)).join(', ');
const razon = mediana(app) / mediana(blanco);
console.log(`tiempo hasta interactivo, mediana de ${CARGAS} cargas: app ${mediana(app).toFixed(0)} ms [${fmt(app)}]; página en blanco ${mediana(blanco).toFixed(0)} ms [${fmt(blanco)}]`);
console.log(`razón app / página en blanco: ${razon.toFixed(2)} (objetivo: ≤ 1,60)`);

// la latencia del motor en wasm, medida dentro de la página
{
  const n = await abrir();
  // la medición va en la aplicación de RR. HH. (el mismo motor; la de formación no la carga)
  await n.pagina.goto(`${base}rrhh.html`);
  await n.pagina.waitForFunction(() => window.wasmBindings?.medir_motor);
  const t = await n.pagina.evaluate(async () => Array.from(await window.wasmBindings.medir_motor(20)));
  await n.cerrar();
  t.sort((a, b) => a - b);
  const p = (q) => t[Math.round((t.length - 1) * q)];
  console.log(`paso del motor en el navegador (wasm), ${t.length} turnos de los seis ejemplos: p50 ${p(0.5).toFixed(3)} ms, p99 ${p(0.99).toFixed(3)} ms, máximo ${t[t.length - 1].toFixed(3)} ms`);
}
// Lighthouse 12.2.3 (npm) en modo teléfono con su limitación por omisión (CPU y red de un
// teléfono de gama media), contra el Chromium de Debian: mediana de 3 corridas.
{
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const corridas = [];
  for (let i = 0; i < 3; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const r = await lighthouse(base, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      if (r.lhr.runtimeError) throw new Error(r.lhr.runtimeError.message);
      const a = r.lhr.audits;
      corridas.push({
        puntaje: r.lhr.categories.performance.score * 100,
        fcp: a['first-contentful-paint'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        si: a['speed-index'].numericValue,
        tti: a.interactive.numericValue,
      });
    } finally {
      await chrome.kill();
    }
  }
  const med = (k) => mediana(corridas.map((c) => c[k]));
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`Lighthouse (teléfono, limitación por omisión), mediana de 3: puntaje ${med('puntaje').toFixed(0)} (objetivo ≥ 95), ` +
    `FCP ${s(med('fcp'))}, LCP ${s(med('lcp'))} (objetivo ≤ 2,0 s), TBT ${med('tbt').toFixed(0)} ms (objetivo ≤ 100 ms), ` +
    `Speed Index ${s(med('si'))}, TTI ${s(med('tti'))}`);
}
servidor.close();
