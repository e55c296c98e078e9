// getMeetings (READ)
/* getMeetings */
     UNWIND $ids AS id
     MATCH (m:Meeting {id: id})
     RETURN m.id AS id, m.status AS status, m.date.epochMillis AS date, m.dateSource AS dateSource,
            m.placeName AS placeName, m.placeCountry AS placeCountry, m.participantIds AS participantIds,
            COUNT { (m)<-[:REPORTS]-() } AS reportCount, COUNT { MATCH (x:Article)-[:REPORTS]->(m) RETURN DISTINCT x } AS articleCount,
            head(COLLECT { MATCH (x:Article)-[r:REPORTS]->(m) RETURN [x.id, r.evidence, r.start, r.end] AS report ORDER BY x.publishedAt, x.id, r.start }) AS report
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ]
}

// meetingsOfArticles (READ)
/* meetingsOfArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})-[r:REPORTS]->(m:Meeting)
     WHERE m.status IN $statuses
     RETURN m.id AS id, m.status AS status, m.date.epochMillis AS date, m.dateSource AS dateSource,
            m.placeName AS placeName, m.placeCountry AS placeCountry, m.participantIds AS participantIds,
            COUNT { (m)<-[:REPORTS]-() } AS reportCount, COUNT { MATCH (x:Article)-[:REPORTS]->(m) RETURN DISTINCT x } AS articleCount, [a.id, r.evidence, r.start, r.end] AS report
     ORDER BY r.start
// params
{
  "ids": [
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ],
  "statuses": [
    "MET"
  ]
}
