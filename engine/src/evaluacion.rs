//! Frases etiquetadas (líneas JSON) y la calidad del detector sobre ellas:
//! la entrada y la salida de `protocolo detectar` y las cifras de
//! `protocolo evaluar` (precisión, exhaustividad y F1 por etiqueta). Mide las
//! etiquetas de todas las secciones del protocolo (1.1, 1.2, 1.3, 2.1, 2.2).

use crate::detector::{detectar, Contexto, Etiqueta, Interlocutor, Persona};
use crate::hora::Hora;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Una línea de entrada de `protocolo detectar` / `evaluar`.
#[derive(Debug, Clone, Deserialize)]
pub struct Entrada {
    /// Un identificador cualquiera, que se devuelve tal cual.
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    /// Lo que dice la persona en formación.
    pub texto: String,
    /// La hora del reloj simulado.
    pub hora: Hora,
    /// El cliente.
    pub cliente: Persona,
    /// El nombre de la persona en formación.
    pub proveedor: String,
    /// A quién se le habla (por omisión, al cliente).
    #[serde(default)]
    pub interlocutor: Interlocutor,
    /// Las etiquetas esperadas, para evaluar; un nombre desconocido es un error.
    #[serde(default)]
    pub esperado: Option<Vec<String>>,
}

impl Entrada {
    /// El contexto del detector para esta línea.
    pub fn contexto(&self) -> Contexto {
        Contexto {
            hora: self.hora,
            cliente: self.cliente.clone(),
            proveedor: self.proveedor.clone(),
            interlocutor: self.interlocutor,
        }
    }

    /// Las etiquetas esperadas (ninguna si falta «esperado»), o el primer
    /// nombre desconocido como error.
    pub fn esperadas(&self) -> Result<BTreeSet<Etiqueta>, String> {
        self.esperado
            .iter()
            .flatten()
            .map(|n| Etiqueta::desde_nombre(n).ok_or_else(|| format!("etiqueta desconocida «{n}»")))
            .collect()
    }
}

/// La línea de salida de `protocolo detectar`.
#[derive(Debug, Clone, Serialize)]
pub struct Salida {
    /// El `id` de la entrada, si lo tenía.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    /// Las etiquetas detectadas, en el orden del vocabulario.
    pub etiquetas: Vec<Etiqueta>,
    /// Para cada etiqueta, las palabras que la activaron.
    pub evidencia: BTreeMap<Etiqueta, Vec<String>>,
}

/// Lee una línea JSON; el error es una frase en español.
pub fn leer_linea(linea: &str) -> Result<Entrada, String> {
    if linea.len() > 1_000_000 {
        return Err("línea demasiado larga (más de 1 MB)".into());
    }
    serde_json::from_str::<Entrada>(linea).map_err(|e| format!("línea no válida: {e}"))
}

/// Pasa una línea de entrada por el detector.
pub fn detectar_entrada(e: &Entrada) -> Salida {
    let d = detectar(&e.texto, &e.contexto());
    Salida {
        id: e.id.clone(),
        etiquetas: d.lista(),
        evidencia: d.etiquetas.into_iter().collect(),
    }
}

/// Los aciertos y errores de una etiqueta, de los que salen su precisión,
/// su exhaustividad y su F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Medida {
    /// Verdaderos positivos: esperada y hallada.
    pub vp: u32,
    /// Falsos positivos (falsas alarmas): hallada sin esperarla.
    pub fp: u32,
    /// Falsos negativos (omisiones): esperada y no hallada.
    pub fn_: u32,
}

impl Medida {
    /// vp / (vp + fp); 1 si no hubo ninguna hallada.
    pub fn precision(&self) -> f64 {
        if self.vp + self.fp == 0 {
            1.0
        } else {
            self.vp as f64 / (self.vp + self.fp) as f64
        }
    }
    /// vp / (vp + fn); 1 si no hubo ninguna esperada.
    pub fn exhaustividad(&self) -> f64 {
        if self.vp + self.fn_ == 0 {
            1.0
        } else {
            self.vp as f64 / (self.vp + self.fn_) as f64
        }
    }
    /// 2·vp / (2·vp + fp + fn), la media armónica de las dos; 1 si la
    /// etiqueta no aparece.
    pub fn f1(&self) -> f64 {
        let d = 2 * self.vp + self.fp + self.fn_;
        if d == 0 {
            1.0
        } else {
            2.0 * self.vp as f64 / d as f64
        }
    }
}

/// Un desacuerdo entre el detector y la etiqueta esperada.
#[derive(Debug, Clone, Serialize)]
pub struct Desacuerdo {
    /// El `id` de la línea, o «línea N» si no lo tiene.
    pub id: String,
    /// El texto de la línea.
    pub texto: String,
    /// La etiqueta en desacuerdo.
    pub etiqueta: Etiqueta,
    /// Verdadero: una omisión (esperada, no hallada); falso: una falsa alarma.
    pub omitida: bool,
}

/// Las cifras del detector sobre un archivo de frases etiquetadas.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Resultado {
    /// Las líneas evaluadas.
    pub casos: usize,
    /// Las líneas cuyas etiquetas halladas son exactamente las esperadas.
    pub exactos: usize,
    /// La medida de cada etiqueta del vocabulario.
    pub por_etiqueta: BTreeMap<Etiqueta, Medida>,
    /// Cada omisión y cada falsa alarma, en el orden del archivo.
    pub desacuerdos: Vec<Desacuerdo>,
}

impl Resultado {
    /// La medida micro: los aciertos y errores de todas las etiquetas sumados.
    pub fn micro(&self) -> Medida {
        self.por_etiqueta
            .values()
            .fold(Medida::default(), |a, m| Medida {
                vp: a.vp + m.vp,
                fp: a.fp + m.fp,
                fn_: a.fn_ + m.fn_,
            })
    }

    /// El F1 macro: la media del F1 de las etiquetas que aparecen (esperadas
    /// o halladas).
    pub fn macro_f1(&self) -> f64 {
        let usadas: Vec<_> = self
            .por_etiqueta
            .values()
            .filter(|m| m.vp + m.fp + m.fn_ > 0)
            .collect();
        if usadas.is_empty() {
            return 1.0;
        }
        usadas.iter().map(|m| m.f1()).sum::<f64>() / usadas.len() as f64
    }

    /// La proporción de líneas con coincidencia exacta; 1 si no hubo casos.
    pub fn exactitud(&self) -> f64 {
        if self.casos == 0 {
            1.0
        } else {
            self.exactos as f64 / self.casos as f64
        }
    }

    /// Un informe en texto plano (en español), como lo imprime `protocolo evaluar`.
    pub fn informe(&self) -> String {
        let mut s = String::new();
        s.push_str(&format!(
            "{:<24} {:>5} {:>5} {:>5} {:>9} {:>9} {:>7}\n",
            "etiqueta", "vp", "fp", "fn", "precisión", "exhaust.", "F1"
        ));
        for (e, m) in &self.por_etiqueta {
            if m.vp + m.fp + m.fn_ == 0 {
                continue;
            }
            s.push_str(&format!(
                "{:<24} {:>5} {:>5} {:>5} {:>9.3} {:>9.3} {:>7.3}\n",
                e.nombre(),
                m.vp,
                m.fp,
                m.fn_,
                m.precision(),
                m.exhaustividad(),
                m.f1()
            ));
        }
        let micro = self.micro();
        s.push_str(&format!(
            "\ncasos: {}\nmicro  precisión {:.3}  exhaustividad {:.3}  F1 {:.3}\nmacro  F1 {:.3}\ncoincidencia exacta: {:.3} ({} de {})\n",
            self.casos,
            micro.precision(),
            micro.exhaustividad(),
            micro.f1(),
            self.macro_f1(),
            self.exactitud(),
            self.exactos,
            self.casos
        ));
        let omitidas: Vec<_> = self.desacuerdos.iter().filter(|d| d.omitida).collect();
        let falsas: Vec<_> = self.desacuerdos.iter().filter(|d| !d.omitida).collect();
        s.push_str(&format!("\nomisiones ({}):\n", omitidas.len()));
        for d in omitidas {
            s.push_str(&format!("  [{}] {} ← {}\n", d.id, d.etiqueta, d.texto));
        }
        s.push_str(&format!("\nfalsas alarmas ({}):\n", falsas.len()));
        for d in falsas {
            s.push_str(&format!("  [{}] {} ← {}\n", d.id, d.etiqueta, d.texto));
        }
        s
    }
}

/// Mide el detector con líneas etiquetadas. Las líneas que no se pueden leer
/// se devuelven como errores (número de línea, mensaje) y quedan fuera de las
/// cifras.
pub fn evaluar(texto: &str) -> (Resultado, Vec<(usize, String)>) {
    let mut r = Resultado::default();
    for e in Etiqueta::TODAS {
        r.por_etiqueta.insert(e, Medida::default());
    }
    let mut errores = Vec::new();
    for (n, linea) in texto.lines().enumerate() {
        if linea.trim().is_empty() {
            continue;
        }
        let entrada = match leer_linea(linea) {
            Ok(e) => e,
            Err(m) => {
                errores.push((n + 1, m));
                continue;
            }
        };
        let esperadas = match entrada.esperadas() {
            Ok(e) if entrada.esperado.is_some() => e,
            Ok(_) => {
                errores.push((n + 1, "falta el campo «esperado»".into()));
                continue;
            }
            Err(m) => {
                errores.push((n + 1, m));
                continue;
            }
        };
        let halladas: BTreeSet<Etiqueta> = detectar(&entrada.texto, &entrada.contexto())
            .lista()
            .into_iter()
            .collect();
        r.casos += 1;
        if halladas == esperadas {
            r.exactos += 1;
        }
        let id = match &entrada.id {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(v) => v.to_string(),
            None => format!("línea {}", n + 1),
        };
        for e in Etiqueta::TODAS {
            let m = r.por_etiqueta.entry(e).or_default();
            let (esperada, hallada) = (esperadas.contains(&e), halladas.contains(&e));
            match (esperada, hallada) {
                (true, true) => m.vp += 1,
                (false, true) => m.fp += 1,
                (true, false) => m.fn_ += 1,
                (false, false) => {}
            }
            if esperada != hallada {
                r.desacuerdos.push(Desacuerdo {
                    id: id.clone(),
                    texto: entrada.texto.clone(),
                    etiqueta: e,
                    omitida: esperada,
                });
            }
        }
    }
    (r, errores)
}
