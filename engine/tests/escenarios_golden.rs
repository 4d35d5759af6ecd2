//! Cada escenario trae transcripciones de referencia (perfecta, errores
//! típicos, error crítico) cuyos informes se comprueban aquí. La perfecta es
//! su ejemplo resuelto (`engine/ejemplos/`, `protocolo::ejemplos`); las demás
//! están en `tests/fixtures/transcripciones/`.

use protocolo::ejemplos::ejemplo;
use protocolo::escenario::{buscar, catalogo};
use protocolo::informe::TipoHallazgo as T;
use protocolo::{Dimension, Informe, Sesion, Transcripcion};

fn informe(nombre: &str) -> Informe {
    let ruta = format!(
        "{}/tests/fixtures/transcripciones/{nombre}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    informe_de(&std::fs::read_to_string(&ruta).unwrap())
}

/// El informe de una transcripción dada como texto JSON.
fn informe_de(json: &str) -> Informe {
    let t = Transcripcion::desde_json(json).unwrap();
    Sesion::reproducir(buscar(&t.escenario).unwrap(), &t)
        .unwrap()
        .informe()
}

/// (tipo, id del paso o de la falta) de cada hallazgo.
fn claves(i: &Informe) -> Vec<(T, String)> {
    i.hallazgos
        .iter()
        .map(|h| {
            (
                h.tipo,
                h.paso.clone().or(h.falta.clone()).unwrap_or_default(),
            )
        })
        .collect()
}

fn tiene(i: &Informe, tipo: T, id: &str) -> bool {
    claves(i).contains(&(tipo, id.to_string()))
}

#[test]
fn cada_escenario_tiene_su_visita_perfecta_con_100() {
    for e in catalogo().unwrap() {
        let json = ejemplo(&e.id).unwrap_or_else(|| panic!("{}: sin ejemplo resuelto", e.id));
        let i = informe_de(json);
        assert_eq!(i.total, 100, "{}: {:?}", e.id, claves(&i));
        assert!(
            i.aprobado && i.hallazgos.is_empty(),
            "{}: {:?}",
            e.id,
            claves(&i)
        );
    }
}

#[test]
fn cliente_ausente() {
    let i = informe("cliente-ausente-llama-tarde");
    assert!(tiene(&i, T::Tardio, "llamar_centro"), "{:?}", claves(&i));
    assert_eq!(
        i.pasos
            .iter()
            .find(|p| p.paso == "llamar_centro")
            .unwrap()
            .puntos,
        5,
        "2 turnos tarde × 5"
    );
    assert!(i.errores_criticos.is_empty());
    assert!(!i.aprobado, "79 < 80");

    let i = informe("cliente-ausente-inicia-sin-cliente");
    assert!(!i.aprobado);
    assert!(
        tiene(&i, T::Critico, "iniciar_servicio") && tiene(&i, T::Critico, "realizar_trabajo"),
        "{:?}",
        claves(&i)
    );
    assert!(tiene(&i, T::Critico, "llamar_centro"));
    let c = i
        .errores_criticos
        .iter()
        .find(|h| h.falta.as_deref() == Some("iniciar_servicio"))
        .unwrap();
    assert_eq!(c.seccion, "1.1");
    assert_eq!(c.dicho, "Iniciar el servicio");
    assert_eq!(c.origen, Some(protocolo::informe::Origen::Accion));
}

#[test]
fn inconveniente_solucionable() {
    let i = informe("inconveniente-solucionable-sin-hora");
    assert!(tiene(&i, T::Omitido, "propone_hora"));
    assert!(tiene(&i, T::Omitido, "presentacion_operador"));
    assert!(
        !tiene(&i, T::Omitido, "reporta"),
        "«voy a llegar tarde al servicio» informa el inconveniente"
    );
    assert_eq!(i.puntaje(Dimension::Procedimiento), None);

    let i = informe("inconveniente-solucionable-no-llama");
    assert_eq!(i.total, 0);
    assert!(tiene(&i, T::Critico, "llamar_centro"));
}

#[test]
fn inconveniente_no_solucionable() {
    let i = informe("inconveniente-no-solucionable-propone-ir");
    assert!(tiene(&i, T::Falta, "propone_ir_igual"), "{:?}", claves(&i));
    // no pedir re coordinar no es un error crítico (el protocolo no lo hace
    // una infracción), pero deja el escalamiento, la destreza central del
    // escenario, por debajo de su mínimo: no aprueba
    assert!(tiene(&i, T::Omitido, "pide_recoordinacion"));
    assert!(i.errores_criticos.is_empty(), "{:?}", i.errores_criticos);
    assert!(!i.aprobado);
    assert!(i
        .motivos_reprobado()
        .iter()
        .any(|m| m.contains("destreza central")));
    let i = informe("inconveniente-no-solucionable-no-llama");
    assert!(tiene(&i, T::Critico, "llamar_centro"));
}

#[test]
fn afectacion_al_cliente_mide_la_demora() {
    let i = informe("afectacion-cliente-escala-tarde");
    assert!(tiene(&i, T::Tardio, "llamar_centro"), "{:?}", claves(&i));
    assert!(tiene(&i, T::Tardio, "escala_afectacion"));
    assert!(tiene(&i, T::Omitido, "informa_cliente"));
    assert!(tiene(&i, T::Omitido, "atiende_cliente"));
    let tarde = i
        .hallazgos
        .iter()
        .find(|h| h.tipo == T::Tardio && h.paso.as_deref() == Some("llamar_centro"))
        .unwrap();
    assert!(
        tarde.mensaje.contains("3 turnos") && tarde.mensaje.contains("minutos"),
        "{}",
        tarde.mensaje
    );
    assert!(i.errores_criticos.is_empty(), "tarde no es crítico");
    assert_eq!(
        i.pasos
            .iter()
            .find(|p| p.paso == "llamar_centro")
            .unwrap()
            .puntos,
        0,
        "3 turnos tarde × 5 = los 15 puntos"
    );
    assert_eq!(
        i.pasos
            .iter()
            .find(|p| p.paso == "escala_afectacion")
            .unwrap()
            .puntos,
        7,
        "2 turnos tarde × 4"
    );

    let i = informe("afectacion-cliente-no-escala");
    assert!(!i.aprobado);
    assert!(tiene(&i, T::Critico, "escala_afectacion"));
    assert_eq!(i.puntaje(Dimension::Escalamiento), Some(0));
}

#[test]
fn conducta() {
    let i = informe("conducta-acepta");
    assert!(!i.aprobado);
    assert!(
        tiene(&i, T::Critico, "acepta_ofrecimiento"),
        "{:?}",
        claves(&i)
    );
    let c = &i.errores_criticos[0];
    assert_eq!(c.seccion, "2.2");
    assert!(c.dicho.contains("qué rico"));

    let i = informe("conducta-rechazo-seco");
    assert!(i.aprobado);
    assert!(tiene(&i, T::Omitido, "declina_con_cortesia"));
    assert!(tiene(&i, T::Tardio, "declina"));
}

#[test]
fn las_semillas_varian_el_incidente() {
    for id in [
        "afectacion-cliente",
        "conducta",
        "inconveniente-solucionable",
    ] {
        let e = buscar(id).unwrap();
        let distintos: std::collections::BTreeSet<_> = (0..30)
            .map(|s| protocolo::variante::Variante::elegir(&e.variantes, s).incidente)
            .collect();
        assert!(distintos.len() >= 3, "{id}: {distintos:?}");
    }
}
