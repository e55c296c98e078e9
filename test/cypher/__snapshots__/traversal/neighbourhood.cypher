// neighbours (READ)
/* neighbours */
     UNWIND $frontier AS f
     CALL (f) {
       WITH f WHERE f.kind = 'Person' MATCH (e:Person {id: f.id}) RETURN e
       UNION
       WITH f WHERE f.kind = 'Country' MATCH (e:Country {code: f.id}) RETURN e
       UNION
       WITH f WHERE f.kind = 'Organization' MATCH (e:Organization {id: f.id}) RETURN e
       UNION
       WITH f WHERE f.kind = 'Topic' MATCH (e:Topic {id: f.id}) RETURN e
     }
     CALL (e) {
       // Whom e met in the range, once per meeting: read once, not as a subquery per candidate.
       WITH e, COLLECT { MATCH (e)<-[:WITH]-(m:Meeting)-[:WITH]->(p:Person) WHERE p <> e AND m.status = 'MET' AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors }) RETURN elementId(p) } AS met
       MATCH (e)<-[:MENTIONS|ABOUT]-(a:Article)-[r:MENTIONS|ABOUT]->(o)
       WHERE o <> e AND any(l IN labels(o) WHERE l IN $labels) AND ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       WITH o, met, count(a) AS n, sum(coalesce(r.count, 1)) AS weight
       // People who met come first, then the most articles in common, then the most mentions in them.
       WITH o, n, weight, size([x IN met WHERE x = elementId(o)]) AS meetings
       RETURN o, n, meetings ORDER BY meetings DESC, n DESC, weight DESC, coalesce(o.code, o.id) LIMIT $perNode
     }
     RETURN f.kind AS fromKind, f.id AS fromId, labels(o)[0] AS kind, coalesce(o.code, o.id) AS id, n, meetings
// params
{
  "frontier": [
    {
      "kind": "Person",
      "id": "id-'\"}) DETACH DELETE n //"
    }
  ],
  "labels": [
    "Person",
    "Country"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //",
  "perNode": int(10)
}

// neighbours (READ)
/* neighbours */
     UNWIND $frontier AS f
     CALL (f) {
       WITH f WHERE f.kind = 'Person' MATCH (e:Person {id: f.id}) RETURN e
       UNION
       WITH f WHERE f.kind = 'Country' MATCH (e:Country {code: f.id}) RETURN e
       UNION
       WITH f WHERE f.kind = 'Organization' MATCH (e:Organization {id: f.id}) RETURN e
       UNION
       WITH f WHERE f.kind = 'Topic' MATCH (e:Topic {id: f.id}) RETURN e
     }
     CALL (e) {
       // Whom e met in the range, once per meeting: read once, not as a subquery per candidate.
       WITH e, COLLECT { MATCH (e)<-[:WITH]-(m:Meeting)-[:WITH]->(p:Person) WHERE p <> e AND m.status = 'MET' AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors }) RETURN elementId(p) } AS met
       MATCH (e)<-[:MENTIONS|ABOUT]-(a:Article)-[r:MENTIONS|ABOUT]->(o)
       WHERE o <> e AND any(l IN labels(o) WHERE l IN $labels) AND ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       WITH o, met, count(a) AS n, sum(coalesce(r.count, 1)) AS weight
       // People who met come first, then the most articles in common, then the most mentions in them.
       WITH o, n, weight, size([x IN met WHERE x = elementId(o)]) AS meetings
       RETURN o, n, meetings ORDER BY meetings DESC, n DESC, weight DESC, coalesce(o.code, o.id) LIMIT $perNode
     }
     RETURN f.kind AS fromKind, f.id AS fromId, labels(o)[0] AS kind, coalesce(o.code, o.id) AS id, n, meetings
// params
{
  "frontier": [
    {
      "kind": "Country",
      "id": "ZQ"
    }
  ],
  "labels": [
    "Person",
    "Country"
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //",
  "perNode": int(10)
}

// edgesAmong (READ)
/* edgesAmong */
     UNWIND $entities AS ref
     CALL (ref) {
       WITH ref WHERE ref.kind = 'Person' MATCH (x:Person {id: ref.id}) RETURN x
       UNION
       WITH ref WHERE ref.kind = 'Country' MATCH (x:Country {code: ref.id}) RETURN x
       UNION
       WITH ref WHERE ref.kind = 'Organization' MATCH (x:Organization {id: ref.id}) RETURN x
       UNION
       WITH ref WHERE ref.kind = 'Topic' MATCH (x:Topic {id: ref.id}) RETURN x
     }
     // Each entity's articles once, grouped by article: a hub's articles are read once, rather than
     // every mention of every one of them checked against the set.
     MATCH (x)<-[:MENTIONS|ABOUT]-(a:Article)
     WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
     WITH a, collect(DISTINCT x) AS present
     WHERE size(present) > 1
     UNWIND present AS x
     UNWIND present AS y
     WITH x, y, a WHERE elementId(x) < elementId(y)
     WITH x, y, count(a) AS n
     RETURN labels(x)[0] AS xKind, coalesce(x.code, x.id) AS xId, labels(y)[0] AS yKind, coalesce(y.code, y.id) AS yId, n,
            COUNT { MATCH (x)<-[:WITH]-(m:Meeting)-[:WITH]->(y) WHERE m.status = 'MET' AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors }) } AS meetings
// params
{
  "entities": [
    {
      "kind": "Person",
      "id": "id-'\"}) DETACH DELETE n //"
    },
    {
      "kind": "Country",
      "id": "ZQ"
    }
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": "topic-'\"}) RETURN 1 //"
}
