//! Cualquier secuencia de turnos deja el motor coherente: sin pánico, un
//! puntaje en 0–100, y reproducir su propia transcripción da el mismo informe.

use proptest::prelude::*;
use protocolo::escenario::buscar;
use protocolo::{Accion, Genero, Proveedor, Sesion};

#[derive(Debug, Clone)]
enum Paso {
    Decir(String),
    Hacer(usize),
    Terminar,
}

fn paso() -> impl Strategy<Value = Paso> {
    prop_oneof![
        6 => prop::sample::select(vec![
            "Buenas tardes doña María", "Buenos días don José, soy Carlos del INS", "¿Me regala su cédula?",
            "Le pido que permanezca aquí", "Muchas gracias, fue un placer servirle", "mae tranqui", "no es mi problema",
            "¿Cómo está?", "El cliente no se encuentra, ¿cómo procedo?", "",
        ]).prop_map(|s| Paso::Decir(s.to_string())),
        1 => "\\PC{0,80}".prop_map(Paso::Decir),
        5 => (0..Accion::TODAS.len()).prop_map(Paso::Hacer),
        1 => Just(Paso::Terminar),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn cualquier_secuencia_es_coherente(semilla in any::<u64>(), pasos in prop::collection::vec(paso(), 0..40)) {
        let e = buscar("servicio-completo").unwrap();
        let mut s = Sesion::nueva(e.clone(), semilla, Proveedor { nombre: "Ana Solís".into(), genero: Genero::F });
        for p in &pasos {
            match p {
                Paso::Decir(t) => { s.decir(t); }
                Paso::Hacer(i) => { s.accion(Accion::TODAS[*i]); }
                Paso::Terminar => { s.terminar(); }
            }
        }
        let i = s.informe();
        prop_assert!(i.total <= 100);
        prop_assert!(!i.aprobado || i.errores_criticos.is_empty());
        let r = Sesion::reproducir(e, &s.transcripcion()).unwrap();
        prop_assert_eq!(r.informe(), i);
    }
}
