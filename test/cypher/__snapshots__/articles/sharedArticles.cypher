// sharedArticles (READ)
/* sharedArticles */
     UNWIND range(0, size($pairs) - 1) AS i
     WITH i, $pairs[i][0] AS ref
     CALL (ref) {
       WITH ref WHERE ref.kind = 'Person' MATCH (x:Person {id: ref.id}) RETURN x
       UNION
       WITH ref WHERE ref.kind = 'Country' MATCH (x:Country {code: ref.id}) RETURN x
       UNION
       WITH ref WHERE ref.kind = 'Organization' MATCH (x:Organization {id: ref.id}) RETURN x
       UNION
       WITH ref WHERE ref.kind = 'Topic' MATCH (x:Topic {id: ref.id}) RETURN x
     }
     WITH i, x, $pairs[i][1] AS ref
     CALL (ref) {
       WITH ref WHERE ref.kind = 'Person' MATCH (y:Person {id: ref.id}) RETURN y
       UNION
       WITH ref WHERE ref.kind = 'Country' MATCH (y:Country {code: ref.id}) RETURN y
       UNION
       WITH ref WHERE ref.kind = 'Organization' MATCH (y:Organization {id: ref.id}) RETURN y
       UNION
       WITH ref WHERE ref.kind = 'Topic' MATCH (y:Topic {id: ref.id}) RETURN y
     }
     CALL (x, y) {
       MATCH (x)<-[:MENTIONS|ABOUT]-(a:Article)-[:MENTIONS|ABOUT]->(y)
       WHERE ($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors })
       RETURN a ORDER BY a.publishedAt DESC, a.id LIMIT $first
     }
     RETURN i, a.id AS id
// params
{
  "pairs": [
    [
      {
        "kind": "Person",
        "id": "id-'\"}) DETACH DELETE n //"
      },
      {
        "kind": "Country",
        "id": "ZQ"
      }
    ],
    [
      {
        "kind": "Organization",
        "id": "other-'\"}) MATCH (x) SET x.hacked = true //"
      },
      {
        "kind": "Topic",
        "id": "topic-'\"}) RETURN 1 //"
      }
    ]
  ],
  "from": "2003-03-03T03:03:03.000Z",
  "to": "2004-04-04T04:04:04.000Z",
  "topicId": null,
  "first": int(5)
}
