// La voz (incidencia 15): las líneas del cliente leídas en voz alta y el dictado de un
// turno. Chromium sin interfaz no tiene voces ni micrófono: speechSynthesis y el
// reconocimiento de voz se reemplazan antes de cargar la página por dobles que anotan
// lo que se les pide (window.__dichas) y «oyen» el texto de window.__oir.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abrir } from './navegador.mjs';
import { Entrenador } from './pagina.mjs';

const SALUDO = 'Buenas tardes, mi nombre es Carlos Jiménez, proveedor del Instituto Nacional de Seguros. ¿Cómo está don Jorge?';
const VOZ = 'entrenador-protocolo/voz';

/** Los dobles de la voz: `voces`, los idiomas de las voces; `dictado`, si hay reconocimiento. */
async function conDobles(n, { voces = ['es-CR'], dictado = true } = {}) {
  await n.contexto.addInitScript(({ voces, dictado }) => {
    window.__dichas = [];
    const lista = voces.map((lang) => ({ lang, name: `Voz ${lang}` }));
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => lista,
        addEventListener() {},
        speak: (u) => window.__dichas.push({ texto: u.text, voz: u.voice.lang }),
        cancel: () => window.__dichas.push({ cancelado: true }),
      },
    });
    window.SpeechSynthesisUtterance = class { constructor(t) { this.text = t; } };
    delete window.webkitSpeechRecognition;
    delete window.SpeechRecognition;
    if (dictado) {
      window.__oir = '';
      window.SpeechRecognition = class {
        start() {
          setTimeout(() => {
            if (window.__oir) this.onresult({ results: [[{ transcript: window.__oir }]] });
            else this.onerror({ error: 'no-speech' });
            this.onend();
          }, 50);
        }
        stop() {}
      };
    }
  }, { voces, dictado });
}

test('voz: con una voz en español, «Voz» lee lo que responde el cliente, se recuerda y se apaga', async () => {
  const n = await abrir({ ancho: 360, alto: 780 });
  const p = n.pagina;
  try {
    await conDobles(n);
    const e = new Entrenador(p);
    await e.abrir(7);
    await e.comenzar('Carlos Jiménez');
    const voz = p.getByRole('button', { name: 'Voz' });
    await voz.waitFor();
    assert.equal(await voz.getAttribute('aria-pressed'), 'false');
    await e.decir(SALUDO);
    assert.deepEqual(await p.evaluate(() => window.__dichas), [], 'apagada, no lee nada');
    await voz.click();
    assert.equal(await voz.getAttribute('aria-pressed'), 'true');
    await e.decir('Permítame un momento, por favor.');
    await p.waitForFunction(() => window.__dichas.length > 0);
    const dichas = await p.evaluate(() => window.__dichas);
    assert.ok(dichas.every((d) => d.voz === 'es-CR'), JSON.stringify(dichas));
    const ultima = await e.lineas().last().locator('.texto').innerText();
    assert.equal(dichas[dichas.length - 1].texto, ultima, 'lee la respuesta, tal como se ve');
    assert.ok(!dichas.some((d) => /Carlos Jiménez, proveedor/.test(d.texto)), 'no lee lo que dijo la persona');
    // se recuerda en el dispositivo; al abrir otra vez no relee lo que ya estaba
    assert.equal(await p.evaluate((k) => localStorage.getItem(k), VOZ), 'si');
    await p.reload();
    await e.caja().waitFor();
    assert.equal(await p.getByRole('button', { name: 'Voz' }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await p.evaluate(() => window.__dichas), []);
    // apagada: calla y no lee más
    await p.getByRole('button', { name: 'Voz' }).click();
    await e.decir('Muchas gracias, con mucho gusto.');
    assert.deepEqual(await p.evaluate(() => window.__dichas), [{ cancelado: true }]);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('voz: sin una voz en español no hay botón «Voz»; sin reconocimiento, una línea lo explica', async () => {
  const n = await abrir();
  const p = n.pagina;
  try {
    await conDobles(n, { voces: ['en-US', 'fr-FR'], dictado: false });
    const e = new Entrenador(p);
    await e.abrir(7);
    await e.comenzar('Carlos Jiménez');
    await p.waitForTimeout(1700);
    assert.equal(await p.getByRole('button', { name: 'Voz' }).count(), 0);
    assert.equal(await p.getByRole('button', { name: 'Dictar' }).count(), 0);
    await p.getByText('Este navegador no permite dictar: escriba sus mensajes.').waitFor();
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

async function visitaConSaludo(n, dictar) {
  const p = n.pagina;
  const e = new Entrenador(p);
  await e.abrir(7);
  await e.comenzar('Carlos Jiménez');
  if (dictar) {
    // lo oído llega a la caja, no se envía solo, y se puede corregir antes
    const alComenzar = await e.lineas().count();
    await p.evaluate((t) => { window.__oir = t; }, SALUDO.replace('Jiménez', 'Jimenes'));
    await p.getByRole('button', { name: 'Dictar' }).click();
    await p.getByText('Revise el texto dictado').waitFor();
    assert.equal(await e.caja().inputValue(), SALUDO.replace('Jiménez', 'Jimenes'));
    assert.equal(await e.lineas().count(), alComenzar, 'nada se envió todavía');
    await e.caja().fill(SALUDO);
    const antes = await e.lineas().count();
    await e.caja().press('Enter');
    await p.waitForFunction((k) => document.querySelectorAll('[role=log] li').length > k, antes);
  } else {
    await e.decir(SALUDO);
  }
  const guardado = await p.evaluate(() => localStorage.getItem('entrenador-protocolo/intento-en-curso'));
  await e.terminar();
  const informe = await e.informe();
  return { informe, guardado };
}

test('dictar: el texto reconocido se corrige antes de enviarlo, la transcripción lo marca y se califica como uno escrito', async () => {
  const n1 = await abrir({ ancho: 360, alto: 780 });
  const n2 = await abrir({ ancho: 360, alto: 780 });
  try {
    await conDobles(n1);
    await conDobles(n2);
    const dictada = await visitaConSaludo(n1, true);
    const escrita = await visitaConSaludo(n2, false);
    assert.match(dictada.guardado, /"dictados":\[0\]/);
    assert.doesNotMatch(escrita.guardado, /dictados/);
    assert.equal(dictada.informe.total, escrita.informe.total);
    assert.equal(dictada.informe.texto, escrita.informe.texto);
    // nada oído: se dice, y la caja queda como estaba
    const p = n1.pagina;
    const e = new Entrenador(p);
    await e.abrir(7);
    await e.comenzar('Carlos Jiménez');
    await p.evaluate(() => { window.__oir = ''; });
    await p.getByRole('button', { name: 'Dictar' }).click();
    await p.getByText('No se oyó nada').waitFor();
    assert.equal(await e.caja().inputValue(), '');
    assert.deepEqual(n1.errores, []);
    assert.deepEqual(n2.errores, []);
  } finally { await n1.cerrar(); await n2.cerrar(); }
});
