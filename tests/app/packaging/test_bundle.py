"""The offline bundle: its manifest, its system requirements, and an install script that
refuses a tampered archive before writing anything.

A small bundle is built from placeholder wheels: what is tested here happens
before pip runs. ``make install-check`` installs a real bundle offline.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.packaging.bundle import (
    MANIFEST,
    XCB_PACKAGES,
    build_bundle,
    install_text,
    system_floor,
    verify_manifest,
    wheel_tags,
    write_manifest,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="install.sh is the POSIX installer")
APP_WHEEL = "mlops_lifecycle_canvas-0.1.0-py3-none-any.whl"
QT_WHEEL = "pyside6_essentials-6.11.3-cp310-abi3-manylinux_2_34_x86_64.whl"
OLD_WHEEL = "markupsafe-3.0.4-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An unpacked bundle made of placeholder wheels."""
    scratch = tmp_path_factory.mktemp("bundle")
    wheels = scratch / "deps"
    wheels.mkdir()
    for name in (QT_WHEEL, OLD_WHEEL):
        (wheels / name).write_bytes(b"placeholder wheel " + name.encode())
    app_wheel = scratch / APP_WHEEL
    app_wheel.write_bytes(b"placeholder app wheel")
    built = build_bundle(app_wheel, scratch / "out", wheelhouse_from=wheels)
    assert built.archive.name.startswith("mlops-canvas-0.1.0-")
    assert (built.archive.parent / f"{built.archive.name}.sha256").read_text().split()[0] == (
        built.archive_sha256
    )
    with tarfile.open(built.archive) as archive:
        archive.extractall(scratch / "unpacked", filter="data")
    (folder,) = (scratch / "unpacked").iterdir()
    yield folder


def _copy(bundle: Path, tmp_path: Path) -> Path:
    copy = tmp_path / bundle.name
    shutil.copytree(bundle, copy)
    return copy


def _install(bundle: Path, target: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(bundle / "install.sh"), str(target)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_bundle_holds_scripts_wheels_and_a_verified_manifest(bundle: Path) -> None:
    names = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    assert {
        "install.sh",
        "install.ps1",
        "install.bat",
        "INSTALL.txt",
        "LICENSE",
        "constraints.txt",
        MANIFEST,
        f"wheelhouse/{APP_WHEEL}",
        f"wheelhouse/{QT_WHEEL}",
    } <= names
    assert verify_manifest(bundle) == []
    listed = (bundle / MANIFEST).read_text().splitlines()
    assert len(listed) == len(names) - 1  # every file but the manifest itself
    assert os.access(bundle / "install.sh", os.X_OK)
    for script in ("install.sh", "install.ps1", "install.bat"):
        text = (bundle / script).read_text("utf-8")
        assert "@VERSION@" not in text and "0.1.0" in text
    assert b"\r\n" in (bundle / "install.bat").read_bytes()
    assert b"\r\n" not in (bundle / "install.sh").read_bytes()


def test_install_text_names_python_glibc_floor_and_xcb_libraries(bundle: Path) -> None:
    text = (bundle / "INSTALL.txt").read_text("utf-8")
    minor = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert f"Python {minor} exactly" in text
    if sys.platform.startswith("linux"):
        assert "glibc 2.34 or newer" in text  # from the Qt wheel's tag, not the older one's
        assert "manylinux_2_34_x86_64" in text
        assert "Too old: RHEL/Rocky 8, Debian 11, Ubuntu 20.04" in " ".join(text.split())
        flat = " ".join(text.split())
        for package in XCB_PACKAGES:
            assert f" {package} " in f"{flat} "


@pytest.mark.parametrize(
    ("wheels", "floor"),
    [
        ([QT_WHEEL, OLD_WHEEL], "glibc 2.34"),
        ([OLD_WHEEL], "glibc 2.17"),
        (["x-1-cp311-cp311-manylinux1_x86_64.manylinux_2_28_x86_64.whl"], "glibc 2.5"),
        (["pure-1.0-py3-none-any.whl"], "any"),
        (["pyside6-6.11-cp310-abi3-macosx_13_0_universal2.whl"], "macOS 13.0"),
    ],
)
def test_system_floor_is_read_from_wheel_tags(wheels: list[str], floor: str) -> None:
    assert system_floor(wheels).describe() == floor


def test_wheel_tags_split_compressed_tags() -> None:
    assert wheel_tags(OLD_WHEEL) == ["manylinux2014_x86_64", "manylinux_2_17_x86_64"]


def test_install_text_for_pure_wheels_has_no_linux_section() -> None:
    text = install_text("1.0", ["pure-1.0-py3-none-any.whl"], "linux-x86_64", "3.11")
    assert "glibc" not in text and "Python 3.11 exactly" in text


def test_verify_manifest_finds_changed_missing_and_added_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("b")
    write_manifest(tmp_path)
    assert verify_manifest(tmp_path) == []
    (tmp_path / "a.txt").write_text("A")
    (tmp_path / "sub" / "b.txt").unlink()
    (tmp_path / "c.txt").write_text("c")
    assert verify_manifest(tmp_path) == [
        "not in the manifest: c.txt",
        "missing: sub/b.txt",
        "changed: a.txt",
    ]


@posix_only
@pytest.mark.parametrize("how", ["changed", "added", "removed", "manifest edited"])
def test_install_script_refuses_a_tampered_bundle(bundle: Path, tmp_path: Path, how: str) -> None:
    copy = _copy(bundle, tmp_path)
    wheel = copy / "wheelhouse" / APP_WHEEL
    if how == "changed":
        wheel.write_bytes(wheel.read_bytes() + b"!")
    elif how == "added":
        (copy / "wheelhouse" / "evil-1.0-py3-none-any.whl").write_bytes(b"evil")
    elif how == "removed":
        (copy / "wheelhouse" / QT_WHEEL).unlink()
    else:  # a changed wheel with its line in the manifest dropped: still not the same set
        wheel.write_bytes(b"evil")
        lines = (copy / MANIFEST).read_text().splitlines()
        (copy / MANIFEST).write_text("\n".join(x for x in lines if APP_WHEEL not in x) + "\n")
    target = tmp_path / "installed"
    done = _install(copy, target)
    assert done.returncode == 1
    assert "refused" in done.stderr and "nothing was installed" in done.stderr
    assert done.stderr.startswith("install.sh: error:")
    assert not target.exists()
    assert "Traceback" not in done.stderr


@posix_only
def test_install_script_checks_python_before_writing(bundle: Path, tmp_path: Path) -> None:
    fake = tmp_path / "python-too-old"
    fake.write_text("#!/bin/sh\necho 3.6\n")
    fake.chmod(0o755)
    target = tmp_path / "installed"
    done = _install(bundle, target, PYTHON=str(fake))
    assert done.returncode == 1
    assert "Bundle verified" in done.stdout
    assert "built for Python" in done.stderr and "but" in done.stderr and "3.6" in done.stderr
    assert not target.exists()


@posix_only
def test_install_script_refuses_a_non_empty_folder(bundle: Path, tmp_path: Path) -> None:
    target = tmp_path / "busy"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    done = _install(bundle, target, PYTHON=sys.executable)
    assert done.returncode == 1
    assert "exists and is not empty" in done.stderr
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


@posix_only
def test_failed_install_removes_the_environment_it_made(bundle: Path, tmp_path: Path) -> None:
    # The placeholder wheels verify but cannot be installed: pip fails after the venv exists.
    target = tmp_path / "installed"
    done = _install(bundle, target, PYTHON=sys.executable)
    assert done.returncode == 1
    assert "could not install" in done.stderr
    assert not target.exists()
