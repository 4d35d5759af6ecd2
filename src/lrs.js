// El cargador del módulo LRS (xAPI): un wasm aparte (src/bin/lrs/) que arma las
// declaraciones de una certificación y las envía. Solo se carga cuando hace falta
// (hay un LRS configurado, un lanzamiento cmi5 o algo esperando en la cola): quien
// solo practica no lo descarga. `make build` lo deja en dist/ como lrs-<huella>.js y
// lrs-<huella>_bg.wasm y escribe esa huella en <meta name="entrenador-lrs">.

const COLA = 'entrenador-protocolo/cola-xapi';
const AJUSTES = 'entrenador-protocolo/lrs';
const CMI5 = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];
let modulo = null;

function cargar() {
  if (!modulo) {
    const nombre = document.querySelector('meta[name="entrenador-lrs"]')?.content || 'lrs';
    const url = (f) => new URL(f, document.baseURI).href;
    modulo = import(url(`${nombre}.js`)).then(async (m) => {
      await m.default({ module_or_path: url(`${nombre}_bg.wasm`) });
      return m;
    });
    modulo.catch((e) => {
      modulo = null;
      dispatchEvent(new CustomEvent('entrenador-protocolo:lrs', {
        detail: { pendientes: 0, rechazadas: 0, problema: `no se pudo cargar el envío al LRS (${e?.message || e})` },
      }));
    });
  }
  return modulo;
}

/** Si la dirección trae parámetros de un lanzamiento cmi5. */
export function hayLanzamiento() {
  const q = new URLSearchParams(location.search);
  return CMI5.some((p) => q.has(p));
}

/** El nombre de la persona que trae el actor del lanzamiento ('' si no). */
export function nombreDelLanzamiento() {
  try {
    const a = JSON.parse(new URLSearchParams(location.search).get('actor'));
    return typeof a?.name === 'string' ? a.name.trim() : '';
  } catch {
    return '';
  }
}

const hayLrs = () => hayLanzamiento() || localStorage.getItem(AJUSTES) !== null;

/** La certificación guardada cambió: con un LRS, el módulo pone en la cola lo que falte. */
export function alCambiarCertificacion() {
  if (hayLrs()) cargar().then((m) => m.al_cambiar()).catch(() => {});
}

/** Al abrir la aplicación: con un LRS o algo esperando, el módulo reintenta y valida el lanzamiento. */
export function reanudar() {
  if (hayLrs() || localStorage.getItem(COLA) !== null) cargar().then((m) => m.reanudar()).catch(() => {});
}
