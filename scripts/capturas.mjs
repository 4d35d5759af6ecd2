// Capturas de cada pantalla en anchos de teléfono y de escritorio, para revisarlas.
// Uso: node scripts/capturas.mjs [carpeta]   (con la aplicación servida en E2E_URL)
import { abrir, BASE } from '../e2e/navegador.mjs';
import { mkdirSync } from 'node:fs';

const carpeta = process.argv[2] || 'capturas';
mkdirSync(carpeta, { recursive: true });
for (const [nombre, ancho, alto] of [['telefono', 360, 780], ['escritorio', 1280, 900]]) {
  const n = await abrir({ ancho, alto });
  const p = n.pagina;
  await p.goto(BASE);
  await p.getByRole('heading', { level: 1 }).first().waitFor();
  await p.screenshot({ path: `${carpeta}/${nombre}-0-portada.png`, fullPage: true });
  for (const ruta of ['aprender', 'certificar', 'historial', 'rrhh/verificar', 'rrhh/revision']) {
    await p.goto(ruta.startsWith('rrhh/') ? `${BASE}rrhh.html#/${ruta.slice(5)}` : `${BASE}#/${ruta}`);
    await p.getByRole('heading', { level: 1 }).first().waitFor();
    await p.screenshot({ path: `${carpeta}/${nombre}-0-${ruta.replace("/", "-")}.png`, fullPage: false });
  }
  await p.goto(`${BASE}#/practicar`);
  await p.getByLabel('Su nombre').fill('Carlos Jiménez');
  await p.getByRole('radio', { name: 'don', exact: true }).check();
  await p.screenshot({ path: `${carpeta}/${nombre}-1-practicar.png`, fullPage: true });
  await p.getByRole('button', { name: /Comenzar/ }).first().click();
  await p.getByLabel(/Mensaje para el cliente/).waitFor();
  const decir = async (t) => { await p.getByLabel(/Mensaje para/).fill(t); await p.keyboard.press('Enter'); };
  await decir('Buenas, soy Carlos del INS. ¿Cómo está doña María?');
  await decir('¿Me regala su cédula?');
  await p.getByRole('button', { name: 'Iniciar el servicio' }).click();
  await p.screenshot({ path: `${carpeta}/${nombre}-2-visita.png`, fullPage: true });
  await p.getByRole('button', { name: 'Llamar al Centro de Contacto' }).click();
  await decir('Hola, una consulta');
  await p.screenshot({ path: `${carpeta}/${nombre}-3-llamada.png`, fullPage: false });
  await p.getByRole('button', { name: 'Terminar' }).click();
  await p.getByRole('button', { name: 'Sí, terminar' }).click();
  await p.getByRole('heading', { name: 'Informe del intento' }).waitFor();
  await p.screenshot({ path: `${carpeta}/${nombre}-4-informe.png`, fullPage: true });
  if (n.errores.length) console.log('errores de la página:', n.errores);
  await n.cerrar();
}
console.log(`capturas en ${carpeta}/`);
