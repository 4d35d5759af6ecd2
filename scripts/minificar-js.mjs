// Gancho post_build de Trunk: minifica el JS de una compilación release (el de
// enlace de wasm-bindgen, unos 2 KB gzip menos, y los módulos propios de
// snippets/: navegador.js, firma.js…) con terser y actualiza sus hashes de
// integridad en la página que los carga (index.html o rrhh.html).
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir || process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const sri = (datos) => 'sha384-' + createHash('sha384').update(datos).digest('base64');
const indice = join(dir, readdirSync(dir).find((f) => f.endsWith('.html')));
let html = readFileSync(indice, 'utf8');
const todos = (d) => readdirSync(join(dir, d), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? todos(join(d, e.name)) : [join(d, e.name)]));
for (const f of todos('.').filter((f) => f.endsWith('.js'))) {
  const ruta = join(dir, f);
  const original = readFileSync(ruta, 'utf8');
  const r = await minify(original, { module: true, compress: true, mangle: true });
  if (!r.code) throw new Error(`terser no devolvió código para ${f}`);
  writeFileSync(ruta, r.code);
  const antes = sri(original);
  if (html.includes(antes)) html = html.replaceAll(antes, sri(r.code));
  console.log(`minificar-js: ${f} ${original.length} → ${r.code.length} bytes`);
}
writeFileSync(indice, html);
