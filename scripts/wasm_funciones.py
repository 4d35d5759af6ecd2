#!/usr/bin/env python3
"""Reparte el tamaño del código de un módulo wasm entre los crates, según su sección "name".

Uso: scripts/wasm_funciones.py ARCHIVO.wasm [prefijo ...]
Imprime los bytes de código por crate (el primer segmento de la ruta del nombre
decodificado de cada función) y, para cada prefijo dado (p. ej.
protocolo::detector), los bytes de las funciones cuyo nombre lo contiene.
"""
import re
import sys
from collections import Counter


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7F) << s; s += 7
        if x < 0x80:
            return r, i


def secciones(b):
    i = 8
    while i < len(b):
        sid = b[i]; i += 1
        n, i = leb(b, i)
        yield sid, b[i:i + n]
        i += n


def analizar(b):
    importadas = 0
    cuerpos = []
    nombres = {}
    datos = 0
    for sid, s in secciones(b):
        if sid == 2:  # importaciones
            n, j = leb(s, 0)
            for _ in range(n):
                for _ in range(2):
                    l, j = leb(s, j); j += l
                k = s[j]; j += 1
                if k == 0:
                    _, j = leb(s, j); importadas += 1
                elif k == 1:
                    j += 1; f, j = leb(s, j); _, j = leb(s, j)
                    if f & 1: _, j = leb(s, j)
                elif k == 2:
                    f, j = leb(s, j); _, j = leb(s, j)
                    if f & 1: _, j = leb(s, j)
                elif k == 3:
                    j += 2
        elif sid == 10:  # código
            n, j = leb(s, 0)
            for _ in range(n):
                l, j = leb(s, j); cuerpos.append(l); j += l
        elif sid == 11:
            datos = len(s)
        elif sid == 0:
            l, j = leb(s, 0)
            if s[j:j + l] == b"name":
                j += l
                while j < len(s):
                    sub = s[j]; j += 1
                    tam, j = leb(s, j)
                    fin = j + tam
                    if sub == 1:
                        n, k = leb(s, j)
                        for _ in range(n):
                            idx, k = leb(s, k)
                            l2, k = leb(s, k)
                            nombres[idx] = s[k:k + l2].decode("utf-8", "replace"); k += l2
                    j = fin
    return importadas, cuerpos, nombres, datos


ESCAPES = [("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$RF$", "&"), ("$C$", ","),
           ("$BP$", "*"), ("$u7b$", "{"), ("$u7d$", "}"), ("$u5b$", "["), ("$u5d$", "]"),
           ("$u27$", "'"), ("$u3b$", ";"), ("$u22$", '"'), ("$SP$", "@"), ("..", "::")]


def legible(nombre):
    # codificación (mangling) antigua de Rust: _ZN9protocolo8detector7reglas6saludo17h...E
    m = re.match(r"_ZN(.*)E$", nombre)
    if not m:
        return re.sub(r"\[[0-9a-f]{16}\]", "", nombre)
    partes, resto = [], m.group(1)
    while resto and resto[0].isdigit():
        k = 0
        while resto[k].isdigit():
            k += 1
        n = int(resto[:k]); partes.append(resto[k:k + n]); resto = resto[k + n:]
    if partes and re.fullmatch(r"h[0-9a-f]{16}", partes[-1]):
        partes.pop()
    texto = "::".join(partes)
    for a, b in ESCAPES:
        texto = texto.replace(a, b)
    return texto


def crate_de(nombre):
    """El crate al que pertenece una función: el primer segmento de su ruta o, para
    un método de trait sobre un tipo genérico (`<T as tachys::…>`), el crate del trait."""
    n = re.sub(r"^[_$]+", "", nombre)
    if "GenericShunt" in n:
        # `collect::<Result<Vec<_>, _>>()`: el código de quien llama, integrado en el adaptador
        return "collect de Result"
    if re.match(r"<(char|str|\[|u8|usize|u32|u64|i32|bool)\b", n):
        return "core"
    m = re.match(r"<(?:&(?:mut )?)?([A-Za-z_][\w]*)(?:[^ ]*)? as ([A-Za-z_]\w*)::", n)
    if m:
        return m.group(2) if m.group(1) in ("T", "F", "E", "I", "V") else m.group(1)
    n = n.lstrip("<&*")
    return n.split("::")[0].split("<")[0] or "?"


def main():
    b = open(sys.argv[1], "rb").read()
    importadas, cuerpos, nombres, datos = analizar(b)
    if not nombres:
        print("sin sección de nombres: compile sin wasm-opt (cargo build --release --target wasm32-unknown-unknown)")
        return
    por_crate = Counter()
    por_prefijo = Counter()
    for k, tam in enumerate(cuerpos):
        n = legible(nombres.get(k + importadas, "?"))
        por_crate[crate_de(n)] += tam
        for p in sys.argv[2:]:
            if p in n:
                por_prefijo[p] += tam
    total = sum(cuerpos)
    print(f"código: {total} bytes en {len(cuerpos)} funciones; datos: {datos} bytes")
    for c, t in por_crate.most_common(15):
        print(f"  {c:<28} {t:>8} bytes  {100 * t / total:5.1f} %")
    for p in sys.argv[2:]:
        print(f"{p}: {por_prefijo[p]} bytes de código ({100 * por_prefijo[p] / total:.1f} %)")


if __name__ == "__main__":
    main()
