//! Los textos de ayuda de la línea de comandos.

pub const AYUDA: &str = "protocolo: motor del Entrenador de Protocolo (INS)

Uso: protocolo <subcomando> [argumentos]

Subcomandos:
  detectar            Lee líneas JSON en la entrada estándar y escribe, por cada una,
                      las etiquetas detectadas y las palabras que las activaron.
  evaluar ARCHIVO     Compara el detector con las etiquetas «esperado» de un archivo
                      JSONL e imprime precisión, exhaustividad y F1.
  escenarios          Lista los escenarios (id y título), uno por línea.
  jugar ARCHIVO       Reproduce una transcripción (JSON) e imprime el informe en JSON.
  conversacion ARCHIVO
                      Reproduce una transcripción e imprime la conversación (la situación,
                      lo que dice cada uno y lo que se hace, con la hora), sin calificar.
  verificar ARCHIVO   Comprueba un certificado firmado (VÁLIDO o el primer fallo) o un
                      expediente sin firma (SIN FIRMA, o qué difiere).
  revisar CARPETA     Verifica todos los expedientes (*.json) de una carpeta e imprime
                      la tabla de revisión de RR. HH. en CSV.
  claves nueva        Crea el par de claves Ed25519 de la autoridad certificadora.
  firmar EXPEDIENTE   Firma un expediente aprobado y escribe el certificado (Open Badges 3.0).
  xapi EXPEDIENTE     Imprime las declaraciones xAPI de una certificación, para un LRS.

Use «protocolo <subcomando> --help» para los detalles de cada uno.";

pub const AYUDA_DETECTAR: &str = "protocolo detectar: etiqueta frases de la persona en formación

Entrada (una línea JSON por frase, en la entrada estándar):
  {\"id\": \"a1\", \"texto\": \"Buenas tardes doña María\", \"hora\": \"14:30\",
   \"cliente\": {\"nombre\": \"María Fernández\", \"genero\": \"F\"},
   \"proveedor\": \"Carlos Jiménez\", \"interlocutor\": \"cliente\"}
  «interlocutor» es «cliente» (por omisión) u «operador». Otros campos se ignoran; «id» se devuelve.

Salida (una línea JSON por entrada):
  {\"id\": \"a1\", \"etiquetas\": [\"saludo\", \"trato\"],
   \"evidencia\": {\"saludo\": [\"buenas\", \"tardes\"], \"trato\": [\"doña\", \"maría\"]}}
  Una línea que no se puede leer produce {\"linea\": N, \"error\": \"…\"} y la lectura continúa.";

pub const AYUDA_EVALUAR: &str =
    "protocolo evaluar ARCHIVO.jsonl: mide el detector con frases etiquetadas

Cada línea lleva los campos de «detectar» y además \"esperado\": [etiquetas].
Imprime por etiqueta vp, fp, fn, precisión, exhaustividad y F1; el F1 micro y macro;
la proporción de coincidencias exactas; y la lista de omisiones y falsas alarmas.
Sale con 0 aunque haya desacuerdos; con 2 si el archivo no se puede leer.";

pub const AYUDA_ESCENARIOS: &str = "protocolo escenarios: lista los escenarios incluidos

Imprime una línea por escenario: el id, un tabulador y el título.
El id es el que llevan las transcripciones en el campo «escenario».";

pub const AYUDA_CONVERSACION: &str =
    "protocolo conversacion ARCHIVO.json: la conversación de una transcripción

Reproduce la transcripción (el formato de «protocolo jugar --help») en el motor e imprime,
una por línea, la situación, lo que dicen la persona en formación, el cliente, el operador y
la aplicación, y cada acción, con la hora del reloj simulado. No califica: sirve para leer
un intento como lo vivió la persona, o para escribir una transcripción turno a turno (un
archivo con «turnos» vacío muestra cómo empieza la visita).
Sale con 2 si el archivo no se puede leer o el escenario no existe.";

pub const AYUDA_JUGAR: &str =
    "protocolo jugar ARCHIVO.json: reproduce una transcripción y la califica

La transcripción (la misma que exporta la aplicación web) es:
  {\"formato\": \"entrenador-protocolo/transcripcion\", \"version\": 1,
   \"escenario\": \"servicio-completo\", \"semilla\": 7,
   \"proveedor\": {\"nombre\": \"Carlos Jiménez\", \"genero\": \"M\"},
   \"turnos\": [
     {\"tipo\": \"dice\", \"texto\": \"Buenas tardes doña María…\"},
     {\"tipo\": \"accion\", \"accion\": \"iniciar_servicio\"},
     {\"tipo\": \"terminar\"}]}
  Acciones: iniciar_servicio, tomar_fotos_previas, cargar_fotos, realizar_trabajo,
  tomar_fotos_posteriores, finalizar_servicio, llamar_centro, colgar.
  Lo que se dice va a quien está en la línea: el cliente, o el operador durante una llamada.

Imprime el informe en JSON: total, puntajes (cortesía, procedimiento, escalamiento),
aprobado, errores_criticos y hallazgos (sección, paso, lo dicho y lo esperado).
Sale con 2 si el archivo no se puede leer o el escenario no existe.";

pub const AYUDA_VERIFICAR: &str =
    "protocolo verificar ARCHIVO [--emisor CLAVE.jwk]: comprueba un certificado o un expediente

Un certificado (lo que escribe «protocolo firmar») se comprueba en este orden, y se detiene
en el primer fallo con su motivo: la firma con la clave pública del emisor (--emisor, o la
ruta en la variable PROTOCOLO_EMISOR), las fechas de validez, que el expediente que lo
acompaña es el firmado y el de la persona que nombra, la recalificación de cada
transcripción, el plan de la semilla de certificación y que la persona del expediente es la
de las transcripciones. Imprime «VÁLIDO» y sale con 0 solo si todo se cumple; si no, «NO
VÁLIDO» y el motivo, y sale con 1.

Un expediente sin firma solo puede comprobarse por dentro: si su código, su plan y sus
puntajes corresponden a sus transcripciones imprime «SIN FIRMA: solo se comprobó que los
puntajes corresponden a las transcripciones» y sale con 3; si no, «NO VÁLIDO» y cada
diferencia, y sale con 1. Un archivo que no se puede leer sale con 2.
Ni el certificado ni el expediente prueban quién escribió las transcripciones.";

pub const AYUDA_REVISAR: &str =
    "protocolo revisar CARPETA | --lrs URL: tabla de revisión de una cohorte

Lee todos los archivos *.json de la carpeta como expedientes, verifica cada uno e imprime
en la salida estándar un CSV (UTF-8 con BOM, separado por «;», para Excel): una fila por
expediente (persona, cédula, fecha, total, cortesía, procedimiento, escalamiento,
resultado, verificación y motivo) y luego la tasa de fallo de cada paso del protocolo en
la cohorte, de mayor a menor. Los archivos rechazados aparecen como «no válido» con el
motivo y se informan en la salida de errores; en ese caso sale con 1.

Con --lrs URL (en vez de CARPETA) lee las certificaciones de un Learning Record Store: cada
declaración «passed» o «failed» trae su expediente, que se verifica igual. Las credenciales
van en el entorno, nunca en la línea de comandos: PROTOCOLO_LRS_USUARIO y PROTOCOLO_LRS_CLAVE.";

pub const AYUDA_CLAVES: &str =
    "protocolo claves nueva --salida PREFIJO [--frase]: el par de claves de RR. HH.

Crea un par de claves Ed25519 y escribe tres archivos (no sobrescribe ninguno):
  PREFIJO.privada.pem   la clave privada (PKCS#8), legible solo por su dueño (permisos 600);
                        con --frase, cifrada con una frase de paso que se pide sin eco
                        (o se lee de la primera línea de la entrada si no es una terminal)
  PREFIJO.publica.jwk   la clave pública (JWK) que se publica para verificar
  PREFIJO.publica.pem   la misma clave pública en PEM, para otras herramientas
Imprime el identificador del emisor (did:key) que llevarán los certificados.";

pub const AYUDA_FIRMAR: &str =
    "protocolo firmar EXPEDIENTE --clave PRIVADA.pem [opciones]: emite un certificado

Comprueba el expediente (válido, de esta versión del motor y aprobado) y escribe el
certificado: una credencial Open Badges 3.0 (OpenBadgeCredential) firmada como JWS compacto
EdDSA, con el expediente completo a su lado para volver a calificarlo.
  --salida ARCHIVO   dónde escribirlo (por omisión, la salida estándar)
  --emisor NOMBRE    el nombre del emisor (por omisión, «Recursos Humanos · Instituto
                     Nacional de Seguros»)
  --dias N           días de validez (por omisión, 1095: tres años)
Si la clave está cifrada, pide su frase de paso sin eco (o la lee de la entrada).
Sale con 1 si el expediente no se puede firmar y con 2 si un archivo no se puede leer.";

pub const AYUDA_XAPI: &str =
    "protocolo xapi EXPEDIENTE.json: las declaraciones xAPI de una certificación

Comprueba el expediente y escribe, como una lista JSON, las declaraciones xAPI 1.0.3 para un
Learning Record Store: «attempted» de la certificación, «completed» de cada escenario (con
puntaje, aprobado, duración, las tres dimensiones, los errores críticos, el código y la
versión del contenido) y «passed» o «failed» de la certificación, con el expediente entero
en una extensión. Los «id» salen del código del expediente: un reenvío no se cuenta dos
veces. Sale con 1 si el expediente no es válido y con 2 si no se puede leer.";

/// El `--help` de cada subcomando.
pub const AYUDAS: [(&str, &str); 10] = [
    ("xapi", AYUDA_XAPI),
    ("claves", AYUDA_CLAVES),
    ("firmar", AYUDA_FIRMAR),
    ("detectar", AYUDA_DETECTAR),
    ("evaluar", AYUDA_EVALUAR),
    ("escenarios", AYUDA_ESCENARIOS),
    ("jugar", AYUDA_JUGAR),
    ("conversacion", AYUDA_CONVERSACION),
    ("verificar", AYUDA_VERIFICAR),
    ("revisar", AYUDA_REVISAR),
];
