// Pegamento del navegador de la aplicación de formación (en JavaScript no pesa
// en el wasm de la primera carga, y va en un solo archivo: una solicitud).
// Tres partes: sin conexión, hojas de estilo y la compresión de lo que se
// guarda en un LMS SCORM.
//
// Sin conexión (src/sin_conexion.rs): registra el trabajador de servicio (src/sw.js; dist/sw.js lo
// escribe scripts/trabajador.mjs), ofrece la versión nueva que espera («Hay una
// versión nueva: recargar») y la activa cuando la persona lo pide; pide
// almacenamiento persistente y dice cuánto hay guardado en este dispositivo.

let pedida = false;

/** El aviso de la versión nueva, antes del contenido de la página. */
function ofrecerVersion() {
  if (document.querySelector('.version-nueva')) return;
  const caja = document.createElement('div');
  caja.className = 'version-nueva';
  caja.setAttribute('role', 'status');
  const texto = document.createElement('p');
  const boton = document.createElement('button');
  boton.type = 'button';
  boton.className = 'boton-primario';
  boton.textContent = 'recargar';
  boton.onclick = actualizar;
  const nota = document.createElement('span');
  nota.textContent = ' Lo que lleva hecho se conserva.';
  texto.append('Hay una versión nueva: ', boton, nota);
  caja.append(texto);
  const principal = document.querySelector('main');
  if (principal) principal.before(caja); else document.body.append(caja);
}

/** Registra el trabajador; cuando una versión nueva espera, lo dice en la página. */
export function registrar() {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  // después de la carga: guardar la aplicación no compite con la primera pantalla
  if (document.readyState !== 'complete') {
    addEventListener('load', () => registrar(), { once: true });
    return;
  }
  sw.register('sw.js').then((r) => {
    const revisar = () => {
      if (r.waiting && sw.controller) ofrecerVersion();
    };
    revisar();
    r.addEventListener('updatefound', () => {
      const nuevo = r.installing;
      nuevo?.addEventListener('statechange', () => { if (nuevo.state === 'installed') revisar(); });
    });
    // una pestaña que queda abierta días también se entera
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') r.update().catch(() => {});
    });
  }).catch((e) => console.warn('Entrenador de Protocolo: sin trabajador de servicio:', e?.message || e));
  // la primera activación no recarga: solo la que la persona pidió
  sw.addEventListener('controllerchange', () => { if (pedida) location.reload(); });
}

/** Activa la versión nueva y recarga (lo guardado después de cada turno sigue ahí). */
function actualizar() {
  pedida = true;
  const recargar = () => location.reload();
  if (!navigator.serviceWorker) return recargar();
  navigator.serviceWorker.getRegistration()
    .then((r) => (r?.waiting ? r.waiting.postMessage('activar') : recargar()), recargar);
}

/** Pide que el navegador no borre lo guardado (historial, registros en cola) si le falta espacio. */
export function pedirPersistencia() {
  navigator.storage?.persist?.().catch(() => {});
}

// «12 KB», «1,3 MB», como se lee en Costa Rica
const tamano = (b) => (b < 1048576 ? `${Math.max(1, Math.ceil(b / 1024))} KB` : `${(b / 1048576).toFixed(1).replace('.', ',')} MB`);

/**
 * Escribe en el elemento `#uso-almacen` cuánto hay guardado en este dispositivo
 * (historial e intentos; la aplicación para usarla sin conexión) y si el
 * navegador promete conservarlo.
 */
export async function mostrarUso() {
  // (la página que lo pide aún no está dibujada)
  await new Promise((r) => setTimeout(r));
  const partes = [];
  try {
    let datos = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith('entrenador-protocolo/')) datos += 2 * (k.length + (localStorage.getItem(k) || '').length);
    }
    partes.push(`${tamano(datos)} de historial e intentos`);
  } catch { /* sin almacenamiento: no hay nada guardado que contar */ }
  let conserva = '';
  try {
    const e = await navigator.storage.estimate();
    const aplicacion = e.usageDetails?.caches ?? e.usage;
    if (aplicacion > 0) partes.push(`${tamano(aplicacion)} de la aplicación, para usarla sin conexión`);
    conserva = (await navigator.storage.persisted())
      ? ' El navegador lo conserva aunque le falte espacio.'
      : ' Si al navegador le falta espacio podría borrarlo: descargue los expedientes que deba conservar.';
  } catch { /* el navegador no lo dice */ }
  const p = document.getElementById('uso-almacen');
  if (p && partes.length) p.textContent = `Guardado en este dispositivo: ${partes.join('; ')}.${conserva}`;
}

// Hojas de estilo (componentes::pagina::pedir_hoja): las de las páginas que la primera pantalla no necesita
// (style/{aprender,historial,certificado,informe,visita}.css, con su huella:
// build.rs). Mientras llegan, <html class="cargando-hoja"> oculta el contenido
// (style/main.css) para que no se vea un instante sin estilos; si no llegan (sin
// red y sin copia guardada), se muestra igual a los 3 s.

/** Pide la hoja `archivo` si aún no está en la página. */
export function pedirHoja(archivo) {
  if (document.querySelector(`link[href="${archivo}"]`)) return;
  const raiz = document.documentElement;
  const enlace = document.createElement('link');
  // la página puede pedir dos: se muestra cuando llegaron todas
  enlace.onload = enlace.onerror = () => {
    enlace.dataset.listo = '1';
    if (document.querySelector('link[data-hoja]:not([data-listo])')) return;
    raiz.classList.remove('cargando-hoja');
    // oculta, la página no podía recibir el foco: ahora va a donde ella lo pide
    if (document.activeElement === document.body) document.querySelector('.principal [autofocus]')?.focus();
    if ('enfocarTitulo' in raiz.dataset) {
      delete raiz.dataset.enfocarTitulo;
      enfocarTitulo();
    }
  };
  enlace.dataset.hoja = '';
  enlace.rel = 'stylesheet';
  enlace.href = archivo;
  raiz.classList.add('cargando-hoja');
  document.head.append(enlace);
}

/**
 * Al cambiar de página (src/app.rs): el foco va a su título, que un lector de
 * pantalla lee, salvo que la página ya lo haya llevado adentro (la caja de
 * mensaje de la visita). Oculta mientras llega su hoja, la página no puede
 * recibir el foco: se hace cuando se muestra.
 */
export function enfocarTitulo() {
  const raiz = document.documentElement;
  if (raiz.classList.contains('cargando-hoja')) {
    raiz.dataset.enfocarTitulo = '';
    return;
  }
  const principal = document.getElementById('principal');
  const activo = document.activeElement;
  if (!principal || (activo !== principal && principal.contains(activo))) return;
  const titulo = principal.querySelector('h1');
  if (titulo) {
    titulo.tabIndex = -1;
    titulo.focus();
  }
}

// SCORM (src/scorm.rs): lo que se guarda en cmi.suspend_data (4 096 caracteres
// como máximo) va comprimido con deflate sin cabecera y en base64.

export async function comprimir(texto) {
  const flujo = new Blob([texto]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(flujo).arrayBuffer());
  let binario = '';
  for (const b of bytes) binario += String.fromCharCode(b);
  return btoa(binario);
}
export async function descomprimir(b64) {
  try {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const flujo = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return await new Response(flujo).text();
  } catch (e) {
    return '';
  }
}

// La voz (src/componentes/voz.rs): las líneas del cliente y del operador se leen en
// voz alta con speechSynthesis (una voz en español, mejor de Costa Rica) si la persona
// encendió «Voz» (se recuerda en el dispositivo), y se puede dictar un turno con el
// reconocimiento de voz del navegador, donde lo haya: lo oído queda en la caja de
// mensaje, marcado data-dictado, para corregirlo antes de enviarlo. <html> lleva las
// clases hay-voz y puede-dictar, que muestran «Voz» y «Dictar» (style/visita.css).

const CLAVE_VOZ = 'entrenador-protocolo/voz';
const Reconocimiento = () => globalThis.SpeechRecognition ?? globalThis.webkitSpeechRecognition;

function vozEspanola() {
  const voces = globalThis.speechSynthesis?.getVoices?.() ?? [];
  return voces.find((v) => /^es[-_]CR$/i.test(v.lang)) ?? voces.find((v) => /^es([-_]|$)/i.test(v.lang));
}

/** Si «Voz» está encendida (lo guardado en el dispositivo). */
export function vozEncendida() {
  try { return localStorage.getItem(CLAVE_VOZ) === 'si'; } catch { return false; }
}

let preparada = false;

/**
 * Al abrir una visita (no antes: preguntar por las voces despierta la síntesis del
 * navegador, y la primera carga no la necesita): las clases de <html> que muestran
 * «Voz» y «Dictar». Las voces pueden llegar un poco después.
 */
export function prepararVoz() {
  if (preparada) return;
  preparada = true;
  const raiz = document.documentElement;
  const voces = () => raiz.classList.toggle('hay-voz', !!vozEspanola());
  voces();
  globalThis.speechSynthesis?.addEventListener?.('voiceschanged', voces);
  raiz.classList.toggle('puede-dictar', typeof Reconocimiento() === 'function');
}

/** «Voz»: enciende o apaga la lectura (apagarla calla lo que se leía) y lo recuerda. */
export function alternarVoz() {
  const encendida = !vozEncendida();
  try { localStorage.setItem(CLAVE_VOZ, encendida ? 'si' : 'no'); } catch { /* sin almacenamiento: solo esta vez */ }
  if (!encendida) globalThis.speechSynthesis?.cancel();
  document.querySelector('.boton-voz')?.setAttribute('aria-pressed', String(encendida));
}

/** Lee `texto` en voz alta si «Voz» está encendida; `quien` («cliente», «operador», «tercero») cambia el tono. */
export function hablar(texto, quien) {
  const voz = vozEspanola();
  if (!voz || !vozEncendida()) return;
  const dicho = new SpeechSynthesisUtterance(texto);
  dicho.voice = voz;
  dicho.lang = voz.lang;
  dicho.pitch = quien === 'operador' ? 0.9 : quien === 'tercero' ? 1.2 : 1.05;
  globalThis.speechSynthesis.speak(dicho);
}

const FALLOS_DICTADO = {
  'not-allowed': 'El navegador no dejó usar el micrófono: permítalo o escriba el mensaje.',
  'service-not-allowed': 'El navegador no dejó usar el micrófono: permítalo o escriba el mensaje.',
  'no-speech': 'No se oyó nada: intente de nuevo o escriba el mensaje.',
  'audio-capture': 'No hay un micrófono disponible: escriba el mensaje.',
  network: 'El dictado necesita conexión: escriba el mensaje.',
};
let escuchando = null;

/**
 * «Dictar»: escucha un turno y lo agrega a la caja de mensaje (con un evento input,
 * como si se escribiera, y marcada data-dictado); #nota-dictado dice qué pasa. Pulsado
 * otra vez mientras escucha, deja de escuchar y entrega lo oído.
 */
export function dictar() {
  if (escuchando) return escuchando.stop();
  const caja = document.getElementById('mensaje');
  const nota = document.getElementById('nota-dictado');
  const boton = document.querySelector('.boton-dictar');
  const r = new (Reconocimiento())();
  r.lang = 'es-CR';
  r.interimResults = false;
  r.maxAlternatives = 1;
  let oido = '';
  let fallo = '';
  r.onresult = (e) => { oido = Array.from(e.results, (x) => x[0].transcript).join(' ').trim(); };
  r.onerror = (e) => { fallo = FALLOS_DICTADO[e.error] ?? 'No se pudo dictar: escriba el mensaje.'; };
  r.onend = () => {
    escuchando = null;
    boton?.setAttribute('aria-pressed', 'false');
    if (!oido || !caja) {
      if (nota) nota.textContent = fallo || FALLOS_DICTADO['no-speech'];
      return;
    }
    const antes = caja.value.trimEnd();
    caja.value = (antes ? `${antes} ${oido}` : oido).slice(0, caja.maxLength > 0 ? caja.maxLength : undefined);
    caja.dataset.dictado = '';
    // vaciada la caja, lo que se escriba después ya no es dictado
    caja.addEventListener('input', function vaciada() {
      if (caja.value.trim()) return;
      delete caja.dataset.dictado;
      caja.removeEventListener('input', vaciada);
    });
    caja.dispatchEvent(new Event('input', { bubbles: true }));
    if (nota) nota.textContent = 'Revise el texto dictado, corríjalo si hace falta y pulse Enviar.';
    caja.focus();
  };
  escuchando = r;
  boton?.setAttribute('aria-pressed', 'true');
  if (nota) nota.textContent = 'Escuchando… hable ahora; pulse «Dictar» otra vez para terminar.';
  r.start();
}

/** Al enviar: si el texto de la caja salió del dictado (corregido o no); quita la marca y la nota. */
export function tomarDictado() {
  const caja = document.getElementById('mensaje');
  const dictado = !!caja && 'dictado' in caja.dataset;
  if (caja) delete caja.dataset.dictado;
  const nota = document.getElementById('nota-dictado');
  if (nota) nota.textContent = '';
  return dictado;
}

// ─── El cargador del módulo LRS (xAPI) ───
// (va aquí y no en un archivo propio: un pedido menos en la primera carga)
//: un wasm aparte (src/bin/lrs/) que arma las
// declaraciones de una certificación y las envía. Solo se carga cuando hace falta
// (hay un LRS configurado, un lanzamiento cmi5 o algo esperando en la cola): quien
// solo practica no lo descarga. `make build` lo deja en dist/ como lrs-<huella>.js y
// lrs-<huella>_bg.wasm y escribe esa huella en <meta name="entrenador-lrs">.

const COLA = 'entrenador-protocolo/cola-xapi';
const AJUSTES = 'entrenador-protocolo/lrs';
const CMI5 = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];
let moduloLrs = null;

function cargarLrs() {
  if (!moduloLrs) {
    const nombre = document.querySelector('meta[name="entrenador-lrs"]')?.content || 'lrs';
    const url = (f) => new URL(f, document.baseURI).href;
    moduloLrs = import(url(`${nombre}.js`)).then(async (m) => {
      await m.default({ module_or_path: url(`${nombre}_bg.wasm`) });
      return m;
    });
    moduloLrs.catch((e) => {
      moduloLrs = null;
      dispatchEvent(new CustomEvent('entrenador-protocolo:lrs', {
        detail: { pendientes: 0, rechazadas: 0, problema: `no se pudo cargar el envío al LRS (${e?.message || e})` },
      }));
    });
  }
  return moduloLrs;
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
  if (hayLrs()) cargarLrs().then((m) => m.al_cambiar()).catch(() => {});
}

/** Al abrir la aplicación: con un LRS o algo esperando, el módulo reintenta y valida el lanzamiento. */
export function reanudar() {
  if (hayLrs() || localStorage.getItem(COLA) !== null) cargarLrs().then((m) => m.reanudar()).catch(() => {});
}
