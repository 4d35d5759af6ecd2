// Utilidades compartidas: el Chromium de Debian mediante playwright-core, sin conexión.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE = process.env.E2E_URL || 'http://127.0.0.1:8123/';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/**
 * Un perfil de navegador nuevo; se rechaza toda solicitud fuera de esta máquina.
 * Con `medir`, el bloqueo lo hace el resolvedor de nombres de Chromium en vez de
 * interceptar cada solicitud desde Node (la intercepción suma un viaje de ida y vuelta
 * por archivo y castigaría a la aplicación, que pide cinco, frente a una página en blanco).
 */
export async function abrir({ ancho = 1280, alto = 900, medir = false } = {}) {
  const perfil = mkdtempSync(join(tmpdir(), 'entrenador-e2e-'));
  const contexto = await chromium.launchPersistentContext(perfil, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: ancho, height: alto },
    locale: 'es-CR',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(medir ? ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'] : [])],
  });
  if (!medir) {
    await contexto.route('**/*', (ruta) => {
      const url = new URL(ruta.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return ruta.continue();
      return ruta.abort();
    });
  }
  const pagina = contexto.pages()[0] || await contexto.newPage();
  const errores = [];
  pagina.on('pageerror', (e) => errores.push(String(e)));
  pagina.on('console', (m) => { if (m.type() === 'error') errores.push(m.text()); });
  return {
    contexto, pagina, errores,
    async cerrar() { await contexto.close(); rmSync(perfil, { recursive: true, force: true }); },
  };
}
