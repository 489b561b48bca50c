<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>db</name>
        <message>
            <location filename="../../../db/access/language.py" line="24" />
            <location filename="../../../db/access/users.py" line="87" />
            <location filename="../../../db/record/patients.py" line="116" />
            <source>Choose Vietnamese or English.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/language.py" line="28" />
            <location filename="../../../db/access/permissions.py" line="122" />
            <location filename="../../../db/access/users.py" line="249" />
            <source>Your account is no longer active. Ask an administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/passwords.py" line="37" />
            <source>The password must have at least {least} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/passwords.py" line="39" />
            <source>The password must not be the username.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/passwords.py" line="41" />
            <source>The two passwords are not the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="137" />
            <source>nurse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="138" />
            <source>doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="139" />
            <source>admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="147" />
            <source>read patients and their clinical history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="148" />
            <source>register patients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="149" />
            <source>edit patients' contact details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="150" />
            <source>edit patients' allergies and medical notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="151" />
            <source>receive stock and edit the thread catalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="152" />
            <source>write off or recall stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="153" />
            <source>chart procedures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="154" />
            <source>void procedures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="155" />
            <source>book follow-ups and record phone calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="156" />
            <source>record review visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="157" />
            <source>record complications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="158" />
            <source>print or export patient sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="159" />
            <source>manage staff accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="160" />
            <source>change clinic settings, protocols and care texts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="161" />
            <source>view and export the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="162" />
            <source>make and restore backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="124" />
            <source>no role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/permissions.py" line="126" />
            <source>Your account ({roles}) may not {action}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/screen_lock.py" line="30" />
            <source>This account is no longer active. Another user can log in instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/screen_lock.py" line="34" />
            <source>Too many wrong passwords: this account is locked for a while. Another user can log in instead, or an administrator can unlock it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="31" />
            <source>Wrong username or password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="141" />
            <location filename="../../../db/access/users.py" line="359" />
            <source>Choose at least one role: admin, doctor or nurse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="82" />
            <location filename="../../../db/settings.py" line="99" />
            <source>Clinic name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="113" />
            <source>A user named '{username}' already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="252" />
            <source>The new password must be different from the current one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="325" />
            <source>User {user_id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="332" />
            <source>The account '{username}' was changed by another administrator after you opened it. Reload the list and make your change again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="348" />
            <source>'{username}' is the last active administrator. Give another active account the admin role first, so someone can still manage staff and settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="94" />
            <source>This clinic is already set up. Log in instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="264" />
            <source>Too many wrong passwords: your account is locked for a while. An administrator can unlock it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="269" />
            <source>The current password is not right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="422" />
            <source>The account '{username}' is not locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/access/users.py" line="394" />
            <source>You cannot deactivate your own account; another administrator can.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/audit/chain.py" line="228" />
            <source>{username} at {local}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/audit/chain.py" line="226" />
            <source>another user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/audit/chain.py" line="240" />
            <source>{what} was changed by {who} after you opened it. {advice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/audit/trail.py" line="148" />
            <source>Type a patient's record number (for example TB-000012) or id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/audit/trail.py" line="131" />
            <source>There is no user named '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/audit/trail.py" line="155" />
            <source>The end of the date range is before its start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/audit/trail.py" line="335" />
            <source>Cannot write {target}: {reason}. Choose another folder or file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/audit/trail.py" line="142" />
            <source>No patient has the record number {mrn}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/errors.py" line="28" />
            <source>Please correct: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="101" />
            <source>Choose the type of complication.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="105" />
            <source>Choose the area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="107" />
            <source>Onset date is required (dd/mm/yyyy).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="118" />
            <location filename="../../../db/record/complications.py" line="237" />
            <source>Severity is 1 (mild) to 5 (death).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="125" />
            <source>Notes are too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="134" />
            <source>Choose the outcome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="149" />
            <source>A fatal outcome is severity 5, and severity 5 is a fatal outcome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="103" />
            <source>Describe the other complication.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="109" />
            <source>Onset cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="136" />
            <source>An outcome of resolved (or fatal) needs its date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="141" />
            <source>Resolution cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="230" />
            <source>This complication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="231" />
            <source>Reload it, then add your update.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="111" />
            <source>Onset ({onset_date}) is before the procedure ({performed}): check the date or the procedure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="138" />
            <source>Leave the resolution date empty while it is not resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="143" />
            <source>Resolution ({resolved_on}) is before onset ({onset}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="162" />
            <location filename="../../../db/record/procedures.py" line="397" />
            <location filename="../../../db/record/procedures.py" line="288" />
            <source>Procedure {procedure_id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="172" />
            <source>That placement belongs to another procedure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="221" />
            <source>Complication {complication_id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/complications.py" line="166" />
            <source>That procedure was voided; choose the right one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="110" />
            <source>The protocol needs at least one follow-up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="176" />
            <source>This follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="176" />
            <source>Reload, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="91" />
            <source>Every step needs a label, for example '1 month'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="93" />
            <source>Step '{label}' must be at least one day after the procedure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="97" />
            <source>Step '{label}' is more than five years after the procedure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="101" />
            <source>Two steps are called '{label}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="174" />
            <location filename="../../../db/record/followups.py" line="232" />
            <location filename="../../../db/record/followups.py" line="402" />
            <location filename="../../../db/record/reviews.py" line="70" />
            <source>Follow-up {follow_up_id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="185" />
            <source>Give the new date (dd/mm/yyyy) and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="209" />
            <source>Say why the follow-up is cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="226" />
            <source>Choose what came of the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="190" />
            <source>Only a planned follow-up can be moved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="194" />
            <source>A follow-up must come after the procedure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/followups.py" line="215" />
            <source>This follow-up was cancelled; book a new date instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="114" />
            <source>Choose female, male or other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="108" />
            <location filename="../../../db/settings.py" line="101" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="109" />
            <source>Allergies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="110" />
            <source>Medical notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="216" />
            <source>{name}'s record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="217" />
            <source>Reload to see their changes; what you typed is still in the form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="211" />
            <location filename="../../../db/record/patients.py" line="250" />
            <source>Patient {patient_id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="222" />
            <source>Allergies and medical notes are changed by a doctor. Your other changes were not saved either; undo those two fields to save them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/patients.py" line="351" />
            <source>A page of results is 1 to {most} rows from a position of 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="97" />
            <source>Date and time of the procedure are required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="103" />
            <source>Choose the performing doctor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="105" />
            <source>Written consent must be obtained before a thread lift.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="111" />
            <source>Choose none, topical or local anaesthesia.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="113" />
            <source>Add at least one placement: area, side, lot and thread count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="131" />
            <source>Threads are not suited to nose or buttock augmentation: they cannot hold a shape long-term and complications are more likely. To go ahead, write the clinical reason (at least 10 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="137" />
            <source>Notes are too long (at most 20,000 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="167" />
            <source>Lot {lot_number} ({name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="99" />
            <source>The procedure cannot be charted before it happens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="107" />
            <source>Say when consent was obtained.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="117" />
            <source>{where}: choose the treated area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="298" />
            <source>Procedure {procedure_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="299" />
            <source>Reload it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="101" />
            <source>The date is more than five years ago: check the year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="109" />
            <source>Consent must be obtained before the procedure, not after it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="119" />
            <source>{where}: name the other area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="207" />
            <source>This patient's record is not active; open the current record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="281" />
            <source>Say why the procedure is voided (at least 5 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="292" />
            <source>Procedure {procedure_id} was already voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="121" />
            <source>{where}: choose the side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="150" />
            <source>The chosen doctor is not an active doctor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="152" />
            <source>The chosen nurse is not an active nurse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="170" />
            <source>{name} was recalled on {recalled_on} ({recall_reason}). It must not be used: choose another lot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="178" />
            <source>{name} expired on {expiry_date}, before the procedure date {day}. Choose another lot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="187" />
            <source>{name} has {left} thread(s) in stock, but {charted} are charted. Check the counts, or receive the new box first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="123" />
            <source>{where}: choose or scan the lot used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/procedures.py" line="125" />
            <source>{where}: thread count must be from 1 to {most}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="48" />
            <source>Date of the visit is required (dd/mm/yyyy).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="54" />
            <source>Unknown complication type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="56" />
            <source>GAIS is 1 (very much improved) to 5 (worse).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="58" />
            <source>Satisfaction is 1 to 5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="50" />
            <source>The visit cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="52" />
            <source>The visit cannot be before the procedure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="78" />
            <source>A review was already recorded for this follow-up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/reviews.py" line="74" />
            <source>This follow-up was cancelled; book a new one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="129" />
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="130" />
            <source>attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="131" />
            <source>no-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="132" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="78" />
            <source>{status}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="40" />
            <source>Procedure {id}: {areas}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="83" />
            <source>Follow-up {label} (procedure {procedure_id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="105" />
            <source>Complication: {kind} ({area})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="41" />
            <source>{threads} thread(s), {doctor} — voided: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="48" />
            <source>{threads} thread(s), {doctor}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="59" />
            <source>Threads of procedure {id} expected to have dissolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="60" />
            <source>{material}: about {months} months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="106" />
            <source>severity {severity}, {outcome} on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/timeline.py" line="113" />
            <source>severity {severity}, {outcome}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="19" />
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="22" />
            <source>{what} is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="24" />
            <location filename="../../../db/record/validation.py" line="82" />
            <source>{what} is too long (at most {limit} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="26" />
            <source>{what} must contain letters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="35" />
            <source>Phone number may contain only digits, spaces, '+', '-', '.' and brackets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="40" />
            <source>Phone number must have 8 to 15 digits, for example 0912 345 678 or +84 912 345 678.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="57" />
            <source>E-mail address is not valid (for example name@example.com).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="63" />
            <source>Date of birth is required (dd/mm/yyyy).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="65" />
            <source>Date of birth cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="67" />
            <source>Date of birth cannot be before 1900.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="73" />
            <source>Username must be 2 to 63 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/record/validation.py" line="33" />
            <source>Phone number is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/settings.py" line="108" />
            <source>The backup folder must be a full path, for example D:\Threadbook backups or /home/clinic/backups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/settings.py" line="112" />
            <source>Backup folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/settings.py" line="91" />
            <source>Failed logins before lock-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/settings.py" line="92" />
            <source>Lock-out minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/settings.py" line="93" />
            <source>Minutes before the screen locks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/settings.py" line="94" />
            <source>Daily backups to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/settings.py" line="102" />
            <source>Logo path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/settings.py" line="124" />
            <source>{what} must be a whole number from {low} to {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/barcodes.py" line="66" />
            <source>This is not a GS1 code from a product box. Scan the GS1 barcode or QR code that carries the GTIN, lot and expiry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/barcodes.py" line="60" />
            <source>The expiry date in the code is impossible (month or day out of range). Check the box, or type the lot and expiry from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/barcodes.py" line="65" />
            <location filename="../../../db/stock/barcodes.py" line="91" />
            <source>The GTIN's check digit is wrong: the code was misread. Scan it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/barcodes.py" line="78" />
            <source>Nothing was scanned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/barcodes.py" line="84" />
            <source>The code has no GTIN (01), so it does not say which product this is. Scan the other code on the box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/barcodes.py" line="97" />
            <source>The expiry date in the code is impossible. Check the box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="82" />
            <source>A GTIN has 8, 12, 13 or 14 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="86" />
            <source>The GTIN's check digit is wrong: check the number on the box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="94" />
            <source>Manufacturer is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="96" />
            <source>Product name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="98" />
            <source>Choose PDO, PLLA, PCL or other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="100" />
            <source>Choose mono, cog, screw or mesh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="102" />
            <source>Gauge is required (for example 19G or USP 3-0).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="104" />
            <source>Length must be between 5 and 1000 mm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="108" />
            <source>Absorption must be between 1 and 120 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="278" />
            <source>Lot number is required (printed on the box after LOT).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="282" />
            <source>Expiry date is required (dd/mm/yyyy).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="290" />
            <location filename="../../../db/stock/catalogue.py" line="408" />
            <source>Quantity must be a whole number of threads from 1 to 100,000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="292" />
            <source>Received date is required (dd/mm/yyyy).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="296" />
            <source>At most 160 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="410" />
            <source>Say why (for example: damaged packaging, dropped, expired).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="458" />
            <source>Give the recall's reason or reference (for example the notice number).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="462" />
            <source>Recall date is required (dd/mm/yyyy).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="111" />
            <source>At most {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="192" />
            <source>Reload it, then make your change again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="213" />
            <source>Product {product_id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="280" />
            <source>A GS1 lot number has at most 20 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="284" />
            <source>This lot expired on {expiry_date}; expired threads are not taken into stock. Return the box to the supplier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="294" />
            <source>Received date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="316" />
            <source>Lot {lot_id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="464" />
            <source>Recall date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="154" />
            <source>GTIN {gtin} already belongs to {manufacturer} {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="472" />
            <source>Lot {lot_number} was already recalled on {recalled_on}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="333" />
            <source>{name} is deactivated; reactivate it in the catalogue first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="420" />
            <source>Lot {lot_number} has only {left} thread(s) in stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="359" />
            <source>Lot {number} of {name} was just received on another PC. Scan the box again to add to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="371" />
            <source>Lot {number} is already in stock with expiry {expiry_date}; the box says {box_expiry}. Check the box: one lot has one expiry date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/stock/catalogue.py" line="383" />
            <source>Lot {number} was recalled: do not take it into stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="92" />
            <source>{name} is not a Threadbook backup (it is not a database file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="117" />
            <source>{name} is a Threadbook database that was never set up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="124" />
            <source>{path} was made by a newer version of Threadbook (schema {revision}). Install that version to restore it. The current database has not been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="194" />
            <source>{name} was not found. Install the PostgreSQL client tools (on Debian or Ubuntu the package postgresql-client; on Windows the command-line tools of the PostgreSQL installer) and make sure {name} is on the PATH.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="222" />
            <source>{what} failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="256" />
            <source>{path} is a Threadbook database that was never set up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="301" />
            <source>{path} is the database itself; choose another file for the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="304" />
            <source>{path} is a folder; give the backup a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="377" />
            <source>There is no file {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="380" />
            <source>An in-memory database cannot be restored into.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="382" />
            <source>{path} is the database itself, not a backup of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="83" />
            <source>There is no file {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="86" />
            <source>Cannot read {name}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="114" />
            <source>{name} is damaged ({exc}); it cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="219" />
            <source>{what} failed: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="241" />
            <source>{path} is a PostgreSQL backup, but not of a Threadbook database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="316" />
            <source>The backup could not be written to {path}: {_reason}. Check that the folder exists, is writable and has free space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="325" />
            <source>The backup to {path} failed its check: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="374" />
            <source>Open the database to restore it on a person's behalf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="435" />
            <source>The restore from {path} could not be completed: {_reason}. The current database has not been replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="99" />
            <source>{name} is a database, but not a Threadbook backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/backup.py" line="104" />
            <source>{name} is damaged ({problem}); it cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/copy_to.py" line="71" />
            <source>The target database already holds tables that are not Threadbook's. Copy into a new, empty database (see 'Several PCs' in the README).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/copy_to.py" line="84" />
            <source>The target database already holds a clinic's records; copy-to only fills an empty one, so nothing there is overwritten. Create a new database and copy into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/copy_to.py" line="158" />
            <source>copy-to copies into a PostgreSQL database: give a URL such as postgresql+psycopg://threadbook@server/threadbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/copy_to.py" line="167" />
            <source>The audit trail of this database does not verify ({message}); it is not copied. Restore a backup, or ask for help before moving it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/copy_to.py" line="197" />
            <source>Row counts differ after copying ({listed}); nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/copy_to.py" line="203" />
            <source>The copied audit trail does not verify ({message}); nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="132" />
            <source>The database refused a value ({reason}); nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="64" />
            <source>Threadbook works with SQLite or PostgreSQL, not '{backend}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="224" />
            <source>The database file {path} is damaged ({problem}). It was not opened, so nothing more has been written to it. Restore the newest good backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="56" />
            <source>'{text}' is not a database URL. Use sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/dbname.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="121" />
            <source>Cannot use database URL '{url_text}': {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="124" />
            <source>Cannot create the database folder: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="260" />
            <source>Cannot open the database: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/database.py" line="190" />
            <source>Someone else saved this record while you were editing it. Reload it to see their changes, then make yours again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/location.py" line="135" />
            <source>a network folder ({fstype} at {point})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/location.py" line="128" />
            <source>the network share {share}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/location.py" line="131" />
            <source>the network drive {drive}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/location.py" line="179" />
            <source>The database file {path} is on {where}. SQLite on a network share corrupts data when several PCs use it. Keep the file on this PC's own disk, or, for several PCs, have them share one PostgreSQL server (--database postgresql+psycopg://...).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="202" />
            <source>Connected to PostgreSQL {shown}: an empty database, which Threadbook will set up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="105" />
            <source>This computer's password store (keyring) cannot be used: {exc}. Threadbook keeps the server password only there; set up the system's password store and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="201" />
            <source>Connected to PostgreSQL {shown}: a Threadbook database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="60" />
            <source>Type the server's name or address, for example 192.168.1.10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="62" />
            <source>The port is a number from 1 to 65535; PostgreSQL's usual is 5432.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="66" />
            <source>Type the database's name, for example threadbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="68" />
            <source>Type the user (role) name the server gave this clinic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="70" />
            <source>Choose one of the encryption settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="195" />
            <source>The server runs PostgreSQL {shown}; Threadbook needs version 15 or newer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="94" />
            <source>The saved database connection in {path} cannot be read ({exc}). Choose the database again with “Database…” on the login screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="148" />
            <source>Cannot save the connection in {path}: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="169" />
            <source>Cannot remove {config_path}: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="188" />
            <source>Cannot connect: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db/storage/server_settings.py" line="190" />
            <source>Connected, but the server answered: {exc}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
