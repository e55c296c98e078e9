// findMeetings (READ)
/* findMeetings */
     MATCH (:Person {id: $personId})<-[:WITH]-(m:Meeting)
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
  "personId": "id-'\"}) DETACH DELETE n //",
  "withPersonId": "other-'\"}) MATCH (x) SET x.hacked = true //",
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //",
  "statuses": [
    "MET",
    "PLANNED"
  ],
  "afterKey": "2003-03-03T03:03:03.000Z",
  "afterId": "other-'\"}) MATCH (x) SET x.hacked = true //",
  "limit": int(21)
}

// countMeetings (READ)
/* countMeetings */ MATCH (:Person {id: $personId})<-[:WITH]-(m:Meeting) WHERE m.status IN $statuses AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       AND ($withPersonId IS NULL OR EXISTS { (m)-[:WITH]->(:Person {id: $withPersonId}) }) RETURN count(m) AS n
// params
{
  "personId": "id-'\"}) DETACH DELETE n //",
  "withPersonId": "other-'\"}) MATCH (x) SET x.hacked = true //",
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //",
  "statuses": [
    "MET",
    "PLANNED"
  ]
}
