#pragma once

// Dossiers for the patient documents in Spanish (issue 8): the letter's fixture with the
// clinician's own words (notes, goals, follow-up, advice) typed in Spanish as they would be for
// a Spanish-speaking patient, and a long-Spanish variant that stresses the layout: long names,
// long plan items and notes, many exercises. Also copies of the bundled content with a
// translation marked reviewed or out of date.

#include "dossierfixture.h"
#include "ptdossierfixture.h"

#include "core/handoutcontent.h"
#include "core/therapy/exerciselibrary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <functional>

namespace SpineDesk::Fixture {

using namespace Qt::StringLiterals;

inline Plans::PlanItem spanishItem(const QString &id, Plans::ItemKind kind, const QString &note)
{
    Plans::PlanItem i;
    i.id = id;
    i.kind = kind;
    i.text = note;
    i.origin = Plans::ItemOrigin::Added; // the clinician's own words print beside the phrase
    return i;
}

inline VisitDossier spanishDossier(bool planSigned = true)
{
    VisitDossier d = dossier(planSigned);
    for (Plans::PlanItem &i : d.plan->items)
        if (i.id == u"item-1") {
            i.origin = Plans::ItemOrigin::Added;
            i.text = u"Camine todos los días y descanse cuando lo necesite"_s;
        }
    d.plan->goals = {{u"Pasear al perro media hora sin parar"_s, QDate(2026, 11, 30)},
                     {u"Volver a su trabajo de siempre"_s, QDate(2027, 1, 15)}};
    d.plan->followUp = u"dentro de seis semanas"_s;
    return d;
}

inline VisitDossier longSpanishDossier(bool planSigned = true)
{
    VisitDossier d = spanishDossier(planSigned);
    d.patient.givenName = u"María de los Ángeles Guadalupe"_s;
    d.patient.familyName = u"Fernández-Castellanos de la Torre Villanueva"_s;
    d.clinic.name = u"Centro Regional de Columna y Rehabilitación del Valle del Río Grande"_s;
    d.clinic.addressLines = {u"Avenida de los Trabajadores Agrícolas 12345, Edificio Norte, Segundo Piso, Consultorio 210"_s,
                             u"San Juan de los Lagos del Norte, TX 78501"_s};
    d.referrer->name = u"Dra. Guadalupe Hernández-Villaseñor de Montemayor"_s;
    d.surgeonName = u"Dr. Maximiliano Rodríguez-Echeverría Santisteban"_s;
    const QString note = u"Según lo que hablamos en la consulta de hoy, esto forma parte de su plan de tratamiento y lo "
                         "revisaremos juntos en la próxima visita para ver cómo le va"_s;
    using K = Plans::ItemKind;
    const QList<K> kinds = {K::SelfManagement, K::PsychologicallyInformedPT, K::ExerciseProgramme, K::Nsaid,
                            K::MuscleRelaxant, K::MedicationAdvice, K::Acupuncture, K::Imaging, K::SurgicalReferral,
                            K::Activity, K::Work, K::BedRest, K::RepeatQuestionnaires, K::Other};
    for (int i = 0; i < kinds.size(); ++i)
        d.plan->items << spanishItem(u"long-%1"_s.arg(i), kinds.at(i), note);
    d.plan->goals << Plans::Goal{u"Poder cargar a mis nietos y jugar con ellos en el parque los fines de semana sin que me duela "
                                 "la pierna izquierda al final del día"_s,
                                 QDate(2027, 2, 28)}
                  << Plans::Goal{u"Dormir toda la noche sin despertarme por el dolor de espalda"_s, QDate(2027, 3, 15)};
    return d;
}

inline VisitDossier spanishPtDossier(bool planSigned = true)
{
    VisitDossier d = ptDossier(planSigned);
    d.therapy->homeProgram[0].note = u"Mantenga las caderas pegadas a la cama"_s;
    d.therapy->homeProgram[2].note = u"Solo en terreno plano la primera semana"_s;
    d.therapy->homeProgramAdvice = u"Evite estar sentado mucho tiempo; levántese cada media hora."_s;
    return d;
}

// Nine exercises with long notes and long advice, and the long names of longSpanishDossier().
inline VisitDossier longSpanishPtDossier(bool planSigned = true)
{
    VisitDossier d = spanishPtDossier(planSigned);
    const VisitDossier names = longSpanishDossier(planSigned);
    d.patient = names.patient;
    d.clinic = names.clinic;
    const QString note = u"Hágalo despacio y con cuidado, sin aguantar la respiración, y pare si nota que el dolor baja por la "
                         "pierna; lo revisaremos juntos en la próxima sesión de fisioterapia"_s;
    d.therapy->homeProgram << prescription(u"bird-dog"_s, 2, 10, 5, 0, 1, 7, note)
                           << prescription(u"bridge"_s, 2, 10, 5, 0, 1, 5, note)
                           << prescription(u"sit-to-stand-practice"_s, 1, 10, 0, 0, 2, 7, note)
                           << prescription(u"pelvic-tilt"_s, 1, 10, 5, 0, 2, 7, note)
                           << prescription(u"sciatic-nerve-slider"_s, 1, 10, 0, 0, 3, 7, note)
                           << prescription(u"side-glide-at-wall"_s, 1, 10, 10, 0, 3, 7, note);
    d.therapy->homeProgramAdvice = u"Evite estar sentado mucho tiempo seguido; levántese y camine un poco cada media hora. "
                                   "Use una silla firme con respaldo, ponga una toalla enrollada en la parte baja de la espalda "
                                   "y cambie de postura a menudo durante el día, también en el trabajo y en el coche."_s;
    return d;
}

// The bundled handouts copied to a folder (<dir>/<lang>/<id>.md), each file passed through
// `edit(language, id, text)`; load it with HandoutLibrary::load(dir).
inline bool copyHandouts(const QTemporaryDir &dir, const std::function<QString(const QString &, const QString &, QString)> &edit)
{
    QDirIterator it(u":/content/handouts"_s, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        const QString language = info.dir().dirName();
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        const QString text = edit(language, info.completeBaseName(), QString::fromUtf8(in.readAll()));
        QDir().mkpath(dir.filePath(language));
        QFile out(dir.filePath(language + u'/' + info.fileName()));
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
            return false;
        ++copied;
    }
    return copied > 0;
}

// The bundled exercises copied to a folder, each passed through `edit(id, json text)`.
inline bool copyExercises(const QTemporaryDir &dir, const std::function<QString(const QString &, QString)> &edit)
{
    QDirIterator it(u":/content/exercises"_s, {u"*.json"_s}, QDir::Files);
    int copied = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        const QString text = edit(info.completeBaseName(), QString::fromUtf8(in.readAll()));
        QFile out(dir.filePath(info.fileName()));
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
            return false;
        ++copied;
    }
    return copied > 0;
}

// A translation marked reviewed by a qualified medical translator, with the date.
inline QString reviewedTranslation(QString text)
{
    text.replace(u"translation-reviewed-by: not yet reviewed\n"_s,
                 u"translation-reviewed-by: Ana Revisora, CMI\ntranslation-reviewed-on: 2026-12-01\n"_s);
    text.replace(uR"("reviewedBy": "not yet reviewed", "sourceRevision")"_s,
                 uR"("reviewedBy": "Ana Revisora, CMI", "reviewedOn": "2026-12-01", "sourceRevision")"_s);
    return text;
}

} // namespace SpineDesk::Fixture
