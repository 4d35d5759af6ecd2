// De extremo a extremo: la certificación (aprobada y reprobada), el certificado
// imprimible, la exportación del expediente, su reimportación y verificación, la
// revisión de un lote por RR. HH., el historial, las pistas y la retroalimentación
// de la práctica, y «Aprender».
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { abrir, BASE } from './navegador.mjs';
import { Entrenador, visitaPerfectaEnPantalla } from './pagina.mjs';

const TMP = mkdtempSync(join(tmpdir(), 'entrenador-cert-'));
const NOMBRE = 'Carlos Jiménez Solano';

async function comenzarCertificacion(p, semilla) {
  await new Entrenador(p).certificar(NOMBRE, semilla);
}

async function siguiente(p) {
  const b = p.getByRole('button', { name: /Siguiente escenario|Ver el resultado de la certificación/ });
  await b.click();
}

async function descargarExpediente(p, nombre) {
  const [descarga] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Descargar expediente' }).click()]);
  const ruta = join(TMP, nombre);
  await descarga.saveAs(ruta);
  return ruta;
}

function cli(...args) {
  try {
    return { codigo: 0, salida: execFileSync('cargo', ['run', '-q', '--release', '--bin', 'protocolo', '--', ...args], { encoding: 'utf8' }) };
  } catch (err) {
    return { codigo: err.status, salida: String(err.stdout) + String(err.stderr) };
  }
}

test('una certificación aprobada: certificado, impresión, expediente verificable en la web y en la CLI', async () => {
  const n = await abrir();
  const p = n.pagina;
  try {
    const e = new Entrenador(p);
    await comenzarCertificacion(p, 11);
    for (let k = 1; k <= 3; k++) {
      await p.getByText(`Certificación · escenario ${k} de 3`).waitFor();
      assert.equal(await p.getByRole('button', { name: 'Pista' }).count(), 0, 'sin pistas');
      assert.equal(await p.getByRole('button', { name: 'Reiniciar' }).count(), 0, 'sin reinicio');
      await visitaPerfectaEnPantalla(e, NOMBRE);
      assert.equal(await p.locator('.retro').count(), 0, 'sin comentarios por turno');
      await siguiente(p);
    }
    await p.getByRole('heading', { name: 'Constancia de certificación en el protocolo de servicio en el comercio' }).waitFor();
    const texto = await p.locator('main').innerText();
    assert.match(texto, /APROBÓ la certificación con un promedio de 100 \/ 100/);
    assert.match(texto, /1-0234-0567/);
    const codigo = (await p.locator('.codigo').innerText()).trim();
    assert.match(codigo, /^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);

    await p.emulateMedia({ media: 'print' });
    await p.screenshot({ path: join(TMP, 'certificado-impresion.png'), fullPage: true });
    assert.equal(await p.locator('.cabecera').isVisible(), false, 'la impresión oculta la navegación');
    assert.equal(await p.getByRole('button', { name: 'Imprimir la constancia' }).isVisible(), false);
    const pdf = await p.pdf({ format: 'A4' });
    const paginas = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(paginas, 1, 'el certificado cabe en una página A4');
    await p.emulateMedia({ media: 'screen' });

    const ruta = await descargarExpediente(p, 'aprobado.json');
    const exp = JSON.parse(readFileSync(ruta, 'utf8'));
    assert.equal(exp.codigo, codigo);
    assert.equal(exp.intentos.length, 3);
    // sin la firma de RR. HH. el expediente nunca es «VÁLIDO»
    const v = cli('verificar', ruta);
    assert.equal(v.codigo, 3, v.salida);
    assert.match(v.salida, /SIN FIRMA: solo se comprobó que los puntajes corresponden a las transcripciones/);

    // reimportación en la página «Verificar certificado»: sin firma
    await p.getByRole('link', { name: 'Verificar certificado' }).click();
    await p.getByLabel('Certificado o expediente a verificar').setInputFiles(ruta);
    await p.getByText('SIN FIRMA', { exact: true }).waitFor();
    // un puntaje editado se detecta
    exp.total = 55;
    const alterado = join(TMP, 'alterado.json');
    writeFileSync(alterado, JSON.stringify(exp));
    await p.getByLabel('Certificado o expediente a verificar').setInputFiles(alterado);
    await p.getByText('NO VÁLIDO', { exact: true }).waitFor();
    assert.match(await p.locator('.veredicto-exp').innerText(), /código de verificación no corresponde/);

    // el historial tiene los tres escenarios, marcados como certificación
    await p.getByRole('link', { name: 'Volver al entrenador' }).click();
    await p.getByRole('link', { name: 'Historial', exact: true }).click();
    const tabla = await p.getByRole('table', { name: 'Intentos' }).innerText();
    assert.equal((tabla.match(/Certificación/g) || []).length, 3);
    await p.getByRole('img', { name: /Puntaje de 3 intentos/ }).waitFor();
    // el gráfico se dibuja: una línea por dimensión con puntajes, un marcador por intento
    assert.ok(await p.locator('.grafico-historial polyline').count() >= 1);
    assert.equal(await p.locator('.grafico-historial > svg circle').count(), 3);
    copyFileSync(ruta, join(TMP, 'lote-1.json'));
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('una certificación reprobada y la revisión de RR. HH. con un lote que trae un alterado y un roto', async () => {
  const n = await abrir();
  const p = n.pagina;
  try {
    await comenzarCertificacion(p, 12);
    // practicar a la mitad reiniciaría el escenario: se rechaza
    await p.getByRole('link', { name: 'Practicar' }).click();
    await p.getByText('Hay una certificación en curso').waitFor();
    await p.getByLabel('Su nombre').fill('Carlos');
    await p.getByRole('radio', { name: 'don', exact: true }).check();
    await p.getByRole('button', { name: 'Comenzar: Servicio completo en el comercio' }).click();
    await p.getByText(/termínela o abandónela en «Certificar»/).waitFor();
    await p.getByRole('link', { name: 'Certificar' }).click();
    await p.getByRole('button', { name: 'Continuar la certificación' }).click();
    await new Entrenador(p).escenariosDeCertificacion();
    assert.match(await p.locator('main').innerText(), /NO APROBÓ/);
    const reprobado = await descargarExpediente(p, 'reprobado.json');

    const alterado = JSON.parse(readFileSync(reprobado, 'utf8'));
    alterado.intentos[0].informe.total = 100;
    writeFileSync(join(TMP, 'lote-alterado.json'), JSON.stringify(alterado));
    writeFileSync(join(TMP, 'lote-roto.json'), '{"formato": "entrenador-protocolo/expediente", <script>alert(1)</script>');
    const html = JSON.parse(readFileSync(reprobado, 'utf8'));
    html.participante.nombre = '<img src=x onerror=alert(1)>';
    writeFileSync(join(TMP, 'lote-html.json'), JSON.stringify(html));

    await p.goto(`${BASE}rrhh.html#/revision`);
    await p.getByLabel('Expedientes de la cohorte').setInputFiles([reprobado, join(TMP, 'lote-alterado.json'), join(TMP, 'lote-roto.json'), join(TMP, 'lote-html.json')]);
    await p.getByText(/4 expedientes: 1 íntegro y 3 no válidos\./).waitFor();
    const tabla = await p.getByRole('table', { name: /Expedientes/ }).innerText();
    assert.match(tabla, /lote-roto\.json/);
    assert.match(tabla, /no es un archivo JSON válido/);
    // un informe editado con el código sin recalcular se rechaza antes de volver a jugar nada
    assert.match(tabla, /código de verificación no corresponde/);
    assert.match(tabla, /<img src=x onerror=alert\(1\)>/, 'el HTML se muestra como texto');
    assert.equal(await p.locator('main img').count(), 0, 'nada del archivo se interpreta como HTML');
    await p.getByRole('table', { name: /Tasa de fallo por paso/ }).waitFor();
    // ordenable
    await p.getByRole('button', { name: 'Total' }).click();
    assert.equal(await p.getByRole('columnheader', { name: 'Total' }).getAttribute('aria-sort'), 'ascending');
    const [descarga] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Exportar CSV' }).click()]);
    const csv = readFileSync(await descarga.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeff'), 'UTF-8 con BOM');
    assert.match(csv, /archivo;nombre;cedula/);
    assert.match(csv, /Carlos Jiménez Solano/);

    const r = cli('revisar', TMP);
    assert.equal(r.codigo, 1, 'hay archivos que no se aceptan');
    assert.match(r.salida, /lote-roto\.json/);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('practicar: pistas, comentarios por turno, reinicio e historial marcado como práctica', async () => {
  const n = await abrir({ ancho: 360, alto: 780 });
  const p = n.pagina;
  try {
    const e = new Entrenador(p);
    await e.abrir(7);
    await e.comenzar('Carlos Jiménez');
    await p.getByRole('button', { name: 'Pista' }).click();
    assert.match(await p.locator('.pista').innerText(), /Saludo según la hora[\s\S]*Buenas tardes/);
    await e.decir('Buenas tardes mae, soy Carlos del INS');
    const retro = await p.locator('.retro').last().innerText();
    assert.match(retro, /Reconocido: .*Saludo según la hora/);
    assert.match(retro, /✓ Saludo según la hora/);
    assert.match(retro, /⚠ Trato informal/);
    await p.getByRole('button', { name: 'Reiniciar' }).click();
    await p.waitForFunction(() => !document.querySelector('[role=log]').innerText.includes('mae'));
    await e.terminar();
    await e.informe();
    await e.irA('Historial');
    assert.match(await p.getByRole('table', { name: 'Intentos' }).innerText(), /Práctica/);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('aprender: las frases del protocolo, ejemplos resueltos y «pruebe una frase»', async () => {
  const n = await abrir();
  const p = n.pagina;
  try {
    await p.goto(`${BASE}#/aprender`);
    await p.getByRole('heading', { name: 'Aprender el protocolo' }).waitFor();
    // el curso llega aparte (con el catálogo de escenarios): «Cargando el curso…» primero
    await p.getByRole('navigation', { name: 'Contenido de Aprender' }).waitFor();
    assert.match(await p.locator('main').innerText(), /fue un placer servirle/);
    await p.getByText('Cliente ausente', { exact: true }).first().click();
    await p.getByLabel('Escriba una frase para ver qué reconoce el detector').fill('Buenas tardes doña María, ¿cómo se encuentra?');
    const r = await p.getByRole('status').filter({ hasText: 'Saludo según la hora' }).innerText();
    assert.match(r, /Pregunta cómo se encuentra/);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});
