//! Huellas SHA-256 en hexadecimal (con `sha2`, de RustCrypto): la versión
//! del contenido de cada escenario y el código de verificación del expediente.

use sha2::{Digest, Sha256};

/// SHA-256 de `datos`, en 64 cifras hexadecimales en minúscula.
pub fn sha256_hex(datos: &[u8]) -> String {
    Sha256::digest(datos)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    //! Pruebas de la huella SHA-256 con vectores conocidos.

    use super::sha256_hex;

    /// Los vectores de prueba del NIST (FIPS 180-2).
    #[test]
    fn vectores_conocidos() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            sha256_hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
        assert_eq!(
            sha256_hex(&vec![b'a'; 1_000_000]),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
    }
}
