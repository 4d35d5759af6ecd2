// Page object for the trainer: what a trainee does, by role and label.
import { BASE } from './navegador.mjs';

export class Entrenador {
  constructor(pagina) { this.p = pagina; }

  async abrir(semilla) {
    await this.p.goto(semilla === undefined ? `${BASE}#/practicar` : `${BASE}?semilla=${semilla}#/practicar`);
    await this.p.getByRole('heading', { name: /Practique el protocolo/ }).waitFor();
  }

  async comenzar(nombre, trato = 'don') {
    await this.p.getByLabel('Su nombre').fill(nombre);
    await this.p.getByRole('radio', { name: trato, exact: true }).check();
    await this.p.getByRole('button', { name: 'Comenzar: Servicio completo en el comercio' }).click();
    await this.caja().waitFor();
  }

  caja() { return this.p.getByLabel(/^Mensaje/); }

  async decir(texto) {
    const antes = await this.lineas().count();
    await this.caja().fill(texto);
    await this.caja().press('Enter');
    await this.p.waitForFunction((n) => document.querySelectorAll('[role=log] li').length > n, antes);
  }

  async app(nombre) {
    await this.p.getByRole('button', { name: nombre, exact: true }).click();
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

// The perfect visit of the scenario's seed 7 (don Jorge Méndez, 15:05).
export const VISITA_PERFECTA = [
  ['decir', 'Buenas tardes, mi nombre es Carlos Jiménez, proveedor del Instituto Nacional de Seguros. ¿Cómo está don Jorge?'],
  ['decir', 'Muy bien, gracias, don Jorge.'],
  ['decir', 'Permítame por favor su nombre completo e identificación para realizar el proceso de confirmación de datos.'],
  ['decir', 'Don Jorge, le pido que usted o la persona encargada permanezca en el lugar mientras brindo el servicio.'],
  ['app', 'Iniciar el servicio'],
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
