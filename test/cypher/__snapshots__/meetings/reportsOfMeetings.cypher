// reportsOfMeetings (READ)
/* reportsOfMeetings */
     UNWIND $ids AS id
     MATCH (m:Meeting {id: id})
     CALL (m) {
       MATCH (a:Article)-[r:REPORTS]->(m)
       RETURN a, r ORDER BY a.publishedAt, a.id, r.start LIMIT $first
     }
     RETURN id, a.id AS articleId, r.evidence AS evidence, r.start AS start, r.end AS end, r.day AS day, r.dateSource AS dateSource, r.dateText AS dateText
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //",
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ],
  "first": int(5)
}
