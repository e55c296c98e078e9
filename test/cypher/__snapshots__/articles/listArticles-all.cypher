// listArticles (READ)
/* listArticles */
     MATCH (a:Article) WHERE a.publishedAt IS NOT NULL WITH a
     WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       AND all(m IN $mentions WHERE EXISTS { (a)-[:MENTIONS|ABOUT]->(e) WHERE e.id = m.id AND m.label IN labels(e) }) AND ($afterKey IS NULL OR a.publishedAt < datetime($afterKey) OR (a.publishedAt = datetime($afterKey) AND a.id > $afterId))
     RETURN a.id AS id, a.title AS title, a.publishedAt.epochMillis AS publishedAt, a.source AS source
     ORDER BY a.publishedAt DESC, a.id
     LIMIT $limit
// params
{
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //",
  "titleQuery": null,
  "anchor": null,
  "mentions": [],
  "afterKey": "2003-03-03T03:03:03.000Z",
  "afterId": "other-'\"}) MATCH (x) SET x.hacked = true //",
  "limit": int(21)
}

// countArticles (READ)
/* countArticles */ MATCH (a:Article) WHERE a.publishedAt IS NOT NULL WITH a WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       AND all(m IN $mentions WHERE EXISTS { (a)-[:MENTIONS|ABOUT]->(e) WHERE e.id = m.id AND m.label IN labels(e) }) RETURN count(a) AS n
// params
{
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //",
  "titleQuery": null,
  "anchor": null,
  "mentions": []
}
