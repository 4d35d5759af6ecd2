// De extremo a extremo, en un teléfono (360 px): las contrapartes que saca la semilla.
// Quién abre la puerta (una persona empleada, nadie), el temperamento del cliente, la
// pregunta a mitad de la visita y su calificación, el estilo del operador y lo que el
// informe explica de todo eso. Deja capturas de una visita con cada temperamento en
// target/capturas/ para revisarlas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { abrir } from './navegador.mjs';
import { Entrenador, saludoSegunReloj, visitaPerfectaEnPantalla } from './pagina.mjs';

const TELEFONO = { ancho: 360, alto: 780 };
const CAPTURAS = 'target/capturas';
mkdirSync(CAPTURAS, { recursive: true });

const etiquetaCaja = (p) => p.locator('label[for=mensaje]').innerText();
// lo último que dijo el cliente (o la persona del comercio) o el operador
const ultimaDe = async (e, clase) => {
  const lineas = await e.p.locator(`[role=log] li.${clase} .texto`).allInnerTexts();
  return lineas.at(-1) ?? '';
};

test('abre una persona empleada, el cliente desconfía y pregunta por la cobertura: todo se califica y se explica', async () => {
  // semilla 2: don Luis Diego, vidrios; abre una persona empleada; desconfiado; operador ágil;
  // pregunta si el seguro cubre la otra ventana
  const n = await abrir(TELEFONO);
  const p = n.pagina;
  try {
    const e = new Entrenador(p);
    await e.abrir(2);
    await e.comenzar('Carlos Jiménez');
    const trato = (await p.locator('.barra-visita .detalle strong').innerText()).trim();
    const saludo = await saludoSegunReloj(p);
    assert.match(await etiquetaCaja(p), /persona del comercio/);
    assert.match(await e.textoConversacion(), /Persona del comercio/);
    // la persona empleada no es el cliente: pedirle la identificación no cumple el paso
    await e.decir('Permítame por favor su nombre completo e identificación.');
    assert.match(await etiquetaCaja(p), /persona del comercio/);
    assert.match(await ultimaDe(e, 'tercero'), /A quién busca|con quién ocupa|a quién anda buscando/);
    assert.doesNotMatch(await p.locator('.retro').last().innerText(), /✓ Solicita la identificación/);
    // preguntar por quien pidió el servicio: ella le llama y llega
    await e.decir(`${saludo}, ¿se encuentra ${trato}?`);
    assert.match(await etiquetaCaja(p), /Mensaje para el cliente/);
    assert.match(await ultimaDe(e, 'cliente'), /servicio de vidrios|lo de vidrios|Adelante|Pase/);
    await e.decir(`${saludo}, mi nombre es Carlos Jiménez, proveedor del Instituto Nacional de Seguros. ¿Cómo está ${trato}?`);
    // desconfiado: antes de dejarle pasar, quiere ver un carné
    assert.match(await ultimaDe(e, 'cliente'), /carné|identificación/);
    await p.screenshot({ path: `${CAPTURAS}/puerta-empleado-desconfiado.png`, fullPage: false });
    await e.decir('Con mucho gusto, aquí tiene mi carné de proveedor.');
    assert.match(await e.textoConversacion(), /mira su identificación de proveedor/);
    await e.decir('Permítame por favor su nombre completo e identificación para realizar el proceso de confirmación de datos.');
    await e.decir(`${trato[0].toUpperCase()}${trato.slice(1)}, le pido que usted o la persona encargada permanezca en el lugar mientras brindo el servicio.`);
    await e.app('Iniciar el servicio');
    await p.getByText(/Servicio iniciado/).last().waitFor();
    // la pregunta, del servicio que tocó
    assert.match(await ultimaDe(e, 'cliente'), /ventana|vidrio|póliza|seguro|INS/);
    await p.screenshot({ path: `${CAPTURAS}/pregunta-cobertura.png`, fullPage: false });
    // inventar la cobertura: la práctica lo señala en el momento
    await e.decir(`Claro, ${trato}, eso lo cubre el seguro.`);
    assert.match(await p.locator('.retro').last().innerText(), /⚠ Respondió por su cuenta si la póliza cubre/);
    for (const b of ['Tomar fotografías previas', 'Cargar fotografías', 'Realizar el trabajo', 'Tomar fotografías posteriores', 'Cargar fotografías']) await e.app(b);
    await e.decir(`Muchas gracias ${trato}; fue un placer servirle. Estamos para servirle.`);
    await e.app('Finalizar el servicio');
    const { total, texto } = await e.informe();
    assert.ok(total < 100, `inventar la cobertura cuesta: ${total}`);
    const como = await p.getByRole('list').filter({ hasText: 'desconfiaba' }).innerText();
    assert.match(texto, /Cómo fue esta visita/);
    assert.match(como, /Le abrió una persona empleada/);
    assert.match(como, /operador del Centro de Contacto fue directo/);
    assert.match(como, /cubre también otra reparación/);
    assert.match(texto, /Respondió por su cuenta si la póliza cubre/);
    assert.match(texto, /No ofreció consultar con el Centro de Contacto/);
    assert.match(texto, /Pregunta por quien solicitó el servicio/);
    await p.screenshot({ path: `${CAPTURAS}/informe-contrapartes.png`, fullPage: true });
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('no abre nadie: hay que llamar al Centro de Contacto, que avisa al cliente; el operador ágil pide nombre y servicio', async () => {
  // semilla 6: doña María, electricidad; nadie abre; cordial; operador ágil
  const n = await abrir(TELEFONO);
  const p = n.pagina;
  try {
    const e = new Entrenador(p);
    await e.abrir(6);
    await e.comenzar('Carlos Jiménez');
    assert.match(await etiquetaCaja(p), /aún no está con el cliente/);
    assert.match(await e.textoConversacion(), /nadie responde/);
    await e.decir('Buenas, ¿hay alguien?');
    assert.match(await e.textoConversacion(), /No hay nadie con usted/);
    await e.app('Llamar al Centro de Contacto');
    await p.locator('[role=log] li.operador').last().waitFor();
    assert.match(await ultimaDe(e, 'operador'), /nombre y (el )?servicio|Nombre y servicio|qué servicio atiende/i);
    await e.decir(`${await saludoSegunReloj(p)}, mi nombre es Carlos Jiménez. Estoy en el comercio y no hay nadie; ¿cómo procedo?`);
    assert.match(await ultimaDe(e, 'operador'), /camino|viene/);
    await e.decir('Muchas gracias.');
    await e.app('Colgar la llamada');
    await p.getByText(/Termina la llamada/).last().waitFor();
    assert.match(await etiquetaCaja(p), /Mensaje para el cliente/);
    await p.screenshot({ path: `${CAPTURAS}/puerta-nadie.png`, fullPage: false });
    await e.terminar();
    const { texto } = await e.informe();
    assert.match(texto, /Nadie le abrió/);
    assert.match(texto, /Llama al Centro de Contacto: no está quien solicitó el servicio/);
    assert.match(texto, /Avisa que nadie le atiende/);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

// una visita perfecta con cada temperamento: 100 puntos igual, y el informe lo explica
// (con lo que muestra su carácter: lo que dice en las fotografías o al llegar)
for (const [temperamento, semilla, clave, momento] of [
  ['cordial', 7, /cordial/, /tome todas las fotos|Con toda confianza|para eso está/],
  ['apurado', 13, /prisa/, /foto|fotos/],
  ['desconfiado', 0, /desconfiaba/, /carné|identificación del INS/],
  ['conversador', 1, /conversador/, /le cuenta|cuento a otro|no para de hablar/],
]) {
  test(`una visita perfecta con un cliente ${temperamento} vale 100 y el informe explica cómo era`, async () => {
    const n = await abrir(TELEFONO);
    const p = n.pagina;
    try {
      const e = new Entrenador(p);
      await e.abrir(semilla);
      await e.comenzar('Carlos Jiménez');
      await visitaPerfectaEnPantalla(e, 'Carlos Jiménez');
      const linea = p.locator('[role=log] li.cliente, [role=log] li.narrador').filter({ hasText: momento }).first();
      await linea.scrollIntoViewIfNeeded();
      assert.ok(await linea.isVisible(), `el cliente ${temperamento} se nota en la conversación`);
      await p.screenshot({ path: `${CAPTURAS}/temperamento-${temperamento}.png`, fullPage: false });
      const { total } = await e.informe();
      assert.equal(total, 100);
      const como = await p.locator('ul.contrapartes').innerText();
      assert.match(como, clave);
      assert.deepEqual(n.errores, []);
    } finally { await n.cerrar(); }
  });
}
