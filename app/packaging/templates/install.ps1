# Offline installer for MLOps Lifecycle Canvas @VERSION@ (built for @PLATFORM@, CPython @PYTHON@).
#
#   powershell -NoProfile -ExecutionPolicy Bypass -File install.ps1 [-Target FOLDER] [-Python PATH]
#   (or double-click install.bat)   default folder: %LOCALAPPDATA%\Programs\mlops-canvas
#
# Nothing is downloaded. Every file of the bundle is checked against SHA256SUMS
# first; a changed, missing or added file stops the install before anything
# is written. The app goes into a new virtual environment in the target folder.
param(
    [string]$Target = (Join-Path $env:LOCALAPPDATA 'Programs\mlops-canvas'),
    [string]$Python = ''
)
$ErrorActionPreference = 'Stop'
$AppVersion = '@VERSION@'
$PythonWanted = '@PYTHON@'
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path

function Fail([string]$Message) {
    [Console]::Error.WriteLine("install.ps1: error: $Message")
    exit 1
}

# -- 1. the bundle is exactly what was built ----------------------------------------------
$Manifest = Join-Path $Here 'SHA256SUMS'
if (-not (Test-Path -LiteralPath $Manifest -PathType Leaf)) {
    Fail "SHA256SUMS is missing in ${Here}: this is not a complete bundle."
}
$Listed = @{}
foreach ($Line in Get-Content -LiteralPath $Manifest) {
    if ($Line -notmatch '^([0-9a-f]{64})  (.+)$') { Fail "SHA256SUMS is damaged (line: $Line)." }
    $Listed[$Matches[2]] = $Matches[1]
}
$Problems = @()
$Present = Get-ChildItem -LiteralPath $Here -Recurse -File | ForEach-Object {
    $_.FullName.Substring($Here.Length + 1).Replace('\', '/')
} | Where-Object { $_ -ne 'SHA256SUMS' }
foreach ($Name in $Present) {
    if (-not $Listed.ContainsKey($Name)) { $Problems += "not in the manifest: $Name" }
}
foreach ($Name in $Listed.Keys) {
    $Path = Join-Path $Here $Name
    if (-not (Test-Path -LiteralPath $Path -PathType Leaf)) { $Problems += "missing: $Name"; continue }
    $Actual = (Get-FileHash -Algorithm SHA256 -LiteralPath $Path).Hash.ToLowerInvariant()
    if ($Actual -ne $Listed[$Name]) { $Problems += "changed: $Name" }
}
if ($Problems.Count -gt 0) {
    $First = ($Problems | Select-Object -First 5) -join '; '
    Fail "the bundle was changed or damaged and was refused ($First). Get a fresh copy of the bundle; nothing was installed."
}
$ManifestHash = (Get-FileHash -Algorithm SHA256 -LiteralPath $Manifest).Hash.ToLowerInvariant()
Write-Host "Bundle verified: every file matches SHA256SUMS (SHA-256 of SHA256SUMS: $ManifestHash)."
Write-Host 'Compare that value with the one the sender gave you.'

# -- 2. the right Python ---------------------------------------------------------------------
$PyArgs = @()
if ($Python -ne '') { $Py = $Python }
elseif (Get-Command py -ErrorAction SilentlyContinue) { $Py = 'py'; $PyArgs = @("-$PythonWanted") }
else { $Py = 'python' }
# No quotes inside the snippet: Windows PowerShell 5 drops them when calling programs.
try { $Found = & $Py @PyArgs -c 'import sys; print(*sys.version_info[:2], sep=chr(46))' 2>$null }
catch { $Found = $null }
if ($LASTEXITCODE -ne 0 -or -not $Found) {
    Fail "no Python $PythonWanted found. Install it from the agency's software catalogue, or pass -Python C:\path\to\python.exe."
}
if ($Found.Trim() -ne $PythonWanted) {
    Fail "this bundle is built for Python $PythonWanted (some of its wheels are compiled for it), but $Py is Python $Found. Pass -Python C:\path\to\python.exe."
}

# -- 3. a fresh environment ----------------------------------------------------------------
if ((Test-Path -LiteralPath $Target) -and (Get-ChildItem -LiteralPath $Target -Force | Select-Object -First 1)) {
    Fail "$Target exists and is not empty. Choose another folder (-Target FOLDER) or remove it first."
}
Write-Host "Installing MLOps Lifecycle Canvas $AppVersion into $Target ..."
$Ok = $false
try {
    & $Py @PyArgs -m venv $Target
    if ($LASTEXITCODE -ne 0) { Fail "could not create a virtual environment in $Target." }
    $VenvPython = Join-Path $Target 'Scripts\python.exe'
    $Wheelhouse = Join-Path $Here 'wheelhouse'
    $Constraints = Join-Path $Here 'constraints.txt'
    # --isolated: no pip configuration or PIP_* variable of this machine takes part;
    # --no-index: only the bundle's wheels, never a network index.
    $PipArgs = @('-m', 'pip', '--isolated', '--disable-pip-version-check', 'install', '--quiet',
                 '--no-index', '--no-cache-dir', '--find-links', $Wheelhouse, '--constraint', $Constraints)
    & $VenvPython @PipArgs --upgrade pip
    if ($LASTEXITCODE -ne 0) { Fail 'could not install pip from the bundle.' }
    & $VenvPython @PipArgs "mlops-lifecycle-canvas==$AppVersion"
    if ($LASTEXITCODE -ne 0) { Fail 'could not install the app from the bundle.' }
    $Launcher = Join-Path $Target 'Scripts\mlops-canvas.exe'
    $Installed = & $Launcher --version
    if ($LASTEXITCODE -ne 0) { Fail 'the installed app does not start.' }
    $Ok = $true
}
finally {
    # A failed install leaves no half-made environment behind.
    if (-not $Ok -and (Test-Path -LiteralPath $Target)) { Remove-Item -LiteralPath $Target -Recurse -Force }
}
Write-Host "Installed $Installed."
Write-Host "Start it with:  $Launcher"
