//! La entrada y la salida de la línea de comandos, sin abortar nunca: una
//! tubería cerrada termina en silencio, un disco lleno o cualquier otro error
//! de escritura da un mensaje en español, los archivos y las líneas se leen
//! con un tope (la lectura misma se detiene en él) y los errores del sistema
//! operativo se dicen en español.

use std::fmt::Display;
use std::io::{self, BufRead, BufWriter, Read, StdoutLock, Write};
use std::path::Path;
use std::process::ExitCode;

/// Por qué termina un subcomando antes de tiempo.
#[derive(Debug)]
pub enum Fallo {
    /// Algo que decir a quien lo usa (sale con 2).
    Mensaje(String),
    /// Quien leía la salida la cerró (`| head`): se termina en silencio.
    TuberiaCerrada,
}

impl From<String> for Fallo {
    fn from(m: String) -> Fallo {
        Fallo::Mensaje(m)
    }
}

/// Lo que devuelve un subcomando.
pub type Resultado = Result<ExitCode, Fallo>;

/// Expedientes leídos: cada nombre (archivo o declaración) con su texto, o
/// por qué no se pudo leer.
pub type Leidos = Vec<(String, Result<String, String>)>;

/// Escribe en la salida de errores; si tampoco se puede, no hay a quién decirlo.
pub fn avisar(mensaje: impl Display) {
    let _ = writeln!(io::stderr().lock(), "protocolo: {mensaje}");
}

/// Un error del sistema operativo en español.
pub fn error_es(e: &io::Error) -> String {
    use io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "no existe".into(),
        K::PermissionDenied => "no hay permiso para usarlo".into(),
        K::IsADirectory => "es una carpeta, no un archivo".into(),
        K::NotADirectory => "una parte de la ruta no es una carpeta".into(),
        K::AlreadyExists => "ya existe".into(),
        K::StorageFull => "no queda espacio en el disco".into(),
        K::ReadOnlyFilesystem => "el disco es de solo lectura".into(),
        K::InvalidData => "no es texto UTF-8".into(),
        K::Interrupted => "la operación se interrumpió".into(),
        K::UnexpectedEof => "el archivo terminó antes de tiempo".into(),
        _ => match e.raw_os_error() {
            // ELOOP: demasiados enlaces simbólicos encadenados
            Some(40) => "la ruta tiene demasiados enlaces simbólicos encadenados".into(),
            Some(36) => "el nombre es demasiado largo".into(),
            Some(n) => format!("el sistema operativo no lo permitió (error {n})"),
            None => "no se pudo completar la operación".into(),
        },
    }
}

/// La salida estándar, con búfer; cada escritura dice si falló y por qué.
pub struct Salida {
    destino: BufWriter<StdoutLock<'static>>,
}

impl Salida {
    /// La salida estándar del proceso.
    pub fn nueva() -> Salida {
        Salida {
            destino: BufWriter::new(io::stdout().lock()),
        }
    }

    fn fallo(e: io::Error) -> Fallo {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Fallo::TuberiaCerrada
        } else {
            Fallo::Mensaje(format!("no se pudo escribir la salida: {}", error_es(&e)))
        }
    }

    /// Escribe `texto` tal cual.
    pub fn texto(&mut self, texto: impl Display) -> Result<(), Fallo> {
        write!(self.destino, "{texto}").map_err(Salida::fallo)
    }

    /// Escribe `texto` y un salto de línea.
    pub fn linea(&mut self, texto: impl Display) -> Result<(), Fallo> {
        writeln!(self.destino, "{texto}").map_err(Salida::fallo)
    }

    /// Vacía el búfer: el último error de escritura aparece aquí.
    pub fn cerrar(mut self) -> Result<(), Fallo> {
        self.destino.flush().map_err(Salida::fallo)
    }
}

/// Un archivo más grande no es una transcripción, un expediente ni un
/// conjunto de frases.
pub const MAX_ARCHIVO: u64 = 5 * 1024 * 1024;

/// Lee un archivo de texto de 5 MB como mucho (la lectura se detiene en el
/// tope, aunque el archivo no diga su tamaño), sin la marca BOM del principio.
pub fn leer_archivo(ruta: &str) -> Result<String, String> {
    let camino = Path::new(ruta);
    let no_se_pudo = |e: &io::Error| format!("no se pudo leer «{ruta}»: {}", error_es(e));
    let metadatos = std::fs::metadata(camino).map_err(|e| no_se_pudo(&e))?;
    if metadatos.is_dir() {
        return Err(format!("«{ruta}» es una carpeta, no un archivo"));
    }
    if !metadatos.is_file() {
        return Err(format!(
            "«{ruta}» no es un archivo común (un dispositivo o una tubería no se leen)"
        ));
    }
    if metadatos.len() > MAX_ARCHIVO {
        return Err(format!("«{ruta}» pesa más de 5 MB"));
    }
    let archivo = std::fs::File::open(camino).map_err(|e| no_se_pudo(&e))?;
    let mut bytes = Vec::new();
    archivo
        .take(MAX_ARCHIVO + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| no_se_pudo(&e))?;
    if bytes.len() as u64 > MAX_ARCHIVO {
        return Err(format!("«{ruta}» pesa más de 5 MB"));
    }
    let texto = String::from_utf8(bytes).map_err(|_| format!("«{ruta}» no es texto UTF-8"))?;
    Ok(match texto.strip_prefix('\u{feff}') {
        Some(sin_bom) => sin_bom.to_string(),
        None => texto,
    })
}

/// Una línea de más de 1 MB no es una frase.
pub const MAX_LINEA: usize = 1024 * 1024;

/// Una línea leída con tope.
pub enum Linea {
    /// El texto (UTF-8 con reemplazo de lo inválido), sin el salto de línea.
    Texto(String),
    /// Pasaba de [`MAX_LINEA`]: se descartó sin guardarla.
    Larga,
}

/// La siguiente línea de `entrada`, leída con tope: lo que pasa de
/// [`MAX_LINEA`] se descarta mientras se lee, hasta el salto de línea.
/// `None` al final de la entrada.
pub fn siguiente_linea(entrada: &mut impl BufRead) -> io::Result<Option<Linea>> {
    let mut guardado = Vec::new();
    let mut larga = false;
    let mut leyo_algo = false;
    loop {
        let disponible = entrada.fill_buf()?;
        if disponible.is_empty() {
            break;
        }
        leyo_algo = true;
        let (trozo, fin) = match disponible.iter().position(|b| *b == b'\n') {
            Some(i) => (&disponible[..i], Some(i + 1)),
            None => (disponible, None),
        };
        if !larga {
            if guardado.len() + trozo.len() > MAX_LINEA {
                larga = true;
                guardado = Vec::new();
            } else {
                guardado.extend_from_slice(trozo);
            }
        }
        let consumido = fin.unwrap_or(disponible.len());
        entrada.consume(consumido);
        if fin.is_some() {
            break;
        }
    }
    if !leyo_algo {
        return Ok(None);
    }
    Ok(Some(if larga {
        Linea::Larga
    } else {
        if guardado.last() == Some(&b'\r') {
            guardado.pop();
        }
        Linea::Texto(String::from_utf8_lossy(&guardado).into_owned())
    }))
}

/// Los argumentos de un subcomando: posicionales y opciones `--nombre valor`
/// (o `--nombre` solo). Lo que no se esperaba es un error, no se ignora.
pub struct Argumentos {
    posicionales: Vec<String>,
    opciones: Vec<(String, Option<String>)>,
}

impl Argumentos {
    /// Separa `args` (sin el subcomando) según las opciones con valor
    /// `con_valor` y las que van solas `solas`.
    pub fn leer(
        sub: &str,
        args: &[String],
        con_valor: &[&str],
        solas: &[&str],
    ) -> Result<Argumentos, String> {
        let mut posicionales = Vec::new();
        let mut opciones = Vec::new();
        let mut i = 0;
        while i < args.len() {
            let a = &args[i];
            if let Some(nombre) = a.strip_prefix("--") {
                if con_valor.contains(&nombre) {
                    let Some(valor) = args.get(i + 1) else {
                        return Err(format!(
                            "«--{nombre}» necesita un valor: use «protocolo {sub} --help»"
                        ));
                    };
                    opciones.push((nombre.to_string(), Some(valor.clone())));
                    i += 2;
                    continue;
                }
                if solas.contains(&nombre) {
                    opciones.push((nombre.to_string(), None));
                    i += 1;
                    continue;
                }
                return Err(format!(
                    "opción desconocida «{a}»: use «protocolo {sub} --help»"
                ));
            }
            posicionales.push(a.clone());
            i += 1;
        }
        Ok(Argumentos {
            posicionales,
            opciones,
        })
    }

    /// Exactamente `n` posicionales; `falta` dice qué se esperaba.
    pub fn posicionales(&self, sub: &str, n: usize, falta: &str) -> Result<&[String], String> {
        match self.posicionales.len() {
            k if k < n => Err(format!("falta {falta}")),
            k if k > n => Err(format!(
                "sobra el argumento «{}»: use «protocolo {sub} --help»",
                self.posicionales[n]
            )),
            _ => Ok(&self.posicionales),
        }
    }

    /// El valor de `--nombre`, si se dio.
    pub fn valor(&self, nombre: &str) -> Option<&str> {
        self.opciones
            .iter()
            .find(|(n, _)| n == nombre)
            .and_then(|(_, v)| v.as_deref())
    }

    /// Si se dio `--nombre`.
    pub fn tiene(&self, nombre: &str) -> bool {
        self.opciones.iter().any(|(n, _)| n == nombre)
    }
}
