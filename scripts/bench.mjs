// Prints the release bundle's sizes and the median time to interactive of
// five loads in headless Chromium, next to a blank page served the same way.
// Usage: node scripts/bench.mjs   (after `trunk build --release`)
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { join, extname } from 'node:path';
import { abrir } from '../e2e/navegador.mjs';

const DIST = 'dist';
if (!existsSync(join(DIST, 'index.html'))) { console.error('bench: falta dist/ (make build)'); process.exit(1); }

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let totalGzip = 0;
console.log('Tamaños del paquete de producción (dist/):');
console.log('archivo'.padEnd(44), 'crudo'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
for (const f of readdirSync(DIST).sort()) {
  const datos = readFileSync(join(DIST, f));
  const gz = gzipSync(datos, { level: 9 }).length;
  const br = brotliCompressSync(datos).length;
  totalGzip += gz;
  console.log(f.padEnd(44), kb(datos.length).padStart(10), kb(gz).padStart(10), kb(br).padStart(10));
}
console.log(`total gzip: ${kb(totalGzip)} (presupuesto: 250 KB)`);


const TIPOS = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
const servidor = createServer((req, res) => {
  const ruta = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (ruta === '/__blanco.html') {
    res.writeHead(200, { 'content-type': TIPOS['.html'] });
    return res.end('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>blanco</title></head><body><button>Listo</button></body></html>');
  }
  const archivo = join(DIST, ruta === '/' ? 'index.html' : ruta);
  if (!archivo.startsWith(DIST) || !existsSync(archivo) || !statSync(archivo).isFile()) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': TIPOS[extname(archivo)] || 'application/octet-stream' });
  res.end(readFileSync(archivo));
});
await new Promise((r) => servidor.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${servidor.address().port}/`;

async function medir(url, listo) {
  const tiempos = [];
  for (let i = 0; i < 5; i++) {
    const n = await abrir();
    await n.pagina.goto(url, { waitUntil: 'commit' });
    await n.pagina.getByRole('button', { name: listo }).first().waitFor({ state: 'visible' });
    tiempos.push(await n.pagina.evaluate(() => performance.now()));
    await n.cerrar();
  }
  tiempos.sort((a, b) => a - b);
  return tiempos;
}
const app = await medir(base, /Ir a Practicar/);
const blanco = await medir(`${base}__blanco.html`, 'Listo');
const fmt = (t) => t.map((x) => x.toFixed(0)).join(', ');
console.log(`tiempo hasta interactivo, mediana de 5 cargas: app ${app[2].toFixed(0)} ms [${fmt(app)}]; página en blanco ${blanco[2].toFixed(0)} ms [${fmt(blanco)}]`);
servidor.close();
