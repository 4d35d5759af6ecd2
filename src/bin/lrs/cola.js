// El envío de las declaraciones xAPI al LRS, dentro del módulo LRS (main.rs las
// arma con el motor): una cola guardada en localStorage antes de enviar, de la más
// antigua a la más nueva, con esperas crecientes si no hay red o el LRS no
// responde, y otra vez al volver la conexión o al abrir la aplicación. Cada
// declaración lleva su id desde que se creó: un reenvío no se cuenta dos veces
// (un 409 significa que el LRS ya la tiene). La página se entera de lo que
// espera por el evento «entrenador-protocolo:lrs».

const COLA = 'entrenador-protocolo/cola-xapi';
const AJUSTES = 'entrenador-protocolo/lrs';
const CREDENCIAL = 'entrenador-protocolo/cmi5-credencial:';
const EVENTO = 'entrenador-protocolo:lrs';

let enviando = false;
let otraVez = false;
let fallos = 0;
let reintento = null;
let problema = '';
let errorLanzamiento = '';

function leerCola() {
  const vacia = { formato: COLA, version: 1, pendientes: [], rechazadas: [], entregadas: [] };
  const texto = localStorage.getItem(COLA);
  if (!texto) return vacia;
  try {
    const c = JSON.parse(texto);
    if (c.formato === COLA && c.version === 1 && Array.isArray(c.pendientes)) {
      c.rechazadas = Array.isArray(c.rechazadas) ? c.rechazadas : [];
      c.entregadas = Array.isArray(c.entregadas) ? c.entregadas : [];
      return c;
    }
  } catch { /* abajo */ }
  // una cola dañada o de otra versión se aparta sin borrarla, como lo demás guardado
  localStorage.setItem('entrenador-protocolo/apartado/cola-xapi', texto);
  localStorage.removeItem(COLA);
  problema = 'había una cola de resultados guardada que no se pudo leer; se apartó sin borrarla';
  return vacia;
}

function cambiarCola(f) {
  const c = leerCola();
  f(c);
  localStorage.setItem(COLA, JSON.stringify(c));
}

function avisar() {
  let detalle = { pendientes: 0, rechazadas: 0, problema, lanzamiento: errorLanzamiento };
  try {
    const c = leerCola();
    detalle = { ...detalle, pendientes: c.pendientes.length, rechazadas: c.rechazadas.length };
  } catch (e) {
    detalle.problema = String(e.message || e);
  }
  dispatchEvent(new CustomEvent(EVENTO, { detail: detalle }));
}

/** El LRS que configuró RR. HH. en este navegador, o null. */
function ajustes() {
  try {
    const a = JSON.parse(localStorage.getItem(AJUSTES) || 'null');
    return a && a.formato === AJUSTES && a.endpoint ? a : null;
  } catch {
    return null;
  }
}

const PARAMETROS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];

/**
 * El lado de la unidad (AU) de un lanzamiento cmi5: el LMS abre la aplicación con
 * endpoint, fetch, actor, registration y activityId en la dirección (que sigue ahí al
 * recargar: la aplicación solo cambia lo que va después de #). Sin ninguno, null; con
 * alguno, deben estar todos y ser válidos, o { error } dice en español qué falla.
 */
export function lanzamiento() {
  const q = new URLSearchParams(location.search);
  if (PARAMETROS.every((p) => !q.has(p))) return null;
  const v = Object.fromEntries(PARAMETROS.map((p) => [p, (q.get(p) || '').trim()]));
  const malo = (m) => ({ error: `El enlace con que el LMS abrió el entrenador no sirve para enviar los resultados: ${m}` });
  const faltan = PARAMETROS.filter((p) => !v[p]);
  if (faltan.length) return malo(`le falta ${faltan.map((p) => `«${p}»`).join(', ')}`);
  for (const p of ['endpoint', 'fetch']) {
    if (!/^https?:\/\/[^\s]+$/.test(v[p])) return malo(`«${p}» no es una dirección http:// o https://`);
  }
  let actor;
  try { actor = JSON.parse(v.actor); } catch { return malo('«actor» no es un agente xAPI (JSON)'); }
  const cuenta = actor?.account && typeof actor.account.homePage === 'string' && typeof actor.account.name === 'string';
  const correo = typeof actor?.mbox === 'string' && actor.mbox.startsWith('mailto:');
  if (typeof actor !== 'object' || !(cuenta || correo) || (actor.objectType && actor.objectType !== 'Agent')) {
    return malo('«actor» no identifica a la persona (ni «account» ni «mbox»)');
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v.registration)) return malo('«registration» no es un UUID');
  if (!v.activityId.includes(':') || /\s/.test(v.activityId)) return malo('«activityId» no es un IRI');
  return {
    endpoint: v.endpoint.endsWith('/') ? v.endpoint : `${v.endpoint}/`,
    fetch: v.fetch,
    actor: JSON.stringify(actor),
    registro: v.registration.toLowerCase(),
    actividad: v.activityId,
    nombre: typeof actor.name === 'string' ? actor.name.trim() : '',
  };
}

/** La dirección del LRS configurado ('' si no hay). */
export function lrsConfigurado() {
  return ajustes()?.endpoint || '';
}

const base64 = (texto) => btoa(String.fromCharCode(...new TextEncoder().encode(texto)));

/** La credencial para una declaración: la del lanzamiento cmi5 (pedida una vez al LMS) o la configurada. */
async function autorizacion(p) {
  if (p.fetch) {
    const clave = CREDENCIAL + p.fetch;
    let token = sessionStorage.getItem(clave);
    if (!token) {
      let r;
      try {
        r = await fetch(p.fetch, { method: 'POST' });
      } catch {
        throw new Error('no hay conexión con el LMS para pedir la credencial');
      }
      let datos = {};
      try { datos = await r.json(); } catch { /* abajo */ }
      token = r.ok && datos['auth-token'];
      if (!token) throw new Error(`el LMS no dio la credencial para el LRS${datos['error-text'] ? ` (${datos['error-text']})` : ` (${r.status})`}`);
      sessionStorage.setItem(clave, token);
    }
    return `Basic ${token}`;
  }
  const a = ajustes();
  if (!a || a.endpoint !== p.endpoint) throw new Error(`no hay credenciales para el LRS «${p.endpoint}»: RR. HH. debe configurarlo en este navegador`);
  return `Basic ${base64(`${a.usuario}:${a.clave}`)}`;
}

/** Envía una declaración; devuelve el código HTTP (o 0 si lo que respondió con 200 no es un LRS). */
async function publicar(p) {
  const r = await fetch(`${p.endpoint}statements`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: await autorizacion(p) },
    body: p.declaracion,
  });
  if (r.status === 200) {
    // un LRS responde con la lista de ids guardados; otra cosa no es un LRS
    try {
      if (!Array.isArray(await r.json())) return 0;
    } catch {
      return 0;
    }
  }
  return r.status;
}

/** Envía lo que espera; devuelve por qué se detuvo ('' si no queda nada). */
async function vaciar() {
  for (;;) {
    const p = leerCola().pendientes[0];
    if (!p) return '';
    let estado;
    try {
      estado = await publicar(p);
    } catch (e) {
      return e instanceof TypeError ? 'no hay conexión con el LRS' : String(e.message || e);
    }
    const misma = (q) => q.id === p.id && q.endpoint === p.endpoint;
    if ((estado >= 200 && estado < 300) || estado === 409) {
      // se recuerdan las entregadas (las últimas mil): volver a armarlas no las vuelve a enviar
      cambiarCola((c) => {
        c.pendientes = c.pendientes.filter((q) => !misma(q));
        c.entregadas = [...c.entregadas.filter((e) => e !== `${p.endpoint} ${p.id}`), `${p.endpoint} ${p.id}`].slice(-1000);
      });
    } else if (estado === 400) {
      // el LRS no acepta su contenido: aparte, sin perderla
      cambiarCola((c) => { c.pendientes = c.pendientes.filter((q) => !misma(q)); c.rechazadas.push(p); });
    } else if (estado === 0) {
      return 'lo que respondió en esa dirección no es un LRS xAPI: RR. HH. debe revisar la dirección';
    } else if (estado === 401 || estado === 403) {
      return 'el LRS rechazó las credenciales: RR. HH. debe revisarlas en la configuración del LRS';
    } else {
      return `el LRS respondió con un error (${estado})`;
    }
  }
}

/** Empieza a enviar (si ya se está enviando, el envío en curso vuelve a mirar la cola al terminar). */
export async function enviar() {
  if (enviando) {
    otraVez = true;
    return;
  }
  enviando = true;
  do {
    otraVez = false;
    try {
      problema = await vaciar();
    } catch (e) {
      problema = String(e.message || e);
    }
  } while (otraVez && !problema);
  enviando = false;
  avisar();
  if (problema && !reintento) {
    fallos += 1;
    // 2, 4, 8 y 16 segundos, y después cada medio minuto
    const espera = Math.min(2000 * 2 ** Math.min(fallos - 1, 5), 30000);
    reintento = setTimeout(() => { reintento = null; enviar(); }, espera);
  } else if (!problema) {
    fallos = 0;
  }
}

/**
 * Guarda una declaración en la cola (una vez: una id que espera, se rechazó o ya se
 * entregó a ese LRS no vuelve a entrar) y empieza a
 * enviar. `fetchUrl` es la dirección «fetch» de un lanzamiento cmi5, o ''. Devuelve
 * '' o por qué no se pudo guardar.
 */
export function encolar(endpoint, fetchUrl, id, declaracion) {
  try {
    cambiarCola((c) => {
      const misma = (q) => q.id === id && q.endpoint === endpoint;
      if (!c.pendientes.some(misma) && !c.rechazadas.some(misma) && !c.entregadas.includes(`${endpoint} ${id}`)) {
        c.pendientes.push({ endpoint, fetch: fetchUrl || undefined, id, declaracion });
      }
    });
  } catch (e) {
    return String(e.message || e);
  }
  enviar();
  return '';
}

/** Un problema que la página debe mostrar (del lado de Rust del módulo). */
export function avisarProblema(m) {
  problema = m;
  avisar();
}

/**
 * Al abrir la aplicación: dice lo que espera (y qué falla en el enlace de un
 * lanzamiento cmi5, si falla algo) y lo reintenta; también al volver la conexión.
 */
export function reanudar() {
  errorLanzamiento = lanzamiento()?.error || '';
  avisar();
  addEventListener('online', () => enviar());
  try {
    if (leerCola().pendientes.length) enviar();
  } catch { /* avisar() ya lo dijo */ }
}
