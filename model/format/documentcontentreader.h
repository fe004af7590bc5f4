// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The content checks of a Causeway document, apart from the JSON: documentreader.cpp parses the
// file (streamed, or whole when it is broken) and hands the members over one by one.

#include "documentcontent.h"
#include "documentreader.h"
#include "idfirstuse.h"
#include "jsonobjectreader.h"
#include "stringpool.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QVector>

#include <initializer_list>
#include <vector>

namespace causeway::reading {

// The top-level lists, in the order their errors are reported.
enum List {
    PeopleList,
    TimelineList,
    NodeList,
    LinkList,
    AnswerList,
    ActionList,
    LessonList,
    EvidenceList,
    ListCount
};
/**
 * Reads the top-level members as they come, in any order, and each list one element at a time, so
 * that a file never has to be in memory as a whole. Errors are kept per part of the document and
 * put together at the end in the document's order, so that they are the same (and capped the same)
 * whatever order the members were in and however the file was read.
 */
class Reader
{
public:
    explicit Reader(int maxErrors);

    /// The list a top-level key names, or -1.
    static int listOf(const QString &key);
    /// A top-level member; a list's elements are read one by one.
    void member(const QString &key, const QJsonValue &value);
    /// A list that comes element by element: element() follows for each.
    void beginList(int list);
    void element(int list, const QJsonValue &value);
    /**
     * The fast path for a timeline element, \a size bytes at \a data: reads it straight from its
     * bytes when it is a valid event written plainly (plainevent.cpp), exactly as element() would.
     * False for anything else, with nothing read: element() then reads it and says what is wrong.
     */
    bool plainEvent(const char *data, qsizetype size);
    /// Whether the format or the version is known to be wrong: then nothing else is reported.
    bool refused() const { return m_refused; }
    ReadResult finish();

private:
    void fail(const QString &path, const QString &message) { m_errors->fail(path, message); }
    bool checkFormat();
    void readIncident(const QJsonValue &v, Incident &out);
    template<class T>
    void readElement(QVector<T> &items, bool (Reader::*readOne)(ObjectReader &, T &),
        std::initializer_list<const char *> keys, const QJsonValue &value);
    bool readPerson(ObjectReader &o, Person &p);
    bool readEvent(ObjectReader &o, TimelineEvent &e);
    bool readNode(ObjectReader &o, CausalNode &n);
    bool readLink(ObjectReader &o, CausalLink &l);
    bool readAnswer(ObjectReader &o, DifferentEngineerAnswer &a);
    bool readAction(ObjectReader &o, CorrectiveAction &a);
    bool readLesson(ObjectReader &o, Lesson &l);
    bool readEvidence(ObjectReader &o, Evidence &e);
    void readSections(const QJsonValue &v, QMap<QString, QString> &out);
    void readAcknowledgements(const QJsonValue &v, QVector<Acknowledgement> &out);
    void checkReferences(const DocumentContent &c);

    ErrorCollector *m_errors = nullptr; // where fail() reports: the part being read
    ErrorCollector m_all; // everything, in the document's order
    std::vector<ErrorCollector> m_listErrors;
    QJsonObject m_top; // the top-level keys, for the checks of the top-level object
    QJsonValue m_format = QJsonValue::Undefined;
    QJsonValue m_version = QJsonValue::Undefined;
    QJsonValue m_incident = QJsonValue::Undefined;
    QJsonValue m_sections = QJsonValue::Undefined;
    QJsonValue m_acknowledgements = QJsonValue::Undefined; // optional

    bool m_refused = false;
    DocumentContent m_content;
    StringPool m_pool; // actors, tags and sources repeat over thousands of events
    int m_index[ListCount] = {}; // the next element's index, per list
    std::vector<IdFirstUse> m_firstUse; // per list: where each id was first used
};

} // namespace causeway::reading
