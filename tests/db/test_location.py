"""A SQLite file on a network location is refused; local disks, however named, are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.errors import DatabaseError
from db.storage.database import open_database
from db.storage.location import (
    Mount,
    SystemFacts,
    network_location,
    parse_bsd_mount_output,
    parse_proc_mounts,
    refuse_network_location,
)
from tests.conftest import sqlite_url

PROC_MOUNTS = r"""/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
nas:/export/clinic /mnt/clinic nfs4 rw,relatime,vers=4.2 0 0
//nas/records /mnt/records cifs rw,relatime,vers=3.0 0 0
//nas/Phòng\040khám /mnt/Phòng\040khám cifs rw 0 0
lan@server:/srv /home/lan/server fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdb1 /mnt/records/local-usb vfat rw 0 0
/dev/sdc1 /media/usb exfat rw 0 0
C:\134 /mnt/c 9p rw,dirsync,aname=drvfs 0 0
"""

MAC_MOUNT = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//lan@nas._smb._tcp.local/clinic on /Volumes/clinic (smbfs, nodev, nosuid, mounted by lan)
nas:/export on /Volumes/export (nfs, nodev, nosuid)
/dev/disk4s1 on /Volumes/USB Stick (msdos, local, nodev, nosuid)
"""

LINUX = SystemFacts(windows=False, mounts=parse_proc_mounts(PROC_MOUNTS))
MAC = SystemFacts(windows=False, mounts=parse_bsd_mount_output(MAC_MOUNT))
WINDOWS = SystemFacts(windows=True, remote_drives=frozenset({"Z", "N"}))


@pytest.mark.parametrize(
    ("facts", "path", "network"),
    [
        # Windows: UNC paths in every spelling, mapped drives, and local drives.
        (WINDOWS, r"\\nas\clinic\threadbook.sqlite3", r"\\nas\clinic"),
        (WINDOWS, "//nas/clinic/threadbook.sqlite3", r"\\nas\clinic"),
        (WINDOWS, r"\\?\UNC\nas\clinic\threadbook.sqlite3", r"\\nas\clinic"),
        (WINDOWS, r"\\192.168.1.10\d$\db.sqlite3", r"\\192.168.1.10\d$"),
        (WINDOWS, r"Z:\Threadbook\threadbook.sqlite3", "network drive Z:"),
        (WINDOWS, r"n:\db.sqlite3", "network drive N:"),
        (WINDOWS, r"C:\Users\Lan\AppData\Local\Threadbook\threadbook.sqlite3", None),
        (WINDOWS, r"D:\data\threadbook.sqlite3", None),
        (WINDOWS, r"\\?\C:\very\long\path\threadbook.sqlite3", None),
        (WINDOWS, r"\\.\PhysicalDrive0", None),
        # Linux: network file systems by type, including below a nested local mount.
        (LINUX, "/mnt/clinic/threadbook.sqlite3", "nfs4 at /mnt/clinic"),
        (LINUX, "/mnt/clinic", "nfs4 at /mnt/clinic"),
        (LINUX, "/mnt/records/db/threadbook.sqlite3", "cifs at /mnt/records"),
        (LINUX, "/mnt/Phòng khám/threadbook.sqlite3", "cifs at /mnt/Phòng khám"),
        (LINUX, "/home/lan/server/threadbook.sqlite3", "fuse.sshfs at /home/lan/server"),
        (LINUX, "/mnt/records/local-usb/threadbook.sqlite3", None),
        (LINUX, "/mnt/clinical/threadbook.sqlite3", None),
        (LINUX, "/home/lan/.local/share/Threadbook/threadbook.sqlite3", None),
        (LINUX, "/tmp/threadbook.sqlite3", None),
        (LINUX, "/media/usb/threadbook.sqlite3", None),
        (LINUX, "/mnt/c/Users/lan/threadbook.sqlite3", None),
        # macOS, from `mount` output.
        (MAC, "/Volumes/clinic/threadbook.sqlite3", "smbfs at /Volumes/clinic"),
        (MAC, "/Volumes/export/db/threadbook.sqlite3", "nfs at /Volumes/export"),
        (MAC, "/Volumes/USB Stick/threadbook.sqlite3", None),
        (MAC, "/Users/lan/Library/Application Support/Threadbook/threadbook.sqlite3", None),
    ],
)
def test_network_locations_are_recognised(
    facts: SystemFacts, path: str, network: str | None
) -> None:
    where = network_location(path, facts)
    if network is None:
        assert where is None
    else:
        assert where is not None and network in where


def test_mount_points_with_escaped_spaces_are_read_back() -> None:
    mounts = parse_proc_mounts(r"//nas/a\040b /mnt/a\040b cifs rw 0 0")
    assert mounts == [Mount("/mnt/a b", "cifs")]


def test_refusal_explains_the_danger_and_the_alternative() -> None:
    with pytest.raises(DatabaseError) as refused:
        refuse_network_location("/mnt/clinic/threadbook.sqlite3", LINUX)
    message = refused.value.message
    assert "/mnt/clinic/threadbook.sqlite3" in message
    assert "corrupts" in message
    assert "PostgreSQL" in message


def test_opening_a_database_on_a_share_is_refused_before_the_file_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    facts = SystemFacts(windows=False, mounts=[Mount("/", "ext4"), Mount(str(share), "nfs")])
    monkeypatch.setattr("db.storage.location.local_facts", lambda: facts)
    with pytest.raises(DatabaseError, match="network"):
        open_database(sqlite_url(share / "clinic" / "threadbook.sqlite3"))
    assert not share.exists()


def test_a_symbolic_link_to_a_share_is_seen_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    link = tmp_path / "looks-local"
    link.symlink_to(share)
    facts = SystemFacts(windows=False, mounts=[Mount(str(share.resolve()), "cifs")])
    monkeypatch.setattr("db.storage.location.local_facts", lambda: facts)
    with pytest.raises(DatabaseError, match="network"):
        open_database(sqlite_url(link / "threadbook.sqlite3"))


def test_this_machines_own_disk_is_accepted(tmp_path: Path) -> None:
    refuse_network_location(str(tmp_path / "threadbook.sqlite3"))
