// sharedMeetings (READ)
/* sharedMeetings */
     UNWIND range(0, size($pairs) - 1) AS i
     CALL (i) {
       MATCH (:Person {id: $pairs[i][0]})<-[:WITH]-(m:Meeting)-[:WITH]->(:Person {id: $pairs[i][1]})
       WHERE m.status IN $statuses AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       RETURN m ORDER BY m.date DESC, m.id LIMIT $first
     }
     RETURN i, m.id AS id
// params
{
  "pairs": [
    [
      "id-'\"}) DETACH DELETE n //",
      "other-'\"}) MATCH (x) SET x.hacked = true //"
    ]
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //",
  "statuses": [
    "MET"
  ],
  "first": int(3)
}
