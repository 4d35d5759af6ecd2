"""Verifica un certificado del Entrenador de Protocolo con openbadgeslib (una
implementación independiente de Open Badges 3.0): con la clave pública en PEM y
con el did:key del emisor, y comprueba que un certificado alterado falla.

Uso: insignias.py CERTIFICADO.json PUBLICA.pem DID
Sale con 0 si todo se cumple; con 1 y el motivo si no.
"""
import base64
import json
import sys

from openbadgeslib.ob3.verifier import OB3Verifier, OB3VerificationError


def main() -> int:
    ruta, ruta_pem, did = sys.argv[1:4]
    with open(ruta, encoding="utf-8") as f:
        certificado = json.load(f)
    token = certificado["credencial"]
    with open(ruta_pem, "rb") as f:
        pem = f.read()
    persona = "urn:cr:cedula:" + certificado["expediente"]["participante"]["cedula"]

    # 1. con la clave pública del emisor, atada a la persona
    credencial = OB3Verifier(pem).verify(token, expected_recipient=persona)
    assert credencial.issuer.id == did, (credencial.issuer.id, did)
    assert credencial.achievement.name.startswith("Protocolo de servicio"), credencial.achievement.name
    # 2. con el did:key del emisor, resuelto sin red (la clave es el identificador)
    OB3Verifier.for_issuer_did(did).verify(token)
    print("openbadgeslib: la credencial verifica (clave PEM y did:key):", credencial.id)

    # 3. alterada: otro nombre en el contenido firmado, con la firma de antes
    cabecera, cuerpo, firma = token.split(".")
    datos = json.loads(base64.urlsafe_b64decode(cuerpo + "=" * (-len(cuerpo) % 4)))
    datos["credentialSubject"]["name"] = "Otra Persona"
    nuevo = base64.urlsafe_b64encode(json.dumps(datos).encode()).rstrip(b"=").decode()
    for alterada, que in (
        (f"{cabecera}.{nuevo}.{firma}", "otro nombre"),
        (f"{cabecera}.{cuerpo}.{firma[:-2]}{'AA' if not firma.endswith('AA') else 'BB'}", "un byte de la firma"),
    ):
        try:
            OB3Verifier(pem).verify(alterada)
        except OB3VerificationError as e:
            print(f"openbadgeslib: la alterada ({que}) se rechaza: {e}")
        else:
            print(f"openbadgeslib aceptó una credencial alterada ({que})", file=sys.stderr)
            return 1
    # 4. otra persona esperada
    try:
        OB3Verifier(pem).verify(token, expected_recipient="urn:cr:cedula:9-9999-9999")
    except OB3VerificationError:
        print("openbadgeslib: la credencial no vale para otra persona")
    else:
        print("openbadgeslib aceptó la credencial para otra persona", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
