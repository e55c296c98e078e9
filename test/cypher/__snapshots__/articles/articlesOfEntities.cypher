// articlesOfEntities:Person (READ)
/* articlesOfEntities */
     UNWIND $ids AS key
     MATCH (e:Person {id: key})
     CALL (e) {
       MATCH (e)<-[:MENTIONS]-(a:Article)
       WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors }) AND ($afterKey IS NULL OR a.publishedAt < datetime($afterKey) OR (a.publishedAt = datetime($afterKey) AND a.id > $afterId))
       RETURN a ORDER BY a.publishedAt DESC, a.id LIMIT $limit
     }
     RETURN key, a.id AS id, a.title AS title, a.publishedAt.epochMillis AS publishedAt, a.source AS source
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //",
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": null,
  "afterKey": "2003-03-03T03:03:03.000Z",
  "afterId": "other-'\"}) MATCH (x) SET x.hacked = true //",
  "limit": int(6)
}

// countArticlesOfEntities:Person (READ)
/* countArticlesOfEntities */
     UNWIND $ids AS key
     MATCH (e:Person {id: key})
     RETURN key, COUNT { MATCH (e)<-[:MENTIONS]-(a:Article) WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors }) } AS n
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //",
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": null
}

// articlesOfEntities:Country (READ)
/* articlesOfEntities */
     UNWIND $ids AS key
     MATCH (e:Country {code: key})
     CALL (e) {
       MATCH (e)<-[:MENTIONS]-(a:Article)
       WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors }) AND ($afterKey IS NULL OR a.publishedAt < datetime($afterKey) OR (a.publishedAt = datetime($afterKey) AND a.id > $afterId))
       RETURN a ORDER BY a.publishedAt DESC, a.id LIMIT $limit
     }
     RETURN key, a.id AS id, a.title AS title, a.publishedAt.epochMillis AS publishedAt, a.source AS source
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //",
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": null,
  "afterKey": "2003-03-03T03:03:03.000Z",
  "afterId": "other-'\"}) MATCH (x) SET x.hacked = true //",
  "limit": int(6)
}

// countArticlesOfEntities:Country (READ)
/* countArticlesOfEntities */
     UNWIND $ids AS key
     MATCH (e:Country {code: key})
     RETURN key, COUNT { MATCH (e)<-[:MENTIONS]-(a:Article) WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors }) } AS n
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //",
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": null
}

// articlesOfEntities:Organization (READ)
/* articlesOfEntities */
     UNWIND $ids AS key
     MATCH (e:Organization {id: key})
     CALL (e) {
       MATCH (e)<-[:MENTIONS]-(a:Article)
       WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors }) AND ($afterKey IS NULL OR a.publishedAt < datetime($afterKey) OR (a.publishedAt = datetime($afterKey) AND a.id > $afterId))
       RETURN a ORDER BY a.publishedAt DESC, a.id LIMIT $limit
     }
     RETURN key, a.id AS id, a.title AS title, a.publishedAt.epochMillis AS publishedAt, a.source AS source
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //",
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": null,
  "afterKey": "2003-03-03T03:03:03.000Z",
  "afterId": "other-'\"}) MATCH (x) SET x.hacked = true //",
  "limit": int(6)
}

// countArticlesOfEntities:Organization (READ)
/* countArticlesOfEntities */
     UNWIND $ids AS key
     MATCH (e:Organization {id: key})
     RETURN key, COUNT { MATCH (e)<-[:MENTIONS]-(a:Article) WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors }) } AS n
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //",
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": null
}

// articlesOfEntities:Topic (READ)
/* articlesOfEntities */
     UNWIND $ids AS key
     MATCH (e:Topic {id: key})
     CALL (e) {
       MATCH (e)<-[:ABOUT]-(a:Article)
       WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors }) AND ($afterKey IS NULL OR a.publishedAt < datetime($afterKey) OR (a.publishedAt = datetime($afterKey) AND a.id > $afterId))
       RETURN a ORDER BY a.publishedAt DESC, a.id LIMIT $limit
     }
     RETURN key, a.id AS id, a.title AS title, a.publishedAt.epochMillis AS publishedAt, a.source AS source
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //",
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": null,
  "afterKey": "2003-03-03T03:03:03.000Z",
  "afterId": "other-'\"}) MATCH (x) SET x.hacked = true //",
  "limit": int(6)
}

// countArticlesOfEntities:Topic (READ)
/* countArticlesOfEntities */
     UNWIND $ids AS key
     MATCH (e:Topic {id: key})
     RETURN key, COUNT { MATCH (e)<-[:ABOUT]-(a:Article) WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors }) } AS n
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //",
    "other-'\"}) MATCH (x) SET x.hacked = true //"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": null
}
