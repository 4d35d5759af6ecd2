//! Las contrapartes que saca la semilla: el temperamento del cliente, el
//! estilo del operador, la pregunta a mitad de la visita y quién abre la
//! puerta. Cada una cambia lo que dicen y hacen el cliente y el operador; la
//! pregunta y la puerta se califican; todo se anota en la transcripción y se
//! reproduce igual.

use protocolo::contrapartes::CLASES;

/// Las marcas de las contrapartes de un intento.
type Contrapartes = Vec<String>;
use protocolo::escenario::buscar;
use protocolo::{Accion, Dimension, Evento, Hablante, Sesion, Transcripcion, Turno};
use std::collections::BTreeSet;

fn ejemplo(id: &str) -> Transcripcion {
    Transcripcion::desde_json(protocolo::ejemplos::ejemplo(id).unwrap()).unwrap()
}

/// Juega `turnos` del escenario `id` con la semilla y el proveedor de su
/// ejemplo y estas contrapartes.
fn jugar(id: &str, c: Contrapartes, turnos: &[Turno]) -> Sesion {
    let t = ejemplo(id);
    let mut s =
        Sesion::con_contrapartes(buscar(id).unwrap(), t.semilla, t.proveedor.clone(), Some(c))
            .unwrap();
    for turno in turnos {
        match turno {
            Turno::Dice { texto, .. } => s.decir(texto),
            Turno::Accion { accion, .. } => s.accion(*accion),
            Turno::Terminar { .. } => s.terminar(),
        };
    }
    // lo mismo al reproducir su transcripción, también desde JSON
    let json = s.transcripcion().a_json();
    let r = Sesion::reproducir(
        buscar(id).unwrap(),
        &Transcripcion::desde_json(&json).unwrap(),
    )
    .unwrap();
    assert_eq!(r.historial(), s.historial());
    assert_eq!(r.informe(), s.informe());
    s
}

fn dice(texto: &str) -> Turno {
    Turno::Dice {
        texto: texto.into(),
        a: None,
        hora: None,
    }
}

/// Dónde está la acción `a` en el registro de eventos `h`.
fn accion_en(h: &[Evento], a: Accion) -> usize {
    h.iter()
        .position(|e| matches!(e, Evento::Accion { accion, .. } if *accion == a))
        .expect("la acción está en el registro")
}

/// Dónde está «Iniciar el servicio» en `turnos`.
fn iniciar_servicio(turnos: &[Turno]) -> usize {
    turnos
        .iter()
        .position(|t| {
            matches!(
                t,
                Turno::Accion {
                    accion: Accion::IniciarServicio,
                    ..
                }
            )
        })
        .expect("el ejemplo inicia el servicio")
}

/// Los turnos del ejemplo con `extra` justo después de iniciar el servicio.
fn con_respuesta(id: &str, extra: &[&str]) -> Vec<Turno> {
    let mut turnos = ejemplo(id).turnos;
    let i = iniciar_servicio(&turnos);
    for (k, x) in extra.iter().enumerate() {
        turnos.insert(i + 1 + k, dice(x));
    }
    turnos
}

/// Lo que dijo `quien` en los eventos, en orden.
fn lineas(eventos: &[Evento], quien: Hablante) -> Vec<String> {
    eventos
        .iter()
        .filter_map(|e| match e {
            Evento::Linea {
                quien: q, texto, ..
            } if *q == quien => Some(texto.clone()),
            _ => None,
        })
        .collect()
}

fn temperamento(id: &str) -> Contrapartes {
    vec![format!("temperamento:{id}")]
}

/// Las formas de la reacción `reaccion` de la contraparte `id`, sin marcadores
/// (lo que va antes de la primera llave).
fn formas(id: &str, reaccion: &str) -> Vec<String> {
    let e = buscar("servicio-completo").unwrap();
    let r = e
        .reacciones
        .iter()
        .chain(&e.operador.reacciones)
        .find(|r| r.id == format!("{id}/{reaccion}"))
        .unwrap();
    r.dice
        .iter()
        .chain(&r.o_bien)
        .map(|f| f.split('{').next().unwrap().to_string())
        .collect()
}

fn es_una_de(formas: &[String], texto: &str) -> bool {
    formas.iter().any(|f| texto.starts_with(f.as_str()))
}

#[test]
fn la_semilla_reparte_todas_las_contrapartes_y_la_transcripcion_las_anota() {
    let e = buscar("servicio-completo").unwrap();
    let t = ejemplo("servicio-completo");
    let mut vistas: Vec<BTreeSet<String>> = vec![BTreeSet::new(); 4];
    for semilla in 0..600u64 {
        let s = Sesion::nueva(e.clone(), semilla, t.proveedor.clone());
        let c = s
            .contrapartes()
            .expect("una sesión nueva las sortea")
            .to_vec();
        assert_eq!(c.len(), 4, "una de cada clase: {c:?}");
        for (k, clase) in CLASES.iter().enumerate() {
            let id = c[k]
                .strip_prefix(&format!("{clase}:"))
                .expect("en el orden de CLASES");
            vistas[k].insert(id.to_string());
        }
        // la pregunta es del servicio que tocó
        let servicio = &s.variante().servicio.nombre;
        let p = de_clase(&e, "pregunta")
            .into_iter()
            .find(|a| a.marca == c[2])
            .unwrap();
        assert!(p.servicios.is_empty() || p.servicios.contains(servicio));
        assert_eq!(s.transcripcion().contrapartes.as_ref(), Some(&c));
        // la misma semilla, lo mismo
        let otra = Sesion::nueva(e.clone(), semilla, t.proveedor.clone());
        assert_eq!(otra.contrapartes(), Some(&c[..]));
        assert_eq!(otra.historial(), s.historial());
    }
    for (k, clase) in CLASES.iter().enumerate() {
        let todas: BTreeSet<String> = de_clase(&e, clase)
            .iter()
            .map(|a| a.id().to_string())
            .collect();
        assert_eq!(vistas[k], todas, "{clase}");
    }
    assert!(vistas[0].len() >= 4, "al menos cuatro temperamentos");
    assert!(vistas[1].len() >= 2, "al menos dos estilos de operador");
    // los escenarios de llamada tienen estilo de operador, no cliente con temperamento
    let s = Sesion::nueva(
        buscar("inconveniente-no-solucionable").unwrap(),
        3,
        t.proveedor.clone(),
    );
    let c = s.contrapartes().unwrap();
    assert!(c.len() == 1 && c[0].starts_with("estilo:"), "{c:?}");
}

#[test]
fn una_transcripcion_de_antes_se_juega_sin_contrapartes_y_da_lo_mismo() {
    for (id, json) in protocolo::ejemplos::EJEMPLOS {
        let t = Transcripcion::desde_json(json).unwrap();
        assert!(t.contrapartes.is_none());
        assert!(!json.contains("contrapartes"));
        let s = Sesion::reproducir(buscar(id).unwrap(), &t).unwrap();
        assert!(s.contrapartes().is_none());
        assert_eq!(s.informe().total, 100, "{id}");
        assert!(s.informe().contrapartes.is_empty());
        assert!(!s.transcripcion().a_json().contains("contrapartes"));
    }
    // una que pide una contraparte que no existe: error en español, sin pánico
    let mut t = ejemplo("servicio-completo");
    t.contrapartes = Some(temperamento("gruñón"));
    let e = Sesion::reproducir(buscar("servicio-completo").unwrap(), &t).unwrap_err();
    assert!(e.to_string().contains("«temperamento:gruñón»"), "{e}");
}

#[test]
fn el_cliente_apurado_interrumpe_las_fotos_y_el_informe_lo_explica() {
    let t = ejemplo("servicio-completo");
    let s = jugar("servicio-completo", temperamento("apurado"), &t.turnos);
    let i = s.informe();
    assert_eq!(i.total, 100, "el protocolo es el mismo: {:?}", i.hallazgos);
    assert!(i.contrapartes[0].contains("prisa"), "{:?}", i.contrapartes);
    let h = s.historial();
    let fotos = accion_en(h, Accion::TomarFotosPrevias);
    let dicho = lineas(&h[fotos..fotos + 4], Hablante::Cliente);
    assert!(
        es_una_de(&formas("apurado", "apurado_fotos"), &dicho[0]),
        "{dicho:?}"
    );
    // el cordial, en el mismo momento, dice otra cosa
    let cordial = jugar("servicio-completo", temperamento("cordial"), &t.turnos);
    let h = cordial.historial();
    let dicho_cordial = lineas(&h[fotos..fotos + 4], Hablante::Cliente);
    assert!(es_una_de(
        &formas("cordial", "cordial_fotos"),
        &dicho_cordial[0]
    ));
}

#[test]
fn el_cliente_desconfiado_pide_la_identificacion_del_proveedor() {
    let t = ejemplo("servicio-completo");
    let mut turnos = t.turnos.clone();
    let s = jugar(
        "servicio-completo",
        temperamento("desconfiado"),
        &turnos[..1],
    );
    let pide = lineas(s.historial(), Hablante::Cliente);
    let ultima = pide.last().unwrap();
    assert!(
        es_una_de(&formas("desconfiado", "desconfiado_saludo"), ultima),
        "{ultima}"
    );
    // usa el nombre que acaba de dar el proveedor, o pide el carné
    assert!(
        ultima.contains("Carlos") || ultima.contains("carné") || ultima.contains("identificación"),
        "{ultima}"
    );
    turnos.insert(
        1,
        dice("Con mucho gusto, don Jorge. Aquí tiene mi carné de proveedor."),
    );
    let s = jugar("servicio-completo", temperamento("desconfiado"), &turnos);
    assert!(lineas(s.historial(), Hablante::Narrador)
        .iter()
        .any(|l| l.contains("mira su identificación")));
    assert_eq!(s.informe().total, 100);
    assert!(s.informe().contrapartes[0].contains("desconfi"));
}

#[test]
fn el_cliente_conversador_le_quita_minutos() {
    let t = ejemplo("servicio-completo");
    let charla = jugar("servicio-completo", temperamento("conversador"), &t.turnos);
    let cordial = jugar("servicio-completo", temperamento("cordial"), &t.turnos);
    let (a, b) = (charla.informe().hora_fin, cordial.informe().hora_fin);
    assert_eq!(
        a.minutos_desde_medianoche() - b.minutos_desde_medianoche(),
        5,
        "{a} {b}"
    );
    assert!(lineas(charla.historial(), Hablante::Narrador)
        .iter()
        .any(|l| l.contains("Jorge")));
}

fn pregunta(tipo: &str) -> Contrapartes {
    let e = buscar("servicio-completo").unwrap();
    let t = ejemplo("servicio-completo");
    let servicio = Sesion::con_contrapartes(e.clone(), t.semilla, t.proveedor, None)
        .unwrap()
        .variante()
        .servicio
        .nombre
        .clone();
    let p = de_clase(&e, "pregunta")
        .into_iter()
        .find(|a| {
            a.id().starts_with(tipo) && (a.servicios.is_empty() || a.servicios.contains(&servicio))
        })
        .unwrap();
    vec![p.marca.clone()]
}

#[test]
fn la_pregunta_de_cobertura_se_responde_consultando_y_no_inventando() {
    let id = "servicio-completo";
    // bien: con cortesía y consultando con el Centro de Contacto
    let bien = jugar(
        id,
        pregunta("cobertura"),
        &con_respuesta(
            id,
            &["Con mucho gusto, don Jorge. Permítame consultarlo con el Centro de Contacto."],
        ),
    );
    let i = bien.informe();
    assert_eq!(i.total, 100, "{:?}", i.hallazgos);
    assert_eq!(i.puntaje(Dimension::Escalamiento), Some(100));
    assert!(i.contrapartes[0].contains("Centro de Contacto"));
    let h = bien.historial();
    let inicio = accion_en(h, Accion::IniciarServicio);
    let pregunta_hecha = lineas(&h[inicio..], Hablante::Cliente);
    assert!(
        pregunta_hecha[0].contains("seguro")
            || pregunta_hecha[0].contains("INS")
            || pregunta_hecha[0].contains("póliza")
            || pregunta_hecha[0].contains("cobertura"),
        "{pregunta_hecha:?}"
    );

    // mal: inventa la cobertura; es una falta de 2.2 y falta la consulta
    let mal = jugar(
        id,
        pregunta("cobertura"),
        &con_respuesta(id, &["Claro, don Jorge, eso lo cubre el seguro."]),
    );
    let i = mal.informe();
    let falta = i
        .hallazgos
        .iter()
        .find(|h| h.mensaje.contains("cubre"))
        .expect("inventar la cobertura es un hallazgo");
    assert_eq!(falta.seccion, "2.2");
    assert_eq!(falta.dimension, Dimension::Escalamiento);
    assert!(i
        .hallazgos
        .iter()
        .any(|h| h.seccion == "2.2" && h.mensaje.contains("No ofreció consultar")));
    assert!(i.total < 100 && i.puntaje(Dimension::Escalamiento) == Some(0));

    // sin responder: la cortesía de 2.1 también falta
    let nada = jugar(id, pregunta("cobertura"), &ejemplo(id).turnos);
    let i = nada.informe();
    assert!(
        i.hallazgos.iter().any(|h| h.seccion == "2.1"),
        "{:?}",
        i.hallazgos
    );
}

#[test]
fn las_demas_preguntas_tambien_se_califican() {
    let id = "servicio-completo";
    let s = jugar(
        id,
        pregunta("otro_arreglo"),
        &con_respuesta(id, &["Claro que sí, de una vez se lo arreglo, don Jorge."]),
    );
    assert!(s
        .informe()
        .hallazgos
        .iter()
        .any(|h| h.seccion == "2.2" && h.mensaje.contains("Prometió")));
    let s = jugar(
        id,
        pregunta("duracion"),
        &con_respuesta(
            id,
            &["Con mucho gusto, don Jorge: aproximadamente media hora."],
        ),
    );
    assert_eq!(s.informe().total, 100, "{:?}", s.informe().hallazgos);
    let s = jugar(
        id,
        pregunta("comprobante"),
        &con_respuesta(
            id,
            &["Con gusto, don Jorge, permítame consultarlo con el Centro de Contacto."],
        ),
    );
    assert_eq!(s.informe().total, 100, "{:?}", s.informe().hallazgos);
}

fn puerta(id: &str) -> Contrapartes {
    vec![format!("puerta:{id}")]
}

#[test]
fn abre_una_persona_empleada_y_hay_que_preguntar_por_el_cliente() {
    let id = "servicio-completo";
    let t = ejemplo(id);
    let s = jugar(id, puerta("empleado"), &[]);
    assert_eq!(lineas(s.historial(), Hablante::Tercero).len(), 1);
    assert!(s.atiende_tercero());
    // la persona empleada no es el cliente: no sabe de la identificación
    let s = jugar(
        id,
        puerta("empleado"),
        &[dice(
            "Permítame por favor su nombre completo e identificación.",
        )],
    );
    assert!(s.atiende_tercero());
    assert_eq!(lineas(s.historial(), Hablante::Cliente).len(), 0);
    // lo que se le dice a ella no cumple los pasos de la visita con el cliente
    let s = jugar(id, puerta("empleado"), &t.turnos);
    assert!(s.informe().total < 100);
    // preguntar por quien pidió el servicio: llega, y la visita sigue igual
    let mut turnos = vec![dice("Buenas tardes, ¿se encuentra don Jorge?")];
    turnos.extend(t.turnos.iter().cloned());
    let s = jugar(id, puerta("empleado"), &turnos);
    assert!(!s.atiende_tercero());
    let i = s.informe();
    assert_eq!(i.total, 100, "{:?}", i.hallazgos);
    assert!(i
        .pasos
        .iter()
        .any(|p| p.paso == "empleado/pregunta_por_cliente" && p.puntos == p.maximo));
    let h = s.historial();
    assert!(lineas(h, Hablante::Tercero).len() >= 2);
    assert!(lineas(h, Hablante::Narrador)
        .iter()
        .any(|l| l.contains("don Jorge")));
}

#[test]
fn no_abre_nadie_y_hay_que_llamar_al_centro_de_contacto() {
    let id = "servicio-completo";
    let t = ejemplo(id);
    let s = jugar(id, puerta("nadie"), &t.turnos[..1]);
    assert!(s.interlocutor().is_none(), "nadie oye al llegar");
    let mut turnos = vec![
        Turno::Accion {
            accion: Accion::LlamarCentro,
            hora: None,
        },
        dice("Buenas tardes, mi nombre es Carlos Jiménez. Estoy en el comercio y no hay nadie; ¿cómo procedo?"),
        dice("Muchas gracias."),
        Turno::Accion {
            accion: Accion::Colgar,
            hora: None,
        },
    ];
    turnos.extend(t.turnos.iter().cloned());
    let s = jugar(id, puerta("nadie"), &turnos);
    let i = s.informe();
    assert_eq!(i.total, 100, "{:?}", i.hallazgos);
    assert_eq!(i.puntaje(Dimension::Escalamiento), Some(100));
    assert!(i.contrapartes[0].contains("1.1"));
    // sin llamar: el escalamiento falta
    let s = jugar(id, puerta("nadie"), &t.turnos);
    assert!(s.informe().puntaje(Dimension::Escalamiento) == Some(0));
}

#[test]
fn el_estilo_del_operador_cambia_como_contesta() {
    let mut vistas = BTreeSet::new();
    for estilo in ["formal", "agil"] {
        let e = buscar("servicio-completo").unwrap();
        let a = de_clase(&e, "estilo")
            .into_iter()
            .find(|a| a.id() == estilo)
            .unwrap();
        let c = vec![format!("estilo:{estilo}")];
        let s = jugar(
            "inconveniente-no-solucionable",
            c,
            &[Turno::Accion {
                accion: Accion::LlamarCentro,
                hora: None,
            }],
        );
        let contesta = lineas(s.historial(), Hablante::Operador).pop().unwrap();
        let sin_nombre = |f: &String| f.split('{').next().unwrap().to_string();
        assert!(
            a.contesta
                .iter()
                .map(sin_nombre)
                .any(|f| contesta.starts_with(&f)),
            "{estilo}: {contesta}"
        );
        vistas.insert(contesta);
        assert!(s.informe().contrapartes[0].contains("operador"));
    }
    assert_eq!(vistas.len(), 2);
}

#[test]
fn cada_linea_de_las_contrapartes_tiene_tres_formas() {
    let e = buscar("servicio-completo").unwrap();
    let mut vistas = 0;
    for r in e.reacciones.iter().chain(&e.operador.reacciones) {
        let de_contraparte = r.si.marcas.iter().any(|m| e.de_contraparte(m));
        if de_contraparte && r.dice.is_some() {
            assert!(r.o_bien.len() >= 2, "«{}»", r.id);
            vistas += 1;
        }
    }
    assert!(vistas >= 20, "{vistas}");
    for c in &e.contrapartes {
        assert!(c.contesta.is_empty() || c.contesta.len() >= 3);
        assert!(c.sin_entender.is_empty() || c.sin_entender.len() >= 3);
    }
}

#[test]
fn una_contraparte_mal_escrita_se_rechaza_con_su_nombre() {
    let mut e = (*buscar("servicio-completo").unwrap()).clone();
    // una reacción de la pregunta que espera un paso que no existe
    let r = e
        .reacciones
        .iter_mut()
        .find(|r| r.id.ends_with("/pregunta"))
        .unwrap();
    r.si.hechos = vec!["no_existe".into()];
    let id = r.id.clone();
    let error = e.validar().unwrap_err().to_string();
    assert!(error.contains(&format!("«{id}»")), "{error}");
    assert!(error.contains("«no_existe»"), "{error}");
    // una pregunta que nombra una rúbrica que no hay
    let mut r: protocolo::contrapartes::Reparto =
        protocolo::formato::leer(r#"{"preguntas": [{"id": "x", "rubrica": "nada"}]}"#).unwrap();
    r.variantes = protocolo::escenario::reparto().unwrap().variantes.clone();
    let mut e = (*buscar("servicio-completo").unwrap()).clone();
    let error = e.sumar_contrapartes(&r).unwrap_err().to_string();
    assert!(error.contains("rúbrica «nada»"), "{error}");
}

fn de_clase<'a>(
    e: &'a protocolo::Escenario,
    clase: &str,
) -> Vec<&'a protocolo::contrapartes::Contraparte> {
    e.contrapartes
        .iter()
        .filter(|c| c.clase() == clase)
        .collect()
}

#[test]
fn la_pista_propone_responder_la_pregunta_en_su_momento() {
    let id = "servicio-completo";
    let turnos = ejemplo(id).turnos;
    let i = iniciar_servicio(&turnos);
    let s = jugar(id, pregunta("cobertura"), &turnos[..=i]);
    let p = s.pista().expect("hay pista");
    assert_eq!(p.titulo, "Responde con cortesía la pregunta del cliente");
    assert_eq!(p.seccion, "2.1");
    // y en el informe, la pregunta va después de iniciar el servicio
    let pasos: Vec<String> = s.informe().pasos.iter().map(|p| p.paso.clone()).collect();
    let inicio = pasos.iter().position(|p| p == "iniciar_servicio").unwrap();
    assert!(
        pasos[inicio + 1].ends_with("/responde_pregunta"),
        "{pasos:?}"
    );
}

#[test]
fn las_lineas_citan_lo_recien_dicho_la_hora_el_nombre_y_el_servicio() {
    // la hora que propuso la persona: el operador la repite
    let t = ejemplo("inconveniente-solucionable");
    let s = Sesion::reproducir(buscar(&t.escenario).unwrap(), &t).unwrap();
    let operador = lineas(s.historial(), Hablante::Operador);
    assert!(
        operador.iter().any(|l| l.contains("17:00")),
        "el operador repite la hora acordada: {operador:?}"
    );
    // el nombre que dio el proveedor y el servicio, en las formas de las contrapartes
    let e = buscar("servicio-completo").unwrap();
    let formas: Vec<&String> = e
        .reacciones
        .iter()
        .filter(|r| r.si.marcas.iter().any(|m| e.de_contraparte(m)))
        .flat_map(|r| r.dice.iter().chain(&r.o_bien))
        .collect();
    for marcador in [
        "{nombre_pila_proveedor}",
        "{tratamiento_proveedor}",
        "{servicio}",
    ] {
        assert!(formas.iter().any(|f| f.contains(marcador)), "{marcador}");
    }
}
