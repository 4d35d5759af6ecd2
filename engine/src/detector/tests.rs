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
