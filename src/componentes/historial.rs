//! Historial: cada intento terminado en este dispositivo, como un gráfico que
//! dibuja la aplicación (SVG en línea) y una tabla, filtrados por modo; y las
//! certificaciones terminadas, con su constancia.

use crate::estado::{Estado, Pantalla};
use leptos::prelude::*;
use protocolo::historial::{Modo, Registro};

/// Qué intentos se muestran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Filtro {
    Todos,
    Practica,
    Certificacion,
}

impl Filtro {
    const TODOS: [Filtro; 3] = [Filtro::Todos, Filtro::Practica, Filtro::Certificacion];

    fn valor(self) -> &'static str {
        match self {
            Filtro::Todos => "todos",
            Filtro::Practica => "practica",
            Filtro::Certificacion => "certificacion",
        }
    }

    fn nombre(self) -> &'static str {
        match self {
            Filtro::Todos => "Todos",
            Filtro::Practica => "Práctica",
            Filtro::Certificacion => "Certificación",
        }
    }

    fn desde_valor(v: &str) -> Filtro {
        Filtro::TODOS
            .into_iter()
            .find(|f| f.valor() == v)
            .unwrap_or(Filtro::Todos)
    }

    fn admite(self, m: Modo) -> bool {
        match self {
            Filtro::Todos => true,
            Filtro::Practica => m == Modo::Practica,
            Filtro::Certificacion => m == Modo::Certificacion,
        }
    }
}

/// "2026-11-28T10:15:00…" como "28/11/2026 10:15", con los dígitos tal como están escritos.
fn fecha_escrita(iso: &str) -> Option<String> {
    let b = iso.trim().as_bytes();
    let digitos = |r: std::ops::Range<usize>| -> Option<&str> {
        let s = b.get(r)?;
        s.iter()
            .all(u8::is_ascii_digit)
            .then(|| std::str::from_utf8(s).ok())
            .flatten()
    };
    let (anio, mes, dia) = (digitos(0..4)?, digitos(5..7)?, digitos(8..10)?);
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let fecha = format!("{dia}/{mes}/{anio}");
    match (b.get(10), digitos(11..13), b.get(13), digitos(14..16)) {
        (Some(b'T' | b't' | b' '), Some(h), Some(b':'), Some(m)) => {
            Some(format!("{fecha} {h}:{m}"))
        }
        _ => Some(fecha),
    }
}

/// Una fecha con zona horaria ("…Z", "…-06:00"), mostrada en la hora local del dispositivo.
#[cfg(target_arch = "wasm32")]
fn fecha_local(iso: &str) -> Option<String> {
    let hora = iso.trim().get(11..)?;
    let con_zona = hora.ends_with(['Z', 'z']) || hora.contains(['+', '-']);
    if !con_zona {
        return None;
    }
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso.trim()));
    if d.get_time().is_nan() {
        return None;
    }
    Some(format!(
        "{:02}/{:02}/{:04} {:02}:{:02}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year(),
        d.get_hours(),
        d.get_minutes()
    ))
}

/// La fecha ISO 8601 de un intento como "28/11/2026 10:15".
pub(crate) fn formatear_fecha(iso: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(f) = fecha_local(iso) {
        return f;
    }
    fecha_escrita(iso).unwrap_or_else(|| iso.chars().take(40).collect())
}

/// Una dimensión dibujada en el gráfico.
struct Serie {
    nombre: &'static str,
    /// Contraste sobre blanco de al menos 4,5:1.
    color: &'static str,
    marcador: Marcador,
    valor: fn(&Registro) -> Option<u32>,
}

#[derive(Clone, Copy)]
enum Marcador {
    Circulo,
    Cuadrado,
    Triangulo,
    Rombo,
}

const SERIES: [Serie; 4] = [
    Serie {
        nombre: "Total",
        color: "#00467f",
        marcador: Marcador::Circulo,
        valor: |r| Some(r.total),
    },
    Serie {
        nombre: "Cortesía",
        color: "#17663a",
        marcador: Marcador::Cuadrado,
        valor: |r| r.cortesia,
    },
    Serie {
        nombre: "Procedimiento",
        color: "#8a4b00",
        marcador: Marcador::Triangulo,
        valor: |r| r.procedimiento,
    },
    Serie {
        nombre: "Escalamiento",
        color: "#6b2c91",
        marcador: Marcador::Rombo,
        valor: |r| r.escalamiento,
    },
];

// El área de dibujo del gráfico, en unidades del viewBox. Enteros (una décima de píxel
// CSS al tamaño natural del gráfico): el wasm no formatea números de coma flotante.
const ANCHO: i32 = 4200;
const ALTO: i32 = 2400;
const IZQ: i32 = 340;
const DER: i32 = 120;
const ARRIBA: i32 = 120;
const ABAJO: i32 = 400;
/// Con más intentos que estos, los puntos no se marcan, solo se unen.
const MAX_MARCADORES: usize = 40;

fn x(i: usize, n: usize) -> i32 {
    let ancho = ANCHO - IZQ - DER;
    if n <= 1 {
        IZQ + ancho / 2
    } else {
        IZQ + (i as i64 * ancho as i64 / (n - 1) as i64) as i32
    }
}

fn y(v: u32) -> i32 {
    ARRIBA + (100 - v.min(100) as i32) * (ALTO - ARRIBA - ABAJO) / 100
}

/// Los puntos de una serie, sin los intentos que no tienen puntaje en ella.
fn puntos(intentos: &[Registro], valor: fn(&Registro) -> Option<u32>) -> Vec<(i32, i32)> {
    let n = intentos.len();
    intentos
        .iter()
        .enumerate()
        .filter_map(|(i, r)| valor(r).map(|v| (x(i, n), y(v))))
        .collect()
}

fn polilinea(p: &[(i32, i32)]) -> String {
    p.iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// La figura que marca un punto, como marcado SVG.
fn marcador(m: Marcador, cx: i32, cy: i32, color: &str) -> String {
    match m {
        Marcador::Circulo => format!(r#"<circle cx="{cx}" cy="{cy}" r="35" fill="{color}"/>"#),
        Marcador::Cuadrado => format!(
            r#"<rect x="{}" y="{}" width="64" height="64" fill="{color}"/>"#,
            cx - 32,
            cy - 32
        ),
        Marcador::Triangulo => format!(
            r#"<polygon points="{}" fill="{color}"/>"#,
            polilinea(&[(cx, cy - 42), (cx + 40, cy + 30), (cx - 40, cy + 30)])
        ),
        Marcador::Rombo => format!(
            r#"<polygon points="{}" fill="{color}"/>"#,
            polilinea(&[(cx, cy - 45), (cx + 45, cy), (cx, cy + 45), (cx - 45, cy)])
        ),
    }
}

fn resumen_grafico(intentos: &[Registro]) -> String {
    let n = intentos.len();
    let ultimo = intentos.last().map(|r| r.total).unwrap_or(0);
    if n == 1 {
        format!("Puntaje de 1 intento; último total {ultimo}")
    } else {
        format!("Puntaje de {n} intentos; último total {ultimo}")
    }
}

fn texto_svg(x: i32, y: i32, relleno: &str, texto: &str) -> String {
    format!(
        r#"<text x="{x}" y="{y}" text-anchor="middle" font-size="110" fill="{relleno}">{texto}</text>"#
    )
}

/// El contenido del gráfico como marcado SVG. Todo en él son números y
/// palabras de la propia aplicación (nada de los datos guardados), y en el wasm
/// el marcado ocupa mucho menos que un nodo de vista por cada línea y marcador.
fn dibujo(intentos: &[Registro]) -> String {
    let n = intentos.len();
    let (x0, x1, base) = (IZQ, ANCHO - DER, ALTO - ABAJO);
    let mut s = String::new();
    for v in [0u32, 50, 80, 100] {
        let yy = y(v);
        let (trazo, ancho, guiones) = match v {
            0 => ("#4a5563", 15, ""),
            80 => ("#4a5563", 12, r#" stroke-dasharray="60 40""#),
            _ => ("#cfd6df", 10, ""),
        };
        s += &format!(
            r##"<line x1="{x0}" y1="{yy}" x2="{x1}" y2="{yy}" stroke="{trazo}" stroke-width="{ancho}"{guiones}/><text x="{}" y="{}" text-anchor="end" font-size="110" fill="#16202b">{v}</text>"##,
            x0 - 60,
            yy + 40
        );
    }
    s += &format!(
        r##"<line x1="{x0}" y1="{ARRIBA}" x2="{x0}" y2="{base}" stroke="#4a5563" stroke-width="15"/>"##
    );
    s += &texto_svg(x(0, n), base + 140, "#16202b", "1");
    if n > 1 {
        s += &texto_svg(x(n - 1, n), base + 140, "#16202b", &n.to_string());
    }
    s += &texto_svg(
        (x0 + x1) / 2,
        ALTO - 60,
        "#4a5563",
        "Intentos, del más antiguo al más reciente",
    );
    for serie in &SERIES {
        let p = puntos(intentos, serie.valor);
        if p.is_empty() {
            continue;
        }
        s += &format!(
            r#"<g><polyline points="{}" fill="none" stroke="{}" stroke-width="20" stroke-linejoin="round" stroke-linecap="round"/>"#,
            polilinea(&p),
            serie.color
        );
        // un punto solo no tiene una línea que lo muestre
        if n <= MAX_MARCADORES || p.len() == 1 {
            for &(cx, cy) in &p {
                s += &marcador(serie.marcador, cx, cy, serie.color);
            }
        }
        s += "</g>";
    }
    s
}

/// Una muestra de la leyenda: una línea corta con el marcador de la serie.
fn muestra(color: &str, marca: Option<Marcador>, ancho: u32, guiones: &str) -> String {
    format!(
        r#"<line x1="10" y1="60" x2="270" y2="60" stroke="{color}" stroke-width="{ancho}"{guiones}/>{}"#,
        marca
            .map(|m| marcador(m, 140, 60, color))
            .unwrap_or_default()
    )
}

/// Los puntajes (0–100) a lo largo de los intentos, del más antiguo al más
/// reciente, una línea por dimensión.
#[component]
fn Grafico(intentos: Vec<Registro>) -> impl IntoView {
    let resumen = resumen_grafico(&intentos);
    view! {
        <figure class="grafico-historial">
            <svg
                role="img"
                aria-label=resumen
                viewBox=format!("0 0 {ANCHO} {ALTO}")
                width="100%"
                preserveAspectRatio="xMidYMid meet"
                inner_html=dibujo(&intentos)
            ></svg>
            <figcaption>
                <ul class="leyenda" aria-label="Leyenda del gráfico">
                    {SERIES.iter().map(|s| view! {
                        <li>
                            <svg class="muestra" viewBox="0 0 280 120" width="28" height="12" aria-hidden="true"
                                inner_html=muestra(s.color, Some(s.marcador), 20, "")></svg>
                            {s.nombre}
                        </li>
                    }).collect_view()}
                    <li>
                        <svg class="muestra" viewBox="0 0 280 120" width="28" height="12" aria-hidden="true"
                            inner_html=muestra("#4a5563", None, 12, r#" stroke-dasharray="60 40""#)></svg>
                        "Nota de aprobación (80)"
                    </li>
                </ul>
            </figcaption>
        </figure>
    }
}

fn celda(v: Option<u32>) -> String {
    v.map(|v| v.to_string()).unwrap_or_else(|| "—".into())
}

#[component]
fn TablaIntentos(intentos: Vec<Registro>) -> impl IntoView {
    view! {
        <div class="tabla-desplazable" tabindex="0" role="region" aria-label="Tabla de intentos">
            <table class="fichas tabla-historial" role="table">
                <caption>"Intentos"</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th role="columnheader" scope="col">"Fecha"</th>
                        <th role="columnheader" scope="col">"Modo"</th>
                        <th role="columnheader" scope="col">"Escenario"</th>
                        <th role="columnheader" scope="col" class="numero">"Total"</th>
                        <th role="columnheader" scope="col" class="numero">"Cortesía"</th>
                        <th role="columnheader" scope="col" class="numero">"Procedimiento"</th>
                        <th role="columnheader" scope="col" class="numero">"Escalamiento"</th>
                        <th role="columnheader" scope="col">"Resultado"</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    {intentos.into_iter().rev().map(|r| {
                        let (clase, resultado) = if r.aprobado {
                            ("resultado-intento aprobado", "Aprobado")
                        } else {
                            ("resultado-intento no-aprobado", "No aprobado")
                        };
                        view! {
                            <tr role="row">
                                // (data-etiqueta y los roles: en un teléfono cada fila es una
                                // ficha con el nombre de cada dato, ver .fichas en style/main.css)
                                <td role="cell" class="fecha" data-etiqueta="Fecha">{formatear_fecha(&r.fecha)}</td>
                                <td role="cell" data-etiqueta="Modo">{r.modo.texto()}</td>
                                <td role="cell" class="escenario" data-etiqueta="Escenario">{r.titulo}</td>
                                <td role="cell" class="numero" data-etiqueta="Total">{r.total.to_string()}</td>
                                <td role="cell" class="numero" data-etiqueta="Cortesía">{celda(r.cortesia)}</td>
                                <td role="cell" class="numero" data-etiqueta="Procedimiento">{celda(r.procedimiento)}</td>
                                <td role="cell" class="numero" data-etiqueta="Escalamiento">{celda(r.escalamiento)}</td>
                                <td role="cell" class=clase data-etiqueta="Resultado">{resultado}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn HistorialPagina() -> impl IntoView {
    let estado = expect_context::<Estado>();
    // el valor del selector; una señal String comparte su código con las demás
    let (valor_filtro, set_valor_filtro) = signal(String::from("todos"));
    let filtro = move || valor_filtro.with(|v| Filtro::desde_valor(v));
    let hay = Memo::new(move |_| estado.historial.with(|h| !h.intentos.is_empty()));
    // del más antiguo al más reciente, como están guardados
    let visibles = move || {
        let f = filtro();
        estado.historial.with(|h| {
            h.intentos
                .iter()
                .filter(|r| f.admite(r.modo))
                .cloned()
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="historial" aria-labelledby="historial-titulo">
            <h1 id="historial-titulo">"Historial de intentos"</h1>
            <Certificaciones/>
            {move || if !hay.get() {
                view! {
                    <div class="tarjeta historial-vacio">
                        <p>"Todavía no hay intentos registrados en este dispositivo."</p>
                        <p>"Cuando termine una práctica o una certificación, su resultado aparecerá aquí con un gráfico de su avance."</p>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div class="filtro-historial">
                        <label for="historial-filtro">"Mostrar"</label>
                        <select
                            id="historial-filtro"
                            on:change=move |ev| set_valor_filtro.set(event_target_value(&ev))
                        >
                            {Filtro::TODOS.into_iter().map(|f| view! {
                                <option value=f.valor() selected=move || filtro() == f>{f.nombre()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    {move || {
                        let lista = visibles();
                        if lista.is_empty() {
                            let texto = match filtro() {
                                Filtro::Certificacion => "No hay intentos de certificación registrados.",
                                Filtro::Practica => "No hay intentos de práctica registrados.",
                                Filtro::Todos => "No hay intentos registrados.",
                            };
                            view! { <p class="tarjeta historial-vacio">{texto}</p> }.into_any()
                        } else {
                            view! {
                                <div class="tarjeta">
                                    <h2>"Su avance"</h2>
                                    <Grafico intentos=lista.clone()/>
                                </div>
                                <TablaIntentos intentos=lista/>
                            }
                            .into_any()
                        }
                    }}
                }
                .into_any()
            }}
            <UsoDelAlmacenamiento/>
        </section>
    }
}

/// Las certificaciones terminadas en este dispositivo, la más reciente
/// primero: la actual y las anteriores (las que dejó «Empezar otra
/// certificación»), cada una con su constancia (y, en ella, su expediente).
#[component]
fn Certificaciones() -> impl IntoView {
    let estado = expect_context::<Estado>();
    // (índice en `Estado::certificados`, o None para la actual; el resumen)
    let lista = move || {
        let resumen = |c: &crate::estado::Certificacion| {
            let e = &c.expediente.as_ref()?.expediente;
            Some(format!(
                "{} · {} · promedio {} / 100 · {}",
                super::certificado::fecha_corta(&e.fecha),
                protocolo::texto::controles_bidi_visibles(&e.participante.nombre),
                e.total,
                if e.aprobado { "aprobó" } else { "no aprobó" }
            ))
        };
        let mut v: Vec<(Option<usize>, String)> = estado.certificados.with(|c| {
            c.iter()
                .enumerate()
                .filter_map(|(i, c)| Some((Some(i), resumen(c)?)))
                .collect()
        });
        if let Some(r) = estado.certificacion.with(|c| resumen(c.as_ref()?)) {
            v.push((None, r));
        }
        v.reverse();
        v
    };
    move || {
        let v = lista();
        (!v.is_empty()).then(|| {
            view! {
                <div class="tarjeta certificaciones">
                    <h2>"Certificaciones terminadas"</h2>
                    <ul>
                        {v.into_iter().map(|(i, r)| view! {
                            <li>
                                <p>{r}</p>
                                <button type="button" class="boton-secundario" on:click=move |_| {
                                    estado.constancia.set(i);
                                    estado.pantalla.set(Pantalla::Certificado);
                                }>"Ver la constancia"</button>
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// Cuánto hay guardado en este dispositivo y si el navegador promete
/// conservarlo (lo escribe `src/navegador.js` cuando el navegador lo dice).
#[component]
fn UsoDelAlmacenamiento() -> impl IntoView {
    crate::sin_conexion::mostrar_uso();
    view! { <p class="uso-almacen" id="uso-almacen" aria-live="polite"></p> }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registro(total: u32, cortesia: Option<u32>) -> Registro {
        Registro {
            fecha: "2026-11-28T10:15:00".into(),
            modo: Modo::Practica,
            escenario: "servicio-completo".into(),
            titulo: "Servicio completo".into(),
            semilla: 1,
            total,
            cortesia,
            procedimiento: None,
            escalamiento: None,
            aprobado: total >= 80,
            criticos: 0,
        }
    }

    #[test]
    fn fechas() {
        assert_eq!(
            fecha_escrita("2026-11-28T10:15:00.000Z").as_deref(),
            Some("28/11/2026 10:15")
        );
        assert_eq!(
            fecha_escrita("2026-11-28 10:15").as_deref(),
            Some("28/11/2026 10:15")
        );
        assert_eq!(fecha_escrita("2026-11-28").as_deref(), Some("28/11/2026"));
        assert_eq!(fecha_escrita("ayer"), None);
        assert_eq!(fecha_escrita("2026-1x-28"), None);
        assert_eq!(formatear_fecha("ayer"), "ayer");
    }

    /// Tres intentos: totales 50, 85 y 100; el segundo sin puntaje de cortesía.
    fn tres_registros() -> Vec<Registro> {
        vec![
            registro(50, Some(100)),
            registro(85, None),
            registro(100, Some(0)),
        ]
    }

    #[test]
    fn puntos_saltan_las_dimensiones_sin_puntaje() {
        let v = tres_registros();
        assert_eq!(puntos(&v, SERIES[0].valor).len(), 3);
        let c = puntos(&v, SERIES[1].valor);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0], (x(0, 3), y(100)));
        assert_eq!(c[1], (x(2, 3), y(0)));
        assert!(y(100) < y(80) && y(80) < y(0));
        assert_eq!(y(0), ALTO - ABAJO);
        assert_eq!(y(100), ARRIBA);
        assert_eq!(x(0, 1), x(0, 1));
        assert_eq!(
            resumen_grafico(&v),
            "Puntaje de 3 intentos; último total 100"
        );
        assert_eq!(
            resumen_grafico(&v[..1]),
            "Puntaje de 1 intento; último total 50"
        );
    }

    #[test]
    fn el_dibujo_tiene_guias_lineas_y_marcas() {
        let v = tres_registros();
        let d = dibujo(&v);
        assert_eq!(d.matches("<line ").count(), 5, "cuatro guías y el eje");
        assert_eq!(
            d.matches(r#"stroke-dasharray="60 40""#).count(),
            1,
            "la nota 80"
        );
        // el total y la cortesía tienen puntaje; las otras dos series quedan fuera
        assert_eq!(d.matches("<polyline ").count(), 2);
        assert_eq!(
            d.matches("<circle ").count(),
            3,
            "un círculo por intento del total"
        );
        assert_eq!(
            d.matches("<rect ").count(),
            2,
            "cortesía solo donde hay puntaje"
        );
        assert!(d.contains(&format!(
            r#"points="{},{} {},{}""#,
            x(0, 3),
            y(100),
            x(2, 3),
            y(0)
        )));
        assert!(d.contains(">3</text>"), "el último intento numerado");
        // con más de MAX_MARCADORES intentos, solo líneas
        let muchos = vec![registro(90, None); MAX_MARCADORES + 1];
        assert_eq!(dibujo(&muchos).matches("<circle ").count(), 0);
        assert_eq!(
            dibujo(&v[..1]).matches("<circle ").count(),
            1,
            "un punto solo se marca"
        );
    }

    #[test]
    fn filtros() {
        assert!(Filtro::Todos.admite(Modo::Certificacion));
        assert!(!Filtro::Practica.admite(Modo::Certificacion));
        assert_eq!(Filtro::desde_valor("certificacion"), Filtro::Certificacion);
        assert_eq!(Filtro::desde_valor("otro"), Filtro::Todos);
    }
}
