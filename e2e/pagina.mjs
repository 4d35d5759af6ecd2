// Objeto de página del entrenador: lo que hace una persona en formación, por rol y etiqueta.
import { BASE } from './navegador.mjs';

export class Entrenador {
  constructor(pagina) { this.p = pagina; }

  async abrir(semilla) {
    await this.p.goto(semilla === undefined ? `${BASE}#/practicar` : `${BASE}?semilla=${semilla}#/practicar`);
    await this.p.getByRole('heading', { name: /Practique el protocolo/ }).waitFor();
  }

  /** En Practicar: el nombre, el trato y «Comenzar» del escenario `titulo`. */
  async comenzar(nombre, trato = 'don', titulo = 'Servicio completo en el comercio') {
    await this.p.getByLabel('Su nombre').fill(nombre);
    await this.p.getByRole('radio', { name: trato, exact: true }).check();
    await this.p.getByRole('button', { name: `Comenzar: ${titulo}` }).click();
    await this.caja().waitFor();
  }

  /** En Certificar (con la semilla de certificación dada): los datos y «Comenzar la certificación». */
  async certificar(nombre, semilla, { cedula = '102340567', trato = 'don' } = {}) {
    await this.p.goto(`${BASE}?semilla=${semilla}#/certificar`);
    await this.p.getByLabel('Nombre completo').fill(nombre);
    await this.p.getByLabel('Cédula').fill(cedula);
    await this.p.getByRole('radio', { name: trato, exact: true }).check();
    await this.p.getByRole('button', { name: 'Comenzar la certificación' }).click();
  }

  /**
   * Los tres escenarios de una certificación comenzada, hasta la constancia: cada uno
   * lo juega `jugar(k)` o, sin ella, se termina en seguida.
   */
  async escenariosDeCertificacion(jugar) {
    for (let k = 1; k <= 3; k++) {
      await this.p.getByText(`Certificación · escenario ${k} de 3`).waitFor();
      if (jugar) await jugar(k);
      else await this.terminar();
      await this.p.getByRole('button', { name: /Siguiente escenario|Ver el resultado de la certificación/ }).click();
    }
    await this.p.getByRole('heading', { name: /^Constancia de certificación/ }).waitFor();
  }

  caja() { return this.p.getByLabel(/^Mensaje/); }

  /** A una sección por la navegación (en un teléfono, abriendo antes «Menú»). */
  async irA(seccion) {
    const enlace = this.p.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: seccion, exact: true });
    const menu = this.p.getByRole('button', { name: 'Menú' });
    if (!(await enlace.isVisible()) && await menu.isVisible()) await menu.click();
    await enlace.click();
  }

  async decir(texto) {
    const antes = await this.lineas().count();
    await this.caja().fill(texto);
    await this.caja().press('Enter');
    await this.p.waitForFunction((n) => document.querySelectorAll('[role=log] li').length > n, antes);
  }

  async app(nombre) {
    const boton = this.p.getByRole('button', { name: nombre, exact: true });
    // en un teléfono las acciones de la aplicación se abren primero
    const mostrar = this.p.getByRole('button', { name: 'Mostrar las acciones' });
    if (!(await boton.isVisible()) && await mostrar.isVisible()) await mostrar.click();
    await boton.click();
  }

  lineas() { return this.p.getByRole('log', { name: 'Conversación' }).getByRole('listitem'); }

  async textoConversacion() { return this.p.getByRole('log', { name: 'Conversación' }).innerText(); }

  async terminar() {
    await this.p.getByRole('button', { name: 'Terminar', exact: true }).click();
    await this.p.getByRole('button', { name: 'Sí, terminar' }).click();
  }

  async informe() {
    const ver = this.p.getByRole('button', { name: 'Ver el informe' });
    if (await ver.isVisible()) await ver.click();
    await this.p.getByRole('heading', { name: 'Informe del intento' }).waitFor();
    const total = await this.p.getByLabel(/^Puntaje total/).getAttribute('aria-label');
    return { total: Number(total.match(/(\d+) de 100/)[1]), texto: await this.p.locator('main').innerText() };
  }

  reloj() { return this.p.getByLabel(/^Hora simulada/); }
}

/**
 * La respuesta a la pregunta que el cliente hace al iniciar el servicio, sea cual sea
 * (cuánto dura, si el seguro cubre otra cosa, si puede arreglar algo más, la factura):
 * con cortesía, un tiempo aproximado y lo demás, consultado con el Centro de Contacto.
 */
export const respuestaALaPregunta = (trato) =>
  `Con mucho gusto, ${trato}: toma aproximadamente media hora, y lo demás permítame consultarlo con el Centro de Contacto.`;

// La visita perfecta de la semilla 7 del escenario (don Jorge Méndez, 15:05; le abre él,
// cordial, y al iniciar el servicio pregunta por la factura).
export const VISITA_PERFECTA = [
  ['decir', 'Buenas tardes, mi nombre es Carlos Jiménez, proveedor del Instituto Nacional de Seguros. ¿Cómo está don Jorge?'],
  ['decir', 'Muy bien, gracias, don Jorge.'],
  ['decir', 'Permítame por favor su nombre completo e identificación para realizar el proceso de confirmación de datos.'],
  ['decir', 'Don Jorge, le pido que usted o la persona encargada permanezca en el lugar mientras brindo el servicio.'],
  ['app', 'Iniciar el servicio'],
  ['decir', respuestaALaPregunta('don Jorge')],
  ['app', 'Tomar fotografías previas'],
  ['app', 'Cargar fotografías'],
  ['app', 'Realizar el trabajo'],
  ['app', 'Tomar fotografías posteriores'],
  ['app', 'Cargar fotografías'],
  ['decir', 'Muchas gracias don Jorge; fue un placer servirle. Estamos para servirle.'],
  ['app', 'Finalizar el servicio'],
];

export async function jugar(e, pasos) {
  for (const [tipo, valor] of pasos) {
    if (tipo === 'decir') await e.decir(valor); else await e.app(valor);
  }
}

/** El saludo que espera el protocolo a la hora que muestra el reloj. */
export async function saludoSegunReloj(p) {
  const etiqueta = await p.getByLabel(/^Hora simulada/).getAttribute('aria-label');
  const h = Number(etiqueta.match(/(\d\d):\d\d/)[1]);
  return h >= 5 && h < 12 ? 'Buenos días' : h >= 12 && h < 18 ? 'Buenas tardes' : 'Buenas noches';
}

/** Una visita perfecta para el escenario que esté en pantalla, con el cliente que se muestra. */
export async function visitaPerfectaEnPantalla(e, nombre) {
  const p = e.p;
  const titulo = await p.getByRole('heading', { level: 1 }).innerText();
  const detalle = await p.locator('.barra-visita .detalle strong').innerText();
  const trato = detalle.trim(); // "don Jorge Méndez Castro"
  const Trato = trato[0].toUpperCase() + trato.slice(1);
  const decir = async (f) => e.decir(f.replaceAll('{saludo}', await saludoSegunReloj(p)));
  const app = (b) => e.app(b);
  const comun = async () => {
    // quién abre la puerta: si no abre nadie, se avisa al Centro de Contacto y llega el
    // cliente al colgar; si abre una persona empleada, se pregunta por el cliente
    const etiqueta = await p.locator('label[for=mensaje]').innerText();
    if (/aún no está con el cliente/.test(etiqueta)) {
      await app('Llamar al Centro de Contacto');
      await decir(`{saludo}, mi nombre es ${nombre}. Estoy en el comercio y no hay nadie; ¿cómo procedo?`);
      await decir('Muchas gracias.');
      await app('Colgar la llamada');
    } else if (/persona del comercio/.test(etiqueta)) {
      await decir(`{saludo}, ¿se encuentra ${trato}?`);
    }
    await decir(`{saludo}, mi nombre es ${nombre}, proveedor del Instituto Nacional de Seguros. ¿Cómo está ${trato}?`);
    await decir(`Muy bien, gracias, ${trato}.`);
    await decir('Permítame por favor su nombre completo e identificación para realizar el proceso de confirmación de datos.');
    await decir(`${Trato}, le pido que usted o la persona encargada permanezca en el lugar mientras brindo el servicio.`);
    await app('Iniciar el servicio');
    await decir(respuestaALaPregunta(trato));
    for (const b of ['Tomar fotografías previas', 'Cargar fotografías']) await app(b);
  };
  const final = async () => {
    for (const b of ['Tomar fotografías posteriores', 'Cargar fotografías']) await app(b);
    await decir(`Muchas gracias ${trato}; fue un placer servirle. Estamos para servirle.`);
    await app('Finalizar el servicio');
  };
  const reporte = `{saludo}, mi nombre es ${nombre}. Tengo pendiente un servicio, pero se me presentó un inconveniente que no me permite atender al cliente a la hora pactada.`;
  if (titulo === 'Servicio completo en el comercio') {
    await comun(); await app('Realizar el trabajo'); await final();
  } else if (titulo === 'Inconveniente que se puede solucionar') {
    await app('Llamar al Centro de Contacto');
    await decir(reporte);
    await decir(`Puedo atender a ${trato} a las cinco de la tarde.`);
    await decir('Muchas gracias.');
    await app('Colgar la llamada');
    await decir(`{saludo} ${trato}, soy ${nombre}, proveedor del INS. Disculpe la molestia por el cambio de hora.`);
  } else if (titulo === 'Inconveniente que no se puede solucionar') {
    await app('Llamar al Centro de Contacto');
    await decir(reporte);
    await decir('Me disculpo pero es una falla que no puedo resolver en este momento. Solicito re coordinar el evento.');
    await decir('Muchas gracias.');
    await app('Colgar la llamada');
  } else if (titulo === 'Cliente ausente') {
    await decir(`{saludo}, mi nombre es ${nombre}, proveedor del INS. ¿Se encuentra ${trato}?`);
    await app('Llamar al Centro de Contacto');
    await decir(`{saludo}, le habla ${nombre}, proveedor del INS. Llegué al comercio y ${trato} no se encuentra, ¿cómo debo proceder?`);
    await decir('Muchas gracias.');
    await app('Colgar la llamada');
    await decir(`Muchas gracias por su atención, el Centro de Contacto coordinará con ${trato}. Con mucho gusto, estamos para servirle.`);
  } else if (titulo === 'Afectación al cliente durante el servicio') {
    await comun(); await app('Realizar el trabajo');
    await decir(`${Trato}, ¿cómo se encuentra? Permítame ayudarle.`);
    await app('Llamar al Centro de Contacto');
    await decir(`{saludo}, le habla ${nombre}, proveedor del INS. Le reporto que el cliente sufrió un accidente durante el servicio, ¿cómo debo proceder?`);
    await decir('Muchas gracias.');
    await app('Colgar la llamada');
    await decir(`${Trato}, ya reporté la situación al Centro de Contacto y le van a dar seguimiento.`);
    await final();
  } else {
    throw new Error(`sin guion para «${titulo}»`);
  }
}
