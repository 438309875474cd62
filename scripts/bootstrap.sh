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
