<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Accessibility</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Latest %1 on %2</source>
        <translation>Valor más reciente: %1 el %2</translation>
    </message>
    <message>
        <source>, unchanged since %1 on %2</source>
        <translation>, sin cambios desde %1 el %2</translation>
    </message>
    <message>
        <source>, up %1 from %2 on %3</source>
        <translation>, aumento de %1 desde %2 el %3</translation>
    </message>
    <message>
        <source>, down %1 from %2 on %3</source>
        <translation>, descenso de %1 desde %2 el %3</translation>
    </message>
    <message>
        <source>Rating scale from %1 to %2</source>
        <translation>Escala de valoración de %1 a %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Aún no hay puntuaciones.</translation>
    </message>
    <message>
        <source>One score: %1 on %2.</source>
        <translation>Una puntuación: %1 el %2.</translation>
    </message>
    <message>
        <source>Latest %1 on %2, unchanged since the first score on %3.</source>
        <translation>Valor más reciente: %1 el %2, sin cambios desde la primera puntuación el %3.</translation>
    </message>
    <message>
        <source>Latest %1 on %2: up %3 from %4 on %5 (better).</source>
        <translation>Valor más reciente: %1 el %2: aumento de %3 desde %4 el %5 (mejor).</translation>
    </message>
    <message>
        <source>Latest %1 on %2: up %3 from %4 on %5 (worse).</source>
        <translation>Valor más reciente: %1 el %2: aumento de %3 desde %4 el %5 (peor).</translation>
    </message>
    <message>
        <source>Latest %1 on %2: down %3 from %4 on %5 (better).</source>
        <translation>Valor más reciente: %1 el %2: descenso de %3 desde %4 el %5 (mejor).</translation>
    </message>
    <message>
        <source>Latest %1 on %2: down %3 from %4 on %5 (worse).</source>
        <translation>Valor más reciente: %1 el %2: descenso de %3 desde %4 el %5 (peor).</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
</context>
<context>
    <name>AidSections</name>
    <message>
        <source>Possible benefit</source>
        <translation>Posible beneficio</translation>
    </message>
    <message>
        <source>Possible harm</source>
        <translation>Posible perjuicio</translation>
    </message>
    <message>
        <source>What happened next</source>
        <translation>Qué pasó después</translation>
    </message>
    <message>
        <source>People: %1. Time: %2. Type of study: %3.</source>
        <translation>Personas: %1. Tiempo: %2. Tipo de estudio: %3.</translation>
    </message>
    <message>
        <source>How sure we are: %1</source>
        <translation>Qué tan seguros estamos: %1</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Su pregunta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What is this option?</source>
        <translation>¿En qué consiste esta opción?</translation>
    </message>
    <message>
        <source>What is recovery like?</source>
        <translation>¿Cómo es la recuperación?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The studies give no figure for this option.</source>
        <translation>Los estudios no dan ninguna cifra para esta opción.</translation>
    </message>
    <message>
        <source>%1: no figure</source>
        <translation>%1: sin cifra</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <source>Average difference on a scale</source>
        <translation>Diferencia media en una escala</translation>
    </message>
    <message>
        <source>smallest change that matters to patients: %1 (%2)</source>
        <translation>el cambio más pequeño que importa a los pacientes: %1 (%2)</translation>
    </message>
    <message>
        <source>Points towards: %1</source>
        <translation>Inclina hacia: %1</translation>
    </message>
    <message>
        <source>Translation pending review by a qualified medical translator.</source>
        <translation>Traducción pendiente de revisión por un traductor médico calificado.</translation>
    </message>
</context>
<context>
    <name>AidText</name>
    <message>
        <source>Usage: spinedesk aids [list]</source>
        <translation>Uso: spinedesk aids [list]</translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation>revisada el %1</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>próxima revisión: %1</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message numerus="yes">
        <source>ok      evidence registry (%n entries)</source>
        <translation>
            <numerusform>válido  registro de evidencias (%n entrada)</numerusform>
            <numerusform>válido  registro de evidencias (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>ok      decision aid %1 %2 (IPDAS checklist met)</source>
        <translation>válido  herramienta de ayuda a la decisión %1 %2 (cumple la lista de verificación IPDAS)</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>Record the action taken, or why no action is needed.</source>
        <translation>Registre la acción realizada o por qué no se necesita ninguna acción.</translation>
    </message>
    <message>
        <source>Choose the acknowledging clinician first.</source>
        <translation>Elija primero el profesional clínico que confirma.</translation>
    </message>
</context>
<context>
    <name>AssessmentLoader</name>
    <message>
        <source>the red-flag checklist cannot be loaded</source>
        <translation>no se puede cargar la lista de comprobación de señales de alarma</translation>
    </message>
    <message>
        <source>Red-flag screen unavailable: %1</source>
        <translation>Cribado de señales de alarma no disponible: %1</translation>
    </message>
</context>
<context>
    <name>BuilderText</name>
    <message>
        <source>PHQ-9 item 9 (thoughts of self-harm) answered above 0</source>
        <translation>Ítem 9 del PHQ-9 (pensamientos de autolesión) con respuesta mayor que 0</translation>
    </message>
    <message>
        <source>yellow flags: %1</source>
        <translation>banderas amarillas: %1</translation>
    </message>
    <message>
        <source>STarT Back high risk</source>
        <translation>STarT Back: riesgo alto</translation>
    </message>
    <message>
        <source>Depressive symptoms: %1</source>
        <translation>Síntomas depresivos: %1</translation>
    </message>
    <message>
        <source>Anxiety symptoms: %1</source>
        <translation>Síntomas de ansiedad: %1</translation>
    </message>
    <message>
        <source>Psychosocial contributors (yellow flags): %1</source>
        <translation>Factores psicosociales contribuyentes (banderas amarillas): %1</translation>
    </message>
    <message>
        <source>High risk of a poor outcome (STarT Back)</source>
        <translation>Riesgo alto de un mal resultado (STarT Back)</translation>
    </message>
    <message>
        <source>Matched to the STarT Back %1-risk stratum.</source>
        <translation>Ajustado al estrato de riesgo %1 de STarT Back.</translation>
    </message>
    <message>
        <source>Complete the STarT Back tool to match the care package to the patient&apos;s risk.</source>
        <translation>Complete la herramienta STarT Back para ajustar el paquete de atención al riesgo del paciente.</translation>
    </message>
    <message>
        <source>No STarT Back stratum at this visit.</source>
        <translation>No hay estrato de STarT Back en esta visita.</translation>
    </message>
    <message>
        <source>Non-drug care first: exercise or a multidisciplinary rehabilitation programme; mindfulness-based stress reduction, yoga, tai chi, motor control exercise or cognitive behavioural therapy are options.</source>
        <translation>Primero, tratamiento no farmacológico: ejercicio o un programa de rehabilitación multidisciplinar; son opciones la reducción del estrés basada en mindfulness (atención plena), el yoga, el taichí, el ejercicio de control motor o la terapia cognitivo-conductual.</translation>
    </message>
    <message>
        <source>Chronic low back pain: start with non-drug treatment.</source>
        <translation>Dolor lumbar crónico: empezar con tratamiento no farmacológico.</translation>
    </message>
    <message>
        <source>Non-drug care first: superficial heat; massage or spinal manipulation are options. Most people improve over time whatever the treatment.</source>
        <translation>Primero, tratamiento no farmacológico: calor superficial; el masaje o la manipulación vertebral son opciones. La mayoría de las personas mejora con el tiempo, sea cual sea el tratamiento.</translation>
    </message>
    <message>
        <source>Onset not recorded: advice for acute or subacute pain is shown.</source>
        <translation>Inicio no registrado: se muestran las recomendaciones para el dolor agudo o subagudo.</translation>
    </message>
    <message>
        <source>Acute or subacute low back pain: start with non-drug treatment.</source>
        <translation>Dolor lumbar agudo o subagudo: empezar con tratamiento no farmacológico.</translation>
    </message>
    <message>
        <source>If non-drug care has not helped: an NSAID first (lowest effective dose, shortest time, after checking gastrointestinal, renal and cardiac risk); tramadol or duloxetine second line. Opioids: NICE advises against them for chronic low back pain; ACP allows them only when other drugs have failed, after an explicit discussion of risks and realistic benefits.</source>
        <translation>Si el tratamiento no farmacológico no ha ayudado: primero un AINE (la dosis eficaz más baja, durante el menor tiempo posible, tras valorar el riesgo gastrointestinal, renal y cardíaco); tramadol o duloxetina como segunda línea. Opioides: NICE desaconseja su uso en el dolor lumbar crónico; el ACP los admite solo cuando han fallado otros fármacos, tras comentar de forma explícita los riesgos y los beneficios realistas.</translation>
    </message>
    <message>
        <source>If a medicine is wanted: an NSAID (lowest effective dose, shortest time, after checking gastrointestinal, renal and cardiac risk) or a skeletal muscle relaxant. Not paracetamol alone; no systemic corticosteroids.</source>
        <translation>Si se desea un medicamento: un AINE (la dosis eficaz más baja, durante el menor tiempo posible, tras valorar el riesgo gastrointestinal, renal y cardíaco) o un relajante muscular esquelético. No usar paracetamol solo ni corticoides sistémicos.</translation>
    </message>
    <message>
        <source>For sciatica: no gabapentinoids, other antiepileptics, oral corticosteroids or benzodiazepines.</source>
        <translation>En la ciática: no usar gabapentinoides, otros antiepilépticos, corticoides orales ni benzodiacepinas.</translation>
    </message>
    <message>
        <source>Opioids are being discussed: the Opioid Risk Tool was not done at this visit.</source>
        <translation>Se están valorando opioides: no se ha completado el Opioid Risk Tool (ORT) en esta visita.</translation>
    </message>
    <message>
        <source>Opioid Risk Tool: %1.</source>
        <translation>Opioid Risk Tool (ORT): %1.</translation>
    </message>
    <message>
        <source>Medication advice aligned with ACP 2017 and NICE NG59.</source>
        <translation>Recomendaciones sobre medicación conformes con ACP 2017 y NICE NG59.</translation>
    </message>
    <message>
        <source>Red flag present: %1. Act as recorded in the red-flag screen.</source>
        <translation>Señal de alarma presente: %1. Actúe según lo registrado en la cribado de señales de alarma.</translation>
    </message>
    <message>
        <source>Not yet acknowledged: the plan cannot be signed until it is.</source>
        <translation>Aún sin confirmar: el plan no se puede firmar hasta que se confirme que se ha revisado.</translation>
    </message>
    <message>
        <source>Acknowledged with the action taken.</source>
        <translation>Confirmada, con la medida adoptada.</translation>
    </message>
    <message>
        <source>No imaging now: it is unlikely to change management. Reconsider if red flags appear or symptoms persist or progress.</source>
        <translation>Sin pruebas de imagen por ahora: es poco probable que cambien el manejo. Reconsiderar si aparecen señales de alarma o si los síntomas persisten o progresan.</translation>
    </message>
    <message>
        <source>Complete red-flag screen with no red flag present.</source>
        <translation>Cribado de señales de alarma completa, sin ninguna señal de alarma presente.</translation>
    </message>
    <message>
        <source>ESI criteria not checked</source>
        <translation>Criterios de IEC no comprobados</translation>
    </message>
    <message>
        <source>Epidural steroid injection considered. %1.</source>
        <translation>Se ha valorado una inyección epidural de corticoides. %1.</translation>
    </message>
    <message>
        <source>An injection was considered in the Decision step.</source>
        <translation>Se valoró una inyección en el paso Decisión.</translation>
    </message>
    <message>
        <source>Referral to a spine surgeon to discuss the chosen operation (%1). The prior-authorization summary goes with the referral: %2 of %3 documentation elements met.</source>
        <translation>Derivación a un cirujano de columna para comentar la intervención elegida (%1). El resumen para autorización previa acompaña a la derivación: se cumplen %2 de %3 elementos de documentación.</translation>
    </message>
    <message>
        <source>The patient&apos;s choice in the %1 decision aid.</source>
        <translation>La elección del paciente en la herramienta de ayuda a la decisión %1.</translation>
    </message>
    <message>
        <source>Behavioural-health follow-up, and psychologically informed care as part of the programme.</source>
        <translation>Seguimiento de salud conductual y atención con enfoque psicológico como parte del programa.</translation>
    </message>
    <message>
        <source>Because of: %1.</source>
        <translation>Motivo: %1.</translation>
    </message>
    <message>
        <source>Please follow up the mood and anxiety screens (%1) and confirm who provides behavioural-health care.</source>
        <translation>Por favor, haga el seguimiento de las pruebas de detección del estado de ánimo y la ansiedad (%1) y confirme quién presta la atención de salud conductual.</translation>
    </message>
    <message>
        <source>The primary clinician usually coordinates this care.</source>
        <translation>Normalmente, el médico de atención primaria coordina esta atención.</translation>
    </message>
    <message>
        <source>Stay active and keep up usual activities as far as the pain allows.</source>
        <translation>Mantenerse activo y continuar con las actividades habituales en la medida en que el dolor lo permita.</translation>
    </message>
    <message>
        <source>Self-management advice at every step.</source>
        <translation>Recomendaciones de autocuidado en cada etapa.</translation>
    </message>
    <message>
        <source>Agree a graded return to usual work duties with the patient and, with consent, the employer.</source>
        <translation>Acordar una reincorporación gradual a las tareas laborales habituales con el paciente y, con su consentimiento, con el empleador.</translation>
    </message>
    <message>
        <source>Work status: %1.</source>
        <translation>Situación laboral: %1.</translation>
    </message>
    <message>
        <source>in 2–3 weeks</source>
        <translation>en 2–3 semanas</translation>
    </message>
    <message>
        <source>Follow-up in 2–3 weeks; sooner if symptoms persist or progress.</source>
        <translation>Seguimiento en 2–3 semanas; antes si los síntomas persisten o progresan.</translation>
    </message>
    <message>
        <source>Acute or subacute pain.</source>
        <translation>Dolor agudo o subagudo.</translation>
    </message>
    <message>
        <source>Follow-up: agree the interval with the patient.</source>
        <translation>Seguimiento: acordar el intervalo con el paciente.</translation>
    </message>
    <message>
        <source>SpineDesk&apos;s guideline sources give no follow-up interval for chronic pain; the clinician sets it.</source>
        <translation>Las guías clínicas en las que se basa SpineDesk no indican un intervalo de seguimiento para el dolor crónico; lo fija el profesional clínico.</translation>
    </message>
    <message>
        <source>Repeat at follow-up: %1. Each is compared with this visit&apos;s baseline and its minimal clinically important difference.</source>
        <translation>Repetir en el seguimiento: %1. Cada uno se compara con el valor basal de esta visita y con su diferencia mínima clínicamente importante (MCID).</translation>
    </message>
    <message>
        <source>Instruments with an MCID administered at this visit.</source>
        <translation>Instrumentos con MCID administrados en esta visita.</translation>
    </message>
    <message>
        <source>Back pain; working diagnosis to be confirmed.</source>
        <translation>Dolor de espalda; diagnóstico de trabajo pendiente de confirmar.</translation>
    </message>
    <message>
        <source>Duration: %1.</source>
        <translation>Duración: %1.</translation>
    </message>
    <message>
        <source>STarT Back %1 risk: %2</source>
        <translation>STarT Back, riesgo %1: %2</translation>
    </message>
    <message>
        <source>Specific requests to you are listed below.</source>
        <translation>Las peticiones específicas para usted se indican a continuación.</translation>
    </message>
    <message>
        <source>No action is needed from you beyond usual care.</source>
        <translation>No se requiere ninguna actuación por su parte más allá de la atención habitual.</translation>
    </message>
</context>
<context>
    <name>CertificationRepository</name>
    <message>
        <source>Only a physical-therapy visit has a plan of care to send.</source>
        <translation>Solo una visita de fisioterapia tiene un plan de atención que enviar.</translation>
    </message>
    <message>
        <source>Sign the plan of care before sending it for certification.</source>
        <translation>Firme el plan de atención antes de enviarlo para certificación.</translation>
    </message>
    <message>
        <source>Enter the date it was sent (not in the future).</source>
        <translation>Introduzca la fecha de envío (no puede ser futura).</translation>
    </message>
    <message>
        <source>Say to whom it was sent (name and fax number or address).</source>
        <translation>Indique a quién se envió (nombre y número de fax o dirección).</translation>
    </message>
    <message>
        <source>Choose the clinician recording this first.</source>
        <translation>Elija primero el profesional clínico que registra esto.</translation>
    </message>
    <message>
        <source>Record when the plan of care was sent before recording the signed certification.</source>
        <translation>Registre cuándo se envió el plan de atención antes de registrar la certificación firmada.</translation>
    </message>
    <message>
        <source>The signed certification for this plan of care is already recorded.</source>
        <translation>La certificación firmada de este plan de atención ya está registrada.</translation>
    </message>
    <message>
        <source>Enter the date of the referring clinician&apos;s signature: not before the plan was sent, not in the future.</source>
        <translation>Introduzca la fecha de la firma del profesional que deriva: no anterior al envío del plan ni futura.</translation>
    </message>
    <message>
        <source>Enter the name of the clinician who signed the certification.</source>
        <translation>Introduzca el nombre del profesional clínico que firmó la certificación.</translation>
    </message>
    <message>
        <source>Say what the referring clinician changed.</source>
        <translation>Indique qué cambió el profesional que deriva.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CertificationText</name>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Direct secure message</source>
        <translation>Mensaje seguro Direct</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Hand-delivered</source>
        <translation>Entregado en mano</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>No first treatment yet</source>
        <translation>Aún sin primer tratamiento</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Sent, awaiting signature</source>
        <translation>Enviado, pendiente de firma</translation>
    </message>
    <message>
        <source>Sent late, awaiting signature</source>
        <translation>Enviado con retraso, pendiente de firma</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>No first treatment recorded: the 30-day clock has not started.</source>
        <translation>No hay ningún primer tratamiento registrado: el plazo de 30 días no ha empezado.</translation>
    </message>
    <message>
        <source>Send the plan of care by %1 (1 day left).</source>
        <translation>Envíe el plan de atención a más tardar el %1 (queda 1 día).</translation>
    </message>
    <message>
        <source>Send the plan of care by %1 (%2 days left).</source>
        <translation>Envíe el plan de atención a más tardar el %1 (quedan %2 días).</translation>
    </message>
    <message>
        <source>⚠ Overdue: the plan of care was due to be sent by %1 (%2 days ago).</source>
        <translation>⚠ Vencido: el plan de atención debía enviarse a más tardar el %1 (hace %2 días).</translation>
    </message>
    <message>
        <source>Sent on %1 (%2); awaiting the signed certification.</source>
        <translation>Enviado el %1 (%2); pendiente de la certificación firmada.</translation>
    </message>
    <message>
        <source>⚠ Sent on %1, after the deadline of %2; awaiting the signed certification.</source>
        <translation>⚠ Enviado el %1, después del plazo del %2; pendiente de la certificación firmada.</translation>
    </message>
    <message>
        <source>Certified by %1 on %2.</source>
        <translation>Certificado por %1 el %2.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang admite uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida: %1.</translation>
    </message>
</context>
<context>
    <name>ClinicRepository</name>
    <message>
        <source>The clinic needs a name for the letterhead.</source>
        <translation>La clínica necesita un nombre para el membrete.</translation>
    </message>
    <message>
        <source>The working language must be English or Spanish.</source>
        <translation>El idioma de trabajo debe ser inglés o español.</translation>
    </message>
    <message>
        <source>The letterhead was saved elsewhere meanwhile. Reopen the settings.</source>
        <translation>Mientras tanto, el membrete se guardó desde otro lugar. Vuelva a abrir la configuración.</translation>
    </message>
    <message>
        <source>The letterhead was changed elsewhere meanwhile. Reopen the settings to see it.</source>
        <translation>Mientras tanto, el membrete se modificó desde otro lugar. Vuelva a abrir la configuración para verlo.</translation>
    </message>
</context>
<context>
    <name>ClinicalDocuments</name>
    <message>
        <source>not tested</source>
        <translation>no explorado</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>left %1, right %2</source>
        <translation>izquierda %1, derecha %2</translation>
    </message>
    <message>
        <source>%1 at %2°</source>
        <translation>%1 a %2°</translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation>mejora de %1</translation>
    </message>
    <message>
        <source>%1 worse</source>
        <translation>empeoramiento de %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>; no MCID defined</source>
        <translation>; sin MCID definida</translation>
    </message>
    <message>
        <source>; MCID unverified</source>
        <translation>; MCID no verificada</translation>
    </message>
    <message>
        <source>; MCID not reached</source>
        <translation>; MCID no alcanzada</translation>
    </message>
    <message>
        <source>absolute and percentage thresholds</source>
        <translation>umbrales absoluto y porcentual</translation>
    </message>
    <message>
        <source>absolute threshold</source>
        <translation>umbral absoluto</translation>
    </message>
    <message>
        <source>percentage threshold</source>
        <translation>umbral porcentual</translation>
    </message>
    <message>
        <source>; MCID reached (%1)</source>
        <translation>; MCID alcanzada (%1)</translation>
    </message>
    <message>
        <source>response not recorded</source>
        <translation>respuesta sin registrar</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>: ICD-10-CM %1</source>
        <translation>: ICD-10-CM %1</translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation> (principal)</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No se ha registrado ninguno.</translation>
    </message>
    <message>
        <source>Codes: %1 A diagnosis without a verified code is given in words only.</source>
        <translation>Códigos: %1 Un diagnóstico sin código verificado se indica solo con palabras.</translation>
    </message>
    <message>
        <source>Not assessed: no red-flag screen was recorded at this visit.</source>
        <translation>No evaluado: no se registró ningún cribado de señales de alarma en esta visita.</translation>
    </message>
    <message>
        <source>Red-flag screen incomplete</source>
        <translation>Cribado de señales de alarma incompleto</translation>
    </message>
    <message>
        <source>Level of concern</source>
        <translation>Nivel de preocupación</translation>
    </message>
    <message>
        <source>%1 (present; action not yet recorded)</source>
        <translation>%1 (presente; actuación aún sin registrar)</translation>
    </message>
    <message>
        <source>%1 (present)</source>
        <translation>%1 (presente)</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Medida adoptada</translation>
    </message>
    <message>
        <source>none recorded in the plan</source>
        <translation>ninguna registrada en el plan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <source>5/5 in every tested myotome</source>
        <translation>5/5 en todos los miotomas explorados</translation>
    </message>
    <message>
        <source>5/5 except %1</source>
        <translation>5/5 excepto %1</translation>
    </message>
    <message>
        <source>not tested: %1</source>
        <translation>no explorado: %1</translation>
    </message>
    <message>
        <source>normal in every tested dermatome</source>
        <translation>normal en todos los dermatomas explorados</translation>
    </message>
    <message>
        <source>normal except %1</source>
        <translation>normal excepto %1</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Raíz</translation>
    </message>
    <message>
        <source>Myotome</source>
        <translation>Miotoma</translation>
    </message>
    <message>
        <source>Strength left</source>
        <translation>Fuerza izquierda</translation>
    </message>
    <message>
        <source>Strength right</source>
        <translation>Fuerza derecha</translation>
    </message>
    <message>
        <source>Dermatome</source>
        <translation>Dermatoma</translation>
    </message>
    <message>
        <source>Sensation left</source>
        <translation>Sensibilidad izquierda</translation>
    </message>
    <message>
        <source>Sensation right</source>
        <translation>Sensibilidad derecha</translation>
    </message>
    <message>
        <source>Not assessed: no examination was recorded at this visit.</source>
        <translation>No evaluado: no se registró ninguna exploración en esta visita.</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Sensation</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Reflexes</source>
        <translation>Reflejos</translation>
    </message>
    <message>
        <source>patellar (L4) %1; Achilles (S1) %2</source>
        <translation>rotuliano (L4) %1; aquíleo (S1) %2</translation>
    </message>
    <message>
        <source>Nerve tension</source>
        <translation>Tensión neural</translation>
    </message>
    <message>
        <source>straight-leg raise left %1, right %2; crossed straight-leg raise %3; femoral stretch left %4, right %5</source>
        <translation>elevación de la pierna recta izquierda %1, derecha %2; elevación de la pierna recta cruzada %3; estiramiento femoral izquierdo %4, derecho %5</translation>
    </message>
    <message>
        <source>antalgic</source>
        <translation>antiálgica</translation>
    </message>
    <message>
        <source>difficulty heel walking</source>
        <translation>dificultad para caminar sobre los talones</translation>
    </message>
    <message>
        <source>difficulty toe walking</source>
        <translation>dificultad para caminar de puntillas</translation>
    </message>
    <message>
        <source>Gait and function</source>
        <translation>Marcha y función</translation>
    </message>
    <message>
        <source>Directional preference</source>
        <translation>Preferencia direccional</translation>
    </message>
    <message>
        <source>Level the findings point to (clinician&apos;s judgement)</source>
        <translation>Nivel al que apuntan los hallazgos (juicio del profesional clínico)</translation>
    </message>
    <message>
        <source>Concordance with imaging</source>
        <translation>Concordancia con las pruebas de imagen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No imaging studies recorded.</source>
        <translation>No se ha registrado ninguna prueba de imagen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Concordance with symptoms</source>
        <translation>Concordancia con los síntomas</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>Antigüedad (meses)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No conservative care recorded.</source>
        <translation>No se ha registrado tratamiento conservador.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Sesiones asistidas</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>PT %1</source>
        <translation>Fisioterapia %1</translation>
    </message>
    <message>
        <source>Weeks run from start to end (or to %1 while ongoing); physical-therapy totals add the entries recognised as physical therapy.</source>
        <translation>Las semanas se cuentan desde el inicio hasta el fin (o hasta el %1 si sigue en curso); los totales de fisioterapia suman los registros reconocidos como fisioterapia.</translation>
    </message>
    <message>
        <source>Medications tried</source>
        <translation>Medicamentos probados</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <source>; relief %1 %</source>
        <translation>; alivio %1 %</translation>
    </message>
    <message>
        <source>; relief not recorded</source>
        <translation>; alivio sin registrar</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>decision aid &quot;%1&quot;, version %2</source>
        <translation>herramienta de ayuda a la decisión “%1”, versión %2</translation>
    </message>
    <message>
        <source>Decision aid</source>
        <translation>Herramienta de ayuda a la decisión</translation>
    </message>
    <message>
        <source>Options discussed</source>
        <translation>Opciones comentadas</translation>
    </message>
    <message>
        <source>What matters to the patient</source>
        <translation>Lo que le importa al paciente</translation>
    </message>
    <message>
        <source>0 = does not matter, 10 = matters a lot</source>
        <translation>0 = no importa, 10 = importa mucho</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <source>Patient&apos;s choice: </source>
        <translation>Elección del paciente: </translation>
    </message>
    <message>
        <source>incomplete (not every item answered)</source>
        <translation>incompleto (no se respondieron todos los ítems)</translation>
    </message>
    <message>
        <source>%1 of %2: decisional conflict (positive screen)</source>
        <translation>%1 de %2: conflicto decisional (cribado positivo)</translation>
    </message>
    <message>
        <source>%1 of %2: no decisional conflict</source>
        <translation>%1 de %2: sin conflicto decisional</translation>
    </message>
    <message>
        <source>SURE</source>
        <translation>SURE</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Participó</translation>
    </message>
    <message>
        <source>Not assessed: no questionnaires were completed at this visit.</source>
        <translation>No evaluado: no se completó ningún cuestionario en esta visita.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basal</translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation>Cambio respecto al basal</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incompleto)</translation>
    </message>
    <message>
        <source>no bands</source>
        <translation>sin categorías</translation>
    </message>
    <message>
        <source>this visit</source>
        <translation>esta visita</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>basal</translation>
    </message>
    <message>
        <source>STarT Back stratum</source>
        <translation>Estrato de STarT Back</translation>
    </message>
    <message>
        <source>%1; matched package: %2 (%3)</source>
        <translation>%1; paquete de atención correspondiente: %2 (%3)</translation>
    </message>
    <message>
        <source>Safety alert, %1 (%2): </source>
        <translation>Alerta de seguridad, %1 (%2): </translation>
    </message>
    <message>
        <source>acknowledged; the safety follow-up is recorded with the visit</source>
        <translation>revisión confirmada; el seguimiento de seguridad está registrado con la visita</translation>
    </message>
    <message>
        <source>NOT yet acknowledged; safety follow-up outstanding</source>
        <translation>revisión AÚN NO confirmada; seguimiento de seguridad pendiente</translation>
    </message>
    <message>
        <source>MCID: the minimal clinically important difference, the smallest change from the episode&apos;s baseline that patients notice as important. &quot;Reached&quot; means the improvement meets the absolute or the percentage threshold.</source>
        <translation>MCID: la diferencia mínima clínicamente importante, el menor cambio respecto al basal del episodio que los pacientes perciben como importante. «Alcanzada» significa que la mejora alcanza el umbral absoluto o el porcentual.</translation>
    </message>
    <message>
        <source>MCID sources: %1</source>
        <translation>Fuentes de la MCID: %1</translation>
    </message>
    <message>
        <source>fax %1</source>
        <translation>fax %1</translation>
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
        <translation>Elija su nombre. Se registra en todo lo que firme.</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Profesionales clínicos</translation>
    </message>
    <message>
        <source>Add a clinician</source>
        <translation>Añadir un profesional clínico</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>New clinician&apos;s name</source>
        <translation>Nombre del nuevo profesional clínico</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Titulación</translation>
    </message>
    <message>
        <source>New clinician&apos;s credentials</source>
        <translation>Titulación del nuevo profesional clínico</translation>
    </message>
    <message>
        <source>e.g. MD, DO, DPT</source>
        <translation>p. ej., MD, DO, DPT</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>New clinician&apos;s role</source>
        <translation>Función del nuevo profesional clínico</translation>
    </message>
    <message>
        <source>Problem with the new clinician</source>
        <translation>Problema con el nuevo profesional clínico</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add clinician</source>
        <translation>Añadir profesional clínico</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>check takes no arguments.</source>
        <translation>check no admite argumentos.</translation>
    </message>
    <message>
        <source>%1 failed its check.</source>
        <translation>%1 no superó la comprobación.</translation>
    </message>
    <message>
        <source>%1: schema version %2, integrity ok.</source>
        <translation>%1: versión de esquema %2, integridad correcta.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>El archivo de copia de seguridad que se va a escribir.</translation>
    </message>
    <message>
        <source>Usage: spinedesk backup --out FILE</source>
        <translation>Uso: spinedesk backup --out FILE</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>Copia de seguridad escrita en %1 y comprobada.</translation>
    </message>
    <message>
        <source>Usage: spinedesk restore FILE</source>
        <translation>Uso: spinedesk restore FILE</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Se restauró %1 a partir de %2.</translation>
    </message>
    <message>
        <source>The previous database is kept at %1.</source>
        <translation>La base de datos anterior se conserva en %1.</translation>
    </message>
    <message>
        <source>How many synthetic patients to add.</source>
        <translation>Cuántos pacientes sintéticos añadir.</translation>
    </message>
    <message>
        <source>Seed for the generator (0 to %1).</source>
        <translation>Semilla del generador (de 0 a %1).</translation>
    </message>
    <message>
        <source>Usage: spinedesk demo --patients N [--seed S], with N from 1 to 1000000.</source>
        <translation>Uso: spinedesk demo --patients N [--seed S], con N de 1 a 1000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to %1.</source>
        <translation>--seed admite un número entero de 0 a %1.</translation>
    </message>
    <message>
        <source>%1 of %2 patients…</source>
        <translation>%1 de %2 pacientes…</translation>
    </message>
    <message>
        <source>initial, follow-up or pt.</source>
        <translation>initial, follow-up o pt.</translation>
    </message>
    <message>
        <source>draft or signed.</source>
        <translation>draft o signed.</translation>
    </message>
    <message>
        <source>At most N visits.</source>
        <translation>Como máximo N visitas.</translation>
    </message>
    <message>
        <source>visits takes only --kind, --status and --limit.</source>
        <translation>visits solo admite --kind, --status y --limit.</translation>
    </message>
    <message>
        <source>--kind takes initial, follow-up or pt.</source>
        <translation>--kind admite initial, follow-up o pt.</translation>
    </message>
    <message>
        <source>--status takes draft or signed.</source>
        <translation>--status admite draft o signed.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more.</source>
        <translation>--limit admite un número entero de 1 o más.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available in this version of SpineDesk.</source>
        <translation>&apos;%1&apos; no está disponible en esta versión de SpineDesk.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando desconocido: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Make and archive the letter and handout of the N newest signed plans.</source>
        <translation>Generar y archivar la carta y la hoja informativa de los N planes firmados más recientes.</translation>
    </message>
    <message>
        <source>--documents takes a whole number from 0 to 1000.</source>
        <translation>--documents admite un número entero de 0 a 1000.</translation>
    </message>
    <message>
        <source>Added %1 demo patients with %2 visits and %3 signed plans (seed %4), and archived %5 documents, in %6 s.</source>
        <translation>Se añadieron %1 pacientes de demostración con %2 visitas y %3 planes firmados (semilla %4), y se archivaron %5 documentos, en %6 s.</translation>
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
  render letter|handout|pa-summary|pt-plan|exercises --visit ID --out FILE.pdf
         [--large-print] [--fax-cover] [--surgeon NAME]
                                     a visit&apos;s document (PDF, archived): the plan letter to the
                                     referring clinician, the patient handout, the surgeon&apos;s
                                     prior-authorization summary, the PT plan of care, the
                                     home exercise sheet
  render library-handout --handout ID --visit ID --out FILE.pdf [--large-print]
                                     a handout from the library for the visit&apos;s patient
  render decision-summary --visit ID --out FILE.pdf [--aid ID] [--large-print]
                                     the patient&apos;s copy of a decision (PDF, archived)
  report outcomes --from DATE --to DATE --out FILE.pdf|FILE.csv [--prepared-by NAME]
                                     the clinic&apos;s outcome report for employers and payers
                                     (PDF, archived) or its figures (CSV); no patient identifiers

Options:
  --database PATH                    the database file (default: %1)
  --lang en|es                       language of messages and documents (patient documents
                                     otherwise follow the patient&apos;s preferred language)
  --version                          the program&apos;s version
</source>
        <translation>Uso: spinedesk [--database PATH] [--lang en|es] [COMMAND]

Sin un comando, SpineDesk abre su ventana.

Comandos:
  check                              comprobar la integridad y el esquema de la base de datos
  backup --out FILE                  escribir una copia comprobada de la base de datos, incluso en uso
  restore FILE                       reemplazar la base de datos por una copia de seguridad (se conserva el archivo antiguo)
  demo --patients N [--seed S]       añadir N pacientes sintéticos con visitas
  visits [--kind initial|follow-up|pt] [--status draft|signed] [--limit N]
                                     una visita por línea: id, fecha, tipo, estado, paciente
  score ID --answers LIST [--sex female|male]
                                     puntuar un cuestionario sin base de datos (JSON)
  instruments [list]                 instrumentos con versión, licencia y disponibilidad
  instruments import FILE            añadir a un instrumento su texto con licencia
  aids [list]                        herramientas de ayuda a la decisión con versión y fecha de revisión
  content check                      validar todos los archivos de contenido incluidos e importados
  export fhir --visit ID --out FILE.json
                                     la visita como documento FHIR R4 (JSON)
  render letter|handout|pa-summary|pt-plan|exercises --visit ID --out FILE.pdf
         [--large-print] [--fax-cover] [--surgeon NAME]
                                     un documento de la visita (PDF, archivado): la carta del plan
                                     al médico que remitió, la hoja informativa para el paciente,
                                     el resumen para la autorización previa del cirujano, el plan
                                     de atención de fisioterapia, la hoja de ejercicios en casa
  render library-handout --handout ID --visit ID --out FILE.pdf [--large-print]
                                     una hoja informativa de la biblioteca para el paciente de la visita
  render decision-summary --visit ID --out FILE.pdf [--aid ID] [--large-print]
                                     la copia para el paciente de una decisión (PDF, archivada)
  report outcomes --from DATE --to DATE --out FILE.pdf|FILE.csv [--prepared-by NAME]
                                     el informe de resultados de la clínica para empleadores y aseguradoras
                                     (PDF, archivado) o sus cifras (CSV); sin identificadores de pacientes

Opciones:
  --database PATH                    el archivo de la base de datos (predeterminado: %1)
  --lang en|es                       idioma de los mensajes y los documentos (los documentos del
                                     paciente, si no, siguen su idioma preferido)
  --version                          la versión del programa
</translation>
    </message>
</context>
<context>
    <name>ConsiderationText</name>
    <message>
        <source>Fluoroscopy with contrast</source>
        <translation>Fluoroscopia con contraste</translation>
    </message>
    <message>
        <source>CT with contrast</source>
        <translation>CT con contraste</translation>
    </message>
    <message>
        <source>Fluoroscopy without contrast</source>
        <translation>Fluoroscopia sin contraste</translation>
    </message>
    <message>
        <source>No image guidance</source>
        <translation>Sin guía por imagen</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Transforaminal</source>
        <translation>Transforaminal</translation>
    </message>
    <message>
        <source>Interlaminar</source>
        <translation>Interlaminar</translation>
    </message>
    <message>
        <source>Caudal</source>
        <translation>Caudal</translation>
    </message>
    <message>
        <source>Corticosteroid with local anaesthetic</source>
        <translation>Corticoide con anestésico local</translation>
    </message>
    <message>
        <source>Biologic (e.g. platelet-rich plasma, amniotic tissue)</source>
        <translation>Biológico (p. ej., plasma rico en plaquetas, tejido amniótico)</translation>
    </message>
</context>
<context>
    <name>ContextText</name>
    <message>
        <source>Run &apos;spinedesk --help&apos; for the commands.</source>
        <translation>Ejecute &apos;spinedesk --help&apos; para ver los comandos.</translation>
    </message>
    <message>
        <source>Upgraded the database from schema version %1 to %2; the previous file is kept at %3.</source>
        <translation>Se actualizó la base de datos de la versión de esquema %1 a la %2; el archivo anterior se conserva en %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is not a SpineDesk database (it is not an SQLite file). It was not changed.</source>
        <translation>%1 no es una base de datos de SpineDesk (no es un archivo SQLite). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (%2). It was not changed; restore it from a backup with &apos;spinedesk restore&apos;.</source>
        <translation>%1 está dañado y no se abrió (%2). No se ha modificado; restáurelo desde una copia de seguridad con &apos;spinedesk restore&apos;.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a SpineDesk database. It was not changed.</source>
        <translation>%1 es un archivo SQLite, pero no una base de datos de SpineDesk. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer SpineDesk: it has schema version %2 and this program knows version %3 at most. It was not changed; open it with a newer SpineDesk.</source>
        <translation>%1 se escribió con una versión más reciente de SpineDesk: tiene la versión de esquema %2 y este programa conoce como máximo la versión %3. No se ha modificado; ábralo con una versión más reciente de SpineDesk.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but the copy before upgrading could not be made: %2. It was not changed.</source>
        <translation>%1 necesita una actualización, pero no se pudo hacer la copia previa a la actualización: %2. No se ha modificado.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be set up: %2</source>
        <translation>No se pudo configurar %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded from schema version %2: %3. Nothing was changed.</source>
        <translation>No se pudo actualizar %1 desde la versión de esquema %2: %3. No se modificó nada.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>La fila %1 de la tabla %2 hace referencia a una fila inexistente en %3.</translation>
    </message>
    <message>
        <source>Schema version is %1; expected %2.</source>
        <translation>La versión de esquema es %1; se esperaba %2.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 ya existe; elija otro nombre de archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation>La copia de seguridad no puede reemplazar a la propia base de datos.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>No se pudo escribir la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>The backup at %1 failed its check and was removed.</source>
        <translation>La copia de seguridad en %1 no superó la comprobación y se eliminó.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La copia de seguridad %1 no existe.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied.</source>
        <translation>No se pudo copiar la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>No se restauró la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The backup was not restored; it failed its check: %1</source>
        <translation>No se restauró la copia de seguridad; no superó la comprobación: %1</translation>
    </message>
    <message>
        <source>The current database could not be moved aside; nothing was restored.</source>
        <translation>No se pudo apartar la base de datos actual; no se restauró nada.</translation>
    </message>
    <message>
        <source>The restored file could not be put in place; the old database is kept at %1.</source>
        <translation>No se pudo colocar el archivo restaurado en su sitio; la base de datos anterior se conserva en %1.</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>The decision record for %1 cannot be read (%2). It was left untouched.</source>
        <translation>No se puede leer el registro de decisión de %1 (%2). Se dejó sin modificar.</translation>
    </message>
    <message>
        <source>A decision record needs the aid and its version.</source>
        <translation>Un registro de decisión necesita la herramienta y su versión.</translation>
    </message>
    <message>
        <source>The preferred option must be one of the options discussed.</source>
        <translation>La opción preferida debe ser una de las opciones comentadas.</translation>
    </message>
    <message>
        <source>Someone else changed this decision record since you opened it. Your changes were not saved.</source>
        <translation>Otra persona modificó este registro de decisión desde que lo abrió. Sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>What was being considered at this visit cannot be read (%1). It was left untouched.</source>
        <translation>No se puede leer lo que se estaba considerando en esta visita (%1). Se dejó sin modificar.</translation>
    </message>
    <message>
        <source>Someone else changed what is being considered since you opened it. Your changes were not saved.</source>
        <translation>Otra persona modificó lo que se está considerando desde que lo abrió. Sus cambios no se guardaron.</translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date format for the patient&apos;s summary</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>The studies give no number for this option.</source>
        <translation>Los estudios no dan ninguna cifra para esta opción.</translation>
    </message>
    <message>
        <source>Evidence %1 is not in the evidence registry.</source>
        <translation>La evidencia %1 no está en el registro de evidencias.</translation>
    </message>
    <message>
        <source>Evidence %1 is not verified, so it cannot be shown to a patient.</source>
        <translation>La evidencia %1 no está verificada, por lo que no se puede mostrar a un paciente.</translation>
    </message>
    <message>
        <source>Source %1 (see the end of this summary).</source>
        <translation>Fuente %1 (vea el final de este resumen).</translation>
    </message>
    <message>
        <source>Sources %1 (see the end of this summary).</source>
        <translation>Fuentes %1 (vea el final de este resumen).</translation>
    </message>
    <message>
        <source>Your decision summary</source>
        <translation>Resumen de su decisión</translation>
    </message>
    <message>
        <source>Prepared for: %1</source>
        <translation>Preparado para: %1</translation>
    </message>
    <message>
        <source>Visit date: %1</source>
        <translation>Fecha de la visita: %1</translation>
    </message>
    <message>
        <source>Clinician: %1</source>
        <translation>Profesional clínico: %1</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <source>The options we talked about</source>
        <translation>Las opciones de las que hablamos</translation>
    </message>
    <message>
        <source>What recovery is like: %1</source>
        <translation>Cómo es la recuperación: %1</translation>
    </message>
    <message>
        <source>Questions people often ask</source>
        <translation>Preguntas frecuentes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>People in the studies: %1</source>
        <translation>Personas en los estudios: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Tiempo: %1</translation>
    </message>
    <message>
        <source>How sure we are: %1</source>
        <translation>Qué tan seguros estamos: %1</translation>
    </message>
    <message>
        <source>Type of study: %1. %2</source>
        <translation>Tipo de estudio: %1. %2</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Escala: %1</translation>
    </message>
    <message>
        <source>The key numbers</source>
        <translation>Las cifras clave</translation>
    </message>
    <message>
        <source>Each picture shows 100 people like those in the studies. The filled, coloured figures are the people the sentence is about; the outlined figures are everyone else.</source>
        <translation>Cada imagen muestra 100 personas como las de los estudios. Las figuras rellenas de color son las personas a las que se refiere la frase; las figuras solo con contorno son todas las demás.</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation>Lo que le importa a usted</translation>
    </message>
    <message>
        <source>You marked how much each of these matters to you, from 0 (does not matter) to 10 (matters a lot).</source>
        <translation>Usted marcó cuánto le importa cada uno de estos aspectos, de 0 (no importa) a 10 (importa mucho).</translation>
    </message>
    <message>
        <source>%1: %2 (%3 out of 10)</source>
        <translation>%1: %2 (%3 de 10)</translation>
    </message>
    <message>
        <source>%1: not marked</source>
        <translation>%1: sin marcar</translation>
    </message>
    <message>
        <source>Your choice for now</source>
        <translation>Su elección por ahora</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>You can change your mind. Talk to your care team at any time.</source>
        <translation>Puede cambiar de opinión. Hable con su equipo de atención en cualquier momento.</translation>
    </message>
    <message>
        <source>How sure you feel (SURE test)</source>
        <translation>Qué tan seguro se siente (prueba SURE)</translation>
    </message>
    <message>
        <source>SURE score: incomplete (not every question was answered).</source>
        <translation>Puntuación SURE: incompleta (no se respondieron todas las preguntas).</translation>
    </message>
    <message>
        <source>Your SURE score: %1 of %2</source>
        <translation>Su puntuación SURE: %1 de %2</translation>
    </message>
    <message>
        <source>You answered yes to all four questions.</source>
        <translation>Usted respondió que sí a las cuatro preguntas.</translation>
    </message>
    <message>
        <source>You may want more support with this decision.</source>
        <translation>Quizá le convenga recibir más apoyo para tomar esta decisión.</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quiénes participaron</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Where the numbers come from</source>
        <translation>De dónde salen las cifras</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This summary shows no numbers from studies.</source>
        <translation>Este resumen no muestra cifras de estudios.</translation>
    </message>
    <message>
        <source>About this decision aid</source>
        <translation>Acerca de esta herramienta de ayuda a la decisión</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Produced: %1. Last reviewed: %2. Next review due: %3.</source>
        <translation>Elaborada: %1. Última revisión: %2. Próxima revisión prevista: %3.</translation>
    </message>
    <message>
        <source>How it is kept up to date: %1</source>
        <translation>Cómo se mantiene actualizada: %1</translation>
    </message>
    <message>
        <source>Funding and conflicts of interest: %1</source>
        <translation>Financiación y conflictos de intereses: %1</translation>
    </message>
    <message>
        <source>The decision was recorded with the aid &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>La decisión se registró con la herramienta &quot;%1&quot;, no con &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The decision was recorded with version %1 of the aid, but version %2 is loaded.</source>
        <translation>La decisión se registró con la versión %1 de la herramienta, pero está cargada la versión %2.</translation>
    </message>
    <message>
        <source>The aid has changed since the decision was recorded.</source>
        <translation>La herramienta ha cambiado desde que se registró la decisión.</translation>
    </message>
    <message>
        <source>The aid has no option &quot;%1&quot;.</source>
        <translation>La herramienta no tiene la opción &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The aid has no value statement &quot;%1&quot;.</source>
        <translation>La herramienta no tiene la declaración de valores &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The value for &quot;%1&quot; is %2; it must be 0 to 10.</source>
        <translation>El valor de &quot;%1&quot; es %2; debe estar entre 0 y 10.</translation>
    </message>
    <message>
        <source>does not matter</source>
        <translation>no importa</translation>
    </message>
    <message>
        <source>matters a little</source>
        <translation>importa un poco</translation>
    </message>
    <message>
        <source>matters somewhat</source>
        <translation>importa algo</translation>
    </message>
    <message>
        <source>matters a lot</source>
        <translation>importa mucho</translation>
    </message>
    <message>
        <source>matters very much</source>
        <translation>importa muchísimo</translation>
    </message>
    <message>
        <source>No font is installed, so the summary would print without text.</source>
        <translation>No hay ninguna fuente tipográfica instalada, así que el resumen se imprimiría sin texto.</translation>
    </message>
    <message>
        <source>Summaries are printed in English or Spanish, not &quot;%1&quot;.</source>
        <translation>Los resúmenes se imprimen en inglés o en español, no en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Decision summary: %1</source>
        <translation>Resumen de la decisión: %1</translation>
    </message>
    <message>
        <source>The aid has no %1 text for: %2</source>
        <translation>La herramienta no tiene texto en %1 para: %2</translation>
    </message>
    <message>
        <source>Decision summary for %1, visit of %2</source>
        <translation>Resumen de la decisión de %1, visita del %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The SURE questions were asked in English: no validated version of them in this language is installed.</source>
        <translation>Las preguntas SURE se formularon en inglés: no hay instalada ninguna versión validada de ellas en este idioma.</translation>
    </message>
    <message>
        <source>The aid&apos;s %1 texts are a translation pending review, and there is no %1 notice to say so on the pages.</source>
        <translation>Los textos en %1 de la herramienta de ayuda a la decisión son una traducción pendiente de revisión y no hay ningún aviso en %1 que lo indique en las páginas.</translation>
    </message>
    <message>
        <source>The program&apos;s own texts in the summary&apos;s language (%1) cannot be loaded.</source>
        <translation>No se pueden cargar los textos propios del programa en el idioma del resumen (%1).</translation>
    </message>
</context>
<context>
    <name>DecisionText</name>
    <message>
        <source>Take more time: the decision does not have to be made today.</source>
        <translation>Tómese más tiempo: no tiene que decidir hoy.</translation>
    </message>
    <message>
        <source>Go over the options, benefits and risks again, or take the summary home to read.</source>
        <translation>Repase otra vez las opciones, los beneficios y los riesgos, o llévese el resumen a casa para leerlo.</translation>
    </message>
    <message>
        <source>Do the values exercise again to see which benefits and risks matter most.</source>
        <translation>Haga de nuevo el ejercicio de valores para ver qué beneficios y riesgos le importan más.</translation>
    </message>
    <message>
        <source>Talk it over with family or others you trust, and ask for a follow-up conversation.</source>
        <translation>Háblelo con su familia u otras personas de confianza, y pida una conversación de seguimiento.</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>Ask for at least one patient.</source>
        <translation>Solicite al menos un paciente.</translation>
    </message>
    <message>
        <source>The seed must be between 0 and %1.</source>
        <translation>La semilla debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>Demo patients for seed %1 are already in this database; choose another --seed.</source>
        <translation>Los pacientes de demostración de la semilla %1 ya están en esta base de datos; elija otro --seed.</translation>
    </message>
    <message>
        <source>Cancelled; no demo patients were added.</source>
        <translation>Cancelado; no se añadieron pacientes de demostración.</translation>
    </message>
    <message>
        <source>The demo needs the bundled instrument &quot;%1&quot;, which is unavailable.</source>
        <translation>La demostración necesita el instrumento incluido &quot;%1&quot;, que no está disponible.</translation>
    </message>
    <message>
        <source>Walk for 30 minutes without stopping (demo goal)</source>
        <translation>Caminar 30 minutos sin parar (objetivo de demostración)</translation>
    </message>
    <message>
        <source>Lakeside Medical Spine Center (demo)</source>
        <translation>Lakeside Medical Spine Center (demostración)</translation>
    </message>
    <message>
        <source>Added by the clinician (demo).</source>
        <translation>Añadido por el profesional clínico (demostración).</translation>
    </message>
    <message>
        <source>MRI of the lumbar spine (demo).</source>
        <translation>MRI de columna lumbar (demostración).</translation>
    </message>
    <message>
        <source>Tramadol 50 mg as needed for two weeks (demo).</source>
        <translation>Tramadol 50 mg a demanda durante dos semanas (demostración).</translation>
    </message>
    <message>
        <source>Refer to a spine surgeon for an opinion (demo).</source>
        <translation>Derivar a un cirujano de columna para valoración (demostración).</translation>
    </message>
    <message>
        <source>Refer to discuss lumbar fusion (demo).</source>
        <translation>Derivar para valorar una artrodesis lumbar (demostración).</translation>
    </message>
    <message>
        <source>Transforaminal epidural steroid injection (demo).</source>
        <translation>Inyección epidural transforaminal de corticoides (demostración).</translation>
    </message>
</context>
<context>
    <name>DiagnosisCatalogue</name>
    <message>
        <source>M54.16/M54.17 must not be coded together with M51.16/M51.17: radiculopathy due to a disc disorder is coded as the disc disorder (ICD-10-CM Excludes1).</source>
        <translation>M54.16/M54.17 no deben codificarse junto con M51.16/M51.17: la radiculopatía debida a un trastorno discal se codifica como el trastorno discal (ICD-10-CM Excludes1).</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: no se puede leer</translation>
    </message>
</context>
<context>
    <name>DocumentArchive</name>
    <message>
        <source>There is no document to archive.</source>
        <translation>No hay ningún documento que archivar.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Vista previa — %1</translation>
    </message>
    <message>
        <source>There is no printer to print on.</source>
        <translation>No hay ninguna impresora en la que imprimir.</translation>
    </message>
    <message>
        <source>The archived document is not a PDF.</source>
        <translation>El documento archivado no es un PDF.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The archived document could not be prepared for printing: %1</source>
        <translation>No se pudo preparar el documento archivado para imprimir: %1</translation>
    </message>
    <message>
        <source>The archived document could not be read.</source>
        <translation>No se pudo leer el documento archivado.</translation>
    </message>
    <message>
        <source>The printer could not start the job.</source>
        <translation>La impresora no pudo iniciar el trabajo.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message>
        <source>The printer could not start page %1.</source>
        <translation>La impresora no pudo iniciar la página %1.</translation>
    </message>
    <message>
        <source>Page %1 of the archived document could not be rendered.</source>
        <translation>No se pudo representar la página %1 del documento archivado.</translation>
    </message>
    <message>
        <source>The printer did not finish the job.</source>
        <translation>La impresora no terminó el trabajo.</translation>
    </message>
</context>
<context>
    <name>DossierLoader</name>
    <message>
        <source>There is no visit %1.</source>
        <translation>No existe la visita %1.</translation>
    </message>
    <message>
        <source>The patient of visit %1 cannot be found.</source>
        <translation>No se encuentra al paciente de la visita %1.</translation>
    </message>
    <message>
        <source>The examination cannot be read: %1</source>
        <translation>No se puede leer la exploración: %1</translation>
    </message>
</context>
<context>
    <name>DraftStatus</name>
    <message>
        <source>&amp;Reload saved version</source>
        <translation>&amp;Recargar la versión guardada</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Todos los cambios guardados.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation>Esta visita está firmada. Los cambios se registran como adendas.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
</context>
<context>
    <name>EsiText</name>
    <message>
        <source>Radicular pain, not axial pain</source>
        <translation>Dolor radicular, no dolor axial</translation>
    </message>
    <message>
        <source>Medicare LCD L33906 family</source>
        <translation>Medicare LCD L33906 y equivalentes</translation>
    </message>
    <message>
        <source>Leg-dominant pain recorded at intake</source>
        <translation>Dolor de predominio en la pierna registrado en la admisión</translation>
    </message>
    <message>
        <source>Back-dominant (axial) pain recorded; axial pain is not covered</source>
        <translation>Dolor de predominio en la espalda (axial) registrado; el dolor axial no está cubierto</translation>
    </message>
    <message>
        <source>Whether back or leg pain dominates is not recorded</source>
        <translation>No consta si predomina el dolor de espalda o el de pierna</translation>
    </message>
    <message>
        <source>Advisory: central stenosis with neurogenic claudication</source>
        <translation>Aviso: estenosis central con claudicación neurógena</translation>
    </message>
    <message>
        <source>NICE NG59; Friedly 2014</source>
        <translation>NICE NG59; Friedly 2014</translation>
    </message>
    <message>
        <source>Stenosis with neurogenic claudication: epidural injection is not recommended (clinical advisory, not a coverage rule)</source>
        <translation>Estenosis con claudicación neurógena: no se recomienda la inyección epidural (aviso clínico, no una norma de cobertura)</translation>
    </message>
    <message>
        <source>No stenosis with neurogenic claudication recorded</source>
        <translation>No se ha registrado estenosis con claudicación neurógena</translation>
    </message>
    <message numerus="yes">
        <source>Concordant imaging (MRI or CT within %n months)</source>
        <translation>
            <numerusform>Pruebas de imagen concordantes (MRI o CT con una antigüedad máxima de %n mes)</numerusform>
            <numerusform>Pruebas de imagen concordantes (MRI o CT con una antigüedad máxima de %n meses)</numerusform>
        </translation>
    </message>
    <message>
        <source>eviCore CMM-200; Medicare LCD</source>
        <translation>eviCore CMM-200; Medicare LCD</translation>
    </message>
    <message>
        <source>No MRI or CT recorded</source>
        <translation>No se ha registrado ninguna MRI ni CT</translation>
    </message>
    <message>
        <source>%1 of %2, concordant with the symptoms</source>
        <translation>%1 del %2, concordante con los síntomas</translation>
    </message>
    <message>
        <source>%1 of %2 is discordant with the symptoms</source>
        <translation>%1 del %2 es discordante con los síntomas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 is older than %n months</source>
        <translation>
            <numerusform>%1 del %2 tiene más de %n mes de antigüedad</numerusform>
            <numerusform>%1 del %2 tiene más de %n meses de antigüedad</numerusform>
        </translation>
    </message>
    <message>
        <source>Imaging date or concordance with the symptoms not recorded</source>
        <translation>Fecha de la prueba de imagen o concordancia con los síntomas sin registrar</translation>
    </message>
    <message>
        <source>Concordant neurological examination</source>
        <translation>Exploración neurológica concordante</translation>
    </message>
    <message>
        <source>eviCore CMM-200</source>
        <translation>eviCore CMM-200</translation>
    </message>
    <message>
        <source>No examination recorded</source>
        <translation>No se ha registrado ninguna exploración</translation>
    </message>
    <message>
        <source>Findings point to %1, concordant with imaging</source>
        <translation>Los hallazgos apuntan a %1, concordantes con las pruebas de imagen</translation>
    </message>
    <message>
        <source>Examination findings are discordant with imaging</source>
        <translation>Los hallazgos de la exploración son discordantes con las pruebas de imagen</translation>
    </message>
    <message>
        <source>Level or concordance with imaging not stated in the examination</source>
        <translation>La exploración no indica el nivel ni la concordancia con las pruebas de imagen</translation>
    </message>
    <message numerus="yes">
        <source>Symptoms for at least %n weeks</source>
        <translation>
            <numerusform>Síntomas durante al menos %n semana</numerusform>
            <numerusform>Síntomas durante al menos %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Medicare LCD; eviCore; BCBS MA 690</source>
        <translation>Medicare LCD; eviCore; BCBS MA 690</translation>
    </message>
    <message>
        <source>Onset date not recorded</source>
        <translation>Fecha de inicio sin registrar</translation>
    </message>
    <message numerus="yes">
        <source>Onset %1: %n week(s) before the visit</source>
        <translation>
            <numerusform>Inicio %1: %n semana antes de la visita</numerusform>
            <numerusform>Inicio %1: %n semanas antes de la visita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conservative care tried, including %n weeks of active physical therapy</source>
        <translation>
            <numerusform>Tratamiento conservador probado, incluida %n semana de fisioterapia activa</numerusform>
            <numerusform>Tratamiento conservador probado, incluidas %n semanas de fisioterapia activa</numerusform>
        </translation>
    </message>
    <message>
        <source>BCBS MA 690; Medicare LCD; eviCore</source>
        <translation>BCBS MA 690; Medicare LCD; eviCore</translation>
    </message>
    <message>
        <source>Physical therapy not tolerated: %1</source>
        <translation>Fisioterapia no tolerada: %1</translation>
    </message>
    <message>
        <source>No conservative care recorded</source>
        <translation>No se ha registrado tratamiento conservador</translation>
    </message>
    <message numerus="yes">
        <source>%n medication trial(s) recorded</source>
        <translation>
            <numerusform>%n ensayo farmacológico registrado</numerusform>
            <numerusform>%n ensayos farmacológicos registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Physical therapy for %n week(s); </source>
        <translation>
            <numerusform>Fisioterapia durante %n semana; </numerusform>
            <numerusform>Fisioterapia durante %n semanas; </numerusform>
        </translation>
    </message>
    <message>
        <source>Physical therapy recorded without dates; </source>
        <translation>Fisioterapia registrada sin fechas; </translation>
    </message>
    <message>
        <source>No physical therapy recorded and no reason it was not tolerated; </source>
        <translation>No se ha registrado fisioterapia ni el motivo por el que no se toleró; </translation>
    </message>
    <message numerus="yes">
        <source>Physical therapy for %n week(s) only; </source>
        <translation>
            <numerusform>Fisioterapia solo durante %n semana; </numerusform>
            <numerusform>Fisioterapia solo durante %n semanas; </numerusform>
        </translation>
    </message>
    <message>
        <source>At least moderate-to-severe persistent pain</source>
        <translation>Dolor persistente al menos de moderado a intenso</translation>
    </message>
    <message>
        <source>BCBS MA 690</source>
        <translation>BCBS MA 690</translation>
    </message>
    <message>
        <source>No pain score recorded; for the clinician to judge</source>
        <translation>No se ha registrado puntuación de dolor; queda a criterio del profesional clínico</translation>
    </message>
    <message>
        <source>For the clinician to judge: %1</source>
        <translation>A criterio del profesional clínico: %1</translation>
    </message>
    <message>
        <source>Baseline pain and function scores recorded</source>
        <translation>Puntuaciones basales de dolor y función registradas</translation>
    </message>
    <message>
        <source>Medicare LCD</source>
        <translation>Medicare LCD</translation>
    </message>
    <message>
        <source>Pain: %1 (%2); function: %3 (%4)</source>
        <translation>Dolor: %1 (%2); función: %3 (%4)</translation>
    </message>
    <message>
        <source>pain score (NRS or PEG)</source>
        <translation>puntuación de dolor (NRS o PEG)</translation>
    </message>
    <message>
        <source>function score (ODI or PEG)</source>
        <translation>puntuación de función (ODI o PEG)</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Sin registrar: %1</translation>
    </message>
    <message>
        <source>Shared decision documented with a decision aid</source>
        <translation>Decisión compartida documentada con una herramienta de ayuda a la decisión</translation>
    </message>
    <message>
        <source>SpineDesk requirement (ICSI 2018 shared decision making)</source>
        <translation>Requisito de SpineDesk (toma de decisiones compartida según ICSI 2018)</translation>
    </message>
    <message>
        <source>SURE %1 of 4</source>
        <translation>SURE %1 de 4</translation>
    </message>
    <message>
        <source>SURE incomplete</source>
        <translation>SURE incompleto</translation>
    </message>
    <message>
        <source>Decision aid %1 version %2 used; %3</source>
        <translation>Se usó la herramienta de ayuda a la decisión %1, versión %2; %3</translation>
    </message>
    <message>
        <source>No decision aid recorded for this visit</source>
        <translation>No se ha registrado ninguna herramienta de ayuda a la decisión en esta visita</translation>
    </message>
    <message>
        <source>Image guidance with contrast planned</source>
        <translation>Guía por imagen con contraste prevista</translation>
    </message>
    <message>
        <source>Medicare LCD; eviCore CMM-200</source>
        <translation>Medicare LCD; eviCore CMM-200</translation>
    </message>
    <message>
        <source>Image guidance not recorded</source>
        <translation>Guía por imagen sin registrar</translation>
    </message>
    <message>
        <source>Levels per session</source>
        <translation>Niveles por sesión</translation>
    </message>
    <message>
        <source>Approach or number of levels not recorded</source>
        <translation>Abordaje o número de niveles sin registrar</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n level(s)</source>
        <translation>
            <numerusform>%1, %n nivel</numerusform>
            <numerusform>%1, %n niveles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n days since the last injection</source>
        <translation>
            <numerusform>Al menos %n día desde la última inyección</numerusform>
            <numerusform>Al menos %n días desde la última inyección</numerusform>
        </translation>
    </message>
    <message>
        <source>No previous spinal injection</source>
        <translation>Sin inyecciones espinales previas</translation>
    </message>
    <message>
        <source>Injection history not recorded</source>
        <translation>Antecedentes de inyecciones sin registrar</translation>
    </message>
    <message>
        <source>Date of the last injection not recorded</source>
        <translation>Fecha de la última inyección sin registrar</translation>
    </message>
    <message numerus="yes">
        <source>Last epidural injection %1 (%n day(s) before the visit)</source>
        <translation>
            <numerusform>Última inyección epidural: %1 (%n día antes de la visita)</numerusform>
            <numerusform>Última inyección epidural: %1 (%n días antes de la visita)</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 in 6 months and %2 in 12 months</source>
        <translation>Como máximo %1 inyecciones en 6 meses y %2 en 12 meses</translation>
    </message>
    <message>
        <source>An epidural injection is recorded without a date</source>
        <translation>Hay una inyección epidural registrada sin fecha</translation>
    </message>
    <message>
        <source>%1 in the last 6 months and %2 in the last 12 months before this one</source>
        <translation>%1 en los últimos 6 meses y %2 en los últimos 12 meses antes de esta</translation>
    </message>
    <message>
        <source>Repeat only after at least %1 % relief</source>
        <translation>Repetir solo si hubo un alivio de al menos el %1 %</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Primera inyección</translation>
    </message>
    <message>
        <source>Relief after the injection of %1 not recorded</source>
        <translation>Alivio tras la inyección del %1 sin registrar</translation>
    </message>
    <message>
        <source>%1 % relief after the injection of %2</source>
        <translation>Alivio del %1 % tras la inyección del %2</translation>
    </message>
    <message>
        <source>No biologic injectate, no routine deep sedation</source>
        <translation>Sin sustancia inyectada biológica ni sedación profunda de rutina</translation>
    </message>
    <message>
        <source>Deep sedation planned</source>
        <translation>Sedación profunda prevista</translation>
    </message>
    <message>
        <source>Injectate or sedation not recorded</source>
        <translation>Sustancia inyectada o sedación sin registrar</translation>
    </message>
    <message>
        <source>; no deep sedation</source>
        <translation>; sin sedación profunda</translation>
    </message>
    <message>
        <source>Red-flag screen complete and acted on</source>
        <translation>Cribado de señales de alarma completo y con actuación registrada</translation>
    </message>
    <message>
        <source>SpineDesk requirement (red-flags.md)</source>
        <translation>Requisito de SpineDesk (red-flags.md)</translation>
    </message>
    <message>
        <source>Red-flag screen not recorded</source>
        <translation>Cribado de señales de alarma sin registrar</translation>
    </message>
    <message>
        <source>Not yet acted on: %1</source>
        <translation>Pendiente de actuación: %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Not documented</source>
        <translation>Sin documentar</translation>
    </message>
    <message>
        <source>ESI criteria: %1 of %2 met</source>
        <translation>Criterios de IEC: %1 de %2 cumplidos</translation>
    </message>
    <message>
        <source>; not met: %1</source>
        <translation>; no cumplidos: %1</translation>
    </message>
    <message>
        <source>; not documented: %1</source>
        <translation>; sin documentar: %1</translation>
    </message>
    <message>
        <source>; advisory: %1</source>
        <translation>; aviso: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>secondary source only</source>
        <translation>solo fuente secundaria</translation>
    </message>
    <message>
        <source>unverified (recalled, not checked)</source>
        <translation>sin verificar (citada de memoria, no comprobada)</translation>
    </message>
    <message>
        <source>SpineDesk rule</source>
        <translation>Regla de SpineDesk</translation>
    </message>
    <message>
        <source>unverified (source not found)</source>
        <translation>sin verificar (fuente no encontrada)</translation>
    </message>
</context>
<context>
    <name>ExaminationRepository</name>
    <message>
        <source>The examination of this visit cannot be read (%1). It was left untouched.</source>
        <translation>No se puede leer la exploración de esta visita (%1). Se ha dejado sin modificar.</translation>
    </message>
    <message>
        <source>Someone else started this examination in another window. Your changes were not saved.</source>
        <translation>Otra persona empezó esta exploración en otra ventana. Sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this examination since you opened it. Your changes were not saved.</source>
        <translation>Otra persona modificó esta exploración desde que usted la abrió. Sus cambios no se guardaron.</translation>
    </message>
</context>
<context>
    <name>ExaminationText</name>
    <message>
        <source>L2 – hip flexion</source>
        <translation>L2 – flexión de cadera</translation>
    </message>
    <message>
        <source>L3 – knee extension</source>
        <translation>L3 – extensión de rodilla</translation>
    </message>
    <message>
        <source>L4 – ankle dorsiflexion</source>
        <translation>L4 – dorsiflexión del tobillo</translation>
    </message>
    <message>
        <source>L5 – great toe extension</source>
        <translation>L5 – extensión del primer dedo del pie</translation>
    </message>
    <message>
        <source>S1 – ankle plantar flexion</source>
        <translation>S1 – flexión plantar del tobillo</translation>
    </message>
    <message>
        <source>%1 dermatome</source>
        <translation>Dermatoma %1</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Disminuido</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>No explorado</translation>
    </message>
    <message>
        <source>Brisk</source>
        <translation>Vivo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>No directional preference</source>
        <translation>Sin preferencia direccional</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Flexion</source>
        <translation>Flexión</translation>
    </message>
    <message>
        <source>Lateral shift, left</source>
        <translation>Desplazamiento lateral, izquierda</translation>
    </message>
    <message>
        <source>Lateral shift, right</source>
        <translation>Desplazamiento lateral, derecha</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>Findings do not point to one level</source>
        <translation>Los hallazgos no apuntan a un único nivel</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Side not stated</source>
        <translation>Lado no indicado</translation>
    </message>
    <message>
        <source>Imaging concordant with the findings</source>
        <translation>Pruebas de imagen concordantes con los hallazgos</translation>
    </message>
    <message>
        <source>Imaging discordant with the findings</source>
        <translation>Pruebas de imagen discordantes con los hallazgos</translation>
    </message>
    <message>
        <source>No imaging</source>
        <translation>Sin pruebas de imagen</translation>
    </message>
    <message>
        <source>Concordance not assessed</source>
        <translation>Concordancia no evaluada</translation>
    </message>
    <message>
        <source>Grade strength from 0 to %1, or leave it not tested.</source>
        <translation>Gradúe la fuerza de 0 a %1, o déjela como no explorada.</translation>
    </message>
    <message>
        <source>An angle is recorded only for a positive test.</source>
        <translation>Solo se registra un ángulo cuando la prueba es positiva.</translation>
    </message>
    <message>
        <source>Enter the angle from 1 to %1 degrees.</source>
        <translation>Introduzca el ángulo de 1 a %1 grados.</translation>
    </message>
    <message>
        <source>Choose the level before its side.</source>
        <translation>Elija el nivel antes que su lado.</translation>
    </message>
    <message>
        <source>Choose the level the findings point to before judging concordance with imaging.</source>
        <translation>Elija el nivel al que apuntan los hallazgos antes de valorar la concordancia con las pruebas de imagen.</translation>
    </message>
</context>
<context>
    <name>ExerciseSheet</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This visit has no therapy record, so there is no home exercise programme to print.</source>
        <translation>Esta visita no tiene registro de terapia, así que no hay ningún programa de ejercicios en casa que imprimir.</translation>
    </message>
    <message>
        <source>No home exercises were chosen at this visit; choose them in the Therapy step first.</source>
        <translation>No se eligieron ejercicios en casa en esta visita; elíjalos primero en el paso Terapia.</translation>
    </message>
    <message>
        <source>The home exercise programme names an exercise that is not in the exercise library: &quot;%1&quot;. Remove it or choose another exercise before printing.</source>
        <translation>El programa de ejercicios en casa incluye un ejercicio que no está en la biblioteca de ejercicios: &quot;%1&quot;. Quítelo o elija otro ejercicio antes de imprimir.</translation>
    </message>
    <message>
        <source>The exercise sheet&apos;s page setup could not be applied.</source>
        <translation>No se pudo aplicar la configuración de página de la hoja de ejercicios.</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>The %1 wording of the home exercise sheet is out of date: it translates revision %2 of the English text, which is now at revision %3. Print the sheet in another language the patient reads until it is updated.</source>
        <translation>El texto en %1 de la hoja de ejercicios en casa está desactualizado: traduce la revisión %2 del texto en inglés, que ahora está en la revisión %3. Imprima la hoja en otro idioma que el paciente lea hasta que se actualice.</translation>
    </message>
    <message>
        <source>The home exercise sheet cannot be printed in %1: there is no %1 wording for it.</source>
        <translation>La hoja de ejercicios en casa no se puede imprimir en %1: no hay texto en %1 para ella.</translation>
    </message>
    <message>
        <source>%1 (translates revision %2; the exercise is at revision %3)</source>
        <translation>%1 (traduce la revisión %2; el ejercicio está en la revisión %3)</translation>
    </message>
    <message>
        <source>The %1 text of these exercises is out of date and cannot be printed until the translation is updated: %2.</source>
        <translation>El texto en %1 de estos ejercicios está desactualizado y no se puede imprimir hasta que se actualice la traducción: %2.</translation>
    </message>
    <message>
        <source>These exercises have no %1 text yet: %2. Print the sheet in another language the patient reads, or choose other exercises.</source>
        <translation>Estos ejercicios aún no tienen texto en %1: %2. Imprima la hoja en otro idioma que el paciente lea o elija otros ejercicios.</translation>
    </message>
    <message>
        <source>The %1 sheet is a translation pending review, and there is no %1 notice to say so on its pages.</source>
        <translation>La hoja en %1 es una traducción pendiente de revisión y no hay ningún aviso en %1 que lo indique en sus páginas.</translation>
    </message>
</context>
<context>
    <name>ExerciseText</name>
    <message>
        <source>%1: the exercise folder does not exist</source>
        <translation>%1: la carpeta de ejercicios no existe</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>1 repetition</source>
        <translation>1 repetición</translation>
    </message>
    <message>
        <source>%1 repetitions</source>
        <translation>%1 repeticiones</translation>
    </message>
    <message>
        <source>1 set of %1</source>
        <translation>1 serie de %1</translation>
    </message>
    <message>
        <source>%1 sets of %2</source>
        <translation>%1 series de %2</translation>
    </message>
    <message>
        <source>1 set</source>
        <translation>1 serie</translation>
    </message>
    <message>
        <source>%1 sets</source>
        <translation>%1 series</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>hold each for %1</source>
        <translation>mantenga cada una durante %1</translation>
    </message>
    <message>
        <source>hold for %1</source>
        <translation>mantenga durante %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>durante %1</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>una vez al día</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>dos veces al día</translation>
    </message>
    <message>
        <source>%1 times a day</source>
        <translation>%1 veces al día</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>1 day a week</source>
        <translation>1 día a la semana</translation>
    </message>
    <message>
        <source>%1 days a week</source>
        <translation>%1 días a la semana</translation>
    </message>
    <message>
        <source>as your therapist showed you</source>
        <translation>como le enseñó su fisioterapeuta</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Nothing was written: the export could not be recorded in the audit log.</source>
        <translation>No se escribió nada: no se pudo anotar la exportación en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The plan of visit %1 is not signed: the document is preliminary.</source>
        <translation>El plan de la visita %1 no está firmado: el documento es preliminar.</translation>
    </message>
    <message>
        <source>The visit.</source>
        <translation>La visita.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>El archivo JSON que se escribirá.</translation>
    </message>
    <message>
        <source>Usage: spinedesk export fhir --visit ID --out FILE.json</source>
        <translation>Uso: spinedesk export fhir --visit ID --out FILE.json</translation>
    </message>
    <message>
        <source>Unknown export format &apos;%1&apos; (available: fhir).</source>
        <translation>Formato de exportación desconocido &apos;%1&apos; (disponibles: fhir).</translation>
    </message>
    <message>
        <source>--visit takes a visit number.</source>
        <translation>--visit requiere un número de visita.</translation>
    </message>
</context>
<context>
    <name>FhirText</name>
    <message>
        <source>Reason for referral: %1</source>
        <translation>Motivo de derivación: %1</translation>
    </message>
    <message>
        <source>Question asked: %1</source>
        <translation>Pregunta planteada: %1</translation>
    </message>
    <message>
        <source>Bottom line: %1</source>
        <translation>Conclusión: %1</translation>
    </message>
    <message>
        <source>Reason for referral and bottom line</source>
        <translation>Motivo de derivación y conclusión</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Sin registrar.</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>Lista de problemas</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No se ha registrado ninguno.</translation>
    </message>
    <message>
        <source>Episode: %1</source>
        <translation>Episodio: %1</translation>
    </message>
    <message>
        <source>Onset: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>History summary</source>
        <translation>Resumen de la admisión</translation>
    </message>
    <message>
        <source>Red-flag screen not recorded.</source>
        <translation>Cribado de señales de alarma sin registrar.</translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation>Cribado de señales de alarma</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>No questionnaires administered.</source>
        <translation>No se administró ningún cuestionario.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Pruebas de imagen</translation>
    </message>
    <message>
        <source>No imaging studies recorded.</source>
        <translation>No se ha registrado ninguna prueba de imagen.</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>aún no preguntado</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>aún sin decidir</translation>
    </message>
    <message>
        <source>SURE %1 of 4</source>
        <translation>SURE %1 de 4</translation>
    </message>
    <message>
        <source>SURE incomplete</source>
        <translation>SURE incompleto</translation>
    </message>
    <message>
        <source>Decision aid %1 (version %2): preferred option %3; %4</source>
        <translation>Herramienta de ayuda a la decisión %1 (versión %2): opción preferida %3; %4</translation>
    </message>
    <message>
        <source>Shared decision summary</source>
        <translation>Resumen de la decisión compartida</translation>
    </message>
    <message>
        <source>No decision aid used.</source>
        <translation>No se usó ninguna herramienta de ayuda a la decisión.</translation>
    </message>
    <message>
        <source>No active items.</source>
        <translation>No hay elementos activos.</translation>
    </message>
    <message>
        <source>No plan recorded.</source>
        <translation>No se ha registrado ningún plan.</translation>
    </message>
    <message>
        <source>DRAFT: this plan is not signed.</source>
        <translation>BORRADOR: este plan no está firmado.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Requests to the primary clinician</source>
        <translation>Solicitudes al médico de atención primaria</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>Consultation letter (PDF)</source>
        <translation>Carta de consulta (PDF)</translation>
    </message>
    <message>
        <source>The letter as archived, attached as a PDF.</source>
        <translation>La carta tal como se archivó, adjunta en PDF.</translation>
    </message>
    <message>
        <source>The draft letter, attached as a PDF.</source>
        <translation>El borrador de la carta, adjunto en PDF.</translation>
    </message>
    <message>
        <source>Consultation letter</source>
        <translation>Carta de consulta</translation>
    </message>
    <message>
        <source>Spine center consultation</source>
        <translation>Consulta del centro de columna</translation>
    </message>
    <message>
        <source>SpineDesk instrument %1 (definition not available in this program).</source>
        <translation>Instrumento de SpineDesk %1 (definición no disponible en este programa).</translation>
    </message>
    <message>
        <source>SpineDesk instrument %1, version %2, revision %3.</source>
        <translation>Instrumento de SpineDesk %1, versión %2, revisión %3.</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>nivel de riesgo</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>alerts: %1</source>
        <translation>alertas: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Spine center (name not set)</source>
        <translation>Centro de columna (nombre sin configurar)</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (para el %2)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>No goals recorded.</source>
        <translation>No se ha registrado ningún objetivo.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>SpineDesk instrument %1, version %2, definition SHA-256 %3.</source>
        <translation>Instrumento de SpineDesk %1, versión %2, SHA-256 de la definición %3.</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>Episodes and evaluated patients</source>
        <translation>Episodios y pacientes evaluados</translation>
    </message>
    <message>
        <source>Episodes of care whose first visit falls in the period and matches the filter.</source>
        <translation>Episodios de atención cuya primera visita cae en el periodo y coincide con el filtro.</translation>
    </message>
    <message>
        <source>Evaluated: of those, the episodes whose first visit has a signed plan. Only signed visits count.</source>
        <translation>Evaluados: de ellos, los episodios cuya primera visita tiene un plan firmado. Solo cuentan las visitas firmadas.</translation>
    </message>
    <message>
        <source>SpineDesk definition: outcomes per episode of care, not per visit (value-based care: Porter and Lee, Harvard Business Review 2013)</source>
        <translation>Definición de SpineDesk: resultados por episodio de atención, no por visita (atención basada en el valor: Porter and Lee, Harvard Business Review 2013)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Days from the referral received to the first visit: median (mean of the two middle values for an even count) and 90th percentile by nearest rank.</source>
        <translation>Días desde la recepción de la derivación hasta la primera visita: mediana (media de los dos valores centrales si el número de casos es par) y percentil 90 por rango más cercano.</translation>
    </message>
    <message>
        <source>Episodes with a referral received on or before the first visit; the others are listed as excluded.</source>
        <translation>Episodios con una derivación recibida el día de la primera visita o antes; los demás se listan como excluidos.</translation>
    </message>
    <message>
        <source>SpineDesk definition</source>
        <translation>Definición de SpineDesk</translation>
    </message>
    <message>
        <source>Case mix</source>
        <translation>Casuística</translation>
    </message>
    <message>
        <source>Episodes per STarT Back stratum, duration class and diagnosis at the first visit (an episode can have several diagnoses).</source>
        <translation>Episodios por estrato de STarT Back, clase de duración y diagnóstico en la primera visita (un episodio puede tener varios diagnósticos).</translation>
    </message>
    <message>
        <source>All episodes in the period.</source>
        <translation>Todos los episodios del periodo.</translation>
    </message>
    <message>
        <source>STarT Back: Hill JC et al. Lancet 2011; duration classes: ICSI 2018</source>
        <translation>STarT Back: Hill JC et al. Lancet 2011; clases de duración: ICSI 2018</translation>
    </message>
    <message>
        <source>Minimal clinically important difference (MCID) reached</source>
        <translation>Diferencia mínima clínicamente importante (MCID) alcanzada</translation>
    </message>
    <message>
        <source>Improvement from the first visit&apos;s score that meets the instrument&apos;s absolute or percentage MCID threshold, and which one, at the follow-up score nearest to 6 weeks (within 14 days) and 12 weeks (within 21 days) after the first visit.</source>
        <translation>Mejoría respecto a la puntuación de la primera visita que alcanza el umbral de MCID absoluto o porcentual del instrumento, y cuál de los dos, en la puntuación de seguimiento más cercana a las 6 semanas (con un margen de 14 días) y a las 12 semanas (con un margen de 21 días) después de la primera visita.</translation>
    </message>
    <message>
        <source>Episodes with a baseline score and a score in the window. Episodes with a baseline but no score in the window are shown as missing, never dropped.</source>
        <translation>Episodios con una puntuación basal y una puntuación dentro de la ventana. Los episodios con puntuación basal pero sin puntuación en la ventana se muestran como faltantes; nunca se descartan.</translation>
    </message>
    <message>
        <source>ODI and NRS thresholds: Ostelo RW et al. Spine 2008;33:90-94; PEG 30 %: a commonly used threshold, source unverified. Either threshold counts, and the report says which. The time windows are a SpineDesk rule.</source>
        <translation>Umbrales de ODI y NRS: Ostelo RW et al. Spine 2008;33:90-94; PEG 30 %: un umbral de uso común, fuente sin verificar. Cuenta cualquiera de los dos umbrales, y el informe indica cuál. Las ventanas temporales son una regla de SpineDesk.</translation>
    </message>
    <message>
        <source>Surgical referral</source>
        <translation>Derivación quirúrgica</translation>
    </message>
    <message>
        <source>Evaluated episodes with a surgical or fusion referral on any signed plan; the others count as not referred (surgery avoided at the spine center).</source>
        <translation>Episodios evaluados con una derivación a cirugía o para artrodesis en cualquier plan firmado; los demás cuentan como no derivados (cirugía evitada en el centro de columna).</translation>
    </message>
    <message>
        <source>Evaluated episodes.</source>
        <translation>Episodios evaluados.</translation>
    </message>
    <message>
        <source>SpineDesk definition: the recommended treatment per episode</source>
        <translation>Definición de SpineDesk: el tratamiento recomendado por episodio</translation>
    </message>
    <message>
        <source>Epidural steroid injections</source>
        <translation>Inyecciones epidurales de corticoides</translation>
    </message>
    <message>
        <source>Recommended: an epidural injection on a signed plan. Met the criteria: every counted criterion of the ESI check met at each such plan (missing data is never met).</source>
        <translation>Recomendada: una inyección epidural en un plan firmado. Cumplió los criterios: todos los criterios contabilizados de la comprobación de IEC se cumplieron en cada uno de esos planes (los datos que faltan nunca se dan por cumplidos).</translation>
    </message>
    <message>
        <source>Recommended: evaluated episodes. Met: episodes with a recommendation.</source>
        <translation>Recomendada: episodios evaluados. Cumplieron: episodios con una recomendación.</translation>
    </message>
    <message>
        <source>SpineDesk ESI criteria check (the strictest of the coverage rules it follows)</source>
        <translation>Comprobación de criterios de IEC de SpineDesk (la más estricta de las normas de cobertura que sigue)</translation>
    </message>
    <message>
        <source>Imaging in the first 6 weeks without a red flag</source>
        <translation>Pruebas de imagen en las primeras 6 semanas sin señal de alarma</translation>
    </message>
    <message>
        <source>Imaging recommended on a signed plan while the episode was under 6 weeks old and the red-flag screen was complete with every item absent.</source>
        <translation>Pruebas de imagen recomendadas en un plan firmado cuando el episodio tenía menos de 6 semanas y el cribado de señales de alarma estaba completo, con todos los ítems ausentes.</translation>
    </message>
    <message>
        <source>Evaluated episodes first seen under 6 weeks from onset.</source>
        <translation>Episodios evaluados vistos por primera vez antes de las 6 semanas desde el inicio.</translation>
    </message>
    <message>
        <source>Choosing Wisely: AAFP, AMSSM, NASS</source>
        <translation>Choosing Wisely: AAFP, AMSSM, NASS</translation>
    </message>
    <message>
        <source>Opioid recommended for chronic pain</source>
        <translation>Opioide recomendado para dolor crónico</translation>
    </message>
    <message>
        <source>An opioid started or continued on a signed plan of an episode with chronic pain.</source>
        <translation>Un opioide iniciado o mantenido en un plan firmado de un episodio con dolor crónico.</translation>
    </message>
    <message>
        <source>Evaluated episodes with chronic pain (12 weeks or more).</source>
        <translation>Episodios evaluados con dolor crónico (12 semanas o más).</translation>
    </message>
    <message>
        <source>NICE NG59: do not offer; ACP 2017: only after other drugs have failed</source>
        <translation>NICE NG59: no ofrecer; ACP 2017: solo después de que hayan fallado otros fármacos</translation>
    </message>
    <message>
        <source>Fusion discussed for non-specific low back pain</source>
        <translation>Artrodesis planteada para dolor lumbar inespecífico</translation>
    </message>
    <message>
        <source>A fusion referral on a signed plan where the primary diagnosis is non-specific low back pain.</source>
        <translation>Una derivación para artrodesis en un plan firmado cuyo diagnóstico principal es dolor lumbar inespecífico.</translation>
    </message>
    <message>
        <source>Evaluated episodes with non-specific low back pain.</source>
        <translation>Episodios evaluados con dolor lumbar inespecífico.</translation>
    </message>
    <message>
        <source>NICE NG59: fusion only within a randomised controlled trial</source>
        <translation>NICE NG59: artrodesis solo dentro de un ensayo controlado aleatorizado</translation>
    </message>
    <message>
        <source>PHQ-9 item 9 alerts</source>
        <translation>Alertas del ítem 9 del PHQ-9</translation>
    </message>
    <message>
        <source>Episodes where every positive item-9 (self-harm) answer at a signed visit has its follow-up recorded.</source>
        <translation>Episodios en los que cada respuesta positiva al ítem 9 (autolesión) en una visita firmada tiene registrado su seguimiento.</translation>
    </message>
    <message>
        <source>Episodes with at least one positive item-9 answer at a signed visit.</source>
        <translation>Episodios con al menos una respuesta positiva al ítem 9 en una visita firmada.</translation>
    </message>
    <message>
        <source>SpineDesk rule: a self-harm alert is shown, printed and logged, and needs a recorded action</source>
        <translation>Regla de SpineDesk: una alerta de autolesión se muestra, se imprime y se registra, y requiere una acción registrada</translation>
    </message>
    <message>
        <source>Follow-up completion</source>
        <translation>Seguimiento completado</translation>
    </message>
    <message>
        <source>Evaluated episodes with at least one signed follow-up visit.</source>
        <translation>Episodios evaluados con al menos una visita de seguimiento firmada.</translation>
    </message>
    <message>
        <source>SpineDesk rule: completion is reported beside outcomes so that drop-outs stay visible</source>
        <translation>Regla de SpineDesk: el seguimiento completado se informa junto a los resultados para que los abandonos sigan siendo visibles</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation>%1 de mejoría</translation>
    </message>
    <message>
        <source>%1 worse</source>
        <translation>%1 de empeoramiento</translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>no MCID defined</source>
        <translation>sin MCID definida</translation>
    </message>
    <message>
        <source>MCID not reached (needs %1)</source>
        <translation>MCID no alcanzada (requiere %1)</translation>
    </message>
    <message>
        <source>MCID reached (absolute threshold, %1)</source>
        <translation>MCID alcanzada (umbral absoluto, %1)</translation>
    </message>
    <message>
        <source>MCID reached (percentage threshold, %1)</source>
        <translation>MCID alcanzada (umbral porcentual, %1)</translation>
    </message>
    <message>
        <source>MCID reached (absolute and percentage thresholds)</source>
        <translation>MCID alcanzada (umbrales absoluto y porcentual)</translation>
    </message>
    <message>
        <source>; unverified threshold</source>
        <translation>; umbral sin verificar</translation>
    </message>
    <message>
        <source>%1 %2, %3 against the baseline of %4</source>
        <translation>%1 %2, %3 respecto al valor basal de %4</translation>
    </message>
    <message>
        <source>: MCID not reached</source>
        <translation>: MCID no alcanzada</translation>
    </message>
    <message>
        <source>: MCID reached by the absolute threshold</source>
        <translation>: MCID alcanzada por el umbral absoluto</translation>
    </message>
    <message>
        <source>: MCID reached by the percentage threshold</source>
        <translation>: MCID alcanzada por el umbral porcentual</translation>
    </message>
    <message>
        <source>: MCID reached by both thresholds</source>
        <translation>: MCID alcanzada por ambos umbrales</translation>
    </message>
    <message>
        <source> (unverified threshold)</source>
        <translation> (umbral sin verificar)</translation>
    </message>
    <message>
        <source>Follow-up visit.</source>
        <translation>Visita de seguimiento.</translation>
    </message>
    <message>
        <source>No measure was repeated against the baseline.</source>
        <translation>No se repitió ninguna medida respecto al valor basal.</translation>
    </message>
    <message>
        <source>The plan continues with 1 item carried over.</source>
        <translation>El plan continúa con 1 elemento mantenido del plan anterior.</translation>
    </message>
    <message>
        <source>The plan continues with %1 items carried over.</source>
        <translation>El plan continúa con %1 elementos mantenidos del plan anterior.</translation>
    </message>
    <message>
        <source>Specific requests to you are listed below.</source>
        <translation>Las solicitudes concretas para usted se indican a continuación.</translation>
    </message>
    <message>
        <source>No action is needed from you beyond usual care.</source>
        <translation>No se necesita ninguna acción por su parte aparte de la atención habitual.</translation>
    </message>
</context>
<context>
    <name>FollowUpLetter</name>
    <message>
        <source>Safety net</source>
        <translation>Red de seguridad</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Spine follow-up: progress against baseline</source>
        <translation>Seguimiento de columna: evolución respecto al basal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of visit: </source>
        <translation>Fecha de la visita: </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>   Seen by: </source>
        <translation>   Atendido por: </translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Seguimiento de</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Plan followed up</source>
        <translation>Plan en seguimiento</translation>
    </message>
    <message>
        <source>signed plan of %1</source>
        <translation>plan firmado del %1</translation>
    </message>
    <message>
        <source>Bottom line: </source>
        <translation>Conclusión: </translation>
    </message>
    <message>
        <source>none written</source>
        <translation>no redactada</translation>
    </message>
    <message>
        <source>Measures against baseline</source>
        <translation>Medidas respecto al basal</translation>
    </message>
    <message>
        <source>No questionnaire of the baseline was repeated at this visit.</source>
        <translation>En esta visita no se repitió ningún cuestionario de la evaluación basal.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basal</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>MCID</source>
        <translation>MCID</translation>
    </message>
    <message>
        <source>MCID: the minimal clinically important difference. &quot;Reached&quot; means the improvement from the baseline meets the absolute or the percentage threshold; the table says which. A threshold whose source is not verified is marked &quot;unverified threshold&quot;.</source>
        <translation>MCID: la diferencia mínima clínicamente importante. «Alcanzada» significa que la mejora respecto al basal alcanza el umbral absoluto o el porcentual; la tabla indica cuál. Un umbral cuya fuente no está verificada se marca como «umbral no verificado».</translation>
    </message>
    <message>
        <source>MCID sources: %1</source>
        <translation>Fuentes de la MCID: %1</translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation>Cambios en el plan</translation>
    </message>
    <message>
        <source>No earlier signed plan in this episode to compare with.</source>
        <translation>No hay un plan firmado anterior en este episodio con el que comparar.</translation>
    </message>
    <message>
        <source>No plan recorded at this visit: the plan of %1 stands.</source>
        <translation>No se registró ningún plan en esta visita: sigue vigente el plan del %1.</translation>
    </message>
    <message>
        <source>Added: </source>
        <translation>Añadido: </translation>
    </message>
    <message>
        <source>Changed: </source>
        <translation>Modificado: </translation>
    </message>
    <message>
        <source>%1: %2 (was: %3)</source>
        <translation>%1: %2 (antes: %3)</translation>
    </message>
    <message>
        <source>Stopped: </source>
        <translation>Suspendido: </translation>
    </message>
    <message>
        <source>No change: the plan of %1 continues.</source>
        <translation>Sin cambios: continúa el plan del %1.</translation>
    </message>
    <message>
        <source>Goal: %1 (by %2)</source>
        <translation>Objetivo: %1 (para el %2)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Requests to the primary clinician</source>
        <translation>Solicitudes al médico de atención primaria</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
</context>
<context>
    <name>HandoutContent</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>missing: the file must start with a line &quot;---&quot;</source>
        <translation>falta: el archivo debe empezar con una línea &quot;---&quot;</translation>
    </message>
    <message>
        <source>not closed: no second line &quot;---&quot;</source>
        <translation>sin cerrar: no hay una segunda línea &quot;---&quot;</translation>
    </message>
    <message>
        <source>a list item outside &quot;sources&quot; or &quot;numbers&quot;</source>
        <translation>un elemento de lista fuera de &quot;sources&quot; o &quot;numbers&quot;</translation>
    </message>
    <message>
        <source>expected &quot;field: value&quot; or &quot;  - item&quot; in the front matter</source>
        <translation>se esperaba &quot;campo: valor&quot; o &quot;  - elemento&quot; en los metadatos iniciales</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>campo desconocido (conocidos: %1)</translation>
    </message>
    <message>
        <source>given twice (lines %1 and %2)</source>
        <translation>indicado dos veces (líneas %1 y %2)</translation>
    </message>
    <message>
        <source>must be a list: one &quot;  - item&quot; per line below it</source>
        <translation>debe ser una lista: un &quot;  - elemento&quot; por línea, debajo del campo</translation>
    </message>
    <message>
        <source>missing: a reviewer&apos;s name, or &quot;%1&quot;</source>
        <translation>falta: el nombre de un revisor, o &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be absent while the file is &quot;%1&quot;</source>
        <translation>no debe figurar mientras el archivo esté como &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing: the date of the review (YYYY-MM-DD)</source>
        <translation>falta: la fecha de la revisión (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 1 or more</source>
        <translation>&quot;%1&quot; no es un número entero igual o mayor que 1</translation>
    </message>
    <message>
        <source>code marks (`) are not allowed in a handout</source>
        <translation>no se permiten marcas de código (`) en una hoja informativa</translation>
    </message>
    <message>
        <source>HTML is not allowed in a handout</source>
        <translation>no se permite HTML en una hoja informativa</translation>
    </message>
    <message>
        <source>links and images are not allowed in a handout: it is printed</source>
        <translation>no se permiten enlaces ni imágenes en una hoja informativa: se imprime en papel</translation>
    </message>
    <message>
        <source>an emphasis mark (** or *) is not closed</source>
        <translation>una marca de énfasis (** o *) no está cerrada</translation>
    </message>
    <message>
        <source>text before the first &quot;## key&quot;</source>
        <translation>texto antes del primer &quot;## clave&quot;</translation>
    </message>
    <message>
        <source>a level-1 heading: the title comes from the front matter</source>
        <translation>un encabezado de nivel 1: el título procede de los metadatos iniciales</translation>
    </message>
    <message>
        <source>headings deeper than %1 are not allowed</source>
        <translation>no se permiten encabezados de nivel más profundo que %1</translation>
    </message>
    <message>
        <source>a heading needs a space and a title after the # marks</source>
        <translation>un encabezado necesita un espacio y un título después de las marcas #</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key (lower-case words joined by . or -)</source>
        <translation>&quot;%1&quot; no es una clave (palabras en minúsculas unidas por . o -)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given twice</source>
        <translation>la clave &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>only ## and ### headings, paragraphs, &quot;- &quot; bullets and &quot;1. &quot; numbered items are allowed in a handout</source>
        <translation>en una hoja informativa solo se permiten encabezados ## y ###, párrafos, viñetas &quot;- &quot; y elementos numerados &quot;1. &quot;</translation>
    </message>
    <message>
        <source>the number &quot;%1&quot; has no citation: declare the phrase under &quot;numbers&quot; with its source [V]</source>
        <translation>el número &quot;%1&quot; no tiene cita: declare la frase en &quot;numbers&quot; con su fuente [V]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not appear in the text</source>
        <translation>&quot;%1&quot; no aparece en el texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lower-case words joined by hyphens</source>
        <translation>&quot;%1&quot; debe estar formado por palabras en minúsculas unidas por guiones</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from the file name &quot;%2&quot;</source>
        <translation>&quot;%1&quot; difiere del nombre del archivo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es ninguno de estos: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; but the file is in the folder &quot;%2&quot;</source>
        <translation>&quot;%1&quot;, pero el archivo está en la carpeta &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;library&quot; or &quot;visit-text&quot;</source>
        <translation>&quot;%1&quot; no es &quot;library&quot; ni &quot;visit-text&quot;</translation>
    </message>
    <message>
        <source>missing: at least one source from the clinical reference</source>
        <translation>falta: al menos una fuente de la referencia clínica</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must end with [V] or [rule]: patient handouts state only verified facts and the clinic&apos;s own rules</source>
        <translation>&quot;%1&quot; debe terminar en [V] o [rule]: las hojas informativas para pacientes solo recogen hechos verificados y las reglas propias de la clínica</translation>
    </message>
    <message>
        <source>expected &quot;phrase&quot; followed by its source</source>
        <translation>se esperaba una &quot;frase&quot; seguida de su fuente</translation>
    </message>
    <message>
        <source>the source of &quot;%1&quot; must end with [V]</source>
        <translation>la fuente de &quot;%1&quot; debe terminar en [V]</translation>
    </message>
    <message>
        <source>only a translation has this field</source>
        <translation>solo las traducciones tienen este campo</translation>
    </message>
    <message>
        <source>missing: who translated the file</source>
        <translation>falta: quién tradujo el archivo</translation>
    </message>
    <message>
        <source>empty: there is no text after the front matter</source>
        <translation>vacío: no hay texto después de los metadatos iniciales</translation>
    </message>
    <message>
        <source>no text under this key</source>
        <translation>no hay texto bajo esta clave</translation>
    </message>
</context>
<context>
    <name>HandoutLibrary</name>
    <message>
        <source>%1: the handout folder does not exist</source>
        <translation>%1: la carpeta de hojas informativas no existe</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>there is no English file with the id &quot;%1&quot;</source>
        <translation>no hay ningún archivo en inglés con el id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>translates English revision %1, but the English file is at revision %2; update and review the translation</source>
        <translation>traduce la revisión %1 en inglés, pero el archivo en inglés está en la revisión %2; actualice y revise la traducción</translation>
    </message>
</context>
<context>
    <name>HandoverRepository</name>
    <message>
        <source>Say what the physiatrist needs to know: a hand-over needs a description.</source>
        <translation>Indique lo que el médico rehabilitador necesita saber: un traspaso necesita una descripción.</translation>
    </message>
    <message>
        <source>Choose the clinician handing over first.</source>
        <translation>Elija primero el profesional clínico que hace el traspaso.</translation>
    </message>
    <message>
        <source>Visit %1 does not exist.</source>
        <translation>La visita %1 no existe.</translation>
    </message>
    <message>
        <source>Record what was done before closing the hand-over.</source>
        <translation>Registre lo que se hizo antes de cerrar el traspaso.</translation>
    </message>
    <message>
        <source>Choose the clinician closing the hand-over first.</source>
        <translation>Elija primero el profesional clínico que cierra el traspaso.</translation>
    </message>
    <message>
        <source>This hand-over is already done.</source>
        <translation>Este traspaso ya está hecho.</translation>
    </message>
    <message>
        <source>This hand-over was changed or closed elsewhere. Refresh the list to see it.</source>
        <translation>Este traspaso se modificó o se cerró en otro lugar. Actualice la lista para verlo.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown clinician</source>
        <translation>profesional clínico desconocido</translation>
    </message>
</context>
<context>
    <name>HandoverTaskDialog</name>
    <message>
        <source>Hand over to a physiatrist</source>
        <translation>Traspasar a un médico rehabilitador</translation>
    </message>
    <message>
        <source>The task goes on the patient&apos;s chart and stays in the main window&apos;s hand-over list until a physiatrist records what was done.</source>
        <translation>La tarea se añade a la historia clínica del paciente y permanece en la lista de traspasos de la ventana principal hasta que un médico rehabilitador registre lo que se hizo.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Reason for the hand-over</source>
        <translation>Motivo del traspaso</translation>
    </message>
    <message>
        <source>&amp;What the physiatrist needs to know</source>
        <translation>&amp;Lo que el médico rehabilitador necesita saber</translation>
    </message>
    <message>
        <source>Hand-over detail</source>
        <translation>Detalle del traspaso</translation>
    </message>
    <message>
        <source>The finding, what was already done, and the question</source>
        <translation>El hallazgo, lo que ya se hizo y la pregunta</translation>
    </message>
    <message>
        <source>Problem with the hand-over detail</source>
        <translation>Problema con el detalle del traspaso</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>Physiatrist the task is for</source>
        <translation>Médico rehabilitador al que va dirigida la tarea</translation>
    </message>
</context>
<context>
    <name>HandoverText</name>
    <message>
        <source>Action taken: %1</source>
        <translation>Medida adoptada: %1</translation>
    </message>
    <message>
        <source>Not acted on, because: %1</source>
        <translation>No se actuó porque: %1</translation>
    </message>
    <message>
        <source>No action recorded yet.</source>
        <translation>Aún no se ha registrado ninguna medida.</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Señal de alarma</translation>
    </message>
    <message>
        <source>Progressive neurological signs</source>
        <translation>Signos neurológicos progresivos</translation>
    </message>
    <message>
        <source>Injection question</source>
        <translation>Consulta sobre inyección</translation>
    </message>
    <message>
        <source>Surgery question</source>
        <translation>Consulta sobre cirugía</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Recommended: %4 %5</source>
        <translation>%1 (%2): %3. Recomendado: %4 %5</translation>
    </message>
    <message>
        <source>The plan includes: %1. A physiatrist to review.</source>
        <translation>El plan incluye: %1. Debe revisarlo un médico rehabilitador.</translation>
    </message>
</context>
<context>
    <name>IconArray</name>
    <message>
        <source>An icon array has %1 icons, not %2.</source>
        <translation>Una matriz de iconos tiene %1 iconos, no %2.</translation>
    </message>
    <message>
        <source>A count of %1 cannot be shown in an array of %2.</source>
        <translation>Un recuento de %1 no se puede mostrar en una matriz de %2.</translation>
    </message>
    <message>
        <source>The outcome has no colour.</source>
        <translation>El resultado no tiene color.</translation>
    </message>
    <message>
        <source>%1 of %2 people %3; %4 of %2 %5.</source>
        <translation>%1 de %2 personas %3; %4 de %2 %5.</translation>
    </message>
    <message>
        <source>%1 (%2) of %3 people %4</source>
        <translation>%1 (%2) de %3 personas %4</translation>
    </message>
</context>
<context>
    <name>InstrumentText</name>
    <message>
        <source>class %1, wording not installed (scoring only)</source>
        <translation>clase %1, texto no instalado (solo puntuación)</translation>
    </message>
    <message>
        <source>class %1, licensed wording installed</source>
        <translation>clase %1, texto con licencia instalado</translation>
    </message>
    <message>
        <source>class %1, item gists (verify against the published form)</source>
        <translation>clase %1, resúmenes de los ítems (verifíquelos con el formulario publicado)</translation>
    </message>
    <message>
        <source>One value per scored item.</source>
        <translation>Un valor por cada ítem puntuado.</translation>
    </message>
    <message>
        <source>female or male, where scoring depends on it.</source>
        <translation>female o male, cuando la puntuación depende de ello.</translation>
    </message>
    <message>
        <source>Usage: spinedesk score ID --answers LIST [--sex female|male]</source>
        <translation>Uso: spinedesk score ID --answers LIST [--sex female|male]</translation>
    </message>
    <message>
        <source>instrument &apos;%1&apos; is unavailable: %2</source>
        <translation>el instrumento &apos;%1&apos; no está disponible: %2</translation>
    </message>
    <message>
        <source>unknown instrument &apos;%1&apos;</source>
        <translation>instrumento desconocido: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>Imported licensed wording from %1.</source>
        <translation>Se importó el texto con licencia desde %1.</translation>
    </message>
    <message>
        <source>Usage: spinedesk instruments [list] | spinedesk instruments import FILE</source>
        <translation>Uso: spinedesk instruments [list] | spinedesk instruments import FILE</translation>
    </message>
    <message>
        <source>Usage: spinedesk content check</source>
        <translation>Uso: spinedesk content check</translation>
    </message>
    <message>
        <source>ok      %1 (%2 test vectors passed)</source>
        <translation>válido  %1 (%2 vectores de prueba superados)</translation>
    </message>
    <message>
        <source>ok      red-flag checklist (%1 conditions)</source>
        <translation>válido  lista de señales de alarma (%1 afecciones)</translation>
    </message>
    <message>
        <source>ok      yellow-flag checklist (%1 domains)</source>
        <translation>válido  lista de banderas amarillas (%1 dominios)</translation>
    </message>
    <message>
        <source>1 content file failed the check.</source>
        <translation>1 archivo de contenido no superó la comprobación.</translation>
    </message>
    <message>
        <source>%1 content files failed the check.</source>
        <translation>%1 archivos de contenido no superaron la comprobación.</translation>
    </message>
    <message>
        <source>ok      diagnosis codes (%1 diagnoses)</source>
        <translation>válido  códigos de diagnóstico (%1 diagnósticos)</translation>
    </message>
    <message>
        <source>ok      handouts (%1 files)</source>
        <translation>válido  hojas informativas (%1 archivos)</translation>
    </message>
    <message>
        <source>ok      exercises (%1 files)</source>
        <translation>válido  ejercicios (%1 archivos)</translation>
    </message>
    <message>
        <source>All %1 instrument definitions, the flag checklists, the evidence registry, the decision aids, the diagnosis codes, the handouts and the exercises are valid.</source>
        <translation>Todo es válido: las %1 definiciones de instrumentos, las listas de señales de alarma y banderas amarillas, el registro de evidencias, las herramientas de ayuda a la decisión, los códigos de diagnóstico, las hojas informativas y los ejercicios.</translation>
    </message>
    <message>
        <source>%1: validated translation installed</source>
        <translation>%1: traducción validada instalada</translation>
    </message>
    <message>
        <source>%1: validated translation not installed (import it)</source>
        <translation>%1: traducción validada no instalada (impórtela)</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Solo en inglés</translation>
    </message>
</context>
<context>
    <name>IntakeEntries</name>
    <message>
        <source>course of care</source>
        <translation>ciclo de tratamiento</translation>
    </message>
    <message>
        <source>Prior conservative care</source>
        <translation>Tratamiento conservador previo</translation>
    </message>
    <message>
        <source>&amp;Modality</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Profesional o centro</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;End (blank if ongoing)</source>
        <translation>&amp;Fin (en blanco si está en curso)</translation>
    </message>
    <message>
        <source>Sessions &amp;attended</source>
        <translation>Sesiones &amp;realizadas</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>Medications tried</source>
        <translation>Medicamentos probados</translation>
    </message>
    <message>
        <source>&amp;Medication</source>
        <translation>&amp;Medicamento</translation>
    </message>
    <message>
        <source>&amp;Note (side effects, why stopped)</source>
        <translation>&amp;Nota (efectos secundarios, motivo de la suspensión)</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>inyección</translation>
    </message>
    <message>
        <source>Prior injections</source>
        <translation>Infiltraciones previas</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Level and side</source>
        <translation>&amp;Nivel y lado</translation>
    </message>
    <message>
        <source>R&amp;elief (%)</source>
        <translation>&amp;Alivio (%)</translation>
    </message>
    <message>
        <source>imaging study</source>
        <translation>estudio de imagen</translation>
    </message>
    <message>
        <source>Imaging on file</source>
        <translation>Pruebas de imagen disponibles</translation>
    </message>
    <message>
        <source>&amp;Key finding</source>
        <translation>&amp;Hallazgo principal</translation>
    </message>
    <message>
        <source>Coded &amp;finding</source>
        <translation>Hallazgo &amp;codificado</translation>
    </message>
    <message>
        <source>&amp;Level (e.g. L4-5)</source>
        <translation>&amp;Nivel (p. ej., L4-5)</translation>
    </message>
    <message>
        <source>&amp;Concordance with symptoms</source>
        <translation>&amp;Concordancia con los síntomas</translation>
    </message>
</context>
<context>
    <name>IntakeRepository</name>
    <message>
        <source>Someone else started this intake in another window. Your changes were not saved.</source>
        <translation>Otra persona empezó este formulario de admisión en otra ventana. Sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this intake since you opened it. Your changes were not saved.</source>
        <translation>Otra persona modificó este formulario de admisión después de que usted lo abriera. Sus cambios no se guardaron.</translation>
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
        <translation>Trabaja, con funciones completas</translation>
    </message>
    <message>
        <source>Working, modified duties</source>
        <translation>Trabaja, con funciones adaptadas</translation>
    </message>
    <message>
        <source>Off work because of back pain</source>
        <translation>De baja laboral por dolor de espalda</translation>
    </message>
    <message>
        <source>Not employed</source>
        <translation>Sin empleo</translation>
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
        <translation>Labores del hogar o cuidado de otras personas</translation>
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
        <translation>Zona lumbar, izquierda</translation>
    </message>
    <message>
        <source>Low back, right</source>
        <translation>Zona lumbar, derecha</translation>
    </message>
    <message>
        <source>Buttock, left</source>
        <translation>Glúteo, izquierdo</translation>
    </message>
    <message>
        <source>Buttock, right</source>
        <translation>Glúteo, derecho</translation>
    </message>
    <message>
        <source>Groin, left</source>
        <translation>Ingle, izquierda</translation>
    </message>
    <message>
        <source>Groin, right</source>
        <translation>Ingle, derecha</translation>
    </message>
    <message>
        <source>Front of thigh, left</source>
        <translation>Parte delantera del muslo, izquierdo</translation>
    </message>
    <message>
        <source>Front of thigh, right</source>
        <translation>Parte delantera del muslo, derecho</translation>
    </message>
    <message>
        <source>Back of thigh, left</source>
        <translation>Parte trasera del muslo, izquierdo</translation>
    </message>
    <message>
        <source>Back of thigh, right</source>
        <translation>Parte trasera del muslo, derecho</translation>
    </message>
    <message>
        <source>Leg below the knee, left</source>
        <translation>Pierna por debajo de la rodilla, izquierda</translation>
    </message>
    <message>
        <source>Leg below the knee, right</source>
        <translation>Pierna por debajo de la rodilla, derecha</translation>
    </message>
    <message>
        <source>Foot, left</source>
        <translation>Pie, izquierdo</translation>
    </message>
    <message>
        <source>Foot, right</source>
        <translation>Pie, derecho</translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>Home exercise program</source>
        <translation>Programa de ejercicios en casa</translation>
    </message>
    <message>
        <source>Chiropractic care</source>
        <translation>Quiropráctica</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Masaje</translation>
    </message>
    <message>
        <source>Acupuncture</source>
        <translation>Acupuntura</translation>
    </message>
    <message>
        <source>Cognitive behavioural therapy</source>
        <translation>Terapia cognitivo-conductual</translation>
    </message>
    <message>
        <source>Multidisciplinary rehabilitation</source>
        <translation>Rehabilitación multidisciplinar</translation>
    </message>
    <message>
        <source>Yoga or tai chi</source>
        <translation>Yoga o taichí</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Calor</translation>
    </message>
    <message>
        <source>Epidural steroid, transforaminal</source>
        <translation>Corticoide epidural, transforaminal</translation>
    </message>
    <message>
        <source>Epidural steroid, interlaminar</source>
        <translation>Corticoide epidural, interlaminar</translation>
    </message>
    <message>
        <source>Epidural steroid, caudal</source>
        <translation>Corticoide epidural, caudal</translation>
    </message>
    <message>
        <source>Facet joint injection</source>
        <translation>Inyección en articulación facetaria</translation>
    </message>
    <message>
        <source>Medial branch block</source>
        <translation>Bloqueo de rama medial</translation>
    </message>
    <message>
        <source>Radiofrequency ablation</source>
        <translation>Ablación por radiofrecuencia</translation>
    </message>
    <message>
        <source>Sacroiliac joint injection</source>
        <translation>Inyección en articulación sacroilíaca</translation>
    </message>
    <message>
        <source>Trigger point injection</source>
        <translation>Inyección en punto gatillo</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Radiografía</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>MRI</translation>
    </message>
    <message>
        <source>CT</source>
        <translation>CT</translation>
    </message>
    <message>
        <source>CT myelogram</source>
        <translation>Mielografía por CT</translation>
    </message>
    <message>
        <source>Bone scan</source>
        <translation>Gammagrafía ósea</translation>
    </message>
    <message>
        <source>Disc herniation</source>
        <translation>Hernia discal</translation>
    </message>
    <message>
        <source>Spinal stenosis</source>
        <translation>Estenosis de canal lumbar</translation>
    </message>
    <message>
        <source>Spondylolisthesis</source>
        <translation>Espondilolistesis</translation>
    </message>
    <message>
        <source>Degenerative disc disease</source>
        <translation>Enfermedad degenerativa discal</translation>
    </message>
    <message>
        <source>Normal for age</source>
        <translation>Normal para la edad</translation>
    </message>
    <message>
        <source>Other finding</source>
        <translation>Otro hallazgo</translation>
    </message>
    <message>
        <source>Finding not coded</source>
        <translation>Hallazgo sin codificar</translation>
    </message>
    <message>
        <source>Never used nicotine</source>
        <translation>Nunca ha consumido nicotina</translation>
    </message>
    <message>
        <source>Former nicotine user</source>
        <translation>Exconsumidor de nicotina</translation>
    </message>
    <message>
        <source>Current nicotine user</source>
        <translation>Consumidor actual de nicotina</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Spine consultation: treatment plan</source>
        <translation>Consulta de columna: plan de tratamiento</translation>
    </message>
    <message>
        <source>fax %1</source>
        <translation>fax %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of visit: </source>
        <translation>Fecha de la visita: </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>   Seen by: </source>
        <translation>   Atendido por: </translation>
    </message>
    <message>
        <source>Reason for referral and bottom line</source>
        <translation>Motivo de derivación y conclusión principal</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Su pregunta</translation>
    </message>
    <message>
        <source>Bottom line: </source>
        <translation>Conclusión principal: </translation>
    </message>
    <message>
        <source>none written</source>
        <translation>sin redactar</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>Lista de problemas</translation>
    </message>
    <message>
        <source>Psychosocial factors recorded (yellow flags)</source>
        <translation>Factores psicosociales registrados (banderas amarillas)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Anamnesis</translation>
    </message>
    <message>
        <source>, %1 before the visit</source>
        <translation>, %1 antes de la visita</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration class</source>
        <translation>Categoría de duración</translation>
    </message>
    <message>
        <source>Dominant pain</source>
        <translation>Dolor predominante</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Conservative care so far</source>
        <translation>Tratamiento conservador hasta la fecha</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>1 session attended</source>
        <translation>asistió a 1 sesión</translation>
    </message>
    <message>
        <source>%1 sessions attended</source>
        <translation>asistió a %1 sesiones</translation>
    </message>
    <message>
        <source>response not recorded</source>
        <translation>respuesta no registrada</translation>
    </message>
    <message>
        <source>response: %1</source>
        <translation>respuesta: %1</translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation>Cribado de señales de alarma</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Exploración</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Pruebas de imagen</translation>
    </message>
    <message>
        <source>Imaging now</source>
        <translation>Pruebas de imagen ahora</translation>
    </message>
    <message>
        <source>no decision recorded</source>
        <translation>ninguna decisión registrada</translation>
    </message>
    <message>
        <source>Red-flag status</source>
        <translation>Estado de señales de alarma</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>Shared decision</source>
        <translation>Decisión compartida</translation>
    </message>
    <message>
        <source>The patient&apos;s goals, in their words</source>
        <translation>Los objetivos del paciente, en sus propias palabras</translation>
    </message>
    <message>
        <source>No decision aid was used at this visit.</source>
        <translation>No se utilizó ninguna herramienta de ayuda a la decisión en esta visita.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Epidural steroid injection</source>
        <translation>Inyección epidural de corticoides</translation>
    </message>
    <message>
        <source>No plan recorded.</source>
        <translation>No hay ningún plan registrado.</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>Departs from the matched package because: %1</source>
        <translation>Se aparta del paquete asignado porque: %1</translation>
    </message>
    <message>
        <source> [unverified]</source>
        <translation> [sin verificar]</translation>
    </message>
    <message>
        <source>Low-value-care advisory kept: </source>
        <translation>Se mantiene pese al aviso de atención de bajo valor: </translation>
    </message>
    <message>
        <source> Reason: </source>
        <translation> Motivo: </translation>
    </message>
    <message>
        <source>No plan items.</source>
        <translation>No hay elementos en el plan.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (para el %2)</translation>
    </message>
    <message>
        <source>Requests to the primary clinician</source>
        <translation>Peticiones al médico de atención primaria</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>Safety net</source>
        <translation>Red de seguridad</translation>
    </message>
    <message>
        <source>Please re-refer urgently, or send the patient to the emergency department, if any of these appear:</source>
        <translation>Vuelva a derivar al paciente con carácter urgente, o envíelo al servicio de urgencias, si aparece cualquiera de los siguientes signos:</translation>
    </message>
    <message>
        <source>Cauda equina features: new bladder or bowel dysfunction, reduced saddle (perineal) sensation, bilateral leg pain or neurological symptoms: emergency, same day.</source>
        <translation>Signos de síndrome de cola de caballo: disfunción vesical o intestinal nueva, disminución de la sensibilidad en silla de montar (perineal), dolor o síntomas neurológicos bilaterales en las piernas: emergencia, el mismo día.</translation>
    </message>
    <message>
        <source>Progressive or new leg weakness, or a deficit at more than one level: urgent.</source>
        <translation>Debilidad nueva o progresiva en las piernas, o déficit en más de un nivel: urgente.</translation>
    </message>
    <message>
        <source>Fever with back pain, especially with intravenous drug use, immunosuppression or a recent spinal procedure: urgent.</source>
        <translation>Fiebre con dolor de espalda, sobre todo con consumo de drogas por vía intravenosa, inmunodepresión o un procedimiento vertebral reciente: urgente.</translation>
    </message>
    <message>
        <source>Severe night or rest pain, unexplained weight loss, or a history of cancer with new pain: prompt review.</source>
        <translation>Dolor nocturno o en reposo intenso, pérdida de peso inexplicada o antecedentes de cáncer con dolor nuevo: revisión sin demora.</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>teléfono %1</translation>
    </message>
    <message>
        <source>Spine center: %1.</source>
        <translation>Centro de columna: %1.</translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation>Copias a</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Paciente: %1</translation>
    </message>
    <message>
        <source>Referring clinician: %1</source>
        <translation>Profesional que deriva: %1</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>This letter shows the plan as amended by the latest addendum.</source>
        <translation>Esta carta muestra el plan modificado según la adenda más reciente.</translation>
    </message>
    <message>
        <source>Addendum %1, %2: %3</source>
        <translation>Adenda %1, %2: %3</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Electronically signed by %1 on %2</source>
        <translation>Firmado electrónicamente por %1 el %2</translation>
    </message>
    <message>
        <source>Not signed: this letter is a draft and must not be sent.</source>
        <translation>Sin firmar: esta carta es un borrador y no debe enviarse.</translation>
    </message>
    <message>
        <source>%1 over this episode (%2 to %3, %4 is better)</source>
        <translation>%1 durante este episodio (de %2 a %3; mejor cuanto %4)</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>más alto</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>más bajo</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Recipient fax</source>
        <translation>Fax del destinatario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Sender phone</source>
        <translation>Teléfono del remitente</translation>
    </message>
    <message>
        <source>Sender fax</source>
        <translation>Fax del remitente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pages, including this cover</source>
        <translation>Páginas, incluida esta portada</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>This fax contains confidential health information that is protected by law. It is intended only for the recipient named above. If you are not that recipient, do not read, copy or pass on its contents; please call the sender at the phone number above and destroy all pages received.</source>
        <translation>Este fax contiene información de salud confidencial protegida por la ley. Está destinado únicamente al destinatario indicado arriba. Si usted no es ese destinatario, no lea, copie ni transmita su contenido; llame al remitente al número de teléfono indicado arriba y destruya todas las páginas recibidas.</translation>
    </message>
</context>
<context>
    <name>LowValueText</name>
    <message>
        <source>Imaging within the first 6 weeks of back pain, with a complete red-flag screen and no red flag present, is low-value care.</source>
        <translation>Las pruebas de imagen en las primeras 6 semanas de dolor de espalda, con un cribado de señales de alarma completo y sin ninguna señal de alarma presente, son atención de bajo valor.</translation>
    </message>
    <message>
        <source>State how the result would change management; otherwise imaging is not recommended.</source>
        <translation>Indique cómo cambiaría el resultado el manejo clínico; de lo contrario, no se recomiendan pruebas de imagen.</translation>
    </message>
    <message>
        <source>Opioids for chronic low back pain: the guidelines differ. NICE says do not offer them; ACP allows them only after other drugs have failed and after an explicit discussion.</source>
        <translation>Opioides para el dolor lumbar crónico: las guías difieren. NICE dice que no se ofrezcan; ACP los admite solo después de que hayan fallado otros fármacos y tras una conversación explícita.</translation>
    </message>
    <message>
        <source>Opioid Risk Tool: not done at this visit.</source>
        <translation>Opioid Risk Tool: no realizado en esta visita.</translation>
    </message>
    <message>
        <source>Opioid Risk Tool: %1.</source>
        <translation>Opioid Risk Tool: %1.</translation>
    </message>
    <message>
        <source>Opioids for chronic sciatica: NICE says do not offer them.</source>
        <translation>Opioides para la ciática crónica: NICE dice que no se ofrezcan.</translation>
    </message>
    <message>
        <source>Paracetamol alone for low back pain: NICE says do not offer it.</source>
        <translation>Paracetamol solo para el dolor lumbar: NICE dice que no se ofrezca.</translation>
    </message>
    <message>
        <source>Antidepressants for low back pain: the guidelines differ. NICE says do not offer SSRIs, SNRIs or tricyclics for pain; ACP lists duloxetine as a second-line option for chronic low back pain.</source>
        <translation>Antidepresivos para el dolor lumbar: las guías difieren. NICE dice que no se ofrezcan ISRS, IRSN ni tricíclicos para el dolor; ACP incluye la duloxetina como opción de segunda línea para el dolor lumbar crónico.</translation>
    </message>
    <message>
        <source>Anticonvulsants and gabapentinoids for low back pain or sciatica: NICE says do not offer them.</source>
        <translation>Anticonvulsivos y gabapentinoides para el dolor lumbar o la ciática: NICE dice que no se ofrezcan.</translation>
    </message>
    <message>
        <source>Systemic corticosteroids are not beneficial for acute or subacute low back pain, with or without radicular symptoms; NICE says do not offer oral corticosteroids for sciatica.</source>
        <translation>Los corticoides sistémicos no son beneficiosos para el dolor lumbar agudo o subagudo, con o sin síntomas radiculares; NICE dice que no se ofrezcan corticoides orales para la ciática.</translation>
    </message>
    <message>
        <source>Benzodiazepines for sciatica: NICE says do not offer them.</source>
        <translation>Benzodiacepinas para la ciática: NICE dice que no se ofrezcan.</translation>
    </message>
    <message>
        <source>TENS and other electrotherapy, traction, belts or corsets and orthotics: NICE says do not offer them for low back pain.</source>
        <translation>TENS y otras electroterapias, tracción, fajas o corsés y ortesis: NICE dice que no se ofrezcan para el dolor lumbar.</translation>
    </message>
    <message>
        <source>Acupuncture: the guidelines differ. NICE says do not offer it; ACP lists it as an option.</source>
        <translation>Acupuntura: las guías difieren. NICE dice que no se ofrezca; ACP la incluye como opción.</translation>
    </message>
    <message>
        <source>Spinal injections for non-specific low back pain: NICE says do not offer them.</source>
        <translation>Inyecciones espinales para el dolor lumbar inespecífico: NICE dice que no se ofrezcan.</translation>
    </message>
    <message>
        <source>An epidural injection without a radicular indication: NICE says do not offer spinal injections for non-specific low back pain.</source>
        <translation>Una inyección epidural sin indicación radicular: NICE dice que no se ofrezcan inyecciones espinales para el dolor lumbar inespecífico.</translation>
    </message>
    <message>
        <source>Epidural injection for neurogenic claudication in central spinal stenosis: NICE says do not offer it, and a randomised trial found no added benefit of steroid. Medicare coverage policies do include this indication, so this advisory is clinical, not about coverage.</source>
        <translation>Inyección epidural para la claudicación neurógena en la estenosis de canal central: NICE dice que no se ofrezca, y un ensayo aleatorizado no encontró ningún beneficio añadido del corticoide. Las políticas de cobertura de Medicare sí incluyen esta indicación, por lo que este aviso es clínico, no de cobertura.</translation>
    </message>
    <message>
        <source>Spinal fusion for non-specific low back pain: NICE says offer it only within a randomised controlled trial.</source>
        <translation>Artrodesis vertebral para el dolor lumbar inespecífico: NICE dice que solo se ofrezca dentro de un ensayo controlado aleatorizado.</translation>
    </message>
    <message>
        <source>Bed rest for more than 48 hours is commonly listed as low-value care (unverified source).</source>
        <translation>El reposo en cama de más de 48 horas suele figurar como atención de bajo valor (fuente sin verificar).</translation>
    </message>
</context>
<context>
    <name>OutcomeCharts</name>
    <message>
        <source>ODI</source>
        <translation>ODI</translation>
    </message>
    <message>
        <source>PEG</source>
        <translation>PEG</translation>
    </message>
    <message>
        <source>NRS back</source>
        <translation>NRS espalda</translation>
    </message>
    <message>
        <source>NRS leg</source>
        <translation>NRS pierna</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Riesgo medio</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <source>no patients</source>
        <translation>sin pacientes</translation>
    </message>
    <message>
        <source>%1 of %2, %3 %</source>
        <translation>%1 de %2, %3 %</translation>
    </message>
    <message>
        <source>1 episode</source>
        <translation>1 episodio</translation>
    </message>
    <message>
        <source>%1 episodes</source>
        <translation>%1 episodios</translation>
    </message>
    <message>
        <source>Days from referral to first visit (%1 counted)</source>
        <translation>Días desde la derivación hasta la primera visita (%1 contabilizados)</translation>
    </message>
    <message>
        <source>Days from referral to first visit: no patients</source>
        <translation>Días desde la derivación hasta la primera visita: sin pacientes</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>episodios</translation>
    </message>
    <message>
        <source>MCID reached, not reached and missing follow-up, of eligible episodes</source>
        <translation>MCID alcanzada, no alcanzada y seguimiento faltante, de los episodios elegibles</translation>
    </message>
    <message>
        <source>%1 (MCID unverified)</source>
        <translation>%1 (MCID sin verificar)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzada</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No alcanzada</translation>
    </message>
    <message>
        <source>Missing follow-up</source>
        <translation>Seguimiento faltante</translation>
    </message>
    <message>
        <source>eligible episodes</source>
        <translation>episodios elegibles</translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>per cent</source>
        <translation>porcentaje</translation>
    </message>
</context>
<context>
    <name>OutcomeFigureText</name>
    <message>
        <source>Numerator: %1</source>
        <translation>Numerador: %1</translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation>Denominador: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message numerus="yes">
        <source>%n excluded (no referral date, or a referral after the visit)</source>
        <translation>
            <numerusform>%n excluido (sin fecha de derivación o con una derivación posterior a la visita)</numerusform>
            <numerusform>%n excluidos (sin fecha de derivación o con una derivación posterior a la visita)</numerusform>
        </translation>
    </message>
    <message>
        <source>no patients</source>
        <translation>ningún paciente</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Days from referral received to first visit: median</source>
        <translation>Días desde la recepción de la derivación hasta la primera visita: mediana</translation>
    </message>
    <message>
        <source>Days from referral received to first visit: 90th percentile</source>
        <translation>Días desde la recepción de la derivación hasta la primera visita: percentil 90</translation>
    </message>
    <message>
        <source>Episodes with a referral date before the first visit</source>
        <translation>Episodios con fecha de derivación anterior a la primera visita</translation>
    </message>
    <message>
        <source>Evaluated (first visit&apos;s plan signed)</source>
        <translation>Evaluados (plan de la primera visita firmado)</translation>
    </message>
    <message>
        <source>STarT Back</source>
        <translation>STarT Back</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>%1: MCID reached at %2 weeks</source>
        <translation>%1: MCID alcanzada a las %2 semanas</translation>
    </message>
    <message>
        <source>(MCID unverified)</source>
        <translation>(MCID sin verificar)</translation>
    </message>
    <message>
        <source>%1 of %2 eligible without a score; reached by the absolute threshold %3, by the percentage alone %4</source>
        <translation>%1 de %2 elegibles sin puntuación; alcanzada por el umbral absoluto: %3; solo por el porcentual: %4</translation>
    </message>
    <message>
        <source>The clinical sources do not confirm this MCID: the figure is shown as unverified.</source>
        <translation>Las fuentes clínicas no confirman esta MCID: la cifra se muestra como sin verificar.</translation>
    </message>
    <message>
        <source>Referred to a surgeon</source>
        <translation>Derivados a un cirujano</translation>
    </message>
    <message>
        <source>Not referred to a surgeon (surgery avoided at the center)</source>
        <translation>No derivados a un cirujano (cirugía evitada en el centro)</translation>
    </message>
    <message>
        <source>Epidural steroid injection recommended</source>
        <translation>Inyección epidural de corticoides recomendada</translation>
    </message>
    <message>
        <source>ESI recommendations that met the criteria</source>
        <translation>Recomendaciones de IEC que cumplían los criterios</translation>
    </message>
    <message>
        <source>Imaging in the first 6 weeks without a red flag</source>
        <translation>Pruebas de imagen en las primeras 6 semanas sin señal de alarma</translation>
    </message>
    <message>
        <source>Opioid recommended for chronic pain</source>
        <translation>Opioide recomendado para dolor crónico</translation>
    </message>
    <message>
        <source>Fusion discussed for non-specific low back pain</source>
        <translation>Artrodesis comentada para dolor lumbar inespecífico</translation>
    </message>
    <message>
        <source>Episodes with a PHQ-9 item 9 (self-harm) alert</source>
        <translation>Episodios con alerta del ítem 9 del PHQ-9 (autolesión)</translation>
    </message>
    <message>
        <source>PHQ-9 item 9 alerts with their follow-up recorded</source>
        <translation>Alertas del ítem 9 del PHQ-9 con su seguimiento registrado</translation>
    </message>
    <message>
        <source>Evaluated patients seen at a signed follow-up visit</source>
        <translation>Pacientes evaluados atendidos en una visita de seguimiento firmada</translation>
    </message>
</context>
<context>
    <name>OutcomeReport</name>
    <message>
        <source>the first record</source>
        <translation>el primer registro</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>desde %1 hasta %2</translation>
    </message>
    <message>
        <source>%1 (MCID unverified [%2])</source>
        <translation>%1 (MCID sin verificar [%2])</translation>
    </message>
    <message>
        <source>%1: no threshold in the instrument library; not counted.</source>
        <translation>%1: no hay umbral en la biblioteca de instrumentos; no se contabiliza.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>%1 % improvement from the baseline</source>
        <translation>%1 % de mejora respecto al valor basal</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source> Unverified [%1]: not yet checked against a published source; read the figure with care.</source>
        <translation> Sin verificar [%1]: aún no se ha comprobado con una fuente publicada; interprete la cifra con cautela.</translation>
    </message>
    <message>
        <source>Clinic outcome report</source>
        <translation>Informe de resultados de la clínica</translation>
    </message>
    <message>
        <source>Episodes of care with a first visit from %1</source>
        <translation>Episodios de atención con primera visita %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Elaborado por %1</translation>
    </message>
    <message>
        <source>generated %1</source>
        <translation>generado el %1</translation>
    </message>
    <message>
        <source>Counts are episodes of care from signed visits. Every percentage gives its numerator and denominator; &quot;no patients&quot; means there was no one to count. The report names no patient.</source>
        <translation>Los recuentos son episodios de atención procedentes de visitas firmadas. Cada porcentaje indica su numerador y su denominador; &quot;sin pacientes&quot; significa que no había nadie a quien contar. El informe no nombra a ningún paciente.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation>Episodios de atención</translation>
    </message>
    <message>
        <source>Evaluated (first visit&apos;s plan signed)</source>
        <translation>Evaluados (plan de la primera visita firmado)</translation>
    </message>
    <message>
        <source>Days from referral to first visit</source>
        <translation>Días desde la derivación hasta la primera visita</translation>
    </message>
    <message>
        <source>median %1, 90th percentile %2 (%3)</source>
        <translation>mediana %1, percentil 90 %2 (%3)</translation>
    </message>
    <message>
        <source>no patients</source>
        <translation>sin pacientes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>MCID reached at %1</source>
        <translation>MCID alcanzada a las %1</translation>
    </message>
    <message>
        <source>Evaluated patients seen again at a follow-up visit</source>
        <translation>Pacientes evaluados que volvieron a una visita de seguimiento</translation>
    </message>
    <message>
        <source>Referred to a surgeon</source>
        <translation>Derivados a un cirujano</translation>
    </message>
    <message>
        <source>Not referred to a surgeon</source>
        <translation>No derivados a un cirujano</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Days from referral received to first visit</source>
        <translation>Días desde la recepción de la derivación hasta la primera visita</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>Episodes counted (n)</source>
        <translation>Episodios contabilizados (n)</translation>
    </message>
    <message>
        <source>Excluded: no referral date, or a referral dated after the first visit</source>
        <translation>Excluidos: sin fecha de derivación, o con una derivación fechada después de la primera visita</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>Proporción de %1</translation>
    </message>
    <message>
        <source>Case mix</source>
        <translation>Casuística</translation>
    </message>
    <message>
        <source>STarT Back risk group at the first visit</source>
        <translation>Grupo de riesgo STarT Back en la primera visita</translation>
    </message>
    <message>
        <source>Risk group</source>
        <translation>Grupo de riesgo</translation>
    </message>
    <message>
        <source>STarT Back risk group</source>
        <translation>Grupo de riesgo STarT Back</translation>
    </message>
    <message>
        <source>Duration of the episode at the first visit</source>
        <translation>Duración del episodio en la primera visita</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Duration at the first visit</source>
        <translation>Duración en la primera visita</translation>
    </message>
    <message>
        <source>Conditions on the first visit&apos;s problem list</source>
        <translation>Afecciones de la lista de problemas de la primera visita</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>An episode may have more than one condition, so the conditions can add up to more than the episodes.</source>
        <translation>Un episodio puede tener más de una afección, por lo que la suma de las afecciones puede superar el número de episodios.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Minimal clinically important difference (MCID) reached, of the eligible episodes (a baseline score at the first visit) that have a score in the time window; those without one are counted as missing, never dropped.</source>
        <translation>Diferencia mínima clínicamente importante (MCID) alcanzada, sobre los episodios elegibles (con una puntuación basal en la primera visita) que tienen una puntuación en la ventana temporal; los que no la tienen se cuentan como faltantes, nunca se descartan.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Momento de medición</translation>
    </message>
    <message>
        <source>MCID reached</source>
        <translation>MCID alcanzada</translation>
    </message>
    <message>
        <source>By the absolute threshold</source>
        <translation>Por el umbral absoluto</translation>
    </message>
    <message>
        <source>By the percentage alone</source>
        <translation>Solo por el porcentaje</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegibles</translation>
    </message>
    <message>
        <source>Missing follow-up</source>
        <translation>Seguimiento faltante</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Cumplimentación</translation>
    </message>
    <message>
        <source>Completion: eligible episodes with a score in the window. &quot;By the percentage alone&quot;: reached by the percentage threshold but not by the absolute one.</source>
        <translation>Cumplimentación: episodios elegibles con una puntuación en la ventana. &quot;Solo por el porcentaje&quot;: alcanzada por el umbral porcentual pero no por el absoluto.</translation>
    </message>
    <message>
        <source>Evaluated patients with at least one signed follow-up visit</source>
        <translation>Pacientes evaluados con al menos una visita de seguimiento firmada</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <source>Of the evaluated patients (the first visit&apos;s plan signed):</source>
        <translation>De los pacientes evaluados (plan de la primera visita firmado):</translation>
    </message>
    <message>
        <source>Not referred (surgery avoided at the spine center)</source>
        <translation>No derivados (cirugía evitada en el centro de columna)</translation>
    </message>
    <message>
        <source>Surgical referral, of evaluated patients</source>
        <translation>Derivación quirúrgica, de los pacientes evaluados</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Derivados</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>No derivados</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <source>Epidural steroid injection recommended, of evaluated patients</source>
        <translation>Inyección epidural de corticoides recomendada, de los pacientes evaluados</translation>
    </message>
    <message>
        <source>Recommendations that met the criteria, of those recommended</source>
        <translation>Recomendaciones que cumplían los criterios, de las recomendadas</translation>
    </message>
    <message>
        <source>Low-value care</source>
        <translation>Atención de bajo valor</translation>
    </message>
    <message>
        <source>Imaging in the first 6 weeks without a red flag</source>
        <translation>Pruebas de imagen en las primeras 6 semanas sin señal de alarma</translation>
    </message>
    <message>
        <source>Opioids recommended for chronic pain</source>
        <translation>Opioides recomendados para el dolor crónico</translation>
    </message>
    <message>
        <source>Fusion discussed for non-specific low back pain</source>
        <translation>Artrodesis planteada para dolor lumbar inespecífico</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Of whom</source>
        <translation>De ellos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>evaluated patients in their first 6 weeks</source>
        <translation>pacientes evaluados en sus primeras 6 semanas</translation>
    </message>
    <message>
        <source>evaluated patients with chronic pain</source>
        <translation>pacientes evaluados con dolor crónico</translation>
    </message>
    <message>
        <source>evaluated patients with non-specific low back pain</source>
        <translation>pacientes evaluados con dolor lumbar inespecífico</translation>
    </message>
    <message>
        <source>Lower is better. Each is counted when the advisory was kept on a signed plan.</source>
        <translation>Cuanto más bajo, mejor. Cada uno se cuenta cuando la advertencia se mantuvo en un plan firmado.</translation>
    </message>
    <message>
        <source>Early imaging</source>
        <translation>Pruebas de imagen precoces</translation>
    </message>
    <message>
        <source>Opioids, chronic pain</source>
        <translation>Opioides, dolor crónico</translation>
    </message>
    <message>
        <source>Fusion, non-specific pain</source>
        <translation>Artrodesis, dolor inespecífico</translation>
    </message>
    <message>
        <source>Low-value care, of the patients each applies to</source>
        <translation>Atención de bajo valor, de los pacientes a los que se aplica cada indicador</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Episodes with a positive PHQ-9 item 9 (self-harm) alert</source>
        <translation>Episodios con alerta positiva en el ítem 9 del PHQ-9 (autolesión)</translation>
    </message>
    <message>
        <source>With the follow-up of every alert recorded</source>
        <translation>Con el seguimiento de cada alerta registrado</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Rules for every measure</source>
        <translation>Reglas para todos los indicadores</translation>
    </message>
    <message>
        <source>Episodes of care, not visits: each episode counts once, in the period that holds its first visit.</source>
        <translation>Episodios de atención, no visitas: cada episodio se cuenta una vez, en el periodo que contiene su primera visita.</translation>
    </message>
    <message>
        <source>Signed visits only: a draft visit or plan is never counted.</source>
        <translation>Solo visitas firmadas: nunca se cuenta una visita ni un plan en borrador.</translation>
    </message>
    <message>
        <source>Time window at %1: the score nearest to %2 weeks after the first visit, within %3 days either side (ties go to the earlier score). A SpineDesk rule: the sources name time points, not windows.</source>
        <translation>Ventana temporal a las %1: la puntuación más cercana a %2 semanas después de la primera visita, dentro de %3 días antes o después (en caso de empate, se toma la puntuación anterior). Regla de SpineDesk: las fuentes indican momentos de medición, no ventanas.</translation>
    </message>
    <message>
        <source>MCID reached: the improvement from the baseline meets the absolute or the percentage threshold of the instrument; the report says which.</source>
        <translation>MCID alcanzada: la mejora respecto al valor basal alcanza el umbral absoluto o el porcentual del instrumento; el informe indica cuál.</translation>
    </message>
    <message>
        <source>Percentages are rounded to whole numbers and always printed with their numerator and denominator; &quot;no patients&quot; when the denominator is empty.</source>
        <translation>Los porcentajes se redondean a números enteros y siempre se muestran con su numerador y su denominador; &quot;sin pacientes&quot; cuando el denominador está vacío.</translation>
    </message>
    <message>
        <source>Small numbers are printed as they are, not suppressed; they vary widely from one period to the next. The report carries no patient identifiers.</source>
        <translation>Las cifras pequeñas se muestran tal cual, sin suprimirse; varían mucho de un periodo a otro. El informe no contiene identificadores de pacientes.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>El periodo empieza (%1) después de terminar (%2).</translation>
    </message>
    <message>
        <source>The outcome report must start on an empty document.</source>
        <translation>El informe de resultados debe empezar en un documento vacío.</translation>
    </message>
    <message>
        <source>No font is installed, so the report would print without text.</source>
        <translation>No hay ningún tipo de letra instalado, por lo que el informe se imprimiría sin texto.</translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>Cancelled; the outcome figures were not updated.</source>
        <translation>Cancelado; las cifras de resultados no se actualizaron.</translation>
    </message>
    <message>
        <source>Episode %1: %2</source>
        <translation>Episodio %1: %2</translation>
    </message>
    <message>
        <source>There is no visit %1.</source>
        <translation>No existe la visita %1.</translation>
    </message>
</context>
<context>
    <name>OutcomesCsv</name>
    <message>
        <source>Episodes of care with the first visit in the period (signed visits only)</source>
        <translation>Episodios de atención con la primera visita en el periodo (solo visitas firmadas)</translation>
    </message>
    <message>
        <source>Episodes whose first visit&apos;s plan is signed, of all episodes</source>
        <translation>Episodios cuyo plan de la primera visita está firmado, del total de episodios</translation>
    </message>
    <message>
        <source>Evaluated patients with at least one signed follow-up visit, of evaluated patients</source>
        <translation>Pacientes evaluados con al menos una visita de seguimiento firmada, del total de pacientes evaluados</translation>
    </message>
    <message>
        <source>Median days from referral received to first visit (empty: no patients)</source>
        <translation>Mediana de días desde la recepción de la derivación hasta la primera visita (vacío: sin pacientes)</translation>
    </message>
    <message>
        <source>90th percentile (nearest rank) of days from referral received to first visit (empty: no patients)</source>
        <translation>Percentil 90 (rango más cercano) de días desde la recepción de la derivación hasta la primera visita (vacío: sin pacientes)</translation>
    </message>
    <message>
        <source>Episodes counted for access</source>
        <translation>Episodios contabilizados para el acceso</translation>
    </message>
    <message>
        <source>Episodes excluded from access: no referral date, or a referral dated after the first visit</source>
        <translation>Episodios excluidos del acceso: sin fecha de derivación, o con una derivación fechada después de la primera visita</translation>
    </message>
    <message>
        <source>STarT Back risk group at the first visit, of all episodes</source>
        <translation>Grupo de riesgo de STarT Back en la primera visita, del total de episodios</translation>
    </message>
    <message>
        <source>Duration class at the first visit, of all episodes</source>
        <translation>Clase de duración en la primera visita, del total de episodios</translation>
    </message>
    <message>
        <source>Condition on the first visit&apos;s problem list, of all episodes (an episode may have several)</source>
        <translation>Afección en la lista de problemas de la primera visita, del total de episodios (un episodio puede tener varias)</translation>
    </message>
    <message>
        <source> (MCID unverified [%1])</source>
        <translation> (MCID sin verificar [%1])</translation>
    </message>
    <message>
        <source>MCID reached (absolute or percentage threshold), of eligible episodes with a score in the window</source>
        <translation>MCID alcanzada (umbral absoluto o porcentual), de los episodios elegibles con una puntuación en la ventana</translation>
    </message>
    <message>
        <source>Reached by the absolute threshold, of those reached</source>
        <translation>Alcanzada por el umbral absoluto, de las alcanzadas</translation>
    </message>
    <message>
        <source>Reached by the percentage threshold alone, of those reached</source>
        <translation>Alcanzada solo por el umbral porcentual, de las alcanzadas</translation>
    </message>
    <message>
        <source>Eligible (a baseline score at the first visit), of all episodes</source>
        <translation>Elegibles (una puntuación basal en la primera visita), del total de episodios</translation>
    </message>
    <message>
        <source>Missing follow-up (no score in the window), of eligible episodes</source>
        <translation>Sin seguimiento (ninguna puntuación en la ventana), de los episodios elegibles</translation>
    </message>
    <message>
        <source>Referred to a surgeon, of evaluated patients</source>
        <translation>Derivados a un cirujano, de los pacientes evaluados</translation>
    </message>
    <message>
        <source>Not referred to a surgeon (surgery avoided at the spine center), of evaluated patients</source>
        <translation>No derivados a un cirujano (cirugía evitada en el centro de columna), de los pacientes evaluados</translation>
    </message>
    <message>
        <source>Epidural steroid injection recommended, of evaluated patients</source>
        <translation>Inyección epidural de corticoides recomendada, de los pacientes evaluados</translation>
    </message>
    <message>
        <source>Recommended injections that met the criteria, of those recommended</source>
        <translation>Inyecciones recomendadas que cumplían los criterios, de las recomendadas</translation>
    </message>
    <message>
        <source>Imaging in the first 6 weeks without a red flag, of evaluated patients in their first 6 weeks</source>
        <translation>Pruebas de imagen en las primeras 6 semanas sin señal de alarma, de los pacientes evaluados en sus primeras 6 semanas</translation>
    </message>
    <message>
        <source>Opioids recommended for chronic pain, of evaluated patients with chronic pain</source>
        <translation>Opioides recomendados para dolor crónico, de los pacientes evaluados con dolor crónico</translation>
    </message>
    <message>
        <source>Fusion discussed for non-specific low back pain, of evaluated patients with it</source>
        <translation>Artrodesis planteada para dolor lumbar inespecífico, de los pacientes evaluados con este diagnóstico</translation>
    </message>
    <message>
        <source>Episodes with a positive PHQ-9 item 9 (self-harm) alert at a signed visit, of all episodes</source>
        <translation>Episodios con una alerta positiva del ítem 9 del PHQ-9 (autolesión) en una visita firmada, del total de episodios</translation>
    </message>
    <message>
        <source>Episodes with the follow-up of every item 9 alert recorded, of episodes with an alert</source>
        <translation>Episodios con el seguimiento de cada alerta del ítem 9 registrado, de los episodios con alerta</translation>
    </message>
</context>
<context>
    <name>PaSummary</name>
    <message>
        <source>Spine-center visit summary for prior authorization</source>
        <translation>Resumen de la visita al centro de columna para autorización previa</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>the surgeon&apos;s office</source>
        <translation>la consulta del cirujano</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of visit</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Date of this summary</source>
        <translation>Fecha de este resumen</translation>
    </message>
    <message>
        <source>Spine-center clinician</source>
        <translation>Profesional clínico del centro de columna</translation>
    </message>
    <message>
        <source>Referring clinician</source>
        <translation>Profesional que deriva</translation>
    </message>
    <message>
        <source>This summary reports what the spine-center visit documented against common prior-authorization elements. It is not a coverage decision; the payer decides.</source>
        <translation>Este resumen recoge lo que se documentó en la visita al centro de columna en relación con los elementos habituales de la autorización previa. No es una decisión de cobertura; la decisión corresponde a la aseguradora.</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation>Cribado de señales de alarma</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>no documentado</translation>
    </message>
    <message>
        <source>Exception to the conservative-care requirement (rapid motor loss or cauda equina syndrome): </source>
        <translation>Excepción al requisito de tratamiento conservador (pérdida motora rápida o síndrome de cola de caballo): </translation>
    </message>
    <message>
        <source>Neurological examination</source>
        <translation>Exploración neurológica</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Pruebas de imagen</translation>
    </message>
    <message>
        <source>Age: whole months from the study to the date of this summary (%1).</source>
        <translation>Antigüedad: meses completos desde el estudio hasta la fecha de este resumen (%1).</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, incomplete</source>
        <translation>, incompleto</translation>
    </message>
    <message>
        <source>Patient-reported outcomes</source>
        <translation>Resultados comunicados por el paciente</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basal</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Fecha basal</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation>Fecha del último</translation>
    </message>
    <message>
        <source>baseline only</source>
        <translation>solo basal</translation>
    </message>
    <message>
        <source>Not assessed: no questionnaires recorded in this episode.</source>
        <translation>No evaluado: no hay cuestionarios registrados en este episodio.</translation>
    </message>
    <message>
        <source>Conservative care</source>
        <translation>Tratamiento conservador</translation>
    </message>
    <message>
        <source>Nicotine</source>
        <translation>Nicotina</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recorded or tested on</source>
        <translation>Registrado o analizado el</translation>
    </message>
    <message>
        <source>Cotinine</source>
        <translation>Cotinina</translation>
    </message>
    <message>
        <source>no result recorded</source>
        <translation>no hay ningún resultado registrado</translation>
    </message>
    <message>
        <source>Behavioural health</source>
        <translation>Salud conductual</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Alert (%1, %2): </source>
        <translation>Alerta (%1, %2): </translation>
    </message>
    <message>
        <source>acknowledged; the safety action is recorded with the visit</source>
        <translation>confirmado que se ha revisado; la acción de seguridad se registra con la visita</translation>
    </message>
    <message>
        <source>not yet acknowledged</source>
        <translation>aún no se ha confirmado que se haya revisado</translation>
    </message>
    <message>
        <source>Not assessed: no depression or anxiety screen at this visit.</source>
        <translation>No evaluado: no hubo cribado de depresión ni de ansiedad en esta visita.</translation>
    </message>
    <message>
        <source>Behavioural-health care in the plan</source>
        <translation>Atención de salud conductual en el plan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Readiness element</source>
        <translation>Elemento de preparación</translation>
    </message>
    <message>
        <source>Shared decision</source>
        <translation>Decisión compartida</translation>
    </message>
    <message>
        <source>No decision aid was used at this visit.</source>
        <translation>No se usó ninguna herramienta de ayuda a la decisión en esta visita.</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Lista de comprobación de preparación</translation>
    </message>
    <message>
        <source>Not assessed: no readiness checklist was computed for this visit.</source>
        <translation>No evaluado: no se calculó ninguna lista de comprobación de preparación para esta visita.</translation>
    </message>
    <message>
        <source>Judged from the record as of the visit date (%1): %2 of %3 applicable elements documented as met.</source>
        <translation>Valorado según la historia clínica a fecha de la visita (%1): %2 de %3 elementos aplicables documentados como cumplidos.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Policy source</source>
        <translation>Fuente de la política</translation>
    </message>
    <message>
        <source>Epidural steroid injection criteria</source>
        <translation>Criterios para la inyección epidural de corticoides</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Electronically signed by %1</source>
        <translation>Firmado electrónicamente por %1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Not signed: this summary is a draft.</source>
        <translation>Sin firmar: este resumen es un borrador.</translation>
    </message>
</context>
<context>
    <name>PageDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>DOB</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <source>Fax %1</source>
        <translation>Fax %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>No font is installed, so the document would print without text.</source>
        <translation>No hay ningún tipo de letra instalado, por lo que el documento se imprimiría sin texto.</translation>
    </message>
    <message>
        <source>There is no page to print on.</source>
        <translation>No hay ninguna página en la que imprimir.</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for painting.</source>
        <translation>No se pudo abrir la impresora o el archivo para dibujar.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>La impresora rechazó una nueva página.</translation>
    </message>
</context>
<context>
    <name>PatientHandout</name>
    <message>
        <source>The handout&apos;s page setup could not be applied.</source>
        <translation>No se pudo aplicar la configuración de página de la hoja informativa.</translation>
    </message>
    <message>
        <source>patient handout</source>
        <translation>hoja informativa para el paciente</translation>
    </message>
    <message>
        <source>This visit has no plan yet. Make the plan before printing the patient handout.</source>
        <translation>Esta visita aún no tiene plan. Haga el plan antes de imprimir la hoja informativa para el paciente.</translation>
    </message>
    <message>
        <source>There is no handout &quot;%1&quot;.</source>
        <translation>No existe la hoja informativa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>handout &quot;%1&quot;</source>
        <translation>hoja informativa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The %2 text of the %1 is out of date: it translates revision %3 of the English text, which is now at revision %4. It cannot be printed until the translation is updated; print it in another language the patient reads.</source>
        <translation>El texto en %2 de la %1 está desactualizado: traduce la revisión %3 del texto en inglés, que ahora está en la revisión %4. No se puede imprimir hasta que se actualice la traducción; imprímala en otro idioma que el paciente lea.</translation>
    </message>
    <message>
        <source>The %1 is not available in %2 yet: there is no %2 text for it. Print it in another language the patient reads.</source>
        <translation>La %1 aún no está disponible en %2: no hay texto en %2 para ella. Imprímala en otro idioma que el paciente lea.</translation>
    </message>
    <message>
        <source>The %1 text is a translation pending review, and there is no %1 notice to say so on its pages.</source>
        <translation>El texto en %1 es una traducción pendiente de revisión y no hay ningún aviso en %1 que lo indique en sus páginas.</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>A patient with MRN %1 already exists.</source>
        <translation>Ya existe un paciente con el NHC %1.</translation>
    </message>
    <message>
        <source>Someone else changed this patient&apos;s details since you opened them. Your changes were not saved.</source>
        <translation>Otra persona modificó los datos de este paciente después de que usted los abriera. Sus cambios no se guardaron.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The stored %1 cannot be read (%2). It was left untouched.</source>
        <translation>No se puede leer lo guardado: %1 (%2). Se dejó sin modificar.</translation>
    </message>
    <message>
        <source>plan of visit %1</source>
        <translation>plan de la visita %1</translation>
    </message>
    <message>
        <source>addendum %1 of visit %2</source>
        <translation>adenda %1 de la visita %2</translation>
    </message>
    <message>
        <source>Someone else started this plan in another window. Your changes were not saved.</source>
        <translation>Otra persona empezó este plan en otra ventana. Sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>This plan was changed or signed elsewhere since you opened it. Reopen the visit to see the current plan; your changes were not saved.</source>
        <translation>Este plan se modificó o firmó en otro lugar desde que lo abrió. Vuelva a abrir la visita para ver el plan actual; sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>The plan is already signed; add an addendum instead.</source>
        <translation>El plan ya está firmado; añada una adenda en su lugar.</translation>
    </message>
    <message>
        <source>There is no saved plan for this visit yet.</source>
        <translation>Aún no hay ningún plan guardado para esta visita.</translation>
    </message>
    <message>
        <source>Choose the signing clinician first.</source>
        <translation>Elija primero al profesional clínico que firma.</translation>
    </message>
    <message>
        <source>This visit was signed elsewhere since you opened it. Reopen it to see the record.</source>
        <translation>Esta visita se firmó en otro lugar desde que la abrió. Vuelva a abrirla para ver la historia clínica.</translation>
    </message>
    <message>
        <source>Say why the plan changes: an addendum needs a reason.</source>
        <translation>Indique por qué cambia el plan: una adenda necesita un motivo.</translation>
    </message>
    <message>
        <source>Choose the clinician writing the addendum first.</source>
        <translation>Elija primero al profesional clínico que redacta la adenda.</translation>
    </message>
    <message>
        <source>Addenda are for signed plans; a draft can still be edited.</source>
        <translation>Las adendas son para planes firmados; un borrador todavía se puede editar.</translation>
    </message>
    <message>
        <source>The addendum does not change the plan.</source>
        <translation>La adenda no cambia el plan.</translation>
    </message>
    <message>
        <source>Plan revision %1: %2</source>
        <translation>Revisión del plan %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Matched care package</source>
        <translation>Paquete de atención correspondiente</translation>
    </message>
    <message>
        <source>Advice and self-management</source>
        <translation>Consejos y autocuidado</translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>Psychologically informed physical therapy</source>
        <translation>Fisioterapia con enfoque psicológico</translation>
    </message>
    <message>
        <source>Exercise programme</source>
        <translation>Programa de ejercicios</translation>
    </message>
    <message>
        <source>NSAID</source>
        <translation>AINE</translation>
    </message>
    <message>
        <source>Skeletal muscle relaxant</source>
        <translation>Relajante muscular esquelético</translation>
    </message>
    <message>
        <source>Opioid</source>
        <translation>Opioide</translation>
    </message>
    <message>
        <source>Paracetamol (acetaminophen) alone</source>
        <translation>Paracetamol (acetaminofén) solo</translation>
    </message>
    <message>
        <source>Antidepressant (SSRI, SNRI or tricyclic)</source>
        <translation>Antidepresivo (ISRS, IRSN o tricíclico)</translation>
    </message>
    <message>
        <source>Anticonvulsant or gabapentinoid</source>
        <translation>Anticonvulsivo o gabapentinoide</translation>
    </message>
    <message>
        <source>Systemic corticosteroid</source>
        <translation>Corticoide sistémico</translation>
    </message>
    <message>
        <source>Benzodiazepine</source>
        <translation>Benzodiacepina</translation>
    </message>
    <message>
        <source>Medication advice</source>
        <translation>Consejo sobre la medicación</translation>
    </message>
    <message>
        <source>Passive modality (TENS, traction, brace, orthotics)</source>
        <translation>Modalidad pasiva (TENS, tracción, corsé, ortesis)</translation>
    </message>
    <message>
        <source>Acupuncture</source>
        <translation>Acupuntura</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Pruebas de imagen</translation>
    </message>
    <message>
        <source>Imaging not needed now</source>
        <translation>Pruebas de imagen no necesarias por ahora</translation>
    </message>
    <message>
        <source>Spinal injection (not epidural)</source>
        <translation>Inyección espinal (no epidural)</translation>
    </message>
    <message>
        <source>Epidural steroid injection</source>
        <translation>Inyección epidural de corticoides</translation>
    </message>
    <message>
        <source>Referral to a spine surgeon</source>
        <translation>Derivación a un cirujano de columna</translation>
    </message>
    <message>
        <source>Referral for spinal fusion</source>
        <translation>Derivación para artrodesis (fusión vertebral)</translation>
    </message>
    <message>
        <source>Behavioural-health follow-up</source>
        <translation>Seguimiento de salud conductual</translation>
    </message>
    <message>
        <source>Red-flag action</source>
        <translation>Actuación ante señal de alarma</translation>
    </message>
    <message>
        <source>Activity advice</source>
        <translation>Consejo sobre la actividad</translation>
    </message>
    <message>
        <source>Bed rest</source>
        <translation>Reposo en cama</translation>
    </message>
    <message>
        <source>Work advice</source>
        <translation>Consejo laboral</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Questionnaires to repeat</source>
        <translation>Cuestionarios que repetir</translation>
    </message>
    <message>
        <source>Request to the primary clinician</source>
        <translation>Solicitud al médico de atención primaria</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>The plan has no items.</source>
        <translation>El plan no tiene elementos.</translation>
    </message>
    <message>
        <source>Goal %1 has no text.</source>
        <translation>El objetivo %1 no tiene texto.</translation>
    </message>
    <message>
        <source>Goal %1 has no target date.</source>
        <translation>El objetivo %1 no tiene fecha límite.</translation>
    </message>
    <message>
        <source>Goal %1 has a target date that is not after the visit.</source>
        <translation>El objetivo %1 tiene una fecha límite que no es posterior a la visita.</translation>
    </message>
    <message>
        <source>Write at least one goal with the patient: specific, functional, with a date.</source>
        <translation>Escriba al menos un objetivo con el paciente: específico, funcional y con fecha.</translation>
    </message>
    <message>
        <source>The bottom line for the referring clinician is empty.</source>
        <translation>La conclusión para el profesional que deriva está vacía.</translation>
    </message>
    <message>
        <source>Item %1 has no text.</source>
        <translation>El elemento %1 no tiene texto.</translation>
    </message>
</context>
<context>
    <name>PtPlanOfCare</name>
    <message>
        <source>%1 (not in the exercise library)</source>
        <translation>%1 (no está en la biblioteca de ejercicios)</translation>
    </message>
    <message>
        <source>Physical therapy plan of care</source>
        <translation>Plan de atención de fisioterapia</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of evaluation: </source>
        <translation>Fecha de la evaluación: </translation>
    </message>
    <message>
        <source>   Physical therapist: </source>
        <translation>   Fisioterapeuta: </translation>
    </message>
    <message>
        <source>Please review this plan of care and sign the certification at the end.</source>
        <translation>Revise este plan de atención y firme la certificación al final.</translation>
    </message>
    <message>
        <source>Incomplete: this plan of care is not ready to be certified.</source>
        <translation>Incompleto: este plan de atención no está listo para certificarse.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Aún falta:</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Motivo de derivación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Su pregunta</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Derivación recibida</translation>
    </message>
    <message>
        <source>Evaluation summary</source>
        <translation>Resumen de la evaluación</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation>Cribado de señales de alarma</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Exploración</translation>
    </message>
    <message>
        <source>Movement testing (repeated movements)</source>
        <translation>Pruebas de movimiento (movimientos repetidos)</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>No evaluado.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Symptom response</source>
        <translation>Respuesta de los síntomas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Treatment-based classification (therapist&apos;s judgement)</source>
        <translation>Clasificación basada en el tratamiento (criterio del fisioterapeuta)</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Lumbar range of motion</source>
        <translation>Rango de movimiento lumbar</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>painful</source>
        <translation>doloroso</translation>
    </message>
    <message>
        <source>pain-free</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>Range graded by observation; no degrees measured.</source>
        <translation>Rango valorado por observación; no se midieron grados.</translation>
    </message>
    <message>
        <source>Functional tests</source>
        <translation>Pruebas funcionales</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Values as measured, for comparison at re-evaluation; no reference values are applied.</source>
        <translation>Valores tal como se midieron, para comparar en la reevaluación; no se aplican valores de referencia.</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Long-term functional goals</source>
        <translation>Objetivos funcionales a largo plazo</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Rehabilitation potential</source>
        <translation>Potencial de rehabilitación</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>una vez al día</translation>
    </message>
    <message>
        <source>%1 times a day</source>
        <translation>%1 veces al día</translation>
    </message>
    <message>
        <source>%1 minutes, %2</source>
        <translation>%1 minutos, %2</translation>
    </message>
    <message>
        <source>%1; minutes not stated</source>
        <translation>%1; minutos no indicados</translation>
    </message>
    <message>
        <source>Type, amount, frequency and duration of therapy</source>
        <translation>Tipo, cantidad, frecuencia y duración de la terapia</translation>
    </message>
    <message>
        <source>No therapy lines recorded.</source>
        <translation>No se han registrado líneas de terapia.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>una vez a la semana</translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation>%1 veces a la semana</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <source>Plan of care starts</source>
        <translation>Inicio del plan de atención</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <source>First treatment session (day of the evaluation)</source>
        <translation>Primera sesión de tratamiento (día de la evaluación)</translation>
    </message>
    <message>
        <source>No treatment was given on the day of the evaluation.</source>
        <translation>No se administró tratamiento el día de la evaluación.</translation>
    </message>
    <message>
        <source>, %1 minutes</source>
        <translation>, %1 minutos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Exercises taught</source>
        <translation>Ejercicios enseñados</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Manual therapy</source>
        <translation>Terapia manual</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Patient&apos;s response</source>
        <translation>Respuesta del paciente</translation>
    </message>
    <message>
        <source>Home exercise programme</source>
        <translation>Programa de ejercicios en casa</translation>
    </message>
    <message>
        <source>None given.</source>
        <translation>No se entregó ninguno.</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>The patient has an illustrated copy of this programme.</source>
        <translation>El paciente tiene una copia ilustrada de este programa.</translation>
    </message>
    <message>
        <source>Hand-over to the physiatrist</source>
        <translation>Traspaso al médico rehabilitador</translation>
    </message>
    <message>
        <source>seen on %1</source>
        <translation>visto el %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Physical therapist&apos;s signature</source>
        <translation>Firma del fisioterapeuta</translation>
    </message>
    <message>
        <source>Electronically signed by %1 on %2</source>
        <translation>Firmado electrónicamente por %1 el %2</translation>
    </message>
    <message>
        <source>DRAFT, not signed: this plan of care must not be sent for certification.</source>
        <translation>BORRADOR, sin firmar: este plan de atención no debe enviarse para certificación.</translation>
    </message>
    <message>
        <source>First treatment: not yet given. The plan of care is to be sent within %1 days of the first treatment.</source>
        <translation>Primer tratamiento: aún no administrado. El plan de atención debe enviarse en un plazo de %1 días desde el primer tratamiento.</translation>
    </message>
    <message>
        <source>First treatment: %1. Plan of care to be sent within %2 days of the first treatment: by %3.</source>
        <translation>Primer tratamiento: %1. El plan de atención debe enviarse en un plazo de %2 días desde el primer tratamiento: a más tardar el %3.</translation>
    </message>
    <message>
        <source>Please sign and return by fax to %1 (%2).</source>
        <translation>Por favor, fírmelo y devuélvalo por fax a %1 (%2).</translation>
    </message>
    <message>
        <source>Please sign and return to %1 (phone %2).</source>
        <translation>Por favor, fírmelo y devuélvalo a %1 (teléfono %2).</translation>
    </message>
    <message>
        <source>Please sign and return to %1.</source>
        <translation>Por favor, fírmelo y devuélvalo a %1.</translation>
    </message>
    <message>
        <source>Certification by the referring clinician</source>
        <translation>Certificación por el profesional que deriva</translation>
    </message>
    <message>
        <source>Certification received</source>
        <translation>Certificación recibida</translation>
    </message>
    <message>
        <source>I have reviewed this plan of care and certify that the services are needed.</source>
        <translation>He revisado este plan de atención y certifico que los servicios son necesarios.</translation>
    </message>
    <message>
        <source>Decision: </source>
        <translation>Decisión: </translation>
    </message>
    <message>
        <source>certified with changes: %1</source>
        <translation>certificado con cambios: %1</translation>
    </message>
    <message>
        <source>certified as written</source>
        <translation>certificado tal como está redactado</translation>
    </message>
    <message>
        <source>Signed by: </source>
        <translation>Firmado por: </translation>
    </message>
    <message>
        <source>Date signed: </source>
        <translation>Fecha de la firma: </translation>
    </message>
    <message>
        <source>Return recorded: </source>
        <translation>Devolución registrada: </translation>
    </message>
    <message>
        <source>To be completed by the referring clinician.</source>
        <translation>A completar por el profesional que deriva.</translation>
    </message>
    <message>
        <source>To be completed by %1.</source>
        <translation>A completar por %1.</translation>
    </message>
    <message>
        <source>Certified as written</source>
        <translation>Certificado tal como está redactado</translation>
    </message>
    <message>
        <source>Certified with changes:</source>
        <translation>Certificado con cambios:</translation>
    </message>
    <message>
        <source>Signature of the referring clinician</source>
        <translation>Firma del profesional que deriva</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nombre en letra de imprenta</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>Medicare initial certification, dates of service from 1 January 2025: a signed and dated order plus one transmission of the plan of care to the referring provider within %1 days of the first treatment (Noridian, &quot;Outpatient Therapy Certification Plan of Care&quot;, updated September 2025).</source>
        <translation>Certificación inicial de Medicare, fechas de servicio a partir del 1 de enero de 2025: una orden firmada y fechada, más un envío del plan de atención al proveedor que deriva en un plazo de %1 días desde el primer tratamiento (Noridian, &quot;Outpatient Therapy Certification Plan of Care&quot;, actualizado en septiembre de 2025).</translation>
    </message>
    <message>
        <source>This visit has no therapy record, so there is no plan of care to print.</source>
        <translation>Esta visita no tiene registro de terapia, así que no hay ningún plan de atención que imprimir.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Time period: %1</source>
        <translation>Periodo de tiempo: %1</translation>
    </message>
    <message>
        <source>The licensed wording of this questionnaire is not installed. Use the clinic&apos;s licensed paper form; this sheet lists the sections and answer positions only.</source>
        <translation>El texto con licencia de este cuestionario no está instalado. Use el formulario en papel con licencia de la clínica; esta hoja solo enumera las secciones y las posiciones de las respuestas.</translation>
    </message>
    <message>
        <source>Item texts are summaries from the clinical reference, not the published wording.</source>
        <translation>Los textos de los ítems son resúmenes de la referencia clínica, no el texto publicado.</translation>
    </message>
    <message>
        <source>No font is installed, so the form would print without text.</source>
        <translation>No hay ninguna fuente tipográfica instalada, así que el formulario se imprimiría sin texto.</translation>
    </message>
    <message>
        <source>No validated version of this questionnaire in your language is installed, so it is printed in English. Please ask the staff if you need help.</source>
        <translation>No hay instalada una versión validada de este cuestionario en su idioma, por eso se imprime en inglés. Si necesita ayuda, pregunte al personal.</translation>
    </message>
    <message>
        <source>Patient: %1    Date of birth: %2    MRN: %3</source>
        <translation>Paciente: %1    Fecha de nacimiento: %2    NHC: %3</translation>
    </message>
</context>
<context>
    <name>ReadinessText</name>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>no documentado</translation>
    </message>
    <message>
        <source>Diagnosis with concordant imaging</source>
        <translation>Diagnóstico con pruebas de imagen concordantes</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>no imaging recorded</source>
        <translation>no hay pruebas de imagen registradas</translation>
    </message>
    <message>
        <source>no study recorded as concordant with the symptoms</source>
        <translation>no hay ningún estudio registrado como concordante con los síntomas</translation>
    </message>
    <message>
        <source>Imaging not older than 6 months (fusion)</source>
        <translation>Pruebas de imagen de no más de 6 meses de antigüedad (artrodesis)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n mes de antigüedad</numerusform>
            <numerusform>%n meses de antigüedad</numerusform>
        </translation>
    </message>
    <message>
        <source>no dated concordant study</source>
        <translation>no hay ningún estudio concordante con fecha</translation>
    </message>
    <message>
        <source>fusion is not being considered</source>
        <translation>no se está planteando una artrodesis</translation>
    </message>
    <message>
        <source>Neurological examination correlating with imaging</source>
        <translation>Exploración neurológica que se correlaciona con las pruebas de imagen</translation>
    </message>
    <message>
        <source>no examination recorded</source>
        <translation>no hay ninguna exploración registrada</translation>
    </message>
    <message>
        <source>level %1; imaging %2</source>
        <translation>nivel %1; imagen %2</translation>
    </message>
    <message>
        <source>ODI</source>
        <translation>ODI</translation>
    </message>
    <message>
        <source>a pain score (NRS or PEG)</source>
        <translation>una puntuación de dolor (NRS o PEG)</translation>
    </message>
    <message>
        <source>Validated pain and function scores, dated</source>
        <translation>Puntuaciones validadas de dolor y función, con fecha</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <source>at least 3 months (fusion)</source>
        <translation>al menos 3 meses (artrodesis)</translation>
    </message>
    <message>
        <source>at least 6 weeks</source>
        <translation>al menos 6 semanas</translation>
    </message>
    <message>
        <source>Failure of conservative care: %1, with drug trials</source>
        <translation>Fracaso del tratamiento conservador: %1, con tratamientos farmacológicos probados</translation>
    </message>
    <message>
        <source>no dated conservative care recorded</source>
        <translation>no hay tratamiento conservador con fecha registrado</translation>
    </message>
    <message numerus="yes">
        <source>%1 weeks of dated care; %n drug trial(s)</source>
        <translation>
            <numerusform>%1 semanas de tratamiento con fecha; %n tratamiento farmacológico probado</numerusform>
            <numerusform>%1 semanas de tratamiento con fecha; %n tratamientos farmacológicos probados</numerusform>
        </translation>
    </message>
    <message>
        <source>no physical therapy recorded</source>
        <translation>no hay fisioterapia registrada</translation>
    </message>
    <message numerus="yes">
        <source>%1 weeks, %n session(s) attended</source>
        <translation>
            <numerusform>%1 semanas, %n sesión realizada</numerusform>
            <numerusform>%1 semanas, %n sesiones realizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Active physical therapy at least 6 weeks (attended)</source>
        <translation>Fisioterapia activa durante al menos 6 semanas (sesiones realizadas)</translation>
    </message>
    <message>
        <source>cotinine: %1</source>
        <translation>cotinina: %1</translation>
    </message>
    <message>
        <source>Nicotine-free status (elective fusion)</source>
        <translation>Sin consumo de nicotina (artrodesis electiva)</translation>
    </message>
    <message>
        <source>Behavioural-health screens; no unmanaged disorder</source>
        <translation>Cribados de salud conductual; ningún trastorno sin tratar</translation>
    </message>
    <message>
        <source>PHQ-9 and GAD-7 not recorded</source>
        <translation>PHQ-9 y GAD-7 no registrados</translation>
    </message>
    <message>
        <source>elevated: document treatment or follow-up</source>
        <translation>elevado: documente el tratamiento o el seguimiento</translation>
    </message>
    <message>
        <source>Red-flag exception to the conservative-care duration</source>
        <translation>Excepción por señal de alarma a la duración del tratamiento conservador</translation>
    </message>
    <message>
        <source>no urgent or emergency red flag</source>
        <translation>ninguna señal de alarma urgente ni de emergencia</translation>
    </message>
</context>
<context>
    <name>RedFlagRepository</name>
    <message>
        <source>The red-flag screen of this visit cannot be read (%1). It was left untouched.</source>
        <translation>No se puede leer el cribado de señales de alarma de esta visita (%1). Se dejó sin modificar.</translation>
    </message>
    <message>
        <source>Someone else started this red-flag screen in another window. Your changes were not saved.</source>
        <translation>Otra persona empezó este cribado de señales de alarma en otra ventana. Sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Someone else changed this red-flag screen since you opened it. Your changes were not saved.</source>
        <translation>Otra persona modificó este cribado de señales de alarma desde que lo abrió. Sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>The stored red-flag screen cannot be read (%1); it was not overwritten.</source>
        <translation>No se puede leer el cribado de señales de alarma guardado (%1); no se sobrescribió.</translation>
    </message>
    <message>
        <source>A recorded acknowledgement cannot be changed or removed.</source>
        <translation>Una confirmación registrada no se puede modificar ni eliminar.</translation>
    </message>
    <message>
        <source>Each acknowledgement needs the clinician, the time, the flags it covers, and the action taken or a reason for not acting.</source>
        <translation>Cada confirmación necesita el profesional clínico, la hora, las señales que abarca y la medida adoptada o un motivo para no actuar.</translation>
    </message>
</context>
<context>
    <name>RedFlagText</name>
    <message>
        <source>Routine review</source>
        <translation>Revisión ordinaria</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>1 red flag present</source>
        <translation>1 señal de alarma presente</translation>
    </message>
    <message>
        <source>%1 red flags present</source>
        <translation>%1 señales de alarma presentes</translation>
    </message>
    <message>
        <source>; red-flag screen incomplete</source>
        <translation>; cribado de señales de alarma incompleto</translation>
    </message>
    <message>
        <source>Red-flag screen complete: all items absent</source>
        <translation>Cribado de señales de alarma completo: todos los ítems ausentes</translation>
    </message>
    <message>
        <source>Red-flag screen incomplete</source>
        <translation>Cribado de señales de alarma incompleto</translation>
    </message>
    <message>
        <source>Record which clinician acknowledged the flag.</source>
        <translation>Registre qué profesional clínico confirmó que se ha revisado la señal.</translation>
    </message>
    <message>
        <source>Record when the flag was acknowledged.</source>
        <translation>Registre cuándo se confirmó que se había revisado la señal.</translation>
    </message>
    <message>
        <source>Record the action taken, or the reason for not acting.</source>
        <translation>Registre la medida adoptada o el motivo para no actuar.</translation>
    </message>
    <message>
        <source>No flag of “%1” is marked present.</source>
        <translation>No hay ninguna señal de “%1” marcada como presente.</translation>
    </message>
    <message>
        <source>“%1” is not marked present.</source>
        <translation>“%1” no está marcada como presente.</translation>
    </message>
    <message>
        <source>There is no red flag “%1”.</source>
        <translation>No existe la señal de alarma “%1”.</translation>
    </message>
</context>
<context>
    <name>RenderText</name>
    <message>
        <source>There is no visit %1.</source>
        <translation>No existe la visita %1.</translation>
    </message>
    <message>
        <source>Visit %1 has no decision record.</source>
        <translation>La visita %1 no tiene registro de decisión.</translation>
    </message>
    <message>
        <source>Visit %1 has no decision record for %2 (recorded: %3).</source>
        <translation>La visita %1 no tiene registro de decisión para %2 (registrados: %3).</translation>
    </message>
    <message>
        <source>Visit %1 has decision records for %2; choose one with --aid.</source>
        <translation>La visita %1 tiene registros de decisión para %2; elija uno con --aid.</translation>
    </message>
    <message>
        <source>The decision aid %1 is not available, so its summary cannot be printed.</source>
        <translation>La herramienta de ayuda a la decisión %1 no está disponible, así que no se puede imprimir su resumen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The PDF was written but could not be archived: %1</source>
        <translation>El PDF se escribió, pero no se pudo archivar: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes, SHA-256 %3); archived as document %4.</source>
        <translation>Se escribió %1 (%2 bytes, SHA-256 %3); archivado como documento %4.</translation>
    </message>
    <message>
        <source>The visit.</source>
        <translation>La visita.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se va a escribir.</translation>
    </message>
    <message>
        <source>The decision aid, when the visit has several records.</source>
        <translation>La herramienta de ayuda a la decisión, cuando la visita tiene varios registros.</translation>
    </message>
    <message>
        <source>Large print.</source>
        <translation>Letra grande.</translation>
    </message>
    <message>
        <source>Usage: spinedesk render KIND --visit ID --out FILE.pdf [--lang en|es] [--large-print]</source>
        <translation>Uso: spinedesk render KIND --visit ID --out FILE.pdf [--lang en|es] [--large-print]</translation>
    </message>
    <message>
        <source>Unknown document kind &apos;%1&apos;.</source>
        <translation>Tipo de documento desconocido: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--visit takes a visit number.</source>
        <translation>--visit requiere un número de visita.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>The plan of visit %1 is not signed: every page says DRAFT.</source>
        <translation>El plan de la visita %1 no está firmado: todas las páginas llevan la marca BORRADOR.</translation>
    </message>
    <message>
        <source>The demo %1 for visit %2 could not be made: %3</source>
        <translation>No se pudo crear el documento de demostración %1 para la visita %2: %3</translation>
    </message>
    <message>
        <source>PA summary: the surgeon it is addressed to.</source>
        <translation>Resumen para autorización previa: el cirujano al que va dirigido.</translation>
    </message>
    <message>
        <source>Library handout to print (with KIND library-handout).</source>
        <translation>Hoja informativa de la biblioteca que se va a imprimir (con KIND library-handout).</translation>
    </message>
    <message>
        <source>Name the handout with --handout ID.</source>
        <translation>Indique la hoja informativa con --handout ID.</translation>
    </message>
    <message>
        <source>Letter and PT plan of care: add a fax cover sheet as the first page.</source>
        <translation>Carta y plan de atención de fisioterapia: añadir una portada de fax como primera página.</translation>
    </message>
</context>
<context>
    <name>ReportCommandText</name>
    <message>
        <source>Usage: spinedesk report outcomes --from DATE --to DATE --out FILE.pdf|FILE.csv [--prepared-by NAME]</source>
        <translation>Uso: spinedesk report outcomes --from DATE --to DATE --out FILE.pdf|FILE.csv [--prepared-by NAME]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Nothing was written: the export could not be recorded in the audit log.</source>
        <translation>No se escribió nada: la exportación no se pudo anotar en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Updating the outcome figures of %1 episodes…</source>
        <translation>Actualizando las cifras de resultados de %1 episodios…</translation>
    </message>
    <message>
        <source>%1 of %2 episodes…</source>
        <translation>%1 de %2 episodios…</translation>
    </message>
    <message>
        <source>Outcome figures up to date.</source>
        <translation>Cifras de resultados actualizadas.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Primer día del periodo (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Último día del periodo (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The PDF or CSV file to write.</source>
        <translation>El archivo PDF o CSV que se va a escribir.</translation>
    </message>
    <message>
        <source>The name printed as the report&apos;s author.</source>
        <translation>El nombre que figura como autor del informe.</translation>
    </message>
    <message>
        <source>Unknown report &apos;%1&apos; (available: outcomes).</source>
        <translation>Informe desconocido: &apos;%1&apos; (disponibles: outcomes).</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD.</source>
        <translation>--from y --to requieren fechas con el formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from (%1) es posterior a --to (%2).</translation>
    </message>
    <message>
        <source>--out must end in .pdf or .csv, not &apos;%1&apos;.</source>
        <translation>--out debe terminar en .pdf o .csv, no en &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The outcome figures could not be updated: %1</source>
        <translation>No se pudieron actualizar las cifras de resultados: %1</translation>
    </message>
    <message>
        <source>Wrote %1: outcome figures of %2 episodes of care.</source>
        <translation>Se escribió %1: cifras de resultados de %2 episodios de atención.</translation>
    </message>
    <message>
        <source>employers and payers</source>
        <translation>empleadores y aseguradoras</translation>
    </message>
    <message>
        <source>The PDF was written but could not be archived: %1</source>
        <translation>El PDF se escribió, pero no se pudo archivar: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 episodes of care, %3 bytes, SHA-256 %4); archived as document %5.</source>
        <translation>Se escribió %1 (%2 episodios de atención, %3 bytes, SHA-256 %4); archivado como documento %5.</translation>
    </message>
</context>
<context>
    <name>ResponseRepository</name>
    <message>
        <source>Someone else changed this questionnaire since you opened it. Your answers were not saved.</source>
        <translation>Otra persona modificó este cuestionario después de que usted lo abriera. Sus respuestas no se guardaron.</translation>
    </message>
</context>
<context>
    <name>ScaleShift</name>
    <message>
        <source>%1 points better</source>
        <translation>%1 puntos mejor</translation>
    </message>
    <message>
        <source>%1 points worse</source>
        <translation>%1 puntos peor</translation>
    </message>
    <message>
        <source>no difference</source>
        <translation>sin diferencia</translation>
    </message>
    <message>
        <source>%1 (better)</source>
        <translation>%1 (mejor)</translation>
    </message>
    <message>
        <source>%1 (worse)</source>
        <translation>%1 (peor)</translation>
    </message>
    <message>
        <source>On average there was no difference between %1 and %2.</source>
        <translation>En promedio, no hubo diferencia entre %1 y %2.</translation>
    </message>
    <message>
        <source>On average, %1 came out %2 than %3.</source>
        <translation>En promedio, %1 obtuvo un resultado %2 que %3.</translation>
    </message>
    <message>
        <source>Likely range: from %1 to %2.</source>
        <translation>Rango probable: de %1 a %2.</translation>
    </message>
    <message>
        <source>The smallest change most people notice: %1 points.</source>
        <translation>El cambio más pequeño que nota la mayoría de las personas: %1 puntos.</translation>
    </message>
    <message>
        <source>The scale runs from %1 to %2.</source>
        <translation>La escala va de %1 a %2.</translation>
    </message>
    <message>
        <source>A range needs both ends.</source>
        <translation>Un rango necesita ambos extremos.</translation>
    </message>
    <message>
        <source>The smallest noticeable change must be above zero.</source>
        <translation>El cambio perceptible más pequeño debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Scale: %1, from %2 to %3; %4 is best.</source>
        <translation>Escala: %1, de %2 a %3; %4 es el mejor valor.</translation>
    </message>
</context>
<context>
    <name>SignCheckText</name>
    <message>
        <source>The red-flag checklist could not be read: %1</source>
        <translation>No se pudo leer la lista de verificación de señales de alarma: %1</translation>
    </message>
    <message>
        <source>This visit&apos;s red-flag screen could not be read: %1</source>
        <translation>No se pudo leer el cribado de señales de alarma de esta visita: %1</translation>
    </message>
    <message>
        <source>Visit %1 could not be read: %2</source>
        <translation>No se pudo leer la visita %1: %2</translation>
    </message>
    <message>
        <source>Hand the patient over to a physiatrist for this red flag first (Therapy step): %1</source>
        <translation>Primero traspase al paciente a un médico rehabilitador por esta señal de alarma (paso Terapia): %1</translation>
    </message>
</context>
<context>
    <name>SignGuardText</name>
    <message>
        <source>Record which clinician acknowledged the alert.</source>
        <translation>Registre qué profesional clínico confirmó la alerta.</translation>
    </message>
    <message>
        <source>Record when the alert was acknowledged.</source>
        <translation>Registre cuándo se confirmó la alerta.</translation>
    </message>
    <message>
        <source>Record the action taken, or the reason for not acting.</source>
        <translation>Registre la medida adoptada o el motivo para no actuar.</translation>
    </message>
    <message>
        <source>Red flag “%1” (%2, %3): record the action taken or the reason for not acting.</source>
        <translation>Señal de alarma “%1” (%2, %3): registre la medida adoptada o el motivo para no actuar.</translation>
    </message>
    <message>
        <source>Safety alert “%1” from %2: record the action taken or the reason for not acting.</source>
        <translation>Alerta de seguridad “%1” de %2: registre la medida adoptada o el motivo para no actuar.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidChoiceSection</name>
    <message>
        <source>Discussed: %1</source>
        <translation>Opción comentada: %1</translation>
    </message>
    <message>
        <source>Options discussed</source>
        <translation>Opciones comentadas</translation>
    </message>
    <message>
        <source>Preferred option: %1</source>
        <translation>Opción preferida: %1</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>The option the patient prefers</source>
        <translation>La opción que prefiere el paciente</translation>
    </message>
    <message>
        <source>Who took part, separated by commas</source>
        <translation>Quiénes participaron, separados por comas</translation>
    </message>
    <message>
        <source>For example: Patient, spouse, Dr Lee</source>
        <translation>Por ejemplo: paciente, cónyuge, Dr. Lee</translation>
    </message>
    <message>
        <source>&amp;Who took part</source>
        <translation>&amp;Quiénes participaron</translation>
    </message>
    <message>
        <source>Note about the decision</source>
        <translation>Nota sobre la decisión</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidFooter</name>
    <message>
        <source>Version %1 · produced %2 · last reviewed %3 · next review by %4. Funding and conflicts of interest: %5</source>
        <translation>Versión %1 · elaborada el %2 · última revisión el %3 · próxima revisión antes del %4. Financiación y conflictos de intereses: %5</translation>
    </message>
    <message>
        <source>About this decision aid</source>
        <translation>Acerca de esta herramienta de ayuda a la decisión</translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4; %5)</source>
        <translation>%1: %2 (%3; %4; %5)</translation>
    </message>
    <message>
        <source>%1: not in the evidence registry</source>
        <translation>%1: no está en el registro de evidencia</translation>
    </message>
    <message>
        <source>How this aid is kept up to date: %1</source>
        <translation>Cómo se mantiene actualizada esta herramienta: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Sources and updates (%1)</source>
        <translation>Fuentes y actualizaciones (%1)</translation>
    </message>
    <message>
        <source>Show the sources</source>
        <translation>Mostrar las fuentes</translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidKnowledgeCheck</name>
    <message>
        <source>A few questions to check the information was clear. This is not a test of you.</source>
        <translation>Unas preguntas para comprobar que la información quedó clara. No es un examen para usted.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — answer: %2</source>
        <translation>%1 — respuesta: %2</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Respuesta a la pregunta %1</translation>
    </message>
    <message>
        <source>C&amp;heck answers</source>
        <translation>&amp;Comprobar respuestas</translation>
    </message>
    <message>
        <source>Right. %1</source>
        <translation>Correcto. %1</translation>
    </message>
    <message>
        <source>Not quite: the answer is “%1”. %2</source>
        <translation>No exactamente: la respuesta es “%1”. %2</translation>
    </message>
    <message>
        <source>Not answered: the answer is “%1”. %2</source>
        <translation>Sin responder: la respuesta es “%1”. %2</translation>
    </message>
    <message>
        <source>%1 of %2 right.</source>
        <translation>%1 de %2 correctas.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidLanguageSwitch</name>
    <message>
        <source>Language of the decision aid</source>
        <translation>Idioma de la herramienta de ayuda a la decisión</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Show the decision aid in %1</source>
        <translation>Mostrar la herramienta de ayuda a la decisión en %1</translation>
    </message>
    <message>
        <source>This decision aid has no text in %1 yet.</source>
        <translation>Esta herramienta de ayuda a la decisión aún no tiene texto en %1.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidSureSection</name>
    <message>
        <source>Sure of myself: feeling certain which choice is best</source>
        <translation>Seguridad: sentirse seguro de cuál es la mejor opción</translation>
    </message>
    <message>
        <source>Understand information: knowing the benefits and risks of each option</source>
        <translation>Comprender la información: conocer los beneficios y riesgos de cada opción</translation>
    </message>
    <message>
        <source>Risk–benefit ratio: being clear which benefits and risks matter most</source>
        <translation>Relación riesgo–beneficio: tener claro qué beneficios y riesgos importan más</translation>
    </message>
    <message>
        <source>Encouragement: having enough support and advice to choose</source>
        <translation>Apoyo: contar con suficiente apoyo y consejo para elegir</translation>
    </message>
    <message>
        <source>Four questions for the patient, answered yes or no, about the decision just discussed.</source>
        <translation>Cuatro preguntas para el paciente, de respuesta sí o no, sobre la decisión que se acaba de comentar.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>SURE item %1: yes</source>
        <translation>Ítem %1 del SURE: sí</translation>
    </message>
    <message>
        <source>SURE item %1: no</source>
        <translation>Ítem %1 del SURE: no</translation>
    </message>
    <message>
        <source>SURE result</source>
        <translation>Resultado del SURE</translation>
    </message>
    <message>
        <source>Decisional conflict</source>
        <translation>Conflicto decisional</translation>
    </message>
    <message>
        <source>What to offer</source>
        <translation>Qué ofrecer</translation>
    </message>
    <message>
        <source>SURE attribution</source>
        <translation>Atribución del SURE</translation>
    </message>
    <message>
        <source>The SURE test could not be loaded (%1); its items are shown in brief.</source>
        <translation>No se pudo cargar el test SURE (%1); sus ítems se muestran de forma resumida.</translation>
    </message>
    <message>
        <source>SURE: incomplete (%1 of %2 answered).</source>
        <translation>SURE: incompleto (%1 de %2 respondidos).</translation>
    </message>
    <message>
        <source>SURE score: %1 of %2 — no decisional conflict.</source>
        <translation>Puntuación SURE: %1 de %2 — sin conflicto decisional.</translation>
    </message>
    <message>
        <source>SURE score: %1 of %2.</source>
        <translation>Puntuación SURE: %1 de %2.</translation>
    </message>
    <message>
        <source>Decisional conflict: a SURE score below 4 is a positive screen. Talk it through before the decision is made.</source>
        <translation>Conflicto decisional: una puntuación SURE inferior a 4 es un cribado positivo. Coméntelo con el paciente antes de tomar la decisión.</translation>
    </message>
    <message>
        <source>• %1 (item %2): %3</source>
        <translation>• %1 (ítem %2): %3</translation>
    </message>
    <message>
        <source>No validated version of the SURE test in this language is installed, so its questions are shown in English.</source>
        <translation>No hay instalada ninguna versión validada de la prueba SURE en este idioma, por lo que sus preguntas se muestran en inglés.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidValuesSection</name>
    <message>
        <source>How much does each of these matter to you? There are no right or wrong answers. 0 means it does not matter to you, 10 means it matters a lot.</source>
        <translation>¿Cuánto le importa cada uno de estos aspectos? No hay respuestas correctas ni incorrectas. 0 significa que no le importa, 10 significa que le importa mucho.</translation>
    </message>
    <message>
        <source>How much it matters: %1</source>
        <translation>Cuánto le importa: %1</translation>
    </message>
    <message>
        <source>0 does not matter, 10 matters a lot. %1</source>
        <translation>0: no le importa; 10: le importa mucho. %1</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>Aún sin marcar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the mark for: %1</source>
        <translation>Borrar la marca de: %1</translation>
    </message>
    <message>
        <source>Does not matter</source>
        <translation>No me importa</translation>
    </message>
    <message>
        <source>Matters a lot</source>
        <translation>Me importa mucho</translation>
    </message>
    <message>
        <source>Your values beside the options</source>
        <translation>Sus valores junto a las opciones</translation>
    </message>
    <message>
        <source>This is not a score. It shows which of the things you marked each option fits with.</source>
        <translation>Esto no es una puntuación. Muestra con cuáles de los aspectos que usted marcó encaja cada opción.</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>Mark for: %1</source>
        <translation>Marca para: %1</translation>
    </message>
    <message>
        <source>• %1 — %2 of 10</source>
        <translation>• %1 — %2 de 10</translation>
    </message>
    <message>
        <source>Nothing marked yet that points this way.</source>
        <translation>Todavía no ha marcado nada que apunte en esta dirección.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::AidView</name>
    <message>
        <source>⚠ This decision record was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation>⚠ Este registro de decisión se modificó en otra ventana o en otra estación de trabajo. Sus últimos cambios siguen en pantalla, pero no se guardaron. Vuelva a cargar para ver la versión guardada.</translation>
    </message>
    <message>
        <source>Reload the saved decision record</source>
        <translation>Volver a cargar el registro de decisión guardado</translation>
    </message>
    <message>
        <source>Decision aid sections</source>
        <translation>Secciones de la herramienta de ayuda a la decisión</translation>
    </message>
    <message>
        <source>1. Options</source>
        <translation>1. Opciones</translation>
    </message>
    <message>
        <source>2. Outcomes</source>
        <translation>2. Resultados</translation>
    </message>
    <message>
        <source>3. What matters</source>
        <translation>3. Lo que importa</translation>
    </message>
    <message>
        <source>4. Understanding</source>
        <translation>4. Comprensión</translation>
    </message>
    <message>
        <source>5. Choice</source>
        <translation>5. Elección</translation>
    </message>
    <message>
        <source>6. SURE</source>
        <translation>6. SURE</translation>
    </message>
    <message>
        <source>The options side by side</source>
        <translation>Las opciones, una al lado de la otra</translation>
    </message>
    <message>
        <source>What happened to people like you</source>
        <translation>Qué les pasó a personas como usted</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation>Lo que le importa a usted</translation>
    </message>
    <message>
        <source>Check your understanding</source>
        <translation>Compruebe lo que ha entendido</translation>
    </message>
    <message>
        <source>The patient&apos;s choice</source>
        <translation>La elección del paciente</translation>
    </message>
    <message>
        <source>SURE test for decisional conflict</source>
        <translation>Test SURE de conflicto decisional</translation>
    </message>
    <message>
        <source>P&amp;resent to the patient…</source>
        <translation>P&amp;resentar al paciente…</translation>
    </message>
    <message>
        <source>Opens a large, uncluttered window with this section, for turning the screen to the patient or showing it on a second monitor.</source>
        <translation>Abre una ventana grande y despejada con esta sección, para girar la pantalla hacia el paciente o mostrarla en un segundo monitor.</translation>
    </message>
    <message>
        <source>Sa&amp;ve record</source>
        <translation>&amp;Guardar registro</translation>
    </message>
    <message>
        <source>Saves the decision record now; changes are also saved automatically.</source>
        <translation>Guarda ahora el registro de decisión; los cambios también se guardan automáticamente.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>The condition</source>
        <translation>La afección</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <source>Option grid: the options in columns, your questions in rows</source>
        <translation>Cuadro de opciones: las opciones en columnas, sus preguntas en filas</translation>
    </message>
    <message>
        <source>Each picture shows 100 people like you. The coloured block shows how many had this outcome; every option is shown out of the same 100.</source>
        <translation>Cada imagen muestra a 100 personas como usted. El bloque de color muestra cuántas tuvieron este resultado; cada opción se muestra sobre las mismas 100 personas.</translation>
    </message>
    <message>
        <source>Where the studies give an average difference on a scale, a line shows the scale and an arrow shows how far one option came out ahead on average.</source>
        <translation>Cuando los estudios dan una diferencia media en una escala, una línea muestra la escala y una flecha muestra cuánta ventaja sacó una opción en promedio.</translation>
    </message>
    <message>
        <source>◀ Back: %1</source>
        <translation>◀ Atrás: %1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Next: %1 ▶</source>
        <translation>Siguiente: %1 ▶</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <source>This record was made with version %1 of the aid; it is now version %2. Saving records it against version %2.</source>
        <translation>Este registro se hizo con la versión %1 de la herramienta; ahora es la versión %2. Al guardar, se registra con la versión %2.</translation>
    </message>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation>Esta visita está firmada. Los cambios se registran como adendas.</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Aún sin registrar.</translation>
    </message>
    <message>
        <source>Recorded %1.</source>
        <translation>Registrado: %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>A second screen (%1) is connected. Show the presentation there, full screen?</source>
        <translation>Hay una segunda pantalla (%1) conectada. ¿Mostrar la presentación allí, a pantalla completa?</translation>
    </message>
    <message>
        <source>On the &amp;second screen</source>
        <translation>En la &amp;segunda pantalla</translation>
    </message>
    <message>
        <source>On &amp;this screen</source>
        <translation>En es&amp;ta pantalla</translation>
    </message>
</context>
<context>
    <name>SpineDesk::Application</name>
    <message>
        <source>SpineDesk cannot open the clinic database</source>
        <translation>SpineDesk no puede abrir la base de datos de la clínica</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Base de datos actualizada</translation>
    </message>
    <message>
        <source>The clinic database was upgraded from schema version %1 to %2. The previous file is kept at %3.</source>
        <translation>La base de datos de la clínica se actualizó de la versión de esquema %1 a la %2. El archivo anterior se conserva en %3.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::AssessmentPage</name>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>&amp;Enter or edit (clinician)…</source>
        <translation>&amp;Introducir o editar (clínico)…</translation>
    </message>
    <message>
        <source>Hand to the &amp;patient…</source>
        <translation>Entregar al &amp;paciente…</translation>
    </message>
    <message>
        <source>Full-screen self-entry, one question per screen; staff unlock to leave.</source>
        <translation>Autocumplimentación a pantalla completa, una pregunta por pantalla; el personal desbloquea para salir.</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Resumen de la evaluación</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>by the patient</source>
        <translation>por el paciente</translation>
    </message>
    <message>
        <source>by the clinician</source>
        <translation>por el profesional clínico</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Confirmar…</translation>
    </message>
    <message>
        <source>Acknowledge the %1 alert</source>
        <translation>Confirmar que se ha revisado la alerta %1</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Confirmar alerta</translation>
    </message>
    <message>
        <source>Action taken, or the reason for not acting:</source>
        <translation>Medida adoptada, o motivo para no actuar:</translation>
    </message>
    <message>
        <source>Alert not acknowledged</source>
        <translation>Alerta no confirmada</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>STarT Back stratum: %1</source>
        <translation>Estrato de STarT Back: %1</translation>
    </message>
    <message>
        <source>matched pathway: %1</source>
        <translation>itinerario asignado: %1</translation>
    </message>
    <message>
        <source>STarT Back not completed: no stratum yet.</source>
        <translation>STarT Back no completado: aún no hay estrato.</translation>
    </message>
    <message>
        <source>Red flags:</source>
        <translation>Señales de alarma:</translation>
    </message>
    <message>
        <source>concern: %1</source>
        <translation>motivo de preocupación: %1</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <source>Yellow flags:</source>
        <translation>Banderas amarillas:</translation>
    </message>
    <message>
        <source>Open alert: %1</source>
        <translation>Alerta abierta: %1</translation>
    </message>
    <message>
        <source>Alert acknowledged: %1</source>
        <translation>Alerta confirmada: %1</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>no calculable</translation>
    </message>
    <message>
        <source>change from baseline %1: %2</source>
        <translation>cambio respecto al valor basal %1: %2</translation>
    </message>
    <message>
        <source>MCID not reached</source>
        <translation>MCID no alcanzada</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>No questionnaires yet.</source>
        <translation>Aún no hay cuestionarios.</translation>
    </message>
    <message>
        <source>Hand to the patient</source>
        <translation>Entregar al paciente</translation>
    </message>
    <message>
        <source>Questionnaires for the patient</source>
        <translation>Cuestionarios para el paciente</translation>
    </message>
    <message>
        <source>A positive PHQ-2 or GAD-2 leads on to the rest of PHQ-9 or GAD-7. Choose an unlock code (4 digits or more) that staff will type to leave the patient mode.</source>
        <translation>Un PHQ-2 o GAD-2 positivo da paso al resto del PHQ-9 o GAD-7. Elija un código de desbloqueo (4 dígitos o más) que el personal escribirá para salir del modo paciente.</translation>
    </message>
    <message>
        <source>Unlock code</source>
        <translation>Código de desbloqueo</translation>
    </message>
    <message>
        <source>Unlock code for staff (4 digits or more):</source>
        <translation>Código de desbloqueo para el personal (4 dígitos o más):</translation>
    </message>
    <message>
        <source>Use at least 4 characters.</source>
        <translation>Use al menos 4 caracteres.</translation>
    </message>
    <message>
        <source>The visit cannot be signed until this is acknowledged.</source>
        <translation>La visita no se puede firmar hasta que se confirme que se ha revisado.</translation>
    </message>
    <message>
        <source>Questionnaires due by the plan</source>
        <translation>Cuestionarios pendientes según el plan</translation>
    </message>
    <message>
        <source>&amp;Start the next due questionnaire…</source>
        <translation>&amp;Iniciar el siguiente cuestionario pendiente…</translation>
    </message>
    <message>
        <source>Start the next questionnaire due by the plan</source>
        <translation>Iniciar el siguiente cuestionario pendiente según el plan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>Due by the plan of %1: %2</source>
        <translation>Pendientes según el plan del %1: %2</translation>
    </message>
    <message>
        <source>Due at this follow-up (the baseline&apos;s questionnaires): %1</source>
        <translation>Pendientes en este seguimiento (los cuestionarios basales): %1</translation>
    </message>
    <message>
        <source>due by the plan</source>
        <translation>pendiente según el plan</translation>
    </message>
    <message>
        <source>MCID reached (absolute and percentage thresholds)</source>
        <translation>MCID alcanzada (umbrales absoluto y porcentual)</translation>
    </message>
    <message>
        <source>MCID reached (absolute threshold)</source>
        <translation>MCID alcanzada (umbral absoluto)</translation>
    </message>
    <message>
        <source>MCID reached (percentage threshold)</source>
        <translation>MCID alcanzada (umbral porcentual)</translation>
    </message>
    <message>
        <source>unverified threshold</source>
        <translation>umbral sin verificar</translation>
    </message>
</context>
<context>
    <name>SpineDesk::CertificationBox</name>
    <message>
        <source>Certification of the plan of care</source>
        <translation>Certificación del plan de atención</translation>
    </message>
    <message>
        <source>Certification status</source>
        <translation>Estado de la certificación</translation>
    </message>
    <message>
        <source>Record &amp;sent…</source>
        <translation>Registrar &amp;envío…</translation>
    </message>
    <message>
        <source>Record that the plan of care was sent to the referring clinician</source>
        <translation>Registrar que el plan de atención se envió al profesional que deriva</translation>
    </message>
    <message>
        <source>Record signed &amp;certification…</source>
        <translation>Registrar &amp;certificación firmada…</translation>
    </message>
    <message>
        <source>Record the referring clinician&apos;s signed certification</source>
        <translation>Registrar la certificación firmada del profesional que deriva</translation>
    </message>
    <message>
        <source>No certification status for this visit.</source>
        <translation>No hay estado de certificación para esta visita.</translation>
    </message>
    <message>
        <source>First treatment %1; send by %2 (30 days).</source>
        <translation>Primer tratamiento: %1; enviar a más tardar el %2 (30 días).</translation>
    </message>
    <message>
        <source>Sent %1 by %2 to %3%4</source>
        <translation>Enviado el %1 por %2 a %3%4</translation>
    </message>
    <message>
        <source> (archived document %1)</source>
        <translation> (documento archivado %1)</translation>
    </message>
    <message>
        <source>Signed by %1 on %2%3</source>
        <translation>Firmado por %1 el %2%3</translation>
    </message>
    <message>
        <source>, with changes: %1</source>
        <translation>, con cambios: %1</translation>
    </message>
    <message>
        <source>Recording the transmission and the signed return is available once the visit is signed.</source>
        <translation>El registro del envío y de la devolución firmada estará disponible una vez firmada la visita.</translation>
    </message>
    <message>
        <source>Available once the visit is signed.</source>
        <translation>Disponible una vez firmada la visita.</translation>
    </message>
    <message>
        <source>Record the transmission first.</source>
        <translation>Registre primero el envío.</translation>
    </message>
    <message>
        <source>%1, fax %2</source>
        <translation>%1, fax %2</translation>
    </message>
    <message>
        <source>made %1 (SHA-256 %2…)</source>
        <translation>creado el %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>The transmission was recorded.</source>
        <translation>Se registró el envío.</translation>
    </message>
    <message>
        <source>The transmission was not recorded: %1</source>
        <translation>No se registró el envío: %1</translation>
    </message>
    <message>
        <source>The signed certification was recorded.</source>
        <translation>Se registró la certificación firmada.</translation>
    </message>
    <message>
        <source>The signed certification was not recorded: %1</source>
        <translation>No se registró la certificación firmada: %1</translation>
    </message>
</context>
<context>
    <name>SpineDesk::CertificationListPanel</name>
    <message>
        <source>Plans of care awaiting certification</source>
        <translation>Planes de atención pendientes de certificación</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>Referring clinician</source>
        <translation>Profesional que deriva</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No plan of care is awaiting certification.</source>
        <translation>Ningún plan de atención está pendiente de certificación.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::CertificationReturnDialog</name>
    <message>
        <source>Signed certification received</source>
        <translation>Certificación firmada recibida</translation>
    </message>
    <message>
        <source>Date on the referring clinician&apos;s signature</source>
        <translation>Fecha de la firma del profesional que deriva</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Signed &amp;with changes to the plan</source>
        <translation>Firmado &amp;con cambios en el plan</translation>
    </message>
    <message>
        <source>Signed with changes</source>
        <translation>Firmado con cambios</translation>
    </message>
    <message>
        <source>Changes the referring clinician made</source>
        <translation>Cambios que hizo el profesional que deriva</translation>
    </message>
    <message>
        <source>Signature &amp;date</source>
        <translation>&amp;Fecha de la firma</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>Firmado &amp;por</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Ca&amp;mbios</translation>
    </message>
    <message>
        <source>Enter the signature date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation>Introduzca la fecha de la firma como YYYY-MM-DD o MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>The signature date cannot be in the future.</source>
        <translation>La fecha de la firma no puede ser futura.</translation>
    </message>
    <message>
        <source>The signature cannot be dated before the plan was sent (%1).</source>
        <translation>La firma no puede tener una fecha anterior al envío del plan (%1).</translation>
    </message>
    <message>
        <source>Enter the name as signed.</source>
        <translation>Introduzca el nombre tal como se firmó.</translation>
    </message>
    <message>
        <source>Say what was changed.</source>
        <translation>Indique qué se cambió.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::ClinicSettingsDialog</name>
    <message>
        <source>Clinic letterhead</source>
        <translation>Membrete de la clínica</translation>
    </message>
    <message>
        <source>Printed at the top of every letter, handout and summary. Letters to referring clinicians are written in the working language.</source>
        <translation>Se imprime en la parte superior de cada carta, hoja informativa y resumen. Las cartas a los profesionales que derivan se redactan en el idioma de trabajo.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <source>Address, one line per line</source>
        <translation>Dirección, cada línea en un renglón</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Clinic fax</source>
        <translation>Fax de la clínica</translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation>&amp;Fax</translation>
    </message>
    <message>
        <source>Working language of the clinic</source>
        <translation>Idioma de trabajo de la clínica</translation>
    </message>
    <message>
        <source>&amp;Working language</source>
        <translation>&amp;Idioma de trabajo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>&amp;Elegir logotipo…</translation>
    </message>
    <message>
        <source>Choose a logo image file</source>
        <translation>Elegir un archivo de imagen para el logotipo</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Quitar logotipo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>The letterhead needs the clinic&apos;s name.</source>
        <translation>El membrete necesita el nombre de la clínica.</translation>
    </message>
    <message>
        <source>Enter a phone number of 7 to 15 digits.</source>
        <translation>Introduzca un número de teléfono de 7 a 15 dígitos.</translation>
    </message>
    <message>
        <source>Enter a fax number of 7 to 15 digits.</source>
        <translation>Introduzca un número de fax de 7 a 15 dígitos.</translation>
    </message>
    <message>
        <source>%1 Close and open this dialog again to see the saved letterhead.</source>
        <translation>%1 Cierre y vuelva a abrir este cuadro de diálogo para ver el membrete guardado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as an image: %2</source>
        <translation>“%1” no se puede leer como imagen: %2</translation>
    </message>
    <message>
        <source>“%1” could not be converted to PNG.</source>
        <translation>No se pudo convertir “%1” a PNG.</translation>
    </message>
    <message>
        <source>Logo of %1 × %2 pixels</source>
        <translation>Logotipo de %1 × %2 píxeles</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
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
        <translation>Otro profesional clínico</translation>
    </message>
</context>
<context>
    <name>SpineDesk::ClinicianPicker</name>
    <message>
        <source>No clinicians yet. Add yourself below; your name is recorded on everything you sign.</source>
        <translation>Aún no hay profesionales clínicos. Añádase a continuación; su nombre queda registrado en todo lo que firme.</translation>
    </message>
    <message>
        <source>Choose your name. It is recorded on everything you sign.</source>
        <translation>Elija su nombre. Queda registrado en todo lo que firme.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::DateField</name>
    <message>
        <source>YYYY-MM-DD or MM/DD/YYYY</source>
        <translation>YYYY-MM-DD o MM/DD/YYYY</translation>
    </message>
</context>
<context>
    <name>SpineDesk::DecisionPage</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>⚠ What is being considered was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation>⚠ Lo que se está considerando se modificó en otra ventana o en otra estación de trabajo. Sus últimos cambios siguen en pantalla, pero no se guardaron. Vuelva a cargar para ver la versión guardada.</translation>
    </message>
    <message>
        <source>Reload what is being considered</source>
        <translation>Volver a cargar lo que se está considerando</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Open decision aids and the ESI criteria</source>
        <translation>Abrir herramientas de ayuda a la decisión y los criterios de IEC</translation>
    </message>
    <message>
        <source>ESI criteria</source>
        <translation>Criterios de IEC</translation>
    </message>
    <message>
        <source>Open a suggested decision aid, or choose any aid on the left, to go through it with the patient.</source>
        <translation>Abra una herramienta de ayuda a la decisión sugerida, o elija cualquiera a la izquierda, para revisarla con el paciente.</translation>
    </message>
    <message>
        <source>What is being considered</source>
        <translation>Lo que se está considerando</translation>
    </message>
    <message>
        <source>Neurogenic claudication</source>
        <translation>Claudicación neurógena</translation>
    </message>
    <message>
        <source>Leg pain, heaviness or weakness on walking or standing, eased by sitting or bending forward.</source>
        <translation>Dolor, pesadez o debilidad en las piernas al caminar o estar de pie, que se alivia al sentarse o inclinarse hacia delante.</translation>
    </message>
    <message>
        <source>Neurogenic &amp;claudication</source>
        <translation>&amp;Claudicación neurógena</translation>
    </message>
    <message>
        <source>S&amp;urgery discussed</source>
        <translation>Ci&amp;rugía comentada</translation>
    </message>
    <message>
        <source>&amp;Fusion discussed</source>
        <translation>Artro&amp;desis comentada</translation>
    </message>
    <message>
        <source>Epidural steroid &amp;injection considered</source>
        <translation>&amp;Inyección epidural de corticoides considerada</translation>
    </message>
    <message>
        <source>Surgery discussed</source>
        <translation>Cirugía comentada</translation>
    </message>
    <message>
        <source>Fusion discussed</source>
        <translation>Artrodesis comentada</translation>
    </message>
    <message>
        <source>Epidural steroid injection considered</source>
        <translation>Inyección epidural de corticoides considerada</translation>
    </message>
    <message>
        <source>Planned injection</source>
        <translation>Inyección prevista</translation>
    </message>
    <message>
        <source>Image guidance</source>
        <translation>Guía por imagen</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Abordaje</translation>
    </message>
    <message>
        <source>&amp;Approach</source>
        <translation>A&amp;bordaje</translation>
    </message>
    <message>
        <source>Number of levels</source>
        <translation>Número de niveles</translation>
    </message>
    <message>
        <source>Number of &amp;levels</source>
        <translation>Número de &amp;niveles</translation>
    </message>
    <message>
        <source>Levels are contiguous</source>
        <translation>Los niveles son contiguos</translation>
    </message>
    <message>
        <source>Injectate</source>
        <translation>Sustancia inyectada</translation>
    </message>
    <message>
        <source>Inj&amp;ectate</source>
        <translation>&amp;Sustancia inyectada</translation>
    </message>
    <message>
        <source>Deep sedation planned</source>
        <translation>Sedación profunda prevista</translation>
    </message>
    <message>
        <source>&amp;Deep sedation</source>
        <translation>Sedación &amp;profunda</translation>
    </message>
    <message>
        <source>Confirmed: no prior spinal in&amp;jections</source>
        <translation>Confirmado: sin inyecciones espinales pre&amp;vias</translation>
    </message>
    <message>
        <source>Confirmed: no previous spinal injections</source>
        <translation>Confirmado: sin inyecciones espinales previas</translation>
    </message>
    <message>
        <source>Only if physical therapy was not tolerated</source>
        <translation>Solo si no se toleró la fisioterapia</translation>
    </message>
    <message>
        <source>Why physical therapy was not tolerated</source>
        <translation>Por qué no se toleró la fisioterapia</translation>
    </message>
    <message>
        <source>Why &amp;physical therapy was not tolerated</source>
        <translation>Por qué no se toleró la &amp;fisioterapia</translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation>Herramientas de ayuda a la decisión</translation>
    </message>
    <message>
        <source>Suggested from this visit&apos;s record:</source>
        <translation>Sugeridas a partir de la historia clínica de esta visita:</translation>
    </message>
    <message>
        <source>Suggested decision aids</source>
        <translation>Herramientas de ayuda a la decisión sugeridas</translation>
    </message>
    <message>
        <source>Any decision aid</source>
        <translation>Cualquier herramienta de ayuda a la decisión</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>%1 — unavailable</source>
        <translation>%1 — no disponible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Evidence registry: %1</source>
        <translation>Registro de evidencia: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the chosen decision aid</source>
        <translation>Abrir la herramienta de ayuda a la decisión elegida</translation>
    </message>
    <message>
        <source>An&amp;y aid:</source>
        <translation>Cual&amp;quier herramienta:</translation>
    </message>
    <message>
        <source>Unavailable decision aids</source>
        <translation>Herramientas de ayuda a la decisión no disponibles</translation>
    </message>
    <message>
        <source>Not available (fix the file or update SpineDesk):</source>
        <translation>No disponibles (corrija el archivo o actualice SpineDesk):</translation>
    </message>
    <message>
        <source>No decision aids are installed.</source>
        <translation>No hay ninguna herramienta de ayuda a la decisión instalada.</translation>
    </message>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation>Esta visita está firmada. Los cambios se registran como adendas.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message numerus="yes">
        <source>The intake lists %n previous injection(s).</source>
        <translation>
            <numerusform>La admisión recoge %n inyección previa.</numerusform>
            <numerusform>La admisión recoge %n inyecciones previas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the decision aid: %1</source>
        <translation>Abrir la herramienta de ayuda a la decisión: %1</translation>
    </message>
    <message>
        <source>This aid is not available; see below.</source>
        <translation>Esta herramienta no está disponible; vea más abajo.</translation>
    </message>
    <message>
        <source>None yet. Suggestions come from the dominant pain and the imaging in the intake, and from what is being considered above.</source>
        <translation>Ninguna por ahora. Las sugerencias se basan en el dolor predominante y las pruebas de imagen de la admisión, y en lo que se está considerando arriba.</translation>
    </message>
    <message>
        <source>the instrument is not installed</source>
        <translation>el instrumento no está instalado</translation>
    </message>
    <message>
        <source>The saved decision records cannot be read: %1</source>
        <translation>No se pueden leer los registros de decisión guardados: %1</translation>
    </message>
    <message>
        <source>A decision record for “%1” (version %2) is saved with this visit, but the aid cannot be opened now.</source>
        <translation>Hay un registro de decisión de “%1” (versión %2) guardado con esta visita, pero ahora no se puede abrir la herramienta.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::DocumentArchiveView</name>
    <message>
        <source>Archived documents</source>
        <translation>Documentos archivados</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Plan revision</source>
        <translation>Revisión del plan</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Decision summary</source>
        <translation>Resumen de la decisión</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>impreso</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>guardado como PDF</translation>
    </message>
    <message>
        <source>printed from the preview</source>
        <translation>impreso desde la vista previa</translation>
    </message>
    <message>
        <source>faxed</source>
        <translation>enviado por fax</translation>
    </message>
    <message>
        <source>original plan</source>
        <translation>plan original</translation>
    </message>
    <message>
        <source>addendum %1</source>
        <translation>adenda %1</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>clinician %1</source>
        <translation>profesional clínico %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Notice on every page</source>
        <translation>Aviso en cada página</translation>
    </message>
</context>
<context>
    <name>SpineDesk::DocumentsPage</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The plan of this visit is not signed: every document prints DRAFT on every page. Sign the visit to send final documents.</source>
        <translation>El plan de esta visita no está firmado: todos los documentos llevan impreso BORRADOR en cada página. Firme la visita para enviar documentos definitivos.</translation>
    </message>
    <message>
        <source>Draft notice</source>
        <translation>Aviso de borrador</translation>
    </message>
    <message>
        <source>Document status</source>
        <translation>Estado del documento</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Imprimir: %1</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF: %1</source>
        <translation>Guardar como PDF: %1</translation>
    </message>
    <message>
        <source>Add a &amp;fax cover sheet as page 1</source>
        <translation>Añadir una portada de &amp;fax como página 1</translation>
    </message>
    <message>
        <source>Fax cover sheet</source>
        <translation>Portada de fax</translation>
    </message>
    <message>
        <source>In the clinic&apos;s working language, for the referring clinician.</source>
        <translation>En el idioma de trabajo de la clínica, para el profesional que deriva.</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma de la hoja informativa</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés (English)</translation>
    </message>
    <message>
        <source>Spanish (español)</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>&amp;Language (from the patient&apos;s record):</source>
        <translation>&amp;Idioma (según la historia clínica del paciente):</translation>
    </message>
    <message>
        <source>Surgeon&apos;s name</source>
        <translation>Nombre del cirujano</translation>
    </message>
    <message>
        <source>Optional: the surgeon the summary is addressed to</source>
        <translation>Opcional: el cirujano al que se dirige el resumen</translation>
    </message>
    <message>
        <source>&amp;Surgeon:</source>
        <translation>&amp;Cirujano:</translation>
    </message>
    <message>
        <source>Handout library</source>
        <translation>Biblioteca de hojas informativas</translation>
    </message>
    <message>
        <source>Library handout</source>
        <translation>Hoja informativa de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Handout:</source>
        <translation>&amp;Hoja informativa:</translation>
    </message>
    <message>
        <source>In the handout language chosen above; large print applies too.</source>
        <translation>En el idioma de la hoja informativa elegido arriba; también se aplica la letra grande.</translation>
    </message>
    <message>
        <source>Archive: what was printed or sent</source>
        <translation>Archivo: lo que se imprimió o se envió</translation>
    </message>
    <message>
        <source>&amp;Reprint exactly…</source>
        <translation>&amp;Reimprimir exactamente…</translation>
    </message>
    <message>
        <source>Reprint the archived document exactly</source>
        <translation>Reimprimir exactamente el documento archivado</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Save a copy of the archived document</source>
        <translation>Guardar una copia del documento archivado</translation>
    </message>
    <message>
        <source>No library handouts in this language</source>
        <translation>No hay hojas informativas de la biblioteca en este idioma</translation>
    </message>
    <message>
        <source>referring clinician</source>
        <translation>profesional que deriva</translation>
    </message>
    <message>
        <source>surgeon&apos;s office or payer</source>
        <translation>consulta del cirujano o aseguradora</translation>
    </message>
    <message>
        <source>The document was made but could not be archived: %1</source>
        <translation>El documento se generó, pero no se pudo archivar: %1</translation>
    </message>
    <message>
        <source>The archived document was not found.</source>
        <translation>No se encontró el documento archivado.</translation>
    </message>
    <message>
        <source>The archived document does not match its recorded SHA-256 and was not reprinted.</source>
        <translation>El documento archivado no coincide con su SHA-256 registrado y no se reimprimió.</translation>
    </message>
    <message>
        <source>The document was reprinted, but the reprint could not be recorded in the audit log.</source>
        <translation>El documento se reimprimió, pero la reimpresión no se pudo anotar en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The copy was saved, but it could not be recorded in the audit log.</source>
        <translation>La copia se guardó, pero no se pudo anotar en el registro de auditoría.</translation>
    </message>
    <message>
        <source>%1: printed from the preview and archived (SHA-256 %2…).</source>
        <translation>%1: impreso desde la vista previa y archivado (SHA-256 %2…).</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Imprimir — %1</translation>
    </message>
    <message>
        <source>%1: printed and archived (SHA-256 %2…).</source>
        <translation>%1: impreso y archivado (SHA-256 %2…).</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Guardar %1 como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1: saved to %2 and archived (SHA-256 %3…).</source>
        <translation>%1: guardado en %2 y archivado (SHA-256 %3…).</translation>
    </message>
    <message>
        <source>Reprint exactly</source>
        <translation>Reimprimir exactamente</translation>
    </message>
    <message>
        <source>Printing the archived pages…</source>
        <translation>Imprimiendo las páginas archivadas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The archived document was reprinted exactly, and the reprint recorded.</source>
        <translation>El documento archivado se reimprimió exactamente y la reimpresión quedó registrada.</translation>
    </message>
    <message>
        <source>The archived document was saved to %1, and the copy recorded.</source>
        <translation>El documento archivado se guardó en %1 y la copia quedó registrada.</translation>
    </message>
    <message>
        <source>Plan of care (for certification)</source>
        <translation>Plan de atención (para certificación)</translation>
    </message>
    <message>
        <source>For the referring clinician to sign and return: diagnoses, long-term goals, and the type, amount, frequency and duration of therapy, with a certification block. Record when it was sent on the Therapy step.</source>
        <translation>Para que el profesional que deriva lo firme y lo devuelva: diagnósticos, objetivos a largo plazo y tipo, cantidad, frecuencia y duración de la terapia, con un bloque de certificación. Registre cuándo se envió en el paso Terapia.</translation>
    </message>
    <message>
        <source>Home exercise programme</source>
        <translation>Programa de ejercicios en casa</translation>
    </message>
    <message>
        <source>For the patient: each exercise with its picture, dose, how to progress and when to stop. In the handout language chosen below.</source>
        <translation>Para el paciente: cada ejercicio con su imagen, su dosis, cómo progresar y cuándo parar. En el idioma de la hoja informativa elegido abajo.</translation>
    </message>
    <message>
        <source>Large &amp;print exercise sheet</source>
        <translation>Hoja de ejercicios en letra &amp;grande</translation>
    </message>
    <message>
        <source>Large print exercise sheet</source>
        <translation>Hoja de ejercicios en letra grande</translation>
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
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation>Escriba la fecha como AAAA-MM-DD o MM/DD/AAAA.</translation>
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
        <translation>Editar el elemento seleccionado (%1)</translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation>Eliminar el elemento seleccionado (%1)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>SpineDesk::EsiCriteriaPanel</name>
    <message>
        <source>Checked against this visit&apos;s own records. Missing data is never counted as met; SpineDesk does not approve injections.</source>
        <translation>Comprobado con los registros de esta misma visita. Los datos que faltan nunca se cuentan como cumplidos; SpineDesk no aprueba inyecciones.</translation>
    </message>
    <message>
        <source>ESI criteria summary</source>
        <translation>Resumen de criterios de IEC</translation>
    </message>
    <message>
        <source>Epidural steroid injection criteria</source>
        <translation>Criterios para la inyección epidural de corticoides</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Data judged on</source>
        <translation>Datos evaluados</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>SpineDesk::ExaminationPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>⚠ This examination was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation>⚠ Esta exploración se modificó en otra ventana o en otro puesto de trabajo. Sus últimos cambios siguen en pantalla, pero no se guardaron. Vuelva a cargar para ver la versión guardada.</translation>
    </message>
    <message>
        <source>Reload the saved examination</source>
        <translation>Volver a cargar la exploración guardada</translation>
    </message>
    <message>
        <source>Myotomes and dermatomes</source>
        <translation>Miotomas y dermatomas</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Raíz</translation>
    </message>
    <message>
        <source>Strength L</source>
        <translation>Fuerza I</translation>
    </message>
    <message>
        <source>Strength R</source>
        <translation>Fuerza D</translation>
    </message>
    <message>
        <source>Sensation L</source>
        <translation>Sensibilidad I</translation>
    </message>
    <message>
        <source>Sensation R</source>
        <translation>Sensibilidad D</translation>
    </message>
    <message>
        <source>Strength 0–5, or “—” when not tested. Sensation: %1</source>
        <translation>Fuerza 0–5, o “—” si no se exploró. Sensibilidad: %1</translation>
    </message>
    <message>
        <source>%1 strength, %2</source>
        <translation>Fuerza de %1, %2</translation>
    </message>
    <message>
        <source>%1 sensation, %2</source>
        <translation>Sensibilidad de %1, %2</translation>
    </message>
    <message>
        <source>Reflexes</source>
        <translation>Reflejos</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Patellar (L4)</source>
        <translation>Rotuliano (L4)</translation>
    </message>
    <message>
        <source>Achilles (S1)</source>
        <translation>Aquíleo (S1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Neural tension tests</source>
        <translation>Pruebas de tensión neural</translation>
    </message>
    <message>
        <source>Straight-leg raise</source>
        <translation>Elevación de la pierna recta</translation>
    </message>
    <message>
        <source>Straight-leg raise, %1</source>
        <translation>Elevación de la pierna recta, %1</translation>
    </message>
    <message>
        <source>Straight-leg raise angle, %1, degrees</source>
        <translation>Ángulo de elevación de la pierna recta, %1, grados</translation>
    </message>
    <message>
        <source>The angle at which the test became positive; blank when not measured.</source>
        <translation>El ángulo en el que la prueba se volvió positiva; en blanco si no se midió.</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Crossed straight-leg raise</source>
        <translation>Elevación de la pierna recta cruzada</translation>
    </message>
    <message>
        <source>Femoral nerve stretch</source>
        <translation>Estiramiento del nervio femoral</translation>
    </message>
    <message>
        <source>Femoral nerve stretch, %1</source>
        <translation>Estiramiento del nervio femoral, %1</translation>
    </message>
    <message>
        <source>Gait and movement</source>
        <translation>Marcha y movimiento</translation>
    </message>
    <message>
        <source>Gait description</source>
        <translation>Descripción de la marcha</translation>
    </message>
    <message>
        <source>&amp;Gait</source>
        <translation>&amp;Marcha</translation>
    </message>
    <message>
        <source>Antalgic</source>
        <translation>Antiálgica</translation>
    </message>
    <message>
        <source>Difficulty heel walking</source>
        <translation>Dificultad para caminar sobre los talones</translation>
    </message>
    <message>
        <source>Difficulty toe walking</source>
        <translation>Dificultad para caminar de puntillas</translation>
    </message>
    <message>
        <source>Directional preference</source>
        <translation>Preferencia direccional</translation>
    </message>
    <message>
        <source>&amp;Directional preference</source>
        <translation>&amp;Preferencia direccional</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Level the findings point to</source>
        <translation>Nivel al que apuntan los hallazgos</translation>
    </message>
    <message>
        <source>Side of that level</source>
        <translation>Lado de ese nivel</translation>
    </message>
    <message>
        <source>&amp;Level the findings point to</source>
        <translation>&amp;Nivel al que apuntan los hallazgos</translation>
    </message>
    <message>
        <source>Concordance with imaging</source>
        <translation>Concordancia con las pruebas de imagen</translation>
    </message>
    <message>
        <source>&amp;Imaging concordance</source>
        <translation>Concordancia con las pruebas de &amp;imagen</translation>
    </message>
    <message>
        <source>Examination note</source>
        <translation>Nota de la exploración</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>Problem with this finding</source>
        <translation>Problema con este hallazgo</translation>
    </message>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation>Esta visita está firmada. Los cambios se registran como adendas.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: correct the findings marked ⚠.</source>
        <translation>No guardado: corrija los hallazgos marcados con ⚠.</translation>
    </message>
    <message>
        <source>Saved, except the findings marked ⚠.</source>
        <translation>Guardado, excepto los hallazgos marcados con ⚠.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::ExerciseFigureWidget</name>
    <message>
        <source>Exercise picture</source>
        <translation>Imagen del ejercicio</translation>
    </message>
    <message>
        <source>Choose an exercise to see its picture.</source>
        <translation>Elija un ejercicio para ver su imagen.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::FieldErrorLabels</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
</context>
<context>
    <name>SpineDesk::FirstSessionEditor</name>
    <message>
        <source>Same-day first treatment session</source>
        <translation>Primera sesión de tratamiento el mismo día</translation>
    </message>
    <message>
        <source>A first &amp;treatment was given today, after the evaluation</source>
        <translation>Hoy se realizó un primer &amp;tratamiento, después de la evaluación</translation>
    </message>
    <message>
        <source>First treatment session given</source>
        <translation>Primera sesión de tratamiento realizada</translation>
    </message>
    <message>
        <source>Date of the first treatment</source>
        <translation>Fecha del primer tratamiento</translation>
    </message>
    <message>
        <source>The first treatment date starts the 30 days for sending the plan of care for certification.</source>
        <translation>La fecha del primer tratamiento inicia el plazo de 30 días para enviar el plan de atención para su certificación.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Minutes of treatment</source>
        <translation>Minutos de tratamiento</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutos</translation>
    </message>
    <message>
        <source>Education given</source>
        <translation>Educación impartida</translation>
    </message>
    <message>
        <source>What was explained, e.g. pain is not damage; keep active</source>
        <translation>Qué se explicó, p. ej., dolor no significa daño; mantenerse activo</translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation>&amp;Educación</translation>
    </message>
    <message>
        <source>Exercises taught, from the home programme</source>
        <translation>Ejercicios enseñados, del programa de ejercicios en casa</translation>
    </message>
    <message>
        <source>Add exercises to the home programme below to tick the ones taught.</source>
        <translation>Añada ejercicios al programa de ejercicios en casa (más abajo) para marcar los que se enseñaron.</translation>
    </message>
    <message>
        <source>E&amp;xercises taught</source>
        <translation>E&amp;jercicios enseñados</translation>
    </message>
    <message>
        <source>Manual therapy given</source>
        <translation>Terapia manual realizada</translation>
    </message>
    <message>
        <source>Technique and region; empty when none</source>
        <translation>Técnica y región; vacío si no se realizó</translation>
    </message>
    <message>
        <source>Manual t&amp;herapy</source>
        <translation>Terapia ma&amp;nual</translation>
    </message>
    <message>
        <source>Other treatment given</source>
        <translation>Otro tratamiento realizado</translation>
    </message>
    <message>
        <source>Ot&amp;her</source>
        <translation>&amp;Otro</translation>
    </message>
    <message>
        <source>Patient&apos;s response to the session</source>
        <translation>Respuesta del paciente a la sesión</translation>
    </message>
    <message>
        <source>Response in the therapist&apos;s words</source>
        <translation>Respuesta en palabras del fisioterapeuta</translation>
    </message>
    <message>
        <source>e.g. leg pain centralised after repeated extension</source>
        <translation>p. ej., el dolor de pierna se centralizó tras extensiones repetidas</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>Response &amp;note</source>
        <translation>Nota de la res&amp;puesta</translation>
    </message>
    <message>
        <source>%1 (not in the home programme)</source>
        <translation>%1 (no está en el programa de ejercicios en casa)</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation>Escriba la fecha como AAAA-MM-DD o MM/DD/AAAA.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::FlagScreenEditor</name>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation>Esta visita está firmada. Los cambios se registran como adendas.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Todos los cambios guardados.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>This visit is signed; record changes as an addendum.</source>
        <translation>Esta visita está firmada; registre los cambios como una adenda.</translation>
    </message>
    <message>
        <source>The red-flag checklist cannot be read.</source>
        <translation>No se puede leer la lista de verificación de señales de alarma.</translation>
    </message>
    <message>
        <source>This screen was changed elsewhere. Reload the saved version, then record the acknowledgement again.</source>
        <translation>Este cribado se modificó en otro lugar. Vuelva a cargar la versión guardada y después registre de nuevo la confirmación.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>SpineDesk::FunctionalTestsEditor</name>
    <message>
        <source>Functional tests</source>
        <translation>Pruebas funcionales</translation>
    </message>
    <message>
        <source>No functional test recorded.</source>
        <translation>No hay ninguna prueba funcional registrada.</translation>
    </message>
    <message>
        <source>&amp;Add a functional test</source>
        <translation>&amp;Añadir una prueba funcional</translation>
    </message>
    <message>
        <source>Add a functional test</source>
        <translation>Añadir una prueba funcional</translation>
    </message>
    <message>
        <source>Values are recorded as measured; no reference values are applied.</source>
        <translation>Los valores se registran tal como se miden; no se aplican valores de referencia.</translation>
    </message>
    <message>
        <source>e.g. used arms, stopped by leg pain</source>
        <translation>p. ej., usó los brazos, se detuvo por dolor en la pierna</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Functional test %1</source>
        <translation>Prueba funcional %1</translation>
    </message>
    <message>
        <source>Result of functional test %1</source>
        <translation>Resultado de la prueba funcional %1</translation>
    </message>
    <message>
        <source>Note on functional test %1</source>
        <translation>Nota sobre la prueba funcional %1</translation>
    </message>
    <message>
        <source>Remove functional test %1</source>
        <translation>Quitar la prueba funcional %1</translation>
    </message>
    <message>
        <source>Problem with functional test %1</source>
        <translation>Problema con la prueba funcional %1</translation>
    </message>
    <message>
        <source>Test %1:</source>
        <translation>Prueba %1:</translation>
    </message>
</context>
<context>
    <name>SpineDesk::GoalsEditor</name>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>&amp;Goal (specific and functional)</source>
        <translation>&amp;Objetivo (específico y funcional)</translation>
    </message>
    <message>
        <source>&amp;Target date</source>
        <translation>&amp;Fecha objetivo</translation>
    </message>
    <message>
        <source>Say what the patient wants to be able to do.</source>
        <translation>Indique lo que el paciente quiere poder hacer.</translation>
    </message>
    <message>
        <source>Give the date the goal should be reached by.</source>
        <translation>Indique la fecha para la que se debe alcanzar el objetivo.</translation>
    </message>
    <message>
        <source>The target date must be after the visit.</source>
        <translation>La fecha objetivo debe ser posterior a la visita.</translation>
    </message>
    <message>
        <source>Specific and functional, with a date: what the patient will be able to do, and by when.</source>
        <translation>Específico y funcional, con una fecha: lo que el paciente podrá hacer y para cuándo.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::HandoverDoneDialog</name>
    <message>
        <source>Hand-over done</source>
        <translation>Traspaso completado</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>e.g. seen the same day; MRI requested; continue physical therapy</source>
        <translation>p. ej., visto el mismo día; MRI solicitada; continuar con fisioterapia</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Qué se hizo:</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
</context>
<context>
    <name>SpineDesk::HandoverListPanel</name>
    <message>
        <source>Open hand-overs to physiatrists</source>
        <translation>Traspasos abiertos a médicos rehabilitadores</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>D&amp;one…</source>
        <translation>&amp;Completar…</translation>
    </message>
    <message>
        <source>Mark the selected hand-over done</source>
        <translation>Marcar como completado el traspaso seleccionado</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation>Abrir &amp;historia clínica</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s chart</source>
        <translation>Abrir la historia clínica del paciente seleccionado</translation>
    </message>
    <message>
        <source>No open hand-overs.</source>
        <translation>No hay traspasos abiertos.</translation>
    </message>
    <message>
        <source>The hand-over is no longer open.</source>
        <translation>El traspaso ya no está abierto.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3: %4</source>
        <translation>%1 (%2) — %3: %4</translation>
    </message>
    <message>
        <source>Hand-over not marked done</source>
        <translation>Traspaso no marcado como completado</translation>
    </message>
</context>
<context>
    <name>SpineDesk::HandoverPanel</name>
    <message>
        <source>Hand over to the physiatrist</source>
        <translation>Traspasar al médico rehabilitador</translation>
    </message>
    <message>
        <source>Nothing on the record calls for a hand-over (no red flag needing action, no injection or surgery question in the plan).</source>
        <translation>Nada en la historia clínica requiere un traspaso (ninguna señal de alarma que requiera actuación, ninguna cuestión sobre inyección o cirugía en el plan).</translation>
    </message>
    <message>
        <source>Hand-over tasks of this visit</source>
        <translation>Tareas de traspaso de esta visita</translation>
    </message>
    <message>
        <source>&amp;Hand over to physiatrist…</source>
        <translation>&amp;Traspasar al médico rehabilitador…</translation>
    </message>
    <message>
        <source>Create a hand-over task for a physiatrist</source>
        <translation>Crear una tarea de traspaso para un médico rehabilitador</translation>
    </message>
    <message>
        <source>No hand-over task for this visit yet.</source>
        <translation>Aún no hay ninguna tarea de traspaso para esta visita.</translation>
    </message>
    <message>
        <source>Tasks for this visit:</source>
        <translation>Tareas de esta visita:</translation>
    </message>
    <message>
        <source>task created</source>
        <translation>tarea creada</translation>
    </message>
    <message>
        <source>required before signing</source>
        <translation>obligatoria antes de firmar</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerida</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Create task…</source>
        <translation>Crear tarea…</translation>
    </message>
    <message>
        <source>Create a hand-over task: %1</source>
        <translation>Crear una tarea de traspaso: %1</translation>
    </message>
    <message>
        <source>Hand-over task created; it is listed in the main window until a physiatrist marks it done.</source>
        <translation>Tarea de traspaso creada; aparece en la ventana principal hasta que un médico rehabilitador la marque como hecha.</translation>
    </message>
    <message>
        <source>The hand-over task was not created: %1</source>
        <translation>No se creó la tarea de traspaso: %1</translation>
    </message>
</context>
<context>
    <name>SpineDesk::HandoverTaskDialog</name>
    <message>
        <source>Any physiatrist</source>
        <translation>Cualquier médico rehabilitador</translation>
    </message>
    <message>
        <source>Create &amp;task</source>
        <translation>Crear &amp;tarea</translation>
    </message>
    <message>
        <source>Say what the physiatrist needs to know.</source>
        <translation>Indique lo que el médico rehabilitador necesita saber.</translation>
    </message>
    <message>
        <source>unknown clinician</source>
        <translation>profesional clínico desconocido</translation>
    </message>
    <message>
        <source>any physiatrist</source>
        <translation>cualquier médico rehabilitador</translation>
    </message>
    <message>
        <source>%1 — for %2, created %3 by %4: %5</source>
        <translation>%1 — para %2, creada el %3 por %4: %5</translation>
    </message>
    <message>
        <source>Done %1 by %2: %3</source>
        <translation>Hecha el %1 por %2: %3</translation>
    </message>
    <message>
        <source>Open: waiting for a physiatrist.</source>
        <translation>Abierta: a la espera de un médico rehabilitador.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::HomeProgramEditor</name>
    <message>
        <source>Home exercise programme</source>
        <translation>Programa de ejercicios en casa</translation>
    </message>
    <message>
        <source>Exercise from the library</source>
        <translation>Ejercicio de la biblioteca</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>&amp;Ejercicio</translation>
    </message>
    <message>
        <source>Add to the &amp;programme</source>
        <translation>Añadir al &amp;programa</translation>
    </message>
    <message>
        <source>Add the exercise to the home programme with its starting dose</source>
        <translation>Añadir el ejercicio al programa en casa con su dosis inicial</translation>
    </message>
    <message>
        <source>Exercises in the home programme, in print order</source>
        <translation>Ejercicios del programa en casa, en orden de impresión</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move the exercise up</source>
        <translation>Subir el ejercicio</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the exercise down</source>
        <translation>Bajar el ejercicio</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the exercise from the programme</source>
        <translation>Quitar el ejercicio del programa</translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <translation>&amp;Series</translation>
    </message>
    <message>
        <source>&amp;Repetitions</source>
        <translation>&amp;Repeticiones</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>M&amp;inutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Times a day</source>
        <translation>&amp;Veces al día</translation>
    </message>
    <message>
        <source>&amp;Days a week</source>
        <translation>&amp;Días por semana</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Note for the patient on this exercise</source>
        <translation>Nota para el paciente sobre este ejercicio</translation>
    </message>
    <message>
        <source>Printed under the exercise, e.g. stop if leg pain spreads</source>
        <translation>Se imprime debajo del ejercicio; p. ej., deténgase si el dolor de pierna se extiende</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Problem with the dose</source>
        <translation>Problema con la dosis</translation>
    </message>
    <message>
        <source>General advice on the exercise sheet</source>
        <translation>Consejos generales en la hoja de ejercicios</translation>
    </message>
    <message>
        <source>Optional general advice printed on the sheet</source>
        <translation>Consejos generales opcionales impresos en la hoja</translation>
    </message>
    <message>
        <source>General &amp;advice</source>
        <translation>&amp;Consejos generales</translation>
    </message>
    <message>
        <source>%1 (not in the exercise library)</source>
        <translation>%1 (no está en la biblioteca de ejercicios)</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerido)</translation>
    </message>
    <message>
        <source>Record the directional preference (Examination step) and the classification above to see the exercises that suit them first.</source>
        <translation>Registre la preferencia direccional (paso Exploración) y la clasificación de arriba para ver primero los ejercicios adecuados.</translation>
    </message>
    <message>
        <source>No library exercise is marked for directional preference “%1” and classification “%2”; choose from the whole library.</source>
        <translation>Ningún ejercicio de la biblioteca está marcado para la preferencia direccional “%1” y la clasificación “%2”; elija de toda la biblioteca.</translation>
    </message>
    <message>
        <source>★ Suggested first (%1 of them): exercises for directional preference “%2” and classification “%3”. A suggestion only: you choose and dose.</source>
        <translation>★ Sugeridos primero (%1): ejercicios para la preferencia direccional “%2” y la clasificación “%3”. Es solo una sugerencia: usted elige y dosifica.</translation>
    </message>
    <message>
        <source>This exercise is not in the library and cannot be printed; remove it.</source>
        <translation>Este ejercicio no está en la biblioteca y no se puede imprimir; quítelo.</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>has a problem; see the message beside the dose</source>
        <translation>tiene un problema; vea el mensaje junto a la dosis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Problems in the exercise library (an exercise that could not be read is not offered): %1</source>
        <translation>Problemas en la biblioteca de ejercicios (no se ofrece ningún ejercicio que no se haya podido leer): %1</translation>
    </message>
    <message>
        <source>Translation of the exercise text</source>
        <translation>Traducción del texto del ejercicio</translation>
    </message>
    <message>
        <source>Shown in English: this exercise has no current text in the patient&apos;s language (%1), so the exercise sheet in that language will not print with it.</source>
        <translation>Se muestra en inglés: este ejercicio no tiene texto actualizado en el idioma del paciente (%1), por lo que la hoja de ejercicios en ese idioma no se imprimirá con él.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::IconArrayWidget</name>
    <message>
        <source>This picture cannot be drawn: %1</source>
        <translation>No se puede dibujar esta imagen: %1</translation>
    </message>
</context>
<context>
    <name>SpineDesk::InstrumentForm</name>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>%1 — clinician entry</source>
        <translation>%1 — registro por el profesional clínico</translation>
    </message>
    <message>
        <source>Recall period: %1</source>
        <translation>Periodo de recuerdo: %1</translation>
    </message>
    <message>
        <source>⚠ Licensed wording is not installed: transcribe from the clinic&apos;s licensed paper form.</source>
        <translation>⚠ El texto con licencia no está instalado: transcriba desde el formulario en papel con licencia de la clínica.</translation>
    </message>
    <message>
        <source>⚠ Item texts are summaries from the clinical reference, not the published wording; ask from the published form until verbatim wording is installed.</source>
        <translation>⚠ Los textos de los ítems son resúmenes de la referencia clínica, no el texto publicado; formule las preguntas a partir del formulario publicado hasta que se instale el texto literal.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Sex used for scoring</source>
        <translation>Sexo usado para la puntuación</translation>
    </message>
    <message>
        <source>Scored for &amp;sex</source>
        <translation>Puntuado según el &amp;sexo</translation>
    </message>
    <message>
        <source>Score so far</source>
        <translation>Puntuación provisional</translation>
    </message>
    <message>
        <source>not computable yet</source>
        <translation>aún no se puede calcular</translation>
    </message>
    <message>
        <source>Choose the sex used for scoring.</source>
        <translation>Elija el sexo usado para la puntuación.</translation>
    </message>
    <message>
        <source>&amp;Print blank form…</source>
        <translation>&amp;Imprimir formulario en blanco…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
</context>
<context>
    <name>SpineDesk::IntakePage</name>
    <message>
        <source>⚠ This intake was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation>⚠ Esta admisión se modificó en otra ventana o en otro puesto de trabajo. Sus últimos cambios siguen en pantalla, pero no se guardaron. Recargue para ver la versión guardada.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Pain onset date</source>
        <translation>Fecha de inicio del dolor</translation>
    </message>
    <message>
        <source>Duration class</source>
        <translation>Categoría de duración</translation>
    </message>
    <message>
        <source>Pain &amp;onset</source>
        <translation>&amp;Inicio del dolor</translation>
    </message>
    <message>
        <source>Back- or leg-dominant pain</source>
        <translation>Dolor predominante de espalda o de pierna</translation>
    </message>
    <message>
        <source>&amp;Dominant pain</source>
        <translation>Dolor &amp;predominante</translation>
    </message>
    <message>
        <source>Pain diagram regions</source>
        <translation>Regiones del diagrama del dolor</translation>
    </message>
    <message>
        <source>Work and goals</source>
        <translation>Trabajo y objetivos</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation>Situación laboral</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Goals in the patient&apos;s words</source>
        <translation>Objetivos en palabras del paciente</translation>
    </message>
    <message>
        <source>&amp;Work status</source>
        <translation>&amp;Situación laboral</translation>
    </message>
    <message>
        <source>O&amp;ccupation</source>
        <translation>O&amp;cupación</translation>
    </message>
    <message>
        <source>&amp;Goals, in the patient&apos;s words</source>
        <translation>&amp;Objetivos, en palabras del paciente</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Todos los cambios guardados.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation>Escriba la fecha como YYYY-MM-DD o MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation>Esta visita está firmada. Los cambios se registran como adendas.</translation>
    </message>
    <message>
        <source>%1 — 1 week since onset</source>
        <translation>%1 — 1 semana desde el inicio</translation>
    </message>
    <message>
        <source>%1 — %2 weeks since onset</source>
        <translation>%1 — %2 semanas desde el inicio</translation>
    </message>
    <message>
        <source>Reload the saved intake</source>
        <translation>Recargar la admisión guardada</translation>
    </message>
    <message>
        <source>Nicotine</source>
        <translation>Nicotina</translation>
    </message>
    <message>
        <source>Nicotine status</source>
        <translation>Consumo de nicotina</translation>
    </message>
    <message>
        <source>Date the nicotine status was recorded or tested</source>
        <translation>Fecha en que se registró o analizó el consumo de nicotina</translation>
    </message>
    <message>
        <source>Cotinine result, as reported</source>
        <translation>Resultado de cotinina, tal como se informó</translation>
    </message>
    <message>
        <source>As reported, with units and date; blank if not tested</source>
        <translation>Tal como se informó, con unidades y fecha; en blanco si no se analizó</translation>
    </message>
    <message>
        <source>&amp;Nicotine status</source>
        <translation>Consumo de &amp;nicotina</translation>
    </message>
    <message>
        <source>Recorded or &amp;tested on</source>
        <translation>Registrado o &amp;analizado el</translation>
    </message>
    <message>
        <source>Coti&amp;nine result</source>
        <translation>Resultado de coti&amp;nina</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser futura.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::LowValueBanner</name>
    <message>
        <source>Low-value-care advisories</source>
        <translation>Advertencias de atención de bajo valor</translation>
    </message>
    <message>
        <source>Advisory:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Sources (not verified): %1</source>
        <translation>Fuentes (sin verificar): %1</translation>
    </message>
    <message>
        <source>To keep this item anyway, say why</source>
        <translation>Para mantener este ítem de todos modos, indique por qué</translation>
    </message>
    <message>
        <source>Reason to keep the item despite the advisory</source>
        <translation>Motivo para mantener el ítem a pesar de la advertencia</translation>
    </message>
    <message>
        <source>1 advisory; advisories never block signing</source>
        <translation>1 advertencia; las advertencias nunca impiden firmar</translation>
    </message>
    <message>
        <source>%1 advisories; advisories never block signing</source>
        <translation>%1 advertencias; las advertencias nunca impiden firmar</translation>
    </message>
    <message>
        <source>Kept, with the reason recorded.</source>
        <translation>Mantenido, con el motivo registrado.</translation>
    </message>
    <message>
        <source>Not answered. This does not block signing.</source>
        <translation>Sin responder. Esto no impide firmar.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::MainWindow</name>
    <message>
        <source>SpineDesk</source>
        <translation>SpineDesk</translation>
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
        <translation>&lt;h2&gt;Le damos la bienvenida a SpineDesk&lt;/h2&gt;&lt;p&gt;Todavía no hay pacientes en la base de datos de esta clínica.&lt;/p&gt;&lt;p&gt;Añada el primer paciente con su derivación, o cargue pacientes de demostración sintéticos para explorar el programa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a &amp;patient…</source>
        <translation>Añadir un &amp;paciente…</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>Cargar datos de &amp;demostración…</translation>
    </message>
    <message>
        <source>Choose a patient on the left, or add a new patient (Ctrl+N).</source>
        <translation>Elija un paciente a la izquierda o añada un paciente nuevo (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No clinician</source>
        <translation>Sin profesional clínico</translation>
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
        <translation>Acerca de SpineDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SpineDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The desk of a medical spine center: assessment, shared decisions, plans and outcomes.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SpineDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;El puesto de trabajo de un centro médico de columna: evaluación, decisiones compartidas, planes y resultados.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 (%4)</source>
        <translation>%1 — %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Adding demo patients…</source>
        <translation>Añadiendo pacientes de demostración…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
    <message>
        <source>How many synthetic patients? They are fictitious and marked as demo data.</source>
        <translation>¿Cuántos pacientes sintéticos? Son ficticios y están marcados como datos de demostración.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Hacer copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>The database was copied to %1 and the copy was checked.</source>
        <translation>La base de datos se copió en %1 y se comprobó la copia.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Clinic &amp;letterhead…</source>
        <translation>&amp;Membrete de la clínica…</translation>
    </message>
    <message>
        <source>Hand&amp;outs</source>
        <translation>Hojas &amp;informativas</translation>
    </message>
    <message>
        <source>Handout not printed</source>
        <translation>Hoja informativa no impresa</translation>
    </message>
    <message>
        <source>No library handouts are installed</source>
        <translation>No hay hojas informativas de la biblioteca instaladas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Hand-overs to physiatrists (%1)</source>
        <translation>Traspasos a médicos rehabilitadores (%1)</translation>
    </message>
    <message>
        <source>&amp;Hand-overs to physiatrists</source>
        <translation>&amp;Traspasos a médicos rehabilitadores</translation>
    </message>
    <message>
        <source>Plans of care awaiting certification (%1)</source>
        <translation>Planes de atención pendientes de certificación (%1)</translation>
    </message>
    <message>
        <source>Plans of care awaiting &amp;certification</source>
        <translation>Planes de atención pendientes de &amp;certificación</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Outcome dashboard…</source>
        <translation>Panel de &amp;resultados…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The open visit has changes that could not be saved. Close it anyway?</source>
        <translation>La visita abierta tiene cambios que no se pudieron guardar. ¿Cerrarla de todos modos?</translation>
    </message>
</context>
<context>
    <name>SpineDesk::MovementTestingEditor</name>
    <message>
        <source>Movement testing</source>
        <translation>Pruebas de movimiento</translation>
    </message>
    <message>
        <source>Directional preference from the Examination step</source>
        <translation>Preferencia direccional del paso Exploración</translation>
    </message>
    <message>
        <source>Response to repeated movements: %1</source>
        <translation>Respuesta a movimientos repetidos: %1</translation>
    </message>
    <message>
        <source>Movement testing note</source>
        <translation>Nota de las pruebas de movimiento</translation>
    </message>
    <message>
        <source>e.g. repeated extension in lying, 3 sets of 10</source>
        <translation>p. ej., extensión repetida en decúbito prono, 3 series de 10</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Treatment-based classification</source>
        <translation>Clasificación basada en el tratamiento</translation>
    </message>
    <message>
        <source>Classification note</source>
        <translation>Nota de la clasificación</translation>
    </message>
    <message>
        <source>What the classification rests on</source>
        <translation>En qué se basa la clasificación</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>C&amp;lasificación</translation>
    </message>
    <message>
        <source>Classification n&amp;ote</source>
        <translation>N&amp;ota de la clasificación</translation>
    </message>
    <message>
        <source>Your judgement: SpineDesk records the classification and does not infer one.</source>
        <translation>A su criterio: SpineDesk registra la clasificación, pero no deduce ninguna.</translation>
    </message>
    <message>
        <source>Directional preference recorded on the Examination step: %1 (change it there)</source>
        <translation>Preferencia direccional registrada en el paso Exploración: %1 (cámbiela allí)</translation>
    </message>
</context>
<context>
    <name>SpineDesk::OutcomeDashboard</name>
    <message>
        <source>Outcome dashboard</source>
        <translation>Panel de resultados</translation>
    </message>
    <message>
        <source>&amp;Rebuild the figures now</source>
        <translation>&amp;Recalcular las cifras ahora</translation>
    </message>
    <message>
        <source>Rebuild the outcome figures now</source>
        <translation>Recalcular ahora las cifras de resultados</translation>
    </message>
    <message>
        <source>Re&amp;build figures…</source>
        <translation>Recalcular ci&amp;fras…</translation>
    </message>
    <message>
        <source>Rebuild the outcome figures from the signed visits</source>
        <translation>Recalcular las cifras de resultados a partir de las visitas firmadas</translation>
    </message>
    <message>
        <source>Recomputes every episode&apos;s outcome row from the signed visits, then reloads the dashboard.</source>
        <translation>Vuelve a calcular la fila de resultados de cada episodio a partir de las visitas firmadas y después recarga el panel.</translation>
    </message>
    <message>
        <source>Dashboard sections</source>
        <translation>Secciones del panel</translation>
    </message>
    <message>
        <source>The outcome figures have not been loaded yet.</source>
        <translation>Las cifras de resultados aún no se han cargado.</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>Cifras de %1</translation>
    </message>
    <message>
        <source>Press Enter or double-click a figure to list the patients behind it.</source>
        <translation>Pulse Enter o haga doble clic en una cifra para ver la lista de pacientes que representa.</translation>
    </message>
    <message>
        <source>&amp;Access</source>
        <translation>&amp;Acceso</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>&amp;Case mix</source>
        <translation>&amp;Casuística</translation>
    </message>
    <message>
        <source>Case mix</source>
        <translation>Casuística</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>Resul&amp;tados</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>MCID reached: the improvement from the first visit meets the absolute or the percentage threshold (the table says which). Episodes without a score in the window are counted as missing, never dropped. Figures marked “MCID unverified” use a threshold the clinical sources do not confirm.</source>
        <translation>MCID alcanzada: la mejora desde la primera visita alcanza el umbral absoluto o el porcentual (la tabla indica cuál). Los episodios sin puntuación en el intervalo se cuentan como faltantes, nunca se descartan. Las cifras marcadas como “MCID no verificada” usan un umbral que las fuentes clínicas no confirman.</translation>
    </message>
    <message>
        <source>&amp;Surgery and injections</source>
        <translation>C&amp;irugía e inyecciones</translation>
    </message>
    <message>
        <source>Surgery and injections</source>
        <translation>Cirugía e inyecciones</translation>
    </message>
    <message>
        <source>&amp;Low-value care</source>
        <translation>Atención de &amp;bajo valor</translation>
    </message>
    <message>
        <source>Low-value care</source>
        <translation>Atención de bajo valor</translation>
    </message>
    <message>
        <source>Sa&amp;fety and follow-up</source>
        <translation>S&amp;eguridad y seguimiento</translation>
    </message>
    <message>
        <source>Safety and follow-up</source>
        <translation>Seguridad y seguimiento</translation>
    </message>
    <message>
        <source>Rebuilding the outcome figures from the signed visits…</source>
        <translation>Recalculando las cifras de resultados a partir de las visitas firmadas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Rebuilding the outcome figures</source>
        <translation>Recalculando las cifras de resultados</translation>
    </message>
    <message>
        <source>The outcome figures are not available: their rebuild was cancelled. They are rebuilt from the signed visits, which can take a while with many patients.</source>
        <translation>Las cifras de resultados no están disponibles: se canceló su recálculo. Se recalculan a partir de las visitas firmadas, lo que puede tardar con muchos pacientes.</translation>
    </message>
    <message>
        <source>The outcome figures are not available: their rebuild failed (%1).</source>
        <translation>Las cifras de resultados no están disponibles: su recálculo falló (%1).</translation>
    </message>
    <message>
        <source>The outcome figures could not be loaded: %1</source>
        <translation>No se pudieron cargar las cifras de resultados: %1</translation>
    </message>
    <message>
        <source>%1 of %2 episodes of care match the filters; %3 evaluated (first visit&apos;s plan signed).</source>
        <translation>%1 de %2 episodios de atención cumplen los filtros; %3 evaluados (plan de la primera visita firmado).</translation>
    </message>
    <message>
        <source>STarT Back strata</source>
        <translation>Estratos de STarT Back</translation>
    </message>
    <message>
        <source>Duration classes</source>
        <translation>Categorías de duración</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>Surgery and injections, of evaluated episodes</source>
        <translation>Cirugía e inyecciones, de los episodios evaluados</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Aún no hay cifras.</translation>
    </message>
    <message>
        <source>Click a bar, or press Enter on the same figure in the table beside the chart, to list the patients behind it.</source>
        <translation>Haga clic en una barra, o pulse Enter sobre la misma cifra en la tabla junto al gráfico, para ver la lista de pacientes que la componen.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::OutcomeFigureModel</name>
    <message>
        <source>Counted per episode of care: a patient with two episodes counts twice.</source>
        <translation>Contado por episodio de atención: un paciente con dos episodios cuenta dos veces.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Missing or excluded</source>
        <translation>Faltantes o excluidos</translation>
    </message>
</context>
<context>
    <name>SpineDesk::OutcomeFilterBar</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Period of the first visit</source>
        <translation>Periodo de la primera visita</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Último trimestre</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>First visit from</source>
        <translation>Primera visita desde</translation>
    </message>
    <message>
        <source>First visit to</source>
        <translation>Primera visita hasta</translation>
    </message>
    <message>
        <source>Clinician at the first visit</source>
        <translation>Profesional clínico en la primera visita</translation>
    </message>
    <message>
        <source>Every clinician</source>
        <translation>Todos los profesionales clínicos</translation>
    </message>
    <message>
        <source>Kind of first visit</source>
        <translation>Tipo de primera visita</translation>
    </message>
    <message>
        <source>Every kind of first visit</source>
        <translation>Todos los tipos de primera visita</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Every condition</source>
        <translation>Todas las afecciones</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translation>C&amp;línico:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <source>Co&amp;ndition:</source>
        <translation>A&amp;fección:</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
</context>
<context>
    <name>SpineDesk::OutcomePatientModel</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N.º de historia</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
</context>
<context>
    <name>SpineDesk::OutcomePatientsDialog</name>
    <message>
        <source>Patients behind: %1</source>
        <translation>Pacientes incluidos en: %1</translation>
    </message>
    <message>
        <source>Patients behind the figure %1</source>
        <translation>Pacientes incluidos en la cifra %1</translation>
    </message>
    <message>
        <source>Which patients to list</source>
        <translation>Qué pacientes listar</translation>
    </message>
    <message numerus="yes">
        <source>Counted (numerator): %n episodes</source>
        <translation>
            <numerusform>Contabilizados (numerador): %n episodio</numerusform>
            <numerusform>Contabilizados (numerador): %n episodios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All considered (denominator): %n episodes</source>
        <translation>
            <numerusform>Todos los considerados (denominador): %n episodio</numerusform>
            <numerusform>Todos los considerados (denominador): %n episodios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing or excluded: %n episodes</source>
        <translation>
            <numerusform>Faltantes o excluidos: %n episodio</numerusform>
            <numerusform>Faltantes o excluidos: %n episodios</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation>Abrir &amp;historia clínica</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s chart</source>
        <translation>Abrir la historia clínica del paciente seleccionado</translation>
    </message>
    <message>
        <source>Close the patient list</source>
        <translation>Cerrar la lista de pacientes</translation>
    </message>
    <message>
        <source>Showing %1 of %2 episodes; scroll down for more.</source>
        <translation>Se muestran %1 de %2 episodios; desplácese hacia abajo para ver más.</translation>
    </message>
    <message numerus="yes">
        <source>%n episodes.</source>
        <translation>
            <numerusform>%n episodio.</numerusform>
            <numerusform>%n episodios.</numerusform>
        </translation>
    </message>
    <message>
        <source>No patients in this list.</source>
        <translation>No hay pacientes en esta lista.</translation>
    </message>
    <message>
        <source>Not every patient could be loaded: %1</source>
        <translation>No se pudieron cargar todos los pacientes: %1</translation>
    </message>
</context>
<context>
    <name>SpineDesk::PatientChart</name>
    <message>
        <source>Episodes of care and visits</source>
        <translation>Episodios de atención y visitas</translation>
    </message>
    <message>
        <source>Episode or visit</source>
        <translation>Episodio o visita</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>&amp;Nueva visita…</translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation>&amp;Abrir visita</translation>
    </message>
    <message>
        <source>%1 — born %2 (%3 years) — %4 — MRN %5</source>
        <translation>%1 — nacido/a el %2 (%3 años) — %4 — N.º de historia %5</translation>
    </message>
    <message>
        <source>Referred %1 by %2: %3</source>
        <translation>Derivación del %1 por %2: %3</translation>
    </message>
    <message>
        <source>unknown clinician</source>
        <translation>profesional clínico desconocido</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <source>No referral on file.</source>
        <translation>No hay ninguna derivación registrada.</translation>
    </message>
    <message>
        <source>Episode of care</source>
        <translation>Episodio de atención</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>No visits yet. Choose New visit to start one.</source>
        <translation>Aún no hay visitas. Elija Nueva visita para empezar una.</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <source>New episode of care</source>
        <translation>Nuevo episodio de atención</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <source>e.g. Low back pain with right leg pain</source>
        <translation>p. ej., dolor lumbar con dolor en la pierna derecha</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Episode</source>
        <translation>&amp;Episodio</translation>
    </message>
    <message>
        <source>Episode &amp;title</source>
        <translation>Tít&amp;ulo del episodio</translation>
    </message>
    <message>
        <source>Enter the visit date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation>Escriba la fecha de la visita como AAAA-MM-DD o MM/DD/AAAA.</translation>
    </message>
    <message>
        <source>Check the visit date.</source>
        <translation>Revise la fecha de la visita.</translation>
    </message>
    <message>
        <source>Visit not created</source>
        <translation>Visita no creada</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Editar &amp;datos…</translation>
    </message>
    <message>
        <source>Edit the patient&apos;s details</source>
        <translation>Editar los datos del paciente</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Nueva de&amp;rivación…</translation>
    </message>
    <message>
        <source>Record a new referral for this patient</source>
        <translation>Registrar una nueva derivación para este paciente</translation>
    </message>
    <message>
        <source>Hand-overs to physiatrists</source>
        <translation>Traspasos a médicos rehabilitadores</translation>
    </message>
    <message>
        <source>Score trends of the selected episode</source>
        <translation>Tendencias de puntuación del episodio seleccionado</translation>
    </message>
    <message>
        <source>Score trends</source>
        <translation>Tendencias de puntuación</translation>
    </message>
    <message>
        <source>Visits and score trends</source>
        <translation>Visitas y tendencias de puntuación</translation>
    </message>
    <message>
        <source>%1 (%2 to %3, %4 is better)</source>
        <translation>%1 (de %2 a %3; mejor cuanto %4)</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>más alto</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>más bajo</translation>
    </message>
    <message>
        <source>Trend chart: %1</source>
        <translation>Gráfico de tendencia: %1</translation>
    </message>
    <message>
        <source>No scores in this episode yet: trends appear once a questionnaire is scored.</source>
        <translation>Aún no hay puntuaciones en este episodio: las tendencias aparecen cuando se puntúa un cuestionario.</translation>
    </message>
    <message>
        <source>Score trends of this episode (dashed line: baseline; dotted: the verified MCID threshold; shaded: the instrument&apos;s bands).</source>
        <translation>Tendencias de puntuación de este episodio (línea discontinua: valor basal; punteada: el umbral de MCID verificado; sombreado: las categorías del instrumento).</translation>
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
        <translation>Nuevo profesional que deriva…</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>&amp;Derivado por</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <source>Referring primary clinician</source>
        <translation>Médico de atención primaria que deriva</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Pr&amp;actice</source>
        <translation>&amp;Consultorio</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Fa&amp;x</source>
        <translation>&amp;Fax</translation>
    </message>
    <message>
        <source>D&amp;irect address</source>
        <translation>Dirección D&amp;irect</translation>
    </message>
    <message>
        <source>Date &amp;received</source>
        <translation>Fecha de &amp;recepción</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Question asked</source>
        <translation>&amp;Pregunta planteada</translation>
    </message>
    <message>
        <source>Why the patient was not saved</source>
        <translation>Por qué no se guardó el paciente</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation>Escriba la fecha como YYYY-MM-DD o MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>The referral cannot predate the patient&apos;s birth.</source>
        <translation>La derivación no puede ser anterior al nacimiento del paciente.</translation>
    </message>
    <message>
        <source>The patient was not saved: %1</source>
        <translation>No se guardó el paciente: %1</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Datos del paciente</translation>
    </message>
    <message>
        <source>New referral for %1</source>
        <translation>Nueva derivación para %1</translation>
    </message>
    <message>
        <source>The referral was not saved: %1</source>
        <translation>No se guardó la derivación: %1</translation>
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
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Patient questionnaire</source>
        <translation>Cuestionario para el paciente</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Staff: leave patient mode</source>
        <translation>Personal: salir del modo paciente</translation>
    </message>
    <message>
        <source>Progress through the questions</source>
        <translation>Progreso en las preguntas</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Volver a la pregunta anterior</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Copyright and attribution</source>
        <translation>Derechos de autor y atribución</translation>
    </message>
    <message>
        <source>Thank you — please hand the device back to the clinic staff.</source>
        <translation>Gracias. Devuelva el dispositivo al personal de la clínica, por favor.</translation>
    </message>
    <message>
        <source>← Change my last answer</source>
        <translation>← Cambiar mi última respuesta</translation>
    </message>
    <message>
        <source>Go back and change the last answer</source>
        <translation>Volver atrás y cambiar la última respuesta</translation>
    </message>
    <message>
        <source>For clinic staff</source>
        <translation>Para el personal de la clínica</translation>
    </message>
    <message>
        <source>Type the unlock code to leave the questionnaire. Patients: please tap &quot;Return to the questions&quot;.</source>
        <translation>Escriba el código de desbloqueo para salir del cuestionario. Si usted es el paciente, toque &quot;Volver a las preguntas&quot;.</translation>
    </message>
    <message>
        <source>Unlock code</source>
        <translation>Código de desbloqueo</translation>
    </message>
    <message>
        <source>&amp;Unlock code</source>
        <translation>Código de &amp;desbloqueo</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock and leave patient mode</source>
        <translation>Desbloquear y salir del modo paciente</translation>
    </message>
    <message>
        <source>Return to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <source>Time period: %1</source>
        <translation>Periodo de tiempo: %1</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Finish the questionnaire</source>
        <translation>Terminar el cuestionario</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Your answer could not be saved. Please ask the clinic staff for help.</source>
        <translation>No se pudo guardar su respuesta. Pida ayuda al personal de la clínica, por favor.</translation>
    </message>
    <message>
        <source>That code is not correct. Nothing has changed.</source>
        <translation>Ese código no es correcto. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Unlocked. Patient mode can now be closed.</source>
        <translation>Desbloqueado. Ya se puede cerrar el modo paciente.</translation>
    </message>
    <message>
        <source>No validated version of this questionnaire in your language is installed, so it is shown in English. Please ask the staff if you need help.</source>
        <translation>No hay instalada ninguna versión validada de este cuestionario en su idioma, por lo que se muestra en inglés. Si necesita ayuda, pregunte al personal.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::PlanItemCard</name>
    <message>
        <source>Removed (kept on record, not proposed again)</source>
        <translation>Retirado (se conserva en el registro, no se vuelve a proponer)</translation>
    </message>
    <message>
        <source>New suggestion</source>
        <translation>Sugerencia nueva</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Proposed, edited</source>
        <translation>Propuesto, editado</translation>
    </message>
    <message>
        <source>Added by the clinician</source>
        <translation>Añadido por el profesional clínico</translation>
    </message>
    <message>
        <source>Plan item: %1</source>
        <translation>Elemento del plan: %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept the suggestion as it is: %1</source>
        <translation>Aceptar la sugerencia tal como está: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove from the plan: %1</source>
        <translation>Quitar del plan: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Put back into the plan: %1</source>
        <translation>Volver a incluir en el plan: %1</translation>
    </message>
    <message>
        <source>What is planned: %1</source>
        <translation>Qué se planifica: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Reason for departing from the matched package</source>
        <translation>Motivo para apartarse del paquete asignado</translation>
    </message>
    <message>
        <source>Reason for &amp;departing from the matched package:</source>
        <translation>Motivo para &amp;apartarse del paquete asignado:</translation>
    </message>
</context>
<context>
    <name>SpineDesk::PlanItemsView</name>
    <message>
        <source>Plan items</source>
        <translation>Ítems del plan</translation>
    </message>
    <message>
        <source>New suggestions</source>
        <translation>Nuevas sugerencias</translation>
    </message>
    <message>
        <source>No items yet. Add what is planned below.</source>
        <translation>Aún no hay ítems. Añada abajo lo que se planifica.</translation>
    </message>
    <message>
        <source>Kind of the new item</source>
        <translation>Tipo del nuevo ítem</translation>
    </message>
    <message>
        <source>What is planned (new item)</source>
        <translation>Lo que se planifica (nuevo ítem)</translation>
    </message>
    <message>
        <source>What is planned</source>
        <translation>Lo que se planifica</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Añadir &amp;ítem</translation>
    </message>
    <message>
        <source>Add the new item to the plan</source>
        <translation>Añadir el nuevo ítem al plan</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>1 new suggestion from the record: accept, edit or remove it.</source>
        <translation>1 nueva sugerencia a partir de la historia clínica: acéptela, edítela o elimínela.</translation>
    </message>
    <message>
        <source>%1 new suggestions from the record: accept, edit or remove each.</source>
        <translation>%1 nuevas sugerencias a partir de la historia clínica: acepte, edite o elimine cada una.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::PlanOfCareEditor</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Plan of care</source>
        <translation>Plan de atención</translation>
    </message>
    <message>
        <source>For certification by the referring clinician the plan of care needs diagnoses, long-term functional goals, and the type, amount, frequency and duration of therapy. Diagnoses and long-term goals are entered on the Plan step.</source>
        <translation>Para que el profesional que deriva lo certifique, el plan de atención necesita diagnósticos, objetivos funcionales a largo plazo y el tipo, la cantidad, la frecuencia y la duración de la terapia. Los diagnósticos y los objetivos a largo plazo se introducen en el paso Plan.</translation>
    </message>
    <message>
        <source>Type of therapy</source>
        <translation>Tipo de terapia</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation>Veces por semana</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>No therapy line yet.</source>
        <translation>Aún no hay ninguna línea de terapia.</translation>
    </message>
    <message>
        <source>Add a &amp;therapy line</source>
        <translation>Añadir una línea de &amp;terapia</translation>
    </message>
    <message>
        <source>Add a line to the plan of care</source>
        <translation>Añadir una línea al plan de atención</translation>
    </message>
    <message>
        <source>Plan of care start date</source>
        <translation>Fecha de inicio del plan de atención</translation>
    </message>
    <message>
        <source>the first treatment date</source>
        <translation>la fecha del primer tratamiento</translation>
    </message>
    <message>
        <source>Plan &amp;start</source>
        <translation>&amp;Inicio del plan</translation>
    </message>
    <message>
        <source>Rehabilitation potential</source>
        <translation>Potencial de rehabilitación</translation>
    </message>
    <message>
        <source>Optional, in your words, e.g. good</source>
        <translation>Opcional, con sus palabras, p. ej., bueno</translation>
    </message>
    <message>
        <source>Rehabilitation &amp;potential</source>
        <translation>&amp;Potencial de rehabilitación</translation>
    </message>
    <message>
        <source>What the plan of care still needs</source>
        <translation>Lo que aún le falta al plan de atención</translation>
    </message>
    <message>
        <source>Detail, e.g. directional-preference exercises, progressing to loading</source>
        <translation>Detalle, p. ej., ejercicios de preferencia direccional, progresando a ejercicios con carga</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Therapy line %1: type of therapy</source>
        <translation>Línea de terapia %1: tipo de terapia</translation>
    </message>
    <message>
        <source>Therapy line %1: detail</source>
        <translation>Línea de terapia %1: detalle</translation>
    </message>
    <message>
        <source>Therapy line %1: times a day</source>
        <translation>Línea de terapia %1: veces al día</translation>
    </message>
    <message>
        <source>Therapy line %1: minutes a session</source>
        <translation>Línea de terapia %1: minutos por sesión</translation>
    </message>
    <message>
        <source>Therapy line %1: times a week</source>
        <translation>Línea de terapia %1: veces por semana</translation>
    </message>
    <message>
        <source>Therapy line %1: weeks</source>
        <translation>Línea de terapia %1: semanas</translation>
    </message>
    <message>
        <source>Remove therapy line %1</source>
        <translation>Eliminar la línea de terapia %1</translation>
    </message>
    <message>
        <source>Problem with therapy line %1</source>
        <translation>Problema con la línea de terapia %1</translation>
    </message>
    <message>
        <source>The plan of care has every element it needs for certification.</source>
        <translation>El plan de atención tiene todos los elementos necesarios para la certificación.</translation>
    </message>
    <message>
        <source>The plan of care still needs:</source>
        <translation>Al plan de atención aún le falta:</translation>
    </message>
    <message>
        <source>STarT Back %1 risk: matched treatment %2 (%3)</source>
        <translation>STarT Back, riesgo %1: tratamiento adaptado %2 (%3)</translation>
    </message>
    <message>
        <source>times a day</source>
        <translation>veces al día</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>times a week</source>
        <translation>veces por semana</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detalle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation>Introduzca la fecha como AAAA-MM-DD o MM/DD/AAAA.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::PlanPage</name>
    <message>
        <source>Signed plan and addenda</source>
        <translation>Plan firmado y adendas</translation>
    </message>
    <message>
        <source>Signature and revisions of the plan</source>
        <translation>Firma y revisiones del plan</translation>
    </message>
    <message>
        <source>Add an a&amp;ddendum to the plan…</source>
        <translation>Añadir una a&amp;denda al plan…</translation>
    </message>
    <message>
        <source>Change the signed plan by addendum</source>
        <translation>Modificar el plan firmado mediante una adenda</translation>
    </message>
    <message>
        <source>The signed plan stays as it was; the change is recorded with its reason, author and date.</source>
        <translation>El plan firmado se conserva tal como estaba; el cambio se registra con su motivo, su autor y su fecha.</translation>
    </message>
    <message>
        <source>Edit the plan above, then say why it changes. The signed plan is kept unchanged.</source>
        <translation>Edite el plan de arriba y luego indique por qué cambia. El plan firmado se conserva sin cambios.</translation>
    </message>
    <message>
        <source>Reason for the addendum</source>
        <translation>Motivo de la adenda</translation>
    </message>
    <message>
        <source>Why the plan changes</source>
        <translation>Por qué cambia el plan</translation>
    </message>
    <message>
        <source>&amp;Save addendum</source>
        <translation>&amp;Guardar adenda</translation>
    </message>
    <message>
        <source>Save the changed plan as an addendum</source>
        <translation>Guardar el plan modificado como adenda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard the addendum</source>
        <translation>Descartar la adenda</translation>
    </message>
    <message>
        <source>unknown clinician</source>
        <translation>profesional clínico desconocido</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation>Firmado por %1 el %2.</translation>
    </message>
    <message>
        <source>Revision %1, %2, by %3: %4</source>
        <translation>Revisión %1, %2, por %3: %4</translation>
    </message>
    <message>
        <source>Shown above: revision %1, the current plan.</source>
        <translation>Se muestra arriba: revisión %1, el plan actual.</translation>
    </message>
    <message>
        <source>Editing an addendum: the signed plan stays unchanged until you save the addendum.</source>
        <translation>Editando una adenda: el plan firmado no cambia hasta que guarde la adenda.</translation>
    </message>
    <message>
        <source>No addendum is being edited.</source>
        <translation>No se está editando ninguna adenda.</translation>
    </message>
    <message>
        <source>Say why the plan changes.</source>
        <translation>Indique por qué cambia el plan.</translation>
    </message>
    <message>
        <source>Addendum saved as revision %1 on %2.</source>
        <translation>Adenda guardada como revisión %1 el %2.</translation>
    </message>
    <message>
        <source>⚠ This plan was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation>⚠ Este plan se modificó en otra ventana o en otra estación de trabajo. Sus últimos cambios siguen en pantalla, pero no se guardaron. Vuelva a cargarlo para ver la versión guardada.</translation>
    </message>
    <message>
        <source>Reload the saved plan</source>
        <translation>Volver a cargar el plan guardado</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>Acerca de este plan</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>Lista de problemas</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>Ítems del plan</translation>
    </message>
    <message>
        <source>Low-value-care advisories in this plan</source>
        <translation>Advertencias de atención de bajo valor en este plan</translation>
    </message>
    <message>
        <source>Goals, agreed with the patient</source>
        <translation>Objetivos acordados con el paciente</translation>
    </message>
    <message>
        <source>Before the plan can be signed</source>
        <translation>Antes de poder firmar el plan</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>For the letter</source>
        <translation>Para la carta</translation>
    </message>
    <message>
        <source>Bottom line for the referring clinician</source>
        <translation>Conclusión para el profesional que deriva</translation>
    </message>
    <message>
        <source>&amp;Bottom line (diagnosis, plan, what is asked of the referrer)</source>
        <translation>&amp;Conclusión (diagnóstico, plan, qué se pide al profesional que deriva)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>e.g. in 2–3 weeks</source>
        <translation>p. ej., en 2–3 semanas</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <source>Copies to, beyond the patient and the referring clinician</source>
        <translation>Copias para, además del paciente y del profesional que deriva</translation>
    </message>
    <message>
        <source>Surgeon, physical therapist… separated by semicolons</source>
        <translation>Cirujano, fisioterapeuta… separados por punto y coma</translation>
    </message>
    <message>
        <source>&amp;Copies to</source>
        <translation>&amp;Copias para</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>The saved plan cannot be read, so it is shown read-only and nothing is overwritten: %1</source>
        <translation>No se puede leer el plan guardado, por lo que se muestra en modo de solo lectura y no se sobrescribe nada: %1</translation>
    </message>
    <message>
        <source>This visit was signed without a treatment plan.</source>
        <translation>Esta visita se firmó sin plan de tratamiento.</translation>
    </message>
    <message>
        <source>Proposed from this visit&apos;s record and not saved yet. Accept, edit or remove each item and agree goals with the patient; your first change saves the plan as a draft.</source>
        <translation>Propuesto a partir de la historia clínica de esta visita y aún sin guardar. Acepte, edite o elimine cada ítem y acuerde los objetivos con el paciente; su primer cambio guarda el plan como borrador.</translation>
    </message>
    <message>
        <source>Not saved: the stored plan cannot be read.</source>
        <translation>Sin guardar: no se puede leer el plan almacenado.</translation>
    </message>
    <message>
        <source>This visit is signed. The plan changes only by addendum.</source>
        <translation>Esta visita está firmada. El plan solo se puede cambiar mediante una adenda.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Todos los cambios están guardados.</translation>
    </message>
    <message>
        <source>Nothing saved yet.</source>
        <translation>Aún no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>1 low-value-care advisory on this plan</source>
        <translation>1 advertencia de atención de bajo valor en este plan</translation>
    </message>
    <message>
        <source>%1 low-value-care advisories on this plan</source>
        <translation>%1 advertencias de atención de bajo valor en este plan</translation>
    </message>
    <message>
        <source>%1, %2 kept with a reason. Advisories never block signing.</source>
        <translation>%1, %2 mantenidas con un motivo. Las advertencias nunca impiden firmar.</translation>
    </message>
    <message>
        <source>Signing needs at least one goal with a target date after the visit.</source>
        <translation>Para firmar se necesita al menos un objetivo con una fecha objetivo posterior a la visita.</translation>
    </message>
    <message>
        <source>Say what is planned, or remove the item.</source>
        <translation>Indique qué se planifica o elimine el ítem.</translation>
    </message>
    <message>
        <source>The letter starts with the bottom line; signing needs it.</source>
        <translation>La carta empieza por la conclusión; es necesaria para firmar.</translation>
    </message>
    <message>
        <source>The plan is complete enough to sign.</source>
        <translation>El plan está lo bastante completo para firmarlo.</translation>
    </message>
    <message>
        <source>Before the plan can be signed:</source>
        <translation>Antes de poder firmar el plan:</translation>
    </message>
    <message>
        <source>Carried over from the signed plan of %1, with the follow-up and the questionnaires to repeat proposed again from this visit. Not saved yet: review each item and the goals with the patient; your first change saves the plan as a draft.</source>
        <translation>Trasladado del plan firmado del %1, con el seguimiento y los cuestionarios que se deben repetir propuestos de nuevo a partir de esta visita. Aún sin guardar: revise cada ítem y los objetivos con el paciente; su primer cambio guarda el plan como borrador.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::PresentationWindow</name>
    <message>
        <source>%1 — presentation</source>
        <translation>%1 — presentación</translation>
    </message>
    <message>
        <source>Decision aid presentation</source>
        <translation>Presentación de la herramienta de ayuda a la decisión</translation>
    </message>
    <message>
        <source>Option grid</source>
        <translation>Tabla de opciones</translation>
    </message>
    <message>
        <source>The options</source>
        <translation>Las opciones</translation>
    </message>
    <message>
        <source>What happened to people like you</source>
        <translation>Qué les pasó a personas como usted</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation>Lo que le importa a usted</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>&amp;Full screen (F11)</source>
        <translation>&amp;Pantalla completa (F11)</translation>
    </message>
    <message>
        <source>Switch full screen on or off</source>
        <translation>Activar o desactivar la pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Close (Esc)</source>
        <translation>&amp;Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close the presentation</source>
        <translation>Cerrar la presentación</translation>
    </message>
    <message>
        <source>How much does each of these matter to you? 0 means it does not matter, 10 means it matters a lot.</source>
        <translation>¿Cuánto le importa cada uno de estos aspectos? 0 significa que no le importa y 10, que le importa mucho.</translation>
    </message>
    <message>
        <source>How much it matters: %1</source>
        <translation>Cuánto le importa: %1</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>Aún sin marcar</translation>
    </message>
    <message>
        <source>Does not matter</source>
        <translation>No importa</translation>
    </message>
    <message>
        <source>Matters a lot</source>
        <translation>Importa mucho</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
</context>
<context>
    <name>SpineDesk::ProblemListEditor</name>
    <message>
        <source>Problem list</source>
        <translation>Lista de problemas</translation>
    </message>
    <message>
        <source>Problems and diagnoses</source>
        <translation>Problemas y diagnósticos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>ICD-10-CM</source>
        <translation>ICD-10-CM</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Diagnosis from the catalogue</source>
        <translation>Diagnóstico del catálogo</translation>
    </message>
    <message>
        <source>%1 (code not verified)</source>
        <translation>%1 (código no verificado)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Details of the diagnosis, such as side and level</source>
        <translation>Detalles del diagnóstico, como el lado y el nivel</translation>
    </message>
    <message>
        <source>Details, e.g. left L5</source>
        <translation>Detalles, p. ej., L5 izquierda</translation>
    </message>
    <message>
        <source>Add dia&amp;gnosis</source>
        <translation>Añadir dia&amp;gnóstico</translation>
    </message>
    <message>
        <source>Add the chosen diagnosis to the problem list</source>
        <translation>Añadir el diagnóstico elegido a la lista de problemas</translation>
    </message>
    <message>
        <source>A problem in your own words</source>
        <translation>Un problema en sus propias palabras</translation>
    </message>
    <message>
        <source>A problem in your own words (printed without a code)</source>
        <translation>Un problema en sus propias palabras (se imprime sin código)</translation>
    </message>
    <message>
        <source>Add &amp;problem</source>
        <translation>Añadir &amp;problema</translation>
    </message>
    <message>
        <source>Add the problem in your own words</source>
        <translation>Añadir el problema en sus propias palabras</translation>
    </message>
    <message>
        <source>Make pri&amp;mary</source>
        <translation>Marcar como pri&amp;ncipal</translation>
    </message>
    <message>
        <source>Make the selected problem the primary one</source>
        <translation>Marcar el problema seleccionado como principal</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected problem</source>
        <translation>Quitar el problema seleccionado</translation>
    </message>
    <message>
        <source>Codes checked against: %1</source>
        <translation>Códigos comprobados con: %1</translation>
    </message>
    <message>
        <source>no code (free text)</source>
        <translation>sin código (texto libre)</translation>
    </message>
    <message>
        <source>code not verified</source>
        <translation>código no verificado</translation>
    </message>
    <message>
        <source>Not in the diagnosis catalogue (printed without a code): %1</source>
        <translation>No está en el catálogo de diagnósticos (se imprime sin código): %1</translation>
    </message>
    <message>
        <source>Diagnosis catalogue: %1</source>
        <translation>Catálogo de diagnósticos: %1</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnóstico:</translation>
    </message>
</context>
<context>
    <name>SpineDesk::RedFlagPanel</name>
    <message>
        <source>Record the action for %1</source>
        <translation>Registrar la acción para %1</translation>
    </message>
    <message>
        <source>%1 — %2
Present: %3

The checklist advises: %4</source>
        <translation>%1 — %2
Presente: %3

La lista de verificación recomienda: %4</translation>
    </message>
    <message>
        <source>Imaging ordered</source>
        <translation>Pruebas de imagen solicitadas</translation>
    </message>
    <message>
        <source>Referral made</source>
        <translation>Derivación realizada</translation>
    </message>
    <message>
        <source>Sent to the emergency department</source>
        <translation>Enviado al servicio de urgencias</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Acción realizada</translation>
    </message>
    <message>
        <source>Reason for not acting</source>
        <translation>Motivo para no actuar</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Acción realizada</translation>
    </message>
    <message>
        <source>&amp;Or the reason for not acting</source>
        <translation>&amp;O el motivo para no actuar</translation>
    </message>
    <message>
        <source>Saved with your name and the time. A recorded acknowledgement cannot be changed.</source>
        <translation>Se guarda con su nombre y la hora. Una confirmación registrada no se puede cambiar.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>⚠ This red-flag screen was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation>⚠ Este cribado de señales de alarma se modificó en otra ventana o en otro puesto de trabajo. Sus últimos cambios siguen en pantalla, pero no se guardaron. Vuelva a cargar para ver la versión guardada.</translation>
    </message>
    <message>
        <source>Reload the saved red-flag screen</source>
        <translation>Volver a cargar el cribado de señales de alarma guardado</translation>
    </message>
    <message>
        <source>Level of concern</source>
        <translation>Nivel de preocupación</translation>
    </message>
    <message>
        <source>Red-flag screen status</source>
        <translation>Estado del cribado de señales de alarma</translation>
    </message>
    <message>
        <source>&amp;Mark the rest absent…</source>
        <translation>&amp;Marcar el resto como ausente…</translation>
    </message>
    <message>
        <source>Mark every item not yet assessed as absent</source>
        <translation>Marcar como ausentes todos los ítems aún no evaluados</translation>
    </message>
    <message>
        <source>Only items still “not assessed” change; present and absent answers stay as they are.</source>
        <translation>Solo cambian los ítems que siguen “no evaluado”; las respuestas presente y ausente se quedan como están.</translation>
    </message>
    <message>
        <source>Recorded acknowledgements</source>
        <translation>Confirmaciones registradas</translation>
    </message>
    <message>
        <source>Keys: P present, A absent, N not assessed; arrow keys move between the three.</source>
        <translation>Teclas: P presente, A ausente, N no evaluado; las flechas se mueven entre los tres.</translation>
    </message>
    <message>
        <source>strong flag</source>
        <translation>señal fuerte</translation>
    </message>
    <message>
        <source>soft flag</source>
        <translation>señal débil</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>Source unverified</source>
        <translation>Fuente sin verificar</translation>
    </message>
    <message>
        <source>No checked source for this item yet:
%1</source>
        <translation>Todavía no hay ninguna fuente comprobada para este ítem:
%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>⚠ The red-flag checklist cannot be read, so the screen cannot be taken here: %1</source>
        <translation>⚠ No se puede leer la lista de verificación de señales de alarma, así que el cribado no se puede hacer aquí: %1</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Level of concern: none</source>
        <translation>Nivel de preocupación: ninguno</translation>
    </message>
    <message>
        <source>Level of concern: %1</source>
        <translation>Nivel de preocupación: %1</translation>
    </message>
    <message>
        <source>Concern: %1</source>
        <translation>Preocupación: %1</translation>
    </message>
    <message>
        <source>Record &amp;action…</source>
        <translation>Registrar &amp;acción…</translation>
    </message>
    <message>
        <source>clinician %1</source>
        <translation>clínico %1</translation>
    </message>
    <message>
        <source>not acted on: %1</source>
        <translation>no se actuó: %1</translation>
    </message>
    <message>
        <source>✓ %1: %2 — %3, %4</source>
        <translation>✓ %1: %2 — %3, %4</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Mark the rest absent</source>
        <translation>Marcar el resto como ausente</translation>
    </message>
    <message>
        <source>Red-flag screen incomplete</source>
        <translation>Cribado de señales de alarma incompleto</translation>
    </message>
    <message>
        <source>Concern: %1. %2</source>
        <translation>Preocupación: %1. %2</translation>
    </message>
    <message>
        <source>⚠ %1 — %2</source>
        <translation>⚠ %1 — %2</translation>
    </message>
    <message>
        <source>%1
Present: %2. Record the action taken, or the reason for not acting, before the visit can be signed.</source>
        <translation>%1
Presente: %2. Registre la acción realizada, o el motivo para no actuar, antes de poder firmar la visita.</translation>
    </message>
    <message>
        <source>Items still not assessed: %1. Mark all of them absent? Do this only if you asked about or examined each one.</source>
        <translation>Ítems aún no evaluados: %1. ¿Marcarlos todos como ausentes? Hágalo solo si preguntó por cada uno o lo exploró.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::RomGrid</name>
    <message>
        <source>Range of motion</source>
        <translation>Rango de movimiento</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Painful</source>
        <translation>Doloroso</translation>
    </message>
    <message>
        <source>Range of motion, %1</source>
        <translation>Rango de movimiento, %1</translation>
    </message>
    <message>
        <source>painful</source>
        <translation>doloroso</translation>
    </message>
    <message>
        <source>%1 painful</source>
        <translation>%1 doloroso</translation>
    </message>
    <message>
        <source>Observed range, graded by you; no degrees and no norms are applied.</source>
        <translation>Rango observado, graduado por usted; no se aplican grados angulares ni valores de referencia.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::ScaleShiftWidget</name>
    <message>
        <source>This scale cannot be drawn: %1</source>
        <translation>Esta escala no se puede dibujar: %1</translation>
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
        <translation>⚠ Este registro de terapia se modificó en otra ventana o en otro puesto de trabajo. Sus últimos cambios siguen en pantalla, pero no se guardaron. Recargue para ver la versión guardada.</translation>
    </message>
    <message>
        <source>Reload the saved therapy record</source>
        <translation>Recargar el registro de terapia guardado</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>Hand-over needed</source>
        <translation>Se necesita un traspaso</translation>
    </message>
    <message>
        <source>&amp;Go to the hand-over</source>
        <translation>&amp;Ir al traspaso</translation>
    </message>
    <message>
        <source>Go to the hand-over section</source>
        <translation>Ir a la sección de traspaso</translation>
    </message>
    <message>
        <source>Other problems with the therapy record</source>
        <translation>Otros problemas del registro de terapia</translation>
    </message>
    <message>
        <source>A red flag needs a hand-over to the physiatrist: signing is blocked until a task is created (see “Hand over to the physiatrist” below).</source>
        <translation>Una señal de alarma requiere un traspaso al médico rehabilitador: la firma está bloqueada hasta que se cree una tarea (vea “Traspaso al médico rehabilitador” más abajo).</translation>
    </message>
    <message>
        <source>%1 red flags need a hand-over to the physiatrist: signing is blocked until a task is created for each (see “Hand over to the physiatrist” below).</source>
        <translation>%1 señales de alarma requieren un traspaso al médico rehabilitador: la firma está bloqueada hasta que se cree una tarea para cada una (vea “Traspaso al médico rehabilitador” más abajo).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: correct the entries marked ⚠.</source>
        <translation>No guardado: corrija las entradas marcadas con ⚠.</translation>
    </message>
    <message>
        <source>Saved, except the entries marked ⚠.</source>
        <translation>Guardado, excepto las entradas marcadas con ⚠.</translation>
    </message>
    <message>
        <source>This visit is signed. Changes are recorded as addenda.</source>
        <translation>Esta visita está firmada. Los cambios se registran como adendas.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::TransmissionDialog</name>
    <message>
        <source>Plan of care sent</source>
        <translation>Plan de atención enviado</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation>Cómo se envió</translation>
    </message>
    <message>
        <source>Sent to (name and number or address)</source>
        <translation>Enviado a (nombre y número o dirección)</translation>
    </message>
    <message>
        <source>Link the archived plan of care: %1</source>
        <translation>Vincular el plan de atención archivado: %1</translation>
    </message>
    <message>
        <source>No plan of care is archived yet: print or save it on the Documents step to link it</source>
        <translation>Todavía no hay ningún plan de atención archivado: imprímalo o guárdelo en el paso Documentos para vincularlo</translation>
    </message>
    <message>
        <source>Link the archived plan of care</source>
        <translation>Vincular el plan de atención archivado</translation>
    </message>
    <message>
        <source>&amp;Date sent</source>
        <translation>&amp;Fecha de envío</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Vía</translation>
    </message>
    <message>
        <source>&amp;Sent to</source>
        <translation>&amp;Enviado a</translation>
    </message>
    <message>
        <source>One transmission of the plan of care to the referring clinician within 30 days of the first treatment meets the initial certification (Medicare, dates of service from 1 January 2025).</source>
        <translation>Un envío del plan de atención al profesional que deriva dentro de los 30 días siguientes al primer tratamiento cumple la certificación inicial (Medicare, fechas de servicio desde el 1 de enero de 2025).</translation>
    </message>
    <message>
        <source>Enter the date it was sent as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation>Escriba la fecha de envío como AAAA-MM-DD o MM/DD/AAAA.</translation>
    </message>
    <message>
        <source>The date sent cannot be in the future.</source>
        <translation>La fecha de envío no puede ser futura.</translation>
    </message>
    <message>
        <source>Say to whom it was sent.</source>
        <translation>Indique a quién se envió.</translation>
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
        <translation>Terapia y ejercicios en casa</translation>
    </message>
</context>
<context>
    <name>SpineDesk::VisitWorkflow</name>
    <message>
        <source>← &amp;Chart</source>
        <translation>← &amp;Historia clínica</translation>
    </message>
    <message>
        <source>Back to the patient&apos;s chart</source>
        <translation>Volver a la historia clínica del paciente</translation>
    </message>
    <message>
        <source>&amp;Sign visit…</source>
        <translation>&amp;Firmar visita…</translation>
    </message>
    <message>
        <source>Sign this visit</source>
        <translation>Firmar esta visita</translation>
    </message>
    <message>
        <source>Visit steps</source>
        <translation>Pasos de la visita</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>New addendum</source>
        <translation>Nueva adenda</translation>
    </message>
    <message>
        <source>What changed, and why</source>
        <translation>Qué cambió y por qué</translation>
    </message>
    <message>
        <source>Add a&amp;ddendum</source>
        <translation>Añadir a&amp;denda</translation>
    </message>
    <message>
        <source>Addendum not added</source>
        <translation>Adenda no añadida</translation>
    </message>
    <message>
        <source>signed by %1 on %2</source>
        <translation>firmada por %1 el %2</translation>
    </message>
    <message>
        <source>unknown clinician</source>
        <translation>profesional clínico desconocido</translation>
    </message>
    <message>
        <source>%1 — %2, %3 — %4</source>
        <translation>%1 — %2, %3 — %4</translation>
    </message>
    <message>
        <source>not available in this version</source>
        <translation>no disponible en esta versión</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>aún sin hacer</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No addenda.</source>
        <translation>Sin adendas.</translation>
    </message>
    <message>
        <source>Sign this visit as %1? After signing, the record is read-only and changes are made as dated addenda.</source>
        <translation>¿Firmar esta visita como %1? Tras firmarla, la historia clínica queda en solo lectura y los cambios se hacen como adendas fechadas.</translation>
    </message>
    <message>
        <source>the current clinician</source>
        <translation>el profesional clínico actual</translation>
    </message>
    <message>
        <source>The intake is not complete (onset, dominant pain, work status and goals).</source>
        <translation>La admisión no está completa (inicio, dolor predominante, situación laboral y objetivos).</translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation>Firmar visita</translation>
    </message>
    <message>
        <source>Visit not signed</source>
        <translation>Visita no firmada</translation>
    </message>
    <message>
        <source>open safety alert</source>
        <translation>alerta de seguridad abierta</translation>
    </message>
    <message>
        <source>The visit cannot be signed yet:</source>
        <translation>Todavía no se puede firmar la visita:</translation>
    </message>
    <message>
        <source>&amp;Questionnaires and summary</source>
        <translation>&amp;Cuestionarios y resumen</translation>
    </message>
    <message>
        <source>&amp;Red flags</source>
        <translation>&amp;Señales de alarma</translation>
    </message>
    <message>
        <source>&amp;Yellow flags</source>
        <translation>&amp;Banderas amarillas</translation>
    </message>
    <message>
        <source>Emergency red flag on this visit (suspected cauda equina syndrome or aortic aneurysm): same-day emergency assessment. See the Red flags tab for the action and its record.</source>
        <translation>Señal de alarma de emergencia en esta visita (sospecha de síndrome de cola de caballo o de aneurisma aórtico): evaluación de urgencia el mismo día. Consulte la pestaña Señales de alarma para ver la acción y su registro.</translation>
    </message>
    <message>
        <source>Emergency red flag</source>
        <translation>Señal de alarma de emergencia</translation>
    </message>
    <message>
        <source>Some of the visit could not be saved (see the step marked), so the visit was not signed.</source>
        <translation>Parte de la visita no se pudo guardar (vea el paso marcado), por lo que la visita no se firmó.</translation>
    </message>
    <message>
        <source>The plan cannot be signed yet:</source>
        <translation>Todavía no se puede firmar el plan:</translation>
    </message>
    <message>
        <source>No treatment plan has been saved for this visit; it will be signed without one.</source>
        <translation>No se ha guardado ningún plan de tratamiento para esta visita; se firmará sin plan.</translation>
    </message>
    <message>
        <source>1 suggested plan item is not yet accepted, edited or removed; it is signed as proposed.</source>
        <translation>1 elemento sugerido del plan aún no se ha aceptado, editado ni quitado; se firma tal como se propuso.</translation>
    </message>
    <message>
        <source>%1 suggested plan items are not yet accepted, edited or removed; they are signed as proposed.</source>
        <translation>%1 elementos sugeridos del plan aún no se han aceptado, editado ni quitado; se firman tal como se propusieron.</translation>
    </message>
    <message>
        <source>1 low-value-care advisory on the plan has no reason to keep the item (advisories do not block signing).</source>
        <translation>1 aviso de atención de bajo valor del plan no tiene un motivo para mantener el elemento (los avisos no impiden firmar).</translation>
    </message>
    <message>
        <source>%1 low-value-care advisories on the plan have no reason to keep the item (advisories do not block signing).</source>
        <translation>%1 avisos de atención de bajo valor del plan no tienen un motivo para mantener el elemento (los avisos no impiden firmar).</translation>
    </message>
    <message>
        <source>A physical-therapy visit is signed together with its plan of care: save the plan on the Plan step first.</source>
        <translation>Una visita de fisioterapia se firma junto con su plan de atención: primero guarde el plan en el paso Plan.</translation>
    </message>
    <message>
        <source>hand-over to the physiatrist needed</source>
        <translation>se necesita traspaso al médico rehabilitador</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1; shortcut %2</source>
        <translation>%1; atajo %2</translation>
    </message>
    <message>
        <source>%1 to %2 open the steps from anywhere in the visit.</source>
        <translation>Las teclas %1 a %2 abren los pasos desde cualquier parte de la visita.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::WindowHost</name>
    <message>
        <source>Language not changed</source>
        <translation>Idioma sin cambiar</translation>
    </message>
    <message>
        <source>The %1 translation of SpineDesk could not be loaded. The program stays in its current language.</source>
        <translation>No se pudo cargar la traducción al %1 de SpineDesk. El programa se mantiene en su idioma actual.</translation>
    </message>
</context>
<context>
    <name>SpineDesk::YellowFlagPanel</name>
    <message>
        <source>⚠ The flag screen was changed in another window or on another workstation. Your latest changes are still on screen but were not saved. Reload to see the saved version.</source>
        <translation>⚠ La evaluación de banderas amarillas se modificó en otra ventana o en otro puesto de trabajo. Sus últimos cambios siguen en pantalla, pero no se guardaron. Recargue para ver la versión guardada.</translation>
    </message>
    <message>
        <source>&amp;Reload saved version</source>
        <translation>&amp;Recargar la versión guardada</translation>
    </message>
    <message>
        <source>Reload the saved yellow flags</source>
        <translation>Recargar las banderas amarillas guardadas</translation>
    </message>
    <message>
        <source>⚠ The yellow-flag checklist cannot be read: %1</source>
        <translation>⚠ No se puede leer la lista de comprobación de banderas amarillas: %1</translation>
    </message>
    <message>
        <source>Psychosocial factors that predict a poor outcome — recorded to inform the plan and the letter; they never block signing.
%1</source>
        <translation>Factores psicosociales que predicen un mal resultado — se registran para orientar el plan y la carta; nunca bloquean la firma.
%1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Yellow-flag summary</source>
        <translation>Resumen de banderas amarillas</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>No yellow flags recorded.</source>
        <translation>No hay banderas amarillas registradas.</translation>
    </message>
    <message>
        <source>Yellow flags ticked: %1. Domains with flags or notes: %2.</source>
        <translation>Banderas amarillas marcadas: %1. Dominios con banderas o notas: %2.</translation>
    </message>
</context>
<context>
    <name>StratifiedCareText</name>
    <message>
        <source>Reassurance, advice to keep active and self-management guidance, with minimal clinician contact.</source>
        <translation>Tranquilización, consejo de mantenerse activo y orientación para el autocuidado, con contacto mínimo con el profesional clínico.</translation>
    </message>
    <message>
        <source>Physical therapy: exercise, with or without manual therapy, for physical symptoms and function.</source>
        <translation>Fisioterapia: ejercicio, con o sin terapia manual, para los síntomas físicos y la función.</translation>
    </message>
    <message>
        <source>Psychologically informed physical therapy: physical therapy combined with cognitive-behavioural techniques for fear, catastrophising and low mood.</source>
        <translation>Fisioterapia con enfoque psicológico: fisioterapia combinada con técnicas cognitivo-conductuales para el miedo, el catastrofismo y el ánimo bajo.</translation>
    </message>
</context>
<context>
    <name>SuggestionText</name>
    <message>
        <source>Leg-dominant pain and imaging showing a disc herniation</source>
        <translation>Dolor predominante en la pierna y pruebas de imagen que muestran una hernia discal</translation>
    </message>
    <message>
        <source>Neurogenic claudication and imaging showing a spondylolisthesis</source>
        <translation>Claudicación neurógena y pruebas de imagen que muestran una espondilolistesis</translation>
    </message>
    <message>
        <source>Neurogenic claudication and imaging showing stenosis</source>
        <translation>Claudicación neurógena y pruebas de imagen que muestran estenosis</translation>
    </message>
    <message>
        <source>Chronic back-dominant pain and fusion is being discussed</source>
        <translation>Dolor crónico predominantemente lumbar y se está valorando una artrodesis</translation>
    </message>
    <message>
        <source>An epidural steroid injection is being considered</source>
        <translation>Se está valorando una inyección epidural de corticoides</translation>
    </message>
</context>
<context>
    <name>TherapyRepository</name>
    <message>
        <source>therapy record of visit %1</source>
        <translation>registro de terapia de la visita %1</translation>
    </message>
    <message>
        <source>The stored therapy record of visit %1 cannot be read (%2). It was left untouched.</source>
        <translation>No se puede leer el registro de terapia almacenado de la visita %1 (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>Someone else started this therapy record in another window. Your changes were not saved.</source>
        <translation>Otra persona empezó este registro de terapia en otra ventana. Sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source>This therapy record was changed elsewhere since you opened it. Reopen the visit to see the current record; your changes were not saved.</source>
        <translation>Este registro de terapia se modificó en otro lugar después de que usted lo abriera. Vuelva a abrir la visita para ver el registro actual; sus cambios no se guardaron.</translation>
    </message>
</context>
<context>
    <name>TherapyText</name>
    <message>
        <source>Repeated flexion</source>
        <translation>Flexión repetida</translation>
    </message>
    <message>
        <source>Repeated extension</source>
        <translation>Extensión repetida</translation>
    </message>
    <message>
        <source>Side glide to the left</source>
        <translation>Deslizamiento lateral a la izquierda</translation>
    </message>
    <message>
        <source>Side glide to the right</source>
        <translation>Deslizamiento lateral a la derecha</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>Centralises (pain moves towards the spine)</source>
        <translation>Centraliza (el dolor se desplaza hacia la columna)</translation>
    </message>
    <message>
        <source>Peripheralises (pain spreads further down the leg)</source>
        <translation>Periferiza (el dolor se extiende más abajo por la pierna)</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>No effect</source>
        <translation>Sin efecto</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Symptom modulation</source>
        <translation>Modulación de síntomas</translation>
    </message>
    <message>
        <source>Movement control</source>
        <translation>Control del movimiento</translation>
    </message>
    <message>
        <source>Functional optimization</source>
        <translation>Optimización funcional</translation>
    </message>
    <message>
        <source>Flexion</source>
        <translation>Flexión</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Side bending left</source>
        <translation>Inclinación lateral izquierda</translation>
    </message>
    <message>
        <source>Side bending right</source>
        <translation>Inclinación lateral derecha</translation>
    </message>
    <message>
        <source>Rotation left</source>
        <translation>Rotación izquierda</translation>
    </message>
    <message>
        <source>Rotation right</source>
        <translation>Rotación derecha</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <source>Markedly limited</source>
        <translation>Muy limitado</translation>
    </message>
    <message>
        <source>Five-times sit-to-stand</source>
        <translation>Sentarse y levantarse 5 veces</translation>
    </message>
    <message>
        <source>30-second sit-to-stand</source>
        <translation>Sentarse y levantarse en 30 segundos</translation>
    </message>
    <message>
        <source>Timed up and go</source>
        <translation>Levantarse y caminar cronometrado (Timed Up and Go)</translation>
    </message>
    <message>
        <source>Walking tolerance</source>
        <translation>Tolerancia a la marcha</translation>
    </message>
    <message>
        <source>Six-minute walk</source>
        <translation>Marcha de seis minutos</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>metros</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Better after the session</source>
        <translation>Mejor después de la sesión</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Worse after the session</source>
        <translation>Peor después de la sesión</translation>
    </message>
    <message>
        <source>Therapeutic exercise</source>
        <translation>Ejercicio terapéutico</translation>
    </message>
    <message>
        <source>Manual therapy</source>
        <translation>Terapia manual</translation>
    </message>
    <message>
        <source>Neuromuscular re-education</source>
        <translation>Reeducación neuromuscular</translation>
    </message>
    <message>
        <source>Functional training</source>
        <translation>Entrenamiento funcional</translation>
    </message>
    <message>
        <source>Patient education</source>
        <translation>Educación del paciente</translation>
    </message>
    <message>
        <source>Psychologically informed physical therapy</source>
        <translation>Fisioterapia con enfoque psicológico</translation>
    </message>
    <message>
        <source>Gait training</source>
        <translation>Entrenamiento de la marcha</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Introduzca un número de %1 a %2.</translation>
    </message>
    <message>
        <source>Enter %1 from 0 to %2.</source>
        <translation>%1: introduzca un valor de 0 a %2.</translation>
    </message>
    <message>
        <source>Enter the date of the first treatment.</source>
        <translation>Introduzca la fecha del primer tratamiento.</translation>
    </message>
    <message>
        <source>The first treatment cannot be before the evaluation.</source>
        <translation>El primer tratamiento no puede ser anterior a la evaluación.</translation>
    </message>
    <message>
        <source>Record how the patient responded to the session.</source>
        <translation>Registre cómo respondió el paciente a la sesión.</translation>
    </message>
    <message>
        <source>Say what the therapy is.</source>
        <translation>Indique en qué consiste la terapia.</translation>
    </message>
    <message>
        <source>The plan cannot start before the evaluation.</source>
        <translation>El plan no puede empezar antes de la evaluación.</translation>
    </message>
    <message>
        <source>Choose an exercise.</source>
        <translation>Elija un ejercicio.</translation>
    </message>
    <message>
        <source>Give repetitions, a hold time or minutes.</source>
        <translation>Indique repeticiones, un tiempo de mantenimiento o minutos.</translation>
    </message>
    <message>
        <source>times a day</source>
        <translation>veces al día</translation>
    </message>
    <message>
        <source>frequency (times a week)</source>
        <translation>frecuencia (veces a la semana)</translation>
    </message>
    <message>
        <source>duration (weeks)</source>
        <translation>duración (semanas)</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detalle</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>patient&apos;s response</source>
        <translation>respuesta del paciente</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>series</translation>
    </message>
    <message>
        <source>hold (seconds)</source>
        <translation>mantener (segundos)</translation>
    </message>
    <message>
        <source>days a week</source>
        <translation>días a la semana</translation>
    </message>
    <message>
        <source>Plan of care, line %1, %2</source>
        <translation>Plan de atención, línea %1, %2</translation>
    </message>
    <message>
        <source>Functional test %1, %2</source>
        <translation>Prueba funcional %1, %2</translation>
    </message>
    <message>
        <source>Home exercise %1, %2</source>
        <translation>Ejercicio en casa %1, %2</translation>
    </message>
    <message>
        <source>First session, %1</source>
        <translation>Primera sesión, %1</translation>
    </message>
    <message>
        <source>Plan start</source>
        <translation>Inicio del plan</translation>
    </message>
    <message>
        <source>The plan of care needs a diagnosis: add one to the problem list on the Plan step.</source>
        <translation>El plan de atención necesita un diagnóstico: añada uno a la lista de problemas en el paso Plan.</translation>
    </message>
    <message>
        <source>The plan of care needs a long-term functional goal with a target date (Plan step).</source>
        <translation>El plan de atención necesita un objetivo funcional a largo plazo con fecha objetivo (paso Plan).</translation>
    </message>
    <message>
        <source>The plan of care needs the type, amount, frequency and duration of therapy.</source>
        <translation>El plan de atención necesita el tipo, la cantidad, la frecuencia y la duración de la terapia.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Baseline %1 (dashed line).</source>
        <translation>Valor basal %1 (línea discontinua).</translation>
    </message>
    <message>
        <source>Minimal clinically important difference reached at %1 or %2 (%3 points from the baseline).</source>
        <translation>Diferencia mínima clínicamente importante alcanzada con %1 o %2 (%3 puntos respecto al valor basal).</translation>
    </message>
    <message>
        <source>above</source>
        <translation>más</translation>
    </message>
    <message>
        <source>below</source>
        <translation>menos</translation>
    </message>
    <message>
        <source>The minimal clinically important difference is unverified and not drawn.</source>
        <translation>La diferencia mínima clínicamente importante no está verificada y no se dibuja.</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Bands: %1.</source>
        <translation>Categorías: %1.</translation>
    </message>
    <message>
        <source>MCID %1 points (%2).</source>
        <translation>MCID %1 puntos (%2).</translation>
    </message>
</context>
<context>
    <name>TrendChartBuilder</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Basal %1</translation>
    </message>
    <message>
        <source>MCID threshold %1 (baseline %2 %3)</source>
        <translation>Umbral de MCID %1 (basal %2 %3)</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>cuanto menor, mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>cuanto mayor, mejor</translation>
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
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>Check the date of birth: the patient would be over %1 years old.</source>
        <translation>Revise la fecha de nacimiento: el paciente tendría más de %1 años.</translation>
    </message>
    <message>
        <source>Enter the medical record number.</source>
        <translation>Escriba el número de historia clínica.</translation>
    </message>
    <message>
        <source>Use up to 20 letters, digits or hyphens.</source>
        <translation>Use hasta 20 letras, dígitos o guiones.</translation>
    </message>
    <message>
        <source>Enter a phone number of 7 to 15 digits.</source>
        <translation>Escriba un número de teléfono de 7 a 15 dígitos.</translation>
    </message>
    <message>
        <source>Choose English or Spanish.</source>
        <translation>Elija inglés o español.</translation>
    </message>
    <message>
        <source>Enter the referring clinician&apos;s name.</source>
        <translation>Escriba el nombre del profesional que deriva.</translation>
    </message>
    <message>
        <source>Enter a fax number of 7 to 15 digits.</source>
        <translation>Escriba un número de fax de 7 a 15 dígitos.</translation>
    </message>
    <message>
        <source>Enter a Direct address such as name@direct.example.org.</source>
        <translation>Escriba una dirección Direct, como name@direct.example.org.</translation>
    </message>
    <message>
        <source>Enter the reason for referral.</source>
        <translation>Escriba el motivo de la derivación.</translation>
    </message>
    <message>
        <source>Enter the clinician&apos;s name.</source>
        <translation>Escriba el nombre del profesional clínico.</translation>
    </message>
    <message>
        <source>The onset cannot be after the visit date.</source>
        <translation>El inicio no puede ser posterior a la fecha de la visita.</translation>
    </message>
    <message>
        <source>The onset cannot be before the date of birth.</source>
        <translation>El inicio no puede ser anterior a la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Enter the kind of care.</source>
        <translation>Escriba el tipo de tratamiento.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>El final no puede ser anterior al inicio.</translation>
    </message>
    <message>
        <source>Enter 0 to %1 sessions.</source>
        <translation>Escriba de 0 a %1 sesiones.</translation>
    </message>
    <message>
        <source>Enter the medication.</source>
        <translation>Escriba el medicamento.</translation>
    </message>
    <message>
        <source>Enter the kind of injection.</source>
        <translation>Escriba el tipo de inyección.</translation>
    </message>
    <message>
        <source>Enter relief from 0 to 100 %.</source>
        <translation>Escriba un alivio de 0 a 100 %.</translation>
    </message>
    <message>
        <source>Enter the imaging modality.</source>
        <translation>Escriba la modalidad de imagen.</translation>
    </message>
    <message>
        <source>Enter the key finding.</source>
        <translation>Escriba el hallazgo principal.</translation>
    </message>
</context>
<context>
    <name>VisitContext</name>
    <message>
        <source>The examination cannot be read: %1</source>
        <translation>No se puede leer la exploración: %1</translation>
    </message>
    <message>
        <source>The decision records cannot be read: %1</source>
        <translation>No se pueden leer los registros de la decisión: %1</translation>
    </message>
    <message>
        <source>What is being considered cannot be read: %1</source>
        <translation>No se puede leer lo que se está considerando: %1</translation>
    </message>
</context>
<context>
    <name>VisitDocuments</name>
    <message>
        <source>Letter to the referring clinician</source>
        <translation>Carta al profesional que deriva</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Hoja informativa para el paciente</translation>
    </message>
    <message>
        <source>Prior-authorization summary</source>
        <translation>Resumen para autorización previa</translation>
    </message>
    <message>
        <source>Patient information</source>
        <translation>Información para el paciente</translation>
    </message>
    <message>
        <source>There is no page to print on.</source>
        <translation>No hay ninguna página en la que imprimir.</translation>
    </message>
    <message>
        <source>No font is installed, so the document would print without text.</source>
        <translation>No hay ningún tipo de letra instalado, por lo que el documento se imprimiría sin texto.</translation>
    </message>
    <message>
        <source>Documents are printed in English or Spanish, not &quot;%1&quot;.</source>
        <translation>Los documentos se imprimen en inglés o en español, no en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The document could not be built.</source>
        <translation>No se pudo generar el documento.</translation>
    </message>
    <message>
        <source>Physical therapy plan of care</source>
        <translation>Plan de atención de fisioterapia</translation>
    </message>
    <message>
        <source>Home exercise programme</source>
        <translation>Programa de ejercicios en casa</translation>
    </message>
    <message>
        <source>The %1 is made for physical-therapy first visits, and visit %2 is not one (%3).</source>
        <translation>El documento «%1» está pensado para primeras visitas de fisioterapia, y la visita %2 no lo es (%3).</translation>
    </message>
    <message>
        <source>Visit %1 has no therapy record yet: record the evaluation and the plan of care in the Therapy step before printing the %2.</source>
        <translation>La visita %1 aún no tiene registro de terapia: registre la evaluación y el plan de atención en el paso Terapia antes de imprimir el documento «%2».</translation>
    </message>
    <message>
        <source>The program&apos;s texts in &quot;%1&quot; could not be loaded, so the document is not printed.</source>
        <translation>No se pudieron cargar los textos del programa en &quot;%1&quot;, por lo que el documento no se imprime.</translation>
    </message>
</context>
<context>
    <name>VisitGuardText</name>
    <message>
        <source>The visit no longer exists.</source>
        <translation>La visita ya no existe.</translation>
    </message>
    <message>
        <source>This visit is signed; record changes as an addendum.</source>
        <translation>Esta visita está firmada; registre los cambios como adenda.</translation>
    </message>
</context>
<context>
    <name>VisitHandoutText</name>
    <message>
        <source>must be &quot;visit-text&quot;</source>
        <translation>debe ser &quot;visit-text&quot;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>the text must contain %1</source>
        <translation>el texto debe contener %1</translation>
    </message>
    <message>
        <source>%1 is not filled in here (allowed: %2)</source>
        <translation>%1 no se rellena aquí (permitidos: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no list of keys (known: %2, %3)</source>
        <translation>&quot;%1&quot; no tiene lista de claves (conocidas: %2, %3)</translation>
    </message>
    <message>
        <source>only a translation has this key: the English text comes from its own source</source>
        <translation>solo una traducción tiene esta clave: el texto en inglés procede de su propia fuente</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>An episode of care needs a start date.</source>
        <translation>Un episodio de atención necesita una fecha de inicio.</translation>
    </message>
    <message>
        <source>A visit needs a date.</source>
        <translation>Una visita necesita una fecha.</translation>
    </message>
    <message>
        <source>The episode of care for this visit no longer exists.</source>
        <translation>El episodio de atención de esta visita ya no existe.</translation>
    </message>
    <message>
        <source>Choose the signing clinician first.</source>
        <translation>Elija primero el profesional clínico que firma.</translation>
    </message>
    <message>
        <source>This visit is already signed; add an addendum instead.</source>
        <translation>Esta visita ya está firmada; añada una adenda en su lugar.</translation>
    </message>
    <message>
        <source>This visit was changed or signed elsewhere since you opened it. Reopen it to see the current record.</source>
        <translation>Esta visita se modificó o se firmó en otro lugar desde que la abrió. Vuelva a abrirla para ver la historia clínica actual.</translation>
    </message>
    <message>
        <source>An addendum needs some text.</source>
        <translation>Una adenda necesita algo de texto.</translation>
    </message>
    <message>
        <source>Choose the clinician writing the addendum first.</source>
        <translation>Elija primero el profesional clínico que redacta la adenda.</translation>
    </message>
    <message>
        <source>Addenda are for signed visits; a draft can still be edited.</source>
        <translation>Las adendas son para visitas firmadas; un borrador todavía se puede editar.</translation>
    </message>
    <message>
        <source>A physical-therapy visit is signed together with its plan of care: save the plan on the Plan step first.</source>
        <translation>Una visita de fisioterapia se firma junto con su plan de atención: guarde primero el plan en el paso Plan.</translation>
    </message>
</context>
</TS>
