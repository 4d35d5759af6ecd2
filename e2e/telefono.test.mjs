// En un teléfono (360 × 780): el encabezado de una fila con su menú, la visita con la
// caja de mensaje y la llamada a la vista y el foco donde sigue la persona, y ninguna
// página que se desplace de lado (incidencia 16).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abrir, BASE } from './navegador.mjs';
import { Entrenador, VISITA_PERFECTA, jugar, visitaPerfectaEnPantalla } from './pagina.mjs';

const TELEFONO = { ancho: 360, alto: 780 };

/** Si el elemento se ve entero en la pantalla, sin desplazarse. */
async function aLaVista(localizador) {
  const c = await localizador.boundingBox();
  return c !== null && c.y >= 0 && c.y + c.height <= TELEFONO.alto && c.x >= 0 && c.x + c.width <= TELEFONO.ancho;
}

/** Que nada lo tape (la caja de mensaje fija abajo): arriba y abajo, en el centro, está él. */
async function sinTapar(localizador) {
  return localizador.evaluate((e) => {
    const r = e.getBoundingClientRect();
    const x = r.left + r.width / 2;
    return [r.top + 2, r.bottom - 2].every((y) => e.contains(document.elementFromPoint(x, y)));
  });
}

/** Lo que se sale de lado: la página, o un bloque que se desplaza por dentro. */
async function desbordes(p) {
  return p.evaluate(() => {
    const fuera = [];
    if (document.documentElement.scrollWidth > innerWidth) fuera.push(`la página mide ${document.documentElement.scrollWidth} px`);
    for (const e of document.querySelectorAll('main *')) {
      const x = getComputedStyle(e).overflowX;
      if ((x === 'auto' || x === 'scroll') && e.scrollWidth > e.clientWidth + 1) fuera.push(`${e.tagName.toLowerCase()}.${e.className} mide ${e.scrollWidth} de ${e.clientWidth} px`);
    }
    return fuera;
  });
}

async function sinDesbordes(p, pagina) {
  assert.deepEqual(await desbordes(p), [], `${pagina} se desplaza de lado a 360 px`);
}

test('en un teléfono el encabezado ocupa una fila y el menú se abre, lleva a la página y se cierra', async () => {
  const n = await abrir(TELEFONO);
  const p = n.pagina;
  try {
    await p.goto(`${BASE}#/inicio`);
    await p.locator('#principal:not([data-previa])').waitFor();
    const alto = async () => (await p.locator('header.cabecera').boundingBox()).height;
    assert.ok(await alto() <= 72, `el encabezado mide ${await alto()} px`);
    const menu = p.getByRole('button', { name: 'Menú' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await p.getByRole('link', { name: 'Historial', exact: true }).isVisible(), false);
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await p.getByRole('link', { name: 'Historial', exact: true }).click();
    // (Entrenador.irA hace lo mismo en las demás pruebas)
    await p.getByRole('heading', { name: 'Historial de intentos' }).waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'el menú se cierra al cambiar de página');
    assert.ok(await alto() <= 72);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('en un teléfono, la visita: la caja de mensaje con el foco y a la vista, la llamada a la vista, y al final el foco en «Ver el informe» y las acciones desactivadas', async () => {
  const n = await abrir(TELEFONO);
  const p = n.pagina;
  try {
    const e = new Entrenador(p);
    await e.abrir(7);
    await e.comenzar('Carlos Jiménez');
    assert.equal(await p.evaluate(() => document.activeElement?.id), 'mensaje', 'el foco va a la caja de mensaje');
    assert.ok(await aLaVista(e.caja()), 'la caja de mensaje se ve sin desplazarse');
    assert.ok(await aLaVista(p.getByRole('button', { name: 'Enviar' })));
    assert.ok(await aLaVista(p.getByRole('button', { name: 'Llamar al Centro de Contacto' })), 'la llamada se ve sin desplazarse');
    assert.ok(await sinTapar(p.getByRole('button', { name: 'Llamar al Centro de Contacto' })), 'la caja de mensaje no tapa la llamada');
    // las acciones de la aplicación, plegadas hasta que se abren
    assert.equal(await p.getByRole('button', { name: 'Iniciar el servicio' }).isVisible(), false);
    await jugar(e, VISITA_PERFECTA.slice(0, 9));
    // con la conversación ya larga, la caja sigue al alcance
    await p.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    assert.ok(await aLaVista(e.caja()), 'la caja de mensaje queda pegada abajo');
    await jugar(e, VISITA_PERFECTA.slice(9));
    const ver = p.getByRole('button', { name: 'Ver el informe' });
    await ver.waitFor();
    assert.equal(await p.evaluate(() => document.activeElement?.textContent), 'Ver el informe', 'el foco va a lo que sigue');
    assert.equal(await p.getByRole('button', { name: 'Iniciar el servicio' }).isDisabled(), true);
    assert.equal(await p.getByRole('button', { name: 'Llamar al Centro de Contacto' }).isDisabled(), true);
    assert.match(await p.locator('.telefono').innerText(), /La visita terminó: las acciones y la llamada ya no cuentan/);
    await sinDesbordes(p, 'la visita');
    await ver.click();
    await p.getByRole('heading', { name: 'Informe del intento' }).waitFor();
    await sinDesbordes(p, 'el informe');
    // en Practicar, el intento terminado se cierra diciendo dónde queda
    await e.irA('Practicar');
    await p.getByRole('button', { name: 'Cerrar (queda en el Historial)' }).waitFor();
    await p.goto(`${BASE}#/historial`);
    await p.getByRole('heading', { name: 'Historial de intentos' }).waitFor();
    await p.getByRole('cell', { name: 'Aprobado', exact: true }).waitFor();
    await sinDesbordes(p, 'el historial con un intento');
    // cada dato del intento se ve, con su nombre encima (el de su columna)
    const nombres = await p.locator('.tabla-historial tbody tr').first().locator('td')
      .evaluateAll((celdas) => celdas.map((c) => getComputedStyle(c, '::before').content));
    for (const dato of ['Fecha', 'Escenario', 'Total', 'Cortesía', 'Procedimiento', 'Escalamiento', 'Resultado']) {
      assert.ok(nombres.some((x) => x.includes(dato)), `falta el nombre «${dato}»: ${nombres}`);
    }
    assert.ok(await p.getByRole('cell', { name: 'Aprobado', exact: true }).isVisible());
    const celda = await p.getByRole('cell', { name: 'Aprobado', exact: true }).boundingBox();
    assert.ok(celda.x + celda.width <= TELEFONO.ancho, 'el resultado no queda fuera de la pantalla');
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('en un teléfono, el inconveniente: la llamada, lo primero que toca, se ve al comenzar, y la pista sigue hasta la llegada', async () => {
  const n = await abrir(TELEFONO);
  const p = n.pagina;
  try {
    const e = new Entrenador(p);
    await e.abrir(3);
    await e.comenzar('Carlos Jiménez', 'don', 'Inconveniente que se puede solucionar');
    assert.ok(await aLaVista(p.getByRole('button', { name: 'Llamar al Centro de Contacto' })));
    assert.ok(await aLaVista(e.caja()));
    assert.ok(await sinTapar(p.getByRole('button', { name: 'Llamar al Centro de Contacto' })), 'la caja de mensaje no tapa la llamada');
    // la pista sigue la visita: en la llamada, ya dicho todo, toca colgar (no «No quedan
    // pasos pendientes», con la llegada por delante); después, el cliente
    await e.app('Llamar al Centro de Contacto');
    await e.decir('Buenas tardes, mi nombre es Carlos Jiménez. Tengo pendiente un servicio, pero se me presentó un inconveniente que no me permite atender al cliente a la hora pactada.');
    await e.decir('Puedo atenderle a las cinco de la tarde.');
    await e.decir('Muchas gracias.');
    await p.getByRole('button', { name: 'Pista' }).click();
    const pista = p.locator('.pista');
    assert.match(await pista.innerText(), /Colgar la llamada/);
    assert.doesNotMatch(await pista.innerText(), /No quedan pasos pendientes/);
    await e.app('Colgar la llamada');
    await p.waitForFunction(() => !document.querySelector('.pista')?.innerText.includes('Colgar la llamada'));
    assert.match(await pista.innerText(), /Dígale al cliente/);
  } finally { await n.cerrar(); }
});

test('ninguna página se desplaza de lado a 360 px, tampoco la constancia de certificación', async () => {
  const n = await abrir(TELEFONO);
  const p = n.pagina;
  try {
    for (const ruta of ['inicio', 'aprender', 'practicar', 'certificar', 'historial']) {
      await p.goto(`${BASE}#/${ruta}`);
      await p.getByRole('heading', { level: 1 }).first().waitFor();
      await sinDesbordes(p, ruta);
    }
    for (const ruta of ['verificar', 'revision']) {
      await p.goto(`${BASE}rrhh.html#/${ruta}`);
      await p.getByRole('heading', { level: 1 }).first().waitFor();
      await sinDesbordes(p, `rrhh.html#/${ruta}`);
    }
    const nombre = 'Carlos Jiménez Solano';
    const e = new Entrenador(p);
    await e.certificar(nombre, 11);
    await e.escenariosDeCertificacion(() => visitaPerfectaEnPantalla(e, nombre));
    await sinDesbordes(p, 'la constancia de certificación');
    // al volver a abrir la aplicación en otra página, la certificación guardada se
    // recupera (se comprueba con el catálogo de escenarios, que llega aparte)
    await p.goto(`${BASE}#/historial`);
    await p.reload();
    await p.getByRole('heading', { name: 'Historial de intentos' }).waitFor();
    await p.getByRole('cell', { name: 'Aprobado', exact: true }).first().waitFor();
    assert.equal(await p.getByRole('alert').count(), 0, 'sin avisos: nada se apartó');
    assert.equal(await p.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('apartado')).length), 0);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('los controles de dirección de Unicode no invierten un nombre ni una burbuja: se quitan del nombre y se ven en el mensaje', async () => {
  const n = await abrir(TELEFONO);
  const p = n.pagina;
  try {
    const e = new Entrenador(p);
    await e.abrir(7);
    // «SILOS» con U+202E delante se vería «SOLIS»
    await e.comenzar('Carlos \u202eSILOS');
    const perfil = await p.evaluate(() => localStorage.getItem('entrenador-protocolo/perfil'));
    assert.ok(!perfil.includes('\u202e'), perfil);
    assert.match(perfil, /Carlos SILOS/);
    await e.decir('Buenas tardes \u202eSILOS');
    const burbuja = await e.lineas().filter({ hasText: 'Buenas tardes' }).last().locator('.texto').innerText();
    assert.equal(burbuja, 'Buenas tardes ⟦U+202E⟧SILOS');
  } finally { await n.cerrar(); }
});

test('«Cliente ausente» con un cliente hombre: la empleada habla de «el dueño» y no repite «¿Qué hacemos?» cuando la persona dice que llamará', async () => {
  const n = await abrir(TELEFONO);
  const p = n.pagina;
  try {
    const e = new Entrenador(p);
    await e.abrir(7);
    await e.comenzar('Carlos Jiménez', 'don', 'Cliente ausente');
    assert.match(await p.locator('.barra-visita .detalle strong').innerText(), /^don /);
    await e.decir('Buenas tardes, mi nombre es Carlos Jiménez, proveedor del INS. ¿Se encuentra don Jorge?');
    await e.decir('Permítame un momento, voy a llamar al Centro de Contacto.');
    await e.decir('Le pido que usted o la persona encargada permanezca en el lugar mientras brindo el servicio.');
    const texto = await e.textoConversacion();
    // (una de las tres formas de decirlo)
    assert.match(texto, /(Está bien, llame; yo espero aquí|Diay, sí, llame; yo aquí espero|Bueno, haga la llamada; aquí le espero)\./);
    assert.match(texto, /el dueño (quiere que le trabajen|quiera que trabajen|está de acuerdo en que le trabajen) sin estar él/);
    assert.doesNotMatch(texto, /la dueña/);
    assert.ok((texto.match(/¿Qué hacemos\?/g) || []).length <= 1, texto);
  } finally { await n.cerrar(); }
});

test('al cambiar de página el foco va a su título, y lo que responde el cliente se anuncia a los lectores de pantalla', async () => {
  const n = await abrir(TELEFONO);
  const p = n.pagina;
  try {
    const e = new Entrenador(p);
    await p.goto(`${BASE}?semilla=7#/inicio`);
    await p.getByRole('heading', { name: 'Entrenador de Protocolo del INS' }).waitFor();
    await e.irA('Aprender');
    await p.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await e.irA('Practicar');
    await p.waitForFunction(() => document.activeElement?.textContent.includes('Practique el protocolo'));
    await e.comenzar('Carlos Jiménez');
    // en la visita el foco queda en la caja de mensaje, no en el título
    assert.equal(await p.evaluate(() => document.activeElement.id), 'mensaje');
    const anuncio = p.locator('#respuesta-anunciada');
    assert.equal(await anuncio.getAttribute('aria-live'), 'polite');
    assert.equal(await p.getByRole('log', { name: 'Conversación' }).getAttribute('aria-live'), 'off',
      'la lista se dibuja entera en cada turno: anunciarla repetiría todo');
    await e.decir('Buenas tardes, mi nombre es Carlos Jiménez, proveedor del Instituto Nacional de Seguros. ¿Cómo está don Jorge?');
    // lo que respondió el cliente (una de sus formas de decirlo), tal como se ve
    const respuesta = await e.lineas().last().locator('.texto').innerText();
    assert.match(await anuncio.innerText(), /^don Jorge[^:]*: /);
    assert.ok((await anuncio.innerText()).endsWith(`: ${respuesta}`), await anuncio.innerText());
    await e.app('Iniciar el servicio');
    assert.match(await anuncio.innerText(), /^Aliados INS Servicios: Servicio iniciado a las \d\d:\d\d\./);
    assert.ok(!(await anuncio.innerText()).includes(respuesta), 'solo lo del último turno');
  } finally { await n.cerrar(); }
});

test('«Afectación al cliente»: el incidente lleva la hora en que ocurre y la respuesta de la persona, la siguiente', async () => {
  const n = await abrir(TELEFONO);
  const p = n.pagina;
  try {
    const e = new Entrenador(p);
    await e.abrir(7);
    await e.comenzar('Carlos Jiménez', 'don', 'Afectación al cliente durante el servicio');
    for (const b of ['Iniciar el servicio', 'Tomar fotografías previas', 'Cargar fotografías', 'Realizar el trabajo']) await e.app(b);
    await e.decir('Don Jorge, ¿cómo se encuentra? Permítame ayudarle.');
    const lineas = await e.lineas().evaluateAll((ls) => ls.map((l) => ({
      hora: l.querySelector('.hora').textContent, texto: l.querySelector('.texto').textContent,
    })));
    const minutos = (t) => { const [h, m] = lineas.find((l) => t.test(l.texto)).hora.split(':').map(Number); return h * 60 + m; };
    const trabajo = minutos(/^Trabajo registrado/);
    const incidente = minutos(/^\(A los 10 minutos de empezar el trabajo/);
    const respuesta = minutos(/¿cómo se encuentra\? Permítame ayudarle/);
    assert.equal(incidente - trabajo, 10, 'el incidente, a los 10 minutos de empezar');
    assert.equal(respuesta - incidente, 1, 'la persona reacciona al minuto siguiente, no al final del trabajo');
    assert.equal(minutos(/(Me asusté mucho|Qué susto me llevé|Me dio un gran susto)/), respuesta);
  } finally { await n.cerrar(); }
});

test('redacción: sin números de variante en la visita, Certificar con el nombre ya dado, el nombre de «Pruebe una frase» y la pregunta del trato', async () => {
  const n = await abrir(TELEFONO);
  const p = n.pagina;
  try {
    const e = new Entrenador(p);
    await p.goto(`${BASE}#/aprender`);
    await p.getByLabel('Su nombre').fill('Ana Rojas');
    await p.getByLabel('Escriba una frase para ver qué reconoce el detector').fill('Buenas tardes, soy Ana Rojas');
    await p.getByRole('status').filter({ hasText: 'Dice su nombre' }).waitFor();
    await e.irA('Practicar');
    assert.equal(await p.getByLabel('Su nombre').inputValue(), 'Ana Rojas', 'el mismo nombre en Practicar');
    assert.equal(await p.getByRole('group', { name: '¿Cómo prefiere que le traten?' }).count(), 1);
    await p.getByRole('radio', { name: 'doña', exact: true }).check();
    await p.getByRole('button', { name: 'Comenzar: Cliente ausente' }).click();
    await e.caja().waitFor();
    assert.doesNotMatch(await p.locator('.barra-visita').innerText(), /variante/i);
    // lo que no se entiende lo responde quien atendió la puerta, no el cliente
    await e.decir('qwerty asdf');
    assert.match(await e.lineas().last().innerText(), /^Empleada del comercio\n[\d:]+\n+Perdón, no le entendí/);
    await e.irA('Certificar');
    assert.equal(await p.getByLabel('Nombre completo').inputValue(), 'Ana Rojas');
    assert.equal(await p.getByRole('radio', { name: 'doña', exact: true }).isChecked(), true);
  } finally { await n.cerrar(); }
});
