// Gancho post_build de Trunk: copia a la salida el contenido que la aplicación
// trae cuando lo necesita (el de Aprender, `aprender-<huella>.bin`, el catálogo
// de escenarios, `catalogo-<huella>.bin`, y las hojas de estilo de las páginas
// que no son la primera), que build.rs deja en <target>/contenido-web/. No va en index.html: no es parte
// de la primera carga.
import { readdirSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const destino = process.env.TRUNK_STAGING_DIR;
if (!destino) process.exit(0);
const origen = join(process.env.CARGO_TARGET_DIR || 'target', 'contenido-web');
if (!existsSync(origen)) {
  console.error(`copiar-contenido: falta ${origen} (lo escribe build.rs)`);
  process.exit(1);
}
for (const f of readdirSync(origen)) {
  copyFileSync(join(origen, f), join(destino, f));
  console.log(`copiar-contenido: ${f}`);
}
