// Lo que no se pierde (incidencia 16): el mismo intento abierto en dos pestañas, las
// certificaciones anteriores al empezar otra, y lo guardado que está dañado.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abrir, BASE } from './navegador.mjs';
import { Entrenador } from './pagina.mjs';

const TELEFONO = { ancho: 360, alto: 780 };
const INTENTO = 'entrenador-protocolo/intento-en-curso';

test('dos pestañas con el mismo intento: la que no escribió queda en pausa, no pisa nada y lo que tenía en su caja sigue ahí', async () => {
  const n = await abrir(TELEFONO);
  try {
    const p1 = n.pagina;
    const e1 = new Entrenador(p1);
    await e1.abrir(7);
    await e1.comenzar('Carlos Jiménez');
    await e1.decir('Buenas tardes, mi nombre es Carlos Jiménez, proveedor del Instituto Nacional de Seguros.');
    // la segunda pestaña abre el mismo intento
    const p2 = await n.contexto.newPage();
    await p2.goto(`${BASE}#/visita`);
    const e2 = new Entrenador(p2);
    await e2.caja().waitFor();
    assert.match(await e2.textoConversacion(), /mi nombre es Carlos Jiménez/);
    // en la primera queda algo escrito sin enviar; la segunda sigue la visita
    await e1.caja().fill('Un borrador que no se envió');
    await e2.decir('¿Cómo está don Jorge?');
    const seguir = p1.getByRole('button', { name: 'Seguir en esta pestaña' });
    await seguir.waitFor();
    assert.match(await p1.getByRole('alert').innerText(), /siguió en otra pestaña/);
    assert.equal(await p1.locator('.accion').first().isDisabled(), true, 'las acciones, desactivadas en pausa');
    // Enter en la pestaña en pausa no envía, no guarda y no borra la caja
    await e1.caja().press('Enter');
    assert.equal(await e1.caja().inputValue(), 'Un borrador que no se envió');
    assert.match(await p1.getByText(/En pausa: pulse «Seguir en esta pestaña»/).innerText(), /su mensaje sigue aquí/);
    const guardado = await p1.evaluate((k) => localStorage.getItem(k), INTENTO);
    assert.match(guardado, /¿Cómo está don Jorge\?/, 'lo de la otra pestaña sigue guardado');
    assert.doesNotMatch(guardado, /borrador/);
    // seguir aquí: trae lo de la otra pestaña y conserva el borrador
    await seguir.click();
    await seguir.waitFor({ state: 'detached' });
    assert.match(await e1.textoConversacion(), /¿Cómo está don Jorge\?/);
    assert.equal(await e1.caja().inputValue(), 'Un borrador que no se envió');
    await e1.caja().press('Enter');
    await p2.getByRole('button', { name: 'Seguir en esta pestaña' }).waitFor();
    // nada se perdió: los tres turnos, en orden, en lo guardado
    await p2.reload();
    await e2.caja().waitFor();
    const texto = await e2.textoConversacion();
    const orden = ['mi nombre es Carlos Jiménez', '¿Cómo está don Jorge?', 'Un borrador que no se envió'].map((t) => texto.indexOf(t));
    assert.ok(orden.every((i, k) => i >= 0 && (k === 0 || i > orden[k - 1])), texto);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

async function certificacionTerminada(p, semilla, nombre) {
  const e = new Entrenador(p);
  await e.certificar(nombre, semilla);
  await e.escenariosDeCertificacion();
}

test('«Empezar otra certificación» no pierde la anterior: el Historial la lista y lleva a su constancia y su expediente', async () => {
  const n = await abrir(TELEFONO);
  const p = n.pagina;
  try {
    await certificacionTerminada(p, 5, 'Ana Primera Vez');
    // la descarga del expediente se confirma
    const [d1] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Descargar expediente' }).click()]);
    assert.match(d1.suggestedFilename(), /^expediente-1-0234-0567-\d{4}-\d\d-\d\d\.json$/);
    assert.match(await p.getByRole('status').filter({ hasText: 'Se descargó' }).innerText(),
      /Se descargó «expediente-1-0234-0567-.*\.json».*Recursos Humanos/);
    // otra certificación
    await p.goto(`${BASE}#/certificar`);
    await p.getByRole('button', { name: 'Empezar otra certificación' }).click();
    await certificacionTerminada(p, 6, 'Ana Segunda Vez');
    await new Entrenador(p).irA('Historial');
    const lista = p.locator('.certificaciones li');
    await lista.first().waitFor();
    assert.equal(await lista.count(), 2);
    assert.match(await lista.nth(0).innerText(), /Ana Segunda Vez · promedio \d+ \/ 100 · no aprobó/);
    assert.match(await lista.nth(1).innerText(), /Ana Primera Vez/);
    // la anterior: su constancia, tras recargar (lo guardado), y su expediente
    await p.reload();
    await lista.nth(1).getByRole('button', { name: 'Ver la constancia' }).click();
    await p.getByRole('heading', { name: /^Constancia de certificación/ }).waitFor();
    assert.equal(await p.locator('.certificado .persona').innerText(), 'Ana Primera Vez');
    assert.doesNotMatch(await p.locator('main').innerText(), /variante/i, 'sin números de variante en la constancia');
    const [d2] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Descargar expediente' }).click()]);
    const ruta = await d2.path();
    const { readFileSync } = await import('node:fs');
    assert.match(readFileSync(ruta, 'utf8'), /"nombre": ?"Ana Primera Vez"/);
    // la constancia de la actual sigue siendo la de la actual
    await p.goto(`${BASE}#/certificar`);
    await p.getByRole('button', { name: 'Ver el certificado' }).click();
    assert.equal(await p.locator('.certificado .persona').innerText(), 'Ana Segunda Vez');
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('lo guardado dañado se aparta entero y un solo aviso lo nombra todo, sin jerga de JSON', async () => {
  const n = await abrir();
  const p = n.pagina;
  try {
    await p.goto(`${BASE}#/practicar`);
    await p.getByRole('heading', { name: /Practique el protocolo/ }).waitFor();
    const claves = ['perfil', 'historial', 'certificacion', 'intento-en-curso'];
    await p.evaluate((cs) => { for (const c of cs) localStorage.setItem(`entrenador-protocolo/${c}`, '{"dañado": <b>'); }, claves);
    await p.reload();
    const aviso = await p.getByRole('alert').innerText();
    assert.match(aviso, /estaban dañados y se apartaron, sin borrarlos: .*el perfil.*el historial.*la certificación en curso.* y el intento en curso/, aviso);
    assert.doesNotMatch(aviso, /línea|columna/);
    const apartados = await p.evaluate((cs) => cs.map((c) => localStorage.getItem(`entrenador-protocolo/apartado/${c}`)), claves);
    assert.deepEqual(apartados, claves.map(() => '{"dañado": <b>'));
  } finally { await n.cerrar(); }
});
