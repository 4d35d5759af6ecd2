// El trabajador de servicio (service worker): después de la primera visita, el
// entrenador abre y funciona sin red. Esta es la plantilla; `make build` escribe
// dist/sw.js con scripts/trabajador.mjs, que pone aquí la lista de archivos que
// Trunk escribió (con sus huellas) y la versión (la huella de todos ellos).
//
// - Las páginas (index.html, rrhh.html, toda *.html): primero la red, con la copia guardada si
//   no hay red o tarda más de ESPERA_RED; así una versión nueva llega sola.
// - Lo demás de la lista: primero lo guardado (los nombres llevan su huella: no
//   cambian sin cambiar de nombre).
// - Cada versión tiene su caché; al activarse, borra las de versiones anteriores.
// - La versión nueva espera a que la página se lo pida («Hay una versión nueva:
//   recargar»): nunca cambia la aplicación bajo una persona a mitad de un escenario.

const VERSION = '__VERSION__';
const ARCHIVOS = __ARCHIVOS__;
const PREFIJO = 'entrenador-protocolo-';
const CACHE = PREFIJO + VERSION;
const ESPERA_RED = 4000;

const base = new URL('./', self.location).href;
const relativa = (url) => (url.startsWith(base) ? url.slice(base.length) : null);

self.addEventListener('install', (evento) => {
  evento.waitUntil(
    caches.open(CACHE).then((c) => c.addAll(ARCHIVOS.map((a) => new Request(a, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (evento) => {
  evento.waitUntil(
    caches.keys()
      .then((nombres) => Promise.all(nombres
        .filter((n) => n.startsWith(PREFIJO) && n !== CACHE)
        .map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (evento) => {
  if (evento.data === 'activar') self.skipWaiting();
});

// La página de una ruta: '' (la raíz) es index.html.
function pagina(ruta) {
  if (ruta === '') return 'index.html';
  return ruta.endsWith('.html') ? ruta : null;
}

async function primeroLaRed(peticion, nombre) {
  const cache = await caches.open(CACHE);
  const red = fetch(peticion).then((r) => {
    if (r.ok) cache.put(nombre, r.clone());
    return r;
  });
  const guardada = await cache.match(nombre);
  if (!guardada) return red;
  const espera = new Promise((listo) => setTimeout(listo, ESPERA_RED, guardada));
  return Promise.race([red.catch(() => guardada), espera]);
}

async function primeroLoGuardado(peticion, nombre) {
  const cache = await caches.open(CACHE);
  const guardada = await cache.match(nombre);
  if (guardada) return guardada;
  const r = await fetch(peticion);
  if (r.ok) cache.put(nombre, r.clone());
  return r;
}

self.addEventListener('fetch', (evento) => {
  const peticion = evento.request;
  // la ruta dentro del sitio, sin parámetros; otros orígenes (un LRS) y los envíos no pasan por aquí
  const ruta = relativa(peticion.url.split(/[?#]/)[0]);
  if (peticion.method !== 'GET' || ruta === null) return;
  const nombre = pagina(ruta);
  if (nombre) evento.respondWith(primeroLaRed(peticion, nombre));
  else if (ARCHIVOS.includes(ruta)) evento.respondWith(primeroLoGuardado(peticion, ruta));
});
