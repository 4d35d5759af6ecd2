//! El módulo LRS (xAPI) de la aplicación de formación: un wasm aparte que
//! `src/navegador.js` carga solo cuando hay un LRS (configurado por RR. HH. o
//! nombrado por un lanzamiento cmi5) o algo esperando; quien solo practica
//! no lo descarga.
//!
//! Las declaraciones salen de la certificación guardada, que es la verdad:
//! cada vez que cambia, se arman todas las que le corresponden (el intento,
//! cada escenario terminado y, al final, el resultado con el expediente) y
//! van a la cola de `cola.js`, que no repite un id que ya tiene. Así nada
//! depende de que la pestaña siga abierta entre un paso y otro, y un
//! reenvío nunca se cuenta dos veces.

use entrenador::estado::Certificacion;
use protocolo::escenario::{buscar, version_contenido};
use protocolo::xapi::{Declaracion, Declarante};
use protocolo::Sesion;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/bin/lrs/cola.js")]
extern "C" {
    fn encolar(endpoint: &str, fetch: &str, id: &str, declaracion: &str) -> String;
    #[wasm_bindgen(js_name = reanudar)]
    fn reanudar_cola();
    #[wasm_bindgen(js_name = avisarProblema)]
    fn avisar_problema(m: &str);
    #[wasm_bindgen(js_name = lanzamiento)]
    fn lanzamiento_js() -> JsValue;
    #[wasm_bindgen(js_name = lrsConfigurado)]
    fn lrs_configurado() -> String;
}

/// Al cargarse: el catálogo de escenarios, para volver a calificar cada
/// escenario terminado (y el aviso de fallo, como en la aplicación).
fn main() {
    entrenador::arranque::iniciar();
    entrenador::arranque::instalar_catalogo_incluido();
}

fn texto_de(objeto: &JsValue, campo: &str) -> String {
    js_sys::Reflect::get(objeto, &campo.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Adónde van las declaraciones de la certificación `c`: la dirección del
/// LRS, la de «fetch» de cmi5 (o vacía) y quién declara. `Err`: un
/// lanzamiento cmi5 malo (su mensaje); `Ok(None)`: no hay LRS.
fn destino(c: &Certificacion) -> Result<Option<(String, String, Declarante)>, String> {
    let l = lanzamiento_js();
    if !l.is_null() && !l.is_undefined() {
        let error = texto_de(&l, "error");
        if !error.is_empty() {
            return Err(error);
        }
        let d = Declarante::de_lanzamiento(
            &texto_de(&l, "actor"),
            &texto_de(&l, "registro"),
            &texto_de(&l, "actividad"),
            c.semilla,
        )?;
        return Ok(Some((texto_de(&l, "endpoint"), texto_de(&l, "fetch"), d)));
    }
    let endpoint = lrs_configurado();
    Ok((!endpoint.is_empty()).then(|| {
        (
            endpoint,
            String::new(),
            Declarante::de_certificacion(&c.participante, c.semilla),
        )
    }))
}

/// Todas las declaraciones que le corresponden a la certificación `c` ahora.
fn declaraciones(c: &Certificacion, d: &Declarante, ahora: &str) -> Vec<Declaracion> {
    let version = version_contenido();
    let mut lista = vec![d.intento(&version, ahora)];
    for (n, t) in c.hechas.iter().enumerate() {
        let informe = buscar(&t.escenario)
            .and_then(|e| Sesion::reproducir(e, t).map_err(|x| x.to_string()))
            .map(|s| s.informe());
        match informe {
            Ok(i) => lista.push(d.escenario(n, &i, t, &version, ahora)),
            Err(m) => avisar_problema(&format!(
                "el escenario {} de la certificación no se pudo volver a calificar ({m})",
                n + 1
            )),
        }
    }
    if let Some(g) = &c.expediente {
        lista.push(d.resultado(&g.expediente, &g.expediente.fecha));
        if d.cmi5 {
            lista.push(d.terminado(&g.expediente.fecha));
        }
    }
    lista
}

/// La certificación guardada cambió: a la cola lo que le corresponde.
#[wasm_bindgen]
pub fn al_cambiar() {
    let Ok(Some(texto)) = entrenador::almacen::leer(entrenador::almacen::CLAVE_CERTIFICACION)
    else {
        return;
    };
    let c: Certificacion = match protocolo::formato::leer(&texto) {
        Ok(c) => c,
        Err(e) => {
            return avisar_problema(&format!("la certificación guardada no se pudo leer ({e})"))
        }
    };
    let (endpoint, fetch, d) = match destino(&c) {
        Ok(Some(x)) => x,
        Ok(None) => return,
        Err(m) => return avisar_problema(&m),
    };
    let ahora = entrenador::almacen::ahora_iso();
    for x in declaraciones(&c, &d, &ahora) {
        let error = encolar(&endpoint, &fetch, &x.id, &x.json);
        if !error.is_empty() {
            avisar_problema(&format!(
                "los resultados no se pudieron guardar para el LRS ({error}): descargue el expediente al final"
            ));
            return;
        }
    }
}

/// Al abrir la aplicación: lo que espera se reintenta, y un lanzamiento cmi5
/// malo se dice (lo valida `cola.js`).
#[wasm_bindgen]
pub fn reanudar() {
    reanudar_cola();
}
