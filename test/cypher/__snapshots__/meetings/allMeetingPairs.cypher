// allMeetingPairs (READ)
/* allMeetingPairs */
     MATCH (p:Person)<-[:WITH]-(m:Meeting)-[:WITH]->(o:Person)
     WHERE p.id < o.id AND m.status IN $statuses AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
     MATCH (a:Article)-[r:REPORTS]->(m)
     WITH p, o, m, a, r ORDER BY m.date DESC
     RETURN p.id AS a, o.id AS b, count(DISTINCT m) AS meetingCount, count(r) AS reportCount, count(DISTINCT a) AS articleCount,
            min(m.date) AS firstDate, max(m.date) AS lastDate, collect(DISTINCT m.id)[..100] AS meetingIds
     ORDER BY meetingCount DESC, lastDate DESC, a, b SKIP $skip LIMIT $limit
// params
{
  "from": "2003-03-03T03:03:03.000Z",
  "to": null,
  "statuses": [
    "MET"
  ],
  "skip": int(0),
  "limit": int(11)
}

// countAllMeetingPairs (READ)
/* countAllMeetingPairs */ MATCH (p:Person)<-[:WITH]-(m:Meeting)-[:WITH]->(o:Person)
     WHERE p.id < o.id AND m.status IN $statuses AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to)) RETURN count(DISTINCT [p, o]) AS n
// params
{
  "from": "2003-03-03T03:03:03.000Z",
  "to": null,
  "statuses": [
    "MET"
  ]
}
