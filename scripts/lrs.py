"""Envía a un LRS (Ralph) las declaraciones xAPI de una certificación, dos veces
(la segunda es un reintento con los mismos «id»), y comprueba con GET /xAPI/statements que cada una
está una sola vez, con su resultado y el expediente para volver a verificarlo.

Uso: lrs.py URL USUARIO CLAVE DECLARACIONES.json
"""
import base64
import json
import sys
import urllib.error
import urllib.request

url, usuario, clave, ruta = sys.argv[1:5]
cabeceras = {
    "Authorization": "Basic " + base64.b64encode(f"{usuario}:{clave}".encode()).decode(),
    "X-Experience-API-Version": "1.0.3",
    "Content-Type": "application/json",
}


def pedir(metodo, camino, cuerpo=None):
    datos = json.dumps(cuerpo).encode() if cuerpo is not None else None
    r = urllib.request.Request(url + camino, data=datos, headers=cabeceras, method=metodo)
    try:
        with urllib.request.urlopen(r, timeout=30) as respuesta:
            return respuesta.status, json.loads(respuesta.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")


with open(ruta, encoding="utf-8") as f:
    declaraciones = json.load(f)
ids = [d["id"] for d in declaraciones]
# todas en un lote (el almacenamiento en archivos de Ralph 5.1 escribe una vez por
# lote), y el mismo lote otra vez, como un reintento tras una respuesta perdida
estado, cuerpo = pedir("POST", "/xAPI/statements", declaraciones)
if estado != 200 or sorted(cuerpo) != sorted(ids):
    sys.exit(f"lrs: el LRS no aceptó las declaraciones ({estado}): {cuerpo}")
estado, cuerpo = pedir("POST", "/xAPI/statements", declaraciones)
if estado not in (200, 204, 409):
    sys.exit(f"lrs: el reintento dio {estado}: {cuerpo}")
estado, cuerpo = pedir("GET", "/xAPI/statements?limit=100")
if estado != 200:
    sys.exit(f"lrs: GET /xAPI/statements dio {estado}: {cuerpo}")
guardadas = cuerpo["statements"]
vistos = [s["id"] for s in guardadas]
if sorted(vistos) != sorted(ids):
    sys.exit(f"lrs: se esperaban {len(ids)} declaraciones, una vez cada una; hay {len(vistos)}: {vistos}")
final = next(s for s in guardadas if s["verb"]["id"].endswith(("/passed", "/failed")))
expediente = final["result"]["extensions"]["urn:entrenador-protocolo:extension:expediente"]
if expediente.get("formato") != "entrenador-protocolo/expediente":
    sys.exit("lrs: la declaración final no trae el expediente")
completados = [s for s in guardadas if s["verb"]["id"].endswith("/completed")]
print(f"lrs: {len(guardadas)} declaraciones en Ralph, una vez cada una aunque se enviaron dos veces "
      f"({len(completados)} escenarios, resultado «{final['verb']['display']['es-CR']}», expediente {expediente['codigo']})")
with open(ruta.replace(".json", "-leidas.json"), "w", encoding="utf-8") as f:
    json.dump(guardadas, f, ensure_ascii=False)
