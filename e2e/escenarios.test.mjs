// De extremo a extremo: las transcripciones de referencia de cada escenario (una
// perfecta y una reprobada de cada uno) se juegan en la aplicación web, y el informe
// que muestra el navegador debe ser el que calcula la línea de comandos con la
// misma transcripción: la que descarga la web, que anota las contrapartes que la
// semilla sacó (temperamento, pregunta, puerta…); la de referencia no las trae.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { abrir } from './navegador.mjs';
import { Entrenador } from './pagina.mjs';

const DIR = 'engine/tests/fixtures/transcripciones';
const BOTONES = {
  iniciar_servicio: 'Iniciar el servicio',
  tomar_fotos_previas: 'Tomar fotografías previas',
  cargar_fotos: 'Cargar fotografías',
  realizar_trabajo: 'Realizar el trabajo',
  tomar_fotos_posteriores: 'Tomar fotografías posteriores',
  finalizar_servicio: 'Finalizar el servicio',
  llamar_centro: 'Llamar al Centro de Contacto',
  colgar: 'Colgar la llamada',
};
const TITULOS = JSON.parse(JSON.stringify(Object.fromEntries(
  execFileSync('cargo', ['run', '-q', '--release', '--bin', 'protocolo', '--', 'escenarios'], { encoding: 'utf8' })
    .trim().split('\n').map((l) => l.split('\t')),
)));

// la visita perfecta de cada escenario es su ejemplo resuelto, que se entrega con el motor
const EJEMPLOS = 'engine/ejemplos';
const CASOS = [
  ['servicio-completo', 'servicio-completo-trabajo-sin-identificacion'],
  ['cliente-ausente', 'cliente-ausente-inicia-sin-cliente'],
  ['inconveniente-solucionable', 'inconveniente-solucionable-sin-hora'],
  ['inconveniente-no-solucionable', 'inconveniente-no-solucionable-propone-ir'],
  ['afectacion-cliente', 'afectacion-cliente-no-escala'],
  ['conducta', 'conducta-acepta'],
].flatMap(([id, fallida]) => [
  { caso: `${id}-perfecto`, ruta: `${EJEMPLOS}/${id}.json`, perfecto: true },
  { caso: fallida, ruta: `${DIR}/${fallida}.json`, perfecto: false },
]);

for (const { caso, ruta, perfecto } of CASOS) {
  test(`la web califica «${caso}» igual que la línea de comandos`, async () => {
    const t = JSON.parse(readFileSync(ruta, 'utf8'));
    const jugar = (r) => JSON.parse(execFileSync('cargo', ['run', '-q', '--release', '--bin', 'protocolo', '--', 'jugar', r], { encoding: 'utf8' }));
    const referencia = jugar(ruta);
    if (perfecto) assert.equal(referencia.total, 100);
    const n = await abrir();
    try {
      const e = new Entrenador(n.pagina);
      await e.abrir(t.semilla);
      await n.pagina.getByLabel('Su nombre').fill(t.proveedor.nombre);
      await n.pagina.getByRole('radio', { name: t.proveedor.genero === 'F' ? 'doña' : 'don', exact: true }).check();
      await n.pagina.getByRole('button', { name: `Comenzar: ${TITULOS[t.escenario]}` }).click();
      await e.caja().waitFor();
      // lo que pasará en la visita y cuándo se dice al empezar (2.2: el ofrecimiento)
      if (t.escenario === 'conducta') {
        assert.match(await n.pagina.getByRole('list', { name: 'Momentos de esta visita' }).innerText(), /se lo ofrece cuando usted carga las fotos/);
      }
      for (const turno of t.turnos) {
        if (await n.pagina.getByRole('button', { name: 'Ver el informe' }).isVisible()) break;
        if (turno.tipo === 'dice') await e.decir(turno.texto);
        else if (turno.tipo === 'accion') await e.app(BOTONES[turno.accion]);
        else await e.terminar();
      }
      const { total, texto } = await e.informe();
      const [descarga] = await Promise.all([
        n.pagina.waitForEvent('download'),
        n.pagina.getByRole('button', { name: 'Descargar la transcripción' }).click(),
      ]);
      const web = JSON.parse(readFileSync(await descarga.path(), 'utf8'));
      assert.ok(Array.isArray(web.contrapartes) && web.contrapartes.length > 0, 'la web anota las contrapartes');
      assert.deepEqual(web.turnos.map((x) => x.texto ?? x.accion ?? x.tipo), t.turnos.slice(0, web.turnos.length).map((x) => x.texto ?? x.accion ?? x.tipo));
      const archivo = join(mkdtempSync(join(tmpdir(), 'e2e-')), 'web.json');
      writeFileSync(archivo, JSON.stringify(web));
      const esperado = jugar(archivo);
      assert.equal(total, esperado.total);
      // con las contrapartes, el informe explica cómo fue la visita
      for (const x of esperado.contrapartes ?? []) assert.ok(texto.includes(x), `sin la explicación: ${x}`);
      assert.match(texto, esperado.aprobado ? /\bAprobado\b/ : /No aprobado/);
      for (const h of esperado.hallazgos) assert.ok(texto.includes(h.mensaje), `falta en la web: ${h.mensaje}`);
      // cada turno aparece con lo que resultó de él, y los momentos a los que no se llegó
      await n.pagina.getByText(/^Turno por turno/).click();
      const conTurnos = await n.pagina.locator('main').innerText();
      assert.ok(esperado.turnos.length > 0);
      for (const x of esperado.turnos) assert.ok(conTurnos.includes(x.desenlace), `turno ${x.turno} sin su desenlace en la web: ${x.desenlace}`);
      for (const m of esperado.no_alcanzados ?? []) assert.ok(conTurnos.includes(m), `momento no alcanzado sin mostrar: ${m}`);
      assert.deepEqual(n.errores, []);
    } finally { await n.cerrar(); }
  });
}
