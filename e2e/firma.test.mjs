// De extremo a extremo: un certificado que firmó RR. HH. con «protocolo firmar»
// verifica en la página «Verificar certificado» (la firma Ed25519 la comprueba la
// Web Crypto API de Chromium) con la clave que publica la instalación o con la que
// se elige, y uno alterado o verificado con otra clave no.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { abrir, BASE } from './navegador.mjs';

const TMP = mkdtempSync(join(tmpdir(), 'entrenador-firma-'));
const cargo = (...args) => execFileSync('cargo', ['run', '-q', '--release', '-p', 'protocolo', ...args], { encoding: 'utf8' });

const expediente = join(TMP, 'expediente.json');
writeFileSync(expediente, cargo('--example', 'expediente_aprobado', '--', 'Ana Solís Mora'));
cargo('--bin', 'protocolo', '--', 'claves', 'nueva', '--salida', join(TMP, 'rrhh'));
cargo('--bin', 'protocolo', '--', 'claves', 'nueva', '--salida', join(TMP, 'otra'));
const certificado = join(TMP, 'certificado.json');
cargo('--bin', 'protocolo', '--', 'firmar', expediente, '--clave', join(TMP, 'rrhh.privada.pem'), '--salida', certificado);

async function verificar(p, archivo, clave) {
  await p.goto(`${BASE}rrhh.html#/verificar`);
  if (clave) {
    await p.locator('details.clave-emisor summary').click();
    await p.getByLabel('Clave pública del emisor (.jwk)').setInputFiles(clave);
    await p.locator('details.clave-emisor summary', { hasText: 'Clave pública del emisor: ' }).waitFor();
  }
  await p.getByLabel('Certificado o expediente a verificar').setInputFiles(archivo);
  await p.locator('.veredicto-exp .sello').waitFor();
  return p.locator('.veredicto-exp').innerText();
}

test('un certificado firmado verifica en la web y uno alterado no', async () => {
  const n = await abrir();
  try {
    const p = n.pagina;
    const bien = await verificar(p, certificado, join(TMP, 'rrhh.publica.jwk'));
    assert.match(bien, /^VÁLIDO/, bien);
    for (const hecho of ['firma del emisor', 'fechas de validez', 'el expediente es el firmado', 'recalificación de cada transcripción']) {
      assert.ok(bien.includes(`✓ ${hecho}`), `${hecho}: ${bien}`);
    }
    assert.match(bien, /Ana Solís Mora/);

    // con la clave de otro emisor
    const otra = await verificar(p, certificado, join(TMP, 'otra.publica.jwk'));
    assert.match(otra, /^NO VÁLIDO/);
    assert.match(otra, /la firma no corresponde/);

    // otro nombre en el expediente que lo acompaña
    const c = JSON.parse(readFileSync(certificado, 'utf8'));
    c.expediente.participante.nombre = 'Beatriz Solano Rojas';
    const cambiado = join(TMP, 'cambiado.json');
    writeFileSync(cambiado, JSON.stringify(c));
    const mal = await verificar(p, cambiado, join(TMP, 'rrhh.publica.jwk'));
    assert.match(mal, /^NO VÁLIDO/);
    assert.match(mal, /no es el que se firmó/);

    // un byte de la firma
    const c2 = JSON.parse(readFileSync(certificado, 'utf8'));
    const partes = c2.credencial.split('.');
    partes[2] = (partes[2][0] === 'A' ? 'B' : 'A') + partes[2].slice(1);
    c2.credencial = partes.join('.');
    const firmaRota = join(TMP, 'firma-rota.json');
    writeFileSync(firmaRota, JSON.stringify(c2));
    assert.match(await verificar(p, firmaRota, join(TMP, 'rrhh.publica.jwk')), /la firma no corresponde/);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});

test('con la clave que publica la instalación no hace falta elegirla', async () => {
  const publicada = 'dist/emisor.jwk';
  copyFileSync(join(TMP, 'rrhh.publica.jwk'), publicada);
  const n = await abrir();
  try {
    assert.match(await verificar(n.pagina, certificado), /^VÁLIDO/);
  } finally {
    await n.cerrar();
    rmSync(publicada, { force: true });
  }
  // sin clave publicada ni elegida, se dice qué falta
  const m = await abrir();
  try {
    const sin = await verificar(m.pagina, certificado);
    assert.match(sin, /no publica la clave pública del emisor/);
  } finally { await m.cerrar(); }
});

test('RR. HH. firma en la página de Revisión con su clave cifrada, y el certificado verifica fuera', async () => {
  const salida = execFileSync('cargo', ['run', '-q', '--release', '-p', 'protocolo', '--bin', 'protocolo', '--', 'claves', 'nueva', '--salida', join(TMP, 'firmadora'), '--frase'],
    { encoding: 'utf8', input: 'una frase de prueba\n' });
  const did = salida.match(/Emisor: (did:key:\S+)/)[1];
  const n = await abrir();
  try {
    const p = n.pagina;
    await p.goto(`${BASE}rrhh.html#/revision`);
    await p.getByLabel('Expedientes de la cohorte').setInputFiles(expediente);
    await p.getByText(/1 expediente: 1 íntegro y 0 no válidos\./).waitFor();
    // con la frase equivocada no firma
    await p.getByLabel('Clave privada de RR. HH. (.pem)').setInputFiles(join(TMP, 'firmadora.privada.pem'));
    await p.getByLabel('Frase de paso de la clave').fill('otra frase');
    await p.getByRole('button', { name: 'Firmar y descargar (1)' }).click();
    await p.getByText(/La clave no se pudo usar: no se pudo abrir la clave privada: la frase de paso no es la correcta/).waitFor();
    // la clave se olvidó: hay que elegirla otra vez
    assert.equal(await p.getByText(/^Clave elegida:/).count(), 0);
    await p.getByLabel('Clave privada de RR. HH. (.pem)').setInputFiles(join(TMP, 'firmadora.privada.pem'));
    await p.getByLabel('Frase de paso de la clave').fill('una frase de prueba');
    const [descarga] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Firmar y descargar (1)' }).click(),
    ]);
    const firmado = join(TMP, 'firmado-en-la-web.json');
    await descarga.saveAs(firmado);
    await p.getByText(/✓ expediente\.json: certificado certificado-/).waitFor();
    assert.equal(await p.getByLabel('Frase de paso de la clave').inputValue(), '', 'la frase no queda escrita');
    // verifica con la línea de comandos…
    const v = execFileSync('cargo', ['run', '-q', '--release', '-p', 'protocolo', '--bin', 'protocolo', '--', 'verificar', firmado, '--emisor', join(TMP, 'firmadora.publica.jwk')], { encoding: 'utf8' });
    assert.match(v, /\nVÁLIDO\n/);
    // …y en openbadgeslib, la implementación independiente de Open Badges 3.0
    const ob = execFileSync('.venv/bin/python', ['scripts/insignias.py', firmado, join(TMP, 'firmadora.publica.pem'), did], { encoding: 'utf8' });
    assert.match(ob, /la credencial verifica/);
    assert.deepEqual(n.errores, []);
  } finally { await n.cerrar(); }
});
