//! Los momentos de la visita (el ofrecimiento, el incidente, la llegada a la
//! hora acordada) y los turnos del informe: ningún turno desaparece, lo dicho
//! antes de su momento no cuenta y se dice, y un paso cuyo momento nunca llegó
//! no se cobra como omitido (pero sin él no se aprueba).

use protocolo::escenario::buscar;
use protocolo::informe::{EstadoPaso, Origen};
use protocolo::{Accion, Informe, Sesion, Transcripcion, Turno};

fn ejemplo(id: &str) -> Transcripcion {
    let json = protocolo::ejemplos::ejemplo(id).expect("ejemplo resuelto");
    Transcripcion::desde_json(json).expect("transcripción válida")
}

fn informe(t: &Transcripcion) -> Informe {
    Sesion::reproducir(buscar(&t.escenario).unwrap(), t)
        .unwrap()
        .informe()
}

fn dice(texto: &str) -> Turno {
    Turno::Dice {
        texto: texto.into(),
        a: None,
        hora: None,
    }
}

fn accion(accion: Accion) -> Turno {
    Turno::Accion { accion, hora: None }
}

fn estado(i: &Informe, paso: &str) -> EstadoPaso {
    i.pasos.iter().find(|p| p.paso == paso).unwrap().estado
}

/// Ningún hallazgo ni paso omitido sobre el ofrecimiento.
fn sin_cobro_del_ofrecimiento(i: &Informe) {
    for id in ["declina", "declina_con_cortesia"] {
        assert!(
            i.hallazgos.iter().all(|h| h.paso.as_deref() != Some(id)),
            "{id}: {:?}",
            i.hallazgos
        );
    }
}

#[test]
fn cada_turno_aparece_en_el_informe_con_su_desenlace() {
    let raiz = env!("CARGO_MANIFEST_DIR");
    let fijas = std::fs::read_dir(format!("{raiz}/tests/fixtures/transcripciones")).unwrap();
    let mut n = 0;
    for archivo in fijas {
        let texto = std::fs::read_to_string(archivo.unwrap().path()).unwrap();
        let t = Transcripcion::desde_json(&texto).unwrap();
        let i = informe(&t);
        let s = Sesion::reproducir(buscar(&t.escenario).unwrap(), &t).unwrap();
        // los turnos que la sesión jugó (los que siguen al final no se juegan)
        let jugados = s.transcripcion().turnos.len();
        assert_eq!(i.turnos.len(), jugados, "{}", t.escenario);
        for (k, turno) in i.turnos.iter().enumerate() {
            assert_eq!(turno.turno, k);
            assert!(!turno.desenlace.is_empty());
        }
        n += 1;
    }
    assert!(n >= 10, "solo {n} transcripciones fijas");
}

#[test]
fn sin_hora_acordada_lo_dicho_despues_queda_en_el_informe_y_la_llegada_no_se_cobra() {
    let mut t = ejemplo("inconveniente-solucionable");
    // la llamada sin proponer hora: llama, informa, agradece y cuelga
    t.turnos = vec![
        accion(Accion::LlamarCentro),
        dice("Buenas tardes, le habla Carlos Jiménez, proveedor del Instituto Nacional de Seguros. Tengo pendiente un servicio con don Jorge y hay una presa por un accidente."),
        dice("Muchas gracias."),
        accion(Accion::Colgar),
        dice("Buenas tardes, don Jorge, disculpe la tardanza."),
        dice("¿Cómo se encuentra?"),
        Turno::Terminar { hora: None },
    ];
    let i = informe(&t);
    assert_eq!(i.turnos.len(), 7);
    for k in [4, 5] {
        assert_eq!(i.turnos[k].origen, Origen::Dicho);
        assert_eq!(i.turnos[k].oyente, None);
        assert!(
            i.turnos[k].desenlace.starts_with("Nadie lo oyó"),
            "{}",
            i.turnos[k].desenlace
        );
    }
    assert!(i.turnos[6].desenlace.contains("Terminó el intento"));
    // los pasos de la llegada no se cobran: no llegó a ese momento
    for id in ["saludo_cliente", "trato_cliente", "disculpa_cliente"] {
        assert_eq!(estado(&i, id), EstadoPaso::NoAlcanzado, "{id}");
        assert!(i.hallazgos.iter().all(|h| h.paso.as_deref() != Some(id)));
    }
    // la causa sí: no propuso hora
    assert!(i
        .hallazgos
        .iter()
        .any(|h| h.paso.as_deref() == Some("propone_hora")));
    assert_eq!(i.no_alcanzados.len(), 1);
    assert!(i.no_alcanzados[0].starts_with("La llegada a "));
    // y sin llegar no se aprueba, aunque el puntaje de lo hecho sea alto
    assert!(!i.aprobado);
    assert!(
        i.motivos_reprobado()
            .iter()
            .any(|m| m.starts_with("La visita no llegó a la llegada a ")),
        "{:?}",
        i.motivos_reprobado()
    );
}

#[test]
fn el_rechazo_antes_del_ofrecimiento_no_cuenta_y_el_informe_lo_dice() {
    let base = ejemplo("conducta");
    let rechazo = base
        .turnos
        .iter()
        .position(
            |t| matches!(t, Turno::Dice { texto, .. } if texto.contains("no me está permitido")),
        )
        .unwrap();
    // el rechazo cortés se dice antes de las fotos (antes del ofrecimiento), y
    // cuando llega el ofrecimiento ya no se repite
    let mut t = base.clone();
    let dicho = t.turnos.remove(rechazo);
    t.turnos.insert(3, dicho);
    let i = informe(&t);
    assert!(
        i.turnos[3].desenlace.contains("todavía no contaba"),
        "{}",
        i.turnos[3].desenlace
    );
    assert!(i.turnos[3].desenlace.contains("el ofrecimiento de "));
    assert_eq!(estado(&i, "declina"), EstadoPaso::Omitido);
    // el mismo rechazo en su momento sí cuenta
    let perfecto = informe(&base);
    assert_eq!(estado(&perfecto, "declina"), EstadoPaso::Cumplido);
    assert_eq!(perfecto.total, 100);
}

#[test]
fn el_ofrecimiento_llega_al_empezar_el_trabajo_si_no_se_cargaron_las_fotos() {
    let mut t = ejemplo("conducta");
    // sin cargar las fotos previas, el trabajo y luego el rechazo
    let cargar = t
        .turnos
        .iter()
        .position(|x| {
            matches!(
                x,
                Turno::Accion {
                    accion: Accion::CargarFotos,
                    ..
                }
            )
        })
        .unwrap();
    t.turnos.remove(cargar);
    let rechazo = t.turnos.remove(cargar);
    let trabajo = t.turnos.remove(cargar);
    t.turnos.insert(cargar, trabajo);
    t.turnos.insert(cargar + 1, rechazo);
    let s = Sesion::reproducir(buscar("conducta").unwrap(), &t).unwrap();
    assert!(
        s.historial().iter().any(|e| matches!(e,
            protocolo::Evento::Linea { texto, .. } if texto.contains("¿gusta"))),
        "el cliente hace el ofrecimiento"
    );
    let i = s.informe();
    assert_eq!(estado(&i, "declina"), EstadoPaso::Cumplido);
    assert_eq!(estado(&i, "declina_con_cortesia"), EstadoPaso::Cumplido);
}

#[test]
fn sin_ofrecimiento_no_se_cobra_el_rechazo() {
    let mut t = ejemplo("conducta");
    // termina antes de las fotos: el ofrecimiento nunca llegó
    let fotos = t
        .turnos
        .iter()
        .position(|x| {
            matches!(
                x,
                Turno::Accion {
                    accion: Accion::TomarFotosPrevias,
                    ..
                }
            )
        })
        .unwrap();
    t.turnos.truncate(fotos);
    t.turnos.push(Turno::Terminar { hora: None });
    let i = informe(&t);
    sin_cobro_del_ofrecimiento(&i);
    assert_eq!(estado(&i, "declina"), EstadoPaso::NoAlcanzado);
    // sus puntos no están en juego: el máximo de procedimiento no los cuenta
    let procedimiento = i
        .puntajes
        .iter()
        .find(|p| p.dimension == protocolo::Dimension::Procedimiento)
        .unwrap();
    let en_juego: u32 = i
        .pasos
        .iter()
        .filter(|p| {
            p.dimension == protocolo::Dimension::Procedimiento
                && p.estado != EstadoPaso::NoAlcanzado
        })
        .map(|p| p.maximo)
        .sum();
    assert_eq!(procedimiento.maximo, en_juego);
    assert!(!i.aprobado);
}

#[test]
fn un_paso_que_espera_un_momento_sin_describir_no_valida() {
    let texto = include_str!("../scenarios/conducta.json");
    assert!(protocolo::escenario::Escenario::desde_json(texto).is_ok());
    let mut v: serde_json::Value = serde_json::from_str(texto).unwrap();
    v["momentos"] = serde_json::json!([]);
    let error = protocolo::escenario::Escenario::desde_json(&v.to_string())
        .unwrap_err()
        .to_string();
    assert!(error.contains("«momentos» no la describe"), "{error}");
}

#[test]
fn el_incidente_lleva_su_hora_y_la_respuesta_va_enseguida() {
    let t = ejemplo("afectacion-cliente");
    let s = Sesion::reproducir(buscar("afectacion-cliente").unwrap(), &t).unwrap();
    let eventos = s.historial();
    let trabajo = eventos
        .iter()
        .position(|e| {
            matches!(
                e,
                protocolo::Evento::Accion {
                    accion: Accion::RealizarTrabajo,
                    ..
                }
            )
        })
        .unwrap();
    let hora_de = |e: &protocolo::Evento| match e {
        protocolo::Evento::Linea { hora, .. } | protocolo::Evento::Accion { hora, .. } => {
            Some(hora.minutos_desde_medianoche())
        }
        _ => None,
    };
    let empieza = hora_de(&eventos[trabajo]).unwrap();
    let incidente = eventos[trabajo..]
        .iter()
        .find(|e| {
            matches!(
                e,
                protocolo::Evento::Linea {
                    quien: protocolo::Hablante::Narrador,
                    ..
                }
            )
        })
        .and_then(hora_de)
        .unwrap();
    let respuesta = eventos[trabajo..]
        .iter()
        .find(|e| {
            matches!(
                e,
                protocolo::Evento::Linea {
                    quien: protocolo::Hablante::Proveedor,
                    ..
                }
            )
        })
        .and_then(hora_de)
        .unwrap();
    // el incidente, a los 10 minutos del trabajo; lo siguiente, un minuto después
    assert_eq!(incidente - empieza, 10);
    assert_eq!(respuesta - incidente, 1);
}

#[test]
fn si_el_reloj_pasa_la_medianoche_el_informe_dice_el_dia() {
    let e = buscar("servicio-completo").unwrap();
    let proveedor = protocolo::Proveedor {
        nombre: "Ana Solís".into(),
        genero: protocolo::Genero::F,
    };
    // la variante que empieza más tarde
    let semilla = (0..500u64)
        .max_by_key(|s| {
            Sesion::nueva(e.clone(), *s, proveedor.clone())
                .variante()
                .hora_inicio
                .minutos_desde_medianoche()
        })
        .unwrap();
    // sin contrapartes: si no abre nadie, lo que se dice no cuenta turnos de reloj
    let mut s = Sesion::con_contrapartes(e, semilla, proveedor, None).unwrap();
    let inicio = s.variante().hora_inicio;
    assert!(s.informe().dias_despues == 0 && !s.informe().fin_con_dia().contains("día"));
    // un turno por minuto hasta pasar la medianoche
    let faltan = 24 * 60 - inicio.minutos_desde_medianoche() as u32 + 5;
    for _ in 0..faltan {
        s.decir("Un momento, por favor.");
    }
    let i = s.informe();
    assert_eq!(i.dias_despues, 1);
    assert!(i.hora_fin.minutos_desde_medianoche() < inicio.minutos_desde_medianoche());
    assert!(
        i.fin_con_dia().ends_with("del día siguiente"),
        "{}",
        i.fin_con_dia()
    );
}
