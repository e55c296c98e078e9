// findMeetings (READ)
/* findMeetings */
     MATCH (m:Meeting) WHERE m.date >= coalesce(datetime($from), datetime('0001-01-01T00:00Z')) AND m.date < coalesce(datetime($to), datetime('9999-12-31T00:00Z')) WITH m
     WHERE m.status IN $statuses AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       AND ($withPersonId IS NULL OR EXISTS { (m)-[:WITH]->(:Person {id: $withPersonId}) }) AND ($afterKey IS NULL OR m.date < datetime($afterKey) OR (m.date = datetime($afterKey) AND m.id > $afterId))
     WITH m ORDER BY m.date DESC, m.id LIMIT $limit
     RETURN m.id AS id, m.status AS status, m.date.epochMillis AS date, m.dateSource AS dateSource,
            m.placeName AS placeName, m.placeCountry AS placeCountry, m.participantIds AS participantIds,
            COUNT { (m)<-[:REPORTS]-() } AS reportCount, COUNT { MATCH (x:Article)-[:REPORTS]->(m) RETURN DISTINCT x } AS articleCount,
            head(COLLECT { MATCH (x:Article)-[r:REPORTS]->(m) RETURN [x.id, r.evidence, r.start, r.end] AS report ORDER BY x.publishedAt, x.id, r.start }) AS report
// params
{
  "personId": null,
  "withPersonId": null,
  "from": null,
  "to": null,
  "topicId": null,
  "statuses": [
    "MET"
  ],
  "afterKey": null,
  "afterId": null,
  "limit": int(51)
}

// countMeetings (READ)
/* countMeetings */ MATCH (m:Meeting) WHERE m.date >= coalesce(datetime($from), datetime('0001-01-01T00:00Z')) AND m.date < coalesce(datetime($to), datetime('9999-12-31T00:00Z')) WITH m WHERE m.status IN $statuses AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       AND ($withPersonId IS NULL OR EXISTS { (m)-[:WITH]->(:Person {id: $withPersonId}) }) RETURN count(m) AS n
// params
{
  "personId": null,
  "withPersonId": null,
  "from": null,
  "to": null,
  "topicId": null,
  "statuses": [
    "MET"
  ]
}
