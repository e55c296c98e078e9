// meetingPairsOf (READ)
/* meetingPairsOf */
     UNWIND $ids AS id
     MATCH (p:Person {id: id})
     CALL (p) {
       MATCH (p)<-[:WITH]-(m:Meeting)-[:WITH]->(o:Person)
       WHERE o <> p AND m.status IN $statuses AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       MATCH (a:Article)-[r:REPORTS]->(m)
       WITH o, m, a, r ORDER BY m.date DESC
       RETURN o.id AS b, count(DISTINCT m) AS meetingCount, count(r) AS reportCount, count(DISTINCT a) AS articleCount,
            min(m.date) AS firstDate, max(m.date) AS lastDate, collect(DISTINCT m.id)[..100] AS meetingIds
       ORDER BY meetingCount DESC, lastDate DESC, b SKIP $skip LIMIT $limit
     }
     RETURN id AS a, b, meetingCount, reportCount, articleCount, firstDate, lastDate, meetingIds
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "statuses": [
    "MET"
  ],
  "skip": int(10),
  "limit": int(11)
}

// countMeetingPairsOf (READ)
/* countMeetingPairsOf */
     UNWIND $ids AS key
     MATCH (p:Person {id: key})
     RETURN key, COUNT { MATCH (p)<-[:WITH]-(m:Meeting)-[:WITH]->(o:Person)
                         WHERE o <> p AND m.status IN $statuses AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
                         RETURN DISTINCT o } AS n
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "statuses": [
    "MET"
  ]
}
