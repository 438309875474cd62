"""Signing speed: PAdES signatures per second, with and without the visible stamp, and
verifications per second; with keys in PKCS#12 files, and in a PKCS#11 token when SoftHSM2 is
installed.

    scripts/bench sign [--signatures 100]

The document is an arrêté of one page (reportlab), prepared once with one signature field
(`circuits.signing.pades.prepare_for_signatures`); each timed signature signs that same unsigned
prepared PDF afresh (`circuits.signing.pades.sign`, RSA-2048, PAdES B-B, no timestamp), as a
circuit's first signature does. The signer's key is issued and parsed before timing (the first
signature of a person pays for it once, reported apart); five warm-up signatures are not timed. The
verification is `circuits.signing.pades.verify` on the signed PDF (one signature, with the
difference analysis). The PKCS#11 token is a throwaway SoftHSM2 token in a temporary directory; its
figures have no target (a real HSM is faster or slower than SoftHSM2's software RSA).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from bench.figures import figure, median
from circuits.signing import pades as signing
from circuits.signing.pades import KeyStore, Pkcs11KeyStore, Pkcs12KeyStore, SignerName, Stamp

TARGET_PER_S = 50
WARMUP = 5
WHO = SignerName("@marie.durand:mairie.fr", "Marie", "Durand", "Maire")
STAMP = Stamp(
    on_behalf=None,
    signed_at=dt.datetime(2026, 11, 22, 13, 5, tzinfo=dt.UTC),
    verify_url="https://greffier.saint-exemple.fr/verifier/3f9a2c",
)


def one_page() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.drawString(72, 760, "Arrêté n° 2026-042 portant permission de voirie")
    pdf.drawString(72, 740, "Le Maire de Saint-Exemple, vu le code général des collectivités…")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def timed(count: int, action: Callable[[], object]) -> tuple[float, list[float]]:
    """Operations per second over `count` runs after the warm-up, and each run in ms."""
    for _ in range(WARMUP):
        action()
    times: list[float] = []
    started = time.perf_counter()
    for _ in range(count):
        begin = time.perf_counter()
        action()
        times.append((time.perf_counter() - begin) * 1000)
    return count / (time.perf_counter() - started), times


def measure(label: str, keys: KeyStore, document: bytes, count: int) -> list[str]:
    started = time.perf_counter()
    keys.signer(WHO)
    issued_ms = (time.perf_counter() - started) * 1000

    def plain() -> bytes:
        return signing.sign(document, keys, WHO, field="sig", stamp=None, reason="Signature")

    def stamped() -> bytes:
        return signing.sign(document, keys, WHO, field="sig", stamp=STAMP, reason="Signature")

    plain_rate, plain_ms = timed(count, plain)
    stamp_rate, stamp_ms = timed(count, stamped)
    signed = stamped()
    result = signing.verify(signed, keys.trust_roots())
    print(
        f"{label}: first signer's key and certificate {issued_ms:.0f} ms; "
        f"sign p50 {median(plain_ms):.1f} ms, with stamp {median(stamp_ms):.1f} ms; "
        f"+{(len(signed) - len(document)) / 1024:.0f} KB a stamped signature; "
        f"check: {result.summary}"
    )
    if label == "pkcs12":  # the target is the default store's
        return [
            figure("sign_per_s_nostamp", plain_rate, "/s", f">= {TARGET_PER_S}"),
            figure("sign_per_s_stamp", stamp_rate, "/s"),
        ]
    return [
        figure(f"sign_{label}_per_s_nostamp", plain_rate, "/s"),
        figure(f"sign_{label}_per_s_stamp", stamp_rate, "/s"),
    ]


def softhsm_store(directory: Path) -> Pkcs11KeyStore | None:
    module = signing.softhsm_module()
    if module is None or shutil.which("softhsm2-util") is None:
        print("SoftHSM2 absent (paquet Debian softhsm2) : pas de mesure PKCS#11")
        return None
    (directory / "tokens").mkdir(parents=True)
    config = directory / "softhsm2.conf"
    config.write_text(
        f"directories.tokendir = {directory / 'tokens'}\n"
        "objectstore.backend = file\nlog.level = ERROR\n"
    )
    os.environ["SOFTHSM2_CONF"] = str(config)  # before the module is loaded
    subprocess.run(
        [
            *("softhsm2-util", "--init-token", "--free", "--label", "bench"),
            *("--pin", "1234", "--so-pin", "4321"),
        ],
        check=True,
        capture_output=True,
    )
    return Pkcs11KeyStore(module, "bench", "1234", directory / "certs", "Commune de Bench")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--signatures", type=int, default=100)
    args = parser.parse_args()
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="greffier-bench-sign-") as temporary:
        base = Path(temporary)
        document = signing.prepare_for_signatures(
            one_page(),
            title="Arrêté de voirie",
            reference="2026-042",
            slots=[("sig", "Signature")],
        )
        keys = Pkcs12KeyStore(base / "p12", b"bench", "Commune de Bench")
        lines += measure("pkcs12", keys, document, args.signatures)
        signed = signing.sign(document, keys, WHO, field="sig", stamp=STAMP, reason="Signature")
        verify_rate, verify_ms = timed(
            args.signatures, lambda: signing.verify(signed, [*keys.trust_roots()])
        )
        print(f"verify p50 {median(verify_ms):.1f} ms")
        lines.append(figure("verify_per_s", verify_rate, "/s"))
        token = softhsm_store(base / "softhsm")
        if token is not None:
            try:
                lines += measure("pkcs11", token, document, args.signatures)
            finally:
                token.close()
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
