//! Pruebas del detector: frases del protocolo con tildes y erratas, el saludo
//! según la hora y el primer contacto (1.1), la despedida (1.3), don/doña con el
//! nombre y el género del cliente (2.1), las etiquetas que solo cuentan ante el
//! operador del Centro de Contacto (1.2), el tuteo (2.1), el recorte de textos
//! enormes y las listas empacadas con `lista!`.

use super::*;

/// Un contexto de prueba: la hora, el cliente y su género, y a quién se le
/// habla; el proveedor es siempre Carlos Jiménez.
fn ctx(hora: &str, cliente: &str, genero: Genero, interlocutor: Interlocutor) -> Contexto {
    Contexto {
        hora: Hora::parse(hora).unwrap(),
        cliente: Persona {
            nombre: cliente.into(),
            genero,
        },
        proveedor: "Carlos Jiménez".into(),
        interlocutor,
    }
}

/// Los nombres de las etiquetas que el detector encuentra en `texto`, en el
/// orden del vocabulario.
fn etiquetas(texto: &str, c: &Contexto) -> Vec<&'static str> {
    detectar(texto, c)
        .lista()
        .into_iter()
        .map(Etiqueta::nombre)
        .collect()
}

/// Frases del protocolo (1.1, 1.3, 2.1) con tildes, mayúsculas y erratas.
#[test]
fn frases_del_protocolo_con_acentos_y_erratas() {
    let c = ctx("14:30", "María Fernández", Genero::F, Interlocutor::Cliente);
    assert_eq!(
        etiquetas("Buenas tardes mi nombre es Carlos proveedor del Instituto Nacional de Seguros ¿cómo está doña María?", &c),
        ["saludo", "presentacion", "institucion", "trato", "pregunta_bienestar"]
    );
    assert_eq!(
        etiquetas("bunas trades dona maria", &c),
        ["saludo", "trato"]
    );
    assert_eq!(
        etiquetas("MUCHAS GRASIAS, fue un plaser servirle", &c),
        ["gracias", "despedida"]
    );
}

/// Una palabra real distinta nunca pasa por errata de otra: «Marta» no es
/// «María», «don» no es «doña», «estás» no es «está».
#[test]
fn una_palabra_real_distinta_nunca_pasa_por_errata() {
    let c = ctx("14:30", "María Fernández", Genero::F, Interlocutor::Cliente);
    assert_eq!(etiquetas("doña Marta", &c), ["trato_nombre_erroneo"]);
    assert_eq!(etiquetas("don María", &c), ["trato_genero_erroneo"]);
    assert_eq!(etiquetas("doña Marai", &c), ["trato"]);
    assert_eq!(etiquetas("¿cómo estás?", &c), ["informal"]);
}

/// El saludo debe corresponder a la hora (1.1); «hola» solo es incompleto y
/// un deseo de despedida no es un saludo.
#[test]
fn saludo_segun_la_hora() {
    let m = ctx("08:00", "José Rodríguez", Genero::M, Interlocutor::Cliente);
    assert_eq!(etiquetas("Buenos días", &m), ["saludo"]);
    assert_eq!(etiquetas("Buenas noches", &m), ["saludo_hora_erronea"]);
    assert_eq!(etiquetas("Hola", &m), ["saludo_incompleto"]);
    assert_eq!(etiquetas("Hola, buenos días", &m), ["saludo"]);
    assert!(etiquetas("que tenga buena tarde", &m).is_empty());
}

/// El nombre de pila puede ser compuesto («Ana Lucía») y un apellido sigue
/// siendo apellido aunque sea también un nombre («Rosa Chaves»).
#[test]
fn nombre_de_pila_compuesto() {
    let p = Persona {
        nombre: "Ana Lucía Rojas Mora".into(),
        genero: Genero::F,
    };
    assert_eq!(p.tratamiento(), "doña Ana Lucía");
    let p = Persona {
        nombre: "Rosa Chaves".into(),
        genero: Genero::F,
    };
    assert_eq!(p.tratamiento(), "doña Rosa");
    let p = Persona {
        nombre: "Xiomara Chaves".into(),
        genero: Genero::F,
    };
    assert_eq!(p.nombre_de_pila(), "Xiomara");
}

/// Informar un inconveniente (1.2) solo cuenta cuando se le habla al operador.
#[test]
fn etiquetas_del_operador_solo_al_operador() {
    let texto = "Se me pinchó una llanta y voy a llegar tarde al servicio";
    let op = ctx("19:50", "Rosa Chaves", Genero::F, Interlocutor::Operador);
    let cl = ctx("19:50", "Rosa Chaves", Genero::F, Interlocutor::Cliente);
    assert_eq!(etiquetas(texto, &op), ["reporta_inconveniente"]);
    assert!(etiquetas(texto, &cl).is_empty());
}

/// Un texto enorme se recorta y se analiza sin fallar.
#[test]
fn texto_enorme_se_recorta_sin_fallar() {
    let c = ctx("14:30", "María Fernández", Genero::F, Interlocutor::Cliente);
    let enorme = "buenas tardes doña María ".repeat(5_000);
    let d = detectar(&enorme, &c);
    assert!(d.tiene(Etiqueta::Saludo));
}

/// Nombres de una sola palabra, vacíos o con un nombre de pila compuesto.
#[test]
fn nombres_de_una_palabra_o_vacios() {
    let p = Persona {
        nombre: "Rosa".into(),
        genero: Genero::F,
    };
    assert_eq!(p.nombre_de_pila(), "Rosa");
    let p = Persona {
        nombre: "  ".into(),
        genero: Genero::F,
    };
    assert_eq!(p.nombre_de_pila(), "");
    let p = Persona {
        nombre: "José Pablo Quesada".into(),
        genero: Genero::M,
    };
    assert_eq!(p.tratamiento(), "don José Pablo");
}

/// Las listas empacadas con `lista!` guardan sus palabras, tildes incluidas.
#[test]
fn las_listas_empacadas_guardan_sus_palabras() {
    const L: &[u8] = super::lista!["dias", "día", "a"];
    assert_eq!(L, b"\x04dias\x04d\xc3\xada\x01a");
    assert_eq!(
        super::palabras_de(L).collect::<Vec<_>>(),
        ["dias", "día", "a"]
    );
    assert!(super::alguna(L, |p| p == b"a"));
    assert!(!super::alguna(L, |p| p == b"dia"));
    assert!(!super::alguna(super::lista![], |_| true));
}

/// Lo citado o contado de otra persona no es del proveedor: ni su saludo ni
/// sus faltas (la frase entera entre comillas sí es suya).
#[test]
fn lo_citado_y_lo_contado_no_cuenta() {
    let c = ctx("15:10", "Rosa Chaves", Genero::F, Interlocutor::Cliente);
    assert_eq!(
        etiquetas(
            "Doña Rosa, el muchacho de la bodega me dijo «mae, vení» y ya pasé.",
            &c
        ),
        ["trato"]
    );
    assert_eq!(
        etiquetas(
            "Doña Rosa, su hija me saludó con un \"buenos días\", qué tierna.",
            &c
        ),
        ["trato"]
    );
    assert_eq!(
        etiquetas(
            "Ayer le dije buenas noches al guarda; hoy le digo buenas tardes.",
            &c
        ),
        ["saludo"]
    );
    assert_eq!(
        etiquetas("\"Buenas tardes, doña Rosa\"", &c),
        ["saludo", "trato"]
    );
}

/// Una petición negada o aplazada no es la petición; «no se preocupe» ni
/// «no fue culpa suya» son groserías.
#[test]
fn negaciones_y_aplazamientos() {
    let c = ctx(
        "09:00",
        "José Pablo Quesada",
        Genero::M,
        Interlocutor::Cliente,
    );
    assert!(etiquetas(
        "Por ahora no le voy a pedir la identificación, don José Pablo.",
        &c
    )
    .iter()
    .all(|e| *e != "pide_identificacion"));
    assert_eq!(
        etiquetas("Tranquilo don José Pablo, no fue culpa suya.", &c),
        ["trato"]
    );
    assert_eq!(
        etiquetas("no tiene que pedirme disculpas don jose pablo", &c),
        ["trato"]
    );
    let o = ctx(
        "09:00",
        "José Pablo Quesada",
        Genero::M,
        Interlocutor::Operador,
    );
    assert_eq!(
        etiquetas("No, todavía no necesito reprogramar, voy a tiempo.", &o),
        Vec::<&str>::new()
    );
}

/// «buenas» como adjetivo no es un saludo incompleto; sí lo es al saludar.
#[test]
fn buenas_como_adjetivo() {
    let c = ctx("16:00", "Carmen Alvarado", Genero::F, Interlocutor::Cliente);
    assert_eq!(
        etiquetas("Doña Carmen, las llaves quedaron buenas, pruébelas.", &c),
        ["trato"]
    );
    assert_eq!(
        etiquetas("Buenas noticias, doña Carmen: ya quedó.", &c),
        ["trato"]
    );
    assert_eq!(
        etiquetas("buenas doña carmen", &c),
        ["saludo_incompleto", "trato"]
    );
}

/// Abreviaturas de chat, letras alargadas y cortesía costarricense.
#[test]
fn chat_y_cortesia_costarricense() {
    let c = ctx(
        "19:30",
        "Luis Diego Campos",
        Genero::M,
        Interlocutor::Cliente,
    );
    assert_eq!(
        etiquetas(
            "bns noches don luis diego, cmo le va? xfa me regala la ced",
            &c
        ),
        [
            "saludo",
            "trato",
            "pregunta_bienestar",
            "pide_identificacion"
        ]
    );
    assert_eq!(
        etiquetas("buenasssss don luis diego", &c),
        ["saludo_incompleto", "trato"]
    );
    assert_eq!(
        etiquetas("Don Luis Diego, ¿cómo lo trata la vida?", &c),
        ["trato", "pregunta_bienestar"]
    );
    assert_eq!(
        etiquetas("deme un toquecito don luis diego", &c),
        ["trato", "permitame"]
    );
    assert_eq!(
        etiquetas("Lamento hacerlo esperar, don Luis Diego.", &c),
        ["trato", "disculpa"]
    );
}

/// Don/doña para el operador o para otra persona no es el trato al cliente;
/// el nombre escrito como suena («Karla» por «Carla») sí es el del cliente.
#[test]
fn trato_a_terceros_y_nombres_que_suenan_igual() {
    let c = ctx("10:00", "Carla Mora", Genero::F, Interlocutor::Cliente);
    assert_eq!(etiquetas("doña karla, ya terminé", &c), ["trato"]);
    assert_eq!(
        etiquetas("Doña Carla, mi compañero don Rafael trae la escalera.", &c),
        ["trato"]
    );
    let o = ctx("10:00", "Carla Mora", Genero::F, Interlocutor::Operador);
    assert!(
        !etiquetas("Buenos días doña Patricia, la clienta no se encuentra.", &o)
            .contains(&"trato_nombre_erroneo")
    );
}

/// Tuteo, voseo y saludos de confianza en formas que antes pasaban.
#[test]
fn informal_en_formas_costarricenses() {
    let c = ctx("08:00", "Rebeca Solano", Genero::F, Interlocutor::Cliente);
    assert!(etiquetas("¿Qué hubo, doña Rebeca?", &c).contains(&"informal"));
    assert!(etiquetas("hola rebeca, ¿cómo amaneciste?", &c).contains(&"informal"));
    assert!(etiquetas("cualquier cosa me escribís, doña Rebeca", &c).contains(&"informal"));
    assert!(!etiquetas("porfa doña Rebeca, su cédula", &c).contains(&"informal"));
}

/// Desprecio sin insulto (2.2): menospreciar el local, juzgar o reprochar a
/// la persona, echarla; describir un daño sin juzgar no lo es.
#[test]
fn desprecio_sin_insulto() {
    let c = ctx("13:00", "Óscar Méndez", Genero::M, Interlocutor::Cliente);
    for t in [
        "Don Óscar, qué taller más cochinero tiene.",
        "don oscar usted si es bien terco eh",
        "La próxima vez avise antes, don Óscar.",
        "Don Óscar, ya le dije dos veces que no lo toque.",
        "¿Y por qué no me avisó que no había luz?",
        "Don Óscar, no me esté vigilando, por favor.",
    ] {
        assert!(etiquetas(t, &c).contains(&"grosero"), "{t}");
    }
    for t in [
        "Don Óscar, el tubo está sucio por dentro; lo limpio y queda.",
        "No se preocupe, don Óscar, no fue culpa suya.",
        "La próxima vez que necesite algo, con gusto le ayudamos.",
    ] {
        assert!(!etiquetas(t, &c).contains(&"grosero"), "{t}");
    }
}

/// Las clases del quinto conjunto ciego: don/doña de un tercero, la J inicial
/// que suena como Y, el pedido aplazado o negado, «cómo está» de una cosa, el
/// desprecio por el local y los verbos de tú después del vocativo.
#[test]
fn clases_del_quinto_conjunto_ciego() {
    let c = ctx("16:00", "Olman Segura", Genero::M, Interlocutor::Cliente);
    // un tercero nombrado no es el trato al cliente
    assert_eq!(
        etiquetas("don Olman, ¿su esposa se llama doña Flory?", &c),
        ["trato"]
    );
    assert_eq!(
        etiquetas("don Olman, ¿usted es familia de doña Carmen?", &c),
        ["trato"]
    );
    // pero dirigirse al cliente con otro nombre sí es un error
    assert_eq!(
        etiquetas("don Omar, ¿cómo está?", &c),
        ["trato_nombre_erroneo", "pregunta_bienestar"]
    );
    let johnny = ctx("16:00", "Johnny Navarro", Genero::M, Interlocutor::Cliente);
    assert_eq!(etiquetas("don Yoni", &johnny), ["trato"]);
    // aplazado o negado no es pedido
    assert_eq!(
        etiquetas(
            "don Olman, le voy a pedir la cédula después, cuando termine",
            &c
        ),
        ["trato"]
    );
    assert_eq!(
        etiquetas(
            "no le pido el nombre completo, solo el número de cédula",
            &c
        ),
        ["pide_identificacion"]
    );
    assert_eq!(
        etiquetas(
            "es para saber si después le pido a la persona encargada que se quede",
            &c
        ),
        Vec::<&str>::new()
    );
    // «luego de» no aplaza: pide ahora
    assert_eq!(
        etiquetas(
            "luego de confirmar sus datos, le pido que permanezca en el lugar",
            &c
        ),
        ["pide_permanencia"]
    );
    // «cómo está» de una cosa no pregunta por la persona
    assert_eq!(
        etiquetas("¿usted sabe cómo está conectada la bomba?", &c),
        Vec::<&str>::new()
    );
    assert_eq!(
        etiquetas("mire cómo está de oxidada esta tubería", &c),
        Vec::<&str>::new()
    );
    // desprecio por el local, y no una queja por la presa
    assert_eq!(etiquetas("¿qué es este desorden?", &c), ["grosero"]);
    assert_eq!(etiquetas("ese cableado es una porquería", &c), ["grosero"]);
    assert_eq!(
        etiquetas("la presa está horrible, no voy a llegar a la una", &c),
        Vec::<&str>::new()
    );
    // tú después del vocativo
    assert_eq!(
        etiquetas("don Olman mira aquí está el problema", &c),
        ["trato", "informal"]
    );
    assert_eq!(
        etiquetas("hola Olman, ¿cómo vas?", &c),
        ["saludo_incompleto", "informal"]
    );
}
