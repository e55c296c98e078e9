// getMeetings (READ)
/* getMeetings */
     UNWIND $ids AS id
     MATCH (a:Article)-[:REPORTS]->(m:Meeting {id: id})
     RETURN m.id AS id, m.date.epochMillis AS date, a.id AS articleId, m.evidence AS evidence, m.start AS start, m.end AS end,
            COLLECT { MATCH (m)-[:WITH]->(p:Person) RETURN p.id ORDER BY p.id } AS participantIds
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ]
}

// meetingsOfArticles (READ)
/* meetingsOfArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})-[:REPORTS]->(m:Meeting)
     RETURN m.id AS id, m.date.epochMillis AS date, a.id AS articleId, m.evidence AS evidence, m.start AS start, m.end AS end,
            COLLECT { MATCH (m)-[:WITH]->(p:Person) RETURN p.id ORDER BY p.id } AS participantIds
     ORDER BY start
// params
{
  "ids": [
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ]
}
