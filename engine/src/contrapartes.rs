//! Las contrapartes de cada visita: el temperamento del cliente, el estilo del
//! operador, la pregunta que hace el cliente a mitad de la visita y quién abre
//! la puerta. Son datos (`scenarios/reparto.json`, [`Agregado`]) que la
//! semilla elige y que cambian lo que dicen y hacen el cliente y el operador;
//! la pregunta y la puerta también se califican (responder con cortesía,
//! consultar con el Centro de Contacto en vez de inventar la cobertura,
//! preguntar por quien pidió el servicio), y el informe explica cada una.
//!
//! Al leer los escenarios ([`Escenario::sumar_contrapartes`]), cada
//! contraparte que cabe en un escenario se le suma: sus reacciones van antes
//! que las del escenario, sus pasos y faltas se agregan, y todo espera la
//! marca de la contraparte ([`Contraparte::marca`]), que la sesión pone al
//! empezar si le tocó. Así la sesión no arma otro escenario: pone marcas. Lo
//! que no son reacciones, pasos ni faltas (quién abre, cómo contesta el
//! operador, la explicación) queda en [`Escenario::contrapartes`].
//!
//! Lo elegido se anota en la transcripción (sus marcas, `contrapartes`): al reproducirla
//! se juega con lo mismo. Una transcripción de antes, sin esa anotación, se
//! juega sin contrapartes, como entonces.

use crate::escenario::{Escenario, LineaFija};
use crate::variante::Azar;
use serde::{Deserialize, Serialize};

/// La marca que pone la reacción con la que el cliente llega a la puerta
/// cuando abre otra persona o no abre nadie: desde ella, el cliente oye y
/// responde él mismo.
pub const MARCA_LLEGA_CLIENTE: &str = "llega_cliente";

/// Las cuatro clases de contraparte, en el orden en que se sortean.
pub const CLASES: [&str; 4] = ["temperamento", "estilo", "pregunta", "puerta"];

/// Lo que una contraparte cambia fuera de las reacciones, los pasos y las
/// faltas del escenario (que llevan su marca).
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
pub struct Contraparte {
    /// La marca que la sesión pone al empezar si le tocó: «clase:id», con
    /// la clase una de [`CLASES`] y el id único en su clase («temperamento:apurado»).
    pub marca: String,
    /// Lo que explica el informe al terminar; vacío, nada.
    pub explicacion: String,
    /// Los servicios donde cabe, por nombre (vacío: todos).
    pub servicios: Vec<String>,
    /// Cuántas veces más que una de peso 1 sale (al menos 1).
    pub peso: u32,
    /// Las líneas del inicio, en vez de las del escenario (quién abre).
    pub inicio: Vec<LineaFija>,
    /// Quién atiende la puerta hasta que llega el cliente ([`MARCA_LLEGA_CLIENTE`]).
    pub tercero: Option<String>,
    /// El cliente no está al llegar: llega con [`MARCA_LLEGA_CLIENTE`].
    pub cliente_ausente: bool,
    /// Cómo contesta el operador, en varias formas (en vez de la del escenario).
    pub contesta: Vec<String>,
    /// Lo que responde el operador cuando no entiende (en vez del reparto).
    pub sin_entender: Vec<String>,
}

/// Saca con la semilla una contraparte de cada clase entre las del escenario
/// que caben en el servicio (con su peso), y da sus marcas
/// («temperamento:apurado»…). No toca la variante: las mismas semillas de antes
/// dan el mismo cliente, hora y servicio.
pub fn elegir(e: &Escenario, servicio: &str, semilla: u64) -> Vec<String> {
    // (la sal es «reparto!» en ASCII: otro sorteo que el de la variante)
    let mut azar = Azar::new(semilla ^ 0x7265_7061_7274_6F21);
    CLASES
        .iter()
        .filter_map(|clase| {
            let aptas = || {
                e.contrapartes.iter().filter(move |c| {
                    c.clase() == *clase
                        && (c.servicios.is_empty() || c.servicios.iter().any(|s| s == servicio))
                })
            };
            let total: u64 = aptas().map(|c| u64::from(c.peso.max(1))).sum();
            let mut k = azar.siguiente() % total.max(1);
            aptas().find_map(|c| {
                let peso = u64::from(c.peso.max(1));
                if k < peso {
                    Some(c.marca.clone())
                } else {
                    k -= peso;
                    None
                }
            })
        })
        .collect()
}

/// Dónde están en `e.contrapartes` las de estas marcas; el error nombra la
/// que el escenario no tiene.
pub fn buscar(e: &Escenario, marcas: &[String]) -> Result<Vec<usize>, String> {
    marcas
        .iter()
        .map(|m| {
            e.contrapartes.iter().position(|c| &c.marca == m).ok_or_else(|| {
                format!(
                    "la transcripción pide la contraparte «{m}», que no existe en el escenario «{}»",
                    e.id
                )
            })
        })
        .collect()
}

impl Contraparte {
    /// Su clase, una de [`CLASES`].
    pub fn clase(&self) -> &str {
        self.marca.split(':').next().unwrap_or_default()
    }
    /// Su id en su clase.
    pub fn id(&self) -> &str {
        self.marca.split_once(':').map_or("", |(_, id)| id)
    }
}

impl Escenario {
    /// Si `marca` es la de una contraparte: lo que la espera solo cuenta en
    /// los intentos a los que les tocó (los demás ni lo ven).
    pub fn de_contraparte(&self, marca: &str) -> bool {
        self.contrapartes.iter().any(|c| c.marca == marca)
    }

    /// Si el paso es de una contraparte (espera su marca).
    pub fn espera_contraparte(&self, p: &crate::escenario::Paso) -> bool {
        p.tras_marca
            .as_ref()
            .is_some_and(|m| self.de_contraparte(m))
    }
}

#[cfg(escenarios_json)]
pub use archivo::{Agregado, Reparto};

/// Las contrapartes como las escribe quien hace el contenido, y cómo se
/// suman a un escenario al leerlo (fuera del navegador: el wasm recibe el
/// catálogo ya sumado).
#[cfg(escenarios_json)]
mod archivo {
    use super::{Contraparte, CLASES, MARCA_LLEGA_CLIENTE};
    use crate::escenario::{ErrorEscenario, Escenario, Falta, LineaFija, Momento, Paso, Reaccion};
    use crate::variante::Variantes;
    use serde::Deserialize;

    /// `scenarios/reparto.json`: las listas comunes de las variantes y las
    /// contrapartes.
    #[derive(Debug, Clone, Default, Deserialize)]
    pub struct Reparto {
        /// Clientes, horas, servicios, comercios, operadores…
        #[serde(flatten)]
        pub variantes: Variantes,
        /// Los temperamentos del cliente.
        #[serde(default)]
        pub temperamentos: Vec<Agregado>,
        /// Los estilos del operador.
        #[serde(default)]
        pub estilos: Vec<Agregado>,
        /// Las preguntas del cliente a mitad de la visita.
        #[serde(default)]
        pub preguntas: Vec<Agregado>,
        /// Quién abre la puerta.
        #[serde(default)]
        pub puertas: Vec<Agregado>,
        /// Las rúbricas comunes de las preguntas, por tipo: sus reacciones,
        /// pasos y faltas se suman a cada pregunta que la nombra.
        #[serde(default)]
        pub rubricas: Vec<Agregado>,
    }

    /// Una contraparte en el archivo: un temperamento, un estilo de operador,
    /// una pregunta o una forma de abrir la puerta.
    #[derive(Debug, Clone, Default, Deserialize)]
    #[serde(default)]
    pub struct Agregado {
        /// Su id, único en su lista («apurado»).
        pub id: String,
        /// Lo que explica el informe al terminar.
        pub explicacion: String,
        /// Los escenarios donde cabe (vacío: todos).
        pub escenarios: Vec<String>,
        /// Los servicios donde cabe, por nombre (vacío: todos).
        pub servicios: Vec<String>,
        /// Cuántas veces más que uno de peso 1 sale (por omisión, 1).
        pub peso: Option<u32>,
        /// Las líneas del inicio, en vez de las del escenario.
        pub inicio: Vec<LineaFija>,
        /// Quién atiende la puerta hasta que llega el cliente.
        pub tercero: Option<String>,
        /// El cliente no está al llegar.
        pub cliente_ausente: bool,
        /// Reacciones del cliente, antes que las del escenario.
        pub reacciones: Vec<Reaccion>,
        /// Reacciones del operador, antes que las del escenario.
        pub operador: Vec<Reaccion>,
        /// Cómo contesta el operador, en varias formas.
        pub contesta: Vec<String>,
        /// Lo que responde el operador cuando no entiende.
        pub sin_entender: Vec<String>,
        /// Pasos que se suman a la rúbrica.
        pub pasos: Vec<Paso>,
        /// Faltas que se suman.
        pub faltas: Vec<Falta>,
        /// En una pregunta: la rúbrica de su tipo (`rubricas`).
        pub rubrica: Option<String>,
    }

    impl Escenario {
        /// Le suma las contrapartes del reparto que caben en él (ver el
        /// módulo). Los ids de sus reacciones y pasos, y las marcas que solo
        /// ellas ponen, llevan delante el id de la contraparte («duracion/…»),
        /// así dos preguntas pueden compartir rúbrica.
        pub fn sumar_contrapartes(&mut self, r: &Reparto) -> Result<(), ErrorEscenario> {
            let listas = [&r.temperamentos, &r.estilos, &r.preguntas, &r.puertas];
            // las del final quedan primero: quien abre la puerta responde antes que nadie
            for (clase, lista) in CLASES.iter().zip(listas) {
                for a in lista {
                    if a.escenarios.is_empty() || a.escenarios.contains(&self.id) {
                        let mut a = a.clone();
                        if let Some(nombre) = a.rubrica.take() {
                            let base = r.rubricas.iter().find(|b| b.id == nombre).ok_or_else(|| {
                                ErrorEscenario::Json(format!(
                                    "la pregunta «{}» nombra la rúbrica «{nombre}», que no está en «rubricas»",
                                    a.id
                                ))
                            })?;
                            a.reacciones.extend(base.reacciones.iter().cloned());
                            a.pasos.extend(base.pasos.iter().cloned());
                            a.faltas.extend(base.faltas.iter().cloned());
                            if a.explicacion.is_empty() {
                                a.explicacion.clone_from(&base.explicacion);
                            }
                        }
                        self.sumar(clase, a);
                    }
                }
            }
            Ok(())
        }

        fn sumar(&mut self, clase: &str, a: Agregado) {
            let marca = format!("{clase}:{}", a.id);
            let propio = |x: &str| format!("{}/{x}", a.id);
            // las marcas que pone esta contraparte y nadie más son suyas
            let ajenas: Vec<String> = self
                .reacciones
                .iter()
                .chain(&self.operador.reacciones)
                .filter_map(|r| r.marca.clone())
                .chain([MARCA_LLEGA_CLIENTE.to_string()])
                .collect();
            let suyas: Vec<String> = a
                .reacciones
                .iter()
                .chain(&a.operador)
                .filter_map(|r| r.marca.clone())
                .filter(|m| !ajenas.contains(m))
                .collect();
            let renombrar = |m: &mut String| {
                if suyas.contains(m) {
                    *m = propio(m);
                }
            };
            let ids: Vec<String> = a.pasos.iter().map(|p| p.id.clone()).collect();
            let reaccion = |mut r: Reaccion| {
                r.id = propio(&r.id);
                r.si.marcas.iter_mut().for_each(renombrar);
                r.si.sin_marcas.iter_mut().for_each(renombrar);
                r.marca.iter_mut().for_each(renombrar);
                for p in r.si.hechos.iter_mut().chain(&mut r.si.pendientes) {
                    if ids.contains(p) {
                        *p = propio(p);
                    }
                }
                r.si.marcas.push(marca.clone());
                r
            };
            let reacciones: Vec<Reaccion> = a.reacciones.into_iter().map(reaccion).collect();
            let operador: Vec<Reaccion> = a.operador.into_iter().map(reaccion).collect();
            // después de las que corrigen a la persona (la grosería, el trato, el
            // saludo): esas responden primero, tenga el cliente el carácter que tenga
            let lugar = |lista: &[Reaccion], faltas: &[Falta]| {
                lista
                    .iter()
                    .take_while(|r| {
                        !r.si.etiquetas.is_empty()
                            && r.si
                                .etiquetas
                                .iter()
                                .all(|e| faltas.iter().any(|f| f.etiqueta == Some(*e)))
                    })
                    .count()
            };
            let i = lugar(&self.reacciones, &self.faltas);
            self.reacciones.splice(i..i, reacciones);
            let i = lugar(&self.operador.reacciones, &self.faltas);
            self.operador.reacciones.splice(i..i, operador);
            let pasos: Vec<Paso> = a
                .pasos
                .into_iter()
                .map(|mut p| {
                    p.id = propio(&p.id);
                    for q in &mut p.despues_de {
                        if ids.contains(&q.paso) {
                            q.paso = propio(&q.paso);
                        }
                    }
                    p.tras_marca = Some(marca.clone());
                    p
                })
                .collect();
            // tras el último paso del escenario que piden (la pregunta, tras iniciar
            // el servicio: la pista la propone en su momento); sin ninguno, primero
            let lugar = pasos
                .iter()
                .flat_map(|p| &p.despues_de)
                .filter_map(|r| self.pasos.iter().position(|q| q.id == r.paso))
                .max()
                .map_or(0, |i| i + 1);
            self.pasos.splice(lugar..lugar, pasos);
            for mut f in a.faltas {
                let tras = f.tras_marca.get_or_insert_with(|| marca.clone());
                renombrar(tras);
                // una falta que espera una marca propia ya espera la contraparte
                if !tras.starts_with(&propio("")) {
                    *tras = marca.clone();
                }
                self.faltas.push(f);
            }
            self.momentos.push(Momento {
                marca: marca.clone(),
                texto: a.explicacion.clone(),
            });
            self.contrapartes.push(Contraparte {
                marca,
                explicacion: a.explicacion,
                servicios: a.servicios,
                peso: a.peso.unwrap_or(1).max(1),
                inicio: a.inicio,
                tercero: a.tercero,
                cliente_ausente: a.cliente_ausente,
                contesta: a.contesta,
                sin_entender: a.sin_entender,
            });
        }
    }
}
