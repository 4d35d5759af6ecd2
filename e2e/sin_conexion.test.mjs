// Sin conexión, versiones nuevas e instalación (incidencia 14). Cada prueba sirve
// su propia copia de dist/ con un servidor que puede apagar o cambiar de versión:
// sin red de verdad (el servidor apagado y el navegador sin conexión), y una
// versión nueva escrita por el mismo paso de compilación que escribe dist/sw.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync, renameSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { abrir } from './navegador.mjs';
import { servir } from './servidor.mjs';
import { Entrenador, VISITA_PERFECTA, jugar } from './pagina.mjs';

/** Una copia de dist/ servida en un puerto libre de esta máquina. */
async function servirCopia() {
  const dir = mkdtempSync(join(tmpdir(), 'entrenador-dist-'));
  cpSync('dist', dir, { recursive: true });
  const servidor = await servir(dir, { sinCache: true });
  return { ...servidor, dir, borrar() { rmSync(dir, { recursive: true, force: true }); } };
}

/** Una prueba con su copia servida y un perfil de navegador nuevo; todo se cierra al final. */
async function conCopia(prueba) {
  const s = await servirCopia();
  const n = await abrir();
  try {
    await prueba(s, n);
  } finally {
    await n.cerrar();
    await s.apagar();
    s.borrar();
  }
}

/** Espera a que el trabajador de servicio controle la página (la primera visita lo instala). */
async function esperarTrabajador(p) {
  await p.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30_000 });
}

test('después de una visita, sin red: abre, se juega un escenario entero y queda en el historial', () => conCopia(async (s, n) => {
  await n.pagina.goto(s.url);
  await n.pagina.getByRole('link', { name: 'Ir a Practicar' }).waitFor();
  await esperarTrabajador(n.pagina);
  // sin red de verdad: el servidor apagado y el navegador sin conexión
  await s.apagar();
  await n.contexto.setOffline(true);
  await n.pagina.goto(`${s.url}?semilla=7#/practicar`);
  await n.pagina.getByRole('heading', { name: /Practique el protocolo/ }).waitFor();
  const e = new Entrenador(n.pagina);
  await e.comenzar('Carlos Jiménez');
  await jugar(e, VISITA_PERFECTA);
  const { total, texto } = await e.informe();
  assert.equal(total, 100, texto);
  await n.pagina.getByRole('link', { name: 'Historial' }).click();
  const filas = n.pagina.locator('table tbody tr');
  await filas.first().waitFor();
  assert.equal(await filas.count(), 1);
  assert.match(await filas.first().innerText(), /Servicio completo/);
  // cuánto hay guardado, en español, con la aplicación guardada para usarla sin red
  const uso = n.pagina.locator('#uso-almacen');
  await uso.filter({ hasText: 'Guardado en este dispositivo' }).waitFor();
  assert.match(await uso.innerText(), /^Guardado en este dispositivo: \d+ KB de historial e intentos; [\d,]+ (KB|MB) de la aplicación, para usarla sin conexión\./);
  // lo que se trae la primera vez que se usa (el curso de Aprender) también está
  await n.pagina.getByRole('link', { name: 'Aprender' }).click();
  await n.pagina.getByRole('heading', { name: /Courtesy|Cortesía|cortesía/ }).first().waitFor();
  assert.doesNotMatch(await n.pagina.locator('main').innerText(), /No se pudo cargar/);
  assert.deepEqual(n.errores.filter((m) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(m)), []);
}));

test('una versión nueva se ofrece («Hay una versión nueva: recargar») sin cambiar la visita en curso, que sigue después de recargar', () => conCopia(async (s, n) => {
  const p = n.pagina;
  await p.goto(`${s.url}?semilla=7#/practicar`);
  await p.getByRole('heading', { name: /Practique el protocolo/ }).waitFor();
  const e = new Entrenador(p);
  await e.comenzar('Carlos Jiménez');
  await jugar(e, VISITA_PERFECTA.slice(0, 2));
  await esperarTrabajador(p);
  assert.equal(await p.getByText('Hay una versión nueva').count(), 0);
  // una compilación nueva: otra página de inicio, y el mismo paso posterior escribe su sw.js
  const indice = join(s.dir, 'index.html');
  writeFileSync(indice, readFileSync(indice, 'utf8').replace('<title>Entrenador de Protocolo · INS</title>', '<title>Entrenador de Protocolo · INS · versión nueva</title>'));
  const antes = readFileSync(join(s.dir, 'sw.js'), 'utf8');
  execFileSync('node', ['scripts/trabajador.mjs', s.dir]);
  assert.notEqual(readFileSync(join(s.dir, 'sw.js'), 'utf8'), antes);
  // el navegador revisa sw.js (al navegar, al volver a la pestaña, una vez al día)
  await p.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const aviso = p.getByRole('status').filter({ hasText: 'Hay una versión nueva' });
  await aviso.waitFor({ timeout: 30_000 });
  // la página no cambió sola: la visita sigue en pantalla con lo dicho
  assert.equal(await p.title(), 'Entrenador de Protocolo · INS');
  assert.equal(await e.lineas().count() >= 4, true);
  await Promise.all([
    p.waitForEvent('load', { timeout: 30_000 }),
    aviso.getByRole('button', { name: 'recargar' }).click(),
  ]);
  await e.caja().waitFor();
  assert.equal(await p.title(), 'Entrenador de Protocolo · INS · versión nueva');
  assert.match(await e.textoConversacion(), /Muy bien, gracias, don Jorge/);
  await jugar(e, VISITA_PERFECTA.slice(2));
  assert.equal((await e.informe()).total, 100);
  assert.equal(await p.getByText('Hay una versión nueva').count(), 0);
  assert.deepEqual(n.errores, []);
}));

test('el manifiesto pasa las comprobaciones de instalación de Chromium', () => conCopia(async (s, n) => {
  await n.pagina.goto(s.url);
  await esperarTrabajador(n.pagina);
  const cdp = await n.contexto.newCDPSession(n.pagina);
  const manifiesto = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifiesto.errors, []);
  const datos = JSON.parse(manifiesto.data);
  assert.equal(datos.lang, 'es-CR');
  assert.equal(datos.display, 'standalone');
  assert.ok(datos.icons.some((i) => i.purpose === 'maskable'));
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  // y sus íconos existen con el tamaño que dicen
  for (const icono of datos.icons) {
    const r = await n.pagina.request.get(new URL(icono.src, s.url).href);
    assert.equal(r.status(), 200, icono.src);
    const png = await r.body();
    const [ancho, alto] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(`${ancho}x${alto}`, icono.sizes, icono.src);
  }
}));

test('dentro de un lanzamiento cmi5 (un LMS) no se registra el trabajador de servicio', () => conCopia(async (s, n) => {
  const actor = encodeURIComponent(JSON.stringify({ name: 'Ana Solís', account: { homePage: 'https://lms.example', name: 'ana' } }));
  await n.pagina.goto(`${s.url}?endpoint=${encodeURIComponent('http://127.0.0.1:9/xapi/')}&fetch=${encodeURIComponent('http://127.0.0.1:9/token')}&actor=${actor}&registration=6f1c3c0e-9b1a-4f57-8d2b-0c3f3f1b2a11&activityId=${encodeURIComponent('https://ins.example/entrenador')}`);
  await n.pagina.getByRole('heading', { name: /Certificación/ }).first().waitFor();
  await n.pagina.waitForLoadState('load');
  // el registro ocurriría al terminar la carga: se le da tiempo de sobra
  await n.pagina.waitForTimeout(2000);
  assert.equal(await n.pagina.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
  // la misma copia, sin lanzamiento, sí lo registra (la comprobación puede fallar)
  await n.pagina.goto(s.url);
  await esperarTrabajador(n.pagina);
}));

test('la portada llega escrita en index.html: se lee y se elige antes de que llegue el wasm', () => conCopia(async (s, n) => {
  const p = n.pagina;
  // el wasm se retiene hasta después del clic
  let soltar;
  const retenido = new Promise((r) => { soltar = r; });
  await p.route('**/*_bg.wasm', async (ruta) => { await retenido; await ruta.continue(); });
  await p.goto(s.url);
  const practicar = p.getByRole('link', { name: 'Ir a Practicar' });
  await practicar.waitFor();
  assert.equal(await p.locator('[data-previa]').count() > 0, true, 'la portada es la copia de index.html');
  assert.match(await p.locator('main').innerText(), /Practique el protocolo de servicio en el comercio/);
  await practicar.click();
  assert.equal(new URL(p.url()).hash, '#/practicar');
  soltar();
  // la aplicación arranca donde la persona eligió, y la copia ya no está
  await p.getByRole('heading', { name: /Practique el protocolo/ }).waitFor();
  assert.equal(await p.locator('[data-previa]').count(), 0);
  assert.equal(await p.locator('main').count(), 1);
  assert.deepEqual(n.errores, []);
}));

test('un JS alterado no se ejecuta (hash de integridad) y la página lo dice en español', () => conCopia(async (s, n) => {
  const p = n.pagina;
  const html = readFileSync(join(s.dir, 'index.html'), 'utf8');
  const [, modulo] = html.match(/\["(\/snippets\/[^"]+\/navegador\.js)","sha384-/);
  writeFileSync(join(s.dir, modulo), `${readFileSync(join(s.dir, modulo), 'utf8')}\n// alterado\n`);
  await p.goto(s.url);
  await p.getByRole('alert').filter({ hasText: 'No se pudo cargar el entrenador' }).waitFor();
  // la portada escrita sigue ahí; la aplicación no arrancó
  assert.equal(await p.locator('[data-previa]').count() > 0, true);
  // (el mensaje de la consola puede llegar después del aviso)
  for (let k = 0; k < 50 && !n.errores.some((m) => /integrity/.test(m)); k++) await p.waitForTimeout(100);
  assert.ok(n.errores.some((m) => /integrity/.test(m)), n.errores.join('\n'));
}));

test('el catálogo de escenarios no va en la primera carga: llega al abrir Practicar; si no llega, se dice, se reintenta y el intento guardado no se pierde', () => conCopia(async (s, n) => {
  const p = n.pagina;
  // sin trabajador de servicio: cada pedido del catálogo llega al servidor
  rmSync(join(s.dir, 'sw.js'));
  const catalogo = join(s.dir, readdirSync(s.dir).find((f) => /^catalogo-[0-9a-f]+\.bin$/.test(f)));
  const quitar = () => renameSync(catalogo, `${catalogo}.fuera`);
  const devolver = () => renameSync(`${catalogo}.fuera`, catalogo);
  const pedidos = [];
  p.on('request', (r) => pedidos.push(new URL(r.url()).pathname));
  await p.goto(s.url);
  await p.locator('#principal:not([data-previa])').waitFor();
  assert.equal(pedidos.filter((x) => x.includes('catalogo-')).length, 0, 'la portada no pide el catálogo');

  quitar();
  await p.getByRole('link', { name: 'Ir a Practicar' }).click();
  const fallo = p.getByRole('alert').filter({ hasText: 'no se pudieron traer los escenarios' });
  await fallo.waitFor();
  assert.match(await fallo.innerText(), /Revise la conexión/);
  devolver();
  await p.getByRole('button', { name: 'Intentar de nuevo' }).click();
  await p.getByRole('heading', { name: /Practique el protocolo/ }).waitFor();
  assert.equal(pedidos.filter((x) => x.includes('catalogo-')).length, 2, 'un pedido fallido y el reintento');

  const e = new Entrenador(p);
  await e.comenzar('Carlos Jiménez');
  await e.decir('Buenas tardes');
  const clave = 'entrenador-protocolo/intento-en-curso';
  const guardado = await p.evaluate((k) => localStorage.getItem(k), clave);
  assert.ok(guardado);
  // con el intento guardado, la aplicación trae el catálogo antes de montarse; sin él, el intento queda
  quitar();
  await p.reload();
  await p.getByRole('alert').filter({ hasText: 'Lo que tenía en curso sigue guardado' }).waitFor();
  assert.equal(await p.evaluate((k) => localStorage.getItem(k), clave), guardado);
  assert.equal(await p.evaluate((k) => localStorage.getItem(`entrenador-protocolo/apartado/${k.split('/')[1]}`), clave), null);
  devolver();
  await p.reload();
  await e.caja().waitFor();
  assert.match(await e.textoConversacion(), /Buenas tardes/);
}));
