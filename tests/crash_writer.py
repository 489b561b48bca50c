"""Writes records through the db functions as fast as it can, until it is killed.

Run by tests/db/test_crash_safety.py as `python crash_writer.py URL SEED`. It imports first and
waits for a line on standard input before opening the database, so the test can start the next
writer while it checks the database the last one left. It prints `begin` as each write starts
(the test kills on these lines, landing inside a transaction) and `saved MRN` once a patient's
registration is committed (the test then expects that patient after every later kill).
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from datetime import date

from sqlalchemy import select

from db.access.permissions import Actor, logged_in_actor
from db.models import Patient, User
from db.record.patients import PatientInput, open_patient, register_patient, update_patient
from db.settings import save_settings
from db.storage.database import Database, open_database

GIVEN = ("Hương", "Lan", "Đức", "Thảo", "Minh", "Ánh", "Quỳnh", "Sơn")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Bùi")


def actors(db: Database) -> dict[str, Actor]:
    with db.read() as session:
        users = session.scalars(select(User)).all()
        return {
            u.username: logged_in_actor(u.id, u.username, u.full_name, u.role_set, "crash")
            for u in users
        }


def person(rng: random.Random) -> PatientInput:
    return PatientInput(
        full_name=f"{rng.choice(FAMILY)} Thị {rng.choice(GIVEN)}",
        date_of_birth=date(1960 + rng.randrange(40), 1 + rng.randrange(12), 1 + rng.randrange(28)),
        sex="female",
        phone=f"09{rng.randrange(10**8):08d}",
    )


def write_forever(db: Database, rng: random.Random) -> None:
    staff = actors(db)
    with db.read() as session:
        patients = list(session.scalars(select(Patient.id)))
    while True:
        print("begin", flush=True)
        roll = rng.random()
        if roll < 0.55 or not patients:
            record = register_patient(db, staff["nurse"], person(rng))
            patients.append(record.id)
            print(f"saved {record.mrn}", flush=True)
        elif roll < 0.85:
            patient_id = rng.choice(patients)
            current = open_patient(db, staff["nurse"], patient_id)
            changed = person(rng)
            edited = replace(current.as_input(), full_name=changed.full_name, phone=changed.phone)
            update_patient(db, staff["nurse"], patient_id, current.version, edited)
        elif roll < 0.95:
            open_patient(db, staff["doctor"], rng.choice(patients))
        else:
            save_settings(db, staff["admin"], {"clinic_name": f"Phòng khám {rng.randrange(1000)}"})


def main() -> None:
    url, seed = sys.argv[1], int(sys.argv[2])
    if sys.stdin.readline().strip() != "go":
        return
    db = open_database(url)
    write_forever(db, random.Random(seed))


if __name__ == "__main__":
    main()
