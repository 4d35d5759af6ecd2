//! Cualquier secuencia de turnos, en cualquiera de los seis escenarios y con
//! cualquier semilla, deja el motor coherente: sin pánico, la visita termina y
//! llega a un informe con puntaje en 0–100, y reproducir su propia
//! transcripción da el mismo informe.

use proptest::prelude::*;
use protocolo::escenario::catalogo;
use protocolo::{Accion, Genero, Proveedor, Sesion};

#[derive(Debug, Clone)]
enum Paso {
    Decir(String),
    Dictar(String),
    Hacer(usize),
    Terminar,
}

fn paso() -> impl Strategy<Value = Paso> {
    prop_oneof![
        6 => prop::sample::select(vec![
            "Buenas tardes doña María", "Buenos días don José, soy Carlos del INS", "¿Me regala su cédula?",
            "Le pido que permanezca aquí", "Muchas gracias, fue un placer servirle", "mae tranqui", "no es mi problema",
            "¿Cómo está?", "El cliente no se encuentra, ¿cómo procedo?", "",
            "Tengo pendiente un servicio, pero se me presentó un inconveniente", "Puedo atenderle a las cinco de la tarde",
            "Lo lamento mucho, ¿podrían coordinar otra hora?", "Permítame un momento", "Con mucho gusto, estamos para servirle",
            "No, gracias, no puedo aceptar", "¿Se encuentra bien? Permítame ayudarle", "Voy a informar al Centro de Contacto",
        ]).prop_map(|s| Paso::Decir(s.to_string())),
        1 => "\\PC{0,40}".prop_map(Paso::Dictar),
        1 => "\\PC{0,80}".prop_map(Paso::Decir),
        5 => (0..Accion::TODAS.len()).prop_map(Paso::Hacer),
        1 => Just(Paso::Terminar),
    ]
}

proptest! {
    // unas 400 visitas por cada uno de los seis escenarios
    #![proptest_config(ProptestConfig::with_cases(2_400))]
    #[test]
    fn cualquier_secuencia_es_coherente(
        escenario in 0..catalogo().unwrap().len(),
        semilla in any::<u64>(),
        pasos in prop::collection::vec(paso(), 0..40),
    ) {
        let e = catalogo().unwrap()[escenario].clone();
        let mut s = Sesion::nueva(e.clone(), semilla, Proveedor { nombre: "Ana Solís".into(), genero: Genero::F });
        for p in &pasos {
            match p {
                Paso::Decir(t) => { s.decir(t); }
                Paso::Dictar(t) => { s.dictar(t); }
                Paso::Hacer(i) => { s.accion(Accion::TODAS[*i]); }
                Paso::Terminar => { s.terminar(); }
            }
        }
        // la visita siempre se puede terminar y llega a su informe
        s.terminar();
        prop_assert!(s.terminada());
        let i = s.informe();
        prop_assert!(i.total <= 100);
        prop_assert!(!i.aprobado || i.errores_criticos.is_empty());
        let r = Sesion::reproducir(e, &s.transcripcion()).unwrap();
        prop_assert_eq!(r.informe(), i);
    }
}
