// De extremo a extremo: el paquete SCORM 1.2 (make scorm) dentro de un LMS de
// prueba que da el API de scorm-again (npm, versión fija): la aplicación toma el
// nombre y la cédula del LMS, abre el modo de los datos de lanzamiento, confirma
// cada escenario terminado y al final escribe puntaje, estado y tiempo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { abrir } from './navegador.mjs';
import { Entrenador, visitaPerfectaEnPantalla } from './pagina.mjs';

const TMP = mkdtempSync(join(tmpdir(), 'entrenador-scorm-'));
let servidor;
let URL_LMS;

before(async () => {
  execFileSync('python3', ['-m', 'zipfile', '-e', 'dist-scorm/entrenador-protocolo-scorm12-practica.zip', join(TMP, 'paquete')]);
  copyFileSync('node_modules/scorm-again/dist/scorm12.min.js', join(TMP, 'scorm12.min.js'));
  copyFileSync('e2e/scorm/lms.html', join(TMP, 'lms.html'));
  // un trabajador de servicio que se podría registrar: la aplicación no debe hacerlo dentro de un LMS
  writeFileSync(join(TMP, 'paquete', 'sw.js'), "self.addEventListener('fetch', () => {});\n");
  const puerto = execFileSync('python3', ['-c', 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'], { encoding: 'utf8' }).trim();
  servidor = spawn('python3', ['-m', 'http.server', puerto, '--bind', '127.0.0.1', '--directory', TMP], { stdio: 'ignore' });
  URL_LMS = `http://127.0.0.1:${puerto}/lms.html`;
  for (let k = 0; k < 50; k++) {
    try { await fetch(URL_LMS); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
});
after(() => servidor?.kill());

/// El LMS con sus datos de lanzamiento y el SCO dentro; devuelve la página y el marco.
async function enElLms(n, datos, sco = 'paquete/index.html', suspendido = '') {
  const p = n.pagina;
  await p.goto(`${URL_LMS}?datos=${encodeURIComponent(datos)}&sco=${encodeURIComponent(sco)}&suspendido=${encodeURIComponent(suspendido)}`);
  const marco = p.frameLocator('#sco');
  await marco.getByRole('heading', { level: 1 }).first().waitFor();
  const frame = p.frames().find((f) => f.url().includes('paquete/index.html'));
  return { p, frame };
}

const confirmados = (p) => p.evaluate(() => window.confirmados);

test('una certificación en el LMS: nombre del LMS, un punto de control por escenario y «passed» al final', async () => {
  const n = await abrir({ ancho: 1300, alto: 950 });
  try {
    const { p, frame } = await enElLms(n, 'modo=certificacion', 'paquete/index.html?semilla=11');
    // abre la certificación con la persona del LMS
    await frame.getByRole('heading', { name: /Certificación/ }).first().waitFor();
    assert.equal(await frame.getByLabel('Nombre completo').inputValue(), 'Ana Solís Mora');
    assert.equal(await frame.getByLabel('Cédula').inputValue(), '1-0234-0567');
    await frame.getByRole('radio', { name: 'doña', exact: true }).check();
    await frame.getByRole('button', { name: 'Comenzar la certificación' }).click();
    const e = new Entrenador(frame);
    for (let k = 1; k <= 3; k++) {
      await frame.getByText(`Certificación · escenario ${k} de 3`).waitFor();
      await visitaPerfectaEnPantalla(e, 'Ana Solís Mora');
      const c = await confirmados(p);
      assert.equal(c.length, k, 'un punto de control por escenario terminado');
      assert.equal(c[k - 1].estado, 'incomplete');
      await frame.getByRole('button', { name: /Siguiente escenario|Ver el resultado de la certificación/ }).click();
    }
    await frame.getByRole('heading', { name: /Constancia de certificación/ }).waitFor();
    const c = await confirmados(p);
    const final = c[c.length - 1];
    assert.deepEqual([final.raw, final.min, final.max, final.estado], ['100', '0', '100', 'passed']);
    assert.match(final.tiempo, /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/, "el tiempo de la sesión, como CMITimespan");
    assert.equal(await p.evaluate(() => window.terminado), true, 'LMSFinish al terminar la certificación');
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('una certificación que no aprueba queda «failed» en el LMS', async () => {
  const n = await abrir({ ancho: 1300, alto: 950 });
  try {
    const { p, frame } = await enElLms(n, 'modo=certificacion');
    await frame.getByRole('radio', { name: 'doña', exact: true }).check();
    await frame.getByRole('button', { name: 'Comenzar la certificación' }).click();
    await new Entrenador(frame).escenariosDeCertificacion();
    const c = await confirmados(p);
    assert.equal(c[c.length - 1].estado, 'failed');
    assert.equal(await p.evaluate(() => window.terminado), true);
  } finally { await n.cerrar(); }
});

test('una práctica en el LMS abre Practicar y cada intento terminado se confirma', async () => {
  const n = await abrir({ ancho: 1300, alto: 950 });
  try {
    const { p, frame } = await enElLms(n, 'modo=practica');
    await frame.getByRole('heading', { name: /Practique el protocolo/ }).waitFor();
    const e = new Entrenador(frame);
    await e.comenzar('Ana Solís Mora', 'doña');
    await e.decir('Buenas, soy Ana del INS.');
    await frame.getByRole('button', { name: 'Terminar', exact: true }).click();
    await frame.getByRole('button', { name: 'Sí, terminar' }).click();
    await frame.getByRole('heading', { name: 'Informe del intento' }).waitFor();
    const total = (await frame.getByLabel(/^Puntaje total/).getAttribute('aria-label')).match(/(\d+) de 100/)[1];
    const c = await confirmados(p);
    assert.equal(c.length, 1);
    assert.deepEqual([c[0].raw, c[0].estado], [total, 'incomplete'], 'terminado antes del final: incompleto');
    // dentro del LMS no se registra el trabajador de servicio (el LMS sirve los archivos)
    await frame.waitForFunction(() => document.readyState === 'complete');
    await p.waitForTimeout(1500);
    assert.equal(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
    assert.equal(await frame.evaluate(() => fetch('sw.js').then((r) => r.status)), 200, 'el trabajador existe: solo la guarda lo impide');
  } finally { await n.cerrar(); }
});

test('la certificación se reanuda desde cmi.suspend_data en otro navegador', async () => {
  const n = await abrir({ ancho: 1300, alto: 950 });
  try {
    const { p, frame } = await enElLms(n, 'modo=certificacion', 'paquete/index.html?semilla=11');
    await frame.getByRole('radio', { name: 'doña', exact: true }).check();
    await frame.getByRole('button', { name: 'Comenzar la certificación' }).click();
    const e = new Entrenador(frame);
    await frame.getByText('Certificación · escenario 1 de 3').waitFor();
    await visitaPerfectaEnPantalla(e, 'Ana Solís Mora');
    await frame.getByRole('button', { name: 'Siguiente escenario' }).click();
    await frame.getByText('Certificación · escenario 2 de 3').waitFor();
    await e.decir('Un momento, por favor, ya le atiendo.');
    // lo último guardado en el LMS, comprimido y dentro del límite de SCORM 1.2
    await p.waitForFunction(() => {
      const s = window.API.cmi.suspend_data;
      if (!s.startsWith('z1:')) return false;
      if (window.ultimo === s) return true;
      window.ultimo = s;
      return false;
    }, null, { polling: 300 });
    const suspendido = await p.evaluate(() => window.API.cmi.suspend_data);
    assert.ok(suspendido.length <= 4096, `${suspendido.length} caracteres`);
    // otro navegador: nada guardado localmente, solo lo que tiene el LMS
    await frame.evaluate(() => localStorage.clear());
    const { frame: nuevo } = await enElLms(n, 'modo=certificacion', 'paquete/index.html?semilla=11', suspendido);
    await nuevo.getByText('Certificación · escenario 2 de 3').waitFor();
    const conversacion = await nuevo.getByRole('log', { name: 'Conversación' }).innerText();
    assert.match(conversacion, /Un momento, por favor, ya le atiendo\./);
    // y lo dañado no rompe nada: se dice y se empieza de nuevo
    await nuevo.evaluate(() => localStorage.clear());
    const { frame: roto } = await enElLms(n, 'modo=certificacion', 'paquete/index.html?semilla=11', 'z1:esto-no-es-deflate');
    await roto.getByText(/lo que el LMS guardó para reanudar está dañado/).waitFor();
  } finally { await n.cerrar(); }
});
