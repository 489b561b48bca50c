"""Where a SQLite file lives: a network share is refused, because SQLite's locking is unreliable
over network file systems and two PCs writing through one share corrupt the file.

The decision is a pure function of the path and what the system says about its mounts, so it is
tested against a table; `local_facts` gathers those facts from the running system.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath, PureWindowsPath

from db.errors import DatabaseError
from db.wording import say

# File systems that reach another machine. WSL's 9p/drvfs and local fuse systems are not listed.
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "fuse.sshfs",
        "sshfs",
        "afs",
        "ceph",
        "fuse.ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "webdav",
        "fuse.rclone",
        "ncpfs",
        "coda",
        "lustre",
        "afpfs",
        "fuse.s3fs",
    }
)

_MOUNTS_ESCAPE = re.compile(r"\\([0-7]{3})")
# macOS and BSD `mount` output: "//user@server/share on /Volumes/share (smbfs, nodev, ...)".
_BSD_MOUNT_LINE = re.compile(r"^(?P<source>.+?) on (?P<point>.+) \((?P<fstype>[^,)]+)")


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str


@dataclass(frozen=True)
class SystemFacts:
    """What the system reports about storage, as plain data.

    Attributes:
        windows: paths are Windows paths (drive letters, UNC).
        mounts: mount points and their file system types (Linux, macOS).
        remote_drives: upper-case drive letters that Windows reports as network drives.
    """

    windows: bool
    mounts: Sequence[Mount] = ()
    remote_drives: frozenset[str] = field(default_factory=frozenset)


def parse_proc_mounts(text: str) -> list[Mount]:
    """Lines of /proc/mounts; spaces in mount points are written as octal escapes there."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            point = _MOUNTS_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), parts[1])
            mounts.append(Mount(point, parts[2].lower()))
    return mounts


def parse_bsd_mount_output(text: str) -> list[Mount]:
    mounts = []
    for line in text.splitlines():
        if match := _BSD_MOUNT_LINE.match(line.strip()):
            mounts.append(Mount(match["point"], match["fstype"].strip().lower()))
    return mounts


def _windows_share(path: str) -> str | None:
    """The \\\\server\\share part of a UNC path (also in its \\\\?\\UNC\\ long form), else None."""
    normal = path.replace("/", "\\")
    if normal.upper().startswith("\\\\?\\UNC\\"):
        normal = "\\\\" + normal[8:]
    elif normal.startswith(("\\\\?\\", "\\\\.\\")):
        return None  # a local path in long form, or a device
    if normal.startswith("\\\\") and len(normal) > 2:
        parts = [p for p in normal[2:].split("\\") if p]
        return "\\\\" + "\\".join(parts[:2]) if parts else None
    return None


def _mount_of(path: str, mounts: Iterable[Mount]) -> Mount | None:
    """The mount holding `path`: the one with the longest mount point that contains it."""
    target = PurePosixPath(path)
    best: Mount | None = None
    for mount in mounts:
        point = PurePosixPath(mount.point)
        if (target == point or point in target.parents) and (
            best is None or len(mount.point) > len(best.point)
        ):
            best = mount
    return best


def network_location(path: str, facts: SystemFacts) -> str | None:
    """Describe the network location `path` is on ("the network share \\\\nas\\clinic"), or None.

    `path` should be absolute and resolved, so symbolic links to a share are seen through.
    """
    if facts.windows:
        if share := _windows_share(path):
            return say("the network share {share}", share=share)
        drive = PureWindowsPath(path).drive.rstrip(":").upper()
        if len(drive) == 1 and drive in facts.remote_drives:
            return say("the network drive {drive}:", drive=drive)
        return None
    mount = _mount_of(path, facts.mounts)
    if mount is not None and mount.fstype in NETWORK_FS_TYPES:
        return say("a network folder ({fstype} at {point})", fstype=mount.fstype, point=mount.point)
    return None


def _windows_remote_drives() -> frozenset[str]:
    import ctypes

    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    letters = set()
    mask = kernel32.GetLogicalDrives()
    for index in range(26):
        if mask & (1 << index):
            letter = chr(ord("A") + index)
            if kernel32.GetDriveTypeW(f"{letter}:\\") == drive_remote:
                letters.add(letter)
    return frozenset(letters)


def local_facts() -> SystemFacts:
    """Ask the running system about drives and mounts; an unreadable answer counts as local."""
    if sys.platform == "win32":
        try:
            return SystemFacts(windows=True, remote_drives=_windows_remote_drives())
        except (AttributeError, OSError):
            return SystemFacts(windows=True)
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as mounts:  # noqa: PTH123
            return SystemFacts(windows=False, mounts=parse_proc_mounts(mounts.read()))
    except OSError:
        pass
    try:
        result = subprocess.run(["mount"], capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return SystemFacts(windows=False)
    return SystemFacts(windows=False, mounts=parse_bsd_mount_output(result.stdout))


def refuse_network_location(path: str, facts: SystemFacts | None = None) -> None:
    """Raise a DatabaseError explaining why a SQLite file on a network location is refused."""
    resolved = os.path.realpath(path)
    where = network_location(resolved, facts or local_facts())
    if where is not None:
        raise DatabaseError(
            say(
                "The database file {path} is on {where}. SQLite on a network share "
                "corrupts data when several PCs use it. Keep the file on this PC's own "
                "disk, or, for several PCs, have them share one PostgreSQL server "
                "(--database postgresql+psycopg://...).",
                path=path,
                where=where,
            )
        )
