//! How a scenario file becomes an [`Escenario`]: the field names and defaults
//! of the scenario format, read through [`crate::json`]; and the names the
//! small enums shared by every format are written and read with.

use crate::detector::{Etiqueta, Genero, Interlocutor};
use crate::escenario::*;
use crate::hora::Hora;
use crate::json::{escribir_texto, AJson, DeJson, ErrorJson, Valor};

/// Reads a whole scenario file (the hash is left empty: the caller knows the text).
pub fn escenario(texto: &str) -> Result<Escenario, ErrorJson> {
    Escenario::de_json(&crate::json::leer(texto)?)
}

macro_rules! enumeracion {
    ($tipo:ty, $que:literal, $todas:expr, $nombre:expr) => {
        impl DeJson for $tipo {
            fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
                crate::json::posicion(v, $que, $todas.len(), &|i| $nombre($todas[i]))
                    .map(|i| $todas[i])
            }
        }
    };
}

enumeracion!(Etiqueta, "etiqueta", Etiqueta::TODAS, Etiqueta::nombre);
enumeracion!(Accion, "acción", Accion::TODAS, Accion::id);

crate::nombres_json!(Dimension, "dimensión", {
    "cortesia" => Dimension::Cortesia,
    "procedimiento" => Dimension::Procedimiento,
    "escalamiento" => Dimension::Escalamiento,
});

crate::nombres_json!(Hablante, "hablante", {
    "proveedor" => Hablante::Proveedor,
    "cliente" => Hablante::Cliente,
    "operador" => Hablante::Operador,
    "narrador" => Hablante::Narrador,
    "aplicacion" => Hablante::Aplicacion,
    "tercero" => Hablante::Tercero,
});

crate::nombres_json!(Interlocutor, "canal", {
    "cliente" => Interlocutor::Cliente,
    "operador" => Interlocutor::Operador,
});

crate::nombres_json!(Genero, "género", { "F" => Genero::F, "M" => Genero::M });

impl AJson for Etiqueta {
    fn escribir(&self, s: &mut String) {
        escribir_texto(s, self.nombre())
    }
}

impl AJson for Accion {
    fn escribir(&self, s: &mut String) {
        escribir_texto(s, self.id())
    }
}

impl AJson for Hora {
    fn escribir(&self, s: &mut String) {
        escribir_texto(s, &self.to_string())
    }
}

impl DeJson for Hora {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let s = v.como_texto()?;
        Hora::parse(s).ok_or_else(|| ErrorJson::nuevo(format!("hora inválida «{s}»: use HH:MM")))
    }
}

impl DeJson for ClienteVariante {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(ClienteVariante {
            nombre: o.campo("nombre"),
            genero: o.campo("genero"),
            cedula: o.campo("cedula"),
        })
    }
}

impl DeJson for Servicio {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(Servicio {
            nombre: o.campo("nombre"),
            trabajo: o.campo("trabajo"),
        })
    }
}

impl DeJson for OperadorVariante {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(OperadorVariante {
            nombre: o.campo("nombre"),
            genero: o.campo("genero"),
        })
    }
}

impl DeJson for Variantes {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(Variantes {
            clientes: o.campo("clientes"),
            horas: o.campo("horas"),
            servicios: o.campo("servicios"),
            comercios: o.campo("comercios"),
            operadores: o.campo("operadores"),
            incidentes: o.opcional("incidentes"),
        })
    }
}

/// `{"etiquetas": [..], "frases": [..], "sin_frases": [..], "canal": ..}` or `{"accion": ..}`.
impl DeJson for Cumple {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        match (
            o.opcional::<Option<Interlocutor>>("canal"),
            o.opcional::<Option<Accion>>("accion"),
        ) {
            (Some(canal), _) => o.fin(Cumple::Decir {
                contenido: Contenido {
                    etiquetas: o.opcional("etiquetas"),
                    frases: o.opcional("frases"),
                    sin_frases: o.opcional("sin_frases"),
                },
                canal,
            }),
            (None, Some(accion)) => o.fin(Cumple::Accion { accion }),
            (None, None) => o.fin(()).and(Err(ErrorJson::nuevo(
                "un paso se cumple diciendo algo («canal») o con una acción («accion»)",
            ))),
        }
    }
}

impl DeJson for Plazo {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(Plazo {
            turnos: o.campo("turnos"),
            costo_por_turno: o.campo("costo_por_turno"),
            desde_marca: o.opcional("desde_marca"),
        })
    }
}

impl DeJson for Requisito {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(Requisito {
            paso: o.campo("paso"),
            critico: o.opcional("critico"),
        })
    }
}

impl DeJson for Necesita {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(Necesita {
            paso: o.campo("paso"),
            mensaje: o.campo("mensaje"),
        })
    }
}

impl DeJson for Paso {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(Paso {
            id: o.campo("id"),
            titulo: o.campo("titulo"),
            seccion: o.campo("seccion"),
            dimension: o.campo("dimension"),
            puntos: o.campo("puntos"),
            cumple: o.campo("cumple"),
            despues_de: o.opcional("despues_de"),
            necesita: o.opcional("necesita"),
            esperado: o.campo("esperado"),
            omision: o.campo("omision"),
            mensaje_app: o.opcional("mensaje_app"),
            minutos: o.opcional("minutos"),
            penalizacion_orden: o.opcional("penalizacion_orden"),
            tras_marca: o.opcional("tras_marca"),
            plazo: o.opcional("plazo"),
            espera_requisitos: o.opcional("espera_requisitos"),
            critico_si_omitido: o.opcional("critico_si_omitido"),
        })
    }
}

impl DeJson for Falta {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(Falta {
            id: o.opcional("id"),
            etiqueta: o.opcional("etiqueta"),
            frases: o.opcional("frases"),
            sin_frases: o.opcional("sin_frases"),
            accion: o.opcional("accion"),
            canal: o.opcional("canal"),
            tras_marca: o.opcional("tras_marca"),
            mientras_pendiente: o.opcional("mientras_pendiente"),
            seccion: o.campo("seccion"),
            dimension: o.campo("dimension"),
            puntos: o.campo("puntos"),
            maximo: o.campo("maximo"),
            critico: o.opcional("critico"),
            mensaje: o.campo("mensaje"),
            esperado: o.campo("esperado"),
        })
    }
}

impl DeJson for LineaFija {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(LineaFija {
            quien: o.campo("quien"),
            texto: o.campo("texto"),
        })
    }
}

impl DeJson for Condicion {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(Condicion {
            etiquetas: o.opcional("etiquetas"),
            frases: o.opcional("frases"),
            hechos: o.opcional("hechos"),
            pendientes: o.opcional("pendientes"),
            marcas: o.opcional("marcas"),
            sin_marcas: o.opcional("sin_marcas"),
        })
    }
}

impl DeJson for Reaccion {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(Reaccion {
            id: o.campo("id"),
            canal: o.opcional("canal"),
            accion: o.opcional("accion"),
            si: o.opcional("si"),
            dice: o.opcional("dice"),
            narra: o.opcional("narra"),
            marca: o.opcional("marca"),
            veces: o.opcional("veces"),
            sigue: o.opcional("sigue"),
            quien: o.opcional("quien"),
            avanza: o.opcional("avanza"),
        })
    }
}

impl DeJson for Operador {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(Operador {
            contesta: o.campo("contesta"),
            sin_reaccion: o.campo("sin_reaccion"),
            reacciones: o.opcional("reacciones"),
        })
    }
}

impl DeJson for Fin {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(Fin {
            cuando: o.campo("cuando"),
            tras_colgar: o.opcional("tras_colgar"),
            cierre: o.campo("cierre"),
        })
    }
}

impl DeJson for Escenario {
    fn de_json(v: &Valor) -> Result<Self, ErrorJson> {
        let o = v.objeto()?;
        o.fin(Escenario {
            formato: o.campo("formato"),
            id: o.campo("id"),
            titulo: o.campo("titulo"),
            resumen: o.campo("resumen"),
            situacion: o.campo("situacion"),
            variantes: o.campo("variantes"),
            minutos_por_turno: o.o("minutos_por_turno", || 1),
            pasos: o.campo("pasos"),
            faltas: o.opcional("faltas"),
            inicio: o.opcional("inicio"),
            reacciones: o.opcional("reacciones"),
            operador: o.campo("operador"),
            huella: String::new(),
            cliente_sin_reaccion: o.campo("cliente_sin_reaccion"),
            presente_al_inicio: o.o("presente_al_inicio", || true),
            llega_con_marca: o.opcional("llega_con_marca"),
            nadie_escucha: o.o("nadie_escucha", || NADIE_ESCUCHA.to_string()),
            tercero: o.opcional("tercero"),
            fin: o.campo("fin"),
        })
    }
}
