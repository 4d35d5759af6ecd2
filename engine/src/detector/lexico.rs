//! Listas de palabras y el índice de erratas.
//!
//! Una palabra escrita coincide con una palabra del vocabulario exactamente o,
//! cuando la palabra escrita no es ella misma una palabra o un nombre conocidos
//! del español, a una edición (dos para palabras de ocho letras o más). Las
//! palabras conocidas nunca pasan por otras, así que «Marta» nunca pasa por
//! «María» ni «estás» por «está».
//!
//! Lo usan las reglas de todas las secciones del protocolo (1.1, 1.2, 1.3, 2.1,
//! 2.2); los nombres de pila y los apodos sirven sobre todo a la presentación
//! (1.1) y al trato con don/doña y el nombre del cliente (2.1).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Nombres de pila comunes (plegados). Sirven para distinguir un nombre de pila
/// de un apellido, y un nombre equivocado de una errata del correcto.
#[cfg(escenarios_json)]
const NOMBRES: &str = "
maria ana lucia rosa carmen laura marta patricia sofia isabel elena andrea daniela gabriela
valeria paula julia sandra monica silvia adriana veronica alejandra carolina natalia mariana
fernanda karla carla diana raquel teresa margarita gloria ligia flor yolanda xinia marlene
lorena melissa vanessa jessica tatiana priscilla catalina camila valentina victoria jimena
ximena susana cecilia beatriz eugenia josefina guadalupe mercedes rocio pilar esther ruth sara
eva irene angela angelica cristina marcela viviana karen grettel hellen shirley ivania maureen
roxana kattia sonia olga norma luz alicia emilia clara ines dolores amalia rebeca wendy yesenia
nidia marisol leticia graciela lidia zulay hilda virginia francisca antonia juana josefa estela
fabiola rosario milena paola liliana gisela vilma maritza alba noemi dinia marielos rosibel
jose juan carlos luis jorge pedro pablo manuel francisco antonio miguel rafael fernando ricardo
roberto alberto eduardo andres diego daniel david mario sergio javier alejandro gerardo rodrigo
mauricio oscar victor hector raul enrique arturo ernesto esteban felipe gabriel guillermo
ignacio jaime joaquin julio leonardo marco marcos martin nicolas orlando ramon rolando ronald
santiago sebastian tomas vicente adrian alvaro allan armando cristian edgar emilio fabian freddy
gustavo hugo ivan johnny josue kevin marvin minor olman randall rodolfo rogelio warner william
walter wilberth alexander greivin geovanny jeffrey jonathan kenneth steven angel gonzalo ulises
efrain abel isaac samuel benjamin hernan german lorenzo agustin cesar ruben alfredo alfonso
rigoberto bernardo humberto jesus cristobal gilberto heriberto norberto aurelio anibal ezequiel elias mateo lucas simon maximo luisa
lorenza maricel marisela marcelo marcial anabel anabelle rosalia rosaura celina celia amelia
aurora alejandro alexa mayra maira mayela ileana iliana
diego johanna yamileth yendry katherine stephanie nathalia allison dylan brandon pamela fiorella natasha dayana jazmin yorleny marjorie
";

/// Apodos: llamar a un cliente por uno es llamarlo por un nombre equivocado.
#[cfg(escenarios_json)]
const APODOS: &str = "
pepe chepe chema chente pancho paco kiko kike tono lucho memo beto tito fito nacho nando chalo
moncho quique manolo lalo tavo tere mari lupe chayo meche maru pati lola lili vicky gaby dani
ale caro susi chela chabela chus fer moni mila rosi tina cata vale sofi juancho juanca checo
mao pipo rafa guille santi seba nico tomy andy edu fede migue chino chica chico nena tati
";

/// Palabras frecuentes del español que están a una errata de una palabra del
/// vocabulario pero significan otra cosa; nunca se leen como erratas.
#[cfg(escenarios_json)]
const COMUNES: &str = "
a al algo alla aqui asi aun ayer bajo bien buena bueno cada casa caso cierto cinco como con
contra cosa cual cuando de del desde dia dice dicen digo donde dos el ella ellas ello ellos en
entonces entre era eran eres es esa esas ese eso esos esta estaba estado estamos estan estar
estas este esto estos estoy fue fuera fueron gran grande ha habia hace hacer han hasta hay he
hoy igual ir la las le les lo los mal mas me mejor menos mi mia mio mis mismo mucha muchas
mucho muchos muy nada ni no nos nosotros nuestra nuestro nunca o otra otras otro otros para
pero poco por porque pues que quien se sea segun ser si sido siempre sin sobre solo son su sus
tal tambien tan tanto tarde te tengo tiene tienen todo todos tres tu un una uno unos usted
ustedes va vamos van vez y ya yo justo busto gusta gustan gustaria justa mando manda siento
sienta pena peso puesto presta prestar dona donar dono donde ordeno ordena orden ordenes
servicio servicios servir sirve servido servire atender atiendo atiende momentos nombres
cedulas cuento cuenta cuentas suerte serio seria serian series tardes noches dias noche dia
tarde tardo tarda permite permito permita regalo regala regalan presente presentes grasa
gracia favor favores placer placeres honor llamo llama llamar llamada habla hablo hablar
saludo saluda saludos soy sos cerca cena seguro segura seguros seguridad instituto nacional
proveedor proveedora caja caida cayo calle carro casa cosa hora horas ahora orar mira miro
mire amor amo ama vos voz boca oye hoy hoya dame dale dime dile pago paga ocupo ocupa ocupado
espera espero espere esperar hola ola bola sola solo como coma cama toma tome tomo
puede pueden puedo pueda puedan podria podrian pude pudo saludarlo saludarla saludarle conocerla conocerlo conocerle llegando llamando hablando trabajando
esperando revisando cambiando arreglando terminando pasando entrando buscando estando
";

/// Todas las palabras que busca alguna regla. Una palabra escrita que no es
/// conocida ella misma se empareja con estas a una o dos ediciones.
#[cfg(escenarios_json)]
const VOCABULARIO: &str = "
buenos buenas buen buena dias tardes noches tarde noche bnas bns bnos
nombre llamo habla saluda soy presento atiende
instituto nacional seguros ins proveedor proveedora tecnico tecnica representante
representando aliado aliada autorizado autorizada enviado enviada contratado contratada parte vengo venimos
don dona
como esta encuentra amanecio amanecido estado siente sentido espero
completo completos apellido apellidos
identificacion cedula documento pasaporte dimex identidad
permanezca permanezcan permanecer presente quedarse quede queden quedese retire retirarse vaya
acompane acompanarme acompanando mantenga encargada encargado
permitame permita permite deme regaleme espereme aguarde aguardeme concedame momento momentito
momentico segundito segundo minutito minuto instante ratito
gracias agradezco agradecemos agradecido agradecida agradecida grasias
gusto mucho todo muchisimo
servirle servirla servirlo servirles atenderle atenderla atenderlo atenderles ayudarle ayudarla
ayudarlo placer honor agrado verdadero
orden ordenes servicio
disculpe disculpeme disculpen disculpas disculpa disculpo disculpamos perdone perdoneme
perdon perdones siento lamento lamentamos lamentablemente molestia demora atraso inconveniente
inconvenientes retraso espera tardanza molestias
pendiente inconveniente imprevisto problema percance contratiempo emergencia accidente choque
pinchazo pincho llanta varado atrasado atrasada retrasado
coordinar recoordinar reagendar reprogramar agendar programar nuevamente reasignar
cliente clienta persona encargado nadie ausente proceder procedo instrucciones indicaciones
caida cayo golpeo golpe herido herida lastimo lastimado lastimada corto sangre sangrando
desmayo desmayado desmayada mareado mareada enfermo enferma molesto molesta enojado enojada
alterado alterada llorando nerviosa nervioso niega rechaza quemadura ambulancia
mae maje diay tuanis upe tranqui brete porfa porfis pura vida amor reina carino mamita papito
mamacita corazon compa
idiota estupido estupida imbecil tonto tonta pendejo pendeja baboso babosa necio necia mierda
carajo joda jodase joder apurese callese larguese problema importa ignorante ridicula ridiculo
inutil estorbo exagerada exagerado aguantese
lunes martes miercoles jueves viernes sabado domingo manana mediodia
una dos tres cuatro cinco seis siete ocho nueve diez once doce media cuarto
";

/// FNV-1a para las tablas de palabras: las palabras son cortas y nadie las elige
/// para que colisionen; el SipHash de std sería más lento y más grande en la
/// compilación para wasm.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    /// El estado inicial de FNV-1a: su base de desplazamiento de 64 bits.
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    /// Mezcla cada byte: XOR con el estado y luego producto por el primo de FNV.
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// El hash acumulado.
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Tabla hash con FNV-1a.
pub(crate) type Tabla<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// Conjunto de palabras con FNV-1a.
pub(crate) type Palabras = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// El índice de erratas: las palabras conocidas, los nombres y las variantes por
/// borrado de las palabras del vocabulario.
pub(crate) struct Indice {
    conocidas: Palabras,
    nombres: Palabras,
    /// Variantes por borrado de las palabras del vocabulario → las palabras.
    variantes: Tabla<String, Vec<&'static str>>,
}

/// Cuántas ediciones se toleran en una palabra del vocabulario de `largo`
/// bytes: ninguna hasta 4, una de 5 a 8, dos desde 9.
fn tope(largo: usize) -> usize {
    match largo {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Agrega a `salida`, sin repetir, las variantes de `palabra` con uno a `veces`
/// bytes borrados (solo las que siguen siendo UTF-8 válido).
fn borrados(palabra: &str, veces: usize, salida: &mut Vec<String>) {
    if veces == 0 {
        return;
    }
    let bytes = palabra.as_bytes();
    for i in 0..bytes.len() {
        let mut v = Vec::with_capacity(bytes.len() - 1);
        v.extend_from_slice(&bytes[..i]);
        v.extend_from_slice(&bytes[i + 1..]);
        if let Ok(s) = String::from_utf8(v) {
            if !salida.contains(&s) {
                borrados(&s, veces - 1, salida);
                salida.push(s);
            }
        }
    }
}

/// Frases groseras, despectivas o de desprecio (2.2 «comunicación cordial»),
/// una por línea, plegadas; la última palabra puede ser una raíz
/// («no sea exagerad»). Las usa la regla de lo grosero (`reglas::faltas`).
#[cfg(escenarios_json)]
const FRASES_GROSERAS: &str = "
no es mi problema
no es problema mio
problema suyo
problema de usted
a mi que
que le importa
no me importa
me vale
no tengo todo el dia
no tengo tiempo para
no me moleste
deje de molestar
dejeme en paz
deje de llorar
no llore
no exagere
no sea exagerad
que esperaba
no sea
quitese
apurese
usted no entiende
no entiende nada
que necedad
que fastidio
me tiene harto
me tiene harta
ni modo que
arreglesela
se lo busco
es su culpa
culpa suya
eso le pasa por
y que quiere
que quiere que le haga
hagale como quiera
lo que sea
vayase
no joda
no fregue
cierre la boca
no me venga
que pereza con usted
que pereza usted
perder el tiempo
pierde el tiempo
no sabe ni
muevase
si no le gusta
no soy su empleado
no soy su empleada
no sirven para nada
no sirve para nada
si no sabe
no las compre
no lo compre
que lentos
que lento
que inutiles
no es culpa mia
arreglese como pueda
eso no es asunto mio
no es asunto mio
que quiere que haga
me da la gana
no me interesa lo que
hagase a un lado
quitese del medio
mil veces
dejeme trabajar
no me este molestando
me esta molestando
su reguero
no voy a limpiar
falta de seriedad
que falta de respeto
no tiene sentido que hable
solo trabaja aqui
no me ponga esa cara
cara de pocos amigos
no es para tanto
es para tanto
cosa de ustedes
es cosa suya
arreglense
se va a morir
no estoy aqui para
dejeme hacer lo mio
dejeme a mi
no como la otra vez
no insista
no es tan dificil
yo se lo que hago
como hacer mi trabajo
un chiquito de escuela
hasta un nino
hasta un chiquito
no entenderia
si usted hubiera
si usted le hubiera
no me tiene que estar
que asco
";

/// Las listas de nombres de pila, apodos, palabras comunes, el vocabulario y
/// las frases groseras, en ese orden.
/// Fuera del navegador son las de este archivo; en wasm viajan con el
/// catálogo de escenarios, que no es parte de la primera carga (unos 2,5 KB
/// gzip), y se instalan con él ([`instalar_listas`]); antes, están vacías.
#[cfg(escenarios_json)]
pub fn listas() -> [&'static str; 5] {
    [NOMBRES, APODOS, COMUNES, VOCABULARIO, FRASES_GROSERAS]
}

#[cfg(not(escenarios_json))]
static LISTAS: OnceLock<[&'static str; 5]> = OnceLock::new();

/// Ver la versión de fuera del navegador.
#[cfg(not(escenarios_json))]
pub fn listas() -> [&'static str; 5] {
    LISTAS.get().copied().unwrap_or([""; 5])
}

/// Las cinco listas en un texto, separadas por «|», como viajan con el catálogo.
pub fn listas_juntas() -> String {
    listas().join("|")
}

/// Instala las listas que trajo el catálogo ([`listas_juntas`]; una sola vez; en wasm).
pub fn instalar_listas(juntas: String) {
    #[cfg(not(escenarios_json))]
    {
        let juntas: &'static str = Box::leak(juntas.into_boxed_str());
        let mut partes = juntas.split('|');
        let _ = LISTAS.set(std::array::from_fn(|_| partes.next().unwrap_or_default()));
    }
    #[cfg(escenarios_json)]
    let _ = juntas;
}

impl Indice {
    /// Construye el índice a partir de las listas (una sola vez: ver [`indice`]).
    fn construir() -> Indice {
        let [nombres_de_pila, apodos, comunes, vocabulario, _] = listas();
        let vocabulario: Palabras = vocabulario.split_whitespace().collect();
        let nombres: Palabras = nombres_de_pila
            .split_whitespace()
            .chain(apodos.split_whitespace())
            .collect();
        let mut conocidas: Palabras = comunes.split_whitespace().collect();
        conocidas.extend(vocabulario.iter().copied());
        conocidas.extend(nombres.iter().copied());
        let mut variantes: Tabla<String, Vec<&'static str>> = Tabla::default();
        for &v in &vocabulario {
            if !v.is_ascii() {
                continue;
            }
            let mut b = Vec::new();
            borrados(v, tope(v.len()), &mut b);
            b.push(v.to_string());
            for s in b {
                let e = variantes.entry(s).or_default();
                if !e.contains(&v) {
                    e.push(v);
                }
            }
        }
        Indice {
            conocidas,
            nombres,
            variantes,
        }
    }

    /// Palabras del vocabulario que `palabra` (plegada) representa.
    pub(crate) fn claves(&self, palabra: &str) -> Vec<&'static str> {
        if self.conocidas.contains(palabra)
            || palabra.len() < 4
            || !palabra.is_ascii()
            || palabra.len() > 30
        {
            return Vec::new();
        }
        let mut candidatos: Vec<String> = vec![palabra.to_string()];
        borrados(
            palabra,
            if palabra.len() >= 8 { 2 } else { 1 },
            &mut candidatos,
        );
        let mut salida: Vec<&'static str> = Vec::new();
        for c in &candidatos {
            if let Some(vs) = self.variantes.get(c) {
                for &v in vs {
                    let t = tope(v.len());
                    if !salida.contains(&v) && t > 0 && crate::texto::distancia(palabra, v, t) <= t
                    {
                        salida.push(v);
                    }
                }
            }
        }
        salida
    }

    /// `palabra` (plegada) es conocida: común, del vocabulario o un nombre.
    pub(crate) fn es_conocida(&self, palabra: &str) -> bool {
        self.conocidas.contains(palabra)
    }

    /// `palabra` (plegada) es un nombre de pila o un apodo conocidos.
    pub(crate) fn es_nombre(&self, palabra: &str) -> bool {
        self.nombres.contains(palabra)
    }
}

/// El índice compartido, construido la primera vez que se pide con las
/// listas ya instaladas (en wasm, antes de que lleguen no se guarda).
pub(crate) fn indice() -> &'static Indice {
    static INDICE: OnceLock<Indice> = OnceLock::new();
    if listas()[0].is_empty() {
        static SIN_LISTAS: OnceLock<Indice> = OnceLock::new();
        return SIN_LISTAS.get_or_init(Indice::construir);
    }
    INDICE.get_or_init(Indice::construir)
}

/// Una palabra plegada es un nombre de pila conocido (no un apodo).
pub(crate) fn es_nombre_de_pila(palabra: &str) -> bool {
    listas()[0].split_whitespace().any(|n| n == palabra)
}

/// El nombre escrito `escrito` (plegado) es `correcto` o una errata suya, y no
/// otro nombre conocido.
pub(crate) fn mismo_nombre(escrito: &str, correcto: &str) -> bool {
    if escrito == correcto || grafia(escrito) == grafia(correcto) {
        return true;
    }
    let i = indice();
    if i.es_nombre(escrito) || i.es_conocida(escrito) {
        return false;
    }
    let t = match correcto.len() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    t > 0 && crate::texto::distancia(escrito, correcto, t) <= t
}

/// La grafía de un nombre con sus variantes plegadas: letras dobles, y/i, h muda,
/// k/c, z/s, v/b y la J inicial como Y («Lilliana» = «Liliana», «Hellen» =
/// «Helen», «Yorleny» = «Yorleni», «Karla» = «Carla», «Kattia» = «Katia»,
/// «Yoni» = «Johnny»).
fn grafia(nombre: &str) -> String {
    let mut salida = String::with_capacity(nombre.len());
    for (k, c) in nombre.chars().enumerate() {
        // la J inicial de los nombres en inglés suena como Y («Yoni», «Yeison»)
        let c = if k == 0 && c == 'j' { 'y' } else { c };
        // se escriben distinto y suenan igual: y/i, k/c, z/s, v/b
        let c = match c {
            'y' => 'i',
            'k' => 'c',
            'z' => 's',
            'v' => 'b',
            c => c,
        };
        if c == 'h' || salida.ends_with(c) {
            continue;
        }
        salida.push(c);
    }
    salida
}
