// Accesibilidad: axe-core (reglas WCAG 2 A y AA) no encuentra ninguna infracción
// en ninguna página, ni en una visita en curso ni en un informe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { abrir, BASE } from './navegador.mjs';
import { Entrenador } from './pagina.mjs';

const AXE = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

async function violaciones(p) {
  await p.addScriptTag({ content: AXE });
  const r = await p.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`);
}

for (const [ancho, alto] of [[1280, 900], [360, 780]]) {
  test(`sin violaciones WCAG A/AA a ${ancho} px`, async () => {
    const n = await abrir({ ancho, alto });
    const p = n.pagina;
    try {
      // las páginas de la aplicación de formación y las de RR. HH. (rrhh.html)
      for (const r of ['#/inicio', '#/aprender', '#/practicar', '#/certificar', '#/historial', 'rrhh.html#/verificar', 'rrhh.html#/revision', 'rrhh.html#/lrs']) {
        await p.goto(`${BASE}${r}`);
        await p.getByRole('heading', { level: 1 }).waitFor();
        // el contenido de Aprender llega aparte, al abrir la página
        if (r === '#/aprender') await p.getByRole('heading', { name: 'Ejemplos resueltos' }).waitFor();
        assert.deepEqual(await violaciones(p), [], r);
      }
      const e = new Entrenador(p);
      await e.abrir(7);
      await e.comenzar('Carlos Jiménez');
      await e.decir('Buenas tardes don Jorge');
      await p.getByRole('button', { name: 'Pista' }).click();
      assert.deepEqual(await violaciones(p), [], 'visita');
      await e.terminar();
      await e.informe();
      assert.deepEqual(await violaciones(p), [], 'informe');
    } finally { await n.cerrar(); }
  });
}
