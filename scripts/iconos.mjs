// Dibuja los íconos PNG del manifiesto (public/iconos/) a partir de los SVG de
// scripts/iconos/, con el Chromium de Debian. Los PNG se guardan en el
// repositorio: solo hace falta volver a correrlo si cambia un SVG.
// Uso: node scripts/iconos.mjs
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';

const navegador = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
mkdirSync('public/iconos', { recursive: true });
const dibujos = [
  ['icono.svg', 'icono-192.png', 192],
  ['icono.svg', 'icono-512.png', 512],
  ['icono-maskable.svg', 'icono-maskable-512.png', 512],
];
for (const [svg, png, lado] of dibujos) {
  const pagina = await navegador.newPage({ viewport: { width: lado, height: lado } });
  const codigo = readFileSync(`scripts/iconos/${svg}`, 'utf8').replace('<svg ', `<svg width="${lado}" height="${lado}" `);
  await pagina.setContent(`<html><body style="margin:0;background:transparent">${codigo}</body></html>`);
  await pagina.screenshot({ path: `public/iconos/${png}`, omitBackground: true, clip: { x: 0, y: 0, width: lado, height: lado } });
  await pagina.close();
  console.log(`iconos: public/iconos/${png}`);
}
await navegador.close();
