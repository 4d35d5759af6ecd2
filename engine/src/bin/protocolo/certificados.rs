//! Los subcomandos de RR. HH.: `claves nueva`, `firmar` y `verificar`.

use crate::es::{error_es, leer_archivo, Argumentos, Fallo, Leidos, Resultado, Salida};
use protocolo::certificado::FORMATO_CERTIFICADO;
use protocolo::firma;
use protocolo::formato::Cabecera;
use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

/// Los segundos Unix de ahora, del reloj del sistema.
fn ahora() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Pide la frase de paso: sin eco en una terminal, o la primera línea de la
/// entrada si no la hay.
fn pedir_frase(pregunta: &str) -> Result<String, Fallo> {
    let frase = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(pregunta)
            .map_err(|e| format!("no se pudo leer la frase de paso: {}", error_es(&e)))?
    } else {
        let mut linea = String::new();
        std::io::stdin()
            .lock()
            .take(4096)
            .read_line(&mut linea)
            .map_err(|e| format!("no se pudo leer la frase de paso: {}", error_es(&e)))?;
        linea.trim_end_matches(['\r', '\n']).to_string()
    };
    if frase.is_empty() {
        return Err(Fallo::Mensaje("la frase de paso está vacía".into()));
    }
    Ok(frase)
}

/// Escribe un archivo nuevo (nunca sobrescribe); la clave privada, con
/// permisos solo para su dueño.
fn escribir_nuevo(ruta: &str, texto: &str, privado: bool) -> Result<(), Fallo> {
    let mut opciones = std::fs::OpenOptions::new();
    opciones.write(true).create_new(true);
    #[cfg(unix)]
    if privado {
        use std::os::unix::fs::OpenOptionsExt;
        opciones.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = privado;
    let mut f = opciones
        .open(ruta)
        .map_err(|e| format!("no se pudo crear «{ruta}»: {}", error_es(&e)))?;
    f.write_all(texto.as_bytes())
        .and_then(|_| f.sync_all())
        .map_err(|e| Fallo::Mensaje(format!("no se pudo escribir «{ruta}»: {}", error_es(&e))))
}

/// `protocolo claves nueva --salida PREFIJO [--frase]`.
pub fn claves(resto: &[String]) -> Resultado {
    let a = Argumentos::leer("claves", resto, &["salida"], &["frase"])?;
    let p = a.posicionales(
        "claves",
        1,
        "«nueva»: protocolo claves nueva --salida PREFIJO",
    )?;
    if p[0] != "nueva" {
        return Err(Fallo::Mensaje(format!(
            "«protocolo claves» solo sabe «nueva», no «{}»",
            p[0]
        )));
    }
    let prefijo = a
        .valor("salida")
        .ok_or_else(|| "falta --salida PREFIJO: dónde escribir las claves".to_string())?;
    let frase = if a.tiene("frase") {
        Some(pedir_frase("Frase de paso para la clave privada: ")?)
    } else {
        None
    };
    let par = firma::claves_nuevas(frase.as_deref())?;
    let rutas = [
        format!("{prefijo}.privada.pem"),
        format!("{prefijo}.publica.jwk"),
        format!("{prefijo}.publica.pem"),
    ];
    if let Some(existe) = rutas.iter().find(|r| std::path::Path::new(r).exists()) {
        return Err(Fallo::Mensaje(format!(
            "«{existe}» ya existe: no se sobrescribe una clave"
        )));
    }
    escribir_nuevo(&rutas[0], &par.privada_pem, true)?;
    escribir_nuevo(&rutas[1], &format!("{}\n", par.publica_jwk), false)?;
    escribir_nuevo(&rutas[2], &par.publica_pem, false)?;
    let mut s = Salida::nueva();
    s.linea(format_args!(
        "Clave privada: {} (solo su dueño puede leerla{})",
        rutas[0],
        if frase.is_some() {
            "; cifrada con la frase de paso"
        } else {
            ""
        }
    ))?;
    s.linea(format_args!("Clave pública: {} y {}", rutas[1], rutas[2]))?;
    s.linea(format_args!("Emisor: {}", par.did))?;
    s.cerrar()?;
    Ok(ExitCode::SUCCESS)
}

/// `protocolo firmar EXPEDIENTE --clave PRIVADA.pem [--salida] [--emisor] [--dias]`.
pub fn firmar(resto: &[String]) -> Resultado {
    let a = Argumentos::leer("firmar", resto, &["clave", "salida", "emisor", "dias"], &[])?;
    let p = a.posicionales(
        "firmar",
        1,
        "el expediente: protocolo firmar EXPEDIENTE --clave PRIVADA.pem",
    )?;
    let ruta_clave = a
        .valor("clave")
        .ok_or_else(|| "falta --clave PRIVADA.pem: la clave privada de RR. HH.".to_string())?;
    let dias = match a.valor("dias") {
        None => firma::DIAS_DE_VALIDEZ,
        Some(d) => d
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=3650).contains(d))
            .ok_or_else(|| format!("--dias debe ser un número de días entre 1 y 3650, no «{d}»"))?,
    };
    let expediente = leer_archivo(&p[0])?;
    let pem = leer_archivo(ruta_clave)?;
    let frase = if firma::esta_cifrada(&pem) {
        Some(pedir_frase("Frase de paso de la clave privada: ")?)
    } else {
        None
    };
    let clave = firma::leer_privada(&pem, frase.as_deref())?;
    let certificado = match firma::firmar(
        &expediente,
        &clave,
        a.valor("emisor").unwrap_or(firma::EMISOR_POR_OMISION),
        ahora(),
        dias,
    ) {
        Ok(c) => c,
        Err(m) => {
            crate::es::avisar(format!("{}: {m}", p[0]));
            return Ok(ExitCode::from(1));
        }
    };
    let texto = certificado.escribir();
    match a.valor("salida") {
        Some(ruta) => {
            escribir_nuevo(ruta, &texto, false)?;
            let mut s = Salida::nueva();
            s.linea(format_args!(
                "Certificado de {} escrito en {ruta}",
                certificado.expediente.participante.nombre
            ))?;
            s.cerrar()?;
        }
        None => {
            let mut s = Salida::nueva();
            s.linea(texto)?;
            s.cerrar()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `protocolo verificar ARCHIVO [--emisor CLAVE.jwk]`: un certificado o un
/// expediente sin firma.
pub fn verificar(resto: &[String]) -> Resultado {
    let a = Argumentos::leer("verificar", resto, &["emisor"], &[])?;
    let p = a.posicionales(
        "verificar",
        1,
        "el archivo: protocolo verificar CERTIFICADO.json",
    )?;
    let texto = leer_archivo(&p[0])?;
    let es_certificado = Cabecera::leer(&texto)
        .ok()
        .and_then(|c| c.formato)
        .is_some_and(|f| f == FORMATO_CERTIFICADO);
    if es_certificado {
        verificar_certificado(&p[0], &texto, a.valor("emisor"))
    } else {
        verificar_expediente(&p[0], &texto)
    }
}

fn verificar_certificado(ruta: &str, texto: &str, emisor: Option<&str>) -> Resultado {
    let variable = std::env::var("PROTOCOLO_EMISOR").ok();
    let ruta_clave = emisor.or(variable.as_deref()).ok_or_else(|| {
        "falta la clave pública del emisor: --emisor CLAVE.jwk (o la ruta en PROTOCOLO_EMISOR)"
            .to_string()
    })?;
    let publica = firma::leer_publica(&leer_archivo(ruta_clave)?)?;
    let v = firma::verificar_certificado(texto, &publica, ahora());
    let mut s = Salida::nueva();
    if let Some(c) = &v.certificado {
        let e = &c.expediente;
        s.linea(format_args!(
            "Certificado de {} (cédula {}), expediente {} del {}, total {}",
            e.participante.nombre, e.participante.cedula, e.codigo, e.fecha, e.total
        ))?;
    }
    if let (Some(emisor), Some(vence)) = (&v.emisor, &v.vence) {
        s.linea(format_args!("Emisor: {emisor} · válido hasta {vence}"))?;
    }
    for hecho in &v.comprobado {
        s.linea(format_args!("  ✓ {hecho}"))?;
    }
    let codigo = if v.valido {
        s.linea("VÁLIDO")?;
        ExitCode::SUCCESS
    } else {
        s.linea("NO VÁLIDO")?;
        s.linea(format_args!(
            "  - {}",
            v.problema.as_deref().unwrap_or("no se pudo comprobar")
        ))?;
        crate::es::avisar(format!("{ruta}: no válido"));
        ExitCode::from(1)
    };
    s.cerrar()?;
    Ok(codigo)
}

fn verificar_expediente(ruta: &str, texto: &str) -> Resultado {
    let v = protocolo::expediente::verificar(texto);
    let Some(e) = &v.leido else {
        return Err(Fallo::Mensaje(format!(
            "{ruta}: {}",
            v.problemas.join("; ")
        )));
    };
    let mut s = Salida::nueva();
    s.linea(format_args!(
        "Expediente de {} (cédula {}), {}",
        e.participante.nombre, e.participante.cedula, e.fecha
    ))?;
    s.linea(format_args!(
        "Código {} · total {} · {}",
        e.codigo,
        e.total,
        if e.aprobado {
            "aprobado"
        } else {
            "no aprobado"
        }
    ))?;
    let codigo = if v.valido {
        s.linea("SIN FIRMA: solo se comprobó que los puntajes corresponden a las transcripciones")?;
        s.linea("  (un expediente sin la firma de RR. HH. no es un certificado; quien lo presenta pudo armarlo)")?;
        for a in &v.avisos {
            s.linea(format_args!("  aviso: {a}"))?;
        }
        ExitCode::from(3)
    } else {
        s.linea("NO VÁLIDO")?;
        for p in &v.problemas {
            s.linea(format_args!("  - {p}"))?;
        }
        ExitCode::from(1)
    };
    s.cerrar()?;
    Ok(codigo)
}

/// `protocolo xapi EXPEDIENTE`: las declaraciones xAPI de una certificación.
pub fn xapi(ruta: &str) -> Resultado {
    let v = protocolo::expediente::verificar(&leer_archivo(ruta)?);
    let Some(e) = v.expediente.filter(|_| v.valido) else {
        crate::es::avisar(format!(
            "{ruta}: el expediente no es válido: {}",
            v.problemas.join("; ")
        ));
        return Ok(ExitCode::from(1));
    };
    let mut s = Salida::nueva();
    let lista: Vec<serde_json::Value> = protocolo::xapi::declaraciones(&e)
        .iter()
        .filter_map(|d| serde_json::from_str(&d.json).ok())
        .collect();
    s.linea(serde_json::to_string_pretty(&lista).unwrap_or_default())?;
    s.cerrar()?;
    Ok(ExitCode::SUCCESS)
}

/// Los expedientes de las certificaciones que guarda un LRS: cada declaración
/// `passed` o `failed` de la certificación trae el suyo. Las credenciales van
/// en el entorno (`PROTOCOLO_LRS_USUARIO`, `PROTOCOLO_LRS_CLAVE`), nunca en la
/// línea de comandos.
pub fn expedientes_del_lrs(url: &str) -> Result<Leidos, Fallo> {
    use base64ct::{Base64, Encoding};
    let (Ok(usuario), Ok(clave)) = (
        std::env::var("PROTOCOLO_LRS_USUARIO"),
        std::env::var("PROTOCOLO_LRS_CLAVE"),
    ) else {
        return Err(Fallo::Mensaje(
            "faltan las credenciales del LRS en el entorno: PROTOCOLO_LRS_USUARIO y PROTOCOLO_LRS_CLAVE".into(),
        ));
    };
    let base = url.trim_end_matches('/');
    if !(base.starts_with("http://") || base.starts_with("https://")) {
        return Err(Fallo::Mensaje(format!(
            "«{url}» no es la dirección de un LRS (http:// o https://)"
        )));
    }
    let autorizacion = format!(
        "Basic {}",
        Base64::encode_string(format!("{usuario}:{clave}").as_bytes())
    );
    // sin filtrar en el LRS (el filtro «activity» no lo respetan todos): se
    // filtra aquí, por verbo y actividad (protocolo::xapi::lectura)
    let mut camino = "/xAPI/statements?limit=500".to_string();
    let mut expedientes = Vec::new();
    // las páginas que el LRS dé («more»), con un tope
    for _ in 0..200 {
        let respuesta = ureq::get(&format!("{base}{camino}"))
            .set("Authorization", &autorizacion)
            .set("X-Experience-API-Version", "1.0.3")
            .timeout(std::time::Duration::from_secs(60))
            .call();
        let texto =
            match respuesta {
                Ok(r) => r.into_string().map_err(|e| {
                    format!("no se pudo leer la respuesta del LRS: {}", error_es(&e))
                })?,
                Err(ureq::Error::Status(401 | 403, _)) => return Err(Fallo::Mensaje(
                    "el LRS rechazó las credenciales (PROTOCOLO_LRS_USUARIO y PROTOCOLO_LRS_CLAVE)"
                        .into(),
                )),
                Err(ureq::Error::Status(codigo, _)) => {
                    return Err(Fallo::Mensaje(format!(
                        "el LRS respondió con un error ({codigo})"
                    )))
                }
                Err(ureq::Error::Transport(_)) => {
                    return Err(Fallo::Mensaje(format!(
                        "no se pudo conectar con el LRS en «{base}»"
                    )))
                }
            };
        let (traidos, mas) = protocolo::xapi::lectura::expedientes_de_pagina(&texto)?;
        expedientes.extend(traidos);
        match mas {
            Some(mas) => camino = mas,
            None => break,
        }
    }
    if expedientes.is_empty() {
        return Err(Fallo::Mensaje(format!(
            "el LRS en «{base}» no tiene ninguna certificación terminada"
        )));
    }
    Ok(expedientes)
}
