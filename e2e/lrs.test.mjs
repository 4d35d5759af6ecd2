// De extremo a extremo con un LRS de verdad: Ralph (PyPI, en .venv), iniciado
// y detenido por esta prueba en 127.0.0.1 (scripts/ralph_lrs.py) con su almacenamiento en archivos,
// sus usuarios en un archivo que crea la prueba y CORS para el origen de la
// aplicación. Una certificación en Chromium deja en Ralph exactamente sus
// declaraciones, una vez cada una aunque Ralph se detenga a mitad y la pestaña
// se cierre; un lanzamiento cmi5 envía al LRS que nombra; RR. HH. revisa
// directamente del LRS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { abrir, BASE } from './navegador.mjs';
import { Entrenador, visitaPerfectaEnPantalla } from './pagina.mjs';

const RALPH = join(process.cwd(), '.venv/bin/ralph');
const PYTHON = join(process.cwd(), '.venv/bin/python');
const LANZADOR = join(process.cwd(), 'scripts/ralph_lrs.py');
const TMP = mkdtempSync(join(tmpdir(), 'entrenador-lrs-'));
const USUARIO = 'rrhh';
const CLAVE = randomBytes(12).toString('base64url');
const BASICO = `Basic ${Buffer.from(`${USUARIO}:${CLAVE}`).toString('base64')}`;
const ORIGEN = new URL(BASE).origin;
const ENTORNO = {
  ...process.env,
  RALPH_APP_DIR: join(TMP, '.ralph'),
  RALPH_AUTH_FILE: join(TMP, 'auth.json'),
  RALPH_RUNSERVER_BACKEND: 'fs',
  RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH: join(TMP, 'datos'),
  RALPH_RUNSERVER_CORS_ALLOW_ORIGINS: JSON.stringify([ORIGEN]),
};
const PUERTO = Number(execFileSync('python3', ['-c', 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'], { encoding: 'utf8' }).trim());
const LRS = `http://127.0.0.1:${PUERTO}`;
const ENDPOINT = `${LRS}/xAPI/`;
let ralph = null;

const esperar = (ms) => new Promise((r) => setTimeout(r, ms));

async function iniciarRalph() {
  // el servidor de Ralph, con su almacenamiento en archivos en modo «agregar» (ver el script)
  ralph = spawn(PYTHON, [LANZADOR, '127.0.0.1', String(PUERTO)],
    { cwd: TMP, env: ENTORNO, stdio: 'ignore', detached: true });
  for (let k = 0; k < 150; k++) {
    try { if ((await fetch(`${LRS}/__heartbeat__`)).ok) return; } catch { /* aún no */ }
    await esperar(200);
  }
  throw new Error('Ralph no arrancó');
}

async function detenerRalph() {
  if (!ralph) return;
  const fin = new Promise((r) => ralph.once('exit', r));
  try { process.kill(-ralph.pid, 'SIGTERM'); } catch { /* ya terminó */ }
  await fin;
  ralph = null;
  for (let k = 0; k < 50; k++) {
    try { await fetch(`${LRS}/__heartbeat__`); } catch { return; }
    await esperar(100);
  }
  throw new Error('Ralph no se detuvo');
}

/** Todas las declaraciones que guarda Ralph, de todas las páginas. */
async function declaracionesEnRalph() {
  const todas = [];
  let camino = '/xAPI/statements?limit=500';
  while (camino) {
    const r = await fetch(`${LRS}${camino}`, { headers: { Authorization: BASICO, 'X-Experience-API-Version': '1.0.3' } });
    assert.equal(r.status, 200);
    const pagina = await r.json();
    todas.push(...pagina.statements);
    camino = pagina.more || '';
  }
  return todas;
}

before(async () => {
  execFileSync(RALPH, ['auth', '-u', USUARIO, '-p', CLAVE, '-s', 'all', '-M', 'mailto:rrhh@grupoins.com', '-w'], { env: ENTORNO, stdio: 'ignore' });
  await iniciarRalph();
});
after(detenerRalph);

const CEDULA = '1-0234-0567';

async function certificar(p, nombre, { rellenar = true } = {}) {
  if (rellenar) await p.getByLabel('Nombre completo').fill(nombre);
  await p.getByLabel('Cédula').fill(CEDULA);
  await p.getByRole('radio', { name: 'doña', exact: true }).check();
  await p.getByRole('button', { name: 'Comenzar la certificación' }).click();
}

async function escenario(p, k, nombre) {
  await p.getByText(`Certificación · escenario ${k} de 3`).waitFor();
  await visitaPerfectaEnPantalla(new Entrenador(p), nombre);
}

const siguiente = (p) => p.getByRole('button', { name: /Siguiente escenario|Ver el resultado de la certificación/ }).click();
const envio = (p) => p.locator('.envio-lrs');

test('una certificación llega a Ralph una vez, aunque Ralph se detenga a mitad y la pestaña se cierre; RR. HH. la revisa desde el LRS', async () => {
  const NOMBRE = 'Ana Solís Mora';
  const n = await abrir();
  let p = n.pagina;
  try {
    // RR. HH. configura el LRS en este navegador: una clave equivocada se dice, la buena se prueba
    await p.goto(`${BASE}rrhh.html#/lrs`);
    await p.getByLabel('Dirección xAPI del LRS').fill(ENDPOINT);
    await p.getByLabel('Usuario').fill(USUARIO);
    await p.getByLabel('Clave').fill('otra');
    await p.getByRole('button', { name: 'Guardar y probar' }).click();
    await p.getByText(/rechazó el usuario o la clave/).waitFor();
    await p.getByLabel('Clave').fill(CLAVE);
    await p.getByRole('button', { name: 'Guardar y probar' }).click();
    await p.getByText(/respondió con estas credenciales/).waitFor();

    await p.goto(`${BASE}?semilla=11#/certificar`);
    await certificar(p, NOMBRE);
    await escenario(p, 1, NOMBRE);
    // el intento y el primer escenario ya están en Ralph
    for (let k = 0; k < 50 && (await declaracionesEnRalph()).length < 2; k++) await esperar(200);
    assert.deepEqual((await declaracionesEnRalph()).map((d) => d.verb.id.split('/').pop()).sort(), ['attempted', 'completed']);
    await envio(p).waitFor({ state: 'hidden' });

    // Ralph se detiene: lo del segundo escenario espera, y se dice
    await detenerRalph();
    await siguiente(p);
    await escenario(p, 2, NOMBRE);
    await envio(p).getByText(/1 resultado espera para enviarse al LRS/).waitFor();
    assert.match(await envio(p).innerText(), /no hay conexión con el LRS/);

    // la pestaña se cierra; en una nueva sigue esperando, y la certificación sigue
    await p.close();
    p = await n.contexto.newPage();
    await p.goto(BASE);
    await envio(p).getByText(/1 resultado espera/).waitFor();
    await siguiente(p);
    await escenario(p, 3, NOMBRE);
    await siguiente(p);
    await p.getByRole('heading', { name: /Constancia de certificación/ }).waitFor();
    // el segundo y el tercer escenario y el resultado final
    await envio(p).getByText(/3 resultados esperan/).waitFor();

    // Ralph vuelve: llegan solas, una vez cada una
    await iniciarRalph();
    await envio(p).waitFor({ state: 'hidden', timeout: 90_000 });
    const guardadas = await declaracionesEnRalph();
    const verbos = guardadas.map((d) => d.verb.id.split('/').pop()).sort();
    assert.deepEqual(verbos, ['attempted', 'completed', 'completed', 'completed', 'passed']);
    assert.equal(new Set(guardadas.map((d) => d.id)).size, 5, 'ningún identificador repetido');
    for (const d of guardadas) {
      assert.equal(d.actor.account.name, CEDULA);
      assert.equal(d.actor.name, NOMBRE);
    }
    assert.equal(new Set(guardadas.map((d) => d.context.registration)).size, 1, 'un solo registro');
    const final = guardadas.find((d) => d.verb.id.endsWith('/passed'));
    assert.equal(final.result.score.raw, 100);
    assert.equal(final.result.success, true);
    const expediente = final.result.extensions['urn:entrenador-protocolo:extension:expediente'];
    assert.equal(expediente.participante.nombre, NOMBRE);
    const escenarios = guardadas.filter((d) => d.verb.id.endsWith('/completed'));
    for (const d of escenarios) {
      assert.equal(d.result.score.max, 100);
      assert.match(d.result.duration, /^PT\d+\.\dS$/);
      assert.equal(d.context.contextActivities.parent[0].id, 'urn:entrenador-protocolo:certificacion');
      assert.equal(typeof d.result.extensions['urn:entrenador-protocolo:extension:cortesia'], 'number');
    }

    // los mismos identificadores que da la línea de comandos para ese expediente:
    // reenviarlo con `protocolo xapi` no lo contaría dos veces
    const [descarga] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Descargar expediente' }).click()]);
    const ruta = join(TMP, 'expediente.json');
    await descarga.saveAs(ruta);
    const cli = JSON.parse(execFileSync('cargo', ['run', '-q', '--release', '--bin', 'protocolo', '--', 'xapi', ruta], { encoding: 'utf8' }));
    assert.deepEqual(cli.map((d) => d.id).sort(), guardadas.map((d) => d.id).sort());
    assert.equal(expediente.codigo, cli.at(-1).result.extensions['urn:entrenador-protocolo:extension:expediente'].codigo);

    // RR. HH. revisa la cohorte directamente del LRS
    await p.goto(`${BASE}rrhh.html#/revision`);
    await p.getByRole('button', { name: 'Traer las certificaciones del LRS' }).click();
    const fila = p.locator('.tabla-revision tbody tr').filter({ hasText: NOMBRE });
    await fila.waitFor();
    assert.match(await fila.innerText(), /Aprobado/);
    assert.match(await fila.innerText(), /Íntegro/);
    assert.deepEqual(n.errores.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e)), []);
  } finally {
    await n.cerrar();
  }
});

test('un lanzamiento cmi5 pide la credencial al LMS una vez y envía al LRS que nombra, con su actor y su registro', async () => {
  // el LMS: solo la dirección «fetch», que da la credencial de Ralph una sola vez
  let pedidos = 0;
  const lms = createServer((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': ORIGEN, 'Access-Control-Allow-Headers': 'x-experience-api-version' };
    if (req.method === 'OPTIONS') { res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'POST' }); return res.end(); }
    pedidos += 1;
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
    res.end(JSON.stringify(pedidos === 1
      ? { 'auth-token': Buffer.from(`${USUARIO}:${CLAVE}`).toString('base64') }
      : { 'error-code': '1', 'error-text': 'la credencial ya se entregó' }));
  });
  await new Promise((r) => lms.listen(0, '127.0.0.1', r));
  const registro = '5a7f1e9c-2b3d-4e8f-9a01-23456789abcd';
  const actor = { objectType: 'Agent', name: 'Lucía Rojas Vega', account: { homePage: 'https://lms.grupoins.com', name: 'lrojas' } };
  const actividad = 'https://lms.grupoins.com/cursos/protocolo/au/certificacion';
  const parametros = new URLSearchParams({
    semilla: '11', endpoint: ENDPOINT, fetch: `http://127.0.0.1:${lms.address().port}/fetch?sesion=42`,
    actor: JSON.stringify(actor), registration: registro, activityId: actividad,
  });
  const n = await abrir();
  const p = n.pagina;
  try {
    await p.goto(`${BASE}?${parametros}`);
    // abre la certificación con el nombre que dio el LMS
    await p.getByRole('heading', { name: /Certificación/ }).first().waitFor();
    assert.equal(await p.getByLabel('Nombre completo').inputValue(), 'Lucía Rojas Vega');
    await certificar(p, 'Lucía Rojas Vega', { rellenar: false });
    for (let k = 1; k <= 3; k++) {
      await escenario(p, k, 'Lucía Rojas Vega');
      await siguiente(p);
    }
    await p.getByRole('heading', { name: /Constancia de certificación/ }).waitFor();
    let mias = [];
    for (let k = 0; k < 100 && mias.length < 6; k++) {
      mias = (await declaracionesEnRalph()).filter((d) => d.context?.registration === registro);
      if (mias.length < 6) await esperar(200);
    }
    assert.deepEqual(mias.map((d) => d.verb.id.split('/').pop()).sort(),
      ['completed', 'completed', 'completed', 'initialized', 'passed', 'terminated']);
    for (const d of mias) assert.equal(d.actor.account.name, 'lrojas');
    const definidas = mias.filter((d) => !d.verb.id.endsWith('/completed'));
    for (const d of definidas) {
      assert.equal(d.object.id, actividad);
      assert.equal(d.context.contextActivities.category[0].id, 'https://w3id.org/xapi/cmi5/context/categories/cmi5');
    }
    assert.equal(pedidos, 1, 'la credencial se pide una sola vez');
    await envio(p).waitFor({ state: 'hidden' });
  } finally {
    await n.cerrar();
    lms.close();
  }
});

test('un enlace cmi5 malo se explica en español y se puede practicar igual', async () => {
  const n = await abrir();
  const p = n.pagina;
  try {
    await p.goto(`${BASE}?endpoint=ftp%3A%2F%2Flrs&fetch=http%3A%2F%2F127.0.0.1%3A1%2Ff&actor=%7B%7D&registration=x&activityId=y`);
    const aviso = p.getByRole('alert');
    await aviso.getByText(/El enlace con que el LMS abrió el entrenador no sirve para enviar los resultados: «endpoint» no es una dirección/).waitFor();
    await p.getByRole('link', { name: 'Practicar' }).click();
    await p.getByRole('heading', { name: /Practique el protocolo/ }).waitFor();
    await p.getByRole('button', { name: 'Comenzar: Servicio completo en el comercio' }).waitFor();
    assert.equal(await envio(p).count(), 0);
  } finally {
    await n.cerrar();
  }
});

test('un LRS que rechaza las credenciales o no es un LRS se dice en español, y lo que espera no se pierde', async () => {
  const casos = [
    // clave equivocada: 401 de Ralph
    [{ endpoint: ENDPOINT, usuario: USUARIO, clave: 'otra' }, /el LRS rechazó las credenciales/],
    // la dirección del propio servidor de la aplicación: no acepta POST (501)
    [{ endpoint: `${BASE}xAPI/`, usuario: USUARIO, clave: CLAVE }, /el LRS respondió con un error \(501\)/],
  ];
  for (const [ajustes, mensaje] of casos) {
    const n = await abrir();
    const p = n.pagina;
    try {
      await p.goto(BASE);
      await p.evaluate((a) => localStorage.setItem('entrenador-protocolo/lrs', JSON.stringify({ formato: 'entrenador-protocolo/lrs', version: 1, ...a })), ajustes);
      await p.goto(`${BASE}?semilla=11#/certificar`);
      await certificar(p, 'Ana Solís Mora');
      await p.getByText('Certificación · escenario 1 de 3').waitFor();
      await envio(p).getByText(mensaje).waitFor();
      assert.match(await envio(p).innerText(), /1 resultado espera/);
      // la certificación sigue, y lo que espera sigue guardado tras recargar
      await p.reload();
      await envio(p).getByText(/1 resultado espera/).waitFor();
      await p.getByText('Certificación · escenario 1 de 3').waitFor();
    } finally {
      await n.cerrar();
    }
  }
});
