"""Inicia Ralph, el LRS (PyPI ralph-malph, en .venv), para las pruebas de extremo a extremo.

Uso: .venv/bin/python scripts/ralph_lrs.py HOST PUERTO
(con las variables RALPH_* de su configuración en el entorno: usuarios, almacenamiento
en archivos y CORS).

Es el servidor de Ralph tal cual (su aplicación FastAPI, sus validaciones, su
control de ids repetidos) con un solo ajuste: el almacenamiento en archivos de
Ralph 5.1 escribe con la operación «create», que rechaza escribir por segunda vez
en su archivo (fs_lrs.jsonl); una aplicación que envía cada declaración en su
momento necesita que agregue, como hacen los demás almacenamientos de Ralph
(Elasticsearch, MongoDB, ClickHouse), que son los de producción.
"""
import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

if __name__ == "__main__":
    uvicorn.run("ralph.api:app", host=sys.argv[1], port=int(sys.argv[2]), log_level="warning")
