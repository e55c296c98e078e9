// countryCooccurrence (READ)
/* countryCooccurrence */
     MATCH (c:Country)<-[:MENTIONS]-(a:Article)
     WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
     WITH a, collect(c.code) AS codes
     RETURN codes
// params
{
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //"
}
