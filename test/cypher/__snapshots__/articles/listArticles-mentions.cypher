// listArticles (READ)
/* listArticles */
     MATCH (:Country {code: $anchor})<-[:MENTIONS]-(a:Article)
     WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       AND all(m IN $mentions WHERE EXISTS { (a)-[:MENTIONS|ABOUT]->(e) WHERE e.id = m.id AND m.label IN labels(e) }) AND ($afterKey IS NULL OR a.publishedAt < datetime($afterKey) OR (a.publishedAt = datetime($afterKey) AND a.id > $afterId))
     RETURN a.id AS id, a.title AS title, a.publishedAt.epochMillis AS publishedAt, a.source AS source
     ORDER BY a.publishedAt DESC, a.id
     LIMIT $limit
// params
{
  "from": null,
  "to": null,
  "topicId": null,
  "titleQuery": null,
  "anchor": "ZQ",
  "mentions": [
    {
      "id": "id-'\"}) DETACH DELETE n //",
      "label": "Person"
    },
    {
      "id": "topic-'\"}) RETURN 1 //",
      "label": "Topic"
    }
  ],
  "afterKey": null,
  "afterId": null,
  "limit": int(21)
}

// countArticles (READ)
/* countArticles */ MATCH (:Country {code: $anchor})<-[:MENTIONS]-(a:Article) WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       AND all(m IN $mentions WHERE EXISTS { (a)-[:MENTIONS|ABOUT]->(e) WHERE e.id = m.id AND m.label IN labels(e) }) RETURN count(a) AS n
// params
{
  "from": null,
  "to": null,
  "topicId": null,
  "titleQuery": null,
  "anchor": "ZQ",
  "mentions": [
    {
      "id": "id-'\"}) DETACH DELETE n //",
      "label": "Person"
    },
    {
      "id": "topic-'\"}) RETURN 1 //",
      "label": "Topic"
    }
  ]
}
