// Un servidor de archivos estáticos en un puerto libre de esta máquina, para las
// pruebas, el banco y el paso que escribe la portada: sirve `dir` (la raíz es
// index.html) con el tipo de cada archivo, y se puede apagar de verdad (cierra
// también las conexiones abiertas: para las pruebas sin red).
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, extname, resolve, sep } from 'node:path';

const TIPOS = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.bin': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Sirve `dir`. Opciones: `gzip` (comprime con gzip, como un servidor de producción, a
 * quien lo acepte), `sinCache` (`cache-control: no-cache`), `extra` (ruta → HTML, páginas
 * que no están en la carpeta).
 * Devuelve { url, apagar }.
 */
export async function servir(dir, { gzip = false, sinCache = false, extra = {} } = {}) {
  const raiz = resolve(dir);
  const comprimidos = new Map();
  const conexiones = new Set();
  const servidor = createServer((req, res) => {
    const ruta = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let datos;
    let tipo;
    if (ruta in extra) {
      [datos, tipo] = [Buffer.from(extra[ruta]), TIPOS['.html']];
    } else {
      const archivo = join(raiz, ruta === '/' ? 'index.html' : ruta);
      if (!archivo.startsWith(raiz + sep) || !existsSync(archivo) || !statSync(archivo).isFile()) {
        res.writeHead(404);
        return res.end();
      }
      [datos, tipo] = [readFileSync(archivo), TIPOS[extname(archivo)] || 'application/octet-stream'];
    }
    const cabeceras = { 'content-type': tipo, ...(sinCache ? { 'cache-control': 'no-cache' } : {}) };
    if (!gzip || !/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      res.writeHead(200, cabeceras);
      return res.end(datos);
    }
    if (!comprimidos.has(ruta)) comprimidos.set(ruta, gzipSync(datos, { level: 9 }));
    res.writeHead(200, { ...cabeceras, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    res.end(comprimidos.get(ruta));
  });
  servidor.on('connection', (c) => { conexiones.add(c); c.on('close', () => conexiones.delete(c)); });
  await new Promise((r) => servidor.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${servidor.address().port}/`,
    async apagar() {
      for (const c of conexiones) c.destroy();
      await new Promise((r) => servidor.close(r));
    },
  };
}
