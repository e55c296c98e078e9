// articlesOfCountryPairs (READ)
/* articlesOfCountryPairs */
     UNWIND $pairs AS pair
     CALL (pair) {
       MATCH (:Country {code: pair.a})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(:Country {code: pair.b})
       WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       RETURN a ORDER BY a.publishedAt DESC, a.id LIMIT $first
     }
     RETURN pair.a + '|' + pair.b AS key, a.id AS id
// params
{
  "pairs": [
    {
      "a": "ZQ",
      "b": "QZ"
    }
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": null,
  "topicId": "topic-'\"}) RETURN 1 //",
  "first": int(10)
}
