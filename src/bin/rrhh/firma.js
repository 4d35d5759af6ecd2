export async function clave_publicada() {
  try {
    const r = await fetch('emisor.jwk', { cache: 'no-store' });
    return r.ok ? await r.text() : '';
  } catch (e) {
    return '';
  }
}
export async function verificar_jws(jwk_texto, token) {
  try {
    const jwk = JSON.parse(jwk_texto);
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
      return { error: 'la clave del emisor no es una clave pública Ed25519 (JWK)' };
    }
    const partes = token.split('.');
    if (partes.length !== 3) return { error: 'la credencial no es un JWS compacto' };
    const bytes = (t) => Uint8Array.from(
      atob(t.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - t.length % 4) % 4)),
      (c) => c.charCodeAt(0));
    const cabecera = JSON.parse(new TextDecoder().decode(bytes(partes[0])));
    if (cabecera.alg !== 'EdDSA') return { error: 'la credencial no está firmada con EdDSA' };
    let clave;
    try {
      clave = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x },
        { name: 'Ed25519' }, false, ['verify']);
    } catch (e) {
      return { error: 'este navegador no puede verificar firmas Ed25519: use uno reciente o «protocolo verificar»' };
    }
    const firma = bytes(partes[2]);
    const mensaje = new TextEncoder().encode(partes[0] + '.' + partes[1]);
    if (!(await crypto.subtle.verify({ name: 'Ed25519' }, clave, firma, mensaje))) {
      return { error: 'la firma no corresponde a la clave pública del emisor: el certificado fue alterado o lo firmó otra clave' };
    }
    return { contenido: new TextDecoder().decode(bytes(partes[1])), emisor: jwk.kid || '' };
  } catch (e) {
    return { error: 'la credencial o la clave del emisor están dañadas' };
  }
}

let claveActual = null;
const b64url = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
function tlv(b, i) {
  const tag = b[i];
  let largo = b[i + 1], p = i + 2;
  if (largo & 0x80) { const n = largo & 0x7f; largo = 0; for (let k = 0; k < n; k++) largo = largo * 256 + b[p++]; }
  return { tag, ini: p, fin: p + largo };
}
function hijos(b, nodo) { const r = []; let i = nodo.ini; while (i < nodo.fin) { const h = tlv(b, i); r.push(h); i = h.fin; } return r; }
function base58(bytes) {
  const A = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  const d = [0];
  for (const byte of bytes) {
    let c = byte;
    for (let j = 0; j < d.length; j++) { c += d[j] << 8; d[j] = c % 58; c = (c / 58) | 0; }
    while (c) { d.push(c % 58); c = (c / 58) | 0; }
  }
  let s = '';
  for (const byte of bytes) { if (byte === 0) s += '1'; else break; }
  for (let k = d.length - 1; k >= 0; k--) s += A[d[k]];
  return s;
}
async function abrirCifrada(der, frase) {
  const PBKDF2 = '2a864886f70d01050c', AES256CBC = '60864801650304012a', HMAC256 = '2a864886f70d0209';
  const [alg, datos] = hijos(der, tlv(der, 0));
  const [, pbes2] = hijos(der, alg);
  const [kdf, esquema] = hijos(der, pbes2);
  const [kdfOid, kdfPar] = hijos(der, kdf);
  if (hex(der.subarray(kdfOid.ini, kdfOid.fin)) !== PBKDF2) throw new Error('metodo');
  const [sal, iter, ...resto] = hijos(der, kdfPar);
  let hash = 'SHA-1';
  for (const r of resto) if (r.tag === 0x30) { const [o] = hijos(der, r); if (hex(der.subarray(o.ini, o.fin)) === HMAC256) hash = 'SHA-256'; }
  const [cifOid, iv] = hijos(der, esquema);
  if (hex(der.subarray(cifOid.ini, cifOid.fin)) !== AES256CBC) throw new Error('metodo');
  let iteraciones = 0;
  for (const x of der.subarray(iter.ini, iter.fin)) iteraciones = iteraciones * 256 + x;
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(frase), 'PBKDF2', false, ['deriveKey']);
  const aes = await crypto.subtle.deriveKey({ name: 'PBKDF2', salt: der.slice(sal.ini, sal.fin), iterations: iteraciones, hash },
    base, { name: 'AES-CBC', length: 256 }, false, ['decrypt']);
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv: der.slice(iv.ini, iv.fin) }, aes, der.slice(datos.ini, datos.fin)));
}
export async function preparar_clave(pem, frase) {
  claveActual = null;
  const cifrada = pem.includes('ENCRYPTED PRIVATE KEY');
  const cuerpo = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  let der;
  try { der = Uint8Array.from(atob(cuerpo), (c) => c.charCodeAt(0)); } catch (e) { return { error: 'no es una clave privada en PEM: use la que creó «protocolo claves nueva»' }; }
  if (cifrada) {
    if (!frase) return { error: 'la clave privada está cifrada: escriba su frase de paso' };
    try { der = await abrirCifrada(der, frase); } catch (e) {
      return { error: e.message === 'metodo'
        ? 'la clave está cifrada con un método que el navegador no abre: fírmela con «protocolo firmar»'
        : 'no se pudo abrir la clave privada: la frase de paso no es la correcta' };
    }
  }
  try {
    // PKCS#8 v1 con solo la semilla (la v2 lleva además la clave pública, y la Web
    // Crypto API no siempre la acepta)
    const [, , privada] = hijos(der, tlv(der, 0));
    const semilla = der.subarray(privada.fin - 32, privada.fin);
    const v1 = new Uint8Array([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20, ...semilla]);
    const clave = await crypto.subtle.importKey('pkcs8', v1, { name: 'Ed25519' }, true, ['sign']);
    const jwk = await crypto.subtle.exportKey('jwk', clave);
    const x = Uint8Array.from(atob(jwk.x.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - jwk.x.length % 4) % 4)), (c) => c.charCodeAt(0));
    claveActual = clave;
    return { did: 'did:key:z' + base58(new Uint8Array([0xed, 0x01, ...x])) };
  } catch (e) {
    return { error: cifrada ? 'no se pudo abrir la clave privada: la frase de paso no es la correcta'
      : 'no es una clave privada Ed25519 (PKCS#8) o este navegador no firma con Ed25519' };
  }
}
export async function firmar_jws(cabecera, contenido) {
  if (!claveActual) return { error: 'no hay ninguna clave preparada' };
  const enc = (t) => b64url(new TextEncoder().encode(t));
  const entrada = enc(cabecera) + '.' + enc(contenido);
  const firma = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, claveActual, new TextEncoder().encode(entrada)));
  return { jws: entrada + '.' + b64url(firma) };
}
export function olvidar_clave() { claveActual = null; }
export function fecha_iso(segundos) { return new Date(segundos * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'); }
