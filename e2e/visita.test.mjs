// De extremo a extremo: una persona en formación juega visitas completas en Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abrir, BASE } from './navegador.mjs';
import { Entrenador, VISITA_PERFECTA, jugar } from './pagina.mjs';

test('una visita perfecta da 100 y aprueba', async () => {
  const n = await abrir();
  try {
    const e = new Entrenador(n.pagina);
    await e.abrir(7);
    await e.comenzar('Carlos Jiménez', 'don');
    const conversacion = await e.textoConversacion();
    assert.match(conversacion, /Usted llega a/);
    await jugar(e, VISITA_PERFECTA);
    const { total, texto } = await e.informe();
    assert.equal(total, 100);
    assert.match(texto, /Aprobado/);
    assert.match(texto, /Ningún hallazgo/);
    // la pregunta del cliente (la factura) se consulta con el Centro de Contacto
    assert.match(texto, /Escalamiento\s+100/);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('fotos omitidas y don/doña equivocado aparecen en el informe con su sección', async () => {
  const n = await abrir();
  try {
    const e = new Entrenador(n.pagina);
    await e.abrir(7);
    await e.comenzar('Ana Solís', 'doña');
    await jugar(e, [
      ['decir', 'Buenas tardes, soy Ana Solís, proveedora del INS. ¿Cómo está doña Jorge?'],
      ['decir', '¿Me regala su nombre completo y su cédula?'],
      ['decir', 'Le pido que permanezca en el lugar mientras trabajo.'],
      ['app', 'Iniciar el servicio'],
      ['app', 'Tomar fotografías previas'],
      ['app', 'Cargar fotografías'],
      ['app', 'Realizar el trabajo'],
      ['decir', 'Muchas gracias don Jorge, fue un placer servirle.'],
      ['app', 'Finalizar el servicio'],
    ]);
    const conversacion = await e.textoConversacion();
    // (una de las tres formas de decirlo)
    assert.match(conversacion, /(Es don Jorge, por favor|Disculpe, es don Jorge|Más bien don Jorge, por favor)/, 'el cliente corrige el trato');
    const { total, texto } = await e.informe();
    assert.ok(total < 100);
    assert.match(texto, /Sección 1\.3[\s\S]*No tomó fotografías posteriores al servicio\./);
    assert.match(texto, /No cargó las fotografías posteriores/);
    assert.match(texto, /Sección 2\.1[\s\S]*Usó don\/doña con el género equivocado\./);
    assert.match(texto, /«Buenas tardes, soy Ana Solís, proveedora del INS\. ¿Cómo está doña Jorge\?»/);
    assert.match(texto, /«don Jorge»/);
  } finally { await n.cerrar(); }
});

test('trabajar sin pedir la identificación es un error crítico que reprueba', async () => {
  const n = await abrir();
  try {
    const e = new Entrenador(n.pagina);
    await e.abrir(7);
    await e.comenzar('Carlos Jiménez');
    await jugar(e, [
      ['decir', 'Buenas tardes don Jorge, soy Carlos del INS.'],
      ['app', 'Iniciar el servicio'],
      ['app', 'Tomar fotografías previas'],
      ['app', 'Cargar fotografías'],
      ['app', 'Realizar el trabajo'],
    ]);
    await e.terminar();
    const { texto } = await e.informe();
    assert.match(texto, /No aprobado/);
    assert.match(texto, /Errores críticos[\s\S]*Error crítico: «Realiza el trabajo» se hizo antes de «Solicita la identificación»/);
  } finally { await n.cerrar(); }
});

test('recargar a mitad de la visita vuelve al mismo punto', async () => {
  const n = await abrir();
  try {
    const e = new Entrenador(n.pagina);
    await e.abrir(7);
    await e.comenzar('Carlos Jiménez');
    await jugar(e, VISITA_PERFECTA.slice(0, 7));
    const antes = await e.textoConversacion();
    const hora = await e.reloj().getAttribute('aria-label');
    await n.pagina.reload();
    await e.caja().waitFor();
    assert.equal(await e.textoConversacion(), antes);
    assert.equal(await e.reloj().getAttribute('aria-label'), hora);
    await jugar(e, VISITA_PERFECTA.slice(7));
    const { total } = await e.informe();
    assert.equal(total, 100, 'la visita sigue y se califica completa');
    await n.pagina.reload();
    await n.pagina.getByRole('heading', { name: 'Informe del intento' }).waitFor();
  } finally { await n.cerrar(); }
});

test('un valor dañado en el almacenamiento se aparta con un mensaje, sin romper la app', async () => {
  const n = await abrir();
  try {
    const e = new Entrenador(n.pagina);
    await e.abrir();
    await n.pagina.evaluate(() => localStorage.setItem('entrenador-protocolo/intento-en-curso', '{"formato":"otra cosa", <b>'));
    await n.pagina.reload();
    const aviso = n.pagina.getByRole('alert');
    await aviso.waitFor();
    assert.match(await aviso.innerText(), /estaban dañados y se apartaron, sin borrarlos: el intento en curso/);
    const apartado = await n.pagina.evaluate(() => localStorage.getItem('entrenador-protocolo/apartado/intento-en-curso'));
    assert.equal(apartado, '{"formato":"otra cosa", <b>');
    await n.pagina.getByRole('button', { name: 'Entendido' }).click();
    await e.comenzar('Carlos Jiménez');
    await e.decir('Buenas tardes');
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('un mensaje de 100 KB se recorta con aviso y la visita sigue', async () => {
  const n = await abrir({ ancho: 360, alto: 780 });
  try {
    const e = new Entrenador(n.pagina);
    await e.abrir(7);
    await e.comenzar('Carlos Jiménez');
    await e.caja().fill('a'.repeat(100_000));
    assert.match(await n.pagina.getByRole('status').filter({ hasText: 'Máximo' }).innerText(), /Máximo 1000 caracteres/);
    await e.caja().press('Enter');
    await e.decir('Buenas tardes don Jorge');
    assert.match(await e.textoConversacion(), /Buenas tardes don Jorge/);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('sin almacenamiento (lleno o modo privado) hay un mensaje claro, la visita sigue y se puede descargar', async () => {
  const n = await abrir();
  try {
    const e = new Entrenador(n.pagina);
    await e.abrir(7);
    await e.comenzar('Carlos Jiménez');
    await n.pagina.evaluate(() => {
      Storage.prototype.setItem = function () { throw new DOMException('lleno', 'QuotaExceededError'); };
    });
    await e.decir('Buenas tardes, soy Carlos Jiménez del INS');
    const aviso = n.pagina.getByRole('alert');
    await aviso.waitFor();
    assert.match(await aviso.innerText(), /No se pudo guardar el avance/);
    await e.decir('¿Cómo está don Jorge?');
    assert.match(await e.lineas().last().innerText(), /^don Jorge/, 'el cliente responde aunque no se guarde');
    const [descarga] = await Promise.all([
      n.pagina.waitForEvent('download'),
      n.pagina.getByRole('button', { name: 'Descargar la transcripción' }).click(),
    ]);
    const t = JSON.parse(await (await import('node:fs/promises')).readFile(await descarga.path(), 'utf8'));
    assert.equal(t.turnos.length, 2);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('un navegador sin WebAssembly SIMD recibe un aviso en español, no una página en blanco', async () => {
  const n = await abrir();
  try {
    // un navegador actual: sin aviso, la aplicación arranca
    await n.pagina.goto(BASE);
    await n.pagina.getByRole('heading', { level: 1, name: 'Entrenador de Protocolo del INS' }).waitFor();
    assert.equal(await n.pagina.getByText('Este navegador no puede abrir').count(), 0);
    // uno más antiguo (validate dice que no): el aviso es lo primero de la página
    await n.pagina.addInitScript(() => { WebAssembly.validate = () => false; });
    await n.pagina.goto(BASE);
    const aviso = n.pagina.getByRole('alert').filter({ hasText: 'Este navegador no puede abrir el Entrenador de Protocolo' });
    await aviso.waitFor();
    assert.match(await aviso.textContent(), /Safari \(16\.4 o posterior\)/);
  } finally { await n.cerrar(); }
});

test('lo que no se entiende: el operador pide lo que el protocolo le deja pedir y la práctica sugiere el paso que quizá buscaba', async () => {
  const n = await abrir();
  const p = n.pagina;
  try {
    const e = new Entrenador(p);
    await e.abrir(3);
    await e.comenzar('Carlos Jiménez', 'don', 'Inconveniente que se puede solucionar');
    await e.app('Llamar al Centro de Contacto');
    await e.decir('Buenas tardes, mi nombre es Carlos Jiménez. Tengo pendiente un servicio, pero se me presentó un inconveniente que no me permite atender al cliente a la hora pactada.');
    await e.decir('qwerty asdf zxcv');
    const texto = await e.textoConversacion();
    // (a su estilo, pero siempre el nombre y el servicio)
    const operador = (await p.locator('[role=log] li.operador .texto').allInnerTexts()).at(-1);
    assert.match(operador, /nombre/i, texto);
    assert.match(operador, /servicio/i, texto);
    assert.match(texto, /No se reconoció ninguna frase del protocolo\.\s*¿Quería hacer «[^»]+» \(sección [\d.]+\)\?/, texto);
    // lo que sí se reconoce no trae la sugerencia
    await e.decir('Muchas gracias.');
    assert.equal((await e.textoConversacion()).match(/¿Quería hacer/g).length, 1);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});
