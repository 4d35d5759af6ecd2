"""Arma el paquete SCORM 1.2 de la aplicación de formación: un imsmanifest.xml
con un solo SCO (index.html) que lista todos los archivos, y el zip.

Uso: paquete_scorm.py CARPETA SALIDA.zip [MODO]
MODO (los datos de lanzamiento, cmi.launch_data) es «practica» o «certificacion».
"""
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

carpeta, salida = Path(sys.argv[1]), Path(sys.argv[2])
modo = sys.argv[3] if len(sys.argv) > 3 else "practica"
if modo not in ("practica", "certificacion"):
    sys.exit(f"paquete_scorm: el modo es «practica» o «certificacion», no «{modo}»")
archivos = sorted(p.relative_to(carpeta).as_posix() for p in carpeta.rglob("*") if p.is_file())
if "index.html" not in archivos:
    sys.exit(f"paquete_scorm: falta {carpeta}/index.html")
lista = "\n".join(f"      <file href={quoteattr(a)}/>" for a in archivos)
titulo = "Protocolo de servicio en el comercio" + (" · certificación" if modo == "certificacion" else " · práctica")
manifiesto = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="entrenador-protocolo-ins-{modo}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="entrenador">
    <organization identifier="entrenador">
      <title>Entrenador de Protocolo · INS</title>
      <item identifier="visita" identifierref="sco" isvisible="true">
        <title>{escape(titulo)}</title>
        <adlcp:datafromlms>modo={modo}</adlcp:datafromlms>
        <adlcp:masteryscore>80</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
{lista}
    </resource>
  </resources>
</manifest>
"""
salida.parent.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(salida, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("imsmanifest.xml", manifiesto)
    for a in archivos:
        z.write(carpeta / a, a)
print(f"paquete_scorm: {salida} ({len(archivos)} archivos, modo {modo})")
