// coMentionsOf:Person (READ)
/* coMentionsOf */
     UNWIND $ids AS key
     MATCH (e:Person {id: key})
     CALL (e) {
       MATCH (e)<-[:MENTIONS]-(a:Article)-[r:MENTIONS|ABOUT]->(o)
       WHERE o <> e AND any(l IN labels(o) WHERE l IN $labels) AND ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       // Most articles in common first; among equals, the one those articles mention most.
       WITH o, count(a) AS n, sum(coalesce(r.count, 1)) AS weight
       RETURN o, n ORDER BY n DESC, weight DESC, coalesce(o.code, o.id) LIMIT $first
     }
     RETURN key, labels(o)[0] AS kind, coalesce(o.code, o.id) AS id, n
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ],
  "labels": [
    "Person",
    "Topic"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //",
  "first": int(20)
}

// coMentionsOf:Country (READ)
/* coMentionsOf */
     UNWIND $ids AS key
     MATCH (e:Country {code: key})
     CALL (e) {
       MATCH (e)<-[:MENTIONS]-(a:Article)-[r:MENTIONS|ABOUT]->(o)
       WHERE o <> e AND any(l IN labels(o) WHERE l IN $labels) AND ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       // Most articles in common first; among equals, the one those articles mention most.
       WITH o, count(a) AS n, sum(coalesce(r.count, 1)) AS weight
       RETURN o, n ORDER BY n DESC, weight DESC, coalesce(o.code, o.id) LIMIT $first
     }
     RETURN key, labels(o)[0] AS kind, coalesce(o.code, o.id) AS id, n
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ],
  "labels": [
    "Person",
    "Topic"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //",
  "first": int(20)
}

// coMentionsOf:Organization (READ)
/* coMentionsOf */
     UNWIND $ids AS key
     MATCH (e:Organization {id: key})
     CALL (e) {
       MATCH (e)<-[:MENTIONS]-(a:Article)-[r:MENTIONS|ABOUT]->(o)
       WHERE o <> e AND any(l IN labels(o) WHERE l IN $labels) AND ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       // Most articles in common first; among equals, the one those articles mention most.
       WITH o, count(a) AS n, sum(coalesce(r.count, 1)) AS weight
       RETURN o, n ORDER BY n DESC, weight DESC, coalesce(o.code, o.id) LIMIT $first
     }
     RETURN key, labels(o)[0] AS kind, coalesce(o.code, o.id) AS id, n
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ],
  "labels": [
    "Person",
    "Topic"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //",
  "first": int(20)
}

// coMentionsOf:Topic (READ)
/* coMentionsOf */
     UNWIND $ids AS key
     MATCH (e:Topic {id: key})
     CALL (e) {
       MATCH (e)<-[:ABOUT]-(a:Article)-[r:MENTIONS|ABOUT]->(o)
       WHERE o <> e AND any(l IN labels(o) WHERE l IN $labels) AND ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       // Most articles in common first; among equals, the one those articles mention most.
       WITH o, count(a) AS n, sum(coalesce(r.count, 1)) AS weight
       RETURN o, n ORDER BY n DESC, weight DESC, coalesce(o.code, o.id) LIMIT $first
     }
     RETURN key, labels(o)[0] AS kind, coalesce(o.code, o.id) AS id, n
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ],
  "labels": [
    "Person",
    "Topic"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //",
  "first": int(20)
}
