#include "interop/csv.h"

using namespace Qt::StringLiterals;

namespace SpineDesk::Csv {

QString field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@')) {
        bool numeric = false;
        v.toDouble(&numeric);
        if (!numeric)
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + QString(v).replace(u"\""_s, u"\"\""_s) + u'"';
    return v;
}

QString line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const auto &f : fields)
        out << field(f);
    return out.join(u',') + u"\r\n"_s;
}

} // namespace SpineDesk::Csv
