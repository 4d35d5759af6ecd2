//! Los escenarios de fábrica, incluidos al compilar por `build.rs`: el
//! catálogo validado ([`catalogo`]), la búsqueda por id ([`buscar`]) y la
//! versión de todo el contenido ([`version_contenido`]).
//!
//! Dos caminos al mismo catálogo. Fuera del navegador (`cfg(escenarios_json)`,
//! que `engine/build.rs` activa en todo objetivo que no sea wasm: la línea de
//! comandos, las pruebas, el `build.rs` de la aplicación) se leen y validan los
//! archivos JSON la primera vez que se piden. En wasm no: el `build.rs` de la
//! aplicación valida el catálogo al compilar y lo guarda con postcard
//! ([`compilar_catalogo`]), y al arrancar lo instala ya leído
//! ([`instalar_catalogo`]). Así el wasm no lleva el lector JSON de
//! escenarios ni su validación (unos 24 KB gzip) y arranca sin leer 76 KB
//! de JSON.

use super::{ErrorEscenario, Escenario};
use std::sync::Arc;

// Los escenarios que se entregan con el motor, incluidos al compilar por build.rs:
// (id, el archivo sin espacios entre elementos, SHA-256 del archivo tal como está escrito).
include!(concat!(env!("OUT_DIR"), "/escenarios.rs"));

/// La versión de todo el contenido incluido: una huella de las huellas de
/// todos los escenarios y del reparto (sus primeras 16 cifras hexadecimales).
pub fn version_contenido() -> String {
    let mut todas: String = HUELLAS.iter().map(|(_, huella)| *huella).collect();
    todas.push_str(REPARTO_HUELLA);
    crate::huella::sha256_hex(todas.as_bytes())[..16].to_string()
}

/// Versiones anteriores del contenido que este motor reconoce: la de antes
/// del reparto común (`99af7ddface6485d`, el 2026-12-01; los escenarios no
/// cambiaron, solo se escriben de otra forma) y la del motor 0.1.0
/// (`d17ae91adc177d4d`), antes de que las reglas de calificación cambiaran
/// en el motor 0.2.0, y la del motor 0.2.0 (`624cc27066ea38e8`), antes de
/// los momentos de la visita del motor 0.3.0, y la de antes de que el personal
/// del comercio hablara del cliente en su género y esperara la llamada
/// (`814457b338c381be`, el 2026-12-02: solo cambian líneas de los interlocutores,
/// no los pasos ni las faltas), y la de antes de que el cliente y el operador
/// respondieran según el momento de la visita lo que no entienden
/// (`6bf873caf868f584`, el 2026-12-03: solo cambia el reparto, con esas
/// líneas; los archivos de escenario cambiaron después, con otras formas de
/// decir cada línea de las contrapartes, «o_bien»), y la de antes de las
/// contrapartes sorteadas (`4b4fc6994ec1ce29`, el 2026-12-03: solo cambia el
/// reparto, con los temperamentos, estilos, preguntas y puertas; una
/// transcripción sin «contrapartes» se juega como entonces), y la de antes de que
/// el operador y el cliente del inconveniente solucionable nombraran la hora
/// acordada (`1dd051a8c3e89f38`, el 2026-12-03: solo cambian líneas de las
/// contrapartes). Un expediente de antes se
/// sigue verificando: su
/// integridad, y sus puntajes contra los de las reglas de su motor (ver
/// [`crate::expediente::MOTORES_ANTERIORES`]).
const VERSIONES_ANTERIORES: &[&str] = &[
    "99af7ddface6485d",
    "d17ae91adc177d4d",
    "624cc27066ea38e8",
    "814457b338c381be",
    "6bf873caf868f584",
    "4b4fc6994ec1ce29",
    "1dd051a8c3e89f38",
];

/// La huella de cada archivo de escenario en esas versiones (ver
/// [`VERSIONES_ANTERIORES`]).
const HUELLAS_ANTERIORES: &[(&str, &str)] = &[
    // contenido 1dd051a8c3e89f38
    (
        "inconveniente-solucionable",
        "a6d84d38c2e094d0a7d878b4b490921116374bac837cc8ed66b1ad587a8ef3fb",
    ),
    // contenido 6bf873caf868f584
    (
        "servicio-completo",
        "6e51097c81fcce771e4007245bba7c5ca284615010d7617476b4465f0d4b0713",
    ),
    (
        "cliente-ausente",
        "e671162f7bd919294a2c0b7a138d52b857c946c2a8aef1e69450d243227ab81d",
    ),
    (
        "inconveniente-solucionable",
        "f874c54d57ce6ee14d431d1d01f2f70daa8646bba95c13f9d94dc6643fd5e62c",
    ),
    (
        "inconveniente-no-solucionable",
        "520c7ee2219b3128a18c94453c482764b8ddd38027e318356f1261d63637aff2",
    ),
    (
        "afectacion-cliente",
        "7f1dced0fcd62af00d437ad20d15d7ce6e707185b6590e1072e7a5179b3779c5",
    ),
    (
        "conducta",
        "62fff14507299c01ac509fcf1874fea34b937059088b53884895a44d08b5245d",
    ),
    // contenido 814457b338c381be
    (
        "servicio-completo",
        "6e0d3b675d7f53234a7df9e8b5e062f257c9bb65787c75e8a27b4977ca20d25a",
    ),
    (
        "cliente-ausente",
        "a4a2b6fe30a263a218d40c282822c881bca62630bce98dc081e20ea1d2511e9e",
    ),
    (
        "conducta",
        "283dc0a0c482b74f9e3c11956da2e27ce78836bbe63e26dd2e7fdbc06574c4ff",
    ),
    // motor 0.2.0
    (
        "conducta",
        "de167b9bbce25771212edca293ea87131c4103a51d8072e51022a57a5fc4797d",
    ),
    (
        "inconveniente-solucionable",
        "40f49b7243333bda4369b21f4cc6fc48e616db49a05886164c9e8b8d662d3602",
    ),
    (
        "afectacion-cliente",
        "5a890c00c32a70fc1d9faf827913da7bc1cb5330c0bd4fd9efb78f4c9d7b3085",
    ),
    // antes
    (
        "servicio-completo",
        "6243e63389be6f1ea52ad0afd3dbb1ba1d007da7abc1c0b4167e099a49029fc4",
    ),
    (
        "cliente-ausente",
        "25372f735eba6e3ace902409f45b7e6293ef3af2406f312f8a489b22c4c11bcd",
    ),
    (
        "inconveniente-solucionable",
        "d693687064fb357dfa9b81d0dc2baf402ddfcfb99743c01d2ae18fa8339276cc",
    ),
    (
        "inconveniente-no-solucionable",
        "d581f8a7b3418a76977af6073971076f23a6053231ac622203226f14f0dff47e",
    ),
    (
        "afectacion-cliente",
        "ed6b7be2de7c1e6e3edda53b15a4162440d70f1d1bcd8868afaaa99aa3690d3f",
    ),
    (
        "conducta",
        "3cabc4f0b5ec300aab1d0ffcb863eff4d2a025c38d5af58220b0849541dd5a58",
    ),
    (
        "servicio-completo",
        "3d175c1e360297c64bfc5779d0e4e31f91fc28811400a4a93cb54d99ac765f05",
    ),
    (
        "cliente-ausente",
        "33e17e8a739062bfecd449884a357e1a0f457b2cc75ff8e9d272f276263d62a1",
    ),
    (
        "inconveniente-solucionable",
        "6da0952e18cce5602725b43cd57838dd4f6087b1c8500f08bc305ee27573730f",
    ),
    (
        "inconveniente-no-solucionable",
        "2110af7305fbc2298a4dbb7b1cb77295c6d9508114aab263677136e983fe63dd",
    ),
    (
        "afectacion-cliente",
        "5df736a89f3d4562086fafd2fa6f8440e6432ec92a83f81bc3d5c3adacd79ec0",
    ),
    (
        "conducta",
        "4ea8f6d17713d66cbb3b73bf8ddac7863bb7e76eb964c4f8b07ce719d6fedbe1",
    ),
];

/// Si `version` es la versión del contenido de este motor o una anterior
/// que reconoce.
pub fn version_vigente(version: &str) -> bool {
    version == version_contenido() || VERSIONES_ANTERIORES.contains(&version)
}

/// Si `huella` es la del archivo del escenario `e` o una anterior que reconoce.
pub fn huella_vigente(e: &Escenario, huella: &str) -> bool {
    huella == e.huella || HUELLAS_ANTERIORES.contains(&(e.id.as_str(), huella))
}

/// El reparto común de los escenarios (clientes, horas, servicios, comercios,
/// operadores y las contrapartes), leído una sola vez.
#[cfg(escenarios_json)]
pub fn reparto() -> Result<&'static crate::contrapartes::Reparto, ErrorEscenario> {
    static REPARTO_LEIDO: std::sync::OnceLock<
        Result<crate::contrapartes::Reparto, ErrorEscenario>,
    > = std::sync::OnceLock::new();
    REPARTO_LEIDO
        .get_or_init(|| {
            crate::formato::leer::<crate::contrapartes::Reparto>(REPARTO_TEXTO)
                .map_err(|e| ErrorEscenario::Json(format!("reparto.json: {e}")))
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// El catálogo leído, una vez: instalado ya compilado o leído de los JSON.
type Catalogo = Result<Vec<Arc<Escenario>>, (String, ErrorEscenario)>;
static CATALOGO: std::sync::OnceLock<Catalogo> = std::sync::OnceLock::new();

/// Si ya se puede pedir el catálogo: siempre donde se lee de los JSON; en
/// wasm, una vez instalado (antes no se debe pedir: el primer pedido fija el
/// resultado, y sin instalar es un error).
pub fn catalogo_disponible() -> bool {
    cfg!(escenarios_json) || CATALOGO.get().is_some_and(Result::is_ok)
}

/// El catálogo de escenarios incluidos, cada uno validado; si alguno falla,
/// el error dice cuál y por qué.
pub fn catalogo() -> Catalogo {
    // leído y validado una sola vez: lo piden cada página, cada sesión y cada
    // verificación de expediente
    CATALOGO.get_or_init(leer_catalogo).clone()
}

#[cfg(escenarios_json)]
fn leer_catalogo() -> Catalogo {
    let mut todos = Vec::with_capacity(HUELLAS.len());
    for ((id, huella), texto) in HUELLAS.iter().zip(TEXTOS) {
        match Escenario::leer(texto, huella.to_string()) {
            Ok(e) => todos.push(Arc::new(e)),
            Err(e) => return Err((id.to_string(), e)),
        }
    }
    Ok(todos)
}

#[cfg(not(escenarios_json))]
fn leer_catalogo() -> Catalogo {
    Err((
        "catálogo".into(),
        ErrorEscenario::Json("no se instaló el catálogo compilado".into()),
    ))
}

/// El catálogo validado, guardado con postcard para [`instalar_catalogo`].
#[cfg(escenarios_json)]
pub fn compilar_catalogo() -> Result<Vec<u8>, String> {
    let todos = catalogo().map_err(|(n, e)| format!("escenario «{n}»: {e}"))?;
    let escenarios: Vec<&Escenario> = todos.iter().map(|e| e.as_ref()).collect();
    // con las listas del detector, que así no van en la primera carga del wasm
    let listas = crate::detector::lexico::listas_juntas();
    postcard::to_allocvec(&(escenarios, listas)).map_err(|e| e.to_string())
}

/// Instala el catálogo que guardó [`compilar_catalogo`] (una sola vez, antes
/// de pedirlo). La huella de cada escenario es la de su archivo, como al
/// leerlo de JSON.
pub fn instalar_catalogo(bytes: &[u8]) -> Result<(), String> {
    let todos = leer_catalogo_compilado(bytes)?;
    CATALOGO
        .set(Ok(todos))
        .map_err(|_| "el catálogo ya estaba leído".to_string())
}

/// Lee el catálogo que guardó [`compilar_catalogo`], sin instalarlo (instala
/// las listas del detector que trae: ver [`crate::detector::lexico::listas`]).
pub fn leer_catalogo_compilado(bytes: &[u8]) -> Result<Vec<Arc<Escenario>>, String> {
    let (escenarios, listas): (Vec<Escenario>, String) = postcard::from_bytes(bytes)
        .map_err(|e| format!("el catálogo compilado no se pudo leer ({e})"))?;
    crate::detector::lexico::instalar_listas(listas);
    let mut todos = Vec::with_capacity(escenarios.len());
    for mut e in escenarios {
        let huella = HUELLAS
            .iter()
            .find(|(id, _)| *id == e.id)
            .map(|(_, h)| h.to_string())
            .ok_or_else(|| format!("el catálogo compilado trae «{}», que no existe", e.id))?;
        e.huella = huella;
        todos.push(Arc::new(e));
    }
    Ok(todos)
}

/// Un escenario incluido, por su id; el error es una frase en español.
pub fn buscar(id: &str) -> Result<Arc<Escenario>, String> {
    let todos = catalogo().map_err(|(n, e)| format!("escenario «{n}»: {e}"))?;
    todos
        .into_iter()
        .find(|e| e.id == id)
        .ok_or_else(|| format!("no existe el escenario «{id}»"))
}
