<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Episodes and evaluated patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes of care whose first visit falls in the period and matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated: of those, the episodes whose first visit has a signed plan. Only signed visits count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk definition: outcomes per episode of care, not per visit (value-based care: Porter and Lee, Harvard Business Review 2013)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from the referral received to the first visit: median (mean of the two middle values for an even count) and 90th percentile by nearest rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes with a referral received on or before the first visit; the others are listed as excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes per STarT Back stratum, duration class and diagnosis at the first visit (an episode can have several diagnoses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All episodes in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STarT Back: Hill JC et al. Lancet 2011; duration classes: ICSI 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal clinically important difference (MCID) reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement from the first visit&apos;s score that meets the instrument&apos;s absolute or percentage MCID threshold, and which one, at the follow-up score nearest to 6 weeks (within 14 days) and 12 weeks (within 21 days) after the first visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes with a baseline score and a score in the window. Episodes with a baseline but no score in the window are shown as missing, never dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODI and NRS thresholds: Ostelo RW et al. Spine 2008;33:90-94; PEG 30 %: a commonly used threshold, source unverified. Either threshold counts, and the report says which. The time windows are a SpineDesk rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgical referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated episodes with a surgical or fusion referral on any signed plan; the others count as not referred (surgery avoided at the spine center).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk definition: the recommended treatment per episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: an epidural injection on a signed plan. Met the criteria: every counted criterion of the ESI check met at each such plan (missing data is never met).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: evaluated episodes. Met: episodes with a recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk ESI criteria check (the strictest of the coverage rules it follows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging in the first 6 weeks without a red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging recommended on a signed plan while the episode was under 6 weeks old and the red-flag screen was complete with every item absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated episodes first seen under 6 weeks from onset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing Wisely: AAFP, AMSSM, NASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioid recommended for chronic pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opioid started or continued on a signed plan of an episode with chronic pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated episodes with chronic pain (12 weeks or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NICE NG59: do not offer; ACP 2017: only after other drugs have failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion discussed for non-specific low back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fusion referral on a signed plan where the primary diagnosis is non-specific low back pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated episodes with non-specific low back pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NICE NG59: fusion only within a randomised controlled trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 item 9 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes where every positive item-9 (self-harm) answer at a signed visit has its follow-up recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes with at least one positive item-9 answer at a signed visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk rule: a self-harm alert is shown, printed and logged, and needs a recorded action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated episodes with at least one signed follow-up visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk rule: completion is reported beside outcomes so that drop-outs stay visible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidSections</name>
    <message>
        <source>Possible benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: %1. Time: %2. Type of study: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure we are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this option?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is recovery like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studies give no figure for this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average difference on a scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smallest change that matters to patients: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points towards: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidText</name>
    <message>
        <source>Usage: spinedesk aids [list]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ok      evidence registry (%n entries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ok      decision aid %1 %2 (IPDAS checklist met)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>Record the action taken, or why no action is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the acknowledging clinician first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentLoader</name>
    <message>
        <source>the red-flag checklist cannot be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuilderText</name>
    <message>
        <source>PHQ-9 item 9 (thoughts of self-harm) answered above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STarT Back high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depressive symptoms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety symptoms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial contributors (yellow flags): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk of a poor outcome (STarT Back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched to the STarT Back %1-risk stratum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the STarT Back tool to match the care package to the patient&apos;s risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No STarT Back stratum at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-drug care first: exercise or a multidisciplinary rehabilitation programme; mindfulness-based stress reduction, yoga, tai chi, motor control exercise or cognitive behavioural therapy are options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic low back pain: start with non-drug treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-drug care first: superficial heat; massage or spinal manipulation are options. Most people improve over time whatever the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset not recorded: advice for acute or subacute pain is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute or subacute low back pain: start with non-drug treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If non-drug care has not helped: an NSAID first (lowest effective dose, shortest time, after checking gastrointestinal, renal and cardiac risk); tramadol or duloxetine second line. Opioids: NICE advises against them for chronic low back pain; ACP allows them only when other drugs have failed, after an explicit discussion of risks and realistic benefits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a medicine is wanted: an NSAID (lowest effective dose, shortest time, after checking gastrointestinal, renal and cardiac risk) or a skeletal muscle relaxant. Not paracetamol alone; no systemic corticosteroids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sciatica: no gabapentinoids, other antiepileptics, oral corticosteroids or benzodiazepines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioids are being discussed: the Opioid Risk Tool was not done at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioid Risk Tool: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication advice aligned with ACP 2017 and NICE NG59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag present: %1. Act as recorded in the red-flag screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet acknowledged: the plan cannot be signed until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged with the action taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imaging now: it is unlikely to change management. Reconsider if red flags appear or symptoms persist or progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete red-flag screen with no red flag present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESI criteria not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid injection considered. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An injection was considered in the Decision step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to a spine surgeon to discuss the chosen operation (%1). The prior-authorization summary goes with the referral: %2 of %3 documentation elements met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s choice in the %1 decision aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural-health follow-up, and psychologically informed care as part of the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please follow up the mood and anxiety screens (%1) and confirm who provides behavioural-health care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary clinician usually coordinates this care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay active and keep up usual activities as far as the pain allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-management advice at every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a graded return to usual work duties with the patient and, with consent, the employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 2–3 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up in 2–3 weeks; sooner if symptoms persist or progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute or subacute pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: agree the interval with the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk&apos;s guideline sources give no follow-up interval for chronic pain; the clinician sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat at follow-up: %1. Each is compared with this visit&apos;s baseline and its minimal clinically important difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments with an MCID administered at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain; working diagnosis to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STarT Back %1 risk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific requests to you are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is needed from you beyond usual care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationRepository</name>
    <message>
        <source>Only a physical-therapy visit has a plan of care to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the plan of care before sending it for certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date it was sent (not in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say to whom it was sent (name and fax number or address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinician recording this first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the plan of care was sent before recording the signed certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed certification for this plan of care is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the referring clinician&apos;s signature: not before the plan was sent, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the clinician who signed the certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the referring clinician changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationText</name>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct secure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first treatment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, awaiting signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent late, awaiting signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first treatment recorded: the 30-day clock has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the plan of care by %1 (1 day left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the plan of care by %1 (%2 days left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overdue: the plan of care was due to be sent by %1 (%2 days ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on %1 (%2); awaiting the signed certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sent on %1, after the deadline of %2; awaiting the signed certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicRepository</name>
    <message>
        <source>The clinic needs a name for the letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working language must be English or Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead was saved elsewhere meanwhile. Reopen the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead was changed elsewhere meanwhile. Reopen the settings to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicalDocuments</name>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left %1, right %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no MCID defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; MCID unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; MCID not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute and percentage thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; MCID reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: ICD-10-CM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes: %1 A diagnosis without a verified code is given in words only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed: no red-flag screen was recorded at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (present; action not yet recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5/5 in every tested myotome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5/5 except %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal in every tested dermatome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal except %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myotome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dermatome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensation left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensation right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed: no examination was recorded at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patellar (L4) %1; Achilles (S1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>straight-leg raise left %1, right %2; crossed straight-leg raise %3; femoral stretch left %4, right %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>antalgic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difficulty heel walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difficulty toe walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gait and function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directional preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level the findings point to (clinician&apos;s judgement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concordance with imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imaging studies recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concordance with symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conservative care recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks run from start to end (or to %1 while ongoing); physical-therapy totals add the entries recognised as physical therapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications tried</source>
        <translation type="unfinished">Medicamentos probados</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; relief %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; relief not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision aid &quot;%1&quot;, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = does not matter, 10 = matters a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s choice: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete (not every item answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: decisional conflict (positive screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: no decisional conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed: no questionnaires were completed at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STarT Back stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; matched package: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety alert, %1 (%2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged; the safety follow-up is recorded with the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT yet acknowledged; safety follow-up outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID: the minimal clinically important difference, the smallest change from the episode&apos;s baseline that patients notice as important. &quot;Reached&quot; means the improvement meets the absolute or the percentage threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianPicker</name>
    <message>
        <source>Who is using SpineDesk?</source>
        <translation>¿Quién está usando SpineDesk?</translation>
    </message>
    <message>
        <source>Choose your name. It is recorded on everything you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clinician&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clinician&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MD, DO, DPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clinician&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the new clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add clinician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>check takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2, integrity ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spinedesk backup --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spinedesk restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous database is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many synthetic patients to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the generator (0 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spinedesk demo --patients N [--seed S], with N from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial, follow-up or pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft or signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits takes only --kind, --status and --limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes initial, follow-up or pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes draft or signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this version of SpineDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make and archive the letter and handout of the N newest signed plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--documents takes a whole number from 0 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo patients with %2 visits and %3 signed plans (seed %4), and archived %5 documents, in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spinedesk [--database PATH] [--lang en|es] [COMMAND]

Without a command, SpineDesk opens its window.

Commands:
  check                              check the database&apos;s integrity and schema
  backup --out FILE                  write a checked copy of the database, even while in use
  restore FILE                       replace the database from a backup (the old file is kept)
  demo --patients N [--seed S]       add N synthetic patients with visits
  visits [--kind initial|follow-up|pt] [--status draft|signed] [--limit N]
                                     one visit a line: id, date, kind, status, patient
  score ID --answers LIST [--sex female|male]
                                     score a questionnaire without a database (JSON)
  instruments [list]                 instruments with version, licence and availability
  instruments import FILE            add licensed wording to an instrument
  aids [list]                        decision aids with version and review date
  content check                      validate every bundled and imported content file
  export fhir --visit ID --out FILE.json
                                     the visit as a FHIR R4 document (JSON)
  render decision-summary --visit ID --out FILE.pdf [--aid ID] [--large-print]
                                     the patient&apos;s copy of a decision (PDF, archived)
  report outcomes --from DATE --to DATE --out FILE.pdf|FILE.csv [--prepared-by NAME]
                                     the clinic&apos;s outcome report for employers and payers
                                     (PDF, archived) or its figures (CSV); no patient identifiers

Options:
  --database PATH                    the database file (default: %1)
  --lang en|es                       language of messages and documents
  --version                          the program&apos;s version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsiderationText</name>
    <message>
        <source>Fluoroscopy with contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT with contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluoroscopy without contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Sin registrar</translation>
    </message>
    <message>
        <source>Transforaminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interlaminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caudal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corticosteroid with local anaesthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biologic (e.g. platelet-rich plasma, amniotic tissue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextText</name>
    <message>
        <source>Run &apos;spinedesk --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the database from schema version %1 to %2; the previous file is kept at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SpineDesk database (it is not an SQLite file). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (%2). It was not changed; restore it from a backup with &apos;spinedesk restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a SpineDesk database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer SpineDesk: it has schema version %2 and this program knows version %3 at most. It was not changed; open it with a newer SpineDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but the copy before upgrading could not be made: %2. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be upgraded from schema version %2: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version is %1; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup at %1 failed its check and was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored; it failed its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be moved aside; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored file could not be put in place; the old database is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>The decision record for %1 cannot be read (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision record needs the aid and its version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferred option must be one of the options discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this decision record since you opened it. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was being considered at this visit cannot be read (%1). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed what is being considered since you opened it. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date format for the patient&apos;s summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studies give no number for this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is not in the evidence registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is not verified, so it cannot be shown to a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 (see the end of this summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources %1 (see the end of this summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options we talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What recovery is like: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions people often ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the studies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure we are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of study: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each picture shows 100 people like those in the studies. The filled, coloured figures are the people the sentence is about; the outlined figures are everyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked how much each of these matters to you, from 0 (does not matter) to 10 (matters a lot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 out of 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change your mind. Talk to your care team at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure you feel (SURE test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE score: incomplete (not every question was answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SURE score: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered yes to all four questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may want more support with this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Sin registrar</translation>
    </message>
    <message>
        <source>Where the numbers come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This summary shows no numbers from studies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this decision aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced: %1. Last reviewed: %2. Next review due: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is kept up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding and conflicts of interest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was recorded with the aid &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was recorded with version %1 of the aid, but version %2 is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aid has changed since the decision was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aid has no option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aid has no value statement &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value for &quot;%1&quot; is %2; it must be 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matters a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matters somewhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matters a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matters very much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font is installed, so the summary would print without text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries are printed in English or Spanish, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s own texts are not in the summary&apos;s language (%1). Switch the program to that language to print this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aid has no %1 text for: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision summary for %1, visit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionText</name>
    <message>
        <source>Take more time: the decision does not have to be made today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go over the options, benefits and risks again, or take the summary home to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the values exercise again to see which benefits and risks matter most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk it over with family or others you trust, and ask for a follow-up conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>Ask for at least one patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo patients for seed %1 are already in this database; choose another --seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no demo patients were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs the bundled instrument &quot;%1&quot;, which is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk for 30 minutes without stopping (demo goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lakeside Medical Spine Center (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the clinician (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRI of the lumbar spine (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramadol 50 mg as needed for two weeks (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to a spine surgeon for an opinion (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to discuss lumbar fusion (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transforaminal epidural steroid injection (demo).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisCatalogue</name>
    <message>
        <source>M54.16/M54.17 must not be coded together with M51.16/M51.17: radiculopathy due to a disc disorder is coded as the disc disorder (ICD-10-CM Excludes1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentArchive</name>
    <message>
        <source>There is no document to archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer to print on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived document is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived document could not be prepared for printing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived document could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not start the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not start page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the archived document could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not finish the job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierLoader</name>
    <message>
        <source>There is no visit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient of visit %1 cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examination cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStatus</name>
    <message>
        <source>&amp;Reload saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation type="unfinished">Todos los cambios guardados.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EsiText</name>
    <message>
        <source>Radicular pain, not axial pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare LCD L33906 family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg-dominant pain recorded at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-dominant (axial) pain recorded; axial pain is not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether back or leg pain dominates is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory: central stenosis with neurogenic claudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NICE NG59; Friedly 2014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stenosis with neurogenic claudication: epidural injection is not recommended (clinical advisory, not a coverage rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stenosis with neurogenic claudication recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Concordant imaging (MRI or CT within %n months)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>eviCore CMM-200; Medicare LCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MRI or CT recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, concordant with the symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is discordant with the symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 is older than %n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imaging date or concordance with the symptoms not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concordant neurological examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eviCore CMM-200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No examination recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings point to %1, concordant with imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination findings are discordant with imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level or concordance with imaging not stated in the examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Symptoms for at least %n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Medicare LCD; eviCore; BCBS MA 690</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset date not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Onset %1: %n week(s) before the visit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conservative care tried, including %n weeks of active physical therapy</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>BCBS MA 690; Medicare LCD; eviCore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical therapy not tolerated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conservative care recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n medication trial(s) recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Physical therapy for %n week(s); </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Physical therapy recorded without dates; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No physical therapy recorded and no reason it was not tolerated; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Physical therapy for %n week(s) only; </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>At least moderate-to-severe persistent pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCBS MA 690</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain score recorded; for the clinician to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the clinician to judge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline pain and function scores recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare LCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain: %1 (%2); function: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain score (NRS or PEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function score (ODI or PEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared decision documented with a decision aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk requirement (ICSI 2018 shared decision making)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE %1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision aid %1 version %2 used; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision aid recorded for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image guidance with contrast planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare LCD; eviCore CMM-200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image guidance not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach or number of levels not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n level(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n days since the last injection</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No previous spinal injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection history not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the last injection not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last epidural injection %1 (%n day(s) before the visit)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 in 6 months and %2 in 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An epidural injection is recorded without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the last 6 months and %2 in the last 12 months before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat only after at least %1 % relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief after the injection of %1 not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % relief after the injection of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No biologic injectate, no routine deep sedation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep sedation planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injectate or sedation not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no deep sedation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen complete and acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk requirement (red-flags.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet acted on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESI criteria: %1 of %2 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not documented: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; advisory: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary source only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified (recalled, not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified (source not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExaminationRepository</name>
    <message>
        <source>The examination of this visit cannot be read (%1). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else started this examination in another window. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this examination since you opened it. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExaminationText</name>
    <message>
        <source>L2 – hip flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3 – knee extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L4 – ankle dorsiflexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L5 – great toe extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S1 – ankle plantar flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dermatome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directional preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral shift, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral shift, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings do not point to one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging concordant with the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging discordant with the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concordance not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade strength from 0 to %1, or leave it not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An angle is recorded only for a positive test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the angle from 1 to %1 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level before its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level the findings point to before judging concordance with imaging.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseSheet</name>
    <message>
        <source>Your home exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your physical therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do these exercises at home, the way your therapist showed you. Each exercise says how much to do and how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to stop and call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop any exercise that makes you feel worse, and call us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call us at </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the emergency department now if you cannot control your bladder or bowels, you feel numb between your legs, or your legs are getting weaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your therapist&apos;s note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it gets easy: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More advice from your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reviewed: the instructions for %1 have not yet been checked by a clinical reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home exercise sheet can be printed in English only in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit has no therapy record, so there is no home exercise programme to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No home exercises were chosen at this visit; choose them in the Therapy step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home exercise programme names an exercise that is not in the exercise library: &quot;%1&quot;. Remove it or choose another exercise before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise sheet&apos;s page setup could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseText</name>
    <message>
        <source>%1: the exercise folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 set of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold each for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as your therapist showed you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the export could not be recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of visit %1 is not signed: the document is preliminary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spinedesk export fhir --visit ID --out FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &apos;%1&apos; (available: fhir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--visit takes a visit number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirText</name>
    <message>
        <source>Reason for referral: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral and bottom line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaires administered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imaging studies recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE %1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision aid %1 (version %2): preferred option %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared decision summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision aid used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: this plan is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished">Plan</translation>
    </message>
    <message>
        <source>Requests to the primary clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation letter (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter as archived, attached as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft letter, attached as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine center consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk instrument %1 (definition not available in this program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk instrument %1, version %2, revision %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine center (name not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpineDesk instrument %1, version %2, definition SHA-256 %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MCID defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID not reached (needs %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID reached (absolute threshold, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID reached (percentage threshold, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID reached (absolute and percentage thresholds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; unverified threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 against the baseline of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: MCID not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: MCID reached by the absolute threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: MCID reached by the percentage threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: MCID reached by both thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unverified threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure was repeated against the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan continues with 1 item carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan continues with %1 items carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific requests to you are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is needed from you beyond usual care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpLetter</name>
    <message>
        <source>Safety net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine follow-up: progress against baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Paciente</translation>
    </message>
    <message>
        <source>Date of visit: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Seen by: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom line: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures against baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaire of the baseline was repeated at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID: the minimal clinically important difference. &quot;Reached&quot; means the improvement from the baseline meets the absolute or the percentage threshold; the table says which. A threshold whose source is not verified is marked &quot;unverified threshold&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier signed plan in this episode to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan recorded at this visit: the plan of %1 stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (was: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: the plan of %1 continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to the primary clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutContent</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the file must start with a line &quot;---&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not closed: no second line &quot;---&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list item outside &quot;sources&quot; or &quot;numbers&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;field: value&quot; or &quot;  - item&quot; in the front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given twice (lines %1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list: one &quot;  - item&quot; per line below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a reviewer&apos;s name, or &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be absent while the file is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the date of the review (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code marks (`) are not allowed in a handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML is not allowed in a handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links and images are not allowed in a handout: it is printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an emphasis mark (** or *) is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text before the first &quot;## key&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level-1 heading: the title comes from the front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headings deeper than %1 are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a heading needs a space and a title after the # marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key (lower-case words joined by . or -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only ## and ### headings, paragraphs, &quot;- &quot; bullets and &quot;1. &quot; numbered items are allowed in a handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number &quot;%1&quot; has no citation: declare the phrase under &quot;numbers&quot; with its source [V]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not appear in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lower-case words joined by hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from the file name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; but the file is in the folder &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;library&quot; or &quot;visit-text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: at least one source from the clinical reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must end with [V] or [rule]: patient handouts state only verified facts and the clinic&apos;s own rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;phrase&quot; followed by its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source of &quot;%1&quot; must end with [V]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a translation has this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: who translated the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: there is no text after the front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text under this key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutLibrary</name>
    <message>
        <source>%1: the handout folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no English file with the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translates English revision %1, but the English file is at revision %2; update and review the translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverRepository</name>
    <message>
        <source>Say what the physiatrist needs to know: a hand-over needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinician handing over first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was done before closing the hand-over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinician closing the hand-over first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hand-over is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hand-over was changed or closed elsewhere. Refresh the list to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown clinician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverTaskDialog</name>
    <message>
        <source>Hand over to a physiatrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task goes on the patient&apos;s chart and stays in the main window&apos;s hand-over list until a physiatrist records what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the physiatrist needs to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding, what was already done, and the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the hand-over detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physiatrist the task is for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverText</name>
    <message>
        <source>Action taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acted on, because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive neurological signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Otro</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Recommended: %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan includes: %1. A physiatrist to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IconArray</name>
    <message>
        <source>An icon array has %1 icons, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count of %1 cannot be shown in an array of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome has no colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people %3; %4 of %2 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) of %3 people %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentText</name>
    <message>
        <source>class %1, wording not installed (scoring only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1, licensed wording installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1, item gists (verify against the published form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value per scored item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female or male, where scoring depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spinedesk score ID --answers LIST [--sex female|male]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument &apos;%1&apos; is unavailable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown instrument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported licensed wording from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spinedesk instruments [list] | spinedesk instruments import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spinedesk content check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok      %1 (%2 test vectors passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok      red-flag checklist (%1 conditions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok      yellow-flag checklist (%1 domains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 content file failed the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 content files failed the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok      diagnosis codes (%1 diagnoses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok      handouts (%1 files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok      exercises (%1 files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 instrument definitions, the flag checklists, the evidence registry, the decision aids, the diagnosis codes, the handouts and the exercises are valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeEntries</name>
    <message>
        <source>course of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior conservative care</source>
        <translation>Tratamiento conservador previo</translation>
    </message>
    <message>
        <source>&amp;Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End (blank if ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions &amp;attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications tried</source>
        <translation>Medicamentos probados</translation>
    </message>
    <message>
        <source>&amp;Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (side effects, why stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior injections</source>
        <translation>Infiltraciones previas</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level and side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;elief (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imaging study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging on file</source>
        <translation>Pruebas de imagen disponibles</translation>
    </message>
    <message>
        <source>&amp;Key finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded &amp;finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level (e.g. L4-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concordance with symptoms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeRepository</name>
    <message>
        <source>Someone else started this intake in another window. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this intake since you opened it. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeText</name>
    <message>
        <source>Back-dominant pain</source>
        <translation>Predomina el dolor lumbar</translation>
    </message>
    <message>
        <source>Leg-dominant pain</source>
        <translation>Predomina el dolor en la pierna</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Working, full duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working, modified duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off work because of back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Jubilado/a</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Homemaker or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Mejoró</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Empeoró</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Espalda alta</translation>
    </message>
    <message>
        <source>Low back, central</source>
        <translation>Zona lumbar, centro</translation>
    </message>
    <message>
        <source>Low back, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low back, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttock, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttock, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groin, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groin, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of thigh, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of thigh, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of thigh, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of thigh, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg below the knee, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg below the knee, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home exercise program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiropractic care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acupuncture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognitive behavioural therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multidisciplinary rehabilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yoga or tai chi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid, transforaminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid, interlaminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid, caudal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facet joint injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medial branch block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiofrequency ablation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacroiliac joint injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger point injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT myelogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc herniation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinal stenosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spondylolisthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degenerative disc disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal for age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding not coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used nicotine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former nicotine user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current nicotine user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Spine consultation: treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Paciente</translation>
    </message>
    <message>
        <source>Date of visit: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Seen by: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral and bottom line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom line: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial factors recorded (yellow flags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominant pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservative care so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination</source>
        <translation type="unfinished">Exploración</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s goals, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision aid was used at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished">Plan</translation>
    </message>
    <message>
        <source>Epidural steroid injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departs from the matched package because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [unverified]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-value-care advisory kept: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Reason: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to the primary clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please re-refer urgently, or send the patient to the emergency department, if any of these appear:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cauda equina features: new bladder or bowel dysfunction, reduced saddle (perineal) sensation, bilateral leg pain or neurological symptoms: emergency, same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive or new leg weakness, or a deficit at more than one level: urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever with back pain, especially with intravenous drug use, immunosuppression or a recent spinal procedure: urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe night or rest pain, unexplained weight loss, or a history of cancer with new pain: prompt review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine center: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring clinician: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation type="unfinished">Adendas</translation>
    </message>
    <message>
        <source>This letter shows the plan as amended by the latest addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronically signed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: this letter is a draft and must not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over this episode (%2 to %3, %4 is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages, including this cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fax contains confidential health information that is protected by law. It is intended only for the recipient named above. If you are not that recipient, do not read, copy or pass on its contents; please call the sender at the phone number above and destroy all pages received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LowValueText</name>
    <message>
        <source>Imaging within the first 6 weeks of back pain, with a complete red-flag screen and no red flag present, is low-value care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State how the result would change management; otherwise imaging is not recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioids for chronic low back pain: the guidelines differ. NICE says do not offer them; ACP allows them only after other drugs have failed and after an explicit discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioid Risk Tool: not done at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioid Risk Tool: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioids for chronic sciatica: NICE says do not offer them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paracetamol alone for low back pain: NICE says do not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antidepressants for low back pain: the guidelines differ. NICE says do not offer SSRIs, SNRIs or tricyclics for pain; ACP lists duloxetine as a second-line option for chronic low back pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anticonvulsants and gabapentinoids for low back pain or sciatica: NICE says do not offer them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemic corticosteroids are not beneficial for acute or subacute low back pain, with or without radicular symptoms; NICE says do not offer oral corticosteroids for sciatica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benzodiazepines for sciatica: NICE says do not offer them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TENS and other electrotherapy, traction, belts or corsets and orthotics: NICE says do not offer them for low back pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acupuncture: the guidelines differ. NICE says do not offer it; ACP lists it as an option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinal injections for non-specific low back pain: NICE says do not offer them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An epidural injection without a radicular indication: NICE says do not offer spinal injections for non-specific low back pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural injection for neurogenic claudication in central spinal stenosis: NICE says do not offer it, and a randomised trial found no added benefit of steroid. Medicare coverage policies do include this indication, so this advisory is clinical, not about coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinal fusion for non-specific low back pain: NICE says offer it only within a randomised controlled trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed rest for more than 48 hours is commonly listed as low-value care (unverified source).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeCharts</name>
    <message>
        <source>ODI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRS back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRS leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from referral to first visit (%1 counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from referral to first visit: no patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID reached, not reached and missing follow-up, of eligible episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (MCID unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per cent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeFigureText</name>
    <message>
        <source>Numerator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n excluded (no referral date, or a referral after the visit)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from referral received to first visit: median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from referral received to first visit: 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes with a referral date before the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated (first visit&apos;s plan signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STarT Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: MCID reached at %2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(MCID unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 eligible without a score; reached by the absolute threshold %3, by the percentage alone %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical sources do not confirm this MCID: the figure is shown as unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to a surgeon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referred to a surgeon (surgery avoided at the center)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid injection recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESI recommendations that met the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging in the first 6 weeks without a red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioid recommended for chronic pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion discussed for non-specific low back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes with a PHQ-9 item 9 (self-harm) alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 item 9 alerts with their follow-up recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated patients seen at a signed follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeReport</name>
    <message>
        <source>the first record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (MCID unverified [%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no threshold in the instrument library; not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % improvement from the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Unverified [%1]: not yet checked against a published source; read the figure with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic outcome report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes of care with a first visit from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts are episodes of care from signed visits. Every percentage gives its numerator and denominator; &quot;no patients&quot; means there was no one to count. The report names no patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated (first visit&apos;s plan signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from referral to first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1, 90th percentile %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID reached at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated patients seen again at a follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to a surgeon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referred to a surgeon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from referral received to first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes counted (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded: no referral date, or a referral dated after the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STarT Back risk group at the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STarT Back risk group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of the episode at the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration at the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions on the first visit&apos;s problem list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An episode may have more than one condition, so the conditions can add up to more than the episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal clinically important difference (MCID) reached, of the eligible episodes (a baseline score at the first visit) that have a score in the time window; those without one are counted as missing, never dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the absolute threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the percentage alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion: eligible episodes with a score in the window. &quot;By the percentage alone&quot;: reached by the percentage threshold but not by the absolute one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated patients with at least one signed follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the evaluated patients (the first visit&apos;s plan signed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referred (surgery avoided at the spine center)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgical referral, of evaluated patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid injection recommended, of evaluated patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations that met the criteria, of those recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-value care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging in the first 6 weeks without a red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioids recommended for chronic pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion discussed for non-specific low back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated patients in their first 6 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated patients with chronic pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated patients with non-specific low back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better. Each is counted when the advisory was kept on a signed plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioids, chronic pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion, non-specific pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-value care, of the patients each applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes with a positive PHQ-9 item 9 (self-harm) alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the follow-up of every alert recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules for every measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes of care, not visits: each episode counts once, in the period that holds its first visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed visits only: a draft visit or plan is never counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window at %1: the score nearest to %2 weeks after the first visit, within %3 days either side (ties go to the earlier score). A SpineDesk rule: the sources name time points, not windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID reached: the improvement from the baseline meets the absolute or the percentage threshold of the instrument; the report says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages are rounded to whole numbers and always printed with their numerator and denominator; &quot;no patients&quot; when the denominator is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small numbers are printed as they are, not suppressed; they vary widely from one period to the next. The report carries no patient identifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome report must start on an empty document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font is installed, so the report would print without text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>Cancelled; the outcome figures were not updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesCsv</name>
    <message>
        <source>Episodes of care with the first visit in the period (signed visits only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes whose first visit&apos;s plan is signed, of all episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated patients with at least one signed follow-up visit, of evaluated patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from referral received to first visit (empty: no patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (nearest rank) of days from referral received to first visit (empty: no patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes counted for access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes excluded from access: no referral date, or a referral dated after the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STarT Back risk group at the first visit, of all episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration class at the first visit, of all episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition on the first visit&apos;s problem list, of all episodes (an episode may have several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (MCID unverified [%1])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID reached (absolute or percentage threshold), of eligible episodes with a score in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached by the absolute threshold, of those reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached by the percentage threshold alone, of those reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible (a baseline score at the first visit), of all episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing follow-up (no score in the window), of eligible episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to a surgeon, of evaluated patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referred to a surgeon (surgery avoided at the spine center), of evaluated patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid injection recommended, of evaluated patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended injections that met the criteria, of those recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging in the first 6 weeks without a red flag, of evaluated patients in their first 6 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioids recommended for chronic pain, of evaluated patients with chronic pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion discussed for non-specific low back pain, of evaluated patients with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes with a positive PHQ-9 item 9 (self-harm) alert at a signed visit, of all episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes with the follow-up of every item 9 alert recorded, of episodes with an alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaSummary</name>
    <message>
        <source>Spine-center visit summary for prior authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the surgeon&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Paciente</translation>
    </message>
    <message>
        <source>Date of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of this summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine-center clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This summary reports what the spine-center visit documented against common prior-authorization elements. It is not a coverage decision; the payer decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception to the conservative-care requirement (rapid motor loss or cauda equina syndrome): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurological examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age: whole months from the study to the date of this summary (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-reported outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed: no questionnaires recorded in this episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservative care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicotine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded or tested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cotinine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert (%1, %2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged; the safety action is recorded with the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed: no depression or anxiety screen at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural-health care in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision aid was used at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed: no readiness checklist was computed for this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged from the record as of the visit date (%1): %2 of %3 applicable elements documented as met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid injection criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronically signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">Firmada</translation>
    </message>
    <message>
        <source>Not signed: this summary is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished">N.º de historia</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font is installed, so the document would print without text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page to print on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be opened for painting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientHandout</name>
    <message>
        <source>The %1 is not available in %2 yet: there is no reviewed %2 text for it. Print it in another language the patient reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %2 text of the %1 is a draft translation that no qualified reviewer has checked; drafts are never printed for a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout&apos;s page setup could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit has no plan yet. Make the plan before printing the patient handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no handout &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handout &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>A patient with MRN %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this patient&apos;s details since you opened them. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The stored %1 cannot be read (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan of visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addendum %1 of visit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else started this plan in another window. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was changed or signed elsewhere since you opened it. Reopen the visit to see the current plan; your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is already signed; add an addendum instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved plan for this visit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signing clinician first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was signed elsewhere since you opened it. Reopen it to see the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the plan changes: an addendum needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinician writing the addendum first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addenda are for signed plans; a draft can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addendum does not change the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan revision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Matched care package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice and self-management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologically informed physical therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSAID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skeletal muscle relaxant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paracetamol (acetaminophen) alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antidepressant (SSRI, SNRI or tricyclic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anticonvulsant or gabapentinoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemic corticosteroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benzodiazepine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive modality (TENS, traction, brace, orthotics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acupuncture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging not needed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinal injection (not epidural)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to a spine surgeon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral for spinal fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural-health follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires to repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to the primary clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Otro</translation>
    </message>
    <message>
        <source>The plan has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 has no target date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 has a target date that is not after the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least one goal with the patient: specific, functional, with a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bottom line for the referring clinician is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PtPlanOfCare</name>
    <message>
        <source>%1 (not in the exercise library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical therapy plan of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Paciente</translation>
    </message>
    <message>
        <source>Date of evaluation: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Physical therapist: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please review this plan of care and sign the certification at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: this plan of care is not ready to be certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination</source>
        <translation type="unfinished">Exploración</translation>
    </message>
    <message>
        <source>Movement testing (repeated movements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment-based classification (therapist&apos;s judgement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lumbar range of motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished">Dolor</translation>
    </message>
    <message>
        <source>painful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range graded by observation; no degrees measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values as measured, for comparison at re-evaluation; no reference values are applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term functional goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehabilitation potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; minutes not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type, amount, frequency and duration of therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No therapy lines recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of care starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First treatment session (day of the evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment was given on the day of the evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Otro</translation>
    </message>
    <message>
        <source>Patient&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home exercise programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has an illustrated copy of this programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over to the physiatrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical therapist&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronically signed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT, not signed: this plan of care must not be sent for certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First treatment: not yet given. The plan of care is to be sent within %1 days of the first treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First treatment: %1. Plan of care to be sent within %2 days of the first treatment: by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign and return by fax to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign and return to %1 (phone %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign and return to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification by the referring clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have reviewed this plan of care and certify that the services are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certified with changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certified as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return recorded: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be completed by the referring clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be completed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified with changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of the referring clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare initial certification, dates of service from 1 January 2025: a signed and dated order plus one transmission of the plan of care to the referring provider within %1 days of the first treatment (Noridian, &quot;Outpatient Therapy Certification Plan of Care&quot;, updated September 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit has no therapy record, so there is no plan of care to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licensed wording of this questionnaire is not installed. Use the clinic&apos;s licensed paper form; this sheet lists the sections and answer positions only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item texts are summaries from the clinical reference, not the published wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font is installed, so the form would print without text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessText</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis with concordant imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no imaging recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no study recorded as concordant with the symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging not older than 6 months (fusion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no dated concordant study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion is not being considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurological examination correlating with imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no examination recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1; imaging %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pain score (NRS or PEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated pain and function scores, dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 3 months (fusion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 6 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure of conservative care: %1, with drug trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dated conservative care recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 weeks of dated care; %n drug trial(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no physical therapy recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 weeks, %n session(s) attended</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active physical therapy at least 6 weeks (attended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cotinine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicotine-free status (elective fusion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural-health screens; no unmanaged disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 and GAD-7 not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elevated: document treatment or follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag exception to the conservative-care duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no urgent or emergency red flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagRepository</name>
    <message>
        <source>The red-flag screen of this visit cannot be read (%1). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else started this red-flag screen in another window. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this red-flag screen since you opened it. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored red-flag screen cannot be read (%1); it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded acknowledgement cannot be changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each acknowledgement needs the clinician, the time, the flags it covers, and the action taken or a reason for not acting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagText</name>
    <message>
        <source>Routine review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 red flag present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 red flags present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; red-flag screen incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen complete: all items absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record which clinician acknowledged the flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the flag was acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the action taken, or the reason for not acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag of “%1” is marked present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not marked present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no red flag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderText</name>
    <message>
        <source>There is no visit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 has no decision record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 has no decision record for %2 (recorded: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 has decision records for %2; choose one with --aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision aid %1 is not available, so its summary cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was written but could not be archived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes, SHA-256 %3); archived as document %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision aid, when the visit has several records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spinedesk render KIND --visit ID --out FILE.pdf [--lang en|es] [--large-print]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document kind &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--visit takes a visit number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of visit %1 is not signed: every page says DRAFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo %1 for visit %2 could not be made: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA summary: the surgeon it is addressed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library handout to print (with KIND library-handout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the handout with --handout ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter and PT plan of care: add a fax cover sheet as the first page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommandText</name>
    <message>
        <source>Usage: spinedesk report outcomes --from DATE --to DATE --out FILE.pdf|FILE.csv [--prepared-by NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the export could not be recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the outcome figures of %1 episodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 episodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome figures up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF or CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name printed as the report&apos;s author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report &apos;%1&apos; (available: outcomes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must end in .pdf or .csv, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome figures could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: outcome figures of %2 episodes of care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employers and payers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was written but could not be archived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 episodes of care, %3 bytes, SHA-256 %4); archived as document %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseRepository</name>
    <message>
        <source>Someone else changed this questionnaire since you opened it. Your answers were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleShift</name>
    <message>
        <source>%1 points better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (worse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average there was no difference between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average, %1 came out %2 than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely range: from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest change most people notice: %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale runs from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range needs both ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest noticeable change must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: %1, from %2 to %3; %4 is best.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignCheckText</name>
    <message>
        <source>The red-flag checklist could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit&apos;s red-flag screen could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the patient over to a physiatrist for this red flag first (Therapy step): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignGuardText</name>
    <message>
        <source>Record which clinician acknowledged the alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the alert was acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the action taken, or the reason for not acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag “%1” (%2, %3): record the action taken or the reason for not acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety alert “%1” from %2: record the action taken or the reason for not acting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidChoiceSection</name>
    <message>
        <source>Discussed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option the patient prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Patient, spouse, Dr Lee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Paciente</translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidFooter</name>
    <message>
        <source>Version %1 · produced %2 · last reviewed %3 · next review by %4. Funding and conflicts of interest: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this decision aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4; %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in the evidence registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this aid is kept up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources and updates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidKnowledgeCheck</name>
    <message>
        <source>A few questions to check the information was clear. This is not a test of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite: the answer is “%1”. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered: the answer is “%1”. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidSureSection</name>
    <message>
        <source>Sure of myself: feeling certain which choice is best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understand information: knowing the benefits and risks of each option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk–benefit ratio: being clear which benefits and risks matter most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encouragement: having enough support and advice to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four questions for the patient, answered yes or no, about the decision just discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE item %1: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE item %1: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisional conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SURE test could not be loaded (%1); its items are shown in brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE: incomplete (%1 of %2 answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE score: %1 of %2 — no decisional conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE score: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisional conflict: a SURE score below 4 is a positive screen. Talk it through before the decision is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (item %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidValuesSection</name>
    <message>
        <source>How much does each of these matter to you? There are no right or wrong answers. 0 means it does not matter to you, 10 means it matters a lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much it matters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 does not matter, 10 matters a lot. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the mark for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your values beside the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a score. It shows which of the things you marked each option fits with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing marked yet that points this way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidView</name>
    <message>
        <source>⚠ This decision record was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the saved decision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision aid sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. What matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. SURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to people like you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURE test for decisional conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resent to the patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a large, uncluttered window with this section, for turning the screen to the patient or showing it on a second monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the decision record now; changes are also saved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option grid: the options in columns, your questions in rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each picture shows 100 people like you. The coloured block shows how many had this outcome; every option is shown out of the same 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the studies give an average difference on a scale, a line shows the scale and an arrow shows how far one option came out ahead on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was made with version %1 of the aid; it is now version %2. Saving records it against version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Guardando…</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second screen (%1) is connected. Show the presentation there, full screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &amp;second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;this screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::Application</name>
    <message>
        <source>SpineDesk cannot open the clinic database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic database was upgraded from schema version %1 to %2. The previous file is kept at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::AssessmentPage</name>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter or edit (clinician)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand to the &amp;patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-screen self-entry, one question per screen; staff unlock to leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the %1 alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken, or the reason for not acting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STarT Back stratum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched pathway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STarT Back not completed: no stratum yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change from baseline %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaires yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A positive PHQ-2 or GAD-2 leads on to the rest of PHQ-9 or GAD-7. Choose an unlock code (4 digits or more) that staff will type to leave the patient mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock code for staff (4 digits or more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit cannot be signed until this is acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires due by the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the next due questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next questionnaire due by the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by the plan of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at this follow-up (the baseline&apos;s questionnaires): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due by the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID reached (absolute and percentage thresholds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID reached (absolute threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID reached (percentage threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::CertificationBox</name>
    <message>
        <source>Certification of the plan of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the plan of care was sent to the referring clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record signed &amp;certification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the referring clinician&apos;s signed certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certification status for this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First treatment %1; send by %2 (30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 by %2 to %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived document %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the transmission and the signed return is available once the visit is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once the visit is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the transmission first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, fax %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made %1 (SHA-256 %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transmission was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transmission was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed certification was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed certification was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::CertificationListPanel</name>
    <message>
        <source>Plans of care awaiting certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished">N.º de historia</translation>
    </message>
    <message>
        <source>Referring clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan of care is awaiting certification.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::CertificationReturnDialog</name>
    <message>
        <source>Signed certification received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date on the referring clinician&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;with changes to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the referring clinician made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the signature date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature cannot be dated before the plan was sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::ClinicSettingsDialog</name>
    <message>
        <source>Clinic letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every letter, handout and summary. Letters to referring clinicians are written in the working language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, one line per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished">&amp;Teléfono</translation>
    </message>
    <message>
        <source>Clinic fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working language of the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead needs the clinic&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number of 7 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a fax number of 7 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Close and open this dialog again to see the saved letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read as an image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be converted to PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo of %1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::Clinician</name>
    <message>
        <source>Physiatrist</source>
        <translation>Médico rehabilitador</translation>
    </message>
    <message>
        <source>Physical therapist</source>
        <translation>Fisioterapeuta</translation>
    </message>
    <message>
        <source>Other clinician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::ClinicianPicker</name>
    <message>
        <source>No clinicians yet. Add yourself below; your name is recorded on everything you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name. It is recorded on everything you sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::DateField</name>
    <message>
        <source>YYYY-MM-DD or MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::DecisionPage</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Sin registrar</translation>
    </message>
    <message>
        <source>⚠ What is being considered was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload what is being considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open decision aids and the ESI criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESI criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a suggested decision aid, or choose any aid on the left, to go through it with the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurogenic claudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain, heaviness or weakness on walking or standing, eased by sitting or bending forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurogenic &amp;claudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;urgery discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fusion discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid &amp;injection considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid injection considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels are contiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injectate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inj&amp;ectate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep sedation planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deep sedation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: no prior spinal in&amp;jections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: no previous spinal injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if physical therapy was not tolerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why physical therapy was not tolerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why &amp;physical therapy was not tolerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from this visit&apos;s record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any decision aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen decision aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An&amp;y aid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available (fix the file or update SpineDesk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision aids are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Guardando…</translation>
    </message>
    <message numerus="yes">
        <source>The intake lists %n previous injection(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the decision aid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This aid is not available; see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. Suggestions come from the dominant pain and the imaging in the intake, and from what is being considered above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instrument is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved decision records cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision record for “%1” (version %2) is saved with this visit, but the aid cannot be opened now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::DocumentArchiveView</name>
    <message>
        <source>Archived documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed from the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addendum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinician %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::DocumentsPage</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of this visit is not signed: every document prints DRAFT on every page. Sign the visit to send final documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;fax cover sheet as page 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax cover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the clinic&apos;s working language, for the referring clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">Inglés</translation>
    </message>
    <message>
        <source>Spanish (español)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (from the patient&apos;s record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgeon&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the surgeon the summary is addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surgeon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the handout language chosen above; large print applies too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive: what was printed or sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprint exactly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint the archived document exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the archived document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library handouts in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referring clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surgeon&apos;s office or payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was made but could not be archived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived document was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived document does not match its recorded SHA-256 and was not reprinted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was reprinted, but the reprint could not be recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was saved, but it could not be recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: printed from the preview and archived (SHA-256 %2…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: printed and archived (SHA-256 %2…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: saved to %2 and archived (SHA-256 %3…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the archived pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>The archived document was reprinted exactly, and the reprint recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived document was saved to %1, and the copy recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of care (for certification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the referring clinician to sign and return: diagnoses, long-term goals, and the type, amount, frequency and duration of therapy, with a certification block. Record when it was sent on the Therapy step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home exercise programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the patient: each exercise with its picture, dose, how to progress and when to stop. In the handout language chosen below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large &amp;print exercise sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print exercise sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::Duration</name>
    <message>
        <source>Acute (less than 4 weeks)</source>
        <translation>Aguda (menos de 4 semanas)</translation>
    </message>
    <message>
        <source>Subacute (4 to 12 weeks)</source>
        <translation>Subaguda (de 4 a 12 semanas)</translation>
    </message>
    <message>
        <source>Chronic (12 weeks or more)</source>
        <translation>Crónica (12 semanas o más)</translation>
    </message>
    <message>
        <source>Unknown (no onset date)</source>
        <translation>Desconocida (sin fecha de inicio)</translation>
    </message>
</context>
<context>
    <name>SpineDesk::EntryTable</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Edit the selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::EsiCriteriaPanel</name>
    <message>
        <source>Checked against this visit&apos;s own records. Missing data is never counted as met; SpineDesk does not approve injections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESI criteria summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural steroid injection criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data judged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::ExaminationPage</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This examination was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the saved examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myotomes and dermatomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensation L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensation R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength 0–5, or “—” when not tested. Sensation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 strength, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sensation, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patellar (L4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achilles (S1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neural tension tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight-leg raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight-leg raise, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight-leg raise angle, %1, degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The angle at which the test became positive; blank when not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed straight-leg raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Femoral nerve stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Femoral nerve stretch, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gait and movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gait description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antalgic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty heel walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty toe walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directional preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directional preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level the findings point to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side of that level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level the findings point to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concordance with imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imaging concordance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Guardando…</translation>
    </message>
    <message>
        <source>Not saved: correct the findings marked ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, except the findings marked ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::ExerciseFigureWidget</name>
    <message>
        <source>Exercise picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise to see its picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::FieldErrorLabels</name>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::FirstSessionEditor</name>
    <message>
        <source>Same-day first treatment session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first &amp;treatment was given today, after the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First treatment session given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the first treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first treatment date starts the 30 days for sending the plan of care for certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was explained, e.g. pain is not damage; keep active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises taught, from the home programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercises to the home programme below to tick the ones taught.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual therapy given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique and region; empty when none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual t&amp;herapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other treatment given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ot&amp;her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s response to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response in the therapist&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. leg pain centralised after repeated extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the home programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::FlagScreenEditor</name>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation type="unfinished">Todos los cambios guardados.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Guardando…</translation>
    </message>
    <message>
        <source>This visit is signed; record changes as an addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The red-flag checklist cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This screen was changed elsewhere. Reload the saved version, then record the acknowledgement again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::FunctionalTestsEditor</name>
    <message>
        <source>Functional tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No functional test recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a functional test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a functional test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are recorded as measured; no reference values are applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. used arms, stopped by leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Quitar</translation>
    </message>
    <message>
        <source>Functional test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of functional test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on functional test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove functional test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with functional test %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::GoalsEditor</name>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal (specific and functional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the patient wants to be able to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the goal should be reached by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date must be after the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific and functional, with a date: what the patient will be able to do, and by when.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::HandoverDoneDialog</name>
    <message>
        <source>Hand-over done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. seen the same day; MRI requested; continue physical therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::HandoverListPanel</name>
    <message>
        <source>Open hand-overs to physiatrists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished">N.º de historia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected hand-over done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open hand-overs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over not marked done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::HandoverPanel</name>
    <message>
        <source>Hand over to the physiatrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the record calls for a hand-over (no red flag needing action, no injection or surgery question in the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over tasks of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over to physiatrist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a hand-over task for a physiatrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hand-over task for this visit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks for this visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a hand-over task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over task created; it is listed in the main window until a physiatrist marks it done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over task was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::HandoverTaskDialog</name>
    <message>
        <source>Any physiatrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the physiatrist needs to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any physiatrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — for %2, created %3 by %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: waiting for a physiatrist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::HomeProgramEditor</name>
    <message>
        <source>Home exercise programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the &amp;programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the exercise to the home programme with its starting dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some library exercises could not be read and are not offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in the home programme, in print order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the exercise up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the exercise down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the exercise from the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the patient on this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under the exercise, e.g. stop if leg pain spreads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General advice on the exercise sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional general advice printed on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General &amp;advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the exercise library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the directional preference (Examination step) and the classification above to see the exercises that suit them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library exercise is marked for directional preference “%1” and classification “%2”; choose from the whole library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Suggested first (%1 of them): exercises for directional preference “%2” and classification “%3”. A suggestion only: you choose and dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise is not in the library and cannot be printed; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a problem; see the message beside the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::IconArrayWidget</name>
    <message>
        <source>This picture cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::InstrumentForm</name>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — clinician entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Licensed wording is not installed: transcribe from the clinic&apos;s licensed paper form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Item texts are summaries from the clinical reference, not the published wording; ask from the published form until verbatim wording is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex used for scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored for &amp;sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computable yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sex used for scoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print blank form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1    Date of birth: %2    MRN: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::IntakePage</name>
    <message>
        <source>⚠ This intake was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Pain onset date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain &amp;onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back- or leg-dominant pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dominant pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain diagram regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and goals</source>
        <translation>Trabajo y objetivos</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals in the patient&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ccupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals, in the patient&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Todos los cambios guardados.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — 1 week since onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 weeks since onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the saved intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicotine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicotine status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the nicotine status was recorded or tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cotinine result, as reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As reported, with units and date; blank if not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nicotine status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded or &amp;tested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coti&amp;nine result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished">La fecha no puede ser futura.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::LowValueBanner</name>
    <message>
        <source>Low-value-care advisories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources (not verified): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep this item anyway, say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to keep the item despite the advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 advisory; advisories never block signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 advisories; advisories never block signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, with the reason recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered. This does not block signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::MainWindow</name>
    <message>
        <source>SpineDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, MRN or date of birth</source>
        <translation>Buscar por nombre, n.º de historia o fecha de nacimiento</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>Visitas recientes</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to SpineDesk&lt;/h2&gt;&lt;p&gt;There are no patients in this clinic database yet.&lt;/p&gt;&lt;p&gt;Add the first patient with their referral, or load synthetic demo patients to look around.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>Cargar datos de &amp;demostración…</translation>
    </message>
    <message>
        <source>Choose a patient on the left, or add a new patient (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SpineDesk</source>
        <translation>&amp;Acerca de SpineDesk</translation>
    </message>
    <message>
        <source>About SpineDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SpineDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The desk of a medical spine center: assessment, shared decisions, plans and outcomes.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many synthetic patients? They are fictitious and marked as demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was copied to %1 and the copy was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open visit has changes that could not be saved. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;letterhead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand&amp;outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library handouts are installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-overs to physiatrists (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand-overs to physiatrists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans of care awaiting certification (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans of care awaiting &amp;certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::MovementTestingEditor</name>
    <message>
        <source>Movement testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directional preference from the Examination step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response to repeated movements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement testing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. repeated extension in lying, 3 sets of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment-based classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the classification rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification n&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your judgement: SpineDesk records the classification and does not infer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directional preference recorded on the Examination step: %1 (change it there)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::OutcomeDashboard</name>
    <message>
        <source>Outcome dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuild the figures now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the outcome figures now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;build figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the outcome figures from the signed visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputes every episode&apos;s outcome row from the signed visits, then reloads the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome figures have not been loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list the patients behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a figure to list the patients behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID reached: the improvement from the first visit meets the absolute or the percentage threshold (the table says which). Episodes without a score in the window are counted as missing, never dropped. Figures marked “MCID unverified” use a threshold the clinical sources do not confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surgery and injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery and injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low-value care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-value care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;fety and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the outcome figures from the signed visits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Rebuilding the outcome figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome figures are not available: their rebuild was cancelled. They are rebuilt from the signed visits, which can take a while with many patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome figures are not available: their rebuild failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome figures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 episodes of care match the filters; %3 evaluated (first visit&apos;s plan signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STarT Back strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery and injections, of evaluated episodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::OutcomeFigureModel</name>
    <message>
        <source>Counted per episode of care: a patient with two episodes counts twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::OutcomeFilterBar</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician at the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ndition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::OutcomePatientModel</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished">N.º de historia</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::OutcomePatientsDialog</name>
    <message>
        <source>Patients behind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients behind the figure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which patients to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counted (numerator): %n episodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All considered (denominator): %n episodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing or excluded: %n episodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished">Pacientes</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the patient list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 episodes; scroll down for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n episodes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No patients in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every patient could be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::PatientChart</name>
    <message>
        <source>Episodes of care and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode or visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — born %2 (%3 years) — %4 — MRN %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits yet. Choose New visit to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New episode of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Low back pain with right leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the visit date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the visit date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the patient&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new referral for this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-overs to physiatrists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score trends of the selected episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and score trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3, %4 is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores in this episode yet: trends appear once a questionnaire is scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score trends of this episode (dashed line: baseline; dotted: the verified MCID threshold; shaded: the instrument&apos;s bands).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::PatientDialog</name>
    <message>
        <source>New patient and referral</source>
        <translation>Nuevo paciente y derivación</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>&amp;MRN</source>
        <translation>N.º de &amp;historia</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>&amp;Idioma preferido</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>New referring clinician…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring primary clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;actice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;irect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the patient was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral cannot predate the patient&apos;s birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::PatientListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N.º de historia</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
</context>
<context>
    <name>SpineDesk::PatientModeWindow</name>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: leave patient mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright and attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you — please hand the device back to the clinic staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Change my last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and change the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For clinic staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the unlock code to leave the questionnaire. Patients: please tap &quot;Return to the questions&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock and leave patient mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer could not be saved. Please ask the clinic staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not correct. Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked. Patient mode can now be closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::PlanItemCard</name>
    <message>
        <source>Removed (kept on record, not proposed again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggestion as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Quitar</translation>
    </message>
    <message>
        <source>Remove from the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back into the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for departing from the matched package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for &amp;departing from the matched package:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::PlanItemsView</name>
    <message>
        <source>Plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet. Add what is planned below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is planned (new item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new item to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new suggestion from the record: accept, edit or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new suggestions from the record: accept, edit or remove each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::PlanOfCareEditor</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For certification by the referring clinician the plan of care needs diagnoses, long-term functional goals, and the type, amount, frequency and duration of therapy. Diagnoses and long-term goals are entered on the Plan step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No therapy line yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;therapy line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line to the plan of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of care start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first treatment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehabilitation potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, in your words, e.g. good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehabilitation &amp;potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan of care still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail, e.g. directional-preference exercises, progressing to loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Quitar</translation>
    </message>
    <message>
        <source>Therapy line %1: type of therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy line %1: detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy line %1: times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy line %1: minutes a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy line %1: times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy line %1: weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove therapy line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with therapy line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of care has every element it needs for certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of care still needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STarT Back %1 risk: matched treatment %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::PlanPage</name>
    <message>
        <source>Signed plan and addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature and revisions of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an a&amp;ddendum to the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the signed plan by addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed plan stays as it was; the change is recorded with its reason, author and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the plan above, then say why it changes. The signed plan is kept unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the plan changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed plan as an addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Discard the addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, %2, by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown above: revision %1, the current plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing an addendum: the signed plan stays unchanged until you save the addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No addendum is being edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the plan changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum saved as revision %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This plan was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the saved plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-value-care advisories in this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals, agreed with the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the plan can be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom line for the referring clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bottom line (diagnosis, plan, what is asked of the referrer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. in 2–3 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies to, beyond the patient and the referring clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgeon, physical therapist… separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved plan cannot be read, so it is shown read-only and nothing is overwritten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was signed without a treatment plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from this visit&apos;s record and not saved yet. Accept, edit or remove each item and agree goals with the patient; your first change saves the plan as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the stored plan cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is signed. The plan changes only by addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation type="unfinished">Todos los cambios guardados.</translation>
    </message>
    <message>
        <source>Nothing saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Guardando…</translation>
    </message>
    <message>
        <source>1 low-value-care advisory on this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 low-value-care advisories on this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 kept with a reason. Advisories never block signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing needs at least one goal with a target date after the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is planned, or remove the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter starts with the bottom line; signing needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is complete enough to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the plan can be signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from the signed plan of %1, with the follow-up and the questionnaires to repeat proposed again from this visit. Not saved yet: review each item and the goals with the patient; your first change saves the plan as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::PresentationWindow</name>
    <message>
        <source>%1 — presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision aid presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to people like you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch full screen on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much does each of these matter to you? 0 means it does not matter, 10 means it matters a lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much it matters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::ProblemListEditor</name>
    <message>
        <source>Problem list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10-CM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the diagnosis, such as side and level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details, e.g. left L5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dia&amp;gnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen diagnosis to the problem list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem in your own words (printed without a code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the problem in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make pri&amp;mary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected problem the primary one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes checked against: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code (free text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the diagnosis catalogue (printed without a code): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::RedFlagPanel</name>
    <message>
        <source>Record the action for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
Present: %3

The checklist advises: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the emergency department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for not acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Or the reason for not acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with your name and the time. A recorded acknowledgement cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This red-flag screen was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the saved red-flag screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark the rest absent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every item not yet assessed as absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items still “not assessed” change; present and absent answers stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: P present, A absent, N not assessed; arrow keys move between the three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checked source for this item yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The red-flag checklist cannot be read, so the screen cannot be taken here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of concern: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of concern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinician %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acted on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: %2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Sin registrar</translation>
    </message>
    <message>
        <source>Mark the rest absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screen incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Present: %2. Record the action taken, or the reason for not acting, before the visit can be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items still not assessed: %1. Mark all of them absent? Do this only if you asked about or examined each one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::RomGrid</name>
    <message>
        <source>Range of motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of motion, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>painful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 painful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed range, graded by you; no degrees and no norms are applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::ScaleShiftWidget</name>
    <message>
        <source>This scale cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::Sex</name>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>SpineDesk::TherapyPage</name>
    <message>
        <source>⚠ This therapy record was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the saved therapy record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the hand-over section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other problems with the therapy record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A red flag needs a hand-over to the physiatrist: signing is blocked until a task is created (see “Hand over to the physiatrist” below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 red flags need a hand-over to the physiatrist: signing is blocked until a task is created for each (see “Hand over to the physiatrist” below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Guardando…</translation>
    </message>
    <message>
        <source>Not saved: correct the entries marked ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, except the entries marked ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::TransmissionDialog</name>
    <message>
        <source>Plan of care sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to (name and number or address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the archived plan of care: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan of care is archived yet: print or save it on the Documents step to link it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the archived plan of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One transmission of the plan of care to the referring clinician within 30 days of the first treatment meets the initial certification (Medicare, dates of service from 1 January 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date it was sent as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date sent cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say to whom it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::Visit</name>
    <message>
        <source>Initial spine-specialist visit</source>
        <translation>Primera visita con el especialista de columna</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Visita de seguimiento</translation>
    </message>
    <message>
        <source>Physical-therapy first visit</source>
        <translation>Primera visita de fisioterapia</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Exploración</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Therapy and home exercises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::VisitWorkflow</name>
    <message>
        <source>← &amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the patient&apos;s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign visit…</source>
        <translation>&amp;Firmar visita…</translation>
    </message>
    <message>
        <source>Sign this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>New addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ddendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available in this version</source>
        <translation>no disponible en esta versión</translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No addenda.</source>
        <translation>Sin adendas.</translation>
    </message>
    <message>
        <source>Sign this visit as %1? After signing, the record is read-only and changes are made as dated addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake is not complete (onset, dominant pain, work status and goals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation>Firmar visita</translation>
    </message>
    <message>
        <source>Visit not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open safety alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit cannot be signed yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaires and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yellow flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency red flag on this visit (suspected cauda equina syndrome or aortic aneurysm): same-day emergency assessment. See the Red flags tab for the action and its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the visit could not be saved (see the step marked), so the visit was not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be signed yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment plan has been saved for this visit; it will be signed without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 suggested plan item is not yet accepted, edited or removed; it is signed as proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggested plan items are not yet accepted, edited or removed; they are signed as proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 low-value-care advisory on the plan has no reason to keep the item (advisories do not block signing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 low-value-care advisories on the plan have no reason to keep the item (advisories do not block signing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A physical-therapy visit is signed together with its plan of care: save the plan on the Plan step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand-over to the physiatrist needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineDesk::YellowFlagPanel</name>
    <message>
        <source>⚠ The flag screen was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the saved yellow flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The yellow-flag checklist cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial factors that predict a poor outcome — recorded to inform the plan and the letter; they never block signing.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow-flag summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No yellow flags recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow flags ticked: %1. Domains with flags or notes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StratifiedCareText</name>
    <message>
        <source>Reassurance, advice to keep active and self-management guidance, with minimal clinician contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical therapy: exercise, with or without manual therapy, for physical symptoms and function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologically informed physical therapy: physical therapy combined with cognitive-behavioural techniques for fear, catastrophising and low mood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionText</name>
    <message>
        <source>Leg-dominant pain and imaging showing a disc herniation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurogenic claudication and imaging showing a spondylolisthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurogenic claudication and imaging showing stenosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic back-dominant pain and fusion is being discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An epidural steroid injection is being considered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TherapyRepository</name>
    <message>
        <source>therapy record of visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored therapy record of visit %1 cannot be read (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else started this therapy record in another window. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This therapy record was changed elsewhere since you opened it. Reopen the visit to see the current record; your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TherapyText</name>
    <message>
        <source>Repeated flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side glide to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side glide to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centralises (pain moves towards the spine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peripheralises (pain spreads further down the leg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished">Empeoró</translation>
    </message>
    <message>
        <source>No effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom modulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional optimization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side bending left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side bending right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markedly limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five-times sit-to-stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-second sit-to-stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed up and go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six-minute walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Sin registrar</translation>
    </message>
    <message>
        <source>Better after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapeutic exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuromuscular re-education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologically informed physical therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gait training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Otro</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1 from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the first treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first treatment cannot be before the evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the patient responded to the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the therapy is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot start before the evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give repetitions, a hold time or minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency (times a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of care, line %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional test %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home exercise %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First session, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of care needs a diagnosis: add one to the problem list on the Plan step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of care needs a long-term functional goal with a target date (Plan step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of care needs the type, amount, frequency and duration of therapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline %1 (dashed line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal clinically important difference reached at %1 or %2 (%3 points from the baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimal clinically important difference is unverified and not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID %1 points (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChartBuilder</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCID threshold %1 (baseline %2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>Enter a date.</source>
        <translation>Escriba una fecha.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser futura.</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Escriba los apellidos.</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>Escriba el nombre.</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>Escriba la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date of birth: the patient would be over %1 years old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the medical record number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up to 20 letters, digits or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number of 7 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose English or Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the referring clinician&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a fax number of 7 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Direct address such as name@direct.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the clinician&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onset cannot be after the visit date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onset cannot be before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the kind of care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 0 to %1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the medication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the kind of injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter relief from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the imaging modality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key finding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitContext</name>
    <message>
        <source>The examination cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision records cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being considered cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDocuments</name>
    <message>
        <source>Letter to the referring clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior-authorization summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page to print on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font is installed, so the document would print without text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are printed in English or Spanish, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s own texts are not in the clinic&apos;s working language (%1). Switch the program to that language to print this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical therapy plan of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home exercise programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is made for physical-therapy first visits, and visit %2 is not one (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 has no therapy record yet: record the evaluation and the plan of care in the Therapy step before printing the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home exercise programme can be printed in English only in this version: the exercise instructions have no reviewed text in &quot;%1&quot; yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitGuardText</name>
    <message>
        <source>The visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is signed; record changes as an addendum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitHandoutText</name>
    <message>
        <source>must be &quot;visit-text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text must contain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not filled in here (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>An episode of care needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode of care for this visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signing clinician first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is already signed; add an addendum instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was changed or signed elsewhere since you opened it. Reopen it to see the current record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinician writing the addendum first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addenda are for signed visits; a draft can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A physical-therapy visit is signed together with its plan of care: save the plan on the Plan step first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
