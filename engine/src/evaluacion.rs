//! Labelled utterances (JSON lines) and the detector's quality on them.

use crate::detector::{detectar, Contexto, Etiqueta, Interlocutor, Persona};
use crate::hora::Hora;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One input line of `protocolo detectar` / `evaluar`.
#[derive(Debug, Clone, Deserialize)]
pub struct Entrada {
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    pub texto: String,
    pub hora: Hora,
    pub cliente: Persona,
    pub proveedor: String,
    #[serde(default)]
    pub interlocutor: Interlocutor,
    /// Expected labels, for evaluation; unknown names are an error.
    #[serde(default)]
    pub esperado: Option<Vec<String>>,
}

impl Entrada {
    pub fn contexto(&self) -> Contexto {
        Contexto {
            hora: self.hora,
            cliente: self.cliente.clone(),
            proveedor: self.proveedor.clone(),
            interlocutor: self.interlocutor,
        }
    }

    pub fn esperadas(&self) -> Result<BTreeSet<Etiqueta>, String> {
        self.esperado
            .iter()
            .flatten()
            .map(|n| Etiqueta::desde_nombre(n).ok_or_else(|| format!("etiqueta desconocida «{n}»")))
            .collect()
    }
}

/// The output line of `protocolo detectar`.
#[derive(Debug, Clone, Serialize)]
pub struct Salida {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    pub etiquetas: Vec<Etiqueta>,
    /// For each label, the words that triggered it.
    pub evidencia: BTreeMap<Etiqueta, Vec<String>>,
}

/// Reads one JSON line; the error is a Spanish sentence.
pub fn leer_linea(linea: &str) -> Result<Entrada, String> {
    if linea.len() > 1_000_000 {
        return Err("línea demasiado larga (más de 1 MB)".into());
    }
    serde_json::from_str::<Entrada>(linea).map_err(|e| format!("línea no válida: {e}"))
}

pub fn detectar_entrada(e: &Entrada) -> Salida {
    let d = detectar(&e.texto, &e.contexto());
    Salida {
        id: e.id.clone(),
        etiquetas: d.lista(),
        evidencia: d.etiquetas.into_iter().collect(),
    }
}

/// Precision, recall and F1 of one label.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Medida {
    pub vp: u32,
    pub fp: u32,
    pub fn_: u32,
}

impl Medida {
    pub fn precision(&self) -> f64 {
        if self.vp + self.fp == 0 {
            1.0
        } else {
            self.vp as f64 / (self.vp + self.fp) as f64
        }
    }
    pub fn exhaustividad(&self) -> f64 {
        if self.vp + self.fn_ == 0 {
            1.0
        } else {
            self.vp as f64 / (self.vp + self.fn_) as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let d = 2 * self.vp + self.fp + self.fn_;
        if d == 0 {
            1.0
        } else {
            2.0 * self.vp as f64 / d as f64
        }
    }
}

/// A disagreement between the detector and the label.
#[derive(Debug, Clone, Serialize)]
pub struct Desacuerdo {
    pub id: String,
    pub texto: String,
    pub etiqueta: Etiqueta,
    /// true: a miss (expected, not found); false: a false alarm.
    pub omitida: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Resultado {
    pub casos: usize,
    pub exactos: usize,
    pub por_etiqueta: BTreeMap<Etiqueta, Medida>,
    pub desacuerdos: Vec<Desacuerdo>,
}

impl Resultado {
    pub fn micro(&self) -> Medida {
        self.por_etiqueta
            .values()
            .fold(Medida::default(), |a, m| Medida {
                vp: a.vp + m.vp,
                fp: a.fp + m.fp,
                fn_: a.fn_ + m.fn_,
            })
    }

    /// Mean F1 over labels that occur (expected or predicted).
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

    pub fn exactitud(&self) -> f64 {
        if self.casos == 0 {
            1.0
        } else {
            self.exactos as f64 / self.casos as f64
        }
    }

    /// A plain-text report (Spanish), as printed by `protocolo evaluar`.
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

/// Scores the detector on labelled lines. Lines that cannot be read are
/// returned as errors (line number, message) and left out of the figures.
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
            match (esperadas.contains(&e), halladas.contains(&e)) {
                (true, true) => m.vp += 1,
                (false, true) => {
                    m.fp += 1;
                    r.desacuerdos.push(Desacuerdo {
                        id: id.clone(),
                        texto: entrada.texto.clone(),
                        etiqueta: e,
                        omitida: false,
                    });
                }
                (true, false) => {
                    m.fn_ += 1;
                    r.desacuerdos.push(Desacuerdo {
                        id: id.clone(),
                        texto: entrada.texto.clone(),
                        etiqueta: e,
                        omitida: true,
                    });
                }
                (false, false) => {}
            }
        }
    }
    (r, errores)
}
