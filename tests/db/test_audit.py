from sqlalchemy import text

from db.audit.chain_check import verify_chain
from db.record.patients import register_patient, update_patient
from db.storage.database import Database
from tests.conftest import Staff, patient_input


def test_chain_verifies_then_names_the_row_edited_behind_its_back(
    db: Database, staff: Staff
) -> None:
    record = register_patient(db, staff.nurse, patient_input())
    update_patient(db, staff.nurse, record.id, record.version, patient_input(phone="0911 222 333"))
    with db.read() as session:
        intact = verify_chain(session)
    assert intact.ok and intact.first_bad_seq is None

    with db.engine.begin() as connection:
        seq = connection.execute(
            text("SELECT seq FROM audit_event WHERE action = 'update'")
        ).scalar_one()
        connection.execute(
            text(
                "UPDATE audit_event SET details = replace(details, '0911', '0999') WHERE seq = :s"
            ),
            {"s": seq},
        )
    with db.read() as session:
        broken = verify_chain(session)
    assert not broken.ok
    assert broken.first_bad_seq == seq


def test_removing_the_newest_rows_is_noticed(db: Database, staff: Staff) -> None:
    register_patient(db, staff.nurse, patient_input())
    with db.engine.begin() as connection:
        last = connection.execute(text("SELECT max(seq) FROM audit_event")).scalar_one()
        connection.execute(text("DELETE FROM audit_event WHERE seq = :s"), {"s": last})
    with db.read() as session:
        check = verify_chain(session)
    assert not check.ok and check.first_bad_seq == last
