"""``plancheck serve``: the local web page where a planner drops a draft and reads the report.

Binds to 127.0.0.1 unless told otherwise: the page reads whatever is uploaded to it, so it is
for this machine (or a trusted network) only.
"""

from __future__ import annotations

import argparse
import sys

from plancheck import limits
from plancheck.errors import PlancheckError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "serve",
        help="a local web page: drop a draft, read the report",
        description="Start a local web page where a draft plan (PDF, DOCX, ODT), and optionally "
        "its mandate and the parent plan whose goals it should follow up (the rød tråd), are "
        "dropped and checked; the report can be read there and downloaded as HTML, JSON and SARIF.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (default: 8765)")
    p.add_argument(
        "--max-upload", type=int, default=50, metavar="MB", help="largest file accepted (default 50)"
    )
    limits.add_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from plancheck.serve import ServeSettings, create_app
    except ImportError as exc:  # pragma: no cover - dependencies of the package
        raise PlancheckError(
            f"plancheck serve needs {exc.name}: pip install . in plancheck's source folder"
        ) from None
    if args.max_upload <= 0:
        raise PlancheckError("--max-upload must be a positive number of MB")
    settings = ServeSettings(
        max_upload_mb=args.max_upload, timeout=args.timeout, memory_mb=args.max_memory
    )
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"plancheck: warning: listening on {args.host}: anyone who reaches it can upload files",
            file=sys.stderr,
        )
    print(f"plancheck: open http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="warning")
    return 0
