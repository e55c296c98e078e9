// findMeetings (READ)
/* findMeetings */
     MATCH (m:Meeting) WHERE m.date >= coalesce(datetime($from), datetime('0001-01-01T00:00Z')) AND m.date < coalesce(datetime($to), datetime('9999-12-31T00:00Z')) WITH m
     WHERE ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       AND ($withPersonId IS NULL OR EXISTS { (m)-[:WITH]->(:Person {id: $withPersonId}) }) AND ($afterKey IS NULL OR m.date < datetime($afterKey) OR (m.date = datetime($afterKey) AND m.id > $afterId))
     MATCH (a:Article)-[:REPORTS]->(m)
     WITH m, a ORDER BY m.date DESC, m.id LIMIT $limit
     RETURN m.id AS id, m.date.epochMillis AS date, a.id AS articleId, m.evidence AS evidence, m.start AS start, m.end AS end,
            COLLECT { MATCH (m)-[:WITH]->(p:Person) RETURN p.id ORDER BY p.id } AS participantIds
// params
{
  "personId": null,
  "withPersonId": null,
  "from": null,
  "to": null,
  "topicId": null,
  "afterKey": null,
  "afterId": null,
  "limit": int(51)
}

// countMeetings (READ)
/* countMeetings */ MATCH (m:Meeting) WHERE m.date >= coalesce(datetime($from), datetime('0001-01-01T00:00Z')) AND m.date < coalesce(datetime($to), datetime('9999-12-31T00:00Z')) WITH m WHERE ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       AND ($withPersonId IS NULL OR EXISTS { (m)-[:WITH]->(:Person {id: $withPersonId}) }) RETURN count(m) AS n
// params
{
  "personId": null,
  "withPersonId": null,
  "from": null,
  "to": null,
  "topicId": null
}
