// meetingsOfPeople (READ)
/* meetingsOfPeople */
     UNWIND $ids AS personId
     MATCH (p:Person {id: personId})
     CALL (p) {
       MATCH (p)<-[:WITH]-(m:Meeting)
       WHERE m.status IN $statuses AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       AND ($withPersonId IS NULL OR EXISTS { (m)-[:WITH]->(:Person {id: $withPersonId}) }) AND ($afterKey IS NULL OR m.date < datetime($afterKey) OR (m.date = datetime($afterKey) AND m.id > $afterId))
       RETURN m ORDER BY m.date DESC, m.id LIMIT $limit
     }
     RETURN personId, m.id AS id, m.status AS status, m.date.epochMillis AS date, m.dateSource AS dateSource,
            m.placeName AS placeName, m.placeCountry AS placeCountry, m.participantIds AS participantIds,
            COUNT { (m)<-[:REPORTS]-() } AS reportCount, COUNT { MATCH (x:Article)-[:REPORTS]->(m) RETURN DISTINCT x } AS articleCount,
            head(COLLECT { MATCH (x:Article)-[r:REPORTS]->(m) RETURN [x.id, r.evidence, r.start, r.end] AS report ORDER BY x.publishedAt, x.id, r.start }) AS report
     ORDER BY m.date DESC, m.id
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //",
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ],
  "withPersonId": null,
  "from": "2003-03-03T03:03:03.000Z",
  "to": null,
  "topicId": "topic-'\"}) RETURN 1 //",
  "statuses": [
    "MET"
  ],
  "afterKey": "2003-03-03T03:03:03.000Z",
  "afterId": "other-'\"}) MATCH (x) SET x.hacked = true //",
  "limit": int(6)
}

// countMeetingsOfPeople (READ)
/* countMeetingsOfPeople */
     UNWIND $ids AS key
     MATCH (p:Person {id: key})
     RETURN key, COUNT { MATCH (p)<-[:WITH]-(m:Meeting) WHERE m.status IN $statuses AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       AND ($withPersonId IS NULL OR EXISTS { (m)-[:WITH]->(:Person {id: $withPersonId}) }) } AS n
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //",
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ],
  "withPersonId": null,
  "from": "2003-03-03T03:03:03.000Z",
  "to": null,
  "topicId": "topic-'\"}) RETURN 1 //",
  "statuses": [
    "MET"
  ]
}
