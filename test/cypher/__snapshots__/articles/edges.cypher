// mentionsOfArticles:Person (READ)
/* mentionsOfArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})
     // The text once per article, the mentions as a list: spans are cut from it here.
     RETURN a.id AS articleId, a.text AS text,
            COLLECT { MATCH (a)-[r:MENTIONS]->(e:Person)
                      RETURN {entityId: e.id, count: r.count, offsets: r.offsets} ORDER BY r.count DESC, e.id } AS mentions
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ]
}

// mentionsOfArticles:Country (READ)
/* mentionsOfArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})
     // The text once per article, the mentions as a list: spans are cut from it here.
     RETURN a.id AS articleId, a.text AS text,
            COLLECT { MATCH (a)-[r:MENTIONS]->(e:Country)
                      RETURN {entityId: e.code, count: r.count, offsets: r.offsets} ORDER BY r.count DESC, e.code } AS mentions
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ]
}

// mentionsOfArticles:Organization (READ)
/* mentionsOfArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})
     // The text once per article, the mentions as a list: spans are cut from it here.
     RETURN a.id AS articleId, a.text AS text,
            COLLECT { MATCH (a)-[r:MENTIONS]->(e:Organization)
                      RETURN {entityId: e.id, count: r.count, offsets: r.offsets} ORDER BY r.count DESC, e.id } AS mentions
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ]
}

// topicsOfArticles (READ)
/* topicsOfArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})-[r:ABOUT]->(t:Topic)
     RETURN a.id AS articleId, t.id AS topicId, r.score AS score, coalesce(r.main, false) AS main
     ORDER BY main DESC, score DESC, topicId
// params
{
  "ids": [
    "id-'\"}) DETACH DELETE n //"
  ]
}
