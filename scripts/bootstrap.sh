# Shared by scripts/run and scripts/test: a virtual environment with the project installed.
# Sourced, not executed. Usage: bootstrap_venv "<pip extras>"

PYTHON="${PYTHON:-python3}"
VENV="${GREFFIER_VENV:-.venv}"

bootstrap_venv() {
    local extras="$1"
    if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
        echo "Greffier demande Python 3.11 ou plus récent ($PYTHON est trop ancien)." >&2
        exit 1
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    local stamp="$VENV/.installed-$extras"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
        "$VENV/bin/python" -m pip install --quiet -e ".[$extras]"
        touch "$stamp"
    fi
}

apt_install() {
    # Debian packages the project needs, installed only when missing.
    local missing=()
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installation des paquets Debian : ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# What reading documents needs: OCR in French (tesseract + ghostscript for OCRmyPDF, unpaper to
# clean photos) and LibreOffice headless to turn .odt/.docx into PDF.
DOCUMENT_PACKAGES=(tesseract-ocr tesseract-ocr-fra ghostscript unpaper qpdf libreoffice-writer-nogui)

# What signing needs: SoftHSM2, the PKCS#11 token of the tests (and of a bot without an HSM of
# its own), and the URW fonts whose NimbusSans draws the signature stamps.
SIGNING_PACKAGES=(softhsm2 fonts-urw-base35)

# What the browser tests need (tests/browser): Debian's Chromium, driven headless by Playwright's
# Python package (never `playwright install`: its own browser builds are not used).
BROWSER_PACKAGES=(chromium)

# The SEDA 2.2 schemas (French archival transfer standard) that every transfer package is
# checked against. They are the SIAF's official XSDs as the cubicweb-seda package (Logilab,
# LGPL, funded by the SIAF) redistributes them on PyPI, with local imports; only the schema
# files are taken from the wheel, pinned by its hash. Never committed: installed here.
SEDA_SCHEMA_DIR=".cache/seda-2.2"
install_seda_schema() {
    [ -f "$SEDA_SCHEMA_DIR/seda-2.2-main.xsd" ] && return 0
    local tmp
    tmp="$(mktemp -d)"
    printf 'cubicweb-seda==2.4.1 --hash=sha256:0ec9737b54d97f5d5c56d948f7c1ecccd63ffc093149a14dbbae72042f741bae\n' > "$tmp/requirements.txt"
    "$VENV/bin/python" -m pip download --quiet --no-deps --require-hashes \
        -r "$tmp/requirements.txt" -d "$tmp"
    mkdir -p "$SEDA_SCHEMA_DIR"
    "$VENV/bin/python" - "$tmp" "$SEDA_SCHEMA_DIR" <<'PY'
import pathlib, sys, zipfile
source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
wheel = next(source.glob("cubicweb_seda-*.whl"))
with zipfile.ZipFile(wheel) as archive:
    for name in archive.namelist():
        base = name.rsplit("/", 1)[-1]
        if name.startswith("cubicweb_seda/xsd/") and (
            base.startswith("seda-2.2-") or base in ("xml.xsd", "xlink.xsd")
        ):
            (target / base).write_bytes(archive.read(name))
    metadata = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    licence = [l for l in archive.read(metadata).decode().splitlines() if l.startswith("License")]
(target / "PROVENANCE.txt").write_text(
    "Schémas XSD officiels du SEDA 2.2 (Service interministériel des Archives de France),\n"
    "tels que les redistribue le paquet PyPI cubicweb-seda 2.4.1 (Logilab, financé par le\n"
    "SIAF), avec des imports locaux et les fichiers ontology et types réunis en un seul.\n"
    f"Licence du paquet : {' ; '.join(licence) or 'non indiquée'}.\n"
    f"Fichier d'origine : {wheel.name}, sha256 "
    "0ec9737b54d97f5d5c56d948f7c1ecccd63ffc093149a14dbbae72042f741bae.\n",
    encoding="utf-8",
)
PY
    rm -rf "$tmp"
}

# The Element harness of the integration tests (tests/element, driven by tests/support/element.py):
# matrix-js-sdk and its Rust crypto (WASM), pinned by tests/element/package-lock.json, on Node.js
# 20 or newer (matrix-js-sdk 43 asks for 22; person.mjs polyfills what 20 lacks). Debian's nodejs
# is installed when node is missing or too old; `npm ci` runs again only when the lock file is
# newer than node_modules.
ELEMENT_CLIENT_DIR="tests/element"
node_major() {
    node -e 'process.stdout.write(process.versions.node.split(".")[0])' 2>/dev/null || echo 0
}
install_element_client() {
    if ! command -v node >/dev/null 2>&1 || [ "$(node_major)" -lt 20 ]; then
        apt_install nodejs npm
        hash -r
    fi
    if ! command -v node >/dev/null 2>&1 || [ "$(node_major)" -lt 20 ]; then
        echo "Les tests du client Element demandent Node.js 20 ou plus récent" \
            "(trouvé : $(node --version 2>/dev/null || echo aucun))." >&2
        exit 1
    fi
    if ! command -v npm >/dev/null 2>&1; then
        apt_install npm
    fi
    local modules="$ELEMENT_CLIENT_DIR/node_modules"
    if [ ! -d "$modules" ] || [ "$ELEMENT_CLIENT_DIR/package-lock.json" -nt "$modules" ]; then
        echo "Installation du client Element des tests (npm ci dans $ELEMENT_CLIENT_DIR)" >&2
        (cd "$ELEMENT_CLIENT_DIR" && npm ci --no-audit --no-fund --loglevel=error)
        touch "$modules"
    fi
}
