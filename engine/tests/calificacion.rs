//! El calificador y la máquina de estados del diálogo, con transcripciones de
//! referencia y variaciones de una visita perfecta.

use protocolo::escenario::buscar;
use protocolo::informe::{EstadoPaso, TipoHallazgo};
use protocolo::{
    Accion, Dimension, Evento, Genero, Hablante, Informe, Proveedor, Sesion, Transcripcion, Turno,
};

fn fixture(nombre: &str) -> Transcripcion {
    let ruta = format!(
        "{}/tests/fixtures/transcripciones/{nombre}",
        env!("CARGO_MANIFEST_DIR")
    );
    let texto = std::fs::read_to_string(&ruta).expect("fixture");
    Transcripcion::desde_json(&texto).expect("transcripción válida")
}

/// La visita perfecta del escenario `id`, la de su ejemplo resuelto.
fn ejemplo(id: &str) -> Transcripcion {
    let json = protocolo::ejemplos::ejemplo(id).expect("ejemplo resuelto");
    Transcripcion::desde_json(json).expect("transcripción válida")
}

fn informe(t: &Transcripcion) -> Informe {
    let e = buscar(&t.escenario).unwrap();
    Sesion::reproducir(e, t).unwrap().informe()
}

fn hallazgos(i: &Informe) -> Vec<(TipoHallazgo, String)> {
    i.hallazgos
        .iter()
        .map(|h| {
            (
                h.tipo,
                h.paso
                    .clone()
                    .or(h.etiqueta.map(|e| e.nombre().to_string()))
                    .unwrap_or_default(),
            )
        })
        .collect()
}

fn sin_turno(t: &Transcripcion, quitar: impl Fn(&Turno) -> bool) -> Transcripcion {
    let mut t = t.clone();
    t.turnos.retain(|x| !quitar(x));
    t
}

fn con_texto(t: &Transcripcion, viejo: &str, nuevo: &str) -> Transcripcion {
    let mut t = t.clone();
    for turno in &mut t.turnos {
        if let Turno::Dice { texto, .. } = turno {
            *texto = texto.replace(viejo, nuevo);
        }
    }
    t
}

#[test]
fn visita_perfecta_da_100() {
    let i = informe(&ejemplo("servicio-completo"));
    assert_eq!(i.total, 100);
    assert!(i.aprobado);
    assert_eq!(i.puntaje(Dimension::Cortesia), Some(100));
    assert_eq!(i.puntaje(Dimension::Procedimiento), Some(100));
    assert_eq!(
        i.puntaje(Dimension::Escalamiento),
        None,
        "no hay nada que escalar en este escenario"
    );
    assert!(i.hallazgos.is_empty(), "{:?}", hallazgos(&i));
    assert!(i.pasos.iter().all(|p| p.estado == EstadoPaso::Cumplido));
    assert!(!i.terminado_antes);
}

#[test]
fn fotos_omitidas_y_genero_erroneo() {
    let i = informe(&fixture("servicio-completo-sin-fotos-y-trato-erroneo.json"));
    let h = hallazgos(&i);
    assert!(
        h.contains(&(TipoHallazgo::Omitido, "fotos_posteriores".into())),
        "{h:?}"
    );
    assert!(
        h.contains(&(TipoHallazgo::Omitido, "cargar_fotos_posteriores".into())),
        "{h:?}"
    );
    assert!(
        h.contains(&(TipoHallazgo::Falta, "trato_genero_erroneo".into())),
        "{h:?}"
    );
    assert!(
        h.contains(&(TipoHallazgo::FueraDeOrden, "finalizar_servicio".into())),
        "{h:?}"
    );
    // 130 posibles: se pierden 10 + 5 (fotos) + 5 (don a una mujer) + 5 (finalizar fuera de orden)
    assert_eq!(i.total, 81);
    assert_eq!(i.puntaje(Dimension::Cortesia), Some(90));
    assert_eq!(i.puntaje(Dimension::Procedimiento), Some(75));
    let genero = i
        .hallazgos
        .iter()
        .find(|h| h.tipo == TipoHallazgo::Falta)
        .unwrap();
    assert_eq!(genero.seccion, "2.1");
    assert!(genero.dicho.contains("don Ana Lucía"));
    assert!(genero.esperado.contains("doña Ana Lucía"));
    let fotos = i
        .hallazgos
        .iter()
        .find(|h| h.paso.as_deref() == Some("fotos_posteriores"))
        .unwrap();
    assert_eq!(fotos.seccion, "1.3");
    assert!(
        fotos.dicho.contains("fue un placer servirle"),
        "cita lo que hizo en su lugar: {}",
        fotos.dicho
    );
}

#[test]
fn trabajar_sin_identificacion_es_critico_y_reprueba() {
    let i = informe(&fixture(
        "servicio-completo-trabajo-sin-identificacion.json",
    ));
    assert!(!i.aprobado);
    assert_eq!(i.errores_criticos.len(), 1);
    let c = &i.errores_criticos[0];
    assert_eq!(c.tipo, TipoHallazgo::Critico);
    assert_eq!(c.paso.as_deref(), Some("realizar_trabajo"));
    assert!(
        c.mensaje.contains("Solicita la identificación"),
        "{}",
        c.mensaje
    );
    assert_eq!(c.dicho, "Realizar el trabajo");
    assert_eq!(c.origen, Some(protocolo::informe::Origen::Accion));
}

#[test]
fn cada_frase_omitida_cuesta_lo_que_dice_la_rubrica() {
    let perfecto = ejemplo("servicio-completo");
    // sin «¿Cómo está don Jorge?»: se pierde pregunta_bienestar (5 de los 50 de cortesía)
    let t = con_texto(&perfecto, " ¿Cómo está don Jorge?", "");
    let i = informe(&t);
    assert_eq!(i.puntaje(Dimension::Cortesia), Some(90));
    assert_eq!(i.total, 96); // 125 / 130
    assert_eq!(
        hallazgos(&i),
        [(TipoHallazgo::Omitido, "pregunta_bienestar".into())]
    );

    // sin pedir que permanezca: 10 de los 80 de procedimiento, y el trabajo
    // queda fuera de orden (-2)
    let t = sin_turno(
        &perfecto,
        |x| matches!(x, Turno::Dice { texto, .. } if texto.contains("permanezca")),
    );
    let i = informe(&t);
    assert_eq!(
        i.pasos
            .iter()
            .find(|p| p.paso == "pide_permanencia")
            .unwrap()
            .estado,
        EstadoPaso::Omitido
    );
    assert_eq!(
        i.pasos
            .iter()
            .find(|p| p.paso == "realizar_trabajo")
            .unwrap()
            .puntos,
        3
    );
    assert_eq!(i.puntaje(Dimension::Procedimiento), Some(85)); // 68 / 80
    assert!(i.aprobado);
}

/// Trabajar sin fotos previas es una falta de orden y la omisión de las
/// fotos, no un error crítico: el protocolo no lo hace una infracción (sí
/// trabajar sin la persona que pidió el servicio, ver arriba).
#[test]
fn sin_fotos_previas_trabajar_no_es_critico() {
    let perfecto = ejemplo("servicio-completo");
    let t = sin_turno(&perfecto, |x| {
        matches!(
            x,
            Turno::Accion {
                accion: Accion::TomarFotosPrevias,
                ..
            }
        )
    });
    let i = informe(&t);
    assert!(i.errores_criticos.is_empty(), "{:?}", i.errores_criticos);
    let h = hallazgos(&i);
    assert!(
        h.contains(&(TipoHallazgo::Omitido, "fotos_previas".into())),
        "{h:?}"
    );
    assert!(
        h.contains(&(TipoHallazgo::FueraDeOrden, "realizar_trabajo".into())),
        "{h:?}"
    );
}

/// Fotos previas tomadas a tiempo pero cargadas después del trabajo: la carga
/// llega tarde («cargarlas de inmediato», 1.1), con su propio hallazgo y
/// descuento; no reprueba.
#[test]
fn fotos_cargadas_despues_del_trabajo_son_tardias() {
    let mut t = ejemplo("servicio-completo");
    let carga = t
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
    let trabajo = t
        .turnos
        .iter()
        .position(|x| {
            matches!(
                x,
                Turno::Accion {
                    accion: Accion::RealizarTrabajo,
                    ..
                }
            )
        })
        .unwrap();
    let c = t.turnos.remove(carga);
    t.turnos.insert(trabajo, c);
    let i = informe(&t);
    assert!(i.errores_criticos.is_empty(), "{:?}", i.errores_criticos);
    let tarde = i
        .hallazgos
        .iter()
        .find(|h| h.paso.as_deref() == Some("cargar_fotos_previas"))
        .expect("un hallazgo de la carga tardía");
    assert_eq!(tarde.tipo, TipoHallazgo::Tardio);
    assert!(tarde.puntos > 0);
    let paso = i
        .pasos
        .iter()
        .find(|p| p.paso == "cargar_fotos_previas")
        .unwrap();
    assert_eq!(paso.estado, EstadoPaso::Tardio);
    assert!(paso.puntos < paso.maximo);
    assert!(i.aprobado, "total {}", i.total);
}

/// Un saludo con otra parte del día es una sola falta: el paso del saludo
/// queda hecho «con falta» y los pasos siguientes no quedan fuera de orden.
#[test]
fn un_saludo_equivocado_es_un_solo_hallazgo() {
    let t = con_texto(
        &ejemplo("servicio-completo"),
        "Buenas tardes",
        "Buenos días",
    );
    let i = informe(&t);
    let del_saludo: Vec<_> = i
        .hallazgos
        .iter()
        .filter(|h| h.paso.as_deref() == Some("saludo") || h.etiqueta.is_some())
        .collect();
    assert_eq!(del_saludo.len(), 1, "{del_saludo:?}");
    assert_eq!(del_saludo[0].tipo, TipoHallazgo::Falta);
    assert!(!i
        .hallazgos
        .iter()
        .any(|h| h.tipo == TipoHallazgo::FueraDeOrden));
    let saludo = i.pasos.iter().find(|p| p.paso == "saludo").unwrap();
    assert_eq!(saludo.estado, EstadoPaso::ConFalta);
    assert!((90..100).contains(&i.total), "total {}", i.total);
}

/// Un paso dicho de tú («¿cómo estás?») está hecho, en el registro
/// equivocado: la falta de tuteo, y no «no preguntó cómo estaba».
#[test]
fn un_paso_dicho_de_tu_esta_hecho_con_la_falta_de_registro() {
    let t = con_texto(
        &ejemplo("servicio-completo"),
        "¿Cómo está don Jorge?",
        "¿Cómo estás, don Jorge?",
    );
    let i = informe(&t);
    let h = hallazgos(&i);
    assert!(
        !h.iter()
            .any(|(t, p)| *t == TipoHallazgo::Omitido && p == "pregunta_bienestar"),
        "{h:?}"
    );
    assert!(i
        .hallazgos
        .iter()
        .any(|x| x.falta.as_deref() == Some("informal")));
    let paso = i
        .pasos
        .iter()
        .find(|p| p.paso == "pregunta_bienestar")
        .unwrap();
    assert_eq!(paso.estado, EstadoPaso::ConFalta);
}

#[test]
fn las_faltas_tienen_tope() {
    let perfecto = ejemplo("servicio-completo");
    let mut t = perfecto.clone();
    for _ in 0..6 {
        t.turnos.insert(
            1,
            Turno::Dice {
                texto: "Tranqui mae".into(),
                a: None,
                hora: None,
            },
        );
    }
    let i = informe(&t);
    let informal: u32 = i
        .hallazgos
        .iter()
        .filter(|h| h.etiqueta.map(|e| e.nombre()) == Some("informal"))
        .map(|h| h.puntos)
        .sum();
    assert_eq!(informal, 15, "informal cuesta 5 cada vez, hasta 15");
    assert_eq!(i.puntaje(Dimension::Cortesia), Some(70));
}

#[test]
fn grosero_reprueba() {
    let perfecto = ejemplo("servicio-completo");
    let t = con_texto(
        &perfecto,
        "Permítame un momento, don Jorge.",
        "No es mi problema, don Jorge.",
    );
    let i = informe(&t);
    assert!(!i.aprobado);
    assert!(i.errores_criticos.iter().any(|h| h.seccion == "2.2"));
}

#[test]
fn reproducir_da_el_mismo_informe_y_la_misma_transcripcion() {
    let perfecto = ejemplo("servicio-completo");
    let e = buscar("servicio-completo").unwrap();
    let s = Sesion::reproducir(e.clone(), &perfecto).unwrap();
    let otra = Sesion::reproducir(e, &s.transcripcion()).unwrap();
    assert_eq!(s.informe(), otra.informe());
    assert_eq!(s.transcripcion(), otra.transcripcion());
    assert_eq!(s.historial(), otra.historial());
    let json = s.transcripcion().a_json();
    assert_eq!(Transcripcion::desde_json(&json).unwrap(), s.transcripcion());
}

fn nueva(semilla: u64) -> Sesion {
    sin_contrapartes(
        buscar("servicio-completo").unwrap(),
        semilla,
        Proveedor {
            nombre: "Carlos Jiménez".into(),
            genero: Genero::M,
        },
    )
}

#[test]
fn misma_semilla_misma_variante_y_semillas_distintas_varian() {
    assert_eq!(nueva(11).variante(), nueva(11).variante());
    let clientes: std::collections::BTreeSet<String> = (0..40)
        .map(|s| nueva(s).variante().cliente.nombre.clone())
        .collect();
    let horas: std::collections::BTreeSet<_> =
        (0..40).map(|s| nueva(s).variante().hora_inicio).collect();
    assert!(clientes.len() >= 5 && horas.len() >= 5);
}

/// Las formas de decir la respuesta del cliente a «¿cómo está?» en el servicio completo.
fn e_bienestar() -> Vec<String> {
    let e = buscar("servicio-completo").unwrap();
    let r = e.reacciones.iter().find(|r| r.id == "bienestar").unwrap();
    r.dice.iter().chain(&r.o_bien).cloned().collect()
}

#[test]
fn el_cliente_responde_en_personaje() {
    let mut s = nueva(7); // don Jorge, 15:05
    assert!(s.historial().iter().any(|e| matches!(
        e,
        Evento::Linea {
            quien: Hablante::Narrador,
            ..
        }
    )));
    let ev = s.decir("Buenas tardes, soy Carlos, proveedor del INS. ¿Cómo está don Jorge?");
    let cliente: Vec<_> = ev
        .iter()
        .filter_map(|e| match e {
            Evento::Linea {
                quien: Hablante::Cliente,
                texto,
                ..
            } => Some(texto.clone()),
            _ => None,
        })
        .collect();
    // una de las formas de la reacción «bienestar»
    let bienestar = e_bienestar();
    assert_eq!(cliente.len(), 1, "{cliente:?}");
    assert!(bienestar.contains(&cliente[0]), "{cliente:?} {bienestar:?}");
    let ev = s.decir("¿Me regala su cédula?");
    assert!(ev.iter().any(|e| matches!(e, Evento::Linea { quien: Hablante::Narrador, texto, .. } if texto.contains("cédula"))));
    let ev = s.decir("Gracias don Pepe");
    assert!(ev.iter().any(|e| matches!(e, Evento::Linea { quien: Hablante::Cliente, texto, .. } if texto.contains("mi nombre es Jorge"))), "{ev:?}");
}

#[test]
fn la_llamada_lleva_las_frases_al_operador() {
    let mut s = nueva(7);
    let ev = s.accion(Accion::LlamarCentro);
    assert!(ev.contains(&Evento::Llamada { abierta: true }));
    assert!(ev.iter().any(|e| matches!(
        e,
        Evento::Linea {
            quien: Hablante::Operador,
            ..
        }
    )));
    let ev = s.decir("La clienta no está presente, ¿cómo debo proceder?");
    assert!(ev.iter().any(|e| matches!(
        e,
        Evento::Linea {
            quien: Hablante::Operador,
            ..
        }
    )));
    assert!(!ev.iter().any(|e| matches!(
        e,
        Evento::Linea {
            quien: Hablante::Cliente,
            ..
        }
    )));
    s.accion(Accion::Colgar);
    assert!(!s.llamada_abierta());
}

#[test]
fn la_aplicacion_rechaza_cargar_sin_fotos_y_el_reloj_avanza() {
    let mut s = nueva(7);
    let antes = s.reloj();
    let ev = s.accion(Accion::CargarFotos);
    assert!(ev.iter().any(|e| matches!(e, Evento::Linea { quien: Hablante::Aplicacion, texto, .. } if texto.contains("No hay fotografías"))));
    assert!(!s.hecho("cargar_fotos_previas"));
    s.accion(Accion::RealizarTrabajo);
    assert!(s.reloj().minutos_desde_medianoche() >= antes.minutos_desde_medianoche() + 40);
}

#[test]
fn terminar_cierra_y_cuenta_lo_pendiente() {
    let mut s = nueva(7);
    s.decir("Buenas tardes don Jorge");
    let ev = s.terminar();
    assert!(ev.contains(&Evento::Terminado));
    assert!(s.terminada());
    assert!(s.decir("hola").is_empty(), "nada se acepta tras terminar");
    let i = s.informe();
    assert!(i.terminado_antes);
    assert!(i.total < 30);
    assert!(i.hallazgos.iter().any(
        |h| h.tipo == TipoHallazgo::Omitido && h.paso.as_deref() == Some("pide_identificacion")
    ));
}

#[test]
fn transcripciones_ajenas_o_rotas_se_rechazan_con_mensaje() {
    for (texto, parte) in [
        ("no es json", "JSON"),
        (
            r#"{"formato":"otra-cosa","version":1,"escenario":"x","semilla":1,"proveedor":{"nombre":"A","genero":"F"}}"#,
            "no es una transcripción",
        ),
        (
            r#"{"formato":"entrenador-protocolo/transcripcion","version":99,"escenario":"x","semilla":1,"proveedor":{"nombre":"A","genero":"F"}}"#,
            "versión",
        ),
    ] {
        let e = Transcripcion::desde_json(texto).unwrap_err().to_string();
        assert!(e.contains(parte), "{e}");
    }
    let mut t = ejemplo("servicio-completo");
    t.escenario = "no-existe".into();
    assert!(buscar(&t.escenario).unwrap_err().contains("no existe"));
    let e = Sesion::reproducir(buscar("servicio-completo").unwrap(), &t)
        .unwrap_err()
        .to_string();
    assert!(e.contains("no-existe"));
}

#[test]
fn la_pista_sigue_el_orden_del_protocolo() {
    let mut s = nueva(7);
    let p = s.pista().unwrap();
    assert_eq!(p.titulo, "Saludo según la hora");
    assert!(p.ejemplo.contains("Buenas tardes"), "{}", p.ejemplo);
    s.decir("Buenas tardes, soy Carlos Jiménez del INS. ¿Cómo está don Jorge?");
    let p = s.pista().unwrap();
    assert_eq!(p.titulo, "Solicita el nombre completo");
    assert!(p.como.contains("cliente"));
    s.decir("Permítame su nombre completo y su cédula");
    s.decir("Le pido que permanezca en el lugar");
    let p = s.pista().unwrap();
    assert!(p.como.contains("Iniciar el servicio"), "{}", p.como);
}

#[test]
fn la_pista_no_se_queda_en_un_paso_que_quedo_atras() {
    let mut s = nueva(7);
    // sin saludar ni presentarse: empieza el trabajo
    s.decir("Permítame su nombre completo y su cédula");
    s.decir("Le pido que permanezca en el lugar");
    s.accion(Accion::IniciarServicio);
    let p = s.pista().unwrap();
    assert!(
        p.como.contains("Tomar fotografías previas"),
        "{} {}",
        p.titulo,
        p.como
    );
}

#[test]
fn en_la_llamada_del_inconveniente_la_pista_dice_colgar_y_luego_la_llegada() {
    let t = ejemplo("inconveniente-solucionable");
    let mut s = sin_contrapartes(
        buscar(&t.escenario).unwrap(),
        t.semilla,
        t.proveedor.clone(),
    );
    s.accion(Accion::LlamarCentro);
    s.decir("Buenas tardes, mi nombre es Carlos Jiménez. Tengo pendiente un servicio, pero se me presentó un inconveniente que no me permite atender al cliente a la hora pactada.");
    s.decir("Puedo atender a don Jorge a las cinco de la tarde.");
    s.decir("Muchas gracias.");
    let p = s.pista().expect("aún falta la llegada: hay pista");
    assert_eq!(p.titulo, "Colgar la llamada");
    assert!(p.como.contains("Colgar la llamada"), "{}", p.como);
    s.accion(Accion::Colgar);
    let p = s.pista().expect("la llegada");
    assert!(p.como.contains("cliente"), "{} {}", p.titulo, p.como);
}

/// El reloj llega a la hora acordada con el Centro de Contacto (1.2 caso 1):
/// con las siete de la noche propuestas, al llegar se saluda con «buenas
/// noches»; «buenas tardes» es entonces la parte del día equivocada.
#[test]
fn la_llegada_es_a_la_hora_acordada() {
    let noche = con_texto(
        &ejemplo("inconveniente-solucionable"),
        "a las cinco de la tarde",
        "a las siete de la noche",
    );
    let bien = con_texto(&noche, "Buenas tardes don Jorge", "Buenas noches don Jorge");
    let s = Sesion::reproducir(buscar(&bien.escenario).unwrap(), &bien).unwrap();
    assert!(s.reloj().to_string().starts_with("19:"), "{}", s.reloj());
    let i = s.informe();
    assert!(i.hallazgos.is_empty(), "{:?}", i.hallazgos);
    let i = informe(&noche);
    assert!(i
        .hallazgos
        .iter()
        .any(|h| h.falta.as_deref() == Some("saludo_hora_erronea")));
}

/// «Cliente ausente»: lo que el personal del comercio dice de quien pidió el
/// servicio concuerda con su género, en cada variante del reparto; y cuando la
/// persona dice que llamará, no se repite.
#[test]
fn en_cliente_ausente_el_personal_habla_del_cliente_en_su_genero_en_cada_variante() {
    let e = buscar("cliente-ausente").unwrap();
    let mut vistos = std::collections::HashSet::new();
    for semilla in 0..400 {
        let mut s = sin_contrapartes(
            e.clone(),
            semilla,
            Proveedor {
                nombre: "Carlos Jiménez".into(),
                genero: Genero::M,
            },
        );
        let cliente = s.variante().cliente.nombre.clone();
        let genero = s.variante().cliente.genero;
        if !vistos.insert(cliente.clone()) {
            continue;
        }
        s.decir("Le pido que usted o la persona encargada permanezca en el lugar mientras brindo el servicio.");
        s.accion(Accion::RealizarTrabajo);
        let texto = format!("{:?}", s.historial());
        let (bien, mal) = match genero {
            Genero::M => (["el dueño", "al dueño"], ["la dueña", "a la dueña"]),
            Genero::F => (["la dueña", "a la dueña"], ["el dueño", "al dueño"]),
        };
        for b in bien {
            assert!(
                texto.contains(b),
                "{cliente} ({genero:?}): falta «{b}» en {texto}"
            );
        }
        for m in mal {
            assert!(
                !texto.contains(m),
                "{cliente} ({genero:?}): «{m}» en {texto}"
            );
        }
    }
    assert!(vistos.len() >= 4, "se probaron {} clientes", vistos.len());
}

#[test]
fn en_cliente_ausente_el_personal_no_se_repite_cuando_la_persona_dice_que_llamara() {
    let t = ejemplo("cliente-ausente");
    let mut s = sin_contrapartes(
        buscar(&t.escenario).unwrap(),
        t.semilla,
        t.proveedor.clone(),
    );
    // (el primer turno del ejemplo resuelto: el saludo y «¿Se encuentra don Jorge?»)
    let Turno::Dice { texto, .. } = &t.turnos[0] else {
        panic!("el ejemplo empieza hablando")
    };
    s.decir(texto);
    let e = buscar("cliente-ausente").unwrap();
    let r = e
        .reacciones
        .iter()
        .find(|r| r.dice.as_deref() == Some("Está bien, llame; yo espero aquí."))
        .unwrap();
    let formas: Vec<&String> = r.dice.iter().chain(&r.o_bien).collect();
    let ev = s.decir("Permítame un momento, voy a llamar al Centro de Contacto.");
    // la persona del comercio dice una sola cosa: que llame (no repite «¿Qué hacemos?»)
    let dice: Vec<&String> = ev
        .iter()
        .filter_map(|e| match e {
            Evento::Linea {
                quien: Hablante::Tercero,
                texto,
                ..
            } => Some(texto),
            _ => None,
        })
        .collect();
    assert_eq!(dice.len(), 1, "{dice:?}");
    assert!(formas.contains(&dice[0]), "{dice:?}");
}

#[test]
fn lo_que_no_se_entiende_lo_responde_quien_atiende_la_puerta() {
    let ultima = |id: &str| {
        let mut s = sin_contrapartes(
            buscar(id).unwrap(),
            7,
            Proveedor {
                nombre: "Carlos Jiménez".into(),
                genero: Genero::M,
            },
        );
        s.decir("qwerty asdf zxcv");
        s.historial()
            .iter()
            .rev()
            .find_map(|e| match e {
                Evento::Linea { quien, texto, .. } if *quien != Hablante::Proveedor => {
                    Some((*quien, texto.clone()))
                }
                _ => None,
            })
            .unwrap()
    };
    // en «Cliente ausente» atiende una empleada: ella no entendió, no el cliente
    let (quien, texto) = ultima("cliente-ausente");
    assert_eq!(quien, Hablante::Tercero, "{texto}");
    assert!(texto.contains("no le entendí"), "{texto}");
    let (quien, _) = ultima("servicio-completo");
    assert_eq!(quien, Hablante::Cliente);
}

/// Un turno dictado con la voz se califica como el escrito; la transcripción
/// lo anota, se relee con la marca, y una sin dictados se escribe como antes.
#[test]
fn un_turno_dictado_se_califica_igual_y_la_transcripcion_lo_anota() {
    let t = ejemplo("servicio-completo");
    let e = buscar(&t.escenario).unwrap();
    let mut escrita = sin_contrapartes(e.clone(), t.semilla, t.proveedor.clone());
    let mut dictada = sin_contrapartes(e.clone(), t.semilla, t.proveedor.clone());
    // uno de cada dos turnos dichos, dictado
    let mut esperados = Vec::new();
    let mut dichos = 0;
    for (k, turno) in t.turnos.iter().enumerate() {
        match turno {
            Turno::Dice { texto, .. } => {
                escrita.decir(texto);
                if dichos % 2 == 0 {
                    dictada.dictar(texto);
                    esperados.push(k as u32);
                } else {
                    dictada.decir(texto);
                }
                dichos += 1;
            }
            Turno::Accion { accion, .. } => {
                escrita.accion(*accion);
                dictada.accion(*accion);
            }
            Turno::Terminar { .. } => {
                escrita.terminar();
                dictada.terminar();
            }
        }
    }
    assert_eq!(escrita.informe(), dictada.informe());
    assert_eq!(escrita.informe().total, 100);
    let td = dictada.transcripcion();
    assert!(esperados.len() >= 3, "{esperados:?}");
    assert_eq!(td.dictados, esperados);
    let releida = Transcripcion::desde_json(&td.a_json()).unwrap();
    assert_eq!(Sesion::reproducir(e, &releida).unwrap().transcripcion(), td);
    assert!(!escrita.transcripcion().a_json().contains("dictados"));
    // un dictado que no nombra algo dicho no pasa
    let mut mala = td.clone();
    mala.dictados = vec![td.turnos.len() as u32];
    assert!(mala.comprobar().is_err());
}

/// Lo que no se entiende (cuando ninguna reacción del escenario responde) lo
/// responde el cliente según el momento de la visita (la llegada, el trabajo,
/// el cierre), con varias formas que eligen la semilla y el turno; el operador
/// pide lo que el protocolo le deja pedir; y en práctica se sugiere el paso que
/// la persona quizá buscaba. Todo igual al reproducir.
#[test]
fn lo_que_no_se_entiende_se_responde_segun_el_momento_y_sugiere_el_paso() {
    let reparto = protocolo::escenario::reparto().unwrap();
    let se = &reparto.variantes.sin_entender;
    // sin los marcadores: basta el comienzo de cada forma
    let es_de = |lista: &[String], texto: &str| {
        lista
            .iter()
            .any(|f| texto.starts_with(f.split('{').next().unwrap()))
    };
    let mut momentos = std::collections::BTreeSet::new();
    let mut vistas = std::collections::BTreeSet::new();
    for id in ["servicio-completo", "inconveniente-solucionable"] {
        let t = ejemplo(id);
        let e = buscar(id).unwrap();
        for semilla in [t.semilla, 1, 2, 3] {
            let mut s = sin_contrapartes(e.clone(), semilla, t.proveedor.clone());
            for turno in &t.turnos {
                // en este punto de la visita perfecta, algo que no se entiende
                let mut prueba = s.clone();
                let ev = prueba.decir("qwerty asdf zxcv");
                if ev.iter().any(|x| matches!(x, Evento::Sugerencia { .. })) {
                    let (quien, texto) = ev
                        .iter()
                        .find_map(|x| match x {
                            Evento::Linea { quien, texto, .. } if *quien != Hablante::Proveedor => {
                                Some((*quien, texto.clone()))
                            }
                            _ => None,
                        })
                        .expect("alguien responde");
                    let hecha = |a: Accion| {
                        s.historial()
                            .iter()
                            .any(|x| matches!(x, Evento::Accion { accion, .. } if *accion == a))
                    };
                    let (momento, lista) = match quien {
                        Hablante::Operador => ("operador", &se.operador),
                        _ if hecha(Accion::FinalizarServicio) => ("cierre", &se.cierre),
                        _ if hecha(Accion::IniciarServicio) => ("trabajo", &se.trabajo),
                        _ => ("llegada", &se.llegada),
                    };
                    assert!(es_de(lista, &texto), "{id} ({momento}): {texto}");
                    momentos.insert(momento);
                    vistas.insert(texto);
                    let r = Sesion::reproducir(e.clone(), &prueba.transcripcion()).unwrap();
                    assert_eq!(
                        r.historial(),
                        prueba.historial(),
                        "las mismas líneas al reproducir"
                    );
                }
                match turno {
                    Turno::Dice { texto, .. } => s.decir(texto),
                    Turno::Accion { accion, .. } => s.accion(*accion),
                    Turno::Terminar { .. } => s.terminar(),
                };
            }
        }
    }
    assert!(momentos.contains("operador"), "{momentos:?} {vistas:?}");

    // un cliente sin reacciones propias: lo que no entiende, según el momento
    let mut sin_reacciones = (*buscar("servicio-completo").unwrap()).clone();
    sin_reacciones.reacciones.clear();
    let e = std::sync::Arc::new(sin_reacciones);
    let t = ejemplo("servicio-completo");
    let mut formas = std::collections::BTreeSet::new();
    for semilla in 0..8u64 {
        let mut s = sin_contrapartes(e.clone(), semilla, t.proveedor.clone());
        for (accion, lista) in [
            (None, &se.llegada),
            (Some(Accion::IniciarServicio), &se.trabajo),
            (Some(Accion::FinalizarServicio), &se.cierre),
        ] {
            if let Some(a) = accion {
                s.accion(a);
            }
            let ev = s.decir("qwerty asdf zxcv");
            let texto = ev
                .iter()
                .find_map(|x| match x {
                    Evento::Linea {
                        quien: Hablante::Cliente,
                        texto,
                        ..
                    } => Some(texto.clone()),
                    _ => None,
                })
                .expect("el cliente responde");
            assert!(es_de(lista, &texto), "{texto}");
            formas.insert(texto);
        }
    }
    assert!(formas.len() >= 6, "varias formas de decirlo: {formas:?}");
}

/// Cada línea de una reacción se puede decir de tres formas por lo menos, y
/// la semilla las reparte: un cliente que se saluda en otra visita no repite
/// siempre la misma frase.
#[test]
fn cada_reaccion_se_dice_de_tres_formas_y_la_semilla_las_reparte() {
    for e in protocolo::escenario::catalogo().unwrap() {
        for r in e.reacciones.iter().chain(&e.operador.reacciones) {
            if r.dice.is_some() {
                assert!(
                    r.o_bien.len() >= 2,
                    "{}: «{}» tiene {} formas",
                    e.id,
                    r.id,
                    1 + r.o_bien.len()
                );
            }
        }
    }
    let formas = e_bienestar();
    let dichas: std::collections::BTreeSet<String> = (0..30)
        .map(|semilla| {
            let mut s = nueva(semilla);
            s.decir("Buenas tardes, soy Carlos, proveedor del INS.");
            s.decir("¿Cómo está?")
                .into_iter()
                .find_map(|e| match e {
                    Evento::Linea {
                        quien: Hablante::Cliente,
                        texto,
                        ..
                    } => Some(texto),
                    _ => None,
                })
                .unwrap()
        })
        .collect();
    assert!(dichas.iter().all(|d| formas.contains(d)), "{dichas:?}");
    assert_eq!(dichas.len(), formas.len(), "{dichas:?}");
}

/// Una sesión del escenario tal cual, sin temperamento, pregunta ni puerta
/// sorteados: lo que estas pruebas comprueban es el escenario mismo (las
/// contrapartes tienen las suyas en `contrapartes.rs`).
fn sin_contrapartes(e: std::sync::Arc<protocolo::Escenario>, semilla: u64, p: Proveedor) -> Sesion {
    Sesion::con_contrapartes(e, semilla, p, None).unwrap()
}
