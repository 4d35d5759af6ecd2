// Paso posterior a la compilación: escribe dist/sw.js (el trabajador de servicio)
// a partir de la plantilla src/sw.js, con la lista de los archivos que Trunk
// escribió en dist/ y la versión, que es la huella de todos ellos: una
// compilación que cambia un solo byte es una versión nueva con su propia caché.
// Nunca se escribe a mano.
// Uso: node scripts/trabajador.mjs [dist]
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

const dist = process.argv[2] || 'dist';
const todos = (d) => readdirSync(join(dist, d), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? todos(join(d, e.name)) : [join(d, e.name)]));
// todo lo que sirve la aplicación, menos el propio trabajador
const archivos = todos('.').map((f) => f.split('\\').join('/'))
  .filter((f) => f !== 'sw.js' && !f.endsWith('.map'))
  .sort();
for (const necesario of ['index.html', 'rrhh.html', 'manifest.webmanifest']) {
  if (!archivos.includes(necesario)) throw new Error(`trabajador: falta ${necesario} en ${dist}/`);
}
const huella = createHash('sha256');
for (const f of archivos) huella.update(f).update('\0').update(readFileSync(join(dist, f))).update('\0');
const version = huella.digest('hex').slice(0, 16);

const plantilla = readFileSync('src/sw.js', 'utf8');
if (!plantilla.includes("'__VERSION__'") || !plantilla.includes('__ARCHIVOS__')) {
  throw new Error('trabajador: la plantilla src/sw.js perdió sus marcas');
}
const codigo = plantilla
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__ARCHIVOS__', JSON.stringify(archivos));
const r = await minify(codigo, { compress: true, mangle: true });
if (!r.code) throw new Error('trabajador: terser no devolvió código');
writeFileSync(join(dist, 'sw.js'), r.code);
console.log(`trabajador: ${dist}/sw.js, versión ${version}, ${archivos.length} archivos`);
