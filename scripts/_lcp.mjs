import { abrir } from '../e2e/navegador.mjs';
const n = await abrir({ ancho: 412, alto: 823, medir: true });
const cdp = await n.contexto.newCDPSession(n.pagina);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6 * 1024 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 });
await n.pagina.addInitScript(() => {
  window.__lcp = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push({ t: Math.round(e.startTime), size: e.size, el: e.element ? e.element.tagName + '.' + e.element.className + ':' + (e.element.textContent || '').slice(0, 40) : null, conectado: e.element?.isConnected }); }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push({ paint: e.name, t: Math.round(e.startTime) }); }).observe({ type: 'paint', buffered: true });
});
await n.pagina.goto(process.argv[2]);
await n.pagina.waitForFunction(() => document.querySelector('#principal:not([data-previa])'), null, { timeout: 60000 });
await n.pagina.waitForTimeout(1500);
console.log(JSON.stringify(await n.pagina.evaluate(() => window.__lcp), null, 1));
await n.cerrar();
